#include "indexer/snapshot.h"

#include <charconv>

#include "indexer/schema.h"

namespace indexer {

std::string index_revision(const Xapian::Database& db) { return db.get_metadata(schema::k_revision_key); }

std::string next_revision(Xapian::WritableDatabase& db, const std::string& current) {
  std::uint64_t n = 0;
  const auto [end, error] = std::from_chars(current.data(), current.data() + current.size(), n);
  if (error != std::errc() || end != current.data() + current.size()) n = 0;
  const std::string next = std::to_string(n + 1);
  db.set_metadata(schema::k_revision_key, next);
  return next;
}

void save_snapshot(Xapian::WritableDatabase& db, const std::string& key, const std::string& revision,
                   std::string_view payload) {
  // "<revision>\n<payload>": the revision is a decimal number.
  std::string value = revision;
  value += '\n';
  value += payload;
  db.set_metadata(key, value);
}

std::optional<std::string> current_snapshot(const Xapian::Database& db, const std::string& key) {
  std::string value = db.get_metadata(key);
  const auto newline = value.find('\n');
  if (newline == std::string::npos) return std::nullopt;
  const std::string revision = index_revision(db);
  if (revision.empty() || value.compare(0, newline, revision) != 0 || newline != revision.size())
    return std::nullopt;
  value.erase(0, newline + 1);
  return value;
}

void SnapshotWriter::put_number(std::uint64_t n) {
  while (n >= 0x80) {
    out_ += static_cast<char>((n & 0x7F) | 0x80);
    n >>= 7;
  }
  out_ += static_cast<char>(n);
}

void SnapshotWriter::put_string(std::string_view s) {
  put_number(s.size());
  out_ += s;
}

std::uint64_t SnapshotReader::number() {
  std::uint64_t n = 0;
  for (int shift = 0; pos_ < in_.size() && shift < 64; shift += 7) {
    const auto byte = static_cast<unsigned char>(in_[pos_++]);
    n |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return n;
  }
  throw SnapshotError("snapshot ends inside a number");
}

std::string SnapshotReader::string() {
  const std::uint64_t size = number();
  if (size > in_.size() - pos_) throw SnapshotError("snapshot ends inside a string");
  std::string s(in_.substr(pos_, size));
  pos_ += size;
  return s;
}

std::string_view SnapshotReader::view() {
  const std::uint64_t size = number();
  if (size > in_.size() - pos_) throw SnapshotError("snapshot ends inside a string");
  const std::string_view s = in_.substr(pos_, size);
  pos_ += size;
  return s;
}

std::string_view SnapshotReader::list() {
  const std::size_t start = pos_;
  std::uint64_t n = number();
  if (n > in_.size() - pos_) throw SnapshotError("snapshot ends inside a list");  // each takes a byte
  while (n-- > 0) view();
  return in_.substr(start, pos_ - start);
}

void SnapshotReader::strings(std::set<std::string>& out) {
  std::uint64_t n = number();
  if (n > in_.size() - pos_) throw SnapshotError("snapshot ends inside a list");  // each takes a byte
  // Written in order: each goes at the end, without a search.
  while (n-- > 0) out.emplace_hint(out.end(), string());
}

void SnapshotReader::strings(std::vector<std::string>& out) {
  std::uint64_t n = number();
  if (n > in_.size() - pos_) throw SnapshotError("snapshot ends inside a list");  // each takes a byte
  out.reserve(out.size() + n);
  while (n-- > 0) out.push_back(string());
}

ClusterRegions cluster_regions(const Xapian::Database& db, const FacetCodes& codes) {
  // The meeting documents' facet values: one per meeting, a few thousand
  // on a large corpus.
  ClusterRegions regions;
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(schema::k_type + schema::k_type_meeting));
  Xapian::ValueCountMatchSpy spy(schema::k_slot_facets);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    const schema::Facets f = codes.unpack(*it);
    if (!f.cluster.empty() && !f.region.empty()) regions[schema::filter_value(f.cluster)].insert(f.region);
  }
  return regions;
}

void save_cluster_regions(Xapian::WritableDatabase& db, const std::string& revision,
                          const ClusterRegions& regions) {
  SnapshotWriter w;
  w.put_number(regions.size());
  for (const auto& [cluster, in_regions] : regions) {
    w.put_string(cluster);
    w.put_strings(in_regions);
  }
  save_snapshot(db, schema::k_cluster_regions_key, revision, w.bytes());
}

std::optional<ClusterRegions> load_cluster_regions(const Xapian::Database& db) {
  const std::optional<std::string> payload = current_snapshot(db, schema::k_cluster_regions_key);
  if (!payload) return std::nullopt;
  try {
    SnapshotReader r(*payload);
    ClusterRegions regions;
    for (std::uint64_t n = r.number(); n > 0; --n) {
      std::string cluster = r.string();
      r.strings(regions[std::move(cluster)]);
    }
    if (!r.at_end()) return std::nullopt;
    return regions;
  } catch (const SnapshotError&) {
    return std::nullopt;
  }
}

}  // namespace indexer
