// One identity per person across the corpus. The indexer records each name
// as it is listed or written, per place (a "unit": one name and its spelling
// variants in one organisation, or in running text of one region) with the
// dates of the meetings that list it; documents carry unit ids. People are
// formed from all units of the index at once (PersonRegistry::group()), so
// the result does not depend on the order files were indexed in: spelling
// variants and shortened names join the person they stand for, the same
// name in several places is one person, unless the places are used at the
// same time (namesakes). Units are stored in the index metadata
// ("person:<id>"); every unit id resolves to its person. The people formed
// at the end of an indexer run are stored too ("people", a snapshot:
// indexer/snapshot.h), so that a reader loads them without grouping.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

namespace indexer {

// A name in one place, as the indexer records it.
struct Unit {
  std::string id;                       // unit id, as in the documents' person terms
  std::map<std::string, std::size_t> variants;  // each way it was written -> times
  std::string place;                    // organisation, else region, else ""
  std::string region;                   // region of the meetings, if known
  bool listed = false;                  // from a participant list (not only running text)
  // ISO date of each meeting listing it -> how many (files) list it that day.
  std::map<std::string, std::size_t> dates;
};

// The names one file's meeting wrote, as resolve() counted them: each unit
// id with each way it was written there and how often (once per meeting, as
// in Unit::variants), and the date its listed units were given. The indexer
// keeps a file's writings in the index (schema::k_writings_key), so that a
// file replaced or deleted takes them back (PersonRegistry::forget()): a
// person's name (the fullest, then the most written), the dates that part
// namesakes and the years in their labels stay what a clean index of the
// remaining files shows.
struct Writings {
  std::string date;  // the meeting's ISO date when it listed people; else empty
  std::map<std::string, std::map<std::string, std::size_t>> units;  // unit id -> way written -> times
  bool empty() const { return units.empty(); }
  bool operator==(const Writings&) const = default;
};

// Writings as stored: a JSON array of each writing as often as written
// (once, nearly always), the name alone when the unit id is
// corpus::person_id() of it, else [name, unit id]; with a date, the object
// {"date": date, "names": that array}; empty if no writing.
std::string writings_text(const Writings& writings);
// The writings of writings_text() (a bare array: no date, as stored before
// dates were); what it cannot read is passed over.
Writings read_writings(std::string_view text);

struct Person {
  std::string id;                       // canonical id: one of `ids`
  std::string name;                     // the fullest name a participant list gives
  // `name`, or, when another person has the same name, `name` with what
  // tells them apart: "Hanne Madsen (Aalborg Kommune, 2022–2023)". Unique.
  std::string label;
  bool listed = false;                  // listed at a meeting, not only named in text
  // Each list sorted, without repeats (a search loads every person of the
  // index: flat lists cost it a third of what sets did).
  std::vector<std::string> ids;            // its units' ids (the documents' person terms)
  std::vector<std::string> variants;       // every way it has been written
  std::vector<std::string> variant_ids;    // corpus::person_id() of each variant
  std::vector<std::string> organisations;
  std::vector<std::string> regions;
  std::string first_date, last_date;    // of the meetings listing it; empty if none
};

class PersonRegistry {
 public:
  PersonRegistry() = default;
  PersonRegistry(const PersonRegistry& other);
  PersonRegistry& operator=(const PersonRegistry& other);
  PersonRegistry(PersonRegistry&&) = default;
  PersonRegistry& operator=(PersonRegistry&&) = default;

  // Loads the units stored in `db` (empty if none) and groups them.
  void load(const Xapian::Database& db);

  // Loads the people of `db` for reading only: from the snapshot the
  // indexer wrote at the end of its last run (save_people()) when it is
  // current, else as load() does. find(), people() and match_people() then
  // answer as after load(); units() is empty after the snapshot, and
  // resolve(), group() and save() must not be called. Returns true if the
  // snapshot was used. Throws Xapian::Error.
  // The snapshot is read in place: a Person is built from its bytes when
  // first asked for (find(), person(), people()), so a search that reads a
  // few people, their labels and their names' ids builds only those. Such
  // a registry is not safe to read from two threads at once.
  bool load_people(const Xapian::Database& db);

  // Writes the people as group() last formed them to `db`'s metadata, as
  // the snapshot (schema::k_people_key) of the index's revision `revision`.
  void save_people(Xapian::WritableDatabase& db, const std::string& revision) const;

