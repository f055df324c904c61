#include "searcher/searcher.h"

#include <filesystem>
#include <set>
#include <sstream>
#include <type_traits>

#include <unistd.h>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "searcher/output.h"
#include "searcher/facet_counting.h"

namespace fs = std::filesystem;

namespace {

class SearcherTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_path_ = (fs::path(testing::TempDir()) / ("referat_searcher_db_" + std::to_string(::getpid()))).string();
    fs::remove_all(db_path_);
    indexer::Indexer idx({db_path_, 2, indexer::Rebuild::yes});
    std::ostringstream errors;
    idx.index({REFERAT_SAMPLE_DIR}, errors);
    ASSERT_EQ(errors.str(), "");
  }

  static searcher::Result search(const std::string& query, searcher::Filters filters = {},
                                 searcher::Sort sort = searcher::Sort::relevance,
                                 unsigned limit = 100) {
    searcher::Searcher s({db_path_});
    return s.search({query, std::move(filters), sort, limit, 0});
  }

  static std::vector<std::string> titles(const searcher::Result& r) {
    std::vector<std::string> t;
    for (const auto& h : r.hits) t.push_back(h.item["title"].get<std::string>());
    return t;
  }

  // Titles in title order, for comparing result sets whose ranking may differ.
  static std::vector<std::string> sorted_titles(const searcher::Result& r) {
    auto t = titles(r);
    std::sort(t.begin(), t.end());
    return t;
  }

  static bool has_title(const searcher::Result& r, const std::string& title) {
    auto t = titles(r);
    return std::find(t.begin(), t.end(), title) != t.end();
  }

  static inline std::string db_path_;
};

TEST_F(SearcherTest, KlyngemidlerFindsMidtAndSydItems) {
  searcher::Result r = search("klyngemidler");
  EXPECT_TRUE(has_title(r, "Status for klyngemidlerne"));
  EXPECT_TRUE(has_title(r, "Orientering om klyngemidler og overførsel til 2025"));
  bool midt = false, syd = false;
  for (const auto& h : r.hits) {
    if (h.item["title"] == "Status for klyngemidlerne") midt = h.meeting["cluster"] == "Midt";
    if (h.item["title"] == "Orientering om klyngemidler og overførsel til 2025")
      syd = h.meeting["cluster"] == "Syd";
  }
  EXPECT_TRUE(midt);
  EXPECT_TRUE(syd);
}

TEST_F(SearcherTest, ClusterFilterKeepsOnlyThatCluster) {
  searcher::Filters f;
  f.clusters = {"Fyn"};
  searcher::Result r = search("ledelsesprogram", f);
  ASSERT_FALSE(r.hits.empty());
  for (const auto& h : r.hits) EXPECT_EQ(h.meeting["cluster"], "Fyn") << h.id;
  bool found = false;
  for (const auto& t : titles(r)) found |= t.find("Ledelsesprogram") != std::string::npos;
  EXPECT_TRUE(found);
}

TEST_F(SearcherTest, InlineFieldsEqualFilters) {
  searcher::Filters f;
  f.clusters = {"Fyn"};
  EXPECT_EQ(titles(search("klynge:Fyn ledelsesprogram")), titles(search("ledelsesprogram", f)));
  EXPECT_EQ(titles(search("cluster:fyn ledelsesprogram")), titles(search("ledelsesprogram", f)));
}

TEST_F(SearcherTest, DateFilterReturnsNothingOlder) {
  searcher::Filters f;
  f.from = "2024-01-01";
  searcher::Result r = search("", f);
  ASSERT_FALSE(r.hits.empty());
  for (const auto& h : r.hits) EXPECT_GE(h.meeting["date"].get<std::string>(), "2024-01-01");
  searcher::Result inline_range = search("dato:2024-01-01..2030-12-31");
  EXPECT_EQ(inline_range.total, r.total);
}

TEST_F(SearcherTest, DateRangesOnMonthBoundariesMatchAsTheirValueRanges) {
  // --from/--to on month boundaries are matched by year and month terms;
  // the inline range (a value range) must select the same items.
  const std::pair<const char*, const char*> ranges[] = {
      {"2024-01-01", "2024-12-31"}, {"2024-02-01", "2024-04-30"}, {"2023-03-01", "2024-06-30"},
      {"2022-01-01", "2025-12-31"}, {"2024-02-01", "2024-02-29"}, {"2024-02-02", "2024-04-30"}};
  std::size_t with_hits = 0;
  for (const auto& [from, to] : ranges) {
    searcher::Filters f;
    f.from = from;
    f.to = to;
    const searcher::Result by_filter = search("", f);
    const searcher::Result by_value = search(std::string("dato:") + from + ".." + to);
    EXPECT_EQ(by_filter.total, by_value.total) << from << ".." << to;
    EXPECT_EQ(sorted_titles(by_filter), sorted_titles(by_value)) << from << ".." << to;
    with_hits += by_filter.total > 0;
  }
  EXPECT_GE(with_hits, 4u);
}

