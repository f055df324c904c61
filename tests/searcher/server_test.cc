// The HTTP API over loopback, on an ephemeral port.
#include "searcher/server.h"

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <regex>
#include <sstream>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <zlib.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "indexer/indexer.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

// One HTTP/1.1 answer as the client read it.
struct Reply {
  int status = 0;                              // 0: no answer (connection failed or closed)
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
  explicit operator bool() const { return status != 0; }
};

using Headers = std::vector<std::pair<std::string, std::string>>;

// A small blocking HTTP/1.1 client over one keep-alive connection (opened
// again when the server closed it), from `source` (a loopback address) if
// given; every read gives up after 10 s.
class Client {
 public:
  explicit Client(int port, std::string source = "127.0.0.1")
      : port_(port), source_(std::move(source)) {}
  ~Client() { disconnect(); }
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  Reply request(const std::string& method, const std::string& target, const std::string& body = "",
                const Headers& headers = {}) {
    std::string req = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto& [k, v] : headers) req += k + ": " + v + "\r\n";
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH")
      req += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    req += "\r\n" + body;
    const bool reused = fd_ >= 0;
    Reply r = raw(req, method == "HEAD");
    if (!r && reused) r = raw(req, method == "HEAD");  // the server closed an idle connection
    return r;
  }
  Reply get(const std::string& target, const Headers& headers = {}) {
    return request("GET", target, "", headers);
  }

  // Sends `bytes` as they are and reads one answer.
  Reply raw(const std::string& bytes, bool head = false) {
    if (fd_ < 0 && !connect()) return {};
    if (!send_all(bytes)) {
      disconnect();
      return {};
    }
    return read_reply(head);
  }

  bool connect() {
    disconnect();
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, source_.c_str(), &local.sin_addr);
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(static_cast<std::uint16_t>(port_));
    inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
    const timeval timeout{10, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
        ::connect(fd_, reinterpret_cast<sockaddr*>(&server), sizeof server) != 0) {
      disconnect();
      return false;
    }
    return true;
  }
  bool send_all(std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  }
  // True if the server closed the connection (reads end of stream).
  bool closed_by_server() {
    char c;
    return fd_ >= 0 && ::recv(fd_, &c, 1, 0) == 0;
  }
  void disconnect() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    in_.clear();
  }

 private:
  bool fill() {
    char buf[16384];
    const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) return false;
    in_.append(buf, static_cast<std::size_t>(n));
    return true;
  }
  Reply read_reply(bool head) {
    Reply r;
    std::size_t end;
    while ((end = in_.find("\r\n\r\n")) == std::string::npos)
      if (!fill()) return disconnect(), Reply{};
    std::istringstream lines(in_.substr(0, end));
    std::string line, version;
    std::getline(lines, line);
    std::istringstream(line) >> version >> r.status;
    while (std::getline(lines, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      const auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string name = line.substr(0, colon);
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      r.headers[name] = line.substr(line.find_first_not_of(' ', colon + 1));
    }
    in_.erase(0, end + 4);
    const std::size_t length =
        head || r.status == 304
            ? 0
            : std::stoul(r.headers.count("content-length") ? r.headers["content-length"] : "0");
    while (in_.size() < length)
      if (!fill()) return disconnect(), Reply{};
    r.body = in_.substr(0, length);
    in_.erase(0, length);
    if (r.header("connection") == "close") disconnect();
    return r;
  }

  int port_;
  std::string source_;
  int fd_ = -1;
  std::string in_;
};

