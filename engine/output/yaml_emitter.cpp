// YAML for people: one document per input file, every attribute spelled out.
#include <yaml-cpp/yaml.h>

#include "engine/output/fields.hpp"
#include "parley/emit.hpp"
#include "parley/version.hpp"

namespace parley {
namespace {

void emit_span(YAML::Emitter& out, const Span& span) {
  out << YAML::Key << "span" << YAML::Value << YAML::Flow << YAML::BeginMap
      << YAML::Key << "start" << YAML::Value << span.cp_begin
      << YAML::Key << "end" << YAML::Value << span.cp_end
      << YAML::Key << "byte_start" << YAML::Value << span.begin
      << YAML::Key << "byte_end" << YAML::Value << span.end << YAML::EndMap;
}

// An empty list reads better as "[]" on the key's line than as a block.
void begin_sequence(YAML::Emitter& out, bool empty) {
  if (empty) out << YAML::Flow;
  out << YAML::BeginSeq;
}

void emit_document(YAML::Emitter& out, const Document& doc) {
  out << YAML::Key << "document" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "id" << YAML::Value << doc.id;
  out << YAML::Key << "path" << YAML::Value << doc.path;
  if (!doc.source.empty()) out << YAML::Key << "source" << YAML::Value << doc.source;
  out << YAML::Key << "dct" << YAML::Value;
  if (doc.dct) {
    out << output::dct_value(*doc.dct);
  } else {
    out << YAML::Null << YAML::Key << "note" << YAML::Value << std::string(output::no_dct_note);
  }
  out << YAML::EndMap;
}

void emit_timexes(YAML::Emitter& out, const TagResult& result) {
  out << YAML::Key << "timexes" << YAML::Value;
  begin_sequence(out, result.timexes.empty());
  for (const Timex& timex : result.timexes) {
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << timex.id;
    out << YAML::Key << "text" << YAML::Value << timex.text;
    emit_span(out, timex.span);
    for (const auto& [key, value] : output::timex_attributes(timex))
      out << YAML::Key << std::string(key) << YAML::Value << value;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
}

void emit_ordinals(YAML::Emitter& out, const TagResult& result) {
  out << YAML::Key << "ordinals" << YAML::Value;
  begin_sequence(out, result.ordinals.empty());
  for (const EventOrdinal& ordinal : result.ordinals) {
    out << YAML::BeginMap << YAML::Key << "text" << YAML::Value << ordinal.text;
    emit_span(out, ordinal.span);
    out << YAML::Key << "kind" << YAML::Value << std::string(output::to_string(ordinal.kind));
    if (ordinal.kind == EventOrdinal::Kind::Number || ordinal.kind == EventOrdinal::Kind::First)
      out << YAML::Key << "number" << YAML::Value << ordinal.number;
    if (!ordinal.noun.empty()) out << YAML::Key << "noun" << YAML::Value << ordinal.noun;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
}

}  // namespace

void emit_yaml(std::ostream& stream, const Document& doc, const TagResult& result) {
  YAML::Emitter out;
  out << YAML::BeginDoc << YAML::BeginMap;
  out << YAML::Key << "schema" << YAML::Value << yaml_schema_version;
  emit_document(out, doc);
  emit_timexes(out, result);
  emit_ordinals(out, result);
  out << YAML::EndMap;
  stream << out.c_str() << '\n';
}

}  // namespace parley
