#include "formats/text.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <memory>

#include "formats/readers.h"

namespace formats {
namespace {

// Converts `bytes` from `charset` to UTF-8 with ICU.
std::string convert(std::string_view bytes, const char* charset) {
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset);
  if (u.isBogus()) throw RejectedFile(std::string("cannot convert from ") + charset);
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Share of bytes that are control characters other than tab, CR, LF, FF.
bool looks_binary(std::string_view s) {
  if (s.find('\0') != std::string_view::npos) return true;
  // Counted without a branch a byte (every file's bytes pass here twice).
  static constexpr std::array<unsigned char, 256> k_control = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = c != '\t' && c != '\n' && c != '\r' && c != '\f';
    return t;
  }();
  std::size_t control = 0;
  for (unsigned char c : s) control += k_control[c];
  return control * 100 > s.size();  // over 1%
}

std::string normalise_lines_and_nfc(std::string text) {
  // CRLF and lone CR to LF.
  std::string out;
  if (text.find('\r') == std::string::npos) {
    out = std::move(text);
  } else {
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\r') {
        out += '\n';
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      } else {
        out += text[i];
      }
    }
  }
  // Nothing below U+0300 composes or reorders: (valid) UTF-8 with no byte
  // from 0xCC (U+0300's lead byte) up is NFC as it is, without ICU's
  // conversion to UTF-16 and check.
  if (std::none_of(out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xCC; }))
    return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return out;
  // Checked on the UTF-8 itself (the text is valid UTF-8 here): most texts
  // are NFC, and their conversion to UTF-16 only for the check cost as
  // much as the check.
  if (nfc->isNormalizedUTF8(icu::StringPiece(out.data(), static_cast<int32_t>(out.size())), status) &&
      U_SUCCESS(status))
    return out;
  status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(out.data(), static_cast<int32_t>(out.size())));
  icu::UnicodeString n = nfc->normalize(u, status);
  if (U_FAILURE(status)) return out;
  std::string result;
  n.toUTF8String(result);
  return result;
}

// CommonMark's escapable characters: a backslash before one is an escape.
bool is_ascii_punctuation(char c) {
  return std::string_view(R"(!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~)").find(c) != std::string_view::npos;
}

// "\(" -> "(", "\-" -> "-"; other backslashes are kept.
std::string unescape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && is_ascii_punctuation(text[i + 1])) ++i;
    out += text[i];
  }
  return out;
}

}  // namespace

std::string decode_text(std::string_view bytes) {
  if (bytes.size() > k_max_file_bytes)
    throw RejectedFile("file too large (over " + std::to_string(k_max_file_bytes >> 20) + " MB)");
  if (bytes.empty()) throw RejectedFile("empty file");
  std::string text;
  bool checked = false;  // text is bytes that looks_binary passed
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
      static_cast<unsigned char>(bytes[1]) == 0xFE) {
    text = convert(bytes.substr(2), "UTF-16LE");
  } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
             static_cast<unsigned char>(bytes[1]) == 0xFF) {
    text = convert(bytes.substr(2), "UTF-16BE");
  } else {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (looks_binary(bytes)) throw RejectedFile("binary file (control bytes), not text");
    // Valid UTF-8 is taken as such; anything else is read as Windows-1252,
    // the superset of ISO-8859-1 that older Danish documents use.
    checked = valid_utf8(bytes);
    text = checked ? std::string(bytes) : convert(bytes, "windows-1252");
  }
  if (!checked && looks_binary(text)) throw RejectedFile("binary file (control bytes), not text");
  text = normalise_lines_and_nfc(std::move(text));
  if (text.find_first_not_of(" \t\n\f\xC2\xA0") == std::string::npos)
    throw RejectedFile("empty file (only white space)");
  return text;
}

