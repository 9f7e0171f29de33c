// match_events(): blocks, candidate pairs, rules, then joins strongest first. A pair is only
// looked at inside a block (rounds: series and phase; statements: speaker; meetings: series;
// actions: speaker and verb) and, inside it, only when the two times lie within the date window,
// so the cost follows the blocks' sizes. Numbered rounds need no window: the number says it.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "engine/merge/event_blocks.hpp"
#include "engine/merge/event_keys.hpp"
#include "engine/merge/group_matching.hpp"
#include "parley/timeline_merge.hpp"

namespace parley {
namespace {

using merge::EventKeys;

constexpr char quote_key_prefix[] = "q\x1f";  // event_block_keys' key of a quote word

struct Flat {
  EventRef ref;
  const Event* event;
  EventKeys keys;
};

struct Candidate {
  std::size_t a, b;  // flat indices, a < b
  std::string rule;
  double confidence;
};

struct Verdict {
  bool join = false;
  std::string rule, reason;  // reason set for a near miss
  double score = 0.0;
};

Verdict join(std::string rule, double confidence) { return {true, std::move(rule), {}, confidence}; }
Verdict miss(std::string rule, std::string reason, double score) {
  return {false, std::move(rule), std::move(reason), score};
}

bool phases_agree(Phase a, Phase b) { return a == b || a == Phase::None || b == Phase::None; }

bool planned(const Flat& x) { return x.event->tense == Tense::Future || x.event->tense == Tense::Modal; }

// Whether the times of two reports can join them without a round number to say so.
bool same_time(const Flat& x, const Flat& y) {
  return merge::times_identify(x.keys, y.keys, planned(x) || planned(y));
}

Verdict judge_round(const Flat& x, const Flat& y) {
  const EventKeys &a = x.keys, &b = y.keys;
  if (a.series != b.series || !phases_agree(x.event->phase, y.event->phase)) return {};
  double phase_factor = x.event->phase == y.event->phase ? 1.0 : 0.85;
  if (a.round > 0 && b.round > 0) {
    if (a.round == b.round) return join("same round", 0.95 * phase_factor);
    if (a.stated && b.stated && merge::intervals_meet(a, b))
      return miss("same round", "same series and time, round " + std::to_string(a.round) + " against round " +
                                    std::to_string(b.round), 0.5);
    return {};
  }
  // "the round that ended on May 19": no number, so the time must say it
  if (a.stated && b.stated && same_time(x, y)) return join("same round by its time", 0.7 * phase_factor);
  return {};
}

// An open time (a tense's "before the DCT", an unstated plan) may join two reports whose words
// already agree; two plans that each state a time join only when those times name one day:
// "will meet next Tuesday" and "will meet on Sunday, June 23" are two plans.
bool times_allow(const Flat& x, const Flat& y) {
  bool both_stated_plans = (planned(x) || planned(y)) && x.keys.stated && y.keys.stated;
  return both_stated_plans ? same_time(x, y) : merge::intervals_meet(x.keys, y.keys);
}

Verdict judge_statement(const Flat& x, const Flat& y) {
  const EventKeys &a = x.keys, &b = y.keys;
  double ov = merge::overlap(a.words, b.words);
  bool speaker = merge::similar_names(a.actor, b.actor);
  bool meet = times_allow(x, y);
  if (speaker && ov >= 0.5 && meet) return join("same statement", 0.55 + 0.4 * ov);
  // "X said on Tuesday" twice, nothing else to compare: one speaker's words of one stated day
  if (speaker && a.words.empty() && b.words.empty() && a.stated && b.stated && same_time(x, y))
    return join("same statement", 0.6);
  if (speaker && ov >= 0.5) return miss("same statement", "same speaker and words, different days", 0.8 * ov);
  if (speaker && meet && ov >= 0.25) return miss("same statement", "same speaker and day, few shared words", ov);
  // the same words under two named speakers: two shared content words at least (one word in
  // common, "progress" or "very", is how any two quotes on one negotiation look), and a speaker on
  // each side (a report that names nobody attributes nothing)
  double quoted = merge::overlap(a.quote_words, b.quote_words);
  const double shorter = static_cast<double>(std::min(a.quote_words.size(), b.quote_words.size()));
  if (!speaker && quoted >= 0.5 && quoted * shorter >= 2.0 && !a.actor.empty() && !b.actor.empty())
    return miss("same statement", "same words, different speakers", quoted);
  return {};
}

Verdict judge_meeting(const Flat& x, const Flat& y) {
  const EventKeys &a = x.keys, &b = y.keys;
  // "met" and "the meeting" told in one article are two events; across articles the verb or
  // the words must agree
  if (a.series != b.series || (a.trigger != b.trigger && merge::overlap(a.words, b.words) < 0.5)) return {};
  bool places = !a.place_words.empty() && !b.place_words.empty();
  double ov = merge::overlap(a.place_words, b.place_words);
  // the same place: the time need only allow it; else only a bounded time names the meeting
  if (places && ov >= 0.5 && times_allow(x, y)) return join("same meeting", 0.85);
  bool meet = same_time(x, y);
  if (!places && meet && a.stated && b.stated) return join("same meeting", 0.65);
  if (places && meet) return miss("same meeting", "same series and day, different places", 0.5);
  if (!meet && merge::intervals_meet(a, b) && a.stated && b.stated)
    return miss("same meeting", !merge::bounded(a) || !merge::bounded(b) ? "a time without bounds"
                                                                         : "planned, times too vague to tell one meeting",
                0.4);
  if (places && ov >= 0.5 && a.stated && b.stated) return miss("same meeting", "same series and place, different days", 0.5);
  return {};
}

Verdict judge_action(const Flat& x, const Flat& y) {
  const EventKeys &a = x.keys, &b = y.keys;
  if (a.trigger != b.trigger || !merge::similar_names(a.actor, b.actor) || !times_allow(x, y)) return {};
  double ov = merge::overlap(a.words, b.words);
  if (ov >= 0.5) return join("same action", 0.5 + 0.4 * ov);
  // nothing but the verb and the speaker: the time must name the day
  if (a.words.empty() && b.words.empty() && same_time(x, y)) return join("same action", 0.5);
  return {};
}

// The same sentence, the same trigger and the same time: a copy of the same report (a wire story
// two outlets carry, an article compared with itself), whatever the rules of its kind would need
// (an actor, a stated time). Short sentences are left to those rules: "The company said." told
// in two stories is not one statement.
constexpr std::size_t copy_min_words = 6;

std::size_t words(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] != ' ' && s[i] != '\n' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n')) ++n;
  return n;
}

const Evidence* first_evidence(const Event& e) { return e.evidence.empty() ? nullptr : &e.evidence.front(); }

bool same_telling(const Event& a, const Event& b) {
  const Evidence *x = first_evidence(a), *y = first_evidence(b);
  if (!x || !y || x->text != y->text || x->trigger != y->trigger || a.summary != b.summary) return false;
  const auto bounds = [](const Event& e) {
    return e.time ? std::pair(e.time->time.earliest, e.time->time.latest)
                  : std::pair<std::optional<Instant>, std::optional<Instant>>();
  };
  return bounds(a) == bounds(b) && words(x->text) >= copy_min_words;
}

Verdict judge(const Flat& x, const Flat& y) {
  if (x.event->kind != y.event->kind) return {};
  if (same_telling(*x.event, *y.event)) return join("same sentence", 0.99);
  switch (x.event->kind) {
    case EventKind::Round: return judge_round(x, y);
    case EventKind::Statement: return judge_statement(x, y);
    case EventKind::Meeting: return judge_meeting(x, y);
    case EventKind::Action: return judge_action(x, y);
  }
  return {};
}

// Where an event sits for blocking: its earliest bound, else its latest ("before the DCT").
std::optional<long long> anchor_of(const EventKeys& k) {
  if (k.earliest) return k.earliest->time_since_epoch().count();
  if (k.latest) return k.latest->time_since_epoch().count();
  return std::nullopt;
}

// Pairs of one block whose anchors lie within the window of each other, by one sweep over the
// block sorted by anchor; events with no bound at all are compared with the whole block (they
// are few: most events carry at least a tense's bound).
constexpr std::size_t big_block = 256, neighbourhood = 64;
using merge::max_quote_block;

template <class Visit>
void sweep(std::vector<std::size_t>& block, const std::vector<Flat>& flat, std::chrono::seconds window, Visit visit) {
  std::sort(block.begin(), block.end());  // input order, whatever the caller did
  std::vector<std::pair<long long, std::size_t>> dated;
  std::vector<std::size_t> undated;
  for (std::size_t i : block) {
    if (auto a = anchor_of(flat[i].keys)) dated.emplace_back(*a, i);
    else undated.push_back(i);
  }
  std::sort(dated.begin(), dated.end());
  for (std::size_t i = 0; i < dated.size(); ++i)
    for (std::size_t j = i + 1; j < dated.size() && dated[j].first - dated[i].first <= window.count(); ++j)
      visit(dated[i].second, dated[j].second);
  if (block.size() <= big_block) {
    for (std::size_t u = 0; u < undated.size(); ++u) {
      for (std::size_t v = u + 1; v < undated.size(); ++v) visit(undated[u], undated[v]);
      for (const auto& d : dated) visit(undated[u], d.second);
    }
    return;
  }
  // a large block: an undated event meets only the events told nearest to it in input order
  // (the block is in input order), or merging a thousand articles turns quadratic
  for (std::size_t p = 0; p < block.size(); ++p) {
    if (anchor_of(flat[block[p]].keys)) continue;
    std::size_t lo = p > neighbourhood ? p - neighbourhood : 0, hi = std::min(block.size(), p + neighbourhood + 1);
    for (std::size_t q = lo; q < hi; ++q)
      if (q != p) visit(block[p], block[q]);
  }
}

struct UnionFind {
  std::vector<std::size_t> parent;
  std::vector<std::vector<std::size_t>> timelines;  // per root, sorted
  // per root: the intersection of its members' stated times, so that pairs that each meet
  // cannot chain three reports whose times do not all hold (April 9, "next week", June 23)
  std::vector<std::optional<Instant>> lo, hi;
  explicit UnionFind(const std::vector<Flat>& flat)
      : parent(flat.size()), timelines(flat.size()), lo(flat.size()), hi(flat.size()) {
    std::iota(parent.begin(), parent.end(), 0);
    for (std::size_t i = 0; i < flat.size(); ++i) {
      timelines[i] = {flat[i].ref.timeline};
      if (flat[i].keys.stated) lo[i] = flat[i].keys.earliest, hi[i] = flat[i].keys.latest;
    }
  }
  bool times_hold(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    auto l = lo[a] && lo[b] ? std::max(*lo[a], *lo[b]) : lo[a] ? lo[a] : lo[b];
    auto h = hi[a] && hi[b] ? std::min(*hi[a], *hi[b]) : hi[a] ? hi[a] : hi[b];
    return !l || !h || *l <= *h;
  }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  bool disjoint(std::size_t a, std::size_t b) {
    const auto &x = timelines[find(a)], &y = timelines[find(b)];
    for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
      if (*i < *j) ++i;
      else if (*j < *i) ++j;
      else return false;
    }
    return true;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a > b) std::swap(a, b);  // the lower index stays root: the result does not depend on pair order
    std::vector<std::size_t> both;
    std::merge(timelines[a].begin(), timelines[a].end(), timelines[b].begin(), timelines[b].end(),
               std::back_inserter(both));
    timelines[a] = std::move(both);
    timelines[b].clear();
    if (lo[b] && (!lo[a] || *lo[b] > *lo[a])) lo[a] = lo[b];
    if (hi[b] && (!hi[a] || *hi[b] < *hi[a])) hi[a] = hi[b];
    parent[b] = a;
  }
};

