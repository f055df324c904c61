// The Danish conventions of a minutes header: which date is the meeting's,
// how a body names itself, and what page furniture is. Short texts written in
// each convention (not copied from one document) and what they must give.
// See docs/ARCHITECTURE.md §4.1, 4.2 and 4.5.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>

#include "corpus/dates.h"
#include "corpus/parser.h"

namespace {

corpus::Meeting parse(const std::string& text) { return corpus::parse_meeting(text, "x.txt"); }

struct DateFormCase {
  const char* text;
  std::optional<std::string> iso;
};

// Date forms as Danish minutes write them, and numbers that are no dates.
TEST(HeaderConventionsTest, DanishDateForms) {
  const DateFormCase cases[] = {
      {"Mødedato: 22-11-23", "2023-11-22"},
      {"Dato: 22.11.23 kl. 10", "2023-11-22"},
      {"Tid: onsdag d. 3.5 2022 kl. 16", "2022-05-03"},
      {"onsdag den 3/4-2024", "2024-04-03"},
      {"Tirsdag d. 12. marts 2024", "2024-03-12"},
      {"22. nov. 2023", "2023-11-22"},
      {"Wednesday, March 3, 2016 - 08:00", "2016-03-03"},
      {"22 May 2023", "2023-05-22"},
      {"25. February 2020 -", "2020-02-25"},  // Sermersooq's agenda site
      {"den 22de november 2023", "2023-11-22"},
      {"Mødedato: 8/29/2019 4:00:00 PM", "2019-08-29"},
      {"8/9/2019", "2019-09-08"},
      {"Sagsnr. 12-03-24-1234", std::nullopt},
      {"J.nr. 1.2.23.4", std::nullopt},
      {"kl. 10.30 2023", std::nullopt},
      {"Styregruppemøde 11. oktober oktober 2013", "2013-10-11"},
      {"Referat fra Forældrerådsmødet d. 25/4 – 19.", "2019-04-25"},
      {"Mødet d. 25/4-19 kl. 17", "2019-04-25"},
      {"onsdag den 3/4 - 2024", "2024-04-03"},
      {"J.nr. 25/4-123", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(corpus::find_date(c.text), c.iso) << c.text;
}

struct MeetingDateCase {
  const char* name;
  const char* text;
  std::optional<std::string> date;
};

// The meeting's date, not the page's, the previous meeting's or one an item
// quotes; a wrong date is worse than none.
TEST(HeaderConventionsTest, TheMeetingsDate) {
  const MeetingDateCase cases[] = {
      // A paper's date first, then the meeting's day with its weekday
      // (a library association's committee, an academy's board, a
      // museum's board).
      {"the paper's date before the weekday's",
       "Transkript\n\n1 24. september 2013 DB s Forretningsudvalg Mandag den 23. september 2013, kl DB, Vartov. REFERAT Til "
       "stede: Vagn Ytte Larsen, Kirsten Boelt.\n1. Godkendelse af dagsorden\nGodkendt.\n",
       "2013-09-23"},
      {"an issue date on its own line, then the board's meeting",
       "Erhvervsakademiet Copenhagen Business\n\n06.04.2010\n\n7. bestyrelsesmøde torsdag den 18. marts 2010 "
       "REFERAT Bestyrelsen: Ernst Lykke Nielsen Else-Marie Dupont\n1. Godkendelse af dagsorden\nGodkendt.\n",
       "2010-03-18"},
      {"a museum's letter dated the day after",
       "Karrebæksminde Fiskeri- og Bymuseum\n\n08.05. 2019\n\nBestyrelsesmøde tirsdag den 7. maj 2019 kl. 20.45 "
       "på museet\n1. Godkendelse af dagsorden\nGodkendt.\n",
       "2019-05-07"},
      {"a date broken over two lines after its label",
       "Referat\nMødedato: Onsdag den\n22. november 2023 kl. 08:30\n1. Budget\nBeslutning\nGodkendt.\n",
       "2023-11-22"},
      {"printed and updated dates are the document's",
       "Udskrevet den 3. maj 2024\nOpdateret: 2. maj 2024\nReferat\nBestyrelsen\nTirsdag d. 12. marts 2024\n"
       "1. Budget\nBeslutning\nGodkendt.\n",
       "2024-03-12"},
      {"only a printed date: none",
       "Udskrevet den 3. maj 2024\nReferat\n1. Budget\nBeslutning\nGodkendt.\n", std::nullopt},
      {"the previous meeting's date in an item",
       "Referat\nSeniorrådet\n1. Godkendelse af referat af mødet den 15. april 2021\nGodkendt.\n"
       "2. Budget\nBestyrelsen drøftede sagen, som den behandlede på sit møde den 6. september 2018.\n",
       std::nullopt},
      {"a page date above a meeting named by its month",
       "11. maj 2020\nRådsmøde, april 2020\n1. Budget\nRådet drøftede budgettet.\n2. Eventuelt\nIntet.\n",
       std::nullopt},
      // Case 112 (Etisk Råd) as a transcript: the page's date and the
      // month's phrase in one run-on line.
      {"a page date before a meeting named by its month in a transcript's line",
       "11. maj 2020\n\nTranskript\n\n1 11. maj 2020 Rådsmøde, april 2020 Rådet drøftede Coronakrisen som en "
       "verdenshistorisk krise på sundhedsområdet, som rammer direkte ned i rådets kerneopgave, og som rådet "
       "derfor bør give ekstra fokus i den kommende tid. 1. Godkendelse af dagsorden og referat af rådsmøde nr. "
       "351, den 20. februar 2020 2. Orientering fra formanden, samt præsentationsrunde 3. Drøftelse af "
       "Coronakrisen samt beslutning om rådets evt. videre arbejde med emnet 4. Rådets arbejdsplan og "
       "aktiviteter 5. Eventuelt\n",
       std::nullopt},
      {"a deadline and the next meeting are not the meeting",
       "Referat\nHøringsfrist: 1. december 2023\nNæste møde: 5. januar 2024\nDato: 22. november 2023\n"
       "1. Budget\nBeslutning\nGodkendt.\n",
       "2023-11-22"},
      {"only a deadline: none",
       "Referat\nSvarfrist 1. december 2023\n1. Budget\nBeslutning\nGodkendt.\n", std::nullopt},
      {"a label of date and time",
       "Referat\nDato/tid: 22.11.2023, kl. 16.00\n1. Budget\nBeslutning\nGodkendt.\n", "2023-11-22"},
      {"the meeting held on a weekday",
       "Ældrerådet\nMødet afholdtes torsdag den 4. april 2024 på Rådhuset.\nI mødet deltog alle.\n"
       "1. Budget 2025 og overslagsårene 2026-2028 med ændringer fra 3. marts 2024\nBeslutning\nGodkendt.\n",
       "2024-04-04"},
      {"the meeting held, its word a compound, the date straight after (Musikskolen på Mors)",
       "Bestyrelsen\n\nTranskript\n\n1 Bestyrelsen Musikskolen på Mors´ bestyrelse Holger Schmedes – formand Anne "
       "Mette Schrader – næstformand Morten Pipper – kasserer Lars Lundt Elin Dorte Hove – repræsentant for "
       "folkeskolelederne, Morsø Kommune Suppleanter Erik Kokholm Marianne Torbensen Referat af bestyrelsesmøde "
       "afholdt 27. september 2022 afholdt på Musikværket. Til stede var: Holger Schmedes, Anne Mette Schrader 1. "
       "Budget Godkendt.\n",
       "2022-09-27"},
      {"a meeting planned in an item is not the meeting",
       "Referat 2011\nIndhold: Godkendelse af referat, Afholdelse af KKR møde den 14. juni 2012 på Bornholm\n"
       "1. Budget\nBeslutning\nGodkendt.\n",
       std::nullopt},
      {"a page's date above the title's meeting phrase",
       "Mødet afholdtes på kroen.\n9. august 2013 Referat fra møde i Gudenåkomitéen 7. juni 2013 Mødet afholdtes "
       "på kroen.\n1. Budget\nBeslutning\nGodkendt.\n",
       "2013-06-07"},
      {"a page's date over a date with the meeting's kind",
       "Mandag, 09 december 2019\n14. august 2012 (ekstraordinær)\nREFERAT\n1. Budget\nBeslutning\nGodkendt.\n",
       "2012-08-14"},
      // Case 248 (Haslund-Ølst menighedsråd) as a transcript: the page's
      // date and the dated heading in one run-on line.
      {"a page's date before a date with the meeting's kind in a transcript's line",
       "Mandag, 09 december 2019\n\nTranskript\n\n1 Mandag, 09 december 2019 14. august 2012 (ekstraordinær) "
       "REFERAT Deltagere: Finn Sørensen, J.P. Christiansen, Ellis Juul, Elly Overgård, Anne Hanson, Niels "
       "Thomsen og Marianne Pedersen. Fraværende med afbud: Grethe Østergård Referent: Marianne Pedersen. 1. "
       "Godkendelse af dagsorden. Dagsorden godkendt.\n",
       "2012-08-14"},
      {"the title line's meeting phrase",
       "Bestyrelsen\nReferat af mødet den 4. april 2022\n1. Budget\nBeslutning\nGodkendt.\n", "2022-04-04"},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).date, c.date) << c.name;
}

// Web agenda systems' pages of one or a few items print no header: the
// decision's heading names the body and the meeting's day, or the first
// item approves the agenda of the meeting on its day.
TEST(HeaderConventionsTest, TheMeetingsDateInAgendaSystemsPages) {
  const MeetingDateCase cases[] = {
      {"a genitive body's meeting heading the decision",
       "4. Eventuelt\nÅbent\nSagsnr.: 326-2013-57184\nSocialudvalgets møde den 3. marts 2014:\n"
       "Udvalget drøftede sagen.\n",
       "2014-03-03"},
      {"a decision heading with the date line under it",
       "12. Budget\nSagsfremstilling\nTekst.\nBeslutning fra Ældrerådet\nDato: 5. april 2018\n"
       "Taget til efterretning.\n",
       "2018-04-05"},
      {"the first item approves the agenda of the meeting's day",
       "Referat\n301. Åben dagsorden - godkendelse\nResume\nGodkendelse af åben dagsorden for KB den 22. januar "
       "2020.\nBeslutning\nGodkendt.\n302. Planstrategi\nResume\nTekst.\n",
       "2020-01-22"},
      {"an approval of the agenda without its day",
       "Referat\n1. Godkendelse af dagsorden\nGodkendt.\n2. Budget\nTekst.\n", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).date, c.date) << c.name;
}

// Dates a header writes beside the meeting's: a letter's date before the
// title's meeting phrase, a web post's stamp above the meeting's date line
// with its weekday, and a year's page that gives the year only in its title.
TEST(HeaderConventionsTest, TheMeetingsDateBesideOthers) {
  const MeetingDateCase cases[] = {
      {"a letter's date before the meeting phrase",
       "Naturstyrelsen\n\nNaturbeskyttelse J.nr. NST Ref. GRYBE Den 20. april 2016 UDKAST - Referat af "
       "Skovrådets 8. ordinære møde den 6. april 2016 kl hos Naturstyrelsen.\n\n1) Præsentationsrunde\n"
       "Beslutning: Godkendt.\n2) Eventuelt\nIntet.\n",
       "2016-04-06"},
      {"a post's stamp above the meeting's weekday",
       "Menu\n\nReferat af HIK Tennis' ordinære årsmøde 2024\n\n07. februar 2024 kl. 14:20\n\nREFERAT AF "
       "HIK TENNIS' ORDINÆRE TENNISMØDE 2024\n\nTIRSDAG DEN 30. JANUAR 2024 KL. 19:30\n\n1. Valg af dirigent\n"
       "Anne Holm blev valgt.\n2. Beretning\nGodkendt.\n",
       "2024-01-30"},
      {"the year in a year's page title",
       "Referater af møder i Handicaprådet i 2022\n\n27. oktober - Møde i Handicaprådet\n\nDeltagere: Anne "
       "Holm, Bo Jensen\n\n1. Orientering\nRådet drøftede sagen.\n2. Eventuelt\nIntet.\n",
       "2022-10-27"},
      // Case 544 (DDS' korpsledelse, a docplayer transcript): the title names
      // the month and year, the run-on header line the day of that month.
      {"a title's month and year date a day of that month in a long line",
       "Referat Korpsledelsens møde juni 2012\n\n1 Referat Korpsledelsens møde juni 2012 Deltagere Morten "
       "Kerrn-Jespersen, Marianne Karstensen, Søren Eriksen, Rasmus Jensen, Ulrik Grønbjerg Andersen, Karen "
       "Vejby, Katja Salomon Johansen, Erik Aabjerg Friis og Mads Kolte-Olsen (referent). Mødested Spejder "
       "Sport, Østerport Station og Spejdercenter Holmen, Arsenalvej 10, 1436 København K. Mødetid Mødet "
       "begyndte fredag den 8. juni, kl og sluttede lørdag den 9. juni kl Madhold Madholdet fra Absalon "
       "serverede lækker frokost og dejlig kage.\n",
       "2012-06-08"},
      {"a title's month: a long line's day of another month is not the meeting's",
       "Referat Korpsledelsens møde juni 2012\n\n1 Referat Korpsledelsens møde juni 2012 Deltagere Morten "
       "Kerrn-Jespersen, Marianne Karstensen, Søren Eriksen, Rasmus Jensen, Ulrik Grønbjerg Andersen, Karen "
       "Vejby. Punkt 6 blev udskudt til korpsledelsens møde den 24. august kl Madhold Madholdet fra Absalon "
       "serverede lækker frokost og dejlig kage.\n",
       std::nullopt},
      {"no year anywhere: none",
       "Referat af bestyrelsesmøde d. 26. april\n\n1. Budget\nBeslutning: Godkendt.\n", std::nullopt},
      {"a post's date alone above the meeting's heading",
       "• den 13. januar 2022\n\nBestyrelsesmøde den 12. januar, 2022\n\nReferat\n\nDeltagende: Anne Holm, Bo "
       "Jensen\n\nPunkt 1. Økonomi: Regnskabet er færdigt.\n",
       "2022-01-12"},
      {"a blog post's 'Skrevet' by-line above the meeting's sentence",
       "Referat af generalforsamling\n\nSkrevet lørdag d. 25. januar 2020\n\nTirsdag den 21. januar 2020 kl. "
       "19.00 holdt foreningen generalforsamling. Anne Holm blev valgt til dirigent.\n",
       "2020-01-21"},
      {"a 'Skrevet' by-line above the meeting's heading",
       "Generalforsamlingen 2020\n\nSkrevet onsdag d. 26. februar 2020\n\nGeneralforsamlingen i foreningen "
       "mandag 24. Feb. 2020\n\n1. Valg af dirigent\nAnne Holm blev valgt.\n",
       "2020-02-24"},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).date, c.date) << c.name;
}

struct BodyCase {
  const char* name;
  const char* text;
  std::optional<std::string> body;
};

// How a body names itself in a title or heading.
TEST(HeaderConventionsTest, BodiesAsTitlesNameThem) {
  const BodyCase cases[] = {
      // A letter's reference line at the top names no body (a forest
      // council's, a university college board's and a museum
      // association's minutes sent as letters).
      {"a letter's journal and reference numbers",
       "Naturbeskyttelse J.nr. NST Ref. GRYBE\nDen 20. april 2016\n1. Velkomst\nTekst.\n", std::nullopt},
      {"a college board's reference line",
       "Referat J.nr.: U Ref.: EM Dato:\nTorsdag den 12. september 2013\n1. Velkomst\nTekst.\n", std::nullopt},
      {"a museum association's dated journal number",
       "21 okt 11 J. nr. 51 Emne Bestyrelsesmøde\nDato 13. oktober 2011\n1. Velkomst\nTekst.\n", std::nullopt},
      {"a meeting on a date in a body",
       "Skip til primært indhold\nMøde d. 6. februar 2023 i Patient- og Pårørenderådet\nTidspunkt: 6. februar 2023\n"
       "1. Velkommen\nTekst.\n",
       "Patient- og Pårørenderådet"},
      {"a sentence after the body's name",
       "REGIONALT TRAFIKUDVALG. Torsdag den 10. februar Klokken: Sted: Regionsgården.\n1. Budget\nTekst.\n",
       "REGIONALT TRAFIKUDVALG"},
      {"the board of an organisation, its status after the name",
       "Referat af bestyrelsesmøde i DANSKE ÆLDRERÅD GODKENDT\nOnsdag d. 2. februar 2011\n1. Budget\nTekst.\n",
       "Bestyrelsen i DANSKE ÆLDRERÅD"},
      {"the board of an association written in lower case before its name",
       "Referat fra bestyrelsesmøde i grundejerforeningen Fjordparken Øst\n\nTirsdag d. 26/8-2003 kl. 19.30\n"
       "1. Budget\nTekst.\n",
       "Bestyrelsen i grundejerforeningen Fjordparken Øst"},
      {"a body's name in lower case after a lead-in",
       "Dagsordener og referater fra midlertidigt udvalg vedrørende digital sundhed\nden 18. august 2020\n"
       "1. Velkomst\nTekst.\n",
       "midlertidigt udvalg vedrørende digital sundhed"},
      {"the genitive before the meeting",
       "Referat af Seniorrådets møde\nDen 20. januar 2026\n1. Budget\nTekst.\n", "Seniorrådet"},
      {"the genitive before the meeting's number and kind, a status first",
       "UDKAST - Referat af Skovrådets 8. ordinære møde den 6. april 2016\n1. Budget\nTekst.\n", "Skovrådet"},
      {"the genitive with an apostrophe",
       "Referat af Sundheds- og Forebyggelsesudvalget's møde\nTorsdag den 4. juni 2009\n1. Budget\nTekst.\n",
       "Sundheds- og Forebyggelsesudvalget"},
      {"Referat: with a body and date is a title, not the minute taker",
       "Referat: Byrådet 22-11-2023\n1. Budget\nTekst.\n", "Byrådet"},
      {"a site's parts of a page title",
       "Dagsorden og referat - Økonomiudvalget - 22.11.2023 - Aarhus Kommune\n1. Budget\nTekst.\n",
       "Økonomiudvalget"},
      {"a viewer's line first is no body",
       "Ingen resultater fundet\nDen 20. januar 2026\n1. Budget\nTekst.\n", std::nullopt},
      {"a picture's caption with the preposition med is no body",
       "Ny Lillebæltsbro med Middelfart i baggrunden\n18 december 2014\n"
       "Referat fra møde i Middelfart Ældreråd torsdag den 18. december 2014\n1. Budget\nTekst.\n",
       "Middelfart Ældreråd"},
      {"a meeting with guests names the guests",
       "Mødedato: 02.05.2005, kl. 19:15\nMøde med Rådet for Etniske Minoriteter\nDet rådgivende Integrationsudvalg\n"
       "1. Budget\nTekst.\n",
       "Det rådgivende Integrationsudvalg"},
      {"a topic's heading is no body",
       "Organisering af MEDudvalg\nReferat\ntil\nmødet i HMU - RRA\nden 18. september 2023 kl. 11:30\n"
       "1. Budget\nTekst.\n",
       "HMU - RRA"},
      {"a relative clause after the name",
       "Kategoriarkiv: Referat\nReferat af møde i Landsbyklyngen Langeland og Strynø, der blev holdt på "
       "Frivilligcentret i Rudkøbing 25. oktober 2022.\n1. Budget\nTekst.\n",
       "Landsbyklyngen Langeland og Strynø"},
      {"a meeting with a word that names nobody",
       "Referat\nSeneste bestyrelsesmøde\nTid: 3. maj 2020\n1. Budget\nTekst.\n", std::nullopt},
      {"a compound names no body by its name",
       "Referat af skolebestyrelsesmøde torsdag d. 13. november 2025\nTid: 13. november 2025\n1. Budget\nTekst.\n",
       std::nullopt},
      {"a header label run into the title ends the name",
       "Referat Social- og Sundhedsudvalget Mødedato: 3. marts 2025 Mødested: Rådhuset\n1. Budget\nTekst.\n",
       "Social- og Sundhedsudvalget"},
      {"a label with its colon after the name",
       "Referat Handicaprådet Dato: 3. marts 2025 Sted: Rådhuset\n1. Budget\nTekst.\n", "Handicaprådet"},
      {"a network is a body",
       "Referat fra møde i kommunaldirektørnetværket i den midtjyske region\nTid og sted: Fredag 27. marts 2015\n"
       "1. Budget\nTekst.\n",
       "kommunaldirektørnetværket i den midtjyske region"},
      {"a committee in its indefinite form",
       "Dagsorden\nDanske Naturparkers Nationalkomité\n3. marts 2018\n1. Budget\nTekst.\n",
       "Danske Naturparkers Nationalkomité"},
      {"the election period after the name",
       "Referat\nBørne- og Ungeudvalget (2018-2021)\n3. marts 2020\n1. Budget\nTekst.\n", "Børne- og Ungeudvalget"},
      {"the body's own label first in a transcript's title",
       "Dagsorden. Forum: Handicaprådet Tid: 14. marts 2018, kl Sted: Mødelokale 915\n1. Budget\nTekst.\n",
       "Handicaprådet"},
      {"a meeting with guests after the lead-in names no body",
       "Referat fra møde med Rådet for Socialt Udsatte\n3. marts 2025\n1. Budget\nTekst.\n", std::nullopt},
      {"the bodies that met together",
       "Referat af møde mellem Ældrerådet og Handicaprådet\n3. marts 2025\n1. Budget\nTekst.\n",
       "Ældrerådet og Handicaprådet"},
      {"the room after the clock time is no body (a golf club's board)",
       "Referat af bestyrelsesmødet onsdag den 29.4.20 kl. 19.00 i Klubhuset.\n"
       "Til stede var: Kim Bjørn, Karin Holm\nAd. Pkt. 1. Godkendelse af dagsorden\nGodkendt.\n",
       std::nullopt},
      {"the room after the clock time is no body (a sailing club's board)",
       "Referat af bestyrelsesmøde tirsdag den 26.02.08 kl. 19.00 i HBS klubhus\nDeltagere: Ole, Jens, Finn\n"
       "1. Gennemgang og godkendelse af referat fra sidste møde\nReferatet er godkendt.\n",
       std::nullopt},
      {"the room after the clock time is no body (a local archives' branch)",
       "Referat af bestyrelsesmøde 19.03.2024 kl. 16-18 i Ryslinge Forsamlingshus\n"
       "Deltagere: Ingemann Jensen (IJ), Jens Haastrup (JH)\n1. Økonomi\nTil efterretning.\n",
       std::nullopt},
      {"an association after the clock time is the board's organisation",
       "Referat af bestyrelsesmøde tirsdag den 5. marts 2019 kl. 19.00 i Grundejerforeningen Fjordparken\n"
       "1. Budget\nTekst.\n",
       "Bestyrelsen i Grundejerforeningen Fjordparken"},
      {"a public meeting is held in a place",
       "Referat fra borgermøde i Hvide Sande\n3. marts 2025\n1. Budget\nTekst.\n", std::nullopt},
      {"a municipality alone is no body",
       "Referat fra mødet i Vejle Kommune\n3. marts 2025\n1. Budget\nTekst.\n", std::nullopt},
      {"an event is no body", "Referat fra Budgetseminar 2025\n3. marts 2025\n1. Budget\nTekst.\n", std::nullopt},
      {"a strategy day is an event", "Referat fra Strategidag\n3. marts 2025\n1. Budget\nTekst.\n", std::nullopt},
      {"a month is no body", "Referat – Januar 2024\n1. Budget\nTekst.\n", std::nullopt},
      {"an open meeting is no body", "Referat Åbent møde\n3. marts 2025\n1. Budget\nTekst.\n", std::nullopt},
      {"a title line with a lead-in is no name alone",
       "Referat fra dialogmøde med Økonomiudvalget\n3. marts 2025\n1. Budget\nTekst.\n", std::nullopt},
      {"an organ's meeting before the organisation's name",
       "Bestyrelsesmøde Dagtilbudsdistrikt Elverdam, Tølløse, Stestrup\nMødested: Firkløveren\n1. Budget\nTekst.\n",
       "Bestyrelsen i Dagtilbudsdistrikt Elverdam"},
      {"an organ's meeting before its date names no body",
       "Bestyrelsesmøde Tirsdag den 3. maj 2022\nSted: Klubhuset\n1. Budget\nTekst.\n", std::nullopt},
      {"a transcript's page number and the letter's date before the title",
       "Mødet afholdtes på Uldum Kro, kl\n\nTranskript\n\n1 9. august 2013 Referat fra møde i Gudenåkomitéen/VOS "
       "7. juni 2013 Mødet afholdtes på Uldum Kro\n1. Budget\nTekst.\n",
       "Gudenåkomitéen/VOS"},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).body, c.body) << c.name;
}

