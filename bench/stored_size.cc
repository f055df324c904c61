// The stored document data of an index (the meeting documents' JSON lines,
// store::StoredMeeting), measured three ways: the JSON as text, zstd
// without a dictionary (Codec with none), and zstd with the dictionary
// trained on the corpus (what the index stores). Also prints the
// index's size per Xapian table.
// Usage: stored_size DB_DIR
#include <cstdio>
#include <filesystem>
#include <map>

#include <xapian.h>

#include "indexer/indexer.h"
#include "indexer/schema.h"
#include "indexer/store.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: stored_size DB_DIR\n");
    return 2;
  }
  const std::vector<std::string> shards = indexer::read_stub(argv[1]);
  if (shards.empty()) {
    std::fprintf(stderr, "stored_size: %s: not an index (no XAPIANDB stub)\n", argv[1]);
    return 2;
  }
  double json = 0, plain = 0, trained = 0;
  std::map<std::string, double> tables;
  for (const auto& path : shards) {
    Xapian::Database db(path);
    const store::Codec with(db.get_metadata(schema::k_dictionary_key));
    const store::Codec without;
    for (Xapian::docid did = 1; did <= db.get_lastdocid(); ++did) {
      std::string data;
      try {
        data = schema::stored_data(db.get_document(did));
      } catch (const Xapian::DocNotFoundError&) {
        continue;
      }
      if (data.empty()) continue;  // an item: its data is in its meeting's document
      // A meeting document: the file's JSON lines (store::StoredMeeting).
      const std::string text = with.unpack_text(data);
      std::vector<nlohmann::json> lines;
      for (std::size_t start = 0, end; start < text.size(); start = end + 1) {
        end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.push_back(nlohmann::json::parse(text.substr(start, end - start)));
      }
      trained += static_cast<double>(data.size());
      json += static_cast<double>(text.size());
      plain += static_cast<double>(without.pack_lines(lines).size());
    }
    for (const auto& f : fs::directory_iterator(path))
      if (f.path().extension() == ".glass") tables[f.path().stem().string()] += static_cast<double>(f.file_size());
  }
  const double mb = 1024.0 * 1024.0;
  std::printf("stored data: JSON %.1f MB, zstd %.1f MB (%.2fx), zstd with trained dictionary %.1f MB (%.2fx)\n",
              json / mb, plain / mb, json / plain, trained / mb, json / trained);
  std::printf("tables:");
  for (const auto& [name, bytes] : tables) std::printf(" %s %.1f MB", name.c_str(), bytes / mb);
  std::printf("\n");
}
