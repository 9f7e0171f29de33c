// libFuzzer target: arbitrary bytes through the tagger (grammar + resolver) and the timeline.
// tag() requires valid UTF-8, so other inputs are dropped the way the CLI rejects them.
// Checks what every caller relies on: spans inside the text, in order, not overlapping, and
// the reported text equal to the bytes the span covers.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "parley/dct.hpp"
#include "parley/tagger.hpp"
#include "parley/timeline.hpp"
#include "parley/utf8.hpp"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

void check_spans(std::string_view text, const parley::TagResult& result) {
  const std::size_t code_points = parley::utf8::code_point_count(text);
  std::size_t previous_end = 0;
  for (const auto& t : result.timexes) {
    check(t.span.begin < t.span.end && t.span.end <= text.size());
    check(t.span.begin >= previous_end);
    check(t.span.cp_begin < t.span.cp_end && t.span.cp_end <= code_points);
    check(text.substr(t.span.begin, t.span.end - t.span.begin) == t.text);
    check(!t.time.value.empty());
    previous_end = t.span.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (parley::utf8::find_invalid(text)) return 0;
  static const std::optional<parley::Dct> dct = parley::parse_dct("1998-08-07");
  const auto anchored = parley::tag(text, dct);
  check_spans(text, anchored);
  check_spans(text, parley::tag(text, std::nullopt));
  const parley::TimelineInput input{"fuzz", text, dct, "", &anchored};
  parley::build_timeline({&input, 1});
  return 0;
}
