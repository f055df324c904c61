#include "corpus/parser.h"

#include <gtest/gtest.h>

#include "corpus/json.h"
#include "corpus/participants.h"
#include "formats/text.h"

namespace {

std::string sample(const std::string& name) { return std::string(REFERAT_SAMPLE_DIR) + "/" + name; }

struct SeedCase {
  const char* file;
  const char* title;
  const char* cluster;
  const char* region;
  const char* forum;
  const char* date;
  const char* start_time;
  std::vector<std::string> item_titles;
};

const SeedCase k_seeds[] = {
    {"000_f3d27487db9cbfb0.txt",
     "REFERAT Direktørforum Sundhedsklynge Midt d. 08-02-2024", "Midt", "Region Nordjylland",
     "Direktørforum", "2024-02-08", "14:00",
     {"Deltagere", "Godkendelse af dagsorden", "Status for klyngemidlerne",
      "Den nye Sundhedsaftale og sammenhæng til klyngens handleplan",
      "Temaer til eSundhedsvæsenets fremtidsværksteder",
      "Godkendelse af nyt kommissorium til klyngens driftsfora", "Dagsorden til Politisk Niveau",
      "Det nationale ledelsesprogram", "Orientering om repræsentation fra almen praksis",
      "Eventuelt"}},
    {"001_bdb304747eb2561f.txt",
     "REFERAT Politisk Sundhedsklynge Syd d. 22-10-2024", "Syd", "Region Nordjylland",
     "Politisk niveau", "2024-10-22", "15:00",
     {"Mødedeltagere", "Velkomst", "Drøftelse vedr. Sundhedsreform og evaluering",
      "Orientering om klyngemidler og overførsel til 2025", "Orientering vedr. Sundhedsklyngemøde",
      "Orientering om pilotprojekt: Tværsektorielle videokonsultationer",
      "Orientering: Aktivitet i almen praksis", "Natlægevagt", "Gensidig orientering",
      "Eventuelt"}},
    {"002_665350f486a11961.txt", "Klyngestyregruppe Midt", "Midt",
     "Region Nordjylland", "Klyngestyregruppe", "2022-06-23", "13:00",
     {"Organisering af Sundhedsklynge Midt", "Mødeplanlægning 2022 for Sundhedsklynge Midt",
      "Indhold på de første politiske møder", "Aktiviteter i Sundhedsklynge Midt",
      "Opfølgning på deltagelse i Nationalt Ledelsesprogram for Sundhedsvæsenet",
      "Orientering fra sekretariatet", "Eventuelt"}},
    {"004_0e1634d17395c7eb.txt",
     "REFERAT Sundhedsklynge Fyn - Fagligt strategisk niveau d. 05-12-2023", "Fyn",
     "Region Syddanmark", "Fagligt strategisk niveau", "2023-12-05", "09:00",
     {"Velkommen og godkendelse af dagsorden", "Opsamling på heldagsseminar",
      "Drøftelse af dagsorden til det politiske klyngemøde den 30. april 2024",
      "Drøftelse af input til temadag om implementeringsplan for Sundhedsaftalen 2024-2027",
      "Udvalgelse af initiativer til det Nationale Ledelsesprogram på Sundhedsområdet (hold 3)",
      "Skriftlig orientering - Nyt fra Koordineringsforum",
      "Skriftlig orientering – PRO Hjerterehabilitering", "Gensidig orientering", "Eventuelt"}},
};

// Readable names for the cases, in gtest and in CTest (which names a
// parameterised test by its printed parameter): "000_f3d27487db9cbfb0".
std::string stem_of(const char* file) { return std::string(file).substr(0, std::string(file).find('.')); }
void PrintTo(const SeedCase& c, std::ostream* os) { *os << stem_of(c.file); }
std::string seed_name(const testing::TestParamInfo<SeedCase>& info) { return "f" + stem_of(info.param.file); }

class SeedTest : public testing::TestWithParam<SeedCase> {};

TEST_P(SeedTest, ParsesHeaderAndEveryItemTitle) {
  const SeedCase& c = GetParam();
  const corpus::Meeting m = corpus::parse_file(sample(c.file));
  EXPECT_EQ(m.title, c.title);
  EXPECT_EQ(m.cluster, c.cluster);
  EXPECT_EQ(m.region, c.region);
  EXPECT_EQ(m.forum, c.forum);
  EXPECT_EQ(m.date, c.date);
  EXPECT_EQ(m.start_time, c.start_time);
  std::vector<std::string> titles;
  for (const auto& it : m.items) titles.push_back(it.title);
  EXPECT_EQ(titles, c.item_titles);
  for (std::size_t i = 0; i < m.items.size(); ++i) EXPECT_EQ(m.items[i].number, int(i) + 1);
  // Fyn's minutes list no participants; the one who reported in the text
  // ("Anders Meinert orienterede om ...") was there, so none warns.
  EXPECT_EQ(m.warnings, std::vector<std::string>{});
}

TEST_P(SeedTest, TableOfContentsNeverBecomesItems) {
  const corpus::Meeting m = corpus::parse_file(sample(GetParam().file));
  for (const auto& it : m.items) {
    EXPECT_EQ(it.title.find("....."), std::string::npos) << it.title;
    for (const auto& s : it.sections) EXPECT_EQ(s.text.find("....."), std::string::npos);
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedTest, testing::ValuesIn(k_seeds), seed_name);

// Sections (kinds in order) of chosen items.
struct SectionCase {
  const char* file;
  int item;  // 1-based
  std::vector<std::string> kinds;
};

const SectionCase k_sections[] = {
    {"000_f3d27487db9cbfb0.txt", 2, {"beslutning", "sagsfremstilling", "indstilling"}},
    {"000_f3d27487db9cbfb0.txt", 3, {"beslutning", "bilag", "sagsfremstilling", "indstilling", "bilag"}},
    {"000_f3d27487db9cbfb0.txt", 8, {"bilag", "sagsfremstilling", "indstilling", "bilag"}},
    {"001_bdb304747eb2561f.txt", 4, {"tekst", "indstilling", "beslutning"}},
    {"001_bdb304747eb2561f.txt", 6, {"tekst", "indstilling", "beslutning", "bilag"}},
    {"002_665350f486a11961.txt", 1, {"tekst", "indstilling", "bilag", "referat"}},
    {"002_665350f486a11961.txt", 3, {"tekst", "indstilling", "referat"}},
    {"004_0e1634d17395c7eb.txt", 2, {"tekst", "indstilling", "bilag", "beslutning", "bilag"}},
    {"004_0e1634d17395c7eb.txt", 4,
     {"tekst", "resumé", "sagsfremstilling", "indstilling", "bilag", "beslutning", "bilag"}},
};

void PrintTo(const SectionCase& c, std::ostream* os) { *os << stem_of(c.file) << "_item" << c.item; }
std::string section_name(const testing::TestParamInfo<SectionCase>& info) {
  return "f" + stem_of(info.param.file) + "_item" + std::to_string(info.param.item);
}

class SectionTest : public testing::TestWithParam<SectionCase> {};

TEST_P(SectionTest, SplitsItemIntoSections) {
  const SectionCase& c = GetParam();
  const corpus::Meeting m = corpus::parse_file(sample(c.file));
  ASSERT_GE(m.items.size(), std::size_t(c.item));
  std::vector<std::string> kinds;
  for (const auto& s : m.items[c.item - 1].sections) kinds.push_back(s.kind);
  EXPECT_EQ(kinds, c.kinds);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SectionTest, testing::ValuesIn(k_sections), section_name);

TEST(MinutesParserTest, SectionTextIsTheTextUnderTheHeading) {
  const corpus::Meeting m = corpus::parse_file(sample("000_f3d27487db9cbfb0.txt"));
  const corpus::Item& status = m.items[2];
  EXPECT_EQ(status.sections[0].heading, "Beslutning");
  EXPECT_EQ(status.sections[0].text.rfind("Taget til efterretning med bemærkning om", 0), 0u);
  const corpus::Item& dagsorden = m.items[1];
  EXPECT_EQ(dagsorden.sections[0].text, "Godkendt.");
  EXPECT_EQ(dagsorden.sections[2].text, "Det indstilles, at Direktørforum:\n1. Godkender dagsordenen");
  // "Referat:" is the decision in the table layout.
  const corpus::Meeting t = corpus::parse_file(sample("002_665350f486a11961.txt"));
  EXPECT_EQ(t.items[0].sections.back().heading, "Referat:");
  EXPECT_EQ(t.items[0].sections.back().text.rfind("Organisationsnotatet blev drøftet", 0), 0u);
}

TEST(MinutesParserTest, StripsMarkupFromText) {
  const corpus::Meeting m = corpus::parse_file(sample("000_f3d27487db9cbfb0.txt"));
  const std::string& text = m.items[4].sections[1].text;  // Temaer ... Sagsfremstilling
  EXPECT_NE(text.find("Endelig aftale om 500 mio. til mere behandling i eget hjem"), std::string::npos);
  EXPECT_EQ(text.find("](#)"), std::string::npos);
  // Markdown escapes lose their backslash: "\(regionsyddanmark.dk\)" in 004.
  const corpus::Meeting fyn = corpus::parse_file(sample("004_0e1634d17395c7eb.txt"));
  bool unescaped = false;
  for (const auto& item : fyn.items) {
    for (const auto& section : item.sections) {
      unescaped |= section.text.find("Mødelokale 4 (regionsyddanmark.dk)") != std::string::npos;
      EXPECT_EQ(section.text.find('\\'), std::string::npos) << section.text;
    }
  }
  EXPECT_TRUE(unescaped);
}

TEST(MinutesParserTest, MoedestedLineGivesTheLocationWithoutSeparator) {
  const std::pair<const char*, const char*> cases[] = {
      {"Mødested Testhuset, lokale 2", "Testhuset, lokale 2"},
      {"Mødested: Testhuset, lokale 2", "Testhuset, lokale 2"},
      {"Mødested :  Testhuset", "Testhuset"},
      {"Mødested:\tTesthuset", "Testhuset"},
      {"Mødested\tTesthuset", "Testhuset"},
      {"Mødested:", nullptr},
      {"Mødestedet er flyttet til Testhuset", nullptr},
  };
  for (const auto& [line, location] : cases) {
    const corpus::Meeting m = corpus::parse_meeting(
        std::string("REFERAT Direktørforum Sundhedsklynge Testby d. 01-03-2024\n\n"
                    "Mødedato 01-03-2024\n") +
            line + "\n\nPunkt 1: Godkendelse af dagsorden\nBeslutning\nGodkendt.\n",
        "x.txt");
    ASSERT_EQ(m.items.size(), 1u) << line;
    if (location) EXPECT_EQ(m.location, location) << line;
    else EXPECT_FALSE(m.location) << line << " -> " << *m.location;
  }
}

TEST(MinutesParserTest, TableHeaderKeysMayEndWithAColon) {
  // 002's table header, written with "Key:" cells as some secretariats do.
  const corpus::Meeting m = corpus::parse_meeting(
      "Møde:\tKlyngestyregruppe Midt\n"
      "Dato:\t23. juni 2022 kl. 13.00 – 14.30\n"
      "Sted:\tMødelokale 1, Danmarksgade 17, 9000 Aalborg\n"
      "Deltagere:\tBente Graversen, Aalborg Kommune (mødeleder) Eva Sejersdal Knudsen, Region Nordjylland\n"
      "Referent :\tMathilde Hougaard Madsen\n\n"
      "1. Organisering af Sundhedsklynge Midt v/ Mikkel\n\nTekst om organiseringen.\n",
      "x.txt");
  ASSERT_EQ(m.items.size(), 1u);
  EXPECT_EQ(m.date, "2022-06-23");
  EXPECT_EQ(m.location, "Mødelokale 1, Danmarksgade 17, 9000 Aalborg");
  EXPECT_EQ(m.minute_taker, "Mathilde Hougaard Madsen");
  EXPECT_EQ(m.cluster, "Midt");
  // The two listed and the minute taker, who was there too.
  ASSERT_EQ(m.participants.size(), 3u);
  EXPECT_EQ(m.participants[2].name, "Mathilde Hougaard Madsen");
  EXPECT_EQ(m.participants[2].group, "Referent");
  EXPECT_TRUE(m.participants[2].present);
}

TEST(MinutesParserTest, TextWithoutItemsIsOneItemWithDateAndWarnings) {
  const corpus::Meeting m = corpus::parse_meeting(
      "Bestyrelsesmøde i Foreningen\nAfholdt 3. marts 2021\n\nVi talte om budgettet.\n", "x.txt");
  ASSERT_EQ(m.items.size(), 1u);
  EXPECT_EQ(m.date, "2021-03-03");
  EXPECT_EQ(m.cluster, std::nullopt);
  EXPECT_EQ(m.items[0].sections[0].text,
            "Bestyrelsesmøde i Foreningen\nAfholdt 3. marts 2021\nVi talte om budgettet.");
  EXPECT_EQ(m.warnings, (std::vector<std::string>{"no agenda items found: indexed as one item",
                                                   "no participants found"}));
}

struct DateCase {
  const char* text;
  std::optional<std::string> iso;
};

const DateCase k_dates[] = {
    {"REFERAT Direktørforum d. 08-02-2024", "2024-02-08"},
    {"Torsdag d. 08. februar 2024 kl. 14:00", "2024-02-08"},
    {"Dato\t23. juni 2022 kl. 13.00 – 14.30", "2022-06-23"},
    {"den 5. dec. 2023", "2023-12-05"},
    {"8/2 2024", "2024-02-08"},
    {"1.5.2023", "2023-05-01"},
    {"Dato: Mandag d. 4.4. 2022", "2022-04-04"},
    {"Referat fra møde d. 20. 6. 2022", "2022-06-20"},
    {"Tirsdag den 11-06-2019 kl. 17:30", "2019-06-11"},
    {"1.022.190 kr.", std::nullopt},
    {"ingen dato her", std::nullopt},
    {"kl. 9.05 - 9.55", std::nullopt},
    // The forms of the any-layout issue.
    {"den 22. november 2023 kl. 08:30", "2023-11-22"},
    {"Tirsdag d. 12. marts 2024", "2024-03-12"},
    {"22.11.2023", "2023-11-22"},
    {"22-11-2023", "2023-11-22"},
    {"22/11 2023", "2023-11-22"},
    {"2023-11-22", "2023-11-22"},
    {"22. nov. 2023", "2023-11-22"},
    {"Onsdag den 15-maj-2002", "2002-05-15"},
    {"04-06-2020 09:00:00", "2020-06-04"},
    {"Torsdag, Marts 3, 2016 - 08:00", "2016-03-03"},
    {"Onsdag, April 3, 2019 - 18:00", "2019-04-03"},
    {"Mandag, 11 januar, 2021 - 19:00", "2021-01-11"},
    // Impossible dates are no dates.
    {"31-02-2024", std::nullopt},
    {"29-02-2023", std::nullopt},
    {"29-02-2024", "2024-02-29"},
};

TEST(FindDateTest, ReadsDanishDateForms) {
  for (const auto& c : k_dates) EXPECT_EQ(corpus::find_date(c.text), c.iso) << c.text;
}

struct TitleCase {
  const char* line;
  const char* title;
};

TEST(MinutesParserTest, ItemTitlesLoseTimeRangesAndDurations) {
  const TitleCase cases[] = {
      {"Punkt 2: Opsamling på heldagsseminar (9.05 - 9.55)", "Opsamling på heldagsseminar"},
      {"Punkt 1: Velkommen og godkendelse af dagsorden (9.00 – 9.05)",
       "Velkommen og godkendelse af dagsorden"},
      {"Punkt 3: Drøftelse vedr. Sundhedsreform og evaluering - 40 min",
       "Drøftelse vedr. Sundhedsreform og evaluering"},
      {"Punkt 4: Natlægevagt – 10 min.", "Natlægevagt"},
      {"Punkt 5: Udvælgelse (hold 3) (10.30 - 11.00)", "Udvælgelse (hold 3)"},
  };
  for (const auto& c : cases) {
    const corpus::Meeting m =
        corpus::parse_meeting(std::string("REFERAT Chefforum Sundhedsklynge Vest d. 01-01-2024\n\n") +
                                  c.line + "\n\nBeslutning\n\nGodkendt.\n",
                              "t.txt");
    ASSERT_EQ(m.items.size(), 1u) << c.line;
    EXPECT_EQ(m.items[0].title, c.title);
  }
}

TEST(MinutesParserTest, PunktWithPeriodInsideTextIsNotAnItem) {
  const corpus::Meeting m = corpus::parse_file(sample("004_0e1634d17395c7eb.txt"));
  EXPECT_EQ(m.items.size(), 9u);
  EXPECT_NE(m.items[2].sections[0].text.find("Punkt 1. Besøg på matriklen"), std::string::npos);
}

struct ParticipantCase {
  const char* file;
  const char* name;
  const char* role;
  const char* organisation;
  const char* group;
  bool present;
};

const ParticipantCase k_participants[] = {
    {"000_f3d27487db9cbfb0.txt", "Eva Sejersdal Knudsen", "Direktør (medformand)",
     "Region Nordjylland", "Direktørforum", true},
    {"000_f3d27487db9cbfb0.txt", "Lisbeth Lagoni", "Sygeplejefaglig direktør",
     "Aalborg Universitetshospital", "Direktørforum", true},
    {"000_f3d27487db9cbfb0.txt", "Henrik Ravn", "Sundheds- og Seniorchef", "Jammerbugt Kommune",
     "Chefforum", true},
    {"000_f3d27487db9cbfb0.txt", "Bibi Bording Pedersen", nullptr, "Aalborg Kommune", "Sekretariat",
     true},
    {"001_bdb304747eb2561f.txt", "Mogens Jespersen", "Borgmester (medformand)",
     "Mariagerfjord Kommune", "Sundhedsklyngens medlemmer", true},
    {"001_bdb304747eb2561f.txt", "Jan Mainz", "direktør", "Psykiatrien", "Administrativ deltagelse",
     false},
    // Listed as "Pinstrup", absent as "Pindstrup": one person, absent.
    {"001_bdb304747eb2561f.txt", "Pia Buus Pinstrup", "formand for Udvalg for Det Nære Sundhedsvæsen",
     "Region Nordjylland", "Udvalgsformænd med observatørstatus", false},
    {"002_665350f486a11961.txt", "Bente Graversen", nullptr, "Aalborg Kommune", "Deltagere", true},
    {"002_665350f486a11961.txt", "Malene Horsholt", "sekretariat", "Aalborg Kommune", "Deltagere",
     false},
    {"002_665350f486a11961.txt", "Daniel Kjærgaard Simonsen", nullptr, "Region Nordjylland",
     "Gæster", false},
    {"002_665350f486a11961.txt", "Hanne Madsen", nullptr, nullptr, "Afbud", false},
};

TEST(ParticipantsTest, SeedParticipantsHaveRoleOrganisationGroupAndPresence) {
  for (const auto& c : k_participants) {
    const corpus::Meeting m = corpus::parse_file(sample(c.file));
    auto it = std::find_if(m.participants.begin(), m.participants.end(),
                           [&](const auto& p) { return p.name == c.name; });
    ASSERT_NE(it, m.participants.end()) << c.name;
    auto opt = [](const char* s) { return s ? std::optional<std::string>(s) : std::nullopt; };
    EXPECT_EQ(it->role, opt(c.role)) << c.name;
    EXPECT_EQ(it->organisation, opt(c.organisation)) << c.name;
    EXPECT_EQ(it->group, opt(c.group)) << c.name;
    EXPECT_EQ(it->present, c.present) << c.name;
  }
}

TEST(ParticipantsTest, ChairAndMinuteTaker) {
  EXPECT_EQ(corpus::parse_file(sample("000_f3d27487db9cbfb0.txt")).chair, "Eva Sejersdal Knudsen");
  EXPECT_EQ(corpus::parse_file(sample("001_bdb304747eb2561f.txt")).chair, "Mogens Jespersen");
  const corpus::Meeting t = corpus::parse_file(sample("002_665350f486a11961.txt"));
  EXPECT_EQ(t.chair, "Bente Graversen");
  EXPECT_EQ(t.minute_taker, "Mathilde Hougaard Madsen");
  EXPECT_EQ(t.participants.size(), 9u);
}

struct SamePersonCase {
  const char* a;
  const char* b;
  bool same;
};

TEST(ParticipantsTest, SpellingVariantsAreOnePersonNamesakesAreNot) {
  const SamePersonCase cases[] = {
      {"Daniel Kjærsgaard Simonsen", "Daniel Kjærgaard Simonsen", true},
      {"Lisbeth Lagoni", "Lisbeth Kjær Lagoni", true},
      {"Torben Krogh Kjeldgaard", "Torben Kjeldgaard", true},
      {"Pia Buus Pinstrup", "Pia Buus Pindstrup", true},
      {"Hanne Madsen", "Hanne Madsen", true},
      {"Hanne Madsen", "Hanne Hansen", false},
      {"Anne Wigh", "Anne Krøjer Jacobsen", false},
      {"Jan Mainz", "Jan Thorbøll Andersen", false},
      {"Mathilde Hougaard Madsen", "Mathilde Schmidt-Petersen", false},
  };
  for (const auto& c : cases) EXPECT_EQ(corpus::same_person(c.a, c.b), c.same) << c.a << " / " << c.b;
}

TEST(ParticipantsTest, PersonIdIsAsciiFolded) {
  EXPECT_EQ(corpus::person_id("Eva Sejersdal Knudsen"), "eva-sejersdal-knudsen");
  EXPECT_EQ(corpus::person_id("Søren Aalund"), "soeren-aalund");
  EXPECT_EQ(corpus::person_id("Henrik Houmøller Sprøgel"), "henrik-houmoeller-sproegel");
  EXPECT_EQ(corpus::person_id("Jannik Lückou Falhof"), "jannik-luckou-falhof");
}

TEST(JsonTest, RoundTripsAndHasContractKeys) {
  const corpus::Meeting m = corpus::parse_file(sample("002_665350f486a11961.txt"));
  const nlohmann::json j = corpus::to_json(m);
  for (const char* key : {"source", "title", "cluster", "region", "forum", "date", "start_time",
                          "location", "chair", "minute_taker", "participants", "items", "warnings"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["items"][0]["number"], 1);
  EXPECT_TRUE(j["participants"][0]["role"].is_null());
  EXPECT_EQ(corpus::to_json(corpus::meeting_from_json(j)), j);
}

// The appenders write what nlohmann's dump() (error_handler_t::replace)
// writes: the indexer's stored data must not change by a byte.
std::string dumped(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(JsonTest, AppendersWriteWhatDumpWrites) {
  for (const std::string& s :
       {std::string(""), std::string("Punkt 3: Økonomi – \"bevilling\" \\ 100 %"), std::string("a\nb\tc\rd\be\ff\x01\x1f\x7f"),
        std::string("\xf0\x9f\x98\x80 æøå \xe2\x82\xac"), std::string("bad \xc3 here"), std::string("\xc0\x80 overlong"),
        std::string("\xed\xa0\x80 surrogate"), std::string("\xf4\x90\x80\x80 too high"), std::string("cut \xe2\x82"),
        std::string("\xff\xfe"), std::string("x\0y", 3)}) {
    std::string out = "[";
    corpus::append_json(out, s);
    EXPECT_EQ(out, "[" + dumped(s)) << s;
  }
  for (const char* name : {"000_f3d27487db9cbfb0.txt", "001_bdb304747eb2561f.txt", "002_665350f486a11961.txt"}) {
    const corpus::Meeting m = corpus::parse_file(sample(name));
    const nlohmann::json j = corpus::to_json(m);
    for (std::size_t i = 0; i < m.items.size(); ++i) {
      std::string out;
      corpus::append_json(out, m.items[i]);
      EXPECT_EQ(out, dumped(j["items"][i])) << name << " item " << i;
    }
    for (std::size_t i = 0; i < m.participants.size(); ++i) {
      std::string out;
      corpus::append_json(out, m.participants[i]);
      EXPECT_EQ(out, dumped(j["participants"][i])) << name << " participant " << i;
    }
    std::string named, warnings;
    corpus::append_json(named, m.named);
    corpus::append_json(warnings, m.warnings);
    EXPECT_EQ(named, dumped(j["named"])) << name;
    EXPECT_EQ(warnings, dumped(j["warnings"])) << name;
    std::string whole;
    corpus::append_json(whole, m);
    EXPECT_EQ(whole, dumped(j)) << name;
  }
}

}  // namespace

namespace {

// Minutes of other Danish bodies, written from what such minutes commonly
// look like: the extraction must not be tuned to the three seed files.
struct OtherLayoutCase {
  const char* name;
  const char* text;
  std::vector<std::tuple<std::string, std::optional<std::string>, std::optional<std::string>, bool>>
      people;  // name, role, organisation, present
  std::optional<std::string> chair;
};

TEST(OtherLayoutsTest, ParticipantsInCommonDanishForms) {
  const OtherLayoutCase cases[] = {
      {"labelled lines, role before name, Afbud fra",
       "Referat af møde i Sundhedsudvalget\n"
       "Dato: 3. marts 2025\n"
       "Deltagere: Direktør Anne Holm, Viborg Kommune, Bo Jensen, Skive Kommune, Sundhedschef "
       "Carl Nielsen\n"
       "Afbud fra: Dorthe Lund\n"
       "Mødeleder: Anne Holm\n\n1. Velkomst\nIntet.\n",
       {{"Anne Holm", "Direktør", "Viborg Kommune", true},
        {"Bo Jensen", std::nullopt, "Skive Kommune", true},
        {"Carl Nielsen", "Sundhedschef", std::nullopt, true},
        {"Dorthe Lund", std::nullopt, std::nullopt, false}},
       "Anne Holm"},
      {"Fraværende and '- afbud' after a name",
       "Bestyrelsesmøde 12-05-2024\n"
       "Til stede: Eva Holm, Peter Dahl - afbud, Sara Berg\n"
       "Fraværende: Ole Krogh og Mette Friis\n\nDagsorden\nTekst.\n",
       {{"Eva Holm", std::nullopt, std::nullopt, true},
        {"Peter Dahl", std::nullopt, std::nullopt, false},
        {"Sara Berg", std::nullopt, std::nullopt, true},
        {"Ole Krogh", std::nullopt, std::nullopt, false},
        {"Mette Friis", std::nullopt, std::nullopt, false}},
       std::nullopt},
      {"havde meldt afbud in running text",
       "REFERAT Chefforum Sundhedsklynge Vest d. 01-02-2024\n\nPunkt 1: Deltagere\n\nChefforum\n\n"
       "Jens Hansen, Sundhedschef i Thisted Kommune\nLone Berg, Kontorchef i Region Nordjylland\n\n"
       "Punkt 2: Eventuelt\n\nBeslutning\n\nLone Berg havde meldt afbud. Intet til referat.\n",
       {{"Jens Hansen", "Sundhedschef", "Thisted Kommune", true},
        {"Lone Berg", "Kontorchef", "Region Nordjylland", false}},
       std::nullopt},
  };
  for (const auto& c : cases) {
    const corpus::Meeting m = corpus::parse_meeting(c.text, "x.txt");
    ASSERT_EQ(m.participants.size(), c.people.size()) << c.name;
    for (std::size_t i = 0; i < c.people.size(); ++i) {
      const auto& [name, role, organisation, present] = c.people[i];
      EXPECT_EQ(m.participants[i].name, name) << c.name;
      EXPECT_EQ(m.participants[i].role, role) << c.name << ": " << name;
      EXPECT_EQ(m.participants[i].organisation, organisation) << c.name << ": " << name;
      EXPECT_EQ(m.participants[i].present, present) << c.name << ": " << name;
    }
    EXPECT_EQ(m.chair, c.chair) << c.name;
  }
}

TEST(OtherLayoutsTest, ItemPeopleFromSpeakersAndFirstNames) {
  const corpus::Meeting fyn = corpus::parse_file(sample("004_0e1634d17395c7eb.txt"));
  // "Mathilde orienterede" in item 5 refers to Mathilde Schmidt-Petersen.
  EXPECT_EQ(fyn.items[4].people, std::vector<std::string>{"mathilde-schmidt-petersen"});
  EXPECT_EQ(fyn.items[7].people, std::vector<std::string>{"anders-meinert"});
  const corpus::Meeting table = corpus::parse_file(sample("002_665350f486a11961.txt"));
  // "v/ Mikkel, Daniel og Henrik": first names of the meeting's participants.
  EXPECT_EQ(table.items[0].presenter, "Mikkel, Daniel og Henrik");
  EXPECT_EQ(table.items[0].people,
            (std::vector<std::string>{"mikkel-grimmeshave", "daniel-kjaergaard-simonsen",
                                      "henrik-houmoeller-sproegel"}));
  const corpus::Meeting midt = corpus::parse_file(sample("000_f3d27487db9cbfb0.txt"));
  // "Direktør Eva Sejersdal informerede": partial name, title dropped.
  EXPECT_EQ(midt.items[9].people, std::vector<std::string>{"eva-sejersdal-knudsen"});
  // "Sundheds og Forebyggelseschef Torben Kjeldgaard indledte": a variant.
  EXPECT_EQ(midt.items[3].people, std::vector<std::string>{"torben-krogh-kjeldgaard"});
}

}  // namespace

namespace {

// The recogniser on minutes in layouts the seeds do not have: each case is a
// small document written the way real Danish minutes name their parts.
corpus::Meeting parse(const std::string& text) { return corpus::parse_meeting(text, "x.txt"); }

std::vector<std::string> titles(const corpus::Meeting& m) {
  std::vector<std::string> out;
  for (const auto& it : m.items) out.push_back(it.title);
  return out;
}

std::vector<std::string> names(const corpus::Meeting& m, bool present) {
  std::vector<std::string> out;
  for (const auto& p : m.participants)
    if (p.present == present) out.push_back(p.name);
  return out;
}

const char* const k_ad_layout =
    "Social- og Sundhedsudvalget – Referat – 3. marts 2025\n\n"
    "Tid: 13:00-15:30\n"
    "Sted: Rådhuset, mødelokale 2, 7400 Herning\n"
    "Til stede: Anne Holm (A), formand, Bo Jensen (V), Kirsten Lund (F), Mette Dahl (suppleant for Jens Berg)\n"
    "Referent: Lise Kjær\n\n"
    "Dagsorden\n1. Godkendelse af dagsorden\n2. Budget 2026\n3. Eventuelt\n\n"
    "Ad 1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
    "Ad 2. Budget 2026\nSagsfremstilling\nForvaltningen fremlægger budgettet. Der er tale om:\n"
    "1. Anlæg\n2. Drift\n3. runde af forhandlingerne starter i april.\n"
    "Indstilling\nDirektionen indstiller, at budgettet godkendes.\n"
    "Udvalgets beslutning den 3. marts 2025:\n"
    "Godkendt. Kirsten Lund deltog ikke i behandlingen af punkt 2 og 3.\n\n"
    "Ad 3. Eventuelt\nIntet.\n";

TEST(RecogniserTest, AdItemsLabelsAndInlineDecision) {
  const corpus::Meeting m = parse(k_ad_layout);
  EXPECT_EQ(m.body, "Social- og Sundhedsudvalget");
  EXPECT_EQ(m.date, "2025-03-03");
  EXPECT_EQ(m.start_time, "13:00");
  EXPECT_EQ(m.region, "Region Midtjylland");  // postcode 7400
  EXPECT_EQ(m.cluster, std::nullopt);
  // The agenda list is not the items; "1. Anlæg" and "3. runde af ..." in
  // item 2 are no items.
  EXPECT_EQ(titles(m), (std::vector<std::string>{"Godkendelse af dagsorden", "Budget 2026", "Eventuelt"}));
  ASSERT_EQ(m.items[0].sections.size(), 1u);
  EXPECT_EQ(m.items[0].sections[0].kind, "beslutning");
  EXPECT_EQ(m.items[0].sections[0].text, "Godkendt.");
  std::vector<std::string> kinds;
  for (const auto& s : m.items[1].sections) kinds.push_back(s.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"sagsfremstilling", "indstilling", "beslutning"}));
  EXPECT_EQ(names(m, true),
            (std::vector<std::string>{"Anne Holm", "Bo Jensen", "Kirsten Lund", "Mette Dahl", "Lise Kjær"}));
  EXPECT_EQ(names(m, false), std::vector<std::string>{"Jens Berg"});
  // Absent for items 2 and 3 only.
  EXPECT_TRUE(m.items[0].absent.empty());
  EXPECT_EQ(m.items[1].absent, std::vector<std::string>{"kirsten-lund"});
  EXPECT_EQ(m.items[2].absent, std::vector<std::string>{"kirsten-lund"});
  EXPECT_TRUE(m.warnings.empty());
}

struct HeadCase {
  const char* text;
  std::vector<std::string> titles;
  std::vector<int> numbers;
};

TEST(RecogniserTest, ItemHeadsInEveryCommonForm) {
  const HeadCase cases[] = {
      {"Referat\nPkt. 3 Budget\nBeslutning\nGodkendt.\nPkt. 4 Eventuelt\nIntet.\n", {"Budget", "Eventuelt"}, {3, 4}},
      {"Referat\nSag 7: Budget\nBeslutning: Godkendt.\nSag 8: Eventuelt\n", {"Budget", "Eventuelt"}, {7, 8}},
      {"Referat\n1) Budget\nBeslutning: Godkendt.\n2) Eventuelt\n", {"Budget", "Eventuelt"}, {1, 2}},
      {"Referat\nAd pkt. 1 Budget\nBeslutning: Godkendt.\nAd pkt. 2 Eventuelt\n", {"Budget", "Eventuelt"}, {1, 2}},
      // Numbers of a council's year: 112 to 113.
      {"Byrådet - Referat\n112. Budget\nBeslutning\nGodkendt.\n113. Eventuelt\nIntet.\n", {"Budget", "Eventuelt"},
       {112, 113}},
      // The number alone, the title on the next line.
      {"Referat\nPkt. 1\nBudget\nBeslutning: Godkendt.\nPkt. 2\nEventuelt\n", {"Budget", "Eventuelt"}, {1, 2}},
      // A title printed twice (web exports) counts once.
      {"Referat\n1. Budget\nBudget\nBeslutning: Godkendt.\n2. Eventuelt\nEventuelt\n", {"Budget", "Eventuelt"},
       {1, 2}},
      // A table of contents with dot leaders is never items.
      {"Referat\nBudget.....\t3\nEventuelt.....\t4\nPunkt 1: Budget\nBeslutning\nGodkendt.\nPunkt 2: Eventuelt\n",
       {"Budget", "Eventuelt"}, {1, 2}},
      // Items run into one line, as in PDF transcripts.
      {"Referat Bestyrelsen 3. marts 2025 Til stede: Anne Holm, Bo Jensen. 1. Godkendelse af dagsorden. Godkendt. "
       "Der var ingen bemærkninger til dagsordenen, som blev godkendt uden videre af hele bestyrelsen. "
       "2. Godkendelse af referat fra sidste møde. Referatet blev godkendt uden bemærkninger af bestyrelsen. "
       "3. Eventuelt. Intet at bemærke fra nogen af medlemmerne under dette punkt på dagens møde.\n",
       {"Godkendelse af dagsorden", "Godkendelse af referat fra sidste møde", "Eventuelt"}, {1, 2, 3}},
      // A PDF transcript's page run into one line, items after the header
      // labels' values and sections written inline.
      {"Referat Handicaprådet Forum: Handicaprådet Tid: 14. marts 2018 Sted: Rådhuset, lokale 2 Deltagere: "
       "Anne Holm, Bo Jensen Referent: Lise Kjær 1. Godkendelse af referat og dagsorden 2. Valg af formand Dato: "
       "13. februar 2018 Sags nr.: a 3. Valg til udvalg Sagsfremstilling: Modtaget mail den 25. januar 2018 om "
       "pladsen i udvalget.\n",
       {"Godkendelse af referat og dagsorden", "Valg af formand", "Valg til udvalg"}, {1, 2, 3}},
      // "Sag nr. 24" under its title (Rødovre).
      {"Referat\nMeddelelser\nSag nr. 24\nBeslutning\nTaget til efterretning.\nBudget\nSag nr. 25\n"
       "Beslutning\nGodkendt.\n",
       {"Meddelelser", "Budget"}, {24, 25}},
      // "Dagsorden:" right before the items opens them, not a list in one;
      // a number glued to its title ("1.Valg").
      {"Seniorrådet\nDagsorden:\n1.Valg af mødeleder.\nAnne er mødeleder.\n2.Godkendelse af dagsorden.\n"
       "Godkendt.\n",
       {"Valg af mødeleder", "Godkendelse af dagsorden"}, {1, 2}},
      // An agenda system's web page of one item: "1 Title" and its sections.
      {"Udvalget - Referat fra mødet den 17-01-2019\nReferat\n1 Præsentation af indsatsen\nResume\n"
       "Kort resume.\nBeslutning i Udvalget den 17-01-2019\nTaget til efterretning.\n",
       {"Præsentation af indsatsen"}, {1}},
      // Only a table of contents (an agenda without case texts, an excerpt
      // cut off): its entries are the items; numbers a PDF put on lines of
      // their own are part of it, a sub-item's ("2.1.") is no item.
      {"DAGSORDEN\nKKR\n1.\nGodkendelse af referat ........ 3\n2.\nSiden sidst ......... 4\n2.1.\n"
       "Nyt fra KL ......... 5\n3.\nEventuelt ......... 6\n",
       {"Godkendelse af referat", "Siden sidst", "Eventuelt"}, {-1, -1, -1}},
  };
  for (const auto& c : cases) {
    const corpus::Meeting m = parse(c.text);
    EXPECT_EQ(titles(m), c.titles) << c.text;
    std::vector<int> numbers;
    for (const auto& it : m.items) numbers.push_back(it.number.value_or(-1));
    EXPECT_EQ(numbers, c.numbers) << c.text;
  }
}

TEST(RecogniserTest, UnnumberedItemsBeforeSectionHeadings) {
  const corpus::Meeting m = parse(
      "Referat\nMødedato: 5. maj 2025\nGodkendelse af dagsorden\nSagsfremstilling\nDagsordenen udsendt.\n"
      "Beslutning\nGodkendt.\nNy skolestruktur\nResumé\nForslag til ny struktur.\nBeslutning\nAnbefales.\n");
  EXPECT_EQ(titles(m), (std::vector<std::string>{"Godkendelse af dagsorden", "Ny skolestruktur"}));
  EXPECT_EQ(m.items[1].sections.back().text, "Anbefales.");
}

TEST(RecogniserTest, BulletedItemsBeforeTheirDecision) {
  // An agenda system's export whose item numbers became bullets: each entry,
  // a few lines of text, then its "Beslutning". A bulleted list inside a
  // decision or a lone bullet before a section is no agenda.
  const corpus::Meeting m = parse(
      "Referat af Seniorrådets møde den 20. januar 2026\nDeltagere\nAnne Holm, Bo Jensen\n"
      "- Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
      "- Referat fra mødet den 4. december 2025\nBeslutning\nTaget til efterretning.\n"
      "- Høringer\nDer er modtaget to høringer:\na. Klimaplan\nb. Udviklingsplan\nBeslutning\n"
      "Seniorrådet svarer på begge.\n- Eventuelt\nIntet.\n");
  EXPECT_EQ(titles(m), (std::vector<std::string>{"Godkendelse af dagsorden", "Referat fra mødet den 4. december 2025",
                                                 "Høringer"}));
  EXPECT_EQ(m.items[2].sections.back().text, "Seniorrådet svarer på begge.\nEventuelt\nIntet.");
  const corpus::Meeting one = parse(
      "Referat\nDato: 5. maj 2025\nSagsfremstilling\nTekst.\n- Budget\nBeslutning\nGodkendt:\n"
      "- Anlæg\n- Drift\n");
  EXPECT_EQ(one.items.size(), 1u);
  EXPECT_EQ(one.warnings.front(), "no agenda items found: indexed as one item");
}

struct SectionHeadCase {
  const char* line;
  const char* kind;
};

TEST(RecogniserTest, SectionHeadingVariants) {
  const SectionHeadCase cases[] = {
      {"Beslutning i Udvalget for Ældre og Sundhed den 04-06-2020", "beslutning"},
      {"Udvalgets beslutning", "beslutning"},
      {"Forretningsudvalgets beslutning den 3. maj 2021:", "beslutning"},
      {"Behandling i Social- og Sundhedsudvalget pkt. 1", "beslutning"},
      {"Direktionen indstiller", "indstilling"},
      {"Sagsforløb", "sagsforløb"},
      {"Resume", "resumé"},
      {"Økonomi", "økonomi"},
      {"Tidligere beslutninger", "tidligere beslutninger"},
      {"Referat:", "referat"},
  };
  for (const auto& c : cases) {
    const corpus::Meeting m =
        parse(std::string("Referat\nPunkt 1: Budget\nTekst først.\n") + c.line + "\nTeksten.\nPunkt 2: Eventuelt\n");
    ASSERT_GE(m.items.size(), 1u) << c.line;
    ASSERT_EQ(m.items[0].sections.size(), 2u) << c.line;
    EXPECT_EQ(m.items[0].sections[1].kind, c.kind) << c.line;
    EXPECT_EQ(m.items[0].sections[1].text, "Teksten.") << c.line;
  }
}

struct AttendanceCase {
  const char* text;
  std::vector<std::string> present;
  std::vector<std::string> absent;
};

TEST(RecogniserTest, AttendanceWhereverItStands) {
  const AttendanceCase cases[] = {
      // Labels with the list on the next lines; party letters and titles dropped.
      {"Referat\nMedlemmer\nBorgmester Franciska Rosenkilde (Å)\nNiels O. Pedersen (V)\nAfbud\nJens B. Thomsen\n"
       "Punkt 1: Budget\n",
       {"Franciska Rosenkilde", "Niels O. Pedersen"}, {"Jens B. Thomsen"}},
      // Run together with organisations: the name starts at a first name.
      {"Referat\nTil stede: Carsten Pedersen, Finansrådet Mogens Christensen, WM-data Per Kiilsholm, GS1\n"
       "Punkt 1: Budget\n",
       {"Carsten Pedersen", "Mogens Christensen", "Per Kiilsholm"}, {}},
      // Prose.
      {"Referat\nPunkt 1: Godkendelse af dagsorden\nAlle medlemmer var mødt undtagen Jens Berg, der havde meldt "
       "afbud.\nMikkel Houmann havde meldt afbud, og Peter Steffensen deltog i stedet.\n",
       {"Peter Steffensen"}, {"Jens Berg", "Mikkel Houmann"}},
      // A substitute in an afbud list, a member and substitute joined by a dash.
      {"Referat\nFravær med afbud:\nKeith Gray – Anders Lundsager deltager som suppleant\n"
       "Fraværende med afbud: Maria Bagger Grell, Merete Øverup indkaldt\nPunkt 1: Budget\n",
       {"Anders Lundsager", "Merete Øverup"}, {"Keith Gray", "Maria Bagger Grell"}},
      // Group lines under no known label.
      {"Referat\nBestyrelsen: Anne Holm, Bo Jensen og Kirsten Lund\nAfbud: Kirsten Lund\nPunkt 1: Budget\n",
       {"Anne Holm", "Bo Jensen"}, {"Kirsten Lund"}},
  };
  for (const auto& c : cases) {
    const corpus::Meeting m = parse(c.text);
    EXPECT_EQ(names(m, true), c.present) << c.text;
    EXPECT_EQ(names(m, false), c.absent) << c.text;
  }
}

struct TitleLineCase {
  const char* text;
  std::optional<std::string> body;
  std::optional<std::string> date;
  std::optional<std::string> time;
};

TEST(RecogniserTest, BodyAndDateFromTitlesInAnyForm) {
  const TitleLineCase cases[] = {
      {"Referat af mødet i Praksisplanudvalget den 3. marts 2025 kl. 13:00\nPunkt 1: Budget\n",
       "Praksisplanudvalget", "2025-03-03", "13:00"},
      {"Referat\ntil\nmødet i Psykiatriforum\nden 10. november 2022 kl. 10:15\nPunkt 1: Budget\n", "Psykiatriforum",
       "2022-11-10", "10:15"},
      {"Dagsorden og referat\nUdvalg: Børne- og Ungeudvalget\nDato: 22.11.2023\nPunkt 1: Budget\n",
       "Børne- og Ungeudvalget", "2023-11-22", std::nullopt},
      {"Beslutningsprotokol\nMøde: Kommunekontaktrådet\nMødedato: Tirsdag d. 12. marts 2024\nPunkt 1: Budget\n",
       "Kommunekontaktrådet", "2024-03-12", std::nullopt},
      // A web page of one item: the body from the decision heading, the date
      // from the meeting phrase.
      {"1. Godkendelse af dagsorden\nSagsfremstilling\nTekst.\nBeslutning\nØkonomiudvalgets beslutning i mødet "
       "den 31. marts 2020\nGodkendt.\n",
       "Økonomiudvalget", "2020-03-31", std::nullopt},
      // A meeting phrase names a date only right after it: the year of the
      // other meeting's date does not make the first one's.
      {"Idrætsrådet\nTirsdag den 11-06-2019 kl. 17:30\n17. Godkendelse af referat\nBeslutning\nReferat fra "
       "Idrætsrådsmødet den 27. februar og det ekstraordinære Idrætsrådsmøde den 03. april 2019 godkendtes.\n",
       "Idrætsrådet", "2019-06-11", "17:30"},
  };
  for (const auto& c : cases) {
    const corpus::Meeting m = parse(c.text);
    EXPECT_EQ(m.body, c.body) << c.text;
    EXPECT_EQ(m.date, c.date) << c.text;
    EXPECT_EQ(m.start_time, c.time) << c.text;
  }
}

TEST(RecogniserTest, ClusterNamesOfSeveralWordsAndRunOnCellsWithLongOrganisations) {
  const corpus::Meeting a = parse(
      "REFERAT Direktørforum Sundhedsklynge Herlev og Gentofte d. 12-03-2025\n\n"
      "Mødedato Onsdag d. 12. marts 2025 kl. 10:00\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(a.cluster, "Herlev og Gentofte");
  EXPECT_EQ(a.forum, "Direktørforum");
  const corpus::Meeting b = parse(
      "Møde\tKlyngestyregruppe Bispebjerg og Frederiksberg\nDato\t5. maj 2025 kl. 9.00 – 10.30\n"
      "Deltagere\tAnne Holm, Bispebjerg og Frederiksberg Hospital Lars Winther Lindberg, Frederiksberg Kommune "
      "(mødeleder) Mette Dahl, Københavns Kommune\nAfbud\tMette Dahl\n\n1. Godkendelse af dagsorden\n\nReferat:\n\n"
      "Godkendt.\n\n2. Status\n\nDer er tre runder.\n\n3. runde af forhandlingerne starter i april.\n\n"
      "3. Eventuelt\n\nIntet.\n");
  EXPECT_EQ(b.cluster, "Bispebjerg og Frederiksberg");
  EXPECT_EQ(b.forum, "Klyngestyregruppe");
  EXPECT_EQ(names(b, true), (std::vector<std::string>{"Anne Holm", "Lars Winther Lindberg"}));
  EXPECT_EQ(b.participants[0].organisation, "Bispebjerg og Frederiksberg Hospital");
  EXPECT_EQ(b.chair, "Lars Winther Lindberg");
  EXPECT_EQ(titles(b), (std::vector<std::string>{"Godkendelse af dagsorden", "Status", "Eventuelt"}));
}

TEST(RecogniserTest, SiteFurnitureIsNotContent) {
  const corpus::Meeting m = parse(
      "Vi bruger cookies til statistik. Accepter alle cookies\nGå til indhold\nByrådet - Referat\n"
      "Dato: 29. januar 2020\nfold dette punkt ind Punkt 1: Budget\nfold dette punkt ind Beslutning\nGodkendt.\n"
      "Tilbage til toppen\nUdskriv\nSide 3 af 12\n");
  EXPECT_EQ(m.title, "Byrådet - Referat");
  EXPECT_EQ(m.body, "Byrådet");
  ASSERT_EQ(m.items.size(), 1u);
  ASSERT_EQ(m.items[0].sections.size(), 1u);
  EXPECT_EQ(m.items[0].sections[0].text, "Godkendt.");
}

TEST(RecogniserTest, WarningsNameWhatWasNotFound) {
  const corpus::Meeting m = parse("Noter fra en snak\nVi talte om vejret og om budgettet.\n");
  EXPECT_EQ(m.warnings, (std::vector<std::string>{"no agenda items found: indexed as one item",
                                                   "no meeting date found", "no participants found"}));
  EXPECT_TRUE(corpus::parsed_poorly(m));
  EXPECT_FALSE(corpus::parsed_poorly(parse(k_ad_layout)));
}

}  // namespace
