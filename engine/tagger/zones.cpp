// Zone abbreviations and generic US zone names resolved for a date (see zones.hpp).
#include "engine/tagger/zones.hpp"

#include <cstdlib>
#include <exception>

#include <date/tz.h>
#include <fmt/format.h>

#include "grammar/lexicon_ids.hpp"

namespace parley::engine {

using namespace date;

namespace {

struct GenericZone {
  const char* standard;
  const char* daylight;
  int standard_minutes;
};

// The US zones the lexicon names generically, by their IANA name.
std::optional<GenericZone> generic(std::string_view tz) {
  if (tz == "America/New_York") return GenericZone{"EST", "EDT", -300};
  if (tz == "America/Chicago") return GenericZone{"CST", "CDT", -360};
  if (tz == "America/Denver") return GenericZone{"MST", "MDT", -420};
  if (tz == "America/Los_Angeles") return GenericZone{"PST", "PDT", -480};
  return std::nullopt;
}

}  // namespace

// Whether US daylight time is in force at the wall-clock time `t` (standard time), by the
// rules of the Uniform Time Act as amended: from 2007 the second Sunday of March to the first
// Sunday of November, 1987-2006 the first Sunday of April to the last Sunday of October, before
// that the last Sunday of April. Changes happen at 02:00 local time.
bool us_daylight_time(local_seconds t) {
  const year_month_day ymd{floor<days>(t)};
  const year y = ymd.year();
  local_days start, end;
  if (y >= year{2007}) {
    start = local_days{y / March / Sunday[2]};
    end = local_days{y / November / Sunday[1]};
  } else if (y >= year{1987}) {
    start = local_days{y / April / Sunday[1]};
    end = local_days{y / October / Sunday[last]};
  } else {
    start = local_days{y / April / Sunday[last]};
    end = local_days{y / October / Sunday[last]};
  }
  return t >= start + std::chrono::hours{2} && t < end + std::chrono::hours{2};
}

ZoneReading read_zone(int zone_id, std::optional<local_seconds> clock) {
  constexpr int rows = sizeof(grammar::zone_infos) / sizeof(grammar::zone_infos[0]);
  if (zone_id < 0 || zone_id >= rows) return {"local", std::nullopt};
  const grammar::ZoneInfo& z = grammar::zone_infos[zone_id];
  if (!z.known) return {z.abbreviation, std::nullopt};
  if (!z.tz) return {z.abbreviation, z.offset_minutes};
  if (!clock) return {z.abbreviation, std::nullopt};  // "ET" with no date: standard or daylight is open
  try {
    const auto info = locate_zone(z.tz)->get_info(*clock);
    // A wall-clock time skipped or repeated by a change reads in the zone's earlier offset.
    return {info.first.abbrev, static_cast<int>(info.first.offset.count() / 60)};
  } catch (const std::exception&) {
    // No tz database installed: the rules above give the same answer for US zones.
    const auto g = generic(z.tz);
    if (!g) return {z.abbreviation, std::nullopt};
    const bool dst = us_daylight_time(*clock);
    return {dst ? g->daylight : g->standard, g->standard_minutes + (dst ? 60 : 0)};
  }
}

std::optional<int> dct_offset_minutes(const Dct& dct) {
  if (dct.zone.empty()) return std::nullopt;
  if (dct.zone == "Z") return 0;
  // parse_dct writes the zone back as "+HH:MM"
  if (dct.zone.size() != 6 || (dct.zone[0] != '+' && dct.zone[0] != '-')) return std::nullopt;
  const int hours = std::atoi(dct.zone.substr(1, 2).c_str());
  const int minutes = std::atoi(dct.zone.substr(4, 2).c_str());
  const int total = hours * 60 + minutes;
  return dct.zone[0] == '-' ? -total : total;
}

std::string offset_text(int minutes) {
  const int a = std::abs(minutes);
  return fmt::format("{}{:02}:{:02}", minutes < 0 ? '-' : '+', a / 60, a % 60);
}

}  // namespace parley::engine
