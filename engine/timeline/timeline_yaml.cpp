// The YAML emitter: the schema of issue 4, field for field. Optional fields are left out when
// empty so a reader sees only what the text says. Written with YamlText, whose bytes are
// yaml-cpp's (see engine/output/yaml_text.hpp for why not yaml-cpp).
#include "engine/timeline/timeline_yaml.hpp"

#include <date/date.h>

#include "engine/output/fields.hpp"
#include "engine/tagger/zones.hpp"
#include "parley/timeline_output.hpp"
#include "parley/version.hpp"

namespace parley {
namespace {

using output::YamlText;

class TimelineWriter {
 public:
  explicit TimelineWriter(const TimelineYamlOptions& options) : options_(options) {
    y_.set_double_precision(3);  // confidences and scores: 0.95, not 0.94999999999999996
  }
  std::string write(const Timeline& tl);

 private:
  void list(std::string_view key, bool empty) {
    y_.key(key).begin_seq(empty && options_.empty_lists_on_key_line ? YamlText::flow : YamlText::block);
  }
  void strings(std::string_view key, const std::vector<std::string>& v);
  void time(const EventTime& t, bool with_extra_fields);
  void optional_time(const std::optional<EventTime>& t);
  void event(const Event& e);
  void readings(const std::vector<TimeReading>& readings);
  void evidence(const std::vector<Evidence>& evidence);
  void documents(const std::vector<TimelineDocument>& documents);
  void relations(const std::vector<Relation>& relations);
  void series(const std::vector<Series>& series);
  void contradictions(const std::vector<Contradiction>& contradictions);
  void near_misses(const std::vector<NearMiss>& near_misses);
  void warnings(const std::vector<InputWarning>& warnings);

