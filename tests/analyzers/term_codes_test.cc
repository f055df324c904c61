#include "analyzers/term_codes.h"

#include <set>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "analyzers/analyzer.h"

namespace {

using analyzers::is_term_code;
using analyzers::term_code;
using analyzers::term_code_number;

struct CodeCase {
  std::uint32_t number;
  std::string code;
};

TEST(TermCodeTest, GivesTheDocumentedCodesAtTheBoundaries) {
  const CodeCase cases[] = {
      {0, "\x80"},
      {63, "\xBF"},
      {64, "\xF8"},
      {71, "\xFF"},
      {72, "\x01"},
      {102, "\x1F"},
      // Two bytes: first byte's place, then 0x01-0xFF.
      {103, "\x80\x01"},
      {103 + 254, "\x80\xFF"},
      {103 + 255, "\x81\x01"},
      {103 + 103 * 255 - 1, "\x1F\xFF"},
      // Three bytes.
      {103 + 103 * 255, "\x80\x01\x01"},
      {103 + 103 * 255 + 1, "\x80\x01\x02"},
      {103 + 103 * 255 + 255, "\x80\x02\x01"},
      {103 + 103 * 255 + 255 * 255, "\x81\x01\x01"},
      {analyzers::k_max_term_codes - 1, "\x1F\xFF\xFF"},
  };
  for (const auto& [number, code] : cases) {
    EXPECT_EQ(term_code(number), code) << number;
    EXPECT_EQ(term_code_number(code), number) << number;
    EXPECT_TRUE(is_term_code(code)) << number;
  }
  EXPECT_EQ(analyzers::k_max_term_codes, 6723943u);
}

TEST(TermCodeTest, RoundTripsAndStaysUniqueAcrossLengths) {
  std::set<std::string> seen;
  auto check = [&](std::uint32_t n) {
    const std::string code = term_code(n);
    ASSERT_EQ(term_code_number(code), n);
    ASSERT_TRUE(seen.insert(code).second) << n;
    ASSERT_EQ(code.find('\0'), std::string::npos) << n;
    const auto first = static_cast<unsigned char>(code[0]);
    ASSERT_FALSE(first >= 'A' && first <= 'Z') << n;
    ASSERT_LE(code.size(), n < 103 ? 1u : n < 103 + 103 * 255 ? 2u : 3u) << n;
  };
  // Every one- and two-byte code, and three-byte codes around each first byte.
  for (std::uint32_t n = 0; n < 103 + 103 * 255; ++n) check(n);
  for (std::uint32_t n = 103 + 103 * 255; n < analyzers::k_max_term_codes; n += 997) check(n);
  check(analyzers::k_max_term_codes - 1);
}

TEST(TermCodeTest, RejectsWhatIsNotACode) {
  const std::string not_codes[] = {
      "",                   // empty
      "a",                  // a word's first byte
      "7",                  // a number's
      "Z",                  // a prefix letter
      "\xC3\xA6",           // "æ": a UTF-8 lead byte
      std::string(1, '\0'), // 0x00 first
      std::string("\x80\0", 2),  // 0x00 further
      std::string("\x80\x01\0", 3),
      "\x80\x01\x01\x01",   // four bytes
      "\x20",               // space: not in the set
      "\x7F",
  };
  for (const std::string& s : not_codes) {
    EXPECT_FALSE(term_code_number(s).has_value()) << s;
    EXPECT_FALSE(is_term_code(s)) << s;
  }
  EXPECT_THROW(term_code(analyzers::k_max_term_codes), std::out_of_range);
}

TEST(TermCodeTest, NoFoldedWordStartsLikeACode) {
  // Whatever the text, a token's folded word begins with a word character's
  // UTF-8 lead byte, never a code's first byte.
  const char* texts[] = {"Klyngemidlerne 1.022.190 æblet Ørsted Åbenrå _x C++ \xFF\xFE ̈ß Σ 中文 \x01\x1F"};
  for (const char* text : texts)
    for (const auto& token : analyzers::tokenize(text))
      EXPECT_FALSE(is_term_code(token.word.substr(0, 1))) << token.word;
}

}  // namespace
