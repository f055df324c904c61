// HTML pages of agenda systems: libxml2's HTML parser (recovering, no
// network), then a walk that turns block elements into blocks and leaves the
// page chrome (navigation, banners, "Udskriv" links) out.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "formats/readers.h"

namespace formats {
namespace {

// Elements whose content is never minutes text.
constexpr std::array k_dropped_elements = {
    "script", "style",  "noscript", "nav",  "aside",  "form",   "button", "select",
    "option", "input",  "textarea", "label", "iframe", "svg",    "canvas", "template",
    "object", "embed",  "map",      "audio", "video",  "dialog", "menu",
};

// An id or class containing one of these marks page chrome: cookie and
// consent banners ("CybotCookiebotDialog", "cookie-consent"), breadcrumbs,
// skip links ("skip-to-content"), menus ("main-menu", "navbar").
constexpr std::array k_chrome_markers = {
    "cookie", "consent", "banner", "breadcrumb", "skip", "menu", "navbar", "navigation", "gdpr",
};

// ARIA roles of page chrome.
constexpr std::array k_chrome_roles = {
    "navigation", "banner", "contentinfo", "search", "menu", "menubar", "dialog",
};

// Whole lines (or link texts) that are agenda-system chrome, lower case, as
// they stand on eDagsorden, FirstAgenda and municipal sites: "Udskriv" (print
// link), "Tilbage til toppen", "Fold dette punkt ind" (item toggles).
constexpr std::array k_chrome_lines = {
    "udskriv",
    "print",
    "udskriv dagsorden",
    "udskriv referat",
    "tilbage til toppen",
    "til toppen",
    "gå til toppen",
    "fold dette punkt ind",
    "fold dette punkt ud",
    "fold punktet ind",
    "fold punktet ud",
    "fold alle punkter ind",
    "fold alle punkter ud",
    "fold alle ind",
    "fold alle ud",
    "se alle dagsordener",
    "se alle dagsordener og referater",
    "spring til indhold",
    "spring til hovedindhold",
    "gå til indhold",
    "gå til hovedindhold",
    "del",
    "del på facebook",
    "del på linkedin",
    "luk",
    "accepter",
    "accepter alle",
    "afvis",
    "afvis alle",
    "tilbage",
};

// Elements that end the running line and start a block of their own.
constexpr std::array k_block_elements = {
    "p",       "div",   "section", "article",   "main",    "blockquote", "dl",    "dt",
    "dd",      "center", "figure", "figcaption", "address", "table",      "tbody", "thead",
    "tfoot",   "caption", "fieldset", "details", "summary", "ul",        "ol",    "pre",
    "body",    "td",    "th",      "hr",        "header",  "footer",     "legend",
};

template <std::size_t N>
bool contains(const std::array<const char*, N>& list, std::string_view s) {
  return std::any_of(list.begin(), list.end(), [&](const char* e) { return s == e; });
}

// A chrome line: its text, without trailing punctuation, in k_chrome_lines.
bool is_chrome_line(std::string_view line) {
  if (line.size() > 40) return false;
  std::string l = lower(line);
  while (!l.empty() && (l.back() == '.' || l.back() == ':' || l.back() == ' ' || l.back() == '!'))
    l.pop_back();
  return contains(k_chrome_lines, l);
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string element_name(const xmlNode* node) {
  return node->name ? std::string(reinterpret_cast<const char*>(node->name)) : std::string();
}

bool is_chrome_element(const xmlNode* node) {
  for (const char* a : {"id", "class"}) {
    const std::string v = lower(attribute(node, a));
    for (const char* m : k_chrome_markers)
      if (v.find(m) != std::string::npos) return true;
  }
  if (contains(k_chrome_roles, lower(attribute(node, "role")))) return true;
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  if (lower(attribute(node, "aria-hidden")) == "true") return true;
  std::string style = lower(attribute(node, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos;
}

// The text of `node` and its descendants, white space collapsed.
std::string plain_text(const xmlNode* node) {
  xmlChar* c = xmlNodeGetContent(node);
  if (c == nullptr) return {};
  std::string s = collapse_space(reinterpret_cast<const char*>(c));
  xmlFree(c);
  return s;
}

// Walks the element tree, collecting inline text into the running block and
// emitting a block at each block boundary.
class Walker {
 public:
  std::vector<Block> take_blocks() {
    flush();
    return std::move(blocks_);
  }
  std::string title;

  void walk_children(const xmlNode* node) {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) walk(c);
  }

  void walk(const xmlNode* node) {
    if (++depth_ > 256) {  // libxml2 bounds depth too; this bounds our stack
      --depth_;
      return;
    }
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content) add_text(reinterpret_cast<const char*>(node->content));
    } else if (node->type == XML_ELEMENT_NODE) {
      element(node);
    }
    --depth_;
  }

 private:
  struct Context {
    BlockKind kind = BlockKind::paragraph;
    int level = 0;
  };

  void element(const xmlNode* node) {
    const std::string name = element_name(node);
    if (name == "head") {
      for (const xmlNode* c = node->children; c != nullptr; c = c->next)
        if (c->type == XML_ELEMENT_NODE && element_name(c) == "title" && title.empty())
          title = nfc(plain_text(c));
      return;
    }
    if (name == "title") return;
    if (contains(k_dropped_elements, name) || is_chrome_element(node)) return;
    // A page's own header and footer are chrome; an article's header holds
    // its title and stays.
    if ((name == "header" || name == "footer") && content_depth_ == 0) return;
    if (name == "br") {
      buffer_ += '\n';
      return;
    }
    if (name == "a" && is_chrome_line(plain_text(node))) return;
    if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
      block(node, {BlockKind::heading, name[1] - '0'});
      return;
    }
    if (name == "li") {
      flush();
      if (!lists_.empty() && lists_.back() > 0) buffer_ = std::to_string(lists_.back()++) + ". ";
      item_start_ = buffer_.size();
      block(node, {BlockKind::list_item, 0});
      return;
    }
    if (name == "ul" || name == "ol") {
      int start = 1;
      if (name == "ol") {
        try {
          start = std::clamp(std::stoi(attribute(node, "start")), 1, 1000000);
        } catch (const std::exception&) {
        }
      }
      lists_.push_back(name == "ol" ? start : 0);
      block(node, {BlockKind::paragraph, 0});
      lists_.pop_back();
      return;
    }
    if (name == "tr") {
      row(node);
      return;
    }
    const bool content = name == "article" || name == "main";
    const bool bold = name == "strong" || name == "b";
    const bool pre = name == "pre";
    content_depth_ += content;
    bold_depth_ += bold;
    pre_depth_ += pre;
    if (contains(k_block_elements, name))
      block(node, {BlockKind::paragraph, 0});
    else
      walk_children(node);
    content_depth_ -= content;
    bold_depth_ -= bold;
    pre_depth_ -= pre;
  }

