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

// "the fourth Geneva round", "the second NAFTA round", "the third formal session": a name or a
// kind of round between the position and the noun. The grammar reads lowercased text, so
// whether the word is written as a name is checked on the original text by the acceptance
// check of the "ordinal-name-noun" rule; the noun itself ("the Third Round") is never the name.
inline const auto round_kind = kw("formal") | kw("full") | kw("official") | kw("substantive");
inline const auto any_word =
    x3::omit[lexeme[x3::ascii::alpha >> *(x3::ascii::alnum | lit('-') | (lit('.') >> &x3::ascii::alpha)) >> word_end]];

inline const auto definition =
    (start(F::Ordinal, "ordinal-noun") >> -the >> position >> -(kw("and") >> (kw("final") | kw("last"))) >>
     -round_kind >> noun) |
    (start(F::Ordinal, "ordinal-name-noun") >> -the >> position >> (any_word - noun) >> -round_kind >> noun) |
    (start(F::Ordinal, "noun-number") >> noun >> number[store<&E::ordinal>]);
}  // namespace ordinals_impl

ordinal_rule const ordinal = "ordinal";
auto const ordinal_def = by_first_word[ordinals_impl::definition];
BOOST_SPIRIT_DEFINE(ordinal);
ordinal_rule const& ordinal_expression() { return ordinal; }
}  // namespace parley::grammar
