#pragma once
// Reports that number no round ("talks began in Astana on Monday", "the longest round yet ended
// in Qatar on Tuesday") as evidence for the numbered round they tell of.
#include <utility>
#include <vector>

#include "parley/timeline.hpp"

namespace parley::timeline {

// The events of `events` that number no round, each with the round of `series` it tells of: a
// round or meeting with a start or end phase and a stated time of at most two days, whose time
// overlaps the solved bound of that phase (itself at most two days) of exactly one round of its
// series, or lies inside exactly one round's solved span (start to end, at most two weeks). An
// event that could be two rounds, or whose time is wide or open, is none of them. An event with
// no series is never joined: unify_series lends a phase of "the talks" its series first.
std::vector<std::pair<Event*, int>> unnumbered_phase_rounds(std::vector<Event>& events,
                                                            const std::vector<Series>& series);

}  // namespace parley::timeline
