// Danish compound splitting with a lexicon, so that "midler" finds
// "klyngemidlerne", "aftale" "Sundhedsaftalen" and "indlæggelse"
// "tvangsindlæggelser": the Snowball stemmer leaves compounds whole.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace analyzers {

// Danish base forms, from Debian's hunspell-da dictionary.
class Lexicon {
 public:
  // Reads a hunspell .dic file (one "word/flags" a line); empty if unreadable.
  explicit Lexicon(const std::string& dic_path);

  // The lexicon of /usr/share/hunspell/da_DK.dic, loaded once; empty (no
  // splitting) when hunspell-da is not installed.
  static const Lexicon& danish();

  bool contains(std::string_view folded_word) const;
  bool empty() const { return words_.empty(); }

 private:
  // Transparent hashing lets contains() look up a string_view without
  // building a std::string: splitting probes many substrings per word.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

// The parts of a folded compound word, as lexicon forms where a linking s/e
// or an inflection was removed: "klyngemidlerne" -> {"klynge", "midlerne"},
// "sundhedsaftalen" -> {"sundhed", "aftalen"}. Empty if `word` does not split
// into a lexicon word followed by a lexicon word (inflected); at most one
// further split of the tail ("a-b-c").
std::vector<std::string> split_compound(std::string_view folded_word, const Lexicon& lexicon);

// Query fields for compound parts: "del:midler" any part, "hale:aftale" the
// last part (the tail) only; DanishAnalyzer::configure maps them to
// TermPrefixes::part and ::tail.
inline constexpr std::string_view k_part_field = "del";
inline constexpr std::string_view k_tail_field = "hale";

// A normalized query whose plain words (outside phrases) of four letters or
// more also match as parts of compounds: "midler" becomes "(midler OR
// del:midler)".
std::string add_part_alternatives(std::string_view normalized);

}  // namespace analyzers
