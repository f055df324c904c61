// Agenda lists in run-on transcripts: the list run into one line read as its
// entries, and the entries' heads that the body runs into its text split
// off as lines of their own (docs/ARCHITECTURE.md §4.1). A PDF transcript
// prints each page as one line, so "Dagsorden: 1. Valg af dirigent 2.
// Beretning ... 8. Eventuelt Ad 1. Valg af dirigent Bjarne blev valgt. Ad 2.
// Beretning ..." holds the agenda, its last entry run into the first item's
// head, and the heads run into the items' texts.
#include <algorithm>
#include <cctype>

#include "corpus/recogniser.h"

namespace corpus::recog {
namespace {

using text::read_number;
using text::trim;

// A word without the punctuation a title's word may end with.
std::string bare_word(std::string_view w) {
  while (!w.empty() && std::string_view(".,:;)").find(w.back()) != std::string_view::npos) w.remove_suffix(1);
  return text::fold(w);
}

// An entry's number in a run of words at ws[k]: "3.", "3)", "3.)", "3:",
// or glued to its title's first word ("1.Valg"). Returns the number (-1
// for none) and sets `title` to where the title starts in the word (0: the
// next word).
int entry_number_word(std::string_view w, std::size_t& title, char* sep = nullptr) {
  std::size_t i = 0;
  const int n = read_number(w, i, 3);
  if (n < 0 || i == w.size()) return -1;
  std::size_t j = i;
  while (j < w.size() && (w[j] == '.' || w[j] == ')' || w[j] == ':') && j < i + 2) ++j;
  if (j == i) return -1;
  if (sep) *sep = w[i];
  if (j == w.size()) {
    title = 0;
    return n;
  }
  // ("1.Valg", "2:Referat": a capital after the full stop or colon; not
  // "1.2", "3.maj" nor "15:30".)
  if ((w[j - 1] == '.' || w[j - 1] == ':') && text::starts_capital(w.substr(j))) {
    title = j;
    return n;
  }
  return -1;
}

// A head's lead word before its number ("Ad 3.", "Pkt. 3", "Punkt 3"), or
// glued to it ("Ad3.", "Ad1"): the number, -1 for none; `words_used` the
// words the lead and number take.
int lead_and_number(const std::vector<std::string_view>& ws, std::size_t k, std::size_t& words_used, bool& ad) {
  const std::string_view w = ws[k];
  ad = false;
  for (std::string_view lead : {"Ad", "Ad.", "Pkt.", "Pkt", "Punkt", "PKT.", "AD"}) {
    if (w == lead && k + 1 < ws.size()) {
      std::size_t i = 0;
      const int n = read_number(ws[k + 1], i, 3);
      if (n < 0) return -1;
      const std::string_view rest = ws[k + 1].substr(i);
      if (!rest.empty() && rest != "." && rest != ":" && rest != ")" && rest != ".)") return -1;
      words_used = 2;
      ad = lead == "Ad" || lead == "Ad." || lead == "AD";
      return n;
    }
    if ((lead == "Ad" || lead == "AD") && w.size() > 2 && text::starts_with(w, lead)) {
      std::size_t i = 2;
      const int n = read_number(w, i, 3);
      if (n < 0) return -1;
      const std::string_view rest = w.substr(i);
      if (!rest.empty() && rest != "." && rest != ":" && rest != ")") return -1;
      words_used = 1;
      ad = true;
      return n;
    }
  }
  return -1;
}

// True when the words from ws[k] (the first one from `from` on) open
// `title`: its first four words or all of them, punctuation aside.
bool opens_title(const std::vector<std::string_view>& ws, std::size_t k, std::size_t from, const std::string& title) {
  const auto tws = text::words(title);
  const std::size_t n = std::min<std::size_t>(tws.size(), 4);
  if (n == 0) return false;
  std::size_t matched = 0;
  for (std::size_t t = 0; t < n; ++t) {
    const std::size_t at = k + t;
    if (at >= ws.size()) return false;
    const std::string_view w = t == 0 ? ws[at].substr(from) : ws[at];
    const std::string a = bare_word(w), b = bare_word(tws[t]);
    if (a.empty() || a != b) return false;
    ++matched;
  }
  // (A title of one short word, "Evt", is too weak alone.)
  return matched >= 2 || bare_word(tws[0]).size() >= 6;
}

// A Danish agenda list run into one line after its heading: "Dagsorden: 1.
// Generalforsamling. 2. Hjælpepakker til foreninger mv. 3. ...",
// "Dagsorden. 1. Formanden siden sidst. 2. Kassereren siden sidst. ...".
// The entries' numbers rise by one (or by two where the transcript lost
// one); each title ends where the next number starts. Returns the pieces:
// the text up to the heading, then each entry ("1. Generalforsamling."); or
// nothing when the line holds no such list of three entries or more.
std::vector<std::string> run_on_agenda_list(const std::string& t) {
  const auto ws = text::words(t);
  for (std::size_t h = 0; h + 1 < ws.size(); ++h) {
    const std::string f = text::fold(ws[h]);
    if (f != "dagsorden" && f != "dagsorden:" && f != "dagsorden.") continue;
    // (The heading: "Dagsorden" with its capital, not the end of a
    // sentence or of a title, "Godkendelse af dagsorden 1. ...",
    // "Formanden gennemgik Dagsorden.": no lower-case word before it.)
    if (!text::starts_capital(ws[h]) || (h > 0 && !ws[h - 1].empty() && std::islower(static_cast<unsigned char>(ws[h - 1][0]))))
      continue;
    std::size_t title = 0;
    int n = entry_number_word(ws[h + 1], title);
    if (n < 0 || n > 1) continue;
    std::vector<std::size_t> starts = {h + 1};
    for (std::size_t k = h + 2 + (title == 0 ? 1 : 0); k < ws.size(); ++k) {
      const int m = entry_number_word(ws[k], title);
      // (The next number, or the one after it where the transcript lost
      // one; after a title's word.)
      if (k > starts.back() + 25) break;  // (an entry is a title, not a text)
      if (m < 0 || (m != n + 1 && m != n + 2) || k == starts.back() + 1) continue;
      if (m == n + 2) {
        // (A lost number only when the right one does not come later.)
        bool later = false;
        for (std::size_t j = k + 1; j < ws.size() && !later; ++j) {
          std::size_t tt = 0;
          later = entry_number_word(ws[j], tt) == n + 1;
        }
        if (later) continue;
      }
      starts.push_back(k);
      n = m;
    }
    if (starts.size() < 3) return {};
    // (Each entry but the last a title, twelve words at most: entries
    // with their outcomes, "2. Godkendelse af dagsorden. Dagsorden
    // godkendt.", are the minutes themselves, read as heads.)
    for (std::size_t e = 0; e + 1 < starts.size(); ++e)
      if (starts[e + 1] - starts[e] > 13) return {};
    std::vector<std::string> out;
    const auto off = [&](std::size_t k) { return static_cast<std::size_t>(ws[k].data() - t.data()); };
    if (const auto head = trim(std::string_view(t).substr(0, off(starts[0]))); !head.empty()) out.emplace_back(head);
    for (std::size_t e = 0; e < starts.size(); ++e) {
      const std::size_t end = e + 1 < starts.size() ? off(starts[e + 1]) : t.size();
      out.emplace_back(trim(std::string_view(t).substr(off(starts[e]), end - off(starts[e]))));
    }
    return out;
  }
  return {};
}

// An agenda list: three lines or more one after another, each opening with
// its entry's number, the numbers rising by one (or two, a number lost).
// Returns the first such run's [begin, end), or begin == end for none.
std::pair<std::size_t, std::size_t> agenda_list_run(const std::vector<Line>& lines, std::vector<int>& numbers,
                                                    std::vector<std::string>& titles) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    numbers.clear();
    titles.clear();
    std::size_t j = i;
    for (; j < lines.size(); ++j) {
      const auto ws = text::words(lines[j].text);
      if (ws.empty()) break;
      std::size_t title = 0;
      const int n = entry_number_word(ws[0], title);
      if (n < 0 || (!numbers.empty() && n != numbers.back() + 1 && n != numbers.back() + 2)) break;
      // (An entry's line is short, but the last may run on into the body.)
      if (!numbers.empty() && text::words(titles.back()).size() > 20) break;
      numbers.push_back(n);
      const std::size_t from = static_cast<std::size_t>(ws[0].data() - lines[j].text.data()) + (title == 0 ? ws[0].size() : title);
      titles.emplace_back(trim(std::string_view(lines[j].text).substr(from)));
    }
    if (numbers.size() >= 3) return {i, j};
    i = std::max(i, j > i ? j - 1 : i);
  }
  numbers.clear();
  titles.clear();
  return {0, 0};
}

