// PDF with poppler's C++ API. poppler's own text() guesses reading order and
// joins hyphens badly; we take its words (text, box, font, size) and build
// lines, cells and paragraphs ourselves, for the one-column Word exports that
// minutes are: lines top to bottom, words left to right, a wide gap splits a
// line into table cells.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "formats/readers.h"

namespace formats {
namespace {

// Reading one document stops after this long, with a warning.
constexpr std::chrono::seconds k_max_pdf_time{60};

// Font name parts that mark a bold face: "Arial-BoldMT", "Calibri,Bold",
// "Helvetica-Bold", "Arial,B" (Word's synthetic bold), "Lato-Black",
// "Roboto-Heavy", "OpenSans-Semibold".
constexpr const char* k_bold_markers[] = {"Bold", "bold", "BOLD", "Black", "Heavy", "Semibold",
                                          "SemiBold", "Demi", ",B"};

// Words after a line-end hyphen that show the hyphen is a Danish
// "fælles led" ("Social- og Sundhedsudvalget", "Børne- eller Ungeudvalget").
constexpr const char* k_conjunctions[] = {"og", "eller", "samt", "el.", "&", "til", "and", "or"};

// Glyphs a bulleted line starts with: Word's Symbol-font bullet (U+F0B7,
// private use), "•", "▪", "◦", "–", "-", "o" of Courier-bullets excluded.
constexpr const char* k_bullets[] = {"\xEF\x82\xB7", "\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6",
                                     "\xE2\x97\x8F", "\xE2\x96\xA0", "\xE2\x80\x93", "-",
                                     "\xEF\x82\xA7", "\xE2\x9E\xA2", "\xC2\xB7"};

struct Word {
  std::string text;
  double x0, y0, x1, y1;
  double size;
  bool bold;
  bool space_after;
};

// Words of one line split at wide gaps: one segment per table cell.
struct Segment {
  std::string text;
  double x0, x1;
};

struct Line {
  std::vector<Word> words;
  std::vector<Segment> segments;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;
  bool bold = false;
  int page = 0;
  std::size_t chars = 0;
};

void silence(const std::string&, void*) {}

// poppler prints parse errors to stderr unless told otherwise; its handler
// is process-wide, so it is set once.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(silence, nullptr); });
}

std::string utf8(const poppler::ustring& s) {
  const poppler::byte_array b = s.to_utf8();
  return std::string(b.begin(), b.end());
}

UChar32 first_char(std::string_view s) {
  if (s.empty()) return 0;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 last_char(std::string_view s) {
  if (s.empty()) return 0;
  // Back over continuation bytes (10xxxxxx) to the last character's start.
  std::size_t start = s.size() - 1;
  while (start > 0 && s.size() - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return first_char(s.substr(start));
}

bool is_bold_font(std::string_view name) {
  return std::any_of(std::begin(k_bold_markers), std::end(k_bold_markers),
                     [&](const char* m) { return name.find(m) != std::string_view::npos; });
}

// File name endings of documents, for is_file_path().
constexpr const char* k_document_extensions[] = {".docx", ".doc", ".pdf", ".dotx", ".odt", ".rtf"};

// Page furniture by shape: "Side 3 af 12", "3 af 12", "3", "- 3 -", "3/12",
// "Page 3 of 12". Digits are folded to '#' first.
bool is_page_number(std::string_view text) {
  std::string t;
  for (char c : collapse_space(text)) {
    const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (l >= '0' && l <= '9') {
      if (t.empty() || t.back() != '#') t += '#';
    } else {
      t += l;
    }
  }
  static constexpr const char* k_shapes[] = {"side # af #", "side #", "# af #", "#", "- # -",
                                             "#/#", "# / #", "page # of #", "page #", "s. #",
                                             "side # af # sider", "side: #", "(#)"};
  return std::any_of(std::begin(k_shapes), std::end(k_shapes), [&](const char* s) { return t == s; });
}

// A document's own file path, as Word's FILENAME field prints it in a
// footer: "C:\Users\sekretariat\Referater\2024-02-08.docx",
// "\\server\share\referat.doc", "/home/x/referat.pdf". Dropped from a
// page's margin even on a single page, where no repetition shows it.
bool is_file_path(std::string_view text) {
  const std::string t = collapse_space(text);
  if (t.empty()) return false;
  const bool drive = t.size() > 3 && std::isalpha(static_cast<unsigned char>(t[0])) && t[1] == ':' &&
                     (t[2] == '\\' || t[2] == '/');
  const bool unc = t.rfind("\\\\", 0) == 0;
  if (drive || unc) return true;
  std::string lower = t;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool document = std::any_of(std::begin(k_document_extensions), std::end(k_document_extensions),
                                    [&](const char* e) { return lower.ends_with(e); });
  return document && (t.find('\\') != std::string::npos || t.find('/') != std::string::npos);
}

// A line's text with digits folded, for finding running headers whose page
// number changes.
std::string furniture_key(const Line& line) {
  std::string t;
  for (const Segment& s : line.segments) {
    for (char c : s.text) {
      if (c >= '0' && c <= '9') {
        if (t.empty() || t.back() != '#') t += '#';
      } else {
        t += c;
      }
    }
    t += '|';
  }
  return t + std::to_string(static_cast<long>(std::lround(line.y0 / 4)));
}

void add_word(std::string& text, const Word& prev, const Word& w) {
  const double gap = w.x0 - prev.x1;
  if (prev.space_after || gap > 0.15 * std::max(w.size, 1.0)) text += ' ';
  text += w.text;
}

// Groups a page's words into lines (vertical overlap) and each line into
// segments (horizontal gaps wider than 1.6 em).
std::vector<Line> make_lines(std::vector<Word> words, int page) {
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    return (a.y0 + a.y1) < (b.y0 + b.y1);
  });
  std::vector<Line> lines;
  // A word joins a line when its vertical middle is near the line's: the
  // line's own middle and height are the running means of its words', so
  // one tall box (a big initial, a bad bbox) cannot make the line swallow
  // the lines below it.
  struct Band {
    double middle, height;
    std::size_t n;
  };
  std::vector<Band> bands;
  for (Word& w : words) {
    const double h = std::max(w.y1 - w.y0, 0.1);
    const double middle = (w.y0 + w.y1) / 2;
    std::size_t target = lines.size();
    // Only the last lines can take a word that comes later in y order.
    for (std::size_t k = lines.size(); k > 0 && k + 3 > lines.size(); --k) {
      const Band& b = bands[k - 1];
      if (std::abs(middle - b.middle) < 0.5 * std::min(h, b.height)) {
        target = k - 1;
        break;
      }
    }
    if (target == lines.size()) {
      lines.emplace_back();
      bands.push_back({middle, h, 0});
      lines.back().y0 = w.y0;
      lines.back().y1 = w.y1;
      lines.back().page = page;
    }
    Line& l = lines[target];
    Band& b = bands[target];
    b.middle = (b.middle * static_cast<double>(b.n) + middle) / static_cast<double>(b.n + 1);
    b.height = (b.height * static_cast<double>(b.n) + h) / static_cast<double>(b.n + 1);
    ++b.n;
    l.y0 = std::min(l.y0, w.y0);
    l.y1 = std::max(l.y1, w.y1);
    l.words.push_back(std::move(w));
  }
  for (Line& l : lines) {
    std::sort(l.words.begin(), l.words.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
    l.x0 = l.words.front().x0;
    l.x1 = l.words.back().x1;
    std::map<long, std::size_t> sizes;
    std::size_t bold_chars = 0;
    // The line's typical word gap: a cell gap stands out against it even
    // when it is narrow (a table cell's text running up to its padding),
    // while the stretched gaps of a justified line are all alike.
    std::vector<double> gaps;
    for (std::size_t i = 1; i < l.words.size(); ++i) gaps.push_back(l.words[i].x0 - l.words[i - 1].x1);
    double typical = -1;
    if (gaps.size() >= 3) {
      std::vector<double> sorted = gaps;
      std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(sorted.size() / 2), sorted.end());
      typical = sorted[sorted.size() / 2];
    }
    for (std::size_t i = 0; i < l.words.size(); ++i) {
      const Word& w = l.words[i];
      sizes[std::lround(w.size * 2)] += w.text.size();
      l.chars += w.text.size();
      if (w.bold) bold_chars += w.text.size();
      const double em = std::max(w.size, 1.0);
      const double gap = i == 0 ? 0 : gaps[i - 1];
      const double usual = typical >= 0 ? std::max(typical, 0.2 * em) : 0.35 * em;
      if (i == 0 || gap > 1.6 * em || (gap > 0.8 * em && gap > 2.5 * usual)) {
        l.segments.push_back({w.text, w.x0, w.x1});
      } else {
        add_word(l.segments.back().text, l.words[i - 1], w);
        l.segments.back().x1 = w.x1;
      }
    }
    l.size = static_cast<double>(std::max_element(sizes.begin(), sizes.end(), [](const auto& a, const auto& b) {
                                   return a.second < b.second;
                                 })->first) / 2;
    l.bold = bold_chars == l.chars;
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.y0 < b.y0; });
  return lines;
}

