// Item conventions of web minutes of small bodies and committees (clubs,
// parish councils' agenda system, local councils). See docs/ARCHITECTURE.md
// §4.3 and corpus/items_web.cc.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/parser.h"
#include "tests/corpus/items_case.h"

namespace {

using corpus_test::ItemsCase;
using corpus_test::titles;

// The closing item's name with a short verdict on its line and no
// separator ("10. Eventuelt Ingen bemærkninger.", "9 - Eventuelt Div.
// drøftet", "7. Eventuelt intet |"): the title is the name; a topic after
// it ("Evt. vedtagelse af ...", "Eventuelt herunder næste møde") stays.
TEST(WebItemsConventionsTest, ClosingItemWithItsVerdictOnItsLine) {
  const ItemsCase cases[] = {
      {"no remarks after the name",
       "Referat af bestyrelsesmøde\n\n1. Godkendelse af referat.\nGodkendt.\n\n2. Nyt fra foreningen.\n"
       "Til efterretning.\n\n3. Eventuelt Ingen bemærkninger.\nNæste møde er den 4. oktober.\n",
       {"Godkendelse af referat", "Nyt fra foreningen", "Eventuelt"}},
      {"a participle after a dash number",
       "Referat af provstiudvalgsmøde\n\n1 - Godkendelse af dagsorden\nGodkendt.\n\n2 - Nyt fra provstiet\n"
       "Provsten orienterede.\n\n3 - Eventuelt Div. drøftet\n",
       {"Godkendelse af dagsorden", "Nyt fra provstiet", "Eventuelt"}},
      {"nothing, lower case, a table's bar",
       "Referat af bestyrelsesmøde\n1. Valg af referent\n2. Godkendelse af dagsorden Godkendt\n"
       "3. Julebanko\nVi mødes kl 18.30.\n4. Eventuelt intet |\n",
       {"Valg af referent", "Godkendelse af dagsorden", "Julebanko", "Eventuelt"}},
      {"a topic after the name stays",
       "Referat af bestyrelsesmøde\n\n1. Godkendelse af referat.\nGodkendt.\n\n2. Nyt fra foreningen.\n"
       "Til efterretning.\n\n3. Eventuelt herunder næste møde\nNæste møde er den 4. oktober.\n",
       {"Godkendelse af referat", "Nyt fra foreningen", "Eventuelt herunder næste møde"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(corpus::parse_meeting(c.text, "x.txt")), c.titles) << c.name;
}

}  // namespace
