// Time attachment. A time expression belongs to the nearest finite event of its clause (a gerund
// or noun only when no finite verb is closer); the preposition before it says whether the event
// lies within, before, after or since it. Events without a time get a default from their kind and
// tense, with the reason in `basis`, so a reader sees why an event sits where it does.
#include "engine/timeline/time_attachment.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <span>

#include <date/date.h>

#include "engine/timeline/clock_times.hpp"
#include "engine/timeline/coordinated_times.hpp"
#include "engine/timeline/day_counts.hpp"
#include "engine/timeline/timex_scope.hpp"

namespace parley::timeline {
// String literals as std::string_view: the word lists below are compared in hot loops, and a
// list of C strings would be measured (strlen) on every call.
using namespace std::string_view_literals;
namespace {

using std::chrono::hours;
using std::chrono::seconds;

bool positional(const Timex& t) {
  return t.time.type != TimexType::Set && (t.time.earliest || t.time.latest);
}

// Lowercased, with line breaks and tabs as spaces (wire copy breaks lines inside "next\nTuesday").
std::string lower_copy(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    else if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

// Before (-1), after (+1) or at (0) the reference: from the words of an anaphoric expression.
// Whole words only: "afternoon" holds "after" and is no direction.
int anaphoric_direction(std::string_view text) {
  const std::string l = " " + lower_copy(text) + " ";
  auto has = [&](std::string_view w) {
    for (std::size_t at = l.find(w); at != std::string::npos; at = l.find(w, at + 1))
      if (!std::isalpha(static_cast<unsigned char>(l[at - 1])) && !std::isalpha(static_cast<unsigned char>(l[at + w.size()])))
        return true;
    return false;
  };
  for (std::string_view w : {"earlier"sv, "before"sv, "previous"sv, "prior"sv, "ago"sv})
    if (has(w)) return -1;
  for (std::string_view w : {"later"sv, "after"sv, "next"sv, "following"sv, "subsequent"sv})
    if (has(w)) return 1;
  return 0;
}

// "two days ago", "earlier this month", "later today": counted from the DCT whatever their
// "earlier" or "later" says, so they date an event instead of ordering it against another.
// "next Tuesday", "early next week": the tagger counted them from the DCT too.
bool deictic(const Timex& t) {
  const std::string l = " " + lower_copy(t.text) + " ";
  for (std::string_view w : {" ago "sv, " this "sv, " today "sv, " tonight "sv, " yesterday "sv, " tomorrow "sv, " now "sv})
    if (l.find(w) != std::string::npos) return true;
  if (t.time.basis == Basis::Dct && t.time.anchor == "dct")
    for (std::string_view w : {" next "sv, " last "sv})
      if (l.find(w) != std::string::npos) return true;
  return false;
}

// How many tokens away from a time its event may be: far more than any attachment the rules
// make (the cost of a pair grows with the distance, and clauses end long before).
constexpr std::size_t max_reach = 60;

// The first token of sentence `s` that ends after `byte` (binary search: tokens are in order).
std::size_t first_token_at(const TextUnits& u, const Sentence& s, std::size_t byte) {
  const auto first = u.tokens.begin() + static_cast<std::ptrdiff_t>(s.first);
  const auto last = u.tokens.begin() + static_cast<std::ptrdiff_t>(s.last);
  const auto it = std::partition_point(first, last, [&](const Token& t) { return t.end <= byte; });
  return it == last ? s.last - 1 : static_cast<std::size_t>(it - u.tokens.begin());
}

EventTime from_timex(const Timex& t, std::string basis) {
  EventTime et;
  et.text = t.text;
  et.timex = t.id;
  et.time = t.time;
  et.basis = std::move(basis);
  et.anchor = t.time.anchor;
  // "talks broke down last night", "will vote tonight": the night runs into the next morning,
  // but news tells an event by the evening it falls in (after midnight is "early today"), so the
  // event keeps to the night's first day
  if (t.time.value.ends_with("TNI") && et.time.earliest && et.time.latest)
    et.time.latest = std::min(*et.time.latest, Instant{std::chrono::floor<date::days>(*et.time.earliest)} +
                                                   date::days{1} - std::chrono::seconds{1});
  return et;
}

EventTime default_time(std::string basis, std::optional<Instant> earliest, std::optional<Instant> latest) {
  EventTime et;
  et.basis = std::move(basis);
  et.anchor = "dct";
  et.time.type = TimexType::Date;
  et.time.basis = Basis::Dct;
  et.time.earliest = earliest;
  et.time.latest = latest;
  et.time.granularity = Granularity::Day;
  return et;
}

// The default placement of an event the text does not date.
std::optional<EventTime> default_for(const Mention& m, const std::optional<Dct>& dct) {
  if (!dct) return std::nullopt;
  auto [day_start, day_end] = dct_bounds(*dct);
  const Instant before_dct_day = day_start - date::days{1};
  if (m.noun) return std::nullopt;  // a noun has no tense: only a written time places it
  if (m.needs_own_time) return std::nullopt;  // "agreed to meet": only a time of its own places it
  if (m.kind == EventKind::Statement && !m.quoted) {
    if (m.tense == Tense::Past || m.tense == Tense::PresentPerfect)
      return default_time("reporting: the DCT's day or the day before", before_dct_day, day_end);
    if (m.tense == Tense::Present) return default_time("present tense: at the DCT", day_start, day_end);
  }
  switch (m.tense) {
    case Tense::Past:
    case Tense::PresentPerfect:
      return default_time(m.quoted ? "past tense in a quote: before the statement" : "past tense: before the DCT",
                          std::nullopt, day_end);
    case Tense::PastPerfect:
      return default_time("past perfect: before the event it is told against", std::nullopt, day_end);
    case Tense::Present:
      return default_time("present tense: at the DCT", day_start, day_end);
    case Tense::Future:
      return default_time("future: after the DCT", day_start, std::nullopt);
    default:
      return std::nullopt;
  }
}

// Narrows `et` by the preposition written before the time ("since May", "before Friday").
void apply_preposition(EventTime& et, std::string_view prep, const std::optional<Dct>& dct) {
  std::string p = lower_copy(prep);
  auto& tm = et.time;
  if (p == "since" || p == "from") {
    tm.latest = dct ? std::optional<Instant>(dct_bounds(*dct).second) : std::nullopt;
    et.basis = p + " " + et.text;
  } else if (p == "after") {
    if (tm.latest) tm.earliest = *tm.latest + seconds{1};
    tm.latest.reset();
    et.basis = "after " + et.text;
  } else if (p == "before") {
    if (tm.earliest) tm.latest = *tm.earliest - seconds{1};
    tm.earliest.reset();
    et.basis = "before " + et.text;
  } else if (p == "until" || p == "till" || p == "by" || p == "through") {
    tm.earliest.reset();
    et.basis = p + " " + et.text;
  }
}

bool is_weekday_name(std::string_view text) {
  const std::string l = lower_copy(text);
  for (std::string_view d : {"monday"sv, "tuesday"sv, "wednesday"sv, "thursday"sv, "friday"sv, "saturday"sv, "sunday"sv})
    if (l == d) return true;
  return false;
}

// "the visit starts on Friday", "the session resumes Monday": a phase or meeting verb in the
// simple present tells a scheduled event (not "are meeting", "is meant", a habit of "announces")
bool scheduled_present(const Mention& m) {
  return m.tense == Tense::Present && !m.noun && phase_of(m.lemma) != Phase::None &&
         m.verb_group.find(' ') == std::string::npos;
}

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "Negotiators hold the first round in Seoul on Sept. 24" under a photo: a meeting or phase told
// in the present with a calendar day written out ("on" a month and day) is that day, past or not
// (captions tell what the picture shows in the present)
bool has_written_year(std::string_view text) {
  for (std::size_t i = 0; i + 3 < text.size(); ++i)
    if (std::isdigit(static_cast<unsigned char>(text[i])) && std::isdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 2])) && std::isdigit(static_cast<unsigned char>(text[i + 3])))
      return true;
  return false;
}

