#include "searcher/positions.h"

#include <filesystem>

#include <unistd.h>

#include <gtest/gtest.h>

namespace fs = std::filesystem;

namespace {

Xapian::Query term(const char* t) { return Xapian::Query(t); }

Xapian::Query phrase(const char* a, const char* b) {
  const Xapian::Query words[] = {term(a), term(b)};
  return Xapian::Query(Xapian::Query::OP_PHRASE, std::begin(words), std::end(words), 2);
}

Xapian::Query op(Xapian::Query::op o, const Xapian::Query& a, const Xapian::Query& b) { return Xapian::Query(o, a, b); }

TEST(WithoutPositionsTest, PhrasesBecomeAndsWhereThatOnlyAddsMatchesAndWeight) {
  using Q = Xapian::Query;
  const struct {
    Q query;
    const char* expected;  // get_description() of the result; nullptr: nullopt
  } rows[] = {
      {phrase("det", "nationale"), "Query((det AND nationale))"},
      {term("midler"), "Query(midler)"},
      {op(Q::OP_OR, phrase("a", "b"), term("c")), "Query(((a AND b) OR c))"},
      {op(Q::OP_AND, phrase("a", "b"), term("c")), "Query(((a AND b) AND c))"},
      {op(Q::OP_FILTER, phrase("a", "b"), term("XTitem")), "Query(((a AND b) FILTER XTitem))"},
      // The excluded side of AND_NOT keeps its phrase: as an AND it would
      // exclude more.
      {op(Q::OP_AND_NOT, phrase("a", "b"), phrase("c", "d")), "Query(((a AND b) AND_NOT (c PHRASE 2 d)))"},
      // The optional side of AND_MAYBE only adds weight: kept.
      {op(Q::OP_AND_MAYBE, term("a"), phrase("b", "c")), "Query((a AND_MAYBE (b PHRASE 2 c)))"},
      {op(Q::OP_AND_MAYBE, phrase("a", "b"), term("c")), "Query(((a AND b) AND_MAYBE c))"},
      // A scale factor Xapian 1.4 does not give back, a weight that is no sum.
      {Q(Q::OP_SCALE_WEIGHT, phrase("a", "b"), 0.5), nullptr},
      {op(Q::OP_XOR, phrase("a", "b"), term("c")), nullptr},
      {op(Q::OP_OR, term("c"), Q(Q::OP_SCALE_WEIGHT, phrase("a", "b"), 0.5)), nullptr},
      // No positions: returned as is, scale factors and all.
      {Q(Q::OP_SCALE_WEIGHT, term("a"), 0.5), "Query(0.5 * a)"},
  };
  for (const auto& row : rows) {
    const std::optional<Xapian::Query> got = searcher::without_positions(row.query);
    if (!row.expected) {
      EXPECT_FALSE(got) << row.query.get_description();
      continue;
    }
    ASSERT_TRUE(got) << row.query.get_description();
    EXPECT_EQ(got->get_description(), row.expected);
    // Only the excluded side of AND_NOT still checks positions.
    EXPECT_EQ(searcher::has_positions(*got), row.query.get_type() == Q::OP_AND_NOT) << row.query.get_description();
  }
}

TEST(DocumentSetTest, MatchesTheGivenDocumentsOfEachShard) {
  // Two shards combined: document d of the combined database is document
  // (d + 1) / 2 of shard (d - 1) % 2.
  const fs::path dir = fs::path(testing::TempDir()) / ("referat_document_set_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  Xapian::Database combined;
  for (const char* name : {"a", "b"}) {
    Xapian::WritableDatabase shard((dir / name).string(), Xapian::DB_CREATE_OR_OPEN);
    for (int i = 0; i < 6; ++i) {
      Xapian::Document doc;
      doc.add_term(i % 2 ? "odd" : "even");
      shard.add_document(doc);
    }
    shard.commit();
    combined.add_database(Xapian::Database((dir / name).string()));
  }
  std::vector<std::string> uuids;
  const std::string all = combined.get_uuid();
  uuids.push_back(all.substr(0, all.find(':')));
  uuids.push_back(all.substr(all.find(':') + 1));
  ASSERT_NE(uuids[0], uuids[1]);

  auto docids = [&](const Xapian::Query& q) {
    Xapian::Enquire e(combined);
    e.set_query(q);
    std::vector<Xapian::docid> out;
    const Xapian::MSet m = e.get_mset(0, 100);
    for (auto it = m.begin(); it != m.end(); ++it) out.push_back(*it);
    std::sort(out.begin(), out.end());
    return out;
  };
  auto set = [&](std::vector<Xapian::docid> ids) {
    return Xapian::Query((new searcher::DocumentSet(std::move(ids), uuids))->release());
  };
  const std::vector<Xapian::docid> some = {12, 1, 4, 7};
  EXPECT_EQ(docids(set(some)), (std::vector<Xapian::docid>{1, 4, 7, 12}));
  // Combined ids 1-4 are the first two documents of each shard: "even", "even", "odd", "odd".
  EXPECT_EQ(docids(op(Xapian::Query::OP_FILTER, Xapian::Query("odd"), set({1, 2, 3, 4, 9}))),
            (std::vector<Xapian::docid>{3, 4}));
  EXPECT_EQ(docids(op(Xapian::Query::OP_FILTER, Xapian::Query("even"), set({1, 2, 3, 4, 9}))),
            (std::vector<Xapian::docid>{1, 2, 9}));
  EXPECT_TRUE(docids(set({})).empty());
  // One database, no uuids needed beyond its own.
  Xapian::Database one((dir / "a").string());
  Xapian::Enquire e(one);
  e.set_query(Xapian::Query((new searcher::DocumentSet({2, 5}, {one.get_uuid()}))->release()));
  EXPECT_EQ(e.get_mset(0, 10).size(), 2u);
  fs::remove_all(dir);
}

}  // namespace
