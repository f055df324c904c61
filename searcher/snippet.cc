// Adapted from xapian-core 1.4.22, queryparser/termgenerator_internal.cc
// (Copyright (C) 2007-2020 Olly Betts; GPL-2.0-or-later): parse_terms(),
// SnipPipe and MSet::Internal::snippet(), with the term look-ups mapped
// to word codes. Kept close to the original so that snippets stay what
// Xapian gives; see snippet.h.
#include "searcher/snippet.h"

#include <deque>
#include <limits>

#include <xapian/unicode.h>

namespace searcher {
namespace {

using Xapian::Utf8Iterator;
namespace Unicode = Xapian::Unicode;

bool U_isupper(unsigned ch) { return ch < 128 && ch >= 'A' && ch <= 'Z'; }

unsigned check_wordchar(unsigned ch) {
  if (Unicode::is_wordchar(ch)) return Unicode::tolower(ch);
  return 0;
}

constexpr unsigned UNICODE_IGNORE = std::numeric_limits<unsigned>::max();

unsigned check_infix(unsigned ch) {
  if (ch == '\'' || ch == '&' || ch == 0xb7 || ch == 0x5f4 || ch == 0x2027) return ch;
  if (ch == 0x2019 || ch == 0x201b) return '\'';
  if (ch >= 0x200b && (ch <= 0x200d || ch == 0x2060 || ch == 0xfeff)) return UNICODE_IGNORE;
  return 0;
}

unsigned check_infix_digit(unsigned ch) {
  switch (ch) {
    case ',':
    case '.':
    case ';':
    case 0x037e:
    case 0x0589:
    case 0x060D:
    case 0x07F8:
    case 0x2044:
    case 0xFE10:
    case 0xFE13:
    case 0xFE14: return ch;
  }
  if (ch >= 0x200b && (ch <= 0x200d || ch == 0x2060 || ch == 0xfeff)) return UNICODE_IGNORE;
  return 0;
}

bool is_digit(unsigned ch) { return Unicode::get_category(ch) == Unicode::DECIMAL_DIGIT_NUMBER; }

unsigned check_suffix(unsigned ch) {
  if (ch == '+' || ch == '#') return ch;
  return 0;
}

// The words of a text as Xapian's TermGenerator and snippets read them
// (without CJK n-grams): action(term, iterator after the term) for each,
// until it returns false.
template <typename Action>
void parse_terms(Utf8Iterator itor, Action action) {
  while (true) {
    unsigned ch;
    while (true) {
      if (itor == Utf8Iterator()) return;
      ch = check_wordchar(*itor);
      if (ch) break;
      ++itor;
    }
    std::string term;
    // Initials separated by '.' (P.T.O., U.N.C.L.E).
    if (U_isupper(*itor)) {
      const Utf8Iterator end;
      Utf8Iterator p = itor;
      do {
        Unicode::append_utf8(term, Unicode::tolower(*p++));
      } while (p != end && *p == '.' && ++p != end && U_isupper(*p));
      if (term.size() > 1) {
        if (p == end || !Unicode::is_wordchar(*p)) {
          itor = p;
          goto endofterm;
        }
      }
      term.resize(0);
    }
    while (true) {
      unsigned prevch;
      do {
        Unicode::append_utf8(term, ch);
        prevch = ch;
        if (++itor == Utf8Iterator()) goto endofterm;
        ch = check_wordchar(*itor);
      } while (ch);
      Utf8Iterator next(itor);
      ++next;
      if (next == Utf8Iterator()) break;
      unsigned nextch = check_wordchar(*next);
      if (!nextch) break;
      unsigned infix_ch = *itor;
      if (is_digit(prevch) && is_digit(*next)) {
        infix_ch = check_infix_digit(infix_ch);
      } else {
        infix_ch = check_infix(infix_ch);
      }
      if (!infix_ch) break;
      if (infix_ch != UNICODE_IGNORE) Unicode::append_utf8(term, infix_ch);
      ch = nextch;
      itor = next;
    }
    {
      std::size_t len = term.size();
      unsigned count = 0;
      while ((ch = check_suffix(*itor))) {
        if (++count > 3) {
          term.resize(len);
          break;
        }
        Unicode::append_utf8(term, ch);
        if (++itor == Utf8Iterator()) goto endofterm;
      }
      if (Unicode::is_wordchar(*itor)) term.resize(len);
    }
  endofterm:
    if (!action(term, itor)) return;
  }
}

struct Sniplet {
  double* relevance;
  std::size_t term_end;
  std::size_t highlight;
  Sniplet(double* r, std::size_t t, std::size_t h) : relevance(r), term_end(t), highlight(h) {}
};

constexpr double DECAY = 2.0;

class SnipPipe {
  std::deque<Sniplet> pipe;
  std::deque<Sniplet> best_pipe;
  std::size_t length;
  std::size_t begin = 0;
  double sum = 0;
  std::size_t phrase_len = 0;

