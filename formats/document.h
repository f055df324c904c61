// The bottom layer: a file's bytes to a list of text blocks with structure
// cues (heading, bold, table row, list item, page). The recogniser in corpus/
// reads blocks and never cares which format they came from.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace formats {

// A file that cannot be read as minutes. what() is a one-line reason without
// the file name ("binary file (NUL bytes)", "encrypted PDF", ...); callers
// add the name.
class RejectedFile : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Files larger than this are rejected rather than read (minutes are rarely
// above a few MB; the limit protects the indexer's memory).
inline constexpr std::size_t k_max_file_bytes = 32 * 1024 * 1024;

enum class BlockKind {
  paragraph,  // running text, or a line of a plain-text file
  heading,    // <h1>-<h6>, a Word heading style, a large or bold PDF line
  list_item,  // <li>, a Word list paragraph, a bulleted PDF line
  table_row,  // <tr>, a Word table row, a tab-separated text line
};

struct Block {
  BlockKind kind = BlockKind::paragraph;
  // NFC UTF-8 without markup. Lines inside one block (a <br>, the lines of a
  // PDF paragraph) are separated by '\n'; a table row's cells by '\t'.
  std::string text;
  // table_row only: the cells' texts, in order (empty cells kept).
  std::vector<std::string> cells;
  int level = 0;      // heading only: 1 (largest) to 6
  bool bold = false;  // the whole block is bold or strong
  int page = 0;       // 1-based page of a PDF; 0 where pages are unknown
  // Plain text only: one or more blank lines stood before this block (a new
  // paragraph). Without them the line goes on the paragraph of the line
  // before ("Afbud: Anne Holm" / "Bo Jensen"). Other formats give each
  // paragraph its own block and leave this false.
  bool blank_before = false;
  // Plain text only: the spaces and tabs before the line's text, where a
  // nested list shows its depth (" 1. Budget" / "  1. Status"); 0 elsewhere.
  int indent = 0;
};

enum class Format { text, pdf, docx, html };

struct Document {
  Format format = Format::text;
  std::vector<Block> blocks;
  // The document's own title where the format has one (HTML <title>, PDF and
  // DOCX metadata), NFC, white space collapsed; empty when absent. Often a
  // file name or a site name: a hint, never the meeting title by itself.
  std::string title;
  // Number of pages of a PDF; 0 for other formats.
  int pages = 0;
  // What the reader left out or could not read, one line each ("read only
  // the first 2000 of 5120 pages"); empty for a clean read.
  std::vector<std::string> warnings;
};

// Reads the file at `path`, choosing the reader by content (magic bytes), not
// by name. Throws RejectedFile for unreadable, empty, binary, oversized,
// corrupt, encrypted or unsupported files (legacy .doc, RTF, a zip that is not
// a DOCX, a PDF without a text layer), with a one-line reason.
Document read_document(const std::filesystem::path& path);

// Same as read_document on bytes already in memory.
Document read_document_bytes(std::string_view bytes);

// The format `bytes` are in by their magic bytes: "%PDF-" in the first KB;
// a zip holding word/document.xml; "<!doctype html", "<html", "<head",
// "<body" after a BOM, white space, comments (any case). Format::text when
// none matches, also for the formats read_document refuses by name (other
// zips, OLE .doc, RTF): the text reader then decides whether it is text.
Format sniff_format(std::string_view bytes);

// "text", "pdf", "docx", "html".
std::string_view format_name(Format format);

// True when `head`, the first bytes of a file, is UTF-8; a sequence cut off
// at its end counts as UTF-8.
bool utf8_head(std::string_view head);

}  // namespace formats