// The size most characters have, of characters counted by size in half points.
double most_common_size(const std::map<long, std::size_t>& by_size) {
  double body = 0;
  std::size_t most = 0;
  for (const auto& [size, chars] : by_size)
    if (chars > most) {
      most = chars;
      body = static_cast<double>(size) / 2;
    }
  return body;
}

// The size most characters of `pages` have (to half a point).
double body_size(const std::vector<std::vector<Line>>& pages) {
  std::map<long, std::size_t> by_size;
  for (const auto& p : pages)
    for (const Line& l : p) by_size[std::lround(l.size * 2)] += l.chars;
  return most_common_size(by_size);
}

// Removes running headers and footers: lines in the top or bottom 12% of a
// page that repeat (digits folded, same height) on at least half the pages;
// lines there in a smaller size than the body text that stand on every page
// but the first (Word's "different first page": the letterhead page has no
// running header, so a two-page document shows it once); and page numbers
// ("Side 3 af 12") and the file's path there.
void drop_furniture(std::vector<std::vector<Line>>& pages, const std::vector<double>& heights) {
  std::map<std::string, std::set<std::size_t>> seen;
  auto in_margin = [&](const Line& l, std::size_t p) {
    return l.y1 < 0.12 * heights[p] || l.y0 > 0.88 * heights[p];
  };
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (const Line& l : pages[p])
      if (in_margin(l, p)) seen[furniture_key(l)].insert(p);
  const std::size_t needed = std::max<std::size_t>(2, (pages.size() + 1) / 2);
  const double body = body_size(pages);
  auto after_first = [&](const std::set<std::size_t>& on) {
    return pages.size() >= 2 && !on.count(0) && on.size() == pages.size() - 1;
  };
  for (std::size_t p = 0; p < pages.size(); ++p) {
    auto& lines = pages[p];
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [&](const Line& l) {
                                 if (!in_margin(l, p)) return false;
                                 const auto& on = seen[furniture_key(l)];
                                 if (on.size() >= needed) return true;
                                 if (l.size < body - 0.75 && after_first(on)) return true;
                                 std::string all;
                                 for (const Segment& s : l.segments) all += s.text + " ";
                                 return is_page_number(all) || is_file_path(all);
                               }),
                lines.end());
  }
}

