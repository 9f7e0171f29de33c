#pragma once
// The timeline model: the events an article reports, the times they carry, the relations the
// text states between them, and the order those fix. It knows nothing about output formats
// (see parley/timeline_output.hpp) and nothing about how the text was read.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parley/dct.hpp"
#include "parley/resolved_time.hpp"
#include "parley/timex.hpp"

namespace parley {

enum class EventKind : unsigned char { Statement, Meeting, Round, Action };

// Which part of a meeting or round the event's time pins ("ended on Wednesday": the end).
enum class Phase : unsigned char { None, Start, End, Whole };

// The grammatical tense of the event's verb: the default placement when no time is written.
enum class Tense : unsigned char {
  None, Past, PastPerfect, PresentPerfect, Present, Future, Modal, Nonfinite
};

enum class RelationType : unsigned char { Before, After, Includes, During, Overlap };

// Whether the text fixes an event's place among its neighbours in the timeline.
enum class Order : unsigned char { Fixed, Unknown };

// Whether an event belongs in the chronology (a step of the story the documents tell) or is
// background (a clause about the past, a fragment, a generic remark). `timeline` shows main
// events by default; `--all` shows both.
enum class Salience : unsigned char { Main, Background };

// Where an event is told: a span of one document, offsets in Unicode code points.
struct Evidence {
  std::string doc;
  std::size_t sentence = 0;  // 1-based within the document
  Span span;                 // the trigger word(s)
  std::string text;          // the sentence, verbatim
  std::string trigger;       // the trigger word(s), verbatim
};

// The time of an event: the time expression of its clause, or a default with its reason.
struct EventTime {
  std::string text;   // the expression as written; empty for a default
  std::string timex;  // the tagger's id ("t3"), empty for a default
  ResolvedTime time;  // value, type, bounds, granularity
  std::string basis;  // why: "clause", "Hours earlier", "reporting: DCT day or the day before", ...
  std::string anchor; // the timex or event id the time was counted from, or "dct", or "none"
  // A time that is a range of the tagger ("September 13-15"): its duration and the values of its
  // two ends; both ends are inclusive, so `time` runs from the first's earliest to the last's
  // latest. Empty for any other time.
  struct Range {
    std::string value;       // "P3D"
    std::string begin, end;  // the ends' TIMEX3 values: "2017-09-13", "2017-09-15"
  };
  std::optional<Range> range;
};

struct SeriesRef {
  std::string name;   // canonical name after aliases ("Vienna talks")
  int round = 0;      // 0 when the round is not known
  // "next", "latest", "previous" or "final" when the text counts the round from others ("a new
  // round", "the latest round"): its number is then resolved against the dated rounds of all
  // documents, not by counting in one article. Empty for a numbered round.
  std::string relative;
};

// Why reports from several documents were taken for one event (cross-document merging).
struct EventMatch {
  std::string rule;         // "same round", "same statement", "same meeting", "same action", ...
  double confidence = 0.0;  // of the weakest pair that joined the reports, 0..1
};

// One source's reading of an event's time, kept when the sources' times cannot all hold.
struct TimeReading {
  std::vector<std::string> docs;  // the documents that place the event here
  EventTime time;                 // their times intersected
};

struct Event {
  std::string id;  // "e1", "e2", ... in document order
  EventKind kind = EventKind::Action;
  std::string trigger;  // the verb or noun as written ("tweeted", "ended", "assassination")
  std::string summary;
  std::vector<std::string> actors;
  std::vector<std::string> participants;  // meetings and rounds
  std::string object;   // actions: what was acted on
  std::string quote;    // statements, when quoted
  std::string channel;  // statements: "Twitter", "in a statement"
  std::optional<SeriesRef> series;
  Phase phase = Phase::None;
  std::string place;
  Tense tense = Tense::None;
  std::optional<EventTime> time;
  Order order = Order::Unknown;
  std::vector<Evidence> evidence;  // first entry is the event's own mention
  Salience salience = Salience::Main;
  std::string salience_reason;  // why background (or why main, when that needed a rule)
  // Across documents: how many documents report the event (0 for a single-document timeline,
  // where the field is left out), why their reports were joined, and, when their stated times
  // do not intersect, each reading with its documents.
  std::size_t sources = 0;
  std::optional<EventMatch> match;
  std::vector<TimeReading> readings;
};

struct Relation {
  std::string from;
  RelationType type = RelationType::Before;
  std::string to;
  std::string basis;  // the words or rule that state it: "Hours earlier", "after", "past perfect"
};

// Constraints that cannot all hold: reported, never silently dropped.
struct Contradiction {
  std::vector<std::string> events;
  std::string reason;
};

// Two events that one matching rule almost joined, reported instead of merged silently.
struct NearMiss {
  std::vector<std::string> events;  // two event ids
  std::string rule;                 // the rule that almost held
  std::string reason;               // what failed: "different days", "different speakers", ...
  double score = 0.0;               // how close, 0..1
};

// The documents that place one bound of a round at one time, and the events that say so.
struct RoundReading {
  std::string bound;  // "start" or "end"
  std::vector<std::string> docs;
  std::vector<std::string> events;
  EventTime time;
};

// A round as an interval solved from every mention of it: the start and end most documents
// agree on (times that all hold are intersected), and every reading that disagrees, kept.
struct SeriesRound {
  int round = 0;
  std::optional<EventTime> start, end;
  std::vector<std::string> events;
  std::size_t start_sources = 0, end_sources = 0;  // documents that agree on each bound
  std::vector<RoundReading> dissent;               // readings of a bound the solution does not take
};

struct Series {
  std::string name;
  std::vector<SeriesRound> rounds;  // ascending round number
};

// Something in the input a reader should check: a weekday that contradicts its date ("Thursday,
// April 17" when April 17 is a Saturday), a document without a DCT whose relative times stay
// unresolved. Reported, never silently corrected.
struct InputWarning {
  std::string doc;
  std::string kind;     // "weekday-mismatch", "no-dct", ...
  std::string text;     // the words concerned, verbatim
  Span span;            // where, in code points of the document text (zero when document-wide)
  std::string message;  // one line for a reader
};

struct TimelineDocument {
  std::string id;
  std::string dct;     // as given, empty when unknown
  std::string source;
};

struct Timeline {
  std::vector<TimelineDocument> documents;
  std::vector<Event> events;  // in timeline order
  std::vector<Relation> relations;
  std::vector<Series> series;
  std::vector<Contradiction> contradictions;
  std::vector<NearMiss> near_misses;  // cross-document matches not made
  std::vector<InputWarning> warnings;
};

// One names table: canonical name -> other spellings ("Vienna talks" <- "Joint Commission").
// parley ships one (engine/timeline/data/aliases.yaml); users extend it with their own file.
class AliasTable {
 public:
  static AliasTable builtin();
  // Reads YAML of the form `canonical: [alias, alias]`. Throws std::runtime_error naming the file.
  static AliasTable load(const std::string& path);
  void add(std::string canonical, std::string alias);
  void merge(const AliasTable& other);
  // The canonical name for `name` (case-insensitive match of the whole name or of a word run in
  // it), or `name` itself when nothing matches.
  std::string canonical(std::string_view name) const;

 private:
  struct Entry {
    std::string alias_lower;
    std::string canonical;
  };
  std::vector<Entry> entries_;
};

struct TimelineInput {
  std::string id;
  std::string_view text;     // valid UTF-8
  std::optional<Dct> dct;
  std::string source;
  const TagResult* tags = nullptr;  // the tagger's output; when null, build_timeline tags the text
};

struct TimelineOptions {
  const AliasTable* aliases = nullptr;  // null: the built-in table
};

// Reads the documents and returns their joint timeline. Several documents are read one by one
// and merged (parley/timeline_merge.hpp): an event several of them report appears once.
Timeline build_timeline(std::span<const TimelineInput> documents, const TimelineOptions& = {});

// What `parley timeline` shows by default: the main events, with the relations and round lists
// that name only them. Ids are kept, so they match the `--all` output.
void drop_background(Timeline&);

std::string_view to_string(EventKind);
std::string_view to_string(Phase);
std::string_view to_string(Tense);
std::string_view to_string(RelationType);
std::string_view to_string(Order);
std::string_view to_string(Salience);

}  // namespace parley
