#include "corpus/dates.h"

#include <array>
#include <cstdio>

#include "corpus/text.h"

namespace corpus {
namespace {

constexpr std::array<std::string_view, 12> k_months = {
    "januar", "februar", "marts",     "april",   "maj",      "juni",
    "juli",   "august",  "september", "oktober", "november", "december"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

using text::read_number;

std::optional<std::string> iso(int y, int m, int d) {
  if (!valid_date(y, m, d)) return std::nullopt;
  char buf[40];  // room for any int, though valid_date() bounds them
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}


// A year of four digits, or of two ("23" -> 2023) when `two` is allowed.
int read_year(std::string_view s, std::size_t& i, bool two) {
  std::size_t j = i;
  int y = read_number(s, j, 4);
  if (y < 0) return -1;
  if (j - i == 2 && two) y += 2000;
  else if (j - i != 4) return -1;
  i = j;
  return y;
}

// Month name (full or abbreviated to at least three letters, any case) at
// s[i...]: 1-12, or 0.
int read_month(std::string_view s, std::size_t& i) {
  std::size_t j = i;
  while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) ++j;
  if (j - i < 3) return 0;
  const std::string word = text::fold(s.substr(i, j - i));
  for (std::size_t m = 0; m < k_months.size(); ++m) {
    if (word == k_months[m] || (word.size() >= 3 && k_months[m].substr(0, word.size()) == word)) {
      i = j;
      if (i < s.size() && s[i] == '.') ++i;
      return static_cast<int>(m) + 1;
    }
  }
  // English names where they differ ("Wednesday, March 3, 2016", "22 May
  // 2023", "Oct. 4, 2021", "25. February 2020"): agenda sites in English
  // templates.
  static constexpr std::array<std::pair<std::string_view, int>, 8> k_english = {
      {{"january", 1}, {"february", 2}, {"march", 3}, {"may", 5}, {"june", 6}, {"july", 7}, {"october", 10},
       {"oct", 10}}};
  for (const auto& [name, m] : k_english) {
    if (word == name) {
      i = j;
      if (i < s.size() && s[i] == '.') ++i;
      return m;
    }
  }
  return 0;
}

}  // namespace

bool valid_date(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  static constexpr std::array<int, 12> k_days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d > k_days[static_cast<std::size_t>(m - 1)]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

namespace {

// The date written from s[i] on, or nothing when none starts exactly there.
std::optional<std::string> date_at(std::string_view s, std::size_t i) {
  {
    // "Marts 3, 2016", "April 3, 2019": a month name, then the day (web
    // pages that print Danish months in English order).
    if (((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')) &&
        (i == 0 || !((s[i - 1] >= 'A' && s[i - 1] <= 'Z') || (s[i - 1] >= 'a' && s[i - 1] <= 'z')))) {
      std::size_t k = i;
      const int mo = read_month(s, k);
      if (mo > 0 && k + 1 < s.size() && s[k] == ' ' && is_digit(s[k + 1])) {
        ++k;
        const int d = read_number(s, k, 2);
        if (d > 0 && k < s.size() && s[k] == ',') ++k;
        while (k < s.size() && s[k] == ' ') ++k;
        const int y = read_year(s, k, false);
        if (d > 0 && y >= 1900)
          if (auto r = iso(y, mo, d)) return r;
      }
      return std::nullopt;
    }
    if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) return std::nullopt;
    // ISO "2024-02-08".
    {
      std::size_t k = i;
      const int y = read_number(s, k, 4);
      if (y >= 1900 && k - i == 4 && k < s.size() && s[k] == '-') {
        ++k;
        const int mo = read_number(s, k, 2);
        if (mo > 0 && k < s.size() && s[k] == '-') {
          ++k;
          const int d = read_number(s, k, 2);
          if (auto r = iso(y, mo, d)) return r;
        }
      }
    }
    std::size_t j = i;
    const int d = read_number(s, j, 2);
    if (d < 1 || d > 31 || j >= s.size()) return std::nullopt;
    // "den 22de november 2023", "1ste marts": an old ordinal ending.
    for (std::string_view end : {"ste", "nde", "die", "de", "te"})
      if (s.substr(j, end.size()) == end && j + end.size() < s.size() &&
          (s[j + end.size()] == ' ' || s[j + end.size()] == '.')) {
        j += end.size();
        break;
      }
    // DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY, DD.MM.YY, D/M YYYY, D/M-YYYY, and
    // dotted with spaces: "4.4. 2022", "20. 6. 2022".
    // "8/29/2019 4:00:00 PM": a US template's month/day/year, only where
    // it cannot be a Danish day/month (the second number over 12).
    if (s[j] == '/' && d <= 12) {
      std::size_t k = j + 1;
      const int day = read_number(s, k, 2);
      if (day > 12 && k + 4 < s.size() && s[k] == '/') {
        ++k;
        const int y = read_year(s, k, false);
        if (y >= 1900)
          if (auto r = iso(y, d, day)) return r;
      }
    }
    if (s[j] == '-' || s[j] == '.' || s[j] == '/') {
      const char sep = s[j];
      std::size_t k = j + 1;
      if (sep == '.' && k < s.size() && s[k] == ' ') ++k;
      const int mo = read_number(s, k, 2);
      if (mo >= 1 && mo <= 12 && k + 1 < s.size()) {
        const char sep2 = s[k];
        // "22.11 2023": the second dot left out before a four-digit year.
        const bool dot_space = sep == '.' && sep2 == ' ';
        // "d. 25/4 – 19", "25/4-19": a day and month, a dash and the year's
        // last two digits, as informal minutes write it.
        std::size_t dash = 0;
        if (sep == '/' && sep2 == ' ' && (s.compare(k, 5, " \xE2\x80\x93 ") == 0 || s.compare(k, 3, " - ") == 0))
          dash = s[k + 1] == '-' ? 3 : 5;
        if (sep2 == sep || (sep == '/' && (sep2 == ' ' || sep2 == '-')) || dot_space) {
          std::size_t y_at = dash > 0 ? k + dash : k + 1;
          const bool spaced = sep == '.' && s[y_at] == ' ';
          if (spaced) ++y_at;
          // Two-digit years ("22.11.23", "22-11-23") only when the number
          // ends there: not a case number "12-03-24-1234" or "1.2.23.4".
          const bool two = (sep2 == sep && !spaced) || (sep == '/' && (sep2 == '-' || dash > 0));
          const int y = read_year(s, y_at, two);
          const bool ends = y_at >= s.size() ||
                            !(is_digit(s[y_at]) || ((s[y_at] == '-' || s[y_at] == '.' || s[y_at] == '/') &&
                                                    y_at + 1 < s.size() && is_digit(s[y_at + 1])));
          if (y >= 1900 && (y_at - k > 3 || ends) && !(dot_space && y_at - k - 1 != 4))
            if (auto r = iso(y, mo, d)) return r;
        }
      }
    }
    // "08. februar 2024", "23. juni 2022", "5. dec. 2023", "8 februar 2024",
    // "15-maj-2002"
    std::size_t k = j;
    if (k < s.size() && (s[k] == '.' || s[k] == '-')) ++k;
    while (k < s.size() && s[k] == ' ') ++k;
    const int mo = read_month(s, k);
    if (mo == 0) return std::nullopt;
    // "11. oktober oktober 2013": a month written twice by a template.
    {
      std::size_t k2 = k;
      while (k2 < s.size() && s[k2] == ' ') ++k2;
      if (k2 > k && read_month(s, k2) == mo) k = k2;
    }
    while (k < s.size() && (s[k] == ' ' || s[k] == ',' || s[k] == '-')) ++k;
    const int y = read_year(s, k, false);
    if (y >= 1900)
      if (auto r = iso(y, mo, d)) return r;
  }
  return std::nullopt;
}

// Where "D1 og D2", "D1.-D2.", "D1. – D2." or "D1. til D2." (a meeting over
// days: "den 21. og 22. oktober 2015") goes on to the second day's number,
// the position of that number; else npos. j is just after D1's digits.
// Each day may carry its weekday and its month, the first without the year
// ("fredag den 23. maj - lørdag den 24. maj 2014", a national association's
// two-day delegates' meeting; "onsdag den 5. og torsdag den 6. juni"): then
// `month1` is the first day's month (else 0).
std::size_t second_day_of_range(std::string_view s, std::size_t j, int d1, int& month1) {
  month1 = 0;
  if (j < s.size() && s[j] == '.') ++j;
  while (j < s.size() && s[j] == ' ') ++j;
  {
    std::size_t k = j;
    if (k < s.size() && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z'))) {
      month1 = read_month(s, k);
      if (month1 > 0) {
        j = k;
        while (j < s.size() && (s[j] == ' ' || s[j] == ',')) ++j;
      }
    }
  }
  bool joined = false;
  for (std::string_view conn : {std::string_view("og "), std::string_view("til "), std::string_view("-"),
                                std::string_view("\xE2\x80\x93")})
    if (s.substr(j, conn.size()) == conn) {
      j += conn.size();
      joined = true;
      break;
    }
  if (!joined) return std::string_view::npos;
  while (j < s.size() && s[j] == ' ') ++j;
  // "- lørdag den 24. maj 2014": the second day's weekday.
  for (std::string_view day : {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"})
    if (text::fold(s.substr(j, day.size())) == day && j + day.size() < s.size() &&
        (s[j + day.size()] == ' ' || s[j + day.size()] == ',')) {
      j += day.size();
      while (j < s.size() && (s[j] == ' ' || s[j] == ',')) ++j;
      break;
    }
  if (s.substr(j, 4) == "den ") j += 4;
  else if (s.substr(j, 3) == "d. ") j += 3;
  std::size_t k = j;
  const int d2 = read_number(s, k, 2);
  return d2 > d1 && d2 <= 31 ? j : std::string_view::npos;
}

}  // namespace

std::optional<std::string> find_date(std::string_view s, std::size_t* where) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (where) *where = i;
    if (auto r = date_at(s, i)) return r;
    if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) continue;
    // A range of days gives its first day, with the month and year written
    // after the second ("21.-22.10.2015" is 21 October).
    std::size_t j = i;
    const int d1 = read_number(s, j, 2);
    if (d1 < 1 || (j < s.size() && is_digit(s[j]))) continue;
    int month1 = 0;
    const std::size_t second = second_day_of_range(s, j, d1, month1);
    if (second == std::string_view::npos) continue;
    if (auto r = date_at(s, second)) {
      // The first day's own month must be the second's: a range within
      // one month.
      if (month1 > 0 && month1 != std::stoi(r->substr(5, 2))) continue;
      if (auto first = iso(std::stoi(r->substr(0, 4)), std::stoi(r->substr(5, 2)), d1)) return first;
    }
  }
  return std::nullopt;
}

std::optional<std::string> find_day_in_year(std::string_view s, int year) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_digit(s[i]) || (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '/'))) continue;
    std::size_t k = i;
    const int d = read_number(s, k, 2);
    if (d < 1 || (k < s.size() && is_digit(s[k]))) continue;
    if (k < s.size() && s[k] == '.') ++k;
    while (k < s.size() && s[k] == ' ') ++k;
    const int mo = read_month(s, k);
    if (mo == 0) continue;
    // A year after the month: a full date, find_date's.
    std::size_t y = k;
    while (y < s.size() && (s[y] == ' ' || s[y] == ',' || s[y] == '-')) ++y;
    if (read_year(s, y, true) > 0) continue;
    return iso(year, mo, d);
  }
  return std::nullopt;
}

