// The only unit that pays for the anaphoric grammar's templates.
#include "grammar/anaphoric_def.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(anaphoric_rule, iterator_type, context_type);
}  // namespace parley::grammar
