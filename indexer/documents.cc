#include "indexer/documents.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "corpus/json.h"
#include "corpus/text.h"
#include "indexer/schema.h"

namespace indexer {
namespace {

// Position gap between fields and sections, so phrases never span two of them.
constexpr Xapian::termpos k_field_gap = 100;
// Title words weigh more than body words; decision text more than background.
constexpr Xapian::termcount k_title_wdf = 3;
constexpr Xapian::termcount k_decision_wdf = 2;
using schema::is_decision;

// Items every meeting has, whose text rarely answers a topic question.
bool is_boilerplate(const corpus::Item& item) {
  if (item.kind == "velkomst" || item.kind == "eventuelt" || item.kind == "deltagere") return true;
  std::string title = item.title;
  for (char& c : title) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return title.rfind("godkendelse af dagsorden", 0) == 0;
}

std::string date_digits(const std::string& iso) {
  std::string d;
  for (char c : iso)
    if (c != '-') d += c;
  return d;
}

// Filter terms and the date value shared by the meeting document and its items.
void add_meeting_fields(Xapian::Document& doc, const corpus::Meeting& m) {
  for (const auto& [v, prefix] : {std::pair{&m.cluster, &schema::k_cluster},
                                  std::pair{&m.region, &schema::k_region},
                                  std::pair{&m.forum, &schema::k_forum}})
    if (*v && !(*v)->empty()) doc.add_boolean_term(schema::boolean_term(*prefix, **v));
  if (m.date && m.date->size() == 10) {
    const std::string d = date_digits(*m.date);
    doc.add_boolean_term(schema::k_date + d);
    doc.add_boolean_term(schema::k_month + d.substr(0, 6));
    doc.add_boolean_term(schema::k_year + d.substr(0, 4));
    doc.add_value(schema::k_slot_date, d);
  }
}

// The facet values of the meeting document (item == nullptr) or of an item.
schema::Facets facets_of(const corpus::Meeting& m, const corpus::Item* item) {
  schema::Facets f;
  f.cluster = m.cluster.value_or("");
  f.region = m.region.value_or("");
  f.forum = m.forum.value_or("");
  if (m.date && m.date->size() == 10) f.year = m.date->substr(0, 4);
  if (!item) return f;
  f.kind = item->kind.value_or("");
  // Unit ids: the searcher shows each as its person's label, which may
  // change as later files join units into people.
  for (const std::string& person : item->people)
    if (std::find(f.people.begin(), f.people.end(), person) == f.people.end()) f.people.push_back(person);
  return f;
}

// The stored text of the whole file (store::StoredMeeting; its items store
// none): the meeting's reference, the header and attendance with the item
// list, then each item with its text; one compact JSON object a line, keys
// sorted. Written directly, byte for byte as nlohmann's dump() of
// corpus::to_json()'s tree wrote them (tree and dump: 4.7% of the
// indexer's instructions at 4,000 generated items, against 1.2% now).
std::string stored_text(const corpus::Meeting& m, const std::string& mid, const std::string& file) {
  using corpus::append_json;
  std::size_t size = 1024;
  for (const auto& it : m.items) {
    size += 256 + it.title.size();
    for (const auto& section : it.sections) size += 64 + section.text.size();
  }
  std::string out;
  out.reserve(size);
  out += "{\"cluster\":";
  append_json(out, m.cluster);
  out += ",\"date\":";
  append_json(out, m.date);
  out += ",\"forum\":";
  append_json(out, m.forum);
  out += ",\"id\":";
  append_json(out, mid);
  out += ",\"region\":";
  append_json(out, m.region);
  out += ",\"source\":";
  append_json(out, m.source);
  out += ",\"title\":";
  append_json(out, m.title);
  out += "}\n{\"body\":";
  append_json(out, m.body);
  out += ",\"chair\":";
  append_json(out, m.chair);
  out += ",\"cluster\":";
  append_json(out, m.cluster);
  out += ",\"date\":";
  append_json(out, m.date);
  if (!file.empty()) {
    out += ",\"" + schema::k_file_field + "\":";
    append_json(out, file);
  }
  out += ",\"forum\":";
  append_json(out, m.forum);
  out += ",\"id\":";
  append_json(out, mid);
  out += ",\"items\":[";
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    const corpus::Item& it = m.items[i];
    out += i ? ",{\"id\":" : "{\"id\":";
    append_json(out, schema::item_id(mid, i + 1));
    out += ",\"kind\":";
    append_json(out, it.kind);
    out += ",\"number\":";
    out += it.number ? std::to_string(*it.number) : "null";
    out += ",\"title\":";
    append_json(out, it.title);
    out += '}';
  }
  out += "],\"location\":";
  append_json(out, m.location);
  out += ",\"minute_taker\":";
  append_json(out, m.minute_taker);
  out += ",\"named\":";
  append_json(out, m.named);
  out += ",\"participants\":";
  append_json(out, m.participants);
  out += ",\"region\":";
  append_json(out, m.region);
  out += ",\"source\":";
  append_json(out, m.source);
  out += ",\"start_time\":";
  append_json(out, m.start_time);
  out += ",\"title\":";
  append_json(out, m.title);
  out += ",\"type\":";
  append_json(out, schema::k_type_meeting);
  out += ",\"warnings\":";
  append_json(out, m.warnings);
  out += "}\n";
  for (const auto& it : m.items) {
    append_json(out, it);
    out += '\n';
  }
  return out;
}

Xapian::Document make_meeting_document(const corpus::Meeting& m, const std::string& mid,
                                       const std::string& file, const analyzers::DanishAnalyzer& analyzer,
                                       const store::Codec& codec, const std::string& facet_value,
                                       analyzers::Vocabulary* vocabulary) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::k_id + mid);
  doc.add_boolean_term(schema::k_type + schema::k_type_meeting);
  // The meeting id term on the meeting document alone: its items are
  // found (and deleted) by their ids, which begin with it.
  doc.add_boolean_term(schema::k_meeting + mid);
  add_meeting_fields(doc, m);
  doc.add_value(schema::k_slot_facets, facet_value);
  // The header and attendance words go to the vocabulary (and so to the
  // spelling dictionary: "Jan Mains" -> Jan Mainz) but not to the document:
  // every search asks for items, so no query reads them from here.
  // Nor do they get codes (schema version 9): a word only here would take
  // a code that no document holds.
  auto words = [&](const std::string& text) {
    if (vocabulary) analyzer.add_text_to_vocabulary(text, *vocabulary);
  };
  if (m.title) words(*m.title);
  for (const auto* field : {&m.location, &m.chair, &m.minute_taker})
    if (*field) words(**field);
  for (const auto& p : m.participants) {
    words(p.name);
    if (p.role) words(*p.role);
    if (p.organisation) words(*p.organisation);
    if (!p.person_id.empty()) doc.add_boolean_term(schema::boolean_term(schema::k_person, p.person_id));
  }
  doc.add_value(schema::k_slot_stored, codec.pack_text(stored_text(m, mid, file)));
  return doc;
}

