// Actors from an event's subject: what to cut from the words (a dateline, an earlier line, a
// trailing adverb), which subjects name no one, and how a list of names splits into actors.
// String rules over the subject as written, so a saved timeline reads the same way.
#include "engine/timeline/actor_names.hpp"

#include <algorithm>
#include <cctype>

#include "engine/timeline/lexicon.hpp"
#include "engine/timeline/text_units.hpp"

namespace parley::timeline {
namespace {

using namespace std::string_view_literals;

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    auto space = [&](std::size_t k) { return s[k] == ' ' || s[k] == '\n' || s[k] == '\t' || s[k] == '\r'; };
    while (i < s.size() && space(i)) ++i;
    std::size_t j = i;
    while (j < s.size() && !space(j)) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string_view trimmed(std::string_view s) {
  auto junk = [](char c) { return c == ' ' || c == ',' || c == '\n' || c == '\t' || c == '\r'; };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back())) s.remove_suffix(1);
  return s;
}

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

bool one_of(std::string_view w, std::initializer_list<std::string_view> xs) {
  return std::any_of(xs.begin(), xs.end(), [&](std::string_view x) { return iequals(w, x); });
}

// Words that stand between a subject and its verb without belonging to the name ("The envoy
// also said", "the U.S. first proposed").
bool trailing_adverb(std::string_view w) {
  return one_of(w, {"also"sv, "first"sv, "then"sv, "later"sv, "now"sv, "again"sv, "already"sv, "still"sv,
                    "jointly"sv, "finally"sv, "reportedly"sv, "recently"sv, "previously"sv, "too"sv, "instead"sv,
                    "once"sv, "meanwhile"sv, "separately"sv, "initially"sv, "subsequently"sv, "maybe"sv,
                    "and"sv});
}

// A word written in capitals only, as a dateline's city or agency is ("MOSCOW", "KAZINFORM").
bool all_capitals(std::string_view w) {
  if (w.size() < 4) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return upper(c); });
}

// A name as a list item: capitalised words, "the" before them, "and"/"&" inside none.
bool name_item(std::string_view item) {
  const auto ws = words_of(item);
  if (ws.empty()) return false;
  bool named = false;
  for (std::size_t k = 0; k < ws.size(); ++k) {
    std::string_view w = ws[k];
    if (k == 0 && iequals(w, "the")) continue;
    if (!upper(w.front()) && !digit(w.front())) return false;
    named = true;
  }
  return named;
}

std::string without_article(std::string_view item) {
  item = trimmed(item);
  if (item.size() > 4 && iequals(item.substr(0, 4), "the ") && upper(item[4])) item.remove_prefix(4);
  return std::string(item);
}

// The head of a noun phrase: its last word before a preposition ("round" in "The last round of
// talks"), else its last word; lowercase letters only.
std::string head_of(std::string_view s) {
  const auto ws = words_of(s);
  std::string_view head;
  for (std::string_view w : ws) {
    if (!head.empty() && one_of(w, {"of"sv, "between"sv, "with"sv, "in"sv, "on"sv, "over"sv, "to"sv, "about"sv,
                                   "for"sv, "at"sv, "within"sv}))
      break;
    head = w;
  }
  std::string out;
  for (char c : head)
    if (lower(c) || upper(c)) out.push_back(static_cast<char>(c | 0x20));
  return out;
}

bool names_talks_head(std::string_view head) {
  return is_negotiation_noun(head) ||
         one_of(head, {"discussions"sv, "discussion"sv, "proposals"sv, "proposal"sv, "summits"sv,
                       "conferences"sv, "renegotiation"sv, "stage"sv, "part"sv, "deadline"sv});
}

}  // namespace

std::string clean_subject(std::string_view subject) {
  std::string_view s = trimmed(subject);
  // an earlier line: a headline or caption run into the body's sentence ("UN's Syria envoy says
  // all not lost after inconclusive peace talks\nThe fifth round ..."). Wire copy wraps its lines
  // inside noun phrases ("Texas Railroad Commissioner James\nNugent"), so a single line break
  // cuts only after three or more words ending on a lowercase content word, before a capital
  if (std::size_t nl = s.rfind('\n'); nl != std::string_view::npos && !trimmed(s.substr(nl + 1)).empty()) {
    const std::string_view before = trimmed(s.substr(0, nl)), after = trimmed(s.substr(nl + 1));
    const auto bw = words_of(before);
    const bool paragraph = s.substr(0, nl).find('\n') != std::string_view::npos || (nl > 0 && s[nl - 1] == '\n');
    const bool headline = bw.size() >= 3 && lower(bw.back().front()) && !is_determiner(bw.back()) &&
                          !is_preposition(bw.back()) && !iequals(bw.back(), "and") && upper(after.front());
    if (paragraph || headline) s = after;
  }
  // a dateline: "MOSCOW (agency - date) ...", "KAZINFORM The next round ...", "GENEVA - ..."
  if (const auto ws = words_of(s); ws.size() > 1 && all_capitals(ws[0])) {
    const std::size_t after = static_cast<std::size_t>(ws[1].data() - s.data());
    if (ws[1].front() == '(') {
      if (std::size_t close = s.find(')', after); close != std::string_view::npos && !trimmed(s.substr(close + 1)).empty())
        s = trimmed(s.substr(close + 1));
    } else if (one_of(ws[1], {"-"sv, "\xE2\x80\x94"sv, "\xE2\x80\x93"sv}) && ws.size() > 2) {
      s = trimmed(s.substr(static_cast<std::size_t>(ws[2].data() - s.data())));
    } else if (one_of(ws[1], {"The"sv, "A"sv, "An"sv})) {
      s = trimmed(s.substr(after));
    }
  }
  // the end of a dateline the sentence began inside: "15th October, 2024) Lebanese negotiators"
  if (std::size_t close = s.find(')'); close != std::string_view::npos && s.substr(0, close).find('(') == std::string_view::npos &&
                                       !trimmed(s.substr(close + 1)).empty())
    s = trimmed(s.substr(close + 1));
  // trailing adverbs, never the whole subject
  // ("and" only once an adverb is cut: "the army command and then"; "forces and" is the clause's)
  bool cut = false;
  for (auto ws = words_of(s); ws.size() > 1 && trailing_adverb(ws.back()) && (cut || !iequals(ws.back(), "and")); ws.pop_back()) {
    s = trimmed(s.substr(0, static_cast<std::size_t>(ws[ws.size() - 2].data() + ws[ws.size() - 2].size() - s.data())));
    cut = true;
  }
  return std::string(s);
}