// A council named only inside the word for its meeting: the council in its
// definite form, an acronym by its short name; a board ("bestyrelsesmøde")
// and a bare "Rådsmøde" name none, and a body named after "i" wins.
TEST(HeaderConventionsTest, CouncilOfItsMeetingWord) {
  const BodyCase cases[] = {
      {"a council's meeting after a lead-in",
       "Referat af menighedsrådsmøde den 24. maj 2022\n1. Budget\nGodkendt.\n", "Menighedsrådet"},
      {"glued to a two-digit year", "Referat  fra  Forældrerådsmødet  d. 25/4 – 19.\n1. Budget\nGodkendt.\n",
       "Forældrerådet"},
      {"in capitals", "Referat ÆLDRERÅDSMØDE\nTid: Onsdag den 3. maj 2017\n1. Budget\nGodkendt.\n", "ÆLDRERÅDET"},
      {"an acronym before the meeting, a place after it",
       "Referat fra MR møde og orienteringsmøde Tirsdag d. 11. september kl 19.00 i Sognehuset\n1. Budget\n"
       "Godkendt.\n",
       "MR"},
      {"after a decision minutes' lead-in",
       "Beslutningsreferat fra Forældrerådsmøde mandag d. 12. august 2019\n1. Budget\nGodkendt.\n", "Forældrerådet"},
      {"an acronym joined by a dash", "Referat af LL–møde 23.02 2022\n1. Budget\nGodkendt.\n", "LL"},
      {"an extraordinary meeting", "Referat fra ekstraordinært FU-møde den 6. juni 2007, kl. 17,00.\n1. Budget\n"
       "Godkendt.\n", "FU"},
      {"a bare council's meeting names none", "Referat af rådsmøde den 3. maj 2020\n1. Budget\nGodkendt.\n",
       std::nullopt},
      {"the body after i wins",
       "Referat af udvalgsmøde i Social- og Sundhedsudvalget den 3. maj 2020\n1. Budget\nGodkendt.\n",
       "Social- og Sundhedsudvalget"},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).body, c.body) << c.name;
}

