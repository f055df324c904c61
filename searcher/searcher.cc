#include "searcher/searcher.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <limits>
#include <functional>
#include <memory>
#include <set>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analyzers/compounds.h"
#include "corpus/dates.h"
#include "indexer/indexer.h"
#include "indexer/schema.h"
#include "indexer/snapshot.h"
#include "indexer/vocabulary.h"
#include "indexer/store.h"
#include "searcher/facet_counting.h"
#include "searcher/positions.h"
#include "searcher/snippet.h"
#include "searcher/substance.h"
#include "searcher/understand.h"
#include "searcher/word_codes.h"

namespace fs = std::filesystem;

namespace searcher {
namespace {

// A query matching every document, of its own. Never a copy of
// Xapian::Query::MatchAll: a Query's reference count is not atomic, so
// threads copying that one static object (the server's workers, each with
// its own Searcher) corrupt its count and free it under each other.
Xapian::Query match_all() { return Xapian::Query(std::string()); }

// `filter` (filter_query(): the items' term AND the other filters) as the
// other filters AND NOT a meeting; nullopt if it is not of that form. The
// same documents where every document is an item or a meeting.
std::optional<Xapian::Query> without_item_term(const Xapian::Query& filter) {
  if (filter.get_type() != Xapian::Query::OP_AND) return std::nullopt;
  const std::string item = schema::k_type + schema::k_type_item;
  std::vector<Xapian::Query> rest;
  for (std::size_t i = 0, n = filter.get_num_subqueries(); i < n; ++i) {
    Xapian::Query sub = filter.get_subquery(i);
    if (sub.get_type() == Xapian::Query::LEAF_TERM && *sub.get_terms_begin() == item) continue;
    rest.push_back(std::move(sub));
  }
  if (rest.empty() || rest.size() == filter.get_num_subqueries()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query(Xapian::Query::OP_AND, rest.begin(), rest.end()),
                       Xapian::Query(schema::k_type + schema::k_type_meeting));
}

constexpr std::size_t k_snippet_bytes = 240;
// Weight added to items with substance (not Velkomst, Eventuelt, ...) when
// the query has words. Measured with tests/relevance: 0.5 leaves the figures
// unchanged; 1.0 and more lower nDCG@10 ("FSN dagsorden" wants a dagsorden item).
constexpr double k_substance_boost = 0.5;
constexpr int k_reopen_attempts = 5;
// The longest run of consecutive documents of a facet sample
// (EveryNthDocument): long enough that the matcher skips posting-list
// chunks between runs, short enough for 64 runs or more a database.
// Measured on 1M items (20,000 items' index 50 times), "midler" (350,250
// matches, sampled one in 35): runs of 1 (every 35th document) 47.8 ms
// CPU, 64: 37.6, 256: 35.1, 1,024 and 4,096 (both 491 here: 64 runs)
// 34.9.
constexpr Xapian::docid k_sample_max_run = 1024;

// The number written by the ASCII digits `digits`.
unsigned digits_value(std::string_view digits) {
  unsigned n = 0;
  for (char c : digits) n = n * 10 + static_cast<unsigned>(c - '0');
  return n;
}

// True if "YYYYMMDD" (8 ASCII digits) is a day of the calendar, by the
// validator the parser uses too (corpus/dates.h).
bool is_calendar_date(std::string_view digits) {
  return corpus::valid_date(static_cast<int>(digits_value(digits.substr(0, 4))),
                            static_cast<int>(digits_value(digits.substr(4, 2))),
                            static_cast<int>(digits_value(digits.substr(6, 2))));
}

// "dato:2024", "dato:2024-02", "dato:2024-02-08" -> the Y/M/D boolean term.
// Ranges ("dato:2024-01-01..2024-06-30") go to the DateRangeProcessor instead.
// A bad value is recorded in `error`, not thrown: an exception of ours
// unwinding through Xapian's query parser leaks its parse state.
class DateField : public Xapian::FieldProcessor {
 public:
  explicit DateField(std::string* error) : error_(error) {}
  Xapian::Query operator()(const std::string& value) override {
    std::string digits;
    for (char c : value) {
      if (c >= '0' && c <= '9') digits += c;
      else if (c != '-') return bad(value);
    }
    switch (digits.size()) {
      case 4: return Xapian::Query(schema::k_year + digits);
      case 6:
        if (!std::chrono::month{digits_value(digits.substr(4))}.ok()) return bad(value);
        return Xapian::Query(schema::k_month + digits);
      case 8:
        if (!is_calendar_date(digits)) return bad(value);
        return Xapian::Query(schema::k_date + digits);
      default: return bad(value);
    }
  }

 private:
  Xapian::Query bad(const std::string& value) {
    if (error_->empty())
      *error_ = "bad date \"" + value + "\": use YYYY, YYYY-MM, YYYY-MM-DD or A..B";
    return Xapian::Query::MatchNothing;
  }
  std::string* error_;
};

// "dato:2024-01-01..2024-06-30": Xapian's DateRangeProcessor, except that a
// bound in the ISO forms it takes unchecked (YYYY-MM-DD, YYYYMMDD) must be a
// calendar date; otherwise 2024-13-01 would silently bound the range as the
// string "20241301". Errors are recorded in `error`, as DateField does.
class DateRange : public Xapian::DateRangeProcessor {
 public:
  DateRange(Xapian::valueno value_slot, const std::string& prefix, std::string* error)
      : Xapian::DateRangeProcessor(value_slot, prefix), error_(error) {}
  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    for (const std::string& bound : {begin, end}) {
      const std::string digits = iso_digits(bound);
      if (digits.empty() || is_calendar_date(digits)) continue;
      if (error_->empty())
        *error_ = "bad date \"" + bound + "\" in range: use YYYY-MM-DD..YYYY-MM-DD";
      return Xapian::Query::MatchNothing;
    }
    return Xapian::DateRangeProcessor::operator()(begin, end);
  }

 private:
  // The 8 digits of "YYYYMMDD" or "YYYY-MM-DD" (also with '.' or '/', as
  // Xapian reads it); empty for anything else.
  static std::string iso_digits(const std::string& bound) {
    std::string digits;
    if (bound.size() == 8) {
      digits = bound;
    } else if (bound.size() == 10 && bound[4] == bound[7] &&
               (bound[4] == '-' || bound[4] == '.' || bound[4] == '/')) {
      digits = bound.substr(0, 4) + bound.substr(5, 2) + bound.substr(8, 2);
    }
    const bool all_digits =
        std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    return all_digits ? digits : std::string();
  }
  std::string* error_;
};

// "2024-01-31" -> "20240131"; throws QueryError unless a valid ISO date.
std::string iso_to_digits(const std::string& iso, const char* what) {
  bool ok = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
  std::string digits;
  for (std::size_t i = 0; ok && i < iso.size(); ++i) {
    if (i == 4 || i == 7) continue;
    ok = iso[i] >= '0' && iso[i] <= '9';
    digits += iso[i];
  }
  ok = ok && is_calendar_date(digits);
  if (!ok) throw QueryError(std::string("bad ") + what + " date \"" + iso + "\": use YYYY-MM-DD");
  return digits;
}

// "person:Eva Sejersdal" -> the person's XP term(s), via the registry.
class PersonField : public Xapian::FieldProcessor {
 public:
  explicit PersonField(std::function<std::vector<std::string>(const std::string&)> ids)
      : ids_(std::move(ids)) {}
  Xapian::Query operator()(const std::string& value) override {
    std::vector<Xapian::Query> terms;
    for (const auto& id : ids_(value)) terms.emplace_back(schema::boolean_term(schema::k_person, id));
    if (terms.empty()) return Xapian::Query(schema::boolean_term(schema::k_person, value));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }

