#pragma once
// Verb readings wire copy needs besides the extractor's general ones: a present verb dated right
// after its noun ("the accord expires in October", "the session resumes tomorrow"), a relative
// "that" before a past verb, a participle with a time of its own ("an agreement reached on
// Thursday"), and a plan told with "to" ("agreed to meet today", "likely to begin talks tomorrow").
#include <cstddef>
#include <string_view>
#include <vector>

#include "engine/timeline/text_units.hpp"

namespace parley::timeline {

struct VerbSite {
  const TextUnits& u;
  const Sentence& s;
  const std::vector<char>& in_timex;  // per token of the sentence: covered by a time expression
  bool timex_at(std::size_t i) const { return i >= s.first && i < s.last && in_timex[i - s.first] != 0; }
};

// A time right after the verb at `v`, or after one preposition: "expires June 30", "resumes
// tomorrow", "expires in October", "reconvenes at 1500 hrs".
bool dated_right_after(const VerbSite& site, std::size_t v);

// "the contract that expired April 30": "that" right before a past verb with no noun after it
// is a relative pronoun, not a determiner ("that suspended program").
bool relative_that_before(const VerbSite& site, std::size_t v);

// "to reconvene abandoned peace talks", "resume stalled negotiations": a participle between a
// bare verb and the noun it qualifies is an adjective.
bool participle_qualifies_noun(const VerbSite& site, std::size_t v);

// "a regularly scheduled meeting", "the newly elected board": a participle between a determiner
// with an -ly adverb and its noun is an adjective.
bool participle_after_determiner_adverb(const VerbSite& site, std::size_t v);

// Verbs that are no events of their own here: "is scheduled to begin" (the plan's marker; the
// event is "begin"), "when asked about", "who asked not to be identified" (wire boilerplate).
bool not_an_event_here(const VerbSite& site, std::size_t v, std::string_view lemma);

// A participle after a noun ("an agreement reached with management on Thursday") followed, in
// its own phrase, by a time: the time dates the participle's event, so it is one. Returns the
// time's first token, or no time (a value past the sentence's last token).
std::size_t participle_own_time(const VerbSite& site, std::size_t v);
// The same, for a participle whose phrase is the subject of the verb after the time ("paper
// issued in January raised", "an agreement reached on Thursday had been rejected"), or of a
// past verb whose time comes before a subordinate clause ("struck on Thursday as talks broke").
std::size_t subject_participle_own_time(const VerbSite& site, std::size_t v);

// How a "to" verb is planned: the word before "to" (at `to_token`) names a plan ("agreed to",
// "expected to", "likely to", "a request to"), or not.
enum class Plan : unsigned char { None, Planned };
Plan plan_before_to(const VerbSite& site, std::size_t to_token);

}  // namespace parley::timeline
