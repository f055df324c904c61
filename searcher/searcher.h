// Ranked, faceted search over one or more indexes (local directories, stub
// files or remote shards), and the item view. Output formats: output.h.
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "analyzers/abbreviations.h"
#include "analyzers/analyzer.h"
#include "indexer/facets.h"
#include "indexer/indexer.h"
#include "indexer/persons.h"
#include "indexer/schema.h"
#include "indexer/store.h"

namespace searcher {

class SubstanceBits;  // searcher/substance.h

class WordCodes;

// A query or filter the user must fix (exit code 2). what() names the query.
class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// No document has the requested id (exit code 1).
class NotFound : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A database that cannot be opened or read (exit code 2): the indexer's
// class, so one catch serves both sides.
using DatabaseError = indexer::DatabaseError;

// A person name matching several people equally well.
class AmbiguousPerson : public std::runtime_error {
 public:
  AmbiguousPerson(const std::string& what, std::vector<std::string> candidates,
                  std::vector<std::string> labels = {})
      : std::runtime_error(what), candidates_(std::move(candidates)), labels_(std::move(labels)) {}
  // The candidates' person ids (each resolves to one person).
  const std::vector<std::string>& candidates() const { return candidates_; }
  // What tells them apart, in the same order: "Hanne Madsen (Aalborg
  // Kommune, 2022–2023)" (indexer::Person::label).
  const std::vector<std::string>& labels() const { return labels_; }

 private:
  std::vector<std::string> candidates_;
  std::vector<std::string> labels_;
};

enum class Sort { relevance, date, date_desc };

// Boolean filters: values of one field are ORed, different fields ANDed.
struct Filters {
  std::vector<std::string> clusters;
  std::vector<std::string> regions;
  std::vector<std::string> forums;
  // Canonical person ids or names: items naming the person (as speaker,
  // presenter, ...; a meeting's participant list is --attendance's). Names
  // are matched as --attendance matches them, but a name several people
  // match equally ("Madsen") selects the items of each of them instead of
  // throwing AmbiguousPerson, and a name nobody matches selects nothing.
  std::vector<std::string> persons;
  std::vector<std::string> sections;  // section kinds: beslutning, indstilling, ...
  // Inclusive bounds, as parse_date_bound() (understand.h) reads them:
  // "2024-02-08", "08-02-2024", "8. februar 2024", "februar 2024", "2024"
  // (from takes the period's first day, to its last).
  std::optional<std::string> from;
  std::optional<std::string> to;
};

struct Request {
  std::string query;  // may be empty: then all items matching the filters
  Filters filters;
  Sort sort = Sort::relevance;
  unsigned limit = 10;
  unsigned offset = 0;
};

// Largest page a request may ask for; larger limits are clamped.
inline constexpr unsigned k_max_limit = 1000;

struct Hit {
  std::string id;
  unsigned rank = 0;  // 1-based over the whole result
  double score = 0;   // Xapian's BM25 weight (0 when sorted by date only)
  std::string type;   // "item" or "meeting"
  std::string source;
  nlohmann::json meeting;               // {title, date, cluster, region, forum}
  nlohmann::json item;                  // {number, title, kind}; null for meetings
  std::optional<std::string> section;   // kind of the section the snippet is from
  std::optional<int> page;              // 1-based page of the item in a PDF source
  std::string snippet;                  // HTML: text escaped, matches in <mark>
};

// facet name -> value -> number of matching documents.
using Facets = std::map<std::string, std::map<std::string, Xapian::doccount>>;

// What the searcher read in the query besides words (JSON "understood").
struct Understood {
  std::string words;               // the query left for word matching
  std::string date_text;           // the date phrase as typed; empty if none
  std::optional<std::string> from; // ISO bounds the date phrase set
  std::optional<std::string> to;
  // People the words name: [{person_id, name, organisations, regions,
  // meetings, attended, afbud}], best first; empty if the words are no name.
  nlohmann::json people = nlohmann::json::array();
  // A --cluster name several regions share ("Midt"), with the labels of
  // the clusters it selected: {"Midt": ["Midt (Region Midtjylland)", ...]}.
  std::map<std::string, std::vector<std::string>> clusters;
};

struct Result {
  std::string query;
  Understood understood;
  std::optional<std::string> corrected_query;
  // Number of matches: exact when facets_exact, else an estimate.
  Xapian::doccount total = 0;
  unsigned offset = 0;
  std::vector<Hit> hits;
  Facets facets;  // cluster, region, forum, year, kind, person
  // False when there were more matches than Searcher::exact_facets_up_to():
  // facet counts and total are then counted over an even sample of the
  // matches and scaled up (shown as "ca.").
  bool facets_exact = true;
};

// The fields results can be grouped by for a side-by-side comparison.
enum class GroupBy { cluster, region, forum, year };

// Parses "cluster", "region", "forum", "year" (also "klynge", "år").
// Throws QueryError otherwise.
GroupBy parse_group_by(const std::string& name);
std::string to_string(GroupBy by);

struct Group {
  std::string value;                     // "Midt", "2024", ...
  Xapian::doccount count = 0;            // matching items in the group
  std::optional<std::string> first_date; // ISO date of the oldest matching meeting
  std::optional<std::string> last_date;  // ISO date of the newest
  std::vector<Hit> hits;                 // best items of the group
};

struct Comparison {
  std::string query;
  GroupBy by = GroupBy::cluster;
  std::vector<Group> groups;  // largest count first; named groups in the order given
  std::size_t groups_limit = 0;  // the cap compare() was given; 0: none
  bool groups_capped = false;    // true if groups beyond groups_limit were left out
};

// Matches up to which facet counts are exact by default; past it they are
// counted over a sample of about a fifth of this many matches
// (docs/BENCHMARKS.md, "Facets at scale").
inline constexpr Xapian::doccount k_exact_facets_up_to = 50000;

// Matches the first pass of a two-pass search sees before Xapian may skip
// the rest (Searcher::set_first_pass_matches): a result this small is
// counted on the way, with no second pass. Measured at 100,000 items: the
// 1,266 matches of "sundhedsaftale" in one cluster took 7.8 ms CPU in two
// passes and 5.9 ms in one.
inline constexpr Xapian::doccount k_first_pass_matches = 2000;

// The first number of candidates a ranked query with phrases checks
// (Searcher::set_position_candidates). Past k_max_position_candidates, the
// query is matched in one pass as before.
inline constexpr Xapian::doccount k_position_candidates = 100;
inline constexpr Xapian::doccount k_max_position_candidates = 25600;

class Searcher {
 public:
  // Opens and combines `databases` (index directories, stub files, or
  // tcp://HOST:PORT remote shards). Throws DatabaseError.
  explicit Searcher(const std::vector<std::string>& databases);

