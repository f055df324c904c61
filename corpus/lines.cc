// The line model of the recogniser: a document's blocks become lines that
// keep their block's cues; site and page furniture is dropped and lines that
// a PDF transcript ran together are split (docs/ARCHITECTURE.md §4.1).
#include <algorithm>
#include <array>
#include <cstring>
#include <tuple>

#include "corpus/participants.h"
#include "corpus/recogniser.h"

namespace corpus::recog {
namespace {

namespace voc = vocabulary;
using text::read_number;
using text::trim;

// A line without the site furniture glued to it and without a bullet;
// empty when the whole line is furniture.
std::string clean_line(std::string_view raw, bool& bullet) {
  std::string_view t = trim(raw);
  // "Indholdsfortegnelse1. Fraværende" is handled as furniture below;
  // "Eventuelt1. Orientering" (a heading glued to the line before) by
  // split_glued_items().
  bullet = false;
  // "Klaus Engbart - Grundejersammenslutningen" / "-" / "Kjeld Sandstød -
  // Grundejerforbundet": a dash alone on its line is an empty bullet
  // between a list's groups, no text.
  if (t == "-" || t == "\xE2\x80\x93") return {};
  // "* Lone Holm": a plain text's or mail's bullet, an asterisk and a space.
  for (std::string_view mark : {"•", "·", "▪", "◦", "", "■", "●", "- ", "– ", "* "})
    if (text::starts_with(t, mark)) {
      t = trim(t.substr(mark.size()));
      bullet = true;
    }
  if (const auto n = voc::furniture_prefix(text::fold(t.substr(0, std::min<std::size_t>(t.size(), 40)))); n > 0)
    t = trim(t.substr(n));
  // "1 Skip til hoved indholdet 12. marts 2025 - referat fra Udsatterådet
  // ...": a transcript's first page line opens with the page's skip link
  // (Aalborg's and Kolding's agenda sites, Region Syddanmark's, a
  // psychiatric ward's council, an Aula school board, a care centre's
  // relatives' council), which the line form drops as furniture.
  if (t.size() >= 200) {
    std::size_t d = 0;
    while (d < t.size() && d < 3 && is_digit(t[d])) ++d;
    if (d > 0 && d < t.size() && t[d] == ' ')
      if (const auto n = voc::skip_link_prefix(text::fold(t.substr(d + 1, 40))); n > 0 && n < 40)
        return std::string(t.substr(0, d + 1)) + std::string(trim(t.substr(d + 1 + n)));
  }
  // Furniture is short: long lines are content.
  if (t.empty() || (t.size() < 400 && voc::is_boilerplate(text::fold(t)))) return {};
  return std::string(t);
}

// An absence label that is an item's whole title, right after the item's
// number in a transcript's page line: "... Tidspunkt: Kl. 08:15
// Indholdsfortegnelse 1. Fraværende Resume Sagsforløb: ØK Beslutning Ingen.
// ..." (Brønderslev's Byråd, Økonomiudvalg, Ældreråd and Integrationsråd
// open every meeting with the item "Fraværende"). The line form reads it as
// an item ("1. Fraværende" / "Resume"); the bare label at `at` in `line` is
// no cut when the word before it is a number of one to three digits with
// its full stop or bracket. (Not "1. Mødedeltagere": Region Midtjylland's
// item holds the participants' register, which the label's line reads.)
bool label_item_title(std::string_view line, std::size_t at) {
  if (at < 3 || line[at - 1] != ' ') return false;
  std::size_t b = at - 1;
  const char sep = line[b - 1];
  if (sep != '.' && sep != ')') return false;
  std::size_t d = b - 1;
  while (d > 0 && is_digit(line[d - 1])) --d;
  const std::size_t digits = b - 1 - d;
  // (glued to the word before, "Indholdsfortegnelse1.", or after a space)
  return digits >= 1 && digits <= 3 && line[d] != '0';
}

// A heading that names presence and absence together, "Mødedeltagelse /
// Afbud" (AffaldPlus' board), "Deltagere og afbud" (Region Syddanmark's
// psychiatric patients' council in Aabenraa), like Ballerup's one label
// "AFBUD/FRAVÆRENDE": over the lists that follow, each under its own label
// ("Bestyrelsen: ...", "Afbud: ..."). The absence word at `at` in `line` is
// its second half when "/" or "og" joins it to a word of presence before it.
bool joined_attendance_heading(std::string_view line, std::size_t at) {
  std::string_view before = text::trim(line.substr(0, at));
  if (before.ends_with("/")) before.remove_suffix(1);
  else if (before.ends_with(" og")) before.remove_suffix(3);
  else return false;
  before = text::trim(before);
  const std::size_t sp = before.rfind(' ');
  const std::string word = text::fold(sp == std::string_view::npos ? before : before.substr(sp + 1));
  return word == "mødedeltagelse" || word == "deltagelse" || voc::header_field(word) == voc::Field::present;
}

// Header labels written inline in a long line (PDF transcripts run a whole
// page into one line: "... Fraværende: Ingen. Mødedeltagere: Arne Ebsen,
// ..."): the line is split before each "Label:" the vocabulary knows.
// Section headings are split off the same way ("... Plejecenter
// Sagsfremstilling: Modtaget ...").
// Where a label of one capitalised word and up to three lower-case ones
// ends `piece` ("... 16:30 Hent som fil:"), after a label's colon and its
// value earlier in the piece; 0 when none does.
std::size_t trailing_empty_label(std::string_view piece) {
  piece = text::trim(piece);
  if (piece.size() < 4 || piece.back() != ':') return 0;
  const std::string_view body = piece.substr(0, piece.size() - 1);
  std::size_t b = body.size();
  for (int words = 0; words < 4; ++words) {
    const std::size_t sp = body.rfind(' ', b == 0 ? 0 : b - 1);
    if (sp == std::string_view::npos || sp == 0) return 0;
    const std::string_view w = body.substr(sp + 1, b - sp - 1);
    if (w.empty() || !std::all_of(w.begin(), w.end(), [](char c) {
          return std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
        }))
      return 0;
    b = sp;
    if (starts_upper(w)) {
      // The label's value before it: "Label: value", a word at least.
      const std::string_view before = text::trim(body.substr(0, b));
      const std::size_t colon = before.find(':');
      if (colon == std::string_view::npos || colon + 2 >= before.size() || before.back() == ':') return 0;
      return b + 1;
    }
  }
  return 0;
}

std::vector<std::string> split_labels(std::string line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  // Bare attendance and header labels a PDF table ran into the line
  // ("... Fraværende Ingen Stedfortræder Medlemmer Anders Broholm (V) ...").
  std::vector<std::size_t> bare_cuts, roster_labels;
  static constexpr std::string_view k_bullet = "• ";
  static constexpr auto k_statuses = std::to_array<std::string_view>(
      {": Deltog ", " - Deltog ", ": Afbud ", " - Afbud ", ": Fraværende ", " - Fraværende "});
  for (std::string_view label : {"Medlemmer ", "Fraværende ", "Afbud ", "Mødedeltagere ", "Deltagere ",
                                 "Til stede ", "Stedfortræder ", "Dato ", "Tid ", "Sted ", "Referent ",
                                 "Tilstedeværende ", "Fra sekretariatet ", "Fra administrationen ",
                                 "Desuden deltog ", "Gæster ", "MEDLEMMER ", "DELTAGERE ", "MØDEDELTAGERE ",
                                 "AFBUD ", "FRAVÆRENDE ", "STARTTIDSPUNKT ", "SLUTTIDSPUNKT ",
                                 // The other spellings of the attendance labels, run in as well
                                 // ("... Randers NØ Tilstede Lillian Andersen, ... Forfald Anni
                                 // Faarup Christensen").
                                 "Tilstede ", "TILSTEDE ", "TIL STEDE ", "Til stede var ", "Fremmødte ", "Fravær ",
                                 "Forfald ", "Ikke til stede ", "Meldt afbud ", "Fraværende med afbud "}) {
    for (auto at = line.find(label); at != std::string::npos; at = line.find(label, at + 1)) {
      if (at > 0 && line[at - 1] != ' ') continue;
      // "Lars Bach Medlem Afbud Merete ...", "Jesper Hempler, Kerteminde
      // Afbud Bestyrelsesmedlem ...": a status in a flattened attendance
      // table, not a label.
      const bool status_word = label == "Afbud " || label == "Fraværende " || label == "AFBUD " ||
                               label == "FRAVÆRENDE " || label == "Fravær " || label == "Forfald " ||
                               label == "Tilstede " || label == "TILSTEDE ";
      if (status_word && at > 1 &&
          (absence_word_is_status(std::string_view(line).substr(0, at), std::string_view(line).substr(at + label.size())) ||
           roster_afbud_status(line, at, label.size() - 1)))
        continue;
      // "Tilstedeværende medlemmer af Rådet Anne Holm": a label of its own
      // kind may go on in lower case.
      const bool own_kind = label == "Tilstedeværende " || label == "Fra sekretariatet " ||
                            label == "Fra administrationen " || label == "Desuden deltog " ||
                            label == "Til stede var " || label == "Fraværende med afbud ";
      // (An absence item's title after its number stays with it:
      // label_item_title.)
      if (status_word && label_item_title(line, at)) continue;
      if (status_word && joined_attendance_heading(line, at)) continue;
      // A roster of one bullet an entry after its label (see below).
      std::string_view after = std::string_view(line).substr(at + label.size());
      bool bullets = false;
      if (text::starts_with(after, k_bullet)) {
        // (Only a roster whose first entry tells its person's status.)
        const std::string_view first = after.substr(0, std::min(after.find(" • "), std::min<std::size_t>(after.size(), 200)));
        for (std::string_view status : k_statuses)
          bullets = bullets || first.find(status.substr(0, status.size() - 1)) != std::string_view::npos;
      }
      if (bullets) after.remove_prefix(k_bullet.size());
      if (at + label.size() < line.size() && (starts_upper(after) || is_digit(line[at + label.size()]) || own_kind)) {
        bare_cuts.push_back(at);
        if (bullets) roster_labels.push_back(at);
      }
    }
  }
  std::sort(bare_cuts.begin(), bare_cuts.end());
  // "... 21. Underskriftsark Medlemmer • Lars Gaardhøj: Deltog • Sofie de
  // Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling ...) • Leila Lindén:
  // Deltog ...", "Deltagere • Bo Libergren (V) • ...", "Deltagere • Jesper
  // Würtzen (A) (borgmester) - Deltog • ...": a label over a roster of one
  // bullet an entry, each a line on the page (Region Hovedstaden's and
  // Region Syddanmark's councils and committees, Ballerup's), run by a
  // transcript into one line: each entry becomes a line of its own again,
  // its bullet dropped as clean_line drops it, and an entry's status ("...:
  // Afbud", "... - Afbud") is no label.
  if (!roster_labels.empty()) {
    std::vector<std::size_t> cuts;
    for (std::size_t k = 0; k < bare_cuts.size(); ++k) {
      const std::size_t cut = bare_cuts[k];
      const bool status = cut >= 2 && (line.compare(cut - 2, 2, ": ") == 0 || line.compare(cut - 2, 2, "- ") == 0);
      if (status && !cuts.empty() &&
          std::find(roster_labels.begin(), roster_labels.end(), cuts.back()) != roster_labels.end())
        continue;
      cuts.push_back(cut);
    }
    std::vector<std::size_t> entries;
    for (std::size_t k = 0; k < cuts.size(); ++k) {
      if (std::find(roster_labels.begin(), roster_labels.end(), cuts[k]) == roster_labels.end()) continue;
      const std::size_t to = k + 1 < cuts.size() ? cuts[k + 1] : line.size();
      std::vector<std::size_t> bullets;
      for (std::size_t b = line.find(k_bullet, cuts[k]); b != std::string::npos && b < to; b = line.find(k_bullet, b + 1))
        if (line[b - 1] == ' ') bullets.push_back(b);
      for (std::size_t n = 0; n < bullets.size(); ++n) {
        entries.push_back(bullets[n]);
        // An entry's status ends it ("Mette Brinch (sekretariatschef ...)
        // - Deltog AFBUD/FRAVÆRENDE"): what follows is the page's next
        // line (not the status' note, "Afbud (Stedfortræder ...)").
        const std::size_t end = n + 1 < bullets.size() ? bullets[n + 1] : to;
        for (std::string_view status : k_statuses) {
          const std::size_t at = line.find(status, bullets[n]);
          if (at == std::string::npos || at + status.size() >= end) continue;
          if (line[at + status.size()] != '(' && line[at + status.size()] != ' ') entries.push_back(at + status.size());
          break;
        }
      }
    }
    cuts.insert(cuts.end(), entries.begin(), entries.end());
    std::sort(cuts.begin(), cuts.end());
    bare_cuts = std::move(cuts);
  }
  const auto piece = [&](std::size_t from, std::size_t to) {
    std::string_view p = trim(std::string_view(line).substr(from, to - from));
    if (text::starts_with(p, k_bullet)) p = trim(p.substr(k_bullet.size()));
    return std::string(p);
  };
  for (std::size_t cut : bare_cuts) {
    if (cut > start) out.push_back(piece(start, cut));
    start = cut;
  }
  if (!bare_cuts.empty()) {
    out.push_back(piece(start, line.size()));
    line = out.back();
    out.pop_back();
    start = 0;
  }
  for (std::size_t colon = line.find(':'); colon != std::string::npos; colon = line.find(':', colon + 1)) {
    // The label: up to four words before the colon, starting with a capital
    // ("Tilstede          : BN, BK, ...": the spaces of a column of labels
    // before it aside).
    std::size_t label_end = colon;
    while (label_end > start && line[label_end - 1] == ' ') --label_end;
    std::size_t b = label_end;
    int words = 0;
    std::size_t best = std::string::npos;
    while (b > start && words < 4) {
      std::size_t sp = line.rfind(' ', b - 1);
      const std::size_t w = sp == std::string::npos || sp < start ? start : sp + 1;
      ++words;
      const std::string label = text::fold(std::string_view(line).substr(w, label_end - w));
      if ((voc::header_field(label) || voc::section_kind(label)) && starts_upper(std::string_view(line).substr(w))) {
        best = w;
        break;  // the shortest label before the colon
      }
      if (w == start) break;
      b = w - 1;
    }
    // "Mødedeltagelse / Afbud Bestyrelsen: Niels O. Pedersen, ...": the
    // joined heading's absence word is no part of the label after it.
    if (best != std::string::npos && joined_attendance_heading(line, best)) {
      const std::size_t sp = line.find(' ', best);
      if (voc::header_field(text::fold(std::string_view(line).substr(best, sp - best))) == voc::Field::absent &&
          sp < label_end)
        best = sp + 1;
    }
    // ("4)      Økonomi: Marie-Louise oplyser ...": an item's number before
    // its title, which a section's name opens, stays with it.)
    const auto before = trim(std::string_view(line).substr(start, best == std::string::npos ? 0 : best - start));
    // (Only a section's name that is also a topic: "Økonomi", "Opfølgning",
    // "Kommunikation"; "1. BESLUTNING: VALG AF FORMAND", "2. Referat:
    // Godkendt" and "1. Deltagere: ..." are split as before.)
    const auto topic = [&] {
      if (best == std::string::npos) return false;
      const std::string label = text::fold(std::string_view(line).substr(best, label_end - best));
      const auto kind = voc::section_kind(label);
      return kind && !voc::header_field(label) && (*kind == "økonomi" || *kind == "opfølgning" || *kind == "kommunikation");
    };
    const bool item_number = !before.empty() && before.size() <= 4 && is_digit(before.front()) && topic() &&
                             (before.back() == '.' || before.back() == ')') &&
                             std::all_of(before.begin(), before.end() - 1, [](char ch) { return is_digit(ch); });
    if (best != std::string::npos && best > start && !item_number) {
      out.emplace_back(trim(std::string_view(line).substr(start, best - start)));
      start = best;
    }
  }
  // "Dato: Torsdag, 7 april, 2022 - 16:30 Hent som fil:" (Faxe's and
  // Fredericia's agenda pages, a transcript's line): a label the page
  // prints empty (its download link's) at the line's end, after another
  // label's value, stands on its line of its own as on the page; read with
  // the value, it took the numbered head on the next line for its value.
  if (const std::size_t tail = trailing_empty_label(std::string_view(line).substr(start)); tail != 0) {
    out.emplace_back(trim(std::string_view(line).substr(start, tail)));
    start += tail;
  }
  out.emplace_back(trim(std::string_view(line).substr(start)));
  out.erase(std::remove_if(out.begin(), out.end(), [](const std::string& s) { return s.empty(); }), out.end());
  return out;
}

// Numbers that a PDF transcript lost in an agenda numbered "1)", "2)" ...
// run into one line, their brackets kept ("3) Godkendelse af referat fra
// mødet den 30. oktober ) Orientering fra Naturstyrelsen 5) ...", "2)
// Gdkendelse af referat fra mødet ) Frmandens beretning (udsendt) (SB) 4)
// ...", "1) Underskrivelse af referat fra bestyrelsesmødet den 12. september
// ) Meddelelser 3) ...", "5) Endelig fastlæggelse af skolens kapacitet )
// Evaluering af visionsseminar 14. november ) Status på elevrådets arbejde
// 8) ..."; docplayer transcripts of Skovrådet's, DCCG's and Gefion
// Gymnasium's boards): in `stretch` (entry n, its number ending at
// `head_end`, up to the next entry's number) each lone ")" that closes no
// bracket of the entry, a capital after it, opens a lost entry. Returns where
// their titles start in `stretch` (none when a lone ")" is not so followed,
// or a title is shorter than two words or the stretch longer than an
// agenda's). split_items reads them only after two entries of the agenda,
// and for one or two lost numbers (entry n to n+2 or n+3).
std::vector<std::size_t> lost_bracket_entries(std::string_view stretch, std::size_t head_end) {
  std::vector<std::size_t> found;
  if (head_end < 2 || stretch[head_end - 1] != ')') return found;
  int depth = 0;
  for (std::size_t i = head_end; i < stretch.size(); ++i) {
    if (stretch[i] == '(') ++depth;
    if (stretch[i] != ')') continue;
    if (depth > 0) {
      --depth;
      continue;
    }
    if (stretch[i - 1] != ' ' || i + 2 >= stretch.size() || stretch[i + 1] != ' ' ||
        !starts_upper(stretch.substr(i + 2)))
      return {};
    found.push_back(i + 2);
  }
  if (found.empty()) return found;
  // (A title before each: two words at least besides the bracket; a short
  // stretch, an agenda's.)
  std::size_t from = head_end;
  for (std::size_t at : found) {
    if (text::words(stretch.substr(from, at - from)).size() < 3) return {};
    from = at;
  }
  if (text::words(stretch.substr(from)).empty() || text::words(stretch.substr(head_end)).size() > 25 * found.size() + 20)
    return {};
  return found;
}

// Where the last lettered sub-item of an agenda entry numbered `own`
// ("5.") starts in `stretch`, past its mark ("5a. ... 5b. ... 5c. Title",
// each mark the entry's number and the next letter from a): npos when the
// entry has none.
std::size_t last_sub_item(std::string_view stretch, std::string_view own) {
  if (own.size() < 2 || own.back() != '.') return std::string_view::npos;
  own.remove_suffix(1);
  std::size_t last = std::string_view::npos;
  char letter = 'a';
  for (const auto w : text::words(stretch)) {
    if (w.size() != own.size() + 2 || !text::starts_with(w, own) || w[own.size()] != letter ||
        w.back() != '.')
      continue;
    last = static_cast<std::size_t>(w.data() - stretch.data()) + w.size();
    ++letter;
  }
  return letter > 'b' ? last : std::string_view::npos;
}

// A number that a PDF transcript lost in an agenda run into one line ("2.
// Godkendelse af referat fra mødet den 13. september Meddelelser 4.
// Temadrøftelse ..."): between entries n and n+2 the stretch holds two
// titles, the second starting where a title of a run-on contents starts
// (split_run_titles). A short stretch only (an agenda's titles, not an
// item's text: minutes that leave out a closed item 3 write text under 2),
// with no sentence and no verdict as its second title ("Godkendt"). Returns
// where the lost entry's title starts in `piece`, or npos.
std::size_t lost_entry_start(std::string_view piece, std::size_t from, std::size_t to) {
  std::string_view stretch = trim(piece.substr(from, to - from));
  std::size_t j = 0;
  while (j < stretch.size() && stretch[j] != ' ') ++j;  // past "2."
  const std::string_view own = stretch.substr(0, j);
  stretch = trim(stretch.substr(j));
  // (Entry n's lettered sub-items first, "5. Økonomi 5a. Orientering ... 5b.
  // ... 5c. Orientering om Finanslovsforslaget 2014 og budget Anvendelse af
  // resultatløn ..." (VIA's board): the lost entry is read in the last one.)
  if (const std::size_t last = last_sub_item(stretch, own); last != std::string_view::npos)
    stretch = trim(stretch.substr(last));
  const auto ws = text::words(stretch);
  if (ws.size() < 3 || ws.size() > 30) return std::string_view::npos;
  for (std::size_t k = 0; k + 1 < ws.size(); ++k) {
    const std::string f = text::fold(ws[k]);
    if (f.size() >= 5 && f.back() == '.' && text::starts_capital(ws[k + 1])) return std::string_view::npos;
  }
  const auto titles = split_run_titles(stretch);
  if (titles.size() < 2) return std::string_view::npos;
  const std::string& second = titles[1];
  if (voc::is_verdict(text::fold(second)) || text::words(titles[0]).size() < 2) return std::string_view::npos;
  // (Its first word after the first title's words and a page number the
  // split dropped: "frem til 1960 Forslag".)
  const std::string_view first_word = std::string_view(second).substr(0, second.find(' '));
  for (std::size_t idx = text::words(titles[0]).size(); idx < ws.size() && idx <= text::words(titles[0]).size() + 2; ++idx)
    if (ws[idx] == first_word) return static_cast<std::size_t>(ws[idx].data() - piece.data());
  return std::string_view::npos;
}

// The chair's welcome that opens the first item's text, run into its head
// ("1. Godkendelse af dagsorden Lars Mortensen bød velkommen til ...", "1.
// Velkomst Henrik G. Petersen bød velkommen."): where in `ws` (the words
// after the head's number) the welcome's subject starts, the one to four
// capitalised words (names, initials) before "bød velkommen" / "bød alle
// velkommen" within the first twenty words; 0 when there is none or no
// title is left before it.
std::size_t welcome_subject_start(const std::vector<std::string_view>& ws) {
  for (std::size_t b = 2; b + 1 < ws.size() && b <= 20; ++b) {
    if (ws[b] != "bød") continue;
    const bool welcome = text::starts_with(ws[b + 1], "velkommen") ||
                         (ws[b + 1] == "alle" && b + 2 < ws.size() && text::starts_with(ws[b + 2], "velkommen"));
    if (!welcome) return 0;
    std::size_t s = b;
    while (s > 1 && b - s < 4 && text::starts_capital(ws[s - 1]) && ws[s - 1].back() != ',') --s;
    return s < b && s >= 1 ? s : 0;
  }
  return 0;
}

// The first item's number that a transcript lost before the meeting's
// welcome ("... den 1. november Velkomst Lene Holm ... bød velkommen til
// mødet ... 2. Kommunernes arbejde ...", "Dato: Velkomst ved formanden Idet
// formanden var syg, bød Allan Agerholm velkommen ... 2. Introduktion ..."):
// "Velkomst" with "bød ... velkommen" in the thirty words after it, entry
// 2 numbered later in the line and no entry 1 before it. Returns where
// "Velkomst" stands in `piece`, or npos.
std::size_t lost_welcome_entry(std::string_view piece) {
  for (std::size_t at = piece.find(" Velkomst "); at != std::string_view::npos;
       at = piece.find(" Velkomst ", at + 1)) {
    const std::size_t title = at + 1;
    // (Not a numbered welcome: "1 Velkomst", "Punkt 1: Velkomst", "1.0 Velkomst".)
    const std::size_t prev = piece.rfind(' ', at == 0 ? 0 : at - 1);
    const std::string_view before = piece.substr(prev == std::string_view::npos ? 0 : prev + 1,
                                                 at - (prev == std::string_view::npos ? 0 : prev + 1));
    if (!before.empty() && is_digit(before.front()) &&
        !(before.size() == 4 && std::all_of(before.begin(), before.end(), [](char c) { return is_digit(c); })))
      continue;  // (a year before it is no number: "den 26. februar 2013 Velkomst")
    const auto ws = text::words(piece.substr(title, 600));
    bool welcome = false;
    for (std::size_t k = 1; k < ws.size() && k <= 30 && !welcome; ++k)
      if (ws[k] == "bød")
        for (std::size_t j = k + 1; j < ws.size() && j <= k + 3 && !welcome; ++j)
          welcome = text::starts_with(ws[j], "velkommen");
    if (!welcome) continue;
    const std::size_t two = piece.find(" 2. ", title);
    if (two == std::string_view::npos || two + 4 >= piece.size() || !starts_upper(piece.substr(two + 4))) continue;
    bool one_before = false;
    for (std::size_t o = piece.find("1. "); o != std::string_view::npos && o < two && !one_before;
         o = piece.find("1. ", o + 1))
      one_before = (o == 0 || piece[o - 1] == ' ') && o + 3 < piece.size() && starts_upper(piece.substr(o + 3));
    if (!one_before) return title;
  }
  return std::string_view::npos;
}

// A title glued to its number's full stop or bracket, as some secretaries
// and agenda exports write every head ("2.Valg af referent. Jørgen valgt som
// referent. 3.Godkendelse af dagsorden.", Hørsholm's Seniorråd; "2.Valg af
// formand", Ærø's Grønt Råd; "1.Godkendelse af dagsorden: Godkendt", a
// waterworks' board; "1.Temamøde - Diger (B)", Vejen's committees): at `j`,
// right after the separator, a capital and a small letter.
bool glued_title_start(std::string_view piece, std::size_t j) {
  const char sep = piece[j - 1];
  if ((sep != '.' && sep != ')') || !text::starts_capital(piece.substr(j))) return false;
  const std::size_t next = j + (static_cast<unsigned char>(piece[j]) >= 0x80 ? 2 : 1);
  if (next >= piece.size()) return false;
  const auto c = static_cast<unsigned char>(piece[next]);
  return (c >= 'a' && c <= 'z') || c >= 0x80;
}

}  // namespace

// A title quoted in Danish typesetting, which opens a quotation with the
// mark that closes it ("3.    ”Miljø aktivitetsudvalg” - skal vi have en,
// og hvad skal denne omhandle? Bestyrelsen ...", a sailing club's board;
// "5. ”Bordet rundt”: • Kap (TF) ...", a kayak club's board; a rural
// district committee quotes "” Landskab for alle”", items.cc
// opens_quotation): "”" and a capital, a space between at most, the
// quotation closed within its first six words and followed by a colon or a
// dash.
bool quoted_title_start(std::string_view s) {
  if (!text::starts_with(s, "”")) return false;
  s.remove_prefix(std::string_view("”").size());
  if (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  if (!text::starts_capital(s)) return false;
  const auto ws = text::words(s.substr(0, std::min<std::size_t>(s.size(), 120)));
  for (std::size_t k = 0; k < ws.size() && k < 6; ++k) {
    const std::size_t close = ws[k].find("”");
    if (close == std::string_view::npos) continue;
    // (A colon or a dash after the quotation, the title going on or its
    // text following; not a sentence about it, "” Åbent brev til
    // Folketinget” er tilføjet", nor a quotation that is the whole title,
    // which items.cc opens_quotation reads.)
    std::string_view rest = ws[k].substr(close + std::string_view("”").size());
    if (rest.empty() && k + 1 < ws.size()) rest = ws[k + 1];
    return !rest.empty() && (rest.front() == ':' || rest.front() == '-' || text::starts_with(rest, "–"));
  }
  return false;
}

namespace {

// Where the title after an item's number starts in a run-on line, `j` just
// past the number and its separator: one space, or the run of spaces a word
// processor's tab after a list's number became ("1.                  Formanden
// siden sidst. 2.                  Kassereren siden sidst.", "2.       Godkendelse
// af dagsorden Ok 3.       Orientering v. formanden", "1)      Ordstyre: Andreas";
// a hunting association's, a sports council's and a tenants' council's
// minutes, whose line form opens each head so). Several spaces only after a
// separator ("3." / "3)" / "3:"): a bare number before a wide gap is a table's
// column. npos when no capitalised title follows, nor one opening with a
// recurring case's ordinal ("5. 2. behandling af budget 2022", "Punkt 44
// 2. budgetopfølgning 2019": see opens_with_ordinal_case), nor a numbered
// recommendation ("indstiller til udvalget; 1. At der udstedes
// byggetilladelse 2. At ...": opens_recommendation).
std::size_t run_on_title_start(std::string_view piece, std::size_t j, bool separator) {
  if (j < piece.size() && separator && glued_title_start(piece, j)) return j;
  if (j >= piece.size() || piece[j] != ' ') return std::string_view::npos;
  std::size_t t = j + 1;
  if (separator)
    while (t < piece.size() && piece[t] == ' ') ++t;
  if (t >= piece.size()) return std::string_view::npos;
  const std::string_view title = piece.substr(t);
  if (!starts_upper(title) && !quoted_title_start(title) && !opens_with_ordinal_case(title))
    return std::string_view::npos;
  if (opens_recommendation(title)) return std::string_view::npos;
  return t;
}

// Where a numbered head's title starts among `ws` (the words of the head
// from its number on, a lead word before it: "Punkt 3 Budget"). The readers
// of a run-on title's end below take the head `seg` from its number on and
// `ws`, the words of its start, and answer where in `seg` its text starts.
std::size_t head_title_from(const std::vector<std::string_view>& ws) {
  std::size_t j = 0;
  while (j < ws.size() && !is_digit(ws[j].front())) ++j;
  return j + 1;
}

// Whether a title's word `w` ends in a small letter, a letter outside ASCII
// or a digit ("dagsordenen", "møde", "2014"), not in punctuation or a
// capital: the outcome run on after a title follows such a word.
bool ends_in_word(std::string_view w) {
  const auto last = static_cast<unsigned char>(w.back());
  return (last >= 'a' && last <= 'z') || last >= 0x80 || is_digit(w.back());
}

// A numbered head that a transcript ran together with its outcome, written
// as one verdict word right after the title's last word, as the line form
// puts it on the line under the head: "2. Godkendelse af dagsordenen
// Godkendt.", "1. Underskrift af referat fra mødet den 20. november 2014
// Underskrevet.", "6. Visionsplanen Intet." (Middelfart's Ældreråd);
// "3.Godkendelse af referat fra sidste møde Godkendt." (Ærø's Grønt Råd);
// "2. Godkendelse af dagsorden Godkendt 3." (LAP's arbejdsmarkedsgruppe);
// "10. Underskrive referat fra 26. april 2022 Underskrives." (Vor Frue's
// parish council); "2. Godkendelse af dagsorden Ok 3." (Furesø's
// Idrætsråd). The verdict word ends its sentence or opens a short one in
// lower case ("Godkendt med en ajourføring ..."), not a title's capitalised
// words ("Godkendte Planer"). Where in `seg` (the head from its number on)
// the outcome starts, within the title's first twenty words; npos if none.
std::size_t whole_outcome_after_title(std::string_view seg, const std::vector<std::string_view>& ws) {
  static constexpr auto k_whole_outcomes = std::to_array<std::string_view>(
      {"godkendt", "godkendes", "vedtaget", "tiltrådt", "drøftet", "udsat", "intet", "ok", "underskrevet",
       "underskrives"});
  const std::size_t title_from = head_title_from(ws);
  for (std::size_t k = title_from + 1; k < ws.size() && k <= title_from + 20; ++k) {
    const std::string_view w = ws[k], prev = ws[k - 1];
    // (A section heading ends the title first: "4. Eventuelt Beslutning
    // Intet." has its verdict under the heading, split_at_section_headings.)
    if (voc::is_run_on_section_heading(prev)) return std::string_view::npos;
    if (!text::starts_capital(w)) continue;
    std::string fw = text::fold(w);
    while (!fw.empty() && (fw.back() == '.' || fw.back() == ',' || fw.back() == '!')) fw.pop_back();
    if (ends_in_word(prev) &&
        std::find(k_whole_outcomes.begin(), k_whole_outcomes.end(), fw) != k_whole_outcomes.end() &&
        (k + 1 == ws.size() || w.back() == '.' || !text::starts_capital(ws[k + 1]) || is_digit(ws[k + 1].front())))
      return static_cast<std::size_t>(w.data() - seg.data());
  }
  return std::string_view::npos;
}

// A numbered head that a transcript ran together with its text, the text
// opening with a personal pronoun as its subject ("Vi", "Han", "Hun", "Jeg",
// "Man"), which no title has capitalised inside it, as informal minutes
// write their outcomes: "6. Ny Lokalplan og videre proces Vi diskuterede det
// videre forløb." and "5. Julebanko Onsdag 28 Nov. Vi mødes kl 18.30."
// (SOSUM's board), "5.    Workshop på på LAP’s landsmøde Vi ønsker ikke
// ..." (LAP's refugiegruppe), "7. Hvem skal være vores fremtidige vand
// leverandør? Vi må afvente ..." (a waterworks' board). The pronoun follows
// a word of the title, and a word in lower case (its verb) follows it.
// Or the expletive "Der" / "Det" as the subject, which opens a Danish
// sentence before a finite verb: "Nyt fra institutioner, hjemmeplejen,
// plejecentre og B&P. Der havde været fremsat klager ..." (Hørsholm's
// Seniorråd), "Udmelding fra DGU jfr. Mail af 7. Maj Der besluttes følgende
// ændringer" (Samsø's golf club), "5.1 Ældremesse Der arbejdes videre med
// ..." (Middelfart's Ældreråd); only before a verb of a closed list (the
// auxiliaries and the passives of deciding and working on, "Det besluttes"
// in Hadsten's and "Det besluttedes" in DBS Aalborg's minutes too), as
// "Det Grønne Råd" and "Der hvor vi bor" are a title's words. Where in
// `seg` the text starts, within the title's first twenty words; npos if
// none.
std::size_t pronoun_sentence_after_title(std::string_view seg, const std::vector<std::string_view>& ws) {
  static constexpr auto k_subjects =
      std::to_array<std::string_view>({"Vi", "Han", "Hun", "Jeg", "Man"});
  static constexpr auto k_expletive_verbs = std::to_array<std::string_view>(
      {"blev", "er", "var", "har", "havde", "skal", "skulle", "vil", "kan", "kunne", "må", "bliver", "besluttes",
       "besluttedes", "arbejdes"});
  const std::size_t title_from = head_title_from(ws);
  for (std::size_t k = title_from + 1; k + 1 < ws.size() && k <= title_from + 20; ++k) {
    const std::string_view w = ws[k], prev = ws[k - 1], next = ws[k + 1];
    const bool after_word = ends_in_word(prev) || prev.back() == ')' || prev.back() == '?' || prev.back() == '.';
    const bool verb_after = starts_lower(next);
    if (after_word && verb_after && std::find(k_subjects.begin(), k_subjects.end(), w) != k_subjects.end())
      return static_cast<std::size_t>(w.data() - seg.data());
    const bool expletive_verb =
        std::find(k_expletive_verbs.begin(), k_expletive_verbs.end(), next) != k_expletive_verbs.end();
    if (after_word && (w == "Der" || w == "Det") && expletive_verb)
      return static_cast<std::size_t>(w.data() - seg.data());
  }
  return std::string_view::npos;
}

// A numbered head about an election ("Valg af formand") that a transcript
// ran together with its outcome, the person elected named right after the
// title and an election's verb after the name ("blev valgt", "blev
// genvalgt", "vælges", "valgtes"), as the line form puts it on the line
// under the head: "2.Valg af formand Knud Nielsen blev genvalgt." (Ærø's
// Grønt Råd), "1. Valg af ordstyrer og referent Hanne W vælges som
// dirigent." (LAP's landsledelse), "2.1      Valg af næstformand Peter
// Christiansen blev valgt som ny næstformand." (Karrebæksminde Museum's
// board), "Valg af dirigent og referent Henrik Bonné blev valgt til
// dirigent" (Alzheimerforeningen's general assembly in Copenhagen). The
// name is one to four capitalised words after a word of the title in lower
// case. Where in `seg` the name starts, within the title's first twenty
// words; npos if none.
std::size_t election_after_title(std::string_view seg, const std::vector<std::string_view>& ws) {
  static constexpr auto k_passives =
      std::to_array<std::string_view>({"vælges", "valgtes", "genvælges", "genvalgtes"});
  static constexpr auto k_elected = std::to_array<std::string_view>({"valgt", "genvalgt", "valgt.", "genvalgt.", "valgt,", "genvalgt,"});
  const std::size_t title_from = head_title_from(ws);
  for (std::size_t k = title_from + 1; k + 1 < ws.size() && k <= title_from + 20; ++k) {
    const std::string_view prev = ws[k - 1];
    const auto last = static_cast<unsigned char>(prev.back());
    const bool after_word = (last >= 'a' && last <= 'z') || (last >= 0x80 && !text::starts_capital(prev));
    // (Not the second of two names, "Valg til bestyrelsen: Peter Holm og
    // Anne Berg blev genvalgt": the outcome starts at the first.)
    if (!after_word || !text::starts_capital(ws[k]) || text::starts_capital(prev) || prev == "og" || prev == "samt")
      continue;
    std::size_t e = k;
    while (e < ws.size() && e < k + 4 && text::starts_capital(ws[e])) ++e;
    if (e >= ws.size()) return std::string_view::npos;
    const std::string_view verb = ws[e];
    const bool passive = std::find(k_passives.begin(), k_passives.end(), verb) != k_passives.end();
    const bool blev = verb == "blev" && e + 1 < ws.size() &&
                      std::find(k_elected.begin(), k_elected.end(), ws[e + 1]) != k_elected.end();
    if (passive || blev) return static_cast<std::size_t>(ws[k].data() - seg.data());
  }
  return std::string_view::npos;
}

// A numbered head whose title is an election of officers alone ("Valg af
// ordstyrer", "Valg af dirigent og referent") ends after its last office;
// a transcript runs the name elected (or the text) on after it, on the
// line under the head in the line form: "1. Valg af ordstyrer Anna 2. Valg
// af referent Lise" (Krop og Sind's board in Favrskov), "1. Valg af
// referent Lars 2. Godkendelse af dagsorden" (SOSUM's board), "ad 1. Valg
// af ordstyrer Lone Ad 2." (Folkenetværket's board), "1. Valg af dirigent
// Henning Jensen have 58" (Hjelm's allotment association). Where in `seg`
// the capitalised word after the offices stands; npos if none.
std::size_t text_after_election_title(std::string_view seg, const std::vector<std::string_view>& ws) {
  static constexpr auto k_offices = std::to_array<std::string_view>(
      {"dirigent", "referent", "ordstyrer", "mødeleder", "formand", "næstformand", "kasserer", "sekretær",
       "stemmetællere", "stemmetæller", "revisor", "revisorer", "revisorsuppleant", "suppleant", "suppleanter",
       "referenter"});
  const std::size_t title_from = head_title_from(ws);
  if (title_from + 3 >= ws.size() || text::fold(ws[title_from]) != "valg" || ws[title_from + 1] != "af")
    return std::string_view::npos;
  std::size_t k = title_from + 2;
  while (k < ws.size()) {
    std::string_view office = ws[k];
    const bool comma = office.ends_with(",");
    if (comma) office.remove_suffix(1);
    if (std::find(k_offices.begin(), k_offices.end(), office) == k_offices.end()) return std::string_view::npos;
    ++k;
    if (comma) continue;
    if (k < ws.size() && (ws[k] == "og" || ws[k] == "samt")) {
      ++k;
      continue;
    }
    break;
  }
  if (k >= ws.size() || !text::starts_capital(ws[k])) return std::string_view::npos;
  return static_cast<std::size_t>(ws[k].data() - seg.data());
}

// A numbered head whose text is a bulleted list, the list's first bullet
// run on after the title by a transcript (the line form puts the bullets
// on lines of their own and drops them, lines.cc clean_line): "6.
// Igangværende sager og drift • VISO – hvem skriver brev færdigt •
// Ungegruppen? ..." (a patients' association's board), "3. Generalforsamling
// • • Praktisk planlægning" (Folkenetværket's board), "Økonomi •
// Kvartalsrapport" (Brøndby Vester's parish council). Where in `seg` the
// first bullet stands after a word of the title; npos if none.
std::size_t bullet_after_title(std::string_view seg, const std::vector<std::string_view>& ws) {
  const std::size_t title_from = head_title_from(ws);
  for (std::size_t k = title_from + 1; k < ws.size() && k <= title_from + 20; ++k)
    for (std::string_view b : {"•", "▪", "●", "◦"}) {
      if (ws[k] != b) continue;
      // ("7. Underskriftsark Medlemmer • Susanne Due Kristensen: Deltog •
      // ...": an attendance label over the bullets starts the text, and
      // split_labels reads its roster.)
      if (k >= title_from + 2 && b == "•" && text::starts_capital(ws[k - 1])) {
        const auto f = voc::header_field(text::fold(ws[k - 1]));
        if (f && (*f == voc::Field::present || *f == voc::Field::absent))
          return static_cast<std::size_t>(ws[k - 1].data() - seg.data());
      }
      return static_cast<std::size_t>(ws[k].data() - seg.data());
    }
  return std::string_view::npos;
}

// A head titled with the abbreviation of "Eventuelt" alone, its text run on
// after it by a transcript ("10. Evt. Helle siger tak for samarbejdet ...",
// LAP's landsledelse; "10. Evt. Referat ...", DTU's board; "6. Evt. 1)
// Bestyrelsen har behandlet ...", a sailing club's board; "7. Evt.
// Orientering ...", a psychiatric patients' council): the abbreviation's
// full stop ends the title when a capital or a number follows it (not "Evt.
// ændringer af vedtægterne", a title). Where in `seg` the text starts; npos
// if none.
std::size_t text_after_evt(std::string_view seg, const std::vector<std::string_view>& ws) {
  const std::size_t title_from = head_title_from(ws);
  if (title_from + 1 >= ws.size() || text::fold(ws[title_from]) != "evt.") return std::string_view::npos;
  const std::string_view next = ws[title_from + 1];
  if (!text::starts_capital(next) && !is_digit(next.front())) return std::string_view::npos;
  return static_cast<std::size_t>(next.data() - seg.data());
}

// A head whose title closes with its colon and whose outcome runs on after
// it as a sentence, as a secretary writes "N. Title: outcome" on one line:
// "1. Økonomi: Gennemgang af økonomien i skole-kirke-kulturprojektet. Der er
// brugt ..." (Hjallese's parish council), "2. Siden sidst: Gynther vil gerne
// være IT back up ..." (Hammelev's parish council), "1. Kurser for
// menighedsrådsmedlemmer: Landsforeningen / provstiet udbyder ..."
// (Esbønderup's parish council). The title is one to six words without a
// digit ("Lokalplan 12: Boliger ved Søvej" is a title whole), not a kind's
// label ("Høring:", "Tema:", "Orientering:") nor a header's; the words after
// the colon open with a capital and end their sentence with a full stop
// within fifteen words, no section heading among them. Where in `seg` the
// text starts; npos if none.
std::size_t outcome_after_colon_title(std::string_view seg, const std::vector<std::string_view>& ws) {
  const std::size_t title_from = head_title_from(ws);
  std::size_t colon = title_from;
  while (colon < ws.size() && colon < title_from + 6 && ws[colon].back() != ':') ++colon;
  if (colon >= ws.size() || ws[colon].back() != ':' || colon + 3 >= ws.size()) return std::string_view::npos;
  const auto from = static_cast<std::size_t>(ws[title_from].data() - seg.data());
  const auto end = static_cast<std::size_t>(ws[colon].data() - seg.data()) + ws[colon].size() - 1;
  const std::string_view title = seg.substr(from, end - from);
  const std::string f = text::fold(title);
  if (title.empty() || title.find_first_of("0123456789:;,()") != std::string_view::npos || !title_shaped(title) ||
      voc::is_kind_label(f) || voc::header_field(f))
    return std::string_view::npos;
  if (!text::starts_capital(ws[colon + 1]) || voc::is_first_name(ws[colon + 1])) return std::string_view::npos;
  for (std::size_t k = colon + 1; k < ws.size() && k <= colon + 15; ++k) {
    if (voc::is_run_on_section_heading(ws[k]) || ws[k].back() == ':')
      return std::string_view::npos;
    if (ws[k].back() == '.' && ws[k].size() >= 4 && k >= colon + 3)
      return static_cast<std::size_t>(ws[colon + 1].data() - seg.data());
  }
  return std::string_view::npos;
}

// Whether the folded word `w` is a month's name, a full stop or comma
// after it ("maj.", "april,"): a date's month after its day's number.
bool month_word(std::string_view w) {
  static constexpr auto k_months = std::to_array<std::string_view>(
      {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
       "december"});
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  return std::find(k_months.begin(), k_months.end(), w) != k_months.end();
}

// A head naming the next meeting, its date run on after it by a transcript
// as the line form has it under the head: "3.   Næste møde Onsdag 15. maj
// kl. 9 ..." (Karrebæksminde's museum board), "7.    Næste møde Onsdag den
// 26/3-2008 kl. 19:00" (a sailing club's board), "10. Dato for
// generalforsamling 14. april kl. 11.30 ..." (Krop og Sind's board), "9.
// Dato for næste møde Mandag d. 22. ..." (a parish council). After a title
// word that names a meeting ("møde", "bestyrelsesmøde", "generalforsamling",
// "mødedato") in a title opening with "Næste", "Dato", "Ny" or "Mødedato", a
// capitalised weekday or "Den" / "D.", or a date's day (a number and a
// month, or digits with "/" or ".") starts the text.
std::size_t date_after_meeting_title(std::string_view seg, const std::vector<std::string_view>& ws) {
  static constexpr auto k_weekdays = std::to_array<std::string_view>(
      {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"});
  const std::size_t title_from = head_title_from(ws);
  if (title_from >= ws.size()) return std::string_view::npos;
  // (A title about the next meeting only, "Næste ..." / "Dato for ...": not
  // a minutes' date, "Godkendelse af referat fra bestyrelsesmødet den 10.
  // juni 2013".)
  const std::string first = text::fold(ws[title_from]);
  if (first != "næste" && first != "dato" && first != "ny" && first != "mødedato") return std::string_view::npos;
  for (std::size_t k = title_from + 1; k + 1 < ws.size() && k <= title_from + 12; ++k) {
    const std::string prev = text::fold(ws[k - 1]);
    if (!ends_with(prev, "møde") && !ends_with(prev, "generalforsamling") && !ends_with(prev, "mødedato")) continue;
    const std::string w = text::fold(ws[k]), next = text::fold(ws[k + 1]);
    // (A weekday or "Den" capitalised, as the text's first word under the
    // head: "Næste møde torsdag den 21. februar" is one title.)
    const bool capital = text::starts_capital(ws[k]);
    const bool weekday = capital && std::find(k_weekdays.begin(), k_weekdays.end(), w) != k_weekdays.end();
    const bool den = capital && (w == "den" || w == "d.") && is_digit(next.front());
    const bool day = is_digit(w.front()) && (month_word(next) || w.find('/') != std::string::npos ||
                                             (w.size() >= 3 && w.find('.') < w.size() - 1));
    if (weekday || den || day) return static_cast<std::size_t>(ws[k].data() - seg.data());
  }
  return std::string_view::npos;
}

// A numbered head whose title closes with a note in brackets, the text
// run on after it in a transcript's line, as the line form puts it under
// the head: "7. Udbyneder Præstegård, status (laC) Der skal være ..." (a
// parish council's initials of who brings the item); "5.Præsentation af
// Ærø Biavlerforening v/Erik Teglbjærg (ÆB) Erik præsenterede ..." (Ærø's
// Grønt Råd); "7. Opfølgning på møde med Social- og Boligstyrelsen (bilag
// 7) LL svarer SBST." (LAP's landsledelse). The text opens a sentence, a
// capitalised word and a small letter after it; not a bracket that opens
// the title ("1 (Åben) Godkendelse af dagsorden"). (split_long_heading
// reads it so in a long piece.) Where in `seg` the text starts, within
// the title's first twenty words; npos if none.
std::size_t text_after_title_note(std::string_view seg, const std::vector<std::string_view>& ws) {
  const std::size_t title_from = head_title_from(ws);
  for (std::size_t k = title_from + 2; k + 1 < ws.size() && k <= title_from + 20; ++k) {
    const std::string_view w = ws[k], prev = ws[k - 1];
    // (Or a body's initials as the sentence's subject, a small word after
    // them: "(bilag 7) LL svarer SBST.", "PBW skriver", "ELN bød".)
    const bool initials = text::is_acronym(w) && starts_lower(ws[k + 1]);
    if (prev.back() != ')' || w.front() == '(' || !text::starts_capital(w) ||
        (!text::has_lower_after_first(w) && !initials) || text::starts_capital(ws[k + 1]) ||
        is_digit(ws[k + 1].front()))
      continue;
    // (A note: its bracket opened in the title, not a list's "1)" after it,
    // "6. Evt. 1) Bestyrelsen har ...".)
    const auto open = static_cast<std::size_t>(ws[title_from].data() - seg.data());
    const auto at = static_cast<std::size_t>(w.data() - seg.data());
    if (seg.substr(open, at - open).find('(') != std::string_view::npos) return at;
  }
  return std::string_view::npos;
}

// The head's first decimal sub-item run into its title: "5. Igangværende
// sager 5.1 Ældremesse Der arbejdes videre ..." (Middelfart's Ældreråd),
// "2. Konstituering 2.1 Valg af næstformand" (Karrebæksminde Museum's
// board; Metropol's board writes "2.0 Godkendelse af dagsorden 2.1 ...").
// The title ends before a number that is the head's own, a full stop and a
// digit or two and a capitalised title after it; not a date or an amount
// in the title ("mødet 4.3.2019", "2.5 mio. kr."). Where in `seg` the sub-item
// starts, within the title's first twenty words; npos if none.
std::size_t sub_item_after_title(std::string_view seg, const std::vector<std::string_view>& ws) {
  const std::size_t title_from = head_title_from(ws);
  if (title_from > ws.size()) return std::string_view::npos;
  const std::string_view own = ws[title_from - 1];
  const std::size_t digits = std::find_if(own.begin(), own.end(), [](char c) { return !is_digit(c); }) - own.begin();
  if (digits == 0) return std::string_view::npos;
  for (std::size_t k = title_from + 1; k + 1 < ws.size() && k <= title_from + 20; ++k) {
    std::string_view w = ws[k];
    if (w.size() <= digits + 1 || w.substr(0, digits) != own.substr(0, digits) || w[digits] != '.' || w == own) continue;
    // (Digits only after its full stop, a full stop after them at most,
    // and a title after it: not a date, "mødet 4.3.2019", nor an amount,
    // "2.5 mio.")
    if (w.back() == '.') w.remove_suffix(1);
    const std::string_view sub = w.substr(digits + 1);
    if (!sub.empty() && std::all_of(sub.begin(), sub.end(), [](char c) { return is_digit(c); }) &&
        text::starts_capital(ws[k + 1]))
      return static_cast<std::size_t>(ws[k].data() - seg.data());
  }
  return std::string_view::npos;
}

// Where the decimal sub-items of the head `seg` start, from the first one
// run into its title (sub_item_after_title) on: "2.1", "2.2", "2.3" ... in
// turn, each a head's piece of its own whose title ends as a head's does
// ("2.1 Valg af næstformand Peter Christiansen blev valgt som ny
// næstformand. 2.2 Valg af sekretær Som sekretær genvalgtes Palle Birk.").
std::vector<std::size_t> sub_item_cuts(std::string_view seg) {
  const auto ws = text::words(seg.substr(0, std::min<std::size_t>(seg.size(), 600)));
  std::size_t at = sub_item_after_title(seg, ws);
  if (at == std::string_view::npos) return {};
  const std::string_view first = seg.substr(at, seg.find_first_not_of("0123456789", at) - at);
  std::vector<std::size_t> cuts = {at};
  for (int n = 2;; ++n) {
    const std::string mark = " " + std::string(first) + "." + std::to_string(n);
    // (Its title after it, as after the first: not "2.10", "2.2.2019" or
    // "2.2 mio.")
    std::size_t found = std::string_view::npos;
    for (std::size_t from = seg.find(mark, at); from != std::string_view::npos; from = seg.find(mark, from + 1)) {
      std::size_t end = from + mark.size();
      if (end < seg.size() && seg[end] == '.') ++end;
      if (end + 1 < seg.size() && seg[end] == ' ' && starts_upper(seg.substr(end + 1))) {
        found = from + 1;
        break;
      }
    }
    if (found == std::string_view::npos) break;
    cuts.push_back(at = found);
  }
  return cuts;
}

// Heads that a web page's list numbered "1." each, every item a list of
// its own, as the line form reads them (items_numbered.cc restarted_head:
// numbering that never moves): "1. Godkendelse af referat fra sidste møde
// Godkendt 1. Siden sidst Haastrup Arkiv har ..." (SLA Fyn's board), "1.
// Valg af dirigent Valgt til dirigent ... 1. Valg af stemmetællere ..." (a
// hunting association's general assembly), "1. Orientering om året, der
// gik. 2. ..." (Hammelev's parish council). In a transcript's line where
// no number sequence runs, the numbers 1 (`candidates`, where each head
// starts in `piece`) are heads when two or more, each with four words at
// least after its number (its title and text) before the next. Returns
// their cuts, or none.
std::vector<std::size_t> heads_numbered_one(std::string_view piece, const std::vector<std::size_t>& candidates) {
  // (Not a date's day, "pr. 1. Maj. Skilt ...".)
  std::vector<std::size_t> ones;
  for (std::size_t at : candidates) {
    const auto ws = text::words(piece.substr(at, 40));
    if (!(ws.size() > 1 && month_word(text::fold(ws[1])))) ones.push_back(at);
  }
  if (ones.size() < 2) return {};
  // (A short entry, its title alone before the next, "1. Økonomi… 1.
  // Andelsselskab ...", "1. Hjemmesiden 1. Fjordens dag ...", only among
  // three heads or more, a third of them at most.)
  std::size_t short_entries = 0;
  for (std::size_t k = 0; k + 1 < ones.size(); ++k)
    if (text::words(piece.substr(ones[k], ones[k + 1] - ones[k])).size() < 5) ++short_entries;
  if (short_entries && (ones.size() < 3 || 3 * short_entries > ones.size() - 1)) return {};
  return ones;
}

// The same list whose first entries alone lost their numbers ("1." each)
// while the later ones kept them: "1. Velkomstsang DDS 74 1. Godkendelse af
// dagsorden Godkendt 1. Valg af: - formand ... 1. Økonomi: Gennemgang af
// økonomien ... 5. Lukket møde:( når aktuelt) 6. Skrivelser og
// efterretningssager ..." (Hjallese's parish council, a Word table's list).
// The numbers 1 before a run that starts at `first` (`candidates`, where each
// starts in `piece`) are its first heads when there are exactly first - 1 of
// them, two at least, read as heads_numbered_one reads them. Returns their
// cuts, or none.
std::vector<std::size_t> ones_before_run(std::string_view piece, const std::vector<std::size_t>& candidates, int first) {
  if (first < 3 || static_cast<int>(candidates.size()) != first - 1) return {};
  auto ones = heads_numbered_one(piece, candidates);
  return ones.size() == candidates.size() ? ones : std::vector<std::size_t>{};
}

// The body's heads numbered again after the agenda's run in a transcript's
// line: from 1, or, where the items carry numbers running through the
// year, from the agenda's own first number (`first`): "... 172. Salg af
// grund i Sig - Lukket punkt 145. Godkendelse af dagsorden Godkendelse af
// dagsorden Beslutning ... 146. Oplæg vedrørende turismeindsats ..." (Varde's
// First Agenda pages, Holbæk's "... Underskriftsark 49. Godkendelse af
// dagsorden ...").
bool restarts_numbering(int n, int first) { return n == 1 || (first > 1 && n == first); }

// The body's first head after an agenda's run, alone in the line (the
// transcript stops after it, as docplayer's first pages do, or the next
// head is on the next page): "... 20. Eventuelt Sagsnr. 12/2089 1. Status
// på arbejdet med sundhedsaftalerne 2011-2014 fold dette punkt ind Resume
// ..." (Region Syddanmark's committees), "... 12. Trafikbestilling 2021 ...
// 1. Tema - Besøg fra Vestforbrændingen ..." (Albertslund's committees). A
// head of its own when its title repeats the agenda entry's with the same
// number (the four words after the number at `entry` and at `head` in
// `piece`, or as many as the entry has).
bool repeats_entry_title(std::string_view piece, std::size_t entry, std::size_t head) {
  const auto e = text::words(piece.substr(entry, 200)), h = text::words(piece.substr(head, 200));
  if (e.size() < 3 || h.size() < 3) return false;
  for (std::size_t k = 1; k < 5 && k < e.size(); ++k)
    if (k >= h.size() || e[k] != h[k]) return k >= 3 && is_digit(e[k].front());  // the next entry's number
  return true;
}

// "Beslutningstema" (what is to be decided), the first section under an
// item's head in the agendas of Svendborg, Slagelse, Hedensted and
// Fredensborg (the line form reads it as a section heading: vocabulary.cc):
// "... Dagsorden godkendt. 2. Anmodning om udtræden af skolebestyrelsen på
// Vestermarkskolen 13/30382 Beslutningstema: Anmodning om ..." (Svendborg's
// Byråd), the one head of its page.
bool decision_theme_heading(std::string_view w) {
  return w == "Beslutningstema:" || w == "Beslutningstema" || w == "BESLUTNINGSTEMA:" || w == "BESLUTNINGSTEMA";
}

// The first item's standing title as the one head on a page, its text run
// in with no section heading: "... bød velkommen til det andet møde i
// Medicinrådet. 1: Godkendelse af dagsordenen Der blev spurgt til, ..."
// (Medicinrådet), "3 Side 3 1. Godkendelse af referat Referat fra ..."
// (AAB's organisation board). `ws` are the head's words from its number:
// "Godkendelse af dagsorden(en)" or "Godkendelse af referat(et)" after it.
bool first_standing_head(const std::vector<std::string_view>& ws) {
  if (ws.size() < 4 || text::fold(ws[1]) != "godkendelse" || ws[2] != "af") return false;
  const std::string what = text::fold(ws[3]);
  return what == "dagsorden" || what == "dagsordenen" || what == "referat" || what == "referatet";
}

// ---- An item's lead words, the words before its number ("Punkt 3", "Pkt.
// 3", "Ad 3", "Sag 3"). The lists differ: each holds what its reader was
// built and tested on, and widening one changes which numbers split a line.
// They stand together so that a new lead word is weighed for each.
// Glued to the number by its full stop ("Nr.143", "Ad.1.", "Pkt.1"):
// glued_lead_word.
constexpr auto k_glued_leads = std::to_array<std::string_view>({"Nr.", "Ad.", "ad.", "Pkt."});
// Before a head's number in a run-on line, where the cut goes (split_items):
// the widest list, as a run of numbers 1, 2, 3 ... backs each cut. Tried in
// this order, each before the cut the ones before it moved: "Ad. Pkt. 3."
// goes back past "Pkt. ", then past "Ad. ". (Not "Ad pkt. 3" / "Ad punkt
// 3": tried, it cut "Ad punkt 2: Formanden, Johnna, aflagde beretning"
// in Diabetesforeningen Køge's minutes at another title, transcript items
// dev -1. No capitals, "PKT. 2.": split_run_on cuts before those.)
constexpr auto k_cut_leads = std::to_array<std::string_view>(
    {"Punkt nr. ", "Pkt. nr. ", "Dagsordenspunkt ", "Punkt ", "Pkt. ", "Pkt ", "Ad. ",
     "Ad ", "ad. ", "ad ", "Sag nr. ", "Sag ", "Nr. ", "§ "});
// Before a numbered head that opens a line (opens_numbered_head), and
// before the first head after a transcript's page number (split_run_on's
// paged head), each taken off in turn ("Ad. Pkt. 3."): the lead words that
// number an item on their own (items.cc k_item_words reads more: "vedr.
// punkt", "§", "nr." ...).
constexpr auto k_head_leads =
    std::to_array<std::string_view>({"Ad. ", "Ad ", "Punkt ", "Pkt. ", "Pkt ", "Sag nr. ", "Sag ", "Dagsordenspunkt "});
// Folded, glued to a number without a full stop ("Ad1. Godkendelse",
// "Pkt3. Budget"): no head is split off there (split_glued_items).
constexpr auto k_glued_lead_words = std::to_array<std::string_view>({"ad", "pkt", "punkt", "sag"});
// Folded, the word before a case's number that the head keeps with its
// number (split_contents_echoes), and the last word before a contents
// entry's echo that is a lead word: no echo is split off after it.
constexpr auto k_kept_lead_words =
    std::to_array<std::string_view>({"pkt.", "pkt", "punkt", "ad", "ad.", "sag", "nr.", "dagsordenspunkt"});
// Lower case, in a sentence: a reference to an item, not a head
// (item_reference_before).
constexpr auto k_reference_leads = std::to_array<std::string_view>({" punkt ", " pkt. ", " pkt ", "dagsordenspunkt "});

template <std::size_t N>
bool in_list(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// The length of an item's lead word glued to its number at `i` in `piece`,
// as the line form reads it: "Nr.143 - Godkendelse af dagsorden"
// (Fredensborg's Byråd), "Ad.1. Aktivitetslisten. ... Ad.2. Økonomi."
// (Søvang Allé's owners' board), "ad.1.", "Pkt.1"; 0 when none is.
std::size_t glued_lead_word(std::string_view piece, std::size_t i) {
  if (i == 0 || piece[i - 1] != '.') return 0;
  for (std::string_view w : k_glued_leads)
    if (i >= w.size() && piece.substr(i - w.size(), w.size()) == w && (i == w.size() || piece[i - w.size() - 1] == ' '))
      return w.size();
  return 0;
}

// Whether the lead word "Ad" (either case, "Ad.", "Ad. Pkt.") opens `piece`
// at `at`: the minutes' answer to an agenda point ("Punkt 1", "Pkt. 2"
// alone may number the agenda's own list).
bool item_lead_word(std::string_view piece, std::size_t at) {
  const std::string_view w = piece.substr(at, 4);
  // ("Ad.1. Aktivitetslisten": the lead word glued to the number,
  // glued_lead_word.)
  const bool glued = w.size() == 4 && text::starts_with_folded(w, "ad.") && is_digit(w[3]);
  return text::starts_with_folded(w, "ad ") || text::starts_with_folded(w, "ad. ") || glued;
}

// Items run into one line: "... 1. Godkendelse af dagsorden. Godkendt. 2.
// Godkendelse af referat ...". Split before each number of the sequence 1,
// 2, 3 ... that starts a capitalised title, and after the title's first
// sentence. The whole run-on line is split so, before its header labels and
// sections are: an item's number may follow a label's value.
// Whether `before` (a run-on line up to a number) ends in a reference to
// an item in a sentence, its lead word in lower case: "ankom til mødet kl.
// 17.32 under behandlingen af punkt 1. Jakob Næsager, C, ankom ..."
// (Københavns Borgerrepræsentation), "forlod Regionsrådsmødet under punkt
// 29. Bent Hansen erklærede ..." (Region Midtjylland's Regionsråd), "Se
// nedenfor under punkt 6. Renovering af gårdspladsen" (Aarhus
// Statsgymnasium's board), "Pkt. 5 behandles før pkt. 2. Ulrik Sand
// Larsen (V) ..." (Svendborg's committee). A head's lead word is
// capitalised ("Punkt 3", "Pkt. 3").
bool item_reference_before(std::string_view before) {
  for (std::string_view lead : k_reference_leads) {
    if (!ends_with(before, lead)) continue;
    // ("Ad punkt 2 ...": a head's lead words, "ad" before the lower case;
    // "Der var ingen bemærkninger til dette pkt. 7.Dagsordener og
    // referater", Hørsholm's Seniorråd: "dette pkt." closes its sentence.)
    const std::string_view rest = before.substr(0, before.size() - lead.size());
    return !(ends_with(rest, " Ad") || ends_with(rest, " ad") || ends_with(rest, " AD") || rest == "Ad" ||
             rest == "ad" || ends_with(rest, " dette") || ends_with(rest, " Dette"));
  }
  return false;
}

// Whether the number `n` at `i` in `piece` numbers an attachment in the
// list after "Bilag:" ("Vedlagt bilag: 1. Præsentationsmateriale 2.
// Brændselspris statistik 3. CO2 kvote pris ...", a district heating
// company's general assembly), not an item: the list's first entry, right
// after the label, and the ones that go on from it (`next`, the number the
// list goes on with, 0 when none is open). Short entries only: a longer
// stretch ends the list before the next head.
bool attachment_entry(std::string_view piece, std::size_t i, int n, int& next) {
  if (i >= 6 && (piece.substr(i - 6, 6) == "ilag: " || piece.substr(i - 6, 6) == "ILAG: ") && n == 1) {
    next = 2;
    return true;
  }
  if (next == 0) return false;
  const std::size_t from = i >= 60 ? i - 60 : 0;
  const std::string_view before = piece.substr(from, i - from);
  const bool near = before.find(std::to_string(next - 1) + ". ") != std::string_view::npos;
  if (n == next && near) {
    ++next;
    return true;
  }
  next = 0;
  return false;
}

// A numbered list inside an item's text, run into the line with the heads
// (a PDF transcript loses its indentation): it restarts at 1 after the
// head's title has begun, and the heads' numbering resumes after it with
// the next item's number: "1. Besøg fra arbejdsgruppen fra kommunen – ny
// børn- og ungepolitik. 1. Status på Børne- og Ungepolitikken: 1. Byrådets
// godkendelse af udkast til politik 2. Høring 2. Release – ... 5. Kort
// gennemgang ... 2. Ungerådet virtuelt 1. De unges talerør ..." (Assens'
// Ungeråd), "5. Meddelelser fra formand, sekretær og medlemmer 1. Herunder
// spm om aktindsigt drøftes 2. Herunder møde med borgmesteren ... 3.
// Påvirkning af KB indtil valget 6. Høringssvar" (Hørsholm's Seniorråd).
// The open inner lists are a stack of their last numbers: a number goes on
// the deepest list it continues (those inside it closed); a number that
// continues none is the next head's when it follows the heads' own.
struct InnerLists {
  std::vector<int> last;  // each open inner list's last number, the deepest last
  void clear() { last.clear(); }
  // Whether `n` goes on an open inner list (taken there).
  bool take(int n) {
    for (std::size_t d = last.size(); d-- > 0;)
      if (last[d] + 1 == n) {
        last.resize(d + 1);
        last[d] = n;
        return true;
      }
    return false;
  }
  void open() { last.push_back(1); }
};

// The mark split_items puts before a head's text that opens with a
// numbered entry, "1. Status på ...", "2. Virtuelle arrangementer ...":
// an inner list's (InnerLists), which lines_of sets in as a point under
// the head (items_numbered.cc mark_nested_points) instead of reading its
// number as a head's.
constexpr char k_inner_list_mark = '\x01';  // (no white space: trim keeps it)

std::string inner_list_marked(std::string_view text) {
  std::size_t j = 0;
  const bool numbered = read_number(text, j, 2) > 0 && text.substr(j, 2) == ". ";
  return numbered ? k_inner_list_mark + std::string(text) : std::string(text);
}

// Where an inner list's first entry starts in a head's segment `seg`,
// " 1. " and a capital after the head's number and a word of its title;
// npos when none does within the first 200 bytes.
std::size_t inner_list_start(std::string_view seg) {
  // (Past the lead words, "Ad. Pkt. 1. Godkendelse ...", and the number.)
  const std::size_t number = seg.find_first_of("0123456789");
  const std::size_t title = number == std::string_view::npos ? number : seg.find(' ', number);
  if (title == std::string_view::npos) return std::string_view::npos;
  const std::size_t at = seg.find(" 1. ", title + 2);
  if (at == std::string_view::npos || at > 200 || !text::starts_capital(seg.substr(at + 4))) return std::string_view::npos;
  return at + 1;
}

// Whether `text` carries the mark (taken off).
bool take_inner_list_mark(std::string& text) {
  if (text.empty() || text.front() != k_inner_list_mark) return false;
  text.erase(0, 1);
  return true;
}

// "(Lukket punkt).", "(Åbent punkt)": a note in brackets, at most four
// words, that is all of `rest` (a full stop after it or none).
// (docs/ARCHITECTURE.md §4, with the numbered heading's sentence end.)
bool closing_note(std::string_view rest) {
  rest = trim(rest);
  if (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
  return rest.size() >= 3 && rest.front() == '(' && rest.back() == ')' &&
         rest.find_first_of("()", 1) == rest.size() - 1 && text::words(rest).size() <= 4;
}

// Whether the text before a number ends in "og", "eller" or "samt": the
// last of numbers in a sentence ("... som er vedlagt som bilag 1 og 2. På
// høringsmødet ...", Rødovre's Social- og Sundhedsudvalg), not a head.
bool after_conjunction(std::string_view before) {
  const auto ws = text::words(before);
  return !ws.empty() && (ws.back() == "og" || ws.back() == "eller" || ws.back() == "samt");
}

// Where a transcript's page break falls among the heads (lines_of): the
// number of the last head cut from the pages before, and of the first head
// on the next page; 0 where none.
struct PageRun {
  int follows = 0;
  int next = 0;
  bool short_page = false;  // a page line shorter than 200 characters (lines_of)
};

std::vector<std::string> split_items(std::string piece, PageRun page) {
  std::vector<std::string> items;
  const std::size_t welcome_at = lost_welcome_entry(piece);
  if (welcome_at != std::string::npos) piece.insert(welcome_at, "1. ");
  // Every number that starts a capitalised title, with its lead word.
  struct Number {
    std::size_t cut;
    int n;
    bool strong;     // "Ad 3", "Punkt 3", "Sag 3"
    bool separator;  // "3." / "3)" / "3:"
    bool spaced;     // "3 : Title", "3 - Title": only in a run of heads
    // A list's "1." (heads_numbered_one), not "Punkt 1" nor "1 : Title".
    bool numbered_one() const { return n == 1 && separator && !strong && !spaced; }
  };
  std::vector<Number> numbers;
  int attachments_next = 0;  // the next entry's number in a list of attachments
  for (std::size_t i = 0; i + 3 < piece.size(); ++i) {
    if (!is_digit(piece[i])) continue;
    // (A lead word glued to the number: glued_lead_word.)
    const std::size_t glued = glued_lead_word(piece, i);
    if (i > 0 && piece[i - 1] != ' ' && glued == 0) continue;
    // ("Se bilag 1. Indstilling at udvalget ...", "vedlagt som bilag 3. Det
    // indstilles ...": an attachment's number in a sentence, never an
    // item's; "Bilag 17. Kommissorium ..." may be an empty section's label
    // before the next head.)
    if (i >= 7 && std::string_view(piece).substr(i - 7, 7) == " bilag ") continue;
    if (item_reference_before(std::string_view(piece).substr(0, i))) continue;
    std::size_t j = i;
    const int n = read_number(piece, j, 3);
    if (n < 0 || j + 2 >= piece.size()) continue;
    if (attachment_entry(piece, i, n, attachments_next)) continue;
    bool separator = false;
    bool titled = false;  // the separator's reader saw the title start
    bool spaced = false;
    if (piece.compare(j, 3, ".0 ") == 0) {
      // "1.0 Velkommen ... 2.0 Godkendelse af dagsorden 2.1 Dagsorden for
      // ...": item 2 numbered as the head of its points 2.1, 2.2, as
      // item_candidate reads "3.0 Title" on a line of its own.
      j += 2, separator = true;
    } else if (piece[j] == '.' || piece[j] == ')' || piece[j] == ':') {
      ++j, separator = true;
    } else if (piece.compare(j, 3, " : ") == 0 && j + 3 < piece.size() &&
               starts_upper(std::string_view(piece).substr(j + 3))) {
      // "1 : Godkendelse af dagsorden", "Nr.143 - Godkendelse af
      // dagsorden": the separators the line form reads after an agenda
      // site's number (items.cc), also in a run-on line.
      j += 2, separator = true, spaced = true;
    } else if (const std::size_t dash = spaced_dash_separator(std::string_view(piece).substr(j))) {
      j += dash - 1, separator = true, titled = true, spaced = true;
    }
    if (!titled && run_on_title_start(piece, j, separator) == std::string_view::npos) continue;
    // "Punkt 3 Title": the cut goes before the lead word.
    std::size_t cut = i - glued;
    // ("Ad.  Pkt. 3.": a wider gap between the lead words too.)
    for (std::string_view w : k_cut_leads) {
      std::size_t at = cut;
      while (at > 0 && at < i && piece[at - 1] == ' ' && at >= 2 && piece[at - 2] == ' ') --at;
      if (at >= w.size() && std::string_view(piece).substr(at - w.size(), w.size()) == w) cut = at - w.size();
    }
    numbers.push_back({cut, n, cut != i, separator, spaced});
  }
  // The items are the longest run n, n+1, n+2 ... (numbering starts
  // anywhere: a page of a transcript opens with its item 3; a run of bare
  // numbers, "3 Title 5 4 Title 7" in a table of contents with page
  // numbers, only from 1 or after the page before's last head, `follows`).
  // The heads "Ad 1. A ... Ad 2. B" after an agenda "1. A 2. B" are a run
  // of their own.
  std::vector<std::size_t> cuts;
  std::vector<std::pair<std::size_t, int>> lost_entries;  // restored with their numbers below
  // Heads written "Ad 1." / "Ad. Pkt. 2." / "Ad. Punkt 4." in turn: the bare
  // numbers after the first of them are their numbered points ("Ad. Pkt. 2.
  // Ny udmelding fra DGU ... 1. Fjernelse af tidsintervaller ... 2.
  // Mulighed for at lukke igennem ...", "Ad. Pkt. 3. Status for økonomien
  // 1. Medlemstal ..."), no run of heads; the bare numbers before them may
  // be the agenda's.
  std::size_t points_from = piece.size();
  for (std::size_t s = 0; s < numbers.size() && points_from == piece.size(); ++s)
    for (std::size_t k = s + 1; k < numbers.size() && numbers[s].strong; ++k)
      if (numbers[k].strong && numbers[k].n == numbers[s].n + 1 && item_lead_word(piece, numbers[s].cut) &&
          item_lead_word(piece, numbers[k].cut)) {
        points_from = numbers[s].cut;
        break;
      }
  for (const bool strong_only : {false, true}) {
    std::vector<std::size_t> best;
    std::vector<std::pair<std::size_t, int>> best_lost;
    // The run of heads from `path` on at the number `k`, the lists inside
    // their text read as such (InnerLists); the longest into `longest`. A
    // number that goes on both an inner list and the heads is tried both
    // ways (`branches` times at most; then the inner list's), the inner
    // list's kept where both keep as many heads.
    auto nested_run = [&](auto& self, std::size_t k, std::vector<std::size_t>& path, InnerLists inner, int& branches,
                          std::vector<std::size_t>& longest) -> void {
      const std::size_t from = path.size();
      for (; k < numbers.size(); ++k) {
        const Number& num = numbers[k];
        if (!num.strong && num.cut > points_from) continue;
        const bool next = num.n == numbers[path.back()].n + 1;
        InnerLists taken = inner;
        if (num.strong || !num.separator || num.spaced || !taken.take(num.n)) {
          // (Not the body's heads numbered again, the first repeating the
          // run's first title: restarts_numbering.)
          if (!num.strong && num.separator && !num.spaced && num.n == 1 &&
              !repeats_entry_title(piece, numbers[path.front()].cut, num.cut) &&
              text::words(std::string_view(piece).substr(numbers[path.back()].cut, num.cut - numbers[path.back()].cut)).size() >= 3)
            inner.open();
          else if (next)
            path.push_back(k), inner.clear();
          continue;
        }
        if (next && branches-- > 0) {
          path.push_back(k);
          self(self, k + 1, path, InnerLists{}, branches, longest);
          path.pop_back();
        }
        inner = std::move(taken);
      }
      if (path.size() >= longest.size()) longest = path;
      path.resize(from);
    };
    // The run from the number `s` on.
    auto run_from = [&](std::size_t s) {
      std::vector<std::size_t> chain = {s};
      std::vector<std::pair<std::size_t, int>> lost;  // (where a lost entry's title starts, its number)
      for (std::size_t k = s + 1; k < numbers.size(); ++k) {
        if (!numbers[k].strong && (strong_only || numbers[k].cut > points_from)) continue;
        if (numbers[k].n == numbers[chain.back()].n + 1) {
          chain.push_back(k);
        } else if (numbers[k].strong && numbers[chain.back()].strong && numbers[k].n == numbers[chain.back()].n + 2) {
          // "Ad 4. Opgavefordeling ... ad 4. Status regnskab ... ad. 6
          // Årshjul for bestyrelsens opgaver ... ad. 7 Puljeansøgninger"
          // (Folkenetværket's board), "Punkt 1. Økonomi: ... Punkt 2.
          // planlægning af generalforsamling: ... Punkt 3. Evt:"
          // (Bartholine's board): heads with a lead word go on past a
          // number left out, as the line form's do (items_numbered.cc
          // left_out_between). (One number only: up to five, as the line
          // form allows, cost transcript holdout precision.)
          chain.push_back(k);
        } else if (!strong_only && chain.size() >= 2 && numbers[k].separator && numbers[chain.back()].separator &&
                   numbers[k].n > numbers[chain.back()].n + 1 && numbers[k].n <= numbers[chain.back()].n + 3) {
          // (Numbers lost with their brackets kept: see lost_bracket_entries.)
          const std::size_t from = numbers[chain.back()].cut;
          const std::string_view entry = std::string_view(piece).substr(from, numbers[k].cut - from);
          const std::size_t head_end = entry.find(' ');
          if (head_end != std::string_view::npos) {
            const auto brackets = lost_bracket_entries(entry, head_end);
            if (static_cast<int>(brackets.size()) == numbers[k].n - numbers[chain.back()].n - 1) {
              for (std::size_t b = 0; b < brackets.size(); ++b)
                lost.emplace_back(from + brackets[b], numbers[chain.back()].n + 1 + static_cast<int>(b));
              chain.push_back(k);
              continue;
            }
          }
          if (numbers[k].n != numbers[chain.back()].n + 2) continue;
          // (A lost number in between: see lost_entry_start.)
          bool between = false;
          for (std::size_t m = chain.back() + 1; m < k; ++m) between = between || numbers[m].n == numbers[k].n - 1;
          if (between) continue;
          // (Every entry before it short: a contents, not items with their text.)
          bool short_entries = true;
          for (std::size_t m = 0; m + 1 < chain.size(); ++m)
            short_entries = short_entries &&
                text::words(std::string_view(piece).substr(numbers[chain[m]].cut, numbers[chain[m + 1]].cut - numbers[chain[m]].cut)).size() <= 25;
          if (!short_entries) continue;
          if (const std::size_t at = lost_entry_start(piece, numbers[chain.back()].cut, numbers[k].cut);
              at != std::string_view::npos) {
            lost.emplace_back(at, numbers[k].n - 1);
            chain.push_back(k);
          }
        }
      }
      return std::pair{std::move(chain), std::move(lost)};
    };
    for (std::size_t s = 0; s < numbers.size(); ++s) {
      if (strong_only && !numbers[s].strong) continue;
      // (A run of bare numbers starts at 1, or goes on from the last head
      // of the page before: "4 Brainstorm ..." / "5 Byggerådgiver ...".)
      if (!numbers[s].strong && !numbers[s].separator && numbers[s].n != 1 &&
          (page.follows == 0 || numbers[s].n != page.follows + 1))
        continue;
      if (!numbers[s].strong && numbers[s].cut > points_from) continue;
      auto [chain, lost] = run_from(s);
      // (Read with the inner lists when that keeps as many heads: the
      // plain run went into an inner list and stopped there.)
      if (!strong_only) {
        std::vector<std::size_t> path = {s}, nested;
        int branches = 32;
        nested_run(nested_run, s + 1, path, InnerLists{}, branches, nested);
        if (nested.size() >= chain.size() && nested != chain) chain = std::move(nested), lost.clear();
      }
      // (Of two runs as long, the one written with separators: "Mødelokale:
      // 1 C Dagsorden: 1. Velkomst 2. ..." starts at "1. Velkomst".)
      auto separated = [&](const std::vector<std::size_t>& ch) {
        return std::count_if(ch.begin(), ch.end(), [&](std::size_t k) { return numbers[k].separator; });
      };
      if (chain.size() > best.size() || (chain.size() == best.size() && separated(chain) > separated(best))) {
        best = std::move(chain);
        best_lost = std::move(lost);
      }
    }
    if (best.size() < 2) continue;
    for (std::size_t k : best) cuts.push_back(numbers[k].cut);
    // (Its first entries numbered "1." each before it: ones_before_run.)
    if (!strong_only) {
      std::vector<std::size_t> ones;
      bool other = false;  // another head's number among them
      for (std::size_t k = 0; k < best.front(); ++k) {
        const Number& num = numbers[k];
        if (num.numbered_one())
          ones.push_back(num.cut);
        else if (!ones.empty() && (num.separator || num.strong))
          other = true;
      }
      if (!other)
        for (std::size_t at : ones_before_run(piece, ones, numbers[best.front()].n)) cuts.push_back(at);
    }
    // (Each head printed twice, a page's list of its items and the item's
    // own heading run together: "• Pkt. 66 Beslutninger om dagsordenen Pkt.
    // 66 Beslutninger om dagsordenen Sagsnr. 299834 ...", Roskilde's
    // committees. The heading is cut off too; the items read the repeat as
    // the title printed twice.)
    for (std::size_t k : best)
      if (k + 1 < numbers.size() && numbers[k + 1].n == numbers[k].n && numbers[k + 1].strong == numbers[k].strong &&
          repeats_entry_title(piece, numbers[k].cut, numbers[k + 1].cut))
        cuts.push_back(numbers[k + 1].cut);
    for (const auto& e : best_lost) cuts.push_back(e.first), lost_entries.push_back(e);
    // The body numbering from 1 again after the agenda's last entries
    // ("... 11. Personsager 12. Eventuelt Referat ... 1. Godkendelse af
    // dagsorden ... 2. Forretningsudvalget ..."): a run of its own; so are
    // heads with a lead word and no separator after an agenda in their form
    // ("Pkt. 3 Lessons learned ... Pkt. 1 Velkomst og godkendelse af
    // dagsorden ...").
    const auto headed = [&](std::size_t k) { return numbers[k].separator || numbers[k].strong; };
    for (std::size_t s = best.back() + 1; s < numbers.size() && !strong_only; ++s) {
      if (!restarts_numbering(numbers[s].n, numbers[best.front()].n) || !headed(s) ||
          (!numbers[s].strong && numbers[s].cut > points_from))
        continue;
      std::vector<std::size_t> again = {s};
      for (std::size_t k = s + 1; k < numbers.size(); ++k)
        if (headed(k) && numbers[k].n == numbers[again.back()].n + 1) again.push_back(k);
      if (again.size() >= 2 || (best.size() >= 3 && repeats_entry_title(piece, numbers[best.front()].cut, numbers[s].cut))) {
        for (std::size_t k : again) cuts.push_back(numbers[k].cut);
        break;
      }
    }
  }
  if (cuts.empty()) {
    std::vector<std::size_t> ones;
    for (const auto& num : numbers)
      if (num.numbered_one()) ones.push_back(num.cut);
    cuts = heads_numbered_one(piece, ones);
  }
  // One head on a page ("Udvalget, 3. marts 2025 3. Høring om busplan
  // Sagsfremstilling ..."): a numbered title that a section heading
  // follows within twenty words.
  if (cuts.empty()) {
    for (const auto& num : numbers) {
      if ((!num.separator && !num.strong) || num.spaced) continue;
      // (The words from the number on, past a lead word: "Pkt. 1.
      // Godkendelse af dagsorden ...".)
      auto ws = text::words(std::string_view(piece).substr(num.cut, 400));
      const auto number_word = std::find_if(ws.begin(), ws.end(), [](std::string_view w) {
        return std::any_of(w.begin(), w.end(), is_digit);
      });
      ws.erase(ws.begin(), number_word);
      bool section = false;
      for (std::size_t k = 2; k < ws.size() && k <= 20 && !section; ++k) {
        for (std::string_view h : voc::run_on_section_headings())
          if (ws[k] == h) section = true;
        // (or the case's number: "J.nr.:", "Sagsnr.:", "Sagsid.:",
        // "Sagsnummer:" in Vejen's, Gribskov's and Horsens' agendas: "Vejen
        // Rådhus 1.Det foreløbige regnskab 2017 (B) Sagsnummer: 18/2239 ...")
        for (std::string_view meta : {"J.nr", "Sagsnr", "Sagsid", "Journalnr", "Sagsnummer"})
          if (text::starts_with(ws[k], meta)) section = true;
        // (or what is to be decided: decision_theme_heading)
        if (decision_theme_heading(ws[k])) section = true;
      }
      // (or, for the first item, the chair's welcome: welcome_subject_start)
      if (num.n == 1 && num.separator && ws.size() > 1 &&
          welcome_subject_start(std::vector<std::string_view>(ws.begin() + 1, ws.end())) > 0)
        section = true;
      // (or the first item's standing title: first_standing_head)
      if (num.n == 1 && num.separator && first_standing_head(ws)) section = true;
      if (section) {
        cuts.push_back(num.cut);
        break;
      }
    }
    if (cuts.size() == 1) cuts.push_back(cuts.front());  // (one head: cut once below)
  }
  // One head on a page that goes on from the previous page's last head
  // ("... Beslutning Godkendt 2. Temadrøftelse om teknologi/digitalisering
  // Det indstilles ...", its item 1 on the page before): the next number of
  // the run a page break cut (lines_of's `follows`); so does one whose next
  // number is the next page's first head ("... 136. Godkendelse af dagsorden
  // Udskriv Sagstema ..." and on the next page "... Til toppen 137.
  // Kommunalbestyrelsen. Mødeplan 2023 ...").
  if (cuts.empty() && (page.follows > 0 || page.next > 0)) {
    for (const auto& num : numbers) {
      if ((page.follows == 0 || num.n != page.follows + 1) && num.n + 1 != page.next) continue;
      if ((!num.separator && !num.strong) || num.spaced) continue;
      if (after_conjunction(std::string_view(piece).substr(0, num.cut))) continue;
      cuts.push_back(num.cut), cuts.push_back(num.cut);
      break;
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  // (Each head's decimal sub-items: sub_item_cuts.)
  for (std::size_t k = 0, heads = cuts.size(); heads >= 2 && k < heads; ++k) {
    const std::size_t end = k + 1 < heads ? cuts[k + 1] : piece.size();
    for (const std::size_t sub : sub_item_cuts(std::string_view(piece).substr(cuts[k], end - cuts[k])))
      cuts.push_back(cuts[k] + sub);
  }
  std::sort(cuts.begin(), cuts.end());
  if (cuts.size() == 1 && !numbers.empty()) {
    // One head: the text before it and the head with its text.
    std::vector<std::string> out;
    if (cuts.front() > 0) out.emplace_back(trim(std::string_view(piece).substr(0, cuts.front())));
    out.emplace_back(trim(std::string_view(piece).substr(cuts.front())));
    return out;
  }
  if (cuts.size() < 2) {
    items.push_back(std::move(piece));
    return items;
  }
  cuts.push_back(piece.size());
  if (cuts.front() > 0) items.emplace_back(trim(std::string_view(piece).substr(0, cuts.front())));
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
    std::string_view seg = trim(std::string_view(piece).substr(cuts[k], cuts[k + 1] - cuts[k]));
    // (The lost number's bracket before the next entry goes: see lost_bracket_entries.)
    if (seg.size() > 2 && seg.substr(seg.size() - 2) == " )" &&
        std::any_of(lost_entries.begin(), lost_entries.end(), [&](const auto& le) { return le.first == cuts[k + 1]; }))
      seg = trim(seg.substr(0, seg.size() - 2));
    if (const auto e = std::find_if(lost_entries.begin(), lost_entries.end(),
                                    [&](const auto& le) { return le.first == cuts[k]; });
        e != lost_entries.end()) {
      items.push_back(std::to_string(e->second) + ". " + std::string(seg));  // the lost number restored
      continue;
    }
    // (The restored welcome: "1. Velkomst" alone, unless a presenter
    // follows, "Velkomst ved formanden"; the welcome's sentence is its text.)
    if (cuts[k] == welcome_at && seg.size() > 13 && starts_upper(seg.substr(12))) {
      items.emplace_back(seg.substr(0, 11));
      items.emplace_back(trim(seg.substr(12)));
      continue;
    }
    // The title ends at its first full stop after a word (not after the
    // item's own number, a number or an abbreviation such as "vedr.").
    std::size_t stop = std::string_view::npos;
    for (std::size_t d = seg.find(". "); d != std::string_view::npos; d = seg.find(". ", d + 1)) {
      const auto ws = text::words(seg.substr(0, d));
      if (ws.size() < 2 || is_digit(seg[d - 1])) continue;
      const std::string last = text::fold(ws.back());
      if (last.size() < 4 || last == "vedr" || last == "bl.a" || last == "jf" || last == "ang" || last == "incl" ||
          last == "inkl")
        continue;
      // (Nor before a note in brackets that ends the head, its openness:
      // "5. Status for lovforslag om ændring af universitetsloven (bedre
      // rammer for ledelse). (Lukket punkt).", DTU's board; the line form
      // reads the head whole.)
      if (closing_note(seg.substr(d + 2))) continue;
      stop = d;
      break;
    }
    // (A title asked as a question ends at its question mark before a
    // capital, the mark kept: "3. ”Miljø aktivitetsudvalg” - skal vi have
    // en, og hvad skal denne omhandle? Bestyrelsen har kontaktet ...", a
    // sailing club's board; "8. Nørre Snede banen – skal vi gå videre?", "7.
    // Hvad skal vi gå i gang med?", "11. Hvordan synes du, mødet gik?" head
    // dev minutes of a riding club, a board and a council.)
    for (std::size_t d = seg.find("? "); d != std::string_view::npos && d < stop; d = seg.find("? ", d + 1)) {
      if (text::words(seg.substr(0, d)).size() < 3 || !text::starts_capital(seg.substr(d + 2))) continue;
      stop = d + 1;
      break;
    }
    // "1. Godkendelse af dagsorden Dagsordenen blev godkendt.": the outcome
    // glued to the title starts at a capitalised subject in its definite
    // form and a verb ("Formanden orienterede", "Rådet drøftede"), or a
    // verdict's sentence.
    {
      const std::string_view first = seg.substr(0, stop == std::string_view::npos ? seg.size() : stop);
      const auto ws = text::words(first);
      std::size_t j = 0;
      while (j < ws.size() && !is_digit(ws[j].front())) ++j;  // past the lead word and number
      const std::size_t title_from = j + 1;
      for (j = title_from + 1; j + 1 < ws.size(); ++j) {
        const std::string_view w = ws[j], before = ws[j - 1], after = ws[j + 1];
        // (Or the meeting's own minutes or agenda, named again as the
        // verdict's subject with what it is of and its participle within
        // eight words: "1. Referat Referat fra sidste bestyrelsesmøde
        // godkendt", "1. Referat af møde 14 incl. underskrift Referat fra BS
        // 14 blev godkendt."; Broby Friskole's and VUC Aarhus' boards.)
        const std::string fw = starts_upper(w) ? text::fold(w) : std::string();  // also read below
        if ((fw == "referat" || fw == "referatet" || fw == "dagsorden" || fw == "dagsordenen") &&
            ends_in_word(before)) {
          const std::string fb = text::fold(before);
          if (fb != "af" && fb != "fra" && fb != "til" && fb != "og" && fb != "om" && fb != "for" && fb != "på" &&
              fb != "i") {
            const std::string fa = text::fold(after);
            bool verdict = false;
            if (fa == "fra" || fa == "af" || fa == "blev" || fa == "godkendt" || fa == "godkendes")
              for (std::size_t v = j + 1; v < ws.size() && v <= j + 8; ++v) {
                const std::string fk = text::fold(ws[v]);
                if (text::starts_with(fk, "godkendt") || text::starts_with(fk, "godkendes")) {
                  verdict = true;
                  break;
                }
                if (ws[v].back() == '.' && v + 1 < ws.size() && starts_upper(ws[v + 1])) break;
              }
            if (verdict) {
              stop = static_cast<std::size_t>(w.data() - seg.data()) - 1;
              break;
            }
          }
        }
        if (j < title_from + 2) continue;
        // (A section heading ends the title: split off later.)
        if (voc::is_run_on_section_heading(w)) break;
        if (!starts_upper(w) || !ends_in_word(before)) continue;
        if (after.empty() || !(after.front() >= 'a' && after.front() <= 'z')) continue;
        const std::string fa = text::fold(after);
        const bool definite = fw.size() > 4 && (ends_with(fw, "en") || ends_with(fw, "et") || ends_with(fw, "ne"));
        // (Or the outcome's passive, "4. Mødedatoer 2015 Møderne afholdes 3.
        // torsdag ..." (Middelfart's Ældreråd), as "Generalforsamlingen
        // afholdes" (GBS-CIDP's association) and "Dagsorden godkendes"
        // (Aalborg's Udsatteråd, Sermersooq) write it.)
        const bool passive = fa.size() >= 5 && ends_with(fa, "es");
        const bool verb = ends_with(fa, "ede") || ends_with(fa, "te") || fa == "blev" || fa == "var" || fa == "har" ||
                          fa == "er" || fa == "tog" || fa == "gav" || fa == "fik" || fa == "kunne" || fa == "vil" ||
                          passive;
        const std::size_t at = static_cast<std::size_t>(w.data() - seg.data());
        const bool verdict = voc::is_verdict(text::fold(first.substr(at)));
        // (Not a surname after a first name: "Valg af dirigent: Jens Hansen
        // blev valgt".)
        const bool name = starts_upper(before);
        // (Or a capitalised word that a small one follows after a year
        // that ends the title: "4. Handlingsplan for Klubhus som nedrives i
        // april 2008 Nedrivning af klubhuset er udskudt ...", a sailing
        // club's board; titles end in their year, "Mødekalender 2010",
        // "Forslag til mødeplan 2013", "Regnskab 2020".)
        const bool after_year =
            text::is_year_word(before) && text::has_lower_after_first(w) && w.size() >= 3 && text::fold(w) != "kl";
        if ((definite && verb && !name) || (verdict && (fw == "det" || fw == "der" || definite)) ||
            text_starts_at(before, w, after) || after_year) {
          stop = at - 1;
          break;
        }
      }
    }
    // (The title ends before an inner list's first entry, "2. Ungerådet
    // virtuelt 1. De unges talerør ...": InnerLists.)
    if (const std::size_t inner = inner_list_start(seg); inner < stop || stop == std::string_view::npos)
      stop = inner == std::string_view::npos ? stop : inner - 1;
    // (The words of the head's first 600 bytes: the title's end is read
    // within its first twenty words.)
    const auto head_ws = text::words(seg.substr(0, std::min<std::size_t>(seg.size(), 600)));
    for (const std::size_t text_at :
         {whole_outcome_after_title(seg, head_ws), text_after_title_note(seg, head_ws),
          pronoun_sentence_after_title(seg, head_ws), bullet_after_title(seg, head_ws), text_after_evt(seg, head_ws),
          outcome_after_colon_title(seg, head_ws),
          date_after_meeting_title(seg, head_ws), election_after_title(seg, head_ws),
          text_after_election_title(seg, head_ws)})
      if (text_at != std::string_view::npos && (stop == std::string_view::npos || text_at - 1 < stop))
        stop = text_at - 1;
    if (stop == std::string_view::npos) {
      const std::size_t from = head_title_from(head_ws);
      const std::string_view rest = from < head_ws.size() ? seg.substr(static_cast<std::size_t>(head_ws[from].data() - seg.data())) : std::string_view{};
      // (A head written with its separator, "6." / "6)": bare numbers are
      // an agenda system's, whose readers take the line whole.)
      const bool separated = from >= 1 && from - 1 < head_ws.size() &&
                             (head_ws[from - 1].back() == '.' || head_ws[from - 1].back() == ')');
      // (Nor a head whose text names those present or absent, "Til stede",
      // "Deltagere", "Afbud": the attendance readers take its line whole.)
      bool attendance = false;
      for (const std::string_view w : head_ws) {
        std::string_view bare = w;
        while (!bare.empty() && (bare.back() == ':' || bare.back() == ',')) bare.remove_suffix(1);
        if (!starts_upper(bare) || bare.size() > 24) continue;
        const auto f = voc::header_field(text::fold(bare));
        attendance = attendance || f == voc::Field::present || f == voc::Field::absent;
      }
      if (separated && !attendance && !rest.empty() && !title_shaped(rest)) {
        static constexpr std::string_view joins[] = {
            "og",   "af",    "i",     "til",   "for",  "med",   "fra", "ved",    "om",  "på", "mod",
            "samt", "eller", "under", "efter", "over", "vedr.", "hos", "mellem", "the", "of", "and"};
        for (std::size_t at = from + 1; at < head_ws.size() && at <= from + 15; ++at) {
          const std::string_view w = head_ws[at], before = head_ws[at - 1];
          if (!text::starts_capital(w) || !text::has_lower_after_first(w) || w.size() < 3 || !ends_in_word(w)) continue;
          // (Not at a first name: a speaker's or a presenter's name, "...
          // til godkendelse Lone McColaugh: Bestyrelsens beretning ...",
          // which the attendance readers take from the head's line.)
          if (voc::is_first_name(w)) break;
          if ((starts_upper(before) && (at > from + 1 || !text::has_lower_after_first(before))) || !ends_in_word(before))
            continue;
          const std::string fb = text::fold(before);
          if (std::find(std::begin(joins), std::end(joins), fb) != std::end(joins)) continue;
          stop = static_cast<std::size_t>(w.data() - seg.data()) - 1;
          break;
        }
      }
    }
    if (stop != std::string_view::npos && stop < 200) {
      items.emplace_back(seg.substr(0, stop));
      items.push_back(inner_list_marked(trim(seg.substr(stop + 1))));
    } else {
      items.emplace_back(seg);
    }
  }
  return items;
}

// A decision heading that ends a piece of a run-on line, the label that
// opens its text split off after it ("... Sundhedsplanlægning (referent)
// Beslutning" / "Afbud Der var afbud fra ...", Region Midtjylland's
// Praksisplanudvalg): "Beslutning" after more words than a title has
// (fifteen or more; a title's own heading, "1 Godkendelse af dagsorden
// Beslutning", is read with the title: decision_heading_ending_title).
bool decision_heading_after_text(std::string_view line, std::size_t at) {
  const std::string_view heading = line.substr(at);
  return (heading == "Beslutning" || heading == "BESLUTNING") && text::words(line.substr(0, at)).size() >= 15;
}

// A decision heading that names the body deciding and ends a piece of a
// run-on line, the labels of the meeting's day and place split off after
// it ("... Integrationsrådsmedlemmer Beslutning fra Integrationsrådet" /
// "Dato: 15. juni 2015" / "Sted: ..." / "Fraværende: ...", Odsherred's
// Integrationsråd on its agenda system): "Beslutning fra" or "Beslutning i"
// and one to three capitalised words to the piece's end. Its length, or 0.
std::size_t decision_heading_naming_body(std::string_view line, std::size_t at) {
  const std::string_view rest = line.substr(at);
  if (!text::starts_with(rest, "Beslutning fra ") && !text::starts_with(rest, "Beslutning i ")) return 0;
  const auto ws = text::words(rest);
  if (ws.size() < 3 || ws.size() > 5) return 0;
  for (std::size_t k = 2; k < ws.size(); ++k)
    if (!text::starts_capital(ws[k])) return 0;
  return rest.size();
}

// Whether `heading` is one a case's text opens with ("Resumé",
// "Sagsresumé", "Beslutningstema", "Sagsfremstilling"), which may end a
// piece right after the item's title ("Punkt 43 Godkendelse af dagsorden
// Sagsresumé" in Fredericia's minutes).
bool opens_case_text(std::string_view heading) {
  const std::string f = text::fold(heading);
  return f.starts_with("resum") || f.starts_with("sagsresum") || f == "beslutningstema" || f == "sagsfremstilling";
}

// Whether line[0, at) is a sentence of four words or more closed by a full
// stop right after a small letter or a digit ("... oktober 2014.").
bool sentence_before(std::string_view line, std::size_t at) {
  if (at < 3 || line[at - 1] != '.') return false;
  const bool small = ends_small_letter(line.substr(0, at - 1)) || is_digit(line[at - 2]);
  return small && text::words(line.substr(0, at)).size() >= 4;
}

// Section headings a PDF ran into the line without a colon ("1.
// Budgetoplæg Sagsfremstilling Sundhedsudvalgets budgetoplæg ...",
// "INDSTILLING 1. at ..."): each heading becomes a line of its own, so an
// item's title ends before it and the section's text follows it.
std::vector<std::string> split_at_section_headings(const std::string& line) {
  std::vector<std::size_t> cuts;
  for (std::string_view heading : voc::run_on_section_headings()) {
    for (auto at = line.find(heading); at != std::string::npos; at = line.find(heading, at + 1)) {
      const std::size_t after = at + heading.size();
      // (A heading may end the piece: a label after it was split off
      // before, "Fraværende Resume" / "Sagsforløb: ØK".)
      // (Or glued to the sentence before it, "... den 20. oktober
      // 2014.Beslutning 1. Godkendt.", Gribskov's Kulturråd:
      // split_glued_section.)
      if (at == 0 || (line[at - 1] != ' ' && !sentence_before(line, at)) ||
          (after < line.size() && line[after] != ' '))
        continue;
      // ("2. Service & Økonomi 11/31929": a heading's word that "&" or
      // "og" joins to the word before it is a title's.)
      const std::string_view before = trim(std::string_view(line).substr(0, at));
      if (ends_with(before, " &") || ends_with(before, " og")) continue;
      if (after >= line.size()) {
        if (opens_case_text(heading) || decision_heading_after_text(line, at)) cuts.push_back(at);
        continue;
      }
      if (const std::size_t named = decision_heading_naming_body(line, at); named > 0) {
        cuts.push_back(at);
        continue;
      }
      // ("... Sagsnr.: 08/1377 Beslutning den Godkendt.": a heading that
      // names its day, its date lost, starts a line with its decision.)
      const bool dateless = (heading == "Beslutning" || heading == "BESLUTNING") &&
                            voc::dateless_decision_heading(std::string_view(line).substr(at)) > 0;
      if (!dateless && after + 1 < line.size() && !starts_upper(std::string_view(line).substr(after + 1)) &&
          !is_digit(line[after + 1]))
        continue;
      cuts.push_back(at);
      if (!dateless) cuts.push_back(after);  // the heading alone on its line, its text after it
    }
  }
  std::sort(cuts.begin(), cuts.end());
  std::vector<std::string> parts;
  std::size_t from = 0;
  for (std::size_t cut : cuts) {
    parts.emplace_back(trim(std::string_view(line).substr(from, cut - from)));
    from = cut;
  }
  parts.emplace_back(trim(std::string_view(line).substr(from)));
  return parts;
}

// A numbered heading at the start of a long piece of a PDF page ("3. TEMA:
// Tværgående indsatsområder fra APV og TULE (56 min.) (til drøftelse og
// beslutning) Som aftalt på HMU mødet den 20. juni ..."): the title ends at
// its first sentence end, after a note in brackets that a capitalised word
// follows, or after twenty words; the text after it is a line of its own.
std::vector<std::string> split_long_heading(std::string piece) {
  std::size_t i = 0;
  if (piece.size() < 200 || read_number(piece, i, 3) < 0 || i + 2 >= piece.size() ||
      (piece[i] != '.' && piece[i] != ')' && piece[i] != ':'))
    return {std::move(piece)};
  // (The title glued to its number's full stop, "1.Det foreløbige regnskab
  // 2017 (B) Sagsnummer: 18/2239 ...", Vejen's committees: glued_title_start.)
  const bool glued = glued_title_start(piece, i + 1);
  if (!glued && (piece[i + 1] != ' ' || !starts_upper(std::string_view(piece).substr(i + 2))))
    return {std::move(piece)};
  const std::string_view v(piece);
  const auto ws = text::words(v.substr(glued ? i + 1 : i + 2));
  std::size_t cut = std::string::npos;
  for (std::size_t k = 2; k < ws.size() && k <= 20; ++k) {
    const std::string_view prev = ws[k - 1];
    const bool sentence = prev.back() == '.' && prev.size() >= 5 && !is_digit(prev[prev.size() - 2]);
    const bool note = prev.back() == ')';
    const bool starts_text = k + 1 < ws.size() && text_starts_at(prev, ws[k], ws[k + 1]);
    if (((sentence || note) && starts_upper(ws[k]) && !(note && ws[k].front() == '(')) || starts_text) {
      cut = static_cast<std::size_t>(ws[k].data() - v.data());
      break;
    }
    if (k == 20) cut = static_cast<std::size_t>(ws[k].data() - v.data());
  }
  // (The chair's welcome run into the head ends its title there.)
  if (const std::size_t w = welcome_subject_start(ws); w > 0) {
    const auto at = static_cast<std::size_t>(ws[w].data() - v.data());
    if (cut == std::string::npos || at < cut) cut = at;
  }
  if (cut == std::string::npos) return {std::move(piece)};
  return {std::string(trim(v.substr(0, cut))), std::string(trim(v.substr(cut)))};
}

// A run-on line split into items, then header labels and sections.
std::vector<std::string> split_pieces(std::string line, PageRun page) {
  std::vector<std::string> out;
  for (auto& item : split_items(std::move(line), page))
    for (auto& piece : split_labels(std::move(item)))
      for (auto& part : split_at_section_headings(piece))
        for (auto& p : split_long_heading(std::move(part)))
          if (!p.empty()) out.push_back(std::move(p));
  return out;
}

// The first `needle` in a long run-on line at or after `from`, or npos:
// std::string::find's answer by glibc's memmem. find() stops to compare at
// each occurrence of the needle's first letter (" PUNKT ", "ravær": each
// space, each r); split_run_on() looks for fourteen needles in each of its
// lines of a thousand bytes, 2.0% of the indexer's instructions with find().
std::size_t find_in(std::string_view line, std::string_view needle, std::size_t from = 0) {
  if (from > line.size()) return std::string_view::npos;
  const void* at = memmem(line.data() + from, line.size() - from, needle.data(), needle.size());
  return at ? static_cast<std::size_t>(static_cast<const char*>(at) - line.data()) : std::string_view::npos;
}

// What the one-word absence labels hold ("Afbud", "Fraværende", "Fravær",
// "Forfald", "Bortrejst"), in both cases.
constexpr std::string_view k_absence_stems[] = {"fbud", "FBUD", "ravær", "RAVÆR", "orfald", "ORFALD", "ortrejst",
                                                "ORTREJST"};

// A header form whose labels a transcript printed first and its values after
// them, in the same order ("Sted Medlemmer Fraværende Byrådssalen, Rådhuset
// Knud Larsen, Bo Manderup, Laura Sø Martin Olsen Bemærkninger"): the place
// runs up to the first person, the members are the comma-separated list,
// and the absent member is glued to the list's last name (a known first
// name after a name of two words or more starts it). Returns the line with
// each label before its value as lines ("Sted: ...", "Medlemmer: ...",
// "Fraværende: ..."), or nothing when the values do not read so.
std::vector<std::string> values_after_labels(const std::string& line) {
  using voc::Field;
  // (Most run-on lines name no absence: they are passed over unread.)
  if (std::none_of(std::begin(k_absence_stems), std::end(k_absence_stems),
                   [&](std::string_view stem) { return find_in(line, stem) != std::string::npos; }))
    return {};
  const auto ws = text::words(line);
  const auto label_of = [&](std::size_t i) -> std::optional<Field> {
    std::string_view w = ws[i];
    if (!starts_upper(w) || w.size() > 24) return std::nullopt;
    if (w.size() > 1 && w.back() == ':') w.remove_suffix(1);
    return voc::header_field(text::fold(w));
  };
  for (std::size_t a = 1; a + 3 < ws.size(); ++a) {
    // The labels: two or more one-word labels in a row, one of the members
    // and the next of the absent.
    if (std::none_of(std::begin(k_absence_stems), std::end(k_absence_stems),
                     [&](std::string_view stem) { return ws[a].find(stem) != std::string_view::npos; }) ||
        label_of(a) != Field::absent || label_of(a - 1) != Field::present)
      continue;
    std::size_t k = a - 1;
    while (k > 0 && label_of(k - 1)) --k;
    std::vector<Field> fields;
    std::size_t e = k;
    for (std::optional<Field> f; e < ws.size() && (f = label_of(e)); ++e) fields.push_back(*f);
    const auto present = fields.begin() + static_cast<std::ptrdiff_t>(a - 1 - k);
    if (e >= ws.size()) return {};
    // The members: a comma list of names; what comes before its first
    // name is the value of the labels before the members' (the place).
    std::size_t first = e;
    if (present != fields.begin()) {
      while (first + 1 < ws.size() && !(voc::is_first_name(ws[first]) && starts_upper(ws[first + 1]))) ++first;
      if (first == e || first + 1 >= ws.size()) return {};
    }
    std::size_t last = first;  // the list's last entry starts here
    int commas = 0;
    for (std::size_t i = first; i < ws.size() && ws[i].back() != ','; ++i) last = i + 1;
    for (std::size_t i = first; i + 1 < ws.size(); ++i) {
      if (ws[i].back() != ',') continue;
      ++commas;
      last = i + 1;
      if (!starts_upper(ws[i + 1])) break;
    }
    if (commas < 3) return {};
    // The last entry: the last member's name, then the absent's ("Ingen"
    // when none is), then the name for the next label ("Referent:").
    const auto form_label = [&](std::size_t i) {  // (also the form's "Bemærkninger")
      const std::string f = text::fold(ws[i]);
      return voc::header_field(f) || text::starts_with(f, "bemærkning");
    };
    const auto none = [&](std::size_t i) { return text::starts_with(text::fold(ws[i]), "ingen"); };
    // Where the name from i ends: at the next known first name after a
    // word that is none, or where the names end.
    const auto name_end = [&](std::size_t i, bool one) {
      for (++i; i < ws.size() && starts_upper(ws[i]) && !form_label(i) && !none(i); ++i)
        if (one && i + 1 < ws.size() && voc::is_first_name(ws[i]) && !voc::is_first_name(ws[i - 1]) &&
            starts_upper(ws[i + 1]) && !form_label(i + 1))
          break;
      return i;
    };
    const std::size_t absent = name_end(last + 1, true);
    if (absent >= ws.size() || absent < last + 2 || absent > last + 5 || form_label(absent) || !starts_upper(ws[absent]))
      return {};
    const auto p = static_cast<std::size_t>(present - fields.begin());
    const bool more = p + 2 < fields.size() &&
                      (fields[p + 2] == Field::minute_taker || fields[p + 2] == Field::chair);
    const std::size_t end = none(absent) ? absent + 1 : name_end(absent, more);
    const std::size_t next_end = more && end < ws.size() && starts_upper(ws[end]) && !form_label(end)
                                     ? name_end(end, false) : end;
    const auto at = [&](std::size_t i) { return static_cast<std::size_t>(ws[i].data() - line.data()); };
    const auto span = [&](std::size_t from, std::size_t to) {
      return std::string(trim(std::string_view(line).substr(at(from), (to < ws.size() ? at(to) : line.size()) - at(from))));
    };
    auto label = [&](std::size_t i) {
      std::string l(ws[i]);
      while (!l.empty() && l.back() == ':') l.pop_back();
      return l + ": ";
    };
    std::vector<std::string> out;
    if (k > 0) out.emplace_back(trim(std::string_view(line).substr(0, at(k))));
    if (p > 0) {
      // (The place's value for the labels before the members': one value,
      // under the last of them; the others keep no value.)
      for (std::size_t i = 0; i + 1 < p; ++i) out.emplace_back(ws[k + i]);
      out.push_back(label(k + p - 1) + span(e, first));
    }
    out.push_back(label(k + p) + span(first, absent));
    out.push_back(label(k + p + 1) + span(absent, end));
    for (std::size_t i = p + 2; i < fields.size(); ++i)
      out.push_back(i == p + 2 && next_end > end ? label(k + i) + span(end, next_end) : std::string(ws[k + i]));
    if (next_end < ws.size()) out.push_back(span(next_end, ws.size()));
    return out;
  }
  return {};
}

// A long line a PDF transcript ran together (a page in one line): split
// into items, then header labels and sections.
std::vector<std::string> split_run_on(std::string line, PageRun page) {
  std::vector<std::string> out;
  if (line.empty()) return out;
  // (A short page of a transcript, "3 1. GODKENDELSE AF DAGSORDEN
  // INDSTILLING ...": its page number before a numbered heading, is read
  // as a run-on line too.)
  bool paged_head = false;
  {
    std::size_t i = 0, j = 0;
    if (read_number(line, i, 3) > 0 && i + 1 < line.size() && line[i] == ' ') {
      std::string_view rest = std::string_view(line).substr(i + 1);
      // ("3 Punkt 1. Velkomst Anne Neergaard bød velkommen.": a lead word
      // before the item's number.)
      for (std::string_view w : k_head_leads)
        if (text::starts_with(rest, w)) rest.remove_prefix(w.size());
      // ("3 Side 3 1. Godkendelse af referat Referat fra ...": the page's
      // own "Side N" before its first head, AAB's organisation board; Lejre's
      // Økonomiudvalg and Hjerneskadesamrådet's transcripts print it so on
      // their longer pages.)
      if (std::size_t k = 5; text::starts_with(rest, "Side ") && read_number(rest, k, 3) > 0 && k < rest.size() &&
                              rest[k] == ' ')
        rest.remove_prefix(k + 1);
      paged_head = read_number(rest, j, 3) > 0 && j + 2 < rest.size() && rest[j] == '.' && rest[j + 1] == ' ' &&
                   starts_upper(rest.substr(j + 2)) && text::words(line).size() >= 6;
    }
  }
  if (line.size() < 200 && !paged_head && !page.short_page) {
    out.push_back(std::move(line));
    return out;
  }
  // "1 Referat Handicaprådet Mødedato: ...": a PDF transcript's page
  // number before its page's text.
  // "4 1. Budgetoplæg": the page number before the page's first item heading.
  {
    std::size_t i = 0;
    if (read_number(line, i, 3) > 0 && i < line.size() && line[i] == ' ') {
      const std::string_view rest = std::string_view(line).substr(i + 1);
      std::size_t j = 0;
      const bool numbered_heading = read_number(rest, j, 3) > 0 && j + 2 < rest.size() && rest[j] == '.' &&
                                    rest[j + 1] == ' ' && starts_upper(rest.substr(j + 2));
      if (starts_upper(rest) || numbered_heading) line.erase(0, i + 1);
    }
    // A running page header whose page number the transcript lost ("Side Ø
    // Budget, regnskab ...", "Handicaprådet, Side Ungdomsuddannelsen ..."):
    // the header goes.
    if (text::starts_with(line, "Side ")) {
      const auto sp = line.find(' ', 5);
      if (sp != std::string::npos && sp - 5 <= 3 && starts_upper(std::string_view(line).substr(sp + 1)))
        line.erase(0, sp + 1);
    } else if (const auto at = find_in(line, ", Side "); at != std::string::npos && at < 60 &&
                                                     voc::is_body_name(text::fold(line.substr(0, at))) &&
                                                     starts_upper(std::string_view(line).substr(at + 7))) {
      line.erase(0, at + 7);
    }
  }
  // "Den 10. februar 2011 UDVALGET SAG NR. 1 OPLÆG OM ...": an item's
  // lead word in capitals after the page's running header starts a line.
  for (std::string_view lead : {" SAG NR. ", " PUNKT ", " PKT. ", " DAGSORDENSPUNKT "}) {
    for (auto at = find_in(line, lead); at != std::string::npos; at = find_in(line, lead, at + 2)) {
      if (at + lead.size() >= line.size() || !is_digit(line[at + lead.size()])) continue;
      line[at] = '\n';
    }
  }
  // "... Fold alle ud Meddelelser Sag nr. 11 Beslutningskompetence: SOSU
  // Sagens kerne ...": Rødovre's agenda viewer (every committee's and the
  // council's pages) prints each item's title over its "Sag nr. N" and the
  // label of who decides; "Sag nr. N" starts a line, as it does in the line
  // form, and the title before it is split off as an unnumbered item's
  // (run_on_titles.cc split_titles_before_sections).
  for (auto at = find_in(line, " Sag nr. "); at != std::string::npos; at = find_in(line, " Sag nr. ", at + 2)) {
    std::size_t j = at + 9;
    if (read_number(line, j, 4) <= 0 || !text::starts_with(std::string_view(line).substr(j), " Beslutningskompetence"))
      continue;
    line[at] = '\n';
  }
  // "... Fraværende: Per Nørgaard Sag nr.: Emne: 1. Forlængelse af ...": an
  // agenda system's column heads over its table of contents start a line,
  // as its heading would; they are no part of the label's value before.
  // (Right after the heading, "INDHOLDSFORTEGNELSE Sag nr.: Emne", they stay
  // with it.)
  for (std::string_view heads : {" Sag nr.: Emne", " SAG NR.: EMNE"}) {
    const auto at = find_in(line, heads);
    if (at == std::string::npos || at == 0 || ends_with(text::fold(line.substr(0, at)), "indholdsfortegnelse"))
      continue;
    line[at] = '\n';
  }
  if (auto form = values_after_labels(line); !form.empty()) {
    for (auto& part : form)
      for (auto& p : split_pieces(std::move(part), page)) out.push_back(std::move(p));
    return out;
  }
  std::vector<std::string> heads;
  for (auto piece : text::lines(line)) heads.emplace_back(trim(piece));
  if (heads.size() > 1) {
    for (auto& h : heads)
      for (auto& p : split_run_on(std::move(h), page)) out.push_back(std::move(p));
    return out;
  }
  // A table of contents run into one line ("Indholdsfortegnelse Pkt. Tekst
  // Side 1 Udpegning til ... 5 2 Nye ... 6 3 ..."): its numbers are entries
  // and page numbers, not heads; the line stays whole for the items' finder.
  // (Entries written "1. Title" are split as items are: their numbers say
  // where each title starts.)
  auto separated_numbers = [](std::string_view l) {
    int n = 0;
    for (std::size_t i = 1; i + 3 < l.size(); ++i) {
      if (!is_digit(l[i]) || l[i - 1] != ' ') continue;
      std::size_t j = i;
      if (read_number(l, j, 3) >= 0 && j + 2 < l.size() && (l[j] == '.' || l[j] == ')') && l[j + 1] == ' ' &&
          starts_upper(l.substr(j + 2)))
        ++n;
    }
    return n;
  };
  if ((text::starts_with_folded(line, "indholdsfortegnelse ") || text::starts_with_folded(line, "indholdsfortegnelse:")) &&
      separated_numbers(line) < 2) {
    out.push_back(std::move(line));
    return out;
  }
  return split_pieces(std::move(line), page);
}

// "... - Lukket punkt": the word at `word` is "punkt" of the suffix a
// contents entry of a closed item ends with ("9. Tildeling af
// Handicapprisen 2015 - Lukket punkt"), not a heading's lead word
// ("Punkt3. Budget").
bool closed_item_suffix(std::string_view line, std::size_t word) {
  return word >= 7 && text::fold(line.substr(word - 7, 12)) == "lukket punkt";
}

// The number of the last numbered entry ("14. Eventuelt ...": a number of
// one to three digits at the line's start or after a space, ". " and a
// capital) that opens within 200 characters before `end` in `line`; 0 when
// none does.
int entry_number_before(std::string_view line, std::size_t end) {
  const std::size_t from = end > 200 ? end - 200 : 0;
  for (std::size_t p = end; p-- > from;) {
    if (!is_digit(line[p]) || (p > 0 && line[p - 1] != ' ')) continue;
    std::size_t j = p;
    const int n = read_number(line, j, 3);
    if (n >= 1 && j + 2 < line.size() && line[j] == '.' && line[j + 1] == ' ' && starts_upper(line.substr(j + 2)))
      return n;
  }
  return 0;
}

// The first heading's number run into the year that ends the contents'
// last entry, a First Agenda export's contents list run into the body
// with no break: "14. Eventuelt - Udvalget for Børn den 29.01.20138.
// Godkendelse af dagsorden ...", "150. Orienteringer til mødet den 14.
// oktober 2016143. Godkendelse af dagsorden ..." (Holbæk's committees).
// At `i`, the first digit after a space or a date's full stop, a year
// (19xx, 20xx) and a number of one to three digits below the number of
// the entry the year ends (the body's heads start again from the contents'
// first; the entry opens the line, or a transcript's run-on line has it
// within 200 characters before), then ". " and a capital. Returns where
// the number starts, or 0.
std::size_t year_glued_head(std::string_view line, std::size_t i) {
  if (i == 0 || (line[i - 1] != ' ' && line[i - 1] != '.')) return 0;
  std::size_t j = i;
  while (j < line.size() && is_digit(line[j])) ++j;
  if (j - i < 5 || j - i > 7 || j + 2 >= line.size() || line[j] != '.' || line[j + 1] != ' ') return 0;
  if (!(line.substr(i, 2) == "19" || line.substr(i, 2) == "20") || line[i + 4] == '0') return 0;
  if (!starts_upper(line.substr(j + 2))) return 0;
  std::size_t k = i + 4;
  const int head = read_number(line, k, 3);
  if (head < 1) return 0;
  return entry_number_before(line, i) > head ? i + 4 : 0;
}

// A numbered heading glued to the end of the line before it
// ("10. Eventuelt1. Orientering og rundvisning", "Sagsfremstilling2.
// Budget"): split before the number. The number may be a meeting-wide one
// of three digits, glued to a contents entry's closed-item suffix ("477.
// Gensidig orientering - Lukket punkt454. Godkendelse af dagsorden", a
// First Agenda export's last contents line run into the first head, as
// Holbæk's "9. Eventuelt1. Orientering" with numbers from 1).
std::vector<std::string> split_glued_items(std::string line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 1; i + 1 < line.size(); ++i) {
    if (!is_digit(line[i]) || is_digit(line[i - 1])) continue;
    if (const std::size_t at = year_glued_head(line, i)) {
      out.emplace_back(line.substr(start, at - start));
      start = at;
      i = at;
      continue;
    }
    const char before = line[i - 1];
    const std::size_t word = line.rfind(' ', i - 1) == std::string::npos ? 0 : line.rfind(' ', i - 1) + 1;
    if (before == '.' || before == '!' || before == ')') {
      // "... Referatet blev godkendt.4. Økonomi": the next head glued to
      // the outcome's sentence end. (A word of four letters or more ends
      // the sentence: not "d.7. Maj", "kl.10.", "bl.a.".)
      const std::string_view w = std::string_view(line).substr(word, i - 1 - word);
      const auto last = static_cast<unsigned char>(w.empty() ? ' ' : w.back());
      const bool lower_end = (last >= 'a' && last <= 'z') ||
                             (w.size() >= 2 && static_cast<unsigned char>(w[w.size() - 2]) == 0xC3 && last >= 0xA0);
      if (w.size() < 4 || !lower_end || w.find('.') != std::string_view::npos ||
          std::any_of(w.begin(), w.end(), [](char ch) { return is_digit(ch); }))
        continue;
    } else {
      if (!(before >= 'a' && before <= 'z')) continue;
      // ("Ad1. Godkendelse", "Pkt3. Budget": a lead word glued to its number.)
      const std::string lead = text::fold(std::string_view(line).substr(word, i - word));
      if (in_list(k_glued_lead_words, lead) && !closed_item_suffix(line, word))
        continue;
    }
    std::size_t j = i;
    // ("Fraværende:" / "Ingen1." / "Underskrift af referatet ...": the
    // number that a page writes alone on its line, its title on the next,
    // glued to the line before: Middelfart's Ældreråd.)
    if (before != '.' && read_number(line, j, 2) >= 1 && j + 1 == line.size() && line[j] == '.' && i - word >= 4) {
      out.emplace_back(line.substr(start, i - start));
      start = i;
      break;
    }
    j = i;
    if (read_number(line, j, 3) < 1 || j + 2 >= line.size() || line[j] != '.' || line[j + 1] != ' ') continue;
    if (j - i == 3 && !closed_item_suffix(line, word)) continue;
    if (!starts_upper(std::string_view(line).substr(j + 2))) continue;
    out.emplace_back(line.substr(start, i - start));
    start = i;
  }
  out.emplace_back(line.substr(start));
  return out;
}

// A section heading glued to the end of an item's title by a web page's
// markup ("1. Meddelelse fra formandenReferat"), or to the end of the
// paragraph before it after its full stop, a sentence of four words or
// more ("1. at godkende protokollen fra den 20. oktober 2014.Beslutning",
// Gribskov's Kulturråd; "Vestskolens bestyrelse er inviteret til
// dialogmøde kl. 16.30.Sagsfremstilling", Faxe's Børn & Læringsudvalg; not
// a contents entry's "3.Beslutning - Godkendelse ..."): the heading goes to
// a line of its own.
std::vector<std::string> split_glued_section(std::string line) {
  for (std::string_view heading : {"Referat", "Beslutning", "Sagsfremstilling", "Indstilling", "Resumé", "Resume",
                                   "Baggrund"}) {
    if (line.size() <= heading.size() + 3 || !ends_with(line, heading)) continue;
    const std::size_t at = line.size() - heading.size();
    const bool lower = ends_small_letter(std::string_view(line).substr(0, at));
    if (!lower && !sentence_before(line, at)) continue;
    std::string title = line.substr(0, at);
    return {std::move(title), std::string(heading)};
  }
  return {std::move(line)};
}

// Whether `t` opens with an item's number and a title ("2. Overtagelse",
// "Punkt 02 Udvidelse", "Pkt. 3 Budget").
bool opens_numbered_head(std::string_view t) {
  for (std::string_view lead : k_head_leads)
    if (text::starts_with(t, lead)) t = t.substr(lead.size());
  std::size_t j = 0;
  if (read_number(t, j, 3) < 0 || j >= t.size()) return false;
  if (t[j] == '.' || t[j] == ')') ++j;
  return j + 1 < t.size() && t[j] == ' ' && starts_upper(t.substr(j + 1));
}

// An agenda group's label run into a line with the head or title after it
// ("Sager til beslutning: 1. Afdækning af risici", a transcript's page), or
// at the end of the item before ("... Godkendt. Sager til orientering:"):
// the label becomes a line of its own, so the head starts its line.
std::vector<std::string> split_group_labels(std::string line) {
  if (const std::size_t n = agenda_group_prefix(line); n > 0 && n < line.size())
    return {line.substr(0, n), std::string(trim(std::string_view(line).substr(n)))};
  // A group of cases' kind (case_group_label) before the head ("Økonomisager
  // Punkt 02 Udvidelse af kirkegården ...", "Orienteringssager Punkt 15
  // Redegørelse ..."), also after the page number a transcript's dot leader
  // gave the entry before ("... incl. underskrift... 2 Økonomiske sager 2.
  // Overtagelse ..."): the label is a line of its own.
  {
    std::size_t from = 0;
    if (read_number(line, from, 3) < 0 || from >= line.size() || line[from] != ' ') from = 0;
    const std::string_view t = std::string_view(line).substr(from == 0 ? 0 : from + 1);
    if (const std::size_t n = case_group_label(t); n > 0 && n < t.size()) {
      const std::string_view rest = trim(t.substr(n));
      if (opens_numbered_head(rest)) {
        std::vector<std::string> out;
        if (from > 0) out.push_back(line.substr(0, from));
        out.emplace_back(t.substr(0, n));
        out.emplace_back(rest);
        return out;
      }
    }
  }
  if (line.size() < 20 || line.back() != ':') return {std::move(line)};
  // The group with its colon at the end of the entry before the group's
  // first item, where a run-on line's split left it ("20. Udvalgsstruktur
  // Afdelingsrelaterede sager:" / "21. Afdeling 54 ..."); not the entry's
  // whole title.
  if (opens_numbered_head(line)) {
    const auto ws = text::words(line);
    for (std::size_t k = ws.size() >= 3 ? ws.size() - 3 : 0; k < ws.size(); ++k) {
      const auto at = static_cast<std::size_t>(ws[k].data() - line.data());
      if (k < 2 || case_group_label(std::string_view(line).substr(at)) != line.size() - at)
        continue;
      return {std::string(trim(std::string_view(line).substr(0, at))), line.substr(at)};
    }
  }
  const auto ws = text::words(line);
  for (std::size_t k = ws.size() > 3 ? ws.size() - 3 : 1; k < ws.size(); ++k) {
    const auto at = static_cast<std::size_t>(ws[k].data() - line.data());
    const char before = ws[k - 1].back();
    if (!starts_upper(ws[k]) || (before != '.' && before != '!' && before != '?' && before != ')')) continue;
    if (agenda_group_prefix(std::string_view(line).substr(at)) == line.size() - at)
      return {std::string(trim(std::string_view(line).substr(0, at))), line.substr(at)};
  }
  return {std::move(line)};
}

// "... 1. Rundvisning fold dette punkt ind Resume Rundvisning og ... fold
// dette punkt ind Beslutning i Socialudvalget ...": an agenda viewer's
// fold buttons (Region Syddanmark's committees) that a transcript of the
// page ran into the text between a head's title and its sections go,
// wherever they stand in a run-on line (as lines of their own they are
// furniture already: vocabulary.cc).
// Erases each `button` in `line` that stands as a word of its own (a space
// after it), with the " - Print" after it too where `print_tail` (any
// spaces around the dash).
void erase_buttons(std::string& line, std::string_view button, bool print_tail) {
  for (std::size_t at = line.find(button); at != std::string::npos; at = line.find(button, at)) {
    std::size_t end = at + button.size();
    if (print_tail) {
      std::size_t e = end;
      while (e < line.size() && line[e] == ' ') ++e;
      if (e < line.size() && line[e] == '-') {
        ++e;
        while (e < line.size() && line[e] == ' ') ++e;
        if (line.compare(e, 5, "Print") == 0) end = e + 5;
      }
    }
    if ((at > 0 && line[at - 1] != ' ') || end >= line.size() || line[end] != ' ') {
      ++at;
      continue;
    }
    line.erase(at, end + 1 - at);
  }
}

void drop_fold_buttons(std::string& line) {
  for (std::string_view button : voc::fold_buttons()) erase_buttons(line, button, false);
  // "... Kristian Bøgsted Kopier link til punktet  -   Print 1: Spørgetid
  // ...": the link and print buttons before each head of Ringkøbing-Skjern's
  // agenda pages (its Byråd, Landdistriktsråd and committees).
  erase_buttons(line, "Kopier link til punktet", true);
}

// "... Medlem Deltog Side 1 af 19": the page footer a transcript ran into
// the text goes, wherever it stands in the line.
void drop_page_footers(std::string& line) {
  for (std::size_t at = line.find("Side "); at != std::string::npos; at = line.find("Side ", at + 1)) {
    if (at > 0 && line[at - 1] != ' ') continue;
    std::size_t i = at + 5;
    if (read_number(line, i, 4) < 1 || line.compare(i, 4, " af ") != 0) continue;
    i += 4;
    if (read_number(line, i, 4) < 1 || (i < line.size() && line[i] != ' ')) continue;
    line.erase(at, i - at);
    if (at < line.size() && line[at] == ' ' && at > 0 && line[at - 1] == ' ') line.erase(at, 1);
  }
}

// A PDF transcript prints each page as one line that opens with the page's
// number and its running header ("2 Bornholms Regionskommune Tirsdag den
// side 2 Fraværende: ...", "5 Den 10. februar 2011 TRAFIKUDVALGET SAG NR. 1
// ..."): the words every such line (three at least) opens with, digits
// aside, are the header. Returns its length in words, 0 if none.
std::size_t running_header_words(const std::vector<std::string_view>& pages) {
  if (pages.size() < 3) return 0;
  auto key = [](std::string_view w) {
    std::string k;
    for (char c : w) k += is_digit(c) ? '#' : c;
    return k;
  };
  std::vector<std::vector<std::string_view>> words;
  for (auto p : pages) {
    auto ws = text::words(p);
    if (!ws.empty()) ws.erase(ws.begin());  // the page number
    words.push_back(std::move(ws));
  }
  // The header most page lines share: the longest prefix shared by at least
  // three quarters of them (a page or two may open otherwise).
  std::size_t best = 0;
  for (std::size_t n = 1; n <= 16; ++n) {
    std::vector<std::string> prefixes;
    for (const auto& ws : words) {
      if (ws.size() <= n) continue;
      std::string k;
      for (std::size_t i = 0; i < n; ++i) (k += key(ws[i])) += ' ';
      prefixes.push_back(std::move(k));
    }
    std::sort(prefixes.begin(), prefixes.end());
    std::size_t most = 0;
    for (std::size_t i = 0, j = 0; i < prefixes.size(); i = j) {
      while (j < prefixes.size() && prefixes[j] == prefixes[i]) ++j;
      most = std::max(most, j - i);
    }
    if (most >= 3 && most * 4 >= words.size() * 3) best = n;
    else break;
  }
  return best >= 2 ? best : 0;
}

}  // namespace

// An agenda group named by its kind of cases, in one word ending in "sager"
// ("Økonomisager", "Orienteringssager", "Driftssager") or a plural
// adjective and "sager" ("Økonomiske sager", "Politiske sager:",
// "Afdelingsrelaterede sager:"), also "Beslutnings- og drøftelsessager": the
// title of no number that agendas print over their items of that kind
// (docslib text of Qeqqata Kommunia's council, docplayer transcripts of VUC
// Aarhus', AAB's and VIA's boards). Returns its length at the start of `t`,
// with its colon, or 0.
std::size_t case_group_label(std::string_view t) {
  const auto ws = text::words(t.substr(0, std::min<std::size_t>(t.size(), 80)));
  if (ws.empty() || !text::starts_capital(ws[0]) || !text::has_lower_after_first(ws[0])) return 0;
  auto group_word = [](std::string_view w, bool compound) {
    if (!w.empty() && w.back() == ':') w.remove_suffix(1);
    const std::string f = text::fold(w);
    return compound ? f.size() > 8 && ends_with(f, "sager") : f == "sager";
  };
  std::size_t last = std::string_view::npos;
  if (group_word(ws[0], true)) {
    last = 0;  // "Økonomisager"
  } else if (ws.size() >= 2 && ends_with(text::fold(ws[0]), "e") && text::fold(ws[0]).size() >= 6 &&
             group_word(ws[1], false)) {
    last = 1;  // "Økonomiske sager"
  } else if (ws.size() >= 3 && ws[0].back() == '-' && ws[1] == "og" && group_word(ws[2], true)) {
    last = 2;  // "Beslutnings- og drøftelsessager"
  }
  if (last == std::string_view::npos) return 0;
  return static_cast<std::size_t>(ws[last].data() - t.data()) + ws[last].size();
}

// ---------------------------------------------------------------- contents echoes

namespace {

// "12", "3.", "4)": an item's or a page's number in a contents stream.
bool stream_number(std::string_view w) {
  if (!w.empty() && (w.back() == '.' || w.back() == ')')) w.remove_suffix(1);
  return !w.empty() && w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c); });
}

// A line that opens with its case's number or caseworker ("J.nr. 01.02.03
// ...", "DIKEOL / 08/3208 ÅBEN SAG"): the title above it heads a case.
bool starts_case_line(const std::vector<Line>& lines, std::size_t k) {
  if (k >= lines.size()) return false;
  const std::string t = " " + lines[k].text;
  return case_number_at(t) == 1 || case_mark_at(t) == 1;
}

// Each title of a run-on table of contents repeated in the body, where the
// case's text starts (the line before a section heading, "Godkendt. Ny
// cykelsti ved skolen" / "Resumé", or before the case's number, "Lokalplan
// for boliger J.nr. 01.02.03"), becomes a line of its own: the repeat
// confirms the title and where it starts, and the text before it is the
// previous item's. (A title of one word only after a sentence's end; no
// numbered heading, "3. Budget", loses its number.)
void split_contents_echoes(std::vector<Line>& lines) {
  const auto contents = run_on_contents_of(lines);
  if (!contents) return;
  const auto stream = text::words(contents->text);
  for (std::size_t j = contents->body_begin; j < lines.size(); ++j) {
    if (is_section_line(lines[j])) continue;
    const std::string t = lines[j].text;
    const std::size_t case_no = std::min(case_number_at(t), case_mark_at(t));
    if (case_no == std::string::npos && (j + 1 == lines.size() || !is_section_line(lines[j + 1]))) continue;
    const std::string_view head = trim(std::string_view(t).substr(0, case_no));
    const std::size_t n = echoed_title_words(stream, head, case_no != std::string::npos);
    const auto ws = text::words(head);
    if (n == 0) continue;
    std::size_t from = static_cast<std::size_t>(ws[ws.size() - n].data() - t.data());
    std::string_view before = trim(std::string_view(t).substr(0, from));
    if (!before.empty()) {
      const auto bw = text::words(before);
      const std::string last = text::fold(bw.back());
      if (in_list(k_kept_lead_words, last)) continue;
      // ("Punkt 135 Budget 2007 J. nr ...", "3. Budget Sagsnr. ...": the
      // head keeps its number and lead word; only its case's number goes.)
      if (stream_number(bw.back())) {
        std::size_t k = bw.size() - 1;
        bool lead = false;
        if (k > 0) {
          const std::string w = text::fold(bw[k - 1]);
          lead = in_list(k_kept_lead_words, w);
        }
        const char sep = bw.back().back();
        if (case_no == std::string::npos || !(lead || sep == '.' || sep == ')')) continue;
        from = static_cast<std::size_t>(bw[lead ? k - 1 : k].data() - t.data());
        before = trim(std::string_view(t).substr(0, from));
      } else if (n == 1 && std::string_view(".!?)").find(before.back()) == std::string_view::npos) {
        continue;
      }
    }
    std::vector<std::string> parts;
    if (!before.empty()) parts.emplace_back(before);
    parts.emplace_back(head.substr(from));
    if (case_no != std::string::npos) parts.emplace_back(trim(std::string_view(t).substr(case_no)));
    if (parts.size() == 1) continue;
    const std::size_t added = parts.size() - 1;
    replace_by_pieces(lines, j, std::move(parts));
    if (!before.empty()) lines[j + 1].gap_before = true;  // (the head after the text before it)
    j += added;
  }
}

}  // namespace

std::optional<RunOnContents> run_on_contents_of(const std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& t = lines[i].text;
    std::size_t at = std::string::npos, heading = 0;
    for (std::string_view h : {"Indholdsfortegnelse", "INDHOLDSFORTEGNELSE", "Punkter på åbent møde", "Sag nr.: Emne:"}) {
      at = t.find(h);
      heading = h.size();
      if (at != std::string::npos) break;
    }
    if (at == std::string::npos || t.find('\t') != std::string::npos) continue;
    // (The heading, not "indholdsfortegnelsen" in a sentence.)
    if (at + heading < t.size() && t[at + heading] != ' ' && t[at + heading] != ':') continue;
    RunOnContents c;
    c.begin = i;
    c.text = std::string(trim(std::string_view(t).substr(at + heading)));
    if (!c.text.empty() && c.text.front() == ':') c.text = std::string(trim(std::string_view(c.text).substr(1)));
    std::size_t k = i + 1;
    // (Whether line k is a section heading, carried over from the round
    // before, which asked it of its next line: 1.1% of the indexer's
    // instructions went to asking each line twice.)
    bool section = k < lines.size() && is_section_line(lines[k]);
    for (; k < lines.size() && k < i + 80; ++k) {
      const bool next_section = k + 1 < lines.size() && is_section_line(lines[k + 1]);
      if (section || next_section || case_number_at(lines[k].text) != std::string::npos ||
          case_mark_at(lines[k].text) != std::string::npos || starts_case_line(lines, k + 1))
        break;
      section = next_section;
      c.text += ' ';
      c.text += lines[k].text;
    }
    c.body_begin = k;
    const auto ws = text::words(c.text);
    if (c.text.size() < 60 || std::count_if(ws.begin(), ws.end(), stream_number) < 1) return std::nullopt;
    return c;
  }
  return std::nullopt;
}

std::size_t case_number_at(std::string_view line) {
  // The first of the marks after a space, in one pass over the line: six
  // finds stopped at each of its spaces (case_number_at is asked of most
  // lines three times, 1.2% of the indexer's instructions). A mark whose
  // first place is the line's start is none, nor are its later places.
  static constexpr std::array<std::string_view, 6> k_marks = {"J.nr", "J. nr", "Sagsnr", "Sags nr", "Journalnr", "Sagsid"};
  unsigned at_start = 0;  // the marks first found at the line's start
  for (std::size_t at = 0; at + 1 < line.size(); ++at) {
    if (line[at] != ' ' || (line[at + 1] != 'J' && line[at + 1] != 'S')) continue;
    const std::string_view rest = line.substr(at + 1);
    for (std::size_t m = 0; m < k_marks.size(); ++m) {
      if ((at_start >> m & 1) || !rest.starts_with(k_marks[m])) continue;
      if (at > 0) return at + 1;
      at_start |= 1U << m;
    }
  }
  return std::string_view::npos;
}

std::size_t case_mark_at(std::string_view line) {
  for (std::size_t at = line.find(" /"); at != std::string_view::npos; at = line.find(" /", at + 1)) {
    if (at + 2 >= line.size()) continue;
    const std::string_view rest = line.substr(at + 2);
    // "/4492": the case's number, its first digits lost.
    if (is_digit(rest[0])) return at + 1;
    if (rest[0] != ' ') continue;
    const auto after = text::words(rest.substr(0, std::min<std::size_t>(rest.size(), 60)));
    const std::size_t before_at = at == 0 ? std::string_view::npos : line.rfind(' ', at - 1);
    const std::string_view before =
        at == 0 ? std::string_view()
                : line.substr(before_at == std::string_view::npos ? 0 : before_at + 1,
                              at - (before_at == std::string_view::npos ? 0 : before_at + 1));
    // "DIHAJP / 06/17018": the caseworker's initials, then the case's number.
    const bool initials = before.size() >= 3 && std::all_of(before.begin(), before.end(), [](char c) {
      return c >= 'A' && c <= 'Z';
    });
    if (initials && !after.empty() && is_digit(after[0][0]))
      return before_at == std::string_view::npos ? 0 : before_at + 1;
    // "/ Lene Fuglsang": the caseworker's name, two capitalised words.
    if (after.size() >= 2 && starts_upper(after[0]) && starts_upper(after[1]) && text::has_lower_after_first(after[0]) &&
        text::has_lower_after_first(after[1]))
      return at + 1;
  }
  return std::string_view::npos;
}

std::size_t echoed_title_words(const std::vector<std::string_view>& stream, std::string_view line, bool cased) {
  const auto lw = text::words(line);
  const std::size_t n = lw.size();
  for (std::size_t len = std::min<std::size_t>(n, 25); len >= 1; --len) {
    const std::string_view first = lw[n - len];
    if (!starts_upper(first) || stream_number(first) || (len == 1 && first.size() < 5)) continue;
    for (std::size_t p = 0; p + len <= stream.size(); ++p) {
      bool same = true;
      for (std::size_t k = 0; k < len && same; ++k) same = stream[p + k] == lw[n - len + k];
      if (!same) continue;
      const bool left_number = p == 0 || stream_number(stream[p - 1]);
      const bool right_end = p + len == stream.size();
      const bool right_number = !right_end && stream_number(stream[p + len]);
      const bool right_title = !right_end && starts_upper(stream[p + len]);
      // Bounded by a number on one side at least; a word alone on both.
      if (len == 1 ? (left_number && (right_number || right_end))
                   : ((left_number && (right_number || right_end || right_title)) || right_number))
        return len;
      if (cased && len == n && len > 1 && (right_end || right_title)) return len;
    }
  }
  return 0;
}

// The page chrome a docplayer.dk transcript keeps above its text: "Save
// this PDF as:", " WORD  PNG  TXT  JPG", "Størrelse: px", "Starte
// visningen fra side:". No line of the minutes (a format list in capitals
// read as the body otherwise).
static bool docplayer_chrome(std::string_view raw) {
  const auto ws = text::words(raw);
  if (ws.empty()) return false;
  std::string joined;
  for (auto w : ws) {
    if (!joined.empty()) joined += ' ';
    joined += w;
  }
  return joined == "WORD PNG TXT JPG" || joined == "Save this PDF as:" || joined == "Størrelse: px" ||
         joined == "Starte visningen fra side:";
}

// The words of `t` joined by single spaces.
static std::string joined_words(std::string_view t) {
  std::string joined;
  for (auto w : text::words(t)) {
    if (!joined.empty()) joined += ' ';
    joined += w;
  }
  return joined;
}

// A docplayer.dk transcript's page title: the line above "Transkript", a
// copy of some line of the text below (an item's title, "6. Godkendelse
// af rapportering ...", a sentence, a header's line), not the minutes'
// title. Returns that line when the text after "Transkript" holds it
// again, else an empty view.
static std::string_view docplayer_title_copy(const formats::Document& doc) {
  std::vector<std::string_view> first;
  for (const auto& b : doc.blocks) {
    for (auto raw : text::lines(b.text)) {
      if (text::words(raw).empty()) continue;
      first.push_back(raw);
      if (first.size() == 2) break;
    }
    if (first.size() == 2) break;
  }
  if (first.size() < 2 || joined_words(first[1]) != "Transkript") return {};
  const std::string title = joined_words(first[0]);
  // Only a copy that is no title: an item's head ("6. Godkendelse af ...")
  // or a stretch of text (more than fifteen words); a title copied there
  // ("Referat af ... 16. marts 2012") names the meeting as its first line.
  const auto tw = text::words(title);
  std::size_t d = 0;
  while (d < title.size() && is_digit(title[d])) ++d;
  // (Not a meeting's number, "6. møde i Udvalget for ...": a capital opens
  // an item's title.)
  const bool item_head = d > 0 && d <= 3 && d + 2 < title.size() && title[d] == '.' && title[d + 1] == ' ' &&
                         text::starts_capital(std::string_view(title).substr(d + 2));
  const std::string lead = text::fold(tw.front());
  const bool titled = lead == "referat" || lead == "protokollat" || lead == "protokol" || lead == "dagsorden" ||
                      lead == "beslutningsprotokol" || lead == "beslutningsreferat" || lead == "mødereferat";
  if (!item_head && (tw.size() <= 15 || titled)) return {};
  bool after = false;
  std::string rest;
  for (const auto& b : doc.blocks)
    for (auto raw : text::lines(b.text)) {
      if (raw.data() == first[1].data()) after = true;
      else if (after) (rest += joined_words(raw)) += ' ';
    }
  return rest.find(title) != std::string::npos ? first[0] : std::string_view();
}

void replace_by_pieces(std::vector<Line>& lines, std::size_t j, std::vector<std::string> pieces, bool gap) {
  Line base = std::move(lines[j]);
  base.label.reset();
  std::vector<Line> out;
  out.reserve(pieces.size());
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    Line l = base;
    l.text = std::move(pieces[k]);
    if (k > 0) l.gap_before = gap, l.indent = 0;
    if (take_inner_list_mark(l.text)) l.indent += 2;
    out.push_back(std::move(l));
  }
  const auto at = lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(j));
  lines.insert(at, std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()));
}

