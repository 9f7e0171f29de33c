// The scope rules of time expressions: which event of its sentence a time may date.
#include "engine/timeline/timex_scope.hpp"

namespace parley::timeline {
// String literals as std::string_view: the word lists below are compared in hot loops, and a
// list of C strings would be measured (strlen) on every call.
using namespace std::string_view_literals;
namespace {

bool is_word(const TextUnits& u, std::size_t i) {
  return u.tokens[i].kind == TokenKind::Word || u.tokens[i].kind == TokenKind::Number;
}

bool possessive(std::string_view w) { return w.ends_with("'s") || w.ends_with("\xE2\x80\x99s"); }

bool is_subordinator(std::string_view w) {
  for (std::string_view x : {"after"sv, "before"sv, "since"sv, "until"sv, "when"sv, "while"sv, "once"sv})
    if (iequals(w, x)) return true;
  return false;
}

bool conjunction(std::string_view w) { return iequals(w, "and") || iequals(w, "or") || iequals(w, "but"); }

// A word that can head or continue the noun phrase a time modifies.
bool nominal(const TextUnits& u, std::size_t i) {
  if (!is_word(u, i)) return false;
  std::string_view w = u.word(i);
  return !is_preposition(w) && !is_clause_word(w) && !conjunction(w) && !is_determiner(w) && !is_pronoun(w) &&
         read_auxiliary(w) == Auxiliary::None && !is_adverb_between_aux(w);
}

// Words that start a clause of their own: a time on the far side of one is not this event's.
bool opens_clause(std::string_view w) {
  for (std::string_view x : {"that"sv, "which"sv, "who"sv, "whom"sv, "whose"sv, "because"sv, "although"sv, "though"sv, "if"sv,
                             "unless"sv, "whether"sv, "where"sv})
    if (iequals(w, x)) return true;
  return false;
}

// "to redeem", "with gunning down", "for protesting": a verb phrase of its own between the event
// and the time takes the time.
bool nonfinite_verb_at(const TextUnits& u, const Sentence& s, std::size_t i) {
  if (i + 1 >= s.last || !is_word(u, i)) return false;
  std::string_view w = u.word(i), next = u.word(i + 1);
  if (iequals(w, "to") && u.tokens[i + 1].kind == TokenKind::Word && !u.tokens[i + 1].capitalized &&
      !is_determiner(next) && !is_preposition(next) && !is_pronoun(next) && !possessive(next))
    return read_verb(next).has_value() || read_auxiliary(next) != Auxiliary::None;
  return is_preposition(w) && !iequals(w, "to") && next.size() > 4 && next.ends_with("ing") &&
         !u.tokens[i + 1].capitalized && read_verb(next).has_value();
}

// What may stand between a reporting verb and its time: "said on Friday", "told reporters
// Tuesday", "said in a statement late Wednesday", "criticized the decision on Wednesday". Not
// the start of a clause said ("said it earned ... in the third quarter") nor a figure ("reported
// a loss of $5 million for the quarter"), whose times are the said events'.
bool attribution_filler(const TextUnits& u, std::size_t i) {
  std::string_view w = u.word(i);
  if (u.tokens[i].kind == TokenKind::Punct) return w == ",";
  if (u.tokens[i].kind != TokenKind::Word) return false;
  if (is_preposition(w) || is_determiner(w) || is_adverb_between_aux(w) || channel_noun(w).has_value() ||
      is_attribution_word(w))
    return true;
  auto verb = read_verb(w);
  return !is_pronoun(w) && !opens_clause(w) && read_auxiliary(w) == Auxiliary::None &&
         !(verb && verb->form != VerbForm::Base);
}

// A relative clause set off by commas ("Kavan, who lived in London until 1989, said"): the
// tokens [first, last] of the one holding token `i`, or {no_token, no_token}.
std::pair<std::size_t, std::size_t> relative_clause_around(const TextUnits& u, const Sentence& s, std::size_t i) {
  auto relative = [](std::string_view w) {
    for (std::string_view x : {"who"sv, "which"sv, "whose"sv, "whom"sv, "where"sv, "when"sv})
      if (iequals(w, x)) return true;
    return false;
  };
  // The clause may run over several comma-set pieces that continue it ("who lived in London
  // from 1968, when the Soviets invaded, until 1989, said"): step back over pieces that open
  // with a preposition or subordinator, up to three, to the relative word.
  std::size_t a = i;
  for (int piece = 0;; ++piece) {
    while (a > s.first && u.word(a - 1) != ",") --a;
    if (a == s.first) return {no_token, no_token};
    if (relative(u.word(a))) break;
    if (piece == 2 || !(is_preposition(u.word(a)) || is_subordinator(u.word(a)))) return {no_token, no_token};
    --a;  // onto the comma, into the piece before
  }
  std::size_t b = i;
  while (b + 1 < s.last && u.word(b + 1) != ",") ++b;
  return {a, b};
}

}  // namespace

std::size_t modified_noun(const TextUnits& u, const Sentence& s, TimexTokens t) {
  std::size_t n = t.last + 1;
  if (possessive(u.word(t.last))) return n < s.last ? n : no_token;  // "last month's discovery"
  if (n < s.last && u.word(n) == "," && n + 1 < s.last && !u.tokens[n + 1].capitalized) ++n;  // "the Dec. 21, 1988, bombing"
  if (n >= s.last || !nominal(u, n)) return no_token;
  // "were predicting 1990 BellSouth earnings": a bare year right before a noun, with no
  // preposition to make it an adverbial, names what the noun is about
  if (t.first == t.last && u.tokens[t.first].kind == TokenKind::Number && u.word(t.first).size() == 4 &&
      t.first > s.first && !is_preposition(u.word(t.first - 1)) && u.word(t.first - 1) != ",")
    return n;
  bool after_determiner = t.first > s.first && (is_determiner(u.word(t.first - 1)) || possessive(u.word(t.first - 1)));
  bool adjectival = u.word(t.last).find('-') != std::string_view::npos && !u.tokens[n].capitalized;  // "third-quarter"
  return after_determiner || adjectival ? n : no_token;
}

bool names_a_term(const TextUnits& u, const Sentence& s, TimexTokens t) {
  if (t.first > s.first && is_term_word(u.word(t.first - 1))) return true;
  // "fell 5% to $9.5 million from $10.1 million a year earlier": the time of the figure compared
  // with, not of the fall
  bool figure = false;
  for (std::size_t i = t.first, steps = 0; i > s.first && steps < 12; --i, ++steps) {
    std::string_view w = u.word(i - 1);
    if (u.tokens[i - 1].kind == TokenKind::Number) { figure = true; continue; }
    if (iequals(w, "from") || iequals(w, "compared") || iequals(w, "versus") || iequals(w, "vs.")) return figure;
    if (u.tokens[i - 1].kind == TokenKind::Punct && w != "," && w != "$" && w != "%") break;
    if (opens_clause(w) || read_auxiliary(w) != Auxiliary::None) break;
    if (auto v = read_verb(w); v && v->form != VerbForm::Base && !u.tokens[i - 1].capitalized) break;
  }
  return t.last + 2 < s.last && iequals(u.word(t.last + 1), "as") && is_determiner(u.word(t.last + 2));
}

std::pair<std::size_t, std::size_t> when_clause_after(const TextUnits& u, const Sentence& s, TimexTokens t) {
  std::size_t w = t.last + 1;
  if (w < s.last && u.word(w) == ",") ++w;
  if (w + 1 >= s.last || !iequals(u.word(w), "when")) return {no_token, no_token};
  std::size_t end = w + 1;
  while (end + 1 < s.last && !(u.tokens[end + 1].kind == TokenKind::Punct && u.word(end + 1) != "'s")) ++end;
  return {w + 1, end};
}

namespace {

// ", and" closing a list of three or more names ("the United States, Canada, and Mexico wrapped
// up"): the comma before "and" joins names, not clauses. `comma` is that comma's token.
bool ends_name_list(const TextUnits& u, const Sentence& s, std::size_t comma) {
  if (comma < s.first + 3 || comma + 2 >= s.last) return false;
  const auto name = [&](std::size_t k) { return u.tokens[k].capitalized && u.tokens[k].kind == TokenKind::Word; };
  if (!name(comma + 2)) return false;
  // the name before the comma ("Canada", "Foreign Minister Chrystia Freeland"), then a comma
  // and the name before it
  std::size_t k = comma;
  while (k > s.first && comma - k < 6 && name(k - 1)) --k;
  return k < comma && k >= s.first + 2 && u.word(k - 1) == "," && name(k - 2);
}

}  // namespace

bool may_date(const TextUnits& u, const Sentence& s, TimexTokens t, const Mention& m,
              std::span<const Mention> mentions) {
  if (std::size_t n = modified_noun(u, s, t); n != no_token) return m.noun && m.trigger >= n && m.trigger <= n + 2;
  if (names_a_term(u, s, t)) return false;
  // the events of the "when" clause after a time are dated by it (not a plan said in it)
  if (!m.noun && m.tense != Tense::Modal && m.tense != Tense::Future)
    if (auto [wf, wl] = when_clause_after(u, s, t); wf != no_token && m.trigger >= wf && m.trigger <= wl) return true;
  if (auto [rf, rl] = relative_clause_around(u, s, t.first); rf != no_token && (m.trigger < rf || m.trigger > rl))
    return false;
  const bool after = t.first > m.trigger_last;
  const std::size_t lo = after ? m.trigger_last + 1 : t.last + 1, hi = after ? t.first : m.trigger;
  for (std::size_t i = lo; i < hi; ++i) {
    if (opens_clause(u.word(i)) || nonfinite_verb_at(u, s, i)) return false;
    // "opened the round on Monday, and the delegations concluded it on Thursday": a time does
    // not reach forward over ", and" into the next clause
    if (!after && u.word(i) == "," && i + 1 < hi && (iequals(u.word(i + 1), "and") || iequals(u.word(i + 1), "but")) &&
        !ends_name_list(u, s, i))
      return false;
    // "finished ... after the parliament ratified the treaty on Tuesday", "ended the strike on
    // Thursday after the union accepted": a subordinate clause or phrase in between owns the time
    // on its side, unless the subordinator governs the time itself
    if (i + 1 < hi && is_subordinator(u.word(i))) return false;
  }
  for (const Mention& o : mentions)
    if (&o != &m && !o.noun && o.trigger != no_token && o.quoted == m.quoted && o.trigger >= lo && o.trigger < hi)
      return false;
  if (m.kind != EventKind::Statement || m.quoted || m.noun) return true;
  // A reporting verb is dated only by a time written in its attribution; the times of what was
  // said belong to the events said.
  if (after) {
    if (hi - lo > 6) return false;
    for (std::size_t i = lo; i < hi; ++i)
      if (!attribution_filler(u, i)) return false;
    return true;
  }
  if (m.inverted) return false;  // "..., said Borrell": what comes before is the quote
  if (m.subject_first != no_token && t.first >= m.subject_first) return true;  // "Cuba on Wednesday said"
  // "On Friday, the official said ...", "In July 1997, at a summit in Madrid, the alliance
  // announced": a time opening the sentence, with no other event before the statement
  std::size_t opener = s.first;
  if (opener < t.first && is_preposition(u.word(opener))) ++opener;
  return t.first == opener && m.subject_first != no_token;
}

bool in_quoted_fragment_of(const TextUnits& u, const Sentence& s, TimexTokens t, const Mention& m,
                           std::span<const Mention> mentions) {
  if (m.quoted || !u.tokens[t.first].in_quote || t.first <= m.trigger_last) return false;
  // (the walks stop soon after a fragment's length: a quote of a whole page costs no more)
  constexpr std::size_t most_words = 8, most_tokens = 3 * most_words;
  std::size_t open = t.first;
  while (open > s.first && t.first - open < most_tokens && u.tokens[open - 1].in_quote &&
         u.tokens[open - 1].kind != TokenKind::OpenQuote)
    --open;
  if (open > s.first && u.tokens[open - 1].kind == TokenKind::OpenQuote) --open;
  if (u.tokens[open].kind != TokenKind::OpenQuote || open <= m.trigger_last) return false;
  std::size_t close = t.last;
  while (close + 1 < s.last && close - t.last < most_tokens && u.tokens[close + 1].in_quote &&
         u.tokens[close + 1].kind != TokenKind::CloseQuote)
    ++close;
  if (close + 1 < s.last && u.tokens[close + 1].in_quote && u.tokens[close + 1].kind != TokenKind::CloseQuote)
    return false;  // the quote goes on: no fragment
  std::size_t words = 0;
  for (std::size_t i = open; i <= close; ++i) words += u.tokens[i].kind == TokenKind::Word;
  if (words > most_words) return false;
  for (const Mention& o : mentions)
    if (o.trigger >= open && o.trigger <= close) return false;
  // nothing but the event's own clause between it and the quote
  for (std::size_t i = m.trigger_last + 1; i < open; ++i)
    if (u.tokens[i].kind == TokenKind::Punct || opens_clause(u.word(i))) return false;
  return true;
}

}  // namespace parley::timeline
