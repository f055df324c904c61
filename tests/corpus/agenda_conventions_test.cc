// Agenda conventions of associations and boards: the titles their statutes
// prescribe for a general meeting, written as labels with their outcome.
// See docs/ARCHITECTURE.md §4.3.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus/parser.h"
#include "tests/corpus/items_case.h"

namespace {

using corpus_test::ItemsCase;
using corpus_test::titles;

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
      {"the statutes' wording of the report, a space before the colon (a Parkinson branch)",
       "Referat fra generalforsamling I Parkinsonforeningen København/Frederiksberg\n\n"
       "mandag d. 13. Marts 2017 I Allehelgens Kirke\n\nDernæst blev Hans Glendrup valgt som dirigent.\n\n"
       " • Valg af dirigent og stemmetællere : Dirigenten erklærede generalforsamlingen få rettidig indkaldt.\n"
       " • Formanden aflægger beretning om kredsens virksomhed i 2016 : Den skriftlige beretning var op til "
       "generalforsamlingen lagt ud på vor hjemmeside.\n",
       {"Valg af dirigent og stemmetællere", "Formanden aflægger beretning om kredsens virksomhed i 2016"}},
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

// Minutes that open with the agenda ("Dagsorden:" / "1. Godkendelse af
// dagsorden" / ...) and head the items with their titles alone, or number
// only some of them: the titles written again in the body, in the
// agenda's order, are the items' heads ("Sommerfesten" for "4.
// Sommerfesten 2022"; "Eventuelt: Intet." with its outcome after the
// colon); an entry the body does not write again is no item.
TEST(AgendaConventionsTest, AgendaTitlesEchoedWithoutNumbers) {
  const char* agenda =
      "Referat af bestyrelsesmøde den 3. marts 2022\n\nTil stede: Anne Holm, Bo Jensen, Erik Lund\n\n"
      "Dagsorden:\n1. Godkendelse af dagsorden\n2. Godkendelse af referat fra sidste møde\n"
      "3. Budgetopfølgning for 2022\n4. Sommerfesten 2022\n5. Eventuelt\n\n";
  const ItemsCase cases[] = {
      {"every title again, no numbers",
       "Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
       "Godkendelse af referat fra sidste møde\nReferatet blev godkendt uden bemærkninger.\n\n"
       "Budgetopfølgning for 2022\nKassereren gennemgik regnskabet.\n\n"
       "Sommerfesten\nFesten holdes den 24. juni i haven.\n\nEventuelt\nIntet.\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat fra sidste møde", "Budgetopfølgning for 2022",
        "Sommerfesten", "Eventuelt"}},
      {"the first head numbered, the others not",
       "1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
       "Godkendelse af referat\nReferatet blev godkendt uden bemærkninger.\n\n"
       "Budgetopfølgning\nKassereren gennemgik regnskabet.\n\n"
       "Sommerfesten\nFesten holdes den 24. juni i haven.\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat", "Budgetopfølgning", "Sommerfesten"}},
      {"titles with their outcome after the colon",
       "1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
       "Godkendelse af referat: Referatet blev godkendt uden bemærkninger.\n\n"
       "Sommerfesten: Festen holdes den 24. juni i haven.\n\nEventuelt: Intet.\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat", "Sommerfesten", "Eventuelt"}},
  };
  for (const auto& c : cases) {
    const std::string text = std::string(agenda) + c.text;
    EXPECT_EQ(titles(corpus::parse_meeting(text, "x.txt")), c.titles) << c.name;
  }
}

// A general assembly goes through the agenda its statutes prescribe: when
// its minutes answer the agenda's points in another form ("Ad 1. Valg af
// dirigent" under "1. Valg af dirigent") and the excerpt is cut off in the
// middle of a sentence, the agenda's remaining entries are items too; a
// board's minutes cut off so keep the items they reach.
TEST(AgendaConventionsTest, GeneralAssemblyCutOffGoesOnWithTheAgenda) {
  const char* agenda =
      "1. Valg af dirigent\n2. Bestyrelsens beretning\n3. Fremlæggelse af regnskab\n4. Indkomne forslag\n"
      "5. Eventuelt\n\nAd 1. Valg af dirigent\nBo Jensen blev valgt som dirigent.\n\n"
      "Ad 2. Bestyrelsens beretning\nFormanden fortalte om et år med mange aktiviteter i foreningen, og om de "
      "planer som bestyrelsen har for det kommende år, hvor vi håber at";
  const ItemsCase cases[] = {
      {"general assembly", "Referat af generalforsamling 2021\n\nDagsorden:\n",
       {"Valg af dirigent", "Bestyrelsens beretning", "Fremlæggelse af regnskab", "Indkomne forslag", "Eventuelt"}},
      {"board meeting", "Referat af bestyrelsesmøde 2021\n\nDagsorden:\n",
       {"Valg af dirigent", "Bestyrelsens beretning"}},
  };
  for (const auto& c : cases) {
    const std::string text = std::string(c.text) + agenda;
    EXPECT_EQ(titles(corpus::parse_meeting(text, "x.txt")), c.titles) << c.name;
  }
}

// "Ad 2. referat godkendt." / "Ad 4. Hans Jensen blev valgt.": the
// secretary answers the agenda's points under a lead word, leaving out the
// points with nothing to say and opening an answer in lower case. Each
// answer is its point's text; the points left out stay items, with no text
// (not all of it under the last point).
TEST(AgendaConventionsTest, AnswersUnderALeadWordMayLeaveOutPoints) {
  const std::string head =
      "Referat af bestyrelsesmøde den 15. april 2013\n\nTilstede: Peter Nyegaard, Claus Byskov\n\nDagsorden:\n\n"
      "1. Velkomst v. mødeleder\n\n2. Godkendelse af referat\n\n3. Kort status på byggeri\n\n"
      "4. Valg af kasserer\n\n5. Eventuelt\n\n";
  const std::vector<std::string> all = {"Velkomst v. mødeleder", "Godkendelse af referat", "Kort status på byggeri",
                                        "Valg af kasserer", "Eventuelt"};
  for (const char* lead : {"Ad 2. ", "Ad pkt. 2: ", "Pkt. 2: "}) {
    std::string answers = std::string(lead) + "referat godkendt.\n\n" + lead + "Hans Jensen blev valgt.\n";
    answers.replace(answers.rfind('2'), 1, "4");
    const corpus::Meeting m = corpus::parse_meeting(head + answers, "x.txt");
    EXPECT_EQ(titles(m), all) << lead;
    ASSERT_EQ(m.items.size(), 5u) << lead;
    auto text_of = [&](std::size_t i) {
      std::string t;
      for (const auto& sec : m.items[i].sections) t += sec.text;
      return t;
    };
    EXPECT_EQ(text_of(0), "") << lead;
    EXPECT_NE(text_of(1).find("referat godkendt"), std::string::npos) << lead;
    EXPECT_EQ(text_of(2), "") << lead;
    EXPECT_NE(text_of(3).find("Hans Jensen blev valgt"), std::string::npos) << lead;
    EXPECT_EQ(text_of(4), "") << lead;
  }
}

