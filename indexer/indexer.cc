#include "indexer/indexer.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <chrono>
#include <filesystem>
#include <optional>
#include <ostream>
#include <fstream>
#include <functional>
#include <future>
#include <set>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "analyzers/abbreviations.h"
#include "corpus/json.h"
#include "corpus/parser.h"
#include "formats/text.h"
#include "indexer/schema.h"
#include "indexer/store.h"

namespace fs = std::filesystem;

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
void add_meeting_fields(Xapian::Document& doc, const corpus::Meeting& m, const std::string& mid) {
  doc.add_boolean_term(schema::k_meeting + mid);
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
schema::Facets facets_of(const corpus::Meeting& m, const corpus::Item* item,
                         const std::map<std::string, std::string>& person_names) {
  schema::Facets f;
  f.cluster = m.cluster.value_or("");
  f.region = m.region.value_or("");
  f.forum = m.forum.value_or("");
  if (m.date && m.date->size() == 10) f.year = m.date->substr(0, 4);
  if (!item) return f;
  f.kind = item->kind.value_or("");
  for (const std::string& person : item->people) {
    auto name = person_names.find(person);
    const std::string& shown = name != person_names.end() ? name->second : person;
    if (std::find(f.people.begin(), f.people.end(), shown) == f.people.end()) f.people.push_back(shown);
  }
  return f;
}

nlohmann::json meeting_ref(const corpus::Meeting& m, const std::string& mid) {
  auto opt = [](const std::optional<std::string>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
  };
  return {{"id", mid},          {"source", m.source},   {"title", opt(m.title)},
          {"date", opt(m.date)}, {"cluster", opt(m.cluster)}, {"region", opt(m.region)},
          {"forum", opt(m.forum)}};
}

Xapian::Document make_meeting_document(const corpus::Meeting& m, const std::string& mid,
                                       const nlohmann::json& meeting_json,
                                       const analyzers::DanishAnalyzer& analyzer,
                                       const store::Codec& codec, const std::string& facet_value) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::k_id + mid);
  doc.add_boolean_term(schema::k_type + schema::k_type_meeting);
  add_meeting_fields(doc, m, mid);
  doc.add_value(schema::k_slot_facets, facet_value);
  Xapian::termpos pos = 0;
  if (m.title) analyzer.index_text(doc, *m.title, pos, schema::k_title, 1, analyzers::Positions::no);
  if (m.title) analyzer.index_text(doc, *m.title, pos, {}, k_title_wdf);
  for (const auto* field : {&m.location, &m.chair, &m.minute_taker}) {
    if (!*field) continue;
    pos += k_field_gap;
    analyzer.index_text(doc, **field, pos);
  }
  for (const auto& p : m.participants) {
    pos += k_field_gap;
    analyzer.index_text(doc, p.name, pos);
    if (p.role) analyzer.index_text(doc, *p.role, pos);
    if (p.organisation) analyzer.index_text(doc, *p.organisation, pos);
    if (!p.person_id.empty()) doc.add_boolean_term(schema::boolean_term(schema::k_person, p.person_id));
  }
  // Stored: the header and attendance, and the item list without their text.
  nlohmann::json data = meeting_json;
  nlohmann::json items = nlohmann::json::array();
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    const auto& it = meeting_json["items"][i];
    items.push_back({{"id", schema::item_id(mid, i + 1)},
                     {"number", it["number"]},
                     {"title", it["title"]},
                     {"kind", it["kind"]}});
  }
  data["items"] = std::move(items);
  data["id"] = mid;
  data["type"] = schema::k_type_meeting;
  doc.set_data(codec.pack(data));
  return doc;
}

