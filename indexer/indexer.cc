#include "indexer/indexer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "corpus/json.h"
#include "indexer/pipeline.h"
#include "indexer/schema.h"
#include "indexer/snapshot.h"
#include "indexer/store.h"

namespace fs = std::filesystem;

namespace indexer {
namespace {

constexpr const char* k_stub = "XAPIANDB";
// In a generation written in parts: the number of shards they merge into.
constexpr const char* k_parts_marker = "PARTS";

}  // namespace

std::vector<std::string> read_stub(const std::string& db_dir) {
  std::vector<std::string> shards;
  std::ifstream in(fs::path(db_dir) / k_stub);
  std::string backend, path;
  while (in >> backend >> path) shards.push_back((fs::path(db_dir) / path).string());
  return shards;
}

namespace {

// Writes the stub listing `shards` (relative to `dir`) and renames it into
// place, so a reader opening the index sees either the old or the new list.
void write_stub(const fs::path& dir, const std::vector<std::string>& shards) {
  const fs::path tmp = dir / (std::string(k_stub) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::trunc);
    for (const auto& s : shards) out << "auto " << fs::relative(s, dir).string() << '\n';
    out.flush();
    if (!out) throw DatabaseError("cannot write " + tmp.string());
  }
  int fd = ::open(tmp.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  fs::rename(tmp, dir / k_stub);
}

// The first "gen-N" name not used in `dir`.
std::string next_generation(const fs::path& dir) {
  for (unsigned n = 1;; ++n) {
    std::string name = "gen-" + std::to_string(n);
    if (!fs::exists(dir / name)) return name;
  }
}

}  // namespace

Indexer::Indexer(Options options) : options_(std::move(options)) {
  const fs::path dir = options_.db_path;
  try {
    fs::create_directories(dir);
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError("cannot create index " + options_.db_path + ": " + e.code().message());
  }
  // One lock for the whole index (all shards, rebuilds included).
  const int fd = ::open((dir / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    throw DatabaseError("cannot open index " + options_.db_path + ": " + std::strerror(errno));
  lock_ = Lock(fd);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0)
    throw IndexLocked("index is locked by another indexer: " + options_.db_path);
  if (options_.jobs == 0) options_.jobs = std::max(1U, std::thread::hardware_concurrency());

  std::vector<std::string> paths = read_stub(options_.db_path);
  const std::string current = paths.empty() ? std::string() : fs::path(paths.front()).parent_path().string();
  // A new index stopped before its final compaction: the stub lists its
  // parts, and its generation says how many shards they make.
  std::size_t unfinished_parts = 0;
  if (!paths.empty()) {
    std::ifstream marker(fs::path(current) / k_parts_marker);
    std::size_t shards_of_parts = 0;
    if (marker >> shards_of_parts && shards_of_parts > 0 && paths.size() % shards_of_parts == 0)
      unfinished_parts = paths.size() / shards_of_parts;
  }
  const std::size_t existing_shards = unfinished_parts ? paths.size() / unfinished_parts : paths.size();
  const bool fresh = paths.empty() || options_.rebuild == Rebuild::yes;
  if (!paths.empty() && !fresh && options_.shards != 0 && options_.shards != existing_shards) {
    throw UsageError("index " + options_.db_path + " has " + std::to_string(existing_shards) +
                     " shards, not " + std::to_string(options_.shards) + ": use --rebuild to change");
  }
  // Drop generations a killed run left behind (not named by the stub).
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("gen-", 0) == 0 && entry.path().string() != current) fs::remove_all(entry.path());
  }
  fresh_ = fresh;
  if (fresh) {
    old_generation_ = current;
    generation_ = (dir / next_generation(dir)).string();
    // A rebuild without --shards keeps the index's shard count.
    const auto n = options_.shards != 0 ? options_.shards : std::max<std::size_t>(1, existing_shards);
    // Parts written in parallel, merged by the final compaction: two per
    // parser thread by default. Smaller parts mean shallower B-trees and
    // cheaper commits (5,000 items, --jobs 2, CPU s: 1 part 7.2, 2 parts
    // 6.4, 4 parts 5.8-5.9, 8 parts 6.0).
    parts_ = options_.writers != 0 ? options_.writers : std::max<std::size_t>(1, 2 * options_.jobs / n);
    paths.clear();
    for (std::size_t i = 0; i < n * parts_; ++i)
      paths.push_back((fs::path(generation_) / ("shard-" + std::to_string(i))).string());
  } else {
    generation_ = current;
    // An unfinished new index goes on as one: written in its parts, which
    // the compaction at the end of this run merges.
    if (unfinished_parts) {
      fresh_ = true;
      parts_ = unfinished_parts;
    }
  }
  try {
    fs::create_directories(generation_);
    if (fresh && parts_ > 1) {
      std::ofstream marker(fs::path(generation_) / k_parts_marker, std::ios::trunc);
      marker << paths.size() / parts_ << '\n';
      if (!marker.flush()) throw DatabaseError("cannot write " + generation_ + "/" + k_parts_marker);
    }
    // A new generation is not synced at each commit: until it is complete,
    // compacted (which syncs its output) and named by the stub, a crash
    // loses nothing a reader relies on, and a killed run still leaves its
    // last commit (the page cache keeps what was written).
    const int flags = Xapian::DB_CREATE_OR_OPEN | (fresh_ ? Xapian::DB_NO_SYNC : 0);
    for (const auto& p : paths) shards_.emplace_back(p, flags);
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexLocked("index is locked by another indexer: " + options_.db_path);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot open index " + options_.db_path + ": " + e.get_description());
  }
  // An index written with another schema cannot be updated in place. One
  // with no documents yet (new, or killed before its first commit) is new.
  std::string version = shards_.front().get_metadata(schema::k_schema_version_key);
  Xapian::doccount documents = 0;
  for (const auto& shard : shards_) documents += shard.get_doccount();
  if (version.empty() && documents == 0) {
    version = schema::k_schema_version;
    shards_.front().set_metadata(schema::k_schema_version_key, version);
    // Begun by this indexer: every boilerplate item will have its term.
    for (auto& shard : shards_) shard.set_metadata(schema::k_boilerplate_terms_key, "1");
  }
  if (version != schema::k_schema_version)
    throw UsageError("index " + options_.db_path + " was written with schema version " +
                     (version.empty() ? "1" : version) + ", this indexer writes version " +
                     schema::k_schema_version + ": run indexer --rebuild");
  persons_.load(shards_.front());
  facets_.load(shards_.front());
  // An update run goes on with the index's codes; a new index or a rebuild
  // (empty shards) starts a new table.
  try {
    codes_.load(shards_.front());
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot read the word codes of index " + options_.db_path + ": " + e.get_description());
  } catch (const std::runtime_error& e) {
    throw DatabaseError("index " + options_.db_path + ": " + e.what() + ": run indexer --rebuild");
  }
  revision_ = index_revision(shards_.front());
  codec_ = store::Codec(shards_.front().get_metadata(schema::k_dictionary_key));
  // A new index becomes visible at once (empty); a rebuild only when complete.
  if (fresh && old_generation_.empty()) write_stub(dir, paths);
}

