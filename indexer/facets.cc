#include "indexer/facets.h"

#include <stdexcept>

#include "indexer/schema.h"

namespace indexer {
namespace {

void put_varint(std::string& out, std::uint32_t n) {
  while (n >= 0x80) {
    out += static_cast<char>((n & 0x7F) | 0x80);
    n >>= 7;
  }
  out += static_cast<char>(n);
}

// The next varint of `in` from `pos`; false at the end or on a broken one.
bool get_varint(std::string_view in, std::size_t& pos, std::uint32_t& n) {
  n = 0;
  for (int shift = 0; pos < in.size() && shift < 35; shift += 7) {
    const auto byte = static_cast<unsigned char>(in[pos++]);
    n |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace

void FacetCodes::load(const Xapian::Database& db) {
  for (auto k = db.metadata_keys_begin(schema::k_facet_key); k != db.metadata_keys_end(schema::k_facet_key); ++k) {
    std::uint32_t code = 0;
    try {
      code = static_cast<std::uint32_t>(std::stoul((*k).substr(schema::k_facet_key.size())));
    } catch (const std::logic_error&) {
      continue;
    }
    if (code == 0 || code > 100'000'000) continue;
    if (values_.size() <= code) values_.resize(code + 1);
    values_[code] = db.get_metadata(*k);
    codes_[values_[code]] = code;
  }
  saved_ = values_.size();
}

void FacetCodes::save(Xapian::WritableDatabase& db) {
  for (std::size_t code = saved_; code < values_.size(); ++code)
    db.set_metadata(schema::k_facet_key + std::to_string(code), values_[code]);
  saved_ = values_.size();
}

std::uint32_t FacetCodes::code(const std::string& value) {
  if (value.empty()) return 0;
  auto [it, added] = codes_.emplace(value, static_cast<std::uint32_t>(values_.size()));
  if (added) values_.push_back(value);
  return it->second;
}

void FacetCodes::add(const schema::Facets& f) {
  for (const auto* v : {&f.cluster, &f.region, &f.forum, &f.year, &f.kind}) code(*v);
  for (const auto& person : f.people) code(person);
}

std::string FacetCodes::pack(const schema::Facets& f) const {
  std::string out;
  auto put = [&](const std::string& value) {
    if (value.empty()) return put_varint(out, 0);
    auto it = codes_.find(value);
    if (it == codes_.end()) throw std::logic_error("facet value without a code: " + value);
    put_varint(out, it->second);
  };
  for (const auto* v : {&f.cluster, &f.region, &f.forum, &f.year, &f.kind}) put(*v);
  for (const auto& person : f.people) put(person);
  return out;
}

void FacetCodes::codes(std::string_view packed, std::vector<std::uint32_t>& out) const {
  out.clear();
  std::size_t pos = 0;
  for (std::uint32_t code; get_varint(packed, pos, code);) out.push_back(code);
}

schema::Facets FacetCodes::unpack(std::string_view packed) const {
  schema::Facets f;
  std::string* fixed[] = {&f.cluster, &f.region, &f.forum, &f.year, &f.kind};
  std::size_t pos = 0, field = 0;
  for (std::uint32_t code; get_varint(packed, pos, code); ++field) {
    const std::string& value = code < values_.size() ? values_[code] : values_[0];
    if (field < std::size(fixed)) *fixed[field] = value;
    else if (!value.empty()) f.people.push_back(value);
  }
  return f;
}

}  // namespace indexer
