// The spellings of parley's enums in every output format.
#include "parley/resolved_time.hpp"

namespace parley {

std::string_view to_string(TimexType t) {
  switch (t) {
    case TimexType::Date: return "DATE";
    case TimexType::Time: return "TIME";
    case TimexType::Duration: return "DURATION";
    case TimexType::Set: return "SET";
  }
  return "DATE";
}

std::string_view to_string(Granularity g) {
  switch (g) {
    case Granularity::Second: return "second";
    case Granularity::Minute: return "minute";
    case Granularity::Hour: return "hour";
    case Granularity::PartOfDay: return "part-of-day";
    case Granularity::Day: return "day";
    case Granularity::Weekend: return "weekend";
    case Granularity::Week: return "week";
    case Granularity::Month: return "month";
    case Granularity::Season: return "season";
    case Granularity::Quarter: return "quarter";
    case Granularity::Half: return "half";
    case Granularity::Year: return "year";
    case Granularity::Decade: return "decade";
    case Granularity::Century: return "century";
    case Granularity::Unknown: return "unknown";
  }
  return "unknown";
}

std::string_view to_string(Basis b) {
  switch (b) {
    case Basis::Explicit: return "explicit";
    case Basis::Dct: return "dct";
    case Basis::PreviousTime: return "previous-time";
    case Basis::Tense: return "tense";
    case Basis::Unresolved: return "unresolved";
  }
  return "unresolved";
}

}  // namespace parley
