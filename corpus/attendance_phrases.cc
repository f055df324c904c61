// The attendance told in sentences: "X havde meldt afbud", "Alle var mødt
// undtagen X", "Y deltog i stedet for X", "X deltog ikke i behandlingen af
// punkt 4" and the rest, each phrase found through one index of the text.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>

#include "corpus/dates.h"
#include "corpus/participants.h"
#include "corpus/participants_internal.h"
#include "corpus/text.h"
#include "corpus/vocabulary.h"

namespace corpus {
namespace {

// The names right after a phrase ("undtagen X og Y, der ..."), up to the end
// of the clause. With `absence` (a phrase of absence), read as an absence
// label's value: a list of known first names is people too ("Afbud fra
// Jesper, Marianne, Hanne, Kjeld Flemming, Freddy, Niels.").
std::vector<std::string> names_after(std::string_view rest_in, bool absence = false) {
  // Party letters and initials after the names ("Bo Jensen (V), Carl Dahl
  // (A) og Dorte Friis (F)") go on; another note ("(suppleant for ...)")
  // ends the clause.
  std::string kept;
  {
    // "[ny repræsentant X i stedet for Y] Da ...": a bracket ends the clause.
    const std::string_view clause = rest_in.substr(0, sentence_end(rest_in, ":;]"));
    for (std::size_t i = 0; i < clause.size(); ++i) {
      if (clause[i] == '(') {
        const auto close = clause.find(')', i);
        if (close != std::string_view::npos && close - i <= 8 &&
            text::words(clause.substr(i + 1, close - i - 1)).size() == 1) {
          i = close;
          continue;
        }
      }
      kept += clause[i];
    }
  }
  std::string_view rest = kept;
  rest = rest.substr(0, sentence_end(rest, ":;("));
  for (std::string_view stop : {", der ", ", som ", " der ", " som ", " pga", " grundet", " på grund", ", da ",
                                ", idet ", ", fordi ", ", hvor "}) {
    if (const auto at = rest.find(stop); at != std::string_view::npos) rest = rest.substr(0, at);
  }
  std::vector<std::string> out;
  for (const auto& e : read_person_entries(rest, absence, absence))
    if (looks_like_name(e.name) || (absence && vocabulary::is_first_name(e.name))) out.push_back(e.name);
  return out;
}

// Item numbers after "punkt"/"pkt." in `s`: "punkt 4 og 7", "pkt. 3-5".
std::vector<int> item_numbers(std::string_view s) {
  std::vector<int> out;
  const std::string f = text::fold(s.substr(0, std::min<std::size_t>(s.size(), 120)));
  std::size_t at = f.find("punkt");
  if (at == std::string::npos) at = f.find("pkt");
  if (at == std::string::npos) return out;
  const std::string_view between = std::string_view(f).substr(0, at);
  if (between.find_first_of(".;\n") != std::string_view::npos) return out;
  int prev = -1;
  bool range = false;
  for (std::size_t i = at; i < f.size(); ++i) {
    if (f[i] >= '0' && f[i] <= '9') {
      int n = 0;
      while (i < f.size() && f[i] >= '0' && f[i] <= '9') n = n * 10 + (f[i++] - '0');
      if (range && prev >= 0 && n > prev && n - prev < 30)
        for (int k = prev + 1; k < n; ++k) out.push_back(k);
      out.push_back(n);
      prev = n;
      // "punkt 3-5", "punkterne 2 – 11": a range.
      range = false;
      for (std::string_view dash : {"-", " - ", "\xE2\x80\x93", " \xE2\x80\x93 ", " til "})
        if (!range && f.compare(i, dash.size(), dash) == 0) {
          range = true;
          i += dash.size();
        }
      if (range) {
        --i;
        continue;
      }
      if (i < f.size() && (f[i] == '.' || f[i] == ')' || f[i] == ';' || f[i] == '\n')) break;
      --i;
    } else if (f[i] == ';' || f[i] == '\n') {
      break;
    } else if (f[i] == '.' && !(i >= 3 && f.compare(i - 3, 3, "pkt") == 0)) {
      break;
    }
  }
  return out;
}

// The subject before a verb at the end of `clause`: after the last ", og "
// that joins two clauses ("Mikkel Houmann havde meldt afbud, og Peter
// Steffensen deltog i stedet"), else the whole clause ("Susanne Buch,
// sundhedschef, og Erik Vinther deltog").
std::string_view subject_of(std::string_view clause) {
  const auto at = clause.rfind(", og ");
  if (at == std::string_view::npos) return clause;
  const std::string before = text::fold(clause.substr(0, at));
  // Only when the part before is a clause of its own (it has a verb of
  // attendance), not the start of the list.
  for (std::string_view verb : {"afbud", "fraværende", "deltog", "forlod", "ankom", "mødte", "udeblev"})
    if (before.find(verb) != std::string::npos) return text::trim(clause.substr(at + 5));
  return clause;
}

// The words before a verb placed second ("Desuden deltog X", "Fra
// administrationen deltager X", "I mødet deltog X", "Her deltog også X"): an
// adverbial, not the subject, so the names follow the verb.
bool is_v2_lead(std::string_view clause) {
  const auto ws = text::words(clause);
  const std::string f = ws.empty() ? std::string() : text::fold(ws.front());
  // "Under punkterne 14 og 18 deltog X": an adverbial of the items.
  if (ws.size() > 4 && ws.size() <= 8 && f == "under" &&
      std::any_of(ws.begin(), ws.end(), [](std::string_view w) { return text::starts_with(text::fold(w), "pkt") ||
                                                                        text::starts_with(text::fold(w), "punkt"); }))
    return true;
  if (ws.empty() || ws.size() > 4) return false;
  for (std::string_view lead : {"desuden", "endvidere", "herudover", "yderligere", "fra", "som", "her", "også",
                                "i", "under", "derudover", "ligeledes"})
    if (f == lead) return true;
  // "Lørdag deltog X (ASN) under behandlingen af ...": a day of a meeting
  // of two.
  for (std::string_view day : {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"})
    if (f == day && ws.size() == 1) return true;
  return false;
}

// The part of `clause` after its last word of absence, where the subject
// of a verb of presence that follows starts: "at Carl Holm (O) havde meldt
// afbud og at Finn Dahl (O)" -> "Finn Dahl (O)" (the clause before "deltog
// som stedfortræder"), "Afbud: Bo Holm" -> "" (those named absent are no
// subject of it). The clause itself when it names no absence.
std::string_view after_absence(std::string_view clause) {
  std::string lower(clause);
  for (auto& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  std::size_t cut = std::string::npos;
  for (std::string_view w : {"afbud", "forfald", "fraværende", "forhindret"}) {
    const auto at = lower.rfind(w);
    if (at != std::string::npos && (cut == std::string::npos || at + w.size() > cut)) cut = at + w.size();
  }
  if (cut == std::string::npos) return clause;
  std::string_view rest = clause.substr(cut);
  // "Afbud: A og B – i stedet deltog C": the names under an absence label
  // are absent, never the verb's subject.
  if (const auto k = rest.find_first_not_of(' '); k != std::string_view::npos && rest[k] == ':') return {};
  for (bool again = true; again;) {
    again = false;
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',' || rest.front() == ':' || rest.front() == ')'))
      rest.remove_prefix(1);
    for (std::string_view joint : {"og ", "at ", "men ", "mens ", "hvorfor "})
      if (text::starts_with(rest, joint)) {
        rest.remove_prefix(joint.size());
        again = true;
      }
  }
  return rest;
}

// True when `rest`, the words after an absence ("... meldte afbud"), names
// a part of the meeting: " til lørdag", " til fredag", " til
// eftermiddagen", " til dag 2".
bool part_of_meeting(std::string_view rest) {
  const std::string f = text::fold(text::trim(rest.substr(0, std::min<std::size_t>(rest.size(), 30))));
  for (std::string_view lead : {"til ", "for "}) {
    if (!text::starts_with(f, lead)) continue;
    const std::string_view w = std::string_view(f).substr(lead.size());
    for (std::string_view part : {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
                                  "formiddag", "eftermiddag", "aften", "middag", "dag 1", "dag 2", "første dag",
                                  "anden dag", "den første dag", "den anden dag"})
      if (text::starts_with(w, part)) return true;
  }
  return false;
}

// The subject of a clause whose finite verb comes second after an adverb
// or phrase ("Desværre kunne suppleant Lisbet", "I dag var Bo Jensen", the
// words before "ikke deltage"): the names between the verb ("kunne", "kan",
// "var", "er") and the clause's end, role words before a first name
// dropped ("suppleant Lisbet" -> "Lisbet"). Empty when the verb comes
// first or the clause names nobody.
std::vector<std::string> inverted_subject(std::string_view clause) {
  const auto ws = text::words(clause);
  for (std::size_t v = 1; v + 1 < ws.size() && v < 5; ++v) {
    const std::string f = text::fold(ws[v]);
    if (f != "kunne" && f != "kan" && f != "var" && f != "er") continue;
    // A sentence's opening, no name: "Desværre", "I dag", "Derfor".
    if (std::any_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(v),
                    [](std::string_view w) { return vocabulary::is_first_name(strip_edges(w)); }))
      return {};
    const std::string_view subject = clause.substr(static_cast<std::size_t>(ws[v + 1].data() - clause.data()));
    auto names = names_before(subject);
    if (!names.empty()) return names;
    const auto sw = text::words(subject);
    if (vocabulary::is_first_name(strip_edges(sw.back())) &&
        std::all_of(sw.begin(), sw.end() - 1, [](std::string_view w) { return is_role_word(w); }))
      return {std::string(strip_edges(sw.back()))};
    return {};
  }
  return {};
}


// Where each 4-byte sequence of a text begins, grouped by a hash of its
// bytes: find_attendance_phrases searches about 80 phrases over a whole
// file's text, and one memmem pass a phrase was 4% of the indexer's CPU;
// one pass here, then each phrase checks only the places whose first
// four bytes hash as its own.
class QuadIndex {
 public:
  explicit QuadIndex(std::string_view text) : text_(text) {
    if (text.size() < 4 || text.size() > UINT32_MAX) return;
    const std::size_t n = text.size() - 3;
    starts_.assign(k_buckets + 1, 0);
    for (std::size_t i = 0; i < n; ++i) ++starts_[bucket(text.data() + i) + 1];
    for (std::size_t b = 0; b < k_buckets; ++b) starts_[b + 1] += starts_[b];
    std::vector<std::uint32_t> next(starts_.begin(), starts_.end() - 1);
    positions_.resize(n);
    for (std::size_t i = 0; i < n; ++i) positions_[next[bucket(text.data() + i)]++] = static_cast<std::uint32_t>(i);
  }