// "Dagsordenens punkt 19 – Ansøgning fra Askovfonden om støtte til
// Projektakademiet": a reference to one of the agenda's items (kk.dk's
// committees note a deputation or a change of order by it: the Kultur- og
// Fritidsudvalg, the Folkeoplysningsudvalg, the Borgerrepræsentation), not
// a page title "Body – Dagsorden"; the body is the one the decision names.
TEST(HeaderConventionsTest, ItemReferenceIsNoTitle) {
  const BodyCase cases[] = {
      {"a deputation's item after a dash",
       "Godkendelse af dagsorden\nBeslutning\nAfbud: ingen\nFraværende: Julie Frølich\n"
       "Alex Vanopslagh og Flemming Steen Munch forlod mødet kl. 16.55 inden behandlingen af punkt 25 (Meddelelser).\n"
       "- Julie Frølich var indtrådt som midlertidigt medlem af Kultur- og Fritidsudvalget under Simon Stranges orlov.\n"
       "- Flemming Steen Munch deltog i dagens møde grundet Marcus Knuths orlov på grund af arbejdsmæssige årsager fra og med den 29. januar.\n"
       "Kultur- og Fritidsudvalgets beslutning i mødet den 31. januar 2019:\n"
       "Kultur- og Fritidsudvalget besluttede at udsætte dagsordenens punkter 11 (Skitse til biblioteksplan for 2019-2023) og 12 (Biblioteker og kulturhuse - investeringer og effektiviseringer) til mødet den 27. februar 2019.\n"
       "Kultur- og Fritidsudvalget havde i medfør af styrelseslovens § 20, stk. 4, 2. pkt., inviteret administrerende direktør for By & Havn, Anne Skovbro, til at overvære behandlingen af dagsordenens punkt 2 om temadrøftelse om havnen med henblik på sagens oplysning.\n"
       "Kultur- og Fritidsudvalget imødekom i medfør af styrelseslovens § 20, stk. 4, 2. pkt., foretrædeanmodningen i forhold til følgende sag på dagsordenen:\n"
       "Dagsordenens punkt 19 – Ansøgning fra Askovfonden om støtte til Projektakademiet\n"
       "Følgende repræsentant fra Askovfonden havde anmodet om foretræde:\n-\nHelle Øbo\n"
       "Foretrædet blev gennemført umiddelbart efter dagsordenens punkt 1 (Godkendelse af dagsorden). Mads Kamp Hansen og Marianne Kruckow overværede foretrædet.\n",
       "Kultur- og Fritidsudvalget"},
      {"an item made an A-case",
       "1. Godkendelse af dagsorden\n\nBeslutning\n\nI mødet deltog:\n\nBorgerrepræsentanter:\n\n"
       "Rikke Lauritzen, Caroline Stage, Christopher Røhl Andersen og Sofie Seidenfaden.\n\n"
       "Fra den folkeoplysende voksenundervisning:\n\n"
       "Charlotte Lorenzen, Gitte Pedersen, Kåre Emtoft, Ole Sørensen og Peter Hollbaum-Hansen.\n\n"
       "Fra det frivillige folkeoplysende foreningsområde:\n\n"
       "Anders Berner, Asger Gaard, Kirsten Del Campo (for Caroline Møller Jensen), Flemming Jensen og Viggo Brøndegaard.\n"
       "\nFra forvaltningen:\n\nMads Kamp Hansen, Thomas Bach, Marianne Kruckow og Lars Eisenhardt.\n\n"
       "Følgende havde meldt afbud:\n\n"
       "Badar Shah, Mara Frej, John Kalo, Caroline Møller Jensen, Martin Duus og Søren Hemmingshøj. \n\n"
       "Folkeoplysningsudvalgets beslutning på mødet den 5. april 2019:\n\n"
       "Ole Sørensen ønskede dagsordenens punkt 15 gjort til A-sag.\n\n"
       "Med denne ændring blev dagsordenen godkendt.",
       "Folkeoplysningsudvalget"},
      {"items taken together",
       "Mødedato: 17.11.2011, kl. 17:30\nMødested: Borgerrepræsentationens mødesal\n\n"
       "Godkendelse af dagsordenen\n\nBeslutning\n\n"
       "Borgerrepræsentationens beslutning i mødet den 17. november 2011\n\nFraværende med afbud:\n\n"
       "Anette Holst Christensen, A, (ferie)\n\nBorgmester Ayfer Baykal, F, (sygdom)\n\n"
       "Trine Schaltz, F, (anden årsag)\n\nKarin Storgaard, O, (tjenesterejse)\n\n \n\n"
       "Signe Goldmann, F, ankom til mødet kl. 17.32 under behandlingen af punkt 1.\n\n"
       "Jakob Næsager, C, ankom til mødet kl. 17.32 under behandlingen af punkt 1.\n\n"
       "Simon Strange, A, ankom til mødet kl. 17.33 under behandlingen af punkt 3.\n\n"
       "Heidi Wang, I, ankom til mødet kl. 17.33 under behandlingen af punkt 3.\n\n"
       "Cecilia Lonning, V, ankom til mødet kl. 17.36 under behandling af punkt 3.\n\n"
       "Ikram Sarwar, A, ankom til mødet kl. 17.37 under behandling af punkt 3.\n\n"
       "Sofie K. Led, A, ankom til mødet kl. 17.38 under behandling af punkt 3.\n\n"
       "Margrethe Wivel, B, ankom til mødet kl. 17.38 under behandling af punkt 3.\n\n"
       "Bjarne Fey, F, ankom til mødet kl. 17.48 under behandling af punkt 9.\n\n"
       "Anne Vang, A, ankom til mødet kl. 17.53 under behandling af punkt 9.\n\n"
       "Flemming Steen Munch, V, forlød mødet kl. 20.20 under behandling af punkt 20-21.\n\n"
       "Kasper Johansen, B, ankom til mødet kl. 21.40 under behandling af punkt 24.\n\n \n\n \n\n"
       "Stedfortrædere:\n\n"
       "Der forelå anmodning fra Socialistisk Folkeparti om, at Dorte Skovgård (F) i henhold til § 15, stk. 1. nr. 1 i lov om kommunernes styrelse (sygdom) blev indkaldt som stedfortræder for Borgmester Ayfer Baykal (F).\n"
       "\n \n\n"
       "Borgerrepræsentationen konstaterede, at betingelserne for indkaldelsen af stedfortræder var opfyldt,\n"
       "\nog at Dorte Skovgård var rette stedfortræder.\n\n \n\n \n\n"
       "Genoptagelse af hvervet som borgerrepræsentant:\n\nKasper Johansen, B, 14. november 2011.\n\n \n\n"
       " \n\nDagsorden:\n\n"
       "Der var på pladserne omdelt 1 sag udenfor dagsorden. Sagen vedrørte rokering i udvalg og blev behandlet efter dagsordenens punkt 17.\n"
       "\n \n\nDagsordenens punkt 20-21 blev besluttet behandlet under ét, da d\n",
       "Borgerrepræsentationen"},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).body, c.body) << c.name;
}

// The church councils' agenda system (DAP) prints the meeting's line under
// the page's title, the meeting's name before the system's date
// ("Provstiudvalgsmøde den 9. november 2021 - d. 09-11-2021 kl. 10:00"):
// the body is the council its word names; a short name alone ("PU-møde")
// names none there, and a line without the system's date is no such line.
TEST(HeaderConventionsTest, MeetingLineOfTheChurchAgendaSystem) {
  const BodyCase cases[] = {
      {"a council's meeting word",
       "Referat den 9. november 2021\nProvstiudvalgsmøde den 9. november 2021 - d. 09-11-2021 kl. 10:00 til "
       "12:00\nDeltagere: Anne Holm, Bo Jensen\nMødepunkt Referat\n1 - Godkendelse af dagsorden\nGodkendt.\n",
       "Provstiudvalget"},
      {"a council's name",
       "Referat af 2. september 2021\nBudgetsamråd den 02.09.2021 - d. 02-09-2021 kl. 19:00 til 22:00\n"
       "Mødepunkt Referat\n1 - RAMS\nAnne Holm orienterede om RAMS.\n",
       "Budgetsamråd"},
      {"a short name alone names none",
       "PU-referat 20. maj 2020\nPU-møde 20. maj 2020 - d. 20-05-2020 kl. 13:00 til 16:00\n"
       "1 - Kvartalsrapport\nGodkendt.\n",
       std::nullopt},
      {"no system's date, no meeting line",
       "Referat den 9. november 2021\nProvstiudvalgsmøde den 9. november 2021 - kort møde\n"
       "1 - Godkendelse af dagsorden\nGodkendt.\n",
       std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).body, c.body) << c.name;
}