std::string url_encode(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

std::string gunzip(const std::string& data) {
  z_stream z{};
  inflateInit2(&z, 15 + 16);
  std::string out(1 << 20, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = inflate(&z, Z_FINISH);
  out.resize(z.total_out);
  inflateEnd(&z);
  return rc == Z_STREAM_END ? out : std::string("(not gzip)");
}

constexpr const char* k_markup_minutes =
    "REFERAT Direktørforum Sundhedsklynge Testby d. 01-03-2024\n\n"
    "Mødedato 01-03-2024\nMødested Testhuset\n\n"
    "Punkt 1: Skadelig markup\nBeslutning\n"
    "Forummet besluttede at ondskabsfuldt <script>alert('ondskabsfuldt')</script> og "
    "<img src=x onerror=alert(1)> samt a < b & c > d vises som tekst.\n";

// The snippet with its <mark> tags removed: what must be plain escaped text.
std::string without_marks(std::string s) {
  for (const std::string tag : {"<mark>", "</mark>"})
    for (auto at = s.find(tag); at != std::string::npos; at = s.find(tag)) s.erase(at, tag.size());
  return s;
}

class ServerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ =
        (fs::path(testing::TempDir()) / ("referat_server_" + std::to_string(::getpid()))).string();
    const std::string& db = db_;
    fs::remove_all(db);
    // Beside the sample corpus, one minutes file whose text holds markup and
    // HTML metacharacters, as real minutes do.
    const fs::path extra = fs::path(db + "_extra");
    fs::create_directories(extra);
    std::ofstream(extra / "markup.txt") << k_markup_minutes;
    {
      indexer::Indexer idx({db, 2, indexer::Rebuild::no});
      std::ostringstream errors;
      idx.index({REFERAT_SAMPLE_DIR, extra.string()}, errors);
    }
    searcher::ServeOptions options;
    options.databases = {db};
    options.port = 0;
    options.access_log = db + "_access.log";
    // The shared server's tests are about answers; overload (503) has its
    // own servers (LimitedServer). Under a sanitizer on a busy machine a
    // search may wait in the queue longer than the default second.
    options.limits.queue_wait = 30s;
    server_ = new searcher::Server(options);
    thread_ = new std::thread([] { server_->run(); });
    // stop() does nothing before run() has started: a test that never talks
    // to this server would otherwise leave TearDownTestSuite() joining it.
    while (!server_->running()) std::this_thread::sleep_for(1ms);
    client_ = new Client(server_->port());
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete client_;
    delete thread_;
    delete server_;
    fs::remove_all(db_);
    fs::remove_all(db_ + "_extra");
    fs::remove(db_ + "_access.log");
  }

  static std::pair<int, nlohmann::json> get(const std::string& path) {
    Reply res = client_->get(path);
    if (!res) return {0, nullptr};
    return {res.status, nlohmann::json::parse(res.body, nullptr, false)};
  }

  static inline std::string db_;
  static inline searcher::Server* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
  static inline Client* client_ = nullptr;
};

TEST_F(ServerTest, SearchReturnsContractJson) {
  auto [status, j] = get("/api/search?q=klyngemidler&limit=3");
  ASSERT_EQ(status, 200);
  for (const char* key : {"query", "corrected_query", "total", "offset", "hits", "facets"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["hits"].size(), 3u);
  EXPECT_EQ(j["query"], "klyngemidler");
}

TEST_F(ServerTest, FiltersAsQueryParameters) {
  auto [status, j] = get("/api/search?q=ledelsesprogram&cluster=Fyn&limit=50");
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(j["hits"].empty());
  for (const auto& h : j["hits"]) EXPECT_EQ(h["meeting"]["cluster"], "Fyn");
  auto [s2, both] = get("/api/search?cluster=Fyn&cluster=Syd&limit=0");
  EXPECT_EQ(both["facets"]["cluster"].size(), 2u);
}

TEST_F(ServerTest, CompareAttendanceAndItem) {
  auto [s1, c] = get("/api/compare?q=klyngemidler&by=cluster");
  ASSERT_EQ(s1, 200);
  EXPECT_EQ(c["by"], "cluster");
  EXPECT_FALSE(c["groups"].empty());
  auto [s2, a] = get("/api/attendance?name=Jan%20Mains");
  ASSERT_EQ(s2, 200);
  EXPECT_EQ(a["person"]["name"], "Jan Mainz");
  auto [s3, amb] = get("/api/attendance?name=Madsen");
  EXPECT_EQ(s3, 409);
  EXPECT_EQ(amb["candidates"].size(), 2u);
  auto [s4, search] = get("/api/search?q=%22status+for+klyngemidlerne%22");
  const std::string id = search["hits"][0]["id"];
  auto [s5, item] = get("/api/item/" + id);
  ASSERT_EQ(s5, 200);
  EXPECT_EQ(item["item"]["title"], "Status for klyngemidlerne");
}

struct BadRequestCase {
  const char* path;
  int status;
};

TEST_F(ServerTest, MalformedRequestsGet4xxJsonErrors) {
  const std::string long_q(1200, 'a');
  const BadRequestCase cases[] = {
      {"/api/search?q=x&from=2024-13-01", 400},
      {"/api/search?q=x&sort=sideways", 400},
      {"/api/search?q=x&limit=abc", 400},
      {"/api/search?q=x&limit=100000", 400},
      {"/api/search?q=x&offset=-1", 400},
      {"/api/compare?q=x&by=colour", 400},
      {"/api/attendance", 400},
      {"/api/attendance?name=Ingen%20S%C3%A5dan", 404},
      {"/api/item/ffffffffffff-99", 404},
      {"/api/item/..%2F..%2Fetc%2Fpasswd", 404},
      {"/api/nothing", 404},
  };
  for (const auto& c : cases) {
    auto [status, j] = get(c.path);
    EXPECT_EQ(status, c.status) << c.path;
    EXPECT_TRUE(j.is_object() && j.contains("error")) << c.path;
  }
  auto [status, j] = get("/api/search?q=" + long_q);
  EXPECT_EQ(status, 400);
  // Invalid UTF-8 and markup in the query come back as data.
  auto [s2, j2] = get("/api/search?q=%FF%FE%3Cscript%3Ealert(1)%3C/script%3E");
  EXPECT_EQ(s2, 200);
  EXPECT_TRUE(j2.is_object());
}

TEST_F(ServerTest, PageAndAssetsAreServedFromTheBinary) {
  Reply res = client_->get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res.status, 200);
  EXPECT_NE(res.body.find("Referatsøgning"), std::string::npos);
  const std::string csp = res.header("content-security-policy");
  for (const char* directive : {"default-src 'self'", "frame-ancestors 'none'",
                                "form-action 'self'", "object-src 'none'", "base-uri 'none'"})
    EXPECT_NE(csp.find(directive), std::string::npos) << directive << " in " << csp;
  for (const char* path : {"/app.js", "/style.css"}) {
    Reply r = client_->get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r.status, 200) << path;
  }
  Reply missing = client_->get("/etc/passwd");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing.status, 404);
  for (const char* path :
       {"/../etc/passwd", "/api/item/../../../../etc/passwd", "/%2e%2e/etc/passwd"}) {
    Reply r = client_->raw(std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(r.status, 404) << path;
  }
}

