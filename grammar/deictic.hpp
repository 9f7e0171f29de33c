#pragma once
// The deictic family: expressions counted from the DCT: "yesterday", "last week", "two days ago", "recently".
// The public face of the grammar unit: the rule type and its declaration. The definition is in
// deictic_def.hpp and is instantiated once, in deictic.cpp.
#include "grammar/config.hpp"
#include "parley/ast.hpp"

namespace parley::grammar {
using deictic_rule = x3::rule<class deictic_rule_id, ast::Expression>;
BOOST_SPIRIT_DECLARE(deictic_rule);
deictic_rule const& deictic_expression();
}  // namespace parley::grammar
