// Replays kept inputs through one fuzz target's entry point in the normal
// build, so every fix stays fixed. Built once per target (see CMakeLists.txt):
// the query target replays tests/fuzz/regressions/query-* and the query
// seeds; the file targets (reader, parser, pdf, docx, html) replay every other
// file kept in tests/fuzz/regressions/ and the sample corpus, and the format
// targets also every fixture of tests/formats/fixtures.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
// Defined only by the targets that need a set-up (fuzz_query builds an index).
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));

namespace fs = std::filesystem;

namespace {

bool is_query_input(const fs::path& p) { return p.filename().string().rfind("query-", 0) == 0; }

std::vector<fs::path> inputs() {
  const bool query = std::string(REFERAT_FUZZ_TARGET) == "query";
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(REFERAT_FUZZ_DIR "/regressions"))
    if (entry.is_regular_file() && is_query_input(entry.path()) == query) found.push_back(entry.path());
  const fs::path extra = query ? fs::path(REFERAT_FUZZ_DIR "/seeds/query") : fs::path(REFERAT_SAMPLE_DIR);
  for (const auto& entry : fs::directory_iterator(extra))
    if (entry.is_regular_file()) found.push_back(entry.path());
#ifdef REFERAT_FUZZ_SEEDS
  // The format readers' targets: every fixture, good and broken.
  for (const auto& entry : fs::recursive_directory_iterator(REFERAT_FUZZ_SEEDS))
    if (entry.is_regular_file() && entry.path().extension() != ".py") found.push_back(entry.path());
#endif
  return found;
}

// One suite name per target: FuzzReaderRegressionTest, FuzzParserRegressionTest, ...
TEST(REFERAT_FUZZ_SUITE, KeptInputsRunCleanly) {
  if (LLVMFuzzerInitialize != nullptr) {
    int argc = 0;
    char** argv = nullptr;
    ASSERT_EQ(LLVMFuzzerInitialize(&argc, &argv), 0);
  }
  std::size_t n = 0;
  for (const auto& path : inputs()) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string bytes = buf.str();
    EXPECT_EQ(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), 0)
        << path;
    ++n;
  }
  EXPECT_GT(n, 0u);
}

}  // namespace
