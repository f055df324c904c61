#include "indexer/persons.h"

#include <algorithm>
#include <tuple>

#include <nlohmann/json.hpp>

#include "corpus/participants.h"
#include "indexer/schema.h"
#include "indexer/snapshot.h"

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

// True if the name with id tokens `shorter` is a shortened form of `longer`:
// the same first word, fewer words, each of them a word of `longer` ("Eva
// Sejersdal" of Eva Sejersdal Knudsen).
bool shortens(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
  return shorter.size() >= 2 && longer.size() > shorter.size() && shorter.front() == longer.front() &&
         std::all_of(shorter.begin(), shorter.end(), [&](const std::string& t) {
           return std::find(longer.begin(), longer.end(), t) != longer.end();
         });
}

// The words of a person id, as views of it, into `out` (cleared first).
void token_views(std::string_view id, std::vector<std::string_view>& out) {
  out.clear();
  for (std::size_t start = 0; start <= id.size();) {
    std::size_t dash = id.find('-', start);
    if (dash == std::string_view::npos) dash = id.size();
    if (dash > start) out.push_back(id.substr(start, dash - start));
    start = dash + 1;
  }
}

// True if the ASCII strings `a` and `b` (person ids and their words) are at
// most `most` edits apart: corpus::text::edit_distance(a, b) <= most, which
// counts code points, as bytes are for ASCII. Without allocating, and
// stopping as soon as every cell of a row of the table exceeds `most` (no
// later row can be smaller): match_people() tries every name of the index.
bool within_edits(std::string_view a, std::string_view b, std::size_t most) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > most) return false;
  constexpr std::size_t k_on_stack = 64;
  std::size_t on_stack[k_on_stack + 1];
  std::vector<std::size_t> on_heap;
  std::size_t* row = on_stack;
  if (a.size() > k_on_stack) {
    on_heap.resize(a.size() + 1);
    row = on_heap.data();
  }
  for (std::size_t j = 0; j <= a.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= b.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    std::size_t smallest = row[0];
    for (std::size_t j = 1; j <= a.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (b[i - 1] == a[j - 1] ? 0 : 1)});
      diag = up;
      smallest = std::min(smallest, row[j]);
    }
    if (smallest > most) return false;
  }
  return row[a.size()] <= most;
}

// Counts `key` less by `times` in `counts`, dropping it at none.
void count_down(std::map<std::string, std::size_t>& counts, const std::string& key, std::size_t times) {
  auto it = counts.find(key);
  if (it == counts.end()) return;
  if (it->second > times) it->second -= times;
  else counts.erase(it);
}

// The place a unit is recorded under: its organisation, else its region.
std::string place_of(const std::optional<std::string>& organisation, const std::optional<std::string>& region) {
  if (organisation && !organisation->empty()) return *organisation;
  return region.value_or("");
}

// The most written variant of a unit (ties: more words, then the smaller
// string), so the choice does not depend on the order names were seen.
std::string main_variant(const Unit& u) {
  std::string best;
  std::tuple<std::size_t, std::size_t> best_key{0, 0};
  for (const auto& [v, n] : u.variants) {
    const std::tuple<std::size_t, std::size_t> key{n, tokens(corpus::person_id(v)).size()};
    if (best.empty() || key > best_key) {
      best = v;
      best_key = key;
    }
  }
  return best;
}

// The words of the person id of every variant of `u`.
std::vector<std::vector<std::string>> variant_tokens(const Unit& u) {
  std::vector<std::vector<std::string>> out;
  for (const auto& [v, n] : u.variants) out.push_back(tokens(corpus::person_id(v)));
  return out;
}

// What group() compares of a unit, computed once: its variants as person
// ids and their words, and its most written variant.
struct Names {
  const Unit* unit = nullptr;
  std::string main;                             // main_variant()
  std::size_t words = 0;                        // in `main`
  std::vector<std::string> ids;                 // person id of each variant
  std::vector<std::vector<std::string>> tokens;  // words of each variant's id
};

Names names_of(const Unit& u) {
  Names n;
  n.unit = &u;
  n.main = main_variant(u);
  n.words = tokens(corpus::person_id(n.main)).size();
  for (const auto& [v, count] : u.variants) {
    n.ids.push_back(corpus::person_id(v));
    n.tokens.push_back(tokens(n.ids.back()));
  }
  return n;
}

// How two units' names relate.
enum class Relation { none, shortened, variant };

