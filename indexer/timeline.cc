#include "indexer/timeline.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <ostream>
#include <sstream>

#include <sys/resource.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace indexer {

namespace {

double steady_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// CPU seconds (user + system) of the whole process so far.
double process_cpu_seconds() {
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Seconds since the process began: /proc/uptime less the start time in
// /proc/self/stat (field 22, clock ticks after boot); 0 if unreadable.
double process_age_seconds() {
  std::ifstream uptime_file("/proc/uptime"), stat_file("/proc/self/stat");
  double uptime = 0;
  std::string stat;
  if (!(uptime_file >> uptime) || !std::getline(stat_file, stat)) return 0;
  // The fields after the command name (in parentheses, which may hold spaces).
  std::istringstream fields(stat.substr(stat.rfind(')') + 2));
  std::string field;
  for (int i = 3; i < 22 && fields >> field;) ++i;
  unsigned long long start_ticks = 0;
  if (!(fields >> start_ticks)) return 0;
  return std::max(0.0, uptime - static_cast<double>(start_ticks) / static_cast<double>(::sysconf(_SC_CLK_TCK)));
}

// The threads of this process in state R, less the calling one.
std::size_t runnable_threads() {
  std::size_t n = 0;
  std::error_code ec;
  for (const auto& task : fs::directory_iterator("/proc/self/task", ec)) {
    std::ifstream stat_file(task.path() / "stat");
    std::string stat;
    if (!std::getline(stat_file, stat)) continue;
    const std::size_t paren = stat.rfind(')');
    if (paren != std::string::npos && paren + 2 < stat.size() && stat[paren + 2] == 'R') ++n;
  }
  return n > 0 ? n - 1 : 0;
}

}  // namespace

Timeline::Timeline() : on_(std::getenv("REFERAT_TIMELINE") != nullptr) {
  if (!on_) return;
  last_wall_ = steady_seconds() - process_age_seconds();
  sampler_ = std::jthread([this](std::stop_token stop) {
    while (!stop.stop_requested()) {
      const std::size_t runnable = std::min<std::size_t>(3, runnable_threads());
      ++runnable_[runnable];
      ++samples_since_mark_;
      if (runnable <= 1) ++one_since_mark_;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  });
}

void Timeline::mark(const char* phase) {
  if (!on_) return;
  const double wall = steady_seconds(), cpu = process_cpu_seconds();
  auto it = std::find_if(phases_.begin(), phases_.end(), [&](const Phase& p) { return p.name == phase; });
  if (it == phases_.end()) it = phases_.insert(phases_.end(), Phase{phase});
  it->wall += wall - last_wall_;
  it->cpu += cpu - last_cpu_;
  ++it->count;
  it->samples += samples_since_mark_.exchange(0);
  it->one_runnable += one_since_mark_.exchange(0);
  last_wall_ = wall;
  last_cpu_ = cpu;
}

double Timeline::now() { return steady_seconds(); }

void Timeline::busy(const char* what, double seconds) {
  if (!on_) return;
  const std::lock_guard lock(busy_mutex_);
  busy_[what] += seconds;
}

void Timeline::print(std::ostream& out) {
  if (!on_) return;
  if (sampler_.joinable()) {
    sampler_.request_stop();
    sampler_.join();
  }
  const double cores = std::max(1U, std::thread::hardware_concurrency());
  double wall = 0, cpu = 0;
  out << "timeline: phase, times, wall s, CPU s, idle core-s (" << cores
      << " x wall - CPU), samples with at most one runnable thread / samples\n"
      << std::fixed << std::setprecision(3);
  for (const Phase& p : phases_) {
    out << "timeline: " << std::left << std::setw(22) << p.name << std::right << std::setw(4) << p.count
        << std::setw(9) << p.wall << std::setw(9) << p.cpu << std::setw(9) << cores * p.wall - p.cpu
        << std::setw(7) << p.one_runnable << " / " << p.samples << '\n';
    wall += p.wall;
    cpu += p.cpu;
  }
  out << "timeline: " << std::left << std::setw(26) << "total" << std::right << std::setw(9) << wall
      << std::setw(9) << cpu << std::setw(9) << cores * wall - cpu << '\n';
  for (const auto& [what, seconds] : busy_) out << "timeline: overlapped: " << what << " " << seconds << " s wall\n";
  const std::size_t all = runnable_[0] + runnable_[1] + runnable_[2] + runnable_[3];
  const double samples = std::max<std::size_t>(1, all);
  out << "timeline: runnable threads, share of " << all << " samples: 0: " << runnable_[0] / samples
      << ", 1: " << runnable_[1] / samples << ", 2: " << runnable_[2] / samples << ", 3+: " << runnable_[3] / samples
      << '\n';
}

}  // namespace indexer
