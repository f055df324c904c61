// libFuzzer target: the query path. The input is split at the first NUL
// into a query string and filter values (split at further NULs); the search runs over a small index
// of the sample corpus built once. Only QueryError may escape as a user error.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>

#include "indexer/indexer.h"
#include "searcher/searcher.h"

namespace {
std::unique_ptr<searcher::Searcher> g_searcher;
std::filesystem::path g_dir;  // the index, removed at exit

void remove_index() {
  g_searcher.reset();
  std::error_code ec;
  std::filesystem::remove_all(g_dir, ec);
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  if (g_searcher) return 0;  // the regression test may call this again
  const auto dir = std::filesystem::temp_directory_path() /
                   ("referat_fuzz_query_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  g_dir = dir;
  std::atexit(remove_index);
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
  // The rest, split at each further NUL, gives filter values; the first
  // byte of each picks the field (or the sort order and page).
  for (std::size_t begin = nul; begin != std::string::npos && begin + 1 < input.size();) {
    const std::size_t next = input.find('\0', begin + 1);
    const std::string part = input.substr(begin + 1, next == std::string::npos ? std::string::npos : next - begin - 1);
    begin = next;
    if (part.empty()) continue;
    const std::string value = part.substr(1);
    switch (static_cast<unsigned char>(part[0]) % 9) {
      case 0: r.filters.clusters.push_back(value); break;
      case 1: r.filters.persons.push_back(value); break;
      case 2: r.filters.sections.push_back(value); break;
      case 3: r.filters.from = value; break;
      case 4: r.filters.to = value; break;
      case 5: r.filters.regions.push_back(value); break;
      case 6: r.filters.forums.push_back(value); break;
      case 7: r.offset = static_cast<unsigned char>(part[0]); break;
      default: r.sort = static_cast<unsigned char>(part[0]) % 2 ? searcher::Sort::date_desc : searcher::Sort::date; break;
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
