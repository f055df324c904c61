#include "corpus/parser.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "corpus/participants.h"
#include "corpus/text.h"
#include "corpus/vocabulary.h"
#include "formats/text.h"

namespace corpus {
namespace {

namespace voc = vocabulary;
using text::read_number;
using text::trim;
using voc::Field;

bool is_digit(char c) { return c >= '0' && c <= '9'; }


bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A capital letter (ICU) or an opening quotation mark: how a title starts.
bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] == '"' || s[0] == '\'') return true;
  return text::starts_capital(s) || text::starts_with(s, "«") || text::starts_with(s, "„") ||
         text::starts_with(s, "“");
}

struct Labelled {
  Field field;
  std::string value;  // may be empty: the value follows on the next lines
  bool had_colon = false;
};

// One line of the document with the cues of the block it came from.
struct Line {
  std::string text;  // trimmed; a table row's cells joined by '\t'
  std::vector<std::string> cells;
  bool heading = false;  // a heading block, or a line wholly in bold
  int page = 0;
  // label_of() of this line, once computed (the recogniser asks often).
  mutable std::optional<std::optional<Labelled>> label;
};

// A line without the site furniture glued to it and without a bullet;
// empty when the whole line is furniture.
std::string clean_line(std::string_view raw) {
  std::string_view t = trim(raw);
  // "Indholdsfortegnelse1. Fraværende" is handled as furniture below;
  // "Eventuelt1. Orientering" (a heading glued to the line before) by
  // split_glued_items().
  for (std::string_view bullet : {"•", "·", "▪", "◦", "", "■", "●"})
    if (text::starts_with(t, bullet)) t = trim(t.substr(bullet.size()));
  if (const auto n = voc::furniture_prefix(text::fold(t.substr(0, std::min<std::size_t>(t.size(), 40)))); n > 0)
    t = trim(t.substr(n));
  // Furniture is short: long lines are content.
  if (t.empty() || (t.size() < 400 && voc::is_boilerplate(text::fold(t)))) return {};
  return std::string(t);
}

// Header labels written inline in a long line (PDF transcripts run a whole
// page into one line: "... Fraværende: Ingen. Mødedeltagere: Arne Ebsen,
// ..."): the line is split before each "Label:" the vocabulary knows.
std::vector<std::string> split_run_on(std::string line) {
  std::vector<std::string> out;
  if (line.empty()) return out;
  if (line.size() < 200) {
    out.push_back(std::move(line));
    return out;
  }
  // "1 Referat Handicaprådet Mødedato: ...": a PDF transcript's page
  // number before its page's text.
  {
    std::size_t i = 0;
    if (read_number(line, i, 3) > 0 && i < line.size() && line[i] == ' ' && starts_upper(std::string_view(line).substr(i + 1)))
      line.erase(0, i + 1);
  }
  std::size_t start = 0;
  // Bare attendance and header labels a PDF table ran into the line
  // ("... Fraværende Ingen Stedfortræder Medlemmer Anders Broholm (V) ...").
  std::vector<std::size_t> bare_cuts;
  for (std::string_view label : {"Medlemmer ", "Fraværende ", "Afbud ", "Mødedeltagere ", "Deltagere ",
                                 "Til stede ", "Stedfortræder ", "Dato ", "Tid ", "Sted ", "Referent "}) {
    for (auto at = line.find(label); at != std::string::npos; at = line.find(label, at + 1)) {
      if (at > 0 && line[at - 1] != ' ') continue;
      if (at + label.size() < line.size() && (starts_upper(std::string_view(line).substr(at + label.size())) ||
                                              is_digit(line[at + label.size()])))
        bare_cuts.push_back(at);
    }
  }
  std::sort(bare_cuts.begin(), bare_cuts.end());
  for (std::size_t cut : bare_cuts) {
    if (cut > start) out.emplace_back(trim(std::string_view(line).substr(start, cut - start)));
    start = cut;
  }
  if (!bare_cuts.empty()) {
    out.emplace_back(trim(std::string_view(line).substr(start)));
    line = out.back();
    out.pop_back();
    start = 0;
  }
  for (std::size_t colon = line.find(':'); colon != std::string::npos; colon = line.find(':', colon + 1)) {
    // The label: up to four words before the colon, starting with a capital.
    std::size_t b = colon;
    int words = 0;
    std::size_t best = std::string::npos;
    while (b > start && words < 4) {
      std::size_t sp = line.rfind(' ', b - 1);
      const std::size_t w = sp == std::string::npos || sp < start ? start : sp + 1;
      ++words;
      const std::string label = text::fold(std::string_view(line).substr(w, colon - w));
      if (voc::header_field(label) && starts_upper(std::string_view(line).substr(w))) {
        best = w;
        break;  // the shortest label before the colon
      }
      if (w == start) break;
      b = w - 1;
    }
    if (best != std::string::npos && best > start) {
      out.emplace_back(trim(std::string_view(line).substr(start, best - start)));
      start = best;
    }
  }
  out.emplace_back(trim(std::string_view(line).substr(start)));
  out.erase(std::remove_if(out.begin(), out.end(), [](const std::string& s) { return s.empty(); }), out.end());
  // Items run into one line as well: "... 1. Godkendelse af dagsorden.
  // Godkendt. 2. Godkendelse af referat ...". Split before each number of
  // the sequence 1, 2, 3 ... that starts a capitalised title, and after the
  // title's first sentence.
  std::vector<std::string> items;
  for (auto& piece : out) {
    if (piece.size() < 300) {
      items.push_back(std::move(piece));
      continue;
    }
    std::vector<std::size_t> cuts;
    int expected = 1;
    for (std::size_t i = 0; i + 3 < piece.size(); ++i) {
      if (!is_digit(piece[i]) || (i > 0 && piece[i - 1] != ' ')) continue;
      std::size_t j = i;
      const int n = read_number(piece, j, 3);
      if (n != expected || j + 2 >= piece.size()) continue;
      if (piece[j] == '.' || piece[j] == ')' || piece[j] == ':') ++j;
      if (piece[j] != ' ' || !starts_upper(std::string_view(piece).substr(j + 1))) continue;
      // "Punkt 3 Title": the cut goes before the lead word.
      std::size_t cut = i;
      for (std::string_view w : {"Punkt ", "Pkt. ", "Ad ", "Sag "})
        if (cut >= w.size() && std::string_view(piece).substr(cut - w.size(), w.size()) == w) cut -= w.size();
      cuts.push_back(cut);
      ++expected;
    }
    if (cuts.size() < 2) {
      items.push_back(std::move(piece));
      continue;
    }
    cuts.push_back(piece.size());
    if (cuts.front() > 0) items.emplace_back(trim(std::string_view(piece).substr(0, cuts.front())));
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
      const std::string_view seg = trim(std::string_view(piece).substr(cuts[k], cuts[k + 1] - cuts[k]));
      // The title ends at its first full stop after a word (not after the
      // item's own number, a number or an abbreviation such as "vedr.").
      std::size_t stop = std::string_view::npos;
      for (std::size_t d = seg.find(". "); d != std::string_view::npos; d = seg.find(". ", d + 1)) {
        const auto ws = text::words(seg.substr(0, d));
        if (ws.size() < 2 || is_digit(seg[d - 1])) continue;
        const std::string last = text::fold(ws.back());
        if (last.size() < 4 || last == "vedr" || last == "bl.a" || last == "jf" || last == "ang") continue;
        stop = d;
        break;
      }
      if (stop != std::string_view::npos && stop < 200) {
        items.emplace_back(seg.substr(0, stop));
        items.emplace_back(trim(seg.substr(stop + 1)));
      } else {
        items.emplace_back(seg);
      }
    }
  }
  return items;
}