// "åbent", "lukket": the status an agenda system prints before each entry
// of its list ("åbent 1 Fraværende og bemærkninger til dagsordenen").
bool status_word(std::string_view w) {
  const std::string f = text::fold(w);
  return f == "åbent" || f == "lukket" || f == "åben";
}

// A number alone, "12": an entry's number without its full stop.
int bare_number(std::string_view w) {
  std::size_t i = 0;
  const int n = read_number(w, i, 3);
  return i == w.size() ? n : -1;
}

// The list of an agenda system that prints each entry's status before its
// number ("Dagsordenspunkter" / "åbent 1 Stefan Agger - udtræden af
// kommunalbestyrelsen" / "åbent 2 Årsberetning 2016" / ... / "lukket 14
// Lukket punkt"), run on by a transcript so that each status ends the line
// before its entry ("Dagsordenspunkter åbent" / "1 Stefan Agger - udtræden
// af kommunalbestyrelsen åbent" / "2 Årsberetning 2016 åbent" / ...): three
// entries or more, numbered from 1 up by one, the line before the first
// and most entries ending with a status. The status goes back before its
// entry, as the list prints it (so the entries are no heads), and the run's
// [begin, end), its numbers and titles are returned; begin == end for none.
std::pair<std::size_t, std::size_t> status_column_run(std::vector<Line>& lines, std::vector<int>& numbers,
                                                      std::vector<std::string>& titles) {
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto prev = text::words(lines[i - 1].text);
    if (prev.empty() || !status_word(prev.back())) continue;
    numbers.clear();
    titles.clear();
    std::size_t j = i, statused = 0;
    for (; j < lines.size(); ++j) {
      const auto ws = text::words(lines[j].text);
      if (ws.size() < 2) break;
      const int n = bare_number(ws[0]);
      if (n != (numbers.empty() ? 1 : numbers.back() + 1)) break;
      numbers.push_back(n);
      const bool st = status_word(ws.back()) && ws.size() >= 3;
      statused += st;
      const std::size_t from = static_cast<std::size_t>(ws[1].data() - lines[j].text.data());
      const std::size_t to = st ? static_cast<std::size_t>(ws.back().data() - lines[j].text.data()) : lines[j].text.size();
      titles.emplace_back(trim(std::string_view(lines[j].text).substr(from, to - from)));
    }
    if (numbers.size() < 3 || statused * 2 < numbers.size()) continue;
    for (std::size_t k = j; k-- > i;) {
      std::string& before = lines[k - 1].text;
      const auto bw = text::words(before);
      if (bw.empty() || !status_word(bw.back())) continue;
      const std::string status(bw.back());
      before = std::string(trim(std::string_view(before).substr(0, static_cast<std::size_t>(bw.back().data() - before.data()))));
      lines[k - 1].label.reset();
      lines[k].text = text::fold(status) + " " + lines[k].text;
      lines[k].label.reset();
    }
    return {i, j};
  }
  numbers.clear();
  titles.clear();
  return {0, 0};
}