// The number of the head a run-on page's piece `p` opens ("2. Temadrøftelse
// ..."), past a lead word ("Ad.4. Ajourføring af informationsmappen.",
// "Ad. 4.", Søvang Allé's board; k_glued_leads, k_head_leads) and the spaces
// a transcript kept after the number ("3.    Næste møde ...", Dragør's
// Ældreråd); 0 where it opens none.
int piece_head_number(std::string_view p) {
  std::size_t j = 0;
  for (std::string_view w : k_glued_leads)
    if (text::starts_with(p, w)) j = w.size() + (p.size() > w.size() && p[w.size()] == ' ');
  for (std::string_view w : k_head_leads)
    if (j == 0 && text::starts_with(p, w)) j = w.size();
  const int n = read_number(p, j, 3);
  return n > 0 && j + 2 < p.size() && p[j] == '.' && p[j + 1] == ' ' && starts_upper(trim(p.substr(j + 2))) ? n : 0;
}

// The number of a head written without its full stop that a run-on page's
// piece `p` opens ("4 Brainstorm og ønsker til genopbygning af kirken
// ..."): a number, a space and a capital; 0 where it opens none.
int bare_head_number(std::string_view p) {
  std::size_t j = 0;
  const int n = read_number(p, j, 3);
  return n > 0 && j + 2 < p.size() && p[j] == ' ' && starts_upper(p.substr(j + 1)) ? n : 0;
}

