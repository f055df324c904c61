#include "indexer/watch.h"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iomanip>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace indexer {
namespace {

// A file created without being opened for writing (link(), symlink()) gets
// no close event: it is taken as complete after this long without events.
constexpr auto k_idle_open = std::chrono::seconds(60);
// How long to wait before trying again while another indexer holds the lock.
constexpr auto k_locked_retry = std::chrono::seconds(5);

constexpr std::uint32_t k_events = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                                   IN_MOVED_TO | IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK;

// Thrown from the progress callback when a stop signal is pending.
struct Stopped {};

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

// SIGTERM and SIGINT blocked (in this thread and the threads it starts) and
// readable from a signalfd while it lives.
class StopSignals {
 public:
  StopSignals() : fd_(-1) {
    sigemptyset(&set_);
    sigaddset(&set_, SIGTERM);
    sigaddset(&set_, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set_, &old_);
    fd_ = ::signalfd(-1, &set_, SFD_NONBLOCK | SFD_CLOEXEC);
  }
  ~StopSignals() {
    if (fd_ >= 0) ::close(fd_);
    // The signal that stopped the watch has been answered: take it, so that
    // restoring the mask does not deliver it again.
    const timespec zero{0, 0};
    while (sigtimedwait(&set_, nullptr, &zero) > 0) {
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;
  int fd() const { return fd_; }
  // True if a stop signal has arrived (callable from any thread).
  bool pending() const {
    sigset_t p;
    sigemptyset(&p);
    sigpending(&p);
    return sigismember(&p, SIGTERM) == 1 || sigismember(&p, SIGINT) == 1;
  }

 private:
  sigset_t set_;
  sigset_t old_;
  int fd_;
};

// What is known of a file that has had events since its last pass.
struct FileState {
  Clock::time_point last;  // last event
  bool open = false;       // written (or created) and not closed since
};

// When a file may be read, if nothing happens to it before.
Clock::time_point due(const FileState& state, std::chrono::milliseconds settle) {
  return state.last + (state.open ? std::chrono::duration_cast<Clock::duration>(k_idle_open)
                                  : std::chrono::duration_cast<Clock::duration>(settle));
}

class Watcher {
 public:
  Watcher(const WatchOptions& options, std::ostream& log, std::ostream& errors)
      : options_(options), log_(log), errors_(errors), inotify_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    if (inotify_.get() < 0) throw UsageError(std::string("cannot use inotify: ") + std::strerror(errno));
    if (signals_.fd() < 0) throw UsageError(std::string("cannot use signalfd: ") + std::strerror(errno));
    for (const auto& folder : options_.folders) {
      std::error_code ec;
      if (!fs::is_directory(folder, ec)) throw UsageError(folder + ": not a directory");
      roots_.push_back(fs::canonical(folder).string());
    }
  }

  void run() {
    for (const auto& root : roots_) add_tree(root);
    log_ << "watching " << roots_.size() << (roots_.size() == 1 ? " folder" : " folders") << " ("
         << dirs_.size() << " directories)" << std::endl;
    while (!signals_.pending()) {
      const auto now = Clock::now();
      std::optional<Clock::time_point> next = next_pass(now);
      if (next && *next <= now) {
        if (!pass()) break;
        continue;
      }
      int timeout = -1;
      if (next)
        timeout = static_cast<int>(
            std::chrono::ceil<std::chrono::milliseconds>(*next - now).count());
      pollfd fds[2] = {{inotify_.get(), POLLIN, 0}, {signals_.fd(), POLLIN, 0}};
      if (::poll(fds, 2, timeout) < 0 && errno != EINTR)
        throw UsageError(std::string("poll: ") + std::strerror(errno));
      if (fds[1].revents & POLLIN) break;
      if (fds[0].revents & POLLIN) read_events();
    }
    log_ << "stopped" << std::endl;
  }

 private:
  // When the next pass is due, if any.
  std::optional<Clock::time_point> next_pass(Clock::time_point now) const {
    std::optional<Clock::time_point> next;
    auto earliest = [&next](Clock::time_point t) {
      if (!next || t < *next) next = t;
    };
    if (full_pass_) earliest(now);
    if (removals_) earliest(last_removal_ + options_.settle);
    for (const auto& [path, state] : files_) earliest(due(state, options_.settle));
    if (next && *next < not_before_) next = not_before_;
    return next;
  }

  // Runs Indexer::index() over the roots with the files that are due; false
  // if a stop signal ended it.
  bool pass() {
    const auto now = Clock::now();
    std::set<std::string> offered;
    for (const auto& [path, state] : files_)
      if (due(state, options_.settle) <= now) offered.insert(path);
    const bool full = full_pass_;
    Options options = options_.index;
    if (!first_) options.rebuild = Rebuild::no;
    std::vector<std::string> recent;  // full pass: written a moment ago, no event seen
    options.defer = [&](const std::string& path) {
      if (offered.count(path)) return false;
      if (files_.count(path) || !full) return true;
      std::error_code ec;
      const auto written = fs::last_write_time(path, ec);
      if (!ec && fs::file_time_type::clock::now() - written < options_.settle) {
        recent.push_back(path);
        return true;
      }
      return false;
    };
    // The pass's error lines reach `errors` when it ends, however it ends.
    std::ostringstream pass_errors;
    struct Forward {
      Watcher& watcher;
      std::ostringstream& lines;
      ~Forward() { watcher.forward(lines.str()); }
    } forward{*this, pass_errors};
    try {
      Indexer idx(options);
      const Summary s = idx.index(roots_, pass_errors, [this](const Progress&) {
        if (signals_.pending()) throw Stopped{};
      });
      if (s.files > 0 || s.removed > 0 || s.rejected > 0)
        log_ << "indexed " << s.files << " files, " << s.items << " items; removed " << s.removed
             << "; rejected " << s.rejected << "; " << std::fixed << std::setprecision(2) << s.seconds
             << " s" << std::endl;
      for (const auto& line : s.parsed_poorly) log_ << "parsed poorly: " << line << std::endl;
    } catch (const Stopped&) {
      return false;
    } catch (const IndexLocked& e) {
      errors_ << e.what() << "; trying again in " << k_locked_retry.count() << " s" << std::endl;
      not_before_ = Clock::now() + k_locked_retry;
      return true;
    }
    for (const auto& path : offered) files_.erase(path);
    for (const auto& path : recent) files_[path] = FileState{Clock::now(), false};
    full_pass_ = false;
    removals_ = false;
    first_ = false;
    return true;
  }

  // Writes `lines` to `errors`, without the notes given before: a folder's
  // files in other formats would otherwise be noted on every pass.
  void forward(const std::string& lines) {
    std::istringstream in(lines);
    for (std::string line; std::getline(in, line);) {
      if (line.find(": note: ") != std::string::npos && !notes_.insert(line).second) continue;
      errors_ << line << '\n';
    }
    errors_.flush();
  }

  // Watches `dir` and every directory under it (not following symlinks).
  void add_tree(const fs::path& dir) {
    add_watch(dir);
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_directory(ec) && !it->is_symlink(ec)) add_watch(it->path());
    }
  }