// Undoes status_column_run's moves: each status back at the end of the
// line before its entry.
void restore_statuses(std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end; ++k) {
    const auto ws = text::words(lines[k].text);
    if (ws.size() < 2 || !status_word(ws[0])) continue;
    lines[k - 1].text += " " + std::string(ws[0]);
    lines[k - 1].label.reset();
    lines[k].text = std::string(trim(std::string_view(lines[k].text).substr(static_cast<std::size_t>(ws[1].data() - lines[k].text.data()))));
    lines[k].label.reset();
  }
}

// Splits lines[j] at the words `cuts` (indices into its words, rising).
// (With `gap`, each piece opens a paragraph, as a head printed on a line
// of its own does.)
void split_line_at(std::vector<Line>& lines, std::size_t j, const std::vector<std::size_t>& cuts, bool gap = false) {
  const std::string t = lines[j].text;
  const auto ws = text::words(t);
  std::vector<std::string> parts;
  std::size_t from = 0;
  for (std::size_t c : cuts) {
    const std::size_t at = static_cast<std::size_t>(ws[c].data() - t.data());
    if (const auto p = trim(std::string_view(t).substr(from, at - from)); !p.empty()) parts.emplace_back(p);
    from = at;
  }
  parts.emplace_back(trim(std::string_view(t).substr(from)));
  if (parts.size() < 2) return;
  replace_by_pieces(lines, j, std::move(parts), gap);
}

