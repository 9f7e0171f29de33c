// Wire copy (tests/timeline_articles/wire-*.txt, articles written for these tests, in the style
// of 1987 agency stories): plans told with "to", meetings told as nouns beside their time,
// labour verbs and participles that carry their own time, schedules ("rescheduled for
// Thursday", "resumes tomorrow", "expires in October"), and bare clock times ("at 0900 EST"). Each test asserts the day a reader of
// the story would give the event, as its bounds.
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;
using namespace parley::testing;

TEST(WirePlans, AVerbAfterAPlanIsDatedByItsOwnTime) {
  // wire time May 14 21:40, dateline "COLOMBO, May 15 -" (a Wednesday)
  const auto& a = golden_article("wire-plans.txt");
  const Event* meet = a.find("meet", "agreed to meet today");
  expect_day(meet, "2024-05-15");
  EXPECT_EQ(meet->kind, EventKind::Meeting);
  EXPECT_EQ(meet->tense, Tense::Future);
  EXPECT_EQ(meet->actors, (std::vector<std::string>{"Dock union leaders and port employers"}));
  expect_day(a.find("begin", "likely to begin formal talks tomorrow"), "2024-05-16");
  expect_day(a.find("return", "expected to return to Colombo on Monday"), "2024-05-20");
  // the plan itself stays an event of its own, before the report
  const Event* agreed = a.find("agreed", "agreed to meet today");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(latest(*agreed), "2024-05-15T23:59:59");
}

TEST(WirePlans, APlanWithoutATimeIsNoEventOfItsOwn) {
  // "have agreed to resume wage talks ... but gave no date": the agreement, not a resumption
  const auto& a = golden_article("wire-plans.txt");
  EXPECT_EQ(a.find("resume"), nullptr);
  EXPECT_NE(a.find("agreed", "agreed to resume wage talks"), nullptr);
}

TEST(WireMeetingNouns, AMeetingNounTakesTheTimeBesideIt) {
  const auto& a = golden_article("wire-meeting-nouns.txt");  // GENEVA, May 15 (Wednesday)
  const Event* talks = a.find("talks", "as a result of talks yesterday");
  expect_day(talks, "2024-05-14");
  EXPECT_EQ(talks->kind, EventKind::Meeting);
  expect_day(a.find("meeting", "yesterday's meeting"), "2024-05-14");
  expect_day(a.find("meeting", "the May 28 annual meeting"), "2024-05-28");
  // "Delegates will discuss the draft at a meeting of the full council this afternoon": one
  // meeting, told by its verb, on this afternoon
  const Event* council = a.find("discuss", "a meeting of the full council this afternoon");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->kind, EventKind::Meeting);
  EXPECT_EQ(earliest(*council), "2024-05-15T12:00:00");
  EXPECT_EQ(latest(*council), "2024-05-15T17:59:59");
}

TEST(WireMeetingNouns, TheObjectOfAVerbLeavesTheTimeToTheVerb) {
  // "Producers will resume talks tomorrow": one event, the resumption
  const auto& a = golden_article("wire-meeting-nouns.txt");
  expect_day(a.find("resume", "will resume talks tomorrow"), "2024-05-16");
  EXPECT_EQ(a.find("talks", "will resume talks tomorrow"), nullptr);
}

TEST(WireLabourVerbs, WalkoutsCollapsesAndExpiries) {
  const auto& a = golden_article("wire-labour-verbs.txt");  // SAO PAULO, May 15 (Wednesday)
  // the subject is long and holds a gerund ("aimed at ending a strike"): still the verb
  expect_day(a.find("collapsed", "Pay talks aimed at ending"), "2024-05-15");
  const Event* walked = a.find("walked", "walked out on Monday");
  expect_day(walked, "2024-05-13");
  EXPECT_EQ(walked->summary, "6,000 dockers walked out");
  expect_day(a.find("expired", "the one that expired April 30"), "2024-04-30");
  expect_day(a.find("wound", "wound up a three-day meeting"), "2024-05-15");
  expect_day(a.find("foundered", "foundered on Sunday"), "2024-05-12");
}

TEST(WireLabourVerbs, AParticipleKeepsTheTimeOfItsOwnPhrase) {
  // "An agreement reached with the employers on Thursday had been rejected": Thursday is the
  // agreement's; the rejection came later, undated
  const auto& a = golden_article("wire-labour-verbs.txt");
  expect_day(a.find("reached", "reached with the employers on Thursday"), "2024-05-09");
  const Event* rejected = a.find("rejected", "had been rejected");
  ASSERT_NE(rejected, nullptr);
  EXPECT_EQ(earliest(*rejected), "~");
}

