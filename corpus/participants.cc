#include "corpus/participants.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "corpus/text.h"

namespace corpus {
namespace {

std::string_view trim_view(std::string_view s) { return text::trim(s); }

bool is_upper_initial(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Æ Ø Å and other Latin-1 capitals (UTF-8 0xC3 0x80-0x9E).
  return c == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x80 &&
         static_cast<unsigned char>(word[1]) <= 0x9E;
}

// "Direktør", "Sundhedschef", "Borgmester", "Formand", "Konsulent" ...: a
// capitalised job title, as minutes put it before a name.
bool is_job_title(std::string_view word) {
  const std::string w = text::fold(word);
  for (std::string_view t : {"borgmester", "rådmand", "formand", "næstformand", "konsulent",
                             "specialkonsulent", "sekretær", "referent", "læge", "overlæge",
                             "cheflæge", "sygeplejerske", "fuldmægtig", "medlem", "regionsrådsmedlem",
                             "byrådsmedlem", "leder", "afdelingsleder"})
    if (w == t) return true;
  for (std::string_view suffix : {"chef", "direktør"})
    if (w.size() >= suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0)
      return true;
  return false;
}

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
  // "Jens Hansen - afbud", "Jens Hansen (afbud)": absent.
  bool absent = false;
  for (std::string_view mark : {" - afbud", " – afbud", " (afbud)", " - Afbud", " (Afbud)"}) {
    if (name.size() > mark.size() && name.substr(name.size() - mark.size()) == mark) {
      name = text::trim(name.substr(0, name.size() - mark.size()));
      absent = true;
    }
  }
  absent = take(rest, "- afbud") || take(rest, "(afbud)") || take(rest, "– afbud") || absent;
  // "Direktør Anne Holm": a job title before the name moves to the role.
  std::string title_role;
  if (const auto ws0 = text::words(name); ws0.size() >= 3 && is_job_title(ws0.front())) {
    title_role = std::string(ws0.front());
    name = text::trim(name.substr(ws0.front().size()));
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
      if (!text::trim(names).empty()) mark_absent(split_names(names), m);
      in_afbud = text::trim(names).empty();
      continue;
    }
    if (in_afbud) {
      mark_absent(split_names(line), m);
      in_afbud = false;
      continue;
    }
    const bool has_comma = line.find(',') != std::string_view::npos;
    const auto ws = text::words(line);
    const bool heading = !has_comma && (line.back() == ':' || ws.size() == 1 ||
                                        std::any_of(ws.begin(), ws.end(), [](auto w) {
                                          return !is_upper_initial(w);
                                        }));
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

void read_labelled_line(std::string_view line, Meeting& m) {
  line = text::trim(line);
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon > 30) return;
  const std::string label = text::fold(text::trim(line.substr(0, colon)));
  const std::string_view value = text::trim(line.substr(colon + 1));
  if (value.empty()) return;
  if (label == "mødeleder" || label == "ordstyrer" || label == "formand") {
    m.chair = std::string(value);
  } else if (label == "referent" || label == "referat") {
    if (text::words(value).size() <= 5) m.minute_taker = std::string(value);
  } else if (label == "afbud" || label == "afbud fra" || label == "fraværende" ||
             label == "meldt afbud") {
    mark_absent(split_names(value), m);
  } else if (label == "deltagere" || label == "til stede" || label == "mødedeltagere" ||
             label == "deltog") {
    // "Anne Holm, Viborg Kommune, direktør Bo Jensen, Skive Kommune - afbud":
    // a piece that is only an organisation belongs to the person before it.
    for (const auto& piece : split_names(value)) {
      auto org = find_organisation(piece);
      if (org && org->begin == 0 && org->end >= piece.size() - 1 && !m.participants.empty()) {
        m.participants.back().organisation = piece.substr(0, org->end);
        continue;
      }
      if (auto p = read_participant_line(piece, "Deltagere", nullptr)) m.participants.push_back(std::move(*p));
    }
  }
}

void find_absence_phrases(std::string_view text, Meeting& m) {
  // "Jan Mainz og Pia Buus Pindstrup havde meldt afbud." / "... har meldt afbud"
  for (auto at = text.find("meldt afbud"); at != std::string_view::npos;
       at = text.find("meldt afbud", at + 1)) {
    std::size_t start = text.find_last_of(".\n", at);
    start = start == std::string_view::npos ? 0 : start + 1;
    std::string_view sentence = text::trim(text.substr(start, at - start));
    for (std::string_view verb : {" havde", " har"}) {
      if (sentence.size() > verb.size() && sentence.substr(sentence.size() - verb.size()) == verb)
        sentence = text::trim(sentence.substr(0, sentence.size() - verb.size()));
    }
    std::vector<std::string> names;
    for (const auto& n : split_names(sentence)) {
      const auto ws = text::words(n);
      if (ws.size() >= 2 && ws.size() <= 5 && std::all_of(ws.begin(), ws.end(), [](auto w) {
            return is_upper_initial(w);
          }))
        names.push_back(n);
    }
    mark_absent(names, m);
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
    for (auto& p : m.participants) {
      if (found) break;
      if (same_person_id(p.person_id, id)) p.present = false;
    }
    found = found || std::any_of(m.participants.begin(), m.participants.end(),
                                 [&](const Participant& p) { return same_person_id(p.person_id, id); });
    if (!found && text::words(name).size() >= 2) {
      Participant p;
      p.name = name;
      p.person_id = id;
      p.group = "Afbud";
      p.present = false;
      m.participants.push_back(std::move(p));
    }
  }
}

namespace {

// Verbs that follow a speaker's name in minutes.
constexpr std::array<std::string_view, 22> k_speech_verbs = {
    "indleder", "indledte", "indledede", "orienterede", "orienterer", "informerede", "informerer",
    "gav", "giver", "præsenterede", "præsenterer", "fremlagde", "fremlægger", "byder", "bød",
    "deler", "delte", "redegjorde", "oplyste", "fortalte", "foreslog", "spurgte"};

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
  while (!w.empty() && std::string_view(",.:;()\"'").find(w.back()) != std::string_view::npos)
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
    for (const auto& [known, id] : names)
      if (same_person(known, name)) return id;
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
  return name;
}

// Names introduced as speakers in `text`: the capitalised words before a
// speech verb, or after "v/" and "Oplæg ved".
std::vector<std::string> speaker_names(std::string_view text) {
  std::vector<std::string> out;
  for (auto line : text::lines(text)) {
    const auto ws = text::words(line);
    for (std::size_t i = 1; i < ws.size(); ++i) {
      const std::string_view verb = strip_punct(ws[i]);
      if (std::find(k_speech_verbs.begin(), k_speech_verbs.end(), verb) == k_speech_verbs.end())
        continue;
      std::size_t b = i;
      while (b > 0 && i - b < 4 && is_name_word(strip_punct(ws[b - 1])) &&
             strip_punct(ws[b - 1]) == ws[b - 1])
        --b;
      if (b == i) continue;
      std::string name;
      for (std::size_t k = b; k < i; ++k) name += (name.empty() ? "" : " ") + std::string(ws[k]);
      out.push_back(strip_title_word(name));
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
  std::vector<std::vector<std::string>> speakers(m.items.size());
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    const Item& item = m.items[i];
    if (item.presenter) {
      for (auto& n : split_names(*item.presenter)) speakers[i].push_back(n);
    }
    for (const auto& s : item.sections)
      for (auto& n : speaker_names(s.text)) speakers[i].push_back(n);
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

}  // namespace corpus
