#pragma once
// Gives each event mention the time expression of its clause, or a default justified by its
// kind and tense, and notes the anaphoric times ("Hours earlier") that order it against an
// earlier event.
#include <optional>
#include <vector>

#include "engine/timeline/mention.hpp"

namespace parley::timeline {

struct Attachment {
  std::optional<EventTime> time;
  // an anaphoric time: the event is before (-1), after (+1) or at (0) the event it is told against
  bool anaphoric = false;
  int direction = 0;
  std::string cue;  // the expression, for the relation's basis
};

// `ranges`: the tagger's pairs of range ends ("September 13-15"); an event dated by the first
// end is dated by the whole range.
std::vector<Attachment> attach_times(const TextUnits& units, const std::vector<Mention>& mentions,
                                     const std::vector<Timex>& timexes, const std::optional<Dct>& dct,
                                     const std::vector<TimexRange>& ranges = {});

// A verb without a time of its own, told "at" or "during" a meeting with a time of its own in
// its clause ("decided at today's weekly meeting"), takes the meeting's time (part of
// attach_times).
void date_by_meeting_attended(const TextUnits& u, const std::vector<Mention>& mentions, std::vector<Attachment>& times);

// A meeting or round without a time of its own that restates a dated one of the sentence before
// takes that time (part of attach_times).
void restate_previous_times(const std::vector<Mention>& mentions, std::vector<Attachment>& times);

// A round's start or end without a time of its own, told with a span of that round in the same
// sentence ("concluded the Third Round, which took place from September 23 to 27"), takes the
// span's first or last day (part of attach_times).
void bound_by_span_of_sentence(const std::vector<Mention>& mentions, std::vector<Attachment>& times);

// Leaves out the mentions that are events only through a time of their own (a plan told with
// "to", a meeting noun beside a time) when no written time was attached to them.
void drop_undated_by_own_time(std::vector<Mention>& mentions, std::vector<Attachment>& times);

// The instants the DCT stands for: its day, or the instant itself when it has a time of day.
std::pair<Instant, Instant> dct_bounds(const Dct& dct);

}  // namespace parley::timeline