  // The unit id for the name `name` (parser id `id`) at a meeting of
  // `date` (ISO, may be unknown) in `region`: listed (`listed`, with its
  // `organisation`) or written in running text. An existing unit of the same
  // place whose name is a spelling variant (corpus::same_person_id), else a
  // new unit ("hanne-madsen", then "hanne-madsen-2"). Units in `taken`
  // (others listed at the same meeting) are never joined: two people listed
  // at one meeting under one name are two people. Unit ids are never reused.
  // Call group() before reading people().
  std::string resolve(const std::string& id, const std::string& name,
                      const std::optional<std::string>& organisation,
                      const std::optional<std::string>& region,
                      const std::optional<std::string>& date,
                      const std::set<std::string>& taken = {}, bool listed = false);

  // Takes back the writings of a file replaced or deleted, as resolve()
  // counted them: each way of writing a unit is counted less by as often
  // as `writings` has it, and is dropped at none, and so is the date of a
  // listed unit (a date another file lists it on stays); a unit written no
  // more is dropped too (save() removes it from the index). Call group()
  // before reading people().
  void forget(const Writings& writings);

  // The one unit among `units` (a meeting's participants) whose name a
  // shortened name written in running text stands for: the same first word
  // and every word of `name` ("Eva Sejersdal" for Eva Sejersdal Knudsen);
  // nullopt if none or several.
  std::optional<std::string> shortened(const std::string& name, const std::set<std::string>& units) const;

  // Forms people from all units, independent of the order they were added
  // in. Units of listed names that are spelling variants, or whose name is
  // a shortened form of the other's, are one person across places and
  // times, unless two of them were listed on the same date or in periods
  // that interleave (each has a meeting between two of the other's): then
  // they are namesakes, two people. Names read in running text join the
  // listed person they name (the one of their region if there are several).
  void group();

  // Writes the units changed since load() to `db`'s metadata, and removes
  // the units forget() dropped.
  void save(Xapian::WritableDatabase& db);

  // The person of a unit id or a person's label; nullptr if none.
  const Person* find(const std::string& id_or_label) const;
  // The label of find(id_or_label), without building the person; nullopt
  // if none. A view valid while the registry is.
  std::optional<std::string_view> label_of(std::string_view id_or_label) const;
  // People by canonical id (after group() or load_people()).
  const std::map<std::string, Person>& people() const;
  // The number of people, and the i-th of them by canonical id (i < size()).
  std::size_t size() const { return by_index_.size(); }
  const Person& person(std::size_t i) const;
  // The variant ids (Person::variant_ids) of person(i), as views into
  // `out` (cleared first), without building the person.
  void variant_ids(std::size_t i, std::vector<std::string_view>& out) const;
  const std::map<std::string, Unit>& units() const { return units_; }

 private:
  std::map<std::string, Unit> units_;
  std::multimap<std::string, std::string> by_first_;  // first id token -> unit id
  std::set<std::string> dirty_;
  // After load_people() from a snapshot: its payload, and where each
  // person's record is in it (views into it; shared by copies).
  struct Record {
    std::string_view id, label;
    std::string_view variant_ids;  // the list as written (SnapshotReader::list())
    std::size_t at = 0;            // the record's offset in the payload
  };
  std::shared_ptr<const std::string> snapshot_;
  std::vector<Record> records_;
  // The people built so far (all of them after group()), by canonical id.
  mutable std::map<std::string, Person> people_;
  // people_'s nodes by index (canonical id order); nullptr: not built yet.
  mutable std::vector<const Person*> by_index_;
  // Unit id or label -> the index of its person, sorted by the first: views
  // into people_ (whose nodes stay put when the registry is moved; a copy
  // indexes its own) or into the snapshot.
  std::vector<std::pair<std::string_view, std::size_t>> person_of_;
  // Fills by_index_ and person_of_ from people_ (after group()).
  void index_people();
  // A key of person_of_ as index_people() and load_people() collect them.
  struct KeyEntry {
    std::string_view key;
    bool label;         // a label, not a unit id
    std::size_t order;  // among entries of one key and kind: the lower wins
    std::size_t index;  // the person's
  };
  // Fills person_of_ from `entries` (sorted here).
  void index_keys(std::vector<KeyEntry>& entries);
  // Builds person(i) from its snapshot record.
  const Person& build(std::size_t i) const;
  // The index of the person of a unit id or label; size() if none.
  std::size_t index_of(std::string_view id_or_label) const;
};

// The people of `registry` whose names best match `query` (a full name, a
// misspelt one, or a part such as a surname): exact variants first, then
// names containing every query word, then names within a small edit
// distance. Empty if none.
std::vector<const Person*> match_people(const PersonRegistry& registry, const std::string& query);

}  // namespace indexer
