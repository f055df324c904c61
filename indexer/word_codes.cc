#include "indexer/word_codes.h"

#include <charconv>
#include <stdexcept>

#include "analyzers/term_codes.h"
#include "indexer/schema.h"

namespace indexer {

void WordCodes::load(const Xapian::Database& db) {
  std::unordered_map<std::string, std::uint32_t> numbers;
  std::vector<std::string> words;
  const std::string count_value = db.get_metadata(schema::k_codes_count_key);
  std::size_t count = 0;
  if (!count_value.empty()) {
    const auto [end, error] = std::from_chars(count_value.data(), count_value.data() + count_value.size(), count);
    if (error != std::errc() || end != count_value.data() + count_value.size() || count > analyzers::k_max_term_codes)
      throw std::runtime_error("word code table: bad count '" + count_value + "'");
  }
  words.resize(count);
  const std::string& prefix = schema::k_word_code_key;
  for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
    std::string word = (*k).substr(prefix.size());
    const std::string code = db.get_metadata(*k);
    const auto n = analyzers::term_code_number(code);
    if (!n || *n >= count || !words[*n].empty())
      throw std::runtime_error("word code table: bad code of '" + word + "'");
    numbers.emplace(word, *n);
    words[*n] = std::move(word);
  }
  // Every number below the count has its word: the next word gets a new code.
  if (numbers.size() != count) throw std::runtime_error("word code table: words missing below the count");
  const std::lock_guard lock(mutex_);
  numbers_ = std::move(numbers);
  words_ = std::move(words);
  saved_ = words_.size();
}

std::string WordCodes::code(const std::string& folded_word) {
  const std::lock_guard lock(mutex_);
  auto [it, added] = numbers_.try_emplace(folded_word, static_cast<std::uint32_t>(words_.size()));
  if (added) {
    if (words_.size() >= analyzers::k_max_term_codes) {
      numbers_.erase(it);
      throw std::out_of_range("word code table: more than " + std::to_string(analyzers::k_max_term_codes) +
                              " words");
    }
    words_.push_back(folded_word);
  }
  return analyzers::term_code(it->second);
}

analyzers::WordCoder WordCodes::coder() {
  return [this](const std::string& folded_word) { return code(folded_word); };
}

std::size_t WordCodes::save(Xapian::WritableDatabase& db) {
  const std::lock_guard lock(mutex_);
  const std::size_t added = words_.size() - saved_;
  if (added == 0) return 0;
  for (std::size_t n = saved_; n < words_.size(); ++n) {
    const std::string code = analyzers::term_code(static_cast<std::uint32_t>(n));
    db.set_metadata(schema::k_word_code_key + words_[n], code);
    db.set_metadata(schema::k_code_word_key + code, words_[n]);
  }
  db.set_metadata(schema::k_codes_count_key, std::to_string(words_.size()));
  saved_ = words_.size();
  return added;
}

std::size_t WordCodes::size() const {
  const std::lock_guard lock(mutex_);
  return words_.size();
}

std::optional<std::string> word_term(const Xapian::Database& db, const std::string& prefix,
                                     const std::string& folded_word) {
  const std::string code = db.get_metadata(schema::k_word_code_key + folded_word);
  if (code.empty()) return std::nullopt;
  return prefix + code;
}

std::string decoded_term(const Xapian::Database& db, const std::string& term) {
  // Prefixes are upper-case ASCII letters; no code starts with one.
  std::size_t n = 0;
  while (n < term.size() && term[n] >= 'A' && term[n] <= 'Z') ++n;
  const std::string_view rest = std::string_view(term).substr(n);
  if (!analyzers::is_term_code(rest)) return term;
  const std::string word = db.get_metadata(schema::k_code_word_key + std::string(rest));
  return word.empty() ? term : term.substr(0, n) + word;
}

}  // namespace indexer