// A numbered heading glued to the end of the line before it
// ("10. Eventuelt1. Orientering og rundvisning", "Sagsfremstilling2.
// Budget"): split before the number.
std::vector<std::string> split_glued_items(std::string line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 1; i + 3 < line.size(); ++i) {
    if (!is_digit(line[i]) || is_digit(line[i - 1])) continue;
    const char before = line[i - 1];
    if (!(before >= 'a' && before <= 'z')) continue;
    std::size_t j = i;
    if (read_number(line, j, 2) < 1 || j + 2 >= line.size() || line[j] != '.' || line[j + 1] != ' ') continue;
    if (!starts_upper(std::string_view(line).substr(j + 2))) continue;
    out.emplace_back(line.substr(start, i - start));
    start = i;
  }
  out.emplace_back(line.substr(start));
  return out;
}

std::vector<Line> lines_of(const formats::Document& doc) {
  std::vector<Line> out;
  for (const auto& b : doc.blocks) {
    const bool heading = b.kind == formats::BlockKind::heading || b.bold;
    if (b.kind == formats::BlockKind::table_row) {
      Line l;
      for (const auto& c : b.cells) l.cells.emplace_back(trim(c));
      while (!l.cells.empty() && l.cells.back().empty()) l.cells.pop_back();
      for (const auto& c : l.cells) {
        if (!l.text.empty()) l.text += '\t';
        l.text += c;
      }
      // A row of one cell is a line like any other.
      if (l.cells.size() <= 1) l.cells.clear();
      std::replace(l.text.begin(), l.text.end(), '\n', ' ');
      l.heading = heading;
      l.page = b.page;
      if (!trim(l.text).empty()) out.push_back(std::move(l));
      continue;
    }
    for (auto raw : text::lines(b.text)) {
      for (auto& glued : split_glued_items(clean_line(raw))) {
        for (auto& piece : split_run_on(std::move(glued))) {
          Line l;
          l.text = std::move(piece);
          l.heading = heading;
          l.page = b.page;
          out.push_back(std::move(l));
        }
      }
    }
  }
  return out;
}



