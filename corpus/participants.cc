#include "corpus/participants.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>

#include "corpus/dates.h"
#include "corpus/participants_internal.h"
#include "corpus/text.h"
#include "corpus/vocabulary.h"

namespace corpus {
namespace {

std::string_view trim_view(std::string_view s) { return text::trim(s); }

// Defined below with the other attendance helpers.
std::optional<std::pair<std::size_t, std::size_t>> name_span(const std::vector<std::string_view>& ws);
bool names_only(const std::vector<std::string>& pieces);
bool unfamiliar_first_name_before(const std::vector<std::string_view>& ws, std::size_t b, std::size_t e);
bool is_sentence_opener(std::string_view w);

bool is_upper_initial(std::string_view word) { return text::starts_capital(word); }

bool ends_with_view(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

bool is_digit_word(std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }


std::string clean_role(std::string role) {
  // Drop connectors left at the edges after removing the organisation.
  for (bool changed = true; changed;) {
    changed = false;
    std::string_view r = text::trim(role);
    for (std::string_view edge : {",", "-", "–", "i", "for", "ved"}) {
      if (r.size() > edge.size() && text::starts_with(r, std::string(edge) + " ")) {
        r.remove_prefix(edge.size() + 1);
        changed = true;
      }
      if (r.size() > edge.size() && r.substr(r.size() - edge.size() - 1) == " " + std::string(edge)) {
        r.remove_suffix(edge.size() + 1);
        changed = true;
      }
      if (r == edge) {
        r = {};
        changed = false;
      }
    }
    while (!r.empty() && (r.back() == ',' || r.back() == ' ')) r.remove_suffix(1);
    role = std::string(r);
  }
  for (auto at = role.find(", ("); at != std::string::npos; at = role.find(", ("))
    role.erase(at, 1);
  // Collapse double spaces.
  std::string out;
  for (char c : role)
    if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
  return std::string(text::trim(out));
}

// Removes `needle` from `s`; returns true if it was there.
bool take(std::string& s, std::string_view needle) {
  const auto at = s.find(needle);
  if (at == std::string::npos) return false;
  s.erase(at, needle.size());
  return true;
}

}  // namespace

std::string person_id(std::string_view name) { return text::ascii_id(name); }

bool same_person_id(std::string_view a, std::string_view b) {
  if (a == b) return true;
  auto tokens = [](std::string_view id) {
    std::vector<std::string_view> out;
    for (std::size_t start = 0; start <= id.size();) {
      std::size_t dash = id.find('-', start);
      if (dash == std::string_view::npos) dash = id.size();
      if (dash > start) out.push_back(id.substr(start, dash - start));
      start = dash + 1;
    }
    return out;
  };
  const auto ta = tokens(a), tb = tokens(b);
  if (ta.size() < 2 || tb.size() < 2) return false;
  if (ta.front() != tb.front()) return false;
  // One slip in a long name ("pinstrup" / "pindstrup").
  if (ta.size() == tb.size() && text::edit_distance(a, b) <= 1 && std::min(a.size(), b.size()) >= 8)
    return true;
  if (ta.back() != tb.back()) return false;
  const std::vector<std::string_view> ma(ta.begin() + 1, ta.end() - 1), mb(tb.begin() + 1, tb.end() - 1);
  if (ma.empty() || mb.empty()) return true;  // "lisbeth-lagoni" / "lisbeth-kjaer-lagoni"
  if (ma.size() != mb.size()) return false;
  for (std::size_t i = 0; i < ma.size(); ++i)
    if (text::edit_distance(ma[i], mb[i]) > 2) return false;
  return true;
}

bool same_person(std::string_view a, std::string_view b) {
  return same_person_id(person_id(a), person_id(b));
}

std::optional<Span> find_organisation(std::string_view s) {
  const auto ws = text::words(s);
  auto offset = [&](std::string_view w) { return static_cast<std::size_t>(w.data() - s.data()); };
  auto strip = [](std::string_view w) {
    while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ')' || w.back() == ';'))
      w.remove_suffix(1);
    return w;
  };
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::string_view w = strip(ws[i]);
    if (w == "Region" && i + 1 < ws.size() && is_upper_initial(ws[i + 1])) {
      const std::string_view next = strip(ws[i + 1]);
      return Span{offset(ws[i]), offset(ws[i + 1]) + next.size()};
    }
    if (i + 1 < ws.size() && is_upper_initial(w) && strip(ws[i + 1]) == "Kommune")
      return Span{offset(ws[i]), offset(ws[i + 1]) + 7};
    if (w.size() >= 20 && w.substr(w.size() - 20) == "Universitetshospital") {
      const bool town = i > 0 && is_upper_initial(ws[i - 1]) && strip(ws[i - 1]) == ws[i - 1];
      return Span{offset(town ? ws[i - 1] : ws[i]), offset(ws[i]) + w.size()};
    }
    if (w == "Psykiatrien" || w == "Regionspsykiatrien" ||
        w == "PLO" || text::starts_with(w, "PLO-") || w == "Sundhedsstyrelsen" || w == "KL")
      return Span{offset(ws[i]), offset(ws[i]) + w.size()};
  }
  return std::nullopt;
}

std::optional<Participant> read_participant_line(std::string_view line,
                                                 const std::optional<std::string>& group,
                                                 bool* is_chair) {
  line = text::trim(line);
  if (text::starts_with(line, "- ")) line = text::trim(line.substr(2));
  const auto comma = line.find(',');
  std::string_view name = text::trim(line.substr(0, comma));
  std::string rest = comma == std::string_view::npos ? "" : std::string(text::trim(line.substr(comma + 1)));
  // "Regionsrådsmedlem Else Kayser Nielsen (formand)" without a comma: the
  // note belongs to the role.
  if (comma == std::string_view::npos && !name.empty() && name.back() == ')') {
    if (const auto open = name.rfind(" ("); open != std::string_view::npos && text::words(name.substr(open)).size() <= 3) {
      const std::string_view note = name.substr(open + 2, name.size() - open - 3);
      if (text::fold(note) != "afbud") {
        rest = "(" + std::string(note) + ")";
        name = text::trim(name.substr(0, open));
      }
    }
  }
  // "Jens Hansen - afbud", "Jens Hansen (afbud)": absent.
  bool absent = false;
  for (std::string_view mark : {" - afbud", " – afbud", " (afbud)", " - Afbud", " (Afbud)"}) {
    if (name.size() > mark.size() && name.substr(name.size() - mark.size()) == mark) {
      name = text::trim(name.substr(0, name.size() - mark.size()));
      absent = true;
    }
  }
  absent = take(rest, "- afbud") || take(rest, "(afbud)") || take(rest, "– afbud") || absent;
  // "Direktør Anne Holm", "Medlem af PLO Midtjylland Ida Veng-Christensen",
  // "AC fuldmægtig Moana Hjarnø Nielsen": what stands before the name moves
  // to the role.
  std::string title_role;
  if (const auto ws0 = text::words(name); ws0.size() >= 3) {
    std::size_t b = 0;
    if (const auto span = name_span(ws0); span && span->second == ws0.size()) {
      b = span->first;
    } else {
      while (b + 2 < ws0.size() && (vocabulary::is_job_title(text::fold(ws0[b])) || !text::starts_capital(ws0[b]) ||
                                    !text::has_lower_after_first(ws0[b])))
        ++b;
    }
    // Five words or more before a name make a sentence, not a title.
    if (b > 4) return std::nullopt;
    if (b > 0) {
      title_role = std::string(text::trim(name.substr(0, static_cast<std::size_t>(ws0[b].data() - name.data()))));
      name = text::trim(name.substr(static_cast<std::size_t>(ws0[b].data() - name.data())));
    }
  }
  // A name: 2-6 words, each capitalised (particles such as "von" aside), no digits.
  const auto ws = text::words(name);
  if (ws.size() < 2 || ws.size() > 6) return std::nullopt;
  for (auto w : ws) {
    if (!is_upper_initial(w) && w != "von" && w != "van" && w != "de") return std::nullopt;
    if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::nullopt;
  }
  Participant p;
  p.name = std::string(name);
  p.person_id = person_id(name);
  p.group = group;
  bool chair = take(rest, "- mødeleder") || take(rest, "(mødeleder)") || take(rest, "– mødeleder");
  if (is_chair) *is_chair = chair;
  if (auto org = find_organisation(rest)) {
    p.organisation = rest.substr(org->begin, org->end - org->begin);
    // "Direktør i Region Nordjylland": the connector goes with the organisation.
    std::size_t begin = org->begin;
    for (std::string_view connector : {" i ", ", ", " ved "}) {
      if (begin >= connector.size() &&
          rest.compare(begin - connector.size(), connector.size(), connector) == 0) {
        begin -= connector.size() - 1;
        break;
      }
    }
    rest.erase(begin, org->end - begin);
  }
  std::string role = clean_role(rest);
  if (!title_role.empty()) role = role.empty() ? title_role : title_role + ", " + role;
  if (!role.empty()) p.role = role;
  p.present = !absent;
  return p;
}

void read_participant_list(const std::vector<std::string_view>& lines, Meeting& m) {
  std::optional<std::string> group;
  bool in_afbud = false;
  bool read_any_afbud_line_yet = false;
  for (std::string_view raw : lines) {
    std::string_view line = text::trim(raw);
    if (line.empty()) continue;
    if (text::starts_with_folded(line, "ordstyrer") || text::starts_with_folded(line, "mødeleder:")) {
      const auto colon = line.find(':');
      if (colon != std::string_view::npos) {
        std::string chair(text::trim(line.substr(colon + 1)));
        while (!chair.empty() && chair.back() == '.') chair.pop_back();
        if (!chair.empty()) m.chair = chair;
      }
      continue;
    }
    if (text::starts_with_folded(line, "referent")) {
      const auto colon = line.find(':');
      if (colon != std::string_view::npos && !text::trim(line.substr(colon + 1)).empty())
        m.minute_taker = std::string(text::trim(line.substr(colon + 1)));
      continue;
    }
    if (text::starts_with_folded(line, "afbud") || text::starts_with_folded(line, "fraværende")) {
      const auto colon = line.find(':');
      std::string_view names = colon == std::string_view::npos ? "" : line.substr(colon + 1);
      if (!text::trim(names).empty()) mark_absent(absent_names(names, m), m);
      in_afbud = text::trim(names).empty();
      read_any_afbud_line_yet = false;
      continue;
    }
    // "Afbud:" / "Jens Friis Bak, Lægefaglig direktør ..." / "Rikke Degn,
    // Sygeplejefaglig direktør, ...": the label alone over its absentees one
    // a line, as over those present (Region Midtjylland's sundhedsaftale
    // fora, the Gødstrup cluster's group and Psykiatriforum, and Fanø's
    // landowners' meeting write them so). The first line under the label is
    // read as absentees whatever it is (as before this rule: it may hold
    // several names), then each line that is one person's entry; the first
    // that is none (a group's heading, a sentence) ends the list.
    if (in_afbud) {
      // (The substitute who came for the absentee is no second person of
      // the line: "Bo Libergren, V - Herdis Hanghøi stedfortræder".)
      auto entries = read_person_entries(line);
      std::erase_if(entries, [](const PersonEntry& e) { return e.came; });
      const bool one_person = entries.size() == 1 && !entries.front().name.empty() &&
                              text::starts_with(line, entries.front().name.substr(0, 3));
      if (one_person || !read_any_afbud_line_yet) {
        mark_absent(absent_names(line, m), m);
        read_any_afbud_line_yet = true;
        continue;
      }
      in_afbud = false;
    }
    // "Flemming Storgaard, Ikast-Brande Kommune Kate Bøgh, Favrskov Kommune
    // Søren Liner Christensen, Herning Kommune ...": the item's register, a
    // person a line on the page, run by a transcript into one line (Region
    // Midtjylland's committees): read as a list of people.
    if (line.size() > 200) {
      std::vector<std::string> absent;
      const std::size_t before = m.participants.size();
      read_people(line, group.value_or("Mødedeltagere"), m, absent);
      if (m.participants.size() >= before + 3) {
        if (!absent.empty()) mark_absent(absent, m);
        continue;
      }
      m.participants.resize(before);
    }
    const bool has_comma = line.find(',') != std::string_view::npos;
    const auto ws = text::words(line);
    // "Medlem af PLO Midtjylland Ida Veng-Christensen", "Regionsrådsmedlem
    // Else Kayser Nielsen (formand)": a person after a title, not a group.
    std::string_view bare = line;
    if (bare.back() == ')' && bare.rfind(" (") != std::string_view::npos) bare = text::trim(bare.substr(0, bare.rfind(" (")));
    const auto bare_ws = text::words(bare);
    const auto span = name_span(bare_ws);
    const bool person = span && span->second == bare_ws.size() && span->first <= 4;
    const bool heading = !has_comma && !person &&
                         (line.back() == ':' || ws.size() == 1 ||
                          std::any_of(ws.begin(), ws.end(), [](auto w) { return !is_upper_initial(w); }));
    if (heading) {
      std::string_view g = line;
      if (g.back() == ':') g.remove_suffix(1);
      if (ws.size() <= 6) group = std::string(text::trim(g));
      continue;
    }
    bool chair = false;
    if (auto p = read_participant_line(line, group, &chair)) {
      if (chair) m.chair = p->name;
      m.participants.push_back(std::move(*p));
    }
  }
}