 private:
  std::function<std::vector<std::string>(const std::string&)> ids_;
};

// The inclusive date range [lo, hi] ("YYYYMMDD" each) as the OR of the
// year and month terms that cover it exactly, when both bounds fall on
// month boundaries (lo the 1st, hi the last day of its month) and it spans
// at most k_max_term_years years; nullopt otherwise. The indexer writes a
// meeting's date value and its Y and M terms together, so the terms match
// what the value range does; but the matcher steps through their posting
// lists instead of reading the date of every candidate (query_bench's
// cluster and date range at 375,000 items: 15.6 against 21.5 ms CPU).
std::optional<Xapian::Query> date_terms(const std::string& lo, const std::string& hi) {
  constexpr int k_max_term_years = 30;
  if (lo.size() != 8 || hi.size() != 8 || lo > hi) return std::nullopt;
  const int y0 = static_cast<int>(digits_value(lo.substr(0, 4))), m0 = static_cast<int>(digits_value(lo.substr(4, 2)));
  const int y1 = static_cast<int>(digits_value(hi.substr(0, 4))), m1 = static_cast<int>(digits_value(hi.substr(4, 2)));
  const auto last_day = std::chrono::year_month_day_last(std::chrono::year(y1) / std::chrono::month(static_cast<unsigned>(m1)) /
                                                         std::chrono::last);
  if (lo.substr(6) != "01" || static_cast<unsigned>(last_day.day()) != digits_value(hi.substr(6)) ||
      y1 - y0 > k_max_term_years)
    return std::nullopt;
  std::vector<Xapian::Query> terms;
  char buf[16];
  for (int y = y0, m = m0; y < y1 || (y == y1 && m <= m1);) {
    if (m == 1 && (y < y1 || m1 == 12)) {  // a whole year
      std::snprintf(buf, sizeof buf, "%04d", y);
      terms.emplace_back(schema::k_year + buf);
      ++y;
      continue;
    }
    std::snprintf(buf, sizeof buf, "%04d%02d", y, m);
    terms.emplace_back(schema::k_month + buf);
    if (++m > 12) {
      m = 1;
      ++y;
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query any_of(const std::string& prefix, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const auto& v : values) terms.emplace_back(schema::boolean_term(prefix, v));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

using schema::is_decision;

// Weight each query word adds to an item that has it: larger than any BM25
// weight of a sample or generated item (under 30), so an item with more of
// the words always ranks above one with fewer, and BM25 orders items with
// the same number of words.
constexpr double k_word_bonus = 1000;
// Weight of compound-part matches (see Searcher::parse).
constexpr double k_part_weight = 0.5;
// Weights of a word in an item's title, whole or as a compound's tail
// (see Searcher::words_query). Measured on tests/relevance (tuning part,
// title word / title tail): 0 / 0 R@5 0.984 MRR 0.981 nDCG 0.978; 0 / 1
// 0.994 0.991 0.987; 1 / 0.5 0.994 1.000 0.991; 1.5 / 1 0.994 1.000 0.994.
// A general weight for tails anywhere (not only in the title) lifted items
// that mention compounds in passing ("heldagsseminar" text with
// "ledelsesniveau" for "dagsorden politisk niveau") and is not used.
constexpr double k_title_word_weight = 1.5;
constexpr double k_title_tail_weight = 1.0;
// Weight of two neighbouring query words found together, in the order
// typed (see Searcher::phrase_pairs): the pair's words count once more, as
// in the sequential dependence model of term proximity (Metzler and Croft,
// 2005), where phrase evidence is scored beside the words. Within a number
// of words matched it only reorders. Measured on tests/relevance, tuning
// part (R@5 / MRR / nDCG@10): 0 (none) 0.994 / 1.000 / 0.994; 0.25, 0.5, 1
// and 2 all 0.994 / 1.000 / 0.995 (2 lifts questions 0.984 -> 0.987). 1, the
// middle of that plateau, was then checked once on the held-out part.
constexpr double k_phrase_weight = 1.0;

// "Midt (Region Nordjylland)" -> {"Midt", "Region Nordjylland"}; a value
// without a parenthesised tail -> {value, ""}.
std::pair<std::string, std::string> split_cluster_label(const std::string& value) {
  const auto open = value.rfind(" (");
  if (open == std::string::npos || value.empty() || value.back() != ')') return {value, {}};
  return {value.substr(0, open), value.substr(open + 2, value.size() - open - 3)};
}

// True if `query` is plain words: no quotes, fields, brackets, wildcards or
// boolean operators, which QueryParser must read as a whole.
bool is_plain_query(const std::string& query) {
  if (query.find_first_of("\"():*+") != std::string::npos) return false;
  std::size_t start = 0;
  while (start < query.size()) {
    std::size_t end = query.find(' ', start);
    if (end == std::string::npos) end = query.size();
    const std::string_view w(query.data() + start, end - start);
    if (w == "AND" || w == "OR" || w == "NOT" || w == "XOR" || w == "NEAR" || w == "ADJ" ||
        (!w.empty() && w.front() == '-'))
      return false;
    start = end + 1;
  }
  return true;
}

// The words of a query separated by white space.
std::vector<std::string> split_spaces(const std::string& text) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of(" \t\r\n", start);
    if (end == std::string::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// The (value, count) pairs a facet spy counted.
std::vector<std::pair<std::string, Xapian::doccount>> counts_of(const Xapian::ValueCountMatchSpy& spy) {
  std::vector<std::pair<std::string, Xapian::doccount>> out;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) out.emplace_back(*it, it.get_termfreq());
  return out;
}
std::vector<std::pair<std::string, Xapian::doccount>> counts_of(const FacetSpy& spy) {
  return {spy.counts().begin(), spy.counts().end()};
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// The opening of `text` (up to about `bytes`, cut at a space), escaped.
std::string lead(const std::string& text, std::size_t bytes) {
  if (text.size() <= bytes) return html_escape(text);
  std::size_t cut = text.rfind(' ', bytes);
  if (cut == std::string::npos || cut < bytes / 2) cut = bytes;
  // Cut between characters, not inside one.
  auto start = static_cast<int32_t>(cut);
  U8_SET_CP_START(reinterpret_cast<const uint8_t*>(text.data()), 0, start);
  return html_escape(text.substr(0, static_cast<std::size_t>(start))) + "…";
}

}  // namespace

Searcher::Searcher(const std::vector<std::string>& databases) : paths_(databases) {
  if (databases.empty()) throw DatabaseError("no database given");
  with_reopen([] {});  // opens, again if an indexer commits meanwhile
}

std::vector<std::string> Searcher::stub_shards() const {
  std::vector<std::string> shards;
  for (const auto& path : paths_) {
    if (path.rfind("tcp://", 0) == 0) continue;
    auto listed = indexer::read_stub(path);
    shards.insert(shards.end(), listed.begin(), listed.end());
  }
  return shards;
}

void Searcher::refresh() {
  if (stub_shards() != opened_shards_ || db_.reopen()) open();
}

void Searcher::open() {
  std::vector<std::string> shards = stub_shards();
  Xapian::Database db;
  bool remote = false;
  std::vector<std::string> roots;
  std::vector<Xapian::Database> given;  // each of paths_, for its snapshots
  for (const auto& path : paths_) {
    try {
      if (path.rfind("tcp://", 0) == 0) {
        const std::string hostport = path.substr(6);
        const auto colon = hostport.rfind(':');
        if (colon == std::string::npos)
          throw DatabaseError("bad remote database " + path + ": use tcp://HOST:PORT");
        remote = true;
        given.push_back(Xapian::Remote::open(hostport.substr(0, colon),
                                             static_cast<unsigned>(std::stoul(hostport.substr(colon + 1)))));
        db.add_database(given.back());
      } else {
        Xapian::Database local(path);
        // Metadata of a stub's first shard: where the indexer keeps roots.
        for (auto k = local.metadata_keys_begin(schema::k_root_key);
             k != local.metadata_keys_end(schema::k_root_key); ++k)
          roots.push_back(local.get_metadata(*k));
        db.add_database(local);
        given.push_back(std::move(local));
      }
    } catch (const Xapian::DatabaseModifiedError&) {
      throw;  // with_reopen opens again
    } catch (const Xapian::Error& e) {
      throw DatabaseError("cannot open database " + path + ": " + e.get_description());
    } catch (const std::logic_error&) {  // std::stoul: not a number, out of range
      throw DatabaseError("bad remote database " + path + ": use tcp://HOST:PORT");
    }
  }
  indexer::PersonRegistry persons;
  indexer::FacetCodes facet_codes;
  std::string dictionary;
  bool types_partition = false;
  std::string uuids;
  try {
    // The people as the indexer grouped them at the end of its run (or
    // grouped here, from the units, when that snapshot is stale).
    persons.load_people(db);
    facet_codes.load(db);
    dictionary = db.get_metadata(schema::k_dictionary_key);
    abbreviations_ = analyzers::curated_abbreviations();
    for (auto k = db.metadata_keys_begin(schema::k_abbreviation_key);
         k != db.metadata_keys_end(schema::k_abbreviation_key); ++k)
      abbreviations_.emplace((*k).substr(schema::k_abbreviation_key.size()), db.get_metadata(*k));
    types_partition = db.get_termfreq(schema::k_type + schema::k_type_item) +
                          db.get_termfreq(schema::k_type + schema::k_type_meeting) ==
                      db.get_doccount();
    uuids = db.get_uuid();
    const std::string version = db.get_metadata(schema::k_schema_version_key);
    if (db.get_doccount() > 0 && version != schema::k_schema_version)
      throw DatabaseError("index was written with schema version " + (version.empty() ? "1" : version) +
                          ", this searcher reads version " + schema::k_schema_version +
                          ": run indexer --rebuild");
  } catch (const Xapian::DatabaseModifiedError&) {
    throw;  // with_reopen opens again
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot read database: " + e.get_description());
  }
  // Which regions each cluster name has: the snapshot of each database
  // given, else a pass over the meeting documents' facet values.
  indexer::ClusterRegions cluster_regions;
  try {
    for (const auto& one : given) {
      std::optional<indexer::ClusterRegions> snapshot = indexer::load_cluster_regions(one);
      if (!snapshot) {
        cluster_regions = indexer::cluster_regions(db, facet_codes);
        break;
      }
      for (auto& [cluster, regions] : *snapshot) cluster_regions[cluster].merge(regions);
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    throw;  // with_reopen opens again
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot read database: " + e.get_description());
  }
  cluster_regions_ = std::move(cluster_regions);
  db_ = std::move(db);
  opened_shards_ = std::move(shards);
  opened_ = true;
  persons_ = std::move(persons);
  facet_codes_ = std::move(facet_codes);
  codec_ = store::Codec(std::move(dictionary));
  has_remote_ = remote;
  roots_ = std::move(roots);
  types_partition_ = types_partition;
  substance_bits_ = std::make_shared<SubstanceBits>();  // read again on first use
  substance_bits_->read_when_they_pay(one_search_);
  shard_uuids_.clear();
  if (!remote) {
    std::set<std::string> distinct;
    for (std::size_t start = 0; !uuids.empty() && start <= uuids.size();) {
      std::size_t end = uuids.find(':', start);
      if (end == std::string::npos) end = uuids.size();
      shard_uuids_.push_back(uuids.substr(start, end - start));
      if (shard_uuids_.back().empty() || !distinct.insert(shard_uuids_.back()).second) {
        shard_uuids_.clear();
        break;
      }
      start = end + 1;
    }
  }
}

std::vector<std::string> Searcher::person_ids(const std::string& name_or_id) {
  // Every unit id of each person: the documents' person terms.
  std::vector<std::string> ids;
  for (const auto* p : find_people(name_or_id)) ids.insert(ids.end(), p->ids.begin(), p->ids.end());
  return ids;
}

std::vector<const indexer::Person*> Searcher::find_people(const std::string& name_or_id) const {
  if (const indexer::Person* p = persons_.find(name_or_id)) return {p};
  return indexer::match_people(persons_, name_or_id);
}

nlohmann::json Searcher::person_card(const indexer::Person& person) {
  const nlohmann::json a = attendance_of(person);
  return {{"person_id", person.id},
          {"name", person.name},
          {"label", person.label},
          {"organisations", person.organisations},
          {"regions", person.regions},
          {"first_date", person.first_date.empty() ? nlohmann::json(nullptr) : nlohmann::json(person.first_date)},
          {"last_date", person.last_date.empty() ? nlohmann::json(nullptr) : nlohmann::json(person.last_date)},
          {"meetings", a["counts"]["meetings"]},
          {"attended", a["counts"]["attended"]},
          {"afbud", a["counts"]["afbud"]}};
}

nlohmann::json Searcher::understand_people(const std::string& words) {
  nlohmann::json out = nlohmann::json::array();
  if (!is_plain_query(words)) return out;
  const std::vector<std::string> ws = split_spaces(words);
  if (ws.empty() || ws.size() > 4) return out;
  for (const auto& w : ws) {
    if (w.find_first_of("0123456789") != std::string::npos) return out;
    if (analyzers::is_stopword(analyzers::fold_case(w))) return out;
  }
  const auto matches = indexer::match_people(persons_, words);
  constexpr std::size_t k_max_people = 5;  // more is no name but a common word
  if (matches.size() > k_max_people) return out;
  // Only people listed at a meeting: a name seen only in running text is
  // too often a misread ("Midt Her") to take a query word for it.
  for (const auto* p : matches) {
    nlohmann::json card = person_card(*p);
    if (card["meetings"].get<std::size_t>() > 0) out.push_back(std::move(card));
  }
  return out;
}

nlohmann::json Searcher::attendance(const std::string& name) {
  return with_reopen([&] {
    const auto matches = find_people(name);
    if (matches.empty()) throw NotFound("no person matches \"" + name + "\"");
    if (matches.size() > 1) {
      // Each candidate by its id, which always resolves, and what tells
      // namesakes apart: "Hanne Madsen [hanne-madsen-2] (Region Syddanmark)".
      std::vector<std::string> candidates, labels;
      std::string list;
      for (const auto* p : matches) {
        candidates.push_back(p->id);
        labels.push_back(p->label);
        std::string about;
        for (const auto& set : {&p->organisations, &p->regions})
          for (const auto& v : *set) about += (about.empty() ? "" : ", ") + v;
        if (!p->first_date.empty())
          about += (about.empty() ? "" : ", ") + p->first_date.substr(0, 4) +
                   (p->last_date.substr(0, 4) == p->first_date.substr(0, 4) ? "" : "–" + p->last_date.substr(0, 4));
        list += (list.empty() ? "" : "; ") + p->name + " [" + p->id + "]" +
                (about.empty() ? "" : " (" + about + ")");
      }
      throw AmbiguousPerson("several people match \"" + name + "\": " + list, candidates, labels);
    }
    nlohmann::json out = attendance_of(*matches.front());
    out["query"] = name;
    return out;
  });
}

nlohmann::json Searcher::attendance_of(const indexer::Person& person) {
  {
    Xapian::Enquire enquire(db_);
    std::vector<Xapian::Query> units;
    for (const auto& id : person.ids) units.emplace_back(schema::boolean_term(schema::k_person, id));
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER,
                                    Xapian::Query(Xapian::Query::OP_OR, units.begin(), units.end()),
                                    Xapian::Query(schema::k_type + schema::k_type_meeting)));
    enquire.set_sort_by_value_then_relevance(schema::k_slot_date, true);
    Xapian::MSet mset = enquire.get_mset(0, db_.get_doccount());
    nlohmann::json meetings = nlohmann::json::array();
    std::size_t attended = 0, afbud = 0;
    std::map<std::string, std::size_t> by_cluster, by_forum;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const nlohmann::json data = store::StoredMeeting(codec_, schema::stored_data(it.get_document())).meeting();
      nlohmann::json role = nullptr, group = nullptr, organisation = nullptr;
      bool present = true, listed = false;
      for (const auto& p : data.at("participants")) {
        if (!std::binary_search(person.ids.begin(), person.ids.end(), p.value("person_id", ""))) continue;
        listed = true;
        if (role.is_null()) role = p["role"];
        if (group.is_null()) group = p["group"];
        if (organisation.is_null()) organisation = p["organisation"];
        present = present && p.value("present", true);
      }
      if (!listed) continue;
      (present ? attended : afbud) += 1;
      const std::string cluster = data["cluster"].is_string() ? data["cluster"].get<std::string>() : "";
      const std::string forum = data["forum"].is_string() ? data["forum"].get<std::string>() : "";
      const std::string region = data["region"].is_string() ? data["region"].get<std::string>() : "";
      if (!cluster.empty()) ++by_cluster[cluster_label(cluster, region)];
      if (!forum.empty()) ++by_forum[forum];
      meetings.push_back({{"id", data["id"]},          {"source", data["source"]},
                          {"title", data["title"]},    {"date", data["date"]},
                          {"cluster", data["cluster"]}, {"region", data["region"]},
                          {"forum", data["forum"]},    {"role", role},
                          {"organisation", organisation}, {"group", group},
                          {"present", present}});
    }
    return nlohmann::json{
        {"person",
         {{"name", person.name}, {"person_id", person.id}, {"label", person.label},
          {"variants", person.variants}, {"organisations", person.organisations}, {"regions", person.regions},
          {"first_date", person.first_date.empty() ? nlohmann::json(nullptr) : nlohmann::json(person.first_date)},
          {"last_date", person.last_date.empty() ? nlohmann::json(nullptr) : nlohmann::json(person.last_date)}}},
        {"query", person.id},
        {"meetings", std::move(meetings)},
        {"counts",
         {{"meetings", attended + afbud}, {"attended", attended}, {"afbud", afbud},
          {"by_cluster", by_cluster}, {"by_forum", by_forum}}}};
  }
}

std::optional<Xapian::Query> Searcher::phrase_pairs(const std::string& words, bool topic) const {
  // Each two neighbouring words that count (stopwords and, beside other
  // words, question words left out), in the order typed, with as many words
  // between them as typed: "første politiske" of "de første politiske
  // møder", "ulighed i sundhed" (any one word between). Positions are kept
  // for the words as written, so a pair matches their written forms.
  const std::vector<analyzers::Token> tokens = analyzers::tokenize(analyzer_.normalize_query(words));
  std::vector<Xapian::Query> pairs;
  std::optional<std::size_t> last;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& w = tokens[i].word;
    if (analyzers::is_stopword(w) || (topic && is_question_word(w))) continue;
    if (last && tokens[*last].word != w) {
      const std::string pair[] = {tokens[*last].word, w};
      pairs.emplace_back(Xapian::Query::OP_PHRASE, std::begin(pair), std::end(pair),
                         static_cast<Xapian::termcount>(i - *last + 1));
    }
    last = i;
  }
  if (pairs.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_OR, pairs.begin(), pairs.end());
}

std::optional<Searcher::WordsQuery> Searcher::words_query(const std::string& words) {
  if (!is_plain_query(words)) return std::nullopt;
  std::vector<Xapian::Query> parts, matched;
  std::set<std::string> seen;
  const std::vector<std::string> all = split_spaces(analyzer_.normalize_query(words));
  // Question words ("hvordan", "status") count only when nothing else is asked.
  const bool topic = std::any_of(all.begin(), all.end(), [](const std::string& w) {
    const std::string f = analyzers::fold_case(w);
    return !analyzers::is_stopword(f) && !is_question_word(f);
  });
  for (const auto& w : all) {
    const std::string folded = analyzers::fold_case(w);
    if (analyzers::is_stopword(folded) || (topic && is_question_word(folded)) || !seen.insert(w).second)
      continue;
    Xapian::Query q = parse(w, Xapian::Query::OP_AND).query;
    if (q.empty()) continue;
    matched.push_back(q);
    // An item whose title has the word, or a compound ending in it (the
    // tail names what the compound is: "aftale" in "Den nye
    // Sundhedsaftale"), is about it: the title adds weight, a whole word
    // more than a tail.
    const std::string stem = analyzer_.stem(folded);
    const Xapian::Query in_title[] = {
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                      expand(Xapian::Query(schema::k_stem + schema::k_title + stem)), k_title_word_weight),
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                      expand(Xapian::Query(schema::k_stem + schema::k_title + schema::k_tail + stem)),
                      k_title_tail_weight)};
    q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q,
                      Xapian::Query(Xapian::Query::OP_OR, std::begin(in_title), std::end(in_title)));
    parts.emplace_back(Xapian::Query::OP_AND, q,
                       Xapian::Query((new Xapian::FixedWeightPostingSource(k_word_bonus))->release()));
  }
  if (parts.empty()) return std::nullopt;  // only stopwords: QueryParser keeps them
  Xapian::Query q(Xapian::Query::OP_OR, parts.begin(), parts.end());
  if (auto near = phrase_pairs(words, topic)) {
    q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q,
                      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, *near, k_phrase_weight));
  }
  return WordsQuery{q, parts.size(), Xapian::Query(Xapian::Query::OP_OR, matched.begin(), matched.end())};
}

