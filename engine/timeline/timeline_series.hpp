#pragma once
// Series of meetings: which names denote one negotiation, which round a relative ordinal ("a new
// round") is, and each round's start and end solved from every mention of it.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/timeline/series_names.hpp"
#include "parley/timeline.hpp"

namespace parley::timeline {

// One name per negotiation over the events of one or many documents. Two names are one series
// when the evidence adds up (see timeline_series.cpp): a shared identifying word, a round held
// at a place the other name is called after, both names in one document, a round of the same
// number at the same time. A generic name takes its document's dominant series (the one most of
// its events name), else the collection's. Then relative rounds are resolved against the dated
// rounds of all the events. `window_days`: how far apart two reports of one round may date it.
void unify_series(std::span<Event* const> events, int window_days = 3);
// Whether unify_series() reads or may change the event: it names a series, or it is a start or
// end of talks that names none and may be given its document's ("talks began on Monday"). The
// others it neither reads nor changes, so a partial run over these events alone is the same.
bool in_series_unification(const Event& e);
void unify_series(std::vector<Timeline>& timelines, int window_days = 3);

// unify_series() over the timeline's events, then `tl.series`: each numbered round with its
// start and end solved by agreement across documents, and the dissent.
void build_series(Timeline& tl);

}  // namespace parley::timeline
