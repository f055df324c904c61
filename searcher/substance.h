// Internal to the searcher: the substance boost's posting source.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace searcher {

// The documents and weights of ValueWeightPostingSource(k_slot_substance)
// (every item, 1.0 with substance, 0.0 boilerplate), from the two short
// posting lists of the meetings' type term and the boilerplate items' term
// (schema::k_boilerplate) instead of the slot's value stream: each
// candidate the boost was checked for cost the value stream a decoded and
// copied value for every document since the last one. Its statistics (term
// frequencies, maximum weight) are the value source's, so the matcher
// prunes and estimates as before: the same answers. A database whose
// indexer did not write the boilerplate term on every item (an index begun
// by an older indexer: schema::k_boilerplate_terms_key unset), or with
// documents that are neither items nor meetings, is read from the value
// stream, as before. For the optional side of OP_AND_MAYBE (and the AND it
// may become): it steps over ids no document has. Local databases only: a
// remote server does not know it.
// The meetings and boilerplate items of each database (shard) as bits by
// document id, read once from their two posting lists and then shared by
// the SubstanceSources of every search on it (a Searcher keeps one set per
// opened database): a candidate's check and weight are then two bit tests
// instead of two posting-list skips (at 1M items 7% of a word query's
// instructions once read). Xapian initialises a source once per shard,
// with the shard's own ids: each shard has its bits, found by its uuid.
// A process that runs one search (the CLI) need not read them up front:
// the bits pay for themselves only over the candidates of several searches
// or of a broad one (read_when_they_pay()).
class SubstanceBits {
 public:
  // Up front (the default: a server's or benchmark's later searches share
  // them), or, with `on`, only once a source has looked up more candidates
  // in the lists than pays (SubstanceSource::k_lookups_per_entry).
  void read_when_they_pay(bool on) { when_they_pay_ = on; }
  bool when_they_pay() const { return when_they_pay_; }
  struct Bits {
    std::vector<std::uint64_t> meetings, boilerplate;
    bool is_meeting(Xapian::docid did) const { return test(meetings, did); }
    bool is_boilerplate(Xapian::docid did) const { return test(boilerplate, did); }
  };
  // The bits of `db` (one shard), read on first use; nullptr for a
  // database without a uuid or revision (in memory), which is read from
  // its lists.
  const Bits* of(const Xapian::Database& db);
  // The bits of `db` if read already, else nullptr (nothing is read).
  const Bits* read_already(const Xapian::Database& db) const;

 private:
  static bool test(const std::vector<std::uint64_t>& bits, Xapian::docid did) {
    const std::size_t word = did >> 6;
    return word < bits.size() && (bits[word] >> (did & 63) & 1);
  }
  struct Shard {
    bool same(const Shard& o) const {
      return uuid == o.uuid && revision == o.revision && last == o.last && docs == o.docs &&
             meetings == o.meetings && boilerplate == o.boilerplate;
    }
    std::string uuid;
    Xapian::rev revision = 0;
    Xapian::docid last = 0;
    Xapian::doccount docs = 0, meetings = 0, boilerplate = 0;
    Bits bits;
  };
  // The key of `db` (bits empty), or nullopt for a database without bits.
  static std::optional<Shard> key_of(const Xapian::Database& db);
  std::deque<Shard> shards_;  // a deque: the bits stay where sources point to them
  bool when_they_pay_ = false;
};

class SubstanceSource : public Xapian::PostingSource {
 public:
  SubstanceSource() = default;
  // Reading the meetings and boilerplate items from `bits` (read on
  // init() where the posting lists would be).
  explicit SubstanceSource(std::shared_ptr<SubstanceBits> bits) : bits_(std::move(bits)) {}

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return termfreq_min_; }
  Xapian::doccount get_termfreq_est() const override { return termfreq_est_; }
  Xapian::doccount get_termfreq_max() const override { return termfreq_max_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool check(Xapian::docid did, double min_wt) override;
  bool at_end() const override;
  Xapian::docid get_docid() const override;
  double get_weight() const override;
  SubstanceSource* clone() const override { return new SubstanceSource(bits_); }
  std::string get_description() const override { return "SubstanceSource()"; }
  // Lists read instead of the bits (SubstanceBits::read_when_they_pay()):
  // the bits are read once this many lookups per entry of the two lists
  // have been made. Counted (callgrind, 20,000 items, CLI search
  // "klyngemidler"): reading the bits cost 100 instructions per list entry
  // (544 K for 5,421 entries), a lookup in the lists 160-190 (a candidate's
  // check, and its weight): the lookups cost what the reading does after
  // about 0.55 a list entry (100 / 175). The first-search costs, after
  // this, at 20,000 items: 0.9% fewer instructions for a narrow query, 0.4%
  // more for a broad one (lists and bits both paid, at most twice the
  // reading).
  static constexpr double k_lookups_per_entry = 0.55;
  // Named, so that a query holding it can be serialised (and compared by
  // its serialised form); it has no parameters.
  std::string name() const override { return "referat::SubstanceSource"; }
  std::string serialise() const override { return {}; }
  SubstanceSource* unserialise(const std::string&) const override { return new SubstanceSource; }

 private:
  // The database's value source, when its index lacks the boilerplate terms.
  std::optional<Xapian::ValueWeightPostingSource> values_;
  // True if `did` is a meeting (advances meetings_ to it).
  bool is_meeting(Xapian::docid did);
  // The bits, if given: read instead of the two posting lists.
  std::shared_ptr<SubstanceBits> bits_;
  // This database's, if read from bits (set by looked_up() in get_weight()).
  mutable const SubstanceBits::Bits* use_bits_ = nullptr;
  // Reading the lists while the bits wait: lookups left until they are
  // read (0: never), and the database to read them from.
  mutable std::uint64_t lookups_left_ = 0;
  mutable Xapian::Database db_;
  // Counts a lookup in the lists; reads the bits when they have paid.
  void looked_up() const;

  Xapian::PostingIterator meetings_, meetings_end_;
  // Advanced by get_weight() (const in the interface).
  mutable Xapian::PostingIterator boilerplate_;
  Xapian::PostingIterator boilerplate_end_;
  Xapian::docid current_ = 0;  // 0 before the first next() or skip_to()
  Xapian::docid last_ = 0;     // the database's last document id
  // Set when a caller asked for more than the maximum weight: at the end,
  // as the value source then is.
  bool ended_ = false;
  Xapian::doccount termfreq_min_ = 0, termfreq_est_ = 0, termfreq_max_ = 0;
};

}  // namespace searcher
