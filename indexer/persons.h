// One identity per person across the corpus. The parser gives each name a
// person id within its file; the registry maps spelling variants of one
// person in different files to one canonical id, keeping namesakes in
// different regions or organisations apart. Stored in the index metadata
// ("person:<id>"), so searchers can match names to ids.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

namespace indexer {

struct Person {
  std::string id;                      // canonical id
  std::string name;                    // the name as first written
  std::set<std::string> variants;      // every way it has been written
  std::set<std::string> organisations;
  std::set<std::string> regions;
};

class PersonRegistry {
 public:
  // Loads the registry stored in `db` (empty if none).
  void load(const Xapian::Database& db);

  // The canonical id of the person written `name` (with parser id `id`), of
  // `organisation` at a meeting in `region` (either may be unknown): an
  // existing person whose name is a variant (corpus::same_person_id) and who
  // does not conflict (a different known region, or known organisations
  // with none in common); else a new person. Records the variant.
  std::string resolve(const std::string& id, const std::string& name,
                      const std::optional<std::string>& organisation,
                      const std::optional<std::string>& region);

  // Writes the people changed since load() to `db`'s metadata.
  void save(Xapian::WritableDatabase& db);

  const Person* find(const std::string& id) const;
  const std::map<std::string, Person>& people() const { return people_; }

 private:
  std::map<std::string, Person> people_;
  std::multimap<std::string, std::string> by_first_;  // first id token -> id
  std::set<std::string> dirty_;
};

// The people of `db` whose names best match `query` (a full name, a
// misspelt one, or a part such as a surname): exact variants first, then
// names containing every query word, then names within a small edit
// distance. Empty if none.
std::vector<const Person*> match_people(const PersonRegistry& registry, const std::string& query);

}  // namespace indexer
