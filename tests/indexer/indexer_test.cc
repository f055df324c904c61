#include "indexer/indexer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "analyzers/term_codes.h"
#include "indexer/schema.h"
#include "indexer/vocabulary.h"
#include "indexer/word_codes.h"
#include "indexer/store.h"

namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::path(testing::TempDir()) / ("referat_indexer_" + std::to_string(::getpid()) + "_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Every term of every document, with its document frequency; word terms
// as prefix + word (indexer::decoded_term), so that indexes whose threads
// gave the codes in another order compare equal.
std::map<std::string, Xapian::doccount> all_terms(const std::string& db_path) {
  Xapian::Database db(db_path);
  std::map<std::string, Xapian::doccount> terms;
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    const auto [it, added] = terms.emplace(indexer::decoded_term(db, *t), t.get_termfreq());
    EXPECT_TRUE(added) << "two terms decode to " << it->first;
  }
  return terms;
}

TEST(SchemaTest, BooleanTermsAreFolded) {
  EXPECT_EQ(schema::boolean_term(schema::k_cluster, "Midt"), "XKmidt");
  EXPECT_EQ(schema::boolean_term(schema::k_forum, "Direktørforum"), "XFdirektørforum");
  EXPECT_EQ(schema::boolean_term(schema::k_region, "REGION NORDJYLLAND"), "XRregion nordjylland");
}

TEST(SchemaTest, LongValuesAreBoundedAndStayDistinct) {
  const std::string a(400, 'a');
  std::string b = a;
  b.back() = 'b';
  const std::string ta = schema::boolean_term(schema::k_person, a);
  const std::string tb = schema::boolean_term(schema::k_person, b);
  EXPECT_LE(ta.size(), 245u);
  EXPECT_NE(ta, tb);
}

TEST(SchemaTest, IdsAreStableAndNested) {
  const std::string mid = schema::meeting_id("/data/a.txt");
  EXPECT_EQ(mid, schema::meeting_id("/data/a.txt"));
  EXPECT_NE(mid, schema::meeting_id("/data/b.txt"));
  EXPECT_EQ(mid.size(), 12u);
  EXPECT_EQ(schema::meeting_id_of(schema::item_id(mid, 7)), mid);
  EXPECT_EQ(schema::meeting_id_of(mid), mid);
}

// The ids of a file's documents.
std::set<std::string> ids(const std::string& db_path) {
  Xapian::Database db(db_path);
  std::set<std::string> out;
  for (auto t = db.allterms_begin(schema::k_id); t != db.allterms_end(schema::k_id); ++t) out.insert(*t);
  return out;
}

TEST(IndexerIdsTest, IdsSurviveMovingTheCorpus) {
  // The same folder in two places gets the same ids: they derive from the
  // path below the indexed folder ("sample/000_....txt"), not the absolute path.
  const fs::path dir = fresh_dir("moved_ids");
  for (const char* place : {"here", "there/deeper"}) {
    fs::create_directories(dir / place / "sample");
    for (const auto& f : fs::directory_iterator(REFERAT_SAMPLE_DIR))
      fs::copy_file(f.path(), dir / place / "sample" / f.path().filename());
    std::ostringstream errors;
    indexer::Indexer({(dir / place / "db").string(), 1}).index({(dir / place / "sample").string()}, errors);
    EXPECT_EQ(errors.str(), "");
  }
  const auto here = ids((dir / "here" / "db").string());
  EXPECT_EQ(here.size(), 4U + 36U);  // four meetings and their items
  EXPECT_EQ(here, ids((dir / "there/deeper" / "db").string()));
  fs::remove_all(dir);
}

TEST(FacetCodesTest, FacetsRoundTripThroughShortCodes) {
  const schema::Facets f{"Midt", "Region Midtjylland", "Direktørforum", "2024", "",
                         {"Eva Sejersdal Knudsen", "Jan Mainz"}};
  indexer::FacetCodes codes;
  EXPECT_THROW(codes.pack(f), std::logic_error);  // values without codes
  codes.add(f);
  const std::string packed = codes.pack(f);
  EXPECT_EQ(packed.size(), 7u);  // one byte a field while codes are below 128
  const schema::Facets back = codes.unpack(packed);
  EXPECT_EQ(back.cluster, "Midt");
  EXPECT_EQ(back.region, "Region Midtjylland");
  EXPECT_EQ(back.forum, "Direktørforum");
  EXPECT_EQ(back.year, "2024");
  EXPECT_EQ(back.kind, "");
  EXPECT_EQ(back.people, (std::vector<std::string>{"Eva Sejersdal Knudsen", "Jan Mainz"}));
  // Broken or unknown input gives empty values, never an error.
  EXPECT_EQ(codes.unpack("\x7f\xff").cluster, "");
  EXPECT_TRUE(codes.unpack("").people.empty());
  // The codes one by one, in pack()'s order, each read as its value.
  std::vector<std::uint32_t> each{99};
  codes.codes(packed, each);
  ASSERT_EQ(each.size(), 7u);
  EXPECT_EQ(codes.value(each[0]), "Midt");
  EXPECT_EQ(codes.value(each[1]), "Region Midtjylland");
  EXPECT_EQ(codes.value(each[4]), "");
  EXPECT_EQ(codes.value(each[6]), "Jan Mainz");
  EXPECT_EQ(codes.value(127), "");  // unknown: as unpack() reads it
  codes.codes("\x7f\xff", each);  // cut short: the whole codes only
  EXPECT_EQ(each, std::vector<std::uint32_t>{127});
}

