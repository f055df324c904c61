#include "searcher/word_codes.h"

#include <cstdlib>
#include <string_view>
#include <vector>

#include "analyzers/term_codes.h"
#include "indexer/schema.h"

namespace searcher {
namespace {

// Xapian 1.4 gives some of a query's parameters back only in its
// description (a window, a scale factor) or its serialised form (a
// wildcard's pattern and limit). Each reader below checks the text it
// expects and throws std::logic_error otherwise, so that a Xapian whose
// forms differ fails loudly instead of changing answers.
[[noreturn]] void unexpected(const Xapian::Query& query) {
  throw std::logic_error("cannot read the parameters of query " + query.get_description());
}

// The description of `query` without the "Query(" ... ")" around it.
std::string inner_description(const Xapian::Query& query) {
  const std::string d = query.get_description();
  return d.substr(6, d.size() - 7);
}

// The window of OP_PHRASE or OP_NEAR, or the set size of OP_ELITE_SET:
// "(A PHRASE 3 B)".
Xapian::termcount window_of(const Xapian::Query& query, std::string_view op) {
  const std::string d = inner_description(query);
  const std::string first = inner_description(query.get_subquery(0));
  std::size_t at = 1 + first.size();
  if (d.compare(at, op.size(), op) != 0) unexpected(query);
  at += op.size();
  char* end = nullptr;
  const unsigned long n = std::strtoul(d.c_str() + at, &end, 10);
  if (end == d.c_str() + at || *end != ' ') unexpected(query);
  return static_cast<Xapian::termcount>(n);
}

// The factor of OP_SCALE_WEIGHT: "2.5 * A" (printed with %.20g: exact).
double scale_of(const Xapian::Query& query) {
  const std::string d = inner_description(query);
  char* end = nullptr;
  const double factor = std::strtod(d.c_str(), &end);
  if (end == d.c_str() || std::string_view(end).substr(0, 3) != " * ") unexpected(query);
  return factor;
}

// A leaf term's position in the query ("term#2@3": wqf 2, position 3).
Xapian::termpos position_of(const Xapian::Query& leaf, const std::string& term) {
  const std::string d = inner_description(leaf);
  const std::string bare = inner_description(Xapian::Query(term));
  if (d.compare(0, bare.size(), bare) != 0) unexpected(leaf);
  const std::size_t at = d.find('@', bare.size());
  if (at == std::string::npos) return 0;
  return static_cast<Xapian::termpos>(std::strtoul(d.c_str() + at + 1, nullptr, 10));
}

// Xapian's length prefix in serialised queries (net/length.h).
std::size_t decode_length(const std::string& s, std::size_t& at, const Xapian::Query& query) {
  if (at >= s.size()) unexpected(query);
  std::size_t len = static_cast<unsigned char>(s[at++]);
  if (len != 0xff) return len;
  len = 0;
  for (unsigned shift = 0;; shift += 7) {
    if (at >= s.size() || shift > 28) unexpected(query);
    const auto b = static_cast<unsigned char>(s[at++]);
    len |= static_cast<std::size_t>(b & 0x7f) << shift;
    if (b & 0x80) break;
  }
  return len + 255;
}

struct Wildcard {
  std::string pattern;
  Xapian::termcount max_expansion = 0;  // 0: no limit
  int max_type = Xapian::Query::WILDCARD_LIMIT_ERROR;
  Xapian::Query::op combiner = Xapian::Query::OP_SYNONYM;
};

// A wildcard's parameters from its serialised form: 0x0b, the limit, the
// limit's kind, the combining operator, the pattern.
Wildcard read_wildcard(const Xapian::Query& query) {
  const std::string s = query.serialise();
  if (s.empty() || s[0] != '\x0b') unexpected(query);
  std::size_t at = 1;
  Wildcard w;
  w.max_expansion = static_cast<Xapian::termcount>(decode_length(s, at, query));
  if (at + 2 > s.size()) unexpected(query);
  w.max_type = static_cast<unsigned char>(s[at++]);
  w.combiner = static_cast<Xapian::Query::op>(static_cast<unsigned char>(s[at++]));
  const std::size_t len = decode_length(s, at, query);
  if (at + len != s.size()) unexpected(query);
  w.pattern = s.substr(at);
  return w;
}

// The prefix of a term: its leading capitals (Xapian's convention).
std::size_t prefix_length(const std::string& term) {
  std::size_t n = 0;
  while (n < term.size() && term[n] >= 'A' && term[n] <= 'Z') ++n;
  return n;
}

bool is_word_prefix(std::string_view prefix) { return prefix.empty() || prefix == schema::k_title; }

}  // namespace

bool is_word_term(const std::string& term, std::string* prefix, std::string* word) {
  const std::size_t n = prefix_length(term);
  if (n == term.size() || !is_word_prefix(std::string_view(term).substr(0, n))) return false;
  // A code's first byte is no word's: the term is already a code.
  if (analyzers::is_term_code(std::string_view(term).substr(n, 1))) return false;
  if (prefix) *prefix = term.substr(0, n);
  if (word) *word = term.substr(n);
  return true;
}

WordCodes::WordCodes(const Xapian::Database& db)
    : db_(db), coded_(!db.get_metadata(schema::k_codes_count_key).empty()) {}

const std::string& WordCodes::term(const std::string& term) {
  auto [at, added] = terms_.try_emplace(term, term);
  if (!added || !coded_) return at->second;
  std::string prefix, word;
  if (!is_word_term(term, &prefix, &word)) return at->second;
  const std::string code = db_.get_metadata(schema::k_word_code_key + word);
  if (!code.empty()) at->second = prefix + code;
  return at->second;
}

std::optional<std::string> WordCodes::word_of(const std::string& term) {
  if (!coded_) {
    std::string prefix, word;
    if (!is_word_term(term, &prefix, &word) || !prefix.empty()) return std::nullopt;
    return word;
  }
  if (!analyzers::is_term_code(term)) return std::nullopt;
  auto [at, added] = words_.try_emplace(term);
  if (added) {
    std::string word = db_.get_metadata(schema::k_code_word_key + term);
    if (!word.empty()) at->second = std::move(word);
  }
  return at->second;
}

bool WordCodes::holds(const std::string& word) {
  const std::string& t = term(word);
  return (!coded_ || t != word) && db_.term_exists(t);
}

Xapian::Query WordCodes::expand_wildcard(const Xapian::Query& query) {
  const Wildcard w = read_wildcard(query);
  const std::size_t n = prefix_length(w.pattern);
  const std::string prefix = w.pattern.substr(0, n);
  if (!is_word_prefix(prefix)) return query;  // not a word field: as Xapian expands it
  // The terms of the words a document holds, in the words' order (Xapian
  // expands over the terms, sorted, which here are the words).
  std::vector<std::pair<std::string, Xapian::doccount>> terms;
  auto add = [&](const std::string& t) {
    if (w.max_type != Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT && w.max_expansion > 0 &&
        terms.size() == w.max_expansion) {
      if (w.max_type == Xapian::Query::WILDCARD_LIMIT_FIRST) return false;
      throw Xapian::WildcardError("Wildcard " + w.pattern + "* expands to more than " +
                                  std::to_string(w.max_expansion) + " terms");
    }
    terms.emplace_back(t, w.max_type == Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT ? db_.get_termfreq(t) : 0);
    return true;
  };
  if (coded_) {
    const std::string keys = schema::k_word_code_key + w.pattern.substr(n);
    for (auto k = db_.metadata_keys_begin(keys); k != db_.metadata_keys_end(keys); ++k) {
      const std::string& t = term(prefix + (*k).substr(schema::k_word_code_key.size()));
      if (t.size() > prefix.size() && analyzers::is_term_code(std::string_view(t).substr(prefix.size(), 1)) &&
          db_.term_exists(t) && !add(t))
        break;
    }
  } else {
    for (auto t = db_.allterms_begin(w.pattern); t != db_.allterms_end(w.pattern); ++t)
      if (!add(*t)) break;
  }
  if (w.max_type == Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT && w.max_expansion > 0 &&
      terms.size() > w.max_expansion) {
    std::stable_sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    terms.resize(w.max_expansion);
  }
  std::vector<Xapian::Query> leaves;
  for (const auto& [t, freq] : terms) leaves.emplace_back(t);
  // Kept as a synonym of one term too (Xapian would make it the term
  // itself, weighed as a term of its own, where the wildcard weighs its
  // expansion as one synonym): a term no document holds beside it.
  if (leaves.size() == 1 && w.combiner == Xapian::Query::OP_SYNONYM) leaves.emplace_back(k_absent_term);
  if (leaves.empty()) return Xapian::Query(k_absent_term);
  return Xapian::Query(w.combiner, leaves.begin(), leaves.end());
}

Xapian::Query WordCodes::rewrite(const Xapian::Query& query) {
  const auto op = query.get_type();
  switch (op) {
    case Xapian::Query::LEAF_TERM: {
      const std::string t = *query.get_terms_begin();
      const std::string& mapped = term(t);
      if (mapped == t) return query;
      return Xapian::Query(mapped, query.get_length(), position_of(query, t));
    }
    case Xapian::Query::OP_WILDCARD: {
      // A search rewrites its query up to three times (the match, the
      // relaxed candidates, the facet count): each wildcard's table scan once.
      std::string key = query.serialise();
      if (auto at = wildcards_.find(key); at != wildcards_.end()) return at->second;
      return wildcards_.emplace(std::move(key), expand_wildcard(query)).first->second;
    }
    case Xapian::Query::LEAF_MATCH_ALL:
    case Xapian::Query::LEAF_MATCH_NOTHING:
    case Xapian::Query::LEAF_POSTING_SOURCE:
    case Xapian::Query::OP_VALUE_RANGE:
    case Xapian::Query::OP_VALUE_GE:
    case Xapian::Query::OP_VALUE_LE:
    case Xapian::Query::OP_INVALID: return query;
    default: break;
  }
  const std::size_t n = query.get_num_subqueries();
  std::vector<Xapian::Query> subqueries;
  subqueries.reserve(n);
  bool changed = false;
  for (std::size_t i = 0; i < n; ++i) {
    const Xapian::Query sub = query.get_subquery(i);
    subqueries.push_back(rewrite(sub));
    // Same object: nothing below it was rewritten.
    changed = changed || subqueries.back().internal.get() != sub.internal.get();
  }
  if (!changed) return query;
  switch (op) {
    case Xapian::Query::OP_SCALE_WEIGHT: return Xapian::Query(op, subqueries.front(), scale_of(query));
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR:
    case Xapian::Query::OP_ELITE_SET: {
      const std::string_view name = op == Xapian::Query::OP_PHRASE ? " PHRASE "
                                    : op == Xapian::Query::OP_NEAR ? " NEAR "
                                                                   : " ELITE_SET ";
      return Xapian::Query(op, subqueries.begin(), subqueries.end(), window_of(query, name));
    }
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX: return Xapian::Query(op, subqueries.begin(), subqueries.end());
    default: unexpected(query);
  }
}

}  // namespace searcher
