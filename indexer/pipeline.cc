#include "indexer/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <filesystem>
#include <functional>
#include <ostream>
#include <span>
#include <thread>
#include <unordered_map>
#include <unordered_set>


#include "corpus/parser.h"
#include "formats/document.h"
#include "indexer/documents.h"
#include "indexer/indexer.h"
#include "indexer/schema.h"
#include "indexer/sources.h"
#include "indexer/timeline.h"
#include "indexer/vocabulary.h"

namespace fs = std::filesystem;

namespace indexer {

std::deque<analyzers::DanishAnalyzer> make_analyzers(unsigned jobs, const analyzers::WordCoder& coder) {
  std::deque<analyzers::DanishAnalyzer> out;
  for (unsigned i = 0; i < std::max(1U, jobs); ++i) out.emplace_back(schema::k_text_prefixes, coder);
  return out;
}

void parallel_for(std::vector<PreparedFile>& prepared, std::deque<analyzers::DanishAnalyzer>& analyzers,
                  const PrepareStep& step) {
  std::atomic<std::size_t> next{0};
  auto work = [&](const analyzers::DanishAnalyzer& analyzer) {
    for (std::size_t i; (i = next++) < prepared.size();) {
      PreparedFile& p = prepared[i];
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
  for (std::size_t t = 1; t < analyzers.size(); ++t) threads.emplace_back(work, std::cref(analyzers[t]));
  work(analyzers.front());
}

void wait_quietly(std::future<void>& writing) {
  try {
    if (writing.valid()) writing.get();
  } catch (...) {
  }
}

void Indexer::commit_all(bool last) {
  auto commit = [this, last](std::size_t i) {
    shards_[i].commit_transaction();
    if (!last) shards_[i].begin_transaction();
  };
  if (!codes_uncommitted_ || shards_.size() == 1) {
    run_each(shards_.size(), commit);
  } else {
    // The table first: a kill after it leaves codes without documents (a
    // later run gives those words the same codes again), never documents
    // with codes the table lacks (a later run would give them to other
    // words).
    commit(0);
    run_each(shards_.size() - 1, [&](std::size_t i) { commit(i + 1); });
  }
  codes_uncommitted_ = false;
}

std::vector<PreparedFile> Indexer::locate_chunk(const std::vector<std::string>& files,
                                                 std::size_t begin, std::size_t chunk) {
  const std::size_t end = std::min(files.size(), begin + chunk);
  std::vector<PreparedFile> prepared(end - begin);
  for (std::size_t i = begin; i < end; ++i) {
    PreparedFile& p = prepared[i - begin];
    p.path = files[i];
    if (options_.defer && options_.defer(p.path)) {
      p.unchanged = true;
      continue;
    }
    try {
      std::error_code ec;
      fs::path canonical = fs::weakly_canonical(fs::absolute(p.path), ec);
      p.canonical = ec ? fs::absolute(p.path).string() : canonical.string();
      p.meeting_id = schema::meeting_id(id_source(p.canonical, roots_, id_owner_));
      p.shown = shown_source(p.path, given_roots_);
      p.bytes = fs::file_size(p.path);
      p.stamp = source_stamp(file_stamp(p.bytes, p.path), p.meeting_id, p.canonical);
    } catch (const fs::filesystem_error& e) {
      p.error = e.code().message();
    }
  }
  return prepared;
}

void Indexer::look_up_stamps(std::span<PreparedFile> files) {
  for (PreparedFile& p : files)
    if (!p.stamp.empty())
      p.unchanged = shards_[shard_index(p.meeting_id)].get_metadata(schema::source_metadata_key(p.canonical)) == p.stamp;
}

void Indexer::look_up_writings(std::span<PreparedFile> files) {
  for (PreparedFile& p : files)
    if (!p.unchanged && !p.meeting_id.empty())
      p.old_writings = shards_.front().get_metadata(schema::k_writings_key + p.meeting_id);
}

Summary Indexer::index(const std::vector<std::string>& paths, std::ostream& errors,
                       const std::function<void(const Progress&)>& progress) {
  const auto start = std::chrono::steady_clock::now();
  Timeline timeline;
  timeline.mark("start, open index");
  Summary summary;
  std::vector<std::string> files = collect_files(paths, errors, summary.rejected);
  roots_ = canonical_roots(paths);
  given_roots_ = given_roots(paths);
  id_owner_.clear();

  // A pipeline of chunks: while a writer thread adds chunk k to the index
  // (a Xapian database is not thread-safe, so one thread writes), `jobs`
  // threads parse chunk k+1 and build its documents. Everything that reads
  // or writes a database outside the writer (skip stamps, the dictionary)
  // happens between two writes; the writer records the registries (people,
  // facet and word codes) before it writes, while chunk k+1 is parsed.
  // One analyzer per parsing thread for the whole run (their word caches).
  std::deque<analyzers::DanishAnalyzer> analyzers = make_analyzers(options_.jobs, codes_.coder());
  timeline.mark("files, analyzers");
  const std::size_t chunk = 64 * options_.jobs;
  std::size_t files_in_txn = 0;
  Progress progress_state;
  progress_state.files_total = files.size();
  std::future<void> writing;  // the previous chunk's write
  VocabularyTable vocabulary;  // in the first shard; the writer's only
  // The shards (parts) without documents when the run began, and the
  // meeting ids the run wrote to each.
  std::vector<bool> empty_at_start;
  for (const auto& shard : shards_) empty_at_start.push_back(shard.get_doccount() == 0);
  std::vector<std::unordered_set<std::string>> written_ids(shards_.size());
  auto wait_for_writer = [&] {
    if (writing.valid()) writing.get();  // rethrows what the writer threw
  };
  // The chunk's writer first records its people (committed with its
  // documents) and looks up what the next chunk's files wrote of them when
  // last indexed, then tells the parsing threads that the registries are
  // theirs again (they resolve the next chunk's people once it is parsed).
  std::future<void> registries_saved;
  auto wait_for_registries = [&] {
    if (registries_saved.valid()) registries_saved.get();
  };
  auto write = [&](std::vector<PreparedFile> prepared, std::size_t end, std::span<PreparedFile> next,
                   std::promise<void> saved) {
    const double write_start = timeline.on() ? Timeline::now() : 0;
    try {
      save_registries();
      look_up_writings(next);
    } catch (...) {
      saved.set_exception(std::current_exception());
      throw;
    }
    saved.set_value();
    std::vector<std::vector<PreparedFile*>> by_shard(shards_.size());
    for (PreparedFile& p : prepared) {
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
    const std::size_t shards = shard_count();
    run_each(shards_.size(), [&](std::size_t shard_index) {
      Xapian::WritableDatabase& shard = shards_[shard_index];
      for (PreparedFile* p : by_shard[shard_index]) {
        // Deleting the file's documents first means a changed file that
        // lost items leaves none behind. A shard (part) that had no
        // documents when the run began (a new index, not one resumed after
        // a kill) holds only this run's files: nothing to delete unless the
        // run wrote the file before (a deletion looks up the file's ids in
        // the term list: 2% of a new index's CPU).
        if (!empty_at_start[shard_index] || !written_ids[shard_index].insert(p->meeting_id).second)
          delete_file(shard, p->meeting_id);
        for (const auto& doc : p->docs) shard.add_document(doc);
        shard.set_metadata(schema::source_metadata_key(p->canonical), p->stamp);
      }
      // Each word once per file: its spelling frequency counts files. Added
      // once per chunk with the number of its files (a tenth of the calls),
      // and all of a shard's words to its first part (a new index's parts
      // are merged by the compaction, which sums their frequencies): each
      // word is looked up, and split into its fragments, in one part's
      // spelling table instead of in each.
      if (shard_index >= shards) return;
      std::unordered_map<std::string, Xapian::termcount> spelling;
      for (std::size_t part = shard_index; part < shards_.size(); part += shards)
        for (const PreparedFile* p : by_shard[part])
          for (const auto& word : p->spelling) ++spelling[word];
      for (const auto& [word, in_files] : spelling) shard.add_spelling(word, in_files);
    });
    for (const auto& files_of_shard : by_shard) {
      for (const PreparedFile* p : files_of_shard) {
        for (const auto& [abbr, long_form] : p->abbreviations) {
          const std::string key = schema::k_abbreviation_key + abbr;
          if (shards_.front().get_metadata(key).empty()) shards_.front().set_metadata(key, long_form);
        }
        vocabulary.add(p->vocabulary, shards_.front());
        summary.items += p->docs.size() - 1;
        ++summary.files;
        ++files_in_txn;
      }
    }
    vocabulary.save(shards_.front());
    if (files_in_txn >= k_files_per_commit) {
      if (timeline.on()) timeline.busy("writer adding", Timeline::now() - write_start);
      const double commit_start = timeline.on() ? Timeline::now() : 0;
      commit_all();
      files_in_txn = 0;
      if (timeline.on()) timeline.busy("writer committing", Timeline::now() - commit_start);
    } else if (timeline.on()) {
      timeline.busy("writer adding", Timeline::now() - write_start);
    }
    if (progress) {
      progress_state.files_done = end;
      for (const PreparedFile& p : prepared) progress_state.bytes_done += p.bytes;
      progress_state.seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      progress(progress_state);
    }
  };
  try {
    for (auto& shard : shards_) shard.begin_transaction();
    for (const auto& root : served_roots(paths))
      shards_.front().set_metadata(schema::root_metadata_key(root), root);
    std::vector<std::string> vanished;
    summary.removed = remove_vanished(shards_, paths, files, &vanished);
    for (const auto& meeting_id : vanished)
      forget_writings(meeting_id, shards_.front().get_metadata(schema::k_writings_key + meeting_id));
    std::vector<PreparedFile> next = locate_chunk(files, 0, chunk);
    look_up_stamps(next);
    look_up_writings(next);
    timeline.mark("stamps");
    for (std::size_t begin = 0; begin < files.size(); begin += chunk) {
      const std::size_t end = std::min(files.size(), begin + chunk);
      std::vector<PreparedFile> prepared = std::move(next);
      // Parse in parallel; resolve people serially (the registry is shared
      // and its answers depend on order); build documents in parallel.
      parallel_for(prepared, analyzers, [](PreparedFile& p, const analyzers::DanishAnalyzer&) {
        p.meeting = corpus::parse_document(formats::read_document(p.path), p.shown);
        if (corpus::parsed_poorly(*p.meeting)) {
          p.parsed_poorly = p.path + ":";
          for (std::size_t w = 0; w < p.meeting->warnings.size(); ++w)
            p.parsed_poorly += (w ? "; " : " ") + p.meeting->warnings[w];
        }
        for (const auto& item : p.meeting->items)
          for (const auto& section : item.sections)
            analyzers::learn_abbreviations(section.text, p.abbreviations);
      });
      timeline.mark("parse");
      wait_for_registries();
      for (PreparedFile& p : prepared) {
        if (!p.meeting) continue;
        // The version indexed before is taken back first, as if it had
        // never been (a clean index of the files as they are now).
        forget_writings(p.meeting_id, p.old_writings);
        writings_[p.meeting_id] = resolve_people(*p.meeting, persons_);
        p.facet_values = facet_values(*p.meeting, facets_);
      }
      timeline.mark("people");
      if (codec_.dictionary().empty()) {
        wait_for_writer();
        train_dictionary(prepared);
        timeline.mark("dictionary");
      }
      parallel_for(prepared, analyzers, [this](PreparedFile& p, const analyzers::DanishAnalyzer& analyzer) {
        if (!p.meeting) return;
        p.docs = make_documents(*p.meeting, p.meeting_id, analyzer, p.facet_values, codec_, p.canonical,
                                &p.vocabulary);
        p.meeting.reset();
        p.spelling = spelling_words(p.vocabulary);
        // The file will be written (a file is rejected only before this
        // point): its words' entries need not travel again in this run.
        analyzer.remember_vocabulary(p.vocabulary);
      });
      timeline.mark("documents");
      // The next chunk's files found on disk while the writer may still be
      // busy; their skip stamps looked up once it is idle.
      next = locate_chunk(files, end, chunk);
      timeline.mark("locate");
      wait_for_writer();
      timeline.mark("wait for writer");
      look_up_stamps(next);
      timeline.mark("stamps");
      std::promise<void> saved;
      registries_saved = saved.get_future();
      // The next chunk's files by address: moved into `prepared` above, they stay where they are.
      writing = std::async(std::launch::async, write, std::move(prepared), end, std::span<PreparedFile>(next),
                           std::move(saved));
    }
    wait_for_writer();
    timeline.mark("wait for writer");
    save_registries();
    save_snapshots();
    timeline.mark("snapshots");
    // The parts in parallel (one after the other, the last transaction's
    // commits kept a core idle at the end of a run), the first shard (the
    // word code table) first when it holds new codes.
    commit_all(/*last=*/true);
    timeline.mark("last commit");
  } catch (const Xapian::Error& e) {
    wait_quietly(registries_saved);
    wait_quietly(writing);
    throw DatabaseError("writing index " + options_.db_path + ": " + e.get_description());
  } catch (...) {
    wait_quietly(registries_saved);
    wait_quietly(writing);
    throw;
  }
  if (fresh_) swap_in_compacted();
  timeline.mark("compaction");
  timeline.print(errors);
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace indexer
