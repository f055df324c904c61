// Small text helpers shared by the corpus parsers (private to corpus/).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corpus::text {

// `s` without leading and trailing white space (ASCII and no-break space).
std::string_view trim(std::string_view s);

// Unicode case folding of `s` (ICU), for comparing headings and names.
std::string fold(std::string_view s);

// Lower-case ASCII id of a name: folded, æ->ae, ø->oe, å->aa, other accents
// removed, runs of other characters -> '-'. "Eva Sejersdal Knudsen" ->
// "eva-sejersdal-knudsen".
std::string ascii_id(std::string_view name);

// Splits on '\n'.
std::vector<std::string_view> lines(std::string_view s);

// Edit distance (Levenshtein) between two strings of code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// Inline: the recogniser asks it about 6 million times at 4,000 items
// (agenda_group_prefix() tries each agenda group on each line), and the
// call cost more than the compare (1.0% of the indexer's instructions).
inline bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Case-insensitive (folded) prefix test.
bool starts_with_folded(std::string_view s, std::string_view folded_prefix);

// True when the first character of `word` is an upper-case letter (ICU:
// "Økonomi", "Åse" yes; "økonomi", "3." no).
bool starts_capital(std::string_view word);

// True when `word` has a lower-case letter after its first character
// ("Jens", "Ørum" yes; "PLO", "KKR", "A" no).
bool has_lower_after_first(std::string_view word);

// True for an acronym as a body's short name: two to five capitals, Æ, Ø
// and Å included ("MR", "LL", "FU", "HMU", "ØU").
bool is_acronym(std::string_view w);

// Reads 1..max_digits ASCII digits at s[i...] that no further digit follows;
// returns the number and advances i past it, or returns -1 and leaves i.
int read_number(std::string_view s, std::size_t& i, std::size_t max_digits);

// Words separated by spaces.
std::vector<std::string_view> words(std::string_view s);

// A year written as a word of its own: four digits, 1xxx or 2xxx ("2017").
inline bool is_year_word(std::string_view w) {
  return w.size() == 4 && (w[0] == '1' || w[0] == '2') && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' &&
         w[2] <= '9' && w[3] >= '0' && w[3] <= '9';
}

}  // namespace corpus::text
