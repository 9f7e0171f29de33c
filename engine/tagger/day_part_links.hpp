#pragma once
// "before dawn on Monday", "in the morning of May 3": a part of the day that names no day of its
// own is part of the day written right after it, not of the time told before it.
#include <string_view>
#include <vector>

#include "parley/timex.hpp"

namespace parley::engine {

void link_parts_of_day(std::string_view text, std::vector<Timex>& timexes);

}  // namespace parley::engine
