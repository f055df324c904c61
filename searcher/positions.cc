#include "searcher/positions.h"

#include <algorithm>

namespace searcher {

bool has_positions(const Xapian::Query& query) {
  switch (query.get_type()) {
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR: return true;
    case Xapian::Query::OP_AND_MAYBE: return query.get_num_subqueries() > 0 && has_positions(query.get_subquery(0));
    default:
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        if (has_positions(query.get_subquery(i))) return true;
      return false;
  }
}

std::optional<Xapian::Query> without_positions(const Xapian::Query& query) {
  if (!has_positions(query)) return query;
  const auto op = query.get_type();
  std::vector<Xapian::Query> subqueries;
  subqueries.reserve(query.get_num_subqueries());
  switch (op) {
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR:
      // The words of a phrase are terms or ORs/SYNONYMs of terms (Xapian
      // has no positions below them): their AND weighs what the phrase does.
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) subqueries.push_back(query.get_subquery(i));
      return Xapian::Query(Xapian::Query::OP_AND, subqueries.begin(), subqueries.end());
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_AND_NOT:
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        const Xapian::Query sub = query.get_subquery(i);
        // The optional side of AND_MAYBE is kept (has_positions() does not
        // count it: it only adds weight to a match); so is the excluded
        // side of AND_NOT, where a plain AND would exclude more.
        if (i > 0 && (op == Xapian::Query::OP_AND_MAYBE || op == Xapian::Query::OP_AND_NOT)) {
          subqueries.push_back(sub);
          continue;
        }
        std::optional<Xapian::Query> relaxed = without_positions(sub);
        if (!relaxed) return std::nullopt;
        subqueries.push_back(std::move(*relaxed));
      }
      return Xapian::Query(op, subqueries.begin(), subqueries.end());
    default: return std::nullopt;
  }
}

DocumentSet::DocumentSet(std::vector<Xapian::docid> docids, std::vector<std::string> shard_uuids)
    : docids_(std::move(docids)), shard_uuids_(std::move(shard_uuids)) {
  std::sort(docids_.begin(), docids_.end());
  docids_.erase(std::unique(docids_.begin(), docids_.end()), docids_.end());
}

void DocumentSet::init(const Xapian::Database& db) {
  const auto shards = static_cast<Xapian::docid>(std::max<std::size_t>(1, shard_uuids_.size()));
  Xapian::docid shard = 0;
  if (shards > 1) {
    const auto it = std::find(shard_uuids_.begin(), shard_uuids_.end(), db.get_uuid());
    if (it == shard_uuids_.end())
      throw Xapian::InvalidArgumentError("DocumentSet: a database that is none of its shards");
    shard = static_cast<Xapian::docid>(it - shard_uuids_.begin());
  }
  // Combined id d is local id (d - 1) / shards + 1 of shard (d - 1) % shards.
  local_.clear();
  for (Xapian::docid d : docids_)
    if ((d - 1) % shards == shard) local_.push_back((d - 1) / shards + 1);
  at_ = 0;
  started_ = false;
}

Xapian::doccount DocumentSet::get_termfreq_min() const { return 0; }
Xapian::doccount DocumentSet::get_termfreq_est() const { return static_cast<Xapian::doccount>(local_.size()); }
Xapian::doccount DocumentSet::get_termfreq_max() const { return static_cast<Xapian::doccount>(local_.size()); }

void DocumentSet::next(double) {
  if (started_) ++at_;
  started_ = true;
}

void DocumentSet::skip_to(Xapian::docid did, double) {
  const std::size_t from = started_ ? at_ : 0;
  started_ = true;
  at_ = static_cast<std::size_t>(std::lower_bound(local_.begin() + static_cast<std::ptrdiff_t>(from), local_.end(), did) -
                                 local_.begin());
}

bool DocumentSet::at_end() const { return started_ && at_ >= local_.size(); }

Xapian::docid DocumentSet::get_docid() const { return local_[at_]; }

DocumentSet* DocumentSet::clone() const { return new DocumentSet(docids_, shard_uuids_); }

std::string DocumentSet::get_description() const {
  return "DocumentSet(" + std::to_string(docids_.size()) + " documents)";
}

}  // namespace searcher
