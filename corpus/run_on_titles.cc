// Unnumbered item titles inside a PDF transcript's run-on page lines: the
// title that opened a line of the page, run into the end of the line before
// its item's first section, becomes a line of its own, as the line form
// prints it (docs/ARCHITECTURE.md §4.1; the items' passes then read it as
// they read the line form, items_unnumbered.cc read_titles_over_sections).
#include <algorithm>
#include <array>

#include "corpus/items_scan.h"  // (finite_verb: a title holds none)
#include "corpus/recogniser.h"

namespace corpus::recog {
namespace {

using text::trim;

// The section headings that open an item's text in the agenda systems'
// minutes, alone on their line once a run-on page is split at them
// (lines.cc split_at_section_headings): "Sagsfremstilling", "Resumé",
// "Beslutning" (kk.dk's and Aarhus' minutes open each item with it),
// "Sagsbeskrivelse". Folded. (Not "Indstilling" nor "Baggrund": Thisted's,
// Slagelse's and Fredensborg's systems print them after sections the
// transcript does not split, "Høring og sagsgang ...", "Sagsfremstilling
// og økonomi".)
bool opens_item_text(std::string_view piece) {
  static constexpr std::array<std::string_view, 5> k_openers = {"sagsfremstilling", "resumé", "resume", "beslutning",
                                                                "sagsbeskrivelse"};
  // ("Sag nr. 25", its label "Beslutningskompetence: SOSU" split off:
  // Rødovre's viewer, lines.cc split_run_on.)
  if (text::starts_with(piece, "Sag nr. ")) {
    std::size_t j = 8;
    return text::read_number(piece, j, 4) > 0 && j == piece.size();
  }
  if (piece.size() > 20) return false;
  const std::string f = text::fold(trim(piece));
  return std::find(k_openers.begin(), k_openers.end(), f) != k_openers.end();
}

// Whether word w ends a sentence: a word of four letters or more before its
// full stop ("godkendt.", "behandling."), so "evt.", "nr." and "4." do not.
bool sentence_end(std::string_view w) {
  if (w.size() < 2) return false;
  const char last = w.back();
  if (last != '.' && last != '!' && last != '?') return false;
  std::size_t letters = 0;
  for (std::size_t i = 0; i + 1 < w.size(); ++i)
    if (!is_digit(w[i]) && w[i] != '.' && w[i] != ')' && w[i] != '(' && w[i] != '-') ++letters;
  return letters >= 4 && !is_digit(w[w.size() - 2]);
}

// "25-03-2019", "08.03.2021", "3/4/2022": a numeric date, which ends the
// page's header line before the first item ("Referat Magistraten
// 25-03-2019 Dialogmøde mellem ...").
bool numeric_date(std::string_view w) {
  if (w.size() < 6 || w.size() > 10 || !is_digit(w.front()) || !is_digit(w.back())) return false;
  int seps = 0;
  char sep = 0;
  for (char c : w) {
    if (is_digit(c)) continue;
    if ((c != '-' && c != '.' && c != '/') || (sep && c != sep)) return false;
    sep = c;
    ++seps;
  }
  return seps == 2;
}

// Whether the words after word k of ws may open a title: k ends a sentence
// ("... Dagsorden godkendt. Meddelelser"), is a numeric date, is a list's dash after a full
// stop ("... 2027-2032. - Godkendelse af dagsorden"; a dash inside a title,
// "Besøg hos SDU - Klinisk Institut", opens none), or is the empty "Bilag" after the sentence
// that closes the item before, as kk.dk's and Aarhus' minutes print it
// ("... i sagens behandling. Bilag Byrådets mødeplan 2020").
bool title_may_follow(const std::vector<std::string_view>& ws, std::size_t k) {
  const std::string_view w = ws[k];
  if (numeric_date(w)) return true;
  if (w == "-" || w == "\u2013") return k > 0 && ws[k - 1].back() == '.';
  if (w == "Bilag") return k > 0 && sentence_end(ws[k - 1]);
  // (An agenda viewer's button before the first item, "Sager 24 - 31 Fold
  // alle ud Meddelelser", Rødovre's.)
  if (w == "ud") return k > 1 && ws[k - 1] == "alle" && ws[k - 2] == "Fold";
  return sentence_end(w);
}

// No colon (a label's), bar (a table's cell), bracket (a note: "Britt
// Bjerre (suppleant Lærke Brahe deltager i stedet)"), bullet (a list's
// entries run together: "Referat • 1 Præsentation af ... •") or closing
// full stop.
bool no_title_marks(std::string_view t) {
  return t.find_first_of(":|()") == std::string_view::npos && t.find("\u2022") == std::string_view::npos &&
         t.back() != '.';
}

// The tail reads as a title, not as what else ends an item's section: a
// section's or the case's own heading ("Referat", "Beskrivelse",
// "Beslutningskompetence Sundheds- og Omsorgsudvalget", "Åben"), a
// recommendation ("Administrationen indstiller at ..."), or a person (a
// known first name before a capitalised word).
bool reads_as_title(std::string_view t, const std::vector<std::string_view>& ws) {
  if (section_head(t) || case_meta_line(t)) return false;
  for (std::string_view w : ws) {
    const std::string f = text::fold(w);
    if (f == "indstiller" || f == "indstilles" || f == "at") return false;
  }
  return !(ws.size() >= 2 && vocabulary::is_first_name(ws[0]) && starts_upper(ws[1]));
}

// A piece that opens with a header label ("Mødested: Borgerrepræsentationens
// mødesal Godkendelse af dagsordenen", "Afbud: Justus Hansen (D)
// Godkendelse af dagsorden", "Mødested: Videomøde via Teams Meddelelser"):
// the label's value runs into the first item's title with nothing between,
// so the title is found by the standing item it names, within the last
// fifteen words: its first word, or ws.size() when none is there.
std::size_t standing_title_after_label(std::string_view p, const std::vector<std::string_view>& ws) {
  static constexpr std::array<std::string_view, 5> k_standing = {
      "godkendelse af dagsorden", "godkendelse af referat", "meddelelser", "eventuelt", "orientering"};
  Line probe;
  probe.text = std::string(p);
  if (ws.size() < 3 || !label_of(probe)) return ws.size();
  for (std::size_t j = ws.size() > 15 ? ws.size() - 15 : 1; j < ws.size(); ++j) {
    if (!starts_upper(ws[j])) continue;
    const std::string rest = text::fold(p.substr(static_cast<std::size_t>(ws[j].data() - p.data())));
    for (std::string_view st : k_standing)
      if (text::starts_with(rest, st)) return j;  // (also "dagsordenen")
  }
  return ws.size();
}

}  // namespace

// A run-on page's piece before a section heading that opens an item's text
// ("... Dagsorden godkendt. Meddelelser" / "Sagsfremstilling", "... var
// forhindret i at deltage i sagens behandling. Bilag Byrådets mødeplan
// 2020" / "Beslutning", "... affaldsplan 2027-2032. - Godkendelse af
// dagsorden" / "Beslutning"): the words after the previous item's end (a
// sentence's end, or the empty "Bilag" closing it) are the next item's
// title, when they read as one (a capital first, fourteen words at most,
// no colon, no sentence end): they become a piece of their own.
void split_titles_before_sections(std::vector<std::string>& pieces) {
  for (std::size_t k = 0; k + 1 < pieces.size(); ++k) {
    if (!opens_item_text(pieces[k + 1])) continue;
    const std::string_view p = pieces[k];
    const auto ws = text::words(p);
    std::size_t from = ws.size();
    for (std::size_t j = ws.size(); j-- > 0;) {
      if (ws.size() - j > 15) break;
      if (title_may_follow(ws, j)) {
        from = j + 1;
        break;
      }
    }
    if (from >= ws.size()) from = standing_title_after_label(p, ws);
    if (from == 0 || from >= ws.size()) continue;
    const std::size_t at = static_cast<std::size_t>(ws[from].data() - p.data());
    std::string_view title = trim(p.substr(at));
    const auto tws = text::words(title);
    if (tws.empty() || tws.size() > 14 || !starts_upper(title) || !title_shaped(title) || !no_title_marks(title) ||
        std::any_of(tws.begin(), tws.end(), finite_verb) || !reads_as_title(title, tws))
      continue;
    // (A list's dash goes with neither.)
    const std::string_view before = ws[from - 1];
    const bool dash = before == "-" || before == "\u2013";
    std::string head(trim(p.substr(0, dash ? static_cast<std::size_t>(before.data() - p.data()) : at)));
    std::string t(title);
    pieces[k] = std::move(head);
    pieces.insert(pieces.begin() + static_cast<std::ptrdiff_t>(k) + 1, std::move(t));
    ++k;
  }
}

namespace {

// The words that open the outcome of the approval of the minutes or the
// agenda, right after its title, ws[e] on: "Godkendt", "Referatet (blev
// godkendt)", "Dagsordenen (blev godkendt)"; the indefinite noun with its
// verdict after it, "Dagsorden godkendt", "Referat godkendt" (Vallensbæk's
// Dagpleje parents' board, Haslund-Ølst's parish council), "Dagsorden
// godkendes" (Aalborg's Udsatteråd, Sermersooq).
bool opens_approval_outcome(const std::vector<std::string_view>& ws, std::size_t e) {
  const std::string f = text::fold(ws[e]);
  if (f == "godkendt" || f == "godkendt." || f == "referatet" || f == "dagsordenen" || f == "dagsordenen.") return true;
  return (f == "dagsorden" || f == "referat") && e + 1 < ws.size() && text::starts_with(text::fold(ws[e + 1]), "godkend");
}

// An item's number before its title ("2.", "3)", "Ad2", "Punkt 2"): the title
// stays with it.
bool item_number_word(std::string_view w) {
  if (w.size() > 2 && (w[0] == 'A' || w[0] == 'a') && w[1] == 'd') w.remove_prefix(2);  // "Ad2"
  return !w.empty() && w.size() <= 4 && is_digit(w.front());
}

}  // namespace

// The approval of the minutes or the agenda, an unnumbered item's title run
// into its outcome, as minutes without numbers print them one line each
// ("Godkendelse af referat fra den 25. februar 2014" / "Referatet af
// bestyrelsesmødet den 25. februar 2014 blev godkendt", NT's board;
// "Godkendelse af referat" / "Godkendt", Havnsø Sejlklub's board;
// "Godkendelse af seneste referat." / "Referatet blev godkendt uden
// bemærkninger.", Fjordparken Øst's): "Godkendelse af" and at most eight
// words without a capital (a section's heading, "Referat"), a sentence's
// end or a colon, before the outcome's first word, become a piece of their
// own (after an item's number, "1. Godkendelse af referat fra sidste møde
// Referatet blev godkendt", with it); a bare "Godkendt" is one too when a
// capital follows (the next item's title, "Godkendt Meddelelser fra
// formanden").
void split_approval_outcomes(std::vector<std::string>& pieces) {
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const std::string_view p = pieces[k];
    const auto ws = text::words(p);
    for (std::size_t j = 0; j + 3 < ws.size(); ++j) {
      if (ws[j] != "Godkendelse" || ws[j + 1] != "af") continue;
      const std::string obj = text::fold(ws[j + 2]);
      std::size_t o = j + 2;
      if (obj == "seneste" || obj == "sidste") ++o;
      if (o >= ws.size()) break;
      const std::string what = text::fold(ws[o]);
      if (!text::starts_with(what, "referat") && !text::starts_with(what, "dagsorden")) continue;
      std::size_t e = o + 1;
      bool ok = false;
      // (A title closed by its full stop, "Godkendelse af seneste referat.",
      // is followed by its outcome at once.)
      const bool closed = sentence_end(ws[o]);
      if (closed) ok = e < ws.size() && starts_upper(ws[e]) && opens_approval_outcome(ws, e);
      for (; !closed && e < ws.size() && e <= o + 8; ++e) {
        if (starts_upper(ws[e]) && opens_approval_outcome(ws, e)) {
          ok = true;
          break;
        }
        if (starts_upper(ws[e]) || ws[e].find(':') != std::string_view::npos || sentence_end(ws[e])) break;
      }
      // (Not after a label, "Dagsorden: Godkendelse af referat Godkendt
      // Meddelelser fra formanden": the label's value is read as a list.)
      if (!ok || ws[o].find(':') != std::string_view::npos || (j > 0 && ws[j - 1].back() == ':')) continue;
      // (Nor after an "Ad N" answer to the agenda's entry N, "Ad2 Godkendelse
      // af referat Referatet blev godkendt.": the entry gives its title, and
      // split_agenda_list_echoes splits the answers off whole.)
      if (j > 0 && ws[j - 1].size() > 2 && (ws[j - 1][0] == 'A' || ws[j - 1][0] == 'a') && ws[j - 1][1] == 'd' &&
          item_number_word(ws[j - 1]))
        continue;
      // The bare "Godkendt" (or "Referat godkendt") before a capital.
      const std::string outcome = text::fold(ws[e]);
      std::size_t end = outcome == "dagsorden" || outcome == "referat" ? e + 2 : e + 1;
      const bool bare = text::fold(ws[end - 1]) == "godkendt" && end < ws.size() && starts_upper(ws[end]) &&
                        !item_number_word(ws[end]);
      const bool cut_before = j > 0 && !item_number_word(ws[j - 1]) && text::fold(ws[j - 1]) != "punkt";
      const std::size_t from = cut_before ? static_cast<std::size_t>(ws[j].data() - p.data()) : 0;
      const std::size_t at = static_cast<std::size_t>(ws[e].data() - p.data());
      std::vector<std::string> parts;
      if (cut_before) parts.emplace_back(trim(p.substr(0, from)));
      parts.emplace_back(trim(p.substr(from, at - from)));
      if (bare) {
        const std::size_t after = static_cast<std::size_t>(ws[end].data() - p.data());
        parts.emplace_back(trim(p.substr(at, after - at)));
        parts.emplace_back(trim(p.substr(after)));
      } else {
        parts.emplace_back(trim(p.substr(at)));
      }
      pieces.erase(pieces.begin() + static_cast<std::ptrdiff_t>(k));
      pieces.insert(pieces.begin() + static_cast<std::ptrdiff_t>(k), parts.begin(), parts.end());
      k += parts.size() - 2;  // the rest is looked at again
      break;
    }
  }
}

}  // namespace corpus::recog

