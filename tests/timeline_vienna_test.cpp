// The example article's timeline (issue 4), asserted field by field against the real tagger.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "parley/document.hpp"
#include "parley/timeline.hpp"
#include "parley/timeline_output.hpp"

namespace {

using namespace parley;

class ViennaTimeline : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    doc_ = new Document(load_document(PARLEY_SOURCE_DIR "/timelines/vienna-talks-round4.txt"));
    TimelineInput in{doc_->id, doc_->text, doc_->dct, doc_->source, nullptr};
    tl_ = new Timeline(build_timeline(std::span<const TimelineInput>(&in, 1)));
  }
  static void TearDownTestSuite() { delete tl_; delete doc_; }

  static const Event* find(std::string_view trigger) {
    auto it = std::find_if(tl_->events.begin(), tl_->events.end(), [&](const Event& e) { return e.trigger == trigger; });
    return it == tl_->events.end() ? nullptr : &*it;
  }
  static std::size_t position(const Event* e) { return static_cast<std::size_t>(e - tl_->events.data()); }
  static bool related(const std::string& from, RelationType type, const std::string& to) {
    return std::any_of(tl_->relations.begin(), tl_->relations.end(), [&](const Relation& r) {
      return r.from == from && r.type == type && r.to == to;
    });
  }
  static inline Document* doc_ = nullptr;
  static inline Timeline* tl_ = nullptr;
};

TEST_F(ViennaTimeline, FourthRoundEndedWednesdayEvening) {
  const Event* round = find("ended");
  ASSERT_NE(round, nullptr);
  EXPECT_EQ(round->kind, EventKind::Round);
  ASSERT_TRUE(round->series);
  EXPECT_EQ(round->series->name, "Vienna talks");
  EXPECT_EQ(round->series->round, 4);
  EXPECT_EQ(round->phase, Phase::End);
  EXPECT_EQ(round->place, "Grand Hotel, Vienna");
  ASSERT_TRUE(round->time);
  EXPECT_EQ(round->time->time.value, "2021-05-19TEV");
  EXPECT_EQ(round->time->text, "Wednesday evening");
  ASSERT_TRUE(round->time->time.earliest && round->time->time.latest);
  EXPECT_EQ(format_instant(*round->time->time.earliest), "2021-05-19T17:00:00");
  EXPECT_EQ(format_instant(*round->time->time.latest), "2021-05-19T23:59:59");
  EXPECT_NE(std::find(round->participants.begin(), round->participants.end(), "Iran"), round->participants.end());
}

TEST_F(ViennaTimeline, SeriesHoldsRoundFourWithItsEnd) {
  auto s = std::find_if(tl_->series.begin(), tl_->series.end(), [](const Series& x) { return x.name == "Vienna talks"; });
  ASSERT_NE(s, tl_->series.end());
  auto r = std::find_if(s->rounds.begin(), s->rounds.end(), [](const SeriesRound& x) { return x.round == 4; });
  ASSERT_NE(r, s->rounds.end());
  ASSERT_TRUE(r->end);
  EXPECT_EQ(r->end->time.value, "2021-05-19TEV");
}

TEST_F(ViennaTimeline, StateDepartmentStatementOnTheDctOrTheDayBefore) {
  const Event* said = find("acknowledged");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->kind, EventKind::Statement);
  ASSERT_FALSE(said->actors.empty());
  EXPECT_NE(said->actors[0].find("State Department official"), std::string::npos);
  EXPECT_EQ(said->quote, "significant progress");
  // the same official, told four times ("said", "said in an email", "he added"), is one statement
  EXPECT_GE(said->evidence.size(), 3u);
  ASSERT_TRUE(said->time && said->time->time.earliest && said->time->time.latest);
  EXPECT_EQ(format_instant(*said->time->time.earliest), "2021-05-19T00:00:00");
  EXPECT_EQ(format_instant(*said->time->time.latest), "2021-05-20T23:59:59");
}

TEST_F(ViennaTimeline, BorrellTweetIsAStatementOnTwitter) {
  const Event* tweet = find("tweeted");
  ASSERT_NE(tweet, nullptr);
  EXPECT_EQ(tweet->kind, EventKind::Statement);
  ASSERT_FALSE(tweet->actors.empty());
  EXPECT_EQ(tweet->actors[0], "EU foreign policy chief Joseph Borrell");
  EXPECT_EQ(tweet->channel, "Twitter");
  // "Borrell wrote on Twitter" is the same statement
  EXPECT_GE(tweet->evidence.size(), 2u);
}

