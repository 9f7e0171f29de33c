// The compare report as YAML (`parley-compare: 1`): every list present, empty or not, so that
// scripts can read it without guessing. Written with YamlText, whose bytes are yaml-cpp's (see
// engine/output/yaml_text.hpp for why not yaml-cpp).
#include "engine/output/yaml_text.hpp"
#include "parley/timeline_compare.hpp"
#include "parley/timeline_output.hpp"

namespace parley {
namespace {

using output::YamlText;

void strings(YamlText& y, std::string_view key, const std::vector<std::string>& v) {
  y.key(key).begin_seq(YamlText::flow);
  for (const auto& s : v) y.value(s);
  y.end_seq();
}

void bound(YamlText& y, std::string_view key, const std::optional<Instant>& t) {
  y.key(key);
  if (t) y.value(format_instant(*t)); else y.null();
}

void sources(YamlText& y, const std::vector<ComparedSource>& v) {
  y.key("sources").begin_seq();
  for (const ComparedSource& s : v) {
    y.begin_map(YamlText::flow).key("id").value(s.id).key("source").value(s.source);
    y.key("events").value(s.events).end_map();
  }
  y.end_seq();
}

void events(YamlText& y, std::string_view key, const std::vector<ComparedEvent>& v, bool with_sources) {
  y.key(key).begin_seq();
  for (const ComparedEvent& e : v) {
    y.begin_map().key("id").value(e.id).key("kind").value(to_string(e.kind)).key("summary").value(e.summary);
    if (with_sources) {
      strings(y, "sources", e.sources);
      strings(y, "missing", e.missing);
    }
    y.end_map();
  }
  y.end_seq();
}

void date_reading(YamlText& y, const DateReading& x) {
  y.begin_map();
  strings(y, "sources", x.sources);
  y.key("value").value(x.value);
  bound(y, "earliest", x.earliest);
  bound(y, "latest", x.latest);
  y.key("spans").begin_seq();
  for (const TimeSpan& s : x.spans) {
    y.begin_map().key("doc").value(s.doc).key("sentence").value(s.sentence);
    y.key("text").value(s.text).key("context").value(s.context).end_map();
  }
  y.end_seq().end_map();
}

void date_conflicts(YamlText& y, const std::vector<DateConflict>& v) {
  y.key("date_conflicts").begin_seq();
  for (const DateConflict& d : v) {
    y.begin_map().key("event").value(d.event).key("summary").value(d.summary).key("readings").begin_seq();
    for (const DateReading& x : d.readings) date_reading(y, x);
    y.end_seq().end_map();
  }
  y.end_seq();
}

void order_conflicts(YamlText& y, const std::vector<OrderConflict>& v) {
  y.key("order_conflicts").begin_seq();
  for (const OrderConflict& o : v) {
    y.begin_map();
    strings(y, "events", {o.first, o.second});
    strings(y, "summaries", {o.first_summary, o.second_summary});
    for (auto [key, claims] : {std::pair{"first_before_second", &o.first_before_second},
                               std::pair{"second_before_first", &o.second_before_first}}) {
      y.key(key).begin_seq();
      for (const OrderClaim& c : *claims)
        y.begin_map(YamlText::flow).key("source").value(c.source).key("basis").value(c.basis).end_map();
      y.end_seq();
    }
    y.end_map();
  }
  y.end_seq();
}

void attribution_differences(YamlText& y, const std::vector<AttributionDifference>& v) {
  y.key("attribution_differences").begin_seq();
  for (const AttributionDifference& a : v) {
    y.begin_map();
    strings(y, "words", a.words);
    y.key("attributions").begin_seq();
    for (const Attribution& x : a.attributions) {
      y.begin_map().key("source").value(x.source).key("actor").value(x.actor);
      y.key("event").value(x.event).key("quote").value(x.quote).end_map();
    }
    y.end_seq().end_map();
  }
  y.end_seq();
}

void near_misses(YamlText& y, const std::vector<NearMiss>& v) {
  y.key("near_misses").begin_seq();
  for (const NearMiss& n : v) {
    y.begin_map(YamlText::flow);
    strings(y, "events", n.events);
    y.key("rule").value(n.rule).key("reason").value(n.reason).key("score").value(n.score).end_map();
  }
  y.end_seq();
}

void round_dissent(YamlText& y, const std::vector<RoundDissent>& v) {
  y.key("round_dissent").begin_seq();
  for (const RoundDissent& d : v) {
    y.begin_map().key("series").value(d.series).key("round").value(d.round).key("bound").value(d.bound);
    y.key("agreed");
    date_reading(y, d.agreed);
    y.key("dissent").begin_seq();
    for (const DateReading& x : d.dissent) date_reading(y, x);
    y.end_seq().end_map();
  }
  y.end_seq();
}

void numbering_conflicts(YamlText& y, const std::vector<NumberingConflict>& v) {
  y.key("numbering_conflicts").begin_seq();
  for (const NumberingConflict& c : v) {
    y.begin_map().key("series").value(c.series).key("bound").value(c.bound).key("readings").begin_seq();
    for (const NumberedReading& x : c.readings) {
      y.begin_map().key("round").value(x.round).key("reading");
      date_reading(y, x.reading);
      y.end_map();
    }
    y.end_seq().end_map();
  }
  y.end_seq();
}

void input_warnings(YamlText& y, const std::vector<SourceWarning>& v) {
  y.key("input_warnings").begin_seq();
  for (const SourceWarning& w : v) {
    y.begin_map().key("source").value(w.source).key("doc").value(w.doc).key("kind").value(w.kind);
    y.key("text").value(w.text).key("message").value(w.message);
    y.key("sentence").value(w.sentence).key("context").value(w.context).end_map();
  }
  y.end_seq();
}

void summary(YamlText& y, const CompareSummary& s) {
  y.key("summary").begin_map();
  for (auto [key, n] : {std::pair{"sources", s.sources}, {"events", s.events}, {"in_all", s.in_all},
                        {"in_some", s.in_some}, {"date_conflicts", s.date_conflicts},
                        {"order_conflicts", s.order_conflicts}, {"attribution_differences", s.attribution_differences},
                        {"near_misses", s.near_misses}, {"round_dissent", s.round_dissent},
                        {"numbering_conflicts", s.numbering_conflicts},
                        {"input_warnings", s.input_warnings}})
    y.key(key).value(n);
  y.key("line").value(summary_line(s)).end_map();
}

}  // namespace

std::string compare_report_to_yaml(const CompareReport& r) {
  YamlText y;
  y.set_double_precision(3);  // confidences and scores: 0.95, not 0.94999999999999996
  y.begin_map().key("parley-compare").value(1);
  sources(y, r.sources);
  events(y, "in_all", r.in_all, false);
  events(y, "in_some", r.in_some, true);
  date_conflicts(y, r.date_conflicts);
  order_conflicts(y, r.order_conflicts);
  attribution_differences(y, r.attribution_differences);
  near_misses(y, r.near_misses);
  round_dissent(y, r.round_dissent);
  numbering_conflicts(y, r.numbering_conflicts);
  input_warnings(y, r.input_warnings);
  summary(y, r.summary);
  y.end_map();
  y.str().push_back('\n');
  return std::move(y.str());
}

}  // namespace parley
