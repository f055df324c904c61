// Agenda items: numbered candidates, their number form, nested points, and the
// numbered heads checked against the agenda, the number sequence and a title's
// shape (passes of find_items(), items_scan.h; docs/ARCHITECTURE.md §4.3).
#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "corpus/dates.h"
#include "corpus/items_scan.h"
#include "corpus/participants.h"
#include "corpus/participants_internal.h"
#include "corpus/recogniser.h"

namespace corpus::recog {
namespace {

namespace voc = vocabulary;
using text::read_number;
using text::trim;

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

// A line that opens with a section heading and its colon, however long its
// text ("Sagsfremstilling: Ved brev af 28. februar ..." run together by a
// transcript).
bool opens_section(const Line& l) {
  if (is_section_line(l)) return true;
  const auto colon = l.text.find(": ");
  return colon != std::string::npos && colon <= 40 && section_head(std::string_view(l.text).substr(0, colon + 1));
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
// "1. SSF-sager" / "1.1. Syddansk henvendelse ..." / "1.2. Revideret tids-
// og procesplan ..." / "2. DAK-sager" / "2.1. ...": an agenda page whose
// groups are numbered on one level, each line right over its "N.1." line
// and its "N.M" lines one after the other with no text between (a list,
// not an item's numbered parts "3. Budget" / "3.1 Sagsfremstilling" /
// text); two such groups or more (a regional forum's agenda page).
void one_level_groups(const std::vector<Line>& lines, std::map<int, bool>& groups, std::vector<std::size_t>& heads) {
  std::map<int, bool> found;
  std::vector<std::size_t> found_heads;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string_view t = trim(lines[i].text);
    std::size_t at = 0;
    const int n = read_number(t, at, 2);
    if (n < 0 || at + 1 >= t.size() || t[at] != '.' || t[at + 1] != ' ') continue;
    const auto first = two_level(lines[i + 1].text);
    if (!first || first->group != n || first->sub != 1) continue;
    // (Its entries one line after the other, in turn, up to the next group.)
    int sub = 1;
    std::size_t j = i + 2;
    for (; j < lines.size(); ++j) {
      const auto tl = two_level(lines[j].text);
      if (!tl || tl->group != n || tl->sub != sub + 1) break;
      ++sub;
    }
    if (sub < 2) continue;
    found[n] = false;
    found_heads.push_back(i);
    i = j - 1;
  }
  if (found.size() < 2) return;
  groups = std::move(found);
  heads = std::move(found_heads);
}

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
  if (groups.empty()) one_level_groups(lines, groups, heads);
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

// The heads so far are a whole run from 1, each next in turn: a list that
// numbers every point, not a council's cases numbered from anywhere.
bool run_from_one(const std::vector<ItemHead>& heads) {
  if (heads.empty() || !heads.front().number || *heads.front().number > 1) return false;
  for (std::size_t h = 1; h < heads.size(); ++h)
    if (!heads[h].number || *heads[h].number != *heads[h - 1].number + 1) return false;
  return true;
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
  if (!run_from_one(heads)) return std::nullopt;
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

// "1. Registrering af fremmøde ..." / text / "2. Ingen bemærkninger til
// referat fra seneste møde (møde nr 7, d. 30/04/2018)." / "3. Nyt fra
// formand/kasserer.": the line before candidate k is the head in turn that
// its title's shape alone kept out (an outcome written as the item's
// title), in the same number form, and the heads so far run from 1; so
// candidate k is no list entry under it (fresh minutes of a village
// council and an association's annual meeting).
bool after_skipped_head(const std::vector<Candidate>& cands, const std::vector<std::size_t>& shape_rejected,
                        std::size_t k, const std::vector<ItemHead>& heads, std::optional<int> expected) {
  const Candidate& c = cands[k];
  if (!expected || k == 0 || heads.empty() || !heads.front().number || *heads.front().number > 1 ||
      c.number != *expected + 1)
    return false;
  const Candidate& p = cands[k - 1];
  return p.line + 1 == c.line && p.number == *expected && p.style == c.style && !p.title_next && !p.number_only &&
         std::find(shape_rejected.begin(), shape_rejected.end(), k - 1) != shape_rejected.end();
}

// "4. Ledende graver orienterer om ..." / text / "5. Formanden orienter om
// den økonomiske situation ..." / "6. Eventuelle ønsker ... som skal
// medtages ..." / "7. Virring Menighedsråd ..., forespørger om hjælp ..."
// / "8. Introkursus for nyansatte ...": the heads take 4 and then 8, and
// every number between them is there, in turn, in the same number form at
// the same indent: a secretary who writes each item as a sentence still
// numbers every one, so they are the items skipped for their titles' shape
// (skipped_in_turn for one; here two or more, sentences too). Only after a
// whole run of heads from 1, each next in turn, and not for a
// recommendation's points ("3. at ..."). Returns the skipped candidates'
// indexes, in order; empty when the gap is not so filled.
std::vector<std::size_t> skipped_run_in_turn(const std::vector<Candidate>& cands,
                                             const std::vector<std::size_t>& shape_rejected, std::size_t k,
                                             const std::vector<Line>& lines, std::optional<int> expected,
                                             const std::vector<ItemHead>& heads, const std::string& last_head_style) {
  const Candidate& c = cands[k];
  if (!expected || c.number < *expected + 2 || c.number > *expected + 5 || c.number_only ||
      c.style != last_head_style)
    return {};
  if (!run_from_one(heads)) return {};
  const std::size_t last_head_line = heads.back().line;
  std::vector<std::size_t> run;
  for (auto j : shape_rejected) {
    const Candidate& sc = cands[j];
    if (sc.line <= last_head_line || sc.line >= c.line) continue;
    const int want = *expected + static_cast<int>(run.size());
    if (sc.number != want || sc.style != c.style || sc.number_only || sc.title_next || sc.dropped ||
        text::starts_with(text::fold(sc.title), "at ") || lines[sc.line].text.size() > 300 ||
        (!run.empty() && sc.line <= cands[run.back()].line))
      return {};
    const int indent_gap = lines[sc.line].indent - lines[c.line].indent;
    if (indent_gap > 1 || indent_gap < -1) return {};
    run.push_back(j);
  }
  if (static_cast<int>(run.size()) != c.number - *expected) return {};
  return run;
}

// The form of the items' numbers: the most common form among strong,
// title-shaped candidates ("Punkt 3:" against "Punkt 1." in a list).
std::string most_common_style(const ItemScan& s) {
  const auto& cands = s.cands;
  const auto& strong_count = s.strong_count;
  std::string item_style;
  if (strong_count < 2) return item_style;
  std::map<std::string, int> styles;
  for (const auto& c : cands)
    if (c.strong && title_shaped(c.title) && !c.table_row) ++styles[c.style];
  int best = 0;
  for (const auto& [style, n] : styles)
    if (n > best) best = n, item_style = style;
  return item_style;
}

// The lead word of a number form without its separator: "ad" of "ad.",
// "Ad" / "Ad:" ("punkt" of "punkt:").
std::string_view number_lead(std::string_view style) {
  while (!style.empty() && (style.back() == '.' || style.back() == ')' || style.back() == ':')) style.remove_suffix(1);
  return style;
}

// The candidate's title as its shape is checked.
// "3.Godkendelse af dagsorden. Dagsorden godkendt.": the title before
// the outcome written on its line has the shape to check.
// ("1. godkendelse af dagsorden: Dagsordenen blev godkendt.": a web
// list's entry in lower case opening with an item's kind reads as its
// capitalised title.)
std::string shaped_title(const Candidate& c) {
  auto [t, outcome] = split_outcome(c.title);
  std::string shaped = !outcome.empty() && text::words(t).size() <= 16 ? t : c.title;
  if (!shaped.empty() && shaped[0] >= 'a' && shaped[0] <= 'z' && (opens_with_kind(shaped) || c.informal))
    shaped[0] = static_cast<char>(shaped[0] - 'a' + 'A');
  while (c.informal && !shaped.empty() && (shaped.back() == ':' || shaped.back() == '.')) shaped.pop_back();
  return shaped;
}

// A head with its outcome run on after the title's full stop, which an
// abbreviation or a number ends ("4. Fællesspisning fredag 9 Nov. Vi mødes
// til borddækning kl 17.00. ..."): the title is its first sentence, short
// and without a finite verb (or glued_first_sentence, comma_outcome).
// Returns the title and the text.
std::optional<std::pair<std::string, std::string>> title_sentence_then_text(std::string_view title) {
  for (auto d = title.find(". "); d != std::string_view::npos; d = title.find(". ", d + 1)) {
    const std::string_view head = trim(title.substr(0, d));
    const std::string_view tail = trim(title.substr(d + 1));
    const auto hws = text::words(head);
    if (hws.size() > 12) break;
    if (hws.size() < 2 || !starts_upper(tail) || text::words(tail).size() < 3 || !title_shaped(head) ||
        std::any_of(hws.begin(), hws.end(), sentence_verb))
      continue;
    return std::pair{std::string(head), std::string(tail)};
  }
  if (auto split = glued_first_sentence(title); split && !split->first.empty()) return split;
  if (auto split = comma_outcome(title); split && !split->first.empty()) return split;
  return std::nullopt;
}

// "Beslutningspunkter:" / "Punkter til drøftelse:" / "Sager til
// orientering:": the agenda's groups, not a list's lead-in.
// Before the first head, "Forslag til dagsorden:", "Dagsorden var:"
// and "Referat:" open the items too.
bool agenda_group_line(const std::string& prev, bool before_first_head) {
  const std::string fprev = text::fold(std::string_view(prev).substr(0, std::min<std::size_t>(prev.size(), 60)));
  return agenda_group_prefix(prev) == prev.size() ||
         (text::words(prev).size() <= 4 &&
          (fprev.find("punkter") != std::string::npos || fprev.find("sager") != std::string::npos ||
           (before_first_head && (fprev.find("dagsorden") != std::string::npos || text::starts_with(fprev, "referat")))));
}

// A candidate as an item's head: its number, its title with any outcome
// split off it, its body from the line after its title.
ItemHead head_of(const Candidate& c) {
  ItemHead h;
  h.line = c.line;
  h.number = c.number;
  std::tie(h.title, h.text) = split_outcome(c.title);
  h.body_begin = c.body_begin ? c.body_begin : c.line + (c.title_next ? 2 : 1);
  return h;
}

// The numbered heads, read candidate by candidate (read_numbered_heads):
// what the heads taken so far leave for the next candidate, and the facts of
// the candidate at hand, each computed once.
struct HeadReader {
  explicit HeadReader(ItemScan& scan) : s(scan) {}
  ItemScan& s;
  std::optional<int> expected;  // the number next in turn
  std::map<std::size_t, int> rejected_lines;  // line -> its number
  // Heads rejected for their title's shape alone (skipped_in_turn), and the
  // number form of the last head taken.
  std::vector<std::size_t> shape_rejected;
  std::string last_head_style;
  // The candidate at hand: whether the agenda lists it, whether the numbers
  // go on after it (numbers_go_on), whether a section heading follows it.
  std::size_t k = 0;
  bool agenda_match = false;
  bool continued = false;
  std::optional<bool> follows;

  const Candidate& c() const { return s.cands[k]; }
  void reject() { rejected_lines[c().line] = c().number; }
  // Its number next in turn (the first head's: 1 at most).
  bool in_turn() const { return expected ? c().number == *expected : c().number <= 1; }

  // Another number form than the items', in a document whose strong heads
  // give one: no head.
  // (The same lead word with and without a separator counts in turn:
  // "ad 1." / "Valg af dirigent" ... "Ad 3 Regnskab", a secretary's
  // inconsistency; "Punkt 4." in the text of item 3 of "Punkt 3:" heads
  // is text.)
  bool other_number_form() const {
    const Candidate& c = this->c();
    const std::string& item_style = s.item_style;
    // ("Ad 1:" / "Ad 2" / "Ad 3." ...: the secretary's answers to the
    // agenda's points, their separator changing from line to line; "Ad"
    // opens no cross-reference in running text, so any separator counts.)
    // (So with a lead word after "Ad": "Ad. Pkt. 2." / "Ad. Punkt 4.", the
    // answer's own lead changing from line to line too.)
    auto answer = [](std::string_view style) {
      const std::string_view lead = number_lead(style);
      return text::starts_with(lead, "ad") && (lead.size() == 2 || lead[2] == '.' || lead[2] == ' ');
    };
    const bool answer_lead = answer(c.style) && answer(item_style);
    const bool same_lead_in_turn =
        c.strong && (number_lead(c.style) == number_lead(item_style) || answer_lead) &&
        (c.style == number_lead(c.style) || item_style == number_lead(item_style) || answer_lead) && in_turn();
    return s.strong_count >= 2 && (!c.strong || c.style != item_style) && !same_lead_in_turn;
  }

  // A section heading within three lines (computed once, when asked).
  // (Or the case's number right under the head, "24. Udpegning af
  // valgstyrere ..." / "Sagsnr.: 2014-001192": a council's case.)
  bool section_follows() {
    if (!follows) {
      const Candidate& c = this->c();
      const std::vector<Line>& lines = s.lines;
      follows = c.line + 1 < lines.size() && !c.title_next && case_number_line(lines[c.line + 1].text);
      for (std::size_t j = c.line + 1; j < lines.size() && j <= c.line + 3 && !*follows; ++j)
        follows = opens_section(lines[j]);
    }
    return *follows;
  }

  // The next numbered line goes on from this one further down, with text
  // between them and a title's shape: the numbers run as items do (a
  // list inside an item runs one line after the other).
  bool numbers_go_on() const {
    const Candidate& c = this->c();
    const std::vector<Line>& lines = s.lines;
    for (std::size_t l = k + 1; l < s.cands.size(); ++l) {
      const Candidate& d = s.cands[l];
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
      if (d.number != c.number + 1 || !apart || d.number_only ||
          (!title_shaped(split_outcome(d.title).first) && !long_stopped_title(d.title)) ||
          (s.strong_count >= 2 && !d.strong))
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
  }

  // The title has an item title's shape, or is cut to its first sentence
  // (the candidate's title and text set so), or is a long title with a
  // full stop that something else says is one.
  bool title_fits() {
    if (title_shaped(shaped_title(c()))) return true;
    if (auto split = first_sentence_title()) {
      s.cands[k].title = split->first;
      s.cands[k].text = split->second;
      return true;
    }
    return long_title_taken();
  }

  // A head next in turn whose line runs its text on after a short first
  // sentence (title_sentence_then_text), the title that sentence.
  // (Or the line is one sentence whose subject is the title, a verbal
  // noun: "4. Behandling af indkomne forslag var hurtigt overstået, da
  // ...", also the first head: "1) Indledning ved Wolfgang ... med. -
  // Nu falmer skoven.")
  std::optional<std::pair<std::string, std::string>> first_sentence_title() const {
    const Candidate& c = this->c();
    if (c.number_only || !c.text.empty()) return std::nullopt;
    if (expected && c.number == *expected)
      if (auto split = title_sentence_then_text(c.title)) return split;
    if (expected ? c.number == *expected : c.number == 1) return verbal_noun_subject(c.title);
    return std::nullopt;
  }

  // A long title with a full stop ("Godkendelse af referat fra mødet
  // den 3. marts 2025 i Sundhedsudvalget.") is a title when a heading
  // cue or the agenda says so, or when its number is next in turn and
  // the numbers go on after it. (Not for a section heading under it: a
  // numbered sentence of a recommendation has its decision under it,
  // "1. Udvalget godkender, at taksten hæves med 2 pct. fra 2025." /
  // "Beslutning".)
  bool long_title_taken() {
    const Candidate& c = this->c();
    const bool long_title = !c.title.empty() && c.title.back() == '.' && title_shaped(std::string_view(c.title).substr(0, c.title.size() - 1));
    const bool next_in_turn = expected && c.number == *expected && continued;
    // (The first of a run of such heads too, "1. Ændring af rådets
    // retningslinier så de kommer i overensstemmelse med de faktiske
    // forhold." / text / "2. Valg af formand, ...": long_stopped_title.
    // Or a run whose numbers carry on from earlier meetings, ten or more:
    // "851)B Godkendelse af dagsorden og drøftelse af SKB-suppleant samt
    // drøftelse af actionsliste (...)." / text / "852)O Kort nyt", a school
    // board, case 561; a list's "4. Søren tager til jægerrådsmøde.." in a
    // text carries on no run, case 378.)
    const bool first_of_run = !expected && (c.number == 1 || c.number >= 10) && !c.number_only &&
                              long_stopped_title(c.title) && continued;
    // (And the last, next in turn with a section heading under it and no
    // numbered line after it: "6. Grøn omstilling og bæredygtighed i
    // kirken (se Menighedsrådenes Blad 09.2021, s. 20-27)." / "Beslutning:".)
    const bool last_of_run = expected && c.number == *expected && !c.number_only && long_stopped_title(c.title) &&
                             k + 1 == s.cands.size() && section_follows();
    // (And one in turn that a general assembly's statutes word, written out
    // in full and closed by a full stop as the statutes print it, where
    // the text is cut before the next: "2. Formandens beretning om
    // lokalforeningens virke i det (de) forløbne år.", an Alzheimer branch;
    // "2. Aflæggelse af beretning om foreningens virke siden sidste ordinære
    // generalforsamling.", a hunting association; "2. Valg af formand,
    // næstformand, kasserer og sekretær for det kommende år.", a local
    // council.)
    const bool statutory = expected && c.number == *expected && !c.number_only && long_stopped_title(c.title) &&
                           opens_with_standard_title(c.title);
    return long_title &&
           (s.lines[c.line].heading || agenda_match || next_in_turn || first_of_run || last_of_run || statutory);
  }

  // A head in turn rejected for its title's shape alone: skipped_in_turn.
  void note_shape_rejected() {
    const Candidate& c = this->c();
    const std::vector<ItemHead>& heads = s.o.heads;
    if (!heads.empty() && expected && c.number == *expected) shape_rejected.push_back(k);
    // (And those in turn after it: skipped_run_in_turn.)
    else if (!heads.empty() && expected && !shape_rejected.empty() &&
             s.cands[shape_rejected.back()].number == c.number - 1 && c.number > *expected &&
             s.cands[shape_rejected.back()].line > heads.back().line)
      shape_rejected.push_back(k);
  }

  // A head in turn whose title the agenda's entry of its number holds after
  // the entry's opening words ("2. Åbenrådgivning og Peer-indsatsen V.
  // Rasmus Jürs ..." under the entry "2. Orientering om Åbenrådgivning og
  // Peer-indsatsen, Ved Rasmus Jürs ..."): the minutes shorten the
  // agenda's title. Its first three words (twelve letters or more) count.
  bool in_numbered_entry() const {
    if (!in_turn()) return false;
    const auto e = s.agenda_by_number.find(c().number);
    if (e == s.agenda_by_number.end()) return false;
    const auto ws = text::words(c().title);
    if (ws.size() < 2) return false;
    const std::string_view title = c().title;
    const std::size_t end = ws.size() > 3 ? static_cast<std::size_t>(ws[3].data() - title.data()) : title.size();
    const std::string start = key_of(title.substr(0, end));
    return start.size() >= 12 && key_of(e->second).find(start) != std::string::npos;
  }

  // A weak head the agenda does not list is no head.
  // (A head the agenda lacks - a table of contents that lost entries -
  // still counts with its number next in turn and a section heading under it.)
  bool missing_from_agenda() {
    return !c().strong && !s.agenda.empty() && !agenda_match && !(in_turn() && section_follows());
  }

  // A numbered line right after another numbered line that is no item,
  // or after a line that opens a list ("Det indstilles, at
  // Direktørforum:"), is a list entry.
  bool list_entry() const {
    if (c().strong || c().line == 0) return false;
    return after_rejected_number() || after_lead_in() || recommendation_point();
  }

  // Right after the line numbered one less that is no item.
  bool after_rejected_number() const {
    const Candidate& c = this->c();
    const auto before = rejected_lines.find(c.line - 1);
    if (before == rejected_lines.end() || before->second != c.number - 1) return false;
    // (Nor after a lettered part of the item before, "4a. Bestyrelsen
    // foreslår ..." / "5. Status på akut handleplan".)
    const bool after_part =
        expected && c.number == *expected && lettered_part_of(s.lines[c.line - 1].text, c.number - 1);
    // (The head in turn that was skipped for its title's shape alone, right
    // above this one: this one is no list entry under it, and goes on in
    // turn through it: skipped_in_turn.)
    return !after_part && !after_skipped_head(s.cands, shape_rejected, k, s.o.heads, expected);
  }

  // Right after a line that ends with a colon, a list's lead-in.
  bool after_lead_in() const {
    const Candidate& c = this->c();
    const std::string& prev = s.lines[c.line - 1].text;
    if (prev.empty() || prev.back() != ':' || agenda_match || c.informal) return false;
    // "Dagsorden:" opens the items themselves, not a list inside one.
    const auto prev_label = label_of(s.lines[c.line - 1]);
    const bool opens_agenda = prev_label && prev_label->field == voc::Field::agenda && prev_label->value.empty();
    // ("Fraværende:" / "1. Godkendelse af dagsorden": a header field left
    // empty over the first item, no list's lead-in.)
    const bool empty_field = prev_label && prev_label->value.empty() && kind_titled(c.title);
    // "5. Landsmøde forberedelse (lukket punkt):" / "6. Godkendelse af
    // referat": a head whose title ends with a colon and no text under it
    // is followed by the next head, no list.
    const std::vector<ItemHead>& heads = s.o.heads;
    const bool after_head = !heads.empty() && heads.back().number == c.number - 1 && heads.back().body_begin == c.line;
    return !opens_agenda && !agenda_group_line(prev, heads.empty()) && !after_head && !empty_field;
  }

  // "Forvaltningen indstiller, at" / "1. Ældrerådet godkender
  // dagsordenen.": the points of a recommendation.
  bool recommendation_point() const {
    const std::string& prev = s.lines[c().line - 1].text;
    return !agenda_match && (ends_with(prev, ", at") || ends_with(prev, " at")) &&
           text::fold(prev).find("indstille") != std::string::npos;
  }

  // A title printed twice (web exports): the first one counts.
  bool repeated_title() const {
    return expected && c().number == *expected - 1 && !s.o.heads.empty() && same_title(s.o.heads.back().title, c().title);
  }

  // The candidate's number fits the heads' sequence so far.
  bool fits_sequence() {
    const Candidate& c = this->c();
    if (!expected) return first_head();
    if (c.number == *expected) return true;
    if (left_out_between() || council_open_items() || numbered_on_after_ones()) return true;
    if ((c.number == 1 || c.number == *expected - 1) && !s.o.heads.empty() && !same_title(s.o.heads.back().title, c.title))
      return restarted_head();
    return false;
  }

  // A list whose first entries alone lost their numbers ("1." each) and
  // whose later ones kept them: "1. Økonomi:" / ... / "5.   Lukket møde:(
  // når aktuelt)" / "6.   Skrivelser og efterretningssager" (Hjallese's
  // parish council, a Word table's list): the number after as many heads as
  // went before it, two at least, all numbered 1 (lines.cc
  // ones_before_run reads the same in a transcript's line).
  bool numbered_on_after_ones() const {
    const std::vector<ItemHead>& heads = s.o.heads;
    return heads.size() >= 2 && c().number == static_cast<int>(heads.size()) + 1 &&
           std::all_of(heads.begin(), heads.end(), [](const ItemHead& h) { return h.number == 1; });
  }

  // The first head.
  bool first_head() {
    const Candidate& c = this->c();
    const bool next_follows = std::any_of(s.cands.begin() + static_cast<std::ptrdiff_t>(k) + 1, s.cands.end(),
                                          [&](const Candidate& d) { return d.number == c.number + 1; });
    // A title that names an item's kind ("Godkendelse af dagsorden",
    // "Orientering om ...", "Eventuelt") is an item's title.
    const bool kind_title = voc::item_kind(text::fold(c.title)).has_value();
    // The document's first line, numbered: a web page of one item
    // ("2.      Indkaldelse af stedfortræder").
    const bool first_line = c.line == 0;
    return c.strong || c.number <= 1 || s.lines[c.line].heading || agenda_match || next_follows || section_follows() ||
           kind_title || first_line;
  }

  // Items left out (closed items, a head not read) between two heads.
  bool left_out_between() {
    const Candidate& c = this->c();
    return c.number > *expected && c.number <= *expected + 5 &&
           (c.strong || agenda_match ||
            ((section_follows() || s.lines[c.line].heading || continued || after_bare_head()) && !c.number_only));
  }

  // Right after the head before, that has no text of its own, as a
  // paragraph of its own with a title's shape: public minutes that list
  // their open items' titles alone leave the closed ones' numbers out ("1.
  // Godkendelse af dagsorden (B)" / "3. Høring af Budget 2016 (D)" / "4.
  // Orientering til udvalget (O)" / "6. ...", Slagelse's Ø-udvalget).
  bool after_bare_head() const {
    const Candidate& c = this->c();
    const std::vector<ItemHead>& heads = s.o.heads;
    return !heads.empty() && heads.back().number && heads.back().line + 1 == c.line &&
           heads.back().body_begin == c.line && heads.back().text.empty() && s.lines[c.line].gap_before &&
           !c.title_next && title_shaped(c.title);
  }

  // A council's open items only ("45. Budget" / "Sagsfremstilling" ...
  // "52. Lokalplan 12" / "Sagsfremstilling"): a head with its case's
  // sections under it, numbered higher than the one before.
  bool council_open_items() {
    const Candidate& c = this->c();
    return c.number > *expected && c.number <= *expected + 60 && !c.number_only && section_follows() &&
           (c.strong || agenda_match || s.lines[c.line].heading || !s.o.heads.empty());
  }

  // Numbering that restarts ("1." to "7.", then "1." to "3." again) or
  // that never moves ("1." before every item: a flattened web list): a
  // head when something besides its number says so - a heading cue,
  // the agenda, an item kind's title, or the
  // next numbered line going on in the same way further down (a list
  // inside an item runs on one line after the other).
  bool restarted_head() const {
    const Candidate& c = this->c();
    const std::vector<Line>& lines = s.lines;
    const std::vector<ItemHead>& heads = s.o.heads;
    const auto before = c.line > 0 ? rejected_lines.find(c.line - 1) : rejected_lines.end();
    // Two heads numbered alike before it: the document numbers so.
    const bool series =
        heads.size() >= 2 && heads.back().number == c.number && heads[heads.size() - 2].number == c.number;
    // (Not after an agenda group's label, "Sager til orientering:" / "1.
    // Meddelelser": the body numbers each group from 1.)
    const std::string& before_text = c.line > 0 ? lines[c.line - 1].text : lines[c.line].text;
    const bool after_list = c.line > 0 && ((before != rejected_lines.end() && before->second + 1 == c.number) ||
                                           (!before_text.empty() && before_text.back() == ':' &&
                                            agenda_group_prefix(before_text) != before_text.size()) ||
                                           list_goes_on_under_head());
    // (Nor a list in the item's text: its first entry right under a
    // sentence of it, without a gap, and the next entry on the very next
    // line, "Der gives orientering af aktuelle tiltag, sager, projekter
    // m.m." / "1. Orientering fra udvalgsformanden." / "2. Orientering fra
    // ...".)
    const bool in_text = c.number == 1 && !c.strong && c.line > 0 && !lines[c.line].gap_before && !before_text.empty() &&
                         before_text.back() == '.' && k + 1 < s.cands.size() && s.cands[k + 1].number == 2 &&
                         s.cands[k + 1].line == c.line + 1;
    // (A section heading under it is none of that: a numbered point
    // inside an item's case text has one too, "1. Budgettet overholdes"
    // / "Beslutning".)
    return !after_list && !in_text && c.title.back() != '?' && (series || !own_number_cell()) &&
           (series || lines[c.line].heading || agenda_match || voc::item_kind(text::fold(c.title)).has_value() ||
            next_goes_on_alike());
  }

  // A numbered list inside the item whose entries have lines of their own
  // under them goes on past the item's own number: "5. Informationer/
  // indstillinger fra udvalgene" / "b) Kirke- og kirkegårdsudvalget" / "1.
  // meddelelse om renovation af låger" / ... / "4. vurdering af orgelsyn" /
  // "- gennemgang af orgelsyn ..." / "5. godkendelse af gravstedbrev"
  // (Thurø's parish council, 852): the last numbered line under the head,
  // left out as a list entry, numbered one less, continues the list, not
  // the agenda. (Right after it, after_list reads it already.)
  bool list_goes_on_under_head() const {
    const Candidate& c = this->c();
    const std::vector<ItemHead>& heads = s.o.heads;
    if (heads.empty() || c.number < 2) return false;
    auto last = rejected_lines.lower_bound(c.line);
    if (last == rejected_lines.begin()) return false;
    --last;
    return last->first > heads.back().line && last->second + 1 == c.number;
  }

  // The number of the head just taken alone on a line a few lines under it,
  // a cell of the item's table of treatments flattened one cell a line
  // ("2  Valg af næstformand" / "00.01.00A30-0068" / "Behandling" /
  // "Mødedato" / "Åbent punkt" / "Lukket punkt" / "Natur- og
  // Miljøudvalget" / "25-09-2018" / "2" / "Hvem beslutter", Bornholm's
  // eDagsorden pages): no head, however the numbers go on after it.
  bool own_number_cell() const {
    const Candidate& c = this->c();
    const std::vector<ItemHead>& heads = s.o.heads;
    return c.title_next && !heads.empty() && heads.back().number == c.number && c.line > heads.back().line &&
           c.line - heads.back().line <= 20;
  }

  // The next numbered line numbered alike or next, apart from this one,
  // with a title's shape.
  bool next_goes_on_alike() const {
    if (k + 1 >= s.cands.size()) return false;
    const Candidate& c = this->c();
    const Candidate& d = s.cands[k + 1];
    const std::vector<Line>& lines = s.lines;
    // (Its title before the outcome its line may hold: "1. Fakturering
    // i GIAS: Der er åbnet op for ...".)
    const auto [next_title, next_outcome] = split_outcome(d.title);
    // (A paragraph of its own, with its outcome on its line, is no
    // list's entry either: "1. Fakturering i GIAS: Der er ...".)
    const bool apart =
        d.line > c.line + 1 || (lines[d.line].gap_before && lines[c.line].gap_before && !next_outcome.empty());
    return !d.dropped && (d.number == c.number || (d.number == c.number + 1)) && apart && title_shaped(next_title) &&
           next_title.back() != '?' && (s.strong_count < 2 || d.strong);
  }

  // A head skipped for its title's shape, taken with the head after it;
  // its title without the trailing marks in `trailing`.
  void take_skipped(std::size_t j, std::string_view trailing) {
    const Candidate& sc = s.cands[j];
    ItemHead sh = head_of(sc);
    while (!sh.title.empty() && trailing.find(sh.title.back()) != std::string_view::npos) sh.title.pop_back();
    sh.body_begin = sc.line + 1;
    rejected_lines.erase(sc.line);
    s.o.heads.push_back(std::move(sh));
  }

  // The head of the number before this one, skipped above for its title's
  // shape only, between the last head and this one in the same number
  // form: taken with this one when this one is taken (skipped_in_turn).
  void take_skipped_heads() {
    const std::optional<std::size_t> skipped =
        skipped_in_turn(s.cands, shape_rejected, k, s.lines, expected, s.o.heads, last_head_style);
    // (Two or more so skipped, every number between the heads there.)
    for (std::size_t j : skipped ? std::vector<std::size_t>{}
                                 : skipped_run_in_turn(s.cands, shape_rejected, k, s.lines, expected, s.o.heads,
                                                       last_head_style))
      take_skipped(j, ",;.");
    if (skipped) take_skipped(*skipped, ",;");
  }

  // The candidate as a head, the next number in turn after it.
  void take_head() {
    const Candidate& c = this->c();
    last_head_style = c.style;
    ItemHead h = head_of(c);
    if (!c.text.empty()) {
      h.text = c.text;
      h.text_kind = c.text_kind;
    }
    s.titles_from_agenda += c.agenda_title ? 1 : 0;
    s.o.heads.push_back(std::move(h));
    expected = c.number + 1;
  }

  // Candidate `index` at hand: its facts as yet unknown.
  void start(std::size_t index) {
    k = index;
    follows.reset();
  }

  // The facts the later steps ask of the candidate, read before its title
  // may be cut (title_fits).
  void read_facts() {
    agenda_match = in_agenda(s, c().title) || in_numbered_entry();
    continued = numbers_go_on();
  }
};

}  // namespace

// An agenda whose first entry is the meeting's attendance, "1.
// Mødedeltagere" / "Sagsfremstilling" / "Fra kommunerne: ..." (Region
// Midtjylland's Praksisplanudvalg and Sundhedsstyregruppen), "1. Fraværende:
// Ole Jørgensen, Kirsten Larsen 2. Bemærkninger til dagsordenen"
// (Sct. Jørgens Menighedsråd): a transcript splits the label from its
// number, "1." / "Mødedeltagere" (Brønderslev's bare "1. Fraværende Resume
// ..." stays whole: lines.cc label_item_title). The label's own word
// (before its colon) titles entry 1; the label line stays in its body, and
// the parser reads the register up to the second head as the header's.
std::optional<std::string> attendance_entry_title(const Candidate& c, const Line& next) {
  if (c.number != 1 || c.style != "." || c.strong) return std::nullopt;
  const auto l = label_of(next);
  if (!l || (l->field != voc::Field::present && l->field != voc::Field::absent)) return std::nullopt;
  const std::string_view t = next.text;
  const std::string_view word = trim(t.substr(0, std::min(t.find(':'), t.size())));
  // (The label alone, one word: "Mødedeltagere", "Fraværende"; not a
  // sentence run on after it.)
  if (word.empty() || text::words(word).size() != 1 || !starts_upper(word)) return std::nullopt;
  if (l->value.empty() ? word.size() != t.size() : !l->had_colon) return std::nullopt;
  return std::string(word);
}

// The numbered candidates, an agenda numbered on two levels read in turn.
namespace {

// "Økonomiudvalget den 25. oktober 2005, pkt." / "3 Kommunalbestyrelsen den
// 31. oktober 2005, pkt. 3 ...": a reference to an earlier meeting's point
// wrapped after "<meeting>, pkt.", its number opening the next line of the
// paragraph, no head (a case's earlier treatments, a council's docplayer
// minutes). ("... til dette pkt." ends a sentence.)
bool reference_number_wrapped(const std::vector<Line>& lines, std::size_t i) {
  if (i == 0 || lines[i].gap_before) return false;
  const auto ws = text::words(lines[i - 1].text);
  return ws.size() >= 2 && text::fold(ws.back()) == "pkt." && ws[ws.size() - 2].back() == ',';
}

}  // namespace

void read_candidates(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& cands = s.cands;
  // An agenda numbered on two levels: the groups' lines are no items, the
  // items under them are read as numbered in turn.
  std::vector<std::size_t> group_lines;
  const auto two_level_numbers = two_level_items(lines, group_lines);
  for (std::size_t i : group_lines) o.listing[i] = true;
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
    if (!c || reference_number_wrapped(lines, i)) continue;
    // A lettered part written with its item's number after that item's head,
    // the candidate before it ("5." / "Økonomi" / "5a. Orientering om ...
    // 5b. ..."; lettered_part_of): part of the item, no head of its own.
    if (!cands.empty() && cands.back().number == c->number &&
        lettered_part_of(lines[i].text, c->number))
      continue;
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
      } else if (i + 1 < lines.size()) {
        if (auto t = attendance_entry_title(*c, lines[i + 1])) {
          c->title = std::move(*t);
          c->body_begin = i + 1;
        }
      }
    }
    cands.push_back(std::move(*c));
  }
}

