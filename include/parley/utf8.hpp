#pragma once
// UTF-8 checks for input text and the byte -> code point mapping the JSON lines protocol needs.
// parley works on bytes internally; the scorers count Unicode code points.

#include <cstddef>
#include <optional>
#include <string_view>

namespace parley::utf8 {

// Where something was found in a text: a byte offset plus the 1-based line and column a person
// would look for (the column counts code points, so it matches what an editor shows).
struct Position {
  std::size_t byte = 0;
  std::size_t line = 1;
  std::size_t column = 1;
  friend bool operator==(const Position&, const Position&) = default;
};

// The position of the first byte of the first ill-formed sequence (overlong forms, surrogates,
// code points above U+10FFFF, stray continuation bytes, sequences cut short), or nullopt when
// `text` is valid UTF-8.
std::optional<Position> find_invalid(std::string_view text);

// The first NUL byte, or nullopt. Text never contains NUL; a file that does is binary.
std::optional<Position> find_nul(std::string_view text);

// Line and column of a byte offset (the offset must lie on a code point boundary or be the
// first byte of an ill-formed sequence). O(offset).
Position position_of(std::string_view text, std::size_t byte);

// The number of code points in a valid UTF-8 text.
std::size_t code_point_count(std::string_view text);

// Converts byte offsets to code point offsets. Ascending queries (spans in document order) cost
// O(n) for a whole document; a query behind the previous one starts over from the beginning.
class CodePointCursor {
 public:
  explicit CodePointCursor(std::string_view text) : text_(text) {}
  std::size_t code_point_offset(std::size_t byte);

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::size_t code_points_ = 0;
};

}  // namespace parley::utf8
