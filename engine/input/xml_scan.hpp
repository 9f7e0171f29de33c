#pragma once
// A small tolerant XML scanner with exactly the behaviour of shared/eval/timeml2jsonl.py (its
// TOKEN_RE, tag_info, ATTR_RE and ENTITY_RE), so the text parley tags is character for character
// the text the scorers count offsets in, even in files with stray ampersands.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace parley::xml {

struct Token {
  enum class Kind : unsigned char { Text, Tag, Comment, CData, Instruction };
  Kind kind = Kind::Text;
  std::size_t begin = 0;  // byte offset in the scanned source
  std::string_view raw;
};

// Scans `source` from `from`; returns nullopt at the end. A '<' that never closes is skipped, as
// the Python scanner does.
std::optional<Token> next_token(std::string_view source, std::size_t from);

// For a Tag token: its name and whether it is a closing or self-closing tag. nullopt for
// declarations ("<!DOCTYPE ...>") and anything without a name; those carry no text either.
struct TagInfo {
  std::string_view name;
  bool closing = false;
  bool self_closing = false;
};
std::optional<TagInfo> tag_info(std::string_view tag);

// The decoded value of attribute `name` in a tag, or nullopt.
std::optional<std::string> attribute(std::string_view tag, std::string_view name);

// An entity reference at the start of `text` ("&amp;", "&#8217;", "&#x2019;"): its length in
// `text` and the UTF-8 it stands for. nullopt for anything else, including undeclared names,
// which stay in the text as written.
struct Entity {
  std::size_t length = 0;
  std::string decoded;
};
std::optional<Entity> entity_at(std::string_view text);

std::string decode_entities(std::string_view text);

bool equals_ignoring_case(std::string_view a, std::string_view b);

}  // namespace parley::xml
