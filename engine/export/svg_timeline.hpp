#pragma once
// The SVG drawing of a chronology plan: a calendar axis fitted to the main events, a strip of
// publication days, a few lanes (series rounds drawn as spans, then meetings, statements and
// actions), one linked mark per charted event, labels that never overlap.
#include <string>

#include "engine/export/chronology_plan.hpp"
#include "parley/timeline.hpp"

namespace parley::exporting {

// The anchor of an event's row in the page's table, which every mark links to.
std::string event_anchor(const std::string& event_id);

std::string timeline_svg(const Timeline&, const ChronologyPlan&);

}  // namespace parley::exporting
