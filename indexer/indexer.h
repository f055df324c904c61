// Turns minutes files into Xapian documents: one per agenda item and one per
// meeting (header and attendance). See docs/SCHEMA.md for the terms and values.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "corpus/meeting.h"

namespace indexer {

// Another process holds the index's write lock.
class IndexLocked : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The database cannot be opened or written (corrupt, permissions, disk full).
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class Rebuild { no, yes };

struct Options {
  std::string db_path;                // index directory; created if missing
  unsigned jobs = 0;                  // parser threads; 0 means one per core
  Rebuild rebuild = Rebuild::no;      // yes: start from an empty index
};

// What a run did; printed as the final summary line.
struct Summary {
  std::size_t files = 0;     // files indexed (new or changed)
  std::size_t items = 0;     // item documents written
  std::size_t skipped = 0;   // files unchanged since the last run
  std::size_t rejected = 0;  // files that could not be read or parsed
  double seconds = 0;
};

// The documents for `meeting`: the meeting document first, then one per item
// in order. `canonical_source` is the absolute path the ids derive from.
std::vector<Xapian::Document> make_documents(const corpus::Meeting& meeting,
                                             const std::string& canonical_source,
                                             const analyzers::DanishAnalyzer& analyzer);

// The minutes files under `paths` (files as given, directories recursively,
// sorted); a path that does not exist is reported to `errors` and counted.
std::vector<std::string> collect_files(const std::vector<std::string>& paths,
                                       std::ostream& errors, std::size_t& missing);

class Indexer {
 public:
  // Opens (or creates) the index. Throws IndexLocked when another writer
  // holds it, DatabaseError when it cannot be opened.
  explicit Indexer(Options options);

  // Indexes the files under `paths`. Files unchanged since the last run (same
  // size and modification time) are skipped; a changed file replaces all its
  // old documents. A file that cannot be read or parsed is reported to
  // `errors` as one line "PATH: reason" and the run goes on. Work is committed
  // in transactions of a bounded size, so a killed run leaves the last
  // committed state. Throws DatabaseError if the database fails.
  Summary index(const std::vector<std::string>& paths, std::ostream& errors);

 private:
  Options options_;
  Xapian::WritableDatabase db_;
};

}  // namespace indexer