void read_participant_cell(std::string_view cell, Meeting& m) {
  // Pieces between commas: the first is a name; every later piece starts with
  // the previous person's organisation (and a note in parentheses) and ends
  // with the next person's name.
  std::optional<std::string> group = "Deltagere";
  std::string cellstr(cell);
  std::vector<std::string> pieces;
  for (std::size_t start = 0;;) {
    const auto comma = cellstr.find(',', start);
    pieces.push_back(cellstr.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  std::string name = std::string(text::trim(pieces.front()));
  const bool list_of_names = names_only(pieces);
  std::optional<std::string> next_group;
  auto take_group_marker = [&](std::string& s) {
    for (std::string_view marker : {"Gæster:", "Gæst:", "Afbud:"}) {
      const auto at = s.find(marker);
      if (at != std::string::npos) {
        std::string g(marker.substr(0, marker.size() - 1));
        s.erase(at, marker.size());
        return std::optional<std::string>(g);
      }
    }
    return std::optional<std::string>();
  };
  if (auto g = take_group_marker(name)) group = g;
  for (std::size_t i = 1; i < pieces.size(); ++i) {
    std::string piece(text::trim(pieces[i]));
    next_group = take_group_marker(piece);
    Participant p;
    p.name = std::string(text::trim(name));
    p.person_id = person_id(p.name);
    p.group = group;
    std::string rest = piece;
    std::string following;
    // The next person's name starts at a first name known in Danish
    // ("Bispebjerg og Frederiksberg Hospital Lars Winther Lindberg"): what
    // comes before it is this person's organisation and note.
    const auto ws = text::words(rest);
    std::optional<std::size_t> next_at;
    for (std::size_t k = 1; k + 1 < ws.size() && !next_at; ++k) {
      if (!vocabulary::is_first_name(ws[k])) continue;
      // "Henrik Gissel Szokody, Aicha Gry Andersen, ...": in a cell of names
      // only, an unfamiliar first name starts the next person's name.
      if (k == 1 && list_of_names && unfamiliar_first_name_before(ws, 1, ws.size())) break;
      const auto span = name_span(std::vector<std::string_view>(ws.begin() + static_cast<std::ptrdiff_t>(k), ws.end()));
      if (span && span->first == 0 && span->second == ws.size() - k)
        next_at = static_cast<std::size_t>(ws[k].data() - rest.data());
    }
    if (next_at) {
      following = std::string(text::trim(std::string_view(rest).substr(*next_at)));
      rest = rest.substr(0, *next_at);
      std::string_view r = text::trim(rest);
      if (!r.empty() && r.back() == ')') {
        const auto open = r.rfind('(');
        const std::string note(r.substr(open + 1, r.size() - open - 2));
        if (note == "mødeleder") m.chair = p.name;
        else p.role = note;
        r = text::trim(r.substr(0, open));
      }
      if (!r.empty()) p.organisation = std::string(r);
      if (!p.name.empty()) m.participants.push_back(std::move(p));
      name = following;
      if (next_group) group = next_group;
      continue;
    }
    if (auto org = find_organisation(rest); org && org->begin == 0) {
      p.organisation = rest.substr(0, org->end);
      rest = rest.substr(org->end);
    }
    // A note in parentheses right after the organisation.
    std::string_view r = text::trim(rest);
    if (!r.empty() && r.front() == '(') {
      const auto close = r.find(')');
      if (close != std::string_view::npos) {
        const std::string note(r.substr(1, close - 1));
        if (note == "mødeleder") m.chair = p.name;
        else p.role = note;
        r = text::trim(r.substr(close + 1));
      }
    }
    following = std::string(r);
    if (!p.name.empty()) m.participants.push_back(std::move(p));
    name = following;
    if (next_group) group = next_group;
  }
  name = std::string(text::trim(name));
  if (!name.empty() && text::words(name).size() >= 2) {
    Participant p;
    p.name = name;
    p.person_id = person_id(name);
    p.group = group;
    m.participants.push_back(std::move(p));
  }
}

// Defined below with the other notes of attendance.
bool is_absence_note(std::string_view f);

namespace {

// A word of a personal name: capitalised, with lower-case letters after the
// first (not an abbreviation such as "PLO"), no digits.
// Capitalised words that open a sentence or a part of minutes, never a
// name: where a list runs on without a full stop ("Ikke til stede: ...,
// Kurt Mortensen Dagsordenen godkendt.", "... Sagsoversigt Side 1"), a
// header's next field ("Afbud: Bo Holm Næste møde 6. februar 2013", "...
// Valg af dirigent: X") or a member table's column head ("Jonas Holm
// Udpeget af miljøministeren"). "Møde", "Mødets": a transcript's header
// field run into the last name ("... Jakob B. Petersen Møde afholdt på
// Zoom", "... Torben Hansen Møde lokation", "Referent: Anne-Marie Skriver
// Mødets dagsorden:"; LAP's Landsledelse, Randers' council, Tingsted's
// parish council). "Bemærkninger", the agenda's remarks ("Afbud fra Jens
// Oskar Pedersen Bemærkninger til dagsordenen", "..., Egon Madsen
// Bemærkninger: Afbud: ..."; Bornholm's Ældreråd, Aabenraa's Teknik- og
// Miljøudvalg, Viborg's Social- og Sundhedsudvalg).
bool is_minutes_word(std::string_view w) {
  // ("... Afbud fra Johannes Kristensen Pkt 1: Formanden ...", "...
  // Susanne Somme Punkt 107. Drøftelse ...": an item's mark after a list's
  // last name that a transcript ran on.)
  static constexpr std::array<std::string_view, 32> k_words = {
      "Dagsorden", "Dagsordenen", "Referat", "Referatet", "Sagsoversigt", "Mødet", "Sagen", "Punktet",
      "Side", "Bilag", "Indstilling", "Beslutning", "Godkendt", "Ingen", "Der", "Det", "Den", "Alle",
      "Mødested", "Mødedato", "Sagsnr", "Indholdsfortegnelse", "Orientering", "Velkommen", "Næste",
      "Udpeget", "Valg", "Møde", "Mødets", "Bemærkninger", "Pkt", "Punkt"};
  return std::find(k_words.begin(), k_words.end(), w) != k_words.end();
}

bool is_person_word(std::string_view w) {
  if (w.empty() || !text::starts_capital(w) || !text::has_lower_after_first(w) || is_minutes_word(w)) return false;
  return std::none_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '/' || c == '@'; });
}

bool is_particle(std::string_view w) {
  return w == "von" || w == "van" || w == "de" || w == "la" || w == "du" || w == "le";
}

// A middle initial: "O.", "B", "S." in "Niels O. Pedersen", "Sille L S
// Nielsson"; also a middle name shortened as Danish writes it: "Jens Kr.
// Yde", "Jens Chr. Gjesing", "Hans Chr. Thoning", "Anders Th. Nielsen".
bool is_initial(std::string_view w) {
  if (w.size() == 2 && w[1] == '.') w.remove_suffix(1);
  for (std::string_view abbr : {"Kr.", "Chr.", "Th.", "Fr.", "Kr", "Chr", "Th"})
    if (w == abbr) return true;
  return w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
}

// First names written as initials before a surname, as Danish lists
// write them ("J.P. Christiansen", "K.B. Nielsen", "A. Holm", "H. Kristian
// Wollesen"): one to three capital letters, each with its dot.
bool is_leading_initials(std::string_view w) {
  if (w.size() < 2 || w.size() > 6 || w.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < w.size(); i += 2)
    if (w[i] < 'A' || w[i] > 'Z' || w[i + 1] != '.') return false;
  return true;
}

// Initials inside a name as Danish lists write them: one ("Niels O.
// Pedersen", "Jens Chr. Gjesing", see is_initial) or two glued, each with
// its dot ("Peter H.S. Kristensen", Brønderslev's Integrationsråd).
bool is_middle_initials(std::string_view w) { return is_initial(w) || (w.size() == 4 && is_leading_initials(w)); }

// A first name shortened before a second first name, as Danish lists
// write "Christian" ("Chr. Ebbe Mortensen", a users' council of the state
// forests), "Kristian"/"Kristen" and "Frederik": the name's first word.
bool is_shortened_first_name(std::string_view w) { return w == "Chr." || w == "Kr." || w == "Fr."; }

// The first half of a compound that shares its last part with the next
// ("Social-" in "Fælleskommunalt Social- og Sundhedssekretariat", "Kultur-"
// in "Fra Kultur- og Fritidsforvaltningen:"), as the last word of a piece
// cut at its "og": words of an organisation, not of a name without a
// first name we know. (A hyphen inside a name a transcript broke, "Eva
// Sommer- Madsen", is no last word; after a known first name, "Dan
// Jønsson- suppleanten", it is a dash.)
bool is_compound_half(std::string_view w) { return w.size() >= 3 && w.back() == '-'; }

// Words that make a run of capitalised words an organisation, not a person.
bool is_organisation_word(std::string_view w) {
  const std::string f = text::fold(w);
  for (std::string_view o : {"region", "kommune", "kommunes", "regionskommune", "hospital", "hospitalet",
                             "sygehus", "sygehuset", "universitet", "universitetshospital", "psykiatrien",
                             "regionspsykiatrien", "styrelsen", "sundhedsstyrelsen", "plo", "kl", "forvaltning",
                             "forvaltningen", "sekretariat", "sekretariatet", "danske", "regioner", "center",
                             "centret", "udvalg", "udvalget", "råd", "rådet", "enhed", "afdeling", "gruppe", "koncern",
                             // "Dansk Sygeplejeråd", "Dansk Folkeparti", "Dansk Handicap Forbund":
                             // the adjective opens an organisation's name, never a person's.
                             "dansk", "forbund", "forbundet", "parti", "partiet", "folkeparti"})
    if (f == o) return true;
  if (f.size() > 6 && (f.find("udvalg") != std::string::npos || f.find("hospital") != std::string::npos ||
                       f.find("forening") != std::string::npos || f.find("kommune") != std::string::npos ||
                       f.find("region") != std::string::npos || f.find("sekretariat") != std::string::npos))
    return true;
  // A compound naming a body in its definite form, also the genitive
  // ("Friluftsrådets bestyrelse", "Beskæftigelsesministeriet",
  // "Landsorganisationen", "DA-Fællesskabet"): never a surname.
  // "Sygeplejeråd", "Ældreråd", "Handicapråd", "Aktionsgruppe": a
  // council's or group's compound, also indefinite. "Kommunalbestyrelsen",
  // "Skolebestyrelsen" ("Fraværende i Thisted Kommunalbestyrelsen, 31. maj
  // 2022:", Thisted's council): a board's compound, never a surname.
  if (f.size() > 8)
    for (std::string_view end : {"råd", "gruppe", "gruppen", "rådet", "rådets", "bestyrelse", "bestyrelsen",
                                 "bestyrelsens", "ministeriet", "ministeriets", "organisationen",
                                 "organisationens", "fællesskabet", "fællesskabets", "styrelsens", "forbundet",
                                 "forbundets", "selskabet", "selskabets", "direktoratet", "direktoratets", "sammenslutningen",
                                 "sammenslutningens"})
      if (f.size() > end.size() && f.compare(f.size() - end.size(), end.size(), end) == 0) return true;
  return false;
}

}  // namespace

std::string_view strip_edges(std::string_view w) {
  while (!w.empty() && std::string_view(",.:;\"'").find(w.back()) != std::string_view::npos) w.remove_suffix(1);
  while (!w.empty() && std::string_view("\"'-*").find(w.front()) != std::string_view::npos) w.remove_prefix(1);
  if (text::starts_with(w, "•")) w.remove_prefix(3);
  if (text::starts_with(w, "–")) w.remove_prefix(3);
  return w;
}

namespace {

std::string join_words(const std::vector<std::string_view>& ws, std::size_t b, std::size_t e) {
  std::string out;
  for (std::size_t i = b; i < e; ++i) {
    if (!out.empty()) out += ' ';
    out += ws[i];
  }
  return out;
}

// True when `piece` is one person's name as a list writes it, a bullet
// aside: two to four name words that start at a first name known in Danish
// ("Karen Thestrup Clausen"), not a group's name ("Bestyrelsen").
bool names_a_person(std::string_view piece) {
  const auto ws = text::words(strip_edges(text::trim(piece)));
  std::vector<std::string_view> words;
  for (auto w : ws)
    if (!strip_edges(w).empty()) words.push_back(w);
  if (words.size() < 2 || words.size() > 4) return false;
  const auto span = name_span(words);
  return span && span->first == 0 && span->second == words.size() &&
         vocabulary::is_first_name(strip_edges(words.front()));
}

}  // namespace

bool entry_status_word(std::string_view before, std::string_view after) {
  before = text::trim(before);
  while (!before.empty() && (before.back() == ',' || before.back() == '-')) before = text::trim(before.substr(0, before.size() - 1));
  const std::size_t comma = before.rfind(',');
  if (comma == std::string_view::npos) return false;
  // The entry's organisation after the comma: one to four words, no person.
  const auto org = text::words(text::trim(before.substr(comma + 1)));
  if (org.empty() || org.size() > 4 || !text::starts_capital(org.front()) ||
      vocabulary::is_first_name(strip_edges(org.front())))
    return false;
  // A name before the comma: a known first name and capitalised words up to it.
  const auto ws = text::words(before.substr(0, comma));
  bool name = false;
  for (std::size_t k = 1; k <= 4 && k <= ws.size() && !name; ++k) {
    const std::string_view w = strip_edges(ws[ws.size() - k]);
    if (!text::starts_capital(w)) break;
    name = k >= 2 && vocabulary::is_first_name(w);
  }
  if (!name) return false;
  // After it: the end of the list, or the next entry's job title.
  after = text::trim(after);
  while (!after.empty() && (after.front() == '.' || after.front() == ',' || after.front() == ';'))
    after = text::trim(after.substr(1));
  if (after.empty()) return true;
  const auto next = text::words(after);
  return vocabulary::is_job_title(text::fold(strip_edges(next.front()))) ||
         text::starts_with(text::fold(after), "side ");
}

namespace {

// Whether the absence word that `after` follows closes a name: the word
// before it a capitalised name's word ("Rosted", "Højlund-Firkløveren",
// "Lund/Elevrådsnæstformand"), no label's, and the word itself no label
// (no colon, no "fra" after it).
bool afbud_after_name(std::string_view before, std::string_view after) {
  const auto ws = text::words(before);
  if (ws.empty()) return false;
  const std::string_view last = ws.back();
  if (!text::starts_capital(last) || !text::has_lower_after_first(last) || last.back() == ':' ||
      last.back() == ',' || last.back() == '.' || vocabulary::header_field(text::fold(last)))
    return false;
  after = text::trim(after);
  return after.empty() || (after.front() != ':' && !text::starts_with(after, "fra ") && text::starts_capital(after));
}

// Whether another "Afbud" closes a name within 300 bytes of the absence
// word at `at` (of `size` bytes) in `text`, and no status of presence
// stands near them.
bool another_afbud_after_name(std::string_view text, std::size_t at, std::size_t size) {
  constexpr std::size_t k_window = 300;
  const std::size_t from = at > k_window ? at - k_window : 0;
  const std::size_t to = std::min(text.size(), at + size + k_window);
  // (Not in a flattened table whose rows all close with a status: "Helle
  // Pedersen Til stede Poul Lykke Behrendt Afbud".)
  const std::string_view near = text.substr(from, to - from);
  for (std::string_view present : {" Til stede", " Tilstede", " Deltog", " Deltager", " Mødt"})
    if (near.find(present) != std::string_view::npos) return false;
  for (std::string_view word : {" Afbud", " AFBUD"})
    for (std::size_t k = text.find(word, from); k != std::string_view::npos && k < to; k = text.find(word, k + 1)) {
      const std::size_t w = k + 1, e = w + word.size() - 1;
      if (w == at || (e < text.size() && text[e] != ' ')) continue;
      if (afbud_after_name(text.substr(0, k), text.substr(e))) return true;
    }
  return false;
}

}  // namespace

bool roster_afbud_status(std::string_view line, std::size_t at, std::size_t size) {
  return afbud_after_name(line.substr(0, at), line.substr(at + size)) && another_afbud_after_name(line, at, size);
}

bool absence_word_is_status(std::string_view before, std::string_view after) {
  const auto ws = text::words(before);
  return (!ws.empty() && vocabulary::is_job_title(text::fold(ws.back()))) || entry_status_word(before, after);
}

