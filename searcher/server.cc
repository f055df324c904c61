#include "searcher/server.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <pthread.h>
#include <set>
#include <sstream>
#include <stdexcept>
#include <sys/resource.h>
#include <thread>
#include <type_traits>
#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange
#include <variant>
#include <zlib.h>

// Beast's string_view as std::string_view (header values, targets).
#define BOOST_BEAST_USE_STD_STRING_VIEW
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <xapian.h>

#include "searcher/original.h"
#include "searcher/output.h"
#include "searcher/request.h"
#include "searcher/searcher.h"
#include "searcher/web_assets.h"

namespace searcher {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using HttpResponse = http::response<http::string_body>;
// An original file, streamed from its open descriptor.
using FileResponse = http::response<http::file_body>;
using AnyResponse = std::variant<HttpResponse, FileResponse>;


// Bodies smaller than this are sent as they are: gzip would save little.
constexpr std::size_t k_min_gzip_bytes = 256;
// How long a closing connection may take to send its last answer and have
// the client's unread bytes drained (so the answer is not lost to a reset).
constexpr std::chrono::seconds k_linger{2};
constexpr const char* k_retry_after = "2";
// Bytes per second a client reading an original file must keep up (its
// deadline grows with the file's size at this rate).
constexpr std::size_t k_min_file_rate = 64 * 1024;
constexpr const char* k_csp =
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'";

std::size_t worker_count(const ServeLimits& limits) {
  if (limits.workers) return limits.workers;
  // Searches are CPU-bound (remote shards wait on the network: hence 2x).
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::clamp<std::size_t>(2 * cores, 4, 32);
}

std::string dump(const nlohmann::json& j) {
  // Minutes and queries may hold invalid UTF-8; never let that become a 500.
  return json_text(j);
}

// One line to standard error (the server's log), written at once so that
// lines of several threads do not interleave.
void log_line(const std::string& line) {
  const std::string out = "searcher: " + line + "\n";
  std::fwrite(out.data(), 1, out.size(), stderr);
}

std::string gzip(std::string_view data) {
  z_stream z{};
  // 15 + 16: the gzip wrapper; level 6 is zlib's default trade-off.
  if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("zlib: deflateInit2 failed");
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("zlib: deflate failed");
  return out;
}

// Whether an Accept-Encoding header value allows gzip ("gzip", "gzip;q=0.5",
// "*"; not "gzip;q=0").
bool accepts_gzip(std::string_view header) {
  bool star = false;
  while (!header.empty()) {
    const auto comma = header.find(',');
    std::string_view part = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    std::string coding(part.substr(0, part.find(';')));
    coding.erase(0, coding.find_first_not_of(" \t"));
    coding.erase(coding.find_last_not_of(" \t") + 1);
    std::transform(coding.begin(), coding.end(), coding.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto q = part.find("q=");
    const bool refused = q != std::string_view::npos &&
                         part.substr(q + 2).find_first_not_of("0. \t") == std::string_view::npos;
    if (coding == "gzip" || coding == "x-gzip") return !refused;
    if (coding == "*") star = !refused;
  }
  return star;
}

// FNV-1a: an ETag that changes when an asset's bytes do.
std::string etag_of(std::string_view data) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : data) h = (h ^ c) * 1099511628211ull;
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(h));
  return buf;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// %XX and (in a query string) '+' decoded; a malformed escape is kept as
// it is, so "%ZZ" searches for "%ZZ".
std::string url_decode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_digit(s[i + 1]) >= 0 && hex_digit(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_digit(s[i + 1]) * 16 + hex_digit(s[i + 2]));
      i += 2;
    } else if (s[i] == '+' && plus_is_space) {
      out += ' ';
    } else {
      out += s[i];
    }
  }
  return out;
}

// A request target split into its decoded path and query parameters.
struct Target {
  std::string path;
  std::vector<std::pair<std::string, std::string>> params;  // in order, repeats kept

  explicit Target(std::string_view target) {
    const auto q = target.find('?');
    path = url_decode(target.substr(0, q), false);
    if (q == std::string_view::npos) return;
    std::string_view rest = target.substr(q + 1);
    while (!rest.empty()) {
      const auto amp = rest.find('&');
      const std::string_view pair = rest.substr(0, amp);
      rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
      if (pair.empty()) continue;
      const auto eq = pair.find('=');
      params.emplace_back(
          url_decode(pair.substr(0, eq), true),
          eq == std::string_view::npos ? "" : url_decode(pair.substr(eq + 1), true));
    }
  }

  std::string param(const char* name) const {
    for (const auto& [k, v] : params)
      if (k == name) return v;
    return {};
  }

  // The parameters as searcher/request.h reads them.
  Params map() const { return Params(params.begin(), params.end()); }
};