TEST(WireSchedules, TargetsOfSchedulesLookAhead) {
  const auto& a = golden_article("wire-schedules.txt");  // LONDON, May 15 (Wednesday)
  const Event* rescheduled = a.find("rescheduled", "rescheduled for Thursday");
  expect_day(rescheduled, "2024-05-16");
  EXPECT_EQ(rescheduled->time->basis, "target: for Thursday");
  expect_day(a.find("scheduled", "scheduled for next Tuesday"), "2024-05-21");
  expect_day(a.find("resumes", "session resumes tomorrow"), "2024-05-16");
  expect_day(a.find("starts", "which starts on Friday"), "2024-05-17");
  const Event* expires = a.find("expires", "accord expires in October");
  ASSERT_NE(expires, nullptr);
  EXPECT_EQ(earliest(*expires), "2024-10-01T00:00:00");
  EXPECT_EQ(latest(*expires), "2024-10-31T23:59:59");
}

TEST(WireSchedules, AdjectivesAndPlanMarkersAreNoEvents) {
  const auto& a = golden_article("wire-schedules.txt");
  // "the previously announced review ... is scheduled to begin on June 3": one event, the start
  EXPECT_EQ(a.find("announced"), nullptr);
  EXPECT_EQ(a.find("scheduled", "scheduled to begin on June 3"), nullptr);
  expect_day(a.find("begin", "scheduled to begin on June 3"), "2024-06-03");
  // "agreed to reconvene abandoned working groups tonight": nothing was abandoned today
  EXPECT_EQ(a.find("abandoned"), nullptr);
  const Event* reconvene = a.find("reconvene", "reconvene abandoned working groups tonight");
  ASSERT_NE(reconvene, nullptr);
  EXPECT_EQ(earliest(*reconvene), "2024-05-15T20:00:00");
}

TEST(WireClockTimes, ABareClockTimeIsOnTheStorysDay) {
  // "broke off yesterday ... Negotiations resumed at 0900 EST": the clock is today's, though the
  // last day the text told was yesterday; within one sentence ("Yesterday ... at 1000") it stays
  const auto& a = golden_article("wire-clock-times.txt");  // DENVER, May 15, wire time 11:40
  const Event* resumed = a.find("resumed", "resumed at 0900 EST");
  ASSERT_NE(resumed, nullptr);
  EXPECT_EQ(earliest(*resumed), "2024-05-15T09:00:00");
  EXPECT_EQ(latest(*resumed), "2024-05-15T09:00:00");
  EXPECT_EQ(resumed->time->basis, "clock time on the story's day: 0900 EST");
  const Event* reconvenes = a.find("reconvenes", "reconvenes at 1500 hrs");
  ASSERT_NE(reconvenes, nullptr);
  EXPECT_EQ(earliest(*reconvenes), "2024-05-15T15:00:00");
  const Event* met = a.find("met", "Yesterday the two sides met at 1000 EST");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(earliest(*met), "2024-05-14T10:00:00");
  expect_day(a.find("broke", "broke off yesterday"), "2024-05-14");
}

}  // namespace

namespace {

using namespace parley;
using namespace parley::testing;

TEST(WireNightsAndTargets, EachConstructionGetsItsDay) {
  const auto& a = golden_article("wire-nights-and-targets.txt");
  // "last night": the evening of the day before, not into the story's morning
  const Event* broke = a.find("broke");
  ASSERT_NE(broke, nullptr);
  EXPECT_EQ(earliest(*broke), "2024-05-15T20:00:00");
  EXPECT_EQ(latest(*broke), "2024-05-15T23:59:59");
  expect_day(a.find("called"), "2024-05-14");     // "called off ... on Tuesday"
  expect_day(a.find("adjourned"), "2024-05-20");  // "today adjourned until Monday"
  expect_day(a.find("expire"), "2024-06-30");     // "Their contracts expire on June 30"
  expect_day(a.find("started"), "2024-05-08");    // "on Wednesday last week"
  const Event* meet = a.find("meet");              // "are to meet again this afternoon"
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(earliest(*meet), "2024-05-16T12:00:00");
  const Event* meeting = a.find("meeting");        // "by last week's annual meeting": no deadline
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(earliest(*meeting), "2024-05-06T00:00:00");
  EXPECT_EQ(latest(*meeting), "2024-05-12T23:59:59");
}

TEST(WireDecisionsAndObjects, DecisionsAreDatedAndObjectsAreNoEvents) {
  const auto& a = golden_article("wire-decisions-and-objects.txt");  // HONG KONG, May 15 (Wednesday)
  // "decided ... at today's regular weekly meeting": the meeting's day dates the decision, and
  // "weekly" qualifies the meeting
  expect_day(a.find("decided"), "2024-05-15");
  expect_day(a.find("meeting", "today's regular weekly meeting"), "2024-05-15");
  // "ratified the fisheries accord on Monday and unveiled a new quota plan": Monday is the first
  // verb's, and the second, told in the same tense by the same subject, shares the day
  expect_day(a.find("ratified"), "2024-05-13");
  const Event* unveiled = a.find("unveiled");
  expect_day(unveiled, "2024-05-13");
  EXPECT_EQ(unveiled->time->basis, "coordinated with 'ratified': Monday");
  // "rejected offers", "discuss issues": the -s word after a verb is its object
  EXPECT_EQ(a.find("offers"), nullptr);
  EXPECT_EQ(a.find("issues"), nullptr);
  const Event* discuss = a.find("discuss");
  ASSERT_NE(discuss, nullptr);
  EXPECT_EQ(discuss->kind, EventKind::Meeting);
  expect_day(discuss, "2024-05-17");
  // "when trading begins on June 10": an -ing subject does not make its verb an object
  expect_day(a.find("begins"), "2024-06-10");
  // "talks ... were suspended on Tuesday" ends a meeting; "suspended import licences" is an act
  const Event* talks = a.find("suspended", "Port fee talks");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->kind, EventKind::Meeting);
  EXPECT_EQ(talks->phase, Phase::End);
  expect_day(talks, "2024-05-14");
  const Event* licences = a.find("suspended", "import licences");
  ASSERT_NE(licences, nullptr);
  EXPECT_EQ(licences->kind, EventKind::Action);
  expect_day(licences, "2024-05-13");
}

