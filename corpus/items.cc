// Agenda items: candidate heads in every numbered form, checked against the
// agenda list or table of contents, the number sequence and the shape of a
// title; unnumbered items (docs/ARCHITECTURE.md §4.3). Tables of contents
// are read in contents.cc, an item's sections in sections.cc.
#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "corpus/dates.h"
#include "corpus/recogniser.h"

namespace corpus::recog {
namespace {

namespace voc = vocabulary;
using text::read_number;
using text::trim;

// A line that may start an agenda item.
struct Candidate {
  std::size_t line = 0;
  int number = -1;  // -1: unnumbered
  std::string title;
  bool strong = false;       // "Punkt 3", "Pkt. 3", "Ad 3", "Sag 3"
  bool title_next = false;   // the number alone; the title is the next line
  std::size_t body_begin = 0;  // set when the body does not start after the head's line
  bool table_row = false;
  bool bare = false;  // "3 Title": no separator after the number
  bool number_only = false;  // "Ad 3" alone on its line
  bool dropped = false;      // no item, whatever the evidence
  bool page_number = false;  // "2" alone: a transcript's page number, no list entry either
  // How the number is written: the lead word and the separator ("punkt:",
  // "pkt.", "."): the items of one document share one form.
  std::string style;
  // The line's text when the title comes from the agenda (the outcome
  // written after the number: "2:Referatet blev godkendt.").
  std::string text;
  bool agenda_title = false;  // the title is the agenda's entry of its number
  std::string text_kind;      // the section `text` opens, if not "tekst"
  bool informal = false;      // a head of an informal series (informal_series)
};

// Lead words of a strong item number, folded: "Punkt 3", "Pkt. 3", "Ad 3",
// "Ad. 3." and "Ad pkt. 3" (the secretary's answer to the agenda's point),
// "Sag 3", "Sag nr. 3", "Punkt nr. 3", "Nr. 3", "Dagsordenspunkt 3", "§ 3"
// (older council minutes number their cases as paragraphs), "Til punkt 3",
// "Til pkt. 3", "Vedr. pkt. 3" (the answer to the agenda's point).
constexpr auto k_item_words = std::to_array<std::string_view>({
    "ad. pkt.", "ad. punkt", "ad pkt.", "ad pkt", "ad punkt", "til punkt", "til pkt.", "til pkt", "vedr. punkt",
    "vedr. pkt.", "vedr. pkt", "vedrørende punkt", "punkt nr.", "pkt. nr.", "punkt", "pkt.", "pkt",
    "sag nr.", "sag", "dagsordenspunkt", "dagsordenspkt.", "ad.", "ad", "dagsordenpunkt", "item", "nr.", "§"});

// "IV" at s[i] (I to XX, upper case) and its value; advances `i`. -1 if none.
int roman_number(std::string_view s, std::size_t& i) {
  static constexpr std::array<std::string_view, 20> k_romans = {
      "I",  "II",  "III",  "IV",  "V",  "VI",  "VII",  "VIII",  "IX",  "X",
      "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
  std::size_t j = i;
  while (j < s.size() && (s[j] == 'I' || s[j] == 'V' || s[j] == 'X')) ++j;
  if (j == i) return -1;
  const std::string_view r = s.substr(i, j - i);
  for (std::size_t k = 0; k < k_romans.size(); ++k)
    if (k_romans[k] == r) {
      i = j;
      return static_cast<int>(k) + 1;
    }
  return -1;
}

// "1). Orientering", "2.) Legeplads": a number closed twice, a bracket and
// a full stop in either order, as a typed list often writes it; the second
// mark after the separator just read goes.
void skip_doubled_separator(std::string_view& rest) {
  if (rest.size() >= 2 && (rest[0] == '.' || rest[0] == ')') && (rest[1] == ' ' || rest[1] == '\t')) rest.remove_prefix(1);
}

// "15.00-16.00", "9:30 – 10:15", "kl. 17.00": a time of day or a time
// slot at `v`'s start; its length, 0 when there is none.
std::size_t time_slot_length(std::string_view v) {
  auto clock = [&](std::size_t i) -> std::size_t {  // "15.00", "9:30": the end, or 0
    std::size_t j = i;
    while (j < v.size() && j - i < 2 && is_digit(v[j])) ++j;
    if (j == i || j + 2 >= v.size() || (v[j] != '.' && v[j] != ':') || !is_digit(v[j + 1]) || !is_digit(v[j + 2]))
      return 0;
    return j + 3 < v.size() && is_digit(v[j + 3]) ? 0 : j + 3;
  };
  std::size_t at = 0;
  for (std::string_view lead : {"kl. ", "kl "})
    if (text::starts_with(text::fold(v.substr(0, std::min<std::size_t>(v.size(), 4))), lead)) at = lead.size();
  const std::size_t first = clock(at);
  if (first == 0) return 0;
  std::size_t i = first;
  while (i < v.size() && v[i] == ' ') ++i;
  for (std::string_view dash : {"-", "–"})
    if (text::starts_with(v.substr(i), dash)) {
      std::size_t j = i + dash.size();
      while (j < v.size() && v[j] == ' ') ++j;
      if (const std::size_t second = clock(j)) return second;
    }
  return at > 0 ? first : 0;  // (one time only after "kl.": "1.10" may be a number)
}

// "2 - 18.10-18.40 Budget 2020": a board's agenda that writes each item's
// time slot between its number and its title; the title is what follows
// the slot (a capital after it), and the slot separates the number as a
// full stop would.
std::optional<std::string_view> title_after_time_slot(std::string_view rest) {
  const std::size_t n = time_slot_length(rest);
  if (n == 0 || n == rest.size() || (rest[n] != ' ' && rest[n] != ':')) return std::nullopt;
  std::string_view title = rest.substr(n + 1);
  while (!title.empty() && title.front() == ' ') title.remove_prefix(1);
  if (title.empty() || !starts_upper(title)) return std::nullopt;
  return title;
}

// "3." / "Budget 2020:" / "Bestyrelsen drøftede ...": the title under a
// number alone, closed by a colon as a heading before its text. A short
// title (up to eight words, the colon its only one), not an agenda's
// group ("Sager til beslutning:") nor a lead-in ("Deltagere:" is a label).
bool colon_closed_title(std::string_view t) {
  if (t.size() < 3 || t.back() != ':' || t.find(':') != t.size() - 1) return false;
  const std::string_view title = trim(t.substr(0, t.size() - 1));
  return !title.empty() && starts_upper(title) && text::words(title).size() <= 8 &&
         agenda_group_prefix(t) != t.size();
}

std::optional<Candidate> item_candidate(const Line& line, std::size_t index) {
  std::string_view t = line.text;
  // (A line longer than a title is a head only as "3.Title. Its outcome
  // ...", the number written with a separator or a lead word: a minute
  // that writes each item in one paragraph.)
  const bool long_line = t.size() > 300;
  if (t.size() > 3000) return std::nullopt;
  Candidate c;
  c.line = index;
  c.table_row = !line.cells.empty();
  const std::string folded = text::fold(t.substr(0, std::min<std::size_t>(t.size(), 20)));
  for (auto w : k_item_words) {
    if (text::starts_with(folded, w) && folded.size() > w.size() &&
        (folded[w.size()] == ' ' || is_digit(folded[w.size()]))) {
      c.strong = true;
      c.style = std::string(w);
      t.remove_prefix(w.size());
      t = trim(t);
      break;
    }
  }
  std::size_t i = 0;
  int n = read_number(t, i, c.strong ? 4 : 3);
  // "I. Godkendelse af dagsorden", "IV) Budget": items numbered in roman
  // numerals (I to XX), always with a separator.
  if (n < 0) {
    n = roman_number(t, i);
    if (n < 0 || i >= t.size() || (t[i] != '.' && t[i] != ')')) return std::nullopt;
    c.style = "roman";
  }
  c.number = n;
  std::string_view rest = t.substr(i);
  // "3.1 Title": a sub-item, not an item; "3.0 Title" is item 3.
  bool point_zero = false;
  if (rest.size() >= 3 && rest[0] == '.' && rest[1] == '0' && (rest[2] == ' ' || rest[2] == '\t' || rest[2] == '.')) {
    rest.remove_prefix(2);
    point_zero = true;
  } else if (rest.size() >= 2 && rest[0] == '.' && is_digit(rest[1]))
    return std::nullopt;
  // "Pkt. 2a", "2.a Title": a lettered sub-item; its first ("a") starts the
  // item, the others ("2b") are inside it. (The full stop before the
  // letter is the number's separator: "1.a Godkendelse" is no bare "1 a".)
  bool lettered_after_stop = false;
  {
    const std::size_t at = !rest.empty() && rest[0] == '.' ? 1 : 0;
    if (rest.size() > at && rest[at] >= 'a' && rest[at] <= 'z' &&
        (rest.size() == at + 1 || rest[at + 1] == ' ' || rest[at + 1] == '.' || rest[at + 1] == ')')) {
      if (rest[at] != 'a') return std::nullopt;
      rest.remove_prefix(at + 1);
      lettered_after_stop = at == 1;
    }
  }
  bool separator = false;
  // "1 : Godkendelse af dagsorden": an agenda site's number, a space before
  // its colon.
  if (text::starts_with(rest, " : ") && rest.size() > 3 && starts_upper(rest.substr(3))) rest.remove_prefix(1);
  if (!rest.empty() && (rest[0] == '.' || rest[0] == ')' || rest[0] == ':')) {
    c.style += rest[0];
    rest.remove_prefix(1);
    separator = true;
    skip_doubled_separator(rest);
  } else if (point_zero || lettered_after_stop) {
    c.style += '.';
    separator = true;
  }
  if (!rest.empty() && rest[0] != ' ' && rest[0] != '\t' && !separator && !c.strong) {
    // "38Godkendelse": a number glued to its title.
    if (!starts_upper(rest) || is_digit(rest[0])) return std::nullopt;
  }
  if (long_line && !separator && !c.strong) return std::nullopt;
  rest = trim(rest);
  // "Ad 3 A" / "Ad 3 B": the lettered parts of item 3; the first starts it
  // (its title is the agenda's), the others are inside it.
  if (rest.size() == 1 && rest[0] >= 'A' && rest[0] <= 'Z' && c.strong) {
    if (rest[0] != 'A') return std::nullopt;
    rest = {};
  }
  for (std::string_view dash : {"- ", "– ", ": "})
    if (text::starts_with(rest, dash)) rest = trim(rest.substr(dash.size()));
  if (rest.empty()) {
    c.title_next = true;
    return c;
  }
  if (const auto slotted = title_after_time_slot(rest)) {
    rest = *slotted;
    separator = true;
  }
  // "3 Title" without separator: as a heading or a table row, or in a list of
  // such lines (checked by the caller).
  c.bare = !separator && !c.strong && !line.heading && line.cells.empty();
  // "1 (Åben) Godkendelse af dagsorden": the item's openness is no title.
  for (std::string_view open : {"(Åben)", "(åben)", "(Lukket)", "(lukket)", "Åben sag", "Lukket sag"})
    if (text::starts_with(rest, open)) rest = trim(rest.substr(open.size()));
  // "Sydfyns Elforsyning...vii": a table of contents' dot leader and page
  // number (digits or roman numerals) after the title.
  if (const auto dots = rest.rfind("..."); dots != std::string_view::npos && dots > 0) {
    std::string_view page = rest.substr(dots);
    while (!page.empty() && (page.front() == '.' || page.front() == ' ')) page.remove_prefix(1);
    if (page.size() <= 5 && std::all_of(page.begin(), page.end(), [](char ch) {
          return is_digit(ch) || ch == 'i' || ch == 'v' || ch == 'x' || ch == 'l';
        }))
      rest = trim(rest.substr(0, dots));
  }
  c.title = std::string(rest);
  std::replace(c.title.begin(), c.title.end(), '\t', ' ');
  return c;
}

}  // namespace

// "1.", "3.1.", "12": a number alone on its line.
bool number_only_line(std::string_view t) {
  t = trim(t);
  return !t.empty() && t.size() <= 8 && is_digit(t.front()) &&
         std::all_of(t.begin(), t.end(), [](char ch) { return is_digit(ch) || ch == '.' || ch == ')'; });
}

namespace {

// A case's number under its title: "Sagsnr.: 24/1234", "Sags nr. 12.00.00",
// "Sagsid.: 20/49335", "J.nr. 1-30-72-1-19", "Journalnr.: 2019-123",
// "Dok.nr.: 123", "Acadre sagsnr. 19/7777".
bool case_number_line(std::string_view t) {
  const std::string f = text::fold(t.substr(0, std::min<std::size_t>(t.size(), 40)));
  if (t.size() > 80) return false;
  for (std::string_view lead : {"sagsnr", "sags nr", "sag nr", "sagsnummer", "sagsid", "sags id", "sag id",
                                "j.nr", "j. nr", "jnr", "journalnr", "journal nr", "journalnummer", "dok.nr",
                                "dokumentnr", "acadre", "sbsys", "emnenr", "kle-nr", "kle nr"})
    if (text::starts_with(f, lead)) return true;
  return false;
}

}  // namespace

// A line of a case's particulars between its title and its first section:
// its number, openness ("Åben sag", "Lukket punkt"), who handles it
// ("Sagsbehandler: ...", "Forvaltning: ..."), who decides ("Sagen afgøres
// i: Byrådet").
bool case_meta_line(std::string_view t) {
  if (case_number_line(t)) return true;
  const std::string f = text::fold(t.substr(0, std::min<std::size_t>(t.size(), 40)));
  if (t.size() > 120) return false;
  if (f == "åben" || f == "lukket" || f == "(åben)" || f == "(lukket)") return true;
  for (std::string_view lead : {"åben sag", "lukket sag", "åbent punkt", "lukket punkt", "sagsbehandler", "sagsansvarlig", "forvaltning:", "sagen afgøres", "afgøres af",
                                "beslutningskompetence", "kompetence:", "udvalg:", "ansvarlig:"})
    if (text::starts_with(f, lead)) return true;
  return false;
}

namespace {

// "Nicolaiplads 6 - Festsalen", "Rådhustorvet 1, 4600 Køge", "Kl. 15.00":
// an address or a time, not a title ("Budget 2025" is one).
bool address_shaped(std::string_view t) {
  const auto ws = text::words(t);
  // ("Budgetopfølgning 2. kvartal": an ordinal is no house number.)
  if (ws.size() >= 2 && !ws[1].empty() && is_digit(ws[1][0]) && ws[1].size() <= 4 && ws[1].back() != '.' &&
      !(ws[1].size() == 4 && std::all_of(ws[1].begin(), ws[1].end(), [](char c) { return is_digit(c); })))
    return true;  // a street and its number (a year is no house number)
  // a postcode: four digits before a capitalised word
  for (std::size_t k = 0; k + 1 < ws.size(); ++k)
    if (ws[k].size() == 4 && std::all_of(ws[k].begin(), ws[k].end(), [](char c) { return is_digit(c); }) &&
        starts_upper(ws[k + 1]) && k > 0 && ws[k - 1].back() == ',')
      return true;
  return !ws.empty() && (text::fold(ws[0]) == "kl." || text::fold(ws[0]) == "kl");
}

// A section heading that shows the line before it is an item's title. Not
// "Referat" alone before a date or the rest of a title: that names the
// document.
bool evidence_section(const std::vector<Line>& lines, std::size_t j) {
  return is_section_line(lines[j]) && !names_document(lines, j);
}

// A line that opens with a section heading and its colon, however long its
// text ("Sagsfremstilling: Ved brev af 28. februar ..." run together by a
// transcript).
bool opens_section(const Line& l) {
  if (is_section_line(l)) return true;
  const auto colon = l.text.find(": ");
  return colon != std::string::npos && colon <= 40 && section_head(std::string_view(l.text).substr(0, colon + 1));
}

// "godkendelse af dagsorden", "eventuelt": a lower-case title that opens
// with an item's kind (a web list's entry as its editor typed it).
bool opens_with_kind(std::string_view title) {
  const std::string f = text::fold(title.substr(0, std::min<std::size_t>(title.size(), 20)));
  for (std::string_view w : {"godkendelse ", "orientering ", "meddelelse", "eventuelt", "velkomst", "drøftelse "})
    if (text::starts_with(f, w)) return true;
  return false;
}

}  // namespace

std::string key_of(std::string_view title) {
  std::string k = text::fold(clean_title(split_presenter(title).first));
  while (!k.empty() && (k.back() == '.' || k.back() == ':' || k.back() == ' ')) k.pop_back();
  return k;
}

// "Kl. 15.00-16.00: Gennemgang af ...", "19.00 - 19.15 Velkomst": the
// time slot a board's agenda gives an item before its title is no part of
// it.
std::string_view without_time_slot(std::string_view t) {
  const std::size_t n = time_slot_length(t);
  if (n == 0) return t;
  std::string_view rest = t.substr(n);
  if (!rest.empty() && rest[0] == ':') rest.remove_prefix(1);
  rest = trim(rest);
  return starts_upper(rest) ? rest : t;
}

// "BUDGETSTATUS 2015 Sagsnr Dok.nr Sagsbeh.", "Godkendelse af dagsorden
// J.nr.: A10. Sagsnr.: 11/5571", "Nyt fra Miljøudvalget Sag Dok Initialer:":
// the case's number and file labels a transcript ran into the head's line
// after its title are no part of it; the title ends before the first.
std::string_view without_case_labels(std::string_view t) {
  for (std::size_t at = 3; at + 4 < t.size(); ++at) {
    if (t[at] != ' ' || (t[at + 1] != 'S' && t[at + 1] != 'J' && t[at + 1] != 'D')) continue;
    for (std::string_view label : {" Sagsnr", " Sags nr", " Sag nr", " J.nr", " J. nr", " Journalnr", " Sagsid",
                                   " Dok.nr", " Sagsbeh.", " Sag Dok "}) {
      if (t.compare(at, label.size(), label) != 0) continue;
      const std::size_t after = at + label.size();
      if (label.back() != ' ' && after < t.size() && t[after] != '.' && t[after] != ':' && t[after] != ' ') continue;
      return trim(t.substr(0, at));
    }
  }
  return t;
}

// Time ranges and durations at the end of item titles: "(9.05 - 9.55)",
// "(9.00 – 9.05)", "- 40 min", "– 5 min.", and an empty "( )".
std::string clean_title(std::string_view title) {
  std::string t(trim(without_time_slot(without_case_labels(trim(title)))));
  for (bool changed = true; changed;) {
    changed = false;
    if (!t.empty() && t.back() == ')') {
      const auto open = t.rfind('(');
      if (open != std::string::npos) {
        const std::string inner(trim(std::string_view(t).substr(open + 1, t.size() - open - 2)));
        // "(5 min)", "(5 min.)", "(20 minutter)", "(kl. 10.00 - 10.30)",
        // "(ca. 15 min.)": a duration or the time the item is given.
        std::string_view bare = inner;
        for (std::string_view lead : {"kl. ", "kl ", "ca. ", "ca "})
          if (text::starts_with(text::fold(bare.substr(0, std::min<std::size_t>(bare.size(), 4))), lead))
            bare = trim(bare.substr(lead.size()));
        for (std::string_view unit : {" minutter", " min.", " min", "min.", "min", " timer", " time"})
          if (bare.size() > unit.size() && ends_with(bare, unit)) {
            bare = trim(bare.substr(0, bare.size() - unit.size()));
            break;
          }
        const bool times = inner.empty() ||
                           (!bare.empty() && is_digit(bare.front()) &&
                            std::all_of(bare.begin(), bare.end(), [](char c) {
                              return is_digit(c) || c == '.' || c == ':' || c == ' ' || c == '-' || c == ',' ||
                                     static_cast<unsigned char>(c) >= 0x80;  // en dash
                            }));
        if (times) {
          t = std::string(trim(std::string_view(t).substr(0, open)));
          changed = true;
        }
      }
    }
    std::string_view v = t;
    if (v.size() > 4 && v.back() == '.') v.remove_suffix(1);
    if (v.size() > 4 && v.substr(v.size() - 3) == "min") {
      std::size_t i = v.size() - 3;
      while (i > 0 && v[i - 1] == ' ') --i;
      const std::size_t digits_end = i;
      while (i > 0 && is_digit(v[i - 1])) --i;
      if (i < digits_end) {
        while (i > 0 && v[i - 1] == ' ') --i;
        const std::string_view head = v.substr(0, i);
        if (ends_with(head, "–")) {
          t = std::string(trim(head.substr(0, head.size() - 3)));
          changed = true;
        } else if (!head.empty() && head.back() == '-') {
          t = std::string(trim(head.substr(0, head.size() - 1)));
          changed = true;
        }
      }
    }
  }
  // An ellipsis or a dash after the last word ("Økonomi…", "EVT-"): a
  // secretary's note that more is to come, no part of the title.
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view end : {"…", "...", "-"}) {
      if (t.size() > end.size() + 2 && ends_with(t, end) && t[t.size() - end.size() - 1] != ' ' &&
          t[t.size() - end.size() - 1] != '.') {
        t = std::string(trim(std::string_view(t).substr(0, t.size() - end.size())));
        changed = true;
      }
    }
  }
  // A colon that led to the item's text ("Bemærkninger til dagsordenen:").
  while (t.size() > 4 && t.back() == ':') t = std::string(trim(std::string_view(t).substr(0, t.size() - 1)));
  // A sentence's full stop after a title ("Eventuelt.", "Valg af
  // referent."), not an abbreviation's ("mv.", "m.m.", "vedr.").
  if (t.size() > 4 && t.back() == '.') {
    const auto sp = t.rfind(' ');
    const std::string_view last = std::string_view(t).substr(sp == std::string::npos ? 0 : sp + 1);
    const std::string folded = text::fold(last.substr(0, last.size() - 1));
    if (last.size() >= 5 && last.find('.') == last.size() - 1 && !is_digit(last.front()) && folded != "vedr" &&
        folded != "bl.a" && folded != "mht" && folded != "ang")
      t.pop_back();
  }
  return t;
}

