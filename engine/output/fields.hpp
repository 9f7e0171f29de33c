#pragma once
// The words and values every output format shares, so YAML, JSON lines and TimeML print the
// same thing for the same timex.

#include <string>
#include <string_view>
#include <vector>

#include "parley/dct.hpp"
#include "parley/timex.hpp"

namespace parley::output {

// "2021-05-19T17:00:00": ISO 8601 to the second, as earliest/latest are printed.
std::string iso_instant(Instant);

// The DCT as TimeML writes it: "2021-05-20", or with the time of day when it has one.
std::string dct_value(const Dct&);

inline constexpr std::string_view no_dct_note =
    "no document creation time: expressions relative to it are left relative (basis unresolved)";

struct Field {
  std::string_view key;
  std::string value;
};

// The attributes of a timex after its id, span and text, in output order; optional ones only
// when set. Keys are TimeML's (beginPoint, endPoint) and parley's (earliest, latest, ...).
std::vector<Field> timex_attributes(const Timex&);

// The attributes of a range after its id, text and span: type (DURATION), value, beginPoint and
// endPoint (the ends' ids), earliest, latest. begin_inclusive and end_inclusive follow as flags.
std::vector<Field> range_attributes(const TimexRange&, const std::vector<Timex>& timexes);

std::string_view to_string(EventOrdinal::Kind);

}  // namespace parley::output
