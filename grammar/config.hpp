#pragma once
// The one iterator and context every grammar unit is instantiated for (as in Spirit's
// rexpr_full example): the scanner parses a lowercased copy of the text, skipping white space
// between words, and passes each family which of its branches can begin with the word at hand
// (grammar/alternatives.hpp).
#include <cstdint>

#include <boost/spirit/home/x3.hpp>

namespace parley::grammar {
namespace x3 = boost::spirit::x3;
using iterator_type = const char*;
using skipper_type = x3::ascii::space_type;
// Bit k set: the k-th top-level branch of a family's rule may match at the current word.
using alternatives_mask = std::uint64_t;
struct alternatives_tag;
using context_type = x3::context<alternatives_tag, alternatives_mask, x3::phrase_parse_context<skipper_type>::type>;
}  // namespace parley::grammar
