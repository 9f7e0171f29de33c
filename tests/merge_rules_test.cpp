// Cross-document matching and merging, rule by rule, on small hand-made timelines; then the
// merged timeline of the three round-five articles.
#include <algorithm>
#include <chrono>
#include <string>

#include <date/date.h>
#include <gtest/gtest.h>

#include "engine/merge/event_keys.hpp"
#include "parley/timeline_merge.hpp"
#include "parley/timeline_output.hpp"
#include "tests/compare_articles_fixture.hpp"

namespace {

using namespace parley;
using namespace std::chrono;

Instant at(int y, unsigned m, unsigned d, int h = 0) {
  return std::chrono::time_point_cast<seconds>(date::sys_days(date::year(y) / date::month(m) / date::day(d)) + hours(h));
}

EventTime stated(std::string text, Instant lo, Instant hi) {
  EventTime t;
  t.text = std::move(text);
  t.timex = "t1";
  t.time.earliest = lo;
  t.time.latest = hi;
  t.time.value = text;
  t.basis = "clause";
  return t;
}

EventTime by_default(Instant lo, Instant hi) {
  EventTime t;
  t.time.earliest = lo;
  t.time.latest = hi;
  t.basis = "reporting: the DCT's day or the day before";
  return t;
}

Event round_end(std::string series, int round, std::optional<EventTime> time) {
  Event e;
  e.kind = EventKind::Round;
  e.trigger = "ended";
  e.summary = "the round ended";
  e.series = SeriesRef{std::move(series), round};
  e.phase = Phase::End;
  e.time = std::move(time);
  return e;
}

Event statement(std::string actor, std::string quote, std::optional<EventTime> time) {
  Event e;
  e.kind = EventKind::Statement;
  e.trigger = "said";
  e.actors = {actor};
  e.quote = quote;
  e.summary = actor + " said";
  e.time = std::move(time);
  return e;
}

// A one-document timeline; ids e1, e2, ... and evidence naming the document.
Timeline doc(const std::string& id, std::vector<Event> events) {
  Timeline t;
  t.documents.push_back({id, "2021-06-03", id + " source"});
  for (std::size_t i = 0; i < events.size(); ++i) {
    events[i].id = "e" + std::to_string(i + 1);
    events[i].evidence.push_back({id, i + 1, {}, "sentence of " + id, events[i].trigger});
  }
  t.events = std::move(events);
  return t;
}

TEST(MergeNames, TransliterationsAreOneName) {
  EXPECT_TRUE(merge::similar_names("araghchi", "araqchi"));
  EXPECT_TRUE(merge::similar_names("khatibzadeh", "khatibzade"));
  EXPECT_FALSE(merge::similar_names("zarif", "zabit"));
  EXPECT_FALSE(merge::similar_names("mora", "mara"));  // too short to guess
  EXPECT_FALSE(merge::similar_names("araghchi", "baghchi"));
}

TEST(MergeNames, AliasTableResolvesSeriesAndPeople) {
  const AliasTable t = AliasTable::builtin();
  EXPECT_EQ(t.canonical("Borjam"), "JCPOA");
  EXPECT_EQ(t.canonical("the nuclear deal"), "JCPOA");
  EXPECT_EQ(t.canonical("P4+1"), "P5+1");
  EXPECT_EQ(t.canonical("Abbas Araqchi"), "Abbas Araghchi");
  EXPECT_EQ(t.canonical("Borjam Joint Commission"), "Vienna talks");
}

TEST(MergeRules, SameRoundUnderTwoSeriesNamesIntersectsTimes) {
  std::vector<Timeline> in{
      doc("a", {round_end("JCPOA Joint Commission", 5, stated("Wednesday", at(2021, 6, 2), at(2021, 6, 2, 23)))}),
      doc("b", {round_end("Vienna talks", 5, stated("Wednesday evening", at(2021, 6, 2, 17), at(2021, 6, 2, 23)))})};
  Timeline m = merge_timelines(in);
  ASSERT_EQ(m.events.size(), 1u);
  const Event& e = m.events[0];
  EXPECT_EQ(e.sources, 2u);
  ASSERT_TRUE(e.match);
  EXPECT_EQ(e.match->rule, "same round");
  EXPECT_DOUBLE_EQ(e.match->confidence, 0.95);
  ASSERT_EQ(e.evidence.size(), 2u);
  EXPECT_EQ(e.evidence[0].doc, "a");
  EXPECT_EQ(e.evidence[1].doc, "b");
  ASSERT_TRUE(e.time && e.time->time.earliest && e.time->time.latest);
  EXPECT_EQ(*e.time->time.earliest, at(2021, 6, 2, 17));
  EXPECT_EQ(*e.time->time.latest, at(2021, 6, 2, 23));
  EXPECT_TRUE(e.readings.empty());
  EXPECT_TRUE(m.contradictions.empty());
}

TEST(MergeRules, RoundWithoutNumberJoinsByItsTime) {
  // "the round that ended on June 2" and "the fifth round ended on Wednesday"
  std::vector<Timeline> in{
      doc("a", {round_end("Vienna talks", 0, stated("June 2", at(2021, 6, 2), at(2021, 6, 2, 23)))}),
      doc("b", {round_end("Vienna talks", 5, stated("Wednesday", at(2021, 6, 2), at(2021, 6, 2, 23)))})};
  Timeline m = merge_timelines(in);
  ASSERT_EQ(m.events.size(), 1u);
  ASSERT_TRUE(m.events[0].match);
  EXPECT_EQ(m.events[0].match->rule, "same round by its time");
  EXPECT_DOUBLE_EQ(m.events[0].match->confidence, 0.7);
  EXPECT_EQ(m.events[0].series->round, 5);  // the number one source gives
}

TEST(MergeRules, StatedTimesThatCannotBothHoldAreKeptAsReadings) {
  std::vector<Timeline> in{
      doc("a", {round_end("Vienna talks", 5, stated("Wednesday", at(2021, 6, 2), at(2021, 6, 2, 23)))}),
      doc("b", {round_end("Vienna talks", 5, stated("Thursday", at(2021, 6, 3), at(2021, 6, 3, 23)))}),
      doc("c", {round_end("Vienna talks", 5, stated("Wednesday", at(2021, 6, 2), at(2021, 6, 2, 23)))})};
  Timeline m = merge_timelines(in);
  ASSERT_EQ(m.events.size(), 1u);
  const Event& e = m.events[0];
  EXPECT_EQ(e.sources, 3u);
  ASSERT_EQ(e.readings.size(), 2u);
  EXPECT_EQ(e.readings[0].docs, (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(e.readings[1].docs, (std::vector<std::string>{"b"}));
  EXPECT_EQ(*e.time->time.earliest, at(2021, 6, 2));  // the reading most sources give
  ASSERT_EQ(m.contradictions.size(), 1u);
  EXPECT_EQ(m.contradictions[0].events, (std::vector<std::string>{"e1"}));
  EXPECT_NE(m.contradictions[0].reason.find("a, c: Wednesday"), std::string::npos);
  EXPECT_NE(m.contradictions[0].reason.find("b: Thursday"), std::string::npos);
}

TEST(MergeRules, DefaultTimesNarrowButNeverConflict) {
  std::vector<Timeline> in{
      doc("a", {statement("Abbas Araghchi", "the ball is now in Washington's court", stated("Wednesday", at(2021, 6, 2), at(2021, 6, 2, 23)))}),
      doc("b", {statement("Abbas Araqchi", "the ball is now in Washington's court", by_default(at(2021, 6, 2, 12), at(2021, 6, 3, 23)))})};
  Timeline m = merge_timelines(in);
  ASSERT_EQ(m.events.size(), 1u);
  EXPECT_EQ(m.events[0].match->rule, "same statement");
  EXPECT_EQ(*m.events[0].time->time.earliest, at(2021, 6, 2, 12));
  EXPECT_EQ(*m.events[0].time->time.latest, at(2021, 6, 2, 23));
  EXPECT_TRUE(m.events[0].readings.empty());
}

TEST(MergeRules, SameWordsOnOtherDaysIsANearMissNotAMerge) {
  std::vector<Timeline> in{
      doc("a", {statement("Enrique Mora", "delegations return capitals consultations", stated("Wednesday", at(2021, 6, 2), at(2021, 6, 2, 23)))}),
      doc("b", {statement("EU coordinator Enrique Mora", "delegations return capitals consultations", stated("Thursday", at(2021, 6, 3), at(2021, 6, 3, 23)))})};
  Timeline m = merge_timelines(in);
  EXPECT_EQ(m.events.size(), 2u);
  ASSERT_EQ(m.near_misses.size(), 1u);
  EXPECT_EQ(m.near_misses[0].rule, "same statement");
  EXPECT_EQ(m.near_misses[0].reason, "same speaker and words, different days");
  EXPECT_EQ(m.near_misses[0].events.size(), 2u);
  EXPECT_TRUE(timeline_to_yaml(m).find("near_misses:") != std::string::npos);
}

TEST(MergeRules, SameWordsOtherSpeakerIsANearMiss) {
  std::vector<Timeline> in{doc("a", {statement("Abbas Araghchi", "The ball is now in Washington's court", std::nullopt)}),
                           doc("b", {statement("Mikhail Ulyanov", "The ball is now in Washington's court", std::nullopt)})};
  EventMatching m = match_events(in);
  EXPECT_EQ(m.clusters.size(), 2u);
  ASSERT_EQ(m.near_misses.size(), 1u);
  EXPECT_EQ(m.near_misses[0].reason, "same words, different speakers");
  EXPECT_DOUBLE_EQ(m.near_misses[0].score, 1.0);
}

TEST(MergeRules, TwoEventsOfOneDocumentAreNeverJoined) {
  // b's single report matches both of a's; only one of them may take it
  Event first = statement("Abbas Araghchi", "sanctions must be lifted first", std::nullopt);
  Event second = statement("Abbas Araghchi", "sanctions must be lifted first", std::nullopt);
  std::vector<Timeline> in{doc("a", {first, second}),
                           doc("b", {statement("Araqchi", "sanctions must be lifted first", std::nullopt)})};
  EventMatching m = match_events(in);
  ASSERT_EQ(m.clusters.size(), 2u);
  EXPECT_EQ(m.clusters[0].members.size(), 2u);
  EXPECT_EQ(m.clusters[1].members.size(), 1u);
  ASSERT_EQ(m.near_misses.size(), 1u);
  EXPECT_EQ(m.near_misses[0].reason, "would join two events of one document");
}

TEST(MergeRules, BlockingLeavesFarApartDatesUncompared) {
  // same speaker and words, a month apart: outside the date window, not even a near miss
  std::vector<Timeline> in{
      doc("a", {statement("Abbas Araghchi", "closer to an agreement than ever", stated("May 2", at(2021, 5, 2), at(2021, 5, 2, 23)))}),
      doc("b", {statement("Abbas Araghchi", "closer to an agreement than ever", stated("June 2", at(2021, 6, 2), at(2021, 6, 2, 23)))})};
  EventMatching m = match_events(in);
  EXPECT_EQ(m.clusters.size(), 2u);
  EXPECT_TRUE(m.near_misses.empty());
}

TEST(MergeRules, AnyInputOrderGivesTheSameTimeline) {
  std::vector<Timeline> in{
      doc("a", {round_end("Vienna talks", 5, stated("Wednesday", at(2021, 6, 2), at(2021, 6, 2, 23))),
                statement("Abbas Araghchi", "ball in Washington's court", std::nullopt)}),
      doc("b", {statement("Araqchi", "ball in Washington's court", std::nullopt),
                round_end("Vienna talks", 5, stated("Thursday", at(2021, 6, 3), at(2021, 6, 3, 23)))}),
      doc("c", {round_end("Vienna talks", 6, stated("June 10", at(2021, 6, 10), at(2021, 6, 10, 23)))})};
  const std::string first = timeline_to_yaml(merge_timelines(in));
  std::vector<std::size_t> order{0, 1, 2};
  while (std::next_permutation(order.begin(), order.end())) {
    std::vector<Timeline> permuted;
    for (std::size_t i : order) permuted.push_back(in[i]);
    EXPECT_EQ(timeline_to_yaml(merge_timelines(permuted)), first);
  }
}

// The three articles through build_timeline, as `parley timeline A B C` reads them.
class MergedRound5 : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    for (const char* n : parley::testing::compare_article_names)
      docs_.push_back(load_document(parley::testing::compare_path(std::string(n) + ".txt")));
    std::vector<TimelineInput> in;
    for (const Document& d : docs_) in.push_back({d.id, d.text, d.dct, d.source, nullptr});
    tl_ = build_timeline(in);
  }
  static const Event* find(std::string_view summary) {
    auto it = std::find_if(tl_.events.begin(), tl_.events.end(), [&](const Event& e) { return e.summary == summary; });
    return it == tl_.events.end() ? nullptr : &*it;
  }
  static inline std::vector<Document> docs_;
  static inline Timeline tl_;
};

TEST_F(MergedRound5, TheRoundAppearsOnceWithEvidenceFromEachAndItsConflict) {
  const Event* round = find("The fifth round of the Borjam Joint Commission meeting ended");
  ASSERT_NE(round, nullptr);
  EXPECT_EQ(round->sources, 3u);
  // the paper tells the end twice ("ended the fifth round ... on Thursday", "The fifth round ...
  // ended on Thursday"): one event of its own before the merge
  ASSERT_EQ(round->evidence.size(), 4u);
  EXPECT_EQ(round->evidence[0].doc, "irna-round5");
  EXPECT_EQ(round->evidence[1].doc, "paper-round5");
  EXPECT_EQ(round->evidence[2].doc, "paper-round5");
  EXPECT_EQ(round->evidence[3].doc, "wire-round5");
  ASSERT_TRUE(round->match);
  EXPECT_EQ(round->match->rule, "same round");
  ASSERT_EQ(round->readings.size(), 2u);
  EXPECT_EQ(round->readings[0].docs, (std::vector<std::string>{"irna-round5", "wire-round5"}));
  EXPECT_EQ(round->readings[1].docs, (std::vector<std::string>{"paper-round5"}));
  EXPECT_EQ(round->time->basis, "intersection of 2 sources: clause");
  EXPECT_TRUE(std::any_of(tl_.contradictions.begin(), tl_.contradictions.end(), [&](const Contradiction& c) {
    return c.events == std::vector<std::string>{round->id} && c.reason.find("incompatible times") != std::string::npos;
  }));
}

TEST_F(MergedRound5, AraghchiUnderThreeSpellingsIsOneStatement) {
  const Event* said = find("Iran's chief negotiator Abbas Araqchi told state television");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->sources, 3u);
  EXPECT_EQ(said->match->rule, "same statement");
  EXPECT_DOUBLE_EQ(said->match->confidence, 0.95);
  EXPECT_EQ(format_instant(*said->time->time.earliest), "2021-06-02T00:00:00");
  EXPECT_EQ(format_instant(*said->time->time.latest), "2021-06-02T23:59:59");
}

