#include "engine/output/fields.hpp"

#include <date/date.h>


namespace parley::output {

std::string iso_instant(Instant t) { return date::format("%Y-%m-%dT%H:%M:%S", t); }

std::string dct_value(const Dct& dct) {
  if (dct.has_time_of_day) return iso_instant(dct.instant) + dct.zone;  // the zone as given: local clock
  return date::format("%Y-%m-%d", date::floor<date::days>(dct.instant));
}

std::vector<Field> timex_attributes(const Timex& timex) {
  const ResolvedTime& t = timex.time;
  std::vector<Field> fields{{"type", std::string(to_string(t.type))}, {"value", t.value}};
  auto optional = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) fields.push_back({key, value});
  };
  optional("mod", t.mod);
  optional("quant", t.quant);
  optional("freq", t.freq);
  if (t.earliest) fields.push_back({"earliest", iso_instant(*t.earliest)});
  if (t.latest) fields.push_back({"latest", iso_instant(*t.latest)});
  fields.push_back({"granularity", std::string(to_string(t.granularity))});
  fields.push_back({"basis", std::string(to_string(t.basis))});
  fields.push_back({"anchor", t.anchor});
  optional("beginPoint", t.begin_point);
  optional("endPoint", t.end_point);
  return fields;
}

std::string_view to_string(EventOrdinal::Kind kind) {
  switch (kind) {
    case EventOrdinal::Kind::Number: return "number";
    case EventOrdinal::Kind::Latest: return "latest";
    case EventOrdinal::Kind::Next: return "next";
    case EventOrdinal::Kind::Previous: return "previous";
    case EventOrdinal::Kind::Final: return "final";
    case EventOrdinal::Kind::First: return "first";
  }
  return "number";
}

}  // namespace parley::output
