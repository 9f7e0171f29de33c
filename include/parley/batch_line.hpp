#pragma once
// One input line of the batch protocol (`parley tag --jsonl`): {"id", "text", "dct"}, where dct
// may be null or missing.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "parley/document.hpp"

namespace parley {

struct BatchLine {
  std::optional<std::string> id;     // as given (a numeric id is kept as its digits); null if none
  std::optional<Document> document;  // absent when the line is not a usable request
  std::string error;                 // why, when there is no document
};

// `number` is the 1-based line number, for the error message.
BatchLine read_batch_line(std::string_view line, std::size_t number);

}  // namespace parley
