#pragma once
// The timeline's output formats, each fed from the same model (parley/timeline.hpp).
#include <string>

#include "parley/timeline.hpp"

namespace parley {

// The versioned YAML schema (`parley: 1`; timelines/parley-timeline.schema.json).
std::string timeline_to_yaml(const Timeline&);

// One line of the batch protocol for a single-document timeline, without the newline:
// {"id", "events": [{"id","kind","trigger":{"start","end","text"},"earliest","latest",...}],
//  "relations": [{"from","type","to","basis"}]}. Offsets in code points.
std::string timeline_to_json_line(const Timeline&, const std::string& id);

// "2021-05-19T17:00:00": how bounds are written in every format.
std::string format_instant(Instant);

}  // namespace parley
