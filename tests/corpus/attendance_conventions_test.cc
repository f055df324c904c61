// The Danish conventions of attendance the recogniser reads, one table per
// convention: short texts written as minutes of many agenda systems write
// them (not copied from one document) and the people present and absent
// they must give. See docs/ARCHITECTURE.md §4.7.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus/parser.h"
#include "tests/corpus/people_case.h"

namespace {

using corpus_test::expect_people;
using corpus_test::PeopleCase;
using corpus_test::names;
using corpus_test::sorted;

// An attendance list that a transcript runs on into the minutes' text ends
// where prose starts: after a name that a sentence follows, before a name
// that a sentence leads up to, and never at a name that is a sentence's
// subject.
TEST(AttendanceConventionsTest, ListsEndWhereTheyRunIntoProse) {
  const PeopleCase cases[] = {
      {"a sentence after the last absentee",
       "Referat\nTil stede: Anne Holm, Bo Jensen, Carl Dahl\nAfbud: Bestyrelsesmedlem Dorte Friis "
       "Bestyrelsesformanden åbnede mødet med at byde velkommen til Carl Dahl, som er valgt ind i bestyrelsen "
       "i stedet for Erik Lund. Formanden takkede Bo Jensen.\n1. Budget\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {"Dorte Friis"}},
      {"a label over nothing, then another part of the header",
       "Referat\nTil stede: Anne Holm, Bo Jensen\nFraværende: Bemærkninger til dagsordenen: Projektleder Carl "
       "Dahl er indbudt til at orientere om byggeriet.\n1. Budget\n",
       {"Anne Holm", "Bo Jensen"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A numbered roster read as no items names the meeting's people: present,
// or absent when its entry ends in "AFBUD" (SOSU Sjælland's board, the
// members called run on into one line), and the members presenting
// themselves under an item (Odense's Psykiatriråd); a role's report ("1.
// Formand: Der har ikke været ...") names no one.
TEST(AttendanceConventionsTest, NumberedRosterNamesThePeople) {
  const PeopleCase cases[] = {
      {"members called, absence marked",
       "Protokollat fra bestyrelsesmøde i SOSU Sjælland d. 26. marts 2015\n\n"
       "Indkaldt til mødet 1. Formand Per B. Christensen, direktør i Børne og kulturforvaltningen i Næstved "
       "kommune 2. Næstformand Hanne Hermansen, næstformand i FOA Holbæk 3. Henrik Hvidesten, borgmester i "
       "Ringsted kommune - AFBUD 4. Susanne Lundvald regionsmedlem, Region Sjælland - AFBUD 5. Dorte Saabye, "
       "direktør i Solrød kommune Deltog til og med punkt 5\n\nDagsorden\n\n"
       "1. Protokollat fra mødet d. 3. december 2014\n\nGodkendt.\n",
       {"Per B. Christensen", "Hanne Hermansen", "Dorte Saabye"}, {"Henrik Hvidesten", "Susanne Lundvald"}},
      {"members presenting themselves",
       "Mødereferat for Psykiatrirådet den 23. februar 2023.\n\nAfbud: Helle Sibbersen\n\n"
       "1. Velkommen til Psykiatrirådet v/ Else Kirk\n\nFormanden bød velkommen.\n\n2. Bordet rundt\n\n"
       "- alle medlemmer præsenterer sig:\n\n1. Formand: Else Kirk\n\n"
       "2. Medlem: Maria Lundvig, Bedre Psykiatri\n\n3. Medlem: Kim Bøg-Jensen, UCL, Sundhedsudd\n",
       {"Else Kirk", "Maria Lundvig", "Kim Bøg-Jensen"}, {"Helle Sibbersen"}},
      {"the reports of each role",
       "Referat 2021.11.09\n\nBestyrelsesmøde\n\nAfbud:Birgitte, Kateryna\n\n"
       "1. Godkendelse af referat\n\nGodkendt.\n\n2. Efterretninger max. 20 minutter\n\n"
       "1. Formand: Der har ikke været nogen henvendelser.\n"
       "2. Skoleleder: Coronasituationen har været drøftet med personalet\n3. Nyt fra FRO: Det er diskuteret.\n",
       {}, {"Birgitte", "Kateryna"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "X deltog ikke i sagens behandling": someone named only so is absent (the
// item keeps them too); someone listed present stays present. A decision of
// another meeting quoted in an item tells that meeting's absentees.
TEST(AttendanceConventionsTest, NotTakingPartInAnItem) {
  const PeopleCase cases[] = {
      {"party letters between the names",
       "Referat\n1. Budget\nBeslutning\nGodkendt.\nJens Holm (A), Pia Dahl (V) og Ole Berg (Ø) deltog ikke i "
       "sagens behandling.\n",
       {}, {"Jens Holm", "Ole Berg", "Pia Dahl"}},
      {"listed present, absent for one item",
       "Referat\nTil stede: Anne Holm, Bo Jensen\n1. Budget\nBeslutning\nGodkendt.\nBo Jensen (V) deltog ikke "
       "under behandlingen af dagsordenpunkt 1.\n",
       {"Anne Holm", "Bo Jensen"}, {}},
      {"another committee's decision quoted",
       "Forretningsudvalgets beslutning den 8. november 2022\n1. Budget\n"
       "Forretningsudvalgets beslutning den 8. november 2022:\nAnbefalet.\nJens Holm (D) deltog ikke i sagens "
       "behandling.\nMiljøudvalgets beslutning den 2. november 2022:\nAnbefalet.\nPia Dahl (B) deltog ikke i "
       "behandlingen af sagen.\n",
       {}, {"Jens Holm"}},
      // Danmarks Biblioteksforening's Forretningsudvalg (a PDF transcript):
      // the note in parentheses, as after a dash.
      {"a list entry's note in parentheses",
       "1 24. september 2013 DB s Forretningsudvalg Mandag den 23. september 2013, kl DB, Vartov. REFERAT "
       "Til stede: Vagn Ytte Larsen, Hanne Pigonska (deltog ikke i behandlingen af pkt. 1-7), Kirsten Boelt, "
       "Lars Bornæs, Lone Hedelund, Carl Gustav Johannsen, Henrik Olsen.\n1. Budget\n",
       {"Carl Gustav Johannsen", "Henrik Olsen", "Kirsten Boelt", "Lars Bornæs", "Lone Hedelund",
        "Vagn Ytte Larsen"},
       {"Hanne Pigonska"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A guest's "X deltager." in the minutes' header, by the theme sessions the
// meeting held (Viborg's Børne- og Ungdomsudvalg, verbatim), or "X deltager
// under punkt 19" (DSAM's board, after a guest's label): the guest came. The
// same sentence in an agenda, or in an item about another event ("Niels,
// Jørn og Thor deltager.", AffaldPlus' board), plans, and tells nothing.
TEST(AttendanceConventionsTest, GuestTakingPartInTheMinutesHeader) {
  const PeopleCase cases[] = {
      {"theme sessions with their guests",
       "Børne- og Ungdomsudvalget - Referat fra mødet den 14-06-2016\n\nReferat\n\n"
       "Temamøde om færdsel på Nettet kl. 12.15-12.30. Louise Ørum Skytt deltager. Temamøde: Børne- og "
       "Elevtalsprognose kl. 12.30-13.30. Henrik Klavsen deltager. Møde med Handicaprådet kl. 15.30-17.00\n\n"
       "  • 1 Budget 2017 - 2020\n    • Sagsfremstilling\n\n      Efter procesplanen for budgetlægningen "
       "behandler udvalgene på junimødet anlægsbudgettet herunder:\n",
       {"Henrik Klavsen", "Louise Ørum Skytt"}, {}},
      {"a guest for one item",
       "Referat fra bestyrelsesmøde\n\nPeder Ahnfeldt-Mollerup deltager under punkt 19\n\n1. Budget\nTekst.\n",
       {"Peder Ahnfeldt-Mollerup"}, {}},
      {"an agenda's guest is planned",
       "Dagsorden\n\nTemamøde om færdsel på Nettet kl. 12.15-12.30. Louise Ørum Skytt deltager.\n\n"
       "1. Budget 2017 - 2020\nSagsfremstilling\nTekst.\n",
       {}, {}},
      {"members going to another event",
       "Referat\n1. Årsmøde\nBeslutning:\nNiels Holm, Jørn Dahl og Thor Berg deltager.\n",
       {}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// PDF transcripts run a list's names together: the split that reads best,
// names starting at a known first name or at least ending in a surname, so
// a first name we do not know ("Tormund") still starts a name before
// "Olsen"; double first names stay whole; a flattened table's column of
// roles after the names is no name.
TEST(AttendanceConventionsTest, RunTogetherNamesReadByTheirShape) {
  const PeopleCase cases[] = {
      {"unknown first names before a surname",
       "Referat\nMedlemmer: Finn Holm Tormund Olsen Marianne Frederik Lise Müller Karin Friis Bach Ragnvald Løkke "
       "Rasmussen\n1. Budget\n",
       {"Finn Holm", "Tormund Olsen", "Marianne Frederik", "Lise Müller", "Karin Friis Bach",
        "Ragnvald Løkke Rasmussen"},
       {}},
      {"a column of roles after the names",
       "REFERAT\nUdvalget\nMEDLEMMER Anne Holm Bo Jensen Niels Erik Iversen Dorte Friis Formand Næstformand "
       "Medlem Medlem\n1. Budget\n",
       {"Anne Holm", "Bo Jensen", "Niels Erik Iversen", "Dorte Friis"}, {}},
      {"absentees run on into an address",
       "Referat\nFraværende: Anne Holm Bo Jensen Carl Dahl Rød 3, Rådhuset\n1. Budget\n", {},
       {"Anne Holm", "Bo Jensen", "Carl Dahl Rød"}},
      {"a line of capitalised words is no list of names",
       "Referat\nDeltagere: Anne Holm\nRegionshuset Viborg Skottenborg Lokale Nord\n1. Budget\n", {"Anne Holm"},
       {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Groups in the header: a heading without a label's word over people one a
// line ("Rektorat" / "Rektor Anne Holm") lists them present; an absence list
// ends at the next group's heading once it has names.
TEST(AttendanceConventionsTest, GroupsUnderTheirHeadings) {
  const PeopleCase cases[] = {
      {"groups after an empty absence list",
       "Referat\nTil stede\nAnne Holm, formand\nBo Jensen\nFraværende\nIngen\n\nRektorat\nRektor Carl Dahl, "
       "under punkt 1 - 7\nProrektor Dorte Friis\n\nSekretariat\nVicedirektør Erik Lund\nChefjurist Finn Berg\n"
       "1. Budget\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl", "Dorte Friis", "Erik Lund", "Finn Berg"}, {}},
      {"an absence list, then a group",
       "Referat\nDeltagere: Anne Holm\nFraværende:\nBo Jensen\nCarl Dahl\nFra administrationen:\nDorte Friis\n"
       "Erik Lund\n1. Budget\n",
       {"Anne Holm", "Dorte Friis", "Erik Lund"}, {"Bo Jensen", "Carl Dahl"}},
      {"a group whose heading is a department",
       "Referat\nAfbud: Anne Holm\nSekretariatet:\nBo Jensen\nCarl Dahl\n1. Budget\n",
       {"Bo Jensen", "Carl Dahl"}, {"Anne Holm"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Who spoke at the meeting, told in the past tense, was there; a programme's
// presenter ("v/ X", "byder velkommen") is not recorded as present.
TEST(AttendanceConventionsTest, SpeakersInThePastTense) {
  const PeopleCase cases[] = {
      {"orienterede, bød velkommen",
       "Referat\nDeltagere: Anne Holm\n1. Budget\nBeslutning\nUdviklingskonsulent Bo Jensen bød velkommen. "
       "Carl Dahl oplyste, at budgettet holder.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {}},
      {"a job title before a name of three words",
       "Referat\nDeltagere: Anne Holm\n1. Beretning\nFormand Jens Ove Friis aflagde bestyrelsens beretning.\n",
       {"Anne Holm", "Jens Ove Friis"}, {}},
      {"a programme",
       "Dagsorden\nDeltagere: Anne Holm\n1. Velkomst v/ Bo Jensen\nSagsfremstilling\nLeder Carl Dahl byder "
       "velkommen.\n",
       {"Anne Holm"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// People named as giving an item's presentation ("Oplæg ved", "v/", with a
// job title before a full name) took part; only where the item's minutes
// are (its outcome section, or its text when it has none), and only a full
// name led by a known first name, not a place or an office after "ved".
TEST(AttendanceConventionsTest, PresentersNamedAfterVed) {
  const PeopleCase cases[] = {
      // Region Midtjylland, Udvalg for nære sundhedstilbud (verbatim decision).
      {"oplæg ved, a list with roles",
       "Referat\nDeltagere: Anne Holm\n1. Tema: Besøg hos Horsens Kommune\nSagsfremstilling\nBesøget.\nBeslutning\n"
       "Udvalget modtog oplæg om projektet \"Job Job job\", ved Lene Gilsaa, projektleder, Lise Andersen og Lonni "
       "Simonsen, projektmedarbejdere. Præsentationen vedlægges referatet.\n",
       {"Anne Holm", "Lene Gilsaa", "Lise Andersen", "Lonni Simonsen"}, {}},
      // Køge, Handicaprådet (verbatim item text).
      {"v/ and a title in apposition",
       "Referat\nDeltagere: Anne Holm\n1. Orientering og rundvisning på Fremtidslinjen STU\n\n"
       "v/ leder af Fremtidslinjen, Dorte Lindegaard Henriksen\n\nDorte holdt oplæg om Fremtidslinjen – se "
       "vedhæftede PowerPoint præsentation.\n",
       {"Anne Holm", "Dorte Lindegaard Henriksen"}, {}},
      // Vækstforum Hovedstaden (verbatim item text up to the name; the
      // transcript runs "Erhvervsstyrelsen" on, which is not read apart).
      {"oplæg v/ a capitalised title",
       "Referat\nDeltagere: Anne Holm\n3. Tema: Den kommende EU-strukturfondsperiode\nOplæg v/ Regionalchef "
       "Preben Gregersen\n",
       {"Anne Holm", "Preben Gregersen"}, {}},
      // Region Nordjylland, Politisk Sundhedsklynge Syd: a programme in the
      // case text of an item with a decision; and "ved" before an office.
      {"a programme announced",
       "Referat\nDeltagere: Anne Holm\n5. Orientering vedr. Sundhedsklyngemøde\nKl. 18.10 – Ulighed i Klynge Syd:\n"
       "Med udgangspunkt i data tegnes et billede af ulighed. Oplæg ved Jan Nybo og Rikke Petersen Ravn\n"
       "Beslutning\nOrientering ved forvaltningen. Indstillingen blev fulgt.\n",
       {"Anne Holm"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Substitutes: named in a note after the absent member, or called in.
TEST(AttendanceConventionsTest, SubstitutesInNotesAndCalledIn) {
  const PeopleCase cases[] = {
      {"a note in an absence list",
       "Referat\nDeltagere: Anne Holm\nAfbud\n- Bo Jensen\n- Carl Dahl (suppleant Dorte Friis deltager i stedet)\n"
       "1. Budget\n",
       {"Anne Holm", "Dorte Friis"}, {"Bo Jensen", "Carl Dahl"}},
      {"the substitute after a dash, then the word",
       "Referat\nDeltagere\n • Anne Holm, V\n • Bo Jensen, F\n\n • Afbud\n • Bo Jensen, F - Erik Lund "
       "stedfortræder\n • Carl Dahl, V - Gitte Madsen stedfortræder\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Erik Lund", "Gitte Madsen"}, {"Bo Jensen", "Carl Dahl"}},
      {"a stand-in called in",
       "Referat\n1. Fraværende\nAnne Holm var fraværende.\n2. Indkaldelse af stedfortræder\n"
       "1. stedfortræder på liste V, Bo Jensen, er derfor indkaldt til mødet.\n",
       {"Bo Jensen"}, {"Anne Holm"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Labels that open with attendance ("Deltagerer", "Deltagere fra
// kommunerne", "Til stede fra regionen"), and the heads of a two-column
// table: each column under its label; a flattened head ("Deltagere:
// Afbud:") over names lists them present; a label inside a value starts the
// next list.
TEST(AttendanceConventionsTest, LabelsAndFlattenedTables) {
  const PeopleCase cases[] = {
      {"labels that open with attendance",
       "Referat\nDeltagerer\nAnne Holm, Bo Jensen\nDeltagere fra kommunerne: Carl Dahl\nTil stede fra regionen: "
       "Dorte Friis\n1. Budget\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl", "Dorte Friis"}, {}},
      {"the members of the body the label names",
       "Referat\nMedlemmer af Ungdomsskolebestyrelsen:\nAnne Holm\nByrådsmedlem\nBo Jensen\nOrganisationerne\n"
       "\n1. Budget\n",
       {"Anne Holm", "Bo Jensen"}, {}},
      {"a post written out under a name",
       "Referat\nDeltagere:\nAnne Holm\nByrådsmedlem\nBo Jensen\nDaglig leder af Ungdomsskolen og "
       "Fritidsungdomsklubberne\nCarl Dahl\nLeder af 10. klasse center\n\n1. Budget\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {}},
      {"a double first name with a spaced dash",
       "Referat\nTilstede: Bent, Kent, Knud – Erik og Anne-Lise\n\n1. Budget\nGodkendt.\n",
       {"Bent", "Kent", "Knud-Erik", "Anne-Lise"}, {}},
      {"a label closed by a full stop",
       "Referat\nTilstede. Anne Holm, Bo Jensen og Carl Dahl\nAd.1. Aktivitetslisten.\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {}},
      {"a label glued to the date before it",
       "Referat\n\nReferat fra møde i bestyrelsen:Støttekredsen 22.02.22Tilstede: Anne Holm, Bo Jensen og Carl "
       "Dahl\n\nDagsorden godkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {}},
      {"a table of two columns",
       "Referat\nDeltagere\tAfbud\nAnne Holm\tCarl Berg\nBo Jensen\tDorte Friis\nErik Lund\n1. Budget\n",
       {"Anne Holm", "Bo Jensen", "Erik Lund"}, {"Carl Berg", "Dorte Friis"}},
      {"a flattened head",
       "Referat\nDeltagere: Afbud: Anne Holm, Bo Jensen, Carl Dahl\n1. Budget\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {}},
      {"labels inside a value",
       "Referat\nTil stede: Anne Holm, Bo Jensen Afbud: Carl Berg Referent: Ida Dahl\n1. Budget\n",
       {"Anne Holm", "Bo Jensen", "Ida Dahl"}, {"Carl Berg"}},
      {"a bare absence label inside a short list",
       "Referat\nDeltagere Anne Holm, Bo Jensen, Carl Hørby Dahl Afbud Mette Kramer\n1. Budget\n",
       {"Anne Holm", "Bo Jensen", "Carl Hørby Dahl"}, {"Mette Kramer"}},
      {"a flattened table's status is no label",
       "Referat\nDeltagere Anne Holm Medlem Deltog Bo Jensen Medlem Afbud Mette Kramer Medlem Deltog\n1. Budget\n",
       {"Anne Holm", "Mette Kramer"}, {"Bo Jensen"}},
      {"a flattened table's status of presence in two words",
       "Referat\nDeltagere: Helle Pedersen Til stede Poul Lykke Behrendt Afbud Tina Mikkelsen Til stede Stine Olsen "
       "Afbud\n1. Budget\n",
       {"Helle Pedersen", "Tina Mikkelsen"}, {"Poul Lykke Behrendt", "Stine Olsen"}},
      {"the same in lower case, the last row present",
       "Referat\nDeltagere: Anne Holm til stede Bo Jensen Afbud Mette Kramer til stede\n1. Budget\n",
       {"Anne Holm", "Mette Kramer"}, {"Bo Jensen"}},
      {"the secretary inside a run-on line",
       "Referat\nDeltagere: Anne Holm, Bo Jensen Afbud: Carl Berg, Dorte Friis, Erik Lund Sekretær: Ida Dahl\n"
       "1. Budget\n",
       {"Anne Holm", "Bo Jensen", "Ida Dahl"}, {"Carl Berg", "Dorte Friis", "Erik Lund"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Absence as minutes write it: notes after a name, sentences, and an
// absence list on its label's line that ends there.
TEST(AttendanceConventionsTest, AbsenceNotesAndSentences) {
  const PeopleCase cases[] = {
      {"notes after names",
       "Referat\nMedlemmer:\nAnne Holm (A)\nBo Jensen (V) (forfald)\nCarl Dahl - fraværende\nDorte Friis (ikke til "
       "stede)\nErik Lund (syg)\n1. Budget\n",
       {"Anne Holm"}, {"Bo Jensen", "Carl Dahl", "Dorte Friis", "Erik Lund"}},
      {"sentences",
       "Referat\nAnne Holm havde anmeldt lovligt forfald. Bo Jensen var forhindret. Carl Dahl kunne ikke "
       "deltage. Afbud modtaget fra Dorte Friis.\n1. Budget\nGodkendt.\n",
       {}, {"Anne Holm", "Bo Jensen", "Carl Dahl", "Dorte Friis"}},
      {"an absence list on its label's line, a new paragraph after it",
       "Referat\nTil stede: Anne Holm\nAfbud: Bo Jensen, Carl Dahl\n\nDorte Friis\nErik Lund\n1. Budget\n",
       {"Anne Holm"}, {"Bo Jensen", "Carl Dahl"}},
      {"an absence list that goes on",
       "Referat\nTil stede: Anne Holm\nAfbud: Bo Jensen, Carl Dahl,\nDorte Friis\n1. Budget\n",
       {"Anne Holm"}, {"Bo Jensen", "Carl Dahl", "Dorte Friis"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// An absence list goes on over the lines of its paragraph that are names
// only ("Afbud: Anne Holm" / "Bo Jensen", no blank line between them), and
// over a line that gives an absentee's reason; a per-item absence in it
// ("deltog ikke i punkterne 2 – 11") is an absence too.
TEST(AttendanceConventionsTest, AbsenceListsOverSeveralLines) {
  const PeopleCase cases[] = {
      {"one name a line under the label's line",
       "Referat\nTil stede: Anne Holm\nAfbud: Bo Jensen\nCarl Dahl\nDorte Friis\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm"}, {"Bo Jensen", "Carl Dahl", "Dorte Friis"}},
      {"titles and party letters on the lines that go on",
       "Referat\nTil stede: Anne Holm\nFraværende: Bo Jensen (A)\nBorgmester Carl Dahl (V), Dorte Friis (F)\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm"}, {"Bo Jensen", "Carl Dahl", "Dorte Friis"}},
      {"a reason after each absentee",
       "Referat\nTil stede: Anne Holm\nAfbud fra:\nBorgmester Bo Jensen grundet tjenesterejse.\n"
       "Koncerndirektør i Region Hovedstaden Carl Dahl grundet et andet møde.\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm"}, {"Bo Jensen", "Carl Dahl"}},
      {"a reason and a sentence on one absentee's line",
       "Referat\nTil stede: Anne Holm\nAfbud:\n\nBo Jensen grundet sygdom, suppleant Erik Lund deltager. Der er "
       "ingen 2. suppleant.\n\nCarl Dahl grundet arbejde, suppleant Gitte Madsen deltager\n\nDorte Friis grundet "
       "arbejde. Der er ingen suppleant\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Erik Lund", "Gitte Madsen"}, {"Bo Jensen", "Carl Dahl", "Dorte Friis"}},
      {"absent for some items, in the absence list",
       "Referat\nDeltagere\nAnne Holm\nBo Jensen\nCarl Dahl\n\nAfbud\nBo Jensen\n"
       "Carl Dahl deltog ikke i punkterne 2 – 11\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm"}, {"Bo Jensen", "Carl Dahl"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Sentences that place someone at the meeting: a speaker named between
// commas ("Formand for udvalget, Anne Holm, bød velkommen"), someone who
// came late ("havde meddelt, at han var forsinket"); late and missing items
// ("var forsinket ... og ikke under behandlingen af punkt 1") is absent.
TEST(AttendanceConventionsTest, LateAndSpeakersInApposition) {
  const PeopleCase cases[] = {
      {"a speaker in apposition",
       "Referat\nAfbud: Bo Jensen\n1. Velkomst\nBeslutning\nFormand for udvalget, Anne Holm, bød velkommen.\n",
       {"Anne Holm"}, {"Bo Jensen"}},
      {"late, in an item of apologies",
       "Referat\nTil stede: Anne Holm\n1. Afbud\nDer var afbud fra Bo Jensen. Carl Dahl havde meddelt, at han var "
       "forsinket.\n2. Budget\nGodkendt.\n",
       {"Anne Holm", "Carl Dahl"}, {"Bo Jensen"}},
      {"late and missing items",
       "Referat\nTil stede: Anne Holm\n1. Budget\nBeslutning\nGodkendt.\nCarl Dahl (A) var forsinket pga. "
       "arbejde, og deltog derfor først fra kl. 15.45 og ikke under behandling af dagsordenpunkt 1.\n",
       {"Anne Holm"}, {"Carl Dahl"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// The names a run of names splits at are Danish given names and surnames
// from a public list (Danskernes Navne, through php-faker's da_DK provider),
// not only those seen in minutes: "Sune", "Osvald", "Rigmor", "Thyra" start
// names, and "Friis" ends one whose first name we do not know.
TEST(AttendanceConventionsTest, NamesFromThePublicNameList) {
  const PeopleCase cases[] = {
      {"given names of the list in a run",
       "Referat\nMedlemmer: Sune Bak Osvald Kjeldsen Rigmor Winther Thyra Holm\n1. Budget\nGodkendt.\n",
       {"Osvald Kjeldsen", "Rigmor Winther", "Sune Bak", "Thyra Holm"}, {}},
      {"a surname of the list after an unknown first name",
       "Referat\nAfbud: Finn Holm Tormund Friis Karin Bach\n1. Budget\nGodkendt.\n", {},
       {"Finn Holm", "Karin Bach", "Tormund Friis"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Header labels of boards' and associations' minutes: "Næstformand: X"
// (one officer under a role), "Dirigent:" (the chair), "Protokolfører:"
// (the minute taker), "Sekretariat:" (staff present); and sentences that
// tell presence: "A, B og C var til stede", "Mødet blev ledet af X",
// "Formanden X bød velkommen".
TEST(AttendanceConventionsTest, OfficersAndPresenceInSentences) {
  const PeopleCase cases[] = {
      {"officers one a line",
       "Referat\nFormand: Anne Holm\nNæstformand: Bo Jensen\nMedlemmer: Carl Dahl, Dorte Friis\n\n1. Budget\n"
       "Godkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl", "Dorte Friis"}, {}},
      {"the minute taker written short",
       "Referat\nTilstede: Anne Holm, Maria Puk Hansen, Bo Jensen\nReferent: Maria Puk\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Maria Puk Hansen"}, {}},
      // "Fraværende: Per og Jonny." / "Referent: Jane" (Baldersbo 851),
      // "Referent: Leif" (Bork Bådelaug 373): the minute taker by a first
      // name alone was there; not again beside "Peter Svendsen" (KFUM 362).
      {"the minute taker by a first name alone",
       "Referat fra afdelingsbestyrelsesmøde 2. maj 2019.\n\nFraværende: Per og Jonny.\n\nReferent: Jane\n\n"
       "Ad 1. Budget\nGodkendt.\n",
       {"Jane"}, {"Jonny", "Per"}},
      {"the minute taker's first name listed in full",
       "Referat\nTilstede: Anne Holm, Peter Svendsen\nReferent: Peter.\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Peter Svendsen"}, {}},
      {"chair and minute taker of an association",
       "Referat\nTil stede: Anne Holm, Bo Jensen\nIkke til stede: Erik Lund\nDirigent: Carl Dahl\n"
       "Protokolfører: Dorte Friis\nSekretariat: Gitte Madsen, Hans Berg\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl", "Dorte Friis", "Gitte Madsen", "Hans Berg"}, {"Erik Lund"}},
      {"present in a sentence",
       "Referat\nAnne Holm, Bo Jensen og Carl Dahl var til stede. Erik Lund havde meldt afbud.\n\n1. Budget\n"
       "Godkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {"Erik Lund"}},
      {"the chair in a sentence",
       "Referat\nMødet blev ledet af Anne Holm.\nDesuden deltog Bo Jensen.\nAfbud: Erik Lund\n\n1. Budget\n"
       "Godkendt.\n",
       {"Anne Holm", "Bo Jensen"}, {"Erik Lund"}},
      {"a title's definite form before a speaker",
       "Referat\n1. Meddelelser\nFormanden Anne Holm bød velkommen. Afbud fra Erik Lund.\n2. Budget\n"
       "Godkendt.\n",
       {"Anne Holm"}, {"Erik Lund"}},
  };
  for (const auto& c : cases) expect_people(c);
  // A list under its heading whose first lines give the officer's role
  // before a colon (Frederikssund's Ældreråd: "MØDEDELTAGERE" /
  // "Formand: ..." / "Næstformand: ..." / names, blank lines between
  // groups): one list, its chair read as such.
  const corpus::Meeting m = corpus::parse_meeting(
      "Referat\n\nÆldrerådet\n\nTirsdag den 2. januar 2018\n\nMØDEDELTAGERE\n \nFormand: Anne Holm\n\n"
      "Næstformand: Bo Jensen\n\nCarl Dahl\n\nDorte Friis\n \nErik Lund (referent)\n\n1. Budget\nGodkendt.\n",
      "x.txt");
  EXPECT_EQ(names(m, true), sorted({"Anne Holm", "Bo Jensen", "Carl Dahl", "Dorte Friis", "Erik Lund"}));
  EXPECT_EQ(m.chair, "Anne Holm");
}

// Substitutes told in a sentence ("X havde meldt afbud, i stedet deltog
// Y", "Som suppleant for X deltog Y"), a second label after a semicolon
// ("...; afbud: X"), members who voted or made a reservation, and lists
// of initials ("Til stede: AH, BJ, TRF").
TEST(AttendanceConventionsTest, SubstitutesVotesAndInitials) {
  const PeopleCase cases[] = {
      {"afbud, then the substitute in the same sentence",
       "Referat\nTil stede: Anne Holm, Bo Jensen\nErik Lund (A) havde meldt afbud, i stedet deltog stedfortræder "
       "Finn Berg (A).\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Finn Berg"}, {"Erik Lund"}},
      {"the substitute after the member",
       "Referat\nTil stede: Anne Holm, Bo Jensen\nSom suppleant for Erik Lund deltog Finn Berg.\n\n1. Budget\n"
       "Godkendt.\n",
       {"Anne Holm", "Bo Jensen", "Finn Berg"}, {"Erik Lund"}},
      {"a second label after a semicolon",
       "Referat\nTil stede: Anne Holm, Bo Jensen; afbud: Erik Lund\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen"}, {"Erik Lund"}},
      {"votes and reservations",
       "Referat\n1. Budget\nGodkendt.\nBo Jensen (V) og Carl Dahl (F) stemte imod.\nDorte Friis (O) tog "
       "forbehold.\n",
       {"Bo Jensen", "Carl Dahl", "Dorte Friis"}, {}},
      {"initials",
       "Referat\nTil stede: AH, BJ, TRF\nAfbud: EL, FB\n\n1. Budget\nGodkendt.\n", {"AH", "BJ", "TRF"},
       {"EL", "FB"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Deltagerfortegnelse" (KL's layout) over "Name, Municipality" pairs run
// together; a middle name shortened ("Jens Kr. Yde", "Jens Chr. Gjesing");
// "Under punkterne 14 og 18 deltog stedfortræder X, da Y var inhabil".
TEST(AttendanceConventionsTest, ParticipantRegistersAndShortenedNames) {
  const PeopleCase cases[] = {
      {"a register of names and municipalities",
       "Referat\nDeltagerfortegnelse Anne Holm, Assens Bo Jensen, Odense Curt Sørensen, Vejle Gylling Haahr, "
       "Tønder\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Curt Sørensen", "Gylling Haahr"}, {}},
      {"shortened middle names",
       "Referat\nTil stede: Jens Kr. Yde, Hans Chr. Holm, Anne Holm\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Hans Chr. Holm", "Jens Kr. Yde"}, {}},
      {"a substitute for some items",
       "Referat\nTil stede: Anne Holm, Bo Jensen\n1. Budget\nGodkendt.\nUnder punkterne 1 og 2 deltog "
       "stedfortræder Carl Dahl (V), da Bo Jensen (V) var inhabil.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Absence under labels of every wording ("Afbud/fravær:", "Forhindret:",
// "Ikke deltagende:", "Meddelt afbud:", "Sygemeldt:"), never read as
// present; "X meldte afbud", "X havde meldt fra"; a name and its status
// on one line ("Erik Lund: afbud").
TEST(AttendanceConventionsTest, AbsenceLabelsOfEveryWording) {
  const PeopleCase cases[] = {
      {"labels of absence",
       "Referat\nTil stede: Anne Holm, Bo Jensen\nAfbud/fravær: Carl Dahl, Dorte Friis\nForhindret: Erik Lund\n"
       "Ikke deltagende: Finn Berg\nMeddelt afbud: Gitte Madsen\nSygemeldt: Hans Nielsen\n\n1. Budget\n"
       "Godkendt.\n",
       {"Anne Holm", "Bo Jensen"},
       {"Carl Dahl", "Dorte Friis", "Erik Lund", "Finn Berg", "Gitte Madsen", "Hans Nielsen"}},
      {"sentences of absence",
       "Referat\nTil stede: Anne Holm, Bo Jensen\nErik Lund meldte afbud. Finn Berg og Gitte Madsen havde meldt "
       "fra.\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen"}, {"Erik Lund", "Finn Berg", "Gitte Madsen"}},
      {"a name and its status on one line",
       "Referat\nDeltagere:\nAnne Holm: til stede\nBo Jensen: til stede\nErik Lund: afbud\n\n1. Budget\n"
       "Godkendt.\n",
       {"Anne Holm", "Bo Jensen"}, {"Erik Lund"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Lars Holm for Bo Jensen" and "(for Bo Jensen)" in a list of those
// present: the one named after "for" was replaced, so absent.
TEST(AttendanceConventionsTest, CameForAnother) {
  const PeopleCase cases[] = {
      {"for in the list",
       "Referat\nDeltagere: Anne Holm, Lars Holm for Bo Jensen, Carl Dahl\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Carl Dahl", "Lars Holm"}, {"Bo Jensen"}},
      {"for in a note after the organisation",
       "Referat\nDeltagere:\nAnne Holm, Aarhus Kommune\nInga Blom, Ærø Kommune (for Ole W. Petersen)\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm", "Inga Blom"}, {"Ole W. Petersen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Karen Clausen: Kommunalbestyrelsesmedlem for Enhedslisten" / "Mette
// Meldgaard: Medusa": a list of one person a line, each name followed by a
// colon and the person's role or organisation (web pages of councils and
// associations write them so). What stands after the colon is never a
// person; a group's name before a colon ("Bestyrelsen: A, B") still is no
// person either.
TEST(AttendanceConventionsTest, NameColonRole) {
  const PeopleCase cases[] = {
      {"bulleted, roles and organisations after the colon",
       "Referat\nDeltagere:\n\n \u2022 Karen Thestrup Clausen: Kommunalbestyrelsesmedlem for Enhedslisten\n"
       " \u2022 Stine Welent Andersen: Home Start Nordvestsjælland\n \u2022 Rie Lindekrans: Konsulent, Staben, SIOU\n\n"
       "Afbud:\n\n \u2022 Martin Vibe\n\n1. Budget\nGodkendt.\n",
       {"Karen Thestrup Clausen", "Rie Lindekrans", "Stine Welent Andersen"}, {"Martin Vibe"}},
      {"on one line, and a group before its members",
       "Referat\nDeltagere: Anne Holm: formand, Bo Jensen: Medusa\nBestyrelsen: Carl Dahl, Dorte Friis\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl", "Dorte Friis"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Følgende var fraværende:", "Følgende havde meldt forfald:": a label that
// opens with "Følgende" and speaks of absence heads the absent.
// "Suppleant Carl Dahl deltog for Erik Lund": Carl came in Erik's place
// ("deltog for første gang" names no one replaced). Names written in
// capitals ("ANNE HOLM") are read as names when they start at a known first
// name.
TEST(AttendanceConventionsTest, FollowingAbsentSubstituteForAndCapitals) {
  const PeopleCase cases[] = {
      {"Følgende var fraværende",
       "Referat\nTil stede: Anne Holm, Bo Jensen\nFølgende var fraværende: Dorte Friis\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen"}, {"Dorte Friis"}},
      {"Følgende havde meldt forfald",
       "Referat\nTil stede: Anne Holm, Bo Jensen\nFølgende havde meldt forfald: Dorte Friis og Erik Lund\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen"}, {"Dorte Friis", "Erik Lund"}},
      {"a substitute deltog for another",
       "Referat\nTil stede: Anne Holm, Bo Jensen\n\n1. Meddelelser\nSuppleant Carl Dahl deltog for Erik Lund.\n"
       "Carl Dahl deltog for første gang.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {"Erik Lund"}},
      {"names in capitals",
       "Referat\nTil stede: ANNE HOLM, BO S. JENSEN, KL\nAfbud: DORTE FRIIS-ØSTERGAARD\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo S. Jensen"}, {"Dorte Friis-Østergaard"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Lists broken or joined as minutes write them: the last name on a line of
// its own after "og", two names joined by a slash; absence told as "X har
// forfald" / "X har afbud", only the clause's own subject absent.
TEST(AttendanceConventionsTest, ListJoinsAndPresentTenseAbsence) {
  const PeopleCase cases[] = {
      {"the last absentee on a line of its own",
       "Referat\nDeltagere: Anne Holm, Bo Jensen\nAfbud fra: Erik Lund, Finn Berg\nog Gitte Madsen\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen"}, {"Erik Lund", "Finn Berg", "Gitte Madsen"}},
      {"two names joined by a slash",
       "Referat\nTil stede: Anne Holm, Bo Jensen\nAfbud: Erik Lund/Finn Berg\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen"}, {"Erik Lund", "Finn Berg"}},
      {"har forfald, and a substitute's clause before the absentee's",
       "Referat\nTil stede: Anne Holm, Bo Jensen\n\n1. Meddelelser\nErik Lund har forfald.\n"
       "Carl Dahl deltog som suppleant, da Finn Berg har afbud.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {"Erik Lund", "Finn Berg"}},
      {"first names of many origins",
       "Referat\nMedlemmer: Timo Jensen, Mazlum Øz, Thit Birk Petersen, Kateryna Holm\n\n1. Budget\nGodkendt.\n",
       {"Kateryna Holm", "Mazlum Øz", "Thit Birk Petersen", "Timo Jensen"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A list run together without commas, as PDF transcripts print it, splits
// where a known first name starts a person: a first name the vocabulary
// lacked left that person unread, glued to the one before as a role.
// Excerpts of docplayer and yumpu transcripts of a museum's board, a
// national committee for fire prevention, the state's forest council and a
// patients' association's local branch (its referent's election).
TEST(AttendanceConventionsTest, FirstNamesInListsRunTogether) {
  const PeopleCase cases[] = {
      {"titles before names, no separators (a museum's board)",
       "Referat af møde i Vikingeskibsmuseets bestyrelse\nTilstede: Borgmester Joy Mogensen (formand) Ole "
       "Christiansen Direktør Gurli Martinussen Direktør Lars Fredsted Michael Lunn Björn Varenius Økonomichef "
       "Claus Christiansen Museumsdirektør Tinna Damgård-Sørensen\n\nPkt. 1 Godkendelse af dagsorden\nDagsorden "
       "blev godkendt\n",
       {"Björn Varenius", "Claus Christiansen", "Gurli Martinussen", "Joy Mogensen", "Lars Fredsted", "Michael Lunn",
        "Ole Christiansen", "Tinna Damgård-Sørensen"},
       {}},
      {"name, organisation, name (a fire-prevention committee)",
       "Referat\nDeltagere: Jan Riis, FKB, kreds 5 Marcello Francati, FKB, Københavns Brandvæsen Henrik G. "
       "Petersen, BRS, Center for Forebyggelse\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Henrik G. Petersen", "Jan Riis", "Marcello Francati"}, {}},
      {"staff run together (the forest council)",
       "UDKAST - Referat af Skovrådets 8. ordinære møde\nFra Naturstyrelsen deltog: Camila Brask Lentz Mette "
       "Marcker Christiansen Henrik Kundby (under pkt. 4) Pernille Karlog (under pkt. 6) Gry Errboe (referent)\n\n"
       "1) Præsentationsrunde\nGodkendt.\n",
       {"Camila Brask Lentz", "Gry Errboe", "Henrik Kundby", "Mette Marcker Christiansen", "Pernille Karlog"}, {}},
      {"the elected referent (a patients' local branch)",
       "Stiftende generalforsamling i Lokalforeningen, Hjerneskadeforeningen Skive\n\nAd.1 Valg af "
       "dirigent\n\nVagn Solberg Pedersen blev valgt.\n\nAd. 2 Valg af referent\n\nLiza Bach blev valgt\n",
       {"Liza Bach", "Vagn Solberg Pedersen"}, {}},
      {"a council's comma list run into its contents (a town council)",
       "Referat\nDeltagere: Bruno Hansen, Arne Ebsen, Jesper Kiel, Susanne Gustenhoff, Gonzalo Carrillo, "
       "Steven Johannes Legêne Indholdsfortegnelse Sag Tekst Sidenr.\n1. Godkendelse af dagsorden\n",
       {"Arne Ebsen", "Bruno Hansen", "Gonzalo Carrillo", "Jesper Kiel", "Steven Johannes Legêne",
        "Susanne Gustenhoff"},
       {}},
      {"a name of three words before its office (a school board)",
       "Skolebestyrelsesmøde\nReferat d. 17. juni 2025.\nDeltagende uden stemmeret:\nHelle Frederiksen\nPia "
       "Vingaard\nLis Johansen/Ordstyrer\nGregers Lau Hansen/Referent\nGæst/er:\n"
       "**************************************************************************\nPkt. 1. Godkendelse af "
       "dagsorden\nGodkendt.\n",
       {"Gregers Lau Hansen", "Helle Frederiksen", "Lis Johansen", "Pia Vingaard"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Afbud fra Jesper, Marianne, Hanne" (a label without colon, its
// preposition before the names) and "Lars Rytter ved afbud Niels F.
// Dahlmann ved afbud" (a note of absence closing each person of a run-on
// list).
TEST(AttendanceConventionsTest, AfbudFraAndVedAfbud) {
  const PeopleCase cases[] = {
      {"first names after Afbud fra",
       "Referat\nAfbud fra Jesper, Marianne, Hanne, Freddy.\n\n1. Budget\nGodkendt.\n", {},
       {"Freddy", "Hanne", "Jesper", "Marianne"}},
      {"ved afbud after each name",
       "Referat\nMødested: Byrådssalen\nFraværende: Lars Rytter ved afbud Niels F. Dahlmann ved afbud\n\n"
       "1. Budget\nGodkendt.\n",
       {}, {"Lars Rytter", "Niels F. Dahlmann"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Absence in prose with party letters after each name ("Der var afbud fra
// Bo Jensen (V), Carl Dahl (A) og Dorte Friis (F)"), "uden deltagelse af
// X", "X var bortrejst"; a double first name is not a listed person's
// first name ("Anne-Grethe Holm" is not "Anne Holm").
TEST(AttendanceConventionsTest, ProseWithPartyLettersAndDoubleFirstNames) {
  const PeopleCase cases[] = {
      {"party letters after each absentee",
       "Referat\nTil stede: Anne Holm\n\n1. Godkendelse af dagsorden\nDer var afbud fra Bo Jensen (V), Carl Dahl "
       "(A) og Dorte Friis (F).\n",
       {"Anne Holm"}, {"Bo Jensen", "Carl Dahl", "Dorte Friis"}},
      {"uden deltagelse af, bortrejst",
       "Referat\nTil stede: Anne Holm\nMødet blev holdt uden deltagelse af Bo Jensen. Carl Dahl var bortrejst.\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm"}, {"Bo Jensen", "Carl Dahl"}},
      {"a double first name",
       "Referat\nTil stede: Anne Holm\nAfbud: Anne-Grethe Holm, Jens Chr. Holm\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm"}, {"Anne-Grethe Holm", "Jens Chr. Holm"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Attendance tables of crosses: a head row naming a status per column
// ("Til stede", "Deltog", "Afbud"), rows of a name and a cross under the
// status that holds, written with bars, tabs, or as a table under a
// "Deltagere" label; a row without a cross tells nothing.
TEST(AttendanceConventionsTest, TablesOfCrosses) {
  const PeopleCase cases[] = {
      {"bars, with a rule under the head",
       "Referat\nMøde i Udvalget den 3. marts 2025\n\n| Navn | Til stede | Afbud |\n|---|---|---|\n| Anne Holm | X | |\n| Bo Jensen | | X |\n"
       "| Carl Dahl | | |\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm"}, {"Bo Jensen"}},
      {"tabs, an organisation column, under a label",
       "Referat\nMøde i Udvalget den 3. marts 2025\n\nDeltagere:\nNavn\tOrganisation\tDeltog\tAfbud\nAnne Holm\tRegion Midtjylland\tx\t\n"
       "Bo Jensen\tAarhus Kommune\t\tx\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm"}, {"Bo Jensen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// An absence list of "Name, Organisation" lines goes on over lines of the
// same shape; after a blank line, a heading such as "Stedfortræder" ends it
// (the substitute under it is no absentee).
TEST(AttendanceConventionsTest, AbsenceListsOverLinesAndTheirEnd) {
  const PeopleCase cases[] = {
      {"name and organisation on each line",
       "Referat\nTil stede: Anne Holm\nAfbud: Bo Jensen, Sundhed og Omsorg\nCarl Dahl, Teknik og Miljø\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm"}, {"Bo Jensen", "Carl Dahl"}},
      {"a heading after a blank line",
       "Referat\nMøde i Udvalget den 3. marts 2025\nMedlemmer\nAnne Holm (A)\nBo Jensen (V)\n\nFraværende\n"
       "Carl Dahl (A)\n\nStedfortræder\nDorte Friis (A)\n\n2. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen"}, {"Carl Dahl"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Name: Deltog" / "Name: Afbud (Stedfortræder X, ...)": a status after
// each name, with a note in parentheses that names the substitute; and
// "I mødet deltog A, B og C (referent)" at the end of a transcript's run-on
// first line.
TEST(AttendanceConventionsTest, StatusAfterColonAndLeadAtTheLineEnd) {
  const PeopleCase cases[] = {
      {"status and a substitute's note",
       "Referat\nMøde i Regionsrådet den 3. marts 2025\n\nMedlemmer\n\n \u2022 Lars Holm: Deltog\n"
       " \u2022 Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling, fraværende ved sag 1-4. )\n"
       " \u2022 Leila Lindén: Deltog\n\n1. Budget\nGodkendt.\n",
       {"Jarl Feyling", "Lars Holm", "Leila Lindén"}, {"Sofie de Bretteville Olsen"}},
      {"I mødet deltog at the end of a run-on line",
       "1 Referat af møde i bestyrelsen den 23. september 2014 I mødet deltog Anne Holm, Bo Jensen og Carl Dahl "
       "(referent). Dagsorden: 1. Budget\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A run-on list whose next names follow a job title ("Næstformand Michael
// Bagge Kuehn Jette Kragh Michael Bendixen"): the title goes with the first
// name after it, the rest split as names run together.
TEST(AttendanceConventionsTest, RunTogetherNamesAfterAJobTitle) {
  const PeopleCase cases[] = {
      {"a title before the run",
       "Referat\nMøde i Bestyrelsen den 3. marts 2025\nTil stede: Bent Haupt Jensen, Formand Jørn Nielsen, "
       "Næstformand Michael Bagge Kuehn Jette Kragh Michael Bendixen Palle S. Madsen\n\n1. Budget\nGodkendt.\n",
       {"Bent Haupt Jensen", "Jette Kragh", "Jørn Nielsen", "Michael Bagge Kuehn", "Michael Bendixen",
        "Palle S. Madsen"},
       {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A list printed one name a line, run together by a transcript: a note of
// the entry before that ends in a number opens the run ("..., under punkt
// 3 - 7 Michael Christiansen Erik Højsholt ...": Aarhus University's board)
// and goes to that person; a last name cut to a first name and an initial
// ("... Andreas Nørgaard Lars E": Randers' hospital HMU, the page cut) is
// the run's tail, the names before it split still.
TEST(AttendanceConventionsTest, RunTogetherNamesAfterANoteAndBeforeACutName) {
  const PeopleCase cases[] = {
      {"a note of items before the run",
       "Referat\n\nTranskript\n\n1 Referat Referat af bestyrelsesmøde Den 27. april 2009 (BM 2-2009) kl. 14.00 i "
       "bestyrelsens mødesal Til stede Jens Bigum, bestyrelsesformand Sys Rovsing, stedfortræder, under punkt 3 - 7 "
       "Michael Christiansen Erik Højsholt Arne Josefsen Rolighed Johannes Riis Martin Tang Sørensen Erik Strange "
       "Petersen Christian Jølck Kirsten Jakobsen Mikael Bomholt Nielsen Svend Krarup, observatør Kjeld Holm, "
       "observatør Fraværende Ingen\n",
       {"Arne Josefsen Rolighed", "Christian Jølck", "Erik Højsholt", "Erik Strange Petersen", "Jens Bigum",
        "Johannes Riis", "Kirsten Jakobsen", "Kjeld Holm", "Martin Tang Sørensen", "Michael Christiansen",
        "Mikael Bomholt Nielsen", "Svend Krarup", "Sys Rovsing"},
       {}},
      {"a cut name closing the run",
       "Referat\n\nTranskript\n\n1 Referat Der blev ikke meldt punkter ind til evt. Deltagere: Mette Bærentsen Lone "
       "Winther Jensen Michael Tjørnild Pernille Sarto Mads Amdi Kirk Jette Krüger Svend Christiansen Thorbjørn "
       "Grøfte Andreas Nørgaard Lars E\n",
       {"Andreas Nørgaard", "Jette Krüger", "Lone Winther Jensen", "Mads Amdi Kirk", "Mette Bærentsen",
        "Michael Tjørnild", "Pernille Sarto", "Svend Christiansen", "Thorbjørn Grøfte"},
       {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Nikolaj Bolsing Bak- afbud": the dash of the mark glued to the name is
// no part of it (a surname is no compound's first half), as "- afbud"
// after a space (Region Sjælland's committees, run together by a
// transcript).
TEST(AttendanceConventionsTest, AfbudMarkWithItsDashGluedToTheName) {
  const PeopleCase c{
      "glued dash",
      "Søg\n\nTranskript\n\n1 Søg Referat Møde i Politisk styregruppe for Sundhedsplatformen mandag den 13. maj "
      "2019 kl. 08:00 Mødelokale 1 Deltagere: Tina Boel (F) Freddy Blak (A) Charlotte Petersson (A)- afbud Trine Birk "
      "Andersen (A) Lars Folmann (O) Anders Koefoed (V) Claus Bakke (V)- afbud Anja Raun- afbud Tonny Nielsen- afbud "
      "Nikolaj Bolsing Bak- afbud Birgit Lind Pedersen- afbud Søren Rask Bredkjær Thomas Houe- afbud 1. Godkendelse "
      "af dagsorden\n",
      {"Anders Koefoed", "Freddy Blak", "Lars Folmann", "Søren Rask Bredkjær", "Tina Boel", "Trine Birk Andersen"},
      {"Anja Raun", "Birgit Lind Pedersen", "Charlotte Petersson", "Claus Bakke", "Nikolaj Bolsing Bak",
       "Thomas Houe", "Tonny Nielsen"}};
  expect_people(c);
}

// A dash alone on its line between the groups of a list ("Klaus Engbart -
// Grundejersammenslutningen" / "-" / "Kjeld Sandstød - Grundejerforbundet":
// Gribskov's Grundejerkontaktudvalg on yumpu) is an empty bullet, no end of
// the list; "Landliggersammenslutningen Gribskov Vest" is an organisation.
TEST(AttendanceConventionsTest, LoneDashBetweenTheGroupsOfAList) {
  const PeopleCase c{
      "lone dashes",
      "Mødereferat\n\nd.: 10-09-2009 kl.: 16:30 til 18:30 :\n\nGrundejerkontaktudvalg\n\nDeltagere: Bjarne "
      "Frølund-Møller - Grundejersammenslutningen\n\nKlaus Engbart - Grundejersammenslutningen\n\n-\n\nKjeld "
      "Sandstød - Grundejerforbundet\n\nJørn Olsen - Grundejerforbundet\n\n-\n\nJørn Stålfos - "
      "Landliggersammenslutningen Gribskov Vest\n\nTorkil Lund - Landliggersammenslutningen Gribskov Vest\n\n-\n\n"
      "Jan Ferdinandsen - formand for Teknisk Udvalg\n\nFraværende: Flemming Denker\n\nMødeleder: Jan "
      "Ferdinandsen\n\nReferent: Grethe Larsen\n\n01 Bemærkninger til dagsordenen\n\nGodkendt\n",
      {"Bjarne Frølund-Møller", "Grethe Larsen", "Jan Ferdinandsen", "Jørn Olsen", "Jørn Stålfos", "Kjeld Sandstød",
       "Klaus Engbart", "Torkil Lund"},
      {"Flemming Denker"}};
  expect_people(c);
}

// Labels of those called in or invited: "Stedfortrædere:" (Halsnæs'
// Byråd, Copenhagen's Borgerrepræsentation; as "Suppleanter:"), "Gæster
// tilstede:" (Odsherred's Integrationsråd on PolWeb), "Inviteret:" (a
// school board, a sailing club's board; as "Inviterede:"): they came, and
// the absence list before them ends there.
TEST(AttendanceConventionsTest, SubstituteAndGuestLabels) {
  const PeopleCase cases[] = {
      {"Stedfortrædere after the absent",
       "Referat\nByrådet\n\n1. Salg af ejendom\n\nBeslutning på byrådsmødet den 22. juni 2022\nØkonomiudvalgets "
       "indstilling godkendt\nFraværende med afbud: Frederik Germann (Løsgænger) og Matilde Ørsted (A)\n"
       "Stedfortrædere: Bitten Jørgensen (V) og Jannik H. Jørgensen (A)\nSagen omhandler salg af ejendom, og "
       "behandles derfor som lukket punkt.\n",
       {"Bitten Jørgensen", "Jannik H. Jørgensen"},
       {"Frederik Germann", "Matilde Ørsted"}},
      {"Gæster tilstede under an empty absence label",
       "Referat\nIntegrationsrådet\n\nBeslutning fra Integrationsrådet\n\nDato: 15. juni 2015\n\nSted: Kantinen, "
       "Administrationscentret i Nykøbinf Sj.\n\nFraværende:\n\n \n\nGodkendt.\n\n \n\nGæster tilstede:\n\n"
       "Patrick Makwala\n\nDogan Yurdakul\n\nMustafa Galo Mohamad\n\nMaria Theresa Frederiksen\n\n \n\n26.    "
       "Gensidig orientering\n",
       {"Dogan Yurdakul", "Maria Theresa Frederiksen", "Mustafa Galo Mohamad", "Patrick Makwala"},
       {}},
      {"Inviteret",
       "Referat\nSkolebestyrelsen\nReferent: Simon Lundgren\n\nDeltagere: Kasper Trolle Larsen, Jesper Werge\n\n"
       "Inviteret: Helle Nellemose (BFO-leder), Katja Mari Vail Møller\n\nFraværende: Thomas Karlsen, Gitte Håhr\n\n"
       "1. Budget\nGodkendt.\n",
       {"Helle Nellemose", "Jesper Werge", "Kasper Trolle Larsen", "Katja Mari Vail Møller", "Simon Lundgren"},
       {"Gitte Håhr", "Thomas Karlsen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A column of labels aligned with spaces before their colons ("Tilstede
// : BN, ...", "Sted : Mødelokale 3"), run into one line by a transcript:
// the label is the word before the spaces (a homeowners' association's
// board; Norddjurs' Sundhedsudvalg and KKR Syddanmark write their header so).
TEST(AttendanceConventionsTest, LabelWithSpacesBeforeItsColonInsideALine) {
  const PeopleCase c{
      "spaced colon",
      "Referat fra bestyrelsesmøde i grundejerforeningen Fjordparken Øst\n\nTranskript\n\n1 Referat fra "
      "bestyrelsesmøde i grundejerforeningen Fjordparken Øst Tirsdag d. 26/8-2003 kl. 19.30 hos Hans Åge (nr. 224) "
      "Tilstede          : BN, BK, BD, HÅP, EB Afbud            : AM Godkendelse af seneste referat. Referatet blev "
      "godkendt uden bemærkninger. Orientering. Det har været sommerferietid, derfor var der intet\n",
      {"BD", "BK", "BN", "EB", "HÅP"},
      // (Not yet "AM": initials run on into the text.)
      {}};
  expect_people(c);
}

// "X (A) var fraværende. Som stedfortræder deltog Y (A)" / "Z (V) var
// fraværende. ...", one sentence a line without its last full stop, run
// together by a transcript: the substitute who came is no subject of the
// next line's absence (Hedensted's Kommunalbestyrelse).
TEST(AttendanceConventionsTest, SubstituteSentenceRunIntoTheNextAbsence) {
  const PeopleCase c{
      "substitutes",
      "Godkendelse af dagsorden\n\nTranskript\n\n1 Godkendelse af dagsorden Mødets deltagere og fraværende noteres "
      "her. Beslutning Jacob Ejs (A) var fraværende. Som stedfortræder deltog Helle Obenhausen Mortensen (A) Merete "
      "Skovgaard-Jensen (V) var fraværende. Som stedfortræder deltog Peter Sebastian Petersen (V) Rune Mikkelsen (Æ) "
      "var fraværende. Som stedfortræder deltog Kirsten Iversen (Æ) Hanne Grangaard (A) var fraværende. "
      "Fraværende: Sagsnr.: 00.00.00-A00-11-24\n",
      {"Helle Obenhausen Mortensen", "Kirsten Iversen", "Peter Sebastian Petersen"},
      {"Hanne Grangaard", "Jacob Ejs", "Merete Skovgaard-Jensen", "Rune Mikkelsen"}};
  expect_people(c);
}

// An item's mark ("Pkt 1:", "Punkt 107.") after a list's last name that a
// transcript ran on is no name word (Pjedsted Vandværk's board; the
// youth-school board of Faaborg-Midtfyn writes "... Susanne Somme Punkt
// 107. Drøftelse ...").
TEST(AttendanceConventionsTest, ItemMarkAfterTheLastName) {
  const PeopleCase c{
      "Pkt",
      "Referat\n\nTranskript\n\n1 Referat 6. Valg til bestyrelse og revision (Laurits, Finn, Axel) Finn tager ikke "
      "imod genvalg. Ny revisor efter Jørgen Sørensen. 7. Eventuelt. Afbud fra Johannes Kristensen Pkt 1: Formanden "
      "henviste til de emner og opgaver vi tidligere havde drøftet, og som nu dels var gennemført og dels iværksat.\n",
      {},
      {"Johannes Kristensen"}};
  expect_people(c);
}

// "Afbud fra" before a list of first names inside a line (Hørsholm's
// Seniorråd run together by a transcript; "• Afbud: Afbud fra Robert",
// SGS Greve's board) names them as an absence label's value does.
TEST(AttendanceConventionsTest, AfbudFraFirstNamesInsideALine) {
  const PeopleCase cases[] = {
      {"Hørsholm",
       "Seniorrådet\n\nTranskript\n\n1 Torsdag den 9.juni 2022 kl. 09.00 – 11.45 på Selmersbo samt efterfølgende "
       "afslutningsfrokost på Riva i Rungsted Havn med Seniorrådgivningen Afbud fra Jesper, Marianne, Hanne, Kjeld "
       "Flemming, Freddy, Niels. 0. Gæsteforelæsning og debat ved udvalgsformand Caroline Victoria Christensen.\n",
       {},
       {"Freddy", "Hanne", "Jesper", "Kjeld Flemming", "Marianne", "Niels"}},
      {"SGS Greve",
       "Referat af bestyrelsesmøde 24/8 kl 18.30.\n\nDagsorden\n\n 1. Meddelelser fra formanden\n  • Afbud: Afbud fra "
       "Robert\n • Valg af dirigent: Magnus blev valgt\n",
       {},
       {"Robert"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Who spoke to the meeting, also "holdt oplæg" (the University of
// Copenhagen's board) and "henledte opmærksomheden på" (Hørsholm's
// Økonomiudvalg): a full name as the verb's subject was there.
TEST(AttendanceConventionsTest, ReportsToTheMeetingHoldtOplaegHenledte) {
  const PeopleCase cases[] = {
      {"holdt oplæg",
       "Referat\nBestyrelsen\n\n1. Orientering\n\nFra kl ophævedes mødet midlertidigt. Dekan Troels Østergaard "
       "Sørensen holdt oplæg om Det Samfundsvidenskabelige Fakultet og Center for Samfund og Sundhed (CSS) inkl.\n",
       {"Troels Østergaard Sørensen"}, {}},
      {"henledte opmærksomheden",
       "Referat\nØkonomiudvalget\n\n1. Meddelelser\n\nBaggrund Centerchef Betina Bojesen henledte opmærksomheden på "
       "retningslinjerne Det daglige samarbejde i et valgår i Hørsholm Kommune, som blev godkendt af "
       "Økonomiudvalget den 9.\n",
       {"Betina Bojesen"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Labels that name the absent with the people first: "Medlemmer med
// afbud:", "Meldt forfald:", "Havde meldt afbud:", "Bortrejst:".
TEST(AttendanceConventionsTest, AbsenceLabelsNamingThePeopleFirst) {
  for (const char* label : {"Medlemmer med afbud", "Deltagere med afbud", "Meldt forfald", "Havde meldt afbud",
                            "Bortrejst"}) {
    const std::string text = std::string("Referat\nMøde i Udvalget den 3. marts 2025\nTil stede: Anne Holm\n") +
                             label + ": Bo Jensen, Carl Dahl\n\n1. Budget\nGodkendt.\n";
    const PeopleCase c{label, text.c_str(), {"Anne Holm"}, {"Bo Jensen", "Carl Dahl"}};
    expect_people(c);
  }
}

// "Afbud/ikke tilstede:" after a list of those present (every part of the
// label names absence), and "(suppleant for Eva Juul Jensen,
// Miljøstyrelsen)": the replaced person without the organisation.
TEST(AttendanceConventionsTest, SlashedAbsenceLabelAndSubstituteWithOrganisation) {
  const PeopleCase cases[] = {
      {"Afbud/ikke tilstede",
       "Referat af LL-møde 03.05.2024\n\nDeltagere: Anne Holm, Bo Jensen\nAfbud/ikke tilstede: Carl Dahl, "
       "Dorte Friis\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen"}, {"Carl Dahl", "Dorte Friis"}},
      {"suppleant for a person of an organisation",
       "Referat\nMøde i Komitéen den 3. marts 2025\nDeltagere: Anne Holm (Friluftsrådet), Ulrik Schack (suppleant "
       "for Eva Juul Jensen, Miljøstyrelsen), Bo Jensen (KU)\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Ulrik Schack"}, {"Eva Juul Jensen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// An attendance label inside a header line after other text (transcripts
// and short web minutes run the header into one line), also in the title's
// line; "Afbud: Referent: X" is an empty absence list and the minute taker.
TEST(AttendanceConventionsTest, LabelsInsideAHeaderLine) {
  const PeopleCase cases[] = {
      {"in the title's line",
       "Referat af bestyrelsesmøde onsdag d. 7. november 2012 kl. 19.30 i Huset. Tilstede: Lars, Nina, Henrik "
       "Afbud: Referent: Lars\n1. Godkendelse af dagsorden\nGodkendt.\n2. Eventuelt\nIntet.\n",
       {"Henrik", "Lars", "Nina"}, {}},
      {"after the header's fields",
       "Kommunalbestyrelsen\n\n1 Mødedato: 26. juni 2014 Mødelokale: Byrådssalen Fraværende: Anne Holm ved afbud "
       "Bo B. Jensen ved afbud\n\n1. Budget\nGodkendt.\n",
       {}, {"Anne Holm", "Bo B. Jensen"}},
      {"an empty absence list before the minute taker",
       "Referat\nMøde i Udvalget den 3. marts 2025\nTil stede: Anne Holm, Bo Jensen Afbud: Referent: Carl Dahl\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Afbud: Referent: A, B, C D" (two stacked heads of a flattened table,
// their values in order): the absence list's names first, the minute
// taker's last, run into the last absentee; one value alone is the minute
// taker's. Excerpts of a university college's board (VIA), a council for
// the disabled (Albertslund) and an association's board (SOSUM).
TEST(AttendanceConventionsTest, StackedAbsenceAndMinuteTakerHeads) {
  const PeopleCase cases[] = {
      {"several absent, then the minute taker (VIA)",
       "1 Referat\nDeltagere: Johannes Flensted-Jensen, Anita Jacobsen, Mette Thunø Gæster: Lotte Thøgersen deltog "
       "i behandlingen af punkt 3 Afbud: Referent: Jørgen Nørby, Henning Pedersen, Bodil Vilmand-Olsen, Peter "
       "Stampe Specialkonsulent Elvir Maleskic/ sekretariatschef Anders Leth Jensen Dagsorden Beslutnings- og "
       "drøftelsessager 1. Godkendelse af dagsorden\n2. Økonomi\nGodkendt.\n",
       {"Anita Jacobsen", "Elvir Maleskic", "Johannes Flensted-Jensen", "Lotte Thøgersen", "Mette Thunø"},
       {"Bodil Vilmand-Olsen", "Henning Pedersen", "Jørgen Nørby", "Peter Stampe"}},
      {"the minute taker alone (Albertslund)",
       "1 Dagsorden\nDeltagere: Steen Christiansen, Bjarke Juul, Susanne Kremmer, Frederik Lerche, Patricia "
       "Walmar Gale Afbud: Referent: Lissi Petersen 1. Godkendelse af referat og dagsorden\n2. Valg af formand\n",
       {"Bjarke Juul", "Frederik Lerche", "Lissi Petersen", "Patricia Walmar Gale", "Steen Christiansen",
        "Susanne Kremmer"},
       {}},
      {"first names, the minute taker alone (SOSUM)",
       "Referat af bestyrelsesmøde onsdag d. 7. November 2012 kl. 19.30 i A-huset. Tilstede: Lars, Nina, "
       "Henrik, Jacob, Lise Afbud: Referent: Lars\n1. Godkendelse af dagsorden\nGodkendt.\n2. Eventuelt\nIntet.\n",
       {"Henrik", "Jacob", "Lars", "Lise", "Nina"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A verb of presence after an absence in the same sentence takes only its
// own subject: "X havde meldt afbud og at Y deltog som stedfortræder", and
// "i stedet for X deltog Y" as a note after an Afbud list.
TEST(AttendanceConventionsTest, PresenceAfterAnAbsenceInOneSentence) {
  const PeopleCase cases[] = {
      {"afbud and a substitute in one sentence",
       "Referat\nMøde i Udvalget den 3. marts 2025\n\n1. Meddelelser\nBorgmesteren orienterede om, at Anne Holm (O) "
       "havde meldt afbud og at Bo Jensen (O) deltog som stedfortræder.\n2. Budget\nGodkendt.\n",
       {"Bo Jensen"}, {"Anne Holm"}},
      {"a substitute's note after an absence list",
       "Referat\nMøde i Rådet den 3. marts 2025\nDeltagere: Carl Dahl, Dorte Friis\nAfbud: Anne Holm, Bo Jensen * "
       "i stedet for Bo Jensen deltog Dorte Friis\n\n1. Budget\nGodkendt.\n",
       {"Carl Dahl", "Dorte Friis"}, {"Anne Holm", "Bo Jensen"}},
      // 781 (Norddjurs' Kontaktudvalget for Anholt, a transcript's line with
      // no full stops): the next "deltog" has its own subject, not the lead's.
      {"a substitute's lead, then another verb of presence in the run",
       "Kontaktudvalget for Anholt BESLUTNINGSREFERAT\n\nMedlemmer: Jan Petersen (A) Jytte Schmidt (F)\n\nI stedet "
       "for Torben Jensen deltog Berit Byskov (L) Jette Kusk Simonsen deltog fra forvaltningen Liselotte Arentz "
       "Sørensen\n",
       {"Berit Byskov", "Jan Petersen", "Jette Kusk Simonsen", "Jytte Schmidt", "Liselotte Arentz Sørensen"},
       {"Torben Jensen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "På Skovrådsmødet deltog:", "Fra Naturstyrelsen deltog:": a place or a
// group, then the verb, label the names after it; a field's value before
// an absence list ("Dato 6. december 2012 Afbud: X Næste møde ..."), and
// a member table's column head ("Udpeget af ...") ends a name.
TEST(AttendanceConventionsTest, PlaceOrGroupThenDeltog) {
  const PeopleCase cases[] = {
      {"place, group and the verb",
       "Referat af Rådets møde den 6. april 2016\n\nPå Rådsmødet deltog: Anne Holm (formand) Bo Jensen Udpeget af "
       "ministeren Fra Styrelsen deltog: Carl Dahl Afbud: Dorte Friis\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {"Dorte Friis"}},
      {"a date, then the absent",
       "Referat\n\nDato 6. december 2012 Afbud: Erik Lund Næste møde 6. februar 2013\n\n1. Budget\nGodkendt.\n",
       {}, {"Erik Lund"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A flattened table's status after a person's entry, in lower case before
// the next entry: "Jesper Hempler, Kerteminde afbud Bestyrelsesmedlem ...".
TEST(AttendanceConventionsTest, StatusAfbudBetweenEntries) {
  const PeopleCase c{"afbud between entries",
                     "Referat\n\nDeltagere: Formand Anne Holm, Nordfyn Næstformand Bo Jensen, Region Syddanmark "
                     "Bestyrelsesmedlem Carl Dahl, Kerteminde afbud Bestyrelsesmedlem Dorte Friis, Odense\n\n"
                     "1. Budget\nGodkendt.\n",
                     {"Anne Holm", "Bo Jensen", "Dorte Friis"},
                     {"Carl Dahl"}};
  expect_people(c);
}

// A register of people and their municipalities run together ("Birgit
// Hansen Frederikshavn Kommune Lene Jensen Thisted Kommune"): a known first
// name after "Kommune" starts the next person, and the word before
// "Kommune" is the municipality, never a name's; "X meldte forfald", "X
// måtte melde afbud".
TEST(AttendanceConventionsTest, MunicipalityRegistersAndMoreAbsenceVerbs) {
  const PeopleCase cases[] = {
      {"a register with municipalities",
       "Referat af bestyrelsesmøde 2017\n\nDeltagere Anne Holm Frederikshavn Kommune Bo Jensen Thisted Kommune "
       "Carl Dahl Rebild Kommune Afbud: Dorte Friis Vesthimmerlands Kommune Erik Lund Læsø Kommune\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {"Dorte Friis", "Erik Lund"}},
      {"meldte forfald, måtte melde afbud",
       "Referat\nMøde i Udvalget den 3. marts 2025\n\n1. Meddelelser\nAnne Holm meldte forfald. Bo Jensen måtte "
       "melde afbud.\n2. Budget\nGodkendt.\n",
       {}, {"Anne Holm", "Bo Jensen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A body's name as the group of those present, inside a header line
// ("... Slut: kl 16 Hovedbestyrelsen: Anne Holm (formanden), Bo Jensen").
TEST(AttendanceConventionsTest, BodyGroupInsideAHeaderLine) {
  const PeopleCase c{"a body's name as a group",
                     "Mødereferat: Foreningen Dato: 9. januar 2014 Sted: Kursuscentret Slut: kl 16 "
                     "Hovedbestyrelsen: Anne Holm (formanden), Bo Jensen (næstformanden), Carl Dahl (CD)\n\n"
                     "1. Budget\nGodkendt.\n",
                     {"Anne Holm", "Bo Jensen", "Carl Dahl"},
                     {}};
  expect_people(c);
}

// "X - suppleanten Y er indkaldt" under an absence label: Y was called in,
// X stays absent.
TEST(AttendanceConventionsTest, SubstituteCalledInAfterTheMember) {
  const PeopleCase c{"suppleanten ... er indkaldt",
                     "Referat\nMøde i Lokaludvalget den 3. marts 2025\n\nFRAVÆRENDE MED AFBUD:\n\nAnne Holm - "
                     "suppleanten Bo Jensen er indkaldt\n\n1. Budget\nGodkendt.\n",
                     {"Bo Jensen"},
                     {"Anne Holm"}};
  expect_people(c);
}

// "Alle deltog med undtagelse af X", "Alle var til stede, dog ikke X"; and
// "Afbud: A og B – i stedet deltog C": the names under the absence label
// are no subject of "deltog".
TEST(AttendanceConventionsTest, AllButAndInsteadAfterAnAbsenceLabel) {
  const PeopleCase cases[] = {
      {"med undtagelse af",
       "Referat af Udvalgets møde den 3. marts 2025\n\nAlle medlemmer deltog med undtagelse af Anne Holm.\n\n"
       "1. Budget\nGodkendt.\n",
       {}, {"Anne Holm"}},
      {"dog ikke",
       "Referat af Udvalgets møde den 3. marts 2025\n\nAlle medlemmer var til stede, dog ikke Anne Holm.\n\n"
       "1. Budget\nGodkendt.\n",
       {}, {"Anne Holm"}},
      {"i stedet deltog after the label's names",
       "Referat af Udvalgets møde den 3. marts 2025\n\nAfbud: Anne Holm og Bo Jensen – i stedet deltog Carl Dahl\n\n"
       "1. Budget\nGodkendt.\n",
       {"Carl Dahl"}, {"Anne Holm", "Bo Jensen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// An absence list written in a line that runs into the next group's label
// ("Afbud: A, B Sekretariatet: C", "... Fra administrationen: D") ends
// there: the group after it came. A list that opens with a group ("Afbud:"
// / "Bestyrelsen: A" / "Observatører: B") is groups of the absent.
TEST(AttendanceConventionsTest, AbsenceListRunsIntoTheNextGroupsLabel) {
  const PeopleCase cases[] = {
      {"Sekretariatet: after the absent",
       "Referat af Hovedbestyrelsens møde den 9. januar 2014\n\nDeltagere: Erik Lund, Finn Berg\nAfbud: Anne "
       "Holm, Bo Jensen Sekretariatet: Carl Dahl, Dorte Friis\n\n1. Budget\nGodkendt.\n",
       {"Erik Lund", "Finn Berg", "Carl Dahl", "Dorte Friis"}, {"Anne Holm", "Bo Jensen"}},
      {"Fra Region Midtjylland: after the absent",
       "Referat af Styregruppens møde den 4. maj 2022\n\nDeltagere: Erik Lund, Finn Berg\nAfbud: Anne Holm og "
       "Bo Jensen Fra Region Midtjylland: Carl Dahl, Dorte Friis\n\n1. Budget\nGodkendt.\n",
       {"Erik Lund", "Finn Berg", "Carl Dahl", "Dorte Friis"}, {"Anne Holm", "Bo Jensen"}},
      {"groups of the absent",
       "Referat af bestyrelsesmøde den 4. maj 2019\n\nDeltagere: Erik Lund, Finn Berg\n\nAfbud:\n\n"
       "Bestyrelsen: Anne Holm, Bo Jensen\n\nObservatører: Carl Dahl, Dorte Friis\n\n1. Budget\nGodkendt.\n",
       {"Erik Lund", "Finn Berg"}, {"Anne Holm", "Bo Jensen", "Carl Dahl", "Dorte Friis"}},
      // 352 (a homeowners' board, as a transcript runs it): the absence list
      // is one known first name, its board's label right after it. (The
      // suppleant who came, Bitten Pedersen, is not read yet.)
      {"one first name before the board's label",
       "Bestyrelsesmøder 2016 nr. 87-95\n\nTranskript\n\n1 Bestyrelsesmøder 2016 nr. 87-95 Referat "
       "GRUNDEJERFORENINGEN HØJBOPARKEN Bestyrelsesmøde nr. 87 Lørdag d. 9 januar 2016 kl.09.00 Hos Birgit "
       "Rasmussen, Kalbyvej 19, 4684 Holmegård Afbud fra: Gerda Bestyrelsen: Erling Skov, Birgit Rasmussen, "
       "Helle Wisler, Jeanette Rasmussen, Gyda Kristensen, Per Larsen, Jens Petersen Suppleanter: Bitten Pedersen og "
       "Gerda Boksa Valg af  referent.: Jeanette "
       "Godkendelse af dagsorden: godkendt\n",
       {"Erling Skov", "Birgit Rasmussen", "Helle Wisler", "Jeanette Rasmussen", "Gyda Kristensen", "Per Larsen",
        "Jens Petersen"},
       {"Gerda"}},
      // 188 (AU's board, as a transcript runs it): the groups' names on
      // lines of their own over their staff, no colon, each with the job
      // title before the name.
      {"a group's name before a job title and a first name",
       "Referat af bestyrelsesmøde den 28. april 2008 (BM 2-2008)\n\nTranskript\n\n1 Referat af bestyrelsesmøde "
       "den 28. april 2008 (BM 2-2008) Til stede Jens Bigum, bestyrelsesformand Sys Rovsing, stedfortræder "
       "Johannes Riis Jens Kampmann Svend Krarup Kjeld Holm Martin Tang Sørensen Erik Strange Petersen Kirsten "
       "Jakobsen Christian Jølck Mikkel Freltoft Krogsholm Afbud Erik Højsholt Arne Josefsen Rolighed Rektorat "
       "Rektor Lauritz B. Holm-Nielsen Prorektor Nina Smith Universitetsdirektør Niels Højberg Sekretariat "
       "Vicedirektør Ole Olsen Kontorchef Per Møller Madsen Souschef Tove Bæk Jensen Desuden deltog Kontorchef "
       "Kirsten Skjødt og statsautoriseret revisor Claus Jacobsen under punkt 3 og 4 Dagsorden 1. Godkendelse af "
       "dagsorden\n",
       {"Christian Jølck", "Claus Jacobsen", "Erik Strange Petersen", "Jens Bigum", "Jens Kampmann",
        "Johannes Riis", "Kirsten Jakobsen", "Kirsten Skjødt", "Kjeld Holm", "Lauritz B. Holm-Nielsen",
        "Martin Tang Sørensen", "Mikkel Freltoft Krogsholm", "Niels Højberg", "Nina Smith", "Ole Olsen",
        "Per Møller Madsen", "Svend Krarup", "Sys Rovsing", "Tove Bæk Jensen"},
       {"Arne Josefsen Rolighed", "Erik Højsholt"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A run of "Role Name, Organisation" entries (a flattened table) with the
// status after an entry's organisation, in any case and after a comma or a
// dash, before the next entry's job title or at the list's end; a word
// "Afbud" after a name (no organisation) is still a label.
TEST(AttendanceConventionsTest, StatusAfterAnEntrysOrganisation) {
  const PeopleCase cases[] = {
      {"Afbud in capitals between entries",
       "FynBus Bestyrelse. Referat. Torsdag den 2. marts 2017\n\nDeltagere: Formand Anne Holm, Nordfyn "
       "Næstformand Bo Jensen, Region Syddanmark Afbud Bestyrelsesmedlem Carl Dahl, Kerteminde Bestyrelsesmedlem "
       "Dorte Friis, Odense AFBUD\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Carl Dahl"}, {"Bo Jensen", "Dorte Friis"}},
      {"after a comma and a dash",
       "FynBus Bestyrelse. Referat. Torsdag den 2. marts 2017\n\nDeltagere: Formand Anne Holm, Nordfyn "
       "Næstformand Bo Jensen, Region Syddanmark, afbud Bestyrelsesmedlem Carl Dahl, Kerteminde - afbud "
       "Bestyrelsesmedlem Dorte Friis, Odense\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Dorte Friis"}, {"Bo Jensen", "Carl Dahl"}},
      {"a label after a name",
       "Referat af bestyrelsesmøde\n\n1 Referat af bestyrelsesmøde den 3. marts 2011 kl. 10.00 i Odense. Til "
       "stede: Anne Holm, Bo Jensen, Carl Dahl og Erik Lund. Fra sekretariatet: Finn Berg og Gitte Madsen Afbud "
       "Hanne Olsen, Ida Sørensen 1. Budget Godkendt.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl", "Erik Lund", "Finn Berg", "Gitte Madsen"},
       {"Hanne Olsen", "Ida Sørensen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A flattened staff list of job titles before names, two or more, with no
// separators ("Direktør Carsten Hyldborg Jensen Kontraktchef Ingrid Dissing
// Økonomichef ..."): each title starts an entry ("Plan- og
// udviklingschef": the title's first part is no name's).
TEST(AttendanceConventionsTest, RunOfJobTitlesAndNames) {
  const PeopleCase c{"titles before names",
                     "FynBus Bestyrelse. Referat. Torsdag den 8. december 2016\n\nDeltagere: Formand Anne Holm, "
                     "Nordfyn Direktør Carsten Hyldborg Jensen Kontraktchef Ingrid Dissing Økonomichef Søren Junker "
                     "Markedschef Jan Gudmann Hansen Plan- og udviklingschef Anne Daugbjerg Mortensen "
                     "Kommunikationschef Martin Bødker Krogh\n\n1. Budget\nGodkendt.\n",
                     {"Anne Holm", "Carsten Hyldborg Jensen", "Ingrid Dissing", "Søren Junker", "Jan Gudmann Hansen",
                      "Anne Daugbjerg Mortensen", "Martin Bødker Krogh"},
                     {}};
  expect_people(c);
}

// Small boards write the absent by first name alone, one name under an
// absence label, with or without its colon ("Fraværende: Jette", "Afbud
// fra Kjeld").
TEST(AttendanceConventionsTest, OneFirstNameUnderAnAbsenceLabel) {
  const PeopleCase cases[] = {
      {"Fraværende: one first name",
       "Idrætsforeningen\n\nBestyrelsesmøde d. 26. september 2013\n\nTil stede: Allan, John, Lisbeth og Lise\n"
       "Fraværende: Jette\n\n1. Valg af ordstyrer\nAnna\n",
       {"Allan", "John", "Lisbeth", "Lise"}, {"Jette"}},
      {"Afbud fra without a colon",
       "Referat af bestyrelsesmøde den 3. marts 2023\n\nTil stede: Anne, Bo, Carl og Dorte\nAfbud fra Kjeld\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne", "Bo", "Carl", "Dorte"}, {"Kjeld"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Absence lists under the other labels Danish minutes use for those who
// sent word they could not come: "Meldt fra", "Afmeldt", "Afmeldinger",
// "Ikke fremmødt", "Ikke deltaget" (read as present groups before).
TEST(AttendanceConventionsTest, OtherAbsenceLabels) {
  const PeopleCase cases[] = {
      {"Meldt fra",
       "Referat af bestyrelsesmøde den 3. marts 2023\n\nTil stede: Anne Holm, Bo Dahl\nMeldt fra: Kjeld Olsen\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Dahl"}, {"Kjeld Olsen"}},
      {"Afmeldinger",
       "Referat af bestyrelsesmøde den 3. marts 2023\n\nDeltagere: Anne Holm, Bo Dahl\nAfmeldinger: Kjeld Olsen, "
       "Lis Berg\n\n1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Dahl"}, {"Kjeld Olsen", "Lis Berg"}},
      {"Ikke fremmødt",
       "Referat af udvalgsmøde den 3. marts 2023\n\nFremmødte: Anne Holm, Bo Dahl\nIkke fremmødt: Kjeld Olsen\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Dahl"}, {"Kjeld Olsen"}},
      {"Ikke deltaget",
       "Referat af udvalgsmøde den 3. marts 2023\n\nDeltagere: Anne Holm, Bo Dahl\nIkke deltaget: Kjeld Olsen\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Dahl"}, {"Kjeld Olsen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A register of people and their organisations run together: after a
// region's name or a secretariat a known first name starts the next person
// ("Ulla Holm Region Nordjylland Hans Ejner Berg Morsø Kommune Carl Dahl BRN
// Sekretariat Rasmus Engsig").
TEST(AttendanceConventionsTest, RegisterOfNamesAfterRegionsAndSecretariats) {
  const PeopleCase c{"regions and secretariats",
                     "Referat af bestyrelsesmøde 2017\n\nDeltagere Birgit Hansen Frederikshavn Kommune Ulla Holm "
                     "Region Nordjylland Hans Ejner Berg Morsø Kommune Carl Dahl BRN Sekretariat Rasmus Engsig BRN "
                     "Sekretariat Dorte Friis KKR Nordjylland\n\n1. Budget\nGodkendt.\n",
                     {"Birgit Hansen", "Ulla Holm", "Hans Ejner Berg", "Carl Dahl", "Rasmus Engsig", "Dorte Friis"},
                     {}};
  expect_people(c);
}

// A meeting of two days: "X, Y og Z meldte afbud til lørdag", "havde meldt
// afbud til fredag" (away for one day, there for the other: present);
// "Lørdag deltog X" (the verb second after the day); a list that ends at a
// sentence after a note ("... Jørgen Lenger (JL). Lørdag deltog ...");
// "Referent for fredag:" ends the absence list before it; "Anna le Dous"
// (a particle in a name).
TEST(AttendanceConventionsTest, AMeetingOfTwoDays) {
  const PeopleCase c{
      "two days",
      "Repræsentantskabsmøde\n\nTil stede: Janne Sander (JS), Anna le Dous (AD), Rasmus Dissing Nielsen (RD), "
      "Ole Lauth (OL) og Jørgen Lenger (JL). Lørdag deltog Annette Sylvest Nielsen (ASN) under behandlingen af "
      "forslaget. Ole Lauth deltog hele lørdagen, men havde meldt afbud til fredag. Rasmus Dissing Nielsen meldte "
      "afbud til lørdag. Afbud fredag og lørdag: Evald Krog (EK), Sabine Ulrich (SU) Referent for fredag: Jørgen "
      "Lenger Referent for lørdag: Janne Sander\n\n1. Budget\nGodkendt.\n",
      {"Janne Sander", "Anna le Dous", "Rasmus Dissing Nielsen", "Ole Lauth", "Jørgen Lenger",
       "Annette Sylvest Nielsen"},
      {"Evald Krog", "Sabine Ulrich"}};
  expect_people(c);
}

// The meeting's officers and its welcome in prose, where no list is kept:
// "X blev valgt som dirigent, og Y blev valgt som referent", "Z blev valgt
// til dirigent", "Magnus blev valgt som referent" (a first name alone),
// "pegede på X som dirigent"; "Formanden, X, bød velkommen til alle",
// "bød velkommen til ... og til A og B" (the welcomed came too).
TEST(AttendanceConventionsTest, OfficersAndWelcomeInProse) {
  const PeopleCase cases[] = {
      {"elected dirigent and referent",
       "Referat af årsmøde 2024\n\n1. Valg af dirigent\nTennisformand, Ulla Theil, bød velkommen til alle "
       "fremmødte.\nChristoffer Galbo blev valgt som dirigent, og Louise Bordoy blev valgt som referent.\n"
       "2. Beretning\nGodkendt.\n",
       {"Ulla Theil", "Christoffer Galbo", "Louise Bordoy"}, {}},
      {"pointed out and welcomed",
       "Referat af generalforsamling 2018\n\n1. Valg af dirigent og referent\nFormanden bød velkommen til den "
       "fremmødte forsamling og til Marianne Harboe og Hans Dal, og pegede på Tom Johansen som dirigent.\n"
       "Magnus blev valgt som referent.\n2. Beretning\nGodkendt.\n",
       {"Marianne Harboe", "Hans Dal", "Tom Johansen", "Magnus"}, {}},
      {"a first name that a listed person has",
       "Referat af bestyrelsesmøde 2021\n\nTil stede: Anna Holm, Preben Skovbjerg\n\n1. Valg af referent\n"
       "Preben blev valgt som referent.\n2. Budget\nGodkendt.\n",
       {"Anna Holm", "Preben Skovbjerg"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// The welcome in its other forms at a general assembly: the noun "En
// særlig velkomst til X" (the guests named were there), the passive "Der
// blev sagt velkommen til X", the chair's apposition "X, formand, bød
// velkommen", and the present tense "Formand X byder velkommen" in an
// assembly's minutes (a committee's programme "Leder X byder velkommen"
// announces a welcome to come; SpeakersInThePastTense).
TEST(AttendanceConventionsTest, WelcomeNounAndOtherForms) {
  const PeopleCase cases[] = {
      {"a special welcome to a guest (a Parkinson branch)",
       "Referat fra generalforsamling I Parkinsonforeningen København/Frederiksberg\n\nFormanden bød velkommen til "
       "alle. En særlig velkomst til Erling Emmerik, næstformand i landsforeningen.\n\nDernæst blev Hans Glendrup "
       "valgt som dirigent.\n",
       {"Erling Emmerik", "Hans Glendrup"}, {}},
      {"a special welcome to the auditors (a housing association)",
       "Generalforsamling onsdag den 6. maj 2015\n\nFormand Henrik Brønd bød velkommen til den årlige "
       "generalforsamling i VAB og glædede sig over det store fremmøde. En særlig velkomst til de "
       "statsautoriserede revisorer Søren Bonde og Per Jansen fra PWC. Der var mødt 76 medlemmer.\n",
       {"Henrik Brønd", "Søren Bonde", "Per Jansen"}, {}},
      {"the welcome in the passive (a hospital HMU)",
       "Referat\nDeltagere: Anne Holm\n\n1. Meddelelser\nBo Jensen udtræder af HMU. Der blev derfor sagt "
       "velkommen til Kirsten Boldsen, som træder ind i HMU i stedet.\n",
       {"Anne Holm", "Kirsten Boldsen"}, {}},
      {"the chair's office in apposition (a hunting association)",
       "Ordinær generalforsamling 2021\n\nVelkomst ved Formand Hans Henrik Madsen\nHans Henrik Madsen, formand, "
       "bød velkommen til alle fremmødte.\n",
       {"Hans Henrik Madsen"}, {}},
      {"the present tense at a general assembly (a brain injury association's branch)",
       "Referat fra Hjerneskadeforeningens generalforsamling 15. januar 2013\n\nFormand Jacob Vestergaard byder "
       "velkommen og forsamlingen mindes to medlemmer.\n",
       {"Jacob Vestergaard"}, {}},
      {"an item title announces a welcome",
       "Referat\nDeltagere: Anne Holm\n\n1. Velkomst til nye medlemmer\nGodkendt.\n", {"Anne Holm"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A general assembly's officers named beside their office as they act
// ("Formanden, X udtalte", "Formanden (X) Fremlagde", "blev aflagt af
// formanden, X", "blev fremlagt af kasserer X"): the chair and treasurer
// who reported to the assembly were there. Not a former chair remembered.
TEST(AttendanceConventionsTest, AssemblyOfficersActing) {
  const PeopleCase cases[] = {
      {"the chair in apposition before the verb (a hospice support association)",
       "Generalforsamlingens dagsorden\n\n2.        Formandens beretning\n\nFormanden, Ole Østvig Nissen udtalte, "
       "at overordnet arbejder foreningen ud fra vedtægterne.\n",
       {"Ole Østvig Nissen"}, {}},
      {"the chair in brackets, the verb on the next line (a heart association's branch)",
       "Generalforsamlingen 2020 i Hjerteforeningen Herning\n\nReferat fra generalforsamlingen:\n\n 2. Formanden "
       "(Jørgen Bendtsen) Fremlagde bestyrelsens beretning, den afdækkede et rigtigt stort og flot program.\n",
       {"Jørgen Bendtsen"}, {}},
      {"the report and the accounts given by (a hunting association)",
       "Referat fra den ordinære generalforsamling 2024\n\n  Bestyrelsens beretning blev aflagt af formanden, "
       "Jørgen Brøgger.\n\n  Regnskabet blev fremlagt af kasserer Kim V. Larsen.\n",
       {"Jørgen Brøgger", "Kim V. Larsen"}, {}},
      {"a former chair remembered",
       "Referat af delegeretmødet\n\nDer blev holdt et minuts stilhed for foreningens tidligere formand, Ejvind "
       "Sørensen, der var afgået ved døden.\n",
       {}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// The assembly's officers elected as a list: before a plural office ("A,
// B og C valgt som stemmetællere") or after a colon ("Valg af
// stemmetællere. Følgende valgt: A, B ...", "følgende blev valgt som
// dirigenter: <title> A, <place> <title> B, ..."). Not those elected to the
// board ("Følgende blev valgt til bestyrelsen:"), who need not have come.
TEST(AttendanceConventionsTest, AssemblyOfficersElectedAsAList) {
  const PeopleCase cases[] = {
      {"a list before the plural office (an allotment association)",
       "Referat fra den ordinære generalforsamling\n\nValg af dirigent. Anne Marie Broager (Rie) 52N valgt som "
       "referent. Sussie Isaksen 15S, Ellen Jessen 73S og Lise Rønnebæk 43S valgt som stemmetællere.\n",
       {"Anne Marie Broager", "Sussie Isaksen", "Ellen Jessen", "Lise Rønnebæk"}, {}},
      {"the list after the colon (a teachers' union district)",
       "Referat af Ballerup Lærerforenings generalforsamling\n\nForretningsordenen blev godkendt. Valg af "
       "stemmetællere. Følgende valgt: Jan Sølvhøj,Yoa Piczenik, Arne Clausen, Claus Bendixen og Jens Lund. Pkt. 3: "
       "Forslag til vedtægtsændringer\n",
       {"Jan Sølvhøj", "Yoa Piczenik", "Arne Clausen", "Claus Bendixen", "Jens Lund"}, {}},
      {"titles and places inside the list (a national association's delegates' meeting)",
       "Referat af delegeretmødet\n\n2. Valg af dirigenter Inge Lise Pedersen foreslog på bestyrelsens vegne, at "
       "følgende blev valgt som dirigenter: Tidl. sognepræst Jørgen Anker Jørgensen, Frederiksberg Fhv. rektor, Finn "
       "Erik Larsen, Vipperød, Roskilde Stift Ph.d. kemiing. Margrethe Winther-Nielsen, Emdrup Sogn, Københavns "
       "Stift. Der blev ikke stillet andre forslag.\n",
       {"Inge Lise Pedersen", "Jørgen Anker Jørgensen", "Finn Erik Larsen", "Margrethe Winther-Nielsen"}, {}},
      {"elected to the board",
       "Referat af generalforsamlingen\n\n5. Valg til bestyrelsen\nFølgende blev valgt til bestyrelsen: Bo "
       "Jensen og Carl Dahl.\n",
       {}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// People listed for an election or a board's make-up hold or seek an
// office; that tells nothing of who came: "På valg dette år:" over
// candidates, "Revisorerne: A og B", "Suppleant: A, B" after "...
// konstituerede bestyrelsen sig således:".
TEST(AttendanceConventionsTest, ElectionsAndBoardsAreNoAttendance) {
  const PeopleCase cases[] = {
      {"candidates and auditors in the agenda",
       "Generalforsamling 2005\n\nDAGSORDEN\nPå valg dette år:\nFormand Anders Kamper (2 år)\nBestyrelsesmedlem "
       "Lene Andersen (2 år)\nRevisorerne: Mogens Hansen og Uffe Dam\n\n1. Valg af dirigent\nBjarne Olsen blev "
       "valgt som dirigent.\n2. Beretning\nGodkendt.\n",
       {"Bjarne Olsen"}, {}},
      {"the board's substitutes in a report",
       "Generalforsamling 2021\n\n1. Valg af dirigent\nHenrik Bonné blev valgt til dirigent.\n2. Beretning\n"
       "Efter sidste generalforsamling konstituerede bestyrelsen sig således:\nFormand Laust Sørensen, kasserer "
       "Mona Ulsted. Suppleant: Lillan Albeck, Jan Diemer og Tove Poulsen.\nBeretningen blev godkendt.\n",
       {"Henrik Bonné"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Lists of first names with role words before them ("Bestyrelsesmedlemmer
// Lis, Hanne og Bente, suppleant Jytte"): the role is no name.
TEST(AttendanceConventionsTest, RoleWordsBeforeFirstNames) {
  const PeopleCase c{"roles before first names",
                     "Referat af bestyrelsesmøde den 3. marts 2023\n\nTil stede: Bestyrelsesmedlemmer Lis, Hanne og "
                     "Bente, suppleant Jytte\nAfbud: Kim\n\n1. Budget\nGodkendt.\n",
                     {"Lis", "Hanne", "Bente", "Jytte"},
                     {"Kim"}};
  expect_people(c);
}

// A double space inside a name (a web editor's) before its last word
// keeps the name whole; a double space between names still splits them.
TEST(AttendanceConventionsTest, DoubleSpaceInsideAName) {
  const PeopleCase c{"double space",
                     "Referat af skolebestyrelsesmøde den 3. marts 2023\n\nTil stede: Anne Holm  Bo Jensen\n"
                     "Fraværende: Thomas Karlsen, Kamilla Annie  Justenborg, Gitte Håhr\n\n1. Budget\nGodkendt.\n",
                     {"Anne Holm", "Bo Jensen"},
                     {"Thomas Karlsen", "Kamilla Annie Justenborg", "Gitte Håhr"}};
  expect_people(c);
}

// An absence list of one first name on its label's line ends there: the
// board listed under it came ("Afbud fra: Gerda" / "Bestyrelsen: ...").
TEST(AttendanceConventionsTest, OneFirstNameOnTheAbsenceLine) {
  const PeopleCase c{"a first name, then the board",
                     "Referat\n\nBestyrelsesmøde nr. 87\n\nLørdag d. 9 januar 2016 kl.09.00\n\nAfbud fra: Gerda\n\n"
                     "Bestyrelsen: Erling Skov, Helle Wisler, Per Larsen\n\n1. Budget\nGodkendt.\n",
                     {"Erling Skov", "Helle Wisler", "Per Larsen"},
                     {"Gerda"}};
  expect_people(c);
}

// A label glued to the sentence end or the note before it starts the next
// list ("... Poul Sandholt(PS).Udeblevet: Jens Mathiesen (JM)").
TEST(AttendanceConventionsTest, LabelGluedToTheListBefore) {
  const PeopleCase c{"a glued absence label",
                     "Referat\n\nTil stede: Niels Olsson (NO), Carlo Medici (CM) og Poul Sandholt(PS).Udeblevet: "
                     "Jens Ole Mathiesen (JM)\n\n1. Budget\nGodkendt.\n",
                     {"Niels Olsson", "Carlo Medici", "Poul Sandholt"},
                     {"Jens Ole Mathiesen"}};
  expect_people(c);
}

// Absence told with the verb second after an adverb: the subject after the
// verb, a role word before a first name dropped.
TEST(AttendanceConventionsTest, AbsenceWithTheVerbSecond) {
  const PeopleCase cases[] = {
      {"a substitute's first name",
       "Referat\n\nTil stede: Anne Holm, Bo Jensen\n\nDesværre kunne suppleant Lisbet ikke deltage.\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen"}, {"Lisbet"}},
      {"a full name", "Referat\n\nTil stede: Anne Holm, Bo Jensen\n\nI dag var Carl Dahl ikke til stede.\n\n"
       "1. Budget\nGodkendt.\n", {"Anne Holm", "Bo Jensen"}, {"Carl Dahl"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Small councils list first names with a note in brackets (a child, a
// role), under "Indkaldte:" (those called: present unless they sent
// afbud); an absence list of single names needs one known first name.
TEST(AttendanceConventionsTest, FirstNamesWithNotesAndThoseCalled) {
  const PeopleCase cases[] = {
      {"those called, minus afbud",
       "Beslutningsreferat fra Forældrerådsmøde mandag d. 12. august 2019\n\nIndkaldte: Anne Mette (Victorias mor), "
       "Jane (Fies mor), Martin (Jes´ far), Nataliia (Leos mor), Hanne (Ellas mor)\n\nAfbud: Hanne, Nataliia\n\n"
       "1. Torvedag\nDrøftet.\n",
       {"Anne Mette", "Jane", "Martin"}, {"Hanne", "Nataliia"}},
      {"members with their roles",
       "Referat\n\nMedlemmer: Lis (formand), Bente (kasserer), Jytte (sekretær)\n\n1. Budget\nGodkendt.\n",
       {"Lis", "Bente", "Jytte"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A transcript writes a semicolon for the colon after an attendance label,
// on a line of its own or run into the list before it.
TEST(AttendanceConventionsTest, SemicolonAfterALabel) {
  const PeopleCase cases[] = {
      {"a label's line", "Referat\n\nDeltagere; Carl Dahl, Dorte Friis\n\n1. Budget\nGodkendt.\n",
       {"Carl Dahl", "Dorte Friis"}, {}},
      {"run into the list before",
       "1 Referat Deltagere: Carl Dahl, Dorte Friis Afbud fra; Anne Holm, Bo Jensen 1. Budget Godkendt.\n",
       {"Carl Dahl", "Dorte Friis"}, {"Anne Holm", "Bo Jensen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

}  // namespace

namespace {

// Coming late, as minutes write it in the present tense or with "sig":
// "X ankommer kl. 17.30", "X tilsluttede sig mødet kl. 19.05".
TEST(AttendanceConventionsTest, LateArrivalsInThePresentTense) {
  const PeopleCase cases[] = {
      {"ankommer kl.",
       "Referat af møde i Ældrerådet den 3. marts 2022\n\nTil stede: Jette Holm, Kjeld Olsen\n"
       "Ole Dahl ankommer kl. 17.30.\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Jette Holm", "Kjeld Olsen", "Ole Dahl"}, {}},
      {"tilsluttede sig mødet",
       "Referat af møde i Lokaludvalget den 3. marts 2022\n\nFremmøde: Martin Hein tilsluttede sig mødet kl. "
       "19.05.\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Martin Hein"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A label without colon followed by its verb ("Til stede var Karen,
// Mette, Thomas og Jørgen"): the verb is no part of the first name.
TEST(AttendanceConventionsTest, LabelWithItsVerb) {
  const PeopleCase cases[] = {
      {"first names after 'Til stede var'",
       "Referat af lokalrådsmødet den 6. marts 2017\n\nTil stede var Karen, Mette, Thomas og Jørgen\n\n"
       "1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Jørgen", "Karen", "Mette", "Thomas"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Members who speak at the meeting in the past tense were there: "Formanden
// Hanne Berg aflagde beretning", "Ole Dahl gennemgik regnskabet", "X
// takkede ...", "X svarede, at ..." (a question's word is no name's).
TEST(AttendanceConventionsTest, SpeakersGivingReportsAndAnswers) {
  const PeopleCase cases[] = {
      {"report and accounts",
       "Referat af bestyrelsesmøde den 3. marts 2022\n\nTil stede: Jette Holm, Kjeld Olsen\n\n1. Beretning\n"
       "Formanden Hanne Berg aflagde beretning. Ole Dahl gennemgik regnskabet.\n\n2. Eventuelt\nIntet.\n",
       {"Hanne Berg", "Jette Holm", "Kjeld Olsen", "Ole Dahl"}, {}},
      {"after a question",
       "Referat af bestyrelsesmøde den 3. marts 2022\n\nTil stede: Jette Holm, Kjeld Olsen\n\n1. Verdensmål\n"
       "Hvordan arbejder vi med Verdensmål? Jette Holm takkede for oplægget.\n\n2. Eventuelt\nIntet.\n",
       {"Jette Holm", "Kjeld Olsen"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// An organisation written after a name with no comma ("Jette Holm Lead
// Agency"): two words or more at the end that are neither first names nor
// surnames are no part of the name; a double first name before a surname
// we do not know stays whole.
TEST(AttendanceConventionsTest, OrganisationAfterANameWithoutAComma) {
  const PeopleCase cases[] = {
      {"guests and their firms",
       "Referat af møde i Samarbejdsudvalget den 3. marts 2022\n\nDeltagere: Jette Holm, Kjeld Olsen\n"
       "Gæster: Frank Laybourn Lead Agency, Hanne Berg Mermaid Care\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Frank Laybourn", "Hanne Berg", "Jette Holm", "Kjeld Olsen"}, {}},
      {"a double first name",
       "Referat af møde i Samarbejdsudvalget den 3. marts 2022\n\nDeltagere: Jette Holm, Kjeld Olsen\n"
       "Afbud: Marie Kristine Braad Carstens\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Jette Holm", "Kjeld Olsen"}, {"Marie Kristine Braad Carstens"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// An absence list of first names ("Afbud: Ejner, Annelene") names a
// person by a first name we do not know as well as by one we know.
TEST(AttendanceConventionsTest, AbsenceListOfFirstNames) {
  const PeopleCase cases[] = {
      {"an unknown first name after a known one",
       "Referat fra bestyrelsesmøde 9. november 2009\n\nMødedeltagere: Gretel, Vita, Claus\n\n"
       "Afbud: Ejner, Annelene\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Claus", "Gretel", "Vita"}, {"Annelene", "Ejner"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Afbud fra X stedfortræder Y": X sent apologies, Y came in X's place,
// also with several such pairs in one line.
TEST(AttendanceConventionsTest, SubstituteNamedInAnAfbudFraLine) {
  const PeopleCase cases[] = {
      {"one pair",
       "Referat af møde i Udsatterådet den 3. marts 2022\n\nDeltagere: Jette Holm, Kjeld Olsen\n"
       "Afbud fra Hanne Berg stedfortræder Ole Dahl\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Jette Holm", "Kjeld Olsen", "Ole Dahl"}, {"Hanne Berg"}},
      {"two pairs",
       "Referat af møde i Udsatterådet den 3. marts 2022\n\nDeltagere: Jette Holm, Kjeld Olsen\n"
       "Afbud fra Hanne Berg stedfortræder Ole Dahl, Bo Lund stedfortræder Per Moe\n\n"
       "1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Jette Holm", "Kjeld Olsen", "Ole Dahl", "Per Moe"}, {"Bo Lund", "Hanne Berg"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Initials for the first names start a name ("J.P. Christiansen", "A.
// Holm"), also before a first name we know ("H. Kristian Wollesen").
TEST(AttendanceConventionsTest, InitialsForFirstNames) {
  const PeopleCase cases[] = {
      {"initials before a surname and before a first name",
       "Referat af møde i Menighedsrådet den 3. marts 2022\n\nDeltagere: J.P. Christiansen, K.B. Nielsen, "
       "H. Kristian Wollesen, A. Holm\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"A. Holm", "H. Kristian Wollesen", "J.P. Christiansen", "K.B. Nielsen"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A register run together from a PDF table: after an organisation's
// abbreviation or a word of one, a known first name starts the next person.
TEST(AttendanceConventionsTest, OrganisationAbbreviationEndsARunOnEntry) {
  const PeopleCase cases[] = {
      {"abbreviation and authority between the people",
       "Referat af møde i Styregruppen den 3. marts 2022\n\nDeltagere: Jens Hansen Region Syddanmark Karen Olsen "
       "KL Peter Madsen Odense Kommune Lise Berg Sundhedsstyrelsen\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Jens Hansen", "Karen Olsen", "Lise Berg", "Peter Madsen"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A council's roster run together in a transcript's header: each member
// closed by a party letter ("(A)", "(V)", "(Ø)"), a role before it in
// brackets or after it ("- formand"), under a label the line runs past
// ("Tilstede") or none. The members are present; a sentence about people
// with party letters ("... deltog ikke i sagens behandling") is no roster.
TEST(AttendanceConventionsTest, PartyLetteredRosterRunTogether) {
  const PeopleCase cases[] = {
      {"a label without colon, roles after the party letters",
       "Teknisk Udvalg tirsdag den 1. marts 2011 kl. 13:00 Åbent møde Tilstede Anne Holm Berg (A) - formand "
       "Bo Dahl (F) - næstformand Carl Friis (O) Dorte Lund (V) Afbud/Fraværende Sekretær Erik Bak\n"
       "1. Meddelelser\nTaget til efterretning.\n",
       {"Anne Holm Berg", "Bo Dahl", "Carl Friis", "Dorte Lund"}, {}},
      {"no label, roles in brackets, absent listed after",
       "Byrådsmøde Jens Hansen (Borgmester)(V), Karen Olsen (1. Viceborgmester)(A), Lise Berg(Ø), Peter Madsen(C), "
       "Afbud: Ole Bak (V),\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Jens Hansen", "Karen Olsen", "Lise Berg", "Peter Madsen"}, {"Ole Bak"}},
      {"a sentence about members with party letters",
       "Referat\n1. Godkendelse af dagsorden\nGodkendt.\nAnne Holm (A), Bo Dahl (A) Carl Friis (F) og Dorte Lund (Ø) "
       "deltog ikke i sagens behandling.\n",
       {}, {"Anne Holm", "Bo Dahl", "Carl Friis", "Dorte Lund"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// The meeting's officers were there: the people an item "Valg af dirigent"
// (referent, ordstyrer, mødeleder, stemmetællere) names in its heading and
// first lines, first names alone too; also "Valg af dirigent: X." inside a
// paragraph and "X valgt som referent", "Y vælges som dirigent" - but not
// an agenda's proposal ("Direktøren indstiller, at X vælges som dirigent").
TEST(AttendanceConventionsTest, OfficersElectedWereThere) {
  const PeopleCase cases[] = {
      {"full names in the items' first lines",
       "Referat fra generalforsamlingen 22.02.2022\n1. Valg af dirigent\nBestyrelsen foreslår Bjarne Olsen\n"
       "2. Valg af referent\nTonny Rasmussen, Borup, blev valgt.\n3. Beretning\nGodkendt.\n",
       {"Bjarne Olsen", "Tonny Rasmussen"}, {}},
      {"first names alone, in the heading and under it",
       "Referat af møde i Seniorrådet den 3. marts 2022\n\n1. Valg af mødeleder og ordstyrer, Lisbet mødeleder og "
       "Mogens ordstyrer\n2. Valg af referent\n    Jette\n3. Godkendelse af dagsorden\nGodkendt.\n",
       {"Jette", "Lisbet", "Mogens"}, {}},
      {"inside a paragraph, and the verb's short forms",
       "Referat fra generalforsamlingen 16. marts 2015\n\nValg af dirigent: Helle Thagesen. Anne Marie Broager "
       "valgt som referent. Sussie Isaksen og Ellen Jessen valgt som stemmetællere.\n\n1. Beretning\nGodkendt.\n",
       {"Anne Marie Broager", "Ellen Jessen", "Helle Thagesen", "Sussie Isaksen"}, {}},
      {"an agenda's proposal",
       "Dagsorden for repræsentantskabsmødet 3. marts 2022\n\n1. Valg af dirigent\nDirektøren indstiller, at "
       "næstformand Jan Ravn Christensen vælges som dirigent.\n2. Beretning\nTil efterretning.\n",
       {}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}


// A stand-in named with the member whose place they took: "X deltog i mødet
// i stedet for Y" (Y away, X came), "X, F (midlertidigt for Y)" in a list of
// those present, and a register's "Y, Gribskov Kommune supp. X deltog" (also
// after a comma: "Y, Københavns Kommune, supp. X deltog").
TEST(AttendanceConventionsTest, StandInNamedWithTheMemberAway) {
  const PeopleCase cases[] = {
      {"deltog i mødet i stedet for",
       "Børn og Læringsudvalget\nReferat 8. september 2021\nDeltagere: Anne Holm (A), Bo Jensen (V)\n\n"
       "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\nFraværende:\n\n"
       "Carl Dahl (V) deltog i mødet i stedet for Erik Lund (I).\n\n2. Orientering\nTaget til efterretning.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {"Erik Lund"}},
      {"midlertidigt for, in a list of those present",
       "Udvalget for uddannelse\nReferat 7. marts 2019\nDeltagere\n • Anne Holm, V\n • Bo Jensen, A\n"
       " • Carl Dahl, F (midlertidigt for Erik B. Lund)\n\n1. Temadrøftelse\nDrøftet.\n",
       {"Anne Holm", "Bo Jensen", "Carl Dahl"}, {"Erik B. Lund"}},
      {"a register's supp. X deltog",
       "REFERAT KKR\nDato: 4. marts 2016\nDeltagere: Anne Holm, Egedal Kommune Bo Jensen, Furesø Kommune "
       "Carl Dahl, Gribskov Kommune supp. Erik Lund deltog Hans Berg, Herlev Kommune Jens Moe, Københavns "
       "Kommune, supp. Per Friis deltog Lars Toft, Lyngby-Taarbæk Kommune\n\n1. Godkendelse af referat\nGodkendt.\n",
       {"Anne Holm", "Bo Jensen", "Erik Lund", "Hans Berg", "Per Friis", "Lars Toft"}, {"Carl Dahl", "Jens Moe"}},
  };
  for (const auto& c : cases) expect_people(c);
}


// A body's name written after a person's, in the definite form or the
// genitive ("Friluftsrådets bestyrelse", "Beskæftigelsesministeriet:",
// "DA-Fællesskabet:"), is no part of the name, also where it heads the next
// group of a register run together.
TEST(AttendanceConventionsTest, BodyNamedAfterAPersonIsNoSurname) {
  const PeopleCase cases[] = {
      {"genitive after each name",
       "15. juni 2010 Referat fra møde i Regionskontaktudvalget den 31. maj 2010 Tilstede: Egon Holm "
       "Friluftsrådets bestyrelse (fra punkt 3) Jeppe Dahl Friluftsrådets bestyrelse 1. Godkendelse af "
       "dagsorden Der var en kort præsentationsrunde.\n",
       {"Egon Holm", "Jeppe Dahl"}, {}},
      {"the next group's name before its colon",
       "Mødereferat\nMødedato 1. november 2017\nDeltagere: Anne Holm, Carl Dahl Beskæftigelsesministeriet: "
       "Hans Berg Sekretariatet: Jens Moe\n\n1. Godkendelse\nGodkendt.\n",
       {"Anne Holm", "Carl Dahl", "Hans Berg", "Jens Moe"}, {}},
      {"after a role word",
       "Mødereferat\nMødedato 1. november 2017\nDeltagere Formand Lis Holm DA-Fællesskabet: Carl Dahl, DA Erik "
       "Lund\n\n1. Godkendelse\nGodkendt.\n",
       {"Lis Holm", "Carl Dahl", "Erik Lund"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A comma list of full names that the page's width (a PDF's, a web page's
// text) wraps in the middle of a name: the line ends in the name's first
// part (a known first name, two of them, or initials) and the next line
// opens with its surname ("Christine Dal (CD), Mette" / "Mathiasson (Me),
// ..."). In a list of first names only, a first name at a line's end is a
// whole entry, and a new paragraph after it is no surname.
TEST(AttendanceConventionsTest, NameWrappedOverTwoLines) {
  const PeopleCase cases[] = {
      {"first name at the line's end, surname and note on the next",
       "Referat af bestyrelsesmøde den 16. marts 2015\nTil stede: Lars Holm (Formand), Søren Dahl (SD), Bo Berg "
       "(BB), Mette\nMathiasson (Me), Pia Lund (PL) og Jens Moe (Rektor)\nAfbud: Maja Friis (MF)\n\n"
       "1. Godkendelse af referat\nGodkendt.\n",
       {"Lars Holm", "Søren Dahl", "Bo Berg", "Mette Mathiasson", "Pia Lund", "Jens Moe"}, {"Maja Friis"}},
      {"a label over the list, initials and the last entry after og",
       "Referat\nDeltagere:\nBjarne Holm, Knud Dahl, Lisa Pihl Berg, Ebbe\nChristensen, Helle Lund, H.C.\n"
       "Rasmussen\nAfbud:\n\n1. Godkendelse\nGodkendt.\n",
       {"Bjarne Holm", "Knud Dahl", "Lisa Pihl Berg", "Ebbe Christensen", "Helle Lund", "H.C. Rasmussen"}, {}},
      {"a role before the first name, two first names before og",
       "Referat af MR møde 13. august 2019\n\nTil stede: Helga Holm, Hans Dahl, præst: Julie\nAulkær Gløe, "
       "organist: Lene Berg, samt suppleanterne: Birgit Lund og Anne Marie\nRoesgaard.\n\n"
       "1. Godkendelse af dagsordenen.\n",
       {"Helga Holm", "Hans Dahl", "Julie Aulkær Gløe", "Lene Berg", "Birgit Lund", "Anne Marie Roesgaard"}, {}},
      {"first names only: the last is an entry, the paragraph after it no surname",
       "Referat\nTil stede: Orla, Stig, Mikkel, Kaj og Leif\n\nSidste referat blev godkendt.\n\n1. Havnen\nDrøftet.\n",
       {"Orla", "Stig", "Mikkel", "Kaj", "Leif"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A first name we do not know before one we do ("Aicha Gry Andersen",
// "Wiktoria Anna Zielinska", "Nadja Maria Hageskov (C)"), in a list whose
// entries are all names: the whole is the person's name, not the previous
// person's organisation and then "Gry Andersen". A run of "Name,
// Municipality Name" entries keeps its places with the person before.
TEST(AttendanceConventionsTest, UnfamiliarFirstNameBeforeAKnownOne) {
  const PeopleCase cases[] = {
      {"a label's list of full names",
       "Referat af skolebestyrelsesmøde 22. juni 2010\n\nForældrevalgte: Henrik Gissel Holm, Aicha Gry Andersen, "
       "Ib Hougaard Hansen, Claus Dahl.\n\n1. Godkendelse\nGodkendt.\n",
       {"Henrik Gissel Holm", "Aicha Gry Andersen", "Ib Hougaard Hansen", "Claus Dahl"}, {}},
      {"til stede, the unfamiliar name in the middle",
       "Referat af bestyrelsesmøde 10. december 2020\nTil stede: Søren Berg, Mette Fiirgaard Lund, Wiktoria Anna "
       "Zielinska, Dorte Holm og Thomas Dahl (sekretær).\n\n1. Godkendelse\nGodkendt.\n",
       {"Søren Berg", "Mette Fiirgaard Lund", "Wiktoria Anna Zielinska", "Dorte Holm", "Thomas Dahl"}, {}},
      {"in prose with party letters",
       "Referat\nØkonomiudvalget\n\n1. Meddelelser\nCenterchef Bo Holm orienterede om valget. Nadja Maria "
       "Hageskov (C), Troels Moe (I) og Peter Berg (T) deltog ikke i mødet.\n",
       {"Bo Holm"}, {"Nadja Maria Hageskov", "Troels Moe", "Peter Berg"}},
      {"a run of name and municipality: the place is no first name",
       "Referat\nDeltagere: Morten Andersen, Nordfyn Anker Boye, Odense Curt Sørensen, Svendborg\n\n"
       "1. Godkendelse\nGodkendt.\n",
       {"Morten Andersen", "Anker Boye", "Curt Sørensen"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// An absence lead that ends in a colon, with more words than a label ("Der
// var afbud fra 10 medlemmer:", "Der var afbud fra:", "Fraværende i
// Område-MED Sundhed og Ældre - den 2. september 2020:"): the names after
// the colon, on its line or on the lines below it, are absent. An item's
// absence ("Fraværende under punkt 3:") is not the meeting's.
TEST(AttendanceConventionsTest, AbsenceLeadEndingInAColon) {
  const PeopleCase cases[] = {
      {"a count and a group before the colon, the list runs on",
       "Referat af landsrådsmøde 2. maj 2009\nFormanden bød velkommen. Der var afbud fra 3 landsrådsmedlemmer: "
       "Anne Holm (distrikt 5), Bo Jensen (5) og Carl Dahl (FDB, Severin og Republica). 2. Orientering\n"
       "Dorte Friis supplerede beretningen.\n",
       {}, {"Anne Holm", "Bo Jensen", "Carl Dahl"}},
      {"the colon ends the line, one name and organisation a line",
       "Referat af møde i Brugerråd Syd d. 7. november 2006\n\nTil stede: Anne Holm (formand), Erik Lund\n\n"
       "Brugerrådet mødtes ved porten.\n\nDer var afbud fra:\n\nBo Jensen, Dragør Kommune\n\nCarl Dahl, Tårnby "
       "Kommune (fraværende)\n\n1. Orientering\nGodkendt.\n",
       {"Anne Holm", "Erik Lund"}, {"Bo Jensen", "Carl Dahl"}},
      {"a lead that names the body and the date",
       "Referat\n1. Budget 2021\nOrienteringen blev taget til efterretning.\n\nFraværende i Område-MED Sundhed "
       "og Ældre - den 2. september 2020:\n\nAnne Holm, Bo Jensen og Carl Dahl\n\nTil toppen\n",
       {}, {"Anne Holm", "Bo Jensen", "Carl Dahl"}},
      {"an item's absence is no lead",
       "Referat\nTil stede: Anne Holm, Bo Jensen\n\n1. Budget\nFraværende under punkt 1 og 2:\n\nBo Jensen\n",
       {"Anne Holm", "Bo Jensen"}, {}},
      // Case 804 (Thisted's city council): the board's compound in the lead
      // ("Thisted Kommunalbestyrelsen") is no one's name.
      {"a lead that names the council and the date after a comma",
       "31. maj 2022\n\nDeltagere:\n\n • Brian Nielsen (D)\n • Claus Nybo (A)\n\n89. Godkendelse af dagsorden\n\n"
       "Udskriv\n\nIndstilling\n\nTil godkendelse.\n\nBeslutning\n\nGodkendt.\n\nFraværende i Thisted "
       "Kommunalbestyrelsen, 31. maj 2022:\n\nClaus Nybo\n\nTil toppen\n",
       {"Brian Nielsen"}, {"Claus Nybo"}},
      // The same as a PDF transcript prints it: the lead after the
      // decision's sentence, the absentee after it on the line.
      // Case 807 (Ringkøbing-Skjern's Byråd): the page's link and print
      // buttons before the head, which the transcript ran onto the last
      // absentee, are no part of the name.
      {"the agenda page's buttons after the last absentee",
       "Referat: 21. maj 2019 kl. 16:00\n\nTranskript\n\n1 Referat: 21. maj 2019 kl. 16:00 Byrådssalen, Rådhuset, "
       "Ved Fjorden 6, Ringkøbing Byrådet Deltagere • Pia Vestergaard • Gitte Kjeldsen • Erik Viborg • Niels "
       "Rasmussen Fraværende • Svend Boye Thomsen • Kristian Bøgsted Kopier link til punktet  -   Print 1: "
       "Spørgetid i Byrådet Sagsnr: Sagsfremstilling Efter udsendelse af dagsorden har borgmesteren modtaget "
       "følgende spørgsmål fra borgere i Ringkøbing-Skjern Kommune: Spørgsmål fra Jens Kristian Lynderup: Til "
       "byrådet (Borgmester Hans Østergaard) På vegne af naboerne på Dalsvinget, Kærvej og dele af Bredgade i "
       "Videbæk skal jeg stille følgende spørgsmål omkring processen i Lokalplansforslag 433.\n",
       {"Pia Vestergaard", "Gitte Kjeldsen", "Erik Viborg", "Niels Rasmussen"},
       {"Svend Boye Thomsen", "Kristian Bøgsted"}},
      {"the lead and its names run into the decision's line",
       "31. maj 2022\n\nTranskript\n\n1 31. maj 2022 Deltagere: • Brian Nielsen (D) • Claus Nybo (A) 89. "
       "Godkendelse af dagsorden Udskriv Indstilling Til godkendelse. Beslutning Godkendt. Fraværende i Thisted "
       "Kommunalbestyrelsen, 31. maj 2022: Claus Nybo Til toppen 90. Naturnationalpark - udpegning af to "
       "repræsentanter til lokal projektgruppe Udskriv Sagstema Udpegning af to repræsentanter til den lokale "
       "projektgruppe ved etablering af en naturnationalpark i Thy.\n",
       {"Brian Nielsen"}, {"Claus Nybo"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Small boards tell two members of one first name apart by the surname's
// initial ("Karina, Mette T, Vitus", "Hanne R og Hanne T."): in a list of
// absentees' first names, a first name and one capital letter is one
// person, kept with the initial. (Read so in lists of those present too,
// it found more wrong names than right ones on unseen minutes.)
TEST(AttendanceConventionsTest, FirstNameAndSurnameInitialAbsent) {
  const PeopleCase cases[] = {
      {"an unknown first name after the initial",
       "Referat af Bestyrelsesmøde 07-11-2022\nMødedeltagere: Vibe, Kaare, Mie\nAfbud: Karina, Mette T, Vitus\n"
       "Referent: Vibe\n 1. Formalia\n",
       {"Vibe", "Kaare", "Mie"}, {"Karina", "Mette T", "Vitus"}},
      {"two of one first name, the last with a dot",
       "Referat af bestyrelsesmødet\nTilstede: Ketty, Niels, Marion\nFraværende: Hanne R og Hanne T.\n\n"
       "1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Ketty", "Niels", "Marion"}, {"Hanne R", "Hanne T"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// The officer proposed in the minutes' past tense ("X foreslog Y som
// dirigent", "Herefter blev Y foreslået som dirigent og valgt") was at the
// meeting; a proposal in the present tense of a notice was not.
TEST(AttendanceConventionsTest, OfficerProposedInThePastTense) {
  const PeopleCase cases[] = {
      {"the proposer and the proposed",
       "Referat af generalforsamling 16. marts 2012\nPkt. 1: Valg af dirigent Anne Holm (Formand) foreslog Bo "
       "Jensen som dirigent. BJ blev valgt.\n",
       {"Anne Holm", "Bo Jensen"}, {}},
      {"a title before, an organisation after",
       "Referat\n1. Valg af dirigent\nPå vegne af bestyrelsen foreslog formanden advokat Carl Dahl fra Dahl "
       "Advokater som dirigent. Der var ingen indsigelser.\n",
       {"Carl Dahl"}, {}},
      {"the passive",
       "Referat fra kredsmøde\nValg af dirigent Herefter blev Erik Lund foreslået som dirigent og valgt uden "
       "modkandidater.\n",
       {"Erik Lund"}, {}},
      {"a notice's proposal",
       "Indkaldelse til generalforsamling\nBestyrelsen foreslår, at Bo Jensen vælges, og foreslår Carl Dahl som "
       "dirigent.\n",
       {}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Who reported to the meeting, the subject of a report's verb in the past
// tense, was there: "Peter Nørkjær og Johnny Pedersen fremlagde Flis
// projektet" (a district-heating company's general assembly), "Henny
// Holmgaard, Herning Kommune, informerede om ..." (a regional council's
// forum), "Kasserer, Peter Skjoldlund, fremlagde regnskabet" (a patients'
// branch), "Dorthe Christiansen orienterede om ..." (a committee), "Borgmester
// Uffe Thorndahl (C) oplyste, at ..." (Hørsholm's Økonomiudvalg, as Danske
// Ældreråd's board and Christianshavn's Lokaludvalg write it). Not
// another verb's subject, a first name alone, nor one the minutes record
// as absent.
TEST(AttendanceConventionsTest, ReportersInThePastTense) {
  const PeopleCase cases[] = {
      {"two subjects joined by og",
       "Ekstraordinær generalforsamling\nDagsorden:\n1.) Valg af dirigent.\n2.) Projektforslag.\n"
       "Peter Nørkjær og Johnny Pedersen fremlagde Flis projektet, og efter en god spørgelyst blev der gået til "
       "afstemning.\n",
       {"Peter Nørkjær", "Johnny Pedersen"}, {}},
      {"an organisation in apposition",
       "Referat\n2. Kommunernes arbejde\nHenny Holmgaard, Herning Kommune, informerede om kommunernes arbejde.\n",
       {"Henny Holmgaard"}, {}},
      {"a role before the name in apposition",
       "Referat af generalforsamling\nAd punkt 3: Kasserer, Peter Skjoldlund, fremlagde regnskabet for 2013.\n",
       {"Peter Skjoldlund"}, {}},
      {"a mayor's information, his party letter between",
       "Referat\nMeddelelser: Borgmester Uffe Thorndahl (C) oplyste, at der i forbindelse med "
       "udviklingsplaner for Hørsholm Bymidte, bliver behov for ekstern bistand.\n",
       {"Uffe Thorndahl"}, {}},
      {"the subject of another verb",
       "Referat\n1. Rundvisning\nCenterleder Mette Engberg Munch viste rådet rundt på plejehotellet, hvorefter "
       "Mette kort orienterede om stedet.\n",
       {}, {}},
      {"an absence recorded stays",
       "Referat\nAfbud: Dorthe Christiansen\n1. Genåbning\nDorthe Christiansen orienterede om forberedelserne.\n",
       {}, {"Dorthe Christiansen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A post and the one elected to it in one clause: "Til formand valgtes
// Kaj Oluf Jensen" (a parish council constituting itself), "Som sekretær
// genvalgtes Palle Birk" (a museum's board), "Dirigent Jens Boutrup blev
// valgt" (a district-heating company's general assembly). Not an auditor
// or a substitute, nor a first name's listed person again.
TEST(AttendanceConventionsTest, PostsFilledInProse) {
  const PeopleCase cases[] = {
      {"the verb before the name, one post a line",
       "Referat af menighedsrådsmøde\n1. Valg af formand og næstformand\nTil formand valgtes Kaj Oluf Jensen\n"
       "Til næstformand valgtes Bente Ladegaard Jakobsen\n",
       {"Kaj Oluf Jensen", "Bente Ladegaard Jakobsen"}, {}},
      {"the meeting's officer before the name",
       "Ekstraordinær generalforsamling\nDagsorden:\n1.) Valg af dirigent.\n2.) Eventuelt\n"
       "Dirigent Jens Boutrup blev valgt, og erklærede generalforsamlingen for lovlig indvarslet.\n",
       {"Jens Boutrup"}, {}},
      {"an auditor may be elected in absentia",
       "Referat af generalforsamling\n1. Valg af revisor\nTil revisor valgtes Erik Lund.\n", {}, {}},
      {"the listed first name is the same person",
       "Bestyrelsesmøde\nTil stede: Inge, Sonja og Palle\n1. Konstituering\nSom sekretær genvalgtes Palle Birk.\n",
       {"Inge", "Sonja", "Palle"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A board's constitution one office a line under its head ("Konstituering:",
// "Bestyrelsen konstituerede sig således:", "Valg:") names its officers
// present, unless a line naming one tells an absence. Excerpts of a
// district heating board (Varme 8350), a local council of Frederiksberg
// (Sorø), a patients' association's branch (LAP Københavns Omegn) and a
// village council (Lindved).
TEST(AttendanceConventionsTest, BoardConstitutedOneOfficeALine) {
  const PeopleCase cases[] = {
      {"Konstituering: (Varme 8350)",
       "Heimo Dalsgaard – HD\nLars Wahlqvist – LW\nKarl Anker Jensen – KAJ\nBjarne Pedersen – BP\nJens Nielsen – "
       "JN\nMichael Kock – MK (afbud)\n\nReferat fra sidste møde:\n\nHD kunne i sin egenskab af sekretærvikar "
       "konstatere, at referatet fra sidste møde blev godkendt.\n\nKonstituering:\n\nFormand: Heimo Dalsgaard\nNæstformand: Lars Wahlqvist\n"
       "Kasserer: Karl Anker Jensen\nSekretær: Michael Kock\nBestyrelsesmedlem: Bjarne Pedersen\n\nDaglig drift:\n\n"
       "Intet unormalt at bemærke – værket kører som det skal.\n\nØkonomi:\n\nØkonomien ”ser ud som sidste år” "
       "(sekretæren lover at dette emne uddybes i næste referat)\n",
       {"Bjarne Pedersen", "Heimo Dalsgaard", "Karl Anker Jensen", "Lars Wahlqvist"}, {}},
      {"konstituerede sig således: (Frederiksberg, Sorø)",
       "Referat\n1. Konstituering\nBestyrelsen konstituerede sig således:\nFormand: Tina Hyldegaard\n"
       "Kasserer: Malene Rasmussen\nSekretær: Jørn-Ole Hesselvig\n2. Eventuelt\nIntet.\n",
       {"Jørn-Ole Hesselvig", "Malene Rasmussen", "Tina Hyldegaard"}, {}},
      {"a numbered head, a long office (LAP)",
       "Referat af bestyrelsesmøde\n5 Bestyrelsen konstituerede sig i enighed således:\nFormand: Lars Arredondo\n"
       "Næstformand: Michael P. Krog\nSekretær og officiel kontaktperson: Anders T. Raabo\n6 Eventuelt\nIntet.\n",
       {"Anders T. Raabo", "Lars Arredondo", "Michael P. Krog"}, {}},
      {"Valg: without colons (Lindved)",
       "Referat fra Lokalrådets møde 18. september 2006\n2. Valg af formand, næstformand, kasserer og sekretær for "
       "det kommende år.\nValg:\nFormand Mogens Thomsen\nNæstformand Hans Weber\nKasserer Jan Friis\nSekretær "
       "Birgith Havreballe\nTil landdistriktsrådet Hans Weber\n3. Godkendelse af referat fra de sidste 2 møder.\n"
       "Godkendt og underskrevet\n",
       {"Birgith Havreballe", "Hans Weber", "Jan Friis", "Mogens Thomsen"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A list closed as a sentence after the last entry's note in brackets
// ("..., Casper (referent).", "... og Arne Svendsen (Ref)."): the period
// is the sentence's, so a list of first names stays a list of people.
// Excerpts of a medical society's board, a gymnasium association's board
// and a LAP working group.
TEST(AttendanceConventionsTest, ListClosedByAPeriodAfterANote) {
  const PeopleCase cases[] = {
      {"first names, the last with its office (a medical society's board)",
       "Referat af bestyrelsesmøde d. 28/2-23.\n\nTilstede:\nSamuel, Marie, Louisa, Casper (referent).\nAfbud:\n"
       "Kenneth, Mads, Bue, Rasmus\n\nBestyrelsen var ikke beslutningsdygtig pga. for få mødedeltagere.\n",
       {"Casper", "Louisa", "Marie", "Samuel"}, {"Bue", "Kenneth", "Mads", "Rasmus"}},
      {"full names, \"(Ref).\" last (a gymnasium association's board)",
       "Referat af bestyrelsesmøde den 21.9.2015\nTil stede: Trine Birkmose, Karsten Olsen, Camilla Lander og Arne "
       "Svendsen (Ref).\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Arne Svendsen", "Camilla Lander", "Karsten Olsen", "Trine Birkmose"}, {}},
      {"notes on the first and the last (a LAP working group)",
       "Referat af møde i Refugie-gruppen, 14. april 2008\nDeltagere: Anne-Marie Valbak (mødeleder), Krystyna "
       "Hansen, Michael Freisleben, Karl Bach (referent).\n1. Velkomst\nIntet.\n",
       {"Anne-Marie Valbak", "Karl Bach", "Krystyna Hansen", "Michael Freisleben"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Fraværende:" / "Godkendt.": an agenda system prints the absence label
// empty over each decision, the decision's sentence under it. The list is
// empty and ends at the sentence; names further down are no absentees
// (under "Gæster tilstede:", guests). Excerpts of Odsherred's Integrationsråd
// (PolWeb) and Slagelse's Social- og Beskæftigelsesudvalg and Ældreråd.
TEST(AttendanceConventionsTest, EmptyAbsenceLabelOverTheDecision) {
  const PeopleCase cases[] = {
      {"guests under a label of their own (Odsherred)",
       "Referat\n\n25.    Godkendelse af dagsorden\n\nBeslutning fra Integrationsrådet\n\nDato: 15. juni 2015\n\n"
       "Fraværende:\n\nGodkendt.\n\nGæster tilstede:\n\nPatrick Makwala\n\nDogan Yurdakul\n\n26.    Gensidig "
       "orientering\n\nIntet.\n",
       {"Dogan Yurdakul", "Patrick Makwala"}, {}},
      {"a committee's decision (Slagelse)",
       "Referat\n1. Godkendelse af dagsorden (B)\nBeslutning i Social- og Beskæftigelsesudvalget den 1. februar "
       "2021:\nFraværende: \nGodkendt.\nHenrik Holm\nLise Dahl\n2. Gensidig orientering (O)\nIntet.\n",
       {}, {}},
      {"a council's election (Slagelse's Ældreråd)",
       "Referat\n1. Valg af ordstyrer\nBeslutning i Ældrerådet den 27. august 2019:\nFraværende: \nNiels "
       "Jørgensen blev valgt til ordstyrer.\n2. Godkendelse af dagsorden (B)\nGodkendt.\n",
       {"Niels Jørgensen"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// Initials inside a name as Danish lists write them: two glued in the
// middle ("Peter H.S. Kristensen"), a shortened first name before the
// second ("Chr. Ebbe Mortensen") and a member's initials for the first
// names in a run of names a transcript printed without commas ("...
// Preben Rasmussen K.H. Petersen Niels Jørgen Holm ..."). Excerpts of
// Brønderslev's Integrationsråd, a users' council of the state forests
// and an academy's board.
TEST(AttendanceConventionsTest, InitialsInsideNames) {
  const PeopleCase cases[] = {
      {"two glued middle initials (Brønderslev)",
       "Referat\nDeltagere: Svend Erik Trudslev, Anne Holm\nAfbud: Peter H.S. Kristensen, Frede Hansen og Pia Uth."
       "\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Anne Holm", "Svend Erik Trudslev"}, {"Frede Hansen", "Peter H.S. Kristensen", "Pia Uth"}},
      {"a shortened first name (a users' council)",
       "Referat af møde i Brugerråd Syd d. 7. november 2006\n\nFølgende var mødt:\n\nOle Nielsen, Nabo\n\n"
       "Der var afbud fra:\n\nChr. Ebbe Mortensen, Københavns Amt\n\nHenrik Olsen, Den kgl. Veterinær- og "
       "Landbohøjskole\n\nMødet blev indledt med en ekskursion.\n",
       {"Ole Nielsen"}, {"Chr. Ebbe Mortensen", "Henrik Olsen"}},
      {"initials in a run of names (an academy's board)",
       "7. bestyrelsesmøde torsdag den 18. marts 2010 REFERAT Bestyrelsen: Ernst Lykke Nielsen Anders Jensen "
       "Preben Rasmussen K.H. Petersen Niels Jørgen Holm Gita Grüning Flemming Krogh\n\n1. Godkendelse af "
       "dagordenen\n\nDagsordenen blev godkendt uden bemærkninger.\n",
       {"Anders Jensen", "Ernst Lykke Nielsen", "Flemming Krogh", "Gita Grüning", "K.H. Petersen",
        "Niels Jørgen Holm", "Preben Rasmussen"},
       {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// One person a line, a comma, then the organisation the person sits for,
// under "Følgende var mødt:" and "Der var afbud fra:" (Naturstyrelsen's
// Brugerråd Syd, verbatim): the organisations are no people, a four-word
// name stays whole, and a shortened first name after the absence label
// ("Chr. Ebbe Mortensen") is read. The same lines serve RSD's
// Kommunekontaktudvalg ("Tonni Hansen, Langeland Kommune") and Fanø's
// meeting with its grundejerforeninger ("Kurt Thorøe, Skovly
// Grundejerforening"). A "Deltagere:" label reads the same.
TEST(AttendanceConventionsTest, NameAndOrganisationALine) {
  const std::string lines =
      "\n\nKlaus Waage Sørensen (formand), Jægersborg Statsskovdistrikt\n\nOve Løbner, Københavns Kommune.\n\n"
      "Bertel Riber, Dragør Kommune\n\nPoul Erik Birk Jakobsen, Danmarks Idræts Forbund\n\nArne Holten, "
      "Danmarks Jægerforbund\n\nOle Nielsen, Nabo\n\nDer var afbud fra:\n\nChr. Ebbe Mortensen, Københavns "
      "Amt\n\nHenrik Olsen, Den kgl. Veterinær- og Landbohøjskole\n\nMødet blev indledt med en ekskursion.\n";
  const std::vector<std::string> present = {"Arne Holten", "Bertel Riber", "Klaus Waage Sørensen",
                                            "Ole Nielsen", "Ove Løbner",   "Poul Erik Birk Jakobsen"};
  const std::string head = "Referat af møde i Brugerråd Syd d. 7. november 2006\n\n\n";
  const std::string moedt = head + "Følgende var mødt:" + lines;
  const std::string deltagere = head + "Deltagere:" + lines;
  const PeopleCase cases[] = {
      {"Følgende var mødt (Brugerråd Syd)", moedt.c_str(), present, {"Chr. Ebbe Mortensen", "Henrik Olsen"}},
      {"Deltagere", deltagere.c_str(), present, {"Chr. Ebbe Mortensen", "Henrik Olsen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// The heads of a flattened attendance table stacked before its values
// ("Deltagere: Afbud: A, B"), the members' head first: the names are mostly
// the first column's, those present, also when more heads stand between
// the members' and the absence head (a council's party groups: "DELTAGERE:
// Siumut: Inuit Ataqatigiit: Atassut: Fraværende: Embedsmænd: Tolk:
// Referat ..."). Excerpts of Kommune Kujalleq's council, Varde's Kultur-
// og Fritidsudvalg and Tårnby's Kommunalbestyrelse (docplayer transcripts).
TEST(AttendanceConventionsTest, StackedHeadsOfAFlattenedTable) {
  const PeopleCase cases[] = {
      {"party groups between the heads (Kujalleq)",
       "Referat Møde 02/2014 Mødet afholdt i Qaqortoq, kommunekontorets mødesal\n\n3 DELTAGERE: Siumut: Inuit "
       "Ataqatigiit: Atassut: Fraværende: Embedsmænd: Tolk: Referat Jørgen Wæver Johansen, Simon Simonsen, Kiista "
       "P. Isaksen, Kaj Lyberth, Ole Mølgaard-Motzfeldt, Lars Lundblad, Benjamin Kielsen, Karla Egede Bisgaard, "
       "Stine Egede Nørbæk, Kelly Berthelsen, Thomas Ezekiassen 3\n\n4 PKT. 1. GODKENDELSE AF DAGSORDEN Referat "
       "Beslutning: Dagsordenen godkendt.\n",
       {"Benjamin Kielsen", "Jørgen Wæver Johansen", "Kaj Lyberth", "Karla Egede Bisgaard", "Kelly Berthelsen",
        "Kiista P. Isaksen", "Lars Lundblad", "Ole Mølgaard-Motzfeldt", "Simon Simonsen", "Stine Egede Nørbæk",
        "Thomas Ezekiassen"},
       {}},
      {"three heads after the place's (Varde)",
       "Åbent Referat. til. Udvalget for Kultur og Fritid\n\nTranskript\n\n1 Åbent Referat til Udvalget for Kultur "
       "og Fritid Mødedato: Tirsdag den 9. juni 2015 Mødetidspunkt: 13:00-16:00 Mødested: Deltagere: Fraværende: "
       "Referent: Dronningeværelset, det gamle rådhus Lisbet Rosendahl, Mads Sørensen, Ingvard Ladefoged, Per Rask "
       "Jensen, Preben Olesen, Holger Grumme Nielsen, Erhardt Jull Ingen Pia Koch Hauge\n",
       {"Erhardt Jull", "Holger Grumme Nielsen", "Ingvard Ladefoged", "Lisbet Rosendahl", "Mads Sørensen",
        "Per Rask Jensen", "Pia Koch Hauge", "Preben Olesen"},
       {}},
      {"members and absent heads over one list, the absent glued to the last member (Tårnby)",
       "TÅRNBY KOMMUNE. Referat. til Kommunalbestyrelsen\n\nTranskript\n\n1 TÅRNBY KOMMUNE Referat til "
       "Kommunalbestyrelsen Mødedato: Tirsdag den 30. april 2013 Mødetidspunkt: 18:30 Mødelokale: Medlemmer: "
       "Afbud: Kommunalbestyrelsens mødesal Henrik Zimino, Allan S. Andersen, Arne Hansen, Brian Franklin, Camilla "
       "Schwalbe, Carsten Fuhr, Elise Andersen, Jannie Meiltoft, Jytte Boller, Lars Brandstrup, Lars Hein Camilla "
       "Schwalbe, Jannie Meiltoft, Lars Brandstrup\n",
       {"Allan S. Andersen", "Arne Hansen", "Brian Franklin", "Carsten Fuhr", "Elise Andersen", "Henrik Zimino",
        "Jytte Boller", "Lars Hein"},
       {"Camilla Schwalbe", "Jannie Meiltoft", "Lars Brandstrup"}},
      // The absent column's names run in among the members' without commas,
      // each absent member named twice (Norddjurs' Kommunalbestyrelse, case
      // 780; the excerpt ends before its unbalanced "Niels Ole Birk ((V)").
      {"members and absent heads over one list, the absent named twice (Norddjurs)",
       "Kommunalbestyrelsen BESLUTNINGSPROTOKOL\n\nTranskript\n\n1 Kommunalbestyrelsen BESLUTNINGSPROTOKOL Sted: "
       "Mødelokale 4, rådhuset Dato: Tirsdag den 17. marts 2015 Start kl.: 17:00 Slut kl.: 19:25 Medlemmer: "
       "Fraværende: Jan Petersen (A) Allan Gjersbøl Jørgensen (A) Hans Fisker Jensen (A) John Saaby Jensen (A) Else "
       "Søjmark (A) Bente Hedegaard (A) Tom Bytoft (A) Niels Basballe (A) Lars Pedersen (A) Pia Bjerregaard (A) Lars "
       "Møller (A) Mads Nikolajsen (F) Birgitte Poulsen (Ø) Helle Plougmann (Løsgænger) Allan Gjersbøl Jørgensen "
       "(A) Bente Hedegaard (A) Inger K. Andersen (O) Steen Therkel Jensen (O) Benny Hammer (C) Harald Grønlund "
       "(I) Jens Meilvang (I) Olaf Krogh Madsen (L) Torben Jensen (L) Kasper Bjerregaard (V)\n",
       {"Benny Hammer", "Birgitte Poulsen", "Else Søjmark", "Hans Fisker Jensen", "Harald Grønlund",
        "Helle Plougmann", "Inger K. Andersen", "Jan Petersen", "Jens Meilvang", "John Saaby Jensen",
        "Kasper Bjerregaard", "Lars Møller", "Lars Pedersen", "Mads Nikolajsen", "Niels Basballe",
        "Olaf Krogh Madsen", "Pia Bjerregaard", "Steen Therkel Jensen", "Tom Bytoft", "Torben Jensen"},
       {"Allan Gjersbøl Jørgensen", "Bente Hedegaard"}},
      // The whole list, its doubled opening bracket read as one
      // (participants.cc split_pieces): the names after it are read.
      {"the absent named twice, after a doubled opening bracket (Norddjurs)",
       "Kommunalbestyrelsen BESLUTNINGSPROTOKOL\n\nTranskript\n\n1 Kommunalbestyrelsen BESLUTNINGSPROTOKOL Sted: "
       "Mødelokale 4, rådhuset Dato: Tirsdag den 17. marts 2015 Start kl.: 17:00 Slut kl.: 19:25 Medlemmer: "
       "Fraværende: Jan Petersen (A) Allan Gjersbøl Jørgensen (A) Hans Fisker Jensen (A) John Saaby Jensen (A) Else "
       "Søjmark (A) Bente Hedegaard (A) Tom Bytoft (A) Niels Basballe (A) Lars Pedersen (A) Pia Bjerregaard (A) Lars "
       "Møller (A) Mads Nikolajsen (F) Birgitte Poulsen (Ø) Helle Plougmann (Løsgænger) Allan Gjersbøl Jørgensen "
       "(A) Bente Hedegaard (A) Inger K. Andersen (O) Steen Therkel Jensen (O) Benny Hammer (C) Harald Grønlund "
       "(I) Jens Meilvang (I) Olaf Krogh Madsen (L) Torben Jensen (L) Kasper Bjerregaard (V) Niels Ole Birk ((V) "
       "Lars Sørensen (V) Rikke Albæk Jørgensen (V) Lars Østergaard (V) Hans Erik Husum (V) Mads Nikolajsen (F) "
       "Helle Plougmann (Løsgænger) Norddjurs Kommune\n",
       {"Benny Hammer", "Birgitte Poulsen", "Else Søjmark", "Hans Erik Husum", "Hans Fisker Jensen",
        "Harald Grønlund", "Inger K. Andersen", "Jan Petersen", "Jens Meilvang", "John Saaby Jensen",
        "Kasper Bjerregaard", "Lars Møller", "Lars Pedersen", "Lars Sørensen", "Lars Østergaard", "Niels Basballe",
        "Niels Ole Birk", "Olaf Krogh Madsen", "Pia Bjerregaard", "Rikke Albæk Jørgensen", "Steen Therkel Jensen",
        "Tom Bytoft", "Torben Jensen"},
       {"Allan Gjersbøl Jørgensen", "Bente Hedegaard", "Helle Plougmann", "Mads Nikolajsen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A list's entry that opens with the job title in lower case, as a
// sentence's words ("..., sekretariatschef Kim Dahl Nuka Marie Karlsen,
// Amalie Zeeb"): the title goes with the first name after it, also before
// a run of names a transcript printed without commas. Excerpts of Kommune
// Kujalleq's council, VIA's board and Naturstyrelsen's Brugerråd Syd.
TEST(AttendanceConventionsTest, LowerCaseTitleBeforeTheName) {
  const PeopleCase cases[] = {
      {"a title before a run of two names (Kujalleq)",
       "Referat\nDeltagere: Kaj Lyberth, Simon Simonsen, kommunaldirektør Jørgen Vetterlain, sekretariatschef Kim "
       "Dahl Nuka Marie Karlsen, Amalie Zeeb\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Amalie Zeeb", "Jørgen Vetterlain", "Kaj Lyberth", "Kim Dahl", "Nuka Marie Karlsen", "Simon Simonsen"},
       {}},
      {"titles before the staff (VIA)",
       "Referat\nDeltagere: Thor Jensen, Mette Thunø. Rektor Harald Mikkelsen, prorektor Peter Friese, "
       "sekretariatschef Anders Leth Jensen, kommunikationschef Lisbeth Katborg Bjerre\n1. Godkendelse af "
       "dagsorden\nGodkendt.\n",
       {"Anders Leth Jensen", "Harald Mikkelsen", "Lisbeth Katborg Bjerre", "Mette Thunø", "Peter Friese",
        "Thor Jensen"},
       {}},
      {"titles in a sentence of who came (Brugerråd Syd)",
       "Referat af møde i Brugerråd Syd d. 7. november 2006\n\nFølgende var mødt:\n\nOle Nielsen, Nabo\n\nFra "
       "Jægersborg skovdistrikt deltog skovfoged Sven Norup  og forstfuldmægtig Anette Munk Ebbesen .\n\nMødet "
       "blev indledt med en ekskursion.\n",
       {"Anette Munk Ebbesen", "Ole Nielsen", "Sven Norup"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// The first half of a compound that shares its last part with the next
// ("Fælleskommunalt Social- og Sundhedssekretariat", "Fra Kultur- og
// Fritidsforvaltningen:"), left as the last word of a piece cut at "og",
// is an organisation's word: no person of its own. Excerpts of Region
// Midtjylland's Praksisplanudvalg and Psykiatriforum and Copenhagen's
// Folkeoplysningsudvalg.
TEST(AttendanceConventionsTest, CompoundHalvesAreNoNames) {
  const PeopleCase cases[] = {
      {"an organisation after a job title and name (Praksisplanudvalget)",
       "Referat\nDeltagere:\n\nDirektør Lone Becker Kjaergaard, Holstebro Kommune\n\nKonsulent Jonna Holm "
       "Pedersen, KKR-sekretariatet\n\nKonsulent Vibeke Just Andersen, Fælleskommunalt Social- og "
       "Sundhedssekretariat i Midtjylland\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Jonna Holm Pedersen", "Lone Becker Kjaergaard", "Vibeke Just Andersen"}, {}},
      {"an organisation after name and role (Psykiatriforum)",
       "Referat\nDeltagere:\nThomas Krarup, direktør, Randers Kommune\nMaria Eeg Smidt, teamleder, "
       "Fælleskommunalt Social- og Sundhedssekretariat\nMark Brix Christensen, konsulent, Fælleskommunalt "
       "Social- og Sundhedssekretariat\n1. Godkendelse af dagsorden\nGodkendt.\n",
       {"Maria Eeg Smidt", "Mark Brix Christensen", "Thomas Krarup"}, {}},
      {"a group's heading (Folkeoplysningsudvalget)",
       "Referat\nI mødet deltog:\n\nFra det frivillige folkeoplysende foreningsområde:\n\nPer Vandrup "
       "(mødeleder), Anders Gredal Berner, Jan Barslev\n\nFra Kultur- og Fritidsforvaltningen:\n\nMads Kamp "
       "Hansen, Anders Christensen og Dennis Krabbe Sørensen (referent)\n\nFølgende havde meldt afbud:\n\n"
       "Rikke Lauritzen, Susanne Møller\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n",
       {"Anders Christensen", "Anders Gredal Berner", "Dennis Krabbe Sørensen", "Jan Barslev", "Mads Kamp Hansen",
        "Per Vandrup"},
       {"Rikke Lauritzen", "Susanne Møller"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A bulleted list (one entry a line on the web page) that a transcript ran
// into one line keeps its bullets between the entries: a bullet ends an
// entry, and a phrase after the last bullet tells of that entry alone.
// Verbatim stretches of the run-on stress set's transcripts of dev web cases
// (Thisted's council and Social- og Sundhedsudvalg, a Copenhagen lokaludvalg).
TEST(AttendanceConventionsTest, BulletsBetweenRunOnEntries) {
  const PeopleCase cases[] = {
      {"a council's members with party letters",
       "30. aug 2022\n\nTranskript\n\n1 30. aug 2022 Deltagere: • Brian Nielsen (D) • Claus Nybo (A) • Henning "
       "Holm (A) • Henrik Gregersen (V) • Ib Poulsen (O) • Ida Pedersen (A) • Jan Fink Mejlgaard (A) • Jane "
       "Rishøj (A) • Jens Kristian Yde (C) • Jens Otto Madsen (Ø) • Joachim Plaetner Kjeldsen (Å) • Jørgen "
       "Andersen (C) • Kenneth Skaarup Bjerregaard (V) • Kristian Tilsted (V) • Lene Kjelgaard Jensen (C) • "
       "Mette Kjærulff (A) • Morten Bo Bertelsen (F) • Niels Jørgen Pedersen (V) • Per Skovmose (C) • Peter "
       "Larsen (V) • Peter Skriver Nielsen (A) • Peter Sørensen (C) • Peter Uno Andersen (A) • Preben "
       "Dahlgaard (V) • Susanne Olander (V) • Torben Overgaard (C) • Ulla Vestergaard (A) 136. Godkendelse "
       "af dagsorden\n",
       {"Brian Nielsen", "Claus Nybo", "Henning Holm", "Henrik Gregersen", "Ib Poulsen", "Ida Pedersen",
        "Jan Fink Mejlgaard", "Jane Rishøj", "Jens Kristian Yde", "Jens Otto Madsen",
        "Joachim Plaetner Kjeldsen", "Jørgen Andersen", "Kenneth Skaarup Bjerregaard", "Kristian Tilsted",
        "Lene Kjelgaard Jensen", "Mette Kjærulff", "Morten Bo Bertelsen", "Niels Jørgen Pedersen",
        "Per Skovmose", "Peter Larsen", "Peter Skriver Nielsen", "Peter Sørensen", "Peter Uno Andersen",
        "Preben Dahlgaard", "Susanne Olander", "Torben Overgaard", "Ulla Vestergaard"},
       {}},
      {"a committee's members, one outside the parties",
       "02. sep 2020\n\nTranskript\n\n1 02. sep 2020 Deltagere: • Henrik Gregersen (V) • Ida Pedersen (A) • "
       "Jens Otto Madsen (Ø) • Peter Sørensen (Uden for parti) • Peter Uno Andersen (A) 148. Godkendelse af "
       "dagsorden - fællesmøde med Område-MED Sundhed og Ældre Udskriv Sagstema Godkendelse af dagsorden "
       "til dagens møde i Social- og Sundhedsudvalget.\n",
       {"Henrik Gregersen", "Ida Pedersen", "Jens Otto Madsen", "Peter Sørensen", "Peter Uno Andersen"},
       {}},
      {"members away and their substitutes",
       "2. Godkendelse af dagsorden\n\nTranskript\n\n1 Fravær med afbud: • Keith Gray – Anders Lundsager "
       "deltager som suppleant • Rune Solvang – Rikke Lauritsen deltager som suppleant • Bente Lildballe – "
       "Karl Vogt-Nielsen deltager som suppleant • Dansk Folkepartis plads er vakant. Der er ingen "
       "suppleanter.\n",
       {"Anders Lundsager", "Karl Vogt-Nielsen", "Rikke Lauritsen"},
       {"Bente Lildballe", "Keith Gray", "Rune Solvang"}},
  };;
  for (const auto& c : cases) expect_people(c);
}

// A bare attendance label before a bullet inside a transcript's line heads
// a bulleted list run into the line: a label at an entry's end starts the
// next list, and an entry naming nobody ends them. Verbatim stretches of the
// run-on stress set's transcripts of dev web cases (Region Syddanmark's
// Sundhedsudvalg and Kommunekontaktudvalg, Ballerup's Økonomiudvalg).
TEST(AttendanceConventionsTest, BareLabelOverARunOnBulletedList) {
  const PeopleCase cases[] = {
      {"members, then those with afbud",
       "Gå til indhold\n\nTranskript\n\n1 Sundhedsudvalget - Referat - 03. oktober 2011 Mødedato 03-10-2011 kl. "
       "14:00 - 17:00 Mødested 14:00 - 15:00 - SDU - Klinisk Institut, Winsløwparken 25, 5000 Odense C. "
       "16:00 – 17:00 - OUH - Kløvervænget 8, 1 sal. Lokale 14. Deltagere • Poul-Erik Svendsen • Kristian "
       "Grønbæk Andersen • Thyge Nielsen • Ingeborg Moritz Hansen • Susanne Linnet • Jørgen Pless • John "
       "Lohff • Karsten Uno Petersen • Pierre Topaz • John Hyrup Jensen • Thies Mathiasen • Afbud • John "
       "Lohff • Karsten Uno Petersen • Thies Mathiasen deltog ikke i punkterne 2 – 11 • Luk alle punkter "
       "Referat 1. Besøg hos SDU\n",
       {"Ingeborg Moritz Hansen", "John Hyrup Jensen", "Jørgen Pless", "Kristian Grønbæk Andersen",
        "Pierre Topaz", "Poul-Erik Svendsen", "Susanne Linnet", "Thyge Nielsen"},
       {"John Lohff", "Karsten Uno Petersen", "Thies Mathiasen"}},
      {"an absence label in capitals after the last entry of those present",
       "Økonomiudvalget\n\nTranskript\n\n1 Mette Brinch (sekretariatschef for Politisk Sekretariat) - Deltog "
       "AFBUD/FRAVÆRENDE • Ulrik Falk-Sørensen (F) - Afbud Åben dagsorden\n",
       {},
       {"Ulrik Falk-Sørensen"}},
      {"members with their municipalities",
       "Gå til indhold\n\nTranskript\n\n1 Kommunekontaktudvalget - Referat - 20. april 2018 Mødedato 20-04-2018 "
       "kl. 09:00 - 11:00 Mødested Mødelokale 7 Deltagere • Stephanie Lose, Region Syddanmark • Jesper "
       "Frost Rasmussen, Esbjerg • Sofie Valbjørn, Fanø Kommune • Hans Stavnager, Faaborg-Midtfyn Kommune • "
       "Tonni Hansen, Langeland Kommune • Bo Hansen, Svendborg Kommune • Inga Blom Thomas, Ærø Kommune (for "
       "Ole W. Petersen) • Kasper E. Olesen, Kerteminde Kommune • Søren Steen Andersen, Assens Kommune • Ib "
       "Kristensen, Billund Kommune • Hans Peter Geil, Haderslev Kommune • Jørn Pedersen, Kolding Kommune • "
       "Johannes Lundsfryd Jensen, Middelfart Kommune • Morten Andersen, Nordfyns Kommune • Kenneth Muhs, "
       "Nyborg Kommune • Peter Rahbæk Juel, Odense Kommune • Henrik Frandsen, Tønder Kommune • Erik Buhl "
       "Nielsen, Varde Kommune • Thomas Andresen, Aabenraa Kommune • Egon Fræhr, Vejen Kommune • Jacob "
       "Bjerregaard, Fredericia Kommune • Erik Lauritzen, Sønderborg Kommune • Jens Ejner Christensen, "
       "Vejle Kommune • Afbud • Kasper E. Olesen, Kerteminde Kommune • Peter Rahbæk Juel, Odense Kommune • "
       "Henrik Frandsen, Tønder Kommune • Jens Ejner Christensen, Vejle Kommune • Luk alle punkter\n",
       {"Bo Hansen", "Egon Fræhr", "Erik Buhl Nielsen", "Erik Lauritzen", "Hans Peter Geil", "Hans Stavnager",
        "Ib Kristensen", "Inga Blom Thomas", "Jacob Bjerregaard", "Jesper Frost Rasmussen",
        "Johannes Lundsfryd Jensen", "Jørn Pedersen", "Kenneth Muhs", "Morten Andersen", "Sofie Valbjørn",
        "Stephanie Lose", "Søren Steen Andersen", "Thomas Andresen", "Tonni Hansen"},
       {"Henrik Frandsen", "Jens Ejner Christensen", "Kasper E. Olesen", "Ole W. Petersen", "Peter Rahbæk Juel"}},
  };;
  for (const auto& c : cases) expect_people(c);
}

// A heading that names presence and absence together ("Mødedeltagelse /
// Afbud", AffaldPlus' board 029; "Deltagere og afbud", Region Syddanmark's
// psychiatric council in Aabenraa 134; "AFBUD/FRAVÆRENDE", Ballerup's)
// stands over the lists under their own labels: run by a transcript into
// the board's label, its absence word does not make the board absent.
TEST(AttendanceConventionsTest, JoinedAttendanceHeadingOverTheLists) {
  const PeopleCase cases[] = {
      {"presence / absence, then the board's label",
       "2016-01-29\n\nTranskript\n\n1 2016-01-29 Bestyrelsesmøde 29. januar 2016 kl. 10.00, Ved Fjorden 20 "
       "\"Mødelokale 1\" Opdateret: 25. november 2016 Mødedeltagelse / Afbud Bestyrelsen: Niels O. Pedersen, "
       "Villum Christensen, Benny Christensen, Klaus Hansen, Poul A. Larsen, Jørn Elo Hansen, Ivan Hansen, Per "
       "Hovmand, Jørgen Egede Johannessen, Kurt Munck, Thor Temte og Elmer Jacobsen Afbud: Kurt Munck, "
       "suppleant Martin Hillerup deltog Pkt. 1. Godkendelse af protokoludskrift fra sidste møde (B)\n",
       {"Benny Christensen", "Elmer Jacobsen", "Ivan Hansen", "Jørgen Egede Johannessen", "Jørn Elo Hansen",
        "Klaus Hansen", "Martin Hillerup", "Niels O. Pedersen", "Per Hovmand", "Poul A. Larsen", "Thor Temte",
        "Villum Christensen"},
       {"Kurt Munck"}},
      {"presence og absence, then the list of those present",
       "Møde d. 6. februar 2023 i Patient- og Pårørenderådet Psykiatrisk Afdeling Aabenraa\n\nTranskript\n\n1 "
       "Mødeinfo Tidspunkt: 6. februar 2023 Sted: Psykiatrisk afdeling Aabenraa Deltagere og afbud Deltagere: "
       "Susan Ansbjerg, Diana Bork, Annette Lodahl, Henning Pedersen, Line Pharao Stein, Dorte Norstved, "
       "Mogens Lausen. Afbud fra: Anne Hvidbjerg, Klaus Müller Nielsen, Yvonne Reinholdt, Hanne Bruun Jensen, "
       "Lise Lauritsen, Bo Schulz Referat\n",
       {"Annette Lodahl", "Diana Bork", "Dorte Norstved", "Henning Pedersen", "Line Pharao Stein",
        "Mogens Lausen", "Susan Ansbjerg"},
       {"Anne Hvidbjerg", "Bo Schulz", "Hanne Bruun Jensen", "Klaus Müller Nielsen", "Lise Lauritsen",
        "Yvonne Reinholdt"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// The groups of an attendance list, each a label on a line of its own on
// the page, run by a transcript into one line: the next group's label
// follows the last name of the group before without a comma. The name
// stays, the label goes. Metropol's board in a real docplayer transcript;
// DSAM's board and Køge's Handicapråd in the run-on stress set's transcripts
// of dev web cases (verbatim stretches).
TEST(AttendanceConventionsTest, GroupLabelAfterTheLastNameOfAGroup) {
  const PeopleCase cases[] = {
      {"a board's members, then the staff",
       "Bestyrelsesmøde den 29. marts 2017 kl\n\nTranskript\n\n1 Deltagere René van Laer, Vibeke Westh, Henning "
       "Bach Christensen, Jens Elmelund, Eik Dahl Bidstrup, Christine Jørgensen, Charlotte Rønhof, Janne "
       "Elsborg Larsen, Henriette Christiansen, Eik Dahl Bidstrup, Karsten Skawbo-Jensen, Irene Nørlund, "
       "Lars Bo Wiese-Hansen og Rebekka Abildtrup Fra Metropol: Stefan Hermann, Nicolai Kragh Petersen, "
       "Henrik Busch, Randi Brinckmann, Merete Ruager og Stine Hauge Nielsen.\n",
       {"Charlotte Rønhof", "Christine Jørgensen", "Eik Dahl Bidstrup", "Henning Bach Christensen",
        "Henriette Christiansen", "Henrik Busch", "Irene Nørlund", "Janne Elsborg Larsen", "Jens Elmelund",
        "Karsten Skawbo-Jensen", "Lars Bo Wiese-Hansen", "Merete Ruager", "Nicolai Kragh Petersen",
        "Randi Brinckmann", "Rebekka Abildtrup", "René van Laer", "Stefan Hermann", "Stine Hauge Nielsen",
        "Vibeke Westh"},
       {}},
      {"the absent board members, then the absent observers",
       "DSAM Logo\n\nTranskript\n\n1 Afbud: Bestyrelsen: Jette Kolding Kristensen, Annemette Pihl Lundberg, "
       "Annette Houmand Observatører: Martin Bach Jensen, Kaj Sparle Christensen, Christian Freitag, Niels "
       "Ulrich Holm, John Sahl Andersen\n",
       {},
       {"Annemette Pihl Lundberg", "Annette Houmand", "Christian Freitag", "Jette Kolding Kristensen",
        "John Sahl Andersen", "Kaj Sparle Christensen", "Martin Bach Jensen", "Niels Ulrich Holm"}},
      {"the users' side, then the politicians",
       "Skip til hoved indholdet\n\nTranskript\n\n1 Deltagere: Brugersiden: Lars Kunov, Nils Bo Hermansen, "
       "Kasper Ammitzbøll, Claus Nielsen og Anette Kaae-Bødker Politikere: Lissie Kirk, Pernille Sylvest, "
       "Kirsten Larsen, Niels Rolskov, Jan Brian Larsen (suppleant)\n",
       {"Anette Kaae-Bødker", "Claus Nielsen", "Jan Brian Larsen", "Kasper Ammitzbøll", "Kirsten Larsen",
        "Lars Kunov", "Lissie Kirk", "Niels Rolskov", "Nils Bo Hermansen", "Pernille Sylvest"},
       {}},
  };;
  for (const auto& c : cases) expect_people(c);
}

// The groups of those present, each "Group: names" a line on the page, run
// into one line after a sentence's end: each group's label goes, its names
// stay, also a label of four to six words ("Fra den folkeoplysende
// voksenundervisning:"). The University of Copenhagen's board in a real
// docplayer transcript; Copenhagen's Folkeoplysningsudvalg and Skovboskolen's
// board in the run-on stress set's transcripts of dev web cases (verbatim
// stretches).
TEST(AttendanceConventionsTest, GroupsOfThosePresentRunOn) {
  const PeopleCase cases[] = {
      {"members, the daily management, the secretariat",
       "Bestyrelsen. 37. bestyrelsesmøde. Forum. 27. januar 2009 kl Møde afholdt: Sted: CSS, Øster "
       "Farimagsgade 5, lokale\n\nTranskript\n\n1 Til stede: Medlemmer: Bodil Nyboe Andersen, Claus Bræstrup, "
       "Hanne Foss Hansen, Minna Højland, Boel Flodgren, Ingrid Kryhlmand, Niels Kærgård, Jørn Lund, David "
       "Salomonsen og Henrik Topsøe. Daglig ledelse: Rektor Ralf Hemmingsen, prorektor Lykke Friis og "
       "universitetsdirektør Jørgen Honoré. Sekretariat: Torben Rytter Kristensen, Steen Ulrich, Anne "
       "Holme.\n",
       {"Anne Holme", "Bodil Nyboe Andersen", "Boel Flodgren", "Claus Bræstrup", "David Salomonsen",
        "Hanne Foss Hansen", "Henrik Topsøe", "Ingrid Kryhlmand", "Jørgen Honoré", "Jørn Lund", "Lykke Friis",
        "Minna Højland", "Niels Kærgård", "Ralf Hemmingsen", "Steen Ulrich", "Torben Rytter Kristensen"},
       {}},
      {"groups with labels of several words",
       "1. Godkendelse af dagsorden\n\nTranskript\n\n1 I mødet deltog: Borgerrepræsentanter: Leslie Arentoft, "
       "Bjarne Fey, Simon Strange, Susanne Møller (ankom under behandlingen af punkt 6) og Rikke Lauritzen "
       "(ankom under behandlingen af punkt 14). Fra den folkeoplysende voksenundervisning: Poul Henrik "
       "Glasius, Peter Hollbaum-Hansen, Torben Schipper, Kjeld Biering-Sørensen, Anne Marie Hannberg, "
       "Charlotte Lorenzen og Ole Sørensen. Fra det frivillige folkeoplysende foreningsområde: Per Vandrup "
       "(mødeleder), Anders Gredal Berner, Jan Barslev, Peter Mark Lundberg, Peter Bøgelund og Charlotte "
       "Bach Thomassen. Tilforordnet fra handicaporganisationerne: Michael Madsen. Fra Kultur- og "
       "Fritidsforvaltningen: Mads Kamp Hansen, Anders Christensen og Dennis Krabbe Sørensen (referent) "
       "Følgende havde meldt afbud: Rikke Lauritzen, Susanne Møller, Birthe Skaarup, Muhammad Aslam og "
       "Basem Barakat. Dagsordenen blev godkendt.\n",
       {"Anders Christensen", "Anders Gredal Berner", "Anne Marie Hannberg", "Bjarne Fey",
        "Charlotte Bach Thomassen", "Charlotte Lorenzen", "Dennis Krabbe Sørensen", "Jan Barslev",
        "Kjeld Biering-Sørensen", "Leslie Arentoft", "Mads Kamp Hansen", "Michael Madsen", "Ole Sørensen",
        "Per Vandrup", "Peter Bøgelund", "Peter Hollbaum-Hansen", "Peter Mark Lundberg", "Poul Henrik Glasius",
        "Simon Strange", "Torben Schipper"},
       {"Basem Barakat", "Birthe Skaarup", "Muhammad Aslam", "Rikke Lauritzen", "Susanne Møller"}},
      {"parents and the school's representatives",
       "Referat af ekstraordinært Skolebestyrelsesmøde\n\nTranskript\n\n1 Til stede: Forældrevalgte: Peter "
       "Knappmann, Nette Schultz, Brian Folmann Christiansen, Bo Høier, Knud Birkedal Nielsen, Rikke "
       "Søndergaard. Skolerepræsentanter:\n",
       {"Bo Høier", "Brian Folmann Christiansen", "Knud Birkedal Nielsen", "Nette Schultz", "Peter Knappmann",
        "Rikke Søndergaard"},
       {}},
  };;
  for (const auto& c : cases) expect_people(c);
}

// A two-column members' table flattened to two names a line (Gribskov's
// agenda archive, verbatim from its Kulturråd): every name is a person's,
// none the organisation of the one before, also where the line starts with
// a first name less common ("Sidse").
TEST(AttendanceConventionsTest, TwoNamesALineFromAFlattenedTable) {
  const PeopleCase cases[] = {
      {"Gribskov's Kulturråd",
       "Kulturrådet\n\nPubliceret 08-12-2014\n\nMandag den 08-12-2014 kl. 19:00\n\nMedlemmer:\n\n"
       "Ole M. Jørgensen Flemming Christensen\nSidse Klarlund Lotte Starck\nChristian Friis Birgit Sørensen\n"
       "Annelise Thomassen Niels Henriksen\nTonny Jensen Lars Thomsen\nBodil Jørgensen  \n   \n\n"
       "Godkendelse af dagsorden:\nPunkt 67 udgår. Herefter blev dagsordenen godkendt.\n\nFraværende:\n"
       "Tonny Jensen\n\n59. Godkendelse af protokol\n18.00Ø00 - 2014/06569\n\nSagsfremstilling\nTekst.\n",
       {"Annelise Thomassen", "Birgit Sørensen", "Bodil Jørgensen", "Christian Friis", "Flemming Christensen",
        "Lars Thomsen", "Lotte Starck", "Niels Henriksen", "Ole M. Jørgensen", "Sidse Klarlund"},
       {"Tonny Jensen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// The last name of a list that a transcript ran into the heading or label
// after it ends before that heading's word: one that is no surname nor first
// name, followed by a preposition ("Godkendelse af dagsorden") or its colon
// ("Dagsordenpunkter:", "Bemærkninger:"). Verbatim stretches of the run-on
// stress set's transcripts of dev web cases (Gribskov's Handicapråd, LAP
// Københavns Omegn's board, Aabenraa's Børne- og Uddannelsesudvalg).
TEST(AttendanceConventionsTest, LastNameBeforeTheNextHeading) {
  const PeopleCase cases[] = {
      {"the agenda's first heading",
       "Handicaprådet\n\nTranskript\n\n1 Medlemmer: Bente Ullits Eckmann DH Annelise Hansen DH Jonna Hildur "
       "Præst Pia Foght Agnete O. Sørensen Inger Hansen DH Kim G. Nielsen DH Helle Mariager Godkendelse af "
       "dagsorden: Godkendt Fraværende: Jonna Hildur Præst\n",
       {"Agnete O. Sørensen", "Annelise Hansen", "Bente Ullits Eckmann", "Helle Mariager", "Inger Hansen",
        "Kim G. Nielsen", "Pia Foght"},
       {"Jonna Hildur Præst"}},
      // (Also where the names run together with nothing between them, the
      // two-column table of Gribskov's Kulturråd and Byråd.)
      {"the agenda's first heading after names run together",
       "Kulturrådet\n\nTranskript\n\n1 Medlemmer: Ole M. Jørgensen Flemming Christensen Sidse Klarlund Lotte "
       "Starck Christian Friis Birgit Sørensen Annelise Thomassen Niels Henriksen Tonny Jensen Lars Thomsen Bodil "
       "Jørgensen Godkendelse af dagsorden: Punkt 67 udgår. Herefter blev dagsordenen godkendt. Fraværende: Tonny "
       "Jensen\n",
       {"Annelise Thomassen", "Birgit Sørensen", "Bodil Jørgensen", "Christian Friis", "Flemming Christensen",
        "Lars Thomsen", "Lotte Starck", "Niels Henriksen", "Ole M. Jørgensen", "Sidse Klarlund"},
       {"Tonny Jensen"}},
      {"a label of the agenda's points",
       "Referat af møde i LAP Københavns Omegn, 19. februar 2008\n\nTranskript\n\n1 Tilstedeværende: Wenkina "
       "Weidner, Anders T. Raabo, Lars Arredondo, Finn Hansen, Nils H. Andersen & Michael P. Krog "
       "Dagsordenpunkter: 1 & 2        Referent blev Michael og der blev ikke valgt dirigent. 3       Den "
       "udsendte dagsorden blev godkendt.\n",
       {"Anders T. Raabo", "Finn Hansen", "Lars Arredondo", "Michael P. Krog", "Nils H. Andersen",
        "Wenkina Weidner"},
       {}},
      {"an empty label of remarks",
       "Beslutningsprotokol\n\nTranskript\n\n1 Beslutningsprotokol tirsdag den 6. juni 2017 kl. 09:00 Mødested: "
       "Loungen, Skelbækvej 2, Aabenraa Udvalg: Børne- og Uddannelsesudvalg Medlemmer: Kirsten Nørgård "
       "Christensen, Dorte Ballhorn Soll, Eivind Underbjerg Hansen, Gert Nordklitgaard, Kåre Solhøj Dahle, "
       "Kurt Andresen, Rasmus Lyngbak Bøgen Bemærkninger: Afbud: Dorte Ballhorn Soll Mødet sluttede kl. "
       "11.15\n",
       {"Eivind Underbjerg Hansen", "Gert Nordklitgaard", "Kirsten Nørgård Christensen", "Kurt Andresen",
        "Kåre Solhøj Dahle", "Rasmus Lyngbak Bøgen"},
       {"Dorte Ballhorn Soll"}},
  };;
  for (const auto& c : cases) expect_people(c);
}

// An election item's text that a transcript runs on into the next items
// (one line longer than an item's text, the rest of its page): its first
// sentence tells who was elected. Leverforeningen's general assembly in its
// real PDF text (the case's first lines, cut); the general assemblies of
// Elsegårde's hunting association and Alzheimerforeningen's Copenhagen branch
// in the run-on stress set's transcripts of dev web cases (verbatim
// stretches).
TEST(AttendanceConventionsTest, ElectionInTheFirstSentenceOfARunOnItem) {
  const PeopleCase cases[] = {
      {"the chair and minute taker pointed out",
       "17\n\nReferat fra Leverforeningens ordinære generalforsamling 24. februar 2018 i Middelfart 1. Valg "
       "af dirigent og referent Formanden bød velkommen til Generalforsamlingen, og pegede på Tom Johansen "
       "som dirigent, og Morten Frederiksen som referent. Begge takkede for valget. Dirigenten, startede "
       "med at konstatere, at generalforsamlingen var lovligt indkaldt jf. foreningens vedtægter. Hvorefter "
       "han gav ordet til formanden: 2. Fremlæggelse af Bestyrelsens beretning til godkendelse Lone "
       "McColaugh: Bestyrelsens beretning for Leverforeningen 2017 Et nyt år – 2018 giver anledning til at "
       "kigge tilbage på det år, der er gået 2017.\n",
       {"Lone McColaugh", "Morten Frederiksen", "Tom Johansen"}, {}},
      {"the chair proposed and elected",
       "Referat af generalforsamling\n\nTranskript\n\n1 Dagsorden i henhold til vedtægterne og udsendt "
       "indkaldelse i vinterprogrammet. 1. Valg af dirigent. Bestyrelsen foreslog Sven Arne Vallentin, der "
       "valgtes enstemmigt. Dirigenten erklærede generalforsamlingen for lovligt indvarslet og "
       "beslutningsdygtig. Formanden oplyste, at Sven Arne Vallentin havde fødselsdag ”i dag”, og takkede "
       "fordi, han ville bruge sin fødselsdag på at deltage i generalforsamlingen og være dirigent.\n",
       {"Sven Arne Vallentin"},
       {}},
      {"the chair and minute taker elected",
       "Menu\n\nTranskript\n\n1 Referat af Generalforsamling 2021 Generelforsamling for Alzheimerforeningens "
       "lokalforening for København, Frederiksberg og omegnskommunerne. Dato: 6 oktober 2021 1. Valg af "
       "dirigent og referent Henrik Bonné blev valgt til dirigent, og Hakon Mosbech blev valgt til "
       "referent. Dirigenten konstaterede, at generalforsamlingen ikke var indkaldt med det vedtægtsmæssigt "
       "foreskrevne varsel på tre uger, men derimod en dag for sent. På baggrund af det talstærke fremmøde "
       "anså dirigenten fejlen ved indkaldelsen som værende ubetydelig. Da fejlen således ikke kunne "
       "antages at have påvirket mødedeltagelsen, anså dirigenten generalforsamlingen som værende lovlig og "
       "beslutningsdygtig. Der var fra forsamlingen ingen bemærkninger hertil.\n",
       {"Hakon Mosbech", "Henrik Bonné"},
       {}},
  };;
  for (const auto& c : cases) expect_people(c);
}

// A list's last name that a transcript ran into the next line ends before a
// capitalised preposition, conjunction or adverb that opens a clause ("Inden
// mødet blev ...", "Til toppen", "Fra Region Midtjylland:"). Verbatim
// stretches of the run-on stress set's transcripts of dev web cases (Tønder's
// Landdistriktsudvalg, Bronderslev's Fag MED Sundhed og Velfærd; Region
// Midtjylland's Praksisplanudvalg, "Chefkonsulent Lisbeth Trøllund Fra Region
// Midtjylland:", has in its stretch an entry this rule does not read).
TEST(AttendanceConventionsTest, NameEndsBeforeAClauseWord) {
  const PeopleCase cases[] = {
      {"the next sentence",
       "Referat fra møde i Landdistriktsudvalget tirsdag den 30. september 2014 kl. 19 hos Fruens "
       "Vilje\n\nTranskript\n\n1 Referat fra møde i Landdistriktsudvalget tirsdag den 30. september 2014 kl. 19 "
       "hos Fruens Vilje Tilstede var: Finn Hansen, Jan Henriksen, Mogens Gabs, Rene Andersen, Heidi "
       "Kirkegaard, Karin K. Lorenzen, Kia Fog Kristensen, Anne Mette Pedersen Afbud: Svend Erik Mathiesen, "
       "Lisbeth Bang Pedersen, Niels Dahlmann, Louise Thomsen Inden mødet blev det godkendt\n",
       {"Anne Mette Pedersen", "Finn Hansen", "Heidi Kirkegaard", "Jan Henriksen", "Karin K. Lorenzen",
        "Kia Fog Kristensen", "Mogens Gabs", "Rene Andersen"},
       {"Lisbeth Bang Pedersen", "Louise Thomsen", "Niels Dahlmann", "Svend Erik Mathiesen"}},
      {"the link back to the page's top",
       "9. december 2019\n\nTranskript\n\n1 Fraværende: Ellen Lykke og Mette Brændskov Andersen Til toppen 2. "
       "Godkendelse af referat Resume\n",
       {},
       {"Ellen Lykke", "Mette Brændskov Andersen"}},
  };;
  for (const auto& c : cases) expect_people(c);
}

// A list of first names that a transcript ran into the text or label after
// it: the last first name is an entry of its own, the heading, sentence or
// label after it no part of it. Verbatim stretches of the run-on stress set's
// transcripts of dev web cases (Græshoppen's parents' council, Ulvshale
// Digelag's board, Hærvejsklyngen's Klyngeråd, Sønderbro's school board).
TEST(AttendanceConventionsTest, FirstNamesListRunIntoTheText) {
  const PeopleCase cases[] = {
      {"the first heading's sentence",
       "Referat  fra  Forældrerådsmødet  d. 25/4 – 19.\n\nTranskript\n\n1 Referat  fra  Forældrerådsmødet  d. "
       "25/4 – 19. Tilstede: Jeanett, Lars, Christina og Birgit Velkommen til nye medlemmer – konstituering "
       "– Tavshedserklæring Jeanette fortsætter som Formand.\n",
       {"Birgit", "Christina", "Jeanett", "Lars"},
       {}},
      {"the agenda's heading in capitals",
       "Referat af Bestyrelsesmøde 16.11.2023\n\nTranskript\n\n1 Referat af Bestyrelsesmøde onsdag den "
       "16.11.2023 kl. 19:00 - Afholdt via teams. Deltagere: Ege, Michael, Dorte, Betty, Ole, Alex, Mette "
       "DAGSORDEN 1. Tilføjelse til dagsorden Der tilføjes punkt 4 a.\n",
       {"Alex", "Betty", "Dorte", "Ege", "Mette", "Michael", "Ole"},
       {}},
      {"the next group's label",
       "Referat Klyngerådsmøde 2020-02-27\n\nTranskript\n\n1 Referat af Klyngerådets møde den 27. februar 2020, "
       "kl. 19.00 – 21.00 på Gesten Fritidscenter, Bækkevej 9 Tilstede: Klyngerådet: Erik, Kristian, "
       "Karina, Lise Lotte, Stefan, Marion, Søren, Niels-Erik Fra Gesten Lokalråd: Claus Grynderup Fra "
       "Vejen kommune: Afdelingschef Peer M. Rexen Referent: Stefan\n",
       {"Claus Grynderup", "Erik", "Karina", "Kristian", "Lise Lotte", "Marion", "Niels-Erik", "Peer M. Rexen",
        "Stefan", "Søren"},
       {}},
      // An absence list of single names, one a known first name ("Afbud:
      // Hanne, Nataliia" on its line, Traneskolen's parents' council 357),
      // run into the next heading (Sønderbro's school board 566).
      {"an absence list of single names run into a heading",
       "Referat skolebestyrelsesmøde 20. august - 2025\n\nTranskript\n\n1 Referat skolebestyrelsesmøde 20. "
       "august - 2025 Dato: onsdag den 20. August 2025 kl. 17.00-19.00 Mødested: Personalestuen Deltagere: "
       "René, Kristine, Laura og Mikkel Afbud: Tem (KBH), Sergej, Torben, Naima Opfølgning fra sidste møde - "
       "Ansvarlig (alle) - Proces (Information) Her følges der kort op på dagsordenen fra sidste møde.\n",
       {"Kristine", "Laura", "Mikkel", "René"},
       {"Naima", "Sergej", "Tem", "Torben"}},
  };;
  for (const auto& c : cases) expect_people(c);
}

// An attendance list that a transcript ran into the first item's number and
// title: the number is no verb, the last name before it an entry. Verbatim
// stretches of the run-on stress set's transcripts of dev web cases
// (Sønderborg's Landdistriktsudvalg, SLA Fyn's board, Sct. Jørgens' parish
// council).
TEST(AttendanceConventionsTest, ListRunIntoTheFirstItemNumber) {
  const PeopleCase cases[] = {
      {"an item's title in quotes and a sentence",
       "Referat af møde i Landdistriktsudvalget d. 26-11-07\n\nTranskript\n\n1 Referat af møde i "
       "Landdistriktsudvalget mandag den 26. november 2007 kl. 19.00 – 22.00. Rådhustorvet 5, 2. sal – "
       "indgang gennem gården. Tilstede: Inger Plaugborg, Andreas Andreasen, Joan Mortensen, Ole Nissen, "
       "Kenni Nielsen, John Solkær Petersen, Inger Bierbaum, Henrik Høeg Fangel, Arland Nissen, Ulf Nørulf "
       "Afbud fra: Lorenz Petersen, Marianne Thygsen, Jens Clausen Good, Charlotte Riis Engelbrecht 1. ” "
       "Landskab for alle”. Planafdelingen arbejder i øjeblikket på et tema til kommuneplanen der hedder ” "
       "Det åbne land for alle”. Planafdelingen vil på mødet give en status på arbejdet.\n",
       {"Andreas Andreasen", "Arland Nissen", "Henrik Høeg Fangel", "Inger Bierbaum", "Inger Plaugborg",
        "Joan Mortensen", "John Solkær Petersen", "Kenni Nielsen", "Ole Nissen", "Ulf Nørulf"},
       {"Charlotte Riis Engelbrecht", "Jens Clausen Good", "Lorenz Petersen", "Marianne Thygsen"}},
      {"initials after the name",
       "Bestyrelsesmøder\n\nTranskript\n\n1 Referat af bestyrelsesmøde 19.03.2024 kl. 16-18 i Ryslinge "
       "Forsamlingshus Deltagere: Tissel Lund-Jacobsen (TL-J), Ingemann Jensen (IJ), Jens Haastrup (JH),  "
       "Annette Hjeronymus (AJ) og Ida Duedahl (ID) Afbud: Svend Ankjær Nielsen (SAN) 1. Godkendelse af "
       "referat fra sidste møde Godkendt 1. Siden sidst Haastrup Arkiv har fået et nyt bestyrelsesmedlem "
       "(Anna Haastrup, Fåborg) og en ny suppleant.\n",
       {"Annette Hjeronymus", "Ida Duedahl", "Ingemann Jensen", "Jens Haastrup", "Tissel Lund-Jacobsen"},
       {"Svend Ankjær Nielsen"}},
      {"an absence item, then the next",
       "Referat menighedsrådsmøde 12. april 2023\n\nTranskript\n\n1 Referat menighedsrådsmøde 12. april 2023 "
       "Sct. Jørgens Sogn, Menighedsrådet Referat møde nr. 5, den 12. april 2023 1. Fraværende: Ole "
       "Jørgensen, Kirsten Larsen 2. Bemærkninger til dagsordenen: Til overvejelse: skal bilag og "
       "underskriftsbilag sendes ud sammen med referatet.\n",
       {},
       {"Kirsten Larsen", "Ole Jørgensen"}},
  };;
  for (const auto& c : cases) expect_people(c);
}

// "Møde" and "Mødets" open a part of minutes ("Møde afholdt på Zoom", "Møde
// lokation", "Mødets dagsorden:"), never a name: a transcript that ran the
// header's next field into a list's last name ends the name before them.
// Verbatim stretches of the stress set's transcripts of dev web cases (LAP's
// Landsledelse, Randers' council, Tingsted's parish council).
TEST(AttendanceConventionsTest, ListRunIntoTheMeetingsNextField) {
  const PeopleCase cases[] = {
      {"a group of staff, then the meeting's place",
       "Referat af LL–møde 23.02 2022\n\nTranskript\n\n1 Referat af LL–møde 23.02 2022 Deltagere: "
       "Bettina Kræmer Mærsk, Henrik K. Hansen, Grethe Kristine Nørgaard, Lene Kristiansen, Hanne "
       "Wiingaard, Tom Jul Pedersen, Steen Moestrup, Cornelius Christiansen, Lenette Rasmussen, "
       "Helle Sibbersen, Jens Rasmussen. Afbud/fraværende: Hanne Carlsen, Clarissa E. Sørensen "
       "Fra sekretariatet: Jakob B. Petersen Møde afholdt på Zoom Forslag til dagsorden: 1. Valg "
       "af ordstyrer og referent Hanne W. vælges til ordstyrer. Jakob vælges til referent.\n",
       {"Bettina Kræmer Mærsk", "Cornelius Christiansen", "Grethe Kristine Nørgaard",
        "Hanne Wiingaard", "Helle Sibbersen", "Henrik K. Hansen", "Jakob B. Petersen",
        "Jens Rasmussen", "Lene Kristiansen", "Lenette Rasmussen", "Steen Moestrup",
        "Tom Jul Pedersen"},
       {"Clarissa E. Sørensen", "Hanne Carlsen"}},
      {"an agenda system's field of the meeting's place",
       "| Rss | Tip en ven | Print |\n\nTranskript\n\n1 | Rss | Tip en ven | Print | Titel Udvalg "
       "Funktioner Byrådet Byrådet Vis medlemmer Rss-feed til udvalget Udskriv Mødedeltagere "
       "Anders Buhl-Christensen, Bjarne Overmark, Charlotte Broman Mølbæk, Christian Boldsen, "
       "Christian Brøns, Christina Kjærsgaard, Claus Omann Jensen, Daniel Madié, Ellen Petersen, "
       "Fatma Cetinkaya, Frank Nørgaard, Helle Dahl Skøtt, Henning Jensen Nyhuus, Iben Sønderup, "
       "Jens Laursen, Jens Peter Hansen, Kasper Fuhr-Christensen, Katrine Fruelund, Kim "
       "Kristensen, Lars Christian Søgaard, Leif Gade, Louise Høeg Jensen, Mark Pring, Mikael "
       "Firlings Mouritsen, Mogens Nyholm, Morten Grosbøl, Ole Skiffard, Steen Bundgaard, Susanne "
       "Nielsen, Susanne Ringe Sørensen, Torben Hansen Møde lokation Det gamle Rådhus\n",
       {"Anders Buhl-Christensen",
        "Bjarne Overmark",
        "Charlotte Broman Mølbæk",
        "Christian Boldsen",
        "Christian Brøns",
        "Christina Kjærsgaard",
        "Claus Omann Jensen",
        "Daniel Madié",
        "Ellen Petersen",
        "Fatma Cetinkaya",
        "Frank Nørgaard",
        "Helle Dahl Skøtt",
        "Henning Jensen Nyhuus",
        "Iben Sønderup",
        "Jens Laursen",
        "Jens Peter Hansen",
        "Kasper Fuhr-Christensen",
        "Katrine Fruelund",
        "Kim Kristensen",
        "Lars Christian Søgaard",
        "Leif Gade",
        "Louise Høeg Jensen",
        "Mark Pring",
        "Mikael Firlings Mouritsen",
        "Mogens Nyholm",
        "Morten Grosbøl",
        "Ole Skiffard",
        "Steen Bundgaard",
        "Susanne Nielsen",
        "Susanne Ringe Sørensen",
        "Torben Hansen"},
       {}},
      {"the minute taker, then the agenda's heading",
       "Referat af menighedsrådsmøde afholdt tirsdag den 19.maj 2021\n\nTranskript\n\n1 Referat "
       "af menighedsrådsmøde afholdt tirsdag den 19.maj 2021 Tilstede: Jeppe Sørensen, Erik "
       "Kjørup Andersen, Steen Henriksen, Ole Olsen, Niels Erik Andersen, Linda Morgan-Fisher, "
       "Anne-Marie Skriver, Lisbeth Hansen, Ingelise Slente Referent: Anne-Marie Skriver Mødets "
       "dagsorden: 1. Orienteringspunkter, herunder evt. afledte konsekvenser af synet.\n",
       {"Anne-Marie Skriver", "Erik Kjørup Andersen", "Ingelise Slente", "Jeppe Sørensen",
        "Linda Morgan-Fisher", "Lisbeth Hansen", "Niels Erik Andersen", "Ole Olsen",
        "Steen Henriksen"},
       {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Bemærkninger" (remarks to the agenda, an agenda system's field) opens a
// part of minutes, never a name: a transcript that ran it into a list's last
// name ends the name before it, also before its colon ("Egon Madsen
// Bemærkninger: Afbud: ..."). Verbatim stretches of the stress set's
// transcripts of dev web cases (Bornholm's Ældreråd, Aabenraa's Teknik- og
// Miljøudvalg, Viborg's Social- og Sundhedsudvalg).
TEST(AttendanceConventionsTest, ListRunIntoRemarksHeading) {
  const PeopleCase cases[] = {
      {"an absence item's heading after the absentee",
       "Referat\n\nTranskript\n\n1 Referat Bornholms Ældreråd 23-03-2021 kl. 09:30 Skype "
       "Dagsordenspunkter åbent 1 Fraværende og bemærkninger til dagsordenen åbent 2 Orientering "
       "fra følgegruppen vedr. teknik, kultur mm åbent 3 Orientering fra følgegruppen vedr. "
       "social og sundhed åbent 4 Orientering fra den koordinerende gruppe åbent 5 Orientering "
       "fra Trafikkontaktrådet åbent 6 Orientering fra Regionsældreråd Hovedstaden og Danske "
       "Ældreråd åbent 7 Sommeraktiviteter på voksenhandicapområdet 2021 åbent 8 Økonomimodel til "
       "udvikling af tilbudsviften på det specialiserede socialområde åbent 9 Gensidig "
       "orientering åbent 10 Eventuelt åbent 11 Orientering til pressen Til indholdsfortegnelse "
       "Åbent  punkt 1  Fraværende og bemærkninger til dagsordenen 27.15.00P35-0007 Behandling "
       "Mødedato Åbent punkt Lukket punkt Bornholms Ældreråd 23-03-2021 1 Fraværende Afbud fra "
       "Jens Oskar Pedersen Bemærkninger til dagsordenen Til indholdsfortegnelse\n",
       {},
       {"Jens Oskar Pedersen"}},
      {"the heading's colon, then the absence label",
       "Beslutningsprotokol\n\nTranskript\n\n1 Beslutningsprotokol onsdag den 1. september 2021 "
       "kl. 09:00 Mødested: Lokale 412, Skelbækvej Udvalg: Teknik- og Miljøudvalget Medlemmer: "
       "Arne Leyh Petersen, Kurt Andresen, Eivind Underbjerg Hansen, Thomas Juhl, Jan Riber "
       "Jakobsen, Christian Panbo, Egon Madsen Bemærkninger: Afbud: Thomas Juhl\n",
       {"Arne Leyh Petersen", "Christian Panbo", "Egon Madsen", "Eivind Underbjerg Hansen",
        "Jan Riber Jakobsen", "Kurt Andresen"},
       {"Thomas Juhl"}},
      {"an agenda template's heading after the absentee",
       "Referat - Åben dagsorden Økonomiudvalget Borgmesterkontoret\n\nTranskript\n\n1 Referat - Åben "
       "dagsorden Økonomiudvalget Borgmesterkontoret Hjørring Kommune Side 1. Mødedato: Mødet påbegyndt: "
       "kl. 08:00 Mødet afsluttet: kl. 11:00 Mødested: Mødelokale B - 6 sal - Jobcentret - benyt indgang "
       "v/ydelseskontoret Fraværende: Viggo Bilde Følgende sager behandles: Pkt. Tekst 1 Budget, regnskab "
       "og likviditet\n",
       {},
       {"Viggo Bilde"}},
      {"a bare heading, then the case number",
       "You can use Google to translate this website. We take no responsibility for the accuracy "
       "of the translation. Using this service may place a cookie on your "
       "computer.\n\nTranskript\n\n1 You can use Google to translate this website. We take no "
       "responsibility for the accuracy of the translation. Using this service may place a cookie "
       "on your computer. SØG Referat torsdag den 19. september 2019 kl. 12:30 Mødested "
       "Sundhedssatellit Stoholm Udvalg Social- og Sundhedsudvalget Mødedeltagere Åse Kubel Høeg, "
       "Claus Nielsen, Elo Nielsen Fraværende Niels Dueholm, Ove Kent Jørgensen Bemærkninger "
       "Sagsid.: 19/37075\n",
       {"Claus Nielsen", "Elo Nielsen", "Åse Kubel Høeg"},
       {"Niels Dueholm", "Ove Kent Jørgensen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A roster of one member a line where only the absent carry a status after
// the name ("Ann-Sofie Rosted Afbud" / "Susan Frandsen Afbud" / "Nis
// Madsen"; Frederiksberg's Lindevangskolen board, as SOSU Sjælland's board
// writes "... - AFBUD" and Region Sjælland's steering group "Anja Raun-
// afbud"), run by a transcript into one line: each "Afbud" after a name
// closes that entry as absent, and the names without one are present. The
// dev web page's own lines run together as a transcript prints them; and
// the note read so is the last name's of a run ("... Henriette Petersen
// Ann-Sofie Rosted (afbud)").
TEST(AttendanceConventionsTest, AbsenceStatusAfterNamesInARoster) {
  const PeopleCase cases[] = {
      {"a school board's roster run into one line",
       "Skolebestyrelsesmøde\n\nTranskript\n\n1 Skolebestyrelsesmøde Referat d. 17. juni 2025. 17.00 "
       "til 19.00. Sommerbespisning den sidste del af mødet "
       "************************************************************************** Deltagende med "
       "stemmeret: Freja "
       "Stevenson Henriette Petersen Ann-Sofie Rosted Afbud Susan Frandsen Afbud Nis Madsen "
       "Kristine Lyholm Sven Rasmussen\n",
       {"Freja Stevenson", "Henriette Petersen", "Kristine Lyholm", "Nis Madsen", "Sven Rasmussen"},
       {"Ann-Sofie Rosted", "Susan Frandsen"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// The heads of a two-column attendance table a transcript flattened
// ("Deltagere: Afbud:", "Medlemmer: Afbud:") and then its names: the first
// column's comma list present, and the second column's, whose first name
// is glued to the first column's last with no comma between, absent
// (DMU's Hovedbestyrelse, a docplayer transcript; Tårnby's
// Kommunalbestyrelse in StackedHeadsOfAFlattenedTable; Vordingborg's bare
// heads read so too). The column ends where the text runs on into prose.
TEST(AttendanceConventionsTest, SecondColumnGluedAfterFlattenedHeads) {
  // One absentee, then the minutes' prose: the column ends there, and the
  // new secretary the prose names after a comma is no absentee. (Only
  // these names: the welcome's subject is read apart.)
  const corpus::Meeting dmu = corpus::parse_meeting(
      "Referat fra HB-møde 3/03 d. 7. marts i Horsens\n\nTranskript\n\n1 Referat fra HB-møde 3/03 d. 7. "
      "marts i Horsens Deltagere: Afbud: "
      "Henrik Nørgaard, Bent Andersen, Erling Christiansen, Dennis Lybech, Peter Hansen, Poul "
      "Tirsgaard, Niels Munk Nielsen, Jette Heitmann, Kenneth Majkjær Mikkelsen, Søren Normann "
      "Andersen og Jan Rodtwitt Steen Fredsøe Sørensen Henrik Nørgaard bød velkommen med en "
      "speciel velkomst til kontorets ansatte incl. DMUs nye sportssekretær, Søren Normann "
      "Andersen. Det er efterhånden\n",
      "x.txt");
  EXPECT_EQ(corpus_test::names(dmu, false), std::vector<std::string>{"Steen Fredsøe Sørensen"});
  for (const char* n : {"Henrik Nørgaard", "Jan Rodtwitt", "Søren Normann Andersen"}) {
    const auto present = corpus_test::names(dmu, true);
    EXPECT_TRUE(std::find(present.begin(), present.end(), n) != present.end()) << n;
  }
}

// A speaker named before a verb of speech starts at a known first name:
// the capitalised words before it in the same run are another's ("... og
// Jan Rodtwitt Steen Fredsøe Sørensen Henrik Nørgaard bød velkommen": DMU's
// Hovedbestyrelse) or an organisation ("Direktør i Spejder Sport John
// Lange orienterede om ...": DDS's Korpsledelse), two words or more of
// them before the name (participants.cc speaker_names).
TEST(AttendanceConventionsTest, SpeakerStartsAtAKnownFirstName) {
  const PeopleCase cases[] = {
      {"an organisation before the speaker",
       "Referat\n\nTranskript\n\n1 Referat Gæster: John Lange, direktør Spejder Sport i punkt om "
       "Spejder Sport. Mads Helmer-Hansen (formand DDS Drift og Service) og Jette Rasmussen "
       "(forstander Brejning Efterskole) deltog i punkt om lån til Brejning Efterskole. 1. af Spejder "
       "Sport uden bilag og drøftelse Direktør i Spejder Sport John Lange orienterede om Spejder "
       "Sports mål for udvikling og strategi med drøftelse af samarbejdet mellem Det Danske "
       "Spejderkorps\n",
       {"Jette Rasmussen", "John Lange", "Mads Helmer-Hansen"},
       {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A speaker written with the organisation in apposition before the verb
// ("Anders Kjærulff, Holstebro Kommune, indledte punktet.": KKR
// Midtjylland's DKS; "Henny Holmgaard, Herning Kommune, informerede":
// Hjerneskadesamrådet) is the name before the organisation, not the
// organisation (participants.cc speaker_names).
TEST(AttendanceConventionsTest, SpeakerBeforeTheirOrganisationInApposition) {
  const PeopleCase cases[] = {
      {"the name before the municipality",
       "Referat\n\nDeltagere: Anne Holm\n\n1. Telesundhed\n\nReferat\n"
       "Anders Kjærulff, Holstebro Kommune, indledte punktet. Oplæg fra mødet er vedlagt.\n",
       {"Anders Kjærulff", "Anne Holm"},
       {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// An absence list closed as a sentence after its last entry's note, then
// the header's next field, a label without its colon ("... Julie Rasmussen
// (punkt 1 og 17 slut). Mødested Spejder Sport, Østerport Station og
// Spejdercenter Holmen, ..."): the place's words are no absentees (DDS's
// Korpsledelse, a docplayer transcript).
TEST(AttendanceConventionsTest, HeaderFieldAfterTheListsLastNote) {
  const PeopleCase cases[] = {
      {"the meeting's place after the absentees",
       "Referat\n\nTranskript\n\n1 Referat Afbud: Christine Fribert Sørensen (hele mødet), Mia Rangholm "
       "Varming (hele mødet), Jørgen Svenstrup (punkt 1 og 12-slut) Julie Rasmussen (punkt 1 og 17 slut). "
       "Mødested Spejder Sport, Østerport Station og Spejdercenter Holmen, Arsenalvej 10, 1436 København K. "
       "Mødetid Mødet begyndte fredag den 8. juni\n",
       {},
       {"Christine Fribert Sørensen", "Julie Rasmussen", "Jørgen Svenstrup", "Mia Rangholm Varming"}},
  };
  for (const auto& c : cases) expect_people(c);
}

}  // namespace

namespace {

// A decision's note of absence without a verb, the name and "fraværende"
// alone on a line (a municipal committee's web minutes), as "X -
// fraværende" after a name in a list: the name is absent; "de fraværende
// medlemmer" in a sentence names no one.
TEST(AttendanceConventionsTest, NameThenFravaerendeOnItsLine) {
  const PeopleCase cases[] = {
      {"the note under the decision",
       "Udvikling, By og Land\n\nTirsdag den 17-09-2019 kl. 17:00\n\n191. Godkendelse af dagsorden\n\n"
       "Beslutning\n\n  1. Godkendt\n\n \n\nTonny Nalepa Jensen fraværende\n\n \n\n192. Budget 2020-2023\n",
       {}, {"Tonny Nalepa Jensen"}},
      {"a sentence about the absent",
       "Referat\n1. Budget\nBeslutning\nGodkendt. Referatet sendes til de fraværende\n",
       {}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

}  // namespace

namespace {

// The welcome with the body welcomed between the verb and "velkommen"
// ("1. næstformand for regionsrådet, Hanne Roed, bød udvalget velkommen.",
// a regional committee's minutes): the one who welcomed was there.
TEST(AttendanceConventionsTest, WelcomeWithTheBodyAsObject) {
  const PeopleCase cases[] = {
      {"bød udvalget velkommen",
       "Referat\ntil\nmødet i Patientinddragelsesudvalget\nden 7. april 2022 kl. 13:00\n"
       "i Regionshuset Viborg, mødelokale F1 stuen, Skottenborg 26, 8800 Viborg\n\nAlle var mødt.\n\n\n"
       "Sagnr.: 1-01-81-75-21\n\n1. Fotografering\n\nSagsfremstilling\n\nDer tages gruppefoto samt "
       "portrætfoto af medlemmerne af patientinddragelsesudvalget i regionsrådssalen.\n\nBeslutning\n\n"
       "Intet til punktet.\n\nTilbage til toppen\nSagnr.: 1-01-81-75-21\n\n2. Velkomst til arbejdet\n\n"
       "Sagsfremstilling\n\n1. næstformand for regionsrådet, Hanne Roed, byder udvalget velkommen og fortæller "
       "om forventningerne til sundhedssamarbejdet i valgperioden.\n\nBeslutning\n\n1. næstformand for "
       "regionsrådet, Hanne Roed, bød udvalget velkommen.\n\n\nUdvalget drøftede blandt andet med Hanne Roed, "
       "hvilke forventninger der er til den kommende sundhedsreform.\n",
       {"Hanne Roed"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// A council's substitute in a recommendation's point at the meeting's
// opening ("at X indtræder som stedfortræder for Y"): Y is absent, on its
// line or run into the recommendation's sentence by a transcript (Aabenraa's
// Byråd 760). Not a standing substitute decided at an earlier meeting ("blev
// det besluttet, at X indtræder som stedfortræder for Y indtil videre",
// Hvidovre 763).
TEST(AttendanceConventionsTest, SubstituteInARecommendationsPoint) {
  const char* lines_text =
      "Beslutningsprotokol\n\nonsdag den 30. november 2022 kl. 17:00\n\nMødested: Byrådssalen, Skelbækvej\n"
      "Udvalg: Byrådet\nMedlemmer: Jan Riber Jakobsen, Rasmus Elkjær Larsen, Karsten Meyer Olesen, "
      "Ovidiu George Nechitoi\nBemærkninger:\n    Indstilling\n\n    Byråds- og Direktionssekretariatet indstiller,\n\n"
      "    at Ovidiu G. Neuhitoi indtræder som stedfortræder for Cathrina A. Sørensen,\n\n"
      "    at Karsten Meyer Olesen indtræder som stedfortræder for Signe Bekker Dhiman, og\n\n"
      "    at dagsorden og tillægsdagsorden godkendes.\n\n    Beslutning Byrådet den 30-11-2022\n\n    Godkendt.\n";
  const std::vector<std::string> present = {"Jan Riber Jakobsen", "Rasmus Elkjær Larsen", "Karsten Meyer Olesen",
                                            "Ovidiu George Nechitoi"};
  const PeopleCase cases[] = {
      {"points on their lines", lines_text, present, {"Cathrina A. Sørensen", "Signe Bekker Dhiman"}},
      {"decided before",
       "Referat\n\nArbejdsmarkedsudvalget\n\nDeltagere: Anders Liltorp, Ivan Fogtmann\n\n1. Meddelelser\n\n"
       "På Kommunalbestyrelsesmøde den 25. november blev det besluttet, at Anders Liltorp indtræder som "
       "stedfortræder for Benthe Viola Holm indtil videre.\n",
       {"Anders Liltorp", "Ivan Fogtmann"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// The page's letterhead run into a member list by a PDF's layout (the
// address with its postcode, "Telefon ...", the mail and web addresses):
// the list goes on past it (Næstved's Byråd 758).
TEST(AttendanceConventionsTest, MemberListPastTheLetterhead) {
  const PeopleCase cases[] = {
      {"letterhead",
       "Referat af Byrådets møde d. 08.06.2009\n\nÅbent referat for Byrådet\n\nMødedato 08.06.2009\n\nTid 18:30\n\n"
       "Sted Byrådssalen, Teatergade 8\n\nMedlemmer Birgit Lund Terp (A) Carsten Bering (C)\n\n"
       "Lisbet Skov (A) Michael Rex (O)\n\nNæstved Kommune Rådhuset, Teatergade 8 4700 Næstved\n\n"
       "Per Andersen (A) Per Sørensen (A)\n\nTelefon 5588 5588\n\nnaestved@naestved.dk www.naestved.dk\n\n"
       "Torben Nielsen (F) Troels Larsen (V)\n\nFraværende\n\nGæster\n\nByrådet 08.06.2009\n",
       {"Birgit Lund Terp", "Carsten Bering", "Lisbet Skov", "Michael Rex", "Per Andersen", "Per Sørensen",
        "Torben Nielsen", "Troels Larsen"},
       {}},
  };
  for (const auto& c : cases) expect_people(c);
}

}  // namespace

namespace {

// Region Midtjylland's Patientinddragelsesudvalg (verbatim header) with its
// attendance written the ways other minutes write theirs: the label's
// spelling, the list's layout, and the whole as a PDF transcript runs a
// page into one line ("1 Referat til mødet ... Tilstede Lillian Andersen,
// ..."). Each case's name tells its perturbation.
constexpr std::string_view k_rm_head =
    "Referat\ntil\nmødet i Patientinddragelsesudvalget\nden 19. februar 2020 kl. 13:00\n"
    "i Regionshospitalet Randers, mødelokale 7, plan 2 ved kantinen, Skovlyvej 15, 8930 Randers NØ\n\n";
constexpr std::string_view k_rm_tail =
    "\n\nReferent: Leon Hiitola Iversen, Regionssekretariatet.\n\n"
    "1. Besøg ved Regionshospitalet Randers (13.00-14.00)\n\nSagsfremstilling\n\n"
    "Udvalget besøger Regionshospitalet Randers.\n\nBeslutning\n\nTaget til efterretning.\n\n"
    "2. Eventuelt\n\nBeslutning\n\nIntet.\n";
const std::vector<std::string> k_rm_present = {"Lillian Andersen",      "Ralph Jørgensen", "Lene Thykjær Jørgensen",
                                               "Keld Overgaard Jensen", "Ulla Dyhr",       "K.B. Nielsen"};
const std::vector<std::string> k_rm_absent = {"Liselotte Wesley Andersen", "Anni Faarup Christensen"};

std::string joined(const std::vector<std::string>& names, std::string_view sep) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : std::string(sep)) + n;
  return out;
}

// `text` as a PDF transcript prints a short document: its first line,
// "Transkript", then every non-empty line run into one page line.
std::string as_transcript(std::string_view text) {
  std::string first, page;
  for (std::size_t b = 0; b < text.size();) {
    const std::size_t e = std::min(text.find('\n', b), text.size());
    std::string_view l = text.substr(b, e - b);
    while (!l.empty() && (l.front() == ' ' || l.front() == '\t')) l.remove_prefix(1);
    while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
    if (!l.empty()) {
      if (first.empty()) first = l;
      page += (page.empty() ? "1 " : " ") + std::string(l);
    }
    b = e + 1;
  }
  return first + "\n\nTranskript\n\n" + page + "\n";
}

// The excerpt with `present` and `absent` blocks as written; checked as
// written and as a transcript.
void expect_rm_variant(const std::string& name, const std::string& present, const std::string& absent) {
  const std::string text = std::string(k_rm_head) + present + "\n\n" + absent + std::string(k_rm_tail);
  std::vector<std::string> all_present = k_rm_present;
  all_present.push_back("Leon Hiitola Iversen");
  expect_people({name.c_str(), text.c_str(), all_present, k_rm_absent});
  const std::string transcript = as_transcript(text);
  const std::string tname = name + ", as a transcript";
  expect_people({tname.c_str(), transcript.c_str(), all_present, k_rm_absent});
}

TEST(AttendanceConventionsTest, StressPresentLabelSpellingsAndLayouts) {
  const std::string absent = "Afbud: Liselotte Wesley Andersen og Anni Faarup Christensen.";
  for (std::string label : {"Til stede", "Tilstede", "Deltagere", "Mødedeltagere", "Fremmødte", "Til stede var",
                            "TIL STEDE"}) {
    expect_rm_variant("'" + label + ":' inline, commas", label + ": " + joined(k_rm_present, ", "), absent);
    expect_rm_variant("'" + label + "' without colon, inline", label + " " + joined(k_rm_present, ", "), absent);
    expect_rm_variant("'" + label + ":' on its own line, one name a line",
                      label + ":\n" + joined(k_rm_present, "\n"), absent);
    expect_rm_variant("'" + label + ":' on its own line, '-' bullets",
                      label + ":\n- " + joined(k_rm_present, "\n- "), absent);
    expect_rm_variant("'" + label + ":' on its own line, '•' bullets",
                      label + ":\n• " + joined(k_rm_present, "\n• "), absent);
  }
  // "* Lillian Andersen": a plain text's asterisk bullet (not run into a
  // transcript's line: there it is no bullet).
  const std::string stars = "Til stede:\n* " + joined(k_rm_present, "\n* ");
  std::vector<std::string> all_present = k_rm_present;
  all_present.push_back("Leon Hiitola Iversen");
  const std::string text = std::string(k_rm_head) + stars + "\n\n" + absent + std::string(k_rm_tail);
  expect_people({"'*' bullets, one name a line", text.c_str(), all_present, k_rm_absent});
}

TEST(AttendanceConventionsTest, StressAbsentLabelSpellingsAndLayouts) {
  const std::string present = "Til stede: " + joined(k_rm_present, ", ") + ".";
  const std::string og = "Liselotte Wesley Andersen og Anni Faarup Christensen";
  for (std::string label : {"Afbud", "Fraværende", "Afbud fra", "Ikke til stede", "Meldt afbud", "Fravær", "Forfald",
                            "AFBUD", "Fraværende med afbud"}) {
    expect_rm_variant("'" + label + ":' inline, 'og'", present, label + ": " + og + ".");
    expect_rm_variant("'" + label + "' without colon, inline", present, label + " " + joined(k_rm_absent, ", "));
    expect_rm_variant("'" + label + ":' on its own line, one name a line", present,
                      label + ":\n" + joined(k_rm_absent, "\n"));
  }
}

// A role in lower case before an entry's name, one entry a line
// ("næstformand Ralph Jørgensen", "medlem Keld Overgaard Jensen"): as
// written, and run by a transcript into one line with the other names
// ("Lillian Andersen næstformand Ralph Jørgensen Lene Thykjær Jørgensen").
TEST(AttendanceConventionsTest, StressRoleBeforeNameOneALine) {
  const std::string absent = "Afbud: Liselotte Wesley Andersen og Anni Faarup Christensen.";
  // (The second name's given name, "Ralph", is one of the common names
  // vocabulary.cc k_first_names gained for this test.)
  for (std::size_t at : {1u, 3u})
    for (std::string role : {"næstformand", "medlem", "sekretær"}) {
      std::string lines = "Til stede:";
      for (std::size_t i = 0; i < k_rm_present.size(); ++i)
        lines += "\n" + (i == at ? role + " " : std::string()) + k_rm_present[i];
      expect_rm_variant("'" + role + "' before name " + std::to_string(at + 1) + ", one a line", lines, absent);
    }
}

// "Lillian Andersen, Dansk Handicap Forbund", "..., Dansk Sygeplejeråd",
// "..., Dansk Folkeparti", "..., Lokal Aktionsgruppe Randers": an
// organisation after a name, whose words ("Dansk", a council's or group's
// compound) are no person's.
TEST(AttendanceConventionsTest, StressOrganisationAfterName) {
  const std::string absent = "Afbud: Liselotte Wesley Andersen og Anni Faarup Christensen.";
  for (std::string org : {"Dansk Handicap Forbund", "Dansk Sygeplejeråd", "Dansk Folkeparti",
                          "Lokal Aktionsgruppe Randers", "Ældre Sagen", "Danske Handicaporganisationer"}) {
    std::string lines = "Til stede:";
    for (const auto& n : k_rm_present) lines += "\n" + n + ", " + org;
    const std::string text = std::string(k_rm_head) + lines + "\n\n" + absent + std::string(k_rm_tail);
    std::vector<std::string> all_present = k_rm_present;
    all_present.push_back("Leon Hiitola Iversen");
    const std::string name = "org after a comma, one name a line: " + org;
    expect_people({name.c_str(), text.c_str(), all_present, k_rm_absent});
  }
}

// Lokalrådet of Tårnborg ("Til stede var Karen, Mette, Thomas og Jørgen")
// and Christianshavn's Lokaludvalg ("Fraværende med afbud" / "Elin
// Johansson. I stedet deltog Ruth Lønskov."), run by a transcript into its
// page's line: the labels without their colon still start their lists.
TEST(AttendanceConventionsTest, BareLabelSpellingsInATranscriptLine) {
  const PeopleCase cases[] = {
      {"'Til stede var' in a transcript line",
       "Referat\n\nTranskript\n\n1 Referat af lokalrådsmødet mandag den 6. marts 2017 klokken 18.30 hos Karen "
       "Holst Carlsen på Svalevej Til stede var Karen, Mette, Thomas og Jørgen 1. Godkendelse af dagsorden og "
       "referat Begge dele godkendt uden kommentarer\n",
       {"Karen", "Mette", "Thomas", "Jørgen"}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

}  // namespace

// One name a line run by a transcript into one line: each name starts at a
// known given name, also a newer or a non-Nordic one ("Zaid", "Ronja",
// "Hasan": vocabulary.cc k_first_names).
TEST(AttendanceConventionsTest, StressRunOfNamesWithNewerGivenNames) {
  const std::vector<std::string> present = {"Lillian Andersen", "Zaid Abdi", "Ronja Kjær Holm", "Hasan Yilmaz",
                                            "Ulla Dyhr"};
  const std::string text = std::string(k_rm_head) + "Til stede:\n" + joined(present, "\n") +
                           "\n\nAfbud: Liselotte Wesley Andersen og Anni Faarup Christensen." + std::string(k_rm_tail);
  std::vector<std::string> all_present = present;
  all_present.push_back("Leon Hiitola Iversen");
  const std::string transcript = as_transcript(text);
  expect_people({"newer given names, one a line, as a transcript", transcript.c_str(), all_present, k_rm_absent});
}

// "Afbud:" alone on its line over the absentees one a line, in the
// register an item "Mødedeltagere" holds (Region Midtjylland's
// sundhedsaftale fora): every line that is one person's entry is absent,
// not only the first (case 768, verbatim; the item's later lines cut).
TEST(AttendanceConventionsTest, AfbudAloneOverAbsenteesOneALine) {
  const char* text =
      "- Udvalg: Faglig strategisk gruppe Gødstrup-klyngen\n"
      "- Mødedato: 25. september, 2025 kl. 12:30\n"
      "- Mødested: Lokale C3.40, Herning Rådhus\n"
      "Pkt. tekst\n"
      "- 1. Mødedeltagere\n"
      "- 2. Godkendelse af dagsorden\n"
      "1. Mødedeltagere\n"
      "Sagsfremstilling\n"
      "Søren Aalund, Direktør Herning kommune (kommunal medformand)\n"
      "Yelva Jensen, Direktør, Holstebro kommune\n"
      "Samantha Drejer Thomsen, Psykiatristaben (sekretariat)\n"
      "Dorthe Høgh, Herning kommune (sekretariat)\n"
      "Gunna Andersen, Regionshospitalet Gødstrup (sekretariat)\n"
      "Afbud:\n"
      "Jens Friis Bak, Lægefaglig direktør Regionshospitalet Gødstrup\n"
      "Rikke Degn, Sygeplejefaglig direktør, Regionshospitalet Gødstrup (regional medformand)\n"
      "2. Godkendelse af dagsorden\n"
      "Det indstilles,\n"
      "At Faglig strategisk gruppe godkender dagsordenen\n";
  expect_people({"two absentees one a line", text,
                 {"Søren Aalund", "Yelva Jensen", "Samantha Drejer Thomsen", "Dorthe Høgh", "Gunna Andersen"},
                 {"Jens Friis Bak", "Rikke Degn"}});
}

// A run-on register whose names start at given names the vocabulary
// lacked ("Samantha", "Raymond", "Lauge", "Laust", "Roar", "Kathrin":
// vocabulary.cc k_first_names): the name starts at the given name, not at
// the role or organisation before it ("PIU-repræsentant Samantha Drejer
// Thomsen"; case 768 verbatim as a transcript runs it, some of the
// register's lines and the item's later lines cut).
TEST(AttendanceConventionsTest, RunOnRegisterWithGivenNamesTheListsLacked) {
  const char* lines =
      "- Udvalg: Faglig strategisk gruppe Gødstrup-klyngen\n"
      "- Mødedato: 25. september, 2025 kl. 12:30\n"
      "- Mødested: Lokale C3.40, Herning Rådhus\n"
      "Pkt. tekst\n"
      "- 1. Mødedeltagere\n"
      "- 2. Godkendelse af dagsorden\n"
      "- 3. 10-årsplan for psykiatrien – civilsamfundet som nøglespiller\n"
      "- 4. Paramedicinerbil i Herning - orientering og drøftelse af samarbejdsmuligheder\n"
      "- 5. Ny psykiatri funktion i Præhospitalet pr. 1. december 2025\n"
      "- 6. Sundhedsreformen.\n"
      "- 7. Udviklingsarrangement i Gødstrupklyngen.\n"
      "- 8. Tværfaglige opstartsmøder\n"
      "- 9. Mødedatoer for 2026\n"
      "- 10. Eventuelt\n"
      "1. Mødedeltagere\n"
      "Sagsfremstilling\n"
      "Søren Aalund, Direktør Herning kommune (kommunal medformand)\n"
      "Jannie Rasmussen, PIU-repræsentant\n"
      "Per Jacobsen, PIU-repræsentant\n"
      "Samantha Drejer Thomsen, Psykiatristaben (sekretariat)\n"
      "Dorthe Høgh, Herning kommune (sekretariat)\n"
      "Gunna Andersen, Regionshospitalet Gødstrup (sekretariat)\n"
      "Afbud:\n"
      "Jens Friis Bak, Lægefaglig direktør Regionshospitalet Gødstrup\n"
      "Rikke Degn, Sygeplejefaglig direktør, Regionshospitalet Gødstrup (regional medformand)\n"
      "2. Godkendelse af dagsorden\n"
      "Det indstilles,\n"
      "At Faglig strategisk gruppe godkender dagsordenen\n";
  const std::string transcript = as_transcript(lines);
  expect_people({"a run-on register", transcript.c_str(),
                 {"Søren Aalund", "Jannie Rasmussen", "Per Jacobsen", "Samantha Drejer Thomsen", "Dorthe Høgh",
                  "Gunna Andersen"},
                 {"Jens Friis Bak", "Rikke Degn"}});
}

// "Formand: X (O) Næstformand: Y (V) Z (A)": a role's label inside a
// council's roster run together is no part of the member's name (case 770,
// Fredericia's Sundhedsudvalg, verbatim; the contents line cut).
TEST(AttendanceConventionsTest, RoleLabelInsideARosterRun) {
  const char* text =
      "Referat fra mødet i Sundhedsudvalget. (Indeholder åbne dagsordenspunkter)\n\nTranskript\n\n"
      "1 Referat fra mødet i Sundhedsudvalget (Indeholder åbne dagsordenspunkter) Mødedato: Onsdag den 12. juni "
      "2013 Mødested: Meldahls Rådhus Udvalgsværelset Mødetidspunkt: Kl. 15:00-17:00 Medlemmer: Formand: Susanne "
      "Eilersen (O) Næstformand: Pernelle Jensen (V) Bente Ankersen (A) Børge Larsen (V) Henning Due Lorentzen (A) "
      "Inger Nielsen (C) Ivan Toftgaard (F) Side 1\n\n"
      "3 48 Godkendelse af dagsorden Sagsnr.: Sagen afgøres i: Sundhedsudvalget Sagsbeskrivelse: Økonomiske "
      "konsekvenser: Vurdering: Indstillinger: Fagafdelingen indstiller Godkendt. Side 3\n";
  expect_people({"role labels in the roster", text,
                 {"Susanne Eilersen", "Pernelle Jensen", "Bente Ankersen", "Børge Larsen", "Henning Due Lorentzen",
                  "Inger Nielsen", "Ivan Toftgaard"},
                 {}});
}

// "Y deltog som stedfortræder for X og W deltog som stedfortræder for Z": two
// substitutes' clauses joined by "og" in one sentence; X is the first
// member sat in for, W the second substitute (case 419, Langeland's
// Kommunalbestyrelse, and case 392, Viborg's LBR, verbatim sentences).
TEST(AttendanceConventionsTest, TwoSubstitutesInOneSentence) {
  const PeopleCase cases[] = {
      {"som stedfortræder for (Langeland)",
       "Referat\nKommunalbestyrelsen den 10. oktober 2022\nDeltagere: Peder Hansen, Tonni Hansen, Brian Dalsgaard, "
       "Søren Ramsing\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
       "Britta Andersen deltog som stedfortræder for Brian Dalsgaard og Gert Rosing deltog som stedfortræder for "
       "Tonni Hansen\n",
       {"Peder Hansen", "Søren Ramsing", "Britta Andersen", "Gert Rosing"},
       {"Brian Dalsgaard", "Tonni Hansen"}},
      {"i stedet for (Viborg LBR)",
       "Referat\nLBR den 3. marts 2014\nDeltagere: Anne Holm, Karsten Christiansen, Ghita Tougaard\n\n"
       "Gert Boller deltog i stedet for Karsten Christiansen og Thorben Koed deltog i stedet for Ghita Tougaard\n\n"
       "1. Budget\nGodkendt.\n",
       {"Anne Holm", "Gert Boller", "Thorben Koed"},
       {"Karsten Christiansen", "Ghita Tougaard"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "<Udvalg>, <dato>, pkt. N:" over an absence list: an earlier meeting's
// decision the item quotes (its treatment in a committee, as the agenda
// systems of Stevns, Rødovre and Frederikssund print it), with that
// meeting's absentees, not this one's (case 567, Stevns' Kommunalbestyrelse;
// case 449, Frederikssund's Råd for handicap, psykiatri og udsathed). The
// meeting's own absence, under its own "Beslutning", still counts.
TEST(AttendanceConventionsTest, AbsenceInAQuotedEarlierDecision) {
  const PeopleCase cases[] = {
      {"the label right under the citation (Stevns)",
       "Referat\nKommunalbestyrelsen den 22. januar 2020\n\n301. Godkendelse af dagsorden\nBeslutning\n"
       "Ikke til stede: Anne Holm (C)\nGodkendt.\n\n302. Planstrategi 2020\nIndstilling\n"
       "Administrationen indstiller, at planstrategien godkendes.\n"
       "Plan, Miljø og Teknik, 7. januar 2020, pkt. 207:\nIkke til stede: Bo Jensen (A)\nAnbefales.\n"
       "Beslutning\nGodkendt.\n",
       {}, {"Anne Holm"}},
      {"the label after the quoted decision's text (Frederikssund)",
       "Referat\nRådet for handicap den 24. november 2025\n\n103. Svar på spørgsmål\nHistorik\n"
       "Beslutning fra Rådet for handicap, 3. november 2025, pkt. 93:\n"
       "Rådet drøftede de tilsendte svar.\nFraværende:\nBo Jensen\nCarl Dahl (A)\n"
       "Beslutning\nTaget til efterretning.\n",
       {}, {}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "... at følgende embedspersoner skulle overvære de konkrete sager på
// dagsordenen:" over "Name: Dagsordenens pkt. 2, 5" a line, and "X og Y
// overværede foretrædet": the officials who attended items were there
// (case 562, Copenhagen's Kultur- og Fritidsudvalg on kk.dk).
TEST(AttendanceConventionsTest, OfficialsAdmittedToItems) {
  const PeopleCase cases[] = {
      {"the list of officials and the items they attended",
       "Referat\nKultur- og Fritidsudvalget den 31. januar 2019\n\n1. Godkendelse af dagsorden\nBeslutning\n"
       "Afbud: ingen\nFraværende: Anne Holm\n"
       "Kultur- og Fritidsudvalget besluttede i medfør af styrelseslovens § 20, stk. 4, 1. pkt., at følgende "
       "embedspersoner skulle overvære de konkrete sager på dagsordenen:\n"
       "Bo Jensen: Dagsordenens pkt. 2, 5, 6\nCarl Dahl: Dagsordenens pkt. 3\nDagsordenen blev godkendt.\n",
       {"Bo Jensen", "Carl Dahl"}, {"Anne Holm"}},
      {"those who attended a deputation",
       "Referat\nKultur- og Fritidsudvalget den 31. januar 2019\n\n1. Godkendelse af dagsorden\nBeslutning\n"
       "Fraværende: Anne Holm\nForetrædet blev gennemført efter punkt 1. Dorte Friis og Erik Lund overværede "
       "foretrædet.\n",
       {"Dorte Friis", "Erik Lund"}, {"Anne Holm"}},
  };
  for (const auto& c : cases) expect_people(c);
}

// "Afbud:" over "X grundet sygdom, suppleant Y grundet anden aftale" and "Z
// grundet arbejde, suppleant W deltager": a substitute given a reason of
// absence sent regrets too; one who "deltager" came (case 817, Vesterbro
// Lokaludvalg on kk.dk).
TEST(AttendanceConventionsTest, SubstituteWithAReasonOfAbsence) {
  const PeopleCase cases[] = {
      {"grundet after the substitute",
       "Referat\nLokaludvalget den 3. maj 2018\n\n1. Godkendelse af dagsorden\nBeslutning\nAfbud:\n"
       "Anne Holm grundet sygdom, suppleant Bo Jensen grundet anden aftale. Der er ingen 2. suppleant.\n"
       "Carl Dahl grundet arbejde, suppleant Dorte Friis deltager\n\nDagsordenen blev godkendt.\n",
       {"Dorte Friis"}, {"Anne Holm", "Bo Jensen", "Carl Dahl"}},
  };
  for (const auto& c : cases) expect_people(c);
}
