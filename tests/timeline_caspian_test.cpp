// Golden timeline of a multi-round negotiation told out of order (tests/timeline_articles/
// caspian-fisheries-rounds.txt, DCT 2023-03-10): the fifth round first, then rounds one to four.
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;
using namespace parley::testing;

const ArticleTimeline& article() { return golden_article("caspian-fisheries-rounds.txt"); }

struct RoundRow {
  std::string_view trigger, context;
  int round;
  Phase phase;
  std::string_view value, first, last, place;
};

// Every round the article tells, as a chronology: the phase its sentence pins and the day.
constexpr RoundRow rounds[] = {
    {"ended", "first round", 1, Phase::End, "2022-10-14", "2022-10-14T00:00:00", "2022-10-14T23:59:59", ""},
    {"held", "second round", 2, Phase::Whole, "2022-12", "2022-12-01T00:00:00", "2022-12-31T23:59:59", "Astana"},
    {"collapsed", "third round", 3, Phase::End, "2023-01", "2023-01-01T00:00:00", "2023-01-31T23:59:59", "Baku"},
    {"concluded", "fourth round", 4, Phase::End, "2023-02-09", "2023-02-09T00:00:00", "2023-02-09T23:59:59", "Tehran"},
    {"opened", "fifth round", 5, Phase::Start, "2023-03-06", "2023-03-06T00:00:00", "2023-03-06T23:59:59",
     "Hilton Hotel, Baku"},
    {"ended", "fifth round", 5, Phase::End, "2023-03-09", "2023-03-09T00:00:00", "2023-03-09T23:59:59", ""},
};

TEST(CaspianTimeline, EveryRoundWithItsPhaseDayAndPlace) {
  for (const RoundRow& row : rounds) {
    SCOPED_TRACE(std::string(row.context));
    const Event* e = article().find(row.trigger, row.context);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->kind, EventKind::Round);
    ASSERT_TRUE(e->series);
    EXPECT_EQ(e->series->name, "Caspian fisheries talks");
    EXPECT_EQ(e->series->round, row.round);
    EXPECT_EQ(e->phase, row.phase);
    ASSERT_TRUE(e->time);
    EXPECT_EQ(e->time->time.value, row.value);
    EXPECT_EQ(e->time->basis, "clause");
    EXPECT_EQ(earliest(*e), row.first);
    EXPECT_EQ(latest(*e), row.last);
    EXPECT_EQ(e->place, row.place);
    EXPECT_EQ(e->order, Order::Fixed);
  }
}

TEST(CaspianTimeline, RoundsAreInChronologicalOrderThoughToldOutOfOrder) {
  std::size_t previous = 0;
  for (const RoundRow& row : rounds) {
    const Event* e = article().find(row.trigger, row.context);
    ASSERT_NE(e, nullptr);
    EXPECT_GE(article().position(e), previous) << row.context;
    previous = article().position(e);
  }
  // the talks began last October, before the first round ended
  const Event* began = article().find("began", "The talks began");
  ASSERT_NE(began, nullptr);
  EXPECT_EQ(began->phase, Phase::Start);
  EXPECT_EQ(began->place, "Tehran");
  EXPECT_EQ(began->time->time.value, "2022-10");
  EXPECT_LT(article().position(began), article().position(article().find("concluded")));
}

TEST(CaspianTimeline, SeriesHoldsFiveRoundsWithStartAndEnd) {
  const SeriesRound* fifth = article().round("Caspian fisheries talks", 5);
  ASSERT_NE(fifth, nullptr);
  ASSERT_TRUE(fifth->start && fifth->end);
  EXPECT_EQ(fifth->start->time.value, "2023-03-06");
  EXPECT_EQ(fifth->end->time.value, "2023-03-09");
  for (int n = 1; n <= 4; ++n) EXPECT_NE(article().round("Caspian fisheries talks", n), nullptr) << n;
  EXPECT_TRUE(article().tl.contradictions.empty());
}

TEST(CaspianTimeline, FifthRoundParticipantsAndStatements) {
  const Event* opened = article().find("opened");
  ASSERT_NE(opened, nullptr);
  EXPECT_EQ(opened->participants, (std::vector<std::string>{"Azerbaijan", "Kazakhstan", "Iran"}));

  const Event* told = article().find("told");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->kind, EventKind::Statement);
  EXPECT_EQ(told->actors, (std::vector<std::string>{"Kazakh deputy minister Aigerim Bekova"}));
  EXPECT_EQ(told->quote, "We narrowed the gaps on monitoring, but the numbers are still far apart");
  EXPECT_EQ(told->time->basis, "reporting: the DCT's day or the day before");
  EXPECT_EQ(earliest(*told), "2023-03-09T00:00:00");

  const Event* said = article().find("said", "Rauf Mammadov");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->actors, (std::vector<std::string>{"Azerbaijan's chief negotiator, Rauf Mammadov"}));
  EXPECT_EQ(said->time->text, "Friday");
  EXPECT_EQ(said->time->time.value, "2023-03-10");
}

TEST(CaspianTimeline, FutureAndPastAroundTheTalks) {
  const Event* signed_later = article().find("signed", "final agreement");
  ASSERT_NE(signed_later, nullptr);
  EXPECT_EQ(signed_later->time->time.value, "2023-SU");
  const Event* fallen = article().find("fallen");
  ASSERT_NE(fallen, nullptr);
  EXPECT_EQ(fallen->time->basis, "since the 1990s");
  EXPECT_EQ(earliest(*fallen), "1990-01-01T00:00:00");
}

}  // namespace
