#pragma once
// The compare report's sections read from the merged timeline: the round bounds sources read
// differently, and the warnings on each source's input.
#include <map>
#include <string>
#include <vector>

#include "parley/timeline_compare.hpp"

namespace parley::merge {

// `source_of_doc`: document id -> the compared source's id; `inputs`: the compared timelines,
// whose events give each sentence's own time expression.
std::vector<RoundDissent> round_dissent(const Timeline& merged, const std::vector<Timeline>& inputs,
                                        const std::map<std::string, std::string>& source_of_doc);
// Sessions two sources number differently: same series, same bound, same day, other round.
// `source_names`: the compared sources' ids, by input.
std::vector<NumberingConflict> numbering_conflicts(const std::vector<Timeline>& inputs,
                                                   const std::vector<std::string>& source_names);
std::vector<SourceWarning> source_warnings(const Timeline& merged,
                                           const std::map<std::string, std::string>& source_of_doc);

}  // namespace parley::merge
