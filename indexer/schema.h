// The index schema: the one place where term prefixes, value slots and
// document ids are defined. Both the indexer and the searcher include it, so
// the two cannot disagree. Documented for people in docs/SCHEMA.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "analyzers/term_codes.h"

namespace schema {

// Boolean term prefixes, following Omega's conventions (Q id, S title,
// D/M/Y date) and X-prefixes for our own fields. Values are folded with
// filter_value() so "klynge:Midt" and "klynge:midt" find the same documents.
inline const std::string k_id = "Q";            // unique document id
inline const std::string k_meeting = "XM";      // meeting id, on the meeting document (items: their Q id begins with it)
inline const std::string k_type = "XT";         // "item" or "meeting"
inline const std::string k_cluster = "XK";
inline const std::string k_region = "XR";
inline const std::string k_forum = "XF";
inline const std::string k_person = "XP";       // canonical person id
inline const std::string k_section = "XS";      // section kind present in the item
inline const std::string k_item_kind = "XI";    // orientering, drøftelse, ...
// On boilerplate items (value 0.0 in k_slot_substance), when the index has
// schema::k_boilerplate_terms_key: the substance boost's posting list
// (searcher/substance.h).
inline const std::string k_boilerplate = "XB";
inline const std::string k_year = "Y";          // Y2024
inline const std::string k_month = "M";         // M202402
inline const std::string k_date = "D";          // D20240208
// Free-text prefix for item titles (terms also added unprefixed).
inline const std::string k_title = "S";

// Free-text prefixes written by analyzers::DanishAnalyzer, which lies below
// this layer and is given them as k_text_prefixes (it defines none itself).
// These are virtual terms: no document holds them. The vocabulary table
// (k_vocabulary_key) gives each the words it stands for, and the searcher
// expands a query's virtual terms to those words under the query's field
// prefix (analyzers::DanishAnalyzer::expand): "ZSklyngemidl" (a title
// stem) becomes OP_SYNONYM of "Sklyngemidler", "Sklyngemidlerne".
// Stems: "Z" + field prefix + stem ("Zklyngemidl", "ZSklyngemidl"); "Z" is
// what Xapian's QueryParser writes under STEM_SOME.
inline const std::string k_stem = "Z";
// Danish letters spelt out, for every word with æ/ø/å or aa/ae/oe, stemmed:
// "Ålborg" -> "ZXAaalborg"; query field "bogstav:".
inline const std::string k_spelt = "XA";
// Danish letters stripped, for words capitalised somewhere (names) only,
// stemmed: "Sørensen" -> "ZXOsorensen"; query field "bogstavfri:".
inline const std::string k_stripped = "XO";
// Stems of compound parts, the last part (the tail) apart:
// "klyngemidlerne" -> "ZXCklyng", "ZXEmidl"; query fields "del:" (any
// part) and "hale:" (tails).
inline const std::string k_part = "XC";
inline const std::string k_tail = "XE";
// The prefixes above as the analyzer takes them. Defined after them: inline
// variables of one header are initialised in the order they are defined.
inline const analyzers::TermPrefixes k_text_prefixes{k_stem, k_spelt, k_stripped, k_part, k_tail};

// Value slots.
enum Slot : Xapian::valueno {
  k_slot_date = 0,  // "YYYYMMDD": sorting and date ranges
  // Every facet value of the document in one slot, as codes (FacetCodes in
  // indexer/facets.h): one ValueCountMatchSpy reads one short value per
  // match, where a spy per facet read one value per facet per match from
  // value streams in different B-tree blocks. Built-in spies only, so
  // remote shards count them too.
  k_slot_facets = 1,
  // sortable_serialise(1.0) for items with substance, 0.0 for boilerplate
  // (Velkomst, Godkendelse af dagsorden, Eventuelt, Deltagere): read by a
  // ValueWeightPostingSource to rank boilerplate below substance.
  k_slot_substance = 2,
  // The meeting document's stored data (store::StoredMeeting: zstd, the
  // index's dictionary), where Xapian::Document::set_data() used to put it.
  // Glass deflates every document data tag with zlib (twice: when added and
  // again in the compaction, since compressed data does not shrink and is
  // kept as it was); value streams live in the postlist table, which it
  // does not compress. Read with stored_data().
  k_slot_stored = 3,
};

// The stored data of a meeting document (store::StoredMeeting), empty for
// an item document.
inline std::string stored_data(const Xapian::Document& doc) { return doc.get_value(k_slot_stored); }

// The facet values of one document, in display form ("Midt", "Region
// Nordjylland", "Direktørforum", "2024", "orientering"); empty when unknown.
struct Facets {
  std::string cluster, region, forum, year, kind;
  std::vector<std::string> people;  // display names, each once
};

// Metadata keys. Keys ending in ':' are prefixes of a family of keys.
// The schema version the index was written with. The searcher and the
// indexer refuse another version with a clear "--rebuild" message.
inline const std::string k_schema_version_key = "schema-version";
// Version 4: ids from the path relative to the indexed folder (was: absolute).
// Version 5: person terms and facet values are unit ids (indexer/persons.h).
// Version 6: stems, letter forms and compound parts are virtual terms, in
// the vocabulary table (k_vocabulary_key) instead of the documents;
// stopwords and the meeting documents' text are not indexed.
// Version 7: a file's stored data once, in its meeting document
// (store::StoredMeeting); item documents store none.
// Version 8: the meeting id term (k_meeting) on the meeting document only;
// an older indexer would delete a file's items by it.
// Version 9: every word term is its field prefix + the word's code
// (analyzers/term_codes.h), not + the word: "klyngemidlerne" is written
// "\x83", its title term "S\x83". The codes are the index's own, in the
// code table (k_word_code_key, k_code_word_key, k_codes_count_key); the
// vocabulary and spelling tables stay in words.
// Version 10: a meeting's stored data in value slot k_slot_stored (was:
// the document data).
inline const std::string k_schema_version = "10";
// "1" in every shard of an index its indexer began with the boilerplate
// term (k_boilerplate) on every boilerplate item: the searcher then reads
// the substance boost from posting lists, else from k_slot_substance.
inline const std::string k_boilerplate_terms_key = "boilerplate-terms";
// Abbreviations learnt from the corpus, "abbr:fsn" -> "fagligt strategisk niveau".
inline const std::string k_abbreviation_key = "abbr:";
// The zstd dictionary of the stored data (indexer/store.h), in every shard.
inline const std::string k_dictionary_key = "zstd-dictionary";
// The person registry (indexer/persons.h), one key per unit (a name in one
// place): "person:<unit id>" -> JSON {"variants": {NAME: COUNT}, "place",
// "region", "listed", "dates"} ("dates": each date as often as files list
// the unit on it).
inline const std::string k_person_key = "person:";
// What each file's meeting wrote of the person units, first shard only:
// "writings:<meeting id>" -> indexer::writings_text() packed by
// store::Codec::pack_text() (as stored data is), so that a file
// replaced or deleted takes its writings back from the units' counts and
// its meeting's date from their dates. Added with no schema version: a file
// indexed before has none, and keeps its writings counted; one indexed
// before dates were written keeps its date.
inline const std::string k_writings_key = "writings:";
// Snapshots (indexer/snapshot.h): tables derived from the whole index,
// written at the end of each indexer run, first shard only, so that a
// reader need not compute them at open. Each value is "<revision>\n"
// followed by the table in a compact binary form, and is used only while
// k_revision_key still holds that revision; otherwise (an index of an
// older indexer, a run killed between commits) the reader computes the
// table as before. Adding them changed no schema version.
// The index's revision: a decimal number the indexer changes in every
// transaction that writes (a new one for each batch of files).
inline const std::string k_revision_key = "revision";
// The people as PersonRegistry::group() forms them from the person units.
inline const std::string k_people_key = "people";
// The regions of each cluster name among the meeting documents
// (indexer::ClusterRegions).
inline const std::string k_cluster_regions_key = "cluster-regions";
// The vocabulary table (indexer/vocabulary.h), first shard only, one key
// per virtual term: "vocab:Zklyngemidl" -> "klyngemidler\nklyngemidlerne\n"
// (the words it stands for, sorted, each ended by a newline).
inline const std::string k_vocabulary_key = "vocab:";
// The facet code table (indexer/facets.h): "facet:<code>" -> value, first
// shard only.
inline const std::string k_facet_key = "facet:";
// The word code table (indexer/word_codes.h), first shard only: "w:<word>"
// -> its code, "c:<code>" -> its word, "codes" -> how many codes were given
// (decimal; the next word gets analyzers::term_code(that number)). A code
// is committed with the first documents that use it or before them, never
// after. Words of deleted files keep their codes.
inline const std::string k_word_code_key{analyzers::k_word_key_prefix};
inline const std::string k_code_word_key{analyzers::k_code_key_prefix};
inline const std::string k_codes_count_key{analyzers::k_codes_key};
// A source file's size and modification time when indexed:
// "src:<16 hex digits of the path's hash>" -> "size:mtime"; see
// source_metadata_key().
inline const std::string k_source_key = "src:";

// The folders (and files given by themselves) the index was made from:
// "root:<16 hex digits of the path's hash>" -> the canonical path, a folder
// ending in '/'; see root_metadata_key(). In the first shard. The server
// serves a document's original file only from inside one of them.
inline const std::string k_root_key = "root:";

// Stored data of a meeting document: the key holding the file's canonical
// path when indexed (absolute, symlinks resolved). The searcher never shows
// it; the server opens the original by it (inside a root only).
inline const std::string k_file_field = "file";

// True for the section kinds that record what was decided, Beslutning and
// Referat (`kind` as corpus::Section::kind, folded): their words weigh more
// in the index and their snippet is shown first.
inline bool is_decision(std::string_view kind) { return kind == "beslutning" || kind == "referat"; }

// Document types.
inline const std::string k_type_item = "item";
inline const std::string k_type_meeting = "meeting";

// Folds a filter value (case, NFC) for use in a boolean term.
std::string filter_value(std::string_view value);

// prefix + filter_value(value); values too long for a Xapian term are
// shortened and suffixed with a hash so the term stays unique.
std::string boolean_term(const std::string& prefix, std::string_view value);

// Stable id of a meeting: 12 hex digits of a 64-bit FNV-1a hash of its id
// source, the file's path relative to the indexed folder's parent
// ("sample/000_f3d2.txt"), so that ids, and links to them, survive moving
// the corpus elsewhere (and corrections to a file's text, which a content
// hash would not). See Indexer::id_source().
std::string meeting_id(std::string_view id_source);

// Id of the item at 1-based position `position` in its meeting: "<meeting>-<n>".
std::string item_id(const std::string& meeting_id, std::size_t position);

// The meeting id part of any document id ("3f2a...-4" -> "3f2a...").
std::string meeting_id_of(std::string_view document_id);

// Metadata key under which the indexer records a source file's size and
// modification time, to skip unchanged files quickly.
std::string source_metadata_key(std::string_view canonical_source);

// Metadata key under which the indexer records an indexed root (k_root_key).
std::string root_metadata_key(std::string_view canonical_root);

}  // namespace schema
