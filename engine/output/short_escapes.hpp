#pragma once
// The two-character escapes that JSON strings and YAML double-quoted scalars share, as
// nlohmann::json and yaml-cpp write them: quote, backslash, and five control characters.
#include <string_view>

namespace parley::output {

// The escape for `c`, or an empty view when it has none of these.
constexpr std::string_view short_escape(char32_t c) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: return {};
  }
}

}  // namespace parley::output
