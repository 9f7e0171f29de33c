// The only unit that pays for the sets grammar's templates.
#include "grammar/sets_def.hpp"
#include "grammar/first_words.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(set_rule, iterator_type, context_type);
const FirstWords& set_first_words() {
  static const FirstWords words = first_words_of(set_def);
  return words;
}
}  // namespace parley::grammar