  // f(at) for every offset where `key` occurs in the text (overlapping ones
  // too), in increasing order, as repeated memmem calls would find them.
  template <class F>
  void each(std::string_view key, F&& f) const {
    if (key.size() < 4 || starts_.empty()) {
      for (std::size_t from = 0; from < text_.size() && !key.empty();) {
        const void* hit = memmem(text_.data() + from, text_.size() - from, key.data(), key.size());
        if (!hit) break;
        const auto at = static_cast<std::size_t>(static_cast<const char*>(hit) - text_.data());
        f(at);
        from = at + 1;
      }
      return;
    }
    const std::uint32_t b = bucket(key.data());
    for (std::uint32_t k = starts_[b]; k < starts_[b + 1]; ++k) {
      const std::size_t at = positions_[k];
      if (at + key.size() <= text_.size() && std::memcmp(text_.data() + at, key.data(), key.size()) == 0) f(at);
    }
  }

 private:
  static constexpr std::size_t k_buckets = std::size_t{1} << 13;
  static std::uint32_t bucket(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return (v * 2654435761U) >> 19;
  }
  std::string_view text_;
  std::vector<std::uint32_t> starts_;     // bucket b's offsets: positions_[starts_[b], starts_[b + 1])
  std::vector<std::uint32_t> positions_;  // offsets, by bucket, increasing within one
};

// The names that follow an absence lead's colon: the rest of its sentence
// ("...: A (distrikt 5), B (5) og C (DLO)."), or, when the colon ends the
// line, the next non-blank lines while each is a list of names or one
// "Name, Organisation" entry ("Chr. Ebbe Mortensen, Københavns Amt").
std::vector<std::string> names_after_lead_colon(std::string_view rest) {
  std::vector<std::string> out;
  const std::size_t eol = rest.find('\n');
  const std::string_view same_line = text::trim(rest.substr(0, eol));
  if (!same_line.empty()) {
    const std::string_view sentence = same_line.substr(0, sentence_end(same_line));
    for (const auto& e : read_person_entries(sentence, true, true))
      if (looks_like_name(e.name)) out.push_back(e.name);
    return out;
  }
  if (eol == std::string_view::npos) return out;
  std::string_view tail = rest.substr(eol + 1);
  for (int lines = 0; !tail.empty() && lines < 40; ++lines) {
    const std::size_t end = tail.find('\n');
    const std::string_view line = text::trim(tail.substr(0, end));
    tail = end == std::string_view::npos ? std::string_view{} : tail.substr(end + 1);
    if (line.empty()) {
      if (!out.empty() && !tail.empty() && tail.front() == '\n') break;  // two blank lines end the list
      continue;
    }
    // One "Name, Organisation" entry a line ("Chr. Ebbe Mortensen,
    // Københavns Amt"), or a list ("A, B og C").
    const bool one_entry = std::count(line.begin(), line.end(), ',') <= 1 && line.find(" og ") == std::string_view::npos;
    if (one_entry)
      if (const auto p = read_participant_line(line, std::nullopt, nullptr); p && looks_like_name(p->name)) {
        out.push_back(p->name);
        continue;
      }
    if (is_name_list(line)) {
      std::size_t before = out.size();
      for (const auto& e : read_person_entries(line, true, true))
        if (looks_like_name(e.name)) out.push_back(e.name);
      if (out.size() > before) continue;
    }
    if (const auto p = read_participant_line(line, std::nullopt, nullptr); p && looks_like_name(p->name)) {
      out.push_back(p->name);
      continue;
    }
    break;
  }
  return out;
}

// True when the words of `lead` between "afbud fra" and its colon name no
// one: a count, a group or nothing ("10 landsrådsmedlemmer", "to
// medlemmer", "følgende", "").
bool nameless_count_or_group(std::string_view lead) {
  const auto ws = text::words(lead);
  if (ws.size() > 3) return false;
  return std::none_of(ws.begin(), ws.end(), [](std::string_view w) { return text::starts_capital(w); });
}

// Absence leads that end in a colon, with the absent after it: "Der var
// afbud fra 10 landsrådsmedlemmer: Flemming Jørgensen (distrikt 5), ... og
// Kristian Herlufsen (FDB).", "Der var afbud fra:" above a list of "Name,
// Organisation" lines, "Fraværende i Område-MED Sundhed og Ældre - den 2.
// september 2020:" above "Nina Odde, Mette Kristensen og Anna Maria Beck
// Pedersen". (Not an item's absence, "Fraværende under punkt 3:", nor a
// part of the meeting's, "Fraværende i mødet:".)
void read_absence_leads(const QuadIndex& places, std::string_view text, Meeting& m) {
  const auto colon_on_line = [&](std::size_t from) -> std::size_t {
    const std::size_t eol = std::min(text.find('\n', from), text.size());
    const std::size_t colon = text.find(':', from);
    return colon < eol ? colon : std::string_view::npos;
  };
  const auto about_an_item = [](std::string_view lead) {
    const std::string f = text::fold(lead);
    // ("Fraværende i mødet:" over "A til kl. 18.40": away for part of it.)
    for (std::string_view w : {"punkt", "pkt", "sag ", "sagen", "behandling", "under ", " kl", "i mødet", "dele af"})
      if (f.find(w) != std::string::npos) return true;
    return false;
  };
  // "... afbud fra <count or group>:".
  places.each("fbud fra", [&](std::size_t at) {
    if (at == 0 || (text[at - 1] != 'a' && text[at - 1] != 'A')) return;
    const std::size_t after = at + 8;
    const std::size_t colon = colon_on_line(after);
    if (colon == std::string_view::npos || !nameless_count_or_group(text.substr(after, colon - after))) return;
    // "Afbud fra:" alone is a label, the header's to read.
    const std::size_t start = sentence_start(text, at);
    if (text::words(text.substr(start, colon - start)).size() <= 2) return;
    mark_absent(names_after_lead_colon(text.substr(colon + 1)), m);
  });
  // "Fraværende i <body> - <date>:" at a line's start, the names below it;
  // in a transcript's line after the decision's sentence, the names after
  // it on the line ("Godkendt. Fraværende i Thisted Kommunalbestyrelsen, 31.
  // maj 2022: Claus Nybo Til toppen", Thisted's council, case 804, and its
  // committees' pages, 484).
  places.each("ravær", [&](std::size_t at) {
    if (at == 0 || text[at - 1] != 'F') return;
    const std::size_t start = at - 1;
    const bool after_sentence = start >= 2 && text[start - 1] == ' ' && text[start - 2] == '.';
    if (start > 0 && text[start - 1] != '\n' && !after_sentence) return;
    const std::size_t colon = colon_on_line(start);
    if (colon == std::string_view::npos) return;
    const std::string_view lead = text.substr(start, colon - start);
    // A label of its own ("Fraværende:", "Fraværende med afbud:") is the
    // header's; a lead is longer.
    if (vocabulary::header_field(text::fold(lead)) || text::words(lead).size() < 3 || text::words(lead).size() > 14 ||
        about_an_item(lead))
      return;
    const std::string_view rest = text.substr(colon + 1);
    if (!after_sentence && !text::trim(rest.substr(0, rest.find('\n'))).empty()) return;
    mark_absent(names_after_lead_colon(rest), m);
  });
}

}  // namespace

std::vector<std::string> item_absence(std::string_view text) {
  std::vector<std::string> out;
  // The phrases' two beginnings, each looked for once (memmem) before the
  // phrases: most items have neither, and seven finds stopped at each d
  // and f of every item's text (0.6% of the indexer's instructions).
  const auto has = [&](std::string_view s) { return memmem(text.data(), text.size(), s.data(), s.size()) != nullptr; };
  const bool took_no_part = has("deltog ikke i "), left = has("forlod mødet under ");
  if (!took_no_part && !left) return out;
  for (std::string_view phrase : {" deltog ikke i sagens behandling", " deltog ikke i behandlingen af sagen",
                                  " deltog ikke i behandlingen af dette punkt", " deltog ikke i punktets behandling",
                                  " deltog ikke i behandlingen af punktet", " forlod mødet under sagens behandling",
                                  " forlod mødet under behandlingen"}) {
    // Searched from "deltog"/"forlod", not from the space before.
    const std::string_view key = phrase.substr(1);
    if (!(key.front() == 'd' ? took_no_part : left)) continue;
    for (auto at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
      if (at == 0 || text[at - 1] != ' ') continue;
      const std::size_t start = sentence_start(text, at);
      for (auto& n : names_before(text::trim(text.substr(start, at - 1 - start)))) out.push_back(n);
    }
  }
  return out;
}

namespace {

// find_attendance_phrases' scan: the text, its index of places and the meeting
// the phrases fill; each phrase convention below is one function over it.
struct PhraseScan {
  std::string_view text;
  const QuadIndex& places;
  Meeting& m;
  std::size_t minutes_header = 0;  // the header's size in the minutes (find_attendance_phrases)
  // A phrase that starts with a space is searched from its first letter
  // (a space begins every word).
  template <class F>
  void each(std::string_view phrase, F&& f) const {
    const bool space = !phrase.empty() && phrase.front() == ' ';
    const std::string_view key = space ? phrase.substr(1) : phrase;
    places.each(key, [&](std::size_t at) {
      if (!space) f(at);
      else if (at > 0 && text[at - 1] == ' ') f(at - 1);
    });
  }
};

// "Jan Mainz og Pia Buus Pindstrup havde meldt afbud." / "X har meldt
// afbud" / "X udeblev".
void read_sent_regrets(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view phrase : {"meldt afbud", "udeblev", "sendt afbud", "meldte afbud", "sendte afbud",
                                  "havde meldt fra", "har meldt fra", "meldte fra"}) {
    s.each(phrase, [&](std::size_t at) {
      const std::size_t start = sentence_start(text, at);
      std::string_view sentence = text::trim(text.substr(start, at - start));
      for (std::string_view verb : {" havde", " har"})
        if (sentence.size() > verb.size() && sentence.substr(sentence.size() - verb.size()) == verb)
          sentence = text::trim(sentence.substr(0, sentence.size() - verb.size()));
      // "X havde meldt afbud, og Y havde meldt afbud": the last clause only.
      if (const auto comma = sentence.find_last_of(','); comma != std::string_view::npos) {
        const std::string_view tail = text::trim(sentence.substr(comma + 1));
        if (text::starts_with(tail, "og ")) sentence = tail.substr(3);
      }
      // "X, Y og Z meldte afbud til lørdag", "havde meldt afbud til
      // fredag": away for one day (or part) of a meeting of two, there for
      // the rest.
      if (part_of_meeting(text.substr(at + phrase.size()))) {
        for (const auto& n : names_before(sentence)) add_participant_if_new(n, true, m);
        return;
      }
      mark_absent(names_before(sentence), m);
    });
  }
}

// "Alle medlemmer var mødt undtagen X, der havde meldt afbud.", "Alle
// deltog med undtagelse af X", "Alle var til stede, dog ikke X".
void read_all_present_except(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view phrase : {"undtagen ", "bortset fra ", "med undtagelse af ", "dog ikke "}) {
    s.each(phrase, [&](std::size_t at) {
      const std::size_t start = sentence_start(text, at);
      const std::string head = text::fold(text.substr(start, at - start));
      if (head.find("mødt") == std::string::npos && head.find("til stede") == std::string::npos &&
          head.find("deltog") == std::string::npos)
        return;
      mark_absent(names_after(text.substr(at + phrase.size())), m);
    });
  }
}