std::optional<std::string> find_time(std::string_view s, bool bare) {
  auto read_clock = [&](std::size_t i) -> std::optional<std::string> {
    while (i < s.size() && s[i] == ' ') ++i;
    const int h = read_number(s, i, 2);
    if (h < 0 || h > 23) return std::nullopt;
    int m = 0;
    if (i + 1 < s.size() && (s[i] == ':' || s[i] == '.') && is_digit(s[i + 1])) {
      ++i;
      m = read_number(s, i, 2);
      if (m < 0 || m > 59) return std::nullopt;
    } else if (bare) {
      return std::nullopt;  // a bare number is no time
    }
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", h, m);
    return std::string(buf);
  };
  for (std::string_view marker : {"kl.", "Kl.", "KL.", "klokken", "Klokken", "kl ", "Kl "}) {
    for (auto at = s.find(marker); at != std::string_view::npos; at = s.find(marker, at + 1)) {
      if (at > 0 && ((s[at - 1] >= 'a' && s[at - 1] <= 'z') || (s[at - 1] >= 'A' && s[at - 1] <= 'Z')))
        continue;
      if (auto t = read_clock(at + marker.size())) return t;
    }
  }
  if (bare) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) continue;
      if (auto t = read_clock(i)) return t;
    }
  }
  return std::nullopt;
}

}  // namespace corpus
