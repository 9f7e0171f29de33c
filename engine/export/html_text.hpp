#pragma once
// Escaping for HTML and SVG text and attributes (always double-quoted here): the TimeML writer's
// XML escaping serves both, so there is one escaping of markup in parley.
#include <string>
#include <string_view>

#include "engine/output/timeml_writer.hpp"

namespace parley::exporting {

inline std::string html_escaped(std::string_view s) { return output::escape_attribute(s); }

}  // namespace parley::exporting
