#pragma once
// The tense of the clause around an expression: how bare weekdays and months are placed
// ("ended on Wednesday" looks back from the DCT, "will meet on Wednesday" looks forward).
#include <cstddef>
#include <string_view>

namespace parley::engine {

enum class Tense : unsigned char { Unknown, Past, Present, Future };

Tense clause_tense(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace parley::engine
