// TimelineJS JSON read back with nlohmann-json: date objects carry only what the time supports.
#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <set>

#include "parley/timeline_export.hpp"
#include "tests/export_test_data.hpp"

namespace {

using namespace parley;
using nlohmann::json;

const json& exported() {
  static const json j = json::parse(timeline_to_timelinejs(parley::testing::vienna_timeline()));
  return j;
}

const json& slide(const std::string& id) {
  for (const json& e : exported()["events"])
    if (e["unique_id"] == id) return e;
  throw std::runtime_error("no slide " + id);
}

TEST(ExportTimelineJs, RoundFourEndIsMay19EveningWithoutAnHour) {
  const json& s = slide(parley::testing::vienna_event("ended").id);
  EXPECT_EQ(s["start_date"]["year"], 2021);
  EXPECT_EQ(s["start_date"]["month"], 5);
  EXPECT_EQ(s["start_date"]["day"], 19);
  EXPECT_FALSE(s["start_date"].contains("hour"));  // "evening" is not an hour
  EXPECT_FALSE(s.contains("end_date"));
  EXPECT_EQ(s["display_date"], "19 May 2021, evening");
  EXPECT_EQ(s["group"], "Vienna talks");
  EXPECT_EQ(s["edtf"], "2021-05-19");
  EXPECT_NE(s["text"]["headline"].get<std::string>().find("fourth round"), std::string::npos);
  EXPECT_NE(s["text"]["text"].get<std::string>().find("ended on Wednesday evening"), std::string::npos);
}

// The title and groups are the chronology page's: a short title, the series and kinds as groups.
TEST(ExportTimelineJs, TitleAndGroupsAreThePages) {
  EXPECT_EQ(exported()["title"]["text"]["headline"], "Vienna talks, 19–20 May 2021");
  std::set<std::string> groups;
  for (const json& e : exported()["events"]) groups.insert(e["group"].get<std::string>());
  EXPECT_EQ(groups, (std::set<std::string>{"Vienna talks", "Statements", "Actions", "Meetings"}));
  EXPECT_EQ(slide(parley::testing::vienna_event("says").id)["group"], "Statements");
}

TEST(ExportTimelineJs, UncertainTimesAreRangesOpenOnesSaySo) {
  const json& ack = slide(parley::testing::vienna_event("acknowledged").id);
  EXPECT_EQ(ack["start_date"]["day"], 19);
  EXPECT_EQ(ack["end_date"]["day"], 20);
  EXPECT_EQ(ack["display_date"], "sometime 19–20 May 2021");
  const json& trump = slide(parley::testing::vienna_event("pursued").id);
  EXPECT_EQ(trump["display_date"], "on or before 20 May 2021");
  EXPECT_EQ(trump["start_date"]["display_date"], "on or before 20 May 2021");
  EXPECT_FALSE(trump.contains("end_date"));
}

TEST(ExportTimelineJs, UndatedEventsAreListedNotDated) {
  const auto& tl = parley::testing::vienna_timeline();
  const std::string killed = parley::testing::vienna_event("assassination").id;
  std::size_t dated = 0;
  for (const Event& e : tl.events) dated += e.time && (e.time->time.earliest || e.time->time.latest);
  EXPECT_EQ(exported()["events"].size(), dated);
  for (const json& e : exported()["events"]) EXPECT_NE(e["unique_id"], killed);
  EXPECT_NE(exported()["title"]["text"]["text"].get<std::string>().find("(" + killed + ")"), std::string::npos);
}

}  // namespace