TEST(FacetCodesTest, CodesSurviveSaveAndLoadAndGrowPastOneByte) {
  const fs::path dir = fresh_dir("facet_codes");
  indexer::FacetCodes codes;
  for (int i = 0; i < 300; ++i) codes.add({"Klynge " + std::to_string(i), "", "", "", "", {}});
  {
    Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_CREATE_OR_OPEN);
    codes.save(db);
    db.commit();
  }
  indexer::FacetCodes loaded;
  loaded.load(Xapian::Database((dir / "db").string()));
  const schema::Facets f{"Klynge 299", "", "", "", "", {"Klynge 7"}};
  EXPECT_EQ(codes.pack(f), loaded.pack(f));
  EXPECT_EQ(loaded.unpack(codes.pack(f)).cluster, "Klynge 299");
  EXPECT_EQ(loaded.unpack(codes.pack(f)).people, std::vector<std::string>{"Klynge 7"});
}

TEST(StoreTest, RoundTripsJson) {
  nlohmann::json j = {{"title", "Status for klyngemidlerne"}, {"n", 3}, {"none", nullptr}};
  const store::Codec plain;
  EXPECT_EQ(plain.unpack(plain.pack(j)), j);
  EXPECT_THROW(plain.unpack("not zstd"), std::runtime_error);
  // A dictionary trained on similar documents; data packed without one still reads.
  std::vector<std::string> samples;
  for (int i = 0; i < 400; ++i)
    samples.push_back(nlohmann::json{{"title", "Punkt " + std::to_string(i)},
                                     {"kind", i % 2 ? "beslutning" : "orientering"},
                                     {"text", "Taget til efterretning. Indstillingen blev fulgt " +
                                                  std::to_string(i * 7)}}.dump());
  const std::string dictionary = store::Codec::train(samples);
  ASSERT_FALSE(dictionary.empty());
  const store::Codec with(dictionary);
  const nlohmann::json doc = nlohmann::json::parse(samples[3]);
  EXPECT_EQ(with.unpack(with.pack(doc)), doc);
  EXPECT_LT(with.pack(doc).size(), plain.pack(doc).size());
  EXPECT_EQ(with.unpack(plain.pack(doc)), doc);
  EXPECT_THROW(plain.unpack(with.pack(doc)), std::runtime_error);
  EXPECT_TRUE(store::Codec::train({samples.begin(), samples.begin() + 10}).empty());
}

class IndexerTest : public testing::Test {
 protected:
  static std::string db_path(const fs::path& dir) { return (dir / "db").string(); }
};

TEST_F(IndexerTest, IndexesSampleCorpusWithOneDocumentPerItemAndMeeting) {
  fs::path dir = fresh_dir("sample");
  indexer::Indexer idx({db_path(dir), 2, indexer::Rebuild::no});
  std::ostringstream errors;
  indexer::Summary s = idx.index({REFERAT_SAMPLE_DIR}, errors);
  EXPECT_EQ(errors.str(), "");
  EXPECT_EQ(s.files, 4u);
  EXPECT_EQ(s.rejected, 0u);
  EXPECT_GT(s.items, 30u);
  Xapian::Database db(db_path(dir));
  EXPECT_EQ(db.get_doccount(), s.items + s.files);
  EXPECT_EQ(db.get_termfreq(schema::k_type + schema::k_type_meeting), 4u);
  EXPECT_EQ(db.get_termfreq(schema::k_type + schema::k_type_item), s.items);
  // Every document has exactly one unique id term.
  std::set<std::string> ids;
  for (auto t = db.allterms_begin(schema::k_id); t != db.allterms_end(schema::k_id); ++t) {
    EXPECT_EQ(t.get_termfreq(), 1u) << *t;
    ids.insert(*t);
  }
  EXPECT_EQ(ids.size(), db.get_doccount());
}

