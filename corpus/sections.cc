// The sections of an item: section headings, decisions and the outcomes
// minutes write without a heading (docs/ARCHITECTURE.md §4.4).
#include <algorithm>
#include <array>

#include "corpus/dates.h"
#include "corpus/participants.h"
#include "corpus/recogniser.h"

namespace corpus::recog {
namespace {

namespace voc = vocabulary;
using text::trim;

// "Det indstilles, at ...", "Direktionen indstiller, at ...".
bool starts_recommendation(std::string_view line) {
  if (text::starts_with(line, "Det indstilles")) return true;
  const auto ws = text::words(line.substr(0, std::min<std::size_t>(line.size(), 60)));
  return ws.size() >= 3 && starts_upper(ws[0]) && (ws[1] == "indstiller," || ws[1] == "indstiller") &&
         (ws[2] == "at" || ws[2] == "at:" || ws[1] == "indstiller,");
}

// The first sentence of `t`: up to a full stop before a capital, not an
// initial's ("den 13. december", "Søren E. Frandsen" go on).
std::string_view first_sentence(std::string_view t) {
  for (auto d = t.find(". "); d != std::string_view::npos; d = t.find(". ", d + 1)) {
    const bool initial = d >= 1 && t[d - 1] >= 'A' && t[d - 1] <= 'Z' && (d == 1 || t[d - 2] == ' ');
    if (!initial && starts_upper(t.substr(d + 2))) return t.substr(0, d + 1);
  }
  return t;
}

// "Det besluttedes, at ...", "Det vedtoges ...", "Det aftaltes ...", "Man
// vedtog at ...", "Man besluttede ...", "Man
// enedes om ...", "Man blev enige om ...": the meeting's decision told
// impersonally, in the s-passive or with "man" (a pensioners' club, a
// museum association, LAP's board, a bridge club). `ws` are folded words
// without their trailing punctuation.
template <class Words>
bool impersonal_decision(const Words& ws) {
  if (ws.size() < 3) return false;
  auto is = [](std::string_view w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  if (ws[0] == "det") return is(ws[1], {"besluttedes", "vedtoges", "aftaltes"});
  if (ws[0] == "man")
    return is(ws[1], {"besluttede", "vedtog", "aftalte", "enedes", "enes"}) ||
           (ws[1] == "blev" && (ws[2] == "enige" || ws[2] == "enig"));
  return false;
}

// "<Body> er enig om ...", "<Body> er enige om, at ...", "<Body> er blevet
// enig om at ...", "<Body> blev enige om ...": after the body, its
// agreement (a homeowners' board, a parish council). `ws` as above.
template <class Words>
bool body_agreed(const Words& ws) {
  std::size_t v = 1;
  if (v < ws.size() && (ws[v] == "er" || ws[v] == "var" || ws[v] == "blev")) ++v;
  else return false;
  if (v < ws.size() && ws[v] == "blevet") ++v;
  if (v < ws.size() && (ws[v] == "nu" || ws[v] == "alle" || ws[v] == "dog")) ++v;
  return v + 1 < ws.size() && (ws[v] == "enig" || ws[v] == "enige") && ws[v + 1] == "om";
}

bool year_in(std::string_view sentence, bool skip_accounts = false);

// A year in `sentence` that tells when something happened ("Byrådet
// vedtog i 2012 ..."), not one that names the budget or the accounts a
// board decides on: "Regnskab 2021 for alle kirkekasser blev godkendt.",
// "Gennemgang og budget 2020 blev godkendt.", "Provstiudvalget godkendte
// det endelige budget for 2026" (the year right after the budget's or the
// accounts' word, or after its "for"; church councils, provstiudvalg, a
// free school's board).
bool history_year(std::string_view sentence) { return year_in(sentence, true); }

// A year in `sentence` ("2012", "2026."), with `skip_accounts` not the
// year of a budget or the accounts (history_year).
bool year_in(std::string_view sentence, bool skip_accounts) {
  const std::string f = text::fold(sentence.substr(0, std::min<std::size_t>(sentence.size(), 400)));
  const auto ws = text::words(f);
  auto accounts = [](std::string_view w) {
    while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
    for (std::string_view stem : {"budget", "regnskab", "årsregnskab", "årsbudget", "driftsbudget", "anlægsbudget",
                                  "kvartalsrapport", "projektregnskab", "byggeregnskab"})
      if (w == stem || w == std::string(stem) + "et" || w == std::string(stem) + "tet") return true;
    return false;
  };
  for (std::size_t k = 0; k < ws.size(); ++k) {
    std::string_view w = ws[k];
    while (!w.empty() && !is_digit(w.back())) w.remove_suffix(1);
    if (!(w.size() == 4 && (text::starts_with(w, "19") || text::starts_with(w, "20")) &&
          std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c); })))
      continue;
    const bool named = (k >= 1 && accounts(ws[k - 1])) || (k >= 2 && ws[k - 1] == "for" && accounts(ws[k - 2]));
    if (!skip_accounts || !named) return true;
  }
  return false;
}

// "Seniorrådet har besluttet at arbejde for, at ...", "Bestyrelsen har
// besluttet at indstille ...", "Bestyrelsen har taget dette til
// efterretning.": a board or council, in its definite form, and its
// verdict in the perfect, as associations' and councils' minutes tell what
// the meeting did (Hørsholm's Seniorråd, a bathing club's board, a golf
// club's board). Not a council that decides over others, whose decision
// the minutes report ("Byrådet har besluttet ...", "Kommunalbestyrelsen
// har vedtaget ..."), nor what is not done ("har ikke besluttet"). `ws`
// are folded words without their trailing punctuation.
template <class Words>
bool body_verdict_in_perfect(const Words& ws) {
  if (ws.size() < 3 || ws[1] != "har") return false;
  const std::string_view b = ws[0];
  const bool own = (ends_with(b, "bestyrelsen") && b != "kommunalbestyrelsen") ||
                   (ends_with(b, "rådet") && b != "byrådet" && b != "regionsrådet");
  if (!own) return false;
  if (ws[2] == "besluttet" || ws[2] == "vedtaget" || ws[2] == "godkendt") return true;
  return ws[2] == "taget" &&
         std::any_of(ws.begin() + 3, ws.begin() + std::min<std::ptrdiff_t>(8, static_cast<std::ptrdiff_t>(ws.size())),
                     [](std::string_view w) { return w == "efterretning"; });
}

// Words a verdict opens with when the minutes write it without a heading
// ("Godkendt.", "Godkendt, idet ...", "Tiltrådt.", "Anbefales.", "Taget til
// efterretning.", "Indstillingen blev godkendt.", "Sagen udsat."), folded.
bool opens_with_verdict(std::string_view line) {
  if (!starts_upper(line)) return false;
  const std::string f = text::fold(line.substr(0, std::min<std::size_t>(line.size(), 60)));
  auto ws = text::words(f);
  for (auto& w : ws)
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':' || w.back() == ';' || w.back() == '!'))
      w.remove_suffix(1);
  if (ws.empty()) return false;
  static constexpr auto k_openers = std::to_array<std::string_view>(
      {"godkendt", "godkendes", "tiltrådt", "tiltrædes", "anbefales", "anbefalet", "vedtaget", "vedtages",
       "udsat", "udsættes", "udskudt", "udskydes", "drøftet", "afvist", "afslået", "bevilget", "imødekommet",
       "underskrevet"});
  if (std::find(k_openers.begin(), k_openers.end(), ws[0]) != k_openers.end()) return true;
  if (ws.size() >= 3 && ws[0] == "taget" && ws[1] == "til" && ws[2] == "efterretning") return true;
  // "Udvalget godkendte indstillingen.", "Bestyrelsen besluttede at ...",
  // "Ældrerådet tog orienteringen til efterretning.": the body, in its
  // definite form, and its verdict, in the past tense as minutes tell what
  // the meeting did. (The present tells a procedure or quotes another
  // body's recommendation: "Bestyrelsen godkender derefter efter
  // drøftelse.", "Økonomiudvalget anbefaler byrådet at godkende ...".)
  // (Not the history a case's text tells: "Byrådet vedtog i 2012 en
  // politik", "Vækstforum drøftede udkastet på mødet den 19. juni 2006".)
  auto dated = [&] {
    const std::string_view sentence = first_sentence(line);
    return find_date(sentence).has_value() || history_year(sentence);
  };
  // "Blev drøftet.", "Blev taget til efterretning.", "Blev godkendt 13/4
  // 2024.": the same verdict in the passive with its subject (the item)
  // left out, as a sports club's, a seniorråd's and an association's
  // board write it (SIF Fodbold, Monrad Seniorråd, LAP's landsledelse);
  // not history ("Blev vedtaget i 2019").
  if (ws.size() >= 2 && ws[0] == "blev" && !history_year(first_sentence(line))) {
    if (std::find(k_openers.begin(), k_openers.end(), ws[1]) != k_openers.end()) return true;
    if (ws.size() >= 4 && ws[1] == "taget" && ws[2] == "til" && ws[3] == "efterretning") return true;
  }
  if (ws.size() >= 2 && ws[0].size() > 4 && voc::is_body_name(ws[0]) && !dated()) {
    static constexpr auto k_verbs = std::to_array<std::string_view>(
        {"godkendte", "besluttede", "vedtog", "tiltrådte", "anbefalede", "drøftede", "udsatte", "bevilgede",
         "afviste", "valgte", "udpegede", "bemyndigede", "aftalte", "noterede"});
    if (std::find(k_verbs.begin(), k_verbs.end(), ws[1]) != k_verbs.end()) return true;
    // ("Bestyrelsen har besluttet at indstille ...", "Bestyrelsen har taget
    // dette til efterretning.": a board's verdict in the perfect, also after
    // the case it tells; a council's, "Ældrerådet har besluttet ...", only
    // opens an item's text, mark_opening_verdict: later in a text it may
    // report another council's decision.)
    if (ends_with(ws[0], "bestyrelsen") && body_verdict_in_perfect(ws)) return true;
    if (ws.size() >= 5 && ws[1] == "tog" &&
        std::find(ws.begin() + 2, ws.begin() + std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(ws.size()), 7),
                  std::string_view("efterretning")) != ws.begin() + std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(ws.size()), 7))
      return true;
  }
  // "Indstillingen blev godkendt", "Sagen udsat", "Indstillingen tiltrådt",
  // "Indstillingerne blev godkendt med den ændring, at ...".
  if (ws.size() >= 2 && (ws[0] == "indstillingen" || ws[0] == "indstillingerne" || ws[0] == "sagen")) {
    const std::size_t v = ws[1] == "blev" && ws.size() >= 3 ? 2 : 1;
    return std::find(k_openers.begin(), k_openers.end(), ws[v]) != k_openers.end() ||
           (ws.size() > v + 2 && ws[v] == "taget" && ws[v + 2] == "efterretning") || ws[v] == "følges" ||
           ws[v] == "fulgt";
  }
  // "Det blev besluttet, at ...", "Det blev aftalt at ...", "Det blev
  // vedtaget at ...": the impersonal decision of a board's minutes.
  if (ws.size() >= 3 && ws[0] == "det" && ws[1] == "blev" &&
      (ws[2] == "besluttet" || ws[2] == "aftalt" || ws[2] == "vedtaget" || ws[2] == "godkendt" ||
       ws[2] == "enighed") &&
      !dated())
    return true;
  // "Der blev besluttet, at ...", "Der blev vedtaget ...", "Der blev aftalt
  // ...": the same with "der".
  if (ws.size() >= 3 && ws[0] == "der" && ws[1] == "blev" &&
      (ws[2] == "besluttet" || ws[2] == "aftalt" || ws[2] == "vedtaget") && !dated())
    return true;
  // "Bestyrelsen er enig om ændringerne.", "Menighedsrådet er enige om, at
  // ...", "Bestyrelsen er blevet enig om at ...": the body agreed.
  if (ws.size() >= 4 && ws[0].size() > 4 && voc::is_body_name(ws[0]) && body_agreed(ws) && !dated()) return true;
  // "Der bevilges 10.000 kr.", "Der afsættes 6.000 kr. i budgettet": a
  // grant decided in the impersonal passive.
  if (ws.size() >= 3 && ws[0] == "der" &&
      (ws[1] == "bevilges" || ws[1] == "bevilliges" || ws[1] == "afsættes" || ws[1] == "ydes") && !dated())
    return true;
  // "Enstemmigt vedtaget.", "Enstemmigt godkendt.": the vote, then the verdict.
  if (ws.size() >= 2 && ws[0] == "enstemmigt" &&
      std::find(k_openers.begin(), k_openers.end(), ws[1]) != k_openers.end())
    return true;
  return false;
}

std::vector<std::string> sentence_words(std::string_view line);

// "Referatet af bestyrelsesmødet den 25. februar 2014 blev godkendt",
// "Dagsorden samt referat af 4. december blev godkendt", "Referat fra den
// 20. juni 2015 blev godkendt": the approval of earlier minutes, named by
// their meeting's date, as boards, councils and associations write it (a
// transport company's board, an ældreråd, LAP's board, a representative
// assembly). The date names the minutes approved, not the history of a
// case. Not what is to come ("... skal godkendes") nor what was not done.
bool approves_earlier_minutes(std::string_view line) {
  const auto ws = sentence_words(line);
  std::size_t i = 0;
  if (ws.size() >= 3 && text::starts_with(ws[0], "dagsorden") && (ws[1] == "og" || ws[1] == "samt")) i = 2;
  if (ws.size() < i + 4 || (ws[i] != "referat" && ws[i] != "referatet") || (ws[i + 1] != "af" && ws[i + 1] != "fra"))
    return false;
  for (std::size_t k = i + 2; k < ws.size() && k < i + 12; ++k) {
    const std::string_view w = ws[k];
    if (w == "skal" || w == "kan" || w == "vil" || w == "bør" || w == "ikke" || w == "forventes") return false;
    if (w == "godkendt" || w == "godkendes" || w == "underskrevet") return true;
  }
  return false;
}

// "Orienteringen blev taget til efterretning.", "Punktet blev drøftet.",
// "Referatet godkendt.", "Regnskabet er taget til efterretning.": any
// subject in its definite form and a verdict (also in the perfect), as
// an item's first line or after the recommendation (inside a case's text it
// may tell a part of it: "Budgettet blev drøftet." under "Budget 2026");
// not the history a case tells ("Planen blev vedtaget i 2019").
bool subject_verdict(std::string_view line) {
  if (!starts_upper(line)) return false;
  const std::string_view sentence = first_sentence(line);
  const std::string f = text::fold(sentence.substr(0, std::min<std::size_t>(sentence.size(), 80)));
  auto ws = text::words(f);
  for (auto& w : ws)
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':' || w.back() == ';')) w.remove_suffix(1);
  if (ws.size() < 2 || ws[0].size() < 6 || !(ends_with(ws[0], "en") || ends_with(ws[0], "et") || ends_with(ws[0], "ne")))
    return false;
  if (find_date(sentence) || history_year(sentence)) return false;
  std::size_t v = ws[1] == "blev" && ws.size() >= 3 ? 2 : 1;
  // ("Regnskabet er taget til efterretning.", "Dagsordenen er godkendt",
  // "Ændringerne er blevet godkendt": the verdict in the perfect.)
  if (ws[1] == "er" && ws.size() >= 3) v = ws[2] == "blevet" && ws.size() >= 4 ? 3 : 2;
  return ws[v] == "godkendt" || ws[v] == "tiltrådt" || ws[v] == "vedtaget" || ws[v] == "drøftet" ||
         ws[v] == "udsat" || ws[v] == "udskudt" ||
         (ws.size() > v + 2 && ws[v] == "taget" && ws[v + 2] == "efterretning");
}

