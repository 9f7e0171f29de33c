#pragma once
// The one iterator and context every grammar unit is instantiated for (as in Spirit's
// rexpr_full example): the scanner parses a lowercased copy of the text, skipping white space
// between words.
#include <boost/spirit/home/x3.hpp>

namespace parley::grammar {
namespace x3 = boost::spirit::x3;
using iterator_type = const char*;
using skipper_type = x3::ascii::space_type;
using context_type = x3::phrase_parse_context<skipper_type>::type;
}  // namespace parley::grammar
