// Round events read from the constructions news copy tells them with (tests/timeline_articles/
// rounds-*.txt, articles written for these tests): the round as object, phrasal verbs, a subject
// with a complement, relative and participle clauses, nominal ends, a second verb of the same
// subject, unnumbered talks bound to the document's story round, and counts that are no round.
#include <span>

#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;
using namespace parley::testing;

struct RoundRow {
  std::string_view trigger, context;
  EventKind kind;
  Phase phase;
  int round;
  std::string_view series;
  std::string_view first, last;  // "~" for an open bound
};

void expect_round_rows(const ArticleTimeline& a, std::span<const RoundRow> rows) {
  for (const RoundRow& row : rows) {
    SCOPED_TRACE(std::string(row.trigger) + " / " + std::string(row.context));
    const Event* e = a.find(row.trigger, row.context);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->kind, row.kind);
    EXPECT_EQ(e->phase, row.phase);
    ASSERT_TRUE(e->series.has_value());
    EXPECT_EQ(e->series->round, row.round);
    EXPECT_EQ(e->series->name, row.series);
    EXPECT_EQ(earliest(*e), row.first);
    EXPECT_EQ(latest(*e), row.last);
    EXPECT_EQ(e->salience, Salience::Main);
  }
}

TEST(ReadingRounds, TheRoundAsObjectAndPhrasalVerbs) {
  // DCT Saturday 2025-04-12
  constexpr std::string_view lake = "Titicaca water talks";
  constexpr RoundRow rows[] = {
      // "concluded the Third Round of ...": a capitalised ordinal is the number, not a name
      {"concluded", "Third Round", EventKind::Round, Phase::End, 3, lake, "2025-04-10T00:00:00", "2025-04-10T23:59:59"},
      // "has wrapped up, officials said in February": by the time of the statement telling it
      {"wrapped", "has wrapped up", EventKind::Round, Phase::End, 1, lake, "2025-02-01T00:00:00", "2025-02-28T23:59:59"},
      // "closed out a fourth round ... on Friday": the Friday before, though a later clause is future
      {"closed", "closed out", EventKind::Round, Phase::End, 4, lake, "2025-04-11T00:00:00", "2025-04-11T23:59:59"},
      {"launch", "launch a fifth round", EventKind::Round, Phase::Start, 5, lake, "2025-04-14T00:00:00",
       "2025-04-14T23:59:59"},
      // "kicks off" after the round's noun is a verb, not a plural noun
      {"kicks", "kicks off", EventKind::Round, Phase::Start, 6, lake, "2025-04-28T00:00:00", "2025-04-28T23:59:59"},
      // a phase gerund opening the sentence: the round ends when its speaker says so
      {"Wrapping", "Wrapping up", EventKind::Round, Phase::End, 2, lake, "2025-04-08T00:00:00", "2025-04-08T23:59:59"},
  };
  const auto& a = golden_article("rounds-object-and-verbs.txt");
  expect_round_rows(a, rows);
  const SeriesRound* fourth = a.round(lake, 4);
  ASSERT_TRUE(fourth && fourth->end && fourth->end->time.earliest);
  EXPECT_EQ(format_instant(*fourth->end->time.earliest), "2025-04-11T00:00:00");
}

TEST(ReadingRounds, APhaseInThePresentPerfectIsNewsOfTheReportsDay) {
  // DCT Saturday 2025-05-10: "has wrapped up" with no time and no statement
  constexpr RoundRow rows[] = {
      {"wrapped", "has wrapped up", EventKind::Round, Phase::End, 2, "Baltic eel quota talks", "2025-05-09T00:00:00",
       "2025-05-10T23:59:59"},
  };
  expect_round_rows(golden_article("rounds-present-perfect.txt"), rows);
}

