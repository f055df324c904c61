#include "searcher/facet_counting.h"


#include <algorithm>

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

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  ++total_;
  std::string value = doc.get_value(slot_);
  if (!value.empty()) ++counts_[std::move(value)];
}

}  // namespace searcher
