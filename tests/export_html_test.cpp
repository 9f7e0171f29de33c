// The HTML view as text: self-contained, one data-event mark per event, every time in words.
// (tests/export/html_chromium.sh opens it in a browser.)
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

TEST(ExportHtml, OneMarkPerEvent) {
  std::set<std::string> ids;
  const std::regex mark("data-event=\"([^\"]+)\"");
  std::size_t marks = 0;
  for (auto it = std::sregex_iterator(page().begin(), page().end(), mark); it != std::sregex_iterator(); ++it, ++marks)
    ids.insert((*it)[1]);
  EXPECT_EQ(marks, parley::testing::vienna_timeline().events.size());
  for (const Event& e : parley::testing::vienna_timeline().events) EXPECT_TRUE(ids.count(e.id)) << e.id;
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
  const std::string round = "data-event=\"" + parley::testing::vienna_event("ended").id + "\"><title>";
  const auto at = page().find(round);
  ASSERT_NE(at, std::string::npos);
  const std::string title = page().substr(at, page().find("</title>", at) - at);
  EXPECT_NE(title.find("ended on Wednesday evening"), std::string::npos);
  EXPECT_NE(title.find("vienna-talks-round4, sentence"), std::string::npos);
}

}  // namespace