Xapian::Document make_item_document(const corpus::Meeting& m, const std::string& mid,
                                    std::size_t position, const nlohmann::json& ref,
                                    const nlohmann::json& item_json,
                                    const analyzers::DanishAnalyzer& analyzer,
                                    const store::Codec& codec, const std::string& facet_value) {
  const corpus::Item& item = m.items[position - 1];
  const std::string id = schema::item_id(mid, position);
  Xapian::Document doc;
  doc.add_boolean_term(schema::k_id + id);
  doc.add_boolean_term(schema::k_type + schema::k_type_item);
  add_meeting_fields(doc, m, mid);
  if (item.kind) doc.add_boolean_term(schema::boolean_term(schema::k_item_kind, *item.kind));
  doc.add_value(schema::k_slot_substance, Xapian::sortable_serialise(is_boilerplate(item) ? 0.0 : 1.0));
  for (const std::string& person : item.people)
    doc.add_boolean_term(schema::boolean_term(schema::k_person, person));
  doc.add_value(schema::k_slot_facets, facet_value);

  Xapian::termpos pos = 0;
  // Title words: S-prefixed for titel:, and unprefixed (with positions, for
  // phrases) weighing more than body words.
  analyzer.index_text(doc, item.title, pos, schema::k_title, 1, analyzers::Positions::no);
  analyzer.index_text(doc, item.title, pos, {}, k_title_wdf);
  for (const auto& section : item.sections) {
    doc.add_boolean_term(schema::boolean_term(schema::k_section, section.kind));
    pos += k_field_gap;
    analyzer.index_text(doc, section.text, pos, {}, is_decision(section.kind) ? k_decision_wdf : 1);
  }
  // The meeting's title words (forum, cluster) let "Direktørforum klyngemidler" match.
  if (m.title) {
    pos += k_field_gap;
    analyzer.index_text(doc, *m.title, pos, {}, 1, analyzers::Positions::no);
  }
  nlohmann::json data = {{"type", schema::k_type_item}, {"id", id}, {"meeting", ref},
                         {"item", item_json}};
  doc.set_data(codec.pack(data));
  return doc;
}

constexpr const char* k_stub = "XAPIANDB";

// The unprefixed words of `docs` worth suggesting: text terms (folded to
// lower case; prefixes are upper case) that start with a letter, 3-40 bytes.
std::set<std::string> spelling_words(const std::vector<Xapian::Document>& docs) {
  std::set<std::string> words;
  for (const auto& doc : docs) {
    // Terms are sorted: prefixed ones (upper case) and ones starting with a
    // digit come before "a" and are skipped without being read.
    auto t = doc.termlist_begin();
    for (t.skip_to("a"); t != doc.termlist_end(); ++t) {
      const std::string& term = *t;
      if (term.size() < 3 || term.size() > 40) continue;
      if (std::any_of(term.begin(), term.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) & 0x80);
          }))
        words.insert(term);
    }
  }
  return words;
}

// "size:mtime": a file with the same stamp as when it was indexed is skipped.
std::string file_stamp(std::uintmax_t size, const fs::path& p) {
  return std::to_string(size) + ":" + std::to_string(fs::last_write_time(p).time_since_epoch().count());
}

}  // namespace

// A file read, parsed and turned into documents, ready for the writer.
struct Indexer::Prepared {
  std::string path;
  std::string meeting_id;
  std::string canonical;
  std::string stamp;  // "size:mtime<TAB>canonical path", recorded in metadata
  std::uintmax_t bytes = 0;
  std::optional<corpus::Meeting> meeting;
  std::map<std::string, std::string> person_names;
  std::vector<std::string> facet_values;  // the facet slot of each document
  std::vector<Xapian::Document> docs;
  std::set<std::string> spelling;  // words for the spelling dictionary ("Mente du")
  analyzers::Abbreviations abbreviations;  // "Long Form (ABBR)" pairs in the text
  std::string error;  // non-empty: rejected with this reason
  std::string parsed_poorly;  // non-empty: "PATH: warning; ..." (Summary::parsed_poorly)
  bool unchanged = false;
};

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
    const unsigned char first = static_cast<unsigned char>(w.front());
    // ASCII capital, or a multi-byte letter (Æ, Ø, Å, ...) at the start.
    if (!((first >= 'A' && first <= 'Z') || first >= 0xC3)) return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(w[i]);
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
      const bool joiner = (c == '-' || c == '\'') && i > 0 && i + 1 < w.size();
      if (!letter && !joiner) return false;
    }
  }
  return words >= 2 && words <= 5;
}

}  // namespace