// The entries' heads in the body after the list on lines [begin, end),
// split off as lines of their own (see split_agenda_list_echoes). With
// `bare`, the list's numbers stand without a full stop ("1 Fraværende og
// bemærkninger til dagsordenen") and so may the heads' ("Åbent punkt 1
// Fraværende ...", "Møde. 1 Stefan Agger - udtræden ..."), with the title.
// Returns the line of the first head, lines.size() for none.
std::size_t split_entry_heads(std::vector<Line>& lines, std::size_t begin, std::size_t end,
                              const std::vector<int>& numbers, std::vector<std::string>& titles, bool bare) {
  // The entries' heads in the body, in the list's order, from the last
  // entry's second word on (the last entry runs on into the first head:
  // "10. Eventuelt Ad 1. Vedtagelse af dagsorden"): "Ad 3", "Pkt. 3" or
  // "Punkt 3" with or without the title, "3." with it.
  std::vector<std::vector<std::size_t>> cuts(lines.size());
  std::size_t echoes = 0, titled = 0;
  std::size_t line = bare ? end : end - 1, word = bare ? 0 : 2;
  std::size_t first_line = 0, first_word = 0;
  // The list's separator ("1."), and the body's when it numbers the heads
  // in another form, "1: Velkommen til nye rådsmedlemmer Susan og Diana.
  // ... 2:Referat har været længe undervejs.": then its numbers need no
  // title (the text after them is the outcome).
  char list_sep = 0, body_sep = 0;
  {
    std::size_t t0 = 0;
    const auto w0 = text::words(lines[begin].text);
    entry_number_word(w0[0], t0, &list_sep);
  }
  for (std::size_t e = 0; e < numbers.size(); ++e) {
    const int n = numbers[e];
    // (The last entry's own title ends at its first echo.)
    bool found = false;
    for (std::size_t l = line; l < lines.size() && !found; ++l) {
      const auto ws = text::words(lines[l].text);
      for (std::size_t k = l == line ? word : 0; k < ws.size() && !found; ++k) {
        std::size_t used = 0, title = 0;
        bool ad = false;
        int m = lead_and_number(ws, k, used, ad);
        char sep = 0;
        if (bare) {
          // ("Åbent punkt 1 Fraværende og bemærkninger til dagsordenen
          // 27.15.00P35-0007 ...": the number and the whole title, a line
          // of their own.)
          const auto tws = text::words(titles[e]);
          if (bare_number(ws[k]) != n || tws.empty() || k + tws.size() >= ws.size()) continue;
          bool whole = true;
          for (std::size_t t = 0; t < tws.size() && whole; ++t) whole = bare_word(ws[k + 1 + t]) == bare_word(tws[t]);
          if (!whole) continue;
          found = true;
          ++echoes;
          ++titled;
          if (k > 0) cuts[l].push_back(k);
          if (k + 1 + tws.size() < ws.size()) cuts[l].push_back(k + 1 + tws.size());
          line = l;
          word = k + 1 + tws.size();
          continue;
        }
        if (m < 0) {
          m = entry_number_word(ws[k], title, &sep);
          used = title == 0 ? 1 : 0;
          ad = false;
        }
        if (m != n) continue;
        const bool echo = opens_title(ws, k + used, used == 0 ? title : 0, titles[e]);
        const bool restyled = sep != 0 && sep == body_sep &&
                              (title > 0 || (k + 1 < ws.size() && text::starts_capital(ws[k + 1])));
        // (A bare number needs its title; "Ad 3" is the head's own lead.)
        if (!echo && !ad && !restyled) continue;
        if (e == 0 && echo && sep != 0 && sep != list_sep) body_sep = sep;
        found = true;
        ++echoes;
        titled += echo;
        // (Never between a lead word and its number: "Ad. 1.", "pkt. 1.")
        std::size_t cut = k;
        if (cut > 0 && used != 2) {
          const std::string before = text::fold(ws[cut - 1]);
          for (std::string_view lead : {"ad", "ad.", "pkt", "pkt.", "punkt", "sag", "nr.", "nr"})
            if (before == lead) --cut;
        }
        if (cut > 0) cuts[l].push_back(cut);
        // (The last entry's title ends at the first head.)
        if (l == end - 1 && cuts[l].size() == 1) {
          const std::string& t = lines[l].text;
          std::size_t glued = 0;
          entry_number_word(ws[0], glued);
          const std::size_t from = glued > 0 ? glued : static_cast<std::size_t>(ws[1].data() - t.data());
          const std::size_t to = static_cast<std::size_t>(ws[cut].data() - t.data());
          titles.back() = std::string(trim(std::string_view(t).substr(from, to - from)));
        }
        line = l;
        word = k + 1;
      }
    }
    // (The body takes up the list from its first entry: without that
    // echo, a later number is a reference, "Som nye punkter blev
    // indføjet: 18. Projekt ...", not a head.)
    if (e == 0 && !found) return lines.size();
    if (e == 0) first_line = line, first_word = word;
  }
  if (echoes < 2 && titled < 1) return lines.size();
  for (std::size_t l = lines.size(); l-- > 0;)
    if (!cuts[l].empty()) split_line_at(lines, l, cuts[l], bare);
  // (The first head's line after the splits: the cuts before it on its
  // line add to its index.)
  std::size_t at = first_line;
  for (std::size_t l = 0; l < first_line; ++l) at += cuts[l].size();
  for (std::size_t c : cuts[first_line])
    if (c < first_word) ++at;
  return at;
}

}  // namespace

