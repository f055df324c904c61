// The header of the minutes: labelled fields and their values (attendance
// lists under their labels), the title and the body it names, cluster, forum
// and region, and the meeting's date (docs/ARCHITECTURE.md §4.2, 4.5-4.8).
#include <algorithm>
#include <array>

#include "corpus/dates.h"
#include "corpus/participants.h"
#include "corpus/recogniser.h"

namespace corpus::recog {
namespace {

namespace voc = vocabulary;
using text::read_number;
using text::trim;
using voc::Field;

// The months' Danish names, folded, in the calendar's order.
constexpr std::array<std::string_view, 12> k_month_names = {
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
    "december"};

// The weekdays' Danish names, folded.
constexpr std::array<std::string_view, 7> k_weekdays = {"mandag", "tirsdag", "onsdag", "torsdag",
                                                        "fredag", "lørdag",  "søndag"};

bool in_capitals(std::string_view t);

// "UDVALG Folkeoplysningsudvalget MØDE Referat STED Mødelokale 18
// STARTTIDSPUNKT 17-09-2018 17:15:00 SLUTTIDSPUNKT ...": the date of a
// front table's time or date label in capitals (STARTTIDSPUNKT, MØDEDATO,
// DATO), when a transcript ran the table into the line of its first label
// (UDVALG, MØDE; First Agenda papers of Holbæk's Folkeoplysningsudvalg,
// Aarhus University's Akademisk Råd); nothing when the line does not open
// with a label in capitals.
std::optional<std::string> front_table_date(std::string_view t) {
  const auto ws = text::words(t);
  if (ws.empty() || ws.front().size() < 3 || !in_capitals(ws.front())) return std::nullopt;
  for (std::size_t k = 1; k + 1 < ws.size(); ++k) {
    if (ws[k].size() < 4 || !in_capitals(ws[k])) continue;
    const auto f = voc::header_field(text::fold(ws[k]));
    if (!f || (*f != Field::time && *f != Field::date)) continue;
    const auto at = static_cast<std::size_t>(ws[k + 1].data() - t.data());
    if (auto d = find_date(t.substr(at, 40))) return d;
  }
  return std::nullopt;
}

// "UDVALG Udvalget for Ældre og Sundhed MØDE Referat STED Kanalstræde 2
// STARTTIDSPUNKT ...": a meeting's front table, labels in capitals each
// before its value (Holbæk's and Allerød's First Agenda papers), that a PDF
// transcript runs into one line. `label` is the line's first word, `value`
// the rest: when the label is in capitals, its value runs to the next word
// in capitals that is a header label ("MØDE", "STED"); else `value` as it
// is.
std::string_view value_before_capitals_label(std::string_view label, std::string_view value) {
  if (label.size() < 3 || !in_capitals(label)) return value;
  for (std::string_view w : text::words(value)) {
    if (w.size() < 3 || !in_capitals(w)) continue;
    if (voc::header_field(text::fold(w)))
      return trim(value.substr(0, static_cast<std::size_t>(w.data() - value.data())));
  }
  return value;
}

std::optional<Labelled> read_label(const Line& line) {
  auto clean_label = [](std::string_view l) {
    l = trim(l);
    while (!l.empty() && (l.back() == ':' || l.back() == '.' || l.back() == ' ')) l.remove_suffix(1);
    return text::fold(l);
  };
  // Label/value table rows ("Dato\t23. juni 2022", "Sted:\tMødelokale 1").
  if (line.cells.size() >= 2 && line.cells[0].size() <= 40) {
    if (auto f = voc::header_field(clean_label(line.cells[0]))) {
      std::string value;
      for (std::size_t i = 1; i < line.cells.size(); ++i) {
        if (!value.empty()) value += ' ';
        value += line.cells[i];
      }
      return Labelled{*f, value, true};
    }
  }
  std::string_view t = line.text;
  // "Udvalg Ikon", "Tidspunkt Ikon": a web page's icon named after its label.
  if (ends_with(t, " Ikon")) t = trim(t.substr(0, t.size() - 5));
  // "Label: value" and "Label:".
  if (const auto colon = t.find(':'); colon != std::string_view::npos && colon <= 40) {
    const std::string label = clean_label(t.substr(0, colon));
    const std::string_view value = trim(t.substr(colon + 1));
    // "Udvalg: | Social- og Sundhedsudvalget |": a table flattened with bars.
    std::string_view v = value;
    while (!v.empty() && (v.front() == '|' || v.front() == ' ')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == '|' || v.back() == ' ')) v.remove_suffix(1);
    if (auto f = voc::header_field(label)) return Labelled{*f, std::string(v), true};
    // "Referat: MHM" names the minute taker; "Referat" alone is a title.
    // ("Referat: Byrådet 22-11-2023", "Referat: 27. oktober 2025 kl. 08:00"
    // are titles.)
    if (label == "referat" && !value.empty() && text::words(value).size() <= 5 && !find_date(value) &&
        !voc::has_body_word(text::fold(value)))
      return Labelled{Field::minute_taker, std::string(value), true};
  }
  // "Afbud fra; Anne Holm, Bo Jensen", "Deltagere; ...": a transcript's
  // semicolon for the colon after an attendance label.
  if (const auto semi = t.find("; "); semi != std::string_view::npos && semi <= 30 && text::starts_capital(t) &&
                                      t.find(':') > semi) {
    if (auto f = voc::header_field(clean_label(t.substr(0, semi))); f && is_people_field(*f))
      return Labelled{*f, std::string(trim(t.substr(semi + 1))), true};
  }
  // "Mødedato Torsdag d. 08. februar 2024 kl. 14:00", "Mødedeltagere Anders
  // Korsbæk Jensen, Birgith B. Langballe", "Udvalg Ældre- og
  // Aktivitetsudvalget": a label without colon, taken when its value reads
  // as that field's value.
  const std::string folded = text::fold(t.substr(0, std::min<std::size_t>(t.size(), 40)));
  for (std::size_t sp = folded.find(' '); sp != std::string::npos && sp <= 30; sp = folded.find(' ', sp + 1)) {
    auto f = voc::header_field(folded.substr(0, sp));
    // "Tilstede. Marianne, Carsten, Cristina, Dina og Ulla" / "Afbud. Lars
    // og James.": an attendance label closed by a full stop for its colon
    // (Søvang Allé's board 715); the value must read as a list below.
    if (!f && sp > 1 && folded[sp - 1] == '.')
      if (const auto g = voc::header_field(folded.substr(0, sp - 1));
          g && (*g == Field::present || *g == Field::absent))
        f = g;
    if (!f) continue;
    std::string_view value = trim(t.substr(sp));
    // "Afbud fra Jesper, Marianne, Hanne": the label's preposition.
    if (*f == Field::absent && text::starts_with(value, "fra ") && text::starts_capital(value.substr(4)))
      value = value.substr(4);
    // "Til stede var Karen, Mette, Thomas og Jørgen": the label's verb.
    if ((*f == Field::present || *f == Field::absent) && text::starts_with(value, "var ") &&
        text::starts_capital(value.substr(4)))
      value = value.substr(4);
    bool ok = false;
    switch (*f) {
      case Field::date: ok = find_date(value).has_value(); break;
      case Field::time: ok = find_time(value, true).has_value(); break;
      case Field::place: ok = !value.empty() && t.size() <= 120 && sp >= 5; break;  // not "Sted" mid-prose
      case Field::body:
        value = value_before_capitals_label(t.substr(0, sp), value);
        ok = starts_upper(value) && text::words(value).size() <= 10;
        break;
      case Field::present:
      case Field::absent:
      case Field::guests: {
        const auto entries = read_person_entries(value);
        // "Deltagere Dekaner, rektorat, Ole Olsen, Kirsten Jensen": a list
        // that names people after its groups, as long as it reads as a list
        // (few lower-case words), not as a sentence.
        const auto ws = text::words(value);
        const auto lower = std::count_if(ws.begin(), ws.end(), [](std::string_view w) {
          return !text::starts_capital(w) && w != "og" && w != "(formand)";
        });
        // "MEDLEMMER Lars Holm Medlem Deltog Per Dahl Medlem Afbud": a
        // flattened table of names and their attendance.
        const auto statuses = std::count_if(ws.begin(), ws.end(), [](std::string_view w) {
          return w == "Deltog" || w == "Afbud" || w == "Fraværende";
        });
        ok = text::fold(value) == "ingen" || statuses >= 2 ||
             (!entries.empty() && text::starts_with(value, entries.front().name.substr(0, 3)) &&
              (entries.size() >= 2 || text::words(value).size() <= 6)) ||
             (entries.size() >= 2 && static_cast<std::size_t>(lower) * 3 <= ws.size());
        // "Afbud fra Kjeld", "Fraværende Jette": one first name, the line's
        // last word.
        if (*f == Field::absent && ws.size() == 1) {
          std::string_view w = ws.front();
          while (!w.empty() && w.back() == '.') w.remove_suffix(1);
          ok = ok || voc::is_first_name(w);
        }
        break;
      }
      default: break;
    }
    if (ok) return Labelled{*f, std::string(value), false};
  }
  // "MødestedRådssalen", "UdvalgÆldreråd", "MødedatoMandag d. 7 februar
  // 2022": a web page's label glued to its value, the value's capital
  // where the label's lower-case letters end.
  for (std::string_view label : {"Mødedato", "Mødested", "Udvalg", "Dato", "Sted", "Tidspunkt", "Forum"}) {
    if (!text::starts_with(t, label) || t.size() <= label.size() + 1) continue;
    const std::string_view value = t.substr(label.size());
    if (!text::starts_capital(value) && !is_digit(value[0])) continue;
    if (auto f = voc::header_field(text::fold(label))) {
      if (*f == Field::date && !find_date(value)) continue;
      return Labelled{*f, std::string(trim(value)), false};
    }
  }
  // "Referat fra møde i bestyrelsen:Støttekredsen for Bifrost
  // 22.02.22Tilstede: Bent, Kent, ...": a web page's cells run together, an
  // attendance label glued to the date before it (Bifrost's support circle
  // 691); the label's value is the rest of the line.
  for (std::size_t colon = t.find(": "); colon != std::string_view::npos; colon = t.find(": ", colon + 1)) {
    std::size_t w = colon;
    while (w > 0 && t[w - 1] != ' ' && t[w - 1] != ':') --w;
    std::size_t glued = w;
    while (glued < colon && (is_digit(t[glued]) || t[glued] == '.' || t[glued] == '-' || t[glued] == '/')) ++glued;
    if (glued == w || glued == colon || !is_digit(t[w]) || !starts_upper(t.substr(glued))) continue;
    if (const auto f = voc::header_field(text::fold(t.substr(glued, colon - glued))); f && is_people_field(*f))
      return Labelled{*f, std::string(trim(t.substr(colon + 1))), true};
  }
  // A label alone on its line ("Afbud", "Til stede"); after the labels
  // with a value, so "Afbud Eva Krogh, Finn Lund" keeps its names.
  if (t.size() <= 40) {
    if (auto f = voc::header_field(clean_label(t))) return Labelled{*f, {}, false};
  }
  return std::nullopt;
}

// Region of a Danish postcode; nullopt where a range spans two regions.
std::optional<std::string> region_of_postcode(int pc) {
  struct Range {
    int lo, hi;
    const char* region;
  };
  static constexpr std::array<Range, 16> k_ranges = {{
      {1000, 2599, "Region Hovedstaden"},  {2700, 3799, "Region Hovedstaden"},
      {4000, 4999, "Region Sjælland"},     {5000, 5999, "Region Syddanmark"},
      {6000, 6879, "Region Syddanmark"},   {6880, 6999, "Region Midtjylland"},
      {7000, 7129, "Region Syddanmark"},   {7190, 7260, "Region Syddanmark"},
      {7400, 7699, "Region Midtjylland"},  {7700, 7779, "Region Nordjylland"},
      {7800, 7899, "Region Midtjylland"},  {7900, 7999, "Region Nordjylland"},
      {8000, 8999, "Region Midtjylland"},  {9000, 9999, "Region Nordjylland"},
      {2600, 2600, "Region Hovedstaden"},  {2605, 2665, "Region Hovedstaden"},
  }};
  for (const auto& r : k_ranges)
    if (pc >= r.lo && pc <= r.hi) return std::string(r.region);
  return std::nullopt;
}

// A postcode: 4 digits followed by a space and a capitalised word.
std::optional<int> find_postcode(std::string_view s) {
  for (std::size_t i = 0; i + 5 < s.size(); ++i) {
    if ((i > 0 && is_digit(s[i - 1])) || !is_digit(s[i])) continue;
    std::size_t j = i;
    const int v = read_number(s, j, 4);
    if (v >= 1000 && j - i == 4 && j + 1 < s.size() && s[j] == ' ' && starts_upper(s.substr(j + 1)) &&
        !is_digit(s[j + 1]))
      return v;
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 5> k_regions = {"Region Nordjylland", "Region Midtjylland",
                                                       "Region Syddanmark", "Region Sjælland",
                                                       "Region Hovedstaden"};

// "Region X" named in `s`, if exactly one of the five is.
std::optional<std::string> explicit_region(std::string_view s) {
  std::optional<std::string> found;
  for (auto r : k_regions) {
    if (s.find(r) != std::string_view::npos) {
      if (found) return std::nullopt;
      found = std::string(r);
    }
  }
  return found;
}

// The region of "<Name> Kommune" named in `s`, if exactly one region is.
std::optional<std::string> municipality_region(std::string_view s) {
  std::optional<std::string> found;
  const auto ws = text::words(s);
  for (std::size_t i = 1; i < ws.size(); ++i) {
    std::string_view w = ws[i];
    while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ')')) w.remove_suffix(1);
    if (w != "Kommune" && w != "Kommunes" && w != "Regionskommune") continue;
    if (auto r = voc::region_of_municipality(ws[i - 1])) {
      if (found && *found != *r) return std::nullopt;
      found = r;
    }
  }
  return found;
}

// A word that ends a cluster name: a forum word, a date or a separator.
bool ends_cluster_name(std::string_view w) {
  if (w.empty() || !starts_upper(w) || is_digit(w[0])) return true;
  const std::string f = text::fold(w);
  for (std::string_view stop : {"fagligt", "politisk", "politiske", "direktørforum", "chefforum",
                                "styregruppe", "klyngestyregruppe", "referat", "dagsorden"})
    if (f == stop) return true;
  return false;
}


// True when the meeting phrase at `at` in the folded line names another
// meeting: an earlier or the next one ("referat af mødet den", "på sit møde
// den", "sidste møde den", "næste møde den").
bool names_other_meeting(std::string_view folded, std::size_t at) {
  const std::string_view before = folded.substr(at > 40 ? at - 40 : 0, at > 40 ? 40 : at);
  // ("Referat af mødet den 3. marts 2025" heads the meeting's own page.)
  for (std::string_view w : {"sidste", "forrige", "seneste", "tidligere", "næste", "kommende", "sit ", "sin ",
                             "godkendelse af referat", "referatet", "protokollen", "siden", "efter ",
                             // "Afholdelse af KKR møde den 14. juni 2012": a meeting planned.
                             "afholdelse af", "planlægning af"})
    if (before.find(w) != std::string_view::npos) return true;
  return false;
}

// The meeting's day as the first item, the approval of the agenda, names
// it where nothing else does: "Godkendelse af åben dagsorden for KB den 22.
// januar 2020", "Godkendelse af dagsorden til Udvalget for Børn den
// 29.01.2013", "Godkendelse af dagsorden til mødet d. 23. marts 2015" (web
// agenda systems print no header).
std::optional<std::string> date_of_agenda_approval(const std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size() && i < 60; ++i) {
    const std::string f = text::fold(lines[i].text);
    const auto at = f.find("godkendelse af ");
    if (at == std::string::npos || text::words(f).size() > 14) continue;
    const auto agenda = f.find("dagsorden", at);
    if (agenda == std::string::npos || agenda > at + 30 || f.find("referat") != std::string::npos) continue;
    for (std::string_view cue : {" den ", " d. "})
      if (const auto on = f.find(cue, agenda); on != std::string::npos && on < agenda + 60)
        if (auto d = find_date(std::string_view(lines[i].text).substr(on + cue.size(), 24))) return d;
  }
  return std::nullopt;
}

// A decision's heading line that names the body in the genitive and its
// meeting's day: "Integrationsudvalgets møde den 10. december 2013:",
// "Børne- og Ungeudvalgets møde d. 3. maj 2016:". The body
// ("Integrationsudvalget") and the text from the day on; nullopt for any
// other line.
std::optional<std::pair<std::string, std::string_view>> body_meeting_heading(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.size() < 12 || t.back() != ':' || text::words(t).size() > 10) return std::nullopt;
  const std::string f = text::fold(t);
  for (std::string_view cue : {"s møde den ", "s mødet den ", "s møde d. ", "s mødet d. "}) {
    const auto at = f.find(cue);
    if (at == std::string::npos || at < 3) continue;
    const std::string_view name = t.substr(0, at);  // folding keeps byte offsets
    const auto ws = text::words(name);
    if (ws.empty() || ws.size() > 6 || !starts_upper(ws.front()) || !voc::has_body_word(text::fold(ws.back())))
      return std::nullopt;
    return std::make_pair(std::string(name), t.substr(at + cue.size()));
  }
  return std::nullopt;
}

// "Beslutning fra Integrationsrådet" / "Dato: 5. april 2018": an agenda
// system's decision heading that names the body, its meeting's date in a
// "Dato:" line just under it.
std::optional<std::string> date_under_decision_heading(const std::vector<Line>& lines, std::size_t i,
                                                       std::string_view heading) {
  if (!text::starts_with(text::fold(heading), "beslutning fra ") || i + 1 >= lines.size()) return std::nullopt;
  const std::string next = text::fold(lines[i + 1].text);
  if (!text::starts_with(next, "dato:") && !text::starts_with(next, "mødedato:")) return std::nullopt;
  return find_date(lines[i + 1].text);
}

// The section heading that opens `line`, also the heading before its colon
// that a transcript ran into a long line with its decision and more
// ("Forretningsudvalgets beslutning den 8. november 2022: Dagsordenen blev
// godkendt. Martin Geertsen (V) forlod mødet ...", Region Hovedstaden's
// Forretningsudvalg, whose decisions of other committees read the same:
// "Miljø- og klimaudvalgets beslutning den 2. november 2022: Anbefalet.").
std::optional<SectionHead> decision_heading_opening(std::string_view line) {
  if (auto h = section_head(line)) return h;
  const auto colon = line.find(": ");
  if (line.size() <= 160 || colon == std::string_view::npos || colon > 100) return std::nullopt;
  return section_head(line.substr(0, colon + 1));
}

