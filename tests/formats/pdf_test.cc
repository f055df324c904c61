// The PDF reader: line-end hyphens, ligatures, page furniture, structure
// cues and page numbers, on fixtures made by make_fixtures.py.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "formats/document.h"
#include "formats/readers.h"

namespace {

namespace fs = std::filesystem;
using formats::BlockKind;
using formats::HyphenJoin;

struct JoinCase {
  const char* before;
  const char* next;
  HyphenJoin join;
};

TEST(PdfReaderTest, JoinsLineEndHyphensTheDanishWay) {
  const JoinCase cases[] = {
      {"sundheds-", "klyngen", HyphenJoin::remove_hyphen},
      {"forebyggelses-", "indsatsen.", HyphenJoin::remove_hyphen},
      {"på-", "æøå", HyphenJoin::remove_hyphen},
      {"Social-", "og", HyphenJoin::keep_hyphen_and_space},      // Social- og Sundhedsudvalget
      {"Børne-", "eller", HyphenJoin::keep_hyphen_and_space},
      {"Ældre-", "samt", HyphenJoin::keep_hyphen_and_space},
      {"2024-", "2025", HyphenJoin::keep_hyphen},                 // 2024-2025
      {"Covid-", "19", HyphenJoin::keep_hyphen},                  // Covid-19
      {"EU-", "Kommissionen", HyphenJoin::keep_hyphen},
      {"e-", "Sundhed", HyphenJoin::keep_hyphen},
      {"PLO-", "Nordjylland", HyphenJoin::keep_hyphen},
      {"-", "x", HyphenJoin::keep_hyphen_and_space},              // a dash, not a hyphen
      {"ord", "x", HyphenJoin::keep_hyphen_and_space},            // no hyphen at all
  };
  for (const auto& c : cases)
    EXPECT_EQ(formats::join_at_line_end(c.before, c.next), c.join) << c.before << " " << c.next;
}

TEST(PdfReaderTest, JoinsHyphensAndFoldsLigaturesInADocument) {
  const formats::Document d = formats::read_document(fs::path(REFERAT_FORMATS_FIXTURES) / "hyphens.pdf");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[0].text,
            "Punktet blev drøftet af repræsentanterne for sundhedsklyngen, og der var enighed om at sende "
            "sagen til Social- og Sundhedsudvalget med budgettet for 2024-2025 og erfaringerne fra "
            "Covid-19 som grundlag for EU-Kommissionens høring.");
  EXPECT_EQ(d.blocks[1].text, "Officielt: flere finansieringsmuligheder.");  // ﬁ ﬂ drawn as ligatures
  EXPECT_EQ(d.blocks[0].page, 1);
}

// An agenda in a style without space between paragraphs, its lines reaching
// the margin (LibreOffice's and Word's "Ingen afstand" exports): the number
// after the one above starts an entry of its own though it would fit at the
// end of the line before; a wrapped entry's second line and a day before its
// month still join. Two short headings one under the other are two
// headings; a heading that wrapped is one. The number after the last one
// opens a paragraph of its own after any line.
TEST(PdfReaderTest, TheNextNumberStartsAnEntryEvenAfterAFullLine) {
  const formats::Document d = formats::read_document(fs::path(REFERAT_FORMATS_FIXTURES) / "numbered.pdf");
  ASSERT_EQ(d.blocks.size(), 8u);
  EXPECT_EQ(d.blocks[0].text,
            "55. Beslutning om opfølgning på politikker og strategier på udvalgets område og kommunens nye "
            "sundhedspolitik for");
  EXPECT_EQ(d.blocks[1].text, "56. Status på kommunalbestyrelsens arbejdsprogram for 2020+");
  EXPECT_EQ(d.blocks[2].text,
            "57. Orienteringer\nUdvalget besluttede at holde det næste møde den 4. juni 2020 i Rådssalen.");
  EXPECT_EQ(d.blocks[3].text, "Status på Fibernet.");
  EXPECT_EQ(d.blocks[4].text, "Hårbølle Havn.");
  EXPECT_EQ(d.blocks[5].text, "Godkendelse af anbefalinger fra Projektudvalget for Afbureaukratisering");
  for (int i = 3; i <= 5; ++i) EXPECT_EQ(d.blocks[i].kind, BlockKind::heading) << i;
  EXPECT_EQ(d.blocks[6].text, "Godkendt.");
  EXPECT_EQ(d.blocks[7].text, "58. Eventuelt");  // the number after 57, two headings on
}