std::map<std::string, std::string> resolve_people(corpus::Meeting& meeting,
                                                  PersonRegistry& registry) {
  std::map<std::string, std::string> canonical;  // parser id -> canonical id
  std::map<std::string, std::string> names;      // canonical id -> display name
  std::set<std::string> listed;  // canonical ids of this meeting's participants
  for (auto& p : meeting.participants) {
    auto known = canonical.find(p.person_id);  // listed twice (as present and as afbud)
    std::set<std::string> others = listed;
    if (known != canonical.end()) others.erase(known->second);
    const std::string id = known != canonical.end()
                               ? known->second
                               : registry.resolve(p.person_id, p.name, p.organisation, meeting.region, others,
                                                  /*listed=*/true);
    canonical[p.person_id] = id;
    listed.insert(id);
    p.person_id = id;
  }
  for (auto& item : meeting.items) {
    for (auto& id : item.people) {
      auto it = canonical.find(id);
      if (it == canonical.end()) {
        // Named in the text but not listed: a shortened name of a
        // participant is that participant ("Eva Sejersdal").
        auto written = meeting.named.find(id);
        std::string name = written != meeting.named.end() ? written->second : id;
        std::optional<std::string> person = registry.shortened(name, listed);
        if (!person && !registry.find(id)) {
          // A shortened name of someone listed at another meeting: the one
          // listed person it can stand for ("Daniel Simonsen").
          std::set<std::string> elsewhere;
          const std::string first = id.substr(0, id.find('-'));
          for (const auto& [pid, p] : registry.people())
            if (p.listed && pid.substr(0, pid.find('-')) == first) elsewhere.insert(pid);
          person = registry.shortened(name, elsewhere);
        }
        if (!person && looks_like_a_name(name)) person = registry.resolve(id, name, std::nullopt, meeting.region);
        // Not a person ("Driftsfora_ Sundhedsklynge Midt Her"): kept out
        // of the person facet and filter.
        it = canonical.emplace(id, person.value_or("")).first;
      }
      id = it->second;
    }
    std::erase(item.people, std::string());
    // One person once per item, however many ways the text wrote the name.
    std::sort(item.people.begin(), item.people.end());
    item.people.erase(std::unique(item.people.begin(), item.people.end()), item.people.end());
  }
  for (const auto& [from, to] : canonical)
    if (const Person* p = to.empty() ? nullptr : registry.find(to)) names[to] = p->name;
  return names;
}

std::vector<Xapian::Document> make_documents(const corpus::Meeting& meeting,
                                             const std::string& mid,
                                             const analyzers::DanishAnalyzer& analyzer,
                                             const std::vector<std::string>& facet_values,
                                             const store::Codec& codec) {
  const nlohmann::json meeting_json = corpus::to_json(meeting);
  const nlohmann::json ref = meeting_ref(meeting, mid);
  std::vector<Xapian::Document> docs;
  docs.reserve(meeting.items.size() + 1);
  docs.push_back(make_meeting_document(meeting, mid, meeting_json, analyzer, codec, facet_values.at(0)));
  for (std::size_t i = 1; i <= meeting.items.size(); ++i)
    docs.push_back(make_item_document(meeting, mid, i, ref, meeting_json["items"][i - 1], analyzer,
                                      codec, facet_values.at(i)));
  return docs;
}

std::vector<std::string> facet_values(const corpus::Meeting& meeting,
                                      const std::map<std::string, std::string>& person_names,
                                      FacetCodes& codes) {
  std::vector<std::string> values;
  values.reserve(meeting.items.size() + 1);
  auto pack = [&](const schema::Facets& f) {
    codes.add(f);
    values.push_back(codes.pack(f));
  };
  pack(facets_of(meeting, nullptr, person_names));
  for (const auto& item : meeting.items) pack(facets_of(meeting, &item, person_names));
  return values;
}