namespace {

// An organisation's abbreviation as a run-on register writes it after a
// name: two to six capital letters ("KL", "BRN", "PLO", "DSR").
bool is_abbreviation(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// True when `cur`, a piece read so far, is a person's name and then an
// organisation (its abbreviation or a word of one: "Karen Olsen KL",
// "Lise Berg Sundhedsstyrelsen"), and `rest` opens with the next person's
// name: a known first name and a capitalised word ("Peter Madsen ...").
bool org_then_person(std::string_view cur, std::string_view rest) {
  const auto cw = text::words(cur);
  if (cw.size() < 3) return false;
  const std::string_view last = strip_edges(cw.back());
  if (!is_abbreviation(last) && !is_organisation_word(last)) return false;
  const auto rw = text::words(rest.substr(0, std::min<std::size_t>(rest.size(), 80)));
  if (rw.size() < 2 || !vocabulary::is_first_name(strip_edges(rw[0])) || !is_person_word(strip_edges(rw[1])) ||
      is_organisation_word(strip_edges(rw[1])))
    return false;
  const std::vector<std::string_view> before(cw.begin(), cw.end() - 1);
  const auto span = name_span(before);
  return span && span->first == 0 && span->second >= 2 && vocabulary::is_first_name(strip_edges(before.front()));
}

// split_pieces' state: the value, the pieces so far, the piece being read,
// the position in the value and the depth of parentheses there.
struct PieceSplit {
  std::string_view value;
  std::vector<std::string> pieces;
  std::string cur;
  std::size_t i = 0;
  int depth = 0;
  bool ended = false;  // the list ended before the value's end
  // Ends the piece being read (one of spaces only is none).
  void flush() {
    const std::string_view t = text::trim(cur);
    if (!t.empty()) pieces.emplace_back(t);
    cur.clear();
  }
  // Ends the piece being read as an absent person's: "Anja Raun- afbud"
  // (the dash glued to the name is the mark's, as in "Anja Raun - afbud").
  void flush_afbud() {
    while (!cur.empty() && (cur.back() == ' ' || cur.back() == '-')) cur.pop_back();
    cur += " (afbud)";
    flush();
  }
  // The splitting rules, at value[i] (`c`), each below with the convention
  // it reads: true when it took the character (the piece ended, or i moved
  // past what it read).
  bool split_after_closing_note(char c);
  bool split_at_entry_status_afbud(char c);
  bool split_at_dash();
  bool split_at_afbud_note();
  bool split_at_table_afbud();
  bool split_after_kommune();
  bool split_after_region_or_secretariat(char c);
  bool split_at_sentence_end(char c);
  bool read_colon_status(char c);
  bool split_name_before_group(char c);
  bool split_name_before_people_group(char c);
  bool read_colon_group_or_note(char c);
  bool drop_long_group_label(char c);
  bool split_at_double_space(char c);
  bool split_at_conjunction();
  bool split_at_bullet();
};

// At a closing parenthesis: a note ends a person before the next one or a
// sentence's end.
// "Maria Gudme (A) Anja Rosengreen (F)": a note closes a person.
bool PieceSplit::split_after_closing_note(char c) {
  if (depth == 0 && i + 2 < value.size() && value[i + 1] == ' ' && text::starts_capital(value.substr(i + 2))) {
    cur += c;
    flush();
    return true;
  }
  // "... og Jørgen Lenger (JL). Lørdag deltog ...": a sentence ends
  // after the note, and the list with it.
  if (depth == 0 && i + 3 < value.size() && value[i + 1] == '.' && value[i + 2] == ' ' &&
      text::starts_capital(value.substr(i + 3))) {
    cur += c;
    flush();
    ++i;
    // "... Julie Rasmussen (punkt 1 og 17 slut). Mødested Spejder Sport,
    // Østerport Station og ...": the header's next field after it, no
    // entry of the list.
    const auto next = text::words(value.substr(i + 2, 40));
    ended = !next.empty() && vocabulary::header_field(text::fold(strip_edges(next.front()))).has_value();
    return true;
  }
  return false;
}

// "Formand Anne Holm, Nordfyn Næstformand Bo Jensen, Region
// Syddanmark Afbud Bestyrelsesmedlem ...", "..., Odense, afbud", "...,
// Odense - afbud": a run of "Role Name, Organisation" entries with
// the status after an entry's organisation, before the next entry's
// job title or at the list's end.
bool PieceSplit::split_at_entry_status_afbud(char c) {
  if (c == ' ' || c == ',') {
    std::size_t w = i + 1;
    while (w < value.size() && (value[w] == ' ' || value[w] == '-')) ++w;
    if (value.compare(w, 3, "\xE2\x80\x93") == 0) {  // an en dash
      w += 3;
      while (w < value.size() && value[w] == ' ') ++w;
    }
    if (w + 5 <= value.size() && (value[w] == 'a' || value[w] == 'A') && text::fold(value.substr(w, 5)) == "afbud" &&
        (w + 5 == value.size() || std::string_view(" ,.;\n").find(value[w + 5]) != std::string_view::npos) &&
        !cur.empty() && entry_status_word(value.substr(0, i), value.substr(w + 5))) {
      flush_afbud();
      i = w + 4;
      return true;
    }
  }
  return false;
}

// "Keith Gray – Anders Lundsager deltager som suppleant".
bool PieceSplit::split_at_dash() {
  if (value.compare(i, 5, " \xE2\x80\x93 ") == 0 || value.compare(i, 3, " - ") == 0) {
    // "Tilstede: Bent, Kent, Claus, Knud – Erik, Anne-Lise": a double first
    // name written with a spaced dash, one entry of a list of first names
    // (Bifrost's support circle 691), is one person.
    const std::size_t after = i + (value.compare(i, 3, " - ") == 0 ? 3 : 5);
    const std::size_t end = value.find_first_of(" ,.", after);
    const std::string_view next = value.substr(after, end == std::string_view::npos ? std::string_view::npos : end - after);
    const std::string_view mine = text::trim(cur);
    if (text::words(mine).size() == 1 && vocabulary::is_first_name(mine) && vocabulary::is_first_name(next) &&
        (end == std::string_view::npos || value[end] == ',' || value.compare(end, 4, " og ") == 0)) {
      cur += '-';  // read as written without the spaces: "Knud-Erik"
      i = after - 1;
      return true;
    }
    flush();
    i += value.compare(i, 3, " - ") == 0 ? 1 : 3;
    return true;
  }
  return false;
}

// "Lars Rytter ved afbud Niels F. Dahlmann ved afbud": a note of
// absence closes a person.
bool PieceSplit::split_at_afbud_note() {
  if (value.compare(i, 10, " ved afbud") == 0 || value.compare(i, 10, " med afbud") == 0) {
    flush_afbud();
    i += 9;
    return true;
  }
  return false;
}

// "Jesper Hempler, Kerteminde afbud Bestyrelsesmedlem Anders
// Berthelsen": a flattened table's status after a person's entry.
// So is "Afbud" after a name in a roster where only the absent carry a
// status ("Ann-Sofie Rosted Afbud Susan Frandsen Afbud Nis Madsen":
// roster_afbud_status).
bool PieceSplit::split_at_table_afbud() {
  const bool lower = value.compare(i, 7, " afbud ") == 0;
  if ((lower || ((value.compare(i, 7, " Afbud ") == 0 || value.compare(i, 7, " AFBUD ") == 0) &&
                 roster_afbud_status(value, i + 1, 5))) &&
      i + 7 < value.size() && text::starts_capital(value.substr(i + 7)) && !cur.empty()) {
    flush_afbud();
    i += 5;
    return true;
  }
  return false;
}

// "Birgit Hansen Frederikshavn Kommune Lene Jensen Thisted Kommune":
// a register of people and their municipalities run together; a
// known first name after "Kommune" starts the next person.
bool PieceSplit::split_after_kommune() {
  if (value.compare(i, 9, " Kommune ") == 0 && i + 9 < value.size()) {
    const std::string_view next = value.substr(i + 9, value.find(' ', i + 9) - (i + 9));
    if (vocabulary::is_first_name(strip_edges(next)) && text::words(cur).size() >= 3) {
      cur += " Kommune";
      flush();
      i += 8;
      return true;
    }
  }
  return false;
}

// So also after a region or a secretariat: "Ulla Astmann Region
// Nordjylland Hans Ejner Bertelsen Morsø Kommune ... Carsten Sand
// Nielsen BRN Sekretariat Rasmus Engsig".
// (Cheap tests first: this runs at every space.)
bool PieceSplit::split_after_region_or_secretariat(char c) {
  if (c == ' ' && i + 1 < value.size() && text::starts_capital(value.substr(i + 1)) &&
      (cur.find("egion ") != std::string::npos || cur.find("ekretariat") != std::string::npos) &&
      text::words(cur).size() >= 3) {
    const auto cw = text::words(cur);
    const std::string last = text::fold(cw.back());
    const bool org_end = (cw.size() >= 2 && text::fold(cw[cw.size() - 2]) == "region" && text::starts_capital(cw.back())) ||
                         last == "sekretariat" || last == "sekretariatet";
    const std::size_t e1 = value.find(' ', i + 1);
    if (org_end && e1 != std::string_view::npos && e1 + 1 < value.size() &&
        vocabulary::is_first_name(strip_edges(value.substr(i + 1, e1 - i - 1))) &&
        text::starts_capital(value.substr(e1 + 1))) {
      flush();
      return true;
    }
  }
  return false;
}

// "Elin Johansson. I stedet deltog Ruth Lønskov.": a sentence end
// (not the dot of an initial, "Jens B. Thomsen") ends a piece.
bool PieceSplit::split_at_sentence_end(char c) {
  if (c == '.' && i + 2 < value.size() && value[i + 1] == ' ' && text::starts_capital(value.substr(i + 2))) {
    const auto sp = cur.rfind(' ');
    const std::string_view last = sp == std::string::npos ? std::string_view(cur) : std::string_view(cur).substr(sp + 1);
    if (!is_initial(last) && text::has_lower_after_first(last) && text::starts_capital(last)) {
      flush();
      return true;
    }
  }
  return false;
}

// "Anne Holm: afbud", "Bo Jensen: til stede": a name and its status,
// as a table flattened to lines writes them.
bool PieceSplit::read_colon_status(char c) {
  if (c == ':' && i + 1 < value.size() && value[i + 1] == ' ' && text::words(cur).size() >= 2) {
    // The status up to the next separator outside parentheses; a note
    // in parentheses after it ("Afbud (Stedfortræder Jarl Feyling,
    // fraværende ved sag 1-4.)") goes with the person.
    std::size_t e = i + 1;
    for (int d = 0; e < value.size() && (d > 0 || std::string_view(",;\n\t").find(value[e]) == std::string_view::npos);
         ++e) {
      if (value[e] == '(') ++d;
      if (value[e] == ')' && d > 0) --d;
    }
    std::string_view said = text::trim(value.substr(i + 1, e - i - 1));
    std::string_view note;
    if (const auto open = said.find('('); open != std::string_view::npos && said.back() == ')' &&
                                           said.find('(', open + 1) == std::string_view::npos) {
      note = text::trim(said.substr(open + 1, said.size() - open - 2));
      said = text::trim(said.substr(0, open));
    }
    const std::string status = text::fold(said);
    const bool away = is_absence_note(status);
    if (away || status == "til stede" || status == "tilstede" || status == "deltog" || status == "mødt" ||
        status == "deltager" || status == "x") {
      if (away) cur += " (afbud)";
      if (!note.empty()) (cur += " (") += std::string(note) + ")";
      i = e - 1;
      return true;
    }
  }
  return false;
}

// "Thomas Holm Beskæftigelsesministeriet: Stine Berg", "Formand Lis
// Holm DA-Fællesskabet: Bo Berg": a name and then the next group's
// name, run together: the name stays (after a role word, if any).
bool PieceSplit::split_name_before_group(char c) {
  if (c == ':' && (i + 1 == value.size() || value[i + 1] == ' ')) {
    if (const auto cw = text::words(cur); cw.size() >= 3 && cw.size() <= 5 &&
                                          is_organisation_word(strip_edges(cw.back()))) {
      const auto span = name_span(cw);
      if (span && span->first <= 1 && span->second + 1 == cw.size() &&
          (span->first == 0 || vocabulary::is_job_title(text::fold(strip_edges(cw[0]))))) {
        cur = join_words(cw, span->first, span->second);
        flush();
        return true;
      }
    }
  }
  return false;
}

// "Bestyrelsen: ..., Lise Dyhr, Lasse Karlsen Eck Observatører: Niels
// Kristian Kjær, ..., Roar Maagaard Sekretariatet: Louise Hørslev",
// "Brugersiden: ..., Claus Nielsen og Anette Kaae-Bødker Politikere: Lissie
// Kirk, ...": the groups of an attendance list, each a label on a line of its
// own on the page, run by a transcript into one line, so that the next
// group's label follows the last name of the group before without a comma
// (DSAM's board, Køge's Handicapråd).
// The name (after a job title, if any) stays, the group's label goes.
bool PieceSplit::split_name_before_people_group(char c) {
  if (c != ':' || !(i + 1 == value.size() || value[i + 1] == ' ')) return false;
  const auto cw = text::words(cur);
  if (cw.size() < 3) return false;
  for (std::size_t n = std::min<std::size_t>(4, cw.size() - 2); n >= 1; --n) {
    const std::size_t h = cw.size() - n;
    const std::string_view first = strip_edges(cw[h]);
    if (!text::starts_capital(first) || vocabulary::is_first_name(first)) continue;
    if (!vocabulary::is_people_group(text::fold(join_words(cw, h, cw.size())))) continue;
    const std::vector<std::string_view> head(cw.begin(), cw.begin() + static_cast<std::ptrdiff_t>(h));
    const auto span = name_span(head);
    if (!span || span->second != head.size() || span->second - span->first < 2 ||
        !vocabulary::is_first_name(strip_edges(head[span->first])) ||
        (span->first == 1 && !vocabulary::is_job_title(text::fold(strip_edges(head[0])))) || span->first > 1)
      continue;
    cur = join_words(cw, 0, h);
    flush();
    return true;
  }
  return false;
}

// "I mødet deltog: Borgerrepræsentanter: Leslie Arentoft, ... og Rikke
// Lauritzen (...). Fra den folkeoplysende voksenundervisning: Poul Henrik
// Glasius, ... Fra det frivillige folkeoplysende foreningsområde: Per
// Vandrup (mødeleder), ...": the groups of those present, each "Group:
// names" a line on the page, run by a transcript into one line. A group's
// label of four to six words (longer than read_colon_group_or_note reads),
// capitalised, with lower-case words and no personal name, before a known
// first name is dropped; the names after it are the group's.
// (Copenhagen's Folkeoplysningsudvalg; Skovboskolen's board, "... Rikke
// Søndergaard. Skolerepræsentanter: Birgit Pedersen, ...", and the University
// of Copenhagen's board, "... og Henrik Topsøe. Daglig ledelse: Rektor Ralf
// Hemmingsen", write their groups so.)
bool PieceSplit::drop_long_group_label(char c) {
  if (c != ':' || i + 2 >= value.size() || value[i + 1] != ' ') return false;
  const auto cw = text::words(cur);
  if (cw.size() < 4 || cw.size() > 6 || !text::starts_capital(cw.front()) || name_span(cw)) return false;
  if (std::none_of(cw.begin() + 1, cw.end(), [](std::string_view w) { return !text::starts_capital(w) && w.size() >= 3; }))
    return false;
  const std::size_t e = value.find(' ', i + 2);
  const std::string_view next = value.substr(i + 2, e == std::string_view::npos ? std::string_view::npos : e - i - 2);
  if (!vocabulary::is_first_name(strip_edges(next))) return false;
  cur.clear();
  return true;
}

// "Bestyrelsen: A, B", "Observatører: C": a group's name is no person.
// But "Karen Clausen: Kommunalbestyrelsesmedlem for Enhedslisten",
// "Mette Meldgaard: Medusa": a person and, after the colon, the
// person's role or organisation (a piece of its own, which goes with
// the name before it).
bool PieceSplit::read_colon_group_or_note(char c) {
  if (c == ':' && (i + 1 == value.size() || value[i + 1] == ' ') && text::words(cur).size() <= 3) {
    std::size_t e = value.find_first_of(",;\n\t", i + 1);
    if (e == std::string_view::npos) e = value.size();
    // (A bullet ends the entry and so its note, as split_at_bullet has it:
    // "Deltagere: • Karen Thestrup Clausen: Kommunalbestyrelsesmedlem for
    // Enhedslisten • Rasmus Brandstrup Larsen: ...", Holbæk's Udsatteråd.)
    if (const std::size_t bullet = value.find("•", i + 1); bullet < e) e = bullet;
    const std::string_view note = text::trim(value.substr(i + 1, e - i - 1));
    // "..., Egon Madsen Bemærkninger: Afbud: ...": the next part's heading
    // run on after the list's last name ends it; the name stays.
    if (const auto cw = text::words(cur); cw.size() >= 3 && is_minutes_word(strip_edges(cw.back()))) {
      const std::string name = join_words(cw, 0, cw.size() - 1);
      if (names_a_person(name)) {
        cur = name;
        flush();
        return true;
      }
    }
    // (A speaker's words, "Anne Holm: Vi har drøftet ...", are no note.)
    if (!names_a_person(cur) || text::words(note).size() > 6) {
      cur.clear();
      return true;
    }
    // A person named after the colon too: a piece of its own.
    if (const auto nw = text::words(note); name_span(nw) && vocabulary::is_first_name(strip_edges(nw[name_span(nw)->first]))) {
      flush();
      return true;
    }
    // The words after the colon become a note: never a person's name
    // ("Home Start Nordvestsjælland").
    if (!note.empty() && note.find_first_of("()") == std::string_view::npos)
      (cur += " (") += std::string(note) + ")";
    flush();
    i = e - 1;
    return true;
  }
  return false;
}

// Two spaces or more end a piece (a web editor's double space inside a name
// excepted).
bool PieceSplit::split_at_double_space(char c) {
  if (c == ' ' && i + 1 < value.size() && value[i + 1] == ' ') {
    // "Kamilla Annie  Justenborg, Gitte Håhr": a name's last word after
    // a double space (a web editor's), one surname before the next
    // separator, stays in the name.
    std::size_t n = i;
    while (n < value.size() && value[n] == ' ') ++n;
    const std::size_t e = value.find_first_of(",;\n\t ", n);
    const std::string_view next = value.substr(n, (e == std::string_view::npos ? value.size() : e) - n);
    const auto cw = text::words(cur);
    if (!next.empty() && (e == std::string_view::npos || value[e] != ' ') && text::starts_capital(next) &&
        text::has_lower_after_first(next) && !vocabulary::is_first_name(next) && cw.size() >= 1 && cw.size() <= 3 &&
        vocabulary::is_first_name(strip_edges(cw.front())) &&
        std::all_of(cw.begin(), cw.end(), [](std::string_view w) { return text::starts_capital(w); })) {
      i = n - 2;  // one space kept
      return true;
    }
    flush();
    return true;
  }
  return false;
}

// " og ", " samt ", " & " end a piece.
bool PieceSplit::split_at_conjunction() {
  bool sep = false;
  for (std::string_view w : {" og ", " samt ", " & "}) {
    if (value.compare(i, w.size(), w) == 0) {
      flush();
      i += w.size() - 2;
      sep = true;
      break;
    }
  }
  if (sep) return true;
  return false;
}

// "Deltagere: • Brian Nielsen (D) • Claus Nybo (A) • Henning Holm (A)",
// "Deltagere • Stephanie Lose, V • Poul-Erik Svendsen, A": a bulleted
// list a transcript ran into one line keeps its bullets between the
// entries (the lists of members of Thisted's council, Ballerup's council
// and committees and Region Syddanmark's council and committees, one
// bullet a line on their web pages): a bullet ends a piece.
bool PieceSplit::split_at_bullet() {
  for (std::string_view mark : {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\x8F"}) {  // •, ▪, ●
    if (value.compare(i, mark.size(), mark) == 0 && (i == 0 || value[i - 1] == ' ') &&
        (i + mark.size() == value.size() || value[i + mark.size()] == ' ')) {
      flush();
      i += mark.size() - 1;
      return true;
    }
  }
  return false;
}

// Splits on commas, semicolons, " og ", " samt ", " & ", line ends, tabs,
// bullets and runs of spaces, never inside parentheses.
std::vector<std::string> split_pieces(std::string_view value) {
  PieceSplit s;
  s.value = value;
  std::size_t& i = s.i;
  std::string& cur = s.cur;
  int& depth = s.depth;
  for (i = 0; i < value.size() && !s.ended; ++i) {
    const char c = value[i];
    // "Niels Ole Birk ((V) Lars Sørensen (V)": a doubled opening bracket
    // is one (a slip of the keyboard; counted twice, the rest of the list
    // stayed inside the note).
    if (c == '(' && !(i > 0 && value[i - 1] == '(')) ++depth;
    if (c == ')' && depth > 0) {
      --depth;
      if (s.split_after_closing_note(c)) continue;
    }
    if (depth == 0) {
      if (static_cast<unsigned char>(c) >= 0xE2 && s.split_at_bullet()) continue;
      if (s.split_at_entry_status_afbud(c)) continue;
      if (s.split_at_dash()) continue;
      if (c == ',' || c == ';' || c == '\n' || c == '\t') {
        s.flush();
        continue;
      }
      if (s.split_at_afbud_note()) continue;
      if (s.split_at_table_afbud()) continue;
      if (s.split_after_kommune()) continue;
      if (s.split_after_region_or_secretariat(c)) continue;
      // "Karen Olsen KL Peter Madsen", "Lise Berg Sundhedsstyrelsen Bo
      // Jensen": after an organisation's abbreviation or name, a known
      // first name and a capitalised word start the next person.
      if (c == ' ' && i + 1 < value.size() && text::starts_capital(value.substr(i + 1)) && org_then_person(cur, value.substr(i + 1))) {
        s.flush();
        continue;
      }
      // "Erik Lund/Finn Berg": two names joined by a slash.
      if (c == '/' && i > 0 && i + 1 < value.size() && value[i - 1] >= 'a' && value[i - 1] <= 'z' &&
          text::starts_capital(value.substr(i + 1)) && text::words(cur).size() >= 2) {
        s.flush();
        continue;
      }
      if (s.split_at_sentence_end(c)) continue;
      if (s.read_colon_status(c)) continue;
      if (s.split_name_before_group(c)) continue;
      if (s.split_name_before_people_group(c)) continue;
      if (s.drop_long_group_label(c)) continue;
      if (s.read_colon_group_or_note(c)) continue;
      if (s.split_at_double_space(c)) continue;
      if (s.split_at_conjunction()) continue;
    }
    cur += c;
  }
  s.flush();
  return std::move(s.pieces);
}

void add_role(PersonEntry& e, std::string_view role) {
  role = text::trim(role);
  if (role.empty()) return;
  e.role = e.role ? *e.role + ", " + std::string(role) : std::string(role);
}

// Defined below with the splitting of names run together.
bool surname_shaped(std::string_view w);

// The name span [b, e) in `ws`: a run of person words that starts at a known
// first name (or, failing that, the whole piece when it is 2-4 person words).
// "Medlemmer: ... Kim G. Nielsen DH Helle Mariager Godkendelse af
// dagsorden: Godkendt", "Tilstedeværende: ... & Michael P. Krog
// Dagsordenpunkter: 1 & 2 ...", "Medlemmer: ..., Rasmus Lyngbak Bøgen
// Bemærkninger: Afbud: ...": the last name of a list that a transcript ran
// into the heading or label after it (a line of its own on the page;
// Gribskov's Handicapråd, LAP Københavns Omegn's board, Aabenraa's Børne- og
// Uddannelsesudvalg). True when ws[e], after a name of two words or more,
// is no surname (by the list or its ending) nor a first name and opens a
// heading or label: a preposition of a heading's complement follows it, or
// its colon.
bool heading_after_name(const std::vector<std::string_view>& ws, std::size_t e) {
  const std::string_view w = ws[e];
  const std::string_view bare = strip_edges(w);
  if (bare.size() < 4 || surname_shaped(bare) || vocabulary::is_first_name(bare) || is_particle(w) ||
      is_middle_initials(w) || bare.find('-') != std::string_view::npos)
    return false;
  // ("Bemærkninger:", not "Sagsid.:", an abbreviation's label.)
  if (w.back() == ':') return w.size() >= 2 && w[w.size() - 2] != '.';
  if (e + 1 >= ws.size() || w.back() == ',' || w.back() == '.') return false;
  const std::string_view next = ws[e + 1];
  if (next.empty() || text::starts_capital(next) || is_particle(next) || !std::isalpha(static_cast<unsigned char>(next[0])))
    return false;
  // (A preposition that opens a heading's complement: "Godkendelse af",
  // "Møde i", "Orientering om", "Budget for"; not "X ved sag 1-3", "X
  // havde meldt afbud", "X i stedet for Y".)
  const std::string f = text::fold(next);
  if (f == "i") return e + 2 < ws.size() && text::fold(strip_edges(ws[e + 2])) != "stedet";
  return f == "af" || f == "om" || f == "for";
}

// "Afbud: ..., Louise Thomsen Inden mødet blev det godkendt ...",
// "Fraværende: Ellen Lykke og Mette Brændskov Andersen Til toppen 2.
// Godkendelse af referat", "Chefkonsulent Lisbeth Trøllund Fra Region
// Midtjylland: ...": a preposition, conjunction or adverb that opens a
// clause, capitalised, where a transcript ran a list into the next line
// (the next sentence, an agenda system's link back to the top of its page,
// the next group's label); no name word (a name's particle is lower-case:
// "af", "von"). (Tønder's Landdistriktsudvalg, Bronderslev's Fag MED Sundhed
// og Velfærd, Region Midtjylland's Praksisplanudvalg.) So does the
// determiner of an agenda template's heading: "Fraværende: Viggo Bilde
// Følgende sager behandles: ..." (First Agenda's form in Hjørring's
// committees and council and Hørsholm's Økonomiudvalg).
bool opens_a_clause(std::string_view w) {
  w = strip_edges(w);
  if (w.empty() || !text::starts_capital(w)) return false;
  static constexpr std::array<std::string_view, 10> k_more = {"af", "for", "om", "på", "ved", "og", "men", "der", "i",
                                                             "følgende"};
  const std::string f = text::fold(w);
  return is_sentence_opener(w) || std::find(k_more.begin(), k_more.end(), f) != k_more.end();
}

std::optional<std::pair<std::size_t, std::size_t>> name_span(const std::vector<std::string_view>& ws) {
  for (std::size_t b = 0; b < ws.size(); ++b) {
    if (!vocabulary::is_first_name(strip_edges(ws[b]))) continue;
    std::size_t e = b + 1;
    // "Knud Kristensen Vesthimmerlands Kommune": the word before "Kommune"
    // names the municipality, not the person.
    auto before_kommune = [&](std::size_t i) {
      if (i + 1 >= ws.size()) return false;
      const std::string_view n = strip_edges(ws[i + 1]);
      return n == "Kommune" || n == "Kommunes" || n == "Regionskommune" || n == "Amt";
    };
    while (e < ws.size() && e - b < 6 && !before_kommune(e) &&
           ((is_person_word(strip_edges(ws[e])) && !is_organisation_word(strip_edges(ws[e])) &&
             !vocabulary::is_job_title(text::fold(strip_edges(ws[e])))) ||
            ((is_particle(ws[e]) || is_middle_initials(ws[e])) && e + 1 < ws.size()))) {
      // A run of five or more: a second first name starts the next person.
      if (e - b >= 3 && vocabulary::is_first_name(strip_edges(ws[e]))) break;
      if (e - b >= 2 && heading_after_name(ws, e)) break;
      if (opens_a_clause(ws[e])) break;
      const bool last = !is_middle_initials(ws[e]) && (ws[e].back() == ',' || ws[e].back() == '.');
      ++e;
      if (last) break;
    }
    while (e > b + 1 && is_middle_initials(ws[e - 1])) --e;
    // "Jette Holm Lead Agency", "Hanne Berg Dansk Sygeplejeråd": two words
    // or more at the end that are neither first names nor surnames (by the
    // list or their ending) name the organisation, written after the name
    // with no comma between.
    if (e - b >= 4) {
      auto name_like = [&](std::string_view w) {
        w = strip_edges(w);
        return vocabulary::is_first_name(w) || surname_shaped(w) || is_initial(w) || is_particle(w);
      };
      std::size_t k = e;
      while (k > b + 2 && !name_like(ws[k - 1])) --k;
      // ("Marie Kristine Braad Carstens": a name whose kept part would be
      // first names only is whole.)
      const std::string_view kept_last = strip_edges(ws[k - 1]);
      if (e - k >= 2 && ws[k - 1].back() != ',' && (!vocabulary::is_first_name(kept_last) || surname_shaped(kept_last)))
        e = k;
    }
    if (e - b >= 2) {
      // "Borgmester Sisse Marie Welling": a first name we do not know
      // before the one we do, after a job title.
      if (b >= 2 && is_person_word(strip_edges(ws[b - 1])) && !is_organisation_word(strip_edges(ws[b - 1])) &&
          vocabulary::is_job_title(text::fold(strip_edges(ws[b - 2]))) && e - b <= 3)
        --b;
      // "H. Kristian Wollesen": a first name's initial before the first
      // name, at the entry's start or after a job title.
      else if (b >= 1 && (is_leading_initials(ws[b - 1]) || is_shortened_first_name(ws[b - 1])) &&
               (b == 1 || vocabulary::is_job_title(text::fold(strip_edges(ws[b - 2])))))
        --b;
      return std::make_pair(b, e);
    }
  }
  // No first name we know: the piece after its job titles, when that is two
  // to four name words ("Borgmester Franciska Rosenkilde").
  std::size_t b = 0;
  while (b < ws.size() && vocabulary::is_job_title(text::fold(strip_edges(ws[b])))) ++b;
  // "Odense Curt Sørensen" in "Anker Boye, Odense Curt Sørensen, Svendborg":
  // the municipality is the person before's.
  if (ws.size() - b >= 3 && vocabulary::region_of_municipality(strip_edges(ws[b]))) ++b;
  // "J.P. Christiansen", "A. Holm", "K.B. Nielsen": initials for the first
  // names, then a surname (by the list or its ending).
  if (ws.size() - b >= 2 && ws.size() - b <= 3 && is_leading_initials(ws[b]) && surname_shaped(ws.back()) &&
      std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(b) + 1, ws.end(), [](std::string_view w) {
        return is_person_word(strip_edges(w)) && !is_organisation_word(strip_edges(w)) &&
               !vocabulary::is_job_title(text::fold(strip_edges(w)));
      }))
    return std::make_pair(b, ws.size());
  if (ws.size() - b >= 2 && ws.size() - b <= 4 && !is_compound_half(ws.back()) &&
      std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(b), ws.end(), [](std::string_view w) {
        return (is_person_word(strip_edges(w)) && !is_organisation_word(strip_edges(w))) || is_particle(w) ||
               is_initial(w);
      }) &&
      !is_initial(ws.back()) && !is_initial(ws[b]))
    return std::make_pair(b, ws.size());
  return std::nullopt;
}

// Words that mean "came instead" after a name in an Afbud list ("Merete
// Øverup indkaldt", "Jes König deltog").
bool is_came_word(std::string_view w) {
  const std::string f = text::fold(strip_edges(w));
  return f == "indkaldt" || f == "deltog" || f == "mødte" || f == "deltager";
}

// "stedfortræder"/"suppleant" written in lower case between two names in
// an Afbud list ("Lene Kaspersen stedfortræder Erik Lund"): the name after
// it came in the place of the one before.
bool is_substitute_marker(std::string_view w) {
  const std::string_view s = strip_edges(w);
  return s == "stedfortræder" || s == "suppleant";
}

// A word that reads as a Danish surname by its ending ("Jensen", "Nørgaard",
// "Pindstrup", "Holm", "Lindberg"): it ends a name and seldom starts one.
bool surname_shaped(std::string_view w) {
  if (vocabulary::is_surname(strip_edges(w))) return true;
  const std::string f = text::fold(strip_edges(w));
  if (f.size() < 4) return false;
  for (std::string_view end : {"sen", "søn", "gaard", "gård", "holm", "strup", "rup", "borg", "berg", "lund",
                               "bæk", "bech", "dal", "dahl", "skov", "toft", "høj", "kjær", "feldt", "mann",
                               "bjerg", "mose", "hauge", "bøl", "by"})
    if (ends_with_view(f, end)) return true;
  return false;
}

// How well the words [b, e) of `ws` read as one person's name: a known
// first name first (or at least not a surname first), a surname last,
// two or three words rather than four.
int name_score(const std::vector<std::string_view>& ws, std::size_t b, std::size_t e) {
  const std::string_view first = strip_edges(ws[b]), last = strip_edges(ws[e - 1]);
  if (is_initial(ws[b]) || is_particle(first) || is_initial(ws[e - 1]) || is_particle(last)) return -100;
  const bool known_first = vocabulary::is_first_name(first);
  // A name whose first name we do not know must at least end in a surname
  // ("Tormod Olsen"); "Regionshuset Viborg" is no name.
  if (!known_first && (!surname_shaped(last) || surname_shaped(first))) return -100;
  int score = known_first ? 3 : -1;
  if (!vocabulary::is_first_name(last)) score += 1;
  if (surname_shaped(last)) score += 1;
  if (e - b == 4) score -= 2;
  return score;
}

// The best split of the name words [b, e) into names of two to four words
// (see name_score); empty when there is none.
std::vector<std::pair<std::size_t, std::size_t>> best_split(const std::vector<std::string_view>& ws, std::size_t b,
                                                            std::size_t e) {
  const std::size_t n = e - b;
  constexpr int k_none = -1000000;
  std::vector<int> best(n + 1, k_none);
  std::vector<std::size_t> from(n + 1, 0);
  best[0] = 0;
  for (std::size_t i = 2; i <= n; ++i) {
    for (std::size_t len = 2; len <= 4 && len <= i; ++len) {
      if (best[i - len] == k_none) continue;
      // One point less per name: of two splits that score alike, fewer names.
      const int sc = best[i - len] + name_score(ws, b + i - len, b + i) - 1;
      if (sc > best[i]) {
        best[i] = sc;
        from[i] = i - len;
      }
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (best[n] <= k_none / 2) return out;
  for (std::size_t i = n; i > 0; i = from[i]) out.emplace_back(b + from[i], b + i);
  std::reverse(out.begin(), out.end());
  // Every name readable, and most of them starting at a known first name.
  std::size_t known = 0;
  for (const auto& [sb, se] : out) {
    if (name_score(ws, sb, se) <= -50) return {};
    if (vocabulary::is_first_name(strip_edges(ws[sb]))) ++known;
  }
  if (known * 2 < out.size() + 1) return {};
  return out;
}

// Where a run of names holds a job title in lower case between two names:
// two capitalised name words before it and two after it ("Lillian
// Andersen næstformand Ralph Jørgensen", "Lene Holm medlem Keld Jensen").
std::optional<std::size_t> inner_title_cut(const std::vector<std::string_view>& ws) {
  for (std::size_t t = 2; t + 2 < ws.size(); ++t) {
    const std::string_view w = strip_edges(ws[t]);
    if (w.size() != ws[t].size() || w.empty() || text::starts_capital(w) || !vocabulary::is_job_title(text::fold(w)))
      continue;
    const auto name_word = [&](std::size_t k) {
      const std::string_view v = strip_edges(ws[k]);
      return v.size() == ws[k].size() && text::starts_capital(v) && is_person_word(v) && !is_organisation_word(v);
    };
    if (name_word(t - 2) && name_word(t - 1) && name_word(t + 1) && name_word(t + 2))
      return t;
  }
  return std::nullopt;
}

// Names run together with nothing between them, as PDF transcripts print a
// list ("Sophie Hæstorp Andersen Charlotte Fischer Martin Geertsen", "Jens
// Friis Bak Per Jørgensen", "Finn Rudaizky Tormod Olsen"): the split into
// names of two to four words that reads best, where a name starts at a
// first name known in Danish (or at least not at a surname) and ends at a
// surname (by its ending: "-sen", "-gaard", "-holm"), so double first names
// ("Niels Erik Iversen", "Anne Marie Touborg") stay whole. A flattened
// table's column of roles after the names ("... Torben Kjær Formand
// Næstformand Medlem Medlem") is dropped. Returns the piece unchanged unless
// every word is a name word and it splits into two names or more, or it is
// a run of job titles before names and `absence` is false (see below).
std::vector<std::string> split_run_together(const std::string& piece, bool absence) {
  auto ws = text::words(piece);
  // "Freja Stevenson Henriette Petersen Ann-Sofie Rosted (afbud)": a note
  // of one word closing the run (a roster's status, read as a note:
  // split_at_table_afbud) is the last name's.
  if (ws.size() >= 5 && ws.back().size() > 2 && ws.back().front() == '(' && ws.back().back() == ')') {
    const std::size_t note_at = static_cast<std::size_t>(ws.back().data() - piece.data());
    auto names = split_run_together(std::string(text::trim(std::string_view(piece).substr(0, note_at))), absence);
    if (names.size() >= 2) {
      names.back() += " " + std::string(ws.back());
      return names;
    }
  }
  // "Direktør Carsten Hyldborg Jensen Kontraktchef Ingrid Dissing
  // Økonomichef Søren Junker": a run of "Role Name" entries (a flattened
  // staff list), two job titles or more each before a known first name,
  // splits before each title (with the words of a title of two, "Lægefaglig
  // direktør"); what stands before the first is a piece of its own. Not in
  // an absence list, where the names after the first absent one's title
  // were mostly not absent (measured on the real-world set).
  if (!absence) {
    std::vector<std::size_t> cuts;
    for (std::size_t t = 0; t + 1 < ws.size(); ++t) {
      const std::string_view w = strip_edges(ws[t]);
      if (!vocabulary::is_first_name(strip_edges(ws[t + 1])) || !vocabulary::is_job_title(text::fold(w)) ||
          (t > 0 && !text::starts_capital(w) && !vocabulary::is_job_title(text::fold(strip_edges(ws[t - 1])))))
        continue;
      std::size_t b = t;
      while (b > 0 && b + 2 > t && vocabulary::is_job_title(text::fold(strip_edges(ws[b - 1])))) --b;
      cuts.push_back(b);
    }
    if (cuts.size() >= 2) {
      std::vector<std::string> out;
      auto at = [&](std::size_t k) { return static_cast<std::size_t>(ws[k].data() - piece.data()); };
      if (cuts.front() > 0) out.emplace_back(text::trim(std::string_view(piece).substr(0, at(cuts.front()))));
      for (std::size_t k = 0; k < cuts.size(); ++k) {
        const std::size_t from = at(cuts[k]);
        const std::size_t to = k + 1 < cuts.size() ? at(cuts[k + 1]) : piece.size();
        for (auto& q : split_run_together(std::string(text::trim(std::string_view(piece).substr(from, to - from))), absence))
          out.push_back(std::move(q));
      }
      return out;
    }
  }
  // A column of roles: two job titles or more at the end.
  {
    std::size_t e = ws.size();
    while (e > 0 && text::starts_capital(ws[e - 1]) && vocabulary::is_job_title(text::fold(strip_edges(ws[e - 1])))) --e;
    if (ws.size() - e >= 2 && e >= 4) ws.resize(e);
  }
  // "Næstformand Michael Bagge Kuehn Jette Kragh ...": a job title before
  // the first name goes with it. A list's entry may open with the title
  // in lower case, as a sentence's words ("..., sekretariatschef Kim Dahl
  // Nuka Marie Karlsen, Amalie Zeeb": Kommune Kujalleq's council;
  // "sekretariatschef Anders Leth Jensen" in VIA's board, "deltog
  // skovfoged Sven Norup og forstfuldmægtig Anette Munk Ebbesen" in
  // Naturstyrelsen's Brugerråd Syd).
  std::size_t lead = 0;
  while (lead < ws.size() && lead < 2 && (text::starts_capital(ws[lead]) || lead == 0) &&
         vocabulary::is_job_title(text::fold(strip_edges(ws[lead]))))
    ++lead;
  if (lead > 0) {
    if (lead == ws.size()) return {piece};
    const std::string rest(text::trim(std::string_view(piece).substr(static_cast<std::size_t>(ws[lead].data() - piece.data()))));
    auto names = split_run_together(rest, absence);
    if (names.size() < 2) return {piece};
    names.front() = std::string(text::trim(std::string_view(piece).substr(0, static_cast<std::size_t>(ws[lead].data() - piece.data())))) +
                    " " + names.front();
    return names;
  }
  if (const auto cut = inner_title_cut(ws)) {
    // "Lillian Andersen næstformand Ralph Jørgensen Lene Thykjær Jørgensen":
    // a list one entry a line, an entry's role in lower case before its
    // name, run by a transcript into one line: the run is cut before the
    // title, which goes with the name after it.
    const std::size_t at = static_cast<std::size_t>(ws[*cut].data() - piece.data());
    auto names = split_run_together(std::string(text::trim(std::string_view(piece).substr(0, at))), absence);
    for (auto& q : split_run_together(std::string(text::trim(std::string_view(piece).substr(at))), absence))
      names.push_back(std::move(q));
    return names;
  }
  if (ws.size() < 4) return {piece};
  auto run_word = [](std::string_view w) {
    const std::string_view sw = strip_edges(w);
    const bool name_word = is_person_word(sw) && !is_organisation_word(sw) &&
                           !vocabulary::is_job_title(text::fold(sw));
    // ("... Preben Rasmussen K.H. Petersen Niels Jørgen Holm ...": initials
    // for a member's first names are name words of the run too.)
    return name_word || is_initial(w) || is_leading_initials(w) || is_particle(w) || is_substitute_marker(w);
  };
  // "Sys Rovsing, stedfortræder, under punkt 3 - 7 Michael Christiansen
  // Erik Højsholt Arne Josefsen Rolighed ...": a note of the entry before
  // that ends in a number (its items, its hours) opens the run of a list
  // printed one name a line; the note is a piece of its own (it goes to the
  // person before) and the run is split after it.
  if (!run_word(ws[0])) {
    std::size_t h = 0;
    while (h < ws.size() && !run_word(ws[h])) ++h;
    if (h < ws.size() && ws.size() - h >= 4 && is_digit_word(strip_edges(ws[h - 1]))) {
      const std::size_t at = static_cast<std::size_t>(ws[h].data() - piece.data());
      auto names = split_run_together(std::string(text::trim(std::string_view(piece).substr(at))), absence);
      if (names.size() >= 2) {
        names.insert(names.begin(), std::string(text::trim(std::string_view(piece).substr(0, at))));
        return names;
      }
    }
    return {piece};
  }
  // The names run on into an address or a sentence ("... Karsten Grubert
  // Kurt Mortensen Rød 3"): the run of name words is split, the rest is a
  // piece of its own (the last person's organisation, or nothing).
  // (Or into the heading after the list, "... Tonny Jensen Lars Thomsen
  // Bodil Jørgensen Godkendelse af dagsorden: Punkt 67 udgår ...",
  // Gribskov's Kulturråd: heading_after_name.)
  std::string tail;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (run_word(ws[i]) && !(i >= 4 && heading_after_name(ws, i))) continue;
    if (i < 4) return {piece};
    tail = std::string(text::trim(std::string_view(piece).substr(static_cast<std::size_t>(ws[i].data() - piece.data()))));
    ws.resize(i);
    break;
  }
  // "X stedfortræder Y": the marker goes with the name after it.
  std::vector<std::string> out;
  std::size_t runs = 0;
  for (std::size_t b = 0; b < ws.size();) {
    const bool marker = is_substitute_marker(ws[b]);
    std::size_t e = b + (marker ? 1 : 0);
    while (e < ws.size() && !is_substitute_marker(ws[e])) ++e;
    const std::size_t names_from = b + (marker ? 1 : 0);
    auto split = best_split(ws, names_from, e);
    // "... Thorbjørn Grøfte Andreas Nørgaard Lars E": a last name cut to
    // its first name and an initial (the page or the text ended) is read
    // as the run's tail, the names before it as the run.
    if (split.empty() && e == ws.size() && tail.empty() && e - names_from >= 6 && is_initial(ws[e - 1]) &&
        vocabulary::is_first_name(strip_edges(ws[e - 2]))) {
      split = best_split(ws, names_from, e - 2);
      if (!split.empty()) tail = join_words(ws, e - 2, e);
    }
    for (std::size_t k = 0; k < split.size(); ++k) {
      const std::size_t from = k == 0 && marker ? b : split[k].first;
      out.push_back(join_words(ws, from, split[k].second));
      ++runs;
    }
    b = e;
  }
  if (runs < 2) return {piece};
  if (!tail.empty()) out.push_back(tail);
  return out;
}

}  // namespace

// A list of first names only ("Klyngerådet: Erik, Kristian, Karina, Lise
// Lotte"), as small councils and associations write their members: two
// pieces or more that are one known first name.
// A role word before a first name in such a list: a job title, also in
// the plural ("Bestyrelsesmedlemmer Lis", "suppleant Jytte", "kasserer
// Hanne").
bool is_role_word(std::string_view w) {
  std::string f = text::fold(strip_edges(w));
  if (ends_with_view(f, "medlemmer")) f.resize(f.size() - 3);
  return vocabulary::is_job_title(f);
}

namespace {

// A piece that is one known first name after role words ("suppleant
// Jytte"), else false.
bool role_and_first_name(std::string_view piece) {
  const auto ws = text::words(piece);
  if (ws.size() < 2 || ws.size() > 3 || !vocabulary::is_first_name(strip_edges(ws.back()))) return false;
  return std::all_of(ws.begin(), ws.end() - 1, [](std::string_view w) { return is_role_word(w); });
}

// "Samuel, Marie, Louisa, Casper (referent).": a list closed as a sentence
// after the last entry's note in brackets; the period is the sentence's,
// not a word of the entry (a medical society's board, a gymnasium
// association's board, a LAP working group, a committee's "Fraværende:
// Merete Dea Larsen (O).").
std::string_view without_period_after_note(std::string_view piece) {
  std::string_view p = text::trim(piece);
  if (p.size() >= 2 && p.back() == '.') {
    std::string_view q = text::trim(p.substr(0, p.size() - 1));
    if (!q.empty() && q.back() == ')') return q;
  }
  return piece;
}

// A list entry without its notes in brackets: "Jane (Fie H.'s mor)" ->
// "Jane".
std::string without_notes(std::string_view piece) {
  piece = without_period_after_note(piece);
  std::string out;
  int depth = 0;
  for (const char c : piece) {
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    else if (depth == 0) out += c;
  }
  return std::string(text::trim(out));
}

// Two to eight pieces, each one capitalised word (notes in brackets
// aside), one of them at least a known first name: "Hanne, Nataliia".
bool single_words_with_a_first_name(const std::vector<std::string>& pieces) {
  if (pieces.size() < 2 || pieces.size() > 8) return false;
  bool known = false;
  for (const auto& piece : pieces) {
    const std::string p = without_notes(piece);
    const auto ws = text::words(p);
    if (ws.size() != 1 || !text::starts_capital(ws[0])) return false;
    known = known || vocabulary::is_first_name(strip_edges(ws[0]));
  }
  return known;
}

// A first name and the initial of the surname, as small boards tell two
// members of one first name apart ("Carsten H, Allan L, Carsten A og Allan
// U.", "Hanne R", "Mette T"): a known first name, then one capital letter.
bool first_name_and_initial(std::string_view piece) {
  const auto ws = text::words(piece);
  if (ws.size() != 2 || !vocabulary::is_first_name(strip_edges(ws[0]))) return false;
  std::string_view w = ws[1];
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  return (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') || w == "Æ" || w == "Ø" || w == "Å";
}

// Whether the words after `ws`'s first one are no name's: a heading in
// capitals, a word of the minutes, a clause's first word, or a word that is
// no surname before a lower-case one.
bool text_after_first_word(const std::vector<std::string_view>& ws) {
  if (ws.size() < 2 || ws[0].back() == ',' || ws[0].back() == '.') return false;
  const std::string_view next = strip_edges(ws[1]);
  if (next.empty() || !text::starts_capital(next) || is_particle(ws[1]) || is_initial(ws[1])) return false;
  if (!is_person_word(next) || opens_a_clause(ws[1])) return true;
  return ws.size() >= 3 && !surname_shaped(next) && !vocabulary::is_first_name(next) &&
         !text::starts_capital(ws[2]) && !is_particle(ws[2]) && std::isalpha(static_cast<unsigned char>(ws[2][0]));
}

// "Tilstede: Jeanett, Lars, Christina og Birgit Velkommen til nye
// medlemmer", "Deltagere: Ege, Michael, ..., Alex, Mette DAGSORDEN 1.
// Tilføjelse ...", "Klyngerådet: Erik, ..., Søren, Niels-Erik Fra Gesten
// Lokalråd: Claus Grynderup": a list of first names that a transcript ran
// into the text or label after it (Græshoppen's parents' council, Ulvshale
// Digelag's board, Hærvejsklyngen's Klyngeråd; so also "..., Lone, Rasmus
// Desværre kunne ..."). True when `ws`, a piece of such a list, is a known
// first name and then no name word (text_after_first_word): the first name
// is the entry.
bool first_name_before_text(const std::vector<std::string_view>& ws) {
  return ws.size() >= 2 && vocabulary::is_first_name(strip_edges(ws[0])) && text_after_first_word(ws);
}

// "Afbud: Tem (KBH), Sergej, Torben, Naima Opfølgning fra sidste møde -
// Ansvarlig (alle) ...": an absence list of single first names, one of them
// known, that a transcript ran into the heading and text after it
// (Sønderbro's school board 566; as "Afbud: Hanne, Nataliia" on its own
// line, Traneskolen's parents' council 357). Returns how many single
// capitalised words open `pieces` when two or more do, one a known first
// name, and the piece after them is a word and then a heading or the text
// (first_name_before_text's shape, its first word any name-shaped one, the
// list's last entry); 0 otherwise.
std::size_t first_names_run_into_text(const std::vector<std::string>& pieces) {
  std::size_t lead = 0;
  bool known = false;
  for (; lead < pieces.size(); ++lead) {
    const std::string piece = without_notes(pieces[lead]);
    const auto ws = text::words(piece);
    if (ws.size() != 1 || !text::starts_capital(ws[0])) break;
    known = known || vocabulary::is_first_name(strip_edges(ws[0]));
  }
  if (lead < 2 || lead == pieces.size() || !known) return 0;
  const auto ws = text::words(pieces[lead]);
  return ws.size() >= 3 && is_person_word(strip_edges(ws[0])) && text_after_first_word(ws) ? lead : 0;
}

// "1.", "12)": an item's number in a transcript's run-on line (not a
// count, "14 dg før deadline").
bool is_item_number(std::string_view w) {
  if (w.size() < 2 || (w.back() != '.' && w.back() != ')')) return false;
  w.remove_suffix(1);
  return w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool first_names_only(const std::vector<std::string>& pieces) {
  int n = 0;
  for (const auto& piece : pieces) {
    // "Jane (Fies mor)", "Martin (kasserer)": a first name and its note.
    const std::string p = without_notes(piece);
    const auto ws = text::words(p);
    if ((ws.size() == 1 && vocabulary::is_first_name(strip_edges(ws[0]))) || role_and_first_name(p)) ++n;
  }
  return n >= 2;
}

// A list of first names where some carry a surname's initial ("Karina,
// Mette T, Vitus", "Hanne R og Hanne T."): every piece one
// capitalised word or a first name and an initial, at least one of each
// kind, a known first name among them.
bool first_names_with_initials(const std::vector<std::string>& pieces) {
  if (pieces.size() < 2 || pieces.size() > 12) return false;
  bool initial = false, known = false;
  for (const auto& piece : pieces) {
    const std::string p = without_notes(piece);
    const auto ws = text::words(p);
    if (first_name_and_initial(p)) {
      initial = known = true;
      continue;
    }
    if (ws.size() != 1 || !text::starts_capital(ws[0])) return false;
    known = known || vocabulary::is_first_name(strip_edges(ws[0]));
  }
  return initial && known;
}

// A person's initials as Danish minutes write them for their own staff
// and board ("AH", "BJ", "TRF", "MHM"): two to four capital letters, not an
// organisation's abbreviation.
bool is_initials(std::string_view w) {
  w = strip_edges(w);
  std::size_t letters = 0;
  for (std::size_t i = 0; i < w.size();) {
    if (w[i] >= 'A' && w[i] <= 'Z') {
      ++i;
    } else if (w.compare(i, 2, "Æ") == 0 || w.compare(i, 2, "Ø") == 0 || w.compare(i, 2, "Å") == 0) {
      i += 2;
    } else {
      return false;
    }
    ++letters;
  }
  if (letters < 2 || letters > 4) return false;
  for (std::string_view org : {"PLO", "KL", "KKR", "SSU", "MED", "HMU", "LMU", "AMR", "TR", "FOA", "DSR", "OUH",
                               "AUH", "SUH", "RH", "RM", "RN", "RSD", "DSAM", "LAP", "SIND", "UCL", "KU", "AU",
                               "SDU", "AAU", "DR", "TV", "IT", "HR", "EU", "DK", "NB", "OBS", "PS", "CC", "MHT"})
    if (w == org) return false;
  return true;
}

// A list of initials only ("Til stede: AH, BJ, TRF"): two pieces or more,
// every piece one person's initials.
bool initials_only(const std::vector<std::string>& pieces) {
  if (pieces.size() < 2) return false;
  return std::all_of(pieces.begin(), pieces.end(), [](const std::string& p) {
    std::string_view v = text::trim(p);
    while (!v.empty() && (v.back() == '.' || v.back() == ',')) v.remove_suffix(1);
    return text::words(v).size() == 1 && is_initials(v);
  });
}

}  // namespace

bool looks_like_name(std::string_view name) {
  const auto ws = text::words(name);
  if (ws.size() < 2 || ws.size() > 6) return false;
  return std::all_of(ws.begin(), ws.end(), [](std::string_view w) {
           return (is_person_word(w) && !is_organisation_word(w)) || is_particle(w) || is_initial(w) ||
                  is_leading_initials(w);
         }) &&
         !vocabulary::is_job_title(text::fold(ws.front()));
}

namespace {

// Lower-case words that are prose, not a list entry's role or note: all but
// connectors, job titles and the words of attendance notes.
std::size_t prose_words(const std::vector<std::string_view>& ws, std::size_t b, std::size_t e) {
  std::size_t n = 0;
  for (std::size_t i = b; i < e; ++i) {
    const std::string_view w = strip_edges(ws[i]);
    if (w.empty() || text::starts_capital(w) || is_particle(w) || is_initial(w)) continue;
    const std::string f = text::fold(w);
    if (vocabulary::is_job_title(f)) continue;
    bool connector = false;
    for (std::string_view c : {"og", "i", "for", "ved", "fra", "af", "på", "under", "punkt", "pkt", "til", "samt",
                               "med", "begge", "alle", "som", "suppleant", "stedfortræder", "afbud", "indkaldt",
                               "deltog", "deltager", "mødte", "ikke", "stedet", "via", "video", "telefon", "kl"})
      connector = connector || f == c;
    if (!connector && !is_digit_word(w)) ++n;
  }
  return n;
}

}  // namespace

// A note after a name that says the person was not there, as attendance
// lists write it: "(afbud)", "- fraværende", "(forfald)", "(ikke til
// stede)", "(syg)", "(udeblev)"; `f` is case-folded.
bool is_absence_note(std::string_view f) {
  for (std::string_view w : {"afbud", "meldt afbud", "med afbud", "sendt afbud", "fraværende", "fravær", "forfald",
                             "lovligt forfald", "ikke til stede", "ikke tilstede", "ikke mødt", "ikke mødt op",
                             "udeblev", "udeblevet", "syg", "sygemeldt", "forhindret", "deltog ikke"})
    if (f == w) return true;
  return false;
}

// True when the words from `b` on speak of absence ("havde meldt afbud pga.
// sygdom", "er forhindret"): an absentee's reason, not a new sentence.
bool tells_absence(const std::vector<std::string_view>& ws, std::size_t b) {
  for (std::size_t i = b; i < ws.size() && i < b + 8; ++i) {
    const std::string f = text::fold(strip_edges(ws[i]));
    for (std::string_view w : {"afbud", "forfald", "fraværende", "fravær", "syg", "sygdom", "ferie", "forhindret",
                               "deltog", "deltager", "mødte", "udeblev", "grundet", "pga", "p.g.a", "barsel",
                               "orlov", "bortrejst", "sygemeldt", "tjenesterejse"})
      if (f == w) return true;
  }
  return false;
}

bool speaks_of_absence(std::string_view text) {
  const auto ws = text::words(text);
  for (std::size_t b = 0; b < ws.size(); b += 8)
    if (tells_absence(ws, b)) return true;
  return false;
}

// The substitute a note names ("suppleant Lærke Brahe deltager i stedet",
// "i stedet deltog Bo Holm", "stedfortræder: Bo Holm"), if any.
std::optional<std::string> substitute_in_note(std::string_view note) {
  const std::string f = text::fold(note);
  if (!text::starts_with(f, "suppleant") && !text::starts_with(f, "stedfortræder") &&
      f.find("i stedet") == std::string::npos)
    return std::nullopt;
  if (text::starts_with(f, "suppleant for") || text::starts_with(f, "stedfortræder for") ||
      text::starts_with(f, "i stedet for"))
    return std::nullopt;
  const auto ws = text::words(note);
  auto span = name_span(ws);
  if (!span && ws.size() >= 3) {
    // "Stedfortræder Jarl Feyling, ...": the name words right after the
    // marker, whether or not we know the first name.
    std::size_t e = 1;
    while (e < ws.size() && e < 5 && is_person_word(strip_edges(ws[e])) && !is_organisation_word(strip_edges(ws[e]))) {
      const bool last = ws[e].back() == ',' || ws[e].back() == '.';
      ++e;
      if (last) break;
    }
    if (e >= 3) span = std::make_pair(std::size_t{1}, e);
  }
  if (!span) return std::nullopt;
  std::string name = join_words(ws, span->first, span->second);
  while (!name.empty() && (name.back() == '.' || name.back() == ',' || name.back() == ':')) name.pop_back();
  if (!looks_like_name(name)) return std::nullopt;
  return name;
}

// The member a stand-in's note names: "midlertidigt for Vicky B. Lorenzen",
// "vikar for Bo Holm", "afløser for Bo Holm" (a stand-in for a while).
std::optional<std::string> stands_in_for(std::string_view note) {
  const std::string f = text::fold(note);
  for (std::string_view lead : {"midlertidigt for ", "midlertidig for ", "vikar for ", "vikarierer for ", "afløser for "}) {
    if (!text::starts_with(f, lead)) continue;
    // The lead is lower-case ASCII save "ø" (two bytes folded alike), so its
    // length in the note is its length folded.
    std::string_view who = text::trim(note.substr(lead.size()));
    who = text::trim(who.substr(0, who.find(',')));
    std::string name(who);
    if (looks_like_name(name)) return name;
  }
  return std::nullopt;
}

bool is_name_list(std::string_view line) {
  // "Referent: Bo Jensen": a label of its own, no continuation.
  if (line.find(':') != std::string_view::npos) return false;
  std::size_t names = 0;
  for (std::string piece : split_pieces(line)) {
    // Notes in parentheses ("(A)", "(formand)", "(afbud)") go with a name.
    for (auto open = piece.find('('); open != std::string::npos; open = piece.find('(')) {
      const auto close = piece.find(')', open);
      piece.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
    }
    const auto ws = text::words(piece);
    if (ws.empty()) continue;
    const auto span = name_span(ws);
    if (span && span->second == ws.size() &&
        std::all_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(span->first),
                    [](std::string_view w) { return vocabulary::is_job_title(text::fold(strip_edges(w))); })) {
      ++names;
      continue;
    }
    // "formand", "Næstformand": a role after a name.
    if (names > 0 && ws.size() <= 2 && vocabulary::is_job_title(text::fold(strip_edges(ws.front())))) continue;
    return false;
  }
  return names > 0;
}

namespace {

// "Anne-Marie" from "ANNE-MARIE": the first letter of each part upper case,
// the rest lower case (Latin-1 letters of Danish too).
std::string title_case(std::string_view word) {
  std::string out = text::fold(word);
  bool start = true;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (start && c >= 'a' && c <= 'z') out[i] = static_cast<char>(c - 'a' + 'A');
    if (start && c == 0xC3 && i + 1 < out.size()) {
      const auto d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0xA0 && d <= 0xBE && d != 0xB7) out[i + 1] = static_cast<char>(d - 0x20);
    }
    start = c == '-';
    if (c >= 0x80) ++i;
  }
  return out;
}

// "ANNE HOLM", "BO S. JENSEN": a name written in capitals, as some lists and
// tables print their members, in the case a name is written ("Anne Holm")
// when its first word is a first name known in Danish; else unchanged
// ("REGION MIDTJYLLAND", "KL").
std::string uncap_name(const std::string& piece) {
  const auto ws = text::words(piece);
  if (ws.size() < 2 || ws.size() > 5) return piece;
  for (auto w : ws) {
    bool letter = false;
    for (std::size_t i = 0; i < w.size(); ++i) {
      const auto c = static_cast<unsigned char>(w[i]);
      if (c >= 'a' && c <= 'z') return piece;
      if (c == 0xC3 && i + 1 < w.size() && static_cast<unsigned char>(w[i + 1]) >= 0xA0) return piece;
      letter = letter || (c >= 'A' && c <= 'Z') || c >= 0x80;
    }
    if (!letter) return piece;
  }
  if (!vocabulary::is_first_name(title_case(strip_edges(ws.front())))) return piece;
  std::string out;
  for (auto w : ws) {
    if (!out.empty()) out += ' ';
    // A middle initial stays as it is ("S.").
    out += strip_edges(w).size() <= 1 ? std::string(w) : title_case(w);
  }
  return out;
}

}  // namespace

