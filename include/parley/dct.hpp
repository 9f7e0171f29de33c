#pragma once
// The document creation time: the anchor of deictic expressions ("yesterday", "last week").

#include <optional>
#include <string>
#include <string_view>

#include "parley/resolved_time.hpp"

namespace parley {

struct Dct {
  Instant instant{};          // start of the day when only a date is known
  bool has_time_of_day = false;
  std::string text;           // as given, for the output
};

// Parses YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS (a space for T is accepted, and a
// TimeML DCT value like 19980807 or 1998-08-07T10:30:00). Returns nullopt when malformed or not a
// real calendar date (2021-02-30).
std::optional<Dct> parse_dct(std::string_view text);

}  // namespace parley
