// The Mermaid timeline read back line by line: sections in time order, every event once.
#include <gtest/gtest.h>

#include <sstream>

#include "parley/timeline_export.hpp"
#include "tests/export_test_data.hpp"

namespace {

using namespace parley;

struct MermaidLines {
  std::vector<std::string> sections;
  std::vector<std::pair<std::string, std::string>> events;  // period, text
};

MermaidLines read_mermaid(const std::string& text) {
  MermaidLines out;
  std::istringstream in(text);
  std::string line, period;
  std::getline(in, line);
  if (line != "timeline") throw std::runtime_error("first line is not 'timeline'");
  while (std::getline(in, line)) {
    const auto start = line.find_first_not_of(' ');
    const std::string body = line.substr(start);
    if (body.rfind("title ", 0) == 0) continue;
    if (body.rfind("section ", 0) == 0) { out.sections.push_back(body.substr(8)); continue; }
    const auto colon = body.find(" : ");
    if (colon == std::string::npos) {
      if (body.rfind(": ", 0) != 0) throw std::runtime_error("not a period line: " + line);
      out.events.emplace_back(period, body.substr(2));
      continue;
    }
    if (colon > 0) period = body.substr(0, colon);
    out.events.emplace_back(period, body.substr(colon + 3));
  }
  return out;
}

TEST(ExportMermaid, SectionsAndEvents) {
  const MermaidLines m = read_mermaid(timeline_to_mermaid(parley::testing::vienna_timeline()));
  EXPECT_EQ(m.sections, (std::vector<std::string>{"Open start", "Apr 2021", "May 2021", "Time unknown"}));
  EXPECT_EQ(m.events.size(), parley::testing::vienna_timeline().events.size());
  const std::string round = "(" + parley::testing::vienna_event("ended").id + ")";
  bool found = false;
  for (const auto& [period, text] : m.events)
    if (text.find(round) != std::string::npos) {
      found = true;
      EXPECT_EQ(period, "19 May 2021, evening");
      EXPECT_EQ(text.rfind("The fourth round", 0), 0u);
    }
  EXPECT_TRUE(found);
}

TEST(ExportMermaid, ColonsInTextDoNotSplitEvents) {
  const Timeline tl = parley::testing::one_event_timeline("Minister: talks resume %% soon");
  const std::string text = timeline_to_mermaid(tl);
  const MermaidLines m = read_mermaid(text);
  ASSERT_EQ(m.events.size(), 1u);
  EXPECT_EQ(m.events[0].first, "time unknown");
  EXPECT_EQ(text.find("Minister:"), std::string::npos);
}

}  // namespace