  // A block element: what came before is a block, and so is its own text.
  void block(const xmlNode* node, Context context) {
    // The first paragraph of a list item (<li><p>Tekst</p></li>) is the
    // item's text, with its number; a heading there stays a heading with
    // the number before its title (<ol start="2"><li><h2>Title</h2></li>,
    // numbered headings as LibreOffice and Word write them to HTML: "2.
    // Title", not "2." over "Title").
    const bool first_in_item = (context.kind == BlockKind::paragraph || context.kind == BlockKind::heading) &&
                               !contexts_.empty() && contexts_.back().kind == BlockKind::list_item &&
                               buffer_.size() == item_start_;
    if (first_in_item && context.kind == BlockKind::paragraph)
      context = contexts_.back();
    else if (!first_in_item && context.kind != BlockKind::list_item)
      flush();
    contexts_.push_back(context);
    walk_children(node);
    flush();
    contexts_.pop_back();
  }

  // A table row: one table_row block with its cells' texts. A row of one
  // cell is a layout table: its content is read as ordinary blocks.
  void row(const xmlNode* node) {
    flush();
    std::vector<const xmlNode*> cells;
    auto collect = [&](const xmlNode* parent, auto&& self) -> void {
      for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        const std::string n = element_name(c);
        if (n == "td" || n == "th")
          cells.push_back(c);
        else if (n == "form" || n == "span" || n == "div")  // broken markup wraps cells
          self(c, self);
      }
    };
    collect(node, collect);
    std::size_t non_empty = 0;
    for (const xmlNode* c : cells) non_empty += !plain_text(c).empty();
    if (non_empty <= 1) {
      for (const xmlNode* c : cells) walk(c);
      return;
    }
    Block b;
    b.kind = BlockKind::table_row;
    bool all_bold = true;
    for (const xmlNode* c : cells) {
      Walker cell;
      cell.content_depth_ = content_depth_;
      cell.depth_ = depth_;
      cell.bold_depth_ = bold_depth_ + (element_name(c) == "th");
      cell.walk_children(c);
      std::string text;
      bool bold = true, any = false;
      for (const Block& sub : cell.take_blocks()) {
        if (!text.empty()) text += '\n';
        text += sub.kind == BlockKind::table_row ? collapse_space(sub.text) : sub.text;
        bold = bold && sub.bold;
        any = true;
      }
      if (any) all_bold = all_bold && bold;
      b.cells.push_back(std::move(text));
    }
    for (std::size_t i = 0; i < b.cells.size(); ++i) b.text += (i ? "\t" : "") + b.cells[i];
    b.bold = all_bold;
    blocks_.push_back(std::move(b));
  }

