// Danish text analysis shared by the indexer and the searcher, so that the
// terms written at index time are exactly the terms looked up at query time.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace analyzers {

// NFC normalisation followed by full Unicode case folding (ICU).
// Invalid UTF-8 sequences are replaced by U+FFFD; never throws.
std::string fold_case(std::string_view text);

// One word of input text.
struct Token {
  std::string word;        // NFC, case-folded form ("klyngemidlerne", "1.022.190")
  std::size_t begin = 0;   // byte offset of the word in the input
  std::size_t end = 0;     // byte offset one past the word
  // True when this token is a later part of a hyphenated compound
  // ("sundhedsvæsen" in "e-sundhedsvæsen", "2027" in "2024-2027").
  bool joined_to_previous = false;
};

// Splits text into words. Letters (including æ, ø, å, é, ü ...) and digits
// form words; '.' or ',' between digits stays inside a number ("1.022.190");
// '-' between two word characters splits the compound into parts marked
// joined_to_previous, as Xapian's QueryParser reads a hyphenated word as a phrase.
// A suspended hyphen ("Sundheds- og ...") ends the word.
std::vector<Token> tokenize(std::string_view text);

// True for a Danish stopword ("og", "i", "at", "det", ...), given folded form.
bool is_stopword(std::string_view folded_word);

// Whether index_text records word positions (needed for phrase searches).
enum class Positions { yes, no };

// Rewrites a normalized query word by word (words are separated by single
// spaces): `rewrite(word)` is called for each plain word of letters outside
// quoted phrases and returns its replacement; other pieces (fields, operators,
// wildcards, brackets, phrase words) are kept as they are.
std::string rewrite_plain_words(std::string_view normalized,
                                const std::function<std::string(const std::string&)>& rewrite);

// Danish letters spelt out: å -> aa, æ -> ae, ø -> oe ("ålborg" -> "aalborg").
std::string spell_out_danish_letters(std::string_view folded_word);

// Danish letters stripped: å -> a, æ -> ae, ø -> o ("sørensen" -> "sorensen").
std::string strip_danish_letters(std::string_view folded_word);

// Query fields for the folded letter forms ("bogstav:aalborg"); configure()
// maps them to TermPrefixes::spelt and ::stripped.
inline constexpr std::string_view k_spelt_prefix_field = "bogstav";
inline constexpr std::string_view k_stripped_prefix_field = "bogstavfri";

// The term prefixes DanishAnalyzer writes besides the caller's own. They
// belong to the index schema, which is defined above this layer (the
// indexer's schema header holds the values and documents them); the analyzer
// only carries what it is given, so it cannot disagree with the schema.
struct TermPrefixes {
  // Before every stem ("Z" + prefix + stem). Xapian's QueryParser writes
  // stems with "Z" under STEM_SOME, so the schema must give "Z".
  std::string stem;
  std::string spelt;     // letters spelt out: "Ålborg" -> spelt + "aalborg"
  std::string stripped;  // letters stripped, names only: "Sørensen" -> stripped + "sorensen"
  // Compound parts, stemmed: the heads and middles as stem + part + stem
  // ("klyng" of "klyngemidlerne"), the last part (the tail, which names
  // what the compound is: a "sundhedsaftale" is an "aftale") as stem + tail
  // + stem ("midl", "aftal").
  std::string part;
  std::string tail;
};