// "/api/item/ID" with ID as the indexer makes them (hex, "-N" for an item).
std::optional<std::string> item_id(const std::string& path) {
  constexpr std::string_view prefix = "/api/item/";
  if (path.rfind(prefix, 0) != 0) return std::nullopt;
  const std::string id = path.substr(prefix.size());
  const auto dash = id.find('-');
  const std::string hex = id.substr(0, dash);
  if (hex.empty() || hex.size() > 16 ||
      hex.find_first_not_of("0123456789abcdef") != std::string::npos)
    return std::nullopt;
  if (dash != std::string::npos) {
    const std::string n = id.substr(dash + 1);
    if (n.empty() || n.size() > 6 || n.find_first_not_of("0123456789") != std::string::npos)
      return std::nullopt;
  }
  return id;
}

// "/api/similar/ID" with an item ID ("3f2a9c0b1d2e-4").
std::optional<std::string> similar_id(const std::string& path) {
  constexpr std::string_view prefix = "/api/similar/";
  if (path.rfind(prefix, 0) != 0) return std::nullopt;
  auto id = item_id("/api/item/" + path.substr(prefix.size()));
  if (!id || id->find('-') == std::string::npos) return std::nullopt;
  return id;
}

// "/original/ID": the original file of an item or meeting ID.
constexpr std::string_view k_original_prefix = "/original/";

// The policy of an original shown in the browser. An HTML page or a text
// file from elsewhere runs in a sandbox (its own origin, no scripts, nothing
// loaded), so it cannot act as this site. PDF and DOCX get none: the
// browsers' PDF viewers do not run under a sandbox, and nosniff with the
// exact type keeps them from being read as a page.
const char* original_csp(std::string_view content_type) {
  if (content_type.rfind("text/", 0) == 0)
    return "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";
  return nullptr;
}

// `name` as a Content-Disposition header: an ASCII fallback and the UTF-8
// name (RFC 6266, RFC 5987).
std::string content_disposition(const std::string& name) {
  std::string ascii, encoded;
  for (unsigned char c : name) {
    ascii += (c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '%') ? '_' : static_cast<char>(c);
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      encoded += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      encoded += buf;
    }
  }
  return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

bool api_endpoint(const std::string& path) {
  return path == "/api/search" || path == "/api/compare" || path == "/api/attendance" ||
         path == "/api/status" || item_id(path).has_value() || similar_id(path).has_value();
}

// A worker thread's Searcher, opened on first use and anew on request.
// Searcher is not thread-safe (one Xapian::Database must not be used from
// two threads), and a mutex around one Searcher would serialise every
// search; a Searcher per worker costs one open database per worker and no
// locking.
class WorkerSearcher {
 public:
  explicit WorkerSearcher(const std::vector<std::string>& databases) : databases_(databases) {}
  Searcher& get(bool reopen) {
    if (reopen || !searcher_) {
      searcher_.reset();  // close the old database before opening the new one
      searcher_ = std::make_unique<Searcher>(databases_);
    }
    return *searcher_;
  }

 private:
  const std::vector<std::string>& databases_;
  std::unique_ptr<Searcher> searcher_;
};

// A bounded pool of search threads with a short queue. A job waits at most
// ServeLimits::queue_wait for a thread; past that (or when the queue is full) it
// is refused, so latency under overload stays bounded and the client is
// told to come back (503, Retry-After) instead of waiting without end.
class WorkerPool {
 public:
  struct Job {
    // Called once, with this thread's Searcher, or with nullptr when the job
    // waited too long and must be refused.
    std::function<void(WorkerSearcher*)> run;
    Clock::time_point queued = Clock::now();
  };

  WorkerPool(const ServeOptions& options) : limits_(options.limits) {
    const auto& databases = options.databases;
    for (std::size_t i = 0, n = worker_count(limits_); i < n; ++i)
      threads_.emplace_back([this, &databases] { work(databases); });
  }
  ~WorkerPool() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    for (auto& t : threads_) t.join();
  }
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues `job`; false (and `job` dropped) if the queue is full.
  bool submit(Job job) {
    {
      std::lock_guard lock(mutex_);
      if (queue_.size() >= limits_.queued_searches) return false;
      queue_.push_back(std::move(job));
    }
    wake_.notify_one();
    return true;
  }

  std::size_t size() const { return threads_.size(); }

 private:
  void work(const std::vector<std::string>& databases) {
    WorkerSearcher searcher(databases);
    for (;;) {
      Job job;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping, and nothing left to answer
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      job.run(Clock::now() - job.queued > limits_.queue_wait ? nullptr : &searcher);
    }
  }

  const ServeLimits& limits_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

