// The index's vocabulary table (analyzers::Vocabulary): each virtual term
// (a word's stem, letter forms and compound parts) with the words it stands
// for, in the metadata of the first shard under schema::k_vocabulary_key.
// The searcher expands a query's virtual terms to those words, so they cost
// one entry per distinct word instead of a posting per document.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"

namespace indexer {

// The table as the indexer builds it over a run: entries are read from the
// index the first time a run touches them and written back when changed.
// Not thread-safe: used by the writer only.
class VocabularyTable {
 public:
  // Adds `words` (a file's entries) to the table kept in `db`.
  void add(const analyzers::Vocabulary& words, const Xapian::WritableDatabase& db);
  // Writes the entries changed since the last save() to `db`.
  void save(Xapian::WritableDatabase& db);

 private:
  struct Entry {
    std::unordered_set<std::string> words;
    bool changed = false;
  };
  using Entries = std::unordered_map<std::string, Entry>;
  Entries entries_;
  // The entries to write (an unordered_map's elements stay where they are
  // as it grows).
  std::vector<Entries::value_type*> changed_;
};

// The words the vocabulary of `db` gives `virtual_term` (empty if none).
std::vector<std::string> vocabulary_words(const Xapian::Database& db, const std::string& virtual_term);

}  // namespace indexer
