#include "indexer/vocabulary.h"

#include <algorithm>

#include "indexer/schema.h"

namespace indexer {
namespace {

// The metadata value of an entry: its words, sorted, each followed by '\n'
// (words hold no white space).
std::string encode(const std::unordered_set<std::string>& words) {
  std::vector<const std::string*> sorted;
  sorted.reserve(words.size());
  for (const auto& w : words) sorted.push_back(&w);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return *a < *b; });
  std::string out;
  for (const auto* w : sorted) {
    out += *w;
    out += '\n';
  }
  return out;
}

template <typename F>
void decode(const std::string& value, F&& each) {
  std::size_t start = 0;
  while (start < value.size()) {
    std::size_t end = value.find('\n', start);
    if (end == std::string::npos) end = value.size();
    if (end > start) each(value.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace

void VocabularyTable::add(const analyzers::Vocabulary& words, const Xapian::WritableDatabase& db) {
  for (const auto& [term, new_words] : words) {
    auto [it, inserted] = entries_.try_emplace(term);
    Entry& e = it->second;
    if (inserted) decode(db.get_metadata(schema::k_vocabulary_key + term), [&](std::string w) { e.words.insert(std::move(w)); });
    for (const auto& w : new_words) {
      if (!e.words.insert(w).second || e.changed) continue;
      e.changed = true;
      changed_.push_back(&*it);
    }
  }
}

void VocabularyTable::save(Xapian::WritableDatabase& db) {
  for (auto* changed : changed_) {
    db.set_metadata(schema::k_vocabulary_key + changed->first, encode(changed->second.words));
    changed->second.changed = false;
  }
  changed_.clear();
}

std::vector<std::string> vocabulary_words(const Xapian::Database& db, const std::string& virtual_term) {
  std::vector<std::string> words;
  decode(db.get_metadata(schema::k_vocabulary_key + virtual_term), [&](std::string w) { words.push_back(std::move(w)); });
  return words;
}

}  // namespace indexer