namespace {

// Extensions (lower case) a directory walk takes: the formats read
// (formats::read_document decides by content, not by name), and legacy .doc
// and .rtf, so that they are refused by name rather than passed over.
constexpr std::string_view k_walk_extensions[] = {".txt", ".md",   ".text", ".pdf", ".docx",
                                                   ".html", ".htm", ".xhtml", ".doc", ".rtf"};

bool walk_takes(const fs::path& file) {
  std::string ext = file.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(std::begin(k_walk_extensions), std::end(k_walk_extensions), ext) !=
         std::end(k_walk_extensions);
}

}  // namespace

std::vector<std::string> collect_files(const std::vector<std::string>& paths,
                                       std::ostream& errors, std::size_t& missing) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      std::map<std::string, std::size_t> skipped;  // extension -> files
      for (auto it = fs::recursive_directory_iterator(
               path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec) || it->path().filename().string().front() == '.') continue;
        if (walk_takes(it->path()))
          found.push_back(it->path().string());
        else
          ++skipped[it->path().extension().empty() ? "no extension" : it->path().extension().string()];
      }
      if (!skipped.empty()) {
        // A note, not an error: a folder of downloads holds spreadsheets and
        // images too. Files named on the command line are always read.
        std::size_t n = 0;
        std::string kinds;
        for (const auto& [ext, count] : skipped) {
          n += count;
          kinds += (kinds.empty() ? "" : ", ") + ext;
        }
        errors << path << ": note: skipped " << n << (n == 1 ? " file" : " files")
               << " not in a minutes format (" << kinds << ")\n";
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, ec)) {
      files.push_back(path);
    } else {
      errors << path << ": no such file or directory\n";
      ++missing;
    }
  }
  return files;
}

std::vector<std::string> read_stub(const std::string& db_dir) {
  std::vector<std::string> shards;
  std::ifstream in(fs::path(db_dir) / k_stub);
  std::string backend, path;
  while (in >> backend >> path) shards.push_back((fs::path(db_dir) / path).string());
  return shards;
}

namespace {

// Writes the stub listing `shards` (relative to `dir`) and renames it into
// place, so a reader opening the index sees either the old or the new list.
void write_stub(const fs::path& dir, const std::vector<std::string>& shards) {
  const fs::path tmp = dir / (std::string(k_stub) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::trunc);
    for (const auto& s : shards) out << "auto " << fs::relative(s, dir).string() << '\n';
    out.flush();
    if (!out) throw DatabaseError("cannot write " + tmp.string());
  }
  int fd = ::open(tmp.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  fs::rename(tmp, dir / k_stub);
}

// After an error elsewhere: lets a running write finish, so nothing uses the
// databases while the error unwinds; its own error, if any, is dropped.
void wait_for_writer_quietly(std::future<void>& writing) {
  try {
    if (writing.valid()) writing.get();
  } catch (...) {
  }
}

// The first "gen-N" name not used in `dir`.
std::string next_generation(const fs::path& dir) {
  for (unsigned n = 1;; ++n) {
    std::string name = "gen-" + std::to_string(n);
    if (!fs::exists(dir / name)) return name;
  }
}

}  // namespace

