#pragma once
// One sentence's tokens as the event extractor reads them: words, punctuation, and which tokens
// a time expression covers. Shared by the extractor and its rule families (round_subject.cpp).

#include <cstddef>
#include <string_view>
#include <vector>

#include "engine/timeline/text_units.hpp"

namespace parley::timeline {

struct SentenceReader {
  const TextUnits& u;
  const Sentence& s;
  std::vector<char> in_timex;  // per token of the sentence: covered by a time expression

  std::string_view w(std::size_t i) const { return u.word(i); }
  bool punct(std::size_t i, std::string_view p) const { return u.tokens[i].kind == TokenKind::Punct && w(i) == p; }
  bool is_word(std::size_t i) const {
    auto k = u.tokens[i].kind;
    return k == TokenKind::Word || k == TokenKind::Number;
  }
  bool timex_at(std::size_t i) const { return in_timex[i - s.first] != 0; }
  bool lower_is(std::size_t i, std::string_view x) const { return iequals(w(i), x); }
};

}  // namespace parley::timeline
