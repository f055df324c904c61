#include "analyzers/analyzer.h"

#include <map>
#include <set>

#include <gtest/gtest.h>

#include "analyzers/abbreviations.h"
#include "analyzers/compounds.h"

namespace {

// The analyzer writes the prefixes it is given (the index schema's live in
// indexer/schema.h); these differ from the schema's on purpose, except "Z",
// which Xapian's QueryParser fixes.
const analyzers::TermPrefixes k_prefixes{"Z", "LA", "LO", "LC", "LE"};

TEST(FoldCaseTest, NormalisesAndFolds) {
  const std::pair<const char*, const char*> cases[] = {
      {"ÆØÅ", "æøå"},
      {"Sundhedsklynge MIDT", "sundhedsklynge midt"},
      {"Straße", "strasse"},
      {"a\xCC\x8A", "å"},  // NFD å -> NFC
      {"\xFF", "\xEF\xBF\xBD"},  // invalid UTF-8 -> U+FFFD
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(analyzers::fold_case(in), out) << in;
}

struct TokenCase {
  const char* text;
  std::vector<std::string> words;
  std::vector<bool> joined;
};

TEST(TokenizeTest, KeepsDanishLettersNumbersAndCompounds) {
  const TokenCase cases[] = {
      {"Klyngemidlerne i Sundhedsklynge Midt", {"klyngemidlerne", "i", "sundhedsklynge", "midt"},
       {false, false, false, false}},
      {"1.022.190 mio.", {"1.022.190", "mio"}, {false, false}},
      {"Sundhedsaftale 2024-2027", {"sundhedsaftale", "2024", "2027"}, {false, false, true}},
      {"e-sundhedsvæsen", {"e", "sundhedsvæsen"}, {false, true}},
      {"Sundheds- og Forebyggelseschef", {"sundheds", "og", "forebyggelseschef"},
       {false, false, false}},
      {"PLO-R(egional)", {"plo", "r", "egional"}, {false, true, false}},
      {"App'en – 2,5 %", {"app'en", "2,5"}, {false, false}},
      {"Ålborg ØST", {"ålborg", "øst"}, {false, false}},
  };
  for (const auto& c : cases) {
    const auto tokens = analyzers::tokenize(c.text);
    std::vector<std::string> words;
    std::vector<bool> joined;
    for (const auto& t : tokens) {
      words.push_back(t.word);
      joined.push_back(t.joined_to_previous);
    }
    EXPECT_EQ(words, c.words) << c.text;
    EXPECT_EQ(joined, c.joined) << c.text;
  }
}

TEST(TokenizeTest, OffsetsPointIntoTheInput) {
  const std::string text = "Status for Klyngemidlerne, 2024";
  for (const auto& t : analyzers::tokenize(text))
    EXPECT_EQ(analyzers::fold_case(text.substr(t.begin, t.end - t.begin)), t.word);
}

TEST(StopwordTest, DanishStopList) {
  for (const char* w : {"og", "i", "at", "det", "på", "være", "også", "når"})
    EXPECT_TRUE(analyzers::is_stopword(w)) << w;
  for (const char* w : {"klynge", "midler", "beslutning", "region"})
    EXPECT_FALSE(analyzers::is_stopword(w)) << w;
}

TEST(StemTest, DanishSnowball) {
  analyzers::DanishAnalyzer a(k_prefixes);
  // The stemmer joins inflections, not compounds (docs/ARCHITECTURE.md §9).
  EXPECT_EQ(a.stem("klyngemidlerne"), a.stem("klyngemidler"));
  EXPECT_EQ(a.stem("sundhedsaftalen"), a.stem("sundhedsaftale"));
  EXPECT_EQ(a.stem("ledelsesprogrammet"), a.stem("ledelsesprogram"));
  EXPECT_NE(a.stem("klyngemidler"), a.stem("midler"));
}

// The lookup of an index whose vocabulary is `vocabulary`.
analyzers::VocabularyLookup lookup_in(const analyzers::Vocabulary& vocabulary) {
  return [&vocabulary](const std::string& term) {
    auto it = vocabulary.find(term);
    return it == vocabulary.end() ? std::vector<std::string>() : std::vector<std::string>(it->second.begin(), it->second.end());
  };
}

// An in-memory index of `texts`, a document each (its data the text), the
// words' virtual terms recorded in `vocabulary`.
Xapian::WritableDatabase index_texts(const analyzers::DanishAnalyzer& a, analyzers::Vocabulary& vocabulary,
                                     std::initializer_list<const char*> texts) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const char* text : texts) {
    Xapian::Document doc;
    Xapian::termpos pos = 0;
    a.index_text(doc, text, pos, {}, 1, analyzers::Positions::yes, &vocabulary);
    doc.set_data(text);
    db.add_document(doc);
  }
  return db;
}

