// The only unit that pays for the anaphoric grammar's templates.
#include "grammar/anaphoric_def.hpp"
#include "grammar/first_words.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(anaphoric_rule, iterator_type, context_type);
const BranchFirstWords& anaphoric_first_words() {
  static const BranchFirstWords words = first_words_of_branches(anaphoric_def);
  return words;
}
const BranchAtoms& anaphoric_atoms() {
  static const BranchAtoms atoms = atoms_of_branches(anaphoric_def);
  return atoms;
}
}  // namespace parley::grammar
