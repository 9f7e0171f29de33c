#pragma once
// Rule definitions of the times family: clock times, parts of day, and their combinations with
// a day ("10 a.m. Wednesday", "Wednesday evening", "yesterday afternoon").
#include "grammar/alternatives.hpp"
#include "grammar/building_blocks.hpp"
#include "grammar/times.hpp"

namespace parley::grammar {
namespace times_impl {
using namespace blocks;
using F = ast::Family;
using D = ast::Deixis;
using P = ast::PartOfDay;

inline constexpr auto checked_hour = [](auto& ctx) {
  int h = x3::_attr(ctx);
  if (h > 24) x3::_pass(ctx) = false; else x3::_val(ctx).hour = h % 24;
};
inline constexpr auto checked_minute = [](auto& ctx) {
  int m = x3::_attr(ctx);
  if (m > 59) x3::_pass(ctx) = false; else x3::_val(ctx).minute = m;
};
inline constexpr auto checked_second = [](auto& ctx) {
  int s = x3::_attr(ctx);
  if (s > 60) x3::_pass(ctx) = false; else x3::_val(ctx).second = s;
};
// a.m./p.m. shift a 12-hour clock; "12 a.m." is midnight, "12 p.m." noon.
inline constexpr auto ante_meridiem = [](auto& ctx) {
  auto& e = x3::_val(ctx);
  if (e.hour > 12) x3::_pass(ctx) = false; else if (e.hour == 12) e.hour = 0;
};
inline constexpr auto post_meridiem = [](auto& ctx) {
  auto& e = x3::_val(ctx);
  if (e.hour > 12 || e.hour == 0) x3::_pass(ctx) = false; else if (e.hour < 12) e.hour += 12;
};
inline const auto am = lexeme[(lit("a.m.") | lit("a.m") | lit("am")) >> word_end];
inline const auto pm = lexeme[(lit("p.m.") | lit("p.m") | lit("pm")) >> word_end];
inline const auto meridiem = am[ante_meridiem] | pm[post_meridiem];
inline const auto zone = lexeme[(lexicon::zones >> word_end)[store<&E::zone>]];
inline const auto hh_mm = lexeme[digits_1_2[checked_hour] >> lit(':') >> digits_2[checked_minute] >>
                                 -(lit(':') >> digits_2[checked_second]) >> !x3::ascii::digit];
// "10.30 p.m.": a period separates hours and minutes only when a.m./p.m. follows (else "3.50"
// is an amount).
inline const auto hh_dot_mm_bare = lexeme[digits_1_2[checked_hour] >> lit('.') >> digits_2[checked_minute]];
inline const auto hh_dot_mm = hh_dot_mm_bare >> meridiem;
// "at 10.30 GMT", "at 10.00 local time": a zone, or "local time" after it, also says it is a
// clock (the words "local time" add nothing to the value and stay outside the expression)
inline const auto hh_dot_mm_zoned = hh_dot_mm_bare >> (zone | &(kw("local") >> kw("time")));
// "1400 GMT": a four-digit clock needs its zone to be told from a year or an amount.
inline const auto military = lexeme[digits_2[checked_hour] >> digits_2[checked_minute] >> word_end] >> zone;
// "at 0930 hrs EST", "to 11.30 hrs": wire copy's clock written in hours
inline const auto clock_hrs =
    (lexeme[digits_2[checked_hour] >> digits_2[checked_minute] >> word_end] | hh_dot_mm_bare) >> kw("hrs") >> -zone;
// "nine o'clock in the morning": the part of day fixes a.m. or p.m.
inline constexpr auto shift_to_part_of_day = [](auto& ctx) {
  auto& e = x3::_val(ctx);
  const P p = x3::_attr(ctx);
  if ((p == P::Afternoon || p == P::Evening || p == P::Night) && e.hour < 12) e.hour += 12;
};
// "7:30 this evening", "11 last night", "5:20 this afternoon": a 12-hour clock the part of day
// places after noon ("2 a.m. last night" stays in the small hours).
inline constexpr auto pm_for_part_of_day = [](auto& ctx) {
  auto& e = x3::_val(ctx);
  const P p = e.part_of_day;
  const int h = e.hour;
  if ((p == P::Afternoon && h >= 1 && h <= 6) || (p == P::Evening && h >= 1 && h <= 11) ||
      (p == P::Night && h >= 6 && h <= 11))
    e.hour = h + 12;
};
inline const auto in_the_part_of_day =
    kw("in") >> kw("the") >> lexeme[(lexicon::parts_of_day >> word_end)[shift_to_part_of_day]];
// "eight forty pm", "ten fifteen a.m.", "seven oh five p.m.", "eight pm": a clock read aloud,
// taken only with its a.m./p.m. (else "eight forty" is a count).
inline constexpr auto spelled_hour = [](auto& ctx) {
  const int h = x3::_attr(ctx);
  if (h < 1 || h > 12) x3::_pass(ctx) = false; else x3::_val(ctx).hour = h;
};
inline constexpr auto spelled_tens_minutes = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  if (m > 50) x3::_pass(ctx) = false; else x3::_val(ctx).minute = m;
};
inline constexpr auto add_spelled_minutes = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  if (m > 9) x3::_pass(ctx) = false; else x3::_val(ctx).minute += m;
};
inline constexpr auto spelled_teen_minutes = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  if (m < 10 || m > 19) x3::_pass(ctx) = false; else x3::_val(ctx).minute = m;
};
inline constexpr auto spelled_oh_minutes = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  if (m > 9) x3::_pass(ctx) = false; else x3::_val(ctx).minute = m;
};
inline const auto spelled_minutes =
    lexeme[lexicon::tens[spelled_tens_minutes] >> -((hyphen | lit(' ')) >> lexicon::small_numbers[add_spelled_minutes]) >>
           word_end] |
    lexeme[(lexicon::small_numbers >> word_end)[spelled_teen_minutes]] |
    ((kw("oh") | kw("o")) >> lexeme[(lexicon::small_numbers >> word_end)[spelled_oh_minutes]]);
