#include "corpus/participants.h"

#include <algorithm>

#include "corpus/text.h"

namespace corpus {
namespace {

bool is_upper_initial(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Æ Ø Å and other Latin-1 capitals (UTF-8 0xC3 0x80-0x9E).
  return c == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x80 &&
         static_cast<unsigned char>(word[1]) <= 0x9E;
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

bool same_person(std::string_view a, std::string_view b) {
  const std::string fa = text::fold(text::trim(a)), fb = text::fold(text::trim(b));
  if (fa == fb) return true;
  const auto wa = text::words(fa), wb = text::words(fb);
  if (wa.size() < 2 || wb.size() < 2) return false;
  if (text::edit_distance(fa, fb) <= 1 && std::min(fa.size(), fb.size()) >= 8) return true;
  if (wa.front() != wb.front() || wa.back() != wb.back()) return false;
  const std::vector<std::string_view> ma(wa.begin() + 1, wa.end() - 1), mb(wb.begin() + 1, wb.end() - 1);
  if (ma.empty() || mb.empty()) return true;  // "Lisbeth Lagoni" / "Lisbeth Kjær Lagoni"
  if (ma.size() != mb.size()) return false;
  for (std::size_t i = 0; i < ma.size(); ++i)
    if (text::edit_distance(ma[i], mb[i]) > 2) return false;
  return true;
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
  if (!role.empty()) p.role = role;
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
    bool found = false;
    for (auto& p : m.participants) {
      if (same_person(p.name, name)) {
        p.present = false;
        found = true;
      }
    }
    if (!found && text::words(name).size() >= 2) {
      Participant p;
      p.name = name;
      p.person_id = person_id(name);
      p.group = "Afbud";
      p.present = false;
      m.participants.push_back(std::move(p));
    }
  }
}

}  // namespace corpus
