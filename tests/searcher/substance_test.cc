#include "searcher/substance.h"

#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

#include "indexer/schema.h"

namespace {

// A database of meetings and their items, as the indexer writes them for
// the boost: items with the substance value (0.0 boilerplate, with the
// boilerplate term; 1.0 with substance), meetings with neither; some
// documents deleted (ids no document has). `marked`: the index says every
// boilerplate item has its term.
// `path`: a glass database there (it has a uuid: SubstanceBits reads it),
// else in memory.
Xapian::WritableDatabase make_database(unsigned seed, bool marked, const std::string& path = {}) {
  Xapian::WritableDatabase db = path.empty() ? Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY)
                                             : Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OVERWRITE |
                                                                                  Xapian::DB_BACKEND_GLASS);
  std::mt19937 random(seed);
  for (int meeting = 0; meeting < 60; ++meeting) {
    Xapian::Document m;
    m.add_boolean_term(schema::k_type + schema::k_type_meeting);
    if (random() % 2) m.add_term("w", 1 + random() % 3);
    db.add_document(m);
    for (unsigned item = 0, items = 1 + random() % 12; item < items; ++item) {
      Xapian::Document d;
      d.add_boolean_term(schema::k_type + schema::k_type_item);
      const bool boilerplate = random() % 4 == 0;
      d.add_value(schema::k_slot_substance, Xapian::sortable_serialise(boilerplate ? 0.0 : 1.0));
      if (boilerplate) d.add_boolean_term(schema::k_boilerplate);
      if (random() % 3) d.add_term("w", 1 + random() % 5);
      if (random() % 2) d.add_term("v", 1 + random() % 5);
      for (unsigned pad = random() % 20; pad > 0; --pad) d.add_term("pad" + std::to_string(pad));
      db.add_document(d);
    }
  }
  for (Xapian::docid did = 7; did < db.get_lastdocid(); did += 37) db.delete_document(did);
  if (marked) db.set_metadata(schema::k_boilerplate_terms_key, "1");
  db.commit();
  return db;
}

// (docid, weight) of the page [first, first + size) of `words` boosted by
// `source`, items only, as the searcher asks.
std::vector<std::pair<Xapian::docid, double>> page(const Xapian::Database& db, const Xapian::Query& words,
                                                   Xapian::PostingSource* source, Xapian::doccount first,
                                                   Xapian::doccount size, Xapian::doccount check_at_least,
                                                   Xapian::doccount* estimate) {
  const Xapian::Query boosted(Xapian::Query::OP_AND_MAYBE, words,
                              Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(source->release()), 0.5));
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, boosted,
                                  Xapian::Query(schema::k_type + schema::k_type_item)));
  const Xapian::MSet mset = enquire.get_mset(first, size, check_at_least);
  *estimate = mset.get_matches_estimated();
  std::vector<std::pair<Xapian::docid, double>> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
  return out;
}

TEST(SubstanceSourceTest, SameDocumentsWeightsAndEstimatesAsTheValueSource) {
  const Xapian::Query queries[] = {
      Xapian::Query("w"),
      Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("w"), Xapian::Query("v")),
      Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("w"), Xapian::Query("v")),
  };
  for (unsigned seed = 1; seed <= 4; ++seed) {
    for (const bool marked : {true, false}) {
     for (const bool glass : {false, true}) {
      const std::string dir = glass ? (std::filesystem::temp_directory_path() /
                                       ("substance_test_" + std::to_string(::getpid()))).string()
                                    : std::string();
      if (glass) std::filesystem::create_directories(dir);
      Xapian::WritableDatabase one = make_database(seed, marked, glass ? dir + "/one" : dir);
      ASSERT_EQ(one.get_metadata(schema::k_boilerplate_terms_key), marked ? "1" : "");
      Xapian::Database two(one);  // the same shard twice: ids interleave
      two.add_database(make_database(seed + 10, marked, glass ? dir + "/two" : dir));
      Xapian::Database three(one);  // two shards
      three.add_database(make_database(seed + 20, marked, glass ? dir + "/three" : dir));
      for (const Xapian::Database& db : {Xapian::Database(one), two, three}) {
        const auto bits = std::make_shared<searcher::SubstanceBits>();
        // Read when they pay (a one-search process): shared, so that later
        // searches find them read by an earlier one's switch.
        const auto paying = std::make_shared<searcher::SubstanceBits>();
        paying->read_when_they_pay(true);
        for (const Xapian::Query& words : queries) {
          for (const Xapian::doccount check_at_least : {0u, 10u, 100000u}) {
            for (const Xapian::doccount first : {0u, 5u}) {
              Xapian::doccount value_estimate = 0, source_estimate = 0;
              const auto expected = page(db, words, new Xapian::ValueWeightPostingSource(schema::k_slot_substance),
                                         first, 10, check_at_least, &value_estimate);
              const auto got = page(db, words, new searcher::SubstanceSource, first, 10, check_at_least,
                                    &source_estimate);
              EXPECT_EQ(got, expected) << words.get_description() << " seed " << seed << " marked " << marked;
              EXPECT_EQ(source_estimate, value_estimate) << words.get_description();
              EXPECT_FALSE(got.empty());
              // From bits shared by the searches of one database, read once.
              Xapian::doccount bits_estimate = 0;
              const auto from_bits = page(db, words, new searcher::SubstanceSource(bits), first, 10,
                                          check_at_least, &bits_estimate);
              EXPECT_EQ(from_bits, expected) << words.get_description() << " seed " << seed << " marked " << marked;
              EXPECT_EQ(bits_estimate, value_estimate) << words.get_description();
              // From the lists until the bits pay, then from the bits: a
              // fresh set (the switch within one search, or none) and the
              // shared one.
              for (const auto& when_they_pay : {std::make_shared<searcher::SubstanceBits>(), paying}) {
                when_they_pay->read_when_they_pay(true);
                Xapian::doccount paying_estimate = 0;
                const auto from_either = page(db, words, new searcher::SubstanceSource(when_they_pay), first, 10,
                                              check_at_least, &paying_estimate);
                EXPECT_EQ(from_either, expected) << words.get_description() << " seed " << seed;
                EXPECT_EQ(paying_estimate, value_estimate) << words.get_description();
              }
            }
          }
        }
      }
      if (glass) std::filesystem::remove_all(dir);
     }
    }
  }
}

TEST(SubstanceSourceTest, SerialisesWithItsName) {
  const searcher::SubstanceSource source;
  const Xapian::Query q(Xapian::Query::OP_AND_MAYBE, Xapian::Query("w"),
                        Xapian::Query(source.clone()->release()));
  EXPECT_NE(q.serialise().find(source.name()), std::string::npos);
}

}  // namespace
