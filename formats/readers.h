// The format readers behind read_document_bytes, each on bytes already known
// (by sniff_format) to be in its format. Exposed for the tests and the
// fuzz targets; callers otherwise go through read_document.
#pragma once

#include <string>
#include <string_view>

#include "formats/document.h"

namespace formats {

// Limits that keep one hostile or huge document from taking the indexer's
// memory or time. A document over a limit is read up to it, with a warning.
inline constexpr int k_max_pdf_pages = 2000;
// Text kept per document; the rest is dropped with a warning.
inline constexpr std::size_t k_max_text_bytes = 16 * 1024 * 1024;
// Uncompressed bytes read from one DOCX part (a zip bomb stops here).
inline constexpr std::size_t k_max_docx_part_bytes = 64 * 1024 * 1024;

// What the first bytes say, with the formats we refuse by name kept apart.
enum class ContentKind { text, pdf, docx, html, zip, ole, rtf };
// Detects it (sniff_format() without the refused formats' names).
ContentKind content_kind(std::string_view bytes);

// PDF with poppler: words with position, font and size grouped into lines and
// blocks in reading order, running headers and footers and page numbers
// dropped, line-end hyphens joined, NFKC applied. Every block has its page.
// Throws RejectedFile: "corrupt PDF (cannot be opened)", "truncated PDF (no
// end-of-file marker)", "encrypted PDF (needs a password)", "PDF without
// pages", "no text layer; OCR not enabled".
Document read_pdf(std::string_view bytes);

// DOCX (WordprocessingML in a zip) with libzip and libxml2: see docx.cc.
// Throws RejectedFile: "corrupt DOCX (not a readable zip archive)", "zip
// archive is not a Word document (no word/document.xml)", "corrupt DOCX
// (word/document.xml is not well-formed XML)", "... too large ...".
Document read_docx(std::string_view bytes);

// HTML with libxml2's HTML parser, in the declared charset (else UTF-8 if
// valid, else Windows-1252). Navigation, page chrome, cookie banners and
// "Udskriv"-style links are dropped. Throws RejectedFile when nothing but
// chrome is left ("HTML page without text").
Document read_html(std::string_view bytes);

// How a word broken at a line end ("sundheds-") joins the first word of the
// next line: hyphen removed ("sundhedsklyngen"), hyphen kept without a space
// ("2024-2025", "Covid-19", "EU-Kommissionen") or hyphen and space kept
// ("Social- og Sundhedsudvalget"). `before` ends with '-'.
enum class HyphenJoin { remove_hyphen, keep_hyphen, keep_hyphen_and_space };
HyphenJoin join_at_line_end(std::string_view before, std::string_view next_word);

// NFKC of UTF-8 text (ligatures "ﬁ" -> "fi", full-width forms, NBSP -> space),
// then NFC. Invalid UTF-8 sequences become U+FFFD.
std::string nfkc(std::string_view text);

// NFC of UTF-8 text.
std::string nfc(std::string_view text);

// Lower case of UTF-8 text (ICU, root locale), for comparing names and
// attribute values.
std::string lower(std::string_view text);

// Text converted from `charset` (an ICU converter name) to UTF-8; throws
// RejectedFile for a charset ICU does not know.
std::string to_utf8(std::string_view bytes, const char* charset);

// True when `s` is well-formed UTF-8.
bool valid_utf8(std::string_view s);

// Cuts `d`'s blocks after k_max_text_bytes of text, with a warning saying so.
void cap_text(Document& d);

// Collapses runs of white space (incl. NBSP) to one space and trims.
std::string collapse_space(std::string_view text);

// Initialises libxml2 once per process. libxml2 2.9 initialises itself
// lazily without a lock, which races when the indexer's threads read their
// first DOCX or HTML files at the same moment; the readers call this first.
void init_libxml();

}  // namespace formats
