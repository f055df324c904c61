// What a searcher reads at open: the answers are the same whether the
// people and the cluster labels come from the indexer's snapshots
// (indexer/snapshot.h) or are computed from the index, as for an index
// whose snapshots are stale. Over the sample corpus, fixtures/people
// (namesakes told apart by their labels, a person who moved) and
// fixtures/moved (a cluster name in two regions).
#include <filesystem>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "indexer/snapshot.h"
#include "searcher/output.h"
#include "searcher/searcher.h"

namespace fs = std::filesystem;

namespace {

class OpenTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = (fs::path(testing::TempDir()) / ("referat_open_" + std::to_string(::getpid()))).string();
    fs::remove_all(db_);
    indexer::Indexer idx({db_, 1, indexer::Rebuild::yes});
    std::ostringstream errors;
    idx.index({REFERAT_SAMPLE_DIR, REFERAT_FIXTURES_DIR "/people", REFERAT_FIXTURES_DIR "/moved"}, errors);
    ASSERT_EQ(errors.str(), "");
  }
  static void TearDownTestSuite() { fs::remove_all(db_); }

  // Every answer the tests compare, as JSON text.
  static std::vector<std::string> answers() {
    searcher::Searcher s({db_});
    std::vector<std::string> out;
    auto search = [&](const std::string& query, searcher::Filters filters = {}) {
      out.push_back(searcher::to_json(s.search({query, std::move(filters), searcher::Sort::relevance, 20, 0})).dump());
    };
    search("klyngemidler");
    search("");
    search("Hanne Madsen");
    search("Lone Bertelsen");
    search("Peter Holm klyngemidler");
    search("Sejersdahl");
    search("klyngemidler i 2024");
    searcher::Filters midt;
    midt.clusters = {"Midt"};
    search("klyngemidler", midt);
    midt.clusters = {"Midt (Region Nordjylland)"};
    search("", midt);
    searcher::Filters person;
    person.persons = {"Hanne Madsen"};
    search("", person);
    out.push_back(searcher::to_json(s.compare({"klyngemidler", {}, searcher::Sort::relevance, 3, 0},
                                              searcher::GroupBy::cluster))
                      .dump());
    for (const char* name : {"Peter Holm", "Lone Kjær Bertelsen", "Eva Sejersdal", "Hanne Madsen"}) {
      try {
        out.push_back(s.attendance(name).dump());
      } catch (const searcher::AmbiguousPerson& e) {
        out.push_back(e.what());
      }
    }
    return out;
  }

  static inline std::string db_;
};

TEST_F(OpenTest, AnswersFromTheSnapshotsAreThoseComputedAtOpen) {
  const std::string shard = indexer::read_stub(db_).front();
  {
    // Current: read from the snapshots.
    const Xapian::Database db(db_);
    indexer::PersonRegistry people;
    ASSERT_TRUE(people.load_people(db));
    ASSERT_TRUE(indexer::load_cluster_regions(db).has_value());
  }
  const std::vector<std::string> from_snapshots = answers();
  {
    // A transaction that wrote no snapshot: both are stale now.
    Xapian::WritableDatabase w(shard, Xapian::DB_OPEN);
    indexer::next_revision(w, indexer::index_revision(w));
    w.commit();
    indexer::PersonRegistry people;
    ASSERT_FALSE(people.load_people(Xapian::Database(db_)));
  }
  const std::vector<std::string> computed = answers();
  ASSERT_EQ(computed.size(), from_snapshots.size());
  for (std::size_t i = 0; i < computed.size(); ++i) EXPECT_EQ(from_snapshots[i], computed[i]) << i;
  // The cluster name of two regions is labelled by region.
  EXPECT_NE(from_snapshots[7].find("Midt (Region Nordjylland)"), std::string::npos);
}

}  // namespace
