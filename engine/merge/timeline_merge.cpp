// merge_timelines(): inputs in a fixed order, events matched, each cluster one event. The joined
// event takes its words from its best-told report (a stated time, then a round number) and the
// rest from all: evidence, participants, times intersected.
#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "engine/merge/actor_identity.hpp"
#include "engine/merge/group_matching.hpp"
#include "engine/merge/input_order.hpp"
#include "engine/merge/time_combination.hpp"
#include "engine/timeline/timeline_order.hpp"
#include "engine/timeline/timeline_series.hpp"
#include "parley/merge_shuffle.hpp"
#include "parley/timeline_merge.hpp"
#include "parley/timeline_output.hpp"

namespace parley {
namespace {

std::string doc_of(const Timeline& t, const Event& e) {
  if (!e.evidence.empty()) return e.evidence.front().doc;
  return t.documents.empty() ? std::string() : t.documents.front().id;
}

int richness(const Event& e) {
  return (e.time && !e.time->text.empty() ? 2 : 0) + (e.series && e.series->round > 0 ? 1 : 0);
}

void fill_if_empty(std::string& into, const std::string& from) {
  if (into.empty()) into = from;
}

std::string describe(const TimeReading& r) {
  std::string s;
  for (const auto& d : r.docs) s += (s.empty() ? "" : ", ") + d;
  s += ": ";
  s += r.time.text.empty() ? r.time.time.value : r.time.text;
  s += " [";
  s += r.time.time.earliest ? format_instant(*r.time.time.earliest) : "~";
  s += " .. ";
  s += r.time.time.latest ? format_instant(*r.time.time.latest) : "~";
  return s + "]";
}

// `ev(ref)`: the event; `doc(ref)`: the document it is told in (doc_of).
template <class EventOf, class DocOf>
Event join_cluster(const EventCluster& c, EventOf ev, DocOf doc) {
  const EventRef* primary = &c.members.front();
  for (const EventRef& r : c.members)
    if (richness(ev(r)) > richness(ev(*primary))) primary = &r;
  Event out = ev(*primary);
  out.evidence.clear();
  out.readings.clear();
  std::set<std::string> docs;
  std::vector<merge::SourcedTime> times;
  for (const EventRef& r : c.members) {
    const Event& e = ev(r);
    for (const Evidence& x : e.evidence) {
      out.evidence.push_back(x);
      docs.insert(x.doc);
    }
    if (e.series && e.series->round > 0 && out.series && out.series->round == 0) out.series->round = e.series->round;
    if (e.series && out.series && out.series->name.empty()) out.series->name = e.series->name;
    fill_if_empty(out.place, e.place);
    fill_if_empty(out.quote, e.quote);
    fill_if_empty(out.channel, e.channel);
    fill_if_empty(out.object, e.object);
    for (const auto& p : e.participants)
      if (std::find(out.participants.begin(), out.participants.end(), p) == out.participants.end())
        out.participants.push_back(p);
    times.push_back({doc(r), e.time ? &*e.time : nullptr});
    // one source telling the event as part of the story keeps it in the chronology
    if (e.salience == Salience::Main && out.salience == Salience::Background) {
      out.salience = Salience::Main;
      out.salience_reason = e.salience_reason;
    }
  }
  out.sources = docs.size();
  if (c.members.size() > 1) {
    out.match = c.match;
    merge::CombinedTime t = merge::combine_times(times);
    out.time = std::move(t.time);
    out.readings = std::move(t.readings);
  }
  return out;
}

// Every cluster joined, with its members' ids.
template <class EventOf, class DocOf>
GroupMerge join_clusters(EventMatching m, EventOf ev, DocOf doc) {
  GroupMerge out;
  out.joined.reserve(m.clusters.size());
  for (const EventCluster& c : m.clusters) {
    JoinedEvent j{c.members, {}, join_cluster(c, ev, doc)};
    for (const EventRef& r : c.members) j.member_ids.push_back(ev(r).id);
    out.joined.push_back(std::move(j));
  }
  out.near_misses = std::move(m.near_misses);
  return out;
}

// Ids by first report, then what the inputs relate, contradict and almost joined, then the series.
Timeline assemble(const std::vector<Timeline>& timelines, std::vector<GroupMerge> groups) {
  std::vector<JoinedEvent> joined;
  std::vector<EventNearMiss> near_misses;
  for (GroupMerge& g : groups) {
    std::move(g.joined.begin(), g.joined.end(), std::back_inserter(joined));
    std::move(g.near_misses.begin(), g.near_misses.end(), std::back_inserter(near_misses));
  }
  // groups come in any order (one group's lists are in order already: this changes nothing then)
  std::sort(joined.begin(), joined.end(),
            [](const JoinedEvent& x, const JoinedEvent& y) { return x.members.front() < y.members.front(); });
  sort_near_misses(near_misses);
  std::map<EventRef, const std::string*> old_id;  // for the near misses
  for (const JoinedEvent& j : joined)
    for (std::size_t i = 0; i < j.members.size(); ++i) old_id.emplace(j.members[i], &j.member_ids[i]);
  Timeline tl;
  std::vector<std::unordered_map<std::string, std::string>> new_id(timelines.size());
  for (const Timeline& t : timelines) {
    tl.documents.insert(tl.documents.end(), t.documents.begin(), t.documents.end());
    tl.warnings.insert(tl.warnings.end(), t.warnings.begin(), t.warnings.end());
  }
  for (JoinedEvent& j : joined) {
    Event e = std::move(j.event);
    e.id = "e" + std::to_string(tl.events.size() + 1);
    for (std::size_t i = 0; i < j.members.size(); ++i) new_id[j.members[i].timeline][j.member_ids[i]] = e.id;
    if (e.readings.size() > 1) {
      std::string reason = "the sources place " + e.id + " at incompatible times:";
      for (const TimeReading& r : e.readings) reason += " " + describe(r) + ";";
      reason.pop_back();
      tl.contradictions.push_back({{e.id}, reason});
    }
    tl.events.push_back(std::move(e));
  }
  auto id_in = [&](std::size_t t, const std::string& old) {
    auto it = new_id[t].find(old);
    return it == new_id[t].end() ? old : it->second;
  };
  std::set<std::tuple<std::string, int, std::string>> seen;
  for (std::size_t t = 0; t < timelines.size(); ++t) {
    for (const Relation& r : timelines[t].relations) {
      Relation x{id_in(t, r.from), r.type, id_in(t, r.to), r.basis};
      if (x.from == x.to || !seen.emplace(x.from, static_cast<int>(x.type), x.to).second) continue;
      tl.relations.push_back(std::move(x));
    }
    for (const Contradiction& c : timelines[t].contradictions) {
      Contradiction x{{}, c.reason};
      for (const auto& id : c.events) x.events.push_back(id_in(t, id));
      tl.contradictions.push_back(std::move(x));
    }
  }
  // once per pair of merged events: two reports of one event may both almost match a third
  std::set<std::tuple<std::size_t, std::size_t, std::string, std::string>> told;
  for (const EventNearMiss& n : near_misses) {
    std::string a = id_in(n.a.timeline, *old_id.at(n.a));
    std::string b = id_in(n.b.timeline, *old_id.at(n.b));
    std::size_t na = std::stoul(a.substr(1)), nb = std::stoul(b.substr(1));
    if (na > nb) std::swap(a, b), std::swap(na, nb);
    if (told.emplace(na, nb, n.rule, n.reason).second) tl.near_misses.push_back({{a, b}, n.rule, n.reason, n.score});
  }
  merge::name_actors_alike(tl.events);
  timeline::build_series(tl);
  return tl;
}

Timeline join_timelines(std::vector<Timeline> timelines, const MatchOptions& options) {
  merge::sort_by_documents(timelines);
  // one name per negotiation and relative rounds numbered before matching: "same round" needs both
  timeline::unify_series(timelines, options.date_window_days);
  auto ev = [&](const EventRef& r) -> const Event& { return timelines[r.timeline].events[r.event]; };
  auto doc = [&](const EventRef& r) { return doc_of(timelines[r.timeline], ev(r)); };
  std::vector<GroupMerge> all;
  all.push_back(join_clusters(match_events(timelines, options), ev, doc));
  return assemble(timelines, std::move(all));
}

void drop_repeated_contradictions(Timeline& tl) {
  std::set<std::pair<std::vector<std::string>, std::string>> seen;
  std::erase_if(tl.contradictions, [&](const Contradiction& c) { return !seen.emplace(c.events, c.reason).second; });
}

}  // namespace

Timeline merge_timelines_unordered(std::vector<Timeline> timelines, const MatchOptions& options) {
  Timeline tl = join_timelines(std::move(timelines), options);
  drop_repeated_contradictions(tl);
  return tl;
}

GroupMerge merge_group(const std::vector<GroupEvent>& events, const std::vector<std::string>& crowded_quote_words,
                       const MatchOptions& options) {
  // refs ascend, so a ref's event is found by bisection
  auto at = [&](const EventRef& r) -> const GroupEvent& {
    return *std::lower_bound(events.begin(), events.end(), r,
                             [](const GroupEvent& g, const EventRef& x) { return g.ref < x; });
  };
  auto ev = [&](const EventRef& r) -> const Event& { return at(r).event; };
  auto doc = [&](const EventRef& r) { return at(r).event.evidence.empty() ? at(r).doc : at(r).event.evidence.front().doc; };
  return join_clusters(match_group_events(events, crowded_quote_words, options), ev, doc);
}

Timeline assemble_merge(const std::vector<Timeline>& heads, std::vector<GroupMerge> groups) {
  Timeline tl = assemble(heads, std::move(groups));
  timeline::order_timeline(tl);
  drop_repeated_contradictions(tl);
  return tl;
}

Timeline merge_timelines(std::vector<Timeline> timelines, const MatchOptions& options) {
  Timeline tl = join_timelines(std::move(timelines), options);
  timeline::order_timeline(tl);
  drop_repeated_contradictions(tl);
  return tl;
}

}  // namespace parley
