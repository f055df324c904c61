// A Searcher that stays open (as the server's do) across index updates.
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "indexer/schema.h"
#include "searcher/searcher.h"

namespace fs = std::filesystem;

namespace {

class ReaderRobustTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::TempDir()) / ("referat_reader_robust_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    copy_samples(0);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A copy of each sample file, named after `copy`.
  void copy_samples(int copy) {
    for (const auto& f : fs::directory_iterator(REFERAT_SAMPLE_DIR))
      fs::copy_file(f.path(), dir_ / "in" / (std::to_string(copy) + "-" + f.path().filename().string()));
  }
  void index(indexer::Rebuild rebuild) {
    indexer::Indexer idx({db(), 1, rebuild});
    std::ostringstream errors;
    idx.index({(dir_ / "in").string()}, errors);
    ASSERT_EQ(errors.str(), "");
  }
  std::string db() const { return (dir_ / "db").string(); }
  static Xapian::doccount total(searcher::Searcher& s) {
    return s.search({"klyngemidler", {}, searcher::Sort::relevance, 1, 0}).total;
  }

  fs::path dir_;
};

TEST_F(ReaderRobustTest, OpenReaderKeepsWorkingAcrossARebuild) {
  index(indexer::Rebuild::no);
  searcher::Searcher s({db()});
  const auto before = total(s);
  ASSERT_GT(before, 0u);
  copy_samples(1);
  index(indexer::Rebuild::yes);  // swaps the stub and removes the old generation
  EXPECT_GE(total(s), before);    // no error: still the old or already the new index
}

// A server's Searcher stays open for its whole life: it must answer from the
// rebuilt index, and see each commit, without a restart.
TEST_F(ReaderRobustTest, OpenReaderSeesARebuiltIndex) {
  index(indexer::Rebuild::no);
  searcher::Searcher s({db()});
  const auto before = total(s);
  copy_samples(1);
  index(indexer::Rebuild::yes);
  EXPECT_EQ(total(s), 2 * before);
}

TEST_F(ReaderRobustTest, OpenReaderSeesOneCommit) {
  index(indexer::Rebuild::no);
  searcher::Searcher s({db()});
  const auto before = total(s);
  copy_samples(1);
  index(indexer::Rebuild::no);
  EXPECT_EQ(total(s), 2 * before);
}

TEST_F(ReaderRobustTest, IndexOfAnotherSchemaVersionIsRefusedClearly) {
  index(indexer::Rebuild::no);
  {
    Xapian::WritableDatabase shard(indexer::read_stub(db()).front());
    shard.set_metadata(schema::k_schema_version_key, "");
    shard.commit();
  }
  try {
    searcher::Searcher s({db()});
    FAIL() << "opened an index of schema version 1";
  } catch (const searcher::DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("indexer --rebuild"), std::string::npos) << e.what();
  }
}

}  // namespace