TEST_F(ServerTest, EveryTextAnswerSaysUtf8AndNosniff) {
  for (const char* path :
       {"/", "/app.js", "/style.css", "/api/search?q=klyngemidler", "/api/nothing", "/no-such-page",
        "/api/search?q=x&sort=sideways", "/api/status"}) {
    Reply r = client_->get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_NE(r.header("content-type").find("; charset=utf-8"), std::string::npos)
        << path << ": " << r.header("content-type");
    EXPECT_EQ(r.header("x-content-type-options"), "nosniff") << path;
  }
}

TEST_F(ServerTest, GzipWhenTheClientAcceptsIt) {
  const std::string path = "/api/search?q=klyngemidler&limit=10";
  Reply plain = client_->get(path);
  ASSERT_EQ(plain.status, 200);
  EXPECT_EQ(plain.header("content-encoding"), "");
  Reply zipped = client_->get(path, {{"Accept-Encoding", "br, gzip;q=0.8"}});
  ASSERT_EQ(zipped.status, 200);
  EXPECT_EQ(zipped.header("content-encoding"), "gzip");
  EXPECT_EQ(zipped.header("vary"), "Accept-Encoding");
  EXPECT_LT(zipped.body.size(), plain.body.size());
  EXPECT_EQ(gunzip(zipped.body), plain.body);
  Reply refused = client_->get(path, {{"Accept-Encoding", "gzip;q=0, br"}});
  EXPECT_EQ(refused.header("content-encoding"), "");
  EXPECT_EQ(refused.body, plain.body);
  for (const char* asset : {"/", "/app.js", "/style.css"}) {
    Reply a = client_->get(asset);
    Reply z = client_->get(asset, {{"Accept-Encoding", "gzip"}});
    EXPECT_EQ(z.header("content-encoding"), "gzip") << asset;
    EXPECT_EQ(gunzip(z.body), a.body) << asset;
  }
}

TEST_F(ServerTest, AssetsHaveETagsAndRevalidate) {
  for (const char* asset : {"/", "/app.js", "/style.css"}) {
    Reply a = client_->get(asset);
    ASSERT_EQ(a.status, 200) << asset;
    const std::string etag = a.header("etag");
    EXPECT_TRUE(std::regex_match(etag, std::regex("\"[0-9a-f]{16}\""))) << asset << ": " << etag;
    EXPECT_EQ(a.header("cache-control"), "no-cache") << asset;
    Reply again = client_->get(asset, {{"If-None-Match", etag}});
    EXPECT_EQ(again.status, 304) << asset;
    EXPECT_TRUE(again.body.empty()) << asset;
    EXPECT_EQ(again.header("etag"), etag) << asset;
    Reply changed = client_->get(asset, {{"If-None-Match", "\"0000000000000000\""}});
    EXPECT_EQ(changed.status, 200) << asset;
  }
  // The JSON answers are never cached.
  EXPECT_EQ(client_->get("/api/search?q=klyngemidler").header("cache-control"), "no-store");
}

TEST_F(ServerTest, HeadAnswersLikeGetWithoutBody) {
  for (const char* path : {"/", "/app.js", "/api/search?q=klyngemidler", "/api/nothing"}) {
    Reply g = client_->get(path);
    Reply h = client_->request("HEAD", path);
    ASSERT_TRUE(h) << path;
    EXPECT_EQ(h.status, g.status) << path;
    EXPECT_EQ(h.header("content-length"), std::to_string(g.body.size())) << path;
    EXPECT_EQ(h.header("content-type"), g.header("content-type")) << path;
    EXPECT_TRUE(h.body.empty()) << path;
  }
  // The connection is still in step: the next answer is the next request's.
  EXPECT_EQ(client_->get("/api/search?q=klyngemidler").status, 200);
}

