#include "analyzers/analyzer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <unordered_map>
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

// Xapian's word characters (Unicode::is_wordchar in 1.4): letters, marks,
// numbers and connector punctuation ('_'). Using exactly the QueryParser's
// set keeps the words we index equal to the words it looks up.
constexpr std::array<bool, 128> k_ascii_word_chars = [] {
  std::array<bool, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = true;
  t['_'] = true;
  return t;
}();

bool is_word_char(UChar32 c) {
  if (c < 0x80) return k_ascii_word_chars[static_cast<std::size_t>(c)];
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK | U_GC_PC_MASK)) != 0;
}

bool is_digit(UChar32 c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_charType(c) == U_DECIMAL_DIGIT_NUMBER;
}

bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// Zero-width characters Xapian drops inside a word (Unicode's "ignore").
bool is_ignorable(UChar32 c) { return c >= 0x200B && (c <= 0x200D || c == 0x2060 || c == 0xFEFF); }

// What the QueryParser keeps of a non-word character between two word
// characters (check_infix / check_infix_digit in Xapian 1.4): the character
// itself, an ASCII apostrophe for U+2019/U+201B, k_ignore to drop it, or 0
// when it ends the word.
constexpr UChar32 k_ignore = -1;
UChar32 infix(UChar32 c, UChar32 prev, UChar32 next) {
  if (is_ignorable(c)) return k_ignore;
  if (is_digit(prev) && is_digit(next)) {
    switch (c) {
      case ',': case '.': case ';': case 0x037E: case 0x0589: case 0x060D:
      case 0x07F8: case 0x2044: case 0xFE10: case 0xFE13: case 0xFE14:
        return c;
      default:
        return 0;
    }
  }
  if (c == '\'' || c == '&' || c == 0xB7 || c == 0x5F4 || c == 0x2027) return c;
  if (c == 0x2019 || c == 0x201B) return '\'';
  return 0;
}

// Trailing '+' or '#' that Xapian keeps as part of a word ("C++", "C#", "65+").
bool is_suffix(char c) { return c == '+' || c == '#'; }

// The code point at byte offset i (U+FFFD for invalid bytes) and the offset after it.
inline UChar32 peek(std::string_view s, std::size_t i, std::size_t* next) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *next = i + 1;
    return b;
  }
  // Offsets relative to i keep U8_NEXT's int32_t arithmetic safe for any size.
  const int32_t length = static_cast<int32_t>(std::min<std::size_t>(s.size() - i, 4));
  int32_t pos = 0;
  UChar32 c;
  U8_NEXT(s.data() + i, pos, length, c);
  *next = i + static_cast<std::size_t>(pos);
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

// A QueryParser operator, kept in upper case by normalize_query().
bool is_operator(std::string_view piece) {
  return piece == "AND" || piece == "OR" || piece == "NOT" || piece == "XOR" ||
         piece.rfind("NEAR", 0) == 0 || piece.rfind("ADJ", 0) == 0;
}

// A bare word of letters (no field, wildcard, quote, bracket or digit),
// none upper case (a folded word; "AND" is an operator).
bool is_plain_word(std::string_view w) {
  if (w.empty()) return false;
  for (std::size_t i = 0; i < w.size();) {
    std::size_t next;
    const UChar32 c = peek(w, i, &next);
    if (!u_isalpha(c) || u_isupper(c)) return false;
    i = next;
  }
  return true;
}

}  // namespace

namespace {

// fold_case without ICU for text of Latin-1 code points (ASCII, æ, ø, å, é,
// ü ...), which is most Danish text: such text is already NFC (nothing below
// U+0300 composes), and its full case folding is A-Z and À-Þ (but ×) to
// lower case, ß to "ss" and µ to μ. Returns false, leaving `out` unspecified,
// for anything else (including invalid UTF-8), which takes the ICU path.
bool fold_latin1(std::string_view text, std::string& out) {
  // Each fold here keeps the byte count (ß -> "ss", µ -> μ: two bytes
  // each), so the folded word is written in place of a copy, without a
  // capacity check a byte (fold_case runs for every word indexed).
  out.resize(text.size());
  char* o = out.data();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      o[i] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
      continue;
    }
    if ((b != 0xC2 && b != 0xC3) || i + 1 >= text.size()) return false;
    const auto t = static_cast<unsigned char>(text[i + 1]);
    if ((t & 0xC0) != 0x80) return false;
    if (b == 0xC3 && t <= 0x9E && t != 0x97) {  // À-Þ but × -> à-þ
      o[i] = static_cast<char>(b);
      o[i + 1] = static_cast<char>(t + 0x20);
    } else if (b == 0xC3 && t == 0x9F) {  // ß
      o[i] = 's';
      o[i + 1] = 's';
    } else if (b == 0xC2 && t == 0xB5) {  // µ (micro sign) -> μ
      o[i] = '\xCE';
      o[i + 1] = '\xBC';
    } else {
      o[i] = static_cast<char>(b);
      o[i + 1] = static_cast<char>(t);
    }
    ++i;
  }
  return true;
}