void Indexer::swap_in_compacted() {
  // A bulk build ends as Xapian advises, with a compaction: full B-tree
  // blocks make the index about 40% smaller (and searches read fewer
  // blocks), for about 4% more index time. Docids are kept as they are.
  // Parts of one shard are merged by it; their docids are renumbered, each
  // part's after the previous one's (nothing refers to a docid).
  const fs::path dir = options_.db_path;
  const fs::path compacted = dir / next_generation(dir);
  const std::size_t written = shards_.size();
  const std::size_t n = written / parts_;
  std::vector<std::string> shard_paths;
  for (std::size_t i = 0; i < n; ++i) shard_paths.push_back((compacted / ("shard-" + std::to_string(i))).string());
  try {
    for (auto& shard : shards_) shard.close();
    shards_.clear();
    fs::create_directories(compacted);
    // Xapian compacts on one thread: the shards are compacted side by side,
    // one thread each.
    run_each(n, [&](std::size_t i) {
      Xapian::Database parts;
      for (std::size_t k = i; k < written; k += n)
        parts.add_database(Xapian::Database((fs::path(generation_) / ("shard-" + std::to_string(k))).string()));
      parts.compact(shard_paths[i], parts_ == 1 ? Xapian::DBCOMPACT_NO_RENUMBER : 0);
    });
  } catch (const Xapian::Error& e) {
    throw DatabaseError("compacting index " + options_.db_path + ": " + e.get_description());
  }
  // The stub names the compacted shards: readers switch at their next request.
  write_stub(dir, shard_paths);
  std::error_code ec;
  fs::remove_all(generation_, ec);
  if (!old_generation_.empty()) fs::remove_all(old_generation_, ec);
  old_generation_.clear();
  generation_ = compacted.string();
  fresh_ = false;
  parts_ = 1;
  try {
    for (const auto& p : shard_paths) shards_.emplace_back(p, Xapian::DB_OPEN);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot open index " + options_.db_path + ": " + e.get_description());
  }
}

