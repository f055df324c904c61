// Output of search results: JSON (docs/SEARCH.md), and text for people.
#pragma once

#include <iosfwd>

#include <nlohmann/json.hpp>

#include "searcher/searcher.h"

namespace searcher {

// The text of a JSON answer, for the CLI's --json and the HTTP API alike.
// Invalid UTF-8 in its strings (a query typed in Windows-1252, bytes from a
// file) becomes U+FFFD, as the analyzers read such bytes when searching;
// never throws. `indent` as nlohmann::json::dump (-1: one line).
std::string json_text(const nlohmann::json& j, int indent = -1);

// What the query was understood to mean: {words, date_text, from, to,
// people: [{person_id, name, organisations, regions, meetings, attended,
// afbud}], clusters: {name: [labels]}}; null fields when not understood.
nlohmann::json to_json(const Understood& understood);

// Text lines for what was understood (a date, people, shared cluster names);
// nothing when nothing was.
void print_understood(const Understood& understood, std::ostream& out);

// Readable list of Searcher::similar()'s groups.
void print_similar(const nlohmann::json& similar, std::ostream& out);

// The search object: {query, understood, corrected_query, total, offset,
// hits, facets}.
nlohmann::json to_json(const Result& result);

// One hit as in §6.
nlohmann::json to_json(const Hit& hit);

// Readable result list. `color` highlights matches with ANSI bold (for a
// terminal); otherwise matches are shown in [brackets].
void print_text(const Result& result, std::ostream& out, bool color);

// Readable item view (the output of Searcher::show).
void print_item(const nlohmann::json& shown, std::ostream& out);

// The §6 compare object: {query, by, groups: [{value, count, first_date,
// last_date, hits}], groups_limit (the cap on groups, null if none),
// groups_capped (true if groups beyond it were left out)}.
nlohmann::json to_json(const Comparison& comparison);

// The groups side by side in columns that fit `width` terminal columns; when
// more groups than fit, the columns continue in further rows of groups.
void print_compare(const Comparison& comparison, std::ostream& out, unsigned width, bool color);

// Readable attendance view (the output of Searcher::attendance).
void print_attendance(const nlohmann::json& attendance, std::ostream& out);

// Snippet HTML (escaped text, <mark> for matches) to plain text.
std::string snippet_to_text(const std::string& snippet_html, bool color);

}  // namespace searcher
