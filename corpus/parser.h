// Parsing minutes text into the Meeting model (DESIGN.md §3).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "corpus/meeting.h"

namespace corpus {

// Which layout `text` (already decoded, see reader.h) is written in.
Layout detect_layout(std::string_view text);

// Parses decoded text. Never throws on odd input: an unknown layout yields one
// item holding the whole text, whatever date can be found, and a warning.
Meeting parse_meeting(std::string_view text, std::string source);

// Reads and parses a file. Throws formats::RejectedFile when unreadable.
Meeting parse_file(const std::string& path);

// Danish date in any of the seed forms ("08-02-2024", "08. februar 2024",
// "23. juni 2022", "d. 5/12 2023") to ISO "YYYY-MM-DD"; nullopt if none found.
std::optional<std::string> find_date(std::string_view text);

}  // namespace corpus