TEST_F(ServerTest, StatusTellsGenerationCountsAndLastUpdate) {
  auto [status, j] = get("/api/status");
  ASSERT_EQ(status, 200);
  EXPECT_GT(j["documents"].get<int>(), 0);
  EXPECT_GT(j["items"].get<int>(), 0);
  EXPECT_GT(j["meetings"].get<int>(), 0);
  EXPECT_EQ(j["items"].get<int>() + j["meetings"].get<int>(), j["documents"].get<int>());
  ASSERT_EQ(j["generations"].size(), 1u);
  EXPECT_TRUE(std::regex_match(j["generations"][0].get<std::string>(), std::regex("gen-[0-9]+")));
  EXPECT_TRUE(std::regex_match(j["last_update"].get<std::string>(),
                               std::regex("20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z")));
  EXPECT_GE(j["server"]["workers"].get<int>(), 4);
  EXPECT_EQ(j["server"]["limits"]["connections_per_address"], 256);
  EXPECT_EQ(j.dump().find(db_), std::string::npos) << "a path in " << j.dump();
}

TEST_F(ServerTest, CompareCapsItsGroupsAndSaysSo) {
  auto [s1, c] = get("/api/compare?q=klyngemidler&by=cluster");
  ASSERT_EQ(s1, 200);
  EXPECT_EQ(c["groups_capped"], false);
  EXPECT_EQ(c["groups_limit"], searcher::k_max_compare_groups);
  std::string many = "/api/compare?by=cluster&limit=1";
  for (std::size_t i = 0; i < searcher::k_max_compare_groups + 5; ++i)
    many += "&cluster=c" + std::to_string(i);
  auto [s2, capped] = get(many);
  ASSERT_EQ(s2, 200);
  EXPECT_EQ(capped["groups"].size(), searcher::k_max_compare_groups);
  EXPECT_EQ(capped["groups_capped"], true);
  EXPECT_EQ(capped["groups"][0]["value"], "c0");
}

TEST_F(ServerTest, AccessLogHasOneCombinedFormatLinePerRequest) {
  Client c(server_->port());
  ASSERT_EQ(c.get("/api/search?q=access-log-probe",
                  {{"User-Agent", "probe \"quoted\""}, {"Referer", "http://x/"}})
                .status,
            200);
  ASSERT_EQ(c.request("HEAD", "/app.js?access-log-probe").status, 200);
  std::this_thread::sleep_for(100ms);  // written after the answer is sent
  std::ifstream log(db_ + "_access.log");
  std::vector<std::string> probes;
  for (std::string line; std::getline(log, line);)
    if (line.find("access-log-probe") != std::string::npos) probes.push_back(line);
  ASSERT_EQ(probes.size(), 2u);
  const std::regex combined(
      R"(127\.0\.0\.1 - - \[\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} \+0000\] "[^"]*" \d{3} (\d+|-) "[^"]*" "[^"]*")");
  for (const auto& line : probes) EXPECT_TRUE(std::regex_match(line, combined)) << line;
  EXPECT_NE(probes[0].find("\"GET /api/search?q=access-log-probe HTTP/1.1\" 200 "),
            std::string::npos)
      << probes[0];
  EXPECT_NE(probes[0].find("\"http://x/\" \"probe \\x22quoted\\x22\""), std::string::npos)
      << probes[0];
  EXPECT_NE(probes[1].find("\"HEAD /app.js?access-log-probe HTTP/1.1\" 200 -"), std::string::npos)
      << probes[1];
}

TEST_F(ServerTest, SnippetsAreEscapedTextWithOnlyMarkTags) {
  for (const char* q :
       {"ondskabsfuldt", "besluttede", "klyngemidler", "g%C3%A6ster", "ledelsesprogram"}) {
    auto [status, j] = get(std::string("/api/search?limit=100&q=") + q);
    ASSERT_EQ(status, 200) << q;
    ASSERT_FALSE(j["hits"].empty()) << q;
    for (const auto& h : j["hits"]) {
      const std::string text = without_marks(h["snippet"]);
      EXPECT_EQ(text.find_first_of("<>"), std::string::npos) << q << ": " << text;
    }
  }
  auto [status, j] = get("/api/search?q=ondskabsfuldt");
  ASSERT_EQ(status, 200);
  const std::string snippet = j["hits"][0]["snippet"];
  EXPECT_NE(snippet.find("a &lt; b &amp; c &gt; d"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<script"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<img"), std::string::npos) << snippet;
}

TEST_F(ServerTest, MarkupInTheQueryComesBackAsJsonData) {
  const std::string evil = "<script>alert(1)</script> ondskabsfuldt";
  Reply res = client_->get("/api/search?q=" + url_encode(evil));
  ASSERT_TRUE(res);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.header("content-type"), "application/json; charset=utf-8");
  EXPECT_EQ(res.header("x-content-type-options"), "nosniff");
  const auto j = nlohmann::json::parse(res.body);
  EXPECT_EQ(j["query"], evil);  // a JSON string, for the page to show as text
  ASSERT_FALSE(j["hits"].empty());
  for (const auto& h : j["hits"])
    EXPECT_EQ(without_marks(h["snippet"]).find('<'), std::string::npos);
  // The page is static: a query in its URL never reaches its HTML.
  Reply page = client_->get("/?q=" + url_encode(evil));
  ASSERT_TRUE(page);
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("<script>alert"), std::string::npos);
  EXPECT_EQ(page.body.find("ondskabsfuldt"), std::string::npos);
}

