// WordCodes and Snippets against Xapian itself: the same documents indexed
// once with their words as terms (as Xapian writes them) and once with
// codes and the table (as our indexer writes them); every query, rewritten
// to codes, must give the coded index the answer Xapian gives the word
// index: the same documents, weights, estimates and snippets.
#include "searcher/word_codes.h"

#include <filesystem>
#include <map>

#include <unistd.h>

#include <gtest/gtest.h>

#include "analyzers/term_codes.h"
#include "searcher/snippet.h"

namespace fs = std::filesystem;

namespace {

// Texts with words that share beginnings (wildcards), repeat at different
// rates (weights), and stand far apart in long texts (snippet windows).
const char* const k_texts[] = {
    "Klyngemidler til fælles projekter. Klyngestyregruppen drøftede klyngemidler og fælles midler til "
    "sundhedsaftale og opfølgning; der blev ikke truffet beslutning om midler.",
    "Orientering om sundhedsaftale. Sundhedsaftalen gælder for hele regionen, og klyngen følger op. "
    "Fælles midler blev nævnt til sidst, efter en lang drøftelse af økonomi, bemanding, uddannelse og "
    "opgaver i de kommende år for alle parter i klyngen og i regionen.",
    "Klyngemøde den 3. marts: klyngemidler, klyngemøder og fælles midler. Midler, midler, midler.",
    "Ingen ord om penge her, kun om patienter, pårørende og forløb i almen praksis og på hospitalet, "
    "hvor fælles forløb og fælles sprog blev drøftet længe, meget længe, før klyngen sluttede mødet.",
    "Beslutning: Godkendt. Det nationale ledelsesprogram og fælles midler til klyngen.",
    "Lang tekst om alt muligt andet end klynger: vejret, trafikken, kantinen, parkering, "
    "adgangskort, telefoner, mødelokaler, kaffe, kage og frugt; først til sidst nævnes "
    "klyngemidler og sundhedsaftale i samme sætning, og så fælles midler igen.",
};
const char* const k_titles[] = {"Klyngemidler", "Sundhedsaftale", "Klyngemøde", "Forløb", "Ledelsesprogram",
                                "Eventuelt"};

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("word_codes_test." + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

// The word index: Xapian's TermGenerator, words with positions, title
// words under "S" without. Then the coded index: each document again with
// each word term as prefix + code (codes in the order the words come), and
// the table. One document is deleted from both afterwards, so the table
// has words no document holds.
struct Indexes {
  Xapian::WritableDatabase words, coded;
  std::map<std::string, std::string> code_of;  // word -> code
};

Indexes build(const TempDir& dir) {
  Indexes ix{Xapian::WritableDatabase(dir / "words", Xapian::DB_CREATE_OR_OVERWRITE),
             Xapian::WritableDatabase(dir / "coded", Xapian::DB_CREATE_OR_OVERWRITE), {}};
  Xapian::TermGenerator tg;
  std::uint32_t next = 0;
  auto code = [&](const std::string& word) {
    auto [at, added] = ix.code_of.try_emplace(word);
    if (added) {
      at->second = analyzers::term_code(next++);
      ix.coded.set_metadata(std::string(analyzers::k_word_key_prefix) + word, at->second);
      ix.coded.set_metadata(std::string(analyzers::k_code_key_prefix) + at->second, word);
    }
    return at->second;
  };
  for (std::size_t i = 0; i < std::size(k_texts); ++i) {
    Xapian::Document doc;
    doc.set_data(k_texts[i]);
    tg.set_document(doc);
    tg.index_text_without_positions(k_titles[i], 1, "S");
    tg.index_text(k_texts[i]);
    doc.add_boolean_term("XTitem");
    ix.words.add_document(doc);
    Xapian::Document coded;
    coded.set_data(k_texts[i]);
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      std::string prefix, word;
      if (!searcher::is_word_term(*t, &prefix, &word)) {
        coded.add_boolean_term(*t);
        continue;
      }
      const std::string term = prefix + code(word);
      if (t.positionlist_begin() == t.positionlist_end()) coded.add_term(term, t.get_wdf());
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) coded.add_posting(term, *p);
    }
    ix.coded.add_document(coded);
  }
  ix.coded.set_metadata(std::string(analyzers::k_codes_key), std::to_string(next));
  // "Ingen ord om penge" holds the only "patienter": a word in the table
  // that no document holds.
  ix.words.delete_document(4);
  ix.coded.delete_document(4);
  ix.words.commit();
  ix.coded.commit();
  return ix;
}

