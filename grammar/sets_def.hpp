#pragma once
// Rule definitions of the sets family: "every Wednesday", "each year", "twice a month", "weekly".
#include "grammar/alternatives.hpp"
#include "grammar/building_blocks.hpp"
#include "grammar/sets.hpp"

namespace parley::grammar {
namespace sets_impl {
using namespace blocks;
using F = ast::Family;
using Q = ast::SetQuant;

inline const auto quantifier = kw("every")[mark<&E::quant, Q::Every>] | kw("each")[mark<&E::quant, Q::Each>];
inline const auto times = (lexeme[(lexicon::multiplicatives >> word_end)[store<&E::freq>]]) |
                          (number[store<&E::freq>] >> kw("times"));
inline const auto per = kw("a") | kw("an") | kw("per") | kw("each") | kw("every");
inline const auto frequency_adverb = lexeme[lexicon::frequency_adverbs[([](auto& ctx) {
  x3::_val(ctx).unit = x3::_attr(ctx).unit;
})] >> word_end];
inline const auto plural_weekday = lexeme[(lexicon::weekdays_plural >> word_end)[store<&E::weekday>]];
// "Tuesday nights": a weekday (singular) with a plural part of day.
inline const auto plural_part_of_day =
    kw("mornings")[mark<&E::part_of_day, ast::PartOfDay::Morning>] | kw("afternoons")[mark<&E::part_of_day, ast::PartOfDay::Afternoon>] |
    kw("evenings")[mark<&E::part_of_day, ast::PartOfDay::Evening>] | kw("nights")[mark<&E::part_of_day, ast::PartOfDay::Night>];
inline const auto plural_weekday_with_part = (weekday | plural_weekday) >> plural_part_of_day;

inline const auto definition =
    (start(F::Set, "times-adverb") >> times >> frequency_adverb) |
    (start(F::Set, "times-per-unit") >> times >> per >> unit_singular) |
    (start(F::Set, "plural-weekday-part-of-day") >> plural_weekday_with_part) |
    (start(F::Set, "every-season") >> quantifier >> season) |
    (start(F::Set, "every-weekday-part-of-day") >> quantifier >> weekday >> part_of_day) |
    (start(F::Set, "every-quantity-units") >> quantifier >> -kw("other") >> (count | vague) >> unit_plural) |
    // "each May 9", "every Jan. 1": a day of every year
    (start(F::Set, "every-month-day") >> quantifier >> month >> day_number) |
    (start(F::Set, "every-period") >> quantifier >> -(kw("other")[mark<&E::count, 2>]) >> (unit_singular | weekday | month | part_of_day)) |
    (start(F::Set, "frequency-adverb") >> frequency_adverb) |
    (start(F::Set, "plural-weekday") >> plural_weekday) |
    // "on weekends": every weekend (the acceptance check wants the preposition)
    (start(F::Set, "plural-weekends") >> kw("weekends") >> x3::eps[mark<&E::unit, ast::Unit::Weekend>]) |
    (start(F::Set, "per-unit") >> (kw("a") | kw("an") | kw("per")) >> unit_singular);
}  // namespace sets_impl

set_rule const set = "set";
auto const set_def = by_first_word[sets_impl::definition];
BOOST_SPIRIT_DEFINE(set);
set_rule const& set_expression() { return set; }
}  // namespace parley::grammar
