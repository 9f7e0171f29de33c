// Dispatch to the family resolvers, the helpers they share, and reference-time tracking.
#include "engine/tagger/resolver.hpp"

#include <fmt/format.h>

namespace parley::engine {

using date::days;
using date::sys_days;

std::string_view timex_mod(ast::Modifier m) {
  switch (m) {
    case ast::Modifier::Start: return "START";
    case ast::Modifier::Mid: return "MID";
    case ast::Modifier::End: return "END";
    case ast::Modifier::Approx: return "APPROX";
    case ast::Modifier::MoreThan: return "MORE_THAN";
    case ast::Modifier::LessThan: return "LESS_THAN";
    case ast::Modifier::EqualOrLess: return "EQUAL_OR_LESS";
    case ast::Modifier::EqualOrMore: return "EQUAL_OR_MORE";
    case ast::Modifier::Before: return "BEFORE";
    case ast::Modifier::After: return "AFTER";
    case ast::Modifier::None: break;
  }
  return "";
}

Resolver::Resolver(std::string_view text, const std::optional<Dct>& dct) : text_(text), dct_(dct) {}

sys_days Resolver::dct_day() const { return date::floor<days>(dct_->instant); }

// A DCT given as a date stands for its whole day: "recent weeks" reach to its end.
Instant Resolver::dct_latest() const {
  return dct_->has_time_of_day ? dct_->instant : Instant{dct_day() + days{1}} - std::chrono::seconds{1};
}

Tense Resolver::tense_of(const Mention& m) const { return clause_tense(text_, m.begin, m.end); }

ResolvedTime Resolver::placed(const CalendarValue& v, Basis basis, std::string anchor, TimexType type) const {
  last_value_ = v;
  ResolvedTime r;
  r.type = type;
  r.value = timex_value(v);
  auto [lo, hi] = bounds(v);
  r.earliest = lo;
  r.latest = hi;
  r.granularity = v.gran;
  r.basis = basis;
  r.anchor = std::move(anchor);
  return r;
}

ResolvedTime Resolver::unresolved(std::string value, Granularity g, TimexType type) const {
  ResolvedTime r;
  r.type = type;
  r.value = std::move(value);
  r.granularity = g;
  r.basis = Basis::Unresolved;
  r.anchor = "none";
  return r;
}

int Resolver::widen_two_digit_year(int yy) const {
  if (yy >= 100) return yy;
  if (!has_dct()) return yy > 30 ? 1900 + yy : 2000 + yy;
  const int dct_year = static_cast<int>(date::year_month_day{dct_day()}.year());
  int y = dct_year / 100 * 100 + yy;
  if (y > dct_year + 10) y -= 100;  // "'98" in a 2003 article is 1998
  return y;
}

CalendarValue Resolver::place_in_year(const std::function<CalendarValue(int)>& candidate, Tense tense) const {
  if (restated_) {
    // An apposition names a part of the time just placed: the year that puts it inside (or
    // nearest to) that time, within half a year of it.
    const int y = static_cast<int>(date::year_month_day{date::floor<days>(restated_->earliest)}.year());
    std::optional<CalendarValue> best;
    std::chrono::seconds best_gap{0};
    for (int k = -1; k <= 1; ++k) {
      const CalendarValue v = candidate(y + k);
      const auto [lo, hi] = bounds(v);
      const auto gap = lo > restated_->latest ? lo - restated_->latest
                       : hi < restated_->earliest ? restated_->earliest - hi
                                                  : std::chrono::seconds{0};
      if (!best || gap < best_gap) best = v, best_gap = gap;
    }
    if (best_gap <= days{183}) {
      placed_by_apposition_ = true;
      return *best;
    }
  }
  const sys_days today = dct_day();
  const int y = static_cast<int>(date::year_month_day{today}.year());
  const Instant now_lo = Instant{today};
  const Instant now_hi = now_lo + days{1} - std::chrono::seconds{1};
  const CalendarValue options[3] = {candidate(y - 1), candidate(y), candidate(y + 1)};
  switch (tense) {
    case Tense::Past:
      // The DCT's year unless that puts a past event well after the DCT ("in December", said
      // in February, is last December). A few weeks ahead is tolerated: reporters and
      // annotators keep the current year for near dates.
      if (bounds(options[1]).first <= now_hi + days{90}) return options[1];
      return options[0];
    case Tense::Future:
      if (bounds(options[1]).second >= now_lo - days{90}) return options[1];
      return options[2];
    default: {
      // No tense cue: the DCT's year unless another year is much closer (within half a year).
      const CalendarValue& same = options[1];
      auto [lo, hi] = bounds(same);
      const auto half_year = days{183};
      if (lo > now_hi + half_year) return options[0];
      if (hi < now_lo - half_year) return options[2];
      return same;
    }
  }
}

sys_days Resolver::place_weekday(int iso_weekday, Tense tense) const {
  const date::weekday wanted{static_cast<unsigned>(iso_weekday % 7)};
  if (restated_) {
    // "two days later, on Tuesday", "last week, on Tuesday": the Tuesday inside the time just
    // placed, or the one nearest to it (at most three days out).
    const sys_days first = date::floor<days>(restated_->earliest);
    const sys_days last = date::floor<days>(restated_->latest);
    if (last - first <= days{7}) {
      const sys_days after = first + (wanted - date::weekday{first});  // first such day from `first`
      const sys_days before = after - days{7};
      const sys_days best = after <= last + days{3} && (after - last) <= (first - before) ? after : before;
      if (best >= first - days{3}) {
        placed_by_apposition_ = true;
        return best;
      }
    }
  }
  const sys_days today = dct_day();
  const date::weekday have{today};
  if (tense == Tense::Future) return today + (wanted - have);  // the same day or the next one
  return today - (have - wanted);                                // the same day or the last one
}

std::optional<Resolver::Reference> Resolver::anchor_for(Granularity needed, bool counted) const {
  if (reference_ && reference_->value.gran <= needed) return reference_;
  // "that evening", "three hours later": a part of a day counts from a day the text placed.
  if (reference_ && needed < Granularity::Day && reference_->value.gran <= Granularity::Day) return reference_;
  // "four months later", after a year: still in the narrative's time, at the year's grain. Not
  // "the previous week" after a year, which in reports is the week before the report's.
  if (counted && reference_ && needed >= Granularity::Week && reference_->value.gran <= Granularity::Year) return reference_;
  if (has_dct()) return Reference{day_value(dct_day()), "dct"};
  return std::nullopt;
}

ResolvedTime Resolver::resolve(const Mention& m, const std::string& id) {
  ResolvedTime r;
  if (m.expr.family == ast::Family::Date || m.expr.family == ast::Family::Time) {
    if (restates_previous(m.begin)) restated_ = previous_;
  }
  placed_by_apposition_ = false;
  switch (m.expr.family) {
    case ast::Family::Date: r = resolve_date(m); break;
    case ast::Family::Time: r = resolve_time(m); break;
    case ast::Family::Deictic: r = resolve_deictic(m); break;
    case ast::Family::Anaphoric: r = resolve_anaphoric(m); break;
    case ast::Family::Duration: r = resolve_duration(m); break;
    case ast::Family::Set: r = resolve_set(m); break;
    default: restated_.reset(); return r;
  }
  // "1994 or later": the date opens a span with no end
  if (m.expr.mod == ast::Modifier::After && r.type == TimexType::Date) r.latest.reset();
  if (placed_by_apposition_) {
    r.basis = Basis::PreviousTime;
    r.anchor = restated_->id;
  }
  restated_.reset();
  // "more than a week later" places a date after the one counted to: TIMEX3 says AFTER (and
  // BEFORE for "more than two years ago"); MORE_THAN and LESS_THAN measure durations.
  ast::Modifier mod = m.expr.mod;
  if (r.type == TimexType::Date && mod == ast::Modifier::MoreThan &&
      (m.expr.shift == ast::Shift::Later || m.expr.shift == ast::Shift::FromNow))
    mod = ast::Modifier::After;
  if (r.type == TimexType::Date && mod == ast::Modifier::MoreThan &&
      (m.expr.shift == ast::Shift::Earlier || m.expr.shift == ast::Shift::Ago))
    mod = ast::Modifier::Before;
  if (r.mod.empty()) r.mod = std::string(timex_mod(mod));
  // "over two years" is more than two years; "over the past two years" is during them
  // (a quantity or a calendar date: "around current levels" says nothing of the present)
  const bool measurable = m.expr.count != ast::absent || m.expr.vague_count || m.expr.family == ast::Family::Date ||
                          m.expr.family == ast::Family::Time;
  if (r.mod.empty() && !m.expr.definite && measurable) r.mod = std::string(timex_mod(signal_mod(m.begin)));

  // A time placed on the calendar becomes the reference for the anaphora that follow, unless it
  // is a comparison ("a year earlier" in an earnings report does not move the narrative).
  const bool calendar_value = r.earliest && r.latest && r.granularity != Granularity::Unknown &&
                              (r.type == TimexType::Date || r.type == TimexType::Time) &&
                              r.value.find_first_of("X_") == std::string::npos;
  // "the same month last year" is a comparison too; "the year-ago quarter" is kept as the
  // reference because earnings reports go on to "the 1989 period", whose quarter it names.
  const bool comparison = (m.expr.unit == ast::Unit::Year && (m.expr.shift == ast::Shift::Ago ||
                                                              m.expr.shift == ast::Shift::Earlier)) ||
                          m.expr.rule == std::string_view("the-same-unit-a-year-back") ||
                          // "88" of "1987/88": the season is told from its first year on
                          m.expr.rule == std::string_view("year-slash-year-end") ||
                          (m.expr.family == ast::Family::Anaphoric && after_amount(m.begin)) ||
                          (m.expr.weekday != ast::absent && after_reporting_verb(m.begin));
  if (calendar_value && !comparison && last_value_) {
    reference_ = Reference{*last_value_, id};
  }
  last_value_.reset();
  // Only a relative time is restated: after "due Dec. 15, 1996," or in "Thursday, Friday and
  // Monday" the comma closes a date or separates a list.
  const bool relative = m.expr.family == ast::Family::Deictic || m.expr.family == ast::Family::Anaphoric;
  if (relative && r.earliest && r.latest && (r.type == TimexType::Date || r.type == TimexType::Time))
    previous_ = Restated{m.end, *r.earliest, *r.latest, id};
  else
    previous_.reset();
  return r;
}

}  // namespace parley::engine
