// The TimeML emitter: TIMEX3 tags put into plain text and into existing TimeML markup, and read
// back by the gold converter the scorers use.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "parley/emit.hpp"
#include "parley/tagger.hpp"
#include "parley/timeml_markup.hpp"
#include "tests/io_test_data.hpp"

namespace fs = std::filesystem;
using namespace parley;
using parley::testing::document_with_dct;
using parley::testing::make_timex;

namespace {

std::string timeml_of(const Document& doc, const TagResult& result, std::size_t* dropped = nullptr) {
  std::ostringstream out;
  const auto n = emit_timeml(out, doc, result);
  if (dropped) *dropped = n;
  return out.str();
}

std::string text_element(const std::string& xml) {
  const auto begin = xml.find("<TEXT>") + 6;
  return xml.substr(begin, xml.find("</TEXT>") - begin);
}

// A gold TIMEX3 from tbaq.jsonl (code point offsets) as a timex parley could have found.
Timex gold_timex(const std::string& text, const nlohmann::json& g) {
  const auto begin = parley::testing::byte_offset(text, g["start"]);
  const auto end = parley::testing::byte_offset(text, g["end"]);
  Timex t = make_timex(text, text.substr(begin, end - begin), g["tid"], g["value"].is_null() ? "" : std::string(g["value"]));
  t.span = Span{begin, end, g["start"], g["end"]};
  const std::string type = g["type"];
  t.time.type = type == "TIME" ? TimexType::Time
              : type == "DURATION" ? TimexType::Duration
              : type == "SET" ? TimexType::Set
              : TimexType::Date;
  return t;
}

}  // namespace

TEST(OutputTimeml, PlainTextBecomesACompleteDocument) {
  const std::string text = "Talks <resumed> yesterday & ended.";
  TagResult result;
  result.timexes.push_back(parley::testing::yesterday_timex(text));
  const std::string xml = timeml_of(document_with_dct(text), result);
  EXPECT_TRUE(xml.starts_with("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>vienna</DOCID>\n"));
  EXPECT_NE(xml.find("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-05-20\" temporalFunction=\"false\" "
                     "functionInDocument=\"CREATION_TIME\">2021-05-20</TIMEX3></DCT>"),
            std::string::npos);
  EXPECT_EQ(text_element(xml),
            "Talks &lt;resumed&gt; <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-05-19\" anchorTimeID=\"t0\">"
            "yesterday</TIMEX3> &amp; ended.");
  EXPECT_TRUE(xml.ends_with("</TEXT>\n</TimeML>\n"));
}

TEST(OutputTimeml, SetAndAnchoredDurationAttributes) {
  const std::string text = "every Wednesday for the past three years";
  TagResult result;
  Timex set = make_timex(text, "every Wednesday", "t1", "XXXX-WXX-3", TimexType::Set);
  set.time.quant = "EVERY";
  set.time.freq = "1X";
  Timex past = make_timex(text, "the past three years", "t2", "P3Y", TimexType::Duration);
  past.time.anchor = "dct";
  past.time.begin_point = "t3";
  past.time.end_point = "dct";
  result.timexes = {set, past};
  EXPECT_EQ(text_element(timeml_of(document_with_dct(text), result)),
            "<TIMEX3 tid=\"t1\" type=\"SET\" value=\"XXXX-WXX-3\" quant=\"EVERY\" freq=\"1X\">every Wednesday</TIMEX3>"
            " for <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3Y\" anchorTimeID=\"t0\" beginPoint=\"t3\" "
            "endPoint=\"t0\">the past three years</TIMEX3>");
}

TEST(OutputTimeml, NoDctIsSaidInAComment) {
  Document doc = document_with_dct("Text.");
  doc.dct.reset();
  const std::string xml = timeml_of(doc, {});
  EXPECT_EQ(xml.find("<DCT>"), std::string::npos);
  EXPECT_NE(xml.find("<!-- no document creation time"), std::string::npos);
}