TEST_F(SearcherTest, SortByDateIsMonotonic) {
  for (auto sort : {searcher::Sort::date, searcher::Sort::date_desc}) {
    searcher::Result r = search("", {}, sort);
    ASSERT_GT(r.hits.size(), 10u);
    for (std::size_t i = 1; i < r.hits.size(); ++i) {
      const std::string a = r.hits[i - 1].meeting["date"], b = r.hits[i].meeting["date"];
      if (sort == searcher::Sort::date) EXPECT_LE(a, b);
      else EXPECT_GE(a, b);
    }
  }
}

TEST_F(SearcherTest, FacetCountsAddUpToTotal) {
  for (const std::string q : {"", "klyngemidler", "sundhedsaftale", "ledelsesprogram"}) {
    searcher::Result r = search(q);
    for (const char* facet : {"cluster", "forum", "year"}) {
      Xapian::doccount sum = 0;
      for (const auto& [value, n] : r.facets[facet]) sum += n;
      EXPECT_EQ(sum, r.total) << facet << " for '" << q << "'";
    }
  }
}

TEST_F(SearcherTest, FacetsPastTheExactLimitAreCountedOverASampleAndSaySo) {
  searcher::Searcher s({db_path_});
  const searcher::Request all{"", {}, searcher::Sort::relevance, 2, 0};
  s.set_exact_facets_up_to(0);  // always exact
  const searcher::Result exact = s.search(all);
  ASSERT_TRUE(exact.facets_exact);
  ASSERT_GT(exact.total, 30u);
  s.set_exact_facets_up_to(4);
  const searcher::Result sampled = s.search(all);
  EXPECT_FALSE(sampled.facets_exact);
  // The same best hits; the total and the counts scaled from the sample.
  ASSERT_EQ(sampled.hits.size(), 2u);
  EXPECT_EQ(sampled.hits[0].id, exact.hits[0].id);
  EXPECT_GE(sampled.total, exact.total / 2);
  EXPECT_LE(sampled.total, exact.total * 3 / 2);
  Xapian::doccount sum = 0;
  for (const auto& [year, n] : sampled.facets.at("year")) {
    EXPECT_TRUE(exact.facets.at("year").count(year)) << year;  // no value invented
    sum += n;
  }
  EXPECT_GE(sum, exact.total / 2);
  EXPECT_LE(sum, exact.total * 3 / 2);
  const nlohmann::json j = searcher::to_json(sampled);
  EXPECT_FALSE(j["facets_exact"].get<bool>());
  std::ostringstream text;
  searcher::print_text(sampled, text, false);
  EXPECT_EQ(text.str().rfind("ca. ", 0), 0u) << text.str();
  EXPECT_NE(text.str().find("Facets (ca."), std::string::npos);
  // Comparisons count their groups exactly whatever the limit.
  const searcher::Comparison by_year = s.compare(all, searcher::GroupBy::year);
  for (const auto& g : by_year.groups) EXPECT_EQ(g.count, exact.facets.at("year").at(g.value)) << g.value;
}

TEST_F(SearcherTest, TwoPassesGiveTheAnswersOfOnePass) {
  // The hits come from a first pass that skips what cannot enter the page
  // once it has seen one match (two) or, when Xapian's estimate says it
  // could not see every match anyway (more than 4: guessed), from the
  // start; the total and facets from a second, unweighted pass over the
  // query without the parts that only weigh (word bonus, title weights,
  // phrase pairs, substance boost): all as when every match is weighed and
  // counted (one), also for several words and for a name understood as a
  // person (a misspelt surname: its items match as naming the person).
  searcher::Searcher one({db_path_}), two({db_path_}), guessed({db_path_});
  one.set_exact_facets_up_to(0);
  two.set_exact_facets_up_to(0);
  two.set_first_pass_matches(1);
  guessed.set_exact_facets_up_to(0);
  guessed.set_first_pass_matches(4);
  for (const std::string q : {"klyngemidler", "sundhedsaftale", "ledelsesprogram", "midler", "\"det nationale\"",
                              "status klyngemidler sundhedsaftale", "Sejersdahl"}) {
    for (const unsigned limit : {1u, 3u}) {
      const searcher::Request r{q, {}, searcher::Sort::relevance, limit, 0};
      const searcher::Result a = one.search(r);
      ASSERT_GT(a.total, 1u) << q;
      if (q == "Sejersdahl") {
        EXPECT_FALSE(a.understood.people.empty());
      }
      for (searcher::Searcher* s : {&two, &guessed}) {
        const searcher::Result b = s->search(r);
        EXPECT_TRUE(b.facets_exact) << q;
        EXPECT_EQ(a.total, b.total) << q;
        EXPECT_EQ(a.facets, b.facets) << q;
        ASSERT_EQ(a.hits.size(), b.hits.size()) << q;
        for (std::size_t i = 0; i < a.hits.size(); ++i) {
          EXPECT_EQ(a.hits[i].id, b.hits[i].id) << q << (s == &two ? " two " : " guessed ") << limit << " " << i;
          EXPECT_DOUBLE_EQ(a.hits[i].score, b.hits[i].score) << q;
        }
      }
    }
  }
}