Xapian::Query parse(const std::string& text, const Xapian::Database& db) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.add_prefix("titel", "S");
  return qp.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD);
}

Xapian::Query phrase(const std::vector<std::string>& words, Xapian::termcount window) {
  std::vector<Xapian::Query> terms(words.begin(), words.end());
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), window);
}

std::vector<Xapian::Query> queries(const Xapian::Database& words) {
  using Q = Xapian::Query;
  std::vector<Q> out;
  for (const char* text : {"klyngemidler", "klyngemidler sundhedsaftale", "\"fælles midler\"", "klynge*",
                           "titel:klynge*", "sundhedsaft*",  // one word: a synonym of one term
                           "xyzzy* OR midler",               // no word
                           "patien* OR midler",              // a word only the table still has
                           "midler NEAR klyngen", "ukendtord OR midler", "klynge* AND midler",
                           "titel:klyngemidler OR fælles", "midler -klyngemidler", "klyngemøde*"})
    out.push_back(parse(text, words));
  // What the searcher builds beside the parser: scale factors, windows
  // wider than the phrase (stopwords dropped), optional weights, synonyms,
  // a stem the vocabulary did not expand.
  out.push_back(Q(Q::OP_OR, Q(Q::OP_SCALE_WEIGHT, phrase({"fælles", "midler"}, 2), 1.0 / 3),
                  Q(Q::OP_AND_MAYBE, Q("midler"), Q(Q::OP_SCALE_WEIGHT, Q("Sklyngemidler"), 1.5))));
  out.push_back(Q(Q::OP_OR, phrase({"nationale", "ledelsesprogram"}, 3), Q("Zmidl")));
  const Q synonym[] = {Q("klyngemidler"), Q("midler", 2, 7)};
  out.push_back(Q(Q::OP_FILTER, Q(Q::OP_SYNONYM, std::begin(synonym), std::end(synonym)), Q("XTitem")));
  return out;
}

TEST(WordCodesTest, CodedIndexGivesTheAnswersXapianGivesTheWordIndex) {
  TempDir dir;
  Indexes ix = build(dir);
  const Xapian::Database words(dir / "words"), coded(dir / "coded");
  const Xapian::Stem stemmer("danish");
  std::size_t hits = 0, marked = 0;  // the comparison compares something
  for (const Xapian::Query& query : queries(words)) {
    SCOPED_TRACE(query.get_description());
    searcher::WordCodes codes(coded);
    ASSERT_TRUE(codes.coded());
    const Xapian::Query rewritten = codes.rewrite(query);
    Xapian::Enquire by_words(words), by_codes(coded);
    by_words.set_query(query);
    by_codes.set_query(rewritten);
    const Xapian::MSet expected = by_words.get_mset(0, 10);
    const Xapian::MSet got = by_codes.get_mset(0, 10);
    ASSERT_EQ(got.size(), expected.size());
    EXPECT_EQ(got.get_matches_estimated(), expected.get_matches_estimated());
    const searcher::Snippets snippets(got, query, rewritten, codes, stemmer);
    for (Xapian::doccount i = 0; i < got.size(); ++i) {
      EXPECT_EQ(*got[i], *expected[i]);
      EXPECT_EQ(got[i].get_weight(), expected[i].get_weight());
      const std::string text = got[i].get_document().get_data();
      ++hits;
      for (std::size_t length : {40, 80, 400})
        for (unsigned flags : {0u, unsigned{Xapian::MSet::SNIPPET_EXHAUSTIVE | Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH}}) {
          const std::string snippet = snippets(text, length, flags, "<b>", "</b>", "...");
          EXPECT_EQ(snippet, expected.snippet(text, length, stemmer, flags, "<b>", "</b>", "..."))
              << "length " << length << " flags " << flags;
          if (snippet.find("<b>") != std::string::npos) ++marked;
        }
    }
  }
  EXPECT_GE(hits, 40u);
  EXPECT_GE(marked, 200u);
}

