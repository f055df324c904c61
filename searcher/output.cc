#include "searcher/output.h"

#include <ostream>

namespace searcher {
namespace {

std::string str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
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

}  // namespace

std::string snippet_to_text(const std::string& html, bool color) {
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
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
          {"snippet", hit.snippet}};
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
          {"corrected_query", result.corrected_query ? nlohmann::json(*result.corrected_query)
                                                     : nlohmann::json(nullptr)},
          {"total", result.total},
          {"offset", result.offset},
          {"hits", std::move(hits)},
          {"facets", std::move(facets)}};
}

void print_text(const Result& result, std::ostream& out, bool color) {
  if (result.corrected_query) out << "Mente du: " << *result.corrected_query << "\n";
  if (result.total == 0) {
    out << "No items match \"" << result.query << "\".\n";
    return;
  }
  const std::size_t first = result.offset + 1, last = result.offset + result.hits.size();
  out << result.total << (result.total == 1 ? " item" : " items") << " match \"" << result.query
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
      if (!label.empty()) label[0] = static_cast<char>(std::toupper(label[0]));
      out << "   " << (label.empty() ? "" : label + ": ") << snippet_to_text(hit.snippet, color)
          << '\n';
    }
    out << "   id " << hit.id << "  " << hit.source << "\n\n";
  }
  out << "Facets:\n";
  for (const char* name : {"cluster", "region", "forum", "year", "kind", "person"}) {
    auto it = result.facets.find(name);
    if (it != result.facets.end()) print_facet(name, it->second, out);
  }
}

void print_item(const nlohmann::json& shown, std::ostream& out) {
  const nlohmann::json& m = shown["meeting"];
  out << str(m, "title") << '\n' << meeting_line(m) << '\n';
  if (!str(m, "location").empty()) out << "Sted: " << str(m, "location") << '\n';
  if (!str(m, "source").empty()) out << "Fil: " << str(m, "source") << '\n';
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
