#include <gtest/gtest.h>

#include <string>

#include "parley/utf8.hpp"

using parley::utf8::CodePointCursor;
using parley::utf8::find_invalid;
using parley::utf8::find_nul;
using parley::utf8::Position;

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_FALSE(find_invalid(""));
  EXPECT_FALSE(find_invalid("plain ASCII\n"));
  EXPECT_FALSE(find_invalid("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"));  // é “ ” 😀
  EXPECT_FALSE(find_invalid("\xED\x9F\xBF"));      // U+D7FF, just below the surrogates
  EXPECT_FALSE(find_invalid("\xEE\x80\x80"));      // U+E000, just above them
  EXPECT_FALSE(find_invalid("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
}

TEST(Utf8, RejectsIllFormedSequencesAtTheirFirstByte) {
  struct Case {
    const char* why;
    std::string text;
    std::size_t byte;
  };
  const Case cases[] = {
      {"overlong 2-byte '/'", "ab\xC0\xAF", 2},
      {"overlong C1", "\xC1\xBF", 0},
      {"overlong 3-byte", "x\xE0\x80\xAF", 1},
      {"overlong 4-byte", "\xF0\x80\x80\xAF", 0},
      {"surrogate U+D800", "ok \xED\xA0\x80", 3},
      {"surrogate U+DFFF", "\xED\xBF\xBF", 0},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
      {"F5 lead byte", "\xF5\x80\x80\x80", 0},
      {"FF byte", "a\xFF", 1},
      {"stray continuation", "a\x80z", 1},
      {"truncated at end", "euro \xE2\x82", 5},
      {"truncated before ASCII", "\xE2\x82z", 0},
      {"truncated 4-byte", "\xF0\x9F\x98", 0},
  };
  for (const auto& c : cases) {
    const auto bad = find_invalid(c.text);
    ASSERT_TRUE(bad) << c.why;
    EXPECT_EQ(bad->byte, c.byte) << c.why;
  }
}

TEST(Utf8, ReportsLineAndColumnInCodePoints) {
  // Line 2, after "é€" (two code points, five bytes): column 3.
  const auto bad = find_invalid("first line\n\xC3\xA9\xE2\x82\xAC\xFF");
  ASSERT_TRUE(bad);
  EXPECT_EQ(*bad, (Position{16, 2, 3}));
}

TEST(Utf8, FindsNulBytes) {
  EXPECT_FALSE(find_nul("no nul here"));
  const auto nul = find_nul(std::string("ab\ncd\0", 6));
  ASSERT_TRUE(nul);
  EXPECT_EQ(*nul, (Position{5, 2, 3}));
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(parley::utf8::code_point_count(""), 0u);
  EXPECT_EQ(parley::utf8::code_point_count("a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80"), 4u);
}

TEST(Utf8, CursorMapsAscendingAndBackwardQueries) {
  const std::string text = "\xE2\x80\x9CToday\xE2\x80\x9D, caf\xC3\xA9";  // “Today”, café
  CodePointCursor cursor(text);
  EXPECT_EQ(cursor.code_point_offset(0), 0u);
  EXPECT_EQ(cursor.code_point_offset(3), 1u);   // after “
  EXPECT_EQ(cursor.code_point_offset(8), 6u);   // after Today
  EXPECT_EQ(cursor.code_point_offset(11), 7u);  // after ”
  EXPECT_EQ(cursor.code_point_offset(text.size()), 13u);
  EXPECT_EQ(cursor.code_point_offset(3), 1u);  // behind the last query: starts over
  EXPECT_EQ(cursor.code_point_offset(text.size() + 10), 13u);  // clamped to the end
}
