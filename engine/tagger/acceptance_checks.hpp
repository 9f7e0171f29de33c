#pragma once
// The acceptance checks, grouped by what they look at; accept() (acceptance.cpp) runs them in a
// fixed order and the first that decides wins. Each group is a file: acceptance_names.cpp,
// acceptance_quantities.cpp, acceptance_words.cpp.
#include <cstddef>
#include <string_view>

#include "parley/ast.hpp"

namespace parley::engine::checks {

enum class Verdict { Reject, Accept, Undecided };
inline Verdict decided(bool accepted) { return accepted ? Verdict::Accept : Verdict::Reject; }

// A match of the grammar and what the checks read of it.
struct Candidate {
  std::string_view text;
  std::size_t begin, end;
  const ast::Expression& e;
  std::string_view rule;
  unsigned char first;  // the match's first byte
};

Verdict calendar_names(const Candidate& m);
Verdict frequency_words(const Candidate& m);
Verdict amounts(const Candidate& m);
Verdict day_ranges(const Candidate& m);
Verdict current_adjective(const Candidate& m);
Verdict ages(const Candidate& m);
Verdict titles_and_names(const Candidate& m);
Verdict ordinal_units(const Candidate& m);
Verdict round_names(const Candidate& m);
Verdict governed_by_preposition(const Candidate& m);
Verdict other_words(const Candidate& m);

}  // namespace parley::engine::checks
