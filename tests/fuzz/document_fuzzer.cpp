// libFuzzer target: arbitrary bytes as a document file, plain/front matter and TimeML, and as a
// line of the batch protocol. Bad input must end in InputError (or an error line), nothing else.
#include <cstddef>
#include <cstdint>
#include <string>

#include "parley/batch_line.hpp"
#include "parley/document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const char* path : {"fuzz.txt", "fuzz.tml"}) {
    try {
      parley::parse_document(bytes, path);
    } catch (const parley::InputError&) {
    }
  }
  parley::read_batch_line(bytes, 1);
  return 0;
}
