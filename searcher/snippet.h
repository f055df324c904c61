// Snippets of a search's hits with the query's words highlighted, for an
// index whose word terms are codes (searcher/word_codes.h). Xapian's
// MSet::snippet() matches a text's words against the terms of the MSet's
// query and weighs them by the match's statistics, both by term: with
// codes in the query it would find no word. Snippets does what Xapian
// 1.4's MSet::snippet() does (its algorithm, adapted from xapian-core 1.4.22
// queryparser/termgenerator_internal.cc, GPL-2.0-or-later), looking a
// text's words up in the query as written in words and their weights in
// the MSet under their codes, so that each snippet is the one Xapian gave
// when the index held the words.
#pragma once

#include <string>
#include <unordered_map>
#include <list>
#include <vector>

#include <xapian.h>

#include "searcher/word_codes.h"

namespace searcher {

class Snippets {
 public:
  // Snippets of the hits of `mset`, matched for `coded`, which is
  // `codes.rewrite(words)`: the words, phrases and wildcards of `words`
  // are highlighted, weighed as `mset` weighed their terms in `coded`.
  Snippets(const Xapian::MSet& mset, const Xapian::Query& words, const Xapian::Query& coded, WordCodes& codes,
           const Xapian::Stem& stemmer);

  // What mset.snippet(text, length, stemmer, flags, hi_start, hi_end, omit)
  // returned for an index of words (flags: Xapian::MSet::SNIPPET_*;
  // SNIPPET_CJK_NGRAM and the background model are not supported and
  // ignored). Never throws Xapian errors for a query's terms.
  std::string operator()(const std::string& text, std::size_t length, unsigned flags, const std::string& hi_start,
                         const std::string& hi_end, const std::string& omit) const;

 private:
  const Xapian::MSet& mset_;
  WordCodes& codes_;
  Xapian::Stem stemmer_;
  // Each word's stem term ("Z" + stem), computed once for all the
  // snippets of a search: the hits' sections repeat their words.
  mutable std::unordered_map<std::string, std::string> stem_terms_;
  std::list<std::vector<std::string>> exact_phrases_;
  std::vector<std::string> loose_terms_;
  std::list<std::string> wildcards_;
  std::size_t longest_phrase_ = 0;
  double min_tw_ = 0, max_tw_ = 0;
  bool has_stats_ = false;
};

}  // namespace searcher