const AliasTable& aliases_of(const MatchOptions& options) {
  if (options.aliases) return *options.aliases;
  static const AliasTable t = AliasTable::builtin();
  return t;
}

// match_events over events ascending by ref (all the events of the timelines, or one group's).
// `crowded`: for one group, the quote words (sorted) in more than max_quote_block quotes of the
// whole collection, whose blocks the whole leaves out; null when `flat` is the whole collection,
// whose blocks then say it themselves. (A group holds only part of such a word's quotes, so its
// own count would sweep pairs the whole never compares.)
EventMatching match_flat(const std::vector<Flat>& flat, const MatchOptions& options,
                         const std::vector<std::string>* crowded) {
  // blocks (merge::for_each_block); std::map keeps their order fixed
  std::map<std::tuple<int, std::string, std::string>, std::vector<std::size_t>> blocks;
  std::map<std::tuple<std::string, int, int>, std::vector<std::size_t>> numbered_rounds;
  std::map<std::string, std::vector<std::size_t>> quote_words;
  std::map<std::pair<std::string_view, std::string_view>, std::vector<std::size_t>> tellings;  // sentence, trigger
  for (std::size_t i = 0; i < flat.size(); ++i) {
    merge::for_each_block(*flat[i].event, flat[i].keys, [&](const merge::Block& b) {
      using enum merge::BlockKind;
      switch (b.kind) {
        case telling: tellings[{b.a, b.b}].push_back(i); break;
        case round: blocks[{0, std::string(b.a), std::string(b.b)}].push_back(i); break;
        case numbered_round: numbered_rounds[{std::string(b.a), b.round, b.phase}].push_back(i); break;
        case speaker: blocks[{1, std::string(b.a), {}}].push_back(i); break;
        case quote_word: quote_words[std::string(b.a)].push_back(i); break;
        case meeting: blocks[{2, std::string(b.a), {}}].push_back(i); break;
        case action: blocks[{3, std::string(b.a), std::string(b.b)}].push_back(i); break;
      }
    });
  }
  const auto swept_quote_word = [&](const std::string& word, std::size_t quotes) {
    return crowded ? !std::binary_search(crowded->begin(), crowded->end(), word) : quotes <= max_quote_block;
  };

  std::set<std::pair<std::size_t, std::size_t>> seen;
  std::vector<Candidate> candidates;
  std::vector<EventNearMiss> near;
  auto consider = [&](std::size_t p, std::size_t q) {
    if (p > q) std::swap(p, q);
    if (flat[p].ref.timeline == flat[q].ref.timeline || !seen.emplace(p, q).second) return;
    Verdict v = judge(flat[p], flat[q]);
    if (v.join) candidates.push_back({p, q, v.rule, v.score});
    else if (!v.reason.empty()) near.push_back({flat[p].ref, flat[q].ref, v.rule, v.reason, v.score});
  };
  const std::chrono::seconds window = std::chrono::days(options.date_window_days);
  for (auto& [key, block] : blocks) sweep(block, flat, window, consider);
  for (auto& [key, block] : numbered_rounds)  // a star: "same round" is transitive
    for (std::size_t j = 1; j < block.size(); ++j) consider(block[0], block[j]);
  // copies of one sentence (the map's keys view the events' own strings, alive until the end)
  for (auto& [key, block] : tellings)
    if (block.size() > 1) sweep(block, flat, window, consider);
  // the same words under other speakers: blocked by shared quote words; a word in very many
  // quotes says nothing and would make this quadratic
  for (auto& [word, block] : quote_words)
    if (swept_quote_word(word, block.size())) sweep(block, flat, window, consider);

  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(y.confidence, x.a, x.b) < std::tie(x.confidence, y.a, y.b);
  });
  UnionFind uf(flat);
  std::vector<std::set<std::string>> rules(flat.size());
  std::vector<double> weakest(flat.size(), 1.0);
  for (const Candidate& c : candidates) {
    if (uf.find(c.a) == uf.find(c.b)) continue;
    if (!uf.disjoint(c.a, c.b)) {
      near.push_back({flat[c.a].ref, flat[c.b].ref, c.rule, "would join two events of one document", c.confidence});
      continue;
    }
    // a number joins reports whose times conflict (the conflict is reported); a time does not
    if (c.rule != "same round" && !uf.times_hold(c.a, c.b)) {
      near.push_back({flat[c.a].ref, flat[c.b].ref, c.rule, "the joined reports' times would not all hold", c.confidence});
      continue;
    }
    std::size_t ra = uf.find(c.a), rb = uf.find(c.b);
    std::set<std::string> r = rules[ra];
    r.insert(rules[rb].begin(), rules[rb].end());
    r.insert(c.rule);
    double w = std::min({weakest[ra], weakest[rb], c.confidence});
    uf.unite(ra, rb);
    rules[uf.find(ra)] = std::move(r);
    weakest[uf.find(ra)] = w;
  }

  EventMatching out;
  std::vector<std::size_t> cluster_of(flat.size(), static_cast<std::size_t>(-1));
  for (std::size_t i = 0; i < flat.size(); ++i) {  // flat order is (timeline, event): members ascend
    std::size_t root = uf.find(i);
    if (cluster_of[root] == static_cast<std::size_t>(-1)) {
      cluster_of[root] = out.clusters.size();
      out.clusters.emplace_back();
    }
    EventCluster& c = out.clusters[cluster_of[root]];
    c.members.push_back(flat[i].ref);
    if (c.members.size() == 2) {
      std::string joined;
      for (const auto& r : rules[root]) joined += (joined.empty() ? "" : ", ") + r;
      c.match = {joined, std::round(weakest[root] * 100.0) / 100.0};
    }
  }
  auto flat_index = [&](const EventRef& r) {
    return static_cast<std::size_t>(std::lower_bound(flat.begin(), flat.end(), r, [](const Flat& f, const EventRef& x) {
                                      return f.ref < x;
                                    }) - flat.begin());
  };
  std::erase_if(near, [&](const EventNearMiss& m) { return uf.find(flat_index(m.a)) == uf.find(flat_index(m.b)); });
  for (auto& m : near) m.score = std::round(m.score * 100.0) / 100.0;
  sort_near_misses(near);
  out.near_misses = std::move(near);
  return out;
}

}  // namespace

