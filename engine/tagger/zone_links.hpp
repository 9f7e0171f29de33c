#pragma once
// "at 0600 local time (0400 GMT)", "three p.m. local (1900 GMT)": a local clock time glossed
// with a zoned one takes its UTC instant and offset from the gloss.
#include <optional>
#include <string_view>
#include <vector>

#include "parley/dct.hpp"
#include "parley/timex.hpp"

namespace parley::engine {

void link_local_times(std::string_view text, const std::optional<Dct>& dct, std::vector<Timex>& timexes);

}  // namespace parley::engine
