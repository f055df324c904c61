// Replays every input kept in tests/fuzz/regressions/ (crashes the fuzzers
// once found, now fixed) through the same entry points, in the normal build.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

TEST(FuzzRegressionTest, KeptInputsRunCleanly) {
  std::size_t n = 0;
  for (const auto& dir : {REFERAT_FUZZ_DIR "/regressions", REFERAT_SAMPLE_DIR}) {
    if (!std::filesystem::exists(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      const std::string bytes = buf.str();
      EXPECT_EQ(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), 0)
          << entry.path();
      ++n;
    }
  }
  EXPECT_GT(n, 0u);
}

}  // namespace
