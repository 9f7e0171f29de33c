// vis-timeline JSON read back: groups as the chronology page's lanes, points and ranges, evidence in titles.
#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include "parley/timeline_export.hpp"
#include "tests/export_test_data.hpp"

namespace {

using namespace parley;
using nlohmann::json;

const json& exported() {
  static const json j = json::parse(timeline_to_vis(parley::testing::vienna_timeline()));
  return j;
}

const json& item(const std::string& id) {
  for (const char* list : {"items", "undated"})
    for (const json& e : exported()[list])
      if (e["id"] == id) return e;
  throw std::runtime_error("no item " + id);
}

std::string group_named(const std::string& name) {
  for (const json& g : exported()["groups"])
    if (g["content"] == name) return g["id"];
  return {};
}

TEST(ExportVis, EveryEventOnceAndGroupsExist) {
  EXPECT_EQ(exported()["items"].size() + exported()["undated"].size(), parley::testing::vienna_timeline().events.size());
  for (const json& i : exported()["items"]) {
    bool found = false;
    for (const json& g : exported()["groups"]) found |= g["id"] == i["group"];
    EXPECT_TRUE(found) << i["id"];
    EXPECT_TRUE(i["type"] == "point" || i["type"] == "range");
  }
}

// The groups are the page's lanes (the series, then one lane per kind), never one per actor; a
// meeting the page lists beside the chart adds the Meetings group after the page's three lanes.
TEST(ExportVis, GroupsAreThePageLanesNeverActors) {
  std::vector<std::string> names;
  for (const json& g : exported()["groups"]) names.push_back(g["content"]);
  EXPECT_EQ(names, (std::vector<std::string>{"Vienna talks", "Statements", "Actions", "Meetings"}));
  EXPECT_EQ(item(parley::testing::vienna_event("says").id)["group"], group_named("Statements"));
}

TEST(ExportVis, RoundFourEndIsTheEveningAsARange) {
  const json& end = item(parley::testing::vienna_event("ended").id);
  EXPECT_EQ(end["group"], group_named("Vienna talks"));
  EXPECT_EQ(end["type"], "range");  // the evening's hours are bounds, not a time the text gives
  EXPECT_EQ(end["start"], "2021-05-19T17:00:00");
  EXPECT_EQ(end["end"], "2021-05-19T23:59:59");
  EXPECT_NE(end["title"].get<std::string>().find("19 May 2021, evening"), std::string::npos);
  EXPECT_NE(end["title"].get<std::string>().find("ended on Wednesday evening"), std::string::npos);
}

TEST(ExportVis, DayPointsOpenPointsAndUndated) {
  const json& says = item(parley::testing::vienna_event("says").id);
  EXPECT_EQ(says["type"], "point");
  EXPECT_EQ(says["start"], "2021-05-20");
  EXPECT_FALSE(says.contains("end"));
  const json& trump = item(parley::testing::vienna_event("pursued").id);
  EXPECT_EQ(trump["className"], "open-start");
  EXPECT_EQ(trump["content"].get<std::string>().rfind("(on or before 20 May 2021) ", 0), 0u);
  EXPECT_EQ(trump["edtf"], "../2021-05-20");
  const json& killed = item(parley::testing::vienna_event("assassination").id);
  EXPECT_FALSE(killed.contains("start"));
  EXPECT_EQ(killed["time"], "time unknown");
}

}  // namespace