TEST_F(SearcherTest, PhrasesCheckedAmongTheBestCandidatesGiveTheAnswersOfOnePass) {
  // One candidate first, then four times as many until the page is certain:
  // the same hits, scores and snippets as when the positions of every
  // candidate are checked in one pass, and the same totals and facets where
  // they are exact (the sample of this small index holds no match).
  searcher::Searcher one({db_path_}), bounded({db_path_});
  one.set_exact_facets_up_to(0);
  one.set_position_candidates(0);
  bounded.set_exact_facets_up_to(1);  // more candidates than that: checked among the best
  bounded.set_position_candidates(1);
  searcher::Filters fyn;
  fyn.clusters = {"Fyn"};
  const std::vector<searcher::Request> requests = {
      {"\"strategisk niveau\"", {}, searcher::Sort::relevance, 3, 0},
      {"\"det nationale ledelsesprogram\"", {}, searcher::Sort::relevance, 10, 0},
      {"\"sundhedsklynge midt\"", {}, searcher::Sort::relevance, 3, 3},  // the second page
      {"\"almen praksis\" OR klyngemidler", {}, searcher::Sort::relevance, 5, 0},
      {"\"politisk sundhedsklynge\" -ledelsesprogram", {}, searcher::Sort::relevance, 5, 0},
      {"\"region nordjylland\" beslutning", {}, searcher::Sort::relevance, 5, 0},
      {"\"strategisk niveau\"", fyn, searcher::Sort::relevance, 5, 0},
      {"\"niveau strategisk\"", {}, searcher::Sort::relevance, 5, 0},  // no match
  };
  std::size_t with_hits = 0, exact_counts = 0;
  for (const auto& r : requests) {
    const searcher::Result a = one.search(r), b = bounded.search(r);
    with_hits += a.hits.size() > 1;
    exact_counts += b.facets_exact;
    if (b.facets_exact) {
      EXPECT_EQ(a.total, b.total) << r.query;
      EXPECT_EQ(a.facets, b.facets) << r.query;
    }
    ASSERT_EQ(a.hits.size(), b.hits.size()) << r.query;
    for (std::size_t i = 0; i < a.hits.size(); ++i) {
      EXPECT_EQ(a.hits[i].id, b.hits[i].id) << r.query;
      EXPECT_EQ(a.hits[i].rank, b.hits[i].rank) << r.query;
      EXPECT_DOUBLE_EQ(a.hits[i].score, b.hits[i].score) << r.query;
      EXPECT_EQ(a.hits[i].snippet, b.hits[i].snippet) << r.query;
    }
  }
  EXPECT_GE(with_hits, 5u);
  EXPECT_GE(exact_counts, 3u);
}

TEST_F(SearcherTest, FilteredItemsAsNotMeetingsGiveTheSameAnswers) {
  // With a cluster, dates or a section, items are matched as the filters
  // AND NOT a meeting instead of AND the items' term: the same hits,
  // scores, snippets, totals and facets, counted exactly, over a sample
  // (the total scaled from the bounds Xapian gives for the query with the
  // items' term) or in one pass, sorted by relevance or date.
  searcher::Filters fyn, dates, section, fyn_dates;
  fyn.clusters = {"Fyn"};
  dates.from = "2023-01-01";
  dates.to = "2024-12-31";
  section.sections = {"beslutning"};
  fyn_dates = fyn;
  fyn_dates.from = dates.from;
  fyn_dates.to = dates.to;
  std::size_t sampled = 0, with_hits = 0;
  for (const Xapian::doccount exact_up_to : {0u, 2u, 50000u}) {
    searcher::Searcher items({db_path_}), not_meetings({db_path_});
    items.set_items_as_not_meetings(false);
    items.set_exact_facets_up_to(exact_up_to);
    not_meetings.set_exact_facets_up_to(exact_up_to);
    for (const auto& filters : {fyn, dates, section, fyn_dates})
      for (const std::string q : {"klyngemidler", "midler", "", "sundhedsaftale praksis", "\"det nationale\""})
        for (const auto sort : {searcher::Sort::relevance, searcher::Sort::date}) {
          const searcher::Request r{q, filters, sort, 5, 0};
          const searcher::Result a = items.search(r), b = not_meetings.search(r);
          sampled += !a.facets_exact;
          with_hits += !a.hits.empty();
          EXPECT_EQ(a.facets_exact, b.facets_exact) << q;
          EXPECT_EQ(a.total, b.total) << q;
          EXPECT_EQ(a.facets, b.facets) << q;
          ASSERT_EQ(a.hits.size(), b.hits.size()) << q;
          for (std::size_t i = 0; i < a.hits.size(); ++i) {
            EXPECT_EQ(a.hits[i].id, b.hits[i].id) << q;
            EXPECT_DOUBLE_EQ(a.hits[i].score, b.hits[i].score) << q;
            EXPECT_EQ(a.hits[i].snippet, b.hits[i].snippet) << q;
          }
        }
  }
  EXPECT_GT(sampled, 0u);
  EXPECT_GT(with_hits, 20u);
}