TEST(OutputTimeml, NestsAroundAndInsideExistingElementsAndDropsCrossingOnes) {
  const std::string tml =
      "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" functionInDocument=\"CREATION_TIME\">"
      "x</TIMEX3></DCT><TEXT><EVENT eid=\"e1\">last week</EVENT> and <SIGNAL sid=\"s1\">early</SIGNAL> "
      "May &amp; <EVENT eid=\"e2\">mid-day talks</EVENT></TEXT><TLINK lid=\"l1\"/></TimeML>";
  const Document doc = parse_document(tml, "n.tml");
  ASSERT_EQ(doc.text, "last week and early May & mid-day talks");
  TagResult result;
  result.timexes = {make_timex(doc.text, "week", "t1", "1998-W31"),         // inside EVENT e1
                    make_timex(doc.text, "early May", "t2", "1998-05"),     // around SIGNAL s1
                    make_timex(doc.text, "May & mid", "t3", "XXXX")};       // crosses EVENT e2
  std::size_t dropped = 0;
  const std::string xml = timeml_of(doc, result, &dropped);
  EXPECT_EQ(dropped, 1u);
  EXPECT_EQ(xml,
            "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" functionInDocument=\"CREATION_TIME\">"
            "x</TIMEX3></DCT><TEXT><EVENT eid=\"e1\">last <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-W31\">week"
            "</TIMEX3></EVENT> and <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-05\"><SIGNAL sid=\"s1\">early"
            "</SIGNAL> May</TIMEX3> &amp; <EVENT eid=\"e2\">mid-day talks</EVENT></TEXT><TLINK lid=\"l1\"/></TimeML>");
}

TEST(OutputTimeml, SpanCoveringAWholeElementGoesAroundIt) {
  const Document doc = parse_document("<TimeML><TEXT>On <EVENT>Monday</EVENT>.</TEXT></TimeML>", "m.tml");
  TagResult result;
  result.timexes = {make_timex(doc.text, "Monday", "t1", "XXXX-WXX-1")};
  EXPECT_EQ(text_element(timeml_of(doc, result)),
            "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX-WXX-1\"><EVENT>Monday</EVENT></TIMEX3>.");
}

// Writes every TBAQ document back with its gold TIMEX3 spans as parley's, converts the result
// with the scorers' own timeml2jsonl.py and expects the same text and the same spans and values.
TEST(OutputTimeml, GoldConverterReadsTheOutputBackOnTbaq) {
  const fs::path shared = PARLEY_SHARED_DIR;
  const fs::path corpus = shared / "corpora" / "tbaq";
  if (!fs::exists(corpus) || std::system("python3 --version >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "needs " << corpus << " and python3";
  const auto gold = parley::testing::load_tbaq_gold();
  const fs::path out_dir = fs::temp_directory_path() / ("parley-timeml-roundtrip-" + std::to_string(::getpid()));
  fs::create_directories(out_dir);
  std::size_t written_timexes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (entry.path().extension() != ".tml" || entry.path().filename().string().starts_with("._")) continue;
    const Document doc = load_document(entry.path());
    TagResult result;
    for (const auto& g : gold.at(doc.id)["gold"]) result.timexes.push_back(gold_timex(doc.text, g));
    std::ofstream(out_dir / entry.path().filename()) << timeml_of(doc, result);
    written_timexes += result.timexes.size();
  }
  const std::string command = "python3 " + (shared / "eval" / "timeml2jsonl.py").string() + " " + out_dir.string() +
                              " 2>/dev/null";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string converted;
  char buffer[65536];
  while (const auto n = std::fread(buffer, 1, sizeof buffer, pipe)) converted.append(buffer, n);
  EXPECT_EQ(::pclose(pipe), 0);
  fs::remove_all(out_dir);

  std::istringstream lines(converted);
  std::size_t documents = 0, timexes = 0;
  for (std::string line; std::getline(lines, line); ++documents) {
    const auto back = nlohmann::json::parse(line);
    const auto& original = gold.at(back["id"].get<std::string>());
    EXPECT_EQ(back["text"], original["text"]) << back["id"];
    EXPECT_EQ(back["dct"], original["dct"]) << back["id"];
    ASSERT_EQ(back["gold"].size(), original["gold"].size()) << back["id"];
    for (std::size_t i = 0; i < back["gold"].size(); ++i, ++timexes)
      for (const char* key : {"start", "end", "text", "type", "value", "tid"})
        EXPECT_EQ(back["gold"][i][key], original["gold"][i][key]) << back["id"] << " " << key;
  }
  EXPECT_EQ(documents, 256u);
  EXPECT_EQ(timexes, written_timexes);
  EXPECT_EQ(timexes, 1822u);
}

// A range follows its last end as TimeML's non-consuming DURATION between the two ends.
TEST(OutputTimeml, ARangeIsAnEmptyDurationAfterItsLastEnd) {
  const std::string round = "The sixth round of talks were held on September 13-15.";
  const Document doc = document_with_dct(round, "2021-10-01");
  const std::string xml = text_element(timeml_of(doc, tag(round, doc.dct)));
  EXPECT_EQ(xml,
            "The sixth round of talks were held on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-09-13\" anchorTimeID=\"t0\">September "
            "13</TIMEX3>-<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2021-09-15\" anchorTimeID=\"t1\">15</TIMEX3>"
            "<TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P3D\" beginPoint=\"t1\" endPoint=\"t2\"/>.");
}