TEST_F(ServerTest, OtherMethodsThanGetOnTheApiAre405) {
  Client client(server_->port());  // a refused request must leave the connection usable
  auto is_405 = [](const Reply& res, const std::string& what) {
    ASSERT_TRUE(res) << what;
    EXPECT_EQ(res.status, 405) << what;
    EXPECT_EQ(res.header("allow"), "GET") << what;
    const auto j = nlohmann::json::parse(res.body, nullptr, false);
    ASSERT_TRUE(j.is_object()) << what << ": " << res.body;
    EXPECT_TRUE(j["error"].is_string()) << what;
    EXPECT_EQ(res.body.find('\n'), std::string::npos) << what;
    EXPECT_EQ(client_->get("/api/search?q=klyngemidler").status, 200) << what;
  };
  is_405(client.request("POST", "/api/search?q=klyngemidler", "q=klyngemidler",
                        {{"Content-Type", "application/x-www-form-urlencoded"}}),
         "POST /api/search");
  is_405(client.request("POST", "/api/item/0123456789ab-1", ""), "POST /api/item/ID");
  is_405(client.request("PUT", "/api/attendance?name=Madsen", "x"), "PUT /api/attendance");
  is_405(client.request("PATCH", "/api/compare", "x"), "PATCH /api/compare");
  is_405(client.request("DELETE", "/api/item/0123456789ab-1"), "DELETE /api/item/ID");
  is_405(client.request("OPTIONS", "/api/search"), "OPTIONS /api/search");
  is_405(client.request("POST", "/api/no-such-endpoint", "x"), "POST /api/no-such-endpoint");
  is_405(client.request("TRACE", "/api/search"), "TRACE /api/search");
  // The same connection still answers a GET.
  Reply res = client.get("/api/search?q=klyngemidler&limit=1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res.status, 200);
  // GET and HEAD are unchanged; the page keeps its own 404.
  EXPECT_EQ(client.request("HEAD", "/api/search?q=klyngemidler").status, 200);
  EXPECT_EQ(client.get("/api/no-such-endpoint").status, 404);
  EXPECT_EQ(client.request("POST", "/no-such-page", "x").status, 404);
}

TEST_F(ServerTest, PortInUseIsAnErrorNamingAddressAndReason) {
  const int port = server_->port();
  try {
    searcher::ServeOptions options;
    options.databases = {db_};
    options.port = port;
    searcher::Server second(options);
    FAIL() << "a second server bound port " << port;
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              "cannot listen on 127.0.0.1:" + std::to_string(port) + ": Address already in use");
  }
  EXPECT_EQ(get("/api/search?q=klyngemidler").first, 200);
}

TEST_F(ServerTest, RequestSizesAndPagesAreBounded) {
  const BadRequestCase cases[] = {
      {"/api/search?q=x&limit=100", 200},    {"/api/search?q=x&limit=101", 400},
      {"/api/search?q=x&offset=10000", 200}, {"/api/search?q=x&offset=10001", 400},
      {"/api/compare?q=x&limit=101", 400},
  };
  for (const auto& c : cases) EXPECT_EQ(get(c.path).first, c.status) << c.path;
  EXPECT_EQ(get("/api/search?q=" + std::string(1000, 'a')).first, 200);
  EXPECT_EQ(get("/api/search?q=" + std::string(1001, 'a')).first, 400);
  auto [s1, huge_uri] = get("/api/search?q=" + std::string(20000, 'a'));
  EXPECT_EQ(s1, 414);
  EXPECT_TRUE(huge_uri.contains("error"));
  Reply body = client_->request("POST", "/api/search", std::string(200000, 'x'));
  ASSERT_TRUE(body);
  EXPECT_EQ(body.status, 413);
  // Headers: at most k_max_header_fields of them, k_max_header_bytes in all.
  Headers many;
  for (std::size_t i = 0; i < searcher::k_max_header_fields + 1; ++i)
    many.emplace_back("X-Field-" + std::to_string(i), "1");
  Client c(server_->port());
  EXPECT_EQ(c.get("/api/search?q=klyngemidler", many).status, 431);
  many.resize(searcher::k_max_header_fields - 2);  // Host is one more
  EXPECT_EQ(c.get("/api/search?q=klyngemidler", many).status, 200);
  EXPECT_EQ(c.get("/", {{"X-Big", std::string(searcher::k_max_header_bytes, 'b')}}).status, 431);
}

