// Reading the JSON API's query parameters into a search Request, apart from
// the HTTP library: the server hands over the parameters as they came.
#pragma once

#include <array>
#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include "searcher/searcher.h"

namespace searcher {

// A request parameter the user must fix: answered with 400.
class BadRequest : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Query parameters by name, repeated names kept (cpp-httplib's Params).
using Params = std::multimap<std::string, std::string>;

// Bounds on what one API request may ask for.
inline constexpr std::size_t k_max_query_bytes = 1000;
inline constexpr unsigned k_max_page = 100;
inline constexpr unsigned k_max_offset = 10000;

// The parameters each endpoint knows.
inline constexpr std::array<std::string_view, 11> k_search_params{
    "q", "cluster", "region", "forum", "person", "section", "from", "to", "sort", "limit", "offset"};
inline constexpr std::array<std::string_view, 12> k_compare_params{
    "q", "cluster", "region", "forum", "person", "section", "from", "to", "sort", "limit", "offset", "by"};
inline constexpr std::array<std::string_view, 1> k_attendance_params{"name"};
inline constexpr std::array<std::string_view, 0> k_item_params{};
inline constexpr std::array<std::string_view, 1> k_similar_params{"limit"};

// Throws BadRequest naming every parameter of `params` not in `known`
// ("unknown parameter: qq, limt"), so a misspelt one is not silently ignored.
void check_known(const Params& params, std::span<const std::string_view> known);

// The value of `name` (the first if repeated); empty if absent.
std::string param(const Params& params, const std::string& name);

// A whole number 0..max from `name`, `fallback` if absent. Throws BadRequest
// for anything else ("-1", "1e3", "100000").
unsigned number(const Params& params, const std::string& name, unsigned fallback, unsigned max);

// The search request of /api/search and /api/compare (q, filters, sort,
// limit up to k_max_page, offset up to k_max_offset). Throws BadRequest for
// unknown parameters and bad values; dates are checked by the search.
Request read_request(const Params& params, unsigned default_limit, bool compare = false);

}  // namespace searcher
