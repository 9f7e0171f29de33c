// The constraint graph. Nodes are events; a "before" edge u -> v holds when the text says so or
// when u's latest bound is earlier than v's earliest. Bounds flow along relations (u before v:
// v cannot start before u can; u cannot end after v must). A cycle, or an event whose earliest
// bound passes its latest, is a contradiction and is reported.
#include "engine/timeline/timeline_order.hpp"

#include <algorithm>
#include <chrono>
#include <limits>
#include <queue>
#include <unordered_map>

namespace parley::timeline {
namespace {

struct Node {
  std::optional<Instant> earliest, latest;
  std::vector<std::size_t> after;   // strictly later events (edges u -> v)
  std::vector<std::size_t> within;  // events this one lies inside
};

void ensure_time(Event& e) {
  if (!e.time) {
    e.time.emplace();
    e.time->basis = "relations";
    e.time->anchor = "none";
    e.time->time.granularity = Granularity::Unknown;
  }
}

}  // namespace

void order_timeline(Timeline& tl) {
  const std::size_t n = tl.events.size();
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < n; ++i) index.emplace(tl.events[i].id, i);

  std::vector<Node> nodes(n);
  for (std::size_t i = 0; i < n; ++i)
    if (tl.events[i].time) {
      nodes[i].earliest = tl.events[i].time->time.earliest;
      nodes[i].latest = tl.events[i].time->time.latest;
    }
  std::vector<char> related(n, 0);
  for (const Relation& r : tl.relations) {
    auto a = index.find(r.from), b = index.find(r.to);
    if (a == index.end() || b == index.end()) continue;
    std::size_t u = a->second, v = b->second;
    related[u] = related[v] = 1;
    switch (r.type) {
      case RelationType::Before: nodes[u].after.push_back(v); break;
      case RelationType::After: nodes[v].after.push_back(u); break;
      case RelationType::During: nodes[u].within.push_back(v); break;
      case RelationType::Includes: nodes[v].within.push_back(u); break;
      case RelationType::Overlap: break;
    }
  }

  // bound propagation to a fixpoint (each pass can only tighten; n passes suffice without cycles)
  for (std::size_t pass = 0; pass <= n; ++pass) {
    bool changed = false;
    auto tighten_max = [&](std::optional<Instant>& x, std::optional<Instant> y) {
      if (y && (!x || *y > *x)) { x = y; changed = true; }
    };
    auto tighten_min = [&](std::optional<Instant>& x, std::optional<Instant> y) {
      if (y && (!x || *y < *x)) { x = y; changed = true; }
    };
    for (std::size_t u = 0; u < n; ++u) {
      for (std::size_t v : nodes[u].after) {
        tighten_max(nodes[v].earliest, nodes[u].earliest);
        tighten_min(nodes[u].latest, nodes[v].latest);
      }
      for (std::size_t v : nodes[u].within) {
        tighten_max(nodes[u].earliest, nodes[v].earliest);
        tighten_min(nodes[u].latest, nodes[v].latest);
      }
    }
    if (!changed) break;
  }
  for (std::size_t i = 0; i < n; ++i) {
    Event& e = tl.events[i];
    if (nodes[i].earliest && nodes[i].latest && *nodes[i].earliest > *nodes[i].latest) {
      tl.contradictions.push_back({{e.id}, "its time and the relations around it leave no instant for " + e.id});
      continue;  // keep the event's own bounds
    }
    if (nodes[i].earliest || nodes[i].latest) {
      ensure_time(e);
      e.time->time.earliest = nodes[i].earliest;
      e.time->time.latest = nodes[i].latest;
    }
  }

  // strict order from bounds: u ends before v can begin
  for (std::size_t u = 0; u < n; ++u)
    for (std::size_t v = 0; v < n; ++v)
      if (u != v && nodes[u].latest && nodes[v].earliest && *nodes[u].latest < *nodes[v].earliest) {
        nodes[u].after.push_back(v);
        related[u] = related[v] = 1;
      }

  // reachability, one breadth-first walk per event (documents hold tens of events)
  std::vector<std::vector<char>> reach(n, std::vector<char>(n, 0));
  for (std::size_t s = 0; s < n; ++s) {
    std::vector<std::size_t> stack(nodes[s].after.begin(), nodes[s].after.end());
    while (!stack.empty()) {
      std::size_t v = stack.back();
      stack.pop_back();
      if (reach[s][v]) continue;
      reach[s][v] = 1;
      for (std::size_t w : nodes[v].after) stack.push_back(w);
    }
  }
  for (std::size_t s = 0; s < n; ++s)
    if (reach[s][s]) {
      std::vector<std::string> cycle;
      for (std::size_t v = 0; v < n; ++v)
        if (reach[s][v] && reach[v][s]) cycle.push_back(tl.events[v].id);
      if (!cycle.empty() && cycle.front() == tl.events[s].id)
        tl.contradictions.push_back({cycle, "the text orders these events in a circle"});
    }

  // Kahn's algorithm over constrained events, earliest first, then document order
  std::vector<std::size_t> indegree(n, 0);
  for (std::size_t u = 0; u < n; ++u)
    for (std::size_t v : nodes[u].after) ++indegree[v];
  auto key = [&](std::size_t i) {
    auto lo = nodes[i].earliest ? nodes[i].earliest->time_since_epoch().count()
                                : std::numeric_limits<long long>::min();
    return std::pair<long long, std::size_t>(lo, i);
  };
  auto cmp = [&](std::size_t a, std::size_t b) { return key(a) > key(b); };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(cmp)> ready(cmp);
  std::vector<char> placed(n, 0);
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < n; ++i)
    if (related[i] && indegree[i] == 0) ready.push(i);
  std::size_t constrained = static_cast<std::size_t>(std::count(related.begin(), related.end(), 1));
  while (order.size() < constrained) {
    if (ready.empty()) {  // a cycle: take the first remaining event and go on
      for (std::size_t i = 0; i < n; ++i)
        if (related[i] && !placed[i]) { ready.push(i); indegree[i] = 0; break; }
    }
    std::size_t u = ready.top();
    ready.pop();
    if (placed[u]) continue;
    placed[u] = 1;
    order.push_back(u);
    for (std::size_t v : nodes[u].after)
      if (!placed[v] && --indegree[v] == 0) ready.push(v);
  }
  // unconstrained events keep their document position: after the event told just before them
  for (std::size_t i = 0; i < n; ++i) {
    if (related[i]) continue;
    auto pos = order.begin();
    if (i > 0) {
      auto prev = std::find(order.begin(), order.end(), i - 1);
      pos = prev == order.end() ? order.end() : prev + 1;
    }
    order.insert(pos, i);
  }
  // fixed: ordered by some constraint against its nearest constrained neighbour on either side;
  // an unconstrained event kept between two constrained ones does not unfix them
  std::vector<Event> sorted;
  sorted.reserve(n);
  for (std::size_t k = 0; k < order.size(); ++k) {
    std::size_t i = order[k];
    bool fixed = false;
    if (related[i]) {
      std::size_t p = k;
      while (p > 0 && !related[order[p - 1]]) --p;
      if (p > 0) fixed |= reach[order[p - 1]][i] || reach[i][order[p - 1]];
      std::size_t q = k + 1;
      while (q < order.size() && !related[order[q]]) ++q;
      if (q < order.size()) fixed |= reach[i][order[q]] || reach[order[q]][i];
    }
    tl.events[i].order = fixed ? Order::Fixed : Order::Unknown;
    sorted.push_back(std::move(tl.events[i]));
  }
  tl.events = std::move(sorted);
}

}  // namespace parley::timeline
