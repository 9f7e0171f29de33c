#pragma once
// The one order of a set of timelines that merge and compare both use, so that any order of the
// same inputs gives byte-identical output and the same event numbering in both.
#include <string>
#include <vector>

#include "parley/timeline.hpp"

namespace parley::merge {

// What the order compares first: the documents (id, dct, source) of the timeline.
std::string documents_key(const Timeline& t);

// By their documents (id, dct, source); inputs with identical documents by their content.
void sort_by_documents(std::vector<Timeline>& timelines);

}  // namespace parley::merge