// The meeting's date from the phrases that announce it ("Referat af mødet
// den 3. marts 2025", "Mødet afholdt den ...") in the lines before the first
// item, or from a decision heading anywhere ("Økonomiudvalgets beslutning i
// mødet den 31. marts 2020", "Beslutning i Udvalget for Ældre og Sundhed den
// 04-06-2020"), where the header gives none. A phrase inside an item names
// other meetings ("på sit møde den 6. september 2018").
std::optional<std::string> date_from_cues(const std::vector<Line>& lines, std::size_t header_end) {
  for (std::size_t i = 0; i < lines.size() && i < 150; ++i) {
    const std::string f = text::fold(lines[i].text);
    for (std::string_view cue : {"mødet den ", "møde den ", "mødet d. ", "møde d. ", "mødedato", "afholdt den ",
                                 "afholdt d. ", "mødet afholdt ", "møde afholdt ", "afholdtes ", "mødet holdtes ", "holdt møde "}) {
      if (i >= header_end) break;
      if (const auto at = f.find(cue); at != std::string::npos && !names_other_meeting(f, at) &&
                                       !is_document_date_line(f)) {
        // Folding keeps the byte length of Danish text, so `at` holds. The
        // date follows the cue closely: "mødet den 27. februar og det
        // ekstraordinære møde den 03. april 2019" names no date for the first.
        const std::string_view t = lines[i].text;
        if (auto d = find_date(t.substr(std::min(at, t.size()), cue.size() + 32))) return d;
      }
    }
    // (Not "Sundheds- og Omsorgsudvalget, 10. september 2019, pkt. 65": a
    // body's treatment quoted before the decision, often another meeting's.)
    if (auto h = decision_heading_opening(lines[i].text); h && h->kind == "beslutning" &&
                                              (text::fold(h->heading).find("beslutning") != std::string::npos ||
                                               text::starts_with(text::fold(h->heading), "behandling"))) {
      if (auto d = find_date(h->heading)) return d;
      if (auto d = date_under_decision_heading(lines, i, h->heading)) return d;
    }
    if (auto d = body_meeting_heading(lines[i].text))
      if (auto date = find_date(d->second)) return date;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> title_date(std::string_view title) {
  const std::string f = text::fold(title);
  for (std::string_view cue : {"møde den ", "mødet den ", "møde d. ", "mødet d. "}) {
    const auto at = f.find(cue);
    if (at == std::string::npos || at == 0 || names_other_meeting(f, at)) continue;
    if (auto d = find_date(title.substr(at, cue.size() + 32))) return d;
  }
  return find_date(title);
}

namespace {

// A transcript's header that dates its paper first and then names the
// meeting's day with its weekday: "1 24. september 2013 DB s
// Forretningsudvalg Mandag den 23. september 2013, kl DB, Vartov" (a
// library association's committee), "06.04.2010" / "7. bestyrelsesmøde
// torsdag den 18. marts 2010" (an academy's board), "Den 20. april 2016
// ... møde den 6. april 2016" style letters: the weekday's date is the
// meeting's. Only in the first lines, and only when another date stands
// before it (else the usual readings hold).
bool stamped(std::string_view folded, std::size_t at);

std::optional<std::string> weekday_date_after_paper_date(const std::vector<Line>& lines, std::size_t end) {
  bool date_before = false;
  for (std::size_t i = 0; i < lines.size() && i < end && i < 6; ++i) {
    const std::string f = text::fold(lines[i].text);
    if (is_document_date_line(f)) continue;
    const std::size_t limit = std::min<std::size_t>(f.size(), 300);
    for (std::string_view day : k_weekdays) {
      for (std::size_t at = f.find(day); at != std::string::npos && at < limit; at = f.find(day, at + 1)) {
        if (at > 0 && f[at - 1] != ' ') continue;
        const std::string_view after = std::string_view(f).substr(at + day.size());
        if (!text::starts_with(after, " den ") && !text::starts_with(after, " d. ")) continue;
        // (Not a post's by-line the transcript ran in after the meeting's
        // date: "torsdag den 3. februar 2022 Skrevet tirsdag d. 15. februar
        // 2022".)
        if (stamped(f, at)) continue;
        const auto mine = find_date(std::string_view(lines[i].text).substr(at, 40));
        if (!mine) continue;
        const auto earlier = find_date(std::string_view(lines[i].text).substr(0, at));
        if ((date_before || (earlier && *earlier != *mine)) && !names_other_meeting(f, at)) return mine;
        return std::nullopt;
      }
    }
    if (find_date(std::string_view(lines[i].text).substr(0, limit))) date_before = true;
  }
  return std::nullopt;
}

// A transcript's first page that opens with the paper's date and then
// names the meeting with its day, "den"/"d." a few words after the
// meeting's word: "1 2. april 2014/OS Referat Bestyrelsesmøde hos NT den 27.
// marts 2014" (a regional transport company's board), "1 15. juni 2010
// Referat fra møde i Regionskontaktudvalget (REKU) den 31. maj 2010" (an
// outdoor council's regional committee), "Den 20. april 2016 UDKAST -
// Referat af Skovrådets 8. ordinære møde den 6. april 2016" (a state forest
// council): the meeting's date is the one after its word. Only in the
// first lines, the meeting's word early in its line, and only when another
// date stands before it; never another meeting ("Godkendelse af referat
// fra den 25. februar", "Frem mod bestyrelsesmødet den 25. april").
std::optional<std::string> meeting_date_after_paper_date(const std::vector<Line>& lines, std::size_t end) {
  for (std::size_t i = 0; i < lines.size() && i < end && i < 6; ++i) {
    const std::string f = text::fold(lines[i].text);
    if (is_document_date_line(f)) continue;
    const std::string_view t = lines[i].text;
    for (std::size_t at = f.find("møde"); at != std::string::npos && at < 160; at = f.find("møde", at + 1)) {
      std::size_t e = at + std::string_view("møde").size();
      if (e < f.size() && f[e] == 't') ++e;
      if (e >= f.size() || f[e] != ' ' || names_other_meeting(f, at)) continue;
      // "den" at most five words after the meeting's word, or the date
      // right after it ("1 12. marts 2019 Referat af bestyrelsesmøde 5.
      // marts 2019 Til stede: ...": date_after_meeting_word's heading).
      std::size_t on = std::string::npos;
      std::size_t cue = 0;
      for (std::string_view c : {" den ", " d. "})
        if (const auto p = f.find(c, e); p != std::string::npos && p < on) {
          on = p;
          cue = c.size();
        }
      if (e + 1 < f.size() && is_digit(f[e + 1])) on = e, cue = 1;
      if (on == std::string::npos || text::words(f.substr(e, on - e)).size() > 5) continue;
      const auto mine = find_date(t.substr(on + cue, 24));
      if (!mine || t.substr(on + cue, 24).find_first_of("0123456789") > 1) continue;
      const auto earlier = find_date(t.substr(0, at));
      if (earlier && *earlier != *mine) return mine;
    }
  }
  return std::nullopt;
}

// Whether the date at `at` in the folded line is a stamp's: a stamp's cue
// stands before it with no number between ("Skrevet onsdag d. 26. februar
// 2020 Generalforsamlingen i Hjerteforeningen Herning mandag 24. Feb.
// 2020"); a date after the stamp's own date is not ("Handicaprådet
// Publiceret 25-10-2017 Onsdag den 25-10-2017 kl. 16:15", a transcript
// that ran Gribskov's stamp and date lines into one).
bool stamped(std::string_view folded, std::size_t at) {
  std::size_t from = at > 40 ? at - 40 : 0;
  if (const auto digit = folded.substr(from, at - from).find_last_of("0123456789"); digit != std::string_view::npos)
    from += digit + 1;
  return is_document_date_line(folded.substr(from, at - from));
}

// A date after its weekday near the start of one of the header's first
// lines: a transcript's first page, whose pages the extraction may run into
// one line, names the meeting's day so before anything else ("1 FynBus
// Bestyrelse Referat Torsdag den 8. december 2016 Deltagere: ...", "Referat
// til Udvalget for Kultur og Fritid Mødedato: Tirsdag den 9. juni 2015",
// "Referat af bestyrelsesmøde Mandag d. 16. december 2013"); a meeting a
// case's text cites further on ("På bestyrelsesmødet den 7. september 2016
// besluttede bestyrelsen ...") is another's. Seen in the first page of 20
// dev transcripts of 19 bodies (FynBus, Tårnby, Varde, Lejre, Vækstforum,
// the Vikingeskibsmuseum, a library association, kd-net, ...). The weekday
// stands within `reach` bytes of its line's start.
std::optional<std::string> weekday_date_near_start(const std::vector<Line>& lines, std::size_t end,
                                                   std::size_t reach) {
  for (std::size_t i = 0; i < lines.size() && i < end && i < 6; ++i) {
    const std::string f = text::fold(lines[i].text);
    // (Not the whole line after a stamp: a transcript runs the stamp's
    // line into the meeting's; only the date the stamp stands before is
    // the document's.)
    const std::size_t limit = std::min<std::size_t>(f.size(), reach);
    for (std::string_view day : k_weekdays) {
      for (std::size_t at = f.find(day); at != std::string::npos && at < limit; at = f.find(day, at + 1)) {
        if ((at > 0 && f[at - 1] != ' ') || names_other_meeting(f, at) || stamped(f, at)) continue;
        std::size_t k = at + day.size();
        if (k < f.size() && f[k] == ',') ++k;
        if (k >= f.size() || f[k] != ' ') continue;
        ++k;
        if (text::starts_with(std::string_view(f).substr(k), "den ")) k += 4;
        else if (text::starts_with(std::string_view(f).substr(k), "d. ")) k += 3;
        if (k >= f.size() || !is_digit(f[k])) continue;
        if (auto d = find_date(std::string_view(lines[i].text).substr(k, 40))) return d;
      }
    }
  }
  return std::nullopt;
}

// The date a title's lead-in and its meeting name ("Referat fra møde i
// Gudenåkomitéen 7. juni 2013", "Referat til mødet i HMU - RRA den 18.
// september 2023") give, the lead-in within `reach` bytes of the line's
// start; nullopt when there is none.
std::optional<std::string> date_after_lead(std::string_view line, const std::string& f, std::size_t reach) {
  for (std::string_view lead : {"referat fra møde i ", "referat af møde i ", "referat fra mødet i ",
                                "referat af mødet i ", "referat til møde i ", "referat til mødet i ",
                                "dagsorden til møde i ", "dagsorden til mødet i ", "dagsorden for møde i ",
                                "dagsorden for mødet i "}) {
    const auto at = f.find(lead);
    // (A position in `f` past the line's end: folding lengthened it, "ß".)
    if (at == std::string::npos || at > reach || at + lead.size() > line.size() || names_other_meeting(f, at))
      continue;
    std::string_view rest = line.substr(at + lead.size());
    rest = rest.substr(0, std::min<std::size_t>(rest.size(), 110));
    // The sentence ends the phrase: ". " before a capital not after a digit.
    for (std::size_t k = 1; k + 2 < rest.size(); ++k)
      if (rest[k] == '.' && rest[k + 1] == ' ' && !is_digit(rest[k - 1]) && starts_upper(rest.substr(k + 2))) {
        rest = rest.substr(0, k);
        break;
      }
    if (auto d = find_date(rest)) return d;
  }
  return std::nullopt;
}

bool is_weekday(std::string_view word);

// The date that starts at byte `from` of the folded line `f`, its weekday
// and "den" or "d." before it or not: "tirsdag den 5. marts 2019",
// "15.04.2023"; nullopt when none starts there.
std::optional<std::string> date_at_word(std::string_view f, std::size_t from) {
  auto word_at = [&](std::size_t at) {
    const std::size_t e = f.find(' ', at);
    return f.substr(at, e == std::string_view::npos ? f.size() - at : e - at);
  };
  if (from < f.size() && is_weekday(word_at(from))) from += word_at(from).size() + 1;
  if (from < f.size() && (word_at(from) == "den" || word_at(from) == "d.")) from += word_at(from).size() + 1;
  if (from >= f.size() || !is_digit(f[from])) return std::nullopt;
  std::size_t where = 0;
  auto d = find_date(f.substr(from, 32), &where);
  return d && where == 0 ? d : std::nullopt;
}

// The date right after the meeting's word that starts at byte `at` of the
// folded line `f` ("bestyrelsesmøde 5. marts 2019", "menighedsrådsmødet
// 27. marts 2019", "bestyrelsesmøde, 7. marts 2023"); nullopt when the
// word there is no meeting's or no date follows it.
std::optional<std::string> date_after_meeting_word_at(std::string_view f, std::size_t at) {
  const std::size_t end = f.find(' ', at);
  if (end == std::string_view::npos) return std::nullopt;
  std::string_view word = f.substr(at, end - at);
  if (!word.empty() && word.back() == ',') word.remove_suffix(1);
  if (!ends_with(word, "møde") && !ends_with(word, "mødet")) return std::nullopt;
  return date_at_word(f, end + 1);
}

// "Referat af bestyrelsesmøde 5. marts 2019", "Bestyrelsesmøde 15.04.2023",
// "Referat fra menighedsrådsmødet 27. marts 2019", "REFERAT FRA
// BESTYRELSESMØDE 11. MAJ 2020", "Bestyrelsesmøde, 7. marts 2023",
// "Referat af bestyrelsesmøde tirsdag den 5. marts 2019": a heading that
// opens with the meeting's word (after a lead-in) and gives its day right
// after it (the heading of some twenty dev boards, parish and local
// councils, clubs and associations): that date; nullopt when the line
// opens otherwise. `f` is the line folded.
std::optional<std::string> date_after_meeting_word(std::string_view f) {
  std::size_t at = voc::title_lead_in(f);
  while (at < f.size() && (f[at] == ' ' || f[at] == ':')) ++at;
  return date_after_meeting_word_at(f, at);
}

// "... Der er valg til Pårørenderådet hvert år ... Referat fra
// Pårørenderådsmøde 04.02.2020 ...": a web page printed as a transcript
// runs the site's text before the heading of the line form's rule
// (date_after_meeting_word) into its first page line (Brande Åcenter's
// Pårørenderåd 336 as a transcript). "Referat fra"/"Referat af" and the
// meeting's word, its date right after, within the line's first `reach`
// bytes, no other meeting named before it.
std::optional<std::string> date_after_meeting_word_within(std::string_view f, std::size_t reach) {
  for (std::string_view lead : {"referat fra ", "referat af "})
    for (std::size_t at = f.find(lead); at != std::string_view::npos && at < reach; at = f.find(lead, at + 1)) {
      if ((at > 0 && f[at - 1] != ' ') || names_other_meeting(f, at)) continue;
      if (auto d = date_after_meeting_word_at(f, at + lead.size())) return d;
    }
  return std::nullopt;
}

// The date a phrase names as the meeting's in the header's first lines:
// "Referat fra møde i Gudenåkomitéen 7. juni 2013" (a title's lead-in, the
// meeting and its date in one sentence), "14. august 2012 (ekstraordinær)"
// (a date with the meeting's kind). A page's or print's bare date above it
// ("9. august 2013", "Mandag, 09 december 2019") is the document's.
// The date a bracketed "(ekstraordinær)" / "(ordinær)" follows in a longer
// line: a transcript runs the heading "14. august 2012 (ekstraordinær)"
// into the page's stamp before it ("Mandag, 09 december 2019 14. august
// 2012 (ekstraordinær) REFERAT ...", Haslund-Ølst menighedsråd 248 as a
// transcript). The date nearest before the note, at most four words
// before it, within the line's first 200 bytes.
std::optional<std::string> date_before_ordinary_note(std::string_view line, const std::string& f) {
  std::size_t note = f.find("(ekstraordinær");
  if (note == std::string::npos) note = f.find("(ordinær");
  if (note == std::string::npos || note > 200 || note > line.size()) return std::nullopt;
  std::optional<std::string> last;
  std::size_t last_at = 0;
  for (std::size_t from = 0; from < note;) {
    std::size_t where = 0;
    const auto d = find_date(line.substr(from, note - from), &where);
    if (!d) break;
    last = d;
    last_at = from + where;
    // (On past the date's first number: "4. august 2012" in "14. august
    // 2012" is not another.)
    from = last_at + 1;
    while (from < note && is_digit(line[from])) ++from;
  }
  if (!last || text::words(line.substr(last_at, note - last_at)).size() > 4) return std::nullopt;
  return last;
}

std::optional<std::string> date_of_meeting_phrase(const std::vector<Line>& lines, std::size_t end) {
  if (auto d = weekday_date_after_paper_date(lines, end)) return d;
  for (std::size_t i = 0; i < lines.size() && i < end && i < 40; ++i) {
    const std::string f = text::fold(lines[i].text);
    if (is_document_date_line(f)) continue;
    if (text::words(f).size() <= 6 && f.find("ordinær") != std::string::npos)
      if (auto d = find_date(lines[i].text)) return d;
    if (auto d = date_before_ordinary_note(lines[i].text, f)) return d;
    // "Bestyrelsesmøde den 12. januar, 2022", "Referat bestyrelsesmøde den
    // 26.2.23": a short heading line naming the meeting and its day.
    if (text::words(f).size() <= 8)
      for (std::string_view cue : {"møde den ", "mødet den ", "møde d. ", "mødet d. "})
        if (const auto at = f.find(cue); at != std::string::npos && at <= 40 && !names_other_meeting(f, at))
          if (auto d = find_date(std::string_view(f).substr(at + cue.size()))) return d;
    if (auto d = date_after_lead(lines[i].text, f, 200)) return d;
    if (text::words(f).size() <= 8)
      if (auto d = date_after_meeting_word(f)) return d;
  }
  return std::nullopt;
}

// The month a header names the meeting by, when it gives no day:
// "Rådsmøde, april 2020", "Bestyrelsesmøde marts 2021", "Møde i maj 2019"
// -> "2020-04". A date of another month above it is the page's, not the
// meeting's.
std::optional<std::string> meeting_month(const std::vector<Line>& lines, std::size_t end) {
  for (std::size_t i = 0; i < end && i < 40; ++i) {
    const std::string f = text::fold(lines[i].text);
    // (A transcript runs the header into one line, "1 11. maj 2020
    // Rådsmøde, april 2020 Rådet drøftede ...": there the phrase must open
    // the line, and the 80 characters from its word on hold no date.)
    const bool run_on = f.size() > 80;
    if (!run_on && find_date(f)) continue;
    const auto ws = text::words(f);
    for (std::size_t k = 0; k + 2 < ws.size(); ++k) {
      std::string_view w = ws[k];
      const auto at = static_cast<std::size_t>(w.data() - f.data());
      if (run_on && at > 80) break;
      while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
      if (!ends_with(w, "møde")) continue;
      if (run_on && find_date(std::string_view(f).substr(at, 80))) continue;
      std::size_t m = k + 1;
      if (ws[m] == "i" && m + 2 < ws.size()) ++m;
      const auto month = std::find(k_month_names.begin(), k_month_names.end(), ws[m]);
      std::size_t y = 0;
      const std::string_view year = ws[m + 1];
      if (month == k_month_names.end() || year.size() < 4 || read_number(year, y, 4) < 1900 || y != 4) continue;
      const auto number = month - k_month_names.begin() + 1;
      return std::string(year.substr(0, 4)) + (number < 10 ? "-0" : "-") + std::to_string(number);
    }
  }
  return std::nullopt;
}

// "Ingen", "Ingen.", "Ingen afbud": the list names nobody.
bool is_nobody(std::string_view value) {
  const std::string f = text::fold(trim(value));
  return f == "ingen" || f == "ingen." || f == "ingen afbud" || f == "ingen afbud." || f == "-" || f == "ingen fraværende";
}

// The body a recommendation is addressed to: "Administrationen indstiller
// over for udvalget for det nære sundhedsvæsen:", "Det indstilles til
// Økonomiudvalget, at ...".
std::optional<std::string> addressee_of(std::string_view line) {
  const std::string f = text::fold(line);
  for (std::string_view cue : {"indstiller over for ", "indstiller overfor ", "indstilles over for ",
                               "indstilles overfor ", "indstilles til ", "indstiller til "}) {
    const auto at = f.find(cue);
    if (at == std::string::npos) continue;
    std::string_view rest = line.substr(std::min(line.size(), at + cue.size()));
    for (std::string_view stop : {":", ", at", " at ", ","})
      if (const auto e = rest.find(stop); e != std::string_view::npos) rest = rest.substr(0, e);
    // A sentence's full stop, not an abbreviation's ("Kgs. Enghave
    // Lokaludvalg"): after a word of four letters or more.
    for (std::size_t e = rest.find('.'); e != std::string_view::npos; e = rest.find('.', e + 1)) {
      const std::size_t b = rest.find_last_of(' ', e);
      if (e - (b == std::string_view::npos ? 0 : b + 1) >= 4 || e + 1 == rest.size()) {
        rest = rest.substr(0, e);
        break;
      }
    }
    rest = trim(rest);
    const std::string fr = text::fold(rest);
    if (rest.empty() || text::words(rest).size() > 10 || !voc::is_body_name(fr)) continue;
    std::string body(rest);
    // "udvalget for ..." as the sentence writes it; the name starts with a capital.
    if (body[0] >= 'a' && body[0] <= 'z') body[0] = static_cast<char>(body[0] - 'a' + 'A');
    return body;
  }
  return std::nullopt;
}

// A line under a name in an attendance list that gives that person's role
// or party: "Formand", "(A)", "næstformand, Venstre".
bool is_role_line(std::string_view t) {
  t = trim(t);
  if (t.empty() || t.front() == '(') return true;
  const auto ws = text::words(t);
  return ws.size() <= 3 && (voc::is_job_title(text::fold(trim(ws.front()))) || !text::starts_capital(ws.front()));
}

// A person's post written out on the line under the name in a list: a job
// title, maybe after an adjective, and what it heads ("Daglig leder af
// Ungdomsskolen og Fritidsungdomsklubberne", "Leder af Unge- og
// Kulturcentret", "Direktør for Social og Sundhed"; Halsnæs' youth school
// board 823).
bool is_role_phrase(std::string_view t) {
  const auto ws = text::words(trim(t));
  if (ws.size() < 3 || ws.size() > 10 || t.back() == '.') return false;
  for (std::size_t k = 0; k < 2 && k + 1 < ws.size(); ++k) {
    const std::string next = text::fold(ws[k + 1]);
    if (voc::is_job_title(text::fold(ws[k])) && (next == "af" || next == "for" || next == "i" || next == "ved"))
      return k == 0 || !text::starts_capital(ws[1]);
  }
  return false;
}

// The one year a title names ("Referater af møder i Handicaprådet i 2022"),
// a number of four digits from 1990 to 2099 standing alone; nullopt when it
// names none or several.
std::optional<int> only_year(std::string_view title) {
  std::optional<int> year;
  for (std::string_view w : text::words(title)) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':' || w.back() == ')')) w.remove_suffix(1);
    if (w.size() != 4 || !std::all_of(w.begin(), w.end(), is_digit)) continue;
    const int y = std::stoi(std::string(w));
    if (y < 1990 || y > 2099 || (year && *year != y)) return std::nullopt;
    year = y;
  }
  return year;
}

// The month a title names with its one year ("Referat Korpsledelsens møde
// juni 2012" -> 6): the month's name just before the year; 0 when none.
int month_before_year(std::string_view title, int year) {
  const std::string f = text::fold(title);
  const auto ws = text::words(f);
  for (std::size_t k = 0; k + 1 < ws.size(); ++k) {
    std::string_view y = ws[k + 1];
    while (!y.empty() && (y.back() == '.' || y.back() == ',' || y.back() == ':' || y.back() == ')')) y.remove_suffix(1);
    if (y != std::to_string(year)) continue;
    std::string_view w = ws[k];
    while (!w.empty() && w.back() == ',') w.remove_suffix(1);
    if (const auto m = std::find(k_month_names.begin(), k_month_names.end(), w); m != k_month_names.end())
      return static_cast<int>(m - k_month_names.begin()) + 1;
  }
  return 0;
}

bool is_weekday(std::string_view word) {
  const std::string f = text::fold(trim(word));
  for (std::string_view d : k_weekdays)
    if (text::starts_with(f, d)) return true;
  return false;
}

// A line that is only a date, with its weekday and clock time: "Tirsdag den
// 11-06-2019 kl. 17:30", "d. 4. april 2022, kl. 16.00-18.00". Web exports
// print the meeting's date so under the body's name.
bool is_date_line(std::string_view line) {
  if (!find_date(line)) return false;
  for (std::string_view w : text::words(line)) {
    const std::string f = text::fold(w);
    if (is_weekday(w) || f == "den" || f == "d." || f == "kl." || f == "kl" || f == "klokken" || f == "-" ||
        f == "–")
      continue;
    if (!is_digit(w[0]) && find_date("1. " + std::string(w) + " 2000")) continue;  // "april", "dec."
    std::size_t k = 0;
    while (k < w.size() && (is_digit(w[k]) || w[k] == '.' || w[k] == '-' || w[k] == '/' || w[k] == ':' ||
                            w[k] == ','))
      ++k;
    if (k != w.size()) return false;
  }
  return true;
}

// True for the folded word of an association's meeting of its members:
// "generalforsamling", "generalforsamlingen" (also as minutes misspell it,
// "generelforsamling"). A meeting, never a body.
bool is_general_assembly(std::string_view folded) {
  while (!folded.empty() && (folded.back() == '.' || folded.back() == ',' || folded.back() == ':')) folded.remove_suffix(1);
  for (std::string_view w : {"generalforsamling", "generalforsamlingen", "generelforsamling", "generalforsamlingens"})
    if (ends_with(folded, w)) return true;
  return false;
}

// The council a meeting word at the start of `t` is named after, in its
// definite form: "lokalrådsmøde" -> "Lokalrådet", "Forældrerådsmødet d.
// 25/4" -> "Forældrerådet", "SeniorRådsmøde" -> "SeniorRådet",
// "ÆLDRERÅDSMØDE" -> "ÆLDRERÅDET"; an acronym before "møde" names the
// body by its short name ("MR møde", "LL–møde", "ekstraordinært FU-møde"
// -> "MR", "LL", "FU"). "ordinært", "ekstraordinært" or "konstituerende"
// may come first. nullopt for an organ of an organisation
// ("Bestyrelsesmøde", "Styregruppemøde": whose board the word does not
// say), a bare "Rådsmøde" or "Udvalgsmøde" (no name), and when the meeting
// is held "i" a body named after it ("udvalgsmøde i Social- og
// Sundhedsudvalget": that name is the fuller one).
std::optional<std::string> council_of_meeting_word(std::string_view t) {
  const auto ws = text::words(t);
  std::size_t k = 0;
  while (k < ws.size() && k < 2) {
    const std::string f = text::fold(ws[k]);
    if (f != "ordinært" && f != "ordinær" && f != "ekstraordinært" && f != "ekstraordinær" &&
        f != "konstituerende")
      break;
    ++k;
  }
  if (k >= ws.size()) return std::nullopt;
  const std::string_view w = ws[k];
  const std::size_t rest_at = static_cast<std::size_t>(w.data() - t.data()) + w.size();
  // "udvalgsmøde i Social- og Sundhedsudvalget": the name after "i" is the body's.
  if (const auto in = t.find(" i ", rest_at); in != std::string_view::npos) {
    const std::string_view after = trim(t.substr(in + 3));
    if (starts_upper(after) && voc::has_body_word(text::fold(after.substr(0, std::min<std::size_t>(after.size(), 80)))))
      return std::nullopt;
  }
  for (std::string_view dash : {"-", "–"}) {
    for (std::string_view meeting : {"møde", "mødet", "MØDE"}) {
      const std::string glued = std::string(dash) + std::string(meeting);
      if (ends_with(w, glued) && text::is_acronym(w.substr(0, w.size() - glued.size())))
        return std::string(w.substr(0, w.size() - glued.size()));
    }
  }
  if (text::is_acronym(w) && k + 1 < ws.size() && (ws[k + 1] == "møde" || ws[k + 1] == "mødet" || ws[k + 1] == "Møde"))
    return std::string(w);
  const auto organ = voc::body_of_meeting_word(w);
  if (!organ || organ->second) return std::nullopt;
  std::string name = organ->first;
  const std::string fname = text::fold(name);
  for (std::string_view bare : {"rådet", "udvalget", "nævnet", "gruppen", "forum", "kommissionen", "panelet"})
    if (fname == bare) return std::nullopt;
  // Written in capitals, the definite ending too.
  if (std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) && text::fold(w) != w)
    for (char& c : name)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return name;
}

}  // namespace

// The header label `line` starts with, if any (cached on the line).
std::optional<Labelled> label_of(const Line& line) {
  if (!line.label) line.label = read_label(line);
  return *line.label;
}

bool in_cited_decision(const std::vector<Line>& lines, std::size_t begin, std::size_t i,
                       const std::optional<std::string>& date) {
  if (!date) return false;
  for (std::size_t k = i; k > begin && i - k < 40; --k) {
    const std::string_view t = trim(lines[k - 1].text);
    if (t.empty()) continue;
    if (const auto cited = cited_protocol_date(t)) return *cited != *date;
    // (A section heading between: the item's own text again.)
    if (t.size() <= 60 && voc::section_kind(text::fold(t))) return false;
  }
  return false;
}