// fold_case(text) written to `out` (tokenize folds each word into its token).
void fold_case_into(std::string_view text, std::string& out) {
  if (fold_latin1(text, out)) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalised = nfc->normalize(u, status);
    if (U_SUCCESS(status)) u = std::move(normalised);
  }
  u.foldCase();
  out.clear();
  u.toUTF8String(out);
}

}  // namespace

std::string fold_case(std::string_view text) {
  std::string out;
  fold_case_into(text, out);
  return out;
}

std::vector<Token> tokenize(std::string_view text) {
  // Mirrors the word splitting of Xapian 1.4's TermGenerator and QueryParser
  // (termgenerator_internal.cc, queryparser.lemony parse_term) so that every
  // word the QueryParser makes of a query was indexed under the same form.
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6);
  std::string edited;       // the word with infixes rewritten, when any were
  bool joined = false;      // the next word follows a joining hyphen
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t next;
    const UChar32 c = peek(text, i, &next);
    if (!is_word_char(c)) {
      // A hyphen directly between two words joins them ("e-sundhedsvæsen");
      // a suspended one ("Sundheds- og") does not.
      std::size_t after;
      joined = is_hyphen(c) && !tokens.empty() && tokens.back().end == i && next < text.size() &&
               is_word_char(peek(text, next, &after));
      i = next;
      continue;
    }
    const std::size_t begin = i;
    std::size_t copied = begin;  // end of the part of the input already in `edited`
    bool is_edited = false;
    UChar32 prev = c;
    i = next;
    while (i < text.size()) {
      const UChar32 d = peek(text, i, &next);
      if (is_word_char(d)) {
        prev = d;
        i = next;
        continue;
      }
      // Infixes kept inside a word: "1.022.190", "2,5", "App'en", "AT&T".
      if (next >= text.size()) break;
      std::size_t after;
      const UChar32 e = peek(text, next, &after);
      if (!is_word_char(e)) break;
      const UChar32 kept = infix(d, prev, e);
      if (kept == 0) break;
      if (kept != d) {
        if (!is_edited) edited.clear();
        is_edited = true;
        edited.append(text.substr(copied, i - copied));
        if (kept != k_ignore) edited += static_cast<char>(kept);  // only ASCII '\'' here
        copied = next;
      }
      if (kept != k_ignore) prev = kept;
      i = next;
    }
    // Up to three trailing '+' or '#' not followed by a word character.
    std::size_t suffix_end = i;
    while (suffix_end < text.size() && suffix_end - i < 4 && is_suffix(text[suffix_end])) ++suffix_end;
    if (suffix_end > i && suffix_end - i <= 3) {
      std::size_t after;
      if (suffix_end == text.size() || !is_word_char(peek(text, suffix_end, &after))) i = suffix_end;
    }
    Token& token = tokens.emplace_back();
    if (is_edited) {
      edited.append(text.substr(copied, i - copied));
      fold_case_into(edited, token.word);
    } else {
      fold_case_into(text.substr(begin, i - begin), token.word);
    }
    token.begin = begin;
    token.end = i;
    token.joined_to_previous = joined;
    joined = false;
  }
  return tokens;
}

namespace {

// A stopword's slot in k_stopword_slots: its length and first, second and
// last bytes, which tell the 94 stopwords apart but for a few.
constexpr std::size_t stopword_hash(std::string_view w) {
  const auto at = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(w[i])); };
  return (w.size() * 131 + at(0) * 31 + at(w.size() > 1 ? 1 : 0) * 7 + at(w.size() - 1)) & 255;
}

// The stopwords in an open-addressed table of 256 slots (linear probing,
// an empty view ends a probe): is_stopword runs for every distinct word of
// every text indexed, and the binary search's string compares were most of
// its cost.
constexpr std::array<std::string_view, 256> k_stopword_slots = [] {
  std::array<std::string_view, 256> t{};
  for (auto w : k_stopwords) {
    std::size_t h = stopword_hash(w);
    while (!t[h].empty()) h = (h + 1) & 255;
    t[h] = w;
  }
  return t;
}();

}  // namespace

