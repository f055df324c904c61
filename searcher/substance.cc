#include "searcher/substance.h"

#include "indexer/schema.h"

namespace searcher {

std::optional<SubstanceBits::Shard> SubstanceBits::key_of(const Xapian::Database& db) {
  // A shard is known by its uuid and revision (a copied index keeps its
  // uuid), and, to be safe, by its size and the lists' lengths.
  const std::string uuid = db.get_uuid();
  if (uuid.empty()) return std::nullopt;
  Xapian::rev revision = 0;
  try {
    revision = db.get_revision();
  } catch (const Xapian::InvalidOperationError&) {
    return std::nullopt;  // not a single glass or chert shard
  }
  const std::string meeting = schema::k_type + schema::k_type_meeting;
  return Shard{uuid, revision, db.get_lastdocid(), db.get_doccount(), db.get_termfreq(meeting),
               db.get_termfreq(schema::k_boilerplate), {}};
}

const SubstanceBits::Bits* SubstanceBits::read_already(const Xapian::Database& db) const {
  const std::optional<Shard> key = key_of(db);
  if (!key) return nullptr;
  for (const Shard& s : shards_)
    if (s.same(*key)) return &s.bits;
  return nullptr;
}

const SubstanceBits::Bits* SubstanceBits::of(const Xapian::Database& db) {
  const std::optional<Shard> found = key_of(db);
  if (!found) return nullptr;
  const Shard& key = *found;
  const std::string meeting = schema::k_type + schema::k_type_meeting;
  const Xapian::docid last = key.last;
  for (const Shard& s : shards_)
    if (s.same(key)) return &s.bits;
  Shard& shard = shards_.emplace_back(key);
  const std::size_t words = (static_cast<std::size_t>(last) >> 6) + 1;
  auto read = [&](const std::string& term, std::vector<std::uint64_t>& bits) {
    bits.assign(words, 0);
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
      const Xapian::docid did = *it;
      bits[did >> 6] |= std::uint64_t{1} << (did & 63);
    }
  };
  read(meeting, shard.bits.meetings);
  read(schema::k_boilerplate, shard.bits.boilerplate);
  return &shard.bits;
}

void SubstanceSource::init(const Xapian::Database& db) {
  // The value source's statistics, whichever way the documents are read.
  Xapian::ValueWeightPostingSource& values = values_.emplace(schema::k_slot_substance);
  values.init(db);
  termfreq_min_ = values.get_termfreq_min();
  termfreq_est_ = values.get_termfreq_est();
  termfreq_max_ = values.get_termfreq_max();
  set_maxweight(values.get_maxweight());
  current_ = 0;
  use_bits_ = nullptr;
  ended_ = false;
  const std::string item = schema::k_type + schema::k_type_item, meeting = schema::k_type + schema::k_type_meeting;
  if (db.get_metadata(schema::k_boilerplate_terms_key) != "1" ||
      db.get_termfreq(item) + db.get_termfreq(meeting) != db.get_doccount())
    return;  // read from the values
  values_.reset();
  last_ = db.get_lastdocid();
  lookups_left_ = 0;
  db_ = Xapian::Database();
  if (bits_) {
    if (!bits_->when_they_pay()) {
      if ((use_bits_ = bits_->of(db))) return;
    } else if ((use_bits_ = bits_->read_already(db))) {
      return;
    } else {
      // The lists until their lookups have cost what reading the bits does.
      const double entries = static_cast<double>(db.get_termfreq(meeting)) + db.get_termfreq(schema::k_boilerplate);
      lookups_left_ = static_cast<std::uint64_t>(k_lookups_per_entry * entries) + 1;
      db_ = db;
    }
  }
  meetings_ = db.postlist_begin(meeting);
  meetings_end_ = db.postlist_end(meeting);
  boilerplate_ = db.postlist_begin(schema::k_boilerplate);
  boilerplate_end_ = db.postlist_end(schema::k_boilerplate);
}

void SubstanceSource::looked_up() const {
  if (lookups_left_ == 0 || --lookups_left_ > 0) return;
  use_bits_ = bits_->of(db_);  // the same answers from here on
  db_ = Xapian::Database();
}

bool SubstanceSource::is_meeting(Xapian::docid did) {
  if (use_bits_) return use_bits_->is_meeting(did);
  looked_up();
  if (use_bits_) return use_bits_->is_meeting(did);
  if (meetings_ != meetings_end_ && *meetings_ < did) meetings_.skip_to(did);
  return meetings_ != meetings_end_ && *meetings_ == did;
}

void SubstanceSource::next(double min_wt) {
  if (values_) return values_->next(min_wt);
  skip_to(current_ + 1, min_wt);
}

void SubstanceSource::skip_to(Xapian::docid did, double min_wt) {
  if (values_) return values_->skip_to(did, min_wt);
  if (min_wt > get_maxweight()) ended_ = true;
  if (ended_ || did <= current_) return;
  // The next item: an id that is not a meeting's (ids of deleted documents
  // are skipped by the other side of the AND this source is in).
  for (current_ = did; current_ <= last_ && is_meeting(current_);) ++current_;
}

bool SubstanceSource::check(Xapian::docid did, double min_wt) {
  if (values_) return values_->check(did, min_wt);
  if (min_wt > get_maxweight()) ended_ = true;
  if (ended_ || did <= current_) return true;
  // A candidate of the other side: a document, an item unless a meeting.
  if (is_meeting(did)) return false;
  current_ = did;
  return true;
}

bool SubstanceSource::at_end() const { return values_ ? values_->at_end() : ended_ || current_ > last_; }

Xapian::docid SubstanceSource::get_docid() const { return values_ ? values_->get_docid() : current_; }

double SubstanceSource::get_weight() const {
  if (values_) return values_->get_weight();
  // Boilerplate: the value 0.0; substance: 1.0.
  if (use_bits_) return use_bits_->is_boilerplate(current_) ? 0.0 : 1.0;
  looked_up();
  if (use_bits_) return use_bits_->is_boilerplate(current_) ? 0.0 : 1.0;
  if (boilerplate_ != boilerplate_end_ && *boilerplate_ < current_) boilerplate_.skip_to(current_);
  return boilerplate_ != boilerplate_end_ && *boilerplate_ == current_ ? 0.0 : 1.0;
}

}  // namespace searcher