std::set<std::string> terms_of(const Xapian::Document& doc) {
  std::set<std::string> terms;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) terms.insert(*t);
  return terms;
}

TEST(IndexTextTest, AddsWordsAndPutsStemsInTheVocabulary) {
  analyzers::DanishAnalyzer a(k_prefixes);
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  analyzers::Vocabulary vocabulary;
  a.index_text(doc, "Status for Klyngemidlerne i e-sundhedsvæsenet", pos, "S", 1, analyzers::Positions::yes,
               &vocabulary);
  const auto terms = terms_of(doc);
  // Stopwords ("for", "i") take a position but are not indexed.
  EXPECT_EQ(terms, (std::set<std::string>{"Sstatus", "Sklyngemidlerne", "Se", "Ssundhedsvæsenet",
                                          "Sesundhedsvæsenet"}));
  // Stems are virtual terms of the words, whatever their field.
  EXPECT_EQ(vocabulary.at("Zklyngemidl"), std::set<std::string>{"klyngemidlerne"});
  EXPECT_EQ(vocabulary.at("Z" + a.stem("esundhedsvæsenet")), std::set<std::string>{"esundhedsvæsenet"});
  EXPECT_FALSE(vocabulary.count("Zi"));  // stopwords get no stem
  EXPECT_FALSE(vocabulary.count("Zfor"));
  EXPECT_EQ(pos, 6u);
}

// With a coder, every word term (words, joined compounds, any prefix) is
// prefix + the word's code, with the word's positions and wdf; the coder is
// asked once per distinct word for the analyzer's life; the vocabulary
// stays in words.
TEST(IndexTextTest, WritesEachWordAsItsCodeAskingTheCoderOncePerWord) {
  std::map<std::string, int> calls;
  analyzers::DanishAnalyzer a(k_prefixes, [&](const std::string& word) {
    ++calls[word];
    return "#" + word;  // a visible stand-in for a code
  });
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  analyzers::Vocabulary vocabulary;
  a.index_text(doc, "Status for Klyngemidlerne i e-sundhedsvæsenet, klyngemidlerne", pos, {}, 2,
               analyzers::Positions::yes, &vocabulary);
  a.index_text(doc, "Klyngemidlerne", pos, "S", 1, analyzers::Positions::no, &vocabulary);
  EXPECT_EQ(terms_of(doc), (std::set<std::string>{"#status", "#klyngemidlerne", "#e", "#sundhedsvæsenet",
                                                  "#esundhedsvæsenet", "S#klyngemidlerne"}));
  for (const auto& [word, n] : calls) EXPECT_EQ(n, 1) << word;
  EXPECT_EQ(calls.size(), 5u);
  auto t = doc.termlist_begin();
  t.skip_to("#klyngemidlerne");
  EXPECT_EQ(t.get_wdf(), 4u);
  std::vector<Xapian::termpos> positions(t.positionlist_begin(), t.positionlist_end());
  EXPECT_EQ(positions, (std::vector<Xapian::termpos>{3, 7}));
  EXPECT_EQ(vocabulary.at("Zklyngemidl"), std::set<std::string>{"klyngemidlerne"});
  // Text only for the vocabulary asks for no code.
  a.add_text_to_vocabulary("Zebrafinkerne", vocabulary);
  EXPECT_FALSE(calls.count("zebrafinkerne"));
  EXPECT_TRUE(vocabulary.count("Z" + a.stem("zebrafinkerne")));
}