Indexer::Indexer(Options options) : options_(std::move(options)) {
  const fs::path dir = options_.db_path;
  try {
    fs::create_directories(dir);
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError("cannot create index " + options_.db_path + ": " + e.code().message());
  }
  // One lock for the whole index (all shards, rebuilds included).
  const int fd = ::open((dir / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    throw DatabaseError("cannot open index " + options_.db_path + ": " + std::strerror(errno));
  lock_ = Lock(fd);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0)
    throw IndexLocked("index is locked by another indexer: " + options_.db_path);
  if (options_.jobs == 0) options_.jobs = std::max(1U, std::thread::hardware_concurrency());

  std::vector<std::string> paths = read_stub(options_.db_path);
  const bool fresh = paths.empty() || options_.rebuild == Rebuild::yes;
  if (!paths.empty() && !fresh && options_.shards != 0 && options_.shards != paths.size()) {
    throw UsageError("index " + options_.db_path + " has " + std::to_string(paths.size()) +
                     " shards, not " + std::to_string(options_.shards) + ": use --rebuild to change");
  }
  // Drop generations a killed run left behind (not named by the stub).
  const std::string current = paths.empty() ? std::string() : fs::path(paths.front()).parent_path().string();
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("gen-", 0) == 0 && entry.path().string() != current) fs::remove_all(entry.path());
  }
  fresh_ = fresh;
  if (fresh) {
    old_generation_ = current;
    generation_ = (dir / next_generation(dir)).string();
    // A rebuild without --shards keeps the index's shard count.
    const auto n = options_.shards != 0 ? options_.shards
                                        : std::max<std::size_t>(1, paths.size());
    paths.clear();
    for (std::size_t i = 0; i < n; ++i)
      paths.push_back((fs::path(generation_) / ("shard-" + std::to_string(i))).string());
  } else {
    generation_ = fs::path(paths.front()).parent_path().string();
  }
  try {
    fs::create_directories(generation_);
    for (const auto& p : paths) shards_.emplace_back(p, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexLocked("index is locked by another indexer: " + options_.db_path);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot open index " + options_.db_path + ": " + e.get_description());
  }
  // An index written with another schema cannot be updated in place. One
  // with no documents yet (new, or killed before its first commit) is new.
  std::string version = shards_.front().get_metadata(schema::k_schema_version_key);
  Xapian::doccount documents = 0;
  for (const auto& shard : shards_) documents += shard.get_doccount();
  if (version.empty() && documents == 0) {
    version = schema::k_schema_version;
    shards_.front().set_metadata(schema::k_schema_version_key, version);
  }
  if (version != schema::k_schema_version)
    throw UsageError("index " + options_.db_path + " was written with schema version " +
                     (version.empty() ? "1" : version) + ", this indexer writes version " +
                     schema::k_schema_version + ": run indexer --rebuild");
  persons_.load(shards_.front());
  facets_.load(shards_.front());
  codec_ = store::Codec(shards_.front().get_metadata(schema::k_dictionary_key));
  // A new index becomes visible at once (empty); a rebuild only when complete.
  if (fresh && old_generation_.empty()) write_stub(dir, paths);
}

void Indexer::swap_in_compacted() {
  // A bulk build ends as Xapian advises, with a compaction: full B-tree
  // blocks make the index about 40% smaller (and searches read fewer
  // blocks), for about 4% more index time. Docids are kept as they are.
  const fs::path dir = options_.db_path;
  const fs::path compacted = dir / next_generation(dir);
  const std::size_t n = shards_.size();
  std::vector<std::string> shard_paths;
  try {
    for (auto& shard : shards_) shard.close();
    shards_.clear();
    fs::create_directories(compacted);
    for (std::size_t i = 0; i < n; ++i) {
      const std::string name = "shard-" + std::to_string(i);
      const std::string out = (compacted / name).string();
      Xapian::Database((fs::path(generation_) / name).string())
          .compact(out, Xapian::DBCOMPACT_NO_RENUMBER);
      shard_paths.push_back(out);
    }
  } catch (const Xapian::Error& e) {
    throw DatabaseError("compacting index " + options_.db_path + ": " + e.get_description());
  }
  // The stub names the compacted shards: readers switch at their next request.
  write_stub(dir, shard_paths);
  std::error_code ec;
  fs::remove_all(generation_, ec);
  if (!old_generation_.empty()) fs::remove_all(old_generation_, ec);
  old_generation_.clear();
  generation_ = compacted.string();
  fresh_ = false;
  try {
    for (const auto& p : shard_paths) shards_.emplace_back(p, Xapian::DB_OPEN);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot open index " + options_.db_path + ": " + e.get_description());
  }
}

Indexer::Lock::~Lock() {
  if (fd_ >= 0) ::close(fd_);
}

