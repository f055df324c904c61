// The conventions of PDF transcripts (docplayer and the like) whose lines a
// text extraction ran together: one TEST per rule of corpus/lines.cc, on a
// short excerpt written in that convention. See docs/ARCHITECTURE.md §4.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/parser.h"
#include "tests/corpus/people_case.h"

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

// A municipal minutes form whose labels a transcript printed first and the
// values after them in the same order: the place up to the first person,
// the members' comma list, the absent member glued to the list's last name
// (or "Ingen"), then the minute taker; "Bemærkninger" is the form's empty
// remarks label.
TEST(TranscriptConventionsTest, FormValuesAfterTheirLabels) {
  const corpus_test::PeopleCase cases[] = {
      {"labels without colons, the absent member glued to the last member",
       "1 Kommunalbestyrelsen Referat Dato 3. marts 2025 Mødetidspunkt 18:00 Sluttidspunkt 20:25 Sted Medlemmer "
       "Fraværende Byrådssalen, Rådhuset Anne Holm, Bo Jensen, Carl Berg, Dorte Friis, Erik Lund Martin Leider "
       "Olsen Bemærkninger\n\n2 1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Berg", "Dorte Friis", "Erik Lund"},
       {"Martin Leider Olsen"}},
      {"labels with colons, none absent, the minute taker last",
       "1 Åbent Referat til Udvalget for Kultur og Fritid Mødedato: Tirsdag den 9. juni 2025 Mødetidspunkt: "
       "13:00-16:00 Mødested: Deltagere: Fraværende: Referent: Dronningeværelset, Rådhuset Lise Bak, Mads Krogh, Per "
       "Rask Jensen, Søren Dam Ingen Pia Koch Hauge\n\n2 1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Lise Bak", "Mads Krogh", "Per Rask Jensen", "Søren Dam", "Pia Koch Hauge"},
       {}},
  };
  for (const auto& c : cases) corpus_test::expect_people(c);
  const auto m = parse(cases[1].text);
  EXPECT_EQ(m.minute_taker.value_or(""), "Pia Koch Hauge");
  EXPECT_EQ(m.location.value_or(""), "Dronningeværelset, Rådhuset");
}

}  // namespace
