// The YAML reader, the emitter's mirror (timeline_yaml.cpp). Enum names are looked up through
// the same to_string functions the emitter uses, so the two cannot drift apart silently.
#include <fstream>
#include <sstream>

#include <date/date.h>
#include <yaml-cpp/yaml.h>

#include "parley/timeline_io.hpp"

namespace parley {
namespace {

struct Reader {
  const std::string& where;

  [[noreturn]] void fail(const YAML::Node& n, const std::string& what) const {
    std::string line = n.Mark().line >= 0 ? ":" + std::to_string(n.Mark().line + 1) : "";
    throw TimelineReadError(where + line + ": " + what);
  }
  std::string str(const YAML::Node& n, const char* key) const {
    const YAML::Node v = n[key];
    if (!v || v.IsNull()) return {};
    if (!v.IsScalar()) fail(v, std::string(key) + ": expected text");
    return v.as<std::string>();
  }
  template <class Enum, std::size_t N>
  Enum named(const YAML::Node& n, const char* key, const Enum (&values)[N], Enum fallback) const {
    std::string s = str(n, key);
    if (s.empty()) return fallback;
    for (Enum v : values)
      if (to_string(v) == s) return v;
    fail(n[key], std::string(key) + ": unknown value '" + s + "'");
  }
  std::optional<Instant> instant(const YAML::Node& n, const char* key) const {
    std::string s = str(n, key);
    if (s.empty() || s == "~") return std::nullopt;
    std::istringstream in(s);
    Instant t{};  // parse leaves it untouched when the text is not an instant
    in >> date::parse("%Y-%m-%dT%H:%M:%S", t);
    if (in.fail()) fail(n[key], std::string(key) + ": not an instant '" + s + "'");
    return t;
  }
  std::vector<std::string> strings(const YAML::Node& n, const char* key) const {
    std::vector<std::string> out;
    if (const YAML::Node v = n[key]; v && v.IsSequence())
      for (const auto& x : v) out.push_back(x.as<std::string>());
    return out;
  }

  EventTime time(const YAML::Node& n) const {
    static constexpr TimexType types[] = {TimexType::Date, TimexType::Time, TimexType::Duration, TimexType::Set};
    static constexpr Granularity grains[] = {
        Granularity::Second, Granularity::Minute, Granularity::Hour, Granularity::PartOfDay, Granularity::Day,
        Granularity::Weekend, Granularity::Week, Granularity::Month, Granularity::Season, Granularity::Quarter,
        Granularity::Half, Granularity::Year, Granularity::Decade, Granularity::Century, Granularity::Unknown};
    EventTime t;
    t.text = str(n, "text");
    t.time.value = str(n, "value");
    t.time.type = named(n, "type", types, TimexType::Date);
    t.time.mod = str(n, "mod");
    t.time.earliest = instant(n, "earliest");
    t.time.latest = instant(n, "latest");
    t.time.granularity = named(n, "granularity", grains, Granularity::Unknown);
    t.basis = str(n, "basis");
    t.anchor = str(n, "anchor");
    t.time.zone = str(n, "zone");
    const std::string offset = str(n, "utcOffset");  // "+HH:MM" / "-HH:MM", as the writer puts it
    const auto digit = [&](std::size_t i) { return offset[i] >= '0' && offset[i] <= '9'; };
    if (offset.size() == 6 && (offset[0] == '+' || offset[0] == '-') && offset[3] == ':' && digit(1) && digit(2) &&
        digit(4) && digit(5)) {
      const int minutes = std::stoi(offset.substr(1, 2)) * 60 + std::stoi(offset.substr(4, 2));
      t.time.utc_offset_minutes = offset[0] == '-' ? -minutes : minutes;
    }
    if (const YAML::Node r = n["range"]; r && r.IsMap())
      t.range = EventTime::Range{str(r, "value"), str(r, "begin"), str(r, "end")};
    // the tagger's id is not written; a stated time is told apart from a default by its text
    return t;
  }