// A text's word terms and their wdf, as index_text() adds them without positions.
using Terms = std::vector<std::pair<std::string, Xapian::termcount>>;

Xapian::Document make_item_document(const corpus::Meeting& m, const std::string& mid,
                                    std::size_t position, const analyzers::DanishAnalyzer& analyzer,
                                    const std::string& facet_value, analyzers::Vocabulary* vocabulary,
                                    std::optional<Terms>& meeting_title_terms) {
  const corpus::Item& item = m.items[position - 1];
  const std::string id = schema::item_id(mid, position);
  Xapian::Document doc;
  doc.add_boolean_term(schema::k_id + id);
  doc.add_boolean_term(schema::k_type + schema::k_type_item);
  add_meeting_fields(doc, m);
  if (item.kind) doc.add_boolean_term(schema::boolean_term(schema::k_item_kind, *item.kind));
  const bool boilerplate = is_boilerplate(item);
  doc.add_value(schema::k_slot_substance, Xapian::sortable_serialise(boilerplate ? 0.0 : 1.0));
  if (boilerplate) doc.add_boolean_term(schema::k_boilerplate);
  for (const std::string& person : item.people)
    doc.add_boolean_term(schema::boolean_term(schema::k_person, person));
  doc.add_value(schema::k_slot_facets, facet_value);

  Xapian::termpos pos = 0;
  // Title words: S-prefixed for titel:, and unprefixed (with positions, for
  // phrases) weighing more than body words.
  analyzer.index_text(doc, item.title, pos, schema::k_title, 1, analyzers::Positions::no, vocabulary);
  analyzer.index_text(doc, item.title, pos, {}, k_title_wdf, analyzers::Positions::yes, vocabulary);
  for (const auto& section : item.sections) {
    doc.add_boolean_term(schema::boolean_term(schema::k_section, section.kind));
    pos += k_field_gap;
    analyzer.index_text(doc, section.text, pos, {}, is_decision(section.kind) ? k_decision_wdf : 1,
                        analyzers::Positions::yes, vocabulary);
  }
  // The meeting's title words (forum, cluster) let "Direktørforum klyngemidler" match.
  // The same terms in every item of the file: analysed for its first item
  // (where the words are first given codes, as when each item analysed
  // them), then copied.
  if (m.title) {
    if (!meeting_title_terms) {
      Xapian::Document title;
      Xapian::termpos title_pos = pos + k_field_gap;
      analyzer.index_text(title, *m.title, title_pos, {}, 1, analyzers::Positions::no, vocabulary);
      meeting_title_terms.emplace();
      for (auto t = title.termlist_begin(); t != title.termlist_end(); ++t)
        meeting_title_terms->emplace_back(*t, t.get_wdf());
    }
    for (const auto& [term, wdf] : *meeting_title_terms) doc.add_term(term, wdf);
  }
  // No stored data: the meeting document stores the item (store::StoredMeeting).
  return doc;
}

}  // namespace

