// The HTTP API over loopback, on an ephemeral port.
#include "searcher/server.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "indexer/indexer.h"

namespace fs = std::filesystem;

namespace {

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
    server_ = new searcher::Server({{db}, "127.0.0.1", 0});
    thread_ = new std::thread([] { server_->run(); });
    client_ = new httplib::Client("127.0.0.1", server_->port());
    client_->set_read_timeout(10, 0);
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete client_;
    delete thread_;
    delete server_;
    fs::remove_all(db_);
    fs::remove_all(db_ + "_extra");
  }

  static std::pair<int, nlohmann::json> get(const std::string& path) {
    auto res = client_->Get(path.c_str());
    if (!res) return {0, nullptr};
    return {res->status, nlohmann::json::parse(res->body, nullptr, false)};
  }

  static inline std::string db_;
  static inline searcher::Server* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
  static inline httplib::Client* client_ = nullptr;
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
  auto res = client_->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("Referatsøgning"), std::string::npos);
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("default-src 'self'"),
            std::string::npos);
  for (const char* path : {"/app.js", "/style.css"}) {
    auto r = client_->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 200) << path;
  }
  auto missing = client_->Get("/etc/passwd");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
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
  auto res = client_->Get(("/api/search?q=" + httplib::detail::encode_query_param(evil)).c_str());
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  const auto j = nlohmann::json::parse(res->body);
  EXPECT_EQ(j["query"], evil);  // a JSON string, for the page to show as text
  for (const auto& h : j["hits"])
    EXPECT_EQ(without_marks(h["snippet"]).find('<'), std::string::npos);
  // The page is static: a query in its URL never reaches its HTML.
  auto page = client_->Get(("/?q=" + httplib::detail::encode_query_param(evil)).c_str());
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->body.find("<script>alert"), std::string::npos);
  EXPECT_EQ(page->body.find("ondskabsfuldt"), std::string::npos);
}

TEST_F(ServerTest, OtherMethodsThanGetOnTheApiAre405) {
  httplib::Client client("127.0.0.1", server_->port());
  client.set_keep_alive(true);  // a refused request must leave the connection usable
  auto is_405 = [](const httplib::Result& res, const std::string& what) {
    ASSERT_TRUE(res) << what;
    EXPECT_EQ(res->status, 405) << what;
    EXPECT_EQ(res->get_header_value("Allow"), "GET") << what;
    const auto j = nlohmann::json::parse(res->body, nullptr, false);
    ASSERT_TRUE(j.is_object()) << what << ": " << res->body;
    EXPECT_TRUE(j["error"].is_string()) << what;
    EXPECT_EQ(res->body.find('\n'), std::string::npos) << what;
    EXPECT_EQ(client_->Get("/api/search?q=klyngemidler")->status, 200) << what;
  };
  is_405(client.Post("/api/search?q=klyngemidler", "q=klyngemidler",
                     "application/x-www-form-urlencoded"),
         "POST /api/search");
  is_405(client.Post("/api/item/0123456789ab-1", "", "text/plain"), "POST /api/item/ID");
  is_405(client.Put("/api/attendance?name=Madsen", "x", "text/plain"), "PUT /api/attendance");
  is_405(client.Patch("/api/compare", "x", "text/plain"), "PATCH /api/compare");
  is_405(client.Delete("/api/item/0123456789ab-1"), "DELETE /api/item/ID");
  is_405(client.Options("/api/search"), "OPTIONS /api/search");
  is_405(client.Post("/api/no-such-endpoint", "x", "text/plain"), "POST /api/no-such-endpoint");
  httplib::Request trace;
  trace.method = "TRACE";
  trace.path = "/api/search";
  is_405(client.send(trace), "TRACE /api/search");
  // The same connection still answers a GET.
  auto res = client.Get("/api/search?q=klyngemidler&limit=1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  // GET and HEAD are unchanged; the page keeps its own 404.
  EXPECT_EQ(client.Head("/api/search?q=klyngemidler")->status, 200);
  EXPECT_EQ(client.Get("/api/no-such-endpoint")->status, 404);
  EXPECT_EQ(client.Post("/no-such-page", "x", "text/plain")->status, 404);
}

TEST_F(ServerTest, PortInUseIsAnErrorNamingAddressAndReason) {
  const int port = server_->port();
  try {
    searcher::Server second({{db_}, "127.0.0.1", port});
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
  auto body = client_->Post("/api/search", std::string(200000, 'x'), "text/plain");
  ASSERT_TRUE(body);
  EXPECT_EQ(body->status, 413);
}

TEST_F(ServerTest, HalfSentRequestIsCutOffWithoutBlockingOthers) {
  // A client that sends part of a request and stalls holds a worker only
  // until the read timeout; meanwhile other requests are answered.
  const auto start = std::chrono::steady_clock::now();
  std::thread stall([port = server_->port()] {
    httplib::Client staller("127.0.0.1", port);
    staller.set_read_timeout(30, 0);
    // Announces 1000 bytes of body and sends 10.
    const httplib::Headers headers = {{"Content-Length", "1000"}};
    staller.Post("/api/search", headers, std::string(10, 'x'), "text/plain");
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(get("/api/search?q=klyngemidler").first, 200);
  stall.join();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(15));
}

TEST_F(ServerTest, ConcurrentRequestsAllSucceedWithTheSameAnswers) {
  const char* paths[] = {"/api/search?q=sundhedsaftale", "/api/compare?q=klyngemidler",
                         "/api/attendance?name=Jan%20Mainz",
                         "/api/search?q=ledelsesprogram&cluster=Midt"};
  std::vector<std::string> expected;
  for (const char* p : paths) expected.push_back(client_->Get(p)->body);
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", server_->port());
      for (int i = 0; i < 20; ++i) {
        const std::size_t k = static_cast<std::size_t>(t + i) % std::size(paths);
        auto r = c.Get(paths[k]);
        if (r && r->status == 200 && r->body == expected[k]) ++ok;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok.load(), 160);
}

}  // namespace