// "Provstiudvalget godkender regnskabet.", "Provstiudvalget imødekommer
// ansøgning om ekstrabevilling ...", "MR tilslutter sig ...": the body in
// its definite form (or its abbreviation) and its verdict in the present
// tense, as a paragraph of its own after the case's text: how church
// councils' and provstiudvalg's minutes (DAP) write the decision. Not a
// recommendation ("anbefaler", "indstiller"), a procedure ("godkender
// derefter", "godkender hvert år") nor history with its year or date.
bool body_decides_now(std::string_view line) {
  if (!starts_upper(line)) return false;
  const std::string_view sentence = first_sentence(line);
  const std::string f = text::fold(sentence.substr(0, std::min<std::size_t>(sentence.size(), 80)));
  const auto ws = text::words(f);
  if (ws.size() < 3) return false;
  const bool body = (ws[0].size() > 4 && voc::is_body_name(ws[0])) || ws[0] == "pu" || ws[0] == "mr";
  if (!body) return false;
  static constexpr auto k_verbs = std::to_array<std::string_view>(
      {"godkender", "imødekommer", "bevilger", "bevilliger", "tiltræder", "vedtager", "beslutter", "afslår",
       "afviser", "bemyndiger", "tilslutter"});
  // ("PU tager sagen til efterretning.", "Provstiudvalget tager
  // revisionens bemærkninger til efterretning": the body notes the case.)
  const bool notes = ws[1] == "tager" && std::any_of(ws.begin() + 2, ws.begin() + std::min<std::ptrdiff_t>(8, static_cast<std::ptrdiff_t>(ws.size())),
                                                     [](std::string_view w) { return text::starts_with(w, "efterretning"); });
  if (!notes && std::find(k_verbs.begin(), k_verbs.end(), ws[1]) == k_verbs.end()) return false;
  static constexpr auto k_procedure = std::to_array<std::string_view>(
      {"derefter", "herefter", "endeligt", "hvert", "årligt", "normalt", "typisk", "altid"});
  if (std::find(k_procedure.begin(), k_procedure.end(), ws[2]) != k_procedure.end()) return false;
  return !find_date(sentence) && !history_year(sentence);
}

bool ends_sentence(std::string_view t) {
  t = trim(t);
  return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.back() == ':');
}

// A section that holds the item's outcome: its decision, or its minutes.
bool is_decision(const Section& s) { return s.kind == "beslutning" || s.kind == "referat"; }

bool decided(const Item& item) { return std::any_of(item.sections.begin(), item.sections.end(), is_decision); }

// Whether the label of `n` bytes that opens `line` runs into its value with
// no space ("BeslutningGodkendt.", "SagsfremstillingUdvalget besøger ..."):
// the label ends in a small letter and the value opens a capitalised word.
bool glued_label_value(std::string_view line, std::size_t n) {
  if (n < 2 || n >= line.size() || line[n - 1] < 'a' || line[n - 1] > 'z') return false;
  const std::string_view rest = line.substr(n);
  const auto sp = rest.find(' ');
  const std::string_view word = rest.substr(0, sp);
  return text::starts_capital(word) && (word.size() <= 2 || text::has_lower_after_first(word));
}

// A body's name as a decision's heading names it (folded): six words at
// most, no digits, a name the vocabulary knows as a body's.
bool heading_body_name(const std::string& folded) {
  return text::words(folded).size() <= 6 && folded.find_first_of("0123456789") == std::string::npos &&
         voc::is_body_name(folded);
}

// "Integrationsudvalgets møde den 10. december 2013:", "Kommunalbestyrelsens
// møde 25. september 2006 Punkt 1: Der var ingen meddelelser.": the body's
// meeting and its day (and the item's number), in the genitive, over what
// the body decided (POLWEB's pages, Ballerup's minutes); the decision may
// follow the colon on its line. Returns the heading's length up to and
// with its colon, 0 if `line` opens otherwise. (An earlier treatment a
// case's history quotes names it in a sentence, "... på
// Kommunalbestyrelsens møde den 24. april 2024 punkt 56": no heading.)
std::size_t body_meeting_heading_length(std::string_view line) {
  if (line.size() < 20 || !starts_upper(line)) return 0;
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon > 90) return 0;
  const std::string f = text::fold(line.substr(0, colon));
  constexpr std::string_view k_meeting = "s møde ";
  const auto at = f.find(k_meeting);
  if (at == std::string::npos || at == 0) return 0;
  if (!heading_body_name(f.substr(0, at))) return 0;  // "integrationsudvalget"
  // After "møde": "den", the date, "Punkt <n>" / "pkt. <n>".
  std::string rest = f.substr(at + k_meeting.size());
  if (text::starts_with(rest, "den ")) rest = rest.substr(4);
  else if (text::starts_with(rest, "d. ")) rest = rest.substr(3);
  if (!find_date(rest) || rest.find_first_of("0123456789") != 0) return 0;
  for (std::string_view w : text::words(rest))
    if (!voc::is_date_remnant(w) && w != "punkt" && w != "pkt." && w != "pkt") return 0;
  return colon + 1;
}

