// Agenda items: tables of contents and agenda lists as evidence for the heads,
// the agenda's entries that the body heads without numbers or never reaches
// (passes of find_items(), items_scan.h; docs/ARCHITECTURE.md §4.3).
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
  // Each entry's head among the body's heads, if it has one (found once: a
  // long text has thousands of heads and entries).
  std::vector<std::string> head_keys;
  for (const auto& h : o.heads) head_keys.push_back(h.listed_only ? std::string() : key_of(h.title));
  std::vector<const ItemHead*> heads_of(agenda.size(), nullptr);
  for (std::size_t e = 0; e < agenda.size(); ++e) {
    const auto n = agenda_numbers.find(e);
    const std::string entry_key = key_of(agenda[e]);
    for (std::size_t k = 0; k < o.heads.size() && !heads_of[e]; ++k) {
      const ItemHead& h = o.heads[k];
      if (!h.listed_only && (same_key(head_keys[k], entry_key) ||
                             (n != agenda_numbers.end() && h.number && *h.number == n->second)))
        heads_of[e] = &h;
    }
  }
  auto head_of = [&](std::size_t e) { return heads_of[e]; };
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

// A table of contents run into the line lines[i] that lines_of split at its
// entries' numbers ("... Følgende sager behandles: Pkt. Tekst Side 1
// Beslutningsforslag om Fleksibel Arbejdstid 3" / "2 Herregården Odden -
// fremtidig støtte 6" / ...), going on over the next page under its column
// heads again ("Pkt. Tekst Side 22 Justering af ..."): the line after the
// last of those pieces and pages.
std::size_t contents_run_end(const std::vector<Line>& lines, std::size_t i) {
  std::size_t end = i + 1;
  while (end < lines.size() &&
         (!lines[end].gap_before || text::starts_with_folded(lines[end].text, "pkt. tekst side ")))
    ++end;
  return end;
}

// Lines [from, end) joined by spaces.
std::string joined_lines(const std::vector<Line>& lines, std::size_t from, std::size_t end) {
  std::string run;
  for (std::size_t k = from; k < end; ++k) {
    if (!run.empty()) run += ' ';
    run += lines[k].text;
  }
  return run;
}

// The first line of the text's tail: fewer than 100 words after it (one
// pass from the end). A table of contents on a line from there on ends the
// text (an excerpt cut off in it): what follows is a line or two of more
// entries, not a body that would lose its text to items listed only.
std::size_t text_tail_start(const std::vector<Line>& lines) {
  std::size_t i = lines.empty() ? 0 : lines.size() - 1, words = 0;
  while (i > 0) {
    const std::size_t more = text::words(lines[i].text).size();
    if (words + more >= 100) break;
    words += more;
    --i;
  }
  return i;
}

// "3.1.", "3.10": a sub-item's number alone on its line (a point after
// the first number, a digit after it).
bool sub_number_only_line(std::string_view t) {
  t = trim(t);
  if (!number_only_line(t)) return false;
  const auto dot = t.find('.');
  return dot != std::string_view::npos && dot + 1 < t.size() && is_digit(t[dot + 1]);
}

// True when the dotted entry on lines[i] is a sub-item's: a PDF table of
// contents whose numbers came out on lines of their own, in a run before
// the entries they number (KL's agenda template for the KKRs: "3." /
// "Regionalpolitiske sager ..... 6" / "3.1." / "3.2." / "3.3." /
// "Socialtilsyn Nord ..... 6" / "Fordeling af flygtninge for 2016 .... 10"
// / "Vandplaner ..... 11" / "3.4." / "Telemedicinprojekter ..... 12" /
// "4." / "Udpegninger ..... 16"). The nearest run of numbers above the
// entry is sub-items' ("3.1."), and the entries between it and this one
// fewer than its numbers.
bool toc_sub_entry(const std::vector<Line>& lines, std::size_t i) {
  std::size_t entries = 0, k = i;
  while (k > 0 && toc_entry(lines[k - 1])) --k, ++entries;
  std::size_t run = 0;
  while (k > 0 && sub_number_only_line(lines[k - 1].text)) --k, ++run;
  return run > entries;
}

