// What the parts of the recogniser share (private to corpus/; the public
// entry points are in corpus/parser.h). The recogniser is split by job:
//   lines.cc   the line model: blocks to lines with their cues, site and page
//              furniture dropped, run-on PDF lines split;
//   items.cc   item heads (numbered forms, agenda and table of contents as
//              evidence, unnumbered items): find_items() runs the passes of
//              items_contents.cc, items_numbered.cc and items_unnumbered.cc
//              over one ItemScan (items_scan.h);
//   contents.cc tables of contents in their printed and run-on forms;
//   sections.cc the sections of an item: section headings, decisions and
//              outcomes;
//   header.cc  header labels and their values, the title, body, cluster,
//              forum, region and the meeting's date;
//   participants.cc attendance labels, lists and person entries;
//   attendance_phrases.cc attendance told in sentences
//              (find_attendance_phrases; participants_internal.h);
//   parser.cc  the orchestration: parse_document and friends.
// See docs/ARCHITECTURE.md §4 for the rules.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/meeting.h"
#include "corpus/text.h"
#include "corpus/vocabulary.h"
#include "formats/document.h"

namespace corpus::recog {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A capital letter (ICU) or an opening quotation mark: how a title starts.
inline bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] == '"' || s[0] == '\'') return true;
  return text::starts_capital(s) || text::starts_with(s, "«") || text::starts_with(s, "„") ||
         text::starts_with(s, "“");
}

// A small letter opening `s`: a-z or a two-byte letter led by 0xC3 that is
// not a capital ("æ", "ø", "å", "é", "ü"): how a verb or a sentence's
// continuation starts.
inline bool starts_lower(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  return (c >= 'a' && c <= 'z') || (c == 0xC3 && !text::starts_capital(s));
}

// A small letter closing `s`: a-z, "æ", "ø" or "å" (0xC3 0xA6/0xB8/0xA5),
// the end of a sentence's last word ("... godkendt", "... på").
inline bool ends_small_letter(std::string_view s) {
  if (s.empty()) return false;
  const auto b = static_cast<unsigned char>(s.back());
  return (b >= 'a' && b <= 'z') || (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC3 &&
                                    (b == 0xA6 || b == 0xB8 || b == 0xA5));
}

// ---------------------------------------------------------------- lines (lines.cc)

// A header label read at the start of a line and its value.
struct Labelled {
  vocabulary::Field field;
  std::string value;  // may be empty: the value follows on the next lines
  bool had_colon = false;
};

// One line of the document with the cues of the block it came from.
struct Line {
  std::string text;  // trimmed; a table row's cells joined by '\t'
  std::vector<std::string> cells;
  bool heading = false;  // a heading block, or a line wholly in bold
  bool bullet = false;   // a list item: a bullet or dash before it, or a list block
  int page = 0;
  // A new paragraph starts here: a blank line before it in plain text, or
  // the first line of a block of another format. False for the further
  // lines of one paragraph and for the rows of a table after its first.
  bool gap_before = true;
  // Plain text only: the spaces (a tab counting as one) before the line's
  // first character, where a nested list shows its depth (" 1. Budget" /
  // "  1. Status" is a point of item 1); 0 in other formats and for the
  // further pieces of a split line.
  int indent = 0;
  // label_of() of this line, once computed (the recogniser asks often).
  mutable std::optional<std::optional<Labelled>> label;
};

// Replaces lines[j] by one line per piece, in order, the line's label
// dropped: the first piece keeps the line's gap and indent, the others get
// indent 0 and gap_before = `gap` (false: further lines of its paragraph).
void replace_by_pieces(std::vector<Line>& lines, std::size_t j, std::vector<std::string> pieces, bool gap = false);

// The document's lines with their cues: furniture and bullets dropped, run-on
// PDF lines split before header labels and numbered items, headings glued to
// the line before split off.
std::vector<Line> lines_of(const formats::Document& doc);

// The pieces of one run-on page line: an unnumbered item's title run into the
// end of the piece before its first section heading becomes a piece of its
// own (run_on_titles.cc).
void split_titles_before_sections(std::vector<std::string>& pieces);

// The pieces of one run-on page line: the approval item's title run into its
// outcome ("Godkendelse af referat Godkendt", "Godkendelse af dagsorden
// Dagsordenen blev godkendt") becomes a piece of its own (run_on_titles.cc).
void split_approval_outcomes(std::vector<std::string>& pieces);