namespace {

// A numbered list's entry that is a person or what a person reports, not an
// agenda item: a role before a name or a colon ("Formand Per B.
// Christensen, direktør i ...", "Medlem: Maria Lundvig, Bedre Psykiatri",
// "Borgmester Ninna Hedeager Olsen (Ø)", "Skoleleder: Coronasituationen har
// været drøftet ..."), a name before its role or party ("Henrik Hvidesten,
// borgmester i Ringsted kommune - AFBUD", "Jonas Bjørn Jensen (A)"), or an
// entry marked absent at its end ("... elev i afdeling Slagelse AFBUD").
// The person's name, when it opens with a known first name, in `person`.
bool roster_entry(std::string_view title, RosterPerson* person = nullptr) {
  const auto ws = text::words(title);
  if (ws.empty()) return false;
  const bool absent = ws.back() == "AFBUD";
  bool label = false;
  std::size_t k = 0;
  while (k < ws.size() && k < 2 && !label && is_role_word(ws[k])) label = ws[k++].back() == ':';
  // The name: its capitalised words, up to its role or party (a comma, a
  // bracket, a dash or a lower-case word).
  std::string name;
  for (std::size_t j = k; j < ws.size() && starts_upper(ws[j]); ++j) {
    std::string_view w = ws[j];
    const bool comma = w.back() == ',';
    if (comma) w.remove_suffix(1);
    name += (name.empty() ? "" : " ") + std::string(w);
    if (comma) break;
  }
  const auto nws = text::words(name);
  const bool named = !nws.empty() && voc::is_first_name(nws.front()) && looks_like_name(name);
  if (named && person) *person = {name, !absent};
  return absent || label || named;
}

}  // namespace

