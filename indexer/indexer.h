// Turns minutes files into Xapian documents: one per agenda item and one per
// meeting (header and attendance). See docs/SCHEMA.md for the terms and values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "corpus/meeting.h"
#include "indexer/facets.h"
#include "indexer/persons.h"
#include "indexer/store.h"
#include "indexer/word_codes.h"

namespace indexer {

struct PreparedFile;  // indexer/pipeline.h

// Another process holds the index's write lock.
class IndexLocked : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The database cannot be opened, read or written (corrupt, permissions,
// disk full, another schema version). The searcher throws it too.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class Rebuild { no, yes };

// A request the index cannot honour as given (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Options {
  std::string db_path;                // index directory; created if missing
  unsigned jobs = 0;                  // parser threads; 0 means one per core
  // yes: build a new index beside the old one and swap it in atomically when
  // complete; searches see the old index until then.
  Rebuild rebuild = Rebuild::no;
  // Number of shards for a new (or rebuilt) index; 0 keeps an existing
  // index's count (1 for a new one). A different count needs Rebuild::yes.
  unsigned shards = 0;
  // If set, files for which it returns true are left as the index has them
  // (neither read nor removed) in this run: a file still being written.
  // Called with each path as collect_files() gives it, from the thread that
  // calls Indexer::index().
  std::function<bool(const std::string& path)> defer = nullptr;
  // Writer threads per shard for a new (or rebuilt) index: each shard is
  // written as this many parts in parallel, merged into one by the final
  // compaction. 0: two per parser thread (2 x jobs / shards, at least 1). An
  // index that is updated in place has one writer per shard.
  unsigned writers = 0;
};

// Files per transaction (about 1,100 documents). Xapian's inverter keeps a
// map of pending postings per term whose inserts slow down as a transaction
// grows, while each commit rewrites the tail of every touched postlist, which
// costs more as the index grows. Measured with --jobs 2 (index time / peak
// memory): 20k items: 25 files 14.1 s, 100 16.5 s, 500 19.5 s, 1500 25.7 s;
// 100k items: 25 files 98 s / 203 MB, 100 86 s / 187 MB, 500 104 s / 322 MB.
inline constexpr std::size_t k_files_per_commit = 100;

// What a run did; printed as the final summary line.
struct Summary {
  std::size_t files = 0;     // files indexed (new or changed)
  std::size_t items = 0;     // item documents written
  std::size_t skipped = 0;   // files unchanged since the last run
  std::size_t removed = 0;   // files gone from an indexed directory, now removed
  std::size_t rejected = 0;  // files that could not be read or parsed
  // Files indexed although the recogniser found no date or no agenda items
  // (corpus::parsed_poorly), each "PATH: warning; warning", in order.
  std::vector<std::string> parsed_poorly;
  double seconds = 0;
};

// The minutes files under `paths` (files as given, directories recursively,
// sorted); a path that does not exist is reported to `errors` and counted.
// A directory walk takes .txt, .md, .text, .pdf, .docx, .html, .htm, .xhtml,
// .doc and .rtf (any case; the reader then goes by content) and leaves other
// files with one note line per directory on `errors` ("DIR: note: skipped 2
// files not in a minutes format (.png, .xlsx)"), not counted as missing.
std::vector<std::string> collect_files(const std::vector<std::string>& paths,
                                       std::ostream& errors, std::size_t& missing);

// How far a run has come; passed to the progress callback after each batch.
struct Progress {
  std::size_t files_done = 0;   // read (indexed, skipped or rejected)
  std::size_t files_total = 0;
  std::uintmax_t bytes_done = 0;
  double seconds = 0;
};

class Indexer {
 public:
  // Opens (or creates) the index. Throws IndexLocked when another writer
  // holds it, DatabaseError when it cannot be opened.
  explicit Indexer(Options options);

  // Indexes the files under `paths`, and records each directory of `paths`
  // and each file given by itself as a root (schema::k_root_key). Files
  // indexed before from under a directory in `paths` that no longer exist
  // there are removed. Files unchanged since the last run (same
  // size and modification time) are skipped; a changed file replaces all its
  // old documents. A file that cannot be read or parsed is reported to
  // `errors` as one line "PATH: reason" and the run goes on. Work is committed
  // in transactions of a bounded size, so a killed run leaves the last
  // committed state. A new index or a rebuild ends compacted (Xapian's
  // compaction into the next generation). Throws DatabaseError if the
  // database fails. `progress`, if set, is called after each batch of files
  // is written (from the writer thread).
  Summary index(const std::vector<std::string>& paths, std::ostream& errors,
                const std::function<void(const Progress&)>& progress = {});

