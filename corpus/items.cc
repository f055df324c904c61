// Agenda items: candidate heads in every numbered form, checked against the
// agenda list or table of contents, the number sequence and the shape of a
// title; unnumbered items (docs/ARCHITECTURE.md §4.3). find_items() runs the
// passes in order over one ItemScan (items_scan.h): tables of contents and
// agenda lists in items_contents.cc, numbered heads in items_numbered.cc,
// unnumbered items in items_unnumbered.cc; this file holds the title helpers
// they share. Tables of contents are read in contents.cc, an item's
// sections in sections.cc.
#include <algorithm>
#include <array>
#include <map>
#include <tuple>
#include <unordered_map>

#include "corpus/dates.h"
#include "corpus/items_scan.h"
#include "corpus/recogniser.h"

namespace corpus::recog {

namespace voc = vocabulary;
using text::read_number;
using text::trim;

namespace {

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

}  // namespace

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

namespace {

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

}  // namespace

// "At der udstedes byggetilladelse", "at udvalget godkender ...": a
// recommendation's clause after its number ("indstiller, at:" / "1. at
// ..."), never an item's title: "at" and a lower-case word.
bool opens_recommendation(std::string_view title) {
  title = text::trim(title);
  if (title.size() < 4 || (title[0] != 'A' && title[0] != 'a') || title[1] != 't' || title[2] != ' ') return false;
  std::string_view rest = text::trim(title.substr(3));
  return !rest.empty() && !starts_upper(rest) && !is_digit(rest[0]);
}

// "2. behandling af budget 2022", "2. budgetopfølgning 2019": a title that
// opens with the ordinal of a recurring case (the budget's readings, the
// year's follow-ups and quarters), after the item's own number
// ("5. 2. behandling af budget 2022 og overslagsårerne 2023-2025" in
// Brønderslev's Byråd, "Nr.144 - 2. behandling af budget 2019-2022" in
// Fredensborg's, "Punkt 44 2. budgetopfølgning 2019 for Kultur- og
// Idrætsudvalget" in Fredericia's). Not a date ("8. februar") nor a count
// ("1. møde 2022").
bool opens_with_ordinal_case(std::string_view title) {
  std::size_t i = 0;
  while (i < title.size() && i < 2 && is_digit(title[i])) ++i;
  if (i == 0 || i + 2 >= title.size() || title[i] != '.' || title[i + 1] != ' ') return false;
  const std::string f = text::fold(title.substr(i + 2, 20));
  for (std::string_view noun :
       {"behandling", "budget", "økonomiopfølgning", "kvartal", "halvår", "forelæggelse", "afrapportering"})
    if (text::starts_with(f, noun)) return true;
  return false;
}

// "1 - Godkendelse af dagsorden", "3 – Fra Farup MR, Projekt kirkemur": the
// church councils' agenda system (DAP) and the provsti sites that publish
// its minutes write the number, a spaced dash and the title; the dash
// separates as a full stop does. The length of " - " at `rest`'s start when
// a capitalised title follows it, else 0 ("2 - 3 personer" is no head).
std::size_t spaced_dash_separator(std::string_view rest) {
  for (std::string_view dash : {" - ", " – "})
    if (text::starts_with(rest, dash) && rest.size() > dash.size() &&
        (starts_upper(rest.substr(dash.size())) || opens_with_ordinal_case(rest.substr(dash.size()))))
      return dash.size();
  return 0;
}

namespace {

// "SEPTEMBER 2021", "Februar 2020", "January 2021 -" (and what a transcript
// runs on after that dash): after a day's number
// ("19. SEPTEMBER 2021" at a page's top, "Dato" / "26. January 2021 -" in an
// agenda site's header), a month's name (any case, Danish or English) and a
// year alone make the line a date, not item 19's title.
bool month_and_year_only(std::string_view rest) {
  while (!rest.empty() && (rest.back() == '-' || rest.back() == ' ')) rest.remove_suffix(1);
  if (ends_with(rest, " –")) rest.remove_suffix(4);
  const auto ws = text::words(rest);
  // (A transcript may run the header's next field on after a dash: "26.
  // January 2021 - Titel Forside".)
  const bool dash_after = ws.size() > 2 && (ws[2] == "-" || ws[2] == "\u2013");
  if ((ws.size() != 2 && !dash_after) || ws[1].size() != 4 || !std::all_of(ws[1].begin(), ws[1].end(), is_digit))
    return false;
  const std::string month = text::fold(ws[0]);
  if (find_date("1. " + month + " 2000")) return true;
  return month == "january" || month == "february";
}

}  // namespace

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
  // (The lead words are matched with each run of spaces as one: "Ad.  Pkt.
  // 3. Status for økonomien", a typist's doubled space between them.)
  std::string head;
  // The byte of `t` each byte of `head` comes from (at most 20 bytes and
  // the rest of a character: no allocation on this path, run for each line).
  std::array<std::size_t, 24> head_at{};
  // (Whole characters only: a letter cut in two would fold to another length.)
  for (std::size_t i = 0; i < t.size() && (head.size() < 20 || (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80);
       ++i) {
    if (t[i] == ' ' && !head.empty() && head.back() == ' ') continue;
    head_at[head.size()] = i;
    head.push_back(t[i]);
  }
  const std::string folded = text::fold(head);
  for (auto w : k_item_words) {
    if (folded.size() == head.size() && text::starts_with(folded, w) && folded.size() > w.size() &&
        (folded[w.size()] == ' ' || is_digit(folded[w.size()]))) {
      c.strong = true;
      c.style = std::string(w);
      t.remove_prefix(head_at[w.size()]);
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
  } else if (const std::size_t dash = spaced_dash_separator(rest)) {
    c.style += '-';
    rest.remove_prefix(dash);
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
  // "852)O Kort nyt", "853)D Budgethøring", "470. O Dansk Byggeris
  // erhvervsundersøgelse 2019": the item's purpose coded in one capital
  // before the title, O, D or B (orientering, drøftelse, beslutning; Hadsten
  // Skole's board 561, Varde's Plan og Teknik 571 in First Agenda's
  // contents), is no part of the title: no Danish title opens with such a
  // letter alone.
  if (rest.size() > 2 && (rest[0] == 'O' || rest[0] == 'D' || rest[0] == 'B') && rest[1] == ' ' &&
      starts_upper(rest.substr(2)))
    rest = trim(rest.substr(2));
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
  if (!c.strong && month_and_year_only(rest)) return std::nullopt;
  // "2.maj, 6. juni, 1. august, ... 3.oktober": a day and its month's name
  // written small, as a list of meeting dates runs ("Mødedatoer 2017:",
  // HGS Rideklub's board, 811), is a date, not item 2's title: a month's
  // name never opens a title, which a capital or a kind's word opens.
  if (!c.strong && !c.style.empty() && c.style.back() == '.' && !rest.empty() && rest[0] >= 'a' && rest[0] <= 'z') {
    std::size_t end = 0;
    while (end < rest.size() && rest[end] >= 'a' && rest[end] <= 'z') ++end;
    if (find_day_in_year("1. " + std::string(rest.substr(0, end)), 2000)) return std::nullopt;
  }
  c.title = std::string(rest);
  std::replace(c.title.begin(), c.title.end(), '\t', ' ');
  return c;
}

// "1.", "3.1.", "12": a number alone on its line.
bool number_only_line(std::string_view t) {
  t = trim(t);
  return !t.empty() && t.size() <= 8 && is_digit(t.front()) &&
         std::all_of(t.begin(), t.end(), [](char ch) { return is_digit(ch) || ch == '.' || ch == ')'; });
}

// "27.15.00P35-0007 Behandling Mødedato ...", "00.22.00G01-0002",
// "85.02.02-G01-5-17": a line that opens with a case's number in the
// municipalities' common classification (KLE: the subject "27.15.00", the
// facet "P35" or "G01", the serial), which agenda systems print on the
// line under a case's head (Bornholm's "1 Fraværende og bemærkninger til
// dagsordenen" / "27.15.00P35-0007", Lemvig's "1 Stefan Agger - udtræden
// af kommunalbestyrelsen" / "00.22.00G01-0002") or above it
// (Mariagerfjord's "85.02.02-G01-5-17" / "132. Højdevej 13 - ...").
bool opens_with_kle_number(std::string_view t) {
  const auto digits = [&](std::size_t at) { return at + 1 < t.size() && is_digit(t[at]) && is_digit(t[at + 1]); };
  if (t.size() < 12 || !digits(0) || t[2] != '.' || !digits(3) || t[5] != '.' || !digits(6)) return false;
  std::size_t k = 8;
  if (t[k] == '-') ++k;
  return k + 2 < t.size() && t[k] >= 'A' && t[k] <= 'Z' && digits(k + 1);
}

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

// A line of a case's particulars between its title and its first section:
// its number, openness ("Åben sag", "Lukket punkt"), who handles it
// ("Sagsbehandler: ...", "Forvaltning: ..."), who decides ("Sagen afgøres
// i: Byrådet").
bool case_meta_line(std::string_view t) {
  if (case_number_line(t)) return true;
  const std::string f = text::fold(t.substr(0, std::min<std::size_t>(t.size(), 40)));
  if (t.size() > 120) return false;
  if (f == "åben" || f == "lukket" || f == "(åben)" || f == "(lukket)") return true;
  for (std::string_view lead : {"åben sag", "lukket sag", "åbent punkt", "lukket punkt", "sagsbehandler", "øvrige sagsbehandlere", "sagsansvarlig", "forvaltning:", "sagen afgøres", "afgøres af",
                                "beslutningskompetence", "kompetence:", "udvalg:", "ansvarlig:"})
    if (text::starts_with(f, lead)) return true;
  return false;
}

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

// "godkendelse af dagsorden", "eventuelt": a lower-case title that opens
// with an item's kind (a web list's entry as its editor typed it).
bool opens_with_kind(std::string_view title) {
  const std::string f = text::fold(title.substr(0, std::min<std::size_t>(title.size(), 20)));
  for (std::string_view w : {"godkendelse ", "orientering ", "meddelelse", "eventuelt", "velkomst", "drøftelse ", "valg af ", "evt"})
    if (text::starts_with(f, w)) return true;
  return false;
}

std::string key_of(std::string_view title) {
  // Remembered per thread: a file's titles are compared many times over
  // (same_title() of each head against each agenda entry: 225 keys a file,
  // 2.8% of the indexer's instructions, on the generated corpus). A key
  // depends on the title alone; the memory is bounded.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  thread_local std::unordered_map<std::string, std::string, Hash, std::equal_to<>> keys;
  if (auto known = keys.find(title); known != keys.end()) return known->second;
  std::string k = text::fold(clean_title(split_presenter(title).first));
  while (!k.empty() && (k.back() == '.' || k.back() == ':' || k.back() == ' ')) k.pop_back();
  if (keys.size() >= 4096) keys.clear();
  keys.emplace(title, k);
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
  // referent.", "Godkendelse af referat af den 3. juni 2025."), not an
  // abbreviation's ("mv.", "m.m.", "vedr.") nor an ordinal's ("pkt. 4.").
  if (t.size() > 4 && t.back() == '.') {
    const auto sp = t.rfind(' ');
    const std::string_view last = std::string_view(t).substr(sp == std::string::npos ? 0 : sp + 1);
    const std::string folded = text::fold(last.substr(0, last.size() - 1));
    const bool year = last.size() == 5 && std::all_of(last.begin(), last.end() - 1, [](char c) { return is_digit(c); });
    if (last.size() >= 5 && last.find('.') == last.size() - 1 && (!is_digit(last.front()) || year) &&
        folded != "vedr" && folded != "bl.a" && folded != "mht" && folded != "ang")
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

namespace {

// Whether a title's words (folded) name the next meeting: "næste møde",
// "næste bestyrelsesmøde", "næste fælles møde", "ny mødedato".
bool names_next_meeting_date(std::string_view folded_head) {
  const auto ws = text::words(folded_head);
  for (std::size_t k = 0; k + 1 < ws.size(); ++k) {
    if (ws[k] == "ny" && text::starts_with(ws[k + 1], "mødedato")) return true;
    if (ws[k] != "næste") continue;
    for (std::size_t j = k + 1; j < ws.size() && j <= k + 2; ++j)
      if (ends_with(ws[j], "møde") || ends_with(ws[j], "møder")) return true;
  }
  return false;
}

// The day fixed for the next meeting, written after the colon of a title
// that names it: "Ny mødedato: 19. januar 2010 kl. 19.00 – 21.00 hos
// Gretel", "Næste møde: 30/5 2022 kl 19 i klubhuset.", "Næste
// bestyrelsesmøde: afholdes d. 26. sep. kl 16." (tests/realworld/README.md,
// decisions without labels, 1: the date fixed). The words after the colon
// open with the day (a number, a weekday, "den", "d.") or with "afholdes" /
// "bliver" and name a day or an hour.
bool next_meeting_day_after_colon(std::string_view head, std::string_view tail) {
  if (!names_next_meeting_date(text::fold(head)) || tail.size() > 200) return false;
  const std::string ft = text::fold(tail);
  const auto ws = text::words(ft);
  if (ws.empty()) return false;
  static constexpr auto k_openers = std::to_array<std::string_view>(
      {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "den", "d.", "afholdes", "bliver"});
  std::string_view w0 = ws[0];
  while (!w0.empty() && (w0.back() == ',' || w0.back() == ':')) w0.remove_suffix(1);
  if (w0.empty() || !(is_digit(w0[0]) || std::find(k_openers.begin(), k_openers.end(), w0) != k_openers.end()))
    return false;
  return find_date(tail) || find_day_in_year(ft, 2000) || find_time(tail) ||
         (is_digit(w0[0]) && w0.find('/') != std::string_view::npos);
}

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
    if (sep == ": " && next_meeting_day_after_colon(head, tail)) return std::pair{std::string(head), std::string(tail)};
    if (text::starts_with(fh, "valg af ") && hws.size() <= 6 && tws.size() <= 10) {
      std::string_view first = text::words(tail).front();
      while (!first.empty() && (first.back() == ',' || first.back() == '.')) first.remove_suffix(1);
      if (voc::is_first_name(first)) return std::pair{std::string(head), std::string(tail)};
    }
  }
  return std::nullopt;
}

}  // namespace

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

// What a one-word title ("Eventuelt") may have glued to it as its outcome:
// a verdict ("Intet", "Godkendt") or a sentence of three words or more.
bool glued_outcome_of_one_word(std::string_view rest) {
  return voc::is_verdict(text::fold(rest)) || text::fold(rest) == "intet" || text::words(rest).size() >= 3;
}

// "Evt. Der er gang i overvejelser omkring forstanderboligen.", "Eventuelt
// Frede serverede sin hjemmebryggede øl.": the closing item's name glued to
// a sentence of its own (a capital after the name, four words or more, a
// full stop or exclamation mark closing it) is the name and what was said.
// ("Evt. indstilling af nyt medlem", "Eventuelt og næste møde" stay titles.)
std::size_t closing_item_name_end(std::string_view title) {
  // The name: the title's first word, up to a space, colon or full stop.
  const std::size_t n = std::min(title.find_first_of(" :."), title.size());
  return voc::is_closing_item_name(text::fold(title.substr(0, n))) ? n : 0;
}

// Whether `rest`, of `words` words, after the closing item's name reads as
// what was said under it though no full stop closes it: a transcript's page
// or excerpt cut it off ("Eventuelt Der arbejdes fortsat på at fremskaffe
// en adresseliste ... med henbli", Dragør's Ældreråd; "Eventuelt: Næste
// møde bliver holdt en søndag aften – d.24. Maj kl. 19:30. Skriv", a
// residents' council; "Eventuelt: Morten: Skulle hilse fra Ib. Winnie:
// Hilsen fra Lene og Tommy", a club's general assembly): a sentence's end
// inside it, or eight words or more ("Eventuelt Grundet manglende fremmøde /
// interesse falder denne del væk", a church council).
namespace {

bool said_on(std::string_view rest, std::size_t words) {
  if (words >= 8) return true;
  const auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  for (auto at = rest.find(". "); at != std::string_view::npos; at = rest.find(". ", at + 1))
    if (at >= 3 && std::all_of(rest.begin() + static_cast<std::ptrdiff_t>(at - 3),
                               rest.begin() + static_cast<std::ptrdiff_t>(at), letter) &&
        starts_upper(rest.substr(at + 2)))
      return true;
  return false;
}

}  // namespace

std::optional<std::pair<std::string, std::string>> closing_item_sentence(std::string_view title) {
  const std::size_t n = closing_item_name_end(title);
  if (n == 0 || n >= title.size()) return std::nullopt;
  std::size_t at = n;
  while (at < title.size() && (title[at] == ':' || title[at] == '.' || title[at] == ' ')) ++at;
  if (at == n || at >= title.size()) return std::nullopt;
  const std::string_view rest = trim(title.substr(at));
  const std::size_t words = text::words(rest).size();
  if (!starts_upper(rest) || words < 4 || !(rest.back() == '.' || rest.back() == '!' || said_on(rest, words)))
    return std::nullopt;
  // (A topic raised under it, "Evt. Orientering Fact. nyt tiltag ...", is
  // no outcome.)
  if (voc::item_kind(text::fold(rest.substr(0, std::min<std::size_t>(rest.size(), 40))))) return std::nullopt;
  std::string name(title.substr(0, n));
  while (!name.empty() && name.back() == '.') name.pop_back();
  return std::make_pair(name, std::string(rest));
}

// A title that lost its line break can end before `ws[k]` (words of
// `title`): the word before ends in a small letter and is no word that
// links the title on ("om", "af", "og", "ved", ...).
static bool title_can_end_before(const std::vector<std::string_view>& ws, std::size_t k) {
  static constexpr auto k_links = std::to_array<std::string_view>(
      {"om", "af", "til", "for", "på", "i", "med", "fra", "og", "ved", "vedr.", "samt", "eller", "under", "efter"});
  const std::string_view before = ws[k - 1];
  const auto b = static_cast<unsigned char>(before.back());
  if (!((b >= 'a' && b <= 'z') || b >= 0x80)) return false;
  return std::find(k_links.begin(), k_links.end(), text::fold(before)) == k_links.end();
}

// `title` split before its word `at` (a view into it): the title, and
// what was said after it.
static std::pair<std::string, std::string> split_before(std::string_view title, std::string_view at) {
  const auto pos = static_cast<std::size_t>(at.data() - title.data());
  return {std::string(trim(title.substr(0, pos))), std::string(trim(title.substr(pos)))};
}

// "6 - Føvling MR - ansøgning om ændringer på Føvling Kirkegård Det blev
// besluttet, at ...", "2. Valg af referent FH valgt.", "Godkendelse af
// dagsorden Godkendt. Årshjul medtages på næste møde.": minutes that write
// the item's outcome on the title's own line, with no separator, open the
// outcome's sentence with a capital after the title's last word and put its
// verdict participle first or after its subject ("Det blev besluttet", "FH
// valgt", "Godkendt."). The title is the words before it, two or more, not
// ending in a preposition or "og" ("Orientering om Lokalplan vedtaget ..."
// stays a title, so does a title with a colon). (A verdict closing the line
// is split_outcome's own case.)
static std::optional<std::pair<std::string, std::string>> glued_verdict_sentence(std::string_view title) {
  // (A colon's outcome is the colon rules' own: "Valg af dirigent: Jens
  // Hansen blev valgt".)
  if (title.find(':') != std::string_view::npos) return std::nullopt;
  const auto ws = text::words(title);
  if (ws.size() < 3) return std::nullopt;
  static constexpr auto k_participles = std::to_array<std::string_view>(
      {"godkendt", "godkendes", "vedtaget", "vedtages", "valgt", "genvalgt", "besluttet", "aftalt", "drøftet",
       "udsat", "tiltrådt", "tiltrædes"});
  const auto bare = [](std::string_view w) {
    std::string f = text::fold(w);
    while (!f.empty() && (f.back() == ',' || f.back() == '.' || f.back() == ':')) f.pop_back();
    return f;
  };
  const auto participle = [&](std::size_t k) {
    return k < ws.size() && std::find(k_participles.begin(), k_participles.end(), bare(ws[k])) != k_participles.end();
  };
  for (std::size_t k = 2; k + 1 < ws.size(); ++k) {
    if (!text::starts_capital(ws[k]) || !title_can_end_before(ws, k)) continue;
    // ("Jens Hansen blev valgt": a surname after a first name is no subject.)
    if (voc::is_first_name(ws[k - 1])) continue;
    // The verdict first ("Godkendt. Årshjul ..."), after the subject ("FH
    // valgt", "Referatet godkendt") or after the subject and "blev".
    const bool opens = (participle(k) && ws[k].back() == '.') || participle(k + 1) ||
                       (bare(ws[k + 1]) == "blev" && participle(k + 2));
    if (!opens) continue;
    if (std::any_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(k), sentence_verb)) return std::nullopt;
    return split_before(title, ws[k]);
  }
  return std::nullopt;
}

// "Velkomst Lars Mortensen bød velkommen til ...", "Valg af dirigent Niels
// Kjeldsen (Formand for BLF) foreslog Jon Kowalczyk som dirigent", "Mødets
// åbning Inge Lise Pedersen bød velkommen": a transcript that lost the line
// break after the title opens what was said with the speaker's full name (a
// known first name and one to three capitalised names, a role in brackets
// after them) and a verb of the meeting's speech ("bød", "foreslog",
// "aflagde"). The title is the words before the name, not ending in a
// preposition or "og" ("Orientering fra Lars Mortensen" has no such verb;
// "Beretning ved Lars Mortensen aflagde" keeps its "ved"), with no finite
// verb of its own.
static std::optional<std::pair<std::string, std::string>> glued_speaker_sentence(std::string_view title) {
  const auto ws = text::words(title);
  if (ws.size() < 4) return std::nullopt;
  static constexpr auto k_verbs = std::to_array<std::string_view>(
      {"bød", "byder", "foreslog", "foreslår", "aflagde", "aflægger", "orienterede", "orienterer", "redegjorde",
       "redegør", "fremlagde", "fremlægger", "gennemgik", "gennemgår", "takkede", "takker", "indledte", "indleder",
       "åbnede", "åbner", "præsenterede", "præsenterer", "fortalte", "fortæller", "motiverede", "motiverer",
       "informerede", "informerer", "indbød", "indbyder"});
  const auto is_verb = [&](std::string_view w) {
    const std::string f = text::fold(w);
    return std::find(k_verbs.begin(), k_verbs.end(), f) != k_verbs.end();
  };
  for (std::size_t k = 1; k + 2 < ws.size() && k <= 16; ++k) {
    if (!voc::is_first_name(ws[k]) || !text::starts_capital(ws[k])) continue;
    // The names after the first name, then a bracketed role, then the verb.
    std::size_t j = k + 1;
    std::size_t names = 0;
    while (j < ws.size() && names < 3 && text::starts_capital(ws[j]) && !is_verb(ws[j]) &&
           text::has_lower_after_first(ws[j]) && ws[j].back() != '.' && ws[j].back() != ',') {
      ++j;
      ++names;
    }
    // (The last name before a role between commas: "Henny Holmgaard,
    // Herning Kommune, informerede", "Jens Gram Hansen, praktiserende læge,
    // informerede"; RM's Hjerneskadesamråd, a hunters' association.)
    bool comma_role = false;
    if (j < ws.size() && names < 3 && text::starts_capital(ws[j]) && text::has_lower_after_first(ws[j]) &&
        ws[j].back() == ',' && ws[j].size() > 2) {
      std::size_t close = j + 1;
      while (close < ws.size() && close <= j + 5 && ws[close].back() != ',' && ws[close].back() != '.') ++close;
      if (close < ws.size() && close <= j + 5 && ws[close].back() == ',' && close + 1 < ws.size() &&
          is_verb(ws[close + 1])) {
        ++names;
        j = close + 1;
        comma_role = true;
      }
    }
    if (names == 0 || j >= ws.size()) continue;
    // The title ends before the name where a small word ends it, or where it
    // named the same speaker after "ved" ("Præsentationsrunde og orientering
    // ved Flemming Larsen Flemming Larsen indbød ..."; Naturparkernes
    // nationalkomité, a hunters' association).
    const std::size_t own = comma_role ? names : names + 1;  // the name's words (without a role)
    bool repeated = k >= own + 1 && text::fold(ws[k - own - 1]) == "ved";
    for (std::size_t m = 0; repeated && m < own; ++m) {
      std::string_view a = ws[k - own + m], b = ws[k + m];
      if (!b.empty() && b.back() == ',') b.remove_suffix(1);
      repeated = a == b;
    }
    if (!title_can_end_before(ws, k) && !repeated) continue;
    if (ws[j].front() == '(' && !comma_role) {
      std::size_t close = j;
      while (close < ws.size() && close < j + 8 && ws[close].back() != ')') ++close;
      if (close >= ws.size() || ws[close].back() != ')') continue;
      j = close + 1;
    }
    if (j >= ws.size() || !is_verb(ws[j])) continue;
    if (std::any_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(k), sentence_verb)) return std::nullopt;
    auto split = split_before(title, ws[k]);
    if (!title_shaped(split.first)) return std::nullopt;
    return split;
  }
  return std::nullopt;
}

// "Godkendelse af dagsordenen:Dagsordenen blev godkendt.": a page that lost
// the space after the title's colon, a capital right after it and a small
// letter before it. Returns the title with the space put back; nullopt when
// no colon is so glued.
static std::optional<std::string> space_after_glued_colon(std::string_view title) {
  std::string out;
  bool glued = false;
  for (std::size_t i = 0; i < title.size(); ++i) {
    out += title[i];
    if (title[i] != ':' || i == 0 || i + 1 >= title.size()) continue;
    const auto b = static_cast<unsigned char>(title[i - 1]);
    const bool small = (b >= 'a' && b <= 'z') || b >= 0x80;
    if (small && text::starts_capital(title.substr(i + 1))) {
      out += ' ';
      glued = true;
    }
  }
  if (!glued) return std::nullopt;
  return out;
}

std::pair<std::string, std::string> split_outcome(std::string_view title) {
  title = trim(title);
  if (const auto spaced = space_after_glued_colon(title)) {
    auto split = split_outcome(*spaced);
    if (!split.second.empty()) return split;
  }
  if (auto split = short_outcome(title)) return *split;
  if (auto split = closing_item_sentence(title)) return *split;
  if (auto split = closing_item_outcome(title)) return *split;  // items_web.cc
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
  if (auto split = glued_verdict_sentence(title)) return *split;
  if (auto split = glued_speaker_sentence(title)) return *split;
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
    // (A one-word outcome is a verdict or "Intet.": "Eventuelt: Intet.".)
    const std::string ftail = text::fold(tail);
    const bool one_word = tws.size() == 1 && end == '.' && (voc::is_verdict(ftail) || ftail == "intet." || ftail == "ingen.");
    if (hws.size() <= 8 && (tws.size() >= 2 || one_word) && (end == '.' || end == '!' || end == '?' || tws.size() >= 14) && starts_upper(tail) &&
        !voc::is_kind_label(text::fold(head)) &&
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
  // (Or a quoted name the title goes on after, "”Miljø aktivitetsudvalg” -
  // skal vi have en, ...": quoted_title_start.)
  if (!starts_upper(title) && !opens_quotation(title) && !quoted_title_start(title) &&
      !opens_with_ordinal_case(title))
    return false;
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
    "lukket møde", "punkter på åben dagsorden", "punkter på lukket dagsorden"});

// Whether a line that begins with `c` can begin with an agenda group:
// every group begins with one of these letters (or with å, not ASCII).
// Most lines begin otherwise, and are passed over without folding
// (agenda_group_prefix() was 1.9% of the indexer's instructions, a fold
// of each line and a compare with each group).
static constexpr bool may_open_agenda_group(char c) {
  if (static_cast<unsigned char>(c) >= 0x80) return true;
  const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return l == 's' || l == 'p' || l == 'b' || l == 'o' || l == 'd' || l == 'l';
}

static_assert(std::all_of(k_agenda_groups.begin(), k_agenda_groups.end(),
                          [](std::string_view g) { return may_open_agenda_group(g[0]); }));

std::size_t agenda_group_prefix(std::string_view line) {
  // (A group of cases' kind in two words or more alone on its line with its
  // colon, "Politiske sager:", "Afdelingsrelaterede sager:": lines.cc
  // case_group_label. A compound in one word may be an item, "Byggesager:".)
  if (line.size() >= 10 && line.size() <= 48 && line.back() == ':' &&
      line.find(' ') != std::string_view::npos && case_group_label(line) == line.size())
    return line.size();
  if (line.size() < 10 || !may_open_agenda_group(line[0])) return 0;
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

// A finite verb of a sentence, not a title's word: "orienterede", "er",
// "blev", "skal" ("Formanden orienterede." is a sentence, "Havesyn" a title).
bool finite_verb(std::string_view w) {
  const std::string f = text::fold(w);
  return ends_with(f, "ede") || f == "er" || f == "var" || f == "blev" || f == "har" || f == "vil" || f == "skal" ||
         f == "kan";
}

bool in_agenda(const ItemScan& s, std::string_view title) {
  return std::any_of(s.agenda.begin(), s.agenda.end(), [&](const std::string& e) { return same_title(e, title); });
}

// A title printed twice: one head, one body.
void drop_repeated_titles(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
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
}

// An agenda run into the text ahead of the body, whose entries were read
// as the agenda only up to a lost number, so that its tail came out as
// heads ("... 4. Budget Revision af strategiplan ... 7. Status integreret
// ... 11. Disciplinærsag ..." before the body's "1. Godkendelse af
// dagsorden 2. ..."): heads that open above 1 and rise, then give way to a
// head numbered 1, are the agenda's tail, not items (they go to the
// listing). Seen in docplayer transcripts of AAB's organisation board and
// a shooting federation's board and in a yumpu page of Fredensborg's Grønt
// Råd.
void drop_agenda_tail_heads(ItemScan& s) {
  auto& heads = s.o.heads;
  if (heads.size() < 2 || !heads.front().number || *heads.front().number <= 1 || heads.front().listed_only) return;
  std::size_t k = 1;
  while (k < heads.size() && heads[k].number && !heads[k].listed_only && *heads[k].number > *heads[k - 1].number) ++k;
  // (Two entries or more: one head above 1 may be a single item's page
  // before its numbered points.)
  if (k < 2 || k >= heads.size() || !heads[k].number || *heads[k].number != 1 || heads[k].listed_only) return;
  for (std::size_t i = 0; i < k; ++i)
    if (heads[i].line < s.o.listing.size()) s.o.listing[heads[i].line] = true;
  heads.erase(heads.begin(), heads.begin() + static_cast<std::ptrdiff_t>(k));
}

Outline find_items(const std::vector<Line>& lines) {
  ItemScan s(lines);
  s.o.listing.assign(lines.size(), false);
  // The tables of contents and the agenda's groups (items_contents.cc).
  read_contents_lines(s);
  read_grouped_contents(s);
  // The numbered candidates and the form of their numbers (items_numbered.cc).
  read_candidates(s);
  drop_rosters(s);
  mark_nested_points(s);
  drop_page_numbers(s);
  read_bare_numbers(s);
  read_number_form(s);
  // Agenda lists among them, and heads titled from the agenda (items_contents.cc).
  read_agenda_lists(s);
  take_agenda_titles(s);
  settle_number_form(s);
  take_grouped_agenda(s);
  // The numbered heads, or an agenda page with no body (items_numbered.cc).
  read_numbered_heads(s);
  read_separated_run(s);
  read_agenda_page(s);
  read_dap_first_item(s);
  read_dap_transcript_items(s);
  // Unnumbered items when no numbered head was found (items_unnumbered.cc).
  read_unnumbered_items(s);
  // The agenda's entries the body heads without numbers or never reaches
  // (items_contents.cc).
  read_agenda_echoes(s);
  read_unreached_agenda(s);
  add_agenda_after_last_head(s);
  add_closing_item_after_last_head(s);
  // Standard titles and topics written as labels (items_unnumbered.cc).
  read_label_items(s);
  // The agenda listed at the top, where nothing above gave heads.
  if (s.o.heads.empty()) read_agenda_of_blob(s);
  drop_agenda_tail_heads(s);
  drop_repeated_titles(s);
  return std::move(s.o);
}

}  // namespace corpus::recog
