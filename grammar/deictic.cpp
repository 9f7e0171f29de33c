// The only unit that pays for the deictic grammar's templates.
#include "grammar/deictic_def.hpp"
#include "grammar/first_words.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(deictic_rule, iterator_type, context_type);
const BranchFirstWords& deictic_first_words() {
  static const BranchFirstWords words = first_words_of_branches(deictic_def);
  return words;
}
const BranchAtoms& deictic_atoms() {
  static const BranchAtoms atoms = atoms_of_branches(deictic_def);
  return atoms;
}
}  // namespace parley::grammar