std::size_t Indexer::shard_index(const std::string& meeting_id) const {
  // All documents of one file live in one shard, so deleting by meeting id
  // and the skip stamp stay local to that shard.
  return std::stoull(meeting_id, nullptr, 16) % shards_.size();
}

void Indexer::for_each_shard(const std::function<void(std::size_t)>& f) {
  if (shards_.size() == 1) return f(0);
  std::vector<std::future<void>> running;
  for (std::size_t i = 1; i < shards_.size(); ++i) running.push_back(std::async(std::launch::async, f, i));
  std::exception_ptr failed;
  try {
    f(0);
  } catch (...) {
    failed = std::current_exception();
  }
  for (auto& r : running) {
    try {
      r.get();
    } catch (...) {
      if (!failed) failed = std::current_exception();
    }
  }
  if (failed) std::rethrow_exception(failed);
}

void Indexer::save_registries() {
  persons_.save(shards_.front());
  facets_.save(shards_.front());
}

void Indexer::commit_all() {
  for_each_shard([this](std::size_t i) {
    shards_[i].commit_transaction();
    shards_[i].begin_transaction();
  });
}

std::size_t Indexer::remove_vanished(const std::vector<std::string>& roots,
                                     const std::vector<std::string>& files) {
  std::vector<std::string> dirs;
  for (const auto& r : roots) {
    std::error_code ec;
    if (fs::is_directory(r, ec)) {
      std::string canonical = fs::weakly_canonical(fs::absolute(r), ec).string();
      if (!canonical.empty() && canonical.back() != '/') canonical += '/';
      dirs.push_back(canonical);
    }
  }
  if (dirs.empty()) return 0;
  std::set<std::string> present;
  for (const auto& f : files) {
    std::error_code ec;
    present.insert(fs::weakly_canonical(fs::absolute(f), ec).string());
  }
  std::size_t removed = 0;
  for (auto& shard : shards_) {
    std::vector<std::pair<std::string, std::string>> gone;  // key, meeting id
    for (auto k = shard.metadata_keys_begin(schema::k_source_key); k != shard.metadata_keys_end(schema::k_source_key); ++k) {
      const std::string value = shard.get_metadata(*k);
      const std::size_t tab1 = value.find('\t'), tab2 = value.find('\t', tab1 + 1);
      if (tab1 == std::string::npos || tab2 == std::string::npos) continue;
      const std::string mid = value.substr(tab1 + 1, tab2 - tab1 - 1);
      const std::string path = value.substr(tab2 + 1);
      for (const auto& d : dirs) {
        if (path.rfind(d, 0) == 0 && !present.count(path)) {
          gone.emplace_back(*k, mid);
          break;
        }
      }
    }
    for (const auto& [key, mid] : gone) {
      shard.delete_document(schema::k_meeting + mid);
      shard.set_metadata(key, {});
      ++removed;
    }
  }
  return removed;
}

void Indexer::train_dictionary(const std::vector<Prepared>& prepared) {
  // Samples shaped like the stored data: each item's JSON. Too few samples
  // (a small first batch) leave the data undictionaried until a later run.
  std::vector<std::string> samples;
  for (const Prepared& p : prepared) {
    if (!p.meeting) continue;
    const nlohmann::json j = corpus::to_json(*p.meeting);
    for (const auto& item : j["items"]) samples.push_back(item.dump());
    samples.push_back(j.dump());
  }
  std::string dictionary = store::Codec::train(samples);
  if (dictionary.empty()) return;
  for (auto& shard : shards_) shard.set_metadata(schema::k_dictionary_key, dictionary);
  codec_ = store::Codec(std::move(dictionary));
}

void Indexer::parallel_for(std::vector<Prepared>& prepared,
                           const std::function<void(Prepared&, const analyzers::DanishAnalyzer&)>& step) {
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    analyzers::DanishAnalyzer analyzer(schema::k_text_prefixes);  // Xapian::Stem is not thread-safe
    for (std::size_t i; (i = next++) < prepared.size();) {
      Prepared& p = prepared[i];
      if (p.unchanged || !p.error.empty()) continue;
      try {
        step(p, analyzer);
      } catch (const std::exception& e) {
        p.error = e.what();
        p.meeting.reset();
      }
    }
  };
  std::vector<std::jthread> threads;
  for (unsigned t = 1; t < options_.jobs; ++t) threads.emplace_back(work);
  work();
}

