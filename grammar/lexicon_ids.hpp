#pragma once
// Ids shared by the lexicon and the engine, kept apart from the symbol tables so the engine can
// use them without including Spirit.
namespace parley::grammar::holiday_ids {
// Fixed-date holidays are month * 100 + day; movable ones have these negative ids.
inline constexpr int thanksgiving = -1, easter = -2, memorial_day = -3, labor_day = -4, good_friday = -5,
                     mothers_day = -6, fathers_day = -7, mlk_day = -8, election_day = -9;
}  // namespace parley::grammar::holiday_ids

namespace parley::grammar {
// Nouns of negotiation that event ordinals count, singular, indexed by the lexicon's values.
inline constexpr const char* negotiation_noun_names[] = {
    "round", "meeting", "session", "summit", "conference", "phase", "stage", "ballot",
    "negotiation", "talks", "plenary", "visit", "consultation", "hearing", "leg", "game", "match",
    "debate", "vote", "trial"};
}  // namespace parley::grammar