bool is_stopword(std::string_view folded_word) {
  // Most words are longer than every stopword, and few begin with a
  // stopword's first letter among the rest: both checks before the look-up.
  static constexpr std::size_t k_longest = [] {
    std::size_t n = 0;
    for (auto w : k_stopwords) n = std::max(n, w.size());
    return n;
  }();
  static constexpr std::array<bool, 256> k_first = [] {
    std::array<bool, 256> t{};
    for (auto w : k_stopwords) t[static_cast<unsigned char>(w[0])] = true;
    return t;
  }();
  if (folded_word.empty() || folded_word.size() > k_longest || !k_first[static_cast<unsigned char>(folded_word[0])])
    return false;
  for (std::size_t h = stopword_hash(folded_word); !k_stopword_slots[h].empty(); h = (h + 1) & 255)
    if (k_stopword_slots[h] == folded_word) return true;
  return false;
}

DanishAnalyzer::DanishAnalyzer(TermPrefixes prefixes, WordCoder coder)
    : prefixes_(std::move(prefixes)), coder_(std::move(coder)), stemmer_("danish") {
  for (auto w : k_stopwords) stopper_.add(std::string(w));
}

std::string DanishAnalyzer::stem(const std::string& folded_word) const {
  return stemmer_(folded_word);
}

DanishAnalyzer::WordTerms& DanishAnalyzer::terms_of(std::string_view folded_word) const {
  // Bounded: a corpus has a few hundred thousand distinct words at most,
  // but an analyzer may live long (a server's).
  constexpr std::size_t k_max_cached_words = 400000;
  auto it = word_terms_.find(folded_word);
  if (it != word_terms_.end()) return it->second;
  if (word_terms_.size() >= k_max_cached_words) word_terms_.clear();
  const std::string folded(folded_word);
  WordTerms w;
  auto key = [&](const std::string& kind, const std::string& stem) {
    std::string k = prefixes_.stem;
    k += kind;
    k += stem;
    return k.size() <= k_max_term_bytes ? k : std::string();
  };
  auto add = [&](const std::string& kind, const std::string& stem) {
    if (std::string k = key(kind, stem); !k.empty()) w.keys.push_back(std::move(k));
  };
  add({}, stemmer_(folded));
  // "Ålborg" and "Aalborg" both under ZXAaalborg; the query side asks for it.
  if (has_danish_letters(folded) || has_spelt_out_letters(folded))
    add(prefixes_.spelt, stemmer_(spell_out_danish_letters(folded)));
  // Names (capitalised in the text) with ø/å/æ also answer to the letters
  // stripped ("Sørensen" for "Sorensen"); ordinary words do not, so "bor"
  // never finds "bør".
  if (has_danish_letters(folded)) w.stripped_key = key(prefixes_.stripped, stemmer_(strip_danish_letters(folded)));
  // Parts of compounds, so that "midler" finds "klyngemidlerne".
  const std::vector<std::string> parts = split_compound(folded, Lexicon::danish());
  for (std::size_t i = 0; i < parts.size(); ++i)
    add(i + 1 == parts.size() ? prefixes_.tail : prefixes_.part, stemmer_(parts[i]));
  return word_terms_.emplace(folded, std::move(w)).first->second;
}

namespace {

// Adds `term` unless it is too long for Xapian to store (docs/ARCHITECTURE.md §9).
void add_bounded(Xapian::Document& doc, const std::string& term, Xapian::termcount wdf) {
  if (term.size() <= k_max_term_bytes) doc.add_term(term, wdf);
}

bool starts_capitalised(std::string_view text, const Token& t) {
  std::size_t next;
  const UChar32 c = peek(text, t.begin, &next);
  return c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
}

}  // namespace

std::string DanishAnalyzer::word_term(const std::string& folded_word) const {
  if (!coder_) return folded_word;
  // A copy: terms_of() may clear the cache (and its strings) later.
  return code_in(terms_of(folded_word), folded_word);
}

const std::string& DanishAnalyzer::code_in(WordTerms& terms, std::string_view folded_word) const {
  if (terms.code.empty()) terms.code = coder_(std::string(folded_word));
  return terms.code;
}

