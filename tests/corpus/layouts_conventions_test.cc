// Conventions of the Danish agenda systems' exports that the recogniser met
// in the real-world cases 412-441: tables of contents under their own
// heading, and the open/closed status column. One TEST per rule of
// corpus/items.cc, on a short excerpt written in that convention. See
// docs/ARCHITECTURE.md §4.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus/parser.h"
#include "tests/corpus/items_case.h"

namespace {

using corpus_test::titles;

// "Sagsoversigt" / "Side" / "01." / "Title ....3": a table of contents
// under its own heading, the number on a line of its own and a long title
// wrapped with its dot leader on the last line. When the text ends in it
// (an excerpt), its entries are the items, and the file's name numbered
// "00" on the first line is none.
TEST(LayoutsConventionsTest, HeadedContentsTheTextEndsIn) {
  const std::string text =
      "00 Referat uden bilag - Byens Kommune\n\nReferat\nØkonomiudvalget\nMødedato:\nMandag den 16. marts 2015\n"
      "Medlemmer:\nAnne Holm (C)\nBo Jensen (A)\nSagsoversigt\nSide\n01.\n"
      "Godkendelse af dagsorden.................................................4\n02.\n"
      "Endelig stillingtagen til vejadgang til Skovvej 12 - ekspropriation af\n"
      "eksisterende vejadgang og ekspropriation af anden ejendom ............9\n03.\n"
      "Ekspropriation af visse statslige arealer ..................................16\n04.\n"
      "Lejerbo ansøger om godkendelse af byggeregnskab for Banevej (Skema C)\n"
      "..........................................\n";
  const std::vector<std::string> expected = {
      "Godkendelse af dagsorden",
      "Endelig stillingtagen til vejadgang til Skovvej 12 - ekspropriation af eksisterende vejadgang og "
      "ekspropriation af anden ejendom",
      "Ekspropriation af visse statslige arealer",
      "Lejerbo ansøger om godkendelse af byggeregnskab for Banevej (Skema C)"};
  EXPECT_EQ(titles(corpus::parse_meeting(text, "x.txt")), expected);
}

// A docplayer transcript of the same agenda system: the header's labels,
// "Sagsoversigt" and the contents without their numbers run into page 1's
// line, the contents going on over page 2 ("2 17. Status ...") with dot
// leaders and pages, and no body: all its titles are the items
// (Helsingør's Økonomiudvalg 757, its Handicapråd 071).
TEST(LayoutsConventionsTest, SagsoversigtRunIntoTheHeaderOverTwoPages) {
  const std::string text =
      "Referat Økonomiudvalget\n\nTranskript\n\n1 Referat Økonomiudvalget : Mandag den 24. august 2015 "
      "Mødetidspunkt: Kl. 16:00 Sluttidspunkt: Kl. 19:15 Mødested: Det Hvide Værelse, Rådhuset Bemærkninger: "
      "Medlemmer: Benedikte Kiær (C) Henrik Møller (A) Christian Holm Donatzky (B) Anders Drachmann (C) "
      "Deltagere: Michael Mathiesen (C) Fraværende: Anders Drachmann Sagsoversigt 01. Godkendelse af indkaldt "
      "stedfortræder Godkendelse af dagsorden Ny erhvervs- og vækstpolitik Ny Udbuds- og Indkøbspolitik "
      "Opløsning af Business & Events Elsinore Ny aftale for Iværksætterhuset - Fortsat samarbejde om lokal "
      "iværksættervejledning Skolen i Bymidten - anlægsprojekt Godkendelse af forslag til "
      "tomgangsregulativ...46\n\n2 17. Status på Visionsmål primo orientering Justering af Helsingør Kommunes "
      "Vision Valg af bestyrelsesmedlemmer til bestyrelsen for Den selvejende institution Poppelhaven "
      "Årsregnskab 2014 plejehjemmet Birkebo Revisionens afsluttende beretning Lukket - Salg af vejareal "
      "Eventuelt Orientering vedrørende Nordsjællands Brandvæsen...67 Bilagsliste...69\n\n3 3\n";
  const std::vector<std::string> expected = {
      "Godkendelse af indkaldt stedfortræder",
      "Godkendelse af dagsorden",
      "Ny erhvervs- og vækstpolitik",
      "Ny Udbuds- og Indkøbspolitik",
      "Opløsning af Business & Events Elsinore",
      "Ny aftale for Iværksætterhuset - Fortsat samarbejde om lokal iværksættervejledning",
      "Skolen i Bymidten - anlægsprojekt",
      "Godkendelse af forslag til tomgangsregulativ",
      "Status på Visionsmål primo orientering",
      "Justering af Helsingør Kommunes Vision",
      "Valg af bestyrelsesmedlemmer til bestyrelsen for Den selvejende institution Poppelhaven",
      "Årsregnskab 2014 plejehjemmet Birkebo",
      "Revisionens afsluttende beretning",
      "Lukket - Salg af vejareal",
      "Eventuelt",
      "Orientering vedrørende Nordsjællands Brandvæsen"};
  EXPECT_EQ(titles(corpus::parse_meeting(text, "x.txt")), expected);
}

// A dotted table of contents (Næstved's Byråd, 758): the agenda's group
// "Punkter på åben dagsorden:" before the first entry is no part of its
// title, and an entry wrapped onto the next line, its number on the first
// ("130. Fuglebjerg Fjernvarme - ... med" / "lånefinansiering..... 19"),
// is one entry.
TEST(LayoutsConventionsTest, DottedContentsWithGroupAndWrappedEntries) {
  const std::string text =
      "Referat af Byrådets møde d. 08.06.2009\n\nÅbent referat for Byrådet\n\nMødedato 08.06.2009\n\n"
      "Tid 18:30\n\nSted Byrådssalen, Teatergade 8\n\nIndholdsfortegnelse:\n\n"
      "Punkter på åben dagsorden: 124. Borgerrådgiverens beretning for 2008 ....................... 2\n\n"
      "125. Revision af mål i Beskæftigelsesplan 2009 ................................. 5\n\n"
      "129. Frigivelse af anlægsbevilling til naturforvaltning 2009. ............ 16\n\n"
      "130. Fuglebjerg Fjernvarme - kommunegaranti i forbindelse med\n\n"
      "lånefinansiering................................................................................ 19\n\n"
      "131. Næstved Varmeværk - kommunegaranti i forbindelse med\n\n"
      "lånefinansiering................................................................................ 21\n";
  const std::vector<std::string> expected = {
      "Borgerrådgiverens beretning for 2008", "Revision af mål i Beskæftigelsesplan 2009",
      "Frigivelse af anlægsbevilling til naturforvaltning 2009",
      "Fuglebjerg Fjernvarme - kommunegaranti i forbindelse med lånefinansiering",
      "Næstved Varmeværk - kommunegaranti i forbindelse med lånefinansiering"};
  EXPECT_EQ(titles(corpus::parse_meeting(text, "x.txt")), expected);
}

// "Indholdsfortegnelse" / "Sag nr. Side" / a column of numbers / a column
// of titles / "91. Title" rows / "Bilagsoversigt" / the pages: the whole
// table is listing, up to the body's heading whose number it listed ("79.
// Meddelelser"); the rows the cut-off text never reaches are no items.
TEST(LayoutsConventionsTest, HeadedContentsUpToTheBodysHeading) {
  const std::string text =
      "Økonomiudvalget\nReferat\nMødedato:\nMandag den 08-04-2013\nIndholdsfortegnelse\nSag nr. Side\n"
      "79.\n80.\n81.\nMeddelelser\nDrøftelse af besparelse på badebroer\nNormering af stilling som IT chef\n"
      "82. Støttemur Bagenkop\n83. Langelands Biavlerforening, arealer til forskningsprojekt for vilde bier og\n"
      "insekter\n84. Teletaxi fra Spodsbjerg\nBilagsoversigt\nUnderskriftsside\n79\n80\n81\n83\n84\n"
      "Økonomiudvalget, Mandag den 08-04-2013\n79\n79. Meddelelser\n12/15486\nÅben sag\n"
      "Beslutning\nTaget til efterretning.\n";
  const std::vector<std::string> expected = {"Meddelelser"};
  EXPECT_EQ(titles(corpus::parse_meeting(text, "x.txt")), expected);
}

// "INDHOLDSFORTEGNELSE Sag nr.: Emne 1. Title Åbent Title Åbent ...": an
// agenda system's contents run into one line by a transcript, each title
// followed by its status ("Åbent" / "Lukket"). The status words divide the
// titles; a last title without one (cut off) goes.
TEST(LayoutsConventionsTest, StatusColumnDividesRunOnContents) {
  const std::string text =
      "1 ÅBENT REFERAT ØKONOMIUDVALG Mødedato: 16. juni 2009 Mødested: Byrådssal\n\n"
      "2 INDHOLDSFORTEGNELSE Sag nr.: Emne 1. Tønderingvej - Etablering af vejanlæg - Bevillingssag Åbent "
      "Områdefornyelse i Durup - bevillingssag Åbent Erhvervskontoret Åbent Placering af planfunktionen Åbent "
      "Planstrategi 2009 Lukket Skive Jollehavn - Lokalplan nr Oplagsområde vedr Skive Jollehavn Åbent Budgetsta\n";
  const std::vector<std::string> expected = {
      "Tønderingvej - Etablering af vejanlæg - Bevillingssag", "Områdefornyelse i Durup - bevillingssag",
      "Erhvervskontoret", "Placering af planfunktionen", "Planstrategi 2009",
      "Skive Jollehavn - Lokalplan nr Oplagsområde vedr Skive Jollehavn"};
  EXPECT_EQ(titles(corpus::parse_meeting(text, "x.txt")), expected);
}

// "Indholdsfortegnelse 1 (Åben) Title 4 2 (Åben) Title 5 ...": the status
// in brackets between each entry's number and its title, the page after
// it (Region Sjælland's Regionsrådet, 8 March 2021, run into one line as a
// transcript prints it; Gentofte prints it with dot leaders). The text ends
// in the contents, so its entries are the items, without their pages; the
// last one as far as the text goes.
TEST(LayoutsConventionsTest, BracketedStatusDividesRunOnContents) {
  const std::string text =
      "Referat - Regionsrådet 2018-2021\n\nTranskript\n\n"
      "1 Søg Referat Referat - Regionsrådet 2018-2021 08-03-2021 16:00 Video Fraværende: Camilla Aff "
      "Bredegaard (A) Indholdsfortegnelse 1 (Åben) Godkendelse af dagsorden 4 2 (Åben) Forslag til Plan for "
      "udvikling af dialyseområdet 2021-2025 5 3 (Åben) Beslutning om vedtagelse af Råstofplan 2020 9 4 (Åben) "
      "Optagelse af lån vedrørende 2020 14 5 (Åben) Bevillingsændringer marts 2021  16 6 (Åben) Udpegning af "
      "delegerede t\n";
  const std::vector<std::string> expected = {
      "Godkendelse af dagsorden", "Forslag til Plan for udvikling af dialyseområdet 2021-2025",
      "Beslutning om vedtagelse af Råstofplan 2020", "Optagelse af lån vedrørende 2020",
      "Bevillingsændringer marts 2021", "Udpegning af delegerede t"};
  EXPECT_EQ(titles(corpus::parse_meeting(text, "x.txt")), expected);
}

}  // namespace