// A numbered list of people, not of items: the members called to the
// meeting ("Indkaldt til mødet 1. Formand Per B. Christensen, ... 3.
// Henrik Hvidesten, borgmester i Ringsted kommune - AFBUD", SOSU
// Sjælland's board), those present ("Deltagerne var:" / "1. Overborgmester
// Frank Jensen (A)", Københavns Økonomiudvalg), a round of presentations
// ("2. Bordet rundt" / "1. Formand: Else Kirk" / "2. Medlem: Maria
// Lundvig", Odense's Psykiatriråd), or the reports from each role ("1.
// Formand: Der har ikke været nogen henvendelser." / "2. Skoleleder: ...",
// Nydamskolen's school board). Entries numbered in turn, three or more,
// half of them or more (two at least) roster entries: none is an item; the
// people named are the meeting's (o.roster), absent when marked so.
void drop_rosters(ItemScan& s) {
  auto& cands = s.cands;
  for (std::size_t a = 0; a < cands.size();) {
    std::size_t b = a + 1;
    while (b < cands.size() && cands[b].number == cands[b - 1].number + 1 && !cands[b].strong) ++b;
    const auto people = std::count_if(cands.begin() + static_cast<std::ptrdiff_t>(a),
                                      cands.begin() + static_cast<std::ptrdiff_t>(b),
                                      [](const Candidate& c) { return roster_entry(c.title); });
    if (b - a >= 3 && !cands[a].strong && people >= 2 && static_cast<std::size_t>(people) * 2 >= b - a) {
      for (std::size_t k = a; k < b; ++k)
        if (RosterPerson p; roster_entry(cands[k].title, &p) && !p.name.empty()) s.o.roster.push_back(std::move(p));
      cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(a), cands.begin() + static_cast<std::ptrdiff_t>(b));
      continue;
    }
    a = b;
  }
}