TEST_F(MergedRound5, OppositeOrdersBecomeACycleContradiction) {
  const Event* met = find("Araghchi met");
  const Event* meeting = find("Araqchi meeting");
  ASSERT_NE(met, nullptr);
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(met->match->rule, "same meeting");
  EXPECT_EQ(met->sources, 3u);
  EXPECT_EQ(meeting->sources, 2u);
  EXPECT_TRUE(std::any_of(tl_.contradictions.begin(), tl_.contradictions.end(), [&](const Contradiction& c) {
    return std::count(c.events.begin(), c.events.end(), met->id) && std::count(c.events.begin(), c.events.end(), meeting->id);
  }));
}

TEST_F(MergedRound5, NearMissesOncePerPair) {
  // the ball quote under two speakers (two reports of Araghchi against one of Ulyanov: one
  // entry), and Mora's words told on two days
  ASSERT_EQ(tl_.near_misses.size(), 2u);
  EXPECT_EQ(tl_.near_misses[0].events, (std::vector<std::string>{"e8", "e20"}));
  EXPECT_EQ(tl_.near_misses[0].reason, "same words, different speakers");
  EXPECT_EQ(tl_.near_misses[1].events, (std::vector<std::string>{"e21", "e33"}));
  EXPECT_EQ(tl_.near_misses[1].reason, "same speaker and words, different days");
}

TEST_F(MergedRound5, DocumentOrderDoesNotChangeTheYaml) {
  std::vector<TimelineInput> in;
  for (auto it = docs_.rbegin(); it != docs_.rend(); ++it) in.push_back({it->id, it->text, it->dct, it->source, nullptr});
  EXPECT_EQ(timeline_to_yaml(build_timeline(in)), timeline_to_yaml(tl_));
}

}  // namespace
