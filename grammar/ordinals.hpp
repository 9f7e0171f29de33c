#pragma once
// The ordinals family: event ordinals: "the fourth round", "round four", "the latest round".
// The public face of the grammar unit: the rule type and its declaration. The definition is in
// ordinals_def.hpp and is instantiated once, in ordinals.cpp.
#include "grammar/config.hpp"
#include "parley/ast.hpp"

namespace parley::grammar {
using ordinal_rule = x3::rule<class ordinal_rule_id, ast::Expression>;
BOOST_SPIRIT_DECLARE(ordinal_rule);
ordinal_rule const& ordinal_expression();
}  // namespace parley::grammar
