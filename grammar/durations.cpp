// The only unit that pays for the durations grammar's templates.
#include "grammar/durations_def.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(duration_rule, iterator_type, context_type);
}  // namespace parley::grammar
