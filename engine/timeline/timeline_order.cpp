// The constraint graph. Nodes are events; u is before v when the text says so (a relation edge)
// or when u's latest bound is earlier than v's earliest. Bounds flow along relations (u before v:
// v cannot start before u can; u cannot end after v must). A cycle, or an event whose earliest
// bound passes its latest, is a contradiction and is reported.
//
// Why the bound order is never materialised as edges: once bounds have been propagated along the
// relation edges, every path that uses one bound step collapses into a single bound step
// (u -> w by text gives u.latest <= w.latest, so u.latest <= w.latest < x.earliest <= v.earliest).
// "u is before v" is therefore `bound_before(u, v) || text path u ->* v`, and the order is a
// topological sort of the sparse text edges taken earliest-first: an event whose bound
// predecessor is still unplaced never has the smallest key among the ready ones (the
// predecessor, or a ready text ancestor of it, has an earlier or unknown start). Merged timelines
// of a thousand articles hold thousands of events; this keeps ordering near n log n instead of
// the n^2 edges and n^2 reachability matrix of the direct construction.
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
  std::vector<std::size_t> after;   // strictly later events by the text (edges u -> v)
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

bool bound_before(const Node& u, const Node& v) { return u.latest && v.earliest && *u.latest < *v.earliest; }

// Propagates bounds along the relation edges to a fixpoint, with a worklist: an event is
// revisited only when one of its bounds moved.
void propagate_bounds(std::vector<Node>& nodes) {
  const std::size_t n = nodes.size();
  // reverse adjacency: who points at me (before-edges) and who lies inside me
  std::vector<std::vector<std::size_t>> before(n), inside(n);
  for (std::size_t u = 0; u < n; ++u) {
    for (std::size_t v : nodes[u].after) before[v].push_back(u);
    for (std::size_t v : nodes[u].within) inside[v].push_back(u);
  }
  std::vector<char> queued(n, 1);
  std::vector<std::size_t> work(n);
  for (std::size_t i = 0; i < n; ++i) work[i] = n - 1 - i;
  // Terminates: bounds are only copied between events and only ever tighten, so each bound takes
  // at most n distinct values, even around a cycle of relations.
  auto tighten_max = [](std::optional<Instant>& x, const std::optional<Instant>& y) {
    if (y && (!x || *y > *x)) { x = y; return true; }
    return false;
  };
  auto tighten_min = [](std::optional<Instant>& x, const std::optional<Instant>& y) {
    if (y && (!x || *y < *x)) { x = y; return true; }
    return false;
  };
  auto push = [&](std::size_t i) {
    if (!queued[i]) { queued[i] = 1; work.push_back(i); }
  };
  while (!work.empty()) {
    const std::size_t u = work.back();
    work.pop_back();
    queued[u] = 0;
    // u's bounds moved (or are new): pass them on to the events they constrain
    for (std::size_t v : nodes[u].after)
      if (tighten_max(nodes[v].earliest, nodes[u].earliest)) push(v);
    for (std::size_t p : before[u])
      if (tighten_min(nodes[p].latest, nodes[u].latest)) push(p);
    for (std::size_t v : nodes[u].within) {
      bool moved = tighten_max(nodes[u].earliest, nodes[v].earliest);
      moved |= tighten_min(nodes[u].latest, nodes[v].latest);
      if (moved) push(u);
    }
    for (std::size_t c : inside[u]) {
      bool moved = tighten_max(nodes[c].earliest, nodes[u].earliest);
      moved |= tighten_min(nodes[c].latest, nodes[u].latest);
      if (moved) push(c);
    }
  }
}

