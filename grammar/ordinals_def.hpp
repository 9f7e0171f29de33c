#pragma once
// Rule definitions of the event-ordinals family: "the fourth round", "round four",
// "the latest round", "the fourth and final round", "the sixth round of talks".
#include "grammar/alternatives.hpp"
#include "grammar/building_blocks.hpp"
#include "grammar/ordinals.hpp"

namespace parley::grammar {
namespace ordinals_impl {
using namespace blocks;
using F = ast::Family;
using K = ast::OrdinalKind;

inline const auto noun = lexeme[(lexicon::negotiation_nouns >> word_end)[store<&E::ordinal_noun>]];
inline const auto position =
    ordinal[store<&E::ordinal>] |
    (kw("latest") | kw("last") | kw("most recent") | kw("current"))[mark<&E::ordinal_kind, K::Latest>] |
    (kw("next") | kw("upcoming") | kw("coming") | kw("new"))[mark<&E::ordinal_kind, K::Next>] |
    (kw("previous") | kw("preceding") | kw("prior") | kw("earlier"))[mark<&E::ordinal_kind, K::Previous>] |
    kw("final")[mark<&E::ordinal_kind, K::Final>];

inline const auto definition =
    (start(F::Ordinal, "ordinal-noun") >> -the >> position >> -(kw("and") >> (kw("final") | kw("last"))) >> noun) |
    (start(F::Ordinal, "noun-number") >> noun >> number[store<&E::ordinal>]);
}  // namespace ordinals_impl

ordinal_rule const ordinal = "ordinal";
auto const ordinal_def = by_first_word[ordinals_impl::definition];
BOOST_SPIRIT_DEFINE(ordinal);
ordinal_rule const& ordinal_expression() { return ordinal; }
}  // namespace parley::grammar
