// The HTTP server: the JSON API of DESIGN.md §6 and the web page.
#pragma once

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
  int port = 8080;                 // 0: any free port (see on_listening)
};

// Bounds on what one request may ask for.
inline constexpr std::size_t k_max_query_bytes = 1000;
inline constexpr unsigned k_max_page = 100;
inline constexpr unsigned k_max_offset = 10000;

// The HTTP server over the databases of `options`.
class Server {
 public:
  // Opens the databases and binds the socket. Throws DatabaseError if a
  // database cannot be opened, std::runtime_error if it cannot bind.
  explicit Server(ServeOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The bound port (useful with port 0).
  int port() const { return port_; }

  // Answers requests until stop() is called (from another thread).
  void run();
  void stop();

 private:
  ServeOptions options_;
  std::unique_ptr<httplib::Server> http_;
  int port_ = -1;
};

}  // namespace searcher
