// Agenda conventions of associations and boards: the titles their statutes
// prescribe for a general meeting, written as labels with their outcome.
// See docs/ARCHITECTURE.md §4.3.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus/parser.h"

namespace {

std::vector<std::string> titles(const corpus::Meeting& m) {
  std::vector<std::string> out;
  const bool blob = std::any_of(m.warnings.begin(), m.warnings.end(),
                                [](const std::string& w) { return w.rfind("no agenda items", 0) == 0; });
  if (!blob)
    for (const auto& it : m.items) out.push_back(it.title);
  return out;
}

struct ItemsCase {
  const char* name;
  const char* text;
  std::vector<std::string> titles;
};

// "Valg af ordstyrer: Jens" / "Godkendelse af dagsorden: godkendt": the
// standard opening titles of an association's meeting written as labels
// with their outcome after the colon, each a paragraph or run together in
// one, are items (with the board's other topics when those are found).
TEST(AgendaConventionsTest, StandardTitlesAsLabelsWithTheirOutcome) {
  const ItemsCase cases[] = {
      {"label lines before colon topics",
       "Referat\n\nGRUNDEJERFORENINGEN STRANDPARKEN\n\nBestyrelsesmøde nr. 12\n\nLørdag d. 9 januar 2016\n\n"
       "Afbud fra: Gerda\n\nValg af  referent.: Jeanette\n\nValg af ordstyrer: Jens\n\n"
       "Godkendelse af referat nr. 11: godkendt\n\nGodkendelse af dagsorden: godkendt\n\n"
       "Meddelelser fra kassereren:\n\nRegnskabet blev gennemgået uden bemærkninger.\n\n"
       "Vejene:\n\nDer er lagt nyt grus på Vipsevej.\n\nHjemmesiden:\n\nSiden er opdateret med nye billeder.\n",
       {"Valg af referent", "Valg af ordstyrer", "Godkendelse af referat nr. 11", "Godkendelse af dagsorden",
        "Meddelelser fra kassereren", "Vejene", "Hjemmesiden"}},
      {"run together in one paragraph",
       "Referat fra generalforsamling 2014\n\n"
       "Vejle, mandag d. 7. april 2014. Referent: Anne Holm Valg af dirigent: Helle Thagesen. Godkendelse af "
       "referat 2013: Godkendt uden bemærkninger. Formandens beretning: Formanden fortalte om årets møder og "
       "om foreningens økonomi.\n",
       {"Valg af dirigent", "Godkendelse af referat 2013", "Formandens beretning"}},
      {"one label only is no list",
       "Referat\n\nBestyrelsen\n\nHusk mødet. Valg af dirigent: se vedtægterne.\n",
       {}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(corpus::parse_meeting(c.text, "x.txt")), c.titles) << c.name;
}

// An agenda site writes each item's number with a space before its colon
// ("1 : Godkendelse af dagsorden" / "Sagsnr:" / "Beslutning: Godkendt.").
TEST(AgendaConventionsTest, NumberWithASpaceBeforeItsColon) {
  const ItemsCase cases[] = {
      {"two heads under a bullet agenda",
       "Referat: 27. oktober 2025 kl. 08:00\nDeltagere\n- Hans Holm\n- Irvin Berg\nReferat\n"
       "- Godkendelse af dagsorden\n- Virksomhedsbesøg\nKopier link til punktet - Print\n"
       "1 : Godkendelse af dagsorden\nSagsnr:\nBeslutning: Godkendt.\nKopier link til punktet - Print\n"
       "2 : Virksomhedsbesøg\nSagsnr:\nSagsfremstilling: Udvalget besøger et trykkeri i Tarm.\n",
       {"Godkendelse af dagsorden", "Virksomhedsbesøg"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(corpus::parse_meeting(c.text, "x.txt")), c.titles) << c.name;
}

}  // namespace