// The schema header is the one place: every term prefix and metadata key an
// index holds is declared there.
TEST_F(IndexerTest, EveryTermPrefixAndMetadataKeyIsTheSchemas) {
  fs::path dir = fresh_dir("schema");
  indexer::Indexer idx({db_path(dir), 2, indexer::Rebuild::no});
  std::ostringstream errors;
  idx.index({REFERAT_SAMPLE_DIR}, errors);
  Xapian::Database db(db_path(dir));
  const std::vector<std::string> fields = {
      schema::k_id,    schema::k_meeting, schema::k_type,    schema::k_cluster,   schema::k_region,
      schema::k_forum, schema::k_person,  schema::k_section, schema::k_item_kind, schema::k_year,
      schema::k_month, schema::k_date,    schema::k_title,   schema::k_boilerplate};
  std::set<std::string> declared(fields.begin(), fields.end());
  declared.insert("");  // text words
  std::map<std::string, Xapian::doccount> seen;  // prefix -> terms
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    const std::string term = *t;
    std::size_t n = 0;
    while (n < term.size() && term[n] >= 'A' && term[n] <= 'Z') ++n;
    EXPECT_TRUE(declared.count(term.substr(0, n))) << "undeclared prefix of " << term;
    // Word terms are codes (schema version 9).
    if (n == 0 || term.substr(0, n) == schema::k_title) {
      EXPECT_TRUE(analyzers::is_term_code(term.substr(n))) << "word term not coded: " << term;
    }
    ++seen[term.substr(0, n)];
  }
  // Stems, letter forms and compound parts are virtual terms: in the
  // vocabulary table, in no document.
  for (const std::string& p : {schema::k_stem, schema::k_spelt, schema::k_stripped}) EXPECT_EQ(seen[p], 0u) << p;
  auto words = [&](const std::string& term) {
    const auto w = indexer::vocabulary_words(db, term);
    return std::set<std::string>(w.begin(), w.end());
  };
  EXPECT_TRUE(words(schema::k_stem + schema::k_part + "klyng").count("klyngemidlerne"));
  EXPECT_TRUE(words(schema::k_stem + schema::k_tail + "midl").count("klyngemidlerne"));
  EXPECT_TRUE(words(schema::k_stem + schema::k_spelt + "aalborg").count("aalborg"));
  EXPECT_TRUE(words(schema::k_stem + "klyngemidl").count("klyngemidlerne"));
  for (const auto& w : words(schema::k_stem + "klyngemidl")) {
    const auto term = indexer::word_term(db, "", w);
    ASSERT_TRUE(term) << w;
    EXPECT_TRUE(db.term_exists(*term)) << w;
  }
  const std::vector<std::string> keys = {schema::k_schema_version_key, schema::k_abbreviation_key,
                                         schema::k_dictionary_key,     schema::k_person_key,
                                         schema::k_facet_key,          schema::k_source_key,
                                         schema::k_root_key,           schema::k_vocabulary_key,
                                         schema::k_revision_key,       schema::k_people_key,
                                         schema::k_cluster_regions_key, schema::k_word_code_key,
                                         schema::k_code_word_key,      schema::k_codes_count_key,
                                         schema::k_boilerplate_terms_key, schema::k_writings_key};
  std::map<std::string, int> families;
  for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) {
    const std::string key = *k;
    const auto family = std::find_if(keys.begin(), keys.end(), [&](const std::string& f) {
      return f.back() == ':' ? key.rfind(f, 0) == 0 : key == f;
    });
    EXPECT_NE(family, keys.end()) << "undeclared metadata key " << key;
    if (family != keys.end()) ++families[*family];
  }
  for (const std::string& f : {schema::k_schema_version_key, schema::k_person_key, schema::k_facet_key,
                               schema::k_source_key, schema::k_root_key, schema::k_vocabulary_key,
                               schema::k_revision_key, schema::k_people_key, schema::k_cluster_regions_key,
                               schema::k_word_code_key, schema::k_code_word_key, schema::k_codes_count_key,
                               schema::k_writings_key})
    EXPECT_GT(families[f], 0) << f;
}

// The index records the folders it was made from, and each meeting the
// canonical path of its file, for the server's links to the originals.
TEST_F(IndexerTest, RecordsRootsAndEachMeetingsFile) {
  fs::path dir = fresh_dir("roots");
  const fs::path corpus = dir / "minutes";
  fs::create_directories(corpus);
  fs::copy_file(fs::path(REFERAT_SAMPLE_DIR) / "000_f3d27487db9cbfb0.txt", corpus / "a.txt");
  const fs::path single = dir / "single.txt";
  fs::copy_file(fs::path(REFERAT_SAMPLE_DIR) / "001_bdb304747eb2561f.txt", single);
  indexer::Indexer idx({db_path(dir), 2, indexer::Rebuild::no});
  std::ostringstream errors;
  idx.index({corpus.string(), single.string()}, errors);
  Xapian::Database db(db_path(dir));
  std::set<std::string> roots;
  for (auto k = db.metadata_keys_begin(schema::k_root_key); k != db.metadata_keys_end(schema::k_root_key); ++k)
    roots.insert(db.get_metadata(*k));
  const std::string root = fs::canonical(corpus).string() + "/";
  EXPECT_EQ(roots, (std::set<std::string>{root, fs::canonical(single).string()}));
  EXPECT_EQ(db.get_metadata(schema::root_metadata_key(root)), root);
  store::Codec codec(db.get_metadata(schema::k_dictionary_key));
  std::set<std::string> files, sources;
  for (auto p = db.postlist_begin(schema::k_type + schema::k_type_meeting);
       p != db.postlist_end(schema::k_type + schema::k_type_meeting); ++p) {
    const auto data = store::StoredMeeting(codec, schema::stored_data(db.get_document(*p))).meeting();
    files.insert(data.at(schema::k_file_field).get<std::string>());
    sources.insert(data.at("source").get<std::string>());
  }
  EXPECT_EQ(files, (std::set<std::string>{root + "a.txt", fs::canonical(single).string()}));
  // What hits show: the path under the indexed folder's name, never the
  // server's absolute path (the folder was given by its absolute path).
  EXPECT_EQ(sources, (std::set<std::string>{"minutes/a.txt", "single.txt"}));
}

TEST(SchemaTest, DecisionSectionsAreBeslutningAndReferat) {
  const std::pair<const char*, bool> cases[] = {
      {"beslutning", true}, {"referat", true},     {"sagsfremstilling", false},
      {"indstilling", false}, {"Beslutning", false},  // kinds are folded
      {"", false},
  };
  for (const auto& [kind, decision] : cases) EXPECT_EQ(schema::is_decision(kind), decision) << kind;
}

