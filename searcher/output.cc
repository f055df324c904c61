#include "searcher/output.h"

#include <algorithm>
#include <ostream>
#include <set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace searcher {
namespace {

std::string str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "2022–2024" from a person's "first_date" and "last_date"; empty if unknown.
std::string years(const nlohmann::json& person) {
  const std::string first = str(person, "first_date"), last = str(person, "last_date");
  if (first.size() < 4) return {};
  const std::string to = last.size() >= 4 ? last.substr(0, 4) : first.substr(0, 4);
  return first.substr(0, 4) == to ? to : first.substr(0, 4) + "–" + to;
}

// "Direktørforum · Midt · Region Nordjylland · 2024-02-08", skipping unknowns.
std::string meeting_line(const nlohmann::json& m) {
  std::string line;
  for (const char* key : {"date", "forum", "cluster", "region"}) {
    std::string v = str(m, key);
    if (v.empty()) continue;
    if (!line.empty()) line += " · ";
    line += key == std::string("cluster") ? "Klynge " + v : v;
  }
  return line;
}

void print_facet(const char* name, const std::map<std::string, Xapian::doccount>& counts,
                 std::ostream& out) {
  if (counts.empty()) return;
  out << "  " << name << ":";
  for (const auto& [value, n] : counts) out << ' ' << value << " (" << n << ')';
  out << '\n';
}

// Display width of UTF-8 text: one column per code point (enough for Danish).
std::size_t columns(std::string_view s) {
  std::size_t n = 0;
  const auto size = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < size; ++n) U8_FWD_1(s.data(), i, size);
  return n;
}

// Greedy word wrap to `width` columns; over-long words are cut.
std::vector<std::string> wrap(const std::string& text, std::size_t width, std::size_t max_lines) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  auto flush = [&] {
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
  };
  while (start < text.size() && lines.size() < max_lines) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    while (columns(word) > width) {  // cut by code points
      int32_t cut = 0;
      const auto size = static_cast<int32_t>(word.size());
      for (std::size_t cols = 0; cut < size && cols < width; ++cols) U8_FWD_1(word.data(), cut, size);
      flush();
      lines.push_back(word.substr(0, static_cast<std::size_t>(cut)));
      word = word.substr(static_cast<std::size_t>(cut));
    }
    if (!line.empty() && columns(line) + 1 + columns(word) > width) flush();
    line += (line.empty() ? "" : " ") + word;
  }
  flush();
  if (lines.size() > max_lines) lines.resize(max_lines);
  if (start < text.size() && !lines.empty()) {
    std::string& last = lines.back();
    while (columns(last) + 1 > width && !last.empty()) {
      auto end = static_cast<int32_t>(last.size());  // drop the last code point
      U8_BACK_1(reinterpret_cast<const uint8_t*>(last.data()), 0, end);
      last.resize(static_cast<std::size_t>(end));
    }
    last += "…";
  }
  return lines;
}

}  // namespace

