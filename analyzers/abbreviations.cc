#include "analyzers/abbreviations.h"

#include <vector>

#include "analyzers/analyzer.h"

namespace analyzers {

const Abbreviations& curated_abbreviations() {
  static const Abbreviations k_list = {
      {"ssu", "sundhedssamarbejdsudvalget"},
      {"fsn", "fagligt strategisk niveau"},
      {"plo", "praktiserende lægers organisation"},
      {"plo-r", "plo regional"},
      {"plo-k", "plo kommunal"},
      {"kl", "kommunernes landsforening"},
      {"sst", "sundhedsstyrelsen"},
      {"aak", "aalborg kommune"},
      {"jk", "jammerbugt kommune"},
      {"k-forum", "koordineringsforum"},
      {"amk", "akutmedicinsk koordinationscenter"},
      {"ssf", "strategisk sundhedsforum"},
      {"dnlp", "det nationale ledelsesprogram"},
  };
  return k_list;
}

void learn_abbreviations(std::string_view text, Abbreviations& out) {
  for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open < 3 || close - open > 9) continue;
    const std::string_view abbr = text.substr(open + 1, close - open - 1);
    bool upper = true;
    for (char c : abbr) upper = upper && ((c >= 'A' && c <= 'Z') || c == '-');
    if (!upper) continue;
    // The words before "(", as many as the abbreviation has letters.
    std::string letters;
    for (char c : abbr)
      if (c != '-') letters += static_cast<char>(c - 'A' + 'a');
    const auto tokens = tokenize(text.substr(open >= 200 ? open - 200 : 0, std::min<std::size_t>(open, 200)));
    if (tokens.size() < letters.size()) continue;
    std::string initials, long_form;
    for (std::size_t i = tokens.size() - letters.size(); i < tokens.size(); ++i) {
      initials += tokens[i].word.substr(0, 1);
      long_form += (long_form.empty() ? "" : " ") + tokens[i].word;
    }
    if (initials == letters) out.emplace(fold_case(abbr), long_form);
  }
}

std::string add_abbreviation_alternatives(std::string_view normalized, const Abbreviations& known) {
  std::map<std::string, std::string> reverse;  // one-word long form -> abbreviation
  for (const auto& [abbr, long_form] : known)
    if (long_form.find(' ') == std::string::npos) reverse.emplace(long_form, abbr);
  // "plo-r" and "k-forum" are not plain words: look at every piece here.
  std::string out;
  bool in_phrase = false;
  std::size_t i = 0;
  while (i < normalized.size()) {
    std::size_t j = normalized.find(' ', i);
    if (j == std::string_view::npos) j = normalized.size();
    const std::string word(normalized.substr(i, j - i));
    std::string replacement = word;
    if (!in_phrase) {
      if (auto a = known.find(word); a != known.end()) {
        const std::string& l = a->second;
        replacement = "(" + word + " OR " + (l.find(' ') == std::string::npos ? l : "\"" + l + "\"") + ")";
      } else if (auto r = reverse.find(word); r != reverse.end()) {
        replacement = "(" + word + " OR " + r->second + ")";
      }
    }
    out += replacement;
    for (char c : word)
      if (c == '"') in_phrase = !in_phrase;
    if (j < normalized.size()) out += ' ';
    i = j + 1;
  }
  return out;
}

}  // namespace analyzers