// The meeting's officers and its welcome, told in prose: "Christoffer
// Galbo blev valgt som dirigent, og Louise Bordoy blev valgt som
// referent", "Henrik Bonné blev valgt til dirigent", "Magnus blev valgt
// som referent for mødet", "Formanden pegede på Tom Johansen som
// dirigent"; "Formanden, Johnna Andersen, bød velkommen til alle",
// "Formanden bød velkommen til Marianne Harboe og Hans Dal". Who chaired,
// took the minutes or welcomed, and who was welcomed, was there.
// (One scan a role: " som" or " til" before it.)
void read_officers_chosen_in_prose(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view role : {" dirigent", " referent", " ordstyrer", " mødeleder", " stemmetællere", " stemmetæller",
                                 " dirigenter"}) {
    s.each(role, [&](std::size_t role_at) {
      if (role_at < 4 || (text.compare(role_at - 4, 4, " som") != 0 && text.compare(role_at - 4, 4, " til") != 0))
        return;
      const std::size_t at = role_at - 4;
      const std::size_t start = sentence_start(text, at);
      std::string_view clause = text.substr(start, at - start);
      // (A plural office elects a list: "Sussie Isaksen 15S, Ellen Jessen
      // 73S og Lise Rønnebæk 43S valgt som stemmetællere", an allotment
      // association's general assembly; a singular one the last clause.)
      const bool plural = role == " stemmetællere" || role == " dirigenter";
      if (const auto comma = clause.find_last_of(','); comma != std::string_view::npos && !plural)
        clause = clause.substr(comma + 1);
      clause = text::trim(clause);
      if (text::starts_with(clause, "og ")) clause = clause.substr(3);
      // "Direktøren indstiller, at X vælges som dirigent": a proposal.
      if (text::starts_with(clause, "at ")) return;
      bool chosen = false;
      // ("Anne Holm (AH) valgt som referent", "Bo Jensen vælges som
      // dirigent": the verb's short forms too.)
      for (std::string_view verb : {" blev valgt", " valgtes", " blev udpeget", " blev genvalgt", " valgt", " vælges"})
        if (!chosen && clause.size() > verb.size() && clause.substr(clause.size() - verb.size()) == verb) {
          clause = text::trim(clause.substr(0, clause.size() - verb.size()));
          chosen = true;
        }
      if (const auto on = clause.find("pegede på "); !chosen && on != std::string_view::npos) {
        clause = clause.substr(on + 10);
        chosen = true;
      }
      if (!chosen) return;
      auto names = names_before(clause);
      // "Magnus blev valgt som referent": a first name alone, unless a
      // listed person has it ("Preben Skovbjerg (referent)" / "Preben blev
      // valgt som referent").
      if (names.empty() && text::words(clause).size() == 1 && vocabulary::is_first_name(clause) &&
          std::none_of(m.participants.begin(), m.participants.end(), [&](const Participant& p) {
            return text::starts_with(p.name, std::string(clause) + " ");
          }))
        names.emplace_back(clause);
      for (const auto& n : names) add_participant_if_new(n, true, m);
    });
  }
}

// A full name (a first name known in Danish and a surname) found in
// prose, present unless the meeting already lists the person under it or
// under a longer or shorter form of it ("Palle" / "Palle Birk", "Eva
// Sejersdal" / "Eva Sejersdal Knudsen"), present or absent.
void add_full_name_if_unlisted(const std::string& n, Meeting& m) {
  const auto ws = text::words(n);
  if (ws.size() < 2 || !vocabulary::is_first_name(ws.front())) return;
  const std::string id = person_id(n);
  if (std::any_of(m.participants.begin(), m.participants.end(), [&](const Participant& p) {
        return same_person_id(p.person_id, id) || text::starts_with(id, p.person_id + "-") ||
               text::starts_with(p.person_id, id + "-");
      }))
    return;
  add_participant_if_new(n, true, m);
}

// A post and the one elected to it in one clause: the verb before the
// name ("Til formand valgtes Kaj Oluf Jensen", "Til kirkeværge valgtes
// ...", "Som sekretær genvalgtes Palle Birk") or the meeting's officer
// before it ("Dirigent Jens Boutrup blev valgt, og erklærede ..."). A
// board constituting itself or a meeting choosing its officers names its
// members present. (Not an auditor or a substitute, who may be elected
// without being there: "Til revisor valgtes ...", "Som suppleant ...".)
void read_posts_filled_in_prose(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view verb : {" valgtes ", " genvalgtes "}) {
    s.each(verb, [&](std::size_t at) {
      const std::size_t start = sentence_start(text, at);
      const auto before = text::words(text.substr(start, at - start));
      if (before.size() != 2 || (before[0] != "Til" && before[0] != "Som")) return;
      const std::string post = text::fold(before[1]);
      if (text::starts_capital(before[1]) || text::starts_with(post, "revisor") || text::starts_with(post, "suppleant") ||
          text::starts_with(post, "bestyrelse"))
        return;
      for (const auto& n : names_after(text.substr(at + verb.size()))) add_full_name_if_unlisted(n, m);
    });
  }
  for (std::string_view verb : {" blev valgt", " blev genvalgt"}) {
    s.each(verb, [&](std::size_t at) {
      const std::size_t start = sentence_start(text, at);
      const std::string_view clause = text::trim(text.substr(start, at - start));
      const auto ws = text::words(clause);
      if (ws.size() < 3 || ws.size() > 5) return;
      const std::string role = text::fold(ws[0]);
      if (role != "dirigent" && role != "referent" && role != "ordstyrer" && role != "mødeleder") return;
      const std::string name(clause.substr(static_cast<std::size_t>(ws[1].data() - clause.data())));
      if (looks_like_name(name)) add_full_name_if_unlisted(name, m);
    });
  }
}