TEST(ReadingRounds, APhaseInAnAsClauseIsAtItsMainClausesTimeAndAResumedRoundGoesOn) {
  // DCT Saturday 2025-10-04: "on Friday signed ..., as they closed out a third round"
  constexpr RoundRow rows[] = {
      {"closed", "closed out", EventKind::Round, Phase::End, 3, "Nile water talks", "2025-10-03T00:00:00",
       "2025-10-03T23:59:59"},
  };
  const auto& a = golden_article("rounds-while-clause.txt");
  expect_round_rows(a, rows);
  // "had resumed the third round ... on Wednesday": a day the round was going on, not its start
  const Event* resumed = a.find("resumed");
  ASSERT_NE(resumed, nullptr);
  EXPECT_EQ(resumed->kind, EventKind::Round);
  EXPECT_EQ(resumed->phase, Phase::Whole);
  EXPECT_EQ(earliest(*resumed), "2025-10-01T00:00:00");
}

TEST(ReadingRounds, SubjectsWithComplementsRelativeClausesAndNominalEnds) {
  // DCT Saturday 2025-06-07
  constexpr std::string_view river = "Danube shipping talks";
  constexpr RoundRow rows[] = {
      // "The fifth round of talks to revise the ... accord began": an infinitive complement
      {"began", "to revise", EventKind::Round, Phase::Start, 5, river, "2025-06-02T00:00:00", "2025-06-02T23:59:59"},
      // "... talks on dredging and tolls ended": a prepositional complement
      {"ended", "on dredging", EventKind::Round, Phase::End, 6, river, "2025-06-05T00:00:00", "2025-06-05T23:59:59"},
      // "At the end of the fourth round ..., which ended on May 16": the relative pronoun's round
      {"ended", "which ended", EventKind::Round, Phase::End, 4, river, "2025-05-16T00:00:00", "2025-05-16T23:59:59"},
      // "The seventh round ..., taking place until June 20": a participle clause on the round
      {"taking", "taking place", EventKind::Round, Phase::Whole, 7, river, "~", "2025-06-20T23:59:59"},
      // "began on Monday and ended on Wednesday": the second verb of the same subject
      {"ended", "began on Monday and ended", EventKind::Round, Phase::End, 5, river, "2025-06-04T00:00:00",
       "2025-06-04T23:59:59"},
      {"took", "took place in Linz", EventKind::Round, Phase::Whole, 3, river, "2025-04-03T00:00:00",
       "2025-04-03T23:59:59"},
      // "After a second round of talks, the envoy said on March 14": the round was over by then
      {"round", "After a second round", EventKind::Round, Phase::End, 2, river, "2025-03-14T00:00:00",
       "2025-03-14T23:59:59"},
  };
  const auto& a = golden_article("rounds-subject-complements.txt");
  expect_round_rows(a, rows);
  // "Budapest hosted four rounds of talks": a count, no round
  for (const Event& e : a.tl.events)
    if (e.evidence[0].text.find("four rounds") != std::string::npos)
      EXPECT_TRUE(!e.series || e.series->round == 0) << e.trigger;
}

TEST(ReadingRounds, UnnumberedTalksJoinTheStoryRound) {
  // DCT Thursday 2025-02-20
  constexpr std::string_view sea = "Aral Sea fishing talks";
  constexpr RoundRow rows[] = {
      // "... talks between Kazakhstan and Uzbekistan started": a complement naming the sides
      {"started", "third round", EventKind::Round, Phase::Start, 3, sea, "2025-02-18T00:00:00", "2025-02-18T23:59:59"},
      // "The talks ended on Wednesday." after the sentence naming the round
      {"ended", "The talks ended", EventKind::Round, Phase::End, 3, sea, "2025-02-19T00:00:00", "2025-02-19T23:59:59"},
  };
  const auto& a = golden_article("rounds-story-round.txt");
  expect_round_rows(a, rows);
  // "Talks led by the two deputy ministers had opened": a participle with its agent, same round
  const Event* opened = a.find("opened", "Talks led by");
  ASSERT_NE(opened, nullptr);
  EXPECT_EQ(opened->kind, EventKind::Round);
  EXPECT_EQ(opened->phase, Phase::Start);
  ASSERT_TRUE(opened->series);
  EXPECT_EQ(opened->series->round, 3);
  // "held two previous rounds in 2024": several rounds, none of them numbered
  const Event* held = a.find("held", "two previous rounds");
  ASSERT_NE(held, nullptr);
  EXPECT_EQ(held->kind, EventKind::Meeting);
  EXPECT_TRUE(!held->series || held->series->round == 0);
  const SeriesRound* third = a.round(sea, 3);
  ASSERT_TRUE(third && third->start && third->end && third->end->time.earliest);
  EXPECT_EQ(format_instant(*third->end->time.earliest), "2025-02-19T00:00:00");
}

