// libFuzzer target: the file reader alone. Bytes of a file through
// formats::decode_text (BOM, UTF-16, UTF-8 or Windows-1252 detection and
// conversion, line endings), then formats::strip_markup on the decoded text and
// on the raw bytes. RejectedFile is the only exception decode_text may throw;
// its output must be valid UTF-8 without "\r".
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "formats/text.h"
#include "tests/fuzz/check_document.h"

using referat_fuzz::valid_utf8;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string text;
  try {
    text = formats::decode_text(bytes);
  } catch (const formats::RejectedFile&) {
    return 0;
  }
  // A broken promise of decode_text is a bug like a crash: abort so that
  // libFuzzer keeps the input.
  if (!valid_utf8(text) || text.find('\r') != std::string::npos) std::abort();
  if (!valid_utf8(formats::strip_markup(text))) std::abort();
  (void)formats::strip_markup(bytes);
  return 0;
}