 public:
  std::size_t best_begin = 0;
  std::size_t best_end = 0;
  double best_sum = 0;

  explicit SnipPipe(std::size_t length_) : length(length_ + 1) {}

  bool pump(double* r, std::size_t t, std::size_t h, unsigned flags) {
    if (h > 1) {
      if (pipe.size() >= h - 1) {
        auto& phrase_start = pipe[pipe.size() - (h - 1)];
        if (phrase_start.relevance) {
          *phrase_start.relevance *= DECAY;
          sum -= *phrase_start.relevance;
        }
        sum += *r;
        phrase_start.relevance = r;
        phrase_start.highlight = h;
        *r /= DECAY;
      }
      r = nullptr;
      h = 0;
    }
    pipe.emplace_back(r, t, h);
    if (r) {
      sum += *r;
      *r /= DECAY;
    }
    while (t - begin > length) {
      const Sniplet& word = pipe.front();
      if (word.relevance) {
        *word.relevance *= DECAY;
        sum -= *word.relevance;
      }
      begin = word.term_end;
      if (best_end >= begin) best_pipe.push_back(word);
      pipe.pop_front();
      if (pipe.empty()) break;
    }
    if (sum >= best_sum) {
      if (begin >= best_end) {
        best_pipe.clear();
      } else {
        while (!best_pipe.empty() && best_pipe.front().term_end <= begin) best_pipe.pop_front();
      }
      best_sum = sum;
      best_begin = begin;
      best_end = t;
    } else if ((flags & Xapian::MSet::SNIPPET_EXHAUSTIVE) == 0) {
      if (best_sum > 0 && best_end < begin) return false;
    }
    return true;
  }

  void done() {
    if (begin >= best_end) {
      pipe.clear();
    } else {
      while (!pipe.empty() && pipe.back().term_end > best_end) pipe.pop_back();
    }
  }

