#pragma once
// The SVG drawing of a timeline: one lane per series or actor, a calendar axis, a mark per event
// (point, bar, hatched bar, open bar, or a "?" apart for unknown times), labels that never overlap.
#include <string>

#include "parley/timeline.hpp"

namespace parley::exporting {

std::string timeline_svg(const Timeline&);

}  // namespace parley::exporting
