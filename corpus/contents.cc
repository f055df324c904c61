// Tables of contents: an entry with its dot leader, a table whose cells a
// PDF printed on lines of their own, one under a heading line of its own,
// one run into a single line (without its numbers, or with a status after
// each title) and the items of such a run-on contents that the body repeats
// (docs/ARCHITECTURE.md §4.3). items.cc takes them as evidence for items.
#include <algorithm>
#include <array>
#include <set>
#include <span>

#include "corpus/recogniser.h"

namespace corpus::recog {
namespace {

using text::read_number;
using text::trim;

// A dot leader run into a line, with or without its page number:
// "......", "......4", "Ilulissat......" (its title glued to it).
bool dot_leader_word(std::string_view w) {
  const auto dots = w.find("...");
  if (dots == std::string_view::npos) return false;
  std::size_t i = dots;
  while (i < w.size() && w[i] == '.') ++i;
  return std::all_of(w.begin() + static_cast<std::ptrdiff_t>(i), w.end(), [](char c) { return is_digit(c); });
}

}  // namespace

// A table-of-contents entry: "Deltagere.....\t3", "Eventuelt ........ 27".
std::optional<std::string> toc_entry(const Line& line) {
  const std::string_view t = line.text;
  const auto dots = t.find("....");
  if (dots == std::string_view::npos || dots == 0) return std::nullopt;
  std::string_view title = trim(t.substr(0, dots));
  // "Punkter på åben dagsorden: 124. Borgerrådgiverens beretning ....":
  // the agenda's group before the first entry is no part of it.
  if (const std::size_t g = agenda_group_prefix(title); g > 0 && g < title.size()) title = trim(title.substr(g));
  // "1. Title....." keeps its number out of the title.
  std::size_t i = 0;
  if (read_number(title, i, 3) >= 0 && i < title.size() && (title[i] == '.' || title[i] == ' '))
    title = trim(title.substr(i + 1));
  return std::string(title);
}

// Words that open the title of an agenda item in Danish minutes, folded
// (from the titles of real minutes: "Godkendelse af referat", "Udpegning
// til Vækstforum", "Orientering om ...", "Eventuelt"). Danish capitalises a
// title's first word and proper nouns only, so in a table of contents that
// lost its numbers ("... af referat Godkendelse af referat Udpegninger
// ...") such a word starts the next title. Generic words only: no names.
constexpr auto k_title_openers = std::to_array<std::string_view>({
    "afholdelse", "aflysning", "afrapportering", "aftale", "analyse", "anlægsbevilling", "anlægsregnskab",
    "ansøgning", "beretning", "beslutning", "besøg", "bedømmelse", "budget", "budgetopfølgning", "deltagerfortegnelse",
    "dialogmøde", "drøftelse", "endelig", "evaluering", "eventuelt", "forslag", "frigivelse", "gennemgang",
    "godkendelse", "handleplan", "høring", "høringssvar", "indkaldelse", "indledning", "indstilling",
    "justering", "kommissorium", "kommuneplantillæg", "konstituering", "lokalplan", "meddelelse", "meddelelser",
    "mødekalender", "nedsættelse", "ny", "nyt", "offentliggørelse", "opfølgning", "oplæg", "organisering", "orientering",
    "planlægning", "politik", "præsentation", "principper", "punkter", "regnskab", "revision", "revisionens", "samarbejde",
    "spørgetid", "status", "strategi", "temadrøftelse", "tilskud", "tillæg", "tillægsbevilling", "udkast",
    "udpegning", "udpegninger", "valg", "velkomst", "ændring", "årsregnskab"});

// Lower-case words after which a capitalised word goes on the same title (a
// name after a preposition, "for Region Midtjylland"; a word after "og" or a
// dash, "Ledelses- og Styringsgrundlag", "- Oprettelse af Anlægsfond").
constexpr auto k_joining_words = std::to_array<std::string_view>({
    "af", "for", "i", "til", "på", "med", "om", "fra", "mellem", "og", "samt", "eller", "ved", "under", "over",
    "efter", "hos", "mod", "vedr.", "vedrørende", "jf.", "den", "det", "de", "en", "et", "nr", "nr.", "-", "–",
    "&", "på", "mht.", "inkl.", "ang.", "angående", "om:", "af:"});

bool in_table(std::string_view folded, const auto& table) {
  return std::find(table.begin(), table.end(), folded) != table.end();
}

// A capitalised common noun of eight letters or more with its complement
// ("Renoveringsplan for Skærbæk Distriktsskole", "Ombygning af bolig",
// "Kloaksanering i Øster Hornum", "Driftsaftale mellem ..."): "af", "for",
// "fra", "til", "i", "mellem", "med", "på" after it.
bool noun_with_complement(const std::vector<std::string_view>& ws, std::size_t k) {
  if (k + 1 >= ws.size()) return false;
  const std::string_view w = ws[k];
  if (!text::starts_capital(w) || !text::has_lower_after_first(w) || w.size() < 8) return false;
  if (std::any_of(w.begin(), w.end(), [](char c) { return is_digit(c) || c == '-' || c == '.'; })) return false;
  // (A subject in its definite form starts a sentence: "Referatet af
  // mødet blev godkendt", "Hovedtallene for regnskabet".)
  const std::string fw = text::fold(w);
  if (ends_with(fw, "et") || ends_with(fw, "en") || ends_with(fw, "ene") || ends_with(fw, "erne")) return false;
  const std::string next = text::fold(ws[k + 1]);
  return next == "af" || next == "for" || next == "fra" || next == "til" || next == "i" || next == "mellem" ||
         next == "med" || next == "på";
}

// A title that starts right after a name or a one-word title, its number
// lost ("... i Bruxelles Resultatkontrakter for Copenhagen Capacity",
// "Økonomirapport Regnskabsprocedure for årsrapport", "... til URS
// Ombygning af bolig"): such a noun after a capitalised word that is no
// name's head ("Region Syddanmark for ...", "Det Regionale ...").
bool title_after_name(const std::vector<std::string_view>& ws, std::size_t k) {
  if (k == 0 || !noun_with_complement(ws, k)) return false;
  const std::string_view prev = ws[k - 1];
  if (!starts_upper(prev) || prev.back() == ',' || prev.back() == '-' || prev.back() == ':') return false;
  static constexpr auto k_name_heads = std::to_array<std::string_view>(
      {"region", "kommune", "kommunes", "amt", "det", "den", "de", "nationalpark", "fonden", "foreningen", "skt.", "sankt"});
  if (in_table(text::fold(prev), k_name_heads)) return false;
  // ("Odense Universitetshospital til ...", "Skærbæk Distriktsskole": an
  // institution's name ends in the kind of institution.)
  static constexpr auto k_institution_ends = std::to_array<std::string_view>(
      {"hospital", "sygehus", "universitet", "forening", "skole", "center", "kommune", "forsyning", "selskab", "råd",
       "udvalg", "museum", "hus", "hallen", "gymnasium", "fond", "bibliotek",
       // ("Gammel Christiansfeldvej i Haderslev": a street's name.)
       "vej", "gade", "allé", "stræde", "torv", "plads", "vænget"});
  const std::string fw = text::fold(ws[k]);
  return std::none_of(k_institution_ends.begin(), k_institution_ends.end(),
                      [&](std::string_view e) { return ends_with(fw, e); });
}

// A title that starts right after a Danish municipality's name, which
// ends in "Kommune" ("... daghjemsbehov i Rudersdal Kommune Daghjem til
// borgere ...", "... i Haderslev Kommune Grundaftaler til ...", "... for
// Fredericia Kommune Anlægsbudget forskydning ..."): a capitalised word
// after "<Name> Kommune" with a lower-case word after it. (Greenland's
// "Kommune Qeqertalik" puts the name after; a lower-case word before
// "Kommune" is no name.)
bool title_after_municipality(const std::vector<std::string_view>& ws, std::size_t k) {
  if (k < 2 || k + 1 >= ws.size() || text::fold(ws[k - 1]) != "kommune") return false;
  if (!starts_upper(ws[k - 2]) || ws[k - 2].back() == ',' || ws[k - 2].back() == '-') return false;
  const std::string_view w = ws[k];
  if (w.size() < 5 || !text::starts_capital(w) || !text::has_lower_after_first(w)) return false;
  if (std::any_of(w.begin(), w.end(), [](char c) { return is_digit(c) || c == '.'; })) return false;
  const std::string_view next = ws[k + 1];
  return !starts_upper(next) && !is_digit(next[0]);
}

// A title that opens with a municipality's name in the genitive,
// "<Name> Kommunes" and a lower-case word ("... ØK - Indkøbspolitik Skive
// Kommunes principper for økonomistyring Ændret ...", Skive's Økonomiudvalg
// 783; "Allerød Kommunes ...", "Københavns Kommunes ..."): the name starts
// the title when the word before it is capitalised too, a title's last word
// (a lower-case word before it ends a title already; a joining word, "for
// Skive Kommunes", keeps the name in its title).
bool title_opens_with_municipality(const std::vector<std::string_view>& ws, std::size_t k) {
  if (k < 1 || k + 2 >= ws.size() || text::fold(ws[k + 1]) != "kommunes") return false;
  const std::string_view prev = ws[k - 1];
  if (!starts_upper(prev) || prev.back() == ',' || prev.back() == '-' || prev.back() == ':') return false;
  const std::string_view w = ws[k];
  if (w.size() < 3 || !text::starts_capital(w) || !text::has_lower_after_first(w)) return false;
  if (std::any_of(w.begin(), w.end(), [](char c) { return is_digit(c) || c == '.' || c == ','; })) return false;
  const std::string_view next = ws[k + 2];
  return !starts_upper(next) && !is_digit(next[0]);
}

// The five regions' names as a name's last word ("Region Syddanmark",
// "KKR Hovedstaden"), folded.
constexpr auto k_region_names =
    std::to_array<std::string_view>({"hovedstaden", "sjælland", "syddanmark", "midtjylland", "nordjylland"});

// A title that starts right after a Danish region's name, which ends a
// name and the phrase that names it ("... infrastrukturinvesteringer i
// Hovedstaden ReVUS handlingsplan", "... turismeområdet i Syddanmark
// Syddanske prioriteringer ...", "... Styringsgrundlag for Region
// Midtjylland Ligestillingsredegørelse 2007 ..."): Danish puts the region
// last in a name ("KKR Syddanmark", "Vækstforum Midtjylland", "Region
// Nordjylland"), so a capitalised word after "i/for/... <Region>" or
// "Region <Region>" with a lower-case word or a year after it opens the
// next title.
bool title_after_region(const std::vector<std::string_view>& ws, std::size_t k) {
  if (k < 2 || k + 1 >= ws.size()) return false;
  if (!in_table(text::fold(ws[k - 1]), k_region_names)) return false;
  const std::string before = text::fold(ws[k - 2]);
  if (before != "region" && (starts_upper(ws[k - 2]) || !in_table(before, k_joining_words))) return false;
  const std::string_view w = ws[k];
  if (w.size() < 2 || !text::starts_capital(w) || w.back() == ',' || w.back() == '-' || w.back() == ':') return false;
  const std::string fw = text::fold(w);
  if (fw == "kommune" || fw == "region" || fw == "kommuner") return false;
  const std::string_view next = ws[k + 1];
  const bool year = next.size() == 4 && std::all_of(next.begin(), next.end(), [](char c) { return is_digit(c); });
  return year || (!starts_upper(next) && !is_digit(next[0]));
}

// The group of a municipal contact council's own matters that KL's agenda
// for the five KKRs writes as a title of one word, "KKR" (between
// "Udpegninger" and "Punkter til næste møde"), in a table of contents run
// together without numbers ("... udpegning til Koordinationsudvalg for
// tandlæger KKR Fælleskommunale sekretariater ...", "... Nye medlemmer af
// KKR Hovedstaden KKR Punkter til næste møde"; docplayer transcripts of KKR
// Syddanmark's and KKR Hovedstaden's minutes, as KKR Nordjylland's agenda
// writes it on a line of its own): "KKR" after a capitalised word (the
// council's name before it ends in its region) starts a title, and a
// capitalised word after that "KKR" alone that is no region's name (the
// council's name, "KKR Syddanmark") starts the next, as one after the
// group "Udpegninger" alone does.
bool kkr_group_title(const std::vector<std::string_view>& ws, std::size_t k, std::size_t title_words) {
  if (k == 0 || k >= ws.size()) return false;
  if (ws[k] == "KKR")
    return in_table(text::fold(ws[k - 1]), k_region_names) && k + 1 < ws.size() && starts_upper(ws[k + 1]);
  if (title_words != 1 || !text::starts_capital(ws[k]) || !text::has_lower_after_first(ws[k])) return false;
  // (The group before it, "Udpegninger", is a title of one word too:
  // "Udpegninger Nye medlemmer af KKR Hovedstaden".)
  if (text::fold(ws[k - 1]) == "udpegninger") return true;
  return ws[k - 1] == "KKR" && !in_table(text::fold(ws[k]), k_region_names);
}

// A title that starts right after a title that ended in a compound common
// noun whose head names a document or a report of the kind agenda items
// deal with ("Ændringsforslaget til Haderslev Kommunes Planstrategi Tørning
// Mølle: Anlæg", "IT-Strategi Anlægsopgaver Folkeskolen", "Resultatrevision
// Vækstteam - et særligt ...", "Miljøtilsynsberetning Affaldsplan"): Danish
// writes such nouns in one word and capitalises no common noun inside a
// title, so a long capitalised word (eight bytes or more: "Tørning",
// "Vækstteam") after one starts the next title. Names end in no such head ("Rebild Kommune", "Gudsø Bæk"); a
// plan ("Lokalplan", "Helhedsplan Hovedstruktur") may carry its area's name,
// so "-plan" is no such head, and a document named after "til" or "af"
// ("Forslag til Sundhedspolitik ...") keeps the capitalised words after it.
bool title_after_title_noun(const std::vector<std::string_view>& ws, std::size_t k) {
  if (k == 0) return false;
  const std::string_view prev = ws[k - 1], w = ws[k];
  if (!text::starts_capital(prev) || !text::has_lower_after_first(prev) || prev.size() < 8) return false;
  if (!text::starts_capital(w) || !text::has_lower_after_first(w) || w.size() < 8) return false;
  if (std::any_of(w.begin(), w.end(), [](char c) { return is_digit(c); }) || w.back() == '-') return false;
  if (k >= 2 && (text::fold(ws[k - 2]) == "til" || text::fold(ws[k - 2]) == "af")) return false;
  static constexpr auto k_title_heads = std::to_array<std::string_view>(
      {"strategi", "aftale", "revision", "beretning", "politik", "regnskab", "rapport", "redegørelse",
       "program", "regulativ", "vedtægt", "evaluering", "opfølgning", "prognose", "orientering"});
  const std::string fp = text::fold(prev);
  return std::any_of(k_title_heads.begin(), k_title_heads.end(), [&](std::string_view h) { return ends_with(fp, h); });
}

bool text_starts_at(std::string_view before, std::string_view word, std::string_view after) {
  auto ends_letter = [](std::string_view w) {
    const auto c = static_cast<unsigned char>(w.back());
    return (c >= 'a' && c <= 'z') || c >= 0x80;
  };
  if (before.empty() || word.size() < 3 || after.empty()) return false;
  if (!starts_lower(before) || !ends_letter(before) || in_table(text::fold(before), k_joining_words)) return false;
  // ("KKR", "SSU": an abbreviation names; "Hjælpemidler" starts a sentence.)
  if (!word.empty() && word.back() == ',') word.remove_suffix(1);  // "Hjælpemidler, der"
  if (!text::starts_capital(word) || !text::has_lower_after_first(word) || !ends_letter(word)) return false;
  return starts_lower(after);
}

// An agenda system's column heads over its table of contents, the case
// number and the case's subject ("Sag nr.: Emne:", "Sag nr. Emne"), which a
// PDF transcript prints where the heading "Indholdsfortegnelse" would be:
// their length in `t`'s start, or 0.
std::size_t case_subject_column_heads(std::string_view t) {
  for (std::string_view cols : {"sag nr.: emne:", "sag nr.: emne", "sag nr. emne:", "sag nr. emne"}) {
    if (text::starts_with_folded(t, cols) && (t.size() == cols.size() || t[cols.size()] == ' ')) return cols.size();
  }
  return 0;
}

// The titles of a table of contents run together on one line without their
// numbers ("Godkendelse af referat Regionalpolitiske sager Kommunerne efter
// ... Eventuelt SIDE 2"): a title starts at a capitalised word that opens
// titles, or at one after a lower-case word that joins no name to it, after
// a page number or after the end of a note ("(ØK)", "?"). Page numbers
// ("... Stregiplan 11 5 Analyse") and a page's "SIDE 2" go.
std::vector<std::string> split_run_titles(std::string_view run) {
  std::vector<std::string> out;
  std::vector<std::string_view> cur;
  auto flush = [&] {
    while (!cur.empty() && std::all_of(cur.back().begin(), cur.back().end(), [](char ch) { return is_digit(ch); }))
      cur.pop_back();
    if (!cur.empty() && text::fold(cur.back()) == "side") cur.pop_back();
    // A group of the agenda ("Åbne beslutningssager", "Lukkede
    // dagsordenspunkter") is no title.
    if (cur.size() == 2) {
      const std::string first = text::fold(cur[0]), second = text::fold(cur[1]);
      if ((first == "åbne" || first == "lukkede") && (ends_with(second, "sager") || ends_with(second, "punkter")))
        cur.clear();
    }
    std::string t;
    for (auto w : cur) {
      if (!t.empty()) t += ' ';
      t += w;
    }
    if (!t.empty()) out.push_back(std::move(t));
    cur.clear();
  };
  const auto ws = text::words(run);
  for (std::size_t k = 0; k < ws.size(); ++k) {
    const std::string_view w = ws[k];
    // ("... tomgangsregulativ...46 2 17. Status ...": a title's dot leader
    // and page end it.)
    if (dot_leader_word(w) && is_digit(w.back())) {
      if (const auto glued = w.substr(0, w.find("...")); !glued.empty()) cur.push_back(glued);
      flush();
      continue;
    }
    // An agenda group's label ("Sager til beslutning: Afdækning af ...
    // Sager til orientering: Meddelelser"): a boundary, no title.
    if (starts_upper(w)) {
      const auto at = static_cast<std::size_t>(w.data() - run.data());
      if (const std::size_t n = agenda_group_prefix(run.substr(at)); n > 0) {
        flush();
        while (k + 1 < ws.size() && static_cast<std::size_t>(ws[k + 1].data() - run.data()) < at + n) ++k;
        continue;
      }
    }
    bool boundary = false;
    if (!cur.empty() && starts_upper(w) && w[0] != '"') {
      const std::string_view prev = cur.back();
      const std::string fprev = text::fold(prev);
      const bool number = std::all_of(prev.begin(), prev.end(), [](char ch) { return is_digit(ch); });
      // (A title that ends in a quoted name closes with its quotation mark:
      // 'Politik for "Mødet med borgeren" Kommunikationsstrategi ...',
      // Rebild's Økonomiudvalg 785; 'Leje af Åstrupvej 15 til "Den Gode
      // Modtagelse"', Hjørring's Byråd 739. The quote is closed: its marks
      // in the title so far are even.)
      std::ptrdiff_t quotes = 0;
      for (auto c : cur) quotes += std::count(c.begin(), c.end(), '"');
      const bool closes = prev.back() == ')' || prev.back() == '?' || prev.back() == '!' ||
                          (prev.size() >= 3 && prev.back() == '"' && quotes >= 2 && quotes % 2 == 0);
      const bool joined = in_table(fprev, k_joining_words) || prev.back() == '-' || prev.back() == ',' ||
                          prev.back() == ':';
      const bool opener = in_table(text::fold(w), k_title_openers);
      // ("E-2.1 (Panther Plast) erhvervsområde": no title starts inside
      // a note, nor at a plan's code.)
      std::ptrdiff_t open = 0;
      for (auto c : cur) open += std::count(c.begin(), c.end(), '(') - std::count(c.begin(), c.end(), ')');
      const bool in_note = open > 0;
      // ("nyt administrationsbyggeri Vordingborg Aflysning af ...": a name
      // right before a title's opening word ends the title before.)
      const bool name_before_opener =
          !opener && k + 1 < ws.size() && starts_upper(ws[k + 1]) && in_table(text::fold(ws[k + 1]), k_title_openers);
      const bool code = std::any_of(w.begin(), w.end(), [](char ch) { return is_digit(ch); });
      const bool lower_prev = !starts_upper(prev) && !number && !closes && !name_before_opener && !code;
      boundary = !in_note && ((number && cur.size() > 1) || closes ||
                 (opener && fprev != "og" && fprev != "samt" && fprev != "eller" && fprev != "af" && fprev != "-" &&
                  fprev != "–" && prev.back() != '-' && prev.back() != ',') ||
                 (lower_prev && !joined) || title_after_name(ws, k) ||
                 title_after_municipality(ws, k) || title_opens_with_municipality(ws, k) ||
                 title_after_region(ws, k) || title_after_title_noun(ws, k) ||
                 kkr_group_title(ws, k, cur.size()));
      // "SIDE 2" at the end of a page: no title.
      if (text::fold(w) == "side" && k + 1 < ws.size() && is_digit(ws[k + 1][0])) boundary = true;
    }
    if (boundary) flush();
    cur.push_back(w);
  }
  flush();
  return out;
}

// A table of contents that a PDF transcript ran into one line without its
// numbers (docplayer): the line under or after "Indholdsfortegnelse" (its
// column heads "Pkt. Tekst Side", "Sag nr. Side" dropped), or a page whose
// words are mostly titles; its titles, or nothing.
std::vector<std::string> run_on_contents(const std::vector<Line>& lines, std::size_t i) {
  std::string_view t = lines[i].text;
  if (t.size() < 80 || t.find('\t') != std::string_view::npos) return {};
  // ("Side 1 Indholdsfortegnelse ...": the page's header first.)
  if (text::starts_with_folded(t, "side ")) {
    std::size_t j = 5;
    if (read_number(t, j, 3) > 0) t = trim(t.substr(j));
  }
  bool under_heading = false;
  // ("Byrådet, Indholdsfortegnelse Sag nr. Side 342. Fritagelse ...": the
  // page's running header, the body's name, before the heading.)
  if (const auto at = t.find(", Indholdsfortegnelse "); at != std::string_view::npos && at < 60 &&
      text::words(t.substr(0, at)).size() <= 6)
    t = t.substr(at + 2);
  for (std::string_view h : {"indholdsfortegnelse", "indhold", "dagsorden", "sagsoversigt"}) {
    if (!under_heading && text::starts_with_folded(t, h) && (t.size() == h.size() || t[h.size()] == ' ' || t[h.size()] == ':')) {
      t = trim(t.substr(h.size() + (t.size() > h.size() ? 1 : 0)));
      under_heading = true;
    }
  }
  // ("Sag nr.: Emne: 1. Forlængelse af ... Opførelse af ...": an agenda
  // system's column heads alone, without "Indholdsfortegnelse", head the
  // contents as the heading does.)
  if (!under_heading && case_subject_column_heads(t) > 0) {
    t = trim(t.substr(case_subject_column_heads(t)));
    under_heading = true;
  }
  if (under_heading) {
    for (std::string_view cols : {"pkt. tekst side", "punkt nr. side", "sag nr. side", "pkt. side", "side",
                                  "åbne dagsordenspunkter"}) {
      if (text::starts_with_folded(t, cols)) t = trim(t.substr(cols.size()));
    }
    // "1. Godkendelse af dagsorden Indkaldelse ...", "342. Fritagelse ...":
    // the one number left (a council's numbered from anywhere).
    std::size_t j = 0;
    const int first = read_number(t, j, 3);
    if (j < t.size() && ((first == 1 && t[j] == ' ') || (first >= 1 && t[j] == '.'))) t = trim(t.substr(j + 1));
  }
  if (t.size() < 60) return {};
  auto titles = split_run_titles(t);
  if (titles.size() < 4) return {};
  // Without a heading, most titles open with a title's word, and no title
  // is a paragraph or holds a header's label.
  std::size_t opened = 0;
  for (const auto& s : titles) {
    const auto ws = text::words(s);
    if (in_table(text::fold(ws.front()), k_title_openers) || noun_with_complement(ws, 0)) ++opened;
    if (ws.size() > 30 || (!under_heading && s.find(": ") != std::string::npos)) return {};
  }
  if (!under_heading && opened * 2 < titles.size()) return {};
  return titles;
}

namespace {

// An agenda system's case code before an entry's title ("KOM 19-028",
// "KOM 19-030,"): a word in capitals and a number with a dash.
std::size_t case_code_words(const std::vector<std::string_view>& ws, std::size_t k) {
  if (k + 1 >= ws.size() || ws[k].size() < 2) return 0;
  if (!std::all_of(ws[k].begin(), ws[k].end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return 0;
  std::string_view code = ws[k + 1];
  if (!code.empty() && code.back() == ',') code.remove_suffix(1);
  const auto dash = code.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == code.size()) return 0;
  const bool digits = std::all_of(code.begin(), code.end(), [](char c) { return is_digit(c) || c == '-'; });
  return digits ? 2 : 0;
}

// "(Åben)", "(Lukket)": an entry's status in brackets before its title.
bool bracketed_status(std::string_view w) {
  const std::string f = text::fold(w);
  return f == "(åben)" || f == "(åbent)" || f == "(lukket)";
}

}  // namespace

// A table of contents run into one line whose entries each end with a dot
// leader and their page ("1 (Åben) Meddelelser fra formanden .......4 2
// (Åben) Lokalplan 367 ...", "KOM 19-028 Overdragelse af
// erstatningsboliger ...... 6 KOM 19-029 ..."): three leaders or more; the
// titles between them, each without the page before it, its number, its
// status "(Åben)"/"(Lukket)" or its case code; else nothing. A first
// entry keeps only what follows its status or number after the page's
// header ("Kommunalbestyrelsen 31-08-2015 18:00 1 (Åben) ...").
std::vector<std::string> dotted_run_titles(std::string_view run) {
  const auto ws = text::words(run);
  std::vector<std::vector<std::string_view>> entries(1);
  for (auto w : ws) {
    if (dot_leader_word(w)) {
      const std::string_view glued = w.substr(0, w.find("..."));
      if (!glued.empty()) entries.back().push_back(glued);
      entries.emplace_back();
    } else {
      entries.back().push_back(w);
    }
  }
  if (entries.size() < 4) return {};
  entries.pop_back();  // the text after the last leader: cut off or no entry
  auto number = [](std::string_view w) {
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c); });
  };
  std::vector<std::string> out;
  for (std::size_t e = 0; e < entries.size(); ++e) {
    const auto& en = entries[e];
    std::size_t k = 0;
    if (e == 0) {
      // After the header: from the first case code, else after the last
      // status, else after the last number.
      std::size_t from = 0;
      bool coded = false;
      for (std::size_t j = 0; j < en.size() && !coded; ++j)
        if (case_code_words(en, j) > 0) {
          from = j;
          coded = true;
        }
      for (std::size_t j = 0; j < en.size() && !coded; ++j)
        if (bracketed_status(en[j])) from = j + 1;
      if (from == 0 && !coded)
        for (std::size_t j = 0; j + 1 < en.size(); ++j)
          if (number(en[j]) && en[j].find(':') == std::string_view::npos) from = j + 1;
      k = from;
    } else {
      if (k < en.size() && number(en[k])) ++k;  // the page before
      if (k < en.size() && number(en[k])) ++k;  // the entry's number
    }
    if (k < en.size() && bracketed_status(en[k])) ++k;
    k += case_code_words(en, k);
    std::string t;
    for (; k < en.size(); ++k) {
      if (!t.empty()) t += ' ';
      t += en[k];
    }
    // The closing entries of the minutes ("Mødet sluttede", the signatures'
    // page "Underskriftsblad") and a group's heading ("Orienteringssager")
    // are no items.
    const std::string f = text::fold(t);
    if (f == "mødet sluttede" || f.starts_with("underskrift") || f == "orientering" || f == "orienteringssager")
      continue;
    if (!t.empty()) out.push_back(std::move(t));
  }
  if (out.size() < 3) return {};
  return out;
}

