#include "indexer/indexer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <optional>
#include <ostream>
#include <thread>

#include "corpus/json.h"
#include "corpus/parser.h"
#include "corpus/reader.h"
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
// Files per transaction: bounds memory and the work lost to a crash, while
// keeping commits (an fsync each) rare enough not to dominate.
constexpr std::size_t k_files_per_commit = 500;

bool is_decision(const std::string& kind) { return kind == "beslutning" || kind == "referat"; }

std::string date_digits(const std::string& iso) {
  std::string d;
  for (char c : iso)
    if (c != '-') d += c;
  return d;
}

// Filter terms and values shared by the meeting document and its items.
void add_meeting_fields(Xapian::Document& doc, const corpus::Meeting& m, const std::string& mid) {
  doc.add_boolean_term(schema::k_meeting + mid);
  auto facet = [&](const std::optional<std::string>& v, const std::string& prefix,
                   Xapian::valueno slot) {
    if (!v || v->empty()) return;
    doc.add_boolean_term(schema::boolean_term(prefix, *v));
    doc.add_value(slot, *v);
  };
  facet(m.cluster, schema::k_cluster, schema::k_slot_cluster);
  facet(m.region, schema::k_region, schema::k_slot_region);
  facet(m.forum, schema::k_forum, schema::k_slot_forum);
  if (m.date && m.date->size() == 10) {
    const std::string d = date_digits(*m.date);
    doc.add_boolean_term(schema::k_date + d);
    doc.add_boolean_term(schema::k_month + d.substr(0, 6));
    doc.add_boolean_term(schema::k_year + d.substr(0, 4));
    doc.add_value(schema::k_slot_date, d);
    doc.add_value(schema::k_slot_year, d.substr(0, 4));
  }
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
                                       const analyzers::DanishAnalyzer& analyzer) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::k_id + mid);
  doc.add_boolean_term(schema::k_type + schema::k_type_meeting);
  add_meeting_fields(doc, m, mid);
  Xapian::termpos pos = 0;
  if (m.title) analyzer.index_text(doc, *m.title, pos, schema::k_title);
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
  doc.set_data(store::pack(data));
  return doc;
}

Xapian::Document make_item_document(const corpus::Meeting& m, const std::string& mid,
                                    std::size_t position, const nlohmann::json& ref,
                                    const nlohmann::json& item_json,
                                    const analyzers::DanishAnalyzer& analyzer) {
  const corpus::Item& item = m.items[position - 1];
  const std::string id = schema::item_id(mid, position);
  Xapian::Document doc;
  doc.add_boolean_term(schema::k_id + id);
  doc.add_boolean_term(schema::k_type + schema::k_type_item);
  add_meeting_fields(doc, m, mid);
  if (item.kind) {
    doc.add_boolean_term(schema::boolean_term(schema::k_item_kind, *item.kind));
    doc.add_value(schema::k_slot_item_kind, *item.kind);
  }
  for (const auto& person : item.people)
    doc.add_boolean_term(schema::boolean_term(schema::k_person, person));

  Xapian::termpos pos = 0;
  analyzer.index_text(doc, item.title, pos, schema::k_title);
  analyzer.index_text(doc, item.title, pos, {}, k_title_wdf);
  for (const auto& section : item.sections) {
    doc.add_boolean_term(schema::boolean_term(schema::k_section, section.kind));
    pos += k_field_gap;
    analyzer.index_text(doc, section.text, pos, {}, is_decision(section.kind) ? k_decision_wdf : 1);
  }
  // The meeting's title words (forum, cluster) let "Direktørforum klyngemidler" match.
  if (m.title) {
    pos += k_field_gap;
    analyzer.index_text(doc, *m.title, pos);
  }
  nlohmann::json data = {{"type", schema::k_type_item}, {"id", id}, {"meeting", ref},
                         {"item", item_json}};
  doc.set_data(store::pack(data));
  return doc;
}

// A file read, parsed and turned into documents, ready for the writer.
struct Prepared {
  std::string path;
  std::string canonical;
  std::string stamp;  // "size:mtime" recorded in metadata
  std::vector<Xapian::Document> docs;
  std::string error;  // non-empty: rejected with this reason
  bool unchanged = false;
};

std::string file_stamp(const fs::path& p) {
  auto size = fs::file_size(p);
  auto mtime = fs::last_write_time(p).time_since_epoch().count();
  return std::to_string(size) + ":" + std::to_string(mtime);
}

}  // namespace

