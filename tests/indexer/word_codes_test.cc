// The word code table (indexer/word_codes.h) and the coded word terms the
// indexer writes with it (schema version 9).
#include "indexer/word_codes.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include <unistd.h>

#include <gtest/gtest.h>

#include "analyzers/term_codes.h"
#include "indexer/indexer.h"
#include "indexer/schema.h"

namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::path(testing::TempDir()) / ("referat_codes_" + std::to_string(::getpid()) + "_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// The table of `db` as its metadata holds it: word -> code.
std::map<std::string, std::string> stored_table(const Xapian::Database& db) {
  std::map<std::string, std::string> table;
  const std::string& w = schema::k_word_code_key;
  for (auto k = db.metadata_keys_begin(w); k != db.metadata_keys_end(w); ++k)
    table[(*k).substr(w.size())] = db.get_metadata(*k);
  return table;
}

TEST(WordCodesTest, GivesCodesFirstComeFirstServedAndRoundTripsThroughTheMetadata) {
  Xapian::WritableDatabase db((fresh_dir("table") / "db").string(), Xapian::DB_CREATE);
  indexer::WordCodes codes;
  codes.load(db);
  EXPECT_EQ(codes.size(), 0u);
  EXPECT_EQ(codes.code("klyngemidlerne"), analyzers::term_code(0));
  EXPECT_EQ(codes.code("sundhedsaftale"), analyzers::term_code(1));
  EXPECT_EQ(codes.code("klyngemidlerne"), analyzers::term_code(0));  // asked again: the same
  EXPECT_EQ(codes.save(db), 2u);
  EXPECT_EQ(codes.save(db), 0u);  // nothing new
  EXPECT_EQ(db.get_metadata("w:klyngemidlerne"), analyzers::term_code(0));
  EXPECT_EQ(db.get_metadata("c:" + analyzers::term_code(1)), "sundhedsaftale");
  EXPECT_EQ(db.get_metadata("codes"), "2");

  // Past the one-byte codes; a second table loaded from the metadata goes on.
  for (int i = 0; i < 200; ++i) codes.code("ord" + std::to_string(i));
  EXPECT_EQ(codes.save(db), 200u);
  indexer::WordCodes again;
  again.load(db);
  EXPECT_EQ(again.size(), 202u);
  EXPECT_EQ(again.code("ord150"), analyzers::term_code(152));
  EXPECT_EQ(again.code("ord150").size(), 2u);
  EXPECT_EQ(again.code("nyt"), analyzers::term_code(202));
  EXPECT_EQ(again.save(db), 1u);
  EXPECT_EQ(db.get_metadata("codes"), "203");
  EXPECT_EQ(indexer::word_term(db, "S", "nyt"), "S" + analyzers::term_code(202));
  EXPECT_FALSE(indexer::word_term(db, "", "aldrig"));
  EXPECT_EQ(indexer::decoded_term(db, "S" + analyzers::term_code(1)), "Ssundhedsaftale");
  EXPECT_EQ(indexer::decoded_term(db, "XKmidt"), "XKmidt");
  EXPECT_EQ(indexer::decoded_term(db, analyzers::term_code(5000)), analyzers::term_code(5000));
}

TEST(WordCodesTest, ThreadsAskingTogetherGetOneCodeAWordAndNoGaps) {
  indexer::WordCodes codes;
  const analyzers::WordCoder coder = codes.coder();
  std::vector<std::map<std::string, std::string>> seen(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        const std::string word = "ord" + std::to_string((i * (t + 1)) % 1500);
        seen[t][word] = coder(word);
      }
    });
  for (auto& t : threads) t.join();
  std::map<std::string, std::string> all;
  for (const auto& s : seen)
    for (const auto& [word, code] : s) {
      const auto [it, added] = all.emplace(word, code);
      EXPECT_EQ(it->second, code) << word;
    }
  std::set<std::uint32_t> numbers;
  for (const auto& [word, code] : all) numbers.insert(*analyzers::term_code_number(code));
  EXPECT_EQ(numbers.size(), all.size());
  EXPECT_EQ(codes.size(), all.size());
  EXPECT_EQ(*numbers.rbegin(), all.size() - 1);  // codes 0 .. n-1
}

TEST(WordCodesTest, AnInconsistentTableIsRefused) {
  const fs::path dir = fresh_dir("refused");
  int n = 0;
  auto table = [&](std::initializer_list<std::pair<std::string, std::string>> entries) {
    Xapian::WritableDatabase db((dir / std::to_string(++n)).string(), Xapian::DB_CREATE);
    for (const auto& [k, v] : entries) db.set_metadata(k, v);
    return db;
  };
  indexer::WordCodes codes;
  const std::string a = analyzers::term_code(0), b = analyzers::term_code(1);
  EXPECT_NO_THROW(codes.load(table({{"codes", "2"}, {"w:a", a}, {"w:b", b}})));
  EXPECT_EQ(codes.code("c"), analyzers::term_code(2));
  EXPECT_THROW(codes.load(table({{"codes", "x"}})), std::runtime_error);
  EXPECT_THROW(codes.load(table({{"codes", "1"}, {"w:a", a}, {"w:b", b}})), std::runtime_error);   // out of range
  EXPECT_THROW(codes.load(table({{"codes", "2"}, {"w:a", a}, {"w:b", a}})), std::runtime_error);   // one code, two words
  EXPECT_THROW(codes.load(table({{"codes", "3"}, {"w:a", a}, {"w:b", b}})), std::runtime_error);   // a gap
  EXPECT_THROW(codes.load(table({{"codes", "1"}, {"w:a", "a"}})), std::runtime_error);             // not a code
}