std::optional<std::string> Searcher::suggest(const std::string& normalized, WordCodes& codes) {
  // Word by word: a word the index knows — as a word, as part of compounds or
  // in another spelling of its Danish letters — is kept; another gets the
  // corpus's nearest word, if any.
  bool changed = false;
  const std::string out = analyzers::rewrite_plain_words(normalized, [&](const std::string& word) {
    if (word.size() < 3) return word;
    auto in_vocabulary = [&](const std::string& kind, const std::string& form) {
      return !indexer::vocabulary_words(db_, schema::k_stem + kind + analyzer_.stem(form)).empty();
    };
    const bool known = analyzers::is_stopword(word) || codes.holds(word) || in_vocabulary(schema::k_part, word) ||
                       in_vocabulary(schema::k_tail, word) ||
                       in_vocabulary(schema::k_spelt, analyzers::spell_out_danish_letters(word)) ||
                       in_vocabulary(schema::k_stripped, word);
    if (known) return word;
    const std::string suggestion = db_.get_spelling_suggestion(word);
    if (suggestion.empty() || suggestion == word) return word;
    changed = true;
    return suggestion;
  });
  return changed ? std::optional<std::string>(out) : std::nullopt;
}

namespace {

// The compound-part side of a one-word query's alternative "(w OR del:w)",
// `parts` as parsed, without the word `word` (the query parsed without the
// alternative): the part side alone, when `parts` is the OR of exactly the
// word and one other subquery; nullopt otherwise.
std::optional<Xapian::Query> parts_beside(const Xapian::Query& word, const Xapian::Query& parts) {
  if (parts.get_type() != Xapian::Query::OP_OR || parts.get_num_subqueries() != 2) return std::nullopt;
  if (parts.get_subquery(0).serialise() != word.serialise()) return std::nullopt;
  return parts.get_subquery(1);
}

}  // namespace