// A table of contents run into a line after the page's header, its heading
// in the line ("Økonomiudvalget Referat fra ordinært møde 14. maj 2009 ...
// Følgende sager behandles på mødet Side Meddelelser 3 Rungsted Havn ...",
// "... Fraværende: Følgende sager behandles: Pkt. Tekst Side 1 Budget ...",
// "GENTOFTE KOMMUNE ... Indholdsfortegnelse Kommunalbestyrelsen 31-08-2015
// 18:00 1 (Åben) Meddelelser ......4"): its titles, split at dot leaders
// or as a run without numbers; else nothing.
std::vector<std::string> headed_run_contents(std::string_view t) {
  if (t.size() < 120 || t.find('\t') != std::string_view::npos) return {};
  std::size_t at = std::string_view::npos;
  for (std::string_view h : {"Følgende sager behandles på mødet", "Følgende sager behandles:",
                             "Følgende sager behandles", "Indholdsfortegnelse", "INDHOLDSFORTEGNELSE", "Dagsorden "}) {
    const auto p = t.find(h);
    if (p == std::string_view::npos) continue;
    const bool dagsorden = h == "Dagsorden ";
    if (dagsorden && p != 0) continue;
    at = p + h.size();
    break;
  }
  if (at == std::string_view::npos) return {};
  std::string_view rest = trim(t.substr(at));
  if (!rest.empty() && rest.front() == ':') rest = trim(rest.substr(1));
  if (auto dotted = dotted_run_titles(rest); !dotted.empty()) return dotted;
  if (t.substr(0, at).find("Følgende sager behandles") == std::string_view::npos) return {};
  for (std::string_view cols : {"pkt. tekst side", "side"})
    if (text::starts_with_folded(rest, cols)) rest = trim(rest.substr(cols.size()));
  std::size_t j = 0;
  if (read_number(rest, j, 3) >= 1 && j < rest.size() && rest[j] == ' ') rest = trim(rest.substr(j + 1));
  // (The column heads again at the top of the next page, "... 84 Pkt. Tekst
  // Side 22 Justering ...", and its number at the foot, "Side 2.": no title.)
  std::string joined(rest);
  for (std::size_t p = joined.find(" Pkt. Tekst Side "); p != std::string::npos; p = joined.find(" Pkt. Tekst Side "))
    joined.erase(p, 16);
  if (const auto p = joined.rfind(" Side "); p != std::string::npos && p + 6 < joined.size() &&
                                             joined.find(' ', p + 6) == std::string::npos && is_digit(joined[p + 6]))
    joined.erase(p);
  auto titles = split_run_titles(joined);
  if (titles.size() < 4) return {};
  return titles;
}