// Every term of every shard of the index at `db_path`: each word term must
// be prefix + a code of the first shard's table. Returns the decoded terms.
std::map<std::string, Xapian::doccount> checked_terms(const std::string& db_path) {
  const auto shards = indexer::read_stub(db_path);
  const Xapian::Database first(shards.front());
  std::map<std::string, Xapian::doccount> terms;
  for (const auto& path : shards) {
    const Xapian::Database shard(path);
    if (&path != &shards.front()) {
      EXPECT_TRUE(stored_table(shard).empty()) << path << ": a table in a later shard";
    }
    for (auto t = shard.allterms_begin(); t != shard.allterms_end(); ++t) {
      const std::string term = *t;
      std::size_t n = 0;
      while (n < term.size() && term[n] >= 'A' && term[n] <= 'Z') ++n;
      const std::string prefix = term.substr(0, n);
      if (prefix.empty() || prefix == schema::k_title) {
        EXPECT_TRUE(analyzers::is_term_code(term.substr(n))) << "a word term not coded: " << term;
        const std::string word = first.get_metadata(schema::k_code_word_key + term.substr(n));
        EXPECT_FALSE(word.empty()) << path << ": a code the table lacks";
        EXPECT_EQ(first.get_metadata(schema::k_word_code_key + word), term.substr(n)) << word;
      }
      terms[indexer::decoded_term(first, term)] += t.get_termfreq();
    }
  }
  return terms;
}

void expect_consistent_table(const std::string& db_path) {
  const Xapian::Database first(indexer::read_stub(db_path).front());
  const auto table = stored_table(first);
  EXPECT_EQ(first.get_metadata(schema::k_codes_count_key), table.empty() ? "" : std::to_string(table.size()));
  std::set<std::string> codes;
  for (const auto& [word, code] : table) {
    EXPECT_TRUE(analyzers::is_term_code(code)) << word;
    EXPECT_LT(*analyzers::term_code_number(code), table.size()) << word;
    EXPECT_EQ(first.get_metadata(schema::k_code_word_key + code), word);
    EXPECT_TRUE(codes.insert(code).second) << word;
  }
}

TEST(IndexerCodesTest, WordTermsAreCodesOfTheTableTheSameUnderEveryPrefix) {
  const fs::path dir = fresh_dir("sample");
  const std::string db_path = (dir / "db").string();
  std::ostringstream errors;
  indexer::Indexer({db_path, 2, indexer::Rebuild::no}).index({REFERAT_SAMPLE_DIR}, errors);
  EXPECT_EQ(errors.str(), "");
  expect_consistent_table(db_path);
  const auto terms = checked_terms(db_path);
  const Xapian::Database db(db_path);
  EXPECT_EQ(db.get_metadata(schema::k_schema_version_key), "10");
  // A title word: unprefixed (with positions) and under S, one code.
  const auto plain = indexer::word_term(db, "", "klyngemidlerne");
  ASSERT_TRUE(plain);
  EXPECT_LE(plain->size(), 3u);
  EXPECT_GT(db.get_termfreq(*plain), 0u);
  EXPECT_GT(db.get_termfreq(schema::k_title + *plain), 0u);
  EXPECT_GT(terms.at("klyngemidlerne"), 0u);
  EXPECT_GT(terms.at("Sklyngemidlerne"), 0u);
  EXPECT_FALSE(db.term_exists("klyngemidlerne"));  // the word itself is in no document
  // Positions under the code: a phrase of codes matches.
  Xapian::Enquire enquire(db);
  const auto status = indexer::word_term(db, "", "status");
  ASSERT_TRUE(status);
  const std::vector<Xapian::Query> words{Xapian::Query(*status), Xapian::Query(*plain)};
  enquire.set_query(Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), 3));
  EXPECT_GT(enquire.get_mset(0, 10).size(), 0u);  // "Status for klyngemidlerne"
}

