#include "searcher/facet_counting.h"


#include <algorithm>

namespace searcher {

EveryNthDocument::EveryNthDocument(Xapian::docid step) : step_(std::max<Xapian::docid>(1, step)) {}

void EveryNthDocument::init(const Xapian::Database& db) {
  last_ = db.get_lastdocid();
  current_ = 0;
  estimate_ = db.get_doccount() / step_;
}

Xapian::doccount EveryNthDocument::get_termfreq_min() const { return 0; }
Xapian::doccount EveryNthDocument::get_termfreq_est() const { return estimate_; }
Xapian::doccount EveryNthDocument::get_termfreq_max() const { return last_ / step_; }

void EveryNthDocument::next(double) { current_ += step_; }

void EveryNthDocument::skip_to(Xapian::docid did, double) {
  if (did <= current_) return;
  current_ = (did + step_ - 1) / step_ * step_;  // the first multiple of step_ >= did
}

bool EveryNthDocument::at_end() const { return current_ > last_; }

Xapian::docid EveryNthDocument::get_docid() const { return current_; }

EveryNthDocument* EveryNthDocument::clone() const { return new EveryNthDocument(step_); }

std::string EveryNthDocument::get_description() const {
  return "EveryNthDocument(" + std::to_string(step_) + ")";
}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  ++total_;
  std::string value = doc.get_value(slot_);
  if (!value.empty()) ++counts_[std::move(value)];
}

}  // namespace searcher