Relation relation(const Names& a, const Names& b) {
  Relation best = Relation::none;
  for (std::size_t i = 0; i < a.ids.size(); ++i) {
    for (std::size_t j = 0; j < b.ids.size(); ++j) {
      if (a.tokens[i].size() < 2 && a.ids[i] != b.ids[j]) continue;  // a lone first name only as itself
      if (corpus::same_person_id(a.ids[i], b.ids[j])) return Relation::variant;
      if (shortens(a.tokens[i], b.tokens[j]) || shortens(b.tokens[j], a.tokens[i])) best = Relation::shortened;
    }
  }
  return best;
}

// True if `a` and `b` were listed at the same time: on a common date, or in
// periods that interleave (each has a meeting strictly between two of the
// other's). A person moving between regions lists in one, then the other;
// one sending afbud once elsewhere has a single date there.
bool same_time(const Unit& a, const Unit& b) {
  if (a.dates.empty() || b.dates.empty()) return false;
  for (const auto& [d, n] : a.dates)
    if (b.dates.count(d)) return true;
  auto inside = [](const std::map<std::string, std::size_t>& dates, const Unit& other) {
    const std::string& first = other.dates.begin()->first;
    const std::string& last = other.dates.rbegin()->first;
    return std::any_of(dates.begin(), dates.end(), [&](const auto& d) { return d.first > first && d.first < last; });
  };
  return inside(a.dates, b) && inside(b.dates, a);
}

}  // namespace

