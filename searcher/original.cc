#include "searcher/original.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "formats/document.h"

namespace searcher {
namespace {

// The real path of an open descriptor, from /proc (what the kernel opened,
// whatever the path said); empty if unknown.
std::string real_path_of(int fd) {
  char buf[PATH_MAX + 1];
  const std::string link = "/proc/self/fd/" + std::to_string(fd);
  const ssize_t n = ::readlink(link.c_str(), buf, PATH_MAX);
  if (n <= 0) return {};
  return std::string(buf, static_cast<std::size_t>(n));
}

// The real path of `path` now; empty if it does not exist.
std::string real_path(const std::string& path) {
  char* r = ::realpath(path.c_str(), nullptr);
  if (!r) return {};
  std::string out(r);
  std::free(r);
  return out;
}

bool inside(const std::string& real, const std::vector<std::string>& roots) {
  for (const std::string& root : roots) {
    if (root.empty() || root.front() != '/') continue;
    const bool dir = root.back() == '/';
    // A root is resolved again now: it may be (or hold) a symlink that
    // moved since indexing.
    std::string r = real_path(dir ? root.substr(0, root.size() - 1) : root);
    if (r.empty()) continue;
    if (!dir) {
      if (real == r) return true;
      continue;
    }
    if (r.back() != '/') r += '/';
    if (real.size() > r.size() && real.compare(0, r.size(), r) == 0) return true;
  }
  return false;
}

}  // namespace

FileHandle::~FileHandle() {
  if (fd_ >= 0) ::close(fd_);
}

std::string original_content_type(std::string_view head) {
  switch (formats::sniff_format(head)) {
    case formats::Format::pdf: return "application/pdf";
    case formats::Format::docx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case formats::Format::html: return "text/html";
    case formats::Format::text: break;
  }
  // The part names of a zip may lie beyond the head: only DOCX zips are indexed.
  if (head.substr(0, 4) == "PK\x03\x04")
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  // A BOM tells the browser itself.
  if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF") return "text/plain";
  return formats::utf8_head(head) ? "text/plain; charset=utf-8" : "text/plain; charset=windows-1252";
}

std::optional<OriginalFile> open_original(std::string_view recorded, const std::vector<std::string>& roots,
                                          std::string& why) {
  if (recorded.empty() || recorded.front() != '/' || recorded.find('\0') != std::string_view::npos) {
    why = "not an absolute path";
    return std::nullopt;
  }
  const std::string path(recorded);
  // Checked before opening (opening some files has effects of its own) and
  // again on the open descriptor (the path may change in between).
  const std::string before = real_path(path);
  if (before.empty()) {
    why = "no such file";
    return std::nullopt;
  }
  if (!inside(before, roots)) {
    why = "outside the indexed folders";
    return std::nullopt;
  }
  // O_NONBLOCK: opening a FIFO planted in a folder must not hang the worker.
  FileHandle file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (file.get() < 0) {
    why = errno == ENOENT ? "no such file" : "cannot open";
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(file.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
    why = "not a regular file";
    return std::nullopt;
  }
  std::string real = real_path_of(file.get());
  if (real.empty()) real = real_path(path);
  if (real.empty() || !inside(real, roots)) {
    why = "outside the indexed folders";
    return std::nullopt;
  }
  char head[4096];
  const ssize_t n = ::pread(file.get(), head, sizeof head, 0);
  OriginalFile out;
  out.content_type = original_content_type(std::string_view(head, n > 0 ? static_cast<std::size_t>(n) : 0));
  out.size = static_cast<std::uintmax_t>(st.st_size);
  out.path = std::move(real);
  out.file = std::move(file);
  return out;
}

}  // namespace searcher