namespace {

// The row of such a table of contents that starts at lines[i], if any.
std::optional<TocRow> toc_row(const std::vector<Line>& lines, std::size_t i) {
  auto number_of = [&](std::size_t k, bool dot) {
    std::string_view t = trim(lines[k].text);
    if (dot && !t.empty() && t.back() == '.') t.remove_suffix(1);
    if (t.empty() || t.size() > 3 || !std::all_of(t.begin(), t.end(), [](char c) { return is_digit(c); })) return -1;
    std::size_t at = 0;
    return read_number(t, at, 3);
  };
  if (i + 2 >= lines.size()) return std::nullopt;
  TocRow r;
  r.number = number_of(i, true);
  if (r.number < 0) return std::nullopt;
  for (std::size_t k = i + 1; k < lines.size() && k <= i + 3; ++k) {
    if (const int page = number_of(k, false); page >= 0) {
      if (k == i + 1) return std::nullopt;
      r.page = page;
      r.end = k + 1;
      return r;
    }
    const Line& l = lines[k];
    if (k == i + 3 || number_only_line(l.text) || !(k == i + 1 ? title_shaped(l.text) : !l.text.empty()) ||
        text::words(l.text).size() > 20 || is_section_line(l) || label_of(l))
      return std::nullopt;
    r.title += (r.title.empty() ? "" : " ") + l.text;
  }
  return std::nullopt;
}

}  // namespace

