// UTF-8 validation after the Unicode standard's table of well-formed byte sequences (Table 3-7):
// the second byte's range depends on the lead byte, which is what rules out overlong forms,
// surrogates and code points above U+10FFFF.
#include "parley/utf8.hpp"

namespace parley::utf8 {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed sequence starting at `i`, or 0 when it is ill-formed.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char second_lo = 0x80, second_hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_lo = 0xA0;  // below: overlong
    if (lead == 0xED) second_hi = 0x9F;  // above: surrogates U+D800..U+DFFF
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_lo = 0x90;  // below: overlong
    if (lead == 0xF4) second_hi = 0x8F;  // above: beyond U+10FFFF
  } else {
    return 0;  // continuation byte as lead, C0/C1 (always overlong), F5..FF
  }
  if (i + length > s.size()) return 0;
  const auto second = static_cast<unsigned char>(s[i + 1]);
  if (second < second_lo || second > second_hi) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return 0;
  return length;
}

}  // namespace

std::optional<Position> find_invalid(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = sequence_length(text, i);
    if (length == 0) return position_of(text, i);
    i += length;
  }
  return std::nullopt;
}

std::optional<Position> find_nul(std::string_view text) {
  const auto at = text.find('\0');
  if (at == std::string_view::npos) return std::nullopt;
  return position_of(text, at);
}

Position position_of(std::string_view text, std::size_t byte) {
  Position p;
  p.byte = byte;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++p.line;
      p.column = 1;
    } else if (!is_continuation(c)) {
      ++p.column;
    }
  }
  return p;
}

std::size_t code_point_count(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) n += !is_continuation(static_cast<unsigned char>(c));
  return n;
}

std::size_t CodePointCursor::code_point_offset(std::size_t byte) {
  if (byte > text_.size()) byte = text_.size();
  if (byte < byte_) byte_ = code_points_ = 0;
  code_points_ += code_point_count(text_.substr(byte_, byte - byte_));
  byte_ = byte;
  return code_points_;
}

}  // namespace parley::utf8
