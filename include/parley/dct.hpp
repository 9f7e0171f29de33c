#pragma once
// The document creation time: the anchor of deictic expressions ("yesterday", "last week").

#include <optional>
#include <string>
#include <string_view>

#include "parley/resolved_time.hpp"

namespace parley {

struct Dct {
  Instant instant{};          // start of the day when only a date is known; the clock as written
  bool has_time_of_day = false;
  std::string zone;           // "Z" or "+02:00" when the time carried one (RFC 3339), else empty
  std::string text;           // as given, for the output
};

// Parses YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS (a space or a lowercase t for T is
// accepted, and a TimeML DCT value like 19980807 or 1998-08-07T10:30:00). A time may end with a
// fraction of a second (dropped) and a zone as feeds write them (RFC 3339): Z, +02:00, -0500 or
// +02. The instant stays the clock as written, because "today" and "this morning" are the
// writer's own day and morning; the zone is kept beside it. Returns nullopt when malformed or not
// a real calendar date or time (2021-02-30, 25:00, +15:00).
std::optional<Dct> parse_dct(std::string_view text);

}  // namespace parley
