// Snapshots: tables derived from the whole index (the grouped people, the
// regions of each cluster name) that the indexer writes at the end of a run,
// so that a reader opening the index need not compute them (a CLI search is
// one process per query: it would compute them at every search).
//
// Every transaction of the indexer changes the index's revision
// (schema::k_revision_key). A snapshot records the revision it was made at
// and is current only while the index still has that revision; a reader
// that finds a snapshot missing (an index of an older indexer) or stale (a
// run killed between two commits) computes the table itself, as before.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "indexer/facets.h"

namespace indexer {

// A snapshot that cannot be decoded (cut short, or not in this format).
class SnapshotError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The revision of `db` (its first shard's) as the indexer last wrote it;
// empty for an index written before revisions existed.
std::string index_revision(const Xapian::Database& db);

// Sets a new revision in `db`'s metadata (the one after `current`, a
// decimal number, "1" if empty or unreadable) and returns it. The indexer
// calls it in every transaction that writes, before the transaction commits.
std::string next_revision(Xapian::WritableDatabase& db, const std::string& current);

// Writes `payload` under `key` in `db`'s metadata as a snapshot made at
// `revision`.
void save_snapshot(Xapian::WritableDatabase& db, const std::string& key, const std::string& revision,
                   std::string_view payload);

// The payload of the snapshot under `key` in `db` if it was made at the
// current revision of `db` (index_revision()); nullopt if it is missing or
// stale. Throws Xapian::Error as get_metadata() does.
std::optional<std::string> current_snapshot(const Xapian::Database& db, const std::string& key);

// Writes a snapshot's payload: strings and lists of strings as
// varint-length-prefixed bytes.
class SnapshotWriter {
 public:
  void put_number(std::uint64_t n);
  void put_string(std::string_view s);
  // The number of strings, then each.
  template <typename Strings>
  void put_strings(const Strings& strings) {
    put_number(strings.size());
    for (const auto& s : strings) put_string(s);
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

// Reads what a SnapshotWriter wrote, in the same order. Every read throws
// SnapshotError when the payload ends early or a number is broken.
class SnapshotReader {
 public:
  explicit SnapshotReader(std::string_view in) : in_(in) {}
  std::uint64_t number();
  std::string string();
  // A list of strings written sorted (from a std::set), into `out`.
  void strings(std::set<std::string>& out);
  // The same into a vector, in the order written.
  void strings(std::vector<std::string>& out);
  // The next string as a view into the payload, without a copy.
  std::string_view view();
  // The next list of strings as written (its count, then each), skipped:
  // a SnapshotReader of it reads number() and then each view().
  std::string_view list();
  bool at_end() const { return pos_ == in_.size(); }
  // The offset of the next read in the payload.
  std::size_t position() const { return pos_; }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
};

// Folded cluster name (schema::filter_value) -> the regions of the meetings
// of clusters so named. A name with two regions is labelled with its region
// ("Midt (Region Nordjylland)").
using ClusterRegions = std::map<std::string, std::set<std::string>>;

// The regions of each cluster name, from the facet values of the meeting
// documents of `db` (one pass over them). Throws Xapian::Error.
ClusterRegions cluster_regions(const Xapian::Database& db, const FacetCodes& codes);

// Writes `regions` as the snapshot schema::k_cluster_regions_key of `db`.
void save_cluster_regions(Xapian::WritableDatabase& db, const std::string& revision,
                          const ClusterRegions& regions);

// The snapshot schema::k_cluster_regions_key of `db` if current; nullopt if
// missing, stale or unreadable. Throws Xapian::Error.
std::optional<ClusterRegions> load_cluster_regions(const Xapian::Database& db);

}  // namespace indexer