// A table of contents printed so, three rows or more, the items' numbers
// rising (closed items may be left out) and the pages never falling:
// its rows, or none.
std::vector<TocRow> toc_rows(const std::vector<Line>& lines, std::size_t i) {
  std::vector<TocRow> rows;
  for (auto r = toc_row(lines, i); r; r = toc_row(lines, r->end)) {
    if (!rows.empty() && (r->number <= rows.back().number || r->page < rows.back().page)) break;
    rows.push_back(std::move(*r));
  }
  if (rows.size() < 3) rows.clear();
  return rows;
}

namespace {

bool contents_heading(std::string_view t) {
  // A longer line cannot fold to a heading of 20 bytes (a character folds
  // to no less than a third of its bytes: K, the Kelvin sign, to k) and is
  // not folded: headed_contents() asks this of every line, paragraphs
  // too, and their folding was 0.9% of the indexer's instructions.
  t = trim(t);
  if (t.size() > 80) return false;
  const std::string f = text::fold(t);
  return f == "sagsoversigt" || f == "indholdsfortegnelse" || f == "indholdsfortegnelse:" || f == "sagsliste";
}

// "Side", "Sag nr. Side", "Pkt. Emne": a table's column heads.
bool contents_column_heads(std::string_view t) {
  const auto ws = text::words(t);
  if (ws.empty() || ws.size() > 4) return false;
  return std::all_of(ws.begin(), ws.end(), [](std::string_view w) {
    const std::string f = text::fold(w);
    return f == "side" || f == "sag" || f == "nr." || f == "nr.:" || f == "emne" || f == "pkt." || f == "punkt" ||
           f == "tekst" || f == "sagsnr." || f == "status";
  });
}

// The title of an entry on lines [from, ...), up to the line with its dot
// leader ("... anden ejendom ............9") or a line of dots alone; three
// lines at most; the line after the entry in `next`.
std::optional<std::string> dotted_title(const std::vector<Line>& lines, std::size_t from, std::size_t& next) {
  std::string title;
  for (std::size_t k = from; k < lines.size() && k < from + 3; ++k) {
    const std::string_view t = trim(lines[k].text);
    if (t.empty() || number_only_line(t) || is_section_line(lines[k])) return std::nullopt;
    const auto dots = t.find("....");
    title += (title.empty() || dots == 0 ? "" : " ") + std::string(trim(t.substr(0, dots)));
    if (dots != std::string_view::npos || k + 1 == lines.size()) {
      next = k + 1;
      if (title.empty()) return std::nullopt;
      return title;
    }
  }
  return std::nullopt;
}

// A web agenda's table of contents with no dot leaders or pages: each
// entry's number on a line of its own and its title on the next, one line,
// before the next entry's number ("181." / "Overførsel af uforbrugte
// bevillinger fra 2006 til 2007" / "182." / ...; a council's web minutes
// under "Indholdsfortegnelse"). The title, the line after it in `next`.
// (Not a column of numbers before a column of titles: there a title
// follows a title.)
std::optional<std::string> plain_row_title(const std::vector<Line>& lines, std::size_t from, std::size_t& next) {
  if (from + 1 >= lines.size()) return std::nullopt;
  const Line& l = lines[from];
  const std::string_view t = trim(l.text);
  const std::string_view unstopped = !t.empty() && t.back() == '.' ? t.substr(0, t.size() - 1) : t;
  if (t.empty() || number_only_line(t) || !title_shaped(unstopped) || text::words(t).size() > 30 || is_section_line(l) ||
      label_of(l) || t.find("....") != std::string_view::npos)
    return std::nullopt;
  const std::string_view after = trim(lines[from + 1].text);
  std::size_t at = 0;
  if (!number_only_line(after) || read_number(after, at, 3) < 0 || after.back() != '.') return std::nullopt;
  next = from + 1;
  return std::string(t);
}

}  // namespace

