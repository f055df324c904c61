// The JSON form of a Meeting, exactly as docs/ARCHITECTURE.md §6 (`indexer --parse`).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "corpus/meeting.h"

namespace corpus {

// The Meeting as the §6 object; std::nullopt fields become null.
nlohmann::json to_json(const Meeting& meeting);

// The inverse of to_json (used to read stored data back). Throws
// nlohmann::json::exception on malformed input.
Meeting meeting_from_json(const nlohmann::json& j);

}  // namespace corpus
