// EDTF (ISO 8601-2) strings of times: the widest unit the bounds fill exactly (a year, a month,
// a day), an interval of days otherwise, `..` for an open side, `~` for the TIMEX3 mod APPROX.
#include <date/date.h>

#include "parley/timeline_export.hpp"

namespace parley {
namespace {

using std::chrono::floor;
using days = date::days;

date::year_month_day ymd(Instant t) { return date::year_month_day{floor<days>(t)}; }
bool at_midnight(Instant t) { return floor<days>(t) == t; }

std::string day_of(Instant t) { return date::format("%Y-%m-%d", floor<days>(t)); }

// The exact unit [from, to] covers, written at that unit, or empty when it covers none.
std::string whole_unit(Instant from, Instant to, Granularity g) {
  const Instant end = to + std::chrono::seconds(1);  // the model's bounds are inclusive
  if (!at_midnight(from) || !at_midnight(end)) {
    // A time of day: exact instants keep it, parts of a day round to the day.
    if (from == to && g <= Granularity::Hour) return date::format("%Y-%m-%dT%H:%M:%S", from);
    return floor<days>(from) == floor<days>(to) ? day_of(from) : std::string();
  }
  const auto a = ymd(from), b = ymd(end);
  if (a.day() == date::day(1) && b.day() == date::day(1)) {
    if (a.month() == date::January && b.month() == date::January && b.year() == a.year() + date::years(1))
      return date::format("%Y", a.year());
    if (date::year_month(a.year(), a.month()) + date::months(1) == date::year_month(b.year(), b.month()))
      return date::format("%Y-%m", date::year_month(a.year(), a.month()));
  }
  return floor<days>(from) == floor<days>(to) ? day_of(from) : std::string();
}

}  // namespace

std::string to_edtf(const EventTime& t) {
  const auto& from = t.time.earliest;
  const auto& to = t.time.latest;
  const std::string approx = t.time.mod == "APPROX" ? "~" : "";
  if (!from && !to) return {};
  // bounds that contradict each other (earliest after latest) fix no time: unknown, as EDTF has
  // no way to write the contradiction; the timeline keeps both bounds and its contradiction
  if (from && to && *from > *to) return {};
  if (!from) return "../" + day_of(*to) + approx;
  if (!to) return day_of(*from) + approx + "/..";
  if (std::string unit = whole_unit(*from, *to, t.time.granularity); !unit.empty()) return unit + approx;
  return day_of(*from) + approx + "/" + day_of(*to) + approx;
}

}  // namespace parley
