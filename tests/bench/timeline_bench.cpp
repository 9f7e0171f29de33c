// parley::build_timeline over the TBAQ articles, one article per timeline, tagger included
// (TimelineInput::tags left null), in articles/s:
//   build-perf/tests/bench/timeline_bench
#include <benchmark/benchmark.h>

#include "corpus.hpp"
#include "parley/timeline.hpp"

namespace {

void BM_TimelineTbaq(benchmark::State& state) {
  static const auto corpus = parley::bench::load_corpus("tbaq.jsonl");
  if (corpus.articles.empty()) {
    state.SkipWithError("../shared/corpora not found");
    return;
  }
  for (auto _ : state)
    for (const auto& a : corpus.articles) {
      const parley::TimelineInput input{a.id, a.text, a.dct, "", nullptr};
      benchmark::DoNotOptimize(parley::build_timeline({&input, 1}));
    }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.bytes));
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(state.iterations() * corpus.articles.size()),
                                                    benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TimelineTbaq)->Unit(benchmark::kMillisecond);

}  // namespace
