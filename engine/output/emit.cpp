// Choosing an emitter by name, for callers that take the format as a setting.
#include "parley/emit.hpp"

namespace parley {

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "yaml") return OutputFormat::Yaml;
  if (name == "jsonl") return OutputFormat::Jsonl;
  if (name == "timeml") return OutputFormat::Timeml;
  return std::nullopt;
}

std::size_t emit(OutputFormat format, std::ostream& out, const Document& doc, const TagResult& result,
                 TimemlLinkCounts* links) {
  switch (format) {
    case OutputFormat::Yaml: emit_yaml(out, doc, result); return 0;
    case OutputFormat::Jsonl: emit_jsonl(out, doc, result); return 0;
    case OutputFormat::Timeml: return emit_timeml(out, doc, result, links);
  }
  return 0;
}

}  // namespace parley
