// The only unit that pays for the deictic grammar's templates.
#include "grammar/deictic_def.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(deictic_rule, iterator_type, context_type);
}  // namespace parley::grammar
