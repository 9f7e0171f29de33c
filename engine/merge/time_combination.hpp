#pragma once
// The time of an event several documents report: what every source allows (the intersection of
// their intervals). Defaults (a tense, "the DCT's day or the day before") narrow it only when
// they fit; stated times that do not intersect are a conflict, and each reading is kept.
#include <string>
#include <vector>

#include "parley/timeline.hpp"

namespace parley::merge {

struct SourcedTime {
  std::string doc;
  const EventTime* time;  // may be null: the source gives no time
};

struct CombinedTime {
  std::optional<EventTime> time;       // the merged event's time
  std::vector<TimeReading> readings;   // two or more when stated times conflict
};

CombinedTime combine_times(const std::vector<SourcedTime>& sources);

}  // namespace parley::merge