TEST(ReadingRounds, FreshNegotiationsAreTheRoundBegunThatDay) {
  // DCT Sunday 2025-07-06; the eighth round, ended in May, is too far back to be the one opened
  const auto& a = golden_article("rounds-fresh-negotiations.txt");
  const Event* opened = a.find("opened", "fresh negotiations");
  ASSERT_NE(opened, nullptr);
  EXPECT_EQ(opened->kind, EventKind::Round);
  EXPECT_EQ(opened->phase, Phase::Start);
  ASSERT_TRUE(opened->series);
  EXPECT_EQ(opened->series->round, 9);
  EXPECT_EQ(earliest(*opened), "2025-07-05T00:00:00");
  EXPECT_EQ(latest(*opened), "2025-07-05T23:59:59");
  // the spokesman's quoted "has begun" is the round's own side speaking: shown, round 9
  const Event* begun = a.find("begun");
  ASSERT_NE(begun, nullptr);
  EXPECT_EQ(begun->kind, EventKind::Round);
  EXPECT_EQ(begun->salience, Salience::Main);
  ASSERT_TRUE(begun->series);
  EXPECT_EQ(begun->series->round, 9);
  const Event* conclusion = a.find("conclusion");
  ASSERT_NE(conclusion, nullptr);
  ASSERT_TRUE(conclusion->series);
  EXPECT_EQ(conclusion->series->round, 8);
  EXPECT_EQ(conclusion->phase, Phase::End);
  // "An earlier version of this story incorrectly said the mediators closed the tenth round":
  // a correction's wrong report is no event
  EXPECT_EQ(a.find("closed"), nullptr);
  for (const Event& e : a.tl.events) EXPECT_TRUE(!e.series || e.series->round != 10) << e.trigger;
}

// "was held on September 23-25", "will be held from October 20 to 22": the range's first day is
// the round's start and its last day the round's end, not the whole range for each
TEST(ReadingRounds, ARoundHeldOnARangeStartsOnItsFirstDayAndEndsOnItsLast) {
  // DCT Thursday 2025-10-02
  const auto& a = golden_article("rounds-held-on-a-range.txt");
  constexpr std::string_view lake = "Titicaca water talks";
  const struct {
    int round;
    std::string_view first_day, last_day;
  } rows[] = {{7, "2025-09-23", "2025-09-25"}, {8, "2025-10-20", "2025-10-22"}};
  for (const auto& row : rows) {
    SCOPED_TRACE(row.round);
    const SeriesRound* r = a.round(lake, row.round);
    ASSERT_TRUE(r && r->start && r->end);
    ASSERT_TRUE(r->start->time.earliest && r->start->time.latest && r->end->time.earliest && r->end->time.latest);
    EXPECT_EQ(format_instant(*r->start->time.earliest), std::string(row.first_day) + "T00:00:00");
    EXPECT_EQ(format_instant(*r->start->time.latest), std::string(row.first_day) + "T23:59:59");
    EXPECT_EQ(format_instant(*r->end->time.earliest), std::string(row.last_day) + "T00:00:00");
    EXPECT_EQ(format_instant(*r->end->time.latest), std::string(row.last_day) + "T23:59:59");
    EXPECT_FALSE(r->start->range.has_value());  // one day each, no longer the range
  }
}

