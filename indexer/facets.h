// Facet values as small numbers. Every document keeps all its facet values
// (cluster, region, forum, year, item kind, people) in one value slot, which
// one ValueCountMatchSpy reads per match. Stored as strings that slot held
// some 80 bytes a document, spread over many B-tree blocks; as varint codes
// it holds a few bytes, so a broad query reads a tenth of the blocks and the
// spy compares short keys. The table (code -> value) lives in the index
// metadata ("facet:<code>") of the first shard, so codes are the same in
// every shard and remote shards' counts merge.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "indexer/schema.h"

namespace indexer {

class FacetCodes {
 public:
  // Loads the table stored in `db` (empty if none).
  void load(const Xapian::Database& db);
  // Writes the codes added since load() or the last save().
  void save(Xapian::WritableDatabase& db);

  // Gives every value of `facets` a code (new values get the next one).
  void add(const schema::Facets& facets);
  // The slot value for `facets`, whose values all have codes (add()).
  // Safe to call from several threads while nothing calls add().
  std::string pack(const schema::Facets& facets) const;
  // Inverse of pack(); unknown codes give empty values.
  schema::Facets unpack(std::string_view packed) const;
  // The codes of `packed` in pack()'s order (cluster, region, forum, year,
  // kind, then each person), into `out` (cleared first): for counting by
  // code and reading each value once, with value().
  void codes(std::string_view packed, std::vector<std::uint32_t>& out) const;
  // The value of `code`; empty for an unknown code, as unpack() reads it.
  const std::string& value(std::uint32_t code) const { return code < values_.size() ? values_[code] : values_[0]; }

 private:
  std::uint32_t code(const std::string& value);
  std::unordered_map<std::string, std::uint32_t> codes_;
  std::vector<std::string> values_{""};  // by code; code 0 is "no value"
  std::size_t saved_ = 1;                // values_[saved_..] are not in the metadata yet
};

}  // namespace indexer
