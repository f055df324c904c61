#include "corpus/dates.h"

#include <gtest/gtest.h>

namespace {

struct DateCase {
  int year, month, day;
  bool valid;
};

// The one validator of the parser and the searcher.
TEST(DatesTest, ValidDateKnowsTheCalendar) {
  const DateCase cases[] = {
      {2024, 2, 8, true},    {2024, 2, 29, true},   {2023, 2, 29, false},  // leap years
      {2000, 2, 29, true},   {1900, 2, 29, false},  {2100, 2, 29, false},  // centuries
      {2024, 2, 30, false},  {2024, 2, 31, false},  {2024, 4, 31, false},  {2024, 4, 30, true},
      {2024, 12, 31, true},  {2024, 13, 1, false},  {2024, 0, 1, false},   {2024, 1, 0, false},
      {2024, 1, 32, false},  {2024, -1, 5, false},
  };
  for (const auto& c : cases)
    EXPECT_EQ(corpus::valid_date(c.year, c.month, c.day), c.valid) << c.year << "-" << c.month << "-" << c.day;
}

TEST(DatesTest, ImpossibleDatesAreNotFound) {
  EXPECT_EQ(corpus::find_date("mødet d. 31-02-2024"), std::nullopt);
  EXPECT_EQ(corpus::find_date("mødet d. 29-02-2024"), "2024-02-29");
}

// A meeting over two days is dated by its first: the month and year are
// written once, after the second day.
TEST(DatesTest, ARangeOfDaysGivesTheFirstDay) {
  EXPECT_EQ(corpus::find_date("Bestyrelsesseminar den 21. og 22. oktober 2015"), "2015-10-21");
  EXPECT_EQ(corpus::find_date("Seminar 21.-22. oktober 2015 på Hotel Nyborg Strand"), "2015-10-21");
  EXPECT_EQ(corpus::find_date("Internat 21. \u2013 22. oktober 2015"), "2015-10-21");
  EXPECT_EQ(corpus::find_date("mødet den 3. og den 4. marts 2024"), "2024-03-03");
  EXPECT_EQ(corpus::find_date("21.-22.10.2015"), "2015-10-21");
  // A date written in full is no range, though its month follows a dash.
  EXPECT_EQ(corpus::find_date("mødet 10-11-2023"), "2023-11-10");
  // No month and year after the second number: no date.
  EXPECT_EQ(corpus::find_date("elever i 1.-2. klasse"), std::nullopt);
}

// Each day of the range with its weekday and month, the year only after
// the second (a national association's delegates' meeting, a PDF
// transcript's title): the first day.
TEST(DatesTest, ARangeOfDaysWithTheirWeekdays) {
  EXPECT_EQ(corpus::find_date("Landsforeningens delegeretmøde fredag den 23. maj - lørdag den 24. maj 2014 "
                              "Hotel Nyborg Strand"),
            "2014-05-23");
  EXPECT_EQ(corpus::find_date("Bestyrelsesmøde onsdag den 5. og torsdag den 6. juni 2018"), "2018-06-05");
  EXPECT_EQ(corpus::find_date("fredag d. 23. maj til lørdag d. 24. maj 2014"), "2014-05-23");
  // Two months: no range read (the second date stands).
  EXPECT_EQ(corpus::find_date("den 30. maj - lørdag den 1. juni 2014"), "2014-06-01");
}

// A day and month without a year, dated in a year given elsewhere (a
// year's page title); a date written with its year is find_date's.
TEST(DatesTest, ADayInAGivenYear) {
  EXPECT_EQ(corpus::find_day_in_year("27. oktober - Møde i Handicaprådet", 2022), "2022-10-27");
  EXPECT_EQ(corpus::find_day_in_year("Torsdag den 3. marts kl. 10", 2022), "2022-03-03");
  EXPECT_EQ(corpus::find_day_in_year("den 3. marts 2021", 2022), std::nullopt);
  EXPECT_EQ(corpus::find_day_in_year("29. februar", 2023), std::nullopt);
  EXPECT_EQ(corpus::find_day_in_year("punkt 3 af 12", 2022), std::nullopt);
}

// find_date tells where its date starts: a stamp's date can be told from
// the meeting's after it in one run-on line.
TEST(DatesTest, WhereTheDateStarts) {
  std::size_t where = 0;
  EXPECT_EQ(corpus::find_date("Skrevet onsdag d. 26. februar 2020", &where), "2020-02-26");
  EXPECT_EQ(where, 18u);
  EXPECT_EQ(corpus::find_date("fra 21.-22.10.2015", &where), "2015-10-21");
  EXPECT_EQ(where, 4u);
}

}  // namespace