TEST(IndexTextTest, PutsLetterFormsAndPartsInTheVocabularyWithTheGivenPrefixes) {
  analyzers::DanishAnalyzer a(k_prefixes);
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  analyzers::Vocabulary vocabulary;
  a.index_text(doc, "Søren i Ålborg om klyngemidlerne, søren", pos, {}, 1, analyzers::Positions::yes, &vocabulary);
  EXPECT_EQ(terms_of(doc), (std::set<std::string>{"søren", "ålborg", "klyngemidlerne"}));
  const std::pair<std::string, const char*> entries[] = {
      {"ZLA" + a.stem("soeren"), "søren"},  {"ZLO" + a.stem("soren"), "søren"},
      {"ZLAaalborg", "ålborg"},             {"ZLOalborg", "ålborg"},
      {"ZLCklyng", "klyngemidlerne"},       {"ZLEmidl", "klyngemidlerne"},
      {"Z" + a.stem("søren"), "søren"}};
  for (const auto& [term, word] : entries) {
    ASSERT_TRUE(vocabulary.count(term)) << term;
    EXPECT_EQ(vocabulary.at(term), std::set<std::string>{word}) << term;
  }
  // Only a word capitalised somewhere gets the stripped form (a name).
  analyzers::Vocabulary lower;
  a.index_text(doc, "de bør drøfte", pos, {}, 1, analyzers::Positions::yes, &lower);
  EXPECT_FALSE(lower.count("ZLO" + a.stem("bor")));
  EXPECT_TRUE(lower.count("ZLA" + a.stem("boer")));
}

TEST(IndexTextTest, ARememberedVocabularysWordsLeaveTheirEntriesOutOfLaterOnes) {
  analyzers::DanishAnalyzer a(k_prefixes);
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  analyzers::Vocabulary first;
  a.index_text(doc, "klyngemidlerne i Ålborg hos søren", pos, {}, 1, analyzers::Positions::yes, &first);
  a.remember_vocabulary(first);
  // A later file: the remembered words are still its words (added: the
  // spelling dictionary counts files), but their entries do not travel
  // again; a new word's do, and so does a remembered word's stripped form
  // once it is first seen capitalised.
  analyzers::Vocabulary later;
  a.index_text(doc, "Klyngemidlerne og ålborg og sundhedsaftalen med Søren", pos, {}, 1, analyzers::Positions::yes,
               &later);
  EXPECT_EQ(later.added.size(), 4u);
  EXPECT_TRUE(later.added.count("ålborg"));
  EXPECT_TRUE(later.added.at("klyngemidlerne"));
  EXPECT_FALSE(later.count("Zklyngemidl"));
  EXPECT_FALSE(later.count("ZLAaalborg"));
  EXPECT_EQ(later.at("Z" + a.stem("sundhedsaftalen")), std::set<std::string>{"sundhedsaftalen"});
  EXPECT_EQ(later.at("ZLEaftal"), std::set<std::string>{"sundhedsaftalen"});
  // "Ålborg" was capitalised in the first file: its stripped form is carried.
  EXPECT_FALSE(later.count("ZLOalborg"));
  // "søren" was not: now capitalised, only its stripped form travels.
  EXPECT_EQ(later.at("ZLO" + a.stem("soren")), std::set<std::string>{"søren"});
  EXPECT_FALSE(later.count("ZLA" + a.stem("soeren")));
  // Without remember_vocabulary every file carries every entry.
  analyzers::DanishAnalyzer fresh(k_prefixes);
  analyzers::Vocabulary again;
  fresh.index_text(doc, "Klyngemidlerne og ålborg", pos, {}, 1, analyzers::Positions::yes, &again);
  EXPECT_EQ(again.at("Zklyngemidl"), std::set<std::string>{"klyngemidlerne"});
  EXPECT_EQ(again.at("ZLAaalborg"), std::set<std::string>{"ålborg"});
}