bool is_bullet(std::string_view s) {
  return std::any_of(std::begin(k_bullets), std::end(k_bullets), [&](const char* b) { return s == b; });
}

// Builds blocks from the lines of all pages.
class BlockBuilder {
 public:
  BlockBuilder(double right_edge, std::vector<double> heading_sizes)
      : right_edge_(right_edge), heading_sizes_(std::move(heading_sizes)) {}

  void add(Line line) {
    // A bullet glyph, or a list number cut off by the hanging indent's gap,
    // belongs to the line's text.
    bool bullet = false;
    if (line.segments.size() >= 2 && is_bullet(line.segments[0].text)) {
      bullet = true;
      line.segments.erase(line.segments.begin());
      line.x0 = line.segments[0].x0;
    } else if (!line.segments.empty()) {
      std::string& t = line.segments[0].text;
      for (const char* b : k_bullets) {
        const std::string p = std::string(b) + " ";
        if (t.size() > p.size() && t.compare(0, p.size(), p) == 0 && std::string_view(b) != "-" &&
            std::string_view(b) != "\xE2\x80\x93") {
          t.erase(0, p.size());
          bullet = true;
          break;
        }
      }
    }
    if (line.segments.size() == 2 && is_list_number(line.segments[0].text)) {
      line.segments[1].text = line.segments[0].text + " " + line.segments[1].text;
      line.segments[1].x0 = line.segments[0].x0;
      line.segments.erase(line.segments.begin());
    }
    const int level = heading_level(line);
    if (line.segments.size() >= 2 && level == 0) {
      if (open_ && open_->kind == BlockKind::table_row && continues_row(line)) {
        append_to_row(line);
        return;
      }
      close();
      Block b;
      b.kind = BlockKind::table_row;
      b.page = line.page;
      b.bold = line.bold;
      for (const Segment& s : line.segments) b.cells.push_back(s.text);
      open_ = std::move(b);
      cell_x_.clear();
      for (const Segment& s : line.segments) cell_x_.push_back(s.x0);
      last_ = line;
      return;
    }
    if (open_ && open_->kind == BlockKind::table_row && continues_row(line)) {
      append_to_row(line);
      return;
    }
    const std::string text = line.segments.empty() ? std::string() : line.segments[0].text;
    const BlockKind kind = level > 0 ? BlockKind::heading : bullet ? BlockKind::list_item : BlockKind::paragraph;
    // A line opening with the number after the one the last numbered line
    // opened with ("55. Beslutning om ... område" / "56. Status på ...", "4
    // (Åben) Principper ... 9" / "5 (Åben) Forslag ...", "4) Besøg af ..." /
    // "Drøftet. ..." / "5) Økonomi. ...") starts the next entry of a list, an
    // agenda or a table of contents, a paragraph of its own as in the Word
    // file: the line above ended there, however close to the margin it came
    // (a short number fits at the end of almost any line, so the wrap test
    // alone would join them). Running text wraps onto such a number by chance
    // only.
    const std::optional<int> number = entry_number(line);
    const bool next_entry = number && last_number_ && *number > *last_number_ && *number <= *last_number_ + 3;
    if (number) last_number_ = number;
    if (open_ && !bullet && !next_entry && continues_paragraph(line, level)) {
      join_line(text, wraps(line));
      last_ = line;
      return;
    }
    close();
    Block b;
    b.kind = kind;
    b.level = level;
    b.bold = line.bold;
    b.page = line.page;
    b.text = text;
    open_ = std::move(b);
    last_ = line;
  }