namespace {

// The substitute a line names after its last dash, then the word:
// "Villy Søvndal, F - Tine Hundahl Jensen stedfortræder" -> "Tine Hundahl
// Jensen" (Region Syddanmark's Regionsråd 424); empty when it names none.
std::string_view substitute_before_word(std::string_view line) {
  const std::size_t dash = line.rfind(" - ");
  if (dash == std::string_view::npos) return {};
  const std::string_view who = text::trim(line.substr(dash + 3));
  for (std::string_view word : {" stedfortræder", " suppleant"}) {
    if (who.size() <= word.size() || text::fold(who.substr(who.size() - word.size())) != word) continue;
    const std::string_view name = text::trim(who.substr(0, who.size() - word.size()));
    const auto ws = text::words(name);
    if (ws.size() >= 2 && ws.size() <= 4 && vocabulary::is_first_name(ws[0]) &&
        std::all_of(ws.begin(), ws.end(), [](std::string_view w) { return is_person_word(w) || is_initial(w); }))
      return name;
  }
  return {};
}

}  // namespace

std::string substitute_after_dash(std::string_view value) {
  std::string out;
  bool first = true;
  for (std::string_view line : text::lines(value)) {
    if (!first) out += '\n';
    first = false;
    if (const std::string_view name = substitute_before_word(line); !name.empty())
      out.append(line.substr(0, line.rfind(" - "))).append(", suppleant ").append(name).append(" deltog i stedet");
    else
      out.append(line);
  }
  return out;
}

