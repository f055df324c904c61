// The HTML reader: page chrome left out, charsets, structure cues.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "formats/document.h"
#include "formats/readers.h"

namespace {

using formats::BlockKind;

// Blocks as "kind[level][*] text" lines, for compact expectations.
std::vector<std::string> shape(const formats::Document& d) {
  std::vector<std::string> out;
  for (const auto& b : d.blocks) {
    std::string s = b.kind == BlockKind::heading     ? "h" + std::to_string(b.level)
                    : b.kind == BlockKind::list_item ? "li"
                    : b.kind == BlockKind::table_row ? "tr"
                                                     : "p";
    if (b.bold) s += "*";
    out.push_back(s + " " + b.text);
  }
  return out;
}

struct HtmlCase {
  const char* name;
  std::string html;
  std::vector<std::string> blocks;
};

TEST(HtmlReaderTest, ReadsStructureAndDropsChrome) {
  const HtmlCase cases[] = {
      {"chrome",
       "<html><head><title>Referat</title><style>p{}</style><script>var x='Punkt';</script></head><body>"
       "<div id='CybotCookiebotDialog'>Vi bruger cookies <button>OK</button></div>"
       "<a class='skip-link' href='#c'>Gå til indhold</a>"
       "<header><nav><a href='/'>Forside</a></nav></header>"
       "<div class='breadcrumb'>Forside &gt; Møder</div>"
       "<ul class='main-menu'><li>Politik</li></ul>"
       "<main><p><a href='#'>Udskriv</a></p><h1>Referat</h1><p>Godkendt.</p>"
       "<p>Tilbage til toppen</p><a href='#'>Fold dette punkt ind</a></main>"
       "<aside>Se også</aside><form><label>Søg</label><input></form>"
       "<footer>Region Nordjylland</footer><noscript>Slå JavaScript til</noscript></body></html>",
       {"h1 Referat", "p Godkendt."}},
      {"headings and bold",
       "<body><h2>Punkt 1: Deltagere</h2><h3>Beslutning</h3><p><strong>Indstilling</strong></p>"
       "<p><b>Delvis</b> fed</p><p><strong>Hele</strong> <b>linjen</b></p></body>",
       {"h2 Punkt 1: Deltagere", "h3 Beslutning", "p* Indstilling", "p Delvis fed", "p* Hele linjen"}},
      {"tables",
       "<body><table><tr><th>Mødedato</th><td>8. februar 2024</td></tr>"
       "<tr><td>Deltagere</td><td>Eva Knudsen<br>Bente Graversen</td></tr>"
       "<tr><td colspan=2>Én celle: layout</td></tr></table></body>",
       {"tr Mødedato\t8. februar 2024", "tr Deltagere\tEva Knudsen\nBente Graversen", "p Én celle: layout"}},
      {"lists",
       "<body><ol><li>Godkender dagsordenen</li><li>Tager <em>status</em> til efterretning</li></ol>"
       "<ol start='5'><li>Femte</li></ol><ul><li>Punkt<ul><li>Underpunkt</li></ul></li></ul></body>",
       {"li 1. Godkender dagsordenen", "li 2. Tager status til efterretning", "li 5. Femte", "li Punkt",
        "li Underpunkt"}},
      {"paragraphs in list items",
       "<body><ol><li><p>Godkender</p></li><li><div><p>Tager</p></div><p>mere</p></li></ol></body>",
       {"li 1. Godkender", "li 2. Tager", "p mere"}},
      // Numbered headings as LibreOffice and Word write them to HTML.
      {"a heading in a numbered list item keeps its number",
       "<body><ol start='2'><li><h2 class='western'>Opfølgning på quiz</h2></li></ol><p>Det gik godt</p>"
       "<ul><li><h3>Eventuelt</h3></li></ul></body>",
       {"h2 2. Opfølgning på quiz", "p Det gik godt", "h3 Eventuelt"}},
      {"lines, spaces and nbsp",
       "<body><p>Linje&nbsp;et<br/>\n   linje\n to</p><div>Tekst  i\tdiv<div>indre</div>efter</div></body>",
       {"p Linje et\nlinje to", "p Tekst i div", "p indre", "p efter"}},
      {"article header kept, page header dropped",
       "<body><header>Sitets navn</header><article><header><h1>Referat</h1></header><p>Tekst</p>"
       "</article><div hidden>Skjult</div><div style='display: none'>Skjult</div>"
       "<div aria-hidden='true'>Skjult</div></body>",
       {"h1 Referat", "p Tekst"}},
      {"recovers from broken markup",
       "<body><p>Åben <b>fed<p>Næste</i></table>slut", {"p Åben fed", "p Næsteslut"}},
  };
  for (const auto& c : cases) EXPECT_EQ(shape(formats::read_html(c.html)), c.blocks) << c.name;
}

struct CharsetCase {
  const char* name;
  std::string bytes;
  const char* text;
};

TEST(HtmlReaderTest, ReadsTheDeclaredCharset) {
  const CharsetCase cases[] = {
      {"meta http-equiv windows-1252",
       "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
       "</head><body><p>M\xF8\x64\x65 \x96 \xE6\xF8\xE5</p></body></html>",
       "Møde – æøå"},
      {"meta charset iso-8859-1 is read as windows-1252",
       "<html><head><meta charset='ISO-8859-1'></head><body><p>\x80 \xC6\xD8\xC5</p></body></html>", "€ ÆØÅ"},
      {"meta charset utf-8", "<html><head><meta charset=\"utf-8\"></head><body><p>Møde</p></body></html>", "Møde"},
      {"none, valid UTF-8", "<html><body><p>Møde æøå</p></body></html>", "Møde æøå"},
      {"none, not UTF-8", "<html><body><p>M\xF8\x64\x65</p></body></html>", "Møde"},
      {"declared UTF-8 but not", "<html><head><meta charset=utf-8></head><body><p>M\xF8\x64\x65</p></body></html>",
       "Møde"},
      {"BOM", "\xEF\xBB\xBF<html><body><p>Møde</p></body></html>", "Møde"},
      {"entities", "<html><body><p>&aelig;&oslash;&aring; &amp; &#8594;</p></body></html>", "æøå & →"},
  };
  for (const auto& c : cases) {
    const formats::Document d = formats::read_html(c.bytes);
    ASSERT_EQ(d.blocks.size(), 1u) << c.name;
    EXPECT_EQ(d.blocks[0].text, c.text) << c.name;
  }
}

TEST(HtmlReaderTest, KeepsTheTitleAndRefusesAPageOfChromeOnly) {
  EXPECT_EQ(formats::read_html("<html><head><title> Referat  8.\n februar </title></head><body><p>x</p>").title,
            "Referat 8. februar");
  EXPECT_THROW(formats::read_html("<html><body><nav>Menu</nav><footer>Kontakt</footer></body></html>"),
               formats::RejectedFile);
}

TEST(HtmlReaderTest, SampleInWindows1252KeepsDanishLetters) {
  const formats::Document d =
      formats::read_document(std::string(REFERAT_FORMATS_FIXTURES) + "/002_665350f486a11961.html");
  ASSERT_FALSE(d.blocks.empty());
  EXPECT_EQ(d.blocks[0].text, "Møde\tKlyngestyregruppe Midt");
}

}  // namespace