// A built-in asset, with its gzip form and ETag made once.
struct Asset {
  std::string path;
  std::string content_type;
  std::string body;
  std::string gzipped;
  std::string etag;
};

// What a response needs from its request, kept for the access log.
struct RequestInfo {
  std::string method = "-";
  std::string line = "-";  // "GET /path HTTP/1.1", or "-" when none was read
  std::string referer;
  std::string user_agent;
  bool head = false;
  bool keep_alive = false;
  bool gzip = false;
};

HttpResponse make_response(unsigned status, const RequestInfo& info) {
  HttpResponse res{static_cast<http::status>(status), 11};
  res.set(http::field::server, "referat");
  res.set("X-Content-Type-Options", "nosniff");
  res.set("Content-Security-Policy", k_csp);
  res.keep_alive(info.keep_alive);
  return res;
}

// Sets the body of `res`, gzipped when the client accepts it (and the body
// is worth it); HEAD gets the headers of GET and no body.
void set_body(HttpResponse& res, const RequestInfo& info, std::string body,
              std::string_view content_type, const std::string* gzipped = nullptr) {
  res.set(http::field::content_type, content_type);
  res.set(http::field::vary, "Accept-Encoding");
  if (info.gzip && body.size() >= k_min_gzip_bytes) {
    body = gzipped ? *gzipped : gzip(body);
    res.set(http::field::content_encoding, "gzip");
  }
  res.content_length(body.size());
  if (!info.head) res.body() = std::move(body);
}

HttpResponse json_response(unsigned status, const RequestInfo& info, const nlohmann::json& j) {
  HttpResponse res = make_response(status, info);
  res.set(http::field::cache_control, "no-store");
  // The answer echoes the query; a browser must never sniff it as HTML
  // (nosniff is set on every answer).
  set_body(res, info, dump(j), "application/json; charset=utf-8");
  return res;
}

HttpResponse unavailable(const RequestInfo& info, const std::string& why) {
  HttpResponse res = json_response(503, info, {{"error", why}});
  res.set(http::field::retry_after, k_retry_after);
  return res;
}

// The answer to an API request (`target` below /api/), computed with this
// worker's Searcher. The user's mistakes are 4xx; a broken index is 503 and
// anything else 500, both with a short message: the details (paths, Xapian's
// words) go to the log, not to the client.
HttpResponse api_answer(const Target& target, const RequestInfo& info, WorkerSearcher& searcher,
                        const std::function<nlohmann::json()>& server_status) {
  const std::string& path = target.path;
  std::function<nlohmann::json(Searcher&)> f;
  if (path == "/api/search") {
    f = [&](Searcher& s) { return to_json(s.search(read_request(target.map(), 10))); };
  } else if (path == "/api/compare") {
    f = [&](Searcher& s) {
      const std::string by = target.param("by");
      nlohmann::json j =
          to_json(s.compare(read_request(target.map(), 3, true), parse_group_by(by.empty() ? "cluster" : by),
                            k_max_compare_groups));
      return j;
    };
  } else if (path == "/api/attendance") {
    f = [&](Searcher& s) {
      check_known(target.map(), k_attendance_params);
      const std::string name = target.param("name");
      if (name.empty() || name.size() > 200) throw BadRequest("parameter name must be 1-200 bytes");
      return s.attendance(name);
    };
  } else if (path == "/api/status") {
    f = [&](Searcher& s) {
      nlohmann::json j = s.status();
      j["server"] = server_status();
      return j;
    };
  } else if (auto id = item_id(path)) {
    f = [id, &target](Searcher& s) {
      check_known(target.map(), k_item_params);
      return s.show(*id);
    };
  } else if (auto similar = similar_id(path)) {
    f = [similar, &target](Searcher& s) {
      check_known(target.map(), k_similar_params);
      return s.similar(*similar, number(target.map(), "limit", 3, k_max_page));
    };
  } else {
    return json_response(404, info, {{"error", "no such API endpoint"}});
  }
  const auto fail = [&](unsigned status, const std::string& detail, const char* message) {
    log_line(info.line + ": " + std::to_string(status) + ": " + detail);
    return status == 503 ? unavailable(info, message)
                         : json_response(status, info, {{"error", message}});
  };
  try {
    try {
      return json_response(200, info, f(searcher.get(false)));
    } catch (const DatabaseError&) {
      // A rebuild may have swapped the index under this reader: open it anew once.
      return json_response(200, info, f(searcher.get(true)));
    }
  } catch (const BadRequest& e) {
    return json_response(400, info, {{"error", e.what()}});
  } catch (const QueryError& e) {
    return json_response(400, info, {{"error", e.what()}});
  } catch (const NotFound& e) {
    return json_response(404, info, {{"error", e.what()}});
  } catch (const AmbiguousPerson& e) {
    return json_response(409, info, {{"error", e.what()}, {"candidates", e.candidates()}, {"labels", e.labels()}});
  } catch (const DatabaseError& e) {
    return fail(503, e.what(), "the index cannot be read right now; try again shortly");
  } catch (const Xapian::QueryParserError& e) {
    // Searcher maps these to QueryError; kept here so a query path that
    // forgets still answers the user's mistake with a 400.
    return json_response(400, info, {{"error", "cannot parse query: " + e.get_msg()}});
  } catch (const Xapian::InvalidArgumentError& e) {
    return json_response(400, info, {{"error", "invalid request: " + e.get_msg()}});
  } catch (const Xapian::Error& e) {
    return fail(503, e.get_description(), "the index cannot be read right now; try again shortly");
  } catch (const std::exception& e) {
    return fail(500, e.what(), "internal error");
  }
}