// A register's substitute written after the member's entry, "Kim Holm,
// Gribskov Kommune supp. Bo Berg deltog Anne Dahl, ..." or "..., Københavns
// Kommune, supp. Bo Berg deltog": rewritten as the note the list reads
// ("(suppleant Bo Berg deltog i stedet)"): the member was away, Bo came.
std::string substitute_notes(std::string_view value) {
  if (value.find("supp. ") == std::string_view::npos) return std::string(value);
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = value.find("supp. "); at != std::string_view::npos; at = value.find("supp. ", at + 1)) {
    if (at > 0 && value[at - 1] != ' ') continue;
    const std::size_t name_from = at + 6;
    const std::size_t verb = value.find(" deltog", name_from);
    if (verb == std::string_view::npos || verb - name_from > 60) continue;
    const std::string_view who = value.substr(name_from, verb - name_from);
    const auto ws = text::words(who);
    if (ws.size() < 2 || ws.size() > 4 ||
        !std::all_of(ws.begin(), ws.end(), [](std::string_view w) { return is_person_word(w) || is_initial(w); }))
      continue;
    std::string_view before = value.substr(from, at - from);
    // "Københavns Kommune, supp. X deltog": the note belongs to the entry
    // before the comma.
    while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
    out.append(before);
    out.append(" (suppleant ");
    out.append(who);
    out.append(" deltog i stedet)");
    from = verb + 7;
  }
  out.append(value.substr(from));
  return out;
}