  // Runs a ranked search over agenda items. A date phrase in the query
  // becomes a date filter and a person's name adds the items naming the
  // person (see Result::understood). Plain words rank items having all of
  // them first, then items having most of them; a query with operators,
  // phrases or fields, or sorted by date, must match as a whole (when that
  // finds nothing, its words are ORed). Throws QueryError for unparsable
  // queries or bad filter values.
  Result search(const Request& request);

  // Facet counts (and Result::total) are exact for queries with at most this
  // many matches (k_exact_facets_up_to by default); beyond it, counted over
  // an even sample of about a fifth of this many matches and scaled up. Remote shards
  // are always counted exactly. 0 means always exact.
  void set_exact_facets_up_to(Xapian::doccount matches) { exact_facets_up_to_ = matches; }
  Xapian::doccount exact_facets_up_to() const { return exact_facets_up_to_; }

  // A ranked query without positions is matched in two passes: the page of
  // hits, where Xapian may skip matches that cannot enter it once it has
  // seen this many (k_first_pass_matches by default), and, unless that
  // pass saw every match, the facet counts without weights. Results are
  // the same for any value; it only moves the cost between the passes.
  void set_first_pass_matches(Xapian::doccount matches) { first_pass_matches_ = std::max<Xapian::doccount>(1, matches); }

  // A ranked query with phrases, on local databases, with more candidates
  // (documents having its words) than exact_facets_up_to(), finds its page
  // of hits among the best `candidates` matches of the query with its
  // phrases as plain ANDs (checking the phrases of those only), taking four
  // times as many until the page is certain (k_position_candidates by
  // default); its total and facets are then counted without weights, over a
  // sample unless that finds at most exact_facets_up_to() matches. 0: the
  // positions of every candidate are checked in one pass that weighs and
  // counts each match. The hits are the same for any value.
  void set_position_candidates(Xapian::doccount candidates) { position_candidates_ = candidates; }

