// format_dump: reads files with formats::read_document and prints their
// blocks, one per line ("page kind[level][*bold] text", cells by " | "), or
// with --time only the pages and seconds (the PDF throughput benchmark,
// bench/pdf_bench.sh). A rejected file is one line on stderr.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "formats/document.h"

namespace {

const char* kind_name(formats::BlockKind k) {
  switch (k) {
    case formats::BlockKind::paragraph: return "p";
    case formats::BlockKind::heading: return "h";
    case formats::BlockKind::list_item: return "li";
    case formats::BlockKind::table_row: return "tr";
  }
  return "?";
}

}  // namespace

int main(int argc, char** argv) {
  bool time_only = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--time")
      time_only = true;
    else
      files.push_back(a);
  }
  if (files.empty()) {
    std::cerr << "usage: format_dump [--time] FILE...\n";
    return 2;
  }
  int status = 0;
  long pages = 0;
  std::size_t bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& f : files) {
    try {
      const formats::Document d = formats::read_document(f);
      pages += d.pages;
      for (const auto& b : d.blocks) bytes += b.text.size();
      if (time_only) continue;
      std::cout << "== " << f << " (" << formats::format_name(d.format) << ", " << d.pages
                << " pages, title \"" << d.title << "\")\n";
      for (const auto& w : d.warnings) std::cout << "warning: " << w << '\n';
      for (const auto& b : d.blocks) {
        std::string text = b.text;
        for (auto& c : text)
          if (c == '\t') c = '|';
        std::cout << b.page << ' ' << kind_name(b.kind);
        if (b.level) std::cout << b.level;
        if (b.bold) std::cout << '*';
        std::cout << ' ' << text << '\n';
      }
    } catch (const std::exception& e) {
      std::cerr << f << ": " << e.what() << '\n';
      status = 1;
    }
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (time_only)
    std::printf("files %zu pages %ld text_bytes %zu seconds %.3f pages_per_s %.1f\n", files.size(), pages,
                bytes, s, s > 0 ? static_cast<double>(pages) / s : 0.0);
  return status;
}