namespace {

// Capitalised words that open a Danish sentence or clause before a name
// ("Desuden Hans Holm ...", "Endvidere deltog ..."): never a first name.
bool is_sentence_opener(std::string_view w) {
  static constexpr std::array<std::string_view, 24> k_words = {
      "desuden", "endvidere", "derudover", "herudover", "dertil", "hertil", "endelig", "ligeledes",
      "yderligere", "samtidig", "også", "kun", "både", "heller", "efter", "inden", "under", "mens",
      "fra", "til", "med", "som", "hvor", "når"};
  const std::string f = text::fold(w);
  return std::find(k_words.begin(), k_words.end(), f) != k_words.end();
}

// True when every piece of a list names a person (notes in parentheses
// aside) and at most one has words before its name: a list of names only,
// no run of "Name, Organisation" entries ("..., Nordfyn Anker Boye, Odense
// Curt Sørensen, ...").
bool names_only(const std::vector<std::string>& pieces) {
  if (pieces.size() < 2) return false;
  std::size_t led = 0;
  return std::all_of(pieces.begin(), pieces.end(), [&led](const std::string& p) {
    std::string bare;
    int depth = 0;
    // ("Forældrevalgte: Peter Knappmann": a group's label before the first.)
    const auto colon = p.find(": ");
    for (char c : std::string_view(p).substr(colon == std::string::npos ? 0 : colon + 2)) {
      if (c == '(') ++depth;
      if (depth == 0) bare += c;
      if (c == ')' && depth > 0) --depth;
    }
    const auto ws = text::words(bare);
    const auto span = name_span(ws);
    if (span && span->first > 0) ++led;
    // ("Elevrepræsentanter: ??, ??.": a piece of no words is no entry.)
    if (!span && std::none_of(ws.begin(), ws.end(), [](std::string_view w) { return is_person_word(strip_edges(w)); }))
      return true;
    return span.has_value() && led <= 1;
  });
}

// "Aicha Gry Andersen", "Wiktoria Anna Zielinska", "Nadja Maria Hageskov
// (C)": an entry of three name words whose first one is a first name we do
// not know, before one we do: the whole is the person's name (not the
// previous person's organisation and then "Gry Andersen"), in a list whose
// every entry names a person (see names_only). The word before
// must read as a first name: no municipality ("Odense Curt Sørensen"), no
// organisation, job title, surname or sentence opener.
bool unfamiliar_first_name_before(const std::vector<std::string_view>& ws, std::size_t b, std::size_t e) {
  if (b != 1 || e != ws.size() || e - b != 2) return false;
  const std::string_view w = ws[0];
  if (w != strip_edges(w) || w.size() < 4 || !is_person_word(w) || w.find('-') != std::string_view::npos)
    return false;
  if (is_organisation_word(w) || vocabulary::is_job_title(text::fold(w)) || surname_shaped(w) ||
      vocabulary::region_of_municipality(w) || is_sentence_opener(w))
    return false;
  return surname_shaped(ws[e - 1]) || !vocabulary::is_first_name(strip_edges(ws[e - 1]));
}

// Notes in parentheses: party letters, roles, afbud, substitutes; taken out
// of the piece.
std::vector<std::string> take_notes(std::string& piece) {
  std::vector<std::string> notes;
  piece = std::string(without_period_after_note(piece));
  for (auto open = piece.find('('); open != std::string::npos; open = piece.find('(')) {
    const auto close = piece.find(')', open);
    if (close == std::string::npos) {
      piece.erase(open, 1);
      continue;
    }
    notes.emplace_back(text::trim(std::string_view(piece).substr(open + 1, close - open - 1)));
    piece.erase(open, close - open + 1);
  }
  return notes;
}

// "1. Overborgmester Frank Jensen": a numbered list.
void drop_list_number(std::string& piece) {
  std::size_t i = 0;
  while (i < piece.size() && i < 3 && piece[i] >= '0' && piece[i] <= '9') ++i;
  if (i > 0 && i + 1 < piece.size() && (piece[i] == '.' || piece[i] == ')') && piece[i + 1] == ' ')
    piece = std::string(text::trim(std::string_view(piece).substr(i + 1)));
}

// "Anne Holm - afbud", "Bo Jensen afbud": a mark of absence after the name.
void take_absence_mark(std::string& piece, PersonEntry& e) {
  for (std::string_view mark : {"- afbud", "– afbud", "-afbud", "afbud", "- fraværende", "– fraværende"}) {
    const std::string f = text::fold(piece);
    if (f.size() > mark.size() && f.compare(f.size() - mark.size(), mark.size(), mark) == 0 &&
        (mark != "afbud" || f[f.size() - mark.size() - 1] == ' ')) {
      piece = std::string(text::trim(std::string_view(piece).substr(0, piece.size() - mark.size())));
      e.afbud = true;
      break;
    }
  }
}

// "Camilla Aff Bredegaard (A)- deltog ikke i behandlingen af punkt: 4, 5":
// listed, but not there for the meeting's business.
void take_not_taking_part(std::string& piece, PersonEntry& e) {
  if (const auto at = text::fold(piece).find("deltog ikke"); at != std::string::npos && at > 0) {
    piece = std::string(text::trim(std::string_view(piece).substr(0, at)));
    while (!piece.empty() && (piece.back() == '-' || piece.back() == ' ')) piece.pop_back();
    e.afbud = true;
  }
}

// "Y, suppleant for X", "Y i stedet for X", "Lars Holm for Bo Jensen"
// (a list of those present: Lars came for Bo).
void take_replaced(std::string& piece, PersonEntry& e) {
  if (const auto at = text::fold(piece).find(" for "); at != std::string::npos) {
    const std::string_view before = text::trim(std::string_view(piece).substr(0, at));
    const std::string_view after = text::trim(std::string_view(piece).substr(at + 5));
    if (looks_like_name(before) && looks_like_name(after)) {
      e.replaces.emplace_back(after);
      piece = std::string(before);
    }
  }
  for (std::string_view marker : {"suppleant for ", "i stedet for ", "stedfortræder for "}) {
    const std::string f = text::fold(piece);
    if (const auto at = f.find(marker); at != std::string::npos) {
      const std::string replaced(text::trim(std::string_view(piece).substr(at + marker.size())));
      if (looks_like_name(replaced)) e.replaces.push_back(replaced);
      piece = std::string(text::trim(std::string_view(piece).substr(0, at)));
    }
  }
}

// The notes in parentheses: absence, the person replaced, a substitute who
// came instead, else a role.
void read_notes(const std::vector<std::string>& notes, PersonEntry& e, std::vector<std::string>& came_instead) {
  for (const auto& n : notes) {
    const std::string f = text::fold(n);
    if (is_absence_note(f)) {
      e.afbud = true;
    } else if (text::starts_with(f, "deltog ikke i ")) {
      // "Hanne Pigonska (deltog ikke i behandlingen af pkt. 1-7)": the note
      // take_not_taking_part reads after a dash ("... (A)- deltog ikke i
      // behandlingen af punkt: 4, 5"), in parentheses.
      e.afbud = true;
    } else if (text::starts_with(f, "for ") && looks_like_name(text::trim(std::string_view(n).substr(4)))) {
      // "Inga Holm, Ærø Kommune (for Ole W. Petersen)": came in the place of.
      e.replaces.emplace_back(text::trim(std::string_view(n).substr(4)));
    } else if (const auto stand_in = stands_in_for(n)) {
      // "Marianne Thomsen, F (midlertidigt for Vicky B. Lorenzen)": a
      // stand-in for a while; the member named is away.
      e.replaces.push_back(*stand_in);
    } else if (text::starts_with(f, "suppleant for ") || text::starts_with(f, "stedfortræder for ") ||
               text::starts_with(f, "i stedet for ")) {
      // "(suppleant for Eva Juul Jensen, Miljøstyrelsen)": the name, not its organisation.
      std::string_view who = text::trim(std::string_view(n).substr(n.find(" for ") + 5));
      who = text::trim(who.substr(0, who.find(',')));
      const std::string replaced(who);
      if (looks_like_name(replaced)) e.replaces.push_back(replaced);
      add_role(e, "suppleant");
    } else if (const auto sub = substitute_in_note(n)) {
      // "Britt Holm (suppleant Lærke Brahe deltager i stedet)": Britt sent
      // afbud, Lærke came.
      e.afbud = true;
      came_instead.push_back(*sub);
    } else if (!n.empty()) {
      add_role(e, n);
    }
  }
}

// No name: the organisation or role of the person before.
void attach_to_previous(const std::string& piece, const std::vector<std::string_view>& ws, const PersonEntry& e,
                        std::vector<PersonEntry>& out) {
  if (!out.empty() && !ws.empty()) {
    PersonEntry& prev = out.back();
    if (auto org = find_organisation(piece); org && !prev.organisation) {
      prev.organisation = piece.substr(org->begin, org->end - org->begin);
    } else if (ws.size() <= 8) {
      if (is_came_word(ws.front())) prev.came = true;
      else if (!prev.organisation && text::starts_capital(ws.front()) &&
               !vocabulary::is_job_title(text::fold(ws.front())))
        prev.organisation = piece;
      else
        add_role(prev, piece);
    }
    if (e.afbud) prev.afbud = true;
    for (auto& r : e.replaces) prev.replaces.push_back(r);
    if (e.role && !prev.role) prev.role = e.role;
  }
}

// Before the name: the person's job title, or the previous person's
// organisation in a run-on list.
void read_before_name(const std::vector<std::string_view>& ws, std::size_t b, PersonEntry& e, std::vector<PersonEntry>& out) {
  if (b > 0) {
    const std::string before = join_words(ws, 0, b);
    const bool title = std::all_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(b), [](std::string_view w) {
      const std::string f = text::fold(strip_edges(w));
      return vocabulary::is_job_title(f) || !text::starts_capital(w) || f == "og";
    });
    // "I stedet deltog Ruth Lønskov", "stedfortræder Erik Lund": this one
    // came in the place of someone.
    // "Afbud Kjeld, møder senere Finn": late, but there.
    const bool came = std::any_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(b), [](std::string_view w) {
      return is_came_word(w) || is_substitute_marker(w) || w == "senere" || w == "forsinket";
    });
    if (came) e.came = true;
    if (title) {
      add_role(e, before);
    } else if (came) {
      // "I stedet deltog": no organisation of the person before.
    } else if (!out.empty() && !out.back().organisation) {
      out.back().organisation = before;
    }
  }
}

// After the name: role and organisation ("direktør, Region Nordjylland").
void read_after_name(const std::vector<std::string_view>& ws, std::size_t end, bool prose_after, PersonEntry& e) {
  if (end < ws.size()) {
    std::string after = join_words(ws, end, ws.size());
    if (is_came_word(ws[end]) && (end + 1 == ws.size() || text::fold(ws[end + 1]) != "ikke")) {
      e.came = true;
    } else {
      if (auto org = find_organisation(after)) {
        e.organisation = after.substr(org->begin, org->end - org->begin);
        after.erase(org->begin, org->end - org->begin);
      }
      if (!prose_after) add_role(e, clean_role(after));
    }
  }
}

// "Britt Holm (suppleant Lærke Brahe deltager i stedet)": who came in the
// place of the entry just read.
void add_came_instead(std::vector<std::string>& came_instead, std::vector<PersonEntry>& out) {
  for (auto& c : came_instead) {
    PersonEntry sub;
    sub.name = std::move(c);
    sub.came = true;
    sub.replaces.push_back(out.back().name);
    out.push_back(std::move(sub));
  }
}

}  // namespace

std::vector<PersonEntry> read_person_entries(std::string_view value_in, bool stop_at_prose, bool absence) {
  std::vector<PersonEntry> out;
  std::vector<std::string> pieces;
  const std::string rewritten = substitute_notes(value_in);
  const std::string_view value = rewritten;
  for (const auto& p : split_pieces(value))
    for (auto& q : split_run_together(uncap_name(p), absence)) pieces.push_back(std::move(q));
  // "Fraværende: Jette", "Afbud: Kjeld": an absence label's value that is
  // one known first name is that person, as small boards write it.
  // "Afbud: Hanne, Nataliia": so is an absence list of single capitalised
  // words, one of them a known first name.
  if (absence && stop_at_prose) {
    if (const std::size_t lead = first_names_run_into_text(pieces)) {
      const auto ws = text::words(pieces[lead]);
      std::vector<std::string> kept(pieces.begin(), pieces.begin() + static_cast<std::ptrdiff_t>(lead));
      kept.emplace_back(strip_edges(ws[0]));
      pieces = std::move(kept);
    }
  }
  const bool single_names = first_names_only(pieces) || (absence && first_names_with_initials(pieces)) ||
                            (absence && stop_at_prose && pieces.size() == 1 && text::words(pieces[0]).size() == 1 &&
                             vocabulary::is_first_name(strip_edges(text::words(pieces[0])[0]))) ||
                            (absence && stop_at_prose && single_words_with_a_first_name(pieces));
  // Only an attendance label's value is read so: elsewhere capitals are
  // abbreviations.
  if (stop_at_prose && initials_only(pieces)) {
    for (const auto& p : pieces) {
      PersonEntry e;
      e.name = std::string(strip_edges(text::trim(p)));
      out.push_back(std::move(e));
    }
    return out;
  }
  const bool list_of_names = names_only(pieces);
  for (std::string piece : pieces) {
    PersonEntry e;
    std::vector<std::string> came_instead;
    std::vector<std::string> notes = take_notes(piece);
    piece = std::string(text::trim(piece));
    drop_list_number(piece);
    take_absence_mark(piece, e);
    take_not_taking_part(piece, e);
    take_replaced(piece, e);
    if (is_absence_note(text::fold(piece))) {
      if (!out.empty()) {
        out.back().afbud = true;
        // ("Thomas Houe- afbud": the mark's dash.)
        if (!out.back().name.empty() && out.back().name.back() == '-') out.back().name.pop_back();
      }
      continue;
    }
    const auto ws = text::words(piece);
    const auto span = name_span(ws);
    read_notes(notes, e, came_instead);
    if (single_names && stop_at_prose && first_name_before_text(ws)) {
      e.name = std::string(strip_edges(ws[0]));
      out.push_back(std::move(e));
      continue;
    }
    if (!span && single_names && ws.size() == 1 && is_person_word(strip_edges(ws[0])) &&
        !is_organisation_word(strip_edges(ws[0])) && !vocabulary::is_job_title(text::fold(strip_edges(ws[0])))) {
      e.name = std::string(strip_edges(ws[0]));
      out.push_back(std::move(e));
      continue;
    }
    // "Afbud: Karina, Mette T, Vitus": in a list of absentees' first names, a
    // first name and a surname's initial is one person. (Lists of those
    // present are not read so: there it found more wrong names than right.)
    if (!span && single_names && absence && first_name_and_initial(piece)) {
      e.name = join_words(ws, 0, 2);
      while (!e.name.empty() && (e.name.back() == '.' || e.name.back() == ',')) e.name.pop_back();
      out.push_back(std::move(e));
      continue;
    }
    // "Bestyrelsesmedlemmer Lis", "suppleant Jytte": a role and a first name.
    if (single_names && role_and_first_name(piece)) {
      e.name = std::string(strip_edges(ws.back()));
      add_role(e, join_words(ws, 0, ws.size() - 1));
      out.push_back(std::move(e));
      continue;
    }
    if (!span) {
      attach_to_previous(piece, ws, e, out);
      continue;
    }
    auto [b, end] = *span;
    if (list_of_names && unfamiliar_first_name_before(ws, b, end)) --b;
    // Where a list runs on into the minutes' text ("Afbud: Bestyrelsesmedlem
    // Peter Krogh Bestyrelsesformanden åbnede mødet med ..."), prose after a
    // name ends the list after that name, and prose before one ends it before.
    if (stop_at_prose && prose_words(ws, 0, b) >= 3) break;
    const bool prose_after = stop_at_prose && end < ws.size() && prose_words(ws, end, ws.size()) >= 3;
    // "Projektleder Carl Dahl er indbudt til at orientere ...": a name that
    // a verb follows is a sentence's subject, no list entry.
    // ("..., Charlotte Riis Engelbrecht 1. ” Landskab for alle”.
    // Planafdelingen ...": the first item's number after the list's last
    // name, no verb.)
    if (prose_after && !text::starts_capital(ws[end]) && !vocabulary::is_job_title(text::fold(strip_edges(ws[end]))) &&
        !is_came_word(ws[end]) && !tells_absence(ws, end) && !is_item_number(ws[end]))
      break;
    e.name = join_words(ws, b, end);
    while (!e.name.empty() && (e.name.back() == '.' || e.name.back() == ':' || e.name.back() == ',')) e.name.pop_back();
    // "Jan Gudmann Hansen Plan- og udviklingschef Anne ...": the first part
    // of the next entry's compound title is no part of the name.
    if (const auto sp = e.name.rfind(' '); sp != std::string::npos && e.name.back() == '-' && end - b >= 3)
      e.name.resize(sp);
    read_before_name(ws, b, e, out);
    read_after_name(ws, end, prose_after, e);
    // "Afbud: Per Andersen grundet sygdom, suppleant Jan Holm grundet anden
    // aftale": a substitute given a reason of absence in an absence list
    // sent regrets too (Vesterbro Lokaludvalg 817).
    if (absence && e.came && end < ws.size()) {
      const std::string reason = text::fold(strip_edges(ws[end]));
      if (reason == "grundet" || reason == "pga" || reason == "p.g.a" ||
          (reason == "på" && end + 2 < ws.size() && text::fold(ws[end + 1]) == "grund"))
        e.came = false;
    }
    out.push_back(std::move(e));
    add_came_instead(came_instead, out);
    if (prose_after) break;
  }
  return out;
}

