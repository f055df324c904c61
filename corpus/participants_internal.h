// Private to corpus/participants.cc and corpus/attendance_phrases.cc: the
// helpers of reading names and sentences that both use.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/meeting.h"

namespace corpus {

// A word without the punctuation at its edges (",.:;\"'" after, "\"'-*",
// a bullet or a dash before).
std::string_view strip_edges(std::string_view w);

// The start of the sentence that holds s[at]: after the last sentence end
// (or one of `also`) before it.
std::size_t sentence_start(std::string_view s, std::size_t at, std::string_view also = "");

// The end of the sentence that starts s (or the first of `also`).
std::size_t sentence_end(std::string_view s, std::string_view also = "");

// The names at the end of a clause, before a phrase ("X og Y havde meldt
// afbud").
std::vector<std::string> names_before(std::string_view clause);

// A role word before a first name: a job title, also in the plural
// ("Bestyrelsesmedlemmer Lis", "suppleant Jytte").
bool is_role_word(std::string_view w);

// Adds a person the meeting does not list yet (present or absent).
void add_participant_if_new(const std::string& name, bool present, Meeting& m);

}  // namespace corpus
