#include "searcher/facet_counting.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace searcher {

EveryNthDocument::EveryNthDocument(Xapian::docid step, Xapian::docid max_run)
    : step_(std::max<Xapian::docid>(1, step)), max_run_(std::max<Xapian::docid>(1, max_run)) {}

void EveryNthDocument::init(const Xapian::Database& db) {
  last_ = db.get_lastdocid();
  run_ = std::clamp<Xapian::docid>(last_ / step_ / k_min_runs, 1, max_run_);
  current_ = 0;
  estimate_ = db.get_doccount() / step_;
}

Xapian::doccount EveryNthDocument::get_termfreq_min() const { return 0; }
Xapian::doccount EveryNthDocument::get_termfreq_est() const { return estimate_; }
Xapian::doccount EveryNthDocument::get_termfreq_max() const {
  return std::min<Xapian::doccount>(last_, (last_ / (step_ * run_) + 1) * run_);
}

void EveryNthDocument::next(double min_wt) { skip_to(current_ + 1, min_wt); }

void EveryNthDocument::skip_to(Xapian::docid did, double) {
  if (did <= current_) return;
  // Period k (from 0) holds ids k p + 1 .. (k + 1) p; its run, the last run_ of them.
  const Xapian::docid period = step_ * run_;
  const Xapian::docid run_start = (did - 1) / period * period + (period - run_) + 1;
  current_ = std::max(did, run_start);
}

bool EveryNthDocument::at_end() const { return current_ > last_; }

Xapian::docid EveryNthDocument::get_docid() const { return current_; }

EveryNthDocument* EveryNthDocument::clone() const { return new EveryNthDocument(step_, max_run_); }

std::string EveryNthDocument::get_description() const {
  return "EveryNthDocument(" + std::to_string(step_) + ", " + std::to_string(max_run_) + ")";
}

namespace {

bool is_or(Xapian::Query::op op) { return op == Xapian::Query::OP_OR || op == Xapian::Query::OP_SYNONYM; }

// The operands of an OR tree (ORs and SYNONYMs in ORs and SYNONYMs, through
// weight scales) in their counting form, each term once.
void or_operands(const Xapian::Query& query, std::vector<Xapian::Query>& out, std::unordered_set<std::string>& terms) {
  for (std::size_t i = 0, n = query.get_num_subqueries(); i < n; ++i) {
    Xapian::Query sub = query.get_subquery(i);
    while (sub.get_type() == Xapian::Query::OP_SCALE_WEIGHT) sub = sub.get_subquery(0);
    if (is_or(sub.get_type())) {
      or_operands(sub, out, terms);
    } else if (sub.get_type() == Xapian::Query::LEAF_TERM) {
      if (terms.insert(*sub.get_terms_begin()).second) out.push_back(std::move(sub));
    } else {
      out.push_back(counting_form(sub));
    }
  }
}

}  // namespace

Xapian::Query counting_form(const Xapian::Query& query) {
  const auto op = query.get_type();
  switch (op) {
    case Xapian::Query::OP_SCALE_WEIGHT: return counting_form(query.get_subquery(0));
    // Its optional side only weighs: its matches are its first operand's.
    case Xapian::Query::OP_AND_MAYBE: return counting_form(query.get_subquery(0));
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM: {
      std::vector<Xapian::Query> operands;
      std::unordered_set<std::string> terms;
      or_operands(query, operands, terms);
      if (operands.size() == 1) return operands.front();
      return Xapian::Query(Xapian::Query::OP_OR, operands.begin(), operands.end());
    }
    case Xapian::Query::OP_FILTER:
      if (query.get_num_subqueries() == 2) {
        // "x FILTER (<alldocuments> AND_NOT y)" (the searcher's items only)
        // is "x AND_NOT y", without stepping through the all-documents list.
        const Xapian::Query filter = query.get_subquery(1);
        if (filter.get_type() == Xapian::Query::OP_AND_NOT &&
            filter.get_subquery(0).get_type() == Xapian::Query::LEAF_MATCH_ALL) {
          std::vector<Xapian::Query> operands{counting_form(query.get_subquery(0))};
          for (std::size_t i = 1, n = filter.get_num_subqueries(); i < n; ++i)
            operands.push_back(counting_form(filter.get_subquery(i)));
          return Xapian::Query(Xapian::Query::OP_AND_NOT, operands.begin(), operands.end());
        }
      }
      [[fallthrough]];
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_AND_NOT: {
      std::vector<Xapian::Query> operands;
      for (std::size_t i = 0, n = query.get_num_subqueries(); i < n; ++i)
        operands.push_back(counting_form(query.get_subquery(i)));
      return Xapian::Query(op, operands.begin(), operands.end());
    }
    default: return query;
  }
}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  ++total_;
  std::string value = doc.get_value(slot_);
  if (!value.empty()) ++counts_[std::move(value)];
}

}  // namespace searcher
