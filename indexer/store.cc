#include "indexer/store.h"

#include <stdexcept>

#include <zstd.h>

namespace store {
namespace {
// Level 6 measured as a good size/speed balance for short Danish texts;
// decompression speed does not depend on the level.
constexpr int k_level = 6;
}  // namespace

std::string pack(const nlohmann::json& data) {
  const std::string text = data.dump();
  std::string out(ZSTD_compressBound(text.size()), '\0');
  std::size_t n = ZSTD_compress(out.data(), out.size(), text.data(), text.size(), k_level);
  if (ZSTD_isError(n)) throw std::runtime_error(std::string("zstd: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

nlohmann::json unpack(std::string_view packed) {
  unsigned long long size = ZSTD_getFrameContentSize(packed.data(), packed.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ULL << 30))
    throw std::runtime_error("corrupt stored document data");
  std::string text(size, '\0');
  std::size_t n = ZSTD_decompress(text.data(), text.size(), packed.data(), packed.size());
  if (ZSTD_isError(n) || n != size) throw std::runtime_error("corrupt stored document data");
  return nlohmann::json::parse(text);
}

}  // namespace store
