// Internal to the indexer: a parsed Meeting turned into Xapian documents (one
// for the meeting, one per agenda item), its people resolved to canonical ids
// and its facet values coded. See docs/SCHEMA.md for the terms and values.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "corpus/meeting.h"
#include "indexer/facets.h"
#include "indexer/persons.h"
#include "indexer/store.h"

namespace indexer {

// The documents for `meeting`: the meeting document first, then one per item
// in order, with ids from `meeting_id` (schema::meeting_id());
// `facet_values` holds each document's facet slot, in the same order
// (facet_values()). `file`, if not empty, is the file's canonical path,
// stored in the meeting document (schema::k_file_field) for the server's
// links to the original. The meeting document stores the data of the whole
// file (store::StoredMeeting, packed with `codec`); item documents store none. The virtual terms of the documents' words
// (analyzers::Vocabulary: stems, letter forms, compound parts) go to
// `vocabulary` if given, for the index's vocabulary table (VocabularyTable).
std::vector<Xapian::Document> make_documents(const corpus::Meeting& meeting,
                                             const std::string& meeting_id,
                                             const analyzers::DanishAnalyzer& analyzer,
                                             const std::vector<std::string>& facet_values,
                                             const store::Codec& codec,
                                             const std::string& file = {},
                                             analyzers::Vocabulary* vocabulary = nullptr);

// The facet slot values of `meeting`'s documents (meeting first, then its
// items), giving new values codes in `codes`. The person values are the
// items' person (unit) ids, as resolve_people() left them.
std::vector<std::string> facet_values(const corpus::Meeting& meeting, FacetCodes& codes);

// Replaces the parser's per-file person ids of `meeting` (participants and
// item people) with unit ids from `registry` (PersonRegistry::resolve());
// names in the text that are not people are dropped from the items.
// Returns the writings the registry counted (PersonRegistry::forget()
// takes them back when the file is replaced or deleted).
Writings resolve_people(corpus::Meeting& meeting, PersonRegistry& registry);

// The words of `vocabulary` (a file's, from make_documents()) worth
// suggesting ("Mente du"): the words, not stopwords, that start with a
// letter, 3-40 bytes; each once, in no order.
std::vector<std::string> spelling_words(const analyzers::Vocabulary& vocabulary);

}  // namespace indexer
