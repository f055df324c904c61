// Reading minutes files: bytes on disk to clean UTF-8 text.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace corpus {

// A file that cannot be read as minutes. what() is a one-line reason without
// the file name ("binary file (NUL bytes)", "empty file", ...); callers add it.
class RejectedFile : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Files larger than this are rejected rather than read (minutes are rarely
// above a few MB; the limit protects the indexer's memory).
inline constexpr std::size_t k_max_file_bytes = 32 * 1024 * 1024;

// Reads `path` and returns its text as NFC UTF-8 with "\n" line endings,
// a leading BOM removed. Detects UTF-8, UTF-16 (with BOM) and
// Windows-1252/ISO-8859-1 and converts with ICU.
// Throws RejectedFile for unreadable, empty, binary or oversized files.
std::string read_text_file(const std::filesystem::path& path);

// Same as read_text_file on bytes already in memory.
std::string decode_text(std::string_view bytes);

// Removes leftover markup for display and indexing: "<u>", "</u>" and other
// simple HTML tags, "**" and "*" emphasis, "[text](#)" links (keeps text),
// and the backslash of Markdown escapes ("\(" -> "(", "\-" -> "-": a
// backslash before ASCII punctuation, which is then never markup). Other
// backslashes are kept.
std::string strip_markup(std::string_view text);

}  // namespace corpus
