#pragma once
// What a document's ordinals count, read from the words around them: the grammar finds "the
// first round" and "the third session"; whether that is round one, or a sitting, depends on the
// rest of the sentence and the report.
#include <string_view>
#include <vector>

#include "parley/timex.hpp"

namespace parley::timeline {

// The ordinals as the timeline reads them: `ordinals` itself when no reading changes one, else
// `storage` filled with the changed copy.
//  - "the first round of talks since June", "their first face-to-face talks in two years": a
//    first after a break is the next round, not round one;
//  - "A second round of talks resumed ... the first session was held Saturday evening": a report
//    that numbers rounds with "round" numbers the sittings of one round with "session", so there
//    a numbered session is a sitting. Reports that number only sessions keep them as rounds.
const std::vector<EventOrdinal>& read_ordinals(std::string_view text, const std::vector<EventOrdinal>& ordinals,
                                               std::vector<EventOrdinal>& storage);

// Whether the words after a "first" ordinal say it is the first after a break ("since June",
// "since the summit", "in two years", "in more than a decade"), up to the clause's end.
bool first_after_a_break(std::string_view text, const EventOrdinal& ordinal);

}  // namespace parley::timeline
