// Evaluates the recogniser on the real-world set (tests/realworld/cases):
// precision and recall per field against the hand-written truth, per split
// (dev: rules may be tuned on it; holdout: only measured).
//
// Usage: eval_realworld [--cases DIR] [--show dev|holdout|all] [--floor FIELD=R ...]
//   --show      prints each case's misses for that split
//   (after the table, the same per kind: PDF text of transcript sites, web)
//   --parsed D  scores the Meetings in D/<case>.json (another parser's
//               `indexer --parse` output) instead of parsing the texts
//   --floor     fails (exit 1) when recall of FIELD over all cases is below R
//               (FIELD: date, items, present, absent, decisions)
//   --format F  instead: the round trip through format F (pdf, docx, html).
//               Each case's text and its conversion in --converted DIR
//               (default tests/realworld/converted, made by
//               tests/formats/fixtures/make_realworld.py) are both parsed;
//               prints, per case and in all, the share of the items and the
//               people (present and absent, same presence) the text gives
//               that the converted file gives too; --floor items=R and
//               --floor people=R fail below R. A case without its converted
//               file fails the run (regenerate the conversions).
//   --transcript N  instead of each web page case's text, parses it as a PDF
//               transcript prints it (docplayer.dk and the like): the first
//               line as the title, then pages of about N characters, each
//               page's lines run into one line behind its page number. The
//               truth is the case's own; cases that are transcripts already
//               are left out. --floor works as without it.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus/json.h"
#include "corpus/parser.h"
#include "corpus/participants.h"
#include "corpus/text.h"