TEST_F(SearcherTest, SampledPhraseCountsKeepTheExactHits) {
  // Past the exact limit a phrase's total and facets come from a sample
  // (marked), but its hits are still the best of all its matches. (A
  // sample of this small index may hold none of a phrase's matches: then
  // it is counted exactly; some of these phrases are sampled.)
  searcher::Searcher exact({db_path_}), sampled({db_path_});
  exact.set_exact_facets_up_to(0);
  sampled.set_exact_facets_up_to(2);
  std::size_t were_sampled = 0;
  for (const char* q : {"\"strategisk niveau\"", "\"fagligt strategisk\"", "\"sundhedsklynge midt\"",
                        "\"almen praksis\"", "\"region nordjylland\"", "\"politisk sundhedsklynge\""}) {
    const searcher::Request r{q, {}, searcher::Sort::relevance, 3, 0};
    const searcher::Result a = exact.search(r), b = sampled.search(r);
    ASSERT_GT(a.total, 4u) << q;
    ASSERT_TRUE(a.facets_exact) << q;
    were_sampled += !b.facets_exact;
    ASSERT_EQ(a.hits.size(), b.hits.size()) << q;
    for (std::size_t i = 0; i < a.hits.size(); ++i) {
      EXPECT_EQ(a.hits[i].id, b.hits[i].id) << q;
      EXPECT_DOUBLE_EQ(a.hits[i].score, b.hits[i].score) << q;
    }
    for (const auto& [year, n] : b.facets.at("year")) EXPECT_TRUE(a.facets.at("year").count(year)) << q << year;
    if (b.facets_exact) {
      EXPECT_EQ(a.facets, b.facets) << q;
    }
  }
  EXPECT_GE(were_sampled, 1u);
}

TEST(FacetSpyTest, CountsRunsOfEqualValuesAndValuesThatComeBack) {
  // Values in runs (the items of one meeting), a value seen again after
  // others, and documents without one: counted as one count a value.
  searcher::FacetSpy spy(1);
  const std::vector<std::string> values = {"a", "a", "a", "b", "", "b", "a", "c", "c", "", "a"};
  for (const auto& value : values) {
    Xapian::Document doc;
    if (!value.empty()) doc.add_value(1, value);
    spy(doc, 0);
  }
  EXPECT_EQ(spy.get_total(), values.size());
  const std::unordered_map<std::string, Xapian::doccount> expected = {{"a", 5}, {"b", 2}, {"c", 2}};
  EXPECT_EQ(spy.counts(), expected);
}

TEST(CountingFormTest, MatchesWhatTheQueryMatchesWithEachTermOnce) {
  // Documents holding subsets of five terms (bit i: term t<i>), and "meeting"
  // on every seventh.
  const fs::path dir = fs::path(testing::TempDir()) / ("referat_counting_form_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OPEN);
  for (int i = 0; i < 64; ++i) {
    Xapian::Document doc;
    Xapian::termpos pos = 0;
    for (int bit = 0; bit < 5; ++bit)
      if (i & (1 << bit)) doc.add_posting("t" + std::to_string(bit), ++pos);
    if (i % 7 == 0) doc.add_boolean_term("meeting");
    db.add_document(doc);
  }
  db.commit();
  auto docids = [&](const Xapian::Query& q) {
    Xapian::Enquire e(db);
    e.set_query(q);
    e.set_weighting_scheme(Xapian::BoolWeight());
    std::vector<Xapian::docid> out;
    const Xapian::MSet m = e.get_mset(0, db.get_doccount());
    for (auto it = m.begin(); it != m.end(); ++it) out.push_back(*it);
    std::sort(out.begin(), out.end());
    return out;
  };
  using Q = Xapian::Query;
  const Q t0("t0"), t1("t1"), t2("t2"), t3("t3"), t4("t4");
  const Q word(Q::OP_SYNONYM, t0, t1);
  // As words_query() builds a word: the whole word, then again beside its parts.
  const Q ranked(Q::OP_OR, word, Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_OR, word, Q(Q::OP_OR, t2, t3)), 0.5));
  const Q items(Q::OP_AND_NOT, Q::MatchAll, Q("meeting"));
  const std::vector<Q> queries = {
      ranked,
      Q(Q::OP_FILTER, ranked, items),
      Q(Q::OP_AND_MAYBE, Q(Q::OP_AND, ranked, t4), Q(Q::OP_SCALE_WEIGHT, t3, 2.0)),
      Q(Q::OP_AND_NOT, Q(Q::OP_OR, t0, Q(Q::OP_PHRASE, t1, t2)), Q(Q::OP_SYNONYM, t3, t3)),
      Q(Q::OP_OR, Q(Q::OP_OR, Q(Q::OP_AND, t0, t1), Q(Q::OP_AND, t0, t1)), t2),
      Q(Q::OP_SCALE_WEIGHT, t4, 0.0),
  };
  for (const Q& q : queries) EXPECT_EQ(docids(searcher::counting_form(q)), docids(q)) << q.get_description();
  // The ranked word's three lists become one OR of each term once.
  EXPECT_EQ(searcher::counting_form(ranked).get_description(), "Query((t0 OR t1 OR t2 OR t3))");
  // Items only, without the all-documents list.
  EXPECT_EQ(searcher::counting_form(Q(Q::OP_FILTER, t4, items)).get_description(), "Query((t4 AND_NOT meeting))");
  fs::remove_all(dir);
}

