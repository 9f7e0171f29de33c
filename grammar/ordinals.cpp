// The only unit that pays for the ordinals grammar's templates.
#include "grammar/ordinals_def.hpp"
#include "grammar/first_words.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(ordinal_rule, iterator_type, context_type);
const BranchFirstWords& ordinal_first_words() {
  static const BranchFirstWords words = first_words_of_branches(ordinal_def);
  return words;
}
const BranchAtoms& ordinal_atoms() {
  static const BranchAtoms atoms = atoms_of_branches(ordinal_def);
  return atoms;
}
}  // namespace parley::grammar
