#pragma once
// The benchmark corpora: JSON lines of {"id", "text", "dct"} from ../shared/corpora, read through
// the batch protocol reader the CLI uses, so the texts are exactly what `parley tag --jsonl` sees.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "parley/dct.hpp"

namespace parley::bench {

struct Article {
  std::string id;
  std::string text;
  std::optional<Dct> dct;
};

struct Corpus {
  std::vector<Article> articles;
  std::size_t bytes = 0;  // of text
};

// The first `limit` usable lines of ../shared/corpora/<file>; empty when the folder is absent
// (PARLEY_SHARED_DIR overrides where it is looked for).
Corpus load_corpus(const std::string& file, std::size_t limit = static_cast<std::size_t>(-1));

}  // namespace parley::bench