// A line whose date is the document's, not the meeting's: when it was
// printed, published, updated or approved ("Udskrevet den 3. maj 2024",
// "Opdateret: 25. november 2016", "Offentliggjort 12.03.2024", "Dato for
// godkendelse: ...").
bool is_document_date_line(std::string_view folded) {
  // (A transcript's page runs on after its header: only the start counts.)
  folded = folded.substr(0, std::min<std::size_t>(folded.size(), 100));
  for (std::string_view cue : {"udskrevet", "udskrift", "offentliggjort", "opdateret", "publiceret", "redigeret",
                               "oprettet", "dato for godkendelse", "godkendt den", "godkendt d.", "senest ændret",
                               "udgivet", "printet", "udsendt", "dokumentdato", "journaldato", "copyright", "©",
                               // Not the meeting's either: deadlines and other meetings.
                               "frist", "deadline", "næste møde", "kommende møde", "næste mødedato", "mødeplan"})
    if (folded.find(cue) != std::string_view::npos) return true;
  // A blog post's by-line: "Skrevet onsdag d. 26. februar 2020", "Skrevet
  // af Bo Holm den 3. maj 2021" - when the minutes were put on the page.
  if (text::starts_with(folded, "skrevet ") || folded.find(" skrevet ") != std::string_view::npos) return true;
  return false;
}

void infer_region(Meeting& m, std::string_view header_text, std::string_view all_text) {
  for (const auto* s : {&m.title, &m.body}) {
    if (*s) {
      if (auto r = explicit_region(**s)) {
        m.region = r;
        return;
      }
    }
  }
  if (m.location) {
    if (auto pc = find_postcode(*m.location)) {
      if (auto r = region_of_postcode(*pc)) {
        m.region = r;
        return;
      }
    }
  }
  if (auto r = explicit_region(header_text)) {
    m.region = r;
    return;
  }
  for (const auto* s : {&m.title, &m.body, &m.location}) {
    if (*s) {
      if (auto r = municipality_region(**s)) {
        m.region = r;
        return;
      }
    }
  }
  // The region most organisations of the participants belong to, else the
  // one region the text names at least twice and alone.
  std::array<int, 5> counts{};
  for (const auto& p : m.participants)
    for (std::size_t i = 0; i < k_regions.size(); ++i)
      if (p.organisation && *p.organisation == k_regions[i]) ++counts[i];
  if (std::all_of(counts.begin(), counts.end(), [](int c) { return c == 0; })) {
    for (std::size_t i = 0; i < k_regions.size(); ++i)
      for (auto at = all_text.find(k_regions[i]); at != std::string_view::npos;
           at = all_text.find(k_regions[i], at + 1))
        ++counts[i];
    if (std::count_if(counts.begin(), counts.end(), [](int c) { return c > 0; }) != 1) return;
    if (*std::max_element(counts.begin(), counts.end()) < 2) return;
  }
  const auto best = std::max_element(counts.begin(), counts.end());
  if (*best > 0 && std::count(counts.begin(), counts.end(), *best) == 1)
    m.region = std::string(k_regions[static_cast<std::size_t>(best - counts.begin())]);
}

// A regional site prints its logo or home link above every page it
// publishes: "Region Syddanmark logo, link til forsiden", "Region
// SyddanmarkTil forsiden" (the logo's alt text glued to the link). The
// region named there publishes the minutes, whatever body met. Only the
// first lines of the page count, and only a short line where the region's
// name is followed by the logo's own words ("logo", "Til forsiden").
std::optional<std::string> region_of_site_logo(const formats::Document& document) {
  std::size_t seen = 0;
  for (const auto& block : document.blocks) {
    std::string_view rest = block.text;
    while (!rest.empty() && seen < 12) {
      const auto nl = rest.find('\n');
      const std::string_view line = trim(rest.substr(0, nl));
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      if (line.empty()) continue;
      ++seen;
      if (line.size() > 80) continue;
      for (auto r : k_regions) {
        if (!text::starts_with(line, r)) continue;
        // The logo's words right after the name, not a sentence about it.
        std::string_view after = trim(line.substr(r.size()));
        while (!after.empty() && (after.front() == ',' || after.front() == '-')) after = trim(after.substr(1));
        const std::string f = text::fold(after);
        if (text::starts_with(f, "logo") || text::starts_with(f, "til forsiden") ||
            text::starts_with(f, "link til forsiden"))
          return std::string(r);
      }
    }
    if (seen >= 12) break;
  }
  return std::nullopt;
}

// "Politisk" -> "Politisk niveau"; first letter upper-cased otherwise.
std::string normalise_forum(std::string_view forum) {
  std::string f(trim(forum));
  while (!f.empty() && (f.back() == '-' || f.back() == ' ' || f.back() == ',')) f.pop_back();
  while (!f.empty() && (f.front() == '-' || f.front() == ' ')) f.erase(0, 1);
  if (ends_with(f, " –")) f = std::string(trim(std::string_view(f).substr(0, f.size() - 4)));
  if (text::starts_with(f, "– ")) f = std::string(trim(std::string_view(f).substr(4)));
  // "Styregruppen for" (Sundhedsklyngen i Horsens): the preposition goes.
  for (std::string_view tail : {" for", " i", " af", " fra"})
    if (ends_with(f, tail)) f = std::string(trim(std::string_view(f).substr(0, f.size() - tail.size())));
  if (text::fold(f) == "politisk") return "Politisk niveau";
  if (!f.empty() && f[0] >= 'a' && f[0] <= 'z') f[0] = static_cast<char>(f[0] - 'a' + 'A');
  return f;
}

// Reads cluster and forum from a body such as "Direktørforum Sundhedsklynge
// Midt", "Sundhedsklynge Fyn - Fagligt strategisk niveau", "Klyngestyregruppe
// Midt", "Sundhedsklynge Herlev og Gentofte".
void read_cluster_and_forum(std::string_view body, Meeting& m) {
  const auto words = text::words(body);
  auto offset = [&](std::string_view w) { return static_cast<std::size_t>(w.data() - body.data()); };
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string f = text::fold(words[i]);
    if (f != "sundhedsklynge" && f != "sundhedsklyngen" && f != "klynge" && f != "klyngen") continue;
    // "Sundhedsklyngen i Horsens", "Klyngen for Aalborg": the name after "i"/"for".
    std::size_t first = i + 1;
    if (first + 1 < words.size() && (words[first] == "i" || words[first] == "for") && starts_upper(words[first + 1]))
      ++first;
    std::size_t end = first;
    while (end < words.size()) {
      if (ends_cluster_name(words[end])) break;
      // "Herlev og Gentofte", "Bispebjerg og Frederiksberg": a name of two.
      if (end + 2 < words.size() + 1 && end + 1 < words.size() && words[end + 1] == "og" &&
          end + 2 < words.size() && !ends_cluster_name(words[end + 2])) {
        end += 3;
        continue;
      }
      ++end;
      break;
    }
    if (end == first) continue;
    std::string cluster(body.substr(offset(words[first]), offset(words[end - 1]) + words[end - 1].size() - offset(words[first])));
    while (!cluster.empty() && (cluster.back() == ',' || cluster.back() == '.')) cluster.pop_back();
    m.cluster = cluster;
    const std::string forum = std::string(body.substr(0, offset(words[i]))) + " " +
                              std::string(body.substr(offset(words[end - 1]) + words[end - 1].size()));
    if (!trim(forum).empty()) m.forum = normalise_forum(forum);
    return;
  }
  // "Klyngestyregruppe Midt": a cluster body's own word before the name.
  if (words.size() >= 2 && words.size() <= 5 && text::fold(words[0]).find("klynge") != std::string::npos &&
      starts_upper(words[1]) && !ends_cluster_name(words[1])) {
    m.cluster = std::string(body.substr(offset(words[1])));
    m.forum = normalise_forum(words[0]);
    return;
  }
  // "Direktørforum Midt", "Politisk Sydvestjylland", "Fagligt strategisk
  // niveau Nord" (a cluster's meeting table: "Møde<TAB>Chefforum Fyn"): one
  // of the cluster fora, then the cluster's name of one to three words.
  const std::string folded(text::fold(body));
  if (const std::size_t n = voc::cluster_forum_prefix(folded); n > 0 && n < folded.size()) {
    std::size_t k = 0;
    while (k < words.size() && offset(words[k]) < n) ++k;
    const std::size_t names = words.size() - k;
    if (names < 1 || names > 3) return;
    for (std::size_t j = k; j < words.size(); ++j)
      if (ends_cluster_name(words[j]) && words[j] != "og") return;
    if (voc::is_body_name(text::fold(words.back()))) return;
    m.cluster = std::string(body.substr(offset(words[k])));
    m.forum = normalise_forum(body.substr(0, offset(words[k])));
  }
}

namespace {

// "8.", "12.": a meeting's number before the word for it.
bool is_ordinal(std::string_view w) {
  return w.size() >= 2 && w.size() <= 4 && w.back() == '.' &&
         std::all_of(w.begin(), w.end() - 1, [](char c) { return is_digit(c); });
}

// The folded kind of a meeting before the word for it: "ordinære",
// "ekstraordinære", "konstituerende".
bool is_meeting_kind(std::string_view f) {
  for (std::string_view k : {"ordinære", "ordinært", "ordinær", "ekstraordinære", "ekstraordinært", "ekstraordinær",
                             "konstituerende", "første", "sidste", "næste"})
    if (f == k) return true;
  return false;
}

// True for the folded word of a public or occasional meeting, held in a
// place rather than in a body: "borgermøde", "dialogmødet", "temamøde".
bool is_public_meeting(std::string_view f) {
  while (!f.empty() && (f.back() == '.' || f.back() == ',')) f.remove_suffix(1);
  for (std::string_view w : {"borgermøde", "dialogmøde", "temamøde", "informationsmøde", "orienteringsmøde",
                             "fællesmøde", "stormøde", "debatmøde", "netværksmøde"})
    if (f == w || (f.size() == w.size() + 1 && text::starts_with(f, w) && f.back() == 't')) return true;
  return false;
}

// True for a folded name that is only a municipality or a region ("vejle
// kommune", "bornholms regionskommune", "region midtjylland"): the
// authority, not the body that met.
bool is_municipality_alone(std::string_view f) {
  const auto ws = text::words(f);
  if (ws.size() < 2 || ws.size() > 3) return false;
  return ws.back() == "kommune" || ws.back() == "regionskommune" || (ws.front() == "region" && ws.size() == 2);
}

// True for the folded last word of an event that is no body: "budgetseminar",
// "temadagen", "strategidag", "konference", "workshop", "kick-off",
// "studietur".
bool is_event(std::string_view f) {
  for (std::string_view e : {"seminar", "seminaret", "dag", "dagen", "konference", "konferencen", "workshop",
                             "kick-off", "studietur", "studieturen", "ekskursion"})
    if (ends_with(f, e)) return true;
  return false;
}

// Where a header label starts inside a title ("Referat Økonomiudvalget
// Mødedato: 3. marts 2025 Mødested: Rådhuset", a transcript's header run
// into one line): a word after the first that is a label of the date,
// time, place or meeting with its colon, or a compound label of the date,
// time or place ("Mødedato", "Mødested") without it. npos when none.
std::size_t embedded_header_label(std::string_view t) {
  const auto ws = text::words(t);
  for (std::size_t k = 1; k < ws.size(); ++k) {
    std::string_view w = ws[k];
    const bool colon = w.back() == ':';
    if (colon) w.remove_suffix(1);
    if (w.empty() || !text::starts_capital(w)) continue;
    const std::string f = text::fold(w);
    const auto field = voc::header_field(f);
    if (!field) continue;
    const bool when_or_where = *field == Field::date || *field == Field::time || *field == Field::place;
    if ((colon && (when_or_where || *field == Field::meeting)) ||
        (when_or_where && f.size() >= 7 && text::starts_with(f, "møde")))
      return static_cast<std::size_t>(ws[k].data() - t.data());
  }
  return std::string_view::npos;
}

}  // namespace

// What a title keeps after the body's name once its date is cut off: the
// paper's kind after a dash ("Psykiatrisk dialogforum - referat 22-09-2009",
// "Regionsrådet - referat 26-01-2009") and "den", with its weekday, whose
// date the transcript lost ("... i Danske Regioners bestyrelse torsdag den kl.
// 11:00"). Neither is part of the name.
std::string without_paper_word_or_lost_date(std::string body) {
  for (bool more = true; more && !body.empty();) {
    more = false;
    const auto bw = text::words(body);
    if (bw.size() < 2) break;
    const std::string last = text::fold(bw.back());
    const std::size_t last_at = static_cast<std::size_t>(bw.back().data() - body.data());
    // ("Økonomiudvalget ... Torsdag kl. 8:00": a weekday alone is left for
    // the checks below; only "den" with nothing after it lost its date.)
    if (last == "den" || last == "d.") {
      std::size_t cut = last_at;
      if (bw.size() >= 3 && is_weekday(bw[bw.size() - 2]))
        cut = static_cast<std::size_t>(bw[bw.size() - 2].data() - body.data());
      body = std::string(trim(std::string_view(body).substr(0, cut)));
      more = true;
      continue;
    }
    for (std::string_view dash : {" - ", " – "}) {
      if (last_at < dash.size() || std::string_view(body).substr(last_at - dash.size(), dash.size()) != dash) continue;
      if (voc::title_lead_in(last) != last.size()) continue;
      body = std::string(trim(std::string_view(body).substr(0, last_at - dash.size())));
      more = true;
      break;
    }
  }
  return body;
}

namespace {

// "UDKAST - Referat af ...", "Udkast: Referat ...": a status before the
// title.
void strip_status_before_title(std::string& t) {
  for (std::string_view status : {"udkast", "godkendt", "endeligt", "foreløbigt"}) {
    const std::string f = text::fold(std::string_view(t).substr(0, std::min<std::size_t>(t.size(), 40)));
    if (!text::starts_with(f, status) || f.size() <= status.size() ||
        std::string_view(" -–:").find(f[status.size()]) == std::string_view::npos)
      continue;
    std::size_t at = status.size();
    while (at < t.size() && std::string_view(" -:").find(t[at]) != std::string_view::npos) ++at;
    if (text::starts_with(std::string_view(t).substr(at), "–")) at += 3;
    t = std::string(trim(std::string_view(t).substr(at)));
    break;
  }
}

// "Udvalg – Referat – dato": the parts that are neither lead-ins nor dates.
void keep_dashed_parts_naming_body(std::string& t) {
  for (std::string_view sep : {" – ", " - ", " | "}) {
    if (t.find(sep) == std::string::npos) continue;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
      const auto at = t.find(sep, start);
      parts.emplace_back(trim(std::string_view(t).substr(start, at == std::string::npos ? std::string::npos : at - start)));
      if (at == std::string::npos) break;
      start = at + sep.size();
    }
    const bool has_lead = std::any_of(parts.begin(), parts.end(), [](const std::string& p) {
      return voc::title_lead_in(text::fold(p)) == text::fold(p).size();
    });
    if (!has_lead) break;  // "Sundhedsklynge Fyn - Fagligt strategisk niveau" is one body
    // "Dagsorden og referat - Økonomiudvalget - 22.11.2023 - Aarhus
    // Kommune": of several parts left, those with a body's word.
    std::vector<std::string> left;
    for (const auto& p : parts) {
      const std::string f = text::fold(p);
      if (p.empty() || voc::title_lead_in(f) == f.size() || (find_date(p) && text::words(p).size() <= 6)) continue;
      left.push_back(p);
    }
    if (std::count_if(left.begin(), left.end(), [](const std::string& p) { return voc::has_body_word(text::fold(p)); }) >= 1)
      left.erase(std::remove_if(left.begin(), left.end(),
                                [](const std::string& p) { return !voc::has_body_word(text::fold(p)); }),
                 left.end());
    std::string kept;
    for (const auto& p : left) {
      if (!kept.empty()) kept += std::string(sep);
      kept += p;
    }
    t = kept;
    break;
  }
}

// "Referat Referat af bestyrelsesmøde": lead-ins, as many as there are.
// False when a lead-in ends in a meeting with guests.
bool strip_lead_ins(std::string& t) {
  for (int round = 0; round < 3; ++round) {
    const std::string folded = text::fold(t);
    const auto lead = voc::title_lead_in(folded);
    if (lead == 0) break;
    // "Referat fra møde med Rådet for ...": a meeting with guests names
    // them, not the body that met.
    if (const std::string_view head = std::string_view(folded).substr(0, lead);
        ends_with(head, "møde med") || ends_with(head, "mødet med"))
      return false;
    // Case folding keeps byte lengths for Danish letters, so the offset
    // carries over to the original.
    if (lead <= t.size()) t = std::string(trim(std::string_view(t).substr(lead)));
    while (!t.empty() && (t.front() == ':' || t.front() == '-' || t.front() == '.'))
      t = std::string(trim(std::string_view(t).substr(1)));
  }
  return true;
}

// "Forum: Handicaprådet Tid: ...": the body's own label first.
void strip_body_label(std::string& t) {
  if (const auto colon = t.find(": "); colon != std::string::npos && colon <= 12) {
    const auto f = voc::header_field(text::fold(std::string_view(t).substr(0, colon)));
    if (f && (*f == Field::body || *f == Field::meeting)) t = std::string(trim(std::string_view(t).substr(colon + 2)));
  }
}

// "Referat Økonomiudvalget Mødedato: ...": a header label run into the
// title ends it.
void cut_embedded_header(std::string& t) {
  if (const auto label = embedded_header_label(t); label != std::string_view::npos)
    t = std::string(trim(std::string_view(t).substr(0, label)));
}

// "Møde med Rådet for Etniske Minoriteter": a meeting with guests names
// them, not the body that met.
bool is_meeting_with_guests(std::string_view t) {
  const auto ws = text::words(t);
  return ws.size() >= 2 && ends_with(text::fold(ws[0]), "møde") && text::fold(ws[1]) == "med";
}

// "Referat af møde mellem Ældrerådet og Handicaprådet": the bodies that
// met together.
void strip_between(std::string& t) {
  const auto ws = text::words(t);
  if (ws.size() >= 2 && text::fold(ws[0]) == "mellem" && starts_upper(ws[1]))
    t = std::string(t.substr(static_cast<std::size_t>(ws[1].data() - t.data())));
}

// "Organisering af MEDudvalg", "Evaluering af Ældrerådet": a topic.
// ("Udvikling af Albertslund Midtby" is a § 17.4 committee's name.)
bool is_topic_of_body(std::string_view t) {
  const auto ws = text::words(t);
  return ws.size() >= 3 && text::fold(ws[1]) == "af" && !voc::has_body_word(text::fold(ws[0])) &&
         !ends_with(text::fold(ws[0]), "møde") && !ends_with(text::fold(ws[0]), "mødet") &&
         voc::has_body_word(text::fold(std::string_view(t).substr(static_cast<std::size_t>(ws[2].data() - t.data()))));
}

// "Landsbyklyngen Langeland og Strynø, der blev holdt på ...": a relative
// clause after the name says where or when.
void cut_relative_clause(std::string& t) {
  for (std::string_view rel : {", der ", ", som "})
    if (const auto at = t.find(rel); at != std::string::npos) t.resize(at);
}

// "Bestyrelsesmøde Dagtilbudsdistrikt Elverdam, Tølløse": an organ's
// meeting before a capitalised name names the organ of the organisation
// so named (up to a comma, date or time).
std::optional<std::string> organ_of_named_organisation(std::string_view t) {
  const auto ws = text::words(t);
  if (ws.size() >= 2 && starts_upper(ws[1]) && !is_weekday(ws[1]) && !is_digit(ws[1][0]) &&
      !find_date("1. " + std::string(ws[1]) + " 2000") && voc::title_lead_in(text::fold(ws[1])) == 0) {
    const auto organ = voc::body_of_meeting_word(ws[0]);
    const std::string f1 = text::fold(ws[1]);
    if (organ && organ->second && f1 != "i" && !voc::header_field(f1)) {
      std::string_view name = std::string_view(t).substr(static_cast<std::size_t>(ws[1].data() - t.data()));
      if (const auto comma = name.find(','); comma != std::string_view::npos) name = name.substr(0, comma);
      const auto nw = text::words(name);
      std::size_t end = 0;
      for (std::size_t k = 0; k < nw.size() && k < 6; ++k) {
        if (!starts_upper(nw[k]) || is_weekday(nw[k]) || is_digit(nw[k][0])) break;
        end = k + 1;
      }
      if (end > 0 && end == nw.size())
        return organ->first + " i " + std::string(name.substr(0, static_cast<std::size_t>(nw[end - 1].data() - name.data()) + nw[end - 1].size()));
    }
  }
  return std::nullopt;
}

bool is_association_word(std::string_view w);

// "bestyrelsesmøde i grundejerforeningen Fjordparken Øst", "bestyrelsesmødet
// i landsbyforeningen": an association's board meets "i" the association,
// its word written in lower case as running text writes it.
bool lower_case_association(std::string_view w) { return !starts_upper(w) && is_association_word(text::fold(w)); }

// "Referat af bestyrelsesmødet onsdag den 29.4.20 kl. 19.00 i Klubhuset.",
// "tirsdag den 26.02.08 kl. 19.00 i HBS klubhus", "bestyrelsesmøde
// 19.03.2024 kl. 16-18 i Ryslinge Forsamlingshus": after the clock time
// (words[from, to) hold "kl." or "kl") "i" names the room the meeting is
// held in, not the organisation whose board meets - unless what follows is
// an association's or a body's name ("kl. 19 i Grundejerforeningen X").
bool held_in_place_at_time(const std::vector<std::string_view>& ws, std::size_t from, std::size_t to,
                           std::string_view after) {
  bool clock = false;
  for (std::size_t k = from; k < to && k < ws.size() && !clock; ++k) {
    const std::string w = text::fold(ws[k]);
    clock = w == "kl." || w == "kl";
  }
  if (!clock) return false;
  const auto aw = text::words(after);
  return std::none_of(aw.begin(), aw.end(), [](std::string_view w) { return is_association_word(text::fold(w)); }) &&
         !voc::has_body_word(text::fold(after));
}

// The organs of an organisation in their definite form, as running text
// writes them in lower case ("bestyrelsen for X").
constexpr auto k_organs = std::to_array<std::string_view>(
    {"bestyrelsen", "repræsentantskabet", "forretningsudvalget", "styregruppen", "direktionen"});

// "2. rådsmøde i Medicinrådet", "ordinært møde i Byrådet", "Møde d. 6.
// februar 2023 i Patient- og Pårørenderådet": the meeting before "i"
// names the body after it; "bestyrelsesmøde i Danske Ældreråd" names the
// board of the organisation after it. False for a public meeting held in
// a place.

bool keep_body_after_meeting_in(std::string& t) {
  const auto ws = text::words(t);
  for (std::size_t i = 0; i + 2 < ws.size() && i < 4; ++i) {
    const std::string f = text::fold(ws[i]);
    // "Generalforsamling i Grundejerforeningen X", "Generalforsamling for
    // Alzheimerforeningens lokalforening ...": an association's meeting of
    // its members names the association after "i" or "for".
    const bool assembly = is_general_assembly(f);
    if (!ends_with(f, "møde") && !ends_with(f, "mødet") && !assembly) continue;
    // "Referat fra Ældrerådets møde den 30. november 2015 i St. Magleby
    // Stuen": the genitive names the body, "i" the room.
    if (i > 0 && (f == "møde" || f == "mødet")) {
      const std::string owner = text::fold(ws[i - 1]);
      if (owner.size() > 4 && owner.back() == 's' && voc::has_body_word(owner.substr(0, owner.size() - 1)))
        break;
    }
    std::size_t in = i + 1;
    // Only a date and time between the meeting and "i".
    while (in < ws.size() && in <= i + 8 && ws[in] != "i" && ws[in].find(',') == std::string_view::npos &&
           (is_digit(ws[in][0]) || is_weekday(ws[in]) || find_date("1. " + std::string(ws[in]) + " 2000") ||
            text::fold(ws[in]) == "d." || text::fold(ws[in]) == "den" || text::fold(ws[in]) == "kl." ||
            text::fold(ws[in]) == "kl"))
      ++in;
    // "Ordinært møde i bestyrelsen for VIA University College": an organ in
    // lower case before "for" or "i" and the organisation's name, as
    // "Referat af møde i bestyrelsen for Århus Statsgymnasium" and "til
    // mødet i Repræsentantskabet for Midttrafik" name it.
    const auto organ_of_named = [&](std::size_t w) {
      const std::string organ = text::fold(ws[w]);
      return w + 2 < ws.size() && (ws[w + 1] == "for" || ws[w + 1] == "i") && starts_upper(ws[w + 2]) &&
             std::any_of(k_organs.begin(), k_organs.end(), [&](std::string_view o) { return ends_with(organ, o); });
    };
    if (in + 1 >= ws.size() || !(ws[in] == "i" || (assembly && ws[in] == "for")) ||
        !(starts_upper(ws[in + 1]) || (ws[in] == "i" && lower_case_association(ws[in + 1]) && in + 2 < ws.size() &&
                                       starts_upper(ws[in + 2])) ||
          (ws[in] == "i" && organ_of_named(in + 1))))
      continue;
    std::string after(t.substr(static_cast<std::size_t>(ws[in + 1].data() - t.data())));
    if (assembly && !after.empty() && after.back() == '.') after.pop_back();
    if (held_in_place_at_time(ws, i + 1, in, after)) return false;
    // "borgermøde i Hvide Sande", "dialogmøde i Landdistrikterne": a
    // public meeting is held in a place, not in a body.
    if (is_public_meeting(f) && !voc::has_body_word(text::fold(after))) return false;
    const auto organ = voc::body_of_meeting_word(ws[i]);
    t = organ && organ->second ? organ->first + " i " + after : after;
    break;
  }
  return true;
}

