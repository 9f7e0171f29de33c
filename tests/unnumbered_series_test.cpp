// Phases of "the talks" told with no series name (engine/timeline/unnumbered_rounds.cpp): in a
// collection they take their document's series and the round whose solved bound their day
// matches. The osprey-* collection end to end, and the refusals on synthetic events.
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "engine/timeline/timeline_series.hpp"
#include "engine/timeline/unnumbered_rounds.hpp"
#include "parley/dct.hpp"
#include "parley/timeline.hpp"
#include "parley/timeline_output.hpp"
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;
using parley::timeline::unnumbered_phase_rounds;

// Round 3 of fictional fisheries talks (Monday Sept 14 to Thursday Sept 17, 2026): the wire
// numbers the round; the radio's "talks began in Tallinn on Monday" and the broadcaster's "The
// negotiations concluded in Tallinn on Thursday evening" name neither series nor round, but their
// other sentences name the Osprey fisheries talks.
const Timeline& osprey() {
  static const Timeline t = parley::testing::collection_timeline({"osprey-radio", "osprey-state", "osprey-wire"});
  return t;
}

TEST(OspreyCollection, ASeriesLessStartTakesItsDocumentsSeriesAndTheRound) {
  const Timeline& t = osprey();
  const Event* began = parley::testing::told_only_by(t, "osprey-radio", Phase::Start);
  ASSERT_NE(began, nullptr);
  EXPECT_EQ(began->kind, EventKind::Meeting);
  EXPECT_EQ(began->trigger, "began");
  ASSERT_TRUE(began->series);
  EXPECT_EQ(began->series->name, "Osprey fisheries talks");
  EXPECT_EQ(began->series->round, 3);
  ASSERT_EQ(t.series.size(), 1u);
  const SeriesRound& r = t.series[0].rounds.at(0);
  EXPECT_EQ(r.round, 3);
  ASSERT_TRUE(r.start && r.start->time.earliest && r.start->time.latest);
  EXPECT_EQ(format_instant(*r.start->time.earliest), "2026-09-14T00:00:00");
  EXPECT_EQ(format_instant(*r.start->time.latest), "2026-09-14T23:59:59");
  EXPECT_EQ(r.start_sources, 2u);  // the wire and the radio
}

TEST(OspreyCollection, ASeriesLessEndTakesTheRoundAndNarrowsItsDay) {
  const Timeline& t = osprey();
  const Event* concluded = parley::testing::told_only_by(t, "osprey-state", Phase::End);
  ASSERT_NE(concluded, nullptr);
  ASSERT_TRUE(concluded->series);
  EXPECT_EQ(concluded->series->name, "Osprey fisheries talks");
  EXPECT_EQ(concluded->series->round, 3);
  const SeriesRound& r = t.series.at(0).rounds.at(0);
  ASSERT_TRUE(r.end && r.end->time.earliest && r.end->time.latest);
  // the wire's Thursday and the broadcaster's Thursday evening agree: their intersection
  EXPECT_EQ(format_instant(*r.end->time.earliest), "2026-09-17T17:00:00");
  EXPECT_EQ(format_instant(*r.end->time.latest), "2026-09-17T23:59:59");
  EXPECT_EQ(r.end_sources, 2u);
  EXPECT_TRUE(r.dissent.empty());
  // "will resume in Helsinki next month" is a plan of a later meeting: no round
  const Event* resume = nullptr;
  for (const Event& e : t.events)
    if (e.trigger == "resume") resume = &e;
  ASSERT_NE(resume, nullptr);
  ASSERT_TRUE(resume->series);
  EXPECT_EQ(resume->series->round, 0);
}

SeriesRound round_on(int n, const char* start, const char* end) {
  SeriesRound r;
  r.round = n;
  auto day = [](const char* d) {
    EventTime t;
    t.text = d;
    t.time.value = d;
    t.time.earliest = parse_dct(d)->instant;
    t.time.latest = *t.time.earliest + std::chrono::hours(24) - std::chrono::seconds(1);
    return t;
  };
  r.start = day(start);
  r.end = day(end);
  return r;
}