// "Organisering af Sundhedsklynge Midt v/ Mikkel, Daniel og Henrik" ->
// title "Organisering af Sundhedsklynge Midt", presenter "Mikkel, Daniel og Henrik".
std::pair<std::string, std::optional<std::string>> split_presenter(std::string_view title) {
  for (std::string_view marker : {" v/", " V/"}) {
    const auto at = title.find(marker);
    if (at != std::string_view::npos && at > 0) {
      const std::string presenter(trim(title.substr(at + marker.size())));
      return {std::string(trim(title.substr(0, at))),
              presenter.empty() ? std::nullopt : std::optional<std::string>(presenter)};
    }
  }
  return {std::string(title), std::nullopt};
}
// ---------------------------------------------------------------- items

namespace {

// The outcome a board's short minutes write after the title's colon or
// comma with no full stop: after a colon a verdict of three words at most
// or "Intet" ("Godkendelse af dagsorden: Godkendt", "Driftsrapport:
// Intet"); after an election's office, the one elected, a known first name
// first ("Valg af ordstyrer: Jens", "Valg af referent, Jørgen referent denne
// gang"; not "Valg af formand for Sundheds-, Kultur- og Fritidsudvalget").
// Returns the title and the outcome; nullopt when the title has neither.
std::optional<std::pair<std::string, std::string>> short_outcome(std::string_view title) {
  for (std::string_view sep : {": ", ", "}) {
    const auto at = title.find(sep);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view head = trim(title.substr(0, at));
    const std::string_view tail = trim(title.substr(at + sep.size()));
    if (head.empty() || tail.empty() || head.back() == '-') continue;
    const auto hws = text::words(head);
    std::string ft = text::fold(tail);
    while (!ft.empty() && (ft.back() == '.' || ft.back() == '!')) ft.pop_back();
    const auto tws = text::words(ft);
    if (hws.size() > 12 || tws.empty()) continue;
    const std::string fh = text::fold(head);
    if (sep == ": " && tws.size() <= 3 && (voc::is_verdict(ft) || ft == "intet" || ft == "ingen") &&
        !voc::section_kind(fh) && (title_shaped(head) || opens_with_kind(head)))
      return std::pair{std::string(head), std::string(tail)};
    if (text::starts_with(fh, "valg af ") && hws.size() <= 6 && tws.size() <= 10) {
      std::string_view first = text::words(tail).front();
      while (!first.empty() && (first.back() == ',' || first.back() == '.')) first.remove_suffix(1);
      if (voc::is_first_name(first)) return std::pair{std::string(head), std::string(tail)};
    }
  }
  return std::nullopt;
}

// A word that makes a line a sentence, not a title: a finite verb ("-ede",
// "er", "var", "blev", "har", "skal").
bool sentence_verb(std::string_view w) {
  const std::string f = text::fold(w);
  return ends_with(f, "ede") || f == "er" || f == "var" || f == "blev" || f == "har" || f == "skal";
}

// A board's short minutes that write the outcome on the item's line after a
// comma, a sentence of its own: "3. Bordet rundt, status på foreningens
// stilling og væsentlige begivenheder, Covid-19 blev omtalt. Svogerslev Kro
// blev omtalt ...", "6. Hjemmeside og facebook, Der blev talt om annoncer
// ...". The title is the line up to the last comma before the first
// sentence's end that a capital follows, when that part is short (twelve
// words at most) and holds no finite verb, and what follows is three words
// or more. Returns the title and the outcome; nullopt when no comma so
// splits the line. (Called only for a line too long to be a title as it is.)
std::optional<std::pair<std::string, std::string>> comma_outcome(std::string_view line) {
  line = trim(line);
  std::size_t end = line.find(". ");
  if (end == std::string_view::npos) end = line.size();
  for (auto at = line.rfind(", ", end); at != std::string_view::npos && at > 0; at = line.rfind(", ", at - 1)) {
    const std::string_view head = trim(line.substr(0, at));
    const std::string_view tail = trim(line.substr(at + 1));
    const auto hws = text::words(head);
    if (hws.empty() || hws.size() > 12 || !title_shaped(head)) continue;
    const auto tws = text::words(tail);
    // ("Formanden, Johnna, aflagde beretning": a name in apposition.)
    if (!starts_upper(tail) || tws.size() < 3 || tws.front().back() == ',') continue;
    if (std::any_of(hws.begin(), hws.end(), sentence_verb)) continue;
    return std::pair{std::string(head), std::string(tail)};
  }
  return std::nullopt;
}

// An item's line written as one sentence whose subject is the item's
// title, a verbal noun with its complement, as a small association's
// secretary writes the minutes of a general assembly: "4. Behandling af
// indkomne forslag var hurtigt overstået, da der ikke var nogle.", "Ad
// punkt 4: Behandling af eventuelle indkomne forslag, der skriftligt er
// tilgået ...", "1) Indledning ved Wolfgang der tager brød med. - Nu falmer
// skoven.". The title ends before the first finite verb, relative clause
// (", der", ", som") or sentence end; it opens with a verbal noun
// ("Behandling", "Godkendelse", "Fremlæggelse", "Valg") of two to ten
// words, and text follows. Returns the title and the rest.
std::optional<std::pair<std::string, std::string>> verbal_noun_subject(std::string_view line) {
  line = trim(line);
  std::size_t cut = std::string_view::npos, skip = 0;
  for (const std::string_view sep : {". ", ", der ", ", som ", " var ", " blev ", " er ", " har ", " skal "}) {
    auto at = line.find(sep);
    // (Not an ordinal's full stop, "Valg af 1. næstformand", nor an
    // abbreviation's, "jf. vedtægternes § 13": a sentence or a dash follows.)
    auto not_an_end = [&](std::size_t a) {
      const std::string_view after = line.substr(a + 2);
      return is_digit(line[a - 1]) || !(starts_upper(after) || text::starts_with(after, "- "));
    };
    while (sep == ". " && at != std::string_view::npos && at > 0 && not_an_end(at)) at = line.find(sep, at + 1);
    if (at != std::string_view::npos && at < cut) cut = at, skip = sep == ". " ? 1 : (sep[0] == ',' ? 1 : 0);
  }
  if (cut == std::string_view::npos) return std::nullopt;
  const std::string_view head = trim(line.substr(0, cut));
  std::string_view tail = trim(line.substr(cut + skip));
  if (text::starts_with(tail, "- ")) tail = trim(tail.substr(2));
  const auto hws = text::words(head);
  if (hws.size() < 2 || hws.size() > 10 || !title_shaped(head) || text::words(tail).size() < 2) return std::nullopt;
  const std::string first = text::fold(hws.front());
  const bool verbal_noun = first.size() >= 5 && (ends_with(first, "ing") || ends_with(first, "else") ||
                                                 ends_with(first, "tion") || first == "valget");
  if (!verbal_noun && first != "valg") return std::nullopt;
  return std::pair{std::string(head), std::string(tail)};
}

}  // namespace

// What a one-word title ("Eventuelt") may have glued to it as its outcome:
// a verdict ("Intet", "Godkendt") or a sentence of three words or more.
bool glued_outcome_of_one_word(std::string_view rest) {
  return voc::is_verdict(text::fold(rest)) || text::fold(rest) == "intet" || text::words(rest).size() >= 3;
}

std::pair<std::string, std::string> split_outcome(std::string_view title) {
  title = trim(title);
  if (auto split = short_outcome(title)) return *split;
  // "Godkendelse af dagsordenDagsordenen blev godkendt": a page that lost
  // its line breaks glues the outcome to the title, a capital right after
  // four small letters inside a word.
  for (std::size_t i = 4; i + 1 < title.size(); ++i) {
    const auto c = static_cast<unsigned char>(title[i]);
    const bool capital = c >= 'A' && c <= 'Z';
    if (!capital || !(title[i + 1] >= 'a' && title[i + 1] <= 'z')) continue;
    if (!std::all_of(title.begin() + static_cast<std::ptrdiff_t>(i) - 4, title.begin() + static_cast<std::ptrdiff_t>(i),
                     [](char ch) { return ch >= 'a' && ch <= 'z'; }))
      continue;
    // (A one-word title only before a verdict or a sentence: "EventueltIntet",
    // "VandværkshavenIkke den store arbejdsbyrde i år"; not "SharePoint".)
    if (text::words(title.substr(0, i)).size() < 2 && !glued_outcome_of_one_word(title.substr(i))) continue;
    return {std::string(title.substr(0, i)), std::string(trim(title.substr(i)))};
  }
  // "Godkendelse af dagsorden Godkendt", "Godkendelse af referat Udskudt":
  // a transcript that lost the line break before a one-word verdict in
  // capitals; also before the subject and its verdict ("... dagsordenen
  // Dagsordenen godkendes 4", "Evt. Dagsorden blev godkendt 1", a page
  // number after them).
  {
    auto ws = text::words(title);
    if (ws.size() >= 4 && ws.back().size() <= 3 &&
        std::all_of(ws.back().begin(), ws.back().end(), [](char c) { return is_digit(c); }))
      ws.pop_back();
    if (ws.size() >= 2) {
      std::string_view last = ws.back();
      while (!last.empty() && last.back() == '.') last.remove_suffix(1);
      const std::string f = text::fold(last);
      const bool verdict = f == "godkendt" || f == "vedtaget" || f == "tiltrådt" || f == "drøftet" ||
                           f == "anbefales" || f == "udsat" || f == "udskudt" || f == "godkendes" ||
                           f == "vedtages" || f == "tiltrædes";
      std::size_t start = ws.size() - 1;  // the outcome's first word
      if (verdict && !starts_upper(last)) {
        // "Dagsordenen godkendes", "Dagsorden blev godkendt": its subject.
        std::size_t s = ws.size() - 2;
        if (text::fold(ws[s]) == "blev" && s >= 1) --s;
        const std::string fs = text::fold(ws[s]);
        const bool definite = ends_with(fs, "en") || ends_with(fs, "et") || ends_with(fs, "ne");
        const bool subject = text::starts_capital(ws[s]) && text::has_lower_after_first(ws[s]) &&
                             (definite || text::fold(ws[s + 1]) == "blev");
        start = subject ? s : ws.size();
      }
      if (verdict && start >= 1 && start < ws.size()) {
        const std::string_view before = ws[start - 1];
        const char b = before.empty() ? ' ' : before.back();
        if ((b >= 'a' && b <= 'z') || static_cast<unsigned char>(b) >= 0x80 || (b == '.' && start == 1)) {
          const auto at = static_cast<std::size_t>(ws[start].data() - title.data());
          if (text::words(title.substr(0, at)).size() >= (start == 1 ? 1u : 2u))
            return {std::string(trim(title.substr(0, at))), std::string(title.substr(at))};
        }
      }
    }
  }
  // "Valg af dirigent: Susanne Jølck.", "Filmprojektet: JF og GR er kommet
  // med forslag ...": what was said after the title's colon, a sentence
  // with its full stop. (Not after a kind's label that a title opens with:
  // "Høring: Forslag til lokalplan 12.", "Tema: ...".)
  if (const auto colon = title.find(": "); colon != std::string_view::npos && colon > 0) {
    const std::string_view head = trim(title.substr(0, colon));
    const std::string_view tail = trim(title.substr(colon + 1));
    const auto hws = text::words(head);
    const auto tws = text::words(tail);
    const char end = tail.empty() ? ' ' : tail.back();
    static constexpr std::array<std::string_view, 14> k_labels = {
        "tema", "høring", "orientering", "drøftelse", "beslutning", "punkt", "forslag", "oplæg", "fagligt oplæg",
        "emne", "info", "information", "temadrøftelse", "lukket punkt"};
    // (A one-word outcome is a verdict or "Intet.": "Eventuelt: Intet.".)
    const std::string ftail = text::fold(tail);
    const bool one_word = tws.size() == 1 && end == '.' && (voc::is_verdict(ftail) || ftail == "intet." || ftail == "ingen.");
    if (hws.size() <= 8 && (tws.size() >= 2 || one_word) && (end == '.' || end == '!' || end == '?' || tws.size() >= 14) && starts_upper(tail) &&
        std::find(k_labels.begin(), k_labels.end(), text::fold(head)) == k_labels.end() &&
        (title_shaped(head) || opens_with_kind(head)))
      return {std::string(head), std::string(tail)};
  }
  // "Godkendelse af dagsorden - Godkendt", "Eventuelt - intet",
  // "Forventningsafstemningssamtale - udgået": a verdict after a dash at
  // the title's end (not a title's own part: "Budget 2025 - orientering").
  for (std::string_view dash : {" - ", " – "}) {
    const auto at = title.rfind(dash);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view tail = trim(title.substr(at + dash.size()));
    std::string f = text::fold(tail);
    while (!f.empty() && (f.back() == '.' || f.back() == '!')) f.pop_back();
    const auto tws = text::words(f);
    // (Also a short sentence of the verdict without a number or a date:
    // "Referat fra sidste møde - referatet blev godkendt uden
    // bemærkninger"; not "- udsat fra møde nr. 4, den 23. marts 2023".)
    const bool outcome = !tws.empty() && tws.size() <= 8 &&
                         ((tws.size() <= 3 && voc::is_verdict(f)) || f == "intet" || f == "ingen" ||
                          f == "udgået" || f == "udgår" || f == "intet nyt" || f == "ingen bemærkninger" ||
                          f == "ok" ||
                          (voc::is_verdict(f) && f.find_first_of("0123456789") == std::string::npos));
    if (outcome && text::words(title.substr(0, at)).size() >= 1)
      return {std::string(trim(title.substr(0, at))), std::string(tail)};
  }
  // "Godkendelse af referat fra mødet d. 29. august 2014 Referatet
  // godkendtes.": a sentence whose subject is in its definite form and
  // whose verb follows it, after the title without a full stop.
  if (title.size() > 2 && title.back() == '.') {
    const auto ws = text::words(title);
    for (std::size_t k = 2; k + 1 < ws.size(); ++k) {
      const std::string fw = text::fold(ws[k]), fa = text::fold(ws[k + 1]);
      const bool definite = fw.size() > 5 && (ends_with(fw, "en") || ends_with(fw, "et") || ends_with(fw, "ne"));
      const bool verb = ends_with(fa, "tes") || ends_with(fa, "des") || ends_with(fa, "ede") || fa == "blev" ||
                        fa == "var" || fa == "er" || fa == "blev:" || ends_with(fa, "tes.") || ends_with(fa, "des.");
      if (!definite || !verb || !text::starts_capital(ws[k]) || !text::has_lower_after_first(ws[k])) continue;
      const auto before = static_cast<unsigned char>(ws[k - 1].back());
      if (!((before >= 'a' && before <= 'z') || before >= 0x80 || is_digit(ws[k - 1].back()))) continue;
      const auto at = static_cast<std::size_t>(ws[k].data() - title.data());
      return {std::string(trim(title.substr(0, at))), std::string(title.substr(at))};
    }
  }
  // ", godkendt", ", taget til efterretning": a verdict after a comma.
  if (const auto comma = title.rfind(", "); comma != std::string_view::npos && comma > 0) {
    const std::string_view tail = trim(title.substr(comma + 1));
    std::string ft = text::fold(tail);
    while (!ft.empty() && ft.back() == '.') ft.pop_back();
    // ("Eventuelt, intet": nothing under the item.)
    const bool nothing = (ft == "intet" || ft == "ingen") && text::words(title.substr(0, comma)).size() <= 3;
    if (nothing || (text::words(tail).size() <= 5 && voc::is_verdict(text::fold(tail)) && text::words(title.substr(0, comma)).size() >= 2))
      return {std::string(title.substr(0, comma)), std::string(tail)};
  }
  // "Høringssvar. Der var ingen bemærkninger til dette pkt.": a sentence
  // after the title's full stop (not an abbreviation's, a number's or an
  // initial's).
  for (auto d = title.find(". "); d != std::string_view::npos; d = title.find(". ", d + 1)) {
    const auto ws = text::words(title.substr(0, d));
    if (ws.empty()) continue;
    // ("den 3. juni": an ordinal; "juni 2025. Referat godkendt": a year
    // ends the title.)
    const bool year = ws.back().size() == 4 && std::all_of(ws.back().begin(), ws.back().end(), [](char ch) { return is_digit(ch); });
    if (is_digit(title[d - 1]) && !year) continue;
    const std::string last = text::fold(ws.back());
    if ((last.size() < 4 && !year) || last.find('.') != std::string::npos || last == "vedr" || last == "inkl" ||
        last == "ekskl" || last == "bilag" || last == "pkt")
      continue;
    const std::string_view tail = trim(title.substr(d + 1));
    const auto tws = text::words(tail);
    if (!starts_upper(tail) || tws.empty()) break;
    const std::string ftail = text::fold(tail);
    if ((tail.back() == '.' && tws.size() >= 2) || tws.size() >= 4 || voc::is_verdict(ftail) || ftail == "ok" ||
        ftail == "ok.")
      return {std::string(title.substr(0, d)), std::string(tail)};
    break;
  }
  // "Velkomst, Formanden bød velkommen til alle.": a sentence after the
  // title's comma (see comma_outcome), with its full stop.
  if (auto split = comma_outcome(title); split && split->second.back() == '.') return *split;
  // "Hvem skal være vores fremtidige leverandør? Vi må afvente ...": the
  // answer after the title's question, a statement of two words or more
  // (not a second question: "Hvordan har vi det? Har vi den rette
  // konstituering?").
  if (const auto q = title.find("? "); q != std::string_view::npos && q > 0) {
    const std::string_view tail = trim(title.substr(q + 1));
    if (starts_upper(tail) && text::words(tail).size() >= 2 && tail.back() != '?' &&
        text::words(title.substr(0, q)).size() >= 2)
      return {std::string(title.substr(0, q + 1)), std::string(tail)};
  }
  return {std::string(title), {}};
}

