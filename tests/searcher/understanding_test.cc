// End-to-end tests of what the searcher understands (dates, names, shared
// cluster names, ranking by words matched, --section snippets, --similar)
// over the sample corpus plus fixtures/moved: two meetings of clusters both
// named "Midt" (Region Nordjylland and Region Midtjylland), Eva Sejersdal
// Knudsen attending one and sending afbud to the other.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "searcher/output.h"
#include "searcher/searcher.h"

namespace fs = std::filesystem;

namespace {

class UnderstandingTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = (fs::path(testing::TempDir()) / ("referat_understanding_db_" + std::to_string(::getpid()))).string();
    fs::remove_all(db_);
    indexer::Indexer idx({db_, 1, indexer::Rebuild::yes});
    std::ostringstream errors;
    idx.index({REFERAT_SAMPLE_DIR, REFERAT_FIXTURES_DIR "/moved"}, errors);
    ASSERT_EQ(errors.str(), "");
  }
  static void TearDownTestSuite() { fs::remove_all(db_); }

  static searcher::Result search(const std::string& query, searcher::Filters filters = {}, unsigned limit = 50) {
    searcher::Searcher s({db_});
    return s.search({query, std::move(filters), searcher::Sort::relevance, limit, 0});
  }
  static inline std::string db_;
};

TEST_F(UnderstandingTest, DatePhraseBecomesAFilter) {
  const auto r = search("møde 8. februar 2024");
  EXPECT_EQ(r.understood.from, "2024-02-08");
  EXPECT_EQ(r.understood.to, "2024-02-08");
  EXPECT_EQ(r.understood.words, "");
  ASSERT_EQ(r.total, 10U);  // the ten items of that meeting, not mentions of the date
  for (const auto& h : r.hits) EXPECT_EQ(h.meeting["date"], "2024-02-08");
  const auto in_2024 = search("klyngemidler i 2024");
  ASSERT_GT(in_2024.total, 0U);
  for (const auto& h : in_2024.hits) EXPECT_EQ(h.meeting["date"].get<std::string>().substr(0, 4), "2024");
  // A bare year in a topic query stays a word.
  EXPECT_FALSE(search("overførsel 2025").understood.from);
}

TEST_F(UnderstandingTest, FromAndToTakeDanishDates) {
  searcher::Filters f;
  f.from = "01-01-2024";
  f.to = "februar 2024";
  const auto r = search("klyngemidler", f);
  ASSERT_EQ(r.total, 1U);
  EXPECT_EQ(r.hits[0].meeting["date"], "2024-02-08");
  f.from = "igår";
  EXPECT_THROW(search("klyngemidler", f), searcher::QueryError);
}

TEST_F(UnderstandingTest, ANameIsUnderstoodAsAPerson) {
  for (const char* name : {"Eva Sejersdahl", "Sejersdal", "eva sejersdal knudsen"}) {
    SCOPED_TRACE(name);
    const auto r = search(name);
    ASSERT_EQ(r.understood.people.size(), 1U);
    EXPECT_EQ(r.understood.people[0]["person_id"], "eva-sejersdal-knudsen");
    EXPECT_EQ(r.understood.people[0]["meetings"], 5);
    EXPECT_EQ(r.understood.people[0]["afbud"], 1);
    EXPECT_GT(r.total, 0U);
  }
  EXPECT_TRUE(search("klyngemidler").understood.people.empty());
}

TEST_F(UnderstandingTest, OnePersonAcrossRegions) {
  searcher::Searcher s({db_});
  const auto by_name = s.attendance("Eva Sejersdal Knudsen");
  EXPECT_EQ(by_name["person"]["person_id"], "eva-sejersdal-knudsen");
  EXPECT_EQ(by_name["counts"]["meetings"], 5);
  EXPECT_EQ(by_name["counts"]["afbud"], 1);
  // By id, always.
  EXPECT_EQ(s.attendance("eva-sejersdal-knudsen")["counts"]["meetings"], 5);
  // Her shortened name in running text counts as her, shown by her full name.
  const auto r = search("forebyggelse klyngemidler");
  ASSERT_TRUE(r.facets.at("person").count("Eva Sejersdal Knudsen"));
  EXPECT_FALSE(r.facets.at("person").count("Eva Sejersdal"));
}

TEST_F(UnderstandingTest, ClustersAreNamedWithinTheirRegion) {
  const auto r = search("klyngemidler");
  const auto& clusters = r.facets.at("cluster");
  EXPECT_TRUE(clusters.count("Midt (Region Nordjylland)"));
  EXPECT_TRUE(clusters.count("Midt (Region Midtjylland)"));
  EXPECT_FALSE(clusters.count("Midt"));
  searcher::Filters one;
  one.clusters = {"Midt (Region Midtjylland)"};
  const auto midtjylland = search("klyngemidler", one);
  ASSERT_EQ(midtjylland.total, 1U);
  EXPECT_EQ(midtjylland.hits[0].meeting["region"], "Region Midtjylland");
  searcher::Filters both;
  both.clusters = {"Midt"};
  const auto all = search("klyngemidler", both);
  EXPECT_EQ(all.total, 3U);
  EXPECT_EQ(all.understood.clusters.at("Midt").size(), 2U);
  searcher::Searcher s({db_});
  searcher::Request req{"klyngemidler", {}, searcher::Sort::relevance, 3, 0};
  const auto c = s.compare(req, searcher::GroupBy::cluster);
  std::set<std::string> groups;
  for (const auto& g : c.groups) groups.insert(g.value);
  EXPECT_TRUE(groups.count("Midt (Region Nordjylland)"));
  EXPECT_TRUE(groups.count("Midt (Region Midtjylland)"));
}

