// libFuzzer target: bytes of a minutes file through the reader, the parsers
// and the JSON output. Any exception other than RejectedFile is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corpus/json.h"
#include "corpus/parser.h"
#include "formats/text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string text;
  try {
    text = formats::decode_text(bytes);
  } catch (const formats::RejectedFile&) {
    return 0;
  }
  const corpus::Meeting m = corpus::parse_meeting(text, "fuzz.txt");
  const nlohmann::json j = corpus::to_json(m);
  (void)j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  (void)formats::strip_markup(bytes);
  return 0;
}
