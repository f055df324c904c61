#include "corpus/vocabulary.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "corpus/text.h"

namespace corpus::vocabulary {
namespace {

struct LabelRow {
  std::string_view label;  // folded, no colon
  Field field;
  // e.g. (from real minutes)
};

// Header labels. Examples: "Mødedato Torsdag d. 08. februar 2024 kl. 14:00"
// (sundhedsklynge), "Dato\t23. juni 2022 kl. 13.00" (klyngestyregruppe),
// "Fraværende med afbud:" (kk.dk lokaludvalg), "Til stede ved mødet: Ole
// Busck, ..." (AAU FSU), "Møde afholdt: Tirsdag den 5. januar 2016" (FSU).
constexpr auto k_labels = std::to_array<LabelRow>({
    {"møde", Field::meeting},
    {"mødet", Field::meeting},
    {"mødeforum", Field::body},
    {"udvalg", Field::body},
    {"forum", Field::body},
    {"mødedato", Field::date},
    {"dato", Field::date},
    {"mødedag", Field::date},
    {"møde afholdt", Field::date},
    {"afholdt", Field::date},
    {"tid", Field::time},
    {"tidspunkt", Field::time},
    {"mødetidspunkt", Field::time},
    {"starttidspunkt", Field::time},
    {"mødetid", Field::time},
    {"klokkeslæt", Field::time},
    {"sted", Field::place},
    {"mødested", Field::place},
    {"lokale", Field::place},
    {"mødelokale", Field::place},
    {"adresse", Field::place},
    {"mødeleder", Field::chair},
    {"ordstyrer", Field::chair},
    {"formand", Field::chair},
    {"mødeleder/ordstyrer", Field::chair},
    {"referent", Field::minute_taker},
    {"ref.", Field::minute_taker},
    {"deltagere", Field::present},
    {"deltager", Field::present},
    {"mødedeltagere", Field::present},
    {"til stede", Field::present},
    {"tilstede", Field::present},
    {"til stede ved mødet", Field::present},
    {"til stede var", Field::present},
    {"medlemmer", Field::present},
    {"fremmødte", Field::present},
    {"deltog", Field::present},
    {"deltagere i mødet", Field::present},
    {"følgende deltog", Field::present},
    {"afbud", Field::absent},
    {"afbud fra", Field::absent},
    {"meldt afbud", Field::absent},
    {"fraværende", Field::absent},
    {"fraværende med afbud", Field::absent},
    {"fraværende uden afbud", Field::absent},
    {"ikke til stede", Field::absent},
    {"ikke tilstede", Field::absent},
    {"afbud/fraværende", Field::absent},
    {"afbud/fravær", Field::absent},
    {"fravær/afbud", Field::absent},
    {"gæster", Field::guests},
    {"gæst", Field::guests},
    {"gæster/oplægsholdere", Field::guests},
    {"øvrige deltagere", Field::guests},
    {"desuden deltog", Field::guests},
    {"fra administrationen", Field::guests},
    {"fra sekretariatet", Field::guests},
    // "Tilstedeværende medlemmer af Rådet", "Tilstedeværende observatører",
    // "I mødet deltog:", "Fra bestyrelsen deltog:", "Fravær med afbud:",
    // "Forfald:" (PDF transcripts and council minutes).
    {"tilstedeværende", Field::present},
    {"tilstedeværende medlemmer", Field::present},
    {"tilstedeværende observatører", Field::guests},
    {"i mødet deltog", Field::present},
    {"i mødet deltog også", Field::present},
    {"fra bestyrelsen deltog", Field::present},
    {"endvidere deltog", Field::guests},
    {"herudover deltog", Field::guests},
    {"fra administrationen deltog", Field::guests},
    {"fra forvaltningen deltog", Field::guests},
    {"fra forvaltningen", Field::guests},
    {"fravær", Field::absent},
    {"fravær med afbud", Field::absent},
    {"forfald", Field::absent},
    {"meddelt forfald", Field::absent},
    {"ikke mødt", Field::absent},
    {"deltog ikke", Field::absent},
    {"suppleant", Field::substitute},
    {"suppleanter", Field::substitute},
    // "Stedfortrædere: Bitten Jørgensen (V) og Jannik H. Jørgensen (A)"
    // (Halsnæs' Byråd, Copenhagen's Borgerrepræsentation): the substitutes
    // called in, as "Suppleanter:".
    {"stedfortrædere", Field::substitute},
    // "Gæster tilstede:" over the guests a line (Odsherred's
    // Integrationsråd on PolWeb), "Inviteret: Helle Nellemose (BFO-leder),
    // ..." (a school board, a sailing club's board), as "Inviterede:".
    {"gæster tilstede", Field::guests},
    {"gæster til stede", Field::guests},
    {"inviteret", Field::guests},
    {"deltagerne var", Field::present},
    {"medlemmer af udvalget", Field::present},
    {"udvalgets medlemmer", Field::present},
    {"medlemmer af bestyrelsen", Field::present},
    {"bestyrelsens medlemmer", Field::present},
    {"deltagere var", Field::present},
    {"tilstede var", Field::present},
    {"mødt", Field::present},
    // "Følgende var mødt:" over one "Name, Organisation" a line, then "Der
    // var afbud fra:" over the absent so (Naturstyrelsen's Brugerråd Syd);
    // "Følgende var til stede:".
    {"følgende var mødt", Field::present},
    {"følgende mødte", Field::present},
    {"følgende var til stede", Field::present},
    {"følgende var tilstede", Field::present},
    {"der var afbud fra", Field::absent},
    {"fremmøde", Field::present},
    {"starttidspunkt for møde", Field::time},
    // "Dirigent:" and "Protokolfører:" (associations' and boards' minutes),
    // "Sekretariat: Ida Holm, Bo Berg" (the staff present), "Inviterede:",
    // "Oplægsholdere:". (Not "Observatører", "Sekretariatet", "Næstformand":
    // sub-groups inside a list as often as labels.)
    {"sekretariat", Field::guests},
    {"deltagerfortegnelse", Field::present},
    {"fremmødeliste", Field::present},
    {"dirigent", Field::chair},
    {"protokolfører", Field::minute_taker},
    {"referatskriver", Field::minute_taker},
    {"inviterede", Field::guests},
    {"oplægsholder", Field::guests},
    {"oplægsholdere", Field::guests},
    {"tilforordnede", Field::guests},
    // "Indkaldte: Anne Mette (Victorias mor), Jane (Fie H.'s mor)" / "Afbud:
    // Jane": those called to the meeting, present unless they sent afbud.
    {"indkaldte", Field::present},
    // Date, time and body labels of more words: "Dato og tid: 22.11.2023 kl.
    // 8.30", "Tid og sted: kl. 10 - 15 på Park Hotel", "Udvalg/råd: Ældrerådet".
    {"dato og tid", Field::date},
    {"dato/tid", Field::date},
    {"dato/tidspunkt", Field::date},
    {"dato og klokkeslæt", Field::date},
    {"mødedato/tid", Field::date},
    {"dato for møde", Field::date},
    {"mødedato og sted", Field::date},
    {"tid/sted", Field::time},
    {"dato og tidspunkt", Field::date},
    {"dato og sted", Field::date},
    {"mødedato og tid", Field::date},
    {"mødedato og -tid", Field::date},
    {"dato for mødet", Field::date},
    {"mødets dato", Field::date},
    {"tid og sted", Field::time},
    {"tidspunkt og sted", Field::time},
    {"udvalg/råd", Field::body},
    {"råd/udvalg", Field::body},
    {"råd", Field::body},
    {"nævn", Field::body},
    {"organ", Field::body},
    {"dagsorden", Field::agenda},
    {"punkter", Field::agenda},
    {"dagsordenspunkter", Field::agenda},
    {"indholdsfortegnelse", Field::agenda},
    {"indholdsliste", Field::agenda},
    {"sagsoversigt", Field::agenda},
    {"punkter på dagsordenen", Field::agenda},
    {"indhold", Field::agenda},
});

struct SectionRow {
  std::string_view heading;  // folded
  std::string_view kind;
};

// Section headings. Examples: "Beslutning" / "Sagsfremstilling" / "Bilag"
// (sundhedsklynge referat), "Referat:" (klyngestyregruppe: the decision),
// "Resumé", "Indstilling", "Økonomi", "Sagsforløb" (eDagsorden),
// "Tidligere beslutninger" (kommunale dagsordener).
constexpr auto k_sections = std::to_array<SectionRow>({
    {"beslutning", "beslutning"},
    {"beslutninger", "beslutning"},
    {"afgørelse", "beslutning"},
    {"konklusion", "beslutning"},
    {"referat", "referat"},
    {"sagsfremstilling", "sagsfremstilling"},
    {"sagsbeskrivelse", "sagsfremstilling"},
    {"sagen", "sagsfremstilling"},
    {"beskrivelse", "sagsfremstilling"},
    {"sagsforløb", "sagsforløb"},
    {"indstilling", "indstilling"},
    {"indstillinger", "indstilling"},
    {"forslag til beslutning", "indstilling"},
    {"resumé", "resumé"},
    {"resume", "resumé"},
    {"kort resumé", "resumé"},
    {"baggrund", "baggrund"},
    {"økonomi", "økonomi"},
    {"økonomiske konsekvenser", "økonomi"},
    {"bilag", "bilag"},
    {"bilagsfortegnelse", "bilag"},
    {"vedlagte bilag", "bilag"},
    {"tidligere beslutninger", "tidligere beslutninger"},
    {"tidligere behandling", "tidligere beslutninger"},
    {"lovgrundlag", "lovgrundlag"},
    {"retsgrundlag", "lovgrundlag"},
    {"høring", "høring"},
    {"kommunikation", "kommunikation"},
    {"formål", "formål"},
    {"opfølgning", "opfølgning"},
    // Region Hovedstaden's eDagsorden: "POLITISK BEHANDLING" holds the
    // decision; Hedensted: "Beslutningstema" (what is to be decided);
    // "Sagsresumé", "Sagens baggrund", "Problemstilling", "Vurdering",
    // "Økonomiske forhold" (municipal case texts).
    {"politisk behandling", "beslutning"},
    {"beslutningstema", "resumé"},
    {"sagsresumé", "resumé"},
    {"sagsresume", "resumé"},
    {"resumé og indstilling", "resumé"},
    {"sagens baggrund", "baggrund"},
    {"sagens indhold", "sagsfremstilling"},
    {"problemstilling", "sagsfremstilling"},
    {"vurdering", "sagsfremstilling"},
    {"forvaltningens vurdering", "sagsfremstilling"},
    {"administrationens vurdering", "sagsfremstilling"},
    {"økonomiske forhold", "økonomi"},
    {"økonomiske konsekvenser og finansiering", "økonomi"},
    {"bevillingsmæssige konsekvenser", "økonomi"},
    {"beslutningskompetence", "lovgrundlag"},
    {"videre proces", "opfølgning"},
    // What was agreed, as secretaries of groups and boards head it:
    // "Konklusioner:", "Aftalt:", "Besluttet:", "Beslutningsreferat",
    // "Udvalgets behandling" (the committee's treatment, holding its
    // decision). "Behandling" alone heads a table of the case's treatments
    // and dates ("Behandling" / "Mødedato" / "Åbent punkt"): its history.
    {"konklusioner", "beslutning"},
    {"konklusion og opfølgning", "beslutning"},
    {"aftalt", "beslutning"},
    {"aftaler", "beslutning"},
    {"besluttet", "beslutning"},
    {"beslutningsreferat", "beslutning"},
    {"udvalgets behandling", "beslutning"},
    // "Protokol:" over what was recorded as decided (older council
    // minutes); "Referat af drøftelse", "Referat af drøftelsen".
    {"protokol", "beslutning"},
    {"referat af drøftelse", "referat"},
    {"referat af drøftelsen", "referat"},
    {"behandling", "sagsforløb"},
});

struct KindRow {
  std::string_view prefix;  // folded title prefix
  std::string_view kind;
};

// Item kinds by the start of the title. Examples: "Godkendelse af
// dagsorden", "Skriftlig orientering - Nyt fra Koordineringsforum",
// "Drøftelse vedr. Sundhedsreform", "Eventuelt", "Evt.".
constexpr auto k_item_kinds = std::to_array<KindRow>({
    {"godkendelse", "godkendelse"},
    {"orientering", "orientering"},
    {"skriftlig orientering", "orientering"},
    {"gensidig orientering", "orientering"},
    {"meddelelser", "orientering"},
    {"drøftelse", "drøftelse"},
    {"beslutning", "beslutning"},
    {"eventuelt", "eventuelt"},
    {"evt.", "eventuelt"},
    {"velkomst", "velkomst"},
    {"velkommen", "velkomst"},
    {"deltagere", "deltagere"},
    {"mødedeltagere", "deltagere"},
    {"status", "orientering"},
    {"udvælgelse", "beslutning"},
    {"fremmøde", "deltagere"},
    {"fraværende", "afbud"},
    {"afbud", "afbud"},
    {"meddelelse om afbud", "afbud"},
});

// Furniture of web pages and PDF pages. Examples: "Tilbage til toppen",
// "Fold dette punkt ind" (municipal agenda sites), "Udskriv", "Side 3 af 12".
constexpr auto k_boilerplate = std::to_array<std::string_view>({
    "tilbage til toppen", "til toppen",         "gå til indhold",
    "spring til indhold", "udskriv",            "print",
    "fold dette punkt ind", "fold dette punkt ud", "fold alle punkter ind",
    "fold alle punkter ud", "se alle dagsordener", "se alle dagsordener og referater",
    "del på facebook",    "del på linkedin",    "del",
    "luk",                "menu",               "søg",
    "hent som pdf",       "download som pdf",   "hent dagsorden som pdf",
    "cookie-indstillinger", "accepter alle cookies", "læs mere om cookies",
    // Web agenda sites and document viewers: "Til top", "Kopier link til
    // punktet - Print", "Del denne side", "Ingen resultater fundet".
    "til top",            "tilbage",            "tilbage til oversigten", "tilbage til forsiden",
    "til forsiden",       "kopier link",        "kopier link til punktet", "kopier link til punktet - print",
    "del denne side",     "del siden",          "send til en ven",    "print siden",
    "udskriv siden",      "udskriv punkt",      "tilgængelighedserklæring", "privatlivspolitik",
    "persondatapolitik",  "log ind",            "sitemap",            "brødkrummesti",
    "ingen resultater fundet", "indlæser...",   "copied!",            "åbn alle punkter",
    "luk alle punkter",   "vis alle punkter",   "skjul alle punkter", "læs op",
    // A page's links back at its foot, under the last item: "Gå tilbage"
    // (a parish council's site), "Back To Top" (a youth council's site),
    // "Tilbage til indhold | Retur til hoved menu" (a village council's).
    "gå tilbage",         "back to top",        "tilbage til indhold", "retur til hoved menu",
    "retur til hovedmenu",
});

// Words that name a document as minutes at the start of its title, and the
// words that may follow them before the body's name. Examples: "REFERAT
// Direktørforum Sundhedsklynge Midt d. 08-02-2024", "Referat af mødet i
// Praksisplanudvalget den 3. marts 2025", "Referat til mødet i
// Praksisplanudvalg", "Beslutningsprotokol for åben dagsorden", "Godkendt
// referat - SUND FSU den 13. december 2018", "Dagsorden og referat for
// Social- og Sundhedsudvalget".
constexpr auto k_title_heads = std::to_array<std::string_view>({
    "dagsordener og referater", "dagsorden og referater", "dagsorden og referat", "dagsorden med referat", "dagsorden/referat",
    "godkendt referat",
    "foreløbigt referat", "endeligt referat", "udkast til referat", "mødereferat", "referater", "referat",
    "beslutningsprotokol", "beslutningsreferat", "protokol", "åben dagsorden", "dagsorden",
});
constexpr auto k_title_links = std::to_array<std::string_view>({
    "af", "fra", "for", "til", "over", "fra det", "af det", "mødet", "møder", "møde", "ordinære", "ordinært",
    "ekstraordinære", "ekstraordinært", "i", "med", "-", "–", ":",
});

// Job titles written before or after a name. Examples: "Lægefaglig direktør
// Hans Hansen", "Kommunaldirektør Bo Jensen", "Sundhedschef Anne Holm".
constexpr auto k_job_titles = std::to_array<std::string_view>({
    "borgmester",     "viceborgmester", "rådmand",       "formand",    "næstformand",
    "konsulent",      "specialkonsulent", "chefkonsulent", "sekretær",  "referent",
    "læge",           "overlæge",       "cheflæge",      "praksiskonsulent", "sygeplejerske",
    "chefsygeplejerske", "fuldmægtig",  "ac-fuldmægtig", "medlem",     "regionsrådsmedlem",
    "byrådsmedlem",   "kommunalbestyrelsesmedlem", "leder", "afdelingsleder", "centerleder",
    "områdeleder",    "sekretariatsleder", "udvalgsformand", "regionsrådsformand", "lægefaglig",
    "overborgmester", "kommunaldirektør", "vicedirektør", "sygeplejefaglig",
    // University boards and administrations: "Rektor Lauritz B. Holm-Nielsen",
    // "Prorektor Nina Smith", "Chefjurist Per Møller Madsen", "Dekan Troels
    // Østergaard Sørensen", "professor Hanne Foss Hansen".
    "rektor",         "prorektor",      "dekan",         "prodekan",   "professor",
    "lektor",         "jurist",         "chefjurist",    "revisor",    "observatør",
    "stedfortræder",  "suppleant",      "rådssekretær",  "udvalgssekretær", "projektleder",
    "koordinator",    "medarbejder",    "projektmedarbejder", "økonom", "kasserer",
    "bestyrelsesmedlem", "rådsmedlem",  "ældrerådsmedlem", "statsautoriseret",
    "souschef",       "sektionsleder",  "udviklingskonsulent",
});

// First names known in Danish (Danmarks Statistik's most common given names
// and more), to tell where a person's name starts in a run of names and
// organisations: "Carsten Pedersen, Finansrådet Mogens Christensen, ...".
constexpr std::string_view k_first_names =
    " Aage Abdi Adam Adrian Agnete Ahmad Ahmed Aksel Albert Alberte Alex Alexander Alfred Ali "
    "Allan Alma Amalie Amanda Andrea Andreas Anders Ane Anette Anita Anja Ann Anna Anne Anne-Marie "
    "Anneli Annemette Annette Anni Annie Anton Arne Arnold Asger Ask Astrid Asta Aya Axel Bashir Bea "
    "Bella Benedikte Benjamin Bent Bente Bettina Betina Bettine Bibi Birgit Birgitte Birte Bitten "
    "Bjarke Bjarne Bjørn Bo Bodil Britt Brian Brigitte Bruno Camilla Carina Carl Carla Carlo "
    "Carmen Carsten Caroline Casper Cecilie Charlotte Christel Christian Christina Christine "
    "Christoffer Christopher Claus Clara Connie Conni Cæcilie Dagmar Dan Daniel Danny David "
    "Dennis Diana Ditte Dorte Dorthe Ebbe Edith Egon Einar Ejner Eleonora Elin Elisabeth Ella Ellen "
    "Elo Else Emil Emilie Emily Emma Erik Erling Ester Esben Eva Evald Fatima Ferdinand Finn "
    "Flemming Frank Frederik Freddy Frida Frode Gert Gitte Gorm Grethe Gunhild Gunnar Gustav Hans "
    "Hanne Harald Hasse Heidi Helena Helene Helga Helge Helle Henning Henriette Henrik Herdis "
    "Hilda Holger Ib Ida Inga Inge Ingelise Inger Ingrid Ingolf Irene Iris Isabella Ivan Jacob "
    "Jakob Jan Jane Janne Jannik Jannie Jeanette Jens Jeppe Jes Jesper Jette Jimmy Joachim Johan "
    "Johanne Johannes John Jon Jonas Jonathan Jonna Josefine Julie Julius Jytte Jørgen Jørn Kaj "
    "Kamilla Karen Kari Karin Karina Karl Karoline Kasper Katja Katrine Keld Kell Kenneth Kent "
    "Kenn Kim Kirsten Kirstine Kristian Kristina Kristine Kurt Lars Lasse Laura Lea Leif Lena Lene "
    "Leo Line Linda Lis Lisa Lisbeth Lise Liselotte Lisette Lone Lotte Louise Lucas Lukas Lykke "
    "Mads Magnus Maiken Maja Majbritt Malene Malou Malte Marc Marcus Margrethe Maria Marianne Marie "
    "Marina Marius Mark Marlene Martin Mathias Mathilde Mats Mette Michael Michala Mie Mikael "
    "Mikkel Milla Mille Mogens Mohammed Mona Morten Nanna Naja Natasja Niels Nikolaj Nina Noah Ole "
    "Oliver Olivia Oscar Otto Ove Palle Pernille Peter Per Pia Poul Preben Rasmus Rebecca Rene "
    "René Rie Rikke Rita Robert Rolf Rosa Rune Ruth Sabrina Sally Sandra Sanne Sara Sarah Sebastian "
    "Signe Sigrid Simon Simone Sine Sofie Sofia Solveig Sonja Stefan Steen Sten Stig Susanne Svend "
    "Søren Tage Tanja Tina Thomas Thor Thorkild Tim Tine Tobias Tom Tommy Tonny Tora Torben Tove "
    "Troels Trine Ulla Ulrik Ulrikke Uffe Vagn Valdemar Verner Vibeke Victor Viggo Viktor Villads "
    "Vivi Vivian Yvonne Zenia Åse Aase Torsten Tyge Sheikh Tahira Peder Gitte-Marie Kenny Lau "
    "Jacqueline Karsten Mia Tilde Ulf Vera Hardy Grete Lilian Randi Ragnhild Ejvind Eigil Leila "
    "Malthe Sine Stine Tenna Ninna Nikolaj Mette-Marie Jens-Peter Hans-Henrik Ann-Britt Rud "
    "Franciska Frances Sisse Cecilia Lærke Villum Elmer Thies Yelva Moana Heino Jorun Felex Evan Egon Bruno "
    "Nicolai Annemarie Lene Claus-Peter Kenneth Benny Mogens Børge Bendt Birthe Bjørg Dorrit Edel Elsebeth "
    "Erna Ester Esther Gudrun Gunner Hanna Henny Hjalte Ingeborg Ingelise Inger-Lise Jesper Jonna Jytte "
    "Kaare Kåre Keld Kirsti Knud Lilli Lisbet Ludvig Margit Merete Mette Minna Morten Niklas Orla Pernille "
    "Pierre Poul-Erik Preben Ralf Ruth Sigurd Steffen Svenning Thyge Tove Trond Vagn Vilhelm Willy Yrsa "
    "Aksel Amir Anker Annelise Arnold Bettina Bodil Britta Carsten Dorthe Ejnar Elise Elna Elsa Eske "
    "Frede Gerda Gert Gry Gunnar Halfdan Hans-Jørgen Helle Iben Ida Ivar Jannick Jens-Erik Jette Johnny "
    "Jonatan Jørgen Karsten Kirstine Lene Lise-Lotte Lone Lykke Marianne Merethe Mikala Mogens Nils Ole "
    "Palle Per Peer Rasmus Rikke Rune Sanne Sara Signe Sonja Søs Tage Tina Torkil Trine Ulla Vibeke Yelva "
    // More given names common in Denmark (Danmarks Statistik's name lists),
    // among them names common among Danes of other origins.
    "Abbas Abdul Adnan Agnes Aida Aino Alan Alexandra Alf Alice Alina Amin Ana Angelica Angelina "
    "Anine Ansgar Ari Arvid Asbjørn Aslak Aud August Bastian Benedicte Berit Bernhard Bertel Birger "
    "Birk Boris Brit Bror Bue Caja Calle Cathrine Catrine Christa Christen Christer Christiane Claes "
    "Conny Cornelius Dagny Danni Dines Dirch Ditlev Dorit Ea Ebba Edvard Egil Ejler Eli Elias Elisa "
    "Ellinor Elly Emanuel Enok Ernst Evy Eyvind Fie Filip Folmer Freja Fritz Georg Gerhard Glenn "
    "Grith Gunver Gyda Hakon Harry Hartvig Hedvig Helmer Herluf Hilmar Hjalmar Hugo Ibrahim Ilse "
    "Irma Isak Janni Jasmin Joan Joen Jose Karla Katharina Kevin Kjeld Kjell Klaus Kristoffer Laila "
    "Lauritz Lillian Lina Lissi Lulu Maibritt Marion Martha Max Nadia Nicolaj Nis Olaf Olga Oskar "
    "Paul Philip Rebekka Regitze Ronni Ronny Rudi Selma Siv Solvejg Sophie Stella Sverre Sys Villy "
    "Walther Werner Zahid Majken Nancy Nete Ragna Thea Winnie Ørnulf Arnfinn Ejgil Erland Gustaf "
    "Jimmi Kristen Leon Lennart Michelle Nicklas Niclas Nikolai Patrick Robin Sabine Sandie Susan "
    "Sussi Svenn Teddy Thorvald Tue Valborg Vilma Wenche Lissie Ritta Hella Claudia Natalie Nathalie "
    "Lizette Ayse Fatma Hassan Hussein Mehmet Mohammad Mustafa Omar Yasmin Zeynep Amira Samira Kamal "
    "Karim Tariq Nasir Saima Naveed Imran Asif Shahid Halima Hamid "
    // More given names seen in minutes' attendance lists.
    "Doris Lonni Lonnie Tormod Bergur Özkan Knut Poul Qasam Lauritz Mette-Louise Kasper Jannie Jeanett "
    "Dennis Gitte Bitten Kirsten Anne-Grethe Hanne-Lise Elsemarie Gudrun Lisbet Tue Ejnar Haldis Duygu "
    "Freja Marlene Annette Jacob Sisse Sidse Trine Tommy Svend Thies "
    // Danish given names from the Debian package php-faker (Faker's da_DK
    // provider, MIT; its names are from Danskernes Navne, Københavns
    // Universitet's name research): those not above.
    "Adolf Arthur Charles Chris Edmund Frits Heine Heinrich Helmuth Henry Herman Hermann Jack Josef Kai Karlo "
    "Louis Marinus Markus Martinus Mike Mohamad Mohamed Nick Olav Richard Rudolf Sune Sven Theodor Vagner "
    "Wilhelm William Åge Gurli Ingvard Kresten Laurids Laurits Oluf Osvald Povl Richardt Sigfred Sofus Villiam "
    "Agathe Annalise Anne-Lise Anne-Mette Annika Anny Augusta Bertha Betty Dora Eline Elinor Elvira Emmy Evelyn "
    "Frederikke Gertrud Harriet Helen Ina Jeanne Jenny Johanna Josephine Juliane Kaja Kate Kathrine Ketty Klara "
    "Krista Laurine Lilly Lissy Liv Lizzie Lydia Magda Magdalene Mai Maj Maren Mariane Martine Mary Matilde "
    "Meta Monica Nicoline Nikoline Oda Paula Pauline Petra Poula Rasmine Rigmor Rose Severin Sidsel Stephanie "
    "Theodora Therese Thi Thyra Victoria Viktoria Viola Vita Agnethe Alfrida Alvilda Bolette Dorthea Hansine "
    "Inge-Lise Jensine Jørgine Kamma Kristiane Maj-Britt Margrete Metha Nielsine Oline Petrea Petrine Pouline "
    "Sørine Thora Vilhelmine "
    // Given names common among Danes of other origins (Arabic, Turkish,
    // Persian, Urdu, Somali, Balkan, Polish, Vietnamese), added by hand.
    "Abdullah Ahmet Aisha Amina Anh Arif Asad Ayan Bilal Duc Dragan Elif Emine Faisal Goran Hamza Hatice Hira "
    "Hoa Hossein Huseyin Hüseyin Ismail Ivana Jamal Javed Jovana Katarzyna Khalid Lan Leyla Linh Magdalena "
    "Mahmoud Marko Maryam Mehdi Milan Minh Muhammad Murat Nasser Nikola Noor Nour Parisa Pawel Phuong Piotr "
    "Rania Rashid Reza Said Samir Sana Shirin Snezana Thanh Tomasz Tuan Vesna Yasin Yusuf Zahra Zainab Zoran "
    "Agnieszka Marta Joanna "
    // Further names seen in minutes of councils and associations, added by hand.
    "Adil Aleksander Aline Alva Anwar Arild Berta Birgitta Borghild Brita Bushra Bøje Ewa Finnur "
    "Gudmund Guri Hjørdis Jannich Kateryna Kemal Kirsa Kjartan Lajla Layla Lillan Linnea Mari Mazlum "
    "Nabil Nora Ragnar Ricki Sadia Salim Sami Silas Sonny Sylvia Thit Timo Tonni Torkild Ture Turid "
    "Ursula Vigga Vinni "
    // Given names in attendance lists and elections that the lists above
    // lacked, so a list's name that starts at one went unread: docplayer,
    // yumpu and issuu transcripts of associations' and institutions' boards
    // (a museum's "Björn Varenius", "Tinna Damgård-Sørensen"; an academy's
    // "Gita Grüning"; a patients' branch's "Liza Bach blev valgt", "Tracy
    // Pedersen"; a union branch's "Yoa Piczenik") and web minutes of
    // councils, clubs and Greenland's municipalities; a town council's
    // transcript ("Steven Johannes Legêne"); a university college's board
    // ("Specialkonsulent Elvir Maleskic"); a village council's, a parish
    // council's and a municipal council's "Birgith" ("Sekretær Birgith
    // Havreballe", "Birgith B. Langballe"); a school board's and a parish
    // council's "Gregers" ("Gregers Lau Hansen/Referent" was cut to "Lau
    // Hansen"); Kommune Kujalleq's "Avaaraq" ("afbud fra 3
    // kommunalbestyrelsesmedlemmer Avaaraq Olsen, Debora Kleist og Josef
    // Petersen").
    "André Birgith Björn Camila Costa Dogan Dorethe Elke Elvir Ewald Gita Gregers Heimo Ingemann Johnna Julia "
    "Avaaraq Julijana Kelly Liza Marcello Neriman Nuka Sasha Sille Steven Sussie Thorbjørn Tinna Tracy Walter Yoa "
    // Given names common among today's children, council members and staff
    // (Danmarks Statistik's name statistics) that an attendance test of
    // run-on name lists found missing ("Ralph Jørgensen" after a role, "Zaid
    // Abdi" in a run).
    "Abdullahi Alaa Farah Hannah Hasan Liva Luna Nana Ralph Ronja Rut Sinan Sissel Zaid "
    // Given names in use in Denmark (Danmarks Statistik's name statistics)
    // that the lists above lacked, so a run-on member list's name starting
    // at one went unread or took the word before it: a regional psychiatry
    // forum's "Lauge Clemmensen", a medical society's board's "Roar
    // Maagaard", an Alzheimer association's "Laust Sørensen", a users'
    // council's "Raymond Skaarup" ("... Landbohøjskole Raymond Skaarup"), a
    // hospital cluster group's "PIU-repræsentant Samantha Drejer Thomsen", a
    // SOSU school board's "Kathrin Kok".
    "Kathrin Lauge Laust Raymond Roar Samantha ";

// Danish surnames and middle names from the same list (php-faker's da_DK
// provider, from Danskernes Navne), to tell a name's last word where its
// ending does not ("Friis", "Bruun", "Winther", "Schmidt").
constexpr std::string_view k_surnames =
    "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Petersen Jørgensen Madsen "
    "Kristensen Olsen Christiansen Thomsen Poulsen Johansen Knudsen Mortensen Møller Jacobsen Jakobsen Olesen "
    "Frederiksen Mikkelsen Henriksen Laursen Lund Schmidt Eriksen Holm Kristiansen Clausen Simonsen Svendsen "
    "Andreasen Iversen Jeppesen Mogensen Jespersen Nissen Lauridsen Frandsen Østergaard Jepsen Kjær Carlsen "
    "Vestergaard Jessen Nørgaard Dahl Christoffersen Skov Søndergaard Bertelsen Bruun Lassen Bach Gregersen "
    "Friis Johnsen Steffensen Kjeldsen Bech Krogh Lauritsen Danielsen Mathiesen Andresen Brandt Winther Toft "
    "Ravn Mathiasen Dam Holst Nilsson Lind Berg Schou Overgaard Kristoffersen Schultz Klausen Karlsen Paulsen "
    "Hermansen Thorsen Koch Thygesen Bak Kruse Bang Juhl Davidsen Berthelsen Nygaard Lorentzen Villadsen "
    "Lorenzen Damgaard Bjerregaard Lange Hedegaard Bendtsen Lauritzen Svensson Justesen Juul Hald Beck Kofoed "
    "Søgaard Meyer Kjærgaard Riis Johannsen Carstensen Bonde Ibsen Fischer Andersson Bundgaard Johannesen "
    "Eskildsen Hemmingsen Andreassen Thomassen Schrøder Persson Hjorth Enevoldsen Nguyen Henningsen Jønsson "
    "Olsson Asmussen Michelsen Vinther Markussen Kragh Thøgersen Johansson Dalsgaard Gade Bjerre Laustsen Buch "
    "Ludvigsen Hougaard Kirkegaard Marcussen Mølgaard Ipsen Sommer Ottosen Müller Krog Hoffmann Clemmensen "
    "Nikolajsen Brodersen Therkildsen Leth Michaelsen Graversen Frost Dalgaard Albertsen Laugesen Due Ebbesen "
    "Munch Svenningsen Ottesen Fisker Albrechtsen Axelsen Erichsen Sloth Bentsen Westergaard Bisgaard "
    "Nicolaisen Magnussen Thuesen Povlsen Thorup Høj Bentzen Johannessen Vilhelmsen Isaksen Bendixen Ovesen "
    "Villumsen Lindberg Thomasen Kjærsgaard Buhl Kofod Smith Storm Christophersen Bruhn Matthiesen Wagner Bjerg "
    "Gram Nedergaard Dinesen Mouritsen Boesen Borup Abrahamsen Wulff Gravesen Rask Pallesen Greve Korsgaard "
    "Haugaard Josefsen Bæk Espersen Thrane Mørch Rohde Larsson Hammer Torp Sonne Boysen Bay Pihl Fabricius "
    "Høyer Birch Skou Kirk Antonsen Høgh Damsgaard Dall Truelsen Daugaard Fuglsang Martinsen Therkelsen Jansen "
    "Karlsson Caspersen Callesen Balle Bloch Smidt Rahbek Hjort Skaarup Sand Storgaard Willumsen Busk Hartmann "
    "Ladefoged Skovgaard Philipsen Damm Haagensen Hviid Duus Kvist Adamsen Mathiassen Degn Borg Brix Troelsen "
    "Ditlevsen Brøndum Svane Brink Vester Elkjær Nørregaard Meldgaard Mørk Hvid Abildgaard Nicolajsen Bengtsson "
    "Stokholm Wind Rømer Gundersen Carlsson Grøn Khan Skytte Bagger Hendriksen Rosenberg Jonassen Severinsen "
    "Jürgensen Boisen Groth Bager Fogh Hussain Samuelsen Pilgaard Bødker Dideriksen Brogaard Lundberg Hansson "
    "Schwartz Tran Skriver Klitgaard Hauge Højgaard Qvist Voss Strøm Wolff Krarup Green Odgaard Tønnesen Blom "
    "Gammelgaard Jæger Kramer Astrup Würtz Lehmann Koefoed Skøtt Lundsgaard Bøgh Martinussen Sandberg Weber "
    "Holmgaard Bidstrup Meier Drejer Schneider Joensen Dupont Lorentsen Bro Bagge Terkelsen Kaspersen Keller "
    "Eliasen Lyberth Husted Mouritzen Krag Kragelund Nørskov Vad Jochumsen Hein Krogsgaard Kaas Tolstrup "
    "Børgesen Skjødt Holt Buus Gotfredsen Kjeldgaard Broberg Roed Sivertsen Bergmann Bjerrum Petersson Smed "
    "Jeremiassen Nyborg Borch Foged Terp Busch Lundgaard Boye Yde Hinrichsen Matzen Esbensen Hertz Westh "
    "Holmberg Geertsen Raun Aagaard Kock Falk Munk Vedel Bøgelund Lindegaard Rye Lindholm Egelund Engelbrecht "
    "Ellegaard Tang Brun Kronborg Bille Vendelbo Egede Rytter Guldberg Rosendahl Rosendal Højer Bülow Nymann "
    "Egholm Haahr Nøhr Brinch Bjerring Guldager Højlund Ørum Stampe Schack Lindgaard Sylvest Lykkegaard Ploug "
    "Kaae Grønbæk Lyng Hovgaard Hyldgaard Linde Bredahl Mose Bækgaard Klarskov Kamp Riber Smedegaard Nyholm "
    "Lerche Grønlund Vestergård Østergård Damkjær Kold Sønderskov Bank ";

struct MunicipalityRow {
  std::string_view name;
  std::string_view region;
};

constexpr std::string_view k_h = "Region Hovedstaden", k_sj = "Region Sjælland",
                           k_sd = "Region Syddanmark", k_mj = "Region Midtjylland",
                           k_nj = "Region Nordjylland";

// The 98 municipalities and their regions ("Jammerbugt Kommune" ->
// Nordjylland).
constexpr auto k_municipalities = std::to_array<MunicipalityRow>({
    {"Albertslund", k_h}, {"Allerød", k_h}, {"Ballerup", k_h}, {"Bornholms", k_h},
    {"Brøndby", k_h}, {"Dragør", k_h}, {"Egedal", k_h}, {"Fredensborg", k_h},
    {"Frederiksberg", k_h}, {"Frederikssund", k_h}, {"Furesø", k_h}, {"Gentofte", k_h},
    {"Gladsaxe", k_h}, {"Glostrup", k_h}, {"Gribskov", k_h}, {"Halsnæs", k_h},
    {"Helsingør", k_h}, {"Herlev", k_h}, {"Hillerød", k_h}, {"Hvidovre", k_h},
    {"Høje-Taastrup", k_h}, {"Hørsholm", k_h}, {"Ishøj", k_h}, {"Københavns", k_h},
    {"København", k_h}, {"Lyngby-Taarbæk", k_h}, {"Rudersdal", k_h}, {"Rødovre", k_h},
    {"Tårnby", k_h}, {"Vallensbæk", k_h},
    {"Faxe", k_sj}, {"Greve", k_sj}, {"Guldborgsund", k_sj}, {"Holbæk", k_sj},
    {"Kalundborg", k_sj}, {"Køge", k_sj}, {"Lejre", k_sj}, {"Lolland", k_sj},
    {"Næstved", k_sj}, {"Odsherred", k_sj}, {"Ringsted", k_sj}, {"Roskilde", k_sj},
    {"Slagelse", k_sj}, {"Solrød", k_sj}, {"Sorø", k_sj}, {"Stevns", k_sj},
    {"Vordingborg", k_sj},
    {"Assens", k_sd}, {"Billund", k_sd}, {"Esbjerg", k_sd}, {"Fanø", k_sd},
    {"Fredericia", k_sd}, {"Faaborg-Midtfyn", k_sd}, {"Haderslev", k_sd}, {"Kerteminde", k_sd},
    {"Kolding", k_sd}, {"Langeland", k_sd}, {"Middelfart", k_sd}, {"Nordfyns", k_sd},
    {"Nyborg", k_sd}, {"Odense", k_sd}, {"Svendborg", k_sd}, {"Sønderborg", k_sd},
    {"Tønder", k_sd}, {"Varde", k_sd}, {"Vejen", k_sd}, {"Vejle", k_sd},
    {"Ærø", k_sd}, {"Aabenraa", k_sd},
    {"Favrskov", k_mj}, {"Hedensted", k_mj}, {"Herning", k_mj}, {"Holstebro", k_mj},
    {"Horsens", k_mj}, {"Ikast-Brande", k_mj}, {"Lemvig", k_mj}, {"Norddjurs", k_mj},
    {"Odder", k_mj}, {"Randers", k_mj}, {"Ringkøbing-Skjern", k_mj}, {"Samsø", k_mj},
    {"Silkeborg", k_mj}, {"Skanderborg", k_mj}, {"Skive", k_mj}, {"Struer", k_mj},
    {"Syddjurs", k_mj}, {"Viborg", k_mj}, {"Aarhus", k_mj},
    {"Brønderslev", k_nj}, {"Frederikshavn", k_nj}, {"Hjørring", k_nj}, {"Jammerbugt", k_nj},
    {"Læsø", k_nj}, {"Mariagerfjord", k_nj}, {"Morsø", k_nj}, {"Rebild", k_nj},
    {"Thisted", k_nj}, {"Vesthimmerlands", k_nj}, {"Aalborg", k_nj},
});

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::optional<Field> header_field(std::string_view folded_label) {
  // k_labels by label, the first row of a label winning as in a scan of
  // the table (read_label() asks for each prefix of a line up to a space,
  // 78,000 times at 4,000 items; a scan of the 170 rows was 0.5% of the
  // indexer's instructions).
  static const auto by_label = [] {
    std::unordered_map<std::string_view, Field> m;
    for (const auto& row : k_labels) m.emplace(row.label, row.field);
    return m;
  }();
  if (const auto it = by_label.find(folded_label); it != by_label.end()) return it->second;
  // (The label's words, split once for the tests below: read_label() asks
  // for each prefix of a line up to a space, 80,000 times at 4,000 items.)
  const auto ws = text::words(folded_label);
  // "Fravær med afbud", "Følgende udeblev uden afbud", "Fraværende uden
  // afbud": a short label that opens with absence, but not "Fraværende i
  // mødet" (a part of the meeting only) nor a name with "- afbud" after it.
  const bool opens_with_absence = text::starts_with(folded_label, "afbud") ||
                                  text::starts_with(folded_label, "fravær") ||
                                  text::starts_with(folded_label, "udebl") ||
                                  text::starts_with(folded_label, "forhindret") ||
                                  text::starts_with(folded_label, "sygemeldt") ||
                                  text::starts_with(folded_label, "meddelt afbud") ||
                                  text::starts_with(folded_label, "ikke til stede") ||
                                  text::starts_with(folded_label, "ikke tilstede") ||
                                  text::starts_with(folded_label, "ikke deltag") ||
                                  text::starts_with(folded_label, "ikke mødt") ||
                                  // "Meldt fra", "Afmeldt", "Afmeldinger", "Ikke fremmødt".
                                  text::starts_with(folded_label, "meldt fra") ||
                                  text::starts_with(folded_label, "afmeld") ||
                                  text::starts_with(folded_label, "ikke fremmødt") ||
                                  (text::starts_with(folded_label, "følgende") &&
                                   (folded_label.find("afbud") != std::string_view::npos ||
                                    folded_label.find("udeblev") != std::string_view::npos ||
                                    folded_label.find("fravær") != std::string_view::npos ||
                                    folded_label.find("forfald") != std::string_view::npos ||
                                    folded_label.find("forhindret") != std::string_view::npos ||
                                    folded_label.find("ikke til stede") != std::string_view::npos ||
                                    folded_label.find("deltog ikke") != std::string_view::npos ||
                                    folded_label.find("meldt fra") != std::string_view::npos));
  // "Medlemmer med afbud", "Meldt forfald", "Havde meldt afbud": who sent
  // apologies, named first.
  {
    if (ws.size() >= 2 && ws.size() <= 4 && (ws.back() == "afbud" || ws.back() == "forfald") &&
        folded_label.find_first_of(":./") == std::string_view::npos) {
      for (std::string_view first : {"medlemmer", "deltagere", "meldt", "havde", "har", "anmeldt", "bestyrelsesmedlemmer",
                                     "udvalgsmedlemmer"})
        if (ws.front() == first) return Field::absent;
    }
    if (folded_label == "bortrejst") return Field::absent;
    // "Afbud/ikke tilstede", "Afbud/fravær": every part names absence.
    if (const auto slash = folded_label.find('/'); slash != std::string_view::npos && slash > 0 &&
                                                   folded_label.find_first_of(":.") == std::string_view::npos &&
                                                   ws.size() <= 4) {
      const auto a = header_field(text::trim(folded_label.substr(0, slash)));
      const auto b = header_field(text::trim(folded_label.substr(slash + 1)));
      if (a == Field::absent && b == Field::absent) return Field::absent;
    }
  }
  if (opens_with_absence && ws.size() <= 5 &&
      folded_label.find_first_of(":.") == std::string_view::npos &&
      folded_label.find("i mødet") == std::string_view::npos && (folded_label.find("deltag") == std::string_view::npos || text::starts_with(folded_label, "ikke deltag") ||
       folded_label.find("deltog ikke") != std::string_view::npos) &&
      folded_label.find('/') == std::string_view::npos && folded_label.find("under mødet") == std::string_view::npos)
    return Field::absent;
  // "Deltagere fra kommunerne", "Deltagerer", "Til stede fra regionen",
  // "Fremmødte medlemmer", "Deltagerliste": a short label that opens with
  // attendance.
  {
    std::size_t n = 0;  // the words of the attendance word itself
    if (!ws.empty()) {
      for (std::string_view w : {"deltagere", "deltager", "deltagerer", "deltagerliste", "mødedeltagere",
                                 "mødedeltager", "fremmødte", "fremmødt", "tilstede", "deltagerfortegnelse",
                                 "fremmødeliste", "deltagelse", "deltagende"})
        if (ws[0] == w) n = 1;
      if (ws.size() >= 2 && ws[0] == "til" && ws[1] == "stede") n = 2;
    }
    bool rest_ok = n > 0 && ws.size() <= n + 3 && folded_label.find_first_of(":.,") == std::string_view::npos;
    if (rest_ok && ws.size() > n) {
      rest_ok = false;
      // ("Deltagende med stemmeret", "Deltagere uden stemmeret": a school
      // board's members and its staff and pupils without a vote.)
      for (std::string_view w : {"fra", "i", "ved", "på", "medlemmer", "var", "for", "med", "uden"})
        rest_ok = rest_ok || ws[n] == w;
    }
    if (rest_ok) return Field::present;
    // "Medlemmer af Ungdomsskolebestyrelsen", "Medlemmer af Ældrerådet":
    // the members of the body the label names (Halsnæs' youth school's
    // board, 823).
    if (ws.size() == 3 && ws[0] == "medlemmer" && ws[1] == "af" && has_body_word(ws[2])) return Field::present;
    // "På Skovrådsmødet deltog", "Fra Naturstyrelsen deltog", "I dagens
    // møde deltog": a place or group, then the verb (the names follow).
    if (ws.size() >= 3 && ws.size() <= 4 && (ws.back() == "deltog" || ws.back() == "deltager") &&
        folded_label.find_first_of(":.,") == std::string_view::npos) {
      for (std::string_view w : {"på", "i", "fra", "ved", "under"})
        if (ws.front() == w) return Field::present;
    }
  }
  return std::nullopt;
}

bool is_date_remnant(std::string_view folded_words) {
  static constexpr auto k_left = std::to_array<std::string_view>(
      {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
       "december", "kl", "kl.", "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec."});
  const auto ws = text::words(folded_words);
  if (ws.empty()) return false;
  return std::all_of(ws.begin(), ws.end(), [](std::string_view w) {
    while (!w.empty() && (w.back() == ':' || w.back() == ',')) w.remove_suffix(1);
    const bool letters = std::any_of(w.begin(), w.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    });
    return !letters || std::find(k_left.begin(), k_left.end(), w) != k_left.end();
  });
}

std::size_t dateless_decision_heading(std::string_view line) {
  const auto ws = text::words(line.substr(0, std::min<std::size_t>(line.size(), 120)));
  if (ws.size() < 2 || text::fold(ws[0]) != "beslutning") return 0;
  // The body between the label and "den": none, "i" and a body ("i
  // Byrådet", "i" alone when the body's name went too), or the body's name.
  std::size_t den = 1;
  while (den < ws.size() && den <= 8 && text::fold(ws[den]) != "den") ++den;
  if (den >= ws.size() || den > 8) return 0;
  if (den > 1) {
    std::string body;
    for (std::size_t k = text::fold(ws[1]) == "i" ? 2 : 1; k < den; ++k) {
      const std::string w = text::fold(ws[k]);
      // ("Beslutning Intet Tidligere behandling Kommunalbestyrelsen den 29.
      // april 2019", "Beslutning Taget til efterretning Tidligere behandling
      // Økonomiudvalget den ...": the decision and the next heading, a case's
      // earlier treatment, that a transcript ran together; a verdict's word
      // opens no body's name.)
      if (body.empty())
        for (std::string_view v : {"intet", "ingen", "godkendt", "godkendt.", "taget", "drøftet", "drøftet.",
                                   "tiltrådt", "tiltrådt.", "anbefalet", "anbefales", "vedtaget", "udsat",
                                   "orienteringen", "indstillingen", "sagen"})
          if (w == v) return 0;
      if (!body.empty()) body += ' ';
      body += w;
    }
    if (!body.empty() && !is_body_name(body)) return 0;
  }
  // What is left of the date, then the decision's first word.
  for (std::size_t k = den + 1; k < ws.size(); ++k) {
    if (is_date_remnant(text::fold(ws[k]))) continue;
    if (!text::starts_capital(ws[k])) return 0;
    return static_cast<std::size_t>(ws[k].data() - line.data());
  }
  return ws.size() < 12 ? line.size() : 0;
}

namespace {

// A verdict word right after "<Body>s indstilling" ("Økonomiudvalgets
// indstilling godkendt", "Forvaltningens indstilling tiltrådt",
// "Direktionens indstilling taget til efterretning"): the decision on the
// recommendation, no heading over it.
bool verdict_on_recommendation(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  for (std::string_view v : {"godkendt", "godkendes", "tiltrådt", "tiltrådes", "vedtaget", "vedtages", "anbefalet",
                             "anbefales", "taget", "tages", "fulgt", "følges", "blev"})
    if (w == v) return true;
  return false;
}

}  // namespace

std::optional<std::string> section_kind(std::string_view folded) {
  for (const auto& row : k_sections)
    if (row.heading == folded) return std::string(row.kind);
  const auto ws = text::words(folded);
  if (ws.empty() || ws.size() > 14) return std::nullopt;
  // "Beslutning/referat", "Referat/beslutning", "Drøftelse/beslutning":
  // a heading that names two kinds is a decision when one part is.
  if (const auto slash = folded.find('/'); slash != std::string_view::npos && ws.size() <= 4) {
    auto part = [&](std::string_view p) {
      while (!p.empty() && p.front() == ' ') p.remove_prefix(1);
      while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
      return p.find('/') == std::string_view::npos ? section_kind(p) : std::nullopt;
    };
    const auto a = part(folded.substr(0, slash)), b = part(folded.substr(slash + 1));
    for (const auto& k : {a, b})
      if (k && (*k == "beslutning" || *k == "referat")) return "beslutning";
    if (a) return a;
    if (b && (folded.substr(0, slash) == "drøftelse" || folded.substr(0, slash) == "orientering")) return b;
    return std::nullopt;
  }
  // "Drøftelse og beslutning", "Beslutning og opfølgning", "Referat og
  // konklusion": two kinds joined by "og", a decision when one part is.
  if (const auto og = folded.find(" og "); og != std::string_view::npos && ws.size() <= 4) {
    const auto a = section_kind(folded.substr(0, og)), b = section_kind(folded.substr(og + 4));
    // ("Indstilling og beslutning", "INDSTILLING OG BESLUTNING": the
    // recommendation comes first under it, the decision after it under a
    // heading of its own or as a verdict: a recommendation's heading.)
    if (a == "indstilling" && b == "beslutning") return "indstilling";
    // ("Diskussion og beslutning", a flattened table's purpose cell over
    // the row's outcome, Trøjborg Beboerhus' board 531, as "Drøftelse og
    // beslutning".)
    const std::string_view first = folded.substr(0, og);
    const bool opens = first == "drøftelse" || first == "orientering" || first == "diskussion";
    for (const auto& k : {a, b})
      if (k && (*k == "beslutning" || *k == "referat") && (a || opens)) return "beslutning";
  }
  // "Beslutning i Økonomiudvalget den 12. maj 2021", "Beslutning den 3. maj",
  // "Beslutning fra mødet": the decision of a named body or day.
  if (ws.size() >= 2 && (ws[0] == "beslutning" || ws[0] == "beslutninger") &&
      (ws[1] == "i" || ws[1] == "den" || ws[1] == "d." || ws[1] == "fra" || ws[1] == "på" ||
       ws[1] == "af"))
    return "beslutning";
  // "Beslutning Ældrerådet den 10-11-2016", "Beslutning Teknik- og
  // Miljøudvalget den 11-08-2021": the decision, then the body that made it.
  auto has_digit = [](std::string_view w) { return w.find_first_of("0123456789") != std::string_view::npos; };
  if (ws.size() >= 3 && (ws[0] == "beslutning" || ws[0] == "beslutninger") && has_digit(ws.back()) &&
      std::any_of(ws.begin() + 1, ws.end() - 1, [](std::string_view w) {
        return w == "den" || w == "d." || is_body_name(w);
      }))
    return "beslutning";
  // "BESLUTNING ØKONOMIUDVALGET DEN . MAJ", "Beslutning Ældrerådet den":
  // the same heading in a PDF transcript that lost the date's digits; after
  // "den" only what is left of a date (a month, "kl.", punctuation).
  if (ws.size() >= 3 && (ws[0] == "beslutning" || ws[0] == "beslutninger")) {
    for (std::size_t j = 2; j < ws.size(); ++j) {
      if (ws[j] != "den" && ws[j] != "d.") continue;
      const auto after = static_cast<std::size_t>(ws[j].data() + ws[j].size() - folded.data());
      const std::string_view rest = folded.substr(after);
      if ((j + 1 == ws.size() || is_date_remnant(rest)) &&
          std::any_of(ws.begin() + 1, ws.begin() + static_cast<std::ptrdiff_t>(j), [](std::string_view w) { return is_body_name(w); }))
        return "beslutning";
      break;
    }
  }
  // "Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 16": the body, the day
  // and the item's number, with no label word, head the body's decision
  // (also a body named with its place: "Det Lokale Beskæftigelsesråd i
  // Roskilde, 20-08-2014, pkt. 59").
  auto body_before = [](std::string_view b) {
    if (is_body_name(b)) return true;
    const auto in = b.find(" i ");
    return in != std::string_view::npos && in > 0 && is_body_name(b.substr(0, in));
  };
  if (const auto comma = folded.find(", "); comma != std::string_view::npos && ws.size() <= 12 &&
      body_before(folded.substr(0, comma)) && has_digit(folded.substr(comma)) &&
      (folded.find(" pkt. ") != std::string_view::npos || folded.find(" punkt ") != std::string_view::npos) &&
      has_digit(ws.back()))
    return "beslutning";
  // "Udvalgets beslutning", "Forretningsudvalgets beslutning den 3. maj
  // 2021", "Økonomiudvalgets indstilling": a body's genitive.
  if (ws.size() >= 2 && ws[0].size() > 3 && ws[0].back() == 's') {
    if (ws[1] == "beslutning" || ws[1] == "afgørelse" || (ws[1] == "behandling" && ws.size() == 2))
      return "beslutning";
    if (ws[1] == "indstilling" && !(ws.size() >= 3 && verdict_on_recommendation(ws[2]))) return "indstilling";
  }
  // "Det rådgivende Integrationsudvalgs beslutning i mødet den 2. maj
  // 2005": the genitive of a body named in more words than one.
  for (std::size_t j = 1; j + 1 < ws.size() && j < 4 && ws.size() <= 12; ++j)
    if (ws[j + 1] == "beslutning" && ws[j].size() > 4 && ws[j].back() == 's' &&
        is_body_name(ws[j].substr(0, ws[j].size() - 1)))
      return "beslutning";
  // "Behandling i Social- og Sundhedsudvalget pkt. 1": how a body treated
  // the item, which holds its decision.
  if (ws.size() >= 3 && ws[0] == "behandling" && ws[1] == "i") return "beslutning";
  // "Direktionen indstiller", "Administrationen indstiller": the
  // recommendation, as a heading.
  if (ws.size() == 2 && ws[1] == "indstiller") return "indstilling";
  return std::nullopt;
}

std::optional<std::string> item_kind(std::string_view folded_title) {
  for (const auto& r : k_item_kinds)
    if (text::starts_with(folded_title, r.prefix)) return std::string(r.kind);
  return std::nullopt;
}

bool is_closing_item_name(std::string_view folded) {
  while (!folded.empty() && (folded.back() == ':' || folded.back() == '.')) folded.remove_suffix(1);
  return folded == "eventuelt" || folded == "evt" || folded == "eventuelt og næste møde" ||
         folded == "evt og næste møde";
}

bool is_boilerplate(std::string_view folded) {
  if (std::find(k_boilerplate.begin(), k_boilerplate.end(), folded) != k_boilerplate.end())
    return true;
  // "Tilbage til indhold | Retur til hoved menu": a row of such links.
  if (folded.size() < 120)
    if (const auto bar = folded.find(" | "); bar != std::string_view::npos && is_boilerplate(folded.substr(0, bar)) &&
                                              is_boilerplate(folded.substr(bar + 3)))
      return true;
  // "Udskriv hele dagsordnen", "Udskriv punkt", "Print dagsorden": a button.
  if ((text::starts_with(folded, "udskriv ") || text::starts_with(folded, "print ")) && text::words(folded).size() <= 4)
    return true;
  // ("Liste med Dato, udvalg, sted samt pdf udgave af dagsordenen til
  // download.": the caption of an agenda site's header table.)
  for (std::string_view lead : {"se alle dagsordener", "abonnér", "abonner på", "gå til indhold", "hent som fil",
                                "liste med dato, udvalg, sted",
                                "hent som pdf", "download som pdf", "you are here", "du er her",
                                "spring til indhold", "forsiden |", "del på "})
    if (text::starts_with(folded, lead)) return true;
  // A blog's comment form under the post (WordPress, common on associations'
  // sites): "Leave a Reply", "Skriv en kommentar", "Din e-mailadresse vil
  // ikke blive publiceret. Krævede felter er markeret med *".
  for (std::string_view lead : {"leave a reply", "leave a comment", "skriv en kommentar", "efterlad en kommentar",
                                "efterlad et svar", "din e-mailadresse vil ikke blive publiceret"})
    if (text::starts_with(folded, lead) && folded.size() < 120) return true;
  // A site's logo and home link: "Region Syddanmark logo, link til forsiden",
  // "Region SyddanmarkTil forsiden", "DSAM Logo", "Skip til hoved indholdet".
  if (folded.size() < 80 && (folded.find("til forsiden") != std::string_view::npos ||
                             folded.find("link til forside") != std::string_view::npos ||
                             (folded.size() >= 5 && folded.substr(folded.size() - 5) == " logo") ||
                             text::starts_with(folded, "skip til ") || text::starts_with(folded, "gå til hovedindhold")))
    return true;
  // A page's stamp of when it was printed, published or updated
  // ("Udskrevet den 3. maj 2024", "Opdateret: 25. november 2016", "Senest
  // redigeret 12.03.2024 af Web"): the document's date, never the meeting's.
  // (The line's words, split once for this test and the page furniture's
  // below: is_boilerplate() reads each line of a document, a run-on line of
  // a thousand bytes too.)
  const auto ws = text::words(folded);
  if (ws.size() <= 8)
    for (std::string_view lead : {"udskrevet", "printet", "offentliggjort", "publiceret", "opdateret", "sidst opdateret",
                                  "senest opdateret", "sidst redigeret", "senest redigeret", "senest ændret",
                                  "sidst ændret", "oprettet", "udgivet"})
      if (text::starts_with(folded, lead) && folded.size() > lead.size() &&
          (folded[lead.size()] == ' ' || folded[lead.size()] == ':'))
        return true;
  // A cookie banner: any short line that speaks of cookies.
  if (folded.size() < 400 && folded.find("cookie") != std::string_view::npos) return true;
  // "side 3 af 12", "side 3", "- 3 -", "3/12": page furniture.
  auto digits_only = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (ws.size() == 4 && ws[0] == "side" && digits_only(ws[1]) && ws[2] == "af" && digits_only(ws[3]))
    return true;
  if (ws.size() == 2 && ws[0] == "side" && digits_only(ws[1])) return true;
  if (ws.size() == 3 && ws[0] == "-" && digits_only(ws[1]) && ws[2] == "-") return true;
  return false;
}

namespace {

// The length in bytes of the first of `leads` that opens `folded`, its
// spaces after it included, if `follows_ok(lead_size)` accepts what comes
// after it; 0 if none does.
template <class FollowsOk>
std::size_t lead_length(std::string_view folded, std::span<const std::string_view> leads, FollowsOk follows_ok) {
  for (std::string_view lead : leads) {
    if (text::starts_with(folded, lead) && follows_ok(lead.size())) {
      std::size_t n = lead.size();
      while (n < folded.size() && folded[n] == ' ') ++n;
      return n;
    }
  }
  return 0;
}

constexpr auto k_fold_buttons = std::to_array<std::string_view>({"fold dette punkt ind", "fold dette punkt ud"});

constexpr auto k_substitute_phrases = std::to_array<std::string_view>(
    {" deltog i stedet", " deltog i mødet i stedet", " deltager i mødet i stedet", " mødte i stedet",
     " deltog som suppleant", " deltog som stedfortræder", " mødte som suppleant", " mødte som stedfortræder"});

}  // namespace

std::span<const std::string_view> fold_buttons() { return k_fold_buttons; }

std::span<const std::string_view> substitute_phrases() { return k_substitute_phrases; }

std::size_t furniture_prefix(std::string_view folded) {
  static constexpr auto k_other_leads = std::to_array<std::string_view>(
      {"fold punktet ind", "fold punktet ud", "luk alle punkter", "åbn alle punkter", "indholdsfortegnelse"});
  // (More text must follow the lead: a line of the lead alone is furniture
  // as a whole, is_boilerplate.)
  auto text_after = [&](std::size_t n) { return folded.size() > n; };
  if (const std::size_t n = lead_length(folded, k_fold_buttons, text_after); n > 0) return n;
  return lead_length(folded, k_other_leads, text_after);
}

std::size_t skip_link_prefix(std::string_view folded) {
  static constexpr auto k_skip_links = std::to_array<std::string_view>(
      {"skip til hoved indholdet", "skip til hovedindholdet", "skip til primært indhold", "skip til indholdet",
       "skip til indhold", "skip to main content", "skip to content", "gå til hovedindholdet", "gå til hovedindhold"});
  // (The link ends at a word's end: the line may be the link alone.)
  return lead_length(folded, k_skip_links,
                     [&](std::size_t n) { return folded.size() == n || folded[n] == ' '; });
}

std::size_t title_lead_in(std::string_view folded) {
  auto word_at = [&](std::size_t at, std::string_view w) {
    return folded.compare(at, w.size(), w) == 0 &&
           (at + w.size() == folded.size() || folded[at + w.size()] == ' ' || folded[at + w.size()] == ':' ||
            (folded[at + w.size()] == '.' && at == 0) || w == ":");
  };
  std::size_t end = 0;
  for (auto head : k_title_heads) {
    if (word_at(0, head)) {
      end = head.size();
      break;
    }
  }
  if (end == 0) return 0;
  // "af mødet i", "til det ekstraordinære møde i", ":".
  for (bool more = true; more;) {
    more = false;
    std::size_t at = end;
    while (at < folded.size() && folded[at] == ' ') ++at;
    for (auto link : k_title_links) {
      if (at < folded.size() && word_at(at, link)) {
        end = at + link.size();
        more = true;
        break;
      }
    }
  }
  return end;
}

// The words that end (or, for acronyms, start) the name of a body that
// meets: "Social- og Sundhedsudvalget", "Ældrerådet", "Bestyrelsen",
// "Psykiatriforum", "Klyngestyregruppe Midt", "KKR Nordjylland", "HMU
// Socialområdet", "Fag MED for Sundhed og Velfærd", "Borgerrepræsentationen",
// "Kommunaldirektørnetværket", "Nationalkomité", "Repræsentantskabet",
// "Elstrup - Elstrupskov Landsbylaug" (a guild: "Solbjærgets Ejerlaug").
constexpr auto k_body_word_ends = std::to_array<std::string_view>({
    "udvalget", "udvalg", "rådet", "råd", "bestyrelsen", "bestyrelse", "forum", "forummet", "gruppen", "gruppe",
    "styregruppen", "styregruppe", "repræsentationen", "kommissionen", "komitéen", "komiteen", "nævnet", "nævn",
    "panelet", "panel", "ledelsen", "direktionen", "kommunalbestyrelsen", "regionsrådet", "byrådet",
    "netværket", "netværk", "komité", "komite", "repræsentantskabet", "repræsentantskab", "præsidiet", "præsidium",
    "lauget", "laug",
});
constexpr auto k_body_acronyms = std::to_array<std::string_view>({"kkr", "hmu", "med", "mu", "lmu", "fmu", "ssu", "klynge"});

bool is_body_name(std::string_view f) {
  const auto ws = text::words(f);
  if (ws.empty()) return false;
  // The last word ("Ældrerådet"), or the first before "for" ("Udvalget for
  // det nære sundhedsvæsen").
  for (std::string_view w : {ws.back(), ws.front()}) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
    if (w == ws.front() && !(ws.size() >= 2 && ws[1] == "for") && ws.size() > 1) continue;
    for (std::string_view end : k_body_word_ends)
      if (ends_with(w, end)) return true;
  }
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (std::find(k_body_acronyms.begin(), k_body_acronyms.end(), ws[i]) == k_body_acronyms.end()) continue;
    // "med" is the preposition too ("Ny Lillebæltsbro med Middelfart i
    // baggrunden", "Møde med Rådet for ..."): MED names a committee first
    // ("MED Sundhed") or after its level ("Fag MED for ...", "Lokal MED").
    if (ws[i] == "med" && i > 0 &&
        !(i == 1 && (ws[0] == "fag" || ws[0] == "lokal" || ws[0] == "hoved" || ws[0] == "område" ||
                     ws[0] == "center" || ws[0] == "sektor" || ws[0] == "afdelings")))
      continue;
    return true;
  }
  return false;
}

