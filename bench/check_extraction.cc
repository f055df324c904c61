// Checks the parsers at scale against a gen_corpus manifest: for every file,
// are the date, cluster, region, forum, item count, item titles and each
// participant's presence what the generator wrote? Prints the share right
// per field.
// Usage: check_extraction CORPUS_DIR   (reads CORPUS_DIR/manifest.jsonl)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "corpus/json.h"
#include "corpus/parser.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: check_extraction CORPUS_DIR [--floor FIELD=R ...]\n");
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  std::map<std::string, double> floors;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    const std::string f = i + 1 < argc ? argv[i + 1] : "";
    const auto eq = f.find('=');
    if (a != "--floor" || eq == std::string::npos) {
      std::fprintf(stderr, "check_extraction: bad argument %s (use --floor FIELD=R)\n", a.c_str());
      return 2;
    }
    floors[f.substr(0, eq)] = std::atof(f.c_str() + eq + 1);
    ++i;
  }
  if (!std::filesystem::exists(dir / "manifest.jsonl")) {
    std::fprintf(stderr, "check_extraction: %s: no manifest.jsonl (run gen_corpus first)\n", dir.string().c_str());
    return 2;
  }
  std::ifstream manifest(dir / "manifest.jsonl");
  std::map<std::string, std::pair<long, long>> score;  // field -> (right, total)
  auto count = [&](const char* field, bool right) {
    auto& [r, t] = score[field];
    r += right;
    ++t;
  };
  std::string line;
  long shown = 0;
  while (std::getline(manifest, line)) {
    const nlohmann::json want = nlohmann::json::parse(line);
    const nlohmann::json got = corpus::to_json(corpus::parse_file((dir / want["file"].get<std::string>()).string()));
    for (const char* field : {"date", "cluster", "region", "forum"}) count(field, got[field] == want[field]);
    std::vector<std::string> titles;
    for (const auto& it : got["items"]) titles.push_back(it["title"]);
    count("item titles", titles == want["items"].get<std::vector<std::string>>());
    count("item count", titles.size() == want["items"].size());
    for (const auto& p : want["participants"]) {
      bool found = false, right = false;
      for (const auto& q : got["participants"]) {
        if (q["name"] == p["name"]) {
          found = true;
          right = q["present"] == p["present"];
        }
      }
      count("participants found", found);
      count(p["present"].get<bool>() ? "present" : "absent", found && right);
    }
    if (titles != want["items"].get<std::vector<std::string>>() && shown++ < 3)
      std::fprintf(stderr, "items differ in %s\n", want["file"].get<std::string>().c_str());
  }
  std::printf("%-28s %8s %8s\n", "field", "right", "share");
  for (const auto& [field, rt] : score)
    std::printf("%-28s %8ld %7.2f%%\n", field.c_str(), rt.first, 100.0 * rt.first / std::max(1L, rt.second));
  int failed = 0;
  if (floors.empty()) {
    for (const auto& [field, rt] : score)
      if (rt.first != rt.second) failed = 1;
    return failed;
  }
  for (const auto& [field, floor] : floors) {
    const auto it = score.find(field);
    if (it == score.end()) {
      std::fprintf(stderr, "check_extraction: --floor %s: no such field\n", field.c_str());
      return 2;
    }
    const double share = static_cast<double>(it->second.first) / std::max(1L, it->second.second);
    if (share + 1e-9 < floor) {
      std::fprintf(stderr, "check_extraction: %s %.2f%% is below its floor %.2f%%\n", field.c_str(), 100 * share,
                   100 * floor);
      failed = 1;
    }
  }
  return failed;
}
