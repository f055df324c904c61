// Deterministic synthetic minutes for benchmarks: the three seed layouts,
// clusters in several regions, forums, dates over 2021-2026, a few hundred
// recurring people with spelling variants and afbud, 5-15 items a meeting,
// Danish text recombined from the sample corpus. Writes a manifest (JSON
// Lines) of what each file holds, so extraction can be checked at scale: the
// manifest holds what the generator wrote, never what a parser read.
// Usage: gen_corpus --items N --out DIR [--seed S] [--sample DIR]
// Writes DIR/files/K/mN.txt (1,000 files a folder) and DIR/manifest.jsonl.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

struct Cluster {
  const char* name;
  const char* region;
  const char* address;  // with a postcode of the region
};

constexpr Cluster k_clusters[] = {
    {"Midt", "Region Nordjylland", "Niels Bohrs Vej 30, 9220 Aalborg Ø"},
    {"Syd", "Region Nordjylland", "Kirkegade 1, 9500 Hobro"},
    {"Nord", "Region Nordjylland", "Rådhuspladsen 2, 9800 Hjørring"},
    {"Vest", "Region Nordjylland", "Asylgade 30, 7700 Thisted"},
    {"Fyn", "Region Syddanmark", "Klørvænget 8, 5000 Odense C"},
    {"Sydvestjylland", "Region Syddanmark", "Finsensgade 35, 6700 Esbjerg"},
    {"Midt", "Region Midtjylland", "Lundgårdsvej 8, 8800 Viborg"},
    {"Aarhus", "Region Midtjylland", "Olof Palmes Allé 15, 8200 Aarhus N"},
};
constexpr const char* k_forums[] = {"Direktørforum", "Politisk", "Chefforum",
                                    "Fagligt strategisk niveau", "Klyngestyregruppe"};
constexpr const char* k_first[] = {"Anne", "Bente", "Carsten", "Dorte", "Eva", "Frederik", "Gitte",
                                   "Hanne", "Ib", "Jan", "Karen", "Lars", "Mette", "Niels",
                                   "Ole", "Pia", "Rikke", "Søren", "Tina", "Ulla", "Vibeke",
                                   "Mathilde", "Daniel", "Henrik", "Lisbeth", "Torben"};
constexpr const char* k_middle[] = {"Kjærsgaard", "Buus", "Krogh", "Sejersdal", "Houmøller",
                                    "Bak", "Lynderup", "Rosendal", "Schmidt", "Bording"};
constexpr const char* k_last[] = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen",
                                  "Christensen", "Larsen", "Sørensen", "Rasmussen", "Madsen",
                                  "Kjeldgaard", "Simonsen", "Graversen", "Mainz", "Lagoni",
                                  "Pinstrup", "Knudsen", "Aalund", "Duedahl", "Sprøgel"};
constexpr const char* k_roles[] = {"Direktør", "Kontorchef", "Sundhedschef", "Borgmester",
                                   "Regionsrådsmedlem", "Specialkonsulent", "Sygeplejefaglig direktør"};
constexpr const char* k_months[] = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                    "juli",   "august",  "september", "oktober", "november", "december"};

struct Person {
  std::string name;
  std::string variant;  // another spelling of the same name
  std::string role;
  std::string organisation;
};

