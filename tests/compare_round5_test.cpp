// `parley compare` on three reports of one negotiation (tests/compare_articles/): the report is
// asserted field by field, against the golden files, in every input order and through the CLI.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <sys/wait.h>

#include <gtest/gtest.h>

#include "parley/timeline_compare.hpp"
#include "parley/timeline_io.hpp"
#include "parley/timeline_output.hpp"
#include "tests/compare_articles_fixture.hpp"

namespace {

using namespace parley;
using parley::testing::compare_path;
using parley::testing::round5_names;
using parley::testing::round5_timelines;
using parley::testing::slurp;

const CompareReport& report() {
  static const CompareReport r = compare_timelines(round5_timelines(round5_names()));
  return r;
}

const ComparedEvent* find_event(const std::vector<ComparedEvent>& v, const std::string& id) {
  auto it = std::find_if(v.begin(), v.end(), [&](const ComparedEvent& e) { return e.id == id; });
  return it == v.end() ? nullptr : &*it;
}

TEST(CompareRound5, GoldenYamlAndText) {
  // every field of the report, byte for byte
  EXPECT_EQ(compare_report_to_yaml(report()), slurp(compare_path("round5-compare.expected.yaml")));
  EXPECT_EQ(compare_report_to_text(report()), slurp(compare_path("round5-compare.expected.out")));
}

TEST(CompareRound5, Sources) {
  ASSERT_EQ(report().sources.size(), 3u);
  EXPECT_EQ(report().sources[0].id, "irna-round5");
  EXPECT_EQ(report().sources[0].source, "Iranian state news agency (fictional)");
  EXPECT_EQ(report().sources[1].id, "paper-round5");
  EXPECT_EQ(report().sources[1].source, "Western newspaper (fictional)");
  EXPECT_EQ(report().sources[2].id, "wire-round5");
  EXPECT_EQ(report().sources[2].source, "Wire service (fictional)");
  for (const auto& s : report().sources) EXPECT_GT(s.events, 10u);
}

TEST(CompareRound5, EventsInAllSources) {
  const auto& all = report().in_all;
  std::vector<std::string> summaries;
  for (const auto& e : all) {
    EXPECT_TRUE(e.missing.empty());
    EXPECT_EQ(e.sources.size(), 3u);
    summaries.push_back(e.summary);
  }
  // the round's end, Araghchi's interview (three spellings of his name), his meeting with Mora,
  // and the delegations going home
  EXPECT_EQ(summaries, (std::vector<std::string>{
                           "Araghchi met", "Iran's chief negotiator Abbas Araqchi told state television",
                           "The fifth round of the Borjam Joint Commission meeting ended",
                           "the heads of delegations will return to their capitals for consultations"}));
  const ComparedEvent* round = find_event(all, "e9");
  ASSERT_NE(round, nullptr);
  EXPECT_EQ(round->kind, EventKind::Round);
}

TEST(CompareRound5, EventsInSomeSources) {
  const auto& some = report().in_some;
  EXPECT_EQ(some.size(), 33u);  // with "agreed to resume the talks next week"
  // the sixth round: the state agency and the paper, not the wire
  const ComparedEvent* sixth = find_event(some, "e15");
  ASSERT_NE(sixth, nullptr);
  EXPECT_EQ(sixth->summary, "The sixth round of the talks will begin");
  EXPECT_EQ(sixth->sources, (std::vector<std::string>{"irna-round5", "paper-round5"}));
  EXPECT_EQ(sixth->missing, (std::vector<std::string>{"wire-round5"}));
  // the Joint Commission meeting: the two that order it against the Mora meeting
  const ComparedEvent* meeting = find_event(some, "e3");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->sources, (std::vector<std::string>{"irna-round5", "wire-round5"}));
  for (const auto& e : some) {
    EXPECT_FALSE(e.sources.empty());
    EXPECT_FALSE(e.missing.empty());
    EXPECT_EQ(e.sources.size() + e.missing.size(), 3u);
  }
}

