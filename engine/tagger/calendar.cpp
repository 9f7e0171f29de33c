#include "engine/tagger/calendar.hpp"

#include <fmt/format.h>

namespace parley::engine {
namespace {

using namespace std::chrono;
using date::days;
using date::sys_days;

constexpr seconds end_of_day = hours{23} + minutes{59} + seconds{59};

Instant start_of(sys_days d) { return Instant{d}; }
Instant end_of(sys_days last_day) { return Instant{last_day} + end_of_day; }

sys_days first_of_month(int y, unsigned m) {
  return sys_days{date::year{y} / date::month{m} / date::day{1}};
}
sys_days last_of_month(int y, unsigned m) {
  return sys_days{date::year_month_day_last{date::year{y}, date::month_day_last{date::month{m}}}};
}

// Seasons as TimeML uses them with northern meteorological bounds: spring March-May, summer
// June-August, fall September-November, winter December to the end of February (of the next
// year: winter 2021 starts in December 2021).
unsigned season_first_month(ast::Season s) {
  switch (s) {
    case ast::Season::Spring: return 3;
    case ast::Season::Summer: return 6;
    case ast::Season::Fall: return 9;
    default: return 12;
  }
}

const char* season_code(ast::Season s) {
  switch (s) {
    case ast::Season::Spring: return "SP";
    case ast::Season::Summer: return "SU";
    case ast::Season::Fall: return "FA";
    default: return "WI";
  }
}

const char* part_of_day_code(ast::PartOfDay p) {
  switch (p) {
    case ast::PartOfDay::Morning: return "MO";
    case ast::PartOfDay::Afternoon: return "AF";
    case ast::PartOfDay::Evening: return "EV";
    case ast::PartOfDay::Night: case ast::PartOfDay::Overnight: return "NI";
    case ast::PartOfDay::Daytime: return "DT";
    default: return "DT";
  }
}

// Months since year 0, for month arithmetic across year ends.
int month_index(const CalendarValue& v) { return v.year() * 12 + static_cast<int>(v.month()) - 1; }

}  // namespace

CalendarValue day_value(sys_days d) { return {Granularity::Day, d}; }
CalendarValue month_value(int y, unsigned m) { return {Granularity::Month, first_of_month(y, m)}; }
CalendarValue year_value(int y) { return {Granularity::Year, first_of_month(y, 1)}; }
CalendarValue quarter_value(int y, int q) { return {Granularity::Quarter, first_of_month(y, unsigned(q - 1) * 3 + 1)}; }
CalendarValue half_value(int y, int h) { return {Granularity::Half, first_of_month(y, unsigned(h - 1) * 6 + 1)}; }
CalendarValue season_value(int y, ast::Season s) {
  CalendarValue v{Granularity::Season, first_of_month(y, season_first_month(s))};
  v.season = s;
  return v;
}
CalendarValue decade_value(int decade) { return {Granularity::Decade, first_of_month(decade * 10, 1)}; }
CalendarValue century_value(int century) { return {Granularity::Century, first_of_month(century * 100, 1)}; }
CalendarValue week_value(sys_days d) {
  const date::weekday wd{d};
  return {Granularity::Week, d - (wd - date::Monday)};
}
CalendarValue weekend_value(sys_days d) {
  CalendarValue v = week_value(d);
  v.gran = Granularity::Weekend;
  return v;
}
CalendarValue part_of_day_value(sys_days d, ast::PartOfDay p) {
  CalendarValue v{Granularity::PartOfDay, d};
  v.part_of_day = p;
  return v;
}
CalendarValue clock_value(sys_days d, int h, int m, int s) {
  CalendarValue v{s >= 0 ? Granularity::Second : m >= 0 ? Granularity::Minute : Granularity::Hour, d};
  v.hour = h;
  v.minute = m;
  v.second = s;
  return v;
}

std::pair<int, unsigned> iso_week(sys_days d) {
  // The ISO year is the year of the week's Thursday.
  const sys_days thursday = d - (date::weekday{d} - date::Monday) + days{3};
  const auto y = date::year_month_day{thursday}.year();
  const sys_days week1_thursday = sys_days{y / date::January / date::Thursday[1]};
  return {static_cast<int>(y), static_cast<unsigned>((thursday - week1_thursday).count() / 7 + 1)};
}

std::string timex_value(const CalendarValue& v) {
  const auto ymd = v.ymd();
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  switch (v.gran) {
    case Granularity::Second: return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", y, m, d, v.hour, v.minute, v.second);
    case Granularity::Minute: return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}", y, m, d, v.hour, v.minute);
    case Granularity::Hour: return fmt::format("{:04}-{:02}-{:02}T{:02}:00", y, m, d, v.hour);
    case Granularity::PartOfDay: return fmt::format("{:04}-{:02}-{:02}T{}", y, m, d, part_of_day_code(v.part_of_day));
    case Granularity::Day: return fmt::format("{:04}-{:02}-{:02}", y, m, d);
    case Granularity::Week: {
      auto [wy, w] = iso_week(v.day);
      return fmt::format("{:04}-W{:02}", wy, w);
    }
    case Granularity::Weekend: {
      auto [wy, w] = iso_week(v.day);
      return fmt::format("{:04}-W{:02}-WE", wy, w);
    }
    case Granularity::Month: return fmt::format("{:04}-{:02}", y, m);
    case Granularity::Season: return fmt::format("{:04}-{}", y, season_code(v.season));
    case Granularity::Quarter: return fmt::format("{:04}-Q{}", y, (m - 1) / 3 + 1);
    case Granularity::Half: return fmt::format("{:04}-H{}", y, (m - 1) / 6 + 1);
    case Granularity::Year: return fmt::format("{:04}", y);
    case Granularity::Decade: return fmt::format("{:03}", y / 10);
    case Granularity::Century: return fmt::format("{:02}", y / 100);
    case Granularity::Unknown: break;
  }
  return "XXXX-XX-XX";
}

