// Internal to the indexer: which files a run reads (the directory walk), what
// each file's id derives from, the stamps that let unchanged files be
// skipped, and the removal of files gone from an indexed directory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

namespace indexer {

// The directories among `paths`, canonical and '/'-ended; files and missing
// paths are left out.
std::vector<std::string> canonical_roots(const std::vector<std::string>& paths);

// What the index records as its roots (schema::k_root_key): canonical_roots()
// and the files among `paths` given by themselves, canonical.
std::vector<std::string> served_roots(const std::vector<std::string>& paths);

// What a file's id derives from (schema::id_source()): "ROOT/relative/path"
// for a file under one of `roots` (canonical_roots(); ROOT the directory's
// last name), the file's name for a file given itself. `owners` (id source ->
// canonical path, kept for one run) makes the key unique: another file of the
// run with the same key keeps it, and this one falls back to its canonical
// path.
std::string id_source(const std::string& canonical, const std::vector<std::string>& roots,
                      std::map<std::string, std::string>& owners);

// What hits show as a file's source: its path as walked under the name of
// the folder given it was found in ("sample/000.txt"; `given_roots` as
// given_roots() makes them), the file's name otherwise; never the server's
// absolute path.
std::string shown_source(const std::string& path, const std::vector<std::string>& given_roots);

// The directories among `paths`, absolute and '/'-ended but not resolved
// (a symlink inside stays as walked).
std::vector<std::string> given_roots(const std::vector<std::string>& paths);

// "size:mtime" of the file at `path` of `size` bytes: a file with the same
// stamp as when it was indexed is skipped. Throws std::filesystem::filesystem_error.
std::string file_stamp(std::uintmax_t size, const std::filesystem::path& path);

// The skip stamp recorded in metadata for a file: "size:mtime<TAB>meeting
// id<TAB>canonical path", so that remove_vanished() can delete a vanished
// file's documents by the id recorded here.
std::string source_stamp(const std::string& size_mtime, const std::string& meeting_id,
                         const std::string& canonical);

// Deletes the documents of the file whose meeting id is `meeting_id` from
// `shard`: its meeting document (by its meeting id term, which only the
// meeting document carries) and its items (by their id terms, `Q` + meeting
// id + "-" + number). Nothing if the file has none.
void delete_file(Xapian::WritableDatabase& shard, const std::string& meeting_id);

// Removes from `shards` the documents of every file recorded (by its
// source stamp) under a directory among `paths` that is not in `files` (the
// run's walk), and its stamp; returns the number of files removed, and
// adds their meeting ids to `removed_ids` if given. Files outside those
// directories are kept.
std::size_t remove_vanished(std::vector<Xapian::WritableDatabase>& shards,
                            const std::vector<std::string>& paths,
                            const std::vector<std::string>& files,
                            std::vector<std::string>* removed_ids = nullptr);

}  // namespace indexer
