#pragma once
// What every export says about an event besides its time: its headline and where it is told
// (its lane is chronology_plan.hpp's export_lanes). Kept in one place so all formats group and name events the same way.
#include <string>
#include <vector>

#include "parley/timeline.hpp"

namespace parley::exporting {

// The summary, or the trigger when there is none.
std::string headline_of(const Event&);
// Short form for drawings: at most `max_chars` code points, cut at a word, with an ellipsis.
std::string shortened(const std::string& text, std::size_t max_chars);
// The sentence of the event's own mention, empty when there is none.
std::string evidence_sentence_of(const Event&);
// "document id, sentence n — source" for the event's own mention.
std::string source_of(const Timeline&, const Event&);

}  // namespace parley::exporting
