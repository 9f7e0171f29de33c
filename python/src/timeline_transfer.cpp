// Every field of the model as JSON (nlohmann's struct mapping: members by name, enums as their
// numbers, absent optionals as null), so a timeline read back is the timeline written.
#include "python/src/timeline_transfer.hpp"

#include <optional>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace nlohmann {
template <typename T>
struct adl_serializer<std::optional<T>> {
  static void to_json(json& j, const std::optional<T>& o) {
    if (o) j = *o; else j = nullptr;
  }
  static void from_json(const json& j, std::optional<T>& o) {
    if (j.is_null()) o.reset(); else o = j.get<T>();
  }
};
template <>
struct adl_serializer<parley::Instant> {
  static void to_json(json& j, const parley::Instant& t) { j = t.time_since_epoch().count(); }
  static void from_json(const json& j, parley::Instant& t) { t = parley::Instant(std::chrono::seconds(j.get<long long>())); }
};
}  // namespace nlohmann

namespace parley {
// A field added to the model must be added here too: the Dask test compares the merged timeline
// with `parley timeline`'s, which catches a field left out that the merge or the YAML reads.
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Span, begin, end, cp_begin, cp_end)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ResolvedTime, type, value, mod, quant, freq, earliest, latest, granularity, basis,
                                   anchor, begin_point, end_point, zone, utc_offset_minutes, earliest_utc, latest_utc)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(EventTime::Range, value, begin, end)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(EventTime, text, timex, time, basis, anchor, range)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(SeriesRef, name, round, relative)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(EventMatch, rule, confidence)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(TimeReading, docs, time)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Evidence, doc, sentence, span, text, trigger)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Event, id, kind, trigger, summary, actors, participants, object, quote, channel, series,
                                   phase, place, tense, time, order, evidence, salience, salience_reason, sources, match,
                                   readings)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Relation, from, type, to, basis)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Contradiction, events, reason)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(NearMiss, events, rule, reason, score)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(RoundReading, bound, docs, events, time)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(SeriesRound, round, start, end, events, start_sources, end_sources, dissent)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Series, name, rounds)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(InputWarning, doc, kind, text, span, message)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(TimelineDocument, id, dct, source)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Timeline, documents, events, relations, series, contradictions, near_misses, warnings)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(EventRef, timeline, event)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(GroupEvent, ref, doc, event)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(JoinedEvent, members, member_ids, event)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(EventNearMiss, a, b, rule, reason, score)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(GroupMerge, joined, near_misses)
}  // namespace parley

namespace parley::python {

std::string timeline_to_transfer(const Timeline& tl) { return nlohmann::json(tl).dump(); }

Timeline timeline_from_transfer(const std::string& text, const std::string& where) {
  try {
    return nlohmann::json::parse(text).get<Timeline>();
  } catch (const nlohmann::json::exception&) {
    throw std::runtime_error(where + ": not a timeline transfer line");
  }
}

namespace {

template <class T>
T from_transfer(const std::string& text, const char* what) {
  try {
    return nlohmann::json::parse(text).get<T>();
  } catch (const nlohmann::json::exception&) {
    throw std::runtime_error(std::string("not a ") + what + " transfer line");
  }
}

}  // namespace

std::string group_event_to_transfer(const GroupEvent& e) { return nlohmann::json(e).dump(); }
GroupEvent group_event_from_transfer(const std::string& text) { return from_transfer<GroupEvent>(text, "group event"); }
std::string group_merge_to_transfer(const GroupMerge& g) { return nlohmann::json(g).dump(); }
GroupMerge group_merge_from_transfer(const std::string& text) { return from_transfer<GroupMerge>(text, "group merge"); }

}  // namespace parley::python