template <typename T, std::size_t N>
const T& pick(const T (&a)[N], std::mt19937_64& rng) {
  return a[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

template <typename T>
const T& pick(const std::vector<T>& v, std::mt19937_64& rng) {
  return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
}

// Item titles: the generator's truth, so they are written here, never read
// back through the parser under test (whose misreadings would then become
// the expected answer). Those of the sample minutes as their agenda
// lists them (timings such as "- 40 min" left out: the generator adds its
// own), and a few more of the shapes real agendas have.
constexpr const char* k_titles[] = {
    "Godkendelse af dagsorden",
    "Status for klyngemidlerne",
    "Den nye Sundhedsaftale og sammenhæng til klyngens handleplan",
    "Temaer til eSundhedsvæsenets fremtidsværksteder",
    "Godkendelse af nyt kommissorium til klyngens driftsfora",
    "Dagsorden til Politisk Niveau",
    "Det nationale ledelsesprogram",
    "Orientering om repræsentation fra almen praksis",
    "Eventuelt",
    "Velkomst",
    "Drøftelse vedr. Sundhedsreform og evaluering",
    "Orientering om klyngemidler og overførsel til 2025",
    "Orientering vedr. Sundhedsklyngemøde",
    "Orientering om pilotprojekt: Tværsektorielle videokonsultationer",
    "Orientering: Aktivitet i almen praksis",
    "Natlægevagt",
    "Gensidig orientering",
    "Organisering af Sundhedsklynge Midt",
    "Mødeplanlægning 2022 for Sundhedsklynge Midt",
    "Indhold på de første politiske møder",
    "Aktiviteter i Sundhedsklynge Midt",
    "Opfølgning på deltagelse i Nationalt Ledelsesprogram for Sundhedsvæsenet",
    "Orientering fra sekretariatet",
    "Velkommen og godkendelse af dagsorden",
    "Opsamling på heldagsseminar",
    "Drøftelse af dagsorden til det politiske klyngemøde den 30. april 2024",
    "Drøftelse af input til temadag om implementeringsplan for Sundhedsaftalen 2024-2027",
    "Udvalgelse af initiativer til det Nationale Ledelsesprogram på Sundhedsområdet (hold 3)",
    "Skriftlig orientering - Nyt fra Koordineringsforum",
    "Skriftlig orientering – PRO Hjerterehabilitering",
    // Beyond the sample.
    "Budget 2025 for klyngens fælles indsatser",
    "Orientering fra Kommunekontaktrådet (KKR)",
    "Høring over udkast til Sundhedsaftale 2024-2027",
    "Status på Ældre- og Sundhedsudvalgets anbefalinger",
    "Sammenhængende forløb for borgere med KOL og diabetes",
    "Tværsektorielt Forum (TF): kommissorium og sammensætning",
};

// Sentences recombined from the sample corpus, read as plain lines (not
// parsed): only text, not truth. Lines that could read as structure
// (headings, agenda lines, numbered points, labels) are left out.
struct Material {
  std::vector<std::string> decisions;  // sentences that record a decision
  std::vector<std::string> sentences;
};

bool records_decision(const std::string& sentence) {
  for (const char* cue : {"godkend", "beslut", "efterretning", "tiltræ", "drøftede", "aftalt", "enig"})
    if (sentence.find(cue) != std::string::npos) return true;
  return false;
}

Material read_material(const fs::path& dir) {
  Material m;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      std::size_t lead = 0;
      while (lead < line.size() && (line[lead] == ' ' || line[lead] == '-')) ++lead;
      line.erase(0, lead);
      if (line.size() < 30 || line.find('\t') != std::string::npos || line.find("....") != std::string::npos ||
          line.rfind("Punkt", 0) == 0 || (line[0] >= '0' && line[0] <= '9') || line.back() == ':' ||
          line.find('<') != std::string::npos)
        continue;
      std::size_t start = 0;
      while (start < line.size()) {
        std::size_t end = line.find(". ", start);
        end = end == std::string::npos ? line.size() : end + 1;
        std::string sentence = line.substr(start, end - start);
        start = end + 1;
        if (sentence.size() < 30) continue;
        if (sentence.back() != '.') sentence += '.';
        (records_decision(sentence) ? m.decisions : m.sentences).push_back(sentence);
      }
    }
  }
  if (m.decisions.empty()) m.decisions = m.sentences;
  return m;
}

