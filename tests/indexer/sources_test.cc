// Which files a run reads, their id sources, stamps and removals
// (indexer/sources.h).
#include "indexer/sources.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "indexer/schema.h"

namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::path(testing::TempDir()) / ("referat_sources_" + std::to_string(::getpid()) + "_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

TEST(SourcesTest, WalkTakesMinutesFormatsSortedAndNotesTheRest) {
  const fs::path dir = fresh_dir("walk");
  write(dir / "in" / "b.txt", "x");
  write(dir / "in" / "sub" / "a.PDF", "x");
  write(dir / "in" / "c.png", "x");
  write(dir / "in" / ".hidden.txt", "x");
  std::ostringstream errors;
  std::size_t missing = 0;
  const auto files = indexer::collect_files({(dir / "in").string(), (dir / "nope.txt").string()}, errors, missing);
  EXPECT_EQ(files, (std::vector<std::string>{(dir / "in" / "b.txt").string(), (dir / "in" / "sub" / "a.PDF").string()}));
  EXPECT_EQ(missing, 1u);
  EXPECT_NE(errors.str().find("note: skipped 1 file not in a minutes format (.png)"), std::string::npos) << errors.str();
  EXPECT_NE(errors.str().find("nope.txt: no such file or directory"), std::string::npos);
  fs::remove_all(dir);
}

TEST(SourcesTest, IdSourcesAreRelativeToTheRootAndUniqueInARun) {
  const fs::path dir = fresh_dir("ids");
  fs::create_directories(dir / "one" / "sample");
  fs::create_directories(dir / "two" / "sample");
  const auto roots = indexer::canonical_roots(
      {(dir / "one" / "sample").string(), (dir / "two" / "sample").string(), (dir / "file.txt").string()});
  ASSERT_EQ(roots.size(), 2u);
  EXPECT_EQ(roots[0].back(), '/');
  std::map<std::string, std::string> owners;
  const std::string first = fs::weakly_canonical(dir / "one" / "sample" / "a.txt").string();
  const std::string second = fs::weakly_canonical(dir / "two" / "sample" / "a.txt").string();
  EXPECT_EQ(indexer::id_source(first, roots, owners), "sample/a.txt");
  EXPECT_EQ(indexer::id_source(first, roots, owners), "sample/a.txt");  // the same file again
  // Two roots of the same name: the second file falls back to its path.
  EXPECT_EQ(indexer::id_source(second, roots, owners), second);
  // A file given itself: its name.
  EXPECT_EQ(indexer::id_source("/elsewhere/b.txt", roots, owners), "b.txt");
  fs::remove_all(dir);
}

TEST(SourcesTest, ShownSourceIsThePathAsWalkedUnderTheFoldersName) {
  const fs::path dir = fresh_dir("shown");
  write(dir / "outside" / "secret.txt", "x");
  write(dir / "minutes" / "sub" / "a.txt", "x");
  fs::create_symlink(dir / "outside" / "secret.txt", dir / "minutes" / "escape.txt");
  const auto roots = indexer::given_roots({(dir / "minutes").string(), (dir / "minutes" / "sub" / "a.txt").string()});
  ASSERT_EQ(roots.size(), 1u);
  EXPECT_EQ(indexer::shown_source((dir / "minutes" / "sub" / "a.txt").string(), roots), "minutes/sub/a.txt");
  // A symlink keeps the name it was walked by, not its target's path.
  EXPECT_EQ(indexer::shown_source((dir / "minutes" / "escape.txt").string(), roots), "minutes/escape.txt");
  // A file given by itself: its name, never the absolute path.
  EXPECT_EQ(indexer::shown_source((dir / "outside" / "secret.txt").string(), roots), "secret.txt");
}

TEST(SourcesTest, StampChangesWithSizeAndModificationTime) {
  const fs::path dir = fresh_dir("stamp");
  write(dir / "a.txt", "first");
  const std::string before = indexer::file_stamp(fs::file_size(dir / "a.txt"), dir / "a.txt");
  EXPECT_EQ(before, indexer::file_stamp(fs::file_size(dir / "a.txt"), dir / "a.txt"));
  fs::last_write_time(dir / "a.txt", fs::last_write_time(dir / "a.txt") + std::chrono::seconds(5));
  EXPECT_NE(before, indexer::file_stamp(fs::file_size(dir / "a.txt"), dir / "a.txt"));
  EXPECT_EQ(indexer::source_stamp("5:7", "abc", "/x/a.txt"), "5:7\tabc\t/x/a.txt");
  EXPECT_THROW(indexer::file_stamp(0, dir / "gone.txt"), fs::filesystem_error);
  fs::remove_all(dir);
}

TEST(SourcesTest, DeletingAFileDeletesItsMeetingAndItemsOnlyAlsoBeforeACommit) {
  const fs::path dir = fresh_dir("delete");
  Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_CREATE_OR_OPEN);
  // Two meetings whose ids share a beginning, each with two items; only
  // the meeting document has the meeting id term.
  auto add_file = [&](const std::string& mid) {
    Xapian::Document meeting;
    meeting.add_boolean_term(schema::k_id + mid);
    meeting.add_boolean_term(schema::k_meeting + mid);
    db.add_document(meeting);
    for (std::size_t n = 1; n <= 2; ++n) {
      Xapian::Document item;
      item.add_boolean_term(schema::k_id + schema::item_id(mid, n));
      db.add_document(item);
    }
  };
  add_file("ab12");
  add_file("ab1");
  db.commit();
  indexer::delete_file(db, "ab1");
  EXPECT_EQ(db.get_doccount(), 3u);
  EXPECT_EQ(db.get_termfreq(schema::k_id + "ab1"), 0u);
  EXPECT_EQ(db.get_termfreq(schema::k_id + schema::item_id("ab1", 2)), 0u);
  EXPECT_EQ(db.get_termfreq(schema::k_id + schema::item_id("ab12", 1)), 1u);
  // Documents added in the open transaction are found and deleted too.
  db.begin_transaction();
  add_file("cd3");
  indexer::delete_file(db, "cd3");
  indexer::delete_file(db, "none");
  db.commit_transaction();
  EXPECT_EQ(db.get_doccount(), 3u);
  fs::remove_all(dir);
}