inline const auto spelled_clock =
    lexeme[(lexicon::small_numbers >> word_end)[spelled_hour]] >> -spelled_minutes >> meridiem >> -zone;
inline const auto clock =
    (hh_mm >> -meridiem >> -zone) | (hh_dot_mm >> -zone) | hh_dot_mm_zoned |
    (lexeme[digits_1_2[checked_hour] >> !lit(',')] >> meridiem >> -zone) |
    (lexeme[digits_1_2[checked_hour] >> (am[ante_meridiem] | pm[post_meridiem])] >> -zone) |
    (number[checked_hour] >> (kw("o'clock") | kw("o\xE2\x80\x99" "clock")) >> -meridiem) |
    (-kw("12") >> (kw("noon") | kw("midday")) >> x3::eps[mark<&E::hour, 12>] >> x3::eps[mark<&E::minute, 0>] >> x3::eps[mark<&E::part_of_day, P::Noon>]) |
    (kw("midnight") >> x3::eps[mark<&E::part_of_day, P::Midnight>]) | spelled_clock;

// The day a time of day is on.
inline const auto day_word =
    kw("today")[mark<&E::deixis, D::Today>] | kw("yesterday")[mark<&E::deixis, D::Yesterday>] |
    kw("tomorrow")[mark<&E::deixis, D::Tomorrow>];
inline const auto calendar_day =
    (weekday >> -(lit(',') >> month >> day_number >> -(lit(',') >> year4))) |
    (month >> day_number >> -(lit(',') >> year4)) | (day_number >> month >> -(-lit(',') >> year4)) | day_word;
inline const auto deictic_day_part =
    (kw("this") >> x3::eps[mark<&E::deixis, D::Today>] >> part_of_day) |
    (kw("last") >> (kw("night") | kw("evening"))[mark<&E::part_of_day, P::Night>] >> x3::eps[mark<&E::deixis, D::Yesterday>]) |
    (day_word >> part_of_day);
inline const auto iso_datetime =
    lexeme[digits_4[checked_year] >> '-' >> digits_2[store<&E::month>] >> '-' >> digits_2[checked_day] >>
           lit('t') >> digits_2[checked_hour] >> ':' >> digits_2[checked_minute] >>
           -(':' >> digits_2[checked_second]) >> -(lit('z')[mark<&E::zone, zone_utc_id>]) >>
           word_end];

inline const auto definition =
    (start(F::Time, "iso-datetime") >> iso_datetime) |
    (start(F::Time, "the-part-of-day-of-date") >> the >> part_of_day >> kw("of") >> calendar_day) |
    (start(F::Time, "clock-in-the-part-of-day") >> (clock | number[checked_hour]) >> in_the_part_of_day >> -(-kw("on") >> calendar_day)) |
    (start(F::Time, "military-clock") >> (military | clock_hrs) >> -(-lit(',') >> -kw("on") >> calendar_day)) |
    (start(F::Time, "later-this-part-of-day") >> (kw("later") | kw("earlier")) >> deictic_day_part) |
    (start(F::Time, "mid-part-of-day") >> period_mod >> part_of_day >> -(day_word | weekday)) |
    (start(F::Time, "mid-part-of-day") >> lexeme[(lexicon::mid_parts_of_day >> word_end)[store<&E::part_of_day>]] >>
     x3::eps[mark<&E::mod, ast::Modifier::Mid>] >> -(day_word | weekday)) |
    // "at dawn", "by dusk Tuesday": the acceptance check wants the preposition
    (start(F::Time, "twilight") >> lexeme[(lexicon::twilight_words >> word_end)[store<&E::part_of_day>]] >>
     -(day_word | weekday)) |
    // "at 9:30 Saturday night": the part of day says which half of the day the clock is in
    (start(F::Time, "clock-calendar-day") >> clock >> -lit(',') >> -kw("on") >> calendar_day >>
     -lexeme[(lexicon::parts_of_day >> word_end)[shift_to_part_of_day]]) |
    (start(F::Time, "calendar-day-clock") >> calendar_day >> -lit(',') >> -kw("at") >> clock) |
    (start(F::Time, "clock-deictic-day-part") >> clock >> deictic_day_part >> x3::eps[pm_for_part_of_day]) |
    (start(F::Time, "weekday-part-of-day") >> -period_mod >> weekday >> part_of_day) |
    (start(F::Time, "date-part-of-day") >> month >> day_number >> -(lit(',') >> year4) >> part_of_day) |
    (start(F::Time, "deictic-part-of-day") >> -period_mod >> deictic_day_part) |
    (start(F::Time, "tonight") >> kw("tonight") >> x3::eps[mark<&E::deixis, D::Tonight>]) |
    (start(F::Time, "overnight") >> kw("overnight") >> x3::eps[mark<&E::part_of_day, P::Overnight>]) |
    (start(F::Time, "clock") >> clock);
}  // namespace times_impl

time_rule const time = "time";
auto const time_def = by_first_word[times_impl::definition];
BOOST_SPIRIT_DEFINE(time);
time_rule const& time_expression() { return time; }
}  // namespace parley::grammar
