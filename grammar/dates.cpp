// The only unit that pays for the dates grammar's templates.
#include "grammar/dates_def.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(date_rule, iterator_type, context_type);
}  // namespace parley::grammar