Searcher::Parsed Searcher::parse(const std::string& query, Xapian::Query::op default_op) {
  std::string field_error;  // set by DateField
  Xapian::QueryParser qp;
  analyzer_.configure(qp);
  qp.set_database(db_);
  qp.set_default_op(default_op);
  // Danish field names first, English aliases beside them.
  for (const char* f : {"klynge", "cluster"}) qp.add_boolean_prefix(f, schema::k_cluster);
  qp.add_boolean_prefix("region", schema::k_region);
  qp.add_boolean_prefix("forum", schema::k_forum);
  for (const char* f : {"person", "deltager"}) {
    qp.add_boolean_prefix(
        f, (new PersonField([this](const std::string& v) { return person_ids(v); }))->release());
  }
  for (const char* f : {"afsnit", "section"}) qp.add_boolean_prefix(f, schema::k_section);
  for (const char* f : {"type", "punkttype", "kind"}) qp.add_boolean_prefix(f, schema::k_item_kind);
  for (const char* f : {"år", "aar", "year"}) qp.add_boolean_prefix(f, schema::k_year);
  for (const char* f : {"titel", "title"}) qp.add_prefix(f, schema::k_title);
  for (const char* f : {"dato", "date"}) {
    qp.add_rangeprocessor(
        (new DateRange(schema::k_slot_date, std::string(f) + ":", &field_error))->release());
    qp.add_boolean_prefix(f, (new DateField(&field_error))->release());
  }
  unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                   Xapian::QueryParser::FLAG_PURE_NOT;
  try {
    const std::string normalized = analyzer_.normalize_query(query);
    auto with_alternatives = [&](const std::string& q) {
      return analyzer_.add_letter_alternatives(analyzers::add_abbreviation_alternatives(q, abbreviations_));
    };
    Parsed out;
    out.query = expand(qp.parse_query(with_alternatives(normalized), flags));
    out.relaxed = without_positions(out.query);
    // Words also match as parts of compounds ("midler" in "klyngemidlerne",
    // "aftale" in "Sundhedsaftalen") at k_part_weight. The alternative
    // holds the whole word too, so a whole-word match weighs 1.5 and a part
    // 0.5 (for equal word statistics): whole words rank first.
    const std::string with_parts = analyzers::add_part_alternatives(normalized);
    if (with_parts != normalized) {
      const Xapian::Query parts = expand(qp.parse_query(with_alternatives(with_parts), flags));
      if (const std::optional<Xapian::Query> only_parts = parts_beside(out.query, parts)) {
        // One word: "w OR 0.5 * (w OR del:w)" weighs what "1.5 * w OR
        // 0.5 * del:w" does, and the matcher then reads the word's posting
        // lists once instead of twice (at 1M items 8.7% fewer instructions
        // for a single term, 7.5% for a compound part). Weights may differ
        // in the last bits of a double (the word's weight is summed once,
        // not twice); tests/relevance's answers are byte for byte the same.
        const std::optional<Xapian::Query> relaxed_word = out.relaxed, relaxed_parts = without_positions(*only_parts);
        out.query = Xapian::Query(Xapian::Query::OP_OR,
                                  Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, out.query, 1 + k_part_weight),
                                  Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, *only_parts, k_part_weight));
        if (relaxed_word && relaxed_parts)
          out.relaxed = Xapian::Query(
              Xapian::Query::OP_OR, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, *relaxed_word, 1 + k_part_weight),
              Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, *relaxed_parts, k_part_weight));
        else
          out.relaxed.reset();
        if (!field_error.empty()) throw QueryError("in query \"" + query + "\": " + field_error);
        return out;
      }
      out.query = Xapian::Query(Xapian::Query::OP_OR, out.query,
                                Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, parts, k_part_weight));
      // The relaxed form is built beside it: Xapian 1.4 does not give a
      // scale factor back, so without_positions() cannot rebuild it.
      const std::optional<Xapian::Query> relaxed_parts = without_positions(parts);
      if (out.relaxed && relaxed_parts)
        out.relaxed = Xapian::Query(Xapian::Query::OP_OR, *out.relaxed,
                                    Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, *relaxed_parts, k_part_weight));
      else
        out.relaxed.reset();
    }
    if (!field_error.empty()) throw QueryError("in query \"" + query + "\": " + field_error);
    return out;
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError("cannot parse query \"" + query + "\": " + e.get_msg());
  } catch (const Xapian::WildcardError& e) {
    throw QueryError("query \"" + query + "\" expands to too many words: " + e.get_msg());
  }
}

Xapian::Query Searcher::expand(const Xapian::Query& query) const {
  return analyzer_.expand(query, [this](const std::string& virtual_term) {
    return indexer::vocabulary_words(db_, virtual_term);
  });
}

std::string Searcher::cluster_label(const std::string& cluster, const std::string& region) const {
  auto it = cluster_regions_.find(schema::filter_value(cluster));
  if (region.empty() || it == cluster_regions_.end() || it->second.size() < 2) return cluster;
  return cluster + " (" + region + ")";
}

Xapian::Query Searcher::cluster_query(const std::vector<std::string>& clusters,
                                      Understood* understood) const {
  std::vector<Xapian::Query> any;
  for (const auto& value : clusters) {
    auto [name, region] = split_cluster_label(value);
    auto known = cluster_regions_.find(schema::filter_value(name));
    // "Midt (Region X)" is a label only if X is a region of a cluster so
    // named; otherwise the parentheses are part of the name.
    if (!region.empty() && (known == cluster_regions_.end() || !known->second.count(region))) {
      name = value;
      region.clear();
      known = cluster_regions_.find(schema::filter_value(name));
    }
    Xapian::Query q(schema::boolean_term(schema::k_cluster, name));
    if (!region.empty()) {
      q = Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(schema::boolean_term(schema::k_region, region)));
    } else if (understood && known != cluster_regions_.end() && known->second.size() > 1) {
      auto& labels = understood->clusters[value];
      for (const auto& r : known->second) labels.push_back(name + " (" + r + ")");
    }
    any.push_back(q);
  }
  return Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end());
}

Xapian::Query Searcher::filter_query(const Filters& f, Understood* understood) const {
  std::vector<Xapian::Query> parts{Xapian::Query(schema::k_type + schema::k_type_item)};
  if (!f.clusters.empty()) parts.push_back(cluster_query(f.clusters, understood));
  if (!f.regions.empty()) parts.push_back(any_of(schema::k_region, f.regions));
  if (!f.forums.empty()) parts.push_back(any_of(schema::k_forum, f.forums));
  if (!f.persons.empty()) {
    std::vector<std::string> ids;
    for (const auto& name : f.persons) {
      auto found = const_cast<Searcher*>(this)->person_ids(name);
      if (found.empty()) found.push_back(name);  // matches nothing unless an id
      ids.insert(ids.end(), found.begin(), found.end());
    }
    parts.push_back(any_of(schema::k_person, ids));
  }
  if (!f.sections.empty()) parts.push_back(any_of(schema::k_section, f.sections));
  auto bound = [](const std::optional<std::string>& text, Bound b, const char* what,
                  const std::optional<std::string>& understood_bound) -> std::string {
    std::string digits;
    if (text) {
      try {
        digits = iso_to_digits(parse_date_bound(*text, b), what);
      } catch (const std::invalid_argument& e) {
        throw QueryError(std::string(what) + ": " + e.what());
      }
    }
    if (understood_bound) {
      // The query's date phrase and --from/--to both bound the search.
      const std::string u = iso_to_digits(*understood_bound, what);
      if (digits.empty() || (b == Bound::start ? u > digits : u < digits)) digits = u;
    }
    return digits;
  };
  const std::string lo = bound(f.from, Bound::start, "--from", understood ? understood->from : std::nullopt);
  const std::string hi = bound(f.to, Bound::end, "--to", understood ? understood->to : std::nullopt);
  if (!lo.empty() || !hi.empty()) {
    if (std::optional<Xapian::Query> terms = date_terms(lo, hi)) parts.push_back(std::move(*terms));
    else
      parts.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::k_slot_date, lo.empty() ? "00000000" : lo,
                         hi.empty() ? "99999999" : hi);
  }
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

template <typename F>
auto Searcher::with_reopen(F&& f) -> decltype(f()) {
  // A concurrent commit can invalidate an open reader; reopen and retry.
  // The reopening is inside the try: a commit can land while open() reads
  // the index's metadata, too.
  for (int attempt = 1;; ++attempt) {
    try {
      if (attempt == 1 && opened_) refresh();
      else open();
      return f();
    } catch (const Xapian::DatabaseModifiedError&) {
      // A commit replaced the revision this reader had open.
      if (attempt == k_reopen_attempts) throw DatabaseError("index keeps changing; try again");
    } catch (const Xapian::DatabaseOpeningError&) {
      // A rebuild swapped the index and removed the generation this reader had open.
      if (attempt == k_reopen_attempts) throw DatabaseError("index keeps changing; try again");
    } catch (const Xapian::NetworkError& e) {
      throw DatabaseError("remote database: " + e.get_description());
    } catch (const Xapian::DatabaseError& e) {
      throw DatabaseError("reading index: " + e.get_description());
    }
  }
}

Result Searcher::search(const Request& request) {
  return with_reopen([&] { return run(request); });
}

GroupBy parse_group_by(const std::string& name) {
  if (name == "cluster" || name == "klynge") return GroupBy::cluster;
  if (name == "region") return GroupBy::region;
  if (name == "forum") return GroupBy::forum;
  if (name == "year" || name == "år" || name == "aar") return GroupBy::year;
  throw QueryError("cannot compare by \"" + name + "\": use cluster, region, forum or year");
}

std::string to_string(GroupBy by) {
  switch (by) {
    case GroupBy::cluster: return "cluster";
    case GroupBy::region: return "region";
    case GroupBy::forum: return "forum";
    case GroupBy::year: return "year";
  }
  return {};
}

Comparison Searcher::compare(const Request& request, GroupBy by) {
  return compare(request, by, std::numeric_limits<std::size_t>::max());
}

Comparison Searcher::compare(const Request& request, GroupBy by, std::size_t max_groups) {
  Comparison out;
  out.query = request.query;
  out.by = by;
  // The facet of the whole result gives the groups and their counts.
  Request all = request;
  all.limit = 0;
  // Exact counts: a group with few matches must not be missed by a sample.
  const Result overall = with_reopen([&] { return run(all, true); });
  const auto& counts = overall.facets.at(to_string(by));
  Filters named = request.filters;
  std::vector<std::string>* field = nullptr;
  switch (by) {
    case GroupBy::cluster: field = &named.clusters; break;
    case GroupBy::region: field = &named.regions; break;
    case GroupBy::forum: field = &named.forums; break;
    case GroupBy::year: field = nullptr; break;
  }
  std::vector<std::string> values;
  if (field && !field->empty()) {
    values = *field;
  } else {
    for (const auto& [value, n] : counts) values.push_back(value);
    std::stable_sort(values.begin(), values.end(), [&](const auto& a, const auto& b) {
      return counts.at(a) > counts.at(b);
    });
  }
  if (max_groups != std::numeric_limits<std::size_t>::max()) out.groups_limit = max_groups;
  if (values.size() > max_groups) {
    // Each group costs three searches: a cap bounds the work of one request.
    values.resize(max_groups);
    out.groups_capped = true;
  }
  for (const auto& value : values) {
    Group g;
    g.value = value;
    Request one = request;
    if (field) {
      (by == GroupBy::cluster ? one.filters.clusters
       : by == GroupBy::region ? one.filters.regions
                               : one.filters.forums) = {value};
    } else {
      one.filters.from = value + "-01-01";
      one.filters.to = value + "-12-31";
    }
    Result best = with_reopen([&] { return run(one, true); });
    g.count = best.total;
    g.hits = std::move(best.hits);
    if (g.count > 0) {
      one.limit = 1;
      one.sort = Sort::date;
      Result first = search(one);
      one.sort = Sort::date_desc;
      Result last = search(one);
      if (!first.hits.empty()) g.first_date = first.hits[0].meeting.value("date", "");
      if (!last.hits.empty()) g.last_date = last.hits[0].meeting.value("date", "");
    }
    out.groups.push_back(std::move(g));
  }
  return out;
}

