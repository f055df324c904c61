// The original file of a meeting, opened for the server to send: only from
// inside the folders the index was made from (schema::k_root_key).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace searcher {

// An open, read-only file descriptor, closed with the object.
class FileHandle {
 public:
  FileHandle() = default;
  explicit FileHandle(int fd) : fd_(fd) {}
  FileHandle(FileHandle&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  FileHandle& operator=(FileHandle&& other) noexcept {
    std::swap(fd_, other.fd_);
    return *this;
  }
  ~FileHandle();
  int get() const { return fd_; }
  // Gives up ownership: the caller closes the descriptor.
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_ = -1;
};

struct OriginalFile {
  FileHandle file;          // open for reading, at offset 0
  std::string path;         // its real path (no symlinks, no "..")
  std::uintmax_t size = 0;  // bytes
  // By content, not by name: "application/pdf", the DOCX type, "text/html"
  // (the page says its charset), "text/plain; charset=utf-8" (or
  // windows-1252 when the start of the file is not UTF-8).
  std::string content_type;
};

// Opens `recorded` (a file's canonical path as the indexer recorded it)
// when the real path of what is opened lies inside one of `roots` (folders
// ending in '/', or files given by themselves): the check is made on the
// open descriptor, so a symlink, a "..", or a file swapped after indexing
// cannot lead outside. nullopt, with the reason in `why` ("outside the
// indexed folders", "no such file", "not a regular file", "not an absolute
// path"), when it does not or cannot; never throws for a bad path.
std::optional<OriginalFile> open_original(std::string_view recorded, const std::vector<std::string>& roots,
                                          std::string& why);

// The Content-Type of a file beginning with `head` (its first few KB), as
// OriginalFile::content_type.
std::string original_content_type(std::string_view head);

}  // namespace searcher
