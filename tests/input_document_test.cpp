// Loading documents: front matter, TimeML, byte order marks and the errors of bad input.
#include <gtest/gtest.h>

#include <date/date.h>

#include "parley/document.hpp"
#include "parley/timeml_markup.hpp"

using namespace date::literals;
using parley::Document;
using parley::DocumentFormat;
using parley::InputError;
using parley::parse_document;

namespace {

// The message of the InputError `bytes` raise, or "" when they load.
std::string load_error(const std::string& bytes, const std::string& name = "doc.txt") {
  try {
    parse_document(bytes, name);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(InputDocument, PlainTextIsTheWholeFile) {
  const Document doc = parse_document("Talks resumed on Monday.\n", "news/vienna-talks.txt");
  EXPECT_EQ(doc.id, "vienna-talks");
  EXPECT_EQ(doc.path, "news/vienna-talks.txt");
  EXPECT_EQ(doc.text, "Talks resumed on Monday.\n");
  EXPECT_EQ(doc.format, DocumentFormat::Plain);
  EXPECT_FALSE(doc.dct);
}

TEST(InputDocument, FrontMatterGivesDctSourceAndId) {
  const Document doc = parse_document(
      "---\ndct: 2021-05-20\nsource: https://example.org/vienna\nid: vienna-4\n---\nThe talks ended yesterday.\n",
      "a.txt");
  EXPECT_EQ(doc.format, DocumentFormat::FrontMatter);
  ASSERT_TRUE(doc.dct);
  EXPECT_EQ(doc.dct->instant, parley::Instant{date::sys_days{2021_y / date::May / 20}});
  EXPECT_EQ(doc.source, "https://example.org/vienna");
  EXPECT_EQ(doc.id, "vienna-4");
  EXPECT_EQ(doc.text, "The talks ended yesterday.\n");  // offsets count from here
}

TEST(InputDocument, FrontMatterWithCrlfAndNullDct) {
  const Document doc = parse_document("---\r\ndct: null\r\n---\r\nText.", "a.txt");
  EXPECT_FALSE(doc.dct);
  EXPECT_EQ(doc.text, "Text.");
  EXPECT_EQ(parse_document("---\n---\nOnly text.", "a.txt").text, "Only text.");
}

TEST(InputDocument, DashesLaterInTheTextAreNotFrontMatter) {
  const Document doc = parse_document("Headline\n---\ndct: 2021-05-20\n---\n", "a.txt");
  EXPECT_EQ(doc.format, DocumentFormat::Plain);
  EXPECT_FALSE(doc.dct);
}

TEST(InputDocument, DctOptionReplacesTheDocumentsOwn) {
  parley::LoadOptions options;
  options.dct = parley::parse_dct("2020-01-02T10:30");
  const Document doc = parse_document("---\ndct: 2021-05-20\n---\nText", "a.txt", options);
  ASSERT_TRUE(doc.dct);
  EXPECT_TRUE(doc.dct->has_time_of_day);
  EXPECT_EQ(doc.dct->text, "2020-01-02T10:30");
}

TEST(InputDocument, ByteOrderMarkIsDropped) {
  EXPECT_EQ(parse_document("\xEF\xBB\xBFHello", "a.txt").text, "Hello");
}

TEST(InputDocument, EmptyFileIsAnEmptyDocument) {
  const Document doc = parse_document("", "empty.txt");
  EXPECT_EQ(doc.text, "");
  EXPECT_EQ(doc.id, "empty");
}

TEST(InputDocument, BadInputNamesFileAndPosition) {
  EXPECT_EQ(load_error("line one\nline \xC3\xA9 two \xE2\x82\n"),
            "doc.txt:2:12: invalid UTF-8 (byte offset 21)");
  EXPECT_EQ(load_error(std::string("PK\x03\x04\0\0", 6), "archive.zip"),
            "archive.zip:1:5: binary file (NUL byte at byte offset 4)");
  EXPECT_EQ(load_error("---\ndct: 2021-05-20\nText without a closing line\n"),
            "doc.txt:1:1: front matter is not closed (no '---' line after it)");
  EXPECT_EQ(load_error("---\nsource: x\ndct: 2021-02-30\n---\nText\n"),
            "doc.txt:3:6: front matter: dct '2021-02-30' is not YYYY-MM-DD[THH:MM[:SS]]");
  EXPECT_EQ(load_error("---\n- just\n- a list\n---\nText\n"), "doc.txt:2:1: front matter: expected 'key: value' lines");
  EXPECT_EQ(load_error("---\ndct: [2021\n---\nText\n").rfind("doc.txt:", 0), 0u);
  EXPECT_NE(load_error("---\ndct: [2021\n---\nText\n").find("front matter:"), std::string::npos);
  EXPECT_EQ(load_error("<TimeML><DCT>x</DCT></TimeML>", "cut.tml"),
            "cut.tml: TimeML file has no complete <TEXT> element");
}

TEST(InputDocument, MissingFileIsBadInput) {
  try {
    parley::load_document("/nonexistent/dir/article.txt");
    FAIL() << "loaded a missing file";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "/nonexistent/dir/article.txt: cannot open: No such file or directory");
  }
}