bool names_no_actor(std::string_view subject) {
  const auto ws = words_of(subject);
  if (ws.empty()) return true;
  const std::string_view first = ws.front();
  if (ws.size() == 1 && (is_pronoun(first) || one_of(first, {"there"sv, "this"sv, "that"sv, "these"sv, "those"sv})))
    return true;
  if (ws.size() == 1 && trailing_adverb(first)) return true;
  // "It's an unusual move", "There have been ...": a clause, not a noun phrase
  if (one_of(first, {"it's"sv, "it\xE2\x80\x99s"sv, "there's"sv, "there\xE2\x80\x99s"sv, "that's"sv}) ||
      (ws.size() > 1 && is_pronoun(first) && !iequals(first, "it") && !iequals(first, "its")))
    return true;
  if (names_talks_head(head_of(subject))) return true;
  // "pay 1.04 trillion", "least 25 militiamen": an amount with no name
  const bool number = std::any_of(ws.begin(), ws.end(), [](std::string_view w) { return digit(w.front()); });
  const bool name = std::any_of(ws.begin(), ws.end(), [](std::string_view w) { return upper(w.front()); });
  if (number && !name && lower(first.front())) return true;
  return false;
}

std::vector<std::string> listed_actors(std::string_view subject) {
  std::string_view s = trimmed(subject);
  // "representatives from the United States, Canada, and Mexico", "delegations of Russia and
  // Ukraine": a group noun before a list of names stands for the parties listed
  std::string_view list = s;
  for (std::string_view joint : {" from "sv, " of "sv}) {
    std::size_t at = s.find(joint);
    if (at == std::string_view::npos) continue;
    const std::string_view before = s.substr(0, at);
    const auto bw = words_of(before);
    const bool group = !bw.empty() && lower(bw.back().front()) &&
                       one_of(bw.back(), {"representatives"sv, "delegations"sv, "delegates"sv, "officials"sv,
                                          "negotiators"sv, "envoys"sv, "ministers"sv, "leaders"sv, "teams"sv,
                                          "diplomats"sv});
    if (group) list = s.substr(at + joint.size());
    break;
  }
  // split at ", ", ", and ", " and "
  std::vector<std::string_view> items;
  std::size_t i = 0;
  while (i <= list.size()) {
    std::size_t comma = list.find(", ", i), und = list.find(" and ", i);
    std::size_t cut = std::min(comma, und);
    if (cut == std::string_view::npos) {
      items.push_back(list.substr(i));
      break;
    }
    items.push_back(list.substr(i, cut - i));
    i = cut + (cut == comma ? 2 : 5);
    if (cut == comma && list.substr(i).starts_with("and ")) i += 4;
  }
  if (items.size() < 2 || !std::all_of(items.begin(), items.end(), [](std::string_view x) { return name_item(x); })) {
    if (list.size() != s.size() && name_item(list)) return {without_article(list)};  // "officials from Iran"
    return {std::string(s)};
  }
  std::vector<std::string> out;
  for (std::string_view x : items) {
    std::string a = without_article(x);
    if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(std::move(a));
  }
  return out;
}

std::vector<std::string> actors_of_subject(std::string_view subject) {
  const std::string cleaned = clean_subject(subject);
  if (names_no_actor(cleaned)) return {};
  return listed_actors(cleaned);
}

bool names_a_body(std::string_view actor) {
  const std::string head = head_of(actor);
  return one_of(head, {"ministry"sv, "government"sv, "department"sv, "office"sv, "agency"sv, "committee"sv,
                       "council"sv, "commission"sv, "administration"sv, "embassy"sv, "union"sv,
                       "organization"sv, "organisation"sv, "bloc"sv, "alliance"sv, "kremlin"sv, "pentagon"sv,
                       "cabinet"sv, "parliament"sv, "company"sv, "court"sv, "secretariat"sv});
}

bool subject_names_talks(const Event& e) {
  if (std::any_of(e.actors.begin(), e.actors.end(), [](const std::string& a) { return names_round_talks(a); }))
    return true;
  if (e.trigger.empty()) return false;
  const std::size_t at = e.summary.find(e.trigger);
  return at != std::string::npos && at > 0 && names_round_talks(std::string_view(e.summary).substr(0, at));
}

}  // namespace parley::timeline
