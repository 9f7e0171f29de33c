// The only unit that pays for the times grammar's templates.
#include "grammar/times_def.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(time_rule, iterator_type, context_type);
}  // namespace parley::grammar
