// An index's word codes as a search reads them. The index writes each word
// term (a text prefix, "" or the title's, + a folded word) as prefix +
// code(word) (analyzers/term_codes.h; the table word <-> code is in the
// first shard's metadata). Queries are parsed and expanded in words, as
// before; WordCodes rewrites the finished query's word terms to codes.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include <xapian.h>

namespace searcher {

// A term no document holds: neither a word term (it does not start with a
// word's character) nor a code (codes are at most 3 bytes long). Stands in
// for what matches nothing but must keep a query's shape.
inline const std::string k_absent_term = "\x01\x01\x01\x01";

// The word <-> code table of one index, read lazily and cached for the
// object's life (make one per search: codes never change, but a later
// commit may give new words codes). Not thread-safe.
class WordCodes {
 public:
  // The table of `db` (get_metadata gives the first shard's; remote shards
  // too). An index without the table (one with no words yet) maps every
  // word to itself.
  explicit WordCodes(const Xapian::Database& db);

  // True if the index has a code table (words are written as codes).
  bool coded() const { return coded_; }

  // The term the index holds for `term`: prefix + code for a word term
  // (prefix "" or schema::k_title, then a folded word); a word the table
  // does not have stays as it is, a term no document holds (so it matches
  // nothing, as an unknown word always did). Any other term (boolean,
  // virtual, already a code) is returned as it is.
  const std::string& term(const std::string& term);

  // `query` with each word term replaced by term(), and each wildcard
  // (OP_WILDCARD, "klynge*") expanded over the words of the table that a
  // document holds, in the words' order and within the wildcard's own
  // limit (as Xapian expands it over the terms), to OP_SYNONYM of their
  // terms. Everything else (operators and their parameters, weights,
  // windows, positions, posting sources) is kept; a subquery without word
  // terms or wildcards is returned as the same object. Throws
  // Xapian::WildcardError as Xapian's matcher would for a wildcard past its
  // limit (WILDCARD_LIMIT_ERROR).
  Xapian::Query rewrite(const Xapian::Query& query);

  // The word of `term` when it is an unprefixed word term: the word a code
  // stands for (the "c:" table), or the term itself in an index without the
  // table; nullopt for any other term or an unknown code.
  std::optional<std::string> word_of(const std::string& term);

  // True if some document holds the word `word` (folded, unprefixed).
  bool holds(const std::string& word);

 private:
  Xapian::Query expand_wildcard(const Xapian::Query& wildcard);

  Xapian::Database db_;
  bool coded_ = false;
  std::unordered_map<std::string, std::string> terms_;   // term -> the index's term
  std::unordered_map<std::string, std::optional<std::string>> words_;  // code -> word
  std::unordered_map<std::string, Xapian::Query> wildcards_;  // serialised wildcard -> its expansion
};

// True if `term` is a word term: prefix "" or schema::k_title, then a word
// (not a code). `word` is set to the word.
bool is_word_term(const std::string& term, std::string* prefix = nullptr, std::string* word = nullptr);

}  // namespace searcher
