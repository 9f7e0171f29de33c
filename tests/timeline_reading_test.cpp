// Per-article reading of negotiation reports (tests/timeline_articles/lagoon-*.txt, articles
// written for these tests): phases told with the round as object or noun, targets of postpone /
// adjourn / expire, a restated round taking the sentence before's time, a statement's weekday,
// datelines, attribution to a speaker and not to a medium, salience, and input warnings.
#include <span>

#include "parley/dct.hpp"
#include "parley/timeline_io.hpp"
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;
using namespace parley::testing;

struct Row {
  std::string_view trigger, context;
  EventKind kind;
  Phase phase;
  int round;
  std::string_view first, last;  // "~" for an open bound, "" when the event has no time
};

void expect_rows(const ArticleTimeline& a, std::span<const Row> rows) {
  for (const Row& row : rows) {
    SCOPED_TRACE(std::string(row.trigger) + " / " + std::string(row.context));
    const Event* e = a.find(row.trigger, row.context);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->kind, row.kind);
    EXPECT_EQ(e->phase, row.phase);
    EXPECT_EQ(e->series ? e->series->round : 0, row.round);
    if (row.first.empty()) {
      EXPECT_TRUE(!e->time || (!e->time->time.earliest && !e->time->time.latest));
    } else {
      EXPECT_EQ(earliest(*e), row.first);
      EXPECT_EQ(latest(*e), row.last);
    }
    EXPECT_EQ(e->salience, Salience::Main);
  }
}

TEST(ReadingPhases, TheRoundAsObjectOrNounGetsItsPhase) {
  // DCT Saturday 2024-09-14
  constexpr Row rows[] = {
      {"wrapped", "third round", EventKind::Round, Phase::End, 3, "2024-09-14T00:00:00", "2024-09-14T23:59:59"},
      {"opened", "fourth round", EventKind::Round, Phase::Start, 4, "2024-09-09T00:00:00", "2024-09-09T23:59:59"},
      {"concluded", "fourth round", EventKind::Round, Phase::End, 4, "2024-09-12T00:00:00", "2024-09-12T23:59:59"},
      // "At the end of the fifth round, the chief mediator said": at the time of the statement
      {"end", "fifth round", EventKind::Round, Phase::End, 5, "2024-09-13T00:00:00", "2024-09-14T23:59:59"},
      {"start", "sixth round", EventKind::Round, Phase::Start, 6, "", ""},
      {"came", "came to an end", EventKind::Meeting, Phase::End, 0, "2024-09-11T17:00:00", "2024-09-11T23:59:59"},
      {"adjourned", "adjourned on Friday", EventKind::Meeting, Phase::End, 0, "2024-09-13T00:00:00",
       "2024-09-13T23:59:59"},
  };
  const auto& a = golden_article("lagoon-phases-as-objects.txt");
  expect_rows(a, rows);
  const SeriesRound* fourth = a.round("Lagoon fisheries talks", 4);
  ASSERT_NE(fourth, nullptr);
  ASSERT_TRUE(fourth->end && fourth->end->time.earliest);
  EXPECT_EQ(format_instant(*fourth->end->time.earliest), "2024-09-12T00:00:00");
  const SeriesRound* third = a.round("Lagoon fisheries talks", 3);
  ASSERT_TRUE(third && third->end && third->end->time.earliest);
  EXPECT_EQ(format_instant(*third->end->time.earliest), "2024-09-14T00:00:00");
  // the speaker of the round's end keeps the wrap-up's participants
  EXPECT_EQ(a.find("wrapped")->participants, (std::vector<std::string>{"Delegates from the island nations"}));
}

TEST(ReadingTargets, TheTargetPlacesTheEventAfterTheReport) {
  // DCT Friday 2024-09-13
  constexpr Row rows[] = {
      {"postponed", "until Tuesday", EventKind::Action, Phase::None, 0, "2024-09-17T00:00:00", "2024-09-17T23:59:59"},
      {"adjourned", "Oct 21", EventKind::Action, Phase::None, 0, "2024-10-21T00:00:00", "2024-10-21T23:59:59"},
      {"expires", "June 30", EventKind::Action, Phase::None, 0, "2025-06-30T00:00:00", "2025-06-30T23:59:59"},
      {"hold", "technical talks next week", EventKind::Meeting, Phase::Whole, 0, "2024-09-16T00:00:00",
       "2024-09-22T23:59:59"},
      {"meet", "Thursday and Friday", EventKind::Meeting, Phase::None, 0, "2024-09-19T00:00:00", "2024-09-20T23:59:59"},
      {"meet", "next Tuesday", EventKind::Meeting, Phase::None, 0, "2024-09-17T00:00:00", "2024-09-17T23:59:59"},
      {"meet", "early next week", EventKind::Meeting, Phase::None, 0, "2024-09-16T00:00:00", "2024-09-22T23:59:59"},
  };
  const auto& a = golden_article("lagoon-targets-and-restated-times.txt");
  expect_rows(a, rows);
  EXPECT_EQ(a.find("postponed")->time->basis, "target: until Tuesday");
  // "is due to end on Sunday": a plan, placed on its day
  const Event* end = a.find("end", "due to end");
  ASSERT_NE(end, nullptr);
  EXPECT_EQ(end->tense, Tense::Future);
  EXPECT_EQ(end->phase, Phase::End);
  EXPECT_EQ(earliest(*end), "2024-09-15T00:00:00");
  // two future meetings of one envoy on different days stay two events
  EXPECT_NE(a.find("meet", "next Tuesday"), a.find("meet", "early next week"));
}

