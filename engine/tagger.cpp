#include "parley/tagger.hpp"
namespace parley {
// Placeholder until the grammar lands (same session); replaced by the scanner.
TagResult tag(std::string_view, const std::optional<Dct>&, const TagOptions&) { return {}; }
}  // namespace parley
