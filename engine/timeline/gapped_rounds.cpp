// add_gapped_rounds(): the round of a verbless second conjunct.
#include "engine/timeline/gapped_rounds.hpp"

#include <algorithm>

#include "engine/timeline/lexicon.hpp"
#include "engine/timeline/round_subject.hpp"

namespace parley::timeline {
namespace {

// The last token of the ordinal `o` ("second round" -> "round"), searched from `from`.
std::size_t ordinal_last_token(const SentenceReader& r, const EventOrdinal& o, std::size_t from) {
  std::size_t k = from;
  while (k + 1 < r.s.last && r.u.tokens[k + 1].end <= o.span.end) ++k;
  return k;
}

}  // namespace

void add_gapped_rounds(const SentenceReader& r, const std::vector<EventOrdinal>& ordinals, std::vector<Mention>& out,
                       std::size_t sentence_start) {
  const std::size_t sentence_end = out.size();
  for (std::size_t k = sentence_start; k < sentence_end; ++k) {
    const Mention m = out[k];  // a copy: out grows below
    if (m.kind != EventKind::Round || m.noun || m.trigger == no_token || m.ordinal_index < 0 || m.phase == Phase::None ||
        round_number(ordinals[static_cast<std::size_t>(m.ordinal_index)]) == 0)
      continue;
    // ", and the second round on 3 March" after the verb
    std::size_t a = m.trigger_last + 1;
    while (a < r.s.last && !r.lower_is(a, "and")) ++a;
    if (a + 2 >= r.s.last || !r.punct(a - 1, ",")) continue;
    std::size_t j = a + 1;
    while (j < r.s.last && is_determiner(r.w(j))) ++j;
    if (j >= r.s.last) continue;
    const int o = ordinal_in(r.u, ordinals, a + 1, std::min(r.s.last - 1, j + 2));  // (its span holds "the")
    if (o < 0 || round_number(ordinals[static_cast<std::size_t>(o)]) == 0 || o == m.ordinal_index) continue;
    const std::size_t noun = ordinal_last_token(r, ordinals[static_cast<std::size_t>(o)], j);
    // then only "of talks", a place and the time: no verb of its own
    std::size_t t = noun + 1, time_token = no_token;
    for (; t < r.s.last; ++t) {
      if (r.timex_at(t)) {
        if (time_token == no_token) time_token = t;
        continue;
      }
      const std::string_view x = r.w(t);
      const bool part = r.lower_is(t, "of") || r.lower_is(t, "in") || r.lower_is(t, "at") || r.lower_is(t, "on") ||
                        is_determiner(x) || is_negotiation_noun(x) ||
                        (r.u.tokens[t].capitalized && r.u.tokens[t].kind == TokenKind::Word);
      if (part && time_token == no_token) continue;
      if (r.u.tokens[t].kind == TokenKind::Punct && (x == "." || x == ";" || x == ",")) break;
      time_token = no_token;  // a word of another kind: not a gapped conjunct
      break;
    }
    if (time_token == no_token) continue;
    // no event is told on the conjunct's words already
    const bool told = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(sentence_start), out.end(), [&](const Mention& x) {
      return x.trigger != no_token && x.trigger >= a && x.trigger < t;
    });
    if (told) continue;
    Mention g = m;
    g.trigger = g.trigger_last = noun;
    g.ordinal_index = o;
    g.own_time = time_token;
    g.clause_first = a + 1;
    g.clause_last = t - 1;
    g.subject_first = j;
    g.actor = std::string(r.u.span(j, noun));
    g.object.clear();
    g.place.clear();
    g.coordinated = false;
    if (std::string own = series_in(r, j, t - 1); !own.empty()) g.series_name = std::move(own);
    const auto at = std::upper_bound(out.begin() + static_cast<std::ptrdiff_t>(sentence_start), out.end(), g.trigger,
                                     [](std::size_t tok, const Mention& x) { return x.trigger != no_token && tok < x.trigger; });
    out.insert(at, std::move(g));
  }
}

}  // namespace parley::timeline
