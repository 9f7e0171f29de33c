// Each check removes a family of false positives seen in news text; the comment on each names
// the reading it rules out. The checks live in three files by what they look at
// (acceptance_checks.hpp); this one runs them in order.
#include "engine/tagger/acceptance.hpp"

#include "engine/tagger/acceptance_checks.hpp"
#include "engine/tagger/context_words.hpp"

namespace parley::engine {

bool accept(std::string_view text, std::size_t begin, std::size_t end, const ast::Expression& e) {
  using namespace words;
  const std::string_view rule = e.rule;
  const auto first = static_cast<unsigned char>(text[begin]);

  // "day-to-day", "two-year-old", "year-end": the match is only the start of a compound word.
  if (end + 1 < text.size() && text[end] == '-' && is_alpha(static_cast<unsigned char>(text[end + 1])))
    return false;

  // "1,220,000 Year", "2.4 days", "1988/1989": a match that starts inside a larger number.
  if (begin >= 2 && is_digit(first) && (text[begin - 1] == '.' || text[begin - 1] == ',' || text[begin - 1] == '/') &&
      is_digit(static_cast<unsigned char>(text[begin - 2])))
    return false;

  // The order matters where a check accepts outright: a later one never sees that match.
  const checks::Candidate m{text, begin, end, e, rule, first};
  for (auto check : {checks::calendar_names, checks::frequency_words, checks::amounts, checks::day_ranges,
                     checks::current_adjective, checks::ages, checks::titles_and_names, checks::ordinal_units,
                     checks::round_names, checks::governed_by_preposition, checks::other_words}) {
    const checks::Verdict v = check(m);
    if (v != checks::Verdict::Undecided) return v == checks::Verdict::Accept;
  }
  return true;
}

}  // namespace parley::engine
