#include "searcher/understand.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <chrono>
#include <vector>

#include "analyzers/analyzer.h"

namespace searcher {
namespace {

using namespace std::chrono;

// Danish month names and the short forms people type ("8. feb 2024").
struct MonthName {
  std::string_view name;
  unsigned month;
};
constexpr std::array k_months{
    MonthName{"januar", 1},    MonthName{"jan", 1},       // "januar 2024"
    MonthName{"februar", 2},   MonthName{"feb", 2},       // "8. februar 2024"
    MonthName{"marts", 3},     MonthName{"mar", 3},       // "efter 1. marts 2024"
    MonthName{"april", 4},     MonthName{"apr", 4},       // "30. april 2024"
    MonthName{"maj", 5},                                  // "maj 2023"
    MonthName{"juni", 6},      MonthName{"jun", 6},       // "23. juni 2022"
    MonthName{"juli", 7},      MonthName{"jul", 7},       // "juli 2023"
    MonthName{"august", 8},    MonthName{"aug", 8},       // "august 2024"
    MonthName{"september", 9}, MonthName{"sep", 9},  MonthName{"sept", 9},
    MonthName{"oktober", 10},  MonthName{"okt", 10},      // "22. oktober 2024"
    MonthName{"november", 11}, MonthName{"nov", 11},      // "november 2023"
    MonthName{"december", 12}, MonthName{"dec", 12},      // "5. december 2023"
};

// The words before a date that say how it bounds the search.
enum class Lead {
  in,      // "i 2023", "i februar 2024", "år 2023", "den 8. februar 2024": the period
  since,   // "siden 2023", "fra 2022": from its first day
  after,   // "efter 1. marts 2024": from the day after its last day
  before,  // "før 2023", "inden 2023": up to the day before its first day
  until,   // "til 2023", "indtil marts 2024": up to its last day
  between, // "mellem 2022 og 2023": from the first period's start to the second's end
};
struct LeadWord {
  std::string_view word;
  Lead lead;
};
constexpr std::array k_leads{
    LeadWord{"i", Lead::in},          LeadWord{"år", Lead::in},
    LeadWord{"den", Lead::in},        LeadWord{"d.", Lead::in},
    LeadWord{"siden", Lead::since},   LeadWord{"fra", Lead::since},
    LeadWord{"efter", Lead::after},   LeadWord{"før", Lead::before},
    LeadWord{"inden", Lead::before},  LeadWord{"til", Lead::until},
    LeadWord{"indtil", Lead::until},  LeadWord{"mellem", Lead::between},
};
// Words between the two ends of a range: "fra 2022 til 2023", "2022 - 2023".
constexpr std::array<std::string_view, 3> k_range_words{"til", "-", "–"};

// Words that say only "a meeting" and mean nothing once the date says which:
// "møde 8. februar 2024", "referat juni 2022", "møder i december 2023".
constexpr std::array<std::string_view, 10> k_filler_words{
    "møde",    "møder",     "mødet",    "møderne",   "referat",
    "referatet", "referater", "referaterne", "mødereferat", "mødereferatet"};

// Words of a question as people type it, beyond the stopwords: "hvordan går
// det med videokonsultationer", "hvornår holdes de første politiske møder",
// "hvad blev besluttet om natlægevagten", "hvem skal varetage formandskabet".
constexpr std::array<std::string_view, 24> k_question_words{
    "hvordan", "hvornår", "hvorfor", "hvilke", "hvilken", "hvilket", "hvem",    "hvad",
    "går",     "gik",     "gået",    "blev",   "bliver",  "holdes",  "holdt",   "status",
    "besluttet", "beslutte", "vedtaget", "sket", "står",  "noget",   "nogen",   "angående"};

constexpr int k_min_year = 1900;
constexpr int k_max_year = 2199;

struct Word {
  std::string text;    // as typed
  std::string folded;  // case-folded, trailing ",;:?!" removed
  bool plain = true;   // outside quotes, not a field or operator
};

struct Period {
  year_month_day start;
  year_month_day end;
  std::size_t words = 0;  // how many words it took
};

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

int to_int(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

std::optional<int> year_of(std::string_view s) {
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);  // end of a sentence
  if (s.size() != 4 || !all_digits(s)) return std::nullopt;
  const int y = to_int(s);
  if (y < k_min_year || y > k_max_year) return std::nullopt;
  return y;
}

std::optional<unsigned> month_of(std::string_view s) {
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);  // "feb."
  for (const auto& m : k_months)
    if (m.name == s) return m.month;
  return std::nullopt;
}

// "8." or "8" or "08" -> 8.
std::optional<unsigned> day_of(std::string_view s) {
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  if (s.empty() || s.size() > 2 || !all_digits(s)) return std::nullopt;
  const int d = to_int(s);
  if (d < 1 || d > 31) return std::nullopt;
  return static_cast<unsigned>(d);
}

std::optional<Period> day_period(int y, unsigned m, unsigned d, std::size_t words) {
  const year_month_day date{year{y}, month{m}, day{d}};
  if (!date.ok()) return std::nullopt;
  return Period{date, date, words};
}

Period month_period(int y, unsigned m, std::size_t words) {
  const year_month_day first{year{y}, month{m}, day{1}};
  const year_month_day last{year_month_day_last{year{y}, month_day_last{month{m}}}};
  return Period{first, last, words};
}

Period year_period(int y, std::size_t words) {
  return Period{year_month_day{year{y}, January, day{1}}, year_month_day{year{y}, December, day{31}},
                words};
}

// Splits "08-02-2024", "8/2/2024", "08.02.2024", "2024-02-08", "8/2-2024"
// and "8/2" (a year follows) into numbers; empty if not such a form.
std::vector<std::string_view> numeric_parts(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '-' || s[i] == '/' || s[i] == '.') {
      if (i == start) return {};
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    } else if (s[i] < '0' || s[i] > '9') {
      return {};
    }
  }
  return parts;
}

