// The words around a mention that change how it is read: a signal word before a quantity
// ("over two years"), an amount before a comparison ("106.33 mln the previous week"), a verb of
// saying before a day ("police said Sunday"), and the punctuation of an apposition ("two days
// later, on Tuesday").
#include "engine/tagger/context_words.hpp"
#include "engine/tagger/resolver.hpp"

namespace parley::engine {

// "about three weeks", "over two years": the quantity's mod comes from a word TimeML leaves
// outside the extent.
ast::Modifier Resolver::signal_mod(std::size_t begin) const {
  const std::string_view w = words::previous_word(text_, begin);
  if (words::one_of(w, {"about", "around", "approximately", "roughly", "almost", "some"})) return ast::Modifier::Approx;
  // "for over two hours", "in over a decade": more than. "12 hours over two days", "a pay
  // rise over three years", "evolved over several years": across, no mod.
  if (words::equals_word(w, "over")) {
    const std::string_view governor = words::previous_word(text_, static_cast<std::size_t>(w.data() - text_.data()));
    return words::one_of(governor, {"for", "in", "of", "after", "within", "than", "lasted", "lasting", "last", "lasts",
                                    "spent", "waited", "been", "took", "taken", "ago"})
               ? ast::Modifier::MoreThan
               : ast::Modifier::None;
  }
  return ast::Modifier::None;
}

// "rose to 106.96 mln barrels from 106.33 mln the previous week": a time right after an amount
// is what the figure is compared with, not a step of the narrative.
bool Resolver::after_amount(std::size_t begin) const {
  const std::string_view token = words::previous_token(text_, begin);
  if (token.empty()) return false;
  if (words::is_digit(static_cast<unsigned char>(token.back())) || token.back() == '%') return true;
  return words::one_of(token, {"mln", "million", "billion", "bln", "pct", "percent", "dlrs", "dollars", "cents",
                               "cts", "tonnes", "tons", "barrels", "bpd", "shares", "points", "yen", "marks"});
}

// "a shooting late Saturday, police said Sunday": the day a statement was made is not a step of
// the story it reports; the times that follow go on from the events.
bool Resolver::after_reporting_verb(std::size_t begin) const {
  std::string_view word = words::previous_word(text_, begin);
  if (words::equals_word(word, "on")) word = words::previous_word(text_, static_cast<std::size_t>(word.data() - text_.data()));
  return words::one_of(word, {"said", "says", "told", "added"});
}

// "two days later, on Tuesday", "last year (in March)": a comma, a parenthesis or a dash, and
// at most a preposition, between the two times.
bool Resolver::restates_previous(std::size_t begin) const {
  if (!previous_ || begin < previous_->end || begin - previous_->end > 12) return false;
  std::string_view gap = text_.substr(previous_->end, begin - previous_->end);
  bool set_off = false;
  while (!gap.empty()) {
    const char c = gap.front();
    if (c == ',' || c == '(' || c == '-') {
      set_off = true;
      gap.remove_prefix(1);
    } else if (c == ' ' || c == '\n') {
      gap.remove_prefix(1);
    } else if (gap.starts_with("\u2014") || gap.starts_with("\u2013")) {  // em or en dash
      set_off = true;
      gap.remove_prefix(3);
    } else if (gap.starts_with("on ") || gap.starts_with("in ") || gap.starts_with("On ") || gap.starts_with("In ")) {
      gap.remove_prefix(3);
    } else {
      return false;
    }
  }
  return set_off;
}

}  // namespace parley::engine
