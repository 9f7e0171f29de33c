#pragma once
// "have begun the second day of the latest round", "the talks entered their third day on
// Tuesday", "Iran nuclear talks enter 2nd day": a count of days tells when the talks started.
// The day told is day N; the talks started N - 1 days before it. Reports of long rounds say this
// more often than they give the opening day itself.

#include <cstddef>

#include "engine/timeline/mention.hpp"
#include "engine/timeline/sentence_reader.hpp"
#include "parley/timeline.hpp"

namespace parley::timeline {

// The day's number N when token `v` is "day" counted by an ordinal ("the second day", "its
// 3rd day"), or 0. Day 1 says nothing the day itself does not.
int day_ordinal_at(const SentenceReader& r, std::size_t v);

// Whether verb `v` opens such a day ("have begun the second day", "entered their third day"):
// the day, not the verb, is the event then.
bool opens_counted_day(const SentenceReader& r, std::size_t v);

// The token range naming the talks whose day `v` ("day") counts: "of the latest round of
// talks" after it, or the subject of "enter" before it ("The talks entered their third day").
// first == no_token when the day counts nothing that names talks.
struct CountedTalks {
  std::size_t first = no_token, last = no_token;
};
CountedTalks talks_of_counted_day(const SentenceReader& r, std::size_t v);

// Moves the time of day `day` of the talks to their start, day - 1 days before it: a written
// day ("entered their third day on Wednesday") or a window ("On the fourth day, Zarif said",
// the statement's "the DCT's day or the day before"). Says so in the basis.
void count_back_to_start(EventTime& et, int day);

}  // namespace parley::timeline