TEST(PdfReaderTest, ReadsStructureCuesAndPages) {
  const formats::Document d =
      formats::read_document(fs::path(REFERAT_FORMATS_FIXTURES) / "000_f3d27487db9cbfb0.pdf");
  EXPECT_EQ(d.format, formats::Format::pdf);
  EXPECT_EQ(d.pages, 12);
  EXPECT_TRUE(d.warnings.empty());
  ASSERT_GT(d.blocks.size(), 20u);
  // The title in the largest size, the items in the next.
  EXPECT_EQ(d.blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(d.blocks[0].level, 1);
  EXPECT_EQ(d.blocks[0].text, "REFERAT Direktørforum Sundhedsklynge Midt d. 08-02-2024");
  // The bordered header table as label/value rows.
  EXPECT_EQ(d.blocks[1].kind, BlockKind::table_row);
  EXPECT_EQ(d.blocks[1].cells, (std::vector<std::string>{"Mødedato", "Torsdag d. 08. februar 2024 kl. 14:00"}));
  int items = 0, bold = 0, bullets = 0, last_page = 0;
  for (const auto& b : d.blocks) {
    if (b.kind == BlockKind::heading && b.level == 2) {
      EXPECT_EQ(b.text.rfind("Punkt ", 0), 0u) << b.text;
      ++items;
    }
    bold += b.bold && b.kind == BlockKind::paragraph && b.text == "Beslutning";
    bullets += b.kind == BlockKind::list_item;
    EXPECT_GE(b.page, last_page) << b.text;  // every block has its page, in order
    last_page = b.page;
  }
  EXPECT_EQ(items, 10);
  EXPECT_GE(bold, 5);
  EXPECT_GE(bullets, 10);
  EXPECT_EQ(last_page, 12);
  for (const auto& b : d.blocks) {
    if (b.text.rfind("Punkt 10: Eventuelt", 0) == 0) {
      EXPECT_EQ(b.page, 12);
    }
    if (b.text.rfind("Punkt 1: Deltagere", 0) == 0) {
      EXPECT_EQ(b.page, 1);
    }
  }
}

// A one-page Word export: no repetition shows its footer, but "Side 1 af 1"
// and the file's path (Word's FILENAME field) are page furniture by shape.
TEST(PdfReaderTest, DropsPageNumberAndFilePathFootersOfASinglePage) {
  const formats::Document d = formats::read_document(fs::path(REFERAT_REALWORLD_CONVERTED) /
                                                     "001-kk-lokaludvalg-2018.pdf");
  ASSERT_EQ(d.pages, 1);
  ASSERT_FALSE(d.blocks.empty());
  for (const auto& b : d.blocks) {
    EXPECT_EQ(b.text.find("C:\\Users"), std::string::npos) << b.text;
    EXPECT_EQ(b.text.find("Side 1 af 1"), std::string::npos) << b.text;
  }
  EXPECT_EQ(d.blocks.back().text, "Sheikh Mohammed udeblev uden afbud.");
}

// Word's "different first page": the running header ("Referat", 8 pt) stands
// on page 2 only of a two-page export, so no repetition shows it; in the
// margin, smaller than the body text, on every page but the first, it is
// dropped, and the participant list it interrupted reads on.
TEST(PdfReaderTest, DropsARunningHeaderOfEveryPageButTheFirst) {
  const formats::Document d = formats::read_document(fs::path(REFERAT_REALWORLD_CONVERTED) /
                                                     "034-rm-psykiatriforum-2022.pdf");
  ASSERT_EQ(d.pages, 2);
  bool page2 = false, listed = false;
  for (const auto& b : d.blocks) {
    listed |= b.text.find("Mark Brix Christensen, konsulent") != std::string::npos;
    if (b.page != 2) continue;
    page2 = true;
    EXPECT_NE(b.text, "Referat");
  }
  EXPECT_TRUE(page2);
  EXPECT_TRUE(listed);
}

// A tab-aligned line reads as a row; the full-width lines after it are no
// second line of its first cell (they run into the next column's place).
TEST(PdfReaderTest, ARowEndsWhereTheNextLineRunsIntoAnotherColumn) {
  const formats::Document d = formats::read_document(fs::path(REFERAT_REALWORLD_CONVERTED) /
                                                     "115-slagelse-sundhed-senior-2016.pdf");
  int rows = 0;
  for (const auto& b : d.blocks) {
    if (b.kind != BlockKind::table_row || b.text.find("Sagsnr.:") == std::string::npos) continue;
    ++rows;
    ASSERT_EQ(b.cells.size(), 3u) << b.text;
    EXPECT_EQ(b.cells[0].rfind("Sagsnr.: 330-2016-", 0), 0u) << b.cells[0];
    EXPECT_LT(b.cells[0].size(), 30u) << b.cells[0];
    EXPECT_EQ(b.cells[2], "Åbent");
  }
  EXPECT_GE(rows, 2);
}

}  // namespace
