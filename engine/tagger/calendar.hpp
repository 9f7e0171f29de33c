#pragma once
// Calendar values at every TIMEX3 granularity, their ISO 8601 / TimeML spelling, their interval
// of instants and their arithmetic. All arithmetic goes through Howard Hinnant's date types.
#include <string>
#include <utility>

#include <date/date.h>

#include "parley/ast.hpp"
#include "parley/resolved_time.hpp"

namespace parley::engine {

// A position on the calendar: the period that starts on `day` and has granularity `gran`.
// Periods that are not runs of days (seasons, quarters, halves, decades) keep their index.
struct CalendarValue {
  Granularity gran = Granularity::Unknown;
  date::sys_days day{};             // first day of the period (for Day and finer: the day)
  int hour = ast::absent;           // TIME values
  int minute = ast::absent;
  int second = ast::absent;
  ast::PartOfDay part_of_day = ast::PartOfDay::None;  // Granularity::PartOfDay
  ast::Season season = ast::Season::None;             // Granularity::Season

  date::year_month_day ymd() const { return date::year_month_day{day}; }
  int year() const { return static_cast<int>(ymd().year()); }
  unsigned month() const { return static_cast<unsigned>(ymd().month()); }
};

// Constructors, each normalizing `day` to the first day of its period.
CalendarValue day_value(date::sys_days d);
CalendarValue month_value(int year, unsigned month);
CalendarValue year_value(int year);
CalendarValue quarter_value(int year, int quarter);
CalendarValue half_value(int year, int half);
CalendarValue season_value(int year, ast::Season season);
CalendarValue decade_value(int decade);    // 199 -> the 1990s
CalendarValue century_value(int century);  // 19 -> 1900-1999
CalendarValue week_value(date::sys_days any_day_in_week);
CalendarValue weekend_value(date::sys_days any_day_in_week);
CalendarValue part_of_day_value(date::sys_days d, ast::PartOfDay p);
CalendarValue clock_value(date::sys_days d, int hour, int minute, int second);

// The TIMEX3 value: "2021-05-19", "2021-W20", "2021-Q2", "2021-SU", "199", "2021-05-19TEV", ...
std::string timex_value(const CalendarValue& v);

// The inclusive interval of instants the value denotes.
std::pair<Instant, Instant> bounds(const CalendarValue& v);

// The value `n` units later (negative: earlier), keeping the value's own granularity where it
// is at least as coarse as the unit ("a year earlier" than 1989-Q3 is 1988-Q3).
CalendarValue shift(const CalendarValue& v, ast::Unit unit, int n);

// The granularity a unit names ("last week" -> Week).
Granularity granularity_of(ast::Unit unit);

// The value of a period of granularity `g` that contains `d` ("this month" on 2021-05-20).
CalendarValue containing(date::sys_days d, Granularity g, ast::Season season = ast::Season::None);

// ISO 8601 year and week of a day.
std::pair<int, unsigned> iso_week(date::sys_days d);

}  // namespace parley::engine