TEST(SourcesTest, RemovesOnlyFilesGoneFromTheGivenDirectories) {
  const fs::path dir = fresh_dir("remove");
  fs::create_directories(dir / "in");
  const std::string in = fs::weakly_canonical(dir / "in").string() + "/";
  std::vector<Xapian::WritableDatabase> shards;
  shards.emplace_back((dir / "db").string(), Xapian::DB_CREATE_OR_OPEN);
  for (const std::string name : {"kept.txt", "gone.txt"}) {
    Xapian::Document doc;
    doc.add_boolean_term(schema::k_meeting + name);
    shards[0].add_document(doc);
    shards[0].set_metadata(schema::source_metadata_key(in + name), indexer::source_stamp("1:1", name, in + name));
  }
  // A file outside the directory is kept although this run did not see it.
  Xapian::Document outside;
  outside.add_boolean_term(schema::k_meeting + std::string("outside"));
  shards[0].add_document(outside);
  shards[0].set_metadata(schema::source_metadata_key("/other/outside.txt"),
                         indexer::source_stamp("1:1", "outside", "/other/outside.txt"));
  EXPECT_EQ(indexer::remove_vanished(shards, {(dir / "in").string()}, {(dir / "in" / "kept.txt").string()}), 1u);
  EXPECT_EQ(shards[0].get_doccount(), 2u);
  EXPECT_EQ(shards[0].get_termfreq(schema::k_meeting + "gone.txt"), 0u);
  EXPECT_EQ(shards[0].get_metadata(schema::source_metadata_key(in + "gone.txt")), "");
  EXPECT_NE(shards[0].get_metadata(schema::source_metadata_key(in + "kept.txt")), "");
  // Files given themselves (no directory): nothing is removed.
  EXPECT_EQ(indexer::remove_vanished(shards, {(dir / "in" / "kept.txt").string()}, {}), 0u);
  fs::remove_all(dir);
}

}  // namespace