TEST(ReadingRestated, ARoundWithoutItsOwnTimeTakesTheSentenceBefore) {
  const auto& a = golden_article("lagoon-targets-and-restated-times.txt");
  // "Talks resumed ... on Tuesday afternoon. The seventh round began with ...": the talks are the
  // story's seventh round, and the restated start takes their time, so both sentences tell one
  // event
  const Event* resumed = a.find("resumed");
  ASSERT_TRUE(resumed);
  EXPECT_EQ(a.find("began", "seventh round"), resumed);  // found as evidence of the one event
  // "on Tuesday afternoon" keeps its bounds
  EXPECT_EQ(earliest(*resumed), "2024-09-10T12:00:00");
  EXPECT_EQ(latest(*resumed), "2024-09-10T17:59:59");
  EXPECT_EQ(resumed->kind, EventKind::Round);
  EXPECT_EQ(resumed->phase, Phase::Start);
  ASSERT_TRUE(resumed->series);
  EXPECT_EQ(resumed->series->round, 7);
  ASSERT_EQ(resumed->evidence.size(), 2u);
  EXPECT_NE(resumed->evidence[1].text.find("The seventh round began"), std::string::npos);
}

TEST(ReadingReportedSpeech, AStatementsWeekdayIsBeforeTheReport) {
  // "said in a statement on Thursday that participants would meet again", DCT Friday 13th
  const auto& a = golden_article("lagoon-targets-and-restated-times.txt");
  const Event* said = a.find("said", "in a statement on Thursday");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->kind, EventKind::Statement);
  EXPECT_EQ(said->channel, "in a statement");
  EXPECT_EQ(said->time->time.value, "2024-09-12");
  EXPECT_EQ(earliest(*said), "2024-09-12T00:00:00");
  // the meeting said is a hypothetical without a day: background
  const Event* meet = a.find("meet", "participants would meet again");
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->salience, Salience::Background);
}

TEST(ReadingDateline, TheDatelineSetsTheStorysDay) {
  // wire time 2024-03-02T22:15, dateline "MALE, March 3 -": today is March 3, yesterday March 2
  const auto& a = golden_article("lagoon-wire-dateline.txt");
  const Event* resumed = a.find("resumed");
  const Event* exchanged = a.find("exchanged");
  ASSERT_TRUE(resumed && exchanged);
  EXPECT_EQ(earliest(*resumed), "2024-03-03T00:00:00");
  EXPECT_EQ(latest(*resumed), "2024-03-03T23:59:59");
  EXPECT_EQ(earliest(*exchanged), "2024-03-02T00:00:00");
  EXPECT_EQ(latest(*exchanged), "2024-03-02T23:59:59");
  EXPECT_EQ(a.tl.documents[0].dct, "2024-03-02T22:15:00");  // the DCT as given is kept
}

TEST(ReadingAttribution, SpeakerNotMediumNorMeeting) {
  const auto& a = golden_article("lagoon-attribution-and-salience.txt");
  const Event* told = a.find("told");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->actors, (std::vector<std::string>{"Ahmed Nasir"}));
  EXPECT_EQ(told->channel, "Maldivian TV");
  EXPECT_EQ(earliest(*told), "2024-09-12T00:00:00");
  const Event* wrote = a.find("wrote");
  ASSERT_NE(wrote, nullptr);
  EXPECT_EQ(wrote->actors, (std::vector<std::string>{"Irina Volkova"}));
  EXPECT_EQ(wrote->channel, "Twitter");
}

