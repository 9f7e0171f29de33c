// Unnumbered round phases as evidence for a numbered round (engine/timeline/unnumbered_rounds.cpp)
// and tied round bounds (solve_bound): the heron-* collection end to end, and the join's refusals
// on synthetic series.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/timeline/ordinal_readings.hpp"
#include "engine/timeline/unnumbered_rounds.hpp"
#include "parley/dct.hpp"
#include "parley/tagger.hpp"
#include "parley/document.hpp"
#include "parley/timeline.hpp"
#include "parley/timeline_output.hpp"
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;
using parley::timeline::unnumbered_phase_rounds;

// Three outlets on round 2 of fictional water talks (Monday May 4 to Thursday May 7, 2026): the
// wire numbers the round; the paper's "talks began in Lisbon on Monday" and the radio's "talks
// ended in Lisbon on Wednesday" number none.
const Timeline& heron() {
  static const Timeline t = parley::testing::collection_timeline({"heron-paper", "heron-state", "heron-wire"});
  return t;
}

TEST(HeronCollection, AnUnnumberedStartTakesTheRoundItsDayStarts) {
  const Timeline& t = heron();
  const Event* began = parley::testing::told_only_by(t, "heron-paper", Phase::Start);
  ASSERT_NE(began, nullptr);
  ASSERT_TRUE(began->series);
  EXPECT_EQ(began->series->round, 2);
  ASSERT_EQ(t.series.size(), 1u);
  const SeriesRound& r = t.series[0].rounds.at(0);
  EXPECT_EQ(r.round, 2);
  EXPECT_NE(std::find(r.events.begin(), r.events.end(), began->id), r.events.end());
  ASSERT_TRUE(r.start && r.start->time.earliest && r.start->time.latest);
  EXPECT_EQ(format_instant(*r.start->time.earliest), "2026-05-04T00:00:00");
  EXPECT_EQ(format_instant(*r.start->time.latest), "2026-05-04T23:59:59");
  EXPECT_EQ(r.start_sources, 2u);  // the wire and the paper
}

TEST(HeronCollection, AnUnnumberedEndInsideTheRoundsSpanTakesTheRound) {
  const Event* ended = parley::testing::told_only_by(heron(), "heron-state", Phase::End);
  ASSERT_NE(ended, nullptr);
  ASSERT_TRUE(ended->series);
  EXPECT_EQ(ended->series->round, 2);
}

TEST(HeronCollection, TiedEndsGiveTheirSpanAndBothStayInTheDissent) {
  const SeriesRound& r = heron().series.at(0).rounds.at(0);
  ASSERT_TRUE(r.end && r.end->time.earliest && r.end->time.latest);
  EXPECT_EQ(format_instant(*r.end->time.earliest), "2026-05-06T00:00:00");
  EXPECT_EQ(format_instant(*r.end->time.latest), "2026-05-07T23:59:59");
  EXPECT_EQ(r.end->time.value, "2026-05-06/2026-05-07");
  EXPECT_EQ(r.end_sources, 1u);
  std::vector<std::pair<std::string, std::string>> ends;
  for (const RoundReading& d : r.dissent)
    if (d.bound == "end") ends.emplace_back(d.docs.at(0), d.time.time.value);
  std::sort(ends.begin(), ends.end());
  EXPECT_EQ(ends, (std::vector<std::pair<std::string, std::string>>{{"heron-state", "2026-05-06"},
                                                                     {"heron-wire", "2026-05-07"}}));
  // the round 3 start, told once, is no tie
  const SeriesRound& r3 = heron().series.at(0).rounds.at(1);
  ASSERT_TRUE(r3.start);
  EXPECT_EQ(r3.start->time.value, "2026-06-01");
}

// A report that names no series ("The longest round yet of talks between Portugal and Spain
// ended on Wednesday") tells of the series the collection is about, and its end is evidence for
// the round its day falls in.
TEST(HeronCollection, AReportNamingNoSeriesTellsOfTheCollections) {
  static const Timeline t =
      parley::testing::collection_timeline({"heron-paper", "heron-radio", "heron-state", "heron-wire"});
  const Event* ended = nullptr;  // the radio's end, with the state media's report of that day
  for (const Event& e : t.events)
    for (const Evidence& ev : e.evidence)
      if (ev.doc == "heron-radio" && e.phase == Phase::End) ended = &e;
  ASSERT_NE(ended, nullptr);
  EXPECT_EQ(ended->evidence.size(), 2u);
  ASSERT_TRUE(ended->series);
  EXPECT_EQ(ended->series->name, t.series.at(0).name);
  EXPECT_EQ(ended->series->round, 2);
  ASSERT_TRUE(ended->time);
  EXPECT_EQ(ended->time->time.value, "2026-05-06");
}

// A synthetic solved round of series `name`: start and end on the given days.
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

Event phase_on(const char* series, Phase phase, const char* first, const char* last) {
  Event e;
  e.kind = EventKind::Meeting;
  e.phase = phase;
  e.series = SeriesRef{series, 0, ""};
  EventTime t;
  t.text = "Monday";
  t.time.earliest = parse_dct(first)->instant;
  t.time.latest = parse_dct(last)->instant + std::chrono::hours(24) - std::chrono::seconds(1);
  e.time = t;
  return e;
}