  YamlText y_;
  TimelineYamlOptions options_;
};

void TimelineWriter::strings(std::string_view key, const std::vector<std::string>& v) {
  y_.key(key).begin_seq(YamlText::flow);
  for (const auto& s : v) y_.value(s);
  y_.end_seq();
}

void TimelineWriter::time(const EventTime& t, bool with_extra_fields) {
  y_.begin_map();
  if (!t.text.empty()) y_.key("text").value(t.text);
  if (!t.time.value.empty()) {
    y_.key("value").value(t.time.value);
    y_.key("type").value(to_string(t.time.type));
  }
  if (!t.time.mod.empty()) y_.key("mod").value(t.time.mod);
  y_.key("earliest");
  if (t.time.earliest) y_.value(format_instant(*t.time.earliest)); else y_.null();
  y_.key("latest");
  if (t.time.latest) y_.value(format_instant(*t.time.latest)); else y_.null();
  y_.key("granularity").value(to_string(t.time.granularity));
  y_.key("basis").value(t.basis);
  y_.key("anchor").value(t.anchor.empty() ? std::string_view("none") : std::string_view(t.anchor));
  // a clock time's written zone, as the tagger read it (bounds above stay on the document's clock)
  if (!t.time.zone.empty()) y_.key("zone").value(t.time.zone);
  if (t.time.utc_offset_minutes) y_.key("utcOffset").value(engine::offset_text(*t.time.utc_offset_minutes));
  if (t.range) {  // both ends are inclusive: the bounds above run through the last end
    y_.key("range").begin_map(YamlText::flow);
    y_.key("value").value(t.range->value).key("begin").value(t.range->begin).key("end").value(t.range->end);
    y_.end_map();
  }
  if (with_extra_fields && options_.extra_time_fields) options_.extra_time_fields(y_, t);
  y_.end_map();
}

void TimelineWriter::optional_time(const std::optional<EventTime>& t) {
  if (t) time(*t, true); else y_.null();
}

void TimelineWriter::event(const Event& e) {
  y_.begin_map();
  y_.key("id").value(e.id);
  y_.key("kind").value(to_string(e.kind));
  y_.key("summary").value(e.summary);
  y_.key("trigger").value(e.trigger);
  if (!e.actors.empty()) strings("actors", e.actors);
  if (!e.object.empty()) y_.key("object").value(e.object);
  if (!e.quote.empty()) y_.key("quote").value(e.quote);
  if (!e.channel.empty()) y_.key("channel").value(e.channel);
  if (e.series) {
    y_.key("series").begin_map(YamlText::flow);
    y_.key("name").value(e.series->name);
    if (e.series->round > 0) y_.key("round").value(e.series->round);
    if (!e.series->relative.empty()) y_.key("relative").value(e.series->relative);
    y_.end_map();
  }
  if (e.phase != Phase::None) y_.key("phase").value(to_string(e.phase));
  if (!e.place.empty()) y_.key("place").value(e.place);
  if (!e.participants.empty()) strings("participants", e.participants);
  y_.key("tense").value(to_string(e.tense));
  y_.key("time");
  optional_time(e.time);
  y_.key("order").value(to_string(e.order));
  y_.key("salience").value(to_string(e.salience));
  if (!e.salience_reason.empty()) y_.key("salience_reason").value(e.salience_reason);
  // cross-document fields, present only in a merged timeline
  if (e.sources > 0) y_.key("sources").value(e.sources);
  if (e.match) {
    y_.key("match").begin_map(YamlText::flow);
    y_.key("rule").value(e.match->rule).key("confidence").value(e.match->confidence);
    y_.end_map();
  }
  if (!e.readings.empty()) readings(e.readings);
  evidence(e.evidence);
  y_.end_map();
}

void TimelineWriter::readings(const std::vector<TimeReading>& readings) {
  list("readings", readings.empty());
  for (const TimeReading& r : readings) {
    y_.begin_map();
    if (!r.docs.empty()) strings("docs", r.docs);
    y_.key("time");
    time(r.time, false);
    y_.end_map();
  }
  y_.end_seq();
}

void TimelineWriter::evidence(const std::vector<Evidence>& evidence) {
  list("evidence", evidence.empty());
  for (const Evidence& ev : evidence) {
    y_.begin_map();
    y_.key("doc").value(ev.doc);
    y_.key("sentence").value(ev.sentence);
    y_.key("start").value(ev.span.cp_begin);
    y_.key("end").value(ev.span.cp_end);
    y_.key("text").value(ev.text);
    y_.end_map();
  }
  y_.end_seq();
}

void TimelineWriter::documents(const std::vector<TimelineDocument>& documents) {
  list("documents", documents.empty());
  for (const auto& d : documents) {
    y_.begin_map(YamlText::flow).key("id").value(d.id).key("dct");
    if (d.dct.empty()) y_.null(); else y_.value(d.dct);
    y_.key("source");
    if (d.source.empty()) y_.null(); else y_.value(d.source);
    y_.end_map();
  }
  y_.end_seq();
}

void TimelineWriter::relations(const std::vector<Relation>& relations) {
  list("relations", relations.empty());
  for (const Relation& r : relations) {
    y_.begin_map(YamlText::flow).key("from").value(r.from).key("type").value(to_string(r.type));
    y_.key("to").value(r.to).key("basis").value(r.basis).end_map();
  }
  y_.end_seq();
}

void TimelineWriter::series(const std::vector<Series>& series) {
  list("series", series.empty());
  for (const Series& s : series) {
    y_.begin_map().key("name").value(s.name);
    list("rounds", s.rounds.empty());
    for (const SeriesRound& r : s.rounds) {
      y_.begin_map().key("round").value(r.round);
      y_.key("start");
      optional_time(r.start);
      y_.key("end");
      optional_time(r.end);
      strings("events", r.events);
      if (r.start_sources > 0) y_.key("start_sources").value(r.start_sources);
      if (r.end_sources > 0) y_.key("end_sources").value(r.end_sources);
      if (!r.dissent.empty()) {
        list("dissent", false);
        for (const RoundReading& d : r.dissent) {
          y_.begin_map().key("bound").value(d.bound);
          strings("docs", d.docs);
          strings("events", d.events);
          y_.key("time");
          time(d.time, false);
          y_.end_map();
        }
        y_.end_seq();
      }
      y_.end_map();
    }
    y_.end_seq().end_map();
  }
  y_.end_seq();
}

void TimelineWriter::contradictions(const std::vector<Contradiction>& contradictions) {
  list("contradictions", contradictions.empty());
  for (const Contradiction& c : contradictions) {
    y_.begin_map(YamlText::flow);
    strings("events", c.events);
    y_.key("reason").value(c.reason).end_map();
  }
  y_.end_seq();
}

void TimelineWriter::near_misses(const std::vector<NearMiss>& near_misses) {
  list("near_misses", near_misses.empty());
  for (const NearMiss& n : near_misses) {
    y_.begin_map(YamlText::flow);
    strings("events", n.events);
    y_.key("rule").value(n.rule).key("reason").value(n.reason).key("score").value(n.score).end_map();
  }
  y_.end_seq();
}

void TimelineWriter::warnings(const std::vector<InputWarning>& warnings) {
  list("warnings", warnings.empty());
  for (const InputWarning& w : warnings) {
    y_.begin_map(YamlText::flow).key("doc").value(w.doc).key("kind").value(w.kind);
    if (!w.text.empty()) y_.key("text").value(w.text).key("start").value(w.span.cp_begin).key("end").value(w.span.cp_end);
    y_.key("message").value(w.message).end_map();
  }
  y_.end_seq();
}

std::string TimelineWriter::write(const Timeline& tl) {
  y_.begin_map();
  y_.key("parley").value(yaml_schema_version);
  documents(tl.documents);
  list("events", tl.events.empty());
  for (const Event& e : tl.events) event(e);
  y_.end_seq();
  relations(tl.relations);
  series(tl.series);
  contradictions(tl.contradictions);
  if (!tl.near_misses.empty()) near_misses(tl.near_misses);
  if (!tl.warnings.empty()) warnings(tl.warnings);
  y_.end_map();
  y_.str().push_back('\n');
  return std::move(y_.str());
}

}  // namespace

std::string format_instant(Instant t) { return output::iso_instant(t); }

std::string timeline_to_yaml(const Timeline& tl, const TimelineYamlOptions& options) {
  return TimelineWriter(options).write(tl);
}

std::string timeline_to_yaml(const Timeline& tl) { return timeline_to_yaml(tl, {}); }

}  // namespace parley