// A sentence that says when or where closes the name ("Medicinrådet.
// Afholdt onsdag ...", "Ordinært møde. Dato 18. august ...").
// So does any sentence after a body's name ("REGIONAL UDVIKLINGSPLANS- OG
// TRAFIKUDVALGET. Torsdag den 10. februar", "SAMARBEJDSUDVALGET ... I
// REGION HOVEDSTADEN. * Der afholdes formøde").
void cut_sentence_after_name(std::string& t) {
  for (std::size_t d = t.find(". "); d != std::string::npos; d = t.find(". ", d + 1)) {
    const auto next = text::words(std::string_view(t).substr(d + 2));
    if (next.empty()) break;
    const std::string f = text::fold(next.front());
    const auto before = text::words(std::string_view(t).substr(0, d));
    // ("§ 17, stk. 4 udvalg vedr. tværgående sundhedspolitik": an
    // abbreviation's full stop, a word in lower case after it.)
    const bool lower_after = starts_lower(next.front());
    if (f == "afholdt" || f == "dato" || f == "tid" || f == "sted" || f == "mødested" || f == "mødedato" ||
        f == "kl" || f == "kl." || is_weekday(next.front()) ||
        (!before.empty() && before.back().size() >= 4 && !lower_after &&
         voc::has_body_word(text::fold(std::string_view(t).substr(0, d))))) {
      t = t.substr(0, d);
      break;
    }
  }
}

// The date and time at the end: " d. 08-02-2024", " den 3. marts 2025 kl. 13:00",
// " tirsdag den 5. januar 2016", ", 3. marts 2025": the name before them.
std::string name_before_date_and_time(const std::string& t) {
  const auto ws = text::words(t);
  std::size_t cut = t.size();
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::string f = text::fold(ws[i]);
    const std::string_view rest = std::string_view(t).substr(static_cast<std::size_t>(ws[i].data() - t.data()));
    if (((f == "d." || f == "den" || f == "dato" || is_weekday(ws[i])) && find_date(rest)) || f == "afholdt" ||
        (is_digit(ws[i][0]) && find_date(rest.substr(0, std::min<std::size_t>(rest.size(), 24)))) || f == "kl." ||
        f == "kl") {
      cut = static_cast<std::size_t>(ws[i].data() - t.data());
      break;
    }
  }
  std::string body(trim(std::string_view(t).substr(0, cut)));
  while (!body.empty() && (body.back() == ',' || body.back() == '-' || body.back() == ' ')) body.pop_back();
  if (ends_with(body, " –")) body = std::string(trim(std::string_view(body).substr(0, body.size() - 4)));
  return body;
}

// "Referater af møder i Handicaprådet i 2022": the year's page.
void strip_year_of_page(std::string& body) {
  if (const auto bw = text::words(body); bw.size() >= 3 && bw[bw.size() - 2] == "i" && bw.back().size() == 4 &&
                                         std::all_of(bw.back().begin(), bw.back().end(), is_digit))
    body = std::string(trim(std::string_view(body).substr(0, static_cast<std::size_t>(bw[bw.size() - 2].data() - body.data()))));
}

// "Vejle Sejlklub 2023", "Regionsrådet 2018-2021", "Børne- og
// Ungeudvalget (2018-2021)": the year or the election period after the
// name.
void strip_year_or_election_period(std::string& body) {
  if (const auto bw = text::words(body); bw.size() >= 2) {
    std::string_view last = bw.back();
    if (last.size() >= 2 && last.front() == '(' && last.back() == ')') last = last.substr(1, last.size() - 2);
    const bool year = (last.size() == 4 || (last.size() == 9 && (last[4] == '-'))) &&
                      std::all_of(last.begin(), last.end(), [](char c) { return is_digit(c) || c == '-'; }) &&
                      (text::starts_with(last, "19") || text::starts_with(last, "20"));
    if (year && starts_upper(bw[bw.size() - 2]) )
      body = std::string(trim(std::string_view(body).substr(0, static_cast<std::size_t>(bw.back().data() - body.data()))));
  }
}

// "Referat af møde i", "... mødet i": a preposition left at the end.
void strip_trailing_preposition(std::string& body) {
  for (std::string_view tail : {" i", " for", " fra", " af", " mødet i", " møde i"})
    if (ends_with(text::fold(body), tail)) body = std::string(trim(std::string_view(body).substr(0, body.size() - tail.size())));
}

// A status after the name: "Referat af bestyrelsesmøde i DANSKE ÆLDRERÅD
// GODKENDT", "... (udkast)".
void strip_status_after_name(std::string& body) {
  for (bool more = true; more && !body.empty();) {
    more = false;
    const auto bw = text::words(body);
    const std::string last = text::fold(bw.back());
    if (bw.size() >= 2 && (last == "godkendt" || last == "udkast" || last == "(udkast)" || last == "endeligt" ||
                           last == "(godkendt)" || last == "foreløbigt")) {
      body = std::string(trim(std::string_view(body).substr(0, static_cast<std::size_t>(bw.back().data() - body.data()))));
      more = true;
    }
  }
}

// "midlertidigt udvalg vedrørende digital sundhed" after a lead-in: a
// body's name in lower case.
bool is_lower_case_body_name(const std::string& body, std::string_view t, std::string_view title) {
  if (!body.empty() && !starts_upper(body) && t.size() < title.size() && text::words(body).size() <= 8) {
    const auto bw = text::words(body);
    if (voc::has_body_word(text::fold(bw[0])) || (bw.size() >= 2 && voc::has_body_word(text::fold(bw[1]))))
      return true;
  }
  return false;
}

// "Seniorrådets møde", "udsatterådets møder": the genitive names the body.
std::optional<std::string> body_of_genitive_meeting(const std::string& body) {
  if (auto bw = text::words(body); bw.size() >= 2 && bw.size() <= 8) {
    const std::string f1 = text::fold(bw.back());
    // "Skovrådets 8. ordinære møde": the meeting's number and kind between.
    std::size_t o = bw.size() - 2;
    while (o > 0 && (is_ordinal(bw[o]) || is_meeting_kind(text::fold(bw[o])))) --o;
    const std::string_view owner = bw[o];
    bw.resize(o + 2);
    // "Sundheds- og Forebyggelsesudvalget's møde": the genitive with an apostrophe.
    const std::size_t s_len = ends_with(owner, "'s") ? 2 : ends_with(owner, "’s") ? 4 : 1;
    if ((f1 == "møde" || f1 == "mødet" || f1 == "møder") && owner.size() > s_len + 3 && owner.back() == 's' &&
        voc::is_body_name(text::fold(owner.substr(0, owner.size() - s_len)))) {
      const std::size_t start = bw.size() >= 3 && starts_upper(body) ? 0 : static_cast<std::size_t>(owner.data() - body.data());
      std::string b(trim(std::string_view(body).substr(start, static_cast<std::size_t>(owner.data() - body.data()) +
                                                                  owner.size() - s_len - start)));
      if (!b.empty() && b[0] >= 'a' && b[0] <= 'z') b[0] = static_cast<char>(b[0] - 'a' + 'A');
      if (starts_upper(b)) return b;
    }
  }
  return std::nullopt;
}

// A letter's reference line, which minutes sent as letters print at the
// top: "Naturbeskyttelse J.nr. NST Ref. GRYBE" (a forest council),
// "J.nr.: U Ref.: EM Dato:" (a university college's board), "21 okt 11
// J. nr. 51" (a museum association's board). Its journal number names no
// body.
bool is_letter_reference(std::string_view folded) {
  return folded.find("j.nr") != std::string_view::npos || folded.find("j. nr.") != std::string_view::npos ||
         folded.find("journalnr") != std::string_view::npos;
}

// A meeting is no body: "Klyngerådsmøde", "Bestyrelsesmøde 29. januar
// 2016" (a compound names no body by its name), "Ordinært møde", "Mødet
// afholdt på Selmersbo", "Mødeplan 2022:".
bool is_meeting_not_body(const std::string& body) {
  const auto bw = text::words(body);
  const std::string f0 = text::fold(bw.front());
  const std::string fb = text::fold(body);
  // ("Bestyrelsesmødet", "Seneste bestyrelsesmøde": a meeting with a word
  // before it that names nobody; "DCCGs bestyrelsesmøde" is a genitive.)
  const std::string fl = text::fold(bw.back());
  const bool meeting_last = ends_with(fl, "møde") || ends_with(fl, "mødet") || ends_with(fl, "møder");
  const bool plain_before = std::all_of(bw.begin(), bw.end() - 1, [&](std::string_view w) {
    return w.data() == bw.front().data() ? !ends_with(w, "s") && !ends_with(w, "'") && text::fold(w.substr(1)) == w.substr(1)
                                         : !starts_upper(w);
  });
  if ((meeting_last && (bw.size() == 1 || (bw.size() <= 3 && plain_before))) || is_general_assembly(f0) ||
      (meeting_last && (f0 == "åbent" || f0 == "lukket")) || is_municipality_alone(fb) || is_event(fl) ||
      (bw.size() == 1 && find_date("1. " + fb + " 2000")) ||
      f0 == "mødet" || f0 == "ordinært" ||
      f0 == "ordinær" || f0 == "ekstraordinær" || f0 == "ekstraordinært" ||
      f0 == "mødeplan" || body.back() == ':' || voc::title_lead_in(fb) == fb.size() || voc::section_kind(fb) ||
      is_letter_reference(fb))
    return true;
  return false;
}

}  // namespace

namespace {

// A committee named after the section of the Local Government Act that
// sets it up, "§ 17, stk. 4 udvalg vedr. tværgående sundhedspolitik",
// "§17, stk. 4-udvalget for ...": a body's name that opens with "§".
bool paragraph_committee(std::string_view name) {
  if (!text::starts_with(name, "§")) return false;
  const std::string f = text::fold(name);
  return f.find("udvalg") != std::string::npos;
}

}  // namespace

// The body named by a title: "REFERAT Direktørforum Sundhedsklynge Midt d.
// 08-02-2024" -> "Direktørforum Sundhedsklynge Midt"; "Referat af mødet i
// Praksisplanudvalget den 3. marts 2025 kl. 13:00" -> "Praksisplanudvalget";
// "Social- og Sundhedsudvalget – Referat – 3. marts 2025" -> "Social- og
// Sundhedsudvalget". nullopt when the title is only "Referat" or a date.
// The title is narrowed step by step to the name, each step one convention.
std::optional<std::string> body_of_title(std::string_view title) {
  std::string t(trim(title));
  strip_status_before_title(t);
  keep_dashed_parts_naming_body(t);
  if (!strip_lead_ins(t)) return std::nullopt;
  strip_body_label(t);
  cut_embedded_header(t);
  // "Referat af lokalrådsmøde", "Referat fra MR møde": the council the
  // meeting word names.
  if (auto council = council_of_meeting_word(t)) return council;
  if (is_meeting_with_guests(t)) return std::nullopt;
  strip_between(t);
  if (is_topic_of_body(t)) return std::nullopt;
  cut_relative_clause(t);
  if (auto organ = organ_of_named_organisation(t)) return organ;
  if (!keep_body_after_meeting_in(t)) return std::nullopt;
  cut_sentence_after_name(t);
  std::string body = name_before_date_and_time(t);
  strip_year_of_page(body);
  strip_year_or_election_period(body);
  body = without_paper_word_or_lost_date(std::move(body));
  strip_trailing_preposition(body);
  strip_status_after_name(body);
  if (is_lower_case_body_name(body, t, title)) return body;
  if (auto genitive = body_of_genitive_meeting(body)) return genitive;
  if (body.empty() || text::words(body).size() > 12 || !(starts_upper(body) || paragraph_committee(body)))
    return std::nullopt;
  if (is_meeting_not_body(body)) return std::nullopt;
  return body;
}

std::optional<std::string> name_before_paper_kind(std::string_view t) {
  const auto ws = text::words(t.substr(0, std::min<std::size_t>(t.size(), 200)));
  for (std::size_t k = 1; k < ws.size() && k <= 8; ++k) {
    const std::size_t at = static_cast<std::size_t>(ws[k].data() - t.data());
    const std::string kind = text::fold(t.substr(at, 120));
    const std::size_t lead = voc::title_lead_in(kind);
    if (lead == 0) continue;
    // ("Hjem Politik Byråd og udvalg Referater af møder i Handicaprådet": the
    // kind leads in to the body after it; the words before are a breadcrumb.)
    const std::string_view lead_in = std::string_view(kind).substr(0, lead);
    if (ends_with(lead_in, " i") || ends_with(lead_in, " med")) return std::nullopt;
    std::string name(trim(t.substr(0, at)));
    if (!name.empty() && (name.back() == '.' || name.back() == ',')) name.pop_back();
    const std::string f = text::fold(name);
    if (name.empty() || !starts_upper(name) || voc::item_kind(f) || !voc::has_body_word(f)) return std::nullopt;
    return name;
  }
  return std::nullopt;
}

namespace {

// A month's name as a word of a date ("september", "december,").
bool is_month_name(std::string_view w) {
  std::string f = text::fold(w);
  while (!f.empty() && (f.back() == '.' || f.back() == ',')) f.pop_back();
  return std::find(k_month_names.begin(), k_month_names.end(), f) != k_month_names.end();
}

// "1 24. september 2013 DB s Forretningsudvalg Mandag den 23. september
// 2013, kl DB, Vartov" (a library association's committee), "1 Roskilde d
// Referat af møde i Vikingeskibsmuseets bestyrelse Mandag d. 16. december
// 2013 kl" (a museum's board), "1 FynBus Bestyrelse Referat Torsdag den 8.
// december 2016" (a bus company's board): a transcript's first page names
// the body just before the meeting's day and its weekday. The words before
// the weekday, after the paper's date and a lead-in ("Referat af møde i"),
// when they are a body's name.
std::optional<std::string> name_before_weekday_date(std::string_view t) {
  const auto ws = text::words(t.substr(0, std::min<std::size_t>(t.size(), 200)));
  std::size_t k = 0;
  while (k < ws.size() && k < 14 && !is_weekday(ws[k])) ++k;
  if (k == 0 || k >= ws.size() || k + 2 >= ws.size() || k > 12) return std::nullopt;
  // The weekday leads a date: "Mandag den 23. september 2013".
  const std::size_t day_at = static_cast<std::size_t>(ws[k].data() - t.data());
  const auto date = find_date(t.substr(day_at, 48));
  if (!date || (text::fold(ws[k + 1]) != "den" && text::fold(ws[k + 1]) != "d." && !is_digit(ws[k + 1][0])))
    return std::nullopt;
  // The paper's date and a lead-in before the name.
  std::size_t from = 0;
  while (from < k && (is_digit(ws[from][0]) || is_month_name(ws[from]))) ++from;
  for (std::size_t j = from; j < k; ++j) {
    const std::size_t at = static_cast<std::size_t>(ws[j].data() - t.data());
    if (const std::size_t lead = voc::title_lead_in(text::fold(t.substr(at, day_at - at))); lead > 0) {
      from = k;
      for (std::size_t n = j; n < k; ++n)
        if (static_cast<std::size_t>(ws[n].data() - t.data()) >= at + lead) {
          from = n;
          break;
        }
      break;
    }
  }
  if (from >= k) return std::nullopt;
  const std::size_t name_at = static_cast<std::size_t>(ws[from].data() - t.data());
  std::string name(trim(t.substr(name_at, day_at - name_at)));
  while (!name.empty() && (name.back() == '.' || name.back() == ',')) name.pop_back();
  // "FynBus Bestyrelse Referat": the paper's word after the name.
  for (std::string_view paper : {" Referat", " REFERAT", " Dagsorden", " DAGSORDEN"})
    if (ends_with(name, paper)) name = std::string(trim(std::string_view(name).substr(0, name.size() - paper.size())));
  const std::string f = text::fold(name);
  if (name.empty() || !starts_upper(name) || text::words(name).size() > 8 || voc::item_kind(f) ||
      !voc::is_body_name(f))
    return std::nullopt;
  return name;
}

}  // namespace

// "Spring til indhold Elstrup - Elstrupskov Landsbylaug" (case 398 as a
// transcript): a page's link of two to four words (furniture,
// voc::is_boilerplate) that a transcript runs into the name after it is
// cut off.
std::string without_site_link(const std::string& name) {
  const auto ws = text::words(name);
  // (The shortest such link: "Spring til indhold Elstrup" starts with one.)
  for (std::size_t k = 2; k <= 4 && k < ws.size(); ++k) {
    const std::size_t end = static_cast<std::size_t>(ws[k - 1].data() - name.data()) + ws[k - 1].size();
    if (voc::is_boilerplate(text::fold(std::string_view(name).substr(0, end))))
      return std::string(trim(std::string_view(name).substr(end)));
  }
  return name;
}

std::optional<std::string> body_of_page_line(const std::vector<Line>& lines, std::size_t end) {
  for (std::size_t i = 0; i < end && i < 12 && i < lines.size(); ++i) {
    const std::string_view t = lines[i].text;
    std::size_t digits = 0;
    while (digits < t.size() && is_digit(t[digits])) ++digits;
    if (digits > 3 || (digits > 0 && (digits + 1 >= t.size() || t[digits] != ' '))) continue;
    const std::string_view rest = trim(t.substr(digits));
    auto name = name_before_paper_kind(rest);
    if (name) *name = without_site_link(*name);
    if (name && text::words(*name).size() <= 8 && voc::is_body_name(text::fold(*name))) return name;
  }
  // The name before the meeting's weekday, in the first lines (the page's
  // number "1 " before it or not).
  for (std::size_t i = 0; i < end && i < 4 && i < lines.size(); ++i) {
    std::string_view t = lines[i].text;
    if (t.size() > 2 && t[0] == '1' && t[1] == ' ') t = t.substr(2);
    if (auto before = name_before_weekday_date(trim(t))) return before;
  }
  return std::nullopt;
}

std::size_t title_after_page_and_date(std::string_view line) {
  if (line.empty()) return 0;
  const auto ws = text::words(line.substr(0, 80));
  for (std::size_t k = 1; k < ws.size() && k <= 6; ++k) {
    const std::size_t at = static_cast<std::size_t>(ws[k].data() - line.data());
    if (voc::title_lead_in(text::fold(line.substr(at, 200))) == 0) continue;
    std::string_view before = trim(line.substr(0, at));
    // The page number first ("1 "), then the date alone.
    std::size_t digits = 0;
    while (digits < before.size() && is_digit(before[digits])) ++digits;
    if (digits > 0 && digits <= 3 && (digits == before.size() || before[digits] == ' '))
      before = trim(before.substr(digits));
    return before.empty() || is_date_line(before) ? at : 0;
  }
  return 0;
}

namespace {

// Whether `t`, read as a title, names a body by a body's word.
bool titles_body(std::string_view t) {
  const auto b = body_of_title(t);
  return b && voc::has_body_word(text::fold(*b));
}

}  // namespace

// Where the title starts when a transcript's first page line prints a few
// words of the page's top before it (a letterhead's or a site's words:
// "Abonnér Referat til mødet i Hospitalsudvalget den 11. juni 2019 ...",
// "Søg Referat Møde i Politisk styregruppe for ...", "Den 23. februar 2023
// Mødereferat for Psykiatrirådet den ...", "... Region SyddanmarkTil
// forsiden Sundhedsudvalget - Referat - 03. oktober 2011"): the first
// capitalised word among the first twenty-five that opens a lead-in (among
// the first eighty, a lead-in to a body's name), or among the first eighty
// that opens a name (capitalised words joined by
// "og", "for", "i", "af", "samt" or a hyphen's dash) that " - Referat" or
// " - Dagsorden" follows.
// Returns its offset, or 0 when there is none or it opens the line.
std::size_t title_after_page_top(std::string_view line) {
  const auto ws = text::words(line.substr(0, std::min<std::size_t>(line.size(), 700)));
  const auto at = [&](std::size_t k) { return static_cast<std::size_t>(ws[k].data() - line.data()); };
  const auto joins = [](std::string_view w) {
    return w == "og" || w == "for" || w == "i" || w == "af" || w == "samt" || w == "&";
  };
  for (std::size_t k = 1; k < ws.size() && k <= 80; ++k) {
    // ("Psykiatri- og socialudvalget - Referat": a compound's last part in
    // lower case after "og" and the first part's hyphen.)
    const bool compound_end = k >= 2 && ws[k - 1] == "og" && ws[k - 2].size() > 1 && ws[k - 2].back() == '-' &&
                              starts_upper(ws[k - 2]);
    if (!starts_upper(ws[k]) && !compound_end) continue;
    // ("Referat" alone, "Dagsorden" alone: the lead-in must lead to more.)
    // (Past the first twenty-five words, only a lead-in to a body's name:
    // "... Accepter ikke cookies Middelfart Kommune Logo Bær med sne Referat
    // 19. november 2015 Referat fra Ældrerådets møde torsdag den ...".)
    if (starts_upper(ws[k])) {
      const std::string f = text::fold(line.substr(at(k), 200));
      if (const std::size_t lead = voc::title_lead_in(f); lead > 0 && lead + 3 < f.size() && text::words(f.substr(0, lead)).size() >= 2)
        if (k <= 25 || titles_body(line.substr(at(k), 200))) return at(k);
    }
    // "X - Referat", "X – Dagsorden": the name runs back from the dash.
    if (k + 2 < ws.size() && (ws[k + 1] == "-" || ws[k + 1] == "–")) {
      const std::string kind = text::fold(ws[k + 2]);
      if (kind != "referat" && kind != "dagsorden") continue;
      std::size_t from = k;
      while (from > 0 && (starts_upper(ws[from - 1]) || joins(ws[from - 1]) || ws[from - 1].back() == '-') &&
             !std::any_of(ws[from - 1].begin(), ws[from - 1].end(), [](char c) { return is_digit(c) || c == '|' || c == '.' || c == '"'; }))
        --from;
      while (from < k && joins(ws[from])) ++from;
      // Past the first twenty-five words (a site's menu and cookie notice
      // before it: Region Syddanmark's and Brønderslev's agenda pages), only
      // a body's name: "Sundhedsudvalget - Referat - 03. oktober 2011",
      // "Integrationsrådet - Referat Dato: 7. september 2016".
      if (from > 0 && (k <= 25 || voc::is_body_name(text::fold(line.substr(at(from), at(k) + ws[k].size() - at(from))))))
        return at(from);
    }
  }
  return 0;
}