TEST(IndexerCodesTest, AnUpdateRunKeepsTheTableAndExtendsIt) {
  const fs::path dir = fresh_dir("update");
  fs::create_directories(dir / "in");
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(REFERAT_SAMPLE_DIR)) files.push_back(f.path());
  std::sort(files.begin(), files.end());
  for (std::size_t i = 0; i < 2; ++i) fs::copy_file(files[i], dir / "in" / files[i].filename());
  const std::string db_path = (dir / "db").string();
  std::ostringstream errors;
  indexer::Indexer({db_path, 2, indexer::Rebuild::no}).index({(dir / "in").string()}, errors);
  const auto before = stored_table(Xapian::Database(db_path));
  ASSERT_FALSE(before.empty());
  for (std::size_t i = 2; i < files.size(); ++i) fs::copy_file(files[i], dir / "in" / files[i].filename());
  std::ofstream(dir / "in" / files[0].filename(), std::ios::app) << "\nZebrafinkerne kom også.\n";
  indexer::Indexer({db_path, 2, indexer::Rebuild::no}).index({(dir / "in").string()}, errors);
  EXPECT_EQ(errors.str(), "");
  const auto after = stored_table(Xapian::Database(db_path));
  // Every word keeps its code; new words get the next ones.
  for (const auto& [word, code] : before) EXPECT_EQ(after.at(word), code) << word;
  EXPECT_GT(after.size(), before.size());
  for (const auto& [word, code] : after)
    if (!before.count(word)) {
      EXPECT_GE(*analyzers::term_code_number(code), before.size()) << word;
    }
  EXPECT_TRUE(after.count("zebrafinkerne"));
  expect_consistent_table(db_path);
  // The same documents as one run over all the files.
  indexer::Indexer({(dir / "one").string(), 2, indexer::Rebuild::no}).index({(dir / "in").string()}, errors);
  EXPECT_EQ(checked_terms(db_path), checked_terms((dir / "one").string()));
  // A rebuild starts a new table: the words of the files, no more.
  indexer::Indexer({db_path, 1, indexer::Rebuild::yes}).index({(dir / "in").string()}, errors);
  EXPECT_EQ(stored_table(Xapian::Database(db_path)).size(), stored_table(Xapian::Database((dir / "one").string())).size());
  EXPECT_EQ(checked_terms(db_path), checked_terms((dir / "one").string()));
}

TEST(IndexerCodesTest, ShardsAndParallelPartsShareTheFirstShardsTable) {
  const fs::path dir = fresh_dir("shards");
  std::ostringstream errors;
  indexer::Options one{(dir / "one").string(), 2, indexer::Rebuild::no, 1};
  one.writers = 1;
  indexer::Options parts{(dir / "parts").string(), 2, indexer::Rebuild::no, 1};
  parts.writers = 3;
  indexer::Options shards{(dir / "shards").string(), 2, indexer::Rebuild::no, 3};
  shards.writers = 2;
  for (const auto& options : {one, parts, shards}) indexer::Indexer(options).index({REFERAT_SAMPLE_DIR}, errors);
  EXPECT_EQ(errors.str(), "");
  ASSERT_EQ(indexer::read_stub(shards.db_path).size(), 3u);
  const auto terms = checked_terms(one.db_path);
  EXPECT_EQ(checked_terms(parts.db_path), terms);
  EXPECT_EQ(checked_terms(shards.db_path), terms);  // every shard's codes are in shard 0's table
  for (const auto& options : {one, parts, shards}) expect_consistent_table(options.db_path);
}

// A kill (here: a failed commit) between the first shard's commit and the
// others' never leaves a committed document with a code the committed
// table lacks; the next run finishes the index.
TEST(IndexerCodesTest, TheTableIsCommittedBeforeTheDocumentsThatUseItsCodes) {
  const fs::path dir = fresh_dir("order");
  fs::create_directories(dir / "in");
  const fs::path sample = fs::path(REFERAT_SAMPLE_DIR) / "000_f3d27487db9cbfb0.txt";
  // More files than a transaction takes, each with a word of its own.
  for (int i = 0; i < 140; ++i) {
    fs::copy_file(sample, dir / "in" / ("m" + std::to_string(i) + ".txt"));
    std::ofstream(dir / "in" / ("m" + std::to_string(i) + ".txt"), std::ios::app) << "\nkode" << i << "\n";
  }
  indexer::Options options{(dir / "db").string(), 1, indexer::Rebuild::no, 2};
  std::ostringstream errors;
  {
    indexer::Indexer idx(options);
    const auto shards = indexer::read_stub(options.db_path);
    ASSERT_EQ(shards.size(), 2u);
    // After the first batch (not committed yet), the first shard's next
    // commit fails: glass cannot write its new version file.
    int batches = 0;
    EXPECT_THROW(idx.index({(dir / "in").string()}, errors,
                           [&](const indexer::Progress&) {
                             if (++batches == 1) fs::create_directory(fs::path(shards.front()) / "v.tmp");
                           }),
                 indexer::DatabaseError);
    EXPECT_EQ(batches, 1);
    fs::remove(fs::path(shards.front()) / "v.tmp");
  }
  // What was committed: no word term without its code in the first shard's table.
  checked_terms(options.db_path);
  expect_consistent_table(options.db_path);
  const indexer::Summary s = indexer::Indexer(options).index({(dir / "in").string()}, errors);
  EXPECT_EQ(s.files + s.skipped, 140u);
  EXPECT_EQ(errors.str(), "");
  const auto terms = checked_terms(options.db_path);
  EXPECT_EQ(terms.at("kode139"), 1u);
  expect_consistent_table(options.db_path);
}

}  // namespace