  Event event(const YAML::Node& n) const {
    static constexpr EventKind kinds[] = {EventKind::Statement, EventKind::Meeting, EventKind::Round, EventKind::Action};
    static constexpr Phase phases[] = {Phase::None, Phase::Start, Phase::End, Phase::Whole};
    static constexpr Tense tenses[] = {Tense::None, Tense::Past, Tense::PastPerfect, Tense::PresentPerfect,
                                       Tense::Present, Tense::Future, Tense::Modal, Tense::Nonfinite};
    static constexpr Order orders[] = {Order::Fixed, Order::Unknown};
    if (!n.IsMap()) fail(n, "an event is a map");
    Event e;
    e.id = str(n, "id");
    if (e.id.empty()) fail(n, "event without an id");
    e.kind = named(n, "kind", kinds, EventKind::Action);
    e.summary = str(n, "summary");
    e.trigger = str(n, "trigger");
    e.actors = strings(n, "actors");
    e.participants = strings(n, "participants");
    e.object = str(n, "object");
    e.quote = str(n, "quote");
    e.channel = str(n, "channel");
    if (const YAML::Node s = n["series"]; s && s.IsMap())
      e.series = SeriesRef{str(s, "name"), s["round"] ? s["round"].as<int>() : 0, str(s, "relative")};
    e.phase = named(n, "phase", phases, Phase::None);
    e.place = str(n, "place");
    e.tense = named(n, "tense", tenses, Tense::None);
    if (const YAML::Node t = n["time"]; t && t.IsMap()) e.time = time(t);
    e.order = named(n, "order", orders, Order::Unknown);
    static constexpr Salience saliences[] = {Salience::Main, Salience::Background};
    e.salience = named(n, "salience", saliences, Salience::Main);
    e.salience_reason = str(n, "salience_reason");
    if (const YAML::Node s = n["sources"]) e.sources = s.as<std::size_t>();
    if (const YAML::Node m = n["match"]; m && m.IsMap())
      e.match = EventMatch{str(m, "rule"), m["confidence"] ? m["confidence"].as<double>() : 0.0};
    if (const YAML::Node rs = n["readings"]; rs && rs.IsSequence())
      for (const auto& r : rs) e.readings.push_back({strings(r, "docs"), r["time"] ? time(r["time"]) : EventTime{}});
    if (const YAML::Node ev = n["evidence"]; ev && ev.IsSequence())
      for (const auto& x : ev) {
        Evidence v;
        v.doc = str(x, "doc");
        v.sentence = x["sentence"] ? x["sentence"].as<std::size_t>() : 0;
        v.span.cp_begin = x["start"] ? x["start"].as<std::size_t>() : 0;
        v.span.cp_end = x["end"] ? x["end"].as<std::size_t>() : 0;
        v.text = str(x, "text");
        e.evidence.push_back(std::move(v));
      }
    return e;
  }

  Timeline timeline(const YAML::Node& root) const {
    static constexpr RelationType types[] = {RelationType::Before, RelationType::After, RelationType::Includes,
                                             RelationType::During, RelationType::Overlap};
    if (!root.IsMap() || !root["parley"]) fail(root, "not a parley timeline (no `parley:` version)");
    Timeline tl;
    for (const auto& d : root["documents"]) tl.documents.push_back({str(d, "id"), str(d, "dct"), str(d, "source")});
    for (const auto& e : root["events"]) tl.events.push_back(event(e));
    for (const auto& r : root["relations"])
      tl.relations.push_back({str(r, "from"), named(r, "type", types, RelationType::Before), str(r, "to"), str(r, "basis")});
    for (const auto& s : root["series"]) {
      Series x;
      x.name = str(s, "name");
      for (const auto& r : s["rounds"]) {
        SeriesRound sr;
        sr.round = r["round"] ? r["round"].as<int>() : 0;
        if (r["start"] && r["start"].IsMap()) sr.start = time(r["start"]);
        if (r["end"] && r["end"].IsMap()) sr.end = time(r["end"]);
        sr.events = strings(r, "events");
        if (r["start_sources"]) sr.start_sources = r["start_sources"].as<std::size_t>();
        if (r["end_sources"]) sr.end_sources = r["end_sources"].as<std::size_t>();
        if (const YAML::Node ds = r["dissent"]; ds && ds.IsSequence())
          for (const auto& d : ds)
            sr.dissent.push_back({str(d, "bound"), strings(d, "docs"), strings(d, "events"),
                                  d["time"] ? time(d["time"]) : EventTime{}});
        x.rounds.push_back(std::move(sr));
      }
      tl.series.push_back(std::move(x));
    }
    for (const auto& c : root["contradictions"]) tl.contradictions.push_back({strings(c, "events"), str(c, "reason")});
    for (const auto& m : root["near_misses"])
      tl.near_misses.push_back({strings(m, "events"), str(m, "rule"), str(m, "reason"),
                                m["score"] ? m["score"].as<double>() : 0.0});
    for (const auto& w : root["warnings"]) {
      InputWarning x;
      x.doc = str(w, "doc");
      x.kind = str(w, "kind");
      x.text = str(w, "text");
      x.span.cp_begin = w["start"] ? w["start"].as<std::size_t>() : 0;
      x.span.cp_end = w["end"] ? w["end"].as<std::size_t>() : 0;
      x.message = str(w, "message");
      tl.warnings.push_back(std::move(x));
    }
    return tl;
  }
};

}  // namespace

Timeline timeline_from_yaml(const std::string& yaml, const std::string& where) {
  try {
    return Reader{where}.timeline(YAML::Load(yaml));
  } catch (const YAML::Exception& e) {
    throw TimelineReadError(where + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
}

Timeline load_timeline_yaml(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw TimelineReadError(file.string() + ": cannot read the file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return timeline_from_yaml(bytes.str(), file.string());
}

}  // namespace parley
