// Plain text: bytes to clean UTF-8 text, and text to blocks.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "formats/document.h"

namespace formats {

// Reads `path` and returns its text as NFC UTF-8 with "\n" line endings,
// a leading BOM removed. Detects UTF-8, UTF-16 (with BOM) and
// Windows-1252/ISO-8859-1 and converts with ICU.
// Throws RejectedFile for unreadable, empty, binary or oversized files.
std::string read_text_file(const std::filesystem::path& path);

// The bytes of `path`. Throws RejectedFile if it is a directory, cannot be
// read or is larger than k_max_file_bytes.
std::string read_file_bytes(const std::filesystem::path& path);

// Same as read_text_file on bytes already in memory.
std::string decode_text(std::string_view bytes);

// Removes leftover markup for display and indexing: "<u>", "</u>" and other
// simple HTML tags, "**" and "*" emphasis, "[text](#)" links (keeps text),
// and the backslash of Markdown escapes ("\(" -> "(", "\-" -> "-": a
// backslash before ASCII punctuation, which is then never markup). Other
// backslashes are kept.
std::string strip_markup(std::string_view text);

// The blocks of decoded text: one block per non-empty line, markup stripped.
// A line with a tab is a table_row (cells split on tabs); "# Title" a heading
// (level = number of '#'); a line wholly in "**...**" is bold.
std::vector<Block> text_blocks(std::string_view text);

}  // namespace formats
