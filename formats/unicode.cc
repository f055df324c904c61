// Unicode helpers shared by the readers: normalisation and conversion with ICU.
#include <libxml/parser.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <mutex>

#include "formats/readers.h"

namespace formats {
namespace {

std::string normalise(std::string_view text, const icu::Normalizer2* (*instance)(UErrorCode&)) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = instance(status);
  if (U_FAILURE(status)) return std::string(text);
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (n->isNormalized(u, status) && U_SUCCESS(status)) {
    // fromUTF8 already replaced invalid sequences; return its UTF-8 form.
    std::string out;
    u.toUTF8String(out);
    return out;
  }
  status = U_ZERO_ERROR;
  const icu::UnicodeString result = n->normalize(u, status);
  std::string out;
  (U_FAILURE(status) ? u : result).toUTF8String(out);
  return out;
}

// A pure-ASCII string is its own NFC and NFKC: the common case, done
// without ICU.
bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

std::string nfkc(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  return normalise(text, icu::Normalizer2::getNFKCInstance);
}

std::string nfc(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  return normalise(text, icu::Normalizer2::getNFCInstance);
}

std::string lower(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  u.toLower().toUTF8String(out);
  return out;
}

std::string to_utf8(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* probe = ucnv_open(charset, &status);
  if (U_FAILURE(status) || probe == nullptr)
    throw RejectedFile(std::string("unknown charset ") + charset);
  ucnv_close(probe);
  const icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string collapse_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
      if (nbsp) ++i;
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void init_libxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace formats