// run()'s query for the words (`has_words`: there are some), before the
// people it names and the substance boost.
Searcher::TextQuery Searcher::text_query(const std::string& words, bool has_words, Sort sort, WordCodes& word_codes,
                                         Result& result) {
  TextQuery q;
  q.text = match_all();
  if (has_words && sort == Sort::relevance) q.ranked = words_query(words);
  if (q.ranked) {
    q.text = q.ranked->query;
    q.relaxed = without_positions(q.text);
  } else if (has_words) {
    Parsed parsed = parse(words, Xapian::Query::OP_AND);
    // Spelling data exists only in local databases (not in remote shards).
    if (!has_remote_) result.corrected_query = suggest(analyzer_.normalize_query(words), word_codes);
    q.text = std::move(parsed.query);
    q.relaxed = std::move(parsed.relaxed);
  }
  q.plain_words = q.ranked ? q.ranked->words : 0;
  // The same matches as `text` without the parts that only weigh (the word
  // bonus, title weights, phrase pairs, the substance boost): the facets
  // are counted over it, which costs the counting pass a third less.
  q.matching = q.ranked ? q.ranked->matches : q.text;
  return q;
}

// Items naming one of `people` (understand_people()) match `q` too.
void Searcher::add_people(const nlohmann::json& people, TextQuery& q) {
  // Items naming the person rank with the items having every word.
  std::vector<Xapian::Query> named;
  for (const auto& card : people)
    if (const indexer::Person* p = persons_.find(card.at("person_id").get<std::string>()))
      for (const auto& id : p->ids) named.emplace_back(schema::boolean_term(schema::k_person, id));
  Xapian::Query person(Xapian::Query::OP_OR, named.begin(), named.end());
  q.matching = Xapian::Query(Xapian::Query::OP_OR, q.matching, person);
  person = Xapian::Query(
      Xapian::Query::OP_AND, person,
      Xapian::Query((new Xapian::FixedWeightPostingSource(
                         k_word_bonus * static_cast<double>(std::max<std::size_t>(1, q.plain_words))))
                        ->release()));
  q.text = Xapian::Query(Xapian::Query::OP_OR, q.text, person);
  if (q.relaxed) q.relaxed = Xapian::Query(Xapian::Query::OP_OR, *q.relaxed, person);
}

namespace {

// The section and snippet of `hit`, from its item's `sections`: from a
// wanted section (--section) if any, else decision text first.
void choose_snippet(const nlohmann::json& sections, const std::set<std::string>& wanted, const Snippets& snippet,
                    Hit& hit) {
  // Decision text first: the snippet comes from a matching Beslutning or
  // Referat section if there is one, else from the first matching section.
  // Sections a try below found no match in: a later try skips them
  // (the same section and words give the same empty snippet).
  std::vector<bool> unmatched(sections.size(), false);
  auto try_sections = [&](auto&& accept) {
    for (std::size_t i = 0; i < sections.size(); ++i) {
      const auto& s = sections[i];
      if (unmatched[i]) continue;
      const std::string kind = s.value("kind", "");
      if (!accept(kind)) continue;
      std::string snip = snippet(s.value("text", ""), k_snippet_bytes,
                                 // Exhaustive: otherwise a match late in a
                                 // long section can be missed entirely. No
                                 // background model: it looks up the term
                                 // frequency of every word of the section.
                                 Xapian::MSet::SNIPPET_EXHAUSTIVE | Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH,
                                 "<mark>", "</mark>", "…");
      if (!snip.empty()) {
        hit.section = kind;
        hit.snippet = std::move(snip);
        return true;
      }
      unmatched[i] = true;
    }
    return false;
  };
  bool found = false;
  if (!wanted.empty()) {
    // --section X: the snippet is always from X, its opening if no word matches there.
    found = try_sections([&](const std::string& k) { return wanted.count(k) > 0; });
    for (const auto& s : sections) {
      if (found) break;
      if (!wanted.count(s.value("kind", ""))) continue;
      hit.section = s.value("kind", "");
      hit.snippet = lead(s.value("text", ""), k_snippet_bytes);
      found = true;
    }
  }
  if (!found) found = try_sections([](const std::string& k) { return is_decision(k); });
  if (!found) found = try_sections([](const std::string&) { return true; });
  if (!found) {
    // No words matched in the text (filter-only search, or a title match):
    // show the decision, else the first section.
    for (const auto& s : sections) {
      if (!hit.section || is_decision(s.value("kind", ""))) {
        hit.section = s.value("kind", "");
        hit.snippet = lead(s.value("text", ""), k_snippet_bytes);
        if (is_decision(*hit.section)) break;
      }
    }
  }
}

}  // namespace

// The state run()'s steps share: the request, its filter and page, and
// what the last match() left.
struct Searcher::Pass {
  Pass(const Request& req, WordCodes& codes, const Xapian::Query& request_filter, bool any_words,
       const Xapian::Database& db)
      : request(req), word_codes(codes), filter(request_filter), has_words(any_words), enquire(db) {}
  const Request& request;
  WordCodes& word_codes;
  const Xapian::Query& filter;
  const bool has_words;
  Xapian::Enquire enquire;
  bool filtered = false;  // filters besides the item type
  bool bounded = false;  // facets counted exactly only up to exact_facets_up_to_
  unsigned limit = 0;
  Xapian::doccount page_end = 0;
  std::optional<Xapian::Query> filter_not_meeting;  // the filter, as not a meeting (below)
  // Remote servers count with Xapian's own spy, local databases with ours.
  std::optional<Xapian::ValueCountMatchSpy> remote_facets;
  std::optional<FacetSpy> local_facets;
  bool counted_in_pass = false;
  std::optional<BoundedPage> by_bound;  // set when page_by_bound() gave the page
  bool not_meeting = false;  // the last match used filter_not_meeting
  Xapian::Query matched;  // the query of the last match, in words (for snippets)
  Xapian::Query matched_text;  // its query before restrict()
  Xapian::doccount matched_check_at_least = 0;  // the last match's check_at_least, as Xapian clips it
};

// The bounds of the last match's number of matches.
struct Searcher::MatchBounds {
  Xapian::doccount lower, estimated, upper;
};

// (value, count) of every facet slot value seen, before scaling by `scale`.
struct Searcher::FacetValues {
  std::vector<std::pair<std::string, Xapian::doccount>> counted;
  Xapian::doccount scale;
};

void Searcher::set_one_search(bool on) {
  one_search_ = on;
  if (substance_bits_) substance_bits_->read_when_they_pay(on);
}

// Boilerplate items rank below items with substance for topic queries.
// Local databases read it from posting lists (SubstanceSource, the same
// documents and weights), remote servers from the value slot.
Xapian::Query Searcher::boosted(const Xapian::Query& q) const {
  Xapian::PostingSource* substance =
      has_remote_ ? static_cast<Xapian::PostingSource*>(new Xapian::ValueWeightPostingSource(schema::k_slot_substance))
                  : new SubstanceSource(substance_bits_);
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, q,
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(substance->release()),
                                     k_substance_boost));
}

// `q` restricted to the items the request filters (Pass::filter): through
// the meetings' short posting list where that gives the same matches.
Xapian::Query Searcher::restrict(const Pass& pass, const Xapian::Query& q) const {
  if (types_partition_ && !pass.filtered)
    return Xapian::Query(Xapian::Query::OP_FILTER, q,
                         Xapian::Query(Xapian::Query::OP_AND_NOT, match_all(),
                                       Xapian::Query(schema::k_type + schema::k_type_meeting)));
  if (pass.filter_not_meeting && !has_positions(q))
    return Xapian::Query(Xapian::Query::OP_FILTER, q, *pass.filter_not_meeting);
  return Xapian::Query(Xapian::Query::OP_FILTER, q, pass.filter);
}

// The page of hits of `q` (`q_relaxed`: it without positions), restricted
// (restrict()), with its facets counted as it goes where that pays;
// what it leaves is in `pass`.
Xapian::MSet Searcher::match(Pass& pass, const Xapian::Query& q, const std::optional<Xapian::Query>& q_relaxed) {
  pass.matched = restrict(pass, q);
  pass.matched_text = q;
  pass.not_meeting = pass.filter_not_meeting && !has_positions(q);
  pass.enquire.set_query(pass.word_codes.rewrite(pass.matched));
  pass.enquire.clear_matchspies();
  pass.remote_facets.reset();
  pass.local_facets.reset();
  pass.by_bound.reset();
  if (pass.bounded && position_candidates_ > 0 && !shard_uuids_.empty() && pass.request.sort == Sort::relevance &&
      pass.limit > 0 && q_relaxed && has_positions(q) && !has_positions(*q_relaxed)) {
    // The candidates are ranked without the boost (its value reads were
    // a fifth of a phrase's time at 1M items): a match weighs at most
    // its relaxed weight plus the boost's largest weight.
    const double boost_bound =
        pass.has_words
            ? k_substance_boost * Xapian::sortable_unserialise(db_.get_value_upper_bound(schema::k_slot_substance))
            : 0;
    pass.by_bound = page_by_bound(pass.enquire.get_query(), pass.word_codes.rewrite(restrict(pass, *q_relaxed)),
                                  boost_bound, pass.request.offset, pass.limit, exact_facets_up_to_);
    if (pass.by_bound) return pass.by_bound->page;
  }
  pass.counted_in_pass = pass.request.sort != Sort::relevance || has_positions(q) || pass.filtered;
  if (has_remote_) pass.enquire.add_matchspy(&pass.remote_facets.emplace(schema::k_slot_facets));
  else pass.enquire.add_matchspy(&pass.local_facets.emplace(schema::k_slot_facets));
  // Facet counts are exact if every match is checked: in one pass while
  // there are at most exact_facets_up_to_ matches (past that the matcher
  // stops counting there; the top hits are still the best of all
  // matches); in two passes, while there are at most first_pass_matches_
  // (the spy has seen them all, so no second pass is needed).
  Xapian::doccount check_at_least =
      !pass.counted_in_pass ? (pass.bounded ? std::min(first_pass_matches_, exact_facets_up_to_) : first_pass_matches_)
      : pass.bounded        ? exact_facets_up_to_
                            : db_.get_doccount();
  if (!pass.counted_in_pass && pass.page_end < check_at_least) {
    // Xapian's upper bound from the posting lists' sizes, without
    // matching: when it is over what the first pass may see, a second
    // pass may have to count the facets, so the first one stops at the
    // page (Xapian skips what cannot enter it from the start). Not the
    // estimate: one under the count ("klyngemidler": ca. 2,000 of 2,292)
    // made the first pass check 2,000 matches and the second count them
    // again (a CLI search +26% instructions). Only the cost depends on
    // this guess, never the answer.
    Xapian::Enquire guess(db_);
    guess.set_query(pass.enquire.get_query());
    if (guess.get_mset(0, 0, Xapian::doccount{0}).get_matches_upper_bound() > check_at_least)
      check_at_least = pass.page_end;
  }
  {
    // As Enquire::get_mset() clips it: the matcher saw every match if it saw fewer.
    const Xapian::doccount docs = db_.get_doccount(), first = std::min<Xapian::doccount>(pass.request.offset, docs);
    pass.matched_check_at_least =
        std::max(std::min(std::max(check_at_least, pass.page_end), docs),
                 first + std::min<Xapian::doccount>(pass.limit, docs - first));
  }
  return pass.enquire.get_mset(pass.request.offset, pass.limit, std::max(check_at_least, pass.page_end));
}

