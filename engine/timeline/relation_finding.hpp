#pragma once
// Relations the text states between the events of one document: anaphoric times, after/before/
// since clauses, the past perfect, speech about the past, "in this meeting", former office-holders.
#include <string>
#include <vector>

#include "engine/timeline/mention.hpp"
#include "engine/timeline/time_attachment.hpp"

namespace parley::timeline {

struct MentionRelation {
  std::size_t from = 0, to = 0;  // mention indices
  RelationType type = RelationType::Before;
  std::string basis;
};

std::vector<MentionRelation> find_relations(const std::vector<Mention>& mentions,
                                            const std::vector<Attachment>& times);

}  // namespace parley::timeline