TEST(ReadingSalience, BackgroundWithItsReason) {
  const auto& a = golden_article("lagoon-attribution-and-salience.txt");
  struct Expect {
    std::string_view trigger, context;
    Salience salience;
    std::string_view reason;
  };
  constexpr Expect rows[] = {
      {"opened", "", Salience::Main, "a round or meeting phase"},
      {"signed", "in 1982", Salience::Background, "distant past: over a year before the DCT"},
      {"agreed", "had agreed", Salience::Background, "past perfect without a time"},
      {"signed", "could be signed", Salience::Background, "hypothetical: a modal without a time"},
      {"lost", "", Salience::Background, "told inside a quote"},
      {"told", "", Salience::Main, ""},
  };
  for (const Expect& row : rows) {
    SCOPED_TRACE(std::string(row.trigger) + " / " + std::string(row.context));
    const Event* e = a.find(row.trigger, row.context);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->salience, row.salience);
    EXPECT_EQ(e->salience_reason, row.reason);
  }
  // what `parley timeline` shows by default: no background, ids kept
  Timeline shown = a.tl;
  drop_background(shown);
  EXPECT_TRUE(std::none_of(shown.events.begin(), shown.events.end(),
                           [](const Event& e) { return e.salience == Salience::Background; }));
  EXPECT_LT(shown.events.size(), a.tl.events.size());
  // salience survives the YAML round trip
  const Timeline back = timeline_from_yaml(timeline_to_yaml(a.tl), "saved.yaml");
  ASSERT_EQ(back.events.size(), a.tl.events.size());
  for (std::size_t i = 0; i < back.events.size(); ++i) {
    EXPECT_EQ(back.events[i].salience, a.tl.events[i].salience);
    EXPECT_EQ(back.events[i].salience_reason, a.tl.events[i].salience_reason);
  }
}

TEST(ReadingWarnings, AWeekdayThatContradictsItsDate) {
  const auto& a = golden_article("lagoon-weekday-mismatch.txt");
  ASSERT_EQ(a.tl.warnings.size(), 1u);
  const InputWarning& w = a.tl.warnings[0];
  EXPECT_EQ(w.kind, "weekday-mismatch");
  EXPECT_EQ(w.doc, "lagoon-weekday-mismatch");
  EXPECT_EQ(w.text, "Thursday, April 17, 2024");
  EXPECT_NE(w.message.find("2024-04-17 is a Wednesday"), std::string::npos);
  const std::string yaml = timeline_to_yaml(a.tl);
  EXPECT_NE(yaml.find("warnings:\n  - {doc: lagoon-weekday-mismatch, kind: weekday-mismatch"), std::string::npos);
  const Timeline back = timeline_from_yaml(yaml, "saved.yaml");
  ASSERT_EQ(back.warnings.size(), 1u);
  EXPECT_EQ(back.warnings[0].text, w.text);
  EXPECT_EQ(back.warnings[0].message, w.message);
}

TEST(ReadingWarnings, NoDctSaysRelativeTimesStayUnresolved) {
  const std::string text = "The talks ended yesterday. The sides will meet again on Monday.";
  TimelineInput in{"nodct", text, std::nullopt, "", nullptr};
  const Timeline tl = build_timeline(std::span<const TimelineInput>(&in, 1));
  ASSERT_EQ(tl.warnings.size(), 1u);
  EXPECT_EQ(tl.warnings[0].kind, "no-dct");
  EXPECT_NE(tl.warnings[0].message.find("stay unresolved"), std::string::npos);
  EXPECT_NE(tl.warnings[0].message.find("(2 in this document)"), std::string::npos);
  // a consistent weekday and date warn of nothing
  const std::string ok = "The round ended on Wednesday, April 17, 2024.";
  TimelineInput in2{"ok", ok, parse_dct("2024-04-20"), "", nullptr};
  EXPECT_TRUE(build_timeline(std::span<const TimelineInput>(&in2, 1)).warnings.empty());
}

// What the text says did not happen is background, with its reason; "noted" is no negation.
TEST(ReadingSalience, NegatedEventsAreBackground) {
  // DCT Thursday 2025-03-06
  const auto& a = golden_article("negated-events.txt");
  for (const std::string_view trigger : {"take", "held", "disclosed"}) {
    SCOPED_TRACE(std::string(trigger));
    const Event* e = a.find(trigger);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->salience, Salience::Background);
    EXPECT_EQ(e->salience_reason, "negated: told as not happening");
  }
  for (const std::string_view trigger : {"met", "noted"}) {
    SCOPED_TRACE(std::string(trigger));
    const Event* e = a.find(trigger);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->salience, Salience::Main);
  }
  const Event* met = a.find("met");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(earliest(*met), "2025-03-05T00:00:00");
}

}  // namespace