bool has_body_word(std::string_view f) {
  if (is_body_name(f)) return true;
  const auto ws = text::words(f);
  return ws.size() <= 14 && std::any_of(ws.begin(), ws.end(), [](std::string_view w) {
           while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':' || w.back() == ')')) w.remove_suffix(1);
           if (w.find("klynge") != std::string_view::npos) return true;
           return std::any_of(k_body_word_ends.begin(), k_body_word_ends.end(),
                              [&](std::string_view end) { return ends_with(w, end); });
         });
}

// The bodies a meeting word is made of, with their definite forms:
// "Bestyrelsesmøde" -> "Bestyrelsen", "menighedsrådsmødet" ->
// "Menighedsrådet", "Klyngerådsmøde" -> "Klyngerådet", "udvalgsmøde" ->
// "Udvalget". The organs of an organisation (a board, its executive
// committee) meet "i" the organisation: "bestyrelsesmøde i Danske Ældreråd".
struct BodyStem {
  std::string_view stem, definite;
  bool organ;
};
constexpr auto k_body_stems = std::to_array<BodyStem>({
    {"bestyrelse", "n", true},     {"repræsentantskab", "et", true}, {"forretningsudvalg", "et", true},
    {"styregruppe", "n", true},    {"direktion", "en", true},        {"udvalg", "et", false},
    {"råd", "et", false},          {"nævn", "et", false},            {"gruppe", "n", false},
    {"forum", "", false},          {"kommission", "en", false},      {"panel", "et", false},
});