TEST(WordCodesTest, AnIndexWithoutATableKeepsItsWordsAndExpandsWildcardsAsXapian) {
  TempDir dir;
  build(dir);
  const Xapian::Database words(dir / "words");
  searcher::WordCodes codes(words);
  EXPECT_FALSE(codes.coded());
  EXPECT_EQ(codes.term("klyngemidler"), "klyngemidler");
  EXPECT_EQ(codes.word_of("klyngemidler"), "klyngemidler");
  for (const Xapian::Query& query : queries(words)) {
    SCOPED_TRACE(query.get_description());
    Xapian::Enquire a(words), b(words);
    a.set_query(query);
    b.set_query(codes.rewrite(query));
    const Xapian::MSet expected = a.get_mset(0, 10), got = b.get_mset(0, 10);
    ASSERT_EQ(got.size(), expected.size());
    for (Xapian::doccount i = 0; i < got.size(); ++i) {
      EXPECT_EQ(*got[i], *expected[i]);
      EXPECT_EQ(got[i].get_weight(), expected[i].get_weight());
    }
  }
}

TEST(WordCodesTest, MapsWordTermsOnly) {
  TempDir dir;
  Indexes ix = build(dir);
  const Xapian::Database coded(dir / "coded");
  searcher::WordCodes codes(coded);
  const std::string k = ix.code_of.at("klyngemidler");
  const struct {
    std::string term, expected;
  } rows[] = {
      {"klyngemidler", k},                  // a word
      {"Sklyngemidler", "S" + k},           // a title word: the same code
      {"ukendtord", "ukendtord"},           // not in the table: no document holds it
      {"XTitem", "XTitem"},                 // boolean
      {"XKklyngemidler", "XKklyngemidler"}, // a boolean value that is also a word
      {"Zklyngemidl", "Zklyngemidl"},       // a stem the vocabulary did not expand
      {k, k},                               // already a code
      {"S" + k, "S" + k},
  };
  for (const auto& row : rows) EXPECT_EQ(codes.term(row.term), row.expected) << row.term;
  EXPECT_EQ(codes.word_of(k), "klyngemidler");
  EXPECT_EQ(codes.word_of("S" + k), std::nullopt);
  EXPECT_EQ(codes.word_of("klyngemidler"), std::nullopt);
  EXPECT_TRUE(codes.holds("klyngemidler"));
  EXPECT_FALSE(codes.holds("patienter"));  // in the table, its document deleted
  EXPECT_FALSE(codes.holds("ukendtord"));
  // Parameters Xapian keeps to itself are kept: windows, scale factors,
  // positions and wqf.
  using Q = Xapian::Query;
  const Q with_words(Q::OP_OR, Q(Q::OP_SCALE_WEIGHT, phrase({"fælles", "midler"}, 3), 0.1),
                     Q("klyngemidler", 2, 5));
  const Q with_codes(Q::OP_OR,
                     Q(Q::OP_SCALE_WEIGHT, phrase({ix.code_of.at("fælles"), ix.code_of.at("midler")}, 3), 0.1),
                     Q(k, 2, 5));
  EXPECT_EQ(codes.rewrite(with_words).serialise(), with_codes.serialise());
  // A query without word terms is the same object.
  const Q boolean(Q::OP_FILTER, Q("XTitem"), Q("XKmidt"));
  EXPECT_EQ(codes.rewrite(boolean).internal.get(), boolean.internal.get());
}

}  // namespace
