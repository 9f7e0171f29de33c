// Round dissent and input warnings for the compare report. The series block of the merged
// timeline already solved each round's start and end by agreement and kept the readings it did
// not take; here each is shown with the sentences that give it.
#include "engine/merge/compare_sections.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace parley::merge {
namespace {

bool meets(const ResolvedTime& a, const ResolvedTime& b) {
  return !(a.latest && b.earliest && *a.latest < *b.earliest) && !(b.latest && a.earliest && *b.latest < *a.earliest);
}

bool tells(const Event& e, std::string_view bound) {
  if (e.kind != EventKind::Round || !e.time || e.time->text.empty()) return false;
  return e.phase == Phase::Whole || (bound == "start" ? e.phase == Phase::Start : e.phase == Phase::End);
}

void add_source(std::vector<std::string>& into, const std::string& s) {
  if (std::find(into.begin(), into.end(), s) == into.end()) into.push_back(s);
}

}  // namespace

std::vector<RoundDissent> round_dissent(const Timeline& merged, const std::vector<Timeline>& inputs,
                                        const std::map<std::string, std::string>& source_of_doc) {
  // the time as each source wrote it: a merged event's time is the sources' intersection
  std::map<std::tuple<std::string, std::size_t, std::string>, std::string> written;  // (doc, sentence, trigger)
  for (const Timeline& t : inputs)
    for (const Event& e : t.events)
      if (e.time)
        for (const Evidence& ev : e.evidence) written.emplace(std::tuple{ev.doc, ev.sentence, ev.trigger}, e.time->text);
  auto time_text = [&](const Evidence& ev, const std::string& otherwise) {
    // the words must be in the sentence (a saved timeline may not keep every trigger)
    auto it = written.find({ev.doc, ev.sentence, ev.trigger});
    if (it != written.end() && !it->second.empty() && ev.text.find(it->second) != std::string::npos) return it->second;
    return !otherwise.empty() && ev.text.find(otherwise) != std::string::npos ? otherwise : std::string();
  };
  std::map<std::string, const Event*> by_id;
  for (const Event& e : merged.events) by_id[e.id] = &e;
  auto source = [&](const std::string& doc) {
    auto it = source_of_doc.find(doc);
    return it == source_of_doc.end() ? doc : it->second;
  };
  std::vector<RoundDissent> out;
  for (const Series& s : merged.series)
    for (const SeriesRound& r : s.rounds)
      for (std::string_view bound : {"start", "end"}) {
        const std::optional<EventTime>& agreed = bound == "start" ? r.start : r.end;
        if (!agreed) continue;
        RoundDissent d{s.name, r.round, std::string(bound), {}, {}};
        std::set<std::string> dissenting;  // documents
        for (const RoundReading& x : r.dissent) {
          if (x.bound != bound) continue;
          DateReading dr;
          for (const auto& doc : x.docs) add_source(dr.sources, source(doc)), dissenting.insert(doc);
          dr.value = x.time.time.value;
          dr.earliest = x.time.time.earliest;
          dr.latest = x.time.time.latest;
          for (const auto& id : x.events) {
            auto it = by_id.find(id);
            if (it == by_id.end()) continue;
            for (const Evidence& ev : it->second->evidence)
              if (std::find(x.docs.begin(), x.docs.end(), ev.doc) != x.docs.end())
                dr.spans.push_back({ev.doc, ev.sentence, time_text(ev, x.time.text), ev.text});
          }
          d.dissent.push_back(std::move(dr));
        }
        if (d.dissent.empty()) continue;
        // the agreed reading: the round's mentions of this bound whose times hold with it
        d.agreed.value = agreed->time.value;
        d.agreed.earliest = agreed->time.earliest;
        d.agreed.latest = agreed->time.latest;
        for (const auto& id : r.events) {
          auto it = by_id.find(id);
          if (it == by_id.end() || !tells(*it->second, bound) || !meets(it->second->time->time, agreed->time)) continue;
          for (const Evidence& ev : it->second->evidence) {
            if (dissenting.count(ev.doc)) continue;
            add_source(d.agreed.sources, source(ev.doc));
            d.agreed.spans.push_back({ev.doc, ev.sentence, time_text(ev, it->second->time->text), ev.text});
          }
        }
        out.push_back(std::move(d));
      }
  return out;
}

std::vector<SourceWarning> source_warnings(const Timeline& merged,
                                           const std::map<std::string, std::string>& source_of_doc) {
  std::vector<SourceWarning> out;
  for (const InputWarning& w : merged.warnings) {
    SourceWarning x;
    auto it = source_of_doc.find(w.doc);
    x.source = it == source_of_doc.end() ? w.doc : it->second;
    x.doc = w.doc;
    x.kind = w.kind;
    x.text = w.text;
    x.message = w.message;
    // the sentence: the first event of the document whose sentence holds the words
    for (const Event& e : merged.events) {
      if (!x.context.empty() || w.text.empty()) break;
      for (const Evidence& ev : e.evidence)
        if (ev.doc == w.doc && ev.text.find(w.text) != std::string::npos) {
          x.sentence = ev.sentence;
          x.context = ev.text;
          break;
        }
    }
    out.push_back(std::move(x));
  }
  std::sort(out.begin(), out.end(), [](const SourceWarning& a, const SourceWarning& b) {
    return std::tie(a.doc, a.sentence, a.kind, a.text) < std::tie(b.doc, b.sentence, b.kind, b.text);
  });
  return out;
}

}  // namespace parley::merge
