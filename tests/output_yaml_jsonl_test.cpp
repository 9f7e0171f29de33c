// The YAML and JSON lines emitters, read back with their own parsers.
#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "parley/emit.hpp"
#include "parley/tagger.hpp"
#include "tests/io_test_data.hpp"

using namespace parley;
using parley::testing::document_with_dct;
using parley::testing::make_timex;
using parley::testing::yesterday_timex;

namespace {

const std::string text = "\xE2\x80\x9CWe met yesterday,\xE2\x80\x9D he said; the fourth round lasts three hours.";

TagResult sample_result() {
  TagResult result;
  result.timexes.push_back(yesterday_timex(text));
  Timex duration = make_timex(text, "three hours", "t2", "PT3H", TimexType::Duration);
  duration.time.mod = "APPROX";
  result.timexes.push_back(duration);
  EventOrdinal round;
  round.span = parley::testing::span_of(text, "the fourth round");
  round.text = "the fourth round";
  round.number = 4;
  round.noun = "round";
  result.ordinals.push_back(round);
  return result;
}

}  // namespace

TEST(OutputJsonl, OneLineWithCodePointOffsetsAndEveryAttribute) {
  std::ostringstream out;
  emit_jsonl(out, document_with_dct(text), sample_result());
  const std::string line = out.str();
  ASSERT_EQ(line.find('\n'), line.size() - 1);
  const auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["id"], "vienna");
  EXPECT_EQ(j["dct"], "2021-05-20");
  ASSERT_EQ(j["timexes"].size(), 2u);
  const auto& y = j["timexes"][0];
  EXPECT_EQ(y["start"], 8);  // after “We met  (the quote is one code point, three bytes)
  EXPECT_EQ(y["end"], 17);
  EXPECT_EQ(y["text"], "yesterday");
  EXPECT_EQ(y["tid"], "t1");
  EXPECT_EQ(y["type"], "DATE");
  EXPECT_EQ(y["value"], "2021-05-19");
  EXPECT_EQ(y["earliest"], "2021-05-19T00:00:00");
  EXPECT_EQ(y["latest"], "2021-05-19T23:59:59");
  EXPECT_EQ(y["granularity"], "day");
  EXPECT_EQ(y["basis"], "dct");
  EXPECT_EQ(y["anchor"], "dct");
  EXPECT_FALSE(y.contains("mod"));
  const auto& d = j["timexes"][1];
  EXPECT_EQ(d["type"], "DURATION");
  EXPECT_EQ(d["mod"], "APPROX");
  EXPECT_FALSE(d.contains("earliest"));
  ASSERT_EQ(j["ordinals"].size(), 1u);
  EXPECT_EQ(j["ordinals"][0]["kind"], "number");
  EXPECT_EQ(j["ordinals"][0]["number"], 4);
  EXPECT_EQ(j["ordinals"][0]["noun"], "round");
}

TEST(OutputJsonl, MissingDctIsSaid) {
  Document doc = document_with_dct("Nothing.");
  doc.dct.reset();
  std::ostringstream out;
  emit_jsonl(out, doc, {});
  const auto j = nlohmann::json::parse(out.str());
  EXPECT_TRUE(j["dct"].is_null());
  EXPECT_NE(j["note"].get<std::string>().find("no document creation time"), std::string::npos);
  EXPECT_TRUE(j["timexes"].empty());
}

TEST(OutputJsonl, ErrorLine) {
  std::ostringstream out;
  emit_jsonl_error(out, std::string("doc-7"), "line 3: \"text\" must be a string");
  emit_jsonl_error(out, std::nullopt, "line 4: not JSON");
  EXPECT_EQ(out.str(),
            "{\"id\":\"doc-7\",\"error\":\"line 3: \\\"text\\\" must be a string\"}\n"
            "{\"id\":null,\"error\":\"line 4: not JSON\"}\n");
}

