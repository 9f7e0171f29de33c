// The merge in three parts (parley/merge_shuffle.hpp) gives merge_timelines' timeline: keys and
// groups after the series are unified, each group merged alone, the groups assembled.
#include <filesystem>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "engine/merge/input_order.hpp"
#include "engine/timeline/timeline_series.hpp"
#include "parley/merge_shuffle.hpp"
#include "parley/timeline_merge.hpp"
#include "parley/timeline_output.hpp"
#include "timeline_article_fixture.hpp"

namespace parley {
namespace {

// Every collection fixture, one timeline each: five negotiations, rounds told by several papers.
std::vector<Timeline> collection_inputs() {
  std::vector<Timeline> out;
  for (const auto& f : std::filesystem::directory_iterator(PARLEY_SOURCE_DIR "/tests/timeline_articles/collection")) {
    const Document d = load_document(f.path().string());
    TimelineInput in{d.id, d.text, d.dct, d.source, nullptr};
    out.push_back(build_timeline(std::span<const TimelineInput>(&in, 1)));
  }
  return out;
}

struct Shuffled {
  Timeline merged;
  std::size_t events = 0, groups = 0, groups_across_documents = 0;
};

// What parley.distributed does, in one process.
Shuffled shuffled_merge(std::vector<Timeline> inputs) {
  merge::sort_by_documents(inputs);
  timeline::unify_series(inputs);
  std::vector<std::vector<std::string>> keys;
  std::vector<GroupEvent> events;
  for (std::size_t t = 0; t < inputs.size(); ++t)
    for (std::size_t e = 0; e < inputs[t].events.size(); ++e) {
      keys.push_back(event_block_keys(inputs[t].events[e]));
      events.push_back({{t, e}, inputs[t].documents.front().id, inputs[t].events[e]});
    }
  const std::vector<std::size_t> group = merge_groups(keys);
  const std::vector<std::string> crowded = crowded_quote_words(keys);
  std::map<std::size_t, std::vector<GroupEvent>> by_group;
  for (std::size_t i = 0; i < events.size(); ++i) by_group[group[i]].push_back(events[i]);
  Shuffled out;
  out.events = events.size();
  out.groups = by_group.size();
  std::vector<GroupMerge> merged;
  for (auto& [g, members] : by_group) {
    std::set<std::size_t> timelines;
    for (const GroupEvent& m : members) timelines.insert(m.ref.timeline);
    if (timelines.size() > 1) ++out.groups_across_documents;
    merged.push_back(merge_group(members, crowded));
  }
  std::reverse(merged.begin(), merged.end());  // the assembly orders the groups itself
  for (Timeline& t : inputs) t.events.clear();
  out.merged = assemble_merge(inputs, std::move(merged));
  return out;
}

TEST(MergeShuffle, GroupsMergedAloneGiveTheMergedTimeline) {
  const std::vector<Timeline> inputs = collection_inputs();
  ASSERT_GE(inputs.size(), 13u);
  const Shuffled s = shuffled_merge(inputs);
  const Timeline whole = merge_timelines(inputs);
  EXPECT_EQ(timeline_to_yaml(s.merged), timeline_to_yaml(whole));
  // a real split: many groups, and groups that join reports of several documents
  EXPECT_GT(s.groups, 10u);
  EXPECT_LT(s.groups, s.events);
  EXPECT_GE(s.groups_across_documents, 3u);
  EXPECT_FALSE(whole.series.empty());
  EXPECT_TRUE(std::any_of(whole.events.begin(), whole.events.end(), [](const Event& e) { return e.sources >= 2; }));
}

// One statement told in its own document.
Timeline statement_of(const std::string& doc, const std::string& speaker, const std::string& quote) {
  Timeline t;
  t.documents.push_back({doc, "2021-03-10", ""});
  Event e;
  e.id = "e1";
  e.kind = EventKind::Statement;
  if (!speaker.empty()) e.actors = {speaker};
  e.trigger = "said";
  e.summary = (speaker.empty() ? "officials" : speaker) + " said " + quote;
  e.quote = quote;
  e.evidence.push_back({doc, 1, {}, e.summary + " in " + doc + ".", "said"});
  t.events.push_back(std::move(e));
  return t;
}

TEST(MergeShuffle, AGroupLeavesOutTheQuoteWordsTheWholeLeavesOut) {
  // Smith and Jones share only "grain" and "tariffs", words of 66 quotes, so the whole merge never
  // compares them; Brown's quote puts the three in one group. Counted inside that group, the two
  // words would be blocks of two quotes, and Smith and Jones a near miss ("same words, different
  // speakers") the whole does not give.
  std::vector<Timeline> inputs = {statement_of("smith", "Alan Smith", "grain tariffs soybean"),
                                  statement_of("jones", "Dana Jones", "grain tariffs quota"),
                                  statement_of("brown", "Carl Brown", "soybean quota")};
  for (int i = 0; i < 64; ++i) inputs.push_back(statement_of("wire" + std::to_string(100 + i), "", "grain tariffs"));
  std::vector<std::vector<std::string>> keys;
  for (const Timeline& t : inputs) keys.push_back(event_block_keys(t.events.front()));
  EXPECT_EQ(crowded_quote_words(keys), (std::vector<std::string>{"grain", "tariffs"}));
  const std::vector<std::size_t> group = merge_groups(keys);
  EXPECT_EQ(group[1], group[0]);
  EXPECT_EQ(group[2], group[0]);
  EXPECT_NE(group[3], group[0]);

  const Timeline whole = merge_timelines(inputs);
  EXPECT_TRUE(whole.near_misses.empty());
  EXPECT_EQ(whole.events.size(), inputs.size());
  const Shuffled s = shuffled_merge(inputs);
  EXPECT_TRUE(s.merged.near_misses.empty());
  EXPECT_EQ(timeline_to_yaml(s.merged), timeline_to_yaml(whole));
}

TEST(MergeShuffle, SharedKeysJoinGroupsAndCommonQuoteWordsDoNot) {
  // events 0-1 share a speaker block; 2 shares a quote word with 1; 3 shares nothing
  std::vector<std::vector<std::string>> keys = {{"b1\x1f" "zar"}, {"b1\x1f" "zar", "q\x1f" "water"}, {"q\x1f" "water"}, {"b1\x1f" "ara"}};
  EXPECT_EQ(merge_groups(keys), (std::vector<std::size_t>{0, 0, 0, 3}));
  // a word in 65 quotes is swept by no block: it joins nothing
  for (int i = 0; i < 65; ++i) keys.push_back({"q\x1f" "progress"});
  keys[3].push_back("q\x1f" "progress");
  const std::vector<std::size_t> g = merge_groups(keys);
  EXPECT_EQ(g[3], 3u);
  EXPECT_EQ(g[4], 4u);
  EXPECT_EQ(g[68], 68u);
}

TEST(MergeShuffle, KeysAreTheBlocksOfTheEvent) {
  Event round;
  round.kind = EventKind::Round;
  round.series = SeriesRef{"Vienna talks", 4, ""};
  round.phase = Phase::None;
  const std::vector<std::string> k = event_block_keys(round);
  // a round without a phase may be any part of it: its whole, start and end blocks, and its number
  EXPECT_EQ(k.size(), 4u);
  Event statement;
  statement.kind = EventKind::Statement;
  statement.actors = {"Mohammad Javad Zarif"};
  statement.quote = "progress on water";
  const std::vector<std::string> s = event_block_keys(statement);
  EXPECT_EQ(std::count_if(s.begin(), s.end(), [](const std::string& x) { return x.starts_with("q\x1f"); }), 2);
  EXPECT_EQ(std::count(s.begin(), s.end(), std::string("b1\x1f" "zar\x1f")), 1);
}

}  // namespace
}  // namespace parley