TEST_F(IndexerTest, ReindexingLeavesEveryCountUnchanged) {
  fs::path dir = fresh_dir("reindex");
  fs::copy(REFERAT_SAMPLE_DIR, dir / "in");
  std::ostringstream errors;
  {
    indexer::Indexer idx({db_path(dir), 1, indexer::Rebuild::no});
    idx.index({(dir / "in").string()}, errors);
  }
  const auto before = all_terms(db_path(dir));
  const auto before_count = Xapian::Database(db_path(dir)).get_doccount();
  {
    // Unchanged files are skipped.
    indexer::Indexer idx({db_path(dir), 1, indexer::Rebuild::no});
    indexer::Summary s = idx.index({(dir / "in").string()}, errors);
    EXPECT_EQ(s.skipped, 4u);
    EXPECT_EQ(s.files, 0u);
  }
  {
    // Changed files (new modification time) replace their documents.
    for (const auto& f : fs::directory_iterator(dir / "in"))
      fs::last_write_time(f.path(), fs::last_write_time(f.path()) + std::chrono::seconds(5));
    indexer::Indexer idx({db_path(dir), 2, indexer::Rebuild::no});
    indexer::Summary s = idx.index({(dir / "in").string()}, errors);
    EXPECT_EQ(s.files, 4u);
  }
  EXPECT_EQ(Xapian::Database(db_path(dir)).get_doccount(), before_count);
  EXPECT_EQ(all_terms(db_path(dir)), before);
  EXPECT_EQ(errors.str(), "");
}

TEST_F(IndexerTest, BadFilesAreReportedAndTheRunGoesOn) {
  fs::path dir = fresh_dir("bad");
  fs::copy(REFERAT_SAMPLE_DIR, dir / "in");
  std::ofstream(dir / "in" / "empty.txt").close();
  std::ofstream(dir / "in" / "binary.txt", std::ios::binary) << std::string("PK\x03\x04\0\0\0", 7);
  indexer::Indexer idx({db_path(dir), 2, indexer::Rebuild::no});
  std::ostringstream errors;
  indexer::Summary s = idx.index({(dir / "in").string(), (dir / "missing.txt").string()}, errors);
  EXPECT_EQ(s.files, 4u);
  EXPECT_EQ(s.rejected, 3u);
  const std::string e = errors.str();
  EXPECT_NE(e.find("empty.txt: "), std::string::npos) << e;
  EXPECT_NE(e.find("binary.txt: "), std::string::npos) << e;
  EXPECT_NE(e.find("missing.txt: no such file or directory"), std::string::npos) << e;
  EXPECT_EQ(std::count(e.begin(), e.end(), '\n'), 3);
}

TEST_F(IndexerTest, FilesThatParsedPoorlyAreIndexedAndListed) {
  fs::path dir = fresh_dir("poorly");
  fs::copy(REFERAT_SAMPLE_DIR, dir / "in");
  std::ofstream(dir / "in" / "notes.txt") << "Noter fra en snak\nVi talte om budgettet.\n";
  indexer::Indexer idx({db_path(dir), 1, indexer::Rebuild::no});
  std::ostringstream errors;
  indexer::Summary s = idx.index({(dir / "in").string()}, errors);
  EXPECT_EQ(s.files, 5u);
  EXPECT_EQ(s.rejected, 0u);
  ASSERT_EQ(s.parsed_poorly.size(), 1u);
  EXPECT_EQ(s.parsed_poorly[0], (dir / "in" / "notes.txt").string() +
                                    ": no agenda items found: indexed as one item; no meeting date found; "
                                    "no participants found");
}

TEST_F(IndexerTest, SecondWriterGetsIndexLocked) {
  fs::path dir = fresh_dir("locked");
  indexer::Indexer first({db_path(dir), 1, indexer::Rebuild::no});
  try {
    indexer::Indexer second({db_path(dir), 1, indexer::Rebuild::no});
    FAIL() << "second writer opened the index";
  } catch (const indexer::IndexLocked& e) {
    EXPECT_NE(std::string(e.what()).find("index is locked"), std::string::npos);
  }
}

TEST_F(IndexerTest, StoresItemDataWithMeetingReference) {
  fs::path dir = fresh_dir("data");
  indexer::Indexer idx({db_path(dir), 1, indexer::Rebuild::no});
  std::ostringstream errors;
  idx.index({std::string(REFERAT_SAMPLE_DIR) + "/000_f3d27487db9cbfb0.txt"}, errors);
  Xapian::Database db(db_path(dir));
  // The file's data is in its meeting document, once; its items store none.
  const std::string meeting_term = schema::k_type + schema::k_type_meeting;
  ASSERT_EQ(db.get_termfreq(meeting_term), 1U);
  const store::StoredMeeting stored(store::Codec(db.get_metadata(schema::k_dictionary_key)),
                                    schema::stored_data(db.get_document(*db.postlist_begin(meeting_term))));
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(schema::k_type + schema::k_type_item));
  Xapian::MSet mset = enquire.get_mset(0, 100);
  EXPECT_EQ(mset.size(), stored.items());
  bool found = false;
  for (std::size_t n = 1; n <= stored.items(); ++n) {
    const std::string mid = stored.reference().at("id");
    const nlohmann::json data = stored.item(n, schema::item_id(mid, n));
    EXPECT_EQ(data["meeting"]["cluster"], "Midt");
    EXPECT_EQ(data["meeting"]["date"], "2024-02-08");
    if (data["item"]["title"] == "Status for klyngemidlerne") {
      found = true;
      EXPECT_EQ(data["item"]["number"], 3);
    }
  }
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    EXPECT_TRUE(it.get_document().get_data().empty());
    EXPECT_TRUE(schema::stored_data(it.get_document()).empty());
    EXPECT_EQ(it.get_document().get_value(schema::k_slot_date), "20240208");
  }
  EXPECT_TRUE(found);
}

