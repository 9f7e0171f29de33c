// Checks on time words that are often something else: frequency adjectives, "current", words
// that are times only after a preposition, seasons, "now", "soon", "the future".
#include "engine/tagger/acceptance_checks.hpp"

#include "engine/tagger/context_words.hpp"

namespace parley::engine::checks {
using namespace words;

// "daily", "quarterly": sets, adjectives or newspapers.
Verdict frequency_words(const Candidate& m) {
  const auto& [text, begin, end, e, rule, first] = m;
  if (rule != "frequency-adverb") return Verdict::Undecided;
  // "the Communist Party daily Granma": between two names, "daily" is a newspaper; so is a
  // capitalized "Daily" before a name ("Britain's Daily Mirror", "The Weekly Standard").
  if (starts_capitalized_word(text, end)) {
    const std::string_view before = previous_word(text, begin);
    if (!before.empty() && is_upper(static_cast<unsigned char>(before[0]))) return Verdict::Reject;
    if (is_upper(first) && !is_upper(static_cast<unsigned char>(text[begin + 1]))) return Verdict::Reject;
  }
  // "a quarterly dividend", "the daily newspaper": a frequency adjective before a noun is not a
  // set of times. "daily" and "weekly" are the exceptions: news corpora annotate "a daily
  // rally", "on a daily basis", "his weekly radio address" as sets.
  const bool daily_or_weekly = equals_word(text.substr(begin, end - begin), "daily") ||
                               equals_word(text.substr(begin, end - begin), "weekly");
  // "average daily volume": a statistic per day, not a recurring time
  if (one_of(previous_word(text, begin), {"average", "avg"})) return Verdict::Reject;
  if (!daily_or_weekly) {
    if (one_of(previous_word(text, begin), {"a", "an", "the", "its", "their", "his", "her", "our", "your", "my",
                                            "first", "initial", "regular", "latest", "usual", "second", "third",
                                            "fourth", "next", "last", "previous"}))
      return Verdict::Reject;
    if (one_of(next_word(text, end), {"dividend", "dividends", "report", "reports", "earnings", "results", "profit",
                                      "payment", "payments", "rate", "newspaper", "basis", "meeting", "meetings", "div", "divs",
                                      "output", "average", "sales", "volume", "flights", "limit"}))
      return Verdict::Reject;
  }
  return Verdict::Undecided;
}

// "his current wife" against "the current account".
Verdict current_adjective(const Candidate& m) {
  const auto& [text, begin, end, e, rule, first] = m;
  // "current" is the present only as an adjective before a lower-case word: not "the current
  // was strong", not "the then current price", not accounting's "current account", "current
  // assets" or (Japanese reports) "current profit", not "current on its payments".
  if (rule == "current-adjective") {
    const std::string_view next = next_word(text, end);
    if (next.empty() || is_upper(static_cast<unsigned char>(next[0])) || end >= text.size() || text[end] != ' ')
      return Verdict::Reject;
    if (equals_word(previous_word(text, begin), "then")) return Verdict::Reject;
    return decided(!one_of(next, {"account", "accounts", "affairs", "assets", "liabilities", "portion", "ratio", "is",
                          "was", "are", "were", "has", "had", "will", "would", "of", "and", "or", "in", "to",
                          "from", "at", "on", "with", "that", "which", "flows", "flow", "carrying", "meter",
                          "density", "profit", "profits"}));
  }
  return Verdict::Undecided;
}

// Expressions that are times only after the preposition that makes them one.
Verdict governed_by_preposition(const Candidate& m) {
  const auto& [text, begin, end, e, rule, first] = m;
  // "over the years", "for some time", "in the morning": only after the preposition that makes
  // them a time ("the years of war", "some time next year", "the morning paper" are not)
  if (rule == "the-plural-units")
    return decided(one_of(previous_word(text, begin), {"over", "throughout", "through"}) &&
           !equals_word(next_word(text, end), "of"));
  if (rule == "unmeasured-length") return decided(one_of(previous_word(text, begin), {"for", "within", "after"}));
  if (rule == "the-part-of-day") {
    const std::string_view next = next_word(text, end);
    return decided(one_of(previous_word(text, begin), {"in", "during"}) && !equals_word(next, "of") &&
           !(end < text.size() && (text[end] == '\'' || text[end] == '-')) &&
           (next.empty() || !is_upper(static_cast<unsigned char>(next[0])) || text[end] != ' ') &&
           !one_of(next, {"paper", "papers", "newspaper", "newspapers", "edition", "session", "sessions", "shift",
                          "news", "show", "hours"}));
  }

  // "analysts noted that spring crops yield less": "that" opens a clause, the season is a noun's
  if (rule == "that-season" &&
      one_of(previous_word(text, begin), {"said", "says", "noted", "added", "was", "were", "is", "are", "showed", "shows",
                                          "indicated", "believe", "believed", "reported", "warned", "feared", "expected",
                                          "hoped", "means", "meant", "found", "so", "such", "ensure", "suggested"}))
    return Verdict::Reject;

  // "at dawn", "before sunrise", "from dusk to dawn": the light's moments are times after a
  // preposition; "as dawn broke", "a pre-dawn raid", "Sunset Boulevard", "Sunrise, Fla." and
  // "the dawn of a new era" are not
  if (rule == "twilight") {
    if (is_upper(first) || (begin > 0 && text[begin - 1] == '-')) return Verdict::Reject;
    return decided(one_of(previous_word(text, begin), {"at", "by", "before", "after", "until", "till", "since", "from",
                                                       "to", "around", "toward", "towards", "past", "near", "till"}) &&
                   !equals_word(next_word(text, end), "of"));
  }
  if (rule == "nth-weekday-of-month" && e.ordinal > 5) return Verdict::Reject;  // no month has a sixth Monday
  if (rule == "weekdays-from-now" && e.count < 1) return Verdict::Reject;         // "0 Mondays ago" counts nothing
  // "Oct/2" as forms write a day: a capitalized month standing alone, not one of a run of
  // months ("the Sep/Oct/2 spread") or a lower-case word ("mar/2")
  if (rule == "month-slash-day")
    return decided(is_upper(first) && !(begin > 0 && text[begin - 1] == '/') && !(end < text.size() && text[end] == '/'));
  // "11/2016" is a month, not the fraction of a Reuters price ("rose 1-11/2016") or a part of a
  // longer numbering ("11/2016/3")
  if (rule == "numeric-month-year") {
    if (begin >= 2 && text[begin - 1] == '-' && is_digit(static_cast<unsigned char>(text[begin - 2]))) return Verdict::Reject;
    if (end < text.size() && text[end] == '/') return Verdict::Reject;
  }

  if (rule == "the-ordinal-day") {
    const std::string_view before = previous_word(text, begin);
    // "from the 13th to the 20th": the end of a range whose first end is a day written the same way
    if (one_of(before, {"to", "through", "and"})) {
      const std::string_view first = previous_token(text, static_cast<std::size_t>(before.data() - text.data()));
      return decided(first.size() >= 3 && is_digit(static_cast<unsigned char>(first[0])) &&
                     one_of(first.substr(first.size() - 2), {"st", "nd", "rd", "th"}));
    }
    return decided(one_of(before, {"on", "by", "until", "till", "since", "before", "after", "from", "for"}));
  }

  if (rule == "plural-weekends") return decided(one_of(previous_word(text, begin), {"on", "at", "during", "over"}));

  // "player of the year", "song of the year": a title, not a time
  if (rule == "the-unit" && equals_word(previous_word(text, begin), "of")) {
    const std::string_view of = previous_word(text, begin);
    const std::string_view holder = previous_word(text, static_cast<std::size_t>(of.data() - text.data()));
    if (one_of(holder, {"player", "person", "man", "woman", "team", "song", "album", "record", "coach", "manager",
                        "employer", "rookie", "athlete", "book", "car", "word", "teacher", "artist", "entertainer",
                        "driver", "goal", "comeback", "executive", "banker", "company", "newcomer"}))
      return Verdict::Reject;
  }

  // "in the weeks before the shooting", "just days before the convention"; not "the first days
  // after", "a matter of days before"
  if (rule == "units-before-event")
    return decided(one_of(previous_word(text, begin), {"the", "just", "only", "mere"}) ||
                   (is_upper(first) && begin > 0 && text[begin - 1] == ' ' && begin >= 2 &&
                    (text[begin - 2] == '.' || text[begin - 2] == '\n')));  // "Hours after the blast, ..."


  // Bare plurals ("years", "weeks") are durations only after a preposition that measures:
  // "for years", "within weeks"; elsewhere they are usually counted nouns.
  if (rule == "bare-plural-units")
    return decided(one_of(previous_word(text, begin), {"for", "within", "in", "over", "after", "lasted", "last", "lasts", "took", "take", "takes",
                                                   "taken", "spent", "spend", "waited", "wait"}));
  return Verdict::Undecided;
}

// Seasons, "the long term", "now", "soon", "the future", "present".
Verdict other_words(const Candidate& m) {
  const auto& [text, begin, end, e, rule, first] = m;
  // "the long term interests of its shareholders": "the near/long term" is a time after a
  // preposition ("in the long term"), an adjective before a noun.
  if (rule == "the-near-term" &&
      !one_of(previous_word(text, begin), {"in", "over", "for", "during", "into", "through", "within", "beyond", "of"}))
    return Verdict::Reject;

  // A bare season word is also a verb or a noun ("prices fall", "a hot spring"): take it after
  // a preposition of time only; "the fall of the Wall" is an event.
  if (rule == "season" && !e.definite &&
      !one_of(previous_word(text, begin), {"in", "during", "by", "until", "since", "through", "this", "next", "last"}))
    return Verdict::Reject;
  // "the last day of the negotiations" is a day of an event, not yesterday ("the last week of
  // March" is read whole by the date rules)
  if ((rule == "season" || rule == "the-unit" || rule == "the-past-unit" ||
       (rule == "this-period" && (e.unit == ast::Unit::Day || equals_word(previous_word(text, begin), "the")))) &&
      equals_word(next_word(text, end), "of"))
    return Verdict::Reject;
  // "the fall in share prices", "the fall was steep": "fall" is a decline unless a word of
  // time sets it ("in the fall", "by early fall", "this fall").
  if (rule == "season" && e.season == ast::Season::Fall && e.mod == ast::Modifier::None &&
      e.shift == ast::Shift::None &&
      !one_of(previous_word(text, begin), {"in", "during", "by", "until", "till", "since", "through", "throughout",
                                           "before", "after", "this", "next", "last", "early", "late", "mid", "that"}))
    return Verdict::Reject;

  // "nine FM and four AM stations": the radio band, not a clock read aloud
  if (e.hour != ast::absent && is_alpha(first) &&
      one_of(next_word(text, end), {"station", "stations", "radio", "radios", "band", "frequency", "frequencies",
                                    "outlet", "outlets", "license", "licenses", "licence", "licences", "affiliate",
                                    "affiliates", "broadcaster", "broadcasters", "signal", "dial"}))
    return Verdict::Reject;

  if (e.deixis == ast::Deixis::Soon && one_of(previous_word(text, begin), {"as", "how"})) return Verdict::Reject;
  // "Now, Ms. Conlin said, ...": a capitalized "Now" set off by a comma turns the discourse, it
  // does not date anything
  if (e.deixis == ast::Deixis::Now && first == 'N' && end < text.size() && text[end] == ',') return Verdict::Reject;
  // "important to the future of our peoples": the prospects of something, not a time
  if (e.deixis == ast::Deixis::Future && equals_word(next_word(text, end), "of")) return Verdict::Reject;
  if (e.deixis == ast::Deixis::Present && rule == "single-word" && !e.definite) {
    // "current" and "present" are adjectives of many nouns; they are times only in "at present"
    // and in "current"'s temporal uses before a period noun (handled by other rules).
    if (equals_word(text.substr(begin, end - begin), "present")) return decided(equals_word(previous_word(text, begin), "at"));
    return Verdict::Reject;
  }
  return Verdict::Undecided;
}

}  // namespace parley::engine::checks