// The points of a nested list under its entries: no items.
void mark_nested_points(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  auto& cands = s.cands;
  auto& point_line = s.point_line;
  // The lines of the points a nested list holds under its entries (below).
  point_line.assign(lines.size(), false);
  // A nested list in plain text (" 1. Besøg fra arbejdsgruppen" / "  1.
  // Status på politikken" / "   1. Byrådets godkendelse" / "  2. Release" /
  // " 2. Ungerådet virtuelt"): a number that stands further in than the
  // list's outermost numbers, under one of them, is a point of that item
  // however it is numbered. Further in by its indent and by the column
  // where its number ends (" 9." over "10." is one level, right-aligned).
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
    // (A "1." further in right under an outer number of two digits or
    // more, its number ending in the outer numbers' column: "108.
    // Dialogmøde med ... skolebestyrelser" / "Sagsfremstilling" / "  1.
    // Velkomst ved udvalgsformand" / "  2. Dialog om budget", an agenda
    // numbered through the year. Right alignment never puts a list's 1
    // after its 10 but where the list starts again, the body's heads
    // after an agenda written line by line ("12. Nedsættelse af
    // kirkegårdsudvalg" / " 1. Meddelelser fra formanden", the "1."
    // right under the last entry); under a section heading of an entry
    // with text, the run opened there at that indent is the item's
    // points.)
    int aligned_points = -1;  // the indent of such a run, -1 when none
    std::vector<Candidate> kept;
    for (auto& c : cands) {
      const int in = lines[c.line].indent;
      if (plain(c) && !under && after_outer && !block && c.number == 1 && outer_number >= 10 && in > min_indent &&
          last_outer && c.line > *last_outer + 1 && is_section_line(lines[c.line - 1]))
        aligned_points = in;
      const bool deeper = plain(c) && in > min_indent &&
                          (in + digits(c) > min_end || in == aligned_points);
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
        aligned_points = -1;
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

// Numbers alone that are a transcript's page numbers.
void drop_page_numbers(ItemScan& s) {
  auto& cands = s.cands;
  // A number alone without a separator ("2") is a PDF transcript's page
  // number when the items are written with one ("2. Budget", "Ad 2"):
  // numbers so written outnumber such lines.
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

// Bare "3 Title" lines: a series of items or a table of contents.
void read_bare_numbers(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  auto& cands = s.cands;
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
    // right after it makes the line an item's head, as the case's KLE
    // number does ("1 Fraværende og bemærkninger til dagsordenen" /
    // "27.15.00P35-0007 Behandling Mødedato ...").
    bool section_follows = false;
    for (std::size_t j = cands[k].line + 1; j < lines.size() && j <= cands[k].line + 2 && !section_follows; ++j)
      section_follows = is_section_line(lines[j]) || opens_with_kle_number(lines[j].text);
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
}

// The strong candidates and the form of the items' numbers.
void read_number_form(ItemScan& s) {
  auto& cands = s.cands;
  auto& strong_count = s.strong_count;
  auto& item_style = s.item_style;
  strong_count = std::count_if(cands.begin(), cands.end(), [](const Candidate& c) {
    return c.strong && title_shaped(c.title);
  });
  item_style = most_common_style(s);
}

// The items' number form again once the agenda list is out.
void settle_number_form(ItemScan& s) {
  auto& item_style = s.item_style;
  // The items' form once the agenda list is out: an agenda written "Pkt.
  // 1 Title" above heads written "Pkt. 1. Title" does not decide it.
  if (auto style = most_common_style(s); !style.empty()) item_style = style;
}

// The numbered heads: candidates checked against the agenda, the number
// sequence and a title's shape.
void read_numbered_heads(ItemScan& s) {
  HeadReader r(s);
  for (std::size_t k = 0; k < s.cands.size(); ++k) {
    r.start(k);
    const Candidate& c = s.cands[k];
    if (c.dropped) {
      if (!c.page_number) r.reject();
      continue;
    }
    if (r.other_number_form()) {
      r.reject();
      continue;
    }
    r.read_facts();
    if (!r.title_fits()) {
      r.reject();
      r.note_shape_rejected();
      continue;
    }
    if (r.missing_from_agenda() || r.list_entry()) {
      r.reject();
      continue;
    }
    if (r.repeated_title()) {
      s.o.listing[c.line] = true;
      continue;
    }
    if (!r.fits_sequence()) {
      r.reject();
      continue;
    }
    r.take_skipped_heads();
    r.take_head();
  }
}

// The last resort when the heads found are one at most: a numbered run
// "1.", "2.", "3." ... at line starts, each entry followed by its own text
// before the next one ("1. Meddelelser fra formanden" / its text / "2.
// Meddelelser fra sognepræsten" / its text ...): numbered items, whatever
// put the reading off (a short list numbered after the agenda in front
// of them, "10. ..." / "11. ..." / "1. ...": items added at the meeting).
// (Entries on adjacent lines are a list - an agenda a cut-off excerpt never
// reaches, a recommendation's points - and stay none.)
void read_separated_run(ItemScan& s) {
  if (s.o.heads.size() > 1) return;
  const std::vector<Line>& lines = s.lines;
  const auto text_between = [&](std::size_t a, std::size_t b) {
    for (std::size_t l = a + 1; l < b; ++l)
      if (!text::trim(lines[l].text).empty()) return true;
    return false;
  };
  const auto usable = [&](const Candidate& c) {
    return !c.dropped && !c.number_only && !c.title.empty() && !s.o.listing[c.line] && title_shaped(c.title);
  };
  std::vector<std::size_t> best;
  for (std::size_t k = 0; k < s.cands.size(); ++k) {
    if (s.cands[k].number != 1 || !usable(s.cands[k])) continue;
    std::vector<std::size_t> run{k};
    for (std::size_t j = k + 1; j < s.cands.size(); ++j) {
      const Candidate& prev = s.cands[run.back()];
      const Candidate& c = s.cands[j];
      if (c.number != prev.number + 1) continue;
      if (!usable(c) || !text_between(prev.line, c.line)) break;
      run.push_back(j);
    }
    if (run.size() > best.size()) best = std::move(run);
  }
  if (best.size() < 3) return;
  s.o.heads.clear();
  for (std::size_t k : best) s.o.heads.push_back(head_of(s.cands[k]));
}

// An agenda page with no body: its numbered list is the items.
void read_agenda_page(ItemScan& s) {
  const std::vector<Line>& lines = s.lines;
  Outline& o = s.o;
  auto& cands = s.cands;
  // An agenda page with no body: its numbered list is the items, whatever
  // the shape of its titles (a notice's agenda often writes each entry as
  // a sentence with its full stop: " 1. Godkendelse af dagsorden." / " 3.
  // Formanden orienterer om mødet med borgmesteren." / " 6. Eventuelt.").
  // A run of three or more entries numbered in turn, one line after the
  // other, with an item's kind among them, none of the heads found
  // outside it and no numbered line in turn after it; not a list after a
  // colon that opens no agenda ("Deltagerne var:", "indstiller, at:").
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

}  // namespace corpus::recog
