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

// True when `name` reads as a personal name: 2-6 capitalised words (particles
// such as "von" aside), no digits, not an organisation.
bool looks_like_name(std::string_view name);

// One person read from an attendance value.
struct PersonEntry {
  std::string name;
  std::optional<std::string> role;          // job title, party letter, "(formand)"
  std::optional<std::string> organisation;
  bool afbud = false;                       // "- afbud", "(afbud)"
  bool came = false;                        // "X indkaldt", "X deltog" inside an Afbud list
  std::vector<std::string> replaces;        // "(suppleant for X)", "i stedet for X"
};

// Reads the people of an attendance value in any of the forms Danish minutes
// use: one per line, two per line, "A, B og C", or run together with
// organisations ("Carsten Pedersen, Finansrådet Mogens Christensen, WM-data"),
// where a person's name starts at a first name known in Danish. Job titles
// and party letters before or after a name ("Kommunaldirektør", "(A)")
// become the role; pieces that are only an organisation belong to the person
// before them. With `stop_at_prose` (an attendance label's value), the list
// ends where it runs on into the minutes' text: at a name followed or
// preceded by three or more lower-case words that are no role or note
// ("Afbud: Peter Krogh Bestyrelsesformanden åbnede mødet med ..."). With
// `absence` (an absence list), a run of job titles and names stays one
// entry with its roles.
std::vector<PersonEntry> read_person_entries(std::string_view value, bool stop_at_prose = false, bool absence = false);

// True when every part of `line` is a person's name, maybe with a job
// title before it, a role after a comma or a note in parentheses: "Bo
// Jensen", "Anne Holm (A), Carl Dahl og Dorte Friis", "Direktør Eva Berg,
// formand". A sentence, an organisation or a heading is no such list.
bool is_name_list(std::string_view line);

// True when the word "afbud" between `before` and `after` is the status of
// the entry before it in a run of "Role Name, Organisation" entries (a
// flattened table: "Bestyrelsesmedlem Jesper Hempler, Kerteminde Afbud
// Bestyrelsesmedlem ..."), not a label: `before` ends with a name, a comma
// and an organisation, and `after` is empty or opens with a job title.
bool entry_status_word(std::string_view before, std::string_view after);

// True when the "Afbud" at `at` (of `size` bytes) in `line` is the status of
// the name before it in a roster where only the absent carry one, as a
// list of one member a line writes it ("Ann-Sofie Rosted Afbud" / "Susan
// Frandsen Afbud" / "Nis Madsen") and a PDF transcript runs it into one
// line: another "Afbud" after a name near it.
bool roster_afbud_status(std::string_view line, std::size_t at, std::size_t size);

// True when an absence word ("Afbud", "Fraværende") between `before` and
// `after` is a status in a flattened attendance table, not a label: after a
// role ("Lars Bach Medlem Afbud Merete ...") or after an entry's
// organisation (entry_status_word).
bool absence_word_is_status(std::string_view before, std::string_view after);

// True when `text` speaks of absence or gives its reason: "deltog ikke i
// punkterne 2 - 11", "grundet tjenesterejse", "havde meldt afbud pga.
// sygdom".
bool speaks_of_absence(std::string_view text);

// "Villy Søvndal, F - Tine Hundahl Jensen stedfortræder" (an absentee, a
// dash, the substitute who came and the word) rewritten as an absence
// list's note reads it: "Villy Søvndal, F, suppleant Tine Hundahl Jensen
// deltog i stedet"; other lines unchanged.
std::string substitute_after_dash(std::string_view value);

// Adds the people of a "Deltagere"/"Til stede"/"Gæster" value to `m` under
// `group`. Names marked afbud, and the people a substitute replaces, are
// appended to `absent` (marked later, once every list is read).
void read_people(std::string_view value, const std::string& group, Meeting& m,
                 std::vector<std::string>& absent);

// The names of an "Afbud"/"Fraværende" value. A substitute named there ("X,
// Y indkaldt", "Y deltog") is added to `m` as present.
std::vector<std::string> absent_names(std::string_view value, Meeting& m);

// Attendance written as prose anywhere in the text: "X og Y havde meldt
// afbud", "Alle medlemmer var mødt undtagen X", "X udeblev", "Y deltog som
// suppleant for X", "X havde meldt afbud, og Y deltog i stedet", and per
// item "X deltog ikke i behandlingen af punkt 4 og 7" / "X forlod mødet
// under punkt 5" (stored in Item::absent). `minutes_header`: the size of
// the text's header (before the first item) when the document is the
// minutes (0 for an agenda): a guest's "X deltager." there came.
void find_attendance_phrases(std::string_view text, Meeting& m, std::size_t minutes_header = 0);

// The people who took no part in the item whose text is `text`: "Brian
// Høier (A) og Maria Gudme (A) deltog ikke i sagens behandling".
std::vector<std::string> item_absence(std::string_view text);

// Splits "Jan Mainz og Pia Buus Pindstrup." or "A, B, C" into names.
std::vector<std::string> split_names(std::string_view list);

// Marks `names` absent: a listed participant with the same or a variant name
// becomes present=false; a name not listed is added as an absent participant.
void mark_absent(const std::vector<std::string>& names, Meeting& m);

// True when an item's folded title elects the meeting's officers: "Valg af
// dirigent", "Valg af referent og stemmetællere", "Valg af ordstyrer".
bool elects_officers(std::string_view folded_title);

// The people an officers' item names in its first lines ("Tonny Rasmussen,
// Borup, blev valgt.", "Bestyrelsen foreslår Erik Larssen", "Jette",
// "Stemmetællere Ove have 30 og Elke have 50") chaired, took the minutes
// or counted the votes: they were there. A first name alone counts with
// `first_names` (the minutes list no one present), unless a listed person
// has it.
void read_officers(const std::vector<std::string_view>& lines, bool first_names, Meeting& m);

// Fills each item's `people` (see Item::people) from its presenter and text.
void find_item_people(Meeting& m);

// A council roster run together as a PDF transcript prints it, each member
// closed by a party letter ("Tilstede Helle Holm (A) - formand Bo Dahl (F)
// ...", "Byrådsmøde Jens Holm (Borgmester)(V), Ole Bak(V), ..."): the
// names, when `line` holds three such members or more; else empty.
std::vector<std::string> party_roster(std::string_view line);

}  // namespace corpus
