// The conventions of PDF transcripts (docplayer and the like) whose lines a
// text extraction ran together: one TEST per rule of corpus/lines.cc, on a
// short excerpt written in that convention. See docs/ARCHITECTURE.md §4.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "corpus/parser.h"
#include "corpus/recogniser.h"
#include "tests/corpus/items_case.h"
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

// A table of contents run into one line, item and page numbers among the
// titles, and each title repeated where its case's text starts, right
// before a section heading ("Godkendt. Ny cykelsti ved skolen Resumé ..."):
// the repeat confirms the title and where it starts; the text before it
// is the previous item's outcome.
TEST(TranscriptConventionsTest, ContentsTitlesEchoedBeforeSectionHeadings) {
  const std::string text =
      "1 Referat Udvalget for Teknik og Miljø Mødedato: 3. marts 2015 Mødelokale: Byrådssalen Deltagere: Anne "
      "Hansen, Bo Jensen, Carl Nielsen Fraværende: Dorte Berg\n\n"
      "2 Indholdsfortegnelse Pkt. Tekst Side 1 Godkendelse af dagsorden 3 2 Ny cykelsti ved skolen 3 3 "
      "Budgetopfølgning pr. 31. januar 4 4 Lokalplan for boliger ved havnen 5 5 Vinterberedskab og saltning af "
      "veje 6 6 Orientering fra formanden 7\n\n"
      "3 Godkendelse af dagsorden Beslutning Godkendt. Ny cykelsti ved skolen Resumé Forvaltningen foreslår en "
      "ny cykelsti langs Skolevej. Sagsfremstilling Skolebestyrelsen har bedt om en sikker skolevej. Indstilling "
      "Forvaltningen indstiller, at projektet godkendes. Beslutning Godkendt.\n\n"
      "4 Budgetopfølgning pr. 31. januar Sagsfremstilling Forbruget følger budgettet, og der ventes ingen "
      "merforbrug på vejområdet i år. Indstilling Forvaltningen "
      "indstiller, at orienteringen tages til efterretning. Beslutning Taget til efterretning.\n\n"
      "5 Lokalplan for boliger ved havnen Resumé Lokalplanen giver mulighed for 40 boliger. Beslutning Godkendt. "
      "Vinterberedskab og saltning af veje Sagsfremstilling Der er brugt mere salt end budgetteret. Beslutning "
      "Taget til efterretning. Orientering fra formanden Sagsfremstilling Formanden orienterede om mødet med borgerne. Beslutning "
      "Taget til efterretning.\n";
  const auto m = parse(text);
  const std::vector<std::string> expected = {"Godkendelse af dagsorden", "Ny cykelsti ved skolen",
                                             "Budgetopfølgning pr. 31. januar", "Lokalplan for boliger ved havnen",
                                             "Vinterberedskab og saltning af veje", "Orientering fra formanden"};
  EXPECT_EQ(titles(m), expected);
}

// A transcript's case line run into the head after its title: the case's
// number and file labels ("Sagsnr", "Dok.nr", "J.nr.: A10.", Odsherred's
// "Sag Dok Initialer:") are no part of the title, which ends before the
// first of them.
TEST(TranscriptConventionsTest, CaseLabelsEndTheTitle) {
  const std::string text =
      "Økonomiudvalget Referat\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 REFERAT Økonomiudvalget Mødedato: 12. august 2014 Mødested: Gl. Rådhus, Byrådssalen Mødetidspunkt: 16:00 "
      "Deltagere: Peder Kirkegaard, Anna-Lise Vestergaard, Bolette Dahl Pedersen, Preben Andersen, Erik Mortensen, "
      "Ole Priess Fraværende: Ingen\n"
      "\n"
      "2 1. BUDGETSTATUS 2015 Sagsnr Dok.nr Sagsbeh. Jens Iversen ÅBENT INDSTILLING Direktionen indstiller, at "
      "budgetoplægget godkendes som udgangspunkt for det videre arbejde. Sagen har været drøftet i forvaltningen, "
      "og der er ikke yderligere bemærkninger til sagen fra de berørte afdelinger eller fra de faglige "
      "organisationer.\n"
      "\n"
      "3 2. Godkendelse af dagsorden J.nr.: A10. Sagsnr.: 11/5571 Sagen afgøres i: Sagsfremstilling: Godkendelse "
      "af dagsordenen. Beslutning: Godkendt. Sagen har været drøftet i forvaltningen, og der er ikke yderligere "
      "bemærkninger til sagen fra de berørte afdelinger eller fra de faglige organisationer.\n"
      "\n"
      "4 3. Nyt fra Miljøudvalget Sag Dok Initialer: MBA Åbent Sagens opståen Fast punkt på dagsordenen. Formanden "
      "orienterer. Sagen har været drøftet i forvaltningen, og der er ikke yderligere bemærkninger til sagen fra "
      "de berørte afdelinger eller fra de faglige organisationer.\n";
  const std::vector<std::string> expected = {"BUDGETSTATUS 2015", "Godkendelse af dagsorden", "Nyt fra Miljøudvalget"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// A contents that lost its numbers but the first entry's (a council's
// running number, "Sag nr. Side 463."), after the page's running header;
// each case's page opens with its title from the contents and the case's
// mark after it: the caseworker's initials and the case's number
// ("DIHAJP / 06/17018"), the number without its year ("/4492") or the
// caseworker's name ("/ Lene Fuglsang"). The title before the mark is the
// item's head, also when no number bounds it in the contents.
TEST(TranscriptConventionsTest, ContentsTitlesEchoedBeforeTheirCaseMark) {
  const std::string text =
      "Udvalget for Erhverv og Kultur\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 REFERAT Udvalget for Erhverv og Kultur Mødedato: Mandag den 3. marts 2008 Mødested: Mødeværelse 219 "
      "Haderslev Rådhus Starttidspunkt: Kl. 16:00 Sluttidspunkt: Kl. 18:55 Afbud: Bent K. Andersen Fraværende: "
      "Ingen Bemærkninger: Ingen\n"
      "\n"
      "2 Udvalget for Erhverv og Kultur, Indholdsfortegnelse Sag nr. Side 463. Til efterretning Vojens Hallerne: "
      "Opfølgning på budget Idrætspolitik for kommunen Eventuelt\n"
      "\n"
      "3 Udvalget for Erhverv og Kultur, Side Til efterretning DIHAJP / 06/17018 Sagsfremstilling "
      "Folkeuniversitetet har sendt sit program for efteråret til udvalget. Sagen har været drøftet i "
      "forvaltningen, og der er ikke yderligere bemærkninger til sagen fra de berørte afdelinger eller fra de "
      "faglige organisationer.\n"
      "\n"
      "4 Udvalget for Erhverv og Kultur, Side Vojens Hallerne: Opfølgning på budget /4492 Sagsfremstilling "
      "Hallerne har et underskud på driften i år, som skal dækkes. Sagen har været drøftet i forvaltningen, og der "
      "er ikke yderligere bemærkninger til sagen fra de berørte afdelinger eller fra de faglige organisationer.\n"
      "\n"
      "5 Udvalget for Erhverv og Kultur, Side Idrætspolitik for kommunen / Lene Fuglsang Beslutningstema Udvalget "
      "drøfter et udkast til en ny idrætspolitik for kommunen. Sagen har været drøftet i forvaltningen, og der er "
      "ikke yderligere bemærkninger til sagen fra de berørte afdelinger eller fra de faglige organisationer.\n";
  const std::vector<std::string> expected = {"Til efterretning", "Vojens Hallerne: Opfølgning på budget",
                                             "Idrætspolitik for kommunen"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// An excerpt cut off in its contents ("Byrådet, Indholdsfortegnelse Sag nr.
// Side 342. Fritagelse ..."): the page's running header before the heading
// and the first entry's council number go; the entries are the items.
TEST(TranscriptConventionsTest, ContentsAfterRunningHeaderAreTheItems) {
  const std::string text =
      "Byrådet REFERAT\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 REFERAT Byrådet Mødedato: Torsdag den 27. marts 2008 Mødested: Byrådssalen Starttidspunkt: Kl. 17:00\n"
      "\n"
      "2 Byrådet, Indholdsfortegnelse Sag nr. Side 342. Fritagelse af udvalgsposter Direktionens årsmål "
      "Lånoptagelse på grundlag af regnskab Ungdomsuddannelsen for unge med særlige behov Sundhedspolitikken i "
      "Haderslev Kommune\n";
  const std::vector<std::string> expected = {"Fritagelse af udvalgsposter", "Direktionens årsmål",
                                             "Lånoptagelse på grundlag af regnskab",
                                             "Ungdomsuddannelsen for unge med særlige behov",
                                             "Sundhedspolitikken i Haderslev Kommune"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// A case page that opens with the numbered head the contents lists, its
// case's mark after the title ("3 Udvalget for Teknik og Miljø, Side 1 1.
// Trafiksikkerhedsplan - Temabehandling DISONS / 07/2421 ..."): the head
// keeps its number, and the contents above it, cut off before the other
// cases, gives no items of its own.
TEST(TranscriptConventionsTest, NumberedHeadEchoedBeforeItsCaseMark) {
  const std::string text =
      "Udvalget for Teknik og Miljø\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 REFERAT Udvalget for Teknik og Miljø Mødedato: Onsdag den Mødested: Vojens. Starttidspunkt: Kl. "
      "13:00 Sluttidspunkt: Kl. 19:00 Afbud: Fraværende: Bemærkninger:\n"
      "\n"
      "2 Udvalget for Teknik og Miljø, Indholdsfortegnelse Sag nr. Side 1. Trafiksikkerhedsplan - "
      "Temabehandling Politik for de bynære parkers fremtidige udviklingsmuligheder Vintertjeneste "
      "centralvagt og bagvagt Navngivning af nye veje Eventuelt\n"
      "\n"
      "3 Udvalget for Teknik og Miljø, Side 1 1. Trafiksikkerhedsplan - Temabehandling DISONS / 07/2421 "
      "Temadagen omkring trafiksikkerhed er et led i arbejdet med at udarbejde en Trafiksikkerhedsplan for "
      "Haderslev Kommune\n";
  const auto m = parse(text);
  EXPECT_EQ(titles(m), std::vector<std::string>{"Trafiksikkerhedsplan - Temabehandling"});
  ASSERT_EQ(m.items.size(), 1u);
  EXPECT_EQ(m.items.front().number, 1);
}

// A run-on table of contents whose entries the body starts to write again as
// case heads ("<Udvalget> Title Sagsnr.: ..."), cut off in the first case:
// the items are the entries up to the last one the body heads, not the
// contents' entries it never reaches; with no such head (the text ends in
// the contents), all the entries are.
TEST(TranscriptConventionsTest, RunOnContentsUpToTheLastCaseHeaded) {
  const std::string contents =
      "1 Socialudvalget Referat 6. maj 2014\n\n"
      "2 Indholdsfortegnelse Sag nr. Side 1. Virksomhedsbesøg på plejecentrene Dialogmøde med Seniorrådet "
      "Kvartalsrapportering pr. 31. marts Budget for Socialudvalget Uanmeldte tilsyn på plejecentre "
      "Orientering fra formanden Eventuelt\n";
  const auto headed = parse(contents +
                            "\n3 Socialudvalget Virksomhedsbesøg på plejecentrene Sagsnr.: 14/1234 Sagen afgøres i: "
                            "Socialudvalget Resumé Udvalget besøger plejecentrene i distriktet og\n");
  EXPECT_EQ(titles(headed), std::vector<std::string>{"Virksomhedsbesøg på plejecentrene"});
  const auto cut_in_contents = titles(parse(contents));
  ASSERT_GE(cut_in_contents.size(), 4u);
  EXPECT_EQ(cut_in_contents.front(), "Virksomhedsbesøg på plejecentrene");
  EXPECT_EQ(cut_in_contents.back(), "Eventuelt");
}

// The case's mark after the title a body writes again also heads its case:
// the caseworker's initials and a slash ("DIJEHO / Direktøren orienterede"),
// the agenda system's code and the journal number ("S00 13/650 Åben sag"),
// "Sagsid.:" after the title's full stop the contents left out ("... på kr.
// Sagsid.: 06/15387").
TEST(TranscriptConventionsTest, RunOnContentsReachedUpToTheCaseMark) {
  const std::string contents =
      "1 Kultur- og udviklingsudvalget Referat 8. april 2013\n\n"
      "2 Indholdsfortegnelse Sag nr. Side 1. Budgetopfølgning for kulturområdet ultimo "
      "februar Årsregnskab sektorbeskrivelse Forslag til idekatalog til budget Udkast til revideret "
      "landdistriktspolitik Renovering af skulptur ved rådhuset Eventuelt\n";
  for (const std::string mark : {"S00 13/650 Åben sag Sagsgang: KUU", "DIJEHO / Direktøren orienterede om"}) {
    const auto m = parse(contents + "\n3 Kultur- og udviklingsudvalget Budgetopfølgning for kulturområdet ultimo "
                                    "februar " + mark + " driften og anlægsprojekterne i 2013\n");
    EXPECT_EQ(titles(m), std::vector<std::string>{"Budgetopfølgning for kulturområdet ultimo februar"}) << mark;
  }
}

// An agenda that a PDF transcript ran into one line lost some of its numbers
// ("2. Godkendelse af referat fra mødet den 21. maj Medlemsstatus 4.
// ..."): between entries n and n+2 stand two titles, the lost entry's
// starting where a run-on contents' title starts, and it keeps its number.
TEST(TranscriptConventionsTest, LostNumberInRunOnAgendaSplitsTheStretch) {
  const std::string text =
      "Referat af møde i Brugerrådet\n\nTranskript\n\n"
      "1 Referat af møde i Brugerrådet Mødet blev afholdt den 20. november 2014 Dagsorden 1. Godkendelse af "
      "dagsorden 2. Godkendelse af referat fra mødet den 21. maj Medlemsstatus 4. Siden sidst 5. Indsamling af "
      "kirkebøger frem til 1960 Forslag fra medlemmerne 7. Eventuelt Ad 1 og 2 Ingen kommentarer til "
      "dagsordenen. Referatet blev godkendt.\n";
  const auto m = parse(text);
  const std::vector<std::string> expected = {"Godkendelse af dagsorden",
                                             "Godkendelse af referat fra mødet den 21. maj",
                                             "Medlemsstatus",
                                             "Siden sidst",
                                             "Indsamling af kirkebøger frem til 1960",
                                             "Forslag fra medlemmerne"};
  auto got = titles(m);
  ASSERT_GE(got.size(), expected.size());
  got.resize(expected.size());
  EXPECT_EQ(got, expected);
  EXPECT_EQ(m.items[2].number, 3);
  EXPECT_EQ(m.items[5].number, 6);
  // (Entries with their text under them, a closed item 3 left out, stay two.)
  const std::string closed =
      "Transkript\n\n1 Referat af bestyrelsesmøde den 3. marts 2015 1. Godkendelse af dagsorden Dagsordenen blev "
      "godkendt uden bemærkninger og formanden bød velkommen til de nye medlemmer af bestyrelsen, som blev "
      "præsenteret for hinanden. 2. Økonomi Kassereren gennemgik regnskabet Bestyrelsen drøftede budgettet 4. "
      "Eventuelt Intet.\n";
  for (const auto& t : titles(parse(closed))) EXPECT_NE(t, "Bestyrelsen drøftede budgettet") << t;
}

// An agenda numbered "1)", "2)" ... that a PDF transcript ran into one line
// lost a number but kept its bracket ("3) Godkendelse af referat fra mødet
// den 30. oktober ) Orientering fra Naturstyrelsen 5) ..."): the lone ")"
// that closes no bracket of the entry opens entry n+1 (two such, n+1 and
// n+2), and the bracket goes; only after two entries read (a lone bracket
// right after entry 1 stays). Docplayer transcripts of Skovrådet, DCCG's
// board and Gefion Gymnasium's board.
TEST(TranscriptConventionsTest, LostNumberKeepsItsBracketInRunOnAgenda) {
  struct Case {
    std::string text;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"Transkript\n\n2 Dagsorden: 1) Præsentationsrunde 2) Godkendelse af dagsorden 3) Godkendelse af referat fra "
       "mødet den 30. oktober ) Orientering fra Naturstyrelsen (ca. kl ) 5) Seneste nyt om naturpakken (ca. kl ) 6) "
       "Drøftelse af notat om virkemidler til fremme af biodiversitet i skov (ca. kl ) kort pause og kaffe og kage "
       "(ca. kl ) ) Fagligt oplæg omkring skovstatistik og skovovervågning (ca. kl ) 8) Orientering omkring "
       "kortlægning af naturmæssigt særligt værdifulde skove (ca. kl ) 9) Drøftelse omkring\n",
       {"Præsentationsrunde", "Godkendelse af dagsorden", "Godkendelse af referat fra mødet den 30. oktober",
        "Orientering fra Naturstyrelsen (ca. kl )", "Seneste nyt om naturpakken (ca. kl )",
        "Drøftelse af notat om virkemidler til fremme af biodiversitet i skov (ca. kl ) kort pause og kaffe og kage "
        "(ca. kl )",
        "Fagligt oplæg omkring skovstatistik og skovovervågning (ca. kl )",
        "Orientering omkring kortlægning af naturmæssigt særligt værdifulde skove (ca. kl )", "Drøftelse omkring"}},
      {"Transkript\n\n1 Referat af bestyrelsesmøde Dagsrden: 1) Valg af dirigent g referent 2) Gdkendelse af "
       "referat fra mødet ) Frmandens beretning (udsendt) (SB) 4) Knstituering (SB) 5) Referat fra udvalg (SL) 6) "
       "Hjemmeside (HR)\n",
       {"Valg af dirigent g referent", "Gdkendelse af referat fra mødet", "Frmandens beretning (udsendt) (SB)",
        "Knstituering (SB)", "Referat fra udvalg (SL)", "Hjemmeside (HR)"}},
      {"Transkript\n\n1 Referat af bestyrelsesmøde på Gymnasium den 6. december 2011 Dagsorden: 3) Orientering om "
       "Finansloven 2012 på gymnasieområdet 4) Drøftelse af lokalekapacitet 5) Endelig fastlæggelse af skolens "
       "kapacitet ) Evaluering af visionsseminar 14. november ) Status på elevrådets arbejde 8) Forældrekontakt 9) "
       "Økonomistatus pr. 30. november ) Budget 2012 og prioriteringer af investeringer 11) Handleplan\n",
       {"Orientering om Finansloven 2012 på gymnasieområdet", "Drøftelse af lokalekapacitet",
        "Endelig fastlæggelse af skolens kapacitet", "Evaluering af visionsseminar 14. november",
        "Status på elevrådets arbejde", "Forældrekontakt", "Økonomistatus pr. 30. november",
        "Budget 2012 og prioriteringer af investeringer", "Handleplan"}},
  };
  for (const auto& c : cases) {
    const auto m = parse(c.text);
    EXPECT_EQ(titles(m), c.expected) << c.text.substr(0, 80);
  }
}

// A run-on table of contents that lost its numbers writes a title right
// after one that ends in a name or is one word ("... i Bruxelles
// Resultatkontrakter for Copenhagen Capacity", "Økonomirapport
// Regnskabsprocedure for årsrapport"): a capitalised common noun with its
// complement ("af", "for", "fra", "til") starts the next title, but not a
// name's second word ("Region Syddanmark for", "Odense Universitetshospital
// til") nor a subject in its definite form ("Referatet af mødet").
TEST(TranscriptConventionsTest, RunOnContentsTitleAfterAName) {
  const std::string text =
      "Beslutninger Forretningsudvalget 11. december 2007\n\nTranskript\n\n"
      "1 BESLUTNINGER FORRETNINGSUDVALGET Tirsdag den 11. december 2007\n\n"
      "2 Indholdsfortegnelse Økonomirapport Regnskabsprocedure for årsrapport Udkast til bruger- og "
      "pårørendepolitik for Region Syddanmark Forslag om etablering af et EU-kontor i Bruxelles "
      "Resultatkontrakter for Copenhagen Capacity og Wonderful Copenhagen Aftale med Odense "
      "Universitetshospital til drift af laboratoriet Høring om de lokale jernbaner\n";
  const std::vector<std::string> expected = {
      "Økonomirapport",
      "Regnskabsprocedure for årsrapport",
      "Udkast til bruger- og pårørendepolitik for Region Syddanmark",
      "Forslag om etablering af et EU-kontor i Bruxelles",
      "Resultatkontrakter for Copenhagen Capacity og Wonderful Copenhagen",
      "Aftale med Odense Universitetshospital til drift af laboratoriet",
      "Høring om de lokale jernbaner"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// The complement after such a noun may also be "i", "mellem", "med" or
// "på" ("... i Juelstrupparken Kloaksanering i Øster Hornum", "...
// Udbudsplan Driftsaftale mellem Rebild Kommune og ..."), but a street's
// name stays with the name before it ("ved Gammel Christiansfeldvej i
// Haderslev").
TEST(TranscriptConventionsTest, RunOnContentsTitleAfterANameMoreComplements) {
  const std::string text =
      "REFERAT Økonomiudvalget\n\nTranskript\n\n"
      "1 REFERAT Økonomiudvalget Mødedato: Onsdag den 18. juni 2008\n\n"
      "2 Indholdsfortegnelse Side 1. Økonomiorientering ultimo maj Indledende drøftelse - Udbudsplan "
      "Driftsaftale mellem Rebild Kommune og Rebild Vandrerhjem Etablering af stikvej i Juelstrupparken "
      "Kloaksanering i Øster Hornum - Frigivelse af anlægsbevilling Forslag til lokalplan for erhverv ved "
      "Gammel Christiansfeldvej i Haderslev Godkendelse af takster\n";
  const std::vector<std::string> expected = {
      "Økonomiorientering ultimo maj",
      "Indledende drøftelse - Udbudsplan",
      "Driftsaftale mellem Rebild Kommune og Rebild Vandrerhjem",
      "Etablering af stikvej i Juelstrupparken",
      "Kloaksanering i Øster Hornum - Frigivelse af anlægsbevilling",
      "Forslag til lokalplan for erhverv ved Gammel Christiansfeldvej i Haderslev",
      "Godkendelse af takster"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// A transcript cut off in its first page, whose table of contents runs on
// after the page's header with its heading inside the line ("... Følgende
// sager behandles på mødet Side Meddelelser 3 ..."): its titles, split at
// the page numbers, are the items (no heading of the body is reached).
TEST(TranscriptConventionsTest, RunOnContentsHeadedInsideTheLine) {
  const std::string text =
      "Følgende sager behandles på mødet\n\nTranskript\n\n"
      "1 Økonomiudvalget Referat fra ordinært møde 14. maj 2009 Torsdag kl. 7:30 Mødelokale D2 Følgende "
      "sager behandles på mødet Side Meddelelser 3 Rungsted Havn A/S - ordinær generalforsamling 5 "
      "Økonomisk orientering maj måned 8 Årsregnskab 2008 for Hørsholm Kommune 13 Forslag til "
      "Helhedsplan Hovedstruktur 15 Renovering af naturfagslokaler på Rungsted Skole 30\n";
  const std::vector<std::string> expected = {"Meddelelser",
                                             "Rungsted Havn A/S - ordinær generalforsamling",
                                             "Økonomisk orientering maj måned",
                                             "Årsregnskab 2008 for Hørsholm Kommune",
                                             "Forslag til Helhedsplan Hovedstruktur",
                                             "Renovering af naturfagslokaler på Rungsted Skole"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// A table of contents run into one line whose entries each end with a dot
// leader and page ("1 (Åben) Meddelelser fra formanden .......4 2 (Åben)
// ...", "KOM 19-028 Overdragelse ...... 6 KOM 19-029 ..."): split at the
// leaders; the entry's number, status "(Åben)" or case code and the page
// header before the first entry go, and so do the closing entries
// ("Mødet sluttede", "Underskriftsblad").
TEST(TranscriptConventionsTest, RunOnContentsSplitAtDotLeaders) {
  const std::string council =
      "GENTOFTE KOMMUNE Referat af møde i Kommunalbestyrelsen Mødetidspunkt 31-08-2015 18:00 "
      "Indholdsfortegnelse Kommunalbestyrelsen 31-08-2015 18:00 1 (Åben) Meddelelser fra formanden "
      "..........................4 2 (Åben) Lokalplan 367 for Gyldenlundsvej. Endelig vedtagelse "
      ".............4 3 (Åben) Garantistillelse for lån i Nordvand ..............12 4 (Åben) "
      "Anlægsbevilling Digitalisering af folkeskoler 2015 ...........13 5 (Åben) Kommissorium for opgav\n";
  const std::vector<std::string> council_expected = {"Meddelelser fra formanden",
                                                     "Lokalplan 367 for Gyldenlundsvej. Endelig vedtagelse",
                                                     "Garantistillelse for lån i Nordvand",
                                                     "Anlægsbevilling Digitalisering af folkeskoler 2015"};
  EXPECT_EQ(titles(parse(council)), council_expected);
  const std::string coded =
      "KOMMUNALBESTYRELSEN\n\nORDINÆRT MØDE DEN 8. September 2019 KL. 10:00\n\n"
      "Dagsorden KOM 19-027 Forslag til Turismestrategi 2019 – 2023 ...... 3 KOM 19-028 Overdragelse af "
      "erstatningsboliger ...... 6 KOM 19-030, Socialrådgiver i hver folkeskole...... 10 KOM 19-034, "
      "Budgetramme for 2020...... 18 Mødet sluttede ...... 52 Underskriftsblad ...... 53\n";
  const std::vector<std::string> coded_expected = {"Forslag til Turismestrategi 2019 – 2023",
                                                   "Overdragelse af erstatningsboliger",
                                                   "Socialrådgiver i hver folkeskole", "Budgetramme for 2020"};
  EXPECT_EQ(titles(parse(coded)), coded_expected);
}

// A run-on table of contents without its numbers, where a title ends in a
// Danish municipality's name ("... i Haderslev Kommune", "... for
// Fredericia Kommune"): the capitalised word after "<Name> Kommune" starts
// the next title ("Grundaftaler til ...", "Anlægsbudget forskydning ...").
TEST(TranscriptConventionsTest, RunOnContentsTitleAfterMunicipality) {
  const std::string text =
      "Referat Byrådet 2008\n\nTranskript\n\n"
      "2 Indholdsfortegnelse Godkendelse af dagsorden Sundhedspolitikken i Haderslev Kommune Grundaftaler "
      "til Sundhedsaftalerne: Politisk høring Budgetopfølgning 2019 for Fredericia Kommune Anlægsbudget forskydning af "
      "projekter Orientering fra formanden Eventuelt\n";
  const std::vector<std::string> expected = {"Godkendelse af dagsorden",
                                             "Sundhedspolitikken i Haderslev Kommune",
                                             "Grundaftaler til Sundhedsaftalerne: Politisk høring",
                                             "Budgetopfølgning 2019 for Fredericia Kommune",
                                             "Anlægsbudget forskydning af projekter",
                                             "Orientering fra formanden",
                                             "Eventuelt"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// A title in a run-on contents may open with a municipality's name in the
// genitive ("ØK - Indkøbspolitik Skive Kommunes principper for
// økonomistyring", Skive's Underudvalg for Økonomi): after a capitalised
// word it starts the title; after "for" it stays inside one.
TEST(TranscriptConventionsTest, RunOnContentsTitleOpensWithMunicipality) {
  const std::string text =
      "Referat Økonomiudvalget 2006\n\nTranskript\n\n"
      "2 Indholdsfortegnelse Godkendelse af dagsorden ØK - Indkøbspolitik Skive Kommunes principper for "
      "økonomistyring Budget for Skive Kommunes skoler Orientering fra formanden Eventuelt\n";
  const std::vector<std::string> expected = {"Godkendelse af dagsorden", "ØK - Indkøbspolitik",
                                             "Skive Kommunes principper for økonomistyring",
                                             "Budget for Skive Kommunes skoler", "Orientering fra formanden",
                                             "Eventuelt"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// A title in a run-on contents that ends in a quoted name ends with the
// closing quotation mark ('Politik for "Mødet med borgeren"
// Kommunikationsstrategi', Rebild's Økonomiudvalg); a quote still open goes on.
TEST(TranscriptConventionsTest, RunOnContentsTitleEndsInQuote) {
  const std::string text =
      "Referat Økonomiudvalget 2008\n\nTranskript\n\n"
      "2 Indholdsfortegnelse Godkendelse af dagsorden Politik for \"Mødet med borgeren\" Kommunikationsstrategi "
      "Orientering fra formanden Eventuelt\n";
  const std::vector<std::string> expected = {"Godkendelse af dagsorden", "Politik for \"Mødet med borgeren\"",
                                             "Kommunikationsstrategi", "Orientering fra formanden", "Eventuelt"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// KL's agenda for the municipal contact councils has a group of the
// council's own matters whose title is one word, "KKR", after the group
// "Udpegninger" (KKR Nordjylland's contents, spotidoc, writes both on
// lines of their own). In a docplayer contents run together without
// numbers (KKR Syddanmark, KKR Hovedstaden) "KKR" after the council's name
// starts a title, and a capitalised word after "KKR" or "Udpegninger" alone
// starts the next; "KKR Syddanmark" and "af KKR møde" stay names.
TEST(TranscriptConventionsTest, RunOnContentsKkrGroupTitle) {
  const auto run_on = [](const std::string& contents) {
    return titles(parse("Referat\n\nTranskript\n\n2 Indholdsfortegnelse " + contents + "\n"));
  };
  EXPECT_EQ(run_on("Udpegninger Udpegning til Vækstforum Kommissorium og udpegning til Koordinationsudvalg for "
                   "tandlæger KKR Fælleskommunale sekretariater Afholdelse af KKR møde den 14. juni 2012 på Bornholm? "
                   "Siden sidst Meddelelser Punkter til næste møde Eventuelt"),
            (std::vector<std::string>{"Udpegninger", "Udpegning til Vækstforum",
                                      "Kommissorium og udpegning til Koordinationsudvalg for tandlæger", "KKR",
                                      "Fælleskommunale sekretariater",
                                      "Afholdelse af KKR møde den 14. juni 2012 på Bornholm?", "Siden sidst",
                                      "Meddelelser", "Punkter til næste møde", "Eventuelt"}));
  EXPECT_EQ(run_on("Orientering om henvendelse til statsministeren vedr. EMA Udpegninger Nye medlemmer af KKR "
                   "Hovedstaden KKR Punkter til næste møde Sager til næste møde Eventuelt"),
            (std::vector<std::string>{"Orientering om henvendelse til statsministeren vedr. EMA", "Udpegninger",
                                      "Nye medlemmer af KKR Hovedstaden", "KKR", "Punkter til næste møde",
                                      "Sager til næste møde", "Eventuelt"}));
  // (Relationen mellem KKR Syddanmark og ...: the council's name.)
  EXPECT_EQ(run_on("Godkendelse af referat Regionalpolitiske sager Relationen mellem KKR Syddanmark og Region "
                   "Syddanmark Samarbejde om de mest specialiserede sociale tilbud Eventuelt"),
            (std::vector<std::string>{"Godkendelse af referat", "Regionalpolitiske sager",
                                      "Relationen mellem KKR Syddanmark og Region Syddanmark",
                                      "Samarbejde om de mest specialiserede sociale tilbud", "Eventuelt"}));
  // KKR Nordjylland's contents, its groups on lines of their own.
  const std::string north =
      "KKR NORDJYLLAND\n\nDagsorden\n\n1.\nGodkendelse af referat ......................... 3\n2.\n"
      "Siden sidst ......................... 4\n3.\nRegionalpolitiske sager ......................... 6\n4.\n"
      "Udpegninger ......................... 16\n5.\nKKR ......................... 17\n6.\n"
      "Punkter til næste møde ......................... 18\n7.\nEventuelt ......................... 19\n";
  const auto got = titles(parse(north));
  EXPECT_NE(std::find(got.begin(), got.end(), "KKR"), got.end());
  EXPECT_NE(std::find(got.begin(), got.end(), "Udpegninger"), got.end());
}

// A run-on table of contents without its numbers, where a title ends in a
// Danish region's name ("... i Syddanmark", "... for Region Midtjylland"):
// Danish puts the region last in a name, so the capitalised word after it,
// with a lower-case word or a year after that, starts the next title (a
// regional council's, two KKRs' and a constituent regional council's
// docplayer contents).
TEST(TranscriptConventionsTest, RunOnContentsTitleAfterRegion) {
  const auto run_on = [](const std::string& contents) {
    return titles(parse("Referat\n\nTranskript\n\n2 Indholdsfortegnelse " + contents + "\n"));
  };
  const std::vector<std::string> regional_council = {
      "Godkendelse af dagsorden", "Ledelses- og Styringsgrundlag for Region Midtjylland",
      "Ligestillingsredegørelse 2007 for Region Midtjylland", "Offentliggørelse af budget", "Eventuelt"};
  EXPECT_EQ(run_on("Godkendelse af dagsorden Ledelses- og Styringsgrundlag for Region Midtjylland "
                   "Ligestillingsredegørelse 2007 for Region Midtjylland Offentliggørelse af budget Eventuelt"),
            regional_council);
  const std::vector<std::string> kkr_south = {
      "Godkendelse af referat", "Regionalpolitiske sager", "Rollefordeling på turismeområdet i Syddanmark",
      "Syddanske prioriteringer i forhold til infrastruktur", "Relationen mellem KKR Syddanmark og Region Syddanmark",
      "Eventuelt"};
  EXPECT_EQ(run_on("Godkendelse af referat Regionalpolitiske sager Rollefordeling på turismeområdet i Syddanmark "
                   "Syddanske prioriteringer i forhold til infrastruktur Relationen mellem KKR Syddanmark og Region "
                   "Syddanmark Eventuelt"),
            kkr_south);
  const std::vector<std::string> kkr_capital = {
      "Godkendelse af referat", "Siden sidst",
      "Fælles trafikcharter for Greater Copenhagen og infrastrukturinvesteringer i Hovedstaden", "ReVUS handlingsplan",
      "Fokusering af den lokale erhvervsservice", "Eventuelt"};
  EXPECT_EQ(run_on("Godkendelse af referat Siden sidst Fælles trafikcharter for Greater Copenhagen og "
                   "infrastrukturinvesteringer i Hovedstaden ReVUS handlingsplan Fokusering af den lokale "
                   "erhvervsservice Eventuelt"),
            kkr_capital);
  const std::vector<std::string> constituent = {
      "Valg af formand for regionsrådet", "Epidemikommissionen for Region Hovedstaden",
      "Sundhedskoordinationsudvalget i Region Hovedstaden", "De videnskabsetiske komiteer for Region Hovedstaden",
      "Samarbejdsudvalget for almindelig og vederlagsfri fysioterapi", "Eventuelt"};
  EXPECT_EQ(run_on("Valg af formand for regionsrådet Epidemikommissionen for Region Hovedstaden "
                   "Sundhedskoordinationsudvalget i Region Hovedstaden De videnskabsetiske komiteer for Region "
                   "Hovedstaden Samarbejdsudvalget for almindelig og vederlagsfri fysioterapi Eventuelt"),
            constituent);
}

// A run-on table of contents without its numbers, where a title ends in a
// compound noun whose head names a document or a report ("Planstrategi",
// "IT-Strategi", "Resultatrevision"): the long capitalised word after it
// starts the next title; a plan keeps its name ("Forslag til Helhedsplan
// Hovedstruktur").
TEST(TranscriptConventionsTest, RunOnContentsTitleAfterDocumentNoun) {
  const std::string text =
      "Referat Byrådet 2008\n\nTranskript\n\n"
      "2 Indholdsfortegnelse Godkendelse af dagsorden Overførsel af driftsbevillinger og rådighedsbeløb "
      "IT-Strategi Anlægsopgaver Folkeskolen Anlægsregnskab fodboldbaner Ændringsforslaget til Haderslev Kommunes "
      "Planstrategi Tørning Mølle: Anlæg Forslag til Helhedsplan Hovedstruktur 15 Resultatrevision Vækstteam - et særligt "
      "erhvervsserviceprojekt Eventuelt\n";
  const std::vector<std::string> expected = {"Godkendelse af dagsorden",
                                             "Overførsel af driftsbevillinger og rådighedsbeløb",
                                             "IT-Strategi",
                                             "Anlægsopgaver Folkeskolen",
                                             "Anlægsregnskab fodboldbaner",
                                             "Ændringsforslaget til Haderslev Kommunes Planstrategi",
                                             "Tørning Mølle: Anlæg",
                                             "Forslag til Helhedsplan Hovedstruktur",
                                             "Resultatrevision",
                                             "Vækstteam - et særligt erhvervsserviceprojekt",
                                             "Eventuelt"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// An agenda system's column heads over its table of contents ("Sag nr.:
// Emne:") stand where the heading "Indholdsfortegnelse" would, run into the
// header's last label ("Fraværende: Carl Berg Sag nr.: Emne: 1. ..."): they
// start the contents, whose titles a transcript ran together without their
// numbers, and are no part of the absent member's name. Cut off in the
// contents, the minutes' items are its entries; when the body heads its
// first case again ("<page header>, DEN <title> J.nr.: Sagsid.: ..."), the
// items are the entries up to that case.
TEST(TranscriptConventionsTest, CaseSubjectColumnHeadsOpenContents) {
  const std::string cut_off =
      "Referat Underudvalg for Økonomi\n\nTranskript\n\n"
      "1 MØDESTED: MØDEDATO: Rådhuset, Byrådssalen REFERAT MØDETIDSPUNKT: MØDET HÆVET: Underudvalg for Økonomi "
      "Deltagere: Anne Holm, Bo Jensen, Carl Berg Fraværende: Carl Berg Sag nr.: Emne: 1. Forlængelse af lån i "
      "KommuneKredit Opførelse af nye klasselokaler ved Nørre Skole Etablering af skure ved fiskerihavnen - "
      "bevillingssag Godkendelse af leverandører - frit valg Beslutning vedrørende boligreguleringsloven... 40\n";
  const std::vector<std::string> all = {"Forlængelse af lån i KommuneKredit",
                                        "Opførelse af nye klasselokaler ved Nørre Skole",
                                        "Etablering af skure ved fiskerihavnen - bevillingssag",
                                        "Godkendelse af leverandører - frit valg",
                                        "Beslutning vedrørende boligreguleringsloven"};
  EXPECT_EQ(titles(parse(cut_off)), all);

  const std::string headed =
      "Referat Udvalget for Kultur\n\nTranskript\n\n"
      "1 MØDESTED: MØDEDATO: Kulturcenter REFERAT MØDETIDSPUNKT: MØDET HÆVET: Udvalget for Kultur Deltagere: Anne "
      "Holm, Bo Jensen, Carl Berg Sag nr.: Emne: 1. Omflytning af midler til rengøring m.m Musikskolen - "
      "vedtægtsændring Udvidelse af bibliotekets åbningstid Bilagsliste... 1\n\n"
      "2 UDVALGET FOR KULTUR, DEN Omflytning af midler til rengøring m.m. J.nr.: Sagsid.: Initialer: PESV Åben sag "
      "Forvaltningen indstiller, at udvalget beslutter at flytte midlerne. Forvaltningens indstilling godkendt\n";
  const std::vector<std::string> first = {"Omflytning af midler til rengøring m.m"};
  EXPECT_EQ(titles(parse(headed)), first);
}


// A run-on table of contents goes on over the next page, which opens with
// the page's number and the entry's number with its full stop ("2 23.
// Vedtægter ..."; Helsingør's "2 17. Status på Visionsmål ...", Silkeborg's
// "210. Godkendelse af anvendelse ..."): both numbers go, and when the
// page's first titles came out as a short line of their own they are read
// with the line after it (Skive's Underudvalg for Økonomi, case 783).
TEST(TranscriptConventionsTest, RunOnContentsGoesOnAfterEntryNumber) {
  const std::string text =
      "Referat Underudvalg for Økonomi\n\nTranskript\n\n"
      "1 MØDESTED: MØDEDATO: Skive Rådhus, Byrådssalen REFERAT MØDETIDSPUNKT: MØDET HÆVET: Underudvalg for Økonomi "
      "Deltagere: Else Theill Sørensen, Flemming Eskildsen, Aage Dahl Fraværende: Per Nørgaard Sag nr.: Emne: 1. "
      "Forlængelse af løbetiden på lån i KommuneKredit Opførelse af 4 nye klasselokaler ved Nr. Søby Skole "
      "Nedsættelse af en ny beredskabskommission Godkendelse af leverandører - frit valg Beslutning vedrørende "
      "boligreguleringsloven Midtjysk Iværksætterhus... 40\n\n"
      "2 23. Vedtægter Midtjyllands EU-kontor Overordnet it-sikkerhedspolitik Udkast til kommissorium for "
      "landsbyudvalget Proces for udarbejdelse af kommuneplanstrategien Oprettelse af kommunearkiv Brugerbetaling "
      "mad Servicepakker på ældrecen\n";
  const auto got = titles(parse(text));
  ASSERT_GE(got.size(), 8u);
  EXPECT_EQ(got[5], "Midtjysk Iværksætterhus");
  EXPECT_EQ(got.back(), "Servicepakker på ældrecen");
  EXPECT_NE(std::find(got.begin(), got.end(), "Udkast til kommissorium for landsbyudvalget"), got.end());
}

// A table of contents that lost its entries' numbers is a transcript's only
// source of items when the body's heads are no numbered lines: the body
// echoes each entry on its page line after the page's number and the
// entry's own number ("3 35 Godkendelse af dagsorden Sagsnr.: ..."), or
// after the page's label ("Sidenr"), with the case's labels after the
// title. Each echo is the item's head (its title the line's up to the
// labels, completing an entry the contents cut), and its text, the
// decision with it, runs to the next echo.
TEST(TranscriptConventionsTest, ContentsEntryEchoedAfterPageAndEntryNumber) {
  const std::string text =
      "Referat fra mødet i Kulturudvalget\n\nTranskript\n\n1 Referat fra mødet i Kulturudvalget Mødedato: "
      "Onsdag den 29. april 2015 Mødested: Rådhuset, mødelokale 2 Mødetidspunkt: Kl. 16:00-18:00 "
      "Medlemmer: Formand: Anne Holm (A) Næstformand: Bo Jensen (V) Carl Berg (O) Side 1\n\n2 "
      "Indholdsfortegnelse 35 Godkendelse af dagsorden Besøg på det nye bibliotek ved havnen Tilskud til "
      "byens sommerkoncerter Renovering af svømmehallens omklædningsrum, tillægsbevilling samt frigivelse "
      "af rådighedsbeløb...5 Side 2\n\n3 35 Godkendelse af dagsorden Sagsnr.: Sagen afgøres i: "
      "Kulturudvalget Sagsbeskrivelse: Økonomiske konsekvenser: Vurdering: Indstillinger: Indstilles til "
      "godkendelse Bilag: Beslutning i Kulturudvalget den : Godkendt. Side 3\n\n4 36 Besøg på det nye "
      "bibliotek ved havnen Sagsnr.: Sagen afgøres i: Kulturudvalget Sagsbeskrivelse: Udvalgsmødet holdes "
      "på biblioteket, hvor lederen fortæller om huset og viser de nye lokaler frem. Side 4\n";
  const auto m = parse(text);
  const std::vector<std::string> expected = {"Godkendelse af dagsorden", "Besøg på det nye bibliotek ved havnen"};
  EXPECT_EQ(titles(m), expected);
  ASSERT_FALSE(m.items.empty());
  bool decided = false;
  for (const auto& s : m.items.front().sections)
    if (s.kind == "beslutning" && s.text.rfind("Godkendt.", 0) == 0) decided = true;
  EXPECT_TRUE(decided);
  ASSERT_EQ(m.items.size(), 2u);
  EXPECT_EQ(m.items[1].number, 36);

  const std::string paged =
      "Fritidsudvalget. Protokol. Mødedato: 26. januar Mødetidspunkt: 13:00. Sluttidspunkt: "
      "14:30\n\nTranskript\n\n1 Sidenr. 240 Protokol Mødedato: 26. januar 2011 Mødetidspunkt: 13:00 "
      "Sluttidspunkt: 14:30 Mødelokale: Fraværende: 1.2 øst Erik Lund, Marwan Zobi GODKENDELSE AF FORSLAG "
      "TIL DAGSORDENEN: Godkendt\n\n2 Indholdsfortegnelse Sidenr. 241 Sagsnr. Side 1. Den selvejende "
      "institution Arena Syd, ydelse af rente- og afdragsfrit lån på kr Status over udlejning af hallerne "
      "om aftenen Ansøgning om tilskud til undervisning i svømning for voksne begyndere\n\n3 Sidenr Den "
      "selvejende institution Arena Syd, ydelse af rente- og afdragsfrit lån på kr. Sagsid.: 06/15387 "
      "Resumé Direktøren ansøger om frigivelse af lånet til tribunen, som Byrådet afsatte midler til i "
      "budgettet. Beslutning den Forslaget indstilles til godkendelse.\n";
  const std::vector<std::string> first = {
      "Den selvejende institution Arena Syd, ydelse af rente- og afdragsfrit lån på kr."};
  const auto p = parse(paged);
  EXPECT_EQ(titles(p), first);
  ASSERT_EQ(p.items.size(), 1u);
  EXPECT_TRUE(std::any_of(p.items[0].sections.begin(), p.items[0].sections.end(),
                          [](const corpus::Section& s) { return s.kind == "beslutning"; }));
}

// The chair's welcome run into the first item's head at the end of the
// preamble ("... Anker Madsen (referent). 1. Godkendelse af dagsorden Lars
// Mortensen bød velkommen ..."): the one numbered head of its page, its
// title ending before the welcome's subject (a name, initials too).
TEST(TranscriptConventionsTest, WelcomeAfterFirstHeadOnItsPage) {
  const std::string text =
      "Referat Bestyrelsesmødet tirsdag den 23. oktober 2018\n\nTranskript\n\n1 Referat Bestyrelsesmødet "
      "tirsdag den 23. oktober 2018, kl Scandiagade 13, 2450 København SV Til stede: Lars Mortensen (formand), "
      "Flemming Torp, Leif Nielsen, Thomas Bach og Helle Stuart Fra sekretariatet: Jan Ejlsted og Anker Madsen "
      "(referent). 1. Godkendelse af dagsorden Lars Mortensen bød velkommen til bestyrelsesmødet og "
      "konstaterede, at bestyrelsen var beslutningsdygtig. Der var ingen medlemmer, der ønskede at få sager "
      "optaget på dagsordenen, og ingen havde bemærkninger til den udsendte dagsorden. Dagsordenen blev "
      "godkendt.\n";
  const std::vector<std::string> expected = {"Godkendelse af dagsorden"};
  EXPECT_EQ(titles(parse(text)), expected);

  const std::string initials =
      "6. møde i Udvalget for Forebyggelse\n\nTranskript\n\n1 REFERAT 29. august 2013 6. møde i Udvalget "
      "for Forebyggelse, onsdag den 26. juni 2013 i Beredskabsstyrelsen, Birkerød Deltagere Jacob Christensen, "
      "Lars Bønding, Erik Skallerup og Lasse Hansen Afbud René Bech (FKB kreds 1), Allan Thomsen (BRS) 1. "
      "Velkomst Henrik G. Petersen bød velkommen. Som ny chef for centret reflekterede han kort over de mange "
      "regler på det forebyggende område. Han fandt, at en god måde at lære regelsættene at kende var at "
      "drøfte dem med udvalgets medlemmer, og han så frem til samarbejdet.\n";
  const std::vector<std::string> welcome = {"Velkomst"};
  EXPECT_EQ(titles(parse(initials)), welcome);
}

// The first item's standing title ("1: Godkendelse af dagsordenen", "1.
// Godkendelse af referat og dagsorden") as the one numbered head of its
// page, its text run in with no section heading after it: the head counts
// as the welcome's does. Verbatim, whole: the real docplayer transcript of
// Medicinrådet's meeting; the dev web page of Regionshospitalet Randers'
// HMU with its lines run together as a transcript prints them.
TEST(TranscriptConventionsTest, FirstStandingTitleAloneOnItsPage) {
  const std::string text =
      "Referat af 2. rådsmøde i Medicinrådet. Afholdt onsdag den 1. marts Kl\n\nTranskript\n\n1 Referat af 2. "
      "rådsmøde i Medicinrådet Afholdt onsdag den 1. marts 2017 Kl Tilstedeværende medlemmer af Rådet "
      "Jørgen Schøler Kristensen (formand) Steen Werner Hansen (formand) Jens Friis Bak Per Jørgensen "
      "Henning Beck-Nielsen Niels Obel Dorte Lisbet Nielsen Hanne Rolighed Christensen Birgitte Klindt "
      "Poulsen Kim Brixen Morten Freil Leif Vestergaard Pedersen Tilstedeværende observatører Marlene "
      "Øhrberg Krag Doris Hovgaard Afbud Lars Nielsen Ida Sofie Jensen Claus Brøckner Nielsen Knut "
      "Borch-Johnsen Fra sekretariatet Torben Klein, Diana Milling Olsen, Karen Agerbæk Jørgensen, Kirsten "
      "Holdt Henningsen, Heidi Møller Johnsen og Birgit Mørup (referent) 1\n\n2 Steen Werner Hansen bød "
      "velkommen til det andet møde i Medicinrådet. 1: Godkendelse af dagsordenen Der blev spurgt til, "
      "hvorfor punkt 11, Gennemgang af proces og metode for terapiområder, er et orienteringspunkt i stedet "
      "for et behandlingspunkt. Formanden (Steen Werner Hansen) erindrede om, at metodehåndbøgerne er givet "
      "af Danske Regioner. De er ikke lagt frem til behandling i Rådet. Af brev af den 15. december 2016 "
      "fra Danske Regioner til formandskabet for Medicinrådet vedlægges metodehåndbøgerne som en del af "
      "baggrundsmaterialepakken. Hvis Rådet agter at foretage ændringer i Rådets arbejde i forhold til de "
      "politisk fastsatte rammer, forudsættes de først at finde sted efter en drøftelse med Danske "
      "Regioner. Under udarbejdelsen af metodehåndbøgerne havde Danske Regioner gennemført høringsrunder, "
      "men den ekstra høring, som visse parter havde udtrykt ønske om, var ikke blevet gennemført af Danske "
      "Regioner. Et par medlemmer udtrykte bekymring om, at disse håndbøger er låst og ikke kan påvirkes af "
      "Rådets medlemmer. Metodehåndbøgerne burde alene skulle være vejledend\n";
  const std::vector<std::string> expected = {"Godkendelse af dagsordenen"};
  EXPECT_EQ(titles(parse(text)), expected);

  const std::string hmu =
      "Organisering af MEDudvalg\n\nTranskript\n\n1 Organisering af MEDudvalg MED står for medbestemmelse og "
      "medindflydelse, og i de forskellige udvalg i MEDsystemet sidder både leder- og "
      "medarbejderrepræsentanter. Hver afdeling har et lokalt MEDudvalg (LMU), hvor sager omkring "
      "sikkerhed, organisering af arbejdet, besparelser, personalepolitikker og lignende typisk diskuteres. "
      "Herudover har hospitalet et HovedMEDudvalg (HMU), der mødes 4-6 gange om året. Regionen har "
      "derudover et overordnet MEDudvalg (RMU), hvor en lederrepræsentant fra hospitalets HMU deltager. "
      "Abonnér Ud over de ordinære planlagte møder i HMU kan der indkaldes til ekstraordinært HMU-møde, "
      "hvis eksempelvis væsentlige planer skal i høring i HMU, før den endelige beslutning træffes. Se alle "
      "dagsordener og referater fra dette mødeforum Referat til mødet i HMU - RRA den 18. september 2023 "
      "kl. 11:30 i M4 Sagnr.: 1-01-100-18-22 1. Godkendelse af referat og dagsorden (11.45-11.50) "
      "Formandsskabet indstiller, at der bydes velkommen til mødet at referat fra mødet d. 1. juni "
      "godkendes at HMU reflekterer over HMU-mødet den 1. juni og det ekstraordinære HMU-møde den 16. "
      "august at HMU godkender dagsorden og vurderer, om der er presserende emner, som skal have mere plads "
      "at der bydes ind med punkter til dagsordenspunktet \"Eventuelt\" Sagsfremstilling Der vil blive "
      "serveret en sandwich ved mødets start og frugt/kage i pausen. Beslutning Henriette Larsen har fået "
      "nyt job, og udtræder af HMU. Der blev derfor sagt velkommen til Kirsten Boldsen, som træder ind i "
      "HMU i stedet for Henriette. Fatima er fremover FTR-suppleant for Anna. Mette orienterede om, at "
      "dagsorden er forsøgt opbygget ud fra forslag om opbygning af dagsordner i punkt 5 på dagsorden. "
      "Referatet og dagsorden blev godkendt. Der blev ikke meldt punkter ind til evt. Deltagere: Mette "
      "Bærentsen Lone Winther Jensen Michael Tjørnild Pernille Sarto Mads Amdi Kirk Jette Krüger Svend "
      "Christiansen Thorbjørn Grøfte Andreas Nørgaard Lars E\n";
  const auto m = parse(hmu);
  ASSERT_EQ(m.items.size(), 1u);
  EXPECT_EQ(m.items.front().title, "Godkendelse af referat og dagsorden");
  EXPECT_EQ(m.items.front().number, 1);
}

// The same head after a lead word ("Pkt. 1. Godkendelse af dagsorden ...",
// "Ad 1. Godkendelse af referat ..."): the title's words are read from the
// number, not from the lead word. The page as a transcript prints a
// board's minutes (Holbæk Å-lav's "... Afbud Klaus Holmegaard Andersen
// (KH)Dagsorden Pkt. 1. Godkendelse af dagsorden og referat fra sidste
// møde ...", shortened).
TEST(TranscriptConventionsTest, FirstStandingTitleAfterALeadWord) {
  const std::string head =
      "Referat af bestyrelsesmøde\n\nTranskript\n\n1 Referat af bestyrelsesmøde tirsdag den 15. januar 2019. "
      "Deltagere Jacob Bøge Hansen og Lars Palle. ";
  const auto pkt = parse(head + "Pkt. 1. Godkendelse af dagsorden Dagsordenen blev godkendt uden ændringer af "
                                "formanden, som takkede for fremmødet.\n");
  ASSERT_EQ(pkt.items.size(), 1u);
  EXPECT_EQ(pkt.items.front().title, "Godkendelse af dagsorden");
  EXPECT_EQ(pkt.items.front().number, 1);
  const auto ad = parse(head + "Ad 1. Godkendelse af referat Referatet fra mødet den 4. december blev godkendt "
                               "uden ændringer og underskrevet.\n");
  ASSERT_EQ(ad.items.size(), 1u);
  EXPECT_EQ(ad.items.front().title, "Godkendelse af referat");
}

// "Beslutningstema" (what is to be decided), the first section under an
// item's head in Svendborg's, Slagelse's, Hedensted's and Fredensborg's
// agendas, after the one numbered head of a transcript's page ("...
// Dagsorden godkendt. 2. Anmodning om udtræden af skolebestyrelsen på
// Vestermarkskolen 13/30382 Beslutningstema: ..."): the head counts as
// before any section heading. Verbatim, whole: the real docplayer
// transcript of Svendborg's Byråd.
TEST(TranscriptConventionsTest, DecisionThemeAfterTheOneHeadOnItsPage) {
  const std::string text =
      "Referat Byrådet's møde Tirsdag den Kl. 17:00 Byrådssalen\n\nTranskript\n\n1 Referat Byrådet's møde "
      "Tirsdag den Kl. 17:00 Byrådssalen Deltagere: Curt Sørensen, Hanne Klit, Grete Schødts, Flemming "
      "Madsen, Bo Hansen, Christian Kaastrup, Bjarne Hansen, Gert Rasmussen, Jørgen Lundsgaard, Henrik "
      "Nielsen, Bruno Hansen, Masoum Moradi, Mogens Stampe, Bente Bondebjerg, Jens Munk, Arne Ebsen, Lars "
      "Erik Hornemann, Jesper Ullemose, Birger Jensen, Lise-Lotte Tilsted, Morten S. Petersen, Ulrik Sand "
      "Larsen, Mette Kristensen, Jeppe Ottosen, Ulla Larsen, Niels Høite Hansen, Jesper Kiel, Erik Risager, "
      "Torben Frost Afbud: Pia Dam Indholdsfortegnelse Sag Tekst Sidenr. 1. Godkendelse af dagsorden "
      "Anmodning om udtræden af skolebestyrelsen på Vestermarkskolen Fastlæggelse af økonomiske rammer for "
      "ikke-idrætsskoler Bevillingssag vedr. økonomirapport for juli kvartal Trappebæksvej - godkendelse af "
      "skema C og anlægsregnskab Låneoptagelse Stenstrup Plejehjem Forretningsorden til fagudvalg "
      "Boligstrategi BaggårdTeatrets regnskab 2012/ Godkendelse af regnskab Borgerforeningen "
      "Regnskabsgennemgang - boligorganisationer, der ikke omfattes af styringsdialog Godkendelse af "
      "vedtægter for Sydfyns Elforsyning Svendborg Musikskoles vedtægter Lukket - Forbud mod beboelse på "
      "ejendommen Eskegårdsvej Lukket - Ejendomshandel Lukket - Ejendomshandel Lukket - Orientering...15\n\n2 "
      "Byrådet s møde den Godkendelse af dagsorden Beslutning i Byrådet den : Der var ingen spørgsmål. Pia "
      "Dam (A) var fraværende. Som suppleant fra indkaldt Torben Frost (A). Byrådet godkendte dette. "
      "Dagsorden godkendt. 2. Anmodning om udtræden af skolebestyrelsen på Vestermarkskolen 13/30382 "
      "Beslutningstema: Anmodning om udtræden af skolebestyrelsen på Vestermarkskolen. Sagsfremstilling: "
      "Kim Nguyen, Alpevej 30A, 5771 Stenstrup anmoder om at måtte udtræde af skolebestyrelsen på Vesterma\n";
  const auto m = parse(text);
  ASSERT_EQ(m.items.size(), 2u);
  EXPECT_EQ(m.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(m.items[1].number, 2);
  EXPECT_EQ(m.items[1].title.rfind("Anmodning om udtræden af skolebestyrelsen på Vestermarkskolen", 0), 0u);
}

// "Fraværende" as an item's whole title after its number in a transcript's
// page line ("... Indholdsfortegnelse 1. Fraværende Resume Sagsforløb: ØK
// ..."): the item, not a header label cut off its number. Verbatim, whole:
// the dev web pages of Brønderslev's Økonomiudvalg, Ældreråd and
// Integrationsråd with their lines run together as a transcript prints them.
TEST(TranscriptConventionsTest, AbsenceItemTitleStaysWithItsNumber) {
  const std::string ok =
      "Vi bruger cookies til statistik som en del af vores arbejde for at lave en god hjemmeside. Hvis du "
      "ikke siger \"nej tak til cookies\", antager vi, at du accepterer vores cookie politik.\n\nTranskript\n\n1 "
      "Vi bruger cookies til statistik som en del af vores arbejde for at lave en god hjemmeside. Hvis du "
      "ikke siger \"nej tak til cookies\", antager vi, at du accepterer vores cookie politik. Se vores "
      "\"cookiepolitik\". Økonomiudvalget - Referat Dato: 18. november 2020 Lokale: Virtuelt møde via Teams "
      "Tidspunkt: Kl. 08:15 Indholdsfortegnelse 1. Fraværende Resume Sagsforløb: ØK Beslutning Ingen. Til "
      "toppen 2. Bemærkninger/ændringer til dagsordenen Resume Sagsforløb: ØK Sagsfremstilling Evt. "
      "bemærkninger til dagsordenen. Beslutning Ingen. Til toppen 3. Anlægsregnskab for separering af "
      "spildevand ved Søndergade skole Resume Sagsforløb: ØK/BY Der er udarbejdet anlægsregnskab for udført "
      "spildevandsseparering og belægningsarbejder ved Søndergades Skole. Anlægsregnskabet udviser et "
      "mindreforbrug på 271.697,53 kr. Sagsfremstilling Projektet omfatter renovering og separering af "
      "spildevandsledninger samt belægningsarbejder ved Søndergades Skole med tilhørende udeareal. Byrådet "
      "har den 10. oktober 2018 meddelt anlægsbevilling på i alt 4.600.000 kr. Anlægsregnskab for "
      "spildevandsseparering m.v. på Søndergade skole Hovedentreprisen 2.941.813,70 Ekstern og intern "
      "rådgivning 434.129,85 Øvrige udgifter herunder uforudsete udgifter 952.358,92 Udgifter i alt "
      "4.328.302,47 Bevilget anlægssum 4.600.000,00 Anlægsregnskabet udviser et mindre forbrug på "
      "271.697,53 Staben foreslår, at Byrådet godkender anlægsregnskabet. Personale Ingen. Økonomi Økonomi "
      "bemærker, at det opstillede anlægsregnskab er korrekt i forhold til bevilling og forbrug. Beslutning "
      "Der ønskes specifikation af forbrug inden endelig behandling. Til toppen 4. Skema A - Renovering af "
      "Skelgårdsvej, Asaa Resume Sagsforløb: ØK/BY Sundby-Hvorup Boligselskab anmoder om godkendelse af "
      "skema A for renovering af afdeling 83 i Asaa tillige med nedrivning af 8 boliger i Agersted. Byrådet "
      "skal tage stilling til, om skema A kan godkendes\n";
  const std::string aeldre =
      "Vi bruger cookies til statistik som en del af vores arbejde for at lave en god hjemmeside. Hvis du "
      "ikke siger \"nej tak til cookies\", antager vi, at du accepterer vores cookie politik.\n\nTranskript\n\n1 "
      "Vi bruger cookies til statistik som en del af vores arbejde for at lave en god hjemmeside. Hvis du "
      "ikke siger \"nej tak til cookies\", antager vi, at du accepterer vores cookie politik. Se vores "
      "\"cookiepolitik\". Ældrerådet - Referat Dato: 27. september 2017 Lokale: Mødelokale 336, Brønderslev "
      "Rådhus Tidspunkt: Kl. 09:00 Indholdsfortegnelse1. Fraværende Resume Sagsforløb: ÆR Beslutning Svend "
      "Erik Simonsen og Karlo Simonsen Til toppen 2. Bemærkninger/ændringer til dagsordenen Resume "
      "Sagsforløb: ÆR Eventuelle bemærkninger/ændringer til dagsordenen. Beslutning Der er ingen "
      "bemærkninger til dagsordenen. Svend Erik Simonsen og Karlo Simonsen var fraværende. Til toppen 3. "
      "Godkendelse af referat Resume Sagsforløb: ÆR Beslutning Referat godkendt. Svend Erik Simonsen og "
      "Karlo Simonsen var fraværende. Til toppen 4. Venteliste til plejehjem, plejecentre og ældreboliger "
      "Resume Sagsforløb: ÆR/ÆO Der foreligger venteliste pr. 18. september 2017 til plejehjem, plejecentre "
      "og ældreboliger. Sagen fremsendes til Ældrerådets orientering. Sagsfremstilling Fagforvaltningen for "
      "Sundhed og Velfærd forelægger venteliste til plejehjem, plejecentre og ældreboliger til orientering. "
      "Beslutning Taget til efterretning. Svend Erik Simonsen og Karlo Simonsen var fraværende. Bilag Til "
      "toppen 5. Orientering om Budgetforlig 2018 Resume Sagsforløb: ÆR Orientering om Budgetforlig 2018. "
      "Sagsfremstilling Orientering om Budgetforlig 2018 Beslutning Taget til efterretning. Svend Erik "
      "Simonsen og Karlo Simonsen var fraværende. Til toppen 6. Forslag til fordeling af andel af "
      "værdighedsmilliarden Resume Sagsforløb: ÆR, ÆO, ØK, BY Byrådets skal i forlængelse af "
      "værdighedspolitikken tage stilling til udmøntningen af Brønderslev Kommunes andel af "
      "værdighedsmilliarden. Til orientering for Ældrerådet. Sagsfremstilling I Finansloven for 2017 har "
      "Regeringen afsat 1 mia. kr. årligt fra 2016 og frem til e\n";
  const std::string integration =
      "Vi bruger cookies til statistik som en del af vores arbejde for at lave en god hjemmeside. Hvis du "
      "ikke siger \"nej tak til cookies\", antager vi, at du accepterer vores cookie politik.\n\nTranskript\n\n1 "
      "Vi bruger cookies til statistik som en del af vores arbejde for at lave en god hjemmeside. Hvis du "
      "ikke siger \"nej tak til cookies\", antager vi, at du accepterer vores cookie politik. Se vores "
      "\"cookiepolitik\". År 2014-2017 Integrationsrådet - Referat Dato: 7. september 2016 Lokale: Mødelokale "
      "120, Brønderslev Rådhus Tidspunkt: Kl. 16:00 Indholdsfortegnelse1. Fraværende Resume Sagsforløb: IR "
      "Sagsfremstilling Fraværende. Beslutning Emilly L. K. Pedersen og Salah-Eldin E. S. El-Awad var "
      "fraværende. Daniel Nouri var fraværende uden afbud. Svend Erik Trudslev forlod mødet efter pkt. 7. "
      "Til toppen 2. Bemærkninger til dagsordenen Resume Sagsforløb: IR Sagsfremstilling Bemærkninger til "
      "dagsordenen. Beslutning Godkendt Emilly L. K. Pedersen og Salah-Eldin E. S. El-Awad var fraværende. "
      "Daniel Nouri var fraværende uden afbud. Godkendt nyt pkt. 10: Fællesarrangement for uddannelse af "
      "flygtninge Til toppen 3. Støttegruppe for kvinder Resume Sagsforløb: IR I Aalborg Kommune har der "
      "været afviklet et projekt for kvinder, der hedder Bydelsmødre for flygtningekvinder. Formanden for "
      "Integrationsrådet Knud Jørgensen ønsker at drøfte forslag om iværksættelse af et lignende projekt "
      "for kvinder i Brønderslev. Sagsfremstilling Formålet med projektet er, at etablere et mødested for "
      "kvinder fra forskellige kulturer, hvor kvinderne mødes. Foruden det sociale samvær er tanken, at de "
      "vil kunne drøfte relevante emner som børneopdragelse, familiekultur, kvindernes rolle samt øvrige "
      "forhold. Kvinderne skal tilbydes et forum, hvor de kan få svar på mange ukendte spørgsmål om emner, "
      "der ikke nødvendigvis drøftes i hjemmet. Lars Halvorsen, skoleleder og udviklingskonsulent fra AOF, "
      "vil som inspiration til drøftelsen deltage på mødet og fortælle om projekt Bydelsmødre for "
      "flygtningekvinder. Peter Bruhns, skoleleder fra AOF vil ligeledes deltage i mødet. Fagforvaltningen "
      "for Beskæftigelse foreslår, at Integration\n";
  for (const std::string* text : {&ok, &aeldre, &integration}) {
    const auto m = parse(*text);
    ASSERT_FALSE(m.items.empty());
    EXPECT_EQ(m.items.front().number, 1);
    EXPECT_EQ(m.items.front().title.rfind("Fraværende", 0), 0u) << m.items.front().title;
  }
}

// A page's one head, its title glued to its number's full stop, with the
// case's number labelled "Sagsnummer:" after it (Vejen's committees;
// Gribskov's Idrætsråd and Horsens' Byråd label it so too): "... Vejen
// Rådhus 1.Det foreløbige regnskab 2017 (B) Sagsnummer: 18/2239 ...". The
// label is the evidence for the head, and the title ends as a spaced head's
// does. Verbatim, whole: the dev web pages of Vejen's Økonomiudvalg and Byråd
// with their lines run together as a transcript prints them.
TEST(TranscriptConventionsTest, GluedHeadBeforeItsCaseNumberLabel) {
  const std::string oekonomi =
      "Dagsordener og referater\n\nTranskript\n\n1 Dagsordener og referater Her kan du se dagsordener og "
      "referater fra møder i udvalgene i Vejen Kommune. Byrådsmøderne holdes i Byrådssalen på Rådhuset i "
      "Vejen, Rådhuspassagen 3, kl. 16.00 med mindre andet er angivet. Vælg dit udvalg herunder: Udvalg: "
      "Økonomiudvalget Mødedato: 30-01-2018 Mødested: M 5 - Vejen Rådhus 1.Det foreløbige regnskab 2017 (B) "
      "Sagsnummer: 18/2239 Det foreløbige regnskab 2017 (B) Administrativ indstilling Direktør Henrik B. "
      "Larsen indstiller, at • det foreløbige regnskab 2017 tages til efterretning. Sagsfremstilling Der er "
      "pr. 22. januar 2018 udarbejdet et foreløbigt regnskab for 2017. Regnskabet er ikke endeligt, da der "
      "fortsat bogføres i regnskab 2017 frem til primo februar 2018. Kassebeholdning Den faktiske "
      "kassebeholdning pr. 31. december 2017 udgør 236,4 mio. kr. Det er 113 mio. kr. mere end den "
      "ultimokassebeholdning, som blev forudsat i forbindelse med udarbejdelsen af Budget 2018. Den højere "
      "kassebeholdning skyldes især, at flere større anlægsprojekter er blevet forsinket, og at "
      "anlægsudgifter i 2017 derfor er væsentligt lavere end budgetteret. Samlet forventes "
      "budgetoverførslerne til 2018 at udgøre 185-190 mio. kr. Kassebeholdningen opgjort eksklusiv "
      "forventede overførsler udgør ca. 50 mio. kr. Det er 40-45 mio. kr. højere end den forudsatte "
      "kassebeholdning ved budgetlægningen for 2018. De foreløbige analyser viser, at ca. 2/3 af "
      "merkassebeholdningen skyldes finansforskydninger mellem årene, mens knap 1/3 kan henføres til et "
      "bedre resultat på den skattefinansierede drift end forudsat ved budgetlægningen. Jf. den økonomiske "
      "politik skal det i forbindelse med regnskabsafslutningen vurderes, om resultatet gør det muligt at "
      "hensætte et beløb til særlige anlægsarbejder eller lignende. Resultat af det skattefinansierede "
      "område Resultatet af den skattefinansierede drift er foreløbig et overskud på 124,8 mio. kr. Der er "
      "afholdt skattefinansierede anlægsudgifter\n";
  const auto m = parse(oekonomi);
  ASSERT_EQ(m.items.size(), 1u);
  EXPECT_EQ(m.items.front().number, 1);
  EXPECT_EQ(m.items.front().title, "Det foreløbige regnskab 2017 (B)");

  const std::string byraad =
      "Dagsordener og referater\n\nTranskript\n\n1 Dagsordener og referater Her kan du se dagsordener og "
      "referater fra møder i udvalgene i Vejen Kommune. Byrådsmøderne holdes i Byrådssalen på Rådhuset i "
      "Vejen, Rådhuspassagen 3, kl. 16.00 med mindre andet er angivet. Vælg dit udvalg herunder: Udvalg: "
      "Byrådet Mødedato: 15-09-2020 Mødested: Byrådssalen (3. sal) Vejen Rådhus 1.Indkaldelse af "
      "stedfortræder (C) Sagsnummer: 20/14130 Indkaldelse af stedfortræder (C) Administrativ indstilling "
      "Kommunaldirektøren indstiller, at • der indkaldes stedfortræder for Anker Ulsdal (F) i dennes "
      "sygdomsperiode. • 1. stedfortræder Bodil Baagø (F) indkaldes som stedfortræder i Byrådet og de "
      "udvalg, råd og nævn m.v., som Anker Ulsdal (F) er udpeget til i fraværsperioden. • Henning Aaskov "
      "(V) indtræder i Handicaprådet som stedfortræder for Anker Ulsdal i fraværsperioden. Beslutning "
      "Byrådet den 15-09-2020 Indstillingen godkendt. Afbud: Elin Winther (A) og Ankers Ulsdal (F) "
      "Sagsfremstilling Byrådsmedlem Anker Ulsdal har sygemeldt sig foreløbig for september måned 2020. "
      "Byrådets formand skal indkalde stedfortræderen til førstkommende byrådsmøde, når han får meddelelse "
      "om eller kendskab til, at et byrådsmedlem vil være forhindret i at varetage sine kommunale hverv i "
      "mindst en måned. Årsagerne til et medlems forfald, som berettiger stedfortræderindkaldelse er "
      "helbredstilstand, graviditet, barsel, eller adoption, varetagelse af andet offentligt hverv, "
      "forretninger eller lignende. Det er Byrådet, som træffer endelig beslutning om, hvorvidt "
      "betingelserne for stedfortræderens indtræden er til stede. Anker Ulsdal er udpeget til følgende "
      "udvalg, råd og bestyrelser: • Udvalget for skoler og børn • Musikskolen • Kontaktperson for "
      "skolebestyrelsen ved Andst Børnecenter • Kontaktperson for skolebestyrelsen ved Askov-Malt Skole • "
      "Kontaktperson for Område 3 (Vejen By) • Handicaprådet Henning Aaskov (V) er udpeget fra Udvalget\n";
  const auto b = parse(byraad);
  ASSERT_EQ(b.items.size(), 1u);
  EXPECT_EQ(b.items.front().title, "Indkaldelse af stedfortræder (C)");
}

// The first item's number lost before the meeting's welcome in a
// transcript's page line ("... november Velkomst Lene Holm ... bød
// velkommen til mødet ... 2. Kommunernes arbejde ..."): "Velkomst" is item
// 1, its title alone or with its presenter ("Velkomst ved formanden").
TEST(TranscriptConventionsTest, LostNumberBeforeTheWelcome) {
  const std::string text =
      "Referat fra mødet den 1. november 2011\n\nTranskript\n\n1 Regionshuset Viborg Referat fra møde den "
      "1. november 2011 mellem HjerneSagen og Hjerneskadesamrådet Kære alle Hermed fremsendes referat fra mødet "
      "den 1. november Velkomst Lene Holm og Eva Knudsen (formænd for Hjerneskadesamrådet) bød velkommen til "
      "mødet mellem foreningerne og samrådet. Dato Sagsbehandler Charlotte Jensen Side 1 2. Kommunernes arbejde "
      "med forløbsprogrammerne Henny Holmgaard, Herning Kommune, informerede om kommunernes arbejde med "
      "forløbsprogrammet. 3. Praktiserende lægers arbejde med forløbsprogrammerne Jens Gram Hansen informerede "
      "om lægernes arbejde.\n";
  const auto w = parse(text);
  ASSERT_EQ(w.items.size(), 3u);
  EXPECT_EQ(w.items[0].title, "Velkomst");
  EXPECT_EQ(w.items[0].number, 1);
  EXPECT_EQ(w.items[1].title.rfind("Kommunernes arbejde med forløbsprogrammerne", 0), 0u);
  EXPECT_EQ(w.items[1].number, 2);

  const std::string presenter =
      "Referat fra møde i Vækstforum\n\nTranskript\n\n1 Vækstforum Kongens Vænge 2 Hillerød Referat fra møde i "
      "Vækstforum tirsdag den 26. februar 2013 kl host Siemens, Ballerup Dato: Velkomst ved formanden Idet "
      "formanden var syg, bød Allan Agerholm velkommen og forestod ledelsen af mødet. 2. Introduktion til "
      "Siemens Steen Nielsen gav en kort introduktion til Siemens, og plancherne kan hentes på nettet. 3. Tema: "
      "Den kommende EU-strukturfondsperiode Oplæg ved regionalchefen, og medlemmerne havde en række spørgsmål.\n";
  const auto m = parse(presenter);
  ASSERT_FALSE(m.items.empty());
  EXPECT_EQ(m.items.front().title, "Velkomst ved formanden");
  EXPECT_EQ(m.items.front().number, 1);
}

}  // namespace

namespace {

// A transcript whose docplayer title names no body ("Referat fra møde
// Tirsdag den ...") opens its first page with the body's name before the
// paper's kind ("1 Byrådet Referat fra møde ..."): that name is the body; a
// breadcrumb before "Referater af møder i X" is not.
TEST(TranscriptConventionsTest, BodyBeforePaperKindOnThePageLine) {
  const std::string text =
      "Referat fra møde Tirsdag den 25. marts 2014 kl i Byrådssalen\n\n"
      "Transkript\n\n"
      "1 Byrådet Referat fra møde Tirsdag den 25. marts 2014 kl i Byrådssalen Mødet slut kl Til mødet var "
      "Morten Skovgaard (V) fraværende.\n\n"
      "2 Sag nr. 85 Godkendelse af dagsorden Beslutning Godkendt.\n";
  EXPECT_EQ(parse(text).body.value_or(""), "Byrådet");
  const std::string struer =
      "Møde 22. marts 2011 kl. 08:00 i BusinessPark Struer\n\nTranskript\n\n"
      "1 Økonomiudvalg Referat Møde 22. marts 2011 kl. 08:00 i BusinessPark Struer\n";
  EXPECT_EQ(parse(struer).body.value_or(""), "Økonomiudvalg");
  EXPECT_FALSE(corpus::recog::name_before_paper_kind("Hjem Politik Byråd og udvalg Råd og nævn Referater af møder i "
                                              "Handicaprådet i 2022"));
}

// The page chrome above a docplayer.dk transcript ("Save this PDF as:",
// " WORD  PNG  TXT  JPG", "Størrelse: px", "Starte visningen fra side:")
// is no line of the minutes: the format list in capitals is no body.
TEST(TranscriptConventionsTest, DocplayerPageChromeIsNoText) {
  const std::string text =
      "Referat ved Danske Prydplanters Generalforsamling den 27. februar 2013 på Hotel Nyborg Strand\n\n"
      "Save this PDF as:\n WORD  PNG  TXT  JPG\n\nStørrelse: px\nStarte visningen fra side:\n\n"
      "Download \"Referat ved Danske Prydplanters Generalforsamling den 27. februar 2013 på Hotel Nyborg Strand\"\n\n"
      "Transkript\n\n"
      "1 Referat ved generalforsamlingen den 27. februar 2013. 1. Valg af dirigent Formanden bød velkommen. "
      "Jens Hansen blev valgt som dirigent. 2. Beretning Beretningen blev godkendt. 3. Eventuelt Intet.\n";
  const auto m = parse(text);
  EXPECT_NE(m.body.value_or(""), "WORD  PNG  TXT  JPG");
  EXPECT_EQ(m.body.value_or("").find("PNG"), std::string::npos);
}

// An agenda system's unnumbered item titles, each over its first section
// ("Title" / "Beslutning" / "Drøftet."), run by a transcript into the end
// of the line before that section: the title is the words after the item
// before ends (a sentence's end, the empty "Bilag" after it, a list's dash
// after a full stop, the header's numeric date) and before the heading.
// The dev web pages' own lines run together as a transcript prints them
// (run_on_titles.cc): Aarhus' Magistraten (the empty "Bilag" closing each
// item), Sermersooq's Kommunalbestyrelse ("Sagsfremstilling" under each
// title) and a Seniorråd's minutes from the Monrad agenda app ("- Title").
TEST(TranscriptConventionsTest, UnnumberedTitleBeforeItsFirstSection) {
  struct Case {
    const char* name;
    const char* text;
    std::vector<std::string> titles;
  };
  const Case cases[] = {
      {"Aarhus' Magistraten: the header's date, the empty Bilag",
       "Vælg\n\nTranskript\n\n"
       "1 Vælg Referat Magistraten 25-03-2019 Dialogmøde mellem Magistraten og Aarhus Vand A/S Beslutning Drøftet. "
       "Rådmand Kristian Würtz og Keld Hvalsø var forhindret i at deltage i sagens behandling. Bilag Byrådets "
       "mødeplan 2020 Beslutning Fremsendes til Aarhus Byråd med bemærkning, at Magistraten anbefaler, at byrådet "
       "tiltræder Borgmesterens Afdelings indstilling af 14. marts 2019. Rådmand Kristian Würtz og Keld Hvalsø var "
       "forhindret i at deltage i sagens behandling. Bilag Indstilling på baggrund af forslag fra S, RV og ALT om "
       "klimapolitisk fødevarestrategi Beslutning Fremsendes til Aarhus Byråd med bemærkning, at Magistraten "
       "anbefaler indstillingen.\n",
       {"Dialogmøde mellem Magistraten og Aarhus Vand A/S", "Byrådets mødeplan 2020",
        "Indstilling på baggrund af forslag fra S, RV og ALT om klimapolitisk fødevarestrategi"}},
      {"Sermersooq's Kommunalbestyrelse: the decision's sentence before the next title",
       "200225 Nittende ordinære kommunalbestyrelsesmøde\n\nTranskript\n\n"
       "1 Afbud: Justus Hansen (D) Godkendelse af dagsorden Sagsfremstilling Dagsorden godkendt. Meddelelser "
       "Sagsfremstilling Borgmesteren havde et årligt møde med lokaludvalg, hvor der var deltagelse fra Paamiut, "
       "Tasiilaq og Nuuk. Kommunalbestyrelsen tog meddelelserne til efterretning. Budgetopfølgning 2020 "
       "Sagsfremstilling Budgetopfølgningen blev taget til efterretning.\n",
       {"Godkendelse af dagsorden", "Meddelelser", "Budgetopfølgning 2020"}},
      {"a Seniorråd on the Monrad app: a list's dash after the sentence",
       "Referat af Seniorrådets møde den 20. januar 2026\n\nTranskript\n\n"
       "1 Referat af Seniorrådets møde den 20. januar 2026 Ordstyrer: Næstformand Carsten Nørballe Mødet "
       "indledtes med, at genbrugskonsulenten orienterede om kommunens kommende affaldsplan 2027-2032. - "
       "Godkendelse af dagsorden Beslutning Dagsordenen blev godkendt. - Høringer Beslutning Høringssvarene blev "
       "taget til efterretning. - Økonomisk status Beslutning Blev taget til efterretning.\n",
       {"Godkendelse af dagsorden", "Høringer", "Økonomisk status"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// The same titles after the header's last label, whose value runs into
// the first title with nothing between ("Mødested: Beboerhuset,
// Dronningensgade 34 Eventuelt Beslutning ..."): the title starts at the
// standing item it names (godkendelse af dagsorden or referat,
// meddelelser, eventuelt, orientering). The dev web pages' own lines run
// together as a transcript prints them: kk.dk's minutes of Christianshavns
// Lokaludvalg, the Borgerrepræsentation and the Socialudvalg, and
// Sermersooq's Kommunalbestyrelse (the value a name and party).
TEST(TranscriptConventionsTest, StandingTitleAfterTheHeadersLastLabel) {
  struct Case {
    const char* name;
    const char* text;
    std::vector<std::string> titles;
  };
  const Case cases[] = {
      {"Christianshavns Lokaludvalg",
       "Mødedato: 29.01.2014, kl. 18:30\n\nTranskript\n\n"
       "1 Mødedato: 29.01.2014, kl. 18:30 Mødested: Beboerhuset, Dronningensgade 34 Eventuelt Beslutning Michael "
       "Lerche Nielsen spurgte, hvordan arbejdet i lokaludvalgets arbejdsgrupper overdrages til arbejdsgrupperne "
       "under det nye lokaludvalg. Poul Cohrt oplyste, at alle arbejdsgrupper principielt er opløste ved nyvalget.\n",
       {"Eventuelt"}},
      {"the Borgerrepræsentation",
       "Mødedato: 17.11.2011, kl. 17:30\n\nTranskript\n\n"
       "1 Mødedato: 17.11.2011, kl. 17:30 Mødested: Borgerrepræsentationens mødesal Godkendelse af dagsordenen "
       "Beslutning Borgerrepræsentationens beslutning i mødet den 17. november 2011 Dagsordenen blev godkendt uden "
       "afstemning.\n",
       {"Godkendelse af dagsordenen"}},
      {"the Socialudvalg",
       "Mødedato: 03.03.2021, kl. 16:30\n\nTranskript\n\n"
       "1 Mødedato: 03.03.2021, kl. 16:30 Mødested: Videomøde via Teams Meddelelser Beslutning Vicedirektør Mette "
       "Boskov Vedsmand deltog under punktets behandling. Socialborgmesteren foreslog at aflyse det ordinære møde "
       "den 5. maj 2021 pga. for få sager, hvilket der var opbakning til.\n",
       {"Meddelelser"}},
      {"Sermersooq's Kommunalbestyrelse",
       "Nittende ordinære kommunalbestyrelsesmøde\n\nTranskript\n\n"
       "1 Afbud: Justus Hansen (D) Godkendelse af dagsorden Sagsfremstilling Dagsorden godkendt. Meddelelser "
       "Sagsfremstilling Borgmesteren havde et årligt møde med lokaludvalg, hvor der var deltagelse fra Paamiut, "
       "Tasiilaq og Nuuk.\n",
       {"Godkendelse af dagsorden", "Meddelelser"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
}

// A small association's topics written as labels ("Økonomi: Økonomien blev
// gennemgået ...") in a transcript that ran the page into one line: each
// label opens the line or follows a sentence's end, its outcome runs to
// the next label; four or more are the items, as the paragraphs' labels
// are in the line form. Numbered topics ("1)      Ordstyre: Andreas ...")
// are the numbered heads', not these. The dev web pages' own lines run
// together as a transcript prints them: a homeowners' association
// (Grundejerne), a district heating plant's board (Varmeværket 8350), an
// owners' association (Ejerforeningen Lyngbo) and a hall of residence's
// council (the numbered case).
TEST(TranscriptConventionsTest, TopicLabelsRunTogetherOnAPageLine) {
  struct Case {
    const char* name;
    const char* text;
    std::vector<std::string> titles;
  };
  const Case cases[] = {
      {"a homeowners' association",
       "Tilstede: Bo, Lars, Mette og Anja\n\nTranskript\n\n"
       "1 Tilstede: Bo, Lars, Mette og Anja Afbud: ingen Ref: Mette Formanden: Bo fortæller at kommunen kommer for "
       "at fjerne de store sten. Regnskabet skal på hjemmesiden og Lars vil sørge for dét. Godkendelse af sidste "
       "mødereferat: Referatet blev godkendt. Økonomi: Økonomien blev gennemgået uden bemærkninger. Grønt udvalg: "
       "Bo har fået tilbud fra gartneren på, hvad det koster at få klippet rondellerne 2 gange årligt. Bestyrelsen "
       "besluttede at sige ja tak til tilbuddet. Fælles Grundejerforening: Status er, at vi fortsat venter svar fra "
       "kommunen. Eventuelt: Vi snakkede om udformning af forslag til næste generalforsamling.\n",
       {"Godkendelse af sidste mødereferat", "Økonomi", "Grønt udvalg", "Fælles Grundejerforening", "Eventuelt"}},
      {"a district heating plant's board",
       "Bestyrelsesmøde\n\nTranskript\n\n"
       "1 Økonomi: Økonomien ser ud som sidste år (sekretæren lover at dette emne uddybes i næste referat) "
       "Generalforsamling 2011: HD udfærdiger pressemeddelelse om den netop overstående generalforsamling. "
       "Hjertestarter: HD sørger for at hjertestarteren bliver registreret hos myndighederne. Langtidsplanlægning: "
       "Hvordan nedbringer vi ledningstabet? HD rådfører sig hos Foreningen Dansk Fjernvarme. Næste møde: Er i "
       "skrivende stund ikke fastlagt.\n",
       {"Økonomi", "Generalforsamling 2011", "Hjertestarter", "Langtidsplanlægning", "Næste møde"}},
      {"an owners' association",
       "Referat af bestyrelsesmøde 10. februar 2016\n\nTranskript\n\n"
       "2 Udendørs: Der er fældet og beskåret en del træer i haven. Oprydningsarbejdet efter dette vil ske når man "
       "igen kan køre på græsplænen. Altan projekt: Formidlingsaftale er delt rundt til de ejere der har valgt at "
       "købe en altan. Generalforsamling: Årets generalforsamling er onsdag d. 16. marts kl. 19 i Birkerød Skoles "
       "kantine. Næste møde: Besluttes efter generalforsamlingen.\n",
       {"Udendørs", "Altan projekt", "Generalforsamling", "Næste møde"}},
  };
  for (const auto& c : cases) EXPECT_EQ(titles(parse(c.text)), c.titles) << c.name;
  // (Numbered topics: no topic of item 7's is an item.)
  const auto m = parse(
      "Referat af beboerrådsmøde d. 23.april 2009\n\nTranskript\n\n"
      "1 Tilstede: Andreas, Mathias, Jakob, Anette og Liv. 1)      Ordstyre: Andreas og referent: Liv 2)      "
      "Godkendt referat og dagsorden 3)      Meddelelser: Ole har fået nyt (flot) kontor. 4)      Økonomi: "
      "Posten som kassér overdrages til Jakob. 7)      Orientering fra udvalg: Motionsrummet skal udvides. Caféen: "
      "Der er café påskefrokost lørdag d. 9. Maj. Antenne: Der er forslag om ubegrænsede kanaler i scandis. Net: Vi "
      "har fået 100 Mbit til en billig penge. Projektor: Den er blevet repareret.\n");
  const auto got = titles(m);
  EXPECT_EQ(std::find(got.begin(), got.end(), "Caféen"), got.end());
}

// Topic labels run together on a page line behind a list's bullet ("...
// Covid-19. · Nyt fra næstformanden: - Ej deltagende. · Nyt fra
// kassereren: - 259.000 overskud ..."), their points after a dash; a year
// that ends a sentence ("... i november 2020. Vedtægter rettes til") is no
// item's number; a lettered point ("A: GPDR regler.") is no topic. The dev
// web pages' own lines run together as a transcript prints them: a sports
// club's board (Løjt IF); bullets before labels are also printed by
// Viborg's Ældre- og Aktivitetsudvalg, Stevns' Ældreråd, Gribskov's
// Idrætsråd and Mariagerfjord's Kultur- og Fritidsudvalg; the lettered
// points by a local archive's board (Agerskov).
TEST(TranscriptConventionsTest, TopicLabelsBehindBulletsOnAPageLine) {
  const std::string text =
      "Hovedbestyrelsesmøde d.20. oktober 2020\n\nTranskript\n\n"
      "1 Referent: Louise Todsen · Nyt fra formanden: - Stor ros til fodbold afd. for deltagelse i OK sidste fredag. "
      "- Ekstraordinær generalforsamling i støtteforening har været afholdt. Første møde afholdes i november 2020. "
      "Vedtægter rettes til og sendes ud til nye medlemmer og hjemmeside. - Der gøres opmærksom på at huske at søge "
      "refusion ved DIF for tabt indtjening vedr. arrangementer. · Nyt fra næstformanden: - Ej deltagende. · Nyt fra "
      "kassereren: - 259.000 overskud i år pr. september. · Nyt fra afdelingerne: - Hård tid grundet covid-19. Der er "
      "turneringer, men slet ikke på samme måde som normalt.\n";
  const std::vector<std::string> expected = {"Nyt fra formanden", "Nyt fra næstformanden", "Nyt fra kassereren",
                                             "Nyt fra afdelingerne"};
  EXPECT_EQ(titles(parse(text)), expected);
  const auto m = parse(
      "Referat af bestyrelsesmøde\n\nTranskript\n\n"
      "1 Økonomi: Regnskabet blev gennemgået og godkendt af bestyrelsen. Nyt fra SLA: Fra Agerskov deltog John. Og "
      "nedenstående blev drøftet A: GPDR regler. Nye regler, medfører at materialer skal gennemgås. B: Arkibas nyt: "
      "Henvendelser og forespørgsler kan nu registreres. C: Kurser i foråret. Der kommer nærmere information D: "
      "Forsikringer. SLA arbejder på at få etableret et kollektivt tilbud. Eventuelt: Intet.\n");
  const auto got = titles(m);
  for (const char* point : {"A", "C", "Der kommer nærmere information D"})
    EXPECT_EQ(std::find(got.begin(), got.end(), point), got.end()) << point;
}

// An excerpt whose run-on contents ("1 Title 3 2 Title 4 ...") the body
// reaches only to its first case, headed by its number and full stop and
// no case label ("3 1. Velkommen til nyt medlem Åbent A Anledning ..."):
// the items are the entries the body heads, not the contents' entries
// beyond.
TEST(TranscriptConventionsTest, ContentsEntriesBeyondTheNumberedHeadsGo) {
  const std::string text =
      "Referat. KommuneMED Dato: 18. april 2018 Fra: 10:00 Til: 12:00 Sted: Mødelokale 2. Medlemmer.\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Referat Dato: Fra: 10:00 Til: 12:00 Sted: Mødelokale 2 Medlemmer Formand Jette Runchel "
      "(Kommunaldirektør) Næstformand Niels Ulsing (DS/FTF) Susi Flex (FOA/LO)\n"
      "\n"
      "2 Indholdsfortegnelse 1 Velkommen til ny næstformand og nyt medlem 3 2 Den årlige drøftelse med "
      "borgmesteren 4 3 Godkendelse af referat og dagsorden 5 4 Tillidsrepræsentanternes rolle ved tjenstlige "
      "samtaler 6 5 Evaluering af MED-dialogmøder 8 Side 2 af 25\n"
      "\n"
      "3 1. Velkommen til ny næstformand og nyt medlem Åbent A Anledning Velkommen til nyt medlem om ny "
      "næstformand i. Sagsfremstilling I forbindelse med at Claes Hjort er gået på pension, skal der findes en "
      "ny næstformand for. Der har der været afholdt møde på B- siden i mandag d. 26.mar\n";
  const std::vector<std::string> expected = {"Velkommen til ny næstformand og nyt medlem"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// A transcript's agenda run into one paragraph ahead of the body, read as
// the agenda only up to a number the extraction lost, left its tail as
// heads ("7. ... 8. Temaer 2012 9. Evt." before "Ad 1. Godkendelse af
// dagsorden"; "7. Status ... 11. Disciplinærsag ..." before "1. Godkendelse
// af dagsorden 2. ..."): two heads or more that open above 1 and rise, then
// give way to a head numbered 1, are the agenda's tail, not items.
// Excerpts of a yumpu page of Fredensborg's Grønt Råd and docplayer
// transcripts of a shooting federation's board and AAB's organisation board.
TEST(TranscriptConventionsTest, AgendaTailBeforeTheHeadsFromOne) {
  const auto green = parse(
      "Referat af Grønt Råds møde mandag den 7. maj 2012 Deltagere ...\n"
      "\n"
      "7. Kommunernes Landsforenings analyse af samarbejdet i degrønne råd – opfølgning på spørgeskema8."
      " Temaer 20129. Evt.Ad 1. Godkendelse af dagsordenDagsordenen blev godkendtAd 2."
      " MeddelelserFriluftsrådet har udpeget Bente Nielsen som ny repræsentant.Der afholdes"
      " spildevandsmøde d. 8. maj på Karlebo Kro forlodsejere, der har fået påbud om forbedret"
      " spildevandsrensning(ca. 60 deltagere).Jægernes Kommunale Fællesråd i Fredensborg"
      " afholderoplevelsesdag i Langstrup Mose d. 10. juni 2012.Ad 3. Evaluering af mødet mellem Plan-"
      " ogKlimaudvalget og Grønt Råd marts 2012Grønt Råd evaluerede mødet og konkluderede, at emnerne"
      " ikkevar tilstrækkeligt afstemte i forhold til foreningernesholdninger, at der var for lidt tid til"
      " rådighed og for lidt dialog.Grønt Råd havde en række forslag til, at forbedre de fremtidigemøder"
      " med udvalgene, bl.a. følgende:Det blev foreslået, at formanden talte med de respektiveformænd for"
      " PK og MT for at aftale rammerne for de fællesmøder, da GR har en særlig status som rådgivende for"
      " Byrådet.Grønt Råds ambition er at påvirke de politiske beslutninger ikraft af rådets"
      " ekspertise.Grønt Råd bør i fællesskab forberede de kommende møder.Rådet er ikke nødvendigvis enigt"
      " om budskaber til de politiskeudvalg. Det bør fremgå, hvad der er fælles synspunkter, oghvad der er"
      " særstandpunkter.Grønt Råd kunne eventuelt sende forslag til PK og MT, somudvalgsmedlemmerne kunne"
      " forholde sig til inden møderne.Grønt Råd kunne eventuelt invitere medlemmerne af MT og PKtil et af"
      " Rådets møder.\n");
  ASSERT_FALSE(green.items.empty());
  EXPECT_EQ(green.items.front().title, "Godkendelse af dagsorden");
  for (const auto& t : titles(green)) EXPECT_EQ(t.find("Temaer 2012"), std::string::npos) << t;
  const auto shooting = parse(
      "Transkript\n"
      "\n"
      "1 Åbent referat af bestyrelsesmøde 7/2009 Tid: Lørdag, 10. oktober 2009 kl Sted: DGI-byens Hotel,"
      " mødelokale 10. Deltagere: Christian Kjær Pedersen (CKP), Leif N. Bay (LNB), Preben D. Hermansen"
      " (PDH), Jens Bo Laursen (JBL), Torben Klit Andersen (TKA), Dagmar W. Keinicke (DWK), Steve"
      " Lindhardt (SL) Lars Høgh (LH), Steen F. Andersen (SFA), Tatjana Stegelmann (TS) og Nina Kingo"
      " (NK). Dagsorden: 1. Godkendelse af dagsorden 2. Godkendelse af referat fra sidste møde 3. Rapport"
      " fra kritisk revision 4. Budget Revision af strategiplan Organisationsstruktur, herunder drøftelse"
      " af oplæg til formandsmødet 7. Status integreret administrativt samarbejde DDS-DGI 8."
      " Kommunikationsstrategi, slogan m.m. 9. Formandsmøde 2009, kommenteret dagsorden 10. Udpegning /"
      " valg af DDS repræsentant til Vingstedcentrets bestyrelse pr. 1. oktober Disciplinærsag fra"
      " udendørs DM 12. Evaluering af landsstævne 2009 i Holbæk, 13. Jubilæumsbog 14. Kommissorium for"
      " arbejdsgruppen om amtstilskudskriterier 15. DM 15 m DGI-nyt 17. Meddelelser 18. Projekt fælles"
      " uddannelse 19. Orientering fra FU 20. Eventuelt 1. Godkendelse af dagsorden 2. Godkendelse af"
      " referat fra sidste møde Som nye punkter til dagsordenen blev indføjet: 18. Projekt fælles"
      " uddannelse Kursus-ansøgning 19. Nyt fra FU - Orientering fra FU-møde af møde 25. august 2009"
      " godkendes. Godkendt 3. Rapport fra kritisk revision Rapport af vedlagt som bilag 3. Det"
      " indstilles, at rapporten tages til efterretning. Rapporten blev taget til efterretning. 4. Budget"
      " 2010 Vedlagt det endelige budgetforslag til bestyrelsens godkendelse, så materialet kan sendes ud"
      " til formandsmødets behandling. Det foreslås, at behandlingen tager udgangspunkt i det nye 1\n"
      "\n");
  ASSERT_EQ(shooting.items.size(), 4u);
  EXPECT_EQ(shooting.items.front().title, "Godkendelse af dagsorden");
  EXPECT_EQ(shooting.items[2].title, "Rapport fra kritisk revision");
  const auto housing = parse(
      "Transkript\n"
      "\n"
      "1 Referat af OB-møde Mødedato: 5. december 2012 kl Til stede: Bent Haupt Jensen, Formand Jørn"
      " Nielsen, Næstformand Michael Bagge Kuehn Jette Kragh Michael Bendixen Palle S. Madsen Käthe"
      " Pedersen David Jennow Christian Høgsbro, Adm. Direktør Inge Vilhof, Direktionssekretær"
      " Kontaktperson Inge Vilhof Direktionssekretariatet Direkte tlf.: Dato 6. december 2012 Afbud:"
      " Bjarne Lindqvist Næste møde 6. februar 2013 Protokoller: 1. Godkendelse af referat fra sidste møde"
      " 2. Revisionsprotokol Politiske sager: 3. Evaluering af Repræsentantskabsmøde 28. november"
      " Gennemførelse af projekt med tryghedsgennemgang af AAB s afdelinger 5. Satser til udarbejdelse af"
      " budget C. V. Bramsnæs Legat 7. Regulering OB-honorar 8. Tilstandsregistrering af AAB s afdelinger"
      " Afdelingsrelaterede sager: 9. Evaluering af medlemsmøder 10. Afdeling 43, Fortsættelse af det"
      " boligsociale arbejde i Kærene/Bybjerget Svend Aukens Plads 9 Tlf København S Fax aab@aab.dk\n"
      "\n"
      "2 11. Afdeling 50, Den boligsociale helhedsplan på Sjælør Boulevard Side Afdeling 52, Den"
      " boligsociale helhedsplan for Høje Gladsaxe Afdeling 52, Den boligsociale helhedsplan for Høje"
      " Gladsaxe Afdeling 80, Initiativaftale for Husum/Tingbjerg 15. Status for den boligsociale indsats"
      " 16. Afdeling 92, Huslejestøtte 17. Afdeling 111, Permanent genhusning af beboere Diverse 18."
      " Direktionsberetning a. Personaleforhold 19. Orientering fra udvalgene Eventuelt: 20. Eventuelt"
      " København, den 6. februar 2013 Bent Haupt Jensen Formand Christian Høgsbro Adm. direktør\n"
      "\n"
      "3 1. Godkendelse af referat Side 3 Sagsfremstilling Referat fra Organisationsbestyrelsesmøde den 7."
      " november 2012 skal godkendes og underskrives af formand og direktør. Der er ikke modta");
  ASSERT_EQ(housing.items.size(), 1u);
  EXPECT_EQ(housing.items.front().title.rfind("Godkendelse af referat", 0), 0u);
}

// A docplayer.dk transcript's page title, the line above "Transkript", is a
// copy of some line of the text: an item's head or a stretch of text (seen
// in transcripts of AAB's organisation board, DB's forretningsudvalg, the
// Gudenå committee, Ballerup's and Skive's councils). The copy goes; the
// minutes' header below it is read (a title copied there stays).
TEST(TranscriptConventionsTest, DocplayerPageTitleCopyIsNoLine) {
  {
    const std::string text =
        "6. Godkendelse af rapportering for forvaltningsrevision samt udpege evt. nye måleområder\n\nTranskript\n\n"
        "1 Referat af OB-møde Mødedato: 3. september 2014 kl Til stede: Bent Haupt Jensen, Formand Jørn "
        "Nielsen, Næstformand Jette Kragh Afbud: Helle Jønsson Næste møde: 1. oktober 2014 Protokoller: 1. "
        "Godkendelse af referat fra sidste møde 2. Revisionsprotokollat Politiske sager: 3. Budgetopfølgning pr. "
        "30. juni 2014 6. Godkendelse af rapportering for forvaltningsrevision samt udpege evt. nye måleområder "
        "7. Ændring af bestyrelsesmedlemmer til Ejerforeningen Fuglsangpark\n";
    const auto m = parse(text);
    EXPECT_EQ(m.date, "2014-09-03");
    EXPECT_EQ(corpus_test::names(m, true),
              corpus_test::sorted({"Bent Haupt Jensen", "Jette Kragh", "Jørn Nielsen"}));
  }
  {
    const std::string text =
        "På nuværende tidspunkt er der endnu uforbrugte midler til projekter, som planlægges anvendt til "
        "aktiviteter i forbindelse med kommunevalget.\n\nTranskript\n\n"
        "1 24. september 2013 DB s Forretningsudvalg Mandag den 23. september 2013, kl DB, Vartov. REFERAT Til "
        "stede: Vagn Ytte Larsen, Kirsten Boelt. Afbud: Steen B. Andersen. 1. Godkendelse af dagsorden "
        "Dagsordenen blev godkendt. 2. Økonomi På nuværende tidspunkt er der endnu uforbrugte midler til "
        "projekter, som planlægges anvendt til aktiviteter i forbindelse med kommunevalget.\n";
    const auto m = parse(text);
    const auto t = titles(m);
    EXPECT_TRUE(std::none_of(t.begin(), t.end(), [](const std::string& s) {
      return s.find("nuværende") != std::string::npos;
    })) << "the copy is no item";
    EXPECT_EQ(corpus_test::names(m, true), corpus_test::sorted({"Kirsten Boelt", "Vagn Ytte Larsen"}));
  }
  {
    // A title copied there names the meeting as its first line.
    const auto m = parse(
        "Protokollat fra bestyrelsesmøde i SOSU Sjælland d. 26. marts 2015 kl Selandia Park 8, 4100 Ringsted UV "
        "lokale 5\n\nTranskript\n\n1 Protokollat fra bestyrelsesmøde i SOSU Sjælland d. 26. marts 2015 kl "
        "Selandia Park 8, 4100 Ringsted UV lokale 5 Til stede: Anne Holm, Bo Jensen 1. Godkendelse af dagsorden "
        "Godkendt.\n");
    EXPECT_EQ(m.date, "2015-03-26");
  }
}

// An agenda group named by its kind of cases ("Økonomisager", "Økonomiske
// sager", "Politiske sager:", "Orienteringssager") that a PDF's text runs
// into the entry's head after it ("Økonomisager Punkt 02 Udvidelse ...",
// after the page number of the entry before: "... underskrift... 2 Økonomiske
// sager 2. Overtagelse ...") or, with its colon, onto the end of the entry
// before it ("20. Udvalgsstruktur Afdelingsrelaterede sager: 21. ..."): a
// label, not the head's start nor the title's end (docslib text of Qeqqata
// Kommunia's council, docplayer transcripts of VUC Aarhus' and AAB's boards).
// A title that is a compound alone stays ("11. Personsager").
TEST(TranscriptConventionsTest, CaseGroupLabelIsNoPartOfTheTitle) {
  {
    const auto m = parse(
        "Referat af Kommunalbestyrelsens ordinære møde 03/2020, den 28. maj 2020\n"
        "\n"
        "Oversigt – åbent møde:\n"
        "\n"
        "Punkt 01 Godkendelse af dagsorden\n"
        "\n"
        "Økonomisager Punkt 02 Udvidelse af kirkegården i og midler\n"
        "\n"
        "Punkt 03 Klargøring af område 800-E4 for Esanis nye forbrændingsanlæg og beredskabets "
        "øvelsesområde\n"
        "\n"
        "Generelle sager\n"
        "\n"
        "Punkt 04 Beredskab ved naturbrande\n"
        "\n"
        "Orienteringssager Punkt 05 Redegørelse om elevfravær i folkeskolen\n");
    EXPECT_EQ(titles(m),
              (std::vector<std::string>{
                  "Godkendelse af dagsorden", "Udvidelse af kirkegården i og midler",
                  "Klargøring af område 800-E4 for Esanis nye forbrændingsanlæg og beredskabets "
                  "øvelsesområde",
                  "Beredskab ved naturbrande", "Redegørelse om elevfravær i folkeskolen"}));
  }
  {
    const auto m = parse(
        "Transkript\n"
        "\n"
        "1 26. januar 2010 Referat Deltagelse Til stede: Hans Halvorsen (formand), Merete Ipsen, "
        "Niels "
        "Jørgen Andreasen, Claus Christensen, Marie Røn Ansbjerg, Anders Bauman, Børge Rasmussen, "
        "Sidsel "
        "Homann og Erik Højsholt. Fra ledelsen: Preben Clausen, Susanne Dombernowsky, Michael "
        "Sandberg og "
        "Per Lund Referent: Peter Cederstrøm. Afbud: Carsten Riis (næstformand), Frits Andersen og "
        "Pauli "
        "Johansen Note: Bilag omdelt på mødet eftersendes sammen med referatet til de medlemmer, "
        "der ikke "
        "deltog i mødet. Dagsorden 1. Referat af møde 14 incl. underskrift... 2 Økonomiske sager "
        "2. "
        "Overtagelse af bygningerne - købstilbud fra Undervisningsministeriet og dets finansiering "
        "Budget "
        "Kontrakt med arkitektfirma om bygningstilsyn og masterplan Revisionsprotokollat fra KPMG "
        "af 2. "
        "december Driftssager 6. Mødeplan 2010/ Procedure vdr. udpegning af medlemmer til "
        "bestyrelsens 2. "
        "periode\n"
        "\n"
        "2 1. Referat af møde 14 incl. underskrift Referat fra BS 14 blev godkendt. 2\n"
        "\n"
        "3 2. Overtagelse af bygningerne - købstilbud fra Undervisningsministeriet og dets "
        "finansiering "
        "Sagsfremstilling VUC Århus har endnu ikke modtaget et købstilbud fra "
        "Undervisningsministeriet.\n");
    const auto t = titles(m);
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0], "Referat af møde 14 incl. underskrift");
    EXPECT_TRUE(
        t[1].starts_with("Overtagelse af bygningerne - købstilbud fra Undervisningsministeriet og "
                         "dets finansiering"))
        << t[1];
  }
  {
    const std::string aab =
        "Referat af OB-møde\n"
        "\n"
        "Transkript\n"
        "\n"
        "2 Side (Lukket) 11. (Lukket) 12. Parlamentariske afdelinger 13. Pantsætning af "
        "afdelingernes "
        "ejendomme 14. Almene Boligdage 15. Personalepolitik i Boligforeningen AAB 16. Politik om "
        "god almen "
        "ledelse 17. Politik om habilitet i Boligforeningen AAB 18. Politik for behandling af "
        "beboerservice "
        "mv. 19. Politik for udlejning af bi lejemål og fællesarealer 20. Udvalgsstruktur "
        "Afdelingsrelaterede sager: 21. Afdeling 54 Ny boligsocial helhedsplan 22. Afdeling 97 "
        "Byggeregnskab, revisors erklæring og revisionsprotokollat Diverse 23. Direktionsberetning "
        "a. "
        "Personaleforhold 24. Orientering fra udvalgene Eventuelt: 25. Eventuelt\n";
    const auto t = titles(parse(aab));
    EXPECT_NE(std::find(t.begin(), t.end(), "Udvalgsstruktur"), t.end());
    EXPECT_NE(std::find(t.begin(), t.end(), "Afdeling 54 Ny boligsocial helhedsplan"), t.end());
    std::string personsager = aab;
    const std::string label =
        "Afdelingsrelaterede sager: 21. Afdeling 54 Ny boligsocial helhedsplan";
    personsager.replace(personsager.find(label), label.size(), "21. Personsager");
    const auto p = titles(parse(personsager));
    EXPECT_NE(std::find(p.begin(), p.end(), "Personsager"), p.end());
  }
}

// An agenda entry's lettered sub-items written with its number ("5. Økonomi
// 5a. Orientering ... 5b. Regnskab ... 5c. ..."; VIA's board, Sermersooq's
// "2a. Meddelelser fra formanden 2b. ...", a Bornholm committee's "1.a.
// Præsentation ... 1.b. ...") are parts of the item: a number the transcript
// lost after them ("5c. Orientering om Finanslovsforslaget 2014 og budget
// Anvendelse af resultatløn fra 2014 (Bilag 06) 7. ...") is read in the last
// part's stretch, and a part's line is no head of its own.
TEST(TranscriptConventionsTest, LostNumberAfterLetteredSubItems) {
  const auto m = parse(
      "Referat\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Referat Mødeforum: Ordinært møde i bestyrelsen for VIA University College Dato: Torsdag "
      "den "
      "12. september 2013 Dagsorden 1. Godkendelse af dagsorden 2. Undertegnelse af referat af "
      "bestyrelsesmøde den 10. juni 2013 (Bilag 02) 3. Prækvalificering af ny uddannelse til "
      "forsyningsingeniør, Teknisk-Merkantil Højskole (Bilag 03) 4. Campus Aarhus C, udnyttelse af "
      "option (Bilag 04a-04c) 5. Økonomi 5a. Orientering om ministeriets gennemgang af Årsrapport "
      "2012 "
      "(Bilag 05a) 5b. Regnskab for andet kvartal og årsprognose for 2013 (Bilag 05b) 5c. "
      "Orientering "
      "om Finanslovsforslaget 2014 og budget Anvendelse af resultatløn fra 2014 (Bilag 06) 7. "
      "Bemyndigelse til afrapportering af rektors resultatlønskontrakt for 2013 Udarbejdet af: "
      "ALJ/EM "
      "Side 1 af 19\n"
      "\n"
      "2 8. Evaluering af bestyrelsesarbejdet (Bilag 08a-08c) 9. "
      "Medarbejdertilfredshedsundersøgelsen "
      "2013 (Bilag 09a-09b) 10. Køb af\n");
  std::vector<int> numbers;
  for (const auto& item : m.items) numbers.push_back(item.number.value_or(0));
  EXPECT_EQ(numbers, (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
  const auto t = titles(m);
  ASSERT_EQ(t.size(), 10u);
  EXPECT_EQ(t[4], "Økonomi");
  EXPECT_EQ(t[5], "Anvendelse af resultatløn fra 2014 (Bilag 06)");
  EXPECT_EQ(t[9], "Køb af");
}

}  // namespace

namespace {

// Each item's number in `m`, 0 for none.
std::vector<int> numbers_of(const corpus::Meeting& m) {
  std::vector<int> out;
  for (const auto& item : m.items) out.push_back(item.number.value_or(0));
  return out;
}

// Whether each title of `m` opens with the expected one (a run-on head may
// keep some of its text: here only where its title starts counts).
void expect_titles_open(const corpus::Meeting& m, const std::vector<std::string>& expected) {
  ASSERT_EQ(m.items.size(), expected.size()) << (m.items.empty() ? std::string() : m.items.front().title);
  for (std::size_t k = 0; k < expected.size(); ++k)
    EXPECT_EQ(m.items[k].title.rfind(expected[k], 0), 0u) << m.items[k].title;
}

// "På dagsordenen er: Sag nr. 1 Godkendelse af dagsorden Sag nr. 2
// Meddelelser ...": an agenda whose entries the lead "Sag nr." numbers
// (Region Sjælland's Regionsrådet, 3 March 2011; "SAG NR. 1" and Rødovre's
// "Sag nr. 129" too), run into one line by a transcript: each entry splits
// before its lead, as before "Sag 3", not between "nr." and the number.
TEST(TranscriptConventionsTest, CaseNumberLeadSplitsRunOnAgenda) {
  const std::string text =
      "Torsdag den 3. marts 2011 kl. 16 er der møde i Regionsrådet for Region Sjælland.\n\nTranskript\n\n"
      "1 Torsdag den 3. marts 2011 kl. 16 er der møde i Regionsrådet for Region Sjælland. Mødet finder sted i "
      "Regionshuset på Alleen 15, 4180 Sorø og er åbent for offentligheden. På dagsordenen er: Sag nr. 1 "
      "Godkendelse af dagsorden Sag nr. 2 Meddelelser Sag nr. 3 Udpegning af medlemmer til "
      "Regionstandlægenævnet Sag nr. 4 Nye medlemmer til samarbejdsudvalg Sag nr. 5 Regional repræsentant til "
      "Stevns Fiskeri LAG\n";
  const std::vector<std::string> expected = {"Godkendelse af dagsorden", "Meddelelser",
                                             "Udpegning af medlemmer til Regionstandlægenævnet",
                                             "Nye medlemmer til samarbejdsudvalg",
                                             "Regional repræsentant til Stevns Fiskeri LAG"};
  EXPECT_EQ(titles(parse(text)), expected);
}

}  // namespace

// A word processor's numbered list prints a tab after each number, which the
// text keeps as a run of spaces ("1.                  Formanden siden
// sidst."); a transcript that runs the page into one line keeps them too, and
// each such number of the 1, 2, 3 ... sequence opens a head as "1. Title"
// does: a hunting association's board (Bogense), a town's sports council
// (Furesø Idrætsråd) and a tenants' council (HHKOL).
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, TabAfterNumberInRunOnHeads) {
  const auto hunting = parse(
      "Referat bestyrelsesmøde i\n\nTranskript\n\n1 Referat bestyrelsesmøde i Bogense Land og "
      "Strandjagtforening Klubhuset, Smedestræde, Nr. Esterbølle Torsdag dag den 13-08-2020 kl. 19.00 "
      "Dagsorden. 1.                  Formanden siden sidst. 2.                  Kassereren siden sidst. "
      "3.                  Nyt fra udvalgenes arr.- sidste nyt. 4.                  Samarbejdsudvalget  v/ "
      "Steen-Kenneth A.-Lise – sidste nyt. 5.                  Jægerråd/kredsen – sidste nyt.\n");
  EXPECT_EQ(numbers_of(hunting), (std::vector<int>{1, 2, 3, 4, 5}));
  expect_titles_open(hunting, {"Formanden siden sidst", "Kassereren siden sidst", "Nyt fra udvalgenes arr.- sidste nyt",
                               "Samarbejdsudvalget", "Jægerråd/kredsen – sidste nyt"});
  const auto sports = parse(
      "Tilstede var Per Lund Hansen, Søren Jensen, Poul Andersen, Maria Fynbo, Lisbeth Hoffmann samt Peder "
      "Sundgaard\n\nTranskript\n\n1 Tilstede var Per Lund Hansen, Søren Jensen, Poul Andersen, Maria "
      "Fynbo, Lisbeth Hoffmann samt Peder Sundgaard\n\nTranskript\n\n1 Tilstede var Per Lund Hansen, Søren "
      "Jensen, Poul Andersen, Maria Fynbo, Lisbeth Hoffmann samt Peder Sundgaard 1.       Godkendelse af "
      "referat fra seneste møde Godkendt med bemærkning om at Lisbeth Hoffmann kun er næstformand ”på "
      "papiret” grundet manglende ressourcer. 2.       Godkendelse af dagsorden Ok 3.       Orientering v. "
      "formanden DIF konference i Kolding. Poul deltager på idrætsrådets vegne.\n");
  expect_titles_open(sports,
                     {"Godkendelse af referat fra seneste møde", "Godkendelse af dagsorden", "Orientering v. formanden"});
  const auto tenants = parse(
      "Referat af beboerrådsmøde d. 23.april 2009\n\nTranskript\n\n1 Tilstede: Andreas, Mathias, Jakob, "
      "Anette og Liv. Christian og Marie-Louise deltager også selvom de ikke er i beboerrådet længere. 1)  "
      "    Ordstyre: Andreas og referent: Liv 2)      Godkendt referat og dagsorden 3)      Meddelelser: "
      "Ole har fået nyt (flot) kontor. Havedøren har fået ny lås som beboerne ikke har nøglen til -Mathias "
      "undersøger dette. 4)      Økonomi: Marie-Louise oplyser at der var en fejl i de sidste "
      "bankoplysninger og vi har derfor mindre i kassen end vi troede\n");
  expect_titles_open(tenants, {"Ordstyre", "Godkendt referat og dagsorden", "Meddelelser", "Økonomi"});
}

// A secretary or an agenda export that glues each head's title to its
// number's full stop ("2.Valg af referent", "1.Godkendelse af dagsorden:
// Godkendt") writes it so in a transcript's run-on line too: such a number
// of the 1, 2, 3 ... sequence opens a head. Hørsholm's Seniorråd and a
// waterworks' board (Nejede Møllehøj); Ærø's Grønt Råd in
// TitleEndsBeforeItsWholeOutcome below.
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, TitleGluedToItsNumberInRunOnHeads) {
  const auto senior = parse(
      "Torsdag den 9.juni 2022 kl. 09.00 – 11.45 på Selmersbo samt efterfølgende afslutningsfrokost på "
      "Riva i Rungsted Havn med Seniorrådgivningen\n\nTranskript\n\n1 Torsdag den 9.juni 2022 kl. 09.00 – "
      "11.45 på Selmersbo samt efterfølgende afslutningsfrokost på Riva i Rungsted Havn med "
      "Seniorrådgivningen\n\nTranskript\n\n1 Torsdag den 9.juni 2022 kl. 09.00 – 11.45 på Selmersbo samt "
      "efterfølgende afslutningsfrokost på Riva i Rungsted Havn med Seniorrådgivningen Afbud fra Jesper, "
      "Marianne, Hanne, Kjeld Flemming, Freddy, Niels. 0. Gæsteforelæsning og debat ved udvalgsformand "
      "Caroline Victoria Christensen. Victoria havde meldt afbud pga eksamensammenfald. Victoria vender "
      "tilbage på SR mødet 18. August. 1.Valg af mødeleder og ordstyrer. Lisbet valgt som mødeleder og "
      "Mogens som ordstyrer. 2.Valg af referent.  Jørgen valgt som referent. 3.Godkendelse af dagsorden. "
      "Dagsorden godkendt. 4.Godkendelse af referat af mødet den 12.maj 2022. Referat godkendt.\n");
  expect_titles_open(senior, {"Gæsteforelæsning og debat", "Valg af mødeleder og ordstyrer", "Valg af referent",
                              "Godkendelse af dagsorden", "Godkendelse af referat af mødet den 12.maj 2022"});
  EXPECT_EQ(senior.items.at(2).title, "Valg af referent");
  const auto water = parse(
      "Nejede – Møllehøj Vandværk: Referat fra bestyrelsesmøde 22.11.2018\n\nTranskript\n\n1 Udeblevet: "
      "Jens Ole Mathiesen (JM) 1.Godkendelse af dagsorden: Godkendt 2. Meddelelser fra formanden: De "
      "digitale registreringer forventes klar 1. december.Villy har fået det bedre. NO holder ham "
      "orienteret 3.Tilføjelser til dagsordenen: Regnskab og restancer er pr. 21. november 2018 4. "
      "Godkendelse af referat fra sidste møde den 13. august 2018: Godkendt\n");
  EXPECT_EQ(numbers_of(water), (std::vector<int>{1, 2, 3, 4}));
  expect_titles_open(water, {"Godkendelse af dagsorden", "Meddelelser fra formanden", "Tilføjelser til dagsordenen",
                             "Godkendelse af referat fra sidste møde den 13. august 2018"});
}

// A head's whole outcome is often one verdict word, on the line under the
// head in the line form ("2. Godkendelse af dagsordenen" / "Godkendt."); a
// transcript runs it on after the title, which ends before it: Middelfart's
// Ældreråd, LAP's arbejdsmarkedsgruppe and Ærø's Grønt Råd (whose heads are
// glued to their numbers: TitleGluedToItsNumberInRunOnHeads).
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, TitleEndsBeforeItsWholeOutcome) {
  const auto elderly = parse(
      "Dette site bruger cookies. Hvis du forsætter på sitet, så accepterer du dette. Hvis du ikke ønsker "
      "at acceptere cookies så tryk på følgende link. Accepter ikke cookies\n\nTranskript\n\n1 Fraværende: "
      "Inge Lodberg (med afbud) 1. Underskrift af referat fra mødet den 20. november 2014 Underskrevet. 2. "
      "Godkendelse af dagsordenen Godkendt. 3. Foreløbigt regnskab – drøftelse Det foreløbige regnskab og "
      "budget for 2015 blev drøftet. 4. Mødedatoer 2015 Møderne afholdes 3. torsdag i hver måned – juli "
      "måned undtaget.\n");
  EXPECT_EQ(titles(elderly),
            (std::vector<std::string>{"Underskrift af referat fra mødet den 20. november 2014",
                                      "Godkendelse af dagsordenen", "Foreløbigt regnskab – drøftelse",
                                      "Mødedatoer 2015"}));
  const auto labour = parse(
      "Referat fra møde i arbejdsmarkedsgruppen, 1. april 2008\n\nTranskript\n\n1 1.    Valg af dirigent "
      "og referent Referat: Karl Dirigent: Nils 2.    Godkendelse af dagsorden Godkendt 3.    Godkendelse "
      "af referat fra mødet den 8.01.08 Godkendt 4.    Next Stop Job, herunder: a.    status på projektet "
      "Karl orienterer om erfaringerne fra det første forløb (pilotprojekt).\n");
  ASSERT_GE(labour.items.size(), 3u);
  EXPECT_EQ(labour.items.at(1).title, "Godkendelse af dagsorden");
  EXPECT_EQ(labour.items.at(2).title, "Godkendelse af referat fra mødet den 8.01.08");
  const auto green = parse(
      "Fremmødte: Knud Nielsen, Lars Ole Gjesing, Søren Langkjær, Christina Sommer, Carsten Schütter, Kaj "
      "Jørgensen, Eigil Jensen, Christen Albert Christensen, Thomas Albertsen, Erik Teglbjærg, Nils "
      "Ørum-Nielsen, Jan Clausen, Kim Bang, Peter Nordquist, Palle Kefer, Susanne C. Frederiksen, Kurt "
      "Nørmark, Kirsten Johansen.\n\nTranskript\n\n1 2.Valg af formand Knud Nielsen blev genvalgt. "
      "3.Godkendelse af referat fra sidste møde Godkendt. 4.Godkendelse af dagsorden Godkendt. "
      "5.Præsentation af Ærø Biavlerforening v/Erik Teglbjærg Erik præsenterede Ærø Biavlerforening.\n");
  const auto green_titles = titles(green);
  for (std::string_view t : {"Godkendelse af referat fra sidste møde", "Godkendelse af dagsorden"})
    EXPECT_NE(std::find(green_titles.begin(), green_titles.end(), t), green_titles.end()) << t;
}

// The text after a title's note may open with initials as its subject, a
// small word after them (case 281, LAP's landsledelse, verbatim as the
// transcript runs it; "LL beslutter", "PBW skriver", "ELN bød" open texts in
// cases 278, 376, 541).
TEST(TranscriptConventionsTest, TitleNoteBeforeInitialsSubject) {
  const auto lap = parse(
      "Referat af LL-møde 03.05.2024\n\nTranskript\n\n1 5. Landsmøde 2024 . 6. Økonomi: a. Regnskab 2023 – "
      "underskrift af regnskab Vi underskriver lørdag morgen senest b. Budget sommerlejr mm. Blev godkendt "
      "13/4 2024. c. Intern kritisk revisor Uenighed om dennes rolle 7. Opfølgning på møde med Social- og "
      "Boligstyrelsen (bilag 7) LL svarer SBST. 8. Kystlejr budget m.m (bilag 8) Ny landsledelse godkender "
      "25/5 2024. 9. Orientering fra a. FU Lene fortæller fra møder i Sundhedsstyrelsen\n");
  const auto got = titles(lap);
  EXPECT_NE(std::find(got.begin(), got.end(), "Opfølgning på møde med Social- og Boligstyrelsen (bilag 7)"), got.end());
  EXPECT_NE(std::find(got.begin(), got.end(), "Kystlejr budget m.m (bilag 8)"), got.end());
}

// A head's title that closes with a note in brackets (who brings the item,
// "(laC)", "(ÆB)"; its time, "(2 min)") has its text on the line under it in
// the line form; a transcript runs the text on after the note, and the
// title ends with the note. Not a list's "1)" after the title. Udbyneder and
// Kastbjerg's parish council, Region Midtjylland's HMU for psychiatry and
// social affairs, Ærø's Grønt Råd.
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, TitleEndsWithItsNoteInBrackets) {
  const auto parish = parse(
      "Mødereferat 22. august 2017\n\nTranskript\n\n1 5. Nyt fra udvalgene Vores udflugt er planlagt 6. "
      "Kastbjerg Kirke, status (laC) Vi venter på godkendelse fra Nationalmuseet 7. Udbyneder Præstegård, "
      "status (laC) Der skal være besigtigelse og PU af Råby og Udbyneder Præstegård den 26.9. 8. "
      "Storpastoratet, status (laC) Næste møde er den 6.9. i Gjerlev Præstegård 9. Fanebærerkursus til "
      "spejderne? (NÅS) Der undersøges om det er muligt at arrangere det\n");
  EXPECT_EQ(titles(parish), (std::vector<std::string>{"Nyt fra udvalgene", "Kastbjerg Kirke, status (laC)",
                                                      "Udbyneder Præstegård, status (laC)",
                                                      "Storpastoratet, status (laC)",
                                                      "Fanebærerkursus til spejderne? (NÅS)"}));
  const auto hmu = parse(
      "Abonnér\n\nTranskript\n\n1 1. Godkendelse af dagsorden (2 min) Det indstilles, at HMU • godkender "
      "dagsorden for mødet den 17. april 2015. Beslutning HMU besluttede at godkende dagsorden. "
      "Medarbejdersiden havde spørgsmål til punkt 8, 9 og 10. Medarbejdersiden efterlyste punktet vedr. "
      "kompetenceudviklingsstrategi på socialområdet, som var dagsordensat på den foreløbige dagsorden, "
      "men ikke på den endelige dagsorden for dette møde. Det skyldes, at punktet har været på "
      "Områdeledermøde og endnu ikke er færdigt. Tilbage til toppen Sagnr.: 1-13-3-75-14 2. Godkendelse af "
      "referat fra HMU møde den 30. januar 2015 (2 min) Det indstilles, at HMU • godkender referat fra HMU "
      "mødet den 30. januar 2015. Beslutning HMU besluttede at godkende referatet.\n");
  expect_titles_open(hmu, {"Godkendelse af dagsorden", "Godkendelse af referat fra HMU møde den 30. januar 2015"});
  const auto green = parse(
      "Fremmødte: Knud Nielsen, Lars Ole Gjesing, Søren Langkjær, Christina Sommer, Carsten Schütter, Kaj "
      "Jørgensen, Eigil Jensen, Christen Albert Christensen, Thomas Albertsen, Erik Teglbjærg, Nils "
      "Ørum-Nielsen, Jan Clausen, Kim Bang, Peter Nordquist, Palle Kefer, Susanne C. Frederiksen, Kurt "
      "Nørmark, Kirsten Johansen.\n\nTranskript\n\n1 5.Præsentation af Ærø Biavlerforening v/Erik "
      "Teglbjærg Erik præsenterede Ærø Biavlerforening. Han er formand i foreningen som pt. har 12 aktive "
      "medlemmer. Foreningen er medlem af Dansk biavlerforening. Erik fortalte, om de udfordringer som "
      "biavlerforeningen oplever med en faldende bestand af bier og om nogle af årsagerne hertil. 6.Planer "
      "om udsåning af vilde blomster på små uopdyrkede arealer forskellige steder v/Erik Teglbjærg (ÆB) "
      "Erik præsenterede foreningen ”Blomstrende Ærø”, som er en nystartet forening. Foreningen har pt. 30 "
      "medlemmer.\n");
  EXPECT_EQ(numbers_of(green), (std::vector<int>{5, 6}));
  expect_titles_open(green, {"Præsentation af Ærø Biavlerforening",
                             "Planer om udsåning af vilde blomster på små uopdyrkede arealer forskellige steder"});
  for (const auto& item : green.items) EXPECT_EQ(item.title.find("præsenterede"), std::string::npos) << item.title;
}

// A list numbered "1." before every item (each item a list of its own, as
// a web page's or a word processor's restarted list prints it) is read by
// the line form as numbering that never moves; a transcript's line with no
// number sequence cuts before each such "1." with its text after it (not a
// date's day, "pr. 1. Maj."): SLA Fyn's board, Vestsjællands Jagtforening's
// general assembly, HIK Tennis' annual meeting.
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, HeadsAllNumberedOneInRunOnLine) {
  const auto archives = parse(
      "Bestyrelsesmøder\n\nTranskript\n\n1 Afbud: Svend Ankjær Nielsen (SAN) 1. Godkendelse af referat fra "
      "sidste møde Godkendt 1. Siden sidst Haastrup Arkiv har fået et nyt bestyrelsesmedlem (Anna "
      "Haastrup, Fåborg) og en ny suppleant. Hornelands Folkemindesamlings Arkiv har afholdt sin årlige "
      "forårsudstilling med bl.a. en omfattende udstilling af den lokale kunstner Søren Lunds raderinger. "
      "Assens kommende 500 års jubilæum arbejdes der selvfølgelig på i kommunen. Glamsbjerg deltager i "
      "projektet ”Kunst ud til folket”, hvor 20 byer i landdistrikterne har haft besøg, og 3.000 børn har "
      "snakket med skulpturer og digtet fantasifulde fortællinger om historiske steder i lokalsamfundet. "
      "Se mere på https://kunstudtilfolket.com/ Fåborg Arkiv er i gang med at farvelægge fotos til brug i "
      "formidlingen, og der skrives en bog om projektet. 1. Økonomi Til efterretning. Det har knebet at få "
      "betalingen ind for kursusdeltagelse. Vi gå derfor over til at udsende fakturaer efter kursernes "
      "afholdelse. 1. Afholdte og kommende kurser Der har været stor tilfredshed med såvel kurser som "
      "lokalet.\n");
  EXPECT_EQ(numbers_of(archives), (std::vector<int>{1, 1, 1, 1}));
  expect_titles_open(archives, {"Godkendelse af referat fra sidste møde", "Siden sidst", "Økonomi",
                                "Afholdte og kommende kurser"});
  const auto hunting = parse(
      "Top Logo-hvid.jpg\n\nTranskript\n\n1 Tilstede: 20 stemmeberettigede 1. Valg af dirigent Valgt til "
      "dirigent Claus Clemmensen. Dirigenten konstaterede at generalforsamlingen er indkaldt rettidigt med "
      "dato i Jæger august 2021. Dirigenten konstaterede at dagsordenen lever op til forretningsordenen. "
      "1. Valg af stemmetællere Dirigenten besluttede at stemmetællere vil blive udpeget ved behov. 1. "
      "Formandens beretning om foreningernes virke siden sidste ordinære generalforsamling Kære medlemmer\n");
  expect_titles_open(hunting, {"Valg af dirigent", "Valg af stemmetællere",
                               "Formandens beretning om foreningernes virke siden sidste ordinære generalforsamling"});
  const auto tennis = parse(
      "Menu\n\nTranskript\n\n1 REFERAT AF HIK TENNIS’ ORDINÆRE TENNISMØDE 2024 TIRSDAG DEN 30. JANUAR 2024 "
      "KL. 19:30 Malgegårdshallen, Bregnegårdsvej 25, 2900 Hellerup 1. Valg af dirigent Tennisformand, "
      "Ulla Theil, bød velkommen til alle fremmødte. Christoffer Galbo blev valgt som dirigent, og Louise "
      "Bordoy blev valgt som referent. Christoffer Galbo konstaterede med forsamlingens opbakning, at "
      "mødet var lovligt indkaldt og beslutningsdygtigt. Han konstaterede videre, at de af kandidaterne "
      "til tennisudvalget indsendte motivationer opfyldte kravene i forretningsordenens § 9, stk. 4. 1. "
      "Tennisformandens beretning, herunder orientering om HIK og tennisafdelingens økonomi og kommende "
      "budget Tennisformanden, Ulla Theils, beretning: HIK Tennis vi har næsten 2600 medlemmer\n");
  ASSERT_FALSE(tennis.items.empty());
  EXPECT_EQ(tennis.items.front().title.rfind("Valg af dirigent", 0), 0u) << tennis.items.front().title;
}

// Among three such heads or more, a third of them at most may be a title
// alone before the next "1." (an item with nothing written under it: "1.
// Økonomi… 1. Andelsselskab…", "1. Hjemmesiden 1. Fjordens dag"); a sailing
// club's board (Egense Dybet), as its web page's restarted list prints it.
TEST(TranscriptConventionsTest, HeadsAllNumberedOneWithShortEntries) {
  const auto club = parse(
      "Referat bestyrelsesmøde tirsdag den 29-5 kl. 19.00\n\nTranskript\n\n1 Referat bestyrelsesmøde "
      "tirsdag den 29-5 kl. 19.00 Til stede Ole, Jesper, Claus, Carsten. Lidt senere Klaus. 1. "
      "Kølbåd/sejlerskole to-tre elever. Preben melder OK. 1. Klubhusudvalg problemer med rengøringen. "
      "Der er mange surfere på vandet, som også har benyttet havnens toiletrum. 1. Klaus Måhr taler med "
      "surferne om problemerne. Kunne der oprettes en udvendig bruser bag klubhuset. Der tages kontakt "
      "til Andelsselskabet. Diskussion om hvordan der skal holdes rent. Der manglede toiletpapir, etc. Der "
      "er stort svind i ølsalget. Vasken utæt. Det er den ikke mere. CC skriver ud til lejerne. 1. "
      "Økonomi… 1. Andelsselskab…Nogle af bøjerne ligger forkert også i rækkefølge. 1. Hjemmesiden 1. "
      "Fjordens dag Uforandret program. Ingen dykkere. CC sender alkoholbevilling.\n");
  EXPECT_EQ(numbers_of(club), (std::vector<int>(7, 1)));
  ASSERT_EQ(club.items.size(), 7u);
  EXPECT_EQ(club.items[3].title.rfind("Økonomi", 0), 0u) << club.items[3].title;
  EXPECT_EQ(club.items[5].title, "Hjemmesiden");
  // (Two heads, one of them short: no such list.)
  const auto two = parse(
      "Referat bestyrelsesmøde\n\nTranskript\n\n1 Til stede Ole, Jesper. 1. Økonomi… 1. Andelsselskab…Nogle "
      "af bøjerne ligger forkert også i rækkefølge.\n");
  EXPECT_NE(numbers_of(two), (std::vector<int>{1, 1}));
}

// The same list whose first entries alone lost their numbers ("1." each)
// and whose later ones kept theirs, run into a transcript's line: the
// numbers 1 before the run 5, 6, 7 are its first four heads, as many as the
// run's first number says (lines.cc ones_before_run); Hjallese's parish
// council (dev 580) as the run-on stress set prints it.
TEST(TranscriptConventionsTest, HeadsNumberedOneBeforeTheirOwnNumbers) {
  const auto parish = parse(
      "Vi opdaterer vores hjemmesidedesign\n\nTranskript\n\n1 Referat af menighedsrådsmøde onsdag den 24. "
      "november 2021 Beslutning/godkendelse/bemærkninger Dagsordenspunkt Beslutning/godkendelse/bemærkninger 1. "
      "Velkomstsang DDS 74 1. Godkendelse af dagsorden Godkendt 1. Valg af:  - formand - næstformand - "
      "kirkeværge - kasserer Til formand valgtes Kaj Oluf Jensen Til næstformand valgtes Bente Ladegaard "
      "Jakobsen. 1. Økonomi: Gennemgang af økonomien i skole-kirke-kulturprojektet. Der er brugt mindre i år "
      "end budgetteret. 5.   Lukket møde:( når aktuelt) 6.   Skrivelser og efterretningssager Tilbud fra "
      "Kirkefondet om at blive vejkirke. Ikke interessant for os for nuværende. 7.   Nyt fra "
      "forretningsudvalget - Coronapas til julegudstjenester: I forbindelse med annoncering af julens "
      "gudstjenester gøres opmærksom på krav om Corona pas. - Det besluttedes at bede om Corona pas fra kirkens "
      "ansatte.\n");
  EXPECT_EQ(numbers_of(parish), (std::vector<int>{1, 1, 1, 1, 5, 6, 7}));
  ASSERT_EQ(parish.items.size(), 7u);
  EXPECT_EQ(parish.items[0].title.rfind("Velkomstsang", 0), 0u) << parish.items[0].title;
  EXPECT_EQ(parish.items[1].title.rfind("Godkendelse af dagsorden", 0), 0u) << parish.items[1].title;
  // (Three numbers 1 before a run from 5: not its heads.)
  const auto short_count = parse(
      "Referat\n\nTranskript\n\n1 Referat af menighedsrådsmøde 1. Godkendelse af dagsorden Godkendt af "
      "alle fremmødte 1. Valg af formand Til formand valgtes Kaj Oluf Jensen 1. Økonomi: Gennemgang af "
      "økonomien i projektet. 5.   Lukket møde 6.   Skrivelser og efterretningssager Tilbud fra Kirkefondet. "
      "7.   Nyt fra forretningsudvalget Intet.\n");
  EXPECT_EQ(numbers_of(short_count), (std::vector<int>{5, 6, 7}));
}

// "N. Title: outcome" on one line, run into a transcript's page line: the
// title closes with its colon and the outcome's sentence runs on after it
// (lines.cc outcome_after_colon_title): Hammelev's parish council (353),
// Nejede-Møllehøj's waterworks (369) and Hjallese's parish council (580),
// verbatim. A title with a number before its colon stays whole.
TEST(TranscriptConventionsTest, ColonTitleWithItsOutcomeInARunOnLine) {
  const auto hammelev = parse(
      "Referat fra MR møde\n\nTranskript\n\n1 Referat fra MR møde og orienteringsmøde Tirsdag d. 11. september kl "
      "19.00 i Sognehuset Til stede: Helga Blomgren, Hans Hansen, Anne Jansson, Hans Henrik Knudsen, Rasmus "
      "Lauenstein, Thomas Lauenstein. 1. Godkendelse af dagsordenen. 2. Siden sidst: Gynther vil gerne være IT back "
      "up på aktiviteter i Sognehuset. Else Marie: finansiering af renoveringen af indkørslen. 3. Kommende "
      "arrangementer: Se årshjulet. Der mangler dog lørdags højskolen den 29./9.\n");
  const auto h = titles(hammelev);
  ASSERT_GE(h.size(), 2u);
  EXPECT_EQ(h[1], "Siden sidst");
  const auto waterworks = parse(
      "Referat\n\nTranskript\n\n1 Referat af bestyrelsesmøde 5. Godkendelse af referat Godkendt. 6. Økonomi: "
      "Regnskab pr. 21. november 2018Taget til efterretning. Restancer pr. 21. november 2018. Meget få. Taget til "
      "efterretning 7. Eventuelt Intet.\n");
  const auto w = titles(waterworks);
  EXPECT_NE(std::find(w.begin(), w.end(), "Økonomi"), w.end());
  const auto parish = parse(
      "Referat\n\nTranskript\n\n1 Referat af menighedsrådsmøde 3. Valg af formand Til formand valgtes Kaj Oluf "
      "Jensen. 4. Økonomi: Gennemgang af økonomien i skole-kirke-kulturprojektet. Der er brugt mindre i år end "
      "budgetteret. Overskuddet overgår til de frie midler. 5.   Lukket møde:( når aktuelt) 6.   Skrivelser og "
      "efterretningssager Tilbud fra Kirkefondet om at blive vejkirke.\n");
  const auto p = titles(parish);
  EXPECT_NE(std::find(p.begin(), p.end(), "Økonomi"), p.end());
  // (Not "Lokalplan 12: Boliger ved Søvej": a number in the title.)
  const auto plan = parse(
      "Referat\n\nTranskript\n\n1 Referat Byrådet 1. Godkendelse af dagsorden Godkendt. 2. Lokalplan 12: Boliger "
      "ved Søvej. Sagsfremstilling Planen giver mulighed for boliger.\n");
  const auto l = titles(plan);
  EXPECT_EQ(std::find(l.begin(), l.end(), "Lokalplan 12"), l.end());
}

// A transcript's short page that opens with its number, the page's own
// "Side N" and the page's first head ("3 Side 3 1. Godkendelse af referat
// ...", AAB's organisation board) is read as a page with a head, as it is
// without "Side N" ("3 1. ..."); the agenda's tail on the page before is no
// heads then (drop_agenda_tail_heads). Lejre's Økonomiudvalg and Region
// Midtjylland's Hjerneskadesamråd print "Side N" before their pages' heads too.
TEST(TranscriptConventionsTest, PageSideNumberBeforeTheFirstHead) {
  const auto aab = parse(
      "Referat af OB-møde\n\nTranskript\n\n1 Referat af OB-møde Mødedato: 3. september 2014 kl Afbud: Helle "
      "Jønsson Næste møde: 1. oktober 2014 Protokoller: 1. Godkendelse af referat fra sidste møde 2. "
      "Revisionsprotokollat\n\n2 Side (Lukket) 11. (Lukket) 12. Parlamentariske afdelinger 13. Pantsætning af "
      "afdelingernes ejendomme 14. Almene Boligdage 15. Personalepolitik i Boligforeningen AAB 16. Politik om "
      "god almen ledelse\n\n3 Side 3 1. Godkendelse af referat Referat fra Organisatio\n");
  EXPECT_EQ(numbers_of(aab), (std::vector<int>{1}));
  ASSERT_EQ(aab.items.size(), 1u);
  EXPECT_EQ(aab.items.front().title.rfind("Godkendelse af referat", 0), 0u) << aab.items.front().title;
}

// A title that opens with a recurring case's ordinal after the item's own
// number, "4. 3. afrapportering af servicemål ..." (Region Syddanmark's
// Sundhedsudvalg; the budget readings' forms: RunOnTitleOpeningWithAnOrdinal),
// starts a head in a run-on line too, as in the line form (items.cc
// opens_with_ordinal_case): the agenda's run goes on through it, and the
// body's first head after it is read as such.
TEST(TranscriptConventionsTest, TitleOpensWithAnOrdinalCase) {
  const auto rsd = parse(
      "Sundhedsudvalget - Referat - 29. februar 2012\n\nTranskript\n\n1 Sundhedsudvalget - Referat - 29. "
      "februar 2012 Luk alle punkter Referat 1. Ændring af lov om sygedagpenge, økonomiske konsekvenser 2. "
      "Aftale om betaling for patientbehandling mellem Region Syddanmark og Region Midtjylland 3. Status på "
      "kræftområdet – Statsrevisorernes beretning 4. 3. afrapportering af servicemål for skadebehandling 5. "
      "Orientering om håndtering af \"metal-mod-metal\" hofteproteser i Region Syddanmark 6. Orientering ang. "
      "Social- og sundhedsassistenter på Svendborg Sygehus 7. Orientering ang. oplevelse af ulige behandling på "
      "Odense Universitetshospital 8. Mødeplan 2012 9. Meddelelser 10. Eventuelt Sagsnr. 11/7995 1. Ændring af "
      "lov om sygedagpenge, økonomiske konsekvenser fold dette punkt ind Resume En ændring af lov om "
      "sygedagpenge betyder merudgifter for sundhedsområdet.\n");
  ASSERT_FALSE(rsd.items.empty());
  EXPECT_EQ(rsd.items.front().number, 1);
  EXPECT_EQ(rsd.items.front().title.rfind("Ændring af lov om sygedagpenge", 0), 0u) << rsd.items.front().title;
}

// Minutes that answer the agenda's points as "Ad. Pkt. 1.", "Ad. Pkt. 2."
// ... number the points inside an item from 1 ("Ad. Pkt. 2. Ny udmelding
// fra DGU ... 1. Fjernelse af tidsintervaller ... 2. Mulighed for at lukke
// igennem ..."): in a run-on line the bare numbers after the first such head
// are no run of heads (Kalundborg Golfklub's board; "Ad.  Pkt. 3." with a
// wider gap is the same lead).
TEST(TranscriptConventionsTest, NumberedPointsInsideAdPktHeads) {
  const auto golf = parse(
      "Referat af bestyrelsesmødet onsdag den 29.4.20 kl. 19.00 i Klubhuset.\n\nTranskript\n\n1 Afbud: Lars "
      "Sloth, Thomas Andersen Ad. Pkt. 1. Godkendelse af dagsorden Godkendt med tilføjelse af punkt vedrørende "
      "ny udmelding fra DGU. Ad. Pkt. 2. Ny udmelding fra DGU af 29. april 2020/CoVid19 1. Fjernelse af "
      "tidsintervaller for bolde – følges ikke, da vi i forvejen har 10 min. mellem boldes start. 2. Mulighed "
      "for at lukke igennem – følges og vejledning rettes til, så dette punkt udgår og vi går over til "
      "almindelige regler. Ad.  Pkt. 3. Status for økonomien 1. Medlemstal i forhold til det "
      "budgetterede/kontingenter – Mindre indtægter, men en positiv tendens i forhold til nye medlemmer. 2. "
      "Sponsorindtægter – endnu ikke et overblik over forventninger. 3. Greenfeeindtægter – mindre indtægt i "
      "april end budgetteret. Ad. Punkt 4. Opstart af klubaktiviteter m.v. 1. Klubberne i klubben 1. "
      "Dameklubben starter op med løbende start fra mandag den 4. maj. 2. Manne og Seniorklub afventer "
      "mulighed for gunstart.\n");
  EXPECT_EQ(numbers_of(golf), (std::vector<int>{1, 2, 3, 4}));
  expect_titles_open(golf, {"Godkendelse af dagsorden", "Ny udmelding fra DGU af 29. april 2020/CoVid19",
                            "Status for økonomien", "Opstart af klubaktiviteter m.v"});
}

// A head's lead word glued to its number, "Ad.1." (Søvang Allé's owners'
// board), "Pkt.3" (Hadsten Skole's board) as "Nr.143" (Fredensborg's Byråd),
// counts in a run-on line as it does in the line form.
TEST(TranscriptConventionsTest, LeadWordGluedToTheNumber) {
  const auto owners = parse(
      "Referat\n\nTranskript\n\n1 Tilstede. Marianne, Carsten, Cristina, Dina og Ulla Afbud. Lars og James. "
      "Ad.1. Aktivitetslisten. Listens arbejder, og igangværende arbejder på ejendommene blev gennemgået. Der er "
      "lavet stikkontakter på lofterne. Det er til brug ved rengøring af lofterne. Ad.2. Økonomi. Der er ca. "
      "brugt 200.000 kr. på dette års regnskab til nu, til VVS arbejde. Der er 3 måneder tilbage, så økonomien "
      "ser ok ud. Ad.3. Skift af revisor. Det undersøges stadig om vi skal skifte revisor. Vi prøver, at rette "
      "henvendelse til vores administration, for at prøve, at få renten på fælleslånet ned.\n");
  EXPECT_EQ(numbers_of(owners), (std::vector<int>{1, 2, 3}));
  expect_titles_open(owners, {"Aktivitetslisten", "Økonomi", "Skift af revisor"});
  const auto school = parse(
      "Referat\n\nTranskript\n\n1 Pkt. 1 Godkendelse af dagsorden 17.30-17.35 Beslut Godkendt Pkt. 2 "
      "Godkendelse af referat fra sidste møde 17.30-17.35 Beslut Godkendt Pkt.3 Elevrådet har ordet "
      "17.35-17.40 Orient. Intet nyt fr elevrådet, men det er dejligt at være hjemme igen. Pkt. 4 Bestyrelsens "
      "ønsker til budget 17.40-18.00 Drøftelse og beslutning Drøftelser: Toiletter Udearealer Reduktioner "
      "uhensigtsmæssige jf. Corona\n");
  EXPECT_EQ(numbers_of(school), (std::vector<int>{1, 2, 3, 4}));
}

// An agenda viewer's fold buttons that a transcript ran into the text
// between a head's title and its sections ("1. Rundvisning fold dette punkt
// ind Resume ...", Region Syddanmark's committees) go from a run-on line, so
// the body's heads repeat the agenda's titles and the agenda's run is read
// as the agenda, not as heads.
TEST(TranscriptConventionsTest, FoldButtonsInRunOnLine) {
  const auto rsd = parse(
      "Socialudvalget - referat 10-02-2011\n\nTranskript\n\n1 Socialudvalget - referat 10-02-2011 "
      "Luk alle punkter Referat 1. Rundvisning 2. Orientering 3. Status på arbejdet med at udforme ny "
      "strategi for socialområdet for 2011 til 2013 samt status på dialogmøder med kommunerne 4. "
      "Rapportering af utilsigtede hændelser på det sociale område 5. Undersøgelse af tilfredsheden hos "
      "unge og forældre på de sikrede og åbne institutioner 6. Status på lovforslag om ændring af "
      "rammeaftalerne på det sociale område 7. Studietur til Stockholm for socialudvalget fra den 4. til "
      "den 8. september 2011 8. Orientering om lukning af to åbne afdelinger på Egely 9. Mødekalender 2011 "
      "10. Eventuelt Sagsnr. 11/171 1. Rundvisning fold dette punkt ind Resume Rundvisning og herefter "
      "orientering omkring fusionen mellem Flydedokken og Misbrugscenter Sønderjylland og den fremadrettede "
      "strategi v/ Forstander Ole Nielsen. fold dette punkt ind Sagsfremstilling fold dette punkt ind "
      "Indstilling fold dette punkt ind Beslutning i Socialudvalget den 10-02-2011 Der blev givet en "
      "orientering. Sagsnr. 11/171 2. Orientering fold dette punkt ind Resume fold dette punkt ind "
      "Sagsfremstilling Orientering fold dette punkt ind Indstilling Til orientering fold dette punkt ind "
      "Beslutning i Socialudvalget den 10-02-2011 Orientering om status for Tof"
      "\n");
  EXPECT_EQ(numbers_of(rsd), (std::vector<int>{1, 2}));
  expect_titles_open(rsd, {"Rundvisning", "Orientering"});
}

// Informal minutes write an item's outcome in the first person ("Vi
// diskuterede ...", "Vi ønsker ikke ...", "Vi må afvente ..."), on the line
// under the head in the line form; a transcript runs it on after the title,
// which ends before the pronoun: SOSUM's board, LAP's refugiegruppe, a
// waterworks' board (Nejede Møllehøj).
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, TitleEndsBeforeAPronounSubject) {
  const auto sosum = parse(
      "Referat af bestyrelsesmøde onsdag d. 7. November 2012 kl. 19.30 i A-huset. Tilstede: Lars, Nina, "
      "Henrik, Jacob, Lise, Svend, Carsten, Lotte Afbud: Referent: Lars\n\nTranskript\n\n1 5. Julebanko "
      "Onsdag 28 Nov. Vi mødes kl 18.30. Lise køber præmier, Lars læser op, Nina bager småkager. 6. Ny "
      "Lokalplan og videre proces Vi diskuterede det videre forløb. 7. Eventuelt intet |\n");
  EXPECT_EQ(numbers_of(sosum), (std::vector<int>{5, 6, 7}));
  ASSERT_EQ(sosum.items.size(), 3u);
  EXPECT_EQ(sosum.items[0].title, "Julebanko Onsdag 28 Nov.");
  EXPECT_EQ(sosum.items[1].title, "Ny Lokalplan og videre proces");
  const auto refuge = parse(
      "Referat af møde i Refugie-gruppen, 14. april 2008\n\nTranskript\n\n1 Vi flytter arrangementet til "
      "den 10. juni kl. 11 til 14 på Psyk Info. Vi stræber efter at få indbydelser af sted i uge 17. 5.    "
      "Workshop på på LAP’s landsmøde Vi ønsker ikke at holde workshop på landsmødet i år. 6.    Bidrag "
      "til landsledelsens årsberetning Paul og Karl udarbejder en kort beretning\n");
  ASSERT_FALSE(refuge.items.empty());
  EXPECT_EQ(refuge.items.front().title, "Workshop på på LAP’s landsmøde");
  const auto water = parse(
      "Nejede – Møllehøj Vandværk: Referat fra bestyrelsesmøde 22.11.2018\n\nTranskript\n\n1 6. Økonomi: "
      "Regnskab pr. 21. november 2018Taget til efterretning. Restancer pr. 21. november 2018. Meget få. "
      "Taget til efterretning 7. Hvem skal være vores fremtidige vand leverandør? Vi må afvente og se "
      "hvordan Meløse får løst deressamarbejde med Hillerød Kommune. 8. Orientering om FVH møde den 26. "
      "september 2018. PS orienterede om mødet vedr. LER(ledningsregistret).\n");
  ASSERT_EQ(water.items.size(), 3u);
  EXPECT_EQ(water.items[1].title, "Hvem skal være vores fremtidige vand leverandør?");
}

// Danish opens a sentence with the expletive "Der" / "Det" and a finite
// verb ("Der havde været ...", "Der besluttes ...", "Der arbejdes videre
// ..."), on the line under the head in the line form; a transcript runs it
// on after the title, which ends before it: Hørsholm's Seniorråd, Samsø's
// golf club, Middelfart's Ældreråd. "Det Grønne Råd" (no verb after it)
// stays a title's words.
// The excerpts are stretches of dev web cases' lines run together as a
// transcript prints them, one per body, shortened (Middelfart's "5.1" head
// written "5.").
TEST(TranscriptConventionsTest, TitleEndsBeforeAnExpletiveSentence) {
  const auto senior = parse(
      "Referat af møde i Seniorrådet\n\nTranskript\n\n1 8. Nyt fra institutioner, hjemmeplejen, plejecentre "
      "og B&P. Der havde været fremsat klager fra et af kommunens plejehjem og Seniorrådet var tilfreds med "
      "kommunens orientering. 9. Info fra arbejdsgrupper Ingen info\n");
  ASSERT_FALSE(senior.items.empty());
  EXPECT_EQ(senior.items.front().title.find("Der havde"), std::string::npos);
  const auto golf = parse(
      "Referat af bestyrelsesmøde\n\nTranskript\n\n1 2. Godkendelse af dagsorden Godkendt. 3. Udmelding fra "
      "DGU jfr. Mail af 7. Maj Der besluttes følgende ændringer i forhold til de nu gældende: Vandpost på "
      "banen åbnes. 4. Det Grønne Råd er nedsat\n");
  ASSERT_EQ(golf.items.size(), 3u);
  EXPECT_EQ(golf.items[1].title, "Udmelding fra DGU jfr. Mail af 7. Maj");
  EXPECT_EQ(golf.items[2].title.rfind("Det Grønne Råd", 0), 0u);
  const auto elderly = parse(
      "Referat af møde i Ældrerådet\n\nTranskript\n\n1 4. Igangværende sager 5. Ældremesse Der arbejdes "
      "videre med Ældremesse 8. september 2015 i Lillebæltshallerne. 6. Eventuelt\n");
  ASSERT_EQ(elderly.items.size(), 3u);
  EXPECT_EQ(elderly.items[1].title, "Ældremesse");
}

// An election's head ("Valg af formand") has its outcome, the person
// elected and "blev valgt" / "vælges", on the line under it in the line
// form; a transcript runs it on after the title, which ends before the
// name: Ærø's Grønt Råd, LAP's landsledelse, Karrebæksminde Museum's
// board, Alzheimerforeningen's local association (Copenhagen).
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, TitleEndsBeforeTheNameElected) {
  const auto green = parse(
      "Fremmødte: Knud Nielsen, Lars Ole Gjesing, Søren Langkjær, Christina Sommer, Carsten Schütter, "
      "Kaj Jørgensen, Eigil Jensen, Christen Albert Christensen, Thomas Albertsen, Erik Teglbjærg, "
      "Nils Ørum-Nielsen, Jan Clausen, Kim Bang, Peter Nordquist, Palle Kefer, Susanne C. Frederiksen, "
      "Kurt Nørmark, Kirsten Johansen.\n\nTranskript\n\n1 2.Valg af formand Knud Nielsen blev genvalgt. "
      "3.Godkendelse af referat fra sidste møde Godkendt. 4.Godkendelse af dagsorden Godkendt. "
      "5.Præsentation af Ærø Biavlerforening v/Erik Teglbjærg Erik præsenterede Ærø Biavlerforening. Han "
      "er formand i foreningen som pt. har 12 aktive medlemmer. Foreningen er medlem af Dansk "
      "biavlerforening.\n");
  ASSERT_FALSE(green.items.empty());
  EXPECT_EQ(green.items.front().title, "Valg af formand");
  const auto lap = parse(
      "Referat af LL-møde 03.05.2024\n\nTranskript\n\n1 Referat: 1. Valg af ordstyrer og referent Hanne W "
      "vælges som dirigent. Lene som referent 2. Personlig runde (15 minutter i alt) Refereres ikke 3. "
      "Godkendelse af dagsorden Intern kritisk revisor sættes på som punkt 7 Med denne ændring er "
      "dagsorden godkendt. 4. Godkendelse af referat 13.04 2024 (bilag 4)\n");
  ASSERT_FALSE(lap.items.empty());
  EXPECT_EQ(lap.items.front().title, "Valg af ordstyrer og referent");
  const auto museum = parse(
      "Retur\n\nTranskript\n\n1 1.     Godkendelse af referat fra møde 24. april 2019 Godkendt. 2.     "
      "Konstituering 2.1      Valg af næstformand Peter Christiansen blev valgt som ny næstformand. "
      "2.2      Valg af sekretær Som sekretær genvalgtes Palle Birk.\n");
  // (The election is the decimal sub-item 2.1 of "Konstituering", whose
  // title ends before it: DecimalSubItemsEndTheHeadsTitle.)
  EXPECT_EQ(titles(museum), (std::vector<std::string>{"Godkendelse af referat fra møde 24. april 2019", "Konstituering"}));
  for (const auto& it : museum.items) EXPECT_EQ(it.title.find("Peter"), std::string::npos) << it.title;
  const auto alzheimer = parse(
      "Menu\n\nTranskript\n\n1 Menu Referat af Generalforsamling 2021 Generelforsamling for "
      "Alzheimerforeningens lokalforening for København, Frederiksberg og omegnskommunerne. Dato: 6 "
      "oktober 2021 1. Valg af dirigent og referent Henrik Bonné blev valgt til dirigent, og Hakon "
      "Mosbech blev valgt til referent. Dirigenten konstaterede, at generalforsamlingen ikke var "
      "indkaldt med det vedtægtsmæssigt foreskrevne varsel på tre uger, men derimod en dag for sent. "
      "På baggrund af det talstærke fremmøde anså dirigenten fejlen ved indkaldelsen som værende "
      "ubetydelig. Da fejlen således ikke kunne antages at have påvirket mødedeltagelsen, anså "
      "dirigenten generalforsamlingen som værende lovlig og beslutningsdygtig. Der var fra "
      "forsamlingen ingen bemærkninger hertil. 2. Formandens beretning om lokalforeningens virke i det "
      "(de) forløbne år. Formanden Laust Sørensen fremlagde den følgende beretning.\n");
  ASSERT_FALSE(alzheimer.items.empty());
  EXPECT_EQ(alzheimer.items.front().title, "Valg af dirigent og referent");
}

// An election of officers alone ("Valg af ordstyrer", "Valg af referent")
// is the head's whole title, the name elected on the line under it in the
// line form; a transcript runs the name on after the title, which ends
// after its last office: Krop og Sind's board (Favrskov), SOSUM's board,
// Folkenetværket's board, Hjelm's allotment association.
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, ElectionTitleEndsAfterItsOffices) {
  const auto krop = parse(
      "KROP & SIND\n\nTranskript\n\n1 1. Valg af ordstyrer Anna 2. Valg af referent Lise 3. Godkendelse af "
      "dagsorden Godkendt 4. Referat fra generalforsamlingen og fra bestyrelsesmødet d.13. juni Begge "
      "referater godkendes 5. Økonomi orientering (Jette) Jettes fravær fremlægger Allan "
      "saldobeholdningen 6. Skridttællerkampagne (Lise) Lige nu ved Lise ikke hvor mange vi er med i "
      "kampagnen, den slutter d.29. september.\n");
  ASSERT_GE(krop.items.size(), 2u);
  EXPECT_EQ(krop.items[0].title, "Valg af ordstyrer");
  EXPECT_EQ(krop.items[1].title, "Valg af referent");
  const auto sosum = parse(
      "Referat af bestyrelsesmøde onsdag d. 7. November 2012 kl. 19.30 i A-huset. Tilstede: Lars, "
      "Nina, Henrik, Jacob, Lise, Svend, Carsten, Lotte Afbud: Referent: Lars\n\nTranskript\n\n1 Referent: "
      "Lars 1. Valg af referent Lars 2. Godkendelse af dagsorden Godkendt 3. Godkendelse af referat "
      "Udskudt. 4. Fællesspisning fredag 9 Nov. Vi mødes til borddækning kl 17.00. Jacob skaffer "
      "projektor, Lotte bager kage, Nina køber ind og laver mad (husk vand øl til julebanko også). 5. "
      "Julebanko Onsdag 28 Nov. Vi mødes kl 18.30. Lise køber præmier, Lars læser op, Nina bager "
      "småkager.\n");
  ASSERT_FALSE(sosum.items.empty());
  EXPECT_EQ(sosum.items.front().title, "Valg af referent");
  const auto network = parse(
      "Bestyrelsesmøde 15.04.2023\n\nTranskript\n\n1 ad 1. Valg af ordstyrer Lone Ad 2. Indkommet post • • "
      "Mandag den 29.05.23 – Foreningsdag på Høgevej 5, hvor områdets foreninger præsenterer "
      "aktiviteter for områdets indbyggere. Folkenetværket vil selvfølgelig være til stede. • • DGI "
      "tilbyder information for foreninger, der vil inddrage demente i gå-ture. Foreslås vores "
      "onsdags-gå-hold.\n");
  ASSERT_FALSE(network.items.empty());
  EXPECT_EQ(network.items.front().title, "Valg af ordstyrer");
  const auto allotments = parse(
      "Generalforsamling / Generalforsamling 2022\n\nTranskript\n\n1 1. Valg af dirigent Henning Jensen "
      "have 58 2. Valg af referent og stemmetællere ref. Lene have 47 Stemmetællere Ove have 30 og "
      "Elke have 50 Dagsordenen blev godkendt 3. Formandens beretning.\n");
  ASSERT_FALSE(allotments.items.empty());
  EXPECT_EQ(allotments.items.front().title, "Valg af dirigent");
}

// A head whose text is a bulleted list has the bullets on lines of their
// own in the line form; a transcript runs the first bullet on after the
// title, which ends before it: a patients' association's board
// (Huntington), Elstrup's village guild, Brøndby Vester's parish council.
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, TitleEndsBeforeABullet) {
  const auto patients = parse(
      "Mødet 2019-02-01\n\nTranskript\n\n1 5. Kommende arrangementer • Deltagelse HD-møde i Amsterdam "
      "lufthavn d. 15. feb.? Hvem kan? • Bakken Bears 10. feb. VIP kamp i Aarhus Charlotte O., Anette og "
      "Anny deltager. • Generalforsamling LHS d. 6/4-2019 DGI-Kbh. Invitation og dagsorden skal i det "
      "kommende blad. • Ægtefælledag d. 25/5-2019 DGI byen Kbh. (Laila og Karen) Karen har bestilt dette. "
      "Invitationen er lavet og kommer i det kommende blad. • Djurs Sommerland (Brian og Betina) • "
      "Forældredag 26/10-2019 i Hornstrup (Laila og Karen) • Demensdage d. 23.-24. maj i Kbh. – "
      "deltagelse? • Nordisk konference? • EHA – Bukarest 4.-6. oktober 2019 • Temadag for "
      "demenskonsulenter Tangkær eller Herning 2019? Anni og Anette arbejder videre herpå. • Weekend for "
      "yngre d. 1/3-2019 Kobæk Strand (Lene og Lene) – Forskningsdag 2020 eller 2021? Når der er noget "
      "nyt, skrives der i bladet og på hjemmesiden. 6. Igangværende sager og drift • VISO – hvem skriver "
      "brev færdigt • Ungegruppen? nyt? hvad gør vi? • Ny ansøgning om forskningsstøtte fra RH • "
      "Psykologhjælp\n");
  ASSERT_EQ(patients.items.size(), 2u);
  EXPECT_EQ(patients.items[0].title, "Kommende arrangementer");
  EXPECT_EQ(patients.items[1].title, "Igangværende sager og drift");
  const auto guild = parse(
      "Spring til indhold\n\nTranskript\n\n1 3. Opfølgning på gamle sager: • Udviklingsplan (pkt. 8 på "
      "rulleplan)- Claus har afholdt det første møde i udviklingsgruppen – Landdistriktskoordinator Sille "
      "Marcussen Dall deltog. • Gretel laver en aftale med Ejlif Steen Petrat-Laursen fra Teknik og miljø "
      "(veje & trafik) mht. pladsering af skilte, bænk (pkt. 7 på rulleplan) og gadespejle. Der søges "
      "midler til bænke via puljen når godkendelse af pladsering foreligger. • Gretel deltager i "
      "Landsbyforums møde d. 12. november 2009 istedet for Annelene. 4. Nye sager: • Juletræsfest i "
      "Elstrupskov den 13. december 2009 / juletræ i Elstrup – Torben Kock sponsorerer  juletræer og "
      "landsbylauget køber lyskæder. 5. Evt. : • Generalforsamlingen er fastsat til den 21. februar 2010 • "
      "Logokonkurrence – vinder kåres. 6. Ny mødedato: 19. januar 2010 kl. 19.00 – 21.00\n");
  EXPECT_EQ(numbers_of(guild), (std::vector<int>{3, 4, 5, 6}));
  ASSERT_EQ(guild.items.size(), 4u);
  EXPECT_EQ(guild.items[0].title, "Opfølgning på gamle sager");
  EXPECT_EQ(guild.items[1].title, "Nye sager");
  const auto parish = parse(
      "Referat fra menighedsrådsmødet 27. marts 2019\n\nTranskript\n\n1 1. Klage fra borger ifm. "
      "bisættelse (Kurt Damsted) Menighedsrådet besvarer klagen. 1. Økonomi • Kvartalsrapport "
      "Kvartalsrapporten blev gennemgået og godkendt. • Årsregnskab 2018 Årsregnskabet blev gennemgået og "
      "godkendt. Afleveret på økonomiportalen kl. 20.08 med cvr-nummer 65101513. Der var enighed om at "
      "anmode PU om at videreføre anlægsaktiver på kr. 75.883,00 iht. anlægsskema for 2018. Opdatering af "
      "regnskabsinstruks i 2019. • Input til budget 2020 (deadline for aflevering mv.) Ønsker til "
      "budgettet 2020 blev efterlyst. Afleveres senest 15. april. 1. 1. Udvalgene • Spørgsmål til/fra "
      "udvalgene Opgaverne i Redaktionsudvalget er fordelt. Deadline til næste Kirkeliv er 12. juni. "
      "Ønsker om alternativ distribution.\n");
  const auto parish_titles = titles(parish);
  EXPECT_NE(std::find(parish_titles.begin(), parish_titles.end(), "Økonomi"), parish_titles.end());
}

// An agenda system's header form (First Agenda: "UDVALG ... MØDE ... STED
// ... STARTTIDSPUNKT ... SLUTTIDSPUNKT ... PUNKTER") prints its labels in
// capitals without colons; a transcript runs the form into one line, and
// the time labels are cut off before their values as the line form has
// them on lines of their own, so the meeting's date and start come from
// them, not from a date in an agenda entry: Holbæk's Handicapråd and
// Folkeoplysningsudvalg, Varde's Byråd.
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, AgendaFormTimeLabelsInCapitals) {
  struct Case {
    std::string text, date, start;
  };
  const std::vector<Case> cases = {
      {"UDVALG\n\nTranskript\n\n1 UDVALG Handicaprådet MØDE Referat STED Elmelunden, Lunderosevej 5, 4450 "
       "Jyderup STARTTIDSPUNKT 03-11-2015 16:30:00 SLUTTIDSPUNKT 03-11-2015 19:00:00 PUNKTER 1. Orientering "
       "og rundvisning Elmelunden 2. Godkendelse af dagsorden og referat 3. Budgetreduktion kollektiv "
       "trafik\n",
       "2015-11-03", "16:30"},
      {"UDVALG\n\nTranskript\n\n1 UDVALG Folkeoplysningsudvalget MØDE Referat STED Mødelokale/projektrum "
       "18, Rådhuspladsen 1, 1. tv., STARTTIDSPUNKT 17-09-2018 17:15:00 SLUTTIDSPUNKT 17-09-2018 19:45:00 "
       "PUNKTER 1. Godkendelse af dagsorden til møde i Folkeoplysningsudvalget, onsdag, den 5. september "
       "2018 2. Godkendelse af referat fra møde i Folkeoplysningsudvalget, den 20.06.2018\n",
       "2018-09-17", "17:15"},
      {"UDVALG\n\nTranskript\n\n1 UDVALG Byrådet MØDE Referat STED Mødesalen - Filsø, Bytoften "
       "STARTTIDSPUNKT 03-09-2019 18:00:00 SLUTTIDSPUNKT 03-09-2019 20:20:00 PUNKTER 446. Godkendelse af "
       "dagsorden 447. Whistleblowerordning 448. Budgetopfølgning 2. kvartal 2019 - Samlet oversigt for "
       "Varde Kommune\n",
       "2019-09-03", "18:00"},
  };
  for (const auto& c : cases) {
    const auto m = parse(c.text);
    EXPECT_EQ(m.date.value_or(""), c.date) << c.text.substr(0, 60);
    EXPECT_EQ(m.start_time.value_or(""), c.start) << c.text.substr(0, 60);
  }
}

// An agenda system's page lists the agenda (its items numbered through the
// year) and then the items with their text, each head repeating its
// agenda's number; a transcript runs both into a line, and the body's
// heads, numbered again from the agenda's first number as from 1, are a run
// of their own, the agenda before them a listing (as the line form reads
// the two): Varde's Udvalget for Økonomi og Erhverv, Holbæk's Læring og
// Trivsel (and Allerød's committee, numbered from 1, in the same system).
// Each excerpt is the transcript's first page.
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, BodyHeadsRepeatTheAgendasNumbers) {
  const auto varde = parse(
      "UDVALG\n\nTranskript\n\n1 UDVALG Udvalget for Økonomi og Erhverv MØDE Referat STED Mødelokale 3, "
      "Bytoften STARTTIDSPUNKT 23-05-2018 12:30:00 SLUTTIDSPUNKT 23-05-2018 15:55:00 PUNKTER 145. "
      "Godkendelse af dagsorden 146. Oplæg vedrørende turismeindsats 147. Budgetopfølgning 1. kvartal 2018 "
      "for Udvalget for Økonomi og Erhverv 148. Budgetopfølgning pr. 1. kvartal 2018 - samlet oversigt "
      "149. Forslag til budget 2019-2022 for Udvalget for Økonomi og Erhverv 150. Status - Implementering "
      "af persondataforordningen 151. Vestbanen A/S - Generalforsamling og årsrapport 152. Retningslinjer "
      "for reklamer, sponsorstøtte og donationer 153. Indførelse af tidsbestilling i de decentrale "
      "borgerservicefunktioner i forbindelse med udvidelse af opgaveporteføljen 154. Ansøgning om "
      "kommunegaranti Skovlund-Ansager Hallen 155. Mødeplan for 2019 i Udvalget Udvalget for Økonomi og "
      "Erhverv 156. Ansøgning om sponsoraftale til 7-kantens sommerspil 2018 157. Fælles Ejendomscenter "
      "158. Pølsebod på Varde Torv 159. Stop for yderligere planlægning for vindmøller på land 160. "
      "Forslag. Kommuneplantillæg for skole- og fritidsområde i Varde 161. Forslag. Lokalplan for ny skole "
      "ved Ortenvej, Varde 162. Hovedbyer på forkant - Fra byrum til naturrum 163. Udvidelse af friarealet "
      "ved Værkstedssmøgen, Varde 164. Nyt reglement for Varde Bibliotek 165. Etablering af fælles "
      "institution for den forberedende grunduddannelse (FGU) i Varde, Esbjerg og Fanø kommuner 166. "
      "Skoler og dagtilbud for alle: Justering af krav til nedlukning af overbygningsklasser 167. Gensidig "
      "orientering 168. Køb af ejendom 169. Ansøgning om tilskud til jubilæumsturnering - Varde Goldklub "
      "170. Salg af ejendom i Varde - Lukket punkt 171. Salg af grund i Horne - Lukket punkt 172. Salg af "
      "grund i Sig - Lukket punkt 145. Godkendelse af dagsorden Godkendelse af dagsorden Beslutning "
      "Udvalget for Økonomi og Erhverv den 23-05-2018 Godkendt. 146. Oplæg vedrørende turismeindsats Oplæg "
      "vedrørende turismeindsats Sagsfrems\n");
  EXPECT_EQ(numbers_of(varde), (std::vector<int>{145, 146}));
  EXPECT_EQ(titles(varde), (std::vector<std::string>{"Godkendelse af dagsorden", "Oplæg vedrørende turismeindsats"}));
  const auto holbaek = parse(
      "UDVALG\n\nTranskript\n\n1 UDVALG Udvalget \"Læring og Trivsel for Børn og Unge\" MØDE Referat STED "
      "lokale 1.A, Kanalstræde 2 STARTTIDSPUNKT 24-06-2014 10:00:00 SLUTTIDSPUNKT 24-06-2014 18:00:00 "
      "PUNKTER 49. Godkendelse af dagsorden til den 26.06.2014 50. Beslutning om strategi for det "
      "specialiserede børne- og ungeområde 51. Beslutning om vilkår for frokostmåltid i dagtilbud 52. "
      "Drøftelse af kerneopgaver 53. Orientering om status på udviklingsplanen for børne- og ungepoltikken "
      "54. Orientering om status på lærerarbejdspladser på skolerne 55. Orientering om Borgerrådgiverens "
      "beretning 2013 56. Orientering om opfølgning på budgetaftalen for i år 57. Orientering til mødet "
      "den 26.06.2014 58. Eventuelt til mødet den 26.06.2014 49. Godkendelse af dagsorden til den "
      "26.06.2014 Sagsgang og sagstype Udvalget for Børn Beslutningssag Indstilling Direktør René Junker "
      "indstiller, at: 1. dagsorden til mødet den 26. juni 2014 bliver godkendt. Alternativ indstilling "
      "Beskrivelse af sagen Beskrivelse af alternativ indstilling Økonomiske konsekvenser Øvrige "
      "konsekvenser Høring Lovgrundlag – link Sagshistorik, henvisninger Beslutning i Udvalget for Børn "
      "den 24-06-2014 Godkendt. Referat Sagsfremstilling 50. Beslutning om strategi for det specialiserede "
      "børne- og ungeområde Sagsgang og sagstype Udvalget for Børn Beslutningssag Indstilling Direktør "
      "René Junker indstiller, at udvalget: 1. beslutter strategien for det specialiserede børne- og "
      "ungeområde Alternativ indstilling Beskrivelse af sagen Byrådet vedtog i 2012 en børne- og "
      "ungepolitik, som fastlægger de politiske mål for kommunens børne- og ungeområde. Som et led i "
      "udmøntningen af Børn- og ungepolitikken er der nu udarbejdet en strategi for specialiserede børne- "
      "og ungeområde, der med afsæt i de politiske mål sætter retning for de kommende års indsatser på det "
      "specialiserede børne- og ung\n");
  ASSERT_GE(holbaek.items.size(), 2u);
  EXPECT_EQ(holbaek.items[0].number.value_or(0), 49);
  EXPECT_EQ(holbaek.items[1].number.value_or(0), 50);
  EXPECT_EQ(holbaek.items[0].title.rfind("Godkendelse af dagsorden til den 26.06.2014", 0), 0u);
  for (const auto& item : holbaek.items) EXPECT_LE(item.number.value_or(0), 51) << item.title;
}

// An agenda's run and then the body's first head alone in the line, which
// repeats the agenda's first entry (its number and its title): the
// transcript stops after it (docplayer's first pages) or the next head is
// on the next page. The head is an item and the agenda a listing, as the
// line form reads them: Albertslund's Miljø- og Byudvalg, Region
// Midtjylland's HMU for social affairs, Region Syddanmark's
// Psykiatriudvalg. Each excerpt is the transcript's first page.
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, BodysFirstHeadRepeatsTheAgendasFirstEntry) {
  const auto town = parse(
      "Dagsordener og referater\n\nTranskript\n\n1 Dagsordener og referater Du kan læse dagsordener og "
      "referater fra kommunalbestyrelsens og udvalgenes møder ved at følge linket. Læs dagsordener og "
      "referater til og med den 10. februar 2016 Dagsordener og referater fra efter den 10. februar 2016 "
      "Printvenlig version Forside: Udvalg: Miljø- og Byudvalg Dato: Tirsdag den 15. september 2020 Tid: "
      "Kl. 17:30 Sted: lokale 1 forhallen Indkaldelse : • Formand Vivi Nør Jacobsen (F) • Jørn Jensby (A) "
      "• Dogan Polat (A) • Qasir Mirza (A) • Lars Gravgaard Hansen (C) • Allan Høyer (O) • Fedai Celim (Ø) "
      "Indholdsfortegnelse 1. Tema - Besøg fra Vestforbrændingen 2. MBU/ØU/KB - Navneskift for Agenda "
      "Center Albertslund (høring) 3. MBU/ØU/KB - Masterplan og miljøvurdering for COOPbyen (høring) 4. "
      "MBU/ØU/KB - Endelig vedtagelse af Lokalplan 3.14 og Kommuneplantillæg 13 - Boliger på Lyngmosevej "
      "16-18 5. MBU/ØU/KB - Igangsættelse af udarbejdelse af strategi for byudvikling af Hersted "
      "Industripark fase 1, etape 1 (bevilling) 6. MBU/ØU/KB - Nye busser i drift fra 2021 (bevilling) 7. "
      "MBU/ØU/KB - Trafikbestilling 2021 8. MBU/ØU/KB - Lukning af gårdrum på Sydstien 9. MBU/ØU/KB - "
      "Fælleskommunale VIP projekter på klimaområdet 10. MBU/ØU/KB - Silent City-partnerskab 2021-2022 11. "
      "MBU/ØU/KB - Godkendelse af stadepladsregulativ (efter høring) 12. MBU/ØU/KB - Gadekær - brugsaftale "
      "og lånebetingelser - Herstedøster Grundejerforening 13. MBU/ØU/KB - Budget og takster indenfor "
      "varmeforsyningens området til budget 2021 14. MBU/ØU/KB - Budget og takster indenfor "
      "renovationsområdet til budget 2021 15. MBU/BSU/ØU/KB - Analyse og plan for kapaciteten på "
      "dagtilbudsområdet 16. Alle fagudvalg/ØU/KB - Politisk mødekalender 2021 17. MBU - Orientering fra "
      "formanden 18. MBU - Orientering fra By, Kultur, Miljø & Beskæftigelse 19. MBU - Eventuelt 20. "
      "Underskriftsblad 1. Tema - Besøg fra Vestforbrændingen Anledning Besøg fra Vestforbrændingen. "
      "Sagsfremstilli\n");
  EXPECT_EQ(numbers_of(town), (std::vector<int>{1}));
  expect_titles_open(town, {"Tema - Besøg fra Vestforbrændingen"});
  const auto hmu = parse(
      "Dagsordener og referater fra HMU på Socialområdet\n\nTranskript\n\n1 Dagsordener og referater fra "
      "HMU på Socialområdet - Udvalg: HMU Socialområdet - Mødedato: 28. februar, 2025 kl. 09:30 - "
      "Mødested: Tingvej 11, 2. sal tv., 8800 Viborg, frokoststuen Pkt. tekst - 1. Velkomst og kort "
      "præsentation af programmet (kl. 12.00-12.05) - 2. Tjek-ind ved bordene (kl. 12.05-12.15) - 3. "
      "Godkendelse af dagsordenen og referatet fra seneste møde (kl. 12.15-12.20) - 4. Orientering fra "
      "formødet for medarbejderside (kl. 12.20-12.25) - 5. Præsentation af Socialstaben (kl. 12.25-13.05) "
      "- 6. Status på Sundhedsreformen, inkl. orienteringer om ’Sammen om handicap’ og Lovforslag om "
      "ændring af lov om socialtilsyn (kl. 13.05-13.15) - 7. Status på arbejdsmiljø- og sikkerhedsarbejdet "
      "- inkl. ulykkesdata, politianmeldelser og AT-reaktioner 2024 (kl. 13.15-13.45) - 8. Evaluering af "
      "ambitioner og samarbejdskultur i HMU 2023-2025, inkl. anbefalinger og gode råd til det nye HMU (kl. "
      "13.55-14.30) - 9. Orientering om Socialområdets regnskabsresultat for 2024 (kl. 14.30-14.40) - 10. "
      "Status på Sensum One projektet (kl. 14.40-14.50) - 11. Kommunikation fra mødet (kl. 14.50-14.55) - "
      "12. Gensidige orienteringer og eventuelt (kl. 14.55-15.00) - 13. Evaluering af mødet (kl. "
      "15.00-15.05) 1. Velkomst og kort præsentation af programmet (kl. 12.00-12.05) Sagsfremstilling "
      "HMU-formandskabet ved socialdirektør Ann-Britt Wetche byder velkommen og gennemgår kort programmet "
      "for mødet. Praktiske oplysninger Det er muligt at parkere gratis i parkeringskælderen eller ved "
      "Fotorama på den anden side af Tingvej. Vi sidder i mindre grupper. Gruppeinddelingen ses ved "
      "bordene. Frokost Der er frokost kl. 11.30-12.00. Afbud - Tine Beck Jensen - Jan Kolding - Morten "
      "Nedergaard Goeg - Tommy Skaalum - Lotte Koldtoft - Britt Bjerre Christiansen (suppleant Lærke Brahe "
      "deltager i stedet) Beslutning Socialdirektør og formand for HMU, Ann-Britt Wetche, bød kort "
      "velkommen og præsenterede programmet. Der var afbud fra: - Tine Beck Jensen - Jan Kolding - Morten "
      "Goeg - Tommy Sk\n");
  ASSERT_EQ(hmu.items.size(), 1u);
  EXPECT_EQ(hmu.items[0].title.rfind("Velkomst og kort præsentation af programmet", 0), 0u) << hmu.items[0].title;
  const auto region = parse(
      "Gå til indhold\n\nTranskript\n\n1 Gå til indhold Forsiden | Kontakt | Ledige job | For ansatte | "
      "Presse og nyheder | Web-TV | Besuchen Sie unsere deutsche Website Visit our English website | "
      "Region Syddanmark logo, link til forsiden Psykiatriudvalget - Referat - 15. maj 2012 Mødedato "
      "15-05-2012 kl. 14:00 - 18:00 Mødested Psykiatriadministrationen, Middelfart Deltagere • Freddie H. "
      "Madsen (O) • Bente Gertz (A) • Pia Tørving (A) • Claus Warming (V) • Jens Møller (V) • Bent "
      "Bechmann (C) • Ida Damborg (F) • Afbud • Claus Warming (V) • Luk alle punkter Referat 1. Status på "
      "arbejdet med sundhedsaftalerne 2011-2014 2. Politiske opfølgningsmøder på sundhedsaftalerne 3. "
      "Lokalpsykiatrien og samarbejdet med almen praksis og kommunerne 4. Shared care - samarbejde mellem "
      "psykiatrien og almen praksis 5. Udkast til praksisplan for psykiatrien 6. Orienteringspunkter 7. Ny "
      "dagsorden for psykiatriområdet 8. Sammenhæng i behandlingen af mennesker med psykisk sygdom 9. "
      "Orientering om behandling af PTSD 10. Status efter knivoverfaldet i Odense den 16. marts 2012 11. "
      "Status på arbejdet med lighed i sundhed for mennesker med en sindslidelse 12. Satspuljeansøgning - "
      "Styrkelse af behandlingen af bulimikere i Region Syddanmark 13. Nyt adgangskontrolanlæg i "
      "psykiatrien i Odense 14. Regulering af anlægsbudgetter i psykiatrien 15. Arbejdsmarkedsindsats i "
      "2012 16. Selvmordsforebyggelse i Psykiatrien i Region Syddanmark 17. Oversigt over Arbejdstilsynets "
      "anmeldte og uanmeldte besøg i psykiatrien i 2011 og 2012 18. LUKKET punkt - Indgåelse af lejemål "
      "til psykiatrien i Vejle 19. Mødekalender 2012 20. Eventuelt Sagsnr. 12/2089 1. Status på arbejdet "
      "med sundhedsaftalerne 2011-2014 fold dette punkt ind Resume På baggrund af tilbagemeldinger fra de "
      "lokale samordningsfora i både somatikken og psykiatrien, kan det konkluderes, at arbejdet med at "
      "implementere sundhedsaftalerne skrider planmæssigt fremad. Der er udfordringer med\n");
  EXPECT_EQ(numbers_of(region), (std::vector<int>{1}));
  expect_titles_open(region, {"Status på arbejdet med sundhedsaftalerne 2011-2014"});
}

// "Evt." (Eventuelt) as a head's whole title, its text run on after it: the
// abbreviation's full stop ends the title before a capital or a number:
// LAP's landsledelse, Hellerup Sejlklub's board, DTU's board.
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, EvtEndsItsTitle) {
  const auto lap = parse(
      "Referat af LL-møde 03.05.2024\n\nTranskript\n\n1 9. Orientering fra a. FU Lene fortæller fra møder "
      "i Sundhedsstyrelsen om implementering af 10 årsplanen. På den baggrund laver vi en pressemeddelelse "
      "fra Landsmødet. Lene og Cornelius laver udkast. Det besluttes at lave en pressemeddelelse afsendt "
      "af Landsmødet. b. LL c. Orientering fra arbejdsgrupper – Kystlejr holder møde15/5 kl. 12 i "
      "København. – Tom fortæller at bladgruppen fungerer godt. – Fondsgruppe og refugie gruppe mangler "
      "flere medlemmer. Hanne MC prøver at få flere med – Shiva fortæller om en klage vedrørende December "
      "Refugie 2022. – Sommerlejr-arbejdet kører stille og roligt på skinner. 10. Evt. Helle siger tak for "
      "samarbejdet i det afgående LL. Iben bryder sig ikke om forbrug af papir og porto. 11. Hvordan synes "
      "du, mødet gik? Lene var stresset over at skri\n");
  ASSERT_EQ(lap.items.size(), 3u);
  EXPECT_EQ(lap.items[1].title, "Evt.");
  const auto club = parse(
      "Referat af bestyrelsesmøde\n\nTranskript\n\n1 5.    Seneste nyt vedr. klubhus & fondssøgning (Finn) "
      "Der arbejdes på at skaffe midler til klubbens finansiering, pt. 7 ansøgninger ude til lokale fonde. "
      "6.    Evt. 1) Bestyrelsen har behandlet en indsigelse fra et medlem mod bestyrelsens beslutning om "
      "at udvalgsmedlemmer kan benytte klubbens joller uden at betale vedligeholdelsesgebyr.\n");
  ASSERT_EQ(club.items.size(), 2u);
  EXPECT_EQ(club.items[1].title, "Evt.");
  const auto dtu = parse(
      "Bestyrelsesmøde d. 31. marts 2017\n\nTranskript\n\n1 7. Orientering om status for aktstykker "
      "(lukket punkt) 8. Revideret konsolideringspolitik (sagsfremstillingbilag 1) 9. Fagligt oplæg: "
      "Horizon 2020 prisen for at bryde den optiske transmissionsbarriere 10. Evt. Referat\n");
  ASSERT_FALSE(dtu.items.empty());
  EXPECT_EQ(dtu.items.back().title, "Evt.");
}

// "Næste møde" / "Dato for næste bestyrelsesmøde" with the date under it in
// the line form; a transcript runs the date on after the title, which ends
// before it (a capitalised weekday, "Den", or a day and its month):
// Karrebæksminde's museum board, Krop og Sind Favrskov's board, Hellerup
// Sejlklub's board.
// The excerpts are verbatim stretches of dev web cases' lines run together
// as a transcript prints them (the run-on stress set), one per body.
TEST(TranscriptConventionsTest, NextMeetingTitleEndsBeforeItsDate) {
  const auto museum = parse(
      "Retur\n\nTranskript\n\n1 Retur Bestyrelsesmøde 07.05.2019 Karrebæksminde Fiskeri- og Bymuseum "
      "08.05. 2019 Bestyrelsesmøde Tirsdag den 7. maj 2019 kl. 20.45 på Museet – i forlængelse af "
      "generalforsamlingen Referat Til stede: Inge, Sonja, Merete, Peter, Ralph og Palle Formanden "
      "indledte med at byde Ralph Asmund velkommen som nyt bestyrelsesmedlem. Derefter meddelte formanden, "
      "at Inge-Lise Frost har orlov til 1. juli 2019 på grund af sygdom. 1.     Godkendelse af referat fra "
      "møde 24. april 2019 Godkendt. 2.     Konstituering 2.1      Valg af næstformand Peter Christiansen "
      "blev valgt som ny næstformand. 2.2      Valg af sekretær Som sekretær genvalgtes Palle Birk. 2.3    "
      "  Ralph påtog sig at overtage Alfreds rolle som en af de to, der modtager alarmopkald via "
      "telefonen. Peter er den anden. 3.   Næste møde Onsdag 15. maj kl. 9 til vi er færdige med fælles "
      "forårsrengøring af Museets lokaler\n");
  ASSERT_FALSE(museum.items.empty());
  EXPECT_EQ(museum.items.back().title, "Næste møde");
  const auto club = parse(
      "KROP & SIND\n\nTranskript\n\n1 9. Instruktør uddannelse 2016 ( Allan ) Vi forhører hos medlemmerne, "
      "om nogen er interesseret. 10. Dato for generalforsamling 14. april kl. 11.30 med efterfølgende "
      "konstituerende bestyrelsesmøde. 11. Dato for næste bestyrelsesmøde 19. maj kl. 15.00 12. "
      "Orientering fra formand Vandgymnastik om tirsdagen fortsætter indtil sommerferien.\n");
  expect_titles_open(club, {"Instruktør uddannelse 2016", "Dato for generalforsamling",
                            "Dato for næste bestyrelsesmøde", "Orientering fra formand"});
  EXPECT_EQ(club.items.at(1).title, "Dato for generalforsamling");
  EXPECT_EQ(club.items.at(2).title, "Dato for næste bestyrelsesmøde");
  const auto sailing = parse(
      "Referat af bestyrelsesmøde\n\nTranskript\n\n1 5.    Seneste nyt vedr. klubhus & fondssøgning (Finn) "
      "Der arbejdes på at skaffe midler til klubbens finansiering, pt. 7 ansøgninger ude til lokale fonde. "
      "6.    Evt. 1) Bestyrelsen har behandlet en indsigelse fra et medlem mod bestyrelsens beslutning om "
      "at udvalgsmedlemmer kan benytte klubbens joller uden at betale vedligeholdelsesgebyr. Bestyrelsen "
      "har ikke ændret beslutningen og formanden svarer de to personligt. 2) Bestyrelsen undersøger "
      "muligheden for at få en ny ledsagerbåd gennem Kodanfonden. 7.    Næste møde Onsdag den 26/3-2008 "
      "kl. 19:00\n");
  ASSERT_FALSE(sailing.items.empty());
  EXPECT_EQ(sailing.items.back().title, "Næste møde");
}

// An agenda whose first entry is the meeting's attendance, "1.
// Mødedeltagere" (Region Midtjylland's Sundhedsstyregruppe and
// Praksisplanudvalg) or "1. Fraværende: ..." (Sct. Jørgens Menighedsråd):
// the transcript cuts the attendance label off its number, and the number
// alone takes the label's word as its title; the label still reads the
// names. Verbatim, whole: the dev web pages of those bodies with their lines
// run together as a transcript prints them (the run-on stress set).
TEST(TranscriptConventionsTest, AttendanceLabelTitlesTheFirstEntry) {
  const auto styregruppe = parse(
      "Abonnér\n\nTranskript\n\n1 Abonnér Se alle dagsordener og referater fra dette mødeforum "
      "Referat til mødet i Sundhedsstyregruppen den 31. januar 2019 kl. 14:00 i Konference 1, "
      "Regionshuset Viborg Sagnr.: 1-01-72-30-17 1. Mødedeltagere Sagsfremstilling Flemming "
      "Storgaard, Ikast-Brande Kommune Kate Bøgh, Favrskov Kommune Søren Liner Christensen, Herning "
      "Kommune Lone Rasmussen, Skanderborg Kommune Helle Bro, Holstebro Kommune Mette Andreassen, "
      "Viborg Kommune Anders Kjærulff, Silkeborg Kommune Hosea Dutscke, Aarhus Kommune Mads Venø "
      "Jessen, KOSU Jonna Holm Pedersen, KKR Lise Høyer, PLO-M Henrik Kise, PLO-M Christian Boel, "
      "Region Midtjylland Poul Michaelsen, HE Vest, Region Midtjylland Hanne Sveistrup Demant, HE "
      "Horsens, Region Midtjylland Marianne Jensen, RH Randers, Region Midtjylland Inge Pia "
      "Christensen, AUH, Region Midtjylland Thomas Balle Kristensen, HE Midt, Region Midtjylland "
      "Anette Schouv Kjeldsen, AUH, Region Midtjylland Tina Ebler, Psykiatri og Social, Region "
      "Midtjylland Mette Kjølby, Koncern Kvalitet, Region Midtjylland Dorthe Klith, "
      "Sundhedsplanlægning, Region Midtjylland Helene Bech Rosenbrandt, Sundhedsplanlægning, Region "
      "Midtjylland Beslutning Der var afbud fra Kate Bøgh, Mette Andreassen, Hosea Dutscke og Tina "
      "Ebler. Ida Götke deltog for Poul Michaelsen. Tilbage til toppen Sagnr.: 1-01-72-30-17 2. "
      "Regeringsudspil til sundhedsreform\n");
  ASSERT_GE(styregruppe.items.size(), 2u);
  EXPECT_EQ(styregruppe.items[0].number, 1);
  EXPECT_EQ(styregruppe.items[0].title, "Mødedeltagere");
  EXPECT_EQ(styregruppe.items[1].title, "Regeringsudspil til sundhedsreform");
  EXPECT_TRUE(std::any_of(styregruppe.participants.begin(), styregruppe.participants.end(),
                          [](const corpus::Participant& p) { return p.name == "Flemming Storgaard" && p.present; }));
  const auto praksis = parse(
      "Abonnér\n\nTranskript\n\n1 Abonnér Se alle dagsordener og referater fra dette mødeforum "
      "Referat til mødet i Praksisplanudvalg den 23. februar 2021 kl. 15:00 i Video - "
      "meet.rm40@rooms.rm.dk eller Regionshuset Viborg, Konference 1 Sagnr.: 1-01-72-35-17 1. "
      "Mødedeltagere Sagsfremstilling Fra kommunerne: Borgmester Hans Østergaard, Ringkøbing-Skjern "
      "Kommune Viceborgmester Frank Heidemann, Ikast-Brande Kommune Byrådsmedlem Mette Nielsen, "
      "Viborg Kommune Viceborgmester Benny Hammer, Norddjurs Kommune Byrådsmedlem Jens Kristian "
      "Hedegaard, Holstebro Kommune Direktør Anette Ørbæk Andersen, Ringkøbing-Skjern Kommune "
      "Direktør Karen Heebøll, Ikast-Brande Kommune Direktør Mette Andreassen, Viborg Kommune "
      "Direktør Lone Becker Kjaergaard, Holstebro Kommune Konsulent Jonna Holm Pedersen, "
      "KKR-sekretariatet Konsulent Vibeke Just Andersen, Fælleskommunalt Social- og "
      "Sundhedssekretariat i Midtjylland Fra PLO Midtjylland: Formand Henrik Idriss Kise Næstformand "
      "Bruno Meldgaard Jensen Medlem af PLO Midtjylland Ida Veng-Christensen Chefkonsulent Lisbeth "
      "Trøllund Fra Region Midtjylland: Regionsrådsmedlem Else Kayser Nielsen (formand) "
      "Regionsrådsmedlem Birgit Marie Christensen Regionsrådsmedlem Finn Thranum (næstformand) "
      "Vicedirektør Rikke Skou Jensen, Sundhedsplanlægning Kontorchef Anne Birgitte Jæger, Koncern "
      "Økonomi Kontorchef Dorthe Klith, Sundhedsplanlægning Kontorchef Birgitte Haahr, Koncern "
      "Kvalitet AC fuldmægtig Moana Hjarnø Nielsen, Sundhedsplanlægning (referent) Beslutning Afbud "
      "Der var afbud fra Annette Ørbæk Andersen og Lone Becker Kjaergaard. Nye medlemmer "
      "Formandskabet bød velkommen til konsulent Vibeke Just Andersen, Fælleskommunalt Social- og "
      "Sundhedssekretariat i Midtjylland og medlem af PLO Midtjylland Ida Veng-Christensen. Tilbage "
      "til toppen Sagnr.: 1-01-72-35-17 2. Oplæg: Partnerskabsklinikker\n");
  ASSERT_GE(praksis.items.size(), 2u);
  EXPECT_EQ(praksis.items[0].title, "Mødedeltagere");
  EXPECT_EQ(praksis.items[1].number, 2);
  EXPECT_TRUE(std::any_of(praksis.participants.begin(), praksis.participants.end(),
                          [](const corpus::Participant& p) { return p.name == "Frank Heidemann" && p.present; }));
  const auto menighedsraad = parse(
      "Referat menighedsrådsmøde 12. april 2023\n\nTranskript\n\n1 Referat menighedsrådsmøde 12. "
      "april 2023 Sct. Jørgens Sogn, Menighedsrådet Referat møde nr. 5, den 12. april 2023 1. "
      "Fraværende: Ole Jørgensen, Kirsten Larsen 2. Bemærkninger til dagsordenen: Til overvejelse: "
      "skal bilag og underskriftsbilag sendes ud sammen med referatet. Introduktion ved Anne-Mette "
      "Graubæk om nyt intranet efter kaffepausen. Beslutningspunkter:\n");
  ASSERT_GE(menighedsraad.items.size(), 2u);
  EXPECT_EQ(menighedsraad.items[0].title, "Fraværende");
  EXPECT_EQ(menighedsraad.items[1].title.rfind("Bemærkninger til dagsordenen", 0), 0u);
  EXPECT_TRUE(std::any_of(menighedsraad.participants.begin(), menighedsraad.participants.end(),
                          [](const corpus::Participant& p) { return p.name == "Ole Jørgensen" && !p.present; }));
}

// The approval of the minutes or the agenda, its title printed on a line of
// its own over its outcome ("Godkendelse af referat fra den 25. februar
// 2014" / "Referatet af bestyrelsesmødet ... blev godkendt"), run by a
// transcript into one line: the title becomes a piece of its own before
// the outcome's first word ("Godkendt", "Referatet", "Dagsordenen"), and
// after the text before it when no item's number stands there. NT's board
// (a real dev docplayer transcript), and the dev web pages' own lines run
// together as a transcript prints them: Fjordparken Øst's board (a title
// closed by its full stop) and Duevej Skole's board (a numbered item, the
// title with its number).
TEST(TranscriptConventionsTest, ApprovalTitleRunIntoItsOutcome) {
  std::vector<std::string> nt = {
      "Afbud Poul Erik Andreasen, Region Nordjylland Morten Lem, Rebild kommune Godkendelse af referat fra den 25. "
      "februar 2014 Referatet af bestyrelsesmødet den 25. februar 2014 blev godkendt Hovedtal for regnskab 2013 "
      "Hovedtallene for det forventede regnskab 2013 blev præsenteret på bestyrelsesmødet."};
  corpus::recog::split_approval_outcomes(nt);
  ASSERT_EQ(nt.size(), 3u);
  EXPECT_EQ(nt[0], "Afbud Poul Erik Andreasen, Region Nordjylland Morten Lem, Rebild kommune");
  EXPECT_EQ(nt[1], "Godkendelse af referat fra den 25. februar 2014");
  EXPECT_EQ(nt[2].rfind("Referatet af bestyrelsesmødet den 25. februar 2014 blev godkendt", 0), 0u);

  std::vector<std::string> fjordparken = {
      "Afbud            : AM Godkendelse af seneste referat. Referatet blev godkendt uden bemærkninger. Orientering. "
      "Det har været sommerferietid, derfor var der intet at orientere om. Arealerne."};
  corpus::recog::split_approval_outcomes(fjordparken);
  ASSERT_EQ(fjordparken.size(), 3u);
  EXPECT_EQ(fjordparken[0], "Afbud            : AM");
  EXPECT_EQ(fjordparken[1], "Godkendelse af seneste referat.");
  EXPECT_EQ(fjordparken[2].rfind("Referatet blev godkendt uden bemærkninger.", 0), 0u);

  std::vector<std::string> duevej = {
      "Dagsorden 1. Godkendelse af dagsorden v/Emmy – 2 min. Godkendt m. to punkter til eventuelt. Og bestyrelsen "
      "er beslutningsdygtig trods"};
  corpus::recog::split_approval_outcomes(duevej);
  ASSERT_EQ(duevej.size(), 2u);
  EXPECT_EQ(duevej[0], "Dagsorden 1. Godkendelse af dagsorden v/Emmy – 2 min.");
  EXPECT_EQ(duevej[1].rfind("Godkendt m. to punkter til eventuelt.", 0), 0u);

  // (After a label the value is left whole, the list's own reading: Havnsø
  // Sejlklub's board, "Dagsorden: Godkendelse af referat Godkendt
  // Meddelelser fra formanden".)
  std::vector<std::string> havnsoe = {
      "Fraværende Dagsorden: Godkendelse af referat Godkendt Meddelelser fra formanden Containerprojektet til "
      "kajakker på Havnsø havn: Havnefogeden meddeler, at beslutningen angående container versus træskur ligger i "
      "Plan og Byg."};
  const auto before = havnsoe;
  corpus::recog::split_approval_outcomes(havnsoe);
  EXPECT_EQ(havnsoe, before);
}

// The approval of the minutes or the agenda, the first item, its title run
// straight out of the list of those present or absent with nothing else to
// mark the items: it heads the first item, the rest its text. NT's board
// (a dev docplayer transcript) and Vallensbæk's Dagpleje parents' board
// (its dev web page run together as a transcript prints it), verbatim.
// Not a standing title's words in prose after the list.
TEST(TranscriptConventionsTest, ApprovalTitleRightAfterTheAttendanceList) {
  const auto nt = parse(
      "Referat Bestyrelsesmøde hos NT den 27. marts 2014\n\nTranskript\n\n1 2. april 2014/OS Referat "
      "Bestyrelsesmøde hos NT den 27. marts 2014 Deltagere Thomas Kastrup-Larsen, Aalborg kommune Svend "
      "Heiselberg, Region Nordjylland Afbud Poul Erik Andreasen, Region Nordjylland Morten Lem, Rebild kommune "
      "Godkendelse af referat fra den 25. februar 2014 Referatet af bestyrelsesmødet den 25. februar 2014 blev "
      "godkendt Hovedtal for regnskab 2013 Hovedtallene for det forventede regnskab 2013 blev præsenteret på "
      "bestyrelsesmødet.\n");
  ASSERT_EQ(nt.items.size(), 1u);
  EXPECT_EQ(nt.items[0].title, "Godkendelse af referat fra den 25. februar 2014");

  const auto vallensbaek = parse(
      "Forældrebestyrelsen\n\nTranskript\n\n1 Referat af forældrebestyrelsesmøde onsdag den 17. september 2025 "
      "Til stede: Line Kofoed Funch, Martina Lynge Wirtess, Amina Rhod Christiansen, Vibe From og Susanne Nielsen "
      "Fraværende: Benjamin Danielsen, Kathrin Hansen Eisenhut, Nan Grønsdal og Kina Wulffeld, Godkendelse af "
      "dagsorden. Dagsorden godkendt Godkendelse af referat af den 3. juni 2025. Referat godkendt Velkommen til "
      "Martina - præsentation bordet rundt og underskrivelse af tavshedserklæring. Tavshedserklæring underskrives\n");
  ASSERT_FALSE(vallensbaek.items.empty());
  EXPECT_EQ(vallensbaek.items[0].title, "Godkendelse af dagsorden");

  const auto prose = parse(
      "Referat Bestyrelsesmøde hos NT den 27. marts 2014\n\nDeltagere: Thomas Kastrup-Larsen, Svend "
      "Heiselberg\n\nGodkendelse af referatet fra sidste møde blev udsat, da det ikke var udsendt i tide.\n");
  EXPECT_TRUE(std::none_of(prose.items.begin(), prose.items.end(), [](const corpus::Item& i) {
    return i.title.rfind("Godkendelse af referatet", 0) == 0;
  }));
}

// A section heading that opens an item's text ("Sagsfremstilling",
// "Resumé") at the end of a label's value, the label after it split off
// first: the heading is a line of its own, no part of the value, so the
// last person listed keeps his name alone (Aarhus University Health's
// Akademisk Råd, printed as a transcript) and a title before it is one
// (Brønderslev's "Fraværende Resume" / "Sagsforløb: ØK").
TEST(TranscriptConventionsTest, SectionHeadingEndingALabelsValue) {
  const corpus_test::PeopleCase cases[] = {
      {"the absent list runs into the first section heading",
       "Referat\n\nTranskript\n\n1 Akademisk Råd Mødeinformation BESLUTNING Mødedeltagere: Jens Christian Hedemann "
       "Sørensen (formand), Allan Flyvbjerg, Kim Overvad, Lene Warner Thorup Boel Fraværende: Jørgen Frøkiær, "
       "Kamille Smidt Rasmussen, Peter Hokland, Erik Ernst, Ask Vest Christiansen, Jørgen Andresen Sagsfremstilling "
       "Mødedeltagere: Jens Christian Hedemann Sørensen (formand), Allan Flyvbjerg, Jørgen Frøkiær\n",
       {"Allan Flyvbjerg", "Jens Christian Hedemann Sørensen", "Kim Overvad", "Lene Warner Thorup Boel"},
       {"Ask Vest Christiansen", "Erik Ernst", "Jørgen Andresen", "Jørgen Frøkiær", "Kamille Smidt Rasmussen",
        "Peter Hokland"}},
  };
  for (const auto& c : cases) corpus_test::expect_people(c);
}

// Decimal sub-items under a numbered head ("2. Konstituering 2.1 Valg af
// næstformand ... 2.2 Valg af sekretær ...", Karrebæksminde Museum's board;
// "5. Igangværende sager 5.1 Ældremesse ...", Middelfart's Ældreråd; "2.0
// Godkendelse af dagsorden 2.1 Dagsorden for ...", Metropol's board): run
// into one line, the head's title ends before its first sub-item, each
// sub-item is a piece of its own whose title ends as a head's does, and
// the heads after them are still read. Verbatim transcript lines of the
// two bodies.
TEST(TranscriptConventionsTest, DecimalSubItemsEndTheHeadsTitle) {
  const auto museum = parse(
      "Retur\n\nTranskript\n\n1 Retur Bestyrelsesmøde 07.05.2019 Karrebæksminde Fiskeri- og Bymuseum 08.05. 2019 "
      "Bestyrelsesmøde Tirsdag den 7. maj 2019 kl. 20.45 på Museet – i forlængelse af generalforsamlingen Referat "
      "Til stede: Inge, Sonja, Merete, Peter, Ralph og Palle Formanden indledte med at byde Ralph Asmund velkommen "
      "som nyt bestyrelsesmedlem. Derefter meddelte formanden, at Inge-Lise Frost har orlov til 1. juli 2019 på "
      "grund af sygdom. 1.     Godkendelse af referat fra møde 24. april 2019 Godkendt. 2.     Konstituering "
      "2.1      Valg af næstformand Peter Christiansen blev valgt som ny næstformand. 2.2      Valg af sekretær Som "
      "sekretær genvalgtes Palle Birk. 2.3      Ralph påtog sig at overtage Alfreds rolle som en af de to, der "
      "modtager alarmopkald via telefonen. Peter er den anden. 3.   Næste møde Onsdag 15. maj kl. 9 til vi er "
      "færdige med fælles forårsrengøring af Museets lokaler\n");
  expect_titles_open(museum, {"Godkendelse af referat fra møde 24. april 2019", "Konstituering", "Næste møde"});
  ASSERT_EQ(museum.items.size(), 3u);
  EXPECT_EQ(museum.items[1].title, "Konstituering");
  const auto elderly = parse(
      "Referat\n\nTranskript\n\n1 Fraværende: Inge Lodberg (med afbud) 5. Igangværende sager 5.1 Ældremesse Der "
      "arbejdes videre med Ældremesse 8. september 2015 i Lillebæltshallerne. 6. Visionsplanen Intet. 7. Siden "
      "sidst 7.1 Borgerinterview Orientering om interviews med 5 borgere i forbindelse med projektet Tidlig "
      "Opsporing. 7.2 Orientering fra arbejdsgrupper Arbejdsgruppe om kortlægning af tilbud i kommunen – hvad er "
      "der brug for? Pt kortlægges Gelstedområdet.\n");
  expect_titles_open(elderly, {"Igangværende sager", "Visionsplanen", "Siden sidst"});
  ASSERT_EQ(elderly.items.size(), 3u);
  EXPECT_EQ(elderly.items[2].title, "Siden sidst");
}

// The outcome run into its title in the passive, its subject in the
// definite form ("4. Mødedatoer 2015 Møderne afholdes 3. torsdag ...",
// Middelfart's Ældreråd; "Generalforsamlingen afholdes", GBS-CIDP's
// association; "Dagsorden godkendes", Aalborg's Udsatteråd and Sermersooq):
// the title ends before the subject, as before "Møderne blev afholdt".
// Verbatim lines of Middelfart's Ældreråd run together as a transcript
// prints them.
TEST(TranscriptConventionsTest, PassiveOutcomeEndsTheTitle) {
  const auto m = parse(
      "Referat\n\nTranskript\n\n1 Fraværende: Inge Lodberg (med afbud) 3. Foreløbigt regnskab – drøftelse Det "
      "foreløbige regnskab og budget for 2015 blev drøftet. 4. Mødedatoer 2015 Møderne afholdes 3. torsdag i "
      "hver måned – juli måned undtaget. Møderne afholdes kl. 13.00-16.00. Denne beslutning er gældende indtil "
      "udløb af rådets nuværende funktionsperiode. 5. Igangværende sager\n");
  expect_titles_open(m, {"Foreløbigt regnskab – drøftelse", "Mødedatoer 2015", "Igangværende sager"});
  ASSERT_GE(m.items.size(), 2u);
  EXPECT_EQ(m.items[1].title, "Mødedatoer 2015");
}

// The approval's outcome in the indefinite form, the noun and its verdict
// ("Godkendelse af dagsorden. Dagsorden godkendt Godkendelse af referat af
// den 3. juni 2025. Referat godkendt Velkommen til Martina ...",
// Vallensbæk's Dagpleje parents' board; "Dagsorden godkendt." Haslund-Ølst's
// parish council; "Dagsorden godkendes", Aalborg's Udsatteråd): each title
// and each outcome a piece of its own, the next title after the outcome too;
// the last minutes' date in the approval's title is not the meeting's.
// Verbatim transcript line of Vallensbæk's board.
TEST(TranscriptConventionsTest, IndefiniteApprovalOutcome) {
  const std::string line =
      "Fraværende: Benjamin Danielsen, Kathrin Hansen Eisenhut, Nan Grønsdal og Kina Wulffeld, Godkendelse af "
      "dagsorden. Dagsorden godkendt Godkendelse af referat af den 3. juni 2025. Referat godkendt Velkommen til "
      "Martina - præsentation bordet rundt og underskrivelse af tavshedserklæring. Tavshedserklæring underskrives";
  std::vector<std::string> pieces = {line};
  corpus::recog::split_approval_outcomes(pieces);
  const std::vector<std::string> expected = {
      "Fraværende: Benjamin Danielsen, Kathrin Hansen Eisenhut, Nan Grønsdal og Kina Wulffeld,",
      "Godkendelse af dagsorden.",
      "Dagsorden godkendt",
      "Godkendelse af referat af den 3. juni 2025.",
      "Referat godkendt",
      "Velkommen til Martina - præsentation bordet rundt og underskrivelse af tavshedserklæring. Tavshedserklæring "
      "underskrives"};
  EXPECT_EQ(pieces, expected);
  const auto m = parse("Forældrebestyrelsen\n\nTranskript\n\n1 Til stede: Line Kofoed Funch, Vibe From og Susanne "
                       "Nielsen " + line + "\n");
  EXPECT_NE(m.date, std::optional<std::string>("2025-06-03"));
}

// A numbered head run on in a transcript that repeats its agenda entry and
// runs the item's text on after it, with no section heading or outcome to
// end the title ("1. Godkendelse af dagsorden til møde i ..., den 5.
// september 2018 Godkendelse af dagsorden til møde i ... Sagsgang og
// sagstype ...", Holbæk's Folkeoplysningsudvalg; "2. Meddelelser Meddelelser
// Punkttype Orientering. Tema 1 ...", Allerød's Teknik-, Erhverv-, Plan- og
// Miljøudvalg; Region Syddanmark's psykiatri- og socialudvalg): the title is
// the agenda's entry of its number, also without a lead word ("Punkt"),
// the rest is the item's text. Verbatim transcript of Holbæk's committee.
TEST(TranscriptConventionsTest, RunOnHeadRepeatsItsAgendaEntry) {
  const auto m = parse(
      "Folkeoplysningsudvalget\n\nTranskript\n\n1 "
      "1 PUNKTER 1. Godkendelse af dagsorden til møde i Folkeoplysningsudvalget, onsdag, den 5. september "
      "2018 2. Godkendelse af referat fra møde i Folkeoplysningsudvalget, den 20.06.2018 3. Drøftelse af "
      "aftale med DGI om \"Bevæg dig for livet\" kommuneaftale 4. Høring - Budgettet for 2019 - 2022 5. "
      "Beslutning om bevilling fra Folkeoplysningsudvalgets Udviklingspulje - HK Isefjord 6. Beslutning om "
      "tilskud til floorballstave til sundhedsprojekt med Holbæk Svømmeklub 7. Orientering om "
      "Sundhedsprofil 2017 fra Region Sjælland 8. Udviklingen i medlemstal 2015-2017 i gymnastikforeninger "
      "9. Orienteringssager til Folkeoplysningsudvalgets møde den 5. september 2018 10. Orientering fra "
      "Folkeoplysningsudvalgets medlemmer 11. Eventuelt1. Godkendelse af dagsorden til møde i "
      "Folkeoplysningsudvalget, onsdag, den 5. september 2018 Godkendelse af dagsorden til møde i "
      "Folkeoplysningsudvalget, onsdag, den 5. september 2018 Sagsgang og sagstype Folkeoplysningsudvalget "
      "Beslutningssag Indstilling Kultur- og fritidssekretariatet indstiller, at: 1. dagsorden til møde i "
      "Folkeoplysningsudvalget, onsdag, den 5. september 2018 godkendes. Beslutning i "
      "Folkeoplysningsudvalget den 17-09-2018 Godkendt 2. Godkendelse af referat fra møde i "
      "Folkeoplysningsudvalget, den 20.06.2018 Godkendelse af referat fra møde i Folkeoplysningsudvalget, "
      "den 20.06.2018 Sagsgang og sagstype Folkeoplysningsudvalget Beslutningssag Indstilling Kultur- og "
      "fritidssekretariatet indstiller, at: 1. referat fra møde i Folkeoplysningsudvalget, den 20. juni "
      "2018 godkendes. Beslutning i Folkeoplysningsudvalget den 17-09-2018 Godkendt"
      "\n");
  ASSERT_GE(m.items.size(), 2u);
  EXPECT_EQ(m.items[0].title, "Godkendelse af dagsorden til møde i Folkeoplysningsudvalget, onsdag, den 5. september 2018");
  EXPECT_EQ(m.items[1].title, "Godkendelse af referat fra møde i Folkeoplysningsudvalget, den 20.06.2018");
}

// The first head's number run into the year that ends the contents' last
// entry, in a transcript's run-on page ("... 150. Orienteringer til mødet
// den 14. oktober 2016143. Godkendelse af dagsorden ...", Holbæk's Udvalget
// for Klima og Miljø; "... den 29.01.20138. Godkendelse ...", its Udvalget
// for Børn): the heads are the body's, the contents' entries no items.
// Verbatim run-on page of Holbæk's committee (cut).
TEST(TranscriptConventionsTest, RunOnHeadNumberGluedToAYear) {
  const auto m = parse(
      "UDVALG\n\nTranskript\n\n1 UDVALG Udvalget for Klima og Miljø MØDE Referat STED Møde lokale 0.13 - "
      "Kanalstræde 2, 4300 Holbæk STARTTIDSPUNKT 14-10-2016 08:30:00 SLUTTIDSPUNKT 14-10-2016 14:00:00 PUNKTER "
      "143. Godkendelse af dagsorden til mødet d. 14. oktober 2016 144. Drøftelse - Takst for Flextur fra 2017 "
      "145. Orientering - Flextur ny takst - status i 3. kvartal 146. Beslutning om analysearbejde omkring "
      "parkeringsforhold i Holbæk bymidte 147. Beslutning om igangsættelse af lokalplaner 148. Drøftelse af "
      "oplæg til Naturpolitik 149. Drøftelse - Bekæmpelse af vilde katte i Holbæk Kommune 150. Orienteringer "
      "til mødet den 14. oktober 2016143. Godkendelse af dagsorden til mødet d. 14. oktober 2016 Godkendelse "
      "af dagsorden til mødet d. 14. oktober 2016 Sagsgang og sagstype Udvalget for Klima og Miljø "
      "Beslutningssag Indstilling Koncerndirektør Erik Kjærgaard Andersen, indstiller at: 1. dagsorden til "
      "mødet i Udvalget for Klima og Miljø d. 14. oktober 2016 godkendes. Beslutning i Udvalget for Klima og "
      "Miljø den 14-10-2016 Godkendt 144. Drøftelse - Takst for Flextur fra 2017 Drøftelse - Takst for "
      "Flextur fra 2017 Sagsgang og sagstype Udvalget for Klima og Miljø Drøftelse Indstilling "
      "Koncerndirektør Erik Kjærgaard Andersen indstiller, at: 1. taksten for Flextur i 2017 drøftes\n");
  ASSERT_EQ(m.items.size(), 2u);
  EXPECT_EQ(m.items[0].title, "Godkendelse af dagsorden til mødet d. 14. oktober 2016");
  EXPECT_EQ(m.items[1].title, "Drøftelse - Takst for Flextur fra 2017");
}

// Each head printed twice in a run-on page, the page's list of its items
// and the item's own heading ("• Pkt. 66 Beslutninger om dagsordenen Pkt.
// 66 Beslutninger om dagsordenen Sagsnr. 299834 ..."): the title is the
// one printed, and the next head, printed twice too, is an item. Verbatim
// run-on page of Roskilde's Klima- og Miljøudvalg (cut; its Beskæftigelses-
// og Socialudvalg prints its heads so too).
TEST(TranscriptConventionsTest, RunOnHeadPrintedTwice) {
  const auto m = parse(
      "You are here\n\nTranskript\n\n1 You are here Referat Dato: Tirsdag, Maj 8, 2018 - 08:00 Sted: Mødelokale 2A "
      "• Pkt. 66 Beslutninger om dagsordenen Pkt. 66 Beslutninger om dagsordenen Sagsnr. 299834 Klima- og "
      "Miljøudvalget Åbent punkt Klima- og Miljøudvalget, 08-05-2018, pkt. 66 Godkendt. Fraværende: Jeppe Trolle "
      "(B), Henrik Stougaard (Ø). • Pkt. 67 Ansøgning om midlertidig avanceret vandbehandling (UV-anlæg) på "
      "Gundsømagle Vandværk Pkt. 67 Ansøgning om midlertidig avanceret vandbehandling (UV-anlæg) på Gundsømagle "
      "Vandværk Sagsnr. 303530 Klima- og Miljøudvalget Åbent punkt Resume Gundsømagle Vandværk søger om "
      "tilladelse til midlertidig avanceret vandbehandling i form af et UV-anlæg. Indstilling Forvaltningen "
      "indstiller, at forvaltningen meddeler den nødvendige tilladelse efter vandforsyningsloven.\n");
  ASSERT_EQ(m.items.size(), 2u);
  EXPECT_EQ(m.items[0].title, "Beslutninger om dagsordenen");
  EXPECT_EQ(m.items[1].title, "Ansøgning om midlertidig avanceret vandbehandling (UV-anlæg) på Gundsømagle Vandværk");
}

// An item "Mødedeltagere" whose register, a person and the organisation a
// line on the page, a transcript ran into one line: read as a list of
// people ("... Kommune" ends a person's entry), the organisations no
// people ("Koncern Kvalitet"). Verbatim run-on page of Region Midtjylland's
// Sundhedsstyregruppe (and so its Praksisplanudvalg).
TEST(TranscriptConventionsTest, RunOnRegisterOfAttendanceItem) {
  const auto m = parse(
      "Abonnér\n\nTranskript\n\n1 Abonnér Se alle dagsordener og referater fra dette mødeforum Referat til "
      "mødet i Sundhedsstyregruppen den 31. januar 2019 kl. 14:00 i Konference 1, Regionshuset Viborg Sagnr.: "
      "1-01-72-30-17 1. Mødedeltagere Sagsfremstilling Flemming Storgaard, Ikast-Brande Kommune Kate Bøgh, "
      "Favrskov Kommune Søren Liner Christensen, Herning Kommune Lone Rasmussen, Skanderborg Kommune Helle Bro, "
      "Holstebro Kommune Mette Andreassen, Viborg Kommune Anders Kjærulff, Silkeborg Kommune Hosea Dutscke, "
      "Aarhus Kommune Mads Venø Jessen, KOSU Jonna Holm Pedersen, KKR Lise Høyer, PLO-M Henrik Kise, PLO-M "
      "Christian Boel, Region Midtjylland Poul Michaelsen, HE Vest, Region Midtjylland Hanne Sveistrup Demant, "
      "HE Horsens, Region Midtjylland Marianne Jensen, RH Randers, Region Midtjylland Inge Pia Christensen, "
      "AUH, Region Midtjylland Thomas Balle Kristensen, HE Midt, Region Midtjylland Anette Schouv Kjeldsen, "
      "AUH, Region Midtjylland Tina Ebler, Psykiatri og Social, Region Midtjylland Mette Kjølby, Koncern "
      "Kvalitet, Region Midtjylland Dorthe Klith, Sundhedsplanlægning, Region Midtjylland Helene Bech "
      "Rosenbrandt, Sundhedsplanlægning, Region Midtjylland Beslutning Der var afbud fra Kate Bøgh, Mette "
      "Andreassen, Hosea Dutscke og Tina Ebler. Ida Götke deltog for Poul Michaelsen. Tilbage til toppen "
      "Sagnr.: 1-01-72-30-17 2. Regeringsudspil til sundhedsreform\n");
  const auto status = [&](const std::string& name) -> int {
    for (const auto& p : m.participants)
      if (p.name == name) return p.present ? 1 : 0;
    return -1;
  };
  EXPECT_EQ(status("Søren Liner Christensen"), 1);
  EXPECT_EQ(status("Mads Venø Jessen"), 1);
  EXPECT_EQ(status("Mette Kjølby"), 1);
  EXPECT_EQ(status("Helene Bech Rosenbrandt"), 1);
  EXPECT_EQ(status("Kate Bøgh"), 0);
  EXPECT_EQ(status("Koncern Kvalitet"), -1);
}

// A bulleted list whose entries are "Name: organisation or role", run by a
// transcript into one line: a bullet ends the entry's note as it ends the
// entry, so the person stays and the organisation is no person. Verbatim
// run-on page of Holbæk's Udsatteråd.
TEST(TranscriptConventionsTest, BulletEndsColonNote) {
  const auto m = parse(
      "Udsatterådet\n\nTranskript\n\n1 Referat Der indkaldes hermed til ordinært møde i Udsatterådet i Holbæk "
      "Kommune Dato: Mandag d. 4.4. 2022 Tid: kl. 16.00-18.00 Sted: Kanalstræde 2, lokale 0.21 Deltagere: • "
      "Karen Thestrup Clausen: Kommunalbestyrelsesmedlem for Enhedslisten • Rasmus Brandstrup Larsen: "
      "Kommunalbestyrelsesmedlem for Venstre • Stine Welent Andersen: Home Start Nordvestsjælland • Susanne "
      "Lodberg: Kirkens Korshær • Mette Meldgaard: Medusa • Maj-Britt Dyreborg Eschen: Mødrehjælpen • Kasper "
      "Lomholdt: Foreningen Sidesporet • Rie Lindekrans: Konsulent, Staben, SIOU Afbud: • Martin Vibe SAND "
      "Gæst: • Katrine Linneboe, SIOU Dagsorden med referat: Godkendelse af dagsorden Indhold: Godkendelse af "
      "dagsorden Referat Godkendt\n");
  const auto present = [&](const std::string& name) {
    return std::any_of(m.participants.begin(), m.participants.end(),
                       [&](const corpus::Participant& p) { return p.name == name && p.present; });
  };
  EXPECT_TRUE(present("Karen Thestrup Clausen"));
  EXPECT_TRUE(present("Stine Welent Andersen"));
  EXPECT_TRUE(present("Susanne Lodberg"));
  EXPECT_FALSE(present("Home Start Nordvestsjælland"));
  EXPECT_FALSE(present("Kirkens Korshær"));
}

// A label over a roster of one bullet an entry, each entry telling its
// person's status ("Lars Gaardhøj: Deltog", "Jesper Würtzen (A)
// (borgmester) - Deltog"), each a line on the page, run by a transcript into
// one line (Region Hovedstaden's councils and committees, Ballerup's
// Kommunalbestyrelse and Økonomiudvalg): each entry is a line of its own
// again, an entry's status ("...: Afbud", "... - Afbud") no label, and the
// label after the last agenda entry's title ("7. Underskriftsark
// Medlemmer") no part of that title. Verbatim lines of Region Hovedstaden's
// fastholdelses- og rekrutteringsudvalg and Ballerup's Økonomiudvalg.
TEST(TranscriptConventionsTest, BulletedStatusRoster) {
  const auto region = parse(
      "Referat\n\nTranskript\n\n1 Referat Punkter på dagsordenen 1. Beslutningssag: Valg af formand og "
      "næstformand 2. Beslutningssag: Forretningsorden for fastholdelses- og rekrutteringsudvalget 2022-2025 "
      "3. Beslutningssag: Mødeplan for 2022 6. Eventuelt 7. Underskriftsark Medlemmer • Susanne Due "
      "Kristensen: Deltog • Brian Høier: Deltog • Vibeke Westh: Deltog • Lartey Lawson: Deltog • Helle "
      "Bonnesen: Deltog • Turan Akbulut: Deltog • Jesper Hammer: Deltog • Stine Roldgaard: Deltog • Bergur "
      "Løkke Rasmussen: Afbud • Emilie Haug Rasch: Deltog • Annie Hagel: Deltog 1. Beslutningssag: Valg af "
      "formand og næstformand INDSTILLING Administrationen indstiller til fastholdelses- og "
      "rekrutteringsudvalget: 1. at udvalgets medlemmer vælger en formand, og 2. at udvalgets medlemmer "
      "vælger en næstformand. POLITISK BEHANDLING Godkendt, idet Susanne Due Kristiensen (A) vælges som "
      "formand.\n");
  const auto status = [](const corpus::Meeting& m, const std::string& name) -> int {
    for (const auto& p : m.participants)
      if (p.name == name) return p.present ? 1 : 0;
    return -1;
  };
  EXPECT_EQ(status(region, "Susanne Due Kristensen"), 1);
  EXPECT_EQ(status(region, "Lartey Lawson"), 1);
  EXPECT_EQ(status(region, "Bergur Løkke Rasmussen"), 0);
  EXPECT_EQ(status(region, "Emilie Haug Rasch"), 1);
  EXPECT_EQ(status(region, "Annie Hagel"), 1);
  const auto ballerup = parse(
      "Økonomiudvalget\n\nTranskript\n\n1 Økonomiudvalget 20.02.2018 kl. 08:00 Mødecenter A, Lokale 3 på "
      "Ballerup Rådhus Deltagere • Jesper Würtzen (A) (borgmester) - Deltog • Lolan Marianne Ottesen (A) - "
      "Deltog • Ali Abbasi (Ø) - Deltog • Helle Hardø Tiedemann (A) - Deltog • Kåre Harder Olesen (V) - "
      "Deltog • Michael Jensen (O) - Deltog • Musa Kekec (A) - Deltog • Peter Als (A) - Deltog • Eik Møller "
      "(kommunaldirektør) - Deltog • Mette Vaaben Mortensen (direktør) - Deltog • Anne Vang Rasmussen "
      "(direktør) - Deltog • Carsten Riis (direktør) - Deltog • Mette Brinch (sekretariatschef for Politisk "
      "Sekretariat) - Deltog AFBUD/FRAVÆRENDE • Ulrik Falk-Sørensen (F) - Afbud Åben dagsorden 1. "
      "Lovændring om beskyttelse af kommunalbestyrelses- og regionsrådsmedlemmers behandling af oplysninger "
      "som led i varetagelsen af deres hverv, der trådte i kraft den 1. januar 2018. 2. KL tilbyder kursus "
      "for kommunalpolitikere og borgmestre, som er udpeget til en forsyningsbestyrelse.\n");
  EXPECT_EQ(status(ballerup, "Ali Abbasi"), 1);
  EXPECT_EQ(status(ballerup, "Musa Kekec"), 1);
  EXPECT_EQ(status(ballerup, "Mette Brinch"), 1);
  EXPECT_EQ(status(ballerup, "Ulrik Falk-Sørensen"), 0);
}

// A run-on head whose title end was not found was read as a sentence, no
// head, and the heads after it were lost with it (the numbers no longer in
// turn). A title quoted in Danish typesetting opens a head ("3. ”Miljø
// aktivitetsudvalg” - ...", "5. ”Bordet rundt”: ..."); a title asked as a
// question ends at its question mark before a capital; a title ends in its
// year before a capitalised word that a small one follows ("... i april 2008
// Nedrivning af klubhuset er udskudt", "... d. 3. december 2008 Bestyrelsen
// underskrev referatet"). Verbatim: a sailing club's board (a dev web case
// as a transcript prints it) and KU's Bestyrelsen (a PDF transcript).
TEST(TranscriptConventionsTest, RunOnHeadsWithQuotedQuestionAndYearTitles) {
  const auto club = parse(
      "Referat af bestyrelsesmøde\n\nTranskript\n\n1 Referat af bestyrelsesmøde tirsdag den 26.02.08 kl. "
      "19.00 i HBS klubhus Deltagere: Ole, Jens, Finn, Thomas og Claus Afbud: Gitte og Jeppe Inviteret: "
      "Ingen 1.      Gennemgang og godkendelse af referat fra sidste møde Der var ingen kommentarer og "
      "referatet er godkendt. 2.    Diskussion, dagsorden og fin planlægning af Aktivitetsleder mødet Emner "
      "og metoder blev diskuteret og hjørnesten blev sat. Ole og Finn pusler det sidste på plads. 3.    "
      "”Miljø aktivitetsudvalg” - skal vi have en, og hvad skal denne omhandle? Bestyrelsen har kontaktet "
      "Vadehavssekretariatet for information og diskussion vedr. Nationalpark & Natura 2000. Spørgsmål om "
      "etablering af udvalg afventer til efter dette møde. 4.    Handlingsplan for Klubhus som nedrives i "
      "april 2008 Nedrivning af klubhuset er udskudt til tidligst maj/juni. 5.    Seneste nyt vedr. klubhus "
      "& fondssøgning (Finn) Der arbejdes på at skaffe midler til klubbens finansiering, pt. 7 ansøgninger "
      "ude til lokale fonde. 6.    Evt. 1) Bestyrelsen har behandlet en indsigelse fra et medlem mod "
      "bestyrelsens beslutning om at udvalgsmedlemmer kan benytte klubbens joller uden at betale "
      "vedligeholdelsesgebyr. Bestyrelsen har ikke ændret beslutningen og formanden svarer de to personligt. "
      "2) Bestyrelsen undersøger muligheden for at få en ny ledsagerbåd gennem Kodanfonden. 7.    Næste "
      "møde Onsdag den 26/3-2008 kl. 19:00\n");
  EXPECT_EQ(titles(club),
            (std::vector<std::string>{"Gennemgang og godkendelse af referat fra sidste møde",
                                      "Diskussion, dagsorden og fin planlægning af Aktivitetsleder mødet",
                                      "”Miljø aktivitetsudvalg” - skal vi have en, og hvad skal denne omhandle?",
                                      "Handlingsplan for Klubhus som nedrives i april 2008",
                                      "Seneste nyt vedr. klubhus & fondssøgning (Finn)", "Evt.", "Næste møde"}));
  const auto board = parse(
      "Referat af bestyrelsesmøde\n\nTranskript\n\n2 Pkt. 1 Godkendelse af dagsorden Bestyrelsen godkendte "
      "dagsordenen. SIDE 2 AF 5 Pkt. 2 Underskrivelse af referat af bestyrelsesmødet d. 3. december 2008 "
      "Bestyrelsen underskrev referatet med rettelser af 17. december Pkt. 3 Mødeplan og årshjul Formanden "
      "orienterede om mødeplan og årshjul.. Bestyrelsen tilkendegav, at den ønsker flere temadrøftelser.\n");
  const auto board_titles = titles(board);
  EXPECT_NE(std::find(board_titles.begin(), board_titles.end(),
                      "Underskrivelse af referat af bestyrelsesmødet d. 3. december 2008"),
            board_titles.end());
}

// A head whose line is no title and whose title end no reader above finds
// ends before its first capitalised word after a word in lower case (not a
// joining word: "og", "af", "i", "til", "for", ...) within its first fifteen
// words, or right after a one-word title ("6. Visionsplanen Visionsdag
// afholdes ...", "Eventuelt Der ..."): Danish writes nouns in lower case,
// so such a capital opens a sentence or a name. Middelfart's Ældreråd
// (verbatim, a dev web case as a transcript prints it), Dragør's Ældreråd,
// LAP's landsledelse, Brøndby Vester's parish council.
TEST(TranscriptConventionsTest, RunOnHeadTitleEndsAtItsFirstSentenceCapital) {
  const auto m = parse(
      "Referat 19. november 2015\n\nTranskript\n\n1 "
      "Referat fra Ældrerådets møde torsdag den 19. november 2015 Deltagere: Ældrerådets medlemmer "
      "Fraværende: Ingen1. Underskrift af referatet fra mødet den 15. oktober 2015 Underskrevet. 2. "
      "Godkendelse af dagsordenen Godkendt. 3. Afsendte høringssvar – efterretninger - Nedgravede "
      "affaldsløsninger - Kvalitetsstandarder Orienteringen taget til efterretning. 4. Salgssteder for "
      "rejsekort – høring Oplæg til udvidelse af salgssteder for rejsekort til at omfatte bibliotekerne "
      "anbefales. Formanden fremsender høringssvar. 5. Mødekalender – evaluering Socialchef Jonna Søegaard "
      "deltog i punktets behandling. Drøftelse af mødeplanen i forhold til høringer. Der har flere gange i "
      "2015 været problemer med at kunne behandle høringer på Ældrerådets møder på grund af høringsfrister, "
      "der lå mellem møderne. Det overvejes at ændre på mødedagen for Ældrerådets møder i 2016, så der "
      "skabes bedre sammenhæng i forhold til afgivelse af høringssvar til politiske sager. Punktet tages op "
      "til drøftelse på næste møde. Når mødeplanen for 2016 er fastlagt sender ældrerådsformanden en "
      "orientering til Teknik- og Miljøforvaltningen, så de bliver opmærksomme på at koordinere "
      "høringsfrister med planen for rådets møder. 6. Visionsplanen Visionsdag afholdes tirsdag den 5. "
      "januar 2016 kl. 9.00 på Tvillingegården. 7. Siden sidst 7.1 Gensidig orientering fra temadag i "
      "Vingstedcentret 16. november 2015."
      "\n");
  const auto ts = titles(m);
  for (std::string_view t : {"Salgssteder for rejsekort – høring", "Visionsplanen", "Siden sidst"})
    EXPECT_NE(std::find(ts.begin(), ts.end(), t), ts.end()) << t;
}

// A transcript that ran an item's decision heading, its colon lost, onto a
// run-on title ("1. Godkendelse af dagsorden Beslutning I mødet deltog:
// ...", Københavns Folkeoplysningsudvalg and Tryghedsudvalg's borgmestre;
// "Velkomst og godkendelse af dagsorden Referat Dagsordenen blev godkendt.",
// DSAM's bestyrelse, Baltorpskolens skolebestyrelse): the heading leaves the
// title and opens the item's decision, the text under it. Verbatim
// transcript of Københavns Folkeoplysningsudvalg's first item.
TEST(TranscriptConventionsTest, DecisionHeadingEndingRunOnTitleOpensTheDecision) {
  const auto m = parse(
      "1. Godkendelse af dagsorden\n\nTranskript\n\n"
      "1 1. Godkendelse af dagsorden Beslutning I mødet deltog: Borgerrepræsentanter: Leslie Arentoft, Bjarne "
      "Fey, Simon Strange, Susanne Møller (ankom under behandlingen af punkt 6) og Rikke Lauritzen (ankom "
      "under behandlingen af punkt 14). Fra den folkeoplysende voksenundervisning: Poul Henrik Glasius, Peter "
      "Hollbaum-Hansen, Torben Schipper, Kjeld Biering-Sørensen, Anne Marie Hannberg, Charlotte Lorenzen og "
      "Ole Sørensen. Fra det frivillige folkeoplysende foreningsområde: Per Vandrup (mødeleder), Anders "
      "Gredal Berner, Jan Barslev, Peter Mark Lundberg, Peter Bøgelund og Charlotte Bach Thomassen. "
      "Tilforordnet fra handicaporganisationerne: Michael Madsen. Fra Kultur- og Fritidsforvaltningen: Mads "
      "Kamp Hansen, Anders Christensen og Dennis Krabbe Sørensen (referent) Følgende havde meldt afbud: Rikke "
      "Lauritzen, Susanne Møller, Birthe Skaarup, Muhammad Aslam og Basem Barakat. Dagsordenen blev "
      "godkendt.\n");
  ASSERT_GE(m.items.size(), 1u);
  EXPECT_EQ(m.items[0].title, "Godkendelse af dagsorden");
  ASSERT_FALSE(m.items[0].sections.empty());
  EXPECT_EQ(m.items[0].sections[0].kind, "beslutning");
  EXPECT_EQ(m.items[0].sections[0].text.rfind("I mødet deltog:", 0), 0u);
  EXPECT_NE(m.items[0].sections[0].text.find("Dagsordenen blev godkendt."), std::string::npos);
}

// The meeting's own minutes named again as the verdict's subject right after
// a run-on title, with what it is of and its participle ("1. Referat Referat
// fra sidste bestyrelsesmøde godkendt", Broby Friskole's board; "1. Referat
// af møde 14 incl. underskrift Referat fra BS 14 blev godkendt.", VUC
// Aarhus' board; "2. Godkendelse af referat Referatet fra sidste møde blev
// godkendt.", CG's board): the title ends before the subject, which opens
// the decision. Verbatim transcript of Broby Friskole's minutes.
TEST(TranscriptConventionsTest, MinutesVerdictAfterRunOnTitleOpensTheDecision) {
  const auto m = parse(
      "Referat bestyrelsesmøde den 06.11.2019\n\nTranskript\n\n"
      "1 Referat bestyrelsesmøde den 06.11.2019 Deltagere: Ulrik Christiansen, Charlotte Andreasen, Hans Henrik "
      "Jørgensen, Rikke Iversen, Lykke Johansen, Peter Dalsgaard, Lars Lykke Larsen, Jesper Hoppe Afbud: Helle "
      "Rex, Per Crone, Peter Dalsgaard, Charlotte Hansen 1. Referat Referat fra sidste bestyrelsesmøde godkendt "
      "2. Skolenyt Friskolen: Personalet tager på rystesammen/pædagogisk tur kommende weekend.\n");
  ASSERT_GE(m.items.size(), 1u);
  EXPECT_EQ(m.items[0].title, "Referat");
  ASSERT_FALSE(m.items[0].sections.empty());
  EXPECT_EQ(m.items[0].sections[0].kind, "beslutning");
  EXPECT_EQ(m.items[0].sections[0].text, "Referat fra sidste bestyrelsesmøde godkendt");
}

TEST(TranscriptConventionsTest, MinutesVerdictAfterAbbreviatedRunOnTitle) {
  const auto m = parse(
      "Referat\n\nTranskript\n\n"
      "2 1. Referat af møde 14 incl. underskrift Referat fra BS 14 blev godkendt. 2. Økonomiske sager\n");
  ASSERT_GE(m.items.size(), 1u);
  EXPECT_EQ(m.items[0].title, "Referat af møde 14 incl. underskrift");
  ASSERT_FALSE(m.items[0].sections.empty());
  EXPECT_EQ(m.items[0].sections[0].text.rfind("Referat fra BS 14 blev godkendt.", 0), 0u);
}

// The heads a run-on line is split before take the separators the line
// form reads after an item's number (items.cc): an agenda site's spaced
// colon ("1 : Godkendelse af dagsorden", Ringkøbing-Skjern's committees), a
// spaced dash ("1 - Godkendelse af dagsorden", the church councils' DAP and
// the provsti sites; "Nr.143 - Godkendelse af dagsorden", Fredensborg's
// Byråd) and the lead word "Nr." glued to the number. Verbatim transcript of
// Ringkøbing-Skjern's Erhvervs-, Klima- og Arbejdskraftudvalg (a dev web
// case), cut in item 2.
TEST(TranscriptConventionsTest, RunOnHeadsTakeTheLineFormsSeparators) {
  const auto m = parse(
      "Referat: 27. oktober 2025 kl. 08:00\n\nTranskript\n\n"
      "1 Referat: 27. oktober 2025 kl. 08:00 Deltagere - Hans Østergaard - Irvin Christensen - Bent Hauge "
      "Brodersen - Marie Kamp From - Jesper Lærke - Jens Jensen - Søren Elbæk Referat - Godkendelse af "
      "dagsorden - Virksomhedsbesøg - Proces for fremtidig behandling af indkomne ansøgninger om opstilling "
      "af vedvarende energianlæg - Scenarier for fossilfri Ringkøbing-Skjern Kommune 2040 - Energirådgivning "
      "til husejere med oliefyr - Evaluering af projekt - ESGreenTool - Ansøgning - udvikling af "
      "Vesterhavskøkkenet som fødevarebrand - Evaluering af Nationalt Topmøde om Arbejdskraft 2025 - "
      "Sammenlægning af Videnråd og Arbejdskraftråd - Projekt Ålandet - status efteråret 2025 - Gensidig "
      "orientering - Underskriftsside Kopier link til punktet - Print 1 : Godkendelse af dagsorden Sagsnr: "
      "BilagIngen bilag. BeslutningGodkendt. Fraværende- Hans Østergaard () Kopier link til punktet - Print "
      "2 : Virksomhedsbesøg Sagsnr: SagsfremstillingUdvalget besøger Tarm Bogtryk, hvor direktør Stig Madsen "
      "holder et oplæg om virksomheden.\n");
  const auto ts = titles(m);
  for (std::string_view t : {"Godkendelse af dagsorden", "Virksomhedsbesøg"})
    EXPECT_NE(std::find(ts.begin(), ts.end(), t), ts.end()) << t;
  ASSERT_GE(m.items.size(), 1u);
  bool approved = false;
  for (const auto& s : m.items[0].sections) approved = approved || (s.kind == "beslutning" && s.text.rfind("Godkendt", 0) == 0);
  EXPECT_TRUE(approved);
}

// An attachment's number in a sentence ("Se bilag 1.", "vedlagt som bilag
// 3. Det indstilles ...", "vedlagt i bilag 1. Kort fortalt ...") is no
// item's number in a run-on line, though a capital follows its full stop:
// Ishøj's Erhvervs- og Beskæftigelsesudvalg and Teknik- og Bygningsudvalg,
// DDS' bestyrelse. Verbatim transcript of the Ishøj case, whose items have
// no titles: its two decisions stay, and no "Indstilling at udvalget ..."
// item opens before the focus areas' list "2. ... 3. ... 4. ...".
TEST(TranscriptConventionsTest, AttachmentNumberInASentenceIsNoRunOnHead) {
  const auto m = parse(
      "Referat\n\nTranskript\n\n"
      "1 Referat Erhvervs- og Beskæftigelsesudvalget onsdag den 6. marts 2024 kl. 19.00 Mødelokale "
      "Tårnbjerget, Rådhuset, Ishøj Store Torv 20, etage 2, 2635 Ishøj Sagsfremstilling På grund af stort "
      "frafald fra udvalgets medlemmer har det desværre være nødvendigt at aflyse studieturen til Esbjerg den "
      "18-19. april 2024. Beslutning Formanden orienterede om et virksomhedsbesøg hos M.J. Eriksen d. 11. "
      "marts. Til efterretning. Sagsfremstilling Udvalget har besluttet at kigge grundigere på hver enkelt "
      "målgruppe på beskæftigelsesområdet, for på den måde at få et tydeligere billede af udviklingen, "
      "særlige problematikker og mulige indsatser. Vi er nu nået frem til de sidste 2 områder, som er "
      "henholdsvis revalidering og integration. Integration omfatter også særloven i forhold til ukrainske "
      "flygtninge. Administrationen vil på mødet præsentere nøgletal, særlige udfordringer og igangsatte "
      "indsatser på områderne. Se bilag 1. Indstilling at udvalget tager orienteringen til efterretning. "
      "Beslutning Tiltrådt. Beslutningskompetence Erhvervs- og Beskæftigelsesudvalget. Bilag "
      "Sagsfremstilling På baggrund af Erhvervs- og Beskæftigelsesudvalgets drøftelse på udvalgsmøde i "
      "november vil beskæftigelsesstrategien særligt fokusere på 4 indsatsområder, som der skal være helt "
      "særligt fokus på den kommende tid. Udvalget har peget på følgende 4 særlige fokusområder: 1. "
      "Ungeområdet, som er en investering i at undgå ledighed senere. 2. A-dagpenge området, hvor vi har 100 "
      "flere ledige, end vi burde, og hvor der fra 2024 vil være et ændret samarbejde med A-kasserne.\n");
  for (const auto& t : titles(m)) EXPECT_EQ(t.rfind("Indstilling", 0), std::string::npos) << t;
  std::vector<std::string> decisions;
  for (const auto& it : m.items)
    for (const auto& s : it.sections)
      if (s.kind == "beslutning") decisions.push_back(s.text);
  ASSERT_EQ(decisions.size(), 2u);
  EXPECT_EQ(decisions[0].rfind("Formanden orienterede", 0), 0u);
  EXPECT_EQ(decisions[1].rfind("Tiltrådt.", 0), 0u);
}

namespace {

// The decision sections (Beslutning, Referat) of an item, heading first.
std::vector<std::string> decision_texts(const corpus::Item& item) {
  std::vector<std::string> out;
  for (const auto& s : item.sections)
    if (s.kind == "beslutning" || s.kind == "referat") out.push_back(s.text);
  return out;
}

// A numbered recommendation is no item, in a transcript where the indent
// that made it a point is lost (Mariagerfjord's Udvalget for Teknik og
// Miljø: "indstiller til udvalget;" / "1. At der udstedes
// byggetilladelse"), as the lower-case "1. at ..." of other committees.
TEST(TranscriptConventionsTest, NumberedRecommendationsAreNoItems) {
  const corpus_test::ItemsCase cases[] = {
      {"capitalised 'At' after 'indstiller til udvalget;'",
       "Sbsys dagsorden preview\n\nTranskript\n\n1 Referat til mødet i Udvalget for Teknik og Miljø den 22. "
       "juni 2020 kl. 17:30 Åbne dagsordenspunkter 85.02.02-G01-5-17 131. Godkendelse af dagsorden Beslutning "
       "Dagsorden blev godkendt. Fraværende: Peter Muhl (A). 02.34.02-P19-12-20 132. Højdevej 13 - Byggesag i "
       "partshøring Forventet sagsgang TM Anledning Tegnestuen Blåkilde har på vegne af ejeren søgt om "
       "tilladelse til at ombygge ejendommen Højdevej 13 i Hobro. Indstilling Direktøren for Teknik og Miljø "
       "indstiller til udvalget; 1. At der udstedes byggetilladelse 2. At den nuværende "
       "administrationspraksis, hvor der tillades byggeri i to etager og tagterasser i henhold til byggeretten "
       "i Bygningsreglementet (BR18), fortsættes i området 3. At der i forbindelse med den næste revision af "
       "kommuneplanrammerne anbefales, at etageantallet i området ændres fra 1,5 til 2 etager Sagsfremstilling "
       "Tegnstuen Blaakilde har på vegne af ejeren ansøgt om at ombygge ejendommen Højdevej 13.\n",
       {"Godkendelse af dagsorden", "Højdevej 13 - Byggesag i partshøring"}},
  };
  corpus_test::expect_titles(std::begin(cases), std::end(cases));
}

}  // namespace

// A decision heading that ends a piece of a page line, the label opening
// its text split off after it: the bare "Beslutning" after a participants'
// register ("... (referent) Beslutning Afbud Der var afbud fra ...", Region
// Midtjylland's Praksisplanudvalg) and the heading that names the deciding
// body before the meeting's labels ("... Sagsfremstilling Beslutning fra
// Integrationsrådet Dato: 15. juni 2015 Sted: ... Fraværende: Godkendt.",
// Odsherred's Integrationsråd on its agenda system). Verbatim excerpts of
// the dev web pages with their lines run together as a transcript prints
// them; the decision then holds what the label's line goes on with.
TEST(TranscriptConventionsTest, DecisionHeadingBeforeALabelEndsItsPiece) {
  const std::string rm =
      "Abonnér\n\nTranskript\n\n1 Abonnér Se alle dagsordener og referater fra dette mødeforum Referat til mødet "
      "i Praksisplanudvalg den 23. februar 2021 kl. 15:00 i Video - meet.rm40@rooms.rm.dk eller Regionshuset "
      "Viborg, Konference 1 Sagnr.: 1-01-72-35-17 1. Mødedeltagere Sagsfremstilling Fra kommunerne: Borgmester "
      "Hans Østergaard, Ringkøbing-Skjern Kommune Viceborgmester Frank Heidemann, Ikast-Brande Kommune "
      "Byrådsmedlem Mette Nielsen, Viborg Kommune Kontorchef Birgitte Haahr, Koncern Kvalitet AC fuldmægtig "
      "Moana Hjarnø Nielsen, Sundhedsplanlægning (referent) Beslutning Afbud Der var afbud fra Annette Ørbæk "
      "Andersen og Lone Becker Kjaergaard. Nye medlemmer Formandskabet bød velkommen til konsulent Vibeke Just "
      "Andersen, Fælleskommunalt Social- og Sundhedssekretariat i Midtjylland og medlem af PLO Midtjylland Ida "
      "Veng-Christensen. Tilbage til toppen Sagnr.: 1-01-72-35-17 2. Oplæg: Partnerskabsklinikker Det "
      "indstilles, at Praksisplanudvalget tager præsentation om Partnerskabsklinikker til efterretning "
      "Sagsfremstilling Markedsudvikl\n";
  const auto m = parse(rm);
  ASSERT_GE(m.items.size(), 1u);
  bool found = false;
  for (const auto& d : decision_texts(m.items[0])) found = found || d.find("Der var afbud fra Annette") != std::string::npos;
  EXPECT_TRUE(found);

  const std::string odsherred =
      "25.    Godkendelse af dagsorden\n\nTranskript\n\n1 25.    Godkendelse af dagsorden Sag 306-2014-5450 Dok. "
      "306-2015-140920 Initialer: MAF Åbent Sagsfremstilling Beslutning fra Integrationsrådet Dato: 15. juni "
      "2015 Sted: Kantinen, Administrationscentret i Nykøbinf Sj. Fraværende: Godkendt. Gæster tilstede: "
      "Patrick Makwala Dogan Yurdakul Mustafa Galo Mohamad Maria Theresa Frederiksen 26.    Gensidig "
      "orientering Sag 306-2014-5450 Dok. 306-2015-140924 Initialer: MAF Åbent Sagsfremstilling Orientering "
      "fra: ·          Integrationsråds sekretær ·          Formand/næstformand ·          "
      "Integrationsrådsmedlemmer Beslutning fra Integrationsrådet Dato: 15. juni 2015 Sted: Kantinen, "
      "Administrationscentret i Nykøbinf Sj. Fraværende: Alexandra Svendsen, Burkhard Sievers, Gitte Hededam, "
      "Jian Lin Liao, Johnny Henriksen, Jørgen Revsbech Hansen, Kanlaya Hongwiset Fra sekretæren orienteres "
      "der om, at Integrationsteamets borgermøde i Havnebyen den 28. maj 2015 var en succes, som "
      "Integrationsteamet vil arbejde på at gentage i andre bysamfund.\n";
  const auto o = parse(odsherred);
  const corpus::Item* orientation = nullptr;
  for (const auto& item : o.items)
    if (item.number == 26) orientation = &item;
  ASSERT_NE(orientation, nullptr);
  found = false;
  for (const auto& d : decision_texts(*orientation)) found = found || d.find("Fra sekretæren orienteres") != std::string::npos;
  EXPECT_TRUE(found);
}

// The head "ad 1." in a transcript's page line, the lead word in lower
// case, as the line form reads it (items_numbered.cc): "ad 1. Valg af
// ordstyrer Lone Ad 2. Indkommet post ... ad 3. Generalforsamling"
// (Folkenetværket's board; a verbatim excerpt of the dev web page run
// together as a transcript prints it). The glued "Ad.1.": LeadWordGluedToTheNumber.
TEST(TranscriptConventionsTest, AdLeadWordInLowerCase) {
  const std::string folkenet =
      "Bestyrelsesmøde 15.04.2023\n\nTranskript\n\n1 Bestyrelsesmøde 15.04.2023 april 12, 2023 in "
      "Bestyrelsesreferat Til stede: Bestyrelsesmedlemmer Irene, Lars, Lis, Lone, Rasmus Desværre kunne "
      "suppleant Lisbet ikke deltage. Dagsorden: Før mødets start overdrog Karen de opgaver, hun havde "
      "varetaget, til den nye bestyrelse. ad 1. Valg af ordstyrer Lone Ad 2. Indkommet post • • Mandag den "
      "29.05.23 – Foreningsdag på Høgevej 5, hvor områdets foreninger præsenterer aktiviteter for områdets "
      "indbyggere. Folkenetværket vil selvfølgelig være til stede. • • DGI tilbyder information for "
      "foreninger, der vil inddrage demente i gå-ture. Foreslås vores onsdags-gå-hold. ad 3. Generalforsamling "
      "• • Praktisk planlægning. Skal noget ændres? – Evt. servere kaffe op til mødets start. Ad 4. "
      "Opgavefordeling • • Irene varetager postfordelingen.\n";
  const auto m = parse(folkenet);
  std::vector<std::string> got;
  for (const auto& item : m.items) got.push_back(item.title);
  EXPECT_EQ(got, (std::vector<std::string>{"Valg af ordstyrer", "Indkommet post", "Generalforsamling",
                                           "Opgavefordeling"}));
}

// The three heads of TitleOpeningWithAnOrdinal (conventions_test.cc) with
// their pages run into one line, as a PDF transcript prints them: a title
// that opens with a recurring case's ordinal ("5. 2. behandling af budget",
// "Punkt 44 2. budgetopfølgning") still starts a head, and the case text's
// opening heading run on after the title ("Sagsresumé" in Fredericia's
// minutes, "Beslutningstema" in Fredensborg's and Slagelse's, "Resume" in
// Brønderslev's) ends it, also right before the next section's label.
TEST(TranscriptConventionsTest, RunOnTitleOpeningWithAnOrdinal) {
  const corpus_test::ItemsCase cases[] = {
      {"Brønderslev, pages run on",
       "Byrådet - Referat\n\nTranskript\n\n"
       "1 Byrådet - Referat Dato: 6. oktober 2021 Til toppen 4. Spørgetid for byrådsmedlemmer Resume Sagsforløb: BY "
       "Sagsfremstilling Spørgetid for byrådsmedlemmer. Beslutning Ingen. Til toppen 5. 2. behandling af budget "
       "2022 og overslagsårerne 2023-2025 Resume Sagsforløb: ØK/BY Med baggrund i den indgående budgetaftale "
       "fremsendes budgetforslaget til 2. behandling i Byrådet.\n",
       {"Spørgetid for byrådsmedlemmer", "2. behandling af budget 2022 og overslagsårerne 2023-2025"}},
      {"Fredericia, pages run on",
       "Kultur- og Idrætsudvalget - 20-08-2019\n\nTranskript\n\n"
       "1 Kultur- og Idrætsudvalget - 20-08-2019 Referat Punkt 43 Godkendelse af dagsorden Sagsresumé "
       "Sagsbeskrivelse: Indstillinger Indstilles til godkendelse. Beslutning i Kultur- og Idrætsudvalget den "
       "20-08-2019 Godkendt. Punkt 44 2. budgetopfølgning 2019 for Kultur- og Idrætsudvalget Sagsresumé "
       "Koncernområdet forventer i 2019 at have et merforbrug på 3,5 mio. kr. på serviceudgifter, hvilket er en "
       "forbedring på 0,4 mio. kr. sammenlignet med 1. budgetopfølgning.\n",
       {"Godkendelse af dagsorden", "2. budgetopfølgning 2019 for Kultur- og Idrætsudvalget"}},
  };
  corpus_test::expect_titles(std::begin(cases), std::end(cases));
}

// The closing item "Eventuelt" with what was said under it run on after
// its name by a transcript whose page or excerpt cut the sentence off (no
// full stop closes it): a sentence's end inside it or eight words or more
// are its text, not its title (Dragør's Ældreråd, a residents' council, a
// church council's orientation meeting).
TEST(TranscriptConventionsTest, ClosingItemTextCutOff) {
  const corpus_test::ItemsCase cases[] = {
      {"Dragør, the page cut in a word",
       "Ekstraordinært Ældrerådsmøde – Referat 14. december 2018\n\nTranskript\n\n"
       "1 Ekstraordinært Ældrerådsmøde – Referat 14. december 2018 3.    Næste møde og underskrift af liste for "
       "mødediæter Næste Ældrerådsmøde er tidligere berammet til 11. januar 2019, kl. 10 på rådhuset. 4.    "
       "Eventuelt Der arbejdes fortsat på at fremskaffe en adresseliste over husstande i kommunen med mindst et "
       "medlem på 60+, med henbli\n",
       {"Næste møde og underskrift af liste for mødediæter", "Eventuelt"}},
      {"a residents' council, after the colon",
       "Referat af beboerrådsmøde\n\nTranskript\n\n"
       "1 Referat af beboerrådsmøde 7)      Orientering fra udvalg: Projektor: Pengene til et nyt lærred "
       "er afsat men det overvejes, hvorvidt vi egentlig behøver det. Indtil videre sat i bero. Nye udvalg: Et "
       "udvalg til udvidelse af motionsrummet. 8) Eventuelt: Næste møde bliver holdt en søndag aften – d.24. Maj "
       "kl. 19:30. Skriv\n",
       {"Orientering fra udvalg", "Eventuelt"}},
      {"a church council, eight words",
       "Menighedsrådsmøde\n\nTranskript\n\n"
       "1 Orienteringsmøde kl. 19.30 1. Orientering om året, der gik. 2. Planer for det kommende år 3. Renovering "
       "af præstegården 4. Økonomi 5. Eventuelt Grundet manglende fremmøde / interesse falder denne del væk. MR "
       "fortsatte med emner vedr. præste ansættelse under første afdeling.\n",
       {"Orientering om året, der gik.", "Planer for det kommende år", "Renovering af præstegården", "Økonomi",
        "Eventuelt"}},
  };
  corpus_test::expect_titles(std::begin(cases), std::end(cases));
}

// The attachments listed after "Bilag:" at a transcript's end ("Vedlagt
// bilag: 1. Præsentationsmateriale 2. ..."): a list, not items numbered
// from 1 again (a district heating company's general assembly).
TEST(TranscriptConventionsTest, AttachmentListIsNoItems) {
  const corpus_test::ItemsCase cases[] = {
      {"Tønder Fjernvarme",
       "Ekstraordinær generalforsamling\n\nTranskript\n\n"
       "1 Ekstraordinær generalforsamling 26. april 2019 Dagsorden: 1.) Valg af dirigent. 2.) Bestyrelsen "
       "fremlægger projektforslag for et flis varmeværk til godkendelse. 3.) Eventuelt Der var mødt 42 medlemmer "
       "op, der tilsammen havde 100 stemmesedler Dirigent Jens Boutrup blev valgt, og erklærede "
       "generalforsamlingen for lovlig indvarslet. Resultat: ja med 81 stemmer, nej med 13 stemmer og 6 blanke "
       "stemmer Den ekstraordinære generalforsamling sluttede kl. 20.45 Vedlagt bilag: 1. Præsentationsmateriale "
       "2. Brændselspris statistik 3. CO2 kvote pris for Østergade centralen\n",
       {"Valg af dirigent", "Bestyrelsen fremlægger projektforslag for et flis varmeværk til godkendelse",
        "Eventuelt"}},
  };
  corpus_test::expect_titles(std::begin(cases), std::end(cases));
}

// An item's number referred to in a sentence, its lead word in lower case
// ("under behandlingen af punkt 1. Jakob Næsager, C, ankom ...",
// Københavns Borgerrepræsentation; "forlod Regionsrådsmødet under punkt
// 29. Bent Hansen erklærede ...", Region Midtjylland's Regionsråd), opens
// no head though a capital follows its full stop; "Ad punkt 2" is a head's
// lead (Diabetesforeningen's Køge group).
TEST(TranscriptConventionsTest, ItemReferenceInASentenceIsNoHead) {
  const corpus_test::ItemsCase cases[] = {
      {"Københavns Borgerrepræsentation",
       "Mødedato: 17.11.2011, kl. 17:30\n\nTranskript\n\n"
       "1 Mødedato: 17.11.2011, kl. 17:30 Mødested: Borgerrepræsentationens mødesal Godkendelse af dagsordenen "
       "Beslutning Borgerrepræsentationens beslutning i mødet den 17. november 2011 Fraværende med afbud: Anette "
       "Holst Christensen, A, (ferie) Signe Goldmann, F, ankom til mødet kl. 17.32 under behandlingen af punkt 1. "
       "Jakob Næsager, C, ankom til mødet kl. 17.32 under behandlingen af punkt 1. Simon Strange, A, ankom til "
       "mødet kl. 17.33 under behandlingen af punkt 3. Heidi Wang, I, ankom til mødet kl. 17.33 under "
       "behandlingen af punkt 3. Cecilia Lonning, V, ankom til mødet kl. 17.36 under behandling af punkt 3.\n",
       {"Godkendelse af dagsordenen"}},
      {"Diabetesforeningen, Køge: Ad punkt",
       "Referat\n\nTranskript\n\n"
       "1 Referat Formanden, Johnna Andersen, bød velkommen til alle. Generalforsamlingen behandlede følgende "
       "dagsorden: Ad punkt 1: Valg af dirigent. Tonny Rasmussen, Borup, blev valgt. Ad punkt 2: Formanden, "
       "Johnna, aflagde beretning om Lokalforeningens virke i 2013 og kom bl.a. ind på: kursus for type 1 "
       "diabetikere med ledsagere, sport & diabetes, landsindsamling. Beretningen blev enstemmigt godkendt. Ad "
       "punkt 3: Kasserer, Peter Skjoldlund, fremlagde regnskabet for 2013. Peter besvarede et spørgsmål i "
       "relation til §18-midler og uddybede sammensætningen af lokalforeningens samlede værdier. Forsamlingen "
       "godkendte enstemmigt regnskabet.\n",
       {"Valg af dirigent",
        "Formanden, Johnna, aflagde beretning om Lokalforeningens virke i 2013 og kom bl.a. ind på: kursus for type "
        "1 diabetikere med ledsagere, sport & diabetes, landsindsamling",
        "Kasserer, Peter Skjoldlund, fremlagde regnskabet for 2013"}},
  };
  corpus_test::expect_titles(std::begin(cases), std::end(cases));
}

// A run-on table of contents that the text ends in, continued at the top of
// the next page with its next entry's number ("191. Dialogmøde med borgerne
// Godkendelse af dagsorden ..." on page 2, "210. Godkendelse af anvendelse
// af overskydende midler" alone on page 3; a city council's decision
// record, its body never reached): the contents' titles are the items, and
// the entry on the next page is the last of them, no body heading.
TEST(TranscriptConventionsTest, RunOnContentsContinuedOnTheNextPage) {
  const std::string text =
      "Byrådet Beslutningsprotokol. 24. september kl. 17:00 Byrådssalen, Silkeborg Rådhus\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Beslutningsprotokol 24. september kl. 17:00 Byrådssalen, Silkeborg Rådhus\n"
      "\n"
      "2 Indholdsfortegnelse Side 191. Dialogmøde med borgerne Godkendelse af dagsorden Godkendelse af "
      "anlægsbevilling til kloaksanering i Lille Søgade m.fl Godkendelse af Bibliotekspolitik for Silkeborg "
      "Kommune Godkendelse af forslag til sundhedspolitik Godkendelse af retningslinier for reklamefinansiering "
      "Orientering om udtalelse fra det kommunale tilsyn vedr. manglende dagsordenpunkt om folkeafstemning\n"
      "\n"
      "3 210. Godkendelse af anvendelse af overskydende midler\n";
  const std::vector<std::string> expected = {
      "Dialogmøde med borgerne",
      "Godkendelse af dagsorden",
      "Godkendelse af anlægsbevilling til kloaksanering i Lille Søgade m.fl",
      "Godkendelse af Bibliotekspolitik for Silkeborg Kommune",
      "Godkendelse af forslag til sundhedspolitik",
      "Godkendelse af retningslinier for reklamefinansiering",
      "Orientering om udtalelse fra det kommunale tilsyn vedr. manglende dagsordenpunkt om folkeafstemning",
      "Godkendelse af anvendelse af overskydende midler"};
  EXPECT_EQ(titles(parse(text)), expected);
}

// A table of contents under "Følgende sager behandles:" and its column heads
// "Pkt. Tekst Side", run into the page's line with the entries' numbers
// and pages among the titles, which lines_of splits at the numbers, going
// on over the next page under its column heads again, the text ending in
// it (a city council's minutes as docplayer keeps them): its titles are
// the items, without the column heads and the page's number; an opening
// word right after "af" is that word's object, no new title ("Justering af
// Principper for Økonomistyring").
TEST(TranscriptConventionsTest, RunOnContentsSplitAtItsNumbersOverTwoPages) {
  const std::string text =
      "Referat - Åben dagsorden Hjørring Byråd Borgmesterkontoret\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Referat - Åben dagsorden Hjørring Byråd Borgmesterkontoret Side 1. Mødedato: Mødet påbegyndt: kl. "
      "18:00 Mødet afsluttet: kl. 22:50 Mødested: Hjørring Rådhus, Springvandspladsen 5 Fraværende: Mai-"
      "Britt Beith Jensen, Erik Vadsager og Børge Bech Følgende sager behandles: Pkt. Tekst Side 1 "
      "Beslutningsforslag om Fleksibel Arbejdstid 3 2 Herregården Odden - fremtidig støtte 6 3 Årsregnskab "
      "Låneadgang mv. vedrørende 2016 i 14 5 Forslag til budgetproces Sindal Varmeforsyning søger om "
      "Kommunegaranti på 50 mio. kr Modulboliger i tomme bygninger, frigivelse af midler til forsøgsprojekt"
      " 26 8 Naturpark Tolne - frigivelse af bevilling 31 9 Energibesparende foranstaltninger - frigivelse "
      "af bevilling Energirenovering af idrætshal og modernisering af svømmehal i Sindal 36 Hallerne 11 "
      "Boligselskabet Nordjylland, afd. 26, Bindslev - kapitaltilførsel BoVendia afd. 9 (tidl. Hjørring "
      "Boligselskab afd. 25.) - godkendelse af 43 huslejestigning for 2017 (budgettvist) 13 Leje af "
      "Åstrupvej 15 til \"Den Gode Modtagelse\" Ansøgning om støtte til mobil koncertsal i Løkken "
      "Idrætscenter Dispensation fra Lukkeloven i forbindelse med Sindal marked Kystbeskyttelse ved "
      "nedkørslen Nørlev Strandvej Bortfald af planforslag for vindmøller mellem Sønder Rubjerg og Vejby "
      "Hirtshals Havn - Forslag til kommuneplantillæg og lokalplan for 4 vindmøller 63 samt miljørapport 19"
      " Revision af godkendelseskriterier vedrørende drift af s 68 privatinstitution behandling af analysen"
      " vedrørende tildelingsmodel på folkeskoleområdet behandling vedrørende udmøntning af skolepulje 84\n"
      "\n"
      "2 Pkt. Tekst Side 22 Justering af Principper for Økonomistyring Opdatering af s Indkøbs- og "
      "udbudspolitik Revideret reklame- og sponsorpolitik for Ændring af konstituering i Venstres "
      "byrådsgruppe 102 Side 2.\n"
      "\n"
      "3 \n";
  // (The first ten titles and the last five; the ones between keep text
  // that only the printed page tells from a title.)
  const auto got = titles(parse(text));
  const std::vector<std::string> first = {
      "Beslutningsforslag om Fleksibel Arbejdstid",
      "Herregården Odden - fremtidig støtte",
      "Årsregnskab",
      "Låneadgang mv. vedrørende 2016 i",
      "Forslag til budgetproces",
      "Sindal Varmeforsyning søger om Kommunegaranti på 50 mio. kr",
      "Modulboliger i tomme bygninger, frigivelse af midler til forsøgsprojekt",
      "Naturpark Tolne - frigivelse af bevilling",
      "Energibesparende foranstaltninger - frigivelse af bevilling",
      "Energirenovering af idrætshal og modernisering af svømmehal i Sindal",
  };
  const std::vector<std::string> last = {"Justering af Principper for Økonomistyring", "Opdatering af s",
                                         "Indkøbs- og udbudspolitik", "Revideret reklame- og sponsorpolitik for",
                                         "Ændring af konstituering i Venstres byrådsgruppe"};
  ASSERT_GE(got.size(), first.size() + last.size());
  EXPECT_EQ(std::vector<std::string>(got.begin(), got.begin() + first.size()), first);
  EXPECT_EQ(std::vector<std::string>(got.end() - last.size(), got.end()), last);
}

// A case's earlier treatments under its head, each a reference "<meeting>,
// pkt. N" (a city council's docplayer minutes): a transcript line split
// after "2005, pkt." leaves the point's number opening the next piece ("3
// Kommunalbestyrelsen den 31. oktober 2005, pkt. 3 ..."), which is that
// reference's number, no head.
TEST(TranscriptConventionsTest, WrappedPointReferenceIsNoHead) {
  const std::string text =
      "Transkript\n"
      "\n"
      "1 Møde i Kommunalbestyrelsen mandag den 28. november 2005, Kl i Kommunalbestyrelsens mødesal REFERAT\n"
      "\n"
      "2 ØKONOMIUDVALGET 2. Ny \"Styrelsesvedtægt for Ballerup Kommune\" - 2. behandling/endelig vedtagelse "
      "Økonomiudvalget den 25. oktober 2005, pkt. 3 Kommunalbestyrelsen den 31. oktober 2005, pkt. 3 "
      "Økonomiudvalget den 22. november 2005, pkt. 2 Resumé Kommunernes anliggender styres, jf. 2, stk. 1, i "
      "den kommunale styrelseslov, af kommunalbestyrelser, der vælges efter reglerne i den kommunale valglov.\n";
  for (const auto& t : titles(parse(text))) EXPECT_NE(t.rfind("Kommunalbestyrelsen den", 0), 0u) << t;
}

// A section heading's word that "&" joins to the word before it is a
// title's ("2. Service & Økonomi 11/31929 Beslutningstema: ...", a
// Socialudvalg's budget item named after its publication "Service og
// Økonomi"): the line is not split before "Økonomi".
TEST(TranscriptConventionsTest, SectionWordJoinedByAmpersandStaysInTitle) {
  const std::string text =
      "Referat Socialudvalget's møde\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Referat 's møde Mandag den Kl. 15:30 Myndighedsafd. s mødelokale Svinget 14, st.\n"
      "\n"
      "2 s møde den Budgetopfølgning pr. 30. september /4492 Beslutningstema: Budgetopfølgning pr. september "
      "Sagsfremstilling: Budgetopfølgning pr. 30. september 2011 for forelægges. Beslutning i den : Indstilling "
      "følges. 2. Service & Økonomi 11/31929 Beslutningstema: Godkendelse af budgetmateriale 2012 bestående at "
      "publikationen Service og Økonomi (bind 1).\n";
  const auto got = titles(parse(text));
  EXPECT_TRUE(std::any_of(got.begin(), got.end(), [](const std::string& t) { return t.rfind("Service & Økonomi", 0) == 0; }));
  EXPECT_TRUE(std::none_of(got.begin(), got.end(), [](const std::string& t) { return t == "Service &"; }));
}

// "X - Referat - date" after a site's menu or cookie notice of more than
// twenty-five words, run by a transcript into the first page line: the
// body's name before " - Referat" (Region Syddanmark's committees and
// council, Brønderslev's Økonomiudvalg, Ældreråd and Integrationsråd).
TEST(TranscriptConventionsTest, BodyBeforeDashedPaperKindAfterLongSiteTop) {
  const auto rsd = parse(
      "Gå til indhold\n\nTranskript\n\n"
      "1 Gå til indhold Forsiden | Kontakt | Ledige job | For ansatte | Presse "
      "og nyheder | Web-TV | tysk flag engelsk flag | Region SyddanmarkTil forsiden Sundhedsudvalget - "
      "Referat - 03. oktober 2011 Mødedato 03-10-2011 kl. 14:00 - 17:00 Mødested 14:00 - 15:00 - SDU - "
      "Klinisk Institut, Winsløwparken 25, 5000 Odense C. 16:00 – 17:00 - OUH - Kløvervænget 8, 1 sal. "
      "Lokale 14. Deltagere • Poul-Erik Svendsen • Kristian Grønbæk Andersen • Thyge Nielsen • Ingeborg "
      "Moritz Hansen • Susanne Linnet • Jørgen Pless • John Lohff • Karsten Uno Petersen • Pierre Topaz • "
      "John Hyrup Jensen • Thies Mathiasen • Afbud • John Lohff • Karsten Uno Petersen • Thies Mathiasen "
      "deltog ikke i punkterne 2 – 11 • Luk alle\n");
  ASSERT_TRUE(rsd.body);
  EXPECT_EQ(*rsd.body, "Sundhedsudvalget");
  const auto bronderslev = parse(
      "Vi bruger cookies til statistik som en del af vores arbejde for at lave en god hjemmeside. Hvis du "
      "ikke siger \"nej tak til cookies\", antager vi, at du accepterer vores cookie politik.\n\nTranskript\n\n"
      "1 Vi bruger cookies til statistik som en del af vores arbejde for at lave en "
      "god hjemmeside. Hvis du ikke siger \"nej tak til cookies\", antager vi, at du accepterer vores "
      "cookie politik. Se vores \"cookiepolitik\". Ældrerådet - Referat Dato: 27. september 2017 Lokale: "
      "Mødelokale 336, Brønderslev Rådhus Tidspunkt: Kl. 09:00 Indholdsfortegnelse1. Fraværende Resume "
      "Sagsforløb: ÆR Beslutning Svend Erik Simonsen og Karlo Simonsen Til toppen 2. "
      "Bemærkninger/ændringer til dagsordenen Resume Sagsforløb: ÆR Eventuelle bemærkninger/ændringer til "
      "dagsordenen. Beslutning Der er ingen bemærkninger til\n");
  ASSERT_TRUE(bronderslev.body);
  EXPECT_EQ(*bronderslev.body, "Ældrerådet");
  ASSERT_TRUE(bronderslev.date);
  EXPECT_EQ(*bronderslev.date, "2017-09-27");
}

// A web page's skip link ("Skip til hoved indholdet"), which the line form
// drops as furniture, opens a transcript's first page line: it is no part
// of the title, nor a body (Aalborg's Udsatteråd, Kolding's Ældreråd,
// Assens' Ungeråd: "skip to Main Content").
TEST(TranscriptConventionsTest, SkipLinkBeforeTheFirstPageIsNoTitle) {
  const auto aalborg = parse(
      "Skip til hoved indholdet\n\nTranskript\n\n"
      "1 Skip til hoved indholdet 12. marts 2025 - referat fra "
      "Udsatterådet Her finder du den seneste dagsorden eller det seneste referat fra Udsatterådet. Ældre "
      "referater fra møder i Udsatterådet 12. marts 2025 - referat fra Udsatterådet Referat fra "
      "Udsatterådet 2025-03-12 Udsatterådet 12. marts 2025 Åben Beslutning Dagsorden godkendes Åben "
      "Beslutning Bjarke er stoppet som sekretær for Udsatterådet, og Christina Alberg Hahn overtager hans "
      "plads. Christina præsenterer sig kort: Christina er normalt\n");
  EXPECT_FALSE(aalborg.body && aalborg.body->rfind("Skip", 0) == 0) << *aalborg.body;
  EXPECT_NE(aalborg.title, std::optional<std::string>("Skip til hoved indholdet"));
  const auto kolding = parse(
      "Skip til hoved indholdet\n\nTranskript\n\n"
      "1 Skip til hoved indholdet Dagsorden Torsdag 10. nov 2016 kl. "
      "10:30 Ældrerådet Nicolaiplads 6 - Festsalen Referat Resumé Præsentation af ny seniorområdechef "
      "Christina Pawsø. Sagen behandles i Ældrerådet (orientering). Forslag Senior- og Socialforvaltningen "
      "foreslår, at orienteringen tages til efterretning. Beslutning Ældrerådet den 10-11-2016 "
      "Orienteringen taget til efterretning. Resumé Formanden for Ældrerådet giver på mødet orientering om\n");
  EXPECT_FALSE(kolding.body && kolding.body->rfind("Skip", 0) == 0) << *kolding.body;
}

// An association's name in capitals, on a line of its own in the line form,
// run by a transcript into its first page line (three homeowners'
// associations): the words in capitals around the association's word, the
// meeting's words aside.
TEST(TranscriptConventionsTest, AssociationInCapitalsInsideTheFirstPageLine) {
  const auto hoejbo = parse(
      "Bestyrelsesmøder 2016 nr. 87-95\n\nTranskript\n\n"
      "1 Bestyrelsesmøder 2016 nr. 87-95 Referat GRUNDEJERFORENINGEN HØJBOPARKEN Bestyrelsesmøde nr. 87 "
      "Lørdag d. 9 januar 2016 kl.09.00 Hos Birgit Rasmussen, Kalbyvej 19, 4684 Holmegård Afbud fra: Gerda "
      "Bestyrelsen: Erling Skov, Birgit Rasmussen, Helle Wisler, Jeanette Rasmussen, Gyda Kristensen, Per "
      "Larsen, Jens Petersen\n");
  ASSERT_TRUE(hoejbo.body);
  EXPECT_EQ(*hoejbo.body, "GRUNDEJERFORENINGEN HØJBOPARKEN");
  const auto sejer = parse(
      "Referat af bestyrelsesmøde 16. november 2021\n\nTranskript\n\n"
      "1 Referat af bestyrelsesmøde 16. november 2021 Emne:Referat  EKSTRAORDINÆRT BESTYRELSESMØDE I "
      "GRUNDEJERFORENINGEN SEJER STRANDE   torsdag den 16. november 2021 kl. 20.00 – 22.00 Sted: Teams "
      "Deltagere: Anna Hallgren #72 Formand Niels Jacob Hansen #17 Næstformand Ulla Lundsmark  #45 Kasser\n");
  ASSERT_TRUE(sejer.body);
  EXPECT_EQ(*sejer.body, "GRUNDEJERFORENINGEN SEJER STRANDE");
}

// A title line names its paper's kind beside a dash ("X - Referat - date");
// a dash elsewhere in a transcript's run-on first page line ("Mødet -
// online - blev holdt", a schedule "22/8 - 27/9") makes no title of the
// words before a date (a football club's board, a school board).
TEST(TranscriptConventionsTest, DashFarFromThePaperWordMakesNoTitleLine) {
  const auto club = parse(
      "Menu\n\nTranskript\n\n1 Menu Referat af bestyrelsesmødet 13. april 2020 image Af Lars Krunderup, "
      "bestyrelsesmedlem 21. april 2020 kl. 10:06 Her kan du/I læse et referat af det seneste "
      "bestyrelsesmøde i SIF Fodbold. Mødet - online - blev holdt mandag 13. april 2020 - læs mere her... "
      "Referat fra bestyrelsesmøde i Støvring IF Fodbold mandag 13. april 2020 kl. 19.00. Dagsorden: 1. "
      "Generalforsamling. 2. Hjælpepakker til foreninger mv. 3. Kontingentindbetalinger. 4. …. 5. …. 6. "
      "Arbejdsdagen søndag 17/5. 7. Økonomi. 8. Rækværk om Bane 1. 9. Skur. 10. Eventuelt. Følgende deltog "
      "via Microsoft Teams: John Pedersen, Mads\n");
  EXPECT_FALSE(club.body && club.body->find("Menu") != std::string::npos) << *club.body;
  const auto school = parse(
      "Skolebestyrelsesmøde marts 2019\n\nTranskript\n\n1 Skolebestyrelsesmøde marts 2019 Referat fra den 25. "
      "marts 2019 kl. 19.00-21.00. Møderække: 22/8 - 27/9 - 30/10 - 26/11 - 12/12 - 24/1 - 26/2 - 25/3 - "
      "30/4 - 23/5 - 13/6 Mødeleder: Afbud: Maibrit Breum, Rikke Madsen, Allan Sørensen, elevråd Referat "
      "19.00-19.15 - Drøftelse 19.15-19.45 - Drøftelse Se skriftlig orientering fra Maibrit Mølsted "
      "(bilag) Desuden inviteres repræsentant fra senioridræt med. Hensigten er at det starter med "
      "virkning ved nyt skoleår. Lærerkredsen/BUPL orienteres.\n");
  EXPECT_FALSE(school.body && school.body->find("Referat") != std::string::npos) << *school.body;
}

// "Psykiatri- og socialudvalget - Referat": the compound's last part in
// lower case after "og" (Region Syddanmark's committee after its site's
// menu).
TEST(TranscriptConventionsTest, LowerCaseCompoundBeforeDashedPaperKind) {
  const auto m = parse(
      "Gå til indhold\n\nTranskript\n\n1 Gå til indhold Forsiden | Kontakt | Ledige job | For ansatte | Presse "
      "og nyheder | Web-TV | tysk flag engelsk flag | Region SyddanmarkTil forsiden Psykiatri- og "
      "socialudvalget - Referat - 13. august 2019 Mødedato 13-08-2019 kl. 15:00 - 17:00 Mødested "
      "Regionshuset, mødelokale 3 Deltagere • Thies Mathiasen, O • Morten Brixtofte Petersen, B • Bente "
      "Gertz, A • Pia Tørving, A • Annette Blynél, F • Anne-Marie Palm-Johansen, O • Gitte Frederiksen, V "
      "• Mette Bossen Linnet, V • Ulrik Sand Larsen, V • Afbud Luk alle punkter Referat 1. Ny "
      "psykiatriplan 2. Tilsyn på socialområdet 3. Tolkegebyr 4.\n");
  ASSERT_TRUE(m.body);
  EXPECT_EQ(*m.body, "Psykiatri- og socialudvalget");
}

// Past a site's cookie notice of more than twenty-five words, a lead-in
// opens the title only when it leads to a body's name (Middelfart's
// Ældreråd: "Referat fra Ældrerådets møde torsdag den ...").
TEST(TranscriptConventionsTest, LeadInToABodyAfterALongCookieNotice) {
  const auto m = parse(
      "Dette site bruger cookies. Hvis du forsætter på sitet, så accepterer du dette. Hvis du ikke ønsker "
      "at acceptere cookies så tryk på følgende link. Accepter ikke cookies\n\nTranskript\n\n1 Dette site "
      "bruger cookies. Hvis du forsætter på sitet, så accepterer du dette. Hvis du ikke ønsker at "
      "acceptere cookies så tryk på følgende link. Accepter ikke cookies Middelfart Kommune Logo Bær med "
      "sne Referat 19. november 2015 Referat fra Ældrerådets møde torsdag den 19. november 2015 Deltagere: "
      "Ældrerådets medlemmer Fraværende: Ingen1. Underskrift af referatet fra mødet den 15. oktober 2015 "
      "Underskrevet. 2. Godkendelse af dagsordenen Godkendt. 3. Afsendte høringssvar – efterretninger - "
      "Nedgravede affaldsløsninger - Kvalitetsstandarder Orienteringen taget til efterretning. 4. "
      "Salgssteder for rejsekort – høring Oplæg til udvidelse af salgssteder for rejsekort til at omfatte\n");
  ASSERT_TRUE(m.body);
  EXPECT_EQ(*m.body, "Ældrerådet");
  EXPECT_EQ(m.date, std::optional<std::string>("2015-11-19"));
}

// A web page prints its title twice (its head and its heading), which a
// transcript runs into one line: the title ends where its first words come
// again (a psychiatric ward's council, Køge's Handicapråd).
TEST(TranscriptConventionsTest, TitleEndsAtItsEcho) {
  const auto ward = parse(
      "Skip til primært indhold\n\nTranskript\n\n1 Skip til primært indhold Møde d. 6. februar 2023 i Patient- "
      "og Pårørenderådet Psykiatrisk Afdeling Aabenraa Møde d. 6. februar 2023 i Patient- og "
      "Pårørenderådet Psykiatrisk Afdeling Aabenraa Mødeinfo • Tidspunkt: 6. februar 2023 • Sted: "
      "Psykiatrisk afdeling Aabenraa Deltagere og afbud • Deltagere: Nova-Kirstine, Susan Ansbjerg, Diana "
      "Bork, Annette Lodahl, Henning Pedersen, Line Pharao Stein, Dorte Norstved, Mogens Lausen. • Afbud "
      "fra: Anne Hvidbjerg, Klaus Müller Nielsen, Yvonne Reinholdt, Hanne Bruun Jensen, Lise Lauritsen, Bo "
      "Schulz Referat Dagsorden er følgende. 1. Velkommen til nye\n");
  ASSERT_TRUE(ward.body);
  EXPECT_EQ(ward.body->rfind("Patient- og Pårørenderådet", 0), 0u) << *ward.body;
  EXPECT_EQ(ward.body->find("Møde"), std::string::npos) << *ward.body;
  const auto koege = parse(
      "Skip til hoved indholdet\n\nTranskript\n\n1 Skip til hoved indholdet Hjem Politik Byråd og udvalg Råd "
      "og nævn Referater af møder i Handicaprådet i 2022 Referater af møder i Handicaprådet i 2022 27. "
      "oktober - Møde i Handicaprådet Deltagere: Brugersiden: Lars Kunov, Nils Bo Hermansen, Kasper "
      "Ammitzbøll, Claus Nielsen og Anette Kaae-Bødker Politikere: Lissie Kirk, Pernille Sylvest, Kirsten "
      "Larsen, Niels Rolskov, Jan Brian Larsen (suppleant) Embedsmænd: Bjarne Andersen, Anne-Sofie Fogde "
      "Afbud: Rikke Kornval, Mille Schjoldan, Lone Nygaard Jensen, Kim Roat Sted: Fremtidslinjen STU, "
      "Karlemosevej 48, 4600 Køge Referat 1. Orientering og rundvisning på Fremtidslinjen STU v/ leder af "
      "Fremtidslinjen, Dorte Lindegaard Henriksen Dorte holdt\n");
  ASSERT_TRUE(koege.body);
  EXPECT_EQ(*koege.body, "Handicaprådet");
}

namespace {

// The lines lines_of makes of a transcript's text that open with `lead`.
std::vector<std::string> lines_opening(const std::string& text, std::string_view lead) {
  std::vector<std::string> out;
  for (const auto& l : corpus::recog::lines_of(formats::read_document_bytes(text)))
    if (l.text.compare(0, lead.size(), lead) == 0) out.push_back(l.text.substr(0, 20));
  return out;
}

}  // namespace

// A numbered list inside an item's text, run into the page's line with the
// heads (the web page's indentation lost): it restarts at 1 after the
// head's title, and the heads' numbering resumes after it with the next
// item's number (lines.cc InnerLists). Assens' Ungeråd, verbatim; the
// same lists inside items in dev minutes of Hørsholm's Seniorråd ("5.
// Meddelelser ... 1. Herunder spm om aktindsigt drøftes 2. ... 6.
// Høringssvar"), Odense's Psykiatriråd ("2. Bordet rundt ...: 1. Formand:
// Else Kirk 2. Medlem: ...") and Køge's Udsatteråd ("Hjemløshed, herunder:
// 1. Hjemløse-workshops ved Henrik 2. March ..."). The heads are cut at 2
// to 6, not at the inner lists' "2. Release", "3. Strategi".
TEST(TranscriptConventionsTest, InnerNumberedListsAreNoHeads) {
  const std::string text =
      "skip to Main Content\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 skip to Main Content Referat Ungerådsmøde d. 12. maj 2020 1. Besøg fra arbejdsgruppen fra kommunen – ny "
      "børn- og ungepolitik. 1. Status på Børne- og Ungepolitikken: 1. Byrådets godkendelse af udkast til politik 2. "
      "Høring 2. Release – arbejdsgruppens foreløbige ideoplæg og Ungerådets sparring og kvalificering 3. Strategi- og "
      "handleplaner – det indledende arbejde 4. Eventuelt 5. Kort gennemgang fra arbejdsgruppen, men mødet er udsat "
      "til ny dato. 2. Ungerådet virtuelt 1. De unges talerør (vores sociale medier kunne være en platform for unge, "
      "hvor de kan dele ting) 2. Virtuelle arrangementer 1. Podcast 2. Brevkasse 3. Corona-talks om forskellige emner "
      "4. Sende live på instagram eller facebook 5. Virtuelle foredrag 3. Udendørs arrangementer senere 3. Nyt fra NAU "
      "1. DUF-ansøgning 4. Rekruttering 1. Lave highlight på instagram om at være med i rådet 2. Arbejde mere på det "
      "til august (‘søge’ medlemmer) (snakke om det til næste møde) 5. De næste tre måneder 1. Møde d. 19. maj: "
      "planlægning af virtuelle ‘arrangementer’ 2. Møde med arbejdsgruppen fra kommunen 3. Ungerådsmøde d. 9. juni 6. "
      "Evt. Back To Top\n";
  // (Each head opens a line; none of the inner lists' entries that go on
  // from 1 does.)
  for (const std::string_view head : {"2. Ungerådet", "3. Nyt fra NAU", "4. Rekruttering", "5. De næste", "6. Evt."})
    EXPECT_EQ(lines_opening(text, head).size(), 1u) << head;
  for (const std::string_view entry : {"2. Høring", "2. Release", "3. Strategi", "4. Eventuelt", "5. Kort"})
    EXPECT_TRUE(lines_opening(text, entry).empty()) << entry;
  // (Each title ends before its inner list, "2. Ungerådet virtuelt 1. De
  // unges talerør ...", whose lines are the item's points, set in under
  // it as the web page's own list has them.)
  const std::vector<std::string> expected = {"Besøg fra arbejdsgruppen fra kommunen – ny børn- og ungepolitik",
                                             "Ungerådet virtuelt",
                                             "Nyt fra NAU",
                                             "Rekruttering",
                                             "De næste tre måneder",
                                             "Evt."};
  EXPECT_EQ(titles(parse(text)), expected);
}

// A label with no value of its own run onto the end of another label's
// value by the transcript ("Referent: Anne-Marie Skriver Mødets dagsorden:",
// a parish council's referat, case 588; "Fra sekretariatet: Jakob B.
// Petersen Møde afholdt på Zoom Forslag til dagsorden:", LAP's
// landsledelse, case 278; "Dato: Torsdag, 7 april, 2022 - 16:30 Hent som
// fil:", Faxe's agenda pages, case 797): it is a line of its own, as on the
// page, and the numbered head after it the first item, not its value.
TEST(TranscriptConventionsTest, EmptyLabelAtTheEndOfAValue) {
  const std::string text =
      "Referat af menighedsrådsmøde afholdt tirsdag den 19.maj 2021\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Referat af menighedsrådsmøde afholdt tirsdag den 19.maj 2021 Tilstede: Jeppe Sørensen, Erik Kjørup "
      "Andersen, Steen Henriksen, Ole Olsen, Niels Erik Andersen, Linda Morgan-Fisher, Anne-Marie Skriver, Lisbeth "
      "Hansen, Ingelise Slente Referent: Anne-Marie Skriver Mødets dagsorden: 1. Orienteringspunkter, herunder evt. "
      "afledte konsekvenser af synet. Der er født 29 børn i sognet og kun 11 er døbt, ifølge sogn.dk Der bør sendes "
      "brev til medlemmer af folkekirken om muligheder for dåb. Sekretær og præst tager action. Evt. ved særligt brev "
      "om ”tumlingedåb” Der er planlagt 12 dåb i de kommende måneder. 2. Konfirmering af ansættelse af "
      "gravermedhjælper. Anna-Teresia Knudsen er ansat som gravermedhjælper. 3. Indkøb af elektrisk hækklipper, "
      "buskrydder og batteri. Godkendt af menighedsrådet.\n";
  const auto got = titles(parse(text));
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.front(), "Orienteringspunkter, herunder evt. afledte konsekvenser af synet");
}

// A page's furniture label ("Hent som fil:", the download link Faxe's agenda
// pages print under the date) that the transcript ran onto the end of the
// date's line: split off, it is dropped as the line form drops it, and the
// numbered head after it is the first item (Faxe's Børn & Læringsudvalg and
// Plan & Kulturudvalg, cases 022, 797, 798, in the synthetic transcripts).
TEST(TranscriptConventionsTest, FurnitureLabelAtTheDateLinesEnd) {
  const std::string text =
      "Børn & Læringsudvalget - 07-04-2022\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Børn & Læringsudvalget - 07-04-2022 Referat Dato: Torsdag, 7 april, 2022 - 16:30 Hent som fil: 35. "
      "Godkendelse af dagsorden Økonomi Sagen afgøres af Børn & Læringsudvalget. Beslutning Godkendt. Fraværende: "
      "ingen. 36. Godkendelse af ændret mødeplan 2022 for Børn & Læringsudvalget Resume Der er på baggrund af ønske "
      "fra Børn & Læringsudvalget udarbejdet et revideret forslag til udvalgets mødeplan gældende fra april 2022. "
      "Udvalgets mødedag flyttes fra onsdage til torsdage og starter kl. 16.30. Børn & Læringsudvalget godkendte den "
      "oprindelige mødeplan for 2022 på mødet den 17. januar 2022. Sagsfremstilling Børn & Læringsudvalget skal "
      "godkende den reviderede mødeplan for udvalgets møder.\n";
  const auto got = titles(parse(text));
  ASSERT_GE(got.size(), 2u);
  EXPECT_EQ(got[0], "Godkendelse af dagsorden");
  EXPECT_EQ(got[1], "Godkendelse af ændret mødeplan 2022 for Børn & Læringsudvalget");
}

// "... Fold alle ud Meddelelser Sag nr. 24 Beslutningskompetence: SOSU
// Sagens kerne ...": Rødovre's agenda viewer prints each item's title, with
// no number, over "Sag nr. N" and the label of who decides (case 037,
// verbatim; 067 and 469 the same). The run-on split starts a line at "Sag
// nr. N" before "Beslutningskompetence", and the title after the viewer's
// button "Fold alle ud" is the first item's.
TEST(TranscriptConventionsTest, RodovreTitleBeforeCaseNumber) {
  const std::string text =
      "Social- og Sundhedsudvalget\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Social- og Sundhedsudvalget 05-04-2022 Medlemmer Formand Annie Arnoldsen Petersen (A) Ahmed H. Dhaqane (A) "
      "Jette Louise Larsen (C) Mogens Brauer (C) Marianne Christensen (Ø) Sager 24 - 31 Fold alle ud Meddelelser Sag "
      "nr. 24 Beslutningskompetence: SOSU Sagens kerne Oversigt fremlægges til orientering. 1. Rundvisning i "
      "Familiehuset 2. Livssituationer og introduktion til: - Børne- og familieområdet - Den borgerrettede del af "
      "sundhedsområdet (sundhedscenter og sundhedspleje) 1. Status på Røgfri Fremtid (Bilag 1) Indstilling "
      "Meddelelsespunkterne forelægges til orientering. Beslutning Taget til efterretning.\n";
  const auto got = titles(parse(text));
  ASSERT_GE(got.size(), 1u);
  EXPECT_EQ(got[0], "Meddelelser");
}
// "... uden bemærkninger. Orientering. Det har været sommerferietid, ...
// Aktiviteter. Evt. Næste møde ...": an association's minutes with each
// title alone on its line, closed by a full stop, run into a transcript's
// page (Fjordparken Øst's board, case 507, verbatim; Vestmoen's lokalråd,
// case 238, the same). Short titles after a sentence's end, three or more
// in the line, become paragraphs of their own, as the line form prints them.
TEST(TranscriptConventionsTest, FullStopTitlesInARunOnLine) {
  const std::string text =
      "Referat fra bestyrelsesmøde i grundejerforeningen Fjordparken Øst\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Referat fra bestyrelsesmøde i grundejerforeningen Fjordparken Øst Tirsdag d. 26/8-2003 kl. 19.30 hos Hans "
      "Åge (nr. 224) Tilstede          : BN, BK, BD, HÅP, EB Afbud            : AM Godkendelse af seneste referat. "
      "Referatet blev godkendt uden bemærkninger. Orientering. Det har været sommerferietid, derfor var der intet at "
      "orientere om. Arealerne. Igen generel kritik af græsslåningen. Der er indkommet en klage fra en beboer. "
      "Udbudsmaterialet er færdiggjort og der indhentes tilbud fra 5 selskaber. Deadline for tilbud er Primo "
      "Oktober. I seneste referat blev det nævnt, at nr. 324 trængte til at beskære hæk mod stamvej. Der er ikke "
      "tale om nr. 324 men nr. 320. Bestyrelsen undskylder fejlen. Økonomi. Der er ingen ændringer til den "
      "økonomiske situation. Aktiviteter. Evt. Næste møde 16/10-2003 kl. 19.30 hos Bjarne Dahl (nr. 404) Referent "
      ":  Bjarne Dahl\n";
  const auto got = titles(parse(text));
  for (const char* t : {"Orientering", "Aktiviteter", "Evt"})
    EXPECT_NE(std::find(got.begin(), got.end(), t), got.end()) << t;
  // The approval's title split off before them (split_approval_outcomes),
  // "Godkendelse af seneste referat.", is a paragraph too, its outcome
  // another: the first item, not the header's.
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.front(), "Godkendelse af seneste referat");
}

// "1.0 Velkommen ... 2.0 Godkendelse af dagsorden 2.1 Dagsorden for ...":
// each item numbered "N.0" as the head of its points "N.1", "N.2", run
// into the page's line (Professionshøjskolen Metropol's board, case 299,
// verbatim). The run-on split reads "N.0 " as the line form does
// (item_candidate: "3.0 Title" is item 3): each head opens a line, the
// points "2.1", "4.1" are no heads of their own in the run.
TEST(TranscriptConventionsTest, PointZeroHeadsInARunOnLine) {
  const std::string text =
      "Bestyrelsesmøde den 29. marts 2017 kl\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Bestyrelsesmøde den 29. marts 2017 kl A-punkter 1.0 Velkommen til nyt bestyrelsesmedlem [ny "
      "studenterrepræsentant Line Bordeaux (Socialrådgiveruddannelsen) i stedet for Jakob Winther Kjærsgaard] Da "
      "Line Bordeaux var syg og dermed ikke deltog i mødet udskydes punktet til næste møde. 2.0 Godkendelse af "
      "dagsorden 2.1 Dagsorden for bestyrelsesmøde den 29. marts 2017 Beslutning Bestyrelsen godkendte dagsordenen "
      "3.0 Godkendelse af referat af bestyrelsesmøde den 26. oktober Referat af bestyrelsesmøde den 12. december "
      "2016 Beslutning Bestyrelsen godkendte og underskrev referatet. 4.0 Godkendelse - Årsrapport 4.1 Indstilling "
      "4.2 Årsrapport Revisionsprotokollat Rigsrevisionens rapport\n";
  for (const std::string_view head : {"1.0 Velkommen", "2.0 Godkendelse", "3.0 Godkendelse", "4.0 Godkendelse"})
    EXPECT_EQ(lines_opening(text, head).size(), 1u) << head;
}

// Heads with a lead word in a run-on line go on past a number left out, as
// the line form's do (items_numbered.cc left_out_between): "ad 4. Status
// regnskab" (item 5 written 4 again) / "ad. 6 Årshjul ..." in
// Folkenetværket's board (case 361), and "Punkt 2. planlægning af
// generalforsamling" (a title in lower case, no head the run reads) /
// "Punkt 3. Evt" in Bartholine's board (case 725), both verbatim. One
// number may be left out between two such heads.
TEST(TranscriptConventionsTest, LeadWordHeadsGoOnPastANumberLeftOut) {
  const std::string folkenetvaerket =
      "Bestyrelsesmøde 15.04.2023\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Bestyrelsesmøde 15.04.2023 april 12, 2023 in Bestyrelsesreferat Til stede: Bestyrelsesmedlemmer Irene, Lars, "
      "Lis, Lone, Rasmus Desværre kunne suppleant Lisbet ikke deltage. Dagsorden: Før mødets start overdrog Karen de "
      "opgaver, hun havde varetaget, til den nye bestyrelse. ad 1. Valg af ordstyrer Lone Ad 2. Indkommet post • • "
      "Mandag den 29.05.23 – Foreningsdag på Høgevej 5, hvor områdets foreninger præsenterer aktiviteter for "
      "områdets indbyggere. Folkenetværket vil selvfølgelig være til stede. • • DGI tilbyder information for "
      "foreninger, der vil inddrage demente i gå-ture. Foreslås vores onsdags-gå-hold. ad 3. Generalforsamling • • "
      "Praktisk planlægning. Skal noget ændres? – Evt. servere kaffe op til mødets start. Ad 4. Opgavefordeling • • "
      "Irene varetager postfordelingen. • • Irene og Lars planlægger udflugt i juni måned (igen Valdemars dag) • • "
      "Irene og Lars fastlægger opgaverne i forbindelse med funktionen som instruktør for selvtrænere på Fuglebakken "
      "og Abildgården. • • Lone indkalder til bestyrelsesmøder og skriver referat. • • Karen havde tilbudt at "
      "fortsætte med lokalereservation hos Sport og fritid, hvilket bestyrelsen besluttede at tage imod. ad 4. Status "
      "regnskab • • Vi har endnu ikke modtaget opkrævning vedr. smørrebrød og kaffe til generalforsamlingen. • • Tre "
      "medlemmer har ikke betalt fuldt medlemskontingent for 2023. De bliver rykket for de resterende beløb. ad. 6 "
      "Årshjul for bestyrelsens opgaver • • Vi fastlægger udflugt i juni fremover til at foregå på Valdemars dag. ad. "
      "7 Puljeansøgninger • • Der er nedsat en gruppe på 3 personer til varetagelse af pulje- og fondsansøgninger. "
      "ad. 8 Status for hold 2 / 2 • • Idræt om dagen. Fredag den 21.04.23 besøger Malene Bach fra DGI.\n";
  for (const std::string_view head : {"ad. 6 Årshjul", "ad. 7 Puljeansøgninger", "ad. 8 Status"})
    EXPECT_EQ(lines_opening(folkenetvaerket, head).size(), 1u) << head;
  const std::string bartholine =
      "• den 13. januar 2022\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 • den 13. januar 2022 Bestyrelsesmøde den 12. januar, 2022 Referat Deltagende:  Formand Charlotte Zon, "
      "kasserer Jonna Kristensen, Hedvig Godsk, Lisbeth Liv Olesen, Jeppe Astrup Suppleanter: Kit S. Jürgens "
      "Referent: Lisbeth Liv Olesen Referat af dagsorden: Punkt 1. Økonomi: Regnskab og budget er ved at blive "
      "færdiggjort og sendes ud sammen med indkaldelse til generalforsamling. Punkt 2. planlægning af "
      "generalforsamling: Afholdes den 10.februar på Kaffe Fair. Der kommer indkaldelse med yderligere oplysninger. "
      "Punkt 3. Evt: Flere bestyrelsesmedlemmer er på valg i år, og vi håber at nogle nye har lyst til at være i "
      "bestyrelsen eller vurderingsudvalget.\n";
  EXPECT_EQ(lines_opening(bartholine, "Punkt 3. Evt").size(), 1u);
  const std::vector<std::string> expected = {"Økonomi", "Evt"};
  EXPECT_EQ(titles(parse(bartholine)), expected);
}

// (Case 252, DTU's board, as a transcript: the head's openness in brackets
// after its title's full stop stays with the head, as the line form reads
// it; cut off as a line of its own it lost items 4 to 10.)
TEST(TranscriptConventionsTest, BracketedOpennessAfterTheTitlesFullStopStaysWithTheHead) {
  const std::string dtu =
      "Bestyrelsesmøde d. 31. marts 2017\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Bestyrelsesmøde d. 31. marts 2017 1. Underskrift af referat af bestyrelsesmøde den 2. december 2016 2. Under"
      "skrift af forretningsorden (sagsfremstillingbilag 1) 3. Rektorartsrapport (dele som lukket punkter) (sagsfrems"
      "tilling) 4. Udkast til årsrapport 2016 (sagsfremstillingbilag 1bilag 3bilag 4 og bilag 5). 5. Status for lovfo"
      "rslag om ændring af universitetsloven (bedre rammer for ledelse). (Lukket punkt). 6. Status for byggeprojekter"
      " efter 4. kvartal 2016 (sagsfremstillingbilag1 og bilag 2) 7. Orientering om status for aktstykker (lukket pun"
      "kt) 8. Revideret konsolideringspolitik (sagsfremstillingbilag 1) 9. Fagligt oplæg: Horizon 2020 prisen for at "
      "bryde den optiske transmissionsbarriere 10. Evt. Referat\n";
  EXPECT_TRUE(lines_opening(dtu, "(Lukket punkt)").empty());
  EXPECT_EQ(lines_opening(dtu, "5. Status for lovforslag").size(), 1u);
  EXPECT_EQ(titles(parse(dtu)).size(), 10u);
}

// "... affaldsplan 2027-2032. - Godkendelse af dagsorden Beslutning
// Dagsordenen blev godkendt. - Det godkendte referat fra Seniorrådets møde
// den 4. december 2025 Beslutning Blev taget til efterretning.": a title
// naming the minutes of a dated meeting over the heading that opens its
// item's text (Monrad's Seniorråd, case 096, verbatim as a transcript;
// Aarhus' Magistrat, case 172, in the line form: "Referat fra Magistratens
// møde den 18. marts 2019" / "Beslutning"). The date closing the title is
// the named meeting's, not a header's: the title is an item's.
TEST(TranscriptConventionsTest, DatedTitleOverItsDecisionIsAnItem) {
  const std::string monrad =
      "Referat af Seniorrådets møde den 20. januar 2026\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Referat af Seniorrådets møde den 20. januar 2026 Prompt resultater Relevans v1 Relevans Nej Bilag "
      "First-agenda Sagsfremstilling Sagsfremstilling Deltagerer Formand Hanne Illum, næstformand Carsten Nørballe, "
      "Alfred Grinderslev, Birgitte Franck, David M. Gerschwald, Henning C. Hansen,Jens Peter Nørgaard og Maria "
      "Jensen Afbud: Pernille Rothaus Sørensen Ordstyrer: Næstformand Carsten Nørballe Referent: Sanne Ezi, Jura, "
      "Fælles Stabe Mødet indledtes med, at genbrugskonsulent Vibeke Dahlgaard fra Vej, Park og Miljø orienterede "
      "om det forestående arbejde med kommunens kommende affaldsplan 2027-2032. - Godkendelse af dagsorden "
      "Beslutning Dagsordenen blev godkendt. - Det godkendte referat fra Seniorrådets møde den 4. december 2025 "
      "Beslutning Blev taget til efterretning. - Høringer Der er ikke modtaget nye høringer siden sidste møde\n";
  const auto got = titles(parse(monrad));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Godkendelse af dagsorden");
  EXPECT_EQ(got[1], "Det godkendte referat fra Seniorrådets møde den 4. december 2025");
  const std::string aarhus =
      "Vælg\n"
      "\n"
      "Referat Magistraten 25-03-2019\n"
      "\n"
      "  Dialogmøde mellem Magistraten og Aarhus Vand A/S\n"
      "\n"
      "\n"
      "  Beslutning\n"
      "  Drøftet.\n"
      "  Rådmand Kristian Würtz og Keld Hvalsø var forhindret i at deltage i sagens behandling.\n"
      "\n"
      "  Bilag\n"
      "\n"
      "  Referat fra Magistratens møde den 18. marts 2019\n"
      "\n"
      "\n"
      "  Beslutning\n"
      "  Intet.\n"
      "  Rådmand Kristian Würtz og Keld Hvalsø var forhindret i at deltage i sagens behandling.\n";
  const auto a = titles(parse(aarhus));
  EXPECT_NE(std::find(a.begin(), a.end(), "Referat fra Magistratens møde den 18. marts 2019"), a.end());
}

// A page break between two heads: the next page's one head, run into the
// text after an outcome ("Beslutning Godkendt 2. Temadrøftelse ..."), has no
// second head on its page to back it as a run; it goes on from the last head
// cut on the page before (lines.cc split_items' `follows`). Verbatim, Region
// Midtjylland's Gødstrup-klyngen (case 030) printed in pages of 1000
// characters; also Mariagerfjord's Kultur- og Fritidsudvalg, Tønder's
// Landdistriktsudvalg, Furesø Idrætsråd and Romdrup Vandværk in dev.
TEST(TranscriptConventionsTest, HeadAfterPageBreakGoesOnFromPreviousPage) {
  const std::string text =
      "Dagsordner og referater Faglig strategisk gruppe Gødstrup-klyngen\n\nTranskript\n\n"
      "1 Dagsordner og referater Faglig strategisk gruppe Gødstrup-klyngen til mødet i den 22. november 2023 kl. "
      "08:30 i L128, Regionshospitalet Gødstrup 1. Godkendelse af dagsorden Det indstilles, at | dagsorden "
      "godkendes | Sagsfremstilling Punkter til eventuelt. Mødeleder: Henning Voss Deltagere: Direktør Søren Liner, "
      "Herning kommune Direktør Yelva Jensen, Holstebrog kommune Direktør Louise Berg, Ikast-Brande Kommune "
      "Hospitalsdirektør Henning Voss, Regionshospitalet Gødstrup Praksis koordinator Jørgen Buch Direktør Pia Ulv "
      "Helleland, Lemvig Kommune Direktør Louise Raunkjær, Herning Kommune Mark Brix Christensen, psykiatristaben "
      "(sekretariat) Gunna Andersen, Regionshospitalet Gødstrup (sekretariat) Afbud: Direktør Anette Ørbæk, "
      "Ringkøbing-Skjern kommune Lægefaglig direktør Jens Friis Bak, Regionshospitalet Gødstrup Lægefaglig direktør "
      "Palle Juelsgaard, Præhospital Direktør Lotte Juncker, Struer kommune Sygeplejefaglig direktør Rikke Degn, "
      "Regionshospitalet Gødstrup Hospitalsdirektør Tina Ebler, Regionspsykiatrien\n\n"
      "2 PLO-m Susanne Krogsgaard Pio-repræsentant Birgit Jonassen Pio-repræsentant Peter Husted Karin Locander, "
      "Herning kommune (sekretariat) Beslutning Godkendt 2. Temadrøftelse om teknologi/digitalisering Det "
      "indstilles, at | faglig strategisk gruppe drøfter anbefalinger og muligheder for digitale løsninger i "
      "tværsektorielle forløb samt afklarer næste skridt. | Sagsfremstilling\n";
  const auto got = titles(parse(text));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], "Temadrøftelse om teknologi/digitalisering");
  // (Not the last of numbers in a sentence, "bilag 1 og 2. På ...": Rødovre's
  // Social- og Sundhedsudvalg, case 469, verbatim.)
  const std::string rodovre =
      "Social- og Sundhedsudvalget\n\nTranskript\n\n"
      "1 Social- og Sundhedsudvalget 14-03-2023 Medlemmer Formand Annie Arnoldsen Petersen (A) Ahmed H. "
      "Dhaqane (A) Jette Louise Larsen (C) Mogens Brauer (C) Marianne Christensen (Ø) Sager 11 - 17 Fold "
      "alle ud Meddelelser Sag nr. 11 Beslutningskompetence: SOSU Sagens kerne Oversigt fremlægges til "
      "orientering. 1. Det videre samarbejde med Bikubenfonden (bilag 1) Indstilling Meddelelsespunktet "
      "forelægges til orientering. Beslutning Taget til efterretning. Bilag Bilag 1: Det videre samarbejde "
      "med Bikubenfonden Godkendelse af kvalitetsstandarder 2023 på ældre- og handicapområdet Sag nr. 12 "
      "Beslutningskompetence: KB Sagens kerne Social- og Sundhedsforvaltningen forelægger "
      "kvalitetsstandarder på ældre- og handicapområdet 2023 til godkendelse. Indstilling Social- og "
      "Sundhedsforvaltningen indstiller, 1. at høringssvarene tages til efterretning samt 2. at "
      "kvalitetsstandarderne på ældre- og handicapområdet 2023 godkendes. Beslutning Anbefales. "
      "Sagsfremstilling Kvalitetsstandarderne blev drøftet på møde i Social- og Sundhedsudvalget den 17. "
      "januar 2023 (sag nr. 2). Udvalget besluttede, at kvalitetsstandarderne skulle sendes i høring hos "
      "Seniorrådet, Handicaprådet, Integrationsrådet og Udsatterådet. Sagen fremlægges med henblik på "
      "godkendelse af kvalitetsstandarderne på ældre- og handicapområdet 2023.\n\n"
      "2 Social- og Sundhedsforvaltningen har holdt et høringsmøde med rådene den 2. februar 2023. Formålet "
      "med mødet var at høre rådenes kommentarer til den nye model for opsætningen af "
      "kvalitetsstandarderne. På mødet deltog to repræsentanter fra Udsatterådet, to fra Integrationsrådet "
      "og en fra Seniorrådet. Handicaprådet var ikke repræsenteret. Rådene har endvidere haft mulighed for "
      "at fremsende skriftlige høringssvar. Der er modtaget høringssvar fra Udsatterådet og "
      "Integrationsrådet, som er vedlagt som bilag 1 og 2. På høringsmødet udtrykte rådene generelt "
      "tilfredshed med den nye model for formidlingen af kval\n";
  const auto r = titles(parse(rodovre));
  EXPECT_EQ(std::count_if(r.begin(), r.end(), [](const std::string& t) { return t.rfind("På høringsmødet", 0) == 0; }), 0);
}

// The other side of the page break: a page whose one head is the last
// before the next page's first head ("... Dagsorden i henhold til
// vedtægterne og udsendt indkaldelse i vinterprogrammet. 1. Valg af
// dirigent. Bestyrelsen foreslog ..." and the next page "2 2. Aflæggelse af
// beretning ..."): cut as the head before it (lines.cc next_page_head).
// Verbatim, Elsegaarde Jagtforening's general assembly (case 577) in pages
// of 1000 characters; also Thisted's Kommunalbestyrelse ("136. Godkendelse
// af dagsorden ... 137. Kommunalbestyrelsen. Mødeplan 2023"), Køge's
// Handicapråd and Klampenborg Kajakklub in dev.
TEST(TranscriptConventionsTest, HeadBeforePageBreakGoesOnToNextPage) {
  const std::string text =
      "Referat af generalforsamling\n\nTranskript\n\n"
      "1 Referat af generalforsamling afholdt i Skudehavnens Fælleshus, Ebeltoft, mandag den 22. januar "
      "2024 Forud for generalforsamlingen afholdtes den traditionelle fællesspisning af gule ærter med "
      "tilbehør, hvori deltog 39 ud af 41 tilmeldte medlemmer. Den ene af de fraværende havde meldt "
      "sygdoms-afbud samme dags formiddag. I sin velkomst rettede formanden en særlig velkomst til "
      "foreningens nyeste medlem. Jan Bo Lilliendal. Der mødte ikke flere medlemmer op til selve "
      "generalforsamlingen. Dagsorden i henhold til vedtægterne og udsendt indkaldelse i vinterprogrammet. "
      "1. Valg af dirigent. Bestyrelsen foreslog Sven Arne Vallentin, der valgtes enstemmigt. Dirigenten "
      "erklærede generalforsamlingen for lovligt indvarslet og beslutningsdygtig. Formanden oplyste, at "
      "Sven Arne Vallentin havde fødselsdag ”i dag”, og takkede fordi, han ville bruge sin fødselsdag på at "
      "deltage i generalforsamlingen og være dirigent. Foreslog derefter, at forsamlingen sang første vers "
      "af ”fødselsdagssangen” – hvilket skete.\n\n"
      "2 2. Aflæggelse af beretning om foreningens virke siden sidste ordinære generalforsamling. "
      "Bestyrelsens beretning blev aflagt af formanden, Jørgen Brøgger. Der var ingen spørgsmål eller "
      "kommentarer til beretningen, der godkendtes med applaus. 3. Fremlæggelse af det reviderede regnskab "
      "til godkendelse. Regnskabet blev fremlagt af kasserer Kim V. Larsen. Regnskabet udviste indtægter på "
      "113.615,15 kr. og udgifter på 114.483,15 kr., og dermed et underskud på 868,00 kr. Kassereren "
      "oplyste, at underskuddet var forventet, og hovedsageligt skyldtes to årsager: Foreningens 90-års "
      "fødselsdag og de store udgifter til rervirforbedringer, herunder især de mange og store plantninger, "
      "der var foretaget på foreningsreviret. Dirigenten efterlyste spørgsmål eller kommentarer til "
      "regnskabet, - hvilket der ikke var. Regnskabet godkendtes derfor med applaus. 4. Indkomne forslag. "
      "Formanden oplyste, at der ikke var indkommet nogle forsla\n";
  const auto got = titles(parse(text));
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.front(), "Valg af dirigent");
}

// A transcript's last page as short as its text (under 200 characters, "2
// 19. maj kl. 15.00 12. Orientering fra formand ... 13. Eventuelt. Intet.
// ..."): a page still, its number going on from the page line before it, so
// its heads are cut as a run-on page's (lines.cc lines_of). Verbatim, Krop &
// Sind Favrskov's board (case 381) in pages of 1000 characters; also
// Aalborg's Sundheds- og Kulturudvalg ("Underskriftsblad", 084 and 767),
// Region Sjælland's Regionsråd (280), Middelfart's Ældreråd (196) and
// Thisted's Social- og Sundhedsudvalg (484) in dev.
TEST(TranscriptConventionsTest, ShortLastPageIsRunOnPage) {
  const std::string text =
      "KROP & SIND\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 KROP & SIND FAVRSKOV Idrætsforeningen REFERAT Bestyrelsesmøde torsdag den 3. marts 1. Valg af "
      "ordstyrer Mikkel 2. Valg af referent Jette 3. Godkendelse af dagsorden. Godkendt. 4. Godkendelse af "
      "referat fra bestyrelsesmøde 3. December 2015 Godkendt. 5. Økonomi orientering ( Jette ) Jette "
      "orienterede. 6. Tiltrækning af flere medlemmer til Idræt. Allan og Jette taler med journalist vedr. "
      "artikel og annonce. Lisbeth kontakter Lisbeth Crafax, DAI. 7. Idrætsfestival i Vejle den 28.-30. "
      "juni, forhåndstilmelding. Mikkel står for forhåndstilmelding senest den 8. april, pris for "
      "deltagelse: 300 kr. pr. medlem. 8. Forårsture (tirsdage): 5. april:  Krolf  (Lisbeth) 3. maj:   "
      "Sprækkebjerg (Mikkel) 7. juni:   Krolf  (Lisbeth) 21. juni: Kanotur på Gudenåen – Bjerringbro til "
      "Bamsebo  (Jette) 9. Instruktør uddannelse 2016 ( Allan ) Vi forhører hos medlemmerne, om nogen er "
      "interesseret. 10. Dato for generalforsamling 14. april kl. 11.30 med efterfølgende konstituerende "
      "bestyrelsesmøde. 11. Dato for næste bestyrelsesmøde\n"
      "\n"
      "2 19. maj kl. 15.00 12. Orientering fra formand Vandgymnastik om tirsdagen fortsætter indtil "
      "sommerferien. 13. Eventuelt. Intet. Hjemmeside fra e-hjemmeside.dk\n";
  const auto got = titles(parse(text));
  ASSERT_EQ(got.size(), 13u);
  EXPECT_EQ(got[11], "Orientering fra formand");
  EXPECT_EQ(got[12], "Eventuelt");
}

// The last head cut from a run-on page kept the spaces a transcript left
// after its number ("3.    Næste møde og underskrift af liste for
// mødediæter" and on the next page "... 4.    Eventuelt Der arbejdes ..."):
// the next page's one head goes on from it (lines.cc lines_of's last_head).
// Verbatim, Dragør's Ældreråd (case 160) in pages of 1300 characters; also
// HB Sejlklub (579), Hjallese menighedsråd (580) and Furesø Idrætsråd (148)
// in dev.
TEST(TranscriptConventionsTest, SpacedHeadGoesOnToNextPage) {
  const std::string text =
      "Ekstraordinært Ældrerådsmøde – Referat 14. december 2018\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Ekstraordinært Ældrerådsmøde – Referat 14. december 2018 Ekstraordinært Ældrerådsmøde – Referat "
      "Data om mødet Dato:         14. december 2018 Tid:            9.00-10.00 Sted:          "
      "Wiedergården Mødedeltagere: Leif Ingersholm (LI), Nadia Langhoff (NL), Renee Schwaner (RS) og Nils "
      "Riiber Høj (NRH) Fra forvaltningen: Ingen Dagsorden: På grund af særlige omstændigheder er mødet "
      "indkaldt telefonisk med mindre end et døgns varsel, og uden en egentlig dagsorden, hvilket ved "
      "mødets start blev godkendt af deltagerne. 1.    Meddelelse om udtræden Ved mail af 13. december "
      "2018 har Knud Berggreen meddelt, at han af personlige grunde udtræder af Ældrerådet. Da der ikke er "
      "flere stedfortrædere til rådet er den umiddelbare konsekvens, at bestemmelserne i "
      "retssikkerhedslovens § 30, stk. 2 om, at ældrerådet skal bestå af mindst 5 medlemmer, ikke er "
      "opfyldt. De resterende fire medlemmer af rådet er enige om, at de ønsker at videreføre rådets "
      "virksomhed, hvorfor kommunalbestyrelsen vil blive opfordret til, i overensstemmelse med "
      "retssikkerhedslovens § 33, at søge dispensation til ældrerådets fortsatte virke med kun fire "
      "medlemmer. 2.  Konstituering Når det er afgjort, om rådet lovligt kan videreføre sin virksomhed, "
      "vil rådet re-konstituere sig, da Knud Berggreen bestred posten som næstformand. 3.    Næste møde og "
      "underskrift af liste for mødediæter\n"
      "\n"
      "2 Næste Ældrerådsmøde er tidligere berammet til 11. januar 2019, kl. 10 på rådhuset. 4.    "
      "Eventuelt Der arbejdes fortsat på at fremskaffe en adresseliste over husstande i kommunen med "
      "mindst et medlem på 60+, med henblik på at får omdelt den nytrykte Ældreguide. Der er enighed om, "
      "at det berammede ”Træf dit Ældreråd” på Wiedergården den 15. januar 2019, 11.00 til 13.00 "
      "gennemføres. Der er enighed om, at der arbejdes for at afholde et temamøde om Seniorbofællesskaber "
      "på Wiedergården den 5. februar 2019. Ref.:\n"
      "\n";
  const auto got = titles(parse(text));
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Eventuelt");
}

// The last head a run-on page cut with a lead word glued to its number
// ("... Ad.4. Ajourføring af informationsmappen. Ordensregler ..." and on the
// next page "... Ad.5. Eventuelt. Storskraldscontainer. ..."): the next
// page's one head goes on from it (lines.cc lines_of's last_head reads past
// k_glued_leads and k_head_leads). Verbatim, Søvang Allé's board (case 715)
// in pages of 1000 characters; also "Pkt. 2" in Fredensborg's Li
// skolebestyrelse (559) in dev.
TEST(TranscriptConventionsTest, LeadWordHeadGoesOnToNextPage) {
  const std::string text =
      "Tilstede. Marianne, Carsten, Cristina, Dina og Ulla\n"
      "\n"
      "Transkript\n"
      "\n"
      "1 Tilstede. Marianne, Carsten, Cristina, Dina og Ulla Afbud. Lars og James. Ad.1. Aktivitetslisten. "
      "Listens arbejder, og igangværende arbejder på ejendommene blev gennemgået. Der er lavet "
      "stikkontakter på lofterne. Det er til brug ved rengøring af lofterne. Thomas kommer med et tilbud "
      "på indkøb af en støvsuger til hvert loft – gård I og II. Der indkøbes to støvsugere. Rottekasser "
      "afbestilles. Marianne har opgaven. Der bliver kigget på rotter ved Søvang alle 17, fortsat og vi "
      "prøver at finde en løsning på rotteproblemet der. Ad.2. Økonomi. Der er ca. brugt 200.000 kr. på "
      "dette års regnskab til nu, til VVS arbejde. Der er 3 måneder tilbage, så økonomien ser ok ud. Ad.3. "
      "Skift af revisor. Det undersøges stadig om vi skal skifte revisor. Vi prøver, at rette henvendelse "
      "til vores administration, for at prøve, at få renten på fælleslånet ned. Ad.4. Ajourføring af "
      "informationsmappen. Ordensregler og affaldssortering skal opdateres i informationsmappen og øvrigt "
      "stof kigges efter om det er opdateret.\n"
      "\n"
      "2 Informationsmappen ligger i Dropbox. Ulla er ansvarlig,for at lave rettelser, og opdateringer, "
      "inden næste bestyrelsesmøde. Ad.5. Eventuelt. Storskraldscontainer. Der er meget vi ikke må smide i "
      "den hvis vi skulle bruge den til oprydning på ejendommene. Der bliver rettet henvendelse til Marius "
      "Pedersen, for at høre hvad de skal have for, at komme med en container til usorteret "
      "storskraldsaffald, og hente den igen. Haveaffaldscontainer får vi fortsat leveret et par gange "
      "årligt. Referent. Ulla Holm\n"
      "\n";
  const auto got = titles(parse(text));
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "Eventuelt");
}

// Heads numbered without a full stop ("1 Godkendelse af dagsorden
// Godkendt 2 ..."), a run from 1, go on past a transcript's page break: the
// next page's heads ("2 FV havde et ønske ... 5 Byggerådgiver hilser på
// menighedsrådet Tak for valget. ...") go on from the last head cut on the page before
// (lines.cc lines_of's last_head, bare_head_number; split_items' `follows`).
// Shortened, dev web pages printed in pages of 1000 characters: Hyltebjerg's
// menighedsråd (case 809) and HGS Rideklub's board (case 811).
TEST(TranscriptConventionsTest, BareNumberedHeadsGoOnPastThePageBreak) {
  const std::string church =
      "Rådsmøde 27.09.2022\n\nTranskript\n\n"
      "1 Rådsmøde 27.09.2022 Mødet holdes tirsdag 27.09.2022 kl. 19 på Skjulhøj Allé 23 C, st. baghuset 1 "
      "Godkendelse af dagsorden Godkendt 2 Godkendelse af revisionsprotokollatet for årsregnskab 2021 Revisors "
      "bemærkninger til regnskabsinstruksen tages op på FU møde. Menighedsrådet godkendte revisionsprotokollatet og "
      "formanden underskrev det. 3 Rådgiveraftale og organisation Menighedsrådet godkendte \"Aftale om teknisk "
      "rådgivning og bistand\". Formanden underskriver og kontrakten sendes til de relevante parter, herunder "
      "Stiftet. 4 Brainstorm og ønsker til genopbygning af kirken Udskydes til et kommende møde pga. mange afbud i "
      "dag.\n\n"
      "2 FV havde et ønske om, at Byggeudvalget ser på, om udhængsskabet kan hænges op på hegnet. Hvis det er "
      "muligt, skal det sættes i værk. 5 Byggerådgiver hilser på menighedsrådet Tak for valget. Det er en stor "
      "spændende opgave for Fogh og Følner. Hvad kan genopbygges og hvad kan ikke genopbygges? Firmaet har brug "
      "for gamle tegninger af bygningen. 6 Opfølgning på arbejdslørdag Mere fyldig dagsorden med indstilling fra "
      "udvalg til beslutninger.\n";
  const std::vector<std::string> church_titles = {
      "Godkendelse af dagsorden", "Godkendelse af revisionsprotokollatet for årsregnskab 2021",
      "Rådgiveraftale og organisation", "Brainstorm og ønsker til genopbygning af kirken",
      "Byggerådgiver hilser på menighedsrådet", "Opfølgning på arbejdslørdag"};
  EXPECT_EQ(titles(parse(church)), church_titles);
  const std::string club =
      "Bestyrelsesmøde 4. april 2017\n\nTranskript\n\n"
      "1 Bestyrelsesmøde 4. april 2017 Deltagere: Bettina, Michala, Charlotte, Ann Cecilie, Rikke og Helle "
      "(suppleant) 1 Godkendelse af referat Der blev ikke taget referat fra sidste møde den 20. februar, da kun "
      "Bettina, Ann Cecilie og Charlotte var til stede (afbud fra Christina og Michala) og mødet var indkaldt med "
      "kort tidsvarsel for at lave de sidste forberedelser til Generalforsamlingn og gennemgå regnskabet. Desuden "
      "orienterer Kasserer Bestyrelsen til alle møder om klubbens økonomi og konto bevægelser siden sidste møde. 2 "
      "Konstituering\n\n"
      "2 Bestyrelsen fik ikke konstitueret sig efter Generalforsamlingen som vedtægterne siger og det blev hermed "
      "gjort på mødet: Formand: Bettina Zangenberg Næstformand: Michala Damm-Frydenberg (genvalgt) Sekretær: "
      "Charlotte Kjær (genvalgt) 3 Opfølgning fra sidste møde (Generalforsamling) Referatet fra Generalforsamling "
      "mangler en sidste gennemlæsning. Charlotte sender det til alle. 4 Økonomi, herunder restance Der er desværre "
      "en del opstaldere der endnu ikke har betalt kontingent til klubben.\n";
  const std::vector<std::string> expected = {"Godkendelse af referat", "Konstituering",
                                             "Opfølgning fra sidste møde (Generalforsamling)",
                                             "Økonomi, herunder restance"};
  EXPECT_EQ(titles(parse(club)), expected);
}
