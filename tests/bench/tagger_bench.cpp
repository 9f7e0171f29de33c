// The tagger core (recognition + resolution, no I/O) in MB/s of text:
//   build-perf/tests/bench/tagger_bench
// TBAQ is the whole corpus; Reuters is its first 2000 articles (1.7 MB), enough for a stable rate.
// LongLine checks the cost stays linear in one long line of awkward text (Complexity: O(N)).
#include <benchmark/benchmark.h>

#include <string>

#include "corpus.hpp"
#include "parley/tagger.hpp"

namespace {

void tag_corpus(benchmark::State& state, const parley::bench::Corpus& corpus) {
  if (corpus.articles.empty()) {
    state.SkipWithError("../shared/corpora not found");
    return;
  }
  for (auto _ : state)
    for (const auto& a : corpus.articles) benchmark::DoNotOptimize(parley::tag(a.text, a.dct));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.bytes));
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(state.iterations() * corpus.articles.size()),
                                                    benchmark::Counter::kIsRate);
}

void BM_TagTbaq(benchmark::State& state) {
  static const auto corpus = parley::bench::load_corpus("tbaq.jsonl");
  tag_corpus(state, corpus);
}
BENCHMARK(BM_TagTbaq)->Unit(benchmark::kMillisecond);

void BM_TagReuters(benchmark::State& state) {
  static const auto corpus = parley::bench::load_corpus("reuters21578.jsonl", 2000);
  tag_corpus(state, corpus);
}
BENCHMARK(BM_TagReuters)->Unit(benchmark::kMillisecond);

// Text that starts many candidate expressions and keeps them open: article chains, number runs,
// month runs, digits with separators.
void BM_TagLongLine(benchmark::State& state) {
  const std::string unit =
      "the the the May June July 1998 1999 2000 12 13 14 the last the next two three four "
      "1,000 3.5 ' the day the week ";
  std::string text;
  while (text.size() < static_cast<std::size_t>(state.range(0))) text += unit;
  const std::optional<parley::Dct> dct = parley::parse_dct("1998-08-07");
  for (auto _ : state) benchmark::DoNotOptimize(parley::tag(text, dct));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.SetComplexityN(static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_TagLongLine)->RangeMultiplier(4)->Range(1 << 16, 1 << 22)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);

}  // namespace
