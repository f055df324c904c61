// Table rows for attendance tests: a minutes text and the names it has
// present and absent. Shared by the conventions tests.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus/parser.h"

namespace corpus_test {

struct PeopleCase {
  const char* name;
  const char* text;
  std::vector<std::string> present;
  std::vector<std::string> absent;
};

// The names present (or absent), sorted: the order people are found in is
// not what these tests are about.
inline std::vector<std::string> names(const corpus::Meeting& m, bool present) {
  std::vector<std::string> out;
  for (const auto& p : m.participants)
    if (p.present == present) out.push_back(p.name);
  std::sort(out.begin(), out.end());
  return out;
}

inline std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// Parses `c.text` and expects exactly its present and absent names.
inline void expect_people(const PeopleCase& c) {
  const corpus::Meeting m = corpus::parse_meeting(c.text, "x.txt");
  EXPECT_EQ(names(m, true), sorted(c.present)) << c.name;
  EXPECT_EQ(names(m, false), sorted(c.absent)) << c.name;
}

}  // namespace corpus_test
