// The state the passes of find_items() share, and the helpers more than one
// pass file uses (private to corpus/items*.cc; corpus/recogniser.h is what the
// recogniser's parts share). find_items() (items.cc) runs the passes in the
// order they are declared here over one ItemScan.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/recogniser.h"

namespace corpus::recog {


// A line that may start an agenda item.
struct Candidate {
  std::size_t line = 0;
  int number = -1;  // -1: unnumbered
  std::string title;
  bool strong = false;       // "Punkt 3", "Pkt. 3", "Ad 3", "Sag 3"
  bool title_next = false;   // the number alone; the title is the next line
  std::size_t body_begin = 0;  // set when the body does not start after the head's line
  bool table_row = false;
  bool bare = false;  // "3 Title": no separator after the number
  bool number_only = false;  // "Ad 3" alone on its line
  bool dropped = false;      // no item, whatever the evidence
  bool page_number = false;  // "2" alone: a transcript's page number, no list entry either
  // How the number is written: the lead word and the separator ("punkt:",
  // "pkt.", "."): the items of one document share one form.
  std::string style;
  // The line's text when the title comes from the agenda (the outcome
  // written after the number: "2:Referatet blev godkendt.").
  std::string text;
  bool agenda_title = false;  // the title is the agenda's entry of its number
  std::string text_kind;      // the section `text` opens, if not "tekst"
  bool informal = false;      // a head of an informal series (informal_series)
};

// What the passes read and write: the agenda and its numbers, the lines that
// are no items (o.listing), the numbered candidates, the items' number form
// and the heads found so far (o.heads).
struct ItemScan {
  explicit ItemScan(const std::vector<Line>& l) : lines(l) {}
  const std::vector<Line>& lines;
  Outline o;
  // The agenda's titles (a table of contents or an agenda list), the numbers
  // of those that had one (agenda index -> number), and the titles by number.
  std::vector<std::string> agenda;
  std::map<std::size_t, int> agenda_numbers;
  std::map<int, std::string> agenda_by_number;
  std::vector<TocRow> toc_cells;  // a table of contents whose cells came out on lines of their own
  std::optional<HeadedContents> contents;  // a table of contents under its own heading
  std::vector<std::string> grouped;  // a table of contents under the agenda's groups
  bool grouped_back = false;  // its titles come back: the body's heads
  std::vector<Candidate> cands;  // the numbered lines that may head an item
  std::vector<bool> point_line;  // the lines of the points a nested list holds under its entries
  std::ptrdiff_t strong_count = 0;  // strong, title-shaped candidates
  std::string item_style;  // the form of the items' numbers
  std::vector<std::size_t> answer_lines;  // heads answering the agenda's points in another form ("Ad 1.")
  int titles_from_agenda = 0;  // heads whose titles are the agenda's
  // For each line, whether it stands in a case's text (under_case_text,
  // items_unnumbered.cc), read once when first asked for.
  std::optional<std::vector<bool>> case_text;
};

// ---------------------------------------------------------------- helpers (items.cc)

// The candidate head lines[index] (`line`) holds in any numbered form, if any.
std::optional<Candidate> item_candidate(const Line& line, std::size_t index);

// A case's number under its title: "Sagsnr.: 24/1234", "Sags nr. 12.00.00",
// "Sagsid.: 20/49335", "J.nr. 1-30-72-1-19", "Journalnr.: 2019-123",
// "Dok.nr.: 123", "Acadre sagsnr. 19/7777".
bool case_number_line(std::string_view t);

// "Nicolaiplads 6 - Festsalen", "Rådhustorvet 1, 4600 Køge", "Kl. 15.00":
// an address or a time, not a title ("Budget 2025" is one).
bool address_shaped(std::string_view t);

// "godkendelse af dagsorden", "eventuelt": a lower-case title that opens
// with an item's kind (a web list's entry as its editor typed it).
bool opens_with_kind(std::string_view title);

// "Formandens beretning om lokalforeningens virke i det (de) forløbne år.":
// a title that opens with one an association's statutes prescribe for its
// general meeting (items_unnumbered.cc k_standard_titles).
bool opens_with_standard_title(std::string_view title);

// "BUDGETSTATUS 2015 Sagsnr Dok.nr Sagsbeh.", "Godkendelse af dagsorden
// J.nr.: A10. Sagsnr.: 11/5571", "Nyt fra Miljøudvalget Sag Dok Initialer:":
// the case's number and file labels a transcript ran into the head's line
// after its title are no part of it; the title ends before the first.
std::string_view without_case_labels(std::string_view t);

// A word that makes a line a sentence, not a title: a finite verb ("-ede",
// "er", "var", "blev", "har", "skal").
bool sentence_verb(std::string_view w);

// A board's short minutes that write the outcome on the item's line after a
// comma, a sentence of its own: "3. Bordet rundt, status på foreningens
// stilling og væsentlige begivenheder, Covid-19 blev omtalt. Svogerslev Kro
// blev omtalt ...", "6. Hjemmeside og facebook, Der blev talt om annoncer
// ...". The title is the line up to the last comma before the first
// sentence's end that a capital follows, when that part is short (twelve
// words at most) and holds no finite verb, and what follows is three words
// or more. Returns the title and the outcome; nullopt when no comma so
// splits the line. (Called only for a line too long to be a title as it is.)
std::optional<std::pair<std::string, std::string>> comma_outcome(std::string_view line);

// Where the closing item's name ("Eventuelt", "Evt.") ends in `title`: its
// first word up to a space, colon or full stop; 0 when that is no such name.
std::size_t closing_item_name_end(std::string_view title);

// "15.00-16.00", "9:30 – 10:15", "kl. 17.00": a time of day or a time
// slot at `v`'s start; its length, 0 when there is none.
std::size_t time_slot_length(std::string_view v);

// "10. Eventuelt Ingen bemærkninger.", "7. Eventuelt – næste møde afholdes
// ...": the closing item's name and what happened under it on its line
// (items_web.cc); nullopt when the line is no such name and outcome.
std::optional<std::pair<std::string, std::string>> closing_item_outcome(std::string_view title);

// Two titles' keys (key_of) of one item: equal, or one the start of the
// other ("Eventuelt" and "Eventuelt (10.55 - 11.00)"), so compared without
// case and punctuation. same_title() for titles whose keys are not made yet.
bool same_key(const std::string& a, const std::string& b);

// A finite verb of a sentence, not a title's word: "orienterede", "er",
// "blev", "skal" ("Formanden orienterede." is a sentence, "Havesyn" a title).
bool finite_verb(std::string_view w);

// Whether the agenda lists `title`.
bool in_agenda(const ItemScan& s, std::string_view title);

// ---------------------------------------------------------------- passes, in order

// The tables of contents in their printed forms: their titles are the
// agenda, their lines the listing. (items_contents.cc)
void read_contents_lines(ItemScan& s);
// A table of contents of unnumbered titles under the agenda's groups. (items_contents.cc)
void read_grouped_contents(ItemScan& s);
// The numbered candidates, an agenda numbered on two levels read in turn. (items_numbered.cc)
void read_candidates(ItemScan& s);
// A numbered list of people, not of items: dropped. (items_numbered.cc)
void drop_rosters(ItemScan& s);
// The points of a nested list under its entries: no items. (items_numbered.cc)
void mark_nested_points(ItemScan& s);
// Numbers alone that are a transcript's page numbers. (items_numbered.cc)
void drop_page_numbers(ItemScan& s);
// Bare "3 Title" lines: a series of items or a table of contents. (items_numbered.cc)
void read_bare_numbers(ItemScan& s);
// The strong candidates and the form of the items' numbers. (items_numbered.cc)
void read_number_form(ItemScan& s);
// Agenda lists: runs of numbered lines whose titles come back as the items'
// heads. (items_contents.cc)
void read_agenda_lists(ItemScan& s);
// Heads that take their titles from the agenda ("Ad 1" alone, a head run on
// after its listed title). (items_contents.cc)
void take_agenda_titles(ItemScan& s);
// The items' number form again once the agenda list is out. (items_numbered.cc)
void settle_number_form(ItemScan& s);
// The grouped contents as the agenda when its titles come back. (items_contents.cc)
void take_grouped_agenda(ItemScan& s);
// An unnumbered closing item ("Eventuelt") after the last numbered head.
void add_closing_item_after_last_head(ItemScan& s);
// The numbered heads: candidates checked against the agenda, the number
// sequence and a title's shape. (items_numbered.cc)
void read_numbered_heads(ItemScan& s);
// The last resort when one head at most was found: a numbered run "1.",
// "2.", "3." ... each entry with its own text after it. (items_numbered.cc)
void read_separated_run(ItemScan& s);
// An agenda page with no body: its numbered list is the items. (items_numbered.cc)
void read_agenda_page(ItemScan& s);
// DAP's first row under its "Mødepunkt | Referat" heads when the heads
// found start at 2. (items_web.cc)
void read_dap_first_item(ItemScan& s);
// DAP's bare "1 Title", "2 Title" lines after the head "Mødepunkt" in a PDF
// transcript, when no numbered head was found. (items_web.cc)
void read_dap_transcript_items(ItemScan& s);
// Unnumbered items, when no numbered head was found. (items_unnumbered.cc)
void read_unnumbered_items(ItemScan& s);
// The agenda's entries that the body heads without their numbers. (items_contents.cc)
void read_agenda_echoes(ItemScan& s);
// An agenda or table of contents whose headings the text never reaches: its
// entries are the items. (items_contents.cc)
void read_unreached_agenda(ItemScan& s);
// The agenda's entries after the last head when the heads take their titles
// from it. (items_contents.cc)
void add_agenda_after_last_head(ItemScan& s);
// Standard titles and topics written as labels, where the items are
// unnumbered or not found. (items_unnumbered.cc)
void read_label_items(ItemScan& s);
// Where nothing else gave heads: the entries listed under "Dagsorden
// ifølge vedtægterne" / "Dagsorden:". (items_unnumbered.cc)
void read_agenda_of_blob(ItemScan& s);
// A title printed twice: one head, one body. (items.cc)
void drop_repeated_titles(ItemScan& s);

}  // namespace corpus::recog