std::vector<std::string> spelling_words(const analyzers::Vocabulary& vocabulary) {
  // Each word once, in no order: the writer counts them in a hash map. No
  // sort (it was 1.5% of the indexer's CPU, for an order nothing reads);
  // vocabulary.added holds each word once, and a stem entry's word is
  // taken only when added lacks it (a joined compound, which is in one
  // stem's entry).
  std::vector<std::string> words;
  words.reserve(vocabulary.added.size());
  auto add = [&](const std::string& word) {
    if (word.size() < 3 || word.size() > 40) return;
    int32_t i = 0;
    UChar32 first;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), first);
    if (first >= 0 && u_isalpha(first)) words.push_back(word);
  };
  // The file's words (vocabulary.added: every word, not stopwords, whose
  // entries may have been left out as carried by an earlier file), and the
  // joined hyphenated compounds, which are in their stem's entry only. Stem
  // entries ("Z" + stem) are the only ones with a lower-case letter or a
  // digit after the "Z".
  for (const auto& [word, capitalised] : vocabulary.added) add(word);
  for (const auto& [term, entry_words] : vocabulary) {
    if (term.size() <= schema::k_stem.size() || (term[schema::k_stem.size()] >= 'A' && term[schema::k_stem.size()] <= 'Z'))
      continue;
    for (const std::string& word : entry_words)
      if (!vocabulary.added.contains(word)) add(word);
  }
  return words;
}

namespace {

// True if a name read in running text can be a person's: two to five words,
// each a capital letter followed by letters, with inner hyphens or
// apostrophes ("Mathilde Schmidt-Petersen"). A word with other characters
// ("Driftsfora_", "Sundhedsstrukturkommissionen?") means the parser glued
// text to the name.
bool looks_like_a_name(const std::string& name) {
  std::size_t words = 0;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find(' ', start);
    if (end == std::string::npos) end = name.size();
    const std::string_view w(name.data() + start, end - start);
    start = end + 1;
    if (w.empty()) continue;
    ++words;
    if (!corpus::text::starts_capital(w)) return false;
    // Letters, with '-' or '\'' only between two of them.
    const auto n = static_cast<int32_t>(w.size());
    for (int32_t i = 0; i < n;) {
      const int32_t at = i;
      UChar32 c;
      U8_NEXT(w.data(), i, n, c);
      const bool joiner = (c == '-' || c == '\'' || c == 0x2019) && at > 0 && i < n;
      if (!(c >= 0 && u_isalpha(c)) && !joiner) return false;
    }
  }
  return words >= 2 && words <= 5;
}

}  // namespace