// The agency caption's closing date: "..., meets with envoy Dana Ortiz in Muscat, Oman,
// Thursday, June 11, 2026." (set off by a comma, with its year, and ending the sentence).
bool closing_caption_date(const TextUnits& u, const Sentence& s, const TimexTokens& tt, const Timex& t) {
  return tt.first > s.first && u.word(tt.first - 1) == "," && has_written_year(t.text) &&
         (tt.last + 1 == s.last || (tt.last + 2 == s.last && u.word(tt.last + 1) == "."));
}

bool captioned_day(const TextUnits& u, const Sentence& s, const TimexTokens& tt, const Timex& t, const Mention& m) {
  return m.tense == Tense::Present && !m.noun && phase_of(m.lemma) != Phase::None && tt.first > s.first &&
         (iequals(u.word(tt.first - 1), "on") || closing_caption_date(u, s, tt, t)) &&
         t.time.granularity == Granularity::Day && has_digit(t.text) && !is_weekday_name(t.text);
}

// Moves a day-grain time by `days` (or a month-grain one by `years`): its value and bounds.
void shift_time(EventTime& et, date::days days, date::years years) {
  auto& tm = et.time;
  if (!tm.earliest || !tm.latest) return;
  const auto day = date::year_month_day{std::chrono::floor<date::days>(*tm.earliest)};
  if (tm.granularity == Granularity::Day && tm.value.size() == 10) {
    const auto to = date::year_month_day{date::sys_days{day} + days};
    tm.value = date::format("%Y-%m-%d", date::sys_days{to});
    *tm.earliest += days;
    *tm.latest += days;
  } else if (tm.granularity == Granularity::Month && tm.value.size() == 7 && years.count() != 0) {
    const auto to = date::year_month{day.year(), day.month()} + years;
    tm.value = date::format("%Y-%m", date::sys_days{to / date::day{1}});
    tm.earliest = Instant{date::sys_days{to / date::day{1}}};
    tm.latest = Instant{date::sys_days{to / date::last}} + date::days{1} - seconds{1};
  } else {
    return;
  }
  if (tm.granularity == Granularity::Day && years.count() != 0) {
    const auto to = date::year_month_day{date::sys_days{day}} + years;
    if (!to.ok()) return;
    const auto shift = date::sys_days{to} - date::sys_days{day};
    tm.value = date::format("%Y-%m-%d", date::sys_days{to});
    *tm.earliest += shift;
    *tm.latest += shift;
  }
}

