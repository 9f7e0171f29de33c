// The only unit that pays for the dates grammar's templates.
#include "grammar/dates_def.hpp"
#include "grammar/first_words.hpp"

namespace parley::grammar {
BOOST_SPIRIT_INSTANTIATE(date_rule, iterator_type, context_type);
const BranchFirstWords& date_first_words() {
  static const BranchFirstWords words = first_words_of_branches(date_def);
  return words;
}
const BranchAtoms& date_atoms() {
  static const BranchAtoms atoms = atoms_of_branches(date_def);
  return atoms;
}
}  // namespace parley::grammar
