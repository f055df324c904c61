#include "corpus/parser.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "corpus/participants.h"
#include "formats/text.h"
#include "corpus/text.h"

namespace corpus {
namespace {

using text::trim;

constexpr std::array<std::string_view, 12> k_months = {
    "januar", "februar", "marts",     "april",   "maj",      "juni",
    "juli",   "august",  "september", "oktober", "november", "december"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::optional<std::string> iso(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

// Reads digits at s[i...]; returns the number and advances i, or -1.
int read_number(std::string_view s, std::size_t& i, std::size_t max_digits) {
  std::size_t j = i;
  int v = 0;
  while (j < s.size() && is_digit(s[j]) && j - i < max_digits) v = v * 10 + (s[j++] - '0');
  if (j == i || (j < s.size() && is_digit(s[j]))) return -1;
  i = j;
  return v;
}

// Month name (full or abbreviated, any case) at s[i...]: 1-12, or 0.
int read_month(std::string_view s, std::size_t& i) {
  std::size_t j = i;
  while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) ++j;
  if (j - i < 3) return 0;
  const std::string word = text::fold(s.substr(i, j - i));
  for (std::size_t m = 0; m < k_months.size(); ++m) {
    if (word == k_months[m] || (word.size() >= 3 && k_months[m].substr(0, word.size()) == word)) {
      i = j;
      if (i < s.size() && s[i] == '.') ++i;
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

// "kl. 14:00", "kl. 13.00" -> "14:00".
std::optional<std::string> find_time(std::string_view s) {
  for (auto at = s.find("kl."); at != std::string_view::npos; at = s.find("kl.", at + 3)) {
    std::size_t i = at + 3;
    while (i < s.size() && s[i] == ' ') ++i;
    const int h = read_number(s, i, 2);
    if (h < 0 || h > 23 || i >= s.size() || (s[i] != ':' && s[i] != '.')) continue;
    ++i;
    const int m = read_number(s, i, 2);
    if (m < 0 || m > 59) continue;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", h, m);
    return std::string(buf);
  }
  return std::nullopt;
}

std::string first_line(std::string_view text) {
  for (auto line : text::lines(text))
    if (!trim(line).empty()) return std::string(trim(line));
  return {};
}

// Time ranges and durations at the end of item titles: "(9.05 - 9.55)",
// "(9.00 – 9.05)", "- 40 min", "– 5 min.".
std::string clean_title(std::string_view title) {
  std::string t(trim(title));
  for (bool changed = true; changed;) {
    changed = false;
    // "(H.MM - H.MM)" at the end.
    if (!t.empty() && t.back() == ')') {
      const auto open = t.rfind('(');
      if (open != std::string::npos) {
        const std::string inner = t.substr(open + 1, t.size() - open - 2);
        const bool times = !inner.empty() && is_digit(inner.front()) &&
                           std::all_of(inner.begin(), inner.end(), [](char c) {
                             return is_digit(c) || c == '.' || c == ':' || c == ' ' || c == '-' ||
                                    static_cast<unsigned char>(c) >= 0x80;  // en dash
                           });
        if (times) {
          t = std::string(trim(std::string_view(t).substr(0, open)));
          changed = true;
        }
      }
    }
    // "- 40 min" / "– 5 min." at the end.
    std::string_view v = t;
    if (v.size() > 4 && v.back() == '.') v.remove_suffix(1);
    if (v.size() > 4 && v.substr(v.size() - 3) == "min") {
      std::size_t i = v.size() - 3;
      while (i > 0 && v[i - 1] == ' ') --i;
      std::size_t digits_end = i;
      while (i > 0 && is_digit(v[i - 1])) --i;
      if (i < digits_end) {
        while (i > 0 && v[i - 1] == ' ') --i;
        std::string_view head = v.substr(0, i);
        if (text::starts_with(std::string_view(head.data() + (head.size() >= 3 ? head.size() - 3 : 0)), "–")) {
          t = std::string(trim(head.substr(0, head.size() - 3)));
          changed = true;
        } else if (!head.empty() && head.back() == '-') {
          t = std::string(trim(head.substr(0, head.size() - 1)));
          changed = true;
        }
      }
    }
  }
  return t;
}

// "Organisering af Sundhedsklynge Midt v/ Mikkel, Daniel og Henrik" ->
// title "Organisering af Sundhedsklynge Midt", presenter "Mikkel, Daniel og Henrik".
std::pair<std::string, std::optional<std::string>> split_presenter(std::string_view title) {
  for (std::string_view marker : {" v/", " V/"}) {
    const auto at = title.find(marker);
    if (at != std::string_view::npos && at > 0) {
      const std::string presenter(trim(title.substr(at + marker.size())));
      return {std::string(trim(title.substr(0, at))),
              presenter.empty() ? std::nullopt : std::optional<std::string>(presenter)};
    }
  }
  return {std::string(title), std::nullopt};
}

std::optional<std::string> item_kind(std::string_view title) {
  const std::string t = text::fold(title);
  struct Rule {
    std::string_view prefix, kind;
  };
  static constexpr std::array<Rule, 14> k_rules = {{
      {"godkendelse", "godkendelse"},
      {"orientering", "orientering"},
      {"skriftlig orientering", "orientering"},
      {"gensidig orientering", "orientering"},
      {"drøftelse", "drøftelse"},
      {"beslutning", "beslutning"},
      {"eventuelt", "eventuelt"},
      {"evt.", "eventuelt"},
      {"velkomst", "velkomst"},
      {"velkommen", "velkomst"},
      {"deltagere", "deltagere"},
      {"mødedeltagere", "deltagere"},
      {"status", "orientering"},
      {"udvælgelse", "beslutning"},
  }};
  for (const auto& r : k_rules)
    if (text::starts_with(t, r.prefix)) return std::string(r.kind);
  return std::nullopt;
}

// Known section headings ("Beslutning", "Bilag:", ...) -> kind.
std::optional<std::string> heading_kind(std::string_view line) {
  line = trim(line);
  if (line.size() > 24) return std::nullopt;
  if (!line.empty() && line.back() == ':') line.remove_suffix(1);
  const std::string f = text::fold(line);
  static constexpr std::array<std::string_view, 8> k_kinds = {
      "beslutning", "sagsfremstilling", "bilag", "indstilling", "resumé", "referat", "baggrund", "bilag"};
  if (f == "resume") return "resumé";
  for (auto k : k_kinds)
    if (f == k) return std::string(k);
  return std::nullopt;
}

// Region of a Danish postcode; nullopt where a range spans two regions.
std::optional<std::string> region_of_postcode(int pc) {
  struct Range {
    int lo, hi;
    const char* region;
  };
  static constexpr std::array<Range, 16> k_ranges = {{
      {1000, 2599, "Region Hovedstaden"},  {2700, 3799, "Region Hovedstaden"},
      {4000, 4999, "Region Sjælland"},     {5000, 5999, "Region Syddanmark"},
      {6000, 6879, "Region Syddanmark"},   {6880, 6999, "Region Midtjylland"},
      {7000, 7129, "Region Syddanmark"},   {7190, 7260, "Region Syddanmark"},
      {7400, 7699, "Region Midtjylland"},  {7700, 7779, "Region Nordjylland"},
      {7800, 7899, "Region Midtjylland"},  {7900, 7999, "Region Nordjylland"},
      {8000, 8999, "Region Midtjylland"},  {9000, 9999, "Region Nordjylland"},
      {2600, 2600, "Region Hovedstaden"},  {2605, 2665, "Region Hovedstaden"},
  }};
  for (const auto& r : k_ranges)
    if (pc >= r.lo && pc <= r.hi) return std::string(r.region);
  return std::nullopt;
}

// A postcode: 4 digits followed by a space and a capitalised word.
std::optional<int> find_postcode(std::string_view s) {
  for (std::size_t i = 0; i + 5 < s.size(); ++i) {
    if ((i > 0 && is_digit(s[i - 1])) || !is_digit(s[i])) continue;
    std::size_t j = i;
    const int v = read_number(s, j, 4);
    if (v >= 1000 && j - i == 4 && j + 1 < s.size() && s[j] == ' ' &&
        ((s[j + 1] >= 'A' && s[j + 1] <= 'Z') || static_cast<unsigned char>(s[j + 1]) == 0xC3))
      return v;
  }
  return std::nullopt;
}

const std::array<std::string_view, 5> k_regions = {"Region Nordjylland", "Region Midtjylland",
                                                   "Region Syddanmark", "Region Sjælland",
                                                   "Region Hovedstaden"};

// "Region X" named in `s`, if exactly one of the five is.
std::optional<std::string> explicit_region(std::string_view s) {
  std::optional<std::string> found;
  for (auto r : k_regions) {
    if (s.find(r) != std::string_view::npos) {
      if (found) return std::nullopt;
      found = std::string(r);
    }
  }
  return found;
}

void infer_region(Meeting& m, std::string_view text) {
  if (m.title) {
    if (auto r = explicit_region(*m.title)) {
      m.region = r;
      return;
    }
  }
  if (m.location) {
    if (auto pc = find_postcode(*m.location)) {
      if (auto r = region_of_postcode(*pc)) {
        m.region = r;
        return;
      }
    }
  }
  // The region most organisations of the participants belong to, else the
  // region the text names most often.
  std::array<int, 5> counts{};
  for (const auto& p : m.participants)
    for (std::size_t i = 0; i < k_regions.size(); ++i)
      if (p.organisation && *p.organisation == k_regions[i]) ++counts[i];
  if (std::all_of(counts.begin(), counts.end(), [](int c) { return c == 0; })) {
    for (std::size_t i = 0; i < k_regions.size(); ++i)
      for (auto at = text.find(k_regions[i]); at != std::string_view::npos;
           at = text.find(k_regions[i], at + 1))
        ++counts[i];
  }
  const auto best = std::max_element(counts.begin(), counts.end());
  if (*best > 0 && std::count(counts.begin(), counts.end(), *best) == 1)
    m.region = std::string(k_regions[static_cast<std::size_t>(best - counts.begin())]);
}

// "Politisk" -> "Politisk niveau"; first letter upper-cased otherwise.
std::string normalise_forum(std::string_view forum) {
  std::string f(trim(forum));
  while (!f.empty() && (f.back() == '-' || f.back() == ' ')) f.pop_back();
  while (!f.empty() && (f.front() == '-' || f.front() == ' ')) f.erase(0, 1);
  if (text::fold(f) == "politisk") return "Politisk niveau";
  if (!f.empty() && f[0] >= 'a' && f[0] <= 'z') f[0] = static_cast<char>(f[0] - 'a' + 'A');
  return f;
}

// Reads cluster and forum from a heading such as "Direktørforum Sundhedsklynge
// Midt", "Sundhedsklynge Fyn - Fagligt strategisk niveau", "Klyngestyregruppe Midt".
void read_cluster_and_forum(std::string_view heading, Meeting& m) {
  const auto words = text::words(heading);
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] == "Sundhedsklynge" || words[i] == "Klynge") {
      m.cluster = std::string(words[i + 1]);
      const std::size_t begin = static_cast<std::size_t>(words[i].data() - heading.data());
      const std::size_t end =
          static_cast<std::size_t>(words[i + 1].data() - heading.data()) + words[i + 1].size();
      const std::string forum =
          std::string(heading.substr(0, begin)) + " " + std::string(heading.substr(end));
      if (!trim(forum).empty()) m.forum = normalise_forum(forum);
      return;
    }
  }
  // "<Forum> <Cluster>": the last word names the cluster.
  if (words.size() >= 2 && words.size() <= 5) {
    m.cluster = std::string(words.back());
    const std::size_t end = static_cast<std::size_t>(words.back().data() - heading.data());
    m.forum = normalise_forum(heading.substr(0, end));
  }
}

// Parser state for one item's body: splits lines into sections.
class ItemBuilder {
 public:
  explicit ItemBuilder(Item& item) : item_(item) {}

  void add_line(std::string_view raw) {
    const std::string_view line = trim(raw);
    if (line.empty()) return;
    if (auto kind = heading_kind(line)) {
      // "Baggrund" inside Sagsfremstilling is a sub-heading, not a section.
      if (!(*kind == "baggrund" && current_kind() == "sagsfremstilling")) {
        item_.sections.push_back({*kind, std::string(line), {}});
        return;
      }
    }
    if (text::starts_with(line, "Det indstilles") && current_kind() != "indstilling")
      item_.sections.push_back({"indstilling", std::nullopt, {}});
    if (item_.sections.empty()) item_.sections.push_back({"tekst", std::nullopt, {}});
    std::string& t = item_.sections.back().text;
    if (!t.empty()) t += '\n';
    t.append(line);
  }

 private:
  std::string current_kind() const {
    return item_.sections.empty() ? std::string() : item_.sections.back().kind;
  }
  Item& item_;
};

// "Punkt 3: Title" -> (3, "Title"); nullopt otherwise.
std::optional<std::pair<int, std::string_view>> punkt_header(std::string_view line) {
  line = trim(line);
  if (!text::starts_with(line, "Punkt ")) return std::nullopt;
  std::size_t i = 6;
  const int n = read_number(line, i, 3);
  if (n < 0 || i >= line.size() || line[i] != ':') return std::nullopt;
  return std::make_pair(n, trim(line.substr(i + 1)));
}

// "Mødested X", "Mødested: X" -> "X" (empty if nothing follows the label);
// nullopt unless `line` starts with the word `label` ("Mødestedet er ..."
// does not).
std::optional<std::string_view> labelled(std::string_view line, std::string_view label) {
  if (!text::starts_with(line, label)) return std::nullopt;
  const std::string_view rest = line.substr(label.size());
  std::string_view value = trim(rest);
  if (!value.empty() && value.front() == ':') return trim(value.substr(1));
  if (!rest.empty() && value.data() == rest.data()) return std::nullopt;  // a longer word
  return value;
}

void parse_referat(const std::vector<std::string_view>& lines, Meeting& m) {
  std::size_t i = 0;
  while (i < lines.size() && trim(lines[i]).empty()) ++i;
  if (i < lines.size()) {
    m.title = std::string(trim(lines[i]));
    std::string_view heading = *m.title;
    if (text::starts_with(heading, "REFERAT ")) heading.remove_prefix(8);
    else if (text::starts_with(heading, "Referat ")) heading.remove_prefix(8);
    // Drop " d. 08-02-2024" (the date) from the heading.
    if (auto at = heading.rfind(" d. "); at != std::string_view::npos) {
      m.date = find_date(heading.substr(at));
      heading = heading.substr(0, at);
    }
    read_cluster_and_forum(trim(heading), m);
  }
  Item* item = nullptr;
  std::optional<ItemBuilder> builder;
  std::vector<std::string_view> item_lines;
  auto finish_item = [&] {
    if (item && item->kind == "deltagere") read_participant_list(item_lines, m);
    item_lines.clear();
  };
  for (++i; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (auto header = punkt_header(line)) {
      finish_item();
      Item next;
      next.number = header->first;
      next.title = clean_title(header->second);
      next.kind = item_kind(next.title);
      m.items.push_back(std::move(next));
      item = &m.items.back();
      builder.emplace(*item);
      continue;
    }
    if (item) {
      builder->add_line(line);
      item_lines.push_back(line);
      continue;
    }
    // Header lines before the first item.
    if (text::starts_with(line, "Mødedato")) {
      if (!m.date) m.date = find_date(line);
      m.start_time = find_time(line);
    } else if (auto loc = labelled(line, "Mødested")) {
      if (!loc->empty()) m.location = std::string(*loc);
    } else if (text::starts_with_folded(line, "ordstyrer") ||
               text::starts_with_folded(line, "referent")) {
      read_participant_list({line}, m);
    }
  }
  finish_item();
}

// "Møde\tX" -> ("Møde", "X") for the table layout's header cells.
std::optional<std::pair<std::string_view, std::string_view>> cell(std::string_view line) {
  const auto tab = line.find('\t');
  if (tab == std::string_view::npos || tab == 0 || tab > 20) return std::nullopt;
  // "Sted:" and "Sted" are the same key.
  std::string_view key = trim(line.substr(0, tab));
  while (!key.empty() && key.back() == ':') key = trim(key.substr(0, key.size() - 1));
  return std::make_pair(key, trim(line.substr(tab + 1)));
}

// "3. Title" where 3 is the expected next item number.
std::optional<std::string_view> numbered_header(std::string_view line, int expected) {
  line = trim(line);
  std::size_t i = 0;
  const int n = read_number(line, i, 3);
  if (n != expected || i + 1 >= line.size() || line[i] != '.' || line[i + 1] != ' ')
    return std::nullopt;
  if (line.find('\t') != std::string_view::npos || line.size() > 200) return std::nullopt;
  return trim(line.substr(i + 2));
}

// "3. ..." (a numbered list line), not "72 timer ..." or "2024 ...".
bool is_numbered_line(std::string_view line) {
  line = trim(line);
  std::size_t i = 0;
  return read_number(line, i, 3) >= 0 && i + 1 < line.size() && line[i] == '.' && line[i + 1] == ' ';
}

void parse_table(const std::vector<std::string_view>& lines, Meeting& m) {
  std::size_t i = 0;
  std::vector<std::string> absent;
  // Header cells until the first item.
  for (; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (line.empty()) continue;
    if (numbered_header(line, 1)) break;
    auto c = cell(lines[i]);
    if (!c) continue;
    const std::string key = text::fold(c->first);
    if (key == "møde") {
      m.title = std::string(c->second);
      read_cluster_and_forum(c->second, m);
    } else if (key == "dato" || key == "mødedato") {
      m.date = find_date(c->second);
      m.start_time = find_time(c->second);
    } else if (key == "sted" || key == "mødested") {
      m.location = std::string(c->second);
    } else if (key == "deltagere") {
      read_participant_cell(c->second, m);
    } else if (key == "afbud" || key == "fraværende") {
      absent = split_names(c->second);
    } else if (key == "referent") {
      m.minute_taker = std::string(c->second);
    } else if (key == "mødeleder" || key == "ordstyrer") {
      m.chair = std::string(c->second);
    }
  }
  if (!absent.empty()) mark_absent(absent, m);
  std::optional<ItemBuilder> builder;
  std::string_view previous;
  for (; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (line.empty()) continue;
    const int expected = m.items.empty() ? 1 : m.items.back().number.value_or(0) + 1;
    auto header = numbered_header(line, expected);
    // A numbered line right after another numbered line is a list, not an item.
    if (header && !(expected > 1 && is_numbered_line(previous))) {
      Item item;
      item.number = expected;
      auto [title, presenter] = split_presenter(*header);
      item.title = clean_title(title);
      item.presenter = std::move(presenter);
      item.kind = item_kind(item.title);
      m.items.push_back(std::move(item));
      builder.emplace(m.items.back());
    } else if (builder) {
      builder->add_line(line);
    }
    previous = line;
  }
}

void parse_unknown(std::string_view text, Meeting& m) {
  const std::string first = first_line(text);
  if (!first.empty()) m.title = first.size() > 200 ? first.substr(0, 200) : first;
  // The date in the first lines (the heading area), else anywhere.
  std::string head;
  int n = 0;
  for (auto line : text::lines(text)) {
    head.append(line).push_back('\n');
    if (++n == 40) break;
  }
  m.date = find_date(head);
  if (!m.date) m.date = find_date(text);
  // Labelled header lines ("Deltagere: ...", "Afbud: ...", "Mødeleder: ...").
  int header_lines = 0;
  for (auto line : text::lines(text)) {
    if (trim(line).empty()) continue;
    if (++header_lines > 60) break;
    read_labelled_line(line, m);
  }
  Item item;
  item.title = m.title.value_or(m.source);
  Section s{"tekst", std::nullopt, {}};
  for (auto line : text::lines(text)) {
    const auto t = trim(line);
    if (t.empty()) continue;
    if (!s.text.empty()) s.text += '\n';
    s.text.append(t);
  }
  item.sections.push_back(std::move(s));
  m.items.push_back(std::move(item));
  m.warnings.push_back("unknown layout: indexed as one item");
}

}  // namespace

Layout detect_layout(std::string_view text) {
  int seen = 0;
  bool table_cells = false;
  for (auto raw : text::lines(text)) {
    const auto line = trim(raw);
    if (line.empty()) continue;
    if (seen == 0 && (text::starts_with(line, "REFERAT") || text::starts_with(line, "Referat ")))
      return Layout::referat;
    if (seen < 8) {
      const auto c = cell(raw);
      if (c && (c->first == "Møde" || c->first == "Dato")) table_cells = true;
    }
    if (punkt_header(line)) return table_cells ? Layout::table : Layout::referat;
    if (++seen > 400) break;
  }
  return table_cells ? Layout::table : Layout::unknown;
}

std::optional<std::string> find_date(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) continue;
    std::size_t j = i;
    const int d = read_number(s, j, 2);
    if (d < 1 || d > 31 || j >= s.size()) continue;
    // DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY
    if (s[j] == '-' || s[j] == '.' || s[j] == '/') {
      const char sep = s[j];
      std::size_t k = j + 1;
      const int mo = read_number(s, k, 2);
      if (mo >= 1 && mo <= 12 && k < s.size() && s[k] == sep) {
        ++k;
        const int y = read_number(s, k, 4);
        if (y >= 1900 && k - j >= 6)
          if (auto r = iso(y, mo, d)) return r;
      }
      // "D/M YYYY"
      if (sep == '/' && mo >= 1 && mo <= 12 && k < s.size() && s[k] == ' ') {
        ++k;
        const int y = read_number(s, k, 4);
        if (y >= 1900)
          if (auto r = iso(y, mo, d)) return r;
      }
    }
    // "08. februar 2024", "23. juni 2022", "5. dec. 2023", "8 februar 2024"
    std::size_t k = j;
    if (k < s.size() && s[k] == '.') ++k;
    while (k < s.size() && s[k] == ' ') ++k;
    const int mo = read_month(s, k);
    if (mo == 0) continue;
    while (k < s.size() && s[k] == ' ') ++k;
    const int y = read_number(s, k, 4);
    if (y >= 1900)
      if (auto r = iso(y, mo, d)) return r;
  }
  return std::nullopt;
}

Meeting parse_meeting(std::string_view raw, std::string source) {
  Meeting m;
  m.source = std::move(source);
  const std::string text = formats::strip_markup(raw);
  const auto lines = text::lines(text);
  m.layout = detect_layout(text);
  switch (m.layout) {
    case Layout::referat: parse_referat(lines, m); break;
    case Layout::table: parse_table(lines, m); break;
    case Layout::unknown: parse_unknown(text, m); break;
  }
  if (m.layout != Layout::unknown && m.items.empty()) {
    // A heading that looked familiar but no items: keep the text searchable.
    parse_unknown(text, m);
  }
  find_absence_phrases(text, m);
  infer_region(m, text);
  find_item_people(m);
  if (!m.date) m.warnings.push_back("no meeting date found");
  if (!m.cluster && m.layout != Layout::unknown) m.warnings.push_back("no cluster found");
  return m;
}

Meeting parse_file(const std::string& path) { return parse_meeting(formats::read_text_file(path), path); }

}  // namespace corpus
