// What another layout of the same index would cost on disk, without
// changing the indexer: copies every document of an index (terms, wdf,
// positions, values, data; not the metadata or the spelling table) into a
// new index in the layout asked for, compacts it, and prints each table's
// size. The copies are for measuring only: no searcher reads them.
//
// Layouts:
//   copy               the same documents (the baseline of the others)
//   meeting-positions  item documents without positions; each meeting
//                      document holds its items' positions under the same
//                      words (the items' ranges one after another, 100
//                      apart), as a phrase check over the meeting would read
//   meeting-positions-prefixed
//                      the same under "XW" + word on the meeting document,
//                      which leaves the items' word statistics as they are
//   short-terms        every unprefixed term (words, numbers) renamed to a
//                      short code by document-frequency rank (1 to 3 bytes);
//                      weights, positions and matches are those of the words
//   short-terms-table  short-terms with the table a searcher would need:
//                      metadata "w:" + word = code and "c:" + code = word
//
// Usage: layout_size DB LAYOUT OUT_DIR
//   writes OUT_DIR/raw (removed after) and OUT_DIR/compact; one shard.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <xapian.h>

#include "indexer/schema.h"

namespace {

namespace fs = std::filesystem;

// Unprefixed terms: the text's words and numbers (prefixes are capitals).
bool is_plain(const std::string& term) { return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z'); }

// Codes by rank: a lower-case letter (so a code is still an unprefixed
// term), then base-200 digits from byte 0x30.
std::unordered_map<std::string, std::string> short_codes(const Xapian::Database& db) {
  std::vector<std::pair<Xapian::doccount, std::string>> words;
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t)
    if (is_plain(*t)) words.emplace_back(t.get_termfreq(), *t);
  std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::unordered_map<std::string, std::string> codes;
  for (std::size_t rank = 0; rank < words.size(); ++rank) {
    std::size_t n = rank;
    std::string code(1, static_cast<char>('a' + n % 26));
    for (n /= 26; n > 0; n /= 200) code += static_cast<char>(0x30 + n % 200);
    codes.emplace(words[rank].second, std::move(code));
  }
  return codes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: layout_size DB copy|meeting-positions|meeting-positions-prefixed|short-terms|short-terms-table OUT_DIR\n");
    return 2;
  }
  const std::string layout = argv[2];
  const bool meeting_positions = layout == "meeting-positions" || layout == "meeting-positions-prefixed";
  const std::string moved_prefix = layout == "meeting-positions-prefixed" ? "XW" : "";
  const bool short_terms = layout == "short-terms" || layout == "short-terms-table";
  if (!meeting_positions && !short_terms && layout != "copy") {
    std::fprintf(stderr, "layout_size: unknown layout \"%s\"\n", layout.c_str());
    return 2;
  }
  const fs::path out_dir = argv[3];
  try {
    Xapian::Database in(argv[1]);
    const auto codes = short_terms ? short_codes(in) : std::unordered_map<std::string, std::string>{};
    auto name = [&](const std::string& term) { return short_terms && is_plain(term) ? codes.at(term) : term; };
    const std::string meeting_type = schema::k_type + schema::k_type_meeting;

    // Documents in docid order; an item's positions wait for its meeting's
    // document (found by the meeting id its own id begins with).
    std::vector<Xapian::Document> docs;
    std::map<std::string, std::size_t> meeting_at;
    std::vector<std::pair<std::string, std::vector<std::pair<std::string, Xapian::termpos>>>> moved;
    for (auto p = in.postlist_begin(""); p != in.postlist_end(""); ++p) {
      const Xapian::Document d = in.get_document(*p);
      bool meeting = false;
      std::string id;
      for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t) {
        if (*t == meeting_type) meeting = true;
        if ((*t).rfind(schema::k_id, 0) == 0) id = (*t).substr(schema::k_id.size());
      }
      Xapian::Document copy;
      copy.set_data(d.get_data());
      for (auto v = d.values_begin(); v != d.values_end(); ++v) copy.add_value(v.get_valueno(), *v);
      std::vector<std::pair<std::string, Xapian::termpos>> positions;
      for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t) {
        copy.add_term(name(*t), t.get_wdf());
        for (auto pos = t.positionlist_begin(); pos != t.positionlist_end(); ++pos) {
          if (meeting_positions && !meeting)
            positions.emplace_back(*t, *pos);
          else
            copy.add_posting(name(*t), *pos, 0);
        }
      }
      const std::string mid = meeting ? id : schema::meeting_id_of(id);
      if (meeting) meeting_at[mid] = docs.size();
      if (!positions.empty()) moved.emplace_back(mid, std::move(positions));
      docs.push_back(std::move(copy));
    }
    std::map<std::string, Xapian::termpos> next_range;
    for (const auto& [mid, positions] : moved) {
      const auto at = meeting_at.find(mid);
      if (at == meeting_at.end()) throw std::runtime_error("an item of meeting " + mid + " without its meeting");
      Xapian::termpos& offset = next_range[mid];
      Xapian::termpos last = 0;
      for (const auto& [term, pos] : positions) {
        docs[at->second].add_posting(moved_prefix + name(term), offset + pos, 0);
        last = std::max(last, pos);
      }
      offset += last + 100;
    }

    fs::remove_all(out_dir / "raw");
    fs::remove_all(out_dir / "compact");
    fs::create_directories(out_dir);
    {
      Xapian::WritableDatabase out((out_dir / "raw").string(), Xapian::DB_CREATE);
      for (const auto& d : docs) out.add_document(d);
      if (layout == "short-terms-table")
        for (const auto& [word, code] : codes) {
          out.set_metadata("w:" + word, code);
          out.set_metadata("c:" + code, word);
        }
      out.commit();
    }
    Xapian::Database((out_dir / "raw").string()).compact((out_dir / "compact").string());
    fs::remove_all(out_dir / "raw");
    std::uintmax_t total = 0;
    std::printf("%s:", layout.c_str());
    for (const char* table : {"position", "termlist", "postlist", "docdata"}) {
      const fs::path file = out_dir / "compact" / (std::string(table) + ".glass");
      const std::uintmax_t size = fs::exists(file) ? fs::file_size(file) : 0;
      total += size;
      std::printf(" %s %.2f MiB", table, static_cast<double>(size) / 1048576.0);
    }
    std::printf(", total %.2f MiB (%zu documents, %zu words)\n", static_cast<double>(total) / 1048576.0, docs.size(),
                codes.size());
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "layout_size: %s: %s\n", argv[1], e.get_description().c_str());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "layout_size: %s: %s\n", argv[1], e.what());
    return 1;
  }
  return 0;
}
