// The chronology page's decisions on timelines built to the purpose: which period the axis
// covers, what goes beside it, how many lanes, the title, rounds as spans, conflicts, links.
#include <gtest/gtest.h>

#include <date/date.h>

#include <regex>
#include <set>

#include "engine/export/chronology_plan.hpp"
#include "parley/timeline_export.hpp"

namespace {

using namespace parley;
using namespace parley::exporting;
using date::days;

Instant day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / m / d}; }
Instant end_of(Instant d) { return d + days(1) - std::chrono::seconds(1); }

EventTime on(Instant d) {
  EventTime t;
  t.text = "on that day";
  t.time.value = date::format("%F", d);
  t.time.earliest = d;
  t.time.latest = end_of(d);
  t.time.granularity = Granularity::Day;
  t.basis = "clause";
  return t;
}

Event event(std::string id, EventKind kind, std::optional<EventTime> time, std::string actor = "Iran") {
  Event e;
  e.id = std::move(id);
  e.kind = kind;
  e.trigger = "said";
  e.summary = actor + " " + e.id;
  e.actors = {std::move(actor)};
  e.time = std::move(time);
  e.evidence.push_back({"doc-1", 1, {}, "Iran said so on that day.", "said"});
  return e;
}

// A negotiation of eight weeks in 2021 told by 40 events, with a clause about 2015, background
// about 2018, an undated remark and a date recalled once seven weeks before the rest.
Timeline negotiation() {
  Timeline tl;
  for (int i = 0; i < 46; ++i) tl.documents.push_back({"doc-" + std::to_string(i + 1), date::format("%F", day(2021, 4, 6) + days(i)), "Wire"});
  for (int i = 0; i < 40; ++i) {
    const Instant d = day(2021, 4, 6) + days(i * 57 / 39);  // 6 April .. 2 June
    tl.events.push_back(event("e" + std::to_string(i + 1), EventKind::Statement, on(d), "actor number " + std::to_string(i)));
  }
  tl.events.push_back(event("e41", EventKind::Action, on(day(2015, 7, 14)), "world powers"));
  Event background = event("e42", EventKind::Action, on(day(2018, 5, 8)), "United States");
  background.salience = Salience::Background;
  tl.events.push_back(background);
  tl.events.push_back(event("e43", EventKind::Statement, std::nullopt, "it"));
  tl.events.push_back(event("e44", EventKind::Action, on(day(2021, 2, 21)), "IAEA"));
  return tl;
}

const PlannedEvent& planned(const ChronologyPlan& plan, const std::string& id) {
  for (const PlannedEvent& p : plan.events)
    if (p.event->id == id) return p;
  throw std::runtime_error("no event " + id);
}

TEST(ExportChronology, AxisFitsTheMainEventsAndListsTheRestBeside) {
  const Timeline tl = negotiation();
  const ChronologyPlan plan = plan_chronology(tl);
  ASSERT_TRUE(plan.need_from && plan.need_to);
  EXPECT_EQ(*plan.need_from, day(2021, 4, 6));
  EXPECT_EQ(*plan.need_to, end_of(day(2021, 6, 2)));
  EXPECT_EQ(planned(plan, "e41").placement, Placement::Earlier);     // 2015: an outlier
  EXPECT_EQ(planned(plan, "e42").placement, Placement::Background);  // marked background
  EXPECT_EQ(planned(plan, "e43").placement, Placement::Undated);
  EXPECT_EQ(planned(plan, "e44").placement, Placement::Earlier);  // one date weeks before all others
  EXPECT_FALSE(planned(plan, "e44").fixes_axis);
  EXPECT_EQ(planned(plan, "e20").placement, Placement::Chart);
  EXPECT_TRUE(planned(plan, "e20").fixes_axis);
}

TEST(ExportChronology, LanesByKindNeverOnePerActor) {
  const Timeline tl = negotiation();  // 44 events, 44 distinct actors (the plan points into it)
  const ChronologyPlan plan = plan_chronology(tl);
  ASSERT_EQ(plan.lanes.size(), 1u);
  EXPECT_EQ(plan.lanes[0].name, "Statements");
}

Timeline rounds() {
  Timeline tl = negotiation();
  auto round_event = [&](std::string id, int round, Phase phase, Instant d) {
    Event e = event(std::move(id), EventKind::Round, on(d), "delegations");
    e.series = SeriesRef{"Vienna talks", round};
    e.phase = phase;
    e.trigger = phase == Phase::Start ? "began" : "ended";
    tl.events.push_back(e);
    return e.time;
  };
  Series s{"Vienna talks", {}};
  SeriesRound r1{1, round_event("r1s", 1, Phase::Start, day(2021, 4, 6)), round_event("r1e", 1, Phase::End, day(2021, 4, 9)), {"r1s", "r1e"}};
  SeriesRound r4{4, round_event("r4s", 4, Phase::Start, day(2021, 5, 7)), round_event("r4e", 4, Phase::End, day(2021, 5, 19)), {"r4s", "r4e"}};
  SeriesRound r6{6, round_event("r6s", 6, Phase::Start, day(2021, 5, 30)), std::nullopt, {"r6s"}};
  s.rounds = {r1, r4, r6};
  tl.series.push_back(s);
  // Two sources disagree on when round 4 ended.
  Event& ended = tl.events[tl.events.size() - 2];
  ended.readings = {{{"doc-40"}, on(day(2021, 5, 19))}, {{"doc-41"}, on(day(2021, 5, 20))}};
  return tl;
}

