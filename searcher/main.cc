// searcher: thin command-line front end; the work is in searcher/searcher.h.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "indexer/config.h"
#include "searcher/output.h"
#include "searcher/searcher.h"
#include "searcher/server.h"

namespace po = boost::program_options;

namespace {

constexpr int k_exit_ok = 0;
constexpr int k_exit_not_found = 1;
constexpr int k_exit_usage = 2;

const char* const k_usage = R"(Usage:
  searcher --db DB [--db DB ...] [filters] [--json] QUERY...
  searcher --db DB --compare-by cluster|region|forum|year [filters] [--json] QUERY...
  searcher --db DB --attendance "NAME" [--json]
  searcher --db DB --show ID [--json]
  searcher --db DB --similar ID [--json]
  searcher --db DB --serve [--listen 127.0.0.1:8080]

Searches the agenda items of Danish meeting minutes indexed by `indexer`.
A DB is an index directory, a Xapian stub file listing shards, or a remote
shard tcp://HOST:PORT served by xapian-tcpsrv.

Query language: words are matched in all inflections (Danish stemming) and
as parts of compounds; items with all the words come first, then items with
most of them. A Danish date in the query ("8. februar 2024", "i 2023",
"siden marts 2024", "fra 2022 til 2023", "08-02-2024") filters by meeting date,
and a person's name ("Eva Sejersdal", "Mainz") shows the person's attendance.
  "status for klyngemidlerne"   phrase          ledelse*      word beginning
  midler AND NOT pulje          AND, OR, NOT    (a OR b) c    grouping
  klynge:Midt  region:"Region Nordjylland"  forum:Direktørforum  person:ID
  afsnit:beslutning (section: also)  år:2024  dato:2024-02  titel:klyngemidler
  dato:2024-01-01..2024-06-30   date range      English aliases: cluster:
  section: year: date: title:

Exit codes: 0 ok; 1 no such id; 2 usage error, bad query or unusable database.
The JSON output and the rules for dates and names: docs/SEARCH.md.

Options)";

unsigned terminal_width() {
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) return ws.ws_col;
  if (const char* c = std::getenv("COLUMNS")) {
    const int n = std::atoi(c);
    if (n >= 40) return static_cast<unsigned>(n);
  }
  return 120;
}

// What the command line asks for, read by read_command_line().
struct CommandLine {
  std::vector<std::string> dbs;
  searcher::Request request;
  std::string sort = "relevance", show, similar, compare_by, attendance, listen, access_log;
  bool json = false, serve = false, wants_attendance = false;
  bool limit_given = false;  // --limit on the command line (else each command's default)
};

// A whole number in 0..max, read here: Boost reads "-1" as a huge unsigned.
std::optional<unsigned> whole_number(const std::string& name, const std::string& text, unsigned max) {
  if (text.empty() || text.size() > 7 || text.find_first_not_of("0123456789") != std::string::npos ||
      std::stoul(text) > max) {
    std::cerr << "searcher: --" << name << " must be a whole number from 0 to " << max << ", not \"" << text
              << "\"\n";
    return std::nullopt;
  }
  return static_cast<unsigned>(std::stoul(text));
}

