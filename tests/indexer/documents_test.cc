// A Meeting to Xapian documents (indexer/documents.h), without a database.
#include "indexer/documents.h"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "analyzers/term_codes.h"
#include "indexer/schema.h"

namespace {

corpus::Meeting two_item_meeting() {
  corpus::Meeting m;
  m.source = "/data/referat.txt";
  m.title = "Direktørforum Sundhedsklynge Midt";
  m.cluster = "Midt";
  m.region = "Region Midtjylland";
  m.forum = "Direktørforum";
  m.date = "2024-02-08";
  m.participants.push_back({"Eva Sejersdal Knudsen", "eva-sejersdal-knudsen", "Direktør", std::nullopt, {}});
  corpus::Item a;
  a.number = 1;
  a.title = "Status for klyngemidlerne";
  a.kind = "orientering";
  a.sections.push_back({"beslutning", std::nullopt, "Direktørforum godkendte fordelingen af midlerne."});
  a.people = {"eva-sejersdal-knudsen"};
  corpus::Item b;
  b.number = 2;
  b.title = "Eventuelt";
  b.kind = "eventuelt";
  m.items = {a, b};
  return m;
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto t = doc.termlist_begin();
  t.skip_to(term);
  return t != doc.termlist_end() && *t == term;
}

TEST(DocumentsTest, MeetingDocumentFirstThenOnePerItemWithTheirIdsAndFilters) {
  const corpus::Meeting m = two_item_meeting();
  const analyzers::DanishAnalyzer analyzer(schema::k_text_prefixes);
  indexer::FacetCodes codes;
  const std::vector<std::string> facets = indexer::facet_values(m, codes);
  ASSERT_EQ(facets.size(), 3u);
  const std::string mid = schema::meeting_id("sample/referat.txt");
  const auto docs = indexer::make_documents(m, mid, analyzer, facets, store::Codec());
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_TRUE(has_term(docs[0], schema::k_id + mid));
  EXPECT_TRUE(has_term(docs[0], schema::k_type + schema::k_type_meeting));
  EXPECT_TRUE(has_term(docs[1], schema::k_id + schema::item_id(mid, 1)));
  EXPECT_TRUE(has_term(docs[2], schema::k_id + schema::item_id(mid, 2)));
  // The meeting id term on the meeting document alone (items are deleted by their ids).
  EXPECT_TRUE(has_term(docs[0], schema::k_meeting + mid));
  EXPECT_FALSE(has_term(docs[1], schema::k_meeting + mid));
  for (const auto& doc : docs) {
    EXPECT_TRUE(has_term(doc, schema::boolean_term(schema::k_cluster, "Midt")));
    EXPECT_EQ(doc.get_value(schema::k_slot_date), "20240208");
  }
  // The item's words, its decision section and its person.
  EXPECT_TRUE(has_term(docs[1], "klyngemidlerne"));
  EXPECT_TRUE(has_term(docs[1], schema::boolean_term(schema::k_section, "beslutning")));
  EXPECT_TRUE(has_term(docs[1], schema::boolean_term(schema::k_person, "eva-sejersdal-knudsen")));
  EXPECT_FALSE(has_term(docs[2], "klyngemidlerne"));
  // Boilerplate (Eventuelt) ranks below substance.
  EXPECT_GT(docs[1].get_value(schema::k_slot_substance), docs[2].get_value(schema::k_slot_substance));
  // Its term is the substance boost's posting list (searcher/substance.h).
  EXPECT_TRUE(has_term(docs[2], schema::k_boilerplate));
  EXPECT_FALSE(has_term(docs[1], schema::k_boilerplate));
  EXPECT_FALSE(has_term(docs[0], schema::k_boilerplate));
  // The file's data is stored once, in the meeting document: it reads back
  // with each item and a reference to its meeting; items store none.
  const store::StoredMeeting stored(store::Codec(), schema::stored_data(docs[0]));
  EXPECT_TRUE(docs[0].get_data().empty());  // not in the document data (schema version 10)
  ASSERT_EQ(stored.items(), 2U);
  const nlohmann::json item = stored.item(1, mid + "-1");
  EXPECT_EQ(item.at("type"), "item");
  EXPECT_EQ(item.at("id"), mid + "-1");
  EXPECT_EQ(item.at("item").at("title"), "Status for klyngemidlerne");
  EXPECT_EQ(item.at("meeting").at("id"), mid);
  EXPECT_EQ(stored.item(2, mid + "-2").at("item").at("kind"), "eventuelt");
  EXPECT_THROW(stored.item(3, mid + "-3"), std::out_of_range);
  EXPECT_EQ(stored.meeting().at("items").size(), 2U);
  EXPECT_EQ(stored.meeting().at("items")[0].at("id"), mid + "-1");
  EXPECT_EQ(stored.reference(), item.at("meeting"));
  for (std::size_t i = 1; i < docs.size(); ++i) EXPECT_TRUE(schema::stored_data(docs[i]).empty());
}

// People by person (unit) id: the searcher shows each as its person's label.
TEST(DocumentsTest, FacetValuesCarryTheItemsKindAndPeopleById) {
  const corpus::Meeting m = two_item_meeting();
  indexer::FacetCodes codes;
  const auto values = indexer::facet_values(m, codes);
  ASSERT_EQ(values.size(), 3u);
  const schema::Facets meeting = codes.unpack(values[0]);
  EXPECT_EQ(meeting.cluster, "Midt");
  EXPECT_EQ(meeting.year, "2024");
  EXPECT_EQ(meeting.kind, "");
  const schema::Facets first = codes.unpack(values[1]);
  EXPECT_EQ(first.kind, "orientering");
  EXPECT_EQ(first.people, std::vector<std::string>{"eva-sejersdal-knudsen"});
  EXPECT_TRUE(codes.unpack(values[2]).people.empty());
}

TEST(DocumentsTest, SpellingWordsAreTheVocabularysWordsOfThreeToFortyBytes) {
  const analyzers::Vocabulary vocabulary = {
      {"Zklyngemidl", {"klyngemidler", "klyngemidlerne"}},
      {"ZXCklyng", {"klyngemidlerne", "klyngeleder"}},  // also in its stem's entry, if indexed
      {"Z2024", {"2024"}},
      {"Zeu", {"eu"}},
      {"Zårsrapport", {"årsrapport"}},
      {"Zabcdefghijklmnopqrstuvwxyzabcdefghijklmnopq", {"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq"}}};
  std::vector<std::string> words = indexer::spelling_words(vocabulary);  // in no order
  std::ranges::sort(words);
  EXPECT_EQ(words, (std::vector<std::string>{"klyngemidler", "klyngemidlerne", "årsrapport"}));
}

// The meeting document holds the header and attendance for filters and
// the item view, but no text terms (searches ask for items); its words
// reach the vocabulary and so the spelling dictionary.
TEST(DocumentsTest, MeetingWordsGoToTheVocabularyNotToTheMeetingDocument) {
  const corpus::Meeting m = two_item_meeting();
  const analyzers::DanishAnalyzer analyzer(schema::k_text_prefixes);
  indexer::FacetCodes codes;
  analyzers::Vocabulary vocabulary;
  const auto docs = indexer::make_documents(m, "3f2a9c0b1d2e", analyzer, indexer::facet_values(m, codes),
                                            store::Codec(), {}, &vocabulary);
  for (auto t = docs[0].termlist_begin(); t != docs[0].termlist_end(); ++t)
    EXPECT_TRUE((*t)[0] >= 'A' && (*t)[0] <= 'Z') << "text term " << *t << " in the meeting document";
  const std::vector<std::string> words = indexer::spelling_words(vocabulary);  // in no order
  EXPECT_NE(std::ranges::find(words, std::string("sejersdal")), words.end());
  EXPECT_TRUE(vocabulary.count(schema::k_stem + analyzer.stem("klyngemidlerne")));
}

// With a coder (schema version 9) the items' words are written as codes,
// the same under every prefix; the meeting's header and attendance words,
// in no document, are given none.
TEST(DocumentsTest, ItemWordsAreWrittenAsCodesAndHeaderWordsGetNone) {
  corpus::Meeting m = two_item_meeting();
  m.location = "Zyxwhuset";
  std::map<std::string, std::string> asked;
  std::map<std::string, int> calls;
  const analyzers::DanishAnalyzer analyzer(schema::k_text_prefixes, [&](const std::string& word) {
    ++calls[word];
    const auto [it, added] = asked.emplace(word, analyzers::term_code(static_cast<std::uint32_t>(asked.size())));
    return it->second;
  });
  indexer::FacetCodes codes;
  analyzers::Vocabulary vocabulary;
  const auto docs = indexer::make_documents(m, "3f2a9c0b1d2e", analyzer, indexer::facet_values(m, codes),
                                            store::Codec(), {}, &vocabulary);
  ASSERT_TRUE(asked.count("klyngemidlerne"));
  const std::string code = asked.at("klyngemidlerne");
  EXPECT_TRUE(has_term(docs[1], code));
  EXPECT_TRUE(has_term(docs[1], schema::k_title + code));
  EXPECT_FALSE(has_term(docs[1], "klyngemidlerne"));
  EXPECT_TRUE(has_term(docs[1], asked.at("midlerne")));  // section text
  for (const auto& doc : docs)
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      const std::string term = *t;
      if (term[0] < 'A' || term[0] > 'Z') {
        EXPECT_TRUE(analyzers::is_term_code(term)) << term;
      }
    }
  // In the vocabulary (and so the spelling dictionary), but given no code.
  EXPECT_FALSE(asked.count("zyxwhuset"));
  EXPECT_FALSE(asked.count("sejersdal"));
  const std::vector<std::string> words = indexer::spelling_words(vocabulary);  // in no order
  EXPECT_NE(std::ranges::find(words, std::string("zyxwhuset")), words.end());
  // Asked once per distinct word, however often the word comes.
  for (const auto& [word, n] : calls) EXPECT_EQ(n, 1) << word;
}

TEST(DocumentsTest, PeopleResolveToOneCanonicalIdAcrossMeetings) {
  indexer::PersonRegistry registry;
  corpus::Meeting a = two_item_meeting();
  corpus::Meeting b = two_item_meeting();
  indexer::resolve_people(a, registry);
  indexer::resolve_people(b, registry);
  ASSERT_EQ(a.participants.size(), 1u);
  EXPECT_EQ(a.participants[0].person_id, b.participants[0].person_id);
  registry.group();
  const indexer::Person* p = registry.find(a.participants[0].person_id);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Eva Sejersdal Knudsen");
  // The item names the participant: the same canonical id.
  EXPECT_EQ(a.items[0].people, std::vector<std::string>{a.participants[0].person_id});
}

}  // namespace
