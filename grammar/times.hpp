#pragma once
// The times family: clock times and parts of day: "10:30 a.m. GMT", "Wednesday evening", "noon", "tonight".
// The public face of the grammar unit: the rule type and its declaration. The definition is in
// times_def.hpp and is instantiated once, in times.cpp.
#include "grammar/config.hpp"
#include "parley/ast.hpp"

namespace parley::grammar {
using time_rule = x3::rule<class time_rule_id, ast::Expression>;
BOOST_SPIRIT_DECLARE(time_rule);
time_rule const& time_expression();
}  // namespace parley::grammar