// The pieces of one run-on page line: short titles closed by a full stop
// after a sentence's end ("... uden bemærkninger. Orientering. Det har
// været ..."), three or more, become pieces of their own; returns, for each
// piece after, whether it opens a paragraph (the titles and the text after
// each), empty when none is split (run_on_titles.cc).
std::vector<bool> split_dot_titles(std::vector<std::string>& pieces);

// A table of contents a PDF transcript ran into one line, item numbers and
// page numbers among the titles ("Indholdsfortegnelse Pkt. Tekst Side 1
// Godkendelse af dagsorden 3 2 Ny cykelsti ved skolen 3 ..."), over one
// line or the pieces it was split into: its words after the heading, joined
// by spaces, up to `body_begin`, the first line a section heading follows.
struct RunOnContents {
  std::string text;
  std::size_t begin = 0, body_begin = 0;
};
std::optional<RunOnContents> run_on_contents_of(const std::vector<Line>& lines);

// An agenda list that a transcript ran into one line ("Dagsorden: 1.
// Generalforsamling. 2. Hjælpepakker ...") split into its entries, and the
// entries' heads that the body runs into its text ("10. Eventuelt Ad 1.
// Vedtagelse af dagsorden Den udsendte dagsorden blev godkendt. Ad 2. ...")
// split off as lines of their own. (agenda_lines.cc)
void split_agenda_list_echoes(std::vector<Line>& lines);

// "J.nr. 01.02.03", "Sagsnr. 14/233" after a title: where the case's
// number starts in `line`, or npos.
std::size_t case_number_at(std::string_view line);

// "DIHAJP / 06/17018", "/ Lene Fuglsang", "/4492" after a title: where the
// slash that a transcript's case line puts between the title and the case's
// number or caseworker starts its mark in `line` (at the initials before
// it, if any), or npos.
std::size_t case_mark_at(std::string_view line);

// How many of `line`'s last words repeat a title of such a stream, bounded
// there by a number (the title's own or its page's); 0 when none do. With
// `cased` (the line is all the text before its case's number or caseworker,
// "Idrætspolitik / Lene Fuglsang"), the whole line needs no number before
// it in the stream: a contents that lost its numbers ends it with the next
// title's capital.
std::size_t echoed_title_words(const std::vector<std::string_view>& stream, std::string_view line, bool cased = false);

// The lines' texts joined by '\n'.
std::string all_text(const std::vector<Line>& lines);

// ---------------------------------------------------------------- items (items.cc)

// An item title without time ranges and durations at its end ("(9.05 -
// 9.55)", "- 40 min", an empty "( )").
std::string clean_title(std::string_view title);

// "Organisering af X v/ Mikkel, Daniel og Henrik" -> the title and the
// presenter ("Mikkel, Daniel og Henrik").
std::pair<std::string, std::optional<std::string>> split_presenter(std::string_view title);

// True when `title` reads as an item title rather than a sentence or a list
// entry: short, starting with a capital, no sentence end.
bool title_shaped(std::string_view title);

// Whether `s` opens with a title quoted in Danish typesetting ("”Miljø
// aktivitetsudvalg” - skal vi ...", "” Landskab for alle”"): "”", a space
// at most, a capital, the quotation closed within six words (lines.cc).
bool quoted_title_start(std::string_view s);

// Two titles of one item: equal, or one the start of the other, compared
// without case and punctuation.
bool same_title(std::string_view a, std::string_view b);

// The agenda's group label `line` opens ("Sager til beslutning", "Sager til
// orientering:", "Beslutningssager", "Åbne punkter", "Lukket møde"): a label over the
// titles of one kind, never an item. Returns its length in bytes with its
// colon, 0 when the line opens with none (or goes on as prose: "Sager til
// orientering, underpunkt 3").
std::size_t agenda_group_prefix(std::string_view line);
// An agenda group named by its kind of cases ("Økonomisager", "Politiske
// sager:"): its length at the start of `t`, or 0 (lines.cc).
std::size_t case_group_label(std::string_view t);

// An item head found in the lines.
struct ItemHead {
  std::size_t line = 0;
  std::optional<int> number;
  std::string title;
  std::size_t body_begin = 0;  // first line of the item's body
  // An agenda entry whose heading the text never reaches (an excerpt cut
  // off, an agenda without case texts): an item with no body.
  bool listed_only = false;
  // Text on the head's own line after the title: the outcome a flattened
  // list writes after it ("3. Godkendelse af dagsorden, godkendt", "6.
  // Høringssvar. Der var ingen bemærkninger.").
  std::string text;
  std::string text_kind;  // the section `text` opens ("beslutning"); empty: text
};

// "Godkendelse af dagsorden, godkendt" -> the title and the outcome written
// after it ("godkendt"); "Høringssvar. Der var ingen bemærkninger." -> the
// title and the sentence after it. The outcome is empty when there is none.
std::pair<std::string, std::string> split_outcome(std::string_view title);

// A person a numbered roster names (items_numbered.cc drop_rosters).
struct RosterPerson {
  std::string name;
  bool present = true;
};

// The items of a document: their heads in document order, and the lines that
// belong to a table of contents or agenda list (never items, never content).
struct Outline {
  std::vector<ItemHead> heads;
  std::vector<bool> listing;
  std::vector<RosterPerson> roster;  // the people of numbered lists read as no items
  // The line after an agenda whose entries are the items and whose minutes
  // follow as paragraphs that repeat none of them (read_agenda_of_blob):
  // the minutes, kept with the first item.
  std::optional<std::size_t> minutes_from;
};

// Finds the item heads of `lines` (see docs/ARCHITECTURE.md §4.3).
Outline find_items(const std::vector<Line>& lines);

// A line of a case's particulars between its title and its first section:
// its number, openness ("Åben sag"), who handles it ("Sagsbehandler: ..."),
// who decides ("Sagen afgøres i: Byrådet").
bool case_meta_line(std::string_view t);
// A line that opens with a case's KLE number ("27.15.00P35-0007 ...").
bool opens_with_kle_number(std::string_view t);
// "2. behandling af budget 2022": a title opening with a recurring case's
// ordinal (items.cc).
bool opens_with_ordinal_case(std::string_view title);
// "At der udstedes byggetilladelse": a numbered recommendation's clause,
// never an item's title (items.cc).
bool opens_recommendation(std::string_view title);
// " - " / " – " before a capitalised title after an item's number ("1 -
// Godkendelse af dagsorden"): its length, else 0 (items.cc).
std::size_t spaced_dash_separator(std::string_view rest);

// "1.", "3.1.", "12": a number alone on its line.
bool number_only_line(std::string_view t);

// A title's key for comparing titles: folded, without its time slot,
// presenter and closing punctuation.
std::string key_of(std::string_view title);

// ---------------------------------------------------------------- contents (contents.cc)

// The title of a table-of-contents entry ("Deltagere.....\t3"), if `line` is one.
std::optional<std::string> toc_entry(const Line& line);

// One row of a table of contents whose cells a PDF printed on lines of
// their own: the item's number, its title (on one or two lines), the page
// number ("3" / "Godkendelse af dagsorden" / "2").
struct TocRow {
  int number = 0;
  int page = 0;
  std::string title;
  std::size_t end = 0;  // the line after the row
};

// A table of contents under a heading line of its own ("Sagsoversigt",
// "Indholdsfortegnelse"), as Danish agenda systems export it: column heads
// ("Side", "Sag nr. Side"), then its entries, the number often on a line
// of its own ("01." / "Godkendelse af dagsorden.......4", a long title
// wrapped, the dot leader and page number on the last line, or a column of
// numbers "79." / "80." before a column of titles). Its lines [begin, end)
// are the listing: up to the first numbered title whose number the table
// listed before (the body's heading, "79. Meddelelser"), else up to its
// last entry. `entries` are the (number, title) rows read whole.
struct HeadedContents {
  std::size_t begin = 0, end = 0;
  std::vector<std::pair<int, std::string>> entries;
};

// The rows of a table of contents whose cells a PDF printed on lines of
// their own, from lines[i]: three rows or more, the numbers rising and the
// pages never falling; else none.
std::vector<TocRow> toc_rows(const std::vector<Line>& lines, std::size_t i);

// The table of contents under a heading line of its own, if any.
std::optional<HeadedContents> headed_contents(const std::vector<Line>& lines);

// The titles of a table of contents a PDF transcript ran into lines[i]
// without its numbers; empty when the line is none.
std::vector<std::string> run_on_contents(const std::vector<Line>& lines, std::size_t i);

// The titles of a table of contents run into one line after the page's
// header, its heading in the line ("... Følgende sager behandles på mødet
// Side ...", "... Indholdsfortegnelse ..."), or one whose entries end with
// dot leaders; empty when `t` is none (contents.cc).
std::vector<std::string> headed_run_contents(std::string_view t);
std::vector<std::string> dotted_run_titles(std::string_view run);

// The titles of an agenda system's table of contents run into one line with
// a status ("Åbent", "Lukket") after each title; empty when `t` is none.
std::vector<std::string> status_marked_contents(std::string_view t);
// A table of contents run into one line whose entries each give the
// status in brackets after their number ("Indholdsfortegnelse 1 (Åben)
// Godkendelse af dagsorden 4 2 (Åben) ..."): its titles, or nothing.
std::vector<std::string> numbered_status_contents(std::string_view t);

// How many of a run-on table of contents' entries the text from lines[body]
// reaches (all of them when it heads none).
std::size_t reached_entries(const std::vector<Line>& lines, std::size_t body, const std::vector<std::string>& entries);

// Adds to `o` the heads of a run-on table of contents' items that the body
// repeats, each title alone on its line over a section heading or its
// case's number.
void add_contents_echo_heads(const std::vector<Line>& lines, Outline& o);

// True when a sentence of an item's text starts at `word` in a head that a
// transcript ran into its text ("4. Orientering fra formanden Formands-
// meddelelse udsendt", "5. Orientering fra administrationen Hjælpemidler,
// der ..."): a capitalised word after a lower-case word that joins no name
// to it (not "for Region Midtjylland"), and a lower-case word after it.
bool text_starts_at(std::string_view before, std::string_view word, std::string_view after);

// The titles of a table of contents run together without their numbers, in
// order (contents.cc).
std::vector<std::string> split_run_titles(std::string_view run);

// ---------------------------------------------------------------- sections (sections.cc)

// A section heading of an item ("Beslutning", "Beslutning: Godkendt.").
struct SectionHead {
  std::string kind;
  std::string heading;  // as written
  std::string text;     // text on the heading's own line ("Beslutning: Godkendt")
};

// The section heading `line` is, if any.
std::optional<SectionHead> section_head(std::string_view line);

bool is_section_line(const Line& l);

// Adds one body line to `item`: a section heading opens a section, other
// text goes to the current section ("tekst" before the first heading).
// With `plain`, the line is text even if it reads as a heading.
void add_item_line(Item& item, std::string_view line, bool plain = false);

// True when lines[i] is "Referat" (or "Dagsorden", "Beslutningsprotokol")
// naming the document, not a section: alone, and the next line goes on
// with the title ("til" / "mødet i Psykiatriforum"), a date or a header
// label.
bool names_document(const std::vector<Line>& lines, std::size_t i);

// An item without a decision section whose text opens with a verdict
// ("Godkendt.", "Dagsordenen blev godkendt.", "Drøftet.") - minutes that
// write the outcome right under the title - has that text as its decision.
void mark_verdict(Item& item);
// "1 Dagsorden godkendt.", "3 Den udsendte dagsorden blev godkendt.": an
// item whose title is itself its verdict on the agenda or the minutes has
// the title as its decision too (sections.cc).
void mark_verdict_titles(std::vector<Item>& items);

// Removes the decision sections (Beslutning, Referat) that hold no text: a
// heading not yet filled in, or a web page's tab printed after the
// decision, is no decision.
void drop_empty_decisions(Item& item);

// "Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:", "Beslutning fra
// Rådet ..., 3. november 2025, pkt. 93:": a decision heading that cites
// another meeting's protocol (its day and item number) quotes that meeting's
// decision in the case's history; when the day is not this meeting's, the
// section is text, not this meeting's decision (sections.cc).
void demote_cited_decisions(Meeting& m);

// Short minutes that write each item's outcome under its title, with no
// section headings anywhere ("1. Valg af ordstyrer" / "Lisbet ordstyrer." /
// "2. Godkendelse af dagsorden" / "Godkendt." / "3. Klage fra borger" /
// "Menighedsrådet besvarer klagen."): each item's text is its minutes
// (kind "referat"). Evidence that the text is the outcome: two items or
// more open with a verdict, or `names_minutes` (the document calls itself
// "Referat" or names its minute taker) and three items or more. Items of
// attendance stay text.
// Minutes that keep each item's agenda text and add the outcome as a
// paragraph of its own ("Planafdelingen vil på mødet give en status." /
// "Gitte Holm fortalte om arbejdet ..."), two items or more so, have the
// paragraphs after the agenda's as their minutes. `paragraphs[k]` holds the
// first lines of the paragraphs of items[k]'s body, in order (may be
// shorter than `items`).
void mark_outcomes(std::vector<Item>& items, const std::vector<std::vector<std::string>>& paragraphs,
                   bool names_minutes);

