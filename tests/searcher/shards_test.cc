// A sharded index, read locally through its stub and remotely through two
// xapian-tcpsrv processes, answers exactly as a single index does.
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "searcher/searcher.h"

namespace fs = std::filesystem;

namespace {

// A free TCP port on 127.0.0.1 (bound and released; tcpsrv binds it next).
int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

// xapian-tcpsrv serving one shard on 127.0.0.1 for the test's lifetime.
class TcpServer {
 public:
  explicit TcpServer(const std::string& db) : port_(free_port()) {
    pid_ = ::fork();
    if (pid_ == 0) {
      // Its own process group: on SIGTERM, xapian-tcpsrv signals its whole
      // group (kill(0, ...)) to stop its connection children.
      ::setpgid(0, 0);
      const std::string port = std::to_string(port_);
      ::execlp("xapian-tcpsrv", "xapian-tcpsrv", "--quiet", "--interface", "127.0.0.1", "--port",
               port.c_str(), db.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    // Wait until it answers.
    for (int i = 0; i < 100; ++i) {
      try {
        Xapian::Database probe = Xapian::Remote::open("127.0.0.1", port_);
        return;
      } catch (const Xapian::Error&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
  }
  ~TcpServer() {
    ::kill(-pid_, SIGTERM);
    ::waitpid(pid_, nullptr, 0);
  }
  std::string url() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

 private:
  int port_;
  pid_t pid_;
};

// Hits as (score, id) with ties ordered by id, since ties between equal
// scores are broken by docid, which differs between layouts.
std::vector<std::pair<long long, std::string>> ranking(const searcher::Result& r) {
  std::vector<std::pair<long long, std::string>> out;
  for (const auto& h : r.hits) out.emplace_back(std::llround(-h.score * 1e9), h.id);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(ShardsTest, RemoteShardsEqualSingleIndex) {
  const fs::path dir = fs::path(testing::TempDir()) / ("referat_shards_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  std::ostringstream errors;
  {
    indexer::Indexer one({(dir / "one").string(), 2, indexer::Rebuild::no, 1});
    one.index({REFERAT_SAMPLE_DIR}, errors);
    indexer::Indexer two({(dir / "two").string(), 2, indexer::Rebuild::no, 2});
    two.index({REFERAT_SAMPLE_DIR}, errors);
  }
  ASSERT_EQ(errors.str(), "");
  const auto shards = indexer::read_stub((dir / "two").string());
  ASSERT_EQ(shards.size(), 2u);
  TcpServer a(shards[0]), b(shards[1]);

  searcher::Searcher single({(dir / "one").string()});
  searcher::Searcher stub({(dir / "two").string()});
  searcher::Searcher local_shards({shards[0], shards[1]});
  searcher::Searcher remote({a.url(), b.url()});

  searcher::Filters fyn;
  fyn.clusters = {"Fyn"};
  searcher::Filters recent;
  recent.from = "2024-01-01";
  const std::vector<searcher::Request> requests = {
      {"klyngemidler", {}, searcher::Sort::relevance, 50, 0},
      {"sundhedsaftalen OR ledelsesprogram", {}, searcher::Sort::relevance, 50, 0},
      {"ledelsesprogram", fyn, searcher::Sort::relevance, 50, 0},
      {"\"det nationale ledelsesprogram\"", {}, searcher::Sort::relevance, 50, 0},
      {"", recent, searcher::Sort::date_desc, 50, 0},
      {"region:\"region nordjylland\" beslutning", {}, searcher::Sort::relevance, 5, 2},
  };
  for (const auto& req : requests) {
    const searcher::Result expected = single.search(req);
    for (auto* s : {&stub, &local_shards, &remote}) {
      const searcher::Result got = s->search(req);
      EXPECT_EQ(got.total, expected.total) << req.query;
      EXPECT_EQ(got.facets, expected.facets) << req.query;
      if (req.sort == searcher::Sort::relevance) {
        EXPECT_EQ(ranking(got), ranking(expected)) << req.query;
      } else {
        ASSERT_EQ(got.hits.size(), expected.hits.size());
        for (std::size_t i = 0; i < got.hits.size(); ++i)
          EXPECT_EQ(got.hits[i].meeting["date"], expected.hits[i].meeting["date"]);
      }
    }
  }
  // Compare view across remote shards too.
  searcher::Request q{"klyngemidler", {}, searcher::Sort::relevance, 3, 0};
  const auto c1 = single.compare(q, searcher::GroupBy::cluster);
  const auto c2 = remote.compare(q, searcher::GroupBy::cluster);
  ASSERT_EQ(c1.groups.size(), c2.groups.size());
  for (std::size_t i = 0; i < c1.groups.size(); ++i) {
    EXPECT_EQ(c1.groups[i].value, c2.groups[i].value);
    EXPECT_EQ(c1.groups[i].count, c2.groups[i].count);
    EXPECT_EQ(c1.groups[i].first_date, c2.groups[i].first_date);
  }
}

}  // namespace
