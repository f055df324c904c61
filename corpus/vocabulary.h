// The Danish vocabulary the recogniser reads: header labels, section
// headings, item kinds, title words, boilerplate, job titles, first names and
// municipalities. Language knowledge as data, in one place; the tables
// themselves (with an example from a real document per row) are in
// vocabulary.cc. Private to corpus/.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace corpus::vocabulary {

// What a header label ("Mødedato:", "Til stede", "Fraværende med afbud")
// announces.
enum class Field {
  meeting,       // Møde: the meeting or body as written
  body,          // Udvalg, Forum: the committee
  date,          // Mødedato, Dato
  time,          // Tid, Tidspunkt, Starttidspunkt
  place,         // Sted, Mødested, Lokale
  chair,         // Mødeleder, Ordstyrer, Formand
  minute_taker,  // Referent
  present,       // Deltagere, Til stede, Medlemmer, Fremmødte
  absent,        // Afbud, Fraværende, Ikke til stede
  guests,        // Gæster
  substitute,    // Suppleant
  agenda,        // Dagsorden, Punkter: the agenda list follows
};

// The field a label announces; `folded_label` is case-folded, without the
// trailing colon ("fraværende med afbud"). nullopt for other words.
std::optional<Field> header_field(std::string_view folded_label);

// The section kind a heading names ("Beslutning", "Udvalgets beslutning",
// "Beslutning i Økonomiudvalget den 12. maj 2021", "Behandling i Social- og
// Sundhedsudvalget pkt. 1", "Resume" -> "resumé"); `folded` is case-folded
// without a trailing colon. nullopt if it is no section heading.
std::optional<std::string> section_kind(std::string_view folded);

// True when folded `words` are what a PDF transcript leaves of a date that
// lost its digits: month names, "kl." and punctuation (". maj", ". . :"),
// at least one word. Used for decision headings whose date is gone
// ("Beslutning i Byrådet den . maj").
bool is_date_remnant(std::string_view folded_words);

// A decision heading that names its day, the date lost with its colon, as
// a PDF transcript prints it with the decision after it on the same line:
// "Beslutning den Godkendt.", "Beslutning Byrådet den", "BESLUTNING I
// KOMMUNALBESTYRELSEN DEN Godkendt.", "Beslutning Udvalget for Kultur og
// Fritid den Fraværende: Ingen Godkendt". Returns the heading's length in
// bytes (where the decision's first, capitalised word starts, or the
// line's length when nothing follows), 0 if `line` opens otherwise.
std::size_t dateless_decision_heading(std::string_view line);

// The kind of an agenda item from its folded title ("godkendelse af
// dagsorden" -> "godkendelse"); nullopt when the title does not say.
std::optional<std::string> item_kind(std::string_view folded_title);

// True for the meeting's closing item under its usual name alone, folded:
// "eventuelt", "evt", "eventuelt og næste møde", "evt og næste møde", with
// any ':' or '.' after it ("Evt.", "Eventuelt:").
bool is_closing_item_name(std::string_view folded);

// True for a folded line that is site or page furniture, never content:
// "tilbage til toppen", "udskriv", "fold dette punkt ind", "side 3 af 12",
// a cookie banner.
bool is_boilerplate(std::string_view folded_line);

// The length in bytes of site furniture glued to the start of a folded line
// ("fold dette punkt ind Resume", "luk alle punkter Referat",
// "Indholdsfortegnelse1. Fraværende"), 0 if none.
std::size_t furniture_prefix(std::string_view folded_line);

// An agenda viewer's fold buttons, folded ("fold dette punkt ind", "fold
// dette punkt ud"): the first leads furniture_prefix knows, and what
// drop_fold_buttons (lines.cc) cuts out of a run-on line.
std::span<const std::string_view> fold_buttons();

// " deltog i stedet", " mødte som suppleant": the phrases after one who sat
// in for a member (attendance_phrases.cc reads them; a decision that is only
// such a sentence is no decision: sections.cc).
std::span<const std::string_view> substitute_phrases();

// The length in bytes of a web page's skip link at the start of a folded
// line, its spaces after it included ("skip til hoved indholdet", "gå til
// hovedindholdet", "skip to main content": the first words of every page
// of a site built for screen readers, which a PDF transcript of the page
// runs into its first line), 0 if none.
std::size_t skip_link_prefix(std::string_view folded_line);

// Words that name a document as minutes, at the start of a title:
// "referat", "dagsorden og referat", "beslutningsprotokol". Returns the
// length in bytes of the longest such lead-in of `folded_title` (with the
// following "af mødet i", "fra møde i" ...), 0 if none.
std::size_t title_lead_in(std::string_view folded_title);

// Section headings as a PDF transcript runs them into a line, as written
// (case matters: "Sagsfremstilling", "SAGSFREMSTILLING", "Beslutning"):
// split_run_on starts a new line at each.
const std::vector<std::string_view>& run_on_section_headings();

// True when the word `w`, as written, is one of them ("Beslutning", not
// "beslutning").
bool is_run_on_section_heading(std::string_view w);

// True when the folded `name` ends in a word that names a body that meets
// ("ældrerådet", "social- og sundhedsudvalget", "bestyrelsen", "kkr
// nordjylland" via "kkr", "hmu socialområdet" via "hmu", "psykiatriforum").
bool is_body_name(std::string_view folded_name);

