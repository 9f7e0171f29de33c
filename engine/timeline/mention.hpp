#pragma once
// One event as the extractor finds it in one sentence, before times, relations and merging.
// Internal to the timeline engine; build_timeline() turns mentions into parley::Event.

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "engine/timeline/lexicon.hpp"
#include "engine/timeline/text_units.hpp"
#include "parley/timeline.hpp"

namespace parley::timeline {

inline constexpr std::size_t no_token = std::numeric_limits<std::size_t>::max();

// A subordinate clause that orders its event against the main one ("after leaving the talks").
enum class ClauseCue : unsigned char { None, After, Before, Since, Until, While, InAdditionTo };

struct Mention {
  EventKind kind = EventKind::Action;
  std::size_t sentence = 0;          // index into TextUnits::sentences
  std::size_t trigger = 0;           // token index of the verb or noun
  std::size_t trigger_last = 0;      // last token of the trigger (phrasal triggers)
  std::string_view lemma;
  Tense tense = Tense::None;
  bool noun = false;                 // an event noun ("the assassination of ...")
  bool quoted = false;               // told inside someone's quote
  bool finite = false;               // a main verb with its own subject
  std::size_t own_time = no_token;   // first token of a time that is the event's alone ("yesterday's meeting",
                                     // "an agreement reached on Thursday"): it wins that time
  // "agreed to meet", "likely to begin", "talks yesterday with Baker": an event only through a
  // time of its own; without one it gets no default and is left out (drop_undated_by_own_time)
  bool needs_own_time = false;
  std::size_t clause_first = 0, clause_last = 0;  // tokens of its clause, inclusive
  ClauseCue cue = ClauseCue::None;
  std::string actor;
  std::size_t subject_first = no_token;  // first token of the subject, wherever it stands
  bool inverted = false;
  bool coordinated = false;          // "... and exchanged views": shares the earlier verb's subject             // subject after the verb: "“...,” said Borrell."
  bool actor_is_pronoun = false;
  bool actor_also = false;           // "He also said": a further claim, never the same statement again
  bool actor_former = false;         // "Former US President Donald Trump"
  std::string object;
  std::string verb_group;            // auxiliaries and verb as written: "had progressed"
  std::string complement;            // statements: "that the Vienna talks had progressed well"
  std::string quote;
  std::string channel;
  std::string place;
  std::vector<std::string> participants;
  std::string series_name;           // before aliases
  Phase phase = Phase::None;
  int ordinal_index = -1;            // into TagResult::ordinals
  int day_count = 0;                 // "the second day of the talks": the day told is day N of them (day_counts.hpp)
  bool in_previous_meeting = false;  // "In this meeting, ...": inside the last meeting told
};

// Finds the events of every sentence. `ordinals` are the tagger's event ordinals, used to tell a
// numbered round from other meetings.
std::vector<Mention> extract_mentions(const TextUnits& units, const std::vector<EventOrdinal>& ordinals,
                                      const std::vector<Timex>& timexes);

}  // namespace parley::timeline