// "started on Wednesday last week", "will meet on Tuesday next week": the tagger reads the weekday
// and the week apart; the weekday is the one of the week named right after it. Returns the
// week's index in `timexes`, or no_token.
std::size_t place_weekday_in_named_week(EventTime& et, std::string_view text, const std::vector<Timex>& timexes,
                                        std::size_t x) {
  const Timex& t = timexes[x];
  if (x + 1 >= timexes.size() || !is_weekday_name(t.text) || !et.time.earliest) return no_token;
  const Timex& week = timexes[x + 1];
  const std::string_view v = week.time.value;
  if (v.size() != 8 || v[4] != '-' || v[5] != 'W' || !week.time.earliest || week.span.begin < t.span.end) return no_token;
  for (std::size_t i = t.span.end; i < week.span.begin; ++i)
    if (!std::isspace(static_cast<unsigned char>(text[i]))) return no_token;
  const date::sys_days day = std::chrono::floor<date::days>(*et.time.earliest);
  const date::sys_days monday = std::chrono::floor<date::days>(*week.time.earliest);
  const date::days offset{(date::weekday{day} - date::Monday).count()};
  shift_time(et, (monday + offset) - day, date::years{0});
  et.text = std::string(text.substr(t.span.begin, week.span.end - t.span.begin));
  et.basis = "weekday of the week named after it: " + week.text;
  return x + 1;
}

// "postponed until Thursday", "adjourned to Oct 21", "expires on June 30": the time is where the
// event is moved to or runs out, which lies after the report. A weekday or a date without its
// year that the tagger placed before the DCT (by the past tense of the verb) is the next one.
void place_target(EventTime& et, const Timex& t, std::string_view prep, const std::optional<Dct>& dct) {
  et.basis = "target: " + (prep.empty() ? et.text : lower_copy(prep) + " " + et.text);
  if (!dct || !et.time.latest || *et.time.latest >= dct_bounds(*dct).first) return;
  if (is_weekday_name(t.text)) shift_time(et, date::days{7}, date::years{0});
  else if (!has_written_year(t.text) && t.time.basis != Basis::Dct) shift_time(et, date::days{0}, date::years{1});
}

// The time that closes a range opened by timex `x` ("between 1982 and 1992", "from May to
// July", "April 24 and 25"), or no_token. The tagger's ranges come first ("September 13-15",
// "from September 23 – 27"): it has paired the ends and put them in order.
std::size_t range_end(const TextUnits& u, const Sentence& s, const std::vector<Timex>& timexes,
                      const std::vector<TimexRange>& ranges, std::size_t x) {
  for (const TimexRange& r : ranges)
    if (r.first == x) return r.last;
  const Timex& t = timexes[x];
  std::size_t ti = first_token_at(u, s, t.span.begin);
  std::string opener = ti > s.first ? lower_copy(u.word(ti - 1)) : std::string();
  std::size_t last = first_token_at(u, s, t.span.end - 1);
  if (last + 2 >= s.last) return no_token;
  std::string joiner = lower_copy(u.word(last + 1));
  std::size_t y = x + 1;
  while (y < timexes.size() && timexes[y].span.begin < u.tokens[last + 2].begin) ++y;
  if (y == timexes.size() || timexes[y].span.begin != u.tokens[last + 2].begin || timexes[y].time.type == TimexType::Set)
    return no_token;
  if (opener == "between") return joiner == "and" ? y : no_token;
  if (opener == "from") return joiner == "to" || joiner == "through" || joiner == "until" ? y : no_token;
  // "on April 24 and 25", "Monday or Tuesday", "May 3-5": two dates of one grain, the second
  // later, joined directly: the event lies somewhere from the first to the second
  const Timex& to = timexes[y];
  const bool joins = joiner == "and" || joiner == "or" || joiner == "to" || joiner == "through" || joiner == "-";
  if (!joins || t.time.granularity != to.time.granularity || t.time.granularity == Granularity::Unknown ||
      !t.time.earliest || !to.time.earliest || !t.time.latest || !to.time.latest)
    return no_token;
  // "on Thursday and Friday" told on a Friday: the second weekday is the one after the first
  const bool next_weekday = is_weekday_name(t.text) && is_weekday_name(to.text) &&
                            *to.time.earliest + date::days{7} > *t.time.latest;
  if (*to.time.earliest <= *t.time.latest && !next_weekday) return no_token;
  return y;
}

