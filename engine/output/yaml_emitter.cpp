// YAML for people: one document per input file, every attribute spelled out. Written with
// YamlText, whose bytes are yaml-cpp's (see engine/output/yaml_text.hpp for why not yaml-cpp).
#include "engine/output/fields.hpp"
#include "engine/output/yaml_text.hpp"
#include "parley/emit.hpp"
#include "parley/version.hpp"

namespace parley {
namespace {

using output::YamlText;

void emit_span(YamlText& y, const Span& span) {
  y.key("span").begin_map(YamlText::flow);
  y.key("start").value(span.cp_begin).key("end").value(span.cp_end);
  y.key("byte_start").value(span.begin).key("byte_end").value(span.end);
  y.end_map();
}

// An empty list reads better as "[]" on the key's line than as a block.
void begin_sequence(YamlText& y, bool empty) { y.begin_seq(empty ? YamlText::flow : YamlText::block); }

void emit_document(YamlText& y, const Document& doc) {
  y.key("document").begin_map();
  y.key("id").value(doc.id);
  y.key("path").value(doc.path);
  if (!doc.source.empty()) y.key("source").value(doc.source);
  y.key("dct");
  if (doc.dct)
    y.value(output::dct_value(*doc.dct));
  else
    y.null().key("note").value(output::no_dct_note);
  y.end_map();
}

void emit_timexes(YamlText& y, const TagResult& result) {
  y.key("timexes");
  begin_sequence(y, result.timexes.empty());
  for (const Timex& timex : result.timexes) {
    y.begin_map().key("id").value(timex.id);
    y.key("text").value(timex.text);
    emit_span(y, timex.span);
    output::timex_attributes(timex, [&](std::string_view key, std::string_view value) { y.key(key).value(value); });
    y.end_map();
  }
  y.end_seq();
}

void emit_ordinals(YamlText& y, const TagResult& result) {
  y.key("ordinals");
  begin_sequence(y, result.ordinals.empty());
  for (const EventOrdinal& ordinal : result.ordinals) {
    y.begin_map().key("text").value(ordinal.text);
    emit_span(y, ordinal.span);
    y.key("kind").value(output::to_string(ordinal.kind));
    if (ordinal.kind == EventOrdinal::Kind::Number || ordinal.kind == EventOrdinal::Kind::First)
      y.key("number").value(ordinal.number);
    if (!ordinal.noun.empty()) y.key("noun").value(ordinal.noun);
    y.end_map();
  }
  y.end_seq();
}

// Written only when the text has a range, so documents without one read as before.
void emit_ranges(YamlText& y, const TagResult& result) {
  if (result.ranges.empty()) return;
  y.key("ranges").begin_seq();
  for (const TimexRange& range : result.ranges) {
    y.begin_map().key("id").value(range.id);
    y.key("text").value(range.text);
    emit_span(y, range.span);
    output::range_attributes(range, result.timexes,
                             [&](std::string_view key, std::string_view value) { y.key(key).value(value); });
    y.key("begin_inclusive").flag(range.begin_inclusive).key("end_inclusive").flag(range.end_inclusive);
    y.end_map();
  }
  y.end_seq();
}

}  // namespace

void emit_yaml(std::ostream& stream, const Document& doc, const TagResult& result) {
  YamlText y;
  y.begin_document().begin_map();
  y.key("schema").value(yaml_schema_version);
  emit_document(y, doc);
  emit_timexes(y, result);
  emit_ordinals(y, result);
  emit_ranges(y, result);
  y.end_map();
  y.str().push_back('\n');
  stream << y.str();
}

}  // namespace parley
