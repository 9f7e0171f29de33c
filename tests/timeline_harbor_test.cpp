// Golden timeline of a story told as a chain ("The next day", "Two days later", "the same day"):
// tests/timeline_articles/harbor-strike-next-day.txt, DCT 2022-11-18.
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;
using namespace parley::testing;

const ArticleTimeline& article() { return golden_article("harbor-strike-next-day.txt"); }

struct StepRow {
  std::string_view trigger, context, text, basis, first, last;
};

// The strike day by day, in the order the timeline must give it.
constexpr StepRow chain[] = {
    {"began", "walkout began", "Sunday, November 13", "clause", "2022-11-13T00:00:00", "2022-11-13T23:59:59"},
    {"left", "crane operators", "midnight", "Midnight", "2022-11-14T00:00:00", "2022-11-14T00:00:00"},
    {"rejected", "first offer", "The next day", "The next day", "2022-11-14T00:00:00", "2022-11-14T23:59:59"},
    {"raised", "7 percent", "Two days later", "Two days later", "2022-11-16T00:00:00", "2022-11-16T23:59:59"},
    {"met", "Marta de Vries", "Wednesday evening", "clause", "2022-11-16T17:00:00", "2022-11-16T23:59:59"},
    {"approved", "members approved", "Thursday morning", "clause", "2022-11-17T06:00:00", "2022-11-17T11:59:59"},
    {"resumed", "Work resumed", "2 p.m.", "2 p.m.", "2022-11-17T14:00:00", "2022-11-17T14:00:00"},
};

TEST(HarborTimeline, EachStepWithItsTime) {
  for (const StepRow& row : chain) {
    SCOPED_TRACE(std::string(row.context));
    const Event* e = article().find(row.trigger, row.context);
    ASSERT_NE(e, nullptr);
    ASSERT_TRUE(e->time);
    EXPECT_EQ(e->time->text, row.text);
    EXPECT_EQ(e->time->basis, row.basis);
    EXPECT_EQ(earliest(*e), row.first);
    EXPECT_EQ(latest(*e), row.last);
  }
}

TEST(HarborTimeline, StepsAreInOrder) {
  std::size_t previous = 0;
  for (const StepRow& row : chain) {
    const Event* e = article().find(row.trigger, row.context);
    ASSERT_NE(e, nullptr);
    EXPECT_GE(article().position(e), previous) << row.context;
    previous = article().position(e);
  }
  EXPECT_TRUE(article().tl.contradictions.empty());
}

TEST(HarborTimeline, AnaphoricStepsAreRelationsToTheStepBefore) {
  const Event* left = article().find("left", "crane operators");
  const Event* rejected = article().find("rejected");
  const Event* raised = article().find("raised");
  ASSERT_TRUE(left && rejected && raised);
  const Relation* next_day = article().relation(rejected, left);
  ASSERT_NE(next_day, nullptr);
  EXPECT_EQ(next_day->type, RelationType::After);
  EXPECT_EQ(next_day->basis, "The next day");
  const Relation* later = article().relation(raised, rejected);
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->type, RelationType::After);
  EXPECT_EQ(later->basis, "Two days later");
  EXPECT_EQ(rejected->time->time.value, "2022-11-14");
  EXPECT_EQ(raised->time->time.value, "2022-11-16");
  EXPECT_EQ(raised->order, Order::Fixed);
}

TEST(HarborTimeline, MeetingAndStatements) {
  const Event* met = article().find("met");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->kind, EventKind::Meeting);
  EXPECT_EQ(met->actors, (std::vector<std::string>{"Union leader Marta de Vries"}));

  const Event* minister = article().find("said", "Micky Adriaansens");
  ASSERT_NE(minister, nullptr);
  EXPECT_EQ(minister->kind, EventKind::Statement);
  EXPECT_EQ(minister->time->time.value, "2022-11-16");
  const Event* welcomed = article().find("welcomed");
  ASSERT_NE(welcomed, nullptr);
  EXPECT_EQ(welcomed->actors, minister->actors);  // "she welcomed": the minister
  EXPECT_EQ(welcomed->time->time.value, "2022-11-17");

  const Event* director = article().find("said", "Henk Jansen");
  ASSERT_NE(director, nullptr);
  EXPECT_EQ(director->quote, "We lost four days, but we did not lose the season");
  EXPECT_EQ(director->time->basis, "reporting: the DCT's day or the day before");
  EXPECT_EQ(earliest(*director), "2022-11-17T00:00:00");
  EXPECT_EQ(latest(*director), "2022-11-18T23:59:59");
}

}  // namespace
