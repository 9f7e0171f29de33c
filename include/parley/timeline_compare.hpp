#pragma once
// What several outlets say about the same events: which events each reports, where their times
// cannot both hold, which pairs they order differently, and which words they give to different
// speakers. Built on the cross-document matching of parley/timeline_merge.hpp.
#include <string>
#include <vector>

#include "parley/timeline_merge.hpp"

namespace parley {

// One compared input: a timeline (one article's, or a saved one), named by its documents.
struct ComparedSource {
  std::string id;      // its documents' ids, joined with '+'
  std::string source;  // their `source:` fields, joined with '; '
  std::size_t events = 0;
};

struct ComparedEvent {
  std::string id;  // as in the merged timeline of the same inputs (e1, e2, ... by first report)
  EventKind kind = EventKind::Action;
  std::string summary;
  std::vector<std::string> sources;  // ids of the sources reporting it
  std::vector<std::string> missing;  // ids of the others
};

// A passage that places the event: the time as written and the sentence.
struct TimeSpan {
  std::string doc;
  std::size_t sentence = 0;
  std::string text;     // the time expression as written, empty for a default
  std::string context;  // the sentence
};

struct DateReading {
  std::vector<std::string> sources;
  std::string value;
  std::optional<Instant> earliest, latest;
  std::vector<TimeSpan> spans;
};

struct DateConflict {
  std::string event;
  std::string summary;
  std::vector<DateReading> readings;  // two or more, by their latest bound
};

// One source's order of two events and what fixes it ("after", "times").
struct OrderClaim {
  std::string source;
  std::string basis;
};

struct OrderConflict {
  std::string first, second;  // event ids, first < second in the merged numbering
  std::string first_summary, second_summary;
  std::vector<OrderClaim> first_before_second, second_before_first;
};

struct Attribution {
  std::string source;
  std::string actor;
  std::string event;
  std::string quote;
};

struct AttributionDifference {
  std::vector<std::string> words;  // the content words the quotes share
  std::vector<Attribution> attributions;
};

// A warning on one source's input (a weekday that contradicts its date, a missing DCT; see
// InputWarning), with the sentence that holds the words when an event was read from it.
struct SourceWarning {
  std::string source;  // the compared source's id
  std::string doc, kind, text, message;
  std::size_t sentence = 0;  // 0 when no event's sentence holds the words (a document-wide warning)
  std::string context;
};

// A round's start or end as most sources give it, and the readings of other sources that cannot
// hold with it (the `readings` of the timeline's `series:` block).
struct RoundDissent {
  std::string series;
  int round = 0;
  std::string bound;  // "start" or "end"
  DateReading agreed;
  std::vector<DateReading> dissent;
};

// One outlet's number for a session: the round it names and the day it gives.
struct NumberedReading {
  int round = 0;
  DateReading reading;
};

// Two outlets number one session differently: rounds of one series whose start (or end) they
// date to the same day, each at most two days long ("round 2 began on October 14" against "round
// 1 began on October 14").
struct NumberingConflict {
  std::string series;
  std::string bound;                       // "start" or "end"
  std::vector<NumberedReading> readings;  // by round number
};

struct CompareSummary {
  std::size_t sources = 0, events = 0, in_all = 0, in_some = 0, date_conflicts = 0, order_conflicts = 0,
              attribution_differences = 0, near_misses = 0, round_dissent = 0, numbering_conflicts = 0,
              input_warnings = 0;
  // a round's bound read two ways is a date conflict between sources; input warnings are listed,
  // and do not make the sources conflict
  std::size_t conflicts() const {
    return date_conflicts + order_conflicts + attribution_differences + round_dissent + numbering_conflicts;
  }
};

struct CompareReport {
  std::vector<ComparedSource> sources;
  std::vector<ComparedEvent> in_all, in_some;
  std::vector<DateConflict> date_conflicts;
  std::vector<OrderConflict> order_conflicts;
  std::vector<AttributionDifference> attribution_differences;
  std::vector<NearMiss> near_misses;  // other matches not made, ids as above
  std::vector<RoundDissent> round_dissent;
  std::vector<NumberingConflict> numbering_conflicts;
  std::vector<SourceWarning> input_warnings;
  CompareSummary summary;
};

// Inputs in any order give the same report.
CompareReport compare_timelines(std::vector<Timeline> sources, const MatchOptions& = {});

// "3 sources, 14 events (5 in all, 9 in some); 1 date conflict, 1 order conflict, 1 attribution
// difference, 0 near misses, 1 round dissent, 0 input warnings"
std::string summary_line(const CompareSummary&);
std::string compare_report_to_yaml(const CompareReport&);
std::string compare_report_to_text(const CompareReport&);

}  // namespace parley