TEST_F(ServerTest, HalfSentRequestIsCutOffWithoutBlockingOthers) {
  // A client that sends part of a request and stalls holds nothing but its
  // socket; meanwhile other requests are answered at once.
  Client staller(server_->port());
  ASSERT_TRUE(staller.connect());
  ASSERT_TRUE(
      staller.send_all("POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n" +
                       std::string(10, 'x')));
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(get("/api/search?q=klyngemidler").first, 200);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
}

TEST_F(ServerTest, ConcurrentRequestsAllSucceedWithTheSameAnswers) {
  const char* paths[] = {"/api/search?q=sundhedsaftale", "/api/compare?q=klyngemidler",
                         "/api/attendance?name=Jan%20Mainz",
                         "/api/search?q=ledelsesprogram&cluster=Midt"};
  std::vector<std::string> expected;
  for (const char* p : paths) expected.push_back(client_->get(p).body);
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  std::mutex failures_mutex;
  std::vector<std::string> failures;  // "path: status", to tell a 503 from another answer
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      Client c(server_->port());
      for (int i = 0; i < 20; ++i) {
        const std::size_t k = static_cast<std::size_t>(t + i) % std::size(paths);
        Reply r = c.get(paths[k]);
        if (r.status == 200 && r.body == expected[k]) {
          ++ok;
        } else {
          const std::lock_guard<std::mutex> lock(failures_mutex);
          failures.push_back(std::string(paths[k]) + ": " + std::to_string(r.status) +
                             (r.status == 200 ? " with another body" : ""));
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok.load(), 160) << ::testing::PrintToString(failures);
}

// A server of its own with small limits, on the fixture's index.
class LimitedServer {
 public:
  LimitedServer(const std::string& db, searcher::ServeLimits limits) {
    searcher::ServeOptions options;
    options.databases = {db};
    options.port = 0;
    options.access_log = "/dev/null";
    options.limits = limits;
    server_ = std::make_unique<searcher::Server>(options);
    thread_ = std::thread([this] { server_->run(); });
    while (!server_->running()) std::this_thread::sleep_for(1ms);
  }
  ~LimitedServer() {
    server_->stop();
    thread_.join();
  }
  int port() const { return server_->port(); }
  searcher::Server& server() { return *server_; }

 private:
  std::unique_ptr<searcher::Server> server_;
  std::thread thread_;
};

TEST_F(ServerTest, ConnectionsOverTheCapOfAnAddressGet503AndOthersGoOn) {
  searcher::ServeLimits limits;
  limits.connections_per_address = 3;
  LimitedServer s(db_, limits);
  std::vector<std::unique_ptr<Client>> held;
  for (int i = 0; i < 3; ++i) {
    held.push_back(std::make_unique<Client>(s.port(), "127.0.0.7"));
    ASSERT_EQ(held.back()->get("/api/status").status, 200) << i;
  }
  Client over(s.port(), "127.0.0.7");
  Reply refused = over.get("/api/search?q=klyngemidler");
  EXPECT_EQ(refused.status, 503);
  EXPECT_FALSE(refused.header("retry-after").empty());
  Client other(s.port(), "127.0.0.8");
  EXPECT_EQ(other.get("/api/search?q=klyngemidler").status, 200);
  EXPECT_EQ(held[0]->get("/api/search?q=klyngemidler").status, 200);
  held.pop_back();  // one closes: the address may connect again
  std::this_thread::sleep_for(200ms);
  Client again(s.port(), "127.0.0.7");
  EXPECT_EQ(again.get("/api/search?q=klyngemidler").status, 200);
}

TEST_F(ServerTest, ARequestTrickledByteByByteIsCutOffAtItsDeadline) {
  searcher::ServeLimits limits;
  limits.request_deadline = 1s;
  LimitedServer s(db_, limits);
  Client slow(s.port());
  ASSERT_TRUE(slow.connect());
  const std::string request =
      "GET /api/search?q=klyngemidler HTTP/1.1\r\nHost: x\r\nX-Slow: " + std::string(100, 'y');
  const auto start = std::chrono::steady_clock::now();
  bool cut = false;
  for (char c : request) {  // one byte every 50 ms: 5.5 s if never cut off
    if (!slow.send_all(std::string(1, c))) {
      cut = true;
      break;
    }
    std::this_thread::sleep_for(50ms);
    if (std::chrono::steady_clock::now() - start > 1500ms) break;
  }
  Reply r = slow.raw("");  // what the server said
  EXPECT_TRUE(cut || r.status == 408) << "status " << r.status;
  EXPECT_LT(std::chrono::steady_clock::now() - start, 4s);
  // An idle connection is closed quietly at the deadline.
  Client idle(s.port());
  ASSERT_EQ(idle.get("/api/status").status, 200);
  std::this_thread::sleep_for(1500ms);
  EXPECT_TRUE(idle.closed_by_server());
}

TEST_F(ServerTest, AFullSearchQueueIs503WithRetryAfter) {
  searcher::ServeLimits limits;
  limits.workers = 1;
  limits.queued_searches = 0;  // no search may wait: every one is refused
  LimitedServer s(db_, limits);
  Client c(s.port());
  Reply r = c.get("/api/search?q=klyngemidler");
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.header("retry-after"), "2");
  EXPECT_TRUE(nlohmann::json::parse(r.body).contains("error"));
  EXPECT_EQ(c.get("/").status, 200);  // the page needs no worker
}

