#pragma once
// Across documents: which events of several timelines are one event (matching), and the one
// timeline in which each appears once with evidence from every report (merging). Matching is
// explainable: every join names its rule and confidence, every near miss is reported.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "parley/timeline.hpp"

namespace parley {

// One event of one of the timelines given to match_events.
struct EventRef {
  std::size_t timeline = 0;
  std::size_t event = 0;
  friend auto operator<=>(const EventRef&, const EventRef&) = default;
};

// Events of different timelines taken for one; members ascending, never two of one timeline.
struct EventCluster {
  std::vector<EventRef> members;
  EventMatch match;  // empty rule for a single member
};

struct EventNearMiss {
  EventRef a, b;
  std::string rule, reason;
  double score = 0.0;
};

struct EventMatching {
  std::vector<EventCluster> clusters;  // every event in exactly one, ordered by first member
  std::vector<EventNearMiss> near_misses;
};

struct MatchOptions {
  const AliasTable* aliases = nullptr;  // null: the built-in table
  int date_window_days = 3;  // events whose times lie further apart are never compared
};

// Matches events across the timelines (each one document's, or any timelines whose documents
// differ). Candidate pairs come from blocks (series and phase, speaker, series and day) swept by
// date, so the work grows with the block sizes, not with the square of all events.
EventMatching match_events(std::span<const Timeline> timelines, const MatchOptions& = {});

// One timeline from several: the inputs are sorted by their documents first, so any order of the
// same inputs gives the same result. Matched events are joined (evidence from each, `sources`,
// `match`), their times intersected; times that cannot all hold are kept as `readings` and listed
// under `contradictions`. Relations are carried over, then the joint timeline is ordered again.
Timeline merge_timelines(std::vector<Timeline> timelines, const MatchOptions& = {});

// The same without the final ordering: events in input order. What the benchmark measures, and
// what `compare` needs (it orders nothing).
Timeline merge_timelines_unordered(std::vector<Timeline> timelines, const MatchOptions& = {});

}  // namespace parley
