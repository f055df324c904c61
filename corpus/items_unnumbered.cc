// Agenda items without numbers: section-followed titles, bullets, headings,
// capital titles, titles over outcomes or prose, colon-closed titles and
// labels (passes of find_items(), items_scan.h; docs/ARCHITECTURE.md §4.3).
#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "corpus/dates.h"
#include "corpus/items_scan.h"
#include "corpus/recogniser.h"

namespace corpus::recog {
namespace {

namespace voc = vocabulary;
using text::read_number;
using text::trim;

// A section heading that shows the line before it is an item's title. Not
// "Referat" alone before a date or the rest of a title: that names the
// document.
bool evidence_section(const std::vector<Line>& lines, std::size_t j) {
  return is_section_line(lines[j]) && !names_document(lines, j);
}

// For each line, whether the nearest section heading above it opens a
// case's text ("Sagsfremstilling", "Sagsbeskrivelse", "Resumé",
// "Baggrund"): a short line over prose there is a sub-heading of that text
// ("Sagsfremstilling" / "Udvalget orienteres i denne sag om igangværende
// ... byggeprojekter ..." / "Hærvejsskolen" / "Mangeludbedringerne vil ..."
// / "Børnehuset Mølleløkke" / ..., Aabenraa's Beslutningsprotokol, whose
// pages lost the items' titles), no item. (After a decision's heading a
// topic may be the next item: "Beslutning:" / "Godkendt." / "Arrangementer".)
std::vector<bool> under_case_text(const std::vector<Line>& lines) {
  std::vector<bool> out(lines.size(), false);
  bool in_text = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out[i] = in_text;
    if (const auto h = section_head(lines[i].text); h && !names_document(lines, i))
      in_text = h->kind == "sagsfremstilling" || h->kind == "resumé" || h->kind == "baggrund";
  }
  return out;
}

// under_case_text of the scan's lines, read at the first call only.
const std::vector<bool>& case_text_of(ItemScan& s) {
  if (!s.case_text) s.case_text = under_case_text(s.lines);
  return *s.case_text;
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
    "fastsættelse af kontingent", "aflæggelse af beretning", "aflæggelse af bestyrelsens beretning",
    "aflæggelse af årsberetning", "aflæggelse af bestyrelsens årsberetning", "aflæggelse af regnskab",
    "aflæggelse af årsregnskab", "formanden aflægger beretning", "bestyrelsen aflægger beretning",
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

// Whether a topic's label may open at word k of a transcript's run-on
// line: the line's first word, or the word after a sentence's end ("...
// sige ja tak til tilbuddet. Fælles Grundejerforening: Status er ...") or
// after a closing bracket ("... (afbud) Referat fra sidste møde: ...") or
// a list's bullet ("... Covid-19. · Nyt fra næstformanden: ...").
bool topic_may_open(const std::vector<std::string_view>& ws, std::size_t k) {
  if (k == 0) return true;
  const std::string_view w = ws[k - 1];
  if (w == "\u00b7" || w == "\u2022") return true;
  const char last = w.back();
  if (last == ')' || last == '!' || last == '?') return true;
  if (last != '.' || w.size() < 3) return false;
  return !std::all_of(w.begin(), w.end() - 1, [](char c) { return is_digit(c) || c == '.'; });
}

// Topics written as labels (topic_label_heads) in a PDF transcript that ran
// a page into one line: each label opens the line or follows a sentence's
// end, its title as topic_label_heads reads one ("Udendørs: Der er fældet
// ... græsplænen. Altan projekt: Formidlingsaftale er delt rundt ...
// Generalforsamling: Årets generalforsamling er ... Næste møde: Besluttes
// efter generalforsamlingen."), its outcome the words up to the next label
// (the run-on dev web pages of a homeowners' association (Grundejerne), a
// district heating plant's board (Varmeværket 8350) and an owners'
// association (Ejerforeningen Lyngbo)).
std::vector<ItemHead> run_on_topic_label_heads(const std::vector<Line>& lines, const std::vector<bool>& listing) {
  std::vector<ItemHead> found;
  auto verb = [](std::string_view w) { return finite_verb(w) || text::fold(w) == "bliver"; };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = trim(lines[i].text);
    // (A page's line: two hundred characters or more. A short line's
    // label is a paragraph's, topic_label_heads', or a vote's, "For
    // stemte: A (9), C (10) ...".)
    if (listing[i] || t.size() < 200 || t.size() > 5000 || t.find(": ") == std::string_view::npos) continue;
    const auto ws = text::words(t);
    // (start of the title, its colon)
    std::vector<std::pair<std::size_t, std::size_t>> at;
    for (std::size_t k = 0; k < ws.size(); ++k) {
      // ("1)      Ordstyre: Andreas", "1). Orientering fra Græshoppen:": the
      // topics are numbered, the numbered heads' to read.)
      // (An item's number has one or two digits: "november 2020. Vedtægter"
      // is a sentence's end.)
      if (k > 0 && is_digit(ws[k - 1].front()) && starts_upper(ws[k]) &&
          std::count_if(ws[k - 1].begin(), ws[k - 1].end(), is_digit) <= 2 &&
          std::all_of(ws[k - 1].begin(), ws[k - 1].end(), [](char c) { return is_digit(c) || c == ')' || c == '.'; }))
        return {};
      if (!topic_may_open(ws, k) || !starts_upper(ws[k])) continue;
      std::size_t e = k;
      while (e < ws.size() && e < k + 5 && ws[e].back() != ':') ++e;
      if (e >= ws.size() || ws[e].back() != ':' || ws[e].size() < 2) continue;
      const auto from = static_cast<std::size_t>(ws[k].data() - t.data());
      const auto colon = static_cast<std::size_t>(ws[e].data() - t.data()) + ws[e].size() - 1;
      const std::string_view title = trim(t.substr(from, colon - from));
      const auto tws = text::words(title);
      if (tws.empty() || !title_shaped(title) || title.find(',') != std::string_view::npos ||
          std::any_of(tws.begin(), tws.end(), verb) || find_date(title.substr(0, std::min<std::size_t>(title.size(), 6))))
        continue;
      // (Nor a lettered point: "A: GPDR regler.", "... information E:".)
      if (std::any_of(tws.begin(), tws.end(), [](std::string_view w) { return w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z'; }))
        continue;
      Line probe;
      probe.text = std::string(t.substr(from));
      // (Nor a person: "Sussie:", "Mads Kamp Hansen: Dagsordenens pkt. 2 ...".)
      if (label_of(probe) || voc::is_first_name(tws.front())) continue;
      if (voc::title_lead_in(text::fold(title)) > 0) continue;
      if (const auto sh = section_head(probe.text); sh && !topic_kind(sh->kind)) continue;
      at.emplace_back(from, colon);
      k = e;
    }
    for (std::size_t n = 0; n < at.size(); ++n) {
      const auto [from, colon] = at[n];
      const std::size_t end = n + 1 < at.size() ? at[n + 1].first : t.size();
      std::string_view rest = trim(t.substr(colon + 1, end - colon - 1));
      // ("Nyt fra formanden: - Stor ros til ...": its points in a list.)
      if (text::starts_with(rest, "- ")) rest = trim(rest.substr(2));
      // (The outcome: a sentence, a verdict, or the next line's text.)
      if (names_listed(rest)) continue;
      if (rest.empty() ? n + 1 < at.size() || i + 1 >= lines.size() || lines[i + 1].text.empty()
                       : ((!starts_upper(rest) && !is_digit(rest[0])) || text::words(rest).size() < 3) &&
                             !voc::is_verdict(text::fold(rest)))
        continue;
      ItemHead h;
      h.line = i;
      h.title = std::string(trim(t.substr(from, colon - from)));
      h.text = std::string(rest);
      h.body_begin = n + 1 < at.size() ? i : i + 1;
      found.push_back(std::move(h));
    }
  }
  return found;
}

// "Økonomi:", "Kommunikation:", "Opfølgning:": a section's name that is
// also a topic a board's minutes take up under its own title ("Daglig
// drift:" / ... / "Økonomi:" / "Økonomien ser ud som sidste år").
bool topic_heading(std::string_view line) {
  const auto sh = section_head(line);
  return sh && sh->text.empty() && topic_kind(sh->kind);
}

// A title holds no finite verb ("Formanden orienterede. ..." is a sentence).
const auto verb = finite_verb;

// "Godkendelse af referat", "Godkendelse af seneste referat", "Opfølgning
// på referatet": the standing opening item that approves the last
// meeting's minutes, the section's name "Referat" the object of "af",
// "fra" or "på", not a label (as "First-agenda Sagsfremstilling" is). Seen
// as an unnumbered title over its text in Holbæk's Udsatteråd (over
// "Indhold:"), Havnsø Sejlklub's board (under "Dagsorden:"), Hedensted's
// Landdistriktsråd and Roskilde's Vækst-, Erhvervs- og Globaliseringsudvalg.
bool minutes_as_object(const std::vector<std::string_view>& ws) {
  if (ws.size() < 3 || !text::starts_with(text::fold(ws.back()), "referat")) return false;
  const std::string before = text::fold(ws[ws.size() - 2]);
  return before == "af" || before == "fra" || before == "på" ||
         (ws.size() >= 4 && (before == "sidste" || before == "seneste" || before == "forrige") &&
          text::fold(ws[ws.size() - 3]) == "af");
}

// "DIR", "BYR", "ØKE": a committee's code alone on its line, one of the
// column of codes that marks which bodies a case passes through (Herning's
// agenda view lists "DIR" / "FOU" / ... / "BYR" under every title).
bool routing_code_line(std::string_view t) {
  t = trim(t);
  const auto ws = text::words(t);
  // (Two or three letters: "Ø" is two bytes, its second a continuation byte.)
  const auto letters = std::count_if(t.begin(), t.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  return ws.size() == 1 && letters >= 2 && letters <= 3 && text::starts_capital(t) && !text::has_lower_after_first(t) &&
         std::none_of(t.begin(), t.end(), [](char c) { return is_digit(c) || c == '.' || c == ':'; });
}

// A standing item's title closed by a full stop, as associations' and
// boards' informal minutes type it over its outcome ("Godkendelse af
// dagsorden." / "Dagsorden godkendt", "Godkendelse af referat af den 3.
// juni 2025." / "Referat godkendt", Vallensbæk's Dagpleje parents' board;
// "Godkendelse af seneste referat." / "Referatet blev godkendt uden
// bemærkninger." / "Orientering." / ... / "Evt.", Fjordparken Øst's
// board; "Godkendelse af dagsorden." in Slagelse's and Thisted's
// councils' minutes): a standard title
// (k_standard_titles: a date in it names the minutes approved) or a
// lone "Orientering.", "Meddelelser." or "Eventuelt.", with no finite
// verb. (Not a sentence: "Referatet blev godkendt.", "Dagsordenen
// godkendt." open with no standard title.)
bool standing_title_with_stop(std::string_view t) {
  if (t.size() < 4 || t.back() != '.') return false;
  const auto ws = text::words(t);
  if (ws.size() > 12 || std::any_of(ws.begin(), ws.end(), finite_verb)) return false;
  if (opens_with_standard_title(t)) return true;
  const auto kind = voc::item_kind(text::fold(t));
  return ws.size() == 1 && kind && (*kind == "orientering" || *kind == "eventuelt");
}

// A title naming the minutes of a dated meeting over the heading that opens
// its item's text ("Det godkendte referat fra Seniorrådets møde den 4.
// december 2025" / "Beslutning", Monrad's Seniorråd; "Referat fra
// Magistratens møde den 18. marts 2019" / "Beslutning", Aarhus'
// Magistrat): the date is the named meeting's, not a header's. Seven
// words or more, the date last (its year closes the title), none first
// (not "Onsdag den 11. august 2021").
bool dated_title_over_item_text(const ItemScan& s, std::size_t i) {
  static constexpr std::array<std::string_view, 5> k_openers = {"sagsfremstilling", "resumé", "resume", "beslutning",
                                                                "sagsbeskrivelse"};
  const std::string& t = s.lines[i].text;
  const auto ws = text::words(t);
  if (i + 1 >= s.lines.size() || ws.size() < 7 || find_date(t.substr(0, std::min<std::size_t>(t.size(), 12))) ||
      !find_date(t.substr(t.size() - std::min<std::size_t>(t.size(), 24))) || !text::is_year_word(ws.back()))
    return false;
  const std::string f = text::fold(s.lines[i + 1].text);
  return std::find(k_openers.begin(), k_openers.end(), f) != k_openers.end();
}

// A line that may be an unnumbered item's title.
bool title_line(const ItemScan& s, std::size_t i) {
  const std::vector<Line>& lines = s.lines;
  const Outline& o = s.o;
  if (o.listing[i] || is_section_line(lines[i]) || label_of(lines[i]) || item_candidate(lines[i], i) ||
      case_meta_line(lines[i].text) || routing_code_line(lines[i].text))
    return false;
  const std::string& t = lines[i].text;
  const bool bullet = lines[i].bullet;
  // A word of three letters ("Nej", "Ja") is a button, not a title.
  if (!title_shaped(t) || text::words(t).size() > 16 || t.back() == ':' || t.size() < 4) return false;
  // Case numbers, dates and addresses are no titles ("Sagsid.: 20/49335",
  // "Onsdag den 11. august 2021", "Nicolaiplads 6 - Festsalen"), unless
  // the line is a list entry.
  // (Such a title stands between outcomes, after a sentence's end, a
  // verdict or the header's labels: not under a section's heading as its
  // text, "Beskrivelse af sagen" / "Godkendelse af dagsorden.", Stevns'
  // Ældreråd.)
  const std::string& before = i > 0 ? lines[i - 1].text : t;
  const bool standing = standing_title_with_stop(t) && i > 0 &&
                        (label_of(lines[i - 1]) || std::string_view(".!?").find(before.back()) != std::string_view::npos ||
                         (before.size() < 40 && voc::is_verdict(text::fold(before))));
  if (t.find(':') != std::string::npos ||
      (find_date(t) && !standing && (!bullet || text::words(t).size() <= 6) && !dated_title_over_item_text(s, i)) ||
      (!bullet && ((t.back() == '.' && !standing) || address_shaped(t))))
    return false;
  // A line that ends with a section's name is a label, not a title
  // ("First-agenda Sagsfremstilling").
  if (const auto ws = text::words(t); ws.size() > 1 && section_head(ws.back()) && !minutes_as_object(ws)) return false;
  // "Bemærkninger" (an empty header field) names no item.
  if (text::fold(t) == "bemærkninger") return false;
  // "Fraværende:" / "Johannes Vesterby" under a decision: the value of an
  // attendance label left empty on its line, no title.
  if (i > 0) {
    const auto prev_label = label_of(lines[i - 1]);
    if (prev_label && prev_label->value.empty() &&
        (prev_label->field == voc::Field::absent || prev_label->field == voc::Field::present))
      return false;
  }
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
}

void read_plain_agenda(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
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
    while (b < lines.size() && b - i < 40 && title_line(s, b) && !lines[b].heading &&
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
}

void read_titles_over_sections(ItemScan& s, std::vector<ItemHead>& bulleted, std::vector<ItemHead>& headed) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
  // The kind of the last section heading passed: a bullet inside an
  // item's case text ("Resumé" / "- Promovering" / ... / "Beslutning")
  // is a point of it, not the next item.
  std::string last_section;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (const auto sh = section_head(lines[i].text)) last_section = sh->kind;
    else if (label_of(lines[i])) last_section.clear();  // the header's labels: no case text
    if (!title_line(s, i)) continue;
    const std::string& t = lines[i].text;
    const bool bullet = lines[i].bullet;
    // A section heading next, or after the case's number and openness
    // ("Title" / "Sagsnr.: 24/1234" / "Åben sag" / "Resumé"); a case
    // number alone under the title says it too.
    // (The case's particulars do not count: Herning's agenda view puts its
    // routing codes, one a line, and "Øvrige sagsbehandlere: -" between
    // the title and "Sagsresume".)
    bool before_section = false;
    std::size_t passed = 0;
    for (std::size_t j = i + 1; j < lines.size() && j <= i + 24 && passed < (bullet ? 10u : 4u); ++j) {
      // ("Title" / "Indhold:" / the case text / "Referat": an agenda
      // system's item with its content field.)
      const std::string& lj = lines[j].text;
      const bool content_label = j == i + 1 && (lj == "Indhold:" || lj == "Indhold" || lj == "INDHOLD:");
      if (evidence_section(lines, j) || content_label ||
          (j == i + 1 && case_number_line(lines[j].text) && text::words(t).size() >= 2)) {
        before_section = true;
        break;
      }
      if (case_meta_line(lines[j].text) || routing_code_line(lines[j].text)) continue;
      ++passed;
      if (bullet ? lines[j].bullet : !same_title(lines[j].text, t)) break;
    }
    ItemHead h;
    h.line = i;
    h.title = t;
    h.body_begin = i + 1;
    if (!agenda.empty() ? in_agenda(s, t) : before_section && !bullet)
      o.heads.push_back(std::move(h));
    else if (agenda.empty() && before_section && bullet && t.back() != '.' &&
             (last_section.empty() || last_section == "beslutning" || last_section == "referat"))
      bulleted.push_back(std::move(h));
    else if (agenda.empty() && lines[i].heading && !bullet && i + 1 < lines.size() && !lines[i + 1].heading &&
             voc::title_lead_in(text::fold(t)) == 0 && !voc::is_body_name(text::fold(t)))
      headed.push_back(std::move(h));
  }
}

void read_titles_with_verdicts(ItemScan& s, const std::vector<ItemHead>& bulleted) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
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
        // (Or the title alone on its line, what was said on the lines right
        // under it: "Information fra formanden" / "Herunder også forslag om
        // at næste møde er det konstituerende møde i bestyrelsen." / ...,
        // Tieren's board 823, after "Gensidig præsentation af
        // bestyrelsemedlemmer. Til efterretning".)
        if (rest.empty() && i + 1 < lines.size() && !lines[i + 1].gap_before && tws.size() <= 6 &&
            title_line(s, i) && t.back() != '.' && t.back() != ':' && starts_upper(lines[i + 1].text) &&
            text::words(lines[i + 1].text).size() >= 8 && !label_of(lines[i + 1]) &&
            !is_section_line(lines[i + 1]) && !item_candidate(lines[i + 1], i + 1) &&
            std::none_of(tws.begin(), tws.end(), verb)) {
          ItemHead h;
          h.line = i;
          h.title = t;
          h.body_begin = i + 1;
          told.push_back(std::move(h));
          continue;
        }
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
}

void take_bullets_and_headings(ItemScan& s, const std::vector<ItemHead>& bulleted, std::vector<ItemHead>& headed) {
  Outline& o = s.o;
  if (bulleted.size() >= 2) {
    o.heads.insert(o.heads.end(), bulleted.begin(), bulleted.end());
    std::sort(o.heads.begin(), o.heads.end(), [](const ItemHead& a, const ItemHead& b) { return a.line < b.line; });
  }
  // Headings of a PDF, DOCX or web page (bold or a heading style) with
  // text under them, when nothing else marks the items.
  if (o.heads.empty() && headed.size() >= 2) o.heads = std::move(headed);
}

void read_capital_titles(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
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
      if (t.size() > 120 || !capitals(t) || capitals(lines[i + 1].text) || !title_line(s, i) || names_document(lines, i))
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
}

void read_short_titles_over_outcomes(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
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
      if (text::words(t).size() > 10 || !title_line(s, i) || names_document(lines, i)) continue;
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
}

void read_topic_lines(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
  // Topic lines over paragraphs of prose, as a web page or a secretary's
  // narrative minutes head what the meeting took up ("Følgende blev
  // drøftet:" / "Status på budget" / a paragraph / "Arrangementer" / a
  // paragraph ...): three or more, or two with one naming an item's kind.
  if (o.heads.empty() && agenda.empty()) {
    std::vector<ItemHead> topics;
    int kinds = 0;
    const std::vector<bool>& in_case_text = case_text_of(s);
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
      if (in_case_text[i] || !title_line(s, i) || !topic_over_prose(lines, i) || names_document(lines, i)) continue;
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
}

// "3. Skolens økonomi", "4) Evt.", "20:35 22. Skoleåret": a line that opens
// with a number and a full stop or parenthesis before a capital, a time
// slot before it or not.
bool numbered_head_shaped(std::string_view t) {
  std::size_t i = 0;
  auto digits = [&]() {
    const std::size_t from = i;
    while (i < t.size() && is_digit(t[i])) ++i;
    return i - from;
  };
  // (A time slot first: "20:35 ".)
  if (const std::size_t n = digits(); n >= 1 && n <= 2 && i + 3 < t.size() && (t[i] == ':' || t[i] == '.') &&
                                      is_digit(t[i + 1]) && is_digit(t[i + 2]) && t[i + 3] == ' ') {
    i += 3;
    while (i < t.size() && t[i] == ' ') ++i;
  } else {
    i = 0;
  }
  const std::size_t n = digits();
  if (n == 0 || n > 3 || i + 2 >= t.size() || (t[i] != '.' && t[i] != ')') || t[i + 1] != ' ') return false;
  return starts_upper(trim(t.substr(i + 2)));
}

// A bullet line's topic: its text up to the first sentence's end (a full
// stop before a capital: "Sommerfest – To-do liste. Karen er tovholder."),
// without a full stop closing it ("Dagsorden – bemærkninger.").
std::string bullet_topic_title(std::string_view t) {
  for (auto d = t.find(". "); d != std::string_view::npos; d = t.find(". ", d + 1))
    if (d >= 3 && starts_upper(trim(t.substr(d + 1))) && !is_digit(t[d - 1])) {
      t = t.substr(0, d);
      break;
    }
  t = trim(t);
  if (t.size() > 4 && t.back() == '.') t.remove_suffix(1);
  return std::string(trim(t));
}

// A title with its colon over a paragraph that the minutes' writer wrapped
// as it stood: its first line a sentence's start of six words or more
// that runs on past the line's end ("Indkomne bilag:" / "Bestyrelsen
// gennemgik de seneste indkomne bilag fra bl.a. Fællesforeningen" / "og
// de sidste bilag ..."), or a short sentence closed on the line
// ("Stævneudvalg:" / "Jubilæumsstævne 5. august. Charlotte starter
// uddannelse til september"). Not a label, a section heading, a list of
// names or a numbered line. (Fresh minutes of a homeowners' association,
// a riding club and an allotment-garden association.)
bool paragraph_under_topic(const std::vector<Line>& lines, std::size_t i) {
  const std::string& t = lines[i].text;
  if (t.empty() || t.back() != ':' || i + 1 >= lines.size()) return false;
  const Line& under = lines[i + 1];
  const std::string_view u = trim(under.text);
  // (Or the topic's points numbered from 1 under it: "Nyt fra formanden:"
  // / "1. Skilt til trappen ned mod skoven: Vi får det lavet ...".)
  if (const auto c = item_candidate(under, i + 1); c && c->number == 1 && !c->strong && !under.gap_before &&
                                                   text::words(c->title).size() >= 6)
    return true;
  if (u.empty() || under.gap_before || !starts_upper(u) || text::words(u).size() < 6 || u.back() == ':' ||
      label_of(under) || is_section_line(under) || item_candidate(under, i + 1) || names_listed(u))
    return false;
  return true;
}

void read_colon_titles(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
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
      const bool sentence_under = (t.back() == ':' && starts_upper(under) && text::words(under).size() >= 3 &&
                                   (under.back() == '.' || under.back() == '!' || under.back() == '?')) ||
                                  paragraph_under_topic(lines, i);
      // (A text printed without blank lines, as a PDF with no paragraph
      // spacing gives it: the title with its colon and its sentence under
      // it opens a paragraph where the line before closes its own, with a
      // sentence's end, a bracket or a label's value (up to three words
      // before its colon): "Ref: Mette" /
      // "Formanden:" / "Bo fortæller at ...", Grundejerne's board 325;
      // "... værket kører som det skal." / "Økonomi:" / "Økonomien ...",
      // Varme8350's board 289; "Bestyrelsesmedlem: Bjarne Pedersen" /
      // "Daglig drift:", 289; "Tilstede: Niels, ..." / "Udendørs:",
      // Lyngbo's owners 506.)
      const std::string_view before = i > 0 ? std::string_view(lines[i - 1].text) : std::string_view();
      const std::size_t label_colon = before.find(':');
      const bool closes_before =
          before.empty() || std::string_view(".!?)").find(before.back()) != std::string_view::npos ||
          (label_colon != std::string_view::npos && label_colon + 1 < before.size() &&
           text::words(before.substr(0, label_colon)).size() <= 3);
      // (And so a title with its full stop, four words at most with no
      // verb (below), over a sentence of three words or more or over the
      // next such title, a topic with nothing written under it: "Afbud :
      // AM" / "Godkendelse af seneste referat." / "Referatet blev godkendt
      // uden bemærkninger.", Fjordparken Øst's board 507; "Mødet var åbent,
      // ..." / "Status på Fibernet." / "Hårbølle Havn." / "Der skal være
      // ...", Vestmøn's lokalråd 238.)
      const auto uws = text::words(under);
      const bool dot_under =
          !t.empty() && t.back() == '.' && !lines[i].gap_before && closes_before && starts_upper(under) &&
          ((uws.size() >= 3 && std::string_view(".!?").find(under.back()) != std::string_view::npos) ||
           (uws.size() <= 4 && under.back() == '.' && std::none_of(uws.begin(), uws.end(), verb) &&
            !voc::is_verdict(text::fold(under))));
      const bool apart =
          lines[i].gap_before || (!t.empty() && t.back() == ':' && sentence_under && closes_before) || dot_under;
      if (t.size() < 4 || t.size() > 80 || (t.back() != ':' && t.back() != '.') || !apart ||
          !(lines[i + 1].gap_before || sentence_under || dot_under) || o.listing[i])
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
      // (A header's label is no such sentence: "Afbud : AM" / "Godkendelse
      // af seneste referat.", Fjordparken Øst's board.)
      if (t.back() == '.' && i > 0 && !lines[i - 1].text.empty() && !label_of(lines[i - 1]) &&
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
}

void read_titles_over_prose(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
  // Short titles each over a paragraph of prose, with no numbers, no
  // headings and no kind among them ("Sommerfesten" / "Festen holdes den
  // 24. juni i præstegårdshaven, og Anne står for maden." / "Hjemmesiden"
  // / "..."): three or more, every one a paragraph of its own.
  if (o.heads.empty() && agenda.empty()) {
    std::vector<ItemHead> over_prose;
    const std::vector<bool>& in_case_text = case_text_of(s);
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
      const std::string& t = lines[i].text;
      const std::string& next = lines[i + 1].text;
      const auto tws = text::words(t);
      if (in_case_text[i] || !lines[i].gap_before || tws.size() > 6 || !title_line(s, i) || names_document(lines, i) ||
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


void read_bullet_topics(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  // Informal minutes without numbers mark each topic's line with a bullet
  // (a word processor's "·", a web list's "•") and write the notes under
  // it as ordinary lines ("· Storedam 2024" / "Kaj er tovholder med hjælp
  // fra ..." / "· Eventuelt" / "EM klubsølv i uge 16."): three or more
  // such topics are the items. The bullet marks the head, so its title may
  // hold a date, a verb or a second sentence after its own, which goes
  // ("· Mathias Bruun – To-do liste fastlægges. Bent er tovholder."). A
  // bullet with another bullet under it is a list's entry, no topic.
  // Minutes that number their heads ("3. Skolens økonomi", "20:35 22.
  // Skoleåret"), two or more, have their bullets as points under them, even
  // where those heads were not found. (Fresh minutes of a bridge club and
  // two tennis clubs.)
  if (!o.heads.empty() || !s.agenda.empty()) return;
  if (std::count_if(lines.begin(), lines.end(), [](const Line& l) { return numbered_head_shaped(l.text); }) >= 2) return;
  std::vector<ItemHead> topics;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& l = lines[i];
    const Line& next = lines[i + 1];
    if (!l.bullet || o.listing[i] || next.bullet || next.text.empty() || l.text.size() > 200 || label_of(l) ||
        is_section_line(l) || label_of(next))
      continue;
    std::string title = bullet_topic_title(l.text);
    const auto ws = text::words(title);
    if (ws.empty() || ws.size() > 16 || !title_shaped(title) || title.find(':') != std::string::npos) continue;
    ItemHead h;
    h.line = i;
    h.title = std::move(title);
    h.body_begin = i + 1;
    topics.push_back(std::move(h));
  }
  if (topics.size() >= 3) o.heads = std::move(topics);
}

// The approval of the agenda or of the last minutes as the first item,
// its title run straight out of the attendance list ("Afbud Poul Erik
// Andreasen, Region Nordjylland Morten Lem, Rebild kommune" / "Godkendelse
// af referat fra den 25. februar 2014" / "Referatet af bestyrelsesmødet
// ... blev godkendt", NT's board; "Fraværende: ... Kina Wulffeld," /
// "Godkendelse af dagsorden." / "Dagsorden godkendt", Vallensbæk's Dagpleje
// parents' board as a transcript prints it): when no other pass found a head, the
// line right after the list of those present or absent that opens with
// that standing title heads the first item (the rest of the minutes, run
// on without marks, stays its text). Only right after such a list: in
// prose "godkendelse af referatet" is no title.
void read_first_standing_item(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  if (!o.heads.empty() || !s.agenda.empty()) return;
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    const auto prev = label_of(lines[i - 1]);
    if (!prev || prev->value.empty() ||
        (prev->field != voc::Field::present && prev->field != voc::Field::absent))
      continue;
    const std::string& t = lines[i].text;
    const std::string f = text::fold(t.substr(0, std::min<std::size_t>(t.size(), 40)));
    if (!text::starts_with(f, "godkendelse af dagsorden") &&
        !text::starts_with(f, "godkendelse af referat"))
      continue;
    const auto ws = text::words(t);
    if (o.listing[i] || ws.size() > 12 || t.find(':') != std::string::npos || !title_shaped(t) ||
        std::any_of(ws.begin(), ws.end(), verb) || label_of(lines[i + 1]))
      continue;
    ItemHead h;
    h.line = i;
    h.title = t;
    h.body_begin = i + 1;
    o.heads.push_back(std::move(h));
    return;
  }
}

}  // namespace

bool opens_with_standard_title(std::string_view title) {
  const std::string f = text::fold(title.substr(0, std::min<std::size_t>(title.size(), 60)));
  return std::any_of(k_standard_titles.begin(), k_standard_titles.end(),
                     [&](std::string_view t) { return text::starts_with(f, t); });
}

// Where the rows of a flattened table start: after its head row, a run of
// two lines or more each a column's name (voc::table_column), one of them
// the item's ("Punkter" / "Formål" / "Referat"); lines.size() when there is
// no such run.
std::size_t table_rows_begin(const std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::size_t j = i;
    bool item = false;
    while (j < lines.size() && lines[j].cells.empty()) {
      const voc::TableColumn c = voc::table_column(text::fold(lines[j].text));
      if (c == voc::TableColumn::none) break;
      item = item || c == voc::TableColumn::item;
      ++j;
    }
    if (j - i >= 2 && item) return j;
  }
  return lines.size();
}

// An agenda table flattened one cell a line under its head row ("Punkter" /
// "Formål" / "Referat"): each row's title, its purpose ("orientering",
// "beslutning", "diskussion og beslutning"; a time slot may stand between:
// "17.30-17.35" / "Beslut") and its outcome. A line right before a
// purpose cell is a row's title; the closing item ("Eventuelt") may come
// without a purpose. Three rows or more make the items (Trøjborg
// Beboerhus' board 531; Hadsten Skole's board 385 numbers its rows "Pkt. 1").
void read_table_rows(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  const std::size_t from = table_rows_begin(lines);
  std::vector<ItemHead> rows;
  for (std::size_t k = from + 1; k < lines.size(); ++k) {
    if (!voc::is_row_purpose(text::fold(lines[k].text))) continue;
    std::size_t t = k - 1;
    if (t > from && time_slot_length(lines[t].text) == lines[t].text.size()) --t;
    const std::string& title = lines[t].text;
    if (t < from || voc::is_row_purpose(text::fold(title)) || text::words(title).size() > 15 ||
        (!rows.empty() && rows.back().line >= t))
      continue;
    ItemHead h;
    h.line = t;
    h.title = title;
    h.body_begin = t + 1;
    rows.push_back(std::move(h));
  }
  if (rows.size() < 3) return;
  for (std::size_t k = rows.back().line + 1; k < lines.size(); ++k) {
    const std::string f = text::fold(lines[k].text);
    if (!voc::is_closing_item_name(f) && f != "eventuel") continue;
    ItemHead h;
    h.line = k;
    h.title = lines[k].text;
    h.body_begin = k + 1;
    rows.push_back(std::move(h));
    break;
  }
  s.o.heads = std::move(rows);
}

// Unnumbered items, when no numbered head was found: lines that name an
// agenda entry, or title-shaped lines followed by a section heading
// ("Sagsfremstilling", "Beslutning"). An agenda whose numbers became bullets
// ("- Høringer", a few lines of text, "Beslutning") counts when two or more
// of its entries are found so.
void read_unnumbered_items(ItemScan& s) {
  if (!s.o.heads.empty()) return;
  read_table_rows(s);
  if (!s.o.heads.empty()) return;
  read_plain_agenda(s);
  std::vector<ItemHead> bulleted, headed;
  read_titles_over_sections(s, bulleted, headed);
  read_titles_with_verdicts(s, bulleted);
  take_bullets_and_headings(s, bulleted, headed);
  read_capital_titles(s);
  read_short_titles_over_outcomes(s);
  read_topic_lines(s);
  read_colon_titles(s);
  read_titles_over_prose(s);
  read_bullet_topics(s);
  read_first_standing_item(s);
}

// Standard titles and topics written as labels, where the items are
// unnumbered or not found.
void read_label_items(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
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
    // The same topics in a transcript's run-on lines, four or more.
    if (o.heads.empty()) {
      auto run_on = run_on_topic_label_heads(lines, o.listing);
      if (run_on.size() >= 4) o.heads = std::move(run_on);
    }
  }
}

}  // namespace corpus::recog

namespace corpus::recog {
namespace {

// "Dagsorden", "Dagsorden:", "Dagsorden ifølge vedtægterne", "Dagsorden
// ifølge foreningens vedtægter": the line an association's agenda stands
// under (folded `f`).
bool agenda_list_label(std::string_view f) {
  if (!f.empty() && f.back() == ':') f.remove_suffix(1);
  f = trim(f);
  return f == "dagsorden" ||
         (text::starts_with(f, "dagsorden ifølge ") && f.find("vedtægt") != std::string_view::npos && f.size() < 60);
}

// "a. Valg af dirigent", "b) Beretning": the entry lettered `letter` (a
// small ASCII letter), its title after the letter; nullopt otherwise.
std::optional<std::string_view> lettered_entry(std::string_view t, char letter) {
  if (t.size() < 4 || (t[0] != letter && t[0] != letter - 'a' + 'A') || (t[1] != '.' && t[1] != ')') || t[2] != ' ')
    return std::nullopt;
  return trim(t.substr(3));
}

// "Ad. a", "Ad a", "Ad. b:": the head of the minutes of the agenda's
// entry lettered `letter`.
bool answers_letter(std::string_view t, char letter) {
  const std::string f = text::fold(t);
  std::string_view r = f;
  if (!text::starts_with(r, "ad")) return false;
  r.remove_prefix(2);
  if (!r.empty() && r.front() == '.') r.remove_prefix(1);
  r = trim(r);
  return !r.empty() && r.front() == letter && (r.size() == 1 || r[1] == ' ' || r[1] == ':' || r[1] == '.');
}

// The title `title` opens line `t` as its head: "1 Valg af dirigent" (a
// number before it kept or lost), "Valg af dirigent".
bool heads_with_title(std::string_view t, std::string_view title) {
  std::size_t at = 0;
  while (at < t.size() && is_digit(t[at])) ++at;
  if (at > 0 && at < t.size() && (t[at] == '.' || t[at] == ')')) ++at;
  const std::string rest = text::fold(trim(t.substr(at)));
  const std::string f = text::fold(title);
  return f.size() >= 5 && text::starts_with(rest, f);
}

}  // namespace

// No heads found, and an agenda listed under "Dagsorden ifølge vedtægterne"
// / "Dagsorden:" near the top, three entries or more, lettered in order
// ("a. Valg af dirigent" / "b. Beretning ..." / ..., an antenna guild's
// general assembly, case 575) or unmarked title lines of one paragraph
// (" Valg af dirigent" / " Bestyrelsens beretning" / ..., Hjerteforeningen
// København S's general assembly, case 487): the entries are the items.
// Each takes the first head after the agenda that answers it, in order
// ("Ad. a" for the lettered entry a; a line opening with its title, "1
// Valg af dirigent"); an entry none answers is listed only. When none is
// answered, the text after the agenda is the minutes, kept with the first
// item.
void read_agenda_of_blob(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  constexpr std::size_t k_top = 60, k_max_words = 14;
  for (std::size_t i = 0; i + 3 < lines.size() && i < k_top; ++i) {
    if (!agenda_list_label(text::fold(lines[i].text))) continue;
    std::vector<std::pair<std::size_t, std::string>> entries;  // line, title
    bool lettered = false;
    std::size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      const std::string_view t = lines[j].text;
      if (lettered && !t.empty() && t.front() == '(') continue;  // "( på valg er ... )" under an entry
      std::string_view title = t;
      if (const auto l = lettered_entry(t, static_cast<char>('a' + entries.size())); l && (entries.empty() || lettered)) {
        lettered = true;
        title = *l;
      } else if (lettered || lines[j].gap_before || label_of(lines[j])) {
        break;
      }
      if (title.empty() || !text::starts_capital(title) || text::words(title).size() > k_max_words) break;
      std::string clean(title);
      if (clean.size() > 1 && clean.back() == '.') clean.pop_back();
      entries.emplace_back(j, std::move(clean));
    }
    if (entries.size() < 3) continue;
    std::vector<ItemHead> heads;
    std::size_t from = j;  // where the next answer is looked for
    bool answered = false;
    for (std::size_t e = 0; e < entries.size(); ++e) {
      ItemHead h;
      h.title = entries[e].second;
      h.line = entries[e].first;
      h.body_begin = entries[e].first;
      h.listed_only = true;
      for (std::size_t k = from; k < lines.size(); ++k) {
        const bool answers = lettered ? answers_letter(lines[k].text, static_cast<char>('a' + e))
                                      : heads_with_title(lines[k].text, h.title);
        if (!answers) continue;
        h.line = k;
        h.body_begin = k + 1;
        h.listed_only = false;
        from = k + 1;
        answered = true;
        break;
      }
      heads.push_back(std::move(h));
    }
    for (std::size_t k = i + 1; k < j; ++k) s.o.listing[k] = true;
    if (!answered) s.o.minutes_from = j;
    s.o.heads = std::move(heads);
    return;
  }
}

}  // namespace corpus::recog
