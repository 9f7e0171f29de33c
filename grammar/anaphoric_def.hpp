#pragma once
// Rule definitions of the anaphoric family: expressions counted from the time the narrative
// last placed ("two days later", "the next day", "that evening", "later that month").
#include "grammar/alternatives.hpp"
#include "grammar/building_blocks.hpp"
#include "grammar/anaphoric.hpp"

namespace parley::grammar {
namespace anaphoric_impl {
using namespace blocks;
using F = ast::Family;
using S = ast::Shift;

// "later"/"earlier" close the expression whatever follows; "before"/"after"/"on" only when no
// complement follows ("two days before the vote" is a duration and a signal).
inline const auto later = (kw("later") | kw("afterward") | kw("afterwards") | (kw("on") >> no_complement))[mark<&E::shift, S::Later>];
inline const auto earlier = (kw("earlier") | (kw("before") >> no_complement) | kw("previously") |
                             (kw("prior") >> no_complement))[mark<&E::shift, S::Earlier>];
inline const auto after_bare = (kw("after") >> no_complement)[mark<&E::shift, S::Later>];
// "a week after that", "two years before that": counted from the time just told
inline const auto from_that = (kw("after") >> kw("that") >> no_complement)[mark<&E::shift, S::Later>] |
                              (kw("before") >> kw("that") >> no_complement)[mark<&E::shift, S::Earlier>];
inline const auto sequence_word =
    (kw("next") | kw("following") | kw("subsequent") | kw("ensuing"))[mark<&E::shift, S::Next>] |
    (kw("previous") | kw("preceding") | kw("prior"))[mark<&E::shift, S::Last>] |
    kw("same")[mark<&E::shift, S::This>];
// A part of day first: "night" is both, and "that night" means the night, not a day.
inline const auto day_or_part = part_of_day | unit_singular;

// "in the weeks before the shooting", "days after a sniper killed": a stretch counted from an
// event the text names; the extent is the unit word alone, as TimeML corpora mark it.
inline const auto event_bound = &((kw("before") | kw("preceding") | (kw("prior") >> kw("to")) |
                                   (kw("leading") >> kw("up") >> kw("to")))[mark<&E::shift, S::Earlier>] |
                                  (kw("after") | kw("following"))[mark<&E::shift, S::Later>]);
inline const auto definition =
    (start(F::Anaphoric, "quantity-units-later") >> -quantity_mod >> quantity >> unit >> (later | earlier | after_bare | from_that)) |
    (start(F::Anaphoric, "units-later") >> unit_plural >> (later | earlier | after_bare)) |
    (start(F::Anaphoric, "units-before-event") >> unit_plural >> event_bound) |
    (start(F::Anaphoric, "the-next-unit") >> the >> -kw("very") >> sequence_word >> (day_or_part | weekday) >> -(kw("or") >> kw("so"))) |
    (start(F::Anaphoric, "the-unit-before") >> the >> unit_singular >>
     ((kw("before") >> no_complement)[mark<&E::shift, S::Last>] | after_bare[mark<&E::shift, S::Next>])) |
    (start(F::Anaphoric, "later-that-unit") >> (kw("later") | kw("earlier")) >> kw("that") >> day_or_part >> x3::eps[mark<&E::shift, S::This>]) |
    (start(F::Anaphoric, "that-same-unit") >> kw("that") >> (kw("same") | kw("very")) >> day_or_part >> x3::eps[mark<&E::shift, S::This>]) |
    (start(F::Anaphoric, "that-unit") >> kw("that") >> day_or_part >> x3::eps[mark<&E::shift, S::This>]) |
    // "The war began in 1939. That summer, ...": the season of the year the story is in
    (start(F::Anaphoric, "that-season") >> kw("that") >> season >> x3::eps[mark<&E::shift, S::This>]) |
    // "dealers placed heavy buy orders in the morning": a part of the day the story is on
    (start(F::Anaphoric, "the-part-of-day") >> kw("the") >> part_of_day >> x3::eps[mark<&E::shift, S::This>]);
}  // namespace anaphoric_impl

anaphoric_rule const anaphoric = "anaphoric";
auto const anaphoric_def = by_first_word[anaphoric_impl::definition];
BOOST_SPIRIT_DEFINE(anaphoric);
anaphoric_rule const& anaphoric_expression() { return anaphoric; }
}  // namespace parley::grammar
