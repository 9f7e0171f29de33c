#pragma once
// Puts TIMEX3 tags into a TimeML body made of raw pieces (parley/timeml_markup.hpp), nesting each
// one inside or around the elements already there.

#include <cstddef>
#include <string>
#include <vector>

#include "parley/timeml_markup.hpp"
#include "parley/timex.hpp"

namespace parley::output {

struct TimemlBody {
  std::string xml;
  std::size_t dropped = 0;  // timexes that overlap another one or cross an existing element
  std::vector<const Timex*> written;  // the others, in the XML
};

// `text_size` is the size of the decoded text the pieces stand for. A range whose two ends are
// both written follows its last end as a non-consuming DURATION (TimeML's own pattern):
// <TIMEX3 tid="t3" type="DURATION" value="P3D" beginPoint="t1" endPoint="t2"/>.
TimemlBody write_timeml_body(const std::vector<TimemlMarkup::Piece>& body, std::size_t text_size,
                             const std::vector<Timex>& timexes, const std::vector<TimexRange>& ranges = {});

// The TIMEX3 start tag parley writes for a timex ("dct" anchors become t0).
std::string timex3_start_tag(const Timex&);

std::string escape_attribute(std::string_view);

}  // namespace parley::output
