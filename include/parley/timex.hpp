#pragma once
// What the tagger reports for a document: time expressions (TIMEX3) and event ordinals.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "parley/resolved_time.hpp"

namespace parley {

// A span of the input. Byte offsets into the UTF-8 text and the same span in Unicode code points
// (what the JSON lines protocol and the TempEval scorers count). End exclusive.
struct Span {
  std::size_t begin = 0, end = 0;        // bytes
  std::size_t cp_begin = 0, cp_end = 0;  // code points
  friend bool operator==(const Span&, const Span&) = default;
};

struct Timex {
  std::string id;    // "t1", "t2", ... in document order (t0 is the DCT)
  Span span;
  std::string text;  // the covered text, verbatim
  ResolvedTime time;
};

// "the fourth round", "round four", "the latest round", "the first meeting": the position of an
// event in a series. Not a TIMEX3; the timeline engine orders rounds with it.
struct EventOrdinal {
  enum class Kind : unsigned char { Number, Latest, Next, Previous, Final, First };
  Span span;
  std::string text;
  Kind kind = Kind::Number;
  int number = 0;    // for Kind::Number (and First = 1)
  std::string noun;  // "round", "meeting", "session", ... as written (lowercase, singular)
};

// "September 13-15", "from Monday to Wednesday", "between 3 and 5 p.m.", "1987/88": two timexes
// that are the ends of one stretch of time. Each end stays its own timex with its own value; the
// range is TimeML's non-consuming DURATION between them (beginPoint, endPoint). Both ends are
// inclusive: the range holds every instant of each end (a day end runs through 23:59:59, a month
// through its last day), so `earliest` is the first end's and `latest` the last end's.
struct TimexRange {
  std::string id;                // the DURATION's id, numbered after every consuming timex
  std::size_t first = 0, last = 0;  // indices of the ends in TagResult::timexes
  Span span;                     // from the first end's start to the last end's end
  std::string text;              // the covered text, verbatim ("September 13-15")
  std::string value;             // TIMEX3 duration value: "P3D", "PT2H", "P2Y"
  std::optional<Instant> earliest, latest;  // absent when the ends have no bounds (no DCT)
  bool begin_inclusive = true, end_inclusive = true;
};

struct TagResult {
  std::vector<Timex> timexes;          // document order, non-overlapping
  std::vector<EventOrdinal> ordinals;  // document order
  std::vector<TimexRange> ranges;      // in the order of their first ends
};

}  // namespace parley