TEST(ReadingRounds, TheTimeThatGovernsTheClause) {
  // DCT Friday 2025-06-20
  constexpr std::string_view lagoon = "Lagoon water talks";
  constexpr RoundRow rows[] = {
      // a time opening the sentence dates the main verb across a list of names ("Portugal, Spain,
      // and Morocco") and an aside between dashes
      {"wrapped", "wrapped up the fifth", EventKind::Round, Phase::End, 5, lagoon, "2025-06-09T00:00:00",
       "2025-06-09T23:59:59"},
      // the span of the relative clause on the round gives its end the span's last day
      {"concluded", "concluded the sixth", EventKind::Round, Phase::End, 6, lagoon, "2025-06-18T00:00:00",
       "2025-06-18T23:59:59"},
      {"took", "took place in Rabat", EventKind::Round, Phase::Whole, 6, lagoon, "2025-06-14T00:00:00",
       "2025-06-18T23:59:59"},
      // "this year" right after the range says which year the range is in; the range dates the round
      {"took", "took place in Madrid", EventKind::Round, Phase::Whole, 4, lagoon, "2025-05-02T00:00:00",
       "2025-05-06T23:59:59"},
  };
  const auto& a = golden_article("rounds-clause-times.txt");
  expect_round_rows(a, rows);
}

}  // namespace

// Constructions of real coverage (issue 13): a copula numbering the talks, wire phase verbs, a
// gapped second conjunct, a fronted date, a list of days, a caption's day, "discussions".

TEST(ReadingRounds, ACopulaNumbersTheTalksOfTheSentenceBefore) {
  // DCT Saturday 2025-03-08: "A new round ... began ... The talks mark the sixth round"
  constexpr RoundRow rows[] = {
      {"began", "A new round", EventKind::Round, Phase::Start, 6, "Okavango water talks", "2025-03-06T00:00:00",
       "2025-03-06T23:59:59"},
  };
  const auto& a = golden_article("rounds-copula-marks.txt");
  expect_round_rows(a, rows);
  // the statement telling the new round points at the same round, not the one after it
  const Event* said = a.find("said");
  ASSERT_NE(said, nullptr);
  ASSERT_TRUE(said->series);
  EXPECT_EQ(said->series->round, 6);
  EXPECT_TRUE(said->series->relative.empty());
  ASSERT_NE(a.round("Okavango water talks", 6), nullptr);
  EXPECT_EQ(a.round("Okavango water talks", 7), nullptr);
}

TEST(ReadingRounds, APronounOrMeetingSubjectOfACopulaIsTheNumberedRound) {
  // DCT Wednesday 2025-03-12: "Zambezi dam talks opened ... on Monday. It is the 8th round ..."
  // (the seventh round, told too, is months away: only the copula numbers the talks)
  constexpr RoundRow pronoun[] = {
      {"opened", "Zambezi dam talks opened", EventKind::Round, Phase::Start, 8, "Zambezi dam talks",
       "2025-03-10T00:00:00", "2025-03-10T23:59:59"},
  };
  expect_round_rows(golden_article("rounds-copula-pronoun.txt"), pronoun);
  // DCT Saturday 2025-05-24: "The ... talks ended ... on Friday. "This is the third round, ..."
  // inside a quote (the second round, told too, ended in April)
  constexpr RoundRow this_is[] = {
      {"ended", "ended in Beitbridge", EventKind::Round, Phase::End, 3, "Limpopo grazing talks", "2025-05-23T00:00:00",
       "2025-05-23T23:59:59"},
  };
  expect_round_rows(golden_article("rounds-copula-this-is.txt"), this_is);
  // DCT Wednesday 2025-07-16: "Monday's meeting was the fourth round of Kunene fishing talks"
  constexpr RoundRow meeting[] = {
      {"meeting", "Monday's meeting", EventKind::Round, Phase::Whole, 4, "Kunene fishing talks", "2025-07-14T00:00:00",
       "2025-07-14T23:59:59"},
  };
  const auto& m = golden_article("rounds-copula-meeting-was.txt");
  expect_round_rows(m, meeting);
  // "the envoys will meet again in August" is no part of the fourth round
  const Event* again = m.find("meet");
  ASSERT_NE(again, nullptr);
  EXPECT_TRUE(!again->series || again->series->round == 0);
}

