#pragma once
// Resolution: turns what the grammar saw (ast::Expression) into a TIMEX3 value and parley's
// interval, against the DCT and the reference time the narrative has reached.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "engine/tagger/calendar.hpp"
#include "engine/tagger/scanner.hpp"
#include "engine/tagger/tense.hpp"
#include "parley/dct.hpp"
#include "parley/resolved_time.hpp"

namespace parley::engine {

class Resolver {
 public:
  Resolver(std::string_view text, const std::optional<Dct>& dct);

  // Resolves mentions in document order; each may move the reference time.
  ResolvedTime resolve(const Mention& m, const std::string& id);

 private:
  // The last explicitly placed time: what "two days later" counts from.
  struct Reference {
    CalendarValue value;
    std::string id;
  };
  // The relative time placed just before, for a date that restates it in apposition ("two days
  // later, on Tuesday", "last year, in March"): its end in the text, its interval and its id.
  struct Restated {
    std::size_t end;
    Instant earliest, latest;
    std::string id;
  };

  // One function per family (resolve_dates.cpp, resolve_relative.cpp, resolve_quantities.cpp).
  ResolvedTime resolve_date(const Mention& m);
  ResolvedTime resolve_time(const Mention& m);
  ResolvedTime resolve_clock_or_part(const Mention& m);  // resolve_time without the zone
  ResolvedTime resolve_deictic(const Mention& m);
  ResolvedTime resolve_anaphoric(const Mention& m);
  ResolvedTime resolve_duration(const Mention& m);
  ResolvedTime resolve_set(const Mention& m);

  // Shared helpers (resolver.cpp).
  bool has_dct() const { return dct_.has_value(); }
  date::sys_days dct_day() const;
  Instant dct_latest() const;  // the DCT's instant, or the end of its day when only a date is known
  Tense tense_of(const Mention& m) const;
  // A calendar value as a DATE/TIME with its bounds.
  ResolvedTime placed(const CalendarValue& v, Basis basis, std::string anchor, TimexType type = TimexType::Date) const;
  // A value that needs the DCT when there is none: relative, said so.
  ResolvedTime unresolved(std::string value, Granularity g, TimexType type = TimexType::Date) const;
  // A day whose year the text leaves open, placed by tense around the DCT.
  CalendarValue place_in_year(const std::function<CalendarValue(int)>& candidate, Tense tense) const;
  date::sys_days place_weekday(int iso_weekday, Tense tense) const;
  // Whether the text between the previous time and `begin` only sets off an apposition.
  bool restates_previous(std::size_t begin) const;
  // Whether an amount stands right before `begin` ("106.33 mln the previous week").
  bool after_amount(std::size_t begin) const;
  // Whether a verb of saying stands right before `begin` ("police said Sunday").
  bool after_reporting_verb(std::size_t begin) const;
  int widen_two_digit_year(int yy) const;
  // A clock time's written zone: its name and offset, its bounds in UTC, and its bounds moved
  // onto the DCT's clock when the DCT carries a zone (zones.cpp reads the zone).
  void apply_zone(ResolvedTime& r, int zone_id) const;
  // The day (or finer) a "calendar_day" part of an expression names, if any.
  std::optional<CalendarValue> day_of(const ast::Expression& e, Tense tense, Basis& basis) const;
  // What anaphora counts from: the reference if it is fine enough for `unit`, else the DCT.
  // `counted`: a count of units ("four months later") rather than a step ("the next week").
  std::optional<Reference> anchor_for(Granularity needed, bool counted) const;
  ast::Modifier signal_mod(std::size_t begin) const;
  // The last period of granularity `g` that ended before the DCT's ("the latest quarter").
  CalendarValue latest_complete(Granularity g) const;
  bool followed_by_ended(std::size_t end) const;
  bool indefinite_future_day(const Mention& m) const;  // "will one day be  // "the year ended March 31"
  // The period a report is about: a recent quarter the text named, else the last one ended.
  std::optional<Reference> reporting_period(Granularity g) const;

  std::string_view text_;
  std::optional<Dct> dct_;
  std::optional<Reference> reference_;
  // The calendar value the current mention was placed at (set by placed()), for the reference.
  mutable std::optional<CalendarValue> last_value_;
  std::optional<Restated> previous_;
  // The interval the current mention restates, if it is an apposition to the previous time;
  // place_in_year / place_weekday then place it there and say so in `placed_by_apposition_`.
  std::optional<Restated> restated_;
  mutable bool placed_by_apposition_ = false;
};

std::string_view timex_mod(ast::Modifier m);

}  // namespace parley::engine