// How many matches the last match() had.
Searcher::MatchBounds Searcher::match_bounds(const Pass& pass, const Xapian::MSet& mset) const {
  // The bounds of the match as Xapian gives them for the query with the
  // items' term. Where the matcher saw every match (fewer than it was to
  // check), both forms give their number. Otherwise Xapian takes them from
  // the query's posting lists (its estimate, lower and upper bound), raised
  // to the matches seen: those of the other form are read without matching.
  Xapian::doccount lower = mset.get_matches_lower_bound(), estimated = mset.get_matches_estimated(),
                   upper = mset.get_matches_upper_bound();
  if (pass.not_meeting && pass.local_facets && pass.local_facets->get_total() >= pass.matched_check_at_least) {
    const Xapian::doccount seen = pass.local_facets->get_total();
    Xapian::Enquire bounds(db_);
    bounds.set_query(pass.word_codes.rewrite(Xapian::Query(Xapian::Query::OP_FILTER, pass.matched_text, pass.filter)));
    const Xapian::MSet with_item_term = bounds.get_mset(0, 0, Xapian::doccount{0});
    lower = std::max(with_item_term.get_matches_lower_bound(), seen);
    estimated = std::max(with_item_term.get_matches_estimated(), seen);
    upper = with_item_term.get_matches_upper_bound();
  }
  return {lower, estimated, upper};
}

// The facets of the last match(), counted exactly or over a sample
// ("ca.", facets_exact), and result.total.
Searcher::FacetValues Searcher::count_match(Pass& pass, const MatchBounds& bounds, const Xapian::Query& matching,
                                             Result& result) {
  const Xapian::doccount lower = bounds.lower, estimated = bounds.estimated, upper = bounds.upper;
  result.total = estimated;

  // (value, count) of every facet slot value seen, before scaling.
  std::vector<std::pair<std::string, Xapian::doccount>> counted;
  Xapian::doccount scale = 1;
  const Xapian::doccount seen = pass.by_bound        ? 0
                                : pass.remote_facets ? pass.remote_facets->get_total()
                                                     : pass.local_facets->get_total();
  const bool all_seen = !pass.by_bound && lower == upper && seen >= upper;
  std::optional<FacetCount> sample;  // by_bound: over one document in step
  Xapian::doccount step = 1;
  if (pass.by_bound && pass.bounded && pass.by_bound->relaxed_upper > exact_facets_up_to_) {
    // The relaxed query's upper bound bounds the matches from above (its
    // estimate, after a pass that skipped most candidates, is far too low);
    // how many there are is known from the sample (its positions checked
    // only for the sample's candidates): exact counts while there are at
    // most exact_facets_up_to_.
    step = std::max<Xapian::doccount>(
        2, pass.by_bound->relaxed_upper / std::max<Xapian::doccount>(1, exact_facets_up_to_ / 5));
    sample = count_facets(pass.enquire.get_query(), step);
    if (sample->total * static_cast<double>(step) <= exact_facets_up_to_) sample.reset();
  }
  if (pass.by_bound && sample) {
    counted = sample->counted;
    scale = step;
    result.total = std::min<Xapian::doccount>(sample->total * step, pass.by_bound->relaxed_upper);
    result.facets_exact = false;
  } else if (pass.by_bound) {
    const FacetCount all = count_facets(pass.enquire.get_query(), 1);
    counted = all.counted;
    result.total = all.total;
  } else if (all_seen) {
    counted = pass.remote_facets ? counts_of(*pass.remote_facets) : counts_of(*pass.local_facets);
  } else if (!pass.bounded || (!pass.counted_in_pass && estimated <= exact_facets_up_to_)) {
    // Every match counted, without weights: exact. Restricted to items as
    // the match was (restrict()): the same documents, through the
    // meetings' short posting list.
    const FacetCount all = count_facets(pass.word_codes.rewrite(restrict(pass, matching)), 1);
    counted = all.counted;
    result.total = all.total;
  } else {
    // Over an even sample of about a fifth of exact_facets_up_to_ matches
    // (one document in `scale` of the index, in runs spread over it), scaled up.
    scale = std::max<Xapian::doccount>(
        2, estimated / std::max<Xapian::doccount>(1, exact_facets_up_to_ / 5));
    const FacetCount sampled = count_facets(
        pass.word_codes.rewrite(Xapian::Query(Xapian::Query::OP_FILTER, matching,
                                              pass.filter_not_meeting ? *pass.filter_not_meeting : pass.filter)),
        scale);
    counted = sampled.counted;
    result.total = std::clamp<Xapian::doccount>(sampled.total * scale, lower, upper);
    result.facets_exact = false;
  }
  return {std::move(counted), scale};
}

Result Searcher::run(const Request& request, bool exact) {
  // The index writes words as codes: queries are built in words and
  // rewritten to codes where they are matched (word_codes.rewrite()).
  WordCodes word_codes(db_);
  Result result;
  result.query = request.query;
  result.offset = request.offset;
  // Understanding first: a date phrase becomes a filter, a name a person.
  const UnderstoodDates dates = understand_dates(request.query);
  Understood& understood = result.understood;
  understood.words = dates.words;
  understood.date_text = dates.text;
  understood.from = dates.from;
  understood.to = dates.to;
  const std::string words = dates.words;  // understood.words may become the corrected words
  const Xapian::Query filter = filter_query(request.filters, &understood);

  bool has_words = words.find_first_not_of(" \t\r\n") != std::string::npos;
  if (has_words) understood.people = understand_people(words);
  TextQuery tq = text_query(words, has_words, request.sort, word_codes, result);
  if (!understood.people.empty()) add_people(understood.people, tq);
  if (has_words) tq.text = boosted(tq.text);
  Pass pass(request, word_codes, filter, has_words, db_);
  switch (request.sort) {
    case Sort::relevance: break;
    case Sort::date: pass.enquire.set_sort_by_value_then_relevance(schema::k_slot_date, false); break;
    case Sort::date_desc: pass.enquire.set_sort_by_value_then_relevance(schema::k_slot_date, true); break;
  }
  // Two passes where that pays: the page of hits first, with Xapian free to
  // skip matches that cannot enter it (max-weight pruning starts once
  // check_at_least matches are seen, so it is kept at the page size), then
  // the facets over the matches without any weighting (count_facets()).
  // A query with positions (a phrase) is matched in one pass that counts as
  // it goes: Xapian checks the positions of every candidate whatever its
  // weight, and a second pass would check them all again; so is a query
  // sorted by date, which cannot skip matches either, and one with filters
  // besides the item type (clusters, dates, ...): their matches are fewer,
  // and a second pass would test every candidate against a date range
  // again (at 237,000 items "sundhedsaftale" in Fyn in 2023-2024, 3,105
  // matches, took 23.8 ms CPU in two passes, 13.9 in one).
  // A ranked query with positions, on local databases, with more candidates
  // than exact_facets_up_to_, finds its page without checking the positions
  // of every candidate (page_by_bound()), and counts without weights, over
  // a sample unless that finds at most exact_facets_up_to_ matches.
  pass.filtered = filter.get_type() != Xapian::Query::LEAF_TERM;
  pass.bounded = !exact && !has_remote_ && exact_facets_up_to_ > 0;
  pass.limit = std::min(request.limit, k_max_limit);
  pass.page_end = request.offset + pass.limit;
  // Items only: when every document is an item or a meeting, as not a
  // meeting. The same matches, but the matcher then steps through the
  // meetings' short posting list instead of the items' one, which holds
  // nine documents in ten (at 100,000 items: 10% less CPU for a single
  // term, 20% for a person's name). As a filter, not as the query's own
  // AND_NOT: with OP_AND_NOT at the top, Xapian 1.4's max-weight pruning
  // in a first pass that stops at the page lost the best hit of a query
  // (TwoPassesGiveTheAnswersOfOnePass, "sundhedsaftale" with one hit).
  // With other filters too (clusters, dates, ...), the same: those filters
  // AND NOT a meeting, instead of AND the items' term (at 1M items, 8.5%
  // fewer instructions for "sundhedsaftale" in Fyn in 2023-2024). Only
  // for a match that counts as it goes (no positions: a phrase's page may
  // come from page_by_bound(), which reads the query's bounds), on local
  // databases; the bounds Xapian gives for it are those of the query with
  // the items' term (read below where they count), so every answer is the
  // same.
  pass.filter_not_meeting = items_as_not_meetings_ && types_partition_ && pass.filtered && !has_remote_
                                ? without_item_term(filter)
                                : std::nullopt;
  Xapian::MSet mset = match(pass, tq.text, tq.relaxed);
  if (mset.empty() && mset.get_matches_estimated() == 0 && has_words && !tq.ranked) {
    // Nothing has every word: rank the items that have some of them.
    const Parsed parsed = parse(words, Xapian::Query::OP_OR);
    const Xapian::Query any = boosted(parsed.query);
    if (any.serialise() != tq.text.serialise()) {
      mset = match(pass, any, parsed.relaxed);
      tq.matching = parsed.query;
    }
  }
  // "Mente du" only when the best item lacks some of the words: the
  // spelling check (vocabulary look-ups for each word) waits until then.
  if (tq.ranked && !has_remote_ &&
      (mset.empty() || mset.begin().get_weight() < k_word_bonus * static_cast<double>(tq.plain_words)))
    result.corrected_query = suggest(analyzer_.normalize_query(words), word_codes);
  if (tq.ranked && mset.get_matches_estimated() == 0 && result.corrected_query && understood.people.empty()) {
    // No item has any of the words: show the items of the corrected words
    // ("klyngemider" -> "klyngemidler"), and say so (corrected_query).
    if (auto corrected = words_query(*result.corrected_query)) {
      mset = match(pass, boosted(corrected->query), without_positions(corrected->query));
      tq.matching = corrected->matches;
      understood.words = *result.corrected_query;
    }
  }
  const FacetValues counted = count_match(pass, match_bounds(pass, mset), tq.matching, result);
  add_facets(counted.counted, counted.scale, result);

  add_hits(mset, pass.matched, pass.enquire.get_query(), word_codes, request.filters.sections, result);
  return result;
}