  std::vector<Block> finish() {
    close();
    return std::move(blocks_);
  }

 private:
  static bool is_list_number(std::string_view s) {
    // "1.", "12.", "a)", "b.", "(3)"
    if (s.empty() || s.size() > 5) return false;
    const char end = s.back();
    if (end != '.' && end != ')') return false;
    return std::all_of(s.begin(), s.end() - 1, [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '(';
    });
  }

  int heading_level(const Line& line) const {
    if (line.segments.size() != 1 || line.chars > 200) return 0;
    for (std::size_t i = 0; i < heading_sizes_.size(); ++i)
      if (std::abs(line.size - heading_sizes_[i]) < 0.26) return static_cast<int>(std::min<std::size_t>(i + 1, 6));
    return 0;
  }

  // The next line continues the row when it is close below it and each of
  // its pieces starts at one of the row's cell columns (a cell's text
  // wrapped).
  bool continues_row(const Line& line) const {
    if (line.page != last_.page) return false;
    // A line filling every column is a row of its own (a table of contents
    // or a table without padding), however close below.
    if (line.segments.size() >= cell_x_.size()) return false;
    if (line.y0 - last_.y1 > 0.5 * std::max(line.size, 1.0)) return false;
    for (const Segment& s : line.segments) {
      std::optional<std::size_t> cell;
      for (std::size_t i = 0; i < cell_x_.size(); ++i)
        if (std::abs(s.x0 - cell_x_[i]) < 4) cell = i;
      if (!cell) return false;
      // Text running into the next column's place is no cell's second
      // line: a paragraph after a tab-aligned line ("Sagsnr.: 330-2016 ...
      // Dok.nr.: ... Åbent", then "Kompetence: ..." and the item's text).
      if (*cell + 1 < cell_x_.size() && s.x1 > cell_x_[*cell + 1] - 2) return false;
    }
    return true;
  }

  void append_to_row(const Line& line) {
    for (const Segment& s : line.segments) {
      std::size_t cell = 0;
      for (std::size_t i = 0; i < cell_x_.size(); ++i)
        if (std::abs(s.x0 - cell_x_[i]) < 4) cell = i;
      if (cell >= open_->cells.size()) open_->cells.resize(cell + 1);
      std::string& t = open_->cells[cell];
      join_text(t, s.text, true);
    }
    open_->bold = open_->bold && line.bold;
    last_ = line;
  }

