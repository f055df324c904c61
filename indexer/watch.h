// Follows folders of minutes with inotify and keeps an index up to date.
#pragma once

#include <chrono>
#include <iosfwd>
#include <string>
#include <vector>

#include "indexer/indexer.h"

namespace indexer {

struct WatchOptions {
  // The index to keep. `rebuild` applies to the first pass only; `defer` is
  // set by watch() and must be empty.
  Options index;
  std::vector<std::string> folders;  // followed recursively
  // How long a file must be left alone after it is closed (or moved in)
  // before it is read: a copy that writes in parts is read once, complete.
  std::chrono::milliseconds settle{1000};
};

// Indexes `folders` once, then follows them until SIGTERM or SIGINT arrives
// and returns. A file written and closed, or moved in, is indexed once no
// write has touched it for `settle`; a file still open for writing is not
// read (one created without being opened, by link() or symlink(), is read
// after a minute without events); a file deleted or moved out is removed
// from the index. Each pass is an ordinary Indexer::index() run over the
// folders, so ids, skip stamps and removals are those of `indexer --db DB
// FOLDER...`; files without news are not read again. The index's write lock
// is held only during a pass: while another indexer holds it, the pass is
// retried every few seconds. A signal during a pass ends it at its next
// batch, leaving the last committed state.
// Blocks SIGTERM and SIGINT in the calling thread while it runs (call it
// before starting other threads). Writes one summary line per pass that
// changed something to `log`; a file that cannot be read is reported to
// `errors` as one line "PATH: reason" and the watch goes on. Throws
// UsageError if a folder is not a directory or inotify cannot be used, and
// what Indexer throws for an unusable index (UsageError, DatabaseError).
void watch(const WatchOptions& options, std::ostream& log, std::ostream& errors);

}  // namespace indexer