// "Beslutning Følgende emner blev foreslået: • Hjemløshed ...", "Beslutning
// Godkendt Emilly L. K. Pedersen og ... var fraværende. ...", "Beslutning
// Taget til efterretning. Bilag Bilag 1: ...": a decision heading without
// its colon at the start of a long line, the decision (and what follows it
// on a transcript's page) after it: web agenda systems print "Beslutning"
// as a label of its own line over the decision (Ishøj's Udsatteråd,
// Brønderslev's Integrationsråd, Rødovre's Social- og Sundhedsudvalg), a
// PDF transcript runs them together. Only a capitalised word after the
// heading ("Beslutning i Byrådet den ...:" names its body and day).
std::optional<SectionHead> long_decision_without_colon(std::string_view line) {
  for (std::string_view heading : {std::string_view("Beslutning "), std::string_view("BESLUTNING ")}) {
    if (!line.starts_with(heading)) continue;
    const std::string_view rest = trim(line.substr(heading.size()));
    if (!starts_upper(rest) || rest.front() == '"' || rest.front() == '\'') return std::nullopt;
    return SectionHead{"beslutning", std::string(trim(heading)), std::string(rest)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<SectionHead> section_head(std::string_view line) {
  line = trim(line);
  if (line.empty()) return std::nullopt;
  auto kind_of = [](std::string_view h) {
    h = trim(h);
    while (!h.empty() && (h.back() == ':' || h.back() == '.')) h.remove_suffix(1);
    return voc::section_kind(text::fold(h));
  };
  // "Beslutning den Godkendt.", "Beslutning Byrådet den", "BESLUTNING I
  // KOMMUNALBESTYRELSEN DEN Godkendt.": a heading that names its day, the
  // date and its colon lost in a PDF transcript, its decision after it.
  if (line[0] == 'B')
    if (const std::size_t n = voc::dateless_decision_heading(line); n > 0)
      return SectionHead{"beslutning", std::string(trim(line.substr(0, n))), std::string(trim(line.substr(n)))};
  if (line.size() > 160) {
    // A long decision after its heading on one line ("Beslutning:
    // Bestyrelsen tiltrådte FU s indstillinger. Bestyrelsen besluttede ...").
    // ("Beslutning Det blev besluttet, at der på sigt skal udarbejdes ...",
    // "Beslutning Taget til efterretning. Bilag ...": the heading without
    // its colon, as a transcript's page runs it into its decision and the
    // rest of the page; a capital opens the decision.)
    if (const auto plain = long_decision_without_colon(line)) return plain;
    const auto colon = line.find(": ");
    if (colon == std::string_view::npos || colon > 40) return std::nullopt;
    const auto k = kind_of(line.substr(0, colon));
    if (!k || (*k != "beslutning" && *k != "referat")) return std::nullopt;
    return SectionHead{*k, std::string(line.substr(0, colon + 1)), std::string(trim(line.substr(colon + 1)))};
  }
  if (auto k = kind_of(line)) {
    // A heading line ends with its heading, or with a colon; not when a
    // heading's colon has the text after it ("Beslutning den 3. maj 2017:
    // Godkendt.", "Beslutning den : Godkendt.": a heading that names its
    // day, then its text, below).
    const auto colon = line.find(": ");
    const bool text_after = colon != std::string_view::npos && kind_of(line.substr(0, colon + 1));
    if (line.size() <= 100 && !text_after) return SectionHead{*k, std::string(line), {}};
  }
  // "Bornholms Ældreråd, den 23. marts 2021:": the body and the day it
  // treated the item, over what it decided (eDagsorden's web pages). The
  // closing colon makes it a heading (without it, it may be a title line).
  // (Also without the comma, "Natur- og Miljøudvalget den 25. september
  // 2018:" / "Else Merete Knoop vælges som næstformand.", the same pages of
  // Bornholm's committees: the date alone after it, in digits.)
  if (line.back() == ':' && line.size() <= 100) {
    const std::string f = text::fold(line.substr(0, line.size() - 1));
    const auto comma = f.find(", den ");
    const auto den = comma != std::string::npos ? comma : f.find(" den ");
    if (den != std::string::npos && den > 0) {
      const std::size_t date_at = den + (comma != std::string::npos ? 6 : 5);
      const std::string_view body = std::string_view(f).substr(0, den);
      const auto ws = text::words(body);
      // (Also with the date's digits lost: "Bornholms Ældreråd, den . marts :".)
      const bool dated = comma != std::string::npos
                             ? find_date(line) || voc::is_date_remnant(std::string_view(f).substr(date_at))
                             : is_digit(f[date_at]) && text::words(std::string_view(f).substr(date_at)).size() <= 3 &&
                                   find_date(line);
      if (ws.size() <= 6 && body.find_first_of("0123456789") == std::string_view::npos && voc::is_body_name(body) &&
          dated)
        return SectionHead{"beslutning", std::string(line), {}};
    }
  }
  if (const std::size_t n = body_meeting_heading_length(line); n > 0)
    return SectionHead{"beslutning", std::string(trim(line.substr(0, n))), std::string(trim(line.substr(n)))};
  // "Beslutning: Godkendt." — the heading and its text on one line; also
  // "Beslutning:Godkendt." (a bold heading that lost its space) and a
  // table's row of two cells, "Beslutning<TAB>Godkendt.".
  if (const auto colon = line.find(':'); colon != std::string_view::npos && colon <= 100 && colon + 1 < line.size()) {
    const std::string_view rest = trim(line.substr(colon + 1));
    // ("Referat: William Hobel Husted" under the last item names who wrote
    // the minutes: a signature, no section.)
    // (Also a known first name alone, as small groups name their minute
    // taker: "Valg af dirigent og referent" / "Referat: Karl" / "Dirigent:
    // Nils", a LAP working group.)
    auto signature = [&] {
      const auto ws = text::words(rest);
      if (ws.size() == 1) return voc::is_first_name(ws[0]);
      return ws.size() >= 2 && ws.size() <= 4 && std::all_of(ws.begin(), ws.end(), [](std::string_view w) {
               return text::starts_capital(w) && text::has_lower_after_first(w) && w.back() != '.';
             });
    };
    // ("Referat: 27. oktober 2025 kl. 08:00" names the document and its
    // meeting's day: no section either.)
    auto dated = [&] {
      const auto d = find_date(rest);
      return d && text::words(rest).size() <= 8 && rest.find_first_of("0123456789") < 12;
    };
    if ((line[colon + 1] == ' ' || starts_upper(rest)) && !rest.empty())
      if (auto k = kind_of(line.substr(0, colon + 1)); k && !(*k == "referat" && (signature() || dated())))
        return SectionHead{*k, std::string(line.substr(0, colon + 1)), std::string(rest)};
  }
  if (const auto tab = line.find('\t'); tab != std::string_view::npos && tab <= 100 &&
                                         line.find('\t', tab + 1) == std::string_view::npos) {
    const std::string_view rest = trim(line.substr(tab + 1));
    if (!rest.empty())
      if (auto k = kind_of(line.substr(0, tab)))
        return SectionHead{*k, std::string(trim(line.substr(0, tab))), std::string(rest)};
  }
  // "Beslutning Godkendt.", "BESLUTNING - Taget til efterretning.": a web
  // page or a transcript that lost the colon; the text starts with a capital.
  // (Those headings start with B, I, P, R, S or Ø: other lines skip the loop.)
  const char first = line[0];
  const bool may_lead = first == 'B' || first == 'I' || first == 'P' || first == 'R' || first == 'S' ||
                        static_cast<unsigned char>(first) == 0xC3;
  for (std::string_view heading : voc::run_on_section_headings()) {
    if (!may_lead) break;
    if (!text::starts_with(line, heading) || line.size() <= heading.size() + 2) continue;
    if (line[heading.size()] != ' ') {
      // "BeslutningGodkendt.", "SagsfremstillingUdvalget besøger ...": a web
      // page's label cell run into its value cell, the value's capital right
      // after the label's last small letter.
      if (glued_label_value(line, heading.size()))
        if (auto k = kind_of(heading)) return SectionHead{*k, std::string(heading), std::string(line.substr(heading.size()))};
      continue;
    }
    std::string_view rest = trim(line.substr(heading.size()));
    for (std::string_view dash : {"- ", "– "})
      if (text::starts_with(rest, dash)) rest = trim(rest.substr(dash.size()));
    if (!starts_upper(rest) || voc::section_kind(text::fold(line))) break;
    // ("Beslutning Ældrerådet den 10-11-2016" is a heading of its own, read above.)
    if (auto k = kind_of(heading))
      return SectionHead{*k, std::string(heading), std::string(rest)};
    break;
  }
  return std::nullopt;
}

bool is_section_line(const Line& l) { return section_head(l.text).has_value(); }

// Whether "Referat" stands alone on three lines or more: minutes that
// label each item's outcome so ("2: Referat fra uddelingsmøde ..." /
// "Referat" / "Et enigt udvalg godkendte indstillingen fra Ældrerådet"),
// where the label is a heading even over a sentence that names a body, a
// label or a date; the document names itself once, or on each page's
// header over the meeting's date.
bool minutes_label_repeated(const std::vector<Line>& lines) {
  int n = 0;
  for (const Line& l : lines)
    if (l.text.size() == 7 && (l.text[0] == 'R' || l.text[0] == 'r') && text::fold(l.text) == "referat" && ++n >= 3)
      return true;
  return false;
}

bool names_document(const std::vector<Line>& lines, std::size_t i) {
  // (Most lines are long or start otherwise: no folding for them.)
  const std::string& raw = lines[i].text;
  if (raw.size() < 7 || raw.size() > 30 || !(raw[0] == 'R' || raw[0] == 'r' || raw[0] == 'D' || raw[0] == 'd' ||
                                             raw[0] == 'B' || raw[0] == 'b'))
    return false;
  const std::string f = text::fold(raw);
  if (f != "referat" && f != "dagsorden" && f != "beslutningsprotokol" && f != "referat og beslutninger") return false;
  if (i + 1 >= lines.size()) return true;
  // The document's first line, its title ("Referat" over a PDF
  // transcript's pages, a web page's heading), names the document.
  if (i == 0) return true;
  const std::string& next = lines[i + 1].text;
  if (f == "referat" && minutes_label_repeated(lines))
    return find_date(next.substr(0, std::min<std::size_t>(next.size(), 15))).has_value();
  const std::string joined = f + " " + text::fold(next);
  return find_date(next.substr(0, std::min<std::size_t>(next.size(), 60))) || label_of(lines[i + 1]).has_value() ||
         voc::title_lead_in(joined) > f.size() + 1 || voc::is_body_name(text::fold(next));
}

namespace {

// "Social- og Sundhedsudvalget, den Udvalget fandt ...", "Byrådet, den 3.
// maj 2012: Godkendt.": the body and the day it treated the item (the
// heading "<Body>, den <date>:"), its decision run into the same line, as a
// PDF transcript prints a case's table, the date's digits or all of it
// lost. Returns the heading's length (up to the decision's first word), or
// 0.
std::size_t body_day_heading_length(std::string_view line) {
  const auto den = line.find(", den ");
  if (den == std::string_view::npos || den == 0 || den > 60) return 0;
  if (!heading_body_name(text::fold(line.substr(0, den)))) return 0;
  // The date, what is left of it: digits, months, "kl.", punctuation.
  std::size_t at = den + 6;
  for (std::string_view w : text::words(line.substr(at))) {
    if (starts_upper(w)) return static_cast<std::size_t>(w.data() - line.data());
    if (!voc::is_date_remnant(text::fold(w))) return 0;
  }
  return 0;
}

// Words an attachments' row holds when the case has none: "Ingen",
// "Intet", "-".
bool no_attachments(std::string_view value) {
  value = trim(value);
  while (!value.empty() && value.back() == '.') value.remove_suffix(1);
  return value == "Ingen" || value == "ingen" || value == "Intet" || value == "intet" || value == "-";
}

// The decision a PDF transcript ran into a case's attachments' row, the
// row printed last in the case's table (the decision under it): `value`
// is what follows the label "Bilag:" when the case has no attachments.
// A decision heading with its text ("Beslutning i Kultur- og
// Idrætsudvalget den : Godkendt."), the body and its day ("Social- og
// Sundhedsudvalget, den Udvalget fandt ..."), or, after "Ingen" (`none`,
// on the row or as its value), a verdict ("Godkendt med følgende
// bemærkninger: ..."). Returns the decision's section, or nothing.
std::optional<Section> decision_of_attachments_row(std::string_view value, bool none) {
  value = trim(value);
  if (value.empty() || !starts_upper(value)) return std::nullopt;
  if (value[0] == 'B' || value[0] == 'R') {
    if (auto h = section_head(value.substr(0, std::min<std::size_t>(value.size(), 100)));
        h && (h->kind == "beslutning" || h->kind == "referat") && !h->heading.empty() &&
        text::starts_with(value, h->heading) && value.size() > h->heading.size())
      return Section{h->kind, h->heading, std::string(trim(value.substr(h->heading.size())))};
  }
  if (const std::size_t n = body_day_heading_length(value); n > 0)
    return Section{"beslutning", std::string(trim(value.substr(0, n))), std::string(trim(value.substr(n)))};
  if (none && (opens_with_verdict(value) || subject_verdict(value)))
    return Section{"beslutning", std::nullopt, std::string(value)};
  return std::nullopt;
}

// "Bilag: Beslutning i Kultur- og Idrætsudvalget den : Godkendt.", "Bilag:
// Ingen Godkendt med følgende bemærkninger: ...": the attachments' row and
// the decision run into one line. The attachments' section keeps what it
// lists ("Ingen"), the decision is a section of its own. Returns whether
// `line` was so split into `item`'s sections.
bool decision_after_attachments(Item& item, std::string_view line) {
  if (!(text::starts_with(line, "Bilag:") || text::starts_with(line, "BILAG:"))) return false;
  std::string_view rest = trim(line.substr(6));
  std::string_view none;
  for (std::string_view w : {"Ingen ", "Intet ", "ingen ", "- "})
    if (text::starts_with(rest, w)) {
      none = trim(rest.substr(0, w.size()));
      rest = trim(rest.substr(w.size()));
      break;
    }
  auto decision = decision_of_attachments_row(rest, !none.empty());
  if (!decision) return false;
  item.sections.push_back({"bilag", std::string(line.substr(0, 6)), std::string(none)});
  item.sections.push_back(std::move(*decision));
  return true;
}

// Whether `heading` alone is a decision heading that names the body and its
// day: "Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 16", "Bornholms
// Ældreråd, den 23. marts 2021:", "Beslutning i Byrådet 27. november 2018:".
bool day_heading(std::string_view heading) {
  const auto head = section_head(heading);
  return head && head->kind == "beslutning" && head->text.empty() && find_date(heading).has_value();
}

// A decision heading that names the body and the day it treated the item,
// run into a line by a PDF transcript with the decision after it and the
// case's last words (or a treatments' table) before it: Roskilde's "...
// konsekvenser i 2016. Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 16
// Drøftet. Fraværende: ...", eDagsorden's "... Lukket punkt Bornholms
// Ældreråd 23-03-2021 2 Bornholms Ældreråd, den 23. marts 2021: Der blev
// holdt møde ...", Nyborg's "... Sagen afgøres i Byrådet Bilagsnr
// Beslutning i Byrådet 27. november 2018: Fraværende: ...". Returns where
// the heading starts and ends in `line`, or nothing. The heading ends after
// the item's number (", pkt. 16") or at its colon; it starts at the
// farthest capitalised word, up to fourteen words back from its end, from
// which the words are such a heading (a body's name, its day).
std::optional<std::pair<std::size_t, std::size_t>> run_in_day_heading(std::string_view line) {
  std::vector<std::size_t> ends;
  for (std::string_view mark : {std::string_view(", pkt. "), std::string_view(", punkt ")})
    for (auto at = line.find(mark); at != std::string_view::npos; at = line.find(mark, at + 1)) {
      std::size_t e = at + mark.size();
      while (e < line.size() && is_digit(line[e])) ++e;
      if (e == at + mark.size()) continue;
      if (e < line.size() && line[e] == ':') ++e;
      ends.push_back(e);
    }
  for (std::string_view mark : {std::string_view(", den "), std::string_view("Beslutning i "), std::string_view("BESLUTNING I ")})
    for (auto at = line.find(mark); at != std::string_view::npos; at = line.find(mark, at + 1)) {
      const auto colon = line.find(':', at);
      if (colon != std::string_view::npos && colon - at <= 60) ends.push_back(colon + 1);
    }
  std::sort(ends.begin(), ends.end());
  for (const std::size_t e : ends) {
    // The decision follows on the line, or on the next when the heading
    // ends the line after the case's words ("... Åbent punkt Det Lokale
    // Beskæftigelsesråd i Roskilde, 20-08-2014, pkt. 59" / "Fraværende: ...").
    if (e > line.size() || (e < line.size() && line[e] != ' ')) continue;
    const std::string_view before = line.substr(0, e);
    const auto ws = text::words(before);
    std::optional<std::size_t> start;
    for (std::size_t back = 1; back <= 14 && back <= ws.size(); ++back) {
      const std::string_view w = ws[ws.size() - back];
      if (!starts_upper(w)) continue;
      const auto p = static_cast<std::size_t>(w.data() - line.data());
      if (day_heading(line.substr(p, e - p))) start = p;
    }
    if (start) return std::make_pair(*start, e);
  }
  return std::nullopt;
}

// A decision heading that names the body and its day, begun at the end of
// the item's head line and ended on the text's first line: a transcript
// runs Region Sjælland's case head and its treatment into one line ("1.
// Godkendelse af dagsorden Åbent Politisk styregruppe for
// Sundhedsplatformen Brevid: 3830540 Behandling i Politisk styregruppe for
// Sundhedsplatformen mandag den 13. maj 2019, pkt. 1 Dagsordenen blev
// godkendt."), and the run-on title's cut, a number of words, may fall
// inside the heading ("... Behandling i Politisk styregruppe for" /
// "Sundhedsplatformen mandag den 13. maj 2019, pkt. 1 Dagsordenen ...").
// The title and the line read together give the heading; the decision is
// the line after the heading's end (Region Sjælland's Udvalget for det
// nære sundhedsvæsen, Udvalget for sundhed for alle and Politisk
// styregruppe for Sundhedsplatformen).
std::optional<Section> day_heading_across_title(std::string_view title, std::string_view line) {
  if (title.empty() || line.size() < 20) return std::nullopt;
  // (Only the title's last words and the line's first ones can hold it.)
  const auto tw = text::words(title);
  const std::string_view tail =
      tw.size() > 14 ? title.substr(static_cast<std::size_t>(tw[tw.size() - 14].data() - title.data())) : title;
  const std::string_view head = line.substr(0, std::min<std::size_t>(line.size(), 200));
  const std::string joined = std::string(tail) + " " + std::string(head);
  const auto run_in = run_in_day_heading(joined);
  if (!run_in) return std::nullopt;
  const auto [from, to] = *run_in;
  if (from >= tail.size() || to <= tail.size() + 1) return std::nullopt;
  const std::size_t on_line = to - tail.size() - 1;
  const std::string_view decision = trim(line.substr(on_line));
  if (decision.empty()) return std::nullopt;
  return Section{"beslutning", std::string(trim(std::string_view(joined).substr(from, to - from))),
                 std::string(decision)};
}

// "Beslutning", "BESLUTNING", "Beslutninger": a decision heading alone
// that ends a line after a sentence's end, as a transcript runs the
// heading onto the case's text while its decision starts the next line.
bool heading_ends_line(std::string_view rest) {
  return rest == "Beslutning" || rest == "BESLUTNING" || rest == "Beslutninger" || rest == "Beslutning:" ||
         rest == "BESLUTNING:";
}

}  // namespace

void add_item_line(Item& item, std::string_view line, bool plain) {
  line = trim(line);
  if (line.empty()) return;
  const std::string current = item.sections.empty() ? std::string() : item.sections.back().kind;
  if (!plain && decision_after_attachments(item, line)) return;
  // The decision on the line after an attachments' row that lists none
  // ("Bilag:" / "Social- og Sundhedsudvalget, den Udvalget fandt ...").
  if (!plain && current == "bilag" && (item.sections.back().text.empty() || no_attachments(item.sections.back().text)))
    if (auto decision = decision_of_attachments_row(line, !item.sections.back().text.empty())) {
      item.sections.push_back(std::move(*decision));
      return;
    }
  if (auto head = plain ? std::nullopt : section_head(line)) {
    // "Baggrund" inside Sagsfremstilling is a sub-heading, not a section.
    if (!(head->kind == "baggrund" && current == "sagsfremstilling")) {
      // "POLITISK BEHANDLING" / "Forretningsudvalgets beslutning den ...:":
      // an empty heading of the same kind before it is its super-heading.
      if (!item.sections.empty() && item.sections.back().kind == head->kind && item.sections.back().text.empty())
        item.sections.pop_back();
      item.sections.push_back({head->kind, head->heading, head->text});
      return;
    }
  }
  // The line before ends a paragraph, no sub-heading ("Budget 2026") over
  // the part this line tells.
  auto after_paragraph = [&] {
    const std::string& t = item.sections.back().text;
    const auto nl = t.rfind('\n');
    const std::string_view last = nl == std::string::npos ? std::string_view(t) : std::string_view(t).substr(nl + 1);
    return ends_sentence(last) || text::words(last).size() > 6;
  };
  if (current != "indstilling" && starts_recommendation(line))
    item.sections.push_back({"indstilling", std::nullopt, {}});
  // A verdict after the recommendation or the case's text, with no heading
  // ("Det indstilles, at planen godkendes." / "Godkendt, idet ..."): the
  // decision (each of them in a page that runs several cases together).
  else if (!plain && (current == "indstilling" || current == "tekst" || current == "resumé") &&
           !item.sections.back().text.empty() &&
           (opens_with_verdict(line) ||
            (subject_verdict(line) && (current == "indstilling" || after_paragraph()))) &&
           text::words(line).size() <= 60) {
    item.sections.push_back({"beslutning", std::nullopt, std::string(line)});
    return;
  }
  // A decision run into the line before it (a transcript or a page that
  // lost its line breaks): "... til formandsposten. Beslutning: Bestyrelsen
  // tiltrådte FU s indstillinger."; after a recommendation, also the
  // sentence that opens with a verdict ("FU indstiller: At ... afholdes.
  // Godkendt."). The decision starts there.
  // A heading that names its day, its date lost, run into the line before
  // it with no sentence's end ("... Sagsnr.: 08/1377 Beslutning den
  // Godkendt.", a transcript's short page that kept its line): the decision
  // starts there.
  if (!plain && line.size() > 20)
    for (std::string_view label : {" Beslutning ", " BESLUTNING "})
      if (const auto at = line.find(label); at != std::string_view::npos) {
        const std::string_view rest = line.substr(at + 1);
        const std::size_t n = voc::dateless_decision_heading(rest);
        if (n == 0) continue;
        add_item_line(item, line.substr(0, at), true);
        item.sections.push_back({"beslutning", std::string(trim(rest.substr(0, n))), std::string(trim(rest.substr(n)))});
        return;
      }
  // Such a heading begun in the item's head, whose title took its first
  // words: the decision starts after the heading's end on this line.
  if (!plain && item.sections.empty())
    if (auto decision = day_heading_across_title(item.title, line)) {
      item.sections.push_back(std::move(*decision));
      return;
    }
  // A decision heading that names the body and its day, run into the line
  // with the decision after it: the decision starts there.
  if (!plain && line.size() > 40)
    if (const auto run_in = run_in_day_heading(line)) {
      const auto [from, to] = *run_in;
      if (from > 0) add_item_line(item, line.substr(0, from), true);
      item.sections.push_back({"beslutning", std::string(trim(line.substr(from, to - from))),
                               std::string(trim(line.substr(to)))});
      return;
    }
  if (!plain && line.size() > 40) {
    const bool recommended = !item.sections.empty() && item.sections.back().kind == "indstilling";
    for (auto d = line.find(". "); d != std::string_view::npos; d = line.find(". ", d + 1)) {
      const std::string_view rest = trim(line.substr(d + 1));
      if (d < 12 || rest.empty()) continue;
      std::optional<SectionHead> head;
      if (rest[0] == 'B' || rest[0] == 'K' || rest[0] == 'R') {
        head = section_head(rest.substr(0, std::min<std::size_t>(rest.size(), 100)));
        if (head && ((head->kind != "beslutning" && head->kind != "referat") || head->text.empty() ||
                     head->heading.empty() || head->heading.back() != ':' ||
                     !text::starts_with(rest, head->heading)))
          head.reset();
        if (head) head->text = std::string(trim(rest.substr(head->heading.size())));
      }
      // ("Godkendelse af åben dagsorden for KB den 22. januar 2020.
      // Beslutning" / "Ikke til stede: ... Godkendt": the decision heading
      // a transcript ran onto the end of the case's text, the decision on
      // the next line; Stevns' KB, Ældreråd and Udsatteråd, Holbæk's and
      // Thisted's committees.)
      if (!head && heading_ends_line(rest)) {
        add_item_line(item, line.substr(0, d + 1), true);
        item.sections.push_back({"beslutning", std::string(rest), {}});
        return;
      }
      if (!head && !(recommended && (opens_with_verdict(rest) || subject_verdict(rest)))) continue;
      add_item_line(item, line.substr(0, d + 1), true);
      if (head) item.sections.push_back({head->kind, head->heading, head->text});
      else item.sections.push_back({"beslutning", std::nullopt, std::string(rest)});
      return;
    }
  }
  if (item.sections.empty()) item.sections.push_back({"tekst", std::nullopt, {}});
  std::string& t = item.sections.back().text;
  if (!t.empty()) t += '\n';
  t.append(line);
}

namespace {

bool closing_verdict(std::string_view sentence);

// "Intet", "Intet.", "Intet nyt", "Intet at bemærke. Formanden takker for
// ...": the minutes' word that the item brought nothing (an "Eventuelt", a
// round of news), as its first sentence. (Not "Intet referat", nor "Ingen
// dykkere.": what there was none of.)
bool nothing_to_report(std::string_view line) {
  std::string f = text::fold(trim(first_sentence(trim(line))));
  while (!f.empty() && (f.back() == '.' || f.back() == '!')) f.pop_back();
  return f == "intet" || f == "intet nyt" || f == "intet at bemærke" || f == "intet at berette" ||
         f == "intet at rapportere";
}

std::vector<std::string> sentence_words(std::string_view line);
bool dated_sentence(std::string_view line);
bool has_verdict_word(const std::vector<std::string>& ws);

// "Dirigenten erklærede generalforsamlingen få rettidig indkaldt.",
// "Dirigenten konstaterer generalforsamlingen for lovligt indvarslet": the
// dirigent's declaration that the general assembly was lawfully convened
// opens the election's text of most general assemblies' minutes; it is
// procedure, not the item's outcome (a Parkinson branch, a brain injury
// association's branch, a hunting association, an antenna guild). `ws`:
// the line's folded words.
bool dirigent_declares(const std::vector<std::string_view>& ws) {
  if (ws.size() < 3 || ws[0] != "dirigenten") return false;
  std::string_view verb = ws[1];
  while (!verb.empty() && verb.back() == ',') verb.remove_suffix(1);
  return verb == "konstaterede" || verb == "erklærede" || verb == "konstaterer" || verb == "erklærer";
}

// Whether the words of `f` (folded) name the next meeting: "næste møde",
// "næste bestyrelsesmøde", "næste telemøde", "mødedato", "ny mødedato".
bool names_next_meeting(std::string_view f) {
  const auto ws = text::words(f);
  for (std::size_t k = 0; k < ws.size(); ++k) {
    std::string_view w = ws[k];
    while (!w.empty() && (w.back() == '.' || w.back() == ':' || w.back() == ',')) w.remove_suffix(1);
    if (text::starts_with(w, "mødedato")) return true;
    if (k + 1 < ws.size() && w == "næste") {
      std::string_view n = ws[k + 1];
      while (!n.empty() && (n.back() == '.' || n.back() == ':' || n.back() == ',')) n.remove_suffix(1);
      if (ends_with(n, "møde")) return true;
    }
  }
  return false;
}

// Whether `sentence` names a day or an hour ("14. april", "30/9 2009",
// "kl. 19.00").
bool names_day(std::string_view sentence) {
  return find_date(sentence) || find_day_in_year(text::fold(sentence), 2000) || find_time(sentence);
}

// "Næste møde" / "Aftales efter den ekstraordinære generalforsamling",
// "Næste møde:" / "Besluttes efter generalforsamlingen.", "Næste møde" /
// "Aftales efter landsmødet": under a title that names the next meeting, a
// bare passive that says when its day will be settled is the item's
// outcome (a dike guild's board, an owners' association's board, LAP's
// labour market group).
bool next_meeting_settled_later(std::string_view title, std::string_view sentence) {
  if (!starts_upper(sentence) || !names_next_meeting(text::fold(title))) return false;
  const auto ws = sentence_words(sentence);
  if (ws.empty() || ws.size() > 12) return false;
  static constexpr auto k_later = std::to_array<std::string_view>(
      {"aftales", "besluttes", "fastlægges", "fastsættes", "aftalt", "besluttet"});
  return std::find(k_later.begin(), k_later.end(), ws[0]) != k_later.end();
}

// The day fixed for the next meeting, the outcome of an item on it: under
// a title that names the next meeting, a first line that opens with the day
// ("Tirsdag den 14. April kl. 18", "Onsdag 15. maj kl. 9 ...", "19. januar
// 2010") or decides it ("Det blev aftalt at næste møde ... afholdes onsdag
// den 30. september 2009"). Fresh minutes of an andelsboligforening, a sports
// club, a museum's board and a board of lay members.
bool fixes_next_meeting(std::string_view title, std::string_view line) {
  const std::string_view sentence = first_sentence(trim(line));
  if (next_meeting_settled_later(title, sentence)) return true;
  // (The line, not its first sentence, names the day: "den 14. April".)
  if (sentence.empty() || line.size() > 300 || !names_day(line)) return false;
  const std::string f = text::fold(sentence.substr(0, std::min<std::size_t>(sentence.size(), 60)));
  const auto ws = text::words(f);
  if (ws.empty()) return false;
  // "Næste telemøde er aftalt til mandag den 30. november kl 9:00.",
  // "Næste møde er fastsat til den 5. maj.": the sentence itself opens with
  // the next meeting and settles its day, under any title ("Eventuelt"; a
  // nurses' society's board, case 346).
  if (ws.size() >= 3 && ws[0] == "næste" && ends_with(ws[1], "møde")) {
    const auto sw = sentence_words(sentence);
    const std::size_t v = sw.size() >= 4 && (sw[2] == "er" || sw[2] == "blev") ? 3 : 2;
    if (v < sw.size() && (sw[v] == "aftalt" || sw[v] == "fastsat" || sw[v] == "fastlagt" || sw[v] == "besluttet"))
      return true;
  }
  if (!names_next_meeting(text::fold(title))) return false;
  static constexpr auto k_days = std::to_array<std::string_view>(
      {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "den", "d."});
  std::string_view w0 = ws[0];
  while (!w0.empty() && (w0.back() == ',' || w0.back() == ':')) w0.remove_suffix(1);
  return is_digit(w0[0]) || std::find(k_days.begin(), k_days.end(), w0) != k_days.end() ||
         has_verdict_word(sentence_words(sentence));
}

// Under an election's title ("Valg af referent", "Valg af ordstyrer"), a
// short first sentence that says who was elected: "Anne valgt", "Camilla
// Bendix Rasmussen vælges som ordstyrer.", "Som dirigent valgtes X", "X
// genvælges." (the present passive and the bare participle of small
// boards' and general meetings' minutes; not "skal vælges", "ikke valgt").
bool names_the_elected(std::string_view line) {
  if (!starts_upper(line)) return false;
  const auto ws = sentence_words(line);
  if (ws.size() < 2 || ws.size() > 10) return false;
  static constexpr auto k_elected = std::to_array<std::string_view>(
      {"valgt", "vælges", "valgtes", "genvalgt", "genvælges", "genvalgtes", "udpeget", "udpeges"});
  for (std::size_t k = 1; k < ws.size(); ++k) {
    if (std::find(k_elected.begin(), k_elected.end(), ws[k]) == k_elected.end()) continue;
    const std::string& before = ws[k - 1];
    return before != "skal" && before != "kan" && before != "vil" && before != "ikke" && before != "bør" &&
           before != "må" && before != "at";
  }
  return false;
}

void mark_opening_verdict(Item& item) {
  if (decided(item) || item.sections.empty() || item.sections.front().kind != "tekst") return;
  Section& first = item.sections.front();
  // The first line after the item's attachments ("Bilag 1", "(Bilag 8 og
  // 9 til dagsorden 4)"), and of it the first sentence ("Regulativet
  // vedtaget med sletning af parentes. Regulativet offentliggøres ...").
  std::string_view rest = first.text;
  std::string_view line;
  for (int k = 0; k < 4 && !rest.empty(); ++k) {
    const auto nl = rest.find('\n');
    line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    const std::string f = text::fold(line.substr(0, std::min<std::size_t>(line.size(), 12)));
    // (Also the case's particulars before a bare verdict: "Sagsnr.:
    // 24/1234" / "Åben sag" / "Godkendt.")
    if (!((text::starts_with(f, "bilag") || text::starts_with(f, "(bilag")) && text::words(line).size() <= 10) &&
        !case_meta_line(line))
      break;
    line = {};
  }
  if (line.empty()) return;
  // "Valg af ordstyrer" / "Lone", "Valg af dirigent" / "Henning Jensen": an
  // election's outcome is the one elected, a known first name first.
  if (const std::string ft = text::fold(item.title);
      text::starts_with(ft, "valg af ") || text::starts_with(ft, "valg til ")) {
    const auto ws = text::words(line);
    if (!ws.empty() && ws.size() <= 4 && line.back() != ':' &&
        std::all_of(ws.begin(), ws.end(), [](std::string_view w) { return text::starts_capital(w); })) {
      std::string_view given = ws.front();
      while (!given.empty() && (given.back() == ',' || given.back() == '.')) given.remove_suffix(1);
      if (voc::is_first_name(given)) {
        first.kind = "beslutning";
        return;
      }
    }
    if (names_the_elected(line)) {
      first.kind = "beslutning";
      return;
    }
  }
  // "Næste møde" / "Tirsdag den 14. april kl. 18": the day fixed for the
  // next meeting is the outcome an item on the next meeting asks for.
  if (fixes_next_meeting(item.title, line)) {
    first.kind = "beslutning";
    return;
  }
  // "Det besluttedes at vi fremover ...", "Man vedtog at ...": the
  // meeting's decision told impersonally, opening the item's text.
  if ((impersonal_decision(sentence_words(line)) || body_verdict_in_perfect(sentence_words(line))) &&
      !dated_sentence(line)) {
    first.kind = "beslutning";
    return;
  }
  // "Ok", "OK.": the one-word assent of a small board's minutes.
  if (const std::string f = text::fold(line); voc::is_verdict(f) || f == "ok" || f == "ok." ||
                                              opens_with_verdict(line) || subject_verdict(line) ||
                                              closing_verdict(line) ||
                                              (starts_upper(line) && approves_earlier_minutes(line))) {
    first.kind = "beslutning";
    return;
  }
  // A long first sentence whose subject takes a verdict ("Dagsordenen blev
  // godkendt med den tilføjelse, at der under punkt 15 ...", "Referatet
  // godkendt med følgende rettelser ..."): the verdict within its first words.
  {
    const std::string folded = text::fold(line.substr(0, std::min<std::size_t>(line.size(), 60)));
    const auto ws = text::words(folded);
    for (std::size_t k = 1; k < ws.size() && k < 4; ++k) {
      std::string_view w = ws[k];
      while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
      if (w == "godkendt" || w == "godkendtes" || w == "vedtaget" || w == "tiltrådt" || w == "udsat") {
        first.kind = "beslutning";
        return;
      }
    }
  }
  // A long line whose first sentence is an approval ("Regulativ om
  // fotografering vedtaget med sletning af parentes. Regulativet ...").
  // (The sentence ends at a full stop not an ordinal's, "den 30. januar",
  // or at a semicolon: "Dagsorden for dette møde tilrettes og godkendes;
  // referat fra årsmødet den 30. januar 2020 godkendt.")
  auto stop = line.find(". ");
  while (stop != std::string_view::npos && stop >= 2 && is_digit(line[stop - 1])) stop = line.find(". ", stop + 1);
  if (const auto semi = line.find("; "); semi != std::string_view::npos && semi < stop) stop = semi;
  if (stop == std::string_view::npos || stop < 2) return;
  const std::string sentence = text::fold(line.substr(0, stop));
  const auto ws = text::words(sentence);
  if (ws.size() > 14) return;
  for (std::size_t k = 0; k < ws.size(); ++k) {
    const std::string_view w = ws[k];
    // ("Planen skal godkendes.", "Budgettet forventes vedtaget": what is
    // to come, an agenda's words.)
    if (k > 0 && (ws[k - 1] == "skal" || ws[k - 1] == "forventes" || ws[k - 1] == "bør" || ws[k - 1] == "vil" ||
                  ws[k - 1] == "kan"))
      continue;
    if (w == "godkendt" || w == "vedtaget" || w == "tiltrådt" || w == "godkendes" || w == "vedtages") {
      first.kind = "beslutning";
      return;
    }
  }
}

}  // namespace

namespace {

// Words told in the past tense, folded, as minutes write what happened:
// "blev", "var", "havde", "gik", "tog", "bød", "deltog", "fortalte",
// "aflagde", "gennemgik", a verb in -ede ("drøftede", "orienterede").
bool past_tense_word(std::string_view w) {
  static constexpr auto k_past = std::to_array<std::string_view>(
      {"blev", "var", "havde", "gik", "tog", "bød", "vedtog", "deltog", "valgtes", "godkendtes", "genvalgtes",
       "besluttedes", "drøftedes", "fortalte", "nævnte", "spurgte", "sendte", "mente", "valgte", "aflagde",
       "fremlagde", "sagde", "gav", "fik", "kom", "gennemgik", "redegjorde", "kendte", "talte", "svarte"});
  if (std::find(k_past.begin(), k_past.end(), w) != k_past.end()) return true;
  return w.size() >= 7 && ends_with(w, "ede") && w != "allerede" && !ends_with(w, "berede");
}

// The first sentence of `line`, folded, in words without their trailing
// punctuation.
std::vector<std::string> sentence_words(std::string_view line) {
  const std::string_view first = first_sentence(line);
  const std::string f = text::fold(first.substr(0, std::min<std::size_t>(first.size(), 160)));
  std::vector<std::string> out;
  for (std::string_view w : text::words(f)) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':' || w.back() == ';' || w.back() == '!'))
      w.remove_suffix(1);
    if (!w.empty()) out.emplace_back(w);
  }
  return out;
}

// A first sentence told in the past tense ("Preben blev valgt som
// referent.", "Gitte Holm fortalte om arbejdet ...").
bool told_in_past(std::string_view line) {
  const auto ws = sentence_words(line);
  return std::any_of(ws.begin(), ws.end(), [](const std::string& w) { return past_tense_word(w); });
}

// A year or a date in the first sentence: the history a case's text tells
// ("Byrådet vedtog i 2012 ...").
bool dated_sentence(std::string_view line) {
  const std::string_view sentence = first_sentence(line);
  return find_date(sentence) || history_year(sentence);
}

// An item's agenda text, sent out before the meeting: it says what is to
// come ("Planafdelingen vil på mødet give en status på arbejdet.", "Poul
// Nielsen ønsker udvalgets bemyndigelse til ...", "Sagen forelægges til
// orientering.") and tells nothing in the past tense.
bool agenda_paragraph(std::string_view para) {
  if (!starts_upper(para) || told_in_past(para)) return false;
  static constexpr auto k_cues = std::to_array<std::string_view>(
      {"vil", "skal", "ønsker", "ønskes", "bedes", "orienterer", "orienteres", "drøftes", "forelægges",
       "fremlægges", "præsenteres", "gennemgås", "behandles", "indstilles", "indstiller", "foreslår", "foreslås",
       "ansøger", "inviteres", "fremsendes", "forventes"});
  const std::string f = text::fold(para.substr(0, std::min<std::size_t>(para.size(), 400)));
  for (std::string_view w : text::words(f)) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':' || w.back() == ';')) w.remove_suffix(1);
    if (std::find(k_cues.begin(), k_cues.end(), w) != k_cues.end()) return true;
  }
  return false;
}

