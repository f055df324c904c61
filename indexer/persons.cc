#include "indexer/persons.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "corpus/participants.h"
#include "corpus/text.h"
#include "indexer/schema.h"

namespace indexer {
namespace {

std::string first_token(const std::string& id) { return id.substr(0, id.find('-')); }

std::vector<std::string> tokens(const std::string& id) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= id.size()) {
    std::size_t dash = id.find('-', start);
    if (dash == std::string::npos) dash = id.size();
    if (dash > start) out.push_back(id.substr(start, dash - start));
    start = dash + 1;
  }
  return out;
}

bool conflicts(const Person& p, const std::optional<std::string>& organisation,
               const std::optional<std::string>& region) {
  // A full name is one person wherever it is written (issue: the same
  // director sending afbud in another region is not a second person).
  if (tokens(p.id).size() >= 2) return false;
  if (region && !p.regions.empty() && !p.regions.count(*region)) return true;
  if (organisation && !p.organisations.empty() && !p.organisations.count(*organisation) &&
      !(region && p.regions.count(*region)))
    return true;
  return false;
}

}  // namespace

void PersonRegistry::load(const Xapian::Database& db) {
  for (auto k = db.metadata_keys_begin(schema::k_person_key); k != db.metadata_keys_end(schema::k_person_key); ++k) {
    const std::string value = db.get_metadata(*k);
    if (value.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(value, nullptr, false);
    if (j.is_discarded()) continue;
    Person p;
    p.id = (*k).substr(schema::k_person_key.size());
    p.name = j.value("name", p.id);
    p.listed = j.value("listed", false);
    for (const auto& v : j.value("variants", nlohmann::json::array())) p.variants.insert(v);
    for (const auto& v : j.value("organisations", nlohmann::json::array())) p.organisations.insert(v);
    for (const auto& v : j.value("regions", nlohmann::json::array())) p.regions.insert(v);
    by_first_.emplace(first_token(p.id), p.id);
    people_.emplace(p.id, std::move(p));
  }
}

std::string PersonRegistry::resolve(const std::string& id, const std::string& name,
                                    const std::optional<std::string>& organisation,
                                    const std::optional<std::string>& region,
                                    const std::set<std::string>& taken, bool listed) {
  Person* match = nullptr;
  // Exact id first, then variants, in id order so the result is deterministic.
  if (auto it = people_.find(id);
      it != people_.end() && !taken.count(id) && !conflicts(it->second, organisation, region))
    match = &it->second;
  for (auto [it, end] = by_first_.equal_range(first_token(id)); !match && it != end; ++it) {
    Person& p = people_.at(it->second);
    if (taken.count(p.id) || conflicts(p, organisation, region)) continue;
    for (const auto& v : p.variants) {
      if (corpus::same_person_id(corpus::person_id(v), id)) {
        match = &p;
        break;
      }
    }
  }
  if (!match) {
    std::string new_id = id;
    for (int n = 2; people_.count(new_id); ++n) new_id = id + "-" + std::to_string(n);
    Person p;
    p.id = new_id;
    p.name = name;
    by_first_.emplace(first_token(new_id), new_id);
    match = &people_.emplace(new_id, std::move(p)).first->second;
  }
  const std::size_t sizes = match->variants.size() + match->organisations.size() + match->regions.size();
  match->variants.insert(name);
  // Shown by the name a participant list gives, not one read in text first
  // ("Charlotte Bøll Larsen", not "Charlotte Larsen").
  if (listed && !match->listed) {
    match->listed = true;
    match->name = name;
    dirty_.insert(match->id);
  }
  if (organisation) match->organisations.insert(*organisation);
  if (region) match->regions.insert(*region);
  if (match->variants.size() + match->organisations.size() + match->regions.size() != sizes)
    dirty_.insert(match->id);
  return match->id;
}

void PersonRegistry::save(Xapian::WritableDatabase& db) {
  for (const auto& id : dirty_) {
    const Person& p = people_.at(id);
    db.set_metadata(schema::k_person_key + id, nlohmann::json{{"name", p.name},
                                                      {"listed", p.listed},
                                                      {"variants", p.variants},
                                                      {"organisations", p.organisations},
                                                      {"regions", p.regions}}
                                           .dump());
  }
  dirty_.clear();
}

std::optional<std::string> PersonRegistry::shortened(const std::string& name,
                                                     const std::set<std::string>& candidates) const {
  const auto nt = tokens(corpus::person_id(name));
  if (nt.size() < 2) return std::nullopt;
  std::optional<std::string> found;
  for (const auto& id : candidates) {
    const Person* p = find(id);
    if (!p) continue;
    const bool stands_for = std::any_of(p->variants.begin(), p->variants.end(), [&](const std::string& v) {
      const auto vt = tokens(corpus::person_id(v));
      return vt.size() > nt.size() && vt.front() == nt.front() &&
             std::all_of(nt.begin(), nt.end(),
                         [&](const std::string& t) { return std::find(vt.begin(), vt.end(), t) != vt.end(); });
    });
    if (!stands_for) continue;
    if (found && *found != id) return std::nullopt;  // several: not ours to choose
    found = id;
  }
  return found;
}

const Person* PersonRegistry::find(const std::string& id) const {
  auto it = people_.find(id);
  return it == people_.end() ? nullptr : &it->second;
}

std::vector<const Person*> match_people(const PersonRegistry& registry, const std::string& query) {
  const std::string q = corpus::person_id(query);
  if (q.empty()) return {};
  const auto qt = tokens(q);
  std::vector<const Person*> exact, contains, near;
  for (const auto& [id, p] : registry.people()) {
    bool is_exact = false, has_all = false, is_near = false;
    for (const auto& v : p.variants) {
      const std::string vid = corpus::person_id(v);
      if (vid == q) is_exact = true;
      const auto vt = tokens(vid);
      has_all |= std::all_of(qt.begin(), qt.end(), [&](const std::string& t) {
        return std::find(vt.begin(), vt.end(), t) != vt.end();
      });
      // A misspelt full name, or a misspelt word of it.
      if (corpus::text::edit_distance(vid, q) <= std::max<std::size_t>(1, q.size() / 6)) is_near = true;
      if (qt.size() == 1 && q.size() >= 5)
        for (const auto& t : vt) is_near |= corpus::text::edit_distance(t, q) <= 1;
      // Every word of the query is a word of the name, misspelt by an edit
      // (two in words of eight letters or more): "Eva Sejersdahl" for Eva
      // Sejersdal Knudsen, "Bente Gravesen" for Bente Graversen. Words of
      // under four letters must be exact.
      if (qt.size() >= 2)
        is_near |= std::all_of(qt.begin(), qt.end(), [&](const std::string& t) {
          return std::any_of(vt.begin(), vt.end(), [&](const std::string& w) {
            if (t.size() < 4) return t == w;
            return corpus::text::edit_distance(t, w) <= (t.size() >= 8 ? 2U : 1U);
          });
        });
    }
    if (is_exact) exact.push_back(&p);
    else if (has_all) contains.push_back(&p);
    else if (is_near) near.push_back(&p);
  }
  if (!exact.empty()) return exact;
  if (!contains.empty()) return contains;
  return near;
}

}  // namespace indexer