  // For a process that runs one search (the CLI): the substance boost's
  // bits are read only when the search's lookups in their lists have cost
  // as much (SubstanceBits::read_when_they_pay()), not up front for the
  // searches to come. The answers are the same either way.
  void set_one_search(bool on);

  // With filters besides the item type (clusters, dates, ...), items are
  // matched as the other filters AND NOT a meeting (the meetings' short
  // posting list) where every document is an item or a meeting, instead of
  // AND the items' term (true, the default). The answers are the same
  // either way; false is for tests.
  void set_items_as_not_meetings(bool on) { items_as_not_meetings_ = on; }

  // The matches of `request` grouped by `by`: every group with a match (or,
  // when the request filters on that field, exactly the named groups, with
  // count 0 for those without a match), each with its `request.limit` best
  // items. Throws QueryError.
  Comparison compare(const Request& request, GroupBy by);
  // As compare(), but with at most `max_groups` groups (the largest, or the
  // first named); Comparison::groups_capped says whether any were left out.
  Comparison compare(const Request& request, GroupBy by, std::size_t max_groups);

  // The attendance of the person best matching `name` (a full name, a
  // misspelt one such as "Jan Mains", or a part such as "Lagoni"), as the
  // object (docs/SEARCH.md) {"person": {name, person_id, variants}, "meetings":
  // [{id, source, date, cluster, region, forum, role, group, present}],
  // "counts": {...}}, newest meeting first. Throws NotFound when nobody
  // matches; AmbiguousPerson (with the candidates) when several match equally.
  nlohmann::json attendance(const std::string& name);

  // The stored item or meeting `id` with its meeting header and the list of
  // the meeting's items. Throws NotFound.
  nlohmann::json show(const std::string& id);

  // The canonical path the indexer recorded for the file of item or
  // meeting `id` (a meeting's original; see OriginalFile in
  // searcher/original.h). Throws NotFound for an unknown id or a meeting
  // indexed without one (by an older indexer).
  std::string original_path(const std::string& id);

  // The roots of the local databases (schema::k_root_key): the folders, and
  // files given by themselves, that the indexes were made from.
  const std::vector<std::string>& roots() const { return roots_; }

  // The index as this reader sees it, for monitoring: {"documents",
  // "items", "meetings" (counts), "generations" (for each --db that is an
  // index directory, the generation directory it reads, "gen-3"; paths are
  // never shown), "last_update" (UTC time of the newest file of the local
  // shards, "2026-11-28T21:00:00Z"; null when all shards are remote)}.
  // Brings the reader up to date first. Throws DatabaseError.
  nlohmann::json status();

  // Items like item `id` in other clusters: Xapian relevance feedback (the
  // item as the relevant set, its best expand terms as the query), without
  // the item's own cluster (same name and region) unless `own_cluster`;
  // {"id", "terms": [...], "groups": [{"cluster", "region", "label",
  // "hits": [hit...]}]} with up to `per_group` hits a group, best group
  // first. Throws NotFound for an unknown id, QueryError for a meeting id.
  nlohmann::json similar(const std::string& id, unsigned per_group = 3, bool own_cluster = false);

