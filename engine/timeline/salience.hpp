#pragma once
// Whether an event belongs in the chronology a reader asked for (main) or is background: a
// clause about the distant past, a generic present, a hypothetical, a fragment without actor
// and time. Each rule names its reason (salience_reason), so `parley timeline --all` shows why.
#include <optional>

#include "engine/timeline/mention.hpp"

namespace parley::timeline {

// Sets e.salience and e.salience_reason from the event and the mention it was read from.
void classify_salience(Event& e, const Mention& m, const std::optional<Dct>& dct);

}  // namespace parley::timeline
