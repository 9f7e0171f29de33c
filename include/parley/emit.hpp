#pragma once
// Writing what the tagger found: one emitter per format, each fed from the Document and its
// TagResult. The CLI picks one; the formats know nothing about the command line.

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "parley/document.hpp"
#include "parley/timex.hpp"

namespace parley {

enum class OutputFormat : unsigned char { Yaml, Jsonl, Timeml };

std::optional<OutputFormat> parse_output_format(std::string_view);  // "yaml", "jsonl", "timeml"

// One YAML document ("---" first) per call: the document's id, path, source and DCT, then every
// timex with span, text and all attributes, then the event ordinals.
void emit_yaml(std::ostream&, const Document&, const TagResult&);

// One JSON line of the batch protocol: {"id", "dct", "timexes": [...], "ordinals": [...]},
// offsets in code points. Flushes, so the line can travel through a pipe at once.
void emit_jsonl(std::ostream&, const Document&, const TagResult&);

// The batch protocol's answer to an input line that could not be tagged: {"id", "error"}.
// `id` is null when the line did not give one.
void emit_jsonl_error(std::ostream&, const std::optional<std::string>& id, std::string_view error);

// The same two lines appended to a string, newline included: for callers that write elsewhere
// or later (the parallel batch, the Python package).
void append_jsonl(std::string& out, const Document&, const TagResult&);
void append_jsonl_error(std::string& out, const std::optional<std::string>& id, std::string_view error);

// A TimeML document: the text with TIMEX3 tags added, the DCT as t0. A .tml document keeps all
// its markup except its old TIMEX3 tags in <TEXT>. Returns how many timexes were left out because
// inline XML cannot hold them (they overlap another timex or cross an element of the original).
// The file's TLINKs that named its old TIMEX3 tags are pointed at parley's TIMEX3 of the same
// extent, or left out when there is none; `links`, when given, gets the counts.
struct TimemlLinkCounts {
  std::size_t remapped = 0, dropped = 0;
};
std::size_t emit_timeml(std::ostream&, const Document&, const TagResult&, TimemlLinkCounts* links = nullptr);

// The emitter of `format`; returns what emit_timeml returns, 0 for the other formats.
std::size_t emit(OutputFormat format, std::ostream&, const Document&, const TagResult&,
                 TimemlLinkCounts* links = nullptr);

}  // namespace parley
