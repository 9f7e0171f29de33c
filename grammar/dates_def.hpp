#pragma once
// Rule definitions of the dates family. Alternatives are ordered longest first: X3 takes the
// first that succeeds, and the scanner keeps the longest match across families.
#include "grammar/alternatives.hpp"
#include "grammar/building_blocks.hpp"
#include "grammar/dates.hpp"

namespace parley::grammar {
namespace dates_impl {
using namespace blocks;
using F = ast::Family;

inline const auto comma = -lit(',');
inline const auto iso_date = lexeme[digits_4[checked_year] >> '-' >> digits_2[store<&E::month>] >> '-' >>
                                    digits_2[checked_day] >> !x3::ascii::alnum];
inline const auto numeric_date =
    lexeme[digits_1_2[store<&E::month>] >> '/' >> digits_1_2[checked_day] >> '/' >>
           (digits_4[checked_year] | digits_2[two_digit_year]) >> word_end];
inline const auto decade_number =
    lexeme[digits_4[checked_decade] >> -apostrophe >> 's' >> word_end] |
    lexeme[apostrophe >> digits_2[short_decade] >> 's' >> word_end] |
    lexeme[(lexicon::decade_words >> word_end)[short_decade]];
inline const auto quarter_word = kw("quarter") | lexeme[hyphen >> lit("quarter") >> word_end];
// "third-quarter results": an adjective; a "the" before it belongs to the noun, not the time.
inline const auto quarter_adjective = lexeme[hyphen >> lit("quarter") >> word_end];
inline const auto half_word = kw("half") | lexeme[hyphen >> lit("half") >> word_end];
inline const auto fiscal = kw("fiscal") >> x3::eps[mark<&E::fiscal, true>];
inline const auto of_year = (kw("of") >> -fiscal >> year) | year4 | (lit(',') >> year4);
// "the second half of the year", "the last quarter of the year": of the year the text is in,
// placed as a period without its year
inline const auto of_the_year = kw("of") >> kw("the") >> -kw("current") >> kw("year");
inline const auto holiday = lexeme[(lexicon::holidays >> word_end)[store<&E::holiday_id>]] >>
                            x3::eps[mark<&E::holiday, true>];
inline const auto quarter_ordinal = ordinal[checked_quarter] |
    lexeme[(lit('q') | lit("q")) >> x3::uint_parser<int, 10, 1, 1>{}[checked_quarter] >> word_end];

// "the April-June quarter", "the July-September period", "the January-June period": a run of
// months that is a calendar quarter or half; any other run is not taken.
inline constexpr auto month_run_end = [](auto& ctx) {
  auto& e = x3::_val(ctx);
  const int first = e.month, last = x3::_attr(ctx);
  e.month = ast::absent;
  if ((first - 1) % 3 == 0 && last == first + 2) e.quarter = (first - 1) / 3 + 1;
  else if ((first == 1 && last == 6) || (first == 7 && last == 12)) e.half = first == 1 ? 1 : 2;
  else x3::_pass(ctx) = false;
};
inline const auto month_run = lexeme[lexicon::months[store<&E::month>] >> -lit('.') >> hyphen >>
                                     lexicon::months[month_run_end] >> -lit('.') >> word_end];

// "11/2016": a month and a year; "Oct/2": a month and a day, as forms and listings write them.
inline constexpr auto checked_month = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  if (m < 1 || m > 12) x3::_pass(ctx) = false; else x3::_val(ctx).month = m;
};
inline const auto numeric_month_year = lexeme[digits_1_2[checked_month] >> '/' >> digits_4[checked_year] >> word_end];
inline const auto month_slash_day = lexeme[lexicon::months[store<&E::month>] >> '/' >> digits_1_2[checked_day] >> word_end];
// "1987/88", "1987/1988": two years in a row, the ends of a range the tagger splits in two.
inline constexpr auto next_year = [](auto& ctx) {
  auto& e = x3::_val(ctx);
  const int y = x3::_attr(ctx);
  if (y == e.year + 1 || (y < 100 && y == (e.year + 1) % 100)) e.year2 = e.year + 1; else x3::_pass(ctx) = false;
};
inline const auto year_slash_year =
    lexeme[digits_4[checked_year] >> '/' >> (digits_4[next_year] | digits_2[next_year]) >> word_end];
// "the weeks of 15 and 22 June", "the weeks of June 15 and 22": two weeks, split in two ends.
inline const auto second_day = lexeme[digits_1_2[([](auto& ctx) {
  const int d = x3::_attr(ctx);
  if (d < 1 || d > 31) x3::_pass(ctx) = false; else x3::_val(ctx).day2 = d;
})] >> -(lit("st") | "nd" | "rd" | "th") >> word_end];
inline const auto range_word = kw("and") | kw("to") | kw("through");
// What must follow the first number of a range: a connector and the end that gives it its
// month or its half of the day ("from 13 to 15th of July", "13-15 July", "between 3 and 5 p.m.").
// Without that end a number is an amount ("from 5 to 10 pct", "rose 5 to 10"), so the check is
// part of the rule. The lookahead stores nothing: the pairing step (engine/tagger/ranges.cpp)
// gives the number the month or hour of the end once that end is resolved.
inline const auto range_end_day = lexeme[digits_1_2 >> -(lit("st") | "nd" | "rd" | "th") >> word_end] >>
                                  -kw("of") >> lexeme[lexicon::months >> word_end];
inline const auto range_end_clock = lexeme[digits_1_2 >> -(lit(':') >> digits_2) >> word_end] >>
                                    lexeme[(lit("a.m.") | lit("a.m") | lit("am") | lit("p.m.") | lit("p.m") | lit("pm")) >> word_end];
inline const auto range_continues =
    &((kw("to") | kw("and") | kw("through") | kw("until") | kw("till") | hyphen) >> (range_end_day | range_end_clock));

// "this coming Sunday, March eighth", "last Friday, Oct. 23": the date the weekday names.
inline const auto weekday_shift = (kw("this") >> -(kw("coming") | kw("past"))) | kw("last") | kw("next") | kw("coming");
inline const auto day_of_month = day_number | spelled_day;

inline const auto definition =
    (start(F::Date, "shifted-weekday-month-day") >> weekday_shift >> weekday >> lit(',') >> month >> day_of_month >>
     -(comma >> year4)) |
    (start(F::Date, "weekday-month-day-year") >> weekday >> comma >> month >> day_of_month >> comma >> year4) |
    (start(F::Date, "month-day-year") >> month >> day_number >> comma >> year4) |
    (start(F::Date, "day-month-year") >> day_number >> -kw("of") >> month >> comma >> year4) |
    (start(F::Date, "the-ordinal-of-month-year") >> -the >> ordinal[checked_day] >> kw("of") >> month >> comma >> year4) |
    (start(F::Date, "iso-date") >> iso_date) |
    (start(F::Date, "numeric-month-year") >> numeric_month_year) |
    (start(F::Date, "month-slash-day") >> month_slash_day) |
    (start(F::Date, "year-slash-year") >> year_slash_year) |
    (start(F::Date, "the-weeks-of-days") >> the >> kw("weeks") >> kw("of") >>
     ((day_number >> range_word >> second_day >> -kw("of") >> month) | (month >> day_number >> range_word >> second_day)) >>
     -(comma >> year4) >> x3::eps[mark<&E::unit, ast::Unit::Week>]) |
    // "the third Monday in January", "the last Thursday of November 2021"
    (start(F::Date, "nth-weekday-of-month") >> -the >>
     (ordinal[store<&E::ordinal>] | kw("last")[mark<&E::ordinal, -1>]) >> weekday >> (kw("in") | kw("of")) >> month >>
     -(comma >> year4)) |
    (start(F::Date, "numeric-date") >> numeric_date) |
    (start(F::Date, "the-week-of-date") >> the >> kw("week") >> kw("of") >> month >> day_number >> -(comma >> year4) >>
     x3::eps[mark<&E::unit, ast::Unit::Week>]) |
    (start(F::Date, "weekday-month-day") >> weekday >> comma >> month >> day_of_month) |
    // "Monday, 10 May", "Tuesday 8 June 2021": the day before the month, as British copy writes it
    (start(F::Date, "weekday-day-month") >> weekday >> comma >> day_number >> -kw("of") >> month >> -(comma >> year4)) |
    (start(F::Date, "month-day") >> month >> day_number) |
    // "next June 19", "this May 29", "last Dec. 1": the shift says which side of the DCT
    (start(F::Date, "shifted-month-day") >>
     (kw("next")[mark<&E::shift, ast::Shift::Next>] | kw("last")[mark<&E::shift, ast::Shift::Last>] |
      kw("this")[mark<&E::shift, ast::Shift::This>]) >>
     month >> day_number) |
    (start(F::Date, "month-spelled-day-year") >> month >> spelled_day >> comma >> year4) |
    (start(F::Date, "month-spelled-day") >> month >> spelled_day) |
    (start(F::Date, "the-ordinal-of-month") >> -the >> ordinal[checked_day] >> kw("of") >> month) |
    // "on the 22nd": a day of the month the text is in (the acceptance check wants "on", "by"...)
    // ("from the 13th to the 15th of July": the first end of a range, whose month the end gives)
    (start(F::Date, "the-ordinal-day") >> the >> lexeme[digits_1_2[checked_day] >> (lit("st") | "nd" | "rd" | "th") >> word_end] >>
     (!x3::ascii::alpha | &((kw("to") | kw("through") | kw("until") | kw("and")) >> kw("the") >>
                            lexeme[digits_1_2 >> (lit("st") | "nd" | "rd" | "th") >> word_end]))) |
    // "the first day of March", "the last day of April 2021" (day 31 is the month's last day)
    (start(F::Date, "the-first-day-of-month") >> the >> (kw("first")[mark<&E::day, 1>] | kw("last")[mark<&E::day, 31>]) >>
     kw("day") >> kw("of") >> month >> -(comma >> year4)) |
    (start(F::Date, "the-first-day-of-month") >> the >>
     ((kw("first") >> x3::eps[mark<&E::day, 1>] >> x3::eps[mark<&E::month, 1>]) |
      (kw("last") >> x3::eps[mark<&E::day, 31>] >> x3::eps[mark<&E::month, 12>])) >>
     kw("day") >> kw("of") >> year4) |
    (start(F::Date, "day-month") >> day_number >> month) |
    (start(F::Date, "mod-month-year") >> period_mod >> month >> -kw("of") >> year) |
    (start(F::Date, "month-year") >> month >> -(lit(',') | kw("of")) >> year) |
    (start(F::Date, "mod-month") >> period_mod >> month) |
    (start(F::Date, "mod-decade") >> -the >> period_mod >> decade_number) |
    (start(F::Date, "the-year-n") >> the >> kw("year") >> (year4 | spelled_year)) |
    (start(F::Date, "year-in-words") >> spelled_year) |
    (start(F::Date, "mod-year") >> period_mod >> year4) |
    (start(F::Date, "season-of-year") >> -the >> -period_mod >> season >> -kw("of") >> year) |
    (start(F::Date, "the-year-ordinal-quarter") >> the >> year4 >> -fiscal >> quarter_ordinal >> quarter_word) |
    // "the 1988 quarter", "the 1988 period": the reported quarter, in that year.
    (start(F::Date, "the-year-period") >> the >> year4 >> (kw("quarter") | kw("period")) >> x3::eps[mark<&E::quarter, 0>]) |
    (start(F::Date, "quarter-of-year") >> -the >> -period_mod >> -the >> -fiscal >>
     (quarter_ordinal | kw("last")[mark<&E::quarter, 4>]) >> quarter_word >> (of_year | of_the_year)) |
    (start(F::Date, "month-run-period") >> -the >> month_run >> (kw("quarter") | kw("period") | kw("half")) >> -of_year) |
    // "Q3 2020", "2020 Q3", "H2 2022": the quarter or half of a year, as business copy writes it
    (start(F::Date, "q-year") >> lexeme[lit('q') >> x3::uint_parser<int, 10, 1, 1>{}[checked_quarter] >> word_end] >>
     -lit(',') >> year4) |
    (start(F::Date, "year-q") >> year4 >> lexeme[lit('q') >> x3::uint_parser<int, 10, 1, 1>{}[checked_quarter] >> word_end]) |
    (start(F::Date, "h-year") >> lexeme[lit('h') >> x3::uint_parser<int, 10, 1, 1>{}[checked_half] >> word_end] >>
     -lit(',') >> year4) |
    (start(F::Date, "quarter-adjective") >> -fiscal >> quarter_ordinal >> quarter_adjective) |
    (start(F::Date, "quarter") >> -the >> -period_mod >> -the >> -fiscal >> quarter_ordinal >> kw("quarter")) |
    (start(F::Date, "half-of-year") >> -the >> -fiscal >> (ordinal[checked_half] | kw("last")[mark<&E::half, 2>]) >> half_word >>
     (of_year | of_the_year)) |
    (start(F::Date, "half") >> -the >> -fiscal >> ordinal[checked_half] >> half_word) |
    (start(F::Date, "fiscal-year") >> fiscal >> -kw("year") >> year) |
    (start(F::Date, "decade") >> -the >> decade_number) |
    (start(F::Date, "century") >> -the >> -period_mod >> -the >> ordinal[store<&E::century>] >> kw("century")) |
    (start(F::Date, "holiday-year") >> holiday >> comma >> year4) |
    // "Easter week", "Thanksgiving week": the week the holiday falls in
    (start(F::Date, "holiday-week") >> holiday >> kw("week") >> x3::eps[mark<&E::unit, ast::Unit::Week>]) |
    (start(F::Date, "holiday") >> holiday) |
    // "1994 or later", "1990 and beyond": the year opens a span with no end
    (start(F::Date, "year-or-later") >> year4 >> ((kw("or") >> kw("later")) | (kw("and") >> kw("beyond"))) >>
     x3::eps[mark<&E::mod, ast::Modifier::After>]) |
    (start(F::Date, "year") >> year4) |
    // "from 13 to 15th of July", "between 3 and 5 p.m.": the first number of a range.
    (start(F::Date, "range-first-number") >> day_number >> range_continues) |
    // "April 24 and 25": the second day of a range; acceptance checks what stands before it.
    (start(F::Date, "range-second-day") >> day_number) |
    (start(F::Date, "mod-weekday") >> period_mod >> weekday) |
    (start(F::Date, "weekday") >> weekday) |
    (start(F::Date, "month") >> month);

}  // namespace dates_impl

date_rule const date = "date";
auto const date_def = by_first_word[dates_impl::definition];
BOOST_SPIRIT_DEFINE(date);
date_rule const& date_expression() { return date; }
}  // namespace parley::grammar