namespace {

// The words an association's name ends in: "Grundejerforeningen X" has one
// first, "Virksund Sejlklub" last.
constexpr auto k_association_ends = std::to_array<std::string_view>({
    "forening", "foreningen", "klub", "klubben", "selskab", "selskabet", "forbund", "forbundet", "museum",
    "museet", "vandværk", "vandværket", "laug", "lauget", "kollegium", "kollegiet",
});

// True when the folded word (quotes and punctuation aside) is an
// association's word: "grundejerforeningen", "sejlklub", "bymuseum".
bool is_association_word(std::string_view w) {
  while (!w.empty() && std::string_view(".,;\"'”“»«").find(w.back()) != std::string_view::npos) w.remove_suffix(1);
  // (Also "”" and "“", three bytes each.)
  while (ends_with(w, "”") || ends_with(w, "“")) w.remove_suffix(3);
  return std::any_of(k_association_ends.begin(), k_association_ends.end(),
                     [&](std::string_view e) { return ends_with(w, e) && w != e; });
}

// True when the line has letters and none of them in lower case
// ("GRUNDEJERFORENINGEN HØJBOPARKEN", "KROP & SIND").
bool in_capitals(std::string_view t) {
  bool letter = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c >= 'a' && c <= 'z') return false;
    if (text::starts_with(t.substr(i), "æ") || text::starts_with(t.substr(i), "ø") ||
        text::starts_with(t.substr(i), "å"))
      return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

// A header line that may be a name: short, no digits, no colon, no lead-in,
// meeting word, section or item title, label or person.
bool name_line(const Line& l) {
  const std::string_view t = l.text;
  const auto ws = text::words(t);
  // "K K R S Y D D A N M A R K": a name letter-spaced, as a letterhead
  // prints it.
  const bool spaced = ws.size() >= 4 && std::all_of(ws.begin(), ws.end(), [](std::string_view w) {
    return w.size() == 1 || (w.size() == 2 && static_cast<unsigned char>(w[0]) >= 0xC0);
  });
  if (ws.empty() || (ws.size() > 6 && !spaced) || !starts_upper(t) || label_of(l) ||
      std::any_of(t.begin(), t.end(), [](char c) { return is_digit(c) || c == ':' || c == '|' || c == '?'; }))
    return false;
  const std::string f = text::fold(t);
  if (voc::title_lead_in(f) > 0 || voc::section_kind(f) || voc::item_kind(f) || voc::furniture_prefix(f) > 0)
    return false;
  for (std::string_view w : ws) {
    const std::string fw = text::fold(w);
    if (ends_with(fw, "møde") || ends_with(fw, "mødet") || ends_with(fw, "møder") || is_general_assembly(fw) ||
        fw == "referat" || fw == "dagsorden" || fw == "menu" || fw == "indhold" || fw == "forside" ||
        fw == "standardside")
      return false;
  }
  // "ANNE HOLM": a person.
  std::string first = text::fold(ws[0]);
  if (!first.empty() && first[0] >= 'a' && first[0] <= 'z') first[0] = static_cast<char>(first[0] - 'a' + 'A');
  return !(ws.size() <= 3 && voc::is_first_name(first));
}

}  // namespace

namespace {

// "Referat GRUNDEJERFORENINGEN HØJBOPARKEN Bestyrelsesmøde nr. 87 Lørdag
// ...", "Generalforsamling 2005 GRUNDEJERFORENINGEN ”FOSSGAARDEN” Referat
// fra ...", "EKSTRAORDINÆRT BESTYRELSESMØDE I GRUNDEJERFORENINGEN SEJER
// STRANDE torsdag den ...": an association's name in capitals, which the
// line form prints on a line of its own (association_of_header), run by a
// transcript into its first page line. The words in capitals around an
// association's word among the line's first forty, two at least, the
// meeting's words and the lead-in's aside.
std::optional<std::string> association_in_capitals(std::string_view t) {
  const auto ws = text::words(t.substr(0, std::min<std::size_t>(t.size(), 400)));
  auto name_word = [&](std::size_t k) {
    const std::string f = text::fold(ws[k]);
    return in_capitals(ws[k]) && ws[k].size() >= 2 &&
           std::none_of(ws[k].begin(), ws[k].end(), [](char c) { return is_digit(c) || c == ':' || c == '|'; }) &&
           !ends_with(f, "møde") && !ends_with(f, "mødet") && !is_general_assembly(f) && f != "referat" &&
           f != "dagsorden" && !voc::header_field(f);
  };
  for (std::size_t k = 0; k < ws.size() && k < 40; ++k) {
    if (!name_word(k) || !is_association_word(text::fold(ws[k]))) continue;
    std::size_t from = k, to = k + 1;
    while (from > 0 && name_word(from - 1)) --from;
    while (to < ws.size() && name_word(to)) ++to;
    if (to - from < 2 || to - from > 6) return std::nullopt;
    const std::size_t at = static_cast<std::size_t>(ws[from].data() - t.data());
    return std::string(t.substr(at, static_cast<std::size_t>(ws[to - 1].data() - t.data()) + ws[to - 1].size() - at));
  }
  return std::nullopt;
}

}  // namespace

namespace {

std::string_view name_before_organisation(std::string_view line, bool first_name_known);

// A header line that has a name's shape but names no association: an
// agenda's group of cases ("DIVERSE SAGER", lines.cc case_group_label), a
// row of initials ("FAO SKK RL AES OGR", a board's members at a business
// academy), a person with the organisation they came for ("Verner
// Rodenberg, Grøndal Grundejerforening", a meeting of homeowners'
// associations).
bool names_no_association(std::string_view t, const std::vector<std::string_view>& ws) {
  if (ws.empty()) return false;
  if (case_group_label(t) > 0 || ends_with(text::fold(ws.back()), "sager")) return true;
  if (ws.size() >= 3 && std::all_of(ws.begin(), ws.end(), [](std::string_view w) {
        return w.size() >= 2 && w.size() <= 3 && in_capitals(w);
      }))
    return true;
  return !name_before_organisation(t, true).empty();
}

}  // namespace

std::optional<std::string> association_of_header(const std::vector<Line>& lines, std::size_t end,
                                                  const std::vector<bool>& listing) {
  for (std::size_t i = 0; i < end && i < 10 && i < lines.size(); ++i) {
    if (listing[i] || !name_line(lines[i])) continue;
    const std::string_view t = lines[i].text;
    const auto ws = text::words(t);
    if (names_no_association(t, ws)) continue;
    // "H/F Prøvestenen", "A/B Solgården": a garden or housing association.
    const bool prefix = ws.size() >= 2 && ws[0].size() == 3 && ws[0][1] == '/' && in_capitals(ws[0]);
    const bool word = std::any_of(ws.begin(), ws.end(), [](std::string_view w) { return is_association_word(text::fold(w)); });
    if (!prefix && !word && !in_capitals(t)) continue;
    std::string name(trim(t));
    // "KROP & SIND" / "FAVRSKOV": a name in capitals over two lines.
    if (in_capitals(t) && i + 1 < end && !lines[i + 1].gap_before && !listing[i + 1] && name_line(lines[i + 1]) &&
        in_capitals(lines[i + 1].text) && text::words(lines[i + 1].text).size() <= 3 && ws.size() <= 3)
      (name += ' ') += std::string(trim(lines[i + 1].text));
    else if (!prefix && !word && ws.size() < 2)
      continue;
    return name;
  }
  for (std::size_t i = 0; i < end && i < 4 && i < lines.size(); ++i)
    if (!listing[i])
      if (auto name = association_in_capitals(lines[i].text)) return name;
  return std::nullopt;
}

// ---------------------------------------------------------------- people in values

namespace {

// Where an attendance value names the next list's label after names of its
// own ("Anne Holm, Bo Jensen Afbud: Carl Berg", "... Referent: Ida Dahl"):
// the offset of that label's first word and its field.
std::optional<std::pair<std::size_t, Field>> embedded_label(std::string_view value) {
  // ("... Dorte Friis Afbud fra; Anne Holm": a transcript's semicolon for the
  // colon, after a capitalised label.)
  for (std::size_t colon = value.find_first_of(":;"); colon != std::string_view::npos;
       colon = value.find_first_of(":;", colon + 1)) {
    if (colon + 1 < value.size() && value[colon + 1] != ' ' && value[colon + 1] != '\n') continue;
    if (value[colon] == ';') {
      const std::size_t sp = value.find_last_of(" \n", colon);
      std::size_t w = sp == std::string_view::npos ? 0 : sp + 1;
      // "Afbud fra;": the label's preposition.
      if (text::fold(value.substr(w, colon - w)) == "fra" && w >= 2) {
        const std::size_t sp2 = value.find_last_of(" \n", w - 2);
        w = sp2 == std::string_view::npos ? 0 : sp2 + 1;
      }
      const auto f = voc::header_field(text::fold(value.substr(w, colon - w)));
      if (f && is_people_field(*f) && text::starts_capital(value.substr(w)) && colon + 2 < value.size() &&
          text::starts_capital(value.substr(colon + 2)) && !read_person_entries(value.substr(0, w)).empty())
        return std::make_pair(w, *f);
      continue;
    }
    // "... og Poul Erik Sandholt(PS).Udeblevet: Jens Ole Mathiesen": a label
    // glued to the sentence end or note before it.
    if (const std::size_t sp = value.find_last_of(" \n", colon), glued = value.find_last_of(".)", colon);
        glued != std::string_view::npos && (sp == std::string_view::npos || glued > sp) && glued + 1 < colon &&
        text::starts_capital(value.substr(glued + 1))) {
      const auto f = voc::header_field(text::fold(value.substr(glued + 1, colon - glued - 1)));
      if (f && is_people_field(*f) && !read_person_entries(value.substr(0, glued + 1)).empty())
        return std::make_pair(glued + 1, *f);
    }
    std::size_t b = colon;
    for (int words = 0; words < 3 && b > 0; ++words) {
      const std::size_t sp = value.find_last_of(" \n", b - 1);
      std::size_t w = sp == std::string_view::npos ? 0 : sp + 1;
      const std::string label = text::fold(value.substr(w, colon - w));
      auto f = voc::header_field(label);
      // "Referent for fredag:", "Referent for lørdag:": a label for a part
      // of the meeting.
      if (const auto lw = text::words(label); !f && lw.size() == 3 && lw[1] == "for")
        f = voc::header_field(lw[0]);
      // "Afbud: A, B, C Sekretær: D", "Ordstyrer: A, IA Sekretær: B": the
      // secretary named inside a run-on attendance line takes the minutes.
      // (Not a label of its own at a line's start, where a board's roster
      // writes its offices: "Kasserer: X" / "Sekretær: Y".)
      if (!f && label == "sekretær") f = Field::minute_taker;
      // "Afbud/ikke tilstede:": the whole label, not its last word.
      if (f && w > 0 && value[w - 1] == ' ') {
        const std::size_t before = w >= 2 ? value.find_last_of(" \n", w - 2) : std::string_view::npos;
        const std::size_t w2 = before == std::string_view::npos ? 0 : before + 1;
        if (const auto longer = voc::header_field(text::fold(value.substr(w2, colon - w2)));
            longer && value.substr(w2, w - w2).find('/') != std::string_view::npos) {
          f = longer;
          w = w2;
        }
      }
      if (f && (is_people_field(*f) || *f == Field::chair || *f == Field::minute_taker) &&
          (text::starts_capital(value.substr(w)) || (w >= 2 && value[w - 2] == ';'))) {  // "...; afbud: X"
        // Names of this list before the label: a list of its own follows.
        if (!read_person_entries(value.substr(0, w)).empty()) return std::make_pair(w, *f);
        break;
      }
      if (w == 0) break;
      b = w - 1;
    }
  }
  return std::nullopt;
}

// Where a short list of those present runs into a bare absence label
// without its colon ("Deltagere Henrik Sørensen, Lasse Bundgaard, Rasmus
// Hørby Sørensen Afbud Mette Kramer"; a transcript's long line is cut so in
// lines.cc): the offset of "Afbud"/"Fraværende", capitalised, after a name
// of the list's own and before a known first name. Not in a flattened
// table whose rows close with a status ("Lars Holm Medlem Afbud Per Dahl
// Medlem Deltog": two status words or more), nor after a role ("Medlem
// Afbud") or an entry's organisation ("Bo Holm, Kerteminde Afbud").
std::optional<std::size_t> bare_absence_label(std::string_view value) {
  const auto ws = text::words(value);
  std::size_t found = std::string_view::npos;
  int statuses = 0;
  for (std::size_t k = 0; k < ws.size(); ++k) {
    std::string_view w = ws[k];
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    const std::string f = text::fold(w);
    if (f == "deltog" || f == "deltager" || f == "mødt" || f == "tilstede" || f == "afbud" || f == "fraværende" ||
        f == "stede")
      ++statuses;
    if ((w != "Afbud" && w != "Fraværende") || w.size() != ws[k].size() || k < 2 || k + 2 >= ws.size()) continue;
    if (!voc::is_first_name(ws[k + 1]) || !text::starts_capital(ws[k + 2])) continue;
    const std::size_t at = static_cast<std::size_t>(ws[k].data() - value.data());
    if (absence_word_is_status(value.substr(0, at), value.substr(at + w.size()))) continue;
    if (read_person_entries(value.substr(0, at)).empty()) continue;
    if (found == std::string_view::npos) found = at;
  }
  if (found == std::string_view::npos || statuses >= 2) return std::nullopt;
  return found;
}

// Where an absence list written in a line runs into the next group's label
// ("Afbud: Anne Holm, Bo Jensen Sekretariatet: Carl Dahl", "... Fra
// administrationen: ..."): the offset of that label's first word and its
// colon. Only after names of the list's own, and never when the list opens
// with a group ("Afbud:" / "Bestyrelsen: A, B" / "Observatører: C": the
// groups of those absent).
std::optional<std::pair<std::size_t, std::size_t>> group_after_absence(std::string_view value) {
  for (std::size_t colon = value.find(':'); colon != std::string_view::npos; colon = value.find(':', colon + 1)) {
    if (colon + 2 >= value.size() || value[colon + 1] != ' ' || !text::starts_capital(value.substr(colon + 2)))
      continue;
    std::size_t b = colon;
    std::optional<std::size_t> best;
    for (int words = 0; words < 4 && b > 0; ++words) {
      const std::size_t sp = value.find_last_of(" \n", b - 1);
      if (sp == std::string_view::npos) break;
      const std::size_t w = sp + 1;
      const std::string_view label = value.substr(w, colon - w);
      if (label.find_first_of(",;()") != std::string_view::npos) break;
      const auto ws = text::words(label);
      if (text::starts_capital(label) && !vocabulary::is_first_name(ws.front()) &&
          voc::is_people_group(text::fold(label)))
        best = w;
      b = sp;
    }
    if (!best) continue;
    // (An absence list names a lone first name too: "Afbud fra: Gerda
    // Bestyrelsen: Erling Skov, ...", a homeowners' board, 352.)
    const std::string_view before = value.substr(0, *best);
    if (before.find(':') != std::string_view::npos || read_person_entries(before, true, true).empty())
      return std::nullopt;
    return std::make_pair(*best, colon);
  }
  // "Afbud Erik Højsholt Arne Josefsen Rolighed Rektorat Rektor Lauritz B.
  // Holm-Nielsen Prorektor Nina Smith ...": the group's name on a line of
  // its own over its staff, each with the job title before the name (AU's
  // board), run by a transcript into the absence list without its colon:
  // a group's word before a job title and a known first name. Its end
  // stands for the colon.
  const auto ws = text::words(value);
  for (std::size_t k = 2; k + 2 < ws.size(); ++k) {
    const std::string_view w = ws[k];
    if (!text::starts_capital(w) || !text::has_lower_after_first(w) || vocabulary::is_first_name(w) ||
        !voc::is_people_group(text::fold(w)) || !text::starts_capital(ws[k + 1]) ||
        !voc::is_job_title(text::fold(ws[k + 1])) || !vocabulary::is_first_name(ws[k + 2]))
      continue;
    const std::size_t at = static_cast<std::size_t>(w.data() - value.data());
    const std::string_view before = value.substr(0, at);
    if (before.find(':') != std::string_view::npos || read_person_entries(before, true, true).empty()) return std::nullopt;
    return std::make_pair(at, at + w.size());
  }
  return std::nullopt;
}

// An attendance label written inside a header line after other text
// ("Referat af bestyrelsesmøde ... i A-huset. Tilstede: Lars, Nina",
// "1 Mødedato: 26. juni 2014 ... Fraværende: Lars Rytter ved afbud"): the
// offset of the label's first word (capitalised, not the line's first word)
// and its field. Only a label with its colon that a capital or digit
// follows; the longest label of up to three words wins ("Fraværende med
// afbud:").
std::optional<std::pair<std::size_t, Field>> inline_attendance_label(std::string_view t) {
  for (std::size_t colon = t.find(':'); colon != std::string_view::npos; colon = t.find(':', colon + 1)) {
    if (colon + 2 >= t.size() || t[colon + 1] != ' ') continue;
    const std::string_view next = t.substr(colon + 2);
    if (!text::starts_capital(next) && !is_digit(next[0])) continue;
    std::optional<std::pair<std::size_t, Field>> best;
    std::size_t b = colon;
    for (int words = 0; words < 3 && b > 0; ++words) {
      const std::size_t sp = t.find_last_of(' ', b - 1);
      if (sp == std::string_view::npos) break;  // the line's first words: a label read_label reads
      const std::size_t w = sp + 1;
      if (const auto f = voc::header_field(text::fold(t.substr(w, colon - w)));
          f && (is_people_field(*f) || *f == Field::chair || *f == Field::minute_taker) &&
          text::starts_capital(t.substr(w)))
        best = std::make_pair(w, *f);
      b = sp;
    }
    // "... URO/HWI/MWS Hovedbestyrelsen: Uffe Rostrup (formanden), Monica
    // Jensen": a body's name as the group of the people present.
    if (!best && colon > 0) {
      const std::size_t sp = t.find_last_of(' ', colon - 1);
      if (sp != std::string_view::npos) {
        const std::string_view group = t.substr(sp + 1, colon - sp - 1);
        if (text::starts_capital(group) && voc::has_body_word(text::fold(group)) &&
            !voc::header_field(text::fold(group)) && read_person_entries(next, true).size() >= 2)
          best = std::make_pair(sp + 1, Field::present);
      }
    }
    if (best) return best;
  }
  return std::nullopt;
}

// The chair or minute taker (`field`) a label's value names: its first
// person, unless the meeting has one already.
void read_role_value(Field field, std::string_view value, Meeting& m) {
  const auto entries = read_person_entries(value, true);
  auto& who = field == Field::chair ? m.chair : m.minute_taker;
  if (!entries.empty() && !who) who = entries.front().name;
}

// "Afbud: Referent: Jørgen Nørby, Henning Pedersen, Peter Stampe
// Specialkonsulent Elvir Maleskic": a two-column table's heads stacked over
// their values, flattened: the absence label's names come first, the
// chair's or minute taker's (`role`) last, run into the last of them. With
// several comma pieces, every piece but the last is absent, and the last
// piece's first name too when another name follows it (the officer); a
// last piece of one name is the officer's. (One value alone, "Afbud:
// Referent: Lars", is the officer's: an empty list, as before.) Seen in
// a university college's board (VIA), a council for the disabled
// (Albertslund) and an association's board (SOSUM). False when the value
// is one piece.
bool read_stacked_absence_and_role(Field role, std::string_view value, Meeting& m, std::vector<std::string>& absent) {
  std::vector<std::string_view> pieces;
  for (std::size_t from = 0;;) {
    const auto comma = value.find(',', from);
    pieces.push_back(trim(value.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from)));
    if (comma == std::string_view::npos) break;
    from = comma + 1;
  }
  if (pieces.size() < 2) return false;
  std::string away;
  for (std::size_t i = 0; i + 1 < pieces.size(); ++i) away += (away.empty() ? "" : ", ") + std::string(pieces[i]);
  const auto last = read_person_entries(pieces.back(), true);
  std::string_view officer = pieces.back();
  if (last.size() >= 2) {
    away += ", " + last.front().name;
    if (const auto at = pieces.back().find(last.front().name); at != std::string_view::npos)
      officer = trim(pieces.back().substr(at + last.front().name.size()));
  }
  // ("Elvir Maleskic/ sekretariatschef Anders Leth Jensen": the first of
  // two officers. "Referent: Lars Holm, sekretariatet": no officer last,
  // no stacked heads.)
  officer = trim(officer.substr(0, officer.find('/')));
  if (read_person_entries(officer, true).empty()) return false;
  for (auto& n : absent_names(away, m)) absent.push_back(std::move(n));
  read_role_value(role, officer, m);
  return true;
}

// "Ove Løbner, Københavns Kommune." / "Niels Egebjerg, Friluftsrådet": a
// person a line, a comma, then the body the person came for. The line's
// name (its note aside: "Klaus Waage Sørensen (formand)"), or "" when the
// line is no such line: the name must open with a known first name, and
// what follows the comma must be capitalised (a role in lower case reads
// well already) and open with no first name ("Ole Hansen, Bo Dam" are two
// people). One comma only and no note after it: "Michael Lund- Larsen,
// Foreningen af ... Erland Madsen, Foreningen af ..." runs two entries
// together, "Inga Blom Thomas, Ærø Kommune (for Ole W. Petersen)" notes a
// substitute, both read by read_people.
std::string_view name_before_organisation(std::string_view line, bool first_name_known) {
  const auto comma = line.find(',');
  if (comma == std::string_view::npos || line.find(',', comma + 1) != std::string_view::npos ||
      line.find('(', comma) != std::string_view::npos)
    return {};
  const std::string_view name = trim(line.substr(0, comma));
  const std::string_view bare = trim(name.substr(0, name.find(" (")));
  const auto rest = text::words(line.substr(comma + 1));
  std::string_view first = rest.empty() ? std::string_view() : rest[0];
  while (!first.empty() && (first.back() == '.' || first.back() == ',')) first.remove_suffix(1);
  if (first.empty() || !text::starts_capital(first) || voc::is_first_name(first) || !looks_like_name(bare) ||
      (first_name_known && !voc::is_first_name(text::words(bare)[0])))
    return {};
  return bare;
}

std::string people_group(Field field) {
  return field == Field::present ? "Deltagere" : field == Field::guests ? "Gæster" : "Suppleanter";
}

// "Følgende var mødt: / Klaus Waage Sørensen (formand), Jægersborg
// Statsskovdistrikt / Ove Løbner, Københavns Kommune. / ... / Der var afbud
// fra: / Chr. Ebbe Mortensen, Københavns Amt" (Naturstyrelsen's Brugerråd
// Syd): the people one a line, each with the organisation they sit for.
// Read as pieces between commas the organisations became people
// ("Danmarks Jægerforbund") and long names broke in two ("Poul Erik" /
// "Birk Jakobsen"). Three such lines at least open the list, or fewer
// before an absence label ("Der var afbud fra:"), which makes the lines
// after it the absent (their names need not open with a first name we
// know: "Chr. Ebbe Mortensen, Københavns Amt"); the first other line and
// those after it are read as a list again. False when the list opens
// otherwise.
bool read_name_organisation_lines(const std::vector<std::string>& lines, Field field, Meeting& m,
                                  std::vector<std::string>& absent) {
  auto absence_label = [](std::string_view line) {
    const std::string head = text::fold(text::trim(line));
    return !head.empty() && head.back() == ':' &&
           voc::header_field(text::trim(std::string_view(head).substr(0, head.size() - 1))) == Field::absent;
  };
  std::size_t run = 0;
  const bool away = field == Field::absent;
  while (run < lines.size() && !name_before_organisation(lines[run], !away).empty()) ++run;
  if (run < (away ? 2 : 3) && !(run >= 1 && run < lines.size() && absence_label(lines[run]))) return false;
  std::size_t k = 0;
  for (; k < lines.size(); ++k) {
    const std::string_view line = lines[k];
    if (absence_label(line)) {
      field = Field::absent;
      continue;
    }
    const std::string_view name = name_before_organisation(line, field != Field::absent && k < run);
    if (name.empty()) break;
    if (field == Field::absent) {
      absent.emplace_back(name);
      continue;
    }
    if (std::any_of(m.participants.begin(), m.participants.end(),
                    [&](const Participant& q) { return q.person_id == person_id(name); }))
      continue;
    Participant p;
    p.name = std::string(name);
    p.person_id = person_id(name);
    p.group = people_group(field);
    std::string organisation(trim(line.substr(line.find(',') + 1)));
    while (!organisation.empty() && organisation.back() == '.') organisation.pop_back();
    p.organisation = organisation;
    // "(formand)": the note is the role.
    if (const auto open = line.find(" ("); open < line.find(','))
      p.role = std::string(trim(line.substr(open + 2, line.find(')', open) - open - 2)));
    m.participants.push_back(std::move(p));
  }
  if (k < lines.size())
    read_people_value(std::vector<std::string>(lines.begin() + static_cast<std::ptrdiff_t>(k), lines.end()), field, m,
                      absent);
  return true;
}

}  // namespace

