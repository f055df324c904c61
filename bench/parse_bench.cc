// Parse throughput: MB/s per core of decoded minutes text through the whole
// recogniser (text to blocks to a Meeting), with decoding alone as the peer
// in the same run. Not a test. Usage: parse_bench [DIR...] [--mb N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "corpus/parser.h"
#include "formats/text.h"

int main(int argc, char** argv) {
  std::vector<std::string> dirs;
  double megabytes = 20;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--mb" && i + 1 < argc) megabytes = std::atof(argv[++i]);
    else dirs.push_back(a);
  }
  if (dirs.empty()) dirs.push_back(REFERAT_SAMPLE_DIR);
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (const auto& dir : dirs) {
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
      texts.push_back(formats::read_text_file(e.path()));
      bytes += texts.back().size();
    }
  }
  if (bytes == 0) {
    std::fprintf(stderr, "parse_bench: no .txt files\n");
    return 2;
  }
  const auto rounds = static_cast<std::size_t>(megabytes * 1e6 / static_cast<double>(bytes)) + 1;
  auto run = [&](auto&& f) {
    const auto t0 = std::chrono::steady_clock::now();
    std::size_t sink = 0;
    for (std::size_t r = 0; r < rounds; ++r)
      for (const auto& t : texts) sink += f(t);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (sink == 42) std::puts("");
    return static_cast<double>(bytes * rounds) / 1e6 / s;
  };
  const double decode = run([](const std::string& t) { return formats::decode_text(t).size(); });
  const double parse = run([](const std::string& t) { return corpus::parse_meeting(t, "x").items.size(); });
  std::printf("files %zu, %.1f MB a round, %zu rounds\n", texts.size(), bytes / 1e6, rounds);
  std::printf("decode only      %8.1f MB/s\n", decode);
  std::printf("parse (recognise)%8.1f MB/s  (%.2fx decode)\n", parse, parse / decode);
  return 0;
}
