#pragma once
// Recognition: runs the grammar families over the text and keeps, at each position, the longest
// match that passes the acceptance checks. Knows nothing about values.
#include <cstddef>
#include <string_view>
#include <vector>

#include "parley/ast.hpp"

namespace parley::engine {

struct Mention {
  std::size_t begin = 0, end = 0;  // bytes into the original text
  ast::Expression expr;
};

// Mentions in document order, non-overlapping.
std::vector<Mention> scan(std::string_view text);

}  // namespace parley::engine
