// Ticks are calendar-aligned (midnight, Monday, the 1st, 1 January) because a tick at "day 3.7
// of the span" tells a reader nothing; the step is the smallest that leaves room for labels.
#include "engine/export/time_axis.hpp"

#include <date/date.h>

#include <algorithm>
#include <array>

#include "engine/export/shown_time.hpp"

namespace parley::exporting {
namespace {

using namespace std::chrono;
using date::days;
using date::months;
using date::years;

enum class Unit { Hour, Day, Week, Month, Year };

struct Step {
  Unit unit;
  int count;
  seconds approx;  // for choosing the step, months and years need not be exact
};

constexpr std::array steps = {
    Step{Unit::Hour, 1, hours(1)},        Step{Unit::Hour, 3, hours(3)},     Step{Unit::Hour, 6, hours(6)},
    Step{Unit::Hour, 12, hours(12)},      Step{Unit::Day, 1, days(1)},       Step{Unit::Day, 2, days(2)},
    Step{Unit::Week, 1, days(7)},         Step{Unit::Week, 2, days(14)},     Step{Unit::Month, 1, days(30)},
    Step{Unit::Month, 3, days(91)},       Step{Unit::Month, 6, days(182)},   Step{Unit::Year, 1, days(365)},
    Step{Unit::Year, 2, days(730)},       Step{Unit::Year, 5, days(1826)},   Step{Unit::Year, 10, days(3652)},
    Step{Unit::Year, 25, days(9131)},     Step{Unit::Year, 50, days(18262)}, Step{Unit::Year, 100, days(36524)},
};

std::string short_day(Instant t) {
  const std::string full = day_text(t);  // "19 May 2021"
  return full.substr(0, full.rfind(' '));
}

// The first tick at or after `t` for this step, and the tick after a given one.
Instant first_tick(Instant t, const Step& s) {
  const auto day = floor<days>(t);
  switch (s.unit) {
    case Unit::Hour: {
      auto h = floor<hours>(t);
      while ((h - floor<days>(h)).count() % s.count != 0 || h < t) h += hours(1);
      return h;
    }
    case Unit::Day: {
      auto d = day;
      while (d < t || d.time_since_epoch().count() % s.count != 0) d += days(1);
      return d;
    }
    case Unit::Week: {
      auto d = day;
      while (d < t || date::weekday(d) != date::Monday) d += days(1);
      return d;
    }
    case Unit::Month: {
      date::year_month ym = date::year_month_day(day).year() / date::year_month_day(day).month();
      while (true) {
        const date::sys_days d = ym / 1;
        if (d >= t && (unsigned(ym.month()) - 1) % s.count == 0) return d;
        ym += months(1);
      }
    }
    case Unit::Year: {
      date::year y = date::year_month_day(day).year();
      while (true) {
        const date::sys_days d = y / date::January / 1;
        if (d >= t && int(y) % s.count == 0) return d;
        y += years(1);
      }
    }
  }
  return t;
}

Instant next_tick(Instant t, const Step& s) {
  const date::sys_days day = floor<days>(t);
  switch (s.unit) {
    case Unit::Hour: return t + hours(s.count);
    case Unit::Day: return t + days(s.count);
    case Unit::Week: return t + days(7 * s.count);
    case Unit::Month: {
      const date::year_month_day ymd(day);
      return date::sys_days((ymd.year() / ymd.month() + months(s.count)) / 1);
    }
    case Unit::Year: return date::sys_days((date::year_month_day(day).year() + years(s.count)) / date::January / 1);
  }
  return t;
}

std::string tick_label(Instant t, const Step& s) {
  switch (s.unit) {
    case Unit::Hour: return floor<days>(t) == t ? short_day(t) : date::format("%H:%M", t);
    case Unit::Day:
    case Unit::Week: return short_day(t);
    case Unit::Month: return month_text(t);
    case Unit::Year: return date::format("%Y", t);
  }
  return {};
}

}  // namespace

TimeAxis::TimeAxis(Instant first, Instant last, double x0, double x1) : x0_(x0), x1_(x1) {
  const seconds span = std::max<seconds>(last - first, hours(12));
  const seconds pad = std::max<seconds>(span / 25, hours(6));
  first_ = first - pad;
  last_ = last + pad;
}

double TimeAxis::x(Instant t) const {
  const double f = double((t - first_).count()) / double((last_ - first_).count());
  return x0_ + std::clamp(f, 0.0, 1.0) * (x1_ - x0_);
}

std::vector<Tick> TimeAxis::ticks(double min_spacing) const {
  const double px_per_second = (x1_ - x0_) / double((last_ - first_).count());
  const Step* step = &steps.back();
  for (const Step& s : steps)
    if (double(s.approx.count()) * px_per_second >= min_spacing) {
      step = &s;
      break;
    }
  std::vector<Tick> out;
  for (Instant t = first_tick(first_, *step); t <= last_; t = next_tick(t, *step)) out.push_back({t, tick_label(t, *step)});
  return out;
}

}  // namespace parley::exporting