TEST(CompareRound5, DateConflictWednesdayAgainstThursday) {
  ASSERT_EQ(report().date_conflicts.size(), 1u);
  const DateConflict& d = report().date_conflicts[0];
  EXPECT_EQ(d.event, "e9");
  EXPECT_EQ(d.summary, "The fifth round of the Borjam Joint Commission meeting ended");
  ASSERT_EQ(d.readings.size(), 2u);
  const DateReading& wed = d.readings[0];
  EXPECT_EQ(wed.sources, (std::vector<std::string>{"irna-round5", "wire-round5"}));
  EXPECT_EQ(wed.value, "2021-06-02TEV");
  ASSERT_TRUE(wed.earliest && wed.latest);
  EXPECT_EQ(format_instant(*wed.earliest), "2021-06-02T17:00:00");  // evening (state agency) within Wednesday (wire)
  EXPECT_EQ(format_instant(*wed.latest), "2021-06-02T23:59:59");
  ASSERT_EQ(wed.spans.size(), 2u);
  EXPECT_EQ(wed.spans[0].doc, "irna-round5");
  EXPECT_EQ(wed.spans[0].text, "Wednesday evening");
  EXPECT_EQ(wed.spans[0].sentence, 2u);
  EXPECT_NE(wed.spans[0].context.find("ended in Vienna on Wednesday evening"), std::string::npos);
  EXPECT_EQ(wed.spans[1].doc, "wire-round5");
  EXPECT_EQ(wed.spans[1].text, "Wednesday");
  EXPECT_NE(wed.spans[1].context.find("Vienna talks ended on Wednesday"), std::string::npos);
  const DateReading& thu = d.readings[1];
  EXPECT_EQ(thu.sources, (std::vector<std::string>{"paper-round5"}));
  EXPECT_EQ(thu.value, "2021-06-03");
  ASSERT_TRUE(thu.earliest && thu.latest);
  EXPECT_EQ(format_instant(*thu.earliest), "2021-06-03T00:00:00");
  EXPECT_EQ(format_instant(*thu.latest), "2021-06-03T23:59:59");
  ASSERT_EQ(thu.spans.size(), 1u);
  EXPECT_EQ(thu.spans[0].doc, "paper-round5");
  EXPECT_EQ(thu.spans[0].text, "Thursday");
  EXPECT_NE(thu.spans[0].context.find("ended the fifth round of talks on the nuclear deal on Thursday"), std::string::npos);
}

TEST(CompareRound5, OrderConflictBeforeAgainstAfterTheJointCommission) {
  ASSERT_EQ(report().order_conflicts.size(), 1u);
  const OrderConflict& o = report().order_conflicts[0];
  EXPECT_EQ(o.first, "e2");
  EXPECT_EQ(o.second, "e3");
  EXPECT_EQ(o.first_summary, "Araghchi met");
  EXPECT_EQ(o.second_summary, "Araqchi meeting");
  ASSERT_EQ(o.first_before_second.size(), 1u);
  EXPECT_EQ(o.first_before_second[0].source, "irna-round5");  // "Before the Joint Commission meeting, Araqchi met"
  EXPECT_EQ(o.first_before_second[0].basis, "relation: before");
  ASSERT_EQ(o.second_before_first.size(), 1u);
  EXPECT_EQ(o.second_before_first[0].source, "wire-round5");  // "After the Joint Commission meeting, Araghchi met"
  EXPECT_EQ(o.second_before_first[0].basis, "relation: after");
}

TEST(CompareRound5, AttributionDifferenceTheBallQuote) {
  ASSERT_EQ(report().attribution_differences.size(), 1u);
  const AttributionDifference& a = report().attribution_differences[0];
  EXPECT_EQ(a.words, (std::vector<std::string>{"ball", "court", "now", "washington"}));
  ASSERT_EQ(a.attributions.size(), 3u);
  EXPECT_EQ(a.attributions[0].source, "irna-round5");
  EXPECT_EQ(a.attributions[0].actor, "Iran's chief negotiator Abbas Araqchi");
  EXPECT_EQ(a.attributions[0].event, "e8");
  EXPECT_EQ(a.attributions[0].quote, "The ball is now in Washington's court");
  EXPECT_EQ(a.attributions[1].source, "wire-round5");
  EXPECT_EQ(a.attributions[1].actor, "Iran's chief negotiator Abbas Araghchi");
  EXPECT_EQ(a.attributions[1].event, "e8");
  EXPECT_EQ(a.attributions[2].source, "paper-round5");
  EXPECT_EQ(a.attributions[2].actor, "Russian envoy Mikhail Ulyanov");
  EXPECT_EQ(a.attributions[2].event, "e20");
  EXPECT_EQ(a.attributions[2].quote, "The ball is now in Washington's court");
}

TEST(CompareRound5, NearMissMoraOnTwoDays) {
  ASSERT_EQ(report().near_misses.size(), 1u);
  const NearMiss& n = report().near_misses[0];
  EXPECT_EQ(n.events, (std::vector<std::string>{"e21", "e33"}));
  EXPECT_EQ(n.rule, "same statement");
  EXPECT_EQ(n.reason, "same speaker and words, different days");
  EXPECT_DOUBLE_EQ(n.score, 0.8);
}

