#pragma once
// Time zones written after clock times ("8 am PST", "1300 GMT", "5 p.m. Eastern time"): the
// abbreviation in force on the day and its offset from UTC.
#include <optional>
#include <string>

#include <date/date.h>

#include "parley/dct.hpp"

namespace parley::engine {

struct ZoneReading {
  std::string name;                   // "EST", "EDT", "GMT", "local"
  std::optional<int> offset_minutes;  // east of UTC; absent for "local time"
};

// The zone `zone_id` (a row of grammar::zone_infos) at the wall-clock time `clock`. A written
// abbreviation is taken as written ("EST" is UTC-5 even in July: the text says standard time);
// a generic name ("Eastern time", "ET") takes standard or daylight time by the date, from the
// tz database when it is installed, else from the US daylight-saving rules in force that year.
// Without a date (`clock` empty), a generic name keeps its generic abbreviation and no offset.
ZoneReading read_zone(int zone_id, std::optional<date::local_seconds> clock);

// Whether US daylight time is in force at the wall-clock (standard) time `t` by the Uniform
// Time Act's rules for its year; what read_zone uses when no tz database is installed.
bool us_daylight_time(date::local_seconds t);

// The DCT's offset from UTC in minutes when it carries a zone ("Z", "+02:00").
std::optional<int> dct_offset_minutes(const Dct& dct);

// "+HH:MM" / "-HH:MM".
std::string offset_text(int minutes);

}  // namespace parley::engine
