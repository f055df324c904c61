// Internal to the indexer: the files of a run on their way to the index. A
// chunk of files is parsed and turned into documents on several threads
// while the previous chunk is written; shards are written by a thread each.
#pragma once

#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/abbreviations.h"
#include "analyzers/analyzer.h"
#include "corpus/meeting.h"

namespace indexer {

// A file read, parsed and turned into documents, ready for the writer.
struct PreparedFile {
  std::string path;
  std::string meeting_id;
  std::string canonical;
  std::string shown;  // shown_source(): what hits show as the meeting's source
  std::string stamp;  // source_stamp(), recorded in metadata
  // What the file's meeting id wrote of the person units when last indexed
  // (schema::k_writings_key), for a changed file; empty if nothing.
  std::string old_writings;
  std::uintmax_t bytes = 0;
  std::optional<corpus::Meeting> meeting;
  std::vector<std::string> facet_values;  // the facet slot of each document
  std::vector<Xapian::Document> docs;
  std::vector<std::string> spelling;  // words for the spelling dictionary ("Mente du")
  analyzers::Vocabulary vocabulary;  // the words' virtual terms (indexer/vocabulary.h)
  analyzers::Abbreviations abbreviations;  // "Long Form (ABBR)" pairs in the text
  std::string error;  // non-empty: rejected with this reason
  std::string parsed_poorly;  // non-empty: "PATH: warning; ..." (Summary::parsed_poorly)
  bool unchanged = false;
};

// The analysis step of a file, given the calling thread's own analyzer.
using PrepareStep = std::function<void(PreparedFile&, const analyzers::DanishAnalyzer&)>;

// One analyzer per thread of parallel_for() (an analyzer is not
// thread-safe), kept for a whole run: each caches the stems, compound
// parts and codes of the words it has seen. With a `coder` (thread-safe:
// the analyzers share it) they write words as codes; without one, as words.
std::deque<analyzers::DanishAnalyzer> make_analyzers(unsigned jobs, const analyzers::WordCoder& coder = nullptr);

// Runs `step` on every file of `files` that is neither unchanged nor
// rejected, on one thread per analyzer of `analyzers` (the caller's among
// them), each given its own analyzer. A std::exception from `step` rejects
// that file (error = its what(), meeting dropped); the others go on.
void parallel_for(std::vector<PreparedFile>& files, std::deque<analyzers::DanishAnalyzer>& analyzers,
                  const PrepareStep& step);

// Runs f(i) for every i in [0, n), each in a thread of its own (f(0) in the
// caller's); once all are done, rethrows the first exception thrown. Inline:
// the compaction (indexer.cc) uses it too, and an out-of-line definition
// here would link the whole pipeline (and with it ICU's data-loading code,
// whose 31 MB icudt72_dat a PIE copies at start: 25 ms) into the searcher.
inline void run_each(std::size_t n, const std::function<void(std::size_t)>& f) {
  if (n == 1) return f(0);
  std::vector<std::future<void>> running;
  for (std::size_t i = 1; i < n; ++i) running.push_back(std::async(std::launch::async, f, i));
  std::exception_ptr failed;
  try {
    if (n > 0) f(0);
  } catch (...) {
    failed = std::current_exception();
  }
  for (auto& r : running) {
    try {
      r.get();
    } catch (...) {
      if (!failed) failed = std::current_exception();
    }
  }
  if (failed) std::rethrow_exception(failed);
}

// After an error elsewhere: lets a running write finish, so nothing uses the
// databases while the error unwinds; its own error, if any, is dropped.
void wait_quietly(std::future<void>& writing);

}  // namespace indexer