std::string Indexer::id_source(const std::string& canonical) {
  std::string key;
  for (const auto& root : roots_) {
    if (canonical.rfind(root, 0) != 0) continue;
    // "/data/sample/" + "000.txt" -> "sample/000.txt".
    const std::string name = fs::path(root.substr(0, root.size() - 1)).filename().string();
    key = name + "/" + canonical.substr(root.size());
    break;
  }
  if (key.empty()) key = fs::path(canonical).filename().string();
  auto [owner, added] = id_owner_.try_emplace(key, canonical);
  if (!added && owner->second != canonical) return canonical;  // two roots share a name
  return key;
}

std::vector<Indexer::Prepared> Indexer::stamp_chunk(const std::vector<std::string>& files,
                                                    std::size_t begin, std::size_t chunk) {
  const std::size_t end = std::min(files.size(), begin + chunk);
  std::vector<Prepared> prepared(end - begin);
  for (std::size_t i = begin; i < end; ++i) {
    Prepared& p = prepared[i - begin];
    p.path = files[i];
    if (options_.defer && options_.defer(p.path)) {
      p.unchanged = true;
      continue;
    }
    try {
      std::error_code ec;
      fs::path canonical = fs::weakly_canonical(fs::absolute(p.path), ec);
      p.canonical = ec ? fs::absolute(p.path).string() : canonical.string();
      p.meeting_id = schema::meeting_id(id_source(p.canonical));
      p.bytes = fs::file_size(p.path);
      // "size:mtime<TAB>meeting id<TAB>canonical path": remove_vanished()
      // deletes a vanished file's documents by the id recorded here.
      p.stamp = file_stamp(p.bytes, p.path) + "\t" + p.meeting_id + "\t" + p.canonical;
      p.unchanged = shards_[shard_index(p.meeting_id)].get_metadata(
                        schema::source_metadata_key(p.canonical)) == p.stamp;
    } catch (const fs::filesystem_error& e) {
      p.error = e.code().message();
    }
  }
  return prepared;
}

