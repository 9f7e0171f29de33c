#pragma once
// One name per actor across a collection: "Putin" and "Vladimir Putin" are shown as "Russian
// President Vladimir Putin" (the fuller telling told most); "The State Department" as "The U.S.
// State Department"; "Araqchi" as "Abbas Araghchi" (a transliteration within the spelling
// distance of event_keys.hpp's similar_names); "James Dehart" as "James DeHart".
#include <vector>

#include "parley/timeline.hpp"

namespace parley::merge {

// Rewrites the actors and participants of `events` to one name per actor. A short form that two
// different fuller names contain ("Kim" in "Kim Jong Un" and "Kim Yo Jong") is left as written.
void name_actors_alike(std::vector<Event>& events);

}  // namespace parley::merge
