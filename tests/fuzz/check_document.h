// The Block contract of formats/document.h as a check for the fuzz targets
// of the format readers: a broken promise aborts, so libFuzzer keeps the
// input.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <string>

#include <unicode/utf8.h>

#include "formats/document.h"

namespace referat_fuzz {

inline bool valid_utf8(const std::string& s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

inline void check_document(const formats::Document& d) {
  for (const formats::Block& b : d.blocks) {
    if (b.text.empty() || !valid_utf8(b.text) || b.text.find('\r') != std::string::npos) std::abort();
    if (b.page < 0 || (d.format == formats::Format::pdf && (b.page < 1 || b.page > d.pages))) std::abort();
    if (b.kind == formats::BlockKind::heading && (b.level < 1 || b.level > 6)) std::abort();
    if (b.kind == formats::BlockKind::table_row) {
      std::string joined;
      for (std::size_t i = 0; i < b.cells.size(); ++i) joined += (i ? "\t" : "") + b.cells[i];
      if (joined != b.text) std::abort();
    }
  }
  if (!valid_utf8(d.title)) std::abort();
}

}  // namespace referat_fuzz