TEST(EveryNthDocumentTest, KeepsEveryStepthDocumentOfTheIndex) {
  const fs::path dir = fs::path(testing::TempDir()) / ("referat_every_nth_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OPEN);
  for (int i = 0; i < 10; ++i) {
    Xapian::Document doc;
    doc.add_term(i % 2 ? "odd" : "even");
    db.add_document(doc);
  }
  db.commit();
  auto docids = [&](const Xapian::Query& q) {
    Xapian::Enquire e(db);
    e.set_query(q);
    std::vector<Xapian::docid> out;
    const Xapian::MSet m = e.get_mset(0, 100);
    for (auto it = m.begin(); it != m.end(); ++it) out.push_back(*it);
    std::sort(out.begin(), out.end());
    return out;
  };
  auto every = [](Xapian::docid step) { return Xapian::Query((new searcher::EveryNthDocument(step))->release()); };
  EXPECT_EQ(docids(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::MatchAll, every(3))),
            (std::vector<Xapian::docid>{3, 6, 9}));
  // Documents 2, 4, ... hold "odd" (docids start at 1).
  EXPECT_EQ(docids(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("odd"), every(4))),
            (std::vector<Xapian::docid>{4, 8}));
  EXPECT_EQ(docids(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("even"), every(1))).size(), 5u);
  fs::remove_all(dir);
}

TEST(EveryNthDocumentTest, TakesRunsOfConsecutiveDocumentsSpreadOverTheIndex) {
  // 10,000 documents, one in 4 in runs of at most 8: 10,000 / 4 / 64 runs
  // would be 39 long, so runs of 8, the last 8 ids of every 32.
  const fs::path dir = fs::path(testing::TempDir()) / ("referat_every_nth_runs_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OPEN);
  for (int i = 0; i < 10000; ++i) {
    Xapian::Document doc;
    doc.add_term(i % 3 ? "most" : "third");
    db.add_document(doc);
  }
  db.commit();
  auto docids = [&](const Xapian::Query& q) {
    Xapian::Enquire e(db);
    e.set_query(q);
    std::vector<Xapian::docid> out;
    const Xapian::MSet m = e.get_mset(0, db.get_doccount());
    for (auto it = m.begin(); it != m.end(); ++it) out.push_back(*it);
    std::sort(out.begin(), out.end());
    return out;
  };
  auto runs = [](Xapian::docid step, Xapian::docid max_run) {
    return Xapian::Query((new searcher::EveryNthDocument(step, max_run))->release());
  };
  for (const char* term : {"", "most", "third"}) {
    std::vector<Xapian::docid> expected;
    for (Xapian::docid did = 1; did <= 10000; ++did) {
      const bool has = !*term || (std::string(term) == "third") == ((did - 1) % 3 == 0);
      if (has && (did - 1) % 32 >= 24) expected.push_back(did);
    }
    const Xapian::Query q = *term ? Xapian::Query(term) : Xapian::Query(std::string());
    EXPECT_EQ(docids(Xapian::Query(Xapian::Query::OP_FILTER, q, runs(4, 8))), expected) << term;
  }
  // Past k_min_runs runs of max_run, as many runs as fit: here 64 of 39.
  const std::vector<Xapian::docid> long_runs =
      docids(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(std::string()), runs(4, 1000)));
  EXPECT_EQ(long_runs.size(), 10000u / (4 * 39) * 39);
  EXPECT_EQ(long_runs.front(), 4u * 39 - 39 + 1);
  fs::remove_all(dir);
}