TEST(ReadingRounds, WirePhaseVerbsAndMeetingsHeldForARound) {
  // DCT Thursday 2025-11-06
  constexpr std::string_view river = "Lauca river talks";
  constexpr RoundRow rows[] = {
      // "have commenced a third round", and "The talks got underway on Wednesday at 10 am" the
      // same start, dated by the second telling
      {"commenced", "have commenced", EventKind::Round, Phase::Start, 3, river, "2025-11-05T10:00:00",
       "2025-11-05T10:00:00"},
      {"got underway", "got underway", EventKind::Round, Phase::Start, 3, river, "2025-11-05T10:00:00",
       "2025-11-05T10:00:00"},
      // "met for the second round of ... talks on October 14": the whole round on that day
      {"met", "met for the second round", EventKind::Round, Phase::Whole, 2, river, "2025-10-14T00:00:00",
       "2025-10-14T23:59:59"},
      // "convened in Santa Cruz on September 30 for a first round": its start
      {"convened", "convened", EventKind::Round, Phase::Start, 1, river, "2025-09-30T00:00:00", "2025-09-30T23:59:59"},
  };
  const auto& a = golden_article("rounds-wire-phase-verbs.txt");
  expect_round_rows(a, rows);
  const Event* met = a.find("met");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->participants, std::vector<std::string>{"The delegations"});  // not "for"
}

TEST(ReadingRounds, AGappedConjunctAFrontedDateAndAListOfDays) {
  // DCT Thursday 2025-04-10
  constexpr std::string_view border = "Pripyat border talks";
  constexpr RoundRow rows[] = {
      // "On March 3, the first round ... took place in the Gomel region, lasting five hours"
      {"took", "On March 3", EventKind::Round, Phase::Whole, 1, border, "2025-03-03T00:00:00", "2025-03-03T23:59:59"},
      // "The second round ... had taken place on 17 March, and the third round on 24 March"
      {"taken", "had taken place", EventKind::Round, Phase::Whole, 2, border, "2025-03-17T00:00:00",
       "2025-03-17T23:59:59"},
      {"round", "and the third round on 24 March", EventKind::Round, Phase::Whole, 3, border, "2025-03-24T00:00:00",
       "2025-03-24T23:59:59"},
      // "On April 7 and 8 representatives ... held a fourth round": both days
      {"held", "April 7 and 8", EventKind::Round, Phase::Whole, 4, border, "2025-04-07T00:00:00", "2025-04-08T23:59:59"},
  };
  const auto& a = golden_article("rounds-gapped-and-listed-days.txt");
  expect_round_rows(a, rows);
  const SeriesRound* fourth = a.round(border, 4);
  ASSERT_TRUE(fourth && fourth->start && fourth->end && fourth->end->time.earliest);
  EXPECT_EQ(format_instant(*fourth->start->time.earliest), "2025-04-07T00:00:00");
  EXPECT_EQ(format_instant(*fourth->end->time.earliest), "2025-04-08T00:00:00");
  const SeriesRound* third = a.round(border, 3);
  ASSERT_TRUE(third && third->start && third->start->time.earliest);
  EXPECT_EQ(format_instant(*third->start->time.earliest), "2025-03-24T00:00:00");
}

TEST(ReadingRounds, ACaptionsWrittenDayBeatsThePresentTenseAndDiscussionsAreTalks) {
  // DCT Saturday 2025-10-18
  constexpr std::string_view sea = "Tsushima fisheries talks";
  constexpr RoundRow rows[] = {
      // a caption: "negotiators hold the first round ... on Sept. 24", not the story's day
      {"hold", "downtown Busan", EventKind::Round, Phase::Whole, 1, sea, "2025-09-24T00:00:00", "2025-09-24T23:59:59"},
      {"opened", "opened in Tokyo", EventKind::Round, Phase::Start, 2, sea, "2025-10-15T00:00:00", "2025-10-15T23:59:59"},
      // "The discussions ended on Thursday": the story round's end
      {"ended", "The discussions ended", EventKind::Round, Phase::End, 2, sea, "2025-10-16T00:00:00",
       "2025-10-16T23:59:59"},
  };
  expect_round_rows(golden_article("rounds-caption-and-discussions.txt"), rows);
}