TEST_F(IndexerTest, ShardsHoldTheSameDocumentsAsOneIndex) {
  fs::path dir = fresh_dir("shards");
  std::ostringstream errors;
  {
    indexer::Indexer one({db_path(dir / "one"), 2, indexer::Rebuild::no, 1});
    one.index({REFERAT_SAMPLE_DIR}, errors);
    indexer::Indexer three({db_path(dir / "three"), 2, indexer::Rebuild::no, 3});
    EXPECT_EQ(three.shard_count(), 3u);
    three.index({REFERAT_SAMPLE_DIR}, errors);
  }
  EXPECT_EQ(indexer::read_stub(db_path(dir / "three")).size(), 3u);
  EXPECT_EQ(all_terms(db_path(dir / "one")), all_terms(db_path(dir / "three")));
  // Reopening with another shard count needs --rebuild.
  EXPECT_THROW(indexer::Indexer({db_path(dir / "three"), 1, indexer::Rebuild::no, 2}),
               indexer::UsageError);
  indexer::Indexer rebuilt({db_path(dir / "three"), 1, indexer::Rebuild::yes, 2});
  rebuilt.index({REFERAT_SAMPLE_DIR}, errors);
  EXPECT_EQ(indexer::read_stub(db_path(dir / "three")).size(), 2u);
  EXPECT_EQ(all_terms(db_path(dir / "one")), all_terms(db_path(dir / "three")));
}

// A database's spelling words with their frequencies.
std::map<std::string, Xapian::doccount> spelling_words(const Xapian::Database& db) {
  std::map<std::string, Xapian::doccount> out;
  for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) out[*w] = w.get_termfreq();
  return out;
}

// Every metadata entry of the index (its first shard's, which a reader sees
// through the stub) and the spelling words with their frequencies.
std::map<std::string, std::string> all_metadata(const std::string& db_path) {
  std::map<std::string, std::string> out;
  for (const auto& shard : indexer::read_stub(db_path)) {
    Xapian::Database db(shard);
    for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) out[*k] = db.get_metadata(*k);
    for (const auto& [word, freq] : spelling_words(db)) out["spelling " + word] += std::to_string(freq);
  }
  return out;
}

TEST_F(IndexerTest, ParallelWritersMergeIntoOneShardEqualToOneWriter) {
  fs::path dir = fresh_dir("writers");
  fs::copy(REFERAT_SAMPLE_DIR, dir / "in");
  std::ostringstream errors;
  indexer::Options one{db_path(dir / "one"), 1, indexer::Rebuild::no, 1};
  one.writers = 1;
  indexer::Options three{db_path(dir / "three"), 1, indexer::Rebuild::no, 1};
  three.writers = 3;
  {
    indexer::Indexer a(one);
    a.index({(dir / "in").string()}, errors);
    indexer::Indexer b(three);
    EXPECT_EQ(b.shard_count(), 1u);
    // While it is written, the index lists the three parts as its shards.
    EXPECT_EQ(indexer::read_stub(three.db_path).size(), 3u);
    b.index({(dir / "in").string()}, errors);
    EXPECT_EQ(b.shard_count(), 1u);
  }
  // Merged by the compaction: one shard with the same terms, frequencies,
  // metadata (people, facet codes, skip stamps, roots) and spelling data.
  ASSERT_EQ(indexer::read_stub(three.db_path).size(), 1u);
  EXPECT_EQ(all_terms(three.db_path), all_terms(one.db_path));
  EXPECT_EQ(all_metadata(three.db_path), all_metadata(one.db_path));
  EXPECT_EQ(Xapian::Database(three.db_path).get_doccount(), Xapian::Database(one.db_path).get_doccount());
  {
    // The merged shard is updated in place: unchanged files are skipped.
    indexer::Indexer again(three);
    const indexer::Summary s = again.index({(dir / "in").string()}, errors);
    EXPECT_EQ(s.skipped, 4u);
    EXPECT_EQ(s.files, 0u);
  }
  EXPECT_EQ(errors.str(), "");
}

