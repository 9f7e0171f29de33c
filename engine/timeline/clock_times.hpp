#pragma once
// A clock time with no day of its own in wire copy ("negotiations resumed at 1000 EST", "the
// council reconvenes at 1500 hrs") is on the story's day. The tagger counts it from the last
// time the text placed; when that was a day told in an earlier sentence ("which yesterday shut
// down ... Talks resumed at 1000 EST"), the clock is moved to the story's own day.
#include <cstddef>
#include <optional>
#include <vector>

#include "engine/timeline/mention.hpp"
#include "parley/dct.hpp"

namespace parley::timeline {

// Moves `et` (from timex `x`) to the DCT's day when `x` is a bare clock time anchored on a
// time of an earlier sentence counted from the DCT that lies on another day ("yesterday"), and the event `m` can be on the story's
// day (present or future tense, or past with the clock not after the DCT's). Returns whether
// it moved.
bool clock_on_story_day(EventTime& et, const std::vector<Timex>& timexes, std::size_t x,
                        const std::vector<std::size_t>& sentence_of_timex, const Mention& m,
                        const std::optional<Dct>& dct);

}  // namespace parley::timeline
