#include "analyzers/term_codes.h"

#include <stdexcept>

namespace analyzers {
namespace {

// The first byte at place i (0-102) of the set and the place of a byte (or
// -1 if it cannot start a code).
char first_byte(std::uint32_t i) {
  if (i < 64) return static_cast<char>(0x80 + i);
  if (i < 72) return static_cast<char>(0xF8 + (i - 64));
  return static_cast<char>(0x01 + (i - 72));
}

int first_byte_place(unsigned char b) {
  if (b >= 0x80 && b <= 0xBF) return b - 0x80;
  if (b >= 0xF8) return 64 + (b - 0xF8);
  if (b >= 0x01 && b <= 0x1F) return 72 + (b - 0x01);
  return -1;
}

}  // namespace

std::string term_code(std::uint32_t n) {
  if (n < k_one_byte_codes) return std::string(1, first_byte(n));
  n -= k_one_byte_codes;
  if (n < k_two_byte_codes) {
    std::string code(1, first_byte(n / k_code_further_bytes));
    code += static_cast<char>(1 + n % k_code_further_bytes);
    return code;
  }
  n -= k_two_byte_codes;
  if (n < k_three_byte_codes) {
    constexpr std::uint32_t k_per_first = k_code_further_bytes * k_code_further_bytes;
    std::string code(1, first_byte(n / k_per_first));
    const std::uint32_t rest = n % k_per_first;
    code += static_cast<char>(1 + rest / k_code_further_bytes);
    code += static_cast<char>(1 + rest % k_code_further_bytes);
    return code;
  }
  throw std::out_of_range("term_code: more than " + std::to_string(k_max_term_codes) + " words");
}

std::optional<std::uint32_t> term_code_number(std::string_view code) {
  if (code.empty() || code.size() > 3) return std::nullopt;
  const int first = first_byte_place(static_cast<unsigned char>(code[0]));
  if (first < 0) return std::nullopt;
  std::uint32_t rest = 0;
  for (std::size_t i = 1; i < code.size(); ++i) {
    const auto b = static_cast<unsigned char>(code[i]);
    if (b == 0) return std::nullopt;
    rest = rest * k_code_further_bytes + (b - 1u);
  }
  const auto f = static_cast<std::uint32_t>(first);
  switch (code.size()) {
    case 1:
      return f;
    case 2:
      return k_one_byte_codes + f * k_code_further_bytes + rest;
    default:
      return k_one_byte_codes + k_two_byte_codes + f * k_code_further_bytes * k_code_further_bytes + rest;
  }
}

bool is_term_code(std::string_view code) { return term_code_number(code).has_value(); }

}  // namespace analyzers