void read_people_value(const std::vector<std::string>& lines, Field field, Meeting& m,
                       std::vector<std::string>& absent) {
  // "Formand: Lise Lotte Due" among the lines of a list: the chair (or
  // minute taker) named with the role, the other lines the list.
  if (field == Field::present && lines.size() > 1) {
    std::vector<std::string> rest;
    for (const auto& l : lines) {
      const auto colon = l.find(": ");
      const auto f = colon != std::string::npos && colon <= 30
                         ? voc::header_field(text::fold(trim(std::string_view(l).substr(0, colon))))
                         : std::nullopt;
      if (f && (*f == Field::chair || *f == Field::minute_taker))
        read_role_value(*f, trim(std::string_view(l).substr(colon + 1)), m);
      else
        rest.push_back(l);
    }
    if (rest.size() < lines.size()) {
      if (!rest.empty()) read_people_value(rest, field, m, absent);
      return;
    }
  }
  if (field == Field::absent) {
    std::vector<std::string> rewritten;
    for (const auto& l : lines) rewritten.push_back(substitute_after_dash(l));
    if (rewritten != lines) return read_people_value(rewritten, field, m, absent);
  }
  std::string joined = join_list_lines(lines);
  if (trim(joined).empty()) return;
  if (field != Field::substitute && read_name_organisation_lines(lines, field, m, absent))
    return;
  // "Afbud: Referent: Lars Holm": an empty list, and the minute taker.
  // ("Deltagere: Afbud: A, B" is a flattened table's head over names, read
  // below as those present.)
  if (const auto colon = joined.find(':'); colon != std::string::npos && colon <= 30 && colon + 1 < joined.size() &&
                                           joined[colon + 1] == ' ' && text::starts_capital(joined)) {
    if (const auto f = voc::header_field(text::fold(trim(std::string_view(joined).substr(0, colon))));
        f && (*f == Field::chair || *f == Field::minute_taker)) {
      const std::string_view value = trim(std::string_view(joined).substr(colon + 1));
      if (field == Field::absent && read_stacked_absence_and_role(*f, value, m, absent)) return;
      read_role_value(*f, value, m);
      return;
    }
  }
  if (const auto cut = embedded_label(joined)) {
    const std::string rest = joined.substr(cut->first);
    const std::string_view after = trim(std::string_view(rest).substr(rest.find_first_of(":;") + 1));
    joined.resize(cut->first);
    read_people_value({joined}, field, m, absent);
    if (cut->second == Field::chair || cut->second == Field::minute_taker) {
      read_role_value(cut->second, after, m);
      return;
    }
    read_people_value({std::string(after)}, cut->second, m, absent);
    return;
  }
  if (field == Field::present) {
    if (const auto at = bare_absence_label(joined)) {
      const std::string rest = joined.substr(*at + joined.substr(*at).find(' ') + 1);
      joined.resize(*at);
      read_people_value({joined}, field, m, absent);
      read_people_value({rest}, Field::absent, m, absent);
      return;
    }
  }
  if (field == Field::absent) {
    if (const auto group = group_after_absence(joined)) {
      const std::string label(trim(std::string_view(joined).substr(group->first, group->second - group->first)));
      const std::string rest = joined.substr(group->second + 1);
      joined.resize(group->first);
      read_people_value({joined}, field, m, absent);
      read_people(rest, label, m, absent);
      return;
    }
  }
  switch (field) {
    case Field::absent: {
      // "Afbud:" / "Per Skovgaard Andersen grundet sygdom, suppleant Jan
      // Simmelkjær grundet anden aftale. Der er ingen 2. suppleant." /
      // "Ivan Christensen grundet arbejde, suppleant Carsten Clausen
      // deltager": one absentee a line with the reason (and the
      // substitute); each line is read on its own, so that one line's
      // sentence does not end the list (Vesterbro Lokaludvalg 817).
      const bool one_a_line = std::any_of(lines.begin(), lines.end(),
                                          [](const std::string& l) { return speaks_of_absence(l); });
      for (std::string_view part : one_a_line ? text::lines(joined) : std::vector<std::string_view>{joined})
        for (auto& n : absent_names(part, m)) absent.push_back(std::move(n));
      break;
    }
    case Field::present:
    case Field::guests:
    case Field::substitute: {
      read_people(joined, people_group(field), m, absent);
      break;
    }
    default: break;
  }
}

bool is_people_field(Field f) {
  return f == Field::present || f == Field::absent || f == Field::guests || f == Field::substitute;
}

namespace {
// Defined below with the attendance tables.
bool is_cross_head(const Line& line);
}  // namespace

// A letterhead's line that a PDF's layout ran into the page's text: the
// municipality's address with its postcode ("Næstved Kommune Rådhuset,
// Teatergade 8 4700 Næstved"), its telephone ("Telefon 5588 5588") or its
// mail and web addresses ("naestved@naestved.dk www.naestved.dk").
bool letterhead_line(std::string_view t) {
  const auto ws = text::words(t);
  if (ws.empty() || ws.size() > 10) return false;
  const std::string first = text::fold(ws.front());
  if ((first == "telefon" || first == "tlf." || first == "tlf") && ws.size() >= 2 &&
      std::all_of(ws.begin() + 1, ws.end(), [](std::string_view w) {
        return std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c) || c == '+'; });
      }))
    return true;
  if (std::all_of(ws.begin(), ws.end(), [](std::string_view w) {
        return w.find('@') != std::string_view::npos || text::starts_with(w, "www.");
      }))
    return true;
  return find_postcode(t) && (t.find("Kommune") != std::string_view::npos || t.find("Rådhus") != std::string_view::npos);
}

// The value of the label `lab` read at lines[i]: the text after the label on
// its line, else the next line; for attendance also the lines after it (one
// name or two per line, under sub-headings such as "Fra kommunerne:") up to
// the next label or section heading, or a line that names nobody
// ("Dagsorden godkendt."). `last` becomes the last line taken.
std::vector<std::string> label_value(const std::vector<Line>& lines, std::size_t i, std::size_t end,
                                     const std::vector<bool>& listing, const Labelled& lab, std::size_t& last) {
  std::vector<std::string> value;
  last = i;
  if (!trim(lab.value).empty()) value.push_back(lab.value);
  const bool people = is_people_field(lab.field);
  if (!value.empty() && !people) return value;
  // "Fraværende: Ingen": nobody, and the lines after it are not this list.
  if (people && !value.empty() && is_nobody(value.front())) return {};
  // ("Afbud fra: Gerda": one known first name is a name in an absence list.)
  bool had_names = people && !value.empty() &&
                   (!read_person_entries(value.front()).empty() ||
                    (lab.field == Field::absent && !read_person_entries(value.front(), true, true).empty()));
  // "Afbud: Anne Holm, Bo Jensen": an absence list written on the label's
  // line ends there, unless the line goes on ("..., Bo Jensen og").
  // Nor does it end where the paragraph goes on with lines that are names
  // only ("Afbud: Anne Holm" / "Bo Jensen" / "Carl Dahl", no blank line
  // between them): a list broken over lines.
  if (lab.field == Field::absent && had_names) {
    const std::string_view v = trim(value.front());
    if (!v.empty() && v.back() != ',' && !ends_with(text::fold(v), " og")) {
      // ("og Gitte Madsen": the list's last name on a line of its own.)
      // ("Carl Dahl, Teknik og Miljø": a person and the organisation, as
      // the line before wrote its own.)
      auto continues = [&](const std::string& t) {
        for (std::string_view lead : {"og ", "samt "})
          if (text::starts_with(t, lead)) return is_name_list(t.substr(lead.size()));
        if (is_name_list(t)) return true;
        const auto comma = t.find(", ");
        return comma != std::string::npos && text::words(t).size() <= 8 && is_name_list(t.substr(0, comma)) &&
               read_person_entries(t.substr(0, comma)).size() == 1 && value.front().find(", ") != std::string::npos;
      };
      for (std::size_t j = i + 1; j < end && !listing[j] && !lines[j].gap_before && lines[j].cells.empty() &&
                                  !label_of(lines[j]) && continues(lines[j].text);
           ++j) {
        value.push_back(lines[j].text);
        last = j;
      }
      return value;
    }
  }
  for (std::size_t j = i + 1; j < end && !listing[j] && !section_head(lines[j].text); ++j) {
    // The next label ends the value; "Formand" alone under a name in a list
    // is that person's role.
    if (const auto next = label_of(lines[j])) {
      // (Also "Næstformand" or "Medlem" alone: a role, though a label too.)
      // (And "Formand: Lise Lotte Due" in a list under its heading,
      // "MØDEDELTAGERE" / "Formand: ..." / "Næstformand: ..." / "Rigmor
      // Nielsen": the member's role before the name, one line of the list;
      // read_people_value reads it as the chair.)
      const bool role_entry = people && lab.field != Field::absent && trim(lab.value).empty() && next->had_colon &&
                              (next->field == Field::chair || next->field == Field::minute_taker) &&
                              read_person_entries(next->value).size() == 1;
      if (!role_entry && !(people && !next->had_colon && next->value.empty() &&
                           (next->field == Field::chair || voc::is_job_title(text::fold(trim(lines[j].text))))))
        break;
    }
    const std::string& t = lines[j].text;
    if (people) {
      if (toc_entry(lines[j]) || is_cross_head(lines[j])) break;
      // (The page's letterhead run into the list: passed over, Næstved's
      // Byråd.)
      if (had_names && letterhead_line(t)) continue;
      // "Fraværende" / "Ingen": the list is empty and ends here.
      if (is_nobody(t)) {
        last = j;
        break;
      }
      // "X, F, ankom til mødet kl. 17.32 ...", "Y forlod mødet ...": those
      // who came late or left early, no longer this list.
      if (voc::is_arrival_sentence(text::fold(t))) break;
      // "..., H.C." / "Rasmussen": the rest of a name the page's width wrapped.
      if (!value.empty() && wraps_a_name(value.back(), t)) {
        value.push_back(t);
        last = j;
        continue;
      }
      // A sentence ("Borgmester Pia Allerslev forlod mødet kl. 18.01 under
      // ...") ends the list unless it lists several people.
      // In an absence list, a line that gives the reason ("Direktør Bo
      // Holm grundet tjenesterejse.", "X deltog ikke i punkterne 2 - 11")
      // is an entry, no sentence.
      const auto entries = read_person_entries(t);
      if (text::words(t).size() >= 8 && text::words(t.substr(0, t.find_first_of(",(-"))).size() > 5 &&
          entries.size() < 2 && !(lab.field == Field::absent && entries.size() == 1 && speaks_of_absence(t)))
        break;
      if (entries.empty()) {
        // "Fraværende:" / "Godkendt.": a label an agenda system prints
        // empty over each decision, and the decision's sentence under it;
        // a sentence before any name is no heading of the list, which is
        // empty and ends here (Odsherred's Integrationsråd on PolWeb,
        // Slagelse's Social- og Beskæftigelsesudvalg, Børne- og
        // Ungeudvalg and Ældreråd: "Niels Jørgensen blev valgt til
        // ordstyrer.").
        if (!had_names && value.empty() && t.back() == '.') break;
        // A sub-heading of the list, or a role or party letter on the lines
        // after a name ("Heino Knudsen" / "Formand" / "(A)").
        bool more = false;
        for (std::size_t k = j + 1; k < end && k <= j + 2 && !more; ++k)
          more = !label_of(lines[k]) && !read_person_entries(lines[k].text).empty();
        if (!(t.back() == ':' || ((text::words(t).size() <= 5 || is_role_phrase(t)) && more))) break;
        // "Fraværende" / "Anne Holm" / "Sekretariat" / "Bo Jensen": an
        // absence list ends at the next group's heading once it has names
        // (a role or party letter under a name is no heading).
        // (Nor is a heading after a blank line: "Stedfortræder".)
        if (lab.field == Field::absent && had_names && (!is_role_line(t) || lines[j].gap_before)) break;
      } else {
        had_names = true;
      }
    }
    value.push_back(t);
    last = j;
    if (!people) break;
  }
  return value;
}

// The body named by a decision heading: "Økonomiudvalgets beslutning" ->
// "Økonomiudvalget", "Beslutning i Udvalget for Ældre og Sundhed den
// 04-06-2020" -> "Udvalget for Ældre og Sundhed", "Behandling i
// Sundhedsudvalget" -> "Sundhedsudvalget".
std::optional<std::string> body_from_sections(const std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size() && i < 60; ++i)
    if (auto b = addressee_of(lines[i].text)) return b;
  for (const auto& l : lines)
    if (auto b = body_meeting_heading(l.text)) return b->first;
  for (const auto& l : lines) {
    auto h = section_head(l.text);
    if (!h || h->kind != "beslutning") continue;
    std::string_view t = trim(h->heading);
    while (!t.empty() && (t.back() == ':' || t.back() == '.')) t.remove_suffix(1);
    const auto ws = text::words(t);
    if (ws.size() < 2) continue;
    std::string body;
    const std::string f0 = text::fold(ws[0]);
    // "Beslutning fra Integrationsrådet": an agenda system's heading.
    if ((f0 == "beslutning" || f0 == "behandling") && (text::fold(ws[1]) == "i" || text::fold(ws[1]) == "fra") &&
        ws.size() >= 3) {
      body = std::string(t.substr(static_cast<std::size_t>(ws[2].data() - t.data())));
    } else if (ws[0].size() > 3 && ws[0].back() == 's' && text::starts_capital(ws[0])) {
      // "Økonomiudvalgets beslutning", "Udvalget's beslutning".
      body = std::string(ws[0].substr(0, ws[0].size() - (ends_with(ws[0], "'s") ? 2 : ends_with(ws[0], "’s") ? 4 : 1)));
    } else {
      continue;
    }
    // Up to the date or item number: " den 04-06-2020", ", 03-04-2019, pkt. 42", " pkt. 1".
    for (std::string_view stop : {" den ", " d. ", ", ", " pkt", " punkt", " mødet"}) {
      if (const auto at = body.find(stop); at != std::string::npos) body = body.substr(0, at);
    }
    body = std::string(trim(body));
    if (!body.empty() && text::starts_capital(body) && text::words(body).size() <= 10) return body;
  }
  return std::nullopt;
}

namespace {

// The name of a body that ends just before `end` in `t` ("... at
// Sundheds- og Omsorgsudvalget" before " godkender"): the capitalised
// words, "og" and hyphenated first parts back from `end`, ending in a
// body's word; empty when there is none. A body word in lower case after
// "at" counts ("at lokaludvalget godkender").
std::string name_before(std::string_view t, std::size_t end) {
  const auto ws = text::words(t.substr(0, end));
  if (ws.empty()) return {};
  std::string_view last = ws.back();
  if (!voc::has_body_word(text::fold(last)) || last.find_first_of(".,:;()") != std::string_view::npos) return {};
  std::size_t first = ws.size() - 1;
  if (!starts_upper(last)) {
    if (ws.size() < 2 || text::fold(ws[ws.size() - 2]) != "at") return {};
  } else {
    while (first > 0) {
      const std::string_view w = ws[first - 1];
      if (w == "og" && first >= 2 && ends_with(ws[first - 2], "-")) {
        --first;
        continue;
      }
      if (starts_upper(w) && ends_with(w, "-")) {
        --first;
        continue;
      }
      break;
    }
  }
  std::string name(t.substr(static_cast<std::size_t>(ws[first].data() - t.data()),
                            static_cast<std::size_t>(last.data() + last.size() - ws[first].data())));
  if (name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  // A body's word alone is an anaphor, not a name: "Udvalget", "Rådet".
  const std::string f = text::fold(name);
  for (std::string_view generic : {"udvalget", "udvalg", "rådet", "råd", "gruppen", "nævnet", "forummet", "panelet",
                                   "direktionen", "ledelsen", "kommissionen", "styregruppen", "arbejdsgruppen"})
    if (f == generic) return {};
  return name;
}

// The name of a body that starts at `begin` in `t` ("Mødet i Sundheds- og
// Omsorgsudvalget begyndte ..."): capitalised words and "og" up to the last
// that ends in a body's word; empty when there is none.
std::string name_after(std::string_view t, std::size_t begin) {
  const auto ws = text::words(t.substr(begin));
  std::size_t end = 0;
  for (std::size_t k = 0; k < ws.size() && k < 8; ++k) {
    std::string_view w = ws[k];
    const bool trailing = w.find_first_of(".,:;") != std::string_view::npos;
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':' || w.back() == ';')) w.remove_suffix(1);
    if (!(starts_upper(w) || (w == "og" && k > 0 && ends_with(ws[k - 1], "-")))) break;
    if (voc::has_body_word(text::fold(w))) end = k + 1;
    if (trailing) break;
  }
  if (end == 0) return {};
  std::string_view last = ws[end - 1];
  while (!last.empty() && (last.back() == '.' || last.back() == ',' || last.back() == ':' || last.back() == ';'))
    last.remove_suffix(1);
  const std::string_view rest = t.substr(begin);
  return std::string(rest.substr(static_cast<std::size_t>(ws[0].data() - rest.data()),
                                 static_cast<std::size_t>(last.data() + last.size() - ws[0].data())));
}