// Each shard's spelling words go to its first part (the compaction sums
// the parts' frequencies): every shard still ends with the spelling data of
// its own files, as when one writer writes it.
TEST_F(IndexerTest, PartsOfSeveralShardsMergeIntoTheSameShardsAsOneWriterEach) {
  fs::path dir = fresh_dir("writers_shards");
  fs::copy(REFERAT_SAMPLE_DIR, dir / "in");
  std::ostringstream errors;
  indexer::Options one{db_path(dir / "one"), 1, indexer::Rebuild::no, 2};
  one.writers = 1;
  indexer::Options three{db_path(dir / "three"), 1, indexer::Rebuild::no, 2};
  three.writers = 3;
  indexer::Indexer(one).index({(dir / "in").string()}, errors);
  indexer::Indexer(three).index({(dir / "in").string()}, errors);
  ASSERT_EQ(indexer::read_stub(three.db_path).size(), 2u);
  for (std::size_t shard = 0; shard < 2; ++shard) {
    Xapian::Database a(indexer::read_stub(one.db_path)[shard]), b(indexer::read_stub(three.db_path)[shard]);
    const auto words_a = spelling_words(a);
    EXPECT_FALSE(words_a.empty());
    EXPECT_EQ(words_a, spelling_words(b));
    EXPECT_EQ(a.get_spelling_suggestion("klyngemidlr"), b.get_spelling_suggestion("klyngemidlr"));
  }
  EXPECT_EQ(all_metadata(three.db_path), all_metadata(one.db_path));
  EXPECT_EQ(errors.str(), "");
}

TEST_F(IndexerTest, AnUnfinishedParallelBuildIsConsistentAndTheNextRunFinishesIt) {
  fs::path dir = fresh_dir("writers_killed");
  fs::copy(REFERAT_SAMPLE_DIR, dir / "in");
  std::ostringstream errors;
  indexer::Options two{db_path(dir), 1, indexer::Rebuild::no, 0};
  two.writers = 2;
  // A run that stopped before its compaction (here: before any file) leaves
  // the parts as the index's shards: a consistent index.
  { indexer::Indexer stopped(two); }
  ASSERT_EQ(indexer::read_stub(db_path(dir)).size(), 2u);
  {
    // The next run goes on with them, each file in the part its id names,
    // and merges them at its end. Asking for one shard is no change.
    indexer::Options next_options = two;
    next_options.shards = 1;
    indexer::Indexer next(next_options);
    EXPECT_EQ(next.shard_count(), 1u);
    EXPECT_EQ(next.index({(dir / "in").string()}, errors).files, 4u);
  }
  ASSERT_EQ(indexer::read_stub(db_path(dir)).size(), 1u);
  EXPECT_THROW(indexer::Indexer({db_path(dir), 1, indexer::Rebuild::no, 2}), indexer::UsageError);
  indexer::Indexer again(two);
  const indexer::Summary s = again.index({(dir / "in").string()}, errors);
  EXPECT_EQ(s.skipped, 4u);
  EXPECT_EQ(s.files, 0u);
  indexer::Options one{db_path(dir / "one"), 1, indexer::Rebuild::no, 1};
  one.writers = 1;
  indexer::Indexer(one).index({(dir / "in").string()}, errors);
  EXPECT_EQ(all_terms(db_path(dir)), all_terms(one.db_path));
  EXPECT_EQ(errors.str(), "");
}

TEST_F(IndexerTest, RebuildKeepsOldIndexVisibleUntilDone) {
  fs::path dir = fresh_dir("rebuild");
  fs::copy(REFERAT_SAMPLE_DIR, dir / "in");
  std::ostringstream errors;
  {
    indexer::Indexer idx({db_path(dir), 1, indexer::Rebuild::no});
    idx.index({(dir / "in").string()}, errors);
  }
  const auto count = Xapian::Database(db_path(dir)).get_doccount();
  Xapian::Database reader(db_path(dir));
  {
    indexer::Indexer idx({db_path(dir), 1, indexer::Rebuild::yes});
    // Before index() completes, readers still see the complete old index.
    EXPECT_EQ(Xapian::Database(db_path(dir)).get_doccount(), count);
    idx.index({(dir / "in").string()}, errors);
  }
  EXPECT_EQ(Xapian::Database(db_path(dir)).get_doccount(), count);
  // Only one generation is left on disk.
  std::size_t generations = 0;
  for (const auto& e : fs::directory_iterator(db_path(dir)))
    generations += e.path().filename().string().rfind("gen-", 0) == 0;
  EXPECT_EQ(generations, 1u);
  EXPECT_EQ(errors.str(), "");
}

TEST_F(IndexerTest, NewIndexIsCompactedAndStaysWritable) {
  fs::path dir = fresh_dir("compact");
  fs::copy(REFERAT_SAMPLE_DIR, dir / "in");
  std::ostringstream errors;
  indexer::Indexer idx({db_path(dir), 1, indexer::Rebuild::no});
  idx.index({(dir / "in").string()}, errors);
  // The compacted generation replaced the one written (gen-1).
  const auto shards = indexer::read_stub(db_path(dir));
  ASSERT_EQ(shards.size(), 1u);
  EXPECT_EQ(fs::path(shards[0]).parent_path().filename(), "gen-2");
  EXPECT_FALSE(fs::exists(fs::path(db_path(dir)) / "gen-1"));
  const auto count = Xapian::Database(db_path(dir)).get_doccount();
  // The same Indexer goes on writing to the compacted generation.
  fs::remove(dir / "in" / fs::directory_iterator(dir / "in")->path().filename());
  idx.index({(dir / "in").string()}, errors);
  EXPECT_LT(Xapian::Database(db_path(dir)).get_doccount(), count);
  EXPECT_EQ(errors.str(), "");
}

