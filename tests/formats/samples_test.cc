// The key target of the format readers: each sample minutes file, converted
// to PDF, DOCX and HTML by tests/formats/fixtures/make_fixtures.py (with the
// page chrome of each format added), reads back to the same lines as its
// text: every line of the text appears among the blocks' lines of each
// format, in order, and every block line of each format is a line of the
// text (so no header, footer, navigation or cookie text got in).
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "formats/document.h"
#include "formats/readers.h"

namespace {

namespace fs = std::filesystem;

const fs::path k_fixtures = REFERAT_FORMATS_FIXTURES;

// A line as compared: NFKC, tabs and runs of spaces as one space, a leading
// "- " or "• " bullet removed (DOCX and HTML lists carry no bullet text).
std::string normalise(std::string_view line) {
  std::string s = formats::collapse_space(formats::nfkc(line));
  for (std::string_view bullet : {"- ", "\xE2\x80\xA2 "})
    if (s.compare(0, bullet.size(), bullet) == 0) s.erase(0, bullet.size());
  return s;
}

std::vector<std::string> lines_of(const formats::Document& d) {
  std::vector<std::string> out;
  for (const auto& b : d.blocks) {
    std::size_t start = 0;
    while (start <= b.text.size()) {
      std::size_t end = b.text.find('\n', start);
      if (end == std::string::npos) end = b.text.size();
      std::string l = normalise(std::string_view(b.text).substr(start, end - start));
      if (!l.empty()) out.push_back(std::move(l));
      start = end + 1;
    }
  }
  return out;
}

std::vector<std::string> sample_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(REFERAT_SAMPLE_DIR))
    if (e.path().extension() == ".txt") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

// Text fragments of page chrome the generator puts around the minutes.
const char* const k_chrome[] = {
    "Side 1 af", "Side 2 af", "C:\\Users", "Sundhedsklynge \xE2\x80\x93 referat", "cookies",
    "Accepter alle", "Udskriv", "Tilbage til toppen", "Fold dette punkt", "Se alle dagsordener",
    "Forside", "Om klyngen", "Gå til hovedindhold", "Tilgængelighedserklæring",
    "Slå JavaScript", "SLETTET", "DOCPROPERTY", "PAGE",
};

class SampleFormatTest : public testing::TestWithParam<std::string> {};

TEST_P(SampleFormatTest, ReadsTheLinesOfTheTextInOrderAndNothingElse) {
  const std::string ext = GetParam();
  const auto names = sample_names();
  ASSERT_EQ(names.size(), 4u);
  for (const auto& name : names) {
    SCOPED_TRACE(name + "." + ext);
    const auto reference = lines_of(formats::read_document(fs::path(REFERAT_SAMPLE_DIR) / (name + ".txt")));
    const formats::Document d = formats::read_document(k_fixtures / (name + "." + ext));
    EXPECT_EQ(formats::format_name(d.format), ext);
    const auto got = lines_of(d);
    // Every text line, in order.
    std::size_t at = 0, missing = 0;
    for (const auto& line : reference) {
      std::size_t k = at;
      while (k < got.size() && got[k] != line) ++k;
      if (k == got.size()) {
        ADD_FAILURE() << "missing or out of order: " << line;
        if (++missing > 5) break;
        continue;
      }
      at = k + 1;
    }
    // Nothing else: every line read is a line of the text.
    const std::set<std::string> known(reference.begin(), reference.end());
    std::size_t extra = 0;
    for (const auto& line : got) {
      if (!known.count(line)) {
        ADD_FAILURE() << "not in the text: " << line;
        if (++extra > 5) break;
      }
      for (const char* chrome : k_chrome) EXPECT_EQ(line.find(chrome), std::string::npos) << line;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Formats, SampleFormatTest, testing::Values("pdf", "docx", "html"));

}  // namespace
