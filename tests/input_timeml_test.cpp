// Reading TimeML: the text must be exactly what shared/eval/timeml2jsonl.py extracts, since the
// scorers count offsets in it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "parley/document.hpp"
#include "parley/timeml_markup.hpp"
#include "tests/io_test_data.hpp"

namespace fs = std::filesystem;
using parley::Document;
using Piece = parley::TimemlMarkup::Piece;

namespace {

const char* const sample =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>S1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" functionInDocument=\"CREATION_TIME\">"
    "August 7</TIMEX3></DCT>\n"
    "<TEXT>\nAT&amp;T <EVENT eid=\"e1\">said</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-06\">"
    "Thursday</TIMEX3> it&#8217;s <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998\"/>fine &foo; 3 &lt; 4.\n</TEXT>\n"
    "<TLINK lid=\"l1\" eventInstanceID=\"ei1\" relatedToTime=\"t1\" relType=\"IS_INCLUDED\"/>\n</TimeML>\n";

}  // namespace

TEST(InputTimeml, TextIsTheTextElementWithoutTagsAndWithEntitiesDecoded) {
  const Document doc = parley::parse_document(sample, "corpus/S1.tml");
  EXPECT_EQ(doc.id, "S1");
  EXPECT_EQ(doc.format, parley::DocumentFormat::Timeml);
  EXPECT_EQ(doc.text, "\nAT&T said Thursday it\xE2\x80\x99s fine &foo; 3 < 4.\n");
  ASSERT_TRUE(doc.dct);
  EXPECT_EQ(doc.dct->text, "1998-08-07");
}

TEST(InputTimeml, KeepsAllMarkupButTheOldTimexTags) {
  const Document doc = parley::parse_document(sample, "S1.tml");
  ASSERT_TRUE(doc.timeml);
  const auto& markup = *doc.timeml;
  EXPECT_TRUE(markup.head.ends_with("</DCT>\n<TEXT>"));
  EXPECT_TRUE(markup.tail.starts_with("</TEXT>\n<TLINK lid=\"l1\""));
  std::string rebuilt;
  for (const Piece& piece : markup.body) rebuilt += piece.raw;
  EXPECT_EQ(rebuilt, "\nAT&amp;T <EVENT eid=\"e1\">said</EVENT> Thursday it&#8217;s fine &foo; 3 &lt; 4.\n");
  // The EVENT's tags know the extent of their element: "said" at bytes 6-10.
  const auto open = std::find_if(markup.body.begin(), markup.body.end(),
                                 [](const Piece& p) { return p.raw.starts_with("<EVENT"); });
  ASSERT_NE(open, markup.body.end());
  EXPECT_EQ(open->element_begin, 6u);
  EXPECT_EQ(open->element_end, 10u);
  EXPECT_FALSE(open->closing);
}

TEST(InputTimeml, UnreadableDctIsBadInputUnlessDctIsGiven) {
  std::string text = sample;
  text.replace(text.find("1998-08-07"), 10, "sometime");
  EXPECT_THROW(parley::parse_document(text, "S1.tml"), parley::InputError);
  parley::LoadOptions options;
  options.dct = parley::parse_dct("1998-08-07");
  EXPECT_TRUE(parley::parse_document(text, "S1.tml", options).dct);
}

// Every TBAQ document: the text and DCT parley reads are the gold converter's, byte for byte.
TEST(InputTimeml, MatchesTheGoldConverterOnTbaq) {
  const fs::path shared = PARLEY_SHARED_DIR;
  const fs::path gold_path = shared / "corpora" / "tbaq.jsonl";
  if (!fs::exists(gold_path)) GTEST_SKIP() << "no " << gold_path;
  const auto gold = parley::testing::load_tbaq_gold();
  std::size_t compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(shared / "corpora" / "tbaq")) {
    if (entry.path().extension() != ".tml" || entry.path().filename().string().starts_with("._")) continue;
    const Document doc = parley::load_document(entry.path());
    const auto it = gold.find(doc.id);
    ASSERT_NE(it, gold.end()) << doc.id;
    EXPECT_EQ(doc.text, it->second["text"].get<std::string>()) << doc.id;
    ASSERT_TRUE(doc.dct) << doc.id;
    EXPECT_EQ(doc.dct->text, it->second["dct"].get<std::string>()) << doc.id;
    ++compared;
  }
  EXPECT_EQ(compared, gold.size());
  EXPECT_EQ(compared, 256u);
}

TEST(InputTimeml, ReadsARealTbaqFile) {
  const fs::path file = fs::path(PARLEY_SHARED_DIR) / "corpora/tbaq/TimeBank/ABC19980108.1830.0711.tml";
  if (!fs::exists(file)) GTEST_SKIP() << "no " << file;
  const Document doc = parley::load_document(file);
  EXPECT_EQ(doc.id, "ABC19980108.1830.0711");
  ASSERT_TRUE(doc.dct);
  EXPECT_EQ(doc.dct->text, "1998-01-08");
  EXPECT_TRUE(doc.text.starts_with("\nOn the other hand, it's turning out to be another very bad financial week for Asia."));
  EXPECT_NE(doc.text.find("In the last twenty four hours, the value"), std::string::npos);
  EXPECT_EQ(doc.timeml->body.front().raw, "\nOn the other hand, it's ");
}