namespace {

// A flattened attendance table, one row a person: name, role and status
// ("Lars Holm Medlem Deltog Per Dahl Medlem Afbud ..."). Returns false when
// `value` is no such table (fewer than two status words).
bool read_status_table(std::string_view value, const std::string& group, Meeting& m,
                       std::vector<std::string>& absent) {
  // "Helle Pedersen Til stede Poul Lykke Behrendt Afbud": the status of
  // presence in two words is one ("Til stede", as "Tilstede"; Dagtilbud
  // Elverdam's board 383, its parents' and staff's columns).
  std::vector<std::string_view> ws;
  for (const std::string_view w : text::words(value)) {
    if (!ws.empty() && (ws.back() == "Til" || ws.back() == "til") && (w == "stede" || w == "stede," || w == "stede.")) {
      ws.back() = value.substr(static_cast<std::size_t>(ws.back().data() - value.data()),
                               static_cast<std::size_t>(w.data() + w.size() - ws.back().data()));
      continue;
    }
    ws.push_back(w);
  }
  auto status = [](std::string_view w) -> int {  // 1 present, 0 absent, -1 none
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    if (w == "Deltog" || w == "Deltager" || w == "Mødt" || w == "Tilstede" || w == "Til stede" || w == "til stede")
      return 1;
    if (w == "Afbud" || w == "Fraværende" || w == "Fravær" || w == "Udeblev") return 0;
    return -1;
  };
  if (std::count_if(ws.begin(), ws.end(), [&](std::string_view w) { return status(w) >= 0; }) < 2) return false;
  // "Ann-Sofie Rosted Afbud Susan Frandsen Afbud Nis Madsen": with no
  // status of presence, only the absent carry one (a roster of one member
  // a line, run into one: read_person_entries reads it).
  // ("Til stede" is one: "Helle Pedersen Til stede Poul Lykke Behrendt Afbud".)
  if (std::none_of(ws.begin(), ws.end(), [&](std::string_view w) { return status(w) == 1; }))
    return false;
  // "Lars Holm: Deltog" / "Per Dahl: Afbud": a name and its status on each
  // line, read by read_person_entries.
  for (std::size_t i = 1; i < ws.size(); ++i)
    if (status(ws[i]) >= 0 && ws[i - 1].back() == ':') return false;
  std::size_t from = 0;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const int st = status(ws[i]);
    if (st < 0) continue;
    const std::vector<std::string_view> row(ws.begin() + static_cast<std::ptrdiff_t>(from),
                                            ws.begin() + static_cast<std::ptrdiff_t>(i));
    from = i + 1;
    const auto span = name_span(row);
    if (!span) continue;
    const std::string name = join_words(row, span->first, span->second);
    if (st == 0) {
      absent.push_back(name);
      continue;
    }
    if (std::any_of(m.participants.begin(), m.participants.end(),
                    [&](const Participant& q) { return q.person_id == person_id(name); }))
      continue;
    Participant p;
    p.name = name;
    p.person_id = person_id(name);
    p.group = group;
    if (span->second < row.size()) p.role = join_words(row, span->second, row.size());
    m.participants.push_back(std::move(p));
  }
  return true;
}

// Someone the text names as absent ("Afbud") who is not among those listed.
Participant absentee(const std::string& name, const std::string& id) {
  Participant p;
  p.name = name;
  p.person_id = id;
  p.group = "Afbud";
  p.present = false;
  return p;
}

}  // namespace

void read_people(std::string_view value, const std::string& group, Meeting& m,
                 std::vector<std::string>& absent) {
  if (read_status_table(value, group, m, absent)) return;
  for (auto& e : read_person_entries(value, true)) {
    for (auto& r : e.replaces) absent.push_back(r);
    if (e.afbud) absent.push_back(e.name);
    Participant p;
    p.name = e.name;
    p.person_id = person_id(e.name);
    p.role = e.role;
    p.organisation = e.organisation;
    p.group = group;
    p.present = !e.afbud;
    const bool known = std::any_of(m.participants.begin(), m.participants.end(),
                                   [&](const Participant& q) { return q.person_id == p.person_id; });
    if (!known) m.participants.push_back(std::move(p));
  }
}


std::vector<std::string> absent_names(std::string_view value, Meeting& m) {
  std::vector<std::string> names;
  for (auto& e : read_person_entries(value, true, true)) {
    if (e.came) {
      Participant p;
      p.name = e.name;
      p.person_id = person_id(e.name);
      p.group = "Suppleanter";
      p.role = e.role;
      if (std::none_of(m.participants.begin(), m.participants.end(),
                       [&](const Participant& q) { return q.person_id == p.person_id; }))
        m.participants.push_back(std::move(p));
      continue;
    }
    names.push_back(e.name);
    for (auto& r : e.replaces) names.push_back(r);
  }
  // "Afbud: Ejner, Annelene": a list of single capitalised words, one of
  // them a known first name, is a list of first names; one we do not know
  // is a person too (mark_absent takes one word only when it knows it).
  // ("Afbud: Karina, Mette T, Vitus": a first name with a surname's initial
  // belongs to such a list.)
  const bool first_names = names.size() >= 2 && std::all_of(names.begin(), names.end(), [](const std::string& n) {
    const auto ws = text::words(n);
    return (ws.size() == 1 && text::starts_capital(ws[0]) && text::has_lower_after_first(ws[0])) ||
           first_name_and_initial(n);
  }) && std::any_of(names.begin(), names.end(), [](const std::string& n) { return vocabulary::is_first_name(n); });
  if (first_names)
    for (const auto& n : names) {
      const std::string id = person_id(n);
      if (vocabulary::is_first_name(n) ||
          std::any_of(m.participants.begin(), m.participants.end(), [&](const Participant& q) { return q.person_id == id; }))
        continue;
      m.participants.push_back(absentee(n, id));
    }
  return names;
}

namespace {

// True when the '.' at s[i] ends a sentence: not the dot of a middle
// initial ("John G. Christensen") or of an abbreviation ("pkt.", "kl.").
bool sentence_dot(std::string_view s, std::size_t i) {
  // "kl. 15.45", "pkt. 2.1": a dot before a digit.
  if (i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') return false;
  std::size_t b = i;
  while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n') --b;
  const std::string_view word = s.substr(b, i - b);
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return false;
  for (std::string_view abbr : {"pkt", "kl", "nr", "jf", "ca", "bl.a", "evt", "mht", "vedr", "f.eks", "dvs", "stk",
                                "pga", "p.g.a", "inkl", "ang", "afd", "tlf"})
    if (word == abbr) return false;
  return true;
}

}  // namespace

// The start of the sentence that holds s[at]: after the last sentence end
// (or one of `also`) before it.
std::size_t sentence_start(std::string_view s, std::size_t at, std::string_view also) {
  for (std::size_t i = std::min(at, s.size()); i > 0; --i) {
    const char c = s[i - 1];
    if (c == '\n' || also.find(c) != std::string_view::npos || (c == '.' && sentence_dot(s, i - 1))) return i;
  }
  return 0;
}

// The end of the sentence that starts at s[0] (or one of `also`).
std::size_t sentence_end(std::string_view s, std::string_view also) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\n' || also.find(c) != std::string_view::npos || (c == '.' && sentence_dot(s, i))) return i;
  }
  return s.size();
}

// The names at the end of `clause` (the words before a phrase such as
// "havde meldt afbud"), as a list: "Jan Mainz og Pia Buus Pindstrup".
std::vector<std::string> names_before(std::string_view clause) {
  clause = clause.substr(sentence_start(clause, clause.size(), ":;"));
  // "• John Lohff • Thies Mathiasen deltog ikke i punkterne 2 – 11": a
  // bulleted list run into one line; the phrase tells of its last entry.
  if (const auto bullet = clause.rfind("\xE2\x80\xA2"); bullet != std::string_view::npos)
    clause = clause.substr(bullet + 3);
  // An unclosed "(" starts the clause; a closed one is a note inside it
  // ("Jacob Ejs (A) var fraværende", "Brian Høier (A), Maria Gudme (A) og
  // Anja Rosengreen (F) deltog ikke ...").
  int depth = 0;
  for (std::size_t i = clause.size(); i > 0; --i) {
    if (clause[i - 1] == ')') ++depth;
    if (clause[i - 1] == '(' && depth-- == 0) {
      clause = clause.substr(i);
      break;
    }
  }
  // "Som stedfortræder deltog Helle Obenhausen Mortensen (A) Merete
  // Skovgaard-Jensen (V) var fraværende": a sentence of one a line whose
  // full stop a transcript lost ends at the note after its own subject, a
  // name after it without a comma or "og" opening the next.
  // (Only a clause that has the verb at all is folded, once a note.)
  const bool has_verb = clause.find("eltog ") != std::string_view::npos ||
                        clause.find("eltager ") != std::string_view::npos ||
                        clause.find("ELTOG ") != std::string_view::npos ||
                        clause.find("ELTAGER ") != std::string_view::npos;
  for (std::size_t close = has_verb ? clause.rfind(") ") : std::string_view::npos;
       close != std::string_view::npos && close > 0; close = clause.rfind(") ", close - 1)) {
    if (!text::starts_capital(clause.substr(close + 2))) continue;
    const std::string f = text::fold(clause.substr(0, close));
    if (f.find(" deltog ") != std::string::npos || f.find(" deltager ") != std::string::npos ||
        text::starts_with(f, "deltog ")) {
      clause = clause.substr(close + 2);
      break;
    }
  }
  std::vector<std::string> out;
  for (const auto& e : read_person_entries(clause))
    if (looks_like_name(e.name)) out.push_back(e.name);
  return out;
}

void add_participant_if_new(const std::string& name, bool present, Meeting& m) {
  const std::string id = person_id(name);
  for (auto& p : m.participants) {
    if (same_person_id(p.person_id, id)) {
      if (present) p.present = true;
      return;
    }
  }
  Participant p;
  p.name = name;
  p.person_id = id;
  p.group = present ? "Deltagere" : "Afbud";
  p.present = present;
  m.participants.push_back(std::move(p));
}


bool elects_officers(std::string_view folded_title) {
  if (!text::starts_with(folded_title, "valg af ")) return false;
  const std::string_view rest = folded_title.substr(8);
  for (std::string_view role : {"dirigent", "referent", "ordstyrer", "mødeleder", "stemmetæller"})
    if (text::starts_with(rest, role)) return true;
  return false;
}

namespace {

// The first names alone that a line of an officers' item names: "Lisbet
// mødeleder Mogens ordstyrer", "Lisbet valgt som mødeleder og Mogens som
// ordstyrer", "ref. Lene have 47 Stemmetællere Ove have 30", "Jette",
// "Referat: Karl". A known first name that no capitalised name word
// follows, and that only a lower-case word, a label or a role stands
// before.
std::vector<std::string> officer_first_names(std::string_view line) {
  std::vector<std::string> out;
  const auto ws = text::words(line);
  for (std::size_t k = 0; k < ws.size(); ++k) {
    const std::string_view w = strip_edges(ws[k]);
    if (!text::starts_capital(w) || !vocabulary::is_first_name(w)) continue;
    if (k + 1 < ws.size() && ws[k].back() != ',' && ws[k].back() != '.' && is_person_word(strip_edges(ws[k + 1])))
      continue;
    if (k > 0) {
      const std::string_view prev = ws[k - 1];
      const bool lead = !text::starts_capital(prev) || prev.back() == ':' || prev.back() == '.' || prev.back() == ',' ||
                        is_role_word(prev) || text::fold(prev).find("stemmetæller") != std::string::npos;
      if (!lead) continue;
    }
    out.emplace_back(w);
  }
  return out;
}

}  // namespace

void read_officers(const std::vector<std::string_view>& lines, bool first_names, Meeting& m) {
  auto add_first_name = [&](const std::string& name) {
    if (!first_names) return;
    if (std::none_of(m.participants.begin(), m.participants.end(), [&](const Participant& p) {
          return text::starts_with(p.name, name + " ") || p.name == name;
        }))
      add_participant_if_new(name, true, m);
  };
  for (std::size_t i = 0; i < lines.size() && i < 5; ++i) {
    std::string_view line = text::trim(lines[i]);
    if (line.empty()) continue;
    // "1. Valg af dirigent Hans blev valgt som dirigent. Dagsordenen blev
    // godkendt med den ændring, at ...": a transcript runs the item's text
    // on into the next items; its first sentence tells the election.
    if (line.size() > 300) line = line.substr(0, sentence_end(line));
    if (line.size() > 300) break;
    // An agenda's case text proposes, the minutes tell: "Direktøren
    // indstiller, at ... vælges som dirigent" names no one who came.
    const std::string f = text::fold(line);
    if (f.find("indstill") != std::string::npos || f.find("sagsfremstilling") != std::string::npos) return;
    for (const auto& e : read_person_entries(line)) {
      const auto ws = text::words(e.name);
      if (ws.empty() || !vocabulary::is_first_name(strip_edges(ws.front()))) continue;
      if (ws.size() >= 2 && looks_like_name(e.name)) add_participant_if_new(e.name, true, m);
      else if (ws.size() == 1) add_first_name(e.name);
    }
    for (const auto& n : officer_first_names(line)) add_first_name(n);
  }
}

std::vector<std::string> split_names(std::string_view list) {
  std::vector<std::string> names;
  std::string s(text::trim(list));
  // " og " and " samt " separate names like commas do.
  for (std::string_view sep : {" og ", " samt ", " & "}) {
    for (auto at = s.find(sep); at != std::string::npos; at = s.find(sep)) s.replace(at, sep.size(), ",");
  }
  std::size_t start = 0;
  while (start <= s.size()) {
    auto comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    std::string name(text::trim(std::string_view(s).substr(start, comma - start)));
    while (!name.empty() && (name.back() == '.' || name.back() == ';')) name.pop_back();
    if (!name.empty()) names.push_back(name);
    start = comma + 1;
  }
  return names;
}

void mark_absent(const std::vector<std::string>& names, Meeting& m) {
  for (const auto& name : names) {
    // The participant written exactly so; failing that, every spelling variant
    // ("Pia Buus Pindstrup" for the listed "Pia Buus Pinstrup").
    const std::string id = person_id(name);
    bool found = false;
    for (auto& p : m.participants) {
      if (p.person_id == id) {
        p.present = false;
        found = true;
      }
    }
    // (Not "Anne Holm" for "Anne-Grethe Holm": a double first name is
    // another person's first name, not a middle name left out.)
    const auto variant = [&](const Participant& p) {
      if (!same_person_id(p.person_id, id)) return false;
      const auto a = text::words(p.name), b = text::words(name);
      if (a.empty() || b.empty() || a.front() == b.front()) return true;
      return a.front().find('-') == std::string_view::npos && b.front().find('-') == std::string_view::npos;
    };
    for (auto& p : m.participants) {
      if (found) break;
      if (variant(p)) p.present = false;
    }
    found = found || std::any_of(m.participants.begin(), m.participants.end(), variant);
    // One word only for a first name ("Afbud: Kjeld, Birte" in a council
    // that names its members so).
    if (!found && (text::words(name).size() >= 2 || vocabulary::is_first_name(name) || is_initials(name)))
      m.participants.push_back(absentee(name, id));
  }
}

