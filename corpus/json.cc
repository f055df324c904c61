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

}  // namespace

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