// An association's minutes: its name printed over them (a letterhead, the
// page's heading, in capitals over two lines), its general assembly "i" or
// "for" it; the assembly itself and a meeting in capitals are no body.
TEST(HeaderConventionsTest, AssociationsNamedOverTheirMinutes) {
  const BodyCase cases[] = {
      {"an association's word in capitals",
       "Referat\n\nGRUNDEJERFORENINGEN SOLBAKKEN\n\nBestyrelsesmøde den 9. januar 2016\n1. Budget\nGodkendt.\n",
       "GRUNDEJERFORENINGEN SOLBAKKEN"},
      {"a museum under the board's meeting",
       "Retur\n\nBestyrelsesmøde\n07.05.2019\n\nHolmegårds Fiskeri- og Bymuseum\n\n1. Budget\nGodkendt.\n",
       "Holmegårds Fiskeri- og Bymuseum"},
      {"a garden association's short form", "H/F Solsikken\n\nReferat fra den ordinære generalforsamling\n"
       "mandag, 16. marts 2015\n1. Valg af dirigent\nGodkendt.\n", "H/F Solsikken"},
      {"a name in capitals over two lines",
       "KROP & SIND\nFAVRSKOV\n\nIdrætsforeningen\n\nBestyrelsesmøde d. 26. september 2013\n1. Budget\nGodkendt.\n",
       "KROP & SIND FAVRSKOV"},
      {"a letterhead letter-spaced",
       "K K R N O R D J Y L L A N D\n\nDato: 3. maj 2011\n\n1. Godkendelse af referat\nGodkendt.\n",
       "K K R N O R D J Y L L A N D"},
      {"a meeting in capitals is no name",
       "BESTYRELSESMØDE\nTirsdag den 3. maj 2022\n1. Budget\nGodkendt.\n", std::nullopt},
      {"a general assembly for the association",
       "Menu\n\nReferat af Generalforsamling 2021\n\nGeneralforsamling for Alzheimerforeningens lokalforening "
       "for Odense.\n\nDato: 6 oktober 2021\n1. Valg af dirigent\nGodkendt.\n",
       "Alzheimerforeningens lokalforening for Odense"},
      {"the general assembly alone is no body",
       "Referat af Generalforsamling 2021\nDato: 6 oktober 2021\n1. Valg af dirigent\nGodkendt.\n", std::nullopt},
      {"a general assembly in the association first, its year after the name",
       "Generalforsamling i Vejle Sejlklub 2023\nDato: 6. marts 2023\n1. Valg af dirigent\nGodkendt.\n",
       "Vejle Sejlklub"},
      {"a village guild (laug) before its board's meeting in a transcript's run-on line (case 398)",
       "Spring til indhold\n\nTranskript\n\n1 Spring til indhold Elstrup - Elstrupskov Landsbylaug Referat fra "
       "bestyrelsesmøde 9. november 2009 hos Gine Mødedeltagere: Gretel, Vita, Gine, Claus, Jette, Bente Afbud: "
       "Ejner, Annelene Referent: Bente – Fremover vil referent altid være den der sidst holdt bestyrelsesmøde. "
       "Dagsorden: 1. Kommentarer til sidste referat: ingen. 2. Regnskab: godkendt.\n",
       "Elstrup - Elstrupskov Landsbylaug"},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).body, c.body) << c.name;
}

// A notice or an association's minutes that name the body only in their
// opening sentence with the meeting's date; a year's page of minutes.
TEST(HeaderConventionsTest, BodyInTheOpeningSentence) {
  const BodyCase cases[] = {
      {"a notice of the meeting",
       "Torsdag den 3. marts 2011 kl. 16 er der møde i Regionsrådet for Region Sjælland.\n\nMødet er åbent.\n\n"
       "På dagsordenen er:\nSag nr. 1 Godkendelse af dagsorden\nSag nr. 2 Meddelelser\n",
       "Regionsrådet"},
      {"a general assembly in an association",
       "Generalforsamling i Grundejerforeningen Solbakken, den 3. maj 2019 kl. 19.00\n\n1. Valg af dirigent\n"
       "Godkendt.\n",
       "Grundejerforeningen Solbakken"},
      {"the minutes of another meeting are no name",
       "Tirsdag den 3. maj 2022\nGodkendelse af referat af mødet i Byrådet den 1. april 2022\n1. Budget\nTekst.\n",
       std::nullopt},
      {"a year's page of minutes",
       "Referater af møder i Handicaprådet i 2022\n\n27. oktober - Møde\n\n1. Budget\nGodkendt.\n", "Handicaprådet"},
      {"a general assembly's title, the date on the next line (a Parkinson branch)",
       "Referat fra generalforsamlingen 13. marts 2017\n\nReferat fra generalforsamling I Parkinsonforeningen "
       "København/Frederiksberg\n\nmandag d. 13. Marts 2017 I Allehelgens Kirke, Ungarnsgade 43, 2300 København "
       "S\n\nDer deltog 52 stemmeberettigede medlemmer\n",
       "Parkinsonforeningen København/Frederiksberg"},
      {"a local branch and its association after a comma (a brain injury association)",
       "referat af stiftende gf - Hjerneskadeforeningen\n\nhjerneskadeforeningen.dk\n\nreferat af stiftende gf - "
       "Hjerneskadeforeningen\n\nStiftende generalforsamling i Lokalforeningen, Hjerneskadeforeningen Skive\n\n"
       "Onsdag den 19.januar 2011, kl.18.30,\n\nCKU-Skive, kantinen, Arvikavej 1.\n\nAd.1 Valg af dirigent\n",
       "Lokalforeningen, Hjerneskadeforeningen Skive"},
      {"a guild's name in lower case is not read (an antenna guild)",
       "Referat af generalforsamling i antennelauget i Vestre Kirkevej området\n\nDato: Onsdag den 6. marts 2003 "
       "kl. 19:30\n\nSted: Hos Per Rosendal, Kirsebærhaven 12\n",
       std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).body, c.body) << c.name;
}

// An association named after the meeting's date or year in the title line,
// "<meeting> <date, ending with its year> i <name>", the name saying what it
// is (klub, forening, laug, selskab); a place after the date is no name.
TEST(HeaderConventionsTest, AssociationAfterTheMeetingsYear) {
  const BodyCase cases[] = {
      {"a kayak club's board (the month misspelt)",
       "Refererat af bestyrelsesmøde den 15. aril 2013\n\nRefererat af bestyrelsesmøde den 15. aril 2013 i Silkeborg "
       "Kajakklub.\n\nTilstede: Peter Nyegaard, Claus Byskov, Karsten Bjørnholt, Søren Slott, Marianne Hansen\n",
       "Silkeborg Kajakklub"},
      {"a homeowners' association's general meeting",
       "Referat af ordinær generalforsamlingen 2017 i Birkegårdens Grundejerforening\n\n1. Valg af dirigent\n"
       "Godkendt.\n",
       "Birkegårdens Grundejerforening"},
      {"an association named with its municipality",
       "Referat fra den ordinære generalforsamling 2006 i Foreningen Borgerhjemmet i Gentofte Kommune\n\n1. Valg af "
       "dirigent\nGodkendt.\n",
       "Foreningen Borgerhjemmet i Gentofte Kommune"},
      {"a place after the date and time names no body (a board's minutes)",
       "Referat af bestyrelsesmøde 19.03.2024 kl. 16-18 i Ryslinge Forsamlingshus\n\n1. Godkendelse af dagsorden\n"
       "Godkendt.\n",
       std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).body, c.body) << c.name;
}

