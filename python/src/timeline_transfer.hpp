#pragma once
// A per-document timeline as one line of text, for carrying it between the processes of the
// distributed pipeline (parley.distributed) before the merge: JSON holding every field of the
// model, byte offsets, trigger texts and tagger ids included (the YAML schema leaves those out,
// and the merge reads triggers). So merging transferred timelines gives the merge of the
// timelines themselves.
#include <string>

#include "parley/merge_shuffle.hpp"
#include "parley/timeline.hpp"

namespace parley::python {

std::string timeline_to_transfer(const Timeline&);

// Throws std::runtime_error naming `where` when the text is not a transfer line.
Timeline timeline_from_transfer(const std::string& text, const std::string& where);

// The pieces of the shuffled merge (parley/merge_shuffle.hpp) between tasks, the same way.
std::string group_event_to_transfer(const GroupEvent&);
GroupEvent group_event_from_transfer(const std::string& text);
std::string group_merge_to_transfer(const GroupMerge&);
GroupMerge group_merge_from_transfer(const std::string& text);

}  // namespace parley::python
