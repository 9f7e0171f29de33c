// Golden timeline of a report with several statements (tests/timeline_articles/
// ministers-statements.txt, DCT 2024-06-12): who said what, when, and through which channel.
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;
using namespace parley::testing;

const ArticleTimeline& article() { return golden_article("ministers-statements.txt"); }

struct StatementRow {
  std::string_view trigger, context, actor, time_text, first, last;
};

// Each speaker once: undated statements sit on the DCT's day or the day before.
constexpr StatementRow statements[] = {
    {"said", "Belgian presidency", "the Belgian presidency of the Council", "", "2024-06-11T00:00:00", "2024-06-12T23:59:59"},
    {"welcomed", "welcomed the deal", "German economy minister Robert Lindner", "", "2024-06-11T00:00:00",
     "2024-06-12T23:59:59"},
    {"told", "told reporters", "German economy minister Robert Lindner", "Tuesday", "2024-06-11T00:00:00",
     "2024-06-11T23:59:59"},
    {"stressed", "Claire Dubois", "French energy minister Claire Dubois", "", "2024-06-11T00:00:00", "2024-06-12T23:59:59"},
    {"criticized", "Peter Szabo", "Hungary's foreign minister, Peter Szabo", "Wednesday", "2024-06-12T00:00:00",
     "2024-06-12T23:59:59"},
    {"said", "Commission spokesperson", "A Commission spokesperson", "Wednesday", "2024-06-12T00:00:00",
     "2024-06-12T23:59:59"},
    {"announced", "Giulia Romano", "Parliament's rapporteur, Italian lawmaker Giulia Romano", "Wednesday",
     "2024-06-12T00:00:00", "2024-06-12T23:59:59"},
};

TEST(MinistersTimeline, EachStatementWithActorAndTime) {
  for (const StatementRow& row : statements) {
    SCOPED_TRACE(std::string(row.context));
    const Event* e = article().find(row.trigger, row.context);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->kind, EventKind::Statement);
    EXPECT_EQ(e->actors, (std::vector<std::string>{std::string(row.actor)}));
    ASSERT_TRUE(e->time);
    EXPECT_EQ(e->time->text, row.time_text);
    EXPECT_EQ(e->time->basis, row.time_text.empty() ? "reporting: the DCT's day or the day before" : "clause");
    EXPECT_EQ(earliest(*e), row.first);
    EXPECT_EQ(latest(*e), row.last);
  }
}

TEST(MinistersTimeline, QuotesAndChannels) {
  const Event* told = article().find("told");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->quote, "Storage kept us warm in two hard winters, and it will keep us safe in the next one");
  const Event* presidency = article().find("said", "Belgian presidency");
  ASSERT_NE(presidency, nullptr);
  EXPECT_EQ(presidency->channel, "in a statement");
  // what a speaker tells in the past happened before the telling
  const Event* kept = article().find("kept");
  ASSERT_NE(kept, nullptr);
  EXPECT_TRUE(article().related(kept, RelationType::Before, told));
}

TEST(MinistersTimeline, JettenWarnedThenHoursLaterSaid) {
  const Event* warned = article().find("warned", "Rob Jetten");
  const Event* said = article().find("said", "Hours later");
  ASSERT_TRUE(warned && said);
  EXPECT_EQ(warned->tense, Tense::PastPerfect);
  const Relation* r = article().relation(said, warned);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->type, RelationType::After);
  EXPECT_EQ(r->basis, "Hours later");
  EXPECT_EQ(said->actors, warned->actors);
  EXPECT_LT(article().position(warned), article().position(said));
}

TEST(MinistersTimeline, TheAgreementAndWhatComesNext) {
  const Event* agreed = article().find("agreed");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(agreed->actors, (std::vector<std::string>{"European energy ministers"}));
  EXPECT_EQ(agreed->time->time.value, "2024-06-11");
  const Event* vote = article().find("vote");
  ASSERT_NE(vote, nullptr);
  EXPECT_EQ(vote->time->time.value, "2024-07");
  EXPECT_LT(article().position(agreed), article().position(vote));
  EXPECT_TRUE(article().tl.contradictions.empty());
}

}  // namespace
