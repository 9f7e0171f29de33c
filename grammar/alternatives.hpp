#pragma once
// A family's rule is one long X3 alternative whose branches are tried in order, and at a given
// word most branches fail on their first word: each first resets the expression (start()) and
// parses a keyword or two. The scanner knows the word at hand and, from what each branch can
// begin with (first_words.hpp), which branches can match there. It passes that set through the
// parse context as a bit mask (bit k: the k-th top-level branch), and
// `by_first_word[a | b | c ...]` tries only those branches, still in order. A branch left out
// could not have matched, so the first branch that succeeds, and what it writes, are the same.
#include <cstddef>

#include <boost/spirit/home/x3.hpp>

#include "grammar/config.hpp"

namespace parley::grammar {

namespace alternatives_detail {
// The number of top-level branches of a parser: alternatives are flattened left to right.
template <typename P>
struct branch_count {
  static constexpr std::size_t value = 1;
};
template <typename L, typename R>
struct branch_count<x3::alternative<L, R>> {
  static constexpr std::size_t value = branch_count<L>::value + branch_count<R>::value;
};
}  // namespace alternatives_detail

template <typename Subject>
struct first_word_filter : x3::unary_parser<Subject, first_word_filter<Subject>> {
  using base_type = x3::unary_parser<Subject, first_word_filter<Subject>>;
  static bool const is_pass_through_unary = true;
  static constexpr std::size_t branches = alternatives_detail::branch_count<Subject>::value;
  static_assert(branches <= 64, "one bit per branch in alternatives_mask");

  constexpr first_word_filter(Subject const& subject) : base_type(subject) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
             Attribute& attr) const {
    const alternatives_mask mask = x3::get<alternatives_tag>(context);
    return parse_branches<0>(this->subject, mask, first, last, context, rcontext, attr);
  }

 private:
  // The branches of `p` are numbered from K on; each is parsed exactly as x3::alternative does.
  template <std::size_t K, typename P, typename Iterator, typename Context, typename RContext, typename Attribute>
  static bool parse_branches(P const& p, alternatives_mask mask, Iterator& first, Iterator const& last,
                             Context const& context, RContext& rcontext, Attribute& attr) {
    if constexpr (alternatives_detail::branch_count<P>::value > 1) {
      constexpr std::size_t right = K + alternatives_detail::branch_count<typename P::left_type>::value;
      return parse_branches<K>(p.left, mask, first, last, context, rcontext, attr) ||
             parse_branches<right>(p.right, mask, first, last, context, rcontext, attr);
    } else {
      return ((mask >> K) & 1) != 0 && x3::detail::parse_alternative(p, first, last, context, rcontext, attr);
    }
  }
};

struct first_word_filter_gen {
  template <typename Subject>
  constexpr first_word_filter<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return {x3::as_parser(subject)};
  }
};
inline constexpr first_word_filter_gen by_first_word{};

// Calls f(branch) for each top-level branch of p, in the order by_first_word numbers them.
template <typename P, typename F>
void for_each_branch(P const& p, F&& f) {
  if constexpr (alternatives_detail::branch_count<P>::value > 1) {
    for_each_branch(p.left, f);
    for_each_branch(p.right, f);
  } else {
    f(p);
  }
}

}  // namespace parley::grammar
