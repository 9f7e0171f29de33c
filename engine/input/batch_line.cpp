// A bad line must never stop the batch: every problem becomes the error of that one line.
#include "parley/batch_line.hpp"

#include <variant>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

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

std::optional<std::string> read_id(const Json& request) {
  const auto it = request.find("id");
  if (it == request.end() || it->is_null()) return std::nullopt;
  return it->is_string() ? it->get<std::string>() : it->dump();
}

// The document, or the error message.
std::variant<Document, std::string> read_request(const Json& request, std::size_t number) {
  const auto text = request.find("text");
  if (text == request.end() || !text->is_string()) return fmt::format("line {}: \"text\" must be a string", number);
  Document doc;
  doc.text = text->get<std::string>();
  if (const auto bad = utf8::find_invalid(doc.text))
    return fmt::format("line {}: text is not valid UTF-8 at byte {}", number, bad->byte);
  if (const auto dct = request.find("dct"); dct != request.end() && !dct->is_null()) {
    if (!dct->is_string()) return fmt::format("line {}: \"dct\" must be a string or null", number);
    doc.dct = parse_dct(dct->get<std::string>());
    if (!doc.dct)
      return fmt::format("line {}: dct '{}' is not YYYY-MM-DD[THH:MM[:SS]]", number, dct->get<std::string>());
  }
  doc.path = "-";
  return doc;
}

}  // namespace

BatchLine read_batch_line(std::string_view line, std::size_t number) {
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
  result.id = read_id(request);
  auto read = read_request(request, number);
  if (auto* error = std::get_if<std::string>(&read)) {
    result.error = std::move(*error);
  } else {
    result.document = std::move(std::get<Document>(read));
    result.document->id = result.id.value_or("");
  }
  return result;
}

}  // namespace parley
