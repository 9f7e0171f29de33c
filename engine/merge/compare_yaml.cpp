// The compare report as YAML (`parley-compare: 1`): every list present, empty or not, so that
// scripts can read it without guessing.
#include <yaml-cpp/yaml.h>

#include "parley/timeline_compare.hpp"
#include "parley/timeline_output.hpp"

namespace parley {
namespace {

void strings(YAML::Emitter& y, const char* key, const std::vector<std::string>& v) {
  y << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const auto& s : v) y << s;
  y << YAML::EndSeq;
}

void bound(YAML::Emitter& y, const char* key, const std::optional<Instant>& t) {
  y << YAML::Key << key << YAML::Value;
  if (t) y << format_instant(*t); else y << YAML::Null;
}

void events(YAML::Emitter& y, const char* key, const std::vector<ComparedEvent>& v, bool with_sources) {
  y << YAML::Key << key << YAML::Value << YAML::BeginSeq;
  for (const ComparedEvent& e : v) {
    y << YAML::BeginMap << YAML::Key << "id" << YAML::Value << e.id << YAML::Key << "kind" << YAML::Value
      << std::string(to_string(e.kind)) << YAML::Key << "summary" << YAML::Value << e.summary;
    if (with_sources) {
      strings(y, "sources", e.sources);
      strings(y, "missing", e.missing);
    }
    y << YAML::EndMap;
  }
  y << YAML::EndSeq;
}

}  // namespace

std::string compare_report_to_yaml(const CompareReport& r) {
  YAML::Emitter y;
  y.SetIndent(2);
  y.SetDoublePrecision(3);  // confidences and scores: 0.95, not 0.94999999999999996
  y << YAML::BeginMap << YAML::Key << "parley-compare" << YAML::Value << 1;
  y << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
  for (const ComparedSource& s : r.sources)
    y << YAML::Flow << YAML::BeginMap << YAML::Key << "id" << YAML::Value << s.id << YAML::Key << "source"
      << YAML::Value << s.source << YAML::Key << "events" << YAML::Value << s.events << YAML::EndMap;
  y << YAML::EndSeq;
  events(y, "in_all", r.in_all, false);
  events(y, "in_some", r.in_some, true);
  y << YAML::Key << "date_conflicts" << YAML::Value << YAML::BeginSeq;
  for (const DateConflict& d : r.date_conflicts) {
    y << YAML::BeginMap << YAML::Key << "event" << YAML::Value << d.event << YAML::Key << "summary" << YAML::Value
      << d.summary << YAML::Key << "readings" << YAML::Value << YAML::BeginSeq;
    for (const DateReading& x : d.readings) {
      y << YAML::BeginMap;
      strings(y, "sources", x.sources);
      y << YAML::Key << "value" << YAML::Value << x.value;
      bound(y, "earliest", x.earliest);
      bound(y, "latest", x.latest);
      y << YAML::Key << "spans" << YAML::Value << YAML::BeginSeq;
      for (const TimeSpan& s : x.spans)
        y << YAML::BeginMap << YAML::Key << "doc" << YAML::Value << s.doc << YAML::Key << "sentence" << YAML::Value
          << s.sentence << YAML::Key << "text" << YAML::Value << s.text << YAML::Key << "context" << YAML::Value
          << s.context << YAML::EndMap;
      y << YAML::EndSeq << YAML::EndMap;
    }
    y << YAML::EndSeq << YAML::EndMap;
  }
  y << YAML::EndSeq;
  y << YAML::Key << "order_conflicts" << YAML::Value << YAML::BeginSeq;
  for (const OrderConflict& o : r.order_conflicts) {
    y << YAML::BeginMap;
    strings(y, "events", {o.first, o.second});
    strings(y, "summaries", {o.first_summary, o.second_summary});
    for (auto [key, claims] : {std::pair{"first_before_second", &o.first_before_second},
                               std::pair{"second_before_first", &o.second_before_first}}) {
      y << YAML::Key << key << YAML::Value << YAML::BeginSeq;
      for (const OrderClaim& c : *claims)
        y << YAML::Flow << YAML::BeginMap << YAML::Key << "source" << YAML::Value << c.source << YAML::Key << "basis"
          << YAML::Value << c.basis << YAML::EndMap;
      y << YAML::EndSeq;
    }
    y << YAML::EndMap;
  }
  y << YAML::EndSeq;
  y << YAML::Key << "attribution_differences" << YAML::Value << YAML::BeginSeq;
  for (const AttributionDifference& a : r.attribution_differences) {
    y << YAML::BeginMap;
    strings(y, "words", a.words);
    y << YAML::Key << "attributions" << YAML::Value << YAML::BeginSeq;
    for (const Attribution& x : a.attributions)
      y << YAML::BeginMap << YAML::Key << "source" << YAML::Value << x.source << YAML::Key << "actor" << YAML::Value
        << x.actor << YAML::Key << "event" << YAML::Value << x.event << YAML::Key << "quote" << YAML::Value << x.quote
        << YAML::EndMap;
    y << YAML::EndSeq << YAML::EndMap;
  }
  y << YAML::EndSeq;
  y << YAML::Key << "near_misses" << YAML::Value << YAML::BeginSeq;
  for (const NearMiss& n : r.near_misses) {
    y << YAML::Flow << YAML::BeginMap;
    strings(y, "events", n.events);
    y << YAML::Key << "rule" << YAML::Value << n.rule << YAML::Key << "reason" << YAML::Value << n.reason
      << YAML::Key << "score" << YAML::Value << n.score << YAML::EndMap;
  }
  y << YAML::EndSeq;
  const CompareSummary& s = r.summary;
  y << YAML::Key << "summary" << YAML::Value << YAML::BeginMap;
  for (auto [key, n] : {std::pair{"sources", s.sources}, {"events", s.events}, {"in_all", s.in_all},
                        {"in_some", s.in_some}, {"date_conflicts", s.date_conflicts},
                        {"order_conflicts", s.order_conflicts}, {"attribution_differences", s.attribution_differences},
                        {"near_misses", s.near_misses}})
    y << YAML::Key << key << YAML::Value << n;
  y << YAML::Key << "line" << YAML::Value << summary_line(s) << YAML::EndMap;
  y << YAML::EndMap;
  return std::string(y.c_str()) + "\n";
}

}  // namespace parley
