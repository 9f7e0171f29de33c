#pragma once
// The round or talks a phase verb tells of when its plain subject is not them: the round noun
// phrase carries a complement ("The fifth round of talks to update NAFTA began", "Talks led by
// the two envoys began", "The seventh round of talks on the Syrian war ended"), or the verb is
// in a relative clause on it ("the fourth round, which ended on Oct. 17", "talks that concluded
// today"), or in a participle clause on it ("The fifth round of talks, taking place until Nov. 21").

#include <cstddef>
#include <string>
#include <vector>

#include "engine/timeline/mention.hpp"
#include "engine/timeline/sentence_reader.hpp"

namespace parley::timeline {

struct TokenRange {
  std::size_t first = no_token, last = no_token;  // inclusive; no_token when none
  bool empty() const { return first == no_token; }
};

// The noun phrase ending before `verb_first` (the verb's first auxiliary) whose head names a
// round or talks, with its complements; empty when there is none. `gerund`: the verb is an -ing
// form, which after a comma tells of the noun phrase before it ("The fifth round, taking place
// until Nov. 21").
TokenRange round_subject_before(const SentenceReader& r, std::size_t verb_first, bool gerund);

// Whether tokens [first, last] hold a noun of negotiation ("talks", "round", ...), the word
// that makes a phase verb's subject or object a meeting.
bool names_talks(const SentenceReader& r, std::size_t first, std::size_t last);

// The name of the negotiation a noun phrase in tokens [first, last] tells ("of the Borjam Joint
// Commission meeting" -> "Borjam Joint Commission", "talks in Vienna" -> "Vienna talks"), or "".
std::string series_in(const SentenceReader& r, std::size_t first, std::size_t last);

// The index of the first event ordinal inside tokens [first, last], or -1.
int ordinal_in(const TextUnits& u, const std::vector<EventOrdinal>& ordinals, std::size_t first, std::size_t last);

}  // namespace parley::timeline