// A paragraph after the agenda text that is the meeting's own: told in the
// past tense ("Gitte Holm fortalte om ..."), a verdict ("Godkendt.",
// "Udvalget godkendte ..."), or a decision in the passive ("Poul Nielsen
// bemyndiges til ...", "Der bevilges 10.000 kr.", "Det besluttes at ..."),
// also the agreed action in the s-passive ("Velkomstfolder revideres og
// udsendes ...", "Ansøgere om medlemskab ringes op og interviewes ...",
// "Renovering af knæfald m.v. igangsættes.", "Forældrehenvendelser sendes
// videre til ledelsen."; a homeowners' board, an association's board, a
// parish council, a school board).
bool minutes_paragraph(std::string_view para) {
  if (opens_with_verdict(para) || subject_verdict(para)) return true;
  // (Any year here: a paragraph told in the past names the year of what
  // happened, budget or not; the budget's year is no history in a verdict.)
  if (told_in_past(para) && !dated_sentence(para) && !year_in(first_sentence(para))) return true;
  const auto ws = sentence_words(para);
  static constexpr auto k_passive = std::to_array<std::string_view>(
      {"bemyndiges", "bevilges", "besluttes", "vedtages", "tiltrædes", "godkendes", "aftales", "udsættes",
       "fastsættes", "afsættes", "tilføjes", "nedsættes", "vælges", "genvælges", "udpeges", "bevilliges",
       "revideres", "udsendes", "foretages", "undersøges", "iværksættes", "igangsættes", "arrangeres",
       "sendes", "ringes", "indkaldes"});
  for (std::size_t k = 1; k < ws.size() && k < 6; ++k) {
    if (ws[k - 1] == "skal" || ws[k - 1] == "kan" || ws[k - 1] == "vil" || ws[k - 1] == "bør") return false;
    if (std::find(k_passive.begin(), k_passive.end(), ws[k]) != k_passive.end()) return true;
  }
  return false;
}

// A first sentence that tells the meeting's own doings: its verb, within
// its first five words, in the simple past ("Listen med årets gang blev
// gennemgået, ...", "Formanden aflagde bestyrelsens beretning ..."), not
// the pluperfect of what came before ("Der havde været fremsat klager
// ...", "Der var givet en anbefaling ..."); or a decision in the passive
// ("Det besluttes at holde en mindre fest ...").
bool told_of_meeting(std::string_view line) {
  const auto ws = sentence_words(line);
  for (std::size_t k = 1; k < ws.size() && k < 5; ++k) {
    if (ws[k] == "havde" || ws[k] == "var" || ws[k] == "har" || ws[k] == "er") return false;
    if (past_tense_word(ws[k])) return !dated_sentence(line);
  }
  return !told_in_past(line) && minutes_paragraph(line);
}

