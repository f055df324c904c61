// Every term of an index with its document frequency, one "TERM FREQUENCY"
// a line, sorted, for the end-to-end tests that compare two indexes: word
// terms (prefix + code, schema version 9) are written as prefix + word
// through the index's code table (indexer::decoded_term), so that indexes
// whose runs gave the codes in another order compare equal, and a code the
// table lacks shows as itself (and so differs).
// Usage: term_dump DB   (an index directory, a stub file or a shard)
#include <cstdio>
#include <iostream>
#include <map>
#include <string>

#include <xapian.h>

#include "indexer/word_codes.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: term_dump DB\n";
    return 2;
  }
  try {
    const Xapian::Database db(argv[1]);
    std::map<std::string, Xapian::doccount> terms;
    for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
      const auto [it, added] = terms.emplace(indexer::decoded_term(db, *t), t.get_termfreq());
      if (!added) {
        std::cerr << argv[1] << ": two terms read as " << it->first << '\n';
        return 1;
      }
    }
    for (const auto& [term, frequency] : terms) std::cout << term << ' ' << frequency << '\n';
  } catch (const Xapian::Error& e) {
    std::cerr << argv[1] << ": " << e.get_description() << '\n';
    return 2;
  }
  return 0;
}
