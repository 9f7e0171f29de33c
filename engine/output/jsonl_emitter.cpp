// JSON lines for programs: the batch protocol's output line, keys in a fixed order.
#include <nlohmann/json.hpp>

#include "engine/output/fields.hpp"
#include "parley/emit.hpp"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;

// The text came in as valid UTF-8; replacing is only a guard so a line is always written.
void write_line(std::ostream& out, const Json& line) {
  out << line.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n' << std::flush;
}

Json timex_json(const Timex& timex) {
  Json j{{"start", timex.span.cp_begin}, {"end", timex.span.cp_end}, {"text", timex.text}, {"tid", timex.id}};
  for (const auto& [key, value] : output::timex_attributes(timex)) j[std::string(key)] = value;
  return j;
}

Json ordinal_json(const EventOrdinal& ordinal) {
  Json j{{"start", ordinal.span.cp_begin},
         {"end", ordinal.span.cp_end},
         {"text", ordinal.text},
         {"kind", output::to_string(ordinal.kind)}};
  if (ordinal.kind == EventOrdinal::Kind::Number || ordinal.kind == EventOrdinal::Kind::First)
    j["number"] = ordinal.number;
  if (!ordinal.noun.empty()) j["noun"] = ordinal.noun;
  return j;
}

}  // namespace

void emit_jsonl(std::ostream& out, const Document& doc, const TagResult& result) {
  Json line{{"id", doc.id}};
  line["dct"] = doc.dct ? Json(output::dct_value(*doc.dct)) : Json(nullptr);
  if (!doc.dct) line["note"] = output::no_dct_note;
  Json& timexes = line["timexes"] = Json::array();
  for (const Timex& timex : result.timexes) timexes.push_back(timex_json(timex));
  Json& ordinals = line["ordinals"] = Json::array();
  for (const EventOrdinal& ordinal : result.ordinals) ordinals.push_back(ordinal_json(ordinal));
  write_line(out, line);
}

void emit_jsonl_error(std::ostream& out, const std::optional<std::string>& id, std::string_view error) {
  write_line(out, Json{{"id", id ? Json(*id) : Json(nullptr)}, {"error", error}});
}

}  // namespace parley
