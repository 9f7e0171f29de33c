// Rounds told as a list of dates (engine/timeline/round_lists.cpp) and a round's bounds weighed
// reading by reading (solve_round): the puffin-* collection, a plan later changed, and a list
// whose dates do not match its count.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "parley/dct.hpp"
#include "parley/timeline.hpp"
#include "parley/timeline_output.hpp"
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;

// Two outlets on fictional fisheries talks: a May report of round 3's end and round 4's plan
// ("at the end of June"), and a July review listing rounds 1-3 in one sentence, round 4 as held
// on July 14-16 and round 5 as planned for September 7-9.
const Timeline& puffin() {
  static const Timeline t = parley::testing::collection_timeline({"puffin-plan", "puffin-history", "puffin-radio"});
  return t;
}

const SeriesRound* round_of(const Timeline& t, int n) {
  for (const Series& s : t.series)
    for (const SeriesRound& r : s.rounds)
      if (r.round == n) return &r;
  return nullptr;
}

std::string lo(const std::optional<EventTime>& t) {
  return t && t->time.earliest ? format_instant(*t->time.earliest) : "~";
}
std::string hi(const std::optional<EventTime>& t) {
  return t && t->time.latest ? format_instant(*t->time.latest) : "~";
}

TEST(RoundLists, TheFirstThreeRoundsHeldOnThreeDatesAreRoundsOneToThree) {
  const Timeline& t = puffin();
  ASSERT_EQ(t.series.size(), 1u);
  EXPECT_EQ(t.series[0].name, "Puffin Sound fisheries talks");
  const char* days[3][2] = {{"2026-03-02", "2026-03-03"}, {"2026-04-06", "2026-04-07"}, {"2026-05-11", "2026-05-12"}};
  for (int n = 1; n <= 3; ++n) {
    const SeriesRound* r = round_of(t, n);
    ASSERT_NE(r, nullptr) << "round " << n;
    EXPECT_EQ(lo(r->start), std::string(days[n - 1][0]) + "T00:00:00") << "round " << n;
    EXPECT_EQ(hi(r->start), std::string(days[n - 1][0]) + "T23:59:59") << "round " << n;
    EXPECT_EQ(lo(r->end), std::string(days[n - 1][1]) + "T00:00:00") << "round " << n;
    EXPECT_EQ(hi(r->end), std::string(days[n - 1][1]) + "T23:59:59") << "round " << n;
    ASSERT_TRUE(r->end);
    EXPECT_EQ(r->end->time.value, days[n - 1][1]);  // the end's value is the range's last day
  }
  // each listed round is a whole round of its own event, told by the one sentence
  int listed = 0;
  for (const Event& e : t.events)
    if (e.kind == EventKind::Round && e.phase == Phase::Whole && e.series && e.series->round >= 1 &&
        e.series->round <= 3 && e.evidence.at(0).text.find("first three rounds") != std::string::npos)
      ++listed;
  EXPECT_EQ(listed, 3);
}

TEST(RoundLists, AListedRangeAgreesWithAnotherOutletsEnd) {
  // the May report's "ended ... on Tuesday" (May 12) and the list's last day of May 11-12
  const SeriesRound* r = round_of(puffin(), 3);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->end_sources, 3u);  // and the radio's "latest round ... ended today"
  EXPECT_EQ(lo(r->end), "2026-05-12T00:00:00");
  EXPECT_TRUE(r->dissent.empty());
}

TEST(RoundLists, APlanLaterChangedIsOutweighedByTheAccountOfTheRoundHeld) {
  // "will be held at the end of June" (told in May) against "was held on July 14-16" (July):
  // one merged event with two readings; the account gives the bounds, the plan is dissent
  const SeriesRound* r = round_of(puffin(), 4);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(lo(r->start), "2026-07-14T00:00:00");
  EXPECT_EQ(hi(r->start), "2026-07-14T23:59:59");
  EXPECT_EQ(lo(r->end), "2026-07-16T00:00:00");
  EXPECT_EQ(hi(r->end), "2026-07-16T23:59:59");
  EXPECT_EQ(r->start_sources, 1u);
  auto plan = std::find_if(r->dissent.begin(), r->dissent.end(), [](const RoundReading& d) {
    return d.bound == "start" && d.docs == std::vector<std::string>{"puffin-plan"};
  });
  ASSERT_NE(plan, r->dissent.end());
  EXPECT_EQ(plan->time.text, "the end of June");
}

TEST(RoundLists, TheLatestRoundIsTheHighestDatedOnOrBeforeItsDay) {
  // told on May 12: round 3 (May 11-12), not round 4 or 5, dated later in the collection
  for (const Event& e : puffin().events)
    for (const Evidence& ev : e.evidence)
      if (ev.doc == "puffin-radio" && ev.trigger == "ended") {
        ASSERT_TRUE(e.series);
        EXPECT_EQ(e.series->round, 3);
        return;
      }
  FAIL() << "no event for the radio's 'ended'";
}

TEST(RoundLists, APlanAloneStillDatesItsRound) {
  const SeriesRound* r = round_of(puffin(), 5);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(lo(r->start), "2026-09-07T00:00:00");
  EXPECT_EQ(hi(r->end), "2026-09-09T23:59:59");
}

TEST(RoundLists, AListWhoseDatesDoNotMatchItsCountNumbersNoRound) {
  const auto& a = parley::testing::golden_article("round-list-mismatch.txt");
  const Event* held = a.find("held", "first three rounds");
  ASSERT_NE(held, nullptr);
  EXPECT_NE(held->kind, EventKind::Round);
  EXPECT_TRUE(!held->series || held->series->round == 0);
  EXPECT_TRUE(a.tl.series.empty() || std::all_of(a.tl.series.begin(), a.tl.series.end(),
                                                 [](const Series& s) { return s.rounds.empty(); }));
}

}  // namespace

namespace {

// tern-*: in January, "the third round ... will take place in early March" and "the fourth
// round ... will be held on April 14-15"; a May report tells of the third round without its days.
TEST(RoundLists, ASpanPlanOvertakenByLaterReportsDatesNothing) {
  const Timeline t = parley::testing::collection_timeline({"tern-plan", "tern-later"});
  ASSERT_EQ(t.series.size(), 1u);
  const SeriesRound* third = nullptr;
  const SeriesRound* fourth = nullptr;
  for (const SeriesRound& r : t.series[0].rounds) {
    if (r.round == 3) third = &r;
    if (r.round == 4) fourth = &r;
  }
  ASSERT_TRUE(third && fourth);
  // "early March" passed before the May report: the round was held, its days are not known
  EXPECT_FALSE(third->start.has_value());
  EXPECT_FALSE(third->end.has_value());
  // a plan of days is kept: rounds mostly meet on the days announced
  ASSERT_TRUE(fourth->start && fourth->start->time.earliest && fourth->end && fourth->end->time.earliest);
  EXPECT_EQ(format_instant(*fourth->start->time.earliest), "2026-04-14T00:00:00");
  EXPECT_EQ(format_instant(*fourth->end->time.earliest), "2026-04-15T00:00:00");
}

}  // namespace
