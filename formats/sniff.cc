// What a file's first bytes say it is, and whether bytes are UTF-8. Kept apart from the readers, so a
// program that only sniffs (the searcher serving originals) links none of
// their libraries (poppler, libzip, libxml2).
#include <cctype>

#include <unicode/utf8.h>

#include "formats/document.h"
#include "formats/readers.h"

namespace formats {
namespace {

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

std::string_view skip_space(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

// Skips white space, "<?xml ...?>" and "<!-- ... -->" before the first tag.
std::string_view skip_prolog(std::string_view s) {
  for (int guard = 0; guard < 64; ++guard) {
    s = skip_space(s);
    std::size_t end = std::string_view::npos;
    if (s.substr(0, 4) == "<!--") {
      end = s.find("-->");
      if (end != std::string_view::npos) end += 3;
    } else if (s.substr(0, 2) == "<?") {
      end = s.find("?>");
      if (end != std::string_view::npos) end += 2;
    }
    if (end == std::string_view::npos) return s;
    s.remove_prefix(end);
  }
  return s;
}

}  // namespace

ContentKind content_kind(std::string_view bytes) {
  std::string_view s = bytes;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  // PDF readers accept up to 1 KB of junk before the header; so do we.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return ContentKind::pdf;
  if (s.substr(0, 4) == "PK\x03\x04" || s.substr(0, 4) == "PK\x05\x06") {
    // The part names stand in the local headers and the central directory.
    return bytes.find("word/document.xml") != std::string_view::npos ? ContentKind::docx : ContentKind::zip;
  }
  if (s.substr(0, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") return ContentKind::ole;
  if (s.substr(0, 5) == "{\\rtf") return ContentKind::rtf;
  const std::string_view t = skip_prolog(s);
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}) {
    if (starts_with_nocase(t, tag) &&
        (t.size() == tag.size() || !std::isalnum(static_cast<unsigned char>(t[tag.size()]))))
      return ContentKind::html;
  }
  return ContentKind::text;
}

Format sniff_format(std::string_view bytes) {
  switch (content_kind(bytes)) {
    case ContentKind::pdf: return Format::pdf;
    case ContentKind::docx: return Format::docx;
    case ContentKind::html: return Format::html;
    default: return Format::text;
  }
}

std::string_view format_name(Format format) {
  switch (format) {
    case Format::text: return "text";
    case Format::pdf: return "pdf";
    case Format::docx: return "docx";
    case Format::html: return "html";
  }
  return "text";
}

bool valid_utf8(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

bool utf8_head(std::string_view head) {
  // Drop a last sequence that its lead byte says is longer than what is left.
  for (std::size_t back = 1; back <= 3 && back <= head.size(); ++back) {
    const auto c = static_cast<unsigned char>(head[head.size() - back]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    if (c >= 0xC0 && static_cast<std::size_t>(U8_COUNT_TRAIL_BYTES(c)) >= back)
      head.remove_suffix(back);
    break;
  }
  return valid_utf8(head);
}

}  // namespace formats