// True when a line of the text that names `name` tells an absence
// ("Michael Kock – MK (afbud)" in a roster above the minutes).
bool named_absent_on_a_line(std::string_view text, std::string_view name) {
  for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + name.size())) {
    const std::size_t b = text.rfind('\n', at);
    const std::size_t e = text.find('\n', at);
    const std::string line = text::fold(text.substr(b == std::string_view::npos ? 0 : b + 1,
                                                    e == std::string_view::npos ? std::string_view::npos
                                                                                : e - (b == std::string_view::npos ? 0 : b + 1)));
    if (line.find("afbud") != std::string::npos || line.find("fravær") != std::string::npos) return true;
  }
  return false;
}

// A board's constitution written one office a line under its head:
// "Konstituering:" / "Formand: Heimo Dalsgaard" / "Næstformand: Lars
// Wahlqvist" (a district heating board), "Bestyrelsen konstituerede sig
// således:" / "Formand: Tina Hyldegaard" (a local council of
// Frederiksberg), "5 Bestyrelsen konstituerede sig i enighed således:" /
// "Næstformand: Michael P. Krog" (a patients' association's branch),
// "Valg:" / "Formand Mogens Thomsen" / "Kasserer Jan Friis" (a village
// council, under its item electing them). The board constituting itself
// at the meeting names its officers present, unless a line naming one
// tells an absence. (Only full names starting at a first name known in
// Danish; the lines right after the head, while each opens with an
// office.)
void read_board_constituted(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  const auto read_from = [&](std::size_t head_end) {
    std::size_t at = head_end;
    for (int lines = 0; lines < 10 && at < text.size(); ++lines) {
      const std::size_t e = text.find('\n', at);
      const std::string_view line = text::trim(text.substr(at, e == std::string_view::npos ? std::string_view::npos : e - at));
      at = e == std::string_view::npos ? text.size() : e + 1;
      if (line.empty()) continue;
      const auto ws = text::words(line);
      if (ws.size() < 3) return;
      std::string_view first = ws.front();
      if (first.back() == ':') first.remove_suffix(1);
      const std::string office = text::fold(first);
      if (office != "formand" && office != "næstformand" && office != "kasserer" && office != "sekretær" &&
          office != "bestyrelsesmedlem")
        return;
      std::string_view value = line.substr(static_cast<std::size_t>(ws[1].data() - line.data()));
      // "Sekretær og officiel kontaktperson: Anders T. Raabo".
      if (const auto colon = line.find(": "); colon != std::string_view::npos && colon < 45)
        value = text::trim(line.substr(colon + 2));
      const auto entries = read_person_entries(value, true);
      if (entries.empty()) continue;
      const std::string& n = entries.front().name;
      if (!looks_like_name(n) || named_absent_on_a_line(text, n)) continue;
      add_full_name_if_unlisted(n, m);
    }
  };
  const auto head_line = [&](std::size_t at) {
    const std::size_t b = text.rfind('\n', at);
    const std::size_t from = b == std::string_view::npos ? 0 : b + 1;
    const std::size_t e = text.find('\n', at);
    return std::make_pair(from, e);
  };
  s.each("onstitu", [&](std::size_t at) {
    const auto [from, e] = head_line(at);
    if (e == std::string_view::npos) return;
    std::string f = text::fold(text::trim(text.substr(from, e - from)));
    while (!f.empty() && (std::isdigit(static_cast<unsigned char>(f.front())) || f.front() == '.' || f.front() == ' '))
      f.erase(0, 1);
    const bool head = (text::starts_with(f, "konstituering") && f.size() <= 40) ||
                      (f.find("konstituerede sig") != std::string::npos && f.back() == ':');
    if (head) read_from(e + 1);
  });
  s.each("Valg:", [&](std::size_t at) {
    const auto [from, e] = head_line(at);
    if (e == std::string_view::npos || text::trim(text.substr(from, e - from)) != "Valg:") return;
    read_from(e + 1);
  });
}

// The last run of capitalised words in a clause that starts at a first
// name known in Danish: "formand Jan Pedersen advokat Carsten Lorentzen"
// -> "Carsten Lorentzen", "Herefter blev Bjarne From" -> "Bjarne From".
std::string last_named_run(std::string_view clause) {
  const auto ws = text::words(clause);
  std::size_t from = ws.size();
  while (from > 0 && !ws[from - 1].empty() && text::starts_capital(ws[from - 1])) --from;
  for (; from + 1 < ws.size(); ++from)
    if (vocabulary::is_first_name(ws[from])) {
      std::string name;
      for (std::size_t i = from; i < ws.size(); ++i) name += (name.empty() ? "" : " ") + std::string(ws[i]);
      return looks_like_name(name) ? name : std::string();
    }
  return {};
}

// The officer proposed in the minutes' past tense, named between the
// verb and the role: "Niels Kjeldsen (Formand for BLF) foreslog Jon
// Kowalczyk som dirigent", "foreslog formanden Ulrik Lefevre fra Lexsos
// Advokaterne som dirigent", "foreslog på bestyrelsens vegne valg af Tim
// Jensen, Lundedalsvej 3, som dirigent", "Herefter blev Bjarne From
// foreslået som dirigent og valgt". The one proposed to lead the meeting
// was there. (Only the past tense: "Bestyrelsen foreslår X som dirigent"
// in a notice of meeting names no one who came.)
void read_officers_proposed_in_prose(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  const auto role_follows = [&](std::string_view rest) {
    for (std::string_view role : {"som dirigent", "som ordstyrer", "som referent", "som mødeleder", "til dirigent",
                                  "til ordstyrer", "til referent", "til mødeleder"})
      if (text::starts_with(rest, role)) return true;
    return false;
  };
  constexpr std::string_view proposed = " foreslog ", proposed_passive = " foreslået ";
  s.each(proposed, [&](std::size_t at) {
    std::string_view rest = text.substr(at + proposed.size());
    rest = rest.substr(0, sentence_end(rest));
    const auto som = rest.find(" som ");
    if (som == std::string_view::npos || !role_follows(rest.substr(som + 1))) return;
    std::string_view who = rest.substr(0, som);
    who = who.substr(0, who.find(','));
    if (const auto fra = who.find(" fra "); fra != std::string_view::npos) who = who.substr(0, fra);
    if (const auto n = last_named_run(who); !n.empty()) add_participant_if_new(n, true, m);
  });
  s.each(proposed_passive, [&](std::size_t at) {
    if (!role_follows(text.substr(at + proposed_passive.size()))) return;
    const std::size_t start = sentence_start(text, at);
    std::string_view who = text.substr(start, at - start);
    if (const auto comma = who.find_last_of(','); comma != std::string_view::npos) who = who.substr(comma + 1);
    if (const auto n = last_named_run(who); !n.empty()) add_participant_if_new(n, true, m);
  });
}

// An entry of an officers' list that is a person's full name: a first name
// known in Danish and a surname ("Jan Sølvhøj", "Helle Thagesen").
bool is_full_name_entry(std::string_view name) {
  const auto ws = text::words(name);
  return ws.size() >= 2 && vocabulary::is_first_name(strip_edges(ws.front())) && looks_like_name(name);
}

// The assembly's officers elected as a list after a colon: "Valg af
// stemmetællere. Følgende valgt: Jan Sølvhøj,Yoa Piczenik, Arne Clausen
// ... og Jens Lund." (a teachers' union district's general assembly),
// "... foreslog på bestyrelsens vegne, at følgende blev valgt som
// dirigenter: Tidl. sognepræst Jørgen Anker Jørgensen, Frederiksberg ..."
// (a national association's delegates' meeting). Those chosen to lead the
// meeting or count its votes were there. (Only a meeting's office, named
// before the colon or in the sentence before it: "Følgende blev valgt til
// bestyrelsen:" names members who need not have come.)
void read_officers_elected_as_list(const PhraseScan& s) {
  const std::string_view text = s.text;
  s.each("ølgende ", [&](std::size_t at) {
    if (at == 0 || (text[at - 1] != 'F' && text[at - 1] != 'f')) return;
    std::string_view rest = text.substr(at, 80);
    const auto colon = rest.find(':');
    if (colon == std::string_view::npos) return;
    const std::string lead = text::fold(rest.substr(0, colon));
    if (lead.find("valgt") == std::string::npos || lead.find('.') != std::string::npos) return;
    const std::size_t start = sentence_start(text, at);
    const std::size_t before = start > 60 ? start - 60 : 0;
    const std::string around = text::fold(text.substr(before, at - before)) + " " + lead;
    if (around.find("dirigent") == std::string::npos && around.find("stemmetæller") == std::string::npos) return;
    // (The list runs over the lines to the full stop that a new sentence
    // follows; a full stop before a lower-case word or a known first name
    // ends a title's abbreviation inside it: "Tidl. sognepræst Jørgen Anker
    // Jørgensen, ... Ph.d. kemiing. Margrethe Winther-Nielsen, ...".)
    std::string flat(text.substr(at + colon + 1, 400));
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    std::size_t stop = 0;
    for (stop = flat.find(". "); stop != std::string::npos; stop = flat.find(". ", stop + 2)) {
      const auto next = text::words(std::string_view(flat).substr(stop + 2, 40));
      if (next.empty() || (text::starts_capital(next.front()) && !vocabulary::is_first_name(strip_edges(next.front()))))
        break;
    }
    const std::string_view list = std::string_view(flat).substr(0, stop);
    for (const auto& e : read_person_entries(list)) {
      if (is_full_name_entry(e.name))
        add_participant_if_new(e.name, true, s.m);
      else if (const auto n = last_named_run(e.name); !n.empty())
        add_participant_if_new(n, true, s.m);
    }
  });
}

