// Series identity, event coreference and the compare sections on a collection of outlets: the
// name rules one by one (engine/timeline/series_names.cpp), venues and negotiations joined or
// kept apart by evidence (unify_series), and the kestrel-* collection fixtures end to end.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/timeline/timeline_series.hpp"
#include "parley/dct.hpp"
#include "parley/document.hpp"
#include "parley/timeline.hpp"
#include "parley/timeline_compare.hpp"
#include "parley/timeline_output.hpp"
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;
using parley::timeline::clean_series_name;
using parley::timeline::series_identity;
using parley::timeline::unify_series;

TEST(SeriesNames, AClauseReadWithTheNameIsCutAtItsVerb) {
  EXPECT_EQ(clean_series_name("Mexican Economy Minister Ildefonso Guajardo has said talks"), "talks");
  EXPECT_EQ(clean_series_name("Brexit Secretary David Davis insisted talks"), "talks");
  EXPECT_EQ(clean_series_name("De Mistura says new"), "new");
  EXPECT_EQ(clean_series_name("United States official said talks"), "talks");
  EXPECT_TRUE(series_identity(clean_series_name("De Mistura says new")).empty());
}

TEST(SeriesNames, NounsAndModifiersStayInTheName) {
  EXPECT_EQ(clean_series_name("Caspian fisheries talks"), "Caspian fisheries talks");
  EXPECT_EQ(clean_series_name("EU exit negotiations"), "EU exit negotiations");
  EXPECT_EQ(clean_series_name("Astana peace talks"), "Astana peace talks");
  EXPECT_EQ(clean_series_name("UN-mediated intra-Syrian talks"), "intra-Syrian talks");  // the parties, not the mediator
  EXPECT_EQ(clean_series_name("P5+1 talks"), "P5+1 talks");
  EXPECT_EQ(series_identity("Caspian fisheries talks"), (std::vector<std::string>{"caspian", "fisheries"}));
}

TEST(SeriesNames, PossessivesOrdinalsMonthsAndAdjectivesIdentifyNothing) {
  EXPECT_EQ(clean_series_name("Kazakh\u2019s talks"), "talks");
  EXPECT_EQ(clean_series_name("Qatar's talks"), "talks");
  EXPECT_TRUE(series_identity("Fifth").empty());
  EXPECT_TRUE(series_identity("Third").empty());
  EXPECT_TRUE(series_identity("March talks").empty());
  EXPECT_TRUE(series_identity("Political talks").empty());
  EXPECT_EQ(series_identity("Qatar's capital"), (std::vector<std::string>{"qatar", "capital"}));
}

TEST(SeriesNames, AWrappedLineIsOneNameOnOneLine) {
  EXPECT_EQ(clean_series_name("International\nCoffee Organization council"), "International Coffee Organization council");
  EXPECT_EQ(clean_series_name("Philippine Finance Secretary Jaime Ongpin\nstarts negotiations"), "negotiations");
  EXPECT_EQ(clean_series_name("Kuwait  talks"), "Kuwait talks");
}

TEST(SeriesNames, MayIsAMonthOrAModalNeverWhichTalks) {
  EXPECT_TRUE(series_identity("May").empty());
  EXPECT_TRUE(series_identity("May meeting").empty());
  EXPECT_EQ(clean_series_name("Russia may hold talks"), "talks");
}

TEST(SeriesNames, ACountryAndItsDemonymAreOneIdentityWord) {
  using parley::timeline::same_identity_word;
  EXPECT_TRUE(same_identity_word("yemen", "yemeni"));
  EXPECT_TRUE(same_identity_word("syrian", "syria"));
  EXPECT_TRUE(same_identity_word("ukraine", "ukrainian"));
  EXPECT_TRUE(same_identity_word("sudan", "sudanese"));
  EXPECT_TRUE(same_identity_word("iran", "iranian"));
  EXPECT_FALSE(same_identity_word("iran", "iraq"));
  EXPECT_FALSE(same_identity_word("oman", "omaha"));
  EXPECT_FALSE(same_identity_word("doha", "dohas"));
  EXPECT_FALSE(same_identity_word("eu", "eun"));  // a stem of under four letters is no country
}

