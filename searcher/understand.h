// Understanding what a user typed, before Xapian's QueryParser sees it:
// Danish date phrases ("8. februar 2024", "siden 2023", "fra 2022 til 2023")
// become a date filter instead of search words, and --from/--to accept the
// same dates. The Danish vocabulary (month names, the words around dates) is
// in tables at the top of understand.cc.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace searcher {

// What a query's date phrase meant.
struct UnderstoodDates {
  std::string words;                // the query without the date phrase (and
                                    // without "møde"/"referat" left alone beside it)
  std::optional<std::string> from;  // ISO YYYY-MM-DD, inclusive
  std::optional<std::string> to;    // ISO YYYY-MM-DD, inclusive
  std::string text;                 // the phrase as typed ("8. februar 2024"); empty if none
};

// Finds the first date phrase in `query` outside quotes and fields:
//   "8. februar 2024", "8 feb 2024", "08-02-2024", "8/2 2024", "8/2-2024",
//   "2024-02-08", "februar 2024", "i 2023", "i februar 2024", "år 2023",
//   "siden X", "fra X" (on or after the start of X), "efter X" (after its end),
//   "før X", "inden X" (before its start), "til X", "indtil X" (up to its end),
//   "fra X til Y", "mellem X og Y".
// A bare year ("budget 2024") stays a word: only a full date, a month with
// its year, or a year after one of the words above is a date phrase.
// Never throws: what is not a date stays a word.
UnderstoodDates understand_dates(std::string_view query);

// True for a word that only makes a query a question ("hvordan", "hvornår",
// "går", "blev"; `folded_word` is case-folded): it is not required to
// match when the query has other words.
bool is_question_word(std::string_view folded_word);

// The first or last day of a period.
enum class Bound { start, end };

// A date as --from/--to (and the API's from/to) take it: anything
// understand_dates() reads as one period ("2024-02-08", "08-02-2024",
// "8/2 2024", "8. februar 2024", "februar 2024", "2024"); `bound` picks the
// first or the last day of the period ("februar 2024" -> 2024-02-01 or
// 2024-02-29). Throws std::invalid_argument naming the text otherwise.
std::string parse_date_bound(std::string_view text, Bound bound);

}  // namespace searcher
