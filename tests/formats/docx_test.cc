// The DOCX reader on features.docx (made by make_fixtures.py): split runs,
// a tracked deletion, a field, a comment, Danish heading style names,
// automatic numbering, bullets, a tab layout, a table, a line break, and a
// header and footer that must not be read.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "formats/document.h"
#include "formats/readers.h"

namespace {

using formats::BlockKind;

struct Expected {
  BlockKind kind;
  int level;
  bool bold;
  const char* text;
};

TEST(DocxReaderTest, ReadsFeaturesAsWordShowsThem) {
  const formats::Document d =
      formats::read_document(std::filesystem::path(REFERAT_FORMATS_FIXTURES) / "features.docx");
  const Expected expected[] = {
      {BlockKind::heading, 1, true, "Referat"},                          // style "Overskrift 1"
      {BlockKind::paragraph, 0, false, "sundhedsklyngen mødes igen."},   // split run, w:del left out
      {BlockKind::paragraph, 0, false, "Dato: 8. februar 2024"},         // field result, not its code
      {BlockKind::paragraph, 0, false, "Kommenteret tekst"},             // comment marks left out
      {BlockKind::heading, 2, true, "Punkt 1: Godkendelse af dagsorden"},  // numbering "Punkt %1:"
      {BlockKind::heading, 2, true, "Punkt 2: Status"},
      {BlockKind::heading, 2, true, "Punkt 3: Eventuelt"},
      {BlockKind::list_item, 0, false, "1. Godkender dagsordenen"},      // numbering "%1."
      {BlockKind::list_item, 0, false, "2. Tager status til efterretning"},
      {BlockKind::list_item, 0, false, "Et punkt med bullet"},           // bullets give no prefix
      {BlockKind::paragraph, 0, true, "Beslutning"},
      {BlockKind::table_row, 0, false, "Mødedato\tTorsdag d. 8. februar 2024"},  // tab layout
      {BlockKind::table_row, 0, false, "Deltagere\tEva Knudsen\nBente Graversen"},
      {BlockKind::table_row, 0, false, "Afbud\tJan Mainz"},
      {BlockKind::paragraph, 0, false, "Linje et\nlinje to"},            // w:br
  };
  ASSERT_EQ(d.blocks.size(), std::size(expected));
  for (std::size_t i = 0; i < d.blocks.size(); ++i) {
    const auto& b = d.blocks[i];
    const auto& e = expected[i];
    EXPECT_EQ(b.text, e.text) << i;
    EXPECT_EQ(b.kind, e.kind) << e.text;
    EXPECT_EQ(b.level, e.level) << e.text;
    EXPECT_EQ(b.bold, e.bold) << e.text;
    EXPECT_EQ(b.page, 0) << e.text;
  }
  EXPECT_EQ(d.blocks[12].cells, (std::vector<std::string>{"Deltagere", "Eva Knudsen\nBente Graversen"}));
}

TEST(DocxReaderTest, SampleItemsKeepWordGeneratedNumbers) {
  // In the sample DOCX the item headings hold no number: Word's numbering
  // "Punkt %1:" makes it, and the reader rebuilds it.
  const formats::Document d = formats::read_document(
      std::filesystem::path(REFERAT_FORMATS_FIXTURES) / "000_f3d27487db9cbfb0.docx");
  std::vector<std::string> headings;
  for (const auto& b : d.blocks)
    if (b.kind == BlockKind::heading && b.level == 2) headings.push_back(b.text);
  ASSERT_EQ(headings.size(), 10u);
  EXPECT_EQ(headings[0], "Punkt 1: Deltagere");
  EXPECT_EQ(headings[9], "Punkt 10: Eventuelt");
}

TEST(DocxReaderTest, ReadsLocalisedHeadingStyles) {
  // 001 is made with the styles renamed "Overskrift 1/2".
  const formats::Document d = formats::read_document(
      std::filesystem::path(REFERAT_FORMATS_FIXTURES) / "001_bdb304747eb2561f.docx");
  ASSERT_FALSE(d.blocks.empty());
  EXPECT_EQ(d.blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(d.blocks[0].level, 1);
  EXPECT_EQ(d.blocks[0].text, "REFERAT Politisk Sundhedsklynge Syd d. 22-10-2024");
}

}  // namespace
