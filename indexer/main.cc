// indexer: thin command-line front end; the work is in indexer/indexer.h.
#include <unistd.h>

#include <cstdio>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "corpus/json.h"
#include "corpus/parser.h"
#include "formats/text.h"
#include "indexer/config.h"
#include "indexer/indexer.h"
#include "indexer/watch.h"

namespace po = boost::program_options;

namespace {

constexpr int k_exit_ok = 0;
constexpr int k_exit_rejected = 1;
constexpr int k_exit_usage = 2;

const char* const k_usage = R"(Usage:
  indexer --db DIR [--jobs N] [--shards N] [--writers N] [--rebuild] [--quiet|--verbose] PATH...
  indexer --parse PATH...
  indexer --db DIR --watch [DIR...] [--jobs N] [--shards N]

Indexes Danish meeting minutes (files, or directories searched recursively)
into the Xapian index DIR. Files unchanged since the last run are skipped; a
changed file replaces its old documents, and files gone from an indexed
directory are removed. Unreadable files are reported on stderr, one line
each, and the run goes on. DIR holds a Xapian stub file (DIR/XAPIANDB) listing
its shards; `searcher --db DIR` reads them all. A new index and --rebuild
end with a compaction; shards are written in parallel, one thread each, and
each shard of a new index as --writers parts in parallel that the compaction
merges (until then the index lists the parts as its shards).

With --watch, the folders (given after --watch, as PATHs or in the config
file) are indexed and then followed until SIGTERM or SIGINT: a file written and closed, or moved
in, is indexed once it has been left alone for a second; a deleted file is
removed from the index.

With --config FILE, options are read from FILE as NAME = VALUE lines (the
long names above; `watch = DIR` once per folder), shared ones at the top and
this binary's under [indexer]; options on the command line win. Folders from
the file are followed only if --watch is on the command line; without it
they are indexed once.

With --parse, nothing is indexed: each file's parsed meeting is printed as
one JSON object per line (JSON Lines).

Exit codes: 0 ok; 1 some files rejected (the rest indexed); 2 usage error or
unusable index.

Options)";

int parse_only(const std::vector<std::string>& paths) {
  int status = k_exit_ok;
  std::size_t missing = 0;
  for (const auto& path : indexer::collect_files(paths, std::cerr, missing)) {
    try {
      std::cout << corpus::to_json(corpus::parse_file(path)).dump() << '\n';
    } catch (const std::exception& e) {
      std::cerr << path << ": " << e.what() << '\n';
      status = k_exit_rejected;
    }
  }
  return missing > 0 ? k_exit_rejected : status;
}

int run(int argc, char** argv) {
  po::options_description visible(k_usage);
  std::string db;
  unsigned jobs = 0, shards = 0, writers = 0;
  visible.add_options()
      ("help,h", "show this help")
      ("db", po::value(&db), "index directory (created if missing)")
      ("parse", "print parsed meetings as JSON Lines; write no index")
      ("jobs,j", po::value(&jobs), "parser threads (default: one per core)")
      ("shards", po::value(&shards), "split a new or rebuilt index into N shards (default: 1 for a new index, a rebuild keeps the count)")
      ("writers", po::value(&writers), "writer threads per shard of a new or rebuilt index, merged by its final compaction (default: 2 x parser threads / shards)")
      ("rebuild", "build a new index from scratch beside the old one and swap it in when done")
      ("quiet,q", "print nothing but errors")
      ("verbose,v", "also list the files that parsed poorly (no date or no agenda items found), with what was missing")
      ("watch", po::value<std::vector<std::string>>()->multitoken()->zero_tokens(),
       "index these folders (and the PATHs), then follow them and index new, changed and deleted files")
      ("config", po::value<std::string>(), "read options from FILE; the command line wins");
  po::options_description hidden;
  hidden.add_options()("path", po::value<std::vector<std::string>>(), "input");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("path", -1);

  po::variables_map vm;
  bool watching = false;  // --watch on the command line, not only folders from the config file
  try {
    auto parsed = po::command_line_parser(argc, argv).options(all).positional(positional).run();
    // A bare --watch follows the config file's folders rather than replacing them with none.
    watching = std::erase_if(parsed.options, [](const po::option& o) {
                 return o.string_key == "watch" && o.value.empty();
               }) > 0;
    po::store(parsed, vm);
    watching = watching || vm.count("watch") > 0;
    if (vm.count("config")) indexer::store_config_file(vm["config"].as<std::string>(), "indexer", visible, vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "indexer: " << e.what() << " (see --help)\n";
    return k_exit_usage;
  } catch (const indexer::ConfigError& e) {
    std::cerr << "indexer: " << e.what() << '\n';
    return k_exit_usage;
  }
  if (vm.count("help")) {
    std::cout << visible << '\n';
    return k_exit_ok;
  }
  std::vector<std::string> paths;
  if (vm.count("path")) paths = vm["path"].as<std::vector<std::string>>();
  if (vm.count("watch")) {
    for (const auto& dir : vm["watch"].as<std::vector<std::string>>()) paths.push_back(dir);
  }
  if (paths.empty()) {
    std::cerr << "indexer: no input files or directories given (see --help)\n";
    return k_exit_usage;
  }
  if (vm.count("parse")) return parse_only(paths);
  if (db.empty()) {
    std::cerr << "indexer: --db DIR is required (see --help)\n";
    return k_exit_usage;
  }

  indexer::Options options{db, jobs,
                           vm.count("rebuild") ? indexer::Rebuild::yes : indexer::Rebuild::no,
                           shards};
  options.writers = writers;
  if (watching) {
    indexer::watch(indexer::WatchOptions{options, paths}, std::cout, std::cerr);
    return k_exit_ok;
  }
  indexer::Indexer idx(options);
  // A progress line on a terminal only: logs and pipes get the summary alone.
  const bool show_progress = !vm.count("quiet") && isatty(STDERR_FILENO);
  auto progress = [](const indexer::Progress& p) {
    const double rate = p.seconds > 0 ? static_cast<double>(p.files_done) / p.seconds : 0;
    const double left = rate > 0 ? static_cast<double>(p.files_total - p.files_done) / rate : 0;
    std::fprintf(stderr, "\r%zu/%zu files, %.0f files/s, %.1f MB/s, %.0f s left   ", p.files_done,
                 p.files_total, rate, p.seconds > 0 ? static_cast<double>(p.bytes_done) / 1e6 / p.seconds : 0,
                 left);
  };
  indexer::Summary s = show_progress ? idx.index(paths, std::cerr, progress) : idx.index(paths, std::cerr);
  if (show_progress) std::fprintf(stderr, "\r\033[K");
  if (!vm.count("quiet")) {
    std::cout << "indexed " << s.files << " files, " << s.items << " items; skipped " << s.skipped
              << " unchanged; removed " << s.removed << "; rejected " << s.rejected << "; " << std::fixed
              << std::setprecision(2) << s.seconds << " s\n";
    if (!s.parsed_poorly.empty()) {
      std::cout << s.parsed_poorly.size() << " of them parsed poorly"
                << (vm.count("verbose") ? ":" : " (no date or no agenda items found; --verbose lists them)") << '\n';
      if (vm.count("verbose"))
        for (const auto& line : s.parsed_poorly) std::cout << "  " << line << '\n';
    }
  }
  return s.rejected > 0 ? k_exit_rejected : k_exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "indexer: " << e.what() << '\n';
    return k_exit_usage;
  }
}
