// The only unit that pays for the times grammar's templates.
#include "grammar/times_def.hpp"
#include "grammar/first_words.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(time_rule, iterator_type, context_type);
const BranchFirstWords& time_first_words() {
  static const BranchFirstWords words = first_words_of_branches(time_def);
  return words;
}
const BranchAtoms& time_atoms() {
  static const BranchAtoms atoms = atoms_of_branches(time_def);
  return atoms;
}
}  // namespace parley::grammar