// The paragraphs of `t` (lines joined by '\n'): a line starts one when it is
// the next of `starts`, the paragraphs' first lines in order.
std::vector<std::string_view> paragraphs_of(std::string_view t, const std::vector<std::string>& starts) {
  std::vector<std::string_view> out;
  std::size_t next = 0, begin = 0;
  for (std::size_t pos = 0; pos <= t.size();) {
    const auto nl = t.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? t.size() : nl;
    const std::string_view line = t.substr(pos, end - pos);
    const bool starts_here = next < starts.size() && line == starts[next];
    if (starts_here) ++next;
    if (starts_here && pos > begin) {
      out.push_back(t.substr(begin, pos - 1 - begin));
      begin = pos;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  if (begin < t.size()) out.push_back(t.substr(begin));
  return out;
}

}  // namespace

namespace {

bool verdict_words(std::string_view sentence);

// A sentence that closes an item's paragraph with its outcome: a verdict
// ("Beretningen blev enstemmigt godkendt.", "Forsamlingen godkendte
// enstemmigt regnskabet.", "Det blev besluttet at ...") or an election's
// result ("Kaja og Johnna blev genvalgt, og Lene blev indvalgt ...").
bool closing_verdict(std::string_view sentence) {
  if (!starts_upper(sentence)) return false;
  // (The words first, the date last: most lines are no verdict.)
  return verdict_words(sentence) && !dated_sentence(sentence);
}

// A verdict in the passive present after a subject in its definite form
// ("Ansøgningen imødekommes, forstået således ...", "Projektregnskabet
// godkendes, idet ...", "Forslaget vedtages."), or a sentence of eight
// words at most, one clause, that ends in a verdict's participle ("Tillægsbevilling op
// til kr. 220.718 godkendt.", "Budgetgennemgang taget til efterretning og
// godkendt."): provstiudvalg, a kulturskole's board, a lokalråd. (Not what
// is to come or still open: "skal godkendes", "endnu ikke godkendt".)
bool passive_or_participle_verdict(const std::vector<std::string>& ws) {
  if (ws.size() < 2) return false;
  static constexpr auto k_passive = std::to_array<std::string_view>(
      {"godkendes", "imødekommes", "vedtages", "tiltrædes", "bevilges", "bevilliges"});
  static constexpr auto k_participles = std::to_array<std::string_view>(
      {"godkendt", "vedtaget", "tiltrådt", "bevilget", "imødekommet"});
  auto in = [](const auto& list, const std::string& w) { return std::find(list.begin(), list.end(), w) != list.end(); };
  auto open = [&](std::size_t k) {
    for (std::size_t j = 0; j < k; ++j)
      if (ws[j] == "skal" || ws[j] == "forventes" || ws[j] == "bør" || ws[j] == "vil" || ws[j] == "kan" ||
          ws[j] == "endnu" || ws[j] == "at" || ws[j] == "hvis" || ws[j] == "når" || ws[j] == "såfremt")
        return true;
    return false;
  };
  const std::string& s0 = ws[0];
  const bool definite = s0.size() >= 6 && (ends_with(s0, "en") || ends_with(s0, "et") || ends_with(s0, "ne"));
  if (definite && in(k_passive, ws[1])) return true;
  return ws.size() <= 8 && in(k_participles, ws.back()) && !open(ws.size() - 1);
}

// The proposal and the election in one sentence, the election verb after
// "og": "Claus Sørensen blev foreslået og valgt", "Herefter blev Bjarne From
// foreslået som dirigent og valgt uden modkandidater", "Willy Rasmussen,
// konsulent i DIF, foreslås som dirigent og vælges." (associations' general
// meetings). A proposal alone ("Bestyrelsen foreslår X") is no verdict.
bool proposed_and_elected(const std::vector<std::string>& ws) {
  bool proposed = false;
  for (std::size_t k = 0; k + 1 < ws.size(); ++k) {
    if (ws[k] == "foreslået" || ws[k] == "foreslås" || ws[k] == "indstillet") proposed = true;
    if (proposed && ws[k] == "og" &&
        (ws[k + 1] == "valgt" || ws[k + 1] == "genvalgt" || ws[k + 1] == "vælges" || ws[k + 1] == "genvælges"))
      return true;
  }
  return false;
}

// closing_verdict() without its date test.
bool verdict_words(std::string_view sentence) {
  if (opens_with_verdict(sentence) || subject_verdict(sentence)) return true;
  const auto ws = sentence_words(sentence);
  if (ws.size() < 2 || ws.size() > 24) return false;
  if (passive_or_participle_verdict(ws)) return true;
  // "Det besluttes, at klubben indkøber ti nye pagajer.", "Der besluttes
  // følgende ændringer ...", "Det aftales, at ...": the impersonal decision
  // in the s-passive present, as boards minute what they settle after the
  // case (a kayak club's, a golf club's and a school's boards).
  if ((ws[0] == "det" || ws[0] == "der") && (ws[1] == "besluttes" || ws[1] == "vedtages" || ws[1] == "aftales"))
    return true;
  // "Beretningen blev enstemmigt godkendt.": a subject in its definite form,
  // an adverb of the vote, the verdict.
  const std::string& s0 = ws[0];
  const bool definite = s0.size() >= 6 && (ends_with(s0, "en") || ends_with(s0, "et") || ends_with(s0, "ne"));
  static constexpr auto k_verdicts = std::to_array<std::string_view>(
      {"godkendt", "godkendte", "vedtaget", "vedtog", "tiltrådt", "tiltrådte", "besluttede", "valgte"});
  auto verdict = [&](const std::string& w) { return std::find(k_verdicts.begin(), k_verdicts.end(), w) != k_verdicts.end(); };
  if (definite) {
    std::size_t v = 1;
    if (v < ws.size() && ws[v] == "blev") ++v;
    if (v < ws.size() && (ws[v] == "enstemmigt" || ws[v] == "endeligt" || ws[v] == "herefter" || ws[v] == "derefter"))
      ++v;
    if (v < ws.size() && verdict(ws[v])) return true;
  }
  // "Tonny Rasmussen blev enstemmigt valgt.", "Kaja og Johnna blev genvalgt".
  // "X betragtes som valgt", "X er valgt", "X valgtes".
  for (std::size_t k = 1; k + 1 < ws.size() && k < 12; ++k) {
    if (ws[k] == "valgtes" || ws[k] == "genvalgtes") return true;
    if (ws[k] != "blev" && ws[k] != "er" && !(ws[k] == "betragtes" && ws[k + 1] == "som")) continue;
    std::size_t v = ws[k] == "betragtes" ? k + 2 : k + 1;
    if (v < ws.size() && ws[v] == "enstemmigt" && v + 1 < ws.size()) ++v;
    if (v < ws.size() && (ws[v] == "valgt" || ws[v] == "genvalgt" || ws[v] == "indvalgt" || ws[v] == "nyvalgt"))
      return true;
  }
  return proposed_and_elected(ws);
}

// Splits section `k` of `item` at byte `at` of its text: the text from
// there on becomes a section of `kind` right after it; the text before it
// stays, trimmed.
void split_section(Item& item, std::size_t k, std::size_t at, std::string_view kind) {
  Section& sec = item.sections[k];
  Section rest{std::string(kind), std::nullopt, sec.text.substr(at)};
  sec.text = std::string(trim(std::string_view(sec.text).substr(0, at)));
  item.sections.insert(item.sections.begin() + static_cast<std::ptrdiff_t>(k) + 1, std::move(rest));
}

// "Bilag:" / "Aktdokument, Regnskab PUK 2021" / "Provstiudvalget godkender
// regnskabet." (also "Godkendt."): a case's attachments listed last, the
// decision under them with no heading (DAP's minutes of provstiudvalg).
// The decision is a sentence, no attachment's name. Returns whether the
// attachments' section `k` of `item` was so split.
bool split_verdict_after_attachments(Item& item, std::size_t k) {
  Section& sec = item.sections[k];
  const std::string_view t = sec.text;
  for (std::size_t pos = t.find('\n'); pos != std::string_view::npos; pos = t.find('\n', pos + 1)) {
    const std::size_t at = pos + 1;
    const std::string_view line = trim(t.substr(at, t.find('\n', at) - at));
    if (line.empty() || line.back() != '.' || text::fold(line).find(".pdf") != std::string::npos) continue;
    if (!(body_decides_now(line) || opens_with_verdict(line) || subject_verdict(line))) continue;
    split_section(item, k, at, "beslutning");
    return true;
  }
  return false;
}

// An item with no decision whose text closes a paragraph with its outcome
// ("Ad punkt 2: Formanden aflagde beretning ... Beretningen blev
// enstemmigt godkendt."): the decision starts at that sentence.
// "Formand: Bettina Zangenberg", "Kasserer og Distriktsrepræsentant :
// Rikke Juul Kruse (nyvalgt)": an officer's role (one to four words, a job
// title first) before a colon, a capitalised name after it, a short line.
bool role_line(std::string_view line) {
  line = trim(line);
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || line.size() > 100) return false;
  const std::string folded = text::fold(line.substr(0, colon));
  const auto label = text::words(folded);
  if (label.empty() || label.size() > 4 || !voc::is_job_title(label.front())) return false;
  return starts_upper(trim(line.substr(colon + 1)));
}

// An election's or a board's constitution ("Konstituering", "Valg af
// bestyrelse") whose text tells how it went and then lists the roles, one
// a line ("Bestyrelsen fik ikke konstitueret sig efter Generalforsamlingen
// ... og det blev hermed gjort på mødet:" / "Formand: Bettina Zangenberg" /
// "Næstformand: Michala Damm-Frydenberg (genvalgt)" / ...; the line before
// the list announces it with a colon): the list is the outcome, from its first role (a riding club's board, case 811; the list
// opening the text is minutes already, mark_minutes). Returns whether
// section `k` was so split.
bool split_roles_list(Item& item, std::size_t k) {
  const std::string ft = text::fold(item.title);
  if (!text::starts_with(ft, "konstituering") && !voc::speaks_of_election(ft)) return false;
  const std::string_view t = item.sections[k].text;
  std::size_t prev = std::string_view::npos;  // the start of the list's first role line
  bool announced = false;                      // the line before the list ends with its colon
  for (std::size_t pos = 0; pos < t.size();) {
    const auto nl = t.find('\n', pos);
    const std::string_view line = trim(t.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    if (!line.empty()) {
      if (!role_line(line)) {
        prev = std::string_view::npos;
        announced = line.back() == ':';
      } else if (prev == std::string_view::npos) {
        if (announced && pos > 0) prev = pos;
      } else {
        split_section(item, k, prev, "beslutning");
        return true;
      }
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return false;
}

void mark_closing_verdict(Item& item) {
  if (decided(item)) return;
  if (!item.sections.empty() && item.sections.front().kind == "tekst" && split_roles_list(item, 0)) return;
  for (std::size_t k = 0; k < item.sections.size(); ++k) {
    Section& sec = item.sections[k];
    if (sec.kind == "bilag") {
      if (split_verdict_after_attachments(item, k)) return;
      continue;
    }
    if (sec.kind != "tekst") continue;
    const std::string_view t = sec.text;
    for (std::size_t pos = 0; pos < t.size();) {
      const auto nl = t.find('\n', pos);
      const std::size_t end = nl == std::string_view::npos ? t.size() : nl;
      const std::string_view line = t.substr(pos, end - pos);
      // (A later line of the item's text that is its outcome; also the
      // body's verdict in the present tense, a paragraph of its own, after
      // the case's text or its attachments' list.)
      if (pos > 0 && (closing_verdict(line) || body_decides_now(line)) &&
          text::words(first_sentence(line)).size() <= 20) {
        split_section(item, k, pos, "beslutning");
        return;
      }
      // The sentences of the line after its first, each up to a full stop
      // before a capital (not an initial's).
      for (auto d = line.find(". "); d != std::string_view::npos; d = line.find(". ", d + 1)) {
        const bool initial = d >= 1 && line[d - 1] >= 'A' && line[d - 1] <= 'Z' && (d == 1 || line[d - 2] == ' ');
        const std::string_view rest = trim(line.substr(d + 1));
        if (initial || !starts_upper(rest) || !closing_verdict(rest)) continue;
        const std::size_t at = static_cast<std::size_t>(rest.data() - t.data());
        split_section(item, k, at, "beslutning");
        return;
      }
      if (nl == std::string_view::npos) break;
      pos = nl + 1;
    }
  }
}

}  // namespace

namespace {

// "1 Dagsorden godkendt.", "3 Den udsendte dagsorden blev godkendt.",
// "1. Referatet blev godkendt": a short item whose title is itself its
// verdict on the agenda or the minutes: the subject (the agenda or the
// minutes, "Den udsendte" before it at most), "blev" or nothing, and the
// participle, nothing after.
bool title_is_verdict(std::string_view title) {
  std::string f = text::fold(title);
  while (!f.empty() && (f.back() == '.' || f.back() == ' ')) f.pop_back();
  auto ws = text::words(f);
  std::size_t k = 0;
  if (ws.size() >= 2 && ws[0] == "den" && (ws[1] == "udsendte" || ws[1] == "fremsendte")) k = 2;
  if (k >= ws.size()) return false;
  const std::string_view subject = ws[k];
  if (!(text::starts_with(subject, "dagsorden") || text::starts_with(subject, "referat"))) return false;
  if (subject.size() > 12) return false;
  ++k;
  if (k < ws.size() && ws[k] == "blev") ++k;
  return k + 1 == ws.size() && (ws[k] == "godkendt" || ws[k] == "vedtaget" || ws[k] == "godkendtes");
}

}  // namespace

void mark_verdict(Item& item) { mark_opening_verdict(item); }

void mark_verdict_titles(std::vector<Item>& items) {
  for (Item& item : items) {
    if (!title_is_verdict(item.title)) continue;
    const bool quoted = std::any_of(item.sections.begin(), item.sections.end(), [&](const Section& s) {
      return (s.kind == "beslutning" || s.kind == "referat") && text::starts_with(s.text, item.title);
    });
    if (!quoted) item.sections.insert(item.sections.begin(), Section{"beslutning", std::nullopt, item.title});
  }
}

namespace {

// "Fraværende: Unnie Oldenburg (A) Godkendt.", "Fraværende: Dagsorden blev
// godkendt med tilføjelse af, at ...", "Fraværende: Niels Jørgensen blev
// valgt til ordstyrer.": the attendance echo that opens each decision of
// Slagelse's and Nyborg's agenda system (Beslutning i X den ...: /
// Fraværende: ... / the outcome), run into one line by a PDF transcript.
// `value`, what follows the label, holds the outcome when one of its
// capitalised words opens a verdict ("Godkendt.", "Dagsorden blev
// godkendt ...") or, after one to three capitalised words (the subject, a
// name), a verb told in the past ("Dorthe Christiansen orienterede om
// ...", "Niels Jørgensen blev valgt ..."); not who took no part ("Kaj
// Refslund (V) deltog ikke ...") nor a note on a name ("Jens Hansen, der
// var syg").
bool outcome_run_into_echo(std::string_view value) {
  const auto ws = text::words(value);
  for (std::size_t k = 0; k < ws.size(); ++k) {
    if (!starts_upper(ws[k])) continue;
    const std::string_view rest = value.substr(static_cast<std::size_t>(ws[k].data() - value.data()));
    if (!item_absence(first_sentence(rest)).empty()) return false;
    if (opens_with_verdict(rest) || subject_verdict(rest)) return true;
    std::size_t v = k;
    while (v < ws.size() && v < k + 3 && starts_upper(ws[v]) && ws[v].back() != ',' && ws[v].back() != '.') ++v;
    if (v > k && v < ws.size() && past_tense_word(text::fold(ws[v])) && text::fold(ws[v]) != "deltog") return true;
  }
  return false;
}

// What an attendance label's value holds after its names, when a PDF
// transcript ran the decision under it into its line ("Fraværende:  Palle
// Kristiansen (O), Sofie Janning (A) Gensidig orientering."): each name one
// to four capitalised words, a party or note in brackets after it, the
// names joined by commas or "og"; empty when nothing follows them.
std::string_view after_attendance_names(std::string_view value) {
  const auto ws = text::words(value);
  std::size_t k = 0;
  while (k < ws.size()) {
    std::size_t n = 0;
    bool comma = false;
    for (; k < ws.size() && n < 4 && starts_upper(ws[k]) && !comma; ++k, ++n) comma = ws[k].back() == ',';
    if (n == 0) break;
    while (!comma && k < ws.size() && ws[k].front() == '(') {
      while (k < ws.size() && ws[k].find(')') == std::string_view::npos) ++k;
      if (k < ws.size()) comma = ws[k++].back() == ',';
    }
    if (comma) continue;
    if (k < ws.size() && ws[k] == "og") {
      ++k;
      continue;
    }
    break;
  }
  if (k >= ws.size()) return {};
  return value.substr(static_cast<std::size_t>(ws[k].data() - value.data()));
}

// Whether `t` opens with a letter (ASCII or Danish), not a bullet or a
// dash: "• Udskriv Sagsid.: ..." after a name is a web page's furniture.
bool opens_with_letter(std::string_view t) {
  if (t.empty()) return false;
  const auto c = static_cast<unsigned char>(t.front());
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 0xC3;
}

// "Anne-Dorte Nygaard (A) deltog som stedfortræder for Tuncay Yilmaz.",
// "Kenneth Dahl og Morten Juhl deltog som suppleanter.", "..., og Peter
// Steffensen deltog i stedet.": one sentence saying who sat in for an
// absentee (Roskilde's committees, Hedensted's Landdistriktsråd,
// Langeland's council, Copenhagen's lokaludvalg).
bool substitute_sentence(std::string_view l) {
  if (l.empty() || !text::starts_capital(l) || first_sentence(l).size() + 1 < l.size()) return false;
  const auto phrases = voc::substitute_phrases();
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](std::string_view w) { return l.find(w) != std::string_view::npos; });
}

// One sentence that notes who left or came during the meeting ("Alex
// Vanopslagh og Flemming Steen Munch forlod mødet kl. 16.55 inden
// behandlingen af punkt 25 (Meddelelser).", Copenhagen's Kultur- og
// Fritidsudvalg, case 562; "Bente Nielsen forlod mødet kl. 13.00 under
// behandlingen af punkt 3.", Region Midtjylland's Forretningsudvalg; "Svend
// Erik Trudslev forlod mødet efter pkt. 7.", Brønderslev's Integrationsråd)
// or who sat in during a member's leave ("Julie Frølich var indtrådt som
// midlertidigt medlem af Kultur- og Fritidsudvalget under Simon Stranges
// orlov.", "Flemming Steen Munch deltog i dagens møde grundet Marcus Knuths
// orlov ...", case 562): the attendance, as the echo's names are.
bool attendance_note(std::string_view l) {
  if (l.empty() || !text::starts_capital(l) || first_sentence(l).size() + 1 < l.size()) return false;
  const std::string f = " " + text::fold(l);
  for (std::string_view p : {" forlod mødet", " ankom til mødet", " tilsluttede sig mødet", " var indtrådt som",
                             " indtrådte som", " deltog i dagens møde"})
    if (f.find(p) != std::string::npos) return true;
  return false;
}

// A decision's text that only says who took part ("Mette Holm og Jane
// Hansen deltog ikke i behandlingen af dette punkt.", "Fraværende: Kaj
// Refslund (V)", and who sat in: "Fraværende: Marianne Kiærulff (V) og
// Tuncay Yilmaz (A)." / "Anne-Dorte Nygaard (A) deltog som stedfortræder
// for Tuncay Yilmaz.", case 801): the echo of the attendance that opens
// each decision of some agenda systems, with the outcome itself cut off.
bool attendance_only(std::string_view t) {
  bool any = false;
  for (std::string_view rest = t; !rest.empty();) {
    const auto nl = rest.find('\n');
    const std::string_view l = trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (l.empty()) continue;
    any = true;
    // "Fraværende:", "Afbud: A, B": a label of attendance and its names.
    const auto colon = l.find(':');
    std::string_view label = colon == std::string_view::npos ? l : l.substr(0, colon);
    while (!label.empty() && label.back() == '.') label.remove_suffix(1);
    if (label.size() <= 40)
      if (const auto field = voc::header_field(text::fold(label)); field && is_people_field(*field)) {
        if (colon != std::string_view::npos && outcome_run_into_echo(l.substr(colon + 1))) return false;
        // (The outcome after the names, the transcript's page line running
        // on: "Fraværende: A (O), B (A) Gensidig orientering.", Slagelse's
        // committees; "Fraværende: Leni G. Nielsen, Rune Mikael Kent Der var
        // ingen meddelelser fra formanden", Roskilde's LBR on First Agenda;
        // not an absence's or arrival's own sentence, nor the page's
        // furniture after a bullet.)
        if (colon != std::string_view::npos) {
          const std::string_view value = l.substr(colon + 1), names_on = after_attendance_names(value);
          // (Nor who sat in, run onto the absentees' line with the page's
          // bullet after it: "Fraværende: Marianne Kiærulff (V) og Tuncay
          // Yilmaz (A). Anne-Dorte Nygaard (A) deltog som stedfortræder for
          // Tuncay Yilmaz. •", Roskilde's committees in a transcript.)
          std::string_view sat_in = trim(names_on);
          while (sat_in.ends_with("\xE2\x80\xA2")) sat_in = trim(sat_in.substr(0, sat_in.size() - 3));
          if (opens_with_letter(names_on) && text::words(names_on).size() >= 2 && item_absence(value).empty() &&
              !voc::is_arrival_sentence(" " + text::fold(value)) && !substitute_sentence(sat_in))
            return false;
        }
        continue;
      }
    // "X og Y deltog ikke i behandlingen af dette punkt.": one sentence.
    if (first_sentence(l).size() + 1 >= l.size() && !item_absence(l).empty()) continue;
    if (substitute_sentence(l)) continue;
    if (attendance_note(l)) continue;
    return false;
  }
  return any;
}

// A decision that holds only a dash ("-", "–"): the placeholder an agenda
// system prints under "Beslutning" until the meeting has decided (First
// Agenda, Roskilde's and Frederikssund's agenda pages), no outcome.
bool dash_placeholder(std::string_view t) {
  t = trim(t);
  if (t.empty()) return false;
  while (!t.empty()) {
    if (t.front() == '-') {
      t.remove_prefix(1);
    } else if (t.starts_with("\xE2\x80\x93") || t.starts_with("\xE2\x80\x94")) {
      t.remove_prefix(3);  // en dash, em dash
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

// A decision heading with nothing under it before the next heading or the
// item's end (an agenda's "Beslutning" not yet filled in, a web page's tab
// "Referat" / "Sagsfremstilling" printed after the decision): it holds no
// decision, so the item keeps no empty decision section. One that only
// tells who took part holds none either: its text stays as text.
// An agenda's label for what an item is for ("Drøftelse og beslutning",
// "20.15-20.30 - Drøftelse/Beslutning") heads the discussion when a decision
// heading of its own follows in the item ("Beslutninger:"): that one holds
// the decision, the label's lines stay text.
void demote_purpose_labels(Item& item) {
  auto joined = [](const Section& s) {
    if (!s.heading) return false;
    const std::string f = text::fold(*s.heading);
    return f.find(" og beslutning") != std::string::npos || f.find("/beslutning") != std::string::npos;
  };
  for (std::size_t k = 0; k < item.sections.size(); ++k) {
    if (!is_decision(item.sections[k]) || !joined(item.sections[k])) continue;
    const bool later = std::any_of(item.sections.begin() + static_cast<std::ptrdiff_t>(k) + 1, item.sections.end(),
                                   [&](const Section& s) { return is_decision(s) && s.heading && !joined(s); });
    if (later) item.sections[k].kind = "tekst";
  }
}

namespace {

// "Kultur- og Demokratiudvalget (anbefaler), 03.09.2018", "Byrådet (Til
// efterretning), 18.12.2018": a line of a case's course through the
// committees, each with its role and its day.
bool course_line(std::string_view line) {
  const auto at = line.rfind("), ");
  if (at == std::string_view::npos) return false;
  const std::string_view day = trim(line.substr(at + 3));
  return day.size() >= 8 && day.size() <= 10 && is_digit(day.front()) &&
         std::all_of(day.begin(), day.end(), [](char c) { return is_digit(c) || c == '.' || c == '-'; });
}

}  // namespace

// Næstved's "Politisk behandling" in a case's summary ("Politisk
// behandling" / "Kultur- og Demokratiudvalget (anbefaler), 03.09.2018"):
// the committees the case goes through, not an outcome, where its first
// line is such a step (Region Hovedstaden's "POLITISK BEHANDLING" holds
// the decision).
void demote_course_of_case(Item& item) {
  for (Section& s : item.sections) {
    if (!is_decision(s) || !s.heading || !text::starts_with(text::fold(*s.heading), "politisk behandling")) continue;
    const std::string_view first = trim(std::string_view(s.text).substr(0, s.text.find('\n')));
    if (course_line(first)) s.kind = "sagsforløb";
  }
}

void drop_empty_decisions(Item& item) {
  std::erase_if(item.sections, [](const Section& s) {
    return is_decision(s) && (trim(s.text).empty() || dash_placeholder(s.text));
  });
  if (item.kind == "afbud" || item.kind == "deltagere") return;
  for (Section& s : item.sections)
    if (is_decision(s) && attendance_only(s.text)) s.kind = "tekst";
  demote_purpose_labels(item);
  demote_course_of_case(item);
}

std::optional<std::string> cited_protocol_date(std::string_view heading) {
  const std::string f = text::fold(heading);
  const auto at = f.rfind(", pkt");
  if (at == std::string::npos || at + 5 >= f.size()) return std::nullopt;
  std::string_view after = std::string_view(f).substr(at + 5);
  if (!after.empty() && after.front() == '.') after.remove_prefix(1);
  after = trim(after);
  if (after.empty() || !is_digit(after.front())) return std::nullopt;
  return find_date(std::string_view(f).substr(0, at));
}

void demote_cited_decisions(Meeting& m) {
  if (!m.date) return;
  for (Item& item : m.items)
    for (Section& s : item.sections) {
      if (!is_decision(s) || !s.heading) continue;
      const auto cited = cited_protocol_date(*s.heading);
      if (cited && *cited != *m.date) s.kind = "tekst";
    }
}

namespace {

// A text that opens with an attendance label alone on its line
// ("Deltagere:", "Medlemmer", "Til stede:"): a list of who came (a
// signature sheet, the participants printed after the last item), no
// outcome.
bool attendance_opening(std::string_view first) {
  std::string_view label = trim(first);
  if (label.size() > 40) return false;
  while (!label.empty() && (label.back() == ':' || label.back() == '.')) label.remove_suffix(1);
  const auto field = voc::header_field(text::fold(label));
  return field && is_people_field(*field);
}

// A text divided into lettered sub-points, two or more lines opening with
// "a)", "b)" or "A.", "B." ("a) Klublokale – Status. Paw køber ..." / "b)
// Dialogmøder: Møde aflyst."): a report of the item's parts, each a topic's
// status, not the item's outcome.
bool lettered_sub_points(std::string_view t) {
  int marked = 0;
  for (std::string_view rest = t; !rest.empty();) {
    const auto nl = rest.find('\n');
    const std::string_view l = trim(rest.substr(0, nl));
    if (l.size() > 3 && ((l[0] >= 'a' && l[0] <= 'h') || (l[0] >= 'A' && l[0] <= 'H')) &&
        (l[1] == ')' || (l[1] == '.' && l[0] >= 'A' && l[0] <= 'H')) && l[2] == ' ')
      ++marked;
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
  return marked >= 2;
}

// "Refereres ikke.", "Ikke til referat", "Intet referat": the minutes say
// that the item (a personal round, a closed talk) was not minuted, which
// is no outcome.
bool not_minuted(std::string_view first) {
  std::string f = text::fold(trim(first));
  while (!f.empty() && (f.back() == '.' || f.back() == '!')) f.pop_back();
  return f == "refereres ikke" || f == "ikke refereret" || f == "ikke til referat" || f == "intet referat" ||
         f == "ingen referat";
}

// A first sentence that forecasts ("De digitale registreringer forventes
// klar 1. december.", "Forventer flere end normalt da det er lørdag.", "Der
// forventes alt i alt et positivt resultat på 2,3 mio."): what is expected,
// not what the meeting settled, even with a verdict word after it
// ("Budgettet forventes vedtaget ...", tests/realworld/README.md). Seen in
// informal minutes of a waterworks' and a sailing club's boards and in a
// gymnasium board's docplayer transcript.
bool forecast(std::string_view first) {
  const auto ws = sentence_words(first_sentence(first));
  for (std::size_t k = 0; k < ws.size() && k < 6; ++k)
    if (ws[k] == "forventes" || ws[k] == "forventer") return true;
  return false;
}

// Whether a label's folded words hold a verb ("Gik rigtig godt.", "Næste
// kursus udsættes.", "Programmet ser således ud:", "Storpastoratets navn
// bliver:"): an outcome told, not a topic named.
bool has_label_verb(const std::vector<std::string>& ws) {
  return std::any_of(ws.begin(), ws.end(), [](const std::string& w) {
    return past_tense_word(w) || w == "er" || w == "har" || (w.size() >= 6 && ends_with(w, "es")) ||
           ends_with(w, "ede") || w == "var" || w == "blev" || w == "skal" || w == "bliver" || w == "ser";
  });
}

// A text that opens with a topic's name as a sentence of its own, one to
// three words and a full stop, and goes on with its report ("Container.
// Weekenden d. 15/9 ...", "Høns i have. Der er også blevet skudt ...",
// "Haverunde 27/8. Der skal skrives ud ..."): informal minutes noting a
// topic and its news, no outcome. (A verdict of a word, "Godkendt.
// Enhedslisten ...", "Vedtaget.", is one.)
bool topic_label(std::string_view t) {
  const std::string_view sentence = first_sentence(t);
  if (sentence.size() >= t.size() || sentence.empty() || sentence.back() != '.') return false;
  const auto ws = sentence_words(sentence);
  if (ws.empty() || ws.size() > 3 || ws[0].size() < 2 || !starts_upper(sentence)) return false;
  if (has_label_verb(ws)) return false;
  return !opens_with_verdict(sentence) && !subject_verdict(sentence) && !verdict_words(sentence);
}

// A line that opens with a topic's name and a colon, one to three words,
// its news after it in a sentence of its own, on the line or the next
// ("Selmersbo: Planlagte arrangementer ...", "Friskolen: Personalet tager
// på ...", "Silkeborg: Tidspunktet for dette møde ...", "Formanden:" / "En
// journalist fra TV2/Lorry ..."). Not an election's role or result
// ("Formand: Heimo Dalsgaard", "Valg:", "Referat: Karl", "Andreas og
// referent: Liv"), a person's news ("Morten: ..."), a verdict ("Godkendt med
// disse tilføjelser:"), a word's answer ("Formanden:" / "Ingen"), nor what
// follows in lower case or digits ("Aftalen med svømmeklubben: vi bruger
// ...", "Tidspunkt: 18.30 – 20.00 ..."). `next` is the line after `line`.
bool topic_colon_line(std::string_view line, std::string_view next) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || !starts_upper(line)) return false;
  std::string_view rest = trim(line.substr(colon + 1));
  if (rest.empty()) rest = trim(next);
  if (!starts_upper(rest) || text::words(rest).size() < 2 || nothing_to_report(rest)) return false;
  const std::string_view label = line.substr(0, colon);
  const auto ws = sentence_words(label);
  if (ws.empty() || ws.size() > 3 || ws[0].size() < 2 || has_label_verb(ws) ||
      voc::is_first_name(text::words(label).front()))
    return false;
  static constexpr auto k_elected = std::to_array<std::string_view>(
      {"valg", "resultat", "afstemning", "referat", "referent", "dirigent", "ordstyrer", "kasserer", "revisor",
       "suppleant", "suppleanter", "konstituering"});
  for (const std::string& w : ws)
    if (std::find(k_elected.begin(), k_elected.end(), w) != k_elected.end() ||
        (voc::is_job_title(w) && !ends_with(w, "en")))
      return false;
  return !opens_with_verdict(line) && !subject_verdict(line) && !verdict_words(label);
}

// A text that opens with such a topic line and has another further on (a
// round of topics, each with its news: "Friskolen: ..." / "Efterskolen:
// ...", "Silkeborg: ..." / "Ebeltoft: ..."): informal minutes noting topics
// and their news, no outcome.
bool topic_colon_labels(std::string_view t) {
  std::vector<std::string_view> lines;
  for (std::string_view rest = t; !rest.empty();) {
    const auto nl = rest.find('\n');
    lines.push_back(trim(rest.substr(0, nl)));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
  auto topic = [&](std::size_t k) {
    return topic_colon_line(lines[k], k + 1 < lines.size() ? lines[k + 1] : std::string_view());
  };
  if (lines.empty() || !topic(0)) return false;
  for (std::size_t k = 1; k < lines.size(); ++k)
    if (topic(k)) return true;
  return false;
}

// A sentence that opens with who acts: a person by a known first name, with
// a surname or not ("Louise kontakter leverandøren og laver en aftale ...",
// "Anne-Mette Graubæk ønsker at deltage ..."), or by initials ("HD
// udfærdiger pressemeddelelse ..."), two of them joined by "og" ("Ellen og
// Poul har aftalt en kirkekoncert ...", "JF og GR er kommet med forslag
// ..."), and then the verb in lower case. Minutes note so who does what: the
// item's outcome, however long the sentence.
bool person_acts(std::string_view sentence) {
  const auto ws = text::words(sentence.substr(0, std::min<std::size_t>(sentence.size(), 160)));
  std::size_t k = 0;
  auto person = [&]() {
    if (k >= ws.size()) return false;
    if (is_initials(ws[k])) return ++k, true;
    if (!voc::is_first_name(ws[k])) return false;
    ++k;
    for (int more = 0; more < 2 && k < ws.size() && starts_upper(ws[k]) && !is_initials(ws[k]); ++more) ++k;
    return true;
  };
  if (!person()) return false;
  if (k < ws.size() && ws[k] == "og" && (++k, !person())) return false;
  if (k >= ws.size()) return false;
  // The verb: the present tense of the task ("kontakter", "udfærdiger",
  // "ønsker"), a modal before it ("vil", "skal"), or the perfect of a
  // thing done ("har aftalt", "er kommet med"); not the past of a report
  // ("så gerne", "indledte med"), a bare participle ("Sidsel kommet
  // 01.11.20 – ...") nor a state ("har fokus på").
  const std::string_view verb = ws[k];
  // (Where someone has been is a report, not a thing done: "Kenneth har
  // været ude og få tilbud ...", "NEP og LP har været til møde med ...",
  // "Jan har været på Kilden nogle gange", in a medical society's, a
  // stream guild's and a patients' association's boards.)
  if (verb == "har" && k + 1 < ws.size() && ws[k + 1] == "været") return false;
  if (verb == "er" || verb == "har")
    return k + 1 < ws.size() && ws[k + 1].size() >= 4 && ws[k + 1].back() == 't' && !starts_upper(ws[k + 1]);
  if (verb == "vil" || verb == "skal" || verb == "kan" || verb == "må") return true;
  static constexpr auto k_not_verbs =
      std::to_array<std::string_view>({"efter", "over", "under", "for", "hver", "der", "her", "hvor", "når", "eller"});
  return verb.size() >= 3 && verb.back() == 'r' && !starts_upper(verb) &&
         std::find(k_not_verbs.begin(), k_not_verbs.end(), verb) == k_not_verbs.end();
}

// "Kort efter generalforsamlingen valgte Børge Hede at udtræde af
// bestyrelsen": "valgte" with "at" and an infinitive after the subject is a
// person's choice, not the meeting's election (an Alzheimer branch's
// general assembly; "Bestyrelsen valgte at udsætte sagen", a body's choice,
// stays a verdict).
bool chose_to(const std::vector<std::string>& ws, std::size_t k) {
  if (ws[k] != "valgte") return false;
  bool to = false;
  for (std::size_t j = k + 1; j < ws.size() && j <= k + 4 && !to; ++j) to = ws[j] == "at";
  if (!to) return false;
  // (The subject before the verb opens the sentence; after an adverbial
  // it follows the verb: "Kort efter generalforsamlingen valgte X at".)
  const auto a_body = [](const std::string& w) {
    return voc::is_body_name(w) || w == "vi" || w == "man" || ends_with(w, "forsamlingen");
  };
  const bool body = k == 1 && a_body(ws[0]);
  const bool body_after = k + 1 < ws.size() && a_body(ws[k + 1]);
  return !body && !body_after;
}

// A verdict word anywhere in a sentence's words ("... blev gennemgået og
// godkendt", "Der var enighed om ...", "Vi aftalte, at ..."): what the
// meeting decided or agreed.
bool has_verdict_word(const std::vector<std::string>& ws_in) {
  std::vector<std::string> ws = ws_in;
  for (std::size_t k = 0; k < ws.size(); ++k)
    if (chose_to(ws_in, k)) ws[k] = "-";
  static constexpr auto k_verdicts = std::to_array<std::string_view>(
      {"godkendt", "godkendte", "godkendes", "godkendtes", "vedtaget", "vedtog", "vedtages", "besluttet", "besluttede",
       "besluttes", "aftalt", "aftalte", "aftales", "valgt", "valgte", "valgtes", "genvalgt", "genvalgtes", "udsat",
       "udsættes", "enighed", "enige", "enedes", "tiltrådt", "tiltrådte", "bevilget", "bevilges", "afgjorde",
       "efterretning", "konsensus", "forståelse", "besluttedes", "vedtoges", "aftaltes", "enig"});
  // (What is to come is no verdict: "skal godkendes", "forventes vedtaget".)
  static constexpr auto k_not_after =
      std::to_array<std::string_view>({"skal", "kan", "vil", "bør", "må", "forventes", "ikke"});
  return voc::has_verdict_word_in(
      ws, [](std::string_view w) { return std::find(k_verdicts.begin(), k_verdicts.end(), w) != k_verdicts.end(); },
      k_not_after);
}

// Whether positions of `t` lie inside a quotation (an odd number of
// quotation marks before them: ”...”, “...”, "..."): words quoted from
// statutes or a letter ("... der lyder som følger: ”... Ved beløb derover
// skal udgiften godkendes af den samlede bestyrelse”."), not the meeting's
// verdict. The marks are counted once as the positions asked about move
// forward, so a long text costs one pass, not one per sentence.
class QuoteParity {
 public:
  explicit QuoteParity(std::string_view t) : t_(t) {}
  // `at` never decreases from one call to the next.
  bool inside(std::size_t at) {
    for (; k_ < at && k_ < t_.size(); ++k_) {
      const auto c = static_cast<unsigned char>(t_[k_]);
      if (c == '"') ++marks_;
      if (c != 0xE2) continue;
      // ” (E2 80 9D) and “ (E2 80 9C), counted once wholly before `at`.
      if (k_ + 2 >= at) break;
      if (static_cast<unsigned char>(t_[k_ + 1]) == 0x80 &&
          (static_cast<unsigned char>(t_[k_ + 2]) == 0x9D || static_cast<unsigned char>(t_[k_ + 2]) == 0x9C))
        ++marks_;
    }
    return marks_ % 2 == 1;
  }

 private:
  std::string_view t_;
  std::size_t k_ = 0, marks_ = 0;
};

template <class Verdict>
std::size_t first_sentence_that(std::string_view t, Verdict verdict);

// Where the first sentence of `t` that states a verdict starts (a verdict
// word, no date or year: "Flertallet afgjorde derfor, at ...", "Vi er dog i
// bestyrelsen blevet enige om ..."), or npos. Sentences end at a line's end
// or a full stop before a capital (not an initial's).
std::size_t first_verdict_sentence(std::string_view t) {
  return first_sentence_that(t, [](const std::vector<std::string>& ws) { return has_verdict_word(ws); });
}

// Where the first sentence of `t` starts that opens with a capital, tells
// no date or year, stands outside a quotation and whose folded words
// `verdict` accepts, or npos (first_verdict_sentence's sentences).
template <class Verdict>
std::size_t first_sentence_that(std::string_view t, Verdict verdict) {
  QuoteParity quotes(t);
  auto verdict_at = [&](std::size_t at) {
    if (quotes.inside(at)) return false;
    const std::string_view rest = t.substr(at);
    const std::string_view line = rest.substr(0, rest.find('\n'));
    return starts_upper(line) && verdict(sentence_words(line)) && !dated_sentence(line);
  };
  for (std::size_t pos = 0; pos < t.size();) {
    const auto nl = t.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? t.size() : nl;
    if (verdict_at(pos)) return pos;
    const std::string_view line = t.substr(pos, end - pos);
    for (auto d = line.find(". "); d != std::string_view::npos; d = line.find(". ", d + 1)) {
      const bool initial = d >= 1 && line[d - 1] >= 'A' && line[d - 1] <= 'Z' && (d == 1 || line[d - 2] == ' ');
      if (initial) continue;
      const std::size_t at = pos + d + 2;
      if (at < end && verdict_at(at)) return at;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return std::string_view::npos;
}

// A first sentence that states a state or news, not what the meeting did:
// its first verb "er", "var", "har", "havde" ("Budgettilpasningen er endnu
// ikke på plads.", "Ole har fået nyt kontor.", "Der er mange surfere på
// vandet."). Not a date fixed ("Næste møde er den 6.9."), a verdict ("Det
// er taget til efterret..."), nothing to note (the bare outcome "Ingen":
// "Der var ingen bemærkninger.", "Intet- kassereren var fraværende"), nor
// the person who acts, an agreed action ("JF og GR er kommet med forslag").
// That nothing came is nothing to note too, "der" and the negated
// participle of coming in ("Der er ikke kommet forslag.", "Der er ikke
// kommet nogen forslag og bestyrelsen har heller ikke nogen forslag.", a
// brain injury association's general assembly, case 548; "Der er ikke
// modtaget nye høringer siden sidste møde", Monrad's Seniorråd): the
// bare outcome "Der var ingen forslag" in other words (none_came).
bool none_came(const std::vector<std::string>& ws) {
  return ws.size() >= 4 && ws[0] == "der" && (ws[1] == "er" || ws[1] == "var") && ws[2] == "ikke" &&
         (ws[3] == "kommet" || ws[3] == "indkommet" || ws[3] == "modtaget" || ws[3] == "indgået");
}

bool states_news(std::string_view line, const std::vector<std::string>& ws) {
  const bool nothing = std::any_of(ws.begin(), ws.end(), [](const std::string& w) {
    return text::starts_with(w, "ingen") || text::starts_with(w, "intet");
  });
  if (nothing || none_came(ws) || person_acts(first_sentence(line))) return false;
  for (std::size_t k = 1; k < ws.size() && k < 4; ++k) {
    if (ws[k] == "er" || ws[k] == "var" || ws[k] == "har" || ws[k] == "havde")
      return !dated_sentence(line) && !(k + 1 < ws.size() && ws[k + 1] == "taget");
    // (Another verb first: "Jørgen valgt ...", "Menighedsrådet besvarer ...".)
    if (past_tense_word(ws[k]) || (k == 1 && ws[k].size() >= 4 && ws[k].back() == 'r')) break;
  }
  return false;
}

// A first sentence that names what the item did by its verbal noun, with
// no verb ("Gennemgang af økonomien i skole-kirke-kulturprojektet. Der er
// brugt ...", Hjallese's parish council; "Orientering og foreløbig
// planlægning af orienteringsmøde. Finn laver ...", Haslund-Ølst's parish
// council; "Drøftelse af lærerdeltagelse ved hytteture og lejrskole.", a
// school board; "Orientering om verserende sager ...", a homeowners'
// association): the procedure told, not its outcome. `ws`: its folded
// words.
bool names_the_procedure(const std::vector<std::string>& ws) {
  static constexpr auto k_nouns = std::to_array<std::string_view>(
      {"gennemgang", "drøftelse", "orientering", "præsentation", "fremlæggelse", "diskussion", "opfølgning"});
  static constexpr auto k_links = std::to_array<std::string_view>({"af", "om", "og", "på", "fra", "vedr"});
  return ws.size() >= 3 && std::find(k_nouns.begin(), k_nouns.end(), ws[0]) != k_nouns.end() &&
         std::find(k_links.begin(), k_links.end(), ws[1]) != k_links.end();
}

// A first sentence that reports what was said, shown or discussed ("JF
// oplyste, at ...", "Formanden fortalte ...", "Vi snakkede om ...",
// "Kassereren gennemgik regnskabet ...", "Der blev orienteret om ...",
// "Formandens beretning blev drøftet", the chair's welcome "Inge Lise
// Pedersen bød velkommen til delegeretmøde.", in the present tense too:
// "Preben melder OK.", "Helle siger tak for samarbejdet ...", "Der tales om
// fordeling af workshops.", and what was put forward, "Forslag blev
// fremsat.", "Synspunkter blev fremført.", "Allan fremlægger
// saldobeholdningen"), states news (states_news) or names the procedure
// (names_the_procedure), with no verdict word in it: a report, not the meeting's decision (tests/realworld/README.md, "Decisions
// in minutes without labels").
bool reports_what_was_said(std::string_view line) {
  if (const auto first = sentence_words(first_sentence(line)); names_the_procedure(first) && !has_verdict_word(first))
    return true;
  const auto ws = sentence_words(line);
  if (has_verdict_word(ws)) return false;
  static constexpr auto k_report = std::to_array<std::string_view>(
      {"orienterede", "fortalte", "fortæller", "præsenterede", "præsenterer", "redegjorde", "redegør",
       "gennemgik", "gennemgår", "informerede", "oplyste", "oplyser", "drøftede", "diskuterede",
       "snakkede", "talte", "nævnte", "nævner", "meddelte", "meddeler", "berettede", "beretter", "aflagde",
       "fremlagde", "udleverede", "efterlyste", "efterlyser", "forklarede", "forklarer", "drøftedes", "omtalt",
       "bød", "byder", "indledte", "melder", "siger", "tales", "fremlægger", "fremført", "fremsat",
       "gennemgået", "drøftet", "diskuteret", "talt", "orienteret", "fremlagt", "præsenteret", "nævnt"});
  if (states_news(line, ws)) return true;
  for (std::size_t k = 1; k < ws.size() && k < 7; ++k) {
    if (std::find(k_report.begin(), k_report.end(), ws[k]) == k_report.end()) continue;
    // (A participle reports after "blev": "Dagsorden blev gennemgået", "Der
    // blev talt om ...".)
    const bool participle = ends_with(ws[k], "t") && ws[k] != "talte" && ws[k] != "fortalte";
    if (!participle || ws[k - 1] == "blev" || ws[k - 1] == "har" || ws[k - 1] == "er") return true;
  }
  return false;
}

// A first sentence that asks ("Går lokalplan forud for vedtægter og
// ordensregler?", "Hvem ønsker at fortsætte? Kasserer ønsker at stoppe.",
// "Deltagelse HD-møde i Amsterdam lufthavn d. 15. feb.? Hvem kan?"): the
// question the item puts to the meeting, its case, not what the meeting
// settled (a homeowners' association's, an allotment association's and a
// patients' association's boards). A verdict told after it still closes
// the item (mark_closing_verdict).
bool asks(std::string_view first) {
  const std::string_view sentence = first_sentence(first);
  const auto q = sentence.find('?');
  return q != std::string_view::npos && (q + 1 == sentence.size() || sentence[q + 1] == ' ');
}

// Questions on lines of their own that open an item's text, and then a
// line telling who will see to it ("Hvordan nedbringer vi ledningstabet?" /
// "Fremtidens energi?" / "CO2 besparelser?" / "HD rådfører sig hos
// Foreningen Dansk Fjernvarme.", a district heating plant's board): that
// line opens the outcome, the questions stay the case.
void answer_after_questions(Item& item) {
  Section& text = item.sections.front();
  const std::string_view t = text.text;
  for (std::size_t pos = 0; pos < t.size();) {
    const auto nl = t.find('\n', pos);
    const std::string_view line = trim(t.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    if (!line.empty() && line.back() != '?') {
      if (pos == 0 || !person_acts(first_sentence(line))) return;
      split_section(item, 0, pos, "referat");
      return;
    }
    if (nl == std::string_view::npos) return;
    pos = nl + 1;
  }
}

bool news_title(std::string_view title);

// Whether the first line of a round of news ("Meddelelser fra formanden",
// "Nyt fra kassereren", "Siden sidst") opens with its outcome: a verdict
// ("Menighedsrådet er enige om, at vi flager med vimpel.", "Taget til
// efterretning at ..."), a verdict word in its first sentence, or the word
// that there was nothing ("Intet nyt", "Ingen.", "Udgår"), not news told
// ("Vandgymnastik om tirsdagen fortsætter indtil sommerferien.").
bool news_outcome(std::string_view first) {
  const std::string_view sentence = first_sentence(first);
  const auto ws = sentence_words(sentence);
  if (ws.size() <= 1 || nothing_to_report(first)) return true;
  // ("Ingen meddelelser.", "Der var ingen henvendelser.": nothing to note.)
  if (ws[0] == "ingen" || ws[0] == "intet" || ((ws[0] == "der" || ws[0] == "det") && ws.size() >= 3 && ws[2] == "ingen"))
    return true;
  // ("Valgudvalget kommer med et oplæg til næste møde.", "Poul deltager på
  // idrætsrådets vegne.": who acts.)
  if (person_acts(sentence) || told_of_meeting(first) || (ws[0].size() > 4 && voc::is_body_name(ws[0]))) return true;
  return opens_with_verdict(first) || subject_verdict(first) || closing_verdict(sentence) || has_verdict_word(ws);
}

// News written one a line or a paragraph: two lines or more, none longer
// than a paragraph of news (a PDF transcript runs a page into one line, and
// a round of news there may hold the items after it).
bool news_lines(std::string_view t) {
  int lines = 0;
  for (std::string_view rest = trim(t); !rest.empty(); ++lines) {
    const auto nl = rest.find('\n');
    if (rest.substr(0, nl).size() > 250) return false;
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
  return lines >= 2;
}

// An item whose outcome is its text: a decided section of five words or
// more ("Frekvens af møder fastsættes til 4 – 5 møder per år ..."), not a
// one-word verdict.
bool outcome_as_text(const Item& item) {
  return std::any_of(item.sections.begin(), item.sections.end(),
                     [](const Section& s) { return is_decision(s) && text::words(s.text).size() >= 5; });
}

void mark_minutes(std::vector<Item>& items, const std::vector<std::vector<std::string>>& paragraphs,
                  bool names_minutes) {
  constexpr std::size_t k_outcome_words = 12;
  // Minutes with headings keep their text apart from their decisions. (A
  // topic's name that is also a section's, "Økonomi:" among the topics
  // "Daglig drift:" / "Hjertestarter:" of a board's minutes, heads no case
  // text: it is a topic of the minutes when no case heading is anywhere.)
  auto topic = [](const Section& s) {
    return s.kind == "økonomi" || s.kind == "kommunikation" || s.kind == "opfølgning" || s.kind == "høring";
  };
  int verdicts = 0;
  for (const Item& item : items)
    for (const Section& s : item.sections) {
      if (topic(s)) continue;
      if (s.heading) return;
      if (s.kind != "tekst" && s.kind != "beslutning" && s.kind != "referat") return;
      if (s.kind == "beslutning") ++verdicts;
    }
  // Minutes that keep each item's agenda text and write the outcome after
  // it as a paragraph of its own, with no label: "1. Landskab for alle" /
  // "Planafdelingen vil på mødet give en status på arbejdet." / "Gitte
  // Holm fortalte om arbejdet med strategien ...". Two items or more whose
  // agenda paragraph (what is to come) is followed by a paragraph told in
  // the past tense or a verdict show the convention (one when the document
  // calls itself "Referat"); then each item whose first paragraph is agenda
  // text has its further paragraphs as minutes.
  {
    std::vector<std::vector<std::string_view>> paras(items.size());
    int shaped = 0;
    for (std::size_t k = 0; k < items.size() && k < paragraphs.size(); ++k) {
      const Item& item = items[k];
      if (decided(item) || item.sections.size() != 1 || item.sections.front().kind != "tekst") continue;
      paras[k] = paragraphs_of(item.sections.front().text, paragraphs[k]);
      if (paras[k].size() >= 2 && agenda_paragraph(paras[k][0]) && minutes_paragraph(paras[k][1])) ++shaped;
    }
    if (shaped >= 2 || (shaped == 1 && names_minutes))
      for (std::size_t k = 0; k < items.size(); ++k) {
        if (paras[k].size() < 2 || !agenda_paragraph(paras[k][0])) continue;
        Section& text = items[k].sections.front();
        const std::string_view rest = std::string_view(text.text).substr(
            static_cast<std::size_t>(paras[k][1].data() - text.text.data()));
        Section minutes{"referat", std::nullopt, std::string(rest)};
        text.text.resize(static_cast<std::size_t>(paras[k][0].data() + paras[k][0].size() - text.text.data()));
        items[k].sections.push_back(std::move(minutes));
      }
  }
  // Minutes tell what happened in the past tense ("Preben blev valgt som
  // referent.", "Bestyrelsen indstillede X som dirigent.", "Gik rigtig
  // godt."); an agenda says what is to come ("Bestyrelsen orienteres om
  // ..."). Two items or more whose first sentence is told so make the
  // document minutes, whatever its title.
  auto told = [](const Item& item) {
    if (item.sections.empty()) return false;
    const std::string& t = item.sections.front().text;
    return told_in_past(std::string_view(t).substr(0, t.find('\n')));
  };
  const auto told_count = std::count_if(items.begin(), items.end(), told);
  if (verdicts < 2 && !(names_minutes && items.size() >= 3) && told_count < 2 &&
      !(told_count >= 1 && static_cast<std::size_t>(told_count + verdicts) == items.size()))
    return;
  for (Item& item : items) {
    // The closing item ("Eventuelt") after an item whose text is its outcome
    // (a sentence or more, not a one-word verdict such as "Ingen."): the
    // minutes write what the meeting settled as the items' text, so the
    // closing item's text is settled too, however long its first sentence.
    const bool closing_after_outcome = (item.kind == "eventuelt" || voc::is_closing_item_name(text::fold(item.title))) &&
                                       &item == &items.back() && items.size() >= 2 &&
                                       outcome_as_text(items[items.size() - 2]);
    if (decided(item) || item.sections.empty() || item.kind == "deltagere" || item.kind == "afbud" ||
        item.kind == "velkomst")
      continue;
    const std::string& t = item.sections.front().text;
    const std::string_view first = std::string_view(t).substr(0, t.find('\n'));
    // A report, not an outcome: a sub-heading over the item's parts ("5.1
    // Ældremesse", "Formand"), or someone telling ("Formanden orienterede
    // om ...", "Rektor præsenterede årsrapporten").
    if (first.empty()) continue;
    // A round of news ("Meddelelser fra formanden" / "Gennemgangen fra
    // Lundegården til Højbogårdsvejen er nu lukket.", "Nyt fra kassereren" /
    // "259.000 overskud i år pr. september.") reports what happened since
    // the last meeting: its text is no outcome unless it opens with one
    // (what the meeting settled among the news is found later, settle_news).
    if (news_title(item.title) && news_lines(t) && !news_outcome(first)) continue;
    {
      auto sub_heading = [](std::string_view l) {
        return !l.empty() && !ends_sentence(l) && text::words(l).size() <= 6;
      };
      int subs = 0;
      for (std::string_view rest = t; !rest.empty();) {
        const auto nl = rest.find('\n');
        subs += sub_heading(rest.substr(0, nl)) ? 1 : 0;
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      }
      // (A board's constitution or an election lists its outcome as roles,
      // "Konstituering" / "Formand: Morten Dahl" / "Kasserer: Mogens Holm".)
      const std::string ft = text::fold(item.title);
      const bool roles = (text::starts_with(ft, "konstituering") || text::starts_with(ft, "valg ")) &&
                         first.find(": ") != std::string_view::npos;
      // (Topics joined by dashes over the item's notes, "Nyt trykkeri –
      // info fra Ann-Mari", "Valg til bestyrelsen – 2 medlemmer for
      // perioden 2022 – 2024", "Personalesituationen – børnetal – kommende
      // arrangementer –", are a sub-heading however many words: a patients'
      // association's board, an allotment association's general meeting and
      // a kindergarten's parents' council write them so.)
      // (A word before the dash, not a number: "Bilag 3 (samt bilag 4 – 7
      // ...)" is an attachment line; a lettered point, "a. Godkendelse af
      // beretning – samlet dokument", is the point's own heading.)
      auto dashed_heading = [](std::string_view l) {
        l = trim(l);
        const auto ws = text::words(l);
        if (l.empty() || !starts_upper(l) || ws.empty() || ws.size() > 12 || ends_sentence(l) ||
            ws.front().size() <= 2 || has_verdict_word(sentence_words(l)))
          return false;
        for (auto d = l.find(" \u2013"); d != std::string_view::npos; d = l.find(" \u2013", d + 1)) {
          const auto b = d > 0 ? static_cast<unsigned char>(l[d - 1]) : 0;
          if ((b >= 'a' && b <= 'z') || b >= 0x80) return true;
        }
        return false;
      };
      if (t.size() > first.size() &&
          ((sub_heading(first) && (subs >= 2 || is_digit(first[0]))) || dashed_heading(first)) && !roles) {
        // ... unless the sub-points are votes and elections, each outcome
        // told under its sub-heading ("2.1 Valg af næstformand" / "Peter
        // Holm blev valgt som ny næstformand."): the minutes.
        const std::string_view second = first_sentence(trim(std::string_view(t).substr(first.size() + 1)));
        const std::string_view next = second.substr(0, second.find('\n'));
        if (!(opens_with_verdict(next) || subject_verdict(next) || closing_verdict(next) ||
              (told_of_meeting(next) && text::words(next).size() <= k_outcome_words)))
          continue;
      }
    }
    const std::string folded = text::fold(first.substr(0, std::min<std::size_t>(first.size(), 80)));
    const auto ws = text::words(folded);
    bool report = false;
    if (std::none_of(first.begin(), first.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }))
      continue;  // "2.": a stray number
    for (std::size_t k = 1; k < ws.size() && k < 6; ++k)
      for (std::string_view verb : {"orienterede", "fortalte", "præsenterede", "redegjorde", "gennemgik", "informerede"})
        report = report || ws[k] == verb;
    report = report || dirigent_declares(ws);
    // A report opening the text: the decision is its first sentence with a
    // verdict word, if any.
    if (reports_what_was_said(first)) {
      if (const std::size_t at = first_verdict_sentence(item.sections.front().text); at != std::string_view::npos && at > 0)
        split_section(item, 0, at, "referat");
      continue;
    }
    if (report || attendance_opening(first) || lettered_sub_points(t) || not_minuted(first) || topic_label(t) ||
        topic_colon_labels(t) || forecast(first))
      continue;
    if (asks(first)) {
      answer_after_questions(item);
      continue;
    }
    // An outcome is said in a few words ("Jørgen valgt som referent.",
    // "Menighedsrådet besvarer klagen."); a long first sentence tells a case,
    // unless it tells the meeting's own doings in the past tense or decides
    // ("Listen med årets gang blev gennemgået, denne bliver revideret og
    // ...", "Det besluttes at holde en mindre fest for hele kollegiet ...").
    if (text::words(first_sentence(first)).size() > k_outcome_words && !closing_after_outcome &&
        !(told_of_meeting(first) && (has_verdict_word(sentence_words(first)) || !told_in_past(first))) &&
        !person_acts(first_sentence(first)))
      continue;
    for (Section& s : item.sections)
      if (s.kind == "tekst" || topic(s)) s.kind = "referat";
  }
}

}  // namespace

namespace {

// A line that signs the minutes ("Referent Poul Erik Sandholt", "Ref
// Carsten Christensen", "Referat ved Palle Birk", "Referent: Mette"): the
// minute taker's word and a name of one to four capitalised words, nothing
// else.
bool signature_line(std::string_view line) {
  line = trim(line);
  if (line.size() < 5 || line.size() > 80 || !(line[0] == 'R' || line[0] == 'r')) return false;
  const std::string f = text::fold(line);
  std::size_t lead = 0;
  for (std::string_view w : {"referat ved ", "referent: ", "referent:", "referent ", "referat: ", "ref.: ", "ref.:",
                             "ref: ", "ref. ", "ref "})
    if (text::starts_with(f, w)) {
      lead = w.size();
      break;
    }
  if (lead == 0) return false;
  std::string_view name = trim(line.substr(lead));
  while (!name.empty() && name.back() == '.') name.remove_suffix(1);
  const auto ws = text::words(name);
  return !ws.empty() && ws.size() <= 4 && std::all_of(ws.begin(), ws.end(), [](std::string_view w) {
    return text::starts_capital(w) && w.back() != ',' && w.back() != ':';
  });
}

// A line that signs the minutes for the board ("Pbv. Bente Thomsen",
// "P.b.v. Jens Holm", "På bestyrelsens vegne", "Med venlig hilsen Susanne
// Holm"): the signature under the last item, names or roles after it.
bool signs_for_board(std::string_view line) {
  const std::string f = text::fold(trim(line));
  if (f.size() < 3 || f.size() > 80) return false;
  const auto ws = text::words(f);
  for (std::string_view w : {"pbv. ", "p.b.v. ", "pbv ", "p.b.v "})
    if (text::starts_with(f, w)) return ws.size() >= 2 && ws.size() <= 5;
  // "På bestyrelsens vegne", "på udvalgets vegne".
  if (ws.size() >= 3 && ws.size() <= 4 && ws[0] == "på" && (ws.back() == "vegne" || ws.back() == "vegne:")) return true;
  return (text::starts_with(f, "med venlig hilsen") || text::starts_with(f, "venlig hilsen") ||
          text::starts_with(f, "mvh")) &&
         ws.size() <= 8;
}

// A short line of a name or a role under a signature ("Formand", "Jens
// Kruse"): four words at most, a capital first, no colon, no sentence.
bool name_or_role(std::string_view line) {
  line = trim(line);
  const auto ws = text::words(line);
  return !ws.empty() && ws.size() <= 4 && starts_upper(line) && line.find(':') == std::string_view::npos &&
         line.back() != '.';
}

// Cuts the signature off the end of the last item's text ("Eventuelt" /
// "Intet" / "Referent Poul Erik Sandholt"; "Pbv. Bente Thomsen"; "På
// bestyrelsens vegne" / "Formand" / "Jens Kruse"): the minute taker or the
// board signing the document, no part of the item's outcome. Returns the
// lines cut ("" when none).
std::string cut_signature(std::vector<Item>& items) {
  if (items.empty() || items.back().sections.empty()) return {};
  auto& sections = items.back().sections;
  std::string& t = sections.back().text;
  std::vector<std::size_t> starts{0};  // where each line starts
  for (auto nl = t.find('\n'); nl != std::string::npos; nl = t.find('\n', nl + 1)) starts.push_back(nl + 1);
  auto line = [&](std::size_t k) {
    const std::size_t end = k + 1 < starts.size() ? starts[k + 1] - 1 : t.size();
    return std::string_view(t).substr(starts[k], end - starts[k]);
  };
  const std::size_t n = starts.size();
  for (std::size_t k = n > 4 ? n - 4 : 0; k < n; ++k) {
    const bool by_taker = k + 1 == n && signature_line(line(k));
    if (!by_taker && !signs_for_board(line(k))) continue;
    bool names = true;
    for (std::size_t j = k + 1; j < n && names; ++j) names = name_or_role(line(j));
    if (!names) continue;
    const std::string cut = t.substr(starts[k]);
    t.resize(k == 0 ? 0 : starts[k] - 1);
    if (trim(t).empty()) sections.pop_back();
    return cut;
  }
  return {};
}

// Minutes that head no case text ("Sagsfremstilling", "Beslutning"; an
// attachment's "Bilag:" aside): an item whose text opens by saying it
// brought nothing ("3. Eventuelt" / "Intet") has that as its outcome, though
// nothing else made the document minutes (where the minutes head their
// sections, such text stays text).
void mark_nothing_to_report(std::vector<Item>& items) {
  for (const Item& item : items)
    for (const Section& s : item.sections)
      if (s.heading && s.kind != "bilag") return;
  for (Item& item : items) {
    if (decided(item) || item.sections.empty() || item.sections.front().kind != "tekst") continue;
    const std::string& t = item.sections.front().text;
    if (nothing_to_report(std::string_view(t).substr(0, t.find('\n')))) item.sections.front().kind = "referat";
  }
}

// Whether `title` names a round of news: "Nyt fra formanden", "Meddelelser
// fra formand, sekretær og medlemmer", "Siden sidst", "Orientering fra
// udvalg", "Kort orientering fra præsten", "Generel orientering siden
// sidst" (not a topic's briefing, "Orientering vedr. budget").
bool news_title(std::string_view title) {
  const std::string f = text::fold(trim(title));
  for (std::string_view p : {"nyt fra", "kort nyt", "meddelelser", "meddelelse fra", "siden sidst", "orientering fra",
                             "orientering v. ", "orientering ved ", "kort orientering", "generel orientering",
                             "gensidig orientering"})
    if (text::starts_with(f, p)) return true;
  return false;
}

// The words with which the meeting itself settles something: "besluttede",
// "Det besluttes", "blev vedtaget", "Det er aftalt", "Der aftales", "var
// der enighed om" (not what is to come: "vil blive besluttet"). `ws` are a
// sentence's folded words.
bool settles(const std::vector<std::string>& ws) {
  static constexpr auto k_settling = std::to_array<std::string_view>(
      {"besluttede", "besluttes", "besluttedes", "besluttet", "vedtog", "vedtoges", "vedtaget", "vedtages", "aftalt",
       "aftales", "aftaltes", "aftalte", "enighed", "enige", "enedes"});
  static constexpr auto k_not_after =
      std::to_array<std::string_view>({"skal", "kan", "vil", "bør", "må", "forventes", "ikke", "blive"});
  return voc::has_verdict_word_in(
      ws, [](std::string_view w) { return std::find(k_settling.begin(), k_settling.end(), w) != k_settling.end(); },
      k_not_after);
}

// A round of news ("Nyt fra formanden", "Meddelelser fra ...", "Siden
// sidst", "Orientering fra ...") tells what happened since the last
// meeting, and what the meeting settled on it stands among the news, not
// first: "Nyt fra sekretariatet" / "... Det besluttedes, at fremlæggelse af
// halvårsregnskabet fremover ...", "Siden sidst" / "... Der aftales
// tilmelding på næste møde.", "Orientering fra" / "... Det besluttes at
// lave en pressemeddelelse ...", "Nyt fra Morsø Kommune ..." / "... Det er
// aftalt at musikskolens ledelse nu tager kontakt ...". An undecided news
// item whose text holds such a sentence (the meeting's settling word, no
// date or year) has it as its decision, from its start (an ældreråd, LAP's
// national board, a museum association's board, a music school's board).
void settle_news(Item& item) {
  if (!news_title(item.title) || decided(item) || item.sections.size() != 1 || item.sections.front().heading ||
      item.sections.front().kind != "tekst")
    return;
  Section& text = item.sections.front();
  const std::size_t at = first_sentence_that(text.text, [](const std::vector<std::string>& ws) { return settles(ws); });
  if (at == std::string::npos || at == 0) return;
  Section decision{"referat", std::nullopt, text.text.substr(at)};
  text.text = std::string(trim(std::string_view(text.text).substr(0, at)));
  item.sections.push_back(std::move(decision));
}

}  // namespace

void mark_outcomes(std::vector<Item>& items, const std::vector<std::vector<std::string>>& paragraphs,
                   bool names_minutes) {
  const std::string signature = cut_signature(items);
  mark_minutes(items, paragraphs, names_minutes);
  mark_nothing_to_report(items);
  // What is still undecided may close a paragraph with its outcome.
  for (Item& item : items) mark_closing_verdict(item);
  for (Item& item : items) settle_news(item);
  for (Item& item : items) drop_empty_decisions(item);
  // (The signature stays searchable, as the last item's text.)
  if (!signature.empty()) items.back().sections.push_back({"tekst", std::nullopt, signature});
}

}  // namespace corpus::recog
