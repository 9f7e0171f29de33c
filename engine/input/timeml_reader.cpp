// The text extraction follows shared/eval/timeml2jsonl.py step by step: the first <TEXT> up to
// the next </TEXT>, every tag dropped, entities decoded, CDATA kept as text. Original TIMEX3 tags
// inside <TEXT> are dropped from the kept markup (parley writes its own), except the DCT's.
#include "engine/input/timeml_reader.hpp"

#include <vector>

#include "engine/input/timeml_body.hpp"
#include "engine/input/xml_scan.hpp"
#include "parley/document.hpp"

namespace parley {
namespace {

using Piece = TimemlMarkup::Piece;

bool is_creation_time(std::string_view tag) {
  return xml::attribute(tag, "functionInDocument") == "CREATION_TIME";
}

// The DCT: the first CREATION_TIME TIMEX3 anywhere, else the text inside <DCT>.
std::optional<std::string> find_dct(std::string_view source) {
  std::string dct_text;
  bool in_dct = false;
  for (auto t = xml::next_token(source, 0); t; t = xml::next_token(source, t->begin + t->raw.size())) {
    if (t->kind == xml::Token::Kind::Text) {
      if (in_dct) dct_text += t->raw;
      continue;
    }
    const auto info = t->kind == xml::Token::Kind::Tag ? xml::tag_info(t->raw) : std::nullopt;
    if (!info) continue;
    if (xml::equals_ignoring_case(info->name, "DCT")) in_dct = !info->closing && !info->self_closing;
    if (!info->closing && xml::equals_ignoring_case(info->name, "TIMEX3") && is_creation_time(t->raw))
      return xml::attribute(t->raw, "value");
  }
  auto decoded = xml::decode_entities(dct_text);
  const auto first = decoded.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return std::nullopt;
  return decoded.substr(first, decoded.find_last_not_of(" \t\r\n") + 1 - first);
}

// Pairs the kept tags of the body so each knows the text extent of its element.
class ElementPairing {
 public:
  explicit ElementPairing(std::vector<Piece>& body) : body_(body) {}

  void add(std::string_view name, bool closing, bool self_closing) {
    const std::size_t index = body_.size() - 1;
    Piece& tag = body_[index];
    tag.element_begin = tag.element_end = tag.offset;
    tag.closing = closing;
    if (self_closing || name.empty()) return;
    if (!closing) {
      open_.push_back({std::string(name), index});
      return;
    }
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      if (it->name != name) continue;
      Piece& opener = body_[it->index];
      opener.element_end = tag.offset;
      tag.element_begin = opener.offset;
      open_.erase(std::next(it).base(), open_.end());
      return;
    }
  }

 private:
  struct Open {
    std::string name;
    std::size_t index;
  };
  std::vector<Piece>& body_;
  std::vector<Open> open_;
};

void read_body(std::string_view body, TimemlFile& file) {
  ElementPairing pairing(file.markup.body);
  TimemlBodyBuilder text(file.text, file.markup.body);
  std::vector<bool> timex_kept;  // open TIMEX3 tags: is this one kept (the DCT's)?
  std::vector<std::size_t> replaced_open;  // open replaced TIMEX3 tags: index in replaced_timexes
  for (auto t = xml::next_token(body, 0); t; t = xml::next_token(body, t->begin + t->raw.size())) {
    switch (t->kind) {
      case xml::Token::Kind::Text: text.character_data(t->raw); continue;
      case xml::Token::Kind::CData: text.escaped(t->raw.substr(9, t->raw.size() - 12)); continue;
      default: break;
    }
    const auto info = t->kind == xml::Token::Kind::Tag ? xml::tag_info(t->raw) : std::nullopt;
    if (info && xml::equals_ignoring_case(info->name, "TIMEX3")) {
      bool keep = false;
      auto& replaced = file.markup.replaced_timexes;
      if (info->closing) {
        if (!timex_kept.empty()) keep = timex_kept.back(), timex_kept.pop_back();
        if (!keep && !replaced_open.empty()) {
          replaced[replaced_open.back()].end = file.text.size();
          replaced_open.pop_back();
        }
      } else {
        keep = is_creation_time(t->raw);
        if (!info->self_closing) timex_kept.push_back(keep);
        if (!keep) {
          if (!info->self_closing) replaced_open.push_back(replaced.size());
          replaced.push_back({xml::attribute(t->raw, "tid").value_or(""), file.text.size(), file.text.size()});
        }
      }
      if (!keep) continue;
    }
    file.markup.body.push_back({Piece::Kind::Tag, file.text.size(), std::string(t->raw)});
    pairing.add(info ? info->name : std::string_view{}, info && info->closing, info && info->self_closing);
  }
}

}  // namespace

TimemlFile read_timeml(std::string_view source, const std::string& name) {
  std::optional<std::size_t> body_begin, body_end;
  for (auto t = xml::next_token(source, 0); t; t = xml::next_token(source, t->begin + t->raw.size())) {
    if (t->kind != xml::Token::Kind::Tag) continue;
    const auto info = xml::tag_info(t->raw);
    if (!info || !xml::equals_ignoring_case(info->name, "TEXT")) continue;
    if (!info->closing && !body_begin) {
      body_begin = t->begin + t->raw.size();
    } else if (info->closing && body_begin) {
      body_end = t->begin;
      break;
    }
  }
  if (!body_begin || !body_end) throw InputError(name + ": TimeML file has no complete <TEXT> element");

  TimemlFile file;
  file.dct = find_dct(source);
  file.markup.head = std::string(source.substr(0, *body_begin));
  file.markup.tail = std::string(source.substr(*body_end));
  read_body(source.substr(*body_begin, *body_end - *body_begin), file);
  return file;
}

}  // namespace parley
