#pragma once
// "The talks mark the sixth round of negotiations", "It is the 8th round of Syrian peace talks",
// "Monday's meeting was the fourth round": a copula numbering the talks its subject stands for.

#include <cstddef>
#include <vector>

#include "engine/timeline/mention.hpp"
#include "engine/timeline/sentence_reader.hpp"

namespace parley::timeline {

// When the sentence of `r` says its subject is the Nth round, gives that round to the unnumbered
// meetings and phases of talks the subject is: those told in its own subject ("Monday's
// meeting"), else, for a pronoun or "the talks", those of the sentence before. The round keeps
// its own series name and takes the complement's when it has none. `out[sentence_start..]` are
// the sentence's mentions, in token order.
void bind_copular_round(const SentenceReader& r, const std::vector<EventOrdinal>& ordinals, std::vector<Mention>& out,
                        std::size_t sentence_start);

}  // namespace parley::timeline
