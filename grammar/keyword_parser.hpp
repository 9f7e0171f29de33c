#pragma once
// The keyword parser behind blocks::kw(): a whole word (or a fixed phrase like "close to") of
// the lowercased text. It matches exactly what lexeme[lit(word) >> !ascii::alnum] matches and
// moves the iterator the same way, failure included: white space is skipped first (and stays
// skipped when the word does not follow, as lexeme's pre-skip does), the spelling is compared
// byte for byte (case-sensitive, like lit()), and the next byte must not be an ASCII letter or
// digit. Keywords are tried at almost every word the scanner stops at, so the generic pieces
// (a skipper called per byte through the context, a classifier per test) are replaced by one
// table and an inlined compare.
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>
#include <type_traits>

#include <boost/spirit/home/x3.hpp>

namespace parley::grammar {

namespace keyword_detail {
namespace x3 = boost::spirit::x3;
// kSpace: what x3::ascii::space skips (' ', \t \n \v \f \r); kAlnum: what x3::ascii::alnum
// accepts ([A-Za-z0-9]; bytes >= 0x80 are neither).
enum KeywordByte : std::uint8_t { kSpace = 1, kAlnum = 2 };
constexpr std::array<std::uint8_t, 256> keyword_bytes() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const bool space = c == ' ' || (c >= '\t' && c <= '\r');
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    t[c] = static_cast<std::uint8_t>((space ? kSpace : 0) | (alnum ? kAlnum : 0));
  }
  return t;
}
inline constexpr std::array<std::uint8_t, 256> kKeywordBytes = keyword_bytes();
inline bool is_keyword_byte(char c, KeywordByte k) { return kKeywordBytes[static_cast<unsigned char>(c)] & k; }

// What X3 primitives do first: skip white space with the context's skipper (none inside a
// lexeme), inlined when it is the grammar's ascii::space.
template <typename Iterator, typename Context>
[[gnu::always_inline]] inline void pre_skip(Iterator& first, Iterator const& last, Context const& context) {
  if constexpr (x3::has_skipper<Context>::value) {
    using skipper = std::remove_cv_t<std::remove_reference_t<decltype(x3::get<x3::skipper_tag>(context))>>;
    if constexpr (std::is_same_v<skipper, x3::ascii::space_type>) {
      Iterator i = first;  // a local copy: `first` and `last` may alias as far as the compiler knows
      const Iterator end = last;
      while (i != end && is_keyword_byte(*i, kSpace)) ++i;
      first = i;
    } else {
      x3::skip_over(first, last, context);
    }
  }
}
}  // namespace keyword_detail

struct keyword_parser : boost::spirit::x3::parser<keyword_parser> {
  using attribute_type = boost::spirit::x3::unused_type;
  static bool const has_attribute = false;

  explicit constexpr keyword_parser(std::string_view word) : word(word) {}

  // Inlined into the alternatives that try it: most calls fail at the first byte, and a call
  // costs more than that test.
  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  [[gnu::always_inline]] bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
                                    Attribute&) const {
    using namespace keyword_detail;
    pre_skip(first, last, context);
    Iterator i = first;
    const Iterator end = last;
    const std::size_t n = word.size();
    if (static_cast<std::size_t>(std::distance(i, end)) < n) return false;
    const char* w = word.data();
    for (std::size_t k = 0; k < n; ++k, ++i)  // words are short: no memcmp call
      if (*i != w[k]) return false;
    if (i != end && is_keyword_byte(*i, kAlnum)) return false;
    first = i;
    return true;
  }

  std::string_view word;
};

}  // namespace parley::grammar