// A synthetic report: one event of `doc` named `series`, told in `sentence`.
Event told(std::string doc, EventKind kind, std::string series, int round, std::string place, std::string sentence) {
  Event e;
  e.kind = kind;
  e.phase = kind == EventKind::Round ? Phase::End : Phase::None;
  e.series = SeriesRef{};
  e.series->name = std::move(series);
  e.series->round = round;
  e.place = std::move(place);
  Evidence ev;
  ev.doc = std::move(doc);
  ev.sentence = 1;
  ev.text = std::move(sentence);
  e.evidence.push_back(std::move(ev));
  return e;
}

std::vector<std::string> names_after(std::vector<Event>& events) {
  std::vector<Event*> ptrs;
  for (Event& e : events) ptrs.push_back(&e);
  unify_series(ptrs);
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.series->name);
  return out;
}

TEST(SeriesUnify, AVenueJoinsTheNegotiationItsRoundsAreToldWith) {
  std::vector<Event> ev = {
      told("a", EventKind::Meeting, "Doha talks", 0, "Doha", "The United States and the Taliban opened fresh negotiations in Doha on Saturday."),
      told("b", EventKind::Meeting, "Doha talks", 0, "Doha", "The talks in Doha began on June 29."),
      told("c", EventKind::Round, "Taliban peace talks", 8, "", "A fresh round of U.S.-Taliban peace talks will start in Doha on Saturday."),
      told("d", EventKind::Round, "Taliban peace talks", 8, "", "The eighth round of Taliban peace talks ended on Monday."),
      told("e", EventKind::Round, "Taliban peace talks", 7, "", "The seventh round of Taliban peace talks ended."),
  };
  for (const std::string& n : names_after(ev)) EXPECT_EQ(n, "Taliban peace talks");
}

TEST(SeriesUnify, AnAcronymAndTheNameItStandsForAreOneNegotiation) {
  // two outlets on one cost-sharing negotiation, one by its acronym, one by its full name; a
  // third name whose initials spell nothing of theirs stays apart
  std::vector<Event> ev = {
      told("a", EventKind::Round, "SMA negotiations", 3, "Seoul", "The third round of SMA negotiations ended in Seoul."),
      told("a", EventKind::Round, "SMA negotiations", 2, "Honolulu", "The second round of SMA negotiations ended in Honolulu."),
      told("b", EventKind::Round, "Special Measures Agreement talks", 1, "", "The first round of Special Measures Agreement talks ended."),
      told("c", EventKind::Round, "Fisheries Commission talks", 1, "", "The first round of Fisheries Commission talks ended."),
  };
  const std::vector<std::string> names = names_after(ev);
  EXPECT_EQ(names[2], names[0]);
  EXPECT_EQ(names[0], "SMA negotiations");
  EXPECT_NE(names[3], names[0]);
}

TEST(SeriesUnify, ANameByTheCountryAndOneByItsDemonymAreOneNegotiation) {
  // one report calls the talks after the country, another after its people; a third name of
  // another country stays apart
  std::vector<Event> ev = {
      told("a", EventKind::Round, "Yemen peace talks", 2, "Kuwait", "The second round of Yemen peace talks began in Kuwait."),
      told("a", EventKind::Round, "Yemen peace talks", 2, "Kuwait", "The second round of Yemen peace talks ended in Kuwait."),
      told("b", EventKind::Meeting, "Yemeni peace talks", 0, "", "The Yemeni peace talks are continuing, the envoy said."),
      told("b", EventKind::Round, "Yemen peace talks", 2, "Kuwait", "The second round of Yemen peace talks ended."),
      told("c", EventKind::Round, "Sudan peace talks", 1, "Jeddah", "The first round of Sudan peace talks ended in Jeddah."),
  };
  const std::vector<std::string> names = names_after(ev);
  EXPECT_EQ(names[2], "Yemen peace talks");
  EXPECT_EQ(names[4], "Sudan peace talks");
}

