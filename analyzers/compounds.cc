#include "analyzers/compounds.h"

#include <array>
#include <fstream>
#include <optional>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include "analyzers/analyzer.h"

namespace analyzers {
namespace {

// Lengths in letters (code points), not bytes: "ældreråd" has eight.
constexpr std::size_t k_min_word = 8;  // shorter words are not split
constexpr std::size_t k_min_head = 3;
constexpr std::size_t k_min_tail = 4;

// Inflectional endings, longest first (ASCII letters, so the byte tests below
// compare whole characters).
constexpr std::array<std::string_view, 12> k_endings = {"erne", "ende", "ene", "ers", "er", "en",
                                                        "et",   "es",   "ne",  "e",   "r",  "n"};

// A folded word as code points with the byte offset where each one starts
// (and one past the end), so that heads and tails are cut between letters
// and lengths count letters.
struct Letters {
  std::u32string cps;
  std::vector<std::size_t> starts;  // cps.size() + 1 offsets; the last is the byte size
};

// The letters of `word`; nullopt if it holds anything but letters (digits,
// punctuation, ill-formed UTF-8): "covid19", "2024-2027" are not compounds.
std::optional<Letters> letters_of(std::string_view word) {
  Letters out;
  out.cps.reserve(word.size());
  out.starts.reserve(word.size() + 1);
  int32_t i = 0;
  const auto n = static_cast<int32_t>(word.size());
  while (i < n) {
    out.starts.push_back(static_cast<std::size_t>(i));
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0 || !u_isalpha(c)) return std::nullopt;
    out.cps += static_cast<char32_t>(c);
  }
  out.starts.push_back(word.size());
  return out;
}

// Characters (code points) in UTF-8 `s`.
std::size_t letter_count(std::string_view s) {
  std::size_t count = 0;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    U8_FWD_1(s.data(), i, n);
    ++count;
  }
  return count;
}

// A Danish consonant: a letter that is not a vowel (a e i o u y æ ø å, and
// accented ones such as é, whose base letter is a vowel).
bool is_consonant(char32_t c) {
  if (!u_isalpha(static_cast<UChar32>(c))) return false;
  static constexpr std::u32string_view k_vowels = U"aeiouyæøå";
  if (k_vowels.find(c) != std::u32string_view::npos) return false;
  // é, ü, ...: decompose and look at the base letter.
  UChar32 base = c;
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfd = unorm2_getNFDInstance(&status);
  UChar decomposed[8];
  if (U_SUCCESS(status) &&
      unorm2_getDecomposition(nfd, static_cast<UChar32>(c), decomposed, 8, &status) > 0 && U_SUCCESS(status))
    base = decomposed[0];
  return base >= 0x80 || k_vowels.find(static_cast<char32_t>(base)) == std::u32string_view::npos;
}

// Is `tail` a lexicon word, perhaps inflected? `tail` is UTF-8 and `cps`
// its letters. Also undoes the e-deletion of Danish plurals: "midler" <-
// "middel", "regler" <- "regel". Lookups take the UTF-8 bytes as they are
// (no copy): splitting probes many substrings per word.
bool known_tail(std::string_view tail, std::u32string_view cps, const Lexicon& lexicon) {
  if (lexicon.contains(tail)) return true;
  for (std::string_view ending : k_endings) {
    // Endings are ASCII: as many bytes as letters.
    if (cps.size() <= ending.size() + 2 || !tail.ends_with(ending)) continue;
    const std::string_view base = tail.substr(0, tail.size() - ending.size());
    const std::u32string_view base_cps = cps.substr(0, cps.size() - ending.size());
    if (lexicon.contains(base)) return true;
    const std::size_t n = base_cps.size();
    const char32_t last = base_cps[n - 1];
    const std::size_t last_bytes = U8_LENGTH(static_cast<UChar32>(last));
    // "programmet" -> "program": a doubled final consonant.
    if (n >= 4 && last == base_cps[n - 2] && is_consonant(last) &&
        lexicon.contains(base.substr(0, base.size() - last_bytes)))
      return true;
    // "midl" -> "middel", "regl" -> "regel".
    if (n >= 3 && (last == U'l' || last == U'n' || last == U'r') && is_consonant(base_cps[n - 2])) {
      const std::string stem(base.substr(0, base.size() - 1));
      const std::string doubled(base.substr(stem.size() - U8_LENGTH(static_cast<UChar32>(base_cps[n - 2])),
                                            U8_LENGTH(static_cast<UChar32>(base_cps[n - 2]))));
      if (lexicon.contains(stem + "el") || lexicon.contains(stem + "en") || lexicon.contains(stem + "er") ||
          lexicon.contains(stem + doubled + "el"))
        return true;
    }
  }
  return false;
}

// The head as a lexicon word: itself, or without a linking s or e (`head`
// UTF-8, `letters` its length in letters).
std::string known_head(std::string_view head, std::size_t letters, const Lexicon& lexicon) {
  if (lexicon.contains(head)) return std::string(head);
  if (letters > k_min_head && (head.back() == 's' || head.back() == 'e') &&
      lexicon.contains(head.substr(0, head.size() - 1)))
    return std::string(head.substr(0, head.size() - 1));
  return {};
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
  const std::optional<Letters> letters = letters_of(word);
  if (!letters || letters->cps.size() < k_min_word) return {};
  const std::u32string_view cps = letters->cps;
  const std::vector<std::size_t>& at = letters->starts;  // byte offset of each letter
  // Letters [from, to) of the word, as UTF-8.
  auto piece = [&](std::size_t from, std::size_t to) { return word.substr(at[from], at[to] - at[from]); };
  const std::size_t n = cps.size();
  // The shortest head whose tail is a known (inflected) word: in a Danish
  // compound the last part carries the meaning ("hjerte|rehabilitering").
  // Heads found here are kept for the three-part pass: lexicon lookups are
  // most of the cost of splitting (a large hash set, a cache miss each).
  std::vector<std::pair<std::size_t, std::string>> heads;
  for (std::size_t i = k_min_head; i + k_min_tail <= n; ++i) {
    std::string head = known_head(piece(0, i), i, lexicon);
    if (head.empty()) continue;
    if (known_tail(piece(i, n), cps.substr(i), lexicon)) return {std::move(head), std::string(piece(i, n))};
    heads.emplace_back(i, std::move(head));
  }
  // Three parts: the tail splits again ("sundheds|klynge|møde").
  for (auto& [i, head] : heads) {
    for (std::size_t j = i + k_min_head; j + k_min_tail <= n; ++j) {
      std::string mid = known_head(piece(i, j), j - i, lexicon);
      if (!mid.empty() && known_tail(piece(j, n), cps.substr(j), lexicon))
        return {std::move(head), std::move(mid), std::string(piece(j, n))};
    }
  }
  return {};
}

std::string add_part_alternatives(std::string_view normalized) {
  const std::string field(k_part_field);
  return rewrite_plain_words(normalized, [&](const std::string& word) {
    // Words of k_min_tail letters or more can be a compound's tail.
    return letter_count(word) >= k_min_tail ? "(" + word + " OR " + field + ":" + word + ")"
                                     : word;
  });
}

}  // namespace analyzers
