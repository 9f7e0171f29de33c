#pragma once
// Output files appear whole or not at all: a reader never sees half a file, and a failed run
// leaves nothing behind.

#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace parley {

class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes `content` to a temporary file in the target's directory, syncs it to disk and renames
// it over `target`. Throws OutputError (naming the file and the reason) and removes the
// temporary file when any step fails.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

}  // namespace parley
