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
  std::string name;                    // the name as first listed at a meeting (else as first written)
  bool listed = false;                 // listed at a meeting, not only named in text
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
  // existing person whose name is a variant (corpus::same_person_id), else
  // a new person. A full name (two words or more) is one person across
  // regions and organisations; a lone first name ("Mikkel") joins only a
  // person of the same region. People in `taken` (others listed at the same
  // meeting) are never joined: two people listed at one meeting under one
  // name are two people ("hanne-madsen", "hanne-madsen-2"). Records the
  // variant. Ids are never reused, so an id always resolves to its person.
  // `listed`: the name is from a meeting's participant list; the first
  // listed name becomes the person's name, over names read in text.
  std::string resolve(const std::string& id, const std::string& name,
                      const std::optional<std::string>& organisation,
                      const std::optional<std::string>& region,
                      const std::set<std::string>& taken = {}, bool listed = false);

  // The person a shortened name written in running text stands for: the one
  // person among `candidates` (canonical ids, e.g. a meeting's participants)
  // whose name has every word of `name` with the same first word ("Eva
  // Sejersdal" for Eva Sejersdal Knudsen, "Daniel Simonsen" for Daniel
  // Kjærgaard Simonsen); nullopt if none or several.
  std::optional<std::string> shortened(const std::string& name,
                                       const std::set<std::string>& candidates) const;

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
