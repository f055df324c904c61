// Stored document data: JSON compressed with zstd, with a dictionary trained
// on the corpus when there is enough of it (short documents compress far
// better with one). The dictionary is kept in the index metadata
// (schema::k_dictionary_key). A file's data is stored once, in its meeting
// document, as one compressed text of JSON lines (StoredMeeting); its items'
// documents store none.
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

  // Compresses `lines` (JSON values) as one text of their compact JSON, one
  // a line; read back by unpack_text() and StoredMeeting. Thread-safe.
  std::string pack_lines(const std::vector<nlohmann::json>& lines) const;
  // The same, given the lines by address (none may be null).
  std::string pack_lines(const std::vector<const nlohmann::json*>& lines) const;

  // Compresses `text` as it is; read back by unpack_text(). Thread-safe.
  std::string pack_text(const std::string& text) const { return compress(text); }

  // The text packed by pack(), pack_lines() or pack_text(). Throws std::runtime_error on
  // corrupt data or data that needs a dictionary this codec lacks.
  std::string unpack_text(std::string_view packed) const;

  // The dictionary given to the constructor; empty if none.
  const std::string& dictionary() const;

  // A dictionary trained on `samples` (JSON texts of documents), or empty
  // when there are too few samples to train one.
  static std::string train(const std::vector<std::string>& samples);

 private:
  std::string compress(const std::string& text) const;
  struct Dicts;
  std::unique_ptr<Dicts> dicts_;  // null without a dictionary
};

// The stored data of one file (a meeting and its agenda items), as the
// meeting document holds it: lines of JSON, written by the indexer
// (indexer/documents.cc, stored_text()) and packed by Codec::pack_text().
//   line 0: the meeting reference an item's hit shows: {id, source, title,
//           date, cluster, region, forum};
//   line 1: the meeting: the `indexer --parse` object with `items` reduced
//           to {id, number, title, kind}, plus id, type and file;
//   line 1 + n: agenda item n (1-based), as `indexer --parse` gives it.
// One compressed text per file, where a text per item repeated the meeting
// reference and paid a frame each: the stored data is half the size, and
// an item's hit decompresses its meeting's text (one file) and parses two
// short lines of it.
class StoredMeeting {
 public:
  // Reads the data of a meeting document. Throws std::runtime_error on
  // corrupt data (Codec::unpack_text) or fewer than two lines.
  StoredMeeting(const Codec& codec, std::string_view packed);

  // Line 0: {id, source, title, date, cluster, region, forum}.
  nlohmann::json reference() const;
  // Line 1: the meeting's stored object.
  nlohmann::json meeting() const;
  // The number of agenda items.
  std::size_t items() const { return lines_.size() - 2; }
  // Agenda item `n` (1-based) as {"type": "item", "id": item_id, "meeting":
  // reference(), "item": the item's object}. Throws std::out_of_range when
  // the file has no item n.
  nlohmann::json item(std::size_t n, const std::string& item_id) const;

 private:
  std::string text_;
  std::vector<std::string_view> lines_;  // into text_
};

}  // namespace store
