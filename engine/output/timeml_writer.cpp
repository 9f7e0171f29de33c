// Inline XML cannot hold a timex that crosses an element boundary (a TIMEX3 ending inside an
// EVENT), so such timexes are left out and counted; everything else is nested where it fits:
// around the elements it covers, inside the ones that cover it.
#include "engine/output/timeml_writer.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace parley::output {
namespace {

using Piece = TimemlMarkup::Piece;

bool has_extent(const Piece& p) { return p.element_begin < p.element_end; }

// A tag of an element lying within [begin, end): the TIMEX3 goes around it.
bool within(const Piece& p, const Span& span) {
  return p.kind == Piece::Kind::Tag && has_extent(p) && p.element_begin >= span.begin && p.element_end <= span.end;
}

// Keeps the timexes inline XML can hold: in order, inside the text, not overlapping, and every
// element with a tag strictly inside the span lies wholly within it.
std::vector<const Timex*> placeable(const std::vector<Piece>& body, std::size_t text_size,
                                    const std::vector<Timex>& timexes) {
  std::vector<const Timex*> kept;
  std::size_t previous_end = 0, piece = 0;
  for (const Timex& timex : timexes) {
    const Span& s = timex.span;
    if (s.begin >= s.end || s.end > text_size || s.begin < previous_end) continue;
    while (piece < body.size() && body[piece].offset <= s.begin) ++piece;
    bool crosses = false;
    for (std::size_t i = piece; i < body.size() && body[i].offset < s.end; ++i)
      crosses |= body[i].kind == Piece::Kind::Tag && has_extent(body[i]) && !within(body[i], s);
    if (crosses) continue;
    kept.push_back(&timex);
    previous_end = s.end;
  }
  return kept;
}

class TimexInserter {
 public:
  // `after`: for each written timex (same order), the tags that follow its end tag.
  TimexInserter(std::vector<const Timex*> timexes, std::vector<std::string> after, std::string& out)
      : timexes_(std::move(timexes)), after_(std::move(after)), out_(out) {}

  // Writes the start and end tags due before `piece`.
  void before(const Piece& piece) {
    while (next_ < timexes_.size()) {
      const Span& s = timexes_[next_]->span;
      const bool due = open_ ? piece.offset > s.end || (piece.offset == s.end && !closes_within(piece, s))
                             : piece.offset > s.begin || (piece.offset == s.begin && (piece.kind != Piece::Kind::Tag || within(piece, s)));
      if (!due) return;
      toggle();
    }
  }

  // Writes a verbatim text piece, with the tags that fall inside it.
  void text(const Piece& piece) {
    std::size_t written = 0;
    while (next_ < timexes_.size()) {
      const Span& s = timexes_[next_]->span;
      const std::size_t boundary = (open_ ? s.end : s.begin) - piece.offset;
      if (boundary >= piece.raw.size()) break;
      out_.append(piece.raw, written, boundary - written);
      written = boundary;
      toggle();
    }
    out_.append(piece.raw, written);
  }

  void finish() {
    if (open_) toggle();
  }

 private:
  static bool closes_within(const Piece& p, const Span& s) { return p.closing && within(p, s); }

  void toggle() {
    if (open_) {
      out_ += "</TIMEX3>";
      out_ += after_[next_];
      ++next_;
    } else {
      out_ += timex3_start_tag(*timexes_[next_]);
    }
    open_ = !open_;
  }

  std::vector<const Timex*> timexes_;
  std::vector<std::string> after_;
  std::string& out_;
  std::size_t next_ = 0;
  bool open_ = false;
};

std::string time_id(const std::string& anchor) { return anchor == "dct" ? "t0" : anchor; }

// The non-consuming DURATION of each range whose ends are both written, after its last end.
std::vector<std::string> range_tags(const std::vector<const Timex*>& kept, const std::vector<Timex>& timexes,
                                    const std::vector<TimexRange>& ranges) {
  std::vector<std::string> after(kept.size());
  for (const TimexRange& r : ranges) {
    const auto first = std::find(kept.begin(), kept.end(), &timexes[r.first]);
    const auto last = std::find(kept.begin(), kept.end(), &timexes[r.last]);
    if (first == kept.end() || last == kept.end()) continue;
    after[static_cast<std::size_t>(last - kept.begin())] +=
        fmt::format(R"(<TIMEX3 tid="{}" type="DURATION" value="{}" beginPoint="{}" endPoint="{}"/>)",
                    escape_attribute(r.id), escape_attribute(r.value), escape_attribute(timexes[r.first].id),
                    escape_attribute(timexes[r.last].id));
  }
  return after;
}

}  // namespace

std::string escape_attribute(std::string_view value) {
  std::string out;
  for (const char c : value) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string timex3_start_tag(const Timex& timex) {
  const ResolvedTime& t = timex.time;
  std::string tag = fmt::format(R"(<TIMEX3 tid="{}" type="{}" value="{}")", escape_attribute(timex.id),
                                to_string(t.type), escape_attribute(t.value));
  auto attribute = [&](std::string_view name, const std::string& value) {
    if (!value.empty()) tag += fmt::format(R"( {}="{}")", name, escape_attribute(value));
  };
  attribute("mod", t.mod);
  attribute("quant", t.quant);
  attribute("freq", t.freq);
  if (t.anchor != "none") attribute("anchorTimeID", time_id(t.anchor));
  attribute("beginPoint", time_id(t.begin_point));
  attribute("endPoint", time_id(t.end_point));
  return tag + '>';
}

TimemlBody write_timeml_body(const std::vector<Piece>& body, std::size_t text_size, const std::vector<Timex>& timexes,
                             const std::vector<TimexRange>& ranges) {
  TimemlBody result;
  auto kept = placeable(body, text_size, timexes);
  result.dropped = timexes.size() - kept.size();
  result.written = kept;
  auto after = range_tags(kept, timexes, ranges);
  TimexInserter inserter(std::move(kept), std::move(after), result.xml);
  for (const Piece& piece : body) {
    inserter.before(piece);
    if (piece.kind == Piece::Kind::Text)
      inserter.text(piece);
    else
      result.xml += piece.raw;
  }
  inserter.finish();
  return result;
}

}  // namespace parley::output