  // Same style, close below (or at the top of the next page after a line
  // that filled its width), not a heading of another level.
  bool continues_paragraph(const Line& line, int level) const {
    if (open_->kind == BlockKind::table_row) return false;
    if ((open_->kind == BlockKind::heading ? open_->level : 0) != level) return false;
    // A heading goes on only where it wrapped: two short headings one under
    // the other with no space between ("Status på Fibernet." / "Hårbølle
    // Havn.", two items) are two paragraphs in the Word file.
    if (level > 0 && line.page == last_.page && !wraps(line)) return false;
    if (line.bold != last_.bold || std::abs(line.size - last_.size) > 0.6) return false;
    if (line.page != last_.page) {
      // Across a page break only the fit test is left, and a line that ends
      // a sentence there more often ends its paragraph too.
      const std::string& t = open_->text;
      const bool sentence_end = !t.empty() && (t.back() == '.' || t.back() == ':' || t.back() == '!' ||
                                               t.back() == '?');
      return line.page == last_.page + 1 && !sentence_end && wraps(line);
    }
    const double gap = line.y0 - last_.y1;
    return gap < 0.45 * std::max(line.size, 1.0) && gap > -0.5 * line.size;
  }

  // Whether the previous line ended only because the next line's first word
  // did not fit (a soft wrap), rather than at a line break.
  bool wraps(const Line& line) const {
    if (line.words.empty()) return false;
    const Word& first = line.words.front();
    const double space = 0.3 * std::max(line.size, 1.0);
    const std::string& t = open_->text;
    if (!t.empty() && t.back() == '-' && last_.x1 > right_edge_ - 4 * std::max(line.size, 1.0)) return true;
    return last_.x1 + space + (first.x1 - first.x0) > right_edge_ - 2;
  }

  // The number a line opens with when a capital or "(" follows it ("56.
  // Status", "5 (Åben) ...", "12) Eventuelt"); not a date's day ("4. juni")
  // nor a year.
  static std::optional<int> entry_number(const Line& line) {
    if (line.words.size() < 2) return std::nullopt;
    std::string_view n = line.words[0].text;
    if (!n.empty() && (n.back() == '.' || n.back() == ')')) n.remove_suffix(1);
    if (n.empty() || n.size() > 3 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::nullopt;
    const std::string& next = line.words[1].text;
    if (next[0] != '(' && !u_isupper(first_char(next))) return std::nullopt;
    return std::stoi(std::string(n));
  }

  static void join_text(std::string& text, const std::string& next, bool soft) {
    if (text.empty()) {
      text = next;
      return;
    }
    if (!soft) {
      text += '\n';
      text += next;
      return;
    }
    if (text.back() == '-') {
      const std::size_t word_start = text.find_last_of(" \n") == std::string::npos ? 0 : text.find_last_of(" \n") + 1;
      const std::size_t next_end = next.find(' ');
      switch (join_at_line_end(std::string_view(text).substr(word_start), std::string_view(next).substr(0, next_end))) {
        case HyphenJoin::remove_hyphen:
          text.pop_back();
          text += next;
          return;
        case HyphenJoin::keep_hyphen:
          text += next;
          return;
        case HyphenJoin::keep_hyphen_and_space:
          break;
      }
    }
    text += ' ';
    text += next;
  }

  void join_line(const std::string& next, bool soft) { join_text(open_->text, next, soft); }

  void close() {
    if (!open_) return;
    Block b = std::move(*open_);
    open_.reset();
    if (b.kind == BlockKind::table_row) {
      b.text.clear();
      for (std::size_t i = 0; i < b.cells.size(); ++i) b.text += (i ? "\t" : "") + b.cells[i];
    }
    if (collapse_space(b.text).empty()) return;
    blocks_.push_back(std::move(b));
  }

  double right_edge_;
  std::vector<double> heading_sizes_;  // distinct heading sizes, largest first
  std::optional<Block> open_;
  std::optional<int> last_number_;  // the number the last numbered line opened with
  std::vector<double> cell_x_;
  Line last_;
  std::vector<Block> blocks_;
};

std::vector<Word> page_words(const poppler::page& page) {
  std::vector<Word> words;
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    if (box.rotation() != 0) continue;  // stamps and margin notes
    std::string text = nfkc(utf8(box.text()));
    // NFKC turns NBSP and other spaces into ' '; a word has none.
    text = collapse_space(text);
    if (text.empty()) continue;
    const poppler::rectf r = box.bbox();
    const bool font = box.has_font_info();
    words.push_back({std::move(text), r.left(), r.top(), r.right(), r.bottom(),
                     font ? box.get_font_size() : r.height(), font && is_bold_font(box.get_font_name()),
                     box.has_space_after()});
  }
  return words;
}

}  // namespace