// True when some word of the folded name is a body's word, anywhere
// ("samarbejdsudvalget vedrørende fysioterapi", "midlertidigt udvalg
// vedrørende digital sundhed", "klyngestyregruppe midt"): looser than
// is_body_name, for names a phrase or a title already marks as a body's.
bool has_body_word(std::string_view folded_name);

// The body a word for its meeting names, in the definite form
// ("Bestyrelsesmøde" -> "Bestyrelsen", "menighedsrådsmødet" ->
// "Menighedsrådet", "Klyngerådsmøde" -> "Klyngerådet"), and whether that
// body is an organ of an organisation named after "i" ("bestyrelsesmøde i
// Danske Ældreråd"); nullopt when the word is no such compound.
std::optional<std::pair<std::string, bool>> body_of_meeting_word(std::string_view word);

// The length in bytes of the name of a health cluster's forum at the start
// of a folded body ("direktørforum midt", "politisk sydvestjylland",
// "fagligt strategisk niveau nord"), 0 if none: the cluster's name follows.
std::size_t cluster_forum_prefix(std::string_view folded_body);

// True for the folded label of an item's kind that a title opens with before
// its colon, the title itself after it: "Høring: Forslag til lokalplan
// 12.", "Tema: ...", "Orientering: ...", "Lukket punkt: ...". Not a
// title whose outcome follows its colon.
bool is_kind_label(std::string_view folded);

// The column a minutes table names in its head row, folded, a trailing
// colon cut: the item's title ("punkt", "punkter", "pkt.", "emne",
// "dagsordenspunkt"), what the row is for ("formål", "type"), what came of
// it ("referat", "beslutning", "noter/referat", "bemærkninger"), who
// follows it up ("ansvarlig", "ansv.", "hvem") and when ("tid", "hvornår",
// "deadline"). A table flattened one cell a line prints these names as a
// run of lines over its rows ("Punkter" / "Formål" / "Referat", Trøjborg
// Beboerhus' board; "Tid" / "Punkt" / "Referat", Hadsten Skole's board).
enum class TableColumn { none, item, purpose, outcome, responsible, time };
TableColumn table_column(std::string_view folded);

// True for a folded cell that tells what an agenda table's row is for, the
// cell between its title and its outcome: "orientering", "beslutning",
// "drøftelse", "diskussion og beslutning", "til orientering", "Beslut",
// "Orient.", "orientering/drøftelse".
bool is_row_purpose(std::string_view folded);

// True when the folded sentence records a decision in the words minutes use
// for one: "godkendt.", "dagsordenen blev godkendt.", "taget til
// efterretning.", "drøftet.", "udvalget anbefaler ...", "tiltrådt".
bool is_verdict(std::string_view folded_sentence);

// Whether a word of `ws` (folded words of a sentence) is a verdict word:
// one `is_verdict_word` accepts once its trailing ".,:!" are cut, and that
// does not follow one of `not_after` (what is to come: "skal godkendes",
// "forventes vedtaget"). The one loop of is_verdict() and of sections.cc's
// has_verdict_word(), each with its own words.
template <class Words, class IsVerdictWord>
bool has_verdict_word_in(const Words& ws, IsVerdictWord is_verdict_word, std::span<const std::string_view> not_after) {
  for (std::size_t k = 0; k < ws.size(); ++k) {
    std::string_view w = ws[k];
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':' || w.back() == '!')) w.remove_suffix(1);
    if (!is_verdict_word(w)) continue;
    if (k > 0 && std::find(not_after.begin(), not_after.end(), std::string_view(ws[k - 1])) != not_after.end())
      continue;
    return true;
  }
  return false;
}

// True when the folded line tells of someone arriving late or leaving early
// ("jens holm, a, ankom til mødet kl. 17.32", "pia dahl forlod mødet efter
// punkt 5", "x erklærede sig inhabil og forlod mødet under punkt 29").
bool is_arrival_sentence(std::string_view folded_line);

// True when `folded_word` is a job title that stands before or after a name
// in attendance lists ("kommunaldirektør", "sundhedschef", "borgmester").
bool is_job_title(std::string_view folded_word);

// True when the folded `label` (one to four words, without its colon)
// names a group of people inside an attendance list, not a person: a staff
// or member group ("sekretariatet", "administrationen", "observatører",
// "embedsmænd"), a body ("bestyrelsen", "kommunalbestyrelsen") or "fra" and
// a place or organisation ("fra region midtjylland", "fra kommunerne").
bool is_people_group(std::string_view folded_label);

// True when the folded text speaks of an election or of how a board is
// made up ("på valg dette år", "valg til bestyrelsen", "revisorerne",
// "bestyrelsen konstituerede sig således"): the people it lists hold or
// seek an office, which tells nothing of who came.
bool speaks_of_election(std::string_view folded);

// True when `word` (as written) is a first name known in Danish ("Eva",
// "Jens", "Mette").
bool is_first_name(std::string_view word);

// True for a Danish surname or middle name as written ("Jensen", "Friis",
// "Winther"), also the last part of a double one ("Skawbo-Jensen"). Names
// that are first names too ("Frank", "Steen") are not listed.
bool is_surname(std::string_view word);

// The region of a municipality named as "<Name> Kommune" ("Jammerbugt" ->
// "Region Nordjylland"); nullopt if unknown.
std::optional<std::string> region_of_municipality(std::string_view name);

}  // namespace corpus::vocabulary
