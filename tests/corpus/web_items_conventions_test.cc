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

// DAP (the church's agenda system): the row under the column heads
// "Mødepunkt Referat" is item 1 when the heads found start at 2, whether
// its "1 - " was lost or it is a table row the other items are not.
TEST(WebItemsConventionsTest, DapFirstRowUnderMødepunkt) {
  const ItemsCase cases[] = {
      {"number lost, verdict on the line",
       "Provstiudvalgsmøde den 1. november 2022 - d. 01-11-2022 kl. 10:00 til 12:30\n"
       "Deltagere: Peter Hansen, Rigmor Bruun.\n\nMødepunkt Referat\nGodkendelse af dagsorden Godkendt.\n"
       "2 - Meddelelser\nNyheder fra DAP.\nTaget til efterretning.\n3 - Godkendelse af regnskab 2021\n"
       "Regnskab 2021 blev godkendt.\n4 - Gesten MR - synsudskrift 2022\nFugtskader ved tårn.\n",
       {"Godkendelse af dagsorden", "Meddelelser", "Godkendelse af regnskab 2021", "Gesten MR - synsudskrift 2022"}},
      {"a table row",
       "Provstiudvalgsmøde 30. oktober 2025 - d. 30-10-2025 kl. 14:30 til 17:00\n"
       "Deltagere: Marianne Simonsen, Anne Marie Nielsen\n| Mødepunkt | Referat |\n"
       "| 1 - Godkendelse af dagsorden | Godkendt |\n2 - PUK: Budget 2026\nI bilagene ses budgettet. | "
       "Provstiudvalget godkendte budgettet. |\n3 - Revisionens bemærkninger\nRevisionen har fremsendt "
       "bemærkninger. | Taget til efterretning |\n",
       {"Godkendelse af dagsorden", "PUK: Budget 2026", "Revisionens bemærkninger"}},
  };
  corpus_test::expect_titles(std::begin(cases), std::end(cases));
}

// DAP in a PDF transcript: "Mødepunkt" ends a run-on line, the items follow
// as bare "1 Title ...", "2 Title ..." run on into their text.
TEST(WebItemsConventionsTest, DapTranscriptBareNumbersAfterMødepunkt) {
  const char* text =
      "1 Godkendelse af dagsorden Godkendt. Årshjul medtages på næste pu møde.\n\nTranskript\n\n"
      "1 Referat for: Tryggevælde Provstiudvalg PU møde 29. april Kl Mødested: Provstikontoret Afbud: "
      "Bjarne Rasmussen Janne Melcher forlod mødet efter punkt 5. Punkt 4: Per Schleiter deltager Mødepunkt "
      "1 Godkendelse af dagsorden Godkendt. Årshjul medtages på næste pu møde. 2 Nyt fra formanden Økonomi "
      "mødet fastsat til den 24. juni kl I forbindelse med PU-møde holdes ca 2 timer temamøde om økonomi. "
      "3 Kirkekalkning Sag: Kirkekalkningspulje (1386) Per Schleiter gennemgik kirkekalkning. 4 Ændring i "
      "nordfløj PU anbefaler projektet til viderebehandling i stiftet. Referat, Side: 1\n\n"
      "2 Mødepunkt Sag: Lyderslev kirke (\n";
  const auto m = corpus::parse_meeting(text, "x.txt");
  const auto t = titles(m);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0], "Godkendelse af dagsorden");
  EXPECT_EQ(t[2].rfind("Kirkekalkning", 0), 0u);
  EXPECT_EQ(t[1].rfind("Nyt fra formanden", 0), 0u);
}

// The secretary's answers to the agenda's points, "Ad" and a lead word
// before the number, the lead word changing from line to line ("Ad. Pkt.
// 2." / "Ad. Punkt 4.") and a doubled space between the words ("Ad.  Pkt.
// 3."): one number form (Kalundborg Golfklub's board; "Ad punkt 1:" in
// Diabetesforeningen Køge's, "Ad 1:" / "Ad 2" / "Ad 3." in Alternativet's
// local board).
TEST(WebItemsConventionsTest, AdAnswersWithChangingLeadWord) {
  const ItemsCase cases[] = {
      {"Pkt. and Punkt, a doubled space",
       "Referat af bestyrelsesmødet onsdag den 29.4.20 kl. 19.00 i Klubhuset.\n\n"
       "Til stede var: Kim Bjørn, Karin Holm\n\nAd. Pkt. 1. Godkendelse af dagsorden\n\n"
       "Godkendt med tilføjelse af punkt vedrørende ny udmelding fra DGU.\n\n"
       "Ad. Pkt. 2. Ny udmelding fra DGU af 29. april 2020/CoVid19\n\nFølges ikke.\n\n"
       "Ad.  Pkt. 3. Status for økonomien\n\nMindre indtægter.\n\n"
       "Ad. Punkt 4. Opstart af klubaktiviteter m.v.\n\nKlubberne i klubben starter op.\n",
       {"Godkendelse af dagsorden", "Ny udmelding fra DGU af 29. april 2020/CoVid19", "Status for økonomien",
        "Opstart af klubaktiviteter m.v."}},
  };
  corpus_test::expect_titles(std::begin(cases), std::end(cases));
}

}  // namespace

