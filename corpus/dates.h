// Danish dates and times as minutes write them. Private to corpus/, but the
// validator is the one both the parser and the searcher use.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace corpus {

// True when year-month-day is a real calendar date between 1900 and 2100
// ("2024-02-29" yes, "2023-02-29" and "2024-02-31" no).
bool valid_date(int year, int month, int day);

// The first Danish date in `text` as ISO "YYYY-MM-DD": "08-02-2024",
// "08.02.2024", "8/2 2024", "8/2-2024", "25/4-19", "25/4 – 19" (a dash and
// the year's last two digits), "2024-02-08", "08. februar 2024",
// "8. feb. 2024", "den 8 februar 2024", "4.4. 2022", "20. 6. 2022",
// "22.11.23", "22-11-23" (two-digit years are 20YY, only where the number
// ends: "12-03-24-1234" is none), "3.5 2022", "den 22de november 2023",
// English month names ("March 3, 2016"), a US month/day/year where the
// day is over 12 ("8/29/2019"). Impossible dates ("31-02-2024")
// are skipped. nullopt if none. `where`, when given, gets the date's
// first byte in `text`.
std::optional<std::string> find_date(std::string_view text, std::size_t* where = nullptr);

// The first day written with its month's name and no year in `text`
// ("27. oktober - Møde i Handicaprådet", "den 3. marts kl. 10") as ISO
// "YYYY-MM-DD" in `year` (a web page's year, given in its title); nullopt
// if none or if the day is not in that year's calendar.
std::optional<std::string> find_day_in_year(std::string_view text, int year);

// The first clock time in `text` as "HH:MM": "kl. 14:00", "kl. 13.00",
// "kl 9", "klokken 14.30". With `bare` also a time without "kl." ("13.00 -
// 15.00" in a "Tid:" field). nullopt if none.
std::optional<std::string> find_time(std::string_view text, bool bare = false);

}  // namespace corpus