// Strongly connected components of the text edges (iterative Tarjan): a component of more than
// one event, or an event before itself, is a circle the text draws.
std::vector<std::vector<std::size_t>> circles(const std::vector<Node>& nodes) {
  const std::size_t n = nodes.size(), none = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> index(n, none), low(n, 0), stack;
  std::vector<char> on_stack(n, 0);
  std::vector<std::vector<std::size_t>> out;
  std::size_t counter = 0;
  std::vector<std::pair<std::size_t, std::size_t>> call;  // (node, next edge)
  for (std::size_t s = 0; s < n; ++s) {
    if (index[s] != none) continue;
    call.emplace_back(s, 0);
    index[s] = low[s] = counter++;
    stack.push_back(s);
    on_stack[s] = 1;
    while (!call.empty()) {
      auto& [u, next] = call.back();
      if (next < nodes[u].after.size()) {
        const std::size_t v = nodes[u].after[next++];
        if (index[v] == none) {
          index[v] = low[v] = counter++;
          stack.push_back(v);
          on_stack[v] = 1;
          call.emplace_back(v, 0);
        } else if (on_stack[v]) {
          low[u] = std::min(low[u], index[v]);
        }
        continue;
      }
      const std::size_t done = u;
      call.pop_back();
      if (!call.empty()) low[call.back().first] = std::min(low[call.back().first], low[done]);
      if (low[done] != index[done]) continue;
      std::vector<std::size_t> component;
      std::size_t w;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack[w] = 0;
        component.push_back(w);
      } while (w != done);
      const bool self_loop = std::find(nodes[done].after.begin(), nodes[done].after.end(), done) != nodes[done].after.end();
      if (component.size() > 1 || self_loop) {
        std::sort(component.begin(), component.end());
        out.push_back(std::move(component));
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Whether the text puts `to` after `from` when `to` directly follows `from` in a topological
// order of the text edges: any longer path would pass through an event placed between them, so
// the path exists exactly when the edge does. One look along the edges, never a walk of the graph
// (a walk per neighbouring pair is quadratic on a long chain).
bool text_edge(const std::vector<Node>& nodes, std::size_t from, std::size_t to) {
  const auto& after = nodes[from].after;
  return std::find(after.begin(), after.end(), to) != after.end();
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

  propagate_bounds(nodes);
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

  // an event is ordered by its bounds when some other event ends before it starts or starts
  // after it ends: compare with the latest start and the earliest end over all events
  std::optional<Instant> max_earliest, min_latest;
  for (const Node& v : nodes) {
    if (v.earliest && (!max_earliest || *v.earliest > *max_earliest)) max_earliest = v.earliest;
    if (v.latest && (!min_latest || *v.latest < *min_latest)) min_latest = v.latest;
  }
  for (std::size_t u = 0; u < n; ++u)
    if ((nodes[u].latest && max_earliest && *nodes[u].latest < *max_earliest) ||
        (nodes[u].earliest && min_latest && *min_latest < *nodes[u].earliest))
      related[u] = 1;

  // A circle is reported, and the text edges inside it are dropped: the text contradicts itself
  // there, so its events are placed by their bounds and document order, like unrelated ones.
  std::vector<std::size_t> circle_of(n, 0);
  std::size_t circle_count = 0;
  for (const auto& cycle : circles(nodes)) {
    std::vector<std::string> ids;
    ++circle_count;
    for (std::size_t v : cycle) {
      ids.push_back(tl.events[v].id);
      circle_of[v] = circle_count;
    }
    tl.contradictions.push_back({std::move(ids), "the text orders these events in a circle"});
  }
  if (circle_count > 0)
    for (std::size_t u = 0; u < n; ++u)
      if (circle_of[u] != 0)
        std::erase_if(nodes[u].after, [&](std::size_t v) { return circle_of[v] == circle_of[u]; });

  // Kahn's algorithm over the text edges of constrained events, earliest first, then document order
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
  while (!ready.empty()) {  // the edges left form no circle: every constrained event is reached
    std::size_t u = ready.top();
    ready.pop();
    if (placed[u]) continue;
    placed[u] = 1;
    order.push_back(u);
    for (std::size_t v : nodes[u].after)
      if (!placed[v] && --indegree[v] == 0) ready.push(v);
  }

  // fixed: ordered by some constraint against its nearest constrained neighbour on either side.
  // `order` is topological, so the text can only put b after a, never a after b.
  std::vector<char> fixed(n, 0);
  for (std::size_t k = 0; k + 1 < order.size(); ++k) {
    const std::size_t a = order[k], b = order[k + 1];
    if (bound_before(nodes[a], nodes[b]) || bound_before(nodes[b], nodes[a]) || text_edge(nodes, a, b))
      fixed[a] = fixed[b] = 1;
  }

  // unconstrained events keep their document position: each right after the event told just
  // before it (a run of them at the start of the document opens the timeline)
  std::vector<Event> sorted;
  sorted.reserve(n);
  auto emit = [&](std::size_t i) {
    tl.events[i].order = fixed[i] ? Order::Fixed : Order::Unknown;
    sorted.push_back(std::move(tl.events[i]));
  };
  auto emit_run_after = [&](std::size_t i) {
    for (std::size_t j = i + 1; j < n && !related[j]; ++j) emit(j);
  };
  for (std::size_t j = 0; j < n && !related[j]; ++j) emit(j);
  for (std::size_t u : order) {
    emit(u);
    emit_run_after(u);
  }
  tl.events = std::move(sorted);
}

}  // namespace parley::timeline
