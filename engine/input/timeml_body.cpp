// Raw pieces are verbatim text or one entity reference each, so the writer can cut the text at
// any character without breaking a reference.
#include "engine/input/timeml_body.hpp"

#include "engine/input/xml_scan.hpp"

namespace parley {

using Piece = TimemlMarkup::Piece;

void TimemlBodyBuilder::verbatim(std::string_view raw) {
  if (raw.empty()) return;
  if (body_.empty() || body_.back().kind != Piece::Kind::Text) body_.push_back({Piece::Kind::Text, text_.size(), {}});
  body_.back().raw += raw;
  text_ += raw;
}

void TimemlBodyBuilder::entity(std::string_view raw, std::string_view decoded) {
  body_.push_back({Piece::Kind::Entity, text_.size(), std::string(raw)});
  text_ += decoded;
}

void TimemlBodyBuilder::character_data(std::string_view raw) {
  std::size_t plain_begin = 0;
  for (std::size_t i = 0; i < raw.size();) {
    const auto found = raw[i] == '&' ? xml::entity_at(raw.substr(i)) : std::nullopt;
    if (!found) {
      ++i;
      continue;
    }
    verbatim(raw.substr(plain_begin, i - plain_begin));
    entity(raw.substr(i, found->length), found->decoded);
    i += found->length;
    plain_begin = i;
  }
  verbatim(raw.substr(plain_begin));
}

void TimemlBodyBuilder::escaped(std::string_view text) {
  std::size_t plain_begin = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char* reference = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : nullptr;
    if (!reference) continue;
    verbatim(text.substr(plain_begin, i - plain_begin));
    entity(reference, text.substr(i, 1));
    plain_begin = i + 1;
  }
  verbatim(text.substr(plain_begin));
}

}  // namespace parley
