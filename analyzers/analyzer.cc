#include "analyzers/analyzer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace analyzers {
namespace {

// The Snowball project's Danish stop list, sorted for binary search.
constexpr std::array<std::string_view, 94> k_stopwords = {
    "ad",    "af",    "alle",   "alt",    "anden",  "at",     "blev",   "blive",  "bliver",
    "da",    "de",    "dem",    "den",    "denne",  "der",    "deres",  "det",    "dette",
    "dig",   "din",   "disse",  "dog",    "du",     "efter",  "eller",  "en",     "end",
    "er",    "et",    "for",    "fra",    "ham",    "han",    "hans",   "har",    "havde",
    "have",  "hende", "hendes", "her",    "hos",    "hun",    "hvad",   "hvis",   "hvor",
    "i",     "ikke",  "ind",    "jeg",    "jer",    "jo",     "kunne",  "man",    "mange",
    "med",   "meget", "men",    "mig",    "min",    "mine",   "mit",    "mod",    "ned",
    "noget", "nogle", "nu",     "når",    "og",     "også",   "om",     "op",     "os",
    "over",  "på",    "selv",   "sig",    "sin",    "sine",   "sit",    "skal",   "skulle",
    "som",   "sådan", "thi",    "til",    "ud",     "under",  "var",    "vi",     "vil",
    "ville", "vor",   "være",   "været"};

bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  const int8_t type = u_charType(c);
  return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool is_digit(UChar32 c) { return u_isdigit(c); }

bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

// The code point at byte offset i (U+FFFD for invalid bytes) and the offset after it.
UChar32 peek(std::string_view s, std::size_t i, std::size_t* next) {
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  if (next) *next = static_cast<std::size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

bool has_letter(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    std::size_t next;
    if (u_isalpha(peek(word, i, &next))) return true;
    i = next;
  }
  return false;
}

}  // namespace

std::string fold_case(std::string_view text) {
  // Fast path: ASCII needs neither normalisation nor full folding.
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalised = nfc->normalize(u, status);
    if (U_SUCCESS(status)) u = std::move(normalised);
  }
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  bool joined = false;  // the next word follows a joining hyphen
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t next;
    UChar32 c = peek(text, i, &next);
    if (!is_word_char(c)) {
      // A hyphen between two words joins them ("e-sundhedsvæsen").
      std::size_t after;
      joined = is_hyphen(c) && !tokens.empty() && tokens.back().end == i && next < text.size() &&
               is_word_char(peek(text, next, &after));
      i = next;
      continue;
    }
    const std::size_t begin = i;
    UChar32 prev = c;
    i = next;
    while (i < text.size()) {
      UChar32 d = peek(text, i, &next);
      if (is_word_char(d)) {
        prev = d;
        i = next;
        continue;
      }
      // Infixes kept inside a word, as in Xapian's TermGenerator.
      std::size_t after;
      if (next < text.size()) {
        UChar32 e = peek(text, next, &after);
        if (((d == '.' || d == ',') && is_digit(prev) && is_digit(e)) ||
            (is_apostrophe(d) && u_isalpha(prev) && u_isalpha(e))) {
          prev = e;
          i = after;
          continue;
        }
      }
      break;
    }
    tokens.push_back({fold_case(text.substr(begin, i - begin)), begin, i, joined});
    joined = false;
  }
  return tokens;
}

bool is_stopword(std::string_view folded_word) {
  return std::binary_search(k_stopwords.begin(), k_stopwords.end(), folded_word);
}

DanishAnalyzer::DanishAnalyzer() : stemmer_("danish") {
  for (auto w : k_stopwords) stopper_.add(std::string(w));
}

std::string DanishAnalyzer::stem(const std::string& folded_word) const {
  return stemmer_(folded_word);
}

void DanishAnalyzer::index_text(Xapian::Document& doc, std::string_view text, Xapian::termpos& pos,
                                const std::string& prefix, Xapian::termcount wdf_inc,
                                Positions positions) const {
  const std::vector<Token> tokens = tokenize(text);
  std::string compound;  // parts of the current hyphenated compound, joined
  bool compound_has_parts = false, compound_alpha = true;
  auto flush_compound = [&] {
    if (compound_has_parts && compound_alpha) {
      const std::string term = prefix + compound;
      if (term.size() <= k_max_term_bytes) {
        doc.add_term(term, wdf_inc);
        doc.add_term("Z" + prefix + stem(compound), wdf_inc);
      }
    }
    compound.clear();
    compound_has_parts = false;
    compound_alpha = true;
  };
  for (const Token& t : tokens) {
    if (!t.joined_to_previous) flush_compound();
    else compound_has_parts = true;
    compound += t.word;
    compound_alpha = compound_alpha && has_letter(t.word);
    ++pos;
    const std::string term = prefix + t.word;
    if (term.size() + 1 > k_max_term_bytes) continue;
    if (positions == Positions::yes) doc.add_posting(term, pos, wdf_inc);
    else doc.add_term(term, wdf_inc);
    if (!is_stopword(t.word)) doc.add_term("Z" + prefix + stem(t.word), wdf_inc);
  }
  flush_compound();
}

void DanishAnalyzer::configure(Xapian::QueryParser& qp) const {
  qp.set_stemmer(stemmer_);
  // The QueryParser keeps a reference-counted pointer to a stopper it did not
  // allocate; this analyzer must outlive `qp`.
  qp.set_stopper(&stopper_);
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
}

std::string DanishAnalyzer::normalize_query(std::string_view query) const {
  std::string out;
  out.reserve(query.size());
  std::size_t i = 0;
  while (i < query.size()) {
    // Split at ASCII whitespace, fold each piece unless it is an operator.
    std::size_t j = i;
    while (j < query.size() && query[j] != ' ' && query[j] != '\t' && query[j] != '\n' &&
           query[j] != '\r')
      ++j;
    std::string_view piece = query.substr(i, j - i);
    const bool is_operator = piece == "AND" || piece == "OR" || piece == "NOT" ||
                             piece == "XOR" || piece.rfind("NEAR", 0) == 0 ||
                             piece.rfind("ADJ", 0) == 0;
    out += is_operator ? std::string(piece) : fold_case(piece);
    if (j < query.size()) out += query[j];
    i = j + 1;
  }
  return out;
}

}  // namespace analyzers
