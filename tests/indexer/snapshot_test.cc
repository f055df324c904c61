// Snapshots (indexer/snapshot.h): what a reader loads from them equals what
// it would compute from the index, and a stale, broken or missing snapshot
// is never used.
#include "indexer/snapshot.h"

#include <filesystem>
#include <optional>
#include <sstream>
#include <tuple>

#include <unistd.h>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "indexer/persons.h"
#include "indexer/schema.h"

namespace fs = std::filesystem;

namespace {

// Every field of every person, and what each unit id and label finds.
using PersonFields = std::tuple<std::string, std::string, bool, std::vector<std::string>, std::vector<std::string>,
                                std::vector<std::string>, std::vector<std::string>, std::vector<std::string>,
                                std::string, std::string>;
std::map<std::string, PersonFields> fields(const indexer::PersonRegistry& r) {
  std::map<std::string, PersonFields> out;
  for (const auto& [id, p] : r.people()) {
    EXPECT_EQ(id, p.id);
    out[id] = {p.name,        p.label,         p.listed,     p.ids,        p.variants,
               p.variant_ids, p.organisations, p.regions, p.first_date, p.last_date};
  }
  return out;
}

std::map<std::string, std::string> lookups(const indexer::PersonRegistry& r,
                                           const std::vector<std::string>& keys) {
  std::map<std::string, std::string> out;
  for (const auto& k : keys) {
    const indexer::Person* p = r.find(k);
    out[k] = p ? p->id : "(none)";
  }
  return out;
}

class SnapshotTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::TempDir()) / ("referat_snapshot_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    indexer::Indexer idx({dir_.string(), 1, indexer::Rebuild::yes});
    std::ostringstream errors;
    idx.index({REFERAT_SAMPLE_DIR}, errors);
    ASSERT_EQ(errors.str(), "");
    shard_ = indexer::read_stub(dir_.string()).front();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The people as load() groups them from the units.
  std::map<std::string, PersonFields> grouped() const {
    indexer::PersonRegistry r;
    r.load(Xapian::Database(shard_));
    return fields(r);
  }

  fs::path dir_;
  std::string shard_;
};

TEST_F(SnapshotTest, PeopleFromTheSnapshotAreThePeopleGroupedFromTheUnits) {
  const Xapian::Database db(dir_.string());
  indexer::PersonRegistry from_units, from_snapshot;
  from_units.load(db);
  EXPECT_TRUE(from_snapshot.load_people(db));
  ASSERT_GT(from_units.people().size(), 10U);
  EXPECT_EQ(fields(from_snapshot), fields(from_units));
  EXPECT_TRUE(from_snapshot.units().empty());
  // Every unit id and every label finds the same person.
  std::vector<std::string> keys;
  for (const auto& [id, u] : from_units.units()) keys.push_back(id);
  for (const auto& [id, p] : from_units.people()) keys.push_back(p.label);
  keys.push_back("no-such-person");
  EXPECT_EQ(lookups(from_snapshot, keys), lookups(from_units, keys));
  // Names, misspelt names and parts of names match the same people.
  for (const auto& [id, p] : from_units.people()) {
    for (const std::string& query : {p.name, p.name.substr(0, p.name.size() - 1), p.name.substr(p.name.rfind(' ') + 1)}) {
      std::vector<std::string> a, b;
      for (const auto* m : indexer::match_people(from_units, query)) a.push_back(m->id);
      for (const auto* m : indexer::match_people(from_snapshot, query)) b.push_back(m->id);
      EXPECT_EQ(b, a) << query;
    }
  }
}

TEST_F(SnapshotTest, PeopleReadInPlaceAnswerBeforeAnyPersonIsBuilt) {
  // The snapshot is read in place: look-ups, labels and name matches
  // answer from its bytes, and build only the people they return. Each
  // is checked on a fresh registry, before people() builds them all.
  const Xapian::Database db(dir_.string());
  indexer::PersonRegistry from_units;
  from_units.load(db);
  ASSERT_GT(from_units.size(), 10U);
  std::vector<std::string> keys;
  for (const auto& [id, u] : from_units.units()) keys.push_back(id);
  for (const auto& [id, p] : from_units.people()) keys.push_back(p.label);
  keys.push_back("no-such-person");
  {
    indexer::PersonRegistry r;
    ASSERT_TRUE(r.load_people(db));
    ASSERT_EQ(r.size(), from_units.size());
    for (const auto& k : keys) {
      const indexer::Person* p = from_units.find(k);
      const std::optional<std::string_view> label = r.label_of(k);
      ASSERT_EQ(label.has_value(), p != nullptr) << k;
      if (p) {
        EXPECT_EQ(*label, p->label) << k;
      }
    }
    std::vector<std::string_view> a, b;
    for (std::size_t i = 0; i < r.size(); ++i) {
      r.variant_ids(i, a);
      from_units.variant_ids(i, b);
      EXPECT_EQ(a, b) << i;
    }
    EXPECT_EQ(lookups(r, keys), lookups(from_units, keys));
  }
  for (const auto& [id, p] : from_units.people()) {
    indexer::PersonRegistry r;
    ASSERT_TRUE(r.load_people(db));
    std::vector<std::string> a, b;
    for (const auto* m : indexer::match_people(from_units, p.name)) a.push_back(m->id);
    for (const auto* m : indexer::match_people(r, p.name)) b.push_back(m->id);
    EXPECT_EQ(b, a) << p.name;
  }
  // A copy of a registry with some people built: its own people, the
  // same answers, after the original is gone.
  std::optional<indexer::PersonRegistry> original(std::in_place);
  ASSERT_TRUE(original->load_people(db));
  ASSERT_NE(original->find(keys.front()), nullptr);
  const indexer::PersonRegistry copy = *original;
  original.reset();
  EXPECT_EQ(lookups(copy, keys), lookups(from_units, keys));
  EXPECT_EQ(fields(copy), fields(from_units));
}

