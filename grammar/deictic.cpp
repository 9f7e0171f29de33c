// The only unit that pays for the deictic grammar's templates.
#include "grammar/deictic_def.hpp"
#include "grammar/first_words.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(deictic_rule, iterator_type, context_type);
const FirstWords& deictic_first_words() {
  static const FirstWords words = first_words_of(deictic_def);
  return words;
}
}  // namespace parley::grammar
