// People across files, end to end (indexer, then searcher), over the
// minutes in fixtures/people, written for these tests:
//  - Region Nordjylland, 2023: "Lone Bertelsen" is named in the text of the
//    first meeting, before she is listed in full ("Lone Kjær Bertelsen") at
//    the second; Hanne Madsen of Aalborg Kommune at three meetings; two
//    people listed as Jens Nielsen at one meeting.
//  - Region Syddanmark, in between: another Hanne Madsen (Region
//    Syddanmark), at the same time as the first (periods interleave).
//  - Peter Holm chairs in Nordjylland in 2023, then in Midtjylland in 2024:
//    one person who moved.
// Indexed in file order and in reverse: people and facets must not differ.
#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "searcher/searcher.h"

namespace fs = std::filesystem;

namespace {

const char* const k_files[] = {"nord_1.txt", "syd_1.txt", "nord_2.txt", "syd_2.txt", "nord_3.txt", "midt_1.txt"};

class PeopleTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    const fs::path tmp = fs::path(testing::TempDir());
    forward_ = (tmp / ("referat_people_fwd_" + std::to_string(::getpid()))).string();
    reverse_ = (tmp / ("referat_people_rev_" + std::to_string(::getpid()))).string();
    std::vector<std::string> files;
    for (const char* f : k_files) files.push_back(std::string(REFERAT_FIXTURES_DIR "/people/") + f);
    for (const auto& [db, order] : {std::pair{forward_, files},
                                    std::pair{reverse_, std::vector<std::string>(files.rbegin(), files.rend())}}) {
      fs::remove_all(db);
      indexer::Indexer idx({db, 1, indexer::Rebuild::yes});
      std::ostringstream errors;
      const indexer::Summary s = idx.index(order, errors);
      ASSERT_EQ(errors.str(), "");
      ASSERT_EQ(s.files, std::size(k_files));
    }
  }
  static void TearDownTestSuite() {
    fs::remove_all(forward_);
    fs::remove_all(reverse_);
  }

  static std::map<std::string, Xapian::doccount> person_facet(const std::string& db) {
    searcher::Searcher s({db});
    return s.search({"", {}, searcher::Sort::date, 100, 0}).facets.at("person");
  }

  // label -> (meetings, afbud) for every person listed at a meeting.
  static std::map<std::string, std::pair<int, int>> people(const std::string& db) {
    searcher::Searcher s({db});
    indexer::PersonRegistry registry;
    registry.load(Xapian::Database(db));
    std::map<std::string, std::pair<int, int>> out;
    for (const auto& [id, p] : registry.people()) {
      if (!p.listed) continue;
      const auto a = s.attendance(id);
      out[p.label] = {a["counts"]["meetings"].get<int>(), a["counts"]["afbud"].get<int>()};
    }
    return out;
  }

  static inline std::string forward_, reverse_;
};

TEST_F(PeopleTest, TheOrderFilesAreIndexedInDoesNotMatter) {
  const auto facet = person_facet(forward_);
  ASSERT_FALSE(facet.empty());
  EXPECT_EQ(facet, person_facet(reverse_));
  const auto listed = people(forward_);
  ASSERT_FALSE(listed.empty());
  EXPECT_EQ(listed, people(reverse_));
}

TEST_F(PeopleTest, AShortenedNameSeenFirstIsThePersonListedLater) {
  for (const auto& db : {forward_, reverse_}) {
    SCOPED_TRACE(db);
    const auto facet = person_facet(db);
    EXPECT_EQ(facet.count("Lone Bertelsen"), 0U);
    ASSERT_EQ(facet.count("Lone Kjær Bertelsen"), 1U);
    EXPECT_EQ(facet.at("Lone Kjær Bertelsen"), 2U);  // named in nord_1, listed and named in nord_2
    searcher::Searcher s({db});
    searcher::Filters f;
    f.persons = {"Lone Bertelsen"};
    EXPECT_EQ(s.search({"", f, searcher::Sort::date, 10, 0}).total, 2U);
  }
}

TEST_F(PeopleTest, NamesakesAtTheSameTimeAreTwoPeopleToldApart) {
  for (const auto& db : {forward_, reverse_}) {
    SCOPED_TRACE(db);
    searcher::Searcher s({db});
    std::vector<std::string> ids, labels;
    try {
      s.attendance("Hanne Madsen");
      ADD_FAILURE() << "Hanne Madsen is two people";
    } catch (const searcher::AmbiguousPerson& e) {
      ids = e.candidates();
      labels = e.labels();
    }
    ASSERT_EQ(ids.size(), 2U);
    std::sort(labels.begin(), labels.end());
    EXPECT_EQ(labels, (std::vector<std::string>{"Hanne Madsen (Aalborg Kommune, 2023)",
                                                "Hanne Madsen (Region Syddanmark, 2023)"}));
    // Each id resolves to its own person, with that person's meetings.
    std::multiset<int> meetings;
    for (const auto& id : ids) {
      const auto a = s.attendance(id);
      EXPECT_EQ(a["person"]["person_id"], id);
      meetings.insert(a["counts"]["meetings"].get<int>());
    }
    EXPECT_EQ(meetings, (std::multiset<int>{2, 3}));
    // The facet shows both, told apart; a label filters to its person.
    const auto facet = person_facet(db);
    EXPECT_EQ(facet.count("Hanne Madsen"), 0U);
    EXPECT_EQ(facet.at("Hanne Madsen (Aalborg Kommune, 2023)"), 2U);
    EXPECT_EQ(facet.at("Hanne Madsen (Region Syddanmark, 2023)"), 2U);
    searcher::Filters f;
    f.persons = {"Hanne Madsen (Region Syddanmark, 2023)"};
    const auto r = s.search({"", f, searcher::Sort::date, 10, 0});
    ASSERT_EQ(r.total, 2U);
    for (const auto& h : r.hits) EXPECT_EQ(h.meeting["region"], "Region Syddanmark");
    // Two people listed under one name at one meeting are two people too.
    EXPECT_THROW(s.attendance("Jens Nielsen"), searcher::AmbiguousPerson);
  }
}

TEST_F(PeopleTest, APersonMovingBetweenRegionsIsOnePerson) {
  for (const auto& db : {forward_, reverse_}) {
    SCOPED_TRACE(db);
    searcher::Searcher s({db});
    const auto a = s.attendance("Peter Holm");
    EXPECT_EQ(a["counts"]["meetings"], 4);
    EXPECT_EQ(a["person"]["label"], "Peter Holm");
    EXPECT_EQ(a["person"]["regions"],
              (nlohmann::json{"Region Midtjylland", "Region Nordjylland"}));
    EXPECT_EQ(a["person"]["first_date"], "2023-02-01");
    EXPECT_EQ(a["person"]["last_date"], "2024-04-10");
  }
}

}  // namespace