TEST_F(ServerTest, AnUnreadableIndexIs503WithoutPathsOrXapianWords) {
  const std::string db = db_ + "_gone";
  {
    indexer::Indexer idx({db, 1, indexer::Rebuild::no});
    std::ostringstream errors;
    idx.index({REFERAT_SAMPLE_DIR}, errors);
  }
  LimitedServer s(db, {});
  fs::remove_all(db);
  Client c(s.port());
  for (const char* path : {"/api/search?q=klyngemidler", "/api/status"}) {
    Reply r = c.get(path);
    EXPECT_EQ(r.status, 503) << path;
    EXPECT_FALSE(r.header("retry-after").empty()) << path;
    EXPECT_EQ(r.body.find(db), std::string::npos) << r.body;
    EXPECT_EQ(r.body.find("gen-"), std::string::npos) << r.body;
    EXPECT_EQ(r.body.find("Xapian"), std::string::npos) << r.body;
    EXPECT_EQ(r.body.find("stat"), std::string::npos) << r.body;
  }
}

TEST_F(ServerTest, StopAnswersTheRequestsInProgress) {
  searcher::ServeLimits limits;
  limits.workers = 1;  // the requests queue up behind each other
  // Long enough for all eight under a sanitizer on a loaded machine: the
  // test is about stop(), not about the queue's 503 after its wait.
  limits.queue_wait = std::chrono::seconds(60);
  auto s = std::make_unique<LimitedServer>(db_, limits);
  const int port = s->port();
  std::vector<std::unique_ptr<Client>> clients;
  for (int i = 0; i < 8; ++i) {
    clients.push_back(std::make_unique<Client>(port));
    ASSERT_TRUE(clients.back()->connect());
    ASSERT_TRUE(clients.back()->send_all(
        "GET /api/compare?q=klyngemidler&by=year HTTP/1.1\r\nHost: x\r\n\r\n"));
  }
  std::this_thread::sleep_for(100ms);  // read by the server, in progress or queued
  s.reset();                           // stop(), and wait for run() to return
  for (auto& c : clients) {
    Reply r = c->raw("");
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(nlohmann::json::parse(r.body, nullptr, false).contains("groups"));
  }
  Client late(port);
  EXPECT_FALSE(late.connect());
}

// The original files, served from inside the indexed folder only: a PDF
// beside a symlink that points out of the folder.
class OriginalServerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    base_ = fs::path(testing::TempDir()) / ("referat_originals_" + std::to_string(::getpid()));
    fs::remove_all(base_);
    fs::create_directories(base_ / "minutes");
    fs::create_directories(base_ / "outside");
    base_ = fs::canonical(base_);
    fs::copy_file(fs::path(REFERAT_FORMATS_FIXTURES) / "000_f3d27487db9cbfb0.pdf",
                  base_ / "minutes" / "referat.pdf");
    fs::copy_file(fs::path(REFERAT_SAMPLE_DIR) / "001_bdb304747eb2561f.txt", base_ / "minutes" / "noter.txt");
    // A minutes text outside the folder, reached through a symlink inside it.
    fs::copy_file(fs::path(REFERAT_SAMPLE_DIR) / "002_665350f486a11961.txt", base_ / "outside" / "secret.txt");
    fs::create_symlink(base_ / "outside" / "secret.txt", base_ / "minutes" / "escape.txt");
    {
      indexer::Indexer idx({(base_ / "db").string(), 1, indexer::Rebuild::no});
      std::ostringstream errors;
      idx.index({(base_ / "minutes").string()}, errors);
    }
    searcher::ServeOptions options;
    options.databases = {(base_ / "db").string()};
    options.port = 0;
    options.access_log = (base_ / "access.log").string();
    server_ = new searcher::Server(options);
    thread_ = new std::thread([] { server_->run(); });
    // stop() does nothing before run() has started: a test that never talks
    // to this server would otherwise leave TearDownTestSuite() joining it.
    while (!server_->running()) std::this_thread::sleep_for(1ms);
    client_ = new Client(server_->port());
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete client_;
    delete thread_;
    delete server_;
    fs::remove_all(base_);
  }

  static std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  static inline fs::path base_;
  static inline searcher::Server* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
  static inline Client* client_ = nullptr;
};

