#pragma once
// The durations family: lengths of time: "three hours", "more than a decade", "the past three years".
// The public face of the grammar unit: the rule type and its declaration. The definition is in
// durations_def.hpp and is instantiated once, in durations.cpp.
#include "grammar/config.hpp"
#include "parley/ast.hpp"

namespace parley::grammar {
using duration_rule = x3::rule<class duration_rule_id, ast::Expression>;
BOOST_SPIRIT_DECLARE(duration_rule);
duration_rule const& duration_expression();
}  // namespace parley::grammar
