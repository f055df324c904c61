// Where an index's postings go: for each term prefix (the longest of the
// schema's prefixes a term starts with; "" for unprefixed words), the
// distinct terms, the postings (document-term pairs: each costs a postlist
// entry and a termlist entry), the positions, and their shares, for the
// item documents and the meeting documents apart; stopwords apart from
// other words. Reads every posting (and,
// with --positions, every position list): meant for corpora up to a few
// thousand files.
// Usage: term_stats DB [--positions]
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "indexer/schema.h"

namespace {

struct Counts {
  std::size_t terms = 0;
  std::size_t item_postings = 0, meeting_postings = 0;
  std::size_t positions = 0;
};

std::string prefix_of(const std::string& term) {
  static const std::vector<std::string> prefixes = [] {
    std::vector<std::string> p = {schema::k_id,      schema::k_meeting,   schema::k_type,  schema::k_cluster,
                                  schema::k_region,  schema::k_forum,     schema::k_person, schema::k_section,
                                  schema::k_item_kind, schema::k_year,    schema::k_month, schema::k_date,
                                  schema::k_title,   schema::k_spelt,     schema::k_stripped};
    for (const auto& q : {std::string(), schema::k_title, schema::k_spelt, schema::k_stripped, schema::k_part,
                          schema::k_tail, schema::k_title + schema::k_tail})
      p.push_back(schema::k_stem + q);
    std::sort(p.begin(), p.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return p;
  }();
  for (const auto& p : prefixes)
    if (term.rfind(p, 0) == 0) return p;
  return analyzers::is_stopword(term) ? "(stopwords)" : "";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: term_stats DB [--positions]\n");
    return 2;
  }
  const bool positions = argc > 2 && !std::strcmp(argv[2], "--positions");
  try {
    Xapian::Database db(argv[1]);
    // Meeting documents: the postings of the type term.
    std::vector<bool> meeting(db.get_lastdocid() + 1, false);
    const std::string meeting_term = schema::k_type + schema::k_type_meeting;
    for (auto p = db.postlist_begin(meeting_term); p != db.postlist_end(meeting_term); ++p) meeting[*p] = true;
    std::map<std::string, Counts> by_prefix;
    Counts all;
    for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
      Counts& c = by_prefix[prefix_of(*t)];
      ++c.terms;
      for (auto p = db.postlist_begin(*t); p != db.postlist_end(*t); ++p) {
        ++(meeting[*p] ? c.meeting_postings : c.item_postings);
        if (positions)
          for (auto pos = p.positionlist_begin(); pos != p.positionlist_end(); ++pos) ++c.positions;
      }
    }
    for (const auto& [p, c] : by_prefix) {
      all.terms += c.terms;
      all.item_postings += c.item_postings;
      all.meeting_postings += c.meeting_postings;
      all.positions += c.positions;
    }
    std::printf("%zu documents (%zu meetings)\n", static_cast<std::size_t>(db.get_doccount()),
                static_cast<std::size_t>(db.get_termfreq(meeting_term)));
    std::printf("%-8s %10s %14s %8s %16s %12s %8s\n", "prefix", "terms", "item postings", "share",
                "meeting postings", "positions", "share");
    auto row = [&](const std::string& name, const Counts& c) {
      const double postings = static_cast<double>(c.item_postings + c.meeting_postings);
      std::printf("%-8s %10zu %14zu %7.1f%% %16zu %12zu %7.1f%%\n", name.c_str(), c.terms, c.item_postings,
                  100.0 * postings / static_cast<double>(all.item_postings + all.meeting_postings),
                  c.meeting_postings, c.positions,
                  all.positions ? 100.0 * static_cast<double>(c.positions) / static_cast<double>(all.positions) : 0.0);
    };
    for (const auto& [p, c] : by_prefix) row(p.empty() ? "(words)" : p, c);
    row("all", all);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "%s: %s\n", argv[1], e.get_description().c_str());
    return 1;
  }
  return 0;
}
