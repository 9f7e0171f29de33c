// bind_copular_round(): a copula that numbers the talks its subject stands for.
#include "engine/timeline/copular_rounds.hpp"

#include <algorithm>
#include <string_view>

#include "engine/timeline/lexicon.hpp"
#include "engine/timeline/round_subject.hpp"

namespace parley::timeline {
namespace {

using namespace std::string_view_literals;

// A copula or its reporting-style stand-in: "is", "was", "marks", "marked", "will be", "has been".
bool copula_at(const SentenceReader& r, std::size_t c) {
  for (std::string_view x : {"is"sv, "was"sv, "are"sv, "were"sv, "mark"sv, "marks"sv, "marked"sv})
    if (r.lower_is(c, x)) return true;
  // "will be", "has been", "would be": the verb after its auxiliary
  return (r.lower_is(c, "be") || r.lower_is(c, "been")) && c > r.s.first && read_auxiliary(r.w(c - 1)) != Auxiliary::None;
}


// A meeting or phase of talks told without a round number, which a copula may number.
bool unnumbered_talks(const Mention& m, const std::vector<EventOrdinal>& ordinals) {
  if (m.trigger == no_token || !(m.kind == EventKind::Meeting || m.kind == EventKind::Round)) return false;
  // "talks continued Tuesday": a day inside the round, not the round
  if (m.lemma == "continue" || negated(m.verb_group)) return false;
  if (m.ordinal_index >= 0 && round_number(ordinals[static_cast<std::size_t>(m.ordinal_index)]) > 0) return false;
  return m.kind == EventKind::Round || m.noun || names_round_talks(m.actor) || names_round_talks(m.object);
}

void give_round(Mention& m, int ordinal, const std::string& series) {
  m.kind = EventKind::Round;
  m.ordinal_index = ordinal;
  if (m.series_name.empty()) m.series_name = series;
}

}  // namespace

void bind_copular_round(const SentenceReader& r, const std::vector<EventOrdinal>& ordinals, std::vector<Mention>& out,
                        std::size_t sentence_start) {
  std::size_t first = r.s.first;
  const std::size_t last = r.s.last;  // exclusive
  while (first < last && r.u.tokens[first].kind == TokenKind::OpenQuote) ++first;  // "“This is the third round,”"
  // the subject is short and opens the sentence: "It", "This", "The talks", "Monday's meeting"
  for (std::size_t c = first + 1; c < last && c < first + 7; ++c) {
    if (!copula_at(r, c)) continue;
    std::size_t subject_last = c - 1;
    while (subject_last > first && read_auxiliary(r.w(subject_last)) != Auxiliary::None) --subject_last;
    std::size_t j = c + 1;
    if (j < last && (r.lower_is(j, "not") || r.w(j).ends_with("n't"))) return;  // "this is not the fourth round"
    while (j < last && is_determiner(r.w(j))) ++j;
    if (j >= last) return;
    const int o = ordinal_in(r.u, ordinals, c + 1, std::min(last - 1, j + 2));  // (its span holds "the")
    if (o < 0 || round_number(ordinals[static_cast<std::size_t>(o)]) == 0) return;
    // the complement's words up to a clause boundary: "the 8th round of Syrian peace talks led by the UN"
    std::size_t complement_last = j;
    while (complement_last + 1 < last && r.u.tokens[complement_last + 1].kind == TokenKind::Word &&
           !is_clause_word(r.w(complement_last + 1)) && complement_last < j + 10)
      ++complement_last;
    const std::string series = series_in(r, j, complement_last);
    const bool pronoun = subject_last == first && (r.lower_is(first, "it") || r.lower_is(first, "this") || r.lower_is(first, "that"));
    const bool talks = is_negotiation_noun(r.w(subject_last)) && !r.u.tokens[subject_last].capitalized;
    if (!pronoun && !talks) return;
    // "Monday's meeting was the fourth round": the meeting its own subject tells
    bool bound = false;
    for (std::size_t k = sentence_start; k < out.size(); ++k)
      if (out[k].trigger != no_token && out[k].trigger <= subject_last && unnumbered_talks(out[k], ordinals)) {
        give_round(out[k], o, series);
        bound = true;
      }
    // "It is ...", "The talks mark ...": the talks the sentence before told
    const bool anaphoric = pronoun || (subject_last == first + 1 && r.lower_is(first, "the"));
    if (bound || !anaphoric || sentence_start == 0) return;
    const std::size_t before = out[sentence_start - 1].sentence;
    if (&r.s - r.u.sentences.data() != static_cast<std::ptrdiff_t>(before + 1)) return;
    std::vector<int> renumbered;  // "A new round ... starts": the ordinals the copula numbers
    for (std::size_t k = sentence_start; k > 0 && out[k - 1].sentence == before; --k)
      if (unnumbered_talks(out[k - 1], ordinals) && out[k - 1].phase != Phase::None) {
        if (out[k - 1].ordinal_index >= 0) renumbered.push_back(out[k - 1].ordinal_index);
        give_round(out[k - 1], o, series);
      }
    // "..., an official said": other events of that sentence mentioning the same round
    for (std::size_t k = sentence_start; k > 0 && out[k - 1].sentence == before; --k)
      if (std::find(renumbered.begin(), renumbered.end(), out[k - 1].ordinal_index) != renumbered.end())
        out[k - 1].ordinal_index = o;
    return;
  }
}

}  // namespace parley::timeline
