// The only unit that pays for the anaphoric grammar's templates.
#include "grammar/anaphoric_def.hpp"
#include "grammar/first_words.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(anaphoric_rule, iterator_type, context_type);
const BranchFirstWords& anaphoric_first_words() {
  static const BranchFirstWords words = first_words_of_branches(anaphoric_def);
  return words;
}
BranchContinuations anaphoric_continuations(const Token& t) { return continuations_of_branches(anaphoric_def, t); }
}  // namespace parley::grammar