// Reads the options (and a --config file) into `cl`. Returns the exit code
// when the run ends here: --help, or a usage error (already reported).
std::optional<int> read_command_line(int argc, char** argv, CommandLine& cl) {
  po::options_description visible(k_usage);
  searcher::Request& request = cl.request;
  std::string from, to, limit_text, offset_text;
  visible.add_options()
      ("help,h", "show this help")
      ("db", po::value(&cl.dbs), "database to search (repeatable)")
      ("json", "print JSON (docs/SEARCH.md) instead of text")
      ("cluster", po::value(&request.filters.clusters), "only this cluster, e.g. Midt (repeatable)")
      ("region", po::value(&request.filters.regions), "only this region (repeatable)")
      ("forum", po::value(&request.filters.forums), "only this forum (repeatable)")
      ("person", po::value(&request.filters.persons), "only items naming this person (repeatable)")
      ("section", po::value(&request.filters.sections),
       "only items with this section: beslutning, indstilling, sagsfremstilling, bilag, "
       "referat, ... (repeatable); the snippet is taken from it")
      ("from", po::value(&from),
       "meetings on or after DATE: 2024-02-08, 08-02-2024, 8/2 2024, \"8. februar 2024\", "
       "\"februar 2024\" (its first day) or 2024")
      ("to", po::value(&to), "meetings on or before DATE (a month or year: its last day)")
      ("sort", po::value(&cl.sort), "relevance (default), date (oldest first) or -date (newest first)")
      ("limit", po::value(&limit_text)->default_value("10"), "hits per page (0-1000)")
      ("offset", po::value(&offset_text)->default_value("0"), "hits to skip (paging, 0-100000)")
      ("compare-by", po::value(&cl.compare_by),
       "group the matches by cluster, region, forum or year, side by side; --limit is then "
       "the number of items per group (default 3)")
      ("attendance", po::value(&cl.attendance),
       "the meetings NAME attended or sent afbud to, newest first; a misspelt or partial "
       "name finds the person")
      ("show", po::value(&cl.show), "print the item or meeting with this id")
      ("similar", po::value(&cl.similar),
       "items like the item with this id in other clusters (relevance feedback), grouped "
       "by cluster; --limit is the number per cluster (default 3)")
      ("serve", "serve the web page and the JSON API (/api/search, /api/compare, "
                "/api/attendance, /api/item/ID, /api/similar/ID, /api/status)")
      ("listen", po::value(&cl.listen)->default_value("127.0.0.1:8080"),
       "HOST:PORT for --serve (port 0: any free port)")
      ("access-log", po::value(&cl.access_log),
       "with --serve: append the access log (one line per request, Combined Log Format) "
       "to FILE instead of standard error")
      ("config", po::value<std::string>(),
       "read options from FILE: NAME = VALUE lines with the long names above, shared ones at "
       "the top, this binary's under [searcher]; the command line wins");
  po::options_description hidden;
  hidden.add_options()("query", po::value<std::vector<std::string>>(), "query words");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("query", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    if (vm.count("config")) indexer::store_config_file(vm["config"].as<std::string>(), "searcher", visible, vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "searcher: " << e.what() << " (see --help)\n";
    return k_exit_usage;
  } catch (const indexer::ConfigError& e) {
    std::cerr << "searcher: " << e.what() << '\n';
    return k_exit_usage;
  }
  if (vm.count("help")) {
    std::cout << visible << '\n';
    return k_exit_ok;
  }
  if (cl.dbs.empty()) {
    std::cerr << "searcher: --db DB is required (see --help)\n";
    return k_exit_usage;
  }
  cl.json = vm.count("json") > 0;
  cl.serve = vm.count("serve") > 0;
  cl.wants_attendance = vm.count("attendance") > 0;
  cl.limit_given = !vm["limit"].defaulted();
  constexpr unsigned k_max_offset = 100000;
  const auto limit = whole_number("limit", limit_text, searcher::k_max_limit);
  const auto offset = whole_number("offset", offset_text, k_max_offset);
  if (!limit || !offset) return k_exit_usage;
  request.limit = *limit;
  request.offset = *offset;
  if (vm.count("query")) {
    for (const auto& word : vm["query"].as<std::vector<std::string>>())
      request.query += (request.query.empty() ? "" : " ") + word;
  }
  if (!from.empty()) request.filters.from = from;
  if (!to.empty()) request.filters.to = to;
  return std::nullopt;
}

// --serve: until SIGTERM or SIGINT.
int serve(const CommandLine& cl) {
  const auto colon = cl.listen.rfind(':');
  const std::string port = colon == std::string::npos ? "" : cl.listen.substr(colon + 1);
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(port) > 65535) {
    std::cerr << "searcher: --listen must be HOST:PORT, not \"" << cl.listen << "\"\n";
    return k_exit_usage;
  }
  searcher::ServeOptions options;
  options.databases = cl.dbs;
  options.host = cl.listen.substr(0, colon);
  options.port = std::stoi(port);
  options.access_log = cl.access_log;
  // Before the server starts threads, and before "Serving": from then on
  // SIGTERM and SIGINT stop it gracefully, with exit code 0.
  searcher::StopSignals stop_signals;
  searcher::Server server(options);
  std::cout << "Serving http://" << options.host << ":" << server.port() << "/" << std::endl;
  stop_signals.run(server);
  return k_exit_ok;
}