TEST(WireTripsAndOccasions, TripsCallsAndOccasionsGetTheirOwnDay) {
  const auto& a = golden_article("wire-trips-and-occasions.txt");  // KUALA LUMPUR, May 15 (Wednesday)
  // "has been called for tomorrow": the call names the meeting's day
  const Event* called = a.find("called", "called for tomorrow");
  expect_day(called, "2024-05-16");
  // "approved by the cabinet yesterday, will give": the approval is yesterday's; the giving is
  // still to come and takes no day that is already over
  expect_day(a.find("approved"), "2024-05-14");
  if (const Event* give = a.find("give")) EXPECT_NE(latest(*give), "2024-05-14T23:59:59");
  // "would go to Jakarta next month": a trip to a named place, in June
  const Event* go = a.find("go", "go to Jakarta");
  ASSERT_NE(go, nullptr);
  EXPECT_EQ(earliest(*go), "2024-06-01T00:00:00");
  EXPECT_EQ(latest(*go), "2024-06-30T23:59:59");
  // "will go to great lengths" is no trip
  EXPECT_EQ(a.find("go", "great lengths"), nullptr);
  // "Yesterday's ruling": an occasion dated by a time of its own; "A ruling on the appeal" is none
  expect_day(a.find("ruling", "Yesterday's ruling"), "2024-05-14");
  EXPECT_EQ(a.find("ruling", "A ruling on the appeal"), nullptr);
}


TEST(WireCoordinatedAndQuoted, ASharedDayAQuotedFragmentAndADottedClock) {
  const auto& a = golden_article("wire-coordinated-and-quoted.txt");  // MADRID, May 15 (wire time May 14)
  // "moved their trawlers into the harbour mouths today and blocked the ferry lanes": one day
  expect_day(a.find("moved"), "2024-05-15");
  const Event* blocked = a.find("blocked");
  expect_day(blocked, "2024-05-15");
  EXPECT_EQ(blocked->time->basis, "coordinated with 'moved': today");
  // "brought the port of Cadiz to a halt today but called off a stoppage": the long first
  // phrase keeps its time, and the verb after "but" shares it and the subject
  expect_day(a.find("brought"), "2024-05-15");
  const Event* called = a.find("called");
  expect_day(called, "2024-05-15");
  ASSERT_EQ(called->actors.size(), 1u);
  EXPECT_EQ(called->actors[0], "Striking dockers");
  // 'stopped working "as of noon today."': the quoted words go on with the reporter's clause
  const Event* stopped = a.find("stopped");
  ASSERT_TRUE(stopped && stopped->time);
  EXPECT_EQ(stopped->time->time.value, "2024-05-15T12:00");
  // "at 10.00 local time tomorrow": a dotted clock is a clock when "local time" follows it
  const Event* resume = a.find("resume");
  ASSERT_TRUE(resume && resume->time);
  EXPECT_EQ(resume->time->time.value, "2024-05-16T10:00");
  // "joined the fleet in 1998 and became its spokesman": a year is no day the two verbs share
  const Event* became = a.find("became");
  ASSERT_NE(became, nullptr);
  EXPECT_NE(earliest(*became), "1998-01-01T00:00:00");
}

}  // namespace
