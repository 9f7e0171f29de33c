#pragma once
// Series of meetings: rounds grouped by series, with the times of their start and end.
#include "parley/timeline.hpp"

namespace parley::timeline {

// Names a round whose series is unnamed after the talks held where it took place, resolves
// "the latest round" to the highest round known, and fills `tl.series`.
void build_series(Timeline& tl);

}  // namespace parley::timeline
