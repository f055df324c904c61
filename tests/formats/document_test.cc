// Sniffing by content, and the one-line reasons for files that are refused.
#include "formats/document.h"

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;
using formats::Format;

struct SniffCase {
  const char* name;
  std::string bytes;
  Format format;
};

TEST(SniffFormatTest, ReadsMagicBytesNotNames) {
  const SniffCase cases[] = {
      {"pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", Format::pdf},
      {"pdf after junk", std::string(300, ' ') + "%PDF-1.4\n", Format::pdf},
      {"docx", std::string("PK\x03\x04\x14\0\0\0", 8) + "[Content_Types].xml...word/document.xml", Format::docx},
      {"other zip", std::string("PK\x03\x04\x14\0\0\0", 8) + "referat.txt", Format::text},
      {"doctype", "<!DOCTYPE html>\n<html>", Format::html},
      {"bom, space, upper case", "\xEF\xBB\xBF  \n<HTML lang=da>", Format::html},
      {"comment first", "<!-- saved from url -->\n<html>", Format::html},
      {"xml prolog", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", Format::html},
      {"body only", "<body><p>Referat</p></body>", Format::html},
      {"not a tag", "<htmlx>", Format::text},
      {"markup inside text", "Referat <u>Beslutning</u>", Format::text},
      {"ole", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", Format::text},
      {"rtf", "{\\rtf1\\ansi", Format::text},
      {"text", "REFERAT Direktørforum\nMødedato 8. februar 2024\n", Format::text},
  };
  for (const auto& c : cases) EXPECT_EQ(formats::sniff_format(c.bytes), c.format) << c.name;
}

struct RejectCase {
  const char* file;
  const char* reason;
};

// Each broken fixture (tests/formats/fixtures/broken, made by
// make_fixtures.py) is refused with its own one-line reason.
TEST(ReadDocumentTest, RefusesBrokenDocumentsWithOneLineReasons) {
  const RejectCase cases[] = {
      {"encrypted.pdf", "encrypted PDF (needs a password)"},
      {"truncated.pdf", "truncated PDF (no end-of-file marker)"},
      {"corrupt.pdf", "corrupt PDF (cannot be opened)"},
      {"scanned.pdf", "no text layer; OCR not enabled"},
      {"not-a-docx.docx", "zip archive is not a Word document (no word/document.xml)"},
      {"corrupt.docx", "corrupt DOCX (not a readable zip archive)"},
      {"bomb.docx", "DOCX part word/document.xml too large (over 64 MB uncompressed)"},
      {"legacy.doc", "legacy Word .doc is not supported; save as .docx or PDF"},
      {"referat.rtf", "RTF is not supported; save as .docx or PDF"},
  };
  for (const auto& c : cases) {
    try {
      formats::read_document(fs::path(REFERAT_FORMATS_FIXTURES) / "broken" / c.file);
      ADD_FAILURE() << c.file << " was read";
    } catch (const formats::RejectedFile& e) {
      EXPECT_STREQ(e.what(), c.reason) << c.file;
      EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
    }
  }
}

TEST(ReadDocumentTest, RefusesPasswordProtectedOfficeFilesByName) {
  // A password-protected .docx is an OLE file holding "EncryptedPackage".
  std::string bytes = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + std::string(200, '\0');
  for (char c : std::string("EncryptedPackage")) bytes += std::string{c, '\0'};
  EXPECT_THROW(
      {
        try {
          formats::read_document_bytes(bytes);
        } catch (const formats::RejectedFile& e) {
          EXPECT_STREQ(e.what(), "password-protected Office document is not supported; remove the password");
          throw;
        }
      },
      formats::RejectedFile);
}

TEST(ReadDocumentTest, NamesEachFormat) {
  const fs::path dir = REFERAT_FORMATS_FIXTURES;
  EXPECT_EQ(formats::read_document(dir / "hyphens.pdf").format, Format::pdf);
  EXPECT_EQ(formats::read_document(dir / "features.docx").format, Format::docx);
  EXPECT_EQ(formats::read_document(dir / "000_f3d27487db9cbfb0.html").format, Format::html);
  EXPECT_EQ(formats::read_document(fs::path(REFERAT_SAMPLE_DIR) / "000_f3d27487db9cbfb0.txt").format,
            Format::text);
  EXPECT_EQ(formats::format_name(Format::docx), "docx");
}

}  // namespace

namespace {

// The indexer reads files on several threads at once: every reader must give
// the same blocks on threads as alone (poppler, libxml2 and libzip keep
// process-wide state).
TEST(ReadDocumentTest, ReadsTheSameOnConcurrentThreads) {
  const fs::path dir = REFERAT_FORMATS_FIXTURES;
  std::vector<fs::path> files;
  for (const char* ext : {".pdf", ".docx", ".html"})
    for (const char* name : {"000_f3d27487db9cbfb0", "002_665350f486a11961"}) files.push_back(dir / (std::string(name) + ext));
  auto texts = [](const formats::Document& d) {
    std::string all;
    for (const auto& b : d.blocks) all += std::to_string(b.page) + b.text + "\n";
    return all;
  };
  std::vector<std::string> alone;
  for (const auto& f : files) alone.push_back(texts(formats::read_document(f)));
  std::vector<std::string> threaded(files.size() * 2);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < threaded.size(); ++i)
    threads.emplace_back([&, i] { threaded[i] = texts(formats::read_document(files[i % files.size()])); });
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < threaded.size(); ++i) EXPECT_EQ(threaded[i], alone[i % files.size()]) << files[i % files.size()];
}

}  // namespace

TEST(Utf8HeadTest, CutOffSequenceAtTheEndCounts) {
  const std::pair<std::string, bool> rows[] = {
      {"Direktørforum", true},
      {"Direkt\xc3", true},              // ø cut after its lead byte
      {"Referat \xe2\x80", true},        // – cut after two of three bytes
      {"Direkt\xf8rforum", false},       // windows-1252 ø
      {"Direkt\xc3 rforum", false},      // a cut sequence inside the head
      {"\xc0\xaf", false},               // overlong
      {"", true},
  };
  for (const auto& [head, utf8] : rows) EXPECT_EQ(formats::utf8_head(head), utf8) << head;
}