// The facets of `result` from the facet slot values `counted`, each count
// times `scale`.
void Searcher::add_facets(const std::vector<std::pair<std::string, Xapian::doccount>>& counted, Xapian::doccount scale,
                          Result& result) {
  auto& clusters = result.facets["cluster"];
  auto& regions = result.facets["region"];
  auto& forums = result.facets["forum"];
  auto& years = result.facets["year"];
  auto& kinds = result.facets["kind"];
  auto& people = result.facets["person"];
  {
    // Summed by code first (a value packs the codes of cluster, region,
    // forum, year, kind, then the people), each code read as its label
    // once: thousands of values share a few dozen codes.
    std::unordered_map<std::uint64_t, Xapian::doccount> by_cluster;  // cluster code << 32 | region code
    std::array<std::unordered_map<std::uint32_t, Xapian::doccount>, 4> by_code;  // region, forum, year, kind
    std::unordered_map<std::uint32_t, std::string_view> label_of;  // person unit code -> label
    std::unordered_map<std::string_view, Xapian::doccount> by_label;
    std::vector<std::uint32_t> codes;
    std::vector<std::string_view> labels;
    for (const auto& [value, count] : counted) {
      facet_codes_.codes(value, codes);
      codes.resize(std::max<std::size_t>(codes.size(), 5));  // missing fields: code 0, no value
      by_cluster[std::uint64_t{codes[0]} << 32 | codes[1]] += count;
      for (std::size_t field = 1; field < 5; ++field) by_code[field - 1][codes[field]] += count;
      // Unit ids, shown as their person's label: each person once per value.
      labels.clear();
      for (std::size_t i = 5; i < codes.size(); ++i) {
        const std::string& unit = facet_codes_.value(codes[i]);
        if (unit.empty()) continue;
        auto [at, added] = label_of.try_emplace(codes[i], unit);
        if (added) {
          // The label alone: the person is not built (PersonRegistry::label_of).
          if (const std::optional<std::string_view> l = persons_.label_of(unit)) at->second = *l;
        }
        const std::string_view label = at->second;
        if (std::none_of(labels.begin(), labels.end(), [&](std::string_view l) { return l == label; }))
          labels.push_back(label);
      }
      for (const std::string_view label : labels) by_label[label] += count;
    }
    auto add = [scale](std::map<std::string, Xapian::doccount>& counts, const std::string& v, Xapian::doccount n) {
      if (!v.empty()) counts[v] += n * scale;
    };
    for (const auto& [pair, n] : by_cluster) {
      const std::string& cluster = facet_codes_.value(static_cast<std::uint32_t>(pair >> 32));
      if (!cluster.empty())
        add(clusters, cluster_label(cluster, facet_codes_.value(static_cast<std::uint32_t>(pair))), n);
    }
    std::map<std::string, Xapian::doccount>* fields[] = {&regions, &forums, &years, &kinds};
    for (std::size_t field = 0; field < 4; ++field)
      for (const auto& [code, n] : by_code[field]) add(*fields[field], facet_codes_.value(code), n);
    for (const auto& [label, n] : by_label) add(people, std::string(label), n);
  }
}

// The hits of `mset` (matched for `matched`, in words; `coded` as the match
// weighed it) with their snippets, appended to `result`.
void Searcher::add_hits(const Xapian::MSet& mset, const Xapian::Query& matched, const Xapian::Query& coded,
                        WordCodes& word_codes, const std::vector<std::string>& wanted_sections, Result& result) {
  const std::set<std::string> wanted(wanted_sections.begin(), wanted_sections.end());
  MeetingCache meetings;
  // The snippets highlight the words of the query the hits were matched
  // for, weighed as the match weighed their codes (by_bound's page was
  // matched for the same terms).
  const Snippets snippet(mset, matched, coded, word_codes, analyzer_.stemmer());
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const nlohmann::json data = item_data(it.get_document(), meetings);
    Hit hit;
    hit.id = data.at("id");
    hit.rank = it.get_rank() + 1;
    hit.score = it.get_weight();
    hit.type = data.at("type");
    hit.meeting = data.at("meeting");
    hit.source = hit.meeting.value("source", "");
    hit.meeting.erase("source");
    hit.meeting.erase("id");
    const nlohmann::json& item = data.at("item");
    hit.item = {{"number", item["number"]}, {"title", item["title"]}, {"kind", item["kind"]}};
    if (item.contains("page") && item["page"].is_number_integer()) hit.page = item["page"].get<int>();
    choose_snippet(item.at("sections"), wanted, snippet, hit);
    result.hits.push_back(std::move(hit));
  }
}

Searcher::FacetCount Searcher::count_facets(const Xapian::Query& query, Xapian::doccount step) const {
  // Boolean weighting: Xapian leaves out the optional sides of OP_AND_MAYBE
  // (title weights, phrase pairs, the substance boost) and computes no
  // weights. Not OP_SCALE_WEIGHT 0, which would keep a phrase apart from
  // the sample's filter, checking the positions of every candidate. Each
  // term once (counting_form()): the same matches from fewer posting lists.
  const Xapian::Query counted = counting_form(query);
  Xapian::Enquire enquire(db_);
  enquire.set_query(step > 1 ? Xapian::Query(Xapian::Query::OP_FILTER, counted,
                                             Xapian::Query((new EveryNthDocument(step, k_sample_max_run))->release()))
                             : counted);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  FacetCount out;
  if (has_remote_) {
    Xapian::ValueCountMatchSpy spy(schema::k_slot_facets);
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, db_.get_doccount());
    out.counted = counts_of(spy);
    out.total = spy.get_total();
  } else {
    FacetSpy spy(schema::k_slot_facets);
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, db_.get_doccount());
    out.counted = counts_of(spy);
    out.total = spy.get_total();
  }
  return out;
}

std::optional<Searcher::BoundedPage> Searcher::page_by_bound(const Xapian::Query& exact, const Xapian::Query& relaxed,
                                                             double extra, Xapian::doccount offset, Xapian::doccount limit,
                                                             Xapian::doccount more_than) const {
  // Every match of `exact` matches `relaxed`, and weighs at most its weight
  // under `relaxed` plus `extra`: a document outside the best n of
  // `relaxed` weighs at most the n-th's weight plus `extra` under `exact`.
  // Once the page's last hit among those n weighs more, no other document
  // can enter the page.
  Xapian::Enquire candidates(db_);
  candidates.set_query(relaxed);
  // Its bounds only (no document is read): with few candidates, one pass
  // that checks them all costs less than two (at 100,000 items a name's
  // 1,844 candidates took 2.9 ms CPU in one pass, 3.3 in this way).
  if (candidates.get_mset(0, 0, Xapian::doccount{0}).get_matches_upper_bound() <= more_than) return std::nullopt;
  Xapian::Enquire check(db_);
  const Xapian::doccount page_end = offset + limit;
  for (Xapian::doccount n = std::max(page_end, position_candidates_); n <= k_max_position_candidates; n *= 4) {
    const Xapian::MSet best = candidates.get_mset(0, n);
    std::vector<Xapian::docid> ids;
    ids.reserve(best.size());
    for (auto it = best.begin(); it != best.end(); ++it) ids.push_back(*it);
    const bool every_candidate = best.size() < n;
    check.set_query(Xapian::Query(Xapian::Query::OP_FILTER, exact,
                                  Xapian::Query((new DocumentSet(std::move(ids), shard_uuids_))->release())));
    Xapian::MSet page = check.get_mset(offset, limit, n);
    // A margin for rounding: the two queries sum the same weights, maybe in
    // another order.
    if (every_candidate ||
        (page.size() == limit && page[limit - 1].get_weight() > (best[n - 1].get_weight() + extra) * (1 + 1e-9)))
      return BoundedPage{std::move(page), best.get_matches_upper_bound()};
  }
  return std::nullopt;
}

const store::StoredMeeting* Searcher::stored_meeting(const std::string& meeting_id, MeetingCache& cache) {
  auto [at, added] = cache.try_emplace(meeting_id);
  if (added) {
    const std::string term = schema::k_id + meeting_id;
    Xapian::PostingIterator p = db_.postlist_begin(term);
    if (p != db_.postlist_end(term)) at->second.emplace(codec_, schema::stored_data(db_.get_document(*p)));
  }
  return at->second ? &*at->second : nullptr;
}

nlohmann::json Searcher::item_data(const Xapian::Document& doc, MeetingCache& cache) {
  Xapian::TermIterator t = doc.termlist_begin();
  t.skip_to(schema::k_id);
  if (t == doc.termlist_end() || (*t).rfind(schema::k_id, 0) != 0)
    throw std::runtime_error("an item document without an id in the index");
  const std::string id = (*t).substr(schema::k_id.size());
  const std::string mid = schema::meeting_id_of(id);
  const store::StoredMeeting* meeting = stored_meeting(mid, cache);
  if (!meeting || id.size() <= mid.size() + 1)
    throw std::runtime_error("item " + id + " without its meeting in the index");
  return meeting->item(std::stoul(id.substr(mid.size() + 1)), id);
}