TEST(OutputYaml, EveryAttributeReadsBack) {
  std::ostringstream out;
  Document doc = document_with_dct(text);
  doc.source = "https://example.org/vienna";
  emit_yaml(out, doc, sample_result());
  const YAML::Node y = YAML::Load(out.str());
  EXPECT_EQ(y["schema"].as<int>(), 1);
  EXPECT_EQ(y["document"]["id"].as<std::string>(), "vienna");
  EXPECT_EQ(y["document"]["source"].as<std::string>(), "https://example.org/vienna");
  EXPECT_EQ(y["document"]["dct"].as<std::string>(), "2021-05-20");
  EXPECT_FALSE(y["document"]["note"]);
  const YAML::Node t = y["timexes"][0];
  EXPECT_EQ(t["id"].as<std::string>(), "t1");
  EXPECT_EQ(t["text"].as<std::string>(), "yesterday");
  EXPECT_EQ(t["span"]["start"].as<int>(), 8);
  EXPECT_EQ(t["span"]["end"].as<int>(), 17);
  EXPECT_EQ(t["span"]["byte_start"].as<int>(), 10);
  EXPECT_EQ(t["value"].as<std::string>(), "2021-05-19");
  EXPECT_EQ(t["earliest"].as<std::string>(), "2021-05-19T00:00:00");
  EXPECT_EQ(t["latest"].as<std::string>(), "2021-05-19T23:59:59");
  EXPECT_EQ(t["basis"].as<std::string>(), "dct");
  EXPECT_EQ(y["timexes"][1]["mod"].as<std::string>(), "APPROX");
  EXPECT_EQ(y["ordinals"][0]["text"].as<std::string>(), "the fourth round");
  EXPECT_EQ(y["ordinals"][0]["number"].as<int>(), 4);
}

// "September 13-15": the ends and the range record that pairs them, in both formats.
TEST(OutputRanges, TheRangeRecordReadsBack) {
  const std::string round = "The sixth round of talks were held on September 13-15.";
  Document doc = document_with_dct(round, "2021-10-01");
  const TagResult result = tag(round, doc.dct);
  ASSERT_EQ(result.ranges.size(), 1u);
  std::ostringstream yaml;
  emit_yaml(yaml, doc, result);
  const YAML::Node r = YAML::Load(yaml.str())["ranges"][0];
  EXPECT_EQ(r["id"].as<std::string>(), "t3");
  EXPECT_EQ(r["text"].as<std::string>(), "September 13-15");
  EXPECT_EQ(r["span"]["start"].as<int>(), 38);
  EXPECT_EQ(r["span"]["end"].as<int>(), 53);
  EXPECT_EQ(r["type"].as<std::string>(), "DURATION");
  EXPECT_EQ(r["value"].as<std::string>(), "P3D");
  EXPECT_EQ(r["beginPoint"].as<std::string>(), "t1");
  EXPECT_EQ(r["endPoint"].as<std::string>(), "t2");
  EXPECT_EQ(r["earliest"].as<std::string>(), "2021-09-13T00:00:00");
  EXPECT_EQ(r["latest"].as<std::string>(), "2021-09-15T23:59:59");
  EXPECT_TRUE(r["begin_inclusive"].as<bool>());
  EXPECT_TRUE(r["end_inclusive"].as<bool>());
  std::ostringstream jsonl;
  emit_jsonl(jsonl, doc, result);
  const auto j = nlohmann::json::parse(jsonl.str());
  ASSERT_EQ(j["ranges"].size(), 1u);
  EXPECT_EQ(j["ranges"][0]["tid"], "t3");
  EXPECT_EQ(j["ranges"][0]["start"], 38);
  EXPECT_EQ(j["ranges"][0]["value"], "P3D");
  EXPECT_EQ(j["ranges"][0]["endPoint"], "t2");
  EXPECT_EQ(j["ranges"][0]["end_inclusive"], true);
  EXPECT_EQ(j["timexes"][1]["text"], "15");
  EXPECT_EQ(j["timexes"][1]["value"], "2021-09-15");
  // a document without a range has no "ranges" key
  std::ostringstream plain;
  emit_jsonl(plain, document_with_dct(text), sample_result());
  EXPECT_FALSE(nlohmann::json::parse(plain.str()).contains("ranges"));
}

TEST(OutputYaml, MissingDctIsNullWithANote) {
  Document doc = document_with_dct("Nothing.");
  doc.dct.reset();
  std::ostringstream out;
  emit_yaml(out, doc, {});
  const YAML::Node y = YAML::Load(out.str());
  EXPECT_TRUE(y["document"]["dct"].IsNull());
  EXPECT_NE(y["document"]["note"].as<std::string>().find("left relative"), std::string::npos);
  EXPECT_EQ(y["timexes"].size(), 0u);
  EXPECT_NE(out.str().find("timexes: []"), std::string::npos);
}

TEST(OutputFormat, ParsesNames) {
  EXPECT_EQ(parse_output_format("yaml"), OutputFormat::Yaml);
  EXPECT_EQ(parse_output_format("jsonl"), OutputFormat::Jsonl);
  EXPECT_EQ(parse_output_format("timeml"), OutputFormat::Timeml);
  EXPECT_FALSE(parse_output_format("xml"));
}
