// Relative expressions: deictic ones count from the DCT, anaphoric ones from the reference time
// the narrative has reached. Without an anchor their values stay relative.
#include <fmt/format.h>

#include "engine/tagger/holidays.hpp"
#include "engine/tagger/resolver.hpp"

namespace parley::engine {

using date::days;
using date::sys_days;
using E = ast::Expression;
using S = ast::Shift;
constexpr int absent = ast::absent;

namespace {

// TimeML's duration letters for a unit ("PXY", "P3D", "PT5H").
std::string unit_letter(ast::Unit u) {
  switch (u) {
    case ast::Unit::Second: return "S";
    case ast::Unit::Minute: return "M";
    case ast::Unit::Hour: return "H";
    case ast::Unit::Day: case ast::Unit::Night: return "D";
    case ast::Unit::Week: case ast::Unit::Fortnight: return "W";
    case ast::Unit::Weekend: return "WE";
    case ast::Unit::Month: return "M";
    case ast::Unit::Quarter: return "M";  // "recent quarters": months, as for durations
    case ast::Unit::Half: return "H";
    case ast::Unit::Year: return "Y";
    case ast::Unit::Decade: return "DE";
    case ast::Unit::Century: return "CE";
    case ast::Unit::None: break;
  }
  return "X";
}

bool sub_day(ast::Unit u) { return u == ast::Unit::Second || u == ast::Unit::Minute || u == ast::Unit::Hour; }

std::chrono::seconds unit_seconds(ast::Unit u) {
  using namespace std::chrono;
  switch (u) {
    case ast::Unit::Second: return seconds{1};
    case ast::Unit::Minute: return minutes{1};
    case ast::Unit::Hour: return hours{1};
    case ast::Unit::Day: case ast::Unit::Night: return days{1};
    case ast::Unit::Week: case ast::Unit::Weekend: return days{7};
    case ast::Unit::Fortnight: return days{14};
    case ast::Unit::Month: return days{30};
    case ast::Unit::Quarter: return days{91};
    case ast::Unit::Half: return days{182};
    case ast::Unit::Year: return days{365};
    case ast::Unit::Decade: return days{3652};
    case ast::Unit::Century: return days{36524};
    case ast::Unit::None: break;
  }
  return days{1};
}

// How far back "recent weeks" and forward "the coming days" reach, in units: a documented
// convention, not a fact of the text.
constexpr int vague_reach = 6;

}  // namespace

std::string vague_duration_value(ast::Unit u) {
  return (sub_day(u) ? "PTX" : "PX") + unit_letter(u);
}

std::optional<Resolver::Reference> Resolver::reporting_period(Granularity g) const {
  // A period the text named counts when it is recent: a report compares its period with the
  // same one a year before, and "the 1988 period" must not become the period being reported.
  if (reference_ && reference_->value.gran == g) {
    if (!has_dct()) return reference_;
    const auto [lo, hi] = bounds(reference_->value);
    if (hi >= dct_->instant - days{300} && lo <= dct_->instant + days{92}) return reference_;
  }
  if (!has_dct()) return std::nullopt;
  return Reference{latest_complete(g), "dct"};
}

bool Resolver::followed_by_ended(std::size_t end) const {
  std::size_t b = end;
  while (b < text_.size() && (text_[b] == ' ' || text_[b] == '\n')) ++b;
  const std::string_view rest = text_.substr(b, 7);
  return rest.starts_with("ended") || rest.starts_with("ending");
}

CalendarValue Resolver::latest_complete(Granularity g) const {
  const CalendarValue current = containing(dct_day(), g);
  return containing(current.day - days{1}, g);
}

ResolvedTime Resolver::resolve_deictic(const Mention& m) {
  const E& e = m.expr;
  const Tense tense = tense_of(m);
  using D = ast::Deixis;

  // Reference tokens: PRESENT_REF, PAST_REF, FUTURE_REF.
  auto token = [&](const char* value, int lo_days, int hi_days, bool lower_open, bool upper_open) {
    ResolvedTime r = unresolved(value, Granularity::Unknown);
    if (has_dct()) {
      r.basis = Basis::Dct;
      r.anchor = "dct";
      const Instant t = dct_->instant;
      if (!lower_open) r.earliest = Instant{dct_day() + days{lo_days}};
      if (!upper_open) r.latest = Instant{dct_day() + days{hi_days}} + std::chrono::hours{24} - std::chrono::seconds{1};
      if (lower_open && !upper_open) r.latest = dct_latest();
      if (upper_open && !lower_open) r.earliest = t;
    }
    return r;
  };
  switch (e.deixis) {
    case D::Now: case D::Currently: case D::Nowadays: case D::Present: return token("PRESENT_REF", 0, 0, false, false);
    case D::Recently: case D::Lately: case D::Past: case D::Formerly: return token("PAST_REF", 0, 0, true, false);
    case D::Future: case D::Soon: return token("FUTURE_REF", 0, 0, false, true);
    case D::Today: case D::Yesterday: case D::Tomorrow: case D::DayBeforeYesterday: case D::DayAfterTomorrow: {
      // "two weeks from tomorrow", "a week before yesterday": counted below, from that day
      if (e.shift == S::FromNow || e.rule == std::string_view("quantity-units-from-day")) break;
      if (!has_dct()) return unresolved("XXXX-XX-XX", Granularity::Day);
      const int offset = e.deixis == D::Yesterday ? -1 : e.deixis == D::Tomorrow ? 1
                       : e.deixis == D::DayBeforeYesterday ? -2 : e.deixis == D::DayAfterTomorrow ? 2 : 0;
      return placed(day_value(dct_day() + days{offset}), Basis::Dct, "dct");
    }
    default: break;
  }

  const Granularity g = granularity_of(e.unit);
  const int n = e.count == absent ? 1 : e.count;

  // "today is the eighth day of Desert Shield", "It's the second day of an offensive": the day
  // is today only when the clause says so (the tense reader does not read "it's").
  if (e.rule == std::string_view("ordinal-day-of")) {
    std::size_t b = m.begin;
    while (b > 0 && text_[b - 1] == ' ') --b;
    const std::string_view before = text_.substr(0, b);
    const bool today = tense == Tense::Present || before.ends_with("'s") || before.ends_with("\xE2\x80\x99s");
    if (today && has_dct()) return placed(day_value(dct_day()), Basis::Dct, "dct");
    return unresolved("XXXX-XX-XX", Granularity::Day);
  }
  // "the past decade" in 2013 is the ten years up to the DCT, not the 2000s: a length, as
  // "the past ten years" is ("the past year" stays the calendar year, as corpora annotate it).
  if (e.rule == std::string_view("the-past-unit") && (e.unit == ast::Unit::Decade || e.unit == ast::Unit::Century)) {
    Mention span = m;
    span.expr.shift = S::Past;
    span.expr.definite = true;
    return resolve_duration(span);
  }
  // "recent years": TimeML corpora annotate it as a past reference, not a length.
  if (e.shift == S::Past && e.unit == ast::Unit::Year && e.rule == std::string_view("recent-units")) {
    return token("PAST_REF", 0, 0, true, false);
  }
  // "recent weeks", "the coming days": vague spans before or after the DCT.
  if (e.shift == S::Past || e.shift == S::Coming) {
    ResolvedTime r = unresolved(vague_duration_value(e.unit), g, TimexType::Duration);
    if (has_dct()) {
      r.basis = Basis::Dct;
      r.anchor = "dct";
      const auto reach = unit_seconds(e.unit) * vague_reach;
      if (e.shift == S::Past) {
        r.earliest = dct_latest() - reach;
        r.latest = dct_latest();
        r.end_point = "t0";
      } else {
        r.earliest = dct_->instant;
        r.latest = dct_latest() + reach;
        r.begin_point = "t0";
      }
    }
    return r;
  }

  // "the year-ago quarter": the period being reported, a year back.
  if (e.rule == std::string_view("the-year-ago-unit") || e.rule == std::string_view("the-same-unit-a-year-back")) {
    if (e.quarter != absent && has_dct()) {
      const int y = static_cast<int>(date::year_month_day{dct_day()}.year()) - 1;
      return placed(quarter_value(y, e.quarter), Basis::Dct, "dct");
    }
    const auto period = reporting_period(g);
    if (!period) return unresolved("XXXX-XX-XX", g);
    return placed(shift(period->value, ast::Unit::Year, -1), period->id == "dct" ? Basis::Dct : Basis::PreviousTime,
                  period->id);
  }
  // "the latest quarter": the last one that has ended by the DCT, or the one the text is about.
  if (e.rule == std::string_view("the-latest-unit")) {
    auto period = reporting_period(g);
    // a period the text named that is still running ("a fourth-quarter charge" forecast in
    // November) is not the latest one reported: that is the last one ended
    if (period && period->id != "dct" && has_dct() && bounds(period->value).second > dct_latest())
      period = Reference{latest_complete(g), "dct"};
    if (!period) return unresolved("XXXX-XX-XX", g);
    return placed(period->value, period->id == "dct" ? Basis::Dct : Basis::PreviousTime, period->id);
  }

  // "two days ago", "a week from now", "year-earlier".
  if (e.shift == S::Ago || e.shift == S::FromNow) {
    const int sign = e.shift == S::Ago ? -1 : 1;
    // "three Fridays from now": the third Friday after the DCT's day; "two Mondays ago" the
    // second before it (the DCT's own weekday does not count).
    if (e.weekday != absent) {
      if (!has_dct()) return unresolved(fmt::format("XXXX-WXX-{}", e.weekday), Granularity::Day);
      const sys_days today = dct_day();
      const date::weekday wanted{unsigned(e.weekday % 7)}, have{today};
      const days gap = sign > 0 ? wanted - have : have - wanted;
      const days first = gap.count() == 0 ? days{7} : gap;
      return placed(day_value(today + sign * (first + days{7 * (n - 1)})), Basis::Dct, "dct");
    }
    // "two days before Christmas", "a week after Easter": counted from the holiday's day, the
    // one the clause's tense places
    if (e.holiday) {
      Basis basis = Basis::Dct;
      const auto day = day_of(e, tense, basis);
      if (!day) return unresolved("XXXX-XX-XX", g);
      CalendarValue v = shift(*day, e.unit, sign * n);
      if (g > Granularity::Week) v = containing(v.day, g);
      return placed(v, basis, basis == Basis::Explicit ? "none" : "dct");
    }
    // "a year ago" comparing periods in a report: the same period as the reference, a year back.
    const bool reporting = reference_ && (reference_->value.gran == Granularity::Quarter ||
                                          reference_->value.gran == Granularity::Half ||
                                          reference_->value.gran == Granularity::Month);
    // An approximation ("nearly a year ago") is no comparison of reported periods.
    if (e.unit == ast::Unit::Year && n == 1 && e.mod == ast::Modifier::None &&
        (reporting || (!reference_ && e.rule == std::string_view("year-ago")))) {
      if (const auto period = reporting_period(reporting ? reference_->value.gran : Granularity::Quarter))
        return placed(shift(period->value, ast::Unit::Year, sign), period->id == "dct" ? Basis::Dct : Basis::PreviousTime,
                      period->id);
    }
    if (e.vague_count) {
      ResolvedTime r = unresolved(sign < 0 ? "PAST_REF" : "FUTURE_REF", g);
      if (has_dct()) {
        r.basis = Basis::Dct;
        r.anchor = "dct";
        if (sign < 0) r.latest = dct_latest() - unit_seconds(e.unit); else r.earliest = dct_->instant + unit_seconds(e.unit);
      }
      return r;
    }
    if (!has_dct()) return unresolved(sign < 0 ? "PAST_REF" : "FUTURE_REF", g);
    if (sub_day(e.unit) && dct_->has_time_of_day) {
      // "three hours ago" from a DCT with a time of day is a clock time.
      const Instant t = dct_->instant + unit_seconds(e.unit) * (sign * n);
      const sys_days d = date::floor<days>(t);
      const auto tod = date::make_time(t - Instant{d});
      return placed(clock_value(d, static_cast<int>(tod.hours().count()), static_cast<int>(tod.minutes().count()), absent),
                    Basis::Dct, "dct", TimexType::Time);
    }
    if (sub_day(e.unit)) {
      // Without the DCT's time of day, the day: the DCT's for "three hours ago", two days on for
      // "48 hours from today".
      const auto whole_days = date::floor<days>(unit_seconds(e.unit) * n).count();
      ResolvedTime r = placed(day_value(dct_day() + days{sign * whole_days}), Basis::Dct, "dct");
      const Instant t = dct_->instant + unit_seconds(e.unit) * (sign * n);
      r.earliest = t - unit_seconds(e.unit) / 2;
      r.latest = t + unit_seconds(e.unit) / 2;
      return r;
    }
    // "two weeks from tomorrow": counted from the day the word names
    const int from_day = e.deixis == ast::Deixis::Tomorrow ? 1 : e.deixis == ast::Deixis::Yesterday ? -1 : 0;
    const CalendarValue today = day_value(dct_day() + days{from_day});
    CalendarValue v = shift(today, e.unit, sign * n);
    // "a decade ago" names a year, not a decade; "two weeks ago" a day, as TimeML corpora do.
    if (e.unit == ast::Unit::Decade || e.unit == ast::Unit::Century) v = containing(v.day, Granularity::Year);
    else if (g > Granularity::Week) v = containing(v.day, g);
    return placed(v, Basis::Dct, "dct");
  }

  // "this week", "last year", "next Friday", "last November", "this summer", "the quarter".
  if (e.shift == S::This || e.shift == S::Last || e.shift == S::Next || e.season != ast::Season::None) {
    const int step = (e.shift == S::Last ? -1 : e.shift == S::Next ? 1 : 0) *
                     (e.rule == std::string_view("the-unit-after-next") ? 2 : 1);
    if (e.weekday != absent) {
      if (!has_dct()) return unresolved(fmt::format("XXXX-WXX-{}", e.weekday), Granularity::Day);
      const sys_days today = dct_day();
      const date::weekday wanted{unsigned(e.weekday % 7)}, have{today};
      sys_days d;
      if (step < 0) d = today - ((have - wanted).count() == 0 ? days{7} : (have - wanted));
      else if (step > 0) d = today + ((wanted - have).count() == 0 ? days{7} : (wanted - have));
      else d = week_value(today).day + (wanted - date::Monday);
      return placed(day_value(d), Basis::Dct, "dct");
    }
    if (e.quarter != absent && e.unit == ast::Unit::Year) {
      // "this year's third quarter", "last year's quarter": the quarter (or the one being
      // reported) of the year the shift names
      if (!has_dct()) return unresolved(fmt::format("XXXX-Q{}", e.quarter == 0 ? 'X' : char('0' + e.quarter)), Granularity::Quarter);
      int q = e.quarter;
      if (q == 0) {
        const auto period = reporting_period(Granularity::Quarter);
        q = period ? static_cast<int>((period->value.month() - 1) / 3 + 1) : 1;
      }
      const int y = static_cast<int>(date::year_month_day{dct_day()}.year()) + step;
      return placed(quarter_value(y, q), Basis::Dct, "dct");
    }
    if (e.half != absent && e.unit == ast::Unit::Year) {
      // "the second half of last year"
      if (!has_dct()) return unresolved(fmt::format("XXXX-H{}", e.half), Granularity::Half);
      const int y = static_cast<int>(date::year_month_day{dct_day()}.year()) + step;
      return placed(half_value(y, e.half), Basis::Dct, "dct");
    }
    if (e.month != absent && e.unit == ast::Unit::Year) {
      // "June last year": the month of the year the shift names.
      if (!has_dct()) return unresolved(fmt::format("XXXX-{:02}", e.month), Granularity::Month);
      const int y = static_cast<int>(date::year_month_day{dct_day()}.year()) + step;
      return placed(month_value(y, unsigned(e.month)), Basis::Dct, "dct");
    }
    if (e.month != absent || e.holiday || e.season != ast::Season::None) {
      auto make = [&](int y) {
        if (e.month != absent) return month_value(y, unsigned(e.month));
        if (e.holiday) return day_value(holiday_in(e.holiday_id, y));
        return season_value(y, e.season);
      };
      if (!has_dct()) {
        const CalendarValue probe = make(2000);
        return unresolved("XXXX" + timex_value(probe).substr(4), probe.gran);
      }
      const Instant t = dct_->instant;
      const int y = static_cast<int>(date::year_month_day{dct_day()}.year());
      CalendarValue v = make(y);
      if (step < 0) {
        // The latest one that ended before the DCT's period.
        for (int k = 1; k >= -2; --k) {
          v = make(y + k);
          if (bounds(v).second < t) break;
        }
      } else if (step > 0) {
        for (int k = -1; k <= 2; ++k) {
          v = make(y + k);
          if (bounds(v).first > t) break;
        }
      } else if (e.shift == S::None) {
        // A bare season ("summer"): placed by tense like a bare month.
        v = place_in_year(make, tense);
      } else if (e.season == ast::Season::Winter && date::year_month_day{dct_day()}.month() < date::March) {
        v = make(y - 1);  // "this winter" in February is the winter that began in December
      }
      return placed(v, Basis::Dct, "dct");
    }
    if (g == Granularity::Unknown) return unresolved("XXXX-XX-XX", g);
    // "the year ended March 31": a fiscal year named by its last day is a length of time in
    // reports, as TimeML corpora annotate it; the date that ends it is its own expression.
    if (e.unit == ast::Unit::Year && e.definite && followed_by_ended(m.end)) {
      ResolvedTime r;
      r.type = TimexType::Duration;
      r.value = "P1Y";
      r.granularity = Granularity::Year;
      r.basis = Basis::Explicit;
      return r;
    }
    // "the quarter", "this quarter": in a report, the quarter being reported: the one the text
    // last named, else the last one that has ended.
    // "this quarter's loss" (a past clause) is that quarter too.
    if ((g == Granularity::Quarter || g == Granularity::Half) && e.shift == S::This &&
        (e.rule == std::string_view("the-unit") || (tense == Tense::Past && e.rule == std::string_view("this-period")))) {
      if (const auto period = reporting_period(g))
        return placed(period->value, period->id == "dct" ? Basis::Dct : Basis::PreviousTime, period->id);
    }
    // "the week", "the year": the period of the reference time when the narrative has one.
    const bool narrative_period = e.definite && e.shift == S::This && m.expr.rule == std::string_view("the-unit") &&
                                  reference_ && reference_->value.gran <= g;
    // "the weekend" in a past clause is the last one up to its day (the reference's, else the
    // DCT's), in a future clause the next one.
    if (g == Granularity::Weekend && e.shift == S::This && (narrative_period || has_dct())) {
      const sys_days day = narrative_period ? reference_->value.day : dct_day();
      const unsigned iso = date::weekday{day}.iso_encoding();
      CalendarValue v = weekend_value(day);
      if (iso < 6 && tense != Tense::Future) v = weekend_value(day - days{7});
      return narrative_period ? placed(v, Basis::PreviousTime, reference_->id) : placed(v, Basis::Tense, "dct");
    }
    if (narrative_period) return placed(containing(reference_->value.day, g), Basis::PreviousTime, reference_->id);
    if (!has_dct()) {
      const CalendarValue probe = containing(sys_days{date::year{2000} / 1 / 3}, g);
      std::string v = timex_value(probe);
      for (char& c : v)
        if (c >= '0' && c <= '9') c = 'X';
      return unresolved(v, g);
    }
    CalendarValue v = containing(dct_day(), g);
    // "heat bears down this week", written on a Sunday: the week that starts tomorrow.
    if (step == 0 && g == Granularity::Week && tense == Tense::Future &&
        date::weekday{dct_day()} == date::Sunday)
      v = containing(dct_day() + days{1}, g);
    if (step != 0) v = containing(shift(v, e.unit, step).day, g);
    if (e.unit == ast::Unit::Day) v = day_value(dct_day() + days{step});
    return placed(v, Basis::Dct, "dct");
  }

  return unresolved("XXXX-XX-XX", Granularity::Unknown);
}

ResolvedTime Resolver::resolve_anaphoric(const Mention& m) {
  const E& e = m.expr;
  if (e.rule == std::string_view("that-season")) {
    // the season of the year the narrative is in (a year, or anything finer, placed before)
    if (reference_ && reference_->value.gran <= Granularity::Year)
      return placed(season_value(reference_->value.year(), e.season), Basis::PreviousTime, reference_->id);
    if (!has_dct()) return unresolved("XXXX" + timex_value(season_value(2000, e.season)).substr(4), Granularity::Season);
    return placed(season_value(date::year_month_day{dct_day()}.year().operator int(), e.season), Basis::Dct, "dct");
  }
  const Granularity g = e.unit != ast::Unit::None ? granularity_of(e.unit) : Granularity::PartOfDay;
  // "the weeks before the shooting": counted from an event, not from a time; the tagger does
  // not know when the event was, so the value stays relative and places nothing
  if (e.rule == std::string_view("units-before-event"))
    return unresolved(e.shift == S::Earlier ? "PAST_REF" : "FUTURE_REF", g);
  const bool counted = e.rule == std::string_view("quantity-units-later");
  const auto ref = anchor_for(sub_day(e.unit) ? Granularity::Day : g, counted);
  if (!ref) return unresolved(e.shift == S::Earlier || e.shift == S::Last ? "PAST_REF" : "FUTURE_REF", g);
  const Basis basis = ref->id == "dct" ? Basis::Dct : Basis::PreviousTime;
  const CalendarValue& anchor = ref->value;

  // "that evening", "the same day", "later that month", "the next morning".
  if (e.unit == ast::Unit::None && e.part_of_day != ast::PartOfDay::None) {
    const int step = e.shift == S::Next ? 1 : e.shift == S::Last ? -1 : 0;
    return placed(part_of_day_value(anchor.day + days{step}, e.part_of_day), basis, ref->id, TimexType::Time);
  }

  // "the previous Friday", "the following Monday": the nearest one before or after the anchor.
  if (e.weekday != absent) {
    const date::weekday wanted{unsigned(e.weekday % 7)}, have{anchor.day};
    sys_days d = e.shift == S::Last ? anchor.day - ((have - wanted).count() == 0 ? days{7} : (have - wanted))
                                    : anchor.day + ((wanted - have).count() == 0 ? days{7} : (wanted - have));
    return placed(day_value(d), basis, ref->id);
  }
  if (e.shift == S::This || e.shift == S::Next || e.shift == S::Last) {
    const int step = e.shift == S::Next ? 1 : e.shift == S::Last ? -1 : 0;
    CalendarValue v = containing(anchor.day, g);
    if (step != 0) v = containing(shift(v, e.unit, step).day, g);
    return placed(v, basis, ref->id);
  }

  // "two days later", "hours earlier", "a year earlier".
  const int sign = e.shift == S::Earlier ? -1 : 1;
  const auto [lo, hi] = bounds(anchor);
  // "three hours later" than a clock time is a clock time.
  if (sub_day(e.unit) && !e.vague_count && anchor.gran <= Granularity::Hour && anchor.hour != absent) {
    const int n = (e.count == absent ? 1 : e.count) * sign;
    const Instant t = Instant{anchor.day} + std::chrono::hours{anchor.hour} +
                      std::chrono::minutes{anchor.minute == absent ? 0 : anchor.minute} + unit_seconds(e.unit) * n;
    const sys_days d = date::floor<days>(t);
    const auto tod = date::make_time(t - Instant{d});
    return placed(clock_value(d, static_cast<int>(tod.hours().count()), static_cast<int>(tod.minutes().count()), absent),
                  basis, ref->id, TimexType::Time);
  }
  if (e.vague_count || sub_day(e.unit)) {
    // The value keeps the anchor's day; the interval says how far the text allows it to move:
    // "hours earlier" is 1 to 23 hours before the anchor.
    const auto unit = unit_seconds(e.unit);
    const int min_n = e.vague_count ? 1 : (e.count == absent ? 1 : e.count);
    const int max_n = e.vague_count ? (e.unit == ast::Unit::Hour ? 23 : e.unit == ast::Unit::Minute ? 59 : vague_reach)
                                    : min_n;
    ResolvedTime r;
    if (sub_day(e.unit) && anchor.gran <= Granularity::Day) {
      r = placed(day_value(anchor.day), basis, ref->id);
    } else {
      r = unresolved(sign < 0 ? "PAST_REF" : "FUTURE_REF", g);
      r.basis = basis;
      r.anchor = ref->id;
    }
    if (sign < 0) {
      r.earliest = lo - unit * max_n;
      r.latest = hi - unit * min_n;
    } else {
      r.earliest = lo + unit * min_n;
      r.latest = hi + unit * max_n;
    }
    return r;
  }
  const int n = (e.count == absent ? 1 : e.count) * sign;
  CalendarValue v = shift(anchor, e.unit, n);
  if (v.gran < Granularity::Day) v = day_value(v.day);
  return placed(v, basis, ref->id);
}

}  // namespace parley::engine