// "2 - 18.10-18.40 Budget 2020": a board's minutes that write each item's
// time slot between its number and its title; the slot separates the
// number from the title, and the title is what follows it.
TEST(AgendaConventionsTest, TimeSlotBetweenNumberAndTitle) {
  const ItemsCase cases[] = {
      {"number, dash, time slot, title",
       "Referat af bestyrelsesmøde 3. april 2019\n\n1 - 18.00-18.10 Velkomst\nFormanden bød velkommen.\n\n"
       "2 - 18.10-18.40 Budget 2020\nBestyrelsen drøftede budgettet.\n\n3 - 18.40-18.50 Eventuelt\nIntet.\n",
       {"Velkomst", "Budget 2020", "Eventuelt"}},
      {"a time alone is no slot",
       "Referat af bestyrelsesmøde 3. april 2019\n\nVi mødtes kl. 18.00.\n\n"
       "1 - 18.00 var alle mødt.\n",
       {}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(corpus::parse_meeting(c.text, "x.txt")), c.titles) << c.name;
}

// The church councils' agenda system (DAP) writes each head as the number,
// a spaced dash and the title ("1 - Godkendelse af dagsorden", "3 – Fra
// Farup MR, Projekt kirkemur"): the dash separates as a full stop does, so
// heads one under the other keep a year that ends their title ("Budget
// 2025" is no title and a page number), and a title too long for a bare
// list is a head; a dash before a number opens no title ("2 - 3 personer").
TEST(AgendaConventionsTest, NumberSpacedDashTitleOfTheChurchAgendaSystem) {
  const ItemsCase cases[] = {
      {"heads one under the other keep their year",
       "Referat\nProvstiudvalgsmøde 7. marts 2024 - d. 07-03-2024 kl. 14:00\nMødepunkt Referat\n"
       "1 - Godkendelse af dagsorden\n2 - Budget 2025\nUdkast til budget.\nGodkendt.\n3 - Provstesyn 2024\n"
       "Ingen bemærkninger.\n",
       {"Godkendelse af dagsorden", "Budget 2025", "Provstesyn 2024"}},
      {"long titles with their referat",
       "Referat den 28. oktober 2025\nMødepunkt Referat\n1 - Godkendelse af dagsorden\nDagsorden godkendt.\n"
       "2 - Meddelelser\nNyheder fra FIN:\n- Kursus i medarbejdermøder\nTaget til efterretning.\n"
       "3 - Askov MR - Ansøgning om midler fra reserven til trappe i klokketårnet ved kirken og graverhuset\n"
       "Der blev godkendt en udbetaling fra reserven.\n4 - Eventuelt\nIntet.\n",
       {"Godkendelse af dagsorden", "Meddelelser",
        "Askov MR - Ansøgning om midler fra reserven til trappe i klokketårnet ved kirken og graverhuset",
        "Eventuelt"}},
      {"a dash before a number opens no title",
       "Referat af bestyrelsesmøde 3. april 2019\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
       "2. Arbejdsdag\nVi mødes med\n2 - 3 personer pr. hold.\n",
       {"Godkendelse af dagsorden", "Arbejdsdag"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(corpus::parse_meeting(c.text, "x.txt")), c.titles) << c.name;
}

// "3." alone on its line with the title on the next, closed by a colon as
// a heading before its text ("2." / "Budget 2020:" / "Bestyrelsen ...").
TEST(AgendaConventionsTest, NumberAloneWithAColonClosedTitleUnderIt) {
  const ItemsCase cases[] = {
      {"colon-closed titles under numbers",
       "Referat af bestyrelsesmøde 3. april 2019\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
       "2.\nBudget 2020:\nBestyrelsen drøftede budgettet.\n\n3.\nEventuelt\nIntet.\n\n"
       "4.\nNæste møde\nDen 4. maj.\n",
       {"Godkendelse af dagsorden", "Budget 2020", "Eventuelt", "Næste møde"}},
      {"a section heading is no title",
       "Referat af bestyrelsesmøde 3. april 2019\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
       "2. Budget 2020\nBestyrelsen drøftede budgettet.\n\n3.\nBeslutning:\nGodkendt.\n",
       {"Godkendelse af dagsorden", "Budget 2020"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(corpus::parse_meeting(c.text, "x.txt")), c.titles) << c.name;
}

// A day's number before a month's name written small ("2.maj, 6. juni,
// 3.oktober" under "Mødedatoer 2017:") is a date, no head: the bare
// numbers on their own lines over their titles go on past it.
TEST(AgendaConventionsTest, DayBeforeASmallMonthIsNoHead) {
  const ItemsCase cases[] = {
      {"meeting dates inside an item, bare numbers over titles",
       "Bestyrelsesmøde 4. april 2017\n\nDeltagere: Bettina, Michala, Charlotte og Rikke\n\n"
       "1\n\nGodkendelse af referat\n\nReferatet blev godkendt.\n\n2\n\nKonstituering\n\n"
       "Mødedatoer 2017:\n\n2.maj, 6. juni, 1. august, 3.oktober, 7. november\n\n"
       "3\n\nOpfølgning fra sidste møde\n\nCharlotte sender referatet til alle.\n\n"
       "4\n\nØkonomi\n\nDer er en del restancer.\n",
       {"Godkendelse af referat", "Konstituering", "Opfølgning fra sidste møde", "Økonomi"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// The item's purpose coded in one capital between its number and its
// title, O, D or B (orientering, drøftelse, beslutning: "852)O Kort nyt",
// "470. O Dansk Byggeris ..."), is no part of the title.
TEST(AgendaConventionsTest, PurposeCodeBeforeTheTitleIsNoPartOfIt) {
  const ItemsCase cases[] = {
      {"codes glued to a running number's bracket",
       "Referat af skolebestyrelsesmøde, 12. september 2018 kl. 18.30-20.30\n\n"
       "Afbud: Gitte Froberg Andersen\n\n12)B Godkendelse af dagsorden\n\nDagsordenen blev godkendt.\n\n"
       "13)O Kort nyt\n\nDer er ansat ny sekretær.\n\n14)D Budgethøring\n\nDer udarbejdes fælles høringssvar.\n",
       {"Godkendelse af dagsorden", "Kort nyt", "Budgethøring"}},
      {"codes after a full stop and a space",
       "Referat af skolebestyrelsesmøde, 12. september 2018\n\n1. B Godkendelse af dagsorden\n\nGodkendt.\n\n"
       "2. O Kort nyt\n\nDer er ansat ny sekretær.\n\n3. D Budgethøring\n\nDer udarbejdes fælles høringssvar.\n",
       {"Godkendelse af dagsorden", "Kort nyt", "Budgethøring"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// A web or Word list that the editor ended and began again: an agenda
// written as one block, an entry on each line, whose numbering starts at
// "1." again under an entry (on the next line, under a note of that entry,
// or under the entry's points) goes on from that entry. Not the list of an
// item with text before it ("2. Efterretninger" / "1. Formand: ...").
TEST(AgendaConventionsTest, RestartedListNumberingGoesOn) {
  const ItemsCase cases[] = {
      {"restarted right under an entry and under points, then answered by Ad. heads",
       "Referat fra bestyrelsesmøde i Sejlklubben 28. januar 2013\n\nDagsorden:\n\n"
       " 1. Godkendelse af referat fra sidste møde.\n 2. Bordet rundt\n 3. Opfølgning på generalforsamlingen\n"
       " 4. Administration af arbejdstimer\n 1. Planerne for havneområdet\n  1. Kontakt til skoleorkestret\n"
       "  2. Hvordan får vi flere nye medlemmer\n 1. Næste møde.\n 2. Eventuelt.\n\n"
       "Ad. 1. Godkendelse af referat fra sidste møde.\n\nReferatet blev godkendt og underskrevet\n\n"
       "Ad. 2.  Bordet rundt\n\nJens oplyste at klubben har en restant, der snart får sidste rykker. Leif spurgte "
       "hvad der skulle gøres i forbindelse med at alle\n",
       {"Godkendelse af referat fra sidste møde", "Bordet rundt", "Opfølgning på generalforsamlingen",
        "Administration af arbejdstimer",
        "Planerne for havneområdet", "Næste møde", "Eventuelt"}},
      {"an item's own list after its text is no restart",
       "Referat\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Efterretninger\n"
       "1. Formand: Der har ikke været henvendelser.\n2. Skoleleder: Personalet har drøftet situationen.\n",
       {"Godkendelse af dagsorden", "Efterretninger"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(corpus::parse_meeting(c.text, "x.txt")), c.titles) << c.name;
}

// A numbered list inside an item whose entries have lines under them
// goes on past the item's own number: "5. Informationer fra udvalgene" /
// "1. meddelelse om renovation af låger" / "- ..." / "4. vurdering af
// orgelsyn" / "- ..." / "5. godkendelse af gravstedbrev" (Thurø's parish
// council, 852): the last "5." continues the list, it is no item.
TEST(AgendaConventionsTest, ListInsideAnItemGoesOnPastTheItemsNumber) {
  const ItemsCase cases[] = {
      {"the list's fifth entry after text lines under the fourth",
       "Referat fra menighedsrådsmøde onsdag 31. august 2016\n\n"
       "Deltagere: Hanne Møller, Linda Hørmann\n\n"
       "1. Godkendelse af dagsordenen\nGodkendt.\n\n2. Meddelelser\nIngen.\n\n"
       "3. Godkendelse af kvartalsrapport\nGodkendt.\n\n4. Budget 2017\nDrøftet.\n\n"
       "5. Informationer fra udvalgene\nb) Kirke- og kirkegårdsudvalget\n"
       "1. meddelelse om renovation af låger\n2. kapellet\n- inventar til kapellet. Sagen genoptages til oktober\n"
       "3. bevaringsværdige gravsteder\n- punkt udsættes til næste møde\n4. vurdering af orgelsyn\n"
       "- gennemgang af orgelsyn og tilbud.\n5. godkendelse af gravstedbrev\n- Provstiet anbefaler udsendelse.\n",
       {"Godkendelse af dagsordenen", "Meddelelser", "Godkendelse af kvartalsrapport", "Budget 2017",
        "Informationer fra udvalgene"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// Topics written as labels, each a paragraph of its own that opens with a
// short title and its colon, the outcome after it or the text under a
// title alone ("Havesyn: Der er ..." / "Økonomi: ..." / "Evt:"): four or
// more are the items when nothing else gives them. A label over a list of
// names ("Deltagende: Hedvig, Jeppe") is none.
TEST(AgendaConventionsTest, TopicsWrittenAsLabelsWithTheirOutcome) {
  const ItemsCase cases[] = {
      {"topic labels, one a title alone over its text",
       "Bestyrelsesmøde den 8. september 2021\n\nDeltagende: Hedvig, Jeppe, Jonna og Lars\n\nReferat:\n\n"
       "Havesyn: Der er konstateret en del haver, hvor ukrudtslugningen er smuttet.\n\n"
       "Økonomi: Vi sætter ikke havelejen op i år.\n\nHavesalg: 3 haver har været eller er til salg.\n\n"
       "Trafik:\n\nMarianne har fokus på trafikken og kommunerne, men er sat på stand by.\n\n"
       "Med venlig hilsen\nBestyrelsen\n",
       {"Havesyn", "Økonomi", "Havesalg", "Trafik"}},
      {"three are not enough",
       "Bestyrelsesmøde den 8. september 2021\n\n"
       "Havesyn: Der er konstateret en del haver, hvor ukrudtslugningen er smuttet.\n\n"
       "Økonomi: Vi sætter ikke havelejen op i år.\n\nHavesalg: 3 haver har været eller er til salg.\n",
       {}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(corpus::parse_meeting(c.text, "x.txt")), c.titles) << c.name;
}

// Informal minutes number their items loosely: "1 Referat" and "2. Skolenyt"
// mixed, a title closed by a full stop or a colon ("7 Evt.", "3 Nyt fra
// formanden:") or in lower case; a count in the text ("148 elever pt.")
// neither breaks the run nor starts one. A numbered list inside an item,
// line after line, is no item.
TEST(AgendaConventionsTest, InformalSeriesOfLooselyNumberedHeads) {
  const ItemsCase cases[] = {
      {"bare and separated numbers mixed, a count in the text",
       "Referat bestyrelsesmøde den 10.12.2019\n\n1 Referat\nReferat fra sidste møde godkendt\n\n"
       "2. Skolenyt\nFællesspisning med over 200 deltagere.\n148 elever pt.\n\n3 MUS\nOplæg fra Ulrik.\n\n"
       "4 Evt.\nNæste møde d. 4. februar.\n",
       {"Referat", "Skolenyt", "MUS", "Evt."}},
      {"lower case and colon-closed titles",
       "Referat bestyrelsesmøde d. 1. september 2020\n\n1 godkendelse af ref. fra sidste møde.\n\n"
       "Referatet godkendt uden kommentarer.\n\n2 Nyt fra kassereren:\n\n141 havelejere mangler at betale.\n\n"
       "3 Nyt fra formanden:\n\nIntet nyt.\n",
       {"godkendelse af ref. fra sidste møde", "Nyt fra kassereren", "Nyt fra formanden"}},
      {"a list inside an item, line after line, is no series",
       "Referat bestyrelsesmøde d. 1. september 2020\n\nVi drøftede:\n1 haven\n2 vejen\n3 huset\n\n"
       "Intet nyt.\n",
       {}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// An association's minutes close each numbered head with a full stop, the
// title longer than nine words ("3. Valg af tre bestyrelsesmedlemmer med
// særlig sagkundskab jf. vedtægternes § 13."): a head when its number runs
// in turn, also the first of the run and the last with a section heading
// under it; a "§ 3" in the text between does not break the run.
TEST(AgendaConventionsTest, LongHeadsClosedByAFullStop) {
  const ItemsCase cases[] = {
      {"a run of long stopped heads, a paragraph sign in the text",
       "Referat fra Lokalrådets møde 18. september 2006\n\n"
       "1. Ændring af rådets retningslinier så de kommer i overensstemmelse med de faktiske forhold.\n\n"
       "§ 3 stk.2 ændres til:\nPå dette møde vælger rådet formand.\n\n"
       "2. Valg af formand, næstformand, kasserer og sekretær for det kommende år.\nFormand Mogens Thomsen\n\n"
       "3. Valg af tre bestyrelsesmedlemmer med særlig sagkundskab jf. vedtægternes § 13.\n"
       "Jens Andresen blev valgt.\n\n"
       "4. Grøn omstilling og bæredygtighed i kirken (se Menighedsrådenes Blad 09.2021, s. 20-27).\n\n"
       "Beslutning:\nMR ønsker at være med.\n",
       {"Ændring af rådets retningslinier så de kommer i overensstemmelse med de faktiske forhold",
        "Valg af formand, næstformand, kasserer og sekretær for det kommende år.",
        "Valg af tre bestyrelsesmedlemmer med særlig sagkundskab jf. vedtægternes § 13.",
        "Grøn omstilling og bæredygtighed i kirken (se Menighedsrådenes Blad 09.2021, s. 20-27)."}},
      {"a run numbered on from earlier meetings opens with a long stopped head (a school board)",
       "Referat af skolebestyrelsesmøde 20. september 2018\n\n"
       "851) Godkendelse af dagsorden og drøftelse af suppleant samt drøftelse af actionsliste (kostpolitik, "
       "digital dannelse).\n\n"
       "Kort diskussion af suppleants deltagelse i møderne.\n\n"
       "852) Kort nyt\n\nDer er ansat ny sekretær.\n\n853) Budgethøring\n\nBudgettet blev drøftet.\n",
       {"Godkendelse af dagsorden og drøftelse af suppleant samt drøftelse af actionsliste (kostpolitik, "
        "digital dannelse)",
        "Kort nyt", "Budgethøring"}},
      {"a statutory title in turn where the text is cut before the next (an Alzheimer branch)",
       "Referat af Generalforsamling 2021\n\nDato: 6 oktober 2021\n\n1. Valg af dirigent og referent\n\n"
       "Henrik Bonné blev valgt til dirigent, og Hakon Mosbech blev valgt til referent.\n\n"
       "2. Formandens beretning om lokalforeningens virke i det (de) forløbne år.\n\n"
       "Formanden Laust Sørensen fremlagde den følgende beretning.\n\nI årets løb har vi afholdt 7 "
       "bestyrelsesmøder.\n",
       {"Valg af dirigent og referent", "Formandens beretning om lokalforeningens virke i det (de) forløbne år."}},
      {"a sentence in turn is no statutory title",
       "Referat af Generalforsamling 2021\n\n1. Valg af dirigent og referent\n\nHenrik Bonné blev valgt.\n\n"
       "2. Bestyrelsens beretning blev fremlagt af formanden og godkendt uden bemærkninger.\n",
       {"Valg af dirigent og referent"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// A numbered list whose heads skip a number (2, then 4, taken as items
// left out between two heads) has the skipped item on the line numbered 3
// between them, in the same number form, whatever its title's shape: a
// title opening with a digit ("3) 3D skydning"), a comma at its end. Also
// the agenda's entry under "Ad 3:".
TEST(AgendaConventionsTest, HeadSkippedBetweenHeadsInTurn) {
  const ItemsCase cases[] = {
      {"a title opening with a digit between two heads",
       "Referat af bestyrelsesmøde 12. oktober 2011\n\n"
       "1) Klubbuer\nDer blev stillet spørgsmål om indkøb af buer.\n\n"
       "2) Jagt i klubregi\nDer nedsættes et jagtudvalg.\n\n"
       "3) 3D skydning\nPer står for formidling af skydninger.\n\n"
       "4) Venskabsklubber\nKontakten går via Per.\n\n"
       "5) Evt.\nIntet.\n",
       {"Klubbuer", "Jagt i klubregi", "3D skydning", "Venskabsklubber", "Evt."}},
      {"the agenda's entry of a skipped answer",
       "Dagsorden:\n1) Klubbuer\n2) Jagt i klubregi\n3) 3D skydning\n4) Venskabsklubber\n5) Evt.\n"
       "Ad 1: Der blev stillet spørgsmål om buer.\nAd 2: Der nedsættes et jagtudvalg.\n"
       "Ad 3: Per står for formidling.\nAd 4: Kontakten går via Per.\n",
       {"Klubbuer", "Jagt i klubregi", "3D skydning", "Venskabsklubber", "Evt."}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// Informal minutes without numbers mark each topic's line with a bullet
// (a word processor's "·", a web list's "•") and write the notes under it
// as ordinary lines: three or more such topics are the items. The bullet
// marks the head, so its title may hold a date, a verb or a second
// sentence after its own ("Sommerfest – To-do liste. Karen er tovholder."
// is titled "Sommerfest – To-do liste"); a full stop closing it goes. A
// list of bullets with no notes between is no list of topics.
TEST(AgendaConventionsTest, BulletMarkedTopicsOverTheirNotes) {
  const ItemsCase cases[] = {
      {"word processor's middle dots, titles with a date, a verb, a second sentence",
       "Referat af bestyrelsesmøde fredag den 23. februar 2024 kl. 9.30\n\n"
       "Deltagere: Anne Holm, Bo Jensen, Karen Lund\n\nDagsorden\n\n"
       "· Referat af mødet 12. januar 2024\n\nReferatet blev godkendt.\n\n"
       "· Hjemmesiden – har der været reaktioner m.v.\n\nBo viste den nye forside.\n\n"
       "· Sommerfest – To-do liste. Karen er tovholder.\n\nKaren gennemgik programmet.\n\n"
       "· Eventuelt\n\nIntet.\n",
       {"Referat af mødet 12. januar 2024", "Hjemmesiden – har der været reaktioner m.v", "Sommerfest – To-do liste",
        "Eventuelt"}},
      {"web bullets closed by a full stop",
       "Bestyrelsesmøde torsdag den 9. december 2020\n\nMødedeltagere: Benny Holm, Kim Lund, Else Berg\n\n"
       "Referat:\n\n • Dagsorden – bemærkninger.\n\nIngen.\n\n"
       " • Referat fra bestyrelsens møde den 22. september 2020.\n\nGodkendt.\n\n"
       " • Vedtægter.\n\nRevision af vedtægterne – oplæg sendes til Kim.\n",
       {"Dagsorden – bemærkninger", "Referat fra bestyrelsens møde den 22. september 2020", "Vedtægter"}},
      {"bullets with no notes between are a list, no topics",
       "Referat af bestyrelsesmøde den 3. maj 2023\n\nVi drøftede:\n\n· Haven\n· Vejen\n· Huset\n\nIntet nyt.\n",
       {}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// A head in turn whose line holds its outcome instead of a title ("2. Ingen
// bemærkninger til referat fra seneste møde (møde nr 7, d. 30/04/2018).")
// is kept out by its shape, but the head right under it is no list entry
// of it: the numbers go on in turn through it, and it is taken with them
// (a village council's minutes). Two or more heads in turn so skipped
// between two heads, every number there in the same form, are taken too,
// sentences as they are (a churchyard board's minutes).
TEST(AgendaConventionsTest, HeadsInTurnWithTheirOutcomeAsTitle) {
  const ItemsCase cases[] = {
      {"an outcome as the second head's title, the third right under it",
       "Referat af lokalrådsmøde 8 d. 27.08.2018\n\n"
       " 1. Registrering af fremmøde og godkendelse af dagsorden.\n  Til stede: Ebbe\n"
       " 2. Ingen bemærkninger til referat fra seneste møde (møde nr 7).\n"
       " 3. Nyt fra formand/kasserer.\n  Vi skal lige have styr på logoet.\n"
       " 4. Cykelsti\n  Kommunen har holdt sommerferie og har travlt med andre projekter. Vi afventer.\n"
       " 5. Legeplads\n  Indtil videre stor succes.\n",
       {"Registrering af fremmøde og godkendelse af dagsorden",
        "Ingen bemærkninger til referat fra seneste møde (møde nr 7).", "Nyt fra formand/kasserer", "Cykelsti",
        "Legeplads"}},
      {"three heads written as sentences between two heads",
       "Referat af kirkegårdsbestyrelsesmøde d. 3/3\n\nReferat.\n"
       "1. Godkendelse af referat fra sidste møde.\nGodkendt.\n\n"
       "2. Godkendelse af dagsorden.\nGodkendt\n\n"
       "3. Ledende graver orienterer om set og sket siden sidste møde.\nDer er købt ny plæneklipper.\n"
       "4. Formanden orienter om den økonomiske situation ved udgangen af 2014.\n\nPoul gav en orientering.\n"
       "5. Eventuelle ønsker m.v. som skal medtages ved budgetlægningen for 2016.\nDer medtages 10.000 kr.\n\n"
       "6. Virring Menighedsråd, forespørger om hjælp ved begravelser.\nDette aftales graverne imellem.\n\n"
       "7. Introkursus for nyansatte i Folkekirken\nProgram forelagt på mødet.\n\n"
       "8. Eventuelt\nIntet at berette.\n",
       {"Godkendelse af referat fra sidste møde", "Godkendelse af dagsorden",
        "Ledende graver orienterer om set og sket siden sidste møde",
        "Formanden orienter om den økonomiske situation ved udgangen af 2014",
        "Eventuelle ønsker m.v. som skal medtages ved budgetlægningen for 2016",
        "Virring Menighedsråd, forespørger om hjælp ved begravelser", "Introkursus for nyansatte i Folkekirken",
        "Eventuelt"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// A web agenda's table of contents under "Indholdsfortegnelse" with each
// number on a line of its own and its title on the next, no dot leaders, no
// pages, that the text ends in: its entries are the items (a council's web
// minutes cut off in its contents). So are the rows of a table of contents
// printed in cells ("1." / title / page) that the text ends in, the
// participants' lines above it none (a regional council's web minutes).
TEST(AgendaConventionsTest, TableOfContentsTheTextEndsIn) {
  const ItemsCase cases[] = {
      {"numbers and titles on lines of their own",
       "Byrådet\nGodkendt referat\nmandag den 7. maj 2007 kl. 17:00\n\nIndholdsfortegnelse\n\n"
       "181.\n\nOverførsel af uforbrugte bevillinger fra 2006 til 2007\n\n182.\n\nFinansiel strategi\n\n"
       "183.\n\nPrincipbeslutning om kommunal lånegaranti til andelsboliger.\n\n184.\n\nLevende Sommer i Randers\n\n"
       "185.\n\nTandplejen\n",
       {"Overførsel af uforbrugte bevillinger fra 2006 til 2007", "Finansiel strategi",
        "Principbeslutning om kommunal lånegaranti til andelsboliger", "Levende Sommer i Randers", "Tandplejen"}},
      {"cells with pages after the participants, the next number cut off",
       "Referat\n\nMøde i Regionsrådet\n\nmandag den 6. januar 2020 kl. 16:00\n\nDeltagere:\n\n"
       "Heino Knudsen (A), Formand\n\nJacob Jensen (V), 2. næstformand\n\nPer Hovmand (C)\n\n"
       "Jørgen Holst (Ø)\n\nIndholdsfortegnelse åbent møde\n\n"
       "1.\n\nGodkendelse af dagsorden\n\n4\n\n2.\n\nDrifts- og udviklingsaftaler 2020\n\n6\n\n"
       "3.\n\nHøringssvar på Sundhedsstyrelsens akutanbefalinger\n\n9\n\n4\n",
       {"Godkendelse af dagsorden", "Drifts- og udviklingsaftaler 2020",
        "Høringssvar på Sundhedsstyrelsens akutanbefalinger"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// KL's agenda template for the KKRs (KKR Nordjylland, KKR Hovedstaden): a
// PDF table of contents whose numbers came out on lines of their own, a
// run of sub-items' numbers ("3.1." / "3.2." / "3.3.") before the entries
// they number. Those entries are sub-items, not the agenda's items.
TEST(AgendaConventionsTest, TableOfContentsSubItemsNumberedInARun) {
  const ItemsCase cases[] = {
      {"KKR Nordjylland",
       "KKR NORDJYLLAND\nKKR Nordjylland | 26-06-2015\n1.\n"
       "Godkendelse af referat. ..................................................................... 3\n1.1.\n2.\n"
       "Siden sidst. ........................................................................................ 4\n2.1.\n3.\n"
       "Regionalpolitiske sager ..................................................................... 6\n"
       "3.1.\n3.2.\n3.3.\n"
       "Socialtilsyn Nord .............................................................................. 6\n"
       "Fordeling af flygtninge for 2016 ................................................... 10\n"
       "Vandplaner .................................................................................... 11\n3.4.\n"
       "Telemedicinprojekter i Nordjylland .............................................. 12\n4.\n"
       "Udpegninger .................................................................................... 16\n5.\n"
       "KKR .................................................................................................. 17\n6.\n"
       "Punkter til næste møde ................................................................... 18\n6.1.\n7.\n"
       "Eventuelt .......................................................................................... 19\n",
       {"Godkendelse af referat", "Siden sidst", "Regionalpolitiske sager", "Udpegninger", "KKR",
        "Punkter til næste møde", "Eventuelt"}},
      {"KKR Hovedstaden, cut off in the sub-items",
       "KKR HOVEDSTADEN\n1.\nGodkendelse af referat ...................................................... 3\n1.1.\n2.\n"
       "Siden sidst ........................................................................................ 4\n2.1.\n3.\n"
       "Regionalpolitiske sager ..................................................................... 5\n3.1.\n3.2.\n"
       "Fælles EU kontor – oplæg ved direktør Birgitte Wederking .............. 5\n"
       "Fælles kommuneplanopslag .................................................................. 6\n3.3.\n3.4.\n"
       "Fordeling af flygtninge 2015 ............................................................... 14\n",
       {"Godkendelse af referat", "Siden sidst", "Regionalpolitiske sager"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// A numbered list of people is no list of items: the members called to the
// meeting with their absence marked (SOSU Sjælland's board, a transcript
// run on into one line), a round of presentations under an item (Odense's
// Psykiatriråd), the reports from each role (Nydamskolen's school board),
// those present (Københavns Økonomiudvalg).
TEST(AgendaConventionsTest, NumberedRosterIsNoItems) {
  const ItemsCase cases[] = {
      {"members called, absence marked",
       "Protokollat fra bestyrelsesmøde i SOSU Sjælland d. 26. marts 2015\n\n"
       "Indkaldt til mødet 1. Formand Per B. Christensen, direktør i Børne og kulturforvaltningen i Næstved "
       "kommune 2. Næstformand Hanne Hermansen, næstformand i FOA Holbæk 3. Henrik Hvidesten, borgmester i "
       "Ringsted kommune - AFBUD 4. Susanne Lundvald regionsmedlem, Region Sjælland - AFBUD 5. Dorte Saabye, "
       "direktør i Solrød kommune Deltog til og med punkt 5\n\nDagsorden\n\n"
       "1. Protokollat fra mødet d. 3. december 2014\n\nGodkendt.\n\n"
       "2. Godkendelse af Årsrapport og revisionsprotokollat til årsrapport 2014\n\nGodkendt.\n",
       {"Protokollat fra mødet d. 3. december 2014",
        "Godkendelse af Årsrapport og revisionsprotokollat til årsrapport 2014"}},
      {"reports from each role",
       "Referat 2021.11.09\n\nBestyrelsesmøde\n\nAfbud:Birgitte, Kateryna\n\n"
       "1. Godkendelse af referat\n\nGodkendt.\n\n2. Efterretninger max. 20 minutter\n\n"
       "  1. Formand: Der har ikke været nogen henvendelser.\n"
       "  2. Skoleleder: Coronasituationen har været drøftet med personalet, bedsteforældre til klippedag er "
       "aflyst, orientering om nyansættelser\n"
       "  3. Nyt fra FRO: Det er diskuteret om skolerne skal profilere sig fælles.\n  4. Nyt fra udvalg\n\n"
       "3. Eventuelt\n\nIntet.\n",
       {"Godkendelse af referat", "Efterretninger max. 20 minutter", "Eventuelt"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// An agenda page whose groups are numbered on one level ("1. SSF-sager"),
// each right over its "1.1." line and its "N.M" entries one line after the
// other: the groups are no items, the entries are, numbered in turn. An
// item's numbered parts with text between them ("3. Budget" / "3.1
// Sagsfremstilling" / text) are no such groups.
TEST(AgendaConventionsTest, AgendaGroupsNumberedOnOneLevel) {
  const ItemsCase cases[] = {
      {"two groups over their entries",
       "Sundhedsstrategisk Forum\n\nSTARTTIDSPUNKT\n\n22-09-2017 08:30:00\n\nPUNKTER\n\n"
       "1. SSF-sager\n\n1.1. Revideret tids- og procesplan for sundhedsaftalen\n\n1.2. Temadrøftelser\n\n"
       "1.3. Almen orientering\n\n2. DAK-sager\n\n2.1. Afrapportering for de otte nationale kvalitetsmål\n\n"
       "2.2. IV-behandling i kommunale akutfunktioner\n",
       {"Revideret tids- og procesplan for sundhedsaftalen", "Temadrøftelser", "Almen orientering",
        "Afrapportering for de otte nationale kvalitetsmål", "IV-behandling i kommunale akutfunktioner"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// A First Agenda export's last contents line run into the body's first
// head ("10. Eventuelt1. Orientering og rundvisning Elmelunden", Holbæk's
// Handicapråd and Folkeoplysningsudvalg), also with meeting-wide numbers
// of three digits after a closed item's suffix ("477. Gensidig orientering
// - Lukket punkt454. Godkendelse af dagsorden", Varde's Udvalget for Plan
// og Teknik) or after the year that ends the entry ("... den
// 29.01.20138. Godkendelse ...", Holbæk's committees): the head is split
// off, and the contents stays a contents.
TEST(AgendaConventionsTest, LastContentsLineGluedToTheFirstHead) {
  const ItemsCase cases[] = {
      {"meeting-wide numbers after 'Lukket punkt'",
       "UDVALG\n\nUdvalget for Plan og Teknik\n\nMØDE\n\nReferat\n\nSTED\n\n"
       "Mødelokale 3 - Ådalen, Bytoften\n\nSTARTTIDSPUNKT\n\n12-09-2019 12:30:00\n\nSLUTTIDSPUNKT\n\n"
       "12-09-2019 16:00:00\n\n\nPUNKTER\n\n454. Godkendelse af dagsorden\n"
       "455. Besigtigelsestur og temadrøftelse\n"
       "456. Anmodning om optagelse i Det Rådgivende Udvalg for Vadehavet\n"
       "457. Ekspropriation. Signalanlæg i Blåvand\n458. Naturparkplan for Naturpark Vesterhavet 2019-2024\n"
       "477. Gensidig orientering - Lukket punkt454. Godkendelse af dagsorden\n\nGodkendelse af dagsorden\n"
       "Sagsfremstilling\n\n"
       "Forvaltningen anbefaler, at dagsordenspunkter på tillægsdagsorden behandles sammen med den ordinære dagsorden.\n"
       "\nBeslutning Udvalget for Plan og Teknik den 12-09-2019\n\nGodkendt\n\n"
       "455. Besigtigelsestur og temadrøftelse\n\nBesigtigelsestur og temadrøftelse\nSagsfremstilling\n\n"
       "Udvalget har ønsket en besigtigelsestur og en drøftelse af udfordringerne ved store sommerhuse.\n\n",
       {"Godkendelse af dagsorden", "Besigtigelsestur og temadrøftelse"}},
      {"numbers from 1 after 'Eventuelt'",
       "UDVALG\n\nFolkeoplysningsudvalget\n\nMØDE\n\nReferat\n\nSTARTTIDSPUNKT\n\n17-09-2018 17:15:00\n\n\n"
       "PUNKTER\n\n1. Godkendelse af dagsorden\n2. Høring - Budgettet for 2019 - 2022\n"
       "3. Eventuelt1. Godkendelse af dagsorden\n\nGodkendelse af dagsorden\n\nSagsgang og sagstype\n"
       "Folkeoplysningsudvalget\n \nBeslutningssag\n\nBeslutning i Folkeoplysningsudvalget den 17-09-2018\n"
       "Godkendt\n2. Høring - Budgettet for 2019 - 2022\n\nHøring - Budgettet for 2019 - 2022\n\n"
       "Sagsgang og sagstype\nFolkeoplysningsudvalget\n\n"
       "Beslutning i Folkeoplysningsudvalget den 17-09-2018\nHøringssvar afgivet.\n\n",
       {"Godkendelse af dagsorden", "Høring - Budgettet for 2019 - 2022"}},
      {"after a closed item's entry and 'Eventuelt'",
       "UDVALG\n\nHandicaprådet\n\nMØDE\n\nReferat\n\nSTARTTIDSPUNKT\n\n24-05-2016 16:30:00\n\n\nPUNKTER\n\n"
       "1. Orientering og rundvisning Plejehotellet\n2. Godkendelse af dagsorden og referat\n"
       "9. Tildeling af Handicapprisen 2015 - Lukket punkt\n"
       "10. Eventuelt1. Orientering og rundvisning Plejehotellet\n\n"
       "Orientering og rundvisning Plejehotellet\n\nSagsgang og sagstype\nHandicaprådet\n\nOrienteringssag\n"
       "\nBeslutning i Handicaprådet den 24-05-2016\nTaget til efterretning.\n\n"
       "2. Godkendelse af dagsorden og referat\n\nGodkendelse af dagsorden og referat\n\n"
       "Beslutning i Handicaprådet den 24-05-2016\nGodkendt.\n\n",
       {"Orientering og rundvisning Plejehotellet", "Godkendelse af dagsorden og referat"}},
      // Holbæk's committees: the first head's number run into the year
      // that ends the last contents entry, the body's heads restarting
      // from the contents' first number.
      {"the head's number run into a date's year",
       "UDVALG\n\n09-13 Udvalget for Børn\n\nMØDE\n\nReferat\n\nSTARTTIDSPUNKT\n\n29-01-2013 10:00:00\n\n\n"
       "PUNKTER\n\n8. Godkendelse af dagsorden til Udvalget for Børn den 29.01.2013\n"
       "9. Frigivelse af anlægsmidler - Børne-familiehus\n"
       "10. Kapacitetstilpasning i Dagtilbudsdistrikt Elverdam\n"
       "13. Orientering - Udvalget for Børn den 29.01.2013\n"
       "14. Eventuelt - Udvalget for Børn den 29.01.20138. Godkendelse af dagsorden til Udvalget for Børn den "
       "29.01.2013\n\nSagsprocedure\n\n \n\nUdvalget for Børn\n\n \n\nHovedindstilling\n\n \n\n"
       "Direktør René Junker indstiller, at:\n\n  1. dagsordenen bliver godkendt\n\n \n\n"
       "Beslutning i Udvalget for Børn den 29-01-2013\n \nGodkendt\n \n\n"
       "Referat9. Frigivelse af anlægsmidler - Børne-familiehus\n\nSagsprocedure\n\n \n\n"
       "Udvalget for Børn, byrådet\n\nFormål\n\nAnlægsbevillingen skal bidrage til at give børne- "
       "familieindsatsen i Holbæk Kommune et løft.\n",
       {"Godkendelse af dagsorden til Udvalget for Børn den 29.01.2013",
        "Frigivelse af anlægsmidler - Børne-familiehus"}},
      {"the meeting-wide head's number run into a year",
       "UDVALG\n\nUdvalget for Klima og Miljø\n\nMØDE\n\nReferat\n\nSTARTTIDSPUNKT\n\n14-10-2016 08:30:00\n\n\n"
       "PUNKTER\n\n143. Godkendelse af dagsorden til mødet d. 14. oktober 2016\n"
       "144. Drøftelse - Takst for Flextur fra 2017\n145. Orientering - Flextur ny takst - status i 3. kvartal\n"
       "150. Orienteringer til mødet den 14. oktober 2016143. Godkendelse af dagsorden til mødet d. 14. oktober "
       "2016\n\nGodkendelse af dagsorden til mødet d. 14. oktober 2016\n\nSagsgang og sagstype\n"
       "Udvalget for Klima og Miljø\n \nBeslutningssag\n\n"
       "Beslutning i Udvalget for Klima og Miljø den 14-10-2016\nGodkendt\n"
       "144. Drøftelse - Takst for Flextur fra 2017\n\nDrøftelse - Takst for Flextur fra 2017\n\n"
       "Sagsgang og sagstype\nUdvalget for Klima og Miljø\nDrøftelse\n",
       {"Godkendelse af dagsorden til mødet d. 14. oktober 2016", "Drøftelse - Takst for Flextur fra 2017"}},
      // Middelfart's Ældreråd: the number that the page writes alone on its
      // line, glued to the header's last line ("Ingen1.").
      {"a number alone glued to the line before",
       "Referat fra Ældrerådets møde torsdag den 19. november 2015\n\n\nDeltagere:\nÆldrerådets medlemmer\n\n"
       "Fraværende:\nIngen1.\nUnderskrift af referatet fra mødet den 15. oktober 2015\n\nUnderskrevet.\n\n\n"
       "2.\nGodkendelse af dagsordenen\n\nGodkendt.\n\n\n3.\nAfsendte høringssvar – efterretninger\n"
       "- Nedgravede affaldsløsninger\n- Kvalitetsstandarder\nOrienteringen taget til efterretning.\n",
       {"Underskrift af referatet fra mødet den 15. oktober 2015", "Godkendelse af dagsordenen",
        "Afsendte høringssvar – efterretninger"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// An item's own points numbered from 1 under one of its section headings,
// in minutes whose heads carry meeting-wide numbers of two or three digits
// (Faxe's Børn & Læringsudvalget: "108. Dialogmøde ..." / "Sagsfremstilling"
// / "  1. Velkomst ved udvalgsformand" / "  2. Dialog om budget";
// Mariagerfjord's Udvalget for Teknik og Miljø and Stevns' KB under
// "Indstilling"): the points stay the item's, however their numbers line
// up with the heads' column, and the heads after them are items.
TEST(AgendaConventionsTest, PointsFromOneUnderAMeetingWideHead) {
  const ItemsCase cases[] = {
      {"points under Sagsfremstilling, the next heads after them",
       "Børn & Læringsudvalget - 08-09-2021\n\nReferat\nDato:\nOnsdag, 8 september, 2021 - 16:00\n"
       "Hent som fil:\n108. Dialogmøde med område-, dagpleje- og skolebestyrelser\n\nResume\n\n"
       "Dagsorden for dialogmøde med bestyrelser.\n\n\nSted: Mødelokale Romanen, Haslev Bibliotek\n\n"
       "Tid: 16:00 - 17:00\n\nSagsfremstilling\n\n  1. Velkomst ved udvalgsformand Mikkel Dam (I)\n"
       "  2. Dialog om budget 2022 - 2025\n\n\n\nØkonomi\n\nØkonomiske konsekvenser\n\nSagen afgøres af\n\n"
       "Børn & Læringsudvalget.\n\nIndstilling\n\n"
       "Center for Børn & Undervisning indstiller, at dialogen tages til efterretning.\n\nBeslutning\n\n"
       "Godkendt.\n\n\nFraværende:\n\nMichael Rosendahl (V) deltog i mødet i stedet for Mikkel Dam (I).\n\n"
       "109. Godkendelse af dagsorden\n\nØkonomi\n\nSagen afgøres af\n\nBørn & Læringsudvalget.\n\n"
       "Beslutning\n\nGodkendt.\n\n\nFraværende:\n\n"
       "Michael Rosendahl (V) deltog i mødet i stedet for Mikkel Dam (I).\n\n"
       "110. Beslutning om ”Skolestruktur – Hvordan skaber vi et løft af kvaliteten i Faxe Kommune\"\n\n"
       "Resume\n\n"
       "Børn & Læringsudvalget besluttede d. 9. juni 2021 at sende 5 modeller for skolestruktur i høring. Med denne sag præsenteres udvalget for høringssvarene, og modellerne fremlægges med henblik på, at Børn & Læringsudvalget indstiller en model til beslutning i Byrådet.\n"
       "\nSagsfremstilling\n\n",
       {"Dialogmøde med område-, dagpleje- og skolebestyrelser", "Godkendelse af dagsorden",
        "Beslutning om ”Skolestruktur – Hvordan skaber vi et løft af kvaliteten i Faxe Kommune\""}},
      {"points under Indstilling",
       "Sbsys dagsorden preview\n\n"
       "Referat til mødet i Udvalget for Teknik og Miljø den 22. juni 2020 kl. 17:30 i Arden Rådhus, Østergade 22, Arden - Mødelokale Skoven\n"
       "  \n\n \n\nÅbne dagsordenspunkter\n\n85.02.02-G01-5-17\n\n131. Godkendelse af dagsorden\n\n"
       "Beslutning\n\n"
       "Indledningsvist var der dialogmøde med Mariager Vandværk og Mariager Fjernvarme omkring udgiftsfordelingen til belægningsarbejder i Vestergade Mariager.     \n"
       "\n"
       "Dialogen blev taget til efterretning. Punktet omkring arbejdet i Vestergade drøftes efter sommeren 2020.\n"
       "\n"
       "Dagsorden blev godkendt. Udvalget godkendte i den sammenhæng at drøfte indkommet ønske til evt. anlægsprojekt i Øster Hurup under orientering.\n"
       "\nFraværende: Peter Muhl (A).\n\n \n\n02.34.02-P19-12-20\n\n"
       "132. Højdevej 13 - Byggesag i partshøring\n\nForventet sagsgang\n\nTM\n\nAnledning\n\n"
       "Tegnestuen Blåkilde har på vegne af ejeren søgt om tilladelse til at ombygge ejendommen Højdevej 13 i Hobro. Byggeriet er ikke i overensstemmelse med kommuneplanens rammer.\n"
       "\n"
       "Udvalget for Teknik og Mljø skal tage stilling til, om der skal udstedes byggetilladelse, eller om det skal afvente en lokalplan for området. Desuden skal Udvalget tage stilling til, hvordan byggeri i området fremadrettet skal administreres med hensyn til etageantal og altaner.\n"
       "\nIndstilling\n\nDirektøren for Teknik og Miljø indstiller til udvalget;\n\n"
       "  1. At der udstedes byggetilladelse\n"
       "  2. At den nuværende administrationspraksis, hvor der tillades byggeri i to etager og tagterasser i henhold til byggeretten i Bygningsreglementet (BR18), fortsættes i området\n"
       "  3. At der i forbindelse med den næste revision af kommuneplanrammerne anbefales, at etageantallet i området ændres fra 1,5 til 2 etager\n"
       " \n\nSagsfremstilling\n\n",
       {"Godkendelse af dagsorden", "Højdevej 13 - Byggesag i partshøring"}},
      {"points under Indstilling in bulleted heads",
       "Referat\n\n  • 301. Åben dagsorden - godkendelse\n\n    Resume\n\n"
       "    Godkendelse af åben dagsorden for KB den 22. januar 2020.\n\n     \n\n    Beslutning\n\n"
       "    Ikke til stede: Mikkel Lundemann Rasmussen (C)\n\n     \n\n    Godkendt.\n\n"
       "  • 302. Planstrategi 2020\n\n    application/pdf icon udkast._planstrategi_2020_21.12.2019.pdf\n\n"
       "    Resume\n\n"
       "    Planstrategi 2020 og Lokal Agenda 21-redegørelsen skal politisk behandles med henblik på, at strategien skal sendes i 8 ugers høring.\n"
       "\n    Indstilling\n\n    Politik & Borger indstiller til KB via DIR, SSU, PMT, BUL, AET og ØU, at\n"
       "\n     \n\n    1. Planstrategi 2020 & redegørelse for Lokal Agenda 21 godkendes.\n\n"
       "    2. herunder at strategien sendes i 8 ugers offentlig høring fra mandag den 3. februar 2020.\n\n"
       "    Social og Sundhed, 6. januar 2020, pkt. 123:\n\n    Ad. 1\n\n"
       "    5 medlemmer (A+V+C) anbefaler forslaget.\n\n"
       "    2 medlemmer (N+Ø) tager forbehold frem til behandlingen i KB.\n\n     \n\n    Ad. 2\n\n"
       "    Anbefales.\n\n",
       {"Åben dagsorden - godkendelse", "Planstrategi 2020"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// Titles with a colon, each a paragraph of its own, over a paragraph the
// secretary wrapped as written (its first line six words or more, no full
// stop at its end) or over the topic's points numbered from 1: three or
// more are the items.
TEST(AgendaConventionsTest, ColonTitlesOverWrappedParagraphsOrPoints) {
  const ItemsCase cases[] = {
      {"wrapped paragraphs",
       "Referat af Bestyrelsesmøde d. 31. august 2010\n\nTilstede: Ole Mejlgaard, Henrik Røn, Helle Nielsen\n\n"
       "Indkomne bilag:\nBestyrelsen gennemgik de seneste indkomne bilag fra bl.a. Fællesforeningen\n"
       "og de sidste bilag fra vinterens snerydning.\n\n"
       "Snerydning:\nIfm. Generalforsamlingen blev det drøftet om vi skal have en fælles snerydning\n"
       "med de andre grundejerforeninger.\n\n"
       "Træer på stikvejene:\nHenrik R. køber nye Rønnetræer til der hvor vi skal have erstattet træer.\n\n"
       "Økonomi:\nLars Svendsen orienterede om foreningens økonomi og om kontingentet\nfor næste år.\n",
       {"Indkomne bilag", "Snerydning", "Træer på stikvejene", "Økonomi"}},
      {"points numbered from 1 under each title",
       "Bestyrelsesmøde 2. april '22\n\nTilstede: Bjarne, Mariette, Tonny\n\n"
       "Nyt fra formanden:\n1. Skilt til trappen ned mod skoven: Vi får det lavet på et kalmarbræt.\n"
       "2. Formanden bliver fortsat ringet op af mange interesserede købere.\n\n"
       "Nyt fra kassereren:\n1. Vandet er gjort op, og der bliver betalt rettidigt, ser det ud til.\n\n"
       "Haver til salg og solgt:\n1. Have 28 og have 56 er solgt, og der er sendt velkomstbreve.\n"
       "2. Have 14 er vurderet og sat til salg.\n",
       {"Nyt fra formanden", "Nyt fra kassereren", "Haver til salg og solgt"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// A web editor's list entry in lower case that opens with an item's kind
// reads as a title: also "valg af ..." (an annual meeting's elections) and
// "evt." (the closing item), numbered in turn after capitalised heads.
TEST(AgendaConventionsTest, LowerCaseElectionsAndClosingItem) {
  const ItemsCase cases[] = {
      {"an annual meeting's agenda page",
       "Årsmøde 2023\n\nDagsorden:\n\n 1. Valg af dirigent\n 2. Beretning om lokalbestyrelsens virksomhed\n"
       " 3. Indkomne forslag\n 4. valg af lokalbestyrelsesmedlemmer for 2 år\n 5. Valg af suppleanter for ét år\n"
       " 6. Eventuelt\n",
       {"Valg af dirigent", "Beretning om lokalbestyrelsens virksomhed", "Indkomne forslag",
        "valg af lokalbestyrelsesmedlemmer for 2 år", "Valg af suppleanter for ét år", "Eventuelt"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// The standing opening item that approves the last meeting's minutes
// ("Godkendelse af referat") ends with a section's name, "Referat", as its
// object: an unnumbered title, not a label. Holbæk's Udsatteråd writes it
// over its "Indhold:" field, Havnsø Sejlklub's board under "Dagsorden:"
// over its verdict.
TEST(AgendaConventionsTest, ApprovalOfTheMinutesAsAnUnnumberedTitle) {
  const ItemsCase cases[] = {
      {"over the content field",
       "Referat af møde i Udsatterådet\n\nDeltagere:\n\n • Karen Thestrup Clausen\n • Rasmus Brandstrup Larsen\n\n"
       "Dagsorden med referat:\n\nGodkendelse af dagsorden\n\nIndhold:\n\nDagsordenen forelægges.\n\nReferat\n\n"
       "Godkendt\n\n \n\nGodkendelse af referat\n\nIndhold:\n\nGodkendelse af referat fra mødet d.1.2.2022\n\n"
       "Referat\n\nGodkendt\n\n \n\nInformation fra forpersonerne\n\nIndhold:\n\nMartin stopper 1.4.2022, da han "
       "melder sig ud af bestyrelsesarbejdet.\n\nReferat\n\nUdsatterådet tager beslutningen til efterretning.\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat", "Information fra forpersonerne"}},
      {"under the agenda's label over its verdict",
       "Mødereferat\n\nMødeart\nBestyrelsesmøde\n\nMødedato\n9. februar 2016\n\nDeltagere\nFinn Christensen (FC), "
       "Lis Kofoed (LK), Susanne Jensen (SJ)\n\nFraværende\n\nDagsorden:\n\nGodkendelse af referat\n\nGodkendt\n"
       "Meddelelser fra formanden\nGeneralforsamlingen er d. 27.02.2016 kl. 13.\nBestyrelsesberetning opsættes på "
       "opslagstavlen. FC laver den i uge 7.\n",
       {"Godkendelse af referat", "Meddelelser fra formanden"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(corpus::parse_meeting(c.text, "x.txt")), c.titles) << c.name;
}

}  // namespace

// The closing item "Eventuelt" ("Evt.", "Eventuelt og næste møde") of minutes
// whose other items are numbered: written unnumbered as a paragraph of its own
// after the last head's text, glued to a sentence of what was said ("6. Evt.
// Der er gang i ..."), or only in the agenda as "7. evt.", it is an item. An
// "evt." inside the last item's text is none. Under it, minutes that write
// each item's outcome as its text keep the closing item's text as its outcome
// (the text the previous item lost to it).
TEST(AgendaConventionsTest, ClosingEventueltAfterTheLastHead) {
  const ItemsCase cases[] = {
      {"unnumbered after the last numbered head",
       "Referat af bestyrelsesmøde\n\n 1. Siden sidst\n  Michael har fået rettet CVR-registret.\n"
       " 2. Arrangementet i september\n  Vi holder det i Jordløse.\n 3. Kommunalvalget\n"
       "  Vi lytter til medlemmerne og finder evt. kandidater.\n\nEventuelt og næste møde\n"
       "Mandag 7/10 kl 19: faste punkter.\n",
       {"Siden sidst", "Arrangementet i september", "Kommunalvalget", "Eventuelt og næste møde"}},
      {"evt. inside the last item's text is no item",
       "Referat af bestyrelsesmøde\n\n 1. Siden sidst\n  Michael har fået rettet CVR-registret.\n"
       " 2. Arrangementet i september\n  Vi holder det i Jordløse.\n 3. Kommunalvalget\n"
       "  Vi lytter til medlemmerne og finder\n  evt.\n  kandidater.\n",
       {"Siden sidst", "Arrangementet i september", "Kommunalvalget"}},
      {"glued to a sentence",
       "Referat bestyrelsesmøde\n\n1. Referat\nReferatet blev godkendt.\n\n2. Skolenyt\nPersonalet tager på tur.\n\n"
       "3. Byggeri\nByggeriet er færdigt.\n\n4. Evt. Der er gang i overvejelser omkring forstanderboligen.\n",
       {"Referat", "Skolenyt", "Byggeri", "Evt"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(corpus::parse_meeting(c.text, "x.txt")), c.titles) << c.name;

  // Dev case 326's shape: the closing item's long first sentence is its outcome,
  // as the items' texts before it are theirs.
  const corpus::Meeting m = corpus::parse_meeting(
      "Bestyrelsesmøde den 19.04.2016\n"
      "\n"
      "Mødedeltagere:\n"
      "Morten Bay Dahl, Mogens Rubech, Dan Blytækker, Lars Møller, Nicolai Møller-Jensen\n"
      "\n"
      "Fraværende:\n"
      "Ingen\n"
      "\n"
      "Kopi:\n"
      "Grundejerforeningens medlemmer\n"
      "\n"
      "Referent:\n"
      "Nicolai Møller-Jensen\n"
      "\n"
      "Punkt 1: Konstituering\n"
      "Formand: Morten Bay Dahl (nr. 22)\n"
      "Kasserer: Mogens Rubech Jacobsen (nr. 10)\n"
      "Referent (sekretær): Nicolai Møller-Jensen (nr. 12)\n"
      "Grønne områder: Dan Blytækker (nr. 28)\n"
      "Menigt medlem (Ad Hoc opgaver): Lars Møller (nr. 34)\n"
      "\n"
      "Punkt 2: Grønne områder\n"
      "Græsslåning vil blive foretaget jf. plan ca. 18 gange årligt og i øvrigt efter behov.\n"
      "Græsslåning i område ned mod skoven syd for Trondheimsvej foretages 2-3 gange årligt efter behov.\n"
      "\n"
      "Punkt 3: Informationsflow\n"
      "Velkomstfolder revideres og udsendes i hard-copy version til alle husstande på Trondheimsvej sammen med indbydelse til sankthans fest.\n"
      "Mulighed for fælles Facebook side som erstatning for, eller supplement til, eksisterende hjemmeside undersøges.\n"
      "\n"
      "Punkt 4: Bestyrelsesmøder\n"
      "Frekvens af møder fastsættes til 4 – 5 møder per år og i øvrigt efter behov.\n"
      "Møder afholdes på skift hos bestyrelsesmedlemmerne.\n"
      "Næste møde afholdes primo juni.\n"
      "\n"
      "Evt:\n"
      "Tømning og rengøring af stærekasser på fællesarealet foretages når dette års beboere er fløjet fra rederne.\n"
      "Ukrudt imellem fliserne brændes 8 gange årligt.\n"
      "\n",
      "x.txt");
  ASSERT_EQ(titles(m), (std::vector<std::string>{"Konstituering", "Grønne områder", "Informationsflow",
                                                  "Bestyrelsesmøder", "Evt"}));
  bool decided = false;
  for (const auto& s : m.items.back().sections)
    decided = decided || ((s.kind == "referat" || s.kind == "beslutning") &&
                          s.text.find("Tømning og rengøring") != std::string::npos);
  EXPECT_TRUE(decided);
}

// A numbered agenda list that a PDF transcript runs on into the body: the
// list run into one line after "Dagsorden" (each title ends where the next
// number starts), its last entry run into the first item's head ("4.
// Eventuelt Ad 1. Vedtagelse af dagsorden"), the heads run into the items'
// texts ("Ad 2.", "Ad2", a bare "2." with its title). The excerpts are dev
// web pages' lines run together as a transcript prints them (no real dev
// docplayer transcript shows the form): a village cluster's council, a
// hunting association's board, a local council's board and a regional
// dialogue forum (the excerpt cut off after its second case).
TEST(AgendaConventionsTest, AgendaListRunOnIntoTheBody) {
  const ItemsCase cases[] = {
      {"last entry run into the first head (Hærvejsklyngen)",
       "Referat Klyngerådsmøde 2020-02-27\n\nTranskript\n\n"
       "1 Referat Klyngerådsmøde 2020-02-27 Referat af Klyngerådets møde den 27. februar 2020, kl. 19.00 – 21.00 "
       "på Gesten Fritidscenter Referent: Stefan Dagsorden: 1. Vedtagelse af dagsorden 2. Godkendelse af referat "
       "fra sidste møde 3. Orientering fra formanden 4. Eventuelt Ad 1.  Vedtagelse af dagsorden Den udsendte "
       "dagsorden blev godkendt. Ad 2.  Godkendelse af referat fra sidste møde Det udsendte referat blev godkendt "
       "uden ændring. Ad 3.  Orientering fra formanden Erik orienterede om mødet i Viborg. Ad 4.  Eventuelt "
       "Intet.\n",
       {"Vedtagelse af dagsorden", "Godkendelse af referat fra sidste møde", "Orientering fra formanden",
        "Eventuelt"}},
      {"the list in one line, titles ending in a full stop (Bogense jagtforening)",
       "Referat bestyrelsesmøde i\n\nTranskript\n\n"
       "1 Referat bestyrelsesmøde i Bogense Land og Strandjagtforening Torsdag dag den 13-08-2020 kl. 19.00 "
       "Dagsorden. 1.                  Formanden siden sidst. 2.                  Kassereren siden sidst. 3.    "
       "              Hjortelauget – sidste nyt. 4.                  Evt. Tilstede var:   Kaj Rasmussen, Poul "
       "Skov og Helge Horskær. Ad1.             Corona!!!! Der er kommet nye jagttider. Ad2.             Intet- "
       "kassereren var fraværende. Ad3.             Intet nyt. Ad4.             Intet.\n",
       {"Formanden siden sidst", "Kassereren siden sidst", "Hjortelauget – sidste nyt.", "Evt."}},
      {"heads glued to their lead (Frederiksberg-Sorø lokalråd)",
       "Home » Bestyrelsesmøde 27/8-2019\n\nTranskript\n\n"
       "1 Home » Bestyrelsesmøde 27/8-2019 Bestyrelsesmøde 27/8-2019 Sted: hos Knud Christensen, Rødtjørnevej 10 "
       "Til stede: Malene Rasmussen, Tina Hyldegaard og Knud Christensen. Dagsorden: 1. Siden sidst 2. "
       "Godkendelse af referat fra mødet den 4. marts 2019 3. Økonomi 4. Eventuelt Ad1 Siden sidst Folkemødet "
       "den 17. august 2019 var en fugtig affære. Ad2 Godkendelse af referat Referatet blev godkendt. Ad3 "
       "Økonomi Kassebeholdningen er uændret. Ad4 Eventuelt Intet.\n",
       {"Siden sidst", "Godkendelse af referat fra mødet den 4. marts 2019", "Økonomi", "Eventuelt"}},
      {"bare numbers with their titles, cut off (Psykiatrisk Dialogforum)",
       "Psykiatrisk Dialogforum - referat 21-06-2010\n\nTranskript\n\n"
       "1 Psykiatrisk Dialogforum - referat 21-06-2010 Mødedato 21-06-2010 Kl. 13:00 Mødested Mødelokale 4 "
       "Damhaven 12 7100 Vejle Afbud Pia Tørving, Claus S. Thomsen Dagsorden 1. Valg af formand og næstformand "
       "2. Byggeri og renoveringer i psykiatrien 3. Mødekalender 2010 4. Eventuelt 1.      Valg af formand og "
       "næstformand Sagsnr: 10/565 Resumé Der skal vælges formand for perioden 2010-13. Beslutning Bente Gertz "
       "blev valgt som formand. Bilag: 2.      Byggeri og renoveringer i psykiatrien Sagsnr: 10/565 Resumé "
       "Psykiatriens anlægssekretariat retter henvendelse. Beslutning Taget til efterretning.\n",
       {"Valg af formand og næstformand", "Byggeri og renoveringer i psykiatrien"}},
  };
  corpus_test::expect_titles(std::begin(cases), std::end(cases));
}

// An agenda system's list that prints each entry's status before its
// number ("åbent 1 Stefan Agger - udtræden af kommunalbestyrelsen" / ...
// / "lukket 14 Lukket punkt"), run on by a transcript so that each status
// ends the entry before it: the statuses go back before their entries (the
// list is no items), and the body's heads ("Åbent Møde. 1 Stefan Agger -
// udtræden af kommunalbestyrelsen 00.22.00G01-0002 Sagsfremstilling ...")
// are lines of their own. The excerpts are dev web pages' lines run
// together as a transcript prints them (Lemvig's kommunalbestyrelse and
// social- og sundhedsudvalg; Bornholm's ældreråd prints the same list).
TEST(AgendaConventionsTest, StatusColumnAgendaRunOnIntoTheBody) {
  const ItemsCase cases[] = {
      {"the council's list and its first case (Lemvig kommunalbestyrelse)",
       "Dagsordenspunkter\n\nTranskript\n\n"
       "1 Dagsordenspunkter åbent 1 Stefan Agger - udtræden af kommunalbestyrelsen åbent 2 Årsberetning 2016 - "
       "Lemvig Kommunes årsregnskab åbent 3 Dialog og aftaler 2017 åbent 4 Center for Tandregulering - "
       "Repræsentant til bestyrelsen lukket 5 Lukket punkt Til indholdsfortegnelse Åbent  Møde. 1              "
       "    Stefan Agger - udtræden af kommunalbestyrelsen 00.22.00G01-0002 Sagsfremstilling "
       "Kommunalbestyrelsesmedlem Stefan Agger søger om at udtræde af kommunalbestyrelsen med øjeblikkelig "
       "virkning.\n",
       {"Stefan Agger - udtræden af kommunalbestyrelsen"}},
      {"the committee's list and its first case (Lemvig social- og sundhedsudvalg)",
       "Dagsordenspunkter\n\nTranskript\n\n"
       "1 Dagsordenspunkter åbent 1 Regnskab 2018 for Social- og Sundhedsudvalget åbent 2 Magtanvendelser i "
       "Social & Sundhed i 2018 åbent 3 Strategi for ældreområdet - fokus og indsatsområder åbent 4 Meddelelser "
       "lukket 5 Lukket punkt Til indholdsfortegnelse Åbent  Møde. 1                  Regnskab 2018 for Social- "
       "og Sundhedsudvalget 00.32.10P19-0010 Resumé Borgmesteren har besluttet, at sektorbeskrivelserne til "
       "regnskabet skal beskrive regnskabet set i forhold til det korrigerede budget.\n",
       {"Regnskab 2018 for Social- og Sundhedsudvalget"}},
  };
  corpus_test::expect_titles(std::begin(cases), std::end(cases));
}

// The same list, and the body's head followed not by a section heading but
// by the case's KLE number ("1  Fraværende og bemærkninger til dagsordenen"
// / "27.15.00P35-0007 Behandling Mødedato ..."): the number is the head's
// own particulars, so the head is read and the list is no items. Verbatim
// from the transcript of Bornholms Ældreråd's minutes of 23 March 2021 (a
// dev web page run together as a transcript prints it).
TEST(AgendaConventionsTest, KleNumberUnderABareHead) {
  const ItemsCase cases[] = {
      {"Bornholms Ældreråd's list and its first case",
       "Referat\n\nTranskript\n\n1 Referat Bornholms Ældreråd 23-03-2021 kl. 09:30 Skype "
       "Dagsordenspunkter åbent 1 Fraværende og bemærkninger til dagsordenen åbent 2 Orientering "
       "fra følgegruppen vedr. teknik, kultur mm åbent 3 Orientering fra følgegruppen vedr. "
       "social og sundhed åbent 4 Orientering fra den koordinerende gruppe åbent 5 Orientering "
       "fra Trafikkontaktrådet Til indholdsfortegnelse Åbent  punkt 1  Fraværende og bemærkninger "
       "til dagsordenen 27.15.00P35-0007 Behandling Mødedato Åbent punkt Lukket punkt Bornholms "
       "Ældreråd 23-03-2021 1 Fraværende Afbud fra Jens Oskar Pedersen Bemærkninger til dagsordenen\n",
       {"Fraværende og bemærkninger til dagsordenen"}},
  };
  corpus_test::expect_titles(std::begin(cases), std::end(cases));
}

// Minutes that shorten the agenda's titles in their own heads ("Dagsordens-
// punkter til mødet" / " 2. Orientering om Åbenrådgivning og Peer-
// indsatsen, Ved Rasmus Jürs og Christian" / ... / "Referat" / "2.
// Åbenrådgivning og Peer-indsatsen V. Rasmus Jürs og Peer medarbejder
// Christian"; a municipal council for the socially vulnerable): a head in
// turn whose first words the agenda's entry of its number holds is that
// entry's item.
TEST(AgendaConventionsTest, HeadShortensItsNumberedEntry) {
  const std::string text =
      "Dagsordenspunkter til mødet\n"
      "\n"
      " 1. Velkomst og præsentationsrunde\n"
      " 2. Orientering om Åbenrådgivning og Peer-indsatsen, Ved Rasmus Jürs og Christian \n"
      " 3. Godkendelse af dagsorden og referat\n"
      " 4. Valg af ny næstformand\n"
      "\n"
      "Referat\n"
      "\n"
      "1. Velkomst og præsentation\n"
      "\n"
      "Alle præsenterede sig selv og særlig præsentation af den nye sekretær og områdeleder.\n"
      "\n"
      "2. Åbenrådgivning og Peer-indsatsen V. Rasmus Jürs og Peer medarbejder Christian\n"
      "\n"
      "Det blev drøftet, hvordan man kan formidle Åben Rådgivning til andre. Det er godt at kunne hjælpe andre "
      "med at komme afsted til ÅR.\n";
  const auto m = corpus::parse_meeting(text, "x.txt");
  ASSERT_GE(m.items.size(), 2u);
  EXPECT_EQ(m.items[1].title, "Åbenrådgivning og Peer-indsatsen V. Rasmus Jürs og Peer medarbejder Christian");
}

// An association's general assembly lists its agenda under "Dagsorden
// ifølge (foreningens) vedtægter(ne)" (an antenna guild, case 575; Hjerte-
// foreningen København S, case 487; Hjelm Haveforening, case 356) and
// minutes it in heads the reading finds no items in: "Ad. a" for the
// lettered entry a, "1 Valg af dirigent" (a number without its stop). Where
// nothing else gave heads, the agenda's entries are the items, each taking
// the first head after the agenda that answers it; one none answers is
// listed only (read_agenda_of_blob).
TEST(AgendaConventionsTest, AgendaUnderItsLabelWhereNoHeadsWereFound) {
  // Case 575, verbatim (cut before item f's minutes).
  const std::string lettered =
      "Referat af generalforsamling i antennelauget i Vestre Kirkevej området\n\n \n\n"
      "Dato: Onsdag den 6. marts 2003 kl. 19:30\n\nSted: Hos Per Rosendal, Kirsebærhaven 12\n\n \n\n"
      "Dagsorden ifølge foreningens vedtægter\n\n \n\n"
      "a. Valg af dirigent\n\nb. Beretning om laugets virksomhed i det forløbne år\n\n"
      "c. Aflæggelse af årsregnskab\n\nd. Indkomne forslag\n\n"
      "e. TV Zulu – betalingskanal fra 1/1- 2003 –stillingtagen til det videre forløb\n\n"
      "f. Internetadgang via kabelnetter, hvordan er mulighederne for dette ?\n\n"
      "g. Godkendelse af budget, herunder fastsættelse af årsbidrag for medlemmerne.\n\n"
      "h. Valg af bestyrelsesmedlem og suppleant\n\n( på valg er Hans Jørgen Brandt og suppleant Jørgen Thomsen )\n\n"
      "i. Valg af revisor ( på valg er Kai Herold )\n\nj. Eventuelt.\n\n \n\n"
      "Ad. a\n\nJørgen Thomsen blev valgt.\n\n"
      "Dirigenten konstaterede, at generalforsamlingen var lovlig indkaldt i henhold til vedtægterne.\n\n \n\n"
      "Ad. b\n\nBeretningen blev fremlagt og godkendt.\n\n \n\n"
      "Ad. c\n\nRevideret regnskab blev fremlagt og godkendt\n";
  const auto m = corpus::parse_meeting(lettered, "x.txt");
  const auto got = titles(m);
  ASSERT_EQ(got.size(), 10u);
  EXPECT_EQ(got[0], "Valg af dirigent");
  EXPECT_EQ(got[8], "Valg af revisor ( på valg er Kai Herold )");
  EXPECT_EQ(got[9], "Eventuelt");
  ASSERT_FALSE(m.items[1].sections.empty());
  EXPECT_NE(m.items[1].sections[0].text.find("Beretningen blev fremlagt"), std::string::npos);

  // Case 487, verbatim (its opening cut): unmarked entries of one paragraph.
  const std::string unmarked =
      "Referat af generalforsamling i Hjerteforeningen København S, torsdag den 3. februar 2022\n\n"
      "Dagsorden ifølge vedtægterne\n"
      " Valg af dirigent\n Bestyrelsens beretning\n Bestyrelsen fremlægger regnskab(er) til orientering\n"
      " Behandling af indkomne forslag\n Valg af bestyrelse\n Eventuelt.\n\n"
      "MG bød velkommen til dagens generalforsamling og gav nogle praktiske oplysninger, hvorefter der\n"
      "var en præsentation af alle deltagerne.\n\n"
      "1 Valg af dirigent\n"
      "Bestyrelsen foreslog BEC som dirigent. BEC takkede for valget og gav et par praktiske oplysninger.\n";
  EXPECT_EQ(titles(corpus::parse_meeting(unmarked, "x.txt")),
            (std::vector<std::string>{"Valg af dirigent", "Bestyrelsens beretning",
                                      "Bestyrelsen fremlægger regnskab(er) til orientering",
                                      "Behandling af indkomne forslag", "Valg af bestyrelse", "Eventuelt"}));

  // Two entries are no agenda: the text stays one item.
  const std::string two =
      "Referat\n\nDagsorden:\n\na. Valg af dirigent\n\nb. Eventuelt\n\nDer var ingen bemærkninger.\n";
  EXPECT_EQ(corpus::parse_meeting(two, "x.txt").items.size(), 1u);
}

// An agenda table flattened one cell a line under its head row of column
// names ("Punkter" / "Formål" / "Referat", "Emne" / "Tid" / "Formål" /
// "Beslutning"): a line right before a purpose cell ("orientering",
// "diskussion og beslutning", a time slot between) is a row's title, and
// the closing item may come without a purpose; without the head row such
// lines are no table.
TEST(AgendaConventionsTest, FlattenedTableRowsUnderTheirHeadRow) {
  const ItemsCase cases[] = {
      {"title, purpose, outcome (a residents' house board)",
       "Referat bestyrelsesmøde 7.2.2018\n\nDeltagere: Betina, Gitte, Anders\n\nDagsorden\n\nPunkter\n\nFormål\n\n"
       "Referat\n\nValg af referent\n\nBeslutning\n\nRicki er referent\n\nStatus på nøgler\n\norientering\n\n"
       "der er kommet 6 nøgler tilbage\n\nudlejepriser\n\nbeslutning\n\n20 for de små, 30 for det store.\n\n"
       "retningslinjer for udlejning\n\ndiskussion og beslutning\n\nman skal være medlem for at leje.\n\n"
       "Eventuelt\n\ntorsdag d 22 eller mandag d 26\n",
       {"Valg af referent", "Status på nøgler", "udlejepriser", "retningslinjer for udlejning", "Eventuelt"}},
      {"a time slot between title and purpose (a school board)",
       "Referat skolebestyrelsesmøde 3. maj 2022\n\nEmne\n\nTid\n\nFormål\n\nBeslutning\n\n"
       "Godkendelse af dagsorden\n\n17.00-17.05\n\nTil beslutning\n\nGodkendt\n\nNyt fra elevrådet\n\n"
       "17.05-17.15\n\nTil orientering\n\nEleverne har holdt fest.\n\nSkolens budget\n\n17.15-17.45\n\n"
       "Orientering/drøftelse\n\nBudgettet blev gennemgået.\n",
       {"Godkendelse af dagsorden", "Nyt fra elevrådet", "Skolens budget"}},
      {"no head row: no table",
       "Referat\n\nStatus på nøgler\n\norientering\n\nudlejepriser\n\nbeslutning\n\nhusregler\n\norientering\n", {}},
  };
  corpus_test::expect_titles(std::begin(cases), std::end(cases));
}