// A title quoted whole in Danish typesetting, which opens a quotation with
// the mark that closes it, or with "»": "5. ”Bordet rundt”:", "1. ”
// Landskab for alle”." (starts_upper knows the other opening marks).
// Only a short title quoted whole, its quotation closed at its end (before
// a full stop or a colon), the quotation opening with a capital.
bool opens_quotation(std::string_view title) {
  const bool danish = text::starts_with(title, "”");
  if (!danish && !text::starts_with(title, "»")) return false;
  while (!title.empty() && (title.back() == '.' || title.back() == ':' || title.back() == ' ')) title.remove_suffix(1);
  const std::string_view close = danish ? "”" : "«";
  if (title.size() < 8 || !ends_with(title, close) || text::words(title).size() > 6) return false;
  return starts_upper(trim(title.substr(close.size())));
}

// True when `title` reads as an item title rather than a sentence or a
// list entry: short, starting with a capital, no sentence end.
bool title_shaped(std::string_view title) {
  title = trim(title);
  if (title.empty() || title.size() > 200) return false;
  if (!starts_upper(title) && !opens_quotation(title)) return false;
  const auto ws = text::words(title);
  if (ws.size() > 30) return false;
  const char last = title.back();
  if (last == ',' || last == ';') return false;
  if (last == '.' && ws.size() > 9) return false;
  // "8. februar 2024", "1. møde 2022": a date or a count, not a title (the
  // capital test above already rejects the lower-case words).
  return true;
}

// Two titles' keys (key_of) of one item: equal, or one the start of the
// other ("Eventuelt" and "Eventuelt (10.55 - 11.00)"), so compared without
// case and punctuation. same_title() for titles whose keys are not made yet.
bool same_key(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const auto& shorter = a.size() < b.size() ? a : b;
  const auto& longer = a.size() < b.size() ? b : a;
  return shorter.size() >= 12 && text::starts_with(longer, shorter);
}

bool same_title(std::string_view a, std::string_view b) { return same_key(key_of(a), key_of(b)); }

// Whether `line` under an item's head repeats its title (a web export
// printing it twice): the same title, or the title and more words
// ("Eventuelt (10.55 - 11.00)"); not a sentence whose first word is the
// title's noun in its definite form, the item's outcome ("Høringssvar" /
// "Høringssvaret blev gennemgået og godkendt.", "Kvartalsrapport" /
// "Kvartalsrapporten blev godkendt.").
bool repeats_title(std::string_view line, std::string_view title) {
  const std::string l = key_of(line), t = key_of(title);
  if (!same_key(l, t)) return false;
  if (l.size() <= t.size()) return true;
  const auto next = static_cast<unsigned char>(l[t.size()]);
  return !((next >= 'a' && next <= 'z') || (next >= '0' && next <= '9') || next >= 0x80);
}

// The agenda's groups, folded, as municipal and board agendas head the
// titles of one kind ("Sager til beslutning" / titles / "Sager til
// orientering" / titles; "Beslutningssager", "Åbne punkter").
constexpr auto k_agenda_groups = std::to_array<std::string_view>({
    "sager til beslutning", "sager til orientering", "sager til drøftelse", "sager til efterretning",
    "sager til godkendelse", "sager til behandling", "punkter til beslutning", "punkter til orientering",
    "punkter til drøftelse", "punkter til godkendelse", "beslutningssager", "orienteringssager",
    "drøftelsessager", "beslutningspunkter", "orienteringspunkter", "drøftelsespunkter", "åbne sager",
    "lukkede sager", "åbne punkter", "lukkede punkter", "åbne dagsordenspunkter", "lukkede dagsordenspunkter",
    "åben dagsorden", "lukket dagsorden", "åbne beslutningssager", "lukkede beslutningssager", "åbent møde",
    "lukket møde"});

std::size_t agenda_group_prefix(std::string_view line) {
  if (line.size() < 10) return 0;
  const std::string f = text::fold(line.substr(0, std::min<std::size_t>(line.size(), 64)));
  for (std::string_view g : k_agenda_groups) {
    if (!text::starts_with(f, g)) continue;
    std::size_t n = g.size();
    if (n < f.size() && f[n] == ':') ++n;
    // Alone, or before the next title or number ("Sager til beslutning: 1.
    // Budget"); not prose that goes on ("Sager til orientering, punkt 3").
    if (n == line.size()) return n;
    if (line[n] != ' ' && line[n] != '\t') return 0;
    const std::string_view rest = trim(line.substr(n));
    if (rest.empty()) return n;
    if (is_digit(rest[0]) || (f[n - 1] == ':' && starts_upper(rest))) return n;
    return 0;
  }
  return 0;
}

namespace {

// A line numbered on two levels ("2.0. Sager til beslutning", "2.1. Budget
// 2026"): its two numbers and its title.
struct TwoLevel {
  int group = 0, sub = 0;
  std::string_view title;
};

std::optional<TwoLevel> two_level(std::string_view t) {
  TwoLevel r;
  std::size_t i = 0;
  t = trim(t);
  r.group = read_number(t, i, 2);
  if (r.group < 0 || i >= t.size() || t[i] != '.') return std::nullopt;
  ++i;
  r.sub = read_number(t, i, 2);
  if (r.sub < 0) return std::nullopt;
  if (i < t.size() && t[i] == '.') ++i;
  if (i >= t.size() || (t[i] != ' ' && t[i] != '\t')) return std::nullopt;
  r.title = trim(t.substr(i));
  if (r.title.empty()) return std::nullopt;
  return r;
}

// An agenda numbered on two levels, as an agenda system prints it: group
// lines "N.0." ("1.0. Åbne sager", "2.0. Sager til orientering") and the
// items under them "N.1.", "N.2." ("1.1. Budget 2026" / "1.2. Lokalplan
// 12"). The groups are known by their label, or by two or more of them
// each right over its "N.1." line (not "3.0 Godkendelse af referat" over
// its text, an item written "N.0" whose "N.1", "N.2" are its parts).
// Returns each item line's number, counted through the groups in the order
// of (N, M), so that a table of contents and the heads under it agree; the
// group lines go to `group_lines`. Empty when the document numbers so not.
std::map<std::size_t, int> two_level_items(const std::vector<Line>& lines, std::vector<std::size_t>& group_lines) {
  std::map<int, bool> groups;  // N -> known by its label
  std::vector<std::size_t> heads;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto tl = two_level(lines[i].text);
    if (!tl || tl->sub != 0) continue;
    const bool labelled = agenda_group_prefix(tl->title) == tl->title.size();
    const auto next = i + 1 < lines.size() ? two_level(lines[i + 1].text) : std::nullopt;
    if (labelled || (next && next->group == tl->group && next->sub == 1)) {
      groups[tl->group] = groups[tl->group] || labelled;
      heads.push_back(i);
    }
  }
  const bool labelled = std::any_of(groups.begin(), groups.end(), [](const auto& g) { return g.second; });
  std::map<std::size_t, int> numbers;
  if (!labelled && groups.size() < 2) return numbers;
  std::map<std::pair<int, int>, int> rank;
  std::vector<std::pair<std::size_t, std::pair<int, int>>> items;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto tl = two_level(lines[i].text);
    if (!tl || tl->sub == 0 || !groups.count(tl->group)) continue;
    rank[{tl->group, tl->sub}] = 0;
    items.push_back({i, {tl->group, tl->sub}});
  }
  if (items.size() < 2) return numbers;
  int n = 0;
  for (auto& [key, r] : rank) r = ++n;
  for (const auto& [line, key] : items) numbers[line] = rank[key];
  group_lines = std::move(heads);
  return numbers;
}

// True when lines [from, to) are notes under an agenda list's entry, within
// the list's paragraph: a proposal, the lettered points of a topic with a
// colon ("A: Forslag fra Mogens Hansen"), who is up for election ("1. Valg
// af dirigent" / "Bestyrelsen foreslår Bjarne Olsen" / "2. Formandens
// beretning"; "7. Valg til bestyrelsen" / "På valg dette år:" / "Formand
// Anders Kamper (2 år)" / "8. Eventuelt"). Up to eight short lines (twelve
// words at most), no blank line before any of them nor before the next
// entry (lines[to]), none a section heading or a header label.
bool agenda_notes(const std::vector<Line>& lines, std::size_t from, std::size_t to) {
  if (to <= from || to - from > 8 || to >= lines.size() || lines[to].gap_before) return false;
  for (std::size_t i = from; i < to; ++i) {
    const Line& l = lines[i];
    if (l.gap_before || l.text.size() > 100 || text::words(l.text).size() > 12 || is_section_line(l) || label_of(l))
      return false;
  }
  return true;
}

// A note written under a list's entry, between it and the next entry, that
// ends no list and opens none: "På valg er: Henrik Kørner, Steffen Olesen"
// (a label with its value), "c   Valg af 1 revisor" (a lettered entry
// whose letter lost its full stop), or a line in lower case that goes on
// from the entry. Not a heading ("Menighedsrådsmøde:", "Orienteringsmøde
// kl. 19.30": a second meeting's list follows it).
bool note_under_entry(const Line& l) {
  const std::string& t = l.text;
  if (t.empty() || t.size() > 160 || is_section_line(l) || t.back() == ':') return false;
  if (t[0] >= 'a' && t[0] <= 'z') return true;
  const auto colon = t.find(": ");
  return colon != std::string::npos && colon > 0 && colon <= 30 && text::words(t.substr(0, colon)).size() <= 4;
}

// The titles an association's statutes (vedtægter) prescribe for its
// general meeting, and a board's standing opening items, folded: "Valg af
// dirigent", "Formandens beretning", "Indkomne forslag", "Godkendelse af
// dagsorden". Minutes of small associations write them as labels with
// their outcome after the colon ("Valg af ordstyrer: Jens", "Godkendelse af
// dagsorden: godkendt"), also run together in one paragraph ("Referent:
// Anette Møller Valg af dirigent: Helle Thagesen. Godkendelse af referat
// 2013: Godkendt ...").
constexpr auto k_standard_titles = std::to_array<std::string_view>({
    "valg af dirigent", "valg af ordstyrer", "valg af referent", "valg af mødeleder", "valg af stemmetællere",
    "valg af bestyrelse", "valg til bestyrelse", "valg af revisor", "valg af suppleant", "valg af formand",
    "valg af kasserer", "godkendelse af dagsorden", "godkendelse af referat", "godkendelse af regnskab",
    "godkendelse af budget", "formandens beretning", "bestyrelsens beretning", "indkomne forslag",
    "behandling af indkomne forslag", "fremlæggelse af regnskab", "forelæggelse af regnskab",
    "fastsættelse af kontingent",
});

// Standard titles written as labels, "Title: outcome", each at a line's
// start or after a sentence's end or a name (run together): their heads,
// the title up to the colon (five words at most after the standard words:
// "Godkendelse af referat nr. 86:"), the outcome up to the next such title.
std::vector<ItemHead> standard_label_heads(const std::vector<Line>& lines, const std::vector<bool>& listing) {
  std::vector<ItemHead> found;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = lines[i].text;
    if (listing[i] || t.find(':') == std::string_view::npos || t.size() > 5000) continue;
    // (start, colon, end of the label's ":" or ".:")
    std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> at;
    for (std::size_t p = 0; p < t.size(); ++p) {
      if (p > 0 && t[p - 1] != ' ') continue;
      if (t[p] != 'V' && t[p] != 'G' && t[p] != 'F' && t[p] != 'B' && t[p] != 'I') continue;
      std::string f = text::fold(t.substr(p, 40));
      for (std::size_t d; (d = f.find("  ")) != std::string::npos;) f.erase(d, 1);
      const auto row = std::find_if(k_standard_titles.begin(), k_standard_titles.end(),
                                    [&](std::string_view s) { return text::starts_with(f, s); });
      if (row == k_standard_titles.end()) continue;
      const std::size_t colon = t.find(':', p);
      if (colon == std::string_view::npos || colon > p + row->size() + 40) continue;
      std::string_view label = trim(t.substr(p, colon - p));
      if (!label.empty() && label.back() == '.') label.remove_suffix(1);
      const auto lws = text::words(label);
      // (No sentence's end inside it: "nr. 86" is none.)
      const auto stop = label.find(". ");
      if (lws.size() > text::words(*row).size() + 5 || label.find(',') != std::string_view::npos ||
          (stop != std::string_view::npos && stop + 2 < label.size() && starts_upper(label.substr(stop + 2))))
        continue;
      at.emplace_back(p, colon, colon + 1);
      p = colon;
    }
    for (std::size_t k = 0; k < at.size(); ++k) {
      const auto [p, colon, after] = at[k];
      const std::size_t end = k + 1 < at.size() ? std::get<0>(at[k + 1]) : t.size();
      std::string title(trim(t.substr(p, colon - p)));
      if (!title.empty() && title.back() == '.') title.pop_back();
      // ("Valg af  referent": a typed double space.)
      for (std::size_t d; (d = title.find("  ")) != std::string::npos;) title.erase(d, 1);
      ItemHead h;
      h.line = i;
      h.title = std::move(title);
      h.text = std::string(trim(t.substr(after, end - after)));
      h.body_begin = k + 1 < at.size() ? i : i + 1;
      found.push_back(std::move(h));
    }
  }
  return found;
}

// A finite verb of a sentence, not a title's word: "orienterede", "er",
// "blev", "skal" ("Formanden orienterede." is a sentence, "Havesyn" a title).
bool finite_verb(std::string_view w) {
  const std::string f = text::fold(w);
  return ends_with(f, "ede") || f == "er" || f == "var" || f == "blev" || f == "har" || f == "vil" || f == "skal" ||
         f == "kan";
}

// A paragraph of prose: a line that opens a paragraph of its own (a blank
// line before it, or longer than a page is wide) and runs to twelve words
// or more.
bool prose_paragraph(const Line& l) {
  return (l.gap_before || l.text.size() > 150) && text::words(l.text).size() >= 12;
}

// The last topic of a meeting by its usual names besides "Eventuelt":
// "Øvrigt", "Diverse", "Andet" (folded).
bool closing_topic(std::string_view folded) {
  return folded == "øvrigt" || folded == "diverse" || folded == "andet";
}

// Line i stands as a topic's heading between paragraphs of prose: a
// paragraph of prose under it, and above it the end of a sentence, a
// lead-in ending with a colon ("Følgende blev drøftet:") or another
// paragraph of prose, from which it stands apart.
bool topic_over_prose(const std::vector<Line>& lines, std::size_t i) {
  if (i == 0 || i + 1 >= lines.size() || !prose_paragraph(lines[i + 1])) return false;
  const std::string& prev = lines[i - 1].text;
  if (prev.empty()) return false;
  const char last = prev.back();
  const bool lead_in = last == ':';
  const bool apart = lines[i].gap_before || lead_in || prev.size() > 150;
  return apart && (lead_in || last == '.' || last == '!' || last == '?' || prose_paragraph(lines[i - 1]));
}

// A section's kind that is also a topic a board's minutes take up under its
// own title ("Økonomi:", "Kommunikation:", "Opfølgning:").
bool topic_kind(std::string_view kind) {
  return kind == "økonomi" || kind == "kommunikation" || kind == "opfølgning";
}

// A list of names and nothing else: "Hedvig, Jeppe, Jonna og Lars",
// "Erling Skov, Birgit Rasmussen" (two or more, each one to three
// capitalised words).
bool names_listed(std::string_view t) {
  std::string s(t);
  for (std::string_view sep : {" og ", " & "})
    for (std::size_t p; (p = s.find(sep)) != std::string::npos;) s.replace(p, sep.size(), ",");
  std::size_t parts = 0;
  for (std::size_t b = 0; b <= s.size();) {
    std::size_t e = s.find(',', b);
    if (e == std::string::npos) e = s.size();
    const std::string_view part = trim(std::string_view(s).substr(b, e - b));
    b = e + 1;
    if (part.empty()) continue;
    const auto ws = text::words(part);
    if (ws.empty() || ws.size() > 3 || !std::all_of(ws.begin(), ws.end(), [](std::string_view w) { return starts_upper(w); }))
      return false;
    ++parts;
  }
  return parts >= 2;
}

// Topics written as labels, each a paragraph of its own that opens with a
// short title and its colon, the outcome after it on the line or the text
// under it, as a small association's secretary writes a board's minutes
// ("Havesyn: Der er konstateret ..." / "Økonomi: Vi sætter ikke havelejen
// op i år." / "Evt:" / "Trafik:" / "Marianne har fokus på trafikken ...";
// seen in fresh minutes of allotment-garden, homeowners' and village
// associations): their heads. The title: a capital first, five words at
// most, no finite verb, no comma, no date first; not a header label
// ("Referent:", "Afbud:"), a person's first name ("Sussie:"), a lead-in,
// a section heading other than a topic ("Beslutning:"), nor a label over
// a list of names ("Deltagende: Hedvig, Jeppe, Jonna").
std::vector<ItemHead> topic_label_heads(const std::vector<Line>& lines, const std::vector<bool>& listing) {
  std::vector<ItemHead> found;
  auto verb = [](std::string_view w) { return finite_verb(w) || text::fold(w) == "bliver"; };
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& l = lines[i];
    const std::string_view t = trim(l.text);
    if (listing[i] || !l.gap_before || t.size() > 1500) continue;
    const auto colon = t.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 60) continue;
    if (colon + 1 < t.size() && t[colon + 1] != ' ') continue;
    const std::string_view title = trim(t.substr(0, colon));
    const std::string_view rest = trim(t.substr(colon + 1));
    const auto tws = text::words(title);
    if (tws.empty() || tws.size() > 5 || !title_shaped(title) || title.find(',') != std::string_view::npos ||
        std::any_of(tws.begin(), tws.end(), verb) || find_date(title.substr(0, std::min<std::size_t>(title.size(), 6))))
      continue;
    if (label_of(l) || (tws.size() == 1 && voc::is_first_name(tws.front()))) continue;
    const std::string f = text::fold(title);
    if (voc::title_lead_in(f) > 0) continue;
    // (Nor a list of those present under any label: "Deltagende: Hedvig,
    // Jeppe, Jonna", "Bestyrelsen: Erling Skov, Birgit Rasmussen".)
    if (names_listed(rest)) continue;
    if (const auto sh = section_head(t); sh && !topic_kind(sh->kind)) continue;
    // (The outcome after the colon, or the text under a title alone.)
    if (rest.empty()) {
      const Line& next = lines[i + 1];
      if (next.text.empty() || next.text.back() == ':' || !next.gap_before || label_of(next) || is_section_line(next) ||
          text::words(next.text).size() < 4)
        continue;
    } else if ((!starts_upper(rest) && !is_digit(rest[0]) && !voc::is_verdict(text::fold(rest))) ||
               !lines[i + 1].gap_before || (text::words(rest).size() < 3 && !voc::is_verdict(text::fold(rest)))) {
      // (A title with its outcome is a paragraph of its own.)
      continue;
    }
    ItemHead h;
    h.line = i;
    h.title = std::string(title);
    h.text = std::string(rest);
    h.body_begin = i + 1;
    found.push_back(std::move(h));
  }
  return found;
}

