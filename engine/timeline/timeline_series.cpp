// Series identity and rounds as intervals.
//
// Names: reports call one negotiation by its venue ("the Vienna talks"), its body ("the Joint
// Commission"), its parties or nothing at all ("the talks"). Names are joined by evidence, each
// piece worth one point, a shared identifying word two; two points make one series:
//   - a shared identifying word ("Vienna talks" / "Vienna negotiations")            2
//   - a round or meeting of one held where the other is named after               1
//   - both names in one document                                                   1
//   - a round of the same number dated within the window by both                   1
// so a place or a time alone never joins two names across documents, and two named negotiations
// that share neither word nor place stay apart however close their rounds. A generic name takes
// the dominant series of its document (most of the document's events name it), else the series
// most documents of the collection name.
//
// Rounds: every mention with a stated time is evidence on a bound (a start, an end, a day the
// round was going on, a day it was scheduled for). Each bound takes the reading most documents
// agree on (intersecting times agree); the other readings are kept as dissent. When the
// best-sourced readings tie, the bound is their span and each of them is dissent. In a
// collection, starts and ends that number no round join the one round their day matches
// (unnumbered_rounds.cpp) and the rounds are solved again.
#include "engine/timeline/timeline_series.hpp"

#include <algorithm>
#include <cctype>
#include <array>
#include <chrono>
#include <deque>
#include <map>
#include <numeric>
#include <set>

#include "engine/merge/time_combination.hpp"
#include "engine/timeline/actor_names.hpp"
#include "engine/timeline/lexicon.hpp"
#include "parley/dct.hpp"
#include "engine/timeline/series_names.hpp"
#include "engine/timeline/time_attachment.hpp"
#include "engine/timeline/unnumbered_rounds.hpp"

namespace parley::timeline {
namespace {

// A start or end of talks told without a series name ("talks began in Astana on Monday").
bool tells_phase_of_talks(const Event& e) {
  if (e.kind != EventKind::Round && e.kind != EventKind::Meeting) return false;
  if (e.phase != Phase::Start && e.phase != Phase::End) return false;
  if (names_round_talks(e.object)) return true;
  return subject_names_talks(e);
}

// "Yemen peace talks" and "Yemeni peace talks" share their word (same_identity_word)
bool shares_word(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& x : a)
    for (const auto& y : b)
      if (same_identity_word(x, y)) return true;
  return false;
}

bool stated(const Event& e) { return e.time && !e.time->text.empty(); }

// A round's dated mention, as the evidence that two names hold the same round at the same time.
struct DatedRound {
  int round;
  Phase phase;
  std::optional<Instant> earliest, latest;
};

struct Name {
  std::string name;
  std::vector<std::string> identity;
  std::set<std::string> docs;
  std::vector<std::string> places;  // words of the places its rounds and meetings were held
  std::vector<DatedRound> rounds;
  std::size_t events = 0;
  // identity words of other names in the sentences of its events, and of its rounds and meetings
  std::set<std::string> told, told_rounds;
  bool venue = false;  // named after a place only ("Vienna talks", "talks in Doha")
};

bool within(const std::optional<Instant>& a_lo, const std::optional<Instant>& a_hi,
            const std::optional<Instant>& b_lo, const std::optional<Instant>& b_hi, std::chrono::seconds window) {
  if (a_hi && b_lo && *b_lo - *a_hi > window) return false;
  if (b_hi && a_lo && *a_lo - *b_hi > window) return false;
  return (a_lo || a_hi) && (b_lo || b_hi);
}

bool any_in(const std::set<std::string>& told, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return told.count(w) > 0; });
}

// Nouns that follow a negotiation's name, not a place's: "in Brexit negotiations" names the
// talks, "talks in Vienna on Tuesday" the place.
constexpr std::array<std::string_view, 14> name_nouns = {"talks", "talk", "negotiations", "negotiation", "round",
                                                         "rounds", "meeting", "meetings", "session", "sessions",
                                                         "process", "deal", "agreement", "renegotiation"};

// Words written as a place in a sentence: "in X" or "at X" not followed by a negotiation noun.
void venue_words(const std::vector<std::string>& words, std::set<std::string>& out) {
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] != "in" && words[i] != "at") continue;
    if (i + 2 < words.size() && std::find(name_nouns.begin(), name_nouns.end(), words[i + 2]) != name_nouns.end())
      continue;
    out.insert(words[i + 1]);
  }
}

