#include "corpus.hpp"

#include <cstdlib>
#include <fstream>

#include "parley/batch_line.hpp"

namespace parley::bench {

Corpus load_corpus(const std::string& file, std::size_t limit) {
  const char* env = std::getenv("PARLEY_SHARED_DIR");
  std::ifstream in(std::string(env ? env : PARLEY_SHARED_DIR) + "/corpora/" + file);
  Corpus corpus;
  std::string line;
  for (std::size_t number = 1; corpus.articles.size() < limit && std::getline(in, line); ++number) {
    BatchLine parsed = read_batch_line(line, number);
    if (!parsed.document) continue;
    corpus.bytes += parsed.document->text.size();
    corpus.articles.push_back({parsed.id.value_or(""), std::move(parsed.document->text), parsed.document->dct});
  }
  return corpus;
}

}  // namespace parley::bench