// The body's echo of an agenda entry: the title again as a line of its own,
// without its number, as minutes that list the agenda at the top write
// their headings (bold in the original): the same title ("Godkendelse af
// dagsorden"), in capitals, with a colon after it ("Eventuelt:"), or one
// the start of the other, twelve letters or more ("Sommerfesten" for "4.
// Sommerfesten 2022"; a shorter start, "Økonomi" for "Økonomi og
// regnskab", is too weak: it cost precision on unseen minutes). A line's
// keys are taken once (EchoKey), the entries compared with them.
struct EchoKey {
  std::string whole;  // the line's key when it may be a title alone
  std::string head;   // the key of the part before its colon ("Eventuelt: Intet.")
  std::size_t colon = std::string_view::npos;
};

std::vector<EchoKey> echo_keys(const std::vector<Line>& lines) {
  std::vector<EchoKey> keys(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = trim(lines[i].text);
    if (t.empty() || t.size() > 200 || !starts_upper(t)) continue;
    // (A title, no sentence: "Økonomien blev gennemgået." is none.)
    if (text::words(t).size() <= 16 && t.back() != '.' && t.back() != ',') keys[i].whole = key_of(t);
    const auto colon = t.find(':');
    if (colon != std::string_view::npos && colon > 3 && colon + 1 < t.size() && colon <= 120) {
      keys[i].head = key_of(t.substr(0, colon));
      keys[i].colon = colon;
    }
  }
  return keys;
}

// Where the title an agenda entry (its key) echoes ends in line `k`: the
// line's end, or its colon (the rest is the outcome); npos for no echo.
std::size_t agenda_echo(const std::string& entry_key, const EchoKey& k, std::size_t line_size) {
  if (entry_key.size() < 4) return std::string_view::npos;
  if (same_key(entry_key, k.whole)) return line_size;
  if (same_key(entry_key, k.head)) return k.colon;
  return std::string_view::npos;
}

// Heads for the agenda's entries that the body writes without their
// numbers: minutes that open with the agenda ("Dagsorden:" / "1.
// Godkendelse af dagsorden" / ... / "5. Eventuelt") and head each item
// with its title alone, or number only some of them ("1. Godkendelse af
// dagsorden" / ... / "Sommerfesten" / ...). The entries are looked for in the
// agenda's order, each after the head of the entry before it and before
// the head of a later entry; an entry the body does not write again is no
// item (the minutes did not reach it). Returns the heads added.
std::size_t add_agenda_echoes(const std::vector<Line>& lines, Outline& o, const std::vector<std::string>& agenda,
                              const std::map<std::size_t, int>& agenda_numbers) {
  if (agenda.size() < 2) return 0;
  // The body starts after the agenda's block: its last listed line before
  // the first head (or the last listed line at all).
  const std::size_t first_head = o.heads.empty() ? lines.size() : o.heads.front().line;
  std::size_t from = 0;
  for (std::size_t i = 0; i < first_head && i < lines.size(); ++i)
    if (o.listing[i]) from = i + 1;
  if (from == 0) return 0;
  const auto keys = echo_keys(lines);
  auto head_of = [&](std::size_t e) -> const ItemHead* {
    const auto n = agenda_numbers.find(e);
    for (const auto& h : o.heads) {
      if (h.listed_only) continue;
      if (same_title(h.title, agenda[e]) || (n != agenda_numbers.end() && h.number && *h.number == n->second))
        return &h;
    }
    return nullptr;
  };
  auto is_head_line = [&](std::size_t i) {
    return std::any_of(o.heads.begin(), o.heads.end(), [&](const ItemHead& h) { return !h.listed_only && h.line == i; });
  };
  std::vector<ItemHead> found;
  std::size_t at = from;
  for (std::size_t e = 0; e < agenda.size(); ++e) {
    if (const ItemHead* h = head_of(e)) {
      at = std::max(at, h->line + 1);
      continue;
    }
    // (Before the head of a later entry.)
    std::size_t until = lines.size();
    for (std::size_t f = e + 1; f < agenda.size() && until == lines.size(); ++f)
      if (const ItemHead* h = head_of(f); h && h->line >= at) until = h->line;
    const std::string entry_key = key_of(agenda[e]);
    for (std::size_t i = at; i < until; ++i) {
      const std::string_view t = trim(lines[i].text);
      const std::size_t end = agenda_echo(entry_key, keys[i], t.size());
      if (end == std::string_view::npos || o.listing[i] || is_head_line(i) || is_section_line(lines[i]) ||
          label_of(lines[i]))
        continue;
      ItemHead h;
      h.line = i;
      if (const auto n = agenda_numbers.find(e); n != agenda_numbers.end()) h.number = n->second;
      h.title = std::string(trim(t.substr(0, end)));
      if (!h.title.empty() && h.title.back() == ':') h.title.pop_back();
      if (end < t.size()) h.text = std::string(trim(t.substr(end + 1)));
      h.body_begin = i + 1;
      found.push_back(std::move(h));
      at = i + 1;
      break;
    }
  }
  if (found.empty() || (o.heads.empty() && found.size() < 2)) return 0;
  const std::size_t added = found.size();
  o.heads.insert(o.heads.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  std::stable_sort(o.heads.begin(), o.heads.end(), [](const ItemHead& a, const ItemHead& b) { return a.line < b.line; });
  return added;
}

// What stands before an item's head on a PDF transcript's page line: the
// page's number and the entry's own number ("3 35 Godkendelse af dagsorden
// Sagsnr.: ..."), or the page's label ("Sidenr Den selvejende institution
// ... Sagsid.: 06/15387"). Returns the text after it; `number` is the
// entry's number when two numbers stand there (page, then entry).
std::string_view after_page_and_entry_number(std::string_view t, std::optional<int>& number) {
  number.reset();
  t = trim(t);
  for (std::string_view label : {"Sidenr. ", "Sidenr ", "Side nr. "})
    if (text::starts_with(t, label)) t = trim(t.substr(label.size()));
  std::vector<int> numbers;
  for (int k = 0; k < 2; ++k) {
    std::size_t n = 0;
    const int v = read_number(t, n, 3);
    if (v < 0 || n >= t.size() || (t[n] != ' ' && t[n] != '.')) break;
    std::size_t after = n + (t[n] == '.');
    if (after >= t.size() || t[after] != ' ') break;
    numbers.push_back(v);
    t = trim(t.substr(after));
  }
  if (numbers.size() == 2) number = numbers[1];
  return t;
}

// A transcript's echo of a table of contents' entries, the contents its
// only source of items: each entry's title again on a page line, after the
// page's number and/or the entry's own number (after_page_and_entry_number),
// with the case's number or file labels after it ("3 35 Godkendelse af
// dagsorden Sagsnr.: ...", the contents said "35 Godkendelse af dagsorden")
// or alone over a section heading (sixteen words at most, not a line that
// runs on into the case's text). Each echo is its item's head (its title
// the line's up to the case's labels, which may complete an entry the
// contents cut: "Besøg i Den historiske" / "4 36 Besøg i Den historiske
// Miniby Sagsnr.:"); its text runs to the next echo. Entries in the
// contents' order, from `body`; the entries' numbers rise.
std::vector<ItemHead> numbered_contents_echoes(const std::vector<Line>& lines, std::size_t body,
                                               const std::vector<std::string>& entries) {
  // Each page line's candidate head, taken once: its title and its key.
  struct PageHead {
    std::size_t line;
    std::optional<int> number;
    std::string_view title;
    std::string key;
  };
  std::vector<PageHead> candidates;
  for (std::size_t i = body; i < lines.size(); ++i) {
    if (is_section_line(lines[i])) continue;
    std::optional<int> number;
    const std::string_view t = after_page_and_entry_number(lines[i].text, number);
    if (t.empty() || !starts_upper(t)) continue;
    const std::string_view title = without_case_labels(t);
    const bool labelled = title.size() < t.size();
    const bool over_section = title.size() == t.size() && text::words(title).size() <= 16 && i + 1 < lines.size() &&
                              is_section_line(lines[i + 1]);
    if (labelled || over_section) candidates.push_back({i, number, title, key_of(title)});
  }
  std::vector<ItemHead> heads;
  std::size_t at = 0;
  for (const auto& entry : entries) {
    const std::string entry_key = key_of(entry);
    if (entry_key.size() < 12) continue;
    for (std::size_t c = at; c < candidates.size(); ++c) {
      const PageHead& k = candidates[c];
      if (!same_key(entry_key, k.key)) continue;
      if (k.number && !heads.empty() && heads.back().number && *k.number <= *heads.back().number) continue;
      ItemHead h;
      h.line = k.line;
      h.number = k.number;
      h.title = std::string(k.title);
      h.body_begin = k.line + 1;
      heads.push_back(std::move(h));
      at = c + 1;
      break;
    }
  }
  return heads;
}

// True when the text ends in the middle of a sentence: its last line is
// prose (ten words or more) with no sentence end ("... Nu håber vi på, at
// d"), an excerpt cut off.
bool cut_off_text(const std::vector<Line>& lines) {
  for (std::size_t i = lines.size(); i-- > 0;) {
    const std::string_view t = trim(lines[i].text);
    if (t.empty()) continue;
    if (text::words(t).size() < 10) return false;
    const char last = t.back();
    return last != '.' && last != '!' && last != '?' && last != ':' && last != ')' && last != '"' &&
           !ends_with(t, "\u201d") && !ends_with(t, "\u00bb");
  }
  return false;
}

// Minutes of a general assembly (generalforsamling): the document's first
// lines name it ("Referat generalforsamling 2021", "Referat fra
// generalforsamling 2005, tirsdag den 8. november 2005").
bool general_assembly(const std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size() && i < 12; ++i)
    if (text::fold(lines[i].text).find("generalforsamling") != std::string::npos) return true;
  return false;
}

// A general assembly goes through the agenda its statutes prescribe, point
// by point: when its minutes answer the agenda's points in another form
// than the agenda list ("1. Valg af dirigent" in the list, "Ad 1. Valg af
// dirigent" or "1: VALG AF DIRIGENT" in the body), two or more, and the
// text is cut off in the middle of a sentence, the entries the excerpt
// never reaches are its items too. (Not a board's meeting: its minutes
// may stop short of the agenda, and the entries appended so cost
// precision.)
bool answers_cut_off(const std::vector<Line>& lines, const Outline& o, const std::vector<std::size_t>& answer_lines) {
  std::size_t answers = 0;
  for (const auto& h : o.heads)
    if (std::find(answer_lines.begin(), answer_lines.end(), h.line) != answer_lines.end()) ++answers;
  return answers >= 2 && general_assembly(lines) && cut_off_text(lines);
}

// How many of an agenda list's titles the body writes again as lines of
// their own after the list (`from`), in order: evidence that the list is
// the agenda and the body heads its items without numbers.
std::size_t echoed_titles(const std::vector<EchoKey>& keys, std::size_t from, const std::vector<std::string>& titles) {
  std::size_t n = 0;
  for (std::size_t e = 0, at = from; e < titles.size(); ++e) {
    const std::string title_key = key_of(titles[e]);
    for (std::size_t i = at; i < keys.size(); ++i)
      if (agenda_echo(title_key, keys[i], 0) != std::string_view::npos) {
        ++n;
        at = i + 1;
        break;
      }
  }
  return n;
}

// True when a full stop inside `title` ends a sentence: a capitalised word
// after it ("Status. Vi har ..."; not "ref. fra", an abbreviation's).
bool sentence_end_inside(std::string_view title) {
  for (auto d = title.find(". "); d != std::string_view::npos; d = title.find(". ", d + 1))
    if (starts_upper(title.substr(d + 2))) return true;
  return false;
}

// "Valg af tre bestyrelsesmedlemmer med særlig sagkundskab jf. vedtægternes
// § 13.": a head's title longer than title_shaped() allows with a full
// stop, as an association's minutes close each numbered head: sixteen
// words at most, no finite verb, no sentence end before the last.
bool long_stopped_title(std::string_view t) {
  t = trim(t);
  if (t.size() < 2 || t.back() != '.') return false;
  const std::string_view title = t.substr(0, t.size() - 1);
  const auto ws = text::words(title);
  return title_shaped(title) && ws.size() <= 16 && std::none_of(ws.begin(), ws.end(), sentence_verb) &&
         !sentence_end_inside(title);
}

// The title of an informal series' head: a short title of ten words at
// most, in upper or lower case ("godkendelse af ref. fra sidste møde."),
// closed by a full stop or a colon as a typed note often is ("7 Evt.",
// "3 Nyt fra formanden:"), and no sentence (no finite verb, no colon or
// sentence end inside it).
bool informal_title(std::string_view title) {
  title = trim(title);
  while (!title.empty() && (title.back() == '.' || title.back() == ':')) title.remove_suffix(1);
  title = trim(title);
  if (title.empty() || is_digit(title[0])) return false;
  const unsigned char first = static_cast<unsigned char>(title[0]);
  if (!starts_upper(title) && !((first >= 'a' && first <= 'z') || first >= 0xC3)) return false;
  const auto ws = text::words(title);
  return !ws.empty() && ws.size() <= 10 && std::none_of(ws.begin(), ws.end(), sentence_verb) &&
         title.find(':') == std::string_view::npos && !sentence_end_inside(title);
}

// Informal minutes (an association's, a board's, a club's) number their
// items loosely: "1 Referat" / text / "2. Skolenyt" / text / "3 MUS" /
// ... / "7 Evt.", the full stop after the number there or not, the title
// closed by a full stop or a colon, in lower case. Such heads are an
// increasing run from 1, each number next in turn, each a paragraph of its
// own with text between it and the one before (a list inside an item runs
// line after line), three or more, at least one written without the
// number's separator; a number in the text between that is not next in
// turn ("148 elever pt.", "141 havelejere mangler ...") neither breaks the
// run nor starts one. Marks the run's candidates.
std::vector<bool> informal_series(const std::vector<Candidate>& cands) {
  std::vector<bool> member(cands.size(), false);
  auto plain = [&](const Candidate& c) {
    return !c.strong && !c.table_row && !c.title_next && c.style != "roman" && (c.style.empty() || c.style == "." || c.style == ")") &&
           informal_title(c.title);
  };
  for (std::size_t a = 0; a < cands.size(); ++a) {
    if (cands[a].number != 1 || !plain(cands[a])) continue;
    std::vector<std::size_t> run{a};
    for (std::size_t k = a + 1; k < cands.size(); ++k) {
      const Candidate& prev = cands[run.back()];
      const Candidate& c = cands[k];
      if (c.number != prev.number + 1) continue;
      if (!plain(c) || c.line <= prev.line + 1) break;
      run.push_back(k);
    }
    const bool bare = std::any_of(run.begin(), run.end(), [&](std::size_t k) { return cands[k].style.empty(); });
    if (run.size() < 3 || !bare) continue;
    for (std::size_t k : run) member[k] = true;
    a = run.back();
  }
  return member;
}

}  // namespace

// "Økonomi:", "Kommunikation:", "Opfølgning:": a section's name that is
// also a topic a board's minutes take up under its own title ("Daglig
// drift:" / ... / "Økonomi:" / "Økonomien ser ud som sidste år").
bool topic_heading(std::string_view line) {
  const auto sh = section_head(line);
  return sh && sh->text.empty() && topic_kind(sh->kind);
}

// "5. Kassebeholdning.Søren Kaarup meddelte, at ...": a head whose title's
// full stop lost the space before its outcome. The title is the part
// before the first full stop glued to a capital, when it ends with a word
// in lower case (not "St.Merløse" nor "A.P.Møller") and holds no verb; the
// outcome is a sentence of three words or more.
std::optional<std::pair<std::string, std::string>> glued_first_sentence(std::string_view t) {
  // (The first full stop only: one with a space after it ends the title
  // as the caller reads it.)
  const std::size_t d = t.find('.');
  if (d == std::string_view::npos || d < 4 || d + 1 >= t.size() || !starts_upper(t.substr(d + 1))) return std::nullopt;
  const std::string_view head = trim(t.substr(0, d));
  const std::string_view tail = trim(t.substr(d + 1));
  const auto hws = text::words(head);
  if (hws.empty() || hws.size() > 8 || !title_shaped(head) || text::words(tail).size() < 3) return std::nullopt;
  if (text::fold(hws.back()).size() < 4 || !(t[d - 1] >= 'a' && t[d - 1] <= 'z') ||
      std::any_of(hws.begin(), hws.end(), sentence_verb))
    return std::nullopt;
  return std::pair{std::string(head), std::string(tail)};
}

// A title that names an item's kind ("Godkendelse af dagsorden",
// "Eventuelt", "Orientering om ...").
bool kind_titled(std::string_view title) { return voc::item_kind(text::fold(title)).has_value(); }

// "4a. Bestyrelsen foreslår ...", "4.b Økonomi", "4 c)": a lettered part
// of item `number`, written with its number.
bool lettered_part_of(std::string_view line, int number) {
  std::size_t i = 0;
  if (read_number(line, i, 3) != number) return false;
  if (i < line.size() && line[i] == '.') ++i;
  if (i < line.size() && line[i] == ' ') ++i;
  return i + 1 < line.size() && line[i] >= 'a' && line[i] <= 'z' &&
         (line[i + 1] == '.' || line[i + 1] == ')' || line[i + 1] == ' ');
}

