// The tagging pipeline: recognize (scanner), resolve in document order (resolver), then report
// spans in bytes and code points.
#include "parley/tagger.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "engine/tagger/day_part_links.hpp"
#include "engine/tagger/ranges.hpp"
#include "engine/tagger/resolver.hpp"
#include "engine/tagger/scanner.hpp"
#include "engine/tagger/zone_links.hpp"
#include "grammar/lexicon_ids.hpp"

namespace parley {
namespace {

// Code-point offsets of byte offsets, for offsets visited in increasing order: one pass.
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view text) : text_(text) {}
  std::size_t at(std::size_t byte) {
    const std::size_t stop = std::min(byte, text_.size());
    // eight bytes at a time: a continuation byte is 10xxxxxx, bit 7 set and bit 6 clear
    for (; pos_ + 8 <= stop; pos_ += 8) {
      std::uint64_t x;
      std::memcpy(&x, text_.data() + pos_, 8);
      const std::uint64_t continuation = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;  // 1 per byte
      count_ += 8 - static_cast<std::size_t>((continuation * 0x0101010101010101ull) >> 56);
    }
    for (; pos_ < stop; ++pos_)
      if ((static_cast<unsigned char>(text_[pos_]) & 0xC0) != 0x80) ++count_;
    return count_;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0, count_ = 0;
};

EventOrdinal::Kind ordinal_kind(ast::OrdinalKind k) {
  switch (k) {
    case ast::OrdinalKind::Latest: return EventOrdinal::Kind::Latest;
    case ast::OrdinalKind::Next: return EventOrdinal::Kind::Next;
    case ast::OrdinalKind::Previous: return EventOrdinal::Kind::Previous;
    case ast::OrdinalKind::Final: return EventOrdinal::Kind::Final;
    case ast::OrdinalKind::First: return EventOrdinal::Kind::First;
    case ast::OrdinalKind::Number: break;
  }
  return EventOrdinal::Kind::Number;
}

}  // namespace

TagResult tag(std::string_view text, const std::optional<Dct>& dct, const TagOptions& options) {
  TagResult result;
  auto mentions = engine::scan(text);
  engine::prepare_range_ends(text, mentions);
  engine::Resolver resolver(text, dct);
  std::vector<std::string_view> rules;  // the grammar rule of each timex, for the range pairing
  CodePointCounter cp(text);
  int next_id = 1;
  for (const auto& m : mentions) {
    Span span{m.begin, m.end, 0, 0};
    span.cp_begin = cp.at(m.begin);
    span.cp_end = cp.at(m.end);
    const std::string_view covered = text.substr(m.begin, m.end - m.begin);
    if (m.expr.family == ast::Family::Ordinal) {
      if (!options.emit_ordinals) continue;
      EventOrdinal o;
      o.span = span;
      o.text = std::string(covered);
      o.kind = ordinal_kind(m.expr.ordinal_kind);
      o.number = m.expr.ordinal == ast::absent ? 0 : m.expr.ordinal;
      if (o.kind == EventOrdinal::Kind::Number && o.number == 1) o.kind = EventOrdinal::Kind::First;
      if (m.expr.ordinal_noun >= 0) o.noun = grammar::negotiation_noun_names[m.expr.ordinal_noun];
      result.ordinals.push_back(std::move(o));
      continue;
    }
    Timex t;
    t.id = "t" + std::to_string(next_id++);
    t.span = span;
    t.text = std::string(covered);
    t.time = resolver.resolve(m, t.id);
    result.timexes.push_back(std::move(t));
    rules.push_back(m.expr.rule);
  }
  engine::link_local_times(text, dct, result.timexes);
  engine::link_parts_of_day(text, result.timexes);
  result.ranges = engine::pair_ranges(text, result.timexes, rules, next_id, dct);
  return result;
}

}  // namespace parley
