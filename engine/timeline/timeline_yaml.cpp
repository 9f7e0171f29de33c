// The YAML emitter: the schema of issue 4, field for field. Optional fields are left out when
// empty so a reader sees only what the text says.
#include <yaml-cpp/yaml.h>

#include <date/date.h>

#include "parley/timeline_output.hpp"
#include "parley/version.hpp"

namespace parley {
namespace {

void emit_time(YAML::Emitter& y, const EventTime& t) {
  y << YAML::BeginMap;
  if (!t.text.empty()) y << YAML::Key << "text" << YAML::Value << t.text;
  if (!t.time.value.empty()) {
    y << YAML::Key << "value" << YAML::Value << t.time.value;
    y << YAML::Key << "type" << YAML::Value << std::string(to_string(t.time.type));
  }
  if (!t.time.mod.empty()) y << YAML::Key << "mod" << YAML::Value << t.time.mod;
  y << YAML::Key << "earliest" << YAML::Value;
  if (t.time.earliest) y << format_instant(*t.time.earliest); else y << YAML::Null;
  y << YAML::Key << "latest" << YAML::Value;
  if (t.time.latest) y << format_instant(*t.time.latest); else y << YAML::Null;
  y << YAML::Key << "granularity" << YAML::Value << std::string(to_string(t.time.granularity));
  y << YAML::Key << "basis" << YAML::Value << t.basis;
  y << YAML::Key << "anchor" << YAML::Value << (t.anchor.empty() ? std::string("none") : t.anchor);
  y << YAML::EndMap;
}

void emit_strings(YAML::Emitter& y, const char* key, const std::vector<std::string>& v) {
  if (v.empty()) return;
  y << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const auto& s : v) y << s;
  y << YAML::EndSeq;
}

void emit_event(YAML::Emitter& y, const Event& e) {
  y << YAML::BeginMap;
  y << YAML::Key << "id" << YAML::Value << e.id;
  y << YAML::Key << "kind" << YAML::Value << std::string(to_string(e.kind));
  y << YAML::Key << "summary" << YAML::Value << e.summary;
  y << YAML::Key << "trigger" << YAML::Value << e.trigger;
  emit_strings(y, "actors", e.actors);
  if (!e.object.empty()) y << YAML::Key << "object" << YAML::Value << e.object;
  if (!e.quote.empty()) y << YAML::Key << "quote" << YAML::Value << e.quote;
  if (!e.channel.empty()) y << YAML::Key << "channel" << YAML::Value << e.channel;
  if (e.series) {
    y << YAML::Key << "series" << YAML::Value << YAML::Flow << YAML::BeginMap;
    y << YAML::Key << "name" << YAML::Value << e.series->name;
    if (e.series->round > 0) y << YAML::Key << "round" << YAML::Value << e.series->round;
    y << YAML::EndMap;
  }
  if (e.phase != Phase::None) y << YAML::Key << "phase" << YAML::Value << std::string(to_string(e.phase));
  if (!e.place.empty()) y << YAML::Key << "place" << YAML::Value << e.place;
  emit_strings(y, "participants", e.participants);
  y << YAML::Key << "tense" << YAML::Value << std::string(to_string(e.tense));
  y << YAML::Key << "time" << YAML::Value;
  if (e.time) emit_time(y, *e.time); else y << YAML::Null;
  y << YAML::Key << "order" << YAML::Value << std::string(to_string(e.order));
  // cross-document fields, present only in a merged timeline
  if (e.sources > 0) y << YAML::Key << "sources" << YAML::Value << e.sources;
  if (e.match) {
    y << YAML::Key << "match" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "rule" << YAML::Value
      << e.match->rule << YAML::Key << "confidence" << YAML::Value << e.match->confidence << YAML::EndMap;
  }
  if (!e.readings.empty()) {
    y << YAML::Key << "readings" << YAML::Value << YAML::BeginSeq;
    for (const TimeReading& r : e.readings) {
      y << YAML::BeginMap;
      emit_strings(y, "docs", r.docs);
      y << YAML::Key << "time" << YAML::Value;
      emit_time(y, r.time);
      y << YAML::EndMap;
    }
    y << YAML::EndSeq;
  }
  y << YAML::Key << "evidence" << YAML::Value << YAML::BeginSeq;
  for (const Evidence& ev : e.evidence) {
    y << YAML::BeginMap;
    y << YAML::Key << "doc" << YAML::Value << ev.doc;
    y << YAML::Key << "sentence" << YAML::Value << ev.sentence;
    y << YAML::Key << "start" << YAML::Value << ev.span.cp_begin;
    y << YAML::Key << "end" << YAML::Value << ev.span.cp_end;
    y << YAML::Key << "text" << YAML::Value << ev.text;
    y << YAML::EndMap;
  }
  y << YAML::EndSeq;
  y << YAML::EndMap;
}

}  // namespace