namespace {

struct Score {
  int truth = 0, found = 0, predicted = 0, correct = 0;
  double recall() const { return truth ? static_cast<double>(found) / truth : 1.0; }
  double precision() const { return predicted ? static_cast<double>(correct) / predicted : 1.0; }
};

// Letters and digits only, folded: "Godkendelse af dagsorden ( )" and
// "godkendelse af dagsorden" compare equal.
std::string norm(std::string_view s) {
  const std::string f = corpus::text::fold(s);
  std::string out;
  for (std::size_t i = 0; i < f.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(f[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) out += f[i];
  }
  return out;
}

// The words of `s` folded, one space between them and around them
// (" godkendt med bemaerkninger "), so a quote is matched at word starts.
std::string norm_words(std::string_view s) {
  const std::string f = corpus::text::fold(s);
  std::string out = " ";
  for (const char ch : f) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
      out += ch;
    else if (out.back() != ' ')
      out += ' ';
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

// A decision's truth quotes its first words: found when `got` holds them from
// a word's start, the whole quote up to a word's end when it is short ("Ingen"
// is no match inside "generalforsamlingen"), else its first 40 characters.
bool quotes_decision(const std::string& truth, const std::string& got) {
  std::string t = norm_words(truth);
  if (t.size() <= 2) return false;
  if (t.size() > 42) t.resize(42);  // " " and 40 characters: a word start is enough
  return norm_words(got).find(t) != std::string::npos;
}

bool same_title(const std::string& a, const std::string& b) {
  const std::string na = norm(a), nb = norm(b);
  if (na.empty() || nb.empty()) return false;
  if (na == nb) return true;
  const auto& shorter = na.size() < nb.size() ? na : nb;
  const auto& longer = na.size() < nb.size() ? nb : na;
  return shorter.size() >= 10 && longer.compare(0, shorter.size(), shorter) == 0;
}

bool same_name(const std::string& a, const std::string& b) {
  return norm(a) == norm(b) || corpus::same_person(a, b);
}

template <class Eq>
void score_sets(const std::vector<std::string>& truth, const std::vector<std::string>& got, Eq eq, Score& s,
                std::vector<std::string>& missed, std::vector<std::string>& extra) {
  s.truth += static_cast<int>(truth.size());
  s.predicted += static_cast<int>(got.size());
  for (const auto& t : truth) {
    if (std::any_of(got.begin(), got.end(), [&](const std::string& g) { return eq(t, g); })) ++s.found;
    else missed.push_back(t);
  }
  for (const auto& g : got) {
    if (std::any_of(truth.begin(), truth.end(), [&](const std::string& t) { return eq(t, g); })) ++s.correct;
    else extra.push_back(g);
  }
}

const char* k_fields[] = {"date", "body", "items", "present", "absent", "decisions"};

// The first 100 bytes of an extra for --show, cut at a character boundary
// so the listing stays UTF-8.
std::string shown(const std::string& s) {
  std::size_t n = std::min<std::size_t>(s.size(), 100);
  while (n < s.size() && n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// Whether the recogniser gave up on items (one blob item): its items then
// count as none.
bool blob(const corpus::Meeting& m) {
  return std::any_of(m.warnings.begin(), m.warnings.end(), [](const std::string& w) {
    return w.rfind("no agenda items", 0) == 0 || w.rfind("unknown layout", 0) == 0;
  });
}

// The round trip of every case through `format`: see the usage above.
int eval_format(const std::filesystem::path& dir, const std::filesystem::path& converted,
                const std::string& format, bool show, const std::map<std::string, double>& floors) {
  std::vector<std::filesystem::path> texts;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") texts.push_back(e.path());
  std::sort(texts.begin(), texts.end());
  Score items, people;
  int missing = 0;
  for (const auto& txt : texts) {
    auto conv = converted / txt.filename();
    conv.replace_extension("." + format);
    if (!std::filesystem::exists(conv)) {
      std::fprintf(stderr, "%s: no converted file %s (run tests/formats/fixtures/make_realworld.py)\n",
                   txt.filename().string().c_str(), conv.string().c_str());
      ++missing;
      continue;
    }
    const corpus::Meeting t = corpus::parse_file(txt.string());
    corpus::Meeting c;
    try {
      c = corpus::parse_file(conv.string());
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s: %s\n", conv.string().c_str(), e.what());
    }
    std::vector<std::string> ti, ci, mi, ex;
    if (!blob(t))
      for (const auto& it : t.items) ti.push_back(it.title);
    if (!blob(c))
      for (const auto& it : c.items) ci.push_back(it.title);
    Score si;
    score_sets(ti, ci, same_title, si, mi, ex);
    // People with their presence: "+Name" present, "-Name" absent.
    auto marked = [](const corpus::Meeting& m) {
      std::vector<std::string> out;
      for (const auto& p : m.participants) out.push_back((p.present ? "+" : "-") + p.name);
      return out;
    };
    std::vector<std::string> mp, ep;
    Score sp;
    score_sets(marked(t), marked(c), [](const std::string& a, const std::string& b) {
      return a[0] == b[0] && same_name(a.substr(1), b.substr(1));
    }, sp, mp, ep);
    items.truth += si.truth;
    items.found += si.found;
    people.truth += sp.truth;
    people.found += sp.found;
    if (show && (!mi.empty() || !mp.empty())) {
      std::printf("== %s: items %d/%d, people %d/%d\n", conv.filename().string().c_str(), si.found,
                  si.truth, sp.found, sp.truth);
      for (const auto& x : mi) std::printf("  item    lost  %s\n", x.c_str());
      for (const auto& x : ex) std::printf("  item    extra %s\n", shown(x).c_str());
      for (const auto& x : mp) std::printf("  person  lost  %s\n", x.c_str());
      for (const auto& x : ep) std::printf("  person  extra %s\n", x.c_str());
    }
  }
  std::printf("%-5s %-7s %7s %7s %8s\n", "format", "field", "text", "kept", "share");
  std::printf("%-5s %-7s %7d %7d %7.1f%%\n", format.c_str(), "items", items.truth, items.found,
              100 * items.recall());
  std::printf("%-5s %-7s %7d %7d %7.1f%%\n", format.c_str(), "people", people.truth, people.found,
              100 * people.recall());
  int failed = missing;
  for (const auto& [field, floor] : floors) {
    const Score* s = field == "items" ? &items : field == "people" ? &people : nullptr;
    if (!s) {
      std::fprintf(stderr, "eval_realworld: --floor %s: with --format, items or people\n", field.c_str());
      return 2;
    }
    if (s->recall() + 1e-9 < floor) {
      std::fprintf(stderr, "FAIL: %s: %s kept %.3f below floor %.3f\n", format.c_str(), field.c_str(),
                   s->recall(), floor);
      ++failed;
    }
  }
  return failed ? 1 : 0;
}

// Whether a case's source is a PDF's text (a transcript site or a PDF file).
bool transcript_source(const std::string& source) {
  static const std::regex k_sites(
      "docplayer|yumpu|spotidoc|abcdocz|doczz|fdocuments|docslib|issuu|opoint|flippingbook|\\.pdf",
      std::regex::icase);
  return std::regex_search(source, k_sites);
}

// `text` as a PDF transcript prints it: the first line, "Transkript", then
// the non-empty lines in pages of at least `page` characters (code points),
// each page one line "N line line ...". tests/realworld/README.md tells why.
std::string as_transcript(const std::string& text, std::size_t page) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) {
    const auto b = l.find_first_not_of(" \t\r\f\v");
    if (b == std::string::npos) continue;
    lines.push_back(l.substr(b, l.find_last_not_of(" \t\r\f\v") - b + 1));
  }
  if (lines.empty()) return {};
  std::string out = lines.front() + "\n\nTranskript\n\n";
  std::size_t size = 0;
  int number = 0;
  bool open = false;
  for (const auto& l : lines) {
    if (!open) {
      if (number) out += "\n\n";
      out += std::to_string(++number) + " " + l;
      open = true;
    } else {
      out += " " + l;
    }
    size += 1 + static_cast<std::size_t>(std::count_if(l.begin(), l.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
    if (size >= page) {
      size = 0;
      open = false;
    }
  }
  return out + "\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path dir = REFERAT_REALWORLD_DIR;
  std::string show;
  std::filesystem::path parsed;
  std::string format;
  std::filesystem::path converted = REFERAT_REALWORLD_CONVERTED_DIR;
  std::size_t transcript_page = 0;
  std::map<std::string, double> floors;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--cases" && i + 1 < argc) dir = argv[++i];
    else if (a == "--show" && i + 1 < argc) show = argv[++i];
    else if (a == "--parsed" && i + 1 < argc) parsed = argv[++i];
    else if (a == "--format" && i + 1 < argc) format = argv[++i];
    else if (a == "--converted" && i + 1 < argc) converted = argv[++i];
    else if (a == "--transcript" && i + 1 < argc) transcript_page = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--floor" && i + 1 < argc) {
      const std::string f = argv[++i];
      const auto eq = f.find('=');
      floors[f.substr(0, eq)] = std::atof(f.c_str() + eq + 1);
    } else {
      std::fprintf(stderr, "eval_realworld: unknown argument %s\n", a.c_str());
      return 2;
    }
  }
  if (!format.empty()) {
    if (format != "pdf" && format != "docx" && format != "html") {
      std::fprintf(stderr, "eval_realworld: --format %s: use pdf, docx or html\n", format.c_str());
      return 2;
    }
    return eval_format(dir, converted, format, !show.empty(), floors);
  }
  std::vector<std::filesystem::path> cases;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".json") cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  std::map<std::string, std::map<std::string, Score>> scores;  // split -> field -> score
  for (const auto& path : cases) {
    const nlohmann::json truth = nlohmann::json::parse(std::ifstream(path));
    const std::string split = truth.value("split", "dev");
    auto txt = path;
    txt.replace_extension(".txt");
    corpus::Meeting m;
    if (transcript_page) {
      if (truth["source"].is_string() && transcript_source(truth["source"])) continue;
      std::ifstream in(txt, std::ios::binary);
      const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      m = corpus::parse_meeting(as_transcript(text, transcript_page), txt.string());
    } else {
      m = parsed.empty() ? corpus::parse_file(txt.string())
                         : corpus::meeting_from_json(nlohmann::json::parse(std::ifstream(parsed / path.filename())));
    }
    const bool gave_up = blob(m);
    // Each case also counts in its kind's part: PDF text (a transcript site's
    // print of a PDF) or web (a page's own text).
    const bool pdf_text = truth["source"].is_string() && transcript_source(truth["source"]);
    const std::string kind_bucket = split + (pdf_text ? "/pdf" : "/web");
    // And in its body's part: public (councils, regions, clusters, MED and
    // hospital bodies: the minutes this tool is for) or other (associations,
    // clubs, schools' boards and the like).
    const std::string body_kind = truth.value("body_kind", "other");
    const bool public_body = body_kind != "other" && body_kind != "university";
    const std::string body_bucket = split + (public_body ? "/public" : "/other");
    std::map<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>> misses;
    for (const std::string& bucket : {split, std::string("all"), kind_bucket, body_bucket}) {
      auto& sc = scores[bucket];
      auto note = [&](const char* field, std::vector<std::string> missed, std::vector<std::string> extra) {
        if (bucket == split) misses[field] = {std::move(missed), std::move(extra)};
      };
      {
        std::vector<std::string> t, g, mi, ex;
        if (!truth["date"].is_null()) t.push_back(truth["date"]);
        if (m.date) g.push_back(*m.date);
        score_sets(t, g, [](auto& a, auto& b) { return a == b; }, sc["date"], mi, ex);
        note("date", mi, ex);
      }
      {
        std::vector<std::string> t, g, mi, ex;
        if (!truth["body"].is_null()) t.push_back(truth["body"]);
        if (m.body) g.push_back(*m.body);
        score_sets(t, g, [](const std::string& a, const std::string& b) {
          const std::string na = norm(a), nb = norm(b);
          return !na.empty() && !nb.empty() && (na.find(nb) != std::string::npos || nb.find(na) != std::string::npos);
        }, sc["body"], mi, ex);
        note("body", mi, ex);
      }
      {
        std::vector<std::string> g, mi, ex;
        if (!gave_up)
          for (const auto& it : m.items) g.push_back(it.title);
        score_sets(truth["items"].get<std::vector<std::string>>(), g, same_title, sc["items"], mi, ex);
        note("items", mi, ex);
      }
      for (const bool present : {true, false}) {
        std::vector<std::string> g, mi, ex;
        for (const auto& p : m.participants)
          if (p.present == present) g.push_back(p.name);
        const char* field = present ? "present" : "absent";
        score_sets(truth[field].get<std::vector<std::string>>(), g, same_name, sc[field], mi, ex);
        note(field, mi, ex);
      }
      {
        // A decision is found when a decision section (Beslutning, Referat)
        // holds the words the truth quotes (attendance may come first).
        std::vector<std::string> g, mi, ex;
        for (const auto& it : m.items)
          for (const auto& s : it.sections)
            if (s.kind == "beslutning" || s.kind == "referat") g.push_back(s.text);
        score_sets(truth["decisions"].get<std::vector<std::string>>(), g, quotes_decision, sc["decisions"], mi, ex);
        note("decisions", mi, ex);
      }
    }
    if (!show.empty() && (show == "all" || show == split)) {
      std::printf("== %s\n", path.filename().string().c_str());
      for (const auto& [field, me] : misses) {
        for (const auto& x : me.first) std::printf("  %-9s missed  %s\n", field.c_str(), x.c_str());
        for (const auto& x : me.second) std::printf("  %-9s extra   %s\n", field.c_str(), shown(x).c_str());
      }
    }
  }
  std::printf("%-9s %-8s %7s %7s %9s %7s\n", "field", "split", "truth", "found", "recall", "prec.");
  for (const auto& field : k_fields) {
    for (const std::string& split : {std::string("dev"), std::string("holdout"), std::string("all")}) {
      const Score& s = scores[split][field];
      std::printf("%-9s %-8s %7d %7d %8.1f%% %6.1f%%\n", field, split.c_str(), s.truth, s.found,
                  100 * s.recall(), 100 * s.precision());
    }
  }
  std::printf("\nby kind (pdf: PDF text of transcript sites; web: the pages' own text)\n");
  for (const auto& field : k_fields)
    for (const char* split : {"dev/pdf", "holdout/pdf", "dev/web", "holdout/web"}) {
      const Score& s = scores[split][field];
      if (s.truth || s.found)
        std::printf("%-9s %-11s %4d %7d %8.1f%% %6.1f%%\n", field, split, s.truth, s.found, 100 * s.recall(),
                    100 * s.precision());
    }
  std::printf("\nby body (public: councils, regions, clusters, MED; other: associations, boards, clubs)\n");
  for (const auto& field : k_fields)
    for (const char* split : {"dev/public", "holdout/public", "dev/other", "holdout/other"}) {
      const Score& s = scores[split][field];
      if (s.truth || s.found)
        std::printf("%-9s %-14s %4d %7d %8.1f%% %6.1f%%\n", field, split, s.truth, s.found, 100 * s.recall(),
                    100 * s.precision());
    }
  int failed = 0;
  for (const auto& [field, floor] : floors) {
    const double r = scores["all"][field].recall();
    if (r + 1e-9 < floor) {
      std::fprintf(stderr, "FAIL: %s recall %.3f below floor %.3f\n", field.c_str(), r, floor);
      ++failed;
    }
  }
  return failed ? 1 : 0;
}
