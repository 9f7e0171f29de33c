#pragma once
// Answering one line of the batch protocol (`parley tag --jsonl`, `parley timeline --jsonl`):
// the request read, the document answered, or the {"id","error"} line. The command line and the
// Python package both answer through here, so their lines cannot differ.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "parley/document.hpp"
#include "parley/timeline.hpp"

namespace parley {

// Appends exactly one answer line, with its '\n', to `out` for `doc`.
using DocumentAnswer = std::function<void(const Document& doc, std::string& out)>;

// Reads the request on `line` (1-based `number`, for messages) and appends the answer `answer`
// gives, or, for a bad line or an exception from `answer`, an {"id","error"} line instead (what
// `out` held from this line is dropped). Returns whether the line was answered without error.
bool answer_batch_line(std::string_view line, std::size_t number, const DocumentAnswer& answer, std::string& out);

// `tag --jsonl`'s answer: {"id","dct","timexes","ordinals"}.
void append_tag_answer(const Document&, std::string& out);

// `timeline --jsonl`'s answer: the document's own timeline as one line {"id","events","relations"}.
void append_timeline_answer(const Document&, const TimelineOptions&, std::string& out);

// The TimelineInput of a loaded document (the text is borrowed from `doc`).
TimelineInput timeline_input(const Document& doc);

}  // namespace parley