HttpResponse not_found(const RequestInfo& info) {
  HttpResponse res = make_response(404, info);
  set_body(res, info, "Filen findes ikke.", "text/plain; charset=utf-8");
  return res;
}

// The answer to GET /original/ID: the file the index recorded for ID,
// streamed read-only, only from inside the indexed folders (see
// open_original()). Anything refused is a 404 to the client and one line
// in the log saying why.
AnyResponse original_answer(const std::string& id, const RequestInfo& info, WorkerSearcher& searcher) {
  const auto refuse = [&](const std::string& why) {
    log_line(info.line + ": 404: original refused: " + why);
    return not_found(info);
  };
  std::string recorded;
  std::vector<std::string> roots;
  try {
    const auto look_up = [&](Searcher& s) {
      recorded = s.original_path(id);
      roots = s.roots();
    };
    try {
      look_up(searcher.get(false));
    } catch (const DatabaseError&) {
      look_up(searcher.get(true));  // a rebuild may have swapped the index
    }
  } catch (const NotFound& e) {
    return refuse(e.what());
  } catch (const DatabaseError& e) {
    log_line(info.line + ": 503: " + e.what());
    return unavailable(info, "the index cannot be read right now; try again shortly");
  } catch (const std::exception& e) {
    log_line(info.line + ": 500: " + e.what());
    return json_response(500, info, {{"error", "internal error"}});
  }
  std::string why;
  std::optional<OriginalFile> file = open_original(recorded, roots, why);
  if (!file) return refuse(why + ": " + recorded);
  const auto headers = [&](auto& res) {
    res.set(http::field::server, "referat");
    res.set("X-Content-Type-Options", "nosniff");
    if (const char* csp = original_csp(file->content_type)) res.set("Content-Security-Policy", csp);
    res.set(http::field::content_type, file->content_type);
    res.set(http::field::content_disposition,
            content_disposition(std::filesystem::path(file->path).filename().string()));
    // The file may change with the next indexing run.
    res.set(http::field::cache_control, "no-cache");
    res.keep_alive(info.keep_alive);
  };
  if (info.head) {
    HttpResponse res{http::status::ok, 11};
    headers(res);
    res.content_length(file->size);
    return res;
  }
  beast::file f;
  f.native_handle(file->file.release());
  FileResponse res{http::status::ok, 11};
  headers(res);
  beast::error_code ec;
  res.body().reset(std::move(f), ec);
  if (ec) return refuse("cannot read: " + ec.message());
  res.prepare_payload();
  return res;
}

