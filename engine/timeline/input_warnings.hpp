#pragma once
// Checks on the input a reader should know about: a weekday that contradicts its date, a
// document without a DCT. Reported as InputWarning, never silently corrected.
#include <optional>
#include <string_view>
#include <vector>

#include "parley/timeline.hpp"

namespace parley::timeline {

void check_input(std::string_view doc_id, std::string_view text, const std::optional<Dct>& dct,
                 const std::vector<Timex>& timexes, std::vector<InputWarning>& out);

}  // namespace parley::timeline
