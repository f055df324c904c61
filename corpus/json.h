// The JSON form of a Meeting, exactly as docs/ARCHITECTURE.md §6 (`indexer --parse`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus/meeting.h"

namespace corpus {

// The Meeting as the §6 object; std::nullopt fields become null.
nlohmann::json to_json(const Meeting& meeting);

// Appenders of compact JSON text, byte for byte as nlohmann::json::dump()
// writes the same value with error_handler_t::replace (no ASCII escaping;
// invalid UTF-8 becomes U+FFFD), without building the nlohmann tree: the
// indexer writes its stored data with them (indexer/documents.cc).
void append_json(std::string& out, std::string_view s);
inline void append_json(std::string& out, const std::string& s) { append_json(out, std::string_view(s)); }
void append_json(std::string& out, const std::optional<std::string>& v);  // null when empty
void append_json(std::string& out, const std::map<std::string, std::string>& m);
void append_json(std::string& out, const Participant& p);  // as in to_json's "participants"
void append_json(std::string& out, const Section& section);  // as in to_json's items' "sections"
void append_json(std::string& out, const Item& item);      // as in to_json's "items"
void append_json(std::string& out, const Meeting& meeting);  // to_json's object

// A list: each element by its appender above.
template <class T>
void append_json(std::string& out, const std::vector<T>& v) {
  out += '[';
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += ',';
    append_json(out, v[i]);
  }
  out += ']';
}

// The inverse of to_json (used to read stored data back). Throws
// nlohmann::json::exception on malformed input.
Meeting meeting_from_json(const nlohmann::json& j);

}  // namespace corpus
