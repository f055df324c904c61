// The Danish conventions the recogniser reads, one table per convention:
// short texts written in that convention (not copied from one document) and
// the people, items or decisions they must give. See docs/ARCHITECTURE.md §4.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "corpus/parser.h"
#include "tests/corpus/items_case.h"
#include "formats/document.h"
#include "tests/corpus/people_case.h"

namespace {

using corpus_test::ItemsCase;
using corpus_test::titles;

corpus::Meeting parse(const std::string& text) { return corpus::parse_meeting(text, "x.txt"); }

using corpus_test::expect_people;
using corpus_test::names;
using corpus_test::PeopleCase;
using corpus_test::sorted;

// PDF transcripts print a list with nothing between the names: a name starts
// at a first name known in Danish once the name before has a surname.
TEST(ConventionsTest, NamesRunTogetherWithoutSeparators) {
  const PeopleCase cases[] = {
      {"members one after another",
       "Referat\nMedlemmer: Hanne Lund Jensen Per Olsen Erik B. Madsen Niels Erik Iversen Anne Marie Touborg\n"
       "Punkt 1: Budget\n",
       {"Hanne Lund Jensen", "Per Olsen", "Erik B. Madsen", "Niels Erik Iversen", "Anne Marie Touborg"}, {}},
      {"party letters between some names",
       "Referat\nMedlemmer: Jens Holm (A) Pia Dahl (V) Karen Munk Lars Bo Hansen\nPunkt 1: Budget\n",
       {"Jens Holm", "Pia Dahl", "Karen Munk", "Lars Bo Hansen"}, {}},
      {"substitutes written between absent members",
       "Referat\nMedlemmer: Anne Holm, Bo Jensen\n"
       "Afbud: Carl Berg stedfortræder Dorte Friis Eva Krogh stedfortræder Finn Lund\nPunkt 1: Budget\n",
       {"Anne Holm", "Bo Jensen", "Dorte Friis", "Finn Lund"}, {"Carl Berg", "Eva Krogh"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Small councils and associations name their members by first name only.
TEST(ConventionsTest, ListsOfFirstNamesOnly) {
  const PeopleCase cases[] = {
      {"a group of first names and a full name",
       "Referat\nTilstede:\nRådet: Erik, Karina, Lise Lotte, Søren\nFra kommunen: Anne Holm\nPunkt 1: Budget\n",
       {"Erik", "Karina", "Lise Lotte", "Søren", "Anne Holm"}, {}},
      {"first-name afbud",
       "Referat\nDeltagere: Mogens, Jørgen, Hanne\nAfbud: Kjeld, Birte\nPunkt 1: Budget\n",
       {"Mogens", "Jørgen", "Hanne"}, {"Kjeld", "Birte"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// An absence list one name a line, each with who came instead.
TEST(ConventionsTest, AbsenceListWithSubstitutesInSentences) {
  const PeopleCase cases[] = {
      {"I stedet deltog",
       "Referat\nPunkt 1: Eventuelt\nBeslutning\nIntet.\nFraværende med afbud\n"
       "Elin Holm. I stedet deltog Ruth Berg.\nJens B. Dahl. I stedet deltog Per Munk.\nKaren Lund.\nOle Friis.\n",
       {"Ruth Berg", "Per Munk"}, {"Elin Holm", "Jens B. Dahl", "Karen Lund", "Ole Friis"}},
      {"job titles before names, definite forms end a name",
       "Referat\nTil stede: Rektor Anne Holm, prorektor Bo Jensen og Chefjurist Lars Dahl\n"
       "Afbud: Bestyrelsesmedlem Peter Krogh Bestyrelsesformanden bød velkommen.\nPunkt 1: Budget\n",
       {"Anne Holm", "Bo Jensen", "Lars Dahl"}, {"Peter Krogh"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Who was there, told in sentences: late arrivals and early leavers are
// present, so are those who "deltog via video"; with the verb second
// ("Desuden deltog X") the names follow the verb.
TEST(ConventionsTest, PresenceToldInSentences) {
  const PeopleCase cases[] = {
      {"deltog via video, forlod mødet, erklærede sig inhabil",
       "Referat\nAlle medlemmer var mødt undtagen Bo Holm, der havde meldt afbud.\n"
       "Anne Berg, Carl Dahl og Eva Lund deltog via video.\nFinn Krogh forlod mødet efter punkt 2.\n"
       "Gitte Munk erklærede sig inhabil.\n1. Budget\nBeslutning\nGodkendt.\n",
       {"Anne Berg", "Carl Dahl", "Eva Lund", "Finn Krogh", "Gitte Munk"}, {"Bo Holm"}},
      {"verb second",
       "Referat\n1. Budget\nFra administrationen deltog direktør Hans Holm og konsulent Ida Berg.\n"
       "Desuden deltog Jens Dahl.\n",
       {"Hans Holm", "Ida Berg", "Jens Dahl"}, {}},
      {"all came but one, the members listed in an item's text",
       "Referat\nAlle var mødt, undtagen Carl Dahl, som havde meldt afbud.\n1. Velkomst\nSagsfremstilling\n"
       "Udvalget består af tre regionsrådsmedlemmer:\n- Anne Holm (A) (formand)\n- Bo Jensen (V)\n"
       "- Carl Dahl (F)\nBeslutning\nTaget til efterretning.\n",
       {"Anne Holm", "Bo Jensen"}, {"Carl Dahl"}},
      {"an afbud clause before the one who came",
       "Referat\n1. Budget\nKaren Lund havde meldt afbud, og Lars Friis deltog i stedet.\n",
       {"Lars Friis"}, {"Karen Lund"}},
      {"late arrivals after an absence list",
       "Referat\nFraværende med afbud:\nMette Holm, A, (ferie)\nNiels Berg, F, (sygdom)\n"
       "Ole Dahl, C, ankom til mødet kl. 17.32 under behandlingen af punkt 1.\n1. Budget\n",
       {"Ole Dahl"}, {"Mette Holm", "Niels Berg"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Fraværende" / "Ingen" names nobody and ends the list; a bare label whose
// value names groups before people still lists the people.
TEST(ConventionsTest, EmptyAbsenceAndBareLabels) {
  const PeopleCase cases[] = {
      {"Ingen on the next line",
       "Referat\nTil stede\nAnne Holm\nBo Jensen\nFraværende\nIngen\n\nSekretariat\nCarl Berg\n1. Budget\n",
       {"Anne Holm", "Bo Jensen", "Carl Berg"}, {}},
      {"Ingen on the label's line",
       "Referat\nTil stede: Anne Holm, Bo Jensen\nAfbud: Ingen\nCarl Berg\n1. Budget\n",
       {"Anne Holm", "Bo Jensen"}, {}},
      {"a PDF header run into one line, its labels without colons",
       "Referat af 2. rådsmøde i Rådet Afholdt onsdag den 1. marts 2017 Tilstedeværende medlemmer af Rådet Anne "
       "Holm (formand) Bo Jensen Carl Dahl Tilstedeværende observatører Dorte Friis Afbud Eva Krogh Finn Lund "
       "Fra sekretariatet Gitte Munk, Hans Berg og Ida Holm (referent)\n1. Godkendelse af dagsorden\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl", "Dorte Friis", "Gitte Munk", "Hans Berg", "Ida Holm"},
       {"Eva Krogh", "Finn Lund"}},
      {"a flattened table of name, role and attendance in a PDF line",
       "BESLUTNINGER SAMARBEJDSUDVALGET FOR FYSIOTERAPI mødet den 30. november 2021 på Regionsgården i Hillerød, "
       "mødelokale 2, hvor der afholdes formøde for fysioterapeuterne kl. 15 MEDLEMMER Anne Holm Formand Deltog "
       "Bo Jensen Medlem Deltog Carl Dahl Medlem Afbud Dorte Friis Medlem Deltog\n1. Godkendelse af dagsorden\n",
       {"Anne Holm", "Bo Jensen", "Dorte Friis"}, {"Carl Dahl"}},
      {"I mødet deltog, Fravær med afbud, Forfald",
       "Referat\nI mødet deltog: Anne Holm, Bo Jensen\nFravær med afbud: Carl Dahl\nForfald: Dorte Friis\n"
       "1. Budget\n",
       {"Anne Holm", "Bo Jensen"}, {"Carl Dahl", "Dorte Friis"}},
      {"groups before the names, no colon",
       "Referat\nDeltagere Direktionen, sekretariatet, Anne Holm, Bo Jensen\n1. Budget\n",
       {"Anne Holm", "Bo Jensen"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Item headings as they stand in web pages and PDF transcripts.
TEST(ConventionsTest, ItemHeadsInPagesAndTranscripts) {
  const ItemsCase cases[] = {
      {"a web page of one item starts with its numbered title",
       "2.      Indkaldelse af stedfortræder\nSagsnr.\n450-2018-4075\nÅbent\nSagsfremstilling\nTekst.\n"
       "Beslutning i Byrådet 27. november 2018:\nGodkendt.\n",
       {"Indkaldelse af stedfortræder"}},
      {"a PDF page: page number, heading and section run into one line",
       "Referat\n1. Budget 2026\nTekst.\n"
       "4 2. Regnskab for 2025 Sagsfremstilling Forvaltningen har udarbejdet regnskabet for 2025, og det viser et "
       "overskud på driften, som foreslås overført til næste år. Indstilling Direktionen indstiller, at regnskabet "
       "godkendes. Beslutning Godkendt af udvalget uden bemærkninger, idet udvalget ønsker en opfølgning.\n",
       {"Budget 2026", "Regnskab for 2025"}},
      {"a PDF page whose heading runs into its text with no section heading",
       "Referat\n1. Godkendelse af dagsorden\nGodkendt.\n"
       "2. TEMA: Indsatsområder fra APV (56 min.) (til drøftelse) Som aftalt på mødet den 20. juni er det nu tid "
       "til at drøfte de tværgående indsatsområder, der kom ud af arbejdspladsvurderingen, og at beslutte hvilke "
       "af dem udvalget vil arbejde videre med i det kommende år.\n",
       {"Godkendelse af dagsorden", "TEMA: Indsatsområder fra APV (56 min.) (til drøftelse)"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

struct BodyCase {
  const char* name;
  const char* text;
  std::optional<std::string> body;
};

// Who met, wherever the page names it: not in the site's logo line, a date
// line or "Referat" alone.
TEST(ConventionsTest, BodyNamedBelowTheTitle) {
  const BodyCase cases[] = {
      {"logo line and menu before the title",
       "Gå til indhold\nRegion Nordjylland logo, link til forsiden\nSundhedsudvalget - Referat - 3. marts 2025\n"
       "Mødedato\n03-03-2025\n1. Budget\nBeslutning\nGodkendt.\n",
       "Sundhedsudvalget"},
      {"a date line first, the title under it",
       "Den 23. februar 2023\nMødereferat for Handicaprådet den 23. februar 2023.\nAfbud: Anne Holm\n"
       "1. Velkommen\nTekst.\n",
       "Handicaprådet"},
      {"Dagsorden alone, then the body on its own line",
       "Dagsorden\nTorsdag 10. nov 2016 kl. 10:30\nSeniorrådet\nRådhuset\n1. Budget\nBeslutning\nGodkendt.\n",
       "Seniorrådet"},
      {"a meeting is no body, its genitive is",
       "Referat Bestyrelsesmøde 2020-02-27\nReferat af Bestyrelsens møde den 27. februar 2020\n1. Budget\nTekst.\n",
       "Bestyrelsen"},
      {"the council meeting's number before the body",
       "Referat af 2. rådsmøde i Lægemiddelrådet. Afholdt onsdag den 1. marts 2017\n1. Budget\nTekst.\n",
       "Lægemiddelrådet"},
      {"the addressee of the recommendation",
       "Administrationen indstiller over for udvalget for forebyggelse:\n1. at sagen godkendes.\nGodkendt.\n",
       "Udvalget for forebyggelse"},
      {"a table flattened with bars",
       "Beslutningsprotokol\ntorsdag den 6. februar 2014 kl. 15:00\nUdvalg: | Social- og Sundhedsudvalget |\n"
       "1. Budget\nBeslutning\nGodkendt.\n",
       "Social- og Sundhedsudvalget"},
      {"a place line is no body",
       "Mødet afholdt på Rådhuset\nAfbud: Anne Holm\n1. Budget\nGodkendt.\n", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).body, c.body) << c.name;
}

std::vector<std::string> decisions(const corpus::Meeting& m) {
  std::vector<std::string> out;
  for (const auto& it : m.items)
    for (const auto& s : it.sections)
      if (s.kind == "beslutning") out.push_back(s.text);
  return out;
}

// A verdict written right under the item's title, with no "Beslutning"
// heading, is the item's decision; a text that opens otherwise is not.
TEST(ConventionsTest, BareVerdictsUnderTheTitle) {
  const corpus::Meeting m = parse(
      "Referat\nAd 1.  Godkendelse af dagsorden\nDen udsendte dagsorden blev godkendt.\n"
      "Ad 2.  Godkendelse af referat\nGodkendt med disse tilføjelser:\nat punkt 3 rettes.\n"
      "Ad 3.  Orientering fra formanden\nFormanden orienterede om mødet i Viborg, hvor regionen fremlagde sit "
      "udkast.\nAd 4.  Budget\nTaget til efterretning.\n");
  const std::vector<std::string> expected = {"Den udsendte dagsorden blev godkendt.",
                                             "Godkendt med disse tilføjelser:\nat punkt 3 rettes.",
                                             "Taget til efterretning."};
  EXPECT_EQ(decisions(m), expected);
}


// Items whose numbers do not run 1, 2, 3: a flattened web list that
// numbers every item "1.", and numbering that starts again after item 5.
// A numbered list inside an item (after "indstiller, at" or a colon, or
// one line after another) stays text.
TEST(ConventionsTest, NumberingThatRestartsOrNeverMoves) {
  const ItemsCase cases[] = {
      {"every item numbered 1.",
       "Referat\n1. Godkendelse af dagsorden\nGodkendt.\n1. Meddelelser fra formanden\nFormanden orienterede om "
       "årsmødet.\n1. Budget 2025\nBudgettet blev drøftet.\n1. Eventuelt\nIntet.\n",
       {"Godkendelse af dagsorden", "Meddelelser fra formanden", "Budget 2025", "Eventuelt"}},
      {"numbering that starts again",
       "Dagsorden:\n1. Valg af ordstyrer\nLis blev valgt.\n2. Godkendelse af dagsorden\nGodkendt.\n"
       "3. Nyt fra formanden\nFormanden orienterede om mødet med kommunen.\n"
       "1. Nyt fra plejecentrene\nDer var ingen klager.\n2. Info fra arbejdsgrupperne\nIngen info.\n",
       {"Valg af ordstyrer", "Godkendelse af dagsorden", "Nyt fra formanden", "Nyt fra plejecentrene",
        "Info fra arbejdsgrupperne"}},
      {"the points of a recommendation are no items",
       "Referat\n1. Budget 2025\nIndstilling\nForvaltningen indstiller, at\n1. Ældrerådet godkender budgettet.\n"
       "2. Ældrerådet tager orienteringen til efterretning.\nBeslutning\nGodkendt.\n",
       {"Budget 2025"}},
      {"a list after a colon is no item, not even a restart",
       "Referat\n1. Budget\nTekst.\n2. Status\nStatusområder:\n1. Seniorudflugt\n2. Julefrokost\n",
       {"Budget", "Status"}},
      {"closed items left out between two heads",
       "Referat\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n4. Anlægsbevilling til nyt plejecenter\n"
       "Sagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n",
       {"Godkendelse af dagsorden", "Anlægsbevilling til nyt plejecenter"}},
      // Slagelse's Ø-udvalget: the open items' titles alone, each a
      // paragraph of its own, the closed ones' numbers left out.
      {"closed items left out of a list of bare titles",
       "Ø-udvalget – Referat – 1. september 2015\n\n\n\n1. Godkendelse af dagsorden (B)\n\n"
       "3. Høring af Budget 2016 (D)\n\n4. Orientering til udvalget (O)\n\n6. Planlægning af 12-12 møde (B)\n\n"
       "7. Skolereformens konsekvenser for skolebørn på Omø, der går i skole på fastlandet (O)\n\n"
       "8. Høring vedrørende Idrætspolitik for Slagelse kommune (B)\n\n9. Eventuelt (E)\n",
       {"Godkendelse af dagsorden (B)", "Høring af Budget 2016 (D)", "Orientering til udvalget (O)",
        "Planlægning af 12-12 møde (B)",
        "Skolereformens konsekvenser for skolebørn på Omø, der går i skole på fastlandet (O)",
        "Høring vedrørende Idrætspolitik for Slagelse kommune (B)", "Eventuelt (E)"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// Items without numbers: a title over its case's particulars ("Sagsnr.",
// "Åben sag") and a section heading; an agenda list without numbers whose
// entries come back as the items' headings; headings of a PDF, DOCX or web
// page with text under them.
TEST(ConventionsTest, ItemsWithoutNumbers) {
  const ItemsCase cases[] = {
      {"a title over the case number and openness",
       "Referat\nSocial- og Sundhedsudvalget\nGodkendelse af dagsorden\nSagsnr.: 24/1234\nÅben sag\nResumé\n"
       "Dagsordenen forelægges.\nBeslutning\nGodkendt.\nBudgetopfølgning pr. 31. marts\nSagsid.: 24/2222\n"
       "Sagsbehandler: Anne Holm\nIndstilling\nDet indstilles, at opfølgningen tages til efterretning.\n"
       "Beslutning\nTaget til efterretning.\n",
       {"Godkendelse af dagsorden", "Budgetopfølgning pr. 31. marts"}},
      {"an agenda list without numbers, then the items",
       "Referat af Seniorrådets møde\nDagsorden:\nGodkendelse af dagsorden\nNyt fra kommunen\nEventuelt\n"
       "Godkendelse af dagsorden\nDagsordenen blev godkendt.\nNyt fra kommunen\nKommunen har ansat en ny "
       "seniorchef.\nEventuelt\nIntet.\n",
       {"Godkendelse af dagsorden", "Nyt fra kommunen", "Eventuelt"}},
      {"an empty header field is no item",
       "Referat\nMødested Rådhuset\nBemærkninger\nSagsid.: 20/49335\nResumé\nTekst.\nBeslutning\nGodkendt.\n", {}},
      // Herning's Ældreråd (politik.herning.dk's agenda view): the routing
      // codes one a line and "Øvrige sagsbehandlere: -" between the title
      // and its first section.
      {"routing codes and other case officers under the title",
       "Udvalg: Ældrerådet\nMødedato: 12. september 2018\nDagsordenpunkter\n"
       "Sagsnr.: 00.00.00-P19-1859-07 Sagsbehandler: Lotte Mikkelsen  \n\nGodkendelse af referat fra sidste møde\n\n"
       "DIR\n\nFOU\n\nBFU\n\nSOS\n\nBSK\n\nKFU\n\nBYP\n\nTMU\n\nØKE\n\nBYR\n\n \n\n \n\n"
       "Øvrige sagsbehandlere: -\n\nSagsresume\n\nGodkendelse af referat fra mødet den 15. august 2018.\n\n"
       "Beslutning\n\nReferatet godkendt.\n\n \n\n"
       "Sagsnr.: 00.00.00-P19-1876-07 Sagsbehandler: Lotte Mikkelsen  \n\nNyt fra formanden - herunder budget 2019\n\n"
       "DIR\n\nFOU\n\nBFU\n\nSOS\n\nBSK\n\nKFU\n\nBYP\n\nTMU\n\nØKE\n\nBYR\n\n \n\n"
       "Øvrige sagsbehandlere: -\n\nBeslutning\n\nBodil har været til møde med Lars Krarup.\n",
       {"Godkendelse af referat fra sidste møde", "Nyt fra formanden - herunder budget 2019"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
  // Bold headings (a DOCX or web page) with text under them.
  formats::Document d;
  auto add = [&](const char* text, bool bold) {
    formats::Block b;
    b.kind = bold ? formats::BlockKind::heading : formats::BlockKind::paragraph;
    b.text = text;
    d.blocks.push_back(b);
  };
  add("Referat", true);
  add("Mødet blev holdt på Rådhuset.", false);
  add("Velkomst og præsentation", true);
  add("Formanden bød velkommen.", false);
  add("Status på sundhedsaftalen", true);
  add("Sekretariatet orienterede om status.", false);
  const std::vector<std::string> want = {"Velkomst og præsentation", "Status på sundhedsaftalen"};
  EXPECT_EQ(titles(corpus::parse_document(d, "x.docx")), want);
}

// The outcome a flattened list writes on the item's own line: after a
// comma when it is a verdict, after the title's full stop when it is a
// sentence. The title keeps abbreviations and numbers' full stops.
TEST(ConventionsTest, OutcomeOnTheTitlesLine) {
  const corpus::Meeting m = parse(
      "Dagsorden:\n1. Godkendelse af dagsorden, godkendt\n2. Høringssvar. Der var ingen bemærkninger til "
      "dette pkt.\n3. Godkendelse af referat af mødet den 15. april 2021\nReferatet blev godkendt.\n"
      "4. Orientering vedr. budget, regnskab og likviditet\nTekst.\n");
  const std::vector<std::string> want = {"Godkendelse af dagsorden", "Høringssvar",
                                         "Godkendelse af referat af mødet den 15. april 2021",
                                         "Orientering vedr. budget, regnskab og likviditet"};
  EXPECT_EQ(titles(m), want);
  const std::vector<std::string> said = {"godkendt", "Referatet blev godkendt."};
  EXPECT_EQ(decisions(m), said);
  ASSERT_EQ(m.items.size(), 4u);
  ASSERT_FALSE(m.items[1].sections.empty());
  EXPECT_EQ(m.items[1].sections.front().text, "Der var ingen bemærkninger til dette pkt.");
}

// Decision headings without the colon or the usual words: "Beslutning
// <udvalg> den <dato>", "<Udvalg>, <dato>, pkt. N", a heading glued to the
// title ("formandenReferat"), "POLITISK BEHANDLING" over the body's own
// heading. "Referat" alone before the date names the document.
TEST(ConventionsTest, DecisionHeadings) {
  const corpus::Meeting m = parse(
      "Referat\nTorsdag den 10. november 2016 kl. 10:30\nÆldrerådet\n"
      "1. Orientering om buskort\nResumé\nTekst.\nBeslutning Ældrerådet den 10-11-2016\nTaget til efterretning.\n"
      "2. Temadrøftelse om rehabilitering\nSagsfremstilling\nTekst.\n"
      "Sundheds- og Omsorgsudvalget, 10-11-2016, pkt. 2\nDrøftet.\n"
      "3. Meddelelse fra formandenReferat\nFormanden orienterede om årsmødet.\n"
      "4. Budget 2017\nPOLITISK BEHANDLING\nForretningsudvalgets beslutning den 10. november 2016:\nAnbefalet.\n");
  const std::vector<std::string> want = {"Taget til efterretning.", "Drøftet.", "Anbefalet."};
  EXPECT_EQ(decisions(m), want);
  ASSERT_EQ(m.items.size(), 4u);
  EXPECT_EQ(m.items[2].title, "Meddelelse fra formanden");
  ASSERT_FALSE(m.items[2].sections.empty());
  EXPECT_EQ(m.items[2].sections.front().kind, "referat");
  EXPECT_EQ(m.date, "2016-11-10");
}

// A health cluster's meeting table names the forum before the cluster:
// "Møde<TAB>Direktørforum Midt".
TEST(ConventionsTest, ClusterForumBeforeTheClusterName) {
  const struct {
    const char* meeting;
    const char* cluster;
    const char* forum;
  } cases[] = {
      {"Direktørforum Midt", "Midt", "Direktørforum"},
      {"Politisk Sydvestjylland", "Sydvestjylland", "Politisk niveau"},
      {"Fagligt strategisk niveau Nord", "Nord", "Fagligt strategisk niveau"},
      {"Chefforum Herlev og Gentofte", "Herlev og Gentofte", "Chefforum"},
  };
  for (const auto& c : cases) {
    const corpus::Meeting m =
        parse(std::string("Møde\t") + c.meeting + "\nDato\t12. april 2023\n1. Godkendelse af dagsorden\nTekst.\n");
    EXPECT_EQ(m.cluster, std::optional<std::string>(c.cluster)) << c.meeting;
    EXPECT_EQ(m.forum, std::optional<std::string>(c.forum)) << c.meeting;
  }
  // A committee is no cluster.
  const corpus::Meeting m = parse("Møde\tPolitisk Udvalg\nDato\t12. april 2023\n1. Budget\nTekst.\n");
  EXPECT_EQ(m.cluster, std::nullopt);
}


// Heads numbered in another form than the agenda list above them ("1."
// in the list, "1:" or "Ad 1" in the body) whose lines hold the outcome,
// not the title: the titles are the agenda's, the outcome under
// "Referat:" the decision, and the agenda's entries the text never reaches
// are items too.
TEST(ConventionsTest, HeadsThatTakeTheAgendasTitles) {
  const corpus::Meeting m = parse(
      "Møde i Patientrådet\nDagsorden er følgende.\n1. Velkommen til nye medlemmer.\n"
      "2. Godkendelse af referat fra sidste møde.\n3. Nyt fra afdelingen.\n4. Eventuelt.\nReferat:\n"
      "1: Velkommen til Susan og Diana. Præsentation af os for hinanden.\n"
      "2:Referatet blev godkendt.\n");
  const std::vector<std::string> want = {"Velkommen til nye medlemmer", "Godkendelse af referat fra sidste møde",
                                         "Nyt fra afdelingen", "Eventuelt"};
  EXPECT_EQ(titles(m), want);
  const std::vector<std::string> said = {"Velkommen til Susan og Diana. Præsentation af os for hinanden.",
                                         "Referatet blev godkendt."};
  EXPECT_EQ(decisions(m), said);
  // A numbered list inside an item after heads written in full is not the
  // agenda: "Punkt 5:" keeps its own title.
  const corpus::Meeting inner = parse(
      "Referat\nPunkt 4: Status for midlerne\nMidlerne fordeles til:\n 5. Træning af borgere\n 6. Samarbejde med "
      "kommunen\nPunkt 5: Temaer til fremtidsværkstedet\nTekst.\nPunkt 6: Eventuelt\nIntet.\n");
  const std::vector<std::string> own = {"Status for midlerne", "Temaer til fremtidsværkstedet", "Eventuelt"};
  EXPECT_EQ(titles(inner), own);
}

// An agenda list whose titles are broken over two lines, a list of titles
// with their verdicts on the same line, and an outcome glued to the title
// by a page that lost its line breaks.
TEST(ConventionsTest, AgendaListsAndOutcomesAsPagesPrintThem) {
  const ItemsCase cases[] = {
      {"a title broken over two lines in the table of contents",
       "Handicaprådet\nIndholdsfortegnelse:\n36 Høring: Forslag til lokalplan 512.18 -\nboligområde ved Møllebakken\n"
       "37 Hvem skal modtage årets handicappris?\n38 Forretningsorden for Handicaprådet\n"
       "36. Høring: Forslag til lokalplan 512.18 - boligområde ved Møllebakken\nSagsfremstilling\nTekst.\n",
       {"Høring: Forslag til lokalplan 512.18 - boligområde ved Møllebakken"}},
      {"titles with their verdicts",
       "Referat af bestyrelsesmøde onsdag den 17. september 2025\nTil stede: Line Funch, Vibe From\n"
       "Godkendelse af dagsorden. Dagsorden godkendt\nGodkendelse af referat af den 3. juni 2025. Referat godkendt\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat af den 3. juni 2025"}},
      {"lettered sub-items in the agenda and the heads",
       "Referat\nDagsorden\n1. Velkomst ved formanden\n2. Aftens emner:\n  a. Debat om stævner\n"
       "  b. Udviklingsseminar.\n3. Bordet rundt\n4. Eventuelt\nPkt.1\nFormanden bød velkommen.\nPkt. 2a\n"
       "Debatoplægget blev drøftet.\nPkt. 2b\nSeminaret holdes i maj.\n",
       {"Velkomst ved formanden", "Aftens emner", "Bordet rundt", "Eventuelt"}},
      {"an outcome glued to the title",
       "Referat\nAd 1. Godkendelse af dagsordenDagsordenen blev godkendt\nAd 2. Meddelelser\nIngen.\n",
       {"Godkendelse af dagsorden", "Meddelelser"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

}  // namespace

namespace {

// The item heads' lead words as Danish secretaries write them: "Ad. 1.",
// "§ 1." (older council minutes), "Nr. 1", "1.0", "1 - Title".
TEST(ConventionsTest, ItemNumbersWithEveryLeadWord) {
  const std::vector<std::string> want = {"Godkendelse af dagsorden", "Meddelelser", "Eventuelt"};
  for (const char* form : {"Ad. %d. ", "§ %d. ", "Nr. %d ", "%d.0 ", "%d - ", "Punkt nr. %d: "}) {
    std::string text = "Referat\nÆldrerådet\n";
    const char* heads[] = {"Godkendelse af dagsorden", "Meddelelser", "Eventuelt"};
    for (int n = 1; n <= 3; ++n) {
      char head[32];
      std::snprintf(head, sizeof head, form, n);
      text += head;
      text += heads[n - 1];
      text += "\nFormanden orienterede.\n";
    }
    EXPECT_EQ(titles(parse(text)), want) << form;
  }
}

// A title that opens with the ordinal of a recurring case, the budget's
// second reading or the year's second follow-up, after the item's own
// number in any form: Brønderslev's Byråd ("5. 2. behandling af budget
// ..."), Fredensborg's ("Nr.144 - 2. behandling af budget 2019-2022") and
// Fredericia's Kultur- og Idrætsudvalg ("Punkt 44 2. budgetopfølgning").
TEST(ConventionsTest, TitleOpeningWithAnOrdinal) {
  const ItemsCase cases[] = {
      {"a full stop after the item's number",
       "Byrådet - Referat\n\n4. Spørgetid for byrådsmedlemmer\n\n\nResume\n\nSagsforløb: BY\n\nSagsfremstilling\n\n"
       "Spørgetid for byrådsmedlemmer.\n\nBeslutning\n\nIngen.\n\nTil toppen\n\n\n"
       "5. 2. behandling af budget 2022 og overslagsårerne 2023-2025\n\n\nResume\n\nSagsforløb: ØK/BY\n\n"
       "Sagsfremstilling\n\nEfter Byrådets budgetseminar blev der indgået budgetforlig.\n",
       {"Spørgetid for byrådsmedlemmer", "2. behandling af budget 2022 og overslagsårerne 2023-2025"}},
      {"Nr. and a spaced dash",
       "Afbud\n\nErgin Øzer (A)\n\nNr.143 - Godkendelse af dagsorden\n\nErgin Øzer (A), Bo Hilsted (A)\n\n"
       "Beslutning i Byrådet (18-21) den 01-10-2018\n\nDagsordenen blev godkendt.\n\n"
       "Nr.144 - 2. behandling af budget 2019-2022\n\nSagsnr.: 18/24758\n\n \nErgin Øzer (A)\n\nBeslutningstema\n\n"
       "Vedtagelse af kommunens samlede budget for 2019-2022.\n",
       {"Godkendelse af dagsorden", "2. behandling af budget 2019-2022"}},
      {"Punkt and a space",
       "Referat\n\nPunkt 43 Godkendelse af dagsorden\n\nSagsresumé\n\nIndstillinger\n\nIndstilles til godkendelse.\n\n"
       "Beslutning i Kultur- og Idrætsudvalget den 20-08-2019\n\nGodkendt.\n\n"
       "Punkt 44 2. budgetopfølgning 2019 for Kultur- og Idrætsudvalget\n\nSagsresumé\n\nTekst.\n",
       {"Godkendelse af dagsorden", "2. budgetopfølgning 2019 for Kultur- og Idrætsudvalget"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// Items without numbers: titles in capitals over text in ordinary case; short
// titles between a sentence's end and their outcome; a title printed twice.
TEST(ConventionsTest, UnnumberedTitlesAsSecretariesWriteThem) {
  const ItemsCase cases[] = {
      {"titles in capitals",
       "Referat\nÆldrerådet\nGODKENDELSE AF DAGSORDEN\nGodkendt.\nMEDDELELSER FRA FORMANDEN\nFormanden orienterede.\n"
       "BUDGET 2026\nRådet drøftede budgettet.\nEVENTUELT\nIntet.\n",
       {"GODKENDELSE AF DAGSORDEN", "MEDDELELSER FRA FORMANDEN", "BUDGET 2026", "EVENTUELT"}},
      {"short titles over their outcomes",
       "Referat fra møde i Ældrerådet 3. marts 2025\nTil stede: Anne Holm, Bo Jensen og Carl Dahl\n"
       "Godkendelse af dagsorden\nDagsordenen blev godkendt.\nMeddelelser fra formanden\nFormanden orienterede om "
       "mødet med borgmesteren.\nBudget 2026\nRådet drøftede budgettet.\nEventuelt\nIntet.\n",
       {"Godkendelse af dagsorden", "Meddelelser fra formanden", "Budget 2026", "Eventuelt"}},
      {"a web export prints each title twice",
       "Referat\nÆldrerådet\nGodkendelse af dagsorden\nGodkendelse af dagsorden\nBeslutning\nGodkendt.\n"
       "Budgetopfølgning\nBudgetopfølgning\nBeslutning\nTaget til efterretning.\n",
       {"Godkendelse af dagsorden", "Budgetopfølgning"}},
      {"an agenda system's content field under the title",
       "Dagsorden med referat:\nGodkendelse af dagsorden\nIndhold:\nDagsordenen.\nReferat\nGodkendt\n"
       "Information fra formanden\nIndhold:\nFormanden stopper.\nReferat\nTaget til efterretning.\n",
       {"Godkendelse af dagsorden", "Information fra formanden"}},
      {"an empty Bilag heading closes the item before the next title",
       "Referat Magistraten\nDialogmøde med forsyningen\nBeslutning\nDrøftet.\nBilag\nMødeplan for 2020\n"
       "Beslutning\nGodkendt.\nBilag\n",
       {"Dialogmøde med forsyningen", "Mødeplan for 2020"}},
      {"bare numbers whose full stops a PDF lost, one item's kind among them",
       "Referat\nÆldrerådet\n1 Godkendelse af dagsorden\nDagsordenen blev godkendt.\n2 Meddelelser\nFormanden "
       "orienterede om mødet.\n3 Eventuelt\nIntet.\n",
       {"Godkendelse af dagsorden", "Meddelelser", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// PDF transcripts: a page's number alone is no item; a page opens with its
// item 3; "Ad 1." heads follow the agenda in one run-on line; an outcome is
// glued to its title; a table of contents keeps dot leaders and roman page
// numbers; durations "(5 min)" leave the title.
TEST(ConventionsTest, ItemsInPdfTranscripts) {
  const ItemsCase cases[] = {
      {"page numbers alone",
       "1 \nREFERAT\nHandicaprådet\n1. Godkendelse af dagsorden\nGodkendt.\n2. Orientering fra forvaltningen\n"
       "Taget til efterretning.\n2 \n3. Høring om handicappolitik\nRådet afgav høringssvar.\n",
       {"Godkendelse af dagsorden", "Orientering fra forvaltningen", "Høring om handicappolitik"}},
      {"a page that opens with its item 3",
       "Referat\n1 Referat Handicaprådet Mødedato: 3. marts 2025 Indholdsfortegnelse 1. Godkendelse af dagsorden 2 "
       "2. Orientering om handicappolitikken 3 3. Høring om busplan 4 4. Eventuelt 5\n"
       "2 Handicaprådet, 3. marts 2025 1. Godkendelse af dagsorden Sagsfremstilling Dagsordenen forelægges til "
       "godkendelse i rådet, som sædvanligt ved mødets begyndelse. Beslutning Godkendt. 2. Orientering om "
       "handicappolitikken Sagsfremstilling Forvaltningen orienterer om den nye politik. Beslutning Taget til "
       "efterretning.\n3 Handicaprådet, 3. marts 2025 3. Høring om busplan Sagsfremstilling Busplanen er sendt i "
       "høring hos rådet med frist den 1. april, og rådet skal afgive et høringssvar til kommunen. Beslutning Rådet "
       "afgiver høringssvar som drøftet på mødet. 4. Eventuelt Beslutning Intet.\n",
       {"Godkendelse af dagsorden", "Orientering om handicappolitikken", "Høring om busplan", "Eventuelt"}},
      {"Ad heads after the agenda, outcomes glued to the titles",
       "REFERAT Ældrerådet\n1 REFERAT ÆLDRERÅDET Mødedato: 3. marts 2025 Sted: Rådhuset Dagsorden: 1. Godkendelse "
       "af dagsorden 2. Meddelelser fra formanden 3. Budget 2026 Ad 1. Godkendelse af dagsorden Dagsordenen blev "
       "godkendt. Ad 2. Meddelelser fra formanden Formanden orienterede om mødet med borgmesteren. Ad 3. Budget "
       "2026 Rådet drøftede budgettet og sender et høringssvar.\n",
       {"Godkendelse af dagsorden", "Meddelelser fra formanden", "Budget 2026"}},
      {"a table of contents with roman page numbers",
       "Referat\nIndholdsfortegnelse\n1. Kvartalsrapport for budgettet...i\n2. Sydfyns Elforsyning...ii\n"
       "3. Analyse af skolestrukturen...iii\n1. Kvartalsrapport for budgettet\nSagsfremstilling\nTekst.\n",
       {"Kvartalsrapport for budgettet"}},
      {"no space after the number, the outcome after the title's full stop",
       "Referat\nAfbud fra Jesper, Marianne.\n1.Valg af mødeleder og ordstyrer. Lisbet valgt som mødeleder og Mogens "
       "som ordstyrer.\n2.Valg af referent.  Jørgen valgt som referent.\n3.Godkendelse af referat af mødet den 12. maj "
       "2022. Referat godkendt.\n4.Meddelelser fra formand og medlemmer. Jørgen orienterede om valget til rådet, som "
       "afholdes i november.\n",
       {"Valg af mødeleder og ordstyrer", "Valg af referent", "Godkendelse af referat af mødet den 12. maj 2022",
        "Meddelelser fra formand og medlemmer"}},
      {"durations after the titles",
       "DAGSORDEN OG REFERAT\nKlyngeforum Nord\n1. Velkomst (5 min)\nFormanden bød velkommen.\n"
       "2. Status på sundhedsaftalen (ca. 20 min.)\nSekretariatet gav en status.\n3. Eventuelt (kl. 11.50-12.00)\n"
       "Intet.\n",
       {"Velkomst", "Status på sundhedsaftalen", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// An agenda grouped under "Beslutningspunkter:" / "Punkter til drøftelse:";
// "Ad 3 A" / "Ad 3 B" are parts of item 3; the agenda's sub-points.
TEST(ConventionsTest, AgendaGroupsAndLetteredParts) {
  const ItemsCase cases[] = {
      {"groups of the agenda",
       "Referat menighedsrådsmøde\n1. Fraværende\nOle Jensen\n2. Bemærkninger til dagsordenen\nIngen.\n"
       "Beslutningspunkter:\n3. Regler for fotografering\nBilag 1\nRegulativ om fotografering vedtaget.\n"
       "Punkter til drøftelse:\n4. Procedure for forretningsordenen\nProceduren tages op senere.\n",
       {"Fraværende", "Bemærkninger til dagsordenen", "Regler for fotografering", "Procedure for forretningsordenen"}},
      {"lettered parts and sub-points",
       "Referat af bestyrelsesmøde\nDagsorden\n1. Godkendelse af dagsorden\n2. Årsrapport for 2007\n"
       "A. Udkast til årsrapport\nB. Revisionsprotokollat\n3. Meddelelser fra\nFormanden\nRektor\n4. Eventuelt\n"
       "Ad 1\nDagsordenen blev godkendt.\nAd 2 A\nRektor præsenterede årsrapporten.\nAd 2 B\nRevisor fremlagde "
       "protokollatet.\nAd 3\nIngen.\nAd 4\nIntet.\n",
       {"Godkendelse af dagsorden", "Årsrapport for 2007", "Meddelelser fra", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
  // The verdict under the item's attachment line is its decision.
  const auto said = decisions(parse(cases[0].text));
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(said.front().rfind("Bilag 1\nRegulativ om fotografering vedtaget.", 0), 0u) << said.front();
}

// Decision headings as groups and boards write them: two kinds joined by a
// slash, "Konklusioner", "Aftalt", "Besluttet", "Udvalgets behandling", a heading
// without its colon ("Beslutning Godkendt."), a one-word verdict glued to
// the title ("Godkendelse af dagsorden Godkendt").
TEST(ConventionsTest, DecisionHeadingsOfGroupsAndBoards) {
  const corpus::Meeting m = parse(
      "Referat\nSundhedsstyregruppen\n1. Godkendelse af dagsorden\nBeslutning/referat:\nDagsordenen godkendt.\n"
      "2. Meddelelser\nReferat/beslutning\nFormanden orienterede.\n3. Status\nDrøftelse/beslutning:\nStatus noteret.\n"
      "4. Plan\nKonklusioner:\nPlanen følges.\n5. Møder\nAftalt:\nNæste møde i maj.\n6. Budget\nUdvalgets behandling\n"
      "Budgettet blev drøftet.\n7. Regnskab\nBeslutning Regnskabet anbefales.\n8. Referat fra sidst Godkendt\n");
  const std::vector<std::string> want = {"Dagsordenen godkendt.", "Formanden orienterede.", "Status noteret.",
                                         "Planen følges.",        "Næste møde i maj.",      "Budgettet blev drøftet.",
                                         "Regnskabet anbefales.", "Godkendt"};
  EXPECT_EQ(decisions(m), want);
  ASSERT_EQ(m.items.size(), 8u);
  EXPECT_EQ(m.items[7].title, "Referat fra sidst");
}

// A PDF transcript whose table of contents lost its numbers runs the titles
// together on one line. Danish capitalises a title's first word and proper
// nouns only: a title starts at a word that opens titles ("Godkendelse",
// "Udpegning", "Eventuelt") or at a capital after a word that joins no name
// to it; names after a preposition stay ("for Region Syddanmark"). When the
// text is cut off after the contents, its titles are the items.
TEST(ConventionsTest, ContentsRunTogetherWithoutNumbers) {
  const ItemsCase cases[] = {
      {"under Indholdsfortegnelse with page numbers",
       "Referat af mødet i Regionsrådet\nTranskript\n"
       "2 Indholdsfortegnelse Pkt. Tekst Side 1 Godkendelse af dagsorden 3 Strategi for samarbejdet med "
       "Region Syddanmark 4 Udpegning til Vækstforum Orientering om budget 2025 for KKR Syddanmark "
       "Meddelelser fra formanden Eventuelt\n",
       {"Godkendelse af dagsorden", "Strategi for samarbejdet med Region Syddanmark", "Udpegning til Vækstforum",
        "Orientering om budget 2025 for KKR Syddanmark", "Meddelelser fra formanden", "Eventuelt"}},
      {"a page of titles only",
       "KKR\nTranskript\n"
       "Godkendelse af referat Regionalpolitiske sager Kommunerne efter folketingsvalget Udpegninger "
       "Udpegning til Vækstforum Afholdelse af møde på Bornholm? Meddelelser Eventuelt SIDE 2\n",
       {"Godkendelse af referat", "Regionalpolitiske sager", "Kommunerne efter folketingsvalget", "Udpegninger",
        "Udpegning til Vækstforum", "Afholdelse af møde på Bornholm?", "Meddelelser", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
  // A long line of prose with capitals is no table of contents.
  const corpus::Meeting m = parse(
      "Referat\n1. Budget\nBeslutning: Godkendt. Formanden Anne Holm orienterede om Region Syddanmark og "
      "Godkendelse af planen, som Udvalget tog til efterretning, og Meddelelser fra KL blev drøftet i udvalget.\n");
  EXPECT_EQ(titles(m), std::vector<std::string>{"Budget"});
}

// Small councils write each item as one paragraph, "3.Title. What was said
// ..."; a long title ends with a full stop; a transcript runs a page's item
// into its text with no full stop between them.
TEST(ConventionsTest, ItemsWrittenAsParagraphs) {
  const ItemsCase cases[] = {
      {"an item's paragraph longer than a title's line",
       "Referat\nAfbud fra Jens og Karen.\n\n1.Valg af ordstyrer. Anne blev valgt.\n\n"
       "2.Meddelelser fra formanden. Formanden orienterede om mødet med borgmesteren, hvor rådet fik lejlighed "
       "til at drøfte den kommende budgetlægning, og om det seneste møde i kontaktudvalget, hvor man drøftede "
       "valget til rådet, fremmøde og brevstemmer. Det blev besluttet at vente med en afgørelse til næste "
       "valgperiode, da reglerne ændres. Valgperioden fastsættes til tre år.\n\n"
       "3.Høringssvar. Der var ingen høringssvar.\n\n4.Eventuelt. Der var intet under punktet.\n",
       {"Valg af ordstyrer", "Meddelelser fra formanden", "Høringssvar", "Eventuelt"}},
      {"long titles with a full stop, the numbers going on after them",
       "Referat menighedsrådsmøde\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
       "2. Drøftelse af etablering af et kirkeudvalg efter lov om menighedsråd, herunder udarbejdelse af vedtægt.\n"
       "Formanden udarbejder et forslag.\n\n3. Procedure for opdatering af forretningsordenen.\n"
       "Proceduren tages op i efteråret.\n\n4. Eventuelt\nIntet.\n",
       {"Godkendelse af dagsorden",
        "Drøftelse af etablering af et kirkeudvalg efter lov om menighedsråd, herunder udarbejdelse af vedtægt",
        "Procedure for opdatering af forretningsordenen", "Eventuelt"}},
      {"a numbered list inside an item, one entry wrapped, is no item",
       "Referat\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Efterretninger\n"
       "1. Formand: Der har ikke været henvendelser.\n2. Skoleleder: Personalet har drøftet situationen.\n"
       "3. Nyt fra udvalg: Udvalget har drøftet rekrutteringen.\nMan aftalte at invitere forældrene.\n"
       "4. Nyt fra kommunen\n",
       {"Godkendelse af dagsorden", "Efterretninger"}},
      {"a transcript's page: a room number before the agenda, titles run into their outcomes",
       "Referat ÆLDRERÅDSMØDE\nTranskript\n"
       "1 Referat ÆLDRERÅDSMØDE Sted: Rådhuset, Mødelokale: 1 C Fraværende: Anne Holm Dagsorden: 1. Velkomst "
       "2. Godkendelse af dagsorden Dagsorden godkendt 3. Godkendelse af referat Referat godkendt 4. Orientering "
       "fra formanden Formandsmeddelelse udsendt og drøftet af rådet, som tog den til efterretning uden "
       "bemærkninger af nogen art.\n"
       "2 5. Orientering fra administrationen Hjælpemidler, der lige nu ligger på centret i byen, flytter til "
       "et nyt lager. Flyttedatoen er endnu ikke fastlagt, men forventes at blive i foråret, når lageret er klar "
       "til at tage imod dem.\n",
       {"Velkomst", "Godkendelse af dagsorden", "Godkendelse af referat", "Orientering fra formanden",
        "Orientering fra administrationen"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// More lead words and numerals: "Til punkt 3" and "Vedr. pkt. 3" answer the
// agenda's points; roman numerals number the items of older minutes.
TEST(ConventionsTest, ItemNumbersInRomanNumeralsAndAnswers) {
  const std::vector<std::string> want = {"Godkendelse af dagsorden", "Meddelelser", "Eventuelt"};
  for (const char* form : {"Til punkt %d: ", "Til pkt. %d ", "Vedr. pkt. %d ", "ROMAN. ", "ROMAN) "}) {
    std::string text = "Referat\nÆldrerådet\n";
    const char* heads[] = {"Godkendelse af dagsorden", "Meddelelser", "Eventuelt"};
    const char* romans[] = {"I", "II", "III"};
    for (int n = 1; n <= 3; ++n) {
      std::string head = form;
      if (const auto at = head.find("ROMAN"); at != std::string::npos) {
        head.replace(at, 5, romans[n - 1]);
      } else {
        char buf[32];
        std::snprintf(buf, sizeof buf, form, n);
        head = buf;
      }
      text += head;
      text += heads[n - 1];
      text += "\nFormanden orienterede.\n";
    }
    EXPECT_EQ(titles(parse(text)), want) << form;
  }
}

// Unnumbered items under the document's "Referat": an ordinal in a title
// ("2. kvartal") is no address; a case's particulars and its first section
// run into the head's line by a transcript still show an item.
TEST(ConventionsTest, UnnumberedTitlesUnderReferatAndRunOnCases) {
  const ItemsCase cases[] = {
      {"titles over Sagsfremstilling right under Referat",
       "Referat\nGodkendelse af dagsorden\nSagsfremstilling\nDagsordenen forelægges.\nBeslutning\nGodkendt.\n"
       "Budgetopfølgning 2. kvartal\nSagsfremstilling\nForvaltningen har lavet budgetopfølgning.\nBeslutning\n"
       "Taget til efterretning.\n",
       {"Godkendelse af dagsorden", "Budgetopfølgning 2. kvartal"}},
      {"a head numbered from 73 with its case's particulars on its line",
       "REFERAT fra møde i Byrådet\nTranskript\n"
       "2 Indholdsfortegnelse: Åbne sager Strukturplan for sygehusvæsenet Valgsteder i kommunen Udpegning af "
       "stedfortræder til repræsentantskabet Anlægsbevilling til bofællesskabet ved skolen Side 2\n"
       "3 ÅBNE SAGER 73. Strukturplan for sygehusvæsenet. J.nr.: A09 Sagsid: Sagsbehandler: HY Åben sag "
       "Sagsfremstilling: Ved brev af 28. februar har regionen fremsendt udkast til en strukturplan for det "
       "somatiske sygehusvæsen, som byrådet skal afgive høringssvar til, og forvaltningen har udarbejdet et "
       "udkast til høringssvar, der vedlægges som bilag.\n",
       {"Strukturplan for sygehusvæsenet"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// A council's minutes show its open items only, numbered on from the year's
// count with gaps; a small council writes a verdict without its full stop;
// a transcript's table of contents keeps a few of its numbers and goes on
// over the next page.
TEST(ConventionsTest, OpenItemsWithGapsVerdictsAndContentsOverPages) {
  const ItemsCase cases[] = {
      {"open items numbered with gaps, each with its case's sections",
       "Referat\nØkonomiudvalget\n\n45. Budget 2026\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n\n"
       "52. Lokalplan 12\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n\n60. Salg af grund\n"
       "Sagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n",
       {"Budget 2026", "Lokalplan 12", "Salg af grund"}},
      {"short titles over verdicts without full stops",
       "Referat\n\nDagsorden\n\nGodkendelse af dagsorden\nGodkendt\n\nOrientering fra formanden\n"
       "Formanden orienterede om mødet med borgmesteren.\n\nBudget 2026\nRådet drøftede budgettet.\n",
       {"Godkendelse af dagsorden", "Orientering fra formanden", "Budget 2026"}},
      {"a table of contents with few numbers left, over two pages",
       "Kommunalbestyrelsen. Referat.\nTranskript\n"
       "2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Udpegning til bestyrelsen for "
       "Nationalpark Vadehavet 5 2 Nye medlemskandidater til Det Lokale Beskæftigelsesråd 6 3 Godkendelse af "
       "kommunens Strategiplan Godkendelse af retningslinjer for prisen 11 5 Analyse af fælleskommunale "
       "driftsfællesskaber 14 6 Årsregnskab 2013 for Rømø Havn\n"
       "3 15 Turismepolitik Godkendelse af valgfag Renoveringsplan for Skærbæk Distriktsskole Forslag til "
       "driftsaftale mellem Visby Lokalråd og kommunen Tilskud til foreningerne\n",
       {"Udpegning til bestyrelsen for Nationalpark Vadehavet", "Nye medlemskandidater til Det Lokale Beskæftigelsesråd",
        "Godkendelse af kommunens Strategiplan", "Godkendelse af retningslinjer for prisen",
        "Analyse af fælleskommunale driftsfællesskaber", "Årsregnskab 2013 for Rømø Havn", "Turismepolitik",
        "Godkendelse af valgfag", "Renoveringsplan for Skærbæk Distriktsskole",
        "Forslag til driftsaftale mellem Visby Lokalråd og kommunen", "Tilskud til foreningerne"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// "N. Title: what was said.": an association's secretary writes the outcome
// after the title's colon; a title that opens with a kind's label keeps it
// ("Høring: Forslag til lokalplan 12").
TEST(ConventionsTest, OutcomeAfterTheTitlesColon) {
  const ItemsCase cases[] = {
      {"outcomes after the colon",
       "Referat af møde i Landsbyklyngen den 25. oktober 2022.\n\n1. Valg af dirigent: Anne Holm.\n"
       "2. Evaluering af folkemødet: Flere bump på vejen, men dagen forløb godt. Beslutning tages senere.\n"
       "3. Filmprojektet: JF og GR er kommet med forslag til lokationer og har været med til en del af "
       "optagelserne, som fandt sted i oktober, og de\n",
       {"Valg af dirigent", "Evaluering af folkemødet", "Filmprojektet"}},
      {"a kind's label before the colon stays",
       "Referat\n\n1. Høring: Forslag til lokalplan for Nørreby.\nRådet afgav høringssvar.\n\n2. Tema: Trafik i byen\n"
       "Rådet drøftede trafikken.\n",
       {"Høring: Forslag til lokalplan for Nørreby", "Tema: Trafik i byen"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// A transcript's agenda "1. Velkomst v/ Anne Holm (kl. 09:00)" and, on a
// later page after its number, "Punkt 1. Velkomst Anne Holm bød
// velkommen.": the list is the agenda, the head takes its title.
TEST(ConventionsTest, AgendaThenPagedHeadsRunIntoTheirText) {
  const ItemsCase cases[] = {
      {"an agenda, then an item at the top of a page",
       "Referat fra møde i Komitéen 7. juni 2013\nTranskript\n"
       "1 Referat fra møde i Komitéen 7. juni 2013 Mødet afholdtes på kroen. Dagsorden: 1. Velkomst v/ Anne Holm "
       "(kl. 09:00 09:05) 2. Godkendelse af referat og dagsorden v/ Anne Holm (kl. 09:05 09:10) 3. Budget for "
       "2014 v. Bo Dahl (kl ) 4. Eventuelt (kl ) Frokost (kl ) Sekretariatet Torvegade 7, 8450 Hammel\n"
       "3 Punkt 1. Velkomst Anne Holm bød velkommen. To nye medlemmer deltog for første gang.\n",
       {"Velkomst"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// An outcome whose subject is in its definite form follows the title with
// no full stop between them ("... 29. august 2014 Referatet godkendtes.").
TEST(ConventionsTest, OutcomesInTheDefiniteFormAfterTheTitle) {
  const ItemsCase cases[] = {
      {"the outcome after a date",
       "Referat fra møde i Landdistriktsudvalget den 30. september 2014\nAfbud: Anne Holm\n\n"
       " 1. Godkendelse af referat fra mødet d. 29. august 2014 Referatet godkendtes.\n"
       " 2. Diverse ansøgninger:\n\nAnsøgning fra Visby om midler\n\nDer bevilges 10.000 kr.\n\n"
       "3. Spørgeskemaundersøgelse om trivsel på landet\n\nRapporten præsenteres på et informationsmøde.\n",
       {"Godkendelse af referat fra mødet d. 29. august 2014", "Diverse ansøgninger",
        "Spørgeskemaundersøgelse om trivsel på landet"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// Minutes that write each item as one line with its outcome: once two
// titles carry their verdicts, the other lines written so are items too,
// not sentences whose title part holds a verb, and a short title alone on
// its line with what was said on the lines right under it.
TEST(ConventionsTest, EveryItemOneLineWithWhatWasSaid) {
  const ItemsCase cases[] = {
      {"verdicts, then items with what was said",
       "Referat af forældrebestyrelsesmøde onsdag den 17. september 2025\n\nTil stede: Anne Holm og Bo Jensen\n\n"
       "Godkendelse af dagsorden. Dagsorden godkendt\n\nGodkendelse af referat af den 3. juni 2025. Referat godkendt\n\n"
       "Orienteringspunkter:\n\nStatus for børnetallet: Vi oplever fortsat en stabil efterspørgsel på pladser.\n\n"
       "Formanden orienterede. Der var ingen spørgsmål til orienteringen.\n\n"
       "Dagplejens budget: Budgettilpasningen efter tredje kvartal er endnu ikke på plads, og den skal tilpasses de ændrede udgifter\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat af den 3. juni 2025", "Status for børnetallet",
        "Dagplejens budget"}},
      {"verdicts, then titles alone over what was said",
       "Referat Ungdomsskolens bestyrelsesmøde\n\nTorsdag den 8. februar 2018 kl. 17.00 - 19.00\n\n"
       "Godkendelse af referat og dagsorden. Godkendt.\n\n"
       "Gensidig præsentation af bestyrelsesmedlemmer. Til efterretning\n\n"
       "Information fra formanden\nHerunder også forslag om at næste møde er det konstituerende møde i "
       "bestyrelsen.\nNæste møde er konstituerende.\n\n"
       "Information fra ledelsen\nVelkomst og kort gennemgang af vedtægter og opgaver i henhold til loven om "
       "ungdomsskoler.\nLov og opgaver gennemgået.\n\n"
       "Den fremtidige organisering af Musikskolen\nDrøftelser af det fremtidige samarbejde og konsekvenser af "
       "beslutningen i byrådet.\n",
       {"Godkendelse af referat og dagsorden", "Gensidig præsentation af bestyrelsesmedlemmer",
        "Information fra formanden", "Information fra ledelsen", "Den fremtidige organisering af Musikskolen"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// The agenda's own heading right before the first item ("Forslag til
// dagsorden:", "Dagsorden var:", "Referat:") opens the items, not a list
// inside one; a head whose title ends with a colon and that has no text
// is followed by the next head.
TEST(ConventionsTest, ItemsUnderTheAgendasHeadingAndTitlesEndingInAColon) {
  const ItemsCase cases[] = {
      {"under 'Forslag til dagsorden:'",
       "Referat af bestyrelsesmøde 4. marts 2023\n\nForslag til dagsorden:\n\n1. Valg af ordstyrer\n\n"
       "Lis vælges til ordstyrer.\n\n2. Sommerlejr (lukket punkt):\n\n3. Godkendelse af referat fra mødet 12.02\n\n"
       "4. Kontingent\n\nKontingentet fastholdes.\n",
       {"Valg af ordstyrer", "Sommerlejr (lukket punkt)", "Godkendelse af referat fra mødet 12.02", "Kontingent"}},
      {"under 'Referat:'",
       "Referat af møde 3.05.2024\n\nDeltagere: Anne Holm, Bo Jensen\n\nReferat:\n\n1. Valg af referent\n\n"
       "Bo er referent.\n\n2. Regnskab 2023\n\nRegnskabet blev underskrevet.\n",
       {"Valg af referent", "Regnskab 2023"}},
      {"a colon inside an item still opens a list",
       "Referat\n\nForslag til dagsorden:\n\n1. Budget\n\nTekst.\n\n2. Arrangementer\n\nVi planlægger:\n"
       "1. Sommerfest\n2. Julefrokost\n",
       {"Budget", "Arrangementer"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// An agenda list, then under "Referat:" (or "Beslutning:") the outcomes
// numbered as the agenda is: each outcome is its item's decision, however
// it opens, and never an item of its own.
TEST(ConventionsTest, OutcomesNumberedAsTheAgendaIs) {
  const corpus::Meeting m = parse(
      "Bestyrelsesmøde 2/3 2022\n\nDagsorden var:\n  1. Godkendelse af regnskab\n  2. Havevandring\n"
      "  3. Eventuelt\n\nReferat:\n  1. Regnskabet blev godkendt og sendes til revisor.\n"
      "  2. Havevandring holdes den 14. maj kl. 10.\n  3. Intet.\n\nTak for i dag.\n");
  const std::vector<std::string> expected_titles = {"Godkendelse af regnskab", "Havevandring", "Eventuelt"};
  EXPECT_EQ(titles(m), expected_titles);
  const std::vector<std::string> expected_decisions = {"Regnskabet blev godkendt og sendes til revisor.",
                                                       "Havevandring holdes den 14. maj kl. 10.",
                                                       "Intet.\nTak for i dag."};
  EXPECT_EQ(decisions(m), expected_decisions);
}

// A web list that lost its numbering ("1." before every entry), each entry
// a paragraph "Title: what was said", some typed in lower case or with a
// stray colon before the title.
TEST(ConventionsTest, FlattenedListOfTitlesWithTheirOutcomes) {
  const ItemsCase cases[] = {
      {"every entry 1., outcome after the colon",
       "Referat af menighedsrådsmøde 8. februar 2018\n\n"
       " 1. godkendelse af dagsorden: Dagsordenen blev godkendt.\n\n"
       " 1. Kirkegården: Graveren orienterede om de nye gravsteder. Arbejdet går i gang til foråret.\n\n"
       " 1. : Nøgler til sognehuset: Der laves en liste over hvem der har nøgler.\n\n"
       " 1. : Udlejning: Prisen for udlejning af sognehuset hæves fra 1. april.\n",
       {"godkendelse af dagsorden", "Kirkegården", "Nøgler til sognehuset", "Udlejning"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// Titles that end with a colon (or short ones, with no verb, with a full
// stop), each a paragraph of its own over its outcome, as an association's
// secretary writes them: three or more make the list ("Formand: Anne Holm"
// under one is the outcome, no title; "Intet." is a verdict).
TEST(ConventionsTest, TitlesEndingInAColonOverTheirOutcome) {
  const ItemsCase cases[] = {
      {"an association's minutes",
       "Anne Holm – AH\nBo Jensen – BJ\n\nGodkendelse af referat:\n\nReferatet blev godkendt.\n\nKonstituering:\n\n"
       "Formand: Anne Holm\nKasserer: Bo Jensen\n\nVandværkets drift:\n\nDriften kører som den skal.\n\n"
       "Næste møde:\n\nAftales senere.\n",
       {"Godkendelse af referat", "Konstituering", "Vandværkets drift", "Næste møde"}},
      {"short titles with a full stop, no verb in them",
       "Referat af lokalrådsmøde 3.8.2017\n\nTilstede: Jørn, Per og Anne.\n\nStatus på cykelstien.\n\n"
       "Kommunen har lovet svar i september.\n\nByfesten.\n\nDer kom 200 gæster. Overskuddet var 4.000 kr.\n\n"
       "Sagen behandles i\n\nLokalrådet (orientering).\n\nEVT.\n\nIntet.\n",
       {"Status på cykelstien", "Byfesten", "EVT"}},
      {"two such lines are no list",
       "Referat\n\nBestyrelsen drøftede sagen.\n\nPriser på stand:\n\nTo personer deltager.\n\nProgram:\n\nFølger.\n",
       {}},
  };
  for (const auto& c : cases) {
    const corpus::Meeting m = parse(c.text);
    const bool blob = std::any_of(m.warnings.begin(), m.warnings.end(),
                                  [](const std::string& w) { return w.rfind("no agenda items", 0) == 0; });
    EXPECT_EQ(blob ? std::vector<std::string>{} : titles(m), c.titles) << c.name;
  }
}

// A standing item's title closed by a full stop between outcomes, as
// associations' and boards' informal minutes type it (verbatim:
// Fjordparken Øst's board, Vallensbæk's Dagpleje parents' board as a
// transcript prints it); the outcome under it, "Referatet blev godkendt
// uden bemærkninger.", stays a sentence.
TEST(ConventionsTest, StandingTitlesClosedByAFullStop) {
  const ItemsCase cases[] = {
      {"after the header's labels",
       "Referat fra bestyrelsesmøde i grundejerforeningen Fjordparken Øst\n\nTirsdag d. 26/8-2003 kl. 19.30\n\n"
       "Tilstede          : BN, BK, BD, HÅP, EB\n\nAfbud            : AM\n\n \n\n \n\nGodkendelse af seneste referat.\n\n \n\n"
       "Referatet blev godkendt uden bemærkninger.\n\n \n\nOrientering.\n\n \n\n"
       "Det har været sommerferietid, derfor var der intet at orientere om.\n\n \n\nArealerne.\n\n \n\n"
       "Igen generel kritik af græsslåningen. Der er indkommet en klage fra en beboer.\n\n \n\nØkonomi.\n\n \n\n"
       "Der er ingen ændringer til den økonomiske situation.\n\n \n\n \n\nAktiviteter.\n\n \n\n \n\n \n\nEvt.\n\n \n\n"
       "Næste møde 16/10-2003 kl. 19.30 hos Bjarne Dahl (nr. 404)\n",
       {"Godkendelse af seneste referat", "Orientering", "Arealerne", "Økonomi", "Aktiviteter", "Evt"}},
      {"the minutes' date in the title, run on in a transcript",
       "Forældrebestyrelsen\n\nTranskript\n\n1 Referat af forældrebestyrelsesmøde onsdag den 17. september 2025 "
       "Til stede: Line Kofoed Funch, Martina Lynge Wirtess, Amina Rhod Christiansen, Vibe From og Susanne Nielsen "
       "Fraværende: Benjamin Danielsen, Kathrin Hansen Eisenhut, Nan Grønsdal og Kina Wulffeld, "
       "Godkendelse af dagsorden. Dagsorden godkendt Godkendelse af referat af den 3. juni 2025. Referat godkendt "
       "Velkommen til Martina - præsentation bordet rundt og underskrivelse af tavshedserklæring. "
       "Tavshedserklæring underskrives\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat af den 3. juni 2025"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// "4)      Økonomi: Kassereren oplyser ...": an item's number before a topic
// that is also a section's name stays the head of that item.
TEST(ConventionsTest, NumberBeforeATopicThatNamesASection) {
  const ItemsCase cases[] = {
      {"Økonomi as a numbered title with its outcome",
       "Referat af beboerrådsmøde 3. maj 2010\n\n1)      Valg af ordstyrer: Anne blev valgt.\n\n"
       "2)      Økonomi: Kassereren oplyser at der er 4.000 kr. i kassen.\n\n"
       "3)      Sommerfest: Festen holdes 12. juni.\n\n4) Eventuelt: Intet.\n",
       {"Valg af ordstyrer", "Økonomi", "Sommerfest", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// Compact minutes: "N. Title." and its bare outcome on the next line, no
// blank lines, long titles ending in a full stop too; lead words glued to
// the number ("Ad1."), and "Sag nr. 1" over its title.
TEST(ConventionsTest, CompactHeadsOverBareOutcomes) {
  const ItemsCase cases[] = {
      {"no blank lines, a long title with its full stop",
       "Referat af menighedsrådsmøde den 5. juni 2019\n1. Godkendelse af dagsorden.\nGodkendt.\n"
       "2. Godkendelse af referat fra mødet den 8. maj 2019 med bemærkninger.\nGodkendt og underskrevet.\n"
       "3. Kirkegården.\nGraveren orienterede om arbejdet.\n4. Eventuelt.\nIntet.\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat fra mødet den 8. maj 2019 med bemærkninger",
        "Kirkegården", "Eventuelt"}},
      {"Ad1. glued to its number",
       "Referat af bestyrelsesmøde 4. marts 2019\nAd1. Godkendelse af dagsorden.\nGodkendt.\n"
       "Ad2. Valg af kasserer.\nBo Jensen blev valgt.\nAd3. Eventuelt.\nIntet.\n",
       {"Godkendelse af dagsorden", "Valg af kasserer", "Eventuelt"}},
      {"Sag nr. 1 over its title",
       "Referat af Kommunalbestyrelsens møde den 4. marts 2019\n\nSag nr. 1\nGodkendelse af dagsorden\n"
       "Beslutning: Godkendt.\n\nSag nr. 2\nMeddelelser\nBeslutning: Taget til efterretning.\n",
       {"Godkendelse af dagsorden", "Meddelelser"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

}  // namespace

namespace {

// A table of contents of unnumbered titles under the agenda's groups
// ("Sager til beslutning" / titles / "Sager til orientering" / titles),
// the body numbering each group from "1." again: the contents is no item,
// the heads of every group are; a transcript's page runs the group's label
// into the head ("Sager til beslutning: 1. Afdækning ...").
TEST(ConventionsTest, BodyNumbersRestartUnderAgendaGroups) {
  const ItemsCase cases[] = {
      {"outcomes under the heads, no section headings",
       "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n\nDagsorden\nSager til beslutning:\n"
       "Godkendelse af dagsorden\nBudgetopfølgning 1. kvartal\nLokalplan 112 for Havnen\nSager til orientering:\n"
       "Meddelelser\nStatus på byggeriet\n\nSager til beslutning:\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
       "2. Budgetopfølgning 1. kvartal\nUdvalget godkendte opfølgningen.\n\n3. Lokalplan 112 for Havnen\n"
       "Udsat til næste møde.\n\nSager til orientering:\n\n1. Meddelelser\n"
       "Formanden orienterede om mødet med regionen.\n\n2. Status på byggeriet\nByggeriet går efter planen.\n",
       {"Godkendelse af dagsorden", "Budgetopfølgning 1. kvartal", "Lokalplan 112 for Havnen", "Meddelelser",
        "Status på byggeriet"}},
      {"a transcript's page runs the label into the head",
       "Bestyrelsen. Referat. Torsdag den 8. december 2016\n\n"
       "DAGSORDEN: Sager til beslutning: Afdækning af risici ifm. oliepriser Overførsel af anlægsudgifter "
       "Sager til orientering: Meddelelser Eventuelt\n\n"
       "Sager til beslutning: 1. Afdækning af risici ifm. oliepriser\nResumé: Ejerne er hørt om risikoafdækning.\n"
       "Beslutning: Godkendt.\n",
       {"Afdækning af risici ifm. oliepriser"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// The next head glued to the outcome's sentence end ("... blev
// godkendt.2. Godkendelse af referat"): it starts its line; "d.7. maj" and
// "kl.10." are no heads.
TEST(ConventionsTest, HeadGluedToTheOutcomeBefore) {
  const ItemsCase cases[] = {
      {"one head a line, each glued to the outcome before",
       "Referat af bestyrelsesmøde den 3. maj 2022\n\n1. Godkendelse af dagsorden\n"
       "Dagsordenen blev godkendt.2. Godkendelse af referat\nReferatet blev godkendt.3. Økonomi\n"
       "Kassereren gennemgik regnskabet, som blev godkendt.4. Eventuelt\nNæste møde er d.7. Maj kl.10.\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat", "Økonomi", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// A transcript runs the agenda "1. ... 2. ..." and the body that numbers
// its heads from 1 again into one line: the body's run is split too.
TEST(ConventionsTest, TranscriptBodyRestartsAfterTheAgenda) {
  const ItemsCase cases[] = {
      {"agenda and body on one line",
       "Referat af hovedbestyrelsesmøde 9. januar 2014\n\nDagsorden 1. Godkendelse af dagsorden 2. "
       "Forretningsudvalget 3. Foreningens økonomi Referat: Beslutningsprotokollen blev gennemgået. 1. Godkendelse "
       "af dagsorden Dagsordenen blev godkendt uden bemærkninger. 2. Forretningsudvalget Formanden orienterede om "
       "udvalgets arbejde siden sidst. 3. Foreningens økonomi Kassereren gennemgik regnskabet, som blev godkendt.\n",
       {"Godkendelse af dagsorden", "Forretningsudvalget", "Foreningens økonomi"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// Titles ending with a colon, each opening a paragraph with its outcome on
// the next line of the same paragraph ("Økonomi:" / "Økonomien blev
// gennemgået."), as an association's secretary writes them.
TEST(ConventionsTest, ColonTitlesOverTheirOutcomeInOneParagraph) {
  const ItemsCase cases[] = {
      {"no blank line between title and outcome",
       "Tilstede: Bo, Lars, Mette og Anja\nAfbud: ingen\n\nFormanden:\n"
       "Bo fortæller at kommunen kommer for at fjerne stenene ved indkørslen.\n\n"
       "Godkendelse af sidste mødereferat:\nReferatet blev godkendt.\n\nVejfest:\n"
       "Festen holdes lørdag den 12. juni, og Anja står for indkøb.\n\nEventuelt:\n"
       "Vi snakkede om næste generalforsamling.\n",
       {"Formanden", "Godkendelse af sidste mødereferat", "Vejfest", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// A council's open case: a numbered head with the case's number right
// under it ("24. Udpegning af valgstyrere ..." / "Sagsnr.: 2014-001192"),
// numbered from anywhere, without a section heading near it.
TEST(ConventionsTest, CaseNumberUnderANumberedHead) {
  const ItemsCase cases[] = {
      {"one open case",
       "Referat for Byrådet møde den 7. april 2014\n\nÅBNE SAGER\n\n"
       "24. Udpegning af valgstyrere og tilforordnede til valg i perioden 2014-2017\nSagsnr.: 2014-001192\n"
       "Sagsbehandler: Grete Holm\n\nPræsentation:\nByrådet skal udpege et antal valgstyrere.\n\n"
       "Byrådet skal tage stilling til følgende:\n1. at fortegnelsen over valgstyrere godkendes\n",
       {"Udpegning af valgstyrere og tilforordnede til valg i perioden 2014-2017"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// Heads one a paragraph with no text between them, each holding its
// outcome after the title ("4) Økonomi.  Budget 2022 vedtages ..." / "5)
// Alpha Kursus.  Næste kursus udsættes."): the numbers go on as items'
// do, also after a head not read for its shape ("3) Besøg af organisten,"),
// which is then the item the heads skipped (skipped_in_turn).
TEST(ConventionsTest, HeadsWithTheirOutcomeOneParagraphEach) {
  const ItemsCase cases[] = {
      {"a parish council's short minutes",
       "Referat 2. juni 2021\n\n1) Indledning ved formanden\n\n2) Godkendelse af dagsorden.  Dagsordenen blev "
       "godkendt.\n\n3) Besøg af organisten,\n\nDrøftet.\n\n4) Økonomi.  Budget 2022 vedtages på et "
       "ekstraordinært møde.\n\n5) Alpha Kursus.  Næste kursus udsættes.\n\n6) Livestreaming.  Kommissoriet "
       "vedtaget.\n\n7) Eventuelt.  Der var intet under eventuelt.\n",
       {"Indledning ved formanden", "Godkendelse af dagsorden", "Besøg af organisten", "Økonomi", "Alpha Kursus",
        "Livestreaming", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// One lead word, two separators: "ad 1." alone over its title and "Ad 3
// Regnskab" on one line in the same minutes; both count in turn.
TEST(ConventionsTest, LeadWordWithAnotherSeparatorInTurn) {
  const ItemsCase cases[] = {
      {"ad N. over the title, then Ad N Title",
       "Referat af generalforsamling 12. marts 2019\n\nad 1.\nValg af dirigent\nBo Jensen blev valgt.\n\n"
       "ad 2.\nBestyrelsens beretning\nFormanden aflagde beretning, som blev godkendt.\n\n"
       "Ad 3 Regnskab\nRegnskabet blev godkendt.\n\nAd 4 Eventuelt\nIntet.\n",
       {"Valg af dirigent", "Bestyrelsens beretning", "Regnskab", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// A head next in turn whose outcome runs on after the title's full stop,
// which an abbreviation or a number ends ("4. Fællesspisning fredag 9 Nov.
// Vi mødes kl 17.00. ..."): the title is its first sentence.
TEST(ConventionsTest, TitleEndsAtAnAbbreviationsFullStop) {
  const ItemsCase cases[] = {
      {"a village hall's board",
       "Referat af bestyrelsesmøde onsdag d. 7. november 2012 kl. 19.30 i forsamlingshuset.\n"
       "1. Godkendelse af dagsorden\n2. Godkendelse af referat\n"
       "3. Fællesspisning fredag 9 Nov. Vi mødes til borddækning kl 17.00. Jacob skaffer projektor.\n"
       "4. Julebanko onsdag 28 Nov. Vi mødes kl 18.30. Lise køber præmier.\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat", "Fællesspisning fredag 9 Nov",
        "Julebanko onsdag 28 Nov"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// A table of contents whose cells a PDF printed on lines of their own (the
// item's number, its title, its page), with no heading in the text after
// it: its titles are the items, closed items left out of the numbers.
TEST(ConventionsTest, TableOfContentsCellsOnLinesOfTheirOwn) {
  const ItemsCase cases[] = {
      {"an agenda's contents, numbers skipping",
       "Dagsorden\nByrådet\nMøde den 12. marts 2019 kl. 17.00\n\nIndholdsfortegnelse\n"
       "1\nGodkendelse af dagsorden\n2\n3\nBudgetopfølgning 2019\n3\n"
       "5\nLokalplan 112 for boliger ved Skovvej\n5\n8\nEventuelt\n9\n",
       {"Godkendelse af dagsorden", "Budgetopfølgning 2019", "Lokalplan 112 for boliger ved Skovvej", "Eventuelt"}},
      {"a title over two lines",
       "Referat\nSeniorrådet\n\n1.\nGodkendelse af referat\n2\n2.\nHøring om kvalitetsstandarder\nfor "
       "hjemmehjælp\n3\n3.\nMeddelelser\n4\n",
       {"Godkendelse af referat", "Høring om kvalitetsstandarder for hjemmehjælp", "Meddelelser"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// An agenda list with notes under its entries in the same paragraph (a
// proposal, lettered points, who is up for election) is the agenda all the
// same: the heads in the text after it are the items, once each.
TEST(ConventionsTest, AgendaListWithNotesUnderItsEntries) {
  const ItemsCase cases[] = {
      {"a homeowners' general meeting",
       "Referat fra generalforsamling tirsdag den 8. november 2005\n\nDAGSORDEN:\n1. Valg af dirigent\n"
       "Bestyrelsen foreslår Bo Olsen\n2. Formandens beretning\n3. Regnskab\n4. Indkomne forslag\n"
       "A: Forslag om indkøb af fælles trailer\nB: Forslag til ændring af vedtægter\n5. Valg til bestyrelsen\n"
       "På valg dette år:\nFormand Anders Kamp (2 år)\n6. Eventuelt\n\n"
       "1: VALG AF DIRIGENT\nBo Olsen blev valgt.\n\n2: FORMANDENS BERETNING\nBeretningen blev godkendt.\n\n"
       "3: REGNSKAB\nRegnskabet blev godkendt.\n\n4: INDKOMNE FORSLAG\nBegge forslag blev vedtaget.\n\n"
       "5: VALG TIL BESTYRELSEN\nAnders Kamp blev genvalgt.\n\n6: EVENTUELT\nIntet.\n",
       {"VALG AF DIRIGENT", "FORMANDENS BERETNING", "REGNSKAB", "INDKOMNE FORSLAG", "VALG TIL BESTYRELSEN",
        "EVENTUELT"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// An agenda numbered on two levels, as agenda systems print it: group lines
// "N.0." and the items "N.1.", "N.2." under them. The items are the second
// level; "3.0 Title" over its own text with "3.1 Indstilling" under it is
// item 3 with its parts.
TEST(ConventionsTest, TwoLevelAgendaNumbering) {
  const ItemsCase cases[] = {
      {"groups by their labels",
       "Dagsorden\nBørne- og Skoleudvalget\nMøde 3. maj 2023\n\n1.0. Sager til beslutning\n"
       "1.1. Budget 2024\n1.2. Lokalplan 12 for Skovvej\n2.0. Sager til orientering\n2.1. Meddelelser\n"
       "2.2. Eventuelt\n",
       {"Budget 2024", "Lokalplan 12 for Skovvej", "Meddelelser", "Eventuelt"}},
      {"groups right over their first items",
       "Dagsorden\nBestyrelsen\nMøde 3. maj 2023\n\n1.0. Indledning\n1.1. Godkendelse af dagsorden\n"
       "1.2. Godkendelse af referat\n2.0. Økonomi\n2.1. Regnskab 2022\n2.2. Budget 2024\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat", "Regnskab 2022", "Budget 2024"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// A notice's agenda under the labels of its open and closed parts ("Åbent
// møde" / "- Budgetopfølgning 2024" / "Lukket møde" / "- Salg af grund"):
// the labels are no items, the titles under them are.
TEST(ConventionsTest, AgendaUnderOpenAndClosedMeetingLabels) {
  const ItemsCase cases[] = {
      {"a council's notice",
       "Dagsorden til byrådets møde den 12. marts 2024\n\nByrådet holder møde tirsdag kl. 17.00 på rådhuset. "
       "Dagsordenen er:\n\nÅbent møde\n- Godkendelse af dagsorden\n- Budgetopfølgning 2024\n"
       "- Lokalplan 112 for boliger ved Skovvej\nLukket møde\n- Salg af grund\n",
       {"Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 112 for boliger ved Skovvej",
        "Salg af grund"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// An ellipsis or a dash after a title's last word ("Økonomi…", "EVT-") is a
// secretary's note that more is to come, no part of the title.
TEST(ConventionsTest, EllipsisOrDashAfterTheTitle) {
  const ItemsCase cases[] = {
      {"a sailing club's board",
       "Referat af bestyrelsesmøde 3. maj 2012\n\n1. Aktivitetsudvalg\nStanderhejsning 1. maj gik godt.\n\n"
       "2. Økonomi…\n\n3. Hjemmesiden...\n\n4. EVT-\n",
       {"Aktivitetsudvalg", "Økonomi", "Hjemmesiden", "EVT"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// Short titles each over a paragraph of prose, no numbers, no headings and
// no item's kind among them, as a club's secretary writes them: three or
// more are the items.
TEST(ConventionsTest, ShortTitlesOverParagraphsOfProse) {
  const ItemsCase cases[] = {
      {"an allotment association's board",
       "Referat af bestyrelsesmøde i haveforeningen 3. maj 2022\n\nTil stede: Anne Holm, Bo Jensen\n\n"
       "Sommerfesten\nFesten holdes den 24. juni i fælleshuset, og Anne står for maden til alle.\n\n"
       "Hækkene\nFlere haver har ikke klippet hække, og bestyrelsen sender et brev ud til dem.\n\n"
       "Vandmålerne\nAflæsningen af vandmålerne sker i september, og alle skal give adgang til målerne.\n",
       {"Sommerfesten", "Hækkene", "Vandmålerne"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// A point numbered "1." again inside an item's case text, with a section
// heading under it, is no restart of the items' numbering: the heading
// says nothing of a head there.
TEST(ConventionsTest, RestartedNumberOverASectionInsideAnItem) {
  const ItemsCase cases[] = {
      {"a proposal's point with its own decision",
       "Referat\nBestyrelsen\nMøde 3. maj 2023\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
       "2. Budget 2024\nSagsfremstilling\nDirektøren foreslår to ændringer i budgettet.\n\n"
       "1. Lønpuljen hæves med 2 procent\nBeslutning\nGodkendt.\n\n3. Eventuelt\nBeslutning\nIntet.\n",
       {"Godkendelse af dagsorden", "Budget 2024", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// A recommendation's numbered sentence with the decision heading under it
// ("Indstilling" / "1. Byrådet godkender, at ... fra 2025." / "Beslutning")
// is no head: a long title with a full stop needs more than a section
// heading under it.
TEST(ConventionsTest, NumberedRecommendationOverItsDecision) {
  const ItemsCase cases[] = {
      {"unnumbered items with a numbered recommendation",
       "Referat\nByrådet\nMøde 3. maj 2023\n\nTakster 2025\nSagsfremstilling\nForvaltningen har beregnet "
       "taksterne.\nIndstilling\n1. Byrådet godkender at taksten for hjemmehjælp hæves med to procent fra 2025.\n"
       "Beslutning\nGodkendt.\n\nEventuelt\nBeslutning\nIntet.\n",
       {"Takster 2025", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// A board's short minutes that write the outcome on the item's line after a
// comma ("3. Bordet rundt, status på ..., Covid-19 blev omtalt. ..."): the
// title is the part before the comma that a sentence follows; "Eventuelt,
// intet" is the title and its outcome; a blog's comment form under the post
// ("Leave a Reply") is no part of the last item.
TEST(ConventionsTest, OutcomeAfterTheTitlesComma) {
  const char* text =
      "Referat af bestyrelsesmøde 24. september 2020.\n\n"
      "Tilstede: Hugo Madsen, Rose Madison, Anni Mortensen\n\n"
      "1. Velkomst, Formanden bød velkommen til alle.\n\n"
      "2. Bordet rundt, status på foreningens stilling og væsentlige begivenheder, Covid-19 blev omtalt. "
      "Kroen blev omtalt og vi fortsætter debatten og vi talte om søerne. Jeg sender lige rundt ang. planen\n\n"
      "3. Hjemmeside og facebook, Der blev talt om annoncer til hjemmesiden og det arbejdes der videre med "
      "af Rose og Anni, som også ser på siden på facebook.\n\n"
      "4. Eventuelt, intet\n\n"
      "Leave a Reply\n\n"
      "Din e-mailadresse vil ikke blive publiceret. Krævede felter er markeret med *\n";
  const corpus::Meeting m = parse(text);
  EXPECT_EQ(titles(m), (std::vector<std::string>{"Velkomst", "Bordet rundt, status på foreningens stilling og væsentlige begivenheder",
                                                 "Hjemmeside og facebook", "Eventuelt"}));
  ASSERT_EQ(m.items.size(), 4u);
  for (const auto& it : m.items)
    for (const auto& sec : it.sections) EXPECT_EQ(sec.text.find("Leave a Reply"), std::string::npos) << it.title;
  ASSERT_FALSE(m.items[2].sections.empty());
  EXPECT_EQ(m.items[2].sections.front().text.rfind("Der blev talt om annoncer", 0), 0u);
}

// A web page's nested list saved as plain text shows its depth by indent:
// the numbers further in than the list's outermost ones, numbered from 1
// again under an item, are that item's points, not items ("  1. Status på
// politikken" under " 1. Besøg fra arbejdsgruppen"). A hand-typed list's
// uneven indents ("1. Valg af ordstyrer" / " 2. Valg af referent") are
// one level: a number next in turn is the next item.
TEST(ConventionsTest, NestedListPointsInsideAnItem) {
  const ItemsCase cases[] = {
      {"a youth council's nested list",
       "Referat Ungerådsmøde d. 12. maj 2020\n\n"
       " 1. Besøg fra arbejdsgruppen fra kommunen om den nye politik.\n\n"
       "  1. Status på politikken:\n   1. Byrådets godkendelse af udkast\n   2. Høring\n"
       "  2. Arbejdsgruppens foreløbige oplæg\n  3. Eventuelt\n"
       " 2. Ungerådet virtuelt\n\n  1. De unges talerør\n  2. Virtuelle arrangementer\n"
       " 3. Nyt fra NAU\n\n  1. DUF-ansøgning\n"
       " 4. Evt.\n",
       {"Besøg fra arbejdsgruppen fra kommunen om den nye politik", "Ungerådet virtuelt", "Nyt fra NAU", "Evt."}},
      {"a web list opened again after an item's points",
       "Indkaldelse til møde i Seniorrådet\n\nTorsdag den 10. juni 2021 kl. 9.00\n\nDagsorden:\n\n"
       " 1. Valg af referent\n 2. Godkendelse af dagsorden\n 3. Dagsordener og referater\n"
       "  1. Direkte relationer\n  2. Indirekte relationer\n 1. Nyt fra arbejdsgrupper\n 2. Næste møde\n",
       {"Valg af referent", "Godkendelse af dagsorden", "Dagsordener og referater", "Nyt fra arbejdsgrupper",
        "Næste møde"}},
      {"uneven indents of a typed list",
       "Referat af bestyrelsesmøde 3. maj 2013\n\n1. Valg af ordstyrer\nAnna.\n\n"
       " 2. Valg af referent\nLise.\n\n 3. Godkendelse af dagsorden\nGodkendt.\n\n"
       "4. Økonomi\nKassereren gennemgik regnskabet.\n\n 5. Eventuelt\nIntet.\n",
       {"Valg af ordstyrer", "Valg af referent", "Godkendelse af dagsorden", "Økonomi", "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// An agenda page with no case texts after its list (a notice, a board's
// page whose minutes are a linked file): the numbered list is the items,
// also when its entries are sentences with their full stop, and the
// page's link label after it is none.
TEST(ConventionsTest, AgendaPageOfSentenceTitles) {
  const ItemsCase cases[] = {
      {"an older people's council's notice",
       "Ældrerådet\n\nDagsorden til møde i Ældrerådet den 3. marts 2024 kl. 10.00\n\n"
       " 1. Godkendelse af dagsorden.\n\n 2. Godkendelse af referat fra mødet den 4. februar 2024.\n\n"
       " 3. Formanden orienterer om mødet med borgmesteren og om det kommende budgetseminar.\n\n"
       " 4. Ældrerådets høringssvar om kvalitetsstandarder for hjemmeplejen drøftes.\n\n"
       " 5. Nyt fra udvalgene.\n\n 6. Eventuelt.\n\nReferat\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat fra mødet den 4. februar 2024",
        "Formanden orienterer om mødet med borgmesteren og om det kommende budgetseminar",
        "Ældrerådets høringssvar om kvalitetsstandarder for hjemmeplejen drøftes", "Nyt fra udvalgene",
        "Eventuelt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

}  // namespace

namespace {

// Verbatim excerpts of dev minutes of three public bodies' agenda systems,
// as heads (numbered 1, 2, 3) and the text under each, for the stress test
// below.
struct Excerpt {
  const char* name;
  const char* header;
  std::vector<std::pair<std::string, std::string>> items;  // title, text under it
};

const Excerpt k_public_excerpts[] = {
    {"Brønderslev's Økonomiudvalg",
     "Økonomiudvalget - Referat\n\nDato: 18. november 2020\nLokale: Virtuelt møde via Teams\nTidspunkt: Kl. 08:15\n\n",
     {{"Fraværende", "\nResume\n\nSagsforløb: ØK\n\nBeslutning\n\nIngen.\n\nTil toppen\n\n"},
      {"Bemærkninger/ændringer til dagsordenen",
       "\nResume\n\nSagsforløb: ØK\n\nSagsfremstilling\n\nEvt. bemærkninger til dagsordenen.\n\nBeslutning\n\nIngen."
       "\n\nTil toppen\n\n"},
      {"Anlægsregnskab for separering af spildevand ved Søndergade skole",
       "\nResume\n\nSagsforløb: ØK/BY\n\nDer er udarbejdet anlægsregnskab for udført spildevandsseparering og "
       "belægningsarbejder ved Søndergades Skole.\n\nAnlægsregnskabet udviser et mindreforbrug på 271.697,53 kr.\n\n"
       "Beslutning\n\nAnbefales.\n\nTil toppen\n\n"}}},
    {"Region Sjælland's Udvalget for sundhed for alle",
     "Referat\n\nMøde i Udvalget for sundhed for alle\n\nonsdag den 28. august 2019 kl. 08:00\n\nMødelokale 20\n\n",
     {{"Godkendelse af dagsorden",
       "\nÅbent\n\nUdvalget for sundhed for alle Brevid: 3830997\n\nBehandling i Udvalget for sundhed for alle "
       "onsdag den 28. august 2019, pkt. 1\n\nGodkendt.\n\n"},
      {"Styrket samspil mellem politikerne og administrationen i Region Sjælland",
       "\nÅbent\n\nUdvalget for sundhed for alle Brevid: 3830998\n\nBehandling i Udvalget for sundhed for alle "
       "onsdag den 28. august 2019, pkt. 2\n\nDrøftet.\n\n"},
      {"Eventuelt", "\nÅbent\n\nIntet.\n\n"}}},
    {"Rudersdal's Seniorråd",
     "Referat 07.01.2019\n\nTilstede var: Vivi Nobel (VN), Jørgen Vinding (JV), Anita Gudmundsson (AG)\n\n",
     {{"Velkomst og godkendelse af dagsorden",
       "\nIH indledte med at formidle jule- og nytårshilsner fra kommunen. Dagsordenen blev godkendt.\n\n\n\n"},
      {"Bemærkninger til referatet fra Rådets møde den 5. november 2018",
       "\nDer var ikke bemærkninger og referatet blev godkendt.\n\n\n\n"},
      {"Lessons learned fra Fællesmødet den 11. december 2018",
       "\nIH indledte med sine bemærkninger, og fandt at det var glædeligt at så mange fra arbejdsgrupperne "
       "ønskede at være med.\n\n\n\n"}}},
};

// One excerpt written with the heads' numbers in `form` (printf, the
// number), a page footer or running header before each head but the first
// (`between`, printf, the page's number), and its agenda before the heads
// when `agenda`.
std::string perturbed(const Excerpt& e, const char* form, const char* between, bool agenda, bool repeated = false) {
  std::string text = e.header;
  char buf[160];
  if (agenda) {
    text += "Dagsorden\n\n";
    for (std::size_t n = 1; n <= e.items.size(); ++n) {
      std::snprintf(buf, sizeof buf, form, static_cast<int>(n));
      text += buf + e.items[n - 1].first + "\n";
    }
    text += "\n";
  }
  for (std::size_t n = 1; n <= e.items.size(); ++n) {
    if (n > 1 && between) {
      std::snprintf(buf, sizeof buf, between, static_cast<int>(n), static_cast<int>(n));
      text += buf;
    }
    std::snprintf(buf, sizeof buf, form, static_cast<int>(n));
    text += buf + e.items[n - 1].first + "\n";
    if (repeated) text += "\n" + e.items[n - 1].first + "\n";
    text += e.items[n - 1].second;
  }
  return text;
}

// `text` as a PDF transcript prints it: its first line, "Transkript", then
// its non-empty lines run into one page line (tests/realworld's
// --transcript).
std::string as_one_page_transcript(const std::string& text) {
  std::string out, page;
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t to = text.find('\n', from);
    if (to == std::string::npos) to = text.size();
    const std::string line = std::string(text.substr(from, to - from));
    from = to + 1;
    if (line.find_first_not_of(" ") == std::string::npos) continue;
    if (out.empty()) out = line + "\n\nTranskript\n\n1";
    page += " " + line;
  }
  return out + page + "\n";
}

// Generality: the public bodies' excerpts as unseen minutes differ from
// them (the head's number form, the number alone on its line, a page
// footer or a committee's running header between the pages, the agenda
// listed before the heads): the same items in every form.
TEST(ConventionsTest, PublicExcerptsPerturbed) {
  for (const Excerpt& e : k_public_excerpts) {
    std::vector<std::string> want;
    for (const auto& it : e.items) want.push_back(it.first);
    for (const char* form : {"%d. ", "Punkt %d: ", "Pkt. %d ", "%d) ", "Sag %d: ", "%d.\n"})
      for (const char* between : {static_cast<const char*>(nullptr), "\nSide %d af 12\n\n",
                                  "\nUdvalget 28-08-2019\nSide %d af %d\n\n"})
        for (bool agenda : {false, true}) {
          EXPECT_EQ(titles(parse(perturbed(e, form, between, agenda))), want)
              << e.name << " | form " << form << " | between " << (between ? between : "-") << " | agenda " << agenda;
        }
  }
}

// The same excerpts with each title printed twice (a web export's head and
// its title again over the text).
TEST(ConventionsTest, PublicExcerptsRepeatedTitles) {
  for (const Excerpt& e : k_public_excerpts) {
    std::vector<std::string> want;
    for (const auto& it : e.items) want.push_back(it.first);
    for (const char* form : {"%d. ", "Punkt %d: ", "Pkt. %d ", "%d) "})
      for (bool agenda : {false, true})
        EXPECT_EQ(titles(parse(perturbed(e, form, nullptr, agenda, true))), want)
            << e.name << " | form " << form << " | agenda " << agenda;
  }
}

// Brønderslev's and Rudersdal's excerpts, their agenda listed first, run
// into one line as a PDF transcript prints a page: the heads numbered
// from 1 again after the agenda are the items, also with a lead word and
// no separator ("Pkt. 3 Lessons learned ... Pkt. 1 Velkomst og godkendelse
// af dagsorden ...": lines.cc split_items). (Open: Region Sjælland's
// status "Åbent" run on after the title stays in it; a title without its
// full stop runs on into "IH indledte ...".)
TEST(ConventionsTest, PublicExcerptsRunOnAfterTheirAgenda) {
  for (const Excerpt* e : {&k_public_excerpts[0], &k_public_excerpts[2]}) {
    std::vector<std::string> want;
    for (const auto& it : e->items) want.push_back(it.first);
    for (const char* form : {"%d. ", "Punkt %d: ", "Pkt. %d ", "%d) "})
      EXPECT_EQ(titles(parse(as_one_page_transcript(perturbed(*e, form, nullptr, true)))), want)
          << e->name << " | form " << form;
  }
}

}  // namespace
