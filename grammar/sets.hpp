#pragma once
// The sets family: recurrences: "every Wednesday", "weekly", "twice a month".
// The public face of the grammar unit: the rule type and its declaration. The definition is in
// sets_def.hpp and is instantiated once, in sets.cpp.
#include "grammar/config.hpp"
#include "parley/ast.hpp"

namespace parley::grammar {
using set_rule = x3::rule<class set_rule_id, ast::Expression>;
BOOST_SPIRIT_DECLARE(set_rule);
set_rule const& set_expression();
}  // namespace parley::grammar
