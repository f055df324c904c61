// The HTTP server: the JSON API (docs/SEARCH.md) and the web page.
#pragma once

#include <chrono>
#include <csignal>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "searcher/request.h"

namespace searcher {

// What clients may hold. A client over a bound gets 503 with Retry-After
// (connections, a full search queue) or 408 (too slow), and its connection
// is closed.
struct ServeLimits {
  std::size_t connections = 4096;  // open at once, all clients (lower if the fd limit is)
  std::size_t connections_per_address = 256;
  // For each request: the wait for it (keep-alive idle time included), its
  // head and its body together, however the bytes trickle in.
  std::chrono::milliseconds request_deadline{10'000};
  std::size_t workers = 0;                      // search threads; 0: twice the cores, 4 to 32
  std::size_t queued_searches = 64;             // waiting for a worker; 0: none may wait
  std::chrono::milliseconds queue_wait{1'000};  // longest wait before 503
};

struct ServeOptions {
  std::vector<std::string> databases;
  std::string host = "127.0.0.1";  // loopback unless asked otherwise
  int port = 8080;                 // 0: any free port (see Server::port())
  // File the access log is appended to, one line per request in the
  // Combined Log Format; empty: standard error.
  std::string access_log;
  ServeLimits limits;
};

// Bounds on what one request may ask for: searcher/request.h.

// Bounds on a request's head and body: a client over them gets 413, 414
// or 431 and its connection is closed.
inline constexpr std::size_t k_max_header_bytes = 8 * 1024;  // request line and headers
inline constexpr std::size_t k_max_header_fields = 64;
inline constexpr std::size_t k_max_body_bytes = 64 * 1024;
// Most groups one /api/compare answers (each costs three searches); the
// answer says when groups were left out ("groups_capped": true).
inline constexpr std::size_t k_max_compare_groups = 30;

// The HTTP server over the databases of `options`: one thread (run()'s)
// reads and writes every connection asynchronously; searches run on a
// bounded pool of worker threads, each with its own Searcher.
class Server {
 public:
  // Opens the databases and binds the socket. Throws DatabaseError if a
  // database cannot be opened, std::runtime_error naming the address and
  // the reason ("cannot listen on 127.0.0.1:8080: Address already in use")
  // if it cannot bind, also when another process listens on the port, or
  // if the access log cannot be opened.
  explicit Server(ServeOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The bound port (useful with port 0).
  int port() const;

  // Answers requests until stop() is called (from another thread). Throws
  // std::runtime_error if accepting connections fails for good.
  void run();
  // Stops a running run(): no new connections, idle connections closed; the
  // requests in progress are answered, then run() returns. Does nothing
  // unless run() is running. Thread-safe.
  void stop();
  // True while run() answers requests (stop() has an effect).
  bool running() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// SIGTERM and SIGINT as requests to stop serving. While a StopSignals exists,
// those signals are blocked in the thread that made it and in every thread
// started from it later (so make it before any), where they would otherwise
// end the process at once; run() takes them instead.
class StopSignals {
 public:
  StopSignals();
  ~StopSignals();  // restores the signal mask
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  // Runs `server` until SIGTERM or SIGINT arrives, then stops it gracefully
  // (Server::stop()) and returns. Throws what Server::run() throws.
  void run(Server& server);

 private:
  sigset_t signals_;
  sigset_t old_mask_;
};

}  // namespace searcher
