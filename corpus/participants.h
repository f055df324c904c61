// Participants: who was listed, in which role and organisation, and who sent
// afbud. Private to corpus/; used by the parsers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/meeting.h"

namespace corpus {

// The canonical person id of a name as written: ASCII-folded, hyphenated
// ("Eva Sejersdal Knudsen" -> "eva-sejersdal-knudsen"). Spelling variants
// across files are joined at search time (see same_person).
std::string person_id(std::string_view name);

// True when two written names are spelling variants of one person's name:
// equal first and last names and middle names that are equal, missing on
// one side, or within two edits ("Daniel Kjærsgaard Simonsen" / "Daniel
// Kjærgaard Simonsen", "Lisbeth Lagoni" / "Lisbeth Kjær Lagoni"), or the
// whole names within one edit ("Pia Buus Pinstrup" / "Pia Buus Pindstrup").
bool same_person(std::string_view a, std::string_view b);

// The same rule on person ids ("daniel-kjaersgaard-simonsen").
bool same_person_id(std::string_view a, std::string_view b);

// An organisation named in `text` ("Region Nordjylland", "Aalborg Kommune",
// "Aalborg Universitetshospital", "Psykiatrien", "PLO-Nordjylland"): the
// byte range [begin, end) of the first one, if any.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::optional<Span> find_organisation(std::string_view text);

// Reads "Name, Role[ i Organisation][ (medformand)][ - mødeleder]" into a
// participant of `group`; nullopt if the line is not a person.
std::optional<Participant> read_participant_line(std::string_view line,
                                                 const std::optional<std::string>& group,
                                                 bool* is_chair);

// Reads the grouped list of a "Deltagere"/"Mødedeltagere" item (sub-headings
// and one person per line), "Ordstyrer:" and "Afbud:" lines, into `m`.
void read_participant_list(const std::vector<std::string_view>& lines, Meeting& m);

// Reads the one-line "Deltagere" cell of the table layout, where people run
// together: "Bente Graversen, Aalborg Kommune (mødeleder) Eva Sejersdal
// Knudsen, Region Nordjylland ... Gæster: ...".
void read_participant_cell(std::string_view cell, Meeting& m);

// Reads a labelled header line of minutes in other layouts: "Mødeleder: X",
// "Referent: X", "Afbud: A og B", "Afbud fra: ...", "Fraværende: ...",
// "Deltagere: Anne Holm, Viborg Kommune, Direktør Bo Jensen - afbud".
void read_labelled_line(std::string_view line, Meeting& m);

// Marks absent the people of phrases such as "Jan Mainz og Pia Buus
// Pindstrup havde meldt afbud" in running text.
void find_absence_phrases(std::string_view text, Meeting& m);

// Splits "Jan Mainz og Pia Buus Pindstrup." or "A, B, C" into names.
std::vector<std::string> split_names(std::string_view list);

// Marks `names` absent: a listed participant with the same or a variant name
// becomes present=false; a name not listed is added as an absent participant.
void mark_absent(const std::vector<std::string>& names, Meeting& m);

// Fills each item's `people` (see Item::people) from its presenter and text.
void find_item_people(Meeting& m);

}  // namespace corpus
