#pragma once
// The dates family: calendar dates and periods: "May 19, 2021", "the 1990s", "mid-2021", "the third quarter".
// The public face of the grammar unit: the rule type and its declaration. The definition is in
// dates_def.hpp and is instantiated once, in dates.cpp.
#include "grammar/config.hpp"
#include "parley/ast.hpp"

namespace parley::grammar {
using date_rule = x3::rule<class date_rule_id, ast::Expression>;
BOOST_SPIRIT_DECLARE(date_rule);
date_rule const& date_expression();
}  // namespace parley::grammar