// The association a title names after the meeting's date or year: "Refererat
// af bestyrelsesmøde den 15. aril 2013 i Silkeborg Kajakklub." (a kayak
// club), "Referat af ordinær generalforsamlingen 2017 i Birkegårdens
// Grundejerforening" (a homeowners' association), "Referat fra den ordinære
// generalforsamling 2006 i Foreningen Borgerhjemmet i Gentofte Kommune". The
// meeting's word near the line's start, the year as a word of its own right
// before "i", then the name, which says what it is (a club, an association,
// a guild, a society): a place there ("d. 7. marts i Horsens", "kl. 16-18 i
// Ryslinge Forsamlingshus", "2019 i Rådhuset") names none of these.
std::optional<std::string> body_after_meeting_year(std::string_view t) {
  const auto ws = text::words(t);
  if (ws.size() > 16) return std::nullopt;
  std::size_t meeting = ws.size();
  for (std::size_t k = 0; k < ws.size() && k < 5 && meeting == ws.size(); ++k) {
    const std::string f = text::fold(ws[k]);
    for (std::string_view w : {"møde", "mødet", "bestyrelsesmøde", "bestyrelsesmødet", "generalforsamling",
                               "generalforsamlingen"})
      if (f == w) meeting = k;
  }
  if (meeting == ws.size()) return std::nullopt;
  for (std::size_t k = meeting + 1; k + 2 < ws.size() && k <= meeting + 5; ++k) {
    if (!text::is_year_word(ws[k])) continue;
    if (ws[k + 1] != "i" || !starts_upper(ws[k + 2])) return std::nullopt;
    std::size_t end = k + 2;
    bool kind = false;
    for (std::size_t n = k + 2; n < ws.size() && n < k + 10; ++n) {
      std::string_view w = ws[n];
      const std::string fw = text::fold(w);
      if (fw == "den" || fw == "d." || fw == "kl." || fw == "kl" || is_weekday(w) || is_digit(w[0])) break;
      for (std::string_view stem : {"klub", "forening", "laug", "selskab"})
        kind = kind || fw.find(stem) != std::string::npos;
      end = n + 1;
      if (w.find_first_of(".,:;") != std::string_view::npos) break;
    }
    if (!kind) return std::nullopt;
    std::string_view last = ws[end - 1];
    while (!last.empty() && std::string_view(".,:;").find(last.back()) != std::string_view::npos)
      last.remove_suffix(1);
    return std::string(t.substr(static_cast<std::size_t>(ws[k + 2].data() - t.data()),
                                static_cast<std::size_t>(last.data() + last.size() - ws[k + 2].data())));
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> body_of_opening_sentence(const std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size() && i < 5; ++i) {
    const std::string& t = lines[i].text;
    if (auto name = body_after_meeting_year(t)) return name;
    // (A general assembly's title may stand on a line of its own with the
    // date on the next: "Referat fra generalforsamling I Parkinsonforeningen
    // København/Frederiksberg" / "mandag d. 13. Marts 2017 I Allehelgens
    // Kirke, ..." (a Parkinson branch), "Stiftende generalforsamling i
    // Lokalforeningen, Hjerneskadeforeningen Skive" / "Onsdag den 19.januar
    // 2011, kl.18.30," (a brain injury association); an antenna guild's
    // "Referat af generalforsamling i antennelauget i ..." / "Dato: ..."
    // too, whose name in lower case is not read. Only a short line, up to
    // the fifth.)
    const bool dated_here = find_date(t).has_value();
    const bool dated_next = !dated_here && i + 1 < lines.size() && find_date(lines[i + 1].text).has_value() &&
                            text::words(t).size() <= 14;
    if (!dated_here && !dated_next) continue;
    if (dated_here && i >= 3) continue;
    const std::string f = text::fold(t);
    for (std::string_view cue : {"møde i ", "generalforsamling i ", "generalforsamling for "}) {
      const auto at = f.find(cue);
      if (at == std::string::npos || names_other_meeting(f, at) || (at > 0 && f[at - 1] != ' ')) continue;
      if (!dated_here && cue == "møde i ") continue;
      if (cue == "møde i ") {
        // "... er der møde i Regionsrådet for Region Sjælland."
        std::string name = name_after(t, at + cue.size());
        if (!name.empty()) return name;
        continue;
      }
      // "Generalforsamling i Grundejerforeningen Solbakken, den 3. maj":
      // the association's name, up to a comma, a sentence end or the date.
      const std::string_view rest = std::string_view(t).substr(at + cue.size());
      const auto ws = text::words(rest);
      if (ws.empty() || !starts_upper(ws[0])) continue;
      std::size_t end = 0;
      for (std::size_t k = 0; k < ws.size() && k < 10; ++k) {
        std::string_view w = ws[k];
        const std::string fw = text::fold(w);
        if (fw == "den" || fw == "d." || fw == "kl." || fw == "kl" || fw == "afholdt" || is_weekday(w) ||
            is_digit(w[0]))
          break;
        const bool trailing = w.find_first_of(".,:;") != std::string_view::npos;
        end = k + 1;
        // ("Lokalforeningen, Hjerneskadeforeningen Skive": past a comma
        // after a local unit's word, the association's name after it.)
        if (trailing && w.back() == ',' && !dated_here && k + 1 < ws.size() && starts_upper(ws[k + 1]) &&
            (fw == "lokalforeningen," || fw == "lokalafdelingen," || fw == "lokalgruppen,"))
          continue;
        if (trailing) break;
      }
      if (end == 0) continue;
      std::string_view last = ws[end - 1];
      while (!last.empty() && std::string_view(".,:;").find(last.back()) != std::string_view::npos) last.remove_suffix(1);
      std::string name(rest.substr(static_cast<std::size_t>(ws[0].data() - rest.data()),
                                   static_cast<std::size_t>(last.data() + last.size() - ws[0].data())));
      if (!name.empty()) return name;
    }
  }
  return std::nullopt;
}

namespace {

// The name after a case's number at the start of `t` up to its access
// ("90864 Det Lokale Beskæftigelsesråd i Roskilde Åbent punkt ..."); empty
// when `t` opens otherwise, nullopt when the words there are no name.
std::optional<std::string_view> name_after_case_number(std::string_view t) {
  std::size_t from = 0;
  while (from < t.size() && (is_digit(t[from]) || t[from] == '-' || t[from] == '/' || t[from] == '.')) ++from;
  if (from == 0 || from >= t.size() || t[from] != ' ') return std::string_view();
  const std::string_view rest = t.substr(from + 1, std::min<std::size_t>(t.size() - from - 1, 160));
  std::size_t end = std::string_view::npos;
  for (std::string_view access : {" Åbent punkt", " Lukket punkt"}) end = std::min(end, rest.find(access));
  if (end == std::string_view::npos) return std::string_view();
  const std::string_view name = trim(rest.substr(0, end));
  const std::size_t n = text::words(name).size();
  if (n == 0 || n > 10 || !starts_upper(name) ||
      std::any_of(name.begin(), name.end(), [](char c) { return is_digit(c) || c == ':'; }))
    return std::nullopt;
  return name;
}

}  // namespace

// "Sagsnr. 249393 Udvalget for Vækst, Erhverv og Globalisering Åbent punkt",
// "Sagsnr. 90864 Det Lokale Beskæftigelsesråd i Roskilde Åbent punkt":
// Roskilde's agenda pages print the committee under each case's title,
// between the case's number and whether the case is open (seen for five
// committees and councils in dev: Sundheds- og Omsorgsudvalget, the LBR,
// Udvalget for Vækst, Erhverv og Globalisering, the Elite- og Talentråd,
// the Beredskabskommission). Inside a transcript's run-on line too. A name
// of one to ten words, capitalised; every case must name the same.
std::optional<std::string> body_of_case_numbers(const std::vector<Line>& lines) {
  std::optional<std::string> only;
  // Each name read; false when the cases name different bodies.
  auto take = [&](std::optional<std::string_view> name) {
    if (!name) return false;
    if (name->empty()) return true;
    if (only && *only != *name) return false;
    only = std::string(*name);
    return true;
  };
  bool number_next = false;  // the line before ended in "Sagsnr." (a transcript's run-on line split there)
  for (const auto& l : lines) {
    const std::string_view t = l.text;
    if (number_next && !take(name_after_case_number(t))) return std::nullopt;
    for (std::size_t at = t.find("Sagsnr. "); at != std::string_view::npos; at = t.find("Sagsnr. ", at + 8))
      if (!take(name_after_case_number(t.substr(at + 8)))) return std::nullopt;
    number_next = ends_with(t, "Sagsnr") || ends_with(t, "Sagsnr.");
  }
  return only;
}

// The body a decision heading of the comma form names ("Landdistriktsudvalget,
// 15.03.2018", "Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 16") when its
// date is the meeting's: council minutes quote other bodies' treatments in
// that form, with their own dates. Without a meeting date, only when all
// such headings name one body.
std::optional<std::string> body_from_treatments(const std::vector<Line>& lines, const std::optional<std::string>& date) {
  std::optional<std::string> only;
  bool several = false;
  for (const auto& l : lines) {
    const std::string_view t = l.text;
    const auto comma = t.find(", ");
    if (comma == std::string_view::npos || comma > 80 || t.size() > comma + 40) continue;
    const std::string_view name = trim(t.substr(0, comma));
    const auto d = find_date(t.substr(comma));
    // "Det Lokale Beskæftigelsesråd i Roskilde, 20-08-2014, pkt. 59": a body
    // named with its place.
    const std::string fname = text::fold(name);
    const auto in = fname.find(" i ");
    const bool with_place = in != std::string::npos && in + 3 < fname.size() && voc::is_body_name(fname.substr(0, in)) &&
                            starts_upper(name.substr(in + 3));
    if (!d || !starts_upper(name) || text::words(name).size() > 8 || !(voc::is_body_name(fname) || with_place) ||
        find_date(name))
      continue;
    if (date) {
      if (*d == *date) return std::string(name);
      continue;
    }
    if (only && text::fold(*only) != text::fold(name)) several = true;
    if (!only) only = std::string(name);
  }
  if (date || several) return std::nullopt;
  return only;
}

// The body running text names as the one that met (docs/ARCHITECTURE.md
// §4.2): "Mødet i Sundheds- og Omsorgsudvalget begyndte kl. 14:30", else
// the body most often the subject of a decision ("at Lokaludvalget
// godkender dagsordenen", "Ældrerådet tager orienteringen til
// efterretning", "Menighedsrådet besvarer klagen"), not one quoting an
// earlier decision ("Byrådet godkendte den 26. maj 2009").
std::optional<std::string> body_from_running_text(const std::vector<Line>& lines) {
  static constexpr std::array<std::string_view, 25> k_verbs = {
      " godkender", " godkendte", " drøfter",   " drøftede", " tager ",    " tog ",       " besluttede", " beslutter",
      " anbefaler", " anbefalede", " tiltræder", " tiltrådte", " vedtog",    " vedtager",  " besvarer",   " bevilger",
      " bevilgede", " bedes ",    " skal ",      " ønsker ",  " noterede",  " behandlede", " holdt møde",
      " afholdt møde", " mødtes"};
  std::vector<std::pair<std::string, int>> votes;
  for (std::size_t i = 0; i < lines.size() && i < 400; ++i) {
    const std::string& t = lines[i].text;
    if (t.size() < 12) continue;
    const std::string f = text::fold(t);
    for (std::string_view cue : {"mødet i ", "møde i "}) {
      const auto at = f.find(cue);
      if (at == std::string::npos || names_other_meeting(f, at) || (at > 0 && f[at - 1] != ' ')) continue;
      // "Mødet i X begyndte", "Der indkaldes til ordinært møde i X".
      std::string name = name_after(t, at + cue.size());
      if (!name.empty() && text::words(name).size() <= 8) {
        const std::string after = text::fold(std::string_view(t).substr(at + cue.size() + name.size()));
        if (text::starts_with(after, " begyndte") || text::starts_with(after, " startede") ||
            text::starts_with(after, " sluttede") || text::starts_with(after, " blev") ||
            text::starts_with(after, " hævet") || f.find("indkald") < at ||
            // "Godkendelse af dagsorden til dagens møde i Kommunalbestyrelsen":
            // this meeting.
            (at >= 7 && f.compare(at - 7, 7, "dagens ") == 0))
          return name;
      }
    }
    for (std::string_view verb : k_verbs) {
      for (auto at = f.find(verb); at != std::string::npos; at = f.find(verb, at + 1)) {
        // "Byrådet godkendte den 26. maj 2009 ...": a decision quoted.
        const std::string_view after = std::string_view(f).substr(at + verb.size());
        const std::string_view a = trim(after);
        const bool met = verb.find("mød") != std::string_view::npos;  // "holdt møde", "mødtes"
        if (text::starts_with(a, "den ") || text::starts_with(a, "d. ") || text::starts_with(a, "tidligere") ||
            (!met && (text::starts_with(a, "på ") || text::starts_with(a, "i "))))
          continue;
        const std::string name = name_before(t, at);
        if (name.empty() || text::words(name).size() > 8) continue;
        const auto v = std::find_if(votes.begin(), votes.end(),
                                    [&](const auto& e) { return text::fold(e.first) == text::fold(name); });
        if (v == votes.end()) votes.emplace_back(name, 1);
        else ++v->second;
      }
    }
  }
  const auto best = std::max_element(votes.begin(), votes.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
  if (best == votes.end()) return std::nullopt;
  return best->first;
}

// "Transkript": the label a docplayer.dk page prints between the document's
// title and its text (78 of the 84 dev docplayer transcripts).
bool docplayer_label(std::string_view t) { return trim(t) == "Transkript"; }

// The title: the first line, joined with the lines that continue it when it
// is only a lead-in ("Referat" / "til" / "mødet i Praksisplanudvalg" / "den
// 23. februar 2021 kl. 15:00"). Returns the number of lines it takes.
std::size_t title_lines(const std::vector<Line>& lines, std::string& title) {
  title = lines.front().text;
  std::replace(title.begin(), title.end(), '\t', ' ');
  std::size_t n = 1;
  auto continues = [&](const std::string& t) {
    const std::string f = text::fold(title);
    const auto lead = voc::title_lead_in(f);
    return (lead == f.size() || ends_with(f, " i") || ends_with(f, " til") || ends_with(f, " for") ||
            ends_with(f, " af") || ends_with(f, " fra")) &&
           t.size() <= 100 && t.find(": ") == std::string::npos && t.find(", ") == std::string::npos &&
           !find_date(title);
  };
  // ("Referat bestyrelsesmøde i" / "Transkript": a docplayer.dk page's title,
  // often cut short, over its label for the text, which names nothing.)
  while (n < lines.size() && n < 5 && lines[n].cells.empty() && !label_of(lines[n]) && continues(lines[n].text) &&
         !docplayer_label(lines[n].text)) {
    title += ' ';
    title += lines[n].text;
    ++n;
  }
  // A date on the line after a complete title ("den 23. februar 2021").
  if (n < lines.size() && n < 5 && !find_date(title) && lines[n].cells.empty() && !label_of(lines[n]) &&
      lines[n].text.size() <= 100 && find_date(lines[n].text) &&
      (text::starts_with(text::fold(lines[n].text), "den ") || is_weekday(text::words(lines[n].text).front()))) {
    title += ' ';
    title += lines[n].text;
    ++n;
  }
  return n;
}

namespace {

// A group's heading at lines[i] ("Rektorat", "Sekretariat:", "Fra
// kommunerne") over people one a line ("Rektor Anne Holm, under punkt 1 - 7"):
// the people are read as present under that group. Returns the last line
// taken, or i when lines[i] heads no such group (two people at least, or one
// under a heading that ends with a colon).
std::size_t read_group(const std::vector<Line>& lines, std::size_t i, std::size_t end,
                       const std::vector<bool>& listing, Meeting& m, std::vector<std::string>& absent) {
  std::string_view t = trim(lines[i].text);
  if (t.empty() || t.size() > 60 || i + 1 >= end || !starts_upper(t) || t.back() == '.' ||
      std::any_of(t.begin(), t.end(), [](char c) { return is_digit(c) || c == ',' || c == '|'; }))
    return i;
  // Cheap tests first: the heading is read for a whole document without
  // items, line by line.
  const std::string_view next = trim(lines[i + 1].text);
  if (next.empty() || next.size() > 160 || !starts_upper(next) || listing[i + 1]) return i;
  const auto ws = text::words(t);
  if (ws.size() > 4 || section_head(t) || !read_person_entries(t).empty()) return i;
  // "På valg dette år:" / "Formand Anders Kamper (2 år)": candidates.
  if (voc::speaks_of_election(text::fold(t))) return i;
  std::vector<std::string> people;
  std::size_t last = i;
  for (std::size_t j = i + 1; j < end && !listing[j] && !label_of(lines[j]) && !section_head(lines[j].text); ++j) {
    const std::string& l = lines[j].text;
    const auto entries = read_person_entries(l, true);
    if (entries.size() != 1 || text::words(l).size() > 14) break;
    people.push_back(l);
    last = j;
  }
  if (people.size() < 2 && !(people.size() == 1 && t.back() == ':')) return i;
  std::string group(t);
  if (!group.empty() && group.back() == ':') group.pop_back();
  for (const auto& p : people) read_people(p, group, m, absent);
  return last;
}

}  // namespace

// A table whose head row is two attendance labels ("Deltagere\tAfbud",
// "Til stede\tFraværende") and whose rows give a name in each column
// ("Anne Holm\tCarl Berg"): the first column's people are read under the
// first label, the second's under the second. Returns the last row taken,
// or i when lines[i] is no such head.
std::size_t read_attendance_columns(const std::vector<Line>& lines, std::size_t i, std::size_t end,
                                    const std::vector<bool>& listing, Meeting& m, std::vector<std::string>& absent) {
  const Line& head = lines[i];
  if (head.cells.size() != 2) return i;
  auto field_of = [](std::string_view cell) {
    std::string_view c = trim(cell);
    while (!c.empty() && (c.back() == ':' || c.back() == ' ')) c.remove_suffix(1);
    return voc::header_field(text::fold(c));
  };
  const auto f0 = field_of(head.cells[0]), f1 = field_of(head.cells[1]);
  if (!f0 || !f1 || !is_people_field(*f0) || !is_people_field(*f1) || *f0 == *f1) return i;
  std::vector<std::string> col0, col1;
  std::size_t last = i;
  for (std::size_t j = i + 1; j < end && !listing[j]; ++j) {
    if (label_of(lines[j]) || section_head(lines[j].text)) break;
    if (lines[j].cells.empty()) {
      // A row whose second cell is empty: one name, the first column's.
      if (read_person_entries(lines[j].text).size() != 1) break;
      col0.push_back(lines[j].text);
    } else {
      col0.push_back(lines[j].cells[0]);
      if (lines[j].cells.size() >= 2) col1.push_back(lines[j].cells[1]);
    }
    last = j;
  }
  if (last == i) return i;
  read_people_value(col0, *f0, m, absent);
  read_people_value(col1, *f1, m, absent);
  return last;
}

namespace {

// The cells of a row: a table's cells, else the text split at bars ("| Anne
// Holm | X | |") or tabs, empty cells kept so that columns line up.
std::vector<std::string> row_cells(const Line& line) {
  if (!line.cells.empty()) return line.cells;
  std::string_view t = trim(line.text);
  const char sep = t.find('|') != std::string_view::npos ? '|' : t.find('\t') != std::string_view::npos ? '\t' : 0;
  if (!sep) return {};
  if (sep == '|') {
    if (!t.empty() && t.front() == '|') t.remove_prefix(1);
    if (!t.empty() && t.back() == '|') t.remove_suffix(1);
  }
  std::vector<std::string> out;
  for (std::size_t start = 0;;) {
    const auto at = t.find(sep, start);
    out.emplace_back(trim(t.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

// The attendance a column head names: 1 present ("Til stede", "Deltog",
// "Mødt"), 0 absent ("Afbud", "Fraværende", "Ikke til stede"), -1 none.
int status_column(std::string_view cell) {
  std::string f = text::fold(trim(cell));
  while (!f.empty() && (f.back() == ':' || f.back() == '.' || f.back() == ' ')) f.pop_back();
  for (std::string_view w : {"til stede", "tilstede", "deltog", "deltager", "deltaget", "mødt", "fremmødt", "mødte",
                             "present", "ja"})
    if (f == w) return 1;
  for (std::string_view w : {"afbud", "fraværende", "fravær", "ikke til stede", "ikke tilstede", "forfald",
                             "meldt afbud", "udeblevet", "udeblev", "ikke mødt", "nej"})
    if (f == w) return 0;
  return -1;
}

bool is_cross_head(const Line& line) {
  const auto cells = row_cells(line);
  return cells.size() >= 2 &&
         std::any_of(cells.begin(), cells.end(), [](const std::string& c) { return status_column(c) >= 0; });
}

// A cross in a table's cell: "X", "x", "✓", "✔", "•".
bool is_cross(std::string_view cell) {
  const std::string_view c = trim(cell);
  return c == "X" || c == "x" || c == "\u2713" || c == "\u2714" || c == "\u2022" || c == "\u00d7";
}

}  // namespace

// An attendance table of crosses: a head row with a name column and one
// or more status columns ("Navn | Til stede | Afbud"), rows of a name and a
// cross under the status that holds ("| Anne Holm | X | |"). Returns the
// last row taken, or i when lines[i] is no such head.
std::size_t read_cross_table(const std::vector<Line>& lines, std::size_t i, std::size_t end,
                             const std::vector<bool>& listing, Meeting& m, std::vector<std::string>& absent) {
  const auto head = row_cells(lines[i]);
  if (head.size() < 2) return i;
  std::vector<int> status(head.size(), -1);
  bool any = false;
  for (std::size_t c = 0; c < head.size(); ++c) any = (status[c] = status_column(head[c])) >= 0 || any;
  if (!any) return i;
  std::size_t last = i, crosses = 0;
  std::vector<std::pair<std::string, bool>> rows;  // name, present
  for (std::size_t j = i + 1; j < end && !listing[j]; ++j) {
    const auto cells = row_cells(lines[j]);
    if (cells.size() < 2) break;
    // "|---|---|": a rule under the head.
    if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
          return c.find_first_not_of("-: ") == std::string::npos;
        })) {
      last = j;
      continue;
    }
    std::optional<std::string> name;
    int mark = -1;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c < status.size() && status[c] >= 0) {
        if (is_cross(cells[c])) mark = mark < 0 ? status[c] : -2;  // crosses in two columns: unknown
        continue;
      }
      if (!name && !cells[c].empty()) {
        const auto entries = read_person_entries(cells[c], true);
        if (entries.size() == 1) name = entries.front().name;
      }
    }
    if (!name) break;
    last = j;
    if (mark < 0) continue;
    ++crosses;
    rows.emplace_back(*name, mark == 1);
  }
  if (crosses == 0) return i;
  for (const auto& row : rows) {
    const std::string& name = row.first;  // no structured binding: the lambda below names it
    if (!row.second) {
      absent.push_back(name);
      continue;
    }
    if (std::none_of(m.participants.begin(), m.participants.end(),
                     [&](const Participant& q) { return q.person_id == person_id(name); })) {
      Participant p;
      p.name = name;
      p.person_id = person_id(name);
      p.group = "Deltagere";
      m.participants.push_back(std::move(p));
    }
  }
  return last;
}

namespace {

// The attendance field an entry of a bulleted list or the words before a
// bullet name ("Deltagere", "Afbud", "AFBUD/FRAVÆRENDE"), if any.
std::optional<Field> attendance_head(std::string_view words) {
  const auto f = voc::header_field(text::fold(trim(words)));
  if (f && is_people_field(*f)) return f;
  return std::nullopt;
}

constexpr std::string_view k_spaced_bullet = " \xE2\x80\xA2 ";  // " • "

// The bare attendance label that ends `t` (one to three words, capitalised;
// not a status after a dash, "Ulrik Falk-Sørensen (F) - Afbud"): the offset
// of its first word and its field.
std::optional<std::pair<std::size_t, Field>> label_at_end(std::string_view t) {
  std::optional<std::pair<std::size_t, Field>> best;
  std::size_t x = t.size();
  for (int words = 0; words < 3 && x > 0; ++words) {
    const std::size_t sp = t.find_last_of(' ', x - 1);
    const std::size_t w = sp == std::string_view::npos ? 0 : sp + 1;
    if (const auto f = attendance_head(t.substr(w)); f && text::starts_capital(t.substr(w)))
      best = std::make_pair(w, *f);
    if (sp == std::string_view::npos) break;
    x = sp;
  }
  if (best && best->first >= 2 && std::string_view("-\x93").find(t[best->first - 2]) != std::string_view::npos)
    return std::nullopt;
  return best;
}

// Where a bare attendance label stands before a bullet in a line ("...
// Mødested Regionsrådssalen Deltagere • Stephanie Lose, V • ..."): the
// offset of its first word and its field.
std::optional<std::pair<std::size_t, Field>> bulleted_attendance_label(std::string_view t) {
  for (std::size_t b = t.find(k_spaced_bullet); b != std::string_view::npos; b = t.find(k_spaced_bullet, b + 1))
    if (const auto lab = label_at_end(t.substr(0, b))) return lab;
  return std::nullopt;
}

// "Deltagere • Stephanie Lose, V • Poul-Erik Svendsen, A ... • Afbud •
// Villy Søvndal, F - Tine Hundahl Jensen stedfortræder • Luk alle punkter
// Referat 1. ...": the label over a bulleted list, one entry a line on the
// page, run by a transcript into one line with the next label and the text
// after the list (Region Syddanmark's council and its committees, Ballerup's
// council and Økonomiudvalg). Each entry is read as the page's line would
// be; an attendance label at an entry's end ("• Peter Als (A) - Deltog
// AFBUD/FRAVÆRENDE • ...") starts its list, and an entry that names nobody
// ends the lists (unless it is a short note between two entries, "•
// Deltog ikke under punkterne 20-21 •"). `lab` is the label's offset and
// field (bulleted_attendance_label).
void read_bulleted_attendance(std::string_view t, const std::pair<std::size_t, Field>& lab, Meeting& m,
                              std::vector<std::string>& absent) {
  std::vector<std::string_view> entries;
  std::string_view rest = t.substr(lab.first);
  for (std::size_t b = rest.find(k_spaced_bullet); b != std::string_view::npos; b = rest.find(k_spaced_bullet)) {
    entries.push_back(trim(rest.substr(0, b)));
    rest = rest.substr(b + k_spaced_bullet.size());
  }
  entries.push_back(trim(rest));
  Field field = lab.second;
  std::vector<std::string> list;
  for (std::size_t k = 1; k < entries.size(); ++k) {
    std::string_view e = entries[k];
    std::optional<Field> next;
    if (k + 1 < entries.size())
      if (const auto tail = label_at_end(e)) {
        next = tail->second;
        e = trim(e.substr(0, tail->first));
      }
    if (!e.empty()) {
      if (read_person_entries(e).empty()) {
        const bool more = k + 1 < entries.size() && !read_person_entries(entries[k + 1]).empty();
        if (!(more && !list.empty() && !next && text::words(e).size() <= 6)) break;
      }
      list.emplace_back(e);
    }
    if (next) {
      if (!list.empty()) read_people_value(list, field, m, absent);
      list.clear();
      field = *next;
    }
  }
  if (!list.empty()) read_people_value(list, field, m, absent);
}

// "... i A-huset. Tilstede: Lars, Nina Afbud: Referent: Lars": the lists
// from an attendance label inside a line on, with the labels inside them.
// (A bulleted list under a bare label before them: read_bulleted_attendance.)
bool read_inline_attendance(std::string_view t, Meeting& m, std::vector<std::string>& absent) {
  const auto in = inline_attendance_label(t);
  if (const auto bulleted = bulleted_attendance_label(t); bulleted && (!in || bulleted->first < in->first)) {
    read_bulleted_attendance(t, *bulleted, m, absent);
    return true;
  }
  if (!in) return false;
  const std::string_view from = t.substr(in->first);
  const std::string_view value = trim(from.substr(from.find(':') + 1));
  if (in->second == Field::chair || in->second == Field::minute_taker) {
    // "Referent: Anne Holm Valg af dirigent: ..." names one person.
    read_role_value(in->second, value, m);
  } else {
    read_people_value({std::string(value)}, in->second, m, absent);
  }
  return true;
}

// The date candidates of a header line: the first date near the start of a
// line, and the meeting's date line (one naming its weekday beats one that
// does not).
void note_date_candidates(const Line& line, std::optional<std::string>& first_date,
                          std::optional<std::string>& date_line, bool& date_line_weekday) {
  if (!first_date) {
    // Not a date a sentence quotes ("Byrådet godkendte den 26. maj 2009
    // ...", "referat af mødet den 15. april"): near the start of the
    // line (a transcript's page header runs into its text).
    const std::string f = text::fold(line.text);
    const auto at = f.find("møde");
    // (Nor the approval of the last minutes as a line of its own,
    // "Godkendelse af referat af den 3. juni 2025.": that meeting's date.)
    const bool approval = text::starts_with(f, "godkendelse af") && f.find("referat") < 40;
    // Nor a stamp's date a transcript ran into the meeting's line
    // ("Skrevet onsdag d. 26. februar 2020 Generalforsamlingen i
    // Hjerteforeningen Herning mandag 24. Feb. 2020"): the next one.
    if (!(at != std::string::npos && names_other_meeting(f, at)) && !approval) {
      const std::string_view head = std::string_view(line.text).substr(0, 160);
      for (std::size_t from = 0, where = 0; from < head.size();) {
        first_date = find_date(head.substr(from), &where);
        if (!first_date || !stamped(f, from + where)) break;
        first_date.reset();
        from = head.find(' ', from + where);  // past the stamp's date's day
      }
    }
  }
  // "07. februar 2024 kl. 14:20" (a post's stamp) over "TIRSDAG DEN 30.
  // JANUAR 2024 KL. 19:30": the meeting's date line names its weekday.
  if ((!date_line || !date_line_weekday) && is_date_line(line.text)) {
    const bool weekday = is_weekday(text::words(line.text).front());
    if (!date_line || weekday) {
      date_line = find_date(line.text);
      date_line_weekday = weekday;
    }
  }
}

// "Bestyrelsen: Niels O. Pedersen, Villum Christensen, ...": a group of the
// people present under its own name; false when the line is none.
bool read_group_under_its_name(std::string_view t, Meeting& m, std::vector<std::string>& absent) {
  if (const auto colon = t.find(": "); colon != std::string_view::npos && colon <= 40 &&
                                      text::words(t.substr(0, colon)).size() <= 4 && starts_upper(t)) {
    const std::string_view value = t.substr(colon + 2);
    // "Næstformand: Bo Jensen", "Sekretær: Ida Holm": one person under a
    // role (as header tables name a board's officers).
    const std::string_view group = t.substr(0, colon);
    const bool role = text::words(group).size() == 1 && voc::is_job_title(text::fold(group)) && is_name_list(value) &&
                      read_person_entries(value).size() == 1;
    // "Afbud/fravær: A, B", "Meddelt forfald: A, B": a group named for
    // absence is the absent, whatever its words.
    const std::string fg = text::fold(group);
    bool away = false;
    for (std::string_view w : {"afbud", "fravær", "forfald", "forhindret", "udebl", "sygemeld", "ikke til stede",
                               "ikke tilstede", "ikke mødt", "ikke deltag", "deltog ikke", "meldt fra"})
      away = away || fg.find(w) != std::string::npos;
    if (away) {
      for (auto& n : absent_names(value, m)) absent.push_back(std::move(n));
      return true;
    }
    // ("Revisorerne: Mogens Hansen og Uffe Dam": holders of an office.)
    if ((role || read_person_entries(value).size() >= 2) && !voc::speaks_of_election(fg))
      read_people(value, std::string(group), m, absent);
    return true;
  }
  return false;
}

// A header line without a label: attendance inside it, a cross table, a
// group under its name or a group's heading over people one a line. Returns
// the last line read.
std::size_t read_unlabelled_line(const std::vector<Line>& lines, std::size_t i, std::size_t end,
                                 const std::vector<bool>& listing, Meeting& m, std::vector<std::string>& absent) {
  // "... i A-huset. Tilstede: Lars, Nina Afbud: Referent: Lars": the
  // lists from the label on, with the labels inside them.
  if (read_inline_attendance(lines[i].text, m, absent)) return i;
  if (const std::size_t last = read_cross_table(lines, i, end, listing, m, absent); last > i) return last;
  if (read_group_under_its_name(lines[i].text, m, absent)) return i;
  // "Rektorat" / "Rektor Anne Holm" / "Prorektor Bo Jensen": a group's
  // heading over people one a line, after the lists under labels.
  if (const std::size_t last = read_group(lines, i, end, listing, m, absent); last > i) return last;
  return i;
}

// A label's value that is only more labels ("Siumut: Inuit Ataqatigiit:
// Atassut:"): one to three capitalised words before each colon, nothing
// after the last.
bool only_heads(std::string_view v) {
  v = trim(v);
  if (v.empty() || v.back() != ':' || v.find_first_of(",;()0123456789") != std::string_view::npos) return false;
  for (std::size_t from = 0; from < v.size();) {
    const std::size_t colon = v.find(':', from);
    const auto ws = text::words(v.substr(from, colon - from));
    if (ws.empty() || ws.size() > 3 || !text::starts_capital(ws.front())) return false;
    from = colon + 1;
  }
  return true;
}

// The people a flattened "Medlemmer: Fraværende:" table names twice, in
// both its columns, the absent column's names run in among the members'
// without commas ("... Helle Plougmann (Løsgænger) Allan Gjersbøl Jørgensen
// (A) Bente Hedegaard (A) Inger K. Andersen (O) ... Mads Nikolajsen (F)
// Helle Plougmann (Løsgænger)", Norddjurs' Kommunalbestyrelse; as Tårnby's
// absent members stand in both of its columns): a member named twice is
// absent. Their names, comma-separated, or "" unless two or more names
// come twice in a list of eight or more.
std::string named_twice(std::string_view value) {
  const auto entries = read_person_entries(value);
  if (entries.size() < 8) return {};
  std::vector<std::string> seen, twice;
  for (const auto& e : entries) {
    if (text::words(e.name).size() < 2) continue;
    if (std::find(seen.begin(), seen.end(), e.name) != seen.end()) {
      if (std::find(twice.begin(), twice.end(), e.name) == twice.end()) twice.push_back(e.name);
    } else {
      seen.push_back(e.name);
    }
  }
  if (twice.size() < 2) return {};
  std::string out;
  for (const auto& n : twice) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// Where the second column of a flattened "Deltagere: Afbud:" table starts:
// its first name glued to the first column's last, with no comma between
// ("..., Vibeke Rasmussen Camilla Schwalbe, Jannie Meiltoft, Lars
// Brandstrup": Tårnby's Kommunalbestyrelse; "..., Søren Normann Andersen og
// Jan Rodtwitt Steen Fredsøe Sørensen Henrik Nørgaard bød velkommen ...":
// DMU's Hovedbestyrelse; as values_after_labels reads Vordingborg's bare
// heads). The offsets of that name in `value` and of the column's end (the
// comma after the text runs on into prose, three lower-case words, or the
// value's end), in a comma list of three entries or more that goes on for
// no more entries than came before it.
std::optional<std::pair<std::size_t, std::size_t>> second_column(std::string_view value) {
  const auto prose = [](std::string_view piece) {
    const auto ws = text::words(piece);
    return std::count_if(ws.begin(), ws.end(), [](std::string_view w) { return !text::starts_capital(w) && w != "og"; }) >= 3;
  };
  std::size_t pieces_before = 0;
  for (std::size_t from = 0; from < value.size();) {
    std::size_t to = value.find(',', from);
    if (to == std::string_view::npos) to = value.size();
    std::string_view piece = trim(value.substr(from, to - from));
    if (text::starts_with(piece, "og ")) piece = trim(piece.substr(3));
    if (const auto og = piece.find(" og "); og != std::string_view::npos) piece = trim(piece.substr(og + 4));
    const auto entries = read_person_entries(piece, true);
    if (pieces_before >= 2 && entries.size() >= 2 && text::words(entries[0].name).size() >= 2 &&
        text::starts_with(piece, entries[0].name)) {
      const std::size_t at = piece.find(entries[1].name, entries[0].name.size());
      if (at == std::string_view::npos) return std::nullopt;
      const std::size_t start = static_cast<std::size_t>(piece.data() - value.data()) + at;
      std::size_t end = start, after = 0;
      while (end < value.size()) {
        std::size_t comma = value.find(',', end);
        if (comma == std::string_view::npos) comma = value.size();
        const bool ends = prose(value.substr(end, comma - end));
        end = comma;
        if (ends || end == value.size()) break;
        ++end;
        ++after;
      }
      if (after > pieces_before) return std::nullopt;
      return std::make_pair(start, end);
    }
    ++pieces_before;
    from = to + 1;
  }
  return std::nullopt;
}

// "Deltagere: Afbud: Anne Holm, Bo Jensen" (split by a transcript into
// two lines): the heads of a two-column table flattened, whose names
// are mostly the first column's, those present; the second column's,
// after its first name glued to the first's last, are absent
// (second_column). Returns the last line read.
std::size_t read_flattened_attendance_heads(const std::vector<Line>& lines, std::size_t i, std::size_t end,
                                            const std::vector<bool>& listing, const Labelled& lab, Meeting& m,
                                            std::vector<std::string>& absent) {
  if (lab.field == Field::present && lab.value.empty() && i + 1 < end && !listing[i + 1]) {
    if (const auto next = label_of(lines[i + 1]); next && next->field == Field::absent && !next->value.empty()) {
      std::size_t next_last = i + 1;
      const auto names = label_value(lines, i + 1, end, listing, *next, next_last);
      const std::string joined = join_list_lines(names);
      if (const auto column = second_column(joined)) {
        read_people_value({joined.substr(0, column->first)}, Field::present, m, absent);
        read_people_value({joined.substr(column->first, column->second - column->first)}, Field::absent, m, absent);
      } else if (const auto twice = named_twice(joined); !twice.empty()) {
        read_people_value(names, Field::present, m, absent);
        read_people_value({twice}, Field::absent, m, absent);
      } else {
        read_people_value(names, Field::present, m, absent);
      }
      i = next_last;
    }
  }
  // "Afbud:" / "Referent: A, B, C D" (a transcript's line split after the
  // first of two stacked heads): the absent, then the minute taker.
  if (lab.field == Field::absent && lab.value.empty() && i + 1 < end && !listing[i + 1]) {
    if (const auto next = label_of(lines[i + 1]);
        next && (next->field == Field::minute_taker || next->field == Field::chair) && !next->value.empty() &&
        read_stacked_absence_and_role(next->field, trim(next->value), m, absent))
      ++i;
  }
  return i;
}

// A labelled header field's value: the body, date, time, place, chair,
// minute taker or people.
void read_labelled_value(const std::vector<Line>& lines, std::size_t i, std::size_t end, const Line& line,
                         const Labelled& lab, const std::vector<std::string>& value, Meeting& m,
                         std::vector<std::string>& absent, std::optional<std::string>& labelled_date) {
  const std::string& v = value.front();
  switch (lab.field) {
    case Field::meeting:
    case Field::body: {
      // "MØDE: Referat" names the document, not the body.
      const std::string f = text::fold(v);
      if (voc::title_lead_in(f) == f.size()) break;
      auto b = body_of_title(v);
      // "UDVALG Akademisk Råd MØDE": the next label of a flattened table.
      if (b) {
        const auto bw = text::words(*b);
        if (bw.size() >= 2 && voc::header_field(text::fold(bw.back())) && in_capitals(bw.back()))
          b = std::string(trim(std::string_view(*b).substr(0, static_cast<std::size_t>(bw.back().data() - b->data()))));
      }
      // "Udvalg: HMU Socialområdet" under a page title "Dagsordener og
      // referater fra HMU på Socialområdet": the label names the body as
      // the body writes itself.
      if (b && (!m.body || (lab.field == Field::body && text::fold(*m.body).find(text::fold(*b)) == std::string::npos)))
        m.body = b;
      if (!m.title) m.title = v;
      if (!labelled_date) labelled_date = find_date(v);
      if (!labelled_date) labelled_date = front_table_date(line.text);
      break;
    }
    case Field::date:
      if (!labelled_date) labelled_date = find_date(v);
      // "Mødedato: Onsdag den" / "22. november 2023": a date broken over
      // two lines by the extraction.
      if (!labelled_date && i + 1 < end && !label_of(lines[i + 1]))
        labelled_date = find_date(v + " " + lines[i + 1].text);
      if (!m.start_time) m.start_time = find_time(v);
      break;
    case Field::time:
      if (!m.start_time) m.start_time = find_time(v, true);
      if (!labelled_date) labelled_date = find_date(v);  // "STARTTIDSPUNKT 04-06-2020 09:00:00"
      // "MØDETIDSPUNKT: MØDET HÆVET: Underudvalg for Økonomi": Skive
      // Kommune's agenda system (2006-2008) stacks its header's labels and
      // prints the committee's name last, as the value of "MØDET HÆVET:"
      // whose time the transcript lost.
      if (!m.body)
        if (const auto colon = v.find(':'); colon != std::string::npos && text::fold(trim(std::string_view(v).substr(0, colon))) == "mødet hævet") {
          const std::string_view rest = trim(std::string_view(v).substr(colon + 1));
          if (!rest.empty() && !find_time(rest) && titles_body(rest)) m.body = body_of_title(rest);
        }
      break;
    case Field::place:
      if (!m.location) m.location = v;
      break;
    case Field::chair:
    case Field::minute_taker: {
      // "Referent: Rådssekretær Sille L S Nielsson": the name, not the title.
      std::string who(trim(v));
      while (!who.empty() && who.back() == '.') who.pop_back();
      const auto entries = read_person_entries(who);
      if (entries.size() == 1) who = entries.front().name;
      if (who.empty() || text::words(who).size() > 8) break;
      (lab.field == Field::chair ? m.chair : m.minute_taker) = who;
      break;
    }
    default:
      if (lab.field == Field::present && line.cells.size() >= 2 && value.size() == 1)
        read_participant_cell(v, m);  // the run-on "Deltagere" cell of a header table
      else
        read_people_value(value, lab.field, m, absent);
      break;
  }
  if (!m.start_time && lab.field != Field::time) {
    if (auto t = find_time(v); t && lab.field == Field::date) m.start_time = t;
  }
}

// The date of a heading that opens one of the first lines, its page's
// number first or not (date_after_meeting_word, or a lead-in and the
// meeting's weekday and date: "1 Referat Tirsdag den 5. marts 2019 ...");
// nullopt when none does.
std::optional<std::string> heading_date_opening_page(const std::vector<Line>& lines, std::size_t end) {
  for (std::size_t i = 0; i < lines.size() && i < end && i < 6; ++i) {
    std::string_view t = lines[i].text;
    std::size_t d = 0;
    while (d < t.size() && d < 3 && is_digit(t[d])) ++d;
    if (d > 0 && d < t.size() && t[d] == ' ') t = t.substr(d + 1);
    const std::string f = text::fold(t);
    if (auto date = date_after_meeting_word(f)) return date;
    // ("Referat Tirsdag den 5. marts 2019": the weekday's date right after
    // the lead-in.)
    if (const std::size_t lead = voc::title_lead_in(f); lead > 0 && lead < f.size() && f[lead] == ' ')
      if (const std::size_t w = lead + 1; is_weekday(f.substr(w, f.find(' ', w) - w)))
        if (auto date = date_at_word(f, w)) return date;
  }
  return std::nullopt;
}

// Whether a full date (with its year) starts `s`: "13. september 2012",
// not "13. september, kl" nor "Kl. 17:00".
bool opens_with_full_date(std::string_view s) {
  std::size_t where = 0;
  return !s.empty() && is_digit(s[0]) && find_date(s.substr(0, std::min<std::size_t>(s.size(), 40)), &where) && where == 0;
}

// The text after the "den" of the meeting's day whose date a transcript
// lost in the folded line `f`, its first 40 bytes; nullopt when none
// did: docplayer.dk and the like drop a date's numbers and
// leave its weekday and "den" before the next word ("Mødedato: Onsdag den
// Mødested:", Haderslev's agenda system; "Referat Byrådet's møde Tirsdag
// den Kl. 17:00", Svendborg's; "Tid: Onsdag den kl Sted:", Holbæk's
// Ældreråd; "Dannet den: Tirsdag den Mødedato: Mandag den", Ringsted's).
// Another date in such a header (the paper's "2. april 2014/OS", "Den 20.
// april 2016", "REFERAT 29. august 2013 Sagsnr.: ...") is not the
// meeting's.
std::optional<std::string> lost_day_in_line(const std::string& f) {
  const std::size_t limit = std::min<std::size_t>(f.size(), 300);
  for (std::string_view day : k_weekdays)
    for (std::size_t at = f.find(day); at != std::string::npos && at < limit; at = f.find(day, at + 1)) {
      if ((at > 0 && f[at - 1] != ' ') || names_other_meeting(f, at) || stamped(f, at)) continue;
      std::string_view after = std::string_view(f).substr(at + day.size());
      // (Or "den" ends the line: "Handicaprådet REFERAT. Mødedato:
      // Onsdag den", a transcript's title.)
      if (after == " den" || after == " d.") return std::string();
      if (text::starts_with(after, " den ")) after.remove_prefix(5);
      else if (text::starts_with(after, " d. ")) after.remove_prefix(4);
      else continue;
      if (!opens_with_full_date(after)) return std::string(after.substr(0, std::min<std::size_t>(after.size(), 40)));
    }
  // "Referat Bestyrelsesmøde hos NT den Deltagere", "Referat fra møde i
  // Regionskontaktudvalget (REKU) den i Friluftsrådet": "den" a few
  // words after the meeting's word, its date gone.
  for (std::size_t at = f.find("møde"); at != std::string::npos && at < 160; at = f.find("møde", at + 1)) {
    std::size_t e = at + std::string_view("møde").size();
    if (e < f.size() && f[e] == 't') ++e;
    if (e >= f.size() || f[e] != ' ' || names_other_meeting(f, at)) continue;
    // (Its line may end at "den": a transcript's line split before the
    // next label, "Referat Bestyrelsesmøde hos NT den" / "Deltagere ...".)
    auto on = f.find(" den ", e);
    if (on == std::string::npos && ends_with(f, " den")) on = f.size() - 4;
    if (on == std::string::npos) continue;
    const auto before = text::words(std::string_view(f).substr(e, on - e));
    if (before.size() > 5) continue;
    // (Not the article: "møde i den nye bestyrelse", "møde med den
    // regionale ...".)
    static constexpr std::array<std::string_view, 9> k_prepositions = {"i",  "med", "for", "til", "om",
                                                                       "af", "på",  "fra", "ved"};
    if (!before.empty() && std::find(k_prepositions.begin(), k_prepositions.end(), before.back()) !=
                               k_prepositions.end())
      continue;
    if (const std::string_view after = std::string_view(f).substr(std::min(on + 5, f.size())); !opens_with_full_date(after))
      return std::string(after.substr(0, std::min<std::size_t>(after.size(), 40)));
  }
  return std::nullopt;
}

// The same in the header's first lines.
std::optional<std::string> lost_meeting_day(const std::vector<Line>& lines, std::size_t end) {
  for (std::size_t i = 0; i < lines.size() && i < end && i < 6; ++i) {
    const std::string f = text::fold(lines[i].text);
    if (is_document_date_line(f)) continue;
    if (auto lost = lost_day_in_line(f)) return lost;
  }
  return std::nullopt;
}

// Whether `date` may be the meeting's in a header whose meeting's day lost
// its date (`lost`, the text after the day's "den"): only when the day and
// month are left and are the date's ("Referat 7. april 2021" over
// "Skolebestyrelsesmøde den 7. april kl. 17.30", a school board's Aula
// page).
bool fits_lost_day(const std::string& lost, const std::string& date) {
  if (lost.empty() || !is_digit(lost[0])) return false;
  const auto same = find_day_in_year(lost, std::stoi(date.substr(0, 4)));
  return same && *same == date;
}

// The meeting's date from the candidates the header's lines gave, then
// from the cues further down.
void settle_meeting_date(const std::vector<Line>& lines, std::size_t begin, std::size_t end,
                         const std::vector<bool>& listing, std::optional<std::string> labelled_date,
                         const std::optional<std::string>& date_line, const std::optional<std::string>& first_date,
                         Meeting& m) {
  // (The cues are read above an agenda list: its entries' dates,
  // "57. Orientering til mødet den 26.06.2014", are other meetings'.)
  std::size_t cue_end = end;
  for (std::size_t i = begin; i < end && i < listing.size(); ++i)
    if (listing[i]) {
      cue_end = i;
      break;
    }
  // A heading that opens a transcript's first page line with the meeting's
  // word and its day ("1 Referat af bestyrelsesmøde tirsdag den 5. marts
  // 2019 Til stede: ... Referent: Bo Jensen Dato: 12. marts 2019") dates
  // the meeting as the line form's title does: a "Dato:" label further on
  // in that line is the paper's.
  if (labelled_date && !m.date)
    if (auto d = heading_date_opening_page(lines, cue_end); d && *d != *labelled_date) labelled_date = d;
  // A meeting phrase's date beats a bare date (a page's stamp) in the
  // title or above it.
  if (!labelled_date && (!m.date || (m.title && is_date_line(*m.title))))
    if (auto d = date_of_meeting_phrase(lines, cue_end)) m.date = d;
  // The weekday's date after a paper's date beats the title's too.
  if (!labelled_date && m.date)
    if (auto d = weekday_date_after_paper_date(lines, cue_end)) m.date = d;
  // So does the date after the meeting's word on a transcript's first page.
  if (!labelled_date)
    if (auto d = meeting_date_after_paper_date(lines, cue_end)) m.date = d;
  if (!m.date) m.date = labelled_date;
  // (A header whose meeting's day lost its date: a bare date in it is
  // another's, unless it is that day.)
  // (Only a bare date can be refused for a lost day: computed for one.)
  const auto lost = m.date || (!date_line && !first_date) ? std::nullopt : lost_meeting_day(lines, cue_end);
  const auto fits = [&](const std::optional<std::string>& d) { return d && (!lost || fits_lost_day(*lost, *d)); };
  if (!m.date && fits(date_line)) m.date = date_line;
  if (!m.date) m.date = weekday_date_near_start(lines, cue_end, 200);
  if (!m.date) m.date = date_from_cues(lines, cue_end);
  if (!m.date && fits(first_date)) m.date = first_date;
  // A web page printed as a transcript opens with the site's text (a
  // cookie notice, the archive's introduction) before the meeting's line:
  // "... sortere på udvalg Referat Mandag d. 7 februar 2022, kl. 10:15".
  if (!m.date) m.date = weekday_date_near_start(lines, cue_end, 1000);
  for (std::size_t i = 0; !m.date && i < lines.size() && i < cue_end && i < 6; ++i)
    m.date = date_after_lead(lines[i].text, text::fold(lines[i].text), 1000);
  for (std::size_t i = 0; !m.date && i < lines.size() && i < cue_end && i < 6; ++i)
    m.date = date_after_meeting_word_within(text::fold(lines[i].text), 1000);
  // "Referater af møder i Handicaprådet i 2022" / "27. oktober - Møde i
  // Handicaprådet": a page of a year's meetings gives the year once, in its
  // title, and each meeting's day and month.
  if (!m.date && m.title) {
    if (const auto year = only_year(*m.title)) {
      // A title naming the month with the year ("Referat Korpsledelsens
      // møde juni 2012") dates the meeting by a day of that month in a line
      // of any length: a transcript runs the header into one line ("...
      // Mødetid Mødet begyndte fredag den 8. juni, kl og sluttede ...").
      const int month = month_before_year(*m.title, *year);
      for (std::size_t i = begin; i < end && i < 12 && !m.date; ++i) {
        if (listing[i] || is_document_date_line(text::fold(lines[i].text))) continue;
        if (text::words(lines[i].text).size() <= 12) {
          m.date = find_day_in_year(lines[i].text, *year);
        } else if (month > 0) {
          const auto d = find_day_in_year(lines[i].text, *year);
          if (d && std::stoi(d->substr(5, 2)) == month) m.date = d;
        }
      }
    }
  }
  // "11. maj 2020" (published) over "Rådsmøde, april 2020": the meeting's
  // day is not given.
  if (m.date && !labelled_date)
    if (const auto month = meeting_month(lines, end); month && m.date->substr(0, 7) != *month) m.date.reset();
  if (!m.date) m.date = date_of_agenda_approval(lines);
}

}  // namespace

// The date of the meeting from its title or header lines, not from a date
// quoted in an item.
void read_header(const std::vector<Line>& lines, std::size_t begin, std::size_t end,
                 const std::vector<bool>& listing, Meeting& m) {
  std::vector<std::string> absent;
  std::optional<std::string> labelled_date;
  std::optional<std::string> first_date;
  std::optional<std::string> date_line;
  bool date_line_weekday = false;
  // The title's lines too: a transcript may run the header into the title
  // ("Referat af bestyrelsesmøde onsdag d. 7. November 2012 kl. 19.30 i
  // A-huset. Tilstede: ...").
  for (std::size_t i = 0; i < begin && i < end; ++i)
    if (!listing[i]) read_inline_attendance(lines[i].text, m, absent);
  for (std::size_t i = begin; i < end; ++i) {
    if (listing[i]) continue;
    const Line& line = lines[i];
    auto lab = label_of(line);
    if (i < 40 && (!first_date || !date_line || !date_line_weekday) && !is_document_date_line(text::fold(line.text)))
      note_date_candidates(line, first_date, date_line, date_line_weekday);
    if (!lab) {
      i = read_unlabelled_line(lines, i, end, listing, m, absent);
      continue;
    }
    if (lab->field == Field::agenda) continue;
    // "Dato 6. december 2012 Afbud: Bo Holm": a field's value, then a list.
    if (!is_people_field(lab->field) && lab->field != Field::chair && lab->field != Field::minute_taker)
      read_inline_attendance(line.text, m, absent);
    // "Navn | Til stede | Afbud" over rows "| Anne Holm | X | |".
    if (const std::size_t last = read_cross_table(lines, i, end, listing, m, absent); last > i) {
      i = last;
      continue;
    }
    // "Deltagere | Afbud" over rows "Anne Holm | Carl Berg": a table of two
    // attendance columns.
    if (const std::size_t last = read_attendance_columns(lines, i, end, listing, m, absent); last > i) {
      i = last;
      continue;
    }
    // "DELTAGERE: Siumut: Inuit Ataqatigiit: Atassut:" / "Fraværende:
    // Embedsmænd: ... A, B, C": more heads of the flattened table after
    // the members' (a council's party groups), then the absence head:
    // read as the heads alone, "Deltagere: Afbud: A, B".
    if (lab->field == Field::present && only_heads(lab->value)) {
      Labelled bare = *lab;
      bare.value.clear();
      i = read_flattened_attendance_heads(lines, i, end, listing, bare, m, absent);
      continue;
    }
    std::size_t last = i;
    const std::vector<std::string> value = label_value(lines, i, end, listing, *lab, last);
    i = last;
    if (value.empty()) {
      i = read_flattened_attendance_heads(lines, i, end, listing, *lab, m, absent);
      continue;
    }
    read_labelled_value(lines, i, end, line, *lab, value, m, absent, labelled_date);
  }
  settle_meeting_date(lines, begin, end, listing, labelled_date, date_line, first_date, m);
  if (!absent.empty()) mark_absent(absent, m);
}

}  // namespace corpus::recog