std::string json_text(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json to_json(const Comparison& c) {
  nlohmann::json groups = nlohmann::json::array();
  for (const auto& g : c.groups) {
    nlohmann::json hits = nlohmann::json::array();
    for (const auto& h : g.hits) hits.push_back(to_json(h));
    auto opt = [](const std::optional<std::string>& v) {
      return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
    };
    groups.push_back({{"value", g.value},
                      {"count", g.count},
                      {"first_date", opt(g.first_date)},
                      {"last_date", opt(g.last_date)},
                      {"hits", std::move(hits)}});
  }
  return {{"query", c.query},
          {"by", to_string(c.by)},
          {"groups", std::move(groups)},
          {"groups_limit", c.groups_limit ? nlohmann::json(c.groups_limit) : nlohmann::json(nullptr)},
          {"groups_capped", c.groups_capped}};
}

void print_compare(const Comparison& c, std::ostream& out, unsigned width, bool color) {
  if (c.groups.empty()) {
    out << "No items match \"" << c.query << "\".\n";
    return;
  }
  constexpr std::size_t k_gap = 3, k_min_col = 28;
  const std::size_t per_row =
      std::max<std::size_t>(1, std::min(c.groups.size(), (width + k_gap) / (k_min_col + k_gap)));
  const std::size_t col = std::max<std::size_t>(
      12, (width - k_gap * (per_row - 1)) / per_row);
  const char* bold = color ? "\033[1m" : "";
  const char* plain = color ? "\033[0m" : "";
  out << "\"" << c.query << "\" by " << to_string(c.by) << "\n";
  for (std::size_t first = 0; first < c.groups.size(); first += per_row) {
    const std::size_t last = std::min(c.groups.size(), first + per_row);
    // Each group's column as lines; bold lines are marked with a leading \x01.
    std::vector<std::vector<std::string>> cells;
    for (std::size_t g = first; g < last; ++g) {
      const Group& group = c.groups[g];
      std::vector<std::string> lines;
      for (auto& l : wrap(group.value, col, 2)) lines.push_back("\x01" + l);
      lines.push_back(std::string(col, '-'));
      lines.push_back(std::to_string(group.count) + (group.count == 1 ? " punkt" : " punkter"));
      if (group.first_date)
        lines.push_back(*group.first_date + (group.last_date && *group.last_date != *group.first_date
                                                 ? " – " + *group.last_date : ""));
      for (const auto& h : group.hits) {
        lines.emplace_back();
        for (auto& l : wrap(str(h.item, "title"), col, 2)) lines.push_back("\x01" + l);
        lines.push_back(str(h.meeting, "date") + " " + str(h.meeting, "forum"));
        for (auto& l : wrap(snippet_to_text(h.snippet, false), col, 4)) lines.push_back(l);
      }
      cells.push_back(std::move(lines));
    }
    std::size_t height = 0;
    for (const auto& cell : cells) height = std::max(height, cell.size());
    out << '\n';
    for (std::size_t row = 0; row < height; ++row) {
      std::string line;
      for (std::size_t k = 0; k < cells.size(); ++k) {
        std::string text = row < cells[k].size() ? cells[k][row] : "";
        const bool strong = !text.empty() && text[0] == '\x01';
        if (strong) text.erase(0, 1);
        const std::size_t pad = col > columns(text) ? col - columns(text) : 0;
        if (k > 0) line += std::string(k_gap, ' ');
        line += (strong ? bold : "") + text + (strong ? plain : "");
        if (k + 1 < cells.size()) line += std::string(pad, ' ');
      }
      out << line << '\n';
    }
  }
}

std::string snippet_to_text(const std::string& html, bool color) {
  std::string out;
  out.reserve(html.size());
  for (std::size_t i = 0; i < html.size();) {
    // Plain text up to the next tag, entity or line break, copied at once.
    const std::size_t special = html.find_first_of("<&\n", i);
    const std::size_t plain_end = special == std::string::npos ? html.size() : special;
    out.append(html, i, plain_end - i);
    i = plain_end;
    if (i == html.size()) break;
    auto starts = [&](std::string_view s) { return html.compare(i, s.size(), s) == 0; };
    if (starts("<mark>")) { out += color ? "\033[1m" : "["; i += 6; }
    else if (starts("</mark>")) { out += color ? "\033[0m" : "]"; i += 7; }
    else if (starts("&amp;")) { out += '&'; i += 5; }
    else if (starts("&lt;")) { out += '<'; i += 4; }
    else if (starts("&gt;")) { out += '>'; i += 4; }
    else if (starts("&quot;")) { out += '"'; i += 6; }
    else if (html[i] == '\n') { out += ' '; ++i; }
    else { out += html[i]; ++i; }
  }
  return out;
}

nlohmann::json to_json(const Hit& hit) {
  return {{"id", hit.id},
          {"rank", hit.rank},
          {"score", hit.score},
          {"type", hit.type},
          {"source", hit.source},
          {"meeting", hit.meeting},
          {"item", hit.item},
          {"section", hit.section ? nlohmann::json(*hit.section) : nlohmann::json(nullptr)},
          {"snippet", hit.snippet},
          {"page", hit.page ? nlohmann::json(*hit.page) : nlohmann::json(nullptr)}};
}

nlohmann::json to_json(const Understood& u) {
  auto opt = [](const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  nlohmann::json clusters = nlohmann::json::object();
  for (const auto& [name, labels] : u.clusters) clusters[name] = labels;
  return {{"words", u.words},
          {"date_text", u.date_text.empty() ? nlohmann::json(nullptr) : nlohmann::json(u.date_text)},
          {"from", opt(u.from)},
          {"to", opt(u.to)},
          {"people", u.people},
          {"clusters", std::move(clusters)}};
}

nlohmann::json to_json(const Result& result) {
  nlohmann::json hits = nlohmann::json::array();
  for (const auto& hit : result.hits) hits.push_back(to_json(hit));
  nlohmann::json facets = nlohmann::json::object();
  for (const auto& [name, counts] : result.facets) {
    nlohmann::json values = nlohmann::json::object();
    for (const auto& [value, n] : counts) values[value] = n;
    facets[name] = std::move(values);
  }
  return {{"query", result.query},
          {"understood", to_json(result.understood)},
          {"corrected_query", result.corrected_query ? nlohmann::json(*result.corrected_query)
                                                     : nlohmann::json(nullptr)},
          {"total", result.total},
          {"offset", result.offset},
          {"hits", std::move(hits)},
          {"facets", std::move(facets)},
          {"facets_exact", result.facets_exact}};
}

void print_understood(const Understood& u, std::ostream& out) {
  if (!u.date_text.empty()) {
    out << "Dato: \"" << u.date_text << "\" = ";
    if (u.from && u.to && *u.from == *u.to) out << *u.from;
    else out << (u.from ? *u.from : "") << " .. " << (u.to ? *u.to : "");
    out << (u.words.empty() ? " (ingen søgeord)" : ", søgeord: " + u.words) << '\n';
  }
  for (const auto& [name, labels] : u.clusters) {
    out << "Klynge \"" << name << "\" findes i flere regioner; " << (labels.size() == 2 ? "begge" : "alle")
        << " medtaget:";
    for (std::size_t i = 0; i < labels.size(); ++i) out << (i ? ", " : " ") << labels[i];
    out << '\n';
  }
  for (const auto& p : u.people) {
    const auto n = [&](const char* key) { return p.value(key, std::size_t{0}); };
    out << "Person: " << str(p, "name") << " [" << str(p, "person_id") << "]";
    std::string about;
    std::set<std::string> said;
    for (const char* key : {"organisations", "regions"})
      for (const auto& v : p[key])
        if (said.insert(v.get<std::string>()).second) about += (about.empty() ? "" : ", ") + v.get<std::string>();
    if (const std::string y = years(p); !y.empty()) about += (about.empty() ? "" : ", ") + y;
    if (!about.empty()) out << " (" << about << ")";
    out << " — " << n("meetings") << (n("meetings") == 1 ? " møde: " : " møder: ") << n("attended")
        << " deltog, " << n("afbud") << " afbud (searcher --attendance " << str(p, "person_id") << ")\n";
  }
}

void print_text(const Result& result, std::ostream& out, bool color) {
  print_understood(result.understood, out);
  if (result.corrected_query) out << "Mente du: " << *result.corrected_query << "\n";
  if (result.total == 0) {
    out << "No items match \"" << result.query << "\".\n";
    return;
  }
  const std::size_t first = result.offset + 1, last = result.offset + result.hits.size();
  out << (result.facets_exact ? "" : "ca. ") << result.total
      << (result.total == 1 ? " item matches" : " items match") << " \"" << result.query
      << "\"";
  if (!result.hits.empty()) out << " (showing " << first << "-" << last << ")";
  out << "\n\n";
  for (const auto& hit : result.hits) {
    std::string number;
    if (hit.item.is_object() && hit.item["number"].is_number())
      number = "Punkt " + std::to_string(hit.item["number"].get<int>()) + ": ";
    out << hit.rank << ". " << (color ? "\033[1m" : "") << number << str(hit.item, "title")
        << (color ? "\033[0m" : "") << '\n';
    out << "   " << meeting_line(hit.meeting) << '\n';
    if (!hit.snippet.empty()) {
      std::string label = hit.section.value_or("");
      if (!label.empty()) {  // "økonomi" -> "Økonomi": the first character in upper case
        int32_t i = 0;
        UChar32 c;
        U8_NEXT(label.data(), i, static_cast<int32_t>(label.size()), c);
        if (c >= 0) {
          char upper[U8_MAX_LENGTH];
          int32_t n = 0;
          UBool error = false;
          U8_APPEND(upper, n, U8_MAX_LENGTH, u_toupper(c), error);
          if (!error) label = std::string(upper, static_cast<std::size_t>(n)) + label.substr(static_cast<std::size_t>(i));
        }
      }
      out << "   " << (label.empty() ? "" : label + ": ") << snippet_to_text(hit.snippet, color)
          << '\n';
    }
    out << "   id " << hit.id << "  " << hit.source;
    if (hit.page) out << ", side " << *hit.page;
    out << "\n\n";
  }
  out << (result.facets_exact ? "Facets:\n" : "Facets (ca., counted over a sample of the matches):\n");
  for (const char* name : {"cluster", "region", "forum", "year", "kind", "person"}) {
    auto it = result.facets.find(name);
    if (it != result.facets.end()) print_facet(name, it->second, out);
  }
}

void print_similar(const nlohmann::json& similar, std::ostream& out) {
  out << "Lignende punkter i andre klynger end " << str(similar, "cluster") << " (" << str(similar, "id") << ")\n";
  if (similar["groups"].empty()) {
    out << "Ingen lignende punkter i andre klynger.\n";
    return;
  }
  for (const auto& g : similar["groups"]) {
    out << "\n" << str(g, "label") << '\n';
    for (const auto& h : g["hits"]) {
      out << "  " << str(h, "id") << "  " << str(h["meeting"], "date") << "  ";
      if (h["item"]["number"].is_number()) out << "Punkt " << h["item"]["number"].get<int>() << ": ";
      out << str(h["item"], "title") << '\n';
      for (const auto& line : wrap(snippet_to_text(str(h, "snippet"), false), 90, 2))
        out << "      " << line << '\n';
    }
  }
}

void print_attendance(const nlohmann::json& a, std::ostream& out) {
  const nlohmann::json& person = a["person"];
  out << str(person, "name") << "  (" << str(person, "person_id") << ")\n";
  // What tells namesakes apart: where and when the person was listed.
  std::string about;
  std::set<std::string> said;
  for (const char* key : {"organisations", "regions"})
    for (const auto& v : person.value(key, nlohmann::json::array()))
      if (said.insert(v.get<std::string>()).second) about += (about.empty() ? "" : ", ") + v.get<std::string>();
  if (const std::string y = years(person); !y.empty()) about += (about.empty() ? "" : ", ") + y;
  if (!about.empty()) out << about << '\n';
  std::string variants;
  for (const auto& v : person["variants"])
    if (v != person["name"]) variants += (variants.empty() ? "" : ", ") + v.get<std::string>();
  if (!variants.empty()) out << "Også skrevet: " << variants << '\n';
  const nlohmann::json& c = a["counts"];
  out << c["meetings"].get<std::size_t>() << " møder: " << c["attended"].get<std::size_t>()
      << " deltog, " << c["afbud"].get<std::size_t>() << " afbud\n\n";
  for (const auto& m : a["meetings"]) {
    out << "  " << str(m, "date") << "  " << (m.value("present", true) ? "deltog" : "AFBUD ")
        << "  " << str(m, "forum") << " · Klynge " << str(m, "cluster");
    if (!str(m, "region").empty()) out << " · " << str(m, "region");
    for (const char* key : {"role", "organisation", "group"})
      if (!str(m, key).empty()) out << " · " << str(m, key);
    out << "\n";
  }
  auto print_counts = [&](const char* label, const nlohmann::json& counts) {
    if (counts.empty()) return;
    out << label;
    for (const auto& [k, v] : counts.items()) out << ' ' << k << " (" << v.get<std::size_t>() << ')';
    out << '\n';
  };
  out << '\n';
  print_counts("Pr. klynge:", c["by_cluster"]);
  print_counts("Pr. forum:", c["by_forum"]);
}

void print_item(const nlohmann::json& shown, std::ostream& out) {
  const nlohmann::json& m = shown["meeting"];
  out << str(m, "title") << '\n' << meeting_line(m) << '\n';
  if (!str(m, "location").empty()) out << "Sted: " << str(m, "location") << '\n';
  if (!str(m, "chair").empty()) out << "Mødeleder: " << str(m, "chair") << '\n';
  if (!str(m, "minute_taker").empty()) out << "Referent: " << str(m, "minute_taker") << '\n';
  if (!str(m, "source").empty()) {
    out << "Fil: " << str(m, "source");
    const nlohmann::json& shown_item = shown["item"];
    if (shown_item.is_object() && shown_item.contains("page") && shown_item["page"].is_number_integer())
      out << ", side " << shown_item["page"].get<int>();
    out << '\n';
  }
  if (m.contains("participants") && !m["participants"].empty()) {
    out << "Deltagere:\n";
    for (const auto& p : m["participants"]) {
      out << "  " << str(p, "name");
      for (const char* key : {"role", "organisation"})
        if (!str(p, key).empty()) out << ", " << str(p, key);
      if (p.value("present", true) == false) out << " (afbud)";
      out << '\n';
    }
  }
  const nlohmann::json& item = shown["item"];
  if (item.is_object()) {
    out << '\n';
    if (item["number"].is_number()) out << "Punkt " << item["number"].get<int>() << ": ";
    out << str(item, "title") << '\n';
    for (const auto& s : item["sections"]) {
      std::string heading = str(s, "heading");
      if (heading.empty()) heading = str(s, "kind");
      out << "\n" << heading << "\n" << str(s, "text") << '\n';
    }
  }
  if (shown.contains("items") && !shown["items"].empty()) {
    out << "\nMødets punkter:\n";
    for (const auto& it : shown["items"]) {
      out << "  " << (str(it, "id") == str(shown, "id") ? "* " : "  ");
      if (it["number"].is_number()) out << it["number"].get<int>() << ". ";
      out << str(it, "title") << "  [" << str(it, "id") << "]\n";
    }
  }
}

}  // namespace searcher