// The number of the first head on the transcript page after `raw` among
// `page_lines` ("137. Kommunalbestyrelsen"): a number with a full stop and
// a capital after it, not after "og"/"eller"/"samt"; 0 where none.
int next_page_head(const std::vector<std::string_view>& page_lines, std::string_view raw) {
  const auto at = std::find_if(page_lines.begin(), page_lines.end(), [&](std::string_view p) { return p.data() == raw.data(); });
  if (at == page_lines.end() || at + 1 == page_lines.end()) return 0;
  const std::string_view next = *(at + 1);
  // (The pages numbered in turn, "1 ..." then "2 ...".)
  std::size_t i = 0, k = 0;
  if (read_number(next, i, 3) != read_number(raw, k, 3) + 1) return 0;
  for (; i != std::string_view::npos && i + 3 < next.size(); i = next.find(' ', i + 1)) {
    std::size_t j = i + 1;
    const int n = read_number(next, j, 3);
    if (n <= 0 || j + 2 >= next.size() || next[j] != '.' || next[j + 1] != ' ' || !starts_upper(next.substr(j + 2))) continue;
    if (after_conjunction(next.substr(0, i))) continue;
    return n;
  }
  return 0;
}

std::vector<Line> lines_of(const formats::Document& doc) {
  std::vector<Line> out;
  bool row_before = false;
  const std::string_view title_copy = docplayer_title_copy(doc);
  // A transcript's page lines ("3 <running header> <page text>") and the
  // words of their running header, which goes from all but the first.
  // (A short page, "2 19. maj kl. 15.00 12. Orientering fra formand ... 13.
  // Eventuelt. Intet.", is one whose number goes on from the page line just
  // before it: a transcript's last page is as short as its text. Only
  // `pages` holds it: the running header is read from the long ones.)
  std::vector<std::string_view> page_lines, pages;
  bool after_page = false;
  for (const auto& b : doc.blocks) {
    if (b.kind == formats::BlockKind::table_row) continue;
    for (auto raw : text::lines(b.text)) {
      if (trim(raw).empty()) continue;
      std::size_t i = 0, k = 0;
      const int n = read_number(raw, i, 3);
      const bool numbered = n > 0 && i < raw.size() && raw[i] == ' ';
      const bool goes_on = numbered && after_page && raw.size() < 200 && read_number(pages.back(), k, 3) + 1 == n &&
                           text::words(raw).size() >= 6;
      after_page = numbered && (raw.size() >= 200 || goes_on);
      if (after_page) pages.push_back(raw);
      if (after_page && !goes_on) page_lines.push_back(raw);
    }
  }
  const auto page_line = [&](std::string_view raw) {
    return raw.size() >= 200 ||
           (pages.size() > page_lines.size() &&
            std::find_if(pages.begin(), pages.end(), [&](std::string_view p) { return p.data() == raw.data(); }) != pages.end());
  };
  const std::size_t header_words = running_header_words(page_lines);
  int last_head = 0;  // the last numbered head cut from a run-on page
  for (const auto& b : doc.blocks) {
    const bool heading = b.kind == formats::BlockKind::heading || b.bold;
    // A new paragraph: plain text marks it with a blank line; other formats
    // give each paragraph a block of its own (a table's rows go on).
    const bool row = b.kind == formats::BlockKind::table_row;
    bool gap = doc.format == formats::Format::text ? b.blank_before || out.empty() : !(row && row_before);
    row_before = row;
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
      l.gap_before = gap;
      if (!trim(l.text).empty()) out.push_back(std::move(l));
      continue;
    }
    for (auto raw : text::lines(b.text)) {
      if (docplayer_chrome(raw) || (!title_copy.empty() && raw.data() == title_copy.data())) continue;
      bool bullet = false;
      std::vector<std::string> pieces;
      std::string cleaned = clean_line(raw, bullet);
      const bool paged = page_line(raw);
      if (header_words > 0 && raw.data() != page_lines.front().data() &&
          std::find_if(page_lines.begin(), page_lines.end(),
                       [&](std::string_view p) { return p.data() == raw.data(); }) != page_lines.end()) {
        const auto ws = text::words(cleaned);
        if (ws.size() > header_words + 1)
          cleaned = std::string(ws[0]) + " " +
                    std::string(std::string_view(cleaned).substr(static_cast<std::size_t>(ws[header_words + 1].data() - cleaned.data())));
      }
      drop_page_footers(cleaned);
      if (cleaned.size() >= 200) drop_fold_buttons(cleaned);
      for (auto& glued : split_glued_items(std::move(cleaned)))
        for (auto& piece : split_run_on(std::move(glued), paged ? PageRun{last_head, next_page_head(pages, raw), raw.size() < 200} : PageRun{}))
          for (auto& part : split_glued_section(std::move(piece)))
            for (auto& p : split_group_labels(std::move(part))) pieces.push_back(std::move(p));
      if (paged) {
        split_titles_before_sections(pieces), split_approval_outcomes(pieces);
        // (The last head a run-on page cut, "2. Temadrøftelse ...", or
        // one without its full stop that goes on from it, "1 Godkendelse
        // af dagsorden": the next page's may go on from it.)
        for (const auto& p : pieces)
          if (const int n = piece_head_number(p)) last_head = n;
          else if (bare_head_number(p) == last_head + 1) ++last_head;
      }
      // (A page's furniture label a transcript ran into the line and the
      // split set on a line of its own, "Hent som fil:" after the date on
      // Faxe's pages, is dropped as the line form drops it.)
      if (pieces.size() > 1)
        std::erase_if(pieces, [](const std::string& p) {
          return !p.empty() && p.size() < 60 && p.back() == ':' && voc::is_boilerplate(text::fold(p));
        });
      // (Each short title with its full stop a paragraph, as the line form
      // prints it: run_on_titles.cc split_dot_titles.)
      const std::vector<bool> paragraph = paged ? split_dot_titles(pieces) : std::vector<bool>();
      int indent = b.indent;
      for (std::size_t n = 0; n < pieces.size(); ++n) {
        auto& piece = pieces[n];
        if (n < paragraph.size() && paragraph[n]) gap = true;
        Line l;
        l.indent = take_inner_list_mark(piece) ? indent + 2 : indent;
        indent = 0;
        l.text = std::move(piece);
        l.heading = heading;
        l.bullet = bullet || b.kind == formats::BlockKind::list_item;
        l.page = b.page;
        l.gap_before = gap;
        gap = false;
        out.push_back(std::move(l));
      }
    }
  }
  split_contents_echoes(out);
  split_agenda_list_echoes(out);
  return out;
}



std::string all_text(const std::vector<Line>& lines) {
  std::string s;
  for (const auto& l : lines) {
    s += l.text;
    s += '\n';
  }
  return s;
}

}  // namespace corpus::recog
