#pragma once
// The blocks match_events puts an event in, defined once: match_flat compares the events of each
// block, and event_block_keys (the grouping of the Dask shuffle) names the same blocks as keys. A
// block added here is matched and grouped alike, so the groups keep holding every block.
#include <cstddef>
#include <string_view>

#include "engine/merge/event_keys.hpp"
#include "parley/timeline.hpp"

namespace parley::merge {

enum class BlockKind {
  telling,         // a copied sentence: a, b = the first evidence's text and trigger
  round,           // a = series, b = phase ("whole" for an unphased round, also "start" and "end")
  numbered_round,  // a = series, round, phase: a star ("same round" is transitive)
  speaker,         // a = the statement's speaker block
  quote_word,      // a = a word of the quote: swept only in at most max_quote_block quotes
  meeting,         // a = series
  action,          // a = the speaker block, b = the verb
};

struct Block {
  BlockKind kind;
  std::string_view a, b;
  int round = 0, phase = 0;  // numbered_round
};

// A quote word of more quotes than this (over all the events matched together) blocks nothing:
// such a word says nothing and would make the sweep quadratic.
constexpr std::size_t max_quote_block = 64;

// Calls visit(Block) for every block of `e` (`k` its keys); the views live as long as e and k.
template <class Visit>
void for_each_block(const Event& e, const EventKeys& k, Visit visit) {
  if (!e.evidence.empty()) visit(Block{BlockKind::telling, e.evidence.front().text, e.evidence.front().trigger});
  switch (e.kind) {
    case EventKind::Round:
      visit(Block{BlockKind::round, k.series, to_string(e.phase == Phase::None ? Phase::Whole : e.phase)});
      if (e.phase == Phase::None) {  // "the fourth round" without a phase may be any part of it
        visit(Block{BlockKind::round, k.series, "start"});
        visit(Block{BlockKind::round, k.series, "end"});
      }
      if (k.round > 0) visit(Block{BlockKind::numbered_round, k.series, {}, k.round, static_cast<int>(e.phase)});
      break;
    case EventKind::Statement:
      if (!k.actor_block.empty()) visit(Block{BlockKind::speaker, k.actor_block, {}});
      if (!e.quote.empty())
        for (const auto& w : k.quote_words) visit(Block{BlockKind::quote_word, w, {}});
      break;
    case EventKind::Meeting: visit(Block{BlockKind::meeting, k.series, {}}); break;
    case EventKind::Action:
      if (!k.actor_block.empty()) visit(Block{BlockKind::action, k.actor_block, k.trigger});
      break;
  }
}

}  // namespace parley::merge