TEST(ExpandTest, VirtualTermsBecomeTheirWordsUnderTheQuerysField) {
  analyzers::DanishAnalyzer a(k_prefixes);
  const analyzers::Vocabulary vocabulary = {{"Zklyngemidl", {"klyngemidler", "klyngemidlerne"}},
                                            {"ZLEmidl", {"klyngemidlerne"}}};
  auto terms = [](const Xapian::Query& q) {
    return std::set<std::string>(q.get_unique_terms_begin(), q.get_unique_terms_end());
  };
  const Xapian::Query title = a.expand(Xapian::Query("ZSklyngemidl"), lookup_in(vocabulary));
  EXPECT_EQ(title.get_type(), Xapian::Query::OP_SYNONYM);
  EXPECT_EQ(terms(title), (std::set<std::string>{"Sklyngemidler", "Sklyngemidlerne"}));
  EXPECT_EQ(terms(a.expand(Xapian::Query("ZSLEmidl"), lookup_in(vocabulary))),
            std::set<std::string>{"Sklyngemidlerne"});
  // Under AND, OR, FILTER ... rebuilt; boolean terms and unknown stems kept.
  const Xapian::Query q(Xapian::Query::OP_FILTER,
                        Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("ZLEmidl"), Xapian::Query("Zukendt")),
                        Xapian::Query("XKmidt"));
  EXPECT_EQ(terms(a.expand(q, lookup_in(vocabulary))),
            (std::set<std::string>{"klyngemidlerne", "Zukendt", "XKmidt"}));
  // No virtual term: the same query.
  const Xapian::Query plain(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query("klynge"), 2.0);
  EXPECT_EQ(a.expand(plain, lookup_in(vocabulary)).serialise(), plain.serialise());
}

TEST(ExpandTest, PhrasesKeepTheirOrderWithoutTheirStopwords) {
  analyzers::DanishAnalyzer a(k_prefixes);
  analyzers::Vocabulary vocabulary;
  Xapian::WritableDatabase db = index_texts(a, vocabulary, {"Det Nationale Ledelsesprogram hold 3", "Ledelsesprogram, det nationale"});
  Xapian::QueryParser qp;
  a.configure(qp);
  Xapian::Enquire enquire(db);
  auto found = [&](const std::string& query) {
    enquire.set_query(a.expand(qp.parse_query(a.normalize_query(query)), lookup_in(vocabulary)));
    std::set<std::string> texts;
    for (const auto& m = enquire.get_mset(0, 10); const Xapian::docid d : m) texts.insert(db.get_document(d).get_data());
    return texts;
  };
  EXPECT_EQ(found("\"det nationale ledelsesprogram\""), std::set<std::string>{"Det Nationale Ledelsesprogram hold 3"});
  EXPECT_EQ(found("\"ledelsesprogram det nationale\""), std::set<std::string>{"Ledelsesprogram, det nationale"});
  EXPECT_TRUE(found("\"det er\"").empty());  // stopwords only
}

TEST(IndexTextTest, SkipsOverlongTerms) {
  analyzers::DanishAnalyzer a(k_prefixes);
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  a.index_text(doc, std::string(400, 'x') + " kort", pos);
  for (const auto& t : terms_of(doc)) EXPECT_LE(t.size(), analyzers::k_max_term_bytes);
  EXPECT_TRUE(terms_of(doc).count("kort"));
}

