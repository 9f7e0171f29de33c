#pragma once
// Ranges: two time expressions that are the ends of one stretch of time ("September 13-15",
// "from Monday to Wednesday", "between 3 and 5 p.m.", "1987/88"). Each end stays its own timex;
// the pairing adds a TimexRange (parley/timex.hpp) that spans them.
#include <optional>
#include <string_view>
#include <vector>

#include "engine/tagger/scanner.hpp"
#include "parley/dct.hpp"
#include "parley/timex.hpp"

namespace parley::engine {

// Before resolution: a match that holds both ends ("1987/88", "the weeks of 15 and 22 June") is
// split into one mention per end, and the first number of a range ("from 13 to 15th of July")
// is kept only when the end that gives it its month or hour is the next mention.
void prepare_range_ends(std::string_view text, std::vector<Mention>& mentions);

// After resolution: pairs neighbouring timexes joined as a range, completes a first number from
// its end (13 takes July and the year of "15th of July"; 3 takes the p.m. of "5 p.m."), and puts
// two weekday ends in one week. `rules`: the grammar rule of each timex. Range ids continue the
// timex numbering from `next_id`.
// Two ends without their year that the tense put in the wrong order are put right around `dct`.
std::vector<TimexRange> pair_ranges(std::string_view text, std::vector<Timex>& timexes,
                                    const std::vector<std::string_view>& rules, int next_id,
                                    const std::optional<Dct>& dct);

}  // namespace parley::engine