// "[28/Nov/2026:21:20:00 +0000]", the Common Log Format's time, in UTC.
std::string log_time() {
  static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[40];
  std::snprintf(buf, sizeof buf, "[%02d/%s/%04d:%02d:%02d:%02d +0000]", utc.tm_mday,
                months[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
  return buf;
}

// A log field between quotes: '"', '\' and control bytes escaped as \xHH,
// as Apache does, so a request cannot forge log lines.
std::string log_quoted(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace

// The Asio machinery behind Server: the acceptor, the connections, the
// worker pool. Everything but the pool runs on run()'s thread.
struct Server::Impl {
  class Session;

  // Declared before io: destroying io destroys the handlers that still
  // hold sessions, whose destructors update these.
  ServeOptions options;
  std::vector<Asset> assets;
  std::FILE* access_log = stderr;
  std::size_t max_connections = 0;  // options.limits.connections, or less (fd limit)
  std::atomic<std::size_t> open_connections{0};
  std::map<asio::ip::address, std::size_t> per_address;
  std::set<Session*> sessions;
  std::atomic<bool> running{false};
  bool stopping = false;

  asio::io_context io{1};
  tcp::acceptor acceptor{io};
  asio::steady_timer accept_retry{io};
  int port = -1;
  // Declared after io: destroyed first, its workers' last answers posted.
  std::optional<WorkerPool> pool;

  explicit Impl(ServeOptions opts);
  ~Impl() {
    if (access_log != stderr) std::fclose(access_log);
  }
  void accept();
  void refuse(tcp::socket socket, const char* why);
  void log_access(const asio::ip::address& client, const RequestInfo& info, unsigned status,
                  std::size_t bytes);
  nlohmann::json server_status() const {
    return {{"workers", pool ? pool->size() : 0},
            {"open_connections", open_connections.load()},
            {"limits",
             {{"connections", max_connections},
              {"connections_per_address", options.limits.connections_per_address},
              {"request_deadline_ms", options.limits.request_deadline.count()},
              {"queued_searches", options.limits.queued_searches},
              {"queue_wait_ms", options.limits.queue_wait.count()},
              {"header_bytes", k_max_header_bytes},
              {"header_fields", k_max_header_fields},
              {"body_bytes", k_max_body_bytes},
              {"compare_groups", k_max_compare_groups}}}};
  }
};

// One client connection: reads requests under one deadline each (the idle
// wait, head and body together, not per read), answers them in turn, and
// closes gracefully.
class Server::Impl::Session : public std::enable_shared_from_this<Session> {
 public:
  Session(Impl& server, tcp::socket socket, asio::ip::address client)
      : server_(server),
        socket_(std::move(socket)),
        deadline_(server.io),
        client_(std::move(client)) {
    server_.sessions.insert(this);
  }
  ~Session() {
    server_.sessions.erase(this);
    if (--server_.per_address[client_] == 0) server_.per_address.erase(client_);
    --server_.open_connections;
  }

  void start() { read_next(); }

  // Server stopping: a connection waiting for a request is closed; one
  // whose request is being answered finishes it (then closes).
  void stop() {
    beast::error_code ignored;
    if (reading_) socket_.cancel(ignored);
  }

 private:
  // Cancels what the connection is doing once `after` has passed: a read
  // ends with operation_aborted (and timed_out_ set), anything else closes.
  void arm(std::chrono::steady_clock::duration after) {
    timed_out_ = false;
    deadline_.expires_after(after);
    deadline_.async_wait([weak = weak_from_this()](beast::error_code ec) {
      auto self = weak.lock();
      if (ec || !self) return;
      self->timed_out_ = true;
      beast::error_code ignored;
      if (self->reading_)
        self->socket_.cancel(ignored);
      else
        self->socket_.close(ignored);
    });
  }

  void read_next() {
    if (server_.stopping) return close();
    reading_ = true;
    info_ = RequestInfo{};
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(k_max_header_bytes));
    parser_->body_limit(k_max_body_bytes);
    // One deadline for the whole request: trickling a byte at a time does
    // not extend it.
    arm(server_.options.limits.request_deadline);
    http::async_read_header(
        socket_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    if (ec) return read_failed(ec);
    const auto& req = parser_->get();
    std::size_t fields = 0;
    for (auto it = req.begin(); it != req.end(); ++it) ++fields;
    if (fields > k_max_header_fields) {
      return reply_error(
          431, "too many header fields (over " + std::to_string(k_max_header_fields) + ")");
    }
    if (parser_->is_done()) return on_request();
    http::async_read(socket_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code e, std::size_t) {
                       if (e) return self->read_failed(e);
                       self->on_request();
                     });
  }

  void read_failed(beast::error_code ec) {
    reading_ = false;
    const bool started = buffer_.size() > 0 || parser_->got_some();
    if (timed_out_) {
      if (!started) return close();  // an idle keep-alive connection
      return reply_error(408, "request not received in time");
    }
    if (ec == http::error::end_of_stream || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || ec == asio::error::eof || !socket_.is_open())
      return close();
    if (ec == http::error::header_limit) {
      // Is the request line itself (the URI) over the limit?
      const auto data = buffer_.data();
      const std::string_view seen(static_cast<const char*>(data.data()), data.size());
      if (seen.find("\r\n") == std::string_view::npos)
        return reply_error(414, "request URI is too long");
      return reply_error(431, "request header is too large");
    }
    if (ec == http::error::body_limit)
      return reply_error(
          413, "request body is too large (over " + std::to_string(k_max_body_bytes) + " bytes)");
    reply_error(400, "malformed request: " + ec.message());
  }

  // An error answer after which the connection is closed (the rest of the
  // request cannot be told apart from the next one).
  void reply_error(unsigned status, const std::string& message) {
    info_.keep_alive = false;
    send(json_response(status, info_, {{"error", message}}));
  }

  void on_request() {
    reading_ = false;
    deadline_.cancel();
    const auto& req = parser_->get();
    info_.method = std::string(req.method_string());
    info_.line = info_.method + " " + std::string(req.target()) + " HTTP/" +
                 std::to_string(req.version() / 10) + "." + std::to_string(req.version() % 10);
    info_.referer = std::string(req[http::field::referer]);
    info_.user_agent = std::string(req[http::field::user_agent]);
    info_.head = req.method() == http::verb::head;
    info_.keep_alive = req.keep_alive() && !server_.stopping;
    info_.gzip = accepts_gzip(req[http::field::accept_encoding]);
    if (req.version() != 10 && req.version() != 11) {
      info_.keep_alive = false;
      return send(json_response(400, info_, {{"error", "unsupported HTTP version"}}));
    }
    const bool get = req.method() == http::verb::get || info_.head;
    auto target = std::make_shared<Target>(req.target());
    if (target->path.rfind("/api/", 0) == 0) {
      if (!get) {
        HttpResponse res = json_response(
            405, info_,
            {{"error", "method " + info_.method + " not allowed: the API answers GET"}});
        res.set(http::field::allow, "GET");
        return send(std::move(res));
      }
      if (!api_endpoint(target->path))  // answered here: no worker needed
        return send(json_response(404, info_, {{"error", "no such API endpoint"}}));
      return search(std::move(target));
    }
    if (target->path.rfind(k_original_prefix, 0) == 0) {
      if (!get) {
        HttpResponse res = make_response(405, info_);
        set_body(res, info_, "Metoden er ikke tilladt.", "text/plain; charset=utf-8");
        res.set(http::field::allow, "GET, HEAD");
        return send(std::move(res));
      }
      // The id as the indexer makes them, nothing else: a path, "..",
      // "%2e%2e" or a NUL never reaches a file name.
      auto id = item_id("/api/item/" + target->path.substr(k_original_prefix.size()));
      if (!id) {
        log_line(info_.line + ": 404: original refused: not a document id");
        return send(not_found(info_));
      }
      return original(std::move(*id));
    }
    for (const Asset& asset : server_.assets) {
      if (asset.path != target->path) continue;
      if (!get) {
        HttpResponse res = make_response(405, info_);
        set_body(res, info_, "Metoden er ikke tilladt.", "text/plain; charset=utf-8");
        res.set(http::field::allow, "GET, HEAD");
        return send(std::move(res));
      }
      return send_asset(asset, req[http::field::if_none_match]);
    }
    HttpResponse res = make_response(404, info_);
    set_body(res, info_, "Siden findes ikke.", "text/plain; charset=utf-8");
    send(std::move(res));
  }

  // Looks the original up and opens it on a worker (the index is read
  // there); the answer comes back to this thread.
  void original(std::string id) {
    WorkerPool::Job job;
    job.run = [self = shared_from_this(), id = std::move(id), guard = asio::make_work_guard(server_.io),
               info = info_](WorkerSearcher* searcher) mutable {
      auto res = std::make_shared<AnyResponse>(
          searcher ? original_answer(id, info, *searcher)
                   : AnyResponse(unavailable(info, "the server is busy; try again shortly")));
      Impl& server = self->server_;
      asio::post(server.io, [self = std::move(self), res] {
        std::visit([&](auto& r) { self->send(std::move(r)); }, *res);
      });
    };
    if (!server_.pool->submit(std::move(job)))
      send(unavailable(info_, "the server is busy; try again shortly"));
  }

  void send_asset(const Asset& asset, std::string_view if_none_match) {
    const bool fresh =
        if_none_match == "*" ||
        (!if_none_match.empty() && if_none_match.find(asset.etag) != std::string_view::npos);
    HttpResponse res = make_response(fresh ? 304 : 200, info_);
    res.set(http::field::etag, asset.etag);
    // Revalidated on each use (the ETag makes that a 304): the assets are
    // part of the binary and change when it does.
    res.set(http::field::cache_control, "no-cache");
    res.set(http::field::vary, "Accept-Encoding");
    if (fresh) return send(std::move(res));
    set_body(res, info_, asset.body, asset.content_type, &asset.gzipped);
    send(std::move(res));
  }

  // Runs the API request on a worker; its answer comes back to this thread.
  void search(std::shared_ptr<Target> target) {
    WorkerPool::Job job;
    // The job holds the only reference it has to this session until it
    // hands it back to run()'s thread (moved, not copied), so that the
    // session is never destroyed on a worker thread.
    job.run = [self = shared_from_this(), target, guard = asio::make_work_guard(server_.io),
               info = info_](WorkerSearcher* searcher) mutable {
      auto res = std::make_shared<HttpResponse>(
          searcher
              ? api_answer(*target, info, *searcher, [&] { return self->server_.server_status(); })
              : unavailable(info, "the server is busy; try again shortly"));
      Impl& server = self->server_;
      asio::post(server.io, [self = std::move(self), res] { self->send(std::move(*res)); });
    };
    if (!server_.pool->submit(std::move(job)))
      send(unavailable(info_, "the server is busy; try again shortly"));
  }

  template <class Body>
  void send(http::response<Body> res) {
    auto response = std::make_shared<http::response<Body>>(std::move(res));
    if (!response->has_content_length()) response->content_length(response->payload_size().value_or(0));
    if (server_.stopping) response->keep_alive(false);
    const unsigned status = response->result_int();
    const bool keep = response->keep_alive();
    const std::size_t bytes = info_.head ? 0 : static_cast<std::size_t>(response->payload_size().value_or(0));
    auto deadline = server_.options.limits.request_deadline;
    // An original file may be large: its client gets time to read it at a
    // slow but steady rate on top of the usual deadline.
    if constexpr (std::is_same_v<Body, http::file_body>)
      deadline += std::chrono::seconds(bytes / k_min_file_rate);
    arm(deadline);
    // The response lives in the handler until the write is done.
    http::async_write(socket_, *response,
                      [self = shared_from_this(), response, status, keep, bytes](beast::error_code ec,
                                                                               std::size_t) {
                        self->on_written(ec, status, keep && !ec, bytes);
                      });
  }

  void on_written(beast::error_code ec, unsigned status, bool keep, std::size_t bytes) {
    deadline_.cancel();
    server_.log_access(client_, info_, status, bytes);
    beast::error_code ignored;
    if (ec) {
      socket_.close(ignored);
      return;
    }
    if (!keep) return close();
    read_next();
  }

  // Sends FIN and reads what the client still sends (for up to k_linger)
  // before closing: closing with unread bytes would reset the connection
  // and could destroy the answer before the client has read it.
  void close() {
    if (!socket_.is_open()) return;
    beast::error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_send, ignored);
    // Stopping: a client that does not close within a moment must not hold
    // up the end of run().
    arm(server_.stopping ? std::chrono::milliseconds(200) : k_linger);
    drain();
  }

  void drain() {
    socket_.async_read_some(asio::buffer(scratch_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              if (!ec) return self->drain();
                              beast::error_code ignored;
                              self->deadline_.cancel();
                              self->socket_.close(ignored);
                            });
  }

  Impl& server_;
  tcp::socket socket_;
  asio::steady_timer deadline_;
  asio::ip::address client_;
  beast::flat_buffer buffer_{k_max_header_bytes + k_max_body_bytes};
  std::optional<http::request_parser<http::string_body>> parser_;
  RequestInfo info_;
  bool reading_ = false;
  bool timed_out_ = false;
  std::array<char, 512> scratch_;
};

Server::Impl::Impl(ServeOptions opts) : options(std::move(opts)) {
  Searcher check(options.databases);  // fail early on a bad database
  max_connections = options.limits.connections;
  if (!options.access_log.empty()) {
    access_log = std::fopen(options.access_log.c_str(), "a");
    if (!access_log) {
      access_log = stderr;
      throw std::runtime_error("cannot open access log " + options.access_log + ": " +
                               std::strerror(errno));
    }
  }
  // A line at a time (stderr is unbuffered already).
  if (access_log != stderr) std::setvbuf(access_log, nullptr, _IOLBF, 1 << 16);
  // Each connection is a file descriptor: raise the soft limit as far as
  // the hard one allows, and hold fewer connections if that is not enough.
  rlimit files{};
  if (getrlimit(RLIMIT_NOFILE, &files) == 0) {
    const rlim_t want = max_connections + 256;
    if (files.rlim_cur < want) {
      files.rlim_cur = std::min(want, files.rlim_max);
      setrlimit(RLIMIT_NOFILE, &files);
      getrlimit(RLIMIT_NOFILE, &files);
    }
    if (files.rlim_cur < want)
      max_connections = files.rlim_cur > 512 ? files.rlim_cur - 256 : files.rlim_cur / 2;
    // The rest are for the index's files and the log.
  }
  for (const auto& a : web_assets()) {
    std::string body(a.content);
    assets.push_back({a.path, a.content_type, body, gzip(body), etag_of(body)});
  }

  const std::string where = options.host + ":" + std::to_string(options.port);
  beast::error_code ec;
  tcp::resolver resolver(io);
  const auto found = resolver.resolve(options.host, std::to_string(options.port),
                                      tcp::resolver::passive | tcp::resolver::numeric_service, ec);
  if (ec) throw std::runtime_error("cannot listen on " + where + ": " + ec.message());
  std::string reason = "no address";
  for (const auto& entry : found) {
    acceptor.open(entry.endpoint().protocol(), ec);
    if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);  // restart past TIME_WAIT
    if (!ec) acceptor.bind(entry.endpoint(), ec);
    if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (!ec) break;
    reason = ec.message();
    beast::error_code ignored;
    acceptor.close(ignored);
  }
  if (!acceptor.is_open()) throw std::runtime_error("cannot listen on " + where + ": " + reason);
  port = acceptor.local_endpoint().port();
}

