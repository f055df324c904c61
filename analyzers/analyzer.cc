#include "analyzers/analyzer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "analyzers/compounds.h"

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

std::string spell_out_danish_letters(std::string_view word) {
  std::string out;
  out.reserve(word.size() + 4);
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 2, "å") == 0) { out += "aa"; ++i; }
    else if (word.compare(i, 2, "æ") == 0) { out += "ae"; ++i; }
    else if (word.compare(i, 2, "ø") == 0) { out += "oe"; ++i; }
    else out += word[i];
  }
  return out;
}

std::string strip_danish_letters(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 2, "å") == 0) { out += "a"; ++i; }
    else if (word.compare(i, 2, "æ") == 0) { out += "ae"; ++i; }
    else if (word.compare(i, 2, "ø") == 0) { out += "o"; ++i; }
    else out += word[i];
  }
  return out;
}

namespace {

bool has_danish_letters(std::string_view w) {
  return w.find("å") != std::string_view::npos || w.find("æ") != std::string_view::npos ||
         w.find("ø") != std::string_view::npos;
}

bool has_spelt_out_letters(std::string_view w) {
  return w.find("aa") != std::string_view::npos || w.find("ae") != std::string_view::npos ||
         w.find("oe") != std::string_view::npos;
}

// A bare word of letters (no field, wildcard, quote or bracket).
bool is_operator(std::string_view piece) {
  return piece == "AND" || piece == "OR" || piece == "NOT" || piece == "XOR" ||
         piece.rfind("NEAR", 0) == 0 || piece.rfind("ADJ", 0) == 0;
}

bool is_plain_word(std::string_view w) {
  if (w.empty()) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (!((c >= 'a' && c <= 'z') || c >= 0x80)) return false;
  }
  return true;
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
    if (prefix.empty() && !is_stopword(t.word)) {
      add_letter_forms(doc, t, text, wdf_inc);
      // Parts of compounds, so that "midler" finds "klyngemidlerne".
      for (const auto& part : split_compound(t.word, Lexicon::danish()))
        doc.add_term("Z" + k_part_prefix + stem(part), wdf_inc);
    }
  }
  flush_compound();
}

void DanishAnalyzer::add_letter_forms(Xapian::Document& doc, const Token& t, std::string_view text,
                                      Xapian::termcount wdf_inc) const {
  // "Ålborg" and "Aalborg" both get XAaalborg; the query side asks for it.
  if (has_danish_letters(t.word) || has_spelt_out_letters(t.word)) {
    const std::string spelt = spell_out_danish_letters(t.word);
    doc.add_term(k_spelt_prefix + spelt, wdf_inc);
    doc.add_term("Z" + k_spelt_prefix + stem(spelt), wdf_inc);
  }
  // Names (capitalised in the text) with ø/å/æ also answer to the letters
  // stripped ("Sørensen" for "Sorensen"); ordinary words do not, so "bor"
  // never finds "bør".
  const unsigned char first = static_cast<unsigned char>(text[t.begin]);
  const bool capitalised = (first >= 'A' && first <= 'Z') || (first == 0xC3 && t.begin + 1 < text.size() &&
                                                             static_cast<unsigned char>(text[t.begin + 1]) >= 0x80 &&
                                                             static_cast<unsigned char>(text[t.begin + 1]) <= 0x9E);
  if (capitalised && has_danish_letters(t.word)) {
    const std::string stripped = strip_danish_letters(t.word);
    doc.add_term(k_stripped_prefix + stripped, wdf_inc);
    doc.add_term("Z" + k_stripped_prefix + stem(stripped), wdf_inc);
  }
}

void DanishAnalyzer::configure(Xapian::QueryParser& qp) const {
  qp.add_prefix(std::string(k_spelt_prefix_field), k_spelt_prefix);
  qp.add_prefix(std::string(k_stripped_prefix_field), k_stripped_prefix);
  qp.add_prefix(std::string(k_part_field), k_part_prefix);
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
    out += is_operator(piece) ? std::string(piece) : fold_case(piece);
    if (j < query.size()) out += query[j];
    i = j + 1;
  }
  return out;
}

std::string rewrite_plain_words(std::string_view normalized,
                                const std::function<std::string(const std::string&)>& rewrite) {
  std::string out;
  bool in_phrase = false;
  std::size_t i = 0;
  while (i < normalized.size()) {
    std::size_t j = normalized.find(' ', i);
    if (j == std::string_view::npos) j = normalized.size();
    const std::string word(normalized.substr(i, j - i));
    out += !in_phrase && is_plain_word(word) ? rewrite(word) : word;
    for (char c : word)
      if (c == '"') in_phrase = !in_phrase;
    if (j < normalized.size()) out += ' ';
    i = j + 1;
  }
  return out;
}

std::string DanishAnalyzer::add_letter_alternatives(std::string_view normalized) const {
  return rewrite_plain_words(normalized, [](const std::string& word) {
    // Danish letters typed or spelt out ("ålborg"/"aalborg", "soeren"/"søren"),
    // and names typed without them ("sorensen").
    std::string alternatives = word;
    if (has_danish_letters(word) || has_spelt_out_letters(word))
      alternatives += " OR " + std::string(k_spelt_prefix_field) + ":" + spell_out_danish_letters(word);
    if (!has_danish_letters(word) && word.size() >= 4 && word.find_first_of("ao") != std::string::npos)
      alternatives += " OR " + std::string(k_stripped_prefix_field) + ":" + word;
    return alternatives == word ? word : "(" + alternatives + ")";
  });
}

}  // namespace analyzers