// "Valg af dirigent: Helle Thagesen.", "Ad punkt 1: Valg af dirigent.
// Tonny Rasmussen, Borup, blev valgt.": the officers' election written in
// a paragraph; the sentence after it names who was chosen.
void read_officers_election_paragraph(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view key : {"alg af dirigent", "alg af referent"}) {
    s.each(key, [&](std::size_t at) {
      if (at == 0 || (text[at - 1] != 'V' && text[at - 1] != 'v')) return;
      std::string_view rest = text.substr(at + key.size());
      rest = rest.substr(0, rest.find('\n'));
      for (std::string_view also : {" og referent", " og stemmetællere", " og ordstyrer"})
        if (text::starts_with(rest, also)) rest.remove_prefix(also.size());
      if (rest.size() < 3 || (rest[0] != ':' && rest[0] != '.') || rest[1] != ' ') return;
      rest = rest.substr(2);
      rest = rest.substr(0, sentence_end(rest));
      const std::string f = text::fold(rest);
      if (f.find("indstill") != std::string::npos) return;
      for (const auto& e : read_person_entries(rest)) {
        if (is_full_name_entry(e.name)) add_participant_if_new(e.name, true, m);
      }
    });
  }
}

// "Hans Henrik Madsen, formand, bød velkommen": a subject whose job title
// stands between commas after the name is the name (a hunting
// association's general assembly). Else the subject as it is.
std::string_view before_role_apposition(std::string_view subject) {
  if (subject.size() < 3 || subject.back() != ',') return subject;
  const std::string_view inner = subject.substr(0, subject.size() - 1);
  const auto comma = inner.rfind(',');
  if (comma == std::string_view::npos) return subject;
  const auto role = text::words(inner.substr(comma + 1));
  if (role.size() != 1 || !vocabulary::is_job_title(text::fold(strip_edges(role[0])))) return subject;
  return text::trim(inner.substr(0, comma));
}

// The welcome as a noun in a general assembly's minutes: "En særlig
// velkomst til Erling Emmerik, næstformand i landsforeningen" (a
// Parkinson branch), "En særlig velkomst til de statsautoriserede
// revisorer Søren Bonde og Per Jansen fra PWC" (a housing association).
// The guests the chair welcomed by name were there. (Only inside a
// sentence: an item title "Velkomst til nye medlemmer" or "Velkomst v/
// X" announces a welcome, it does not tell one.)
void read_welcome_noun(const PhraseScan& s) {
  const std::string_view text = s.text;
  constexpr std::string_view phrase = " velkomst til ";
  s.each(phrase, [&](std::size_t at) {
    const std::size_t start = sentence_start(text, at);
    if (at <= start) return;
    std::string_view rest = text.substr(at + phrase.size());
    rest = rest.substr(0, sentence_end(rest));
    for (const auto& n : names_after(rest)) {
      const auto ws = text::words(n);
      if (!ws.empty() && vocabulary::is_first_name(ws.front())) add_participant_if_new(n, true, s.m);
    }
  });
}

// True when the head of the text (its first 1,500 bytes) names a general
// assembly of an association: "generalforsamling" (also hyphenated,
// "general-forsamlingen"), "repræsentantskabsmøde", "delegeretmøde".
bool names_general_assembly(std::string_view text) {
  const std::string head = text::fold(text.substr(0, std::min<std::size_t>(text.size(), 1500)));
  for (std::string_view w : {"generalforsamling", "general-forsamling", "repræsentantskabsmøde", "delegeretmøde"})
    if (head.find(w) != std::string::npos) return true;
  return false;
}

// The capitalised words that open `rest` (at most four; an initial "V."
// among them), up to a closing comma or bracket: "Ole Østvig Nissen
// udtalte" -> "Ole Østvig Nissen"; where the run ends in `end`.
std::string capitalised_run(std::string_view rest, std::size_t& end) {
  std::string name;
  std::size_t at = 0;
  for (int n = 0; n < 4; ++n) {
    const std::size_t e = rest.find(' ', at);
    std::string_view w = rest.substr(at, e == std::string_view::npos ? std::string_view::npos : e - at);
    const bool closes = !w.empty() && (w.back() == ',' || w.back() == ')');
    if (closes) w.remove_suffix(1);
    if (w.empty() || !text::starts_capital(w)) break;
    name += (name.empty() ? "" : " ") + std::string(w);
    at = e == std::string_view::npos ? rest.size() : e + 1;
    end = at;
    if (closes || e == std::string_view::npos) break;
  }
  return name;
}

// A general assembly's officers named beside their office as they act:
// "Formanden, Ole Østvig Nissen udtalte, at ..." (a hospice support
// association), "2. Formanden (Jørgen Bendtsen) Fremlagde bestyrelsens
// beretning" (a heart association's branch), "Kasserer, Peter Skjoldlund,
// fremlagde regnskabet" (a diabetes branch), "Bestyrelsens beretning blev
// aflagt af formanden, Jørgen Brøgger." and "Regnskabet blev fremlagt af
// kasserer Kim V. Larsen." (a hunting association), "... blev aflagt af
// formand Henrik Brønd:" (a housing association). The chair and treasurer
// who gave the report and the accounts to the assembly were there. (Only
// in minutes whose head names a general assembly, and only with a verb of
// the meeting right after the name: "foreningens tidligere formand, Ejvind
// Sørensen, der var afgået ved døden" acts at no meeting, and a committee's
// minutes quote "Formand X informerede om" from another meeting.)
void read_officers_acting_in_assembly(const PhraseScan& s) {
  const std::string_view text = s.text;
  if (!names_general_assembly(text)) return;
  Meeting& m = s.m;
  // (add_full_name_if_unlisted asks for a known first name and a surname.)
  const auto add = [&](const std::string& n) {
    if (looks_like_name(n)) add_full_name_if_unlisted(n, m);
  };
  for (std::string_view office : {"ormanden", "ormand", "asserer", "assereren"}) {
    for (std::size_t at = text.find(office); at != std::string_view::npos; at = text.find(office, at + 1)) {
      if (at == 0 || (text[at - 1] != 'F' && text[at - 1] != 'f' && text[at - 1] != 'K' && text[at - 1] != 'k')) continue;
      if (at >= 2 && std::isalpha(static_cast<unsigned char>(text[at - 2]))) continue;  // "Næstformand", "udvalgsformand"
      // (A line may end between the name and the verb: "2. Formanden (Jørgen
      // Bendtsen)" / "Fremlagde ..." after a heading was cut at its note.)
      std::string flat(text.substr(at + office.size(), 120));
      std::replace(flat.begin(), flat.end(), '\n', ' ');
      std::string_view rest = flat;
      if (text::starts_with(rest, ", ")) rest.remove_prefix(2);
      else if (text::starts_with(rest, " (")) rest.remove_prefix(2);
      else if (text::starts_with(rest, " ")) rest.remove_prefix(1);
      else continue;
      std::size_t end = 0;
      const std::string name = capitalised_run(rest, end);
      if (name.empty()) continue;
      const auto next = text::words(rest.substr(end, 40));
      if (next.empty()) continue;
      const std::string verb = text::fold(strip_edges(next.front()));
      static constexpr std::string_view k_verbs[] = {"fremlagde", "aflagde",  "udtalte",  "bød",      "byder",
                                                     "gennemgik", "fortalte", "supplerede", "oplyste", "redegjorde",
                                                     "konstaterede", "åbnede", "fremlægger", "aflægger"};
      if (std::find(std::begin(k_verbs), std::end(k_verbs), verb) == std::end(k_verbs)) continue;
      add(name);
    }
  }
  for (std::string_view phrase : {" blev aflagt af ", " blev fremlagt af ", " blev gennemgået af "}) {
    s.each(phrase, [&](std::size_t at) {
      for (const auto& n : names_after(text.substr(at + phrase.size()))) add(n);
    });
  }
}

