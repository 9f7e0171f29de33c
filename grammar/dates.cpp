// The only unit that pays for the dates grammar's templates.
#include "grammar/dates_def.hpp"
#include "grammar/first_words.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(date_rule, iterator_type, context_type);
const FirstWords& date_first_words() {
  static const FirstWords words = first_words_of(date_def);
  return words;
}
}  // namespace parley::grammar