// The start of a dotted entry wrapped onto the line before, its number
// on it ("130. Fuglebjerg Fjernvarme - kommunegaranti i forbindelse med" /
// "lånefinansiering...... 19"): the entry at lines[i] opens in lower case
// and the line before, no entry of its own, opens with a number. Its
// title without the number, or nothing.
std::optional<std::string> wrapped_entry_start(const std::vector<Line>& lines, std::size_t i,
                                               const std::vector<bool>& listing, std::string_view entry) {
  if (i == 0 || entry.empty() || starts_upper(entry) || is_digit(entry.front()) || listing[i - 1]) return std::nullopt;
  const std::string_view prev = trim(lines[i - 1].text);
  std::size_t j = 0;
  if (read_number(prev, j, 3) < 0 || j + 1 >= prev.size() || prev[j] != '.' || prev[j + 1] != ' ') return std::nullopt;
  const std::string_view title = trim(prev.substr(j + 1));
  if (title.empty() || !starts_upper(title) || toc_entry(lines[i - 1])) return std::nullopt;
  return std::string(title);
}

}  // namespace

// The tables of contents in their printed forms: their titles are the
// agenda, their lines the listing.
void read_contents_lines(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
  auto& toc_cells = s.toc_cells;
  auto& contents = s.contents;
  // The table of contents: its titles are the agenda, its lines never items
  // (a sub-item's entry neither: toc_sub_entry).
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (auto e = toc_entry(lines[i])) {
      o.listing[i] = true;
      if (toc_sub_entry(lines, i)) continue;
      // (A whole table of contents run into the line: its entries.)
      if (auto run = dotted_run_titles(lines[i].text); !run.empty())
        agenda.insert(agenda.end(), run.begin(), run.end());
      else if (auto start = wrapped_entry_start(lines, i, o.listing, *e))
        agenda.push_back(*start + " " + *e), o.listing[i - 1] = true;
      else
        agenda.push_back(*e);
    }
  }
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
  contents = headed_contents(lines);
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
}