namespace {

// An agenda system's page of one case whose title was lost (a municipal
// committee's web minutes): "Fraværende:" under the decision with the
// name on the next line is that label's value, no item's title over the
// "Sagsfremstilling" after it.
TEST(WebItemsConventionsTest, AbsenteeUnderEmptyLabelIsNoTitle) {
  const std::string text =
      "Referat\n"
      "\n"
      "tirsdag den 26. februar 2019 kl. 16:00\n"
      "\n"
      "Mødested M.1.4/rådhuset\n"
      "Udvalg Landdistriktsudvalget\n"
      "Mødedeltagere Elo Nielsen, Kim Dongsgaard, Kurt Johansen, Martin Sanderhoff, Mette Nielsen, Peter Juhl\n"
      "Fraværende Johannes Vesterby\n"
      "Bemærkninger\n"
      "\n"
      "Sagsid.: 19/4969\n"
      "Beslutning i Landdistriktsudvalget den 26-02-2019\n"
      "Landdistriktsudvalget besluttede,\n"
      " \n"
      "1. at orientering om den fælles proces og spilleregler for budgetlægningen tages til efterretning,\n"
      "Fraværende:\n"
      "Johannes Vesterby\n"
      "Sagsfremstilling\n"
      "Historik\n"
      "Økonomi- og Erhvervsudvalget vedtog på mødet den 23. januar 2019 (sag nr. 1) spilleregler, procesplan og "
      "principper for årets budgetlægning.\n";
  for (const auto& t : titles(corpus::parse_meeting(text, "x.txt"))) EXPECT_NE(t, "Johannes Vesterby");
}


// A list numbered "1." before each of its first entries (the page's list
// conversion lost their numbers, as SLA Fyn's board, Brøndby Vester's and
// Esbønderup's parish councils print every entry) whose later entries kept
// their own numbers goes on at the number after as many heads, all "1.";
// verbatim, Hjallese's parish council (dev 580). A number that does not fit
// the count is no head.
TEST(WebItemsConventionsTest, ListNumberedOneThenItsOwnNumbers) {
  const std::string text =
      "Referat af menighedsrådsmøde\n\n onsdag den 24. november 2021\n\nDagsordenspunkt\n\n"
      "Beslutning/godkendelse/bemærkninger\n\n  1. Velkomstsang\n\nDDS 74\n\n  1. Godkendelse af dagsorden\n\n"
      "Godkendt\n\n  1. Valg af:  - formand\n\n- næstformand\n\nTil formand valgtes Kaj Oluf Jensen\n\n"
      "  1. Økonomi:\n\nGennemgang af økonomien i skole-kirke-kulturprojektet. Der er brugt mindre i år end "
      "budgetteret. Overskuddet overgår til de frie midler.\n\n5.   Lukket møde:( når aktuelt)     \n\n \n\n"
      "6.   Skrivelser og efterretningssager\n\nTilbud fra Kirkefondet om at blive vejkirke. Ikke interessant "
      "for os for nuværende.\n\n7.   Nyt fra forretningsudvalget\n\n- Det besluttedes at bede om Corona pas "
      "fra kirkens ansatte.\n";
  const auto got = titles(corpus::parse_meeting(text, "x.txt"));
  ASSERT_EQ(got.size(), 7u);
  EXPECT_EQ(got[3].rfind("Økonomi", 0), 0u) << got[3];
  EXPECT_EQ(got[4], "Lukket møde:( når aktuelt)");
  EXPECT_EQ(got[5], "Skrivelser og efterretningssager");
  EXPECT_EQ(got[6], "Nyt fra forretningsudvalget");
}
}  // namespace