std::optional<HeadedContents> headed_contents(const std::vector<Line>& lines) {
  for (std::size_t h = 0; h < lines.size(); ++h) {
    if (!contents_heading(lines[h].text)) continue;
    HeadedContents c;
    c.begin = h;
    std::set<int> numbers;
    std::size_t i = h + 1;
    while (i < lines.size() && contents_column_heads(lines[i].text)) ++i;
    // Lines that are no entry's: a column of titles under a column of
    // numbers as long as it (three more for wrapped titles), else three
    // ("Bilagsoversigt", "Underskriftsside", a running header).
    std::size_t untitled = 0, run = 0, run_begin = i;
    while (i < lines.size()) {
      const std::string_view t = trim(lines[i].text);
      std::size_t at = 0;
      const int n = read_number(t, at, 3);
      if (n >= 0 && number_only_line(t)) {
        // "01." / "Title ....3", or a column of numbers.
        std::size_t next = i + 1;
        if (auto title = dotted_title(lines, i + 1, next)) {
          c.entries.emplace_back(n, *title);
          i = next;
          untitled = 0;
        } else if (auto plain = plain_row_title(lines, i + 1, next)) {
          c.entries.emplace_back(n, *plain);
          i = next;
          untitled = 0;
        } else {
          untitled = run == 0 ? untitled + 1 : 1;
          ++i;
        }
        numbers.insert(n);
        run = 0;
        continue;
      }
      if (n >= 0 && !numbers.empty() && at < t.size() && (t[at] == '.' || t[at] == ' ')) {
        if (numbers.count(n)) {
          break;  // the body's heading: the table ended above
        }
        numbers.insert(n);
        ++i;
        run = untitled = 0;
        continue;
      }
      if (numbers.empty() || t.size() > 200 || is_section_line(lines[i])) break;
      if (run == 0) run_begin = i;
      if (++run > untitled + 3) {
        i = run_begin;
        break;
      }
      ++i;
    }
    if (numbers.size() < 3) continue;
    c.end = i;
    return c;
  }
  return std::nullopt;
}