namespace {

// True when the text ends in the table of contents on lines[i] (an excerpt
// cut off in it): what follows is a line or two of more entries, not a
// body that would lose its text to items listed only.
bool contents_ends_text(const std::vector<Line>& lines, std::size_t i) {
  std::size_t words = 0;
  for (std::size_t k = i + 1; k < lines.size(); ++k) words += text::words(lines[k].text).size();
  return words < 100;
}

// "2) Jagt i klubregi" / text / "3) 3D skydning" / text / "4)
// Venskabsklubber": the heads take 2 and then 4 (items left out between two
// heads), and the line numbered 3 between them, next in turn, in the same
// number form at the same indent, is the item they skipped, whatever its
// title's shape ("3D skydning" opens with a digit; "4) Besøg af
// menighedsmusikker Sanne Dyssegaard," and "2) Regnskab for 2014 (v.
// revisor) (se bilag: ...," end in a comma, a line that wraps or an editor's
// slip). A secretary numbers every point of the list. Only after a
// whole run of heads from 1, each next in turn (not a council's cases
// numbered from anywhere), and not for a recommendation's point ("3. at
// ..."), a numbered sentence with a finite verb or a sentence end inside,
// or a run-on transcript line (fresh minutes of an archery club's board;
// a parish council's and a gymnasium board's minutes). Returns the skipped
// candidate's index.
std::optional<std::size_t> skipped_in_turn(const std::vector<Candidate>& cands, const std::vector<std::size_t>& shape_rejected,
                                           std::size_t k, const std::vector<Line>& lines, std::optional<int> expected,
                                           const std::vector<ItemHead>& heads, const std::string& last_head_style) {
  const std::size_t last_head_line = heads.empty() ? 0 : heads.back().line;
  const Candidate& c = cands[k];
  if (!expected || c.number != *expected + 1 || c.number_only || c.style != last_head_style) return std::nullopt;
  // (The heads so far a whole run from 1, each next in turn: a list that
  // numbers every point, not a council's cases numbered from anywhere.)
  if (heads.size() < 2 || !heads.front().number || *heads.front().number > 1) return std::nullopt;
  for (std::size_t h = 1; h < heads.size(); ++h)
    if (!heads[h].number || *heads[h].number != *heads[h - 1].number + 1) return std::nullopt;
  for (auto j : shape_rejected) {
    const Candidate& s = cands[j];
    if (s.number != *expected || s.line <= last_head_line || s.line >= c.line || s.style != c.style || s.number_only ||
        s.title_next || s.dropped || text::starts_with(text::fold(s.title), "at "))
      continue;
    // (A title still, not a numbered sentence: no finite verb, no sentence
    // end inside, "2. Sognepræsten holder ferie fra 8. april. Sommerferie
    // ..." / "6. Ny Lokalplan og videre proces Vi diskuterede ...".)
    const std::string head = split_outcome(s.title).first;
    const auto ws = text::words(head);
    if (sentence_end_inside(s.title) || std::any_of(ws.begin(), ws.end(), finite_verb)) continue;
    if (lines[s.line].text.size() > 200) continue;
    const int indent_gap = lines[s.line].indent - lines[c.line].indent;
    if (indent_gap > 1 || indent_gap < -1) continue;
    return j;
  }
  return std::nullopt;
}

}  // namespace

