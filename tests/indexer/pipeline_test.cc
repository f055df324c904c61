// The threads of the indexer's pipeline (indexer/pipeline.h).
#include "indexer/pipeline.h"

#include <atomic>
#include <stdexcept>
#include <thread>

#include <gtest/gtest.h>

namespace {

TEST(PipelineTest, ParallelForSkipsDoneFilesAndRejectsOnlyTheFileThatThrew) {
  std::vector<indexer::PreparedFile> files(50);
  files[3].unchanged = true;
  files[4].error = "unreadable";
  for (std::size_t i = 0; i < files.size(); ++i) files[i].path = std::to_string(i);
  std::atomic<int> calls{0};
  std::deque<analyzers::DanishAnalyzer> analyzers = indexer::make_analyzers(3);
  ASSERT_EQ(analyzers.size(), 3u);
  indexer::parallel_for(files, analyzers, [&](indexer::PreparedFile& f, const analyzers::DanishAnalyzer& a) {
    ++calls;
    f.meeting.emplace();
    if (f.path == "7") throw std::runtime_error("bad file");
    f.parsed_poorly = a.stem("klyngemidlerne");
  });
  EXPECT_EQ(calls.load(), 48);
  EXPECT_EQ(files[7].error, "bad file");
  EXPECT_FALSE(files[7].meeting);
  EXPECT_EQ(files[4].error, "unreadable");
  EXPECT_TRUE(files[3].parsed_poorly.empty());
  EXPECT_EQ(files[8].parsed_poorly, "klyngemidl");
  EXPECT_TRUE(files[8].error.empty());
}

TEST(PipelineTest, RunEachRunsEveryIndexInItsOwnThreadAndRethrowsAfterAll) {
  std::vector<std::thread::id> ran(4);
  indexer::run_each(4, [&](std::size_t i) { ran[i] = std::this_thread::get_id(); });
  for (std::size_t i = 1; i < ran.size(); ++i) EXPECT_NE(ran[i], ran[0]);
  EXPECT_EQ(ran[0], std::this_thread::get_id());
  std::atomic<int> finished{0};
  EXPECT_THROW(indexer::run_each(3,
                                 [&](std::size_t i) {
                                   if (i == 1) throw std::runtime_error("shard 1");
                                   std::this_thread::sleep_for(std::chrono::milliseconds(20));
                                   ++finished;
                                 }),
               std::runtime_error);
  EXPECT_EQ(finished.load(), 2);  // the others ran to their end
}

TEST(PipelineTest, WaitQuietlyDropsTheWritersError) {
  std::future<void> writing = std::async(std::launch::async, [] { throw std::runtime_error("disk full"); });
  EXPECT_NO_THROW(indexer::wait_quietly(writing));
  EXPECT_FALSE(writing.valid());
  std::future<void> none;
  EXPECT_NO_THROW(indexer::wait_quietly(none));
}

}  // namespace