// The other way an agenda system prints the status: in brackets between
// the entry's number and its title, the page after the title
// ("Indholdsfortegnelse 1 (Åben) Godkendelse af dagsorden 4 2 (Åben)
// Forslag til Plan for udvikling af dialyseområdet 2021-2025 5 3 (Åben)
// ...", Region Sjælland's councils; "1 (Åben) Meddelelser ......4",
// Gentofte with its dot leaders, dotted_run_titles). Run into one line by
// a transcript, three entries or more after "Indholdsfortegnelse", each
// a number and "(Åben)" / "(Lukket)", the numbers rising: the titles
// between them without their pages (the last one's title up to its page,
// or to the line's end where the excerpt cut it off); else nothing.
std::vector<std::string> numbered_status_contents(std::string_view t) {
  const auto heading = t.find("Indholdsfortegnelse ");
  if (heading == std::string_view::npos) return {};
  const auto ws = text::words(t.substr(heading));
  auto number = [](std::string_view w) {
    return !w.empty() && w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c); });
  };
  std::vector<std::size_t> at;  // the entries' status words
  for (std::size_t k = 2; k < ws.size(); ++k) {
    if (!bracketed_status(ws[k]) || !number(ws[k - 1])) continue;
    if (!at.empty() && std::stoi(std::string(ws[k - 1])) <= std::stoi(std::string(ws[at.back() - 1]))) break;
    at.push_back(k);
  }
  if (at.size() < 3) return {};
  std::vector<std::string> titles;
  for (std::size_t e = 0; e < at.size(); ++e) {
    std::size_t end = e + 1 < at.size() ? at[e + 1] - 1 : ws.size();
    // (The last title ends at its page, the first number after its first
    // word.)
    for (std::size_t k = at[e] + 2; e + 1 == at.size() && k < end; ++k)
      if (number(ws[k])) end = k + 1;
    if (end > at[e] + 1 && number(ws[end - 1])) --end;  // its page
    std::string title;
    for (std::size_t k = at[e] + 1; k < end; ++k) title += (title.empty() ? "" : " ") + std::string(ws[k]);
    if (!title.empty()) titles.push_back(std::move(title));
  }
  return titles.size() >= 3 ? titles : std::vector<std::string>{};
}

