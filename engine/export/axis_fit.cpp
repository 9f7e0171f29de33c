// Quartile fences rather than mean and deviation: a handful of background dates years away would
// move a mean and a deviation, but not the quartiles of a story told over weeks.
#include "engine/export/axis_fit.hpp"

#include <algorithm>
#include <vector>

namespace parley::exporting {
namespace {

using std::chrono::seconds;

Instant midpoint(const DatedSpan& s) { return s.from + (s.to - s.from) / 2; }

// The sample's value at fraction q (0..1), interpolated between neighbours; `sorted` not empty.
Instant quantile(const std::vector<Instant>& sorted, double q) {
  const double at = q * double(sorted.size() - 1);
  const auto below = std::size_t(at);
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  const double f = at - double(below);
  return sorted[below] + seconds(seconds::rep(f * double((sorted[above] - sorted[below]).count())));
}

// How many of the sorted `mids` at one end stand apart from the rest: a group of at most one in
// twenty, separated by a gap wider than `gap`. Read from the low end; `mids` reversed for the high.
template <class It>
std::size_t stragglers(It first, It last, std::chrono::seconds gap) {
  const auto n = std::size_t(last - first);
  const std::size_t most = std::max<std::size_t>(1, n / 20);
  std::size_t drop = 0;
  for (std::size_t k = 1; k <= most && k < n; ++k) {
    const auto d = first[k] - first[k - 1];
    if ((d < std::chrono::seconds(0) ? -d : d) > gap) drop = k;
  }
  return drop;
}

std::optional<FittedSpan> kept_span(std::span<const DatedSpan> events, std::vector<Instant> sample) {
  std::sort(sample.begin(), sample.end());
  const Instant q1 = quantile(sample, 0.25), q3 = quantile(sample, 0.75);
  const seconds spread = std::max<seconds>(q3 - q1, std::chrono::days(14));
  const Instant lo = q1 - spread * 3 / 2, hi = q3 + spread * 3 / 2;
  // Within the fences, a lone date weeks before the rest (a date recalled once in a story of
  // dozens) would still stretch the axis: such stragglers at either end are left out too.
  std::vector<Instant> mids;
  for (const DatedSpan& e : events)
    if (const Instant mid = midpoint(e); mid >= lo && mid <= hi) mids.push_back(mid);
  if (mids.empty()) return std::nullopt;
  std::sort(mids.begin(), mids.end());
  const seconds gap = std::max<seconds>(spread / 2, std::chrono::days(14));
  const std::size_t low = stragglers(mids.begin(), mids.end(), gap);
  const std::size_t high = stragglers(mids.rbegin(), mids.rend(), gap);
  const Instant from_mid = mids[std::min(low, mids.size() - 1)], to_mid = mids[mids.size() - 1 - std::min(high, mids.size() - 1)];
  std::optional<FittedSpan> span;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const DatedSpan& e = events[i];
    const Instant mid = midpoint(e);
    if (mid < from_mid || mid > to_mid) continue;
    if (!span) span = FittedSpan{e.from, e.to, std::vector<bool>(events.size(), false)};
    span->from = std::min(span->from, e.from);
    span->to = std::max(span->to, e.to);
    span->kept[i] = true;
  }
  return span;
}

}  // namespace

std::optional<FittedSpan> fitted_span(std::span<const DatedSpan> events, std::span<const Instant> context) {
  if (events.empty()) return std::nullopt;
  std::vector<Instant> sample;
  sample.reserve(events.size() + context.size());
  for (const DatedSpan& e : events) sample.push_back(midpoint(e));
  std::vector<Instant> own = sample;
  sample.insert(sample.end(), context.begin(), context.end());
  // Publication days far from every event (an anniversary piece, a history) must not push all
  // events out: then the events' own core decides.
  if (auto span = kept_span(events, std::move(sample))) return span;
  return kept_span(events, std::move(own));
}

}  // namespace parley::exporting