// (Only names that start at a first name known in Danish: "konsulent Vibeke
// Holm, Fælleskommunalt Social- og Sundhedssekretariat" names no
// "Fælleskommunalt Social-".)
void read_welcome(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  const auto known_first = [](const std::string& n) {
    const auto ws = text::words(n);
    return !ws.empty() && vocabulary::is_first_name(ws.front());
  };
  // (One scan: " velkommen" after " bød", " bød alle", " bød de fremmødte",
  // the body welcomed, " bød udvalget" ("1. næstformand for regionsrådet,
  // Hanne Roed, bød udvalget velkommen."), " bød rådet", " bød bestyrelsen",
  // the passive " sagt", and the present tense " byder" in a general
  // assembly's minutes, "Formand Jacob Vestergaard byder velkommen": a
  // committee's programme "leder X byder velkommen og præsenterer ..."
  // announces a welcome to come.)
  const bool assembly = names_general_assembly(text);
  s.each(" velkommen", [&](std::size_t welcome_at) {
    std::string_view phrase;
    std::size_t at = std::string_view::npos;
    for (std::string_view lead : {" bød", " bød alle", " bød de fremmødte", " bød udvalget", " bød rådet",
                                  " bød bestyrelsen", " byder", " sagt"})
      if (welcome_at >= lead.size() && text.compare(welcome_at - lead.size(), lead.size(), lead) == 0 &&
          (lead != " byder" || assembly)) {
        at = welcome_at - lead.size();
        phrase = lead;
      }
    if (at == std::string_view::npos) return;
    const std::size_t phrase_size = phrase.size() + 10;  // and " velkommen"
    {
      const std::size_t start = sentence_start(text, at);
      // The subject: the name right before the verb ("Afbud: Peter Krogh
      // Bestyrelsesformanden bød velkommen" names no one who welcomed).
      std::string_view subject = text::trim(text.substr(start, at - start));
      subject = before_role_apposition(subject);
      const auto sw = text::words(subject);
      if (!sw.empty() && !vocabulary::is_job_title(text::fold(strip_edges(sw.back())))) {
        const auto names = names_before(subject);
        if (!names.empty() && known_first(names.back()))
          add_participant_if_new(names.back(), true, m);
      }
      std::string_view rest = text.substr(at + phrase_size);
      if (!text::starts_with(rest, " til ")) return;
      rest = rest.substr(0, sentence_end(rest));
      // "... til den fremmødte forsamling og til Marianne Harboe og Hans Dal".
      if (const auto last = rest.rfind(" til "); last != std::string_view::npos) rest = rest.substr(last + 5);
      for (const auto& n : names_after(rest))
        if (known_first(n)) add_participant_if_new(n, true, m);
    }
  });
}

// The member sat in for, up to a second substitute's clause the sentence
// joins with "og" ("Britta Andersen deltog som stedfortræder for Brian
// Dalsgaard og Gert Rosing deltog som stedfortræder for Tonni Hansen",
// Langeland's Kommunalbestyrelse; "Gert Boller deltog i stedet for Karsten
// Christiansen og Thorben Koed deltog i stedet for Ghita Tougaard", Viborg's
// LBR): "Brian Dalsgaard", not the next substitute too.
std::string_view before_next_substitute(std::string_view rest) {
  const std::string_view sentence = rest.substr(0, sentence_end(rest));
  std::size_t next = std::string_view::npos;
  for (std::string_view phrase : vocabulary::substitute_phrases())
    next = std::min(next, sentence.find(phrase));
  if (next == std::string_view::npos) return rest;
  const auto og = sentence.substr(0, next).rfind(" og ");
  return og == std::string_view::npos ? rest : rest.substr(0, og);
}

// The second substitute of such a sentence, the subject after its "og"
// ("... for Brian Dalsgaard og Gert Rosing" before "deltog som
// stedfortræder for Tonni Hansen"): "Gert Rosing", not the member the
// first substitute sat in for.
std::string_view after_previous_substitute(std::string_view clause) {
  std::size_t last = std::string_view::npos;
  for (std::string_view phrase : vocabulary::substitute_phrases())
    if (const auto at = clause.rfind(phrase); at != std::string_view::npos && (last == std::string_view::npos || at > last))
      last = at;
  if (last == std::string_view::npos) return clause;
  const auto og = clause.find(" og ", last);
  return og == std::string_view::npos ? clause : clause.substr(og + 4);
}

// "Y deltog i stedet", "Y deltog som suppleant for X".
// "Y deltog i mødet i stedet for X", "Y mødte i stedet for X": the same,
// with the meeting named between the verb and "i stedet".
void read_substitutes_in_place(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  static constexpr std::array<std::string_view, 10> k_called_in_or_late = {
      " var indkaldt som suppleant", " er indkaldt", " var indkaldt", " blev indkaldt", " er derfor indkaldt",
      " indkaldes", " kom for sent", " ankom senere", " deltog fra punkt", " deltog fra kl"};
  const auto substitutes = vocabulary::substitute_phrases();
  std::vector<std::string_view> phrases(substitutes.begin(), substitutes.end());
  phrases.insert(phrases.end(), k_called_in_or_late.begin(), k_called_in_or_late.end());
  for (std::string_view phrase : phrases) {
    s.each(phrase, [&](std::size_t at) {
      const std::size_t start = sentence_start(text, at);
      std::string_view clause = text::trim(text.substr(start, at - start));
      // "1. stedfortræder på liste V, Kim Østergaard, er derfor indkaldt":
      // the name in apposition.
      while (!clause.empty() && clause.back() == ',') clause = text::trim(clause.substr(0, clause.size() - 1));
      if (const auto comma = clause.find_last_of(','); comma != std::string_view::npos) clause = clause.substr(comma + 1);
      clause = text::trim(clause);
      if (text::starts_with(clause, "og ")) clause = clause.substr(3);
      clause = after_previous_substitute(after_absence(clause));
      // "Hanne Bierring - suppleanten Lasse Gadegaard er indkaldt": the
      // substitute after the word, not the member before it.
      for (std::string_view word : {"suppleanten ", "suppleant ", "stedfortræderen ", "stedfortræder "})
        if (const auto w = clause.rfind(word); w != std::string_view::npos && w > 0) {
          clause = clause.substr(w + word.size());
          break;
        }
      for (const auto& n : names_before(clause)) add_participant_if_new(n, true, m);
      const std::string_view rest = text::trim(text.substr(at + phrase.size()));
      if (text::starts_with(rest, "for ")) mark_absent(names_after(before_next_substitute(rest.substr(4))), m);
    });
  }
}

// "at Ovidiu G. Neuhitoi indtræder som stedfortræder for Cathrina A.
// Sørensen,": a recommendation's point at the opening of a council's
// meeting, its line opening with "at" (not "blev det besluttet, at X
// indtræder ... indtil videre", a standing substitute decided before): X
// sits in for Y, who is absent (Aabenraa's Byråd; the councils' substitute
// under Styrelsesloven, as Brønderslev's "indkaldes ... for"). X, a
// member the list names already, is left to it.
void read_substitute_points(const PhraseScan& s) {
  const std::string_view text = s.text;
  for (std::string_view phrase : {" indtræder som stedfortræder for ", " indtræder som suppleant for "}) {
    s.each(phrase, [&](std::size_t at) {
      // (Its line, or in a transcript's run-on text the recommendation's
      // sentence, "... indstiller, at X indtræder ...".)
      const std::size_t start = sentence_start(text, at);
      const std::string_view clause = text::trim(text.substr(start, at - start));
      const auto point = clause.rfind(" at ");
      const bool opens = text::starts_with(clause, "at ");
      const bool recommended = point != std::string_view::npos && text::fold(clause.substr(0, point)).find("indstille") != std::string::npos;
      if (!opens && !recommended) return;
      if (names_before(clause.substr(opens && !recommended ? 3 : point + 4)).empty()) return;
      // (Up to the next point, ", at Karsten Meyer Olesen indtræder ...".)
      std::string_view rest = text.substr(at + phrase.size());
      rest = rest.substr(0, std::min(rest.find(" at "), rest.find('\n')));
      mark_absent(names_after(rest), s.m);
    });
  }
}

// "Suppleant Carl Dahl deltog for Erik Lund", "Y mødte for X": Y came in
// X's place (only when a person's name follows "for": "deltog for
// første gang", "deltog for Region Midtjylland" tell nothing of absence).
void read_came_for_another(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view phrase : {" deltog for ", " deltager for ", " mødte for ", " mødte op for "}) {
    s.each(phrase, [&](std::size_t at) {
      const auto replaced = names_after(text.substr(at + phrase.size()));
      if (replaced.empty()) return;
      const std::size_t start = sentence_start(text, at);
      std::string_view clause = text::trim(text.substr(start, at - start));
      for (const auto& n : names_before(clause)) add_participant_if_new(n, true, m);
      mark_absent(replaced, m);
    });
  }
}

// The names a sentence gives before one of `phrases` are present.
void read_present_before(const PhraseScan& s, std::initializer_list<std::string_view> phrases) {
  const std::string_view text = s.text;
  for (std::string_view phrase : phrases) {
    s.each(phrase, [&](std::size_t at) {
      const std::size_t start = sentence_start(text, at);
      for (const auto& n : names_before(text::trim(text.substr(start, at - start)))) add_participant_if_new(n, true, s.m);
    });
  }
}

// "Anne Holm, Bo Jensen og Carl Dahl var til stede.", "X var mødt":
// present, told in a sentence.
void read_present_in_sentence(const PhraseScan& s) {
  read_present_before(s, {" var til stede", " var tilstede", " var mødt", " var fremmødt", " er mødt"});
}

// "Kultur- og Fritidsudvalget besluttede i medfør af styrelseslovens § 20,
// stk. 4, 1. pkt., at følgende embedspersoner skulle overvære de konkrete
// sager på dagsordenen:" over one "Mads Kamp Hansen: Dagsordenens pkt. 2,
// 5, 6" a line: the officials admitted to the items each line names were
// there; so were those who "overværede" a part ("Mads Kamp Hansen og
// Marianne Kruckow overværede foretrædet."). Copenhagen's committees on
// kk.dk write this in every meeting's first item (case 562).
void read_observers(const PhraseScan& s) {
  read_present_before(s, {" overværede "});
  const std::string_view text = s.text;
  s.each(" skulle overvære ", [&](std::size_t at) {
    const std::size_t colon = text.find(":\n", at);
    if (colon == std::string_view::npos || colon > at + 200) return;
    for (std::string_view raw : text::lines(text.substr(colon + 2))) {
      const std::string_view line = text::trim(raw);
      if (line.empty()) continue;
      const std::size_t c = line.find(": ");
      if (c == std::string_view::npos) return;
      const std::string after = text::fold(line.substr(c + 2, 20));
      if (!text::starts_with(after, "dagsordenens p") && !text::starts_with(after, "pkt") &&
          !text::starts_with(after, "punkt"))
        return;
      const auto names = names_before(line.substr(0, c));
      if (names.size() != 1 || names.front() != line.substr(0, c)) return;
      add_participant_if_new(names.front(), true, s.m);
    }
  });
}

// "Bo Jensen (V) og Carl Dahl (F) stemte imod", "X tog forbehold": a
// member who voted or made a reservation was at the meeting.
void read_votes_and_reservations(const PhraseScan& s) {
  read_present_before(s, {" stemte imod", " stemte for", " stemte ikke", " undlod at stemme", " tog forbehold",
                          " tog et forbehold", " ønskede ført til protokol", " ønskede sin stemme",
                          " fik ført til protokol", " kunne ikke tiltræde", " kan ikke tiltræde"});
}

// Whether the clause before a verb ends with `name` as its subject: the
// name, then nothing but an apposition (", Herning Kommune,", "(F)") or
// where the person comes from ("fra planafdelingen"). ("Centerleder Mette
// Engberg Munch viste Handicaprådet rundt ..., hvorefter Mette kort
// orienterede om stedet": another verb's subject.)
bool subject_of_verb(std::string_view clause, std::string_view name) {
  const auto at = clause.rfind(name);
  if (at == std::string_view::npos) return false;
  std::string_view gap = text::trim(clause.substr(at + name.size()));
  if (gap.empty()) return true;
  if (gap.size() <= 60 && ((gap.front() == ',' && gap.back() == ',') || (gap.front() == '(' && gap.back() == ')')))
    return true;
  const auto gw = text::words(gap);
  return gw.size() >= 2 && gw.size() <= 4 && gw.front() == "fra";
}

// "Peter Nørkjær og Johnny Pedersen fremlagde Flis projektet", "Dorthe
// Christiansen orienterede om forberedelserne", "Henny Holmgaard, Herning
// Kommune, informerede om ...", "Kasserer, Peter Skjoldlund, fremlagde
// regnskabet": the one who reported to the meeting, named as the subject
// of a report's verb in the past tense, was there (a member, or a guest
// who took part in an item). Only a full name (a first name known in
// Danish and a surname), and never over an absence the minutes record.
// (Not "fortalte om": a story told may be another meeting's.)
void read_reports_in_prose(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view phrase : {" orienterede om", " orienterede kort", " informerede om", " fremlagde",
                                  " redegjorde for", " præsenterede", " oplyste", " holdt oplæg", " holdt et oplæg", " henledte opmærksomheden"}) {
    s.each(phrase, [&](std::size_t at) {
      const std::size_t start = sentence_start(text, at);
      const std::string_view clause = text::trim(text.substr(start, at - start));
      const auto names = names_before(clause);
      // (The subjects joined by "og" or commas: the last one stands before the verb.)
      if (names.empty() || !subject_of_verb(clause, names.back())) return;
      // (Nor a shortened name of one listed: "Direktør Eva Sejersdal
      // informerede" for "Eva Sejersdal Knudsen".)
      for (const auto& n : names) add_full_name_if_unlisted(n, m);
    });
  }
}

// "Mødet blev ledet af Anne Holm": the chair.
void read_chair_led_by(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view phrase : {"blev ledet af ", "ledes af ", "ledet af formand ", "ledet af formanden "}) {
    s.each(phrase, [&](std::size_t at) {
      const auto names = names_after(text.substr(at + phrase.size()));
      if (names.size() != 1) return;
      add_participant_if_new(names.front(), true, m);
      if (!m.chair) m.chair = names.front();
    });
  }
}

// "X var forsinket", "Y havde meddelt, at han var forsinket", "Z kom
// senere": late, but there.
void read_late_arrivals(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view phrase : {" var forsinket", " er forsinket", " blev forsinket", " bliver forsinket",
                                  " kom senere", " kommer senere"}) {
    s.each(phrase, [&](std::size_t at) {
      const std::size_t start = sentence_start(text, at);
      // "... var forsinket og deltog ikke under punkt 1": the part missed
      // is told too, and the minutes count the person absent.
      const std::string_view rest = text.substr(at, sentence_end(text.substr(at)));
      if (rest.find(" ikke ") != std::string_view::npos) return;
      for (const auto& n : names_before(text::trim(text.substr(start, at - start)))) add_participant_if_new(n, true, m);
    });
  }
}

// "X deltog ikke i behandlingen af punkt 4 og 7", "X forlod mødet under
// punkt 5": absent for those items only.
void read_items_missed_by_number(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view phrase : {" deltog ikke i ", " deltog ikke under ", " forlod mødet ", " og ikke under behandling",
                                  " og ikke i behandling"}) {
    s.each(phrase, [&](std::size_t at) {
      const std::size_t start = sentence_start(text, at);
      const auto names = names_before(text::trim(text.substr(start, at - start)));
      const auto numbers = item_numbers(text.substr(at + phrase.size()));
      if (names.empty() || numbers.empty()) return;
      for (const auto& n : names) {
        // Named only for the items they missed: absent; listed elsewhere as
        // present: present, absent for those items.
        add_participant_if_new(n, phrase == " forlod mødet ", m);
        const std::string id = person_id(n);
        for (auto& item : m.items) {
          if (!item.number || std::find(numbers.begin(), numbers.end(), *item.number) == numbers.end()) continue;
          if (std::find(item.absent.begin(), item.absent.end(), id) == item.absent.end()) item.absent.push_back(id);
        }
      }
    });
  }
}

// "X (A) og Y (F) deltog ikke i sagens behandling": known only as not
// taking part, they are absent (the item keeps them in Item::absent).
// A decision of another meeting quoted in an item ("Miljø- og
// klimaudvalgets beslutning den 2. november 2022:") tells that meeting's
// absentees, not this one's.
void read_item_section_absence(const PhraseScan& s) {
  Meeting& m = s.m;
  for (const auto& item : m.items) {
    for (const auto& sec : item.sections) {
      if (sec.heading && m.date) {
        const auto d = find_date(*sec.heading);
        if (d && *d != *m.date) continue;
      }
      if (sec.text.find("deltog ikke") == std::string::npos && sec.text.find("forlod mødet") == std::string::npos)
        continue;
      for (const auto& n : item_absence(sec.text)) add_participant_if_new(n, false, m);
    }
  }
}

// A guest's "X deltager" in the minutes, which tell who came: at the end
// of its sentence in the header, by a theme session or a guest's label
// ("Temamøde om færdsel på Nettet kl. 12.15-12.30. Louise Ørum Skytt
// deltager. Temamøde: ...", Viborg's Børne- og Ungdomsudvalg), or for the
// items ("Gæst: Peder Ahnfeldt-Mollerup deltager under punkt 19", DSAM's
// board; "X deltager under dette punkt", "... under alle punkter"). (Else
// "X deltager" is planned: an agenda's guest, or the members going to
// another event, "Niels, Jørn, Thor og Jørgen deltager.") `next`: the
// folded words after the verb at `at`.
bool guest_in_minutes(const PhraseScan& s, std::size_t at, std::string_view phrase, std::string_view next) {
  if (at >= s.minutes_header) return false;
  return phrase == " deltager." || text::starts_with(next, "under punkt") ||
         text::starts_with(next, "under dette") || text::starts_with(next, "under alle");
}