 private:
  // A parsed query, and the same without positions (without_positions(),
  // searcher/positions.h; nullopt where that cannot be built).
  struct Parsed {
    Xapian::Query query;
    std::optional<Xapian::Query> relaxed;
  };
  Parsed parse(const std::string& query, Xapian::Query::op default_op);
  // `query` with its virtual terms (stems, letter forms, compound parts)
  // expanded to the words the index's vocabulary gives them
  // (DanishAnalyzer::expand, indexer/vocabulary.h).
  Xapian::Query expand(const Xapian::Query& query) const;
  Xapian::Query filter_query(const Filters& filters, Understood* understood = nullptr) const;
  // "Mente du": the normalized query with unknown words replaced by the
  // corpus's nearest words; nullopt when every word is known. `codes`:
  // the search's word codes (a word is known if a document holds it).
  std::optional<std::string> suggest(const std::string& normalized, WordCodes& codes);
  // search() without reopening; `exact` counts every match whatever
  // exact_facets_up_to() says (compare() counts its groups exactly).
  Result run(const Request& request, bool exact = false);
  // run()'s last steps: the facets of `result` from the facet slot values
  // `counted` (each count times `scale`), and the hits of `mset` (matched
  // for `matched`, in words; `coded` as the match weighed it) with their
  // snippets, from `wanted_sections` first (--section).
  void add_facets(const std::vector<std::pair<std::string, Xapian::doccount>>& counted, Xapian::doccount scale,
                  Result& result);
  void add_hits(const Xapian::MSet& mset, const Xapian::Query& matched, const Xapian::Query& coded,
                WordCodes& word_codes, const std::vector<std::string>& wanted_sections, Result& result);
  // The facet slot values of the matches of `query` (weights ignored), and
  // how many matches there were; with `step` > 1 over one document in
  // `step` of the index only (runs of consecutive ids: EveryNthDocument;
  // local databases only), not yet scaled.
  struct FacetCount {
    std::vector<std::pair<std::string, Xapian::doccount>> counted;
    Xapian::doccount total = 0;
  };
  FacetCount count_facets(const Xapian::Query& query, Xapian::doccount step) const;
  // The page [offset, offset + limit) of the matches of `exact` (a query
  // with positions), found among the best matches of `relaxed` (the same
  // without positions: without_positions(), searcher/positions.h; and
  // without what only adds at most `extra` to a match's weight), with the
  // relaxed query's upper bound of its matches (its estimate, after a pass
  // that skipped most candidates, is far too low); nullopt if
  // that bound is at most `more_than`, or the page is not certain within
  // k_max_position_candidates candidates.
  struct BoundedPage {
    Xapian::MSet page;
    Xapian::doccount relaxed_upper = 0;
  };
  std::optional<BoundedPage> page_by_bound(const Xapian::Query& exact, const Xapian::Query& relaxed, double extra,
                                           Xapian::doccount offset, Xapian::doccount limit,
                                           Xapian::doccount more_than) const;
  template <typename F>
  auto with_reopen(F&& f) -> decltype(f());
  // The stored data of a meeting or an item by id (the item's as
  // store::StoredMeeting::item gives it); nullopt if the index has no such
  // document.
  std::optional<nlohmann::json> load(const std::string& id);
  // The stored data of meetings, each read once per search (an item's data
  // is in its meeting's document: store::StoredMeeting).
  using MeetingCache = std::map<std::string, std::optional<store::StoredMeeting>>;
  // The stored data of meeting `meeting_id`, nullptr if it is not in the index.
  const store::StoredMeeting* stored_meeting(const std::string& meeting_id, MeetingCache& cache);
  // The stored data of item document `doc`, as store::StoredMeeting::item
  // gives it. Throws std::runtime_error if the document has no id or its
  // meeting is missing (an index being rewritten: the caller reopens).
  nlohmann::json item_data(const Xapian::Document& doc, MeetingCache& cache);

