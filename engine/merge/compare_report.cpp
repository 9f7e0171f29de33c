// compare_timelines(): the merged timeline of the inputs says which events are one and where
// their times conflict; the inputs themselves say in which order each source puts two events and
// who each says spoke. Event ids are the merged timeline's.
#include <algorithm>
#include <map>
#include <set>

#include "engine/merge/compare_sections.hpp"
#include "engine/merge/event_keys.hpp"
#include "engine/merge/input_order.hpp"
#include "engine/timeline/timeline_series.hpp"
#include "parley/timeline_compare.hpp"

namespace parley {
namespace {

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

std::string cluster_id(std::size_t k) { return "e" + std::to_string(k + 1); }

// Which of one source's events come before which: the text's relations (before/after, followed
// transitively) or bounds that do not overlap.
class SourceOrder {
 public:
  explicit SourceOrder(const Timeline& t) : t_(t) {
    for (std::size_t i = 0; i < t.events.size(); ++i) index_[t.events[i].id] = i;
    later_.resize(t.events.size());
    for (const Relation& r : t.relations) {
      auto a = index_.find(r.from), b = index_.find(r.to);
      if (a == index_.end() || b == index_.end()) continue;
      if (r.type == RelationType::Before) later_[a->second].push_back({b->second, r.basis});
      if (r.type == RelationType::After) later_[b->second].push_back({a->second, r.basis});
    }
  }
  // empty when the source does not order x before y; else what does
  std::string before(std::size_t x, std::size_t y) const {
    const Event &ex = t_.events[x], &ey = t_.events[y];
    if (ex.time && ey.time && ex.time->time.latest && ey.time->time.earliest &&
        *ex.time->time.latest < *ey.time->time.earliest)
      return "times";
    std::vector<std::pair<std::size_t, std::string>> stack = later_[x];
    std::set<std::size_t> seen;
    while (!stack.empty()) {
      auto [v, basis] = stack.back();
      stack.pop_back();
      if (v == y) return "relation: " + basis;
      if (!seen.insert(v).second) continue;
      for (const auto& [w, b] : later_[v]) stack.push_back({w, basis});
    }
    return {};
  }