// The period that starts at words[i], if any. A bare year counts only when
// `year_alone` (after a lead word or inside a range).
std::optional<Period> read_period(const std::vector<Word>& words, std::size_t i, bool year_alone) {
  if (i >= words.size() || !words[i].plain) return std::nullopt;
  const std::string& w = words[i].folded;
  auto next = [&](std::size_t k) -> const std::string* {
    return i + k < words.size() && words[i + k].plain ? &words[i + k].folded : nullptr;
  };
  // Numeric forms.
  if (const auto parts = numeric_parts(w); parts.size() == 3) {
    if (parts[0].size() == 4 && all_digits(parts[0]))  // 2024-02-08
      if (auto y = year_of(parts[0]); y && parts[1].size() <= 2 && parts[2].size() <= 2)
        return day_period(*y, static_cast<unsigned>(to_int(parts[1])),
                          static_cast<unsigned>(to_int(parts[2])), 1);
    if (auto y = year_of(parts[2]); y && parts[0].size() <= 2 && parts[1].size() <= 2)  // 08-02-2024
      return day_period(*y, static_cast<unsigned>(to_int(parts[1])), static_cast<unsigned>(to_int(parts[0])),
                        1);
    return std::nullopt;
  } else if (parts.size() == 2 && w.find('/') != std::string::npos && next(1)) {  // 8/2 2024
    if (auto y = year_of(*next(1)); y && parts[0].size() <= 2 && parts[1].size() <= 2)
      return day_period(*y, static_cast<unsigned>(to_int(parts[1])), static_cast<unsigned>(to_int(parts[0])),
                        2);
    return std::nullopt;
  }
  // "8. februar 2024"
  if (auto d = day_of(w); d && next(1) && next(2)) {
    if (auto m = month_of(*next(1))) {
      if (auto y = year_of(*next(2))) return day_period(*y, *m, *d, 3);
    }
  }
  // "februar 2024"
  if (auto m = month_of(w); m && next(1)) {
    if (auto y = year_of(*next(1))) return month_period(*y, *m, 2);
  }
  if (year_alone) {
    if (auto y = year_of(w)) return year_period(*y, 1);
  }
  return std::nullopt;
}

std::string iso(const year_month_day& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

year_month_day add_days(const year_month_day& d, int n) { return year_month_day{sys_days{d} + days{n}}; }

std::optional<Lead> lead_of(const Word& w) {
  if (!w.plain) return std::nullopt;
  for (const auto& l : k_leads)
    if (l.word == w.folded) return l.lead;
  return std::nullopt;
}

bool is_range_word(const Word& w) {
  for (auto r : k_range_words)
    if (w.plain && w.folded == r) return true;
  return false;
}

std::vector<Word> split_words(std::string_view query) {
  std::vector<Word> words;
  bool in_quotes = false;
  std::size_t i = 0;
  while (i < query.size()) {
    while (i < query.size() && (query[i] == ' ' || query[i] == '\t' || query[i] == '\n' || query[i] == '\r'))
      ++i;
    if (i >= query.size()) break;
    std::size_t end = i;
    while (end < query.size() && query[end] != ' ' && query[end] != '\t' && query[end] != '\n' &&
           query[end] != '\r')
      ++end;
    Word w;
    w.text = std::string(query.substr(i, end - i));
    const std::size_t quotes = static_cast<std::size_t>(std::count(w.text.begin(), w.text.end(), '"'));
    w.plain = !in_quotes && quotes == 0 && w.text.find(':') == std::string::npos &&
              w.text.find_first_of("()*+") == std::string::npos;
    if (quotes % 2 == 1) in_quotes = !in_quotes;
    w.folded = analyzers::fold_case(w.text);
    while (!w.folded.empty() && std::string_view(",;?!").find(w.folded.back()) != std::string_view::npos)
      w.folded.pop_back();
    words.push_back(std::move(w));
    i = end;
  }
  return words;
}

bool is_filler(const Word& w) {
  for (auto f : k_filler_words)
    if (w.folded == f) return true;
  return false;
}

}  // namespace