// An event of document `doc`: a series-less phase of `subject` on `day`, or (with `series`) any
// event naming that series, which tells what the document is about.
Event told(const char* doc, const char* subject, Phase phase, const char* day, const char* series = nullptr) {
  Event e;
  e.kind = EventKind::Meeting;
  e.phase = phase;
  e.actors = {subject};
  if (series) e.series = SeriesRef{series, 0, ""};
  EventTime t;
  t.text = "Monday";
  t.time.earliest = parse_dct(day)->instant;
  t.time.latest = *t.time.earliest + std::chrono::hours(24) - std::chrono::seconds(1);
  e.time = t;
  Evidence ev;
  ev.doc = doc;
  e.evidence = {ev};
  return e;
}

// As a collection's timeline does it: unify_series lends a series-less phase of talks its
// series, then the phase is tried against that series' rounds.
std::vector<std::pair<Event*, int>> lend_and_join(std::vector<Event>& events, const std::vector<Series>& series) {
  std::vector<Event*> all;
  for (Event& e : events) all.push_back(&e);
  parley::timeline::unify_series(all);
  return unnumbered_phase_rounds(events, series);
}

std::vector<int> joined(std::vector<Event> events, const std::vector<Series>& series) {
  std::vector<int> out;
  for (const auto& [e, n] : lend_and_join(events, series)) out.push_back(n);
  return out;
}

TEST(UnnumberedSeries, OnlyTheDocumentsOneSeriesAndOnlyTalks) {
  const std::vector<Series> s = {{"Osprey talks", {round_on(3, "2026-09-14", "2026-09-17")}},
                                 {"Geneva talks", {round_on(5, "2026-09-14", "2026-09-16")}}};
  const Event about_osprey = told("a", "the Osprey talks", Phase::None, "2026-09-01", "Osprey talks");
  // the document's series and its round: joins, and takes the series' name
  {
    std::vector<Event> events = {told("a", "the talks", Phase::Start, "2026-09-14"), about_osprey};
    const auto out = lend_and_join(events, s);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].second, 3);
    ASSERT_TRUE(out[0].first->series);
    EXPECT_EQ(out[0].first->series->name, "Osprey talks");
  }
  // a document that names no series: nothing to join it to (both series have a round that day)
  EXPECT_TRUE(joined({told("b", "the talks", Phase::Start, "2026-09-14")}, s).empty());
  // a document naming two series as often: which one is not known
  EXPECT_TRUE(joined({told("a", "the talks", Phase::Start, "2026-09-14"), about_osprey,
                      told("a", "the Geneva talks", Phase::None, "2026-09-01", "Geneva talks")},
                     s)
                  .empty());
  // held where the other series is named after ("talks began in Geneva"): that series, not the
  // document's
  {
    Event in_geneva = told("a", "the talks", Phase::Start, "2026-09-14");
    in_geneva.place = "Geneva";
    Event geneva_round = told("c", "the Geneva talks", Phase::None, "2026-09-01", "Geneva talks");
    geneva_round.place = "Geneva";
    std::vector<Event> events = {in_geneva, about_osprey, geneva_round};
    const auto out = lend_and_join(events, s);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].second, 5);
    EXPECT_EQ(out[0].first->series->name, "Geneva talks");
  }
  // not talks a round number applies to ("The summit began on Monday")
  EXPECT_TRUE(joined({told("a", "The summit", Phase::Start, "2026-09-14"), about_osprey}, s).empty());
  // a day the round's bounds do not hold, and a default time
  EXPECT_TRUE(joined({told("a", "the talks", Phase::Start, "2026-09-21"), about_osprey}, s).empty());
  Event by_default = told("a", "the talks", Phase::End, "2026-09-17");
  by_default.time->text.clear();
  EXPECT_TRUE(joined({by_default, about_osprey}, s).empty());
}

}  // namespace