void Server::Impl::accept() {
  acceptor.async_accept([this](beast::error_code ec, tcp::socket socket) {
    if (stopping || ec == asio::error::operation_aborted) return;
    if (ec) {
      // Out of file descriptors or memory: wait a little rather than spin.
      log_line("accept: " + ec.message());
      accept_retry.expires_after(std::chrono::milliseconds(100));
      accept_retry.async_wait([this](beast::error_code e) {
        if (!e) accept();
      });
      return;
    }
    beast::error_code e;
    const auto client = socket.remote_endpoint(e).address();
    if (e) return accept();  // the client has already gone
    if (open_connections >= max_connections) {
      refuse(std::move(socket), "too many connections");
    } else if (per_address[client] >= options.limits.connections_per_address) {
      refuse(std::move(socket), "too many connections from your address");
    } else {
      ++per_address[client];
      ++open_connections;
      std::make_shared<Session>(*this, std::move(socket), client)->start();
    }
    accept();
  });
}

void Server::Impl::refuse(tcp::socket socket, const char* why) {
  // The answer fits in the socket's send buffer: written at once, without
  // holding anything for this client. Its request is not read.
  RequestInfo info;
  HttpResponse res = unavailable(info, why);
  res.prepare_payload();
  std::ostringstream out;
  out << res;
  beast::error_code ec;
  const auto client = socket.remote_endpoint(ec).address();
  socket.non_blocking(true, ec);
  asio::write(socket, asio::buffer(out.str()), ec);
  socket.shutdown(tcp::socket::shutdown_send, ec);
  log_access(client, info, 503, res.body().size());
  // Closing now may reset the connection if the client's request arrives
  // later; a lingering close would let the refused hold sockets.
  socket.close(ec);
}