namespace {

// Verbs that follow a speaker's name in minutes.
constexpr std::array<std::string_view, 30> k_speech_verbs = {
    "indleder", "indledte", "indledede", "orienterede", "orienterer", "informerede", "informerer",
    "gav", "giver", "præsenterede", "præsenterer", "fremlagde", "fremlægger", "byder", "bød",
    "deler", "delte", "redegjorde", "oplyste", "fortalte", "foreslog", "spurgte",
    "aflagde", "gennemgik", "takkede", "svarede", "bemærkede", "motiverede", "kommenterede", "konstaterede"};

// The speech verbs in the past tense: what minutes record as said at the
// meeting ("Anne Holm orienterede om ...", "Formanden bød velkommen"), not
// a programme's "byder velkommen".
// ("Formanden Hanne Berg aflagde beretning", "Kassereren Ole Dahl
// gennemgik regnskabet", "X takkede for ...", "X svarede, at ...").
constexpr std::array<std::string_view, 22> k_past_speech_verbs = {
    "indledte", "indledede", "orienterede", "informerede", "gav", "præsenterede", "fremlagde",
    "bød", "delte", "redegjorde", "oplyste", "fortalte", "foreslog", "spurgte",
    "aflagde", "gennemgik", "takkede", "svarede", "bemærkede", "motiverede", "kommenterede", "konstaterede"};

// Capitalised words that start no name.
constexpr std::array<std::string_view, 16> k_not_names = {
    "Region", "Kommune", "Sundhedsklynge", "Klynge", "Det", "Den", "De", "Der", "Chefforum",
    "Direktørforum", "Styregruppen", "Sekretariatet", "Formandskabet", "Regionen", "Punkt", "Oplæg"};

bool is_name_word(std::string_view w) {
  if (!is_upper_initial(w) || w.size() < 2) return false;
  // Not an abbreviation ("PLO", "SSU"): some lower-case letter after the first.
  bool lower = false;
  for (std::size_t i = 1; i < w.size(); ++i) lower |= (w[i] >= 'a' && w[i] <= 'z');
  return lower && std::none_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view strip_punct(std::string_view w) {
  while (!w.empty() && std::string_view(",.:;()\"'?!").find(w.back()) != std::string_view::npos)
    w.remove_suffix(1);
  while (!w.empty() && std::string_view("(\"'").find(w.front()) != std::string_view::npos)
    w.remove_prefix(1);
  return w;
}

// People known in the meeting: participants and full names found in items.
struct KnownPeople {
  std::vector<std::pair<std::string, std::string>> names;  // name as written, id

  // The id of the known person `name` refers to: a variant of a full name,
  // its first two words ("Eva Sejersdal", "Anne Krøjer"), or a unique first name.
  std::optional<std::string> resolve(std::string_view name) const {
    const auto ws = text::words(name);
    // (same_person() with `name`'s id made once, not again for each known
    // name: 1.0% of the indexer's instructions went to same_person here.)
    const std::string name_id = person_id(name);
    for (const auto& [known, id] : names)
      if (same_person_id(person_id(known), name_id)) return id;
    if (ws.size() >= 2) {
      for (const auto& [known, id] : names) {
        const auto kw = text::words(known);
        if (kw.size() > ws.size() && std::equal(ws.begin(), ws.end(), kw.begin())) return id;
      }
      return std::nullopt;
    }
    std::set<std::string> ids;
    for (const auto& [known, id] : names)
      if (!text::words(known).empty() && text::words(known).front() == name) ids.insert(id);
    if (ids.size() == 1) return *ids.begin();
    return std::nullopt;
  }
};

// "Direktør Eva Sejersdal" -> "Eva Sejersdal": a leading job title is not
// part of the name.
std::string strip_title_word(const std::string& name) {
  const auto ws = text::words(name);
  if (ws.size() < 3) return name;
  const std::string first = text::fold(ws.front());
  for (std::string_view suffix : {"chef", "direktør", "borgmester", "formand", "læge", "konsulent"}) {
    if (first.size() >= suffix.size() && first.compare(first.size() - suffix.size(), suffix.size(), suffix) == 0)
      return std::string(name.substr(static_cast<std::size_t>(ws[1].data() - name.data())));
  }
  // "Formanden Anne Holm", "Rådmanden Bo Jensen": a title's definite form.
  if (vocabulary::is_job_title(first)) return std::string(name.substr(static_cast<std::size_t>(ws[1].data() - name.data())));
  return name;
}

// Words naming a presentation before its presenter ("Oplæg ved", "Orientering
// ved", "Introduktion ... ved", "Præsentation v/").
constexpr std::array<std::string_view, 4> k_presentation_nouns = {"oplæg", "orientering", "introduktion",
                                                                "præsentation"};

// A section that records what happened at the meeting.
bool is_outcome(const Section& s) { return s.kind == "beslutning" || s.kind == "referat"; }

// People named in `line` as giving an item's presentation: "ved" or "v/"
// and, after at most four words of job title, a full name led by a known
// first name and followed by a surname; a list of them goes on through "og"
// and commas, past a one-word role ("oplæg ..., ved Lene Gilsaa,
// projektleder, Lise Andersen og Lonni Simonsen, projektmedarbejdere." in
// Region Midtjylland, "v/ leder af Fremtidslinjen, Dorte Lindegaard
// Henriksen" in Køge, "Oplæg v/ Regionalchef Preben Gregersen" in Vækstforum
// Hovedstaden). The known first name and the surname keep out what "ved"
// precedes as often: a place, an office or a thing ("ved Rådhuset", "ved
// forvaltningen", "ved behandlingen").
std::vector<std::string> presenter_names(std::string_view line) {
  std::vector<std::string> out;
  const auto ws = text::words(line);
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (ws[i] != "ved" && ws[i] != "v/") continue;
    // What is presented is named before: "Oplæg", "Orientering",
    // "Introduktion", "Præsentation"; or "v/" opens the line under a title.
    const std::string before = text::fold(line.substr(0, static_cast<std::size_t>(ws[i].data() - line.data())));
    if (!(i == 0 && ws[i] == "v/") &&
        std::none_of(k_presentation_nouns.begin(), k_presentation_nouns.end(),
                     [&](std::string_view noun) { return before.find(noun) != std::string::npos; }))
      continue;
    std::size_t k = i + 1;
    // Up to four words of title before the first name, within the sentence.
    std::size_t title = 0;
    while (k < ws.size() && title < 4 && !vocabulary::is_first_name(strip_punct(ws[k])) &&
           std::string_view(".:;").find(ws[k].back()) == std::string_view::npos)
      ++k, ++title;
    while (k < ws.size() && vocabulary::is_first_name(strip_punct(ws[k])) && strip_punct(ws[k]) == ws[k]) {
      std::string name(ws[k]);
      std::size_t e = k + 1;
      for (; e < ws.size() && e - k < 4 && is_person_word(strip_punct(ws[e])) &&
             !is_organisation_word(strip_punct(ws[e]));
           ++e) {
        name += " " + std::string(strip_punct(ws[e]));
        if (strip_punct(ws[e]) != ws[e]) {
          ++e;
          break;
        }
      }
      if (e == k + 1 || !looks_like_name(name)) break;
      out.push_back(name);
      // The list goes on after "og", or a comma and at most one lower-case role.
      const bool comma = ws[e - 1].back() == ',';
      k = e;
      if (comma && k < ws.size() && !text::starts_capital(ws[k]) && ws[k].back() == ',') ++k;
      if (k < ws.size() && ws[k] == "og") ++k;
      else if (!comma) break;
    }
  }
  return out;
}

// Names introduced as speakers in `text`: the capitalised words before a
// speech verb, or after "v/" and "Oplæg ved".
std::vector<std::string> speaker_names(std::string_view text, std::vector<std::string>* past = nullptr) {
  std::vector<std::string> out;
  for (auto line : text::lines(text)) {
    const auto ws = text::words(line);
    for (std::size_t i = 1; i < ws.size(); ++i) {
      const std::string_view verb = strip_punct(ws[i]);
      if (std::find(k_speech_verbs.begin(), k_speech_verbs.end(), verb) == k_speech_verbs.end())
        continue;
      const bool past_tense =
          std::find(k_past_speech_verbs.begin(), k_past_speech_verbs.end(), verb) != k_past_speech_verbs.end();
      std::size_t b = i;
      while (b > 0 && i - b < 4 && is_name_word(strip_punct(ws[b - 1])) &&
             strip_punct(ws[b - 1]) == ws[b - 1])
        --b;
      // "... og Jan Rodtwitt Steen Fredsøe Sørensen Henrik Nørgaard bød
      // velkommen": a list run into the sentence; the speaker's name starts
      // at the last known first name when the run's first word is none.
      // (Not when that word is a job title: "Formand Jens Ove Friis bød
      // velkommen" is Jens Ove Friis, Frijsenborg Efterskole's 816.)
      const bool titled = vocabulary::is_job_title(text::fold(strip_punct(ws[b])));
      for (std::size_t k = i - 1; !titled && b + 2 <= k && k > 0 && !vocabulary::is_first_name(strip_punct(ws[b])); --k)
        if (k + 2 <= i && vocabulary::is_first_name(strip_punct(ws[k]))) {
          b = k;
          break;
        }
      std::size_t e = i;
      // "Formand for HMU, Ann-Britt Wetche, bød velkommen": the name in
      // apposition, between commas, before the verb.
      if (b == i && i >= 3 && ws[i - 1].back() == ',' && is_name_word(strip_punct(ws[i - 1]))) {
        b = i - 1;
        while (b > 0 && i - b < 4 && is_name_word(ws[b - 1]) && ws[b - 1].back() != ',') --b;
        if (b == 0 || ws[b - 1].back() != ',' || i - b < 2) continue;
        e = i;
        // "Anders Kjærulff, Holstebro Kommune, indledte punktet" (KKR
        // Midtjylland's DKS 432, Hjerneskadesamrådet's "Henny Holmgaard,
        // Herning Kommune, informerede" 412): the apposition is the
        // speaker's organisation; the name is the words before it.
        if (std::any_of(ws.begin() + static_cast<std::ptrdiff_t>(b), ws.begin() + static_cast<std::ptrdiff_t>(i),
                        [](std::string_view w) { return is_organisation_word(strip_punct(w)); })) {
          e = b;
          b = e - 1;
          if (!is_name_word(strip_punct(ws[b]))) continue;
          while (b > 0 && e - b < 4 && is_name_word(ws[b - 1])) --b;
          if (e - b < 2) continue;
        }
      }
      if (b == i) continue;
      std::string name;
      for (std::size_t k = b; k < e; ++k) name += (name.empty() ? "" : " ") + std::string(strip_punct(ws[k]));
      out.push_back(strip_title_word(name));
      if (past && past_tense) past->push_back(out.back());
    }
    for (std::string_view marker : {"v/", "Oplæg ved "}) {
      for (auto at = line.find(marker); at != std::string_view::npos; at = line.find(marker, at + 1)) {
        std::string_view rest = trim_view(line.substr(at + marker.size()));
        // Up to the first word that is neither a name nor a separator.
        std::string names;
        for (auto w : text::words(rest)) {
          const std::string_view bare = strip_punct(w);
          if (bare == "og" || is_name_word(bare)) {
            names += (names.empty() ? "" : " ") + std::string(w);
            if (bare != w && w.back() != ',') break;
          } else {
            break;
          }
        }
        for (auto& n : split_names(names)) out.push_back(n);
      }
    }
  }
  return out;
}

}  // namespace

void find_item_people(Meeting& m) {
  KnownPeople known;
  for (const auto& p : m.participants) known.names.emplace_back(p.name, p.person_id);
  // Full names introduced as speakers anywhere in the meeting join the known
  // people, so a later first name ("Mathilde orienterede") can refer to them.
  // Who spoke at the meeting, told in the past tense ("Udviklingskonsulent
  // Ulla Hjort, Horsens Kommune, bød velkommen", "Poul Cohrt oplyste, at
  // ..."), was there: a full name not listed is present.
  std::vector<std::vector<std::string>> speakers(m.items.size());
  std::vector<std::string> past;
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    if (m.items[i].presenter)
      for (auto& n : split_names(*m.items[i].presenter)) speakers[i].push_back(n);
    for (const auto& s : m.items[i].sections)
      for (auto& n : speaker_names(s.text, &past)) speakers[i].push_back(std::move(n));
    // Presenters count where the item's minutes are: its outcome section
    // ("Udvalget modtog oplæg ..., ved Lene Gilsaa"), or its text when it has
    // none; a case text announcing a programme ("Kl. 18.10 ... Oplæg ved Jan
    // Nybo og Rikke Petersen Ravn") tells who is to speak, not who did.
    const auto& secs = m.items[i].sections;
    const bool has_outcome = std::any_of(secs.begin(), secs.end(), [](const Section& s) { return is_outcome(s); });
    for (const auto& s : secs)
      if (has_outcome ? is_outcome(s) : s.kind == "tekst")
        for (auto line : text::lines(s.text))
          for (auto& n : presenter_names(line)) past.push_back(std::move(n));
  }
  // Only where the minutes record attendance at all: minutes that list no
  // one (people appear only in the text) keep their speakers as named.
  const bool lists_people = !m.participants.empty();
  for (const auto& n : past) {
    if (!lists_people) break;
    const auto ws = text::words(n);
    if (!looks_like_name(n) || known.resolve(n) ||
        std::find(k_not_names.begin(), k_not_names.end(), ws.front()) != k_not_names.end())
      continue;
    add_participant_if_new(n, true, m);
    known.names.emplace_back(n, person_id(n));
  }
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    for (const auto& n : speakers[i]) {
      const auto ws = text::words(n);
      if (ws.size() >= 2 && !known.resolve(n) &&
          std::find(k_not_names.begin(), k_not_names.end(), ws.front()) == k_not_names.end()) {
        known.names.emplace_back(n, person_id(n));
        m.named.emplace(person_id(n), n);
      }
    }
  }
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    Item& item = m.items[i];
    if (item.kind == "deltagere") continue;
    std::vector<std::string> ids;
    auto add = [&](const std::string& id) {
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    };
    for (const auto& n : speakers[i])
      if (auto id = known.resolve(n)) add(*id);
    // Participants named in full anywhere in the item's text.
    for (const auto& p : m.participants) {
      for (const auto& s : item.sections) {
        if (s.text.find(p.name) != std::string::npos) {
          add(p.person_id);
          break;
        }
      }
    }
    item.people = std::move(ids);
  }
}

namespace {

// A party letter in a council roster: one or two capital letters ("A",
// "V", "Ø", "UP"), Æ, Ø and Å in UTF-8.
bool is_party_code(std::string_view s) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      ++i;
    } else if (c == 0xC3 && i + 1 < s.size() &&
               (static_cast<unsigned char>(s[i + 1]) == 0x86 || static_cast<unsigned char>(s[i + 1]) == 0x98 ||
                static_cast<unsigned char>(s[i + 1]) == 0x85)) {
      i += 2;
    } else {
      return false;
    }
    ++letters;
  }
  return letters >= 1 && letters <= 2;
}

// The member's name at the end of a roster entry ("- formand Birte Holm",
// ", Jakob Lose", "Byrådsmøde Johnny Søtrup"): two to four capitalised
// words, from the farthest known first name back, or the whole run of two
// or three when none is known; empty when there is none.
std::string roster_name(std::string entry) {
  for (auto open = entry.find('('); open != std::string::npos; open = entry.find('(')) {
    const auto close = entry.find(')', open);
    entry.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
  }
  std::vector<std::string_view> ws = text::words(entry);
  std::size_t b = ws.size();
  while (b > 0 && ws.size() - b < 4) {
    std::string_view w = ws[b - 1];
    while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.remove_suffix(1);
    // "Næstformand: Pernelle Jensen (V)": a role's label before the name
    // (as boards write "Formand: X" / "Næstformand: Y" one a line, here run
    // into a transcript's roster, Fredericia's Sundhedsudvalg) is no name word.
    if (w.empty() || w.back() == ':' || !text::starts_capital(w) || !(is_person_word(w) || is_initial(w))) break;
    ws[b - 1] = w;
    --b;
  }
  if (ws.size() - b < 2) return {};
  std::size_t start = ws.size();
  for (std::size_t k = b; k + 1 < ws.size(); ++k)
    if (vocabulary::is_first_name(ws[k])) {
      start = k;
      break;
    }
  if (start == ws.size()) {
    if (ws.size() - b > 3) return {};
    start = b;
  }
  std::string name = join_words(ws, start, ws.size());
  return looks_like_name(name) ? name : std::string();
}

}  // namespace

std::vector<std::string> party_roster(std::string_view line) {
  // The roster ends where the header's absentees begin ("... Peter Als (A)
  // Afbud/Fraværende ...", "..., Kim Madsen(D), Afbud: Ole Bak (V)").
  for (std::string_view label : {"Afbud", "Fraværende", "AFBUD", "FRAVÆRENDE"})
    if (const auto at = line.find(label); at != std::string_view::npos) line = line.substr(0, at);
  std::vector<std::string> names;
  std::size_t entries = 0;
  std::size_t from = 0;
  for (auto open = line.find('('); open != std::string_view::npos; open = line.find('(', open + 1)) {
    const auto close = line.find(')', open);
    if (close == std::string_view::npos) break;
    if (!is_party_code(line.substr(open + 1, close - open - 1))) continue;
    ++entries;
    std::string name = roster_name(std::string(line.substr(from, open - from)));
    from = close + 1;
    if (!name.empty()) names.push_back(std::move(name));
  }
  // Most entries must read as a name: a roster, not a party letter in prose.
  if (names.size() < 3 || names.size() * 4 < entries * 3) return {};
  // A sentence about them goes on after the last ("X (A), Y (A) og Z (F)
  // deltog ikke i sagens behandling."): a note of attendance, read as such.
  std::string_view rest = line.substr(from);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',' || rest.front() == ';')) rest.remove_prefix(1);
  if (!rest.empty() && !text::starts_capital(rest) && !is_digit_word(rest)) return {};
  if (speaks_of_absence(line)) return {};
  return names;
}

namespace recog {

bool is_initials(std::string_view w) { return corpus::is_initials(w); }

// A comma list that the page's width wrapped in the middle of a name
// ("Christine Dal (CD), Mette" / "Mathiasson (Me), Pernille Fabricius ...",
// "..., præst: Julie" / "Aulkær Gløe, regnskabsfører ...", "..., H.C." /
// "Rasmussen"): the line ends in a name's first part (first names known in
// Danish, or initials) after its last comma, and the next line opens with
// the rest of that name (a capitalised word that is no first name), so the
// two lines are one entry. Lines that end a name, or a next line that opens
// with a label or a new name, stay apart.
bool wraps_a_name(std::string_view line, std::string_view next) {
  line = text::trim(line);
  next = text::trim(next);
  if (line.empty() || next.empty() || line.find(',') == std::string_view::npos) return false;
  // The line's last entry: after its last comma, colon or "og".
  std::size_t entry = line.find_last_of(",:") + 1, before_end = line.rfind(',');
  if (const auto og = line.rfind(" og "); og != std::string_view::npos && og + 1 > entry) {
    entry = og + 4;
    before_end = og;
  }
  const auto tail = text::words(line.substr(entry));
  if (tail.empty() || tail.size() > 2) return false;
  for (std::string_view w : tail)
    if (!vocabulary::is_first_name(w) && !is_leading_initials(w)) return false;
  // A list of full names: the entry before ends in a surname ("Christine
  // Dal (CD), Mette", "Anne Jansson, præst: Julie"); in a list of first
  // names ("Orla, Stig, Lise Lotte og Leif") the last is a whole entry.
  std::string_view before = text::trim(line.substr(0, before_end));
  if (const auto open = before.rfind(" ("); open != std::string_view::npos && !before.empty() && before.back() == ')')
    before = text::trim(before.substr(0, open));
  const std::size_t prev = before.find_last_of(",:");
  const auto pw = text::words(prev == std::string_view::npos ? before : before.substr(prev + 1));
  if (pw.size() < 2 || vocabulary::is_first_name(pw.back())) return false;
  // The next line opens with the rest of the name: a capitalised word that
  // is no first name, job title or label, one or two words to its entry's end.
  const auto nw = text::words(next);
  if (nw.empty()) return false;
  std::string_view first = nw.front();
  while (!first.empty() && (first.back() == ',' || first.back() == '.')) first.remove_suffix(1);
  if (first.empty() || first.back() == ':' || !text::starts_capital(first) || !text::has_lower_after_first(first) ||
      vocabulary::is_first_name(first) || vocabulary::is_job_title(text::fold(first)))
    return false;
  // ("Fra kommunen: Anne Holm": the next group's label, no surname.)
  const std::size_t end = next.find_first_of(",(");
  if (next.substr(0, end).find(':') != std::string_view::npos) return false;
  return end == std::string_view::npos || text::words(next.substr(0, end)).size() <= 2;
}

std::string join_list_lines(const std::vector<std::string>& lines) {
  std::string joined;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!joined.empty()) joined += i > 0 && wraps_a_name(lines[i - 1], lines[i]) ? ' ' : '\n';
    joined += lines[i];
  }
  return joined;
}

}  // namespace recog

}  // namespace corpus