TEST_F(SnapshotTest, ClusterRegionsFromTheSnapshotAreThoseOfTheMeetings) {
  const Xapian::Database db(dir_.string());
  indexer::FacetCodes codes;
  codes.load(db);
  const std::optional<indexer::ClusterRegions> snapshot = indexer::load_cluster_regions(db);
  ASSERT_TRUE(snapshot.has_value());
  EXPECT_GE(snapshot->size(), 3U);
  EXPECT_EQ(*snapshot, indexer::cluster_regions(db, codes));
}

TEST_F(SnapshotTest, AStaleSnapshotIsNotUsed) {
  // A later transaction (a run killed before its end) adds a person.
  std::string unit;
  {
    Xapian::WritableDatabase w(shard_, Xapian::DB_OPEN);
    indexer::PersonRegistry r;
    r.load(w);
    unit = r.resolve("yrsa-quist", "Yrsa Quist", std::string("Vejle Kommune"), std::string("Region Syddanmark"),
                     std::string("2031-01-01"), {}, true);
    r.save(w);
    indexer::next_revision(w, indexer::index_revision(w));
    w.commit();
  }
  const Xapian::Database db(dir_.string());
  indexer::PersonRegistry r;
  EXPECT_FALSE(r.load_people(db));
  ASSERT_NE(r.find(unit), nullptr);
  EXPECT_EQ(r.find(unit)->name, "Yrsa Quist");
  EXPECT_EQ(fields(r), grouped());
  EXPECT_FALSE(indexer::load_cluster_regions(db).has_value());
}

TEST_F(SnapshotTest, ABrokenOrMissingSnapshotIsNotUsed) {
  const auto expected = grouped();
  {
    // Cut short, at the current revision.
    Xapian::WritableDatabase w(shard_, Xapian::DB_OPEN);
    const std::string value = w.get_metadata(schema::k_people_key);
    w.set_metadata(schema::k_people_key, value.substr(0, value.size() / 2));
    w.set_metadata(schema::k_cluster_regions_key, indexer::index_revision(w) + "\n\x05");
    w.commit();
  }
  {
    const Xapian::Database db(dir_.string());
    indexer::PersonRegistry r;
    EXPECT_FALSE(r.load_people(db));
    EXPECT_EQ(fields(r), expected);
    EXPECT_FALSE(indexer::load_cluster_regions(db).has_value());
  }
  {
    // An index of an older indexer: no revision, no snapshots.
    Xapian::WritableDatabase w(shard_, Xapian::DB_OPEN);
    for (const std::string& key : {schema::k_revision_key, schema::k_people_key, schema::k_cluster_regions_key})
      w.set_metadata(key, "");
    w.commit();
  }
  const Xapian::Database db(dir_.string());
  indexer::PersonRegistry r;
  EXPECT_FALSE(r.load_people(db));
  EXPECT_EQ(fields(r), expected);
  EXPECT_FALSE(indexer::load_cluster_regions(db).has_value());
}

TEST_F(SnapshotTest, TheNextRunWritesCurrentSnapshotsAgain) {
  {
    Xapian::WritableDatabase w(shard_, Xapian::DB_OPEN);
    indexer::next_revision(w, indexer::index_revision(w));
    w.commit();
  }
  {
    indexer::Indexer idx({dir_.string(), 1, indexer::Rebuild::no});
    std::ostringstream errors;
    idx.index({REFERAT_SAMPLE_DIR}, errors);  // every file unchanged
  }
  const Xapian::Database db(dir_.string());
  indexer::PersonRegistry r;
  EXPECT_TRUE(r.load_people(db));
  EXPECT_EQ(fields(r), grouped());
  EXPECT_TRUE(indexer::load_cluster_regions(db).has_value());
}

TEST(SnapshotReaderTest, ReadsWhatTheWriterWroteAndThrowsWhenCutShort) {
  indexer::SnapshotWriter w;
  w.put_number(300);
  w.put_string("Midt");
  w.put_strings(std::set<std::string>{"Region Midtjylland", "Region Nordjylland"});
  indexer::SnapshotReader r(w.bytes());
  EXPECT_EQ(r.number(), 300U);
  EXPECT_EQ(r.string(), "Midt");
  std::set<std::string> regions;
  r.strings(regions);
  EXPECT_EQ(regions, (std::set<std::string>{"Region Midtjylland", "Region Nordjylland"}));
  EXPECT_TRUE(r.at_end());
  for (std::size_t cut = 0; cut < w.bytes().size(); ++cut) {
    indexer::SnapshotReader shorter(std::string_view(w.bytes()).substr(0, cut));
    EXPECT_THROW(
        {
          shorter.number();
          shorter.string();
          std::set<std::string> s;
          shorter.strings(s);
        },
        indexer::SnapshotError)
        << cut;
  }
}

}  // namespace
