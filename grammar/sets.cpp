// The only unit that pays for the sets grammar's templates.
#include "grammar/sets_def.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(set_rule, iterator_type, context_type);
}  // namespace parley::grammar
