// The conventions of PDF transcripts (docplayer and the like) whose lines a
// text extraction ran together: one TEST per rule of corpus/lines.cc, on a
// short excerpt written in that convention. See docs/ARCHITECTURE.md §4.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/parser.h"

namespace {

corpus::Meeting parse(const std::string& text) { return corpus::parse_meeting(text, "x.txt"); }

std::vector<std::string> titles(const corpus::Meeting& m) {
  std::vector<std::string> out;
  for (const auto& item : m.items) out.push_back(item.title);
  return out;
}

// A general assembly's minutes run into one paragraph: the outcome after an
// item's title starts at a subject in its definite form and a verb
// ("Beretningen blev godkendt"), but a surname after a first name ("Jens
// Hansen blev valgt") is the one elected, still the outcome's subject: the
// title ends before the first name, not inside the name.
TEST(TranscriptConventionsTest, SurnameAfterFirstNameIsNoOutcomeSubject) {
  const std::string text =
      "Referat af ordinær generalforsamling i Grundejerforeningen Søbakken\n\n"
      "1. Valg af dirigent: Jens Hansen blev valgt og konstaterede, at generalforsamlingen var lovligt indkaldt. "
      "2. Formandens beretning Beretningen blev godkendt efter en kort drøftelse af vejene. 3. Regnskab: Kassereren gennemgik regnskabet, som blev godkendt. 4. Indkomne forslag: "
      "Ingen. 5. Valg til bestyrelsen: Peter Holm og Anne Berg blev genvalgt. 6. Eventuelt: Intet.\n";
  const auto m = parse(text);
  const std::vector<std::string> expected = {"Valg af dirigent", "Formandens beretning", "Regnskab",
                                             "Indkomne forslag", "Valg til bestyrelsen", "Eventuelt"};
  EXPECT_EQ(titles(m), expected);
  ASSERT_FALSE(m.items.empty());
  ASSERT_FALSE(m.items.front().sections.empty());
  EXPECT_EQ(m.items.front().sections.front().text.rfind("Jens Hansen blev valgt", 0), 0u)
      << m.items.front().sections.front().text;
}

}  // namespace