std::vector<int> joined(std::vector<Event> events, const std::vector<Series>& series) {
  std::vector<int> out;
  for (const auto& [e, n] : unnumbered_phase_rounds(events, series)) out.push_back(n);
  return out;
}

TEST(UnnumberedPhases, OnlyATightUnambiguousDayOfTheSameSeriesJoins) {
  const std::vector<Series> s = {{"Heron talks", {round_on(1, "2026-03-02", "2026-03-05"),
                                                  round_on(2, "2026-03-05", "2026-03-08")}}};
  // the start of round 2 alone (round 1's span holds March 5 too, but it is round 1's end day:
  // inside its span, so two rounds could match)
  EXPECT_TRUE(joined({phase_on("Heron talks", Phase::Start, "2026-03-05", "2026-03-05")}, s).empty());
  EXPECT_EQ(joined({phase_on("Heron talks", Phase::Start, "2026-03-02", "2026-03-02")}, s), std::vector<int>{1});
  EXPECT_EQ(joined({phase_on("Heron talks", Phase::End, "2026-03-08", "2026-03-08")}, s), std::vector<int>{2});
  EXPECT_EQ(joined({phase_on("Heron talks", Phase::End, "2026-03-07", "2026-03-07")}, s), std::vector<int>{2});
  // a wide time (a month), another series, a day outside every round: no join
  EXPECT_TRUE(joined({phase_on("Heron talks", Phase::End, "2026-03-01", "2026-03-31")}, s).empty());
  EXPECT_TRUE(joined({phase_on("Egret talks", Phase::Start, "2026-03-02", "2026-03-02")}, s).empty());
  EXPECT_TRUE(joined({phase_on("Heron talks", Phase::Start, "2026-04-02", "2026-04-02")}, s).empty());
  // a numbered report or a default time is never re-joined
  Event numbered = phase_on("Heron talks", Phase::Start, "2026-03-02", "2026-03-02");
  numbered.series->round = 2;
  EXPECT_TRUE(joined({numbered}, s).empty());
  Event by_default = phase_on("Heron talks", Phase::Start, "2026-03-02", "2026-03-02");
  by_default.time->text.clear();
  EXPECT_TRUE(joined({by_default}, s).empty());
}


// The gannet-* collection: rounds 1 and 2 of fictional fisheries talks numbered by two outlets,
// and a paper's "opened the first round of the Gannet Bank fisheries talks since the quota
// dispute" three weeks after round 2 ended: a first after a break is the next round, never round
// one again. Its "first round of the Skua Reef boundary talks in three years" has no round
// before it in the collection, so it stays unnumbered.
TEST(FirstAfterABreak, IsTheNextRoundOfTheCollection) {
  const Timeline t = parley::testing::collection_timeline({"gannet-history", "gannet-wire", "gannet-paper"});
  const auto gannet = std::find_if(t.series.begin(), t.series.end(),
                                   [](const Series& s) { return s.name == "Gannet Bank fisheries talks"; });
  ASSERT_NE(gannet, t.series.end());
  ASSERT_EQ(gannet->rounds.size(), 3u);
  const SeriesRound& first = gannet->rounds[0];
  ASSERT_EQ(first.round, 1);
  ASSERT_TRUE(first.start && first.start->time.earliest);
  EXPECT_EQ(format_instant(*first.start->time.earliest), "2026-09-15T00:00:00");
  const SeriesRound& third = gannet->rounds[2];
  EXPECT_EQ(third.round, 3);
  ASSERT_TRUE(third.start && third.start->time.earliest);
  EXPECT_EQ(format_instant(*third.start->time.earliest), "2026-10-27T00:00:00");
  EXPECT_EQ(third.start_sources, 1u);
  for (const Series& s : t.series)
    for (const SeriesRound& r : s.rounds)
      EXPECT_FALSE(s.name == "Skua Reef boundary talks") << "Skua Reef round " << r.round;
  const auto skua = std::find_if(t.events.begin(), t.events.end(), [](const Event& e) {
    return e.series && e.series->name == "Skua Reef boundary talks";
  });
  ASSERT_NE(skua, t.events.end());
  EXPECT_EQ(skua->series->round, 0);
  EXPECT_EQ(skua->series->relative, "next");
  ASSERT_TRUE(skua->time && skua->time->time.earliest);
  EXPECT_EQ(format_instant(*skua->time->time.earliest), "2026-10-26T00:00:00");
}

TEST(FirstAfterABreak, ReadsTheWordsAfterTheOrdinal) {
  using parley::timeline::first_after_a_break;
  auto first_in = [](std::string_view text) {
    const TagResult tags = tag(text, parse_dct("2026-10-28"));
    for (const EventOrdinal& o : tags.ordinals)
      if (o.kind == EventOrdinal::Kind::First) return first_after_a_break(text, o);
    ADD_FAILURE() << "no first ordinal in: " << text;
    return false;
  };
  EXPECT_TRUE(first_in("It was the first round of talks since the two leaders agreed on a truce."));
  EXPECT_TRUE(first_in("They held their first round of direct talks in more than a year."));
  EXPECT_TRUE(first_in("the first round of negotiations in two years"));
  EXPECT_FALSE(first_in("The first round of talks was held in Vienna."));
  EXPECT_FALSE(first_in("The first round of talks in Geneva ended on Friday."));
  EXPECT_FALSE(first_in("The first round ended, and talks have not resumed since."));
}

}  // namespace
