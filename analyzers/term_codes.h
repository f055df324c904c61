// Short codes for an index's words. A word term (prefix + folded word) is
// written as prefix + code(word): the words' spellings were most of the
// index's bytes (every position list's B-tree key holds its term whole), and
// a 1-3 byte code in their place makes the index about 0.7x its size. The
// codes are given per index, in the order the index first met the words; the
// table word <-> code lives in the index's metadata (the keys below).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace analyzers {

// How many first bytes a code may start with: the UTF-8 continuation bytes
// 0x80-0xBF, then 0xF8-0xFF, then the control bytes 0x01-0x1F. No folded
// word or number starts with one (fold_case gives valid UTF-8 and word
// characters only), nor is one an upper-case ASCII letter (Xapian's term
// prefixes), so prefix + code never equals prefix + word nor another prefix's
// term.
inline constexpr std::uint32_t k_code_first_bytes = 103;

// How many values each further byte takes: 0x01-0xFF (never 0x00, which
// glass escapes in keys).
inline constexpr std::uint32_t k_code_further_bytes = 255;

// The number of codes of one, two and three bytes, and of all codes.
inline constexpr std::uint32_t k_one_byte_codes = k_code_first_bytes;
inline constexpr std::uint32_t k_two_byte_codes = k_code_first_bytes * k_code_further_bytes;
inline constexpr std::uint32_t k_three_byte_codes =
    k_code_first_bytes * k_code_further_bytes * k_code_further_bytes;
inline constexpr std::uint32_t k_max_term_codes = k_one_byte_codes + k_two_byte_codes + k_three_byte_codes;

// The code of the n-th word (n from 0): numbers 0-102 get one byte (a first
// byte), the next 103 * 255 two bytes (a first byte, then a byte 0x01-0xFF),
// the next 103 * 255 * 255 three bytes; within each length, in order of the
// first byte's place in the set above, then of the further bytes' values.
// Throws std::out_of_range if n >= k_max_term_codes (6,723,943).
std::string term_code(std::uint32_t n);

// The number whose code is `code` (term_code's inverse), or nullopt if
// `code` is not a code: empty or longer than 3 bytes, a first byte outside
// the set, or a further byte 0x00.
std::optional<std::uint32_t> term_code_number(std::string_view code);

// True if `code` is a code (term_code_number gives a number).
bool is_term_code(std::string_view code);

// The index metadata of the code table, in the index's first shard (read
// through a Database of several shards, get_metadata gives the first
// shard's): k_word_key_prefix + word -> its code, k_code_key_prefix + code
// -> its word, and k_codes_key -> how many codes were given so far (a
// decimal number; the next word gets term_code(that number)).
inline constexpr std::string_view k_word_key_prefix = "w:";
inline constexpr std::string_view k_code_key_prefix = "c:";
inline constexpr std::string_view k_codes_key = "codes";

}  // namespace analyzers
