#pragma once
// "The third round of Astana talks started on Tuesday. ... The talks ended on Wednesday.": a
// phase of the talks told without a number, in a report about one numbered round, is that
// round's phase.

#include <vector>

#include "engine/timeline/mention.hpp"
#include "engine/timeline/time_attachment.hpp"
#include "parley/timex.hpp"

namespace parley::timeline {

// Gives the document's story round to its unnumbered phases of talks when the document leaves
// no doubt which round that is: one round number among the rounds it tells as done (for phases
// told in the past) or as planned (for phases told in the future) within two weeks of the phase
// (an undated one counts), or, when no event numbers a round, the one round number it names.
// Rounds of another named series are left alone.
void bind_story_round(std::vector<Mention>& mentions, const std::vector<Attachment>& times,
                      const std::vector<EventOrdinal>& ordinals);

}  // namespace parley::timeline