void DanishAnalyzer::index_text(Xapian::Document& doc, std::string_view text, Xapian::termpos& pos,
                                const std::string& prefix, Xapian::termcount wdf_inc,
                                Positions positions, Vocabulary* vocabulary) const {
  add_text(&doc, text, pos, prefix, wdf_inc, positions, vocabulary);
}

void DanishAnalyzer::add_text_to_vocabulary(std::string_view text, Vocabulary& vocabulary) const {
  Xapian::termpos pos = 0;
  add_text(nullptr, text, pos, {}, 1, Positions::no, &vocabulary);
}

void DanishAnalyzer::add_text(Xapian::Document* doc, std::string_view text, Xapian::termpos& pos,
                              const std::string& prefix, Xapian::termcount wdf_inc, Positions positions,
                              Vocabulary* vocabulary) const {
  const std::vector<Token> tokens = tokenize(text);

  // What depends only on the word (its term or code, its virtual terms,
  // the term without positions) is done once per distinct word with the
  // summed wdf. Adding a term once with wdf n*inc is the same as adding it
  // n times with inc.
  struct Occurrences {
    Xapian::termcount count = 0;
    bool skipped = false;      // a stopword or too long: not indexed
    bool capitalised = false;  // some occurrence is capitalised
    std::string term;          // prefix + the word's code (or the word)
  };
  std::unordered_map<std::string_view, Occurrences> words;
  words.reserve(tokens.size());
  std::unordered_map<std::string, Xapian::termcount> compounds;
  // Each indexed occurrence's word and position, for the postings, written
  // once every distinct word has its term (elements of an unordered_map
  // stay where they are as it grows).
  std::vector<std::pair<const Occurrences*, Xapian::termpos>> postings;
  if (doc && positions == Positions::yes) postings.reserve(tokens.size());

  std::string compound;  // parts of the current hyphenated compound, joined
  bool compound_has_parts = false, compound_alpha = true;
  auto flush_compound = [&] {
    if (compound_has_parts && compound_alpha && prefix.size() + compound.size() + 1 <= k_max_term_bytes)
      ++compounds[compound];
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
    // Leaves room for the stem prefix of the word's virtual terms. A
    // stopword takes its position but is not indexed: expand() drops it
    // from phrases, whose window keeps its place.
    // Checked once per distinct word: the map keeps skipped words too.
    auto [at, first] = words.try_emplace(t.word);
    Occurrences& o = at->second;
    if (first)
      o.skipped = prefix.size() + t.word.size() + prefixes_.stem.size() > k_max_term_bytes || is_stopword(t.word);
    if (o.skipped) continue;
    ++o.count;
    if (vocabulary && !o.capitalised) o.capitalised = starts_capitalised(text, t);
    if (doc && positions == Positions::yes) postings.emplace_back(&o, pos);
  }
  flush_compound();

  for (auto& [word, o] : words) {
    if (o.skipped) continue;
    // One cache look-up per distinct word for its code and its virtual
    // terms (the entry is used before the next look-up, which may clear
    // the cache).
    WordTerms* terms = (doc && coder_) || vocabulary ? &terms_of(word) : nullptr;
    if (doc) {
      o.term = prefix;
      if (coder_)
        o.term += code_in(*terms, word);
      else
        o.term += word;
      if (positions == Positions::no) add_bounded(*doc, o.term, o.count * wdf_inc);
    }
    if (vocabulary) add_to_vocabulary(word, o.capitalised, *terms, *vocabulary);
  }
  for (const auto& [o, p] : postings) doc->add_posting(o->term, p, wdf_inc);
  for (const auto& [joined, count] : compounds) {
    if (doc) add_bounded(*doc, prefix + word_term(joined), count * wdf_inc);
    if (vocabulary && prefixes_.stem.size() + joined.size() <= k_max_term_bytes)
      (*vocabulary)[prefixes_.stem + stem(joined)].insert(joined);
  }
}

void DanishAnalyzer::add_to_vocabulary(const std::string& word, bool capitalised, Vocabulary& vocabulary) const {
  if (is_stopword(word)) return;
  add_to_vocabulary(word, capitalised, terms_of(word), vocabulary);
}

