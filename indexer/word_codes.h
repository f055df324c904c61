// The index's word codes (schema version 9): every word term is written as
// prefix + a 1-3 byte code (analyzers/term_codes.h) given per index in the
// order the index first meets its words. The table lives in the metadata of
// the first shard (schema::k_word_code_key, k_code_word_key,
// k_codes_count_key); the searcher maps a query's words to codes through it.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"

namespace indexer {

// The table as an indexer run keeps it: loaded whole at the start (the
// parsing threads must not read the database the writer writes), given new
// words by the parsing threads, and written to the first shard before the
// documents that use the new codes are committed.
class WordCodes {
 public:
  // Replaces the table with the one stored in `db` (empty if none). Throws
  // std::runtime_error if the stored table is inconsistent (a code out of
  // range, a word with two codes or a code with two words): an index that
  // cannot be updated without confusing words.
  void load(const Xapian::Database& db);

  // The code of `folded_word`, the next code if the table has none for it
  // (first come, first served). Thread-safe. Throws std::out_of_range past
  // analyzers::k_max_term_codes words.
  std::string code(const std::string& folded_word);

  // A coder for analyzers::DanishAnalyzer that asks this table; the table
  // must outlive it.
  analyzers::WordCoder coder();

  // Writes the codes given since load() or the last save() to `db` (both
  // directions and the count); returns how many. Thread-safe against
  // code(); `db` must not be in use by another thread.
  std::size_t save(Xapian::WritableDatabase& db);

  // How many codes the table has given (loaded ones included).
  std::size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::uint32_t> numbers_;  // word -> number of its code
  std::vector<std::string> words_;                          // by number
  std::size_t saved_ = 0;                                   // words_[saved_..] are not in the metadata yet
};

// The term `db` holds for `folded_word` under `prefix` (prefix + its code,
// from the table of `db`'s first shard), or nullopt if the table has no
// code for it (no document holds the word).
std::optional<std::string> word_term(const Xapian::Database& db, const std::string& prefix,
                                     const std::string& folded_word);

// `term` as words: a word term of `db` (prefix + code) as prefix + its word;
// any other term (a boolean term, a code the table lacks) as it is.
std::string decoded_term(const Xapian::Database& db, const std::string& term);

}  // namespace indexer