// Whether a word of `a` is the initials of consecutive words of `b` ("sma" for "special measures
// agreement", "nafta" for "north american free trade agreement"): an acronym and the name it
// stands for are one name.
bool abbreviates(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    if (x.size() < 2 || x.size() > b.size()) continue;
    for (std::size_t i = 0; i + x.size() <= b.size(); ++i) {
      std::size_t k = 0;
      while (k < x.size() && !b[i + k].empty() && b[i + k][0] == x[k]) ++k;
      if (k == x.size()) return true;
    }
  }
  return false;
}

int evidence_between(const Name& a, const Name& b, std::chrono::seconds window) {
  int score = 0;
  if (shares_word(a.identity, b.identity) || abbreviates(a.identity, b.identity) || abbreviates(b.identity, a.identity))
    score += 2;
  // a venue and a negotiation named otherwise: the rounds of one told at the venue ("U.S.-Taliban
  // peace talks will start in Doha"), the venue's rounds told with the other's name ("the Taliban
  // opened fresh negotiations in Doha")
  const Name* venue = a.venue && !b.venue ? &a : b.venue && !a.venue ? &b : nullptr;
  const Name* other = venue == &a ? &b : &a;
  if (shares_word(a.identity, b.places) || shares_word(b.identity, a.places) ||
      (venue && any_in(other->told_rounds, venue->identity)))
    ++score;
  if (venue && any_in(venue->told, other->identity)) ++score;
  if (std::any_of(a.docs.begin(), a.docs.end(), [&](const std::string& d) { return b.docs.count(d) > 0; })) ++score;
  bool same_round = false;
  for (const DatedRound& x : a.rounds)
    for (const DatedRound& y : b.rounds)
      if (x.round == y.round && within(x.earliest, x.latest, y.earliest, y.latest, window)) same_round = true;
  return score + (same_round ? 1 : 0);
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

std::vector<std::string> docs_of(const Event& e) {
  std::vector<std::string> out;
  for (const Evidence& ev : e.evidence)
    if (std::find(out.begin(), out.end(), ev.doc) == out.end()) out.push_back(ev.doc);
  return out;
}

// "a new round began on May 7": the round of the series dated on that day (by a time of at most
// two weeks), when exactly one is; else, for a told "latest", the highest round dated on or
// before its day; for "next", one after the highest round all of whose mentions lie before it (a past
// tense's "before the report" counts: the round was over when it was reported). Two passes, so
// that a round resolved by the first ("the next round will be held on May 16") dates the second
// ("the previous round, held on May 16-19").
void resolve_relative(std::span<Event* const> events, std::chrono::seconds window) {
  constexpr auto round_span = std::chrono::days(14);
  std::set<const Event*> resolved;
  for (int pass = 0; pass < 2; ++pass) {
    std::map<std::string, std::vector<DatedRound>> dated, bounded_by;
    for (const Event* e : events) {
      if (!e->series || e->series->round <= 0 || e->kind != EventKind::Round) continue;
      if (!e->series->relative.empty() && !resolved.count(e)) continue;
      if (!e->time) continue;
      DatedRound d{e->series->round, e->phase, e->time->time.earliest, e->time->time.latest};
      // only a time bounded on both sides and no longer than a round tells which round a day
      // belongs to: "before dawn on Monday" or "this year" holds the days of many rounds
      const bool tight = d.earliest && d.latest && *d.latest - *d.earliest <= round_span;
      if (stated(*e) && tight) dated[e->series->name].push_back(d);
      bounded_by[e->series->name].push_back(d);
    }
    for (Event* e : events) {
      if (!e->series || e->series->relative.empty() || resolved.count(e) || !stated(*e)) continue;
      const auto& lo = e->time->time.earliest;
      const auto& hi = e->time->time.latest;
      std::set<int> same_phase, any_phase;
      if (auto it = dated.find(e->series->name); it != dated.end())
        for (const DatedRound& d : it->second) {
          if (!within(d.earliest, d.latest, lo, hi, std::chrono::seconds(0))) continue;
          any_phase.insert(d.round);
          if (d.phase == e->phase) same_phase.insert(d.round);
        }
      const std::set<int>& hits = same_phase.size() == 1 ? same_phase : any_phase;
      if (hits.size() == 1) {
        e->series->round = *hits.begin();
        resolved.insert(e);
        continue;
      }
      auto it = bounded_by.find(e->series->name);
      if (!hits.empty() || !lo || !hi || it == bounded_by.end()) continue;
      // (a round already numbered keeps it: once merged, its own evidence is no other event's)
      if (e->series->relative == "latest" && e->series->round == 0 && e->tense != Tense::Future &&
          e->tense != Tense::Modal) {
        // "the latest round ended today": the highest round dated (tightly) on or before this
        // day and at most two weeks before it; a round first dated after it had not begun yet
        int latest = 0;
        for (const DatedRound& d : dated[e->series->name])
          if (*d.earliest <= *hi && *d.latest + round_span >= *lo) latest = std::max(latest, d.round);
        // "have begun the second day of the latest round": a round that starts on this day is
        // the one that ends next, within two weeks (not one that ended before it)
        if (e->phase == Phase::Start) {
          int ending = 0;
          for (const DatedRound& d : dated[e->series->name])
            if (d.phase == Phase::End && *d.earliest >= *lo && *d.earliest <= *hi + round_span &&
                (ending == 0 || d.round < ending))
              ending = d.round;
          if (ending > 0) latest = ending;
        }
        // or a round a report of those days tells as over ("The fifth round concluded", written
        // on or after this day and within two weeks of it): it is the latest one then
        for (const DatedRound& d : it->second)
          if (!d.earliest && d.latest && *d.latest >= *lo && *d.latest <= *hi + round_span) latest = std::max(latest, d.round);
        const bool later_numbered_before = std::any_of(it->second.begin(), it->second.end(), [&](const DatedRound& d) {
          return d.round > latest && d.latest && *d.latest < *lo;
        });
        if (latest > 0 && !later_numbered_before) {
          e->series->round = latest;
          resolved.insert(e);
        }
        continue;
      }
      if (e->series->relative != "next") continue;
      std::map<int, bool> before;  // round -> every mention of it lies before this one
      for (const DatedRound& d : it->second) {
        bool b = d.latest && *d.latest + window < *lo;
        auto [slot, fresh] = before.emplace(d.round, b);
        if (!fresh) slot->second = slot->second && b;
      }
      int ended = 0;
      std::optional<Instant> ended_last;
      for (const auto& [n, b] : before)
        if (b) ended = std::max(ended, n);
      for (const DatedRound& d : it->second)
        if (d.round == ended && d.latest && (!ended_last || *d.latest > *ended_last)) ended_last = d.latest;
      // rounds follow each other within weeks; after a longer silence the collection has likely
      // missed rounds in between, and "one after the last we know" would be a guess
      constexpr auto max_gap = std::chrono::days(60);
      if (ended > 0 && ended_last && *lo - *ended_last <= max_gap) {
        e->series->round = ended + 1;
        resolved.insert(e);
      }
    }
  }
}

}  // namespace

