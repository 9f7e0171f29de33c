#pragma once
// The meaning of one time expression: its TIMEX3 attributes plus parley's own interval bounds
// and the reason the value is what it is. A plain value type, cheap to copy, compared by bounds.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace parley {

using Instant = std::chrono::sys_seconds;

enum class TimexType : unsigned char { Date, Time, Duration, Set };

// The finest unit the expression fixes. Ordered from fine to coarse.
enum class Granularity : unsigned char {
  Second, Minute, Hour, PartOfDay, Day, Weekend, Week, Month, Season, Quarter, Half, Year,
  Decade, Century, Unknown
};

// Why the value is what it is.
enum class Basis : unsigned char {
  Explicit,      // the text itself fixes it ("May 19, 2021")
  Dct,           // counted from the document creation time ("yesterday")
  PreviousTime,  // counted from an earlier time in the text ("two days later")
  Tense,         // a bare weekday or month placed by the tense of its clause
  Unresolved     // needed an anchor that is missing (no DCT): value left relative
};

struct ResolvedTime {
  TimexType type = TimexType::Date;
  std::string value;   // TIMEX3 value, ISO 8601 in TimeML's style
  std::string mod;     // START, MID, END, APPROX, BEFORE, AFTER, LESS_THAN, MORE_THAN, ... or empty
  std::string quant;   // sets: EVERY, EACH, ...
  std::string freq;    // sets: 2X, ...
  // The interval of instants the expression can denote (inclusive bounds); absent when the
  // expression does not denote a position in time (bare durations, sets, no anchor).
  std::optional<Instant> earliest;
  std::optional<Instant> latest;
  Granularity granularity = Granularity::Unknown;
  Basis basis = Basis::Explicit;
  std::string anchor = "none";  // "dct", the id of the time it was resolved against, or "none"
  // Anchored durations ("the past three years"): the TIMEX3 beginPoint/endPoint ids.
  std::string begin_point;
  std::string end_point;
  // A clock time with a zone ("8 am PST", "1300 GMT", "5 p.m. Eastern time"): the zone in force
  // on that day ("EST"/"EDT" for "Eastern time" by the date; "local" when the text says only
  // "local time"), its offset east of UTC when known, and the bounds as UTC instants. `earliest`
  // and `latest` stay on the document's clock: the written clock, moved to the DCT's zone when
  // the DCT carries one.
  std::string zone;
  std::optional<int> utc_offset_minutes;
  std::optional<Instant> earliest_utc;
  std::optional<Instant> latest_utc;

  friend bool operator==(const ResolvedTime&, const ResolvedTime&) = default;
};

std::string_view to_string(TimexType);
std::string_view to_string(Granularity);
std::string_view to_string(Basis);

}  // namespace parley
