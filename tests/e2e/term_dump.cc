// Every term of an index with its document frequency, one "TERM FREQUENCY"
// a line, sorted, for the end-to-end tests that compare two indexes: word
// terms (prefix + code, schema version 9) are written as prefix + word
// through the index's code table (indexer::decoded_term), so that indexes
// whose runs gave the codes in another order compare equal, and a code the
// table lacks shows as itself (and so differs).
// Person terms hold unit ids, which depend on the order the index met the
// names in (indexer/persons.h: "hanne-madsen" is whoever came first, and an
// index grown by runs meets names in another order than a clean run when
// early files were deleted); they are written as the person (every way its
// name was written, and its places) with the number of documents naming
// that person, so that indexes holding the same people compare equal. (Not
// by label: a label tells namesakes apart by years, and an index keeps the
// dates of meetings whose files were since replaced or deleted.) A unit no
// person holds shows as itself.
// Usage: term_dump DB   (an index directory, a stub file or a shard)
#include <iostream>
#include <map>
#include <set>
#include <string>

#include <xapian.h>

#include "indexer/persons.h"
#include "indexer/schema.h"
#include "indexer/word_codes.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: term_dump DB\n";
    return 2;
  }
  try {
    const Xapian::Database db(argv[1]);
    indexer::PersonRegistry people;
    people.load_people(db);
    std::map<std::string, Xapian::doccount> terms;
    std::map<std::string, std::set<Xapian::docid>> documents_of_person;
    const std::string& prefix = schema::k_person;
    for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
      const std::string term = *t;
      if (term.starts_with(prefix)) {
        std::string person = term;
        if (const indexer::Person* p = people.find(term.substr(prefix.size()))) {
          person = prefix + "=";
          for (const auto& variant : p->variants) person += (person.size() > 3 ? " | " : "") + variant;
          person += " [";  // what tells namesakes apart
          for (const auto* places : {&p->organisations, &p->regions})
            for (const auto& place : *places) person += place + ";";
          person += "]";
        }
        auto& documents = documents_of_person[person];
        for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) documents.insert(*p);
        continue;
      }
      const auto [it, added] = terms.emplace(indexer::decoded_term(db, term), t.get_termfreq());
      if (!added) {
        std::cerr << argv[1] << ": two terms read as " << it->first << '\n';
        return 1;
      }
    }
    for (const auto& [person, documents] : documents_of_person) terms.emplace(person, documents.size());
    for (const auto& [term, frequency] : terms) std::cout << term << ' ' << frequency << '\n';
  } catch (const Xapian::Error& e) {
    std::cerr << argv[1] << ": " << e.get_description() << '\n';
    return 2;
  }
  return 0;
}
