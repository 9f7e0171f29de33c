#pragma once
// Rule definitions of the durations family: "three hours", "more than a decade",
// "the past three years", "the first nine months", "a two-year".
#include "grammar/alternatives.hpp"
#include "grammar/building_blocks.hpp"
#include "grammar/durations.hpp"

namespace parley::grammar {
namespace durations_impl {
using namespace blocks;
using F = ast::Family;
using S = ast::Shift;

inline const auto span_word =
    (kw("past") | kw("last") | kw("previous") | kw("preceding"))[mark<&E::shift, S::Past>] | kw("first") |
    (kw("next") | kw("coming") | kw("following") | kw("final") | kw("remaining"))[mark<&E::shift, S::Coming>];
inline const auto adjectival_number =
    digits_1_4[store<&E::count>] |
    (lexicon::tens[store<&E::count>] >> -(hyphen >> lexicon::small_numbers[([](auto& ctx) { x3::_val(ctx).count += x3::_attr(ctx); })])) |
    lexicon::small_numbers[store<&E::count>];
inline const auto half_unit = kw("half") >> (kw("an") | kw("a")) >> unit_singular >>
                              x3::eps[([](auto& ctx) { x3::_val(ctx).count = 0; x3::_val(ctx).fraction = 0.5; })];

// "two hours and 15 minutes", "1 hour 40 minutes": the second unit finer than the first (Unit
// is ordered from the second up).
inline constexpr auto second_unit = [](auto& ctx) {
  lexicon::UnitWord const& u = x3::_attr(ctx);
  auto& e = x3::_val(ctx);
  if (u.unit >= e.unit) x3::_pass(ctx) = false; else e.unit2 = u.unit;
};
// "17 agonizing days", "three straight years", "16 tense hours": a word on how the time felt or
// ran, between the count and the unit.
inline const auto length_adjective =
    kw("long") | kw("short") | kw("straight") | kw("consecutive") | kw("full") | kw("whole") | kw("entire") |
    kw("tense") | kw("agonizing") | kw("agonising") | kw("grueling") | kw("gruelling") | kw("hard") |
    kw("difficult") | kw("tough") | kw("anxious") | kw("painful") | kw("frantic") | kw("busy") | kw("bloody") |
    kw("brief") | kw("successive") | kw("uninterrupted");
inline const auto second_part = -lit(',') >> -kw("and") >> number[store<&E::count2>] >> lexeme[(lexicon::units >> word_end)[second_unit]];
// "a two-year-long freeze", "the IRA's 8-month-old truce"; the acceptance check leaves out ages
// in years ("a 44-year-old protester"), which TimeML corpora do not tag.
inline const auto old_or_long = lexeme[hyphen >> (lit("long") | lit("old")) >> word_end];
// "two to three weeks", "12 to 18 months": the upper count of a range
inline const auto range_top = (kw("to") | kw("or")) >> number[store<&E::count_max>];
inline const auto or_so = kw("or") >> kw("so");
inline const auto definition =
    (start(F::Duration, "the-past-quantity-units") >> the >> span_word >> ((count >> -range_top) | vague) >> unit >> -or_so) |
    (start(F::Duration, "the-quantity-units") >> the >> count >> unit) |
    (start(F::Duration, "adjectival") >> lexeme[adjectival_number >> hyphen >> lexicon::units[singular_unit_action] >> word_end >> -old_or_long] >>
     x3::eps[mark<&E::adjectival, true>]) |
    (start(F::Duration, "unit-long") >> lexeme[lexicon::units[store_unit] >> hyphen >> lit("long") >> word_end] >>
     x3::eps[mark<&E::adjectival, true>]) |
    (start(F::Duration, "compound-units") >> -quantity_mod >> count >> unit >> second_part) |
    (start(F::Duration, "half-unit") >> -quantity_mod >> half_unit) |
    // "a quarter century", "a quarter of a century", "a half-century": 25 or 50 years
    (start(F::Duration, "part-of-century") >> -quantity_mod >> -(kw("a") | kw("an")) >>
     (lexeme[lit("quarter") >> (hyphen | lit(' ')) >> lit("century") >> word_end][mark<&E::count, 25>] |
      lexeme[lit("half") >> (hyphen | lit(' ')) >> lit("century") >> word_end][mark<&E::count, 50>] |
      (kw("quarter") >> kw("of") >> (kw("a") | kw("the")) >> kw("century"))[mark<&E::count, 25>]) >>
     x3::eps[mark<&E::unit, ast::Unit::Year>]) |
    (start(F::Duration, "fractional-units") >> -quantity_mod >> fractional_count >> unit) |
    (start(F::Duration, "quantity-range-units") >> -quantity_mod >> count >> range_top >> unit >> -or_so) |
    (start(F::Duration, "quantity-units") >> -quantity_mod >> quantity >> -(kw("more") | kw("additional") | kw("extra") | kw("further")) >>
     -(kw("trading") | kw("business") | kw("working")) >>  // "eight trading days"
     unit >> -and_a_half >> -or_so) |
    // a counted length, not "a difficult year" nor "a brief weekend visit"
    (start(F::Duration, "quantity-adjective-units") >> -quantity_mod >> (count | vague) >> length_adjective >> unit) |
    (start(F::Duration, "bare-plural-units") >> unit_plural) |
    // "in the first hours of the ground war", "in the early years": an unmeasured stretch at
    // the start (or end) of something
    (start(F::Duration, "the-first-units") >> the >>
     (kw("first") | kw("early") | kw("opening") | kw("closing") | kw("final")) >> unit_plural >>
     // not "the first days after the announcement" (unmarked), nor "the early hours of Monday" (a
     // time of that day)
     !(kw("after") | kw("before") | kw("since") |
       (kw("of") >> (weekday | month | kw("today") | kw("yesterday") | kw("tomorrow") | kw("this") | kw("that"))))) |
    // "a several-year tenure", "a multi-year deal": an unmeasured length as an adjective
    (start(F::Duration, "vague-adjectival") >>
     lexeme[(lit("several") | lit("multi") | lit("many")) >> hyphen >> (lexicon::units >> word_end)[singular_unit_action]] >>
     x3::eps[mark<&E::vague_count, true>] >> x3::eps[mark<&E::adjectival, true>]) |
    // "over the years", "throughout the decades": an unspecified length in that unit
    (start(F::Duration, "the-plural-units") >> the >> unit_plural >> x3::eps[mark<&E::vague_count, true>]) |
    // "for some time", "for a while": a length the text does not measure
    (start(F::Duration, "unmeasured-length") >> ((kw("some") >> kw("time")) | (kw("a") >> kw("while"))) >>
     x3::eps[mark<&E::vague_count, true>]);
}  // namespace durations_impl

duration_rule const duration = "duration";
auto const duration_def = by_first_word[durations_impl::definition];
BOOST_SPIRIT_DEFINE(duration);
duration_rule const& duration_expression() { return duration; }
}  // namespace parley::grammar
