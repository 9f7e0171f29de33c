// JSON lines for programs: the batch protocol's output line, keys in a fixed order. Written
// straight into one string per document (json_text.hpp), then to the stream in one call.
#include "engine/output/fields.hpp"
#include "engine/output/json_text.hpp"
#include "parley/emit.hpp"

namespace parley {
namespace {

using output::JsonText;

void write_line(std::ostream& out, const std::string& line) {
  out.write(line.data(), static_cast<std::streamsize>(line.size()));
  out.flush();  // a program waiting on the batch protocol reads each answer as it comes
}

// Ends the line and hands `out` back: `j` was made from it (JsonText(std::move(out))), so it
// holds what `out` held, then the line.
void append_line(std::string& out, JsonText& j) {
  j.str().push_back('\n');
  out = std::move(j.str());
}

void timex_json(JsonText& j, const Timex& timex) {
  j.open_object()
      .key("start").value(static_cast<std::uint64_t>(timex.span.cp_begin))
      .key("end").value(static_cast<std::uint64_t>(timex.span.cp_end))
      .key("text").value(timex.text)
      .key("tid").value(timex.id);
  output::timex_attributes(timex, [&](std::string_view key, std::string_view value) { j.key(key).value(value); });
  j.close_object();
}

void ordinal_json(JsonText& j, const EventOrdinal& ordinal) {
  j.open_object()
      .key("start").value(static_cast<std::uint64_t>(ordinal.span.cp_begin))
      .key("end").value(static_cast<std::uint64_t>(ordinal.span.cp_end))
      .key("text").value(ordinal.text)
      .key("kind").value(output::to_string(ordinal.kind));
  if (ordinal.kind == EventOrdinal::Kind::Number || ordinal.kind == EventOrdinal::Kind::First)
    j.key("number").value(ordinal.number);
  if (!ordinal.noun.empty()) j.key("noun").value(ordinal.noun);
  j.close_object();
}

void range_json(JsonText& j, const TimexRange& range, const std::vector<Timex>& timexes) {
  j.open_object()
      .key("start").value(static_cast<std::uint64_t>(range.span.cp_begin))
      .key("end").value(static_cast<std::uint64_t>(range.span.cp_end))
      .key("text").value(range.text)
      .key("tid").value(range.id);
  output::range_attributes(range, timexes, [&](std::string_view key, std::string_view value) { j.key(key).value(value); });
  j.key("begin_inclusive").flag(range.begin_inclusive).key("end_inclusive").flag(range.end_inclusive);
  j.close_object();
}

}  // namespace

void append_jsonl(std::string& out, const Document& doc, const TagResult& result) {
  JsonText j(std::move(out));
  j.open_object().key("id").value(doc.id).key("dct");
  if (doc.dct) j.value(output::dct_value(*doc.dct)); else j.null();
  if (!doc.dct) j.key("note").value(output::no_dct_note);
  j.key("timexes").open_array();
  for (const Timex& timex : result.timexes) timex_json(j, timex);
  j.close_array().key("ordinals").open_array();
  for (const EventOrdinal& ordinal : result.ordinals) ordinal_json(j, ordinal);
  j.close_array();
  if (!result.ranges.empty()) {  // only when the text has a range, as in the YAML
    j.key("ranges").open_array();
    for (const TimexRange& range : result.ranges) range_json(j, range, result.timexes);
    j.close_array();
  }
  j.close_object();
  append_line(out, j);
}

void append_jsonl_error(std::string& out, const std::optional<std::string>& id, std::string_view error) {
  JsonText j(std::move(out));
  j.open_object().key("id");
  if (id) j.value(*id); else j.null();
  j.key("error").value(error).close_object();
  append_line(out, j);
}

void emit_jsonl(std::ostream& out, const Document& doc, const TagResult& result) {
  std::string line;
  append_jsonl(line, doc, result);
  write_line(out, line);
}

void emit_jsonl_error(std::ostream& out, const std::optional<std::string>& id, std::string_view error) {
  std::string line;
  append_jsonl_error(line, id, error);
  write_line(out, line);
}

}  // namespace parley