// --attendance NAME; a name that fits several people is "not found".
int attendance(searcher::Searcher& s, const CommandLine& cl) {
  try {
    nlohmann::json a = s.attendance(cl.attendance);
    if (cl.json) std::cout << searcher::json_text(a, 2) << '\n';
    else searcher::print_attendance(a, std::cout);
    return k_exit_ok;
  } catch (const searcher::AmbiguousPerson& e) {
    if (cl.json) {
      std::cout << searcher::json_text(nlohmann::json{{"person", nullptr}, {"query", cl.attendance},
                                                      {"candidates", e.candidates()},
                                                      {"labels", e.labels()},
                                                      {"meetings", nlohmann::json::array()}},
                                       2)
                << '\n';
    }
    std::cerr << "searcher: " << e.what() << '\n';
    return k_exit_not_found;
  }
}

// A query: the ranked hits, or with --compare-by the matches side by side.
int search(searcher::Searcher& s, CommandLine& cl) {
  searcher::Request& request = cl.request;
  if (cl.sort == "relevance") request.sort = searcher::Sort::relevance;
  else if (cl.sort == "date") request.sort = searcher::Sort::date;
  else if (cl.sort == "-date") request.sort = searcher::Sort::date_desc;
  else {
    std::cerr << "searcher: --sort must be relevance, date or -date, not \"" << cl.sort << "\"\n";
    return k_exit_usage;
  }
  if (!cl.compare_by.empty()) {
    const searcher::GroupBy by = searcher::parse_group_by(cl.compare_by);
    if (!cl.limit_given) request.limit = 3;
    searcher::Comparison c = s.compare(request, by);
    if (cl.json) std::cout << searcher::json_text(searcher::to_json(c), 2) << '\n';
    else searcher::print_compare(c, std::cout, terminal_width(), isatty(STDOUT_FILENO) != 0);
    return k_exit_ok;
  }
  searcher::Result result = s.search(request);
  if (cl.json) std::cout << searcher::json_text(searcher::to_json(result), 2) << '\n';
  else searcher::print_text(result, std::cout, isatty(STDOUT_FILENO) != 0);
  return k_exit_ok;
}

// `kept` holds the searcher of a one-shot command past the return, so that
// main() exits without freeing it.
int run(int argc, char** argv, std::optional<searcher::Searcher>& kept) {
  CommandLine cl;
  if (const auto done = read_command_line(argc, argv, cl)) return *done;
  if (cl.serve) return serve(cl);
  searcher::Searcher& s = kept.emplace(cl.dbs);
  s.set_one_search(true);  // this process runs one search
  if (cl.wants_attendance) return attendance(s, cl);
  if (!cl.similar.empty()) {
    nlohmann::json found = s.similar(cl.similar, cl.limit_given ? cl.request.limit : 3);
    if (cl.json) std::cout << found.dump(2) << '\n';
    else searcher::print_similar(found, std::cout);
    return k_exit_ok;
  }
  if (!cl.show.empty()) {
    nlohmann::json shown = s.show(cl.show);
    if (cl.json) std::cout << searcher::json_text(shown, 2) << '\n';
    else searcher::print_item(shown, std::cout);
    return k_exit_ok;
  }
  return search(s, cl);
}

}  // namespace

int main(int argc, char** argv) {
  int status = k_exit_usage;
  std::optional<searcher::Searcher> kept;
  try {
    status = run(argc, argv, kept);
  } catch (const searcher::NotFound& e) {
    std::cerr << "searcher: " << e.what() << '\n';
    status = k_exit_not_found;
  } catch (const std::exception& e) {
    std::cerr << "searcher: " << e.what() << '\n';
    status = k_exit_usage;
  }
  // A one-shot command ends here: its output is flushed, and the exit skips
  // freeing the searcher's tables (the people, the facet codes) and the
  // libraries' static ones, which a short search would otherwise spend
  // about a tenth of its CPU time on.
  std::cout.flush();
  std::cerr.flush();
  std::_Exit(status);
}
