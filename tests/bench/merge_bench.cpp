// Merging a thousand articles' timelines. The articles are the three reports of
// tests/compare_articles/, read once with the real tagger, then copied into many stories: each
// copy gets its own document id, its times shifted by whole days and its round number raised
// per story, so ten articles tell each story and a hundred stories share one series and speakers,
// the worst case for blocking short of identical dates.
//   build/tests/bench/merge_bench --benchmark_filter=Merge
#include <benchmark/benchmark.h>

#include <chrono>
#include <string>
#include <vector>

#include "parley/document.hpp"
#include "parley/timeline_merge.hpp"

namespace {

using namespace parley;

const std::vector<Timeline>& originals() {
  static const std::vector<Timeline> t = [] {
    std::vector<Timeline> out;
    for (const char* n : {"irna-round5", "paper-round5", "wire-round5"}) {
      Document d = load_document(std::string(PARLEY_SOURCE_DIR) + "/tests/compare_articles/" + n + ".txt");
      TimelineInput in{d.id, d.text, d.dct, d.source, nullptr};
      out.push_back(build_timeline(std::span<const TimelineInput>(&in, 1)));
    }
    return out;
  }();
  return t;
}

void shift(std::optional<EventTime>& t, std::chrono::seconds by) {
  if (!t) return;
  if (t->time.earliest) *t->time.earliest += by;
  if (t->time.latest) *t->time.latest += by;
}

std::vector<Timeline> articles(std::size_t n) {
  std::vector<Timeline> out;
  for (std::size_t i = 0; i < n; ++i) {
    Timeline t = originals()[i % 3];
    std::size_t story = i / 10;
    const std::string id = "a" + std::to_string(i);
    for (auto& d : t.documents) d.id = id;
    auto by = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::days(3 * story));
    for (Event& e : t.events) {
      shift(e.time, by);
      if (e.series && e.series->round > 0) e.series->round += static_cast<int>(story);
      for (Evidence& ev : e.evidence) ev.doc = id;
    }
    out.push_back(std::move(t));
  }
  return out;
}

void MergeUnordered(benchmark::State& state) {
  const std::vector<Timeline> in = articles(static_cast<std::size_t>(state.range(0)));
  std::size_t events = 0;
  for (const Timeline& t : in) events += t.events.size();
  for (auto _ : state) {
    Timeline m = merge_timelines_unordered(in);
    benchmark::DoNotOptimize(m.events.data());
    state.counters["merged_events"] = static_cast<double>(m.events.size());
  }
  state.counters["input_events"] = static_cast<double>(events);
  state.SetItemsProcessed(state.iterations() * state.range(0));  // articles
}
BENCHMARK(MergeUnordered)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void MatchOnly(benchmark::State& state) {
  const std::vector<Timeline> in = articles(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(match_events(in).clusters.size());
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(MatchOnly)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

// With the final ordering (timeline_order.cpp): what `parley timeline` pays on top.
void MergeOrdered(benchmark::State& state) {
  const std::vector<Timeline> in = articles(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(merge_timelines(in).events.size());
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(MergeOrdered)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace
