#pragma once
// The anaphoric family: expressions counted from an earlier time: "two days later", "the next day", "that evening".
// The public face of the grammar unit: the rule type and its declaration. The definition is in
// anaphoric_def.hpp and is instantiated once, in anaphoric.cpp.
#include "grammar/config.hpp"
#include "parley/ast.hpp"

namespace parley::grammar {
using anaphoric_rule = x3::rule<class anaphoric_rule_id, ast::Expression>;
BOOST_SPIRIT_DECLARE(anaphoric_rule);
anaphoric_rule const& anaphoric_expression();
}  // namespace parley::grammar