// A hash of strings that also takes string views, so that unordered maps
// keyed by std::string (with std::equal_to<>) are searched without a copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// StringHash for a table that grows from empty: libstdc++ keeps each
// element's hash code beside it when the hash may throw (it does not count
// such a hash as fast), so a rehash moves the codes instead of hashing every
// string again, and a search compares codes before strings.
struct CachedStringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// An index's vocabulary: the virtual terms of its words, each with the words
// it stands for. A virtual term is a term a query asks for but no document
// holds: prefixes().stem + kind + stem, where kind is empty (the word's
// stem: "Zklyngemidl" -> klyngemidler, klyngemidlerne), spelt ("ZXAaalborg"
// -> aalborg, ålborg), stripped ("ZXOsorensen" -> sørensen, names only),
// part ("ZXCklyng" -> klyngemidlerne) or tail ("ZXEmidl" -> klyngemidlerne).
// Built once per distinct word at index time, expanded at query time
// (DanishAnalyzer::expand), so that letter forms and compound parts cost
// the index one entry per word instead of a posting per document. A map
// of each virtual term to its words, which also remembers the words already
// added (add_to_vocabulary meets most of a file's words many times).
struct Vocabulary : std::map<std::string, std::set<std::string>> {
  using std::map<std::string, std::set<std::string>>::map;
  // Each word added by add_to_vocabulary, true once added capitalised.
  std::unordered_map<std::string, bool, CachedStringHash, std::equal_to<>> added;
};

// The words an index's vocabulary gives a virtual term (empty if none).
using VocabularyLookup = std::function<std::vector<std::string>(const std::string& virtual_term)>;

// The code of a folded word in an index (analyzers/term_codes.h), the word
// given the next code if it has none yet. Several analyzers (threads) may
// share one: it must be thread-safe then.
using WordCoder = std::function<std::string(const std::string& folded_word)>;

// Text analysis with Xapian's Danish Snowball stemmer. Not thread-safe (nor
// is Xapian::Stem): one analyzer per thread.
class DanishAnalyzer {
 public:
  // An analyzer writing and querying terms with `prefixes`. With a `coder`,
  // index_text writes each word as its code (a word term is prefix +
  // coder(word)); without one (the default), as the word itself.
  explicit DanishAnalyzer(TermPrefixes prefixes, WordCoder coder = nullptr);

  const TermPrefixes& prefixes() const { return prefixes_; }

  // The Danish stem of a folded word ("klyngemidlerne" -> "klyngemidl").
  std::string stem(const std::string& folded_word) const;

  // Adds the words of `text` to `doc`: each word as `prefix + word` (prefix
  // + its code, with a coder: see the constructor) with a position
  // (starting at `pos`, which is advanced); each occurrence adds
  // `wdf_inc`. The coder is asked once per distinct word for the
  // analyzer's life (the code is cached with the word's vocabulary keys). Stopwords take a position but are not added (expand()
  // drops them from phrases). A hyphenated compound also adds its parts joined
  // ("esundhedsvæsen"). Terms longer than the Xapian limit are skipped.
  // With Positions::no the words are added without positions (smaller
  // index, no phrase matches). The words' virtual terms (Vocabulary: stems,
  // letter forms, compound parts; none for stopwords) go to `vocabulary`,
  // if given, not to `doc`: a query's virtual terms are expanded to the
  // words (expand()), under the same prefix.
  void index_text(Xapian::Document& doc, std::string_view text, Xapian::termpos& pos,
                  const std::string& prefix = {}, Xapian::termcount wdf_inc = 1,
                  Positions positions = Positions::yes, Vocabulary* vocabulary = nullptr) const;

  // The words of `text` and their virtual terms added to `vocabulary` as
  // index_text() adds them, without writing terms (nor asking the coder
  // for codes): for text that no search reads from a document but whose
  // words the vocabulary and spelling dictionary should know.
  void add_text_to_vocabulary(std::string_view text, Vocabulary& vocabulary) const;

  // Sets the stemmer, stopper and STEM_SOME on `qp`, so queries use the same
  // analysis as index_text, and maps the query fields "bogstav",
  // "bogstavfri", "del" and "hale" to the letter-form and compound-part
  // kinds of virtual terms. A query parsed by `qp` must go through expand().
  void configure(Xapian::QueryParser& qp) const;

  // `query` (as parsed by a QueryParser set up by configure()) with each
  // virtual term replaced by the words `lookup` gives it: "Z" + field +
  // kind + stem becomes OP_SYNONYM of field + word over those words (field
  // is a text prefix such as a title's; kind as Vocabulary), with the
  // term's wqf. A virtual term without words stays as it is (and matches
  // nothing). Stopwords are dropped from phrases, whose window stays the
  // phrase's length. Subqueries without virtual terms are kept as they are; a
  // query whose virtual terms sit under an operator that cannot be rebuilt
  // (OP_SCALE_WEIGHT, OP_ELITE_SET, OP_NEAR ...) is kept whole.
  Xapian::Query expand(const Xapian::Query& query, const VocabularyLookup& lookup) const;

