#pragma once
// Rule definitions of the deictic family: expressions whose value is counted from the DCT.
#include "grammar/alternatives.hpp"
#include "grammar/building_blocks.hpp"
#include "grammar/deictic.hpp"

namespace parley::grammar {
namespace deictic_impl {
using namespace blocks;
using F = ast::Family;
using D = ast::Deixis;
using S = ast::Shift;

inline const auto shift_word = (kw("this") >> kw("past"))[mark<&E::shift, S::Last>] |
                               (kw("this") >> kw("coming"))[mark<&E::shift, S::Next>] |
                               kw("this")[mark<&E::shift, S::This>] | kw("last")[mark<&E::shift, S::Last>] |
                               kw("next")[mark<&E::shift, S::Next>] | kw("current")[mark<&E::shift, S::This>] |
                               kw("past")[mark<&E::shift, S::Last>] | kw("coming")[mark<&E::shift, S::Next>];
// What "this"/"last"/"next" can name: a unit, a season, a weekday, a month, a holiday.
inline const auto named_period =
    unit_singular | season | weekday | (month >> !day_number) |
    (lexeme[(lexicon::holidays >> word_end)[store<&E::holiday_id>]] >> x3::eps[mark<&E::holiday, true>]);
inline const auto single_word =
    kw("today")[mark<&E::deixis, D::Today>] | kw("yesterday")[mark<&E::deixis, D::Yesterday>] |
    kw("tomorrow")[mark<&E::deixis, D::Tomorrow>] | kw("currently")[mark<&E::deixis, D::Currently>] |
    kw("now")[mark<&E::deixis, D::Now>] | (-kw("more") >> kw("recently"))[mark<&E::deixis, D::Recently>] |
    kw("lately")[mark<&E::deixis, D::Lately>] | kw("nowadays")[mark<&E::deixis, D::Nowadays>] |
    kw("formerly")[mark<&E::deixis, D::Formerly>] |
    (kw("these") >> kw("days"))[mark<&E::deixis, D::Nowadays>] |
    (kw("the") >> -kw("near") >> kw("future"))[mark<&E::deixis, D::Future>] |
    (kw("a") >> kw("later") >> kw("date"))[mark<&E::deixis, D::Future>] | kw("someday")[mark<&E::deixis, D::Future>] |
    (kw("as") >> kw("soon") >> kw("as") >> kw("possible"))[mark<&E::deixis, D::Future>] |
    (kw("the") >> -(kw("recent") | kw("distant")) >> kw("past"))[mark<&E::deixis, D::Past>] |
    (kw("the") >> kw("present"))[mark<&E::deixis, D::Present>] |
    (kw("present") >> !kw("day"))[mark<&E::deixis, D::Present>];
// "the quarter", "the year": the period of the narrative; "the day" and "the second" are too
// often something else to take.
inline const auto calendar_unit = (kw("week")[mark<&E::unit, ast::Unit::Week>] | kw("weekend")[mark<&E::unit, ast::Unit::Weekend>] |
                                   kw("month")[mark<&E::unit, ast::Unit::Month>] | kw("quarter")[mark<&E::unit, ast::Unit::Quarter>] |
                                   kw("year")[mark<&E::unit, ast::Unit::Year>]);
// Earnings reports compare "periods": the reporting period, a quarter unless said otherwise.
inline const auto period_word = kw("period") >> x3::eps[mark<&E::unit, ast::Unit::Quarter>];
inline const auto day_word = kw("today")[mark<&E::deixis, D::Today>] | kw("yesterday")[mark<&E::deixis, D::Yesterday>] |
                             kw("tomorrow")[mark<&E::deixis, D::Tomorrow>];
// "about two years ago": TimeML corpora keep the approximation inside "ago" expressions.
inline const auto approx_word = (kw("about") | kw("almost") | kw("around") | kw("some"))[mark<&E::mod, ast::Modifier::Approx>];
inline const auto or_so = kw("or") >> kw("so");
inline const auto year_ago_word = lexeme[lit("year") >> hyphen >> (lit("earlier") | lit("ago")) >> word_end];

inline const auto definition =
    (start(F::Deictic, "day-before-yesterday") >> the >> kw("day") >> kw("before") >> kw("yesterday") >> x3::eps[mark<&E::deixis, D::DayBeforeYesterday>]) |
    (start(F::Deictic, "day-after-tomorrow") >> the >> kw("day") >> kw("after") >> kw("tomorrow") >> x3::eps[mark<&E::deixis, D::DayAfterTomorrow>]) |
    (start(F::Deictic, "quantity-units-ago") >> -(quantity_mod | approx_word) >> quantity >> unit >> -or_so >> kw("ago")) >> x3::eps[mark<&E::shift, S::Ago>] |
    (start(F::Deictic, "quantity-units-from-now") >> -quantity_mod >> quantity >> unit >> kw("from") >>
     (kw("now") | kw("today") | kw("tomorrow")[mark<&E::deixis, D::Tomorrow>] | kw("yesterday")[mark<&E::deixis, D::Yesterday>]) >>
     x3::eps[mark<&E::shift, S::FromNow>]) |
    // "a week after tomorrow", "two days before Christmas": counted from a day the DCT places
    (start(F::Deictic, "quantity-units-from-day") >> -quantity_mod >> quantity >> unit >>
     (kw("after")[mark<&E::shift, S::FromNow>] | kw("before")[mark<&E::shift, S::Ago>]) >>
     (kw("tomorrow")[mark<&E::deixis, D::Tomorrow>] | kw("yesterday")[mark<&E::deixis, D::Yesterday>] |
      kw("today")[mark<&E::deixis, D::Today>] |
      (lexeme[(lexicon::holidays >> word_end)[store<&E::holiday_id>]] >> x3::eps[mark<&E::holiday, true>]))) |
    // "three Fridays from now", "two Mondays ago": the n-th such weekday after (before) the DCT
    (start(F::Deictic, "weekdays-from-now") >> count >> lexeme[(lexicon::weekdays_plural >> word_end)[store<&E::weekday>]] >>
     ((kw("from") >> kw("now"))[mark<&E::shift, S::FromNow>] | kw("ago")[mark<&E::shift, S::Ago>])) |
    // "the week after next", "the year before last": two steps from the DCT's period
    (start(F::Deictic, "the-unit-after-next") >> the >> unit_singular >>
     ((kw("after") >> kw("next"))[mark<&E::shift, S::Next>] | (kw("before") >> kw("last"))[mark<&E::shift, S::Last>]) >>
     !named_period) |  // not "the day before last Tuesday('s hearing)"
    (start(F::Deictic, "mod-this-period") >> (period_mod | kw("earlier") | kw("later")) >> shift_word >> named_period) |
    (start(F::Deictic, "the-year-ago-unit") >> the >> -(kw("comparable") | kw("corresponding")) >> year_ago_word >>
     ((ordinal[checked_quarter] >> kw("quarter") >> x3::eps[mark<&E::unit, ast::Unit::Quarter>]) | unit_singular | period_word) >> x3::eps[mark<&E::shift, S::Ago>] >> x3::eps[mark<&E::count, 1>]) |
    // "the same period last year", "the corresponding month a year earlier": as "the year-ago period"
    (start(F::Deictic, "the-same-unit-a-year-back") >> the >> (kw("same") | kw("corresponding") | kw("comparable") | kw("like")) >>
     (unit_singular | period_word) >>
     ((kw("last") >> kw("year")) | (kw("a") >> kw("year") >> (kw("ago") | kw("earlier"))) |
      (kw("the") >> (kw("previous") | kw("prior")) >> kw("year"))) >>
     x3::eps[mark<&E::shift, S::Ago>] >> x3::eps[mark<&E::count, 1>]) |
    (start(F::Deictic, "year-ago") >> year_ago_word >> x3::eps[mark<&E::unit, ast::Unit::Year>] >> x3::eps[mark<&E::shift, S::Ago>] >> x3::eps[mark<&E::count, 1>]) |
    // "this year's third quarter", "last year's quarter" (the quarter being reported)
    (start(F::Deictic, "quarter-of-this-year") >> shift_word >> (kw("year's") | kw("year\xE2\x80\x99s")) >> -kw("fiscal") >>
     ((ordinal[checked_quarter] >> (kw("quarter") | lexeme[hyphen >> lit("quarter") >> word_end])) |
      (kw("quarter") >> x3::eps[mark<&E::quarter, 0>])) >>
     x3::eps[mark<&E::unit, ast::Unit::Year>]) |
    (start(F::Deictic, "month-this-year") >> month >> -kw("of") >> shift_word >> kw("year") >> x3::eps[mark<&E::unit, ast::Unit::Year>]) |
    // "the first quarter of last year", "the third quarter last year", "the second half of this year"
    (start(F::Deictic, "quarter-of-last-year") >> -the >> -period_mod >> -the >> -kw("fiscal") >>
     ((ordinal[checked_quarter] >> (kw("quarter") | lexeme[hyphen >> lit("quarter") >> word_end])) |
      // a failed quarter alternative leaves its number set: cleared before reading a half
      (x3::eps[mark<&E::quarter, ast::absent>] >> ordinal[checked_half] >>
       (kw("half") | lexeme[hyphen >> lit("half") >> word_end]))) >>
     -kw("of") >> shift_word >> kw("year") >> x3::eps[mark<&E::unit, ast::Unit::Year>]) |
    (start(F::Deictic, "this-period") >> shift_word >> named_period >> -or_so) |
    (start(F::Deictic, "the-past-unit") >> the >> (kw("past") | kw("last")) >> unit_singular >> x3::eps[mark<&E::shift, S::Last>]) |
    (start(F::Deictic, "earlier-today") >> (kw("earlier") | kw("later") | period_mod) >> day_word) |
    (start(F::Deictic, "the-coming-unit") >> the >> (kw("coming") | kw("upcoming")) >> named_period >> x3::eps[mark<&E::shift, S::Next>]) |
    (start(F::Deictic, "the-current-unit") >> the >> (kw("current") | kw("present")) >> unit_singular >> x3::eps[mark<&E::shift, S::This>]) |
    (start(F::Deictic, "recent-units") >> -the >> (kw("recent") | kw("past")) >> unit_plural >> x3::eps[mark<&E::shift, S::Past>]) |
    (start(F::Deictic, "coming-units") >> the >> (kw("coming") | kw("next") | kw("following")) >> unit_plural >> x3::eps[mark<&E::shift, S::Coming>]) |
    (start(F::Deictic, "coming-units") >> (kw("coming") | kw("future") | kw("upcoming")) >> unit_plural >> x3::eps[mark<&E::shift, S::Coming>]) |
    (start(F::Deictic, "the-latest-unit") >> the >> (kw("latest fiscal") | kw("latest") | kw("most recent")) >> (unit_singular | period_word) >> x3::eps[mark<&E::shift, S::This>]) |
    (start(F::Deictic, "the-fiscal-year") >> the >> (kw("current") | kw("full") | kw("whole") | kw("entire") | kw("fiscal")) >>
     -kw("fiscal") >> kw("year") >> x3::eps[mark<&E::unit, ast::Unit::Year>] >> x3::eps[mark<&E::shift, S::This>]) |
    (start(F::Deictic, "year-end") >> (lexeme[lit("year") >> (hyphen | lit(' ')) >> lit("end") >> word_end] | (kw("year's") >> kw("end")) |
                                       (kw("year\xE2\x80\x99s") >> kw("end")) | (the >> kw("end") >> kw("of") >> kw("the") >> kw("year"))) >>
     x3::eps[mark<&E::unit, ast::Unit::Year>] >> x3::eps[mark<&E::shift, S::This>] >> x3::eps[mark<&E::mod, ast::Modifier::End>]) |
    (start(F::Deictic, "units-ago") >> unit_plural >> kw("ago") >> x3::eps[mark<&E::shift, S::Ago>]) |
    (start(F::Deictic, "the-units-ahead") >> the >> unit_plural >> kw("ahead") >> x3::eps[mark<&E::shift, S::Coming>]) |
    (start(F::Deictic, "mod-the-unit") >> period_mod >> the >> calendar_unit >> x3::eps[mark<&E::shift, S::This>]) |
    (start(F::Deictic, "earlier-in-the-unit") >> (kw("earlier") | kw("later")) >> kw("in") >> the >> calendar_unit >> x3::eps[mark<&E::shift, S::This>]) |
    (start(F::Deictic, "the-unit") >> the >> calendar_unit >> x3::eps[mark<&E::shift, S::This>]) |
    (start(F::Deictic, "season") >> -the >> -period_mod >> season) |
    (start(F::Deictic, "the-near-term") >> the >> (kw("near") | kw("short") | kw("long")) >> kw("term") >> x3::eps[mark<&E::deixis, D::Future>]) |
    // "today is the eighth day of Desert Shield", "on his first day in office": a day counted
    // within an event; dated only when the clause says it is today
    (start(F::Deictic, "ordinal-day-of") >> -the >> ordinal[store<&E::ordinal>] >> kw("day") >> &(kw("of") | kw("in")) >>
     x3::eps[mark<&E::unit, ast::Unit::Day>]) |
    (start(F::Deictic, "single-word") >> single_word) |
    // "his current wife", "current market conditions": the adjective alone is the present; the
    // acceptance check keeps it to a word before a noun ("current account" is not a time).
    (start(F::Deictic, "current-adjective") >> kw("current") >> x3::eps[mark<&E::deixis, D::Currently>]);
}  // namespace deictic_impl

deictic_rule const deictic = "deictic";
auto const deictic_def = by_first_word[deictic_impl::definition];
BOOST_SPIRIT_DEFINE(deictic);
deictic_rule const& deictic_expression() { return deictic; }
}  // namespace parley::grammar
