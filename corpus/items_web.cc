// Items of web minutes that the other passes leave out: conventions of
// municipal and regional web agendas and of small bodies' own pages.
#include <algorithm>
#include <array>
#include <string>

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
  std::size_t n = 0;
  const std::string f = text::fold(title.substr(0, std::min<std::size_t>(title.size(), 12)));
  for (std::string_view name : {"eventuelt", "evt."})
    if (text::starts_with(f, name)) n = name.size();
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

}  // namespace corpus::recog
