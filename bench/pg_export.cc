// Writes the items of minutes files as PostgreSQL COPY text rows
// (id, cluster, region, forum, date, body), using our parser, so that
// PostgreSQL's full-text search indexes the same units we do.
// Usage: pg_export DIR > items.tsv
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include "corpus/parser.h"

namespace {
std::string copy_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out;
}
std::string opt(const std::optional<std::string>& v) { return v ? copy_escape(*v) : "\\N"; }
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  long id = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    const corpus::Meeting m = corpus::parse_file(e.path().string());
    for (const auto& item : m.items) {
      std::string body = item.title;
      for (const auto& s : item.sections) body += "\n" + s.text;
      std::cout << ++id << '\t' << opt(m.cluster) << '\t' << opt(m.region) << '\t' << opt(m.forum) << '\t'
                << opt(m.date) << '\t' << copy_escape(body) << '\n';
    }
  }
  return 0;
}
