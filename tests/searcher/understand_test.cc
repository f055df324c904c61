// Table-driven tests of the Danish date phrases (searcher/understand.h).
#include "searcher/understand.h"

#include <gtest/gtest.h>

namespace {

struct DateRow {
  const char* query;
  const char* words;  // what is left for the query parser
  const char* from;   // "" = no lower bound
  const char* to;     // "" = no upper bound
  const char* text;   // the phrase understood
};

constexpr DateRow k_rows[] = {
    // A full date alone, with the words that only say "a meeting".
    {"møde 8. februar 2024", "", "2024-02-08", "2024-02-08", "8. februar 2024"},
    {"8 feb 2024", "", "2024-02-08", "2024-02-08", "8 feb 2024"},
    {"referat den 8. februar 2024", "", "2024-02-08", "2024-02-08", "den 8. februar 2024"},
    {"klyngemidler 08-02-2024", "klyngemidler", "2024-02-08", "2024-02-08", "08-02-2024"},
    {"klyngemidler 08.02.2024", "klyngemidler", "2024-02-08", "2024-02-08", "08.02.2024"},
    {"klyngemidler 2024-02-08", "klyngemidler", "2024-02-08", "2024-02-08", "2024-02-08"},
    {"klyngemidler 8/2 2024", "klyngemidler", "2024-02-08", "2024-02-08", "8/2 2024"},
    {"klyngemidler 8/2-2024", "klyngemidler", "2024-02-08", "2024-02-08", "8/2-2024"},
    // Months and years.
    {"natlægevagt oktober 2024", "natlægevagt", "2024-10-01", "2024-10-31", "oktober 2024"},
    {"februar 2024", "", "2024-02-01", "2024-02-29", "februar 2024"},
    {"møder i december 2023", "", "2023-12-01", "2023-12-31", "i december 2023"},
    {"klyngemidler i 2024", "klyngemidler", "2024-01-01", "2024-12-31", "i 2024"},
    {"ledelsesprogram år 2022", "ledelsesprogram", "2022-01-01", "2022-12-31", "år 2022"},
    // Open and closed ranges.
    {"ledelsesprogram siden 2023", "ledelsesprogram", "2023-01-01", "", "siden 2023"},
    {"sundhedsaftale efter 1. marts 2024", "sundhedsaftale", "2024-03-02", "", "efter 1. marts 2024"},
    {"efter 2023", "", "2024-01-01", "", "efter 2023"},
    {"ledelsesprogram før 2023", "ledelsesprogram", "", "2022-12-31", "før 2023"},
    {"inden 1. marts 2024", "", "", "2024-02-29", "inden 1. marts 2024"},
    {"indtil marts 2024", "", "", "2024-03-31", "indtil marts 2024"},
    {"dagsorden fra 2022 til 2023", "dagsorden", "2022-01-01", "2023-12-31", "fra 2022 til 2023"},
    {"mellem 2022 og 2023", "", "2022-01-01", "2023-12-31", "mellem 2022 og 2023"},
    {"1. januar 2024 til 30. juni 2024", "", "2024-01-01", "2024-06-30",
     "1. januar 2024 til 30. juni 2024"},
    // Not dates: the words stay words.
    {"budget 2024", "budget 2024", "", "", ""},
    {"overførsel til 2025", "overførsel til 2025", "", "", ""},
    {"sundhedsaftalen 2024-2027", "sundhedsaftalen 2024-2027", "", "", ""},
    {"dagsorden til politisk niveau", "dagsorden til politisk niveau", "", "", ""},
    {"\"møde 8. februar 2024\"", "\"møde 8. februar 2024\"", "", "", ""},
    {"dato:2024-02-08", "dato:2024-02-08", "", "", ""},
    {"30. februar 2024", "30. februar 2024", "", "", ""},
    {"1.022.190 kr", "1.022.190 kr", "", "", ""},
    {"møde", "møde", "", "", ""},
};

TEST(UnderstandDatesTest, ReadsDanishDatePhrases) {
  for (const auto& row : k_rows) {
    SCOPED_TRACE(row.query);
    const searcher::UnderstoodDates u = searcher::understand_dates(row.query);
    EXPECT_EQ(u.words, row.words);
    EXPECT_EQ(u.from.value_or(""), row.from);
    EXPECT_EQ(u.to.value_or(""), row.to);
    EXPECT_EQ(u.text, row.text);
  }
}

struct BoundRow {
  const char* text;
  const char* start;
  const char* end;
};

constexpr BoundRow k_bounds[] = {
    {"2024-02-08", "2024-02-08", "2024-02-08"},   {"08-02-2024", "2024-02-08", "2024-02-08"},
    {"8/2 2024", "2024-02-08", "2024-02-08"},     {"8. februar 2024", "2024-02-08", "2024-02-08"},
    {"februar 2024", "2024-02-01", "2024-02-29"}, {"2023", "2023-01-01", "2023-12-31"},
    {"01-01-2024", "2024-01-01", "2024-01-01"},
};

TEST(UnderstandDatesTest, FromAndToTakeTheSameDates) {
  for (const auto& row : k_bounds) {
    SCOPED_TRACE(row.text);
    EXPECT_EQ(searcher::parse_date_bound(row.text, searcher::Bound::start), row.start);
    EXPECT_EQ(searcher::parse_date_bound(row.text, searcher::Bound::end), row.end);
  }
}

TEST(UnderstandDatesTest, FromAndToRefuseWhatIsNotADate) {
  for (const char* bad : {"", "igår", "2024-13-01", "31-02-2024", "februar", "8. februar 2024 x", "-3"}) {
    SCOPED_TRACE(bad);
    EXPECT_THROW(searcher::parse_date_bound(bad, searcher::Bound::start), std::invalid_argument);
  }
}

}  // namespace
