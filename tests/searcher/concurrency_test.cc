// Searches keep working while the indexer commits and rebuilds, in a
// searcher kept open and in searchers opened meanwhile.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "searcher/searcher.h"

namespace fs = std::filesystem;

namespace {

TEST(ConcurrencyTest, SearchesSurviveCommitsAndRebuilds) {
  const fs::path dir = fs::path(testing::TempDir()) / ("referat_concurrency_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  // Enough files that every run commits several times: six transactions.
  const std::size_t files = 6 * indexer::k_files_per_commit;
  std::size_t n = 0;
  while (n < files)
    for (const auto& f : fs::directory_iterator(REFERAT_SAMPLE_DIR))
      if (n < files) fs::copy_file(f.path(), dir / "in" / (std::to_string(n++) + ".txt"));
  const std::string db = (dir / "db").string();
  std::ostringstream errors;
  {
    indexer::Indexer idx({db, 2, indexer::Rebuild::no});
    idx.index({(dir / "in").string()}, errors);
  }
  std::atomic<bool> done{false};
  std::atomic<int> searches{0}, failures{0};
  std::string failure;
  std::mutex failure_mutex;
  // One searcher kept open (the server) and one opened for every search
  // (the command line): a commit can land while either opens or reads.
  auto search_loop = [&](bool open_each_time) {
    std::optional<searcher::Searcher> kept;
    while (!done) {
      try {
        if (open_each_time || !kept) kept.emplace(std::vector<std::string>{db});
        const auto r = kept->search({"klyngemidler", {}, searcher::Sort::relevance, 10, 0});
        if (r.total == 0) ++failures;
        ++searches;
      } catch (const std::exception& e) {
        const std::lock_guard lock(failure_mutex);
        failure = e.what();
        ++failures;
      }
    }
  };
  std::thread server(search_loop, false), command_line(search_loop, true);
  for (int round = 0; round < 3; ++round) {
    for (const auto& f : fs::directory_iterator(dir / "in"))
      fs::last_write_time(f.path(), fs::last_write_time(f.path()) + std::chrono::seconds(1));
    indexer::Indexer idx({db, 2, round % 2 ? indexer::Rebuild::yes : indexer::Rebuild::no});
    idx.index({(dir / "in").string()}, errors);
  }
  done = true;
  server.join();
  command_line.join();
  EXPECT_EQ(failures.load(), 0) << failure;
  EXPECT_GT(searches.load(), 10);
  EXPECT_EQ(errors.str(), "");
  fs::remove_all(dir);
}

}  // namespace