TEST_F(OriginalServerTest, APdfHitCarriesItsPageAndItsOriginalIsTheFileByteForByte) {
  // An item of the PDF: its hit says its page, and /original/ID sends the file.
  nlohmann::json pdf_hit;
  for (const std::string q : {"klyngemidler", "sundhedsklynge", "dagsorden"}) {
    const auto found = nlohmann::json::parse(client_->get("/api/search?limit=50&q=" + q).body);
    for (const auto& h : found["hits"])
      if (h["source"].get<std::string>().find("referat.pdf") != std::string::npos && h["page"].is_number()) {
        pdf_hit = h;
        break;
      }
    if (!pdf_hit.is_null()) break;
  }
  ASSERT_FALSE(pdf_hit.is_null());
  EXPECT_GE(pdf_hit["page"].get<int>(), 1);
  Reply r = client_->get("/original/" + pdf_hit["id"].get<std::string>());
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.header("content-type"), "application/pdf");
  EXPECT_EQ(r.header("content-disposition"), "inline; filename=\"referat.pdf\"; filename*=UTF-8''referat.pdf");
  EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(r.body, read(base_ / "minutes" / "referat.pdf"));
  // The meeting's id names the same file; HEAD gives its headers only.
  const std::string mid = pdf_hit["id"].get<std::string>().substr(0, 12);
  EXPECT_EQ(client_->get("/original/" + mid).body, r.body);
  Reply head = client_->request("HEAD", "/original/" + mid);
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.header("content-length"), std::to_string(r.body.size()));
  EXPECT_EQ(client_->request("POST", "/original/" + mid).status, 405);
  // The item view carries the page too; a text source has none.
  Reply item = client_->get("/api/item/" + pdf_hit["id"].get<std::string>());
  const auto shown = nlohmann::json::parse(item.body);
  EXPECT_EQ(shown["item"]["page"], pdf_hit["page"]);
  EXPECT_FALSE(shown["meeting"].contains("file")) << "the server's paths stay private";
}

TEST_F(OriginalServerTest, ATextOriginalIsSandboxedPlainText) {
  const auto found = nlohmann::json::parse(client_->get("/api/search?limit=50&q=klyngemidler").body);
  std::string id;
  for (const auto& h : found["hits"]) {
    if (h["source"].get<std::string>().find("noter.txt") != std::string::npos) {
      EXPECT_TRUE(h["page"].is_null());
      id = h["id"];
    }
  }
  ASSERT_FALSE(id.empty());
  Reply r = client_->get("/original/" + id);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.header("content-type"), "text/plain; charset=utf-8");
  EXPECT_EQ(r.header("content-security-policy").rfind("sandbox", 0), 0u);
  EXPECT_EQ(r.body, read(base_ / "minutes" / "noter.txt"));
}

TEST_F(OriginalServerTest, TraversalAndASymlinkOutOfTheFolderAre404WithALogLine) {
  // The symlinked file was indexed (its text is readable) but lies outside.
  std::string escape_id;
  const auto found = nlohmann::json::parse(client_->get("/api/search?limit=100&q=dagsorden").body);
  for (const auto& h : found["hits"])
    if (h["source"].get<std::string>().find("escape.txt") != std::string::npos) escape_id = h["id"];
  ASSERT_FALSE(escape_id.empty());
  const std::vector<std::string> targets = {
      "/original/" + escape_id,
      "/original/" + escape_id.substr(0, 12),
      "/original/../../../../etc/passwd",
      "/original/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/original/..%2f..%2f..%2fetc%2fpasswd",
      "/original/%2fetc%2fpasswd",
      "/original//etc/passwd",
      "/original/" + escape_id.substr(0, 12) + "%00.pdf",
      "/original/" + escape_id.substr(0, 12) + "/../../outside/secret.txt",
      "/original/000000000000",
      "/original/",
  };
  testing::internal::CaptureStderr();
  for (const auto& t : targets) {
    Reply r = client_->get(t);
    EXPECT_EQ(r.status, 404) << t;
    EXPECT_EQ(r.body.find("hemmelig"), std::string::npos) << t;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << t;
  }
  const std::string log = testing::internal::GetCapturedStderr();
  std::size_t lines = 0;
  for (auto at = log.find("original refused"); at != std::string::npos; at = log.find("original refused", at + 1))
    ++lines;
  EXPECT_EQ(lines, targets.size()) << log;
  EXPECT_NE(log.find("outside the indexed folders: " + (base_ / "outside" / "secret.txt").string()),
            std::string::npos)
      << log;
}

}  // namespace
