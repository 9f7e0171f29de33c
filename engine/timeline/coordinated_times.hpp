#pragma once
// Two verbs of one subject joined by "and" or "but" with one time between them: "took their
// tractors to the roads today and blocked a border crossing", "brought the port to a halt today
// but called off a stoppage". The time ends the first verb's phrase, and the second verb, told
// in the same tense with no time of its own, happened on that day too.
#include <cstddef>
#include <span>
#include <vector>

#include "engine/timeline/mention.hpp"
#include "engine/timeline/time_attachment.hpp"
#include "engine/timeline/timex_scope.hpp"

namespace parley::timeline {

// Whether time `t` stands right before "and" or "but" (a comma between allowed) that a
// coordinated verb of `mentions` follows within two words.
bool ends_before_coordinated_verb(const TextUnits& u, const Sentence& s, TimexTokens t,
                                  std::span<const Mention> mentions);

// Gives each coordinated verb without a time the day-or-finer time its first verb took from
// between the two. `time_token[k]`: the first token of the time mention k took, or no_token.
void share_coordinated_times(const TextUnits& u, const std::vector<Mention>& mentions,
                             const std::vector<std::size_t>& time_token, std::vector<Attachment>& times);

}  // namespace parley::timeline
