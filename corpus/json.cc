#include "corpus/json.h"

namespace corpus {
namespace {

nlohmann::json opt(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

std::optional<std::string> opt_string(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<std::string>();
}

// The length of the well-formed UTF-8 sequence at s[i] (a byte >= 0x80), or
// 0: the sequences of the Unicode standard's table 3-7, which are the ones
// nlohmann's decoder accepts.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  auto tail = [](unsigned c) { return c >= 0x80 && c <= 0xBF; };
  const unsigned c = at(0);
  if (c >= 0xC2 && c <= 0xDF) return tail(at(1)) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return at(1) >= lo && at(1) <= hi && tail(at(2)) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return at(1) >= lo && at(1) <= hi && tail(at(2)) && tail(at(3)) ? 4 : 0;
  }
  return 0;
}

// `key` is the text before the key's closing quote: `,"name` writes `,"name":`.
void append_key(std::string& out, const char* key) {
  out += key;
  out += "\":";
}

}  // namespace

void append_json(std::string& out, std::string_view s) {
  const std::size_t start = out.size();
  out += '"';
  std::size_t run = 0;  // the start of the bytes not yet appended
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = utf8_length(s, i);
      if (n == 0) {
        // Invalid UTF-8: nlohmann's own replacement, whose rules for
        // where a bad sequence ends are its own.
        out.resize(start);
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += n;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: {
        static constexpr char k_hex[] = "0123456789abcdef";
        out += "\\u00";
        out += k_hex[c >> 4];
        out += k_hex[c & 0xF];
      }
    }
    run = ++i;
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_json(std::string& out, const std::optional<std::string>& v) {
  if (v)
    append_json(out, *v);
  else
    out += "null";
}

void append_json(std::string& out, const std::map<std::string, std::string>& m) {
  out += '{';
  bool first = true;
  for (const auto& [key, value] : m) {
    if (!first) out += ',';
    first = false;
    append_json(out, key);
    out += ':';
    append_json(out, value);
  }
  out += '}';
}

// The keys in nlohmann's order (its objects are std::maps: sorted).
void append_json(std::string& out, const Participant& p) {
  append_key(out, "{\"group");
  append_json(out, p.group);
  append_key(out, ",\"name");
  append_json(out, p.name);
  append_key(out, ",\"organisation");
  append_json(out, p.organisation);
  append_key(out, ",\"person_id");
  append_json(out, p.person_id);
  append_key(out, ",\"present");
  out += p.present ? "true" : "false";
  append_key(out, ",\"role");
  append_json(out, p.role);
  out += '}';
}

void append_json(std::string& out, const Section& s) {
  append_key(out, "{\"heading");
  append_json(out, s.heading);
  append_key(out, ",\"kind");
  append_json(out, s.kind);
  append_key(out, ",\"text");
  append_json(out, s.text);
  out += '}';
}

void append_json(std::string& out, const Item& it) {
  append_key(out, "{\"absent");
  append_json(out, it.absent);
  append_key(out, ",\"kind");
  append_json(out, it.kind);
  append_key(out, ",\"number");
  out += it.number ? std::to_string(*it.number) : "null";
  append_key(out, ",\"page");
  out += it.page > 0 ? std::to_string(it.page) : "null";
  append_key(out, ",\"people");
  append_json(out, it.people);
  append_key(out, ",\"presenter");
  append_json(out, it.presenter);
  append_key(out, ",\"sections");
  append_json(out, it.sections);
  append_key(out, ",\"title");
  append_json(out, it.title);
  out += '}';
}

void append_json(std::string& out, const Meeting& m) {
  append_key(out, "{\"body");
  append_json(out, m.body);
  append_key(out, ",\"chair");
  append_json(out, m.chair);
  append_key(out, ",\"cluster");
  append_json(out, m.cluster);
  append_key(out, ",\"date");
  append_json(out, m.date);
  append_key(out, ",\"forum");
  append_json(out, m.forum);
  append_key(out, ",\"items");
  append_json(out, m.items);
  append_key(out, ",\"location");
  append_json(out, m.location);
  append_key(out, ",\"minute_taker");
  append_json(out, m.minute_taker);
  append_key(out, ",\"named");
  append_json(out, m.named);
  append_key(out, ",\"participants");
  append_json(out, m.participants);
  append_key(out, ",\"region");
  append_json(out, m.region);
  append_key(out, ",\"source");
  append_json(out, m.source);
  append_key(out, ",\"start_time");
  append_json(out, m.start_time);
  append_key(out, ",\"title");
  append_json(out, m.title);
  append_key(out, ",\"warnings");
  append_json(out, m.warnings);
  out += '}';
}

nlohmann::json to_json(const Meeting& m) {
  nlohmann::json participants = nlohmann::json::array();
  for (const auto& p : m.participants) {
    participants.push_back({{"name", p.name},
                            {"person_id", p.person_id},
                            {"role", opt(p.role)},
                            {"organisation", opt(p.organisation)},
                            {"group", opt(p.group)},
                            {"present", p.present}});
  }
  nlohmann::json items = nlohmann::json::array();
  for (const auto& it : m.items) {
    nlohmann::json sections = nlohmann::json::array();
    for (const auto& s : it.sections)
      sections.push_back({{"kind", s.kind}, {"heading", opt(s.heading)}, {"text", s.text}});
    items.push_back({{"number", it.number ? nlohmann::json(*it.number) : nlohmann::json(nullptr)},
                     {"title", it.title},
                     {"kind", opt(it.kind)},
                     {"presenter", opt(it.presenter)},
                     {"sections", std::move(sections)},
                     {"people", it.people},
                     {"absent", it.absent},
                     {"page", it.page > 0 ? nlohmann::json(it.page) : nlohmann::json(nullptr)}});
  }
  return {{"source", m.source},
          {"title", opt(m.title)},
          {"body", opt(m.body)},
          {"cluster", opt(m.cluster)},
          {"region", opt(m.region)},
          {"forum", opt(m.forum)},
          {"date", opt(m.date)},
          {"start_time", opt(m.start_time)},
          {"location", opt(m.location)},
          {"chair", opt(m.chair)},
          {"minute_taker", opt(m.minute_taker)},
          {"participants", std::move(participants)},
          {"named", m.named},
          {"items", std::move(items)},
          {"warnings", m.warnings}};
}

Meeting meeting_from_json(const nlohmann::json& j) {
  Meeting m;
  m.source = j.at("source").get<std::string>();
  m.title = opt_string(j, "title");
  m.body = opt_string(j, "body");
  m.cluster = opt_string(j, "cluster");
  m.region = opt_string(j, "region");
  m.forum = opt_string(j, "forum");
  m.date = opt_string(j, "date");
  m.start_time = opt_string(j, "start_time");
  m.location = opt_string(j, "location");
  m.chair = opt_string(j, "chair");
  m.minute_taker = opt_string(j, "minute_taker");
  for (const auto& p : j.at("participants")) {
    Participant q;
    q.name = p.at("name").get<std::string>();
    q.person_id = p.at("person_id").get<std::string>();
    q.role = opt_string(p, "role");
    q.organisation = opt_string(p, "organisation");
    q.group = opt_string(p, "group");
    q.present = p.at("present").get<bool>();
    m.participants.push_back(std::move(q));
  }
  if (j.contains("named")) m.named = j.at("named").get<std::map<std::string, std::string>>();
  for (const auto& it : j.at("items")) {
    Item item;
    if (!it.at("number").is_null()) item.number = it.at("number").get<int>();
    item.title = it.at("title").get<std::string>();
    item.kind = opt_string(it, "kind");
    item.presenter = opt_string(it, "presenter");
    for (const auto& s : it.at("sections"))
      item.sections.push_back({s.at("kind").get<std::string>(), opt_string(s, "heading"),
                               s.at("text").get<std::string>()});
    item.people = it.at("people").get<std::vector<std::string>>();
    if (it.contains("absent")) item.absent = it.at("absent").get<std::vector<std::string>>();
    if (it.contains("page") && !it.at("page").is_null()) item.page = it.at("page").get<int>();
    m.items.push_back(std::move(item));
  }
  m.warnings = j.at("warnings").get<std::vector<std::string>>();
  return m;
}

}  // namespace corpus