namespace corpus::recog {
namespace {

// Words of a short sentence that is no title: "Intet.", "Ingen
// bemærkninger.", "Tak.", a vote's "Ja.", "Nej.".
bool no_title_lead(std::string_view folded) {
  return folded == "intet" || folded == "ingen" || folded == "tak" || folded == "ja" || folded == "nej" ||
         folded == "ok" || folded == "se" || folded == "jf";
}

// The short title ws[s..e] closed by the full stop of ws[e]: one to four
// words, capitalised first, no digit, colon or bracket, no finite verb,
// not a verdict, a header's label or a person.
bool dot_title(std::string_view p, const std::vector<std::string_view>& ws, std::size_t s, std::size_t e) {
  const auto at = static_cast<std::size_t>(ws[s].data() - p.data());
  const std::string_view t = p.substr(at, static_cast<std::size_t>(ws[e].data() - p.data()) + ws[e].size() - 1 - at);
  if (!starts_upper(t) || t.find_first_of("0123456789:;()|,.!?\"") != std::string_view::npos) return false;
  const auto tws = text::words(t);
  const std::string f = text::fold(t);
  // (Nor a section's heading with its empty text, "Tidsperspektiv Intet.",
  // Viborg's committees.)
  if (tws.empty() || std::any_of(tws.begin(), tws.end(), [](std::string_view w) { return no_title_lead(text::fold(w)); }) ||
      vocabulary::is_verdict(f + ".") ||
      vocabulary::header_field(f) || std::any_of(tws.begin(), tws.end(), finite_verb) || !title_shaped(t))
    return false;
  return reads_as_title(t, tws);
}

// A piece that is an item kind's title closed by its full stop, eight words
// at most: "Godkendelse af seneste referat." (split_approval_outcomes).
bool closed_kind_title(std::string_view piece) {
  if (piece.size() < 3 || piece.back() != '.' || !starts_upper(piece)) return false;
  const std::string_view t = piece.substr(0, piece.size() - 1);
  return t.find_first_of(":;|") == std::string_view::npos && text::words(t).size() <= 8 &&
         vocabulary::item_kind(text::fold(t)).has_value();
}

}  // namespace

// Minutes without numbers that print each item's title alone on its line,
// closed by a full stop, over its text ("Orientering." / "Det har været
// sommerferietid, ...", Fjordparken Øst's board, 507; "Spildevandsplan." /
// ..., Vestmoen's lokalråd, 238): in a run-on page, one to four words after
// a sentence's end, closed by a full stop and followed by a capital, are
// such a title when the line holds three or more (a short sentence in
// prose is rarer: "Godkendt.", "Intet." are not titles). The title becomes
// a piece of its own, the text after it another, each a paragraph, as the
// line form reads them (items_unnumbered.cc read_colon_titles).
std::vector<bool> split_dot_titles(std::vector<std::string>& pieces) {
  std::vector<std::string> out;
  std::vector<bool> paragraph;
  bool any = false;
  for (auto& piece : pieces) {
    const std::string_view p = piece;
    const auto ws = text::words(p);
    std::vector<std::pair<std::size_t, std::size_t>> found;
    for (std::size_t s = 1; s + 1 < ws.size(); ++s) {
      if (!sentence_end(ws[s - 1]) || !starts_upper(ws[s])) continue;
      for (std::size_t e = s; e < ws.size() - 1 && e < s + 4; ++e) {
        if (ws[e].back() != '.') continue;
        if (starts_upper(ws[e + 1]) && dot_title(p, ws, s, e)) found.emplace_back(s, e);
        break;
      }
    }
    if (found.size() < 3) {
      out.push_back(std::move(piece));
      paragraph.push_back(false);
      continue;
    }
    any = true;
    // (The approval's title split off before them, "Godkendelse af seneste
    // referat." / "Referatet blev godkendt ...": split_approval_outcomes,
    // a paragraph too, and so its outcome after it, as the titles' texts.)
    bool first = true;
    if (!out.empty() && !paragraph.back() && closed_kind_title(out.back())) paragraph.back() = true, first = false;
    std::size_t from = 0;
    for (const auto& [s, e] : found) {
      const auto at = static_cast<std::size_t>(ws[s].data() - p.data());
      const auto end = static_cast<std::size_t>(ws[e].data() - p.data()) + ws[e].size();
      if (auto before = trim(p.substr(from, at - from)); !before.empty()) {
        out.emplace_back(before);
        paragraph.push_back(!first);
      }
      out.emplace_back(p.substr(at, end - at));
      paragraph.push_back(true);
      from = end;
      first = false;
    }
    if (auto rest = trim(p.substr(from)); !rest.empty()) {
      out.emplace_back(rest);
      paragraph.push_back(true);
    }
  }
  pieces = std::move(out);  // (the same pieces when none is split)
  return any ? paragraph : std::vector<bool>();
}

}  // namespace corpus::recog
