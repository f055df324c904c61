// Stored document data: JSON compressed with zstd, with a dictionary trained
// on the corpus when there is enough of it (short documents compress far
// better with one). The dictionary is kept in the index metadata
// (schema::k_dictionary_key).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace store {

class Codec {
 public:
  // `dictionary` as trained by train(); empty means none.
  explicit Codec(std::string dictionary = {});
  ~Codec();
  Codec(Codec&&) noexcept;
  Codec& operator=(Codec&&) noexcept;

  // Compresses the JSON text of `data` for Xapian::Document::set_data().
  // Safe to call from several threads at once.
  std::string pack(const nlohmann::json& data) const;

  // Inverse of pack(); also reads data packed without a dictionary.
  // Throws std::runtime_error on corrupt data.
  nlohmann::json unpack(std::string_view packed) const;

  const std::string& dictionary() const { return dictionary_; }

  // A dictionary trained on `samples` (JSON texts of documents), or empty
  // when there are too few samples to train one.
  static std::string train(const std::vector<std::string>& samples);

 private:
  struct Dicts;
  std::string dictionary_;
  std::unique_ptr<Dicts> dicts_;
};

}  // namespace store
