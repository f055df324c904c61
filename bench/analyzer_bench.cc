// Analyzer throughput: MB/s of Danish text through each stage of our analysis,
// with Xapian's own TermGenerator (Danish stemmer) as the peer in the same run.
// Not a test. Usage: analyzer_bench [SAMPLE_DIR] [MEGABYTES]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "analyzers/analyzer.h"
#include "analyzers/compounds.h"
#include "formats/text.h"
#include "indexer/schema.h"

namespace {

// Splits the text into chunks of about `bytes`, at line ends (like item sections).
std::vector<std::string> chunks_of(const std::string& text, std::size_t bytes) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + bytes);
    const std::size_t nl = text.find('\n', end);
    end = nl == std::string::npos ? text.size() : nl + 1;
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

double seconds(const std::function<void()>& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : REFERAT_SAMPLE_DIR;
  const double megabytes = argc > 2 ? std::atof(argv[2]) : 20.0;
  std::string sample;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file()) sample += formats::strip_markup(formats::read_text_file(entry.path()));
  std::string text;
  while (text.size() < megabytes * 1e6) text += sample;
  const auto chunks = chunks_of(text, 4096);
  const double mb = static_cast<double>(text.size()) / 1e6;

  analyzers::DanishAnalyzer analyzer(schema::k_text_prefixes);
  std::size_t sink = 0;
  struct Row {
    const char* stage;
    double secs;
  };
  std::vector<Row> rows;
  rows.push_back({"fold_case", seconds([&] {
                    for (const auto& c : chunks) sink += analyzers::fold_case(c).size();
                  })});
  rows.push_back({"tokenize", seconds([&] {
                    for (const auto& c : chunks) sink += analyzers::tokenize(c).size();
                  })});
  rows.push_back({"tokenize+stem", seconds([&] {
                    for (const auto& c : chunks)
                      for (const auto& t : analyzers::tokenize(c)) sink += analyzer.stem(t.word).size();
                  })});
  const analyzers::Lexicon& lexicon = analyzers::Lexicon::danish();
  rows.push_back({"tokenize+stem+split", seconds([&] {
                    for (const auto& c : chunks)
                      for (const auto& t : analyzers::tokenize(c)) {
                        sink += analyzer.stem(t.word).size();
                        sink += analyzers::split_compound(t.word, lexicon).size();
                      }
                  })});
  rows.push_back({"index_text (ours)", seconds([&] {
                    for (const auto& c : chunks) {
                      Xapian::Document doc;
                      Xapian::termpos pos = 0;
                      analyzer.index_text(doc, c, pos);
                      sink += doc.termlist_count();
                    }
                  })});
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("danish"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  const double peer = seconds([&] {
    for (const auto& c : chunks) {
      Xapian::Document doc;
      tg.set_document(doc);
      tg.index_text(c);
      sink += doc.termlist_count();
    }
  });
  rows.push_back({"TermGenerator (peer)", peer});

  std::printf("%.1f MB of Danish minutes text in %zu chunks of ~4 KB\n", mb, chunks.size());
  std::printf("%-22s %10s %14s\n", "stage", "MB/s", "vs peer speed");
  for (const auto& r : rows)
    std::printf("%-22s %10.1f %13.2fx\n", r.stage, mb / r.secs, peer / r.secs);
  return sink == 0;  // keeps the work from being optimised away
}