HyphenJoin join_at_line_end(std::string_view before, std::string_view next_word) {
  if (before.empty() || before.back() != '-') return HyphenJoin::keep_hyphen_and_space;
  const std::string_view stem = before.substr(0, before.size() - 1);
  if (next_word.empty() || stem.empty()) return HyphenJoin::keep_hyphen_and_space;
  for (const char* c : k_conjunctions)
    if (next_word == c) return HyphenJoin::keep_hyphen_and_space;
  const UChar32 a = last_char(stem), b = first_char(next_word);
  // "2024-2025", "Covid-19", "EU-Kommissionen", "e-Sundhed": a real hyphen.
  if (u_isdigit(a) || u_isdigit(b)) return HyphenJoin::keep_hyphen;
  if (u_isupper(b) || u_isupper(a)) return HyphenJoin::keep_hyphen;
  if (u_islower(a) && u_islower(b)) return HyphenJoin::remove_hyphen;
  return HyphenJoin::keep_hyphen;
}

Document read_pdf(std::string_view bytes) {
  silence_poppler();
  // A PDF ends with "%%EOF" (perhaps followed by a line end or a little
  // junk); a file cut short does not.
  if (bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0).find("%%EOF") == std::string_view::npos)
    throw RejectedFile("truncated PDF (no end-of-file marker)");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw RejectedFile("corrupt PDF (cannot be opened)");
  if (doc->is_locked()) throw RejectedFile("encrypted PDF (needs a password)");
  const int n = doc->pages();
  if (n <= 0) throw RejectedFile("PDF without pages");
  Document d;
  d.format = Format::pdf;
  d.pages = n;
  d.title = nfc(collapse_space(utf8(doc->get_title())));
  const int read = std::min(n, k_max_pdf_pages);
  if (read < n)
    d.warnings.push_back("read only the first " + std::to_string(read) + " of " + std::to_string(n) + " pages");
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::vector<Line>> pages;
  std::vector<double> heights;
  std::size_t words = 0, text_bytes = 0;
  for (int i = 0; i < read; ++i) {
    if (std::chrono::steady_clock::now() - start > k_max_pdf_time) {
      d.warnings.push_back("stopped after " + std::to_string(i) + " pages (time limit)");
      break;
    }
    if (text_bytes > k_max_text_bytes) {
      d.warnings.push_back("stopped after " + std::to_string(i) + " pages (text over " +
                           std::to_string(k_max_text_bytes >> 20) + " MB)");
      break;
    }
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) {
      d.warnings.push_back("page " + std::to_string(i + 1) + " unreadable");
      pages.emplace_back();
      heights.push_back(842);
      continue;
    }
    std::vector<Word> w = page_words(*page);
    words += w.size();
    for (const Word& x : w) text_bytes += x.text.size() + 1;
    heights.push_back(std::max(page->page_rect(poppler::media_box).height(), 1.0));
    pages.push_back(w.empty() ? std::vector<Line>() : make_lines(std::move(w), i + 1));
  }
  if (words == 0) throw RejectedFile("no text layer; OCR not enabled");
  drop_furniture(pages, heights);

  // The body size is the size most characters have; larger sizes (by half a
  // point or more, 15% or more) are heading levels, largest first.
  std::map<long, std::size_t> by_size;
  // The text's right margin: where the long lines end. A high percentile,
  // not the maximum, so that a few lines running into the margin (a long
  // URL, a wide table) do not move it.
  std::vector<double> ends;
  for (const auto& p : pages)
    for (const Line& l : p) {
      by_size[std::lround(l.size * 2)] += l.chars;
      if (l.segments.size() == 1 && l.chars >= 30) ends.push_back(l.x1);
    }
  double right_edge = 0;
  if (!ends.empty()) {
    const auto at = ends.begin() + static_cast<long>(ends.size() * 9 / 10);
    std::nth_element(ends.begin(), at, ends.end());
    right_edge = *at;
  }
  const double body = most_common_size(by_size);
  std::vector<double> heading_sizes;
  for (auto it = by_size.rbegin(); it != by_size.rend(); ++it) {
    const double s = static_cast<double>(it->first) / 2;
    if (s >= body * 1.15 && heading_sizes.size() < 6) heading_sizes.push_back(s);
  }
  BlockBuilder builder(right_edge, heading_sizes);
  for (auto& p : pages)
    for (Line& l : p) builder.add(std::move(l));
  d.blocks = builder.finish();
  // Body-size bold lines on their own are section headings ("Beslutning")
  // in Word exports; they stay paragraphs with the bold cue for the
  // recogniser to weigh.
  if (d.blocks.empty()) throw RejectedFile("PDF without text outside page headers and footers");
  for (Block& b : d.blocks) {
    b.text = nfc(b.text);
    for (auto& c : b.cells) c = nfc(c);
  }
  return d;
}

}  // namespace formats