void sort_near_misses(std::vector<EventNearMiss>& near) {
  std::sort(near.begin(), near.end(), [](const EventNearMiss& x, const EventNearMiss& y) {
    return std::tie(x.a, x.b, x.rule, x.reason) < std::tie(y.a, y.b, y.rule, y.reason);
  });
  near.erase(std::unique(near.begin(), near.end(), [](const EventNearMiss& x, const EventNearMiss& y) {
               return x.a == y.a && x.b == y.b && x.rule == y.rule && x.reason == y.reason;
             }), near.end());
}

EventMatching match_events(std::span<const Timeline> timelines, const MatchOptions& options) {
  const AliasTable& aliases = aliases_of(options);
  std::vector<Flat> flat;
  for (std::size_t t = 0; t < timelines.size(); ++t)
    for (std::size_t e = 0; e < timelines[t].events.size(); ++e)
      flat.push_back({{t, e}, &timelines[t].events[e], merge::keys_of(timelines[t].events[e], aliases)});
  return match_flat(flat, options, nullptr);
}

EventMatching match_group_events(const std::vector<GroupEvent>& events, const std::vector<std::string>& crowded_quote_words,
                                 const MatchOptions& options) {
  const AliasTable& aliases = aliases_of(options);
  std::vector<Flat> flat;
  flat.reserve(events.size());
  for (const GroupEvent& g : events) flat.push_back({g.ref, &g.event, merge::keys_of(g.event, aliases)});
  return match_flat(flat, options, &crowded_quote_words);
}

