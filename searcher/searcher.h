// Ranked, faceted search over one or more indexes (local directories, stub
// files or remote shards), and the item view. Output formats: output.h.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "analyzers/abbreviations.h"
#include "analyzers/analyzer.h"
#include "indexer/facets.h"
#include "indexer/persons.h"
#include "indexer/store.h"

namespace searcher {

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

// A database that cannot be opened or read (exit code 2).
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A person name matching several people equally well.
class AmbiguousPerson : public std::runtime_error {
 public:
  AmbiguousPerson(const std::string& what, std::vector<std::string> candidates)
      : std::runtime_error(what), candidates_(std::move(candidates)) {}
  const std::vector<std::string>& candidates() const { return candidates_; }

 private:
  std::vector<std::string> candidates_;
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
  std::optional<std::string> from;    // YYYY-MM-DD, inclusive
  std::optional<std::string> to;      // YYYY-MM-DD, inclusive
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
  std::string snippet;                  // HTML: text escaped, matches in <mark>
};

// facet name -> value -> number of matching documents.
using Facets = std::map<std::string, std::map<std::string, Xapian::doccount>>;

struct Result {
  std::string query;
  std::optional<std::string> corrected_query;
  Xapian::doccount total = 0;  // exact number of matches
  unsigned offset = 0;
  std::vector<Hit> hits;
  Facets facets;  // cluster, region, forum, year, kind, person
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

class Searcher {
 public:
  // Opens and combines `databases` (index directories, stub files, or
  // tcp://HOST:PORT remote shards). Throws DatabaseError.
  explicit Searcher(const std::vector<std::string>& databases);

  // Runs a ranked search over agenda items. Words are ANDed; when that finds
  // nothing, they are ORed instead. Throws QueryError for unparsable queries
  // or bad filter values.
  Result search(const Request& request);

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
  // DESIGN.md §6 object {"person": {name, person_id, variants}, "meetings":
  // [{id, source, date, cluster, region, forum, role, group, present}],
  // "counts": {...}}, newest meeting first. Throws NotFound when nobody
  // matches; AmbiguousPerson (with the candidates) when several match equally.
  nlohmann::json attendance(const std::string& name);

  // The stored item or meeting `id` with its meeting header and the list of
  // the meeting's items. Throws NotFound.
  nlohmann::json show(const std::string& id);

  // The index as this reader sees it, for monitoring: {"documents",
  // "items", "meetings" (counts), "generations" (for each --db that is an
  // index directory, the generation directory it reads, "gen-3"; paths are
  // never shown), "last_update" (UTC time of the newest file of the local
  // shards, "2026-11-28T21:00:00Z"; null when all shards are remote)}.
  // Brings the reader up to date first. Throws DatabaseError.
  nlohmann::json status();

 private:
  Xapian::Query parse(const std::string& query, Xapian::Query::op default_op,
                      std::optional<std::string>* corrected);
  Xapian::Query filter_query(const Filters& filters) const;
  // "Mente du": the normalized query with unknown words replaced by the
  // corpus's nearest words; nullopt when every word is known.
  std::optional<std::string> suggest(const std::string& normalized);
  Result run(const Request& request);
  template <typename F>
  auto with_reopen(F&& f) -> decltype(f());
  std::optional<nlohmann::json> load(const std::string& id);

  // Person ids for a name or id (all equally good matches); empty if none.
  std::vector<std::string> person_ids(const std::string& name_or_id);
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
  Xapian::Database db_;
  indexer::PersonRegistry persons_;  // from the index metadata
  indexer::FacetCodes facet_codes_;  // facet values by code, from the index metadata
  store::Codec codec_;               // stored data, dictionary from the metadata
  analyzers::Abbreviations abbreviations_;  // curated and learnt from the corpus
  bool has_remote_ = false;  // remote shards have no spelling data (DESIGN.md §9)
  analyzers::DanishAnalyzer analyzer_;
};

}  // namespace searcher