TEST(ExportChronology, SeriesLaneFirstAndTitleFromTheSeriesAndSpan) {
  const Timeline tl = rounds();  // the plan points into its events: it must outlive the plan
  const ChronologyPlan plan = plan_chronology(tl);
  ASSERT_EQ(plan.lanes.size(), 2u);
  EXPECT_EQ(plan.lanes[0].series, "Vienna talks");
  EXPECT_EQ(plan.lanes[1].name, "Statements");
  EXPECT_EQ(plan.title, "Vienna talks, 6 Apr – 2 Jun 2021");
  EXPECT_EQ(plan_chronology(tl, "Talks in Vienna").title, "Talks in Vienna");
  EXPECT_TRUE(planned(plan, "r4e").conflict);
  EXPECT_FALSE(planned(plan, "r4s").conflict);
}

std::string html_of(const Timeline& tl) { return timeline_to_html(tl); }

std::string attribute(const std::string& html, const std::string& name) {
  const std::regex re(name + "=\"([^\"]*)\"");
  std::smatch m;
  return std::regex_search(html, m, re) ? m[1].str() : std::string();
}

TEST(ExportChronology, PageExposesItsLayout) {
  const std::string html = html_of(rounds());
  EXPECT_EQ(attribute(html, "data-need-from"), "2021-04-06T00:00:00Z");
  EXPECT_EQ(attribute(html, "data-need-to"), "2021-06-02T23:59:59Z");
  EXPECT_EQ(attribute(html, "data-lanes"), "2");
  // The axis pads the need a little at each end, never by weeks.
  const std::string from = attribute(html, "data-axis-from"), to = attribute(html, "data-axis-to");
  EXPECT_LT(from, "2021-04-06T00:00:00Z");
  EXPECT_GT(from, "2021-04-02T00:00:00Z");
  EXPECT_GT(to, "2021-06-02T23:59:59Z");
  EXPECT_LT(to, "2021-06-06T00:00:00Z");
  EXPECT_NE(html.find("<h1>Vienna talks, 6 Apr – 2 Jun 2021</h1>"), std::string::npos);
  EXPECT_EQ(attribute(html, "data-published"), "46");
}

TEST(ExportChronology, RoundsWithBothEndsAreSpans) {
  const std::string html = html_of(rounds());
  const std::regex span("class=\"round-span\" data-series=\"Vienna talks\" data-round=\"(\\d+)\" data-from=\"([^\"]+)\" data-to=\"([^\"]+)\"");
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), span); it != std::sregex_iterator(); ++it)
    found.push_back((*it)[1].str() + " " + (*it)[2].str() + " " + (*it)[3].str());
  EXPECT_EQ(found, (std::vector<std::string>{"1 2021-04-06T00:00:00Z 2021-04-09T23:59:59Z", "4 2021-05-07T00:00:00Z 2021-05-19T23:59:59Z"}));
  EXPECT_NE(html.find("class=\"round-open\" data-series=\"Vienna talks\" data-round=\"6\" data-from=\"2021-05-30T00:00:00Z\""),
            std::string::npos);
}

TEST(ExportChronology, ConflictMarkedOnTheChartInTheSideListAndTheTable) {
  const std::string html = html_of(rounds());
  EXPECT_NE(html.find("class=\"event point conflict\" data-event=\"r4e\""), std::string::npos);
  EXPECT_NE(html.find("<summary>Sources disagree (1)</summary>"), std::string::npos);
  EXPECT_NE(html.find("Sources disagree: <b>19 May 2021</b> (doc-40); <b>20 May 2021</b> (doc-41)"), std::string::npos);
}

TEST(ExportChronology, EveryLinkResolvesAndEveryEventHasARow) {
  const Timeline tl = rounds();
  const std::string html = html_of(tl);
  std::set<std::string> ids, hrefs;
  const std::regex id("id=\"([^\"]+)\""), href("href=\"#([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id); it != std::sregex_iterator(); ++it) ids.insert((*it)[1]);
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) hrefs.insert((*it)[1]);
  EXPECT_GT(hrefs.size(), 40u);
  for (const std::string& h : hrefs) EXPECT_TRUE(ids.count(h)) << h;
  for (const Event& e : tl.events) EXPECT_TRUE(ids.count("ev-" + e.id)) << e.id;
  // Charted events are marks on the drawing; the others are items of the side list.
  EXPECT_NE(html.find("data-event=\"e20\""), std::string::npos);
  EXPECT_EQ(html.find("data-event=\"e41\""), std::string::npos);
  EXPECT_NE(html.find("<summary>Before the period shown (2)</summary>"), std::string::npos);
  EXPECT_NE(html.find("<summary>Background (1)</summary>"), std::string::npos);
}

TEST(ExportChronology, PublicationDaysAreADensityNotLines) {
  const std::string html = html_of(rounds());
  std::size_t bars = 0;
  for (auto at = html.find("class=\"published\""); at != std::string::npos; at = html.find("class=\"published\"", at + 1)) ++bars;
  EXPECT_EQ(bars, 46u);  // one a day: 46 documents on 46 days
  EXPECT_EQ(html.find("class=\"dct\""), std::string::npos);
}

}  // namespace