TEST(SeriesUnify, TwoVenuesSeveralOutletsNameStayTwoNegotiations) {
  // Astana and Geneva on Syria: both named in one report, each told near the other, and a third
  // name ("Syria talks") told at both places: still two series
  std::vector<Event> ev = {
      told("a1", EventKind::Round, "Astana talks", 4, "Astana", "The fourth round of Astana talks ended in Astana, after the Geneva talks."),
      told("a1", EventKind::Statement, "Geneva talks", 0, "", "He said the Geneva talks and the Astana talks were complementary."),
      told("a2", EventKind::Round, "Astana talks", 5, "Astana", "The fifth round of Astana talks on Syria ended in Astana."),
      told("g1", EventKind::Round, "Geneva talks", 4, "Geneva", "The fourth round of Geneva talks on Syria ended in Geneva, weeks after Astana."),
      told("g2", EventKind::Round, "Geneva talks", 5, "Geneva", "The fifth round of Geneva talks ended in Geneva."),
      told("s1", EventKind::Meeting, "Syria talks", 0, "Astana", "The Syria talks in Astana resumed, and Geneva follows."),
      told("s2", EventKind::Meeting, "Syria talks", 0, "Geneva", "The Syria talks in Geneva resumed after Astana."),
  };
  const std::vector<std::string> names = names_after(ev);
  EXPECT_EQ(names[0], names[2]);
  EXPECT_EQ(names[3], names[4]);
  EXPECT_NE(names[0], names[3]);
  EXPECT_EQ(names[0], "Astana talks");
  EXPECT_EQ(names[3], "Geneva talks");
}

TEST(SeriesUnify, AGenericRoundHeldAtAVenueTakesThatVenuesSeries) {
  std::vector<Event> ev = {
      told("a1", EventKind::Round, "Astana talks", 4, "Astana", "The fourth round of Astana talks ended in Astana."),
      told("a1", EventKind::Round, "", 0, "Geneva", "A new round of talks in Geneva will be held in late May."),
      told("g1", EventKind::Round, "Geneva talks", 5, "Geneva", "The fifth round of Geneva talks ended in Geneva."),
      told("g2", EventKind::Round, "Geneva talks", 6, "Geneva", "The sixth round of Geneva talks ended in Geneva."),
  };
  const std::vector<std::string> names = names_after(ev);
  EXPECT_EQ(names[1], "Geneva talks");  // not its document's Astana talks
}

// The kestrel-* fixtures: a wire, a paper and a state broadcaster on one round of fictional
// fisheries talks. The paper writes the round as "talks in Tromso" and "Monday, March 4" (a
// Tuesday); the broadcaster ends the round a day early.
std::vector<Timeline> kestrel() {
  std::vector<Timeline> out;
  for (const Document& d : parley::testing::collection_documents({"kestrel-paper", "kestrel-state", "kestrel-wire"})) {
    TimelineInput in{d.id, d.text, d.dct, d.source, nullptr};
    out.push_back(build_timeline(std::span<const TimelineInput>(&in, 1)));
  }
  return out;
}

const Timeline& kestrel_merged() {
  static const Timeline t = parley::testing::collection_timeline({"kestrel-paper", "kestrel-state", "kestrel-wire"});
  return t;
}

TEST(KestrelCollection, OneSeriesHoldsBothRoundsUnderTheNegotiationsName) {
  const Timeline& t = kestrel_merged();
  ASSERT_EQ(t.series.size(), 1u);
  EXPECT_EQ(t.series[0].name, "Kestrel Bay fisheries talks");
  ASSERT_EQ(t.series[0].rounds.size(), 2u);
  EXPECT_EQ(t.series[0].rounds[0].round, 3);
  EXPECT_EQ(t.series[0].rounds[1].round, 4);
  for (const Event& e : t.events)
    if (e.series) EXPECT_EQ(e.series->name, "Kestrel Bay fisheries talks") << e.summary;
}

TEST(KestrelCollection, TheRoundEndMostOutletsGiveAndTheDissent) {
  const SeriesRound& r = kestrel_merged().series.at(0).rounds.at(0);
  ASSERT_TRUE(r.end && r.end->time.earliest);
  EXPECT_EQ(format_instant(*r.end->time.earliest), "2025-02-06T00:00:00");
  EXPECT_EQ(r.end_sources, 2u);
  ASSERT_EQ(r.dissent.size(), 1u);
  EXPECT_EQ(r.dissent[0].bound, "end");
  EXPECT_EQ(r.dissent[0].docs, std::vector<std::string>{"kestrel-state"});
  EXPECT_EQ(r.dissent[0].time.time.value, "2025-02-05");
}

TEST(KestrelCollection, TheWireRoundEndToldTwiceIsOneEvent) {
  // the wire's "ended in Tromso on Thursday" and the paper's "ended a third round of talks in
  // Tromso on Thursday" are one round end (with the broadcaster's dissenting Wednesday)
  std::size_t ends = 0;
  for (const Event& e : kestrel_merged().events)
    if (e.kind == EventKind::Round && e.phase == Phase::End && e.series && e.series->round == 3 &&
        e.time && !e.time->text.empty())
      ++ends;
  EXPECT_EQ(ends, 1u);
}

