// The recogniser: text blocks of minutes in any layout to the Meeting model.
// It reads Danish cues wherever they stand (header labels, numbered item
// headings checked against the agenda, section headings, attendance lists
// and phrases) and says in Meeting::warnings what it did not find. See
// docs/ARCHITECTURE.md for the rules and corpus/vocabulary.cc for the words.
#pragma once

#include <string>
#include <string_view>

#include "corpus/dates.h"
#include "corpus/meeting.h"
#include "formats/document.h"

namespace corpus {

// Recognises the meeting in `document`. Never throws on odd input: text in
// which no agenda items are found becomes one item holding the whole text,
// with a warning; unknown values stay null and are never invented.
Meeting parse_document(const formats::Document& document, std::string source);

// parse_document on plain text (already decoded, see formats/text.h).
Meeting parse_meeting(std::string_view text, std::string source);

// Reads the file in whatever format it is (formats::read_document) and
// parses it. Throws formats::RejectedFile when it cannot be read.
Meeting parse_file(const std::string& path);

// True when the parse found too little to be trusted (no date or no agenda
// items): the indexer counts and lists such files.
bool parsed_poorly(const Meeting& meeting);

}  // namespace corpus
