// DOCX: word/document.xml (with styles.xml and numbering.xml) read from the
// zip with libzip and parsed with libxml2. Runs are joined without spaces;
// deleted text, field instructions and comment marks are left out; headings
// come from outline levels and style names; list numbers are rebuilt.
// Headers and footers live in their own parts, which are not read.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "formats/readers.h"

namespace formats {
namespace {

struct ZipClose {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileClose {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDoc = std::unique_ptr<xmlDoc, DocFree>;

// Opens the archive over `bytes` (which must outlive it).
std::unique_ptr<zip_t, ZipClose> open_zip(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    throw RejectedFile("corrupt DOCX (not a readable zip archive)");
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (archive == nullptr) {
    zip_source_free(source);
    throw RejectedFile("corrupt DOCX (not a readable zip archive)");
  }
  return std::unique_ptr<zip_t, ZipClose>(archive);
}

// The uncompressed bytes of part `name`, read to at most
// k_max_docx_part_bytes whatever the archive claims; nullopt if absent.
std::optional<std::string> read_part(zip_t* archive, const char* name) {
  const zip_int64_t index = zip_name_locate(archive, name, 0);
  if (index < 0) return std::nullopt;
  std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
  if (!file) throw RejectedFile(std::string("corrupt DOCX (cannot open ") + name + ")");
  std::string out;
  std::array<char, 65536> buffer;
  while (true) {
    const zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
    if (n < 0) throw RejectedFile(std::string("corrupt DOCX (cannot read ") + name + ")");
    if (n == 0) break;
    out.append(buffer.data(), static_cast<std::size_t>(n));
    if (out.size() > k_max_docx_part_bytes)
      throw RejectedFile(std::string("DOCX part ") + name + " too large (over " +
                         std::to_string(k_max_docx_part_bytes >> 20) + " MB uncompressed)");
  }
  return out;
}

XmlDoc parse_xml(const std::string& xml, const char* name) {
  // No XML_PARSE_NOENT: entities are not expanded (no billion laughs), and
  // no XML_PARSE_HUGE: libxml2 keeps its depth and text-node limits.
  XmlDoc doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), name, nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                               XML_PARSE_COMPACT));
  return doc;
}

std::string_view local(const xmlNode* node) {
  return node->name ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

bool is(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && local(node) == name;
}

const xmlNode* child(const xmlNode* node, std::string_view name) {
  if (node == nullptr) return nullptr;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next)
    if (is(c, name)) return c;
  return nullptr;
}

// An attribute by local name (w:val, w:styleId), namespaces ignored.
std::optional<std::string> attr(const xmlNode* node, const char* name) {
  if (node == nullptr) return std::nullopt;
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return std::nullopt;
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

int int_attr(const xmlNode* node, const char* name, int fallback) {
  const auto v = attr(node, name);
  if (!v) return fallback;
  try {
    return std::stoi(*v);
  } catch (const std::exception&) {
    return fallback;
  }
}

// <w:b/>, <w:b w:val="1"/> on; <w:b w:val="0"/> or "false" off.
std::optional<bool> toggle(const xmlNode* rpr, std::string_view name) {
  const xmlNode* b = child(rpr, name);
  if (b == nullptr) return std::nullopt;
  const auto v = attr(b, "val");
  return !v || (*v != "0" && *v != "false" && *v != "off");
}

struct Style {
  std::string name;  // lower case
  std::string based_on;
  std::optional<int> outline;  // 0-based outline level
  std::optional<bool> bold;
  std::optional<int> num_id, ilvl;
};

struct Level {
  int start = 1;
  std::string format = "decimal";
  std::string text = "%1.";
};

struct Numbering {
  std::map<int, std::array<Level, 9>> abstracts;
  std::map<int, int> num_to_abstract;
  std::map<int, std::map<int, int>> start_overrides;  // numId -> ilvl -> start
};

std::map<std::string, Style> read_styles(const std::optional<std::string>& xml) {
  std::map<std::string, Style> styles;
  if (!xml) return styles;
  XmlDoc doc = parse_xml(*xml, "styles.xml");
  if (!doc) return styles;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  for (const xmlNode* s = root ? root->children : nullptr; s != nullptr; s = s->next) {
    if (!is(s, "style")) continue;
    Style st;
    st.name = lower(attr(child(s, "name"), "val").value_or(""));
    st.based_on = attr(child(s, "basedOn"), "val").value_or("");
    const xmlNode* ppr = child(s, "pPr");
    if (const xmlNode* o = child(ppr, "outlineLvl")) st.outline = int_attr(o, "val", 9);
    if (const xmlNode* np = child(ppr, "numPr")) {
      if (const xmlNode* n = child(np, "numId")) st.num_id = int_attr(n, "val", 0);
      if (const xmlNode* l = child(np, "ilvl")) st.ilvl = int_attr(l, "val", 0);
    }
    st.bold = toggle(child(s, "rPr"), "b");
    styles[attr(s, "styleId").value_or("")] = std::move(st);
  }
  return styles;
}

Numbering read_numbering(const std::optional<std::string>& xml) {
  Numbering n;
  if (!xml) return n;
  XmlDoc doc = parse_xml(*xml, "numbering.xml");
  if (!doc) return n;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  for (const xmlNode* e = root ? root->children : nullptr; e != nullptr; e = e->next) {
    if (is(e, "abstractNum")) {
      auto& levels = n.abstracts[int_attr(e, "abstractNumId", -1)];
      for (const xmlNode* l = e->children; l != nullptr; l = l->next) {
        if (!is(l, "lvl")) continue;
        const int i = int_attr(l, "ilvl", -1);
        if (i < 0 || i > 8) continue;
        // Bounded, so that counting on from a hostile start cannot overflow.
        levels[i].start = std::clamp(int_attr(child(l, "start"), "val", 1), 0, 1000000);
        levels[i].format = attr(child(l, "numFmt"), "val").value_or("decimal");
        levels[i].text = attr(child(l, "lvlText"), "val").value_or("");
      }
    } else if (is(e, "num")) {
      const int id = int_attr(e, "numId", -1);
      n.num_to_abstract[id] = int_attr(child(e, "abstractNumId"), "val", -1);
      for (const xmlNode* o = e->children; o != nullptr; o = o->next) {
        if (!is(o, "lvlOverride")) continue;
        if (const xmlNode* s = child(o, "startOverride"))
          n.start_overrides[id][int_attr(o, "ilvl", 0)] = std::clamp(int_attr(s, "val", 1), 0, 1000000);
      }
    }
  }
  return n;
}

std::string roman(int n, bool upper) {
  static constexpr std::pair<int, const char*> k_numerals[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
      {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
  std::string out;
  n = std::clamp(n, 1, 3999);
  for (const auto& [value, text] : k_numerals)
    for (; n >= value; n -= value) out += text;
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string format_number(int n, std::string_view format) {
  if (format == "lowerLetter" || format == "upperLetter") {
    // Word repeats the letter past z: aa, bb, ...
    const int k = std::max(n, 1) - 1;
    const char c = static_cast<char>((format == "lowerLetter" ? 'a' : 'A') + k % 26);
    return std::string(static_cast<std::size_t>(std::min(k / 26 + 1, 10)), c);
  }
  if (format == "lowerRoman") return roman(n, false);
  if (format == "upperRoman") return roman(n, true);
  if (format == "decimalZero" && n < 10) return "0" + std::to_string(n);
  return std::to_string(n);
}

class Reader {
 public:
  Reader(std::map<std::string, Style> styles, Numbering numbering)
      : styles_(std::move(styles)), numbering_(std::move(numbering)) {}

  // Blocks of the children of w:body, a table cell or a content control.
  void body(const xmlNode* node, std::vector<Block>& out) {
    if (++depth_ > 64) {  // nested tables and controls, bounded
      --depth_;
      return;
    }
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (is(c, "p"))
        paragraph(c, out);
      else if (is(c, "tbl"))
        table(c, out);
      else if (is(c, "sdt"))
        body_of(child(c, "sdtContent"), out);
      else if (is(c, "customXml") || is(c, "ins") || is(c, "moveTo"))
        body(c, out);
    }
    --depth_;
  }

 private:
  void body_of(const xmlNode* node, std::vector<Block>& out) {
    if (node != nullptr) body(node, out);
  }

  // A style property, following w:basedOn (bounded against cycles).
  template <typename T>
  std::optional<T> style_value(const std::string& id, std::optional<T> Style::*field) const {
    std::string current = id;
    for (int guard = 0; guard < 16 && !current.empty(); ++guard) {
      const auto it = styles_.find(current);
      if (it == styles_.end()) break;
      if (it->second.*field) return it->second.*field;
      current = it->second.based_on;
    }
    return std::nullopt;
  }

  // Heading level from the style's name, in English or Danish ("heading 2",
  // "Overskrift 2", "Title"/"Titel"), else from its outline level; 0 if none.
  int style_heading(const std::string& id) const {
    std::string current = id;
    for (int guard = 0; guard < 16 && !current.empty(); ++guard) {
      const auto it = styles_.find(current);
      if (it == styles_.end()) break;
      const std::string& name = it->second.name;
      for (std::string_view prefix : {"heading ", "overskrift "}) {
        if (name.size() == prefix.size() + 1 && name.compare(0, prefix.size(), prefix) == 0 &&
            name.back() >= '1' && name.back() <= '9')
          return std::min(name.back() - '0', 6);
      }
      if (name == "title" || name == "titel") return 1;
      current = it->second.based_on;
    }
    const auto outline = style_value(id, &Style::outline);
    return outline && *outline >= 0 && *outline < 9 ? std::min(*outline + 1, 6) : 0;
  }

  // The number prefix of a numbered paragraph ("3.", "2.a"); empty for a
  // bullet or an unknown list.
  std::string number(int num_id, int ilvl) {
    if (num_id <= 0) return {};
    const auto a = numbering_.num_to_abstract.find(num_id);
    if (a == numbering_.num_to_abstract.end()) return {};
    const auto levels = numbering_.abstracts.find(a->second);
    if (levels == numbering_.abstracts.end()) return {};
    ilvl = std::clamp(ilvl, 0, 8);
    // Counters are shared by every list on the same abstract definition
    // (Word continues numbering across them) unless a list restarts.
    auto& counters = counters_[a->second];
    auto& started = started_[a->second];
    if (!seen_nums_.count(num_id)) {
      seen_nums_.insert({num_id, true});
      const auto o = numbering_.start_overrides.find(num_id);
      if (o != numbering_.start_overrides.end())
        for (const auto& [l, s] : o->second)
          if (l >= 0 && l < 9) {
            counters[l] = s - 1;
            started[l] = true;
          }
    }
    if (!started[ilvl]) {
      counters[ilvl] = levels->second[ilvl].start - 1;
      started[ilvl] = true;
    }
    ++counters[ilvl];
    for (int deeper = ilvl + 1; deeper < 9; ++deeper) started[deeper] = false;
    const Level& level = levels->second[ilvl];
    if (level.format == "bullet" || level.format == "none") return {};
    std::string out;
    for (std::size_t i = 0; i < level.text.size(); ++i) {
      const char c = level.text[i];
      if (c == '%' && i + 1 < level.text.size() && level.text[i + 1] >= '1' && level.text[i + 1] <= '9') {
        const int l = level.text[i + 1] - '1';
        out += format_number(started[l] ? counters[l] : levels->second[l].start,
                             levels->second[l].format);
        ++i;
      } else {
        out += c;
      }
    }
    return out;
  }

  struct Run {
    std::string text;
    std::size_t chars = 0, bold_chars = 0;
  };

  // The visible text of a paragraph's content, fields' results only.
  void content(const xmlNode* node, bool bold_default, Run& run) {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string_view n = local(c);
      if (n == "r") {
        const xmlNode* rpr = child(c, "rPr");
        std::optional<bool> b = toggle(rpr, "b");
        if (!b) {
          if (const xmlNode* rs = child(rpr, "rStyle"))
            b = style_value(attr(rs, "val").value_or(""), &Style::bold);
        }
        const bool bold = b.value_or(bold_default);
        for (const xmlNode* e = c->children; e != nullptr; e = e->next) {
          if (e->type != XML_ELEMENT_NODE) continue;
          const std::string_view en = local(e);
          if (en == "fldChar") {
            const std::string type = attr(e, "fldCharType").value_or("");
            if (type == "begin") {
              fields_.push_back(true);
              ++instructions_;
            } else if (type == "separate" && !fields_.empty() && fields_.back()) {
              fields_.back() = false;
              --instructions_;
            } else if (type == "end" && !fields_.empty()) {
              instructions_ -= fields_.back() ? 1 : 0;
              fields_.pop_back();
            }
            continue;
          }
          if (in_instruction()) continue;
          std::string piece;
          if (en == "t") {
            xmlChar* t = xmlNodeGetContent(e);
            if (t) piece = reinterpret_cast<const char*>(t);
            xmlFree(t);
          } else if (en == "tab" || en == "ptab") {
            piece = "\t";
          } else if (en == "br" || en == "cr") {
            if (attr(e, "type").value_or("") != "page") piece = "\n";
          } else if (en == "noBreakHyphen") {
            piece = "-";
          }
          for (char ch : piece) {
            if (ch == ' ' || ch == '\t' || ch == '\n') continue;
            ++run.chars;
            if (bold) ++run.bold_chars;
          }
          run.text += piece;
        }
      } else if (n == "del" || n == "moveFrom" || n == "pPr" || n == "AlternateContent" ||
                 n == "commentRangeStart" || n == "commentRangeEnd") {
        continue;
      } else if (n == "fldSimple" || n == "hyperlink" || n == "ins" || n == "moveTo" ||
                 n == "smartTag" || n == "customXml" || n == "sdtContent" || n == "bdo" ||
                 n == "dir") {
        if (++depth_ <= 64) content(c, bold_default, run);
        --depth_;
      } else if (n == "sdt") {
        if (const xmlNode* sc = child(c, "sdtContent")) {
          if (++depth_ <= 64) content(sc, bold_default, run);
          --depth_;
        }
      }
    }
  }

  bool in_instruction() const { return instructions_ > 0; }

  void paragraph(const xmlNode* p, std::vector<Block>& out) {
    const xmlNode* ppr = child(p, "pPr");
    const std::string style = attr(child(ppr, "pStyle"), "val").value_or("");
    int level = style_heading(style);
    if (const xmlNode* o = child(ppr, "outlineLvl")) {
      const int l = int_attr(o, "val", 9);
      level = l >= 0 && l < 9 ? std::min(l + 1, 6) : 0;
    }
    std::optional<int> num_id = style_value(style, &Style::num_id);
    std::optional<int> ilvl = style_value(style, &Style::ilvl);
    if (const xmlNode* np = child(ppr, "numPr")) {
      if (const xmlNode* n = child(np, "numId")) num_id = int_attr(n, "val", 0);
      if (const xmlNode* l = child(np, "ilvl")) ilvl = int_attr(l, "val", 0);
    }
    Run run;
    content(p, style_value(style, &Style::bold).value_or(false), run);
    std::string text = run.text;
    // A paragraph without visible text does not count in a list either
    // (Word numbers it, but it shows nothing): skip it before numbering.
    if (collapse_space(text).empty()) return;
    const bool listed = num_id && *num_id > 0;
    const std::string prefix = listed ? number(*num_id, ilvl.value_or(0)) : std::string();
    Block b;
    b.bold = run.chars > 0 && run.bold_chars == run.chars;
    if (level > 0) {
      b.kind = BlockKind::heading;
      b.level = level;
    } else if (listed) {
      b.kind = BlockKind::list_item;
    }
    if (!prefix.empty()) text = prefix + " " + text;
    // Lines: soft breaks inside the paragraph; each line's spaces collapsed.
    std::string lines;
    std::vector<std::string> cells;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string_view line(text.data() + start, end - start);
      start = end + 1;
      // A paragraph laid out with tabs ("Mødedato<TAB>8. februar 2024") is
      // a row of cells, as in the text reader.
      std::string trimmed(line);
      while (!trimmed.empty() && (trimmed.front() == '\t' || trimmed.front() == ' ')) trimmed.erase(0, 1);
      while (!trimmed.empty() && (trimmed.back() == '\t' || trimmed.back() == ' ')) trimmed.pop_back();
      if (b.kind == BlockKind::paragraph && trimmed.find('\t') != std::string::npos && text.find('\n') == std::string::npos) {
        std::size_t c = 0;
        while (true) {
          const std::size_t tab = trimmed.find('\t', c);
          std::string cell = collapse_space(trimmed.substr(c, tab == std::string::npos ? std::string::npos : tab - c));
          if (!cell.empty() || tab != std::string::npos) cells.push_back(std::move(cell));
          if (tab == std::string::npos) break;
          c = tab + 1;
          while (c < trimmed.size() && trimmed[c] == '\t') ++c;  // runs of tabs align one gap
        }
      }
      std::string collapsed = collapse_space(trimmed);
      if (!collapsed.empty()) lines += (lines.empty() ? "" : "\n") + collapsed;
    }
    if (cells.size() > 1) {
      b.kind = BlockKind::table_row;
      for (auto& c : cells) c = nfc(c);
      b.cells = std::move(cells);
      for (std::size_t i = 0; i < b.cells.size(); ++i) b.text += (i ? "\t" : "") + b.cells[i];
    } else {
      b.text = nfc(lines);
    }
    if (!b.text.empty()) out.push_back(std::move(b));
  }

  void table(const xmlNode* tbl, std::vector<Block>& out) {
    if (++depth_ > 64) {
      --depth_;
      return;
    }
    for (const xmlNode* tr = tbl->children; tr != nullptr; tr = tr->next) {
      if (!is(tr, "tr")) continue;
      std::vector<std::vector<Block>> cells;
      for (const xmlNode* tc = tr->children; tc != nullptr; tc = tc->next) {
        if (is(tc, "tc")) {
          cells.emplace_back();
          body(tc, cells.back());
        } else if (is(tc, "sdt")) {
          for (const xmlNode* t = child(child(tc, "sdtContent"), "tc"); t; t = t->next)
            if (is(t, "tc")) {
              cells.emplace_back();
              body(t, cells.back());
            }
        }
      }
      std::size_t non_empty = 0;
      for (const auto& c : cells) non_empty += !c.empty();
      if (non_empty == 0) continue;
      if (non_empty == 1) {
        // A one-cell row is a frame around ordinary text.
        for (auto& c : cells)
          for (auto& b : c) out.push_back(std::move(b));
        continue;
      }
      Block row;
      row.kind = BlockKind::table_row;
      row.bold = true;
      for (const auto& c : cells) {
        std::string text;
        for (const Block& b : c) {
          text += (text.empty() ? "" : "\n") + (b.kind == BlockKind::table_row ? collapse_space(b.text) : b.text);
          row.bold = row.bold && b.bold;
        }
        row.cells.push_back(std::move(text));
      }
      for (std::size_t i = 0; i < row.cells.size(); ++i) row.text += (i ? "\t" : "") + row.cells[i];
      out.push_back(std::move(row));
    }
    --depth_;
  }

  std::map<std::string, Style> styles_;
  Numbering numbering_;
  std::map<int, std::array<int, 9>> counters_;
  std::map<int, std::array<bool, 9>> started_;
  std::map<int, bool> seen_nums_;
  std::vector<bool> fields_;  // open fields: true while in the instruction part
  std::size_t instructions_ = 0;  // open fields still in their instruction part
  int depth_ = 0;
};

std::string core_title(const std::optional<std::string>& xml) {
  if (!xml) return {};
  XmlDoc doc = parse_xml(*xml, "core.xml");
  if (!doc) return {};
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const xmlNode* t = child(root, "title");
  if (t == nullptr) return {};
  xmlChar* c = xmlNodeGetContent(t);
  std::string s = c ? collapse_space(reinterpret_cast<const char*>(c)) : std::string();
  xmlFree(c);
  return nfc(s);
}

}  // namespace

Document read_docx(std::string_view bytes) {
  init_libxml();
  const auto archive = open_zip(bytes);
  const auto main = read_part(archive.get(), "word/document.xml");
  if (!main) throw RejectedFile("zip archive is not a Word document (no word/document.xml)");
  XmlDoc doc = parse_xml(*main, "document.xml");
  if (!doc) throw RejectedFile("corrupt DOCX (word/document.xml is not well-formed XML)");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const xmlNode* body = child(root, "body");
  if (body == nullptr) throw RejectedFile("corrupt DOCX (no w:body in word/document.xml)");
  Reader reader(read_styles(read_part(archive.get(), "word/styles.xml")),
                read_numbering(read_part(archive.get(), "word/numbering.xml")));
  Document d;
  d.format = Format::docx;
  reader.body(body, d.blocks);
  try {
    d.title = core_title(read_part(archive.get(), "docProps/core.xml"));
  } catch (const RejectedFile&) {
    d.warnings.push_back("docProps/core.xml unreadable");
  }
  cap_text(d);
  if (d.blocks.empty()) throw RejectedFile("Word document without text");
  return d;
}

}  // namespace formats