TEST_F(UnderstandingTest, AllWordsFirstThenMostWords) {
  const auto r = search("anvendelse af fælles midler");
  ASSERT_GT(r.hits.size(), 3U);
  // Every item with all three words ranks above every item with fewer.
  bool fewer_seen = false;
  for (const auto& h : r.hits) {
    const bool all = h.score >= 3000;
    EXPECT_FALSE(all && fewer_seen) << h.id;
    fewer_seen |= !all;
  }
  EXPECT_GE(r.hits[0].score, 3000);
  // A compound tail finds the compound, below whole-word matches.
  const auto aftale = search("aftale");
  bool found = false;
  for (const auto& h : aftale.hits) found |= h.item["title"].get<std::string>().find("Sundhedsaftale") != std::string::npos;
  EXPECT_TRUE(found);
  // No "Mente du" when every word matched.
  EXPECT_FALSE(search("klyngemidler").corrected_query);
}

TEST_F(UnderstandingTest, SectionFilterTakesTheSnippetFromThatSection) {
  searcher::Filters f;
  f.sections = {"beslutning"};
  const auto r = search("klyngemidler", f);
  ASSERT_GT(r.total, 0U);
  for (const auto& h : r.hits) EXPECT_EQ(h.section, "beslutning") << h.id;
}

TEST_F(UnderstandingTest, SimilarItemsInOtherClusters) {
  searcher::Searcher s({db_});
  const auto from = search("klyngemidler til forebyggelse");
  ASSERT_FALSE(from.hits.empty());
  const auto& item = from.hits[0];
  ASSERT_EQ(item.meeting["region"], "Region Nordjylland");
  const nlohmann::json similar = s.similar(item.id, 3);
  ASSERT_FALSE(similar["groups"].empty());
  // The expand terms are the index's codes, shown as their words.
  ASSERT_FALSE(similar["terms"].empty());
  for (const auto& t : similar["terms"]) {
    const std::string word = t.get<std::string>();
    EXPECT_GE(word.size(), 4u) << word;
    EXPECT_TRUE(analyzers::fold_case(word) == word && static_cast<unsigned char>(word[0]) >= 'a') << word;
  }
  EXPECT_NE(std::find(similar["terms"].begin(), similar["terms"].end(), "klyngemidler"), similar["terms"].end())
      << similar["terms"].dump();
  for (const auto& g : similar["groups"]) {
    EXPECT_NE(g["label"], "Midt (Region Nordjylland)");
    for (const auto& h : g["hits"]) EXPECT_NE(h["id"], item.id);
  }
  EXPECT_THROW(s.similar("ffffffffffff-1"), searcher::NotFound);
}

}  // namespace

// Two neighbouring query words found together rank an item above one that
// has the same words apart: two items with the same words, as many times,
// in titles of the same length, differ only in word order. Without the
// phrase weight they tie and the first item (words apart) comes first.
TEST(PhrasePairs, WordsTogetherRankAboveWordsApart) {
  const fs::path dir = fs::path(testing::TempDir()) / ("referat_phrase_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "minutes");
  {
    std::ofstream f(dir / "minutes" / "order.txt");
    f << "Møde\tKlyngestyregruppe Vest\n"
         "Dato\t4. marts 2024 kl. 10.00 – 12.00\n"
         "Deltagere\tAnne Holm, Aarhus Kommune\n\n"
         "1. Punkt om sagen\n\n"
         "Referat:\n\nDet politiske udvalg holdt sit første møde om sagen i foråret.\n\n"
         "2. Punkt om sagen\n\n"
         "Referat:\n\nDet første politiske møde om sagen holdt udvalg sit i foråret.\n";
  }
  const std::string db = (dir / "db").string();
  {
    indexer::Indexer idx({db, 1, indexer::Rebuild::yes});
    std::ostringstream errors;
    idx.index({(dir / "minutes").string()}, errors);
    ASSERT_EQ(errors.str(), "");
  }
  searcher::Searcher s({db});
  const auto r = s.search({"hvornår var det første politiske møde", {}, searcher::Sort::relevance, 10, 0});
  ASSERT_GE(r.hits.size(), 2U);
  EXPECT_EQ(r.hits[0].item["number"], 2) << r.hits[0].item["title"];
  EXPECT_GT(r.hits[0].score, r.hits[1].score);
  fs::remove_all(dir);
}
