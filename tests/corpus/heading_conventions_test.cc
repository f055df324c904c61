// Item-heading conventions: the forms a secretary writes an item's head in,
// numbered or not, and the evidence that a line heads an item.
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
using corpus_test::expect_titles;

}  // namespace

// "1). Orientering fra Græshoppen:", "2.) Legeplads": a number closed twice,
// a bracket and a full stop, is an item's number like "1)" or "1.".
TEST(HeadingConventionsTest, NumberClosedTwice) {
  const ItemsCase cases[] = {
      {"bracket then full stop",
       "Referat fra Forældrerådsmødet d. 25/4 2019\n\nTilstede: Jeanett, Lars og Birgit\n\n"
       "1). Orientering fra Græshoppen:\n\nDer bliver ansat en ny pædagogisk teamleder fra 1/8.\n\n"
       "2). Legeplads – renovering\n\nUlla er ved at undersøge om der er mulighed for et nyt skur.\n\n"
       "3). Eventuelt.\n\nRøgalarm: Det bliver bragt i orden.\n",
       {"Orientering fra Græshoppen", "Legeplads – renovering", "Eventuelt"}},
      {"full stop then bracket",
       "Referat af bestyrelsesmøde den 3. marts 2024\n\nTil stede: Anne Hansen, Bo Jensen\n\n"
       "1.) Godkendelse af dagsorden\n\nDagsordenen blev godkendt.\n\n"
       "2.) Budget for næste år\n\nKassereren gennemgik budgettet.\n\n3.) Eventuelt\n\nIntet.\n",
       {"Godkendelse af dagsorden", "Budget for næste år", "Eventuelt"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// "1.a Godkendelse af dagsorden" / "1.b Budget" / "2. Nyt fra formanden":
// the first lettered part starts the item, the full stop before its letter
// being the number's separator; the other parts are inside it.
TEST(HeadingConventionsTest, LetteredFirstPartStartsTheItem) {
  const ItemsCase cases[] = {
      {"1.a over 1.b",
       "Referat af bestyrelsesmøde den 3. marts 2024\n\nTil stede: Anne Hansen, Bo Jensen\n\n"
       "1.a Godkendelse af dagsorden\n\nDagsordenen blev godkendt.\n\n1.b Budget for næste år\n\n"
       "Kassereren gennemgik budgettet.\n\n2. Nyt fra formanden\n\nFormanden orienterede om mødet.\n\n"
       "3. Hjemmesiden\n\nBo opdaterer siden.\n",
       {"Godkendelse af dagsorden", "Nyt fra formanden", "Hjemmesiden"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// "5. Kassebeholdning.Søren Kaarup meddelte, at ...": a head next in turn
// whose title's full stop lost its space before the outcome has the part
// before it as its title.
TEST(HeadingConventionsTest, TitleGluedToItsOutcome) {
  const ItemsCase cases[] = {
      {"full stop without its space",
       "Referat af bestyrelsesmøde i vandværket torsdag d. 14 marts 2007.\n\n"
       "Deltagere: Iver Nielsen, Søren Kaarup Jensen og Gert Vogel.\n\n"
       " 1. Formanden bød velkommen\n\n 2. Målerudskiftning\n  Der er enkelte meget lave vandforbrug.\n\n"
       " 3. Generalforsamling.\n  Dagsorden, beretning, regnskab og budget blev gennemgået.\n\n"
       " 4. Kassebeholdning.Søren Kaarup meddelte,\n  at der ikke var grundlag for at anskaffe flere obligationer nu.\n\n"
       " 5. Afholdelse af generalforsamling. Det er torsdag d. 22/3-2007 kl.19.\n"
       "  Menighedsrådene har givet os lov til at låne sognegården.\n\nReferent: Gert Vogel\n",
       {"Formanden bød velkommen", "Målerudskiftning", "Generalforsamling", "Kassebeholdning",
        "Afholdelse af generalforsamling"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// A numbered line after a line that ends with a colon is a list's entry,
// but not after a header field left empty over a title that names an
// item's kind ("Fraværende:" / "1. Godkendelse af dagsorden"), nor the next
// number in turn after a lettered part of the item above ("4a. Bestyrelsen
// foreslår ..." / "5. Status på akut handleplan").
TEST(HeadingConventionsTest, NoListAfterAnEmptyFieldOrALetteredPart) {
  const ItemsCase cases[] = {
      {"empty field over the first item",
       "Referat\n\nByrådet\n\nMødedato: 29-08-2017\n\nFraværende:\n\n1. Godkendelse af dagsorden\n\n"
       "Beslutning Byrådet den 29-08-2017\n\nGodkendt.\n\n2. Forslag om proaktivt at bruge anlægsprojekterne\n\n"
       "Beslutning Byrådet den 29-08-2017\n\nOversendt til Økonomiudvalget.\n",
       {"Godkendelse af dagsorden", "Forslag om proaktivt at bruge anlægsprojekterne"}},
      {"a lettered part before the next item",
       "Referat af bestyrelsesmøde den 12. januar 2023\n\nTil stede: Anne, Bo og Carl\n\n"
       "3. Godkendelse af referat\n\nGodkendt.\n\n4. Forundersøgelse fra COWI\n\n"
       "Rapporten blev gennemgået.\n\n4a. Bestyrelsen foreslår at igangsætte Fase 1 fra COWI's rapport, som "
       "finansieres med ekstra bidragsbetaling.\n\n5. Status på akut handleplan under katastrofefonden\n\nUdskudt\n\n"
       "6. Eventuelt\n\nIntet.\n",
       {"Godkendelse af referat", "Forundersøgelse fra COWI", "Status på akut handleplan under katastrofefonden",
        "Eventuelt"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// Titles with their colon over their outcome, a board's topics: a
// section's name that is also a topic ("Økonomi:") counts among them.
TEST(HeadingConventionsTest, TopicNamedLikeASectionAmongColonTitles) {
  const ItemsCase cases[] = {
      {"Økonomi among the topics",
       "Heimo Dalsgaard – HD\nLars Wahlqvist – LW\n\nDaglig drift:\n\n"
       "Intet unormalt at bemærke – værket kører som det skal.\n\nØkonomi:\n\n"
       "Økonomien ser ud som sidste år (sekretæren lover at dette emne uddybes i næste referat)\n\n"
       "Hjertestarter:\n\nHD sørger for at hjertestarteren bliver registreret hos myndighederne.\n\n"
       "Næste møde:\n\nEr i skrivende stund ikke fastlagt.\n",
       {"Daglig drift", "Økonomi", "Hjertestarter", "Næste møde"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// The same titles with their colon in a text printed without blank lines
// (a PDF with no paragraph spacing): a title opens its paragraph where the
// line before closes its own (a sentence's end, a bracket, a label's
// value) and a sentence stands under it.
TEST(HeadingConventionsTest, ColonTitlesWithoutBlankLines) {
  const ItemsCase cases[] = {
      {"after a label's value and after sentences (a homeowners' board)",
       "Tilstede: Bo, Lars, Mette og Anja\nAfbud: ingen\nRef: Mette\nFormanden:\n"
       "Bo fortæller at kommunen kommer for at fjerne de store sten.\nGodkendelse af sidste mødereferat:\n"
       "Referatet blev godkendt.\nØkonomi:\nØkonomien blev gennemgået uden bemærkninger.\nEventuelt:\n"
       "Vi snakkede om forslag til næste generalforsamling.\n",
       {"Formanden", "Godkendelse af sidste mødereferat", "Økonomi", "Eventuelt"}},
      {"after a role's name and a bracket (a waterworks' board)",
       "Heimo Dalsgaard – HD\nLars Wahlqvist – LW\nKonstituering:\nFormand: Heimo Dalsgaard\n"
       "Bestyrelsesmedlem: Bjarne Pedersen\nDaglig drift:\nIntet unormalt at bemærke – værket kører som det skal.\n"
       "Økonomi:\nØkonomien ser ud som sidste år (sekretæren uddyber i næste referat)\n"
       "Hjertestarter:\nHD sørger for at hjertestarteren bliver registreret hos myndighederne.\n",
       {"Daglig drift", "Økonomi", "Hjertestarter"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// Titles with their full stop ("Orientering.", four words at most, no
// verb) in a text printed without blank lines: after the end of the line
// before (a sentence, a label's value), over a sentence or over the next
// such title; a short line that ends a wrapped sentence is none.
TEST(HeadingConventionsTest, StoppedTitlesWithoutBlankLines) {
  const ItemsCase cases[] = {
      {"after a label's value, over sentences (a homeowners' association)",
       "Referat fra bestyrelsesmøde i grundejerforeningen\nTilstede : BN, BK, BD\nAfbud : AM\n"
       "Godkendelse af seneste referat.\nReferatet blev godkendt uden bemærkninger.\nOrientering.\n"
       "Det har været sommerferietid, derfor var der intet at orientere om.\nArealerne.\n"
       "Igen generel kritik af græsslåningen.\nDer indhentes tilbud. Deadline for tilbud er\nPrimo Oktober.\n"
       "Økonomi.\nDer er ingen ændringer til den økonomiske situation.\n",
       {"Godkendelse af seneste referat", "Orientering", "Arealerne", "Økonomi"}},
      {"a topic with nothing under it (a local council)",
       "Referat af lokalrådsmøde 28.7.2016\nTilstede: Jørn, Lars og Per.\nMødet var åbent, og der var få borgere.\n"
       "Status på Fibernet.\nHårbølle Havn.\nDer skal være ca. 100 tilmeldte for at Fibia vil gå i gang.\n"
       "Spildevandsplan.\nTillæg til spildevandsplan er udsendt.\n",
       {"Status på Fibernet", "Hårbølle Havn", "Spildevandsplan"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// "Kl. 15.00-16.00: Gennemgang af ...": the time slot a board's agenda
// writes before an item's title is no part of the title (nor is a number
// such as "1.10" read as a time).
TEST(HeadingConventionsTest, TimeSlotBeforeTheTitle) {
  const ItemsCase cases[] = {
      {"time slots before the titles",
       "Referat af bestyrelsesmøde den 3. marts 2024\n\nTil stede: Anne Hansen, Bo Jensen\n\n"
       "1. Kl. 15.00-16.00: Gennemgang af kvalitetsrapporten\n\nRapporten blev gennemgået.\n\n"
       "2. Kl. 16.00 – 16.15 Eventuelt\n\nIntet.\n",
       {"Gennemgang af kvalitetsrapporten", "Eventuelt"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// Bare "03 Title" lines with text between them, three or more running 1,
// 2, 3 with an item's kind among them: a date in a title that names an
// item's kind does not break the series.
TEST(HeadingConventionsTest, DatedKindTitleInABareSeries) {
  const ItemsCase cases[] = {
      {"a dated title in the middle",
       "Referat af møde i Grundejerkontaktudvalget\n\nMødedato: 17.09.2009\n\n"
       "01 Bemærkninger til dagsordenen\n\nIngen bemærkninger.\n\n"
       "02 Godkendelse af referat fra mødet den 18.06.2009\n\nReferatet blev godkendt.\n\n"
       "03 Orientering fra nedsatte arbejdsgrupper\n\nOrientering fra følgegrupperne om affald og bjørneklo.\n",
       {"Bemærkninger til dagsordenen", "Godkendelse af referat fra mødet den 18.06.2009",
        "Orientering fra nedsatte arbejdsgrupper"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// Narrative minutes (a web page's news of a council's meeting, a club's
// "Følgende blev drøftet:"): each topic a short line of its own over a
// paragraph of prose, no numbers. Three such lines, or two with the
// meeting's closing topic ("Øvrigt", "Eventuelt") among them, are the items;
// not under a case's "Sagsfremstilling", where they head its text's parts.
TEST(HeadingConventionsTest, TopicLinesOverProse) {
  const ItemsCase cases[] = {
      {"lead-in with a colon, paragraphs without blank lines",
       "Bestyrelsesmøde 22.9.2021\nFølgende blev bl.a. drøftet på dagens bestyrelsesmøde:\nStatus på budget\n"
       "Det har en stor påvirkning på budget og regnskab, at forårets kursus blev ramt af nedlukning og deraf for sen "
       "mulighed for at melde dato ud til kursisterne, så mange penge mangler i kassen.\nArrangementer\n"
       "Der skal afholdes flere mindre arrangementer med socialt indhold, hvor vi helt uformelt kan sludre om "
       "foreningen, bl.a. til gavn for nye medlemmer og for dem der har været med længe.\nBådtrailer\n"
       "Bådtraileren skal have nye dæk og lys, og vi undersøger om den kan stå i klubhusets garage hen over vinteren "
       "indtil foråret, hvor den igen skal bruges ved arrangementerne.\n",
       {"Status på budget", "Arrangementer", "Bådtrailer"}},
      {"a council's news page, two topics and Øvrigt",
       "Nyt fra Ældrerådet juli 2023\n\nHer kan du læse referat af møde i Ældrerådet den 28. juni 2023 på rådhuset i "
       "byen\n\nMøde med formanden for Trivsels- og Sundhedsudvalget (TSU)\n\nÆldrerådet havde inviteret formanden til mødet med henblik "
       "på at drøfte mulighederne for samarbejdet med det politiske udvalg.\n\nØvrigt\n\nÆldrerådet besluttede at "
       "invitere borgerrådgiveren til et kommende ældrerådsmøde for at drøfte hendes årsrapport.\n",
       {"Møde med formanden for Trivsels- og Sundhedsudvalget (TSU)", "Øvrigt"}},
      // Aabenraa's Beslutningsprotokol, whose pages lost the items' titles
      // (verbatim, shortened): the building names under "Sagsfremstilling"
      // head parts of the case's text, no items.
      {"sub-headings of a case's text are no topics",
       "Beslutningsprotokol\n\ntirsdag den 5. januar 2021 kl. 15:30\n\nMødested: Borgersalen Tinglev\n"
       "Udvalg: Børne- og Uddannelsesudvalg\n"
       "Medlemmer: Kirsten Nørgård Christensen, Eivind Underbjerg Hansen, Jane Thorgeirsson\n"
       "Bemærkninger: Mødet sluttede kl. 17.00\nUdskriv hele dagsordnen\n • Udskriv\n"
       "  Sagsid.: 18/5090, Sagsinitialer: hwj\n\n  Beslutning Børne- og Uddannelsesudvalg den 05-01-2021\n\n"
       "  Godkendt.\n\n • Udskriv\n  Sagsid.: 18/23514, Sagsinitialer: khl\n\n  Sagsfremstilling\n\n"
       "  Udvalget orienteres i denne sag om igangværende og kommende byggeprojekter på skole- og "
       "daginstitutionsområdet.\n\n   \n\n  Hærvejsskolen\n\n  Mangeludbedringerne vil først være afsluttet i "
       "løbet af januar 2021, dog en del afhængigt af vejrliget.\n\n   \n\n  Børnehuset Mølleløkke\n\n"
       "  Den valgte jord- og betonentreprenør vil begynde på de forberedende arbejder til byggepladsen i den "
       "første uge i januar 2021.\n\n   \n\n  Bylderup Skole og Børnehus, tilbygning og renovering ved "
       "indskolingen\n\n  De undersøgelser, der er blevet foretaget af eksisterende, gamle kloakanlæg, bygninger "
       "og jordbund, har medført at den hidtil planlagte udsendelse af udbudsmaterialet i uge 52 ikke kan "
       "overholdes.\n",
       {}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// "5. ”Bordet rundt”:": Danish typesetting opens a quotation with the mark
// that closes it; a short title quoted whole is a title like a capitalised
// one, and the numbered items after it follow.
TEST(HeadingConventionsTest, TitleQuotedWhole) {
  const ItemsCase cases[] = {
      {"quoted title with a colon, bullets under it",
       "Referat af bestyrelsesmøde den 15. april 2013\n\nTilstede: Peter Nyegaard, Claus Byskov\n\n"
       "Dagsorden:\n\n1. Velkomst v. mødeleder\n\n2. Godkendelse af referat fra sidste møde\n\n"
       "3. ”Bordet rundt”:\n\n• Kap (TF)\n\n• Motion (SS)\n\n4. Eventuelt\n\n5. Næste møde\n\n"
       "ad2) referat godkendt.\n\nad3) Der blev orienteret om kap og motion.\n",
       {"Velkomst v. mødeleder", "Godkendelse af referat fra sidste møde", "”Bordet rundt”", "Eventuelt",
        "Næste møde"}},
      {"quoted title with a space inside the quotation",
       "Referat af møde i Landdistriktsudvalget\n\nMødedato: 4. juni 2007\n\n"
       "1. ” Landskab for alle”.\n\nProjektet blev præsenteret og drøftet.\n\n"
       "2. Regnskab 2007\n\nRegnskabet blev godkendt.\n\n3. Eventuelt\n\nIntet.\n",
       {"” Landskab for alle”", "Regnskab 2007", "Eventuelt"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// "4. Behandling af indkomne forslag var hurtigt overstået, da der ikke var
// nogle.": an item's line written as one sentence whose subject is the
// title, a verbal noun; the title ends before the verb, a relative clause
// or the sentence's end (not at an ordinal's full stop).
TEST(HeadingConventionsTest, VerbalNounSubjectOfTheItemsSentence) {
  const ItemsCase cases[] = {
      {"a general assembly's short minutes",
       "Generalforsamlingen i Hjerteforeningen mandag 24. februar 2020\n\nReferat fra generalforsamlingen:\n\n"
       " 1. Valg af dirigent. Anette blev valgt til at varetage jobbet.\n"
       " 2. Godkendelse af regnskabet. Regnskabet blev godkendt uden bemærkninger.\n"
       " 3. Behandling af indkomne forslag var hurtigt overstået, da der ikke var nogle.\n"
       " 4. Valg af 1. næstformand og 2. næstformand blev afgjort uden modkandidater.\n"
       " 5. Eventuelt. Der var ingen bemærkninger.\n",
       {"Valg af dirigent", "Godkendelse af regnskabet", "Behandling af indkomne forslag",
        "Valg af 1. næstformand og 2. næstformand", "Eventuelt"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// A day's number, a month's name (any case, Danish or English) and a year
// alone on a line: a date at the page's top or under an agenda site's
// "Dato", not item 19 titled "SEPTEMBER 2021".
TEST(HeadingConventionsTest, DateLineIsNoHead) {
  const ItemsCase cases[] = {
      {"a date in capitals at the page's top",
       "19. SEPTEMBER 2021\n\nReferat\n\nBestyrelsesmøde i Haveforeningen Solbakken.\nAfbud: Laila\n\n"
       "Dagsorden.\n1. Siden sidst.\nTekst her.\n\n2. Økonomi.\nOrientering.\n\n3. Eventuelt.\nIntet.\n",
       {"Siden sidst", "Økonomi", "Eventuelt"}},
      {"an English month's name with a dash under the date label",
       "Udvalg\nKommunalbestyrelsen\nDato\n26. January 2021 -\nTitel\nForside\n\n"
       "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Meddelelser\nIngen.\n",
       {"Godkendelse af dagsorden", "Meddelelser"}},
      {"the same, a transcript's next label run on after the dash (Sermersooq's council)",
       "Udvalg\nKommunalbestyrelsen\nDato\n25. February 2020 - Titel Forside\nSagsfremstilling\n\n"
       "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Meddelelser\nIngen.\n",
       {"Godkendelse af dagsorden", "Meddelelser"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// The last resort when the reading found one head at most: a numbered run
// "1.", "2.", "3." ... at line starts, each entry with its own text after
// it, is the items (a parish council's minutes whose added items, numbered
// after the agenda, are listed in front of them). Entries on adjacent lines
// are a list, no items: an agenda a cut-off excerpt never reaches (a
// region's committee), a round of announcements numbered under one item
// (a municipality's council).
TEST(HeadingConventionsTest, SeparatedNumberedRunAsLastResort) {
  const ItemsCase cases[] = {
      {"added items listed before the numbered items",
       "Referat af menighedsrådsmøde onsdag d. 19. april 2017 kl. 17.00 i konfirmandstuen\n\n"
       "Menighedsrådets formand ønskede tre ekstra emner på dagsordenen. De bliver nummereret således:\n\n"
       "10. Diskussion af biskoppens fremsendte forslag til ændring af provstistillingen\n"
       "11. Vedr. gravsten fra nedlagte gravsteder\n12. Nedsættelse af kirkegårdsudvalg\n\n"
       " 1. Meddelelser fra formanden\n  Overslag over pris for renovering kommer med som punkt på næste PU-møde\n   \n"
       " 2. Meddelelser fra sognepræsten\n  Sognepræsten tager spørgsmålet om kirkebladets fremtid op.\n   \n"
       " 3. Meddelelser fra kassereren\n  Kvartalsregnskabet er forelagt\n   \n"
       " 4. Nyt fra kirkeværger og kontaktperson\n  Intet nyt\n",
       {"Meddelelser fra formanden", "Meddelelser fra sognepræsten", "Meddelelser fra kassereren",
        "Nyt fra kirkeværger og kontaktperson"}},
      {"an agenda on adjacent lines is no run",
       "Referat Psykiatriudvalget 2012\n\n • Luk alle punkter Referat\n\n\n"
       "  1. Status på arbejdet med sundhedsaftalerne 2011-2014\n"
       "  2. Politiske opfølgningsmøder på sundhedsaftalerne\n"
       "  3. Lokalpsykiatrien og samarbejdet med almen praksis og kommunerne\n\n\n"
       "  Sagsnr. 12/2089\n  1. Status på arbejdet med sundhedsaftalerne 2011-2014\n  fold dette punkt ind Resume\n\n"
       "  På baggrund af tilbagemeldinger fra de lokale samordningsfora kan det konkluderes, at arbejdet skrider frem.\n",
       {"Status på arbejdet med sundhedsaftalerne 2011-2014"}},
      {"announcements numbered under one item are no run",
       "Nittende ordinære kommunalbestyrelsesmøde\n\nMeddelelser\n\nSagsfremstilling\n\n"
       " 1. d. 10.januar havde borgmesteren et årligt møde med lokaludvalg.\n"
       " 2. d. 24. & 25. januar var borgmesteren på besøg hos venskabskommunen Tromsø.\n"
       " 3. d. 26. januar blev Arctic Mayors Forum (AMF) afholdt i Tromsø.\n",
       {"Meddelelser"}},
  };
  expect_titles(std::begin(cases), std::end(cases));
}

// A numbered list in an item's text, numbered from 1 again: its first entry
// right under a sentence of the text, without a gap, the next entry on the
// very next line. No heads (Slagelse's doubled heads, 753); the next
// item's head after it is one.
TEST(HeadingConventionsTest, ListRightUnderTheItemsSentence) {
  const std::string text =
      "Landdistrikts-, Teknik- og Ejendomsudvalget (2014-2018) – Referat – 5. marts 2018\n\n\n\n"
      "1. Godkendelse af dagsorden (B)\n\n1.     Godkendelse af dagsorden (B)\n\n"
      "Kompetence: Landdistrikts-, Teknik- og Ejendomsudvalget\nBeslutningstema\nGodkendelse af dagsorden.\n"
      "Beslutning i Landdistrikts-, Teknik- og Ejendomsudvalget den 5. marts 2018:\nGodkendt.\n\n"
      "2. Orientering fra udvalgsmedlemmer og administration (O)\n\n"
      "2.     Orientering fra udvalgsmedlemmer og administration (O)\n\n"
      "Kompetence: Landdistrikts-, Teknik- og Ejendomsudvalget\nBeslutningstema\n"
      "Der gives orientering af aktuelle tiltag, sager, projekter m.m.\n"
      "1. Orientering fra udvalgsformanden.\n"
      "2. Orientering fra Landdistrikts-, Teknik- og Ejendomsudvalget’s medlemmer.\n"
      "3. Orientering fra Administrationen.\n4. Masterplan med kommende sager og temamøder er vedlagt.\n"
      "Indstilling\nCentercheferne for Teknik og Miljø samt Kommunale Ejendomme indstiller,\n"
      "1.    at orienteringerne tages til efterretning.\n"
      "Beslutning i Landdistrikts-, Teknik- og Ejendomsudvalget den 5. marts 2018:\n"
      "Administrationen orienterede om anlægsarbejde \"Solens Plads\" i Korsør.\n\n"
      "3. Kompetenceplan 2018 (D)\n\n3.     Kompetenceplan 2018 (D)\n\n"
      "Kompetence: Fagudvalgene\nBeslutningstema\nFagudvalgene skal godkende kompetenceplanen.\n";
  const std::vector<std::string> expected = {"Godkendelse af dagsorden (B)",
                                             "Orientering fra udvalgsmedlemmer og administration (O)",
                                             "Kompetenceplan 2018 (D)"};
  EXPECT_EQ(titles(corpus::parse_meeting(text, "x.txt")), expected);
}