TEST(KestrelCompare, RoundDissentAndTheWeekdayWarningWithTheirSentences) {
  const CompareReport r = compare_timelines(kestrel());
  EXPECT_GT(r.summary.conflicts(), 0u);  // the CLI exits 3
  ASSERT_EQ(r.round_dissent.size(), 2u);
  const RoundDissent& end3 = r.round_dissent[0];
  EXPECT_EQ(end3.series, "Kestrel Bay fisheries talks");
  EXPECT_EQ(end3.round, 3);
  EXPECT_EQ(end3.bound, "end");
  EXPECT_EQ(end3.agreed.value, "2025-02-06");
  EXPECT_EQ(end3.agreed.sources, (std::vector<std::string>{"kestrel-paper", "kestrel-wire"}));
  ASSERT_EQ(end3.dissent.size(), 1u);
  EXPECT_EQ(end3.dissent[0].sources, std::vector<std::string>{"kestrel-state"});
  EXPECT_EQ(end3.dissent[0].value, "2025-02-05");
  ASSERT_EQ(end3.dissent[0].spans.size(), 1u);
  EXPECT_EQ(end3.dissent[0].spans[0].text, "Wednesday");
  EXPECT_NE(end3.dissent[0].spans[0].context.find("came to an end on Wednesday"), std::string::npos);
  const RoundDissent& start4 = r.round_dissent[1];
  EXPECT_EQ(start4.round, 4);
  EXPECT_EQ(start4.bound, "start");
  // one outlet against one: no reading is agreed, the start spans both and both are dissent
  EXPECT_EQ(start4.agreed.value, "2025-03-03/2025-03-04");
  ASSERT_EQ(start4.dissent.size(), 2u);
  EXPECT_EQ(start4.dissent[0].value, "2025-03-03");
  EXPECT_EQ(start4.dissent[1].value, "2025-03-04");

  ASSERT_EQ(r.input_warnings.size(), 1u);
  const SourceWarning& w = r.input_warnings[0];
  EXPECT_EQ(w.doc, "kestrel-paper");
  EXPECT_EQ(w.kind, "weekday-mismatch");
  EXPECT_EQ(w.text, "Monday, March 4");
  EXPECT_EQ(w.sentence, 3u);
  EXPECT_NE(w.context.find("would open on Monday, March 4"), std::string::npos);
  EXPECT_EQ(r.summary.round_dissent, 2u);
  EXPECT_EQ(r.summary.input_warnings, 1u);
  const std::string text = compare_report_to_text(r);
  EXPECT_NE(text.find("Round dissent (2):\n  Kestrel Bay fisheries talks round 3 end:\n"), std::string::npos);
  EXPECT_NE(text.find("Input warnings (1):\n  kestrel-paper (kestrel-paper): weekday-mismatch: "), std::string::npos);
  const std::string yaml = compare_report_to_yaml(r);
  EXPECT_NE(yaml.find("round_dissent:\n  - series: Kestrel Bay fisheries talks\n    round: 3\n    bound: end\n"),
            std::string::npos);
  EXPECT_NE(yaml.find("input_warnings:\n  - source: kestrel-paper\n"), std::string::npos);
}

}  // namespace

namespace {

Timeline one_report(const std::string& id, const std::string& text) {
  TimelineInput in{id, text, parse_dct("2017-09-01"), "", nullptr};
  return build_timeline(std::span<const TimelineInput>(&in, 1));
}

TEST(CompareAttribution, OneSharedQuoteWordIsNoAttributionDifference) {
  std::vector<Timeline> two = {
      one_report("a", "Michel Barnier said on Thursday there had been \u201Cno decisive progress\u201D on the main issues."),
      one_report("b", "Theresa May said on Thursday she had seen \u201Csufficient progress\u201D on the main issues.")};
  const CompareReport r = compare_timelines(two);
  EXPECT_TRUE(r.attribution_differences.empty());
  std::vector<Timeline> same = {
      one_report("a", "Michel Barnier said on Thursday that \u201Cthe clock is ticking for the whole negotiation\u201D."),
      one_report("b", "David Davis said on Thursday that \u201Cthe clock is ticking for the whole negotiation\u201D.")};
  const CompareReport s = compare_timelines(same);
  ASSERT_EQ(s.attribution_differences.size(), 1u);
  EXPECT_EQ(s.attribution_differences[0].words.size(), 4u);  // clock, negotiation, ticking, whole
}

}  // namespace