  // The virtual terms of `folded_word` (Vocabulary), added to
  // `vocabulary`; `capitalised`: the text has the word capitalised (names
  // get the stripped letter form). None for a stopword. The word itself is
  // always recorded in vocabulary.added; its virtual terms are left out
  // when a vocabulary passed to remember_vocabulary() already carried them.
  void add_to_vocabulary(const std::string& folded_word, bool capitalised, Vocabulary& vocabulary) const;

  // Marks the virtual terms of `vocabulary` (a file's, on its way to the
  // index's vocabulary table, which keeps them for the run) as carried, so
  // that later files' vocabularies leave them out: most of a file's words
  // were in an earlier file, and their entries cost the analysis and the
  // writer map inserts that change nothing. Call it only once the file
  // will be written (its words would be missing from the table otherwise).
  void remember_vocabulary(const Vocabulary& vocabulary) const;

  // Folds the words of a user's query (fold_case) so that the QueryParser
  // sees the indexed word forms and stems every word, capitalised or not.
  // Keeps the operators AND, OR, NOT, XOR, NEAR as written.
  std::string normalize_query(std::string_view query) const;

  // A normalized query whose plain words (outside phrases) also ask for
  // their letter forms: "ålborg" becomes "(ålborg OR bogstav:aalborg)",
  // "sorensen" "(sorensen OR bogstavfri:sorensen)" (see index_text).
  std::string add_letter_alternatives(std::string_view normalized) const;

  const Xapian::Stem& stemmer() const { return stemmer_; }

 private:
  // A word's stem and its compound parts' stems, worked out once per
  // distinct word for the analyzer's life (index_text's main cost was
  // stemming and the lexicon lookups of compound splitting, repeated for
  // every text the word is in).
  // A word's vocabulary keys, computed once per distinct word (stemming
  // and compound splitting are most of add_to_vocabulary's cost).
  struct WordTerms {
    std::vector<std::string> keys;  // stem, spelt letter form, compound parts (within the term limit)
    std::string stripped_key;       // the stripped letter form: names only; empty if none
    bool carried = false;           // keys carried by a remembered vocabulary
    bool carried_stripped = false;  // stripped_key likewise
    std::string code;               // the word's code (coder_), once asked for; empty before
  };
  WordTerms& terms_of(std::string_view folded_word) const;
  // add_to_vocabulary() of a word that is no stopword, given its entry.
  void add_to_vocabulary(std::string_view word, bool capitalised, const WordTerms& terms,
                         Vocabulary& vocabulary) const;
  // What index_text writes for `folded_word` after the prefix: its code
  // with a coder (asked once, then cached in its WordTerms), else the word.
  std::string word_term(const std::string& folded_word) const;
  // The code in `terms` (the entry of `folded_word`), asked of coder_ the
  // first time; needs a coder.
  const std::string& code_in(WordTerms& terms, std::string_view folded_word) const;
  // index_text(), or add_text_to_vocabulary() when `doc` is null.
  void add_text(Xapian::Document* doc, std::string_view text, Xapian::termpos& pos, const std::string& prefix,
                Xapian::termcount wdf_inc, Positions positions, Vocabulary* vocabulary) const;
  mutable std::unordered_map<std::string, WordTerms, StringHash, std::equal_to<>> word_terms_;

  TermPrefixes prefixes_;
  WordCoder coder_;
  Xapian::Stem stemmer_;
  Xapian::SimpleStopper stopper_;
};

// Longest term Xapian can store reliably (docs/ARCHITECTURE.md §9: over 245 bytes makes
// commit() throw); callers hash or drop longer ones.
inline constexpr std::size_t k_max_term_bytes = 240;

}  // namespace analyzers
