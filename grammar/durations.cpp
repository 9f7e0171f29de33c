// The only unit that pays for the durations grammar's templates.
#include "grammar/durations_def.hpp"
#include "grammar/first_words.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(duration_rule, iterator_type, context_type);
const BranchFirstWords& duration_first_words() {
  static const BranchFirstWords words = first_words_of_branches(duration_def);
  return words;
}
const BranchAtoms& duration_atoms() {
  static const BranchAtoms atoms = atoms_of_branches(duration_def);
  return atoms;
}
}  // namespace parley::grammar
