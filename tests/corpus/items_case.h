// Table rows for item tests: a minutes text and the item titles it has.
// Shared by the conventions tests.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus/parser.h"

namespace corpus_test {

struct ItemsCase {
  const char* name;
  const char* text;
  std::vector<std::string> titles;
};

// The items' titles in order; none when the recogniser found no items and
// kept the text as one blob (its "no agenda items" warning).
inline std::vector<std::string> titles(const corpus::Meeting& m) {
  std::vector<std::string> out;
  const bool blob = std::any_of(m.warnings.begin(), m.warnings.end(),
                                [](const std::string& w) { return w.rfind("no agenda items", 0) == 0; });
  if (!blob)
    for (const auto& it : m.items) out.push_back(it.title);
  return out;
}

// Parses each case's text and expects exactly its titles.
inline void expect_titles(const ItemsCase* begin, const ItemsCase* end) {
  for (const ItemsCase* c = begin; c != end; ++c)
    EXPECT_EQ(titles(corpus::parse_meeting(c->text, "x.txt")), c->titles) << c->name;
}

}  // namespace corpus_test