void DanishAnalyzer::add_to_vocabulary(std::string_view word, bool capitalised, const WordTerms& terms,
                                       Vocabulary& vocabulary) const {
  // A word's keys depend on the word alone, but for the stripped letter
  // form, which depends on `capitalised`.
  auto found = vocabulary.added.find(word);
  const bool first = found == vocabulary.added.end();
  if (!first && (found->second || !capitalised)) return;
  auto added = first ? vocabulary.added.emplace(word, false).first : found;
  const std::string& w = added->first;
  if (first && !terms.carried)
    for (const std::string& key : terms.keys) vocabulary[key].insert(w);
  if (capitalised) {
    if (!terms.stripped_key.empty() && !terms.carried_stripped) vocabulary[terms.stripped_key].insert(w);
    added->second = true;
  }
}

void DanishAnalyzer::remember_vocabulary(const Vocabulary& vocabulary) const {
  for (const auto& [word, capitalised] : vocabulary.added) {
    auto it = word_terms_.find(word);
    if (it == word_terms_.end()) continue;  // the cache was cleared since: carried by nothing
    it->second.carried = true;
    if (capitalised) it->second.carried_stripped = true;
  }
}

void DanishAnalyzer::configure(Xapian::QueryParser& qp) const {
  qp.add_prefix(std::string(k_spelt_prefix_field), prefixes_.spelt);
  qp.add_prefix(std::string(k_stripped_prefix_field), prefixes_.stripped);
  // "del:" any part; "hale:" the last part only.
  qp.add_prefix(std::string(k_part_field), prefixes_.part);
  qp.add_prefix(std::string(k_part_field), prefixes_.tail);
  qp.add_prefix(std::string(k_tail_field), prefixes_.tail);
  qp.set_stemmer(stemmer_);
  // The QueryParser keeps a reference-counted pointer to a stopper it did not
  // allocate; this analyzer must outlive `qp`.
  qp.set_stopper(&stopper_);
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
}


namespace {

// True if `query` has a virtual term or a stopword (which no document holds).
bool needs_expanding(const Xapian::Query& query, const std::string& stem_prefix) {
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t)
    if ((*t).compare(0, stem_prefix.size(), stem_prefix) == 0 || is_stopword(*t)) return true;
  return false;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

Xapian::Query DanishAnalyzer::expand(const Xapian::Query& query, const VocabularyLookup& lookup) const {
  if (prefixes_.stem.empty() || !needs_expanding(query, prefixes_.stem)) return query;
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM: {
      const std::string term = *query.get_terms_begin();
      // stem prefix, then field + kind (capitals: prefixes), then the stem
      // (folded, so lower case).
      std::size_t caps = prefixes_.stem.size();
      while (caps < term.size() && term[caps] >= 'A' && term[caps] <= 'Z') ++caps;
      const std::string_view upper(term.data() + prefixes_.stem.size(), caps - prefixes_.stem.size());
      std::string_view kind;
      for (const std::string* k : {&prefixes_.spelt, &prefixes_.stripped, &prefixes_.part, &prefixes_.tail})
        if (!k->empty() && ends_with(upper, *k)) {
          kind = *k;
          break;
        }
      const std::string field(upper.substr(0, upper.size() - kind.size()));
      const std::vector<std::string> words = lookup(prefixes_.stem + std::string(kind) + term.substr(caps));
      if (words.empty()) return query;
      std::vector<Xapian::Query> forms;
      forms.reserve(words.size());
      for (const std::string& w : words) forms.emplace_back(field + w, query.get_length());
      return Xapian::Query(Xapian::Query::OP_SYNONYM, forms.begin(), forms.end());
    }
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX: {
      std::vector<Xapian::Query> subqueries;
      subqueries.reserve(query.get_num_subqueries());
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        subqueries.push_back(expand(query.get_subquery(i), lookup));
      return Xapian::Query(query.get_type(), subqueries.begin(), subqueries.end());
    }
    case Xapian::Query::OP_PHRASE: {
      // A phrase's stopwords are not indexed: the other words must stand in
      // order within the phrase's length (QueryParser's window for it), so
      // "det nationale ledelsesprogram" finds "Det Nationale Ledelsesprogram".
      std::vector<Xapian::Query> words;
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        const Xapian::Query sub = query.get_subquery(i);
        if (sub.get_type() == Xapian::Query::LEAF_TERM && is_stopword(*sub.get_terms_begin())) continue;
        words.push_back(expand(sub, lookup));
      }
      if (words.empty()) return Xapian::Query::MatchNothing;
      if (words.size() == 1) return words.front();
      return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                           static_cast<Xapian::termcount>(query.get_num_subqueries()));
    }
    default:
      // Parameters (a scale factor, a window, a set size) that Xapian 1.4
      // does not give back: kept whole. QueryParser puts no stem under them.
      return query;
  }
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