// Time ranges and durations at the end of item titles: "(9.05 - 9.55)",
// "(9.00 – 9.05)", "- 40 min", "– 5 min.", and an empty "( )".
std::string clean_title(std::string_view title) {
  std::string t(trim(title));
  for (bool changed = true; changed;) {
    changed = false;
    if (!t.empty() && t.back() == ')') {
      const auto open = t.rfind('(');
      if (open != std::string::npos) {
        const std::string inner(trim(std::string_view(t).substr(open + 1, t.size() - open - 2)));
        const bool times = inner.empty() ||
                           (is_digit(inner.front()) &&
                            std::all_of(inner.begin(), inner.end(), [](char c) {
                              return is_digit(c) || c == '.' || c == ':' || c == ' ' || c == '-' ||
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

// ---------------------------------------------------------------- labels


std::optional<Labelled> read_label(const Line& line);

// The header label `line` starts with, if any (cached on the line).
std::optional<Labelled> label_of(const Line& line) {
  if (!line.label) line.label = read_label(line);
  return *line.label;
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
  const std::string_view t = line.text;
  // "Label: value" and "Label:".
  if (const auto colon = t.find(':'); colon != std::string_view::npos && colon <= 40) {
    const std::string label = clean_label(t.substr(0, colon));
    const std::string_view value = trim(t.substr(colon + 1));
    if (auto f = voc::header_field(label)) return Labelled{*f, std::string(value), true};
    // "Referat: MHM" names the minute taker; "Referat" alone is a title.
    if (label == "referat" && !value.empty() && text::words(value).size() <= 5)
      return Labelled{Field::minute_taker, std::string(value), true};
  }
  // A label alone on its line ("Afbud", "Til stede").
  if (t.size() <= 40) {
    if (auto f = voc::header_field(clean_label(t))) return Labelled{*f, {}, false};
  }
  // "Mødedato Torsdag d. 08. februar 2024 kl. 14:00", "Mødedeltagere Anders
  // Korsbæk Jensen, Birgith B. Langballe", "Udvalg Ældre- og
  // Aktivitetsudvalget": a label without colon, taken when its value reads
  // as that field's value.
  const std::string folded = text::fold(t.substr(0, std::min<std::size_t>(t.size(), 40)));
  for (std::size_t sp = folded.find(' '); sp != std::string::npos && sp <= 30; sp = folded.find(' ', sp + 1)) {
    const auto f = voc::header_field(folded.substr(0, sp));
    if (!f) continue;
    const std::string_view value = trim(t.substr(sp));
    bool ok = false;
    switch (*f) {
      case Field::date: ok = find_date(value).has_value(); break;
      case Field::time: ok = find_time(value, true).has_value(); break;
      case Field::place: ok = !value.empty() && t.size() <= 120 && sp >= 5; break;  // not "Sted" mid-prose
      case Field::body: ok = starts_upper(value) && text::words(value).size() <= 10; break;
      case Field::present:
      case Field::absent:
      case Field::guests: {
        const auto entries = read_person_entries(value);
        ok = text::fold(value) == "ingen" ||
             (!entries.empty() && text::starts_with(value, entries.front().name.substr(0, 3)) &&
              (entries.size() >= 2 || text::words(value).size() <= 6));
        break;
      }
      default: break;
    }
    if (ok) return Labelled{*f, std::string(value), false};
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- items

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
  // How the number is written: the lead word and the separator ("punkt:",
  // "pkt.", "."): the items of one document share one form.
  std::string style;
};

// Lead words of a strong item number, folded.
constexpr std::array<std::string_view, 12> k_item_words = {
    "ad pkt.", "ad pkt", "ad punkt", "punkt", "pkt.", "pkt", "sag nr.", "sag", "dagsordenspunkt",
    "ad", "dagsordenpunkt", "item"};

std::optional<Candidate> item_candidate(const Line& line, std::size_t index) {
  std::string_view t = line.text;
  if (t.size() > 300) return std::nullopt;
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
  const int n = read_number(t, i, c.strong ? 4 : 3);
  if (n < 0) return std::nullopt;
  c.number = n;
  std::string_view rest = t.substr(i);
  // "3.1 Title": a sub-item, not an item.
  if (rest.size() >= 2 && rest[0] == '.' && is_digit(rest[1])) return std::nullopt;
  bool separator = false;
  if (!rest.empty() && (rest[0] == '.' || rest[0] == ')' || rest[0] == ':')) {
    c.style += rest[0];
    rest.remove_prefix(1);
    separator = true;
  }
  if (!rest.empty() && rest[0] != ' ' && rest[0] != '\t' && !separator && !c.strong) {
    // "38Godkendelse": a number glued to its title.
    if (!starts_upper(rest) || is_digit(rest[0])) return std::nullopt;
  }
  rest = trim(rest);
  for (std::string_view dash : {"- ", "– ", ": "})
    if (text::starts_with(rest, dash)) rest = trim(rest.substr(dash.size()));
  if (rest.empty()) {
    c.title_next = true;
    return c;
  }
  // "3 Title" without separator: as a heading or a table row, or in a list of
  // such lines (checked by the caller).
  c.bare = !separator && !c.strong && !line.heading && line.cells.empty();
  // "1 (Åben) Godkendelse af dagsorden": the item's openness is no title.
  for (std::string_view open : {"(Åben)", "(åben)", "(Lukket)", "(lukket)", "Åben sag", "Lukket sag"})
    if (text::starts_with(rest, open)) rest = trim(rest.substr(open.size()));
  c.title = std::string(rest);
  std::replace(c.title.begin(), c.title.end(), '\t', ' ');
  return c;
}

// True when `title` reads as an item title rather than a sentence or a
// list entry: short, starting with a capital, no sentence end.
bool title_shaped(std::string_view title) {
  title = trim(title);
  if (title.empty() || title.size() > 200) return false;
  if (!starts_upper(title)) return false;
  const auto ws = text::words(title);
  if (ws.size() > 30) return false;
  const char last = title.back();
  if (last == ',' || last == ';') return false;
  if (last == '.' && ws.size() > 9) return false;
  // "8. februar 2024", "1. møde 2022": a date or a count, not a title (the
  // capital test above already rejects the lower-case words).
  return true;
}

// A table-of-contents entry: "Deltagere.....\t3", "Eventuelt ........ 27".
std::optional<std::string> toc_entry(const Line& line) {
  const std::string_view t = line.text;
  const auto dots = t.find("....");
  if (dots == std::string_view::npos || dots == 0) return std::nullopt;
  std::string_view title = trim(t.substr(0, dots));
  // "1. Title....." keeps its number out of the title.
  std::size_t i = 0;
  if (read_number(title, i, 3) >= 0 && i < title.size() && (title[i] == '.' || title[i] == ' '))
    title = trim(title.substr(i + 1));
  return std::string(title);
}

std::string key_of(std::string_view title) {
  std::string k = text::fold(clean_title(split_presenter(title).first));
  while (!k.empty() && (k.back() == '.' || k.back() == ':' || k.back() == ' ')) k.pop_back();
  return k;
}

// Two titles of one item: equal, or one the start of the other ("Eventuelt"
// and "Eventuelt (10.55 - 11.00)"), compared without case and punctuation.
bool same_title(std::string_view a, std::string_view b) {
  const std::string ka = key_of(a), kb = key_of(b);
  if (ka.empty() || kb.empty()) return false;
  if (ka == kb) return true;
  const auto& shorter = ka.size() < kb.size() ? ka : kb;
  const auto& longer = ka.size() < kb.size() ? kb : ka;
  return shorter.size() >= 12 && text::starts_with(longer, shorter);
}

// Item heads in document order.
struct ItemHead {
  std::size_t line = 0;
  std::optional<int> number;
  std::string title;
  std::size_t body_begin = 0;  // first line of the item's body
};

struct Outline {
  std::vector<ItemHead> heads;
  std::vector<bool> listing;  // lines that belong to a table of contents or agenda list
};

bool is_section_line(const Line& l);

Outline find_items(const std::vector<Line>& lines) {
  Outline o;
  o.listing.assign(lines.size(), false);
  // The table of contents: its titles are the agenda, its lines never items.
  std::vector<std::string> agenda;
  std::map<int, std::string> agenda_by_number;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (auto e = toc_entry(lines[i])) {
      agenda.push_back(*e);
      o.listing[i] = true;
    }
  }
  std::vector<Candidate> cands;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (o.listing[i]) continue;
    auto c = item_candidate(lines[i], i);
    if (!c) continue;
    if (c->title_next) {
      // "Title" / "Sag nr. 24": a case number under its title (Rødovre).
      if (text::starts_with(c->style, "sag") && i > 0 && !o.listing[i - 1] && title_shaped(lines[i - 1].text) &&
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
      if (i + 1 < lines.size() && title_shaped(lines[i + 1].text) && !label_of(lines[i + 1]) &&
          !item_candidate(lines[i + 1], i + 1))
        c->title = lines[i + 1].text;
    }
    cands.push_back(std::move(*c));
  }
  // Bare "3 Title" lines count only in a list of them ("1 Godkendelse af
  // dagsorden 4" / "2 Forslag til ... 5": a table of contents), where the
  // page number at the end is dropped.
  for (std::size_t k = 0; k < cands.size(); ++k) {
    if (!cands[k].bare) continue;
    const bool listed = (k > 0 && cands[k - 1].bare && cands[k - 1].line + 1 == cands[k].line) ||
                        (k + 1 < cands.size() && cands[k + 1].bare && cands[k + 1].line == cands[k].line + 1);
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
  std::string item_style;
  if (strong_count >= 2) {
    std::map<std::string, int> styles;
    for (const auto& c : cands)
      if (c.strong && title_shaped(c.title) && !c.table_row) ++styles[c.style];
    int best = 0;
    for (const auto& [style, n] : styles)
      if (n > best) best = n, item_style = style;
  }
  // An agenda list: a run of numbered lines one after another whose titles
  // come back later as item headings. The run is the list, not the items.
  for (std::size_t a = 0; a < cands.size();) {
    std::size_t b = a + 1;
    while (b < cands.size() && cands[b].line == cands[b - 1].line + 1 + (cands[b - 1].title_next ? 1 : 0) &&
           cands[b].number == cands[b - 1].number + 1)
      ++b;
    if (b - a >= 2) {
      std::size_t back = 0;
      for (std::size_t k = a; k < b; ++k) {
        for (std::size_t l = b; l < cands.size(); ++l) {
          if (cands[l].number == cands[k].number && !cands[l].table_row &&
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
        first_back = cands[l].number == cands[a].number && !cands[l].table_row &&
                     (strong_count < 2 || cands[l].strong) &&
                     (cands[l].number_only || same_title(cands[l].title, cands[a].title));
      if (back * 2 >= b - a || first_back) {
        for (std::size_t k = a; k < b; ++k) {
          agenda.push_back(cands[k].title);
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
    } else if (c.title.empty()) {
      c.dropped = true;  // neither a title nor an agenda entry: no item
    }
  }
  auto in_agenda = [&](std::string_view title) {
    return std::any_of(agenda.begin(), agenda.end(), [&](const std::string& e) { return same_title(e, title); });
  };
  std::optional<int> expected;
  std::map<std::size_t, int> rejected_lines;  // line -> its number
  for (std::size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    auto reject = [&] { rejected_lines[c.line] = c.number; };
    if (c.dropped) {
      reject();
      continue;
    }
    if (strong_count >= 2 && (!c.strong || c.style != item_style)) {
      reject();
      continue;
    }
    if (!title_shaped(c.title)) {
      reject();
      continue;
    }
    const bool agenda_match = in_agenda(c.title);
    if (!c.strong && !agenda.empty() && !agenda_match) {
      reject();
      continue;
    }
    if (!c.strong && c.line > 0) {
      // A numbered line right after another numbered line that is no item,
      // or after a line that opens a list ("Det indstilles, at
      // Direktørforum:"), is a list entry.
      const std::string& prev = lines[c.line - 1].text;
      const auto before = rejected_lines.find(c.line - 1);
      if ((before != rejected_lines.end() && before->second == c.number - 1) ||
          (!prev.empty() && prev.back() == ':' && !agenda_match)) {
        reject();
        continue;
      }
    }
    bool accept = false;
    if (!expected) {
      const bool next_follows = std::any_of(cands.begin() + static_cast<std::ptrdiff_t>(k) + 1, cands.end(),
                                            [&](const Candidate& d) { return d.number == c.number + 1; });
      bool section_follows = false;
      for (std::size_t j = c.line + 1; j < lines.size() && j <= c.line + 3 && !section_follows; ++j)
        section_follows = is_section_line(lines[j]);
      // A title that names an item's kind ("Godkendelse af dagsorden",
      // "Orientering om ...", "Eventuelt") is an item's title.
      const bool kind_title = voc::item_kind(text::fold(c.title)).has_value();
      accept = c.strong || c.number <= 1 || lines[c.line].heading || agenda_match || next_follows ||
               section_follows || kind_title;
    } else if (c.number == *expected) {
      accept = true;
    } else if (c.number > *expected && c.number <= *expected + 5 && (c.strong || agenda_match)) {
      accept = true;  // items left out (closed items) between two heads
    } else if (c.number == *expected - 1 && !o.heads.empty() && same_title(o.heads.back().title, c.title)) {
      // A title printed twice (web exports): the first one counts.
      o.listing[c.line] = true;
      continue;
    }
    if (!accept) {
      reject();
      continue;
    }
    ItemHead h;
    h.line = c.line;
    h.number = c.number;
    h.title = c.title;
    h.body_begin = c.body_begin ? c.body_begin : c.line + (c.title_next ? 2 : 1);
    o.heads.push_back(std::move(h));
    expected = c.number + 1;
  }
  // Unnumbered items: lines that name an agenda entry, or title-shaped lines
  // followed by a section heading ("Sagsfremstilling", "Beslutning").
  if (o.heads.empty()) {
    for (std::size_t i = 1; i < lines.size(); ++i) {
      if (o.listing[i] || is_section_line(lines[i]) || label_of(lines[i]) || item_candidate(lines[i], i)) continue;
      const std::string& t = lines[i].text;
      if (!title_shaped(t) || text::words(t).size() > 16 || t.back() == '.' || t.back() == ':') continue;
      // Case numbers, dates and addresses are no titles ("Sagsid.: 20/49335",
      // "Onsdag den 11. august 2021", "Nicolaiplads 6 - Festsalen").
      if (t.find(':') != std::string::npos || find_date(t) ||
          std::any_of(t.begin(), t.end(), [](char ch) { return is_digit(ch); }))
        continue;
      bool before_section = false;
      for (std::size_t j = i + 1; j < lines.size() && j <= i + 2; ++j) {
        if (is_section_line(lines[j])) {
          before_section = true;
          break;
        }
        if (!same_title(lines[j].text, t)) break;
      }
      if ((!agenda.empty() && in_agenda(t)) || (agenda.empty() && before_section)) {
        ItemHead h;
        h.line = i;
        h.title = t;
        h.body_begin = i + 1;
        o.heads.push_back(std::move(h));
      }
    }
  }
  // A title printed twice right under its head counts once.
  for (auto& h : o.heads) {
    if (h.body_begin < lines.size() && same_title(lines[h.body_begin].text, h.title) &&
        !is_section_line(lines[h.body_begin]))
      ++h.body_begin;
  }
  return o;
}

// ---------------------------------------------------------------- sections

struct SectionHead {
  std::string kind;
  std::string heading;  // as written
  std::string text;     // text on the heading's own line ("Beslutning: Godkendt")
};

std::optional<SectionHead> section_head(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 160) return std::nullopt;
  auto kind_of = [](std::string_view h) {
    h = trim(h);
    while (!h.empty() && (h.back() == ':' || h.back() == '.')) h.remove_suffix(1);
    return voc::section_kind(text::fold(h));
  };
  if (auto k = kind_of(line)) {
    // A heading line ends with its heading, or with a colon.
    if (line.size() <= 100) return SectionHead{*k, std::string(line), {}};
  }
  // "Beslutning: Godkendt." — the heading and its text on one line.
  if (const auto colon = line.find(": "); colon != std::string_view::npos && colon <= 100) {
    if (auto k = kind_of(line.substr(0, colon + 1)))
      return SectionHead{*k, std::string(line.substr(0, colon + 1)), std::string(trim(line.substr(colon + 1)))};
  }
  return std::nullopt;
}

bool is_section_line(const Line& l) { return section_head(l.text).has_value(); }

// Splits an item's body lines into sections.
class ItemBuilder {
 public:
  explicit ItemBuilder(Item& item) : item_(item) {}

  void add_line(std::string_view line) {
    line = trim(line);
    if (line.empty()) return;
    if (auto head = section_head(line)) {
      // "Baggrund" inside Sagsfremstilling is a sub-heading, not a section.
      if (!(head->kind == "baggrund" && current_kind() == "sagsfremstilling")) {
        item_.sections.push_back({head->kind, head->heading, head->text});
        return;
      }
    }
    if (current_kind() != "indstilling" && starts_recommendation(line))
      item_.sections.push_back({"indstilling", std::nullopt, {}});
    if (item_.sections.empty()) item_.sections.push_back({"tekst", std::nullopt, {}});
    std::string& t = item_.sections.back().text;
    if (!t.empty()) t += '\n';
    t.append(line);
  }

 private:
  // "Det indstilles, at ...", "Direktionen indstiller, at ...".
  static bool starts_recommendation(std::string_view line) {
    if (text::starts_with(line, "Det indstilles")) return true;
    const auto ws = text::words(line.substr(0, std::min<std::size_t>(line.size(), 60)));
    return ws.size() >= 3 && starts_upper(ws[0]) && (ws[1] == "indstiller," || ws[1] == "indstiller") &&
           (ws[2] == "at" || ws[2] == "at:" || ws[1] == "indstiller,");
  }
  std::string current_kind() const {
    return item_.sections.empty() ? std::string() : item_.sections.back().kind;
  }
  Item& item_;
};

// ---------------------------------------------------------------- header

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

// "Politisk" -> "Politisk niveau"; first letter upper-cased otherwise.
std::string normalise_forum(std::string_view forum) {
  std::string f(trim(forum));
  while (!f.empty() && (f.back() == '-' || f.back() == ' ' || f.back() == ',')) f.pop_back();
  while (!f.empty() && (f.front() == '-' || f.front() == ' ')) f.erase(0, 1);
  if (ends_with(f, " –")) f = std::string(trim(std::string_view(f).substr(0, f.size() - 4)));
  if (text::starts_with(f, "– ")) f = std::string(trim(std::string_view(f).substr(4)));
  if (text::fold(f) == "politisk") return "Politisk niveau";
  if (!f.empty() && f[0] >= 'a' && f[0] <= 'z') f[0] = static_cast<char>(f[0] - 'a' + 'A');
  return f;
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

// Reads cluster and forum from a body such as "Direktørforum Sundhedsklynge
// Midt", "Sundhedsklynge Fyn - Fagligt strategisk niveau", "Klyngestyregruppe
// Midt", "Sundhedsklynge Herlev og Gentofte".
void read_cluster_and_forum(std::string_view body, Meeting& m) {
  const auto words = text::words(body);
  auto offset = [&](std::string_view w) { return static_cast<std::size_t>(w.data() - body.data()); };
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string f = text::fold(words[i]);
    if (f != "sundhedsklynge" && f != "sundhedsklyngen" && f != "klynge") continue;
    std::size_t end = i + 1;
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
    if (end == i + 1) continue;
    std::string cluster(body.substr(offset(words[i + 1]), offset(words[end - 1]) + words[end - 1].size() - offset(words[i + 1])));
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
  }
}

// The body named by a title: "REFERAT Direktørforum Sundhedsklynge Midt d.
// 08-02-2024" -> "Direktørforum Sundhedsklynge Midt"; "Referat af mødet i
// Praksisplanudvalget den 3. marts 2025 kl. 13:00" -> "Praksisplanudvalget";
// "Social- og Sundhedsudvalget – Referat – 3. marts 2025" -> "Social- og
// Sundhedsudvalget". nullopt when the title is only "Referat" or a date.
std::optional<std::string> body_of_title(std::string_view title) {
  std::string t(trim(title));
  // "Udvalg – Referat – dato": the parts that are neither lead-ins nor dates.
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
    std::string kept;
    for (const auto& p : parts) {
      const std::string f = text::fold(p);
      if (p.empty() || voc::title_lead_in(f) == f.size() || (find_date(p) && text::words(p).size() <= 6)) continue;
      if (!kept.empty()) kept += std::string(sep);
      kept += p;
    }
    t = kept;
    break;
  }
  std::string folded = text::fold(t);
  if (const auto lead = voc::title_lead_in(folded); lead > 0) {
    // Case folding keeps byte lengths for Danish letters, so the offset
    // carries over to the original.
    if (lead <= t.size()) t = std::string(trim(std::string_view(t).substr(lead)));
    while (!t.empty() && (t.front() == ':' || t.front() == '-')) t = std::string(trim(std::string_view(t).substr(1)));
  }
  // The date and time at the end: " d. 08-02-2024", " den 3. marts 2025 kl. 13:00",
  // " tirsdag den 5. januar 2016", ", 3. marts 2025".
  const auto ws = text::words(t);
  std::size_t cut = t.size();
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::string f = text::fold(ws[i]);
    const std::string_view rest = std::string_view(t).substr(static_cast<std::size_t>(ws[i].data() - t.data()));
    const bool weekday = f == "mandag" || f == "tirsdag" || f == "onsdag" || f == "torsdag" ||
                         f == "fredag" || f == "lørdag" || f == "søndag" || f == "mandag," ||
                         f == "tirsdag," || f == "onsdag," || f == "torsdag," || f == "fredag,";
    if (((f == "d." || f == "den" || f == "dato" || weekday) && find_date(rest)) ||
        (find_date(rest) && find_date(ws[i]) == find_date(rest) && is_digit(ws[i][0])) || f == "kl." ||
        f == "kl") {
      cut = static_cast<std::size_t>(ws[i].data() - t.data());
      break;
    }
  }
  std::string body(trim(std::string_view(t).substr(0, cut)));
  while (!body.empty() && (body.back() == ',' || body.back() == '-' || body.back() == ' ')) body.pop_back();
  if (ends_with(body, " –")) body = std::string(trim(std::string_view(body).substr(0, body.size() - 4)));
  for (std::string_view tail : {" i", " for", " fra", " af", " mødet i", " møde i"})
    if (ends_with(text::fold(body), tail)) body = std::string(trim(std::string_view(body).substr(0, body.size() - tail.size())));
  if (body.empty() || text::words(body).size() > 12 || !starts_upper(body)) return std::nullopt;
  return body;
}

// ---------------------------------------------------------------- people in values

void read_people_value(const std::vector<std::string>& lines, Field field, Meeting& m,
                       std::vector<std::string>& absent) {
  std::string joined;
  for (const auto& l : lines) {
    if (!joined.empty()) joined += '\n';
    joined += l;
  }
  if (trim(joined).empty()) return;
  switch (field) {
    case Field::absent:
      for (auto& n : absent_names(joined, m)) absent.push_back(std::move(n));
      break;
    case Field::present:
    case Field::guests:
    case Field::substitute: {
      const std::string group = field == Field::present ? "Deltagere" : field == Field::guests ? "Gæster" : "Suppleanter";
      read_people(joined, group, m, absent);
      break;
    }
    default: break;
  }
}

bool is_people_field(Field f) {
  return f == Field::present || f == Field::absent || f == Field::guests || f == Field::substitute;
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
  for (std::size_t j = i + 1; j < end && !listing[j] && !section_head(lines[j].text); ++j) {
    // The next label ends the value; "Formand" alone under a name in a list
    // is that person's role.
    if (const auto next = label_of(lines[j])) {
      if (!(people && next->field == Field::chair && !next->had_colon && next->value.empty())) break;
    }
    const std::string& t = lines[j].text;
    if (people) {
      if (toc_entry(lines[j])) break;
      // A sentence ("Borgmester Pia Allerslev forlod mødet kl. 18.01 under
      // ...") ends the list unless it lists several people.
      if (text::words(t).size() >= 8 && text::words(t.substr(0, t.find_first_of(",(-"))).size() > 5 &&
          read_person_entries(t).size() < 2)
        break;
      if (read_person_entries(t).empty()) {
        // A sub-heading of the list, or a role or party letter on the lines
        // after a name ("Heino Knudsen" / "Formand" / "(A)").
        bool more = false;
        for (std::size_t k = j + 1; k < end && k <= j + 2 && !more; ++k)
          more = !label_of(lines[k]) && !read_person_entries(lines[k].text).empty();
        if (!(t.back() == ':' || (text::words(t).size() <= 5 && more))) break;
      }
    }
    value.push_back(t);
    last = j;
    if (!people) break;
  }
  return value;
}

// The meeting's date from the phrases that announce it anywhere in the
// first lines ("Økonomiudvalgets beslutning i mødet den 31. marts 2020",
// "Beslutning i Udvalget for Ældre og Sundhed den 04-06-2020"), where the
// header gives none.
std::optional<std::string> date_from_cues(const std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size() && i < 150; ++i) {
    const std::string f = text::fold(lines[i].text);
    for (std::string_view cue : {"mødet den ", "møde den ", "mødet d. ", "møde d. ", "mødedato", "afholdt den ",
                                 "afholdt d. ", "mødet afholdt "}) {
      if (const auto at = f.find(cue); at != std::string::npos) {
        // Folding keeps the byte length of Danish text, so `at` holds.
        if (auto d = find_date(std::string_view(lines[i].text).substr(std::min(at, lines[i].text.size()))))
          return d;
      }
    }
    if (auto h = section_head(lines[i].text); h && h->kind == "beslutning")
      if (auto d = find_date(h->heading)) return d;
  }
  return std::nullopt;
}

// The body named by a decision heading: "Økonomiudvalgets beslutning" ->
// "Økonomiudvalget", "Beslutning i Udvalget for Ældre og Sundhed den
// 04-06-2020" -> "Udvalget for Ældre og Sundhed", "Behandling i
// Sundhedsudvalget" -> "Sundhedsudvalget".
std::optional<std::string> body_from_sections(const std::vector<Line>& lines) {
  for (const auto& l : lines) {
    auto h = section_head(l.text);
    if (!h || h->kind != "beslutning") continue;
    std::string_view t = trim(h->heading);
    while (!t.empty() && (t.back() == ':' || t.back() == '.')) t.remove_suffix(1);
    const auto ws = text::words(t);
    if (ws.size() < 2) continue;
    std::string body;
    const std::string f0 = text::fold(ws[0]);
    if ((f0 == "beslutning" || f0 == "behandling") && text::fold(ws[1]) == "i" && ws.size() >= 3) {
      body = std::string(t.substr(static_cast<std::size_t>(ws[2].data() - t.data())));
    } else if (ws[0].size() > 3 && ws[0].back() == 's' && text::starts_capital(ws[0])) {
      body = std::string(ws[0].substr(0, ws[0].size() - 1));
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

bool is_weekday(std::string_view word) {
  const std::string f = text::fold(trim(word));
  for (std::string_view d : {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"})
    if (text::starts_with(f, d)) return true;
  return false;
}

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
  while (n < lines.size() && n < 5 && lines[n].cells.empty() && !label_of(lines[n]) && continues(lines[n].text)) {
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

// The date of the meeting from its title or header lines, not from a date
// quoted in an item.
void read_header(const std::vector<Line>& lines, std::size_t begin, std::size_t end,
                 const std::vector<bool>& listing, Meeting& m) {
  std::vector<std::string> absent;
  std::optional<std::string> labelled_date;
  std::optional<std::string> first_date;
  for (std::size_t i = begin; i < end; ++i) {
    if (listing[i]) continue;
    const Line& line = lines[i];
    auto lab = label_of(line);
    if (!first_date && i < 40) first_date = find_date(line.text);
    if (!lab) {
      // "Bestyrelsen: Niels O. Pedersen, Villum Christensen, ...": a group
      // of the people present under its own name.
      const std::string_view t = line.text;
      if (const auto colon = t.find(": "); colon != std::string_view::npos && colon <= 40 &&
                                            text::words(t.substr(0, colon)).size() <= 4 &&
                                            starts_upper(t)) {
        const std::string_view value = t.substr(colon + 2);
        if (read_person_entries(value).size() >= 2) read_people(value, std::string(t.substr(0, colon)), m, absent);
      }
      continue;
    }
    if (lab->field == Field::agenda) continue;
    std::size_t last = i;
    const std::vector<std::string> value = label_value(lines, i, end, listing, *lab, last);
    i = last;
    if (value.empty()) continue;
    const std::string& v = value.front();
    switch (lab->field) {
      case Field::meeting:
      case Field::body: {
        // "MØDE: Referat" names the document, not the body.
        const std::string f = text::fold(v);
        if (voc::title_lead_in(f) == f.size()) break;
        const auto b = body_of_title(v);
        if (!m.body && b) m.body = b;
        if (!m.title) m.title = v;
        if (!labelled_date) labelled_date = find_date(v);
        break;
      }
      case Field::date:
        if (!labelled_date) labelled_date = find_date(v);
        if (!m.start_time) m.start_time = find_time(v);
        break;
      case Field::time:
        if (!m.start_time) m.start_time = find_time(v, true);
        if (!labelled_date) labelled_date = find_date(v);  // "STARTTIDSPUNKT 04-06-2020 09:00:00"
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
        (lab->field == Field::chair ? m.chair : m.minute_taker) = who;
        break;
      }
      default:
        if (lab->field == Field::present && line.cells.size() >= 2 && value.size() == 1)
          read_participant_cell(v, m);  // the run-on "Deltagere" cell of a header table
        else
          read_people_value(value, lab->field, m, absent);
        break;
    }
    if (!m.start_time && lab->field != Field::time) {
      if (auto t = find_time(v); t && lab->field == Field::date) m.start_time = t;
    }
  }
  if (!m.date) m.date = labelled_date;
  if (!m.date) m.date = date_from_cues(lines);
  if (!m.date) m.date = first_date;
  if (!absent.empty()) mark_absent(absent, m);
}

std::string all_text(const std::vector<Line>& lines) {
  std::string s;
  for (const auto& l : lines) {
    s += l.text;
    s += '\n';
  }
  return s;
}

}  // namespace

Meeting parse_document(const formats::Document& document, std::string source) {
  Meeting m;
  m.source = std::move(source);
  const std::vector<Line> lines = lines_of(document);
  if (lines.empty()) {
    m.warnings.push_back("no text found");
    return m;
  }
  const std::string text = all_text(lines);
  const Outline outline = find_items(lines);
  // The title: the first lines, unless they are a header label (a header
  // table names the meeting in its "Møde" row) or the first item's head (a
  // web page of one item).
  std::size_t header_begin = 0;
  const bool first_is_item = !outline.heads.empty() && outline.heads.front().line == 0;
  if (first_is_item) {
    m.title = lines.front().text;
  } else if (!label_of(lines.front())) {
    std::string title;
    header_begin = title_lines(lines, title);
    m.title = title.size() > 200 ? title.substr(0, 200) : title;
    m.date = find_date(title);
    m.start_time = find_time(title);
    if (auto b = body_of_title(title)) m.body = b;
  }
  const std::size_t header_end = outline.heads.empty() ? lines.size() : outline.heads.front().line;
  read_header(lines, std::min(header_begin, header_end), header_end, outline.listing, m);
  if (!m.body) m.body = body_from_sections(lines);
  if (!m.title && m.body) m.title = m.body;
  if (m.body) read_cluster_and_forum(*m.body, m);
  if (!m.forum && m.body && !m.cluster) m.forum = normalise_forum(*m.body);

  std::string header_text;
  for (std::size_t i = 0; i < header_end; ++i) (header_text += lines[i].text) += '\n';

  for (std::size_t h = 0; h < outline.heads.size(); ++h) {
    const ItemHead& head = outline.heads[h];
    const std::size_t end = h + 1 < outline.heads.size() ? outline.heads[h + 1].line : lines.size();
    Item item;
    item.number = head.number;
    auto [title, presenter] = split_presenter(head.title);
    item.title = clean_title(title);
    item.presenter = std::move(presenter);
    item.kind = voc::item_kind(text::fold(item.title));
    item.page = lines[head.line].page;
    ItemBuilder builder(item);
    std::vector<std::string_view> body;
    for (std::size_t i = head.body_begin; i < end; ++i) {
      if (outline.listing[i]) continue;
      builder.add_line(lines[i].text);
      body.push_back(lines[i].text);
    }
    for (const auto& sec : item.sections)
      for (const auto& n : item_absence(sec.text)) {
        const std::string id = person_id(n);
        if (std::find(item.absent.begin(), item.absent.end(), id) == item.absent.end()) item.absent.push_back(id);
      }
    if (item.kind == "deltagere") {
      read_participant_list(body, m);
    } else {
      // Attendance written inside an item ("Fraværende: ...", "Tilstede
      // var:" and a list, "Afbud" and a list).
      std::vector<std::string> absent;
      for (std::size_t i = head.body_begin; i < end; ++i) {
        auto lab = label_of(lines[i]);
        if (!lab || !is_people_field(lab->field)) continue;
        std::size_t last = i;
        const auto value = label_value(lines, i, end, outline.listing, *lab, last);
        read_people_value(value, lab->field, m, absent);
        i = last;
      }
      if (item.kind == "afbud") {
        // An item "Fraværende"/"Afbud": the names in it sent apologies.
        for (const auto& sec : item.sections)
          for (auto& n : absent_names(sec.text, m)) absent.push_back(n);
      }
      if (!absent.empty()) mark_absent(absent, m);
    }
    m.items.push_back(std::move(item));
  }
  if (m.items.empty()) {
    // No agenda items found: keep the text searchable as one item.
    // Its section headings still divide it ("Beslutning", "Sagsfremstilling"),
    // so decisions are found in pages whose item titles were lost.
    Item item;
    item.title = m.title.value_or(m.source);
    ItemBuilder builder(item);
    for (const auto& l : lines) builder.add_line(l.text);
    m.items.push_back(std::move(item));
    m.warnings.push_back("no agenda items found: indexed as one item");
  }
  find_attendance_phrases(text, m);
  // The chair and the minute taker were there.
  for (const auto* who : {&m.chair, &m.minute_taker}) {
    if (!*who || text::words(**who).size() < 2 || text::words(**who).size() > 5) continue;
    const std::string name = **who;
    const bool listed = std::any_of(m.participants.begin(), m.participants.end(),
                                    [&](const Participant& p) { return same_person(p.name, name); });
    if (!listed && looks_like_name(name)) {
      Participant p;
      p.name = name;
      p.person_id = person_id(name);
      p.group = who == &m.chair ? "Mødeleder" : "Referent";
      m.participants.push_back(std::move(p));
    }
  }
  infer_region(m, header_text, text);
  find_item_people(m);
  if (!m.date) m.warnings.push_back("no meeting date found");
  if (m.participants.empty()) m.warnings.push_back("no participants found");
  return m;
}

Meeting parse_meeting(std::string_view text, std::string source) {
  formats::Document d;
  d.blocks = formats::text_blocks(text);
  return parse_document(d, std::move(source));
}

Meeting parse_file(const std::string& path) { return parse_document(formats::read_document(path), path); }

bool parsed_poorly(const Meeting& m) {
  return !m.date || std::any_of(m.warnings.begin(), m.warnings.end(), [](const std::string& w) {
           return text::starts_with(w, "no agenda items");
         });
}

}  // namespace corpus
