#include "indexer/config.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <gtest/gtest.h>

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

// The options of a small binary, as main.cc declares them.
struct Parsed {
  std::string db;
  std::string listen;
  unsigned jobs = 0;
  std::vector<std::string> watch;
};

fs::path write_config(const std::string& name, const std::string& text) {
  const fs::path file = fs::path(testing::TempDir()) /
                        ("referat_config_" + std::to_string(::getpid()) + "_" + name + ".conf");
  std::ofstream(file) << text;
  return file;
}

// Parses `argv` and then the config file `text` for `program`, as main does.
Parsed parse(const std::string& program, const std::string& text, std::vector<const char*> argv = {}) {
  Parsed p;
  po::options_description options;
  options.add_options()("db", po::value(&p.db))("listen", po::value(&p.listen)->default_value("127.0.0.1:8080"))(
      "jobs", po::value(&p.jobs))("watch", po::value(&p.watch)->multitoken()->zero_tokens())("quiet", "flag");
  argv.insert(argv.begin(), program.c_str());
  po::variables_map vm;
  po::store(po::parse_command_line(static_cast<int>(argv.size()), argv.data(), options), vm);
  indexer::store_config_file(write_config(program, text).string(), program, options, vm);
  po::notify(vm);
  return p;
}

// The one-line message a bad file gets, without the file name.
std::string error_of(const std::string& text) {
  try {
    parse("indexer", text);
  } catch (const indexer::ConfigError& e) {
    const std::string message = e.what();
    return message.substr(message.find(".conf:") + 5);
  }
  return "no error";
}

TEST(ConfigTest, SharedKeysAndOwnSection) {
  const std::string text =
      "# comment\n"
      "db = /var/lib/referat/index\n"
      "\n"
      "[searcher]\n"
      "listen = 0.0.0.0:9000\n"
      "[indexer]\n"
      "jobs = 3\n"
      "watch = /srv/a\n"
      "watch = /srv/b\n";
  const Parsed indexer = parse("indexer", text);
  EXPECT_EQ(indexer.db, "/var/lib/referat/index");
  EXPECT_EQ(indexer.jobs, 3U);
  EXPECT_EQ(indexer.watch, (std::vector<std::string>{"/srv/a", "/srv/b"}));
  EXPECT_EQ(indexer.listen, "127.0.0.1:8080");  // [searcher] is not read by the indexer
  EXPECT_EQ(parse("searcher", "db = x\n[searcher]\nlisten = 0.0.0.0:9000\n").listen, "0.0.0.0:9000");
}

TEST(ConfigTest, CommandLineWins) {
  const Parsed p = parse("indexer", "db = /from/file\njobs = 3\nwatch = /srv/a\n",
                         {"--db", "/from/cli", "--watch", "/srv/cli"});
  EXPECT_EQ(p.db, "/from/cli");
  EXPECT_EQ(p.jobs, 3U);
  EXPECT_EQ(p.watch, std::vector<std::string>{"/srv/cli"});
}

TEST(ConfigTest, ErrorsNameTheLine) {
  const struct {
    const char* text;
    const char* error;
  } rows[] = {
      {"db = x\n\ncolour = blue\n", ":3: unknown option \"colour\" for indexer"},
      {"[searcher]\ncolour = blue\n[indexer]\nport = 1\n", ":4: unknown option \"port\" for indexer"},
      {"db = x\njobs = many\n", ":2: the argument ('many') for option 'jobs' is invalid"},
      {"db = x\n# two\ndb = y\n", ":3: option 'db' cannot be specified more than once"},
      {"db x\n", ":1: expected NAME = VALUE, not \"db x\""},
      {"[server]\n", ":1: unknown section \"[server]\" (expected [indexer] or [searcher])"},
      {"config = other.conf\n", ":1: unknown option \"config\" for indexer"},
  };
  for (const auto& row : rows) EXPECT_EQ(error_of(row.text), row.error) << row.text;
}

TEST(ConfigTest, MissingFileIsAnError) {
  po::options_description options;
  po::variables_map vm;
  EXPECT_THROW(indexer::store_config_file("/nonexistent/referat.conf", "indexer", options, vm),
               indexer::ConfigError);
}

}  // namespace
