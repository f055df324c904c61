#include "analyzers/compounds.h"

#include <array>
#include <fstream>

#include "analyzers/analyzer.h"

namespace analyzers {
namespace {

constexpr std::size_t k_min_word = 8;   // bytes; shorter words are not split
constexpr std::size_t k_min_head = 3;
constexpr std::size_t k_min_tail = 4;

// Inflectional endings, longest first.
constexpr std::array<std::string_view, 12> k_endings = {"erne", "ende", "ene", "ers", "er", "en",
                                                        "et",   "es",   "ne",  "e",   "r",  "n"};

bool is_consonant(char c) { return c >= 'a' && c <= 'z' && std::string_view("aeiouy").find(c) == std::string_view::npos; }

// Is `tail` a lexicon word, perhaps inflected? Also undoes the e-deletion of
// Danish plurals: "midler" <- "middel", "regler" <- "regel".
bool known_tail(std::string_view tail, const Lexicon& lexicon) {
  if (lexicon.contains(tail)) return true;
  for (std::string_view ending : k_endings) {
    if (tail.size() <= ending.size() + 2 || tail.substr(tail.size() - ending.size()) != ending) continue;
    const std::string base(tail.substr(0, tail.size() - ending.size()));
    if (lexicon.contains(base)) return true;
    // "programmet" -> "program": a doubled final consonant.
    if (base.size() >= 4 && base.back() == base[base.size() - 2] && is_consonant(base.back()) &&
        lexicon.contains(base.substr(0, base.size() - 1)))
      return true;
    // "midl" -> "middel", "regl" -> "regel".
    const std::size_t n = base.size();
    if (n >= 3 && (base[n - 1] == 'l' || base[n - 1] == 'n' || base[n - 1] == 'r') && is_consonant(base[n - 2])) {
      const std::string stem = base.substr(0, n - 1);
      if (lexicon.contains(stem + "el") || lexicon.contains(stem + "en") || lexicon.contains(stem + "er") ||
          lexicon.contains(stem + base[n - 2] + "el"))
        return true;
    }
  }
  return false;
}

// The head as a lexicon word: itself, or without a linking s or e.
std::string known_head(std::string_view head, const Lexicon& lexicon) {
  if (lexicon.contains(head)) return std::string(head);
  if (head.size() > k_min_head && (head.back() == 's' || head.back() == 'e') &&
      lexicon.contains(head.substr(0, head.size() - 1)))
    return std::string(head.substr(0, head.size() - 1));
  return {};
}

bool is_boundary(std::string_view s, std::size_t i) {
  return i == 0 || i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

}  // namespace

Lexicon::Lexicon(const std::string& dic_path) {
  std::ifstream in(dic_path);
  std::string line;
  std::getline(in, line);  // the first line is the entry count
  while (std::getline(in, line)) {
    const std::string word = line.substr(0, line.find('/'));
    if (word.size() >= k_min_head && word.find_first_of("0123456789 -.") == std::string::npos)
      words_.insert(fold_case(word));
  }
}

const Lexicon& Lexicon::danish() {
  static const Lexicon lexicon("/usr/share/hunspell/da_DK.dic");
  return lexicon;
}

bool Lexicon::contains(std::string_view folded_word) const {
  return words_.find(folded_word) != words_.end();
}

std::vector<std::string> split_compound(std::string_view word, const Lexicon& lexicon) {
  if (lexicon.empty() || word.size() < k_min_word) return {};
  for (char c : word)
    if ((c >= '0' && c <= '9') || c == '.' || c == ',') return {};
  // The shortest head whose tail is a known (inflected) word: in a Danish
  // compound the last part carries the meaning ("hjerte|rehabilitering").
  // Heads found here are kept for the three-part pass: lexicon lookups are
  // most of the cost of splitting (a large hash set, a cache miss each).
  std::vector<std::pair<std::size_t, std::string>> heads;
  for (std::size_t i = k_min_head; i + k_min_tail <= word.size(); ++i) {
    if (!is_boundary(word, i)) continue;
    std::string head = known_head(word.substr(0, i), lexicon);
    if (head.empty()) continue;
    if (known_tail(word.substr(i), lexicon)) return {std::move(head), std::string(word.substr(i))};
    heads.emplace_back(i, std::move(head));
  }
  // Three parts: the tail splits again ("sundheds|klynge|møde").
  for (auto& [i, head] : heads) {
    const std::string_view tail = word.substr(i);
    for (std::size_t j = k_min_head; j + k_min_tail <= tail.size(); ++j) {
      if (!is_boundary(tail, j)) continue;
      std::string mid = known_head(tail.substr(0, j), lexicon);
      if (!mid.empty() && known_tail(tail.substr(j), lexicon))
        return {std::move(head), std::move(mid), std::string(tail.substr(j))};
    }
  }
  return {};
}

std::string add_part_alternatives(std::string_view normalized) {
  return rewrite_plain_words(normalized, [](const std::string& word) {
    return word.size() >= k_min_tail ? "(" + word + " OR " + std::string(k_part_field) + ":" + word + ")"
                                     : word;
  });
}

}  // namespace analyzers
