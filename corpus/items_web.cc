// Items of web minutes that the other passes leave out: conventions of
// municipal and regional web agendas and of small bodies' own pages.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "corpus/items_scan.h"
#include "corpus/text.h"
#include "corpus/vocabulary.h"

namespace corpus::recog {

namespace voc = vocabulary;
using text::trim;

namespace {

// "intet", "ingen bemærkninger", "div. drøftet", "godkendt": what a
// closing item's line says happened under it, in a word or three (folded,
// without its full stop).
bool closing_item_verdict(std::string_view folded) {
  static constexpr std::array<std::string_view, 8> k_nothing = {
      "intet", "ingen", "ingen bemærkninger", "intet nyt", "intet at bemærke", "ikke noget", "intet til eventuelt",
      "ingen punkter"};
  if (std::find(k_nothing.begin(), k_nothing.end(), folded) != k_nothing.end()) return true;
  const auto ws = text::words(folded);
  if (ws.empty() || ws.size() > 3) return false;
  // ("Div. drøftet", "Blev drøftet": a verdict's participle last.)
  return voc::is_verdict(std::string(ws.back()) + ".");
}

}  // namespace

// "10. Eventuelt Ingen bemærkninger.", "9 - Eventuelt Div. drøftet", "7.
// Eventuelt intet |": the closing item's name with what happened under it
// on its line, a short verdict ("Intet", "Ingen bemærkninger", "Div.
// drøftet"), no separator needed. The title is the name. ("Evt. vedtagelse
// af udgifter ...", "Eventuelt - fællesmøde med Område-MED", "Eventuelt
// herunder næste møde" stay titles: a topic, no outcome.)
std::optional<std::pair<std::string, std::string>> closing_item_outcome(std::string_view title) {
  const std::size_t n = closing_item_name_end(title);
  if (n == 0 || n >= title.size()) return std::nullopt;
  std::size_t at = n;
  while (at < title.size()) {
    if (title[at] == ' ' || title[at] == ':' || title[at] == '.' || title[at] == '-') {
      ++at;
    } else if (title.substr(at, 3) == "\u2013") {
      at += 3;
    } else {
      break;
    }
  }
  if (at == n || at >= title.size()) return std::nullopt;
  std::string_view rest = trim(title.substr(at));
  while (!rest.empty() && (rest.back() == '|' || rest.back() == ' ')) rest.remove_suffix(1);
  std::string fr = text::fold(rest);
  while (!fr.empty() && (fr.back() == '.' || fr.back() == '!')) fr.pop_back();
  if (!closing_item_verdict(fr)) return std::nullopt;
  std::string name(title.substr(0, n));
  while (!name.empty() && name.back() == '.') name.pop_back();
  return std::make_pair(name, std::string(rest));
}

namespace {

// "Mødepunkt Referat", "| Mødepunkt | Referat |", "MødepunktReferat",
// "Mødepunkt Beslutning": the column heads of DAP's minutes (the Danish
// church's agenda system), item left, outcome right.
bool dap_column_heads(std::string_view t) {
  std::string f;
  for (char c : text::fold(t))
    if (c != '|' && c != ' ' && c != '\t') f += c;
  return f == "mødepunktreferat" || f == "mødepunktbeslutning";
}

// "1 - Godkendelse af dagsorden" -> "Godkendelse af dagsorden": DAP's first
// number, if the line still has it.
std::string_view without_dap_first_number(std::string_view t) {
  for (std::string_view n : {"1 - ", "1 \u2013 ", "1. ", "1 "})
    if (text::starts_with(t, n)) return trim(t.substr(n.size()));
  return t;
}

// "Godkendelse af dagsorden Godkendt." -> the title and the verdict written
// after it in DAP's second column ("Godkendt."); the outcome is empty when
// no capitalised verdict ends the line.
std::pair<std::string, std::string> dap_title_and_outcome(std::string_view t) {
  const auto ws = text::words(t);
  for (std::size_t k = 1; k < ws.size(); ++k) {
    if (!text::starts_capital(ws[k])) continue;
    const std::size_t at = static_cast<std::size_t>(ws[k].data() - t.data());
    const std::string_view rest = trim(t.substr(at));
    if (text::words(rest).size() <= 4 && voc::is_verdict(text::fold(rest)))
      return {std::string(trim(t.substr(0, at))), std::string(rest)};
  }
  return {std::string(t), ""};
}

}  // namespace

// DAP's first row: the line under the column heads "Mødepunkt | Referat"
// is item 1 when the heads found start at 2, whether its "1 - " was lost
// ("Godkendelse af dagsorden Godkendt.") or it is a table row the other
// items are not ("| 1 - Godkendelse af dagsorden | Godkendt |").
void read_dap_first_item(ItemScan& s) {
  Outline& o = s.o;
  if (o.heads.empty() || o.heads.front().number != 2) return;
  const std::size_t first = o.heads.front().line;
  std::size_t i = 0;
  while (i < first && !dap_column_heads(s.lines[i].text)) ++i;
  if (i + 2 > first) return;  // no heads, or nothing between them and item 2
  const Line& row = s.lines[i + 1];
  std::string_view t = trim(row.text);
  std::string outcome;
  if (!t.empty() && t.front() == '|') {
    t = trim(t.substr(1));
    while (!t.empty() && (t.back() == '|' || t.back() == ' ')) t.remove_suffix(1);
    const auto bar = t.find('|');
    if (bar != std::string_view::npos) {
      outcome = std::string(trim(t.substr(bar + 1)));
      t = trim(t.substr(0, bar));
    }
  }
  t = without_dap_first_number(t);
  auto [title, verdict] = outcome.empty() ? dap_title_and_outcome(t) : std::make_pair(std::string(t), outcome);
  if (title.empty() || text::words(title).size() > 12) return;
  if (!verdict.empty() && !voc::is_verdict(text::fold(verdict))) return;
  if (verdict.empty() && text::words(title).size() > 8) return;
  ItemHead h;
  h.line = i + 1;
  h.number = 1;
  h.title = std::move(title);
  h.text = std::move(verdict);
  h.body_begin = i + 2;
  o.heads.insert(o.heads.begin(), std::move(h));
}

// DAP's minutes in a PDF transcript (docplayer.dk): the column head
// "Mødepunkt" ends a run-on line and the items follow as bare "1 Godkendelse
// af dagsorden Godkendt", "2 Nyt fra formanden ...", "3 Kirkekalkning Sag:
// ...", each run on into its text. When no numbered head was found, the
// lines after the head numbered 1, 2, 3 ... in turn (three or more) are the
// items; a title ends before a verdict.
void read_dap_transcript_items(ItemScan& s) {
  Outline& o = s.o;
  for (const ItemHead& h : o.heads)
    if (h.number) return;
  std::size_t m = 0;
  for (; m < s.lines.size(); ++m) {
    const auto ws = text::words(s.lines[m].text);
    if (!ws.empty() && text::fold(ws.back()) == "mødepunkt") break;
  }
  std::vector<ItemHead> found;
  for (std::size_t j = m + 1; j < s.lines.size(); ++j) {
    const std::string lead = std::to_string(found.size() + 1) + " ";
    std::string_view t = s.lines[j].text;
    if (!text::starts_with(t, lead) || !text::starts_capital(t.substr(lead.size()))) continue;
    t = without_case_labels(trim(t.substr(lead.size())));
    auto [title, verdict] = dap_title_and_outcome(t);
    ItemHead h;
    h.line = j;
    h.number = static_cast<int>(found.size()) + 1;
    h.title = std::move(title);
    h.text = std::move(verdict);
    h.body_begin = j + 1;
    found.push_back(std::move(h));
  }
  if (found.size() < 3) return;
  for (std::size_t k = 0; k + 1 < found.size(); ++k)
    if (found[k + 1].line < found[k].body_begin) found[k].body_begin = found[k + 1].line;
  o.heads = std::move(found);
}

}  // namespace corpus::recog