// How a body names itself in header labels and running text.
TEST(HeaderConventionsTest, BodiesInLabelsAndRunningText) {
  const BodyCase cases[] = {
      {"a label glued to its value",
       "Referat\nMandag d. 7 februar 2022, kl. 10:15\nMødestedRådssalen\nUdvalgÆldreråd\n1. Budget\nTekst.\n",
       "Ældreråd"},
      {"an icon's name after the label",
       "Møde den 22. marts 2022\nUdvalg Ikon\nRegionsrådet\nDato: 22-03-2022\n1. Budget\nTekst.\n", "Regionsrådet"},
      {"the Udvalg label over a site's page title",
       "Dagsordener og referater fra HMU på Socialområdet\nUdvalg: HMU Socialområdet\nMødedato: 28. februar 2025\n"
       "1. Velkomst\nTekst.\n",
       "HMU Socialområdet"},
      {"the next label of a flattened table after the value",
       "Hele teksten\nUDVALG Akademisk Råd MØDE\n1. Velkommen\nTekst.\n", "Akademisk Råd"},
      {"a body's name alone with its short name in brackets",
       "Referat\nBørne- og Skoleudvalget (BSU)\nTirsdag den 4. juni 2024\n1. Budget\nTekst.\n",
       "Børne- og Skoleudvalget (BSU)"},
      {"the meeting began in the body",
       "1. Godkendelse af dagsorden\nBeslutning\nMødet i Sundheds- og Omsorgsudvalget begyndte kl. 14:30.\n"
       "Dagsordenen blev godkendt.\n",
       "Sundheds- og Omsorgsudvalget"},
      {"the subject of the recommendation",
       "2. Godkendelse af dagsorden ( )\nIndstilling\nFormanden indstiller,\n1. at lokaludvalget godkender "
       "dagsordenen\nBeslutning\nDagsordenen blev godkendt.\n",
       "Lokaludvalget"},
      {"the addressee with an abbreviation in its name",
       "1. Godkendelse af dagsorden og valg af dirigent\nSagsfremstilling\nIndstilling og beslutning\n"
       "Formanden indstiller til Kgs. Enghave Lokaludvalg\n1. at dagsordenen godkendes\n",
       "Kgs. Enghave Lokaludvalg"},
      {"an earlier decision quoted is not the meeting's body",
       "1. Budgetopfølgning\nByrådet godkendte den 26. maj 2009 direktionens indstilling.\nBeslutning\nDrøftet.\n",
       std::nullopt},
      {"the treatment heading of the meeting's own date",
       "Referat\nDato: 15.03.2018\n14. Godkendelse af dagsorden\nBeslutning\nLanddistriktsudvalget, 15.03.2018\n"
       "Godkendt\n15. Budget\nBeslutning\nØkonomiudvalget, 02.03.2018\nAnbefales.\n",
       "Landdistriktsudvalget"},
      {"the treatment heading names the body with its place",
       "Referat\nDato: 20.08.2014\n59. Godkendelse af dagsorden\nSagsnr. 90864\n"
       "Det Lokale Beskæftigelsesråd i Roskilde, 20-08-2014, pkt. 59\nGodkendt\n",
       "Det Lokale Beskæftigelsesråd i Roskilde"},
      {"a lead-in closed by a full stop",
       "Åben dagsorden. til mødet i Repræsentantskabet for Midttrafik 8. maj 2015 kl Søren Nymarks Vej 3\n"
       "1. Valg af dirigent\nTekst.\n",
       "Repræsentantskabet for Midttrafik"},
      {"a lead-in over an item's title names no body",
       "Referat\nGodkendelse af dagsorden\nVirksomhedsbesøg\n1 : Godkendelse af dagsorden\nBeslutningGodkendt.\n",
       std::nullopt},
      {"the body held its meeting",
       "1. Budget\nÆldrerådet holdt møde på plejecentret, hvor budgettet blev drøftet.\nBeslutning\nDrøftet.\n",
       "Ældrerådet"},
      {"today's meeting in the body",
       "30. aug 2022\n136. Godkendelse af dagsorden\nGodkendelse af dagsorden til dagens møde i Kommunalbestyrelsen.\n"
       "137. Budget\nTekst.\n",
       "Kommunalbestyrelsen"},
      {"an anaphor is no name",
       "1. Budget\nUdvalget godkender budgettet.\nBeslutning\nGodkendt.\n", std::nullopt},
      {"a genitive body's meeting heading the decision",
       "4. Eventuelt\nÅbent\nIntegrationsudvalgets møde den 10. december 2013:\nUdvalget drøftede sagen.\n",
       "Integrationsudvalget"},
      {"a genitive body's meeting held in a room",
       "Mødereferat 30. november 2015\nReferat fra Seniorrådets møde den 30. november 2015 i Store Sal, Rådhuset "
       "kl. 10.00\n1. Budget\nGodkendt.\n",
       "Seniorrådet"},
      {"an agenda system's decision heading",
       "26. Forretningsorden\nSagsfremstilling\nTekst.\nBeslutning fra Integrationsrådet\nDato: 5. april 2018\n"
       "Taget til efterretning.\n",
       "Integrationsrådet"},
      // Skive Kommune's agenda system 2006-2008 stacks its labels and prints
      // the committee's name last, after "MØDET HÆVET:" (cases 783, 437).
      {"the committee after Skive's stacked labels",
       "SKIVE KOMMUNE MØDESTED: MØDEDATO: Skive Rådhus, Byrådssalen REFERAT MØDETIDSPUNKT: MØDET HÆVET: Underudvalg "
       "for Økonomi\n\nTranskript\n\n1 MØDESTED: MØDEDATO: Skive Rådhus, Byrådssalen REFERAT MØDETIDSPUNKT: MØDET "
       "HÆVET: Underudvalg for Økonomi Deltagere: Else Theill Sørensen, Flemming Eskildsen, Frede Frandsen "
       "Fraværende: Per Nørgaard Sag nr.: Emne: 1. Forlængelse af løbetiden på lån i KommuneKredit Opførelse af 4 "
       "nye klasselokaler ved Nr. Søby Skole Ophævelse af SWAP-aftale med KommuneKredit\n",
       "Underudvalg for Økonomi"},
      {"the committee with commas after Skive's stacked labels",
       "Arne Bisgård, Else Theill Sørensen, Gert R. Jepsen, Jan D. Andersen, Jens Jørn Justesen, Kirsten "
       "Jørgensen, Leo B. Rasmussen\n\nTranskript\n\n1 MØDESTED: MØDEDATO: Kulturcenter Limfjord REFERAT "
       "MØDETIDSPUNKT: MØDET HÆVET: Udvalget for Kultur, Erhverv, Fritid og Turisme Deltagere: Arne Bisgård, "
       "Else Theill Sørensen, Gert R. Jepsen, Jan D. Andersen, Jens Jørn Justesen, Kirsten Jørgensen, Leo B. "
       "Rasmussen Sag nr.: Emne: 1. Omflytning af midler til rengøring, vedligeholdelse, opkridtning m.m "
       "Salling - Fjends Musikskole - vedtægtsændring Undersøelse af Skive Kommunes tilskud til selvejende "
       "haller - herunder forslag til\n",
       "Udvalget for Kultur, Erhverv, Fritid og Turisme"},
      {"a time after the label is no body",
       "Referat\nMødetidspunkt: Mødet hævet: kl. 18.30\n1. Budget\nGodkendt.\n", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(parse(c.text).body, c.body) << c.name;
}

// Page furniture a transcript runs into its text: the running header every
// page line opens with, and "Side N af M" wherever it stands.
// Site furniture lines are no content, and no title.
TEST(HeaderConventionsTest, SiteFurniture) {
  const corpus::Meeting m = parse(
      "Ingen resultater fundet\nTil top\nKopier link til punktet - Print\nReferat af mødet i Ældrerådet\n"
      "Dato: 4. april 2022\n1. Budget\nBeslutning\nGodkendt.\nTil top\nDel denne side\n");
  EXPECT_EQ(m.title, "Referat af mødet i Ældrerådet");
  EXPECT_EQ(m.body, "Ældrerådet");
  ASSERT_EQ(m.items.size(), 1u);
  for (const auto& sec : m.items[0].sections) EXPECT_EQ(sec.text.find("Til top"), std::string::npos) << sec.text;
}

TEST(HeaderConventionsTest, RunningHeadersAndFootersOfTranscripts) {
  const std::string filler =
      " Teksten fortsætter her med en længere beskrivelse af sagen, så linjen bliver lang nok til at ligne en side "
      "fra en PDF-udskrift, som et transskript gengiver den på en enkelt linje.";
  const std::string text =
      "1 Bornholms Regionskommune Ældrerådet Tirsdag den side 1 Referat Møde den 15. februar 2011 kl. 10" + filler +
      "\n\n2 Bornholms Regionskommune Ældrerådet Tirsdag den side 2 1. Godkendelse af dagsorden. Godkendt." + filler +
      " Side 2 af 3\n\n3 Bornholms Regionskommune Ældrerådet Tirsdag den side 3 2. Budget 2011. Drøftet." + filler +
      "\n\n4 Bornholms Regionskommune Ældrerådet Tirsdag den side 4 3. Eventuelt. Intet." + filler + "\n";
  const corpus::Meeting m = parse(text);
  std::string all;
  for (const auto& it : m.items) {
    all += it.title + "\n";
    for (const auto& sec : it.sections) all += sec.text + "\n";
  }
  EXPECT_EQ(all.find("Bornholms Regionskommune Ældrerådet Tirsdag den side 3"), std::string::npos) << all;
  EXPECT_EQ(all.find("Side 2 af 3"), std::string::npos) << all;
  EXPECT_EQ(m.date, "2011-02-15");
}

// A health cluster named after "i"/"for": the cluster has all its words,
// the forum is what stands before.
TEST(HeaderConventionsTest, ClustersNamedAfterAPreposition) {
  const corpus::Meeting a =
      parse("Referat fra Styregruppen for Sundhedsklyngen i Horsens\nDato: 12. april 2023\n1. Budget\nTekst.\n");
  EXPECT_EQ(a.cluster, "Horsens");
  EXPECT_EQ(a.forum, "Styregruppen");
  const corpus::Meeting b = parse("Møde\tDirektørforum Sundhedsklyngen for Herlev og Gentofte\nDato\t12. april 2023\n"
                                  "1. Budget\nTekst.\n");
  EXPECT_EQ(b.cluster, "Herlev og Gentofte");
  EXPECT_EQ(b.forum, "Direktørforum");
}

// A title's paper word after a dash ("- referat" before a numeric date) and
// "den" whose date the transcript lost, with its weekday, are not part of
// the body's name (nor of the forum facet that repeats it).
TEST(HeaderConventionsTest, PaperWordAndLostDateAfterTheBody) {
  const corpus::Meeting a = parse(
      "Psykiatrisk dialogforum - referat 22-09-2009\n\nMødedato\n22-09-2009 kl. 13:00\n\n1. Psykiatrisk testamente\n"
      "Sagsfremstilling\nTekst.\n");
  EXPECT_EQ(a.body, "Psykiatrisk dialogforum");
  EXPECT_EQ(a.forum, "Psykiatrisk dialogforum");
  EXPECT_EQ(a.date, "2009-09-22");
  const corpus::Meeting b = parse(
      "Åben dagsorden for møde i Danske Regioners bestyrelse torsdag den kl. 11:00\n\n1. Formandens meddelelser\n"
      "Tekst.\n");
  EXPECT_EQ(b.body, "Danske Regioners bestyrelse");
  // A weekday alone, with a clock time after it, is left to the other checks.
  const corpus::Meeting c =
      parse("Økonomiudvalget\n\nTorsdag den 3. marts 2016 kl. 8:00\n\n1. Meddelelser\nTekst.\n");
  EXPECT_EQ(c.body, "Økonomiudvalget");
}

// A regional site's logo or home link above the page names the region that
// publishes the minutes, though the recogniser drops the line as furniture.
TEST(HeaderConventionsTest, RegionOfTheSitesLogo) {
  const corpus::Meeting a =
      parse("Gå til indhold\nForsiden | Kontakt | Ledige job |\nRegion Syddanmark logo, link til forsiden\n\n"
            "Sundhedsbrugerrådet - Referat - 10. december 2020\n\nMødedato\n10-12-2020 kl. 14:00\n\n"
            "1. Gensidig orientering\nBeslutning\nIngen bemærkninger.\n");
  EXPECT_EQ(a.region, "Region Syddanmark");
  EXPECT_EQ(a.body, "Sundhedsbrugerrådet");
  const corpus::Meeting b = parse("Region SyddanmarkTil forsiden\n\nPsykiatriudvalget - Referat - 24. maj 2011\n\n"
                                  "1. Valg af formand\nBeslutning\nValgt.\n");
  EXPECT_EQ(b.region, "Region Syddanmark");
  // A region named in a long line of text is no logo.
  const corpus::Meeting c = parse("Sundhedsudvalget - Referat - 24. maj 2011\n\n1. Orientering\n"
                                  "Region Syddanmark har bedt om en status på ventetiderne til forsiden af sagen.\n");
  EXPECT_EQ(c.region, std::nullopt);
}

// A transcript's first page opens with the paper's date and then names the
// meeting with its day after the meeting's word ("Bestyrelsesmøde hos NT
// den 27. marts 2014"): that day is the meeting's, not the paper's date
// before it nor a later meeting named further on ("Frem mod
// bestyrelsesmødet den 25. april 2014"). Seen in a regional transport
// company's board, an outdoor council's regional committee and a state
// forest council, without the page chrome's title.
TEST(HeaderConventionsTest, MeetingDayAfterThePapersDate) {
  EXPECT_EQ(parse("Transkript\n\n1 2. april 2014/OS Referat Bestyrelsesmøde hos NT den 27. marts 2014 Deltagere "
                  "Thomas Kastrup-Larsen, Aalborg kommune Svend Heiselberg, Region Nordjylland Afbud Morten Lem, "
                  "Rebild kommune Godkendelse af referat fra den 25. februar 2014 Referatet af bestyrelsesmødet den "
                  "25. februar 2014 blev godkendt\n\n2 Frem mod bestyrelsesmødet den 25. april 2014 arbejdes der "
                  "videre med regnskabet.\n")
                .date,
            "2014-03-27");
  EXPECT_EQ(parse("Transkript\n\n1 15. juni 2010 Referat fra møde i Regionskontaktudvalget (REKU) den 31. maj 2010 "
                  "i Friluftsrådet, Scandiagade 13, 2450 København SV Tilstede: Egon Østergaard Friluftsrådets "
                  "bestyrelse Jeppe Jørgensen Friluftsrådets bestyrelse 1. Velkomst Formanden bød velkommen.\n")
                .date,
            "2010-05-31");
  EXPECT_EQ(parse("Transkript\n\n1 Naturbeskyttelse J.nr. NST Ref. GRYBE Den 20. april 2016 UDKAST - Referat af "
                  "Skovrådets 8. ordinære møde den 6. april 2016 kl hos Naturstyrelsen. På Skovrådsmødet deltog: "
                  "Gertrud Jørgensen (Formand) Nora Skjernaa Hansen 1. Velkomst Formanden bød velkommen.\n")
                .date,
            "2016-04-06");
}

// A header whose meeting's day lost its date (a transcript drops a date's
// numbers: "Mødedato: Onsdag den Mødested:", Haderslev; "Tirsdag den Kl.
// 17:00", Svendborg; "HMU-møde Fredag den 17. juni, kl", Randers' HMU; or a
// year-less phrase on a web page) takes neither its first date nor its
// date line, an item's or the paper's, unless that date is the day and
// month left. Cases 690 (an allotment association's board), 385 (a school
// board's Aula page), 773 (docplayer, Randers' HMU).
TEST(HeaderConventionsTest, MeetingDayThatLostItsDate) {
  // 690: the phrase's "26.2-23" reads as no date; "2/4-23" is an item's.
  EXPECT_EQ(parse("Referat 26.02-23\n\nReferat bestyrelsesmøde den 26.2-23\n\nTilstede: Per, Jakob, Trine og "
                  "Maria\n\n • Overblik generalforsamling og dagsorden til samme\n • Fælles arbejdsdag\n  • 2/4-23 "
                  "skal godkendes på generalforsamlingen\n")
                .date,
            std::nullopt);
  // 385: the day and month left are the title's date.
  EXPECT_EQ(parse("Gå til hovedindholdet\nMENU\nAula_close Layer 1\n\nReferat 7. april 2021\n\nSkolebestyrelsesmøde "
                  "den 7. april kl. 17.30-18. 30 virtuelt\n\nDer er dialogmøde kl. 19.00 for formand, næstformand og "
                  "skoleleder.\n\nDeltagere:\n\nSusanne Larsen, Marianne Tind Kristensen, Simon Foldager Larsen\n")
                .date,
            "2021-04-07");
  // 773: the year lost; the items' days are other meetings'.
  EXPECT_EQ(parse("Referat af ordinært HMU-møde Fredag den 17. juni, kl i mødelokale M4, Patienthotellet\n\n"
                  "Transkript\n\n1 Referat af ordinært HMU-møde Fredag den 17. juni, kl i mødelokale M4, "
                  "Patienthotellet Dagsorden: Sagsb. Indstilling 1. Valg af ordstyrer (medarbejderrepræsentant) (1 "
                  "min.) 2. Godkendelse af dagsorden (2 min.) 3. Godkendelse af referat fra HMU-møder; henholdsvis "
                  "10. marts og temadrøftelsen 25. maj (3 min.)\n")
                .date,
            std::nullopt);
  // 072 (docplayer, Haderslev's Handicapråd): "den" ends the title's line.
  EXPECT_EQ(parse("Handicaprådet REFERAT. Mødedato: Onsdag den\n\nTranskript\n\n1 REFERAT Handicaprådet Mødedato: "
                  "Onsdag den Mødested: Mødelokale Øst Voksenservice, Trekanten 7, 6500 Vojens Starttidspunkt: Kl. "
                  "15:00 Sluttidspunkt: Kl. 16:30 Afbud: Fraværende: Bemærkninger:\n\n2 Handicaprådet, "
                  "Indholdsfortegnelse Sag nr. Side 18. Ungdomsuddannelsen for unge med særlige behov\n")
                .date,
            std::nullopt);
}

// A transcript's first page names the meeting's day after its weekday near
// its start; when the extraction ran the pages into one line, a meeting a
// case's text cites further on ("På bestyrelsesmødet den 7. september 2016
// besluttede bestyrelse ...") is not the meeting's. Seen in a regional bus
// company's board, a museum's board and a municipal council.
TEST(HeaderConventionsTest, WeekdayDateNearThePagesStart) {
  EXPECT_EQ(parse("Transkript\n\n1 FynBus Bestyrelse Referat Torsdag den 8. december 2016 Deltagere: Formand "
                  "Morten Andersen, Nordfyn Næstformand Poul Andersen, Region Syddanmark Side 2 af 23 3 Sager til "
                  "beslutning: 1. Afdækning af risici ifm. oliepriser Resumé: På bestyrelsesmødet den 7. september "
                  "2016 besluttede bestyrelse, at ejerne skulle høres om afdækning.\n")
                .date,
            "2016-12-08");
  EXPECT_EQ(parse("Transkript\n\n1 Roskilde d Referat af møde i Vikingeskibsmuseets bestyrelse Mandag d. 16. "
                  "december 2013 kl Mødet afholdtes i museets administrationsbygning, Vindeboder 12, mødelokalet 1. "
                  "sal. Tilstede: Borgmester Joy Mogensen (formand) Ole Christiansen\n")
                .date,
            "2013-12-16");
  EXPECT_EQ(parse("Transkript\n\n1 TÅRNBY KOMMUNE Referat til Kommunalbestyrelsen Mødedato: Tirsdag den 30. april "
                  "2013 Mødetidspunkt: 18:30 Mødelokale: Medlemmer: Afbud: Kommunalbestyrelsens mødesal Henrik "
                  "Zimino, Allan S. Andersen\n")
                .date,
            "2013-04-30");
}

// A page's stamp dates only the date it stands before: a transcript that
// runs the stamp's line into the meeting's date line ("Publiceret
// 25-10-2017" / "Onsdag den 25-10-2017 kl. 16:15", Gribskov's agenda
// pages; "Opdateret: ..." on AffaldPlus's, "Skrevet onsdag d. ..." on
// Hjerteforeningen's) still gives the meeting's weekday date after it.
TEST(HeaderConventionsTest, StampDatesOnlyTheDateAfterIt) {
  EXPECT_EQ(parse("Handicaprådet\n\nTranskript\n\n1 Handicaprådet Publiceret 25-10-2017 Onsdag den 25-10-2017 kl. "
                  "16:15 Indholdsfortegnelse: Åbne 36 Høring: Forslag til lokalplan 512.18 - boligområde ved "
                  "Møllebakken i Helsinge\n")
                .date,
            "2017-10-25");
  EXPECT_EQ(parse("Byrådet\n\nTranskript\n\n1 Byrådet Publiceret 30-11-2016 Onsdag den 30-11-2016 kl. 18:00 "
                  "Indholdsfortegnelse: Åbne 206 Indkaldelse af stedfortræder for Thomas Elletoft 207 Budget "
                  "2017-2020\n")
                .date,
            "2016-11-30");
  // Nor is the stamp's date the first date of the run-on line, nor the
  // weekday's date after the paper's (Hjerteforeningen Herning's and
  // København S's posts printed as transcripts).
  EXPECT_EQ(parse("Generalforsamlingen 2020\n\nTranskript\n\n1 Generalforsamlingen 2020 i Hjerteforeningen Herning "
                  "Skrevet onsdag d. 26. februar 2020 Generalforsamlingen i Hjerteforeningen Herning mandag 24. Feb. "
                  "2020 Vi startede i år med et rigtig godt foredrag af Hjerteforeningens adm. dir. Anne Kaltoft.\n")
                .date,
            "2020-02-24");
  EXPECT_NE(parse("Referat\n\nTranskript\n\n1 Referat af generalforsamling i Hjerteforeningen København S, torsdag "
                  "den 3. februar 2022 Skrevet tirsdag d. 15. februar 2022 Deltagere Margit Grome (MG) Lene Voller "
                  "(LV)\n")
                .date,
            "2022-02-15");
}

// A web page printed as a transcript opens its first page with the site's
// text (a cookie notice, an introduction to the agenda archive) before the
// meeting's weekday and date: where nothing else dates the meeting, the
// weekday's date within the first thousand bytes of the first lines does
// (Stevns' and Gribskov's agenda archives, Middelfart's Ældreråd).
TEST(HeaderConventionsTest, WeekdayDateAfterTheSitesIntroduction) {
  EXPECT_EQ(parse("Dagsordener og referater\n\nTranskript\n\n1 Dagsordener og referater Her finder du alle åbne "
                  "dagsordner og referater fra Kommunalbestyrelse, fagudvalg, kommissioner, råd og nævn. Du kan søge "
                  "på enkelte udvalg eller på referater fra en bestemt periode. Vi har referater fra: Se kommende "
                  "møder Følg med i det politiske arbejde og få overblik over de politiske møder i Stevns Kommunes "
                  "mødekalender. Politisk mødekalender 2022 (pdf) Politisk mødekalender 2023 (pdf) Find dagsorden "
                  "eller referat ved at sortere på udvalg Referat Mandag d. 7 februar 2022, kl. 10:15 "
                  "MødestedRådssalen UdvalgÆldreråd Bemærkninger Afbud fra: Britta Jensen-Terpet.\n")
                .date,
            "2022-02-07");
  EXPECT_EQ(parse("Dette site bruger cookies.\n\nTranskript\n\n1 Dette site bruger cookies. Hvis du forsætter på "
                  "sitet, så accepterer du dette. Hvis du ikke ønsker at acceptere cookies så tryk på følgende link. "
                  "Accepter ikke cookies Middelfart Kommune Logo Ny Lillebæltsbro med Middelfart i baggrunden 18 "
                  "december 2014 Referat fra møde i Middelfart Ældreråd torsdag den 18. december 2014 Deltagere: "
                  "Ældrerådets medlemmer Fraværende: Inge Lodberg (med afbud)\n")
                .date,
            "2014-12-18");
  EXPECT_EQ(parse("Dagsordener og referater\n\nTranskript\n\n1 Dagsordener og referater Du kan finde dagsordener og "
                  "referater fra byråd, fagudvalg og råd ved at søge herunder. Hvis der er to dagsordner/referater på "
                  "samme udvalg og på samme dato, så er det en tillægsdagsorden/-referat. Se hvilke fagudvalg der er "
                  "aktive Idrætsrådet Tirsdag den 11-06-2019 kl. 17:30 Tilbage Indholdsfortegnelse 17. Godkendelse "
                  "af dagsordenen og referat fra sidste møde Sagsnummer: 18.15.00-G01-6-18\n")
                .date,
            "2019-06-11");
  // So does the title's lead-in with the meeting's name and day, "Referat til
  // mødet i X den ...", as Region Midtjylland's agenda pages (a hospital's
  // HMU) and Mariagerfjord's print it.
  EXPECT_EQ(parse("Organisering af MEDudvalg\n\nTranskript\n\n1 Organisering af MEDudvalg MED står for "
                  "medbestemmelse og medindflydelse, og i de forskellige udvalg i MEDsystemet sidder både leder- og "
                  "medarbejderrepræsentanter. Hver afdeling har et lokalt MEDudvalg (LMU), hvor sager omkring "
                  "sikkerhed, organisering af arbejdet, besparelser, personalepolitikker og lignende typisk "
                  "diskuteres. Herudover har hospitalet et HovedMEDudvalg (HMU), der mødes 4-6 gange om året. "
                  "Regionen har derudover et overordnet MEDudvalg (RMU), hvor en lederrepræsentant fra hospitalets "
                  "HMU deltager. Abonnér Ud over de ordinære planlagte møder i HMU kan der indkaldes til "
                  "ekstraordinært HMU-møde, hvis eksempelvis væsentlige planer skal i høring i HMU, før den "
                  "endelige beslutning træffes. Se alle dagsordener og referater fra dette mødeforum Referat til "
                  "mødet i HMU - RRA den 18. september 2023 kl. 11:30 i M4 Sagnr.: 1-01-100-18-22\n")
                .date,
            "2023-09-18");
  // And "Referat fra" the meeting's word and its date, the heading boards,
  // parish councils and clubs write ("Referat fra bestyrelsesmøde 9.
  // november 2009", "Referat af menighedsrådsmøde tirsdag d. 22. august
  // 2017"), after a care centre's page about its relatives' council (case 336).
  EXPECT_EQ(parse("Skip to main content\n\nTranskript\n\n1 Skip to main content Pårørenderådet Brande Åcenter har "
                  "et Pårørenderåd, hvor det tilstræbes, at der vælges en repræsentant fra hver enhed – de 4 huse og "
                  "fra Aflastningen. I pårørenderådet deltager også Centerlederen af Brande Åcenter, samt en "
                  "medarbejderrepræsentant. Der er valg til Pårørenderådet hvert år og de valgte sidder for en "
                  "toårig periode. Pårørenderådets medlemmer Formand: • Louise Nøbbe - valgt for perioden 2018 - "
                  "2020 Vedtægter Referat fra Pårørenderådsmøde 04.02.2020 REFERAT - Pårørenderådsmøde tirsdag 4 "
                  "februar – 2020 kl. 17.00 Godkendelse af referat – Ingen kommentar. 1. Opsamling/ orientering v. "
                  "Sidsel\n")
                .date,
            "2020-02-04");
}

// A transcript's first page names the body just before the meeting's day
// and its weekday, after the paper's date or a lead-in: a library
// association's committee, a museum's board, a bus company's board.
TEST(HeaderConventionsTest, BodyBeforeTheWeekdayDate) {
  EXPECT_EQ(parse("Transkript\n\n1 24. september 2013 DB s Forretningsudvalg Mandag den 23. september 2013, kl DB, "
                  "Vartov. REFERAT Til stede: Vagn Ytte Larsen, Kirsten Boelt.\n")
                .body,
            "DB s Forretningsudvalg");
  EXPECT_EQ(parse("Transkript\n\n1 Roskilde d Referat af møde i Vikingeskibsmuseets bestyrelse Mandag d. 16. "
                  "december 2013 kl Mødet afholdtes i museets administrationsbygning. Tilstede: Borgmester Joy "
                  "Mogensen (formand) Ole Christiansen\n")
                .body,
            "Vikingeskibsmuseets bestyrelse");
  EXPECT_EQ(parse("Transkript\n\n1 FynBus Bestyrelse Referat Torsdag den 8. december 2016 Deltagere: Formand "
                  "Morten Andersen, Nordfyn Næstformand Poul Andersen, Region Syddanmark\n")
                .body,
            "FynBus Bestyrelse");
}

// A First Agenda paper's front table prints its labels in capitals, each
// before its value ("UDVALG" / "Handicaprådet" / "MØDE" / "Referat" /
// "STED" ...); a PDF transcript runs the table into its first page line.
// The body's value runs to the next label in capitals. Excerpts of the dev
// web cases' lines run together as a transcript prints them: Holbæk's
// Handicapråd and Udvalget for Ældre og Sundhed, Allerød's Teknik, Erhverv,
// Plan og Miljøudvalget, Varde's Udvalget for Plan og Teknik.
TEST(HeaderConventionsTest, CapitalsLabelsRunIntoTheFirstPageLine) {
  const std::pair<std::string, std::string> cases[] = {
      {"1 UDVALG Handicaprådet MØDE Referat STED Elmelunden, Lunderosevej 5, 4450 Jyderup STARTTIDSPUNKT "
       "03-11-2015 16:30:00 SLUTTIDSPUNKT 03-11-2015 19:00:00 PUNKTER 1. Orientering og rundvisning Elmelunden 2. "
       "Godkendelse af dagsorden og referat 3. Budgetreduktion kollektiv trafik 4. Styrket samarbejde med råd og nævn",
       "Handicaprådet"},
      {"1 UDVALG Udvalget for Ældre og Sundhed MØDE Referat STED Kanalstræde 2, mødelokale 0.21 STARTTIDSPUNKT "
       "04-06-2020 09:00:00 SLUTTIDSPUNKT 04-06-2020 11:00:00 PUNKTER 49. Godkendelse af dagsorden til mødet den 4. "
       "juni 2020 50. Godkendelse af anbefalinger fra Projektudvalget for Afbureaukratisering og Decentralisering",
       "Udvalget for Ældre og Sundhed"},
      {"1 UDVALG Teknik, Erhverv, Plan og Miljøudvalget 2018-2021 MØDE Referat STED Mødelokale C STARTTIDSPUNKT "
       "06-03-2018 07:30:00 SLUTTIDSPUNKT 06-03-2018 10:50:00 PUNKTER 1. Bemærkninger til dagsordenen 2. Meddelelser "
       "3. Orientering om Movia og kollektiv trafik 4. Borgermøde om busbetjening",
       "Teknik, Erhverv, Plan og Miljøudvalget"},
      {"1 UDVALG Udvalget for Plan og Teknik MØDE Referat STED Mødelokale 3 - Ådalen, Bytoften STARTTIDSPUNKT "
       "12-09-2019 12:30:00 SLUTTIDSPUNKT 12-09-2019 16:00:00 PUNKTER 454. Godkendelse af dagsorden 455. "
       "Besigtigelsestur og temadrøftelse 456. Anmodning om optagelse i Det Rådgivende Udvalg for Vadehavet",
       "Udvalget for Plan og Teknik"},
  };
  for (const auto& [page, body] : cases) {
    const corpus::Meeting m = parse("UDVALG\n\nTranskript\n\n" + page + "\n");
    EXPECT_EQ(m.body, body) << page;
  }
}

// A transcript's first page line prints a few words of the page's top (a
// letterhead's reference, a site's button) before the title: the title is
// read from its lead-in, or from the name before " - Dagsorden", when the
// line as it is names no body. A real docplayer transcript (Skovrådet,
// after its letter's reference and date), and the dev web cases' lines run
// together as a transcript prints them (Region Midtjylland's
// Hospitalsudvalg, Odense's Psykiatriråd, Brønderslev's Fag MED, Region
// Sjælland's Politisk styregruppe).
TEST(HeaderConventionsTest, TitleAfterThePageTopOnTheFirstPageLine) {
  const std::pair<std::string, std::string> cases[] = {
      {"1 Naturbeskyttelse J.nr. NST Ref. GRYBE Den 20. april 2016 UDKAST - Referat af Skovrådets 8. ordinære møde "
       "den 6. april 2016 kl hos Naturstyrelsen. Tid og sted for mødet: 6. april 2016 kl Mødelokale 0.03, "
       "Naturstyrelsen, Vermundsgade 38 C, 2100 Kbh. Ø På Skovrådsmødet deltog: Gertrud Jørgensen (Formand) Nora "
       "Skjernaa Hansen Jonas Geldmann",
       "Skovrådet"},
      {"1 Abonnér Referat til mødet i Hospitalsudvalget den 11. juni 2019 kl. 14:00 i C2, parterre, Regionshuset "
       "Viborg og virtuelt møderum Alle medlemmer var mødt undtagen Jørgen Winther og Else Kayser, der havde meldt "
       "afbud. Susanne Buch, Nicolaj Bang, Mette Valbjørn og Erik Vinther deltog via video.",
       "Hospitalsudvalget"},
      {"1 Spring til indhold Den 23. februar 2023 Mødereferat for Psykiatrirådet den 23. februar 2023. Tidspunkt og "
       "sted: Kl. 17-19. Phønix, Schacksgade 39, 5000 Odense. Afbud: Helle Sibbersen Referent: Rådssekretær Sille L "
       "S Nielsson",
       "Psykiatrirådet"},
      {"1 9. december 2019 Fag MED for Sundhed og Velfærd - Dagsorden Dato: 9. december 2019 Lokale: Mødelokale 272 "
       "Tidspunkt: Kl. 13:00 Indholdsfortegnelse1. Bemærkninger/ændringer til dagsorden Beslutning Ingen "
       "bemærkninger til dagsorden.",
       "Fag MED for Sundhed og Velfærd"},
      {"1 Søg Referat Møde i Politisk styregruppe for Sundhedsplatformen mandag den 13. maj 2019 kl. 08:00 "
       "Mødelokale 1 Deltagere: Tina Boel (F) Freddy Blak (A) Charlotte Petersson (A)- afbud Trine Birk Andersen (A) "
       "Lars Folmann (O) Anders Koefoed (V)",
       "Politisk styregruppe for Sundhedsplatformen"},
  };
  for (const auto& [page, body] : cases) EXPECT_EQ(parse("Transkript\n\n" + page + "\n").body, body) << page;
}

// The same front table gives the meeting's day under its start label in
// capitals ("STARTTIDSPUNKT 17-09-2018 17:15:00"), read from the line the
// transcript ran the table into, not from a weekday's date an agenda entry
// names after it. Excerpts of the dev web cases' lines run
// together as a transcript prints them: Holbæk's Folkeoplysningsudvalg and
// Handicapråd, Varde's Udvalget for Plan og Teknik.
TEST(HeaderConventionsTest, CapitalsStartLabelDatesTheMeeting) {
  const std::pair<std::string, std::string> cases[] = {
      {"1 UDVALG Folkeoplysningsudvalget MØDE Referat STED Mødelokale/projektrum 18, Rådhuspladsen 1, 1. tv., "
       "STARTTIDSPUNKT 17-09-2018 17:15:00 SLUTTIDSPUNKT 17-09-2018 19:45:00 PUNKTER 1. Godkendelse af dagsorden til "
       "møde i Folkeoplysningsudvalget, onsdag, den 5. september 2018 2. Orientering fra formanden",
       "2018-09-17"},
      {"1 UDVALG Handicaprådet MØDE Referat STED Elmelunden, Lunderosevej 5, 4450 Jyderup STARTTIDSPUNKT "
       "03-11-2015 16:30:00 SLUTTIDSPUNKT 03-11-2015 19:00:00 PUNKTER 1. Orientering og rundvisning Elmelunden 2. "
       "Godkendelse af dagsorden og referat 3. Budgetreduktion kollektiv trafik 4. Styrket samarbejde med råd og nævn",
       "2015-11-03"},
      {"1 UDVALG Udvalget for Plan og Teknik MØDE Referat STED Mødelokale 3 - Ådalen, Bytoften STARTTIDSPUNKT "
       "12-09-2019 12:30:00 SLUTTIDSPUNKT 12-09-2019 16:00:00 PUNKTER 454. Godkendelse af dagsorden 455. "
       "Besigtigelsestur og temadrøftelse 456. Anmodning om optagelse i Det Rådgivende Udvalg for Vadehavet",
       "2019-09-12"},
  };
  for (const auto& [page, date] : cases)
    EXPECT_EQ(parse("UDVALG\n\nTranskript\n\n" + page + "\n").date, date) << page;
}

// Region Hovedstaden's agenda pages head each decision with the body's
// genitive and the meeting's day ("Forretningsudvalgets beslutning den 8.
// november 2022:", "Regionsrådets beslutning den 11. marts 2025:", also a
// committee's earlier treatment: "Miljø- og klimaudvalgets beslutning den
// 2. november 2022:"); a transcript runs the heading, the decision and the
// rest of the page into one long line. Where nothing else dates the
// meeting, the first such heading does, read before its colon. Excerpts of
// the dev web cases' lines run together as a transcript prints them.
TEST(HeaderConventionsTest, DecisionHeadingOpeningALongLineDatesTheMeeting) {
  const std::pair<std::string, std::string> cases[] = {
      {"1. Godkendelse af dagsorden\n\nForretningsudvalgets beslutning den 8. november 2022: Dagsordenen blev "
       "godkendt. Martin Geertsen (V) forlod mødet kl. 12:03 og kom tilbage kl. 12:45. Mødet sluttede kl. 12.50 Jesper "
       "Hammer (D), Peter Westermann (F) og Tormod Olsen (Ø) deltog ikke i sagens behandling.",
       "2022-11-08"},
      {"1. Godkendelse af dagsorden\n\nRegionsrådets beslutning den 11. marts 2025: Sag 13 samt bilag til sag 2 og 3 "
       "var eftersendt. Dagsordenen blev godkendt. Anja Rosengreen (F) og Finn Rudaizky (O) deltog ikke i sagens "
       "behandling.",
       "2025-03-11"},
  };
  for (const auto& [text, date] : cases)
    EXPECT_EQ(parse("Forretningsudvalg - mødesager\n\n" + text + "\n").date, date) << text;
}

// A docplayer.dk page prints "Transkript" between the document's title and
// its text; the title, often cut short after a lead-in ("Referat
// bestyrelsesmøde i"), does not go on into it: the body is read from the
// transcript's first page line. The synthetic transcript of a dev web case
// (Bogense Land og Strandjagtforening's board).
TEST(HeaderConventionsTest, DocplayerLabelContinuesNoTitle) {
  const corpus::Meeting m =
      parse("Referat bestyrelsesmøde i\n\nTranskript\n\n1 Referat bestyrelsesmøde i Bogense Land og "
            "Strandjagtforening Klubhuset, Smedestræde, Nr. Esterbølle Torsdag dag den 13-08-2020 kl. 19.00 Dagsorden. "
            "1. Formanden siden sidst. 2. Kassereren siden sidst. 3. Eventuelt.\n");
  EXPECT_EQ(m.title, "Referat bestyrelsesmøde i");
  ASSERT_TRUE(m.body.has_value());
  EXPECT_EQ(m.body->find("Transkript"), std::string::npos) << *m.body;
  EXPECT_NE(m.body->find("Bogense Land og Strandjagtforening"), std::string::npos) << *m.body;
}


// "Sagsnr. 249393 Udvalget for Vækst, Erhverv og Globalisering Åbent
// punkt": Roskilde's agenda pages print the committee under each case's
// title, between its number and its access; every case names it (also
// the LBR's, the Elite- og Talentråd's pages). Cases that name different
// committees name none.
TEST(HeaderConventionsTest, CommitteeBetweenCaseNumberAndAccess) {
  const corpus::Meeting m = parse(
      "You are here\n\nReferat\n\nDato: Fredag, Januar 29, 2016 - 07:30\n"
      "Sted: Virksomheden Stryhns A/S, Vestre Kirkevej 13, 4000 Roskilde\n"
      " • Pkt. 1 Godkendelse af referat\n\n  Pkt. 1\n\n  Godkendelse af referat\n\n"
      "  Sagsnr. 249393 Udvalget for Vækst, Erhverv og Globalisering Åbent punkt\n\n  Resume\n\n"
      "  Udvalget skal godkende referatet fra seneste møde fredag den 11. december 2015.\n\n"
      "  Indstilling\n\n  Forvaltningen indstiller, at referatet godkendes.\n");
  ASSERT_TRUE(m.body.has_value());
  EXPECT_EQ(*m.body, "Udvalget for Vækst, Erhverv og Globalisering");
  // A transcript's line split after "Sagsnr.".
  const corpus::Meeting t = parse(
      "You are here\n\nTranskript\n\n1 You are here Referat Dato: Onsdag, August 20, 2014 - 15:00 Sted: "
      "Mødelokale 3 A, Rådhusbuen 1, 4000 Roskilde • Pkt. 59 Beslutninger om dagsorden Pkt. 59 Beslutninger "
      "om dagsorden Sagsnr. 90864 Det Lokale Beskæftigelsesråd i Roskilde Åbent punkt Det Lokale "
      "Beskæftigelsesråd i Roskilde, 20-08-2014, pkt. 59 Fraværende: Leni G. Nielsen, Rune Mikael Kent Under "
      "pkt. 69 behandles problemstilling omkring brug/misbrug af nytteindsats.\n");
  ASSERT_TRUE(t.body.has_value());
  EXPECT_EQ(*t.body, "Det Lokale Beskæftigelsesråd i Roskilde");
  const corpus::Meeting two = parse(
      "Referat\n\nSagsnr. 1 Økonomiudvalget Åbent punkt\n\nSagsnr. 2 Byrådet Åbent punkt\n");
  EXPECT_NE(two.body, std::optional<std::string>("Økonomiudvalget"));
  EXPECT_NE(two.body, std::optional<std::string>("Byrådet"));
}


// "Referat af bestyrelsesmøde 10. februar 2016", "REFERAT FRA
// BESTYRELSESMØDE 11. MAJ 2020", "Referat fra menighedsrådsmødet 27. marts
// 2019" (an owners' association's board, a golf club's, a parish council):
// a heading that gives the meeting's day right after the meeting's word
// dates the meeting, also under a page's or letter's own date, and in a
// transcript's first page line after it.
TEST(HeaderConventionsTest, DateRightAfterTheMeetingWordBeatsThePapersDate) {
  const corpus::Meeting m = parse(
      "16. februar 2016\n\nReferat af bestyrelsesmøde 10. februar 2016\n\n"
      "Til stede: Anne Holm, Bo Jensen\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n");
  EXPECT_EQ(m.date, std::optional<std::string>("2016-02-10"));
  const corpus::Meeting t = parse(
      "Referat\n\nTranskript\n\n1 18. maj 2020 REFERAT FRA BESTYRELSESMØDE 11. MAJ 2020 Til stede: Anne "
      "Holm, Bo Jensen, Carl Berg, Dorte Dahl og Erik Lund. Afbud: Finn Madsen. 1. Godkendelse af dagsorden "
      "Dagsordenen blev godkendt. 2. Meddelelser fra formanden Formanden orienterede om økonomien.\n");
  EXPECT_EQ(t.date, std::optional<std::string>("2020-05-11"));
  // ("Godkendelse af referat fra bestyrelsesmøde 5. marts": another
  // meeting's; the heading must open with the meeting's word.)
  const corpus::Meeting other = parse(
      "12. marts 2019\n\nGodkendelse af referat fra bestyrelsesmøde 5. marts 2019\n\nGodkendt.\n");
  EXPECT_EQ(other.date, std::optional<std::string>("2019-03-12"));
}


// Lines with a name's shape that name no association: an agenda's group
// of cases in capitals (Randers' Byråd), a row of initials (a business
// academy's board), a person with the association they came for (Fanø's
// meeting of homeowners' associations).
TEST(HeaderConventionsTest, GroupsInitialsAndAttendeesNameNoAssociation) {
  const corpus::Meeting randers = parse(
      "Mødedeltagere\n\nAnders Buhl-Christensen, Bjarne Overmark\n\nMøde lokation\n\nDet gamle Rådhus\n\n"
      "Dagsorden\n\nDIVERSE SAGER\nMILJØ- OG TEKNIKUDVALGETS SAGER\n");
  EXPECT_NE(randers.body, std::optional<std::string>("DIVERSE SAGER"));
  const corpus::Meeting academy = parse(
      "Page 1\n\nErhvervsakademiet Copenhagen Business\n\n06.04.2010\n\n"
      "Tilforordnede: Finn Arvid Olsson Søren K. Kristiansen René van Laer Anya Eskildsen Ole Gram-Olesen\n\n"
      "FAO SKK RL AES OGR\n");
  EXPECT_NE(academy.body, std::optional<std::string>("FAO SKK RL AES OGR"));
  const corpus::Meeting fanoe = parse(
      "Fra Fanø kommune\n\nReferat af grundejerforeningernes møde med kommunen den 11. april 2019\n\n"
      "Deltagere:\n\nJørgen Elsted Hansen, Rindby Strand Grundejerforening Hans Peter Jepsen, Rindby Strand "
      "Grundejerforening Steen Jakobsen, Grøndal Grundejerforening\nVerner Rodenberg, Grøndal Grundejerforening\n");
  EXPECT_NE(fanoe.body, std::optional<std::string>("Verner Rodenberg, Grøndal Grundejerforening"));
}


// A transcript's first page line that opens with the meeting's heading
// and day ("Referat af bestyrelsesmøde den 25. april 2018.", a golf club's
// seniors; "Referat Tirsdag den ...") dates the meeting as the line form's
// title does: a "Dato:" label further on in the line (the paper's date by
// the minute taker's name) does not.
TEST(HeaderConventionsTest, OpeningHeadingDateBeatsATrailingDateLabel) {
  const corpus::Meeting m = parse(
      "Referat\n\nTranskript\n\n1 Referat af bestyrelsesmøde den 25. april 2018. Til stede: Ernst Aaskov, "
      "formand (EA). Flemming Nielsen, næstformand (FN). Knud Metum, kasserer (KM). Referent: Niels Jørgen "
      "Madsen Dato: 2. maj 2018 1. Samarbejde med greenkeeperne. 2. Æresmedlem. 3. Eventuelt.\n");
  EXPECT_EQ(m.date, std::optional<std::string>("2018-04-25"));
  const corpus::Meeting w = parse(
      "Referat\n\nTranskript\n\n1 Referat Onsdag den 25. april 2018 kl. 10.00 Til stede: Ernst Aaskov, "
      "formand (EA). Flemming Nielsen, næstformand (FN). Knud Metum, kasserer (KM). Referent: Niels Jørgen "
      "Madsen Dato: 2. maj 2018 1. Samarbejde med greenkeeperne. 2. Æresmedlem. 3. Eventuelt.\n");
  EXPECT_EQ(w.date, std::optional<std::string>("2018-04-25"));
}


// "Mødeforum: Ordinært møde i bestyrelsen for VIA University College": an
// organ in lower case before "for" and the organisation's name is the body
// (as "Referat af møde i bestyrelsen for Århus Statsgymnasium" reads).
TEST(HeaderConventionsTest, LowerCaseOrganOfNamedOrganisationAfterMeetingIn) {
  const corpus::Meeting m = parse(
      "Referat J.nr.: U Ref.: EM Dato:\n\nMødeforum: Ordinært møde i bestyrelsen for VIA University College\n"
      "Dato: Torsdag den 12. september 2013\nTid: NB udvidet: kl\n");
  EXPECT_EQ(m.body, std::optional<std::string>("bestyrelsen for VIA University College"));
}

}  // namespace

// A committee named after the section of the Local Government Act that
// sets it up (a municipality's "§ 17, stk. 4" committee): the label's
// value opens with "§", and it is the body.
TEST(HeaderConventionsTest, ParagraphCommitteeIsTheBody) {
  const std::string text =
      "Beslutningsprotokol\n"
      "\n"
      "tirsdag den 28. august 2018 kl. 16:00\n"
      "\n"
      "Mødested: Lokale 425, Skelbækvej\n"
      "Udvalg: § 17, stk. 4 udvalg vedr. tværgående sundhedspolitik\n"
      "Medlemmer: Jane Thorgeirsson, Jens Bundgaard Nielsen, Kurt Andresen, Bent Sørensen\n"
      "Bemærkninger: Afbud: Kurt Andresen, Lotte Dalegaard.\n"
      "Udskriv hele dagsordnen\n"
      " • Udskriv\n"
      "  Sagsid.: 18/4478, Sagsinitialer: rkroe\n"
      "\n"
      "  Sagsfremstilling\n"
      "\n"
      "  .\n"
      "\n"
      "  Beslutning § 17, stk. 4 udvalg vedr. tværgående sundhedspolitik den 28-08-2018\n"
      "\n"
      "  Godkendt.\n";
  EXPECT_EQ(parse(text).body, std::optional<std::string>("§ 17, stk. 4 udvalg vedr. tværgående sundhedspolitik"));
}

// Title phrases are found in the folded line and read from the line: a
// letter that folding lengthens ("İ", two bytes, to "i" and a combining dot, three) before the phrase moves its
// position in the fold past the line's end, which must not throw, and the
// date right after a meeting's word is read in the fold.
TEST(HeaderConventionsTest, FoldingThatLengthensTheLine) {
  EXPECT_NO_THROW(parse("İİİİİİİİ Referat fra møde i\n\nTekst.\n"));
  EXPECT_NO_THROW(parse("İİİİİİİİİİ Møde den\n\nTekst.\n"));
  EXPECT_EQ(parse("Referat af bestyrelsesmøde 5. marts 2019 Großmann\n\n1. Godkendelse af dagsorden\nGodkendt.\n").date,
            "2019-03-05");
}
