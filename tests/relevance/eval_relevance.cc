// The relevance evaluation: runs every judged need of needs.json against an
// index of corpus/sample and prints recall@5, MRR and nDCG@10 per use
// (decisions, dates, questions, attendance, compare) and overall. With --min-*
// it fails (exit 1) when a figure drops below the level reached, so CI guards
// the ranking. --part tuning|heldout scores only the needs of that part (the
// held-out part measures what tuning on the other did not see).
// Usage: eval_relevance --db DB --needs needs.json [--part P] [--verbose]
//        [--min-recall5 R] [--min-mrr M] [--min-ndcg10 N]
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "searcher/searcher.h"

namespace {

struct Scores {
  double recall5 = 0, mrr = 0, ndcg10 = 0;
  int n = 0;
  void add(const Scores& s) {
    recall5 += s.recall5;
    mrr += s.mrr;
    ndcg10 += s.ndcg10;
    n += s.n;
  }
};

// "000#3" for a hit from corpus/sample/000_....txt, item 3; "000" for a meeting.
std::string key(const std::string& source, const nlohmann::json& number) {
  std::string k = std::filesystem::path(source).filename().string().substr(0, 3);
  if (number.is_number()) k += "#" + std::to_string(number.get<int>());
  return k;
}

Scores score(const std::vector<std::string>& ranked, const std::set<std::string>& relevant) {
  Scores s;
  s.n = 1;
  if (relevant.empty()) return s;
  int found5 = 0;
  double dcg = 0, idcg = 0;
  for (std::size_t i = 0; i < ranked.size() && i < 10; ++i) {
    if (!relevant.count(ranked[i])) continue;
    if (i < 5) ++found5;
    if (s.mrr == 0) s.mrr = 1.0 / static_cast<double>(i + 1);
    dcg += 1.0 / std::log2(static_cast<double>(i) + 2);
  }
  for (std::size_t i = 0; i < relevant.size() && i < 10; ++i) idcg += 1.0 / std::log2(static_cast<double>(i) + 2);
  s.recall5 = static_cast<double>(found5) / static_cast<double>(std::min<std::size_t>(relevant.size(), 5));
  s.ndcg10 = dcg / idcg;
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, needs_path, part;
  double min_recall5 = 0, min_mrr = 0, min_ndcg10 = 0;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    auto next = [&] { return i + 1 < argc ? argv[++i] : ""; };
    if (!std::strcmp(argv[i], "--db")) db = next();
    else if (!std::strcmp(argv[i], "--needs")) needs_path = next();
    else if (!std::strcmp(argv[i], "--part")) part = next();
    else if (!std::strcmp(argv[i], "--min-recall5")) min_recall5 = std::atof(next());
    else if (!std::strcmp(argv[i], "--min-mrr")) min_mrr = std::atof(next());
    else if (!std::strcmp(argv[i], "--min-ndcg10")) min_ndcg10 = std::atof(next());
    else if (!std::strcmp(argv[i], "--verbose")) verbose = true;
  }
  if (db.empty() || needs_path.empty()) {
    std::fprintf(stderr, "usage: eval_relevance --db DB --needs needs.json [--verbose] [--min-...]\n");
    return 2;
  }
  std::ifstream in(needs_path);
  const nlohmann::json needs = nlohmann::json::parse(in)["needs"];
  searcher::Searcher s({db});
  std::map<std::string, Scores> by_use;
  for (const auto& need : needs) {
    const std::string use = need["use"], query = need["query"];
    if (!part.empty() && need.value("part", "") != part) continue;
    Scores got;
    if (use != "attendance" && use != "compare") {  // decisions, dates, questions
      const auto r = s.search({query, {}, searcher::Sort::relevance, 10, 0});
      std::vector<std::string> ranked;
      for (const auto& h : r.hits) ranked.push_back(key(h.source, h.item["number"]));
      got = score(ranked, need["relevant"].get<std::set<std::string>>());
    } else if (use == "attendance") {
      std::vector<std::string> ranked;
      try {
        const nlohmann::json attendance = s.attendance(query);
        for (const auto& m : attendance["meetings"]) ranked.push_back(key(m["source"], nullptr));
      } catch (const std::exception&) {
      }
      got = score(ranked, need["relevant"].get<std::set<std::string>>());
    } else {
      // Compare: each judged group's column scored as its own ranking.
      searcher::Request r{query, {}, searcher::Sort::relevance, 5, 0};
      for (const auto& [cluster, _] : need["groups"].items()) r.filters.clusters.push_back(cluster);
      const auto c = s.compare(r, searcher::GroupBy::cluster);
      Scores sum;
      for (const auto& [cluster, relevant] : need["groups"].items()) {
        std::vector<std::string> ranked;
        for (const auto& g : c.groups)
          if (g.value == cluster)
            for (const auto& h : g.hits) ranked.push_back(key(h.source, h.item["number"]));
        sum.add(score(ranked, relevant.get<std::set<std::string>>()));
      }
      got = {sum.recall5 / sum.n, sum.mrr / sum.n, sum.ndcg10 / sum.n, 1};
    }
    if (verbose)
      std::printf("%-11s %-50s R@5 %.2f MRR %.2f nDCG %.2f\n", use.c_str(), query.c_str(), got.recall5,
                  got.mrr, got.ndcg10);
    by_use[use].add(got);
  }
  Scores all;
  std::printf("%-12s %6s %10s %8s %10s\n", "use", "needs", "recall@5", "MRR", "nDCG@10");
  for (const auto& [use, sc] : by_use) {
    std::printf("%-12s %6d %10.3f %8.3f %10.3f\n", use.c_str(), sc.n, sc.recall5 / sc.n, sc.mrr / sc.n,
                sc.ndcg10 / sc.n);
    all.add(sc);
  }
  if (all.n == 0) {
    // Nothing scored (an empty needs file or an unknown part) guards nothing.
    std::printf("FAIL: no needs scored%s\n", part.empty() ? "" : (" in part " + part).c_str());
    return 1;
  }
  const double r5 = all.recall5 / all.n, mrr = all.mrr / all.n, ndcg = all.ndcg10 / all.n;
  std::printf("%-12s %6d %10.3f %8.3f %10.3f\n", "overall", all.n, r5, mrr, ndcg);
  if (r5 < min_recall5 || mrr < min_mrr || ndcg < min_ndcg10) {
    std::printf("FAIL: below the guarded level (recall@5 %.3f, MRR %.3f, nDCG@10 %.3f)\n", min_recall5,
                min_mrr, min_ndcg10);
    return 1;
  }
  return 0;
}
