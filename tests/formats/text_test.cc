#include "formats/text.h"

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <gtest/gtest.h>

namespace {

std::string write_temp(const std::string& name, const std::string& bytes) {
  const auto path = std::filesystem::path(testing::TempDir()) / ("referat_reader_" + std::to_string(::getpid()) + "_" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

struct DecodeCase {
  const char* name;
  std::string bytes;
  std::string text;
};

TEST(ReaderTest, DecodesEncodingsAndLineEndings) {
  const DecodeCase cases[] = {
      {"utf8", "Beslutning\næøå\n", "Beslutning\næøå\n"},
      {"bom", "\xEF\xBB\xBF" "Beslutning\n", "Beslutning\n"},
      {"crlf", "Punkt 1: A\r\nBeslutning\r\rx", "Punkt 1: A\nBeslutning\n\nx"},
      {"windows-1252", "Beslutning: \xe6\xf8\xe5 \xc6\xd8\xc5 \x96 \x80", "Beslutning: æøå ÆØÅ – €"},
      {"utf16le", std::string("\xFF\xFE" "B\0\xE6\0\n\0", 8), "Bæ\n"},
      {"utf16be", std::string("\xFE\xFF\0B\0\xE6\0\n", 8), "Bæ\n"},
      {"nfd", "a\xCC\x8A", "å"},
  };
  for (const auto& c : cases) EXPECT_EQ(formats::decode_text(c.bytes), c.text) << c.name;
}

TEST(ReaderTest, RejectsEmptyBinaryAndHugeFiles) {
  const std::pair<std::string, std::string> cases[] = {
      {"empty", ""},
      {"blank", " \n\n\t "},
      {"nul", std::string("abc\0def", 7)},
      {"png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)},
      {"zip", std::string("PK\x03\x04\x14\0\0\0\x08\0", 10)},
  };
  for (const auto& [name, bytes] : cases) {
    const std::string path = write_temp(name, bytes);
    EXPECT_THROW(formats::read_text_file(path), formats::RejectedFile) << name;
  }
  const std::string big = write_temp("big", "x");
  std::filesystem::resize_file(big, formats::k_max_file_bytes + 1);
  try {
    formats::read_text_file(big);
    FAIL();
  } catch (const formats::RejectedFile& e) {
    EXPECT_NE(std::string(e.what()).find("too large"), std::string::npos);
  }
  EXPECT_THROW(formats::read_text_file("/nonexistent/file.txt"), formats::RejectedFile);
}

TEST(ReaderTest, StripsMarkup) {
  const std::pair<const char*, const char*> cases[] = {
      {"<u>Gæster:</u> Mikkel", "Gæster: Mikkel"},
      {"**OBS.** Det skal", "OBS. Det skal"},
      {"*Nordjyderne bliver sundere*", "Nordjyderne bliver sundere"},
      {"\"[Endelig aftale om 500 mio.](#)\"", "\"Endelig aftale om 500 mio.\""},
      {"[link](https://example.dk/x)", "link"},
      {"a < b og 1/3 af e-sundhed", "a < b og 1/3 af e-sundhed"},
      {"- punkt * med stjerne", "- punkt * med stjerne"},
      {"<span class=\"x\">tekst</span>", "tekst"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(formats::strip_markup(in), out) << in;
}

TEST(ReaderTest, UnescapesMarkdownBackslashEscapes) {
  const std::pair<const char*, const char*> cases[] = {
      // corpus/sample/004: a link whose text holds escapes.
      {"dagsorden den 28/11 2023: [Sundhedsudvalget - Mødelokale 4 \\(regionsyddanmark.dk\\)]"
       "(https://regionsyddanmark.dk)",
       "dagsorden den 28/11 2023: Sundhedsudvalget - Mødelokale 4 (regionsyddanmark.dk)"},
      {"Mødelokale 4 \\(regionsyddanmark.dk\\)", "Mødelokale 4 (regionsyddanmark.dk)"},
      {"\\- ikke en punktliste", "- ikke en punktliste"},
      {"1\\. januar", "1. januar"},
      {"a \\\\ b", "a \\ b"},
      // An escaped markup character is the character, not markup.
      {"\\*ikke fremhævet\\*", "*ikke fremhævet*"},
      {"\\<u>tekst\\</u>", "<u>tekst</u>"},
      {"\\[tekst](#)", "[tekst](#)"},
      // Backslashes before anything else stay.
      {"C:\\Dokumenter\\referat.docx", "C:\\Dokumenter\\referat.docx"},
      {"\\æ og \\n", "\\æ og \\n"},
      {"slutter med \\", "slutter med \\"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(formats::strip_markup(in), out) << in;
}

}  // namespace

namespace {

TEST(TextBlocksTest, LinesBecomeBlocksWithCues) {
  const auto blocks = formats::text_blocks(
      "\n# REFERAT\n\nMøde\tKlyngestyregruppe Midt\n**Beslutning**\n  Godkendt. <u>x</u>\n");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].kind, formats::BlockKind::heading);
  EXPECT_EQ(blocks[0].level, 1);
  EXPECT_EQ(blocks[0].text, "REFERAT");
  EXPECT_EQ(blocks[1].kind, formats::BlockKind::table_row);
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"Møde", "Klyngestyregruppe Midt"}));
  EXPECT_TRUE(blocks[2].bold);
  EXPECT_EQ(blocks[2].text, "Beslutning");
  EXPECT_EQ(blocks[3].kind, formats::BlockKind::paragraph);
  EXPECT_EQ(blocks[3].text, "Godkendt. x");
}

}  // namespace
