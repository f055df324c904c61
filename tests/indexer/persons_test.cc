// PersonRegistry: units resolved in any order group into the same people.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/participants.h"
#include "indexer/persons.h"

namespace {

struct Listing {
  const char* name;
  std::optional<std::string> organisation;  // nullopt: named in running text
  const char* region;
  const char* date;
};

// label -> the names written for that person, for every person.
std::map<std::string, std::set<std::string>> people(const std::vector<Listing>& listings) {
  indexer::PersonRegistry r;
  for (const auto& l : listings) {
    const bool listed = l.organisation.has_value();
    r.resolve(corpus::person_id(l.name), l.name, l.organisation, std::string(l.region), std::string(l.date), {},
              listed);
  }
  r.group();
  std::map<std::string, std::set<std::string>> out;
  for (const auto& [id, p] : r.people()) out[p.label] = {p.variants.begin(), p.variants.end()};
  return out;
}

TEST(PersonRegistryTest, PeopleDoNotDependOnTheOrderNamesAreSeen) {
  const std::string nord = "Region Nordjylland", syd = "Region Syddanmark", midt = "Region Midtjylland";
  std::vector<Listing> listings = {
      // A shortened name in text, a spelling variant, then the full name listed.
      {"Eva Sejersdal", std::nullopt, "Region Nordjylland", "2024-01-10"},
      {"Lisbeth Lagoni", nord, "Region Nordjylland", "2024-01-10"},
      {"Lisbeth Kjærsgaard Lagoni", nord, "Region Nordjylland", "2024-02-10"},
      {"Eva Sejersdal Knudsen", nord, "Region Nordjylland", "2024-02-10"},
      // Namesakes whose periods interleave: two people.
      {"Hanne Madsen", std::string("Aalborg Kommune"), "Region Nordjylland", "2023-02-01"},
      {"Hanne Madsen", syd, "Region Syddanmark", "2023-02-15"},
      {"Hanne Madsen", std::string("Aalborg Kommune"), "Region Nordjylland", "2023-03-01"},
      {"Hanne Madsen", syd, "Region Syddanmark", "2023-04-01"},
      // Moving between regions: one person; afbud once elsewhere: still one.
      {"Peter Holm", std::string("Hjørring Kommune"), "Region Nordjylland", "2023-02-01"},
      {"Peter Holm", std::string("Hjørring Kommune"), "Region Nordjylland", "2023-05-01"},
      {"Peter Holm", midt, "Region Midtjylland", "2023-03-01"},
      {"Peter Holm", std::string("Aarhus Kommune"), "Region Midtjylland", "2024-04-10"},
  };
  const auto forward = people(listings);
  std::reverse(listings.begin(), listings.end());
  EXPECT_EQ(people(listings), forward);
  EXPECT_EQ(forward, (std::map<std::string, std::set<std::string>>{
                         {"Eva Sejersdal Knudsen", {"Eva Sejersdal", "Eva Sejersdal Knudsen"}},
                         {"Hanne Madsen (Aalborg Kommune, 2023)", {"Hanne Madsen"}},
                         {"Hanne Madsen (Region Syddanmark, 2023)", {"Hanne Madsen"}},
                         {"Lisbeth Kjærsgaard Lagoni", {"Lisbeth Kjærsgaard Lagoni", "Lisbeth Lagoni"}},
                         {"Peter Holm", {"Peter Holm"}},
                     }));
}

TEST(PersonRegistryTest, EveryUnitIdResolvesToItsPerson) {
  indexer::PersonRegistry r;
  const std::string a = r.resolve("hanne-madsen", "Hanne Madsen", std::string("Aalborg Kommune"),
                                  std::string("Region Nordjylland"), std::string("2023-02-01"), {}, true);
  const std::string b = r.resolve("hanne-madsen", "Hanne Madsen", std::string("Region Syddanmark"),
                                  std::string("Region Syddanmark"), std::string("2023-02-01"), {}, true);
  const std::string text = r.resolve("hanne-madsen", "Hanne Madsen", std::nullopt,
                                     std::string("Region Syddanmark"), std::string("2023-02-01"));
  EXPECT_NE(a, b);
  r.group();
  ASSERT_NE(r.find(a), nullptr);
  ASSERT_NE(r.find(b), nullptr);
  EXPECT_NE(r.find(a), r.find(b));  // the same date in two places: namesakes
  EXPECT_EQ(r.find(text), r.find(b));  // named in text in her region
  EXPECT_EQ(r.find(r.find(a)->label), r.find(a));
}

// Names as typed -> the people they find, best kind of match only.
TEST(MatchPeopleTest, FindsFullPartialAndMisspeltNames) {
  indexer::PersonRegistry r;
  const std::string nord = "Region Nordjylland";
  for (const char* name : {"Eva Sejersdal Knudsen", "Bente Graversen", "Jan Mainz", "Lisbeth Kjærsgaard Lagoni",
                           "Anders Meinert Christensen"})
    r.resolve(corpus::person_id(name), name, nord, nord, std::string("2024-01-10"), {}, true);
  r.group();
  const std::pair<const char*, std::set<std::string>> cases[] = {
      {"Eva Sejersdal Knudsen", {"Eva Sejersdal Knudsen"}},  // exact
      {"Sejersdal", {"Eva Sejersdal Knudsen"}},              // a word of the name
      {"Knudsen Sejersdal Eva", {"Eva Sejersdal Knudsen"}},  // every word, any order
      {"Kjærsgaard", {"Lisbeth Kjærsgaard Lagoni"}},         // Danish letters spelt out
      {"Eva Sejersdahl", {"Eva Sejersdal Knudsen"}},         // words misspelt by an edit
      {"Bente Gravesen", {"Bente Graversen"}},
      {"Jan Mains", {"Jan Mainz"}},                          // the whole name an edit away
      {"Maimz", {"Jan Mainz"}},                              // one word an edit away
      {"Lagony", {"Lisbeth Kjærsgaard Lagoni"}},
      {"Meinret", {}},                                       // two edits in a word of seven
      {"Graversne", {}},
      {"Ann Meinert", {}},                                   // short words must be exact
      {"Xyz", {}},
  };
  for (const auto& [query, expected] : cases) {
    std::set<std::string> found;
    for (const auto* p : indexer::match_people(r, query)) found.insert(p->name);
    EXPECT_EQ(found, expected) << query;
  }
}

// A file's writings as stored read back as they were, and taken back from
// the registry they leave it as if the file had never been indexed.
TEST(PersonRegistryTest, ForgettingAFilesWritingsUndoesThem) {
  const std::optional<std::string> org = std::string("Aalborg Kommune"), nord = std::string("Region Nordjylland");
  indexer::PersonRegistry r;
  indexer::Writings kept, gone;
  ++kept.units[r.resolve("hanne-madsen", "Hanne Madsen", org, nord, std::string("2024-01-10"), {}, true)]
               ["Hanne Madsen"];
  ++gone.units[r.resolve("hanne-m-madsen", "Hanne M. Madsen", org, nord, std::string("2024-02-10"), {}, true)]
               ["Hanne M. Madsen"];
  // Two people of one name at one meeting: the second unit's id is not the name's.
  const std::string twin = r.resolve("hanne-madsen", "Hanne Madsen", org, nord, std::string("2024-02-10"),
                                     {"hanne-madsen"}, true);
  ++gone.units[twin]["Hanne Madsen"];
  gone.date = "2024-02-10";
  ASSERT_EQ(twin, "hanne-madsen-2");
  EXPECT_EQ(indexer::read_writings(indexer::writings_text(gone)), gone);
  EXPECT_EQ(indexer::writings_text({}), "");
  EXPECT_TRUE(indexer::read_writings("not json").empty());
  r.group();
  ASSERT_NE(r.find("hanne-madsen"), nullptr);
  EXPECT_EQ(r.find("hanne-madsen")->name, "Hanne M. Madsen");  // the fullest

  r.forget(gone);
  r.group();
  EXPECT_EQ(r.units().size(), 1u);  // the twin's unit is written no more
  EXPECT_EQ(r.units().at("hanne-madsen").variants, (std::map<std::string, std::size_t>{{"Hanne Madsen", 1}}));
  ASSERT_EQ(r.people().size(), 1u);
  EXPECT_EQ(r.people().begin()->second.label, "Hanne Madsen");
}

// A file replaced or deleted takes back the date it listed a unit on, and
// only its own: the day another file lists the unit on too stays.
TEST(PersonRegistryTest, ForgettingAFilesWritingsTakesItsDateBack) {
  const std::optional<std::string> org = std::string("Aalborg Kommune"), nord = std::string("Region Nordjylland");
  indexer::PersonRegistry r;
  auto file = [&](const std::string& date) {
    indexer::Writings w;
    w.date = date;
    ++w.units[r.resolve("hanne-madsen", "Hanne Madsen", org, nord, date, {}, true)]["Hanne Madsen"];
    return w;
  };
  const indexer::Writings a = file("2024-01-10"), c = file("2023-05-01");
  file("2024-01-10");  // another file of that day
  EXPECT_EQ(r.units().at("hanne-madsen").dates,
            (std::map<std::string, std::size_t>{{"2023-05-01", 1}, {"2024-01-10", 2}}));
  EXPECT_EQ(indexer::read_writings(indexer::writings_text(c)), c);
  // As stored before dates were: no date to take back.
  EXPECT_EQ(indexer::read_writings(R"(["Hanne Madsen"])").date, "");
  EXPECT_EQ(indexer::read_writings(R"(["Hanne Madsen"])").units, c.units);

  r.forget(c);
  r.forget(a);
  r.group();
  EXPECT_EQ(r.units().at("hanne-madsen").dates, (std::map<std::string, std::size_t>{{"2024-01-10", 1}}));
  ASSERT_EQ(r.people().size(), 1u);
  EXPECT_EQ(r.people().begin()->second.first_date, "2024-01-10");
  EXPECT_EQ(r.people().begin()->second.last_date, "2024-01-10");
}

}  // namespace