Writings resolve_people(corpus::Meeting& meeting, PersonRegistry& registry) {
  Writings counted;
  std::map<std::string, std::string> unit_of;  // parser id -> unit id
  std::set<std::string> listed;  // unit ids of this meeting's participants
  std::map<std::string, std::string> organisation_of;  // parser id -> organisation first listed
  for (auto& p : meeting.participants) {
    // Listed twice: as present and as afbud, or two people of one name in
    // different organisations ("Jens Nielsen, Aalborg Kommune" and "Jens
    // Nielsen, Region Nordjylland"), who are two people.
    auto known = unit_of.find(p.person_id);
    const std::string organisation = p.organisation.value_or("");
    if (known != unit_of.end() && !organisation.empty() && !organisation_of[p.person_id].empty() &&
        organisation_of[p.person_id] != organisation)
      known = unit_of.end();
    std::string id;
    if (known != unit_of.end()) {
      id = known->second;
    } else {
      id = registry.resolve(p.person_id, p.name, p.organisation, meeting.region, meeting.date, listed,
                            /*listed=*/true);
      ++counted.units[id][p.name];
    }
    if (!unit_of.count(p.person_id)) {
      unit_of[p.person_id] = id;
      organisation_of[p.person_id] = organisation;
    }
    listed.insert(id);
    p.person_id = id;
  }
  // The date resolve() gave the listed units (forget() takes it back).
  if (!meeting.participants.empty()) counted.date = meeting.date.value_or("");
  for (auto& item : meeting.items) {
    for (auto& id : item.people) {
      auto it = unit_of.find(id);
      if (it == unit_of.end()) {
        // Named in the text but not listed: a shortened name of a
        // participant is that participant ("Eva Sejersdal"). Other names
        // are recorded as written; PersonRegistry::group() joins them to
        // the person they name, wherever that person is listed.
        auto written = meeting.named.find(id);
        const std::string name = written != meeting.named.end() ? written->second : id;
        std::optional<std::string> unit = registry.shortened(name, listed);
        if (!unit && looks_like_a_name(name)) {
          unit = registry.resolve(id, name, std::nullopt, meeting.region, meeting.date);
          ++counted.units[*unit][name];
        }
        // Not a person ("Driftsfora_ Sundhedsklynge Midt Her"): kept out
        // of the person facet and filter.
        it = unit_of.emplace(id, unit.value_or("")).first;
      }
      id = it->second;
    }
    std::erase(item.people, std::string());
    // One unit once per item, however many ways the text wrote the name.
    std::sort(item.people.begin(), item.people.end());
    item.people.erase(std::unique(item.people.begin(), item.people.end()), item.people.end());
  }
  return counted;
}

std::vector<Xapian::Document> make_documents(const corpus::Meeting& meeting,
                                             const std::string& mid,
                                             const analyzers::DanishAnalyzer& analyzer,
                                             const std::vector<std::string>& facet_values,
                                             const store::Codec& codec,
                                             const std::string& file, analyzers::Vocabulary* vocabulary) {
  std::vector<Xapian::Document> docs;
  docs.reserve(meeting.items.size() + 1);
  docs.push_back(make_meeting_document(meeting, mid, file, analyzer, codec, facet_values.at(0), vocabulary));
  std::optional<Terms> meeting_title_terms;
  for (std::size_t i = 1; i <= meeting.items.size(); ++i)
    docs.push_back(
        make_item_document(meeting, mid, i, analyzer, facet_values.at(i), vocabulary, meeting_title_terms));
  return docs;
}

std::vector<std::string> facet_values(const corpus::Meeting& meeting, FacetCodes& codes) {
  std::vector<std::string> values;
  values.reserve(meeting.items.size() + 1);
  auto pack = [&](const schema::Facets& f) {
    codes.add(f);
    values.push_back(codes.pack(f));
  };
  pack(facets_of(meeting, nullptr));
  for (const auto& item : meeting.items) pack(facets_of(meeting, &item));
  return values;
}

}  // namespace indexer