// "Susanne Buch og Nicolaj Bang deltog via video.", "X ankom til mødet kl.
// 17.32", "Y forlod mødet efter punkt 5", "Z erklærede sig inhabil", "W
// deltager fra start": they were there. With the verb second ("Desuden
// deltog X", "Fra administrationen deltager X og Y", "I mødet deltog X"),
// the names follow the verb.
void read_took_part(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view phrase :
       {" deltog ", " deltager ", " deltager.", " ankom ", " ankommer ", " forlod ", " erklærede sig inhabil",
        " tilsluttede sig mødet"}) {
    const bool takes_part = phrase == " deltog " || phrase == " deltager " || phrase == " deltager.";
    s.each(phrase, [&](std::size_t at) {
      std::string_view rest = text.substr(at + phrase.size());
      const std::string next = text::fold(rest.substr(0, std::min<std::size_t>(rest.size(), 12)));
      if (text::starts_with(next, "ikke")) return;
      // "Y deltog som suppleant for X": read above, from Y's own clause.
      if (text::starts_with(next, "som supplea") || text::starts_with(next, "som stedfor") ||
          text::starts_with(next, "i stedet"))
        return;
      // "X deltog først fra kl. 15.45 og ikke under behandlingen af punkt
      // 1": read above, as not taking part.
      if (text.substr(at, sentence_end(text.substr(at))).find(" ikke under ") != std::string_view::npos) return;
      const std::size_t start = sentence_start(text, at);
      std::string_view clause = text::trim(text.substr(start, at - start));
      // "Som suppleant for X deltog Y", "I stedet for X deltog Y": Y came,
      // X did not.
      // The lead may follow a list it notes ("Afbud: A, B * *i stedet for
      // B deltog C"): the names before it are no subject of the verb.
      if (takes_part) {
        const std::string fc = text::fold(clause);
        for (std::string_view lead : {"som suppleant for ", "som stedfortræder for ", "i stedet for "}) {
          const auto pos = fc.find(lead);
          if (pos == std::string::npos || (pos > 0 && fc.size() != clause.size())) continue;
          if (pos > 0 && fc[pos - 1] != ' ' && fc[pos - 1] != '*') continue;
          // "I stedet for Torben Jensen deltog Berit Byskov (L) Jette Kusk
          // Simonsen deltog fra forvaltningen" (a transcript's line without
          // full stops): a verb between the lead and this one took the lead.
          if (fc.find(" deltog ", pos) != std::string::npos) continue;
          mark_absent(names_after(clause.substr(pos + lead.size())), m);
          for (const auto& n : names_after(rest)) add_participant_if_new(n, true, m);
          return;
        }
      }
      // "X havde meldt afbud, i stedet deltog Y": the clause after the
      // absence is this verb's. (Also after an absentee's reason: "X
      // grundet sygdom, suppleant Y deltager.", Vesterbro Lokaludvalg 817.)
      if (const auto comma = clause.rfind(", "); comma != std::string_view::npos) {
        const std::string before = text::fold(clause.substr(0, comma));
        for (std::string_view w : {"afbud", "forfald", "fraværende", "forhindret", " grundet ", " pga", " p.g.a"})
          if (before.find(w) != std::string::npos) {
            clause = text::trim(clause.substr(comma + 2));
            break;
          }
      }
      clause = after_absence(clause);
      std::vector<std::string> names;
      const bool planned = (phrase == " deltager " || phrase == " deltager.") && !text::starts_with(next, "fra start") &&
                           !text::starts_with(next, "i mødet") && !guest_in_minutes(s, at, phrase, next);
      if (!planned) names = names_before(subject_of(clause));
      // "... den 23. september 2014 I mødet deltog X, Y og Z": a lead of
      // its own, with a capital, at the end of a transcript's run-on line.
      bool lead_at_end = false;
      if (names.empty() && takes_part && !is_v2_lead(clause)) {
        const auto cw = text::words(clause);
        for (std::size_t k = 1; k <= 3 && k < cw.size() && !lead_at_end; ++k) {
          const std::string_view first = cw[cw.size() - k];
          if (!text::starts_capital(first)) continue;
          const std::string_view tail = clause.substr(static_cast<std::size_t>(first.data() - clause.data()));
          lead_at_end = is_v2_lead(tail) && text::fold(first) != "som" && text::fold(first) != "fra";
        }
      }
      if (names.empty() && takes_part && (is_v2_lead(clause) || lead_at_end)) {
        for (std::string_view also : {"også ", "desuden ", "endvidere "})
          if (text::starts_with(text::fold(rest.substr(0, also.size())), also)) rest.remove_prefix(also.size());
        names = names_after(rest);
      }
      for (const auto& n : names) add_participant_if_new(n, true, m);
    });
  }
}

// "Afbud fra X, Y og Z.", "Der var afbud fra X".
void read_afbud_fra(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view phrase : {"Afbud fra ", "afbud fra ", "afbud modtaget fra ", "Afbud modtaget fra ",
                                  "uden deltagelse af ", "Uden deltagelse af ",
                                  "fravær af ", "Fravær af "})
    s.each(phrase, [&](std::size_t at) {
      const std::string_view rest = text.substr(at + phrase.size());
      std::vector<std::string> names = names_after(rest);
      if (auto first_names = names_after(rest, true); first_names.size() > names.size()) names = std::move(first_names);
      // "Afbud fra Hanne Berg stedfortræder Ole Dahl": the substitute came.
      const std::string_view sentence = rest.substr(0, sentence_end(rest));
      if (sentence.find("stedfortræder") != std::string_view::npos || sentence.find("suppleant") != std::string_view::npos)
        for (const auto& e : read_person_entries(sentence, true, true))
          if (e.came)
            names.erase(std::remove_if(names.begin(), names.end(),
                                       [&](const std::string& n) { return same_person(n, e.name); }),
                        names.end());
      mark_absent(names, m);
    });
}

// "X, Y og Z var fraværende.", "X mødte ikke frem."
// "X havde anmeldt (lovligt) forfald", "X var forhindret", "X kunne ikke
// deltage", "X var ikke til stede", "X deltog ikke." (a sentence's end),
// "X meldte forfald", "X måtte melde afbud". (Not "X deltog ikke, da
// hun var inhabil": an item's absence, told with the item; nor "X havde
// forfald", as often said of one item as of the meeting.)
void read_absent_in_sentence(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view phrase : {" var fraværende", " er fraværende", " mødte ikke", " deltog ikke i mødet",
                                  " meldt forfald", " anmeldt forfald", " lovligt forfald", " var forhindret",
                                  " er forhindret", " kunne ikke deltage", " kan ikke deltage",
                                  " var ikke til stede", " var ikke mødt", " deltog ikke.", " deltog ikke på mødet",
                                  " deltog ikke ved mødet", " deltog ikke i dagens møde", " var syg",
                                  " er sygemeldt", " var sygemeldt", " var bortrejst", " er bortrejst",
                                  " var på ferie", " er på ferie", " var på barsel", " er på barsel", " har forfald",
                                  " havde afbud", " har afbud", " meldte forfald",
                                  " måtte melde afbud", " måtte melde fra"}) {
    s.each(phrase, [&](std::size_t at) {
      const std::size_t start = sentence_start(text, at);
      std::string_view clause = text::trim(text.substr(start, at - start));
      // "Bo Holm deltog som suppleant, da Erik Lund havde forfald": the
      // subject of the clause of absence only.
      for (std::string_view joint : {", da ", ", idet ", ", fordi ", ", og ", ", men ", ", hvor ", ", eftersom ", " at "})
        if (const auto j = clause.rfind(joint); j != std::string_view::npos) clause = clause.substr(j + joint.size());
      mark_absent(names_before(clause), m);
    });
  }
}

// A decision's note of absence without a verb, a name and "fraværende"
// alone on a line ("Tonny Nalepa Jensen fraværende", as "X - fraværende"
// is written after a name in a list): the name is absent. Only a line
// that is nothing but a name before the word.
void read_name_then_absent(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  constexpr std::string_view phrase = " fraværende";
  s.each(phrase, [&](std::size_t at) {
    std::size_t end = at + phrase.size();
    if (end < text.size() && text[end] == '.') ++end;
    if (end < text.size() && text[end] != '\n' && text[end] != '\r') return;
    const std::size_t nl = text.rfind('\n', at);
    const std::string_view line = text::trim(text.substr(nl == std::string_view::npos ? 0 : nl + 1,
                                                          at - (nl == std::string_view::npos ? 0 : nl + 1)));
    const auto ws = text::words(line);
    if (ws.size() < 2 || ws.size() > 5 ||
        !std::all_of(ws.begin(), ws.end(), [](std::string_view w) { return text::starts_capital(w); }))
      return;
    auto names = names_before(line);
    if (names.size() == 1 && names.front() == line) mark_absent(names, m);
  });
}

// The verb second after an adverb: "Desværre kunne suppleant Lisbet ikke
// deltage.", "I dag var Bo Jensen ikke til stede.".
void read_inverted_absence(const PhraseScan& s) {
  const std::string_view text = s.text;
  Meeting& m = s.m;
  for (std::string_view phrase : {" ikke deltage", " ikke til stede", " ikke mødt"})
    s.each(phrase, [&](std::size_t at) {
      const std::size_t start = sentence_start(text, at);
      for (auto& n : inverted_subject(text::trim(text.substr(start, at - start)))) mark_absent({n}, m);
    });
}

}  // namespace

void find_attendance_phrases(std::string_view text, Meeting& m, std::size_t minutes_header) {
  // A phrase that starts with a space is searched from its first letter
  // (a space begins every word). Dozens of phrases over the whole text:
  // found through one index of the text (QuadIndex), not a pass each.
  const QuadIndex places(text);
  const PhraseScan s{text, places, m, minutes_header};
  read_sent_regrets(s);
  read_all_present_except(s);
  read_officers_chosen_in_prose(s);
  read_officers_proposed_in_prose(s);
  read_officers_election_paragraph(s);
  read_posts_filled_in_prose(s);
  read_board_constituted(s);
  read_welcome(s);
  read_welcome_noun(s);
  read_officers_acting_in_assembly(s);
  read_officers_elected_as_list(s);
  read_substitutes_in_place(s);
  read_came_for_another(s);
  read_substitute_points(s);
  read_present_in_sentence(s);
  read_observers(s);
  read_votes_and_reservations(s);
  read_reports_in_prose(s);
  read_chair_led_by(s);
  read_late_arrivals(s);
  read_items_missed_by_number(s);
  read_item_section_absence(s);
  read_took_part(s);
  read_absence_leads(places, text, m);
  read_afbud_fra(s);
  read_absent_in_sentence(s);
  read_name_then_absent(s);
  read_inverted_absence(s);
}

}  // namespace corpus
