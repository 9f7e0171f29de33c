#pragma once
// "De Mistura announced on Friday the conclusion of the fourth round", "Wrapping up a fifth round
// of talks, Barnier said on Thursday": a round's phase told as a noun or as a gerund opening the
// sentence has no time of its own; when the statement that tells it has a written time, the
// phase is at that time. "The first round has wrapped up": a phase in the present perfect is at
// that time too, or else, like a statement, on the DCT's day or the day before.

#include <optional>
#include <vector>

#include "engine/timeline/mention.hpp"
#include "engine/timeline/time_attachment.hpp"

namespace parley::timeline {

// Gives phase nouns of rounds and meetings ("the end of", "the conclusion of"), phase gerunds
// opening a sentence and phases in the present perfect, without a time of their own, the
// written time of the statement of their sentence; present perfect ones with none get the DCT's
// day or the day before.
void date_phases_by_statement(const TextUnits& units, const std::vector<Mention>& mentions,
                              std::vector<Attachment>& times, const std::optional<Dct>& dct);

}  // namespace parley::timeline