std::optional<std::pair<std::string, bool>> body_of_meeting_word(std::string_view word) {
  std::string f = text::fold(word);
  while (!f.empty() && (f.back() == ',' || f.back() == '.' || f.back() == ':')) f.pop_back();
  std::size_t cut = 0;
  for (std::string_view end : {"mødet", "møder", "møde"})
    if (ends_with(f, end) && f.size() > end.size() + 3) {
      cut = f.size() - end.size();
      break;
    }
  if (cut == 0) return std::nullopt;
  std::string_view stem = std::string_view(word).substr(0, cut);
  std::string_view fstem = std::string_view(f).substr(0, cut);
  if (!fstem.empty() && fstem.back() == 's') {  // the linking s: "bestyrelses-", "råds-"
    stem.remove_suffix(1);
    fstem.remove_suffix(1);
  }
  for (const auto& b : k_body_stems) {
    if (!ends_with(fstem, b.stem)) continue;
    std::string name(stem);
    name += b.definite;
    if (name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
    else if (text::starts_with(name, "æ")) name.replace(0, 2, "Æ");
    else if (text::starts_with(name, "ø")) name.replace(0, 2, "Ø");
    else if (text::starts_with(name, "å")) name.replace(0, 2, "Å");
    return std::make_pair(name, b.organ);
  }
  return std::nullopt;
}

// The fora of the health clusters (sundhedsklynger), as a meeting table
// names them before the cluster: "Møde<TAB>Direktørforum Midt", "Politisk
// Sydvestjylland", "Fagligt strategisk niveau Fyn", "Klyngestyregruppe Midt".
constexpr auto k_cluster_fora = std::to_array<std::string_view>({
    "fagligt strategisk niveau", "politisk niveau", "direktørforum", "chefforum", "klyngestyregruppe",
    "klyngeledelse", "politisk",
});

std::size_t cluster_forum_prefix(std::string_view f) {
  for (std::string_view forum : k_cluster_fora)
    if (text::starts_with(f, forum) && f.size() > forum.size() && f[forum.size()] == ' ') return forum.size();
  return 0;
}

// The words of a verdict, as the short sentence right under an item's title
// writes it: "Godkendt.", "Dagsordenen blev godkendt.", "Referatet blev
// godkendt uden bemærkninger.", "Taget til efterretning.", "Drøftet.",
// "Økonomiudvalget godkendte indstillingen.", "Anbefales.", "Tiltrådt.".
constexpr auto k_verdict_words = std::to_array<std::string_view>({
    "godkendt", "godkendte", "godkendes", "godkendtes", "godkender", "vedtaget", "vedtog", "vedtages",
    "tiltrådt", "tiltrådte", "tiltrådtes", "efterretning", "drøftet", "drøftede", "drøftedes", "anbefalet",
    "anbefales", "anbefalede", "anbefaler", "besluttet", "besluttede", "udsat", "udsættes", "udskudt", "udskydes", "bevilget",
    "bevilges", "afvist", "afvises", "afslået", "imødekommet", "orienteringen",
});

bool is_kind_label(std::string_view f) {
  static constexpr auto k_kind_labels = std::to_array<std::string_view>({
      "tema", "høring", "orientering", "drøftelse", "beslutning", "punkt", "forslag", "oplæg", "fagligt oplæg",
      "emne", "info", "information", "temadrøftelse", "lukket punkt", "status", "sag", "bilag",
  });
  return std::find(k_kind_labels.begin(), k_kind_labels.end(), f) != k_kind_labels.end();
}

TableColumn table_column(std::string_view f) {
  while (!f.empty() && f.back() == ':') f.remove_suffix(1);
  static constexpr std::pair<std::string_view, TableColumn> k_columns[] = {
      {"punkt", TableColumn::item},
      {"punkter", TableColumn::item},
      {"pkt.", TableColumn::item},
      {"pkt", TableColumn::item},
      {"emne", TableColumn::item},
      {"emner", TableColumn::item},
      {"dagsordenspunkt", TableColumn::item},
      {"dagsordenpunkt", TableColumn::item},
      {"formål", TableColumn::purpose},
      {"type", TableColumn::purpose},
      {"referat", TableColumn::outcome},
      {"beslutning", TableColumn::outcome},
      {"beslutninger", TableColumn::outcome},
      {"noter", TableColumn::outcome},
      {"noter/referat", TableColumn::outcome},
      {"referat/beslutning", TableColumn::outcome},
      {"beslutning/referat", TableColumn::outcome},
      {"bemærkninger", TableColumn::outcome},
      {"konklusion", TableColumn::outcome},
      {"opfølgning", TableColumn::outcome},
      {"ansvarlig", TableColumn::responsible},
      {"ansv.", TableColumn::responsible},
      {"hvem", TableColumn::responsible},
      {"tid", TableColumn::time},
      {"tidspunkt", TableColumn::time},
      {"hvornår", TableColumn::time},
      {"deadline", TableColumn::time},
      {"frist", TableColumn::time},
  };
  for (const auto& [name, column] : k_columns)
    if (name == f) return column;
  return TableColumn::none;
}

bool is_row_purpose(std::string_view f) {
  static constexpr auto k_purposes = std::to_array<std::string_view>({
      "orientering", "orient.", "orient", "orientation", "information", "info", "beslutning", "beslut", "beslut.",
      "drøftelse", "drøft.", "diskussion", "debat", "godkendelse",
  });
  const auto ws = text::words(f);
  if (ws.empty() || ws.size() > 5) return false;
  bool purpose = false;
  for (std::size_t k = 0; k < ws.size(); ++k) {
    std::string_view w = ws[k];
    if ((w == "til" && k == 0) || ((w == "og" || w == "/") && k > 0 && k + 1 < ws.size())) continue;
    // ("orientering/drøftelse/beslutning": one word of parts.)
    bool all = true;
    for (std::size_t from = 0; from <= w.size();) {
      const std::size_t slash = std::min(w.find('/', from), w.size());
      const std::string_view part = w.substr(from, slash - from);
      all = all && std::find(k_purposes.begin(), k_purposes.end(), part) != k_purposes.end();
      from = slash + 1;
    }
    if (!all) return false;
    purpose = true;
  }
  return purpose;
}

bool is_verdict(std::string_view f) {
  const auto ws = text::words(f);
  if (ws.empty() || ws.size() > 14) return false;
  // "Planen skal godkendes.", "Budgettet forventes vedtaget": what is to
  // come, an agenda's words, not a verdict.
  static constexpr auto k_not_after = std::to_array<std::string_view>({"skal", "forventes", "bør", "vil", "kan"});
  return has_verdict_word_in(
      ws, [](std::string_view w) { return std::find(k_verdict_words.begin(), k_verdict_words.end(), w) != k_verdict_words.end(); },
      k_not_after);
}

// Section headings that a PDF transcript runs into the text after an item's
// title: "4 1. Budgetoplæg Sundhedsudvalget Sagsfremstilling Sundhedsudvalgets
// budgetoplæg ...", "2. PROTOKOL FRA MØDE ... INDSTILLING 1. at ...".
const std::vector<std::string_view>& run_on_section_headings() {
  static const std::vector<std::string_view> k_headings = {
      "Sagsfremstilling", "SAGSFREMSTILLING", "Indstilling", "INDSTILLING", "Beslutning", "BESLUTNING",
      "Resumé", "RESUMÉ", "Resume", "RESUME", "Baggrund", "BAGGRUND", "Sagsbeskrivelse", "SAGSBESKRIVELSE",
      "Økonomi", "ØKONOMI", "POLITISK BEHANDLING", "Bilag:", "Beslutninger", "Beslutning:", "BESLUTNING:",
      "Sagsresumé", "SAGSRESUMÉ", "Sagsresume", "SAGSRESUME", "Beslutningstema", "BESLUTNINGSTEMA"};
  return k_headings;
}

bool is_run_on_section_heading(std::string_view w) {
  const auto& headings = run_on_section_headings();
  return std::find(headings.begin(), headings.end(), w) != headings.end();
}

// Verbs of coming late and leaving early, as minutes write them: "ankom til
// mødet kl. 17.32", "forlod mødet under behandlingen af punkt 3", "erklærede
// sig inhabil og forlod salen".
constexpr auto k_arrival_phrases = std::to_array<std::string_view>({
    " ankom ", " ankom.", " forlod mødet", " forlod salen", " forlod mødesalen", " erklærede sig inhabil",
    " kom til mødet", " mødte kl", " mødte op kl", " forlod ", " ankommer ", " tilsluttede sig mødet",
});

bool is_arrival_sentence(std::string_view f) {
  return std::any_of(k_arrival_phrases.begin(), k_arrival_phrases.end(),
                     [&](std::string_view p) { return f.find(p) != std::string_view::npos; });
}

bool is_job_title(std::string_view w) {
  if (std::find(k_job_titles.begin(), k_job_titles.end(), w) != k_job_titles.end()) return true;
  // Compounds and the definite forms that open a sentence in minutes
  // ("Sundhedschef", "Bestyrelsesformanden", "Direktøren", "Rådssekretær").
  for (std::string_view suffix : {"chef", "direktør", "direktørr", "konsulent", "leder", "formand", "sekretær",
                                  "formanden", "direktøren", "chefen", "lederen", "sekretæren",
                                  "konsulenten", "borgmesteren", "rådmanden"})
    if (ends_with(w, suffix)) return true;
  return false;
}

// Group nouns that head a sub-list of people in attendance lists, by their
// stems. Examples: "Afbud: Anne Holm Sekretariatet: Bo Jensen" (a union's
// board), "Observatører: Martin Bach Jensen, ..." (DSAM), "Embedsmænd:"
// (KKR), "Fra administrationen:" (regions), "Gæster:", "Tilhørere:",
// "Rektorat" (AU's board, over the rector and prorector).
constexpr auto k_people_groups = std::to_array<std::string_view>({
    "sekretariat", "administration", "forvaltning", "observatør", "embedsm", "embedsværk", "medarbejdere",
    "personale", "tilhører", "direktion", "ledelse", "stab", "oplægsholder", "gæst", "politikere",
    "repræsentanter", "øvrige", "rektorat",
});

bool is_people_group(std::string_view f) {
  const auto ws = text::words(f);
  if (ws.empty() || ws.size() > 4) return false;
  if (ws.front() == "fra" && ws.size() >= 2) return true;
  if (ws.size() == 1 && has_body_word(f)) return true;
  return std::any_of(k_people_groups.begin(), k_people_groups.end(),
                     [&](std::string_view g) { return text::starts_with(ws.front(), g); });
}

// Words of elections and a board's make-up. Examples: "På valg dette år:"
// and "Revisorerne: Mogens Hansen og Uffe Dam" (a homeowners' association's
// agenda), "Efter sidste generalforsamling konstituerede bestyrelsen sig
// således:" (a patients' association's report).
constexpr auto k_election_words = std::to_array<std::string_view>({
    "på valg", "valg til", "valg af", "genvalg", "kandidat", "opstiller", "revisor", "konstituere",
    "bestyrelsen består af", "sammensætning",
});

bool speaks_of_election(std::string_view f) {
  return std::any_of(k_election_words.begin(), k_election_words.end(),
                     [&](std::string_view w) { return f.find(w) != std::string_view::npos; });
}

namespace {

// The words of a space-separated list, for lookups.
std::unordered_set<std::string_view> word_set(std::string_view list) {
  std::unordered_set<std::string_view> s;
  for (std::size_t start = 0; start < list.size();) {
    std::size_t end = list.find(' ', start);
    if (end == std::string_view::npos) end = list.size();
    if (end > start) s.insert(list.substr(start, end - start));
    start = end + 1;
  }
  return s;
}

}  // namespace

bool is_surname(std::string_view word) {
  static const std::unordered_set<std::string_view> k_names = word_set(k_surnames);
  if (k_names.count(word) > 0) return true;
  // "Skawbo-Jensen", "Holm-Nielsen": a double surname whose last part is one.
  if (const auto dash = word.rfind('-'); dash != std::string_view::npos && dash + 1 < word.size())
    return k_names.count(word.substr(dash + 1)) > 0;
  return false;
}

bool is_first_name(std::string_view word) {
  static const std::unordered_set<std::string_view> k_names = word_set(k_first_names);
  if (k_names.count(word) > 0) return true;
  // "Karl-Erik", "Anne-Mette": a double first name of two known ones.
  if (const auto dash = word.find('-'); dash != std::string_view::npos && dash > 0)
    return k_names.count(word.substr(0, dash)) > 0 && is_first_name(word.substr(dash + 1));
  return false;
}

std::optional<std::string> region_of_municipality(std::string_view name) {
  for (const auto& r : k_municipalities)
    if (r.name == name) return std::string(r.region);
  return std::nullopt;
}

}  // namespace corpus::vocabulary