  bool drain(const std::string& input, const std::string& hi_start, const std::string& hi_end,
             const std::string& omit, std::string& output);
};

bool snippet_check_leading_nonwordchar(unsigned ch) {
  if (Unicode::is_currency(ch) || Unicode::get_category(ch) == Unicode::OPEN_PUNCTUATION ||
      Unicode::get_category(ch) == Unicode::INITIAL_QUOTE_PUNCTUATION)
    return true;
  switch (ch) {
    case '"':
    case '#':
    case '%':
    case '&':
    case '\'':
    case '+':
    case '-':
    case '/':
    case '<':
    case '@':
    case '\\':
    case '`':
    case '~':
    case 0x00A1:
    case 0x00A7:
    case 0x00BF: return true;
  }
  return false;
}

bool snippet_check_trailing_nonwordchar(unsigned ch) {
  if (Unicode::is_currency(ch) || Unicode::get_category(ch) == Unicode::CLOSE_PUNCTUATION ||
      Unicode::get_category(ch) == Unicode::FINAL_QUOTE_PUNCTUATION)
    return true;
  switch (ch) {
    case '"':
    case '%':
    case '\'':
    case '+':
    case '-':
    case '/':
    case '>':
    case '@':
    case '\\':
    case '`':
    case '~': return true;
  }
  return false;
}

void append_escaping_xml(const char* p, const char* end, std::string& output) {
  while (p != end) {
    char ch = *p++;
    switch (ch) {
      case '&': output += "&amp;"; break;
      case '<': output += "&lt;"; break;
      case '>': output += "&gt;"; break;
      default: output += ch;
    }
  }
}

bool SnipPipe::drain(const std::string& input, const std::string& hi_start, const std::string& hi_end,
                     const std::string& omit, std::string& output) {
  if (best_pipe.empty() && !pipe.empty()) std::swap(best_pipe, pipe);
  if (best_pipe.empty()) {
    std::size_t tail_len = input.size() - best_end;
    if (tail_len == 0) return false;
    bool sentence_end = false;
    Utf8Iterator i(input.data() + best_end, tail_len);
    while (i != Utf8Iterator()) {
      unsigned ch = *i;
      if (sentence_end && Unicode::is_whitespace(ch)) break;
      sentence_end = (ch == '.' || ch == '?' || ch == '!');
      if (Unicode::is_wordchar(ch)) break;
      ++i;
    }
    if (sentence_end) {
      append_escaping_xml(input.data() + best_end, i.raw(), output);
      return false;
    }
    i.assign(input.data() + best_end, tail_len);
    int trailing_punc = 0;
    while (i != Utf8Iterator() && snippet_check_trailing_nonwordchar(*i)) {
      if (++trailing_punc > 4) {
        trailing_punc = 0;
        break;
      }
      ++i;
    }
    if (trailing_punc) {
      append_escaping_xml(input.data() + best_end, i.raw(), output);
      if (i == Utf8Iterator()) return false;
    }
    output += omit;
    return false;
  }
  const Sniplet& word = best_pipe.front();
  if (output.empty()) {
    enum { NO, PUNC, YES } sentence_boundary = (best_begin == 0) ? YES : NO;
    Utf8Iterator i(input.data() + best_begin, word.term_end - best_begin);
    while (i != Utf8Iterator()) {
      unsigned ch = *i;
      switch (sentence_boundary) {
        case NO:
          if (ch == '.' || ch == '?' || ch == '!') sentence_boundary = PUNC;
          break;
        case PUNC:
          if (Unicode::is_whitespace(ch)) {
            sentence_boundary = YES;
          } else if (ch == '.' || ch == '?' || ch == '!') {
          } else {
            sentence_boundary = NO;
          }
          break;
        case YES: break;
      }
      if (Unicode::is_wordchar(ch)) {
        std::size_t word_begin = static_cast<std::size_t>(i.raw() - input.data());
        if (word_begin - best_begin > 4) best_begin = word_begin;
        break;
      }
      ++i;
      if (!snippet_check_leading_nonwordchar(ch)) best_begin = static_cast<std::size_t>(i.raw() - input.data());
    }
    if (sentence_boundary != YES) output += omit;
  }
  if (word.highlight) {
    Utf8Iterator i(input.data() + best_begin, input.size() - best_begin);
    while (i != Utf8Iterator()) {
      unsigned ch = *i;
      if (Unicode::is_wordchar(ch)) {
        append_escaping_xml(input.data() + best_begin, i.raw(), output);
        best_begin = static_cast<std::size_t>(i.raw() - input.data());
        break;
      }
      ++i;
    }
  }
  if (!phrase_len) {
    phrase_len = word.highlight;
    if (phrase_len) output += hi_start;
  }
  const char* p = input.data();
  append_escaping_xml(p + best_begin, p + word.term_end, output);
  best_begin = word.term_end;
  if (phrase_len && --phrase_len == 0) output += hi_end;
  best_pipe.pop_front();
  return true;
}

// The window of a phrase (Xapian gives it in the description only):
// "(a PHRASE 2 b)".
Xapian::termcount phrase_window(const Xapian::Query& query) {
  const std::string d = query.get_description();
  const std::string first = query.get_subquery(0).get_description();
  const std::size_t at = 7 + (first.size() - 7) + std::string_view(" PHRASE ").size();
  return static_cast<Xapian::termcount>(std::strtoul(d.c_str() + at, nullptr, 10));
}

void check_query(const Xapian::Query& query, std::list<std::vector<std::string>>& exact_phrases,
                 std::vector<std::string>& loose_terms, std::list<std::string>& wildcards,
                 std::size_t& longest_phrase) {
  const std::size_t n_subqs = query.get_num_subqueries();
  const Xapian::Query::op op = query.get_type();
  if (op == Xapian::Query::LEAF_TERM) {
    loose_terms.push_back(*query.get_terms_begin());
    return;
  }
  if (op == Xapian::Query::OP_WILDCARD) {
    // The pattern as serialised: 0x0b, limit, kind, combiner, pattern
    // (searcher/word_codes.cc reads the same form).
    const std::string s = query.serialise();
    std::size_t at = 1;
    auto length = [&]() {
      std::size_t len = static_cast<unsigned char>(s[at++]);
      if (len != 0xff) return len;
      len = 0;
      for (unsigned shift = 0;; shift += 7) {
        const auto b = static_cast<unsigned char>(s[at++]);
        len |= static_cast<std::size_t>(b & 0x7f) << shift;
        if (b & 0x80) break;
      }
      return len + 255;
    };
    length();
    at += 2;
    length();
    wildcards.push_back(s.substr(at));
    return;
  }
  if (op == Xapian::Query::OP_PHRASE && phrase_window(query) == n_subqs) {
    bool terms_only = true;
    for (std::size_t i = 0; i != n_subqs; ++i)
      if (query.get_subquery(i).get_type() != Xapian::Query::LEAF_TERM) terms_only = false;
    if (terms_only) {
      exact_phrases.emplace_back();
      std::vector<std::string>& terms = exact_phrases.back();
      terms.reserve(n_subqs);
      for (std::size_t i = 0; i != n_subqs; ++i) terms.push_back(*query.get_subquery(i).get_terms_begin());
      if (n_subqs > longest_phrase) longest_phrase = n_subqs;
      return;
    }
  }
  for (std::size_t i = 0; i != n_subqs; ++i)
    check_query(query.get_subquery(i), exact_phrases, loose_terms, wildcards, longest_phrase);
}

bool startswith(const std::string& s, const std::string& prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

Snippets::Snippets(const Xapian::MSet& mset, const Xapian::Query& words, const Xapian::Query& coded, WordCodes& codes,
                   const Xapian::Stem& stemmer)
    : mset_(mset), codes_(codes), stemmer_(stemmer) {
  check_query(words, exact_phrases_, loose_terms_, wildcards_, longest_phrase_);
  // The smallest and largest weight a term of the query can contribute
  // (those that contribute: Xapian's Weight::Internal::get_max_termweight).
  has_stats_ = true;
  bool first = true;
  for (auto t = coded.get_unique_terms_begin(); t != coded.get_unique_terms_end(); ++t) {
    double tw = 0;
    try {
      tw = mset.get_termweight(*t);
    } catch (const Xapian::InvalidOperationError&) {  // an MSet not from a query
      has_stats_ = false;
      break;
    } catch (const Xapian::InvalidArgumentError&) {  // not in the statistics
      continue;
    }
    if (tw == 0.0) continue;
    if (first) {
      min_tw_ = max_tw_ = tw;
      first = false;
    } else if (tw > max_tw_) {
      max_tw_ = tw;
    } else if (tw < min_tw_) {
      min_tw_ = tw;
    }
  }
}

std::string Snippets::operator()(const std::string& text, std::size_t length, unsigned flags,
                                 const std::string& hi_start, const std::string& hi_end,
                                 const std::string& omit) const {
  if (hi_start.empty() && hi_end.empty() && text.size() <= length) return text;
  double min_tw = min_tw_, max_tw = max_tw_;
  if (max_tw == 0.0) {
    max_tw = 1.0;
  } else {
    max_tw *= 1.015625;
  }
  SnipPipe snip(length);
  // Each snippet starts from fresh relevances: the pipe scales them in place.
  std::unordered_map<std::string, double> loose_terms;
  for (const auto& t : loose_terms_) loose_terms.emplace(t, 0);
  std::vector<double> exact_phrases_relevance;
  exact_phrases_relevance.reserve(exact_phrases_.size());
  for (const auto& terms : exact_phrases_) exact_phrases_relevance.push_back(max_tw * static_cast<double>(terms.size()));
  std::vector<double> wildcards_relevance;
  wildcards_relevance.reserve(wildcards_.size());
  for (std::size_t i = 0; i < wildcards_.size(); ++i) wildcards_relevance.push_back(max_tw + min_tw);

  // A term of the query (in words) found in the text: its weight, read
  // from the match under the term's code.
  auto check_term = [&](const std::string& term) -> double* {
    auto it = loose_terms.find(term);
    if (it == loose_terms.end()) return nullptr;
    if (it->second == 0.0) {
      double relevance = 0;
      try {
        relevance = mset_.get_termweight(codes_.term(term));
      } catch (const Xapian::Error&) {
        loose_terms.erase(it);
        return nullptr;
      }
      it->second = relevance + max_tw;
    }
    return &it->second;
  };

  std::vector<std::string> phrase;
  if (longest_phrase_) phrase.resize(longest_phrase_ - 1);
  std::size_t phrase_next = 0;
  bool matchfound = false;
  parse_terms(Utf8Iterator(text), [&](const std::string& term, const Utf8Iterator& it) {
    const std::size_t max_word_length = 64;
    if (term.size() > max_word_length) return true;
    const std::size_t term_end = text.size() - it.left();
    double* relevance = nullptr;
    std::size_t highlight = 0;
    if (has_stats_) {
      std::size_t i = 0;
      for (const auto& terms : exact_phrases_) {
        if (term == terms.back()) {
          std::size_t n = terms.size() - 1;
          bool match = true;
          while (n--) {
            if (terms[n] != phrase[(n + phrase_next) % (longest_phrase_ - 1)]) {
              match = false;
              break;
            }
          }
          if (match) {
            relevance = &exact_phrases_relevance[i];
            highlight = terms.size();
            goto relevance_done;
          }
        }
        ++i;
      }
      relevance = check_term(term);
      if (relevance) {
        highlight = 1;
        goto relevance_done;
      }
      {
        auto [stem, added] = stem_terms_.try_emplace(term);
        if (added) stem->second = "Z" + stemmer_(term);
        relevance = check_term(stem->second);
      }
      if (relevance) {
        highlight = 1;
        goto relevance_done;
      }
      i = 0;
      for (const auto& pattern : wildcards_) {
        if (startswith(term, pattern)) {
          relevance = &wildcards_relevance[i];
          highlight = 1;
          goto relevance_done;
        }
        ++i;
      }
    }
  relevance_done:
    if (longest_phrase_) {
      phrase[phrase_next] = term;
      phrase_next = (phrase_next + 1) % (longest_phrase_ - 1);
    }
    if (highlight) matchfound = true;
    return snip.pump(relevance, term_end, highlight, flags);
  });
  snip.done();
  std::string result;
  if (matchfound || (flags & Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH) == 0) {
    while (snip.drain(text, hi_start, hi_end, omit, result)) {
    }
  }
  return result;
}

}  // namespace searcher
