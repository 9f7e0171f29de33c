// The batch protocol's answers, one line per request line (parley/batch_answer.hpp).
#include "parley/batch_answer.hpp"

#include <exception>
#include <span>

#include "parley/batch_line.hpp"
#include "parley/emit.hpp"
#include "parley/tagger.hpp"
#include "parley/timeline_output.hpp"

namespace parley {

bool answer_batch_line(std::string_view line, std::size_t number, const DocumentAnswer& answer, std::string& out) {
  const std::size_t start = out.size();
  const BatchLine request = read_batch_line(line, number);
  if (!request.document) {
    append_jsonl_error(out, request.id, request.error);
    return false;
  }
  try {
    answer(*request.document, out);
    return true;
  } catch (const std::exception& e) {  // one document the engine chokes on must not end the batch
    out.resize(start);
    append_jsonl_error(out, request.id, "line " + std::to_string(number) + ": " + e.what());
    return false;
  }
}

void append_tag_answer(const Document& doc, std::string& out) { append_jsonl(out, doc, tag(doc.text, doc.dct)); }

TimelineInput timeline_input(const Document& d) { return {d.id, d.text, d.dct, d.source, nullptr}; }

void append_timeline_answer(const Document& doc, const TimelineOptions& options, std::string& out) {
  const TimelineInput in = timeline_input(doc);
  out += timeline_to_json_line(build_timeline(std::span<const TimelineInput>(&in, 1), options), doc.id);
  out.push_back('\n');
}

}  // namespace parley