void split_agenda_list_echoes(std::vector<Line>& lines) {
  // The agenda list run into one line: its entries become lines.
  for (std::size_t j = 0; j < lines.size(); ++j) {
    if (lines[j].text.size() < 40 || lines[j].text.find('\t') != std::string::npos) continue;
    auto pieces = run_on_agenda_list(lines[j].text);
    if (pieces.empty()) continue;
    // (Not when the list goes on on the next line past a gap: the numbers
    // the transcript lost ran entries together, "4. Budget Revision af
    // strategiplan" / "7. Status ...", and the line is better left whole.)
    if (j + 1 < lines.size()) {
      const auto next = text::words(lines[j + 1].text);
      const auto last = text::words(pieces.back());
      std::size_t t1 = 0, t2 = 0;
      const int n = next.empty() ? -1 : entry_number_word(next[0], t1);
      const int m = entry_number_word(last[0], t2);
      if (n > m + 1 && n <= m + 4) break;
    }
    replace_by_pieces(lines, j, std::move(pieces));
    break;
  }
  std::vector<int> numbers;
  std::vector<std::string> titles;
  if (const auto [begin, end] = status_column_run(lines, numbers, titles); begin != end) {
    // (Only when the body's first head reads as one, a section heading on
    // its next line or the one after, "1 Stefan Agger - udtræden af
    // kommunalbestyrelsen" / "00.22.00G01-0002" / "Sagsfremstilling": else
    // the list's entries stay the items, their statuses where the
    // transcript put them.)
    const std::size_t first = split_entry_heads(lines, begin, end, numbers, titles, true);
    bool readable = false;
    for (std::size_t k = first + 1; first < lines.size() && k < lines.size() && k <= first + 2 && !readable; ++k)
      readable = is_section_line(lines[k]) || opens_with_kle_number(lines[k].text);
    if (!readable) restore_statuses(lines, begin, end);
    return;
  }
  const auto [begin, end] = agenda_list_run(lines, numbers, titles);
  if (begin == end) return;
  split_entry_heads(lines, begin, end, numbers, titles, false);
}

}  // namespace corpus::recog
