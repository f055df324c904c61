// Internal to the searcher: finding the best matches of a query with
// phrases without checking the positions of every candidate. Xapian checks
// a phrase's positions for each document having its words, before it
// weighs the document, so a ranked phrase query costs a position check per
// candidate however few of them can enter the page. The same query with its
// phrases as plain ANDs ("relaxed") matches a superset of the documents,
// each with at least the weight the query gives it; its best candidates,
// checked against the query itself, give the query's best matches once the
// last of them weighs less than the page's last hit.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace searcher {

// True if matching `query` checks word positions (a phrase, NEAR), other
// than on the optional side of OP_AND_MAYBE, which only adds weight.
bool has_positions(const Xapian::Query& query);

// `query` with each phrase and NEAR that has_positions() counts matched as
// the AND of its words, so that every match of `query` matches it with at
// least the same weight (the weight of a phrase is its words' weights).
// Operators on the way to a phrase must keep that true: AND, OR, FILTER,
// AND_MAYBE and MAX, and the left side of AND_NOT (its right side is kept).
// nullopt if a phrase sits under another operator (SCALE_WEIGHT, SYNONYM,
// XOR, ELITE_SET: their parameters are not given back by Xapian 1.4, or
// their weight is not a sum). A query without positions is returned as is.
std::optional<Xapian::Query> without_positions(const Xapian::Query& query);

// A posting source matching a given set of documents of a (possibly
// combined) database, with weight 0: ANDed with a query, only those
// documents are candidates. Document ids are those of the combined database
// whose shards have the ids `shard_uuids` (Database::get_uuid() of the
// combined database, split at ':'); Xapian gives the source each shard
// apart, and the source finds the shard's ids by its uuid. Local databases
// only: a remote server does not know it.
class DocumentSet : public Xapian::PostingSource {
 public:
  // `docids` in any order; `shard_uuids` non-empty, pairwise different.
  DocumentSet(std::vector<Xapian::docid> docids, std::vector<std::string> shard_uuids);

  // Throws Xapian::InvalidArgumentError if `db` is none of the shards.
  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override;
  Xapian::doccount get_termfreq_est() const override;
  Xapian::doccount get_termfreq_max() const override;
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override;
  Xapian::docid get_docid() const override;
  DocumentSet* clone() const override;
  std::string get_description() const override;

 private:
  std::vector<Xapian::docid> docids_;  // sorted, combined ids
  std::vector<std::string> shard_uuids_;
  std::vector<Xapian::docid> local_;   // this shard's ids, sorted
  std::size_t at_ = 0;                 // index into local_
  bool started_ = false;
};

}  // namespace searcher