// The bare day number closing a list of days its month opens ("October 28 and 29"): not a
// time of its own, so it is no candidate for an event (the tagger's ranges are handled apart).
bool closes_day_list(const TextUnits& u, const Sentence& s, const std::vector<Timex>& timexes,
                     const std::vector<TimexRange>& ranges, std::size_t x, const std::vector<std::size_t>& sentence_of_timex,
                     TimexTokens tt) {
  const std::string_view text = timexes[x].text;
  if (x == 0 || sentence_of_timex[x - 1] != sentence_of_timex[x] || text.empty() || text.size() > 2 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  if (tt.first <= s.first || !iequals(u.word(tt.first - 1), "and")) return false;
  for (const TimexRange& r : ranges)
    if (r.last == x) return false;
  return range_end(u, s, timexes, ranges, x - 1) == x;
}

}  // namespace

// "From June 29 to July 9 this year", "on Monday next week": a period written right after a time
// and holding it says which one that time is; it dates no event of its own.
bool qualifies_time_before(const TextUnits& u, const Sentence& s, const std::vector<Timex>& timexes, std::size_t x,
                           const std::vector<std::size_t>& sentence_of_timex, TimexTokens tt) {
  if (x == 0 || sentence_of_timex[x - 1] != sentence_of_timex[x] || tt.first == s.first) return false;
  const Timex& p = timexes[x - 1];
  if (first_token_at(u, s, p.span.end - 1) + 1 != tt.first) return false;
  const auto& a = p.time;
  const auto& b = timexes[x].time;
  return a.earliest && a.latest && b.earliest && b.latest && *b.earliest <= *a.earliest && *a.latest <= *b.latest &&
         (*b.earliest < *a.earliest || *a.latest < *b.latest);
}

// A clock DCT is the instant written (15:01:01, or 15:01:00 for 15:01), so "before the DCT"
// ends exactly there; a date DCT is its whole day, as the tagger's "now" has it, because the
// article was written at some moment of that day: its last second is the latest that moment can
// be. (An end at the day's first second would put every undated past-tense act of the DCT's
// own day, the commonest in news, before the day it happened.)
std::pair<Instant, Instant> dct_bounds(const Dct& dct) {
  if (dct.has_time_of_day) return {dct.instant, dct.instant};
  auto day = std::chrono::floor<date::days>(dct.instant);
  return {Instant{day}, Instant{day} + date::days{1} - seconds{1}};
}