 private:
  const Timeline& t_;
  std::map<std::string, std::size_t> index_;
  std::vector<std::vector<std::pair<std::size_t, std::string>>> later_;
};

}  // namespace

CompareReport compare_timelines(std::vector<Timeline> inputs, const MatchOptions& options) {
  merge::sort_by_documents(inputs);
  timeline::unify_series(inputs, options.date_window_days);  // as merge_timelines does
  const EventMatching m = match_events(inputs, options);
  const Timeline merged = merge_timelines_unordered(inputs, options);  // same order, same clusters
  CompareReport rep;
  std::map<std::string, std::string> source_of_doc;
  for (const Timeline& t : inputs) {
    ComparedSource s;
    std::vector<std::string> ids, names;
    for (const auto& d : t.documents) ids.push_back(d.id), names.push_back(d.source);
    s.id = joined(ids, "+");
    s.source = joined(names, "; ");
    s.events = t.events.size();
    for (const auto& d : t.documents) source_of_doc[d.id] = s.id;
    rep.sources.push_back(std::move(s));
  }
  std::map<EventRef, std::size_t> cluster_of;
  for (std::size_t k = 0; k < m.clusters.size(); ++k)
    for (const EventRef& r : m.clusters[k].members) cluster_of[r] = k;

  // events in all sources, in some
  for (std::size_t k = 0; k < m.clusters.size(); ++k) {
    ComparedEvent ce;
    ce.id = cluster_id(k);
    ce.kind = merged.events[k].kind;
    ce.summary = merged.events[k].summary;
    std::set<std::size_t> in;
    for (const EventRef& r : m.clusters[k].members) in.insert(r.timeline);
    for (std::size_t t = 0; t < inputs.size(); ++t) (in.count(t) ? ce.sources : ce.missing).push_back(rep.sources[t].id);
    (ce.missing.empty() ? rep.in_all : rep.in_some).push_back(std::move(ce));
  }

  // date conflicts: the merged event kept several readings
  for (std::size_t k = 0; k < m.clusters.size(); ++k) {
    const Event& e = merged.events[k];
    if (e.readings.size() < 2) continue;
    DateConflict dc{e.id, e.summary, {}};
    for (const TimeReading& r : e.readings) {
      DateReading dr;
      for (const auto& d : r.docs) dr.sources.push_back(source_of_doc[d]);
      dr.value = r.time.time.value;
      dr.earliest = r.time.time.earliest;
      dr.latest = r.time.time.latest;
      for (const EventRef& ref : m.clusters[k].members) {
        const Event& x = inputs[ref.timeline].events[ref.event];
        if (x.evidence.empty() || std::find(r.docs.begin(), r.docs.end(), x.evidence.front().doc) == r.docs.end()) continue;
        dr.spans.push_back({x.evidence.front().doc, x.evidence.front().sentence, x.time ? x.time->text : std::string(),
                            x.evidence.front().text});
      }
      dc.readings.push_back(std::move(dr));
    }
    rep.date_conflicts.push_back(std::move(dc));
  }

  // order conflicts: two events several sources report, ordered one way by some, the other by others
  std::vector<SourceOrder> orders;
  for (const Timeline& t : inputs) orders.emplace_back(t);
  std::vector<std::size_t> shared;
  for (std::size_t k = 0; k < m.clusters.size(); ++k)
    if (m.clusters[k].members.size() > 1) shared.push_back(k);
  for (std::size_t i = 0; i < shared.size(); ++i)
    for (std::size_t j = i + 1; j < shared.size(); ++j) {
      const EventCluster &a = m.clusters[shared[i]], &b = m.clusters[shared[j]];
      OrderConflict oc{cluster_id(shared[i]), cluster_id(shared[j]), merged.events[shared[i]].summary,
                       merged.events[shared[j]].summary, {}, {}};
      for (const EventRef& x : a.members)
        for (const EventRef& y : b.members) {
          if (x.timeline != y.timeline) continue;
          const SourceOrder& o = orders[x.timeline];
          if (std::string why = o.before(x.event, y.event); !why.empty())
            oc.first_before_second.push_back({rep.sources[x.timeline].id, why});
          else if (std::string why2 = o.before(y.event, x.event); !why2.empty())
            oc.second_before_first.push_back({rep.sources[x.timeline].id, why2});
        }
      if (!oc.first_before_second.empty() && !oc.second_before_first.empty()) rep.order_conflicts.push_back(std::move(oc));
    }

  // attribution differences and other near misses, once per pair of merged events
  std::set<std::pair<std::size_t, std::size_t>> attributed;
  std::set<std::tuple<std::string, std::string, std::string, std::string>> missed;
  for (const EventNearMiss& n : m.near_misses) {
    std::size_t ka = cluster_of[n.a], kb = cluster_of[n.b];
    if (ka > kb) std::swap(ka, kb);
    if (n.reason == "same words, different speakers") {
      if (!attributed.emplace(ka, kb).second) continue;
      AttributionDifference ad;
      const Event &qa = inputs[n.a.timeline].events[n.a.event], &qb = inputs[n.b.timeline].events[n.b.event];
      std::vector<std::string> wa = merge::content_words(qa.quote), wb = merge::content_words(qb.quote);
      std::set_intersection(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(ad.words));
      for (std::size_t k : {ka, kb})
        for (const EventRef& r : m.clusters[k].members) {
          const Event& x = inputs[r.timeline].events[r.event];
          if (x.quote.empty()) continue;  // a report of the same statement that quotes nothing
          ad.attributions.push_back({rep.sources[r.timeline].id, x.actors.empty() ? std::string() : x.actors.front(),
                                     cluster_id(k), x.quote});
        }
      rep.attribution_differences.push_back(std::move(ad));
    } else if (missed.emplace(cluster_id(ka), cluster_id(kb), n.rule, n.reason).second) {
      rep.near_misses.push_back({{cluster_id(ka), cluster_id(kb)}, n.rule, n.reason, n.score});
    }
  }

  rep.round_dissent = merge::round_dissent(merged, inputs, source_of_doc);
  std::vector<std::string> source_names;
  for (const ComparedSource& cs : rep.sources) source_names.push_back(cs.id);
  rep.numbering_conflicts = merge::numbering_conflicts(inputs, source_names);
  rep.input_warnings = merge::source_warnings(merged, source_of_doc);

  CompareSummary& s = rep.summary;
  s.sources = rep.sources.size();
  s.events = m.clusters.size();
  s.in_all = rep.in_all.size();
  s.in_some = rep.in_some.size();
  s.date_conflicts = rep.date_conflicts.size();
  s.order_conflicts = rep.order_conflicts.size();
  s.attribution_differences = rep.attribution_differences.size();
  s.near_misses = rep.near_misses.size();
  s.round_dissent = rep.round_dissent.size();
  s.numbering_conflicts = rep.numbering_conflicts.size();
  s.input_warnings = rep.input_warnings.size();
  return rep;
}

std::string summary_line(const CompareSummary& s) {
  auto count = [](std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  return count(s.sources, "source", "sources") + ", " + count(s.events, "event", "events") + " (" +
         std::to_string(s.in_all) + " in all, " + std::to_string(s.in_some) + " in some); " +
         count(s.date_conflicts, "date conflict", "date conflicts") + ", " +
         count(s.order_conflicts, "order conflict", "order conflicts") + ", " +
         count(s.attribution_differences, "attribution difference", "attribution differences") + ", " +
         count(s.near_misses, "near miss", "near misses") + ", " +
         count(s.round_dissent, "round dissent", "round dissents") + ", " +
         count(s.numbering_conflicts, "numbering conflict", "numbering conflicts") + ", " +
         count(s.input_warnings, "input warning", "input warnings");
}

}  // namespace parley