TEST_F(IndexerTest, IndexOfAnotherSchemaVersionIsRefused) {
  fs::path dir = fresh_dir("schema");
  std::ostringstream errors;
  { indexer::Indexer({db_path(dir), 1, indexer::Rebuild::no}).index({REFERAT_SAMPLE_DIR}, errors); }
  // Version 1 (no key), and 8: its word terms are words, not codes.
  for (const std::string version : {"", "8"}) {
    {
      Xapian::WritableDatabase shard(indexer::read_stub(db_path(dir)).front());
      shard.set_metadata(schema::k_schema_version_key, version);
      shard.commit();
    }
    try {
      indexer::Indexer idx({db_path(dir), 1, indexer::Rebuild::no});
      FAIL() << "an index of schema version '" << version << "' was opened for update";
    } catch (const indexer::UsageError& e) {
      EXPECT_NE(std::string(e.what()).find("--rebuild"), std::string::npos) << e.what();
    }
  }
  // --rebuild writes the current version.
  indexer::Indexer({db_path(dir), 1, indexer::Rebuild::yes}).index({REFERAT_SAMPLE_DIR}, errors);
  EXPECT_EQ(Xapian::Database(db_path(dir)).get_metadata(schema::k_schema_version_key),
            schema::k_schema_version);
  // Begun by this indexer: its boilerplate items have their term
  // (searcher/substance.h reads the boost from it).
  EXPECT_EQ(Xapian::Database(db_path(dir)).get_metadata(schema::k_boilerplate_terms_key), "1");
}

TEST_F(IndexerTest, FilesGoneFromAnIndexedDirectoryAreRemoved) {
  fs::path dir = fresh_dir("vanish");
  fs::copy(REFERAT_SAMPLE_DIR, dir / "in");
  std::ostringstream errors;
  {
    indexer::Indexer idx({db_path(dir), 1, indexer::Rebuild::no});
    idx.index({(dir / "in").string()}, errors);
  }
  const auto meetings = Xapian::Database(db_path(dir)).get_termfreq("XTmeeting");
  fs::remove(dir / "in" / "002_665350f486a11961.txt");
  indexer::Indexer idx({db_path(dir), 1, indexer::Rebuild::no});
  indexer::Summary s = idx.index({(dir / "in").string()}, errors);
  EXPECT_EQ(s.removed, 1u);
  EXPECT_EQ(s.skipped, 3u);
  Xapian::Database db(db_path(dir));
  EXPECT_EQ(db.get_termfreq("XTmeeting"), meetings - 1);
  EXPECT_EQ(db.get_termfreq(schema::boolean_term(schema::k_forum, "Klyngestyregruppe")), 0u);
}

}  // namespace

