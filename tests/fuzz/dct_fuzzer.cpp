// libFuzzer target: arbitrary bytes as a document creation time (--dct, front matter, JSON).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parley/dct.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::parse_dct(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