std::pair<Instant, Instant> bounds(const CalendarValue& v) {
  const auto ymd = v.ymd();
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  switch (v.gran) {
    case Granularity::Second: {
      const Instant t = Instant{v.day} + hours{v.hour} + minutes{v.minute} + seconds{v.second};
      return {t, t};
    }
    case Granularity::Minute: {
      // A clock time ("10:30 a.m.", "noon") is read as the instant it names.
      const Instant t = Instant{v.day} + hours{v.hour} + minutes{v.minute};
      return {t, t};
    }
    case Granularity::Hour: {
      const Instant t = Instant{v.day} + hours{v.hour};
      return {t, t + minutes{59} + seconds{59}};
    }
    case Granularity::PartOfDay: {
      const Instant d0 = Instant{v.day};
      switch (v.part_of_day) {
        case ast::PartOfDay::Morning: return {d0 + hours{6}, d0 + hours{11} + minutes{59} + seconds{59}};
        case ast::PartOfDay::Afternoon: return {d0 + hours{12}, d0 + hours{17} + minutes{59} + seconds{59}};
        case ast::PartOfDay::Evening: return {d0 + hours{17}, d0 + end_of_day};
        case ast::PartOfDay::Night:
        case ast::PartOfDay::Overnight: return {d0 + hours{20}, d0 + days{1} + hours{5} + minutes{59} + seconds{59}};
        case ast::PartOfDay::Noon: return {d0 + hours{12}, d0 + hours{12}};
        case ast::PartOfDay::Midnight: return {d0 + days{1}, d0 + days{1}};
        case ast::PartOfDay::Daytime: return {d0 + hours{6}, d0 + hours{17} + minutes{59} + seconds{59}};
        case ast::PartOfDay::None: break;
      }
      return {d0, end_of(v.day)};
    }
    case Granularity::Day: return {start_of(v.day), end_of(v.day)};
    case Granularity::Week: return {start_of(v.day), end_of(v.day + days{6})};
    case Granularity::Weekend: return {start_of(v.day + days{5}), end_of(v.day + days{6})};
    case Granularity::Month: return {start_of(v.day), end_of(last_of_month(y, m))};
    case Granularity::Season: {
      const int last_month_index = y * 12 + static_cast<int>(m) - 1 + 2;
      return {start_of(v.day), end_of(last_of_month(last_month_index / 12, unsigned(last_month_index % 12) + 1))};
    }
    case Granularity::Quarter: {
      const unsigned last_m = m + 2;
      return {start_of(v.day), end_of(last_of_month(y, last_m))};
    }
    case Granularity::Half: return {start_of(v.day), end_of(last_of_month(y, m + 5))};
    case Granularity::Year: return {start_of(v.day), end_of(last_of_month(y, 12))};
    case Granularity::Decade: return {start_of(v.day), end_of(last_of_month(y + 9, 12))};
    case Granularity::Century: return {start_of(v.day), end_of(last_of_month(y + 99, 12))};
    case Granularity::Unknown: break;
  }
  return {start_of(v.day), end_of(v.day)};
}