  // Person ids for a name or id (all equally good matches); empty if none.
  std::vector<std::string> person_ids(const std::string& name_or_id);
  // The people `name_or_id` names (an id resolves to its person alone).
  std::vector<const indexer::Person*> find_people(const std::string& name_or_id) const;
  // Attendance counts of a person: {person_id, name, organisations,
  // regions, meetings, attended, afbud}.
  nlohmann::json person_card(const indexer::Person& person);
  // The attendance object of `person` (see attendance()).
  nlohmann::json attendance_of(const indexer::Person& person);
  // The people a plain query of one to four words names, with their
  // attendance; empty unless every word belongs to the name.
  nlohmann::json understand_people(const std::string& words);
  // The boolean query of --cluster values: a name ("Midt") selects it in
  // every region, a label ("Midt (Region Midtjylland)") in one; records
  // names several regions share in `understood`.
  Xapian::Query cluster_query(const std::vector<std::string>& clusters, Understood* understood) const;
  // The plain-words query: each word's query with a bonus, so the number of
  // words matched ranks first. nullopt if `normalized` is not plain words.
  struct WordsQuery {
    Xapian::Query query;
    std::size_t words = 0;  // how many words it ranks by
    // The documents `query` matches, without what only weighs (the word
    // bonus, title weights, phrase pairs): for counting facets.
    Xapian::Query matches;
  };
  std::optional<WordsQuery> words_query(const std::string& words);
  // run()'s query for the words: `text` ranks the matches, `relaxed` is it
  // without positions (positions.h; nullopt where that cannot be built),
  // `matching` has the same matches without the parts that only weigh;
  // `ranked` is set for plain words (words_query()), `plain_words` their
  // number.
  struct TextQuery {
    std::optional<WordsQuery> ranked;  // all words first, then most words
    Xapian::Query text;
    std::optional<Xapian::Query> relaxed;
    std::size_t plain_words = 0;
    Xapian::Query matching;
  };
  TextQuery text_query(const std::string& words, bool has_words, Sort sort, WordCodes& word_codes, Result& result);
  void add_people(const nlohmann::json& people, TextQuery& q);
  // run()'s ranked pass and its facets, sharing a Pass (searcher.cc).
  struct Pass;
  struct MatchBounds;
  struct FacetValues;
  Xapian::Query boosted(const Xapian::Query& q) const;
  Xapian::Query restrict(const Pass& pass, const Xapian::Query& q) const;
  Xapian::MSet match(Pass& pass, const Xapian::Query& q, const std::optional<Xapian::Query>& q_relaxed);
  MatchBounds match_bounds(const Pass& pass, const Xapian::MSet& mset) const;
  FacetValues count_match(Pass& pass, const MatchBounds& bounds, const Xapian::Query& matching, Result& result);
  // Phrase queries for each two neighbouring words of `words` that count
  // (not stopwords; not question words when `topic`), in the order typed
  // and with as many words between as typed; nullopt if fewer than two.
  std::optional<Xapian::Query> phrase_pairs(const std::string& words, bool topic) const;
  // (Re)opens db_ from paths_: re-reading stub files picks up a rebuilt
  // index whose old generation is gone. Throws DatabaseError.
  void open();
  // Brings an open reader up to date before a request: reopens from the
  // stubs when a --rebuild swapped generations, and reloads when a commit
  // made a newer revision (whose metadata may name new people). A reader
  // that is never told would otherwise answer from the old generation for
  // ever, keeping its unlinked files open.
  void refresh();
  // The shard lists of the stub files among paths_, as last opened.
  std::vector<std::string> stub_shards() const;

  std::vector<std::string> paths_;
  std::vector<std::string> opened_shards_;  // stub_shards() at open()
  bool opened_ = false;                       // open() has succeeded once
  Xapian::Database db_;
  indexer::PersonRegistry persons_;  // from the index metadata
  indexer::FacetCodes facet_codes_;  // facet values by code, from the index metadata
  // Folded cluster name -> the regions of the meetings of clusters so named
  // (read at open()): a name with two regions is labelled with its region.
  std::map<std::string, std::set<std::string>> cluster_regions_;
  // "Midt (Region Nordjylland)" where regions share the name, else "Midt".
  std::string cluster_label(const std::string& cluster, const std::string& region) const;
  store::Codec codec_;               // stored data, dictionary from the metadata
  analyzers::Abbreviations abbreviations_;  // curated and learnt from the corpus
  bool has_remote_ = false;  // remote shards have no spelling data, and no sampling
  std::vector<std::string> roots_;  // roots(), read at open()
  Xapian::doccount exact_facets_up_to_ = k_exact_facets_up_to;
  Xapian::doccount first_pass_matches_ = k_first_pass_matches;
  Xapian::doccount position_candidates_ = k_position_candidates;
  bool items_as_not_meetings_ = true;
  // The uuids of db_'s shards, in order (DocumentSet); empty if some shard
  // has none, or two the same: then every candidate's positions are checked.
  std::vector<std::string> shard_uuids_;
  // True if every document of db_ is an item or a meeting (the type terms'
  // frequencies add up to the document count), read at open().
  bool types_partition_ = false;
  // The substance boost's meetings and boilerplate items as bits, read by
  // the first search after each open() (substance.h).
  std::shared_ptr<SubstanceBits> substance_bits_;
  bool one_search_ = false;  // set_one_search()
  analyzers::DanishAnalyzer analyzer_{schema::k_text_prefixes};
};

}  // namespace searcher
