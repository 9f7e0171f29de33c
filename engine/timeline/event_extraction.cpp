// Event extraction: statements, meetings and rounds, and other actions, read off the tokens of
// each sentence with the lexicons. No parser: a verb is found by its form and the auxiliaries
// before it, its subject by walking left over the noun phrase, its object by walking right.
#include <algorithm>
#include <optional>
#include <tuple>

#include "engine/timeline/actor_names.hpp"
#include "engine/timeline/mention.hpp"
#include "engine/timeline/copular_rounds.hpp"
#include "engine/timeline/gapped_rounds.hpp"
#include "engine/timeline/day_counts.hpp"
#include "engine/timeline/round_subject.hpp"
#include "engine/timeline/sentence_reader.hpp"
#include "engine/timeline/meeting_nouns.hpp"
#include "engine/timeline/adjective_participles.hpp"
#include "engine/timeline/wire_verbs.hpp"

namespace parley::timeline {
// String literals as std::string_view: the word lists below are compared in hot loops, and a
// list of C strings would be measured (strlen) on every call.
using namespace std::string_view_literals;
namespace {

// The form of "take" a word is ("took place", "taking place"), if it is one.
std::optional<VerbForm> take_form(std::string_view word) {
  constexpr std::pair<std::string_view, VerbForm> forms[] = {
      {"take", VerbForm::Base}, {"takes", VerbForm::Third}, {"took", VerbForm::Past},
      {"taken", VerbForm::Participle}, {"taking", VerbForm::Gerund}};
  for (const auto& [w, f] : forms)
    if (iequals(word, w)) return f;
  return std::nullopt;
}

// The form of "get" a word is ("got underway", "getting under way"), if it is one.
std::optional<VerbForm> get_form(std::string_view word) {
  constexpr std::pair<std::string_view, VerbForm> forms[] = {
      {"get", VerbForm::Base}, {"gets", VerbForm::Third}, {"got", VerbForm::Past},
      {"gotten", VerbForm::Participle}, {"getting", VerbForm::Gerund}};
  for (const auto& [w, f] : forms)
    if (iequals(word, w)) return f;
  return std::nullopt;
}

std::string join(const TextUnits& u, std::size_t first, std::size_t last) {
  if (first == no_token || first > last) return {};
  return std::string(u.span(first, last));
}

// Tense from the auxiliaries before the verb at `v`, skipping adverbs ("has already said").
Tense tense_of(const SentenceReader& r, std::size_t v, VerbForm form, std::size_t* aux_first) {
  std::size_t i = v;
  Auxiliary seen = Auxiliary::None;
  bool been = false;
  *aux_first = v;
  while (i > r.s.first) {
    --i;
    std::string_view x = r.w(i);
    Auxiliary a = read_auxiliary(x);
    if (a == Auxiliary::Been || a == Auxiliary::Being) { been = true; *aux_first = i; continue; }
    if (a == Auxiliary::To && form == VerbForm::Gerund) break;  // "in addition to reinstating"
    // "are due to end", "is scheduled to begin": a plan, told as the future it names
    if (a == Auxiliary::To && i > r.s.first &&
        (r.lower_is(i - 1, "due") || r.lower_is(i - 1, "scheduled") || r.lower_is(i - 1, "slated"))) {
      *aux_first = i - 1;
      if (i - 1 > r.s.first && read_auxiliary(r.w(i - 2)) != Auxiliary::None) *aux_first = i - 2;
      return Tense::Future;
    }
    if (a != Auxiliary::None) { seen = a; *aux_first = i; break; }
    if (is_adverb_between_aux(x) || x == "n't") continue;
    break;
  }
  (void)been;
  switch (seen) {
    case Auxiliary::Had: return Tense::PastPerfect;
    case Auxiliary::Has: return Tense::PresentPerfect;
    case Auxiliary::Was: return Tense::Past;
    case Auxiliary::Is: return Tense::Present;
    case Auxiliary::Will: return Tense::Future;
    case Auxiliary::Would: case Auxiliary::Modal: return Tense::Modal;
    case Auxiliary::To: return Tense::Nonfinite;
    default: break;
  }
  if (i > r.s.first && (r.lower_is(i, "did") || r.lower_is(i, "didn't"))) return Tense::Past;
  if (i > r.s.first && (r.lower_is(i, "does") || r.lower_is(i, "do"))) return Tense::Present;
  switch (form) {
    case VerbForm::Past: case VerbForm::PastOrParticiple: return Tense::Past;
    case VerbForm::Third: return Tense::Present;
    case VerbForm::Participle: return Tense::Past;
    default: return Tense::None;  // gerunds and bare forms take the tense of their main verb
  }
}

bool counts_things(const SentenceReader& r, std::size_t i) {
  if (r.u.tokens[i].kind == TokenKind::Number) return true;
  for (std::string_view n : {"two"sv, "three"sv, "four"sv, "five"sv, "six"sv, "seven"sv, "eight"sv, "nine"sv, "ten"sv, "several"sv,
                             "many"sv, "multiple"sv, "dozens"sv})
    if (iequals(r.w(i), n)) return true;
  return false;
}

bool noun_context(const SentenceReader& r, std::size_t v) {
  if (v == r.s.first) return false;
  std::string_view p = r.w(v - 1);
  // "the 1992 protests", "three attacks": a number before the word makes it a noun
  if (r.u.tokens[v - 1].kind == TokenKind::Number) return true;
  // "the weekly meeting", "a monthly session": a frequency is an adjective, not an adverb
  if (r.timex_at(v - 1) && is_frequency_adjective(p)) return true;
  // "would discuss issues", "rejected offers", "made gains": an -s word right after a verb is its
  // object. A bare form counts only after "to" or an auxiliary ("the report says", "the exchange
  // closes" are nouns before their verb), and neither an -ing word ("when trading begins") nor a
  // past form spelt as its bare one ("a 1.50 dlrs cut brings") is surely a verb
  if (r.w(v).ends_with('s') && r.u.tokens[v - 1].kind == TokenKind::Word && !r.u.tokens[v - 1].capitalized)
    if (const auto pv = read_verb(p)) {
      const bool past = (pv->form == VerbForm::Past || pv->form == VerbForm::PastOrParticiple ||
                         pv->form == VerbForm::Participle) &&
                        !iequals(p, pv->lemma);
      const bool bare_after_aux = pv->form == VerbForm::Base && v >= r.s.first + 2 &&
                                  (r.lower_is(v - 2, "to") || read_auxiliary(r.w(v - 2)) != Auxiliary::None);
      if (past || bare_after_aux) return true;
    }
  // "two terrorist bomb attacks", "three Atlanta attacks": a count a few words back, with only
  // modifiers between
  for (std::size_t k = v - 1, steps = 0; k > r.s.first && steps < 3; --k, ++steps) {
    if (counts_things(r, k - 1)) return true;
    std::string_view m = r.w(k);
    if (r.u.tokens[k].kind != TokenKind::Word || is_preposition(m) || is_pronoun(m) || is_clause_word(m) ||
        read_auxiliary(m) != Auxiliary::None || is_determiner(m))
      break;
    if (auto mv = read_verb(m); mv && mv->form != VerbForm::Base) break;
  }
  return is_determiner(p) || p == "'s" || p.ends_with("\xE2\x80\x99s") || p.ends_with("'s") ||
         (r.u.tokens[v - 1].kind == TokenKind::Word && read_verb(p) == std::nullopt && !is_preposition(p) &&
          !is_pronoun(p) && !r.u.tokens[v - 1].capitalized && read_auxiliary(p) == Auxiliary::None &&
          !is_adverb_between_aux(p) && !is_clause_word(p) && !p.ends_with("ly"));
}

// Whether tokens [first, end) are a name as a list item: capitalised words, "the" before them.
bool names_only(const SentenceReader& r, std::size_t first, std::size_t end) {
  if (first >= end) return false;
  for (std::size_t k = first; k < end; ++k) {
    if (k == first && r.lower_is(k, "the")) continue;
    if (r.u.tokens[k].kind != TokenKind::Word || !r.u.tokens[k].capitalized || read_auxiliary(r.w(k)) != Auxiliary::None)
      return false;
  }
  return !(end == first + 1 && r.lower_is(first, "the"));
}

// The subject noun phrase ending just before `end` (exclusive): walks left over words, "of",
// possessives, parenthetical groups, and skips a relative or participle clause set off by commas.
std::pair<std::size_t, std::size_t> subject_before(const SentenceReader& r, std::size_t end) {
  // "The Cypriot government Saturday strongly condemned", "Cuba on Wednesday said": adverbs and a
  // time between the subject and its verb are not the subject
  const std::size_t verb = end;
  for (bool moved = true; moved && end > r.s.first;) {
    const std::size_t k = end - 1;
    const std::string_view x = r.w(k);
    const bool adverb = r.u.tokens[k].kind == TokenKind::Word && !r.u.tokens[k].capitalized && x.size() > 3 &&
                        x.ends_with("ly") && read_verb(x) == std::nullopt;
    const bool time_word = r.timex_at(k) || ((iequals(x, "on") || iequals(x, "at")) && k + 1 < verb && r.timex_at(k + 1));
    moved = (adverb || time_word) && k > r.s.first;
    if (moved) --end;
  }
  // "Foreign Minister Salim Harthy, left, meets": a caption's position word set off by commas
  if (end >= r.s.first + 4 && r.punct(end - 1, ",") && r.punct(end - 3, ",") &&
      (r.lower_is(end - 2, "left") || r.lower_is(end - 2, "right") || r.lower_is(end - 2, "center") ||
       r.lower_is(end - 2, "centre")))
    end -= 3;
  std::size_t i = end;
  // skip ", which was attended by ..., " or ", after leaving ...," back to the head noun phrase
  if (i > r.s.first && r.punct(i - 1, ",")) {
    for (std::size_t k = i - 1; k > r.s.first; --k) {
      // quotation marks inside the clause are part of it ("while acknowledging the “maximum
      // pressure” policy"); a semicolon ends the search
      if (r.punct(k, ";")) break;
      std::string_view x = r.w(k);
      bool gerund = x.size() > 4 && x.ends_with("ing") && !r.u.tokens[k].capitalized;  // ", referring to ...,"
      bool opener = gerund || (is_preposition(x) && k > r.s.first && r.punct(k - 1, ",")) || iequals(x, "which") || iequals(x, "who") || iequals(x, "while") || iequals(x, "after") ||
                    iequals(x, "before") || iequals(x, "since") || iequals(x, "although");
      if (opener && r.punct(k - 1, ",")) { i = k - 1; break; }
    }
  }
  // "A local cooperative leader, Serik Nurlanov, said": a name set off by commas is in apposition
  // to the noun phrase before it; the subject is both
  std::size_t appositive_end = no_token;
  if (i == end && i > r.s.first + 2 && r.punct(i - 1, ",")) {
    std::size_t k = i - 1;  // "Italian lawmaker Giulia Romano": words up to a name
    while (k > r.s.first && r.u.tokens[k - 1].kind == TokenKind::Word && !is_clause_word(r.w(k - 1)) &&
           !is_preposition(r.w(k - 1)) && read_verb(r.w(k - 1)) == std::nullopt && k + 8 > i)
      --k;
    if (k < i - 1 && k > r.s.first && r.punct(k - 1, ",") && r.u.tokens[i - 2].capitalized) {
      appositive_end = i - 2;
      i = k - 1;
    }
  }
  // "Abbas Araqchi, Iran's deputy foreign minister, told": a title set off by commas after a
  // name; the subject is the name
  if (i == end && i > r.s.first + 3 && r.punct(i - 1, ",")) {
    std::size_t k = i - 1;
    while (k > r.s.first && k + 14 > i &&
           (r.u.tokens[k - 1].kind == TokenKind::Word || r.w(k - 1) == "'s" || r.w(k - 1) == "'") &&
           !is_clause_word(r.w(k - 1)) && !is_pronoun(r.w(k - 1)) &&
           (read_auxiliary(r.w(k - 1)) == Auxiliary::None || r.lower_is(k - 1, "to")) &&
           !(read_verb(r.w(k - 1)) && !r.u.tokens[k - 1].capitalized && read_verb(r.w(k - 1))->form != VerbForm::Base &&
             !is_title_word(r.w(k - 1)) && !is_negotiation_noun(r.w(k - 1))))
      --k;
    bool titled = false;
    for (std::size_t t = k; t + 1 < i; ++t) titled = titled || is_title_word(r.w(t));
    if (titled && k < i - 1 && k > r.s.first + 1 && r.punct(k - 1, ",") && r.u.tokens[k - 2].capitalized &&
        r.u.tokens[k - 2].kind == TokenKind::Word)
      i = k - 1;
  }
  std::size_t last = i;  // exclusive
  int depth = 0;
  // "the United States, Canada, and Mexico": a list of names goes on past its commas; `item_end`
  // is where the list item right of the walk ends (exclusive), no_token outside a list
  std::size_t item_end = no_token, list_and = no_token;
  int list_commas = 0;
  while (i > r.s.first) {
    std::size_t k = i - 1;
    std::string_view x = r.w(k);
    if (x == "," && item_end != no_token && names_only(r, k + 1, item_end)) {
      item_end = k;
      i = k;
      ++list_commas;
      continue;
    }
    if (iequals(x, "and") && item_end == no_token && k > r.s.first + 1 && r.punct(k - 1, ",") &&
        r.u.tokens[k - 2].capitalized && names_only(r, k + 1, last)) {
      item_end = k - 1;
      list_and = k;
      i = k - 1;
      continue;
    }
    if (x == ")") { ++depth; i = k; continue; }
    if (x == "(") { if (depth == 0) break; --depth; i = k; continue; }
    if (depth > 0) { i = k; continue; }
    if (r.timex_at(k)) break;
    auto kind = r.u.tokens[k].kind;
    if (kind == TokenKind::OpenQuote || kind == TokenKind::CloseQuote || kind == TokenKind::Dash) break;
    if (kind == TokenKind::Punct && x != "+" && x != "&" && x != "'s") break;
    if (is_clause_word(x) && !iequals(x, "and")) break;
    if (iequals(x, "and")) {
      // "Iran and the P5+1" inside a noun phrase; a clause "..., and he said" is cut at the comma
      if (k == r.s.first || r.punct(k - 1, ",")) break;
    }
    // "its monitoring agreement with Iran had expired": "with" inside a noun phrase, not after a verb
    const bool noun_with = iequals(x, "with") && k > r.s.first && r.u.tokens[k - 1].kind == TokenKind::Word &&
                           !r.u.tokens[k - 1].capitalized && !read_verb(r.w(k - 1)) && !is_pronoun(r.w(k - 1)) &&
                           !is_preposition(r.w(k - 1)) && read_auxiliary(r.w(k - 1)) == Auxiliary::None;
    if (is_preposition(x) && !iequals(x, "of") && !iequals(x, "in") && !iequals(x, "from") && !iequals(x, "for") && !noun_with)
      break;
    if (read_auxiliary(x) != Auxiliary::None) break;
    if (auto v = read_verb(x); v && !r.u.tokens[k].capitalized && v->form != VerbForm::Base &&
                                v->form != VerbForm::Gerund && !is_negotiation_noun(x) &&
                                !is_title_word(x) && !(k > r.s.first && is_determiner(r.w(k - 1))))
      break;
    i = k;
  }
  // "Lavrov, and Blinken said": two names and a comma are two clauses, a list has three or more
  if (list_and != no_token && list_commas == 0) i = list_and + 1;
  // a noun phrase does not start with a preposition or "and"
  while (i < last && (is_preposition(r.w(i)) || iequals(r.w(i), "and"))) ++i;
  // a personal pronoun right before the verb is the whole subject ("was positive and we saw")
  if (i < last && is_pronoun(r.w(last - 1))) i = last - 1;
  if (i >= last) return {no_token, no_token};
  return {i, appositive_end != no_token ? appositive_end : last - 1};
}

// A participle with no auxiliary after the object of an earlier verb is a reduced relative
// clause, not an event of its own: "reviewed the progress achieved in", "reinstating the
// sanctions suspended under". A subject before its verb has no verb before it: "the heads of
// delegations reviewed".
bool modifies_object(const SentenceReader& r, std::size_t v) {
  if (v == r.s.first) return false;
  std::size_t k = v;
  while (k > r.s.first) {
    std::size_t p = k - 1;
    std::string_view x = r.w(p);
    if (r.u.tokens[p].kind != TokenKind::Word || r.u.tokens[p].capitalized) break;
    if (is_pronoun(x) || is_clause_word(x) || read_auxiliary(x) != Auxiliary::None || is_adverb_between_aux(x)) break;
    if (is_preposition(x) && !iequals(x, "of")) break;
    if (k < v) {
      auto verb = read_verb(x);
      // after a reporting verb the words are its complement clause: "said profits dropped"
      if (verb && verb->form != VerbForm::Base && verb->form != VerbForm::Third) return verb->cls != VerbClass::Reporting;
    }
    k = p;
  }
  return false;
}

// Whether token `i` starts a clause or verb phrase of its own: a verb, an auxiliary or a pronoun
// ("... and exchanged views", "... and he said"), as opposed to more of a noun phrase.
bool starts_clause(const SentenceReader& r, std::size_t i) {
  if (i >= r.s.last) return true;
  std::string_view x = r.w(i);
  if (is_pronoun(x) || read_auxiliary(x) != Auxiliary::None) return true;
  auto v = read_verb(x);
  return v && v->form != VerbForm::Base && !r.u.tokens[i].capitalized;
}

// The object noun phrase from `begin`: up to a clause boundary, another verb, or a time.
std::pair<std::size_t, std::size_t> object_after(const SentenceReader& r, std::size_t begin, std::size_t max_len = 14) {
  std::size_t i = begin, end = std::min(r.s.last, begin + max_len);
  std::size_t last = no_token;
  int depth = 0;
  for (; i < end; ++i) {
    std::string_view x = r.w(i);
    auto kind = r.u.tokens[i].kind;
    if (r.timex_at(i)) break;
    if (x == "(") { ++depth; last = i; continue; }
    if (x == ")") { if (depth == 0) break; --depth; last = i; continue; }
    if (depth > 0) { last = i; continue; }
    if (kind == TokenKind::Punct && x != "+" && x != "&" && x != "%" && x != "$") break;
    if (kind == TokenKind::Dash) break;
    if (is_clause_word(x) && !(iequals(x, "and") && !starts_clause(r, i + 1))) break;
    if (iequals(x, "in") && i + 2 < r.s.last && iequals(r.w(i + 1), "addition")) break;
    if (iequals(x, "such") && i + 1 < r.s.last && iequals(r.w(i + 1), "as")) break;
    if (i > begin && read_auxiliary(x) != Auxiliary::None) break;
    if (i > begin && is_reporting_verb(x) && !r.u.tokens[i].capitalized) break;
    last = i;
  }
  if (last == no_token) return {no_token, no_token};
  // do not end on a preposition or determiner
  while (last > begin && (is_preposition(r.w(last)) || is_determiner(r.w(last)))) --last;
  if (last < begin || is_preposition(r.w(last))) return {no_token, no_token};
  return {begin, last};
}

// The quoted words nearest the verb in the sentence, without the quotation marks.
// Quotes inside the speaker's own noun phrase ("while acknowledging the “maximum pressure”
// policy, has said") are not what was said: tokens [skip_first, v) are passed over.
std::string quote_near(const SentenceReader& r, std::size_t v, std::size_t skip_first) {
  std::size_t best_first = no_token, best_last = no_token, best_dist = no_token;
  for (std::size_t i = r.s.first; i < r.s.last; ++i) {
    if (r.u.tokens[i].kind != TokenKind::OpenQuote) continue;
    if (skip_first != no_token && i > skip_first && i < v) continue;
    std::size_t j = i + 1;
    while (j < r.s.last && r.u.tokens[j].kind != TokenKind::CloseQuote) ++j;
    if (j == i + 1) continue;
    std::size_t first = i + 1, last = j - 1;
    // trailing punctuation inside the quote ("positive,”) is not part of the words
    while (last > first && r.u.tokens[last].kind == TokenKind::Punct) --last;
    std::size_t dist = v < i ? i - v : v - std::min(j, v);
    if (dist < best_dist) { best_dist = dist; best_first = first; best_last = last; }
    i = j;
  }
  return join(r.u, best_first, best_last);
}

std::string channel_after(const SentenceReader& r, std::size_t v, std::string_view lemma) {
  for (std::size_t i = v + 1; i + 1 < r.s.last && i < v + 8; ++i) {
    std::string_view x = r.w(i);
    if (r.u.tokens[i].kind == TokenKind::Punct && x != ",") break;
    if (!(iequals(x, "on") || iequals(x, "in") || iequals(x, "via") || iequals(x, "during"))) continue;
    std::size_t j = i + 1;
    while (j < r.s.last && j < i + 4 && (is_determiner(r.w(j)) || r.w(j) == "news" || r.w(j) == "written")) ++j;
    if (j < r.s.last) {
      if (auto c = channel_noun(r.w(j))) {
        if (*c == "Twitter" || *c == "Facebook" || *c == "Telegram") return std::string(*c);
        return join(r.u, i, j);
      }
    }
  }
  if (auto c = implied_channel(lemma)) return std::string(*c);
  // "told Iranian TV", "told Russia's RIA news agency": whom a statement is told to, when it is
  // a medium, is its channel (never its speaker)
  if (lemma == "tell") {
    std::size_t j = v + 1;
    while (j < r.s.last && is_determiner(r.w(j))) ++j;
    for (std::size_t i = j; i < r.s.last && i < j + 5; ++i) {
      if (r.u.tokens[i].kind != TokenKind::Word && r.w(i) != "'s") break;
      if (is_medium_word(r.w(i)) && !iequals(r.w(i), "reporters") && !iequals(r.w(i), "journalists")) return join(r.u, j, i);
      const auto verb = read_verb(r.w(i));
      if (is_preposition(r.w(i)) || is_clause_word(r.w(i)) || (verb && verb->form != VerbForm::Base)) break;
    }
  }
  return {};
}

// "at the Grand Hotel in Vienna" -> "Grand Hotel, Vienna"; "talks in Vienna" -> "Vienna".
std::string place_in(const SentenceReader& r, std::size_t first, std::size_t last) {
  std::string place;
  int depth = 0;
  for (std::size_t i = first; i <= last && i < r.s.last; ++i) {
    depth += r.w(i) == "(" ? 1 : r.w(i) == ")" ? -1 : 0;
    // ", and the third round, in Baku, collapsed": another clause, another place (a list in
    // parentheses is not a clause)
    if (depth == 0 && r.punct(i, ",") && i + 1 < r.s.last && (iequals(r.w(i + 1), "and") || iequals(r.w(i + 1), "but")))
      break;
    if (!(iequals(r.w(i), "at") || iequals(r.w(i), "in"))) continue;
    std::size_t j = i + 1;
    if (j < r.s.last && iequals(r.w(j), "the")) ++j;
    std::size_t k = j;
    while (k < r.s.last && r.u.tokens[k].capitalized && !r.timex_at(k) && !is_title_word(r.w(k))) ++k;
    if (k == j) continue;
    if (!place.empty()) place += ", ";
    place += join(r.u, j, k - 1);
    i = k - 1;
  }
  return place;
}

// "delegations from Iran and the P5 + 1 (Germany, France)" -> ["Iran", "P5 + 1"].
std::vector<std::string> split_participants(const SentenceReader& r, std::size_t first, std::size_t last) {
  std::vector<std::string> out;
  if (first == no_token) return out;
  for (std::size_t i = first; i <= last; ++i)
    if (iequals(r.w(i), "from") || iequals(r.w(i), "with") || iequals(r.w(i), "by")) first = i + 1;
  std::size_t start = first;
  int depth = 0;
  auto flush = [&](std::size_t end) {  // exclusive
    std::size_t a = start;
    while (a < end && is_determiner(r.w(a))) ++a;
    if (a < end) out.push_back(join(r.u, a, end - 1));
  };
  for (std::size_t i = first; i <= last; ++i) {
    std::string_view x = r.w(i);
    if (x == "(") { if (depth++ == 0) { flush(i); start = no_token; } continue; }
    if (x == ")") { --depth; continue; }
    if (depth > 0) continue;
    if (x == "," || iequals(x, "and")) {
      if (start != no_token) flush(i);
      start = i + 1;
    }
  }
  if (start != no_token && start <= last) flush(last + 1);
  return out;
}

}  // namespace

// "of the Borjam Joint Commission meeting" -> "Borjam Joint Commission"; "Vienna talks";
// "talks in Vienna" -> "Vienna talks".
std::string series_in(const SentenceReader& r, std::size_t first, std::size_t last) {
  if (first == no_token) return {};
  for (std::size_t i = first; i <= last; ++i) {
    if (!is_negotiation_noun(r.w(i))) continue;
    // capitalized words right before the noun: "the Vienna talks", "Joint Commission meeting"
    std::size_t j = i;
    while (j > first && r.u.tokens[j - 1].kind == TokenKind::Word && !is_determiner(r.w(j - 1)) &&
           !is_preposition(r.w(j - 1)) && !r.timex_at(j - 1) && !is_clause_word(r.w(j - 1)) &&
           !(!r.u.tokens[j - 1].capitalized && looks_like_past_participle(r.w(j - 1))))  // "the Taliban opened talks"
      --j;
    // the name starts at its first capital, after a headline's position ("Second round of talks")
    while (j < i && (!r.u.tokens[j].capitalized || is_position_word(r.w(j)))) ++j;
    if (j < i) {
      std::string name = join(r.u, j, i - 1);
      if (iequals(r.w(i), "talks") || iequals(r.w(i), "negotiations")) name += " " + std::string(r.w(i));
      return name;
    }
    if (r.u.tokens[i].capitalized && i > first) {  // "Joint Commission" itself capitalized
      std::size_t k = i;
      while (k > first && r.u.tokens[k - 1].capitalized) --k;
      return join(r.u, k, i);
    }
    // "talks in Vienna"
    if ((iequals(r.w(i), "talks") || iequals(r.w(i), "negotiations")) && i + 2 <= last + 2 && i + 2 < r.s.last &&
        iequals(r.w(i + 1), "in") && r.u.tokens[i + 2].capitalized)
      return std::string(r.w(i + 2)) + " " + std::string(r.w(i));
  }
  return {};
}

// The first event ordinal inside tokens [first, last], or -1. Ordinals come in text order and
// do not overlap, so the first one starting inside is the only candidate (a binary search: a
// scan of all of them per mention was quadratic in long documents).
int ordinal_in(const TextUnits& u, const std::vector<EventOrdinal>& ordinals, std::size_t first, std::size_t last) {
  if (first == no_token) return -1;
  const std::size_t b = u.tokens[first].begin, e = u.tokens[last].end;
  const auto it = std::partition_point(ordinals.begin(), ordinals.end(),
                                       [&](const EventOrdinal& o) { return o.span.begin < b; });
  if (it == ordinals.end() || it->span.end > e) return -1;
  return static_cast<int>(it - ordinals.begin());
}

namespace {

// "After a fifth round of talks", "after the third round": the round noun at `v` opening an
// "after" phrase, numbered; the index of its ordinal, or -1.
int after_round(const SentenceReader& r, const std::vector<EventOrdinal>& ordinals, std::size_t v) {
  if (!is_negotiation_noun(r.w(v)) || !counts_rounds(r.w(v))) return -1;
  for (std::size_t k = v; k > r.s.first && k + 4 > v; --k) {
    if (!r.lower_is(k - 1, "after")) continue;
    const int o = ordinal_in(r.u, ordinals, k, v);
    if (o < 0 || !numbers_one_round(ordinals[static_cast<std::size_t>(o)])) return -1;
    const auto kind = ordinals[static_cast<std::size_t>(o)].kind;
    return kind == EventOrdinal::Kind::Number || kind == EventOrdinal::Kind::First ? o : -1;
  }
  return -1;
}

// "a second round", "A third session": the ordinal follows an indefinite article, so the round
// is new to the reader.
bool indefinite_ordinal(const SentenceReader& r, const EventOrdinal& o) {
  const std::string_view text = o.text;
  if (text.size() > 2 && (iequals(text.substr(0, 2), "a ") || (text.size() > 3 && iequals(text.substr(0, 3), "an "))))
    return true;
  const std::size_t at = static_cast<std::size_t>(
      std::partition_point(r.u.tokens.begin(), r.u.tokens.end(), [&](const Token& t) { return t.begin < o.span.begin; }) -
      r.u.tokens.begin());
  return at > r.s.first && (r.lower_is(at - 1, "a") || r.lower_is(at - 1, "an"));
}

// The first token starting at or after byte `begin`.
std::size_t first_token_at_or_after(const TextUnits& u, std::size_t begin) {
  return static_cast<std::size_t>(std::partition_point(u.tokens.begin(), u.tokens.end(),
                                                       [&](const Token& t) { return t.begin < begin; }) -
                                  u.tokens.begin());
}

// "met for the third round of talks", "convened ... Thursday for a second round": the ordinal of
// the one round a meeting verb at `v` was held for, within its clause (ending at `clause_last`),
// or -1. Only a few words of place and time may stand between the verb and "for".
int round_met_for(const SentenceReader& r, const std::vector<EventOrdinal>& ordinals, std::size_t v,
                  std::size_t clause_last) {
  const std::size_t end = std::min({r.s.last, clause_last + 1, v + 12});
  for (std::size_t k = v + 1; k + 1 < end; ++k) {
    const std::string_view x = r.w(k);
    if (r.u.tokens[k].kind == TokenKind::Punct || is_clause_word(x) || read_auxiliary(x) != Auxiliary::None) return -1;
    if (!iequals(x, "for")) continue;
    std::size_t j = k + 1;
    while (j < end && is_determiner(r.w(j))) ++j;
    const int o = ordinal_in(r.u, ordinals, k + 1, std::min(end, j + 3) - 1);  // (its span holds "the")
    if (o < 0) return -1;
    const EventOrdinal& ord = ordinals[static_cast<std::size_t>(o)];
    return round_number(ord) > 0 ? o : -1;
  }
  return -1;
}

// The clause of token `v`: from the last boundary before it to the next one after it.
std::pair<std::size_t, std::size_t> clause_of(const SentenceReader& r, std::size_t v) {
  auto boundary = [&](std::size_t i) {
    auto k = r.u.tokens[i].kind;
    std::string_view x = r.w(i);
    return (k == TokenKind::Punct && (x == ";" || x == ":")) || k == TokenKind::OpenQuote ||
           k == TokenKind::CloseQuote || k == TokenKind::Dash;
  };
  // "representatives of the three countries – including the ministers – wrapped up": an aside
  // between two dashes is not a clause boundary of the words around it. An aside that holds a
  // time keeps it ("instalments - originally due in March 1988 - will be deferred").
  auto dash = [&](std::size_t i) { return r.u.tokens[i].kind == TokenKind::Dash; };
  auto dated = [&](std::size_t from, std::size_t to) {  // tokens [from, to)
    for (std::size_t i = from; i < to; ++i)
      if (r.timex_at(i)) return true;
    return false;
  };
  constexpr std::size_t max_aside = 30;
  std::size_t a = v, b = v;
  for (;;) {
    while (a > r.s.first && !boundary(a - 1)) --a;
    if (a < r.s.first + 2 || !dash(a - 1)) break;
    std::size_t o = a - 1;
    while (o > r.s.first && a - o < max_aside && !boundary(o - 1)) --o;
    if (o == r.s.first || !dash(o - 1) || dated(o, a - 1)) break;
    a = o - 1;
  }
  for (;;) {
    while (b + 1 < r.s.last && !boundary(b + 1)) ++b;
    if (b + 2 >= r.s.last || !dash(b + 1)) break;
    std::size_t c = b + 2;
    while (c + 1 < r.s.last && c - b < max_aside && !boundary(c)) ++c;
    if (c + 1 >= r.s.last || !dash(c) || dated(b + 2, c)) break;
    b = c;
  }
  return {a, b};
}

// A reporting verb used for something other than speech: "added 358,000 jobs", "posted $2
// million", "wrote down the number".
bool reports_nothing(const SentenceReader& r, std::size_t v) {
  if (v + 1 >= r.s.last) return false;
  std::string_view next = r.w(v + 1);
  if (r.u.tokens[v + 1].kind == TokenKind::Number || next == "$" || iequals(next, "down") || iequals(next, "off"))
    return true;
  return false;
}

ClauseCue cue_before(const SentenceReader& r, std::size_t v) {
  // "after leaving", "after the talks ended": the subordinator opens the comma-delimited segment
  std::size_t i = v;
  while (i > r.s.first && !r.punct(i - 1, ",") && r.u.tokens[i - 1].kind != TokenKind::OpenQuote) --i;
  if (i == v && v > r.s.first) i = v - 1;
  for (std::size_t k = i; k < v; ++k) {
    std::string_view x = r.w(k);
    if (k + 1 < v && iequals(x, "in") && iequals(r.w(k + 1), "addition")) return ClauseCue::InAdditionTo;
    if (k != i && k + 1 != v) continue;  // only at the segment start or right before the verb
    if (iequals(x, "after")) return ClauseCue::After;
    if (iequals(x, "before")) return ClauseCue::Before;
    if (iequals(x, "since")) return ClauseCue::Since;
    if (iequals(x, "until")) return ClauseCue::Until;
    if (iequals(x, "while") || iequals(x, "when") || iequals(x, "as")) return ClauseCue::While;
  }
  return ClauseCue::None;
}

}  // namespace

std::vector<Mention> extract_mentions(const TextUnits& u, const std::vector<EventOrdinal>& ordinals,
                                      const std::vector<Timex>& timexes) {
  std::vector<Mention> out;
  // timexes come in text order, like sentences: one cursor walks both (a scan of every timex
  // per sentence was quadratic in long documents)
  std::size_t first_timex = 0;
  for (std::size_t si = 0; si < u.sentences.size(); ++si) {
    const Sentence& s = u.sentences[si];
    while (first_timex < timexes.size() && timexes[first_timex].span.end <= s.begin) ++first_timex;
    if (s.dateline) continue;
    SentenceReader r{u, s, std::vector<char>(s.last - s.first, 0)};
    const VerbSite site{u, s, r.in_timex};
    for (std::size_t x = first_timex; x < timexes.size() && timexes[x].span.begin < s.end; ++x) {
      const Timex& t = timexes[x];
      if (t.span.end <= s.begin) continue;
      for (std::size_t i = s.first; i < s.last; ++i)
        if (u.tokens[i].begin < t.span.end && u.tokens[i].end > t.span.begin) r.in_timex[i - s.first] = 1;
    }
    std::size_t sentence_start_out = out.size();
    for (std::size_t v = s.first; v < s.last; ++v) {
      const Token& tok = u.tokens[v];
      // "the second day of the latest round", "talks entered their third day": the talks' start,
      // counted back from the day told (the tagger may have read "the second day" as a time)
      if (const int day = day_ordinal_at(r, v); day != 0 && tok.kind == TokenKind::Word) {
        if (const CountedTalks talks = talks_of_counted_day(r, v); talks.first != no_token) {
          Mention m;
          m.sentence = si;
          m.trigger = m.trigger_last = v;
          m.quoted = tok.in_quote;
          m.noun = true;
          m.lemma = "start";
          m.phase = Phase::Start;
          m.day_count = day;
          m.ordinal_index = ordinal_in(u, ordinals, talks.first, talks.last);
          m.kind = m.ordinal_index >= 0 ? EventKind::Round : EventKind::Meeting;
          m.series_name = series_in(r, talks.first, talks.last);
          std::tie(m.clause_first, m.clause_last) = clause_of(r, v);
          out.push_back(std::move(m));
          continue;
        }
      }
      if (tok.kind != TokenKind::Word || r.timex_at(v)) continue;
      std::string_view word = r.w(v);
      // ("a company called Trico" is a name; "called off the strike" is an act, "called for
      // tomorrow" a meeting's day)
      const bool called_off_or_for =
          iequals(word, "called") && v + 1 < s.last &&
          (iequals(r.w(v + 1), "off") || (iequals(r.w(v + 1), "for") && v + 2 < s.last && r.timex_at(v + 2)));
      if (is_non_event_word(word) && !called_off_or_for) continue;
      Mention m;
      m.sentence = si;
      m.trigger = m.trigger_last = v;
      m.quoted = tok.in_quote;
      // the clause is found only for words that turn out to be events: walking it from every
      // token made the extractor quadratic in the sentence
      auto set_clause = [&] { std::tie(m.clause_first, m.clause_last) = clause_of(r, v); };

      auto verb = read_verb(word);
      // "came to an end", "come to a close": one phase verb of four words
      if (verb && verb->lemma == "come" && v + 3 < s.last && r.lower_is(v + 1, "to") &&
          (r.lower_is(v + 2, "an") || r.lower_is(v + 2, "a")) && phase_noun(r.w(v + 3)) == Phase::End) {
        verb = VerbReading{"end", VerbClass::Phase, verb->form, Phase::End};
        m.trigger_last = v + 3;
      }
      // "took place": the whole of a meeting, told with its noun
      if (v + 1 < s.last && r.lower_is(v + 1, "place"))
        if (auto form = take_form(word)) {
          verb.emplace(VerbReading{"take place", VerbClass::Phase, *form, Phase::Whole});
          m.trigger_last = v + 1;
        }
      // "The talks got underway", "got under way on Wednesday": the start of a meeting
      if (v + 1 < s.last && (r.lower_is(v + 1, "underway") || (r.lower_is(v + 1, "under") && v + 2 < s.last && r.lower_is(v + 2, "way"))))
        if (auto form = get_form(word)) {
          verb.emplace(VerbReading{"get underway", VerbClass::Phase, *form, Phase::Start});
          m.trigger_last = r.lower_is(v + 1, "under") ? v + 2 : v + 1;
        }
      // "wrapped up", "kicks off", "walked out": the verb is an event only with its particle, and
      // with it a verb even after a noun ("The second round kicks off on Monday")
      bool phrasal = false;
      if (verb) {
        if (needs_particle(verb->lemma)) {
          // "a meeting has been called for tomorrow": a call for a day sets the meeting's day
          const bool call_for_day =
              verb->lemma == "call" && v + 2 < s.last && r.lower_is(v + 1, "for") && r.timex_at(v + 2);
          if (v + 1 < s.last && (takes_particle(verb->lemma, r.w(v + 1)) || call_for_day))
            m.trigger_last = v + 1, phrasal = true;
          else verb.reset();
          // "go to Moscow", "went to Geneva": a trip to a named place, not "go to great lengths";
          // "went on strike", "went on sale", not "the talks will go on"
          if (verb && verb->lemma == "go" && v + 2 < s.last) {
            const bool to_name = r.lower_is(v + 1, "to") && r.u.tokens[v + 2].capitalized;
            const bool on_occasion = r.lower_is(v + 1, "on") &&
                                     (r.lower_is(v + 2, "strike") || r.lower_is(v + 2, "sale") ||
                                      r.lower_is(v + 2, "trial") || r.lower_is(v + 2, "the"));
            if ((r.lower_is(v + 1, "to") && !to_name) || (r.lower_is(v + 1, "on") && !on_occasion)) verb.reset();
          } else if (verb && verb->lemma == "go" && (r.lower_is(v + 1, "to") || r.lower_is(v + 1, "on"))) {
            verb.reset();
          }
        } else if (verb->lemma == "close" && v + 1 < s.last && r.lower_is(v + 1, "out")) {
          m.trigger_last = v + 1;  // "closed out a fifth round"
        }
      }
      // asked only of words that may be events: most tokens are neither verbs nor event nouns
      auto nounish = [&] { return noun_context(r, v); };
      if (verb && tok.capitalized && v != s.first) verb.reset();  // a name: "Grand Rapids", "Lift"
      if (verb && not_an_event_here(site, v, verb->lemma)) verb.reset();  // "is scheduled to begin"
      // "have begun the second day of ...": the counted day is the event (above)
      if (verb && (verb->lemma == "begin" || verb->lemma == "start" || verb->lemma == "enter") && opens_counted_day(r, v))
        verb.reset();
      // "talks", "meetings": the nouns of negotiation, not verbs, unless an auxiliary says so
      if (verb && is_negotiation_noun(word) && (verb->form == VerbForm::Third || verb->form == VerbForm::Base)) verb.reset();
      // "The agreement expires on June 30": a verb form with a dated prepositional phrase right
      // after it is a verb, whatever the word before it
      const bool dated_after = verb && verb->form == VerbForm::Third && dated_right_after(site, v) &&
                               !is_negotiation_noun(word) && v > s.first && !is_determiner(r.w(v - 1)) &&
                               !is_pronoun(r.w(v - 1)) && verb->cls != VerbClass::Reporting;
      // "officials meet tomorrow", "when they start four days of talks", "their contracts expire on
      // April 30": a bare meeting or phase verb (or "expire") after a pronoun or a plural noun is a
      // finite present
      bool finite_bare = false;
      if (verb && verb->form == VerbForm::Base && v > s.first &&
          (verb->cls == VerbClass::Meeting || verb->cls == VerbClass::Phase || verb->lemma == "expire") &&
          u.tokens[v - 1].kind == TokenKind::Word) {
        const std::string_view p = r.w(v - 1);
        const bool plural_noun = p.size() > 3 && p.back() == 's' && !p.ends_with("ss") && !u.tokens[v - 1].capitalized &&
                                 !read_verb(p) && !is_negotiation_noun(p) && !is_determiner(p) && !is_preposition(p) &&
                                 !is_pronoun(p) && read_auxiliary(p) == Auxiliary::None;
        const bool subject_pronoun = iequals(p, "they") || iequals(p, "we") || iequals(p, "i") || iequals(p, "you");
        finite_bare = plural_noun || subject_pronoun;
      }
      if (phrasal && v > s.first && is_determiner(r.w(v - 1))) phrasal = false;  // "the kick off"
      if (verb && verb->form != VerbForm::PastOrParticiple && verb->form != VerbForm::Past && !dated_after && !finite_bare &&
          !phrasal && nounish())
        verb.reset();
      // "the suspended sanctions"; but "talks that concluded today" is a relative clause
      const bool relative_on_talks = v > s.first + 1 && r.lower_is(v - 1, "that") && counts_rounds(r.w(v - 2));
      if (verb && (verb->form == VerbForm::Past || verb->form == VerbForm::PastOrParticiple) && v > s.first &&
          is_determiner(r.w(v - 1)) && !relative_on_talks &&
          !relative_that_before(site, v))
        verb.reset();  // "the suspended sanctions" (but "the contract that expired April 30")
      if (verb && (verb->form == VerbForm::Past || verb->form == VerbForm::PastOrParticiple) &&
          (participle_qualifies_noun(site, v) || participle_after_determiner_adverb(site, v)))
        verb.reset();  // "to reconvene abandoned peace talks", "a regularly scheduled meeting"
      if (verb &&
          (verb->form == VerbForm::Past || verb->form == VerbForm::PastOrParticiple || verb->form == VerbForm::Participle) &&
          (participle_after_preposition(site, v) || caption_position(site, v) ||
           (verb->form == VerbForm::PastOrParticiple && participle_in_opening_phrase(site, v) &&
            participle_own_time(site, v) >= s.last)))
        verb.reset();  // "behind closed doors", "Qureshi, left, meets", "In this photo released by"
      if (verb && verb->form == VerbForm::Third && v > s.first && is_preposition(r.w(v - 1)))
        verb.reset();  // "enhanced by charges", "in attacks": after a preposition an -s word is a noun
      if (!verb) {
        // "at the end of the sixth round", "marked the start of the talks": a phase of a meeting
        // told as a noun
        if (Phase pn = phase_noun(word); pn != Phase::None && v + 2 < s.last && r.lower_is(v + 1, "of") && nounish()) {
          auto [of, ol] = object_after(r, v + 2, 12);
          if (names_talks(r, of, ol)) {
            m.noun = true;
            m.lemma = word;
            m.phase = pn;
            m.ordinal_index = ordinal_in(u, ordinals, of, ol);
            m.kind = m.ordinal_index >= 0 ? EventKind::Round : EventKind::Meeting;
            m.series_name = series_in(r, of, ol);
            set_clause();
            out.push_back(std::move(m));
            continue;
          }
        }
        // "After a fifth round of talks, Barnier said": a numbered round told as over
        if (const int o = after_round(r, ordinals, v); o >= 0) {
          m.noun = true;
          m.lemma = word;
          m.phase = Phase::End;
          m.kind = EventKind::Round;
          m.ordinal_index = o;
          auto [of, ol] = object_after(r, v, 10);
          m.series_name = series_in(r, v, ol == no_token ? v : ol);
          set_clause();
          out.push_back(std::move(m));
          continue;
        }
        // "yesterday's meeting", "talks yesterday with Baker": a meeting dated as a noun; and
        // "yesterday's ruling", "Tuesday's vote": an occasion dated by a time of its own
        const bool occasion = !tok.capitalized && is_occasion_noun(word);
        if ((is_negotiation_noun(word) || occasion) && !tok.capitalized) {
          if (const MeetingNounTime mt = meeting_noun_time(site, v);
              mt.time_token != no_token && (!occasion || is_negotiation_noun(word) || mt.attributive)) {
            m.noun = true;
            m.kind = is_negotiation_noun(word) ? EventKind::Meeting : EventKind::Action;
            m.phase = Phase::Whole;
            m.lemma = word;
            m.needs_own_time = true;
            if (mt.attributive) m.own_time = mt.time_token;
            if (mt.phrase_last > v) m.object = join(u, v + 1, mt.phrase_last);
            set_clause();
            out.push_back(std::move(m));
            continue;
          }
        }
        // an event noun: "the assassination of ...", "the withdrawal from ..."
        if (is_event_noun(word) && (nounish() || (v > s.first && is_preposition(r.w(v - 1))))) {
          m.noun = true;
          m.kind = EventKind::Action;
          m.lemma = word;
          auto [of, ol] = (v + 2 < s.last && (iequals(r.w(v + 1), "of") || iequals(r.w(v + 1), "from") ||
                                              iequals(r.w(v + 1), "on") || iequals(r.w(v + 1), "against")))
                              ? object_after(r, v + 2, 10)
                              : std::pair{no_token, no_token};
          if (of != no_token) m.object = join(u, v + 1, ol);
          set_clause();
          out.push_back(std::move(m));
        }
        continue;
      }
      set_clause();
      std::size_t aux_first = v;
      m.lemma = verb->lemma;
      m.tense = tense_of(r, v, verb->form, &aux_first);
      if (finite_bare && m.tense == Tense::None) m.tense = Tense::Present;
      if (verb->form == VerbForm::Base && m.tense == Tense::None) continue;  // "the talks", "a return"
      // "agreed to meet today", "likely to begin talks tomorrow": a planned event, dated only by
      // a time of its own (no default: the plan may have been carried out since)
      // the plan's own verb group ("had agreed to resume") and subject ("the participants")
      std::size_t plan_first = no_token;
      if (m.tense == Tense::Nonfinite && verb->cls != VerbClass::Reporting && aux_first < v &&
          plan_before_to(site, aux_first) == Plan::Planned) {
        m.tense = Tense::Future;
        m.needs_own_time = true;
        if (read_verb(r.w(aux_first - 1)) || iequals(r.w(aux_first - 1), "likely") || iequals(r.w(aux_first - 1), "ready")) {
          plan_first = aux_first - 1;
          while (plan_first > s.first && (read_auxiliary(r.w(plan_first - 1)) != Auxiliary::None ||
                                          is_adverb_between_aux(r.w(plan_first - 1))))
            --plan_first;
        }
      }
      if (m.tense == Tense::Nonfinite && verb->cls != VerbClass::Phase) continue;  // "to make decisions"
      if (m.tense == Tense::Nonfinite) continue;
      // a participle right after a noun with no auxiliary ("sanctions suspended under") modifies
      // that noun; it is not a clause of its own
      if (verb->form == VerbForm::PastOrParticiple && aux_first == v && verb->cls != VerbClass::Reporting &&
          modifies_object(r, v) && !is_intransitive(verb->lemma)) {
        // "an agreement reached with management on Thursday": a time of its own makes it one
        const std::size_t own = participle_own_time(site, v);
        if (own >= s.last) continue;
        m.own_time = own;
      } else if (verb->form == VerbForm::PastOrParticiple && aux_first == v && verb->cls != VerbClass::Reporting) {
        // "An agreement reached with the employers on Thursday had been rejected": the time in
        // a participle's own phrase is its, though the main verb after it is nearer
        if (const std::size_t own = subject_participle_own_time(site, v); own < s.last) m.own_time = own;
      }
      if (verb->form == VerbForm::Gerund && m.tense == Tense::None) {
        m.cue = cue_before(r, v);
        // "saying ..." continues the statement before it; a bare gerund is a noun or adjective
        if (verb->cls == VerbClass::Reporting) continue;
        // "Wrapping up a fifth round of talks, Mr. Barnier said": a phase verb opening the
        // sentence tells of its round
        // ("Closing is expected by March 31", "Continuing strong demand": without a round to
        // wrap up, an opening -ing word is a noun or an adjective)
        // "as opening round concludes", "the closing session", "continuing talks": these -ing
        // words before a round's noun describe it ("before starting negotiations" does not)
        if (m.trigger_last == v && v + 1 < s.last && is_negotiation_noun(r.w(v + 1)) &&
            (iequals(word, "opening") || iequals(word, "closing") || iequals(word, "concluding") ||
             iequals(word, "continuing")))
          continue;
        bool opens_sentence = false;
        if (v == s.first && verb->cls == VerbClass::Phase) {
          auto [of, ol] = object_after(r, m.trigger_last + 1);
          opens_sentence = names_talks(r, of, ol);
        }
        if (m.cue == ClauseCue::None && !(v > s.first && r.punct(v - 1, ",")) && !opens_sentence) continue;
      } else {
        m.finite = m.tense != Tense::None;  // (a planned "to" verb competes for its time like a main verb)
        m.cue = cue_before(r, aux_first);
      }
      // "which was attended by delegations from ...": not an event of its own but the
      // participants of the meeting it describes, told before or after it in the sentence
      if (verb->lemma == "attend" && m.tense != Tense::None) {
        auto [pf, pl] = object_after(r, v + 1, 24);
        // "from Azerbaijan, Kazakhstan and Iran": a list of names goes on past its commas
        while (pl != no_token && pl + 2 < s.last && (r.punct(pl + 1, ",") || iequals(r.w(pl + 1), "and")) &&
               u.tokens[pl + 2].capitalized && read_verb(r.w(pl + 2)) == std::nullopt) {
          pl += 2;
          if (iequals(r.w(pl), "and") && pl + 1 < s.last && u.tokens[pl + 1].capitalized) ++pl;
          while (pl + 1 < s.last && u.tokens[pl + 1].capitalized && u.tokens[pl + 1].kind == TokenKind::Word) ++pl;
        }
        Mention holder;  // a placeholder, read by the meeting and dropped at the sentence end
        holder.sentence = si;
        holder.trigger = no_token;
        holder.participants = split_participants(r, pf, pl);
        for (std::size_t k = out.size(); k > sentence_start_out; --k) {
          if (out[k - 1].kind == EventKind::Meeting || out[k - 1].kind == EventKind::Round) {
            out[k - 1].participants = holder.participants;
            break;
          }
        }
        if (!holder.participants.empty()) out.push_back(std::move(holder));
        if (pl != no_token) v = pl;
        continue;
      }

      m.verb_group = join(u, plan_first != no_token ? plan_first : aux_first, v);
      if (verb->cls == VerbClass::Reporting && v + 1 < s.last &&
          (iequals(r.w(v + 1), "that") || (is_pronoun(r.w(v + 1)) && v + 2 < s.last))) {
        std::size_t e = s.last - 1;
        while (e > v && u.tokens[e].kind != TokenKind::Word && u.tokens[e].kind != TokenKind::Number) --e;
        m.complement = join(u, v + 1, e);
      }
      // subject
      std::size_t subject_end = plan_first != no_token ? plan_first : aux_first;
      auto [sf, sl] = subject_before(r, subject_end);
      // "reviewed X and exchanged views", "brought the port to a halt but called off a stoppage",
      // "in addition to reinstating ... and imposing": a verb
      // coordinated with an earlier one, or a bare gerund, shares that verb's subject
      // (the timeline builder fills it in)
      if ((verb->form == VerbForm::Gerund && m.tense == Tense::None) ||
          (aux_first > s.first && (iequals(r.w(aux_first - 1), "and") || iequals(r.w(aux_first - 1), "but")))) {
        m.coordinated = m.finite;
        sf = sl = no_token;
      }
      bool inverted = false;  // "“...,” said Borrell."
      if (sf == no_token && verb->cls == VerbClass::Reporting && v + 1 < s.last &&
          (v == s.first || r.u.tokens[v - 1].kind == TokenKind::CloseQuote || r.punct(v - 1, ","))) {
        auto [of, ol] = object_after(r, v + 1, 10);
        // "..., told Iranian TV": the medium told is the channel, never the speaker
        bool medium = false;
        for (std::size_t k = of; of != no_token && k <= ol; ++k) medium = medium || is_medium_word(r.w(k));
        if (!medium) {
          sf = of;
          sl = ol;
          inverted = sf != no_token;
        }
      }
      if (sf != no_token) {
        // a relative pronoun subject stands for the noun phrase before it
        if (sf == sl && (iequals(r.w(sf), "which") || iequals(r.w(sf), "who") || iequals(r.w(sf), "that"))) {
          auto [af, al] = subject_before(r, sf > s.first && r.punct(sf - 1, ",") ? sf - 1 : sf);
          sf = af;
          sl = al;
        }
      }
      if (sf != no_token) {
        m.subject_first = sf;
        m.inverted = inverted;
        // (without a dateline, a headline line or a trailing "also": "He also said" is "he")
        m.actor = clean_subject(join(u, sf, sl));
        for (std::size_t k = sf; k <= sl && k < s.last; ++k) m.actor_also = m.actor_also || r.lower_is(k, "also");
        if (sl + 1 < s.last && r.lower_is(sl + 1, "also")) m.actor_also = true;
        m.actor_is_pronoun = m.actor.find(' ') == std::string::npos && is_pronoun(m.actor);
        for (std::size_t k = sf; k <= sl; ++k)
          if (iequals(r.w(k), "former") || iequals(r.w(k), "late") || iequals(r.w(k), "then-")) m.actor_former = true;
      }
      // kind
      switch (verb->cls) {
        case VerbClass::Reporting:
          if (reports_nothing(r, v)) {
            m.kind = EventKind::Action;
            if (auto [of, ol] = object_after(r, v + 1); of != no_token) m.object = join(u, of, ol);
            break;
          }
          m.kind = EventKind::Statement;
          m.quote = quote_near(r, v, inverted ? no_token : sf);
          // "expressed satisfaction with ...": what was said, when it is neither quoted nor a clause
          if (!inverted && m.complement.empty())
            if (auto [of, ol] = object_after(r, v + 1); of != no_token && u.tokens[of].kind == TokenKind::Word)
              m.object = join(u, of, ol);
          m.channel = channel_after(r, v, verb->lemma);
          if (m.quoted) m.kind = EventKind::Action;  // speech inside a quote is the speaker's claim
          break;
        case VerbClass::Meeting: {
          m.kind = EventKind::Meeting;
          if (!m.actor.empty()) m.participants.push_back(m.actor);
          std::size_t o = v + 1;
          if (o < s.last && (iequals(r.w(o), "with") || iequals(r.w(o), "to"))) ++o;
          auto [of, ol] = object_after(r, o, 8);
          if (of != no_token && !iequals(r.w(of), "for")) {
            std::size_t cut = of;
            while (cut <= ol && !is_preposition(r.w(cut))) ++cut;
            m.participants.push_back(join(u, of, cut > of ? cut - 1 : of));
          }
          m.place = place_in(r, v + 1, std::min(s.last - 1, v + 12));
          // "met for the third round of talks", "convened near the border Thursday for a second
          // round of peace talks": the meeting is the numbered round it was held for
          if (const int o = round_met_for(r, ordinals, v, m.clause_last); o >= 0) {
            m.kind = EventKind::Round;
            m.phase = verb->phase;
            m.ordinal_index = o;
            const std::size_t noun = first_token_at_or_after(u, ordinals[static_cast<std::size_t>(o)].span.begin);
            auto [rf, rl] = object_after(r, noun, 10);
            m.series_name = series_in(r, noun, rl == no_token ? noun : rl);
            m.object = join(u, noun, rl == no_token ? noun : rl);
          }
          break;
        }
        case VerbClass::Phase:
          if (names_talks(r, sf, sl)) {
            m.ordinal_index = ordinal_in(u, ordinals, sf, sl);
            m.kind = m.ordinal_index >= 0 ? EventKind::Round : EventKind::Meeting;
            m.phase = verb->phase;
            m.series_name = series_in(r, sf, sl);
            std::string p = place_in(r, sf, std::min(s.last - 1, v + 12));
            m.place = p;
            // participants stashed by "attended by" earlier in this sentence
            for (std::size_t k = out.size(); k > sentence_start_out; --k)
              if (out[k - 1].trigger == no_token && !out[k - 1].participants.empty()) {
                m.participants = out[k - 1].participants;
                break;
              }
            break;
          }
          // "concluded their fourth round", "opened a fifth round of talks": the round is the
          // object and the subject its participants
          if (auto [of, ol] = object_after(r, m.trigger_last + 1); names_talks(r, of, ol) &&
                                                                  verb->lemma != "continue" && verb->lemma != "attend") {
            m.ordinal_index = ordinal_in(u, ordinals, of, ol);
            m.kind = m.ordinal_index >= 0 ? EventKind::Round : EventKind::Meeting;
            m.phase = verb->phase;
            m.series_name = series_in(r, of, ol);
            m.object = join(u, of, ol);
            if (!m.actor.empty()) m.participants.push_back(m.actor);
            m.place = place_in(r, of, std::min(s.last - 1, m.trigger_last + 14));
            break;
          }
          // "The fifth round of talks to update NAFTA began", "the fourth round, which ended on
          // Oct. 17": the round is the subject across a complement or a relative pronoun
          if (const TokenRange rs = round_subject_before(r, aux_first, verb->form == VerbForm::Gerund); !rs.empty() && !m.coordinated) {
            m.ordinal_index = ordinal_in(u, ordinals, rs.first, rs.last);
            m.kind = m.ordinal_index >= 0 ? EventKind::Round : EventKind::Meeting;
            m.phase = verb->phase;
            m.series_name = series_in(r, rs.first, rs.last);
            m.actor = join(u, rs.first, rs.last);
            m.subject_first = rs.first;
            m.actor_is_pronoun = false;
            m.place = place_in(r, rs.first, std::min(s.last - 1, v + 12));
            break;
          }
          // "The fourth round began on Wednesday and ended on Friday": a phase verb coordinated
          // with an earlier one shares its meeting
          if (m.coordinated && m.actor.empty()) {
            const Mention* first = nullptr;
            for (std::size_t k = out.size(); k > sentence_start_out && !first; --k)
              if (out[k - 1].trigger != no_token && (out[k - 1].kind == EventKind::Round || out[k - 1].kind == EventKind::Meeting) &&
                  out[k - 1].phase != Phase::None && !out[k - 1].noun)
                first = &out[k - 1];
            if (first) {
              m.kind = first->kind;
              m.ordinal_index = first->ordinal_index;
              m.series_name = first->series_name;
              m.phase = verb->phase;
              m.actor = first->actor;
              break;
            }
          }
          [[fallthrough]];
        case VerbClass::Action: {
          m.kind = EventKind::Action;
          if (!inverted) {
            auto [of, ol] = object_after(r, v + 1);
            if (of != no_token) m.object = join(u, of, ol);
          }
          break;
        }
      }
      // "resumed the eighth round of talks on Sunday": the round had begun before; the day is
      // one it was going on, not its start. "A second round of talks resumed Saturday" is the
      // talks resuming with a round new to the reader: its start.
      if (m.kind == EventKind::Round && m.lemma == "resume" && m.ordinal_index >= 0 &&
          numbers_one_round(ordinals[static_cast<std::size_t>(m.ordinal_index)]) &&
          ordinals[static_cast<std::size_t>(m.ordinal_index)].kind == EventOrdinal::Kind::Number &&
          !indefinite_ordinal(r, ordinals[static_cast<std::size_t>(m.ordinal_index)]))
        m.phase = Phase::Whole;
      // "the next rounds were planned to be held in August": a plan is no evidence of when a
      // round took place (rounds are told, not planned, in the series block); it stays a meeting
      if (m.needs_own_time && m.kind == EventKind::Round) {
        m.kind = EventKind::Meeting;
        m.ordinal_index = -1;
      }
      // events talking about a round keep the series and round they mention
      if (m.kind != EventKind::Round && m.ordinal_index < 0) {
        auto [cf2, cl2] = std::pair{m.clause_first, m.clause_last};
        int oi = ordinal_in(u, ordinals, cf2, cl2);
        // only a round of a named series: "the fourth and final round of texts" is not one
        std::string named = oi >= 0 && m.kind != EventKind::Meeting ? series_in(r, cf2, cl2) : std::string();
        if (!named.empty()) {
          m.ordinal_index = oi;
          m.series_name = std::move(named);
        } else if (m.kind == EventKind::Statement && m.series_name.empty()) {
          m.series_name = series_in(r, cf2, cl2);
        }
      }
      // "In this meeting, ...": the event happened inside the last meeting told
      for (std::size_t k = s.first; k + 2 < s.last && k < s.first + 4; ++k)
        if ((iequals(r.w(k), "in") || iequals(r.w(k), "at") || iequals(r.w(k), "during")) &&
            (iequals(r.w(k + 1), "this") || iequals(r.w(k + 1), "that") || iequals(r.w(k + 1), "the")) &&
            is_negotiation_noun(r.w(k + 2)))
          m.in_previous_meeting = true;
      out.push_back(std::move(m));
    }
    // "An earlier version of this story incorrectly said negotiators closed out a sixth round":
    // what a correction says was reported wrongly did not happen
    for (std::size_t k = sentence_start_out; k < out.size(); ++k) {
      const Mention& c = out[k];
      if (c.kind != EventKind::Statement || c.trigger == no_token || c.trigger == s.first) continue;
      const std::string_view adverb = r.w(c.trigger - 1);
      if (!(iequals(adverb, "incorrectly") || iequals(adverb, "wrongly") || iequals(adverb, "erroneously") ||
            iequals(adverb, "mistakenly")))
        continue;
      const std::size_t said = c.trigger;
      out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(sentence_start_out), out.end(),
                               [&](const Mention& x) { return x.trigger != no_token && x.trigger > said; }),
                out.end());
      break;
    }
    // "The first round had taken place on 28 February, and the second round on 3 March": the
    // second conjunct's round, its verb left out; "The talks mark the sixth round": the number
    // of the talks the sentence is about
    add_gapped_rounds(r, ordinals, out, sentence_start_out);
    bind_copular_round(r, ordinals, out, sentence_start_out);
    // drop the participant placeholders
    out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(sentence_start_out), out.end(),
                             [](const Mention& m) { return m.trigger == no_token; }),
              out.end());
  }
  return out;
}

}  // namespace parley::timeline
