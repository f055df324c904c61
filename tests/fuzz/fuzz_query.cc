// libFuzzer target: the query path. The input is split at the first NUL
// into a query string and filter values; the search runs over a small index
// of the sample corpus built once. Only QueryError may escape as a user error.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>

#include "indexer/indexer.h"
#include "searcher/searcher.h"

namespace {
std::unique_ptr<searcher::Searcher> g_searcher;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("referat_fuzz_query_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  {
    indexer::Indexer idx({dir.string(), 1, indexer::Rebuild::no});
    std::ostringstream errors;
    idx.index({REFERAT_SAMPLE_DIR}, errors);
  }
  g_searcher = std::make_unique<searcher::Searcher>(std::vector<std::string>{dir.string()});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto nul = input.find('\0');
  searcher::Request r;
  r.query = input.substr(0, nul);
  if (nul != std::string::npos) {
    const std::string rest = input.substr(nul + 1);
    // Filter values from the rest: each byte value picks a field.
    if (!rest.empty()) {
      switch (static_cast<unsigned char>(rest[0]) % 6) {
        case 0: r.filters.clusters = {rest.substr(1)}; break;
        case 1: r.filters.persons = {rest.substr(1)}; break;
        case 2: r.filters.sections = {rest.substr(1)}; break;
        case 3: r.filters.from = rest.substr(1); break;
        case 4: r.filters.to = rest.substr(1); break;
        default: r.sort = searcher::Sort::date_desc; break;
      }
    }
  }
  r.limit = 5;
  try {
    (void)g_searcher->search(r);
    if (size % 7 == 0) (void)g_searcher->compare(r, searcher::GroupBy::cluster);
    if (size % 11 == 0) (void)g_searcher->attendance(r.query);
  } catch (const searcher::QueryError&) {
  } catch (const searcher::NotFound&) {
  } catch (const searcher::AmbiguousPerson&) {
  }
  return 0;
}