std::vector<Attachment> attach_times(const TextUnits& u, const std::vector<Mention>& mentions,
                                     const std::vector<Timex>& timexes, const std::optional<Dct>& dct,
                                     const std::vector<TimexRange>& ranges) {
  std::vector<Attachment> out(mentions.size());
  // Every admissible (time, event) pair of a sentence with its cost; the cheapest pairs are
  // taken first, each time and each event at most once, so a later time nearer to an event is
  // not lost to an earlier, farther one.
  struct Candidate {
    long cost;
    std::size_t timex, mention;
    bool anaphoric;
  };
  std::vector<Candidate> candidates;
  // Everything below works sentence by sentence: a time can only date a mention of its own
  // sentence, and a document of 100,000 sentences must not cost 100,000 x 100,000 pairs.
  // Mentions come in sentence order; the times of a sentence are found by their offsets.
  const std::size_t n_sentences = u.sentences.size();
  std::vector<std::size_t> mention_begin(n_sentences + 1, mentions.size());
  for (std::size_t k = mentions.size(); k-- > 0;) mention_begin[mentions[k].sentence] = k;
  for (std::size_t si = n_sentences; si-- > 0;)
    if (mention_begin[si] > mention_begin[si + 1]) mention_begin[si] = mention_begin[si + 1];
  auto sentence_of = [&](std::size_t byte) {
    auto it = std::upper_bound(u.sentences.begin(), u.sentences.end(), byte,
                               [](std::size_t b, const Sentence& s) { return b < s.begin; });
    if (it == u.sentences.begin()) return no_token;
    const std::size_t si = static_cast<std::size_t>(it - u.sentences.begin()) - 1;
    return byte < u.sentences[si].end ? si : no_token;
  };
  std::vector<std::size_t> sentence_of_timex(timexes.size());
  for (std::size_t x = 0; x < timexes.size(); ++x) sentence_of_timex[x] = sentence_of(timexes[x].span.begin);

  // The clause a "when" opens right after a time belongs to that time (when_clause_after): no
  // other time dates its events.
  struct Governed {
    std::size_t first = no_token, last = no_token;  // tokens of the clause, or none
  };
  std::vector<Governed> governed(timexes.size());
  std::vector<std::vector<std::size_t>> governing_in(n_sentences);  // the times that govern one
  for (std::size_t x = 0; x < timexes.size(); ++x) {
    if (sentence_of_timex[x] == no_token) continue;
    const Sentence& s = u.sentences[sentence_of_timex[x]];
    const TimexTokens tt{first_token_at(u, s, timexes[x].span.begin), first_token_at(u, s, timexes[x].span.end - 1)};
    if (auto [wf, wl] = when_clause_after(u, s, tt); wf != no_token) {
      governed[x] = {wf, wl};
      governing_in[sentence_of_timex[x]].push_back(x);
    }
  }
  auto governs = [&](std::size_t x, std::size_t trigger) {
    return governed[x].first != no_token && trigger >= governed[x].first && trigger <= governed[x].last;
  };
  auto outside_governing = [&](std::size_t si, std::size_t x, std::size_t trigger, std::size_t time_token) {
    for (std::size_t g : governing_in[si])
      if (g != x && governs(g, trigger) && (time_token < governed[g].first || time_token > governed[g].last))
        return true;
    return false;
  };
  for (std::size_t x = 0; x < timexes.size(); ++x) {
    const Timex& t = timexes[x];
    if (t.time.type == TimexType::Set || sentence_of_timex[x] == no_token) continue;
    bool anaphoric = t.time.basis == Basis::PreviousTime ||
                     (t.time.type != TimexType::Duration && anaphoric_direction(t.text) != 0 && !deictic(t));
    if (!positional(t) && !anaphoric) continue;
    const std::size_t si = sentence_of_timex[x];
    const Sentence& s = u.sentences[si];
    const TimexTokens tt{first_token_at(u, s, t.span.begin), first_token_at(u, s, t.span.end - 1)};
    if (qualifies_time_before(u, s, timexes, x, sentence_of_timex, tt)) continue;
    // "on October 28 and 29 representatives ... held talks": the bare "29" dates nothing alone
    // (the event nearer it takes the list from its first day, range_end below)
    if (closes_day_list(u, s, timexes, ranges, x, sentence_of_timex, tt)) continue;
    // Only mentions within reach: a time dates an event a few words away, and a "sentence" of
    // thousands of tokens (a text without full stops) must stay linear. Mentions of a sentence
    // come in token order.
    const auto by_trigger = [](const Mention& m, std::size_t token) { return m.trigger < token; };
    const Mention* lo = std::lower_bound(mentions.data() + mention_begin[si], mentions.data() + mention_begin[si + 1],
                                         tt.first > max_reach ? tt.first - max_reach : 0, by_trigger);
    const Mention* hi = std::lower_bound(lo, mentions.data() + mention_begin[si + 1], tt.last + max_reach + 1, by_trigger);
    const std::span<const Mention> in_reach(lo, hi);
    for (std::size_t k = static_cast<std::size_t>(lo - mentions.data()); k < static_cast<std::size_t>(hi - mentions.data()); ++k) {
      const Mention& m = mentions[k];
      // (a quoted fragment goes on with the clause it is quoted in: 'stopped work "as of noon today."')
      const bool fragment = u.tokens[tt.first].in_quote != m.quoted && in_quoted_fragment_of(u, s, tt, m, in_reach);
      bool same_clause = fragment || (tt.first >= m.clause_first && tt.first <= m.clause_last);
      if (!same_clause && !anaphoric) continue;
      if (u.tokens[tt.first].in_quote != m.quoted && !fragment) continue;
      if (!may_date(u, s, tt, m, in_reach) || outside_governing(si, x, m.trigger, tt.first)) continue;
      // "began raising its stake in July, and holds 14.6%": a verb in the present is not dated
      // by a time over before the DCT's day
      // (a weekday is another matter: "the visit starts on Friday" is the coming one, below)
      if (m.tense == Tense::Present && !m.noun && dct && t.time.latest && *t.time.latest < dct_bounds(*dct).first &&
          !anaphoric && !moves_to_target(m.lemma) && !(is_weekday_name(t.text) && scheduled_present(m)) &&
          !captioned_day(u, s, tt, t, m))
        continue;
      // "The agreement, approved by the Justice Department yesterday, will give ...": a "will"
      // future is never dated by a time over before the DCT's day (a weekday is read forward later:
      // "will meet on the issue Wednesday")
      if (m.tense == Tense::Future && m.verb_group.starts_with("will ") && dct && t.time.latest &&
          *t.time.latest < dct_bounds(*dct).first && !anaphoric && !is_weekday_name(t.text))
        continue;
      long dist = std::labs(static_cast<long>(tt.first) - static_cast<long>(m.trigger));
      long cost = dist + (m.finite ? 0 : 6) + (m.noun ? 3 : 0) + (same_clause ? 0 : 20);
      if (m.own_time >= tt.first && m.own_time <= tt.last) cost = 0;  // "yesterday's meeting"
      // "now scheduled for next January": the day a schedule verb sets is its time
      if (schedules_for(m.lemma) && tt.first > s.first && iequals(u.word(tt.first - 1), "for")) cost -= 4;
      // "today adjourned until Monday a hearing": the target of a moving verb is its time
      if (moves_to_target(m.lemma) && tt.first > s.first &&
          (iequals(u.word(tt.first - 1), "until") || iequals(u.word(tt.first - 1), "till")))
        cost -= 4;
      // a time opening the sentence ("Hours earlier, X tweeted") belongs to its main verb
      if (anaphoric && tt.first < m.trigger && m.finite) cost -= 2;
      // "ratified the accord on Monday and unveiled a plan": a time before a coordinated verb
      // ends the first verb's phrase (the coordinated verb may share it, share_coordinated_times)
      if (!anaphoric && tt.last < m.trigger && !m.noun)
        for (std::size_t i = tt.last + 1; i < m.trigger; ++i)
          if (iequals(u.word(i), "and") || iequals(u.word(i), "but")) {
            cost += 5;
            break;
          }
      // "brought the port to a halt today but called off a stoppage": however long the phrase,
      // a time right before the coordinator ends the first verb's phrase
      if (!anaphoric && tt.first > m.trigger_last && !m.noun && m.finite && ends_before_coordinated_verb(u, s, tt, in_reach))
        cost -= 6;
      candidates.push_back({cost, x, k, anaphoric});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.cost < b.cost; });
  std::vector<char> used(timexes.size(), 0);
  std::vector<std::size_t> time_token(mentions.size(), no_token);  // first token of the time taken
  for (const Candidate& c : candidates) {
    // a time also dates the events of the "when" clause it governs, whoever took it first
    // (and an event of that clause taking it leaves it to the main clause: "The talks entered their
    // second day on Tuesday, when the delegations exchanged maps")
    const bool in_governed = governs(c.timex, mentions[c.mention].trigger);
    if (out[c.mention].time || (used[c.timex] && !in_governed)) continue;
    if (!in_governed) used[c.timex] = 1;
    // the last end of one of the tagger's ranges dates its event from the first end on
    std::size_t x = c.timex;
    for (const TimexRange& r : ranges)
      if (r.last == c.timex && !c.anaphoric) x = r.first, used[x] = 1;
    const Timex& t = timexes[x];
    Attachment& a = out[c.mention];
    if (c.anaphoric) {
      a.anaphoric = true;
      a.direction = anaphoric_direction(t.text);
      a.cue = t.text;
      if (!a.cue.empty()) a.cue[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(a.cue[0])));
      EventTime et = from_timex(t, a.cue);
      // counted from the DCT because nothing was placed before it: the bounds come from the
      // event it is told against instead (see relation_finding)
      if (t.time.anchor == "dct" || t.time.anchor == "none" || t.time.anchor.empty()) {
        et.time.earliest.reset();
        et.time.latest.reset();
      }
      // "negotiations resumed at 1000 EST" after a sentence about yesterday: the story's day,
      // and no longer told against the event before
      if (clock_on_story_day(et, timexes, c.timex, sentence_of_timex, mentions[c.mention], dct)) {
        a.anaphoric = false;
        a.direction = 0;
        a.cue.clear();
      }
      a.time = std::move(et);
      continue;
    }
    const Sentence& s = u.sentences[mentions[c.mention].sentence];
    std::size_t ti = first_token_at(u, s, t.span.begin);
    time_token[c.mention] = ti;
    EventTime et = from_timex(t, "clause");
    if (std::size_t w = place_weekday_in_named_week(et, u.text, timexes, x); w != no_token) used[w] = 1;
    if (std::size_t y = range_end(u, s, timexes, ranges, x); y != no_token) {
      // "between 1982 and 1992", "from May to July": one span from the first to the second
      const Timex& to = timexes[y];
      used[y] = 1;
      for (const TimexRange& r : ranges)
        if (r.first == x && r.last == y) et.range = EventTime::Range{r.value, t.time.value, to.time.value};
      // "on October 28 and 29", "on Monday and Tuesday": two days running are a stretch of two
      // days, like "October 28-29" (two days further apart are two dates, somewhere between)
      const std::size_t y_first = first_token_at(u, s, to.span.begin);
      if (!et.range && y_first > s.first + 1 && iequals(u.word(y_first - 1), "and") &&
          t.time.granularity == Granularity::Day && to.time.granularity == Granularity::Day && t.time.latest &&
          to.time.earliest && *to.time.earliest == *t.time.latest + std::chrono::seconds(1) &&
          t.time.value.size() == 10 && to.time.value.size() == 10)
        et.range = EventTime::Range{"P2D", t.time.value, to.time.value};
      et.text = std::string(u.text.substr(t.span.begin, to.span.end - t.span.begin));
      if (to.time.latest) et.time.latest = to.time.latest;
      if (is_weekday_name(to.text) && et.time.earliest && et.time.latest && *et.time.latest < *et.time.earliest)
        *et.time.latest += date::days{7};
      const std::string opener = ti > s.first ? lower_copy(u.word(ti - 1)) : std::string();
      if (opener == "between" || opener == "from") et.basis = opener + " " + et.text;
      else if (!opener.empty()) apply_preposition(et, u.word(ti - 1), dct);  // "before May 3 or 4"
    } else if (ti > s.first && !governs(c.timex, mentions[c.mention].trigger) &&
               // "proposed by last week's annual meeting": a time in the possessive is the noun's,
               // not the object of the word before it
               !u.text.substr(t.span.end).starts_with("'s") && !u.text.substr(t.span.end).starts_with("\xE2\x80\x99s")) {
      const std::string prep = lower_copy(u.word(ti - 1));
      const Mention& mt = mentions[c.mention];
      // "rescheduled for Thursday", "scheduled Friday": the day the scheduled event is set for
      // (a month or weekday after "scheduled ... in" is one to come as well: "scheduled for
      // testing in August")
      const bool set_for = schedules_for(mt.lemma) &&
                           (prep == "for" || (ti == mt.trigger_last + 1 && (is_weekday_name(t.text) || has_digit(t.text))) ||
                            (mt.lemma == "schedule" && (prep == "in" || prep == "on")));
      if (moves_to_target(mt.lemma) &&
          (prep == "until" || prep == "till" || prep == "to" || (prep == "on" && mt.lemma == "expire")))
        place_target(et, t, prep, dct);
      else if (set_for)
        place_target(et, t, prep == "for" ? "for" : "", dct);
      else  // ("from 1968, when the Soviets invaded": the invasion is at 1968, not since it)
        apply_preposition(et, u.word(ti - 1), dct);
    }
    // "said in a statement on Thursday that participants would meet": the weekday is the day of
    // the statement, told before the report, whatever tense the words said carry
    const Mention& m = mentions[c.mention];
    if (m.kind == EventKind::Statement && !m.quoted && (m.tense == Tense::Past || m.tense == Tense::PresentPerfect) &&
        dct && is_weekday_name(t.text) && et.time.earliest && *et.time.earliest > dct_bounds(*dct).second) {
      shift_time(et, date::days{-7}, date::years{0});
      et.basis = "weekday of a statement told in the past: the one before the DCT";
    }
    // "will meet on the issue Wednesday": a weekday of an event still to come is the one after
    // the DCT, whatever the tagger read from the sentence around it
    if (m.kind != EventKind::Statement && !m.quoted && (m.tense == Tense::Future || scheduled_present(m)) && dct &&
        is_weekday_name(t.text) &&
        et.time.latest && *et.time.latest < dct_bounds(*dct).first) {
      shift_time(et, date::days{7}, date::years{0});
      et.basis = "weekday of an event to come: the one after the DCT";
    }
    // "closed out a fourth round on Friday ..., and they will launch": a weekday of an event
    // told in the past is the one before the DCT, whatever tense a later clause gave it
    if (m.kind != EventKind::Statement && !m.quoted && m.tense == Tense::Past && m.finite && dct && et.basis == "clause" &&
        is_weekday_name(t.text) && et.time.earliest && *et.time.earliest > dct_bounds(*dct).second) {
      shift_time(et, date::days{-7}, date::years{0});
      et.basis = "weekday of an event told in the past: the one before the DCT";
    }
    clock_on_story_day(et, timexes, c.timex, sentence_of_timex, m, dct);
    // "began the second day of the talks" on the day told: they started a day before it
    if (m.day_count >= 2 && et.time.granularity == Granularity::Day) count_back_to_start(et, m.day_count);
    a.time = std::move(et);
  }
  share_coordinated_times(u, mentions, time_token, out);
  bound_by_span_of_sentence(mentions, out);
  date_by_meeting_attended(u, mentions, out);
  restate_previous_times(mentions, out);
  for (std::size_t k = 0; k < mentions.size(); ++k)
    if (!out[k].time) out[k].time = default_for(mentions[k], dct);
  return out;
}