std::string read_file_bytes(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw RejectedFile("is a directory");
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw RejectedFile("cannot read: " + ec.message());
  if (size > k_max_file_bytes)
    throw RejectedFile("file too large (over " + std::to_string(k_max_file_bytes >> 20) + " MB)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw RejectedFile("cannot open for reading");
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

std::string read_text_file(const std::filesystem::path& path) {
  return decode_text(read_file_bytes(path));
}

namespace {

// The bytes strip_markup reads as possible markup; every other byte is
// copied as it is.
constexpr std::array<bool, 256> k_markup_bytes = [] {
  std::array<bool, 256> t{};
  for (const char c : {'\\', '<', '[', '*'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

}  // namespace

std::string strip_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    // The run up to the next possible markup byte in one append (most
    // lines have none: text_blocks strips every line of a file).
    std::size_t run_end = i;
    while (run_end < text.size() && !k_markup_bytes[static_cast<unsigned char>(text[run_end])]) ++run_end;
    out.append(text.data() + i, run_end - i);
    i = run_end;
    if (i == text.size()) break;
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && is_ascii_punctuation(text[i + 1])) {
      // A Markdown escape ("\(regionsyddanmark.dk\)", "\-"): the character
      // itself, never markup.
      out += text[i + 1];
      i += 2;
      continue;
    }
    if (c == '<') {
      // A simple tag: <u>, </u>, <br/>, <span class="x">.
      std::size_t j = i + 1;
      if (j < text.size() && text[j] == '/') ++j;
      const bool letter = j < text.size() && ((text[j] >= 'a' && text[j] <= 'z') ||
                                              (text[j] >= 'A' && text[j] <= 'Z'));
      const std::size_t close = text.find('>', j);
      if (letter && close != std::string_view::npos && close - i <= 80 &&
          text.substr(i + 1, close - i - 1).find('<') == std::string_view::npos) {
        i = close + 1;
        continue;
      }
    } else if (c == '[') {
      // [text](target) -> text
      const std::size_t end = text.find(']', i + 1);
      if (end != std::string_view::npos && end + 1 < text.size() && text[end + 1] == '(' &&
          text.substr(i + 1, end - i - 1).find('\n') == std::string_view::npos) {
        const std::size_t close = text.find(')', end + 2);
        if (close != std::string_view::npos && close - end <= 300 &&
            text.substr(end + 2, close - end - 2).find_first_of(" \n") == std::string_view::npos) {
          out.append(unescape(text.substr(i + 1, end - i - 1)));
          i = close + 1;
          continue;
        }
      }
    } else if (c == '*') {
      // Emphasis markers: "**" always; a single "*" next to a word's edge.
      if (i + 1 < text.size() && text[i + 1] == '*') {
        i += 2;
        continue;
      }
      const bool before_word = i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '\n';
      const bool after_word = i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n';
      if (before_word != after_word) {
        ++i;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
}

std::vector<Block> text_blocks(std::string_view text) {
  std::vector<Block> blocks;
  std::size_t start = 0;
  bool blank = false;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(start, end - start);
    start = end + 1;
    // Bold and heading cues are read before the markup that carries them is
    // stripped.
    std::string_view t = raw;
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    Block b;
    b.indent = static_cast<int>(t.data() - raw.data());
    std::size_t hashes = 0;
    while (hashes < t.size() && t[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < t.size() && t[hashes] == ' ') {
      b.kind = BlockKind::heading;
      b.level = static_cast<int>(hashes);
      t.remove_prefix(hashes + 1);
    }
    b.bold = t.size() > 4 && t.substr(0, 2) == "**" && t.substr(t.size() - 2) == "**" &&
             t.substr(2, t.size() - 4).find("**") == std::string_view::npos;
    std::string line = strip_markup(t);
    if (line.find_first_not_of(" \t\f\xC2\xA0") == std::string::npos) {
      blank = !blocks.empty();
      continue;
    }
    b.blank_before = blank;
    blank = false;
    if (b.kind == BlockKind::paragraph && line.find('\t') != std::string::npos) {
      b.kind = BlockKind::table_row;
      std::size_t c = 0;
      while (true) {
        const std::size_t tab = line.find('\t', c);
        b.cells.push_back(line.substr(c, tab == std::string::npos ? std::string::npos : tab - c));
        if (tab == std::string::npos) break;
        c = tab + 1;
      }
    }
    b.text = std::move(line);
    blocks.push_back(std::move(b));
    if (end == text.size()) break;
  }
  return blocks;
}

}  // namespace formats