TEST_F(SearcherTest, PagingIsConsistent) {
  searcher::Result all = search("sundhedsklynge");
  searcher::Searcher s({db_path_});
  searcher::Result page2 = s.search({"sundhedsklynge", {}, searcher::Sort::relevance, 3, 3});
  ASSERT_GE(all.hits.size(), 6u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(page2.hits[i].id, all.hits[i + 3].id);
  EXPECT_EQ(page2.hits[0].rank, 4u);
}

TEST_F(SearcherTest, PhraseAndBooleanOperators) {
  EXPECT_TRUE(has_title(search("\"status for klyngemidlerne\""), "Status for klyngemidlerne"));
  searcher::Result both = search("klyngemidler OR ledelsesprogram");
  searcher::Result without = search("klyngemidler NOT overførsel");
  EXPECT_GT(both.total, search("klyngemidler").total);
  EXPECT_FALSE(has_title(without, "Orientering om klyngemidler og overførsel til 2025"));
  EXPECT_TRUE(has_title(search("klyngemid*"), "Status for klyngemidlerne"));
}

TEST_F(SearcherTest, DecisionSnippetComesFirst) {
  // "overskydende midler" is in both the Beslutning and the Sagsfremstilling.
  searcher::Result r = search("overskydende midler");
  ASSERT_TRUE(has_title(r, "Status for klyngemidlerne"));
  for (const auto& h : r.hits) {
    if (h.item["title"] != "Status for klyngemidlerne") continue;
    EXPECT_EQ(h.section, "beslutning");
    EXPECT_NE(h.snippet.find("<mark>"), std::string::npos) << h.snippet;
  }
  searcher::Filters f;
  f.sections = {"sagsfremstilling"};
  searcher::Result only = search("klyngemidler", f);
  ASSERT_FALSE(only.hits.empty());  // the loop below must check something
  for (const auto& h : only.hits) EXPECT_EQ(h.section, "sagsfremstilling");
}

// One DatabaseError for both binaries: a caller of the indexer's or the
// searcher's library catches the same class.
static_assert(std::is_same_v<searcher::DatabaseError, indexer::DatabaseError>);

TEST(SearcherOpenTest, AMissingDatabaseThrowsTheOneDatabaseError) {
  const std::string missing = (fs::path(testing::TempDir()) / "referat_no_such_index").string();
  fs::remove_all(missing);
  EXPECT_THROW(searcher::Searcher({missing}), indexer::DatabaseError);
}

TEST_F(SearcherTest, BadInputGivesQueryError) {
  searcher::Filters f;
  f.from = "2024-13-45";
  EXPECT_THROW(search("x", f), searcher::QueryError);
  EXPECT_THROW(search("dato:2024-1"), searcher::QueryError);
}

TEST_F(SearcherTest, FromAndToMustBeCalendarDates) {
  const std::pair<const char*, bool> cases[] = {
      {"2024-02-29", true},  {"2000-02-29", true},  {"2024-12-31", true},
      {"2024-02-30", false}, {"2023-02-29", false}, {"1900-02-29", false},
      {"2024-04-31", false}, {"2024-00-10", false}, {"2024-01-00", false},
  };
  for (const auto& [date, valid] : cases) {
    for (bool from : {true, false}) {
      searcher::Filters f;
      (from ? f.from : f.to) = date;
      try {
        search("x", f);
        EXPECT_TRUE(valid) << date << " accepted";
      } catch (const searcher::QueryError& e) {
        EXPECT_FALSE(valid) << date << " rejected: " << e.what();
        EXPECT_NE(std::string(e.what()).find(date), std::string::npos) << e.what();
      }
    }
  }
}

struct InlineDateCase {
  const char* query;
  const char* bad;  // the date the error must name; nullptr: a valid query
};

TEST_F(SearcherTest, InlineDatesMustBeCalendarDates) {
  const InlineDateCase cases[] = {
      {"dato:2024", nullptr},
      {"dato:2024-02", nullptr},
      {"dato:2024-02-08", nullptr},
      {"dato:2024-02-29", nullptr},
      {"date:20240208", nullptr},
      {"dato:2024-01-01..2024-06-30", nullptr},
      {"dato:20240101..20240630", nullptr},
      {"dato:..2024-06-30", nullptr},
      {"dato:2024-01-01..", nullptr},
      {"dato:2024-99-99", "2024-99-99"},
      {"dato:2024-13", "2024-13"},
      {"dato:2024-00", "2024-00"},
      {"dato:2024-02-30", "2024-02-30"},
      {"date:2023-02-29", "2023-02-29"},
      {"dato:2024-04-31", "2024-04-31"},
      {"dato:2024-01-01..2024-13-01", "2024-13-01"},
      {"dato:2024-02-30..2024-06-30", "2024-02-30"},
      {"dato:2024-01-01..2024-04-31", "2024-04-31"},
      {"dato:20241301..", "20241301"},
      {"date:..2024-00-10", "2024-00-10"},
  };
  for (const auto& c : cases) {
    try {
      search(c.query);
      EXPECT_EQ(c.bad, nullptr) << c.query << " accepted";
    } catch (const searcher::QueryError& e) {
      ASSERT_NE(c.bad, nullptr) << c.query << " rejected: " << e.what();
      EXPECT_NE(std::string(e.what()).find(std::string("\"") + c.bad + "\""), std::string::npos)
          << e.what();
    }
  }
  // A valid range still means what it says.
  searcher::Filters f;
  f.from = "2024-01-01";
  f.to = "2024-06-30";
  EXPECT_EQ(search("dato:2024-01-01..2024-06-30").total, search("", f).total);
}

TEST_F(SearcherTest, ShowReturnsItemWithMeetingHeader) {
  searcher::Result r = search("\"status for klyngemidlerne\"");
  ASSERT_FALSE(r.hits.empty());
  searcher::Searcher s({db_path_});
  nlohmann::json shown = s.show(r.hits[0].id);
  EXPECT_EQ(shown["item"]["title"], r.hits[0].item["title"]);
  EXPECT_EQ(shown["meeting"]["cluster"], "Midt");
  EXPECT_GT(shown["items"].size(), 5u);
  EXPECT_THROW(s.show("nonexistent-1"), searcher::NotFound);
  // Items are read from their meeting's stored data: every item the meeting
  // lists shows, with its own title, and a position past them is not found.
  const std::string mid = shown["meeting"]["id"];
  for (const auto& listed : shown["items"]) {
    const nlohmann::json item = s.show(listed["id"]);
    EXPECT_EQ(item["item"]["title"], listed["title"]) << listed["id"];
    EXPECT_EQ(item["meeting"]["id"], mid);
  }
  const std::string past = mid + "-" + std::to_string(shown["items"].size() + 1);
  for (const std::string& id : {past, mid + "-0", mid + "-x", mid + "-"})
    EXPECT_THROW(s.show(id), searcher::NotFound) << id;
  EXPECT_EQ(s.show(mid)["item"], nullptr);
}

TEST_F(SearcherTest, JsonHasContractKeys) {
  nlohmann::json j = searcher::to_json(search("klyngemidler", {}, searcher::Sort::relevance, 2));
  for (const char* key : {"query", "corrected_query", "total", "offset", "hits", "facets", "facets_exact"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_TRUE(j["facets_exact"].get<bool>());  // a few matches are counted exactly
  ASSERT_FALSE(j["hits"].empty());
  for (const char* key :
       {"id", "rank", "score", "type", "source", "meeting", "item", "section", "snippet"})
    EXPECT_TRUE(j["hits"][0].contains(key)) << key;
  for (const char* key : {"title", "date", "cluster", "region", "forum"})
    EXPECT_TRUE(j["hits"][0]["meeting"].contains(key)) << key;
  for (const char* key : {"cluster", "region", "forum", "year", "person"})
    EXPECT_TRUE(j["facets"].contains(key)) << key;
}

struct AttendanceCase {
  const char* query;         // as a user types it
  const char* person;        // the name it must find
  std::vector<std::pair<std::string, bool>> meetings;  // date, present; newest first
};

TEST_F(SearcherTest, AttendanceAcrossSpellingVariants) {
  const AttendanceCase cases[] = {
      {"Eva Sejersdal Knudsen", "Eva Sejersdal Knudsen",
       {{"2024-10-22", true}, {"2024-02-08", true}, {"2022-06-23", true}}},
      {"Jan Mains", "Jan Mainz", {{"2024-10-22", false}, {"2024-02-08", true}}},
      // Shown by the fullest name a participant list gives, then the most
      // written (Kjærgaard in two files, Kjærsgaard in one), whatever the
      // order the files were indexed in.
      {"Lagoni", "Lisbeth Kjær Lagoni", {{"2024-10-22", true}, {"2024-02-08", true}}},
      {"Daniel Kjærsgaard Simonsen", "Daniel Kjærgaard Simonsen",
       {{"2024-10-22", true}, {"2024-02-08", true}, {"2022-06-23", false}}},
      {"Pia Buus Pindstrup", "Pia Buus Pinstrup", {{"2024-10-22", false}}},
      {"hanne madsen", "Hanne Madsen", {{"2024-02-08", true}, {"2022-06-23", false}}},
      {"Torben Kjeldgaard", "Torben Krogh Kjeldgaard", {{"2024-02-08", true}}},
  };
  searcher::Searcher s({db_path_});
  for (const auto& c : cases) {
    const nlohmann::json a = s.attendance(c.query);
    EXPECT_EQ(a["person"]["name"], c.person) << c.query;
    std::vector<std::pair<std::string, bool>> got;
    for (const auto& m : a["meetings"]) got.emplace_back(m["date"], m["present"]);
    EXPECT_EQ(got, c.meetings) << c.query;
    std::size_t afbud = 0;
    for (const auto& [date, present] : c.meetings) afbud += !present;
    EXPECT_EQ(a["counts"]["afbud"], afbud) << c.query;
  }
  EXPECT_THROW(s.attendance("Madsen"), searcher::AmbiguousPerson);
  EXPECT_THROW(s.attendance("Ingen Sådan Person"), searcher::NotFound);
}

TEST_F(SearcherTest, PersonFilterAndFacetFindItemsWhereSomeoneSpoke) {
  searcher::Filters f;
  f.persons = {"Mathilde Schmidt-Petersen"};
  searcher::Result r = search("", f);
  EXPECT_EQ(r.total, 6u);  // she opens six of the Fyn items
  for (const auto& h : r.hits) EXPECT_EQ(h.meeting["cluster"], "Fyn");
  EXPECT_EQ(sorted_titles(search("person:\"Mathilde Schmidt-Petersen\"")), sorted_titles(r));
  // "v/ Mikkel, Daniel og Henrik": first names of the meeting's participants.
  f.persons = {"Mikkel Grimmeshave"};
  EXPECT_TRUE(has_title(search("", f), "Organisering af Sundhedsklynge Midt"));
  searcher::Result all = search("");
  EXPECT_EQ(all.facets["person"]["Mathilde Schmidt-Petersen"], 6u);
  EXPECT_EQ(all.facets["person"]["Lisbeth Kjær Lagoni"], 1u);
  EXPECT_EQ(all.facets["person"].count("Lisbeth Lagoni"), 0u);
}

TEST_F(SearcherTest, PersonFilterOnAnAmbiguousNameFindsEveryMatchingPerson) {
  // --attendance must pick one person and refuses an ambiguous name; a search
  // filter need not: "Petersen" finds the items naming any Petersen.
  searcher::Searcher s({db_path_});
  EXPECT_THROW(s.attendance("Petersen"), searcher::AmbiguousPerson);
  auto ids = [](const searcher::Result& r) {
    std::set<std::string> out;
    for (const auto& h : r.hits) out.insert(h.id);
    return out;
  };
  auto with_person = [&](const std::string& name) {
    searcher::Filters f;
    f.persons = {name};
    return search("", f);
  };
  std::set<std::string> every = ids(with_person("Mathilde Schmidt-Petersen"));
  const std::set<std::string> rikke = ids(with_person("Rikke Petersen Ravn"));
  ASSERT_FALSE(every.empty());
  ASSERT_FALSE(rikke.empty());
  every.insert(rikke.begin(), rikke.end());
  EXPECT_EQ(ids(with_person("Petersen")), every);
  EXPECT_EQ(ids(search("person:Petersen")), every);
  // Several matching people none of whose items name them, or nobody at
  // all: an empty result, not an error.
  EXPECT_THROW(s.attendance("Madsen"), searcher::AmbiguousPerson);
  EXPECT_EQ(with_person("Madsen").total, 0u);
  EXPECT_EQ(with_person("Ingen Sådan Person").total, 0u);
  EXPECT_EQ(search("person:\"Ingen Sådan Person\"").total, 0u);
}

TEST_F(SearcherTest, SuggestsSpellingFromTheCorpus) {
  // Nothing matches "klyngemidlr": the items of the suggestion are shown.
  const searcher::Result r = search("klyngemidlr");
  EXPECT_EQ(r.corrected_query, "klyngemidler");
  EXPECT_EQ(r.understood.words, "klyngemidler");
  EXPECT_GT(r.total, 0u);
  // Words known as compound parts or in another spelling get no suggestion,
  // nor do words whose items were found (a stem, a person's name).
  for (const char* known : {"klyngemidler", "reform", "aalborg", "laegevagten", "midler", "ledelsesprogramet",
                            "sejersdahl"})
    EXPECT_EQ(search(known).corrected_query, std::nullopt) << known;
}

TEST_F(SearcherTest, DanishLettersTypedAnyWayFindTheSameItems) {
  EXPECT_GT(search("Aalborg").total, 0u);
  EXPECT_EQ(sorted_titles(search("Ålborg")), sorted_titles(search("Aalborg")));
  EXPECT_EQ(search("Soeren Aalund").total, search("Søren Aalund").total);
  EXPECT_GT(search("laegevagten").total, 0u);
  EXPECT_EQ(search("laegevagten").total, search("lægevagten").total);
}

TEST_F(SearcherTest, AbbreviationsAndLongFormsFindEachOther) {
  // The Fyn minutes write "FSN"; the Midt minutes "Sundhedssamarbejdsudvalget" and "SSU".
  EXPECT_EQ(sorted_titles(search("SSU")), sorted_titles(search("Sundhedssamarbejdsudvalget")));
  EXPECT_TRUE(has_title(search("SSU"), "Den nye Sundhedsaftale og sammenhæng til klyngens handleplan"));
  EXPECT_TRUE(has_title(search("\"fagligt strategisk niveau\" dagsorden"), "Velkommen og godkendelse af dagsorden"));
}

TEST_F(SearcherTest, PartsOfCompoundsFindTheCompound) {
  const std::pair<const char*, const char*> cases[] = {
      {"midler", "Status for klyngemidlerne"},
      {"reform", "Drøftelse vedr. Sundhedsreform og evaluering"},
      {"indlæggelse", "Gensidig orientering"},  // "tvangsindlæggelser" in the Fyn minutes
      {"rehabilitering", "Skriftlig orientering – PRO Hjerterehabilitering"},
  };
  for (const auto& [query, title] : cases) EXPECT_TRUE(has_title(search(query), title)) << query;
}

// A compound's tail names what it is ("Sundhedsaftalen" is an "aftale"):
// its items rank among the first, still below an equal whole-word match;
// a head ("klynge" of "klyngemidlerne") weighs less than a tail.
TEST_F(SearcherTest, CompoundTailsRankAmongTheFirst) {
  const searcher::Result r = search("aftale");
  std::size_t rank = 0;
  for (const auto& h : r.hits)
    if (h.item["title"] == "Den nye Sundhedsaftale og sammenhæng til klyngens handleplan") rank = h.rank;
  ASSERT_GT(rank, 0U) << "the Sundhedsaftale item is not found";
  EXPECT_LE(rank, 5U);
  EXPECT_GT(rank, 1U);  // a whole-word match ranks first
}

TEST(SnippetTextTest, ConvertsMarksAndEntities) {
  EXPECT_EQ(searcher::snippet_to_text("a <mark>b</mark> &lt;u&gt; &amp;", false), "a [b] <u> &");
}

}  // namespace
