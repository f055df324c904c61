// A run's timeline for measuring the indexer (REFERAT_TIMELINE=1,
// docs/BENCHMARKS.md): nothing without the variable.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <iosfwd>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace indexer {

// With REFERAT_TIMELINE in the environment, the phases of a run and the CPU
// time the process used in each (all threads, getrusage) on stderr when the
// run ends, and the idle core-seconds (cores x wall - CPU): where a run
// leaves a core unused. Phases of the same name (one per chunk) are summed.
// A sampler thread also counts, every 5 ms, the process's threads that
// are runnable (state R in /proc/self/task: running, or waiting for a
// core), which does not depend on the machine's load the way wall time
// does: the share of samples with fewer runnable threads than cores is
// where the run would leave a core idle on a quiet machine.
// Without the variable, mark() does nothing.
class Timeline {
 public:
  Timeline();
  // Ends the phase running since the last mark (or since the process began)
  // and names it `phase`.
  void mark(const char* phase);
  // Adds `seconds` of wall time to `what`, work that overlaps the phases
  // (the writer thread's); thread-safe.
  void busy(const char* what, double seconds);
  // Seconds on a steady clock, for busy().
  static double now();
  // Stops the sampler; prints the phases, in the order they first ended,
  // the totals and the runnable threads' shares.
  void print(std::ostream& out);
  bool on() const { return on_; }

 private:
  struct Phase {
    std::string name;
    double wall = 0, cpu = 0;
    unsigned count = 0;
    std::size_t samples = 0, one_runnable = 0;  // samples, those with at most one runnable thread
  };
  bool on_ = false;
  double last_wall_ = 0, last_cpu_ = 0;
  std::vector<Phase> phases_;
  std::mutex busy_mutex_;
  std::map<std::string, double> busy_;
  std::array<std::size_t, 4> runnable_{};  // samples by runnable threads (0, 1, 2, 3 or more)
  // Since the last mark(): samples, those with at most one runnable thread.
  std::atomic<std::size_t> samples_since_mark_{0}, one_since_mark_{0};
  std::jthread sampler_;
};

}  // namespace indexer
