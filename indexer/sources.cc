#include "indexer/sources.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <ostream>
#include <set>
#include <string_view>

#include "indexer/indexer.h"
#include "indexer/schema.h"

namespace fs = std::filesystem;

namespace indexer {
namespace {

// Extensions (lower case) a directory walk takes: the formats read
// (formats::read_document decides by content, not by name), and legacy .doc
// and .rtf, so that they are refused by name rather than passed over.
constexpr std::string_view k_walk_extensions[] = {".txt", ".md",   ".text", ".pdf", ".docx",
                                                   ".html", ".htm", ".xhtml", ".doc", ".rtf"};

bool walk_takes(const fs::path& file) {
  std::string ext = file.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(std::begin(k_walk_extensions), std::end(k_walk_extensions), ext) !=
         std::end(k_walk_extensions);
}

}  // namespace

std::vector<std::string> collect_files(const std::vector<std::string>& paths,
                                       std::ostream& errors, std::size_t& missing) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      std::map<std::string, std::size_t> skipped;  // extension -> files
      for (auto it = fs::recursive_directory_iterator(
               path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec) || it->path().filename().string().front() == '.') continue;
        if (walk_takes(it->path()))
          found.push_back(it->path().string());
        else
          ++skipped[it->path().extension().empty() ? "no extension" : it->path().extension().string()];
      }
      if (!skipped.empty()) {
        // A note, not an error: a folder of downloads holds spreadsheets and
        // images too. Files named on the command line are always read.
        std::size_t n = 0;
        std::string kinds;
        for (const auto& [ext, count] : skipped) {
          n += count;
          kinds += (kinds.empty() ? "" : ", ") + ext;
        }
        errors << path << ": note: skipped " << n << (n == 1 ? " file" : " files")
               << " not in a minutes format (" << kinds << ")\n";
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, ec)) {
      files.push_back(path);
    } else {
      errors << path << ": no such file or directory\n";
      ++missing;
    }
  }
  return files;
}

std::vector<std::string> canonical_roots(const std::vector<std::string>& paths) {
  std::vector<std::string> roots;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) continue;
    std::string root = fs::weakly_canonical(fs::absolute(path), ec).string();
    if (root.empty()) continue;
    if (root.back() != '/') root += '/';
    roots.push_back(root);
  }
  return roots;
}

std::vector<std::string> served_roots(const std::vector<std::string>& paths) {
  std::vector<std::string> roots = canonical_roots(paths);
  for (const auto& path : paths) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) continue;
    std::string file = fs::weakly_canonical(fs::absolute(path), ec).string();
    if (!ec && !file.empty()) roots.push_back(std::move(file));
  }
  return roots;
}

std::string id_source(const std::string& canonical, const std::vector<std::string>& roots,
                      std::map<std::string, std::string>& owners) {
  std::string key;
  for (const auto& root : roots) {
    if (canonical.rfind(root, 0) != 0) continue;
    // "/data/sample/" + "000.txt" -> "sample/000.txt".
    const std::string name = fs::path(root.substr(0, root.size() - 1)).filename().string();
    key = name + "/" + canonical.substr(root.size());
    break;
  }
  if (key.empty()) key = fs::path(canonical).filename().string();
  auto [owner, added] = owners.try_emplace(key, canonical);
  if (!added && owner->second != canonical) return canonical;  // two roots share a name
  return key;
}

std::vector<std::string> given_roots(const std::vector<std::string>& paths) {
  std::vector<std::string> roots;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) continue;
    std::string root = fs::absolute(path).lexically_normal().string();
    if (root.empty()) continue;
    if (root.back() != '/') root += '/';
    roots.push_back(std::move(root));
  }
  return roots;
}

std::string shown_source(const std::string& path, const std::vector<std::string>& given_roots) {
  const std::string walked = fs::absolute(path).lexically_normal().string();
  for (const auto& root : given_roots) {
    if (walked.rfind(root, 0) != 0) continue;
    return fs::path(root.substr(0, root.size() - 1)).filename().string() + "/" + walked.substr(root.size());
  }
  return fs::path(walked).filename().string();
}

std::string file_stamp(std::uintmax_t size, const fs::path& path) {
  return std::to_string(size) + ":" + std::to_string(fs::last_write_time(path).time_since_epoch().count());
}

std::string source_stamp(const std::string& size_mtime, const std::string& meeting_id,
                         const std::string& canonical) {
  return size_mtime + "\t" + meeting_id + "\t" + canonical;
}

void delete_file(Xapian::WritableDatabase& shard, const std::string& meeting_id) {
  shard.delete_document(schema::k_meeting + meeting_id);
  // The items' ids: a meeting id holds no '-', so this prefix names this
  // meeting's items only. A writable database's term list sees the run's
  // uncommitted documents too.
  const std::string items = schema::k_id + meeting_id + "-";
  std::vector<std::string> ids;
  for (auto t = shard.allterms_begin(items); t != shard.allterms_end(items); ++t) ids.push_back(*t);
  for (const std::string& id : ids) shard.delete_document(id);
}

std::size_t remove_vanished(std::vector<Xapian::WritableDatabase>& shards,
                            const std::vector<std::string>& paths,
                            const std::vector<std::string>& files,
                            std::vector<std::string>* removed_ids) {
  const std::vector<std::string> dirs = canonical_roots(paths);
  if (dirs.empty()) return 0;
  std::set<std::string> present;
  for (const auto& f : files) {
    std::error_code ec;
    present.insert(fs::weakly_canonical(fs::absolute(f), ec).string());
  }
  std::size_t removed = 0;
  for (auto& shard : shards) {
    std::vector<std::pair<std::string, std::string>> gone;  // key, meeting id
    for (auto k = shard.metadata_keys_begin(schema::k_source_key); k != shard.metadata_keys_end(schema::k_source_key); ++k) {
      const std::string value = shard.get_metadata(*k);
      const std::size_t tab1 = value.find('\t'), tab2 = value.find('\t', tab1 + 1);
      if (tab1 == std::string::npos || tab2 == std::string::npos) continue;
      const std::string mid = value.substr(tab1 + 1, tab2 - tab1 - 1);
      const std::string path = value.substr(tab2 + 1);
      for (const auto& d : dirs) {
        if (path.rfind(d, 0) == 0 && !present.count(path)) {
          gone.emplace_back(*k, mid);
          break;
        }
      }
    }
    for (const auto& [key, mid] : gone) {
      delete_file(shard, mid);
      shard.set_metadata(key, {});
      if (removed_ids) removed_ids->push_back(mid);
      ++removed;
    }
  }
  return removed;
}

}  // namespace indexer