Outline find_items(const std::vector<Line>& lines) {
  Outline o;
  o.listing.assign(lines.size(), false);
  // The table of contents: its titles are the agenda, its lines never items.
  std::vector<std::string> agenda;
  std::map<int, std::string> agenda_by_number;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (auto e = toc_entry(lines[i])) {
      // (A whole table of contents run into the line: its entries.)
      if (auto run = dotted_run_titles(lines[i].text); !run.empty())
        agenda.insert(agenda.end(), run.begin(), run.end());
      else
        agenda.push_back(*e);
      o.listing[i] = true;
    }
  }
  std::map<std::size_t, int> agenda_numbers;  // agenda index -> its number
  std::vector<TocRow> toc_cells;
  // A table of contents whose cells came out on lines of their own ("3" /
  // "Godkendelse af dagsorden" / "2" / "5" / "Budget 2025" / "4"): its
  // titles are the agenda (the items when no heading follows).
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto rows = toc_rows(lines, i);
    if (rows.empty()) continue;
    toc_cells.insert(toc_cells.end(), rows.begin(), rows.end());
    for (std::size_t k = i; k < rows.back().end; ++k) o.listing[k] = true;
    i = rows.back().end - 1;
  }
  // A table of contents under its own heading ("Sagsoversigt" / "Side" /
  // "01." / "Title ....3"): its lines are the listing.
  const auto contents = headed_contents(lines);
  if (contents)
    for (std::size_t k = contents->begin; k < contents->end; ++k) o.listing[k] = true;
  // A PDF table of contents whose numbers came out on lines of their own
  // ("1." / "Godkendelse af referat ..... 3" / "1.1."): the numbers belong
  // to the listing.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (o.listing[i] || !number_only_line(lines[i].text)) continue;
    const bool beside_toc = (i > 0 && o.listing[i - 1]) || (i + 1 < lines.size() && o.listing[i + 1]);
    if (beside_toc) o.listing[i] = true;
  }
  // A table of contents of unnumbered titles under the agenda's groups
  // ("Sager til beslutning" / "Budget 2025" / "Lokalplan 12" / "Sager til
  // orientering" / "Meddelelser"), the body numbering its heads (often from
  // "1." again in each group): the titles are the agenda, never items. It
  // ends where the body begins: a group over a numbered head, or over a
  // title listed before.
  std::vector<std::string> grouped;
  bool grouped_back = false;  // its titles come back: the body's heads
  {
    auto group_line = [&](std::size_t i) { return agenda_group_prefix(lines[i].text) == lines[i].text.size(); };
    std::vector<std::size_t> taken;
    std::size_t labels = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!group_line(i)) continue;
      std::vector<std::string> run;
      std::vector<std::size_t> run_lines;
      bool body = false;
      for (std::size_t j = i + 1; j < lines.size() && !group_line(j); ++j) {
        const Line& l = lines[j];
        std::string t = l.text;
        // ("Budget 2025 4": a page number after the title.)
        if (const auto sp = t.rfind(' '); sp != std::string::npos && sp + 1 < t.size() && t.size() - sp <= 4 &&
                                          std::all_of(t.begin() + static_cast<std::ptrdiff_t>(sp) + 1, t.end(),
                                                      [](char ch) { return is_digit(ch); }))
          t.erase(sp);
        if (o.listing[j] || item_candidate(l, j)) {
          body = run.empty() && !o.listing[j];
          break;
        }
        if (!title_shaped(t) || t.back() == ':' || t.back() == '.' || text::words(t).size() > 20 || is_section_line(l) ||
            label_of(l) || case_meta_line(t) || find_date(t))
          break;
        if (std::any_of(grouped.begin(), grouped.end(), [&](const std::string& g) { return same_title(g, t); })) {
          body = true;
          break;
        }
        run.push_back(std::move(t));
        run_lines.push_back(j);
      }
      if (body) break;
      if (run.empty()) continue;
      ++labels;
      taken.push_back(i);
      taken.insert(taken.end(), run_lines.begin(), run_lines.end());
      grouped.insert(grouped.end(), run.begin(), run.end());
      i = run_lines.back();
    }
    // Two groups or more, or titles that come back further down.
    std::size_t back = 0;
    if (!taken.empty())
      for (const auto& g : grouped)
        for (std::size_t j = taken.back() + 1; j < lines.size(); ++j)
          if (same_title(g, lines[j].text) || (item_candidate(lines[j], j) && same_title(g, item_candidate(lines[j], j)->title))) {
            ++back;
            break;
          }
    if (grouped.size() >= 2 && (labels >= 2 || back * 2 >= grouped.size())) {
      for (std::size_t i : taken) o.listing[i] = true;
      grouped_back = back * 2 >= grouped.size();
    } else {
      grouped.clear();
    }
    // A group's label in the body is no item's text either.
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (group_line(i)) o.listing[i] = true;
  }
  // An agenda numbered on two levels: the groups' lines are no items, the
  // items under them are read as numbered in turn.
  std::vector<std::size_t> group_lines;
  const auto two_level_numbers = two_level_items(lines, group_lines);
  for (std::size_t i : group_lines) o.listing[i] = true;
  std::vector<Candidate> cands;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (o.listing[i]) continue;
    std::optional<Candidate> c;
    if (const auto tl = two_level_numbers.find(i); tl != two_level_numbers.end()) {
      Line renumbered = lines[i];
      renumbered.text = std::to_string(tl->second) + ". " + std::string(two_level(lines[i].text)->title);
      c = item_candidate(renumbered, i);
    } else {
      c = item_candidate(lines[i], i);
    }
    if (!c) continue;
    if (c->title_next) {
      // "Title" / "Sag nr. 24": a case number under its title (Rødovre).
      // (Not when a title follows it: "Sag nr. 1" / "Godkendelse af
      // dagsorden" / "Beslutning: Godkendt." heads the item under it.)
      const bool title_under = i + 1 < lines.size() && title_shaped(lines[i + 1].text) &&
                               !is_section_line(lines[i + 1]) && !case_meta_line(lines[i + 1].text) &&
                               !label_of(lines[i + 1]) && !item_candidate(lines[i + 1], i + 1);
      if (text::starts_with(c->style, "sag") && i > 0 && !title_under && !o.listing[i - 1] && title_shaped(lines[i - 1].text) &&
          !label_of(lines[i - 1]) && !is_section_line(lines[i - 1]) && !item_candidate(lines[i - 1], i - 1)) {
        c->title = lines[i - 1].text;
        c->line = i - 1;
        c->title_next = false;
        c->body_begin = i + 1;
        cands.push_back(std::move(*c));
        continue;
      }
      // "Pkt. 3" / "3." alone: the title is the next line, or the agenda's
      // entry of that number ("Ad 1" / "Dagsordenen blev godkendt.").
      c->number_only = true;
      // The title line is a title, not the start of a run-on page ("2" /
      // "Udvalget Mødedato Side Godkendelse ... Sagsnr.: Sagen afgøres i:").
      const std::string& next = i + 1 < lines.size() ? lines[i + 1].text : std::string();
      if (i + 1 < lines.size() && title_shaped(next) && next.size() <= 150 &&
          (next.back() != ':' || (colon_closed_title(next) && !is_section_line(lines[i + 1]))) && !label_of(lines[i + 1]) &&
          !item_candidate(lines[i + 1], i + 1) && !names_document(lines, i + 1)) {
        c->title = lines[i + 1].text;
        if (c->title.back() == ':') c->title.pop_back();
      }
    }
    cands.push_back(std::move(*c));
  }
  // The lines of the points a nested list holds under its entries (below).
  std::vector<bool> point_line(lines.size(), false);
  // A nested list in plain text (" 1. Besøg fra arbejdsgruppen" / "  1.
  // Status på politikken" / "   1. Byrådets godkendelse" / "  2. Release" /
  // " 2. Ungerådet virtuelt"): a number that stands further in than the
  // list's outermost numbers, under one of them, is a point of that item
  // however it is numbered. Further in by its indent and by the column
  // where its number ends (" 9." over "10." is one level, right-aligned).
  {
    auto digits = [&](const Candidate& c) {
      const std::string& t = lines[c.line].text;
      int n = 0;
      while (static_cast<std::size_t>(n) < t.size() && is_digit(t[n])) ++n;
      return n;
    };
    auto plain = [&](const Candidate& c) { return !c.strong && c.style != "roman" && digits(c) > 0; };
    int min_indent = -1, min_end = -1;
    for (const auto& c : cands)
      if (plain(c)) {
        const int in = lines[c.line].indent, end = in + digits(c);
        min_indent = min_indent < 0 ? in : std::min(min_indent, in);
        min_end = min_end < 0 ? end : std::min(min_end, end);
      }
    auto outer = [&](const Candidate& c) {
      return plain(c) && lines[c.line].indent == min_indent && lines[c.line].indent + digits(c) == min_end;
    };
    const auto outers = std::count_if(cands.begin(), cands.end(), outer);
    if (outers >= 2) {
      // (A number next in turn after the item above is the next item,
      // whatever its indent: a hand-typed list's uneven indents, "1. Valg
      // af ordstyrer" / " 2. Valg af referent".)
      // (The outer numbering that starts again at "1." right under an
      // item's points goes on from the item before: a web list closed
      // around the points and opened again, " 7. Dagsordener og referater"
      // / "  1. Direkte relationer" / " 1. Nyt fra institutioner" is item 8.)
      // (So does an outer "1." on the line right under the entry before,
      // or under one note of that entry: the editor ended the list there
      // and began it again, " 6. Administration af arbejdstimer" / " 1.
      // Planerne for havneområdet", " 7. Valg af bestyrelsesmedlemmer" /
      // "På valg er: ..." / " 1. Valg af 2 bestyrelsessuppleanter"; not
      // an entry that repeats one before it, the body's heads after the
      // agenda.)
      bool after_outer = false;  // the candidate before (points aside) was an outer number
      int outer_number = 0;
      int offset = 0;
      std::optional<std::size_t> last_point;
      // (Only in a list written as one block from its "1.", an entry on
      // each line, points and such notes aside, as an agenda is: under an
      // item with text before it, "2. Efterretninger" / "1. Formand: ...",
      // the "1." opens that item's own list.)
      std::optional<std::size_t> last_outer;  // the line of the outer entry before
      std::optional<std::size_t> last_list_line;  // of the outer entry or point before
      bool block = false;  // the outer entries so far, from the list's "1.", stand line by line
      std::vector<std::string> outer_titles;
      auto in_block = [&](const Candidate& c) {
        return last_list_line && (c.line == *last_list_line + 1 ||
                                  (c.line == *last_list_line + 2 && note_under_entry(lines[*last_list_line + 1])));
      };
      auto restarted_under_entry = [&](const Candidate& c) {
        if (!last_outer || !block || c.number != 1 || outer_number < 2) return false;
        const bool next_line = c.line == *last_outer + 1 && !lines[c.line].gap_before;
        const bool after_note = c.line == *last_outer + 2 && note_under_entry(lines[*last_outer + 1]);
        if (!next_line && !after_note) return false;
        return std::none_of(outer_titles.begin(), outer_titles.end(),
                            [&](const std::string& t) { return same_title(t, c.title); });
      };
      bool under = false;
      std::vector<Candidate> kept;
      for (auto& c : cands) {
        const int in = lines[c.line].indent;
        const bool deeper = plain(c) && in > min_indent && in + digits(c) > min_end;
        if (deeper && !under && after_outer && c.number != outer_number + 1) under = true;
        if (deeper && under) {
          last_point = c.line;
          last_list_line = c.line;
          point_line[c.line] = true;
          continue;
        }
        under = false;
        after_outer = false;
        if (outer(c)) {
          if (c.number == 1 && outer_number >= 2 && last_point && c.line == *last_point + 1)
            offset = outer_number;
          else if (restarted_under_entry(c))
            offset = outer_number;
          else if (offset > 0 && c.number + offset != outer_number + 1)
            offset = 0;
          const bool follows = in_block(c);
          c.number += offset;
          block = c.number == 1 || (block && follows);
          after_outer = true;
          outer_number = c.number;
          last_outer = c.line;
          last_list_line = c.line;
          outer_titles.push_back(c.title);
        }
        kept.push_back(std::move(c));
      }
      cands = std::move(kept);
    }
  }
  // A number alone without a separator ("2") is a PDF transcript's page
  // number when the items are written with one ("2. Budget", "Ad 2"):
  // numbers so written outnumber such lines.
  {
    const auto separated = std::count_if(cands.begin(), cands.end(), [](const Candidate& c) {
      return !c.style.empty() && !c.title_next && title_shaped(c.title);
    });
    const auto page_like = std::count_if(cands.begin(), cands.end(), [](const Candidate& c) {
      return c.title_next && c.style.empty();
    });
    if (separated >= 2 && separated > page_like)
      for (auto& c : cands)
        if (c.title_next && c.style.empty()) c.dropped = c.page_number = true;
  }
  // Bare "3 Title" lines with text between them: items when three or more
  // run 1, 2, 3 ... with titles of an item's shape and one of them names
  // an item's kind ("1 Godkendelse af dagsorden" / text / "2 Meddelelser"
  // / text / "3 Eventuelt": a PDF that lost the numbers' full stops).
  std::vector<bool> bare_series(cands.size(), false);
  {
    std::vector<std::size_t> run;
    auto close = [&] {
      const bool kind = std::any_of(run.begin(), run.end(), [&](std::size_t k) {
        return voc::item_kind(text::fold(cands[k].title)).has_value();
      });
      if (run.size() >= 3 && kind)
        for (std::size_t k : run) bare_series[k] = true;
      run.clear();
    };
    for (std::size_t k = 0; k < cands.size(); ++k) {
      if (!cands[k].bare) continue;
      const Candidate& c = cands[k];
      // (A date in a title that names an item's kind is the title's:
      // "02 Godkendelse af referat fra mødet den 18.06.2009".)
      const bool shaped = title_shaped(c.title) && c.title.back() != '.' && text::words(c.title).size() <= 12 &&
                          !address_shaped(c.title) && (!find_date(c.title) || kind_titled(c.title));
      if (!shaped) {
        close();
        continue;
      }
      if (!run.empty() && c.number != cands[run.back()].number + 1) close();
      run.push_back(k);
    }
    close();
  }
  {
    const auto informal = informal_series(cands);
    for (std::size_t k = 0; k < cands.size(); ++k)
      if (informal[k]) cands[k].informal = bare_series[k] = true;
  }
  // Bare "3 Title" lines count only in a list of them ("1 Godkendelse af
  // dagsorden 4" / "2 Forslag til ... 5": a table of contents), where the
  // page number at the end is dropped.
  for (std::size_t k = 0; k < cands.size(); ++k) {
    if (!cands[k].bare) continue;
    const bool listed = (k > 0 && cands[k - 1].bare && cands[k - 1].line + 1 == cands[k].line) ||
                        (k + 1 < cands.size() && cands[k + 1].bare && cands[k + 1].line == cands[k].line + 1);
    // "1 Title" / "Resume" (an agenda system's web page): a section heading
    // right after it makes the line an item's head.
    bool section_follows = false;
    for (std::size_t j = cands[k].line + 1; j < lines.size() && j <= cands[k].line + 2 && !section_follows; ++j)
      section_follows = is_section_line(lines[j]);
    if (section_follows || (bare_series[k] && !listed)) {
      cands[k].bare = false;
      continue;
    }
    if (!listed) {
      cands[k].dropped = true;
      continue;
    }
    std::string& t = cands[k].title;
    const auto sp = t.rfind(' ');
    if (sp != std::string::npos && sp + 1 < t.size() &&
        std::all_of(t.begin() + static_cast<std::ptrdiff_t>(sp) + 1, t.end(), [](char ch) { return is_digit(ch); }))
      t = std::string(trim(std::string_view(t).substr(0, sp)));
  }
  const auto strong_count = std::count_if(cands.begin(), cands.end(), [](const Candidate& c) {
    return c.strong && title_shaped(c.title);
  });
  // The form of the items' numbers: the most common form among strong,
  // title-shaped candidates ("Punkt 3:" against "Punkt 1." in a list).
  auto most_common_style = [&] {
    std::string item_style;
    if (strong_count < 2) return item_style;
    std::map<std::string, int> styles;
    for (const auto& c : cands)
      if (c.strong && title_shaped(c.title) && !c.table_row) ++styles[c.style];
    int best = 0;
    for (const auto& [style, n] : styles)
      if (n > best) best = n, item_style = style;
    return item_style;
  };
  std::string item_style = most_common_style();
  // (Or whose titles come back as lines of their own, half of them or
  // more: the body heads its items without numbers.)
  std::vector<std::size_t> answer_lines;  // heads answering the agenda's points in another form ("Ad 1.")
  std::optional<std::vector<EchoKey>> line_echo_keys;  // taken when first asked
  auto listed_titles_echoed = [&](std::size_t a, std::size_t b) {
    std::vector<std::string> titles;
    for (std::size_t k = a; k < b; ++k) titles.push_back(cands[k].title);
    if (!line_echo_keys) line_echo_keys = echo_keys(lines);
    const std::size_t n = echoed_titles(*line_echo_keys, cands[b - 1].line + 1, titles);
    return n >= 2 && n * 2 >= b - a;
  };
  // An agenda list: a run of numbered lines one after another whose titles
  // come back later as item headings. The run is the list, not the items.
  for (std::size_t a = 0; a < cands.size();) {
    std::size_t b = a + 1;
    // (A title broken over two lines, "36 Høring: Forslag til lokalplan
    // 512.18 -" / "boligområde ved Møllebakken", does not end the list.)
    auto wrapped = [&](const Candidate& prev) {
      if (prev.line + 1 >= lines.size() || prev.title.empty()) return false;
      const std::string& next = lines[prev.line + 1].text;
      const char last = prev.title.back();
      return !next.empty() && !starts_upper(next) && !is_digit(next[0]) && !is_section_line(lines[prev.line + 1]) &&
             (last == '-' || last == ',' || text::starts_with(next, "og ") ||
              (next[0] >= 'a' && next[0] <= 'z'));
    };
    // (Nor do lettered sub-items under an entry: "2. Aftens emner:" / "a.
    // Debat oplæg" / "b. Stævnerapport" / "3. Bordet rundt".)
    auto lettered = [&](std::size_t from, std::size_t to) {
      if (to <= from) return false;
      for (std::size_t i = from; i < to; ++i) {
        const std::string& t = lines[i].text;
        // "a. Debat", "A. Udkast til årsrapport", or a short sub-point
        // ("9. Meddelelser fra" / "Formanden" / "Rektor" / "10. Eventuelt").
        const bool letter = t.size() >= 3 && ((t[0] >= 'a' && t[0] <= 'z') || (t[0] >= 'A' && t[0] <= 'Z')) &&
                            (t[1] == '.' || t[1] == ')') && t[2] == ' ';
        const bool sub_point = text::words(t).size() <= 3 && t.find(':') == std::string::npos && !t.empty() &&
                               t.back() != '.' && t.back() != '!' && starts_upper(t) &&
                               std::none_of(t.begin(), t.end(), [](char ch) { return is_digit(ch); }) &&
                               !is_section_line(lines[i]) && !label_of(lines[i]);
        if (!letter && !sub_point) return false;
      }
      return true;
    };
    // (Nor do the points of a nested list under an entry, a point's title
    // broken onto a second line in lower case with them: " 7. Planerne
    // for havneområdet" / "  1. Kontakt til Hadsund Skoleorkester" / "  2.
    // Hvordan får vi flere nye medlemmer" / " 1. Næste møde.", read as 8.)
    auto points_between = [&](std::size_t from, std::size_t to) {
      if (to <= from || !point_line[from]) return false;
      for (std::size_t i = from; i < to; ++i)
        if (!point_line[i] && (lines[i].gap_before || lines[i].text.empty() || !(lines[i].text[0] >= 'a' && lines[i].text[0] <= 'z')))
          return false;
      return true;
    };
    while (b < cands.size() && cands[b].number == cands[b - 1].number + 1) {
      if (cands[b].line == cands[b - 1].line + 1 + (cands[b - 1].title_next ? 1 : 0) ||
          points_between(cands[b - 1].line + 1, cands[b].line) ||
          (cands[b].line == cands[b - 1].line + 2 && wrapped(cands[b - 1])) ||
          (cands[b].line <= cands[b - 1].line + 12 && lettered(cands[b - 1].line + 1, cands[b].line))) {
        ++b;
      } else if (agenda_notes(lines, cands[b - 1].line + 1, cands[b].line)) {
        ++b;
      } else {
        break;
      }
    }
    for (std::size_t k = a; k + 1 < b; ++k)
      if (cands[k + 1].line == cands[k].line + 2 && wrapped(cands[k])) {
        // (Only while the whole still reads as a title: a long head's
        // second line is often its text.)
        std::string joined = cands[k].title + ' ' + lines[cands[k].line + 1].text;
        if (title_shaped(joined)) cands[k].title = std::move(joined);
      }
    // (A list of two or more titles: " 1. Bemærkninger" / " 2.  " is none.)
    const auto titled = std::count_if(cands.begin() + static_cast<std::ptrdiff_t>(a),
                                      cands.begin() + static_cast<std::ptrdiff_t>(b),
                                      [](const Candidate& d) { return title_shaped(d.title); });
    if (b - a >= 2 && titled >= 2) {
      std::size_t back = 0;
      for (std::size_t k = a; k < b; ++k) {
        for (std::size_t l = b; l < cands.size(); ++l) {
          if (cands[l].number == cands[k].number && !cands[l].table_row && !cands[l].page_number &&
              (strong_count < 2 || cands[l].strong) &&
              (cands[l].number_only || same_title(cands[l].title, cands[k].title))) {
            ++back;
            break;
          }
        }
      }
      // The first entry coming back is enough: excerpts and long minutes
      // cut off after the first items still open with the whole agenda.
      bool first_back = false;
      for (std::size_t l = b; l < cands.size() && !first_back; ++l)
        first_back = cands[l].number == cands[a].number && !cands[l].table_row && !cands[l].page_number &&
                     (strong_count < 2 || cands[l].strong) &&
                     (cands[l].number_only || same_title(cands[l].title, cands[a].title) ||
                      // ("1. Velkomst v/ Anne" in the list, "Punkt 1. Velkomst
                      // Anne bød velkommen." its head run into its text.)
                      (cands[l].strong && !cands[a].strong && key_of(cands[a].title).size() >= 4 &&
                       text::starts_with(key_of(cands[l].title), key_of(cands[a].title) + " ")));
      // Heads numbered in another form than the list, in its order, whose
      // text is the outcome, not the title ("1. Velkommen." ... in the
      // agenda, then "Referat:" / "1: Velkommen til Susan og Diana." /
      // "2:Referatet blev godkendt."; "Ad 1 Dagsordenen blev godkendt."):
      // the agenda gives their titles.
      // (Only a list before any head written in full, and with no table
      // of contents: a list inside an item is not the agenda.)
      std::vector<std::size_t> restyled;
      const bool heads_before = std::any_of(cands.begin(), cands.begin() + static_cast<std::ptrdiff_t>(a),
                                            [](const Candidate& d) { return d.strong && title_shaped(d.title); });
      for (std::size_t l = b, expect = static_cast<std::size_t>(cands[a].number);
           l < cands.size() && agenda.empty() && !heads_before; ++l) {
        const Candidate& d = cands[l];
        if (d.number != static_cast<int>(expect) || d.style == cands[a].style || d.table_row || d.number_only ||
            !starts_upper(d.title))
          continue;
        if (expect - static_cast<std::size_t>(cands[a].number) >= b - a) break;
        restyled.push_back(l);
        ++expect;
      }
      // The same numbers again in the same form right under "Referat:" or
      // "Beslutning:" ("Dagsorden var:" / "1. Fremlæggelse af regnskab" ...
      // "Referat:" / "1. Bestyrelsen har godkendt regnskab og budget." ...):
      // the outcomes of the agenda's items, one by one.
      if (restyled.empty() && agenda.empty() && !heads_before && b - a >= 2 && b + (b - a) <= cands.size()) {
        bool parallel = false;
        for (std::size_t i = cands[b - 1].line + 1; i < cands[b].line && !parallel; ++i)
          if (const auto sh = section_head(lines[i].text))
            parallel = sh->kind == "referat" || sh->kind == "beslutning";
        for (std::size_t k = 0; parallel && k < b - a; ++k) {
          const Candidate& d = cands[b + k];
          parallel = d.number == cands[a + k].number && d.style == cands[a + k].style && !d.number_only &&
                     !d.table_row && (k == 0 || d.line <= cands[b + k - 1].line + 3);
        }
        if (parallel) {
          for (std::size_t k = 0; k < b - a; ++k) {
            restyled.push_back(b + k);
            // (The outcome may open with the title's words: "4. Næste
            // bestyrelsesmøde bliver umiddelbart efter ...".)
            cands[b + k].text = cands[b + k].title;
            cands[b + k].title = cands[a + k].title;
            cands[b + k].agenda_title = true;
          }
        }
      }
      // A run right under "Indholdsfortegnelse" / "Indholdsliste" (or on
      // its line, in a transcript) is the table of contents, whether or not
      // the text reaches its items (an excerpt: then it gives the items).
      bool toc_above = false;
      if (cands[a].line > 0) {
        const std::string before = text::fold(std::string_view(lines[cands[a].line - 1].text).substr(0, 40));
        for (std::string_view w : {"indholdsfortegnelse", "indholdsliste", "indhold:"})
          toc_above = toc_above || text::starts_with(before, w);
      }
      if (back * 2 >= b - a || first_back || restyled.size() >= 2 || toc_above || listed_titles_echoed(a, b)) {
        if (restyled.size() >= 2) {
          // "Referat:" (or "Beslutninger:") between the list and the heads:
          // what each head's line says is the decision.
          bool decided = false;
          for (std::size_t i = cands[b - 1].line + 1; i < cands[restyled.front()].line && !decided; ++i)
            if (const auto sh = section_head(lines[i].text))
              decided = sh->kind == "referat" || sh->kind == "beslutning";
          for (std::size_t l : restyled) {
            answer_lines.push_back(cands[l].line);
            cands[l].text_kind = decided ? "beslutning" : "";
            const std::string& listed = cands[a + static_cast<std::size_t>(cands[l].number - cands[a].number)].title;
            if (cands[l].agenda_title || same_title(cands[l].title, listed)) continue;
            cands[l].text = cands[l].title;
            cands[l].title = listed;
            cands[l].agenda_title = true;
          }
        }
        // A table of contents run into lines keeps its page numbers
        // ("3. Høring om busplan 4"): when most entries end with one, it goes.
        auto page_number_at = [](const std::string& t) {
          const auto sp = t.rfind(' ');
          if (sp == std::string::npos || sp + 1 >= t.size() || t.size() - sp - 1 > 3) return std::string::npos;
          return std::all_of(t.begin() + static_cast<std::ptrdiff_t>(sp) + 1, t.end(), [](char ch) { return is_digit(ch); })
                     ? sp
                     : std::string::npos;
        };
        const auto paged = std::count_if(cands.begin() + static_cast<std::ptrdiff_t>(a),
                                         cands.begin() + static_cast<std::ptrdiff_t>(b),
                                         [&](const Candidate& d) { return page_number_at(d.title) != std::string::npos; });
        if (paged * 2 > static_cast<std::ptrdiff_t>(b - a))
          for (std::size_t k = a; k < b; ++k)
            if (const auto sp = page_number_at(cands[k].title); sp != std::string::npos)
              cands[k].title = std::string(trim(std::string_view(cands[k].title).substr(0, sp)));
        for (std::size_t k = a; k < b; ++k) {
          agenda.push_back(cands[k].title);
          agenda_numbers[agenda.size() - 1] = cands[k].number;
          agenda_by_number[cands[k].number] = cands[k].title;
          o.listing[cands[k].line] = true;
        }
        cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(a), cands.begin() + static_cast<std::ptrdiff_t>(b));
        continue;
      }
    }
    a = b;
  }
  // "Ad 1" alone: the agenda names the item; its body starts on the next line.
  for (auto& c : cands) {
    if (!c.number_only) continue;
    if (auto it = agenda_by_number.find(c.number); it != agenda_by_number.end()) {
      c.title = it->second;
      c.title_next = false;
      // ("Ad 1", "Pkt. 1", "1.": not a bare "3", often a page's number.)
      c.agenda_title = !c.style.empty();
    } else if (c.title.empty()) {
      c.dropped = true;  // neither a title nor an agenda entry: no item
    }
  }
  // "Punkt 1. Velkomst Anne Neergaard bød velkommen." under an agenda
  // "1. Velkomst v/ Anne Neergaard": the head's text runs on after the
  // agenda's title; the title is the agenda's, the rest the item's text.
  for (auto& c : cands) {
    const auto it = agenda_by_number.find(c.number);
    if (!c.strong || c.number_only || it == agenda_by_number.end()) continue;
    const std::string listed = clean_title(split_presenter(it->second).first);
    const std::string lk = key_of(listed), ck = key_of(c.title);
    if (lk.size() < 4 || ck.size() <= lk.size() + 1 || !text::starts_with(ck, lk + " ")) continue;
    const auto lw = text::words(listed).size();
    const auto tws = text::words(c.title);
    // (A remainder of a word or two, "Budget" / "Punkt 3. Budget 2026", goes
    // on with the title.)
    if (tws.size() < lw + 3 && c.title.back() != '.') continue;
    c.text = std::string(trim(std::string_view(c.title).substr(static_cast<std::size_t>(tws[lw].data() - c.title.data()))));
    c.title = listed;
  }
  // The items' form once the agenda list is out: an agenda written "Pkt.
  // 1 Title" above heads written "Pkt. 1. Title" does not decide it.
  if (auto style = most_common_style(); !style.empty()) item_style = style;
  // (The grouped contents is evidence for the heads when its titles come
  // back; else it gives the items only when nothing else does.)
  if (grouped_back && agenda.empty()) agenda = grouped;
  auto in_agenda = [&](std::string_view title) {
    return std::any_of(agenda.begin(), agenda.end(), [&](const std::string& e) { return same_title(e, title); });
  };
  std::optional<int> expected;
  std::map<std::size_t, int> rejected_lines;  // line -> its number
  int titles_from_agenda = 0;  // heads whose titles are the agenda's
  // Heads rejected for their title's shape alone (skipped_in_turn), and the
  // number form of the last head taken.
  std::vector<std::size_t> shape_rejected;
  std::string last_head_style;
  for (std::size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    auto reject = [&] { rejected_lines[c.line] = c.number; };
    if (c.dropped) {
      if (!c.page_number) reject();
      continue;
    }
    // (The same lead word with and without a separator counts in turn:
    // "ad 1." / "Valg af dirigent" ... "Ad 3 Regnskab", a secretary's
    // inconsistency; "Punkt 4." in the text of item 3 of "Punkt 3:" heads
    // is text.)
    auto lead_of = [](std::string_view style) {
      while (!style.empty() && (style.back() == '.' || style.back() == ')' || style.back() == ':')) style.remove_suffix(1);
      return style;
    };
    // ("Ad 1:" / "Ad 2" / "Ad 3." ...: the secretary's answers to the
    // agenda's points, their separator changing from line to line; "Ad"
    // opens no cross-reference in running text, so any separator counts.)
    const bool answer_lead = lead_of(c.style) == "ad" && lead_of(item_style) == "ad";
    const bool same_lead_in_turn = c.strong && lead_of(c.style) == lead_of(item_style) &&
                                   (c.style == lead_of(c.style) || item_style == lead_of(item_style) || answer_lead) &&
                                   (expected ? c.number == *expected : c.number <= 1);
    if (strong_count >= 2 && (!c.strong || c.style != item_style) && !same_lead_in_turn) {
      reject();
      continue;
    }
    const bool agenda_match = in_agenda(c.title);
    // A section heading within three lines (computed once, when asked).
    // (Or the case's number right under the head, "24. Udpegning af
    // valgstyrere ..." / "Sagsnr.: 2014-001192": a council's case.)
    std::optional<bool> follows;
    auto section_follows_fn = [&] {
      if (!follows) {
        follows = c.line + 1 < lines.size() && !c.title_next && case_number_line(lines[c.line + 1].text);
        for (std::size_t j = c.line + 1; j < lines.size() && j <= c.line + 3 && !*follows; ++j)
          follows = opens_section(lines[j]);
      }
      return *follows;
    };
    // "3.Godkendelse af dagsorden. Dagsorden godkendt.": the title before
    // the outcome written on its line has the shape to check.
    // ("1. godkendelse af dagsorden: Dagsordenen blev godkendt.": a web
    // list's entry in lower case opening with an item's kind reads as its
    // capitalised title.)
    const std::string shaped_title = [&] {
      auto [t, outcome] = split_outcome(c.title);
      std::string shaped = !outcome.empty() && text::words(t).size() <= 16 ? t : c.title;
      if (!shaped.empty() && shaped[0] >= 'a' && shaped[0] <= 'z' && (opens_with_kind(shaped) || c.informal))
        shaped[0] = static_cast<char>(shaped[0] - 'a' + 'A');
      while (c.informal && !shaped.empty() && (shaped.back() == ':' || shaped.back() == '.')) shaped.pop_back();
      return shaped;
    }();
    // The next numbered line goes on from this one further down, with text
    // between them and a title's shape: the numbers run as items do (a
    // list inside an item runs one line after the other).
    const bool continued = [&] {
      for (std::size_t l = k + 1; l < cands.size(); ++l) {
        const Candidate& d = cands[l];
        if (d.dropped) continue;
        // (A number of another form, not next in turn, is the text's: "§ 3
        // stk.2 ændres til:" under "1. Ændring af rådets retningslinier".)
        if (d.strong != c.strong && d.number != c.number + 1 && long_stopped_title(c.title)) continue;
        // (Right after it only as paragraphs of their own, one holding its
        // outcome after the title: "5) Økonomi.  Budget 2022 vedtages ..."
        // / "6) City kirke samarbejdet - drøftet".)
        const bool apart = d.line > c.line + 1 ||
                           (d.line == c.line + 1 && lines[c.line].gap_before && lines[d.line].gap_before &&
                            !split_outcome(c.title).second.empty());
        if (d.number != c.number + 1 || !apart || d.number_only || (!title_shaped(split_outcome(d.title).first) && !long_stopped_title(d.title)) ||
            (strong_count >= 2 && !d.strong))
          return false;
        if (d.line == c.line + 1) return true;
        // (A paragraph between them: a list's entry that a page wrapped
        // into two lines is no item's text.)
        // (Or a sentence of its own between them after the title's end,
        // as compact minutes write each outcome: "2. Godkendelse af
        // referat fra mødet den 8. marts 2018." / "Godkendt." / "3. ...".)
        for (std::size_t j = c.line + 1; j <= d.line; ++j) {
          if (lines[j].gap_before) return true;
          const std::string& before = lines[j - 1].text;
          if (j < d.line && starts_upper(lines[j].text) && !before.empty() &&
              (before.back() == '.' || before.back() == '!' || before.back() == '?'))
            return true;
        }
        return false;
      }
      return false;
    }();
    if (!title_shaped(shaped_title)) {
      // A long title with a full stop ("Godkendelse af referat fra mødet
      // den 3. marts 2025 i Sundhedsudvalget.") is a title when a heading
      // cue or the agenda says so, or when its number is next in turn and
      // the numbers go on after it. (Not for a section heading under it: a
      // numbered sentence of a recommendation has its decision under it,
      // "1. Udvalget godkender, at taksten hæves med 2 pct. fra 2025." /
      // "Beslutning".)
      const bool long_title = c.title.back() == '.' && title_shaped(std::string_view(c.title).substr(0, c.title.size() - 1));
      const bool next_in_turn = expected && c.number == *expected && continued;
      // (The first of a run of such heads too, "1. Ændring af rådets
      // retningslinier så de kommer i overensstemmelse med de faktiske
      // forhold." / text / "2. Valg af formand, ...": long_stopped_title.)
      const bool first_of_run = !expected && c.number == 1 && !c.number_only && long_stopped_title(c.title) && continued;
      // (And the last, next in turn with a section heading under it and no
      // numbered line after it: "6. Grøn omstilling og bæredygtighed i
      // kirken (se Menighedsrådenes Blad 09.2021, s. 20-27)." / "Beslutning:".)
      const bool last_of_run = expected && c.number == *expected && !c.number_only && long_stopped_title(c.title) &&
                               k + 1 == cands.size() && section_follows_fn();
      // A head next in turn with its outcome run on after the title's full
      // stop, which an abbreviation or a number ends ("4. Fællesspisning
      // fredag 9 Nov. Vi mødes til borddækning kl 17.00. ..."): the title
      // is its first sentence, short and without a finite verb.
      std::string first_title, first_text;
      if (expected && c.number == *expected && !c.number_only && c.text.empty()) {
        for (auto d = c.title.find(". "); d != std::string::npos && first_title.empty(); d = c.title.find(". ", d + 1)) {
          const std::string_view head = trim(std::string_view(c.title).substr(0, d));
          const std::string_view tail = trim(std::string_view(c.title).substr(d + 1));
          const auto hws = text::words(head);
          if (hws.size() > 12) break;
          if (hws.size() < 2 || !starts_upper(tail) || text::words(tail).size() < 3 || !title_shaped(head) ||
              std::any_of(hws.begin(), hws.end(), sentence_verb))
            continue;
          first_title = std::string(head);
          first_text = std::string(tail);
        }
        if (first_title.empty())
          if (auto split = glued_first_sentence(c.title)) std::tie(first_title, first_text) = *split;
        if (first_title.empty())
          if (auto split = comma_outcome(c.title)) std::tie(first_title, first_text) = *split;
      }
      // (Or the line is one sentence whose subject is the title, a verbal
      // noun: "4. Behandling af indkomne forslag var hurtigt overstået, da
      // ...", also the first head: "1) Indledning ved Wolfgang ... med. -
      // Nu falmer skoven.")
      if (first_title.empty() && !c.number_only && c.text.empty() && (expected ? c.number == *expected : c.number == 1))
        if (auto split = verbal_noun_subject(c.title)) std::tie(first_title, first_text) = *split;
      if (!first_title.empty()) {
        cands[k].title = first_title;
        cands[k].text = first_text;
      } else if (!(long_title && (lines[c.line].heading || agenda_match || next_in_turn || first_of_run || last_of_run))) {
        reject();
        if (!o.heads.empty() && expected && c.number == *expected) shape_rejected.push_back(k);
        continue;
      }
    }
    // The head of the number before this one, skipped above for its title's
    // shape only, between the last head and this one in the same number
    // form: taken with this one when this one is taken (skipped_in_turn).
    const std::optional<std::size_t> skipped =
        skipped_in_turn(cands, shape_rejected, k, lines, expected, o.heads, last_head_style);
    // (A head the agenda lacks - a table of contents that lost entries -
    // still counts with its number next in turn and a section heading under it.)
    const bool in_turn = expected ? c.number == *expected : c.number <= 1;
    if (!c.strong && !agenda.empty() && !agenda_match && !(in_turn && section_follows_fn())) {
      reject();
      continue;
    }
    if (!c.strong && c.line > 0) {
      // A numbered line right after another numbered line that is no item,
      // or after a line that opens a list ("Det indstilles, at
      // Direktørforum:"), is a list entry.
      const std::string& prev = lines[c.line - 1].text;
      const auto before = rejected_lines.find(c.line - 1);
      // "Dagsorden:" opens the items themselves, not a list inside one.
      const auto prev_label = label_of(lines[c.line - 1]);
      const bool opens_agenda = prev_label && prev_label->field == voc::Field::agenda && prev_label->value.empty();
      // ("Fraværende:" / "1. Godkendelse af dagsorden": a header field left
      // empty over the first item, no list's lead-in.)
      const bool empty_field = prev_label && prev_label->value.empty() && kind_titled(c.title);
      // "Forvaltningen indstiller, at" / "1. Ældrerådet godkender
      // dagsordenen.": the points of a recommendation.
      // "Beslutningspunkter:" / "Punkter til drøftelse:" / "Sager til
      // orientering:": the agenda's groups, not a list's lead-in.
      const std::string fprev = text::fold(std::string_view(prev).substr(0, std::min<std::size_t>(prev.size(), 60)));
      // Before the first head, "Forslag til dagsorden:", "Dagsorden var:"
      // and "Referat:" open the items too.
      const bool group =
          agenda_group_prefix(prev) == prev.size() ||
          (text::words(prev).size() <= 4 &&
           (fprev.find("punkter") != std::string::npos || fprev.find("sager") != std::string::npos ||
            (o.heads.empty() && (fprev.find("dagsorden") != std::string::npos || text::starts_with(fprev, "referat")))));
      // "5. Landsmøde forberedelse (lukket punkt):" / "6. Godkendelse af
      // referat": a head whose title ends with a colon and no text under it
      // is followed by the next head, no list.
      const bool after_head = !o.heads.empty() && o.heads.back().number == c.number - 1 &&
                              o.heads.back().body_begin == c.line;
      // (Nor after a lettered part of the item before, "4a. Bestyrelsen
      // foreslår ..." / "5. Status på akut handleplan".)
      const bool after_part = expected && c.number == *expected && lettered_part_of(prev, c.number - 1);
      if ((before != rejected_lines.end() && before->second == c.number - 1 && !after_part) ||
          (!prev.empty() && prev.back() == ':' && !agenda_match && !opens_agenda && !group && !after_head && !empty_field &&
           !c.informal) ||
          (!agenda_match && (ends_with(prev, ", at") || ends_with(prev, " at")) &&
           text::fold(prev).find("indstille") != std::string::npos)) {
        reject();
        continue;
      }
    }
    bool accept = false;
    if (!expected) {
      const bool next_follows = std::any_of(cands.begin() + static_cast<std::ptrdiff_t>(k) + 1, cands.end(),
                                            [&](const Candidate& d) { return d.number == c.number + 1; });
      // A title that names an item's kind ("Godkendelse af dagsorden",
      // "Orientering om ...", "Eventuelt") is an item's title.
      const bool kind_title = voc::item_kind(text::fold(c.title)).has_value();
      // The document's first line, numbered: a web page of one item
      // ("2.      Indkaldelse af stedfortræder").
      const bool first_line = c.line == 0;
      accept = c.strong || c.number <= 1 || lines[c.line].heading || agenda_match || next_follows ||
               section_follows_fn() || kind_title || first_line;
    } else if (c.number == *expected) {
      accept = true;
    } else if (c.number > *expected && c.number <= *expected + 5 &&
               (c.strong || agenda_match || ((section_follows_fn() || lines[c.line].heading || continued) && !c.number_only))) {
      accept = true;  // items left out (closed items, a head not read) between two heads
    } else if (c.number > *expected && c.number <= *expected + 60 && !c.number_only && section_follows_fn() &&
               (c.strong || agenda_match || lines[c.line].heading || !o.heads.empty())) {
      // A council's open items only ("45. Budget" / "Sagsfremstilling" ...
      // "52. Lokalplan 12" / "Sagsfremstilling"): a head with its case's
      // sections under it, numbered higher than the one before.
      accept = true;
    } else if (c.number == *expected - 1 && !o.heads.empty() && same_title(o.heads.back().title, c.title)) {
      // A title printed twice (web exports): the first one counts.
      o.listing[c.line] = true;
      continue;
    } else if ((c.number == 1 || c.number == *expected - 1) && !o.heads.empty() &&
               !same_title(o.heads.back().title, c.title)) {
      // Numbering that restarts ("1." to "7.", then "1." to "3." again) or
      // that never moves ("1." before every item: a flattened web list): a
      // head when something besides its number says so - a heading cue,
      // the agenda, an item kind's title, or the
      // next numbered line going on in the same way further down (a list
      // inside an item runs on one line after the other).
      bool goes_on = false;
      if (k + 1 < cands.size()) {
        const Candidate& d = cands[k + 1];
        // (Its title before the outcome its line may hold: "1. Fakturering
        // i GIAS: Der er åbnet op for ...".)
        const auto [next_title, next_outcome] = split_outcome(d.title);
        // (A paragraph of its own, with its outcome on its line, is no
        // list's entry either: "1. Fakturering i GIAS: Der er ...".)
        const bool apart =
            d.line > c.line + 1 || (lines[d.line].gap_before && lines[c.line].gap_before && !next_outcome.empty());
        goes_on = !d.dropped && (d.number == c.number || (d.number == c.number + 1)) && apart &&
                  title_shaped(next_title) && next_title.back() != '?' && (strong_count < 2 || d.strong);
      }
      const auto before = c.line > 0 ? rejected_lines.find(c.line - 1) : rejected_lines.end();
      // Two heads numbered alike before it: the document numbers so.
      const bool series = o.heads.size() >= 2 && o.heads.back().number == c.number &&
                          o.heads[o.heads.size() - 2].number == c.number;
      // (Not after an agenda group's label, "Sager til orientering:" / "1.
      // Meddelelser": the body numbers each group from 1.)
      const std::string& before_text = c.line > 0 ? lines[c.line - 1].text : lines[c.line].text;
      const bool after_list = c.line > 0 && ((before != rejected_lines.end() && before->second + 1 == c.number) ||
                                             (!before_text.empty() && before_text.back() == ':' &&
                                              agenda_group_prefix(before_text) != before_text.size()));
      // (A section heading under it is none of that: a numbered point
      // inside an item's case text has one too, "1. Budgettet overholdes"
      // / "Beslutning".)
      accept = !after_list && c.title.back() != '?' &&
               (series || lines[c.line].heading || agenda_match || voc::item_kind(text::fold(c.title)).has_value() ||
                goes_on);
    }
    if (!accept) {
      reject();
      continue;
    }
    if (skipped) {
      const Candidate& sc = cands[*skipped];
      ItemHead sh;
      sh.line = sc.line;
      sh.number = sc.number;
      std::tie(sh.title, sh.text) = split_outcome(sc.title);
      while (!sh.title.empty() && (sh.title.back() == ',' || sh.title.back() == ';')) sh.title.pop_back();
      sh.body_begin = sc.line + 1;
      rejected_lines.erase(sc.line);
      o.heads.push_back(std::move(sh));
    }
    last_head_style = c.style;
    ItemHead h;
    h.line = c.line;
    h.number = c.number;
    std::tie(h.title, h.text) = split_outcome(c.title);
    if (!c.text.empty()) {
      h.text = c.text;
      h.text_kind = c.text_kind;
    }
    h.body_begin = c.body_begin ? c.body_begin : c.line + (c.title_next ? 2 : 1);
    titles_from_agenda += c.agenda_title ? 1 : 0;
    o.heads.push_back(std::move(h));
    expected = c.number + 1;
  }
  // An agenda page with no body: its numbered list is the items, whatever
  // the shape of its titles (a notice's agenda often writes each entry as
  // a sentence with its full stop: " 1. Godkendelse af dagsorden." / " 3.
  // Formanden orienterer om mødet med borgmesteren." / " 6. Eventuelt.").
  // A run of three or more entries numbered in turn, one line after the
  // other, with an item's kind among them, none of the heads found
  // outside it and no numbered line in turn after it; not a list after a
  // colon that opens no agenda ("Deltagerne var:", "indstiller, at:").
  {
    for (std::size_t a = 0; a < cands.size();) {
      std::size_t b = a + 1;
      while (b < cands.size() && cands[b].number == cands[b - 1].number + 1 && cands[b].style == cands[a].style &&
             !cands[b].title_next && !cands[b].dropped && cands[b].line == cands[b - 1].line + 1)
        ++b;
      const std::size_t first = cands[a].line, last = cands[b - 1].line;
      auto entry_title = [&](const Candidate& d) {
        std::string t = d.title;
        while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.pop_back();
        return t;
      };
      bool fits = b - a >= 3 && !cands[a].title_next && !cands[a].dropped &&
                  std::all_of(o.heads.begin(), o.heads.end(),
                              [&](const ItemHead& h) { return h.line >= first && h.line <= last; }) &&
                  o.heads.size() < b - a;
      bool kind = false;
      for (std::size_t k = a; fits && k < b; ++k) {
        const std::string t = entry_title(cands[k]);
        const auto tws = text::words(t);
        fits = !t.empty() && (starts_upper(t) || opens_with_kind(t)) && tws.size() <= 30 && t.back() != ':' &&
               t.back() != ',' && t.back() != ';' && !find_date(t.substr(0, std::min<std::size_t>(t.size(), 20)));
        kind = kind || voc::item_kind(text::fold(t)).has_value();
        // (An agenda says what is to come: an entry told in the past tense,
        // "6. Ny Lokalplan og videre proces Vi diskuterede ...", is minutes.)
        if (std::any_of(tws.begin(), tws.end(), [](std::string_view w) {
              const std::string f = text::fold(w);
              return ends_with(f, "ede") || f == "blev" || f == "var";
            }))
          fits = false;
      }
      // (Nor minutes that write each item on one line with its outcome:
      // "2. Godkendelse af dagsorden Godkendt".)
      for (const auto& h : o.heads)
        if (!h.text.empty()) fits = false;
      // (Nothing numbered in turn after the run: the body's heads.)
      for (std::size_t l = b; fits && l < cands.size(); ++l)
        if (cands[l].number == cands[a].number && !cands[l].dropped) fits = false;
      if (fits && first > 0) {
        const std::string& prev = lines[first - 1].text;
        const auto prev_label = label_of(lines[first - 1]);
        const bool opens_agenda = prev_label && prev_label->field == voc::Field::agenda;
        if (!prev.empty() && prev.back() == ':' && !opens_agenda && agenda_group_prefix(prev) != prev.size())
          fits = false;
      }
      // (The list ends the page: a link label at most after it, "Referat".)
      if (fits) {
        std::size_t words_after = 0;
        for (std::size_t j = last + 1; j < lines.size(); ++j) words_after += text::words(lines[j].text).size();
        if (words_after > 40) fits = false;
      }
      if (fits && kind) {
        // (The entries read as heads stay as they are, their outcomes
        // with them.)
        for (std::size_t k = a; k < b; ++k) {
          if (std::any_of(o.heads.begin(), o.heads.end(), [&](const ItemHead& h) { return h.line == cands[k].line; }))
            continue;
          ItemHead h;
          h.line = cands[k].line;
          h.number = cands[k].number;
          h.title = entry_title(cands[k]);
          h.body_begin = cands[k].line + 1;
          o.heads.push_back(std::move(h));
        }
        std::sort(o.heads.begin(), o.heads.end(), [](const ItemHead& x, const ItemHead& y) { return x.line < y.line; });
        break;
      }
      a = b;
    }
  }
  // A title holds no finite verb ("Formanden orienterede. ..." is a sentence).
  const auto verb = finite_verb;
  // Unnumbered items: lines that name an agenda entry, or title-shaped lines
  // followed by a section heading ("Sagsfremstilling", "Beslutning"). An
  // agenda whose numbers became bullets ("- Høringer", a few lines of text,
  // "Beslutning") counts when two or more of its entries are found so.
  if (o.heads.empty()) {
    // A line that may be an unnumbered item's title.
    auto title_line = [&](std::size_t i) {
      if (o.listing[i] || is_section_line(lines[i]) || label_of(lines[i]) || item_candidate(lines[i], i) ||
          case_meta_line(lines[i].text))
        return false;
      const std::string& t = lines[i].text;
      const bool bullet = lines[i].bullet;
      // A word of three letters ("Nej", "Ja") is a button, not a title.
      if (!title_shaped(t) || text::words(t).size() > 16 || t.back() == ':' || t.size() < 4) return false;
      // Case numbers, dates and addresses are no titles ("Sagsid.: 20/49335",
      // "Onsdag den 11. august 2021", "Nicolaiplads 6 - Festsalen"), unless
      // the line is a list entry.
      if (t.find(':') != std::string::npos || (find_date(t) && (!bullet || text::words(t).size() <= 6)) ||
          (!bullet && (t.back() == '.' || address_shaped(t))))
        return false;
      // A line that ends with a section's name is a label, not a title
      // ("First-agenda Sagsfremstilling").
      if (const auto ws = text::words(t); ws.size() > 1 && section_head(ws.back())) return false;
      // "Bemærkninger" (an empty header field) names no item.
      if (text::fold(t) == "bemærkninger") return false;
      // "Beslutning" / "Dagsorden godkendes": a section's text, not a title.
      if (i > 0) {
        const auto prev = section_head(lines[i - 1].text);
        // (An empty "Bilag" closing the item before is no such section: its
        // attachments are named elsewhere, and the next title follows it.)
        // ("Referat" as the document's first line names it.)
        if (prev && prev->text.empty() && prev->kind != "bilag" && i - 1 > 0 && !names_document(lines, i - 1))
          return false;
      }
      return true;
    };
    // An agenda without numbers: a run of title lines under "Dagsorden:"
    // (or bullets) whose entries come back further down as the items'
    // headings ("Dagsorden:" / "Meddelelser" / "Budget 2025" / ... /
    // "Meddelelser" / "Sagsfremstilling" ...). The run is the agenda.
    std::vector<std::string> keys(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (lines[i].text.size() <= 200) keys[i] = key_of(lines[i].text);  // (longer lines are no titles)
    std::vector<std::string> plain_agenda;
    for (std::size_t i = 0; i < lines.size() && plain_agenda.empty(); ++i) {
      std::size_t b = i;
      // (The run ends where its first entry comes back: the items begin.)
      while (b < lines.size() && b - i < 40 && title_line(b) && !lines[b].heading &&
             std::none_of(keys.begin() + static_cast<std::ptrdiff_t>(i), keys.begin() + static_cast<std::ptrdiff_t>(b),
                          [&](const std::string& k) { return k == keys[b]; }))
        ++b;
      if (b - i < 2) continue;
      std::size_t back = 0;
      for (std::size_t k = i; k < b; ++k)
        for (std::size_t l = b; l < lines.size(); ++l)
          if (keys[l] == keys[k]) {
            ++back;
            break;
          }
      const auto lab = i > 0 ? label_of(lines[i - 1]) : std::nullopt;
      const bool under_agenda_label = lab && lab->field == voc::Field::agenda && lab->value.empty();
      if (back >= 2 && (under_agenda_label || back * 2 >= b - i)) {
        for (std::size_t k = i; k < b; ++k) {
          plain_agenda.push_back(lines[k].text);
          o.listing[k] = true;
        }
      }
      i = b;
    }
    if (agenda.empty()) agenda = plain_agenda;
    std::vector<ItemHead> bulleted, headed;
    // The kind of the last section heading passed: a bullet inside an
    // item's case text ("Resumé" / "- Promovering" / ... / "Beslutning")
    // is a point of it, not the next item.
    std::string last_section;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      if (const auto sh = section_head(lines[i].text)) last_section = sh->kind;
      else if (label_of(lines[i])) last_section.clear();  // the header's labels: no case text
      if (!title_line(i)) continue;
      const std::string& t = lines[i].text;
      const bool bullet = lines[i].bullet;
      // A section heading next, or after the case's number and openness
      // ("Title" / "Sagsnr.: 24/1234" / "Åben sag" / "Resumé"); a case
      // number alone under the title says it too.
      bool before_section = false;
      for (std::size_t j = i + 1; j < lines.size() && j <= i + (bullet ? 10 : 4); ++j) {
        // ("Title" / "Indhold:" / the case text / "Referat": an agenda
        // system's item with its content field.)
        const std::string& lj = lines[j].text;
        const bool content_label = j == i + 1 && (lj == "Indhold:" || lj == "Indhold" || lj == "INDHOLD:");
        if (evidence_section(lines, j) || content_label ||
            (j == i + 1 && case_number_line(lines[j].text) && text::words(t).size() >= 2)) {
          before_section = true;
          break;
        }
        if (case_meta_line(lines[j].text)) continue;
        if (bullet ? lines[j].bullet : !same_title(lines[j].text, t)) break;
      }
      ItemHead h;
      h.line = i;
      h.title = t;
      h.body_begin = i + 1;
      if (!agenda.empty() ? in_agenda(t) : before_section && !bullet)
        o.heads.push_back(std::move(h));
      else if (agenda.empty() && before_section && bullet && t.back() != '.' &&
               (last_section.empty() || last_section == "beslutning" || last_section == "referat"))
        bulleted.push_back(std::move(h));
      else if (agenda.empty() && lines[i].heading && !bullet && i + 1 < lines.size() && !lines[i + 1].heading &&
               voc::title_lead_in(text::fold(t)) == 0 && !voc::is_body_name(text::fold(t)))
        headed.push_back(std::move(h));
    }
    // Titles with their verdict on the same line, one after another
    // ("Godkendelse af dagsorden. Dagsorden godkendt" / "Godkendelse af
    // referat af den 3. juni 2025. Referat godkendt"): two or more make a
    // list of items.
    if (o.heads.empty() && agenda.empty()) {
      std::vector<ItemHead> verdicted;
      for (std::size_t i = 1; i < lines.size(); ++i) {
        const std::string& t = lines[i].text;
        if (o.listing[i] || t.size() > 300 || (t.find(". ") == std::string::npos && t.find(", ") == std::string::npos) ||
            is_section_line(lines[i]) || label_of(lines[i]) || item_candidate(lines[i], i))
          continue;
        auto [title, rest] = split_outcome(t);
        if (rest.empty() || !voc::is_verdict(text::fold(rest)) || !title_shaped(title) ||
            text::words(title).size() > 16 || title.find(':') != std::string::npos)
          continue;
        if (const auto tws = text::words(title); std::any_of(tws.begin(), tws.end(), verb)) continue;
        ItemHead h;
        h.line = i;
        h.title = std::move(title);
        h.text = std::move(rest);
        h.body_begin = i + 1;
        verdicted.push_back(std::move(h));
      }
      // In such minutes the other items are written so too, with what was
      // said after the title ("Status for børnetallet: Vi oplever ...",
      // "Høringssvar. Der var ingen."): a paragraph of its own whose title
      // holds no verb ("Formanden orienterede. ..." is a sentence).
      if (verdicted.size() >= 2) {
        std::vector<ItemHead> told;
        for (std::size_t i = verdicted.front().line + 1; i < lines.size(); ++i) {
          const std::string& t = lines[i].text;
          if (o.listing[i] || !lines[i].gap_before || t.size() > 1500 || is_section_line(lines[i]) || label_of(lines[i]) ||
              item_candidate(lines[i], i) ||
              std::any_of(verdicted.begin(), verdicted.end(), [&](const ItemHead& h) { return h.line == i; }))
            continue;
          auto [title, rest] = split_outcome(t);
          const auto tws = text::words(title);
          if (rest.empty() || text::words(rest).size() < 2 || !title_shaped(title) || tws.size() > 12 ||
              std::any_of(tws.begin(), tws.end(), verb))
            continue;
          ItemHead h;
          h.line = i;
          h.title = std::move(title);
          h.text = std::move(rest);
          h.body_begin = i + 1;
          told.push_back(std::move(h));
        }
        verdicted.insert(verdicted.end(), told.begin(), told.end());
        std::sort(verdicted.begin(), verdicted.end(), [](const ItemHead& a, const ItemHead& b) { return a.line < b.line; });
      }
      if (verdicted.size() >= 2 && o.heads.empty() && bulleted.size() < 2) o.heads = std::move(verdicted);
    }
    if (bulleted.size() >= 2) {
      o.heads.insert(o.heads.end(), bulleted.begin(), bulleted.end());
      std::sort(o.heads.begin(), o.heads.end(), [](const ItemHead& a, const ItemHead& b) { return a.line < b.line; });
    }
    // Headings of a PDF, DOCX or web page (bold or a heading style) with
    // text under them, when nothing else marks the items.
    if (o.heads.empty() && headed.size() >= 2) o.heads = std::move(headed);
    // Titles in capitals over text in ordinary case, as PDF minutes print
    // them without numbers ("GODKENDELSE AF DAGSORDEN" / "Godkendt." /
    // "BUDGET 2026" / ...): two or more, one of them an item's kind.
    if (o.heads.empty() && agenda.empty()) {
      auto capitals = [](std::string_view t) {
        int letters = 0;
        for (std::size_t k = 0; k < t.size(); ++k) {
          const auto c = static_cast<unsigned char>(t[k]);
          if (c >= 'a' && c <= 'z') return false;
          if (c == 0xC3 && k + 1 < t.size()) {
            const auto d = static_cast<unsigned char>(t[k + 1]);
            if (d >= 0xA0 && d <= 0xBF) return false;  // à-ÿ: æ, ø, å lower case
            ++letters;
            ++k;
            continue;
          }
          if (c >= 'A' && c <= 'Z') ++letters;
        }
        return letters >= 4;
      };
      std::vector<ItemHead> upper;
      bool kind = false;
      for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
        const std::string& t = lines[i].text;
        if (t.size() > 120 || !capitals(t) || capitals(lines[i + 1].text) || !title_line(i) || names_document(lines, i))
          continue;
        const std::string f = text::fold(t);
        if (voc::title_lead_in(f) > 0 || voc::is_body_name(f) || find_date(t)) continue;
        kind = kind || voc::item_kind(f).has_value();
        ItemHead h;
        h.line = i;
        h.title = t;
        h.body_begin = i + 1;
        upper.push_back(std::move(h));
      }
      if (upper.size() >= 2 && kind) o.heads = std::move(upper);
    }
    // Short titles over their outcome, no numbers and no headings, as a
    // small council's secretary writes them ("Godkendelse af dagsorden" /
    // "Dagsordenen blev godkendt." / "Meddelelser fra formanden" /
    // "Formanden orienterede om ..." / "Eventuelt" / "Intet."): a title
    // line between a sentence's end (or the header's labels) and text;
    // two of them or more naming an item's kind make the list.
    if (o.heads.empty() && agenda.empty()) {
      // (A verdict ends a sentence without its full stop: "Godkendt".)
      auto sentence_end = [](const std::string& t) {
        return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?' ||
                              (t.size() < 40 && voc::is_verdict(text::fold(t))));
      };
      std::vector<ItemHead> plain;
      int kinds = 0;
      for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
        const std::string& t = lines[i].text;
        if (text::words(t).size() > 10 || !title_line(i) || names_document(lines, i)) continue;
        const Line& prev = lines[i - 1];
        const Line& next = lines[i + 1];
        if (!(sentence_end(prev.text) || label_of(prev) || o.listing[i - 1])) continue;
        if (label_of(next) || is_section_line(next) || item_candidate(next, i + 1) ||
            !(sentence_end(next.text) || text::words(next.text).size() > 12))
          continue;
        const std::string f = text::fold(t);
        if (voc::title_lead_in(f) > 0 || voc::is_body_name(f)) continue;
        kinds += voc::item_kind(f).has_value() ? 1 : 0;
        ItemHead h;
        h.line = i;
        h.title = t;
        h.body_begin = i + 1;
        plain.push_back(std::move(h));
      }
      if (plain.size() >= 2 && kinds >= 2) o.heads = std::move(plain);
    }
    // Topic lines over paragraphs of prose, as a web page or a secretary's
    // narrative minutes head what the meeting took up ("Følgende blev
    // drøftet:" / "Status på budget" / a paragraph / "Arrangementer" / a
    // paragraph ...): three or more, or two with one naming an item's kind.
    if (o.heads.empty() && agenda.empty()) {
      std::vector<ItemHead> topics;
      int kinds = 0;
      for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
        if (!title_line(i) || !topic_over_prose(lines, i) || names_document(lines, i)) continue;
        const std::string& t = lines[i].text;
        const auto tws = text::words(t);
        if (tws.size() > 10 || std::any_of(tws.begin(), tws.end(), verb) || find_date(t)) continue;
        const std::string f = text::fold(t);
        if (voc::title_lead_in(f) > 0 || voc::is_body_name(f)) continue;
        if (label_of(lines[i + 1]) || is_section_line(lines[i + 1]) || item_candidate(lines[i + 1], i + 1)) continue;
        kinds += voc::item_kind(f).has_value() || closing_topic(f) ? 1 : 0;
        ItemHead h;
        h.line = i;
        h.title = t;
        h.body_begin = i + 1;
        topics.push_back(std::move(h));
      }
      if (topics.size() >= 3 || (topics.size() == 2 && kinds >= 1)) o.heads = std::move(topics);
    }
    // Titles ending with a colon, each a paragraph of its own over its
    // outcome, as an association's secretary writes them ("Referat fra
    // sidste møde:" / "Referatet blev godkendt." / "Daglig drift:" /
    // "Intet unormalt at bemærke."): three or more make the list. (Not a
    // label with its value, a sentence's lead-in with a comma, nor a
    // heading of the vocabulary.)
    if (o.heads.empty() && agenda.empty()) {
      std::vector<ItemHead> colon_titles;
      for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string& t = lines[i].text;
        // (A title with its colon may have its outcome right under it in
        // one paragraph: "Økonomi:" / "Økonomien blev gennemgået uden
        // bemærkninger.", a sentence of three words or more.)
        const std::string& under = lines[i + 1].text;
        const bool sentence_under = t.back() == ':' && starts_upper(under) && text::words(under).size() >= 3 &&
                                    (under.back() == '.' || under.back() == '!' || under.back() == '?');
        if (t.size() < 4 || t.size() > 80 || (t.back() != ':' && t.back() != '.') || !lines[i].gap_before ||
            !(lines[i + 1].gap_before || sentence_under) || o.listing[i])
          continue;
        const std::string_view title = trim(std::string_view(t).substr(0, t.size() - 1));
        // (With a full stop, "Status på Fibernet.", only a title of four
        // words at most that holds no verb: no sentence, no verdict.)
        const auto tws = text::words(title);
        if (t.back() == '.' && (tws.size() > 4 || std::any_of(tws.begin(), tws.end(), verb) ||
                                voc::is_verdict(text::fold(t)) || text::fold(tws.front()) == "intet" ||
                                text::fold(tws.front()) == "ingen" || text::fold(tws.front()) == "tak"))
          continue;
        // (Nor the end of a sentence the line before leaves open: "Sagen
        // behandles i" / "Ældrerådet (orientering).".)
        if (t.back() == '.' && i > 0 && !lines[i - 1].text.empty() &&
            std::string_view(".!?:").find(lines[i - 1].text.back()) == std::string_view::npos)
          continue;
        if (title.find(':') != std::string_view::npos || title.find(',') != std::string_view::npos ||
            tws.size() > 6 || !title_shaped(title) || find_date(title) || (is_section_line(lines[i]) && !topic_heading(t)) ||
            label_of(lines[i]) || item_candidate(lines[i], i))
          continue;
        const std::string f = text::fold(title);
        if (voc::title_lead_in(f) > 0 || voc::is_body_name(f)) continue;
        const std::string& next = lines[i + 1].text;
        if (next.empty() || next.back() == ':' || is_section_line(lines[i + 1])) continue;
        ItemHead h;
        h.line = i;
        h.title = std::string(title);
        h.body_begin = i + 1;
        colon_titles.push_back(std::move(h));
      }
      if (colon_titles.size() >= 3) o.heads = std::move(colon_titles);
    }
    // Short titles each over a paragraph of prose, with no numbers, no
    // headings and no kind among them ("Sommerfesten" / "Festen holdes den
    // 24. juni i præstegårdshaven, og Anne står for maden." / "Hjemmesiden"
    // / "..."): three or more, every one a paragraph of its own.
    if (o.heads.empty() && agenda.empty()) {
      std::vector<ItemHead> over_prose;
      for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
        const std::string& t = lines[i].text;
        const std::string& next = lines[i + 1].text;
        const auto tws = text::words(t);
        if (!lines[i].gap_before || tws.size() > 6 || !title_line(i) || names_document(lines, i) ||
            std::any_of(tws.begin(), tws.end(), verb) || text::words(next).size() < 8 || !starts_upper(next) ||
            label_of(lines[i + 1]) || is_section_line(lines[i + 1]) || item_candidate(lines[i + 1], i + 1))
          continue;
        const std::string f = text::fold(t);
        if (voc::title_lead_in(f) > 0 || voc::is_body_name(f)) continue;
        ItemHead h;
        h.line = i;
        h.title = t;
        h.body_begin = i + 1;
        over_prose.push_back(std::move(h));
      }
      if (over_prose.size() >= 3) o.heads = std::move(over_prose);
    }
  }
  // The agenda's entries that the body heads without their numbers.
  add_contents_echo_heads(lines, o);
  add_agenda_echoes(lines, o, agenda, agenda_numbers);
  // An agenda or table of contents whose headings the text never reaches
  // (an agenda published without case texts, an excerpt cut off before
  // the first item): its entries are the items, without a body.
  // (A table of contents run into one line without its numbers counts only
  // here: when nothing else gives the items.)
  if (o.heads.empty() && agenda.empty()) agenda = grouped;
  if (o.heads.empty() && agenda.empty())
    for (const auto& r : toc_cells) {
      agenda.push_back(r.title);
      agenda_numbers[agenda.size() - 1] = r.number;
    }
  if (o.heads.empty() && agenda.empty()) {
    for (std::size_t i = 0; i < lines.size() && agenda.empty(); ++i) {
      if (o.listing[i]) continue;
      agenda = status_marked_contents(lines[i].text);
      if (!agenda.empty()) break;
      agenda = run_on_contents(lines, i);
      if (agenda.empty() && contents_ends_text(lines, i)) agenda = headed_run_contents(lines[i].text);
      // The table of contents goes on over the next pages ("3 15
      // Turismepolitik Rømø-Tønder Turistforening ..."): lines of titles
      // that a page number or an entry's number may open.
      std::size_t j = i + 1;
      for (; !agenda.empty() && j < lines.size() && !o.listing[j]; ++j) {
        Line rest = lines[j];
        std::string_view t = rest.text;
        for (int k = 0; k < 2; ++k) {
          std::size_t n = 0;
          if (read_number(t, n, 3) >= 0 && n < t.size() && t[n] == ' ') t = trim(t.substr(n));
        }
        rest.text = std::string(t);
        auto more = run_on_contents({rest}, 0);
        if (more.empty()) break;
        agenda.insert(agenda.end(), more.begin(), more.end());
      }
      // (Its entries echoed on the page lines after it: the items' heads.)
      if (!agenda.empty())
        if (auto echoes = numbered_contents_echoes(lines, j, agenda); !echoes.empty()) o.heads = std::move(echoes);
      if (!agenda.empty()) agenda.resize(reached_entries(lines, j, agenda));
    }
  }
  // A headed table of contents that the text ends in (an excerpt cut off
  // in it): its entries are the items, and a numbered line above it (the
  // file's name, "00 Referat uden bilag") is none.
  if (contents && contents->end == lines.size() && contents->entries.size() >= 3 &&
      std::all_of(o.heads.begin(), o.heads.end(), [&](const ItemHead& h) { return h.line < contents->begin; })) {
    o.heads.clear();
    agenda.clear();
    for (const auto& [number, title] : contents->entries) {
      agenda.push_back(title);
      agenda_numbers[agenda.size() - 1] = number;
    }
  }
  if (o.heads.empty()) {
    for (std::size_t e = 0; e < agenda.size(); ++e) {
      const std::string title(trim(agenda[e]));
      const bool known = std::any_of(o.heads.begin(), o.heads.end(),
                                     [&](const ItemHead& h) { return same_title(h.title, title); });
      if (known || !title_shaped(title)) continue;
      ItemHead h;
      if (auto n = agenda_numbers.find(e); n != agenda_numbers.end()) h.number = n->second;
      h.title = title;
      h.listed_only = true;
      o.heads.push_back(std::move(h));
    }
  }
  // Heads that take their titles from the agenda ("Ad 1", "2:Referatet
  // blev godkendt.", two or more of them): the agenda is the list of the items, so its entries
  // after the last head (a text cut off, outcomes not written) are items
  // too, without a body.
  if ((titles_from_agenda >= 2 || answers_cut_off(lines, o, answer_lines)) && o.heads.back().number) {
    int next = *o.heads.back().number + 1;
    for (auto it = agenda_by_number.find(next); it != agenda_by_number.end(); it = agenda_by_number.find(++next)) {
      ItemHead h;
      h.number = next;
      std::tie(h.title, h.text) = split_outcome(it->second);
      if (h.title.size() > 4 && h.title.back() == '.') h.title.pop_back();
      if (!title_shaped(h.title)) continue;
      h.listed_only = true;
      h.line = lines.size() - 1;
      h.body_begin = lines.size();
      o.heads.push_back(std::move(h));
    }
  }
  // Standard titles written as labels with their outcome ("Valg af
  // ordstyrer: Jens" / "Godkendelse af dagsorden: godkendt"), two or more,
  // where the items are unnumbered or not found: items too.
  if (agenda.empty() && std::none_of(o.heads.begin(), o.heads.end(), [](const ItemHead& h) {
        return h.number.has_value() || h.listed_only;
      })) {
    auto labelled = standard_label_heads(lines, o.listing);
    std::erase_if(labelled, [&](const ItemHead& l) {
      return std::any_of(o.heads.begin(), o.heads.end(), [&](const ItemHead& h) { return h.line == l.line; });
    });
    if (labelled.size() >= 2) {
      o.heads.insert(o.heads.end(), labelled.begin(), labelled.end());
      std::stable_sort(o.heads.begin(), o.heads.end(), [](const ItemHead& a, const ItemHead& b) { return a.line < b.line; });
    }
    // Topics written as labels, each a paragraph of its own ("Havesyn: Der
    // er ..." / "Økonomi: ..." / "Evt:"), four or more where nothing else
    // gave heads: items too.
    auto topics = topic_label_heads(lines, o.listing);
    std::erase_if(topics, [&](const ItemHead& l) {
      return std::any_of(o.heads.begin(), o.heads.end(), [&](const ItemHead& h) { return h.line == l.line; });
    });
    if (topics.size() >= 4 && o.heads.empty()) {
      o.heads.insert(o.heads.end(), topics.begin(), topics.end());
      std::stable_sort(o.heads.begin(), o.heads.end(), [](const ItemHead& a, const ItemHead& b) { return a.line < b.line; });
    }
  }
  // A title printed twice (web exports), each copy taken for a head: the
  // first counts.
  for (std::size_t k = 1; k < o.heads.size();) {
    const ItemHead& a = o.heads[k - 1];
    const ItemHead& b = o.heads[k];
    if (!a.listed_only && !b.listed_only && b.line == a.line + 1 && a.number == b.number && same_title(a.title, b.title))
      o.heads.erase(o.heads.begin() + static_cast<std::ptrdiff_t>(k));
    else
      ++k;
  }
  // A title printed twice right under its head counts once.
  for (auto& h : o.heads) {
    if (!h.listed_only && h.body_begin < lines.size() && repeats_title(lines[h.body_begin].text, h.title) &&
        !is_section_line(lines[h.body_begin]))
      ++h.body_begin;
  }
  return o;
}

}  // namespace corpus::recog
