// The Meeting model: what the recogniser extracts from one minutes file.
// Plain data, no behaviour; knows nothing of Xapian. Unknown values stay
// std::nullopt (null in JSON) and are never invented.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace corpus {

// A part of an agenda item: "Beslutning", "Sagsfremstilling", "Bilag", ...
struct Section {
  // Lower-case kind: beslutning, indstilling, sagsfremstilling, bilag, resumé,
  // referat, baggrund, ... or "tekst" for text before the first heading.
  std::string kind;
  std::optional<std::string> heading;  // the heading line as written, if any
  std::string text;                    // paragraphs separated by "\n"
};

struct Item {
  std::optional<int> number;          // "Punkt 3" -> 3
  std::string title;                  // without time ranges ("(9.05 - 9.55)", "- 40 min")
  std::optional<std::string> kind;    // orientering, drøftelse, godkendelse, beslutning, eventuelt ...
  std::optional<std::string> presenter;  // "Mikkel, Daniel og Henrik" from "Title v/ ..." 
  std::vector<Section> sections;
  // Person ids of the people who speak or are named in the item: the
  // meeting's participants by full name, by partial name ("Eva Sejersdal")
  // or by unique first name ("Mathilde orienterede", "v/ Mikkel"), and other
  // full names introduced by a speech verb ("Anders Meinert orienterede").
  std::vector<std::string> people;
  // Person ids of participants who took no part in this item ("X deltog
  // ikke i behandlingen af punkt 4", "X forlod mødet under punkt 5").
  std::vector<std::string> absent;
  int page = 0;  // 1-based page of the item's heading in a PDF; 0 unknown
};

struct Participant {
  std::string name;                         // as written
  std::string person_id;                    // canonical id, see corpus/people.h
  std::optional<std::string> role;          // "Direktør", "Kontorchef", ...
  std::optional<std::string> organisation;  // "Region Nordjylland", ...
  std::optional<std::string> group;         // sub-heading it is listed under
  bool present = true;                      // false when listed under Afbud
};

struct Meeting {
  std::string source;                       // path as given to the reader
  std::optional<std::string> title;         // first heading as written
  // The committee or forum as written ("Klyngestyregruppe Midt",
  // "Social- og Sundhedsudvalget"), when the text names one.
  std::optional<std::string> body;
  std::optional<std::string> cluster;       // "Midt", "Herlev og Gentofte": only when named
  std::optional<std::string> region;        // "Region Nordjylland"
  std::optional<std::string> forum;         // "Direktørforum", "Politisk niveau", ...
  std::optional<std::string> date;          // ISO "2024-02-08"
  std::optional<std::string> start_time;    // "14:00"
  std::optional<std::string> location;
  std::optional<std::string> chair;
  std::optional<std::string> minute_taker;
  std::vector<Participant> participants;
  // People named in items but not listed as participants: id -> name as written.
  std::map<std::string, std::string> named;
  std::vector<Item> items;
  std::vector<std::string> warnings;        // human-readable parse warnings
};

}  // namespace corpus
