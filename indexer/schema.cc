#include "indexer/schema.h"

#include <cstdint>
#include <cstdio>

#include <unicode/utf8.h>

#include "analyzers/analyzer.h"

namespace schema {
namespace {

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string hex(std::uint64_t v, int digits) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return std::string(buf + 16 - digits, static_cast<std::size_t>(digits));
}

}  // namespace

std::string filter_value(std::string_view value) { return analyzers::fold_case(value); }

std::string boolean_term(const std::string& prefix, std::string_view value) {
  std::string term = prefix + filter_value(value);
  if (term.size() <= analyzers::k_max_term_bytes) return term;
  // Keep a readable head; the hash keeps distinct long values distinct.
  std::string tail = "#" + hex(fnv1a(term), 16);
  // Cut between characters, not inside one.
  auto keep = static_cast<int32_t>(analyzers::k_max_term_bytes - tail.size());
  U8_SET_CP_START(reinterpret_cast<const uint8_t*>(term.data()), 0, keep);
  return term.substr(0, static_cast<std::size_t>(keep)) + tail;
}

std::string meeting_id(std::string_view id_source) {
  return hex(fnv1a(id_source), 12);
}

std::string item_id(const std::string& meeting_id, std::size_t position) {
  return meeting_id + "-" + std::to_string(position);
}

std::string meeting_id_of(std::string_view document_id) {
  return std::string(document_id.substr(0, document_id.find('-')));
}

std::string source_metadata_key(std::string_view canonical_source) {
  return k_source_key + hex(fnv1a(canonical_source), 16);
}

std::string root_metadata_key(std::string_view canonical_root) {
  return k_root_key + hex(fnv1a(canonical_root), 16);
}

}  // namespace schema
