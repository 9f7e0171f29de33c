#pragma once
// Checks the grammar cannot make: ones that need the original case or the words around a match.
#include <cstddef>
#include <string_view>

#include "parley/ast.hpp"

namespace parley::engine {

// Whether the grammar's match text[begin, end) is a time expression in its context.
bool accept(std::string_view text, std::size_t begin, std::size_t end, const ast::Expression& e);

}  // namespace parley::engine