TEST(CompareRound5, SummaryCountsAndLine) {
  const CompareSummary& s = report().summary;
  EXPECT_EQ(s.sources, 3u);
  EXPECT_EQ(s.events, 37u);
  EXPECT_EQ(s.in_all, 4u);
  EXPECT_EQ(s.in_some, 33u);
  EXPECT_EQ(s.date_conflicts, 1u);
  EXPECT_EQ(s.order_conflicts, 1u);
  EXPECT_EQ(s.attribution_differences, 1u);
  EXPECT_EQ(s.near_misses, 1u);
  EXPECT_EQ(s.round_dissent, 1u);
  EXPECT_EQ(s.numbering_conflicts, 0u);  // every outlet numbers the round 5
  EXPECT_EQ(s.input_warnings, 0u);
  EXPECT_EQ(s.conflicts(), 4u);
  EXPECT_EQ(summary_line(s), "3 sources, 37 events (4 in all, 33 in some); 1 date conflict, 1 order conflict, "
                             "1 attribution difference, 1 near miss, 1 round dissent, 0 numbering conflicts, 0 input warnings");
}

TEST(CompareRound5, RoundDissentNamesTheRoundEndAndTheSentences) {
  ASSERT_EQ(report().round_dissent.size(), 1u);
  const RoundDissent& d = report().round_dissent.front();
  EXPECT_EQ(d.series, "Vienna talks");
  EXPECT_EQ(d.round, 5);
  EXPECT_EQ(d.bound, "end");
  EXPECT_EQ(d.agreed.value, "2021-06-02TEV");
  EXPECT_EQ(d.agreed.sources, (std::vector<std::string>{"irna-round5", "wire-round5"}));
  ASSERT_EQ(d.agreed.spans.size(), 2u);
  EXPECT_EQ(d.agreed.spans[1].text, "Wednesday");  // as the wire wrote it, not the intersection's words
  ASSERT_EQ(d.dissent.size(), 1u);
  EXPECT_EQ(d.dissent[0].sources, std::vector<std::string>{"paper-round5"});
  EXPECT_EQ(d.dissent[0].value, "2021-06-03");
  ASSERT_FALSE(d.dissent[0].spans.empty());
  EXPECT_EQ(d.dissent[0].spans[0].text, "Thursday");
  EXPECT_NE(d.dissent[0].spans[0].context.find("ended the fifth round of talks"), std::string::npos);
}

TEST(CompareRound5, AnyInputOrderGivesTheSameBytes) {
  std::vector<std::string> names = round5_names();
  const std::string yaml = compare_report_to_yaml(report());
  const std::string text = compare_report_to_text(report());
  do {
    CompareReport r = compare_timelines(round5_timelines(names));
    EXPECT_EQ(compare_report_to_yaml(r), yaml) << names[0] << ' ' << names[1] << ' ' << names[2];
    EXPECT_EQ(compare_report_to_text(r), text);
  } while (std::next_permutation(names.begin(), names.end()));
}

TEST(CompareRound5, SavedTimelinesGiveTheSameReport) {
  std::vector<Timeline> read_back;
  for (const Timeline& t : round5_timelines(round5_names()))
    read_back.push_back(timeline_from_yaml(timeline_to_yaml(t), "saved.yaml"));
  EXPECT_EQ(compare_report_to_yaml(compare_timelines(std::move(read_back))), compare_report_to_yaml(report()));
}

// Through the binary: exit status 3 on conflicts, the summary on stderr, the text format.
TEST(CompareRound5, CommandLine) {
  const std::string dir = ::testing::TempDir();
  const std::string out = dir + "/compare.out", err = dir + "/compare.err";
  std::string cmd = std::string(PARLEY_BINARY) + " compare --format text " + compare_path("wire-round5.txt") + " " +
                    compare_path("irna-round5.txt") + " " + compare_path("paper-round5.txt") + " > " + out + " 2> " + err;
  int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 3);
  EXPECT_EQ(slurp(out), slurp(compare_path("round5-compare.expected.out")));
  EXPECT_EQ(slurp(err), "parley: " + summary_line(report().summary) + "\n");
  // one source told twice agrees with itself: exit 0
  cmd = std::string(PARLEY_BINARY) + " compare " + compare_path("wire-round5.txt") + " " + compare_path("wire-round5.txt") +
        " > " + out + " 2> " + err;
  status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  // one input is a usage error
  cmd = std::string(PARLEY_BINARY) + " compare " + compare_path("wire-round5.txt") + " > " + out + " 2> " + err;
  status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
}

}  // namespace