// The blocks of match_flat (merge::for_each_block), as keys.
std::vector<std::string> event_block_keys(const Event& e, const MatchOptions& options) {
  const EventKeys k = merge::keys_of(e, aliases_of(options));
  std::vector<std::string> out;
  constexpr char sep = '\x1f';
  merge::for_each_block(e, k, [&](const merge::Block& b) {
    using enum merge::BlockKind;
    std::string key;
    const auto block = [&](char kind) {
      key = "b" + std::string(1, kind) + sep + std::string(b.a) + sep + std::string(b.b);
    };
    switch (b.kind) {
      case telling:  // a hash: a collision only puts two groups in one
        key = "t" + std::string(1, sep) +
              std::to_string(std::hash<std::string>{}(std::string(b.a) + sep + std::string(b.b)));
        break;
      case round: block('0'); break;
      case numbered_round:
        key = "n" + std::string(1, sep) + std::string(b.a) + sep + std::to_string(b.round) + sep + std::to_string(b.phase);
        break;
      case speaker: block('1'); break;
      case quote_word: key = quote_key_prefix + std::string(b.a); break;
      case meeting: block('2'); break;
      case action: block('3'); break;
    }
    out.push_back(std::move(key));
  });
  return out;
}

namespace {

// How many events hold each quote-word key.
std::map<std::string_view, std::size_t> quote_counts(const std::vector<std::vector<std::string>>& keys) {
  std::map<std::string_view, std::size_t> count;
  for (const auto& ks : keys)
    for (const auto& k : ks)
      if (k.starts_with(quote_key_prefix)) ++count[k];
  return count;
}

}  // namespace

std::vector<std::string> crowded_quote_words(const std::vector<std::vector<std::string>>& keys) {
  std::vector<std::string> out;  // sorted: the map's order, the prefix being the same for all
  for (const auto& [k, n] : quote_counts(keys))
    if (n > max_quote_block) out.emplace_back(k.substr(std::string_view(quote_key_prefix).size()));
  return out;
}

std::vector<std::size_t> merge_groups(const std::vector<std::vector<std::string>>& keys) {
  std::map<std::string_view, std::size_t> quote_count = quote_counts(keys);
  std::vector<std::size_t> parent(keys.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::unordered_map<std::string_view, std::size_t> first;  // key -> its first event
  for (std::size_t i = 0; i < keys.size(); ++i)
    for (const auto& k : keys[i]) {
      if (k.starts_with(quote_key_prefix) && quote_count[k] > max_quote_block) continue;  // a block match_flat does not sweep
      auto [it, fresh] = first.emplace(k, i);
      if (fresh) continue;
      std::size_t a = find(it->second), b = find(i);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the root is the group's first event
    }
  std::vector<std::size_t> out(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) out[i] = find(i);
  return out;
}

}  // namespace parley