void drop_undated_by_own_time(std::vector<Mention>& mentions, std::vector<Attachment>& times) {
  std::size_t kept = 0;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    // ("hopes to implement the plan now under negotiation": "now" is no day of the plan)
    const bool dated = times[k].time && !times[k].time->timex.empty() && !iequals(times[k].time->text, "now");
    if (mentions[k].needs_own_time && !dated) continue;
    if (kept != k) {
      mentions[kept] = std::move(mentions[k]);
      times[kept] = std::move(times[k]);
    }
    ++kept;
  }
  mentions.resize(kept);
  times.resize(kept);
}

void date_by_meeting_attended(const TextUnits& u, const std::vector<Mention>& mentions, std::vector<Attachment>& times) {
  // "decided to leave rates unchanged at today's regular weekly meeting", "said at yesterday's
  // session": a meeting told with a time of its own, in an "at" or "during" phrase, dates the
  // verb before it in its clause when that verb has no time of its own
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const Mention& n = mentions[k];
    if (!n.noun || n.kind != EventKind::Meeting || n.own_time == no_token || n.own_time == 0 || !times[k].time ||
        times[k].time->timex.empty())
      continue;
    const std::string_view before = u.word(n.own_time - 1);
    if (!iequals(before, "at") && !iequals(before, "during")) continue;
    for (std::size_t j = k; j-- > 0 && mentions[j].sentence == n.sentence;) {
      const Mention& m = mentions[j];
      // (a plan it governs, "decided to leave", is dated only by a time of its own)
      if (m.noun || !m.finite || m.needs_own_time || m.quoted != n.quoted || n.trigger > m.clause_last ||
          n.trigger < m.clause_first)
        continue;
      if (times[j].time && (!times[j].time->timex.empty() || times[j].anaphoric)) break;
      EventTime et = *times[k].time;
      et.basis = "at the meeting told with it: " + et.text;
      times[j].time = std::move(et);
      break;
    }
  }
}