  void add_watch(const fs::path& dir) {
    const int wd = ::inotify_add_watch(inotify_.get(), dir.c_str(), k_events);
    if (wd < 0) {
      errors_ << dir.string() << ": cannot watch: " << std::strerror(errno)
              << (errno == ENOSPC ? " (raise fs.inotify.max_user_watches)" : "") << std::endl;
      return;
    }
    dirs_[wd] = dir;  // a directory moved within the tree keeps its wd
  }

  // Stops watching `dir` and the directories under it (moved out or deleted).
  void remove_tree(const fs::path& dir) {
    const std::string prefix = dir.string() + "/";
    for (auto it = dirs_.begin(); it != dirs_.end();) {
      const std::string path = it->second.string();
      if (path == dir.string() || path.rfind(prefix, 0) == 0) {
        ::inotify_rm_watch(inotify_.get(), it->first);
        it = dirs_.erase(it);
      } else {
        ++it;
      }
    }
  }

  void read_events() {
    alignas(inotify_event) char buffer[64 * 1024];
    for (;;) {
      const ssize_t n = ::read(inotify_.get(), buffer, sizeof buffer);
      if (n <= 0) return;  // EAGAIN: all read
      const auto now = Clock::now();
      for (ssize_t at = 0; at < n;) {
        inotify_event event;
        std::memcpy(&event, buffer + at, sizeof event);
        const std::string name = event.len > 0 ? std::string(buffer + at + sizeof event) : "";
        at += static_cast<ssize_t>(sizeof event + event.len);
        handle(event, name, now);
      }
    }
  }

  void handle(const inotify_event& event, const std::string& name, Clock::time_point now) {
    if (event.mask & IN_Q_OVERFLOW) {  // events lost: look at everything
      full_pass_ = true;
      return;
    }
    const auto dir = dirs_.find(event.wd);
    if (dir == dirs_.end()) return;
    if (event.mask & IN_IGNORED) {
      dirs_.erase(dir);
      return;
    }
    if (name.empty()) return;
    const fs::path path = dir->second / name;
    if (event.mask & IN_ISDIR) {
      if (event.mask & (IN_CREATE | IN_MOVED_TO)) {
        // Files may have landed before the watch was set: look at them all.
        add_tree(path);
        full_pass_ = true;
      } else if (event.mask & (IN_DELETE | IN_MOVED_FROM)) {
        remove_tree(path);
        removals_ = true;
        last_removal_ = now;
      }
      return;
    }
    if (event.mask & (IN_CREATE | IN_MODIFY)) {
      files_[path.string()] = FileState{now, true};
    } else if (event.mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) {
      files_[path.string()] = FileState{now, false};
    } else if (event.mask & (IN_DELETE | IN_MOVED_FROM)) {
      files_.erase(path.string());
      removals_ = true;
      last_removal_ = now;
    }
  }

  const WatchOptions& options_;
  std::ostream& log_;
  std::ostream& errors_;
  StopSignals signals_;  // before any thread is started
  FileDescriptor inotify_;
  std::vector<std::string> roots_;
  std::map<int, fs::path> dirs_;              // watch descriptor -> directory
  std::map<std::string, FileState> files_;    // files with news since their last pass
  std::set<std::string> notes_;               // notes already written to errors_
  bool first_ = true;                         // no pass has completed yet (--rebuild applies)
  bool full_pass_ = true;                     // look at every file (start, lost events)
  bool removals_ = false;                     // a file or directory went away
  Clock::time_point last_removal_;
  Clock::time_point not_before_;              // no pass before (lock retry)
};

}  // namespace

void watch(const WatchOptions& options, std::ostream& log, std::ostream& errors) {
  Watcher(options, log, errors).run();
}

}  // namespace indexer
