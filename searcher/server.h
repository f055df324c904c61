// The HTTP server: the JSON API of DESIGN.md §6 and the web page.
#pragma once

#include <csignal>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace httplib {
class Server;
}

namespace searcher {

struct ServeOptions {
  std::vector<std::string> databases;
  std::string host = "127.0.0.1";  // loopback unless asked otherwise
  int port = 8080;                 // 0: any free port (see Server::port())
};

// Bounds on what one request may ask for.
inline constexpr std::size_t k_max_query_bytes = 1000;
inline constexpr unsigned k_max_page = 100;
inline constexpr unsigned k_max_offset = 10000;

// The HTTP server over the databases of `options`.
class Server {
 public:
  // Opens the databases and binds the socket. Throws DatabaseError if a
  // database cannot be opened, std::runtime_error naming the address and
  // the reason ("cannot listen on 127.0.0.1:8080: Address already in use")
  // if it cannot bind, also when another process listens on the port.
  explicit Server(ServeOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The bound port (useful with port 0).
  int port() const { return port_; }

  // Answers requests until stop() is called (from another thread). Throws
  // std::runtime_error if accepting connections fails.
  void run();
  // Stops a running run(): no new connections; the requests in progress are
  // answered, then run() returns. Does nothing unless run() is running.
  void stop();
  // True while run() answers requests (stop() has an effect).
  bool running() const;

 private:
  ServeOptions options_;
  std::unique_ptr<httplib::Server> http_;
  int port_ = -1;
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