std::optional<nlohmann::json> Searcher::load(const std::string& id) {
  return with_reopen([&]() -> std::optional<nlohmann::json> {
    const std::string mid = schema::meeting_id_of(id);
    MeetingCache cache;
    const store::StoredMeeting* meeting = stored_meeting(mid, cache);
    if (!meeting) return std::nullopt;
    if (mid == id) return meeting->meeting();
    // An item's id is its meeting's and its position: "3f2a9c0b1d2e-4".
    const std::string n = id.size() > mid.size() + 1 ? id.substr(mid.size() + 1) : "";
    if (n.empty() || n.size() > 6 || n.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const std::size_t position = std::stoul(n);
    if (position == 0 || position > meeting->items()) return std::nullopt;
    return meeting->item(position, id);
  });
}

nlohmann::json Searcher::show(const std::string& id) {
  if (id.empty() || id.size() > 64) throw NotFound("no document with id \"" + id + "\"");
  std::optional<nlohmann::json> doc = load(id);
  if (!doc) throw NotFound("no document with id \"" + id + "\"");
  const std::string mid = schema::meeting_id_of(id);
  std::optional<nlohmann::json> meeting = mid == id ? doc : load(mid);
  nlohmann::json out = {{"id", id}, {"type", (*doc)["type"]}};
  if (meeting) {
    nlohmann::json header = *meeting;
    out["items"] = header["items"];
    header.erase("items");
    header.erase("type");
    header.erase(schema::k_file_field);
    out["meeting"] = std::move(header);
  } else {
    out["meeting"] = (*doc)["meeting"];
    out["items"] = nlohmann::json::array();
  }
  out["item"] = mid == id ? nlohmann::json(nullptr) : (*doc)["item"];
  return out;
}

std::string Searcher::original_path(const std::string& id) {
  if (id.empty() || id.size() > 64) throw NotFound("no document with id \"" + id + "\"");
  std::optional<nlohmann::json> meeting = load(schema::meeting_id_of(id));
  if (!meeting || (id.find('-') != std::string::npos && !load(id)))
    throw NotFound("no document with id \"" + id + "\"");
  auto file = meeting->find(schema::k_file_field);
  if (file == meeting->end() || !file->is_string())
    throw NotFound("no original file recorded for \"" + id + "\" (index made by an older indexer)");
  return file->get<std::string>();
}

nlohmann::json Searcher::status() {
  return with_reopen([&] {
    nlohmann::json generations = nlohmann::json::array();
    std::optional<fs::file_time_type> newest;
    for (const auto& path : paths_) {
      if (path.rfind("tcp://", 0) == 0) continue;
      std::vector<std::string> shards = indexer::read_stub(path);
      if (shards.empty()) {
        shards.push_back(path);
        generations.push_back(nullptr);
      } else {
        generations.push_back(fs::path(shards.front()).parent_path().filename().string());
      }
      std::error_code ec;
      for (const auto& shard : shards)
        for (const auto& entry : fs::directory_iterator(shard, ec)) {
          const auto t = entry.last_write_time(ec);
          if (!ec && (!newest || t > *newest)) newest = t;
        }
    }
    nlohmann::json last_update = nullptr;
    if (newest) {
      const auto since_epoch = std::chrono::duration_cast<std::chrono::seconds>(
          std::chrono::file_clock::to_sys(*newest).time_since_epoch());
      const std::time_t t = since_epoch.count();
      std::tm utc{};
      gmtime_r(&t, &utc);
      char buf[32];
      std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
      last_update = buf;
    }
    return nlohmann::json{
        {"documents", db_.get_doccount()},
        {"items", db_.get_termfreq(schema::k_type + schema::k_type_item)},
        {"meetings", db_.get_termfreq(schema::k_type + schema::k_type_meeting)},
        {"generations", std::move(generations)},
        {"last_update", std::move(last_update)}};
  });
}

}  // namespace searcher

namespace searcher {
namespace {

// Only plain words (starting with a lower-case letter, four bytes or
// more) as expand terms: prefixed terms (titles, fields, ids: upper case)
// would add nothing a reader sees.
bool is_expand_word(const std::string& word) {
  if (word.size() < 4) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && u_isalpha(c) && !u_isupper(c);
}

// Expand terms whose word is_expand_word(): the index's terms are codes
// (WordCodes::word_of gives their words).
class WordsOnly : public Xapian::ExpandDecider {
 public:
  explicit WordsOnly(WordCodes& codes) : codes_(codes) {}
  bool operator()(const std::string& term) const override {
    const std::optional<std::string> word = codes_.word_of(term);
    return word && is_expand_word(*word);
  }

 private:
  WordCodes& codes_;
};

constexpr Xapian::termcount k_similar_terms = 25;
constexpr Xapian::doccount k_similar_candidates = 300;

}  // namespace

nlohmann::json Searcher::similar(const std::string& id, unsigned per_group, bool own_cluster) {
  if (id.empty() || id.size() > 64) throw NotFound("no document with id \"" + id + "\"");
  return with_reopen([&] {
    const std::string id_term = schema::k_id + id;
    Xapian::PostingIterator p = db_.postlist_begin(id_term);
    if (p == db_.postlist_end(id_term)) throw NotFound("no document with id \"" + id + "\"");
    const Xapian::docid did = *p;
    if (schema::meeting_id_of(id) == id)
      throw QueryError("\"" + id + "\" is a meeting: similar items are found from an item id");
    MeetingCache meetings;
    const nlohmann::json data = item_data(db_.get_document(did), meetings);
    const nlohmann::json& meeting = data.at("meeting");
    const std::string cluster = meeting.value("cluster", nlohmann::json()).is_string() ? meeting["cluster"].get<std::string>() : "";
    const std::string region = meeting.value("region", nlohmann::json()).is_string() ? meeting["region"].get<std::string>() : "";

    // Relevance feedback: the item is the relevant set; its best expand
    // terms (Xapian's ESet, Bo1 weighting) become the query.
    Xapian::Enquire enquire(db_);
    Xapian::RSet rset;
    rset.add_document(did);
    WordCodes codes(db_);
    WordsOnly words_only(codes);
    // Every candidate, then the best chosen as Xapian chooses an ESet's
    // (ESet::Internal::expand in 1.4) but by the terms' words: ties in
    // weight are settled by the terms, in their order, which the codes
    // would change.
    const Xapian::ESet eset = enquire.get_eset(db_.get_document(did).termlist_count() + 1, rset, &words_only);
    struct Expand {
      double weight;
      std::string word, term;
      // Xapian's order of expand terms: larger weight, then larger term, first.
      bool operator<(const Expand& o) const { return weight != o.weight ? weight > o.weight : word > o.word; }
    };
    std::vector<Expand> candidates;
    for (auto t = eset.begin(); t != eset.end(); ++t) candidates.push_back({t.get_weight(), *codes.word_of(*t), *t});
    std::sort(candidates.begin(), candidates.end(), [](const Expand& a, const Expand& b) { return a.word < b.word; });
    std::vector<Expand> ranked;
    double min_weight = 0;
    bool is_heap = false;
    for (Expand& e : candidates) {  // the words in order, as Xapian meets the terms
      if (e.weight <= min_weight) continue;
      ranked.push_back(std::move(e));
      if (ranked.size() > k_similar_terms) {
        if (!is_heap) {
          is_heap = true;
          std::make_heap(ranked.begin(), ranked.end());
        } else {
          std::push_heap(ranked.begin(), ranked.end());
        }
        std::pop_heap(ranked.begin(), ranked.end());
        ranked.pop_back();
        min_weight = ranked.front().weight;
      }
    }
    if (is_heap) std::sort_heap(ranked.begin(), ranked.end());
    else std::sort(ranked.begin(), ranked.end());
    std::vector<Xapian::Query> terms;
    nlohmann::json term_list = nlohmann::json::array();
    for (const Expand& e : ranked) {
      terms.emplace_back(e.term);
      term_list.push_back(e.word);
    }
    nlohmann::json out = {{"id", id},
                          {"cluster", cluster_label(cluster, region)},
                          {"terms", term_list},
                          {"groups", nlohmann::json::array()}};
    if (terms.empty()) return out;
    Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    std::vector<Xapian::Query> excluded{Xapian::Query(id_term)};
    if (!own_cluster && !cluster.empty()) {
      Xapian::Query own(schema::boolean_term(schema::k_cluster, cluster));
      if (!region.empty())
        own = Xapian::Query(Xapian::Query::OP_FILTER, own, Xapian::Query(schema::boolean_term(schema::k_region, region)));
      excluded.push_back(own);
    }
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(schema::k_type + schema::k_type_item));
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                          Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(0, k_similar_candidates);
    // Grouped by cluster, groups in the order of their best item.
    std::vector<std::string> order;
    std::map<std::string, nlohmann::json> groups;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const nlohmann::json d = item_data(it.get_document(), meetings);
      const nlohmann::json& m = d.at("meeting");
      const std::string c = m.value("cluster", nlohmann::json()).is_string() ? m["cluster"].get<std::string>() : "";
      const std::string r = m.value("region", nlohmann::json()).is_string() ? m["region"].get<std::string>() : "";
      const std::string label = c.empty() ? "(ukendt klynge)" : cluster_label(c, r);
      auto [g, added] = groups.try_emplace(label, nlohmann::json{{"cluster", c.empty() ? nlohmann::json() : nlohmann::json(c)},
                                                                  {"region", r.empty() ? nlohmann::json() : nlohmann::json(r)},
                                                                  {"label", label},
                                                                  {"hits", nlohmann::json::array()}});
      if (added) order.push_back(label);
      if (g->second["hits"].size() >= per_group) continue;
      const nlohmann::json& item = d.at("item");
      std::string snippet, section;
      for (const auto& s : item.at("sections")) {
        if (snippet.empty() || is_decision(s.value("kind", ""))) {
          section = s.value("kind", "");
          snippet = lead(s.value("text", ""), k_snippet_bytes);
          if (is_decision(section)) break;
        }
      }
      nlohmann::json meeting_ref = m;
      meeting_ref.erase("id");
      const std::string source = meeting_ref.value("source", "");
      meeting_ref.erase("source");
      g->second["hits"].push_back({{"id", d.at("id")},
                                   {"score", it.get_weight()},
                                   {"source", source},
                                   {"meeting", meeting_ref},
                                   {"item", {{"number", item["number"]}, {"title", item["title"]}, {"kind", item["kind"]}}},
                                   {"section", section.empty() ? nlohmann::json() : nlohmann::json(section)},
                                   {"snippet", snippet}});
    }
    for (const auto& label : order) out["groups"].push_back(std::move(groups[label]));
    return out;
  });
}

}  // namespace searcher
