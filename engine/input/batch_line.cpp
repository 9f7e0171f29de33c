// A bad line must never stop the batch: every problem becomes the error of that one line.
//
// Lines are read twice over at most. With simdjson, a line whose object is plain (no key given
// twice, "id" a string or null, "text" a string, "dct" a string or null) is read by simdjson
// alone, the common case; any other line, and any line simdjson rejects, is read again by
// nlohmann-json, whose messages and numeric-id spelling are those of the protocol. Both accept
// the same JSON (RFC 8259, UTF-8 checked, control bytes escaped in strings), so the fast path
// changes no output (tests/cli/batch_lines.jsonl holds the lines that tell them apart).
#include "parley/batch_line.hpp"

#include <variant>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#if PARLEY_HAVE_SIMDJSON
#include <simdjson.h>
#endif

#include "parley/utf8.hpp"

namespace parley {
namespace {

using Json = nlohmann::json;

// nlohmann prefixes its messages with "[json.exception.parse_error.101] "; people need the rest.
std::string_view without_exception_tag(std::string_view what) {
  if (!what.empty() && what.front() == '[') {
    const auto close = what.find("] ");
    if (close != std::string_view::npos) what.remove_prefix(close + 2);
  }
  return what;
}

// The checks in the order the protocol reports them: the text's type, its UTF-8, the dct's type,
// the dct's value.
std::optional<std::string> utf8_error(std::string_view text, std::size_t number) {
  if (const auto bad = utf8::find_invalid(text))
    return fmt::format("line {}: text is not valid UTF-8 at byte {}", number, bad->byte);
  return std::nullopt;
}

// The request once its fields have the right types and the text is UTF-8; both readers end here.
BatchLine request_line(std::optional<std::string> id, std::string text, std::optional<std::string_view> dct,
                       std::size_t number) {
  BatchLine result;
  result.id = std::move(id);
  Document doc;
  doc.text = std::move(text);
  if (dct) {
    doc.dct = parse_dct(*dct);
    if (!doc.dct) {
      result.error = fmt::format("line {}: dct '{}' is not YYYY-MM-DD[THH:MM[:SS]]", number, *dct);
      return result;
    }
  }
  doc.path = "-";
  doc.id = result.id.value_or("");
  result.document = std::move(doc);
  return result;
}

BatchLine read_with_nlohmann(std::string_view line, std::size_t number) {
  BatchLine result;
  Json request;
  try {
    request = Json::parse(line);
  } catch (const Json::exception& e) {
    result.error = fmt::format("line {}: not JSON: {}", number, without_exception_tag(e.what()));
    return result;
  }
  if (!request.is_object()) {
    result.error = fmt::format("line {}: expected a JSON object {{\"id\", \"text\", \"dct\"}}", number);
    return result;
  }
  if (const auto it = request.find("id"); it != request.end() && !it->is_null())
    result.id = it->is_string() ? it->get<std::string>() : it->dump();
  const auto text = request.find("text");
  if (text == request.end() || !text->is_string()) {
    result.error = fmt::format("line {}: \"text\" must be a string", number);
    return result;
  }
  if (auto error = utf8_error(text->get_ref<const std::string&>(), number)) {
    result.error = std::move(*error);
    return result;
  }
  std::optional<std::string_view> dct;
  if (const auto it = request.find("dct"); it != request.end() && !it->is_null()) {
    if (!it->is_string()) {
      result.error = fmt::format("line {}: \"dct\" must be a string or null", number);
      return result;
    }
    dct = it->get_ref<const std::string&>();
  }
  return request_line(std::move(result.id), std::move(text->get_ref<std::string&>()), dct, number);
}

#if PARLEY_HAVE_SIMDJSON
// The request when the line is plain (see the top of the file), else nothing.
std::optional<BatchLine> read_with_simdjson(std::string_view line, std::size_t number) {
  thread_local simdjson::dom::parser parser;  // its buffers are reused from line to line
  simdjson::dom::object object;
  if (parser.parse(line.data(), line.size()).get_object().get(object) != simdjson::SUCCESS) return std::nullopt;
  std::optional<std::string_view> id, text, dct;
  bool seen_id = false, seen_dct = false;
  for (const auto field : object) {
    const auto value = field.value;
    const bool null = value.is_null();
    std::string_view s;
    const bool string = value.get_string().get(s) == simdjson::SUCCESS;
    if (field.key == "id") {
      if (seen_id || !(null || string)) return std::nullopt;  // a repeated key: the last one counts
      seen_id = true;
      if (string) id = s;
    } else if (field.key == "text") {
      if (text || !string) return std::nullopt;
      text = s;
    } else if (field.key == "dct") {
      if (seen_dct || !(null || string)) return std::nullopt;
      seen_dct = true;
      if (string) dct = s;
    }
  }
  if (!text) return std::nullopt;
  // No UTF-8 check here: simdjson checks the whole line, and its escapes decode to well-formed
  // UTF-8 (a lone surrogate is an error, left to nlohmann-json).
  return request_line(id ? std::optional<std::string>(*id) : std::nullopt, std::string(*text), dct, number);
}
#endif

}  // namespace

BatchLine read_batch_line(std::string_view line, std::size_t number) {
#if PARLEY_HAVE_SIMDJSON
  if (auto fast = read_with_simdjson(line, number)) return std::move(*fast);
#endif
  return read_with_nlohmann(line, number);
}

}  // namespace parley