Indexer::Lock::~Lock() {
  if (fd_ >= 0) ::close(fd_);
}

std::size_t Indexer::shard_index(const std::string& meeting_id) const {
  // All documents of one file live in one shard, so deleting by meeting id
  // and the skip stamp stay local to that shard.
  return std::stoull(meeting_id, nullptr, 16) % shards_.size();
}

void Indexer::forget_writings(const std::string& meeting_id, const std::string& stored) {
  // Written again in this run and not saved yet: those are the ones counted.
  auto pending = writings_.find(meeting_id);
  if (pending != writings_.end()) {
    persons_.forget(pending->second);
  } else if (!stored.empty()) {
    // Packed like stored data (names repeat the corpus's: the dictionary
    // halves them); a record it cannot read is passed over.
    try {
      persons_.forget(read_writings(codec_.unpack_text(stored)));
    } catch (const std::runtime_error&) {
    }
  }
  writings_[meeting_id] = {};
}

void Indexer::save_registries() {
  persons_.save(shards_.front());
  for (const auto& [meeting_id, writings] : writings_) {
    const std::string text = writings_text(writings);
    shards_.front().set_metadata(schema::k_writings_key + meeting_id, text.empty() ? text : codec_.pack_text(text));
  }
  writings_.clear();
  facets_.save(shards_.front());
  if (codes_.save(shards_.front()) > 0) codes_uncommitted_ = true;
  // Every transaction writes at least once after this call, so a snapshot
  // of an earlier revision is stale from here until save_snapshots().
  revision_ = next_revision(shards_.front(), revision_);
}

void Indexer::save_snapshots() {
  persons_.group();
  persons_.save_people(shards_.front(), revision_);
  // Every shard (or part) with its uncommitted documents.
  Xapian::Database all;
  for (const auto& shard : shards_) all.add_database(shard);
  save_cluster_regions(shards_.front(), revision_, cluster_regions(all, facets_));
}

void Indexer::train_dictionary(const std::vector<PreparedFile>& prepared) {
  // Samples shaped like the stored data: each item's JSON. Too few samples
  // (a small first batch) leave the data undictionaried until a later run.
  std::vector<std::string> samples;
  for (const PreparedFile& p : prepared) {
    if (!p.meeting) continue;
    // Written directly (corpus::append_json), as dump() of to_json()'s tree wrote them.
    for (const auto& item : p.meeting->items) {
      std::string text;
      corpus::append_json(text, item);
      samples.push_back(std::move(text));
    }
    std::string whole;
    corpus::append_json(whole, *p.meeting);
    samples.push_back(std::move(whole));
  }
  std::string dictionary = store::Codec::train(samples);
  if (dictionary.empty()) return;
  for (auto& shard : shards_) shard.set_metadata(schema::k_dictionary_key, dictionary);
  codec_ = store::Codec(std::move(dictionary));
}

}  // namespace indexer