// The status column of a Danish agenda system's table of contents, run
// into one line by a transcript: "Åbent" (or "Lukket") after each title
// ("INDHOLDSFORTEGNELSE Sag nr.: Emne 1. Tønderingvej - Bevillingssag
// Åbent Områdefornyelse i Durup Åbent ... Budgetsta"). Three status words
// or more after the contents' heading; the titles between them (the
// heading, the column heads and the first number dropped, and a last
// title without its status word, cut off, left out); else nothing.
std::vector<std::string> status_marked_contents(std::string_view t) {
  if (t.size() < 80) return {};
  const std::string head = text::fold(t.substr(0, std::min<std::size_t>(t.size(), 40)));
  std::size_t heading_end = std::string::npos;
  for (std::string_view w : {"indholdsfortegnelse", "sagsoversigt"})
    if (const auto p = head.find(w); p != std::string::npos) heading_end = p + w.size();
  if (heading_end == std::string::npos) return {};
  const auto ws = text::words(t);
  std::vector<std::string> titles;
  std::vector<std::string_view> cur;
  std::size_t statuses = 0;
  bool past_heading = false;
  for (std::size_t k = 0; k < ws.size(); ++k) {
    const std::string_view w = ws[k];
    if (!past_heading) {
      // (Bytes of the folded heading match the text's: fold keeps the
      // length of ASCII letters.)
      const std::string fw = text::fold(w);
      if (fw.rfind("indholdsfortegnelse", 0) == 0 || fw.rfind("sagsoversigt", 0) == 0) past_heading = true;
      continue;
    }
    if (w == "Åbent" || w == "Lukket" || w == "ÅBENT" || w == "LUKKET") {
      ++statuses;
      // Column heads and the first entry's number before its title.
      while (!cur.empty() && (contents_column_heads(cur.front()) || number_only_line(cur.front())))
        cur.erase(cur.begin());
      if (!cur.empty()) {
        std::string title;
        for (auto c : cur) title += (title.empty() ? "" : " ") + std::string(c);
        titles.push_back(std::move(title));
      }
      cur.clear();
      continue;
    }
    cur.push_back(w);
  }
  if (statuses < 3 || titles.size() < 3) return {};
  return titles;
}

namespace {

// What follows a case's title at its head in an agenda system's case
// text, folded: its number, or its first section.
constexpr auto k_case_marks = std::to_array<std::string_view>(
    {"sagsnr", "sag nr", "sagsid", "j.nr", "j. nr", "journalnr", "dok.nr", "resumé", "resume", "sagsfremstilling", "indstilling",
     "baggrund", "beslutning"});

}  // namespace

namespace {

// "13/650", "07/15346": a case's journal number, year and serial.
bool journal_number(std::string_view w) {
  const auto slash = w.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= w.size()) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c) || c == '/'; });
}

// The case's mark a transcript prints right after a case's title at its
// head, words `ws` from the title's end: the caseworker's initials and a
// slash ("DIJEHO / Direktøren orienterede ...", "DIANBR / 07/15346"), the
// mark case_mark_at knows ("/ Lene Fuglsang"), or the case's journal
// number, after the agenda system's code or not ("S00 13/650 Åben sag",
// "06/15387").
bool case_mark_follows(std::span<const std::string_view> ws) {
  if (ws.empty()) return false;
  std::string t;
  for (std::size_t k = 0; k < ws.size() && k < 6; ++k) t += " " + std::string(ws[k]);
  if (case_mark_at(t) == 1) return true;
  const std::string_view w = ws[0];
  const bool initials = w.size() >= 3 && w.size() <= 8 && std::all_of(w.begin(), w.end(), [](char c) {
    return c >= 'A' && c <= 'Z';
  });
  if (initials && ws.size() > 1 && ws[1] == "/") return true;
  if (journal_number(w)) return true;
  // ("S00 13/650": the system's code, a capital and digits, first.)
  const bool code = w.size() >= 2 && w.size() <= 4 && w[0] >= 'A' && w[0] <= 'Z' &&
                    std::all_of(w.begin() + 1, w.end(), [](char c) { return is_digit(c); });
  return code && ws.size() > 1 && journal_number(ws[1]);
}

// "1.", "12.": an item's number with its full stop, as a numbered head
// opens (a table of contents writes the number without it).
bool numbered_head_word(std::string_view w) {
  return w.size() >= 2 && w.size() <= 4 && w.back() == '.' &&
         std::all_of(w.begin(), w.end() - 1, [](char c) { return is_digit(c); });
}

// A word without its full stop ("kr." / "kr": a title's last full stop
// the contents left out).
std::string_view without_full_stop(std::string_view w) {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  return w;
}

}  // namespace