  void add_text(std::string_view text) {
    if (pre_depth_ > 0) {
      buffer_ += text;
    } else {
      // HTML white space: a run of it is one space; NBSP is kept here (it
      // is not collapsible) and becomes a space in flush().
      for (char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (space) {
          if (!buffer_.empty() && buffer_.back() != ' ' && buffer_.back() != '\n') buffer_ += ' ';
        } else {
          buffer_ += c;
        }
      }
    }
    for (char c : text) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
      ++chars_;
      if (bold_depth_ > 0) ++bold_chars_;
    }
  }

  void flush() {
    const Context context = contexts_.empty() ? Context{} : contexts_.back();
    std::string text;
    std::size_t start = 0;
    while (start <= buffer_.size()) {
      std::size_t end = buffer_.find('\n', start);
      if (end == std::string::npos) end = buffer_.size();
      std::string line = collapse_space(std::string_view(buffer_).substr(start, end - start));
      if (!line.empty() && !is_chrome_line(line)) {
        if (!text.empty()) text += '\n';
        text += line;
      }
      start = end + 1;
    }
    if (!text.empty()) {
      Block b;
      b.kind = context.kind;
      b.level = context.level;
      b.bold = chars_ > 0 && bold_chars_ == chars_;
      b.text = nfc(text);
      blocks_.push_back(std::move(b));
    }
    buffer_.clear();
    chars_ = bold_chars_ = 0;
    item_start_ = std::string::npos;
  }

  std::vector<Block> blocks_;
  std::vector<Context> contexts_;
  std::vector<int> lists_;  // per open list: next number of an <ol>, 0 for <ul>
  std::string buffer_;
  std::size_t item_start_ = std::string::npos;  // buffer size right after an <li>'s number
  std::size_t chars_ = 0, bold_chars_ = 0;
  int depth_ = 0, content_depth_ = 0, bold_depth_ = 0, pre_depth_ = 0;
};

// The charset the page declares in its first 4 KB (<meta charset=...> or
// http-equiv content="...; charset=..."), lower case; empty when none.
std::string declared_charset(std::string_view bytes) {
  const std::string head = lower(std::string(bytes.substr(0, 4096)));
  for (std::size_t at = head.find("charset"); at != std::string::npos;
       at = head.find("charset", at + 7)) {
    std::size_t i = at + 7;
    while (i < head.size() && head[i] == ' ') ++i;
    if (i >= head.size() || head[i] != '=') continue;
    ++i;
    while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\'')) ++i;
    std::size_t j = i;
    while (j < head.size() && (std::isalnum(static_cast<unsigned char>(head[j])) || head[j] == '-' ||
                               head[j] == '_' || head[j] == ':' || head[j] == '.'))
      ++j;
    if (j > i) return head.substr(i, j - i);
  }
  return {};
}

// The page as UTF-8: BOM, then the declared charset, then UTF-8 if valid,
// else Windows-1252 (which WHATWG also reads for "iso-8859-1" and "ascii").
std::string page_utf8(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return std::string(bytes.substr(3));
  if (bytes.substr(0, 2) == "\xFF\xFE") return to_utf8(bytes.substr(2), "UTF-16LE");
  if (bytes.substr(0, 2) == "\xFE\xFF") return to_utf8(bytes.substr(2), "UTF-16BE");
  std::string charset = declared_charset(bytes);
  if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" ||
      charset == "ascii" || charset == "iso8859-1")
    charset = "windows-1252";
  if ((charset.empty() || charset == "utf-8" || charset == "utf8") && valid_utf8(bytes))
    return std::string(bytes);
  if (charset.empty() || charset == "utf-8" || charset == "utf8") charset = "windows-1252";
  try {
    return to_utf8(bytes, charset.c_str());
  } catch (const RejectedFile&) {
    return to_utf8(bytes, "windows-1252");
  }
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

Document read_html(std::string_view bytes) {
  init_libxml();
  const std::string utf8 = page_utf8(bytes);
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | HTML_PARSE_IGNORE_ENC |
                      HTML_PARSE_COMPACT;
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options));
  if (!doc) throw RejectedFile("corrupt HTML (cannot be parsed)");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) throw RejectedFile("HTML page without text");
  Walker walker;
  walker.walk(root);
  Document d;
  d.format = Format::html;
  d.blocks = walker.take_blocks();
  d.title = walker.title;
  cap_text(d);
  if (d.blocks.empty()) throw RejectedFile("HTML page without text");
  return d;
}

}  // namespace formats