std::vector<Xapian::Document> make_documents(const corpus::Meeting& meeting,
                                             const std::string& canonical_source,
                                             const analyzers::DanishAnalyzer& analyzer) {
  const std::string mid = schema::meeting_id(canonical_source);
  const nlohmann::json meeting_json = corpus::to_json(meeting);
  const nlohmann::json ref = meeting_ref(meeting, mid);
  std::vector<Xapian::Document> docs;
  docs.reserve(meeting.items.size() + 1);
  docs.push_back(make_meeting_document(meeting, mid, meeting_json, analyzer));
  for (std::size_t i = 1; i <= meeting.items.size(); ++i)
    docs.push_back(make_item_document(meeting, mid, i, ref, meeting_json["items"][i - 1], analyzer));
  return docs;
}

std::vector<std::string> collect_files(const std::vector<std::string>& paths,
                                       std::ostream& errors, std::size_t& missing) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(
               path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().filename().string().front() != '.')
          found.push_back(it->path().string());
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

Indexer::Indexer(Options options) : options_(std::move(options)) {
  const int flags = options_.rebuild == Rebuild::yes ? Xapian::DB_CREATE_OR_OVERWRITE
                                                     : Xapian::DB_CREATE_OR_OPEN;
  try {
    db_ = Xapian::WritableDatabase(options_.db_path, flags);
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexLocked("index is locked by another indexer: " + options_.db_path);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot open index " + options_.db_path + ": " + e.get_description());
  }
  if (options_.jobs == 0) options_.jobs = std::max(1U, std::thread::hardware_concurrency());
}

Summary Indexer::index(const std::vector<std::string>& paths, std::ostream& errors) {
  const auto start = std::chrono::steady_clock::now();
  Summary summary;
  std::vector<std::string> files = collect_files(paths, errors, summary.rejected);

  // Parse in parallel, write from this thread only (Xapian's writer is single-threaded).
  // Each chunk is parsed by `jobs` threads, then written in input order.
  const std::size_t chunk = 64 * options_.jobs;
  std::size_t files_in_txn = 0;
  try {
    db_.begin_transaction();
    for (std::size_t begin = 0; begin < files.size(); begin += chunk) {
      const std::size_t end = std::min(files.size(), begin + chunk);
      std::vector<Prepared> prepared(end - begin);
      // Stat and compare stamps here: a Xapian database is not safe to use
      // from several threads, even for reading.
      for (std::size_t i = begin; i < end; ++i) {
        Prepared& p = prepared[i - begin];
        p.path = files[i];
        try {
          std::error_code ec;
          fs::path canonical = fs::weakly_canonical(fs::absolute(p.path), ec);
          p.canonical = ec ? fs::absolute(p.path).string() : canonical.string();
          p.stamp = file_stamp(p.path);
          p.unchanged = db_.get_metadata(schema::source_metadata_key(p.canonical)) == p.stamp;
        } catch (const fs::filesystem_error& e) {
          p.error = e.code().message();
        }
      }
      std::atomic<std::size_t> next{0};
      auto work = [&] {
        analyzers::DanishAnalyzer analyzer;  // Xapian::Stem is not thread-safe
        for (std::size_t i; (i = next++) < prepared.size();) {
          Prepared& p = prepared[i];
          if (p.unchanged || !p.error.empty()) continue;
          try {
            corpus::Meeting meeting = corpus::parse_file(p.path);
            p.docs = make_documents(meeting, p.canonical, analyzer);
          } catch (const std::exception& e) {
            p.error = e.what();
          }
        }
      };
      {
        std::vector<std::jthread> threads;
        for (unsigned t = 1; t < options_.jobs; ++t) threads.emplace_back(work);
        work();
      }
      for (Prepared& p : prepared) {
        if (!p.error.empty()) {
          errors << p.path << ": " << p.error << '\n';
          ++summary.rejected;
          continue;
        }
        if (p.unchanged) {
          ++summary.skipped;
          continue;
        }
        const std::string mid = schema::meeting_id(p.canonical);
        db_.delete_document(schema::k_meeting + mid);
        // Deleting by meeting id first means a changed file that lost items
        // leaves none behind; each document also carries its unique Q term.
        for (const auto& doc : p.docs) db_.add_document(doc);
        summary.items += p.docs.size() - 1;
        db_.set_metadata(schema::source_metadata_key(p.canonical), p.stamp);
        ++summary.files;
        if (++files_in_txn >= k_files_per_commit) {
          db_.commit_transaction();
          db_.begin_transaction();
          files_in_txn = 0;
        }
      }
    }
    db_.commit_transaction();
  } catch (const Xapian::Error& e) {
    throw DatabaseError("writing index " + options_.db_path + ": " + e.get_description());
  }
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace indexer
