#include "searcher/request.h"

#include <algorithm>
#include <vector>

namespace searcher {
namespace {

constexpr std::size_t k_max_value_bytes = 200;

std::vector<std::string> values(const Params& params, const std::string& name) {
  std::vector<std::string> out;
  for (auto [it, end] = params.equal_range(name); it != end; ++it) {
    if (it->second.size() > k_max_value_bytes) throw BadRequest("parameter " + name + " is too long");
    if (!it->second.empty()) out.push_back(it->second);
  }
  return out;
}

}  // namespace

void check_known(const Params& params, std::span<const std::string_view> known) {
  std::string unknown;
  std::string last;
  for (const auto& [name, value] : params) {
    if (name == last || std::find(known.begin(), known.end(), name) != known.end()) continue;
    last = name;
    unknown += (unknown.empty() ? "" : ", ") + name.substr(0, 40);
  }
  if (!unknown.empty()) throw BadRequest("unknown parameter: " + unknown);
}

std::string param(const Params& params, const std::string& name) {
  auto it = params.find(name);
  return it == params.end() ? std::string() : it->second;
}

unsigned number(const Params& params, const std::string& name, unsigned fallback, unsigned max) {
  const std::string v = param(params, name);
  if (v.empty()) return fallback;
  if (v.size() > 6 || v.find_first_not_of("0123456789") != std::string::npos)
    throw BadRequest("parameter " + name + " must be a whole number");
  const unsigned n = static_cast<unsigned>(std::stoul(v));
  if (n > max) throw BadRequest("parameter " + name + " must be at most " + std::to_string(max));
  return n;
}

Request read_request(const Params& params, unsigned default_limit, bool compare) {
  if (compare)
    check_known(params, k_compare_params);
  else
    check_known(params, k_search_params);
  Request r;
  r.query = param(params, "q");
  if (r.query.size() > k_max_query_bytes)
    throw BadRequest("query is too long (over " + std::to_string(k_max_query_bytes) + " bytes)");
  r.filters.clusters = values(params, "cluster");
  r.filters.regions = values(params, "region");
  r.filters.forums = values(params, "forum");
  r.filters.persons = values(params, "person");
  r.filters.sections = values(params, "section");
  if (const auto from = param(params, "from"); !from.empty()) r.filters.from = from;
  if (const auto to = param(params, "to"); !to.empty()) r.filters.to = to;
  const std::string sort = param(params, "sort");
  if (sort.empty() || sort == "relevance")
    r.sort = Sort::relevance;
  else if (sort == "date")
    r.sort = Sort::date;
  else if (sort == "-date")
    r.sort = Sort::date_desc;
  else
    throw BadRequest("parameter sort must be relevance, date or -date");
  r.limit = number(params, "limit", default_limit, k_max_page);
  r.offset = number(params, "offset", 0, k_max_offset);
  return r;
}

}  // namespace searcher
