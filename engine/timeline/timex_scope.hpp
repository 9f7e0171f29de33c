#pragma once
// Which events a time expression may date. Word distance alone gives a time to the wrong verb
// in news prose: "..., police said" after a sentence full of dates, "the 1994 act", "payable
// Dec. 1", "plans to redeem on Nov. 16". These rules rule such pairs out before the nearest
// remaining event is chosen (time_attachment.cpp).
#include <cstddef>
#include <span>
#include <utility>

#include "engine/timeline/mention.hpp"

namespace parley::timeline {

// A time expression as tokens of one sentence, inclusive.
struct TimexTokens {
  std::size_t first = 0, last = 0;
};

// The token of the noun a time expression modifies ("the Jan. 14 deadline", "last month's
// discovery", "a third-quarter loss"), or no_token when it is an adverbial of its clause.
std::size_t modified_noun(const TextUnits& u, const Sentence& s, TimexTokens t);

// A time that names a term rather than when something happened: "payable Dec. 1", "due 2011",
// "set Friday as the deadline".
bool names_a_term(const TextUnits& u, const Sentence& s, TimexTokens t);

// The clause a "when" opens right after a time ("Thursday, when 133 people were arrested and
// police used tear gas, ..."): its tokens [first, last], up to the next punctuation mark, or
// {no_token, no_token}. That clause is about the time.
std::pair<std::size_t, std::size_t> when_clause_after(const TextUnits& u, const Sentence& s, TimexTokens t);

// Whether the time may date mention `m` of the same sentence. `mentions` are the sentence's
// events (others' triggers between the two take the time first).
bool may_date(const TextUnits& u, const Sentence& s, TimexTokens t, const Mention& m,
              std::span<const Mention> mentions);

// Whether time `t`, inside quotation marks, is in a short quoted fragment that goes on with
// event `m`'s own unquoted sentence ("stopped working \"as of noon today.\""): a few words after
// the event, with no event of their own, so the words are the reporter's clause, quoted.
bool in_quoted_fragment_of(const TextUnits& u, const Sentence& s, TimexTokens t, const Mention& m,
                           std::span<const Mention> mentions);

}  // namespace parley::timeline