// ---------------------------------------------------------------- header (header.cc)

// The header label `line` starts with, if any (cached on the line).
std::optional<Labelled> label_of(const Line& line);

// True when the folded line's date is not the meeting's: when the page was
// printed, published or updated ("Udskrevet den 3. maj 2024", "Opdateret:
// ..."), a deadline ("Svarfrist 1. december") or the next meeting.
bool is_document_date_line(std::string_view folded);

// The meeting's date in a title line: the date its meeting phrase names
// ("Den 20. april 2016 UDKAST - Referat af Skovrådets 8. ordinære møde den
// 6. april 2016" -> 2016-04-06; a letter's date comes first), else its
// first date; nullopt when it has none.
std::optional<std::string> title_date(std::string_view title);

// The date a heading that cites a protocol quotes: a date and ", pkt. N"
// ("Økonomiudvalget, 18. september 2019, pkt. 153:"), the form agenda systems
// use to quote a case's earlier treatment (Rødovre, Roskilde, Frederikssund);
// nullopt for any other line (sections.cc).
std::optional<std::string> cited_protocol_date(std::string_view heading);

// True when the attendance label at lines[i] (an item's body from `begin`)
// stands in another meeting's decision the item quotes: below a heading
// that cites that meeting's protocol, "<Body>, <date>, pkt. N:", dated
// other than the meeting's `date`, no section heading between ("Plan,
// Miljø og Teknik, 7. januar 2020, pkt. 207:" / "Ikke til stede: Helen
// Sørensen (A)": that committee's absentee, not the council's).
bool in_cited_decision(const std::vector<Line>& lines, std::size_t begin, std::size_t i,
                       const std::optional<std::string>& date);

// True for the fields whose values are people (present, absent, guests,
// substitutes).
bool is_people_field(vocabulary::Field f);

// The value of the label `lab` read at lines[i] (for attendance also the
// list on the lines after it, up to `end`); `last` becomes the last line taken.
std::vector<std::string> label_value(const std::vector<Line>& lines, std::size_t i, std::size_t end,
                                     const std::vector<bool>& listing, const Labelled& lab, std::size_t& last);

// True when `line` ends a comma list in a name's first part (first names
// or initials after its last comma) and `next` opens with the rest of that
// name ("..., Mette" / "Mathiasson (Me), ..."): the page's width wrapped it.
bool wraps_a_name(std::string_view line, std::string_view next);

// A person's initials ("AH", "BJ", "TRF", "ØH"): two to four capital
// letters, not an organisation's abbreviation ("KL", "PLO", "FOA").
bool is_initials(std::string_view w);

// The lines of an attendance list joined by line breaks, except where the
// page's width wrapped a name ("..., Mette" / "Mathiasson (Me), ..."): there
// by a space.
std::string join_list_lines(const std::vector<std::string>& lines);

// Reads the people of a label's value into `m`; names marked absent are
// appended to `absent`.
void read_people_value(const std::vector<std::string>& lines, vocabulary::Field field, Meeting& m,
                       std::vector<std::string>& absent);

// The title: the first line, joined with the lines that continue it when it
// is only a lead-in. Returns the number of lines it takes.
std::size_t title_lines(const std::vector<Line>& lines, std::string& title);

// The body a title names ("Referat af mødet i Praksisplanudvalget den 3.
// marts 2025" -> "Praksisplanudvalget"); nullopt when it names none.
std::optional<std::string> body_of_title(std::string_view title);

// Where a title starts after a transcript page's number and a letter's date
// ("1 9. august 2013 Referat fra møde i Gudenåkomitéen/VOS 7. juni 2013
// ..." -> "Referat fra ..."): the offset of a lead-in that only a page
// number and a date stand before; 0 when there is none.
std::size_t title_after_page_and_date(std::string_view line);

