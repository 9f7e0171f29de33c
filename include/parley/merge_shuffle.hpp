#pragma once
// merge_timelines() in three parts, so that its costly middle can run on many processes (the
// shuffle of parley.distributed):
//   (a) keys: every block an event is put in by match_events (event_block_keys), after the global
//       series unification; events are grouped by the connected components of shared keys
//       (merge_groups). match_events only compares two events of one block, and every block lies
//       inside one group, so matching each group alone finds the same pairs, the same joins and
//       the same near misses as matching all events at once, provided the group leaves out the
//       blocks the whole leaves out (crowded_quote_words).
//   (b) merge_group: the single-process matching and joining of one group's events.
//   (c) assemble_merge: ids by first report, relations, contradictions, near misses, the series
//       block (what needs every joined event, and no matching).
// merge_timelines() itself is (b) over one group holding every event, then (c).
#include <cstddef>
#include <string>
#include <vector>

#include "parley/timeline.hpp"
#include "parley/timeline_merge.hpp"

namespace parley {

// The keys of the blocks match_events puts `e` in (its series unified already; the blocks are
// defined once, for both, in engine/merge/event_blocks.hpp). A quote word's key starts with
// "q\x1f": its block is swept only when it holds 64 events or fewer, a count over the whole
// collection (crowded_quote_words). A copied sentence's key is a hash: two sentences whose hashes
// collide only put their events in one group, which changes no match.
std::vector<std::string> event_block_keys(const Event& e, const MatchOptions& options = {});

// For each event (keys[i] the keys of event i), the index of the first event of its group: the
// connected components of events over shared keys (quote-word keys of more than 64 events left
// out, as match_events leaves their blocks out).
std::vector<std::size_t> merge_groups(const std::vector<std::vector<std::string>>& keys);

// The quote words (sorted, without the key's prefix) of more than 64 of the events, whose blocks
// match_events leaves out over the whole collection: merge_group must leave them out too, as a
// group holds only some of their quotes.
std::vector<std::string> crowded_quote_words(const std::vector<std::vector<std::string>>& keys);

// One event of a group: where it comes from (index of its timeline among the sorted inputs, and
// in that timeline), the first document of its timeline (the source of an event without evidence).
struct GroupEvent {
  EventRef ref;
  std::string doc;
  Event event;
};

// One event of the merged timeline before it is numbered: the reports it joins (ascending) with
// their ids in their own timelines.
struct JoinedEvent {
  std::vector<EventRef> members;
  std::vector<std::string> member_ids;
  Event event;
};

struct GroupMerge {
  std::vector<JoinedEvent> joined;          // ordered by first member
  std::vector<EventNearMiss> near_misses;  // ordered by (a, b, rule, reason)
};

// The matching and joining of one group, exactly as merge_timelines does them over all the
// events; `events` ascending by ref, `crowded_quote_words` those of the whole collection's keys.
GroupMerge merge_group(const std::vector<GroupEvent>& events, const std::vector<std::string>& crowded_quote_words,
                       const MatchOptions& options = {});

// The merged timeline from the groups' results. `heads`: the sorted inputs, their events left
// out or not (documents, warnings, relations and contradictions are read); `groups` in any order,
// and one GroupMerge may hold the results of several groups. Ordered and with
// repeated contradictions dropped, as merge_timelines gives it.
Timeline assemble_merge(const std::vector<Timeline>& heads, std::vector<GroupMerge> groups);

}  // namespace parley
