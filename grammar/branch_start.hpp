#pragma once
// blocks::start(): the parser every top-level branch of a family's rule begins with. It clears
// what a branch that failed half-way may have written into the expression and records the
// family and the rule's name. It behaves as x3::eps[action] did (white space skipped, nothing
// consumed, always true); one block copy from a blank expression replaces setting each field,
// and it is tried once per branch the scanner lets through.
#include <boost/spirit/home/x3.hpp>

#include "grammar/keyword_parser.hpp"
#include "parley/ast.hpp"

namespace parley::grammar {

inline constexpr ast::Expression blank_expression{};

struct branch_start : boost::spirit::x3::parser<branch_start> {
  using attribute_type = boost::spirit::x3::unused_type;
  static bool const has_attribute = false;

  constexpr branch_start(ast::Family family, const char* rule) : family(family), rule(rule) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  [[gnu::always_inline]] bool parse(Iterator& first, Iterator const& last, Context const& context,
                                    RContext& rcontext, Attribute&) const {
    keyword_detail::pre_skip(first, last, context);
    ast::Expression& e = rcontext;  // the rule's value, what x3::_val gives an action
    e = blank_expression;
    e.family = family;
    e.rule = rule;
    return true;
  }

  ast::Family family;
  const char* rule;
};

}  // namespace parley::grammar
