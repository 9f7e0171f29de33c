#pragma once
// A per-document timeline as one line of text, for carrying it between the processes of the
// distributed pipeline (parley.distributed) before the merge. The body is the timeline's own YAML
// (timeline_to_yaml, read back by timeline_from_yaml); beside it go the fields that YAML leaves
// out and the merge reads: each evidence entry's byte span and trigger text (a repeated telling
// is found by its sentence and trigger). So merging transferred timelines gives the merge of the
// timelines themselves.
#include <string>

#include "parley/timeline.hpp"

namespace parley::python {

std::string timeline_to_transfer(const Timeline&);

// Throws std::runtime_error naming `where` when the text is not a transfer line.
Timeline timeline_from_transfer(const std::string& text, const std::string& where);

}  // namespace parley::python
