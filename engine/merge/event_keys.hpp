#pragma once
// What matching compares, computed once per event: canonical series, speaker name key, content
// words, day interval. Names are compared through the alias table first, then by spelling
// (transliterations such as Araghchi / Araqchi differ by a letter or two, rarely at the start).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/timeline.hpp"

namespace parley::merge {

// Lower case, punctuation other than '+' dropped, runs of spaces collapsed.
std::string fold(std::string_view s);

// Edit distance, for short names only.
std::size_t edit_distance(std::string_view a, std::string_view b);

// Two name keys denote one person or body: equal, or one or two letters apart in a long name
// with the same first letter.
bool similar_names(std::string_view a, std::string_view b);

// Content words (three letters or more, not function words), folded, sorted, unique.
std::vector<std::string> content_words(std::string_view text);

// Shared words over the smaller set: 1 when one text's words are all in the other's.
double overlap(const std::vector<std::string>& a, const std::vector<std::string>& b);

struct EventKeys {
  std::string series;   // folded canonical series name, empty when none
  int round = 0;
  std::string actor;    // folded name key of the first actor: its last capitalised word
  std::string actor_block;  // the first three letters of `actor`: spelling variants share them
  std::vector<std::string> words;        // content words of the summary without the actor, and of the quote
  std::vector<std::string> quote_words;  // of the quote alone: what "the same words" means
  std::vector<std::string> place_words;
  std::optional<Instant> earliest, latest;
  bool stated = false;  // the time comes from an expression of the text, not a default
  std::string trigger;  // folded
};

EventKeys keys_of(const Event& e, const AliasTable& aliases);

// The intervals share an instant (an absent bound is open).
bool intervals_meet(const EventKeys& a, const EventKeys& b);

// Both bounds known: only such a time can say that two reports tell one event ("will meet next
// Tuesday" with no bounds meets every day, so it joins nothing by its time).
bool bounded(const EventKeys& k);

// Two times that can join two reports by themselves: both bounded and meeting; for a planned
// event ("will meet on Sunday") both a day or two at most, since one plan is often replaced by
// another within a week.
bool times_identify(const EventKeys& a, const EventKeys& b, bool planned);

}  // namespace parley::merge
