#pragma once
// "De Mistura announced on Friday the conclusion of the fourth round": a round's phase told as a
// noun has no tense to place it by; when the statement that tells it has a written time, the
// phase is at that time.

#include <vector>

#include "engine/timeline/mention.hpp"
#include "engine/timeline/time_attachment.hpp"

namespace parley::timeline {

// Gives phase nouns of rounds and meetings ("the end of", "the conclusion of") without a time
// of their own the written time of the statement of their sentence.
void date_phase_nouns_by_statement(const std::vector<Mention>& mentions, std::vector<Attachment>& times);

}  // namespace parley::timeline
