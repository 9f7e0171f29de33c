#pragma once
// The word lists the timeline engine reads news with. The lists themselves are data tables in
// lexicon_tables.cpp; this header only says how to look words up.

#include <optional>
#include <string_view>

#include "parley/timeline.hpp"

namespace parley::timeline {

enum class VerbClass : unsigned char { Reporting, Meeting, Phase, Action };
enum class VerbForm : unsigned char { Base, Third, Past, Participle, PastOrParticiple, Gerund };

struct VerbReading {
  std::string_view lemma;
  VerbClass cls = VerbClass::Action;
  VerbForm form = VerbForm::Base;
  Phase phase = Phase::None;  // phase verbs: which part of a meeting they pin
};

// A verb of one of the lexicon's classes in any inflection ("tweeted", "was held" -> "hold").
std::optional<VerbReading> read_verb(std::string_view word);
// A regular or irregular past form of any verb, in or out of the lexicon ("progressed").
bool looks_like_past_participle(std::string_view word);

bool is_reporting_verb(std::string_view word);
bool is_abbreviation(std::string_view word_without_period);
bool is_title_abbreviation(std::string_view word_with_period);
bool is_sentence_opener(std::string_view word);

bool is_negotiation_noun(std::string_view word);  // talks, round, meeting, session, ...
bool is_event_noun(std::string_view word);        // assassination, withdrawal, attack, ...
bool is_occasion_noun(std::string_view word);     // ruling, hearing, vote: "yesterday's ruling"
bool is_title_word(std::string_view word);        // president, minister, official, chief, ...
bool is_determiner(std::string_view word);
bool is_preposition(std::string_view word);
bool is_frequency_adjective(std::string_view word);  // "weekly", "monthly": "the weekly meeting"
bool is_pronoun(std::string_view word);
bool is_position_word(std::string_view word);     // first ... twelfth, next, latest: "Second round of talks"
bool is_clause_word(std::string_view word);       // who, which, that, while, because, ...
bool is_non_event_word(std::string_view word);    // -ed adjectives and function words

// Auxiliaries and modals, which set a verb's tense.
enum class Auxiliary : unsigned char { None, Had, Has, Was, Is, Will, Would, Modal, To, Been, Being };
Auxiliary read_auxiliary(std::string_view word);
bool is_adverb_between_aux(std::string_view word);  // "has already said", "had not yet met"

// Channels of statements: "on Twitter", "in a statement", "in an email", "to reporters".
std::optional<std::string_view> channel_noun(std::string_view word);
// The channel a reporting verb implies by itself ("tweeted": Twitter).
std::optional<std::string_view> implied_channel(std::string_view lemma);

// Words of a statement's attribution besides prepositions and channels: "told reporters".
bool is_attribution_word(std::string_view word);
// Words before a date that make it a term, not a time of the event: "payable Dec. 1", "due 2011".
bool is_term_word(std::string_view word);

// Phrasal verbs that are events only with their particle ("wrapped up", "kicks off", "walked
// out", "wound up"), and whether `word` is such a particle of `lemma`.
bool needs_particle(std::string_view lemma);
bool takes_particle(std::string_view lemma, std::string_view word);
// Verbs without a passive ("collapsed", "expired", "walked out"): their participle after a noun
// is the verb of that noun, never a reduced relative clause modifying it.
bool is_intransitive(std::string_view lemma);
// The head of a channel a statement is told to: "told Iranian TV", "told the RIA news agency".
bool is_medium_word(std::string_view word);
// The nouns an ordinal numbers rounds with ("the fourth round", "the second session of talks");
// other counts ("the 18th meeting", "the third summit") number a body's meetings.
bool counts_rounds(std::string_view noun);
// Whether some word of `words` counts rounds: the words name talks a round number could apply
// to ("the talks", "fresh negotiations"), rather than a summit or a commission's meeting.
bool names_round_talks(std::string_view words);
// "did not meet", "will never sign", "hasn't started": the verb group (auxiliaries and verb as
// written) tells the event as not happening.
bool negated(std::string_view verb_group);
// Whether an ordinal numbers one round: its noun counts rounds and is not plural ("the two
// previous rounds", "the first rounds" are several).
bool numbers_one_round(const EventOrdinal& ordinal);
// The number of the one round an ordinal names ("the sixth round", "the first round"), or 0
// ("the latest round", "two rounds", "the 18th meeting").
int round_number(const EventOrdinal& ordinal);
// A noun naming a part of a meeting: "the end of the sixth round", "the start of the talks".
Phase phase_noun(std::string_view word);
// Verbs whose "until X", "to X", "on X" is the time the event is moved to or runs out at, not
// the time of the report: postpone, delay, adjourn, extend, expire, ...
bool moves_to_target(std::string_view lemma);

// Verbs whose "for X" (or X right after them) is the time of the event they set: "talks were
// rescheduled for Thursday", "deliveries are scheduled for Monday", "set for Friday".
bool schedules_for(std::string_view lemma);

// Phase a negotiation verb pins when its subject is a meeting noun ("the round ended").
Phase phase_of(std::string_view lemma);

}  // namespace parley::timeline