TEST(NormalizeQueryTest, FoldsWordsKeepsOperators) {
  analyzers::DanishAnalyzer a(k_prefixes);
  const std::pair<const char*, const char*> cases[] = {
      {"klynge:Midt AND Sundhedsaftalen", "klynge:midt AND sundhedsaftalen"},
      {"\"Det Nationale\" OR Ledelse*", "\"det nationale\" OR ledelse*"},
      {"NOT Pulje NEAR/3 x", "NOT pulje NEAR/3 x"},
      {"dato:2024-01-01..2024-06-30", "dato:2024-01-01..2024-06-30"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(a.normalize_query(in), out) << in;
}

// Every term the QueryParser looks up for a text must be in the document the
// indexer builds from that text: index time and query time agree.
TEST(ConsistencyTest, QueryTermsAreIndexedTerms) {
  analyzers::DanishAnalyzer a(k_prefixes);
  const char* texts[] = {
      "Status for Klyngemidlerne",
      "Sundhedsklynge Midt og Ålborg Kommune",
      "beløbet er 1.022.190 mio.",
      "Nordjysk e-sundhedsvæsen i 2024-2027",
      "Det Nationale Ledelsesprogram hold 3",
      "PLO-Nordjylland og KL",
  };
  for (const char* text : texts) {
    Xapian::Document doc;
    Xapian::termpos pos = 0;
    analyzers::Vocabulary vocabulary;
    a.index_text(doc, text, pos, {}, 1, analyzers::Positions::yes, &vocabulary);
    const auto indexed = terms_of(doc);
    Xapian::QueryParser qp;
    a.configure(qp);
    qp.set_default_op(Xapian::Query::OP_AND);
    const Xapian::Query q = a.expand(qp.parse_query(a.normalize_query(text)), lookup_in(vocabulary));
    for (auto t = q.get_terms_begin(); t != q.get_terms_end(); ++t)
      EXPECT_TRUE(indexed.count(*t)) << "'" << *t << "' from: " << text;

    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.add_document(doc);
    Xapian::Enquire enquire(db);
    for (const std::string& query : {std::string(text), "\"" + std::string(text) + "\""}) {
      enquire.set_query(a.expand(qp.parse_query(a.normalize_query(query)), lookup_in(vocabulary)));
      EXPECT_EQ(enquire.get_mset(0, 10).size(), 1u) << query;
    }
  }
}

}  // namespace

namespace {

struct LetterCase {
  const char* text;   // indexed
  const char* query;  // typed
  bool found;
};

// "Ålborg" and "Aalborg" find each other; Danish letters typed as ae/oe/aa or
// left out of names find them; words that differ in Danish stay apart.
TEST(LetterFoldingTest, DanishLettersTypedAnyWay) {
  const LetterCase cases[] = {
      {"Mødet holdes i Aalborg", "Ålborg", true},
      {"Mødet holdes i Ålborg", "Aalborg", true},
      {"Søren Aalund orienterede", "Soeren", true},
      {"Daniel Sørensen deltog", "Sorensen", true},
      {"Hjemtagning af lægevagten", "laegevagten", true},
      {"Hjemtagning af lægevagten", "lægevagt", true},
      {"Klyngen bør drøfte sagen", "bor", false},
      {"Han bor i Aalborg", "bør", false},
      {"Daniel Sørensen deltog", "Sorensen Daniel", true},
  };
  analyzers::DanishAnalyzer a(k_prefixes);
  for (const auto& c : cases) {
    Xapian::Document doc;
    Xapian::termpos pos = 0;
    analyzers::Vocabulary vocabulary;
    a.index_text(doc, c.text, pos, {}, 1, analyzers::Positions::yes, &vocabulary);
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.add_document(doc);
    Xapian::QueryParser qp;
    a.configure(qp);
    qp.set_default_op(Xapian::Query::OP_AND);
    Xapian::Enquire enquire(db);
    enquire.set_query(
        a.expand(qp.parse_query(a.add_letter_alternatives(a.normalize_query(c.query))), lookup_in(vocabulary)));
    EXPECT_EQ(enquire.get_mset(0, 10).size() == 1, c.found) << c.query << " in: " << c.text;
  }
}

TEST(LetterFoldingTest, AlternativesLeavePhrasesFieldsAndWildcardsAlone) {
  analyzers::DanishAnalyzer a(k_prefixes);
  const std::pair<const char*, const char*> cases[] = {
      {"ålborg", "(ålborg OR bogstav:aalborg)"},
      {"sorensen", "(sorensen OR bogstavfri:sorensen)"},
      {"\"ålborg kommune\"", "\"ålborg kommune\""},
      {"klynge:midt ledelses*", "klynge:midt ledelses*"},
      {"møde AND nyt", "(møde OR bogstav:moede) AND nyt"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(a.add_letter_alternatives(in), out) << in;
}

}  // namespace

namespace {

struct AbbreviationCase {
  const char* text;
  analyzers::Abbreviations learnt;
};

// Long forms are learnt from the initials of their words or, as Danish
// writes most of them, of a compound's parts; letters are characters, not
// bytes (Æ, Ø, Å).
TEST(AbbreviationsTest, LearnsFromInitialsOfWordsAndOfCompoundParts) {
  ASSERT_FALSE(analyzers::Lexicon::danish().empty()) << "hunspell-da is not installed";
  const AbbreviationCase cases[] = {
      {"drøftet i Tværsektorielt Forum (TF).", {{"tf", "tværsektorielt forum"}}},
      {"drøftet i Økonomisk Udvalg (ØU).", {{"øu", "økonomisk udvalg"}}},
      {"Sagen går til Økonomiudvalget (ØU) i maj.", {{"øu", "økonomiudvalget"}}},
      {"Indstilling til Kommunekontaktrådet (KKR).", {{"kkr", "kommunekontaktrådet"}}},
      {"behandles i Ældre- og Sundhedsudvalget (ÆSU).", {{"æsu", "ældre og sundhedsudvalget"}}},
      {"Regionalt Sundhedsudvalg (RSU)", {{"rsu", "regionalt sundhedsudvalg"}}},
      {"Praktiserende Lægers Organisation Regional (PLO-R)",
       {{"plo-r", "praktiserende lægers organisation regional"}}},
      {"Åben Dialog Tirsdag (ÅDT)", {{"ådt", "åben dialog tirsdag"}}},
      // Not learnt: initials that do not spell it, lower case, too long.
      {"Sagen behandles i Økonomiudvalget (ØK).", {}},
      {"Kontakt (OBS) og sundhedsklyngen (FSN).", {}},
      {"Økonomisk Udvalg (Øu)", {}},
      {"a b c d e f g h i (ABCDEFGHI)", {}},
  };
  for (const auto& c : cases) {
    analyzers::Abbreviations learnt;
    analyzers::learn_abbreviations(c.text, learnt);
    EXPECT_EQ(learnt, c.learnt) << c.text;
  }
}

TEST(AbbreviationsTest, LearnsLongFormsWhoseInitialsSpellTheAbbreviation) {
  analyzers::Abbreviations learnt;
  analyzers::learn_abbreviations(
      "Sagen behandles på Fagligt Strategisk Niveau (FSN) i marts. Mødet i Det Nære "
      "Sundhedsvæsen (DNS). Kontakt (OBS) og sundhedsklyngen (FSN).",
      learnt);
  EXPECT_EQ(learnt, (analyzers::Abbreviations{{"fsn", "fagligt strategisk niveau"},
                                              {"dns", "det nære sundhedsvæsen"}}));
}

TEST(AbbreviationsTest, QueryWordsAskForTheirCounterpart) {
  const auto& known = analyzers::curated_abbreviations();
  const std::pair<const char*, const char*> cases[] = {
      {"ssu", "(ssu OR sundhedssamarbejdsudvalget)"},
      {"sundhedssamarbejdsudvalget", "(sundhedssamarbejdsudvalget OR ssu)"},
      {"fsn møde", "(fsn OR \"fagligt strategisk niveau\") møde"},
      {"\"ssu møde\"", "\"ssu møde\""},
  };
  for (const auto& [in, out] : cases)
    EXPECT_EQ(analyzers::add_abbreviation_alternatives(in, known), out) << in;
}

}  // namespace

namespace {

TEST(CompoundTest, SplitsDanishCompoundsWithTheLexicon) {
  const analyzers::Lexicon& lexicon = analyzers::Lexicon::danish();
  ASSERT_FALSE(lexicon.empty()) << "hunspell-da is not installed (scripts/install-deps.sh)";
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"klyngemidlerne", {"klynge", "midlerne"}},
      {"sundhedsaftalen", {"sundhed", "aftalen"}},
      {"sundhedsreformen", {"sundhed", "reformen"}},
      {"tvangsindlæggelser", {"tvang", "indlæggelser"}},
      {"hjerterehabilitering", {"hjerte", "rehabilitering"}},
      {"ledelsesprogrammet", {"ledelse", "programmet"}},
      {"sundhedsklyngemøde", {"sundhed", "klynge", "møde"}},
      {"regionen", {}},
      {"kommissorium", {}},
      {"klynge", {}},
  };
  for (const auto& [word, parts] : cases) EXPECT_EQ(analyzers::split_compound(word, lexicon), parts) << word;
}

TEST(CompoundTest, PartsAreIndexedAndFoundAtLowerWeight) {
  analyzers::DanishAnalyzer a(k_prefixes);
  analyzers::Vocabulary vocabulary;
  Xapian::WritableDatabase db = index_texts(a, vocabulary, {"Status for klyngemidlerne", "Midler til drift"});
  Xapian::QueryParser qp;
  a.configure(qp);
  const std::string q = a.normalize_query("midler");
  EXPECT_EQ(analyzers::add_part_alternatives(q), "(midler OR del:midler)");
  const Xapian::Query whole = a.expand(qp.parse_query(q), lookup_in(vocabulary));
  const Xapian::Query parts = a.expand(qp.parse_query(analyzers::add_part_alternatives(q)), lookup_in(vocabulary));
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, whole,
                                  Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, parts, 0.5)));
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  ASSERT_EQ(mset.size(), 2u);
  EXPECT_EQ(mset.begin().get_document().get_data(), "Midler til drift");  // whole word first
}

}  // namespace
