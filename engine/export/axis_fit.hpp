#pragma once
// The period a chronology's axis must cover, fitted robustly: the dense core of the dated events,
// so that one clause about 2015 in a story of six weeks in 2021 does not squeeze those six weeks
// into a few pixels. Outliers are not lost: the page lists them beside the drawing.
#include <chrono>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "parley/resolved_time.hpp"

namespace parley::exporting {

struct DatedSpan {
  Instant from, to;
};

// Events pinned to at most this many days fix the axis; wider ones are drawn on it when they
// overlap it, but never stretch it.
inline constexpr std::chrono::days precise_width{10};

struct FittedSpan {
  Instant from, to;
  std::vector<bool> kept;  // per event: inside the fences, so it fixes the span
};

// [earliest from, latest to] over the `events` whose midpoints lie within the fences of the
// sample (their midpoints and `context`, the publication days): the quartiles widened by 1.5
// times their distance, which is taken as at least two weeks so that a story told within days
// keeps its neighbouring weeks. At either end, at most one in twenty events set apart from the
// rest by a gap of more than half that distance (and two weeks) is left out as well. Absent when
// `events` is empty.
std::optional<FittedSpan> fitted_span(std::span<const DatedSpan> events, std::span<const Instant> context);

}  // namespace parley::exporting
