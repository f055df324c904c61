// The hook indexer --watch relies on: Options::defer leaves a file as the
// index has it. (The watch itself runs end to end in tests/e2e/watch_test.sh.)
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "indexer/watch.h"
#include "indexer/word_codes.h"

namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::path(testing::TempDir()) / ("referat_watch_" + std::to_string(::getpid()) + "_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir / "minutes");
  for (const auto& entry : fs::directory_iterator(REFERAT_SAMPLE_DIR))
    fs::copy_file(entry.path(), dir / "minutes" / entry.path().filename());
  return dir;
}

// Documents with `word` (as its code: schema version 9).
Xapian::doccount documents_with(const fs::path& dir, const std::string& word) {
  const Xapian::Database db((dir / "db").string());
  const auto term = indexer::word_term(db, "", word);
  return term ? db.get_termfreq(*term) : 0;
}

TEST(WatchTest, DeferredFilesAreNeitherReadNorRemoved) {
  const fs::path dir = fresh_dir("defer");
  const std::string minutes = (dir / "minutes").string();
  std::ostringstream errors;
  indexer::Options options{(dir / "db").string(), 1, indexer::Rebuild::no};
  indexer::Indexer(options).index({minutes}, errors);
  const Xapian::doccount before = Xapian::Database((dir / "db").string()).get_doccount();

  // A file being written (deferred) gains a word: the index keeps its old version.
  fs::path growing;
  for (const auto& entry : fs::directory_iterator(minutes)) growing = entry.path();
  std::ofstream(growing, std::ios::app) << "\nzebrafinke\n";
  options.defer = [&](const std::string& path) { return fs::path(path) == growing; };
  indexer::Summary s = indexer::Indexer(options).index({minutes}, errors);
  EXPECT_EQ(s.files, 0u);
  EXPECT_EQ(documents_with(dir, "zebrafinke"), 0u);
  EXPECT_EQ(Xapian::Database((dir / "db").string()).get_doccount(), before);

  // Once no longer deferred, the complete file is read.
  options.defer = nullptr;
  s = indexer::Indexer(options).index({minutes}, errors);
  EXPECT_EQ(s.files, 1u);
  EXPECT_GT(documents_with(dir, "zebrafinke"), 0u);
  EXPECT_EQ(errors.str(), "");
}

TEST(WatchTest, AFolderThatIsNotADirectoryIsAUsageError) {
  std::ostringstream log, errors;
  indexer::WatchOptions options{{(fs::path(testing::TempDir()) / "referat_watch_db").string()},
                                {"/nonexistent/minutes"}};
  EXPECT_THROW(indexer::watch(options, log, errors), indexer::UsageError);
}

}  // namespace
