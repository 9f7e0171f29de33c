// The timeline engine's parts on their own: the sentence splitter, the attachment of times to
// events, and the ordering over the constraint graph.
#include <gtest/gtest.h>

#include "engine/timeline/text_units.hpp"
#include "engine/timeline/timeline_order.hpp"
#include "parley/timeline_io.hpp"
#include "parley/timeline_output.hpp"
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;

std::vector<std::string> sentences(std::string_view text) {
  timeline::TextUnits u;
  timeline::segment(text, u);
  std::vector<std::string> out;
  for (const auto& s : u.sentences) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SentenceSplitter, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(sentences("The U.S. envoy met Mr. Zarif at 10 a.m. on Monday. He left."),
            (std::vector<std::string>{"The U.S. envoy met Mr. Zarif at 10 a.m. on Monday.", "He left."}));
  EXPECT_EQ(sentences("Talks resumed in the U.S. The delegates arrived."),
            (std::vector<std::string>{"Talks resumed in the U.S.", "The delegates arrived."}));
}

TEST(SentenceSplitter, DatelineIsItsOwnUnit) {
  auto s = sentences("VIENNA (Reuters) - The talks ended on Wednesday.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "VIENNA (Reuters) -");
}

TEST(SentenceSplitter, AHeadlineLineWithoutAStopIsItsOwnSentence) {
  EXPECT_EQ(sentences("Envoy says all not lost after inconclusive peace talks\nThe fifth round concluded on Friday."),
            (std::vector<std::string>{"Envoy says all not lost after inconclusive peace talks",
                                      "The fifth round concluded on Friday."}));
  // a body line wrapped mid-sentence is no headline: it stops on a word that needs more, or it
  // holds a dateline
  EXPECT_EQ(sentences("Officials from both sides met in\nVienna on Friday.").size(), 1u);
  EXPECT_EQ(sentences("LONDON, March 3 - Producers said\nOPEC would meet.").size(), 2u);  // dateline + body
}

TEST(SentenceSplitter, QuoteSpanningSentencesStaysWithItsAttribution) {
  EXPECT_EQ(sentences("\xE2\x80\x9CWe agreed. We will meet again,\xE2\x80\x9D he said. Then he left."),
            (std::vector<std::string>{"\xE2\x80\x9CWe agreed. We will meet again,\xE2\x80\x9D he said.", "Then he left."}));
  EXPECT_EQ(sentences("``It was a bomb,'' said an official. Police came.").size(), 2u);
}

Timeline timeline_of(std::string_view text, std::string_view dct) {
  TimelineInput in{"t", text, parse_dct(dct), "", nullptr};
  return build_timeline(std::span<const TimelineInput>(&in, 1));
}

const Event* by_trigger(const Timeline& tl, std::string_view trigger) {
  for (const Event& e : tl.events)
    if (e.trigger == trigger) return &e;
  return nullptr;
}

std::string time_text(const Event* e) { return e && e->time ? e->time->text : "<none>"; }

TEST(TimeAttachment, AReportingVerbTakesOnlyTheTimeOfItsAttribution) {
  auto tl = timeline_of("The company said Friday that profit rose in the third quarter.", "1989-11-06");
  EXPECT_EQ(time_text(by_trigger(tl, "said")), "Friday");
  EXPECT_EQ(time_text(by_trigger(tl, "rose")), "the third quarter");
  // a sentence-final attribution does not take the times of what was said
  tl = timeline_of("The man was arrested last month at the airport, the FBI said.", "1999-01-22");
  EXPECT_EQ(time_text(by_trigger(tl, "arrested")), "last month");
  EXPECT_EQ(by_trigger(tl, "said")->time->basis, "reporting: the DCT's day or the day before");
}

TEST(TimeAttachment, TimesThatNameSomethingElseDateNoEvent) {
  // the figure compared with
  auto tl = timeline_of("Revenue declined 8% to $85.7 million from $93.3 million a year earlier.", "1989-11-01");
  EXPECT_EQ(by_trigger(tl, "declined")->time->basis, "past tense: before the DCT");
  // a term, and a noun modifier
  tl = timeline_of("The board declared a dividend payable Dec. 1.", "1989-10-27");
  EXPECT_EQ(time_text(by_trigger(tl, "declared")), "");
  tl = timeline_of("Kavan, who lived in London until 1989, said he was buoyant.", "1999-03-12");
  EXPECT_EQ(time_text(by_trigger(tl, "said")), "");
  // the relative clause runs on over pieces set off by commas
  tl = timeline_of("The minister, Jan Kavan, who lived in London from 1968, when the Soviets invaded, until 1989, said "
                   "he was buoyant.",
                   "1999-03-12");
  EXPECT_EQ(time_text(by_trigger(tl, "said")), "");
  EXPECT_EQ(by_trigger(tl, "said")->time->basis, "reporting: the DCT's day or the day before");
}

TEST(TimeAttachment, DeicticEarlierDatesTheEventFromTheDct) {
  // "earlier this month" is this month, not "earlier than the 1988 period" just told
  auto tl = timeline_of("In the 1988 period, the company earned $20.6 million. Earlier this month, the company said it "
                        "expected to break even.",
                        "1989-10-26");
  const Event* said = by_trigger(tl, "said");
  ASSERT_TRUE(said && said->time);
  EXPECT_EQ(said->time->text, "Earlier this month");
  EXPECT_EQ(parley::testing::earliest(*said), "1989-10-01T00:00:00");
  EXPECT_EQ(parley::testing::latest(*said), "1989-10-31T23:59:59");
}

TEST(TimeAttachment, PresentTenseIsNotDatedByAPastTime) {
  auto tl = timeline_of("Gabelli Group began raising its stake in July, and holds 14.6%.", "1989-10-30");
  EXPECT_EQ(time_text(by_trigger(tl, "began")), "July");
  EXPECT_EQ(by_trigger(tl, "holds")->time->basis, "present tense: at the DCT");
}

TEST(TimeAttachment, ABareYearBeforeANounModifiesIt) {
  auto tl = timeline_of("Analysts were predicting 1990 BellSouth earnings of $3.90 a share.", "1989-10-30");
  EXPECT_EQ(time_text(by_trigger(tl, "predicting")), "");
}

TEST(TimeAttachment, AWhenClauseAfterATimeIsAboutIt) {
  auto tl = timeline_of("In contrast to Thursday, when 135 people were arrested, protesters were calm Friday.",
                        "2000-01-07");
  EXPECT_EQ(time_text(by_trigger(tl, "arrested")), "Thursday");
  // the preposition before the time is the main clause's: the invasion was in 1968, not since it
  tl = timeline_of("Kavan lived in London from 1968, when the Soviets invaded Czechoslovakia.", "1999-03-12");
  const Event* invaded = by_trigger(tl, "invaded");
  ASSERT_TRUE(invaded && invaded->time);
  EXPECT_EQ(invaded->time->text, "1968");
  EXPECT_EQ(parley::testing::latest(*invaded), "1968-12-31T23:59:59");
}

TEST(TimeAttachment, CountedWordsAreNouns) {
  // "attacks" after "two terrorist bomb" is a noun, dated by the time after it
  auto tl = timeline_of("The government Saturday condemned two terrorist bomb attacks in Kenya Friday.", "1998-08-08");
  const Event* attacks = by_trigger(tl, "attacks");
  ASSERT_TRUE(attacks);
  EXPECT_TRUE(attacks->time && attacks->time->text == "Friday");
}

TEST(TimeAttachment, ATimeBetweenSubjectAndVerbDatesTheVerb) {
  // neither the time nor the adverb is the speaker
  auto tl = timeline_of("The Cypriot government Saturday strongly condemned the attacks.", "1998-08-08");
  const Event* condemned = by_trigger(tl, "condemned");
  ASSERT_TRUE(condemned);
  EXPECT_EQ(condemned->actors, (std::vector<std::string>{"The Cypriot government"}));
  EXPECT_EQ(time_text(condemned), "Saturday");
  tl = timeline_of("Cuba on Wednesday said the ruling was unfair.", "2000-01-15");
  EXPECT_EQ(by_trigger(tl, "said")->actors, (std::vector<std::string>{"Cuba"}));
  EXPECT_EQ(time_text(by_trigger(tl, "said")), "Wednesday");
}

TEST(TimeAttachment, AnEventDatedByARangeEndGetsTheWholeRange) {
  // the tagger pairs the ends; the round lasts from the first day to the last
  auto tl = timeline_of("The sixth round of talks were held on September 13-15 in Montreal.", "2017-10-01");
  const Event* e = by_trigger(tl, "held");
  ASSERT_TRUE(e && e->time);
  EXPECT_EQ(e->time->text, "September 13-15");
  EXPECT_EQ(parley::testing::earliest(*e), "2017-09-13T00:00:00");
  EXPECT_EQ(parley::testing::latest(*e), "2017-09-15T23:59:59");
  ASSERT_TRUE(e->time->range);
  EXPECT_EQ(e->time->range->value, "P3D");
  EXPECT_EQ(e->time->range->begin, "2017-09-13");
  EXPECT_EQ(e->time->range->end, "2017-09-15");
  // the saved timeline keeps the range
  const Timeline back = parley::timeline_from_yaml(parley::timeline_to_yaml(tl), "saved");
  const Event* saved = by_trigger(back, "held");
  ASSERT_TRUE(saved && saved->time && saved->time->range);
  EXPECT_EQ(saved->time->range->end, "2017-09-15");
  tl = timeline_of("The next round will be held Nov. 17-21 in Washington.", "2017-10-01");
  e = by_trigger(tl, "held");
  ASSERT_TRUE(e && e->time);
  EXPECT_EQ(parley::testing::earliest(*e), "2017-11-17T00:00:00");
  EXPECT_EQ(parley::testing::latest(*e), "2017-11-21T23:59:59");
  // a spaced dash after "from": the bounds no longer run to the DCT (and never cross)
  tl = timeline_of("The fifth round took place in Ottawa from September 23 \xE2\x80\x93 27.", "2017-09-05");
  e = by_trigger(tl, "took");
  ASSERT_TRUE(e && e->time);
  EXPECT_EQ(e->time->text, "September 23 \xE2\x80\x93 27");
  EXPECT_EQ(parley::testing::earliest(*e), "2017-09-23T00:00:00");
  EXPECT_EQ(parley::testing::latest(*e), "2017-09-27T23:59:59");
  tl = timeline_of("The talks took place in Ottawa from September 23 to 27.", "2017-10-01");
  e = by_trigger(tl, "took");
  ASSERT_TRUE(e && e->time);
  EXPECT_EQ(parley::testing::latest(*e), "2017-09-27T23:59:59");
}

TEST(TimeAttachment, ARangeIsOneSpan) {
  auto tl = timeline_of("The number of doctors declined between 1982 and 1992.", "1998-10-25");
  const Event* e = by_trigger(tl, "declined");
  ASSERT_TRUE(e && e->time);
  EXPECT_EQ(e->time->text, "1982 and 1992");
  EXPECT_EQ(parley::testing::earliest(*e), "1982-01-01T00:00:00");
  EXPECT_EQ(parley::testing::latest(*e), "1992-12-31T23:59:59");
  // two days joined directly: the event lies somewhere in both
  tl = timeline_of("The accession will be held at the Washington summit on April 24 and 25.", "1999-02-10");
  e = by_trigger(tl, "held");
  ASSERT_TRUE(e && e->time);
  EXPECT_EQ(e->time->text, "April 24 and 25");
  EXPECT_EQ(parley::testing::earliest(*e), "1999-04-24T00:00:00");
  EXPECT_EQ(parley::testing::latest(*e), "1999-04-25T23:59:59");
}

Event event(std::string id) {
  Event e;
  e.id = std::move(id);
  return e;
}

TEST(TimelineOrder, RelationsOrderAndUnrelatedEventsKeepDocumentOrder) {
  Timeline tl;
  for (const char* id : {"e1", "e2", "e3"}) tl.events.push_back(event(id));
  tl.relations.push_back({"e2", RelationType::Before, "e1", "past perfect"});
  timeline::order_timeline(tl);
  ASSERT_EQ(tl.events.size(), 3u);
  // e3 is not ordered by the text: it keeps its place after e2, the event told before it
  EXPECT_EQ(tl.events[0].id, "e2");
  EXPECT_EQ(tl.events[1].id, "e3");
  EXPECT_EQ(tl.events[2].id, "e1");
  EXPECT_EQ(tl.events[0].order, Order::Fixed);
  EXPECT_EQ(tl.events[1].order, Order::Unknown);
  EXPECT_EQ(tl.events[2].order, Order::Fixed);
}

TEST(TimelineOrder, ACircleIsReportedNotHidden) {
  Timeline tl;
  for (const char* id : {"e1", "e2"}) tl.events.push_back(event(id));
  tl.relations.push_back({"e1", RelationType::Before, "e2", "after"});
  tl.relations.push_back({"e2", RelationType::Before, "e1", "past perfect"});
  timeline::order_timeline(tl);
  ASSERT_EQ(tl.contradictions.size(), 1u);
  EXPECT_EQ(tl.contradictions[0].events, (std::vector<std::string>{"e1", "e2"}));
}

TEST(TimelineOrder, BoundsFlowAlongRelations) {
  Timeline tl;
  tl.events = {event("e1"), event("e2")};
  tl.events[1].time.emplace();
  tl.events[1].time->time.latest = parse_dct("2021-05-20")->instant;
  tl.relations.push_back({"e1", RelationType::Before, "e2", "Hours earlier"});
  timeline::order_timeline(tl);
  const Event& first = tl.events[0];
  ASSERT_EQ(first.id, "e1");
  ASSERT_TRUE(first.time && first.time->time.latest);
  EXPECT_EQ(format_instant(*first.time->time.latest), "2021-05-20T00:00:00");
}

Event dated(std::string id, const char* day) {
  Event e = event(std::move(id));
  e.time.emplace();
  e.time->time.earliest = parse_dct(std::string(day) + "T00:00:00")->instant;
  e.time->time.latest = parse_dct(std::string(day) + "T23:59:59")->instant;
  return e;
}

std::vector<std::string> ids(const Timeline& tl) {
  std::vector<std::string> out;
  for (const Event& e : tl.events) out.push_back(e.id);
  return out;
}

TEST(TimelineOrder, EventsInACircleArePlacedByTheirDates) {
  // two sources order e2 and e3 differently: the circle is reported, and its events still take
  // their place among the dated ones instead of being pushed to the end
  Timeline tl;
  tl.events = {dated("e1", "2021-05-10"), dated("e2", "2021-05-12"), dated("e3", "2021-05-12"),
               dated("e4", "2021-05-20")};
  tl.relations.push_back({"e2", RelationType::Before, "e3", "after"});
  tl.relations.push_back({"e3", RelationType::Before, "e2", "before"});
  timeline::order_timeline(tl);
  EXPECT_EQ(ids(tl), (std::vector<std::string>{"e1", "e2", "e3", "e4"}));
  ASSERT_EQ(tl.contradictions.size(), 1u);
  EXPECT_EQ(tl.contradictions[0].events, (std::vector<std::string>{"e2", "e3"}));
  EXPECT_EQ(tl.events[1].order, Order::Fixed);  // after e1 by the dates
}

TEST(TimelineOrder, DatesOrderEventsThroughUndatedOnes) {
  // e3 (undated) is before e2 by the text, and e2 is on May 10: e3 ends by May 10 and so comes
  // before e1 (May 15) although e1 is told first
  Timeline tl;
  tl.events = {dated("e1", "2021-05-15"), dated("e2", "2021-05-10"), event("e3")};
  tl.relations.push_back({"e3", RelationType::Before, "e2", "past perfect"});
  timeline::order_timeline(tl);
  EXPECT_EQ(ids(tl), (std::vector<std::string>{"e3", "e2", "e1"}));
  for (const Event& e : tl.events) EXPECT_EQ(e.order, Order::Fixed) << e.id;
}

TEST(TimelineOrder, ManyDatedEventsComeOutInDateOrder) {
  // a merged timeline's size: 3,000 events, one a day, told in a scrambled order
  Timeline tl;
  const int n = 3000;
  for (int k = 0; k < n; ++k) {
    const int day = (k * 7919) % n;  // a permutation of 0..n-1
    const auto when = parse_dct("2000-01-01")->instant + std::chrono::days(day);
    Event e = event("d" + std::to_string(day));
    e.time.emplace();
    e.time->time.earliest = when;
    e.time->time.latest = when + std::chrono::hours(23);
    tl.events.push_back(std::move(e));
  }
  timeline::order_timeline(tl);
  ASSERT_EQ(tl.events.size(), static_cast<std::size_t>(n));
  for (int k = 0; k < n; ++k) ASSERT_EQ(tl.events[k].id, "d" + std::to_string(k));
  EXPECT_TRUE(tl.contradictions.empty());
}

}  // namespace

namespace {

// A text with no full stop is one "sentence" to the splitter; it is cut at commas or, failing
// those, at a fixed length, so the rules that walk a sentence stay linear and every event keeps a
// readable piece of text as its evidence. (The CLI's huge-line test covers the time it takes.)
TEST(TimelineLongText, TextWithoutFullStopsIsCutIntoPieces) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "the talks resumed in Vienna on May 3 and officials said progress was made ";
  const Timeline tl = timeline_of(text, "2000-01-01");
  std::size_t said = 0;
  for (const Event& e : tl.events) {
    for (const Evidence& ev : e.evidence) ASSERT_LT(ev.text.size(), 6000u);
    if (e.trigger == "said") said += e.evidence.size();
  }
  EXPECT_EQ(said, 3000u);  // every statement is found
}

}  // namespace
