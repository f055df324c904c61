#include "formats/document.h"

#include <algorithm>
#include <cctype>

#include "formats/readers.h"
#include "formats/text.h"

namespace formats {
namespace {

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

Document read_document_bytes(std::string_view bytes) {
  if (bytes.size() > k_max_file_bytes)
    throw RejectedFile("file too large (over " + std::to_string(k_max_file_bytes >> 20) + " MB)");
  if (bytes.empty()) throw RejectedFile("empty file");
  switch (content_kind(bytes)) {
    case ContentKind::pdf: return read_pdf(bytes);
    case ContentKind::docx: return read_docx(bytes);
    case ContentKind::html: return read_html(bytes);
    case ContentKind::zip:
      throw RejectedFile("zip archive is not a Word document (no word/document.xml)");
    case ContentKind::ole:
      if (is_encrypted_ooxml(bytes))
        throw RejectedFile("password-protected Office document is not supported; remove the password");
      throw RejectedFile("legacy Word .doc is not supported; save as .docx or PDF");
    case ContentKind::rtf: throw RejectedFile("RTF is not supported; save as .docx or PDF");
    case ContentKind::text: break;
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
