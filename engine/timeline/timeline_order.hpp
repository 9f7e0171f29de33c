#pragma once
// Orders a timeline's events over a constraint graph: relations stated by the text and the
// bounds of the events' times, together. Tightens bounds along relations, reports constraints
// that cannot all hold, and marks events whose place the text does not fix.
#include "parley/timeline.hpp"

namespace parley::timeline {

// Sorts `tl.events` into timeline order (events the text does not order keep document order),
// sets each event's `order`, tightens bounds along relations and fills `tl.contradictions`.
void order_timeline(Timeline& tl);

}  // namespace parley::timeline