namespace {

// Minutes of a board meeting on `day` (of March 2024) listing `name`.
void write_minutes(const fs::path& file, int day, const std::string& name) {
  std::ofstream out(file, std::ios::trunc);
  out << "REFERAT Bestyrelsesmøde i Grundejerforeningen Solsikken d. " << (day < 10 ? "0" : "") << day
      << "-03-2024\n\nDeltagere:\n" << name << ", formand\nPeter Jensen, kasserer\n\n"
      << "Punkt 1: Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
      << "Punkt 2: Eventuelt\nIntet.\n";
}

// The label of every person of the index at `db_path`, sorted.
std::vector<std::string> labels(const std::string& db_path) {
  indexer::PersonRegistry registry;
  registry.load_people(Xapian::Database(db_path));
  std::vector<std::string> out;
  for (const auto& [id, p] : registry.people()) out.push_back(p.label);
  std::sort(out.begin(), out.end());
  return out;
}

// The labels of a clean index of the files in `in` now.
std::vector<std::string> clean_labels(const fs::path& dir, const fs::path& in) {
  std::ostringstream errors;
  const std::string db = (dir / "clean").string();
  fs::remove_all(db);
  indexer::Indexer({db, 1, indexer::Rebuild::no}).index({in.string()}, errors);
  return labels(db);
}

// A folder of minutes, `in`, and an index grown by runs over it, `db`.
struct GrownIndex {
  explicit GrownIndex(const std::string& name) : dir(fresh_dir(name)), in(dir / "in"), db((dir / "db").string()) {
    fs::create_directories(in);
  }
  // Indexes the files in `in` now into `db`, which must raise no error.
  void run() const {
    std::ostringstream errors;
    indexer::Indexer({db, 1, indexer::Rebuild::no}).index({in.string()}, errors);
    EXPECT_EQ(errors.str(), "");
  }
  fs::path dir, in;
  std::string db;
};

// A person's name is the fullest a list gives, then the most written; a file
// replaced or deleted takes back what it wrote, so an index grown by runs
// names people as a clean index of the same files does.
TEST(IndexerPeopleTest, ReplacedAndDeletedFilesNoLongerCountInAPersonsName) {
  const GrownIndex grown("people_changes");
  const fs::path &dir = grown.dir, &in = grown.in;
  const std::string& db = grown.db;
  const auto run = [&] { grown.run(); };
  write_minutes(in / "a1.txt", 4, "Hanne Madsen");
  write_minutes(in / "a2.txt", 11, "Hanne Madsen");
  write_minutes(in / "b.txt", 18, "Hanne Madsén");
  run();
  const auto first = labels(db);
  ASSERT_EQ(first, clean_labels(dir, in));
  EXPECT_TRUE(std::count(first.begin(), first.end(), "Hanne Madsen")) << "the most written";

  // a1 now writes her as b does: one Madsen, two Madsén.
  write_minutes(in / "a1.txt", 4, "Hanne Madsén");
  run();
  const auto replaced = labels(db);
  EXPECT_EQ(replaced, clean_labels(dir, in));
  EXPECT_TRUE(std::count(replaced.begin(), replaced.end(), "Hanne Madsén")) << "the most written now";

  // A fuller name counts before a more written one, until its file goes.
  write_minutes(in / "c.txt", 25, "Hanne M. Madsen");
  run();
  const auto fuller = labels(db);
  EXPECT_EQ(fuller, clean_labels(dir, in));
  EXPECT_TRUE(std::count(fuller.begin(), fuller.end(), "Hanne M. Madsen")) << "the fullest";
  fs::remove(in / "c.txt");
  run();
  const auto deleted = labels(db);
  EXPECT_EQ(deleted, clean_labels(dir, in));
  EXPECT_TRUE(std::count(deleted.begin(), deleted.end(), "Hanne Madsén"));

  // Every file gone: no person is left.
  for (const char* f : {"a1.txt", "a2.txt", "b.txt"}) fs::remove(in / f);
  run();
  EXPECT_TRUE(labels(db).empty());
  EXPECT_TRUE(Xapian::Database(db).metadata_keys_begin(schema::k_writings_key) ==
              Xapian::Database(db).metadata_keys_end(schema::k_writings_key));
}

// Minutes of a meeting on `date` (DD-MM-YYYY) listing each of `participants`
// ("Name, Organisation").
void write_listing(const fs::path& file, const std::string& date, const std::vector<std::string>& participants) {
  std::ofstream out(file, std::ios::trunc);
  out << "REFERAT Møde i Sundhedsklyngen d. " << date << "\n\nDeltagere:\n";
  for (const auto& p : participants) out << p << "\n";
  out << "\nPunkt 1: Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
      << "Punkt 2: Eventuelt\nIntet.\n";
}

// The dates of the meetings listing a name decide whether two people of
// that name are namesakes and which years tell them apart; a file replaced
// (its date corrected) or deleted takes its meeting's date back, so the
// people and their labels are those of a clean index of the files now.
TEST(IndexerPeopleTest, ReplacedAndDeletedFilesNoLongerDateAPerson) {
  const GrownIndex grown("people_dates");
  const fs::path &dir = grown.dir, &in = grown.in;
  const std::string& db = grown.db;
  const std::string aalborg = "Hanne Madsen, Aalborg Kommune", syd = "Hanne Madsen, Region Syddanmark";
  // Periods that interleave: two people.
  write_listing(in / "a.txt", "04-03-2024", {aalborg, "Peter Jensen, Aalborg Kommune"});
  write_listing(in / "b.txt", "11-03-2024", {syd, "Peter Jensen, Aalborg Kommune"});
  write_listing(in / "c.txt", "18-03-2024", {aalborg, "Peter Jensen, Aalborg Kommune"});
  write_listing(in / "d.txt", "25-03-2024", {syd, "Peter Jensen, Aalborg Kommune"});
  grown.run();
  const std::vector<std::string> split = {"Hanne Madsen (Aalborg Kommune, 2024)",
                                          "Hanne Madsen (Region Syddanmark, 2024)", "Peter Jensen"};
  ASSERT_EQ(labels(db), split);
  ASSERT_EQ(clean_labels(dir, in), split);

  // c's date corrected: Aalborg, then Syddanmark, one person who moved.
  write_listing(in / "c.txt", "26-02-2024", {aalborg, "Peter Jensen, Aalborg Kommune"});
  grown.run();
  EXPECT_EQ(labels(db), clean_labels(dir, in));
  EXPECT_EQ(labels(db), (std::vector<std::string>{"Hanne Madsen", "Peter Jensen"}));

  // Both listed on one day: namesakes, told apart by their years.
  write_listing(in / "e.txt", "15-05-2023", {aalborg});
  write_listing(in / "f.txt", "15-05-2023", {syd});
  grown.run();
  EXPECT_EQ(labels(db), clean_labels(dir, in));
  EXPECT_EQ(labels(db), (std::vector<std::string>{"Hanne Madsen (Aalborg Kommune, 2023–2024)",
                                                  "Hanne Madsen (Region Syddanmark, 2023–2024)", "Peter Jensen"}));
  // e's year corrected: still namesakes (interleaving), Aalborg's of 2024 only.
  write_listing(in / "e.txt", "15-05-2024", {aalborg});
  grown.run();
  EXPECT_EQ(labels(db), clean_labels(dir, in));
  EXPECT_EQ(labels(db), (std::vector<std::string>{"Hanne Madsen (Aalborg Kommune, 2024)",
                                                  "Hanne Madsen (Region Syddanmark, 2023–2024)", "Peter Jensen"}));
  // f deleted: one person again.
  fs::remove(in / "f.txt");
  grown.run();
  EXPECT_EQ(labels(db), clean_labels(dir, in));
  EXPECT_EQ(labels(db), (std::vector<std::string>{"Hanne Madsen", "Peter Jensen"}));
}

}  // namespace
