// Reading API parameters (searcher/request.h): unknown names and bad numbers
// are refused with a message naming them.
#include "searcher/request.h"

#include <gtest/gtest.h>

namespace {

struct BadRow {
  searcher::Params params;
  const char* message;  // what the error must say
};

TEST(RequestTest, RefusesUnknownParametersAndBadNumbers) {
  const BadRow rows[] = {
      {{{"q", "midler"}, {"limt", "5"}}, "unknown parameter: limt"},
      {{{"qq", "x"}, {"foo", "1"}, {"foo", "2"}}, "unknown parameter: foo, qq"},
      {{{"limit", "-1"}}, "parameter limit must be a whole number"},
      {{{"offset", "-3"}}, "parameter offset must be a whole number"},
      {{{"limit", "1e3"}}, "parameter limit must be a whole number"},
      {{{"limit", "101"}}, "parameter limit must be at most 100"},
      {{{"offset", "10001"}}, "parameter offset must be at most 10000"},
      {{{"sort", "newest"}}, "parameter sort must be relevance, date or -date"},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(row.message);
    try {
      searcher::read_request(row.params, 10);
      ADD_FAILURE() << "accepted";
    } catch (const searcher::BadRequest& e) {
      EXPECT_EQ(std::string(e.what()), row.message);
    }
  }
}

TEST(RequestTest, ReadsKnownParameters) {
  const searcher::Request r = searcher::read_request(
      {{"q", "klyngemidler"}, {"cluster", "Midt"}, {"cluster", "Syd"}, {"from", "februar 2024"},
       {"limit", "5"}, {"offset", "10"}, {"sort", "-date"}},
      10);
  EXPECT_EQ(r.query, "klyngemidler");
  EXPECT_EQ(r.filters.clusters, (std::vector<std::string>{"Midt", "Syd"}));
  EXPECT_EQ(r.filters.from, "februar 2024");
  EXPECT_EQ(r.limit, 5U);
  EXPECT_EQ(r.offset, 10U);
  EXPECT_EQ(r.sort, searcher::Sort::date_desc);
  EXPECT_EQ(searcher::read_request({}, 3).limit, 3U);
  EXPECT_NO_THROW(searcher::read_request({{"by", "region"}}, 3, true));
  EXPECT_THROW(searcher::read_request({{"by", "region"}}, 3), searcher::BadRequest);
}

}  // namespace
