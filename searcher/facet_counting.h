// Internal to the searcher: facet counting. A spy counting the facet slot
// with a hash map, and an even sample of an index's documents, for facet
// counts over more matches than are cheap to count exactly.
#pragma once

#include <string>
#include <unordered_map>

#include <xapian.h>

namespace searcher {

// A posting source matching one document in `step` of each database, in
// runs of consecutive document ids spread evenly over the whole index: in
// each period of `step` x run ids, the last `run` (with run 1: step,
// 2 step, 3 step, ...). ANDed with a query it keeps about one match in
// `step`, from every part of the index whatever order its files were
// indexed in. The run is as long as keeps at least k_min_runs runs a
// database, at most `max_run` ids: a matcher reaching the next run skips
// the posting lists' chunks in between instead of reading them, so a
// sample's cost follows its size, not the index's. Its weight is 0. Local
// databases only: a remote server does not know it (it has no name() for
// serialisation).
class EveryNthDocument : public Xapian::PostingSource {
 public:
  // Runs in a database, at least (fewer only where runs of one id are fewer).
  static constexpr Xapian::doccount k_min_runs = 64;

  // `step` >= 1 (0 is taken as 1); `max_run` >= 1 (0 is taken as 1).
  explicit EveryNthDocument(Xapian::docid step, Xapian::docid max_run = 1);

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override;
  Xapian::doccount get_termfreq_est() const override;
  Xapian::doccount get_termfreq_max() const override;
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override;
  Xapian::docid get_docid() const override;
  EveryNthDocument* clone() const override;
  std::string get_description() const override;

 private:
  Xapian::docid step_;
  Xapian::docid max_run_;
  Xapian::docid run_ = 1;      // this database's run, set by init()
  Xapian::docid last_ = 0;     // the database's last document id
  Xapian::docid current_ = 0;  // 0 before the first next()
  Xapian::doccount estimate_ = 0;
};

// A query matching exactly the documents `query` matches, for a pass that
// counts them without weights (BoolWeight): what only weighs is dropped
// (OP_SCALE_WEIGHT, the optional side of OP_AND_MAYBE), and ORs and
// SYNONYMs nested in ORs and SYNONYMs become one OR with each term once.
// A ranked query holds its words' terms twice (the whole word, and again
// beside its compound parts at a lower weight), so the counting pass opened
// and merged each posting list twice. "x FILTER (<alldocuments> AND_NOT y)"
// (items only) becomes "x AND_NOT y": no pruning to keep the filter form
// for, and no all-documents list to step. Other operators keep their operands'
// order; phrases, NEAR, ELITE_SET, XOR, wildcards, value ranges and
// posting sources are kept as they are.
Xapian::Query counting_form(const Xapian::Query& query);

// Counts the values of one value slot over the matches, as Xapian's
// ValueCountMatchSpy does, but in a hash map: one hash of a short value a
// match instead of a tree walk of string compares (the tree spy was a sixth
// of a broad query's time). Local databases only: remote servers run
// Xapian's own spies (ValueCountMatchSpy), which they can serialise.
class FacetSpy : public Xapian::MatchSpy {
 public:
  explicit FacetSpy(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& doc, double wt) override;

  // Documents seen, and the count of each non-empty value among them.
  Xapian::doccount get_total() const { return total_; }
  const std::unordered_map<std::string, Xapian::doccount>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  Xapian::doccount total_ = 0;
  std::unordered_map<std::string, Xapian::doccount> counts_;
};

}  // namespace searcher