bool in_series_unification(const Event& e) { return e.series.has_value() || tells_phase_of_talks(e); }

void unify_series(std::span<Event* const> events, int window_days) {
  const std::chrono::seconds window = std::chrono::days(window_days);
  std::vector<Name> names;
  std::map<std::string, std::size_t> index;
  for (Event* e : events) {  // a name read with its clause keeps only the name
    if (!e->series || e->series->name.empty()) continue;
    e->series->name = clean_series_name(e->series->name);
    // nothing of it was a name ("Producer delegates were"), and it numbers no round: no series
    if (e->series->name.empty() && e->series->round <= 0 && e->series->relative.empty()) e->series.reset();
  }
  for (const Event* e : events) {
    if (!e->series) continue;
    auto [it, fresh] = index.emplace(e->series->name, names.size());
    if (fresh) names.push_back({e->series->name, series_identity(e->series->name), {}, {}, {}, 0, {}, {}, false});
    Name& n = names[it->second];
    ++n.events;
    for (auto& d : docs_of(*e)) n.docs.insert(std::move(d));
    if ((e->kind == EventKind::Round || e->kind == EventKind::Meeting) && !e->place.empty())
      for (auto& w : series_words(e->place)) n.places.push_back(std::move(w));
    if (e->kind == EventKind::Round && e->series->round > 0 && e->series->relative.empty() && stated(*e))
      n.rounds.push_back({e->series->round, e->phase, e->time->time.earliest, e->time->time.latest});
  }
  if (names.empty()) return;
  // which names are a venue alone, and which other names each one's rounds are told with
  std::set<std::string> identity_words, place_words;
  for (const Name& n : names) identity_words.insert(n.identity.begin(), n.identity.end());
  for (const Name& n : names) place_words.insert(n.places.begin(), n.places.end());
  std::vector<std::set<std::string>> written_as_place(names.size());
  for (const Event* e : events) {
    if (!e->series) continue;
    const std::size_t i = index.at(e->series->name);
    Name& n = names[i];
    const bool round = e->kind == EventKind::Round || e->kind == EventKind::Meeting;
    for (const Evidence& ev : e->evidence) {
      const std::vector<std::string> words = series_words(ev.text);
      venue_words(words, written_as_place[i]);
      for (const std::string& w : words)
        if (identity_words.count(w) && std::find(n.identity.begin(), n.identity.end(), w) == n.identity.end()) {
          n.told.insert(w);
          if (round) n.told_rounds.insert(w);
        }
    }
  }
  for (std::size_t i = 0; i < names.size(); ++i)
    names[i].venue = !names[i].identity.empty() &&
                     std::all_of(names[i].identity.begin(), names[i].identity.end(), [&](const std::string& w) {
                       return place_words.count(w) > 0 || written_as_place[i].count(w) > 0;
                     });
  // named series joined by evidence (pairs of names: a collection names a negotiation a few
  // dozen ways at most). Two venues that several documents each name are two negotiations
  // (Geneva and Astana on Syria): no chain of joins puts them in one series. (A venue one report
  // names may still join: "Syria" is written as a place and is also the talks' subject.)
  std::vector<std::size_t> parent(names.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::vector<std::size_t>> venues(names.size());  // root -> its established venue names
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i].venue && names[i].docs.size() >= 2) venues[i].push_back(i);
  auto apart = [&](std::size_t a, std::size_t b) {  // two venues of different places
    for (std::size_t x : venues[a])
      for (std::size_t y : venues[b])
        if (!shares_word(names[x].identity, names[y].identity)) return true;
    return false;
  };
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].identity.empty()) continue;
    for (std::size_t j = i + 1; j < names.size(); ++j) {
      if (names[j].identity.empty()) continue;
      std::size_t a = find_root(parent, i), b = find_root(parent, j);
      if (a == b || apart(a, b)) continue;
      if (evidence_between(names[i], names[j], window) < 2) continue;
      std::size_t root = std::min(a, b), child = std::max(a, b);
      parent[child] = root;
      venues[root].insert(venues[root].end(), venues[child].begin(), venues[child].end());
    }
  }
  // each group is called by its most used name (then the one in most documents, then the first)
  std::map<std::size_t, std::size_t> label;  // root -> name index
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].identity.empty()) continue;
    auto [it, fresh] = label.emplace(find_root(parent, i), i);
    const Name &cur = names[it->second], &cand = names[i];
    if (!fresh && std::pair(cand.events, cand.docs.size()) > std::pair(cur.events, cur.docs.size())) it->second = i;
  }
  auto group_name = [&](std::size_t i) -> const std::string& { return names[label.at(find_root(parent, i))].name; };
  // a collection whose every name is generic ("talks", "indirect talks", "United States-mediated
  // talks" once the mediator is cut) names one negotiation the same way throughout: its most
  // used generic name, so its rounds are one series and not one per wording
  if (label.empty()) {
    std::set<std::string> docs;
    for (const Name& n : names) docs.insert(n.docs.begin(), n.docs.end());
    const Name* top = nullptr;
    for (const Name& n : names)
      if (!n.name.empty() && (!top || n.events > top->events)) top = &n;
    if (docs.size() >= 2 && top) {
      const std::string common = top->name;
      for (Event* e : events)
        if (e->series && series_identity(e->series->name).empty()) e->series->name = common;
      resolve_relative(events, window);
      return;
    }
  }
  // the dominant group of each document, and of the collection (by documents)
  std::map<std::string, std::map<std::string, std::size_t>> per_doc;  // doc -> group name -> events
  std::map<std::string, std::set<std::string>> docs_of_group;
  for (const Event* e : events) {
    if (!e->series) continue;
    std::size_t i = index.at(e->series->name);
    if (names[i].identity.empty()) continue;
    const std::string& g = group_name(i);
    for (const auto& d : docs_of(*e)) {
      ++per_doc[d][g];
      docs_of_group[g].insert(d);
    }
  }
  std::string collection_dominant;
  std::size_t most = 0;
  for (const auto& [g, docs] : docs_of_group)
    if (docs.size() > most) most = docs.size(), collection_dominant = g;
  // a collection is about one negotiation when most documents that name one name it; a folder of
  // unrelated stories (a day of wire copy) lends its most named series to none of them
  if (2 * most < per_doc.size()) collection_dominant.clear();
  // a generic name held at a place another name is called after: that series ("the talks in
  // Geneva" in a report on Astana)
  auto series_at = [&](std::string_view place) -> std::string {
    const std::vector<std::string> words = series_words(place);
    std::string best;
    std::size_t best_docs = 0;
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i].venue && shares_word(names[i].identity, words)) {
        const std::string& g = group_name(i);
        if (docs_of_group[g].size() > best_docs) best_docs = docs_of_group[g].size(), best = g;
      }
    return best;
  };
  for (Event* e : events) {
    // "The longest round yet of peace talks ended in Qatar": a phase of talks its document
    // names no series for is told of the series its document, place or collection is about
    const bool lent = !e->series && tells_phase_of_talks(*e);
    if (lent) e->series.emplace();
    if (!e->series) continue;
    const auto known = index.find(e->series->name);
    const std::size_t i = known == index.end() ? names.size() : known->second;
    if (i < names.size() && !names[i].identity.empty()) {
      e->series->name = group_name(i);
      continue;
    }
    std::string dominant;
    if (!e->place.empty()) dominant = series_at(e->place);
    if (dominant.empty() && !e->evidence.empty())
      if (auto it = per_doc.find(e->evidence.front().doc); it != per_doc.end()) {
        std::size_t top = 0, second = 0;
        for (const auto& [g, n] : it->second)
          if (n > top) second = top, top = n, dominant = g;
          else if (n > second) second = n;
        // a phase of "the talks" in a report that names two series as often: which one is not
        // known, and neither is lent (a wrong series would move that series' round dates)
        if (lent && top == second) {
          e->series.reset();
          continue;
        }
      }
    if (dominant.empty()) dominant = collection_dominant;
    if (!dominant.empty()) e->series->name = dominant;
    else if (lent) e->series.reset();
  }
  resolve_relative(events, window);
}

