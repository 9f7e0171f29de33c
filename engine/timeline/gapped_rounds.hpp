#pragma once
// "The first round of talks had taken place on 28 February, and the second round on 3 March":
// a second conjunct that leaves out the verb it shares with the first.

#include <cstddef>
#include <vector>

#include "engine/timeline/mention.hpp"
#include "engine/timeline/sentence_reader.hpp"

namespace parley::timeline {

// Adds, for each numbered round of the sentence told with a verb, the round of a gapped conjunct
// after it (", and the second round [of talks] [in PLACE] on TIME" closing the sentence, no verb
// of its own): the same verb, tense and phase, the conjunct's number and its own time.
void add_gapped_rounds(const SentenceReader& r, const std::vector<EventOrdinal>& ordinals, std::vector<Mention>& out,
                       std::size_t sentence_start);

}  // namespace parley::timeline