bool is_question_word(std::string_view folded_word) {
  return std::find(k_question_words.begin(), k_question_words.end(), folded_word) != k_question_words.end();
}

UnderstoodDates understand_dates(std::string_view query) {
  UnderstoodDates out;
  const std::vector<Word> words = split_words(query);
  std::size_t begin = 0, end = 0;  // the words of the date phrase
  for (std::size_t i = 0; i < words.size() && end == 0; ++i) {
    const std::optional<Lead> lead = lead_of(words[i]);
    const std::size_t at = lead ? i + 1 : i;
    // "til 2025" alone is more often "overførsel til 2025" than a bound:
    // after "til"/"indtil" only a month or a day is a date.
    const bool year_alone = lead.has_value() && lead != Lead::until;
    std::optional<Period> p = read_period(words, at, year_alone);
    if (!p) {
      // "30. februar 2024" is no day: its month must not become the date.
      if (at + 1 < words.size() && day_of(words[at].folded) && month_of(words[at + 1].folded)) i = at + 2;
      continue;
    }
    std::size_t stop = at + p->words;
    year_month_day from = p->start, to = p->end;
    bool open_from = false, open_to = false;
    switch (lead.value_or(Lead::in)) {
      case Lead::in: break;
      case Lead::since: open_to = true; break;
      case Lead::after: from = add_days(p->end, 1); open_to = true; break;
      case Lead::before: to = add_days(p->start, -1); open_from = true; break;
      case Lead::until: open_from = true; break;
      case Lead::between: {
        if (stop < words.size() && words[stop].plain && words[stop].folded == "og") {
          if (auto q = read_period(words, stop + 1, true)) {
            to = q->end;
            stop += 1 + q->words;
            break;
          }
        }
        continue;  // "mellem" without "X og Y" is a word
      }
    }
    // A range "fra X til Y", "X til Y", "X - Y".
    if ((!lead || lead == Lead::since || lead == Lead::in) && stop < words.size() &&
        is_range_word(words[stop])) {
      if (auto q = read_period(words, stop + 1, true)) {
        to = q->end;
        open_to = false;
        stop += 1 + q->words;
      }
    }
    if (!open_from) out.from = iso(from);
    if (!open_to) out.to = iso(to);
    begin = i;
    end = stop;
  }
  if (end == 0) {
    out.words = std::string(query);
    return out;
  }
  // A "den"/"d." or "i" just before an unled date belongs to it.
  if (begin > 0 && lead_of(words[begin - 1]) == Lead::in && !lead_of(words[begin])) --begin;
  for (std::size_t k = begin; k < end; ++k) out.text += (out.text.empty() ? "" : " ") + words[k].text;
  std::vector<const Word*> rest;
  for (std::size_t k = 0; k < words.size(); ++k)
    if (k < begin || k >= end) rest.push_back(&words[k]);
  const bool only_filler =
      std::all_of(rest.begin(), rest.end(), [](const Word* w) { return is_filler(*w) || lead_of(*w); });
  if (!only_filler)
    for (const Word* w : rest) out.words += (out.words.empty() ? "" : " ") + w->text;
  return out;
}

std::string parse_date_bound(std::string_view text, Bound bound) {
  const std::vector<Word> words = split_words(text);
  const std::optional<Period> p = read_period(words, 0, true);
  if (!p || p->words != words.size())
    throw std::invalid_argument("bad date \"" + std::string(text) +
                                "\": use a date such as 2024-02-08, 08-02-2024, 8/2 2024, "
                                "8. februar 2024, februar 2024 or 2024");
  return iso(bound == Bound::start ? p->start : p->end);
}

}  // namespace searcher
