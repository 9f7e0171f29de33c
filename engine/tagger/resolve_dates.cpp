// Dates and times: what the text writes out, completed from the DCT only where a part is
// missing (a year, or the day of a clock time).
#include <fmt/format.h>

#include "engine/tagger/holidays.hpp"
#include "engine/tagger/resolver.hpp"
#include "engine/tagger/zones.hpp"

namespace parley::engine {

using date::days;
using date::sys_days;
using E = ast::Expression;
constexpr int absent = ast::absent;

namespace {

bool valid_day(int y, int m, int d) {
  return date::year_month_day{date::year{y}, date::month{unsigned(m)}, date::day{unsigned(d)}}.ok();
}

std::string xx_weekday(int wd) { return fmt::format("XXXX-WXX-{}", wd); }

// Day `d` of a month, or the month's last day when it has fewer ("Feb. 29" in a common year,
// "April 31", "the last day of February" written as day 31).
sys_days clamped_day(int y, int m, int d) {
  const auto ymd = date::year{y} / date::month{unsigned(m)} / date::day{unsigned(d)};
  return ymd.ok() ? sys_days{ymd} : sys_days{date::year{y} / date::month{unsigned(m)} / date::last};
}

}  // namespace

// The day named by a month/day/year, a weekday, a holiday or "today"/"yesterday"/"tomorrow".
std::optional<CalendarValue> Resolver::day_of(const E& e, Tense tense, Basis& basis) const {
  if (e.deixis == ast::Deixis::Today || e.deixis == ast::Deixis::Yesterday || e.deixis == ast::Deixis::Tomorrow ||
      e.deixis == ast::Deixis::Tonight) {
    if (!has_dct()) return std::nullopt;
    basis = Basis::Dct;
    const int offset = e.deixis == ast::Deixis::Yesterday ? -1 : e.deixis == ast::Deixis::Tomorrow ? 1 : 0;
    return day_value(dct_day() + days{offset});
  }
  if (e.month != absent && e.day != absent) {
    if (e.year != absent) {
      const int y = widen_two_digit_year(e.year);
      if (!valid_day(y, e.month, e.day)) {
        if (e.rule != std::string_view("the-first-day-of-month") || e.month < 1 || e.month > 12) return std::nullopt;
        basis = Basis::Explicit;  // "the last day of April 2021"
        return day_value(clamped_day(y, e.month, e.day));
      }
      basis = Basis::Explicit;
      return day_value(sys_days{date::year{y} / e.month / e.day});
    }
    if (!has_dct()) return std::nullopt;
    basis = tense == Tense::Unknown ? Basis::Dct : Basis::Tense;
    return place_in_year([&](int y) {
      return day_value(clamped_day(y, e.month, e.day));
    }, tense);
  }
  if (e.holiday) {
    if (e.year != absent) {
      basis = Basis::Explicit;
      return day_value(holiday_in(e.holiday_id, widen_two_digit_year(e.year)));
    }
    if (!has_dct()) return std::nullopt;
    basis = tense == Tense::Unknown ? Basis::Dct : Basis::Tense;
    return place_in_year([&](int y) { return day_value(holiday_in(e.holiday_id, y)); }, tense);
  }
  if (e.weekday != absent) {
    if (!has_dct()) return std::nullopt;
    basis = Basis::Tense;
    return day_value(place_weekday(e.weekday, tense));
  }
  return std::nullopt;
}

ResolvedTime Resolver::resolve_date(const Mention& m) {
  const E& e = m.expr;
  const Tense tense = tense_of(m);
  const auto anchor_name = [&](Basis b) { return b == Basis::Explicit ? std::string("none") : std::string("dct"); };

  if (e.decade != absent) {
    int decade = e.decade;
    if (e.two_digit_year) decade = widen_two_digit_year(e.decade * 10) / 10;
    // "the 1800s", "the early 1900s" name a century; "the 2000s" is read as the decade, as
    // current usage has it.
    if (!e.two_digit_year && decade % 10 == 0 && decade < 200)
      return placed(century_value(decade / 10), Basis::Explicit, "none");
    return placed(decade_value(decade), Basis::Explicit, "none");  // TIMEX3 spells the 1990s "199"
  }
  if (e.century != absent) return placed(century_value(e.century - 1), Basis::Explicit, "none");

  // Periods of a year: quarters, halves, seasons. Without a year, financial news means the
  // latest such period that has begun by the DCT (or the coming one in a future clause).
  if (e.quarter != absent || e.half != absent || e.season != ast::Season::None) {
    // "the 1988 period": the quarter being reported (the one last named, or the last ended).
    int quarter = e.quarter;
    if (quarter == 0) {
      const auto period = reporting_period(Granularity::Quarter);
      const CalendarValue reported = period ? period->value : quarter_value(2000, 1);
      quarter = static_cast<int>((reported.month() - 1) / 3 + 1);
    }
    auto make = [&](int y) {
      if (e.quarter != absent) return quarter_value(y, quarter);
      if (e.half != absent) return half_value(y, e.half);
      return season_value(y, e.season);
    };
    if (e.year != absent) return placed(make(widen_two_digit_year(e.year)), Basis::Explicit, "none");
    if (!has_dct()) {
      const CalendarValue v = make(2000);
      return unresolved("XXXX" + timex_value(v).substr(4), v.gran);
    }
    const Tense t = tense == Tense::Future ? Tense::Future : Tense::Past;
    return placed(place_in_year(make, t), Basis::Dct, "dct");
  }

  // "April 24 and 25": the month and year of the day just named.
  if (e.rule == std::string_view("range-second-day")) {
    if (reference_ && reference_->value.gran == Granularity::Day) {
      const auto ymd = reference_->value.ymd();
      const date::year_month_day d{ymd.year(), ymd.month(), date::day{unsigned(e.day)}};
      if (d.ok()) return placed(day_value(date::sys_days{d}), Basis::PreviousTime, reference_->id);
    }
    return unresolved(fmt::format("XXXX-XX-{:02}", e.day), Granularity::Day);
  }
  // "on the 22nd": the month the narrative is in (a day or month placed before), else the DCT's
  if (e.rule == std::string_view("the-ordinal-day")) {
    std::optional<date::year_month> ym;
    std::string anchor = "dct";
    if (reference_ && reference_->value.gran <= Granularity::Month) {
      ym = date::year_month{reference_->value.ymd().year(), reference_->value.ymd().month()};
      anchor = reference_->id;
    } else if (has_dct()) {
      ym = date::year_month{date::year_month_day{dct_day()}.year(), date::year_month_day{dct_day()}.month()};
    }
    if (!ym) return unresolved(fmt::format("XXXX-XX-{:02}", e.day), Granularity::Day);
    const date::year_month_day d{ym->year(), ym->month(), date::day{unsigned(e.day)}};
    if (!d.ok()) return unresolved(fmt::format("XXXX-XX-{:02}", e.day), Granularity::Day);
    return placed(day_value(sys_days{d}), anchor == "dct" ? Basis::Dct : Basis::PreviousTime, anchor);
  }
  // "last Dec. 1" is the latest before the DCT, "next June 19" the first after it, "this May
  // 29" the one in the DCT's year, whatever the clause's tense.
  if (e.rule == std::string_view("shifted-month-day") && has_dct()) {
    const sys_days today = dct_day();
    const int y = static_cast<int>(date::year_month_day{today}.year());
    auto on = [&](int year) { return clamped_day(year, e.month, e.day); };
    sys_days d = on(y);
    if (e.shift == ast::Shift::Last && d >= today) d = on(y - 1);
    if (e.shift == ast::Shift::Next && d <= today) d = on(y + 1);
    return placed(day_value(d), Basis::Dct, "dct");
  }
  // "the third Monday in January", "the last Thursday of November 2021": the weekday's n-th
  // (or last) day in the month; without a year, the year the clause's tense places it in. A
  // fifth weekday the month lacks is its last.
  if (e.rule == std::string_view("nth-weekday-of-month") && e.month >= 1 && e.month <= 12) {
    const auto nth = [&](int y) {
      const date::year_month ym{date::year{y}, date::month{unsigned(e.month)}};
      const date::weekday wd{unsigned(e.weekday % 7)};
      const date::year_month_weekday d{ym.year(), ym.month(), wd[unsigned(e.ordinal > 0 ? e.ordinal : 1)]};
      if (e.ordinal > 0 && d.ok()) return day_value(sys_days{d});
      return day_value(sys_days{date::year_month_weekday_last{ym.year(), ym.month(), date::weekday_last{wd}}});
    };
    if (e.year != absent) return placed(nth(widen_two_digit_year(e.year)), Basis::Explicit, "none");
    if (!has_dct()) return unresolved(fmt::format("XXXX-{:02}-XX", e.month), Granularity::Day);
    // A rule stated in the present ("standard time returns the last Sunday in October") is
    // this year's; only a tense moves it to the year before or after.
    if (tense == Tense::Unknown || tense == Tense::Present)
      return placed(nth(static_cast<int>(date::year_month_day{dct_day()}.year())), Basis::Dct, "dct");
    return placed(place_in_year(nth, tense), Basis::Tense, "dct");
  }
  // Days: a weekday alone, a month and day, a holiday ("the week of March 6": its week).
  if (e.day != absent || e.weekday != absent || e.holiday) {
    Basis basis = Basis::Explicit;
    if (auto v = day_of(e, tense, basis)) {
      if (e.unit == ast::Unit::Week) *v = week_value(v->day);
      return placed(*v, basis, anchor_name(basis));
    }
    if (e.month != absent && e.day != absent && e.year == absent)
      return unresolved(fmt::format("XXXX-{:02}-{:02}", e.month, e.day), Granularity::Day);
    if (e.weekday != absent && e.month == absent) return unresolved(xx_weekday(e.weekday), Granularity::Day);
    return unresolved("XXXX-XX-XX", Granularity::Day);
  }

  if (e.month != absent) {
    if (e.year != absent) return placed(month_value(widen_two_digit_year(e.year), unsigned(e.month)), Basis::Explicit, "none");
    if (!has_dct()) return unresolved(fmt::format("XXXX-{:02}", e.month), Granularity::Month);
    const Basis b = tense == Tense::Unknown ? Basis::Dct : Basis::Tense;
    return placed(place_in_year([&](int y) { return month_value(y, unsigned(e.month)); }, tense), b, "dct");
  }

  if (e.year != absent) return placed(year_value(widen_two_digit_year(e.year)), Basis::Explicit, "none");
  return unresolved("XXXX-XX-XX", Granularity::Unknown);
}

void Resolver::apply_zone(ResolvedTime& r, int zone_id) const {
  if (zone_id == absent) return;
  if (!r.earliest || !r.latest) {
    // No day (no DCT): the zone as written; a generic name has no offset without a date
    const ZoneReading z = read_zone(zone_id, std::nullopt);
    r.zone = z.name;
    r.utc_offset_minutes = z.offset_minutes;
    return;
  }
  const ZoneReading z = read_zone(zone_id, date::local_seconds{r.earliest->time_since_epoch()});
  r.zone = z.name;
  r.utc_offset_minutes = z.offset_minutes;
  if (!z.offset_minutes) return;
  const std::chrono::minutes offset{*z.offset_minutes};
  r.earliest_utc = *r.earliest - offset;
  r.latest_utc = *r.latest - offset;
  // The document's other times are on the DCT's clock: "1300 GMT" in a story dated
  // 09:00-05:00 is 08:00 there.
  if (!has_dct()) return;
  if (const auto dct_offset = dct_offset_minutes(*dct_)) {
    r.earliest = *r.earliest_utc + std::chrono::minutes{*dct_offset};
    r.latest = *r.latest_utc + std::chrono::minutes{*dct_offset};
  }
}

ResolvedTime Resolver::resolve_time(const Mention& m) {
  ResolvedTime r = resolve_clock_or_part(m);
  apply_zone(r, m.expr.zone);
  return r;
}

ResolvedTime Resolver::resolve_clock_or_part(const Mention& m) {
  const E& e = m.expr;
  const Tense tense = tense_of(m);
  Basis basis = Basis::Explicit;
  std::optional<CalendarValue> day;
  if (e.year != absent && e.month != absent && e.day != absent && e.weekday == absent && e.deixis == ast::Deixis::None) {
    const int y = widen_two_digit_year(e.year);
    if (valid_day(y, e.month, e.day)) day = day_value(sys_days{date::year{y} / e.month / e.day});
  } else {
    day = day_of(e, tense, basis);
  }
  // A clock time alone is on the day the narrative is at, the DCT's day by default.
  const bool written_day = day.has_value() || e.weekday != absent || e.month != absent || e.deixis != ast::Deixis::None;
  if (!day && !written_day) {
    if (reference_ && reference_->value.gran <= Granularity::Day) {
      basis = Basis::PreviousTime;
      day = day_value(reference_->value.day);
      // "talks went on through Wednesday night until 6 a.m.": a night runs into the next
      // morning, and a morning hour after it is on the next day.
      const ast::PartOfDay night = reference_->value.part_of_day;
      const bool morning = (e.hour != absent && e.hour < 12) || (e.hour == absent && e.part_of_day == ast::PartOfDay::Morning);
      if ((night == ast::PartOfDay::Night || night == ast::PartOfDay::Overnight) && morning)
        day = day_value(reference_->value.day + days{1});
    } else if (has_dct()) {
      basis = Basis::Dct;
      day = day_value(dct_day());
      // "will leave at 4 in the morning": a time already past on the DCT's day (or, without a
      // time of day, a small-hours time in a future clause) is the next day's.
      const bool passed = dct_->has_time_of_day ? e.hour != absent && Instant{dct_day()} + std::chrono::hours{e.hour} < dct_->instant
                                                : e.hour != absent && e.hour < 6;
      if (tense == Tense::Future && passed) day = day_value(dct_day() + days{1});
      // "the ceasefire took effect at midnight": the midnight that began the DCT's day, which
      // TimeML writes as T24:00 of the day before.
      if (tense == Tense::Past && (e.part_of_day == ast::PartOfDay::Midnight || e.hour == 24))
        day = day_value(dct_day() - days{1});
    }
  }
  if (e.part_of_day == ast::PartOfDay::Overnight && has_dct() && e.weekday == absent && e.deixis == ast::Deixis::None) {
    // "overnight" in a news report: the night before the DCT's day.
    day = day_value(dct_day() - days{1});
    basis = Basis::Dct;
  }
  if (e.deixis == ast::Deixis::Tonight && e.part_of_day == ast::PartOfDay::None && day) {
    return placed(part_of_day_value(day->day, ast::PartOfDay::Night), Basis::Dct, "dct", TimexType::Time);
  }
  const std::string anchor = basis == Basis::Explicit ? "none" : basis == Basis::PreviousTime ? reference_->id : "dct";
  // A named day with a part of day ("Wednesday evening") is typed DATE, as TimeBank and
  // AQUAINT annotate it three times out of four; "this morning", "tonight" are TIME.
  const TimexType pod_type = (e.weekday != absent || e.month != absent) ? TimexType::Date : TimexType::Time;

  if (!day) {
    std::string prefix = "XXXX-XX-XX";
    if (e.weekday != absent) prefix = xx_weekday(e.weekday);
    if (e.hour != absent) {
      return unresolved(fmt::format("{}T{:02}:{:02}", prefix, e.hour, e.minute == absent ? 0 : e.minute),
                        Granularity::Minute, TimexType::Time);
    }
    const CalendarValue probe = part_of_day_value(sys_days{}, e.part_of_day);
    return unresolved(prefix + timex_value(probe).substr(10), Granularity::PartOfDay, pod_type);
  }
  if (e.hour != absent) {
    // "2 a.m. last night", "Monday night at 1:30": a night's small hours are on the next day
    const sys_days on = e.part_of_day == ast::PartOfDay::Night && e.hour < 6 ? day->day + days{1} : day->day;
    CalendarValue v = clock_value(on, e.hour, e.minute == absent ? 0 : e.minute, e.second);
    if (e.minute == absent) v.gran = Granularity::Minute;  // "10 a.m." is written T10:00
    ResolvedTime r = placed(v, basis, anchor, TimexType::Time);
    if (e.part_of_day == ast::PartOfDay::Noon) r.latest = r.earliest;  // noon is an instant
    return r;
  }
  if (e.part_of_day == ast::PartOfDay::Midnight || e.hour == 24) {
    // TimeML writes midnight as T24:00 of the day that ends; it is the first instant of the next.
    ResolvedTime r = placed(clock_value(day->day, 0, 0, absent), basis, anchor, TimexType::Time);
    r.value = timex_value(day_value(day->day)) + "T24:00";
    r.earliest = r.latest = Instant{day->day + days{1}};
    return r;
  }
  if (e.rule == std::string_view("twilight")) {
    // "at dawn", "by dusk": TimeML has no value of their own, so the value is the morning's or
    // the evening's; the bounds are the hours the light changes in over the year at the
    // latitudes news comes from (dawn 04:00-07:59, dusk 16:00-21:59).
    ResolvedTime r = placed(part_of_day_value(day->day, e.part_of_day), basis, anchor, pod_type);
    const bool morning = e.part_of_day == ast::PartOfDay::Morning;
    r.earliest = Instant{day->day} + std::chrono::hours{morning ? 4 : 16};
    r.latest = *r.earliest + std::chrono::hours{morning ? 4 : 6} - std::chrono::seconds{1};
    return r;
  }
  if (e.part_of_day != ast::PartOfDay::None)
    return placed(part_of_day_value(day->day, e.part_of_day), basis, anchor, pod_type);
  return placed(*day, basis, anchor, TimexType::Date);
}

}  // namespace parley::engine
