#include "searcher/server.h"

#include <netdb.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <system_error>
#include <thread>

#include <httplib.h>
#include <xapian.h>

#include "searcher/output.h"
#include "searcher/searcher.h"
#include "searcher/web_assets.h"

namespace searcher {
namespace {

// A request parameter the user must fix: answered with 400.
class BadRequest : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

constexpr std::size_t k_worker_threads = 32;

std::string dump(const nlohmann::json& j) {
  // Minutes and queries may hold invalid UTF-8; never let that become a 500.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  // The answer echoes the query; a browser must never sniff it as HTML.
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_content(dump(body), "application/json; charset=utf-8");
}

std::string param(const httplib::Request& req, const char* name) {
  return req.has_param(name) ? req.get_param_value(name) : std::string();
}

std::vector<std::string> params(const httplib::Request& req, const char* name) {
  std::vector<std::string> out;
  const std::size_t n = req.get_param_value_count(name);
  for (std::size_t i = 0; i < n; ++i) {
    std::string v = req.get_param_value(name, i);
    if (v.size() > 200) throw BadRequest(std::string("parameter ") + name + " is too long");
    if (!v.empty()) out.push_back(std::move(v));
  }
  return out;
}

unsigned number(const httplib::Request& req, const char* name, unsigned fallback, unsigned max) {
  const std::string v = param(req, name);
  if (v.empty()) return fallback;
  if (v.size() > 6 || v.find_first_not_of("0123456789") != std::string::npos)
    throw BadRequest(std::string("parameter ") + name + " must be a whole number");
  const unsigned n = static_cast<unsigned>(std::stoul(v));
  if (n > max)
    throw BadRequest(std::string("parameter ") + name + " must be at most " + std::to_string(max));
  return n;
}

Request read_request(const httplib::Request& req, unsigned default_limit) {
  Request r;
  r.query = param(req, "q");
  if (r.query.size() > k_max_query_bytes)
    throw BadRequest("query is too long (over " + std::to_string(k_max_query_bytes) + " bytes)");
  r.filters.clusters = params(req, "cluster");
  r.filters.regions = params(req, "region");
  r.filters.forums = params(req, "forum");
  r.filters.persons = params(req, "person");
  r.filters.sections = params(req, "section");
  if (const auto from = param(req, "from"); !from.empty()) r.filters.from = from;
  if (const auto to = param(req, "to"); !to.empty()) r.filters.to = to;
  const std::string sort = param(req, "sort");
  if (sort.empty() || sort == "relevance")
    r.sort = Sort::relevance;
  else if (sort == "date")
    r.sort = Sort::date;
  else if (sort == "-date")
    r.sort = Sort::date_desc;
  else
    throw BadRequest("parameter sort must be relevance, date or -date");
  r.limit = number(req, "limit", default_limit, k_max_page);
  r.offset = number(req, "offset", 0, k_max_offset);
  return r;
}

// This worker thread's Searcher over `options`' databases, opened on first use
// (or anew when `reopen`). Searcher is not thread-safe (one Xapian::Database
// must not be used from two threads), and a mutex around one Searcher would
// serialise every search; a Searcher per worker thread costs one open
// database per worker and no locking. It lives outside the handler template so
// that a thread keeps one Searcher for all endpoints, not one per endpoint.
Searcher& worker_searcher(const ServeOptions& options, bool reopen) {
  thread_local const ServeOptions* owner = nullptr;
  thread_local std::unique_ptr<Searcher> searcher;
  if (reopen || !searcher || owner != &options) {
    searcher.reset();  // close the old database before opening the new one
    searcher = std::make_unique<Searcher>(options.databases);
    owner = &options;
  }
  return *searcher;
}

// Runs `f` with this worker thread's Searcher and maps errors to statuses:
// the user's mistakes are 4xx, a broken index 503.
template <typename F>
void answer(const ServeOptions& options, httplib::Response& res, F&& f) {
  try {
    try {
      send_json(res, 200, f(worker_searcher(options, false)));
    } catch (const DatabaseError&) {
      // A rebuild may have swapped the index under this reader: open it anew once.
      send_json(res, 200, f(worker_searcher(options, true)));
    }
  } catch (const BadRequest& e) {
    send_json(res, 400, {{"error", e.what()}});
  } catch (const QueryError& e) {
    send_json(res, 400, {{"error", e.what()}});
  } catch (const NotFound& e) {
    send_json(res, 404, {{"error", e.what()}});
  } catch (const AmbiguousPerson& e) {
    send_json(res, 409, {{"error", e.what()}, {"candidates", e.candidates()}});
  } catch (const DatabaseError& e) {
    send_json(res, 503, {{"error", e.what()}});
  } catch (const Xapian::QueryParserError& e) {
    // Searcher maps these to QueryError; kept here so a query path that
    // forgets still answers the user's mistake with a 400.
    send_json(res, 400, {{"error", "cannot parse query: " + e.get_msg()}});
  } catch (const Xapian::InvalidArgumentError& e) {
    send_json(res, 400, {{"error", "invalid request: " + e.get_msg()}});
  } catch (const Xapian::Error& e) {
    // Not a std::exception: without this, cpp-httplib answers an empty 500.
    send_json(res, 503, {{"error", "index: " + e.get_description()}});
  } catch (const std::exception& e) {
    send_json(res, 500, {{"error", std::string("internal error: ") + e.what()}});
  }
}

// Why `host`:`port` cannot be bound and listened on ("Address already in
// use", "Name or service not known"), found by trying it as cpp-httplib
// does: its bind_to_port() tells only that it failed.
std::string bind_error(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* found = nullptr;
  if (const int rc = getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found))
    return gai_strerror(rc);
  std::string reason = "unknown error";
  for (const addrinfo* a = found; a; a = a->ai_next) {
    const int fd = ::socket(a->ai_family, a->ai_socktype, a->ai_protocol);
    if (fd < 0) {
      reason = std::system_category().message(errno);
      continue;
    }
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, 1) != 0)
      reason = std::system_category().message(errno);
    ::close(fd);
  }
  freeaddrinfo(found);
  return reason;
}

}  // namespace