// How many of a run-on table of contents' entries the text after it
// (lines from `body`) reaches: up to the last entry whose title it writes
// again as a case's head, the title followed by the case's number or
// first section ("Budget 2015 Sagsnr.: 14/..." / "... Resumé") or by the
// case's mark (case_mark_follows), or written after its number and full
// stop as a numbered head ("1. Velkommen ..."); all of them when it heads none (the
// text ends in the contents). Minutes list the items whose heads the body
// has, not the contents' entries beyond.
std::size_t reached_entries(const std::vector<Line>& lines, std::size_t body, const std::vector<std::string>& entries) {
  std::string after;
  // The text's own words, and where each starts in `after`.
  std::vector<std::string_view> words;
  std::vector<std::size_t> starts;
  for (std::size_t i = body; i < lines.size(); ++i) {
    const auto raw = text::words(lines[i].text);
    const std::string folded = text::fold(lines[i].text);
    const auto fws = text::words(folded);
    for (std::size_t k = 0; k < fws.size(); ++k) {
      after += ' ';
      if (fws.size() == raw.size()) {
        starts.push_back(after.size());
        words.push_back(raw[k]);
      }
      after += without_full_stop(fws[k]);
    }
  }
  auto marked_at = [&](std::size_t pos) {
    const auto it = std::lower_bound(starts.begin(), starts.end(), pos);
    if (it == starts.end() || *it != pos) return false;
    const auto k = static_cast<std::size_t>(it - starts.begin());
    return case_mark_follows(std::span(words).subspan(k, std::min<std::size_t>(6, words.size() - k)));
  };
  // The title right after its number and full stop ("1. Velkommen til ny
  // næstformand ...", where the contents said "1 Velkommen til ny
  // næstformand ... 3"): the body heads the item as a numbered head.
  auto numbered_at = [&](std::size_t pos) {
    const auto it = std::lower_bound(starts.begin(), starts.end(), pos);
    if (it == starts.end() || *it != pos || it == starts.begin()) return false;
    return numbered_head_word(words[static_cast<std::size_t>(it - starts.begin()) - 1]);
  };
  std::size_t reached = 0;
  for (std::size_t e = 0; e < entries.size(); ++e) {
    const std::string title_key = key_of(entries[e]);
    std::string key;
    for (auto w : text::words(title_key)) {
      key += ' ';
      key += without_full_stop(w);
    }
    if (key.size() < 12) continue;
    key += ' ';
    for (std::size_t at = after.find(key); at != std::string::npos; at = after.find(key, at + 1)) {
      const std::string_view next = std::string_view(after).substr(at + key.size());
      if (std::any_of(k_case_marks.begin(), k_case_marks.end(), [&](std::string_view m) { return text::starts_with(next, m); }) ||
          marked_at(at + key.size()) || numbered_at(at + 1)) {
        reached = e + 1;
        break;
      }
    }
  }
  return reached == 0 ? entries.size() : reached;
}

namespace {

// The items of a run-on table of contents that the body repeats, each
// title alone on its line (split so by lines_of) right over a section
// heading ("Ny cykelsti ved skolen" / "Resumé"): heads, two or more, after
// the contents line; else none.
std::vector<ItemHead> contents_echo_heads(const std::vector<Line>& lines, std::size_t& body_begin) {
  std::vector<ItemHead> heads;
  std::size_t cased = 0;
  const auto contents = run_on_contents_of(lines);
  if (!contents) return heads;
  body_begin = contents->body_begin;
  const auto stream = text::words(contents->text);
  for (std::size_t j = contents->body_begin; j + 1 < lines.size(); ++j) {
    const std::string& t = lines[j].text;
    const bool case_line = case_number_at(" " + lines[j + 1].text) == 1 || case_mark_at(" " + lines[j + 1].text) == 1;
    if (is_section_line(lines[j]) || !(is_section_line(lines[j + 1]) || case_line)) continue;
    // ("1. Trafiksikkerhedsplan - Temabehandling" / "DISONS / 07/2421", "Punkt
    // 135 Budget 2007" / "J. nr ...": a head that kept its number.)
    std::optional<int> number;
    std::string_view title = t;
    if (case_line) {
      std::string_view rest = title;
      for (std::string_view lead : {"Punkt ", "Pkt. "})
        if (text::starts_with(rest, lead)) rest.remove_prefix(lead.size());
      std::size_t k = 0;
      const int n = read_number(rest, k, 3);
      if (n >= 0 && k + 1 < rest.size() && (rest[k] == '.' || rest != title) && rest[k + (rest[k] == '.')] == ' ') {
        number = n;
        title = trim(rest.substr(k + 1));
      }
    }
    if (echoed_title_words(stream, title, case_line) != text::words(title).size()) continue;
    ItemHead h;
    h.line = j;
    h.number = number;
    h.title = std::string(title);
    h.body_begin = j + 1;
    heads.push_back(std::move(h));
    cased += case_line;
  }
  // (One echo is enough when its case's number or caseworker follows it.)
  if (heads.size() < 2 && cased == 0) heads.clear();
  return heads;
}

}  // namespace

// Adds those heads to the ones found otherwise (a page's first item may be
// read as a heading already; an entry of the contents taken for a head
// moves to its echo), in the order of the lines.
void add_contents_echo_heads(const std::vector<Line>& lines, Outline& o) {
  std::size_t body_begin = 0;
  auto echoes = contents_echo_heads(lines, body_begin);
  if (echoes.empty()) return;
  std::vector<std::size_t> echo_lines;
  for (const auto& e : echoes) echo_lines.push_back(e.line);
  for (auto& e : echoes) {
    auto same = std::find_if(o.heads.begin(), o.heads.end(), [&](const ItemHead& h) {
      return h.line == e.line || same_title(h.title, e.title);
    });
    if (same == o.heads.end()) {
      o.heads.push_back(std::move(e));
    } else if (same->line < body_begin || same->listed_only) {
      same->line = e.line;
      same->body_begin = e.body_begin;
      same->listed_only = false;
      same->text.clear();
      same->text_kind.clear();
    }
  }
  std::stable_sort(o.heads.begin(), o.heads.end(), [](const ItemHead& a, const ItemHead& b) { return a.line < b.line; });
  // The case's line under an echo ("Til efterretning" / "DIHAJP / 06/17018"
  // / "Sagsfremstilling") is no head of its own.
  std::erase_if(o.heads, [&](const ItemHead& h) {
    if (h.listed_only || h.line == 0 || h.line >= lines.size()) return false;
    const std::string t = " " + lines[h.line].text;
    if (case_number_at(t) != 1 && case_mark_at(t) != 1) return false;
    return std::find(echo_lines.begin(), echo_lines.end(), h.line - 1) != echo_lines.end();
  });
}

}  // namespace corpus::recog
