#include "formats/document.h"

#include <algorithm>
#include <cctype>

#include "formats/readers.h"
#include "formats/text.h"

namespace formats {
namespace {

// What the first bytes say, with the formats we refuse by name kept apart.
enum class Kind { text, pdf, docx, html, zip, ole, rtf };

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

Kind detect(std::string_view bytes) {
  std::string_view s = bytes;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  // PDF readers accept up to 1 KB of junk before the header; so do we.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Kind::pdf;
  if (s.substr(0, 4) == "PK\x03\x04" || s.substr(0, 4) == "PK\x05\x06") {
    // The part names stand in the local headers and the central directory.
    return bytes.find("word/document.xml") != std::string_view::npos ? Kind::docx : Kind::zip;
  }
  if (s.substr(0, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") return Kind::ole;
  if (s.substr(0, 5) == "{\\rtf") return Kind::rtf;
  const std::string_view t = skip_prolog(s);
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}) {
    if (starts_with_nocase(t, tag) &&
        (t.size() == tag.size() || !std::isalnum(static_cast<unsigned char>(t[tag.size()]))))
      return Kind::html;
  }
  return Kind::text;
}

// An OLE compound file holding "EncryptedPackage" (UTF-16 stream name) is a
// password-protected .docx/.xlsx, not a legacy .doc.
bool is_encrypted_ooxml(std::string_view bytes) {
  static constexpr char k_name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
  return bytes.find(std::string_view(k_name, sizeof k_name - 1)) != std::string_view::npos;
}

}  // namespace

void cap_text(Document& d) {
  std::size_t total = 0;
  for (auto it = d.blocks.begin(); it != d.blocks.end(); ++it) {
    total += it->text.size();
    if (total > k_max_text_bytes) {
      d.blocks.erase(it, d.blocks.end());
      d.warnings.push_back("text cut at " + std::to_string(k_max_text_bytes >> 20) + " MB");
      return;
    }
  }
}

Format sniff_format(std::string_view bytes) {
  switch (detect(bytes)) {
    case Kind::pdf: return Format::pdf;
    case Kind::docx: return Format::docx;
    case Kind::html: return Format::html;
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

Document read_document_bytes(std::string_view bytes) {
  if (bytes.size() > k_max_file_bytes)
    throw RejectedFile("file too large (over " + std::to_string(k_max_file_bytes >> 20) + " MB)");
  if (bytes.empty()) throw RejectedFile("empty file");
  switch (detect(bytes)) {
    case Kind::pdf: return read_pdf(bytes);
    case Kind::docx: return read_docx(bytes);
    case Kind::html: return read_html(bytes);
    case Kind::zip:
      throw RejectedFile("zip archive is not a Word document (no word/document.xml)");
    case Kind::ole:
      if (is_encrypted_ooxml(bytes))
        throw RejectedFile("password-protected Office document is not supported; remove the password");
      throw RejectedFile("legacy Word .doc is not supported; save as .docx or PDF");
    case Kind::rtf: throw RejectedFile("RTF is not supported; save as .docx or PDF");
    case Kind::text: break;
  }
  Document d;
  d.format = Format::text;
  d.blocks = text_blocks(decode_text(bytes));
  return d;
}

Document read_document(const std::filesystem::path& path) {
  return read_document_bytes(read_file_bytes(path));
}

}  // namespace formats