Server::Server(ServeOptions opts)
    : options_(std::move(opts)), http_(std::make_unique<httplib::Server>()) {
  Searcher check(options_.databases);  // fail early on a bad database
  const ServeOptions& options = options_;
  httplib::Server& server = *http_;
  // cpp-httplib sets SO_REUSEPORT, with which a second server binds the
  // port of a running one and the two share its connections; SO_REUSEADDR
  // alone still allows a restart while old connections linger in TIME_WAIT.
  server.set_socket_options([](int sock) {
    const int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  server.set_payload_max_length(64 * 1024);
  server.set_read_timeout(5, 0);  // a client that never finishes sending is cut off
  server.set_write_timeout(5, 0);
  // cpp-httplib gives each connection a worker thread for as long as it is
  // kept alive; enough workers and short keep-alives keep slow or idle
  // clients from starving the others.
  server.new_task_queue = [] { return new httplib::ThreadPool(k_worker_threads); };
  server.set_keep_alive_max_count(100);
  server.set_keep_alive_timeout(2);

  server.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
    answer(options_, res, [&](Searcher& s) { return to_json(s.search(read_request(req, 10))); });
  });
  server.Get("/api/compare", [this](const httplib::Request& req, httplib::Response& res) {
    answer(options_, res, [&](Searcher& s) {
      const std::string by = param(req, "by");
      return to_json(s.compare(read_request(req, 3), parse_group_by(by.empty() ? "cluster" : by)));
    });
  });
  server.Get("/api/attendance", [this](const httplib::Request& req, httplib::Response& res) {
    answer(options_, res, [&](Searcher& s) {
      const std::string name = param(req, "name");
      if (name.empty() || name.size() > 200) throw BadRequest("parameter name must be 1-200 bytes");
      return s.attendance(name);
    });
  });
  server.Get(R"(/api/item/([0-9a-f]{1,16}(-[0-9]{1,6})?))",
             [this](const httplib::Request& req, httplib::Response& res) {
               answer(options_, res, [&](Searcher& s) { return s.show(req.matches[1]); });
             });
  server.Get(R"(/api/.*)", [](const httplib::Request&, httplib::Response& res) {
    send_json(res, 404, {{"error", "no such API endpoint"}});
  });
  // The page and its assets, built into the binary: nothing is read from disk.
  for (const auto& asset : web_assets()) {
    const std::string path = asset.path;
    server.Get(path, [asset](const httplib::Request&, httplib::Response& res) {
      res.set_header("X-Content-Type-Options", "nosniff");
      res.set_header(
          "Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'");
      res.set_content(std::string(asset.content), asset.content_type);
    });
  }
  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    const bool api = req.path.rfind("/api/", 0) == 0;
    if (api && req.method != "GET" && req.method != "HEAD" &&
        (res.status == 404 || res.status == 400)) {
      // The API only reads. cpp-httplib answers a method without routes 404
      // (POST, PUT, PATCH, DELETE, OPTIONS) or 400 (TRACE), after reading
      // any body, so the connection stays usable; say what is wrong instead.
      res.set_header("Allow", "GET");
      send_json(res, 405,
                {{"error", "method " + req.method + " not allowed: the API answers GET"}});
    } else if (res.status == 404 && !api) {
      res.set_content("Siden findes ikke.", "text/plain; charset=utf-8");
    } else if (res.body.empty()) {
      send_json(res, res.status, {{"error", "HTTP " + std::to_string(res.status)}});
    }
  });

  port_ = options.port == 0 ? server.bind_to_any_port(options.host)
                            : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port_ < 0)
    throw std::runtime_error("cannot listen on " + options.host + ":" +
                             std::to_string(options.port) + ": " +
                             bind_error(options.host, options.port));
}

Server::~Server() = default;

void Server::run() {
  if (!http_->listen_after_bind())
    throw std::runtime_error("stopped listening on " + options_.host + ":" + std::to_string(port_) +
                             ": cannot accept connections");
}

void Server::stop() { http_->stop(); }

bool Server::running() const { return http_->is_running(); }

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
      // cpp-httplib ignores a stop() before its accept loop runs.
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