void PersonRegistry::load(const Xapian::Database& db) {
  for (auto k = db.metadata_keys_begin(schema::k_person_key); k != db.metadata_keys_end(schema::k_person_key); ++k) {
    const std::string value = db.get_metadata(*k);
    if (value.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(value, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    Unit u;
    u.id = (*k).substr(schema::k_person_key.size());
    const nlohmann::json variants = j.value("variants", nlohmann::json::object());
    if (!variants.is_object()) continue;
    for (const auto& [v, n] : variants.items())
      if (n.is_number_unsigned()) u.variants[v] = n.get<std::size_t>();
    if (u.variants.empty()) continue;
    u.place = j.value("place", "");
    u.region = j.value("region", "");
    u.listed = j.value("listed", false);
    const nlohmann::json dates = j.value("dates", nlohmann::json::array());
    for (const auto& d : dates)
      if (d.is_string()) ++u.dates[d.get<std::string>()];
    by_first_.emplace(first_token(u.id), u.id);
    units_.emplace(u.id, std::move(u));
  }
  group();
}

std::string PersonRegistry::resolve(const std::string& id, const std::string& name,
                                    const std::optional<std::string>& organisation,
                                    const std::optional<std::string>& region,
                                    const std::optional<std::string>& date,
                                    const std::set<std::string>& taken, bool listed) {
  // Names in running text have no organisation: their place is the region.
  const std::string place = listed ? place_of(organisation, region) : region.value_or("");
  auto fits = [&](const Unit& u) { return u.listed == listed && u.place == place && !taken.count(u.id); };
  Unit* match = nullptr;
  // Exact id first, then variants, in insertion order (deterministic).
  if (auto it = units_.find(id); it != units_.end() && fits(it->second)) match = &it->second;
  for (auto [it, end] = by_first_.equal_range(first_token(id)); !match && it != end; ++it) {
    Unit& u = units_.at(it->second);
    if (!fits(u)) continue;
    for (const auto& [v, n] : u.variants) {
      if (corpus::same_person_id(corpus::person_id(v), id)) {
        match = &u;
        break;
      }
    }
  }
  if (!match) {
    std::string new_id = id;
    for (int n = 2; units_.count(new_id); ++n) new_id = id + "-" + std::to_string(n);
    Unit u;
    u.id = new_id;
    u.place = place;
    u.region = region.value_or("");
    u.listed = listed;
    by_first_.emplace(first_token(new_id), new_id);
    match = &units_.emplace(new_id, std::move(u)).first->second;
  }
  // Counted once per meeting that writes it (not per mention).
  ++match->variants[name];
  if (listed && date && !date->empty()) ++match->dates[*date];
  dirty_.insert(match->id);
  return match->id;
}

void PersonRegistry::forget(const Writings& writings) {
  for (const auto& [id, written] : writings.units) {
    auto unit = units_.find(id);
    if (unit == units_.end()) continue;
    // Each writing of a listed unit dated it once (resolve()).
    for (const auto& [name, times] : written) {
      count_down(unit->second.variants, name, times);
      if (unit->second.listed) count_down(unit->second.dates, writings.date, times);
    }
    dirty_.insert(id);
    if (!unit->second.variants.empty()) continue;
    for (auto [it, end] = by_first_.equal_range(first_token(id)); it != end; ++it) {
      if (it->second == id) {
        by_first_.erase(it);
        break;
      }
    }
    units_.erase(unit);
  }
}

std::string writings_text(const Writings& writings) {
  nlohmann::json names = nlohmann::json::array();
  for (const auto& [id, written] : writings.units)
    for (const auto& [name, times] : written)
      for (std::size_t n = 0; n < times; ++n)
        names.push_back(corpus::person_id(name) == id ? nlohmann::json(name) : nlohmann::json::array({name, id}));
  if (names.empty()) return {};
  if (writings.date.empty()) return names.dump();
  return nlohmann::json{{"date", writings.date}, {"names", std::move(names)}}.dump();
}

Writings read_writings(std::string_view text) {
  Writings writings;
  if (text.empty()) return writings;
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_object()) {
    if (const auto date = j.find("date"); date != j.end() && date->is_string()) writings.date = *date;
    j = j.value("names", nlohmann::json::array());
  }
  if (!j.is_array()) return writings;
  for (const auto& w : j) {
    if (w.is_string()) ++writings.units[corpus::person_id(w.get<std::string>())][w.get<std::string>()];
    else if (w.is_array() && w.size() == 2 && w[0].is_string() && w[1].is_string())
      ++writings.units[w[1].get<std::string>()][w[0].get<std::string>()];
  }
  return writings;
}

std::optional<std::string> PersonRegistry::shortened(const std::string& name,
                                                     const std::set<std::string>& units) const {
  const auto nt = tokens(corpus::person_id(name));
  std::optional<std::string> found;
  for (const auto& id : units) {
    auto it = units_.find(id);
    if (it == units_.end()) continue;
    const auto vts = variant_tokens(it->second);
    if (!std::any_of(vts.begin(), vts.end(), [&](const auto& vt) { return shortens(nt, vt); })) continue;
    if (found && *found != id) return std::nullopt;  // several: not ours to choose
    found = id;
  }
  return found;
}

void PersonRegistry::group() {
  people_.clear();
  person_of_.clear();
  // Units in an order that depends on what they hold, not on when they were
  // added: listed ones first, then by first date, name and place.
  std::vector<Names> order;
  order.reserve(units_.size());
  for (const auto& [id, u] : units_) order.push_back(names_of(u));
  static const std::string k_no_date = "~";  // after every date
  auto key = [](const Names& n) {
    const Unit* u = n.unit;
    return std::tuple<bool, const std::string&, const std::string&, const std::string&, const std::string&>(
        !u->listed, u->dates.empty() ? k_no_date : u->dates.begin()->first, n.main, u->place, u->id);
  };
  std::sort(order.begin(), order.end(), [&](const Names& a, const Names& b) { return key(a) < key(b); });

  std::vector<std::vector<const Names*>> groups;
  std::map<std::string, std::vector<std::size_t>> groups_by_first;  // first word -> groups
  for (const Names& n : order) {
    const Unit* u = n.unit;
    std::vector<std::size_t>& near = groups_by_first[first_token(corpus::person_id(n.main))];
    std::optional<std::size_t> chosen;
    if (u->listed) {
      // The first group with a related listed name and no unit at the same time.
      for (std::size_t g : near) {
        const auto& members = groups[g];
        const bool related = std::any_of(members.begin(), members.end(), [&](const Names* m) {
          return m->unit->listed && relation(n, *m) != Relation::none &&
                 (n.words >= 2 || m->unit->region == u->region);
        });
        if (related && std::none_of(members.begin(), members.end(),
                                    [&](const Names* m) { return same_time(*u, *m->unit); })) {
          chosen = g;
          break;
        }
      }
    } else {
      // A name in running text: the listed person it names (a spelling
      // variant before a shortened name, one of its region before another),
      // else a person named only in text.
      std::tuple<int, int> best{0, 0};
      for (std::size_t g : near) {
        int rel = 0;
        bool in_region = false, any_listed = false;
        for (const Names* m : groups[g]) {
          any_listed |= m->unit->listed;
          rel = std::max(rel, static_cast<int>(relation(n, *m)));
          in_region |= !u->region.empty() && m->unit->region == u->region;
        }
        if (rel == 0) continue;
        const std::tuple<int, int> score{any_listed ? 2 * rel : rel, in_region ? 1 : 0};
        if (score > best) {
          best = score;
          chosen = g;
        }
      }
    }
    if (!chosen) {
      chosen = groups.size();
      groups.emplace_back();
      near.push_back(*chosen);
    }
    groups[*chosen].push_back(&n);
  }

  for (const auto& names : groups) {
    std::vector<const Unit*> members;
    for (const Names* n : names) members.push_back(n->unit);
    Person p;
    // The canonical id: the unit listed at most meetings (then the first by id).
    const Unit* main = members.front();
    for (const Unit* u : members) {
      p.listed |= u->listed;
      const auto rank = [](const Unit* x) { return std::make_tuple(x->listed, x->dates.size()); };
      if (rank(u) > rank(main) || (rank(u) == rank(main) && u->id < main->id)) main = u;
    }
    p.id = main->id;
    // The fullest name a participant list gives (then the most written).
    std::tuple<std::size_t, std::size_t, std::string> best{0, 0, ""};
    std::map<std::string, std::size_t> counts;
    for (const Unit* u : members)
      if (u->listed == p.listed)
        for (const auto& [v, n] : u->variants) counts[v] += n;
    for (const auto& [v, n] : counts) {
      const std::size_t words = tokens(corpus::person_id(v)).size();
      if (p.name.empty() || words > std::get<0>(best) || (words == std::get<0>(best) && n > std::get<1>(best))) {
        p.name = v;
        best = {words, n, v};
      }
    }
    std::set<std::string> ids, variants, variant_ids, organisations, regions;
    for (const Unit* u : members) {
      ids.insert(u->id);
      for (const auto& [v, n] : u->variants) {
        variants.insert(v);
        variant_ids.insert(corpus::person_id(v));
      }
      if (!u->region.empty()) regions.insert(u->region);
      if (u->listed && !u->place.empty() && u->place != u->region) organisations.insert(u->place);
      if (!u->dates.empty()) {
        const std::string &first = u->dates.begin()->first, &last = u->dates.rbegin()->first;
        if (p.first_date.empty() || first < p.first_date) p.first_date = first;
        if (last > p.last_date) p.last_date = last;
      }
    }
    p.ids.assign(ids.begin(), ids.end());
    p.variants.assign(variants.begin(), variants.end());
    p.variant_ids.assign(variant_ids.begin(), variant_ids.end());
    p.organisations.assign(organisations.begin(), organisations.end());
    p.regions.assign(regions.begin(), regions.end());
    people_.emplace(p.id, std::move(p));
  }

  // Labels: the name, and what tells namesakes apart.
  std::map<std::string, std::vector<Person*>> by_name;
  for (auto& [id, p] : people_) by_name[p.name].push_back(&p);
  std::map<std::string, std::size_t> label_uses;
  for (auto& [name, same] : by_name) {
    for (Person* p : same) {
      p->label = name;
      if (same.size() == 1) continue;
      std::string about;
      for (const auto* set : {p->organisations.empty() ? &p->regions : &p->organisations})
        for (const auto& v : *set) about += (about.empty() ? "" : ", ") + v;
      if (!p->first_date.empty()) {
        const std::string from = p->first_date.substr(0, 4), to = p->last_date.substr(0, 4);
        about += (about.empty() ? "" : ", ") + (from == to ? from : from + "–" + to);
      }
      if (!about.empty()) p->label += " (" + about + ")";
      ++label_uses[p->label];
    }
  }
  for (auto& [id, p] : people_) {
    // Namesakes alike in place and years too: their ids tell them apart.
    if (label_uses[p.label] > 1)
      p.label = p.label == p.name ? p.name + " (" + p.id + ")"
                                  : p.label.substr(0, p.label.size() - 1) + ", " + p.id + ")";
  }
  index_people();
}

PersonRegistry::PersonRegistry(const PersonRegistry& other) { *this = other; }

PersonRegistry& PersonRegistry::operator=(const PersonRegistry& other) {
  if (this != &other) {
    units_ = other.units_;
    by_first_ = other.by_first_;
    dirty_ = other.dirty_;
    people_ = other.people_;
    snapshot_ = other.snapshot_;
    records_ = other.records_;
    if (!snapshot_) {
      index_people();
    } else {
      // The snapshot is shared: its views stay valid; the people built so
      // far are this copy's own.
      person_of_ = other.person_of_;
      by_index_.assign(records_.size(), nullptr);
      for (std::size_t i = 0; i < records_.size(); ++i)
        if (auto it = people_.find(std::string(records_[i].id)); it != people_.end()) by_index_[i] = &it->second;
    }
  }
  return *this;
}

void PersonRegistry::index_people() {
  snapshot_.reset();
  records_.clear();
  by_index_.clear();
  by_index_.reserve(people_.size());
  std::vector<KeyEntry> entries;
  entries.reserve(2 * people_.size());
  std::size_t n = 0;
  for (const auto& [id, p] : people_) {
    ++n;
    for (const auto& unit : p.ids) entries.push_back({unit, false, people_.size() - n, by_index_.size()});
    entries.push_back({p.label, true, n, by_index_.size()});
    by_index_.push_back(&p);
  }
  index_keys(entries);
}

void PersonRegistry::index_keys(std::vector<KeyEntry>& entries) {
  // A unit id finds its person before a label does; of two people with one
  // unit id, the later by id; of two with one label, the first.
  std::sort(entries.begin(), entries.end(), [](const KeyEntry& a, const KeyEntry& b) {
    return std::tie(a.key, a.label, a.order) < std::tie(b.key, b.label, b.order);
  });
  person_of_.clear();
  person_of_.reserve(entries.size());
  for (const KeyEntry& e : entries)
    if (person_of_.empty() || person_of_.back().first != e.key) person_of_.emplace_back(e.key, e.index);
}

bool PersonRegistry::load_people(const Xapian::Database& db) {
  if (std::optional<std::string> payload = current_snapshot(db, schema::k_people_key)) {
    try {
      // Each record's place and the views the look-ups need; a Person is
      // built from its record when first asked for (build()).
      auto bytes = std::make_shared<const std::string>(std::move(*payload));
      std::vector<Record> records;
      std::vector<KeyEntry> entries;
      SnapshotReader r(*bytes);
      const std::uint64_t count = r.number();
      if (count > bytes->size()) throw SnapshotError("snapshot's count of people is past its end");
      records.reserve(count);
      entries.reserve(2 * count);
      for (std::uint64_t n = 1; n <= count; ++n) {
        Record rec;
        rec.at = static_cast<std::size_t>(r.position());
        rec.id = r.view();
        r.view();  // name
        rec.label = r.view();
        r.number();  // listed
        SnapshotReader ids(r.list());
        for (std::uint64_t k = ids.number(); k > 0; --k) entries.push_back({ids.view(), false, count - n, records.size()});
        entries.push_back({rec.label, true, n, records.size()});
        r.list();  // variants
        rec.variant_ids = r.list();
        r.list();  // organisations
        r.list();  // regions
        r.view();  // first_date
        r.view();  // last_date
        records.push_back(rec);
      }
      if (r.at_end()) {
        units_.clear();
        by_first_.clear();
        dirty_.clear();
        people_.clear();
        snapshot_ = std::move(bytes);
        records_ = std::move(records);
        by_index_.assign(records_.size(), nullptr);
        index_keys(entries);
        return true;
      }
    } catch (const SnapshotError&) {
      // Unreadable: formed from the units below, as without a snapshot.
    }
  }
  load(db);
  return false;
}

const Person& PersonRegistry::build(std::size_t i) const {
  // Read by load_people() once already: it cannot end early here.
  SnapshotReader r(std::string_view(*snapshot_).substr(records_[i].at));
  Person p;
  p.id = r.string();
  p.name = r.string();
  p.label = r.string();
  p.listed = r.number() != 0;
  r.strings(p.ids);
  r.strings(p.variants);
  r.strings(p.variant_ids);
  r.strings(p.organisations);
  r.strings(p.regions);
  p.first_date = r.string();
  p.last_date = r.string();
  std::string id = p.id;
  const Person* built = &people_.emplace(std::move(id), std::move(p)).first->second;
  by_index_[i] = built;
  return *built;
}

const Person& PersonRegistry::person(std::size_t i) const {
  if (const Person* p = by_index_.at(i)) return *p;
  return build(i);
}

const std::map<std::string, Person>& PersonRegistry::people() const {
  for (std::size_t i = 0; i < by_index_.size(); ++i) person(i);
  return people_;
}

void PersonRegistry::variant_ids(std::size_t i, std::vector<std::string_view>& out) const {
  out.clear();
  if (const Person* p = by_index_.at(i)) {
    out.assign(p->variant_ids.begin(), p->variant_ids.end());
    return;
  }
  SnapshotReader r(records_[i].variant_ids);
  for (std::uint64_t n = r.number(); n > 0; --n) out.push_back(r.view());
}

void PersonRegistry::save_people(Xapian::WritableDatabase& db, const std::string& revision) const {
  SnapshotWriter w;
  w.put_number(people_.size());
  for (const auto& [id, p] : people_) {
    w.put_string(p.id);
    w.put_string(p.name);
    w.put_string(p.label);
    w.put_number(p.listed ? 1 : 0);
    w.put_strings(p.ids);
    w.put_strings(p.variants);
    w.put_strings(p.variant_ids);
    w.put_strings(p.organisations);
    w.put_strings(p.regions);
    w.put_string(p.first_date);
    w.put_string(p.last_date);
  }
  save_snapshot(db, schema::k_people_key, revision, w.bytes());
}

void PersonRegistry::save(Xapian::WritableDatabase& db) {
  for (const auto& id : dirty_) {
    auto unit = units_.find(id);
    if (unit == units_.end()) {
      db.set_metadata(schema::k_person_key + id, {});  // forgotten: written no more
      continue;
    }
    const Unit& u = unit->second;
    nlohmann::json dates = nlohmann::json::array();  // each as often as counted
    for (const auto& [date, n] : u.dates)
      for (std::size_t k = 0; k < n; ++k) dates.push_back(date);
    db.set_metadata(schema::k_person_key + id, nlohmann::json{{"variants", u.variants},
                                                              {"place", u.place},
                                                              {"region", u.region},
                                                              {"listed", u.listed},
                                                              {"dates", std::move(dates)}}
                                                   .dump());
  }
  dirty_.clear();
}

std::size_t PersonRegistry::index_of(std::string_view key) const {
  auto it = std::lower_bound(person_of_.begin(), person_of_.end(), key,
                             [](const auto& entry, std::string_view k) { return entry.first < k; });
  return it != person_of_.end() && it->first == key ? it->second : by_index_.size();
}

const Person* PersonRegistry::find(const std::string& id_or_label) const {
  const std::size_t i = index_of(id_or_label);
  return i < by_index_.size() ? &person(i) : nullptr;
}

std::optional<std::string_view> PersonRegistry::label_of(std::string_view id_or_label) const {
  const std::size_t i = index_of(id_or_label);
  if (i >= by_index_.size()) return std::nullopt;
  if (const Person* p = by_index_[i]) return p->label;
  return records_[i].label;
}

std::vector<const Person*> match_people(const PersonRegistry& registry, const std::string& query) {
  const std::string q = corpus::person_id(query);
  if (q.empty()) return {};
  std::vector<std::string_view> qt, vt;
  token_views(q, qt);
  std::vector<const Person*> exact, contains, near;
  std::vector<std::string_view> vids;
  for (std::size_t i = 0; i < registry.size(); ++i) {
    bool is_exact = false, has_all = false, is_near = false;
    // Each variant's person id once: the tests below read nothing else
    // (read in place: only the people found are built).
    registry.variant_ids(i, vids);
    for (const std::string_view vid : vids) {
      if (vid == q) {
        is_exact = true;
        break;  // nothing below changes where the person goes
      }
      token_views(vid, vt);
      has_all = has_all || std::all_of(qt.begin(), qt.end(), [&](std::string_view t) {
                  return std::find(vt.begin(), vt.end(), t) != vt.end();
                });
      if (has_all || is_near) continue;  // only an exact variant can change the answer
      // A misspelt full name, or a misspelt word of it.
      if (within_edits(vid, q, std::max<std::size_t>(1, q.size() / 6))) is_near = true;
      if (qt.size() == 1 && q.size() >= 5)
        for (std::string_view t : vt) is_near = is_near || within_edits(t, q, 1);
      // Every word of the query is a word of the name, misspelt by an edit
      // (two in words of eight letters or more): "Eva Sejersdahl" for Eva
      // Sejersdal Knudsen, "Bente Gravesen" for Bente Graversen. Words of
      // under four letters must be exact.
      if (qt.size() >= 2)
        is_near = is_near || std::all_of(qt.begin(), qt.end(), [&](std::string_view t) {
                    return std::any_of(vt.begin(), vt.end(), [&](std::string_view w) {
                      if (t.size() < 4) return t == w;
                      return within_edits(t, w, t.size() >= 8 ? 2U : 1U);
                    });
                  });
    }
    if (is_exact) exact.push_back(&registry.person(i));
    else if (has_all) contains.push_back(&registry.person(i));
    else if (is_near) near.push_back(&registry.person(i));
  }
  if (!exact.empty()) return exact;
  if (!contains.empty()) return contains;
  return near;
}

}  // namespace indexer
