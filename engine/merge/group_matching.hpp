#pragma once
// The parts of match_events that merge_group (parley/merge_shuffle.hpp) runs on one group.
#include <vector>

#include "parley/merge_shuffle.hpp"
#include "parley/timeline_merge.hpp"

namespace parley {

// match_events over some events given with their refs, ascending: the refs they keep. The blocks
// of the words in `crowded_quote_words` (sorted) are left out, as the whole collection leaves them.
EventMatching match_group_events(const std::vector<GroupEvent>& events, const std::vector<std::string>& crowded_quote_words,
                                 const MatchOptions& options);

// By (a, b, rule, reason), each once: the order of EventMatching::near_misses.
void sort_near_misses(std::vector<EventNearMiss>& near);

}  // namespace parley
