#pragma once
// A YAML front matter block at the top of a text file:
//   ---
//   dct: 2021-05-20
//   source: https://example.org/article
//   ---
// The document text starts on the line after the closing "---".

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "parley/dct.hpp"

namespace parley {

struct FrontMatter {
  std::optional<Dct> dct;  // absent, or `dct: null`
  std::string source;
  std::string id;
  std::size_t text_begin = 0;  // byte offset of the text after the block
};

// nullopt when `bytes` does not start with a "---" line. Throws InputError naming
// `name`:line:column when the block is not closed, is not YAML, is not a mapping, or has a dct
// that is not a date.
std::optional<FrontMatter> read_front_matter(std::string_view bytes, const std::string& name);

}  // namespace parley