Granularity granularity_of(ast::Unit unit) {
  switch (unit) {
    case ast::Unit::Second: return Granularity::Second;
    case ast::Unit::Minute: return Granularity::Minute;
    case ast::Unit::Hour: return Granularity::Hour;
    case ast::Unit::Day: return Granularity::Day;
    case ast::Unit::Night: return Granularity::PartOfDay;
    case ast::Unit::Week: case ast::Unit::Fortnight: return Granularity::Week;
    case ast::Unit::Weekend: return Granularity::Weekend;
    case ast::Unit::Month: return Granularity::Month;
    case ast::Unit::Quarter: return Granularity::Quarter;
    case ast::Unit::Half: return Granularity::Half;
    case ast::Unit::Year: return Granularity::Year;
    case ast::Unit::Decade: return Granularity::Decade;
    case ast::Unit::Century: return Granularity::Century;
    case ast::Unit::None: break;
  }
  return Granularity::Unknown;
}

CalendarValue containing(sys_days d, Granularity g, ast::Season season) {
  const date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  switch (g) {
    case Granularity::Week: return week_value(d);
    case Granularity::Weekend: return weekend_value(d);
    case Granularity::Month: return month_value(y, m);
    case Granularity::Quarter: return quarter_value(y, int((m - 1) / 3 + 1));
    case Granularity::Half: return half_value(y, int((m - 1) / 6 + 1));
    case Granularity::Year: return year_value(y);
    case Granularity::Decade: return decade_value(y / 10);
    case Granularity::Century: return century_value(y / 100);
    case Granularity::Season: {
      if (season != ast::Season::None) return season_value(y, season);
      const ast::Season s = m >= 3 && m <= 5 ? ast::Season::Spring : m >= 6 && m <= 8 ? ast::Season::Summer
                          : m >= 9 && m <= 11 ? ast::Season::Fall : ast::Season::Winter;
      return season_value(s == ast::Season::Winter && m < 3 ? y - 1 : y, s);
    }
    default: return day_value(d);
  }
}

CalendarValue shift(const CalendarValue& v, ast::Unit unit, int n) {
  CalendarValue out = v;
  auto shift_months = [&](int months) {
    const int idx = month_index(v) + months;
    const int y = idx >= 0 ? idx / 12 : (idx - 11) / 12;
    const unsigned m = static_cast<unsigned>(idx - y * 12) + 1;
    const auto old = v.ymd();
    if (v.gran <= Granularity::Week) {
      // Day-level values keep their day of month, clamped to the month's length.
      const auto last = date::year_month_day_last{date::year{y}, date::month_day_last{date::month{m}}}.day();
      const date::day dd = old.day() > last ? last : old.day();
      out.day = sys_days{date::year{y} / date::month{m} / dd};
    } else {
      out.day = first_of_month(y, m);
    }
  };
  switch (unit) {
    case ast::Unit::Second: out.day = v.day; break;  // sub-day shifts keep the day
    case ast::Unit::Minute: case ast::Unit::Hour: break;
    case ast::Unit::Day: case ast::Unit::Night: out.day = v.day + days{n}; break;
    case ast::Unit::Week: case ast::Unit::Weekend: out.day = v.day + days{7 * n}; break;
    case ast::Unit::Fortnight: out.day = v.day + days{14 * n}; break;
    case ast::Unit::Month: shift_months(n); break;
    case ast::Unit::Quarter: shift_months(3 * n); break;
    case ast::Unit::Half: shift_months(6 * n); break;
    case ast::Unit::Year: shift_months(12 * n); break;
    case ast::Unit::Decade: shift_months(120 * n); break;
    case ast::Unit::Century: shift_months(1200 * n); break;
    case ast::Unit::None: break;
  }
  return out;
}

}  // namespace parley::engine