TEST_F(ViennaTimeline, TweetPlacedHoursBeforeTheStateDepartmentStatement) {
  const Event* tweet = find("tweeted");
  const Event* said = find("acknowledged");
  ASSERT_TRUE(tweet && said);
  ASSERT_TRUE(tweet->time);
  EXPECT_EQ(tweet->time->text, "Hours earlier");
  EXPECT_EQ(tweet->time->basis, "Hours earlier");
  auto r = std::find_if(tl_->relations.begin(), tl_->relations.end(), [&](const Relation& x) {
    return x.from == tweet->id && x.to == said->id;
  });
  ASSERT_NE(r, tl_->relations.end());
  EXPECT_EQ(r->type, RelationType::Before);
  EXPECT_EQ(r->basis, "Hours earlier");
  EXPECT_LT(position(tweet), position(said));
  EXPECT_EQ(tweet->order, Order::Fixed);
  // the tweet cannot end after the statement may: its latest bound is the statement's
  EXPECT_EQ(format_instant(*tweet->time->time.latest), "2021-05-20T23:59:59");
}

TEST_F(ViennaTimeline, BorrellTalkedWithZarif) {
  const Event* talked = find("talked");
  ASSERT_NE(talked, nullptr);
  EXPECT_EQ(talked->kind, EventKind::Meeting);
  EXPECT_EQ(talked->participants, (std::vector<std::string>{"Borrell", "Iranian Foreign Minister Zarif"}));
}

TEST_F(ViennaTimeline, DelegationsAreTheActorsOfTheirStatements) {
  for (std::string_view verb : {"expressed", "stressed"}) {
    const Event* e = find(verb);
    ASSERT_NE(e, nullptr) << verb;
    EXPECT_EQ(e->kind, EventKind::Statement);
    EXPECT_EQ(e->actors, (std::vector<std::string>{"The delegations"})) << verb;
  }
  EXPECT_EQ(find("expressed")->summary,
            "The delegations expressed satisfaction with the general state of the negotiations and the course taken");
  const Event* exchanged = find("exchanged");
  ASSERT_NE(exchanged, nullptr);
  EXPECT_EQ(exchanged->actors, (std::vector<std::string>{"the heads of delegations"}));
  EXPECT_TRUE(related(exchanged->id, RelationType::During, find("ended")->id));
}

TEST_F(ViennaTimeline, NoParticipleEventsAndNoUnnamedSeries) {
  EXPECT_EQ(find("suspended"), nullptr);  // "the sanctions suspended under the agreement"
  EXPECT_EQ(find("achieved"), nullptr);   // "the progress achieved in"
  for (const Series& s : tl_->series) EXPECT_FALSE(s.name.empty());
  const Event* reinstating = find("reinstating");
  ASSERT_NE(reinstating, nullptr);
  EXPECT_EQ(reinstating->actors, (std::vector<std::string>{"Former US President Donald Trump"}));
  EXPECT_EQ(reinstating->summary,
            "Former US President Donald Trump reinstating the sanctions suspended under the agreement");
  const Event* imposing = find("imposing");
  ASSERT_NE(imposing, nullptr);
  EXPECT_EQ(imposing->actors, reinstating->actors);
}

TEST_F(ViennaTimeline, TrumpsPolicyFollowsTheWithdrawalAndPrecedesTheCurrentEfforts) {
  const Event* left = find("leaving");
  const Event* pursued = find("pursued");
  const Event* trying = find("trying");
  ASSERT_TRUE(left && pursued && trying);
  EXPECT_TRUE(related(left->id, RelationType::Before, pursued->id));
  EXPECT_TRUE(related(pursued->id, RelationType::Before, trying->id));
  EXPECT_LT(position(left), position(pursued));
  EXPECT_LT(position(pursued), position(trying));
  EXPECT_EQ(pursued->order, Order::Fixed);
  EXPECT_FALSE(pursued->time && pursued->time->time.earliest);  // undated: no lower bound
}

TEST_F(ViennaTimeline, CurrentlyTryingIsAtTheDct) {
  const Event* trying = find("trying");
  ASSERT_NE(trying, nullptr);
  ASSERT_TRUE(trying->time);
  EXPECT_EQ(trying->time->text, "currently");
  EXPECT_EQ(trying->time->time.value, "PRESENT_REF");
  ASSERT_TRUE(trying->time->time.earliest);
  EXPECT_EQ(format_instant(*trying->time->time.earliest), "2021-05-20T00:00:00");
}

TEST_F(ViennaTimeline, YamlCarriesTheSchemaVersionAndEveryEvent) {
  std::string yaml = timeline_to_yaml(*tl_);
  EXPECT_EQ(yaml.rfind("parley: 1\n", 0), 0u);
  EXPECT_NE(yaml.find("value: 2021-05-19TEV"), std::string::npos);
}

}  // namespace
