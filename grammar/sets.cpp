// The only unit that pays for the sets grammar's templates.
#include "grammar/sets_def.hpp"
#include "grammar/first_words.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(set_rule, iterator_type, context_type);
const BranchFirstWords& set_first_words() {
  static const BranchFirstWords words = first_words_of_branches(set_def);
  return words;
}
const BranchAtoms& set_atoms() {
  static const BranchAtoms atoms = atoms_of_branches(set_def);
  return atoms;
}
}  // namespace parley::grammar
