#pragma once
// Meetings told as nouns with a time of their own, the way wire copy dates them: "yesterday's
// meeting", "the April 27 annual meeting", "talks yesterday with Baker", "interim meetings next
// month", "a meeting of the sector's workers this afternoon". Such a noun is an event even with
// no verb of its own; the time beside it is its time.
#include <cstddef>

#include "engine/timeline/wire_verbs.hpp"

namespace parley::timeline {

struct MeetingNounTime {
  std::size_t time_token;   // first token of the time that dates the meeting
  std::size_t phrase_last;  // last token of an "of ..." or "with ..." phrase after the noun, or the noun
  // the time qualifies the noun ("yesterday's meeting", "the April 27 meeting"): it is the
  // noun's alone; a time after the noun ("talks yesterday") may still be a nearer verb's
  bool attributive;
};

// For the negotiation noun at token `v` (not a numbered round, not the object of a verb): the
// time written right before or after it, or time_token == no_token.
MeetingNounTime meeting_noun_time(const VerbSite& site, std::size_t v);

}  // namespace parley::timeline
