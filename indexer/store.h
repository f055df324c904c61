// Stored document data: JSON compressed with zstd.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace store {

// Compresses the JSON text of `data` for Xapian::Document::set_data().
std::string pack(const nlohmann::json& data);

// Inverse of pack(). Throws std::runtime_error on corrupt data.
nlohmann::json unpack(std::string_view packed);

}  // namespace store