std::string paragraph(const std::vector<std::string>& pool, int sentences, std::mt19937_64& rng) {
  std::string p;
  for (int i = 0; i < sentences; ++i) p += (p.empty() ? "" : " ") + pick(pool, rng);
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  long items_wanted = 1000;
  std::uint64_t seed = 1;
  std::string out, sample = REFERAT_SAMPLE_DIR;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--items")) items_wanted = std::atol(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--out")) out = argv[i + 1];
    else if (!std::strcmp(argv[i], "--seed")) seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--sample")) sample = argv[i + 1];
  }
  if (out.empty() || items_wanted <= 0) {
    std::fprintf(stderr, "usage: gen_corpus --items N --out DIR [--seed S] [--sample DIR]\n");
    return 2;
  }
  std::mt19937_64 rng(seed);
  const Material material = read_material(sample);
  // A few hundred people, each with an organisation in one region.
  std::vector<Person> people;
  for (int i = 0; i < 400; ++i) {
    Person p;
    const std::string first = pick(k_first, rng), last = pick(k_last, rng);
    const bool middle = i % 3 == 0;
    const std::string mid = middle ? std::string(pick(k_middle, rng)) + " " : "";
    p.name = first + " " + mid + last;
    // Variants: the middle name dropped, or "Kjærsgaard" spelt "Kjærgaard".
    p.variant = middle ? first + " " + last : p.name;
    if (mid == "Kjærsgaard ") p.variant = first + " Kjærgaard " + last;
    p.role = pick(k_roles, rng);
    // The region the person works for, wherever the meeting is: one
    // person is listed under one organisation. Taken from the index, not
    // the random stream, so the rest of the corpus stays as it was.
    p.organisation = k_clusters[static_cast<std::size_t>(i) % std::size(k_clusters)].region;
    people.push_back(std::move(p));
  }
  fs::create_directories(out);
  std::ofstream manifest(fs::path(out) / "manifest.jsonl");
  long items = 0, files = 0;
  std::uniform_int_distribution<int> n_items(5, 15), day(1, 28), month(1, 12), year(2021, 2026);
  while (items < items_wanted) {
    const Cluster& cl = pick(k_clusters, rng);
    const std::string forum = pick(k_forums, rng);
    const int d = day(rng), mo = month(rng), y = year(rng);
    char iso[16], dmy[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, mo, d);
    std::snprintf(dmy, sizeof dmy, "%02d-%02d-%04d", d, mo, y);
    const int layout = static_cast<int>(files % 3);  // 0 referat, 1 fyn-style referat, 2 table
    const int count = static_cast<int>(std::min<long>(n_items(rng), items_wanted - items));
    // Participants: 6-12 people of the meeting, some absent.
    std::vector<std::pair<const Person*, bool>> present;
    const int n_people = std::uniform_int_distribution<int>(6, 12)(rng);
    for (int i = 0; i < n_people; ++i) {
      const Person* p = &pick(people, rng);
      if (std::none_of(present.begin(), present.end(), [&](auto& e) { return e.first == p; }))
        present.emplace_back(p, std::uniform_int_distribution<int>(0, 9)(rng) != 0);
    }
    std::string text;
    nlohmann::json meta = {{"layout", layout == 2 ? "table" : "referat"}, {"cluster", cl.name},
                           {"region", cl.region}, {"forum", forum == "Politisk" ? "Politisk niveau" : forum},
                           {"date", iso}};
    nlohmann::json titles = nlohmann::json::array(), who = nlohmann::json::array();
    if (layout == 2) {
      text += "Møde\t" + forum + " " + cl.name + "\n";
      text += "Dato\t" + std::to_string(d) + ". " + k_months[mo - 1] + " " + std::to_string(y) + " kl. 13.00 – 14.30\n";
      text += std::string("Sted\tMødelokale 1, ") + cl.address + "\n";
      std::string deltagere, afbud;
      for (const auto& [p, here] : present) {
        deltagere += p->name + ", " + p->organisation + " ";
        if (!here) afbud += (afbud.empty() ? "" : ", ") + p->variant;
        who.push_back({{"name", p->name}, {"present", here}});
      }
      text += "Deltagere\t" + deltagere + "\n";
      if (!afbud.empty()) text += "Afbud\t" + afbud + "\n";
      text += "Referent\t" + present.front().first->name + "\n\n";
      for (int i = 1; i <= count; ++i) {
        const std::string title = pick(k_titles, rng);
        titles.push_back(title);
        text += std::to_string(i) + ". " + title + "\n" + paragraph(material.sentences, 4, rng) +
                "\nIndstilling:\nDet indstilles, at " + forum + " drøfter sagen.\nReferat:\n" +
                paragraph(material.decisions, 2, rng) + "\n";
      }
    } else {
      const std::string heading = layout == 0 ? forum + " Sundhedsklynge " + cl.name
                                              : std::string("Sundhedsklynge ") + cl.name + " - " + forum;
      text += "REFERAT " + heading + " d. " + dmy + "\n\nMødedato Tirsdag d. " + std::to_string(d) +
              ". " + k_months[mo - 1] + " " + std::to_string(y) + " kl. 14:00\n\nMødested Mødelokale D, " +
              cl.address + "\n\nIndholdsfortegnelse\n\n";
      std::vector<std::string> item_titles;
      for (int i = 0; i < count; ++i) item_titles.push_back(i == 0 ? "Deltagere" : pick(k_titles, rng));
      for (const auto& t : item_titles) text += t + ".....\t3\n";
      text += "\n";
      std::string afbud;
      for (int i = 0; i < count; ++i) {
        titles.push_back(item_titles[i]);
        const std::string timing = layout == 1 ? " (9." + std::to_string(10 + i) + " - 9." + std::to_string(20 + i) + ")" : "";
        text += "Punkt " + std::to_string(i + 1) + ": " + item_titles[i] + timing + "\n\n";
        if (i == 0) {
          text += forum + ":\n\n";
          for (const auto& [p, here] : present) {
            text += p->name + ", " + p->role + " i " + p->organisation + "\n";
            if (!here) afbud += (afbud.empty() ? "" : " og ") + p->variant;
            who.push_back({{"name", p->name}, {"present", here}});
          }
          if (!afbud.empty()) text += "\nBeslutning\n\nAfbud:\n" + afbud + ".\n";
          text += "\n";
          continue;
        }
        text += "Beslutning\n\n" + paragraph(material.decisions, 2, rng) + "\n\nSagsfremstilling\n\n" +
                paragraph(material.sentences, 5, rng) + "\n\n" + paragraph(material.sentences, 3, rng) +
                "\n\nDet indstilles, at " + forum + "\n\n1. Tager orienteringen til efterretning\n\n";
      }
    }
    const fs::path dir = fs::path(out) / "files" / std::to_string(files / 1000);
    fs::create_directories(dir);
    const fs::path file = dir / ("m" + std::to_string(files) + ".txt");
    std::ofstream(file) << text;
    meta["file"] = fs::relative(file, out).string();
    meta["items"] = titles;
    meta["participants"] = who;
    manifest << meta.dump() << '\n';
    items += count;
    ++files;
  }
  std::printf("wrote %ld files, %ld items to %s\n", files, items, out.c_str());
  return 0;
}