void Server::Impl::log_access(const asio::ip::address& client, const RequestInfo& info,
                              unsigned status, std::size_t bytes) {
  // Combined Log Format: host ident user [time] "request" status bytes "referer" "agent".
  std::string line = client.to_string() + " - - " + log_time() + " " +
                     (info.line == "-" ? "\"-\"" : log_quoted(info.line)) + " " +
                     std::to_string(status) + " " + (bytes ? std::to_string(bytes) : "-") + " " +
                     (info.referer.empty() ? "\"-\"" : log_quoted(info.referer)) + " " +
                     (info.user_agent.empty() ? "\"-\"" : log_quoted(info.user_agent)) + "\n";
  std::fwrite(line.data(), 1, line.size(), access_log);
}

Server::Server(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

Server::~Server() = default;

int Server::port() const { return impl_->port; }

void Server::run() {
  Impl& s = *impl_;
  if (!s.pool) s.pool.emplace(s.options);
  s.io.restart();
  s.stopping = false;
  s.accept();
  s.running = true;
  struct NotRunning {
    std::atomic<bool>& running;
    ~NotRunning() { running = false; }
  } not_running{s.running};
  s.io.run();
}

void Server::stop() {
  if (!impl_->running) return;
  asio::post(impl_->io, [&s = *impl_] {
    if (s.stopping) return;
    s.stopping = true;
    beast::error_code ignored;
    s.acceptor.close(ignored);
    s.accept_retry.cancel();
    for (auto* session : s.sessions) session->stop();
  });
}

bool Server::running() const { return impl_->running; }

StopSignals::StopSignals() {
  sigemptyset(&signals_);
  sigaddset(&signals_, SIGTERM);
  sigaddset(&signals_, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals_, &old_mask_);
}

StopSignals::~StopSignals() { pthread_sigmask(SIG_SETMASK, &old_mask_, nullptr); }

void StopSignals::run(Server& server) {
  using namespace std::chrono_literals;
  std::atomic<bool> done = false;
  // Signals are taken by this thread with sigtimedwait(), not by a handler,
  // so stop() (not async-signal-safe) runs in an ordinary thread.
  std::thread waiter([&] {
    const timespec tick{0, 100'000'000};  // how often to look whether run() ended
    while (!done) {
      if (sigtimedwait(&signals_, nullptr, &tick) < 0) continue;  // timeout or EINTR
      // stop() does nothing before run() has started.
      while (!done && !server.running()) std::this_thread::sleep_for(1ms);
      if (!done) server.stop();
      return;
    }
  });
  // Ends the waiter however run() ends, returning or throwing.
  struct Join {
    std::atomic<bool>& done;
    std::thread& waiter;
    ~Join() {
      done = true;
      waiter.join();
    }
  } join{done, waiter};
  server.run();
}

}  // namespace searcher