  // Number of shards the index has (a new index's parts, merged by its
  // final compaction, count as one shard).
  std::size_t shard_count() const { return fresh_ ? shards_.size() / parts_ : shards_.size(); }

 private:
  // Trains the stored-data dictionary on the parsed meetings of `prepared`
  // and records it in every shard (once per index).
  void train_dictionary(const std::vector<PreparedFile>& prepared);
  std::size_t shard_index(const std::string& meeting_id) const;
  // Writes new people, facet codes and word codes to the first shard's
  // metadata, and a new revision of the index (only while no write is
  // running).
  void save_registries();
  // Takes back from the person registry what the file of `meeting_id`
  // wrote when last indexed: `stored` (schema::k_writings_key), or what
  // this run counted for it if it has not saved that yet.
  void forget_writings(const std::string& meeting_id, const std::string& stored);
  // After the run's last write: forms the people from all units and writes
  // the snapshots (indexer/snapshot.h) of the current revision.
  void save_snapshots();
  // Commits every shard's transaction, in parallel, and begins the next
  // unless `last`; the first shard's first when it holds new word codes,
  // so that no committed document has a code the committed table lacks (a
  // kill between two shards' commits).
  void commit_all(bool last = false);
  // Files [begin, begin + chunk) with their ids and skip stamps, found on
  // disk (no database read: it may run while the writer writes).
  std::vector<PreparedFile> locate_chunk(const std::vector<std::string>& files, std::size_t begin,
                                         std::size_t chunk);
  // Marks the files of `files` whose skip stamp the index holds as
  // unchanged (only while no write is running).
  void look_up_stamps(std::span<PreparedFile> files);
  // Sets each file's old_writings (what its meeting id wrote of the person
  // units when last indexed) from the first shard, for the files to be read.
  void look_up_writings(std::span<PreparedFile> files);
  std::vector<std::string> roots_;              // canonical_roots() of the paths given to index()
  std::vector<std::string> given_roots_;        // the same folders as given (absolute, not resolved)
  std::map<std::string, std::string> id_owner_;  // id source -> canonical path, this run
  // After a new generation is complete: compacts it into the next one,
  // points the stub there and drops the uncompacted and the old generation.
  void swap_in_compacted();

  Options options_;
  // An index is a directory holding a Xapian stub file (XAPIANDB) that lists
  // its shards, kept in a generation directory ("gen-3/shard-0", ...).
  // A rebuild writes a new generation and swaps the stub in with rename().
  std::string generation_;         // directory of the shards being written
  std::string old_generation_;     // rebuild: the generation to drop when done
  bool fresh_ = false;             // writing a new generation (new index or rebuild)
  // A new generation is written as shards x parts_ databases, file f in
  // number id(f) % (shards x parts_), and each shard s merged at the end
  // from the databases s, s + shards, ... (the same files as id % shards).
  // Until then the stub names every part (and the generation's PARTS file
  // the number of shards), so a killed run leaves a consistent index that
  // the next run goes on writing in its parts and then merges.
  std::size_t parts_ = 1;
  // flock on DIR/.lock for the Indexer's lifetime; released even when the
  // constructor throws.
  class Lock {
   public:
    Lock() = default;
    explicit Lock(int fd) : fd_(fd) {}
    Lock(Lock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    Lock& operator=(Lock&& other) noexcept {
      std::swap(fd_, other.fd_);
      return *this;
    }
    ~Lock();

   private:
    int fd_ = -1;
  };
  Lock lock_;
  std::vector<Xapian::WritableDatabase> shards_;
  PersonRegistry persons_;  // kept in shard 0's metadata
  // Each file's writings of person units (resolve_people()) since
  // save_registries() last wrote them to shard 0, by meeting id; empty:
  // none (the file's record is removed).
  std::map<std::string, Writings> writings_;
  FacetCodes facets_;       // kept in shard 0's metadata
  // Word codes (schema version 9), kept in shard 0's metadata; the parsing
  // threads' analyzers ask it for the codes of new words.
  WordCodes codes_;
  // save_registries() wrote new codes that are not committed yet: the next
  // commit commits shard 0 (the table) before the other shards (their
  // documents may use the codes).
  bool codes_uncommitted_ = false;
  store::Codec codec_;      // stored-data compression, dictionary in metadata
  std::string revision_;    // the index's revision (indexer/snapshot.h), as last written
};

// Reads the shard paths (absolute) listed in the stub file DIR/XAPIANDB;
// empty if there is none.
std::vector<std::string> read_stub(const std::string& db_dir);

}  // namespace indexer
