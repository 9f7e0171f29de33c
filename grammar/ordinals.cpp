// The only unit that pays for the ordinals grammar's templates.
#include "grammar/ordinals_def.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(ordinal_rule, iterator_type, context_type);
}  // namespace parley::grammar
