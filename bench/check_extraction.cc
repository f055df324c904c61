// Checks the parsers at scale against a gen_corpus manifest: for every file,
// are the date, cluster, region, forum, item titles and each participant's
// presence what the generator wrote? Prints the share right per field.
// Usage: check_extraction CORPUS_DIR   (reads CORPUS_DIR/manifest.jsonl)
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "corpus/json.h"
#include "corpus/parser.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: check_extraction CORPUS_DIR\n");
    return 2;
  }
  const std::filesystem::path dir = argv[1];
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
    for (const auto& p : want["participants"]) {
      bool found = false, right = false;
      for (const auto& q : got["participants"]) {
        if (q["name"] == p["name"]) {
          found = true;
          right = q["present"] == p["present"];
        }
      }
      count("participants found", found);
      count("participant present/afbud", right);
    }
    if (titles != want["items"].get<std::vector<std::string>>() && shown++ < 3)
      std::fprintf(stderr, "items differ in %s\n", want["file"].get<std::string>().c_str());
  }
  std::printf("%-28s %8s %8s\n", "field", "right", "share");
  for (const auto& [field, rt] : score)
    std::printf("%-28s %8ld %7.2f%%\n", field.c_str(), rt.first, 100.0 * rt.first / std::max(1L, rt.second));
  for (const auto& [field, rt] : score)
    if (rt.first != rt.second) return 1;
  return 0;
}
