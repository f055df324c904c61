// libFuzzer target: the HTML reader (formats::read_html: charset detection, libxml2's HTML parser, the block walk) on any bytes. RejectedFile is the only
// exception it may throw; what it returns must keep the Block contract:
// valid UTF-8 without "\r", no empty block, a table row's text its cells
// joined by tabs, pages within the document.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "formats/readers.h"
#include "tests/fuzz/check_document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    referat_fuzz::check_document(formats::read_html(bytes));
  } catch (const formats::RejectedFile&) {
  }
  return 0;
}