// Where a title starts after a few words of the page's top that a
// transcript's first page line prints before it ("Abonnér Referat til
// mødet i X den ...", "... forsiden X - Referat - 03. oktober 2011"): the
// offset of a lead-in, or of a name before " - Referat", among the first
// twenty-five words; 0 when there is none.
std::size_t title_after_page_top(std::string_view line);

// A body's name written straight before the paper's kind, with no dash
// between ("Kultur- og udviklingsudvalget REFERAT", "Økonomiudvalget Referat
// fra ordinært møde", "Byrådet Referat fra møde Tirsdag den ..."): the words
// before the kind when they name a body; nullopt otherwise.
std::optional<std::string> name_before_paper_kind(std::string_view t);

// A transcript page's first line that opens with the body's name and the
// paper's kind ("1 Byrådet Referat fra møde Tirsdag den 25. marts 2014 ...",
// "1 Økonomiudvalg Referat Møde 22. marts 2011 ..."): that name, from the
// header's first lines; nullopt when none opens so.
std::optional<std::string> body_of_page_line(const std::vector<Line>& lines, std::size_t end);

// The body a decision heading names ("Økonomiudvalgets beslutning" ->
// "Økonomiudvalget").
std::optional<std::string> body_from_sections(const std::vector<Line>& lines);

// The body running text names as the one that met: "Mødet i X begyndte
// ...", else the body most often the subject of a decision ("at
// Lokaludvalget godkender dagsordenen"); nullopt when none.
std::optional<std::string> body_from_running_text(const std::vector<Line>& lines);

// The body the document's opening sentence (one of its first three lines,
// with a date) names as meeting: "Torsdag den 3. marts 2011 kl. 16 er der
// møde i Regionsrådet for Region Sjælland." -> "Regionsrådet",
// "Generalforsamling i Grundejerforeningen Solbakken, den 3. maj 2019" ->
// "Grundejerforeningen Solbakken"; nullopt when it names none (or another
// meeting: "referat af mødet i X den ...").
std::optional<std::string> body_of_opening_sentence(const std::vector<Line>& lines);

// The committee a web agenda prints on every case between the case's
// number and its access ("Sagsnr. 249393 Udvalget for Vækst, Erhverv og
// Globalisering Åbent punkt"), when all its cases name one; nullopt else.
std::optional<std::string> body_of_case_numbers(const std::vector<Line>& lines);

// The body a decision heading of the comma form names ("Landdistriktsudvalget,
// 15.03.2018") when its date is the meeting's `date` (or, without one, when
// all such headings name one body).
std::optional<std::string> body_from_treatments(const std::vector<Line>& lines, const std::optional<std::string>& date);

// The association whose minutes these are, as its page or letterhead
// prints its name among the first lines before `end` (the first item): a
// line with an association's word ("GRUNDEJERFORENINGEN HØJBOPARKEN",
// "Karrebæksminde Fiskeri- og Bymuseum", "Virksund Sejlklub"), "H/F" or
// "A/B" before a name ("H/F Prøvestenen"), or a name in capitals of two
// words or more, also over two lines ("KROP & SIND" / "FAVRSKOV"). Never a
// label, a lead-in, a meeting ("BESTYRELSESMØDE", "Generalforsamling"), a
// section or item title, a line with digits, or a person ("ANNE HOLM").
std::optional<std::string> association_of_header(const std::vector<Line>& lines, std::size_t end,
                                                 const std::vector<bool>& listing);

// Reads the header lines [begin, end) (labels, attendance, date) into `m`.
void read_header(const std::vector<Line>& lines, std::size_t begin, std::size_t end,
                 const std::vector<bool>& listing, Meeting& m);

// Cluster and forum from a body such as "Direktørforum Sundhedsklynge Midt".
void read_cluster_and_forum(std::string_view body, Meeting& m);

// "Politisk" -> "Politisk niveau"; first letter upper-cased otherwise.
std::string normalise_forum(std::string_view forum);

// Sets m.region from names, postcodes and organisations, never guessed.
void infer_region(Meeting& m, std::string_view header_text, std::string_view all_text);

// The region whose own site published the page, from the site's logo or
// home link above the minutes ("Region Syddanmark logo, link til forsiden",
// "Region SyddanmarkTil forsiden"), a line the recogniser drops as furniture.
std::optional<std::string> region_of_site_logo(const formats::Document& document);

}  // namespace corpus::recog