void restate_previous_times(const std::vector<Mention>& mentions, std::vector<Attachment>& times) {
  // "Talks resumed in Vienna on Saturday. The sixth round began with ...": a meeting or round
  // with no time of its own that tells the same phase as a dated one of the sentence before,
  // in the same tense, is that event told again, and takes its time
  auto meeting = [](const Mention& m) { return m.kind == EventKind::Round || m.kind == EventKind::Meeting; };
  auto phases_agree = [](Phase a, Phase b) { return a == b; };
  std::size_t prev_begin = 0;  // first mention of the sentence before the current one
  for (std::size_t k = 0, begin = 0; k < mentions.size(); ++k) {
    if (k > 0 && mentions[k].sentence != mentions[k - 1].sentence) {
      prev_begin = begin;
      begin = k;
    }
    const Mention& m = mentions[k];
    // (a counted day is a day of the talks, not their start told again: "entered their third day
    // on Wednesday. On the fourth day, ...")
    if (!meeting(m) || m.quoted || (times[k].time && !times[k].time->timex.empty()) || times[k].anaphoric ||
        m.needs_own_time || m.day_count != 0)
      continue;
    if (begin == 0 || mentions[begin - 1].sentence + 1 != m.sentence) continue;
    for (std::size_t j = prev_begin; j < begin; ++j) {
      const Mention& p = mentions[j];
      if (!meeting(p) || p.quoted || !times[j].time || times[j].time->timex.empty() || !phases_agree(p.phase, m.phase) ||
          p.tense != m.tense || m.phase == Phase::None || p.day_count != 0)
        continue;
      // two rounds each numbered in its own sentence are two rounds ("wrapped up the fifth
      // round on June 9. ... concluded the sixth round")
      if (p.ordinal_index >= 0 && m.ordinal_index >= 0) continue;
      EventTime et = *times[j].time;
      et.basis = "told again after the sentence before: " + et.text;
      times[k].time = std::move(et);
      break;
    }
  }
}

