#include "indexer/config.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace po = boost::program_options;

namespace indexer {
namespace {

// The binaries whose sections a configuration file may hold.
constexpr std::array<const char*, 2> k_programs = {"indexer", "searcher"};

std::string trim(const std::string& s) {
  const auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r") - begin + 1);
}

}  // namespace

void store_config_file(const std::string& file, const std::string& program,
                       const po::options_description& options, po::variables_map& vm) {
  std::ifstream in(file);
  if (!in) throw ConfigError(file + ": cannot read: " + std::strerror(errno));
  // Boost's parser names a bad option but not its line, so the file is read
  // here line by line: each line of ours is checked together with the ones
  // before it (a second value of a single-valued option fails on its own
  // line), and only then are all of them stored.
  std::string kept;  // "name=value" lines for `program`
  bool ours = true;  // above the first section, or in [program]
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    const std::string where = file + ":" + std::to_string(number) + ": ";
    const std::string text = trim(line);
    if (text.empty() || text.front() == '#' || text.front() == ';') continue;
    if (text.front() == '[') {
      const std::string section = text.back() == ']' ? trim(text.substr(1, text.size() - 2)) : "";
      bool known = false;
      for (const char* p : k_programs) known = known || section == p;
      if (!known) throw ConfigError(where + "unknown section \"" + text + "\" (expected [indexer] or [searcher])");
      ours = section == program;
      continue;
    }
    const auto equals = text.find('=');
    if (equals == std::string::npos || trim(text.substr(0, equals)).empty())
      throw ConfigError(where + "expected NAME = VALUE, not \"" + text + "\"");
    if (!ours) continue;
    const std::string name = trim(text.substr(0, equals));
    if (!options.find_nothrow(name, false) || name == "config")
      throw ConfigError(where + "unknown option \"" + name + "\" for " + program);
    kept += name + "=" + trim(text.substr(equals + 1)) + "\n";
    try {
      std::istringstream so_far(kept);
      po::variables_map scratch;
      po::store(po::parse_config_file(so_far, options, false), scratch);
    } catch (const po::error& e) {
      throw ConfigError(where + e.what());
    }
  }
  if (in.bad()) throw ConfigError(file + ": cannot read: " + std::strerror(errno));
  std::istringstream all(kept);
  po::store(po::parse_config_file(all, options, false), vm);
}

}  // namespace indexer
