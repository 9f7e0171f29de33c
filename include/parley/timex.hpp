#pragma once
// What the tagger reports for a document: time expressions (TIMEX3) and event ordinals.

#include <cstddef>
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

struct TagResult {
  std::vector<Timex> timexes;          // document order, non-overlapping
  std::vector<EventOrdinal> ordinals;  // document order
};

}  // namespace parley