void bound_by_span_of_sentence(const std::vector<Mention>& mentions, std::vector<Attachment>& times) {
  // "concluded the Third Round ..., which took place in Ottawa from September 23 to 27": the
  // span a relative or participle clause gives the round it tells of runs from the round's
  // start to its end, so the phase told by the main verb without a time of its own is that
  // span's first or last day
  auto meeting = [](const Mention& m) { return m.kind == EventKind::Round || m.kind == EventKind::Meeting; };
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (!meeting(m) || m.quoted || (m.phase != Phase::Start && m.phase != Phase::End) || times[k].anaphoric ||
        (times[k].time && !times[k].time->timex.empty()))
      continue;
    for (std::size_t j = k + 1; j < mentions.size() && mentions[j].sentence == m.sentence; ++j) {
      const Mention& w = mentions[j];
      // the span told of the round itself, as a range of days ("a summit next week" is another meeting)
      if (w.kind != EventKind::Round || w.quoted || w.phase != Phase::Whole || !times[j].time ||
          times[j].time->timex.empty())
        continue;
      if (!times[j].time->range && !times[j].time->basis.starts_with("from ") &&
          !times[j].time->basis.starts_with("between "))
        continue;
      if (w.ordinal_index >= 0 && m.ordinal_index >= 0 && w.ordinal_index != m.ordinal_index) continue;
      const EventTime& span = *times[j].time;
      const auto& t = span.time;
      if (!t.earliest || !t.latest || *t.latest - *t.earliest < date::days{1}) continue;
      EventTime et = span;
      const auto first = std::chrono::floor<date::days>(*t.earliest), last = std::chrono::floor<date::days>(*t.latest);
      const auto day = m.phase == Phase::Start ? first : last;
      et.time.earliest = Instant{day};
      et.time.latest = Instant{day} + date::days{1} - std::chrono::seconds{1};
      et.time.value = date::format("%Y-%m-%d", day);
      et.time.granularity = Granularity::Day;
      et.time.mod.clear();
      et.range.reset();
      et.basis = std::string(m.phase == Phase::Start ? "first" : "last") + " day of the span the sentence gives it: " +
                 span.text;
      times[k].time = std::move(et);
      break;
    }
  }
}

}  // namespace parley::timeline
