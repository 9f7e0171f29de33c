// The HTML view of the example article as text: self-contained, a short title, a mark for each
// charted event and a row for every event, every time in words. (tests/export_chronology_test.cpp
// checks the page's decisions on built timelines; tests/export/html_chromium.sh opens it in a browser.)
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "parley/timeline_export.hpp"
#include "tests/export_test_data.hpp"

namespace {

using namespace parley;

const std::string& page() {
  static const std::string html = timeline_to_html(parley::testing::vienna_timeline());
  return html;
}

TEST(ExportHtml, MarksForChartedEventsRowsForAll) {
  std::set<std::string> marks, rows;
  const std::regex mark("data-event=\"([^\"]+)\""), row("<tr id=\"ev-([^\"]+)\"");
  for (auto it = std::sregex_iterator(page().begin(), page().end(), mark); it != std::sregex_iterator(); ++it) marks.insert((*it)[1]);
  for (auto it = std::sregex_iterator(page().begin(), page().end(), row); it != std::sregex_iterator(); ++it) rows.insert((*it)[1]);
  const Timeline& tl = parley::testing::vienna_timeline();
  EXPECT_EQ(rows.size(), tl.events.size());
  for (const Event& e : tl.events) EXPECT_TRUE(rows.count(e.id)) << e.id;
  // The round's end is on the chart; the undated assassination clause is listed beside it.
  EXPECT_TRUE(marks.count(parley::testing::vienna_event("ended").id));
  EXPECT_FALSE(marks.count(parley::testing::vienna_event("assassination").id));
  EXPECT_GE(marks.size(), tl.events.size() / 2);
}

TEST(ExportHtml, ShortTitleAndFewLanes) {
  EXPECT_NE(page().find("<h1>Vienna talks, 19–20 May 2021</h1>"), std::string::npos);
  EXPECT_NE(page().find("<title>Vienna talks, 19–20 May 2021</title>"), std::string::npos);
  EXPECT_NE(page().find("data-lanes=\"3\""), std::string::npos);
  EXPECT_NE(page().find("data-need-from=\"2021-05-19T00:00:00Z\" data-need-to=\"2021-05-20T23:59:59Z\""), std::string::npos);
  // Round 4's end is stated, its start is not: a flag at the end, not a span.
  EXPECT_NE(page().find("class=\"round-open\" data-series=\"Vienna talks\" data-round=\"4\""), std::string::npos);
  EXPECT_NE(page().find("Round 4 ended"), std::string::npos);
  HtmlOptions titled;
  titled.title = "Iran & the P5+1 in Vienna";
  EXPECT_NE(timeline_to_html(parley::testing::vienna_timeline(), titled).find("<h1>Iran &amp; the P5+1 in Vienna</h1>"),
            std::string::npos);
}

TEST(ExportHtml, SelfContained) {
  EXPECT_EQ(page().find("<script"), std::string::npos);
  EXPECT_EQ(page().find("https://"), std::string::npos);
  EXPECT_EQ(page().find("@import"), std::string::npos);
  const std::string svg_ns = "http://www.w3.org/2000/svg";
  for (auto at = page().find("http://"); at != std::string::npos; at = page().find("http://", at + 1))
    EXPECT_EQ(page().compare(at, svg_ns.size(), svg_ns), 0) << page().substr(at, 60);
}

TEST(ExportHtml, TimesInWordsAndEvidenceOnHover) {
  EXPECT_NE(page().find("19 May 2021, evening"), std::string::npos);
  EXPECT_NE(page().find("before 20 May 2021"), std::string::npos);
  EXPECT_NE(page().find("time unknown"), std::string::npos);
  EXPECT_NE(page().find("fill=\"url(#hatch"), std::string::npos);  // uncertain intervals are hatched
  const std::string round = "data-event=\"" + parley::testing::vienna_event("ended").id + "\"";
  const auto at = page().find("<title>", page().find(round));
  ASSERT_NE(at, std::string::npos);
  const std::string title = page().substr(at, page().find("</title>", at) - at);
  EXPECT_NE(title.find("ended on Wednesday evening"), std::string::npos);
  EXPECT_NE(title.find("vienna-talks-round4, sentence"), std::string::npos);
  // The mark links to its row, where the evidence sentence and its source are.
  const std::string id = parley::testing::vienna_event("ended").id;
  EXPECT_NE(page().find("<a href=\"#ev-" + id + "\"><g class=\"event"), std::string::npos);
  const auto row = page().find("<tr id=\"ev-" + id + "\"");
  ASSERT_NE(row, std::string::npos);
  const std::string cells = page().substr(row, page().find("</tr>", row) - row);
  EXPECT_NE(cells.find("ended on Wednesday evening"), std::string::npos);
  EXPECT_NE(cells.find("— machine-translated English news report (example article), published 2021-05-20"),
            std::string::npos);
}

}  // namespace