// A table of contents of unnumbered titles under the agenda's groups.
void read_grouped_contents(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& grouped = s.grouped;
  auto& grouped_back = s.grouped_back;
  // A table of contents of unnumbered titles under the agenda's groups
  // ("Sager til beslutning" / "Budget 2025" / "Lokalplan 12" / "Sager til
  // orientering" / "Meddelelser"), the body numbering its heads (often from
  // "1." again in each group): the titles are the agenda, never items. It
  // ends where the body begins: a group over a numbered head, or over a
  // title listed before.
  // (Each line's answer kept: the scan after a group asks the lines it
  // passes, and the loop asks them again as the next group's candidates.)
  std::vector<std::optional<bool>> group_lines(lines.size());
  auto group_line = [&](std::size_t i) {
    if (!group_lines[i]) group_lines[i] = agenda_group_prefix(lines[i].text) == lines[i].text.size();
    return *group_lines[i];
  };
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

// Agenda lists: runs of numbered lines whose titles come back as the items'
// heads.
void read_agenda_lists(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
  auto& agenda_by_number = s.agenda_by_number;
  auto& agenda_numbers = s.agenda_numbers;
  auto& cands = s.cands;
  auto& point_line = s.point_line;
  const auto& strong_count = s.strong_count;
  auto& answer_lines = s.answer_lines;
  // (Or whose titles come back as lines of their own, half of them or
  // more: the body heads its items without numbers.)
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
      // (An answer under a lead word may leave out the entries with nothing
      // to say, and may open in lower case: "1. Velkomst v. mødeleder" in
      // the list, then "Pkt. 2: referat godkendt." / "Pkt. 3: KB
      // orienterede ..."; the entries left out stay items,
      // add_agenda_after_last_head.)
      int expect = cands[a].number;
      for (std::size_t l = b; l < cands.size() && agenda.empty() && !heads_before; ++l) {
        const Candidate& d = cands[l];
        const bool skips = d.strong && d.number > expect;
        if ((d.number != expect && !skips) || d.style == cands[a].style || d.table_row || d.number_only ||
            !(starts_upper(d.title) || d.strong))
          continue;
        if (static_cast<std::size_t>(d.number - cands[a].number) >= b - a) break;
        restyled.push_back(l);
        expect = d.number + 1;
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
}

// Heads that take their titles from the agenda ("Ad 1" alone, a head run on
// after its listed title).
void take_agenda_titles(ItemScan& s) {
  auto& agenda_by_number = s.agenda_by_number;
  auto& cands = s.cands;
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
  // So is a plain numbered head a transcript ran on into its text ("1.
  // Godkendelse af dagsorden til møde i Folkeoplysningsudvalget, onsdag, den
  // 5. september 2018 Godkendelse af dagsorden ... Sagsgang og sagstype ...",
  // Holbæk's Folkeoplysningsudvalg; "2. Meddelelser Meddelelser Punkttype
  // Orientering.", Allerød's Teknik- og Miljøudvalg; "2. Orientering fold
  // dette punkt ind Resume ...", Region Syddanmark's Psykiatri- og
  // Socialudvalg, web pages printed as transcripts).
  for (auto& c : cands) {
    const auto it = agenda_by_number.find(c.number);
    if (c.number_only || it == agenda_by_number.end()) continue;
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
}

// The grouped contents as the agenda when its titles come back.
void take_grouped_agenda(ItemScan& s) {
  auto& agenda = s.agenda;
  auto& grouped = s.grouped;
  auto& grouped_back = s.grouped_back;
  // (The grouped contents is evidence for the heads when its titles come
  // back; else it gives the items only when nothing else does.)
  if (grouped_back && agenda.empty()) agenda = grouped;
}

// The agenda's entries that the body heads without their numbers.
void read_agenda_echoes(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
  auto& agenda_numbers = s.agenda_numbers;
  // The agenda's entries that the body heads without their numbers.
  add_contents_echo_heads(lines, o);
  add_agenda_echoes(lines, o, agenda, agenda_numbers);
}

// An agenda or table of contents whose headings the text never reaches: its
// A table of contents run into the header's page line under the agenda
// system's heading "Sagsoversigt" ("... Fraværende: Anders Drachmann
// Sagsoversigt 01. Godkendelse af indkaldt stedfortræder Godkendelse af
// dagsorden ...") and going on over the next pages that the text ends in,
// the first entry there read as a numbered head ("2 17. Status på
// Visionsmål primo orientering Justering af ..."): all its titles, the
// heads' among them, or nothing (Helsingør's and Tårnby's docplayer
// transcripts).
std::vector<std::string> sagsoversigt_pages(const std::vector<Line>& lines, const Outline& o) {
  if (o.heads.empty()) return {};
  for (std::size_t i = 0; i < o.heads.front().line; ++i) {
    const auto at = lines[i].text.find(" Sagsoversigt ");
    if (o.listing[i] || at == std::string::npos) continue;
    Line contents = lines[i];
    contents.text.erase(0, at + 1);
    auto titles = run_on_contents({contents}, 0);
    if (titles.empty()) return {};
    std::size_t h = 0;
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
      if (h < o.heads.size() && o.heads[h].line == j) {
        titles.push_back(o.heads[h++].title);
        continue;
      }
      const std::string_view t = lines[j].text;
      if (std::all_of(t.begin(), t.end(), [](char c) { return is_digit(c) || c == ' '; })) continue;  // "3 3"
      auto more = run_on_contents({lines[j]}, 0);
      if (more.empty()) return {};
      titles.insert(titles.end(), more.begin(), more.end());
    }
    if (h != o.heads.size()) return {};
    // (The attachments' list after the last entry, "Bilagsliste...69".)
    if (text::fold(titles.back()) == "bilagsliste") titles.pop_back();
    return titles;
  }
  return {};
}

// entries are the items.
void read_unreached_agenda(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda = s.agenda;
  auto& agenda_numbers = s.agenda_numbers;
  auto& toc_cells = s.toc_cells;
  const auto& contents = s.contents;
  auto& grouped = s.grouped;
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
  // (Heads on the lines after a run-on table of contents that the text
  // ends in are its entries on the next page, "210. Godkendelse af
  // anvendelse af overskydende midler" at the top of page 3 after page 2's
  // contents, when they are lines one after the other up to the text's end
  // and none of them repeats a title of it: the body is never reached.
  // They stay items, after its titles.)
  if (agenda.empty())
    if (auto pages = sagsoversigt_pages(lines, o); !pages.empty()) {
      agenda = std::move(pages);
      o.heads.clear();
    }
  const std::size_t tail = text_tail_start(lines);
  std::vector<ItemHead> continued;
  const bool bare_heads = !o.heads.empty() && o.heads.back().line + 1 == lines.size() &&
                          o.heads.back().line + 1 == o.heads.front().line + o.heads.size();
  if (agenda.empty() && bare_heads && !o.heads.front().listed_only) {
    const std::size_t first_head = o.heads.front().line;
    for (std::size_t i = tail; i < first_head; ++i) {
      if (o.listing[i]) continue;
      auto titles = run_on_contents(lines, i);
      if (titles.empty() || std::any_of(o.heads.begin(), o.heads.end(), [&](const ItemHead& h) {
            return h.listed_only || std::any_of(titles.begin(), titles.end(),
                                                [&](const std::string& t) { return same_title(h.title, t); });
          }))
        continue;
      continued = std::move(o.heads);
      o.heads.clear();
      break;
    }
  }
  // (Such a table of contents split at its entries' numbers into pieces
  // and pages that the text ends in: the heads read on those pieces or on
  // the page's number after them, "3 Årsregnskab Låneadgang mv. ... 14 5
  // Forslag til budgetproces ...", and its entries taken for an agenda
  // list are its entries.)
  const bool heads_in_listing = !o.heads.empty() && std::all_of(o.heads.begin(), o.heads.end(), [&](const ItemHead& h) {
    return !h.listed_only &&
           (o.listing[h.line] || (h.line + 1 == lines.size() && number_only_line(lines[h.line].text)));
  });
  if (heads_in_listing) {
    const std::size_t first_head = o.heads.front().line;
    // (Each paragraph once, from its first line: the heading is in it.)
    for (std::size_t i = 0, end = 0; i < first_head; i = end) {
      end = contents_run_end(lines, i);
      const bool inside = std::all_of(o.heads.begin(), o.heads.end(), [&](const ItemHead& h) {
        return (h.line > i && h.line < end) || h.line + 1 == lines.size();
      });
      if (!inside || end - 1 < tail) continue;
      auto titles = headed_run_contents(joined_lines(lines, i, end));
      if (titles.size() <= agenda.size()) break;
      agenda = std::move(titles);
      agenda_numbers.clear();
      o.heads.clear();
      break;
    }
  }
  if (o.heads.empty() && agenda.empty()) {
    for (std::size_t i = 0; i < lines.size() && agenda.empty(); ++i) {
      if (o.listing[i]) continue;
      agenda = status_marked_contents(lines[i].text);
      if (!agenda.empty()) break;
      agenda = run_on_contents(lines, i);
      if (agenda.empty() && i >= tail) {
        agenda = headed_run_contents(lines[i].text);
        if (agenda.empty()) agenda = numbered_status_contents(lines[i].text);
      }
      // The table of contents goes on over the next pages ("3 15
      // Turismepolitik Rømø-Tønder Turistforening ..."): lines of titles
      // that a page number or an entry's number may open.
      std::size_t j = i + 1;
      for (; !agenda.empty() && j < lines.size() && !o.listing[j]; ++j) {
        Line rest = lines[j];
        std::string_view t = rest.text;
        for (int k = 0; k < 2; ++k) {
          std::size_t n = 0;
          if (read_number(t, n, 3) >= 0 && n < t.size() && t[n] == '.') ++n;  // "23. Vedtægter"
          if (n > 0 && n < t.size() && t[n] == ' ') t = trim(t.substr(n));
        }
        rest.text = std::string(t);
        auto more = run_on_contents({rest}, 0);
        // (The page's first titles cut off as a short line of their own,
        // "2 23. Vedtægter Midtjyllands EU-kontor Overordnet
        // it-sikkerhedspolitik" / "Udkast til kommissorium ...": read with
        // the line after it.)
        if (more.empty() && rest.text.size() < 80 && j + 1 < lines.size() && !o.listing[j + 1]) {
          rest.text += ' ';
          rest.text += lines[j + 1].text;
          more = run_on_contents({rest}, 0);
          if (!more.empty()) ++j;
        }
        if (more.empty()) break;
        agenda.insert(agenda.end(), more.begin(), more.end());
      }
      // (Its entries echoed on the page lines after it: the items' heads.)
      if (!agenda.empty())
        if (auto echoes = numbered_contents_echoes(lines, j, agenda); !echoes.empty()) o.heads = std::move(echoes);
      if (!agenda.empty()) agenda.resize(reached_entries(lines, j, agenda));
    }
  }
  // A table of contents whose cells came out on lines of their own ("1."
  // / "Godkendelse af dagsorden" / "4" / "2." / ...) that the text ends in,
  // at most the next entry's number after it (an excerpt cut off in it):
  // its rows are the items, and the unnumbered lines above it (the
  // participants' list) are none (a regional council's web minutes).
  if (toc_cells.size() >= 3 && agenda.empty() && toc_cells.back().end + 1 >= lines.size() &&
      (toc_cells.back().end == lines.size() || number_only_line(lines.back().text)) &&
      std::none_of(o.heads.begin(), o.heads.end(), [&](const ItemHead& h) {
        return h.number.has_value() || h.line + 3 >= toc_cells.front().end;
      })) {
    o.heads.clear();
    for (const auto& r : toc_cells) {
      agenda.push_back(r.title);
      agenda_numbers[agenda.size() - 1] = r.number;
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
  o.heads.insert(o.heads.end(), continued.begin(), continued.end());
}

namespace {

// Agenda entry `number` as an item the minutes give no head of its own: no
// body, the title split from an outcome run on after it ("2. Referat
// godkendt.") and without its closing full stop.
ItemHead listed_only_head(int number, const std::string& entry, std::size_t line, std::size_t body_begin) {
  ItemHead h;
  h.number = number;
  std::tie(h.title, h.text) = split_outcome(entry);
  if (h.title.size() > 4 && h.title.back() == '.') h.title.pop_back();
  h.listed_only = true;
  h.line = line;
  h.body_begin = body_begin;
  return h;
}

}  // namespace

// The agenda's entries after the last head when the heads take their titles
// from it.
void add_agenda_after_last_head(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& agenda_by_number = s.agenda_by_number;
  auto& answer_lines = s.answer_lines;
  auto& titles_from_agenda = s.titles_from_agenda;
  // Heads that take their titles from the agenda ("Ad 1", "2:Referatet
  // blev godkendt.", two or more of them): the agenda is the list of the items, so its entries
  // after the last head (a text cut off, outcomes not written) are items
  // too, without a body.
  if ((titles_from_agenda >= 2 || answers_cut_off(lines, o, answer_lines)) && o.heads.back().number) {
    // (So are the entries the heads leave out before the last one, each
    // before the next head, without a body: "Pkt 2 & 5: ..." / "Pkt. 3 & 4:
    // ..." / "Pkt. 7: ..." under an agenda of seven.)
    for (std::size_t k = 0; k < o.heads.size(); ++k) {
      const bool answers = std::find(answer_lines.begin(), answer_lines.end(), o.heads[k].line) != answer_lines.end();
      if (!answers || agenda_by_number.empty() || !o.heads[k].number || (k > 0 && !o.heads[k - 1].number)) continue;
      const int from = k == 0 ? agenda_by_number.begin()->first : *o.heads[k - 1].number + 1;
      std::vector<ItemHead> left_out;
      for (int n = from; n < *o.heads[k].number; ++n) {
        const auto it = agenda_by_number.find(n);
        if (it == agenda_by_number.end()) continue;
        left_out.push_back(listed_only_head(n, it->second, o.heads[k].line, o.heads[k].line));
      }
      k += left_out.size();
      o.heads.insert(o.heads.begin() + static_cast<std::ptrdiff_t>(k - left_out.size()), left_out.begin(), left_out.end());
    }
    int next = *o.heads.back().number + 1;
    for (auto it = agenda_by_number.find(next); it != agenda_by_number.end(); it = agenda_by_number.find(++next)) {
      ItemHead h = listed_only_head(next, it->second, lines.size() - 1, lines.size());
      // (The closing item keeps its short name: "7. evt.".)
      if (title_shaped(h.title) || voc::is_closing_item_name(text::fold(h.title))) o.heads.push_back(std::move(h));
    }
  }
}

// Three or more heads (numbered, or topics over their text) whose last one
// is followed, as a paragraph of its own and not indented deeper than the
// heads, by the closing item's name alone ("6. Kommunalvalget i 2021" /
// text / "Eventuelt og næste møde" / text): the minutes left the closing
// item unnumbered or unmarked, and it is an item. Only the
// first such line counts, and only when no head is the closing item yet.
void add_closing_item_after_last_head(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  if (o.heads.size() < 3) return;
  int indent = 0;
  for (const ItemHead& h : o.heads) {
    if (h.listed_only) return;
    const std::string f = text::fold(h.title);
    if (text::starts_with(f, "eventuelt") || text::starts_with(f, "evt")) return;  // "Eventuelt - fællesmøde ..."
    indent = std::max(indent, lines[h.line].indent);
  }
  const ItemHead& last = o.heads.back();
  for (std::size_t i = last.line + 1; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (s.o.listing[i] || !l.gap_before || l.bullet || l.indent > indent) continue;
    if (!voc::is_closing_item_name(text::fold(l.text))) continue;
    if (i <= last.body_begin) return;
    ItemHead h;
    h.line = i;
    h.title = l.text;
    while (!h.title.empty() && (h.title.back() == ':' || h.title.back() == '.')) h.title.pop_back();
    h.body_begin = i + 1;
    o.heads.push_back(std::move(h));
    return;
  }
}

}  // namespace corpus::recog
