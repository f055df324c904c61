#include "corpus/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace corpus::text {

std::string_view trim(std::string_view s) {
  auto is_space = [](std::string_view t, std::size_t i) -> std::size_t {
    if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == '\f') return 1;
    if (t.compare(i, 2, "\xC2\xA0") == 0) return 2;  // no-break space
    return 0;
  };
  while (!s.empty()) {
    std::size_t n = is_space(s, 0);
    if (n == 0) break;
    s.remove_prefix(n);
  }
  while (!s.empty()) {
    if (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r' ||
        s.back() == '\f') {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

int read_number(std::string_view s, std::size_t& i, std::size_t max_digits) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t j = i;
  int v = 0;
  while (j < s.size() && digit(s[j]) && j - i < max_digits) v = v * 10 + (s[j++] - '0');
  if (j == i || (j < s.size() && digit(s[j]))) return -1;
  i = j;
  return v;
}

bool starts_capital(std::string_view word) {
  if (word.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && u_isupper(c);
}

bool has_lower_after_first(std::string_view word) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(word.size());
  UChar32 c;
  U8_NEXT(word.data(), i, n, c);
  while (i < n) {
    U8_NEXT(word.data(), i, n, c);
    if (c >= 0 && u_islower(c)) return true;
  }
  return false;
}

bool is_acronym(std::string_view w) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < w.size(); ++letters) {
    if (w[i] >= 'A' && w[i] <= 'Z') ++i;
    else if (starts_with(w.substr(i), "Æ") || starts_with(w.substr(i), "Ø") || starts_with(w.substr(i), "Å"))
      i += 2;
    else return false;
  }
  return letters >= 2 && letters <= 5;
}

std::string fold(std::string_view s) {
  // ASCII and the Latin-1 letters of Danish text (U+00C0-U+00FF, UTF-8
  // 0xC3 0x80-0xBF) fold by table; anything else goes through ICU. ß
  // (0xC3 0x9F) folds to "ss" and × (0xC3 0x97) is no letter: ICU too.
  // (One pass that folds as it checks: fold() is the recogniser's most
  // asked function, about a million calls at 4,000 items.)
  // Eight ASCII bytes are folded at once: A-Z found by adding to each byte
  // (below 0x80, no carry crosses into the next byte) what sets its high
  // bit from 'A' up, and what sets it above 'Z'.
  constexpr std::uint64_t k_ones = 0x0101010101010101ULL, k_highs = 0x8080808080808080ULL;
  std::string out(s);
  bool simple = true;
  std::size_t i = 0;
  while (i < out.size()) {
    if (i + 8 <= out.size()) {
      std::uint64_t v;
      std::memcpy(&v, out.data() + i, 8);
      if ((v & k_highs) == 0) {
        const std::uint64_t from_a = v + k_ones * (0x80 - 'A');
        const std::uint64_t after_z = v + k_ones * (0x80 - 'Z' - 1);
        v |= (from_a & ~after_z & k_highs) >> 2;  // 0x20 in each capital
        std::memcpy(out.data() + i, &v, 8);
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(out[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c - 'A' + 'a');
      ++i;
      continue;
    }
    const auto d = i + 1 < out.size() ? static_cast<unsigned char>(out[i + 1]) : 0;
    if (c != 0xC3 || (d & 0xC0) != 0x80 || d == 0x9F) {
      simple = false;
      break;
    }
    if (d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
    i += 2;
  }
  if (simple) return out;
  out.clear();
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase();
  u.toUTF8String(out);
  return out;
}

std::string ascii_id(std::string_view name) {
  const std::string folded = fold(name);
  std::string out;
  bool dash = false;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(folded.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(folded.data(), i, n, c);
    std::string piece;
    if (c == 0xE6) piece = "ae";
    else if (c == 0xF8) piece = "oe";
    else if (c == 0xE5) piece = "aa";
    else if (c == 0xDF) piece = "ss";
    else if (c >= 0 && c < 0x80 && std::isalnum(c)) piece = static_cast<char>(c);
    else if (c >= 0x80 && u_isalpha(c)) {
      // Strip accents: é -> e, ü -> u (via the canonical decomposition's base).
      UErrorCode status = U_ZERO_ERROR;
      const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
      icu::UnicodeString d;
      if (U_SUCCESS(status) && nfd->getDecomposition(c, d) && d.length() > 0 && d.charAt(0) < 0x80)
        piece = static_cast<char>(d.charAt(0));
    }
    if (piece.empty()) {
      dash = !out.empty();
      continue;
    }
    if (dash) out += '-';
    dash = false;
    out += piece;
  }
  return out;
}

std::vector<std::string_view> lines(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  auto code_points = [](std::string_view s) {
    std::vector<UChar32> v;
    int32_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    while (i < n) {
      UChar32 c;
      U8_NEXT(s.data(), i, n, c);
      v.push_back(c);
    }
    return v;
  };
  const auto x = code_points(a), y = code_points(b);
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[y.size()];
}

bool starts_with_folded(std::string_view s, std::string_view folded_prefix) {
  // Folding can change byte lengths only for rare letters; compare a slightly
  // longer head to be safe.
  return starts_with(fold(s.substr(0, folded_prefix.size() + 8)), folded_prefix);
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  // Room for a label's or a short line's words at once: grown from one, the
  // vector was allocated four times for eight words (the recogniser splits
  // about 500,000 lines, labels and titles at 4,000 items).
  if (!s.empty()) out.reserve(8);
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace corpus::text
