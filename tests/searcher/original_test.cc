// Opening an original file only from inside the indexed folders.
#include "searcher/original.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace fs = std::filesystem;

namespace {

class OriginalTest : public testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::path(testing::TempDir()) / ("referat_original_" + std::to_string(::getpid()));
    fs::remove_all(base_);
    fs::create_directories(base_ / "minutes" / "2024");
    fs::create_directories(base_ / "minutes-old");
    fs::create_directories(base_ / "private");
    base_ = fs::canonical(base_);
    write(base_ / "minutes" / "2024" / "referat.pdf", "%PDF-1.4\nreferat\n%%EOF\n");
    write(base_ / "minutes" / "noter.txt", "Referat æøå\n");
    write(base_ / "minutes-old" / "gammel.txt", "gammelt referat\n");
    write(base_ / "private" / "secret.txt", "hemmeligt\n");
    write(base_ / "single.txt", "en fil for sig\n");
    fs::create_symlink(base_ / "private" / "secret.txt", base_ / "minutes" / "link-out.txt");
    fs::create_symlink(base_ / "private", base_ / "minutes" / "dir-out");
    fs::create_symlink(base_ / "minutes" / "noter.txt", base_ / "minutes" / "link-in.txt");
    ::mkfifo((base_ / "minutes" / "fifo.txt").c_str(), 0600);
    roots_ = {(base_ / "minutes").string() + "/", (base_ / "single.txt").string()};
  }
  void TearDown() override { fs::remove_all(base_); }

  static void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

  // The reason open_original gives for `path`, or "" when it opens it.
  std::string refused(const std::string& path) {
    std::string why;
    return searcher::open_original(path, roots_, why) ? "" : why;
  }

  fs::path base_;
  std::vector<std::string> roots_;
};

TEST_F(OriginalTest, OpensAFileInsideARootWithItsTypeAndSize) {
  std::string why;
  auto f = searcher::open_original((base_ / "minutes" / "2024" / "referat.pdf").string(), roots_, why);
  ASSERT_TRUE(f) << why;
  EXPECT_GE(f->file.get(), 0);
  EXPECT_EQ(f->path, (base_ / "minutes" / "2024" / "referat.pdf").string());
  EXPECT_EQ(f->size, 23u);
  EXPECT_EQ(f->content_type, "application/pdf");
  auto t = searcher::open_original((base_ / "minutes" / "noter.txt").string(), roots_, why);
  ASSERT_TRUE(t) << why;
  EXPECT_EQ(t->content_type, "text/plain; charset=utf-8");
  // A file given by itself is a root of its own.
  EXPECT_EQ(refused((base_ / "single.txt").string()), "");
  // A symlink that stays inside resolves to its target.
  auto l = searcher::open_original((base_ / "minutes" / "link-in.txt").string(), roots_, why);
  ASSERT_TRUE(l) << why;
  EXPECT_EQ(l->path, (base_ / "minutes" / "noter.txt").string());
}

TEST_F(OriginalTest, RefusesEverythingOutsideTheRoots) {
  const std::string m = (base_ / "minutes").string();
  const std::pair<std::string, std::string> rows[] = {
      {(base_ / "private" / "secret.txt").string(), "outside the indexed folders"},
      {m + "/link-out.txt", "outside the indexed folders"},          // symlink escape
      {m + "/dir-out/secret.txt", "outside the indexed folders"},    // through a linked folder
      {m + "/../private/secret.txt", "outside the indexed folders"}, // ..
      {m + "/2024/../../private/secret.txt", "outside the indexed folders"},
      {(base_ / "minutes-old" / "gammel.txt").string(), "outside the indexed folders"},  // root as a prefix
      {"/etc/passwd", "outside the indexed folders"},
      {m, "outside the indexed folders"},  // the root itself
      {m + "/2024", "not a regular file"},
      {m + "/fifo.txt", "not a regular file"},
      {m + "/findes-ikke.txt", "no such file"},
      {"minutes/noter.txt", "not an absolute path"},
      {"", "not an absolute path"},
      {m + std::string("/noter.txt\0/../x", 16), "not an absolute path"},  // NUL
  };
  for (const auto& [path, why] : rows) EXPECT_EQ(refused(path), why) << path;
  // No roots: nothing is served.
  std::string why;
  EXPECT_FALSE(searcher::open_original(m + "/noter.txt", {}, why));
}

TEST_F(OriginalTest, AFileSwappedForASymlinkAfterIndexingIsRefused) {
  const fs::path p = base_ / "minutes" / "noter.txt";
  EXPECT_EQ(refused(p.string()), "");
  fs::remove(p);
  fs::create_symlink(base_ / "private" / "secret.txt", p);
  EXPECT_EQ(refused(p.string()), "outside the indexed folders");
}

TEST(OriginalContentTypeTest, ByContentNotByName) {
  const std::pair<std::string, std::string> rows[] = {
      {"%PDF-1.7\n", "application/pdf"},
      {std::string("PK\x03\x04", 4) + "word/document.xml",
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {std::string("PK\x03\x04", 4) + "[Content_Types].xml",  // part names beyond the head
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {"<!DOCTYPE html><html>", "text/html"},
      {"REFERAT Direktørforum", "text/plain; charset=utf-8"},
      {"REFERAT Direkt\xf8rforum", "text/plain; charset=windows-1252"},
      {"Referat \xc3", "text/plain; charset=utf-8"},  // a sequence cut off by the head's end
      {"\xff\xfeR\0", "text/plain"},                    // UTF-16 with BOM
  };
  for (const auto& [head, type] : rows) EXPECT_EQ(searcher::original_content_type(head), type) << head;
}

}  // namespace