TEST(ReadingRounds, AHeadlineRoundTakesItsBodysDayAndSessionsAreSittings) {
  // DCT Sunday 2025-06-15
  constexpr std::string_view sea = "Marmara water talks";
  const auto& a = golden_article("rounds-headline-and-sessions.txt");
  // the headline's undated "Second round ... resumes" and the lead's "A second round ... resumed
  // Saturday" are one event, the round's start ("A second round": a round new to the reader);
  // the name is not "Second"; and "June 15, 2025\n\nA second" is no rate ("a second")
  constexpr RoundRow rows[] = {
      {"resumes", "Second round", EventKind::Round, Phase::Start, 2, sea, "2025-06-14T00:00:00", "2025-06-14T23:59:59"},
  };
  expect_round_rows(a, rows);
  for (const Timex& t : parley::tag(a.doc.text, a.doc.dct).timexes) EXPECT_NE(t.text, "A second");
  // in a report numbering rounds, "the first session of the talks" is a sitting of the round
  const Event* session = a.find("held", "first session");
  ASSERT_NE(session, nullptr);
  EXPECT_EQ(session->kind, EventKind::Meeting);
  EXPECT_TRUE(!session->series || session->series->round == 0);
  // "met again on Sunday" is a day the round went on, not its start
  const SeriesRound* second = a.round(sea, 2);
  ASSERT_TRUE(second && second->start && second->start->time.earliest);
  EXPECT_EQ(format_instant(*second->start->time.earliest), "2025-06-14T00:00:00");
  EXPECT_FALSE(a.round(sea, 1));
}

TEST(ReadingRounds, ADayTheRoundContinuedIsNotItsStart) {
  // DCT Monday 2025-06-16: "resumed the fourth round ... on Sunday" dates a day of the round
  const auto& a = golden_article("rounds-continued-day.txt");
  constexpr RoundRow rows[] = {
      {"resumed", "fourth round", EventKind::Round, Phase::Whole, 4, "Aegean fisheries talks", "2025-06-15T00:00:00",
       "2025-06-15T23:59:59"},
  };
  expect_round_rows(a, rows);
  const SeriesRound* fourth = a.round("Aegean fisheries talks", 4);
  ASSERT_NE(fourth, nullptr);
  EXPECT_FALSE(fourth->start.has_value());
  EXPECT_FALSE(fourth->end.has_value());
}

TEST(ReadingRounds, ACountedDayDatesTheRoundsStart) {
  // DCT Wednesday 2025-03-12: "have begun the third day of the fourth round" (today, day 3) and
  // "entered their second day on Tuesday" (day 2) both say the round opened on Monday
  constexpr std::string_view river = "Danube shipping talks";
  const auto& a = golden_article("rounds-counted-days.txt");
  constexpr RoundRow rows[] = {
      {"day", "begun the third day", EventKind::Round, Phase::Start, 4, river, "2025-03-10T00:00:00",
       "2025-03-10T23:59:59"},
  };
  expect_round_rows(a, rows);
  const SeriesRound* fourth = a.round(river, 4);
  ASSERT_TRUE(fourth && fourth->start && fourth->start->time.earliest);
  EXPECT_EQ(format_instant(*fourth->start->time.earliest), "2025-03-10T00:00:00");
  EXPECT_FALSE(fourth->end.has_value());
  // the verb opening the day is not an event of its own
  EXPECT_EQ(a.find("begun"), nullptr);
  // "on Tuesday, when the delegations exchanged draft maps": the day told dates both clauses
  expect_day(a.find("day", "entered their second day"), "2025-03-10");
  expect_day(a.find("exchanged"), "2025-03-11");
  // "On the third day of the talks, the Hungarian delegate said": the statement's window, two
  // days back; the statement itself keeps its own day
  const Event* third = a.find("day", "On the third day");
  ASSERT_TRUE(third && third->time && third->time->time.earliest && third->time->time.latest);
  EXPECT_EQ(format_instant(*third->time->time.earliest), "2025-03-09T16:00:00");
  EXPECT_EQ(format_instant(*third->time->time.latest), "2025-03-10T16:00:00");
  const Event* said = a.find("said");
  ASSERT_TRUE(said && said->time && said->time->time.latest);
  EXPECT_EQ(format_instant(*said->time->time.latest), "2025-03-12T16:00:00");
  // a headline's count without a day names the series and dates nothing
  const Event* headline = a.find("day", "enter 3rd day");
  ASSERT_TRUE(headline && headline->series);
  EXPECT_EQ(headline->series->name, river);
  EXPECT_FALSE(headline->time.has_value());
}
