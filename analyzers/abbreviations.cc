#include "analyzers/abbreviations.h"

#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analyzers/analyzer.h"
#include "analyzers/compounds.h"

namespace analyzers {

const Abbreviations& curated_abbreviations() {
  static const Abbreviations k_list = {
      {"ssu", "sundhedssamarbejdsudvalget"},
      {"fsn", "fagligt strategisk niveau"},
      {"plo", "praktiserende lægers organisation"},
      {"plo-r", "plo regional"},
      {"plo-k", "plo kommunal"},
      {"kl", "kommunernes landsforening"},
      {"sst", "sundhedsstyrelsen"},
      {"aak", "aalborg kommune"},
      {"jk", "jammerbugt kommune"},
      {"k-forum", "koordineringsforum"},
      {"amk", "akutmedicinsk koordinationscenter"},
      {"ssf", "strategisk sundhedsforum"},
      {"dnlp", "det nationale ledelsesprogram"},
  };
  return k_list;
}

namespace {

// Longest abbreviation learnt, in letters ("FSN" 3, "PLO-R" 4).
constexpr std::size_t k_max_abbreviation_letters = 8;
// How far before "(" the long form may begin, in bytes.
constexpr std::size_t k_long_form_window = 200;

// The code points of UTF-8 `text` (ill-formed bytes become U+FFFD).
std::u32string code_points(std::string_view text) {
  std::u32string out;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    out += static_cast<char32_t>(c < 0 ? 0xFFFD : c);
  }
  return out;
}

// The folded letters of `abbr` if it is written like an abbreviation: 2 to
// 8 capital letters, any script's ("FSN", "ØU", "ÆSU"), '-' allowed between
// them ("PLO-R"); empty otherwise.
std::u32string abbreviation_letters(std::string_view abbr) {
  const std::u32string cps = code_points(abbr);
  std::u32string letters;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const auto c = static_cast<UChar32>(cps[i]);
    if (c == '-' && i > 0 && i + 1 < cps.size()) continue;
    if (!u_isupper(c)) return {};
    letters += static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
  return letters.size() >= 2 && letters.size() <= k_max_abbreviation_letters ? letters : std::u32string();
}

// A word of the long form, with the initials it may give.
struct Word {
  std::string text;              // folded
  char32_t initial = 0;          // first code point
  std::u32string part_initials;  // of its compound parts; empty if it does not split
  bool may_vanish = false;       // "og" after a suspended hyphen ("Ældre- og Sundheds...")
};

// True if `words[w...]` give exactly `letters[l...]`: each word its initial,
// or the initials of its compound parts, or (a conjunction after a
// suspended hyphen) nothing.
bool spells(const std::vector<Word>& words, std::size_t w, const std::u32string& letters, std::size_t l) {
  if (w == words.size()) return l == letters.size();
  const Word& word = words[w];
  if (word.may_vanish && spells(words, w + 1, letters, l)) return true;
  if (l < letters.size() && word.initial == letters[l] && spells(words, w + 1, letters, l + 1)) return true;
  const std::u32string& parts = word.part_initials;
  return !parts.empty() && letters.compare(l, parts.size(), parts) == 0 &&
         spells(words, w + 1, letters, l + parts.size());
}

}  // namespace

void learn_abbreviations(std::string_view text, Abbreviations& out) {
  for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 4 * k_max_abbreviation_letters + 8) continue;
    const std::string_view abbr = text.substr(open + 1, close - open - 1);
    const std::u32string letters = abbreviation_letters(abbr);
    if (letters.empty()) continue;
    // The words before "(", from a character boundary.
    std::size_t from = open > k_long_form_window ? open - k_long_form_window : 0;
    while (from < open && U8_IS_TRAIL(static_cast<unsigned char>(text[from]))) ++from;
    const std::string_view before = text.substr(from, open - from);
    const auto tokens = tokenize(before);
    // The fewest last words that spell the abbreviation, word by word
    // ("Tværsektorielt Forum (TF)") or by the parts of compounds
    // ("Økonomiudvalget (ØU)", "Ældre- og Sundhedsudvalget (ÆSU)").
    std::vector<Word> words;  // the last k tokens, in text order
    for (std::size_t k = 1; k <= tokens.size() && k <= 2 * letters.size(); ++k) {
      const Token& t = tokens[tokens.size() - k];
      Word word;
      word.text = t.word;
      const std::u32string cps = code_points(t.word);
      word.initial = cps.empty() ? 0 : cps.front();
      for (const auto& part : split_compound(t.word, Lexicon::danish()))
        word.part_initials += code_points(part).substr(0, 1);
      const bool after_suspended_hyphen =
          tokens.size() > k && tokens[tokens.size() - k - 1].end < before.size() &&
          before[tokens[tokens.size() - k - 1].end] == '-';
      word.may_vanish = after_suspended_hyphen && (t.word == "og" || t.word == "eller");
      words.insert(words.begin(), std::move(word));
      if (!spells(words, 0, letters, 0)) continue;
      std::string long_form;
      for (const Word& w : words) long_form += (long_form.empty() ? "" : " ") + w.text;
      out.emplace(fold_case(abbr), long_form);
      break;
    }
  }
}

std::string add_abbreviation_alternatives(std::string_view normalized, const Abbreviations& known) {
  std::map<std::string, std::string> reverse;  // one-word long form -> abbreviation
  for (const auto& [abbr, long_form] : known)
    if (long_form.find(' ') == std::string::npos) reverse.emplace(long_form, abbr);
  // "plo-r" and "k-forum" are not plain words: look at every piece here.
  std::string out;
  bool in_phrase = false;
  std::size_t i = 0;
  while (i < normalized.size()) {
    std::size_t j = normalized.find(' ', i);
    if (j == std::string_view::npos) j = normalized.size();
    const std::string word(normalized.substr(i, j - i));
    std::string replacement = word;
    if (!in_phrase) {
      if (auto a = known.find(word); a != known.end()) {
        const std::string& l = a->second;
        replacement = "(" + word + " OR " + (l.find(' ') == std::string::npos ? l : "\"" + l + "\"") + ")";
      } else if (auto r = reverse.find(word); r != reverse.end()) {
        replacement = "(" + word + " OR " + r->second + ")";
      }
    }
    out += replacement;
    for (char c : word)
      if (c == '"') in_phrase = !in_phrase;
    if (j < normalized.size()) out += ' ';
    i = j + 1;
  }
  return out;
}

}  // namespace analyzers