std::string format_instant(Instant t) { return date::format("%Y-%m-%dT%H:%M:%S", t); }

std::string timeline_to_yaml(const Timeline& tl) {
  YAML::Emitter y;
  y.SetIndent(2);
  y.SetDoublePrecision(3);  // confidences and scores: 0.95, not 0.94999999999999996
  y << YAML::BeginMap;
  y << YAML::Key << "parley" << YAML::Value << yaml_schema_version;
  y << YAML::Key << "documents" << YAML::Value << YAML::BeginSeq;
  for (const auto& d : tl.documents) {
    y << YAML::Flow << YAML::BeginMap << YAML::Key << "id" << YAML::Value << d.id << YAML::Key << "dct" << YAML::Value;
    if (d.dct.empty()) y << YAML::Null; else y << d.dct;
    y << YAML::Key << "source" << YAML::Value;
    if (d.source.empty()) y << YAML::Null; else y << d.source;
    y << YAML::EndMap;
  }
  y << YAML::EndSeq;
  y << YAML::Key << "events" << YAML::Value << YAML::BeginSeq;
  for (const Event& e : tl.events) emit_event(y, e);
  y << YAML::EndSeq;
  y << YAML::Key << "relations" << YAML::Value << YAML::BeginSeq;
  for (const Relation& r : tl.relations) {
    y << YAML::Flow << YAML::BeginMap << YAML::Key << "from" << YAML::Value << r.from << YAML::Key << "type"
      << YAML::Value << std::string(to_string(r.type)) << YAML::Key << "to" << YAML::Value << r.to << YAML::Key
      << "basis" << YAML::Value << r.basis << YAML::EndMap;
  }
  y << YAML::EndSeq;
  y << YAML::Key << "series" << YAML::Value << YAML::BeginSeq;
  for (const Series& s : tl.series) {
    y << YAML::BeginMap << YAML::Key << "name" << YAML::Value << s.name << YAML::Key << "rounds" << YAML::Value
      << YAML::BeginSeq;
    for (const SeriesRound& r : s.rounds) {
      y << YAML::BeginMap << YAML::Key << "round" << YAML::Value << r.round;
      y << YAML::Key << "start" << YAML::Value;
      if (r.start) emit_time(y, *r.start); else y << YAML::Null;
      y << YAML::Key << "end" << YAML::Value;
      if (r.end) emit_time(y, *r.end); else y << YAML::Null;
      y << YAML::Key << "events" << YAML::Value << YAML::Flow << YAML::BeginSeq;
      for (const auto& id : r.events) y << id;
      y << YAML::EndSeq << YAML::EndMap;
    }
    y << YAML::EndSeq << YAML::EndMap;
  }
  y << YAML::EndSeq;
  y << YAML::Key << "contradictions" << YAML::Value << YAML::BeginSeq;
  for (const Contradiction& c : tl.contradictions) {
    y << YAML::Flow << YAML::BeginMap << YAML::Key << "events" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& id : c.events) y << id;
    y << YAML::EndSeq << YAML::Key << "reason" << YAML::Value << c.reason << YAML::EndMap;
  }
  y << YAML::EndSeq;
  if (!tl.near_misses.empty()) {
    y << YAML::Key << "near_misses" << YAML::Value << YAML::BeginSeq;
    for (const NearMiss& n : tl.near_misses) {
      y << YAML::Flow << YAML::BeginMap << YAML::Key << "events" << YAML::Value << YAML::Flow << YAML::BeginSeq;
      for (const auto& id : n.events) y << id;
      y << YAML::EndSeq << YAML::Key << "rule" << YAML::Value << n.rule << YAML::Key << "reason" << YAML::Value
        << n.reason << YAML::Key << "score" << YAML::Value << n.score << YAML::EndMap;
    }
    y << YAML::EndSeq;
  }
  y << YAML::EndMap;
  return std::string(y.c_str()) + "\n";
}

}  // namespace parley