void unify_series(std::vector<Timeline>& timelines, int window_days) {
  std::vector<Event*> events;
  for (Timeline& t : timelines)
    for (Event& e : t.events) events.push_back(&e);
  unify_series(events, window_days);
}

namespace {

struct BoundEvidence {
  std::string doc, event;
  const EventTime* time;
};

// The span from the earliest to the latest of the readings `which`: their first's time widened,
// its value the ISO 8601 interval of the first and last values ("2017-09-13/2017-09-14").
EventTime span_of(const std::vector<TimeReading>& readings, const std::vector<std::size_t>& which) {
  const TimeReading* first = &readings[which.front()];
  const TimeReading* last = first;
  EventTime t = first->time;
  std::string texts;
  for (std::size_t k : which) {
    const ResolvedTime& r = readings[k].time.time;
    if (!r.earliest || (t.time.earliest && *r.earliest < *t.time.earliest)) {
      if (r.earliest || t.time.earliest) first = &readings[k];
      t.time.earliest = r.earliest;
    }
    if (!r.latest || (t.time.latest && *r.latest > *t.time.latest)) {
      if (r.latest || t.time.latest) last = &readings[k];
      t.time.latest = r.latest;
    }
    const std::string& text = readings[k].time.text;
    if (!text.empty() && texts.find(text) == std::string::npos) texts += (texts.empty() ? "" : " or ") + text;
  }
  if (first->time.time.value != last->time.time.value)
    t.time.value = first->time.time.value + "/" + last->time.time.value;
  t.text = texts.empty() ? t.text : texts;
  t.range.reset();
  t.timex.clear();
  t.basis = "span of " + std::to_string(which.size()) + " readings with as many sources each";
  return t;
}

void solve_bound(std::string_view bound, std::vector<BoundEvidence> ev, std::optional<EventTime>& out,
                 std::size_t& sources, std::vector<RoundReading>& dissent) {
  // one reading per document and interval: a document that tells the start twice says it once
  std::sort(ev.begin(), ev.end(), [](const BoundEvidence& a, const BoundEvidence& b) { return a.doc < b.doc; });
  std::vector<BoundEvidence> unique;
  for (const BoundEvidence& x : ev)
    if (std::none_of(unique.begin(), unique.end(), [&](const BoundEvidence& u) {
          return u.doc == x.doc && u.time->time.earliest == x.time->time.earliest &&
                 u.time->time.latest == x.time->time.latest;
        }))
      unique.push_back(x);
  std::vector<merge::SourcedTime> times;
  for (const BoundEvidence& x : unique) times.push_back({x.doc, x.time});
  merge::CombinedTime c = merge::combine_times(times);
  out = c.time;
  std::set<std::string> docs;
  for (const BoundEvidence& x : unique) docs.insert(x.doc);
  sources = docs.size();
  if (c.readings.size() < 2) return;
  std::size_t chosen = 0;
  for (std::size_t k = 1; k < c.readings.size(); ++k)
    if (c.readings[k].docs.size() > c.readings[chosen].docs.size()) chosen = k;
  sources = c.readings[chosen].docs.size();
  // Readings with as many sources as the most given tie (one outlet against another): none is
  // agreed, and taking the earliest would pass one outlet's word off as the collection's. The
  // bound is then the span covering the tied readings, so the round's date shows as uncertain,
  // and every tied reading stays in the dissent for a reader to weigh.
  std::vector<std::size_t> tied;
  for (std::size_t k = 0; k < c.readings.size(); ++k)
    if (c.readings[k].docs.size() == sources) tied.push_back(k);
  if (tied.size() > 1) out = span_of(c.readings, tied);
  for (std::size_t k = 0; k < c.readings.size(); ++k) {
    if (k == chosen && tied.size() < 2) continue;
    RoundReading r{std::string(bound), c.readings[k].docs, {}, c.readings[k].time};
    for (const BoundEvidence& x : unique) {
      const auto& t = c.readings[k].time.time;
      bool meets = !(x.time->time.latest && t.earliest && *x.time->time.latest < *t.earliest) &&
                   !(t.latest && x.time->time.earliest && *t.latest < *x.time->time.earliest);
      if (meets && std::find(r.docs.begin(), r.docs.end(), x.doc) != r.docs.end() &&
          std::find(r.events.begin(), r.events.end(), x.event) == r.events.end())
        r.events.push_back(x.event);
    }
    dissent.push_back(std::move(r));
  }
}

bool scheduled(const Event& e) { return e.tense == Tense::Future || e.tense == Tense::Modal; }

// Whether the event tells a round going on after its start: a verb of continuing ("continued",
// "resumed", "resuming") or one told "again" ("met again today").
bool continues(const Event& e) {
  const std::string_view t = e.trigger;
  auto starts = [&](std::string_view p) { return t.size() >= p.size() && iequals(t.substr(0, p.size()), p); };
  if (starts("continu") || starts("resum")) return true;
  if (e.evidence.empty()) return false;
  const Evidence& ev = e.evidence.front();
  const std::size_t at = ev.text.find(ev.trigger);
  if (at == std::string::npos) return false;
  std::string_view after = std::string_view(ev.text).substr(at + ev.trigger.size());
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  return after.size() >= 5 && iequals(after.substr(0, 5), "again") && (after.size() == 5 || !std::isalpha(static_cast<unsigned char>(after[5])));
}

// The day a range end's TIMEX3 value names ("2017-09-13"), as bounds on the document's clock;
// nothing for other ends (months, clock times, weekdays without a date).
std::optional<std::pair<Instant, Instant>> day_of_value(const std::string& value) {
  if (value.size() != 10) return std::nullopt;
  const auto d = parse_dct(value);
  if (!d) return std::nullopt;
  return std::pair{d->instant, d->instant + std::chrono::hours(24) - std::chrono::seconds(1)};
}

// "held on September 13-15": the first day is the round's start and the last its end, not the
// whole range for each. Empty when the time is no range of two days.
std::optional<std::pair<EventTime, EventTime>> range_ends(const EventTime& t) {
  if (!t.range || !t.time.earliest || !t.time.latest) return std::nullopt;
  const auto first = day_of_value(t.range->begin), last = day_of_value(t.range->end);
  if (!first || !last || first->first != *t.time.earliest || last->second != *t.time.latest || first->first >= last->first)
    return std::nullopt;
  std::pair<EventTime, EventTime> out{t, t};
  out.first.time.latest = first->second;
  out.second.time.earliest = last->first;
  out.first.time.value = t.range->begin;
  out.second.time.value = t.range->end;
  // each is one day now, so neither is the range any longer (its schema says it spans both ends)
  out.first.range.reset();
  out.second.range.reset();
  out.first.basis = "the first day of " + (t.text.empty() ? t.range->value : t.text);
  out.second.basis = "the last day of " + (t.text.empty() ? t.range->value : t.text);
  return out;
}

// The instant each document was written (its DCT's day end), by document id.
using WrittenAt = std::map<std::string, Instant>;

// A reading told ahead of its day: every document giving it was written before the reading's
// first instant ("the next round will be held at the end of August" in July). Such a reading is
// a plan, and a plan later changed must not outweigh the accounts of the round once held.
bool told_ahead(const std::vector<std::string>& docs, const EventTime& t, const WrittenAt& written) {
  if (!t.time.earliest || docs.empty()) return false;
  return std::all_of(docs.begin(), docs.end(), [&](const std::string& d) {
    auto w = written.find(d);
    return w != written.end() && w->second < *t.time.earliest;
  });
}

// A plan for a span of more than a week that had passed when a later report of the same series
// was written: "the next round will take place in early September", and reports of December
// number the round held then without its days. The later coverage does not confirm the plan, so
// it dates nothing (plans move: that round was held from November 28). A plan of days ("will be
// held on April 14-15") is kept: rounds mostly meet on the days announced.
bool overtaken(const EventTime& t, std::optional<Instant> series_last_written) {
  return t.time.earliest && t.time.latest && *t.time.latest - *t.time.earliest > std::chrono::days(7) &&
         series_last_written && *series_last_written > *t.time.latest + std::chrono::days(2);
}

// A round's evidence sorted by what it says: told starts and ends first (a whole round told
// with its range of days, "held on September 13-15", tells both), then what was scheduled, then
// days the round was going on, then a whole round scheduled for a span ("will take place in early
// September"); each bound is solved from the first kind present. A merged event's readings are
// weighed one by one: a reading its documents gave ahead of its day is a plan whatever the
// event's tense, and one given after is an account. A plan overtaken by the series' later
// reports is left out.
// `taken`: events that number no round and were taken for this one (unnumbered_phase_rounds),
// meetings among them. `last_written`: when the series' last report was written.
void solve_round(SeriesRound& r, const std::vector<const Event*>& events, const std::set<const Event*>& taken,
                 const WrittenAt& written, std::optional<Instant> last_written) {
  std::vector<BoundEvidence> start, end, planned_start, planned_end, ongoing, ongoing_end, ongoing_later, planned_span,
      planned_span_end, overtaken_plans, fallback_start, fallback_end;
  std::deque<EventTime> range_days;  // the days of ranges' ends, which the evidence points to
  for (const Event* e : events) {
    if ((e->kind != EventKind::Round && !taken.count(e)) || !e->time) continue;
    bool told = stated(*e);
    if (!told) {  // a default (a tense's bound) places a round only when nothing is stated
      if (e->phase == Phase::Start || e->phase == Phase::Whole) fallback_start.push_back({docs_of(*e).front(), e->id, &*e->time});
      if (e->phase == Phase::End || e->phase == Phase::Whole) fallback_end.push_back({docs_of(*e).front(), e->id, &*e->time});
      continue;
    }
    std::vector<std::pair<std::vector<std::string>, const EventTime*>> readings;
    if (!e->readings.empty())
      for (const TimeReading& tr : e->readings) readings.emplace_back(tr.docs, &tr.time);
    else
      readings.emplace_back(docs_of(*e), &*e->time);
    for (const auto& [docs, time] : readings) {
      const bool plan = e->readings.empty() ? scheduled(*e) || told_ahead(docs, *time, written)
                                            : told_ahead(docs, *time, written);
      if (plan && overtaken(*time, last_written)) {
        for (const auto& d : docs) overtaken_plans.push_back({d, e->id, time});
        continue;
      }
      auto add = [&](std::vector<BoundEvidence>& into, const EventTime* t) {
        for (const auto& d : docs) into.push_back({d, e->id, t});
      };
      switch (e->phase) {
        case Phase::Start: add(plan ? planned_start : start, time); break;
        case Phase::End: add(plan ? planned_end : end, time); break;
        case Phase::Whole:
          if (auto ends = range_ends(*time)) {
            range_days.push_back(std::move(ends->first));
            const EventTime* first = &range_days.back();
            range_days.push_back(std::move(ends->second));
            const EventTime* last = &range_days.back();
            add(plan ? planned_start : start, first);
            add(plan ? planned_end : end, last);
            break;
          }
          // "continued on Tuesday", "resumed the eighth round on Sunday", "met again today for
          // the 4th round": a day the round was going on after it had begun, never its start
          add(plan ? planned_span : continues(*e) ? ongoing_later : ongoing, time);
          // "held in December" bounds the end too; "held on May 16" is more often the first
          // day of a round of several than a round of one day
          if (time->time.earliest && time->time.latest && *time->time.latest - *time->time.earliest > std::chrono::hours(24))
            add(plan ? planned_span_end : ongoing_end, time);
          break;
        case Phase::None: break;
      }
    }
  }
  auto pick = [&](std::initializer_list<std::vector<BoundEvidence>*> kinds) -> std::vector<BoundEvidence>& {
    for (std::vector<BoundEvidence>* k : kinds)
      if (!k->empty()) return *k;
    return **std::prev(kinds.end());
  };
  std::vector<BoundEvidence>& start_ev = pick({&start, &planned_start, &ongoing, &planned_span, &fallback_start});
  if (!start_ev.empty()) solve_bound("start", start_ev, r.start, r.start_sources, r.dissent);
  if (auto& ev = pick({&end, &planned_end, &ongoing_end, &planned_span_end, &fallback_end}); !ev.empty())
    solve_bound("end", ev, r.end, r.end_sources, r.dissent);
  // a day the round was going on, or a span it was planned for, before its solved start or after
  // its solved end
  if (start.empty() && end.empty()) return;
  const bool plan_dated_start = &start_ev == &planned_span;
  ongoing.insert(ongoing.end(), ongoing_later.begin(), ongoing_later.end());
  if (!plan_dated_start) ongoing.insert(ongoing.end(), planned_span.begin(), planned_span.end());
  ongoing.insert(ongoing.end(), overtaken_plans.begin(), overtaken_plans.end());
  for (const BoundEvidence& x : ongoing) {
    const auto& t = x.time->time;
    if (r.start && r.start->time.earliest && t.latest && *t.latest < *r.start->time.earliest && !start.empty())
      r.dissent.push_back({"start", {x.doc}, {x.event}, *x.time});
    else if (r.end && r.end->time.latest && t.earliest && *t.earliest > *r.end->time.latest && !end.empty())
      r.dissent.push_back({"end", {x.doc}, {x.event}, *x.time});
  }
}

using RoundsBySeries = std::map<std::string, std::map<int, std::vector<const Event*>>>;

// When each series' last report was written: the latest DCT of the documents telling its events.
using LastWritten = std::map<std::string, Instant>;

LastWritten last_written_by_series(const std::vector<Event>& events, const WrittenAt& written) {
  LastWritten out;
  for (const Event& e : events) {
    if (!e.series || e.series->name.empty()) continue;
    for (const Evidence& ev : e.evidence)
      if (auto w = written.find(ev.doc); w != written.end()) {
        auto [slot, fresh] = out.emplace(e.series->name, w->second);
        if (!fresh && w->second > slot->second) slot->second = w->second;
      }
  }
  return out;
}

std::vector<Series> solve_series(const RoundsBySeries& by_series, const std::set<const Event*>& taken,
                                 const WrittenAt& written, const LastWritten& last) {
  std::vector<Series> out;
  for (const auto& [name, rounds] : by_series) {
    Series s;
    s.name = name;
    std::optional<Instant> last_written;
    if (auto it = last.find(name); it != last.end()) last_written = it->second;
    for (const auto& [n, evs] : rounds) {
      SeriesRound r;
      r.round = n;
      for (const Event* e : evs) r.events.push_back(e->id);
      solve_round(r, evs, taken, written, last_written);
      s.rounds.push_back(std::move(r));
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

void build_series(Timeline& tl) {
  std::vector<Event*> events;
  for (Event& e : tl.events) events.push_back(&e);
  unify_series(events);
  RoundsBySeries by_series;
  for (const Event& e : tl.events)
    if (e.series && e.series->round > 0) by_series[e.series->name][e.series->round].push_back(&e);
  WrittenAt written;
  for (const auto& d : tl.documents)
    if (auto dct = parse_dct(d.dct)) written[d.id] = dct_bounds(*dct).second;
  const LastWritten last = last_written_by_series(tl.events, written);
  tl.series = solve_series(by_series, {}, written, last);
  // a collection's reports that number no round ("talks began in Astana on Monday") are evidence
  // for the round whose solved bound they match; the rounds are then solved again with them
  if (tl.documents.size() < 2) return;
  std::set<const Event*> taken;
  for (const auto& [e, round] : unnumbered_phase_rounds(tl.events, tl.series)) {
    e->series->round = round;
    by_series[e->series->name][round].push_back(e);
    taken.insert(e);
  }
  if (taken.empty()) return;
  // in the events' order, as the rounds list them
  for (auto& [name, rounds] : by_series)
    for (auto& [n, evs] : rounds)
      std::sort(evs.begin(), evs.end(), [&](const Event* a, const Event* b) { return a < b; });
  tl.series = solve_series(by_series, taken, written, last);
}

}  // namespace parley::timeline
