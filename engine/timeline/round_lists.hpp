#pragma once
// "the first five rounds of the talks were held on January 23-24, February 15-16, March 14-15,
// May 3-4 and July 4-5": a count of rounds told with as many dates, one after the other, dates
// each round in turn (the first date the first round, ...).

#include <vector>

#include "engine/timeline/text_units.hpp"
#include "parley/timeline.hpp"
#include "parley/timex.hpp"

namespace parley::timeline {

// Splits each whole, past round or meeting event of one document whose sentence counts "the
// first N rounds" before its trigger and lists exactly N dates (days or day ranges of at most a
// week, separated only by commas and "and") after it into N round events, numbered 1..N, each
// dated by its date. The event itself becomes round 1; the others are appended to `events`.
// Anything else (another count of dates, a gap with other words, "the last three rounds") is
// left as it is.
void split_round_lists(const TextUnits& units, const TagResult& tags, std::vector<Event>& events);

}  // namespace parley::timeline
