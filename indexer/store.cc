#include "indexer/store.h"

#define ZDICT_STATIC_LINKING_ONLY
#define ZSTD_STATIC_LINKING_ONLY  // ZSTD_createDDict_byReference
#include <zdict.h>
#include <zstd.h>

#include <mutex>
#include <stdexcept>

namespace store {
namespace {

// Level 3: the 2,006 stored texts of the 20,000-item benchmark corpus (32 MB
// of JSON lines) take 0.10 CPU s and 3.41 MB at level 3, 0.31-0.35 s and
// 2.89 MB at level 6 (docs/BENCHMARKS.md, ninth round): 2% of the
// indexer's CPU for 1.5% of the index. Decompression speed does not depend
// on the level.
constexpr int k_level = 3;
constexpr std::size_t k_dictionary_bytes = 64 * 1024;
constexpr std::size_t k_min_samples = 200;

struct CCtxDeleter {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct DCtxDeleter {
  void operator()(ZSTD_DCtx* c) const { ZSTD_freeDCtx(c); }
};

// One compression and one decompression context per thread: contexts are
// not shareable, dictionaries are.
ZSTD_CCtx* cctx() {
  thread_local std::unique_ptr<ZSTD_CCtx, CCtxDeleter> c(ZSTD_createCCtx());
  return c.get();
}
ZSTD_DCtx* dctx() {
  thread_local std::unique_ptr<ZSTD_DCtx, DCtxDeleter> d(ZSTD_createDCtx());
  return d.get();
}

}  // namespace

struct Codec::Dicts {
  std::string bytes;  // the dictionary: here, where it never moves, for the DDict
  // Made at the first pack(): a reader never packs, and the compression
  // dictionary (level 6 then) cost a search process about 4% of its CPU time.
  std::once_flag c_made;
  ZSTD_CDict* c = nullptr;
  ZSTD_DDict* d = nullptr;
  ~Dicts() {
    ZSTD_freeCDict(c);
    ZSTD_freeDDict(d);
  }
};

Codec::Codec(std::string dictionary) {
  if (dictionary.empty()) return;
  dicts_ = std::make_unique<Dicts>();
  dicts_->bytes = std::move(dictionary);
  // By reference: the 64 KB are not copied (a search process opens the
  // index once per query).
  dicts_->d = ZSTD_createDDict_byReference(dicts_->bytes.data(), dicts_->bytes.size());
  if (!dicts_->d) throw std::runtime_error("unusable zstd dictionary in index");
}

Codec::~Codec() = default;

const std::string& Codec::dictionary() const {
  static const std::string k_none;
  return dicts_ ? dicts_->bytes : k_none;
}
Codec::Codec(Codec&&) noexcept = default;
Codec& Codec::operator=(Codec&&) noexcept = default;

namespace {

std::string dump(const nlohmann::json& data) {
  return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string Codec::pack(const nlohmann::json& data) const { return compress(dump(data)); }

std::string Codec::pack_lines(const std::vector<nlohmann::json>& lines) const {
  std::vector<const nlohmann::json*> pointers;
  pointers.reserve(lines.size());
  for (const auto& line : lines) pointers.push_back(&line);
  return pack_lines(pointers);
}

std::string Codec::pack_lines(const std::vector<const nlohmann::json*>& lines) const {
  // Compact JSON escapes every newline inside a string, so '\n' ends a line.
  std::string text;
  for (const auto* line : lines) {
    text += dump(*line);
    text += '\n';
  }
  return compress(text);
}

std::string Codec::compress(const std::string& text) const {
  std::string out(ZSTD_compressBound(text.size()), '\0');
  if (dicts_) {
    std::call_once(dicts_->c_made, [this] {
      dicts_->c = ZSTD_createCDict(dicts_->bytes.data(), dicts_->bytes.size(), k_level);
    });
    if (!dicts_->c) throw std::runtime_error("unusable zstd dictionary in index");
  }
  const std::size_t n =
      dicts_ ? ZSTD_compress_usingCDict(cctx(), out.data(), out.size(), text.data(), text.size(), dicts_->c)
             : ZSTD_compressCCtx(cctx(), out.data(), out.size(), text.data(), text.size(), k_level);
  if (ZSTD_isError(n)) throw std::runtime_error(std::string("zstd: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

nlohmann::json Codec::unpack(std::string_view packed) const { return nlohmann::json::parse(unpack_text(packed)); }

std::string Codec::unpack_text(std::string_view packed) const {
  const unsigned long long size = ZSTD_getFrameContentSize(packed.data(), packed.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ULL << 30))
    throw std::runtime_error("corrupt stored document data");
  std::string text(size, '\0');
  const bool with_dict = ZSTD_getDictID_fromFrame(packed.data(), packed.size()) != 0;
  if (with_dict && !dicts_) throw std::runtime_error("stored data needs the index's zstd dictionary");
  const std::size_t n =
      with_dict ? ZSTD_decompress_usingDDict(dctx(), text.data(), text.size(), packed.data(),
                                             packed.size(), dicts_->d)
                : ZSTD_decompressDCtx(dctx(), text.data(), text.size(), packed.data(), packed.size());
  if (ZSTD_isError(n) || n != size) throw std::runtime_error("corrupt stored document data");
  return text;
}

std::string Codec::train(const std::vector<std::string>& samples) {
  if (samples.size() < k_min_samples) return {};
  std::string all;
  std::vector<std::size_t> sizes;
  for (const auto& s : samples) {
    all += s;
    sizes.push_back(s.size());
  }
  std::string dict(k_dictionary_bytes, '\0');
  // FastCover with fixed parameters, trained once on every sample.
  // ZDICT_trainFromBuffer() searches its segment size k (four trainings on
  // three quarters of the samples, each scored by compressing the rest):
  // four times the CPU, in the one stretch of a new index's run that no
  // other thread shares (0.19 CPU s against 0.07 with k fixed, samples
  // included, on 20,000 generated items). There it chose k = 537, and the
  // stored data came out larger than with k = 200 (whole index 37.11
  // against 36.92 MB; trained at level 3: k = 100 37.15, 200 36.97, 300
  // 37.00, 537 37.03, 1000 37.29).
  ZDICT_fastCover_params_t params{};
  params.k = 200;
  params.d = 8;
  params.f = 20;
  params.accel = 1;
  params.splitPoint = 1.0;
  params.zParams.compressionLevel = k_level;
  const std::size_t n = ZDICT_trainFromBuffer_fastCover(dict.data(), dict.size(), all.data(), sizes.data(),
                                                        static_cast<unsigned>(sizes.size()), params);
  if (ZDICT_isError(n)) return {};
  dict.resize(n);
  return dict;
}

StoredMeeting::StoredMeeting(const Codec& codec, std::string_view packed) : text_(codec.unpack_text(packed)) {
  const std::string_view text(text_);
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines_.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (lines_.size() < 2) throw std::runtime_error("corrupt stored meeting data");
}

nlohmann::json StoredMeeting::reference() const { return nlohmann::json::parse(lines_[0]); }

nlohmann::json StoredMeeting::meeting() const { return nlohmann::json::parse(lines_[1]); }

nlohmann::json StoredMeeting::item(std::size_t n, const std::string& item_id) const {
  if (n == 0 || n > items()) throw std::out_of_range("no item " + std::to_string(n) + " in stored meeting");
  return {{"type", "item"}, {"id", item_id}, {"meeting", reference()}, {"item", nlohmann::json::parse(lines_[1 + n])}};
}

}  // namespace store