Summary Indexer::index(const std::vector<std::string>& paths, std::ostream& errors,
                       const std::function<void(const Progress&)>& progress) {
  const auto start = std::chrono::steady_clock::now();
  Summary summary;
  std::vector<std::string> files = collect_files(paths, errors, summary.rejected);
  roots_.clear();
  id_owner_.clear();
  for (const auto& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) continue;
    std::string root = fs::weakly_canonical(fs::absolute(path), ec).string();
    if (!root.empty() && root.back() != '/') root += '/';
    roots_.push_back(root);
  }

  // A pipeline of chunks: while a writer thread adds chunk k to the index
  // (a Xapian database is not thread-safe, so one thread writes), `jobs`
  // threads parse chunk k+1 and build its documents. Everything that reads
  // or writes a database outside the writer (skip stamps, the person
  // registry's metadata, the dictionary) happens between two writes.
  const std::size_t chunk = 64 * options_.jobs;
  std::size_t files_in_txn = 0;
  Progress progress_state;
  progress_state.files_total = files.size();
  std::future<void> writing;  // the previous chunk's write
  auto wait_for_writer = [&] {
    if (writing.valid()) writing.get();  // rethrows what the writer threw
  };
  auto write = [&](std::vector<Prepared> prepared, std::size_t end) {
    std::vector<std::vector<Prepared*>> by_shard(shards_.size());
    for (Prepared& p : prepared) {
      if (!p.error.empty()) {
        errors << p.path << ": " << p.error << '\n';
        ++summary.rejected;
      } else if (p.unchanged) {
        ++summary.skipped;
      } else {
        if (!p.parsed_poorly.empty()) summary.parsed_poorly.push_back(std::move(p.parsed_poorly));
        by_shard[shard_index(p.meeting_id)].push_back(&p);
      }
    }
    // Shards are independent databases: each is written by a thread of its own.
    for_each_shard([&](std::size_t shard_index) {
      Xapian::WritableDatabase& shard = shards_[shard_index];
      for (Prepared* p : by_shard[shard_index]) {
        // Deleting by meeting id first means a changed file that lost items
        // leaves none behind; each document also carries its unique Q term.
        shard.delete_document(schema::k_meeting + p->meeting_id);
        for (const auto& doc : p->docs) shard.add_document(doc);
        // Each word once per file: its spelling frequency counts files.
        for (const auto& word : p->spelling) shard.add_spelling(word);
        shard.set_metadata(schema::source_metadata_key(p->canonical), p->stamp);
      }
    });
    for (const auto& files_of_shard : by_shard) {
      for (const Prepared* p : files_of_shard) {
        for (const auto& [abbr, long_form] : p->abbreviations) {
          const std::string key = schema::k_abbreviation_key + abbr;
          if (shards_.front().get_metadata(key).empty()) shards_.front().set_metadata(key, long_form);
        }
        summary.items += p->docs.size() - 1;
        ++summary.files;
        ++files_in_txn;
      }
    }
    if (files_in_txn >= k_files_per_commit) {
      commit_all();
      files_in_txn = 0;
    }
    if (progress) {
      progress_state.files_done = end;
      for (const Prepared& p : prepared) progress_state.bytes_done += p.bytes;
      progress_state.seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      progress(progress_state);
    }
  };
  try {
    for (auto& shard : shards_) shard.begin_transaction();
    summary.removed = remove_vanished(paths, files);
    std::vector<Prepared> next = stamp_chunk(files, 0, chunk);
    for (std::size_t begin = 0; begin < files.size(); begin += chunk) {
      const std::size_t end = std::min(files.size(), begin + chunk);
      std::vector<Prepared> prepared = std::move(next);
      // Parse in parallel; resolve people serially (the registry is shared
      // and its answers depend on order); build documents in parallel.
      parallel_for(prepared, [](Prepared& p, const analyzers::DanishAnalyzer&) {
        p.meeting = corpus::parse_file(p.path);
        if (corpus::parsed_poorly(*p.meeting)) {
          p.parsed_poorly = p.path + ":";
          for (std::size_t w = 0; w < p.meeting->warnings.size(); ++w)
            p.parsed_poorly += (w ? "; " : " ") + p.meeting->warnings[w];
        }
        for (const auto& item : p.meeting->items)
          for (const auto& section : item.sections)
            analyzers::learn_abbreviations(section.text, p.abbreviations);
      });
      for (Prepared& p : prepared) {
        if (!p.meeting) continue;
        p.person_names = resolve_people(*p.meeting, persons_);
        p.facet_values = facet_values(*p.meeting, p.person_names, facets_);
      }
      if (codec_.dictionary().empty()) {
        wait_for_writer();
        train_dictionary(prepared);
      }
      parallel_for(prepared, [this](Prepared& p, const analyzers::DanishAnalyzer& analyzer) {
        if (!p.meeting) return;
        p.docs = make_documents(*p.meeting, p.meeting_id, analyzer, p.facet_values, codec_);
        p.meeting.reset();
        p.spelling = spelling_words(p.docs);
      });
      wait_for_writer();
      // The writer is idle: record this chunk's people (committed with its
      // documents) and look up the next chunk's skip stamps.
      save_registries();
      next = stamp_chunk(files, end, chunk);
      writing = std::async(std::launch::async, write, std::move(prepared), end);
    }
    wait_for_writer();
    save_registries();
    for (auto& shard : shards_) shard.commit_transaction();
  } catch (const Xapian::Error& e) {
    wait_for_writer_quietly(writing);
    throw DatabaseError("writing index " + options_.db_path + ": " + e.get_description());
  } catch (...) {
    wait_for_writer_quietly(writing);
    throw;
  }
  if (fresh_) swap_in_compacted();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace indexer
