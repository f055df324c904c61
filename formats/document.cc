#include "formats/document.h"

#include "formats/text.h"

namespace formats {

Format sniff_format(std::string_view bytes) {
  (void)bytes;
  return Format::text;
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
  Document d;
  d.format = sniff_format(bytes);
  d.blocks = text_blocks(decode_text(bytes));
  return d;
}

Document read_document(const std::filesystem::path& path) {
  return read_document_bytes(read_file_bytes(path));
}

}  // namespace formats
