#pragma once
// Output files appear whole or not at all: a reader never sees half a file, and a failed or
// interrupted run leaves nothing behind.

#include <filesystem>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace parley {

class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes `content` to `target` so that it appears whole or not at all. Throws OutputError
// (naming the file and the reason); the target is then unchanged and no temporary file is left.
//  - A symbolic link is followed: its final target is replaced, the link stays a link.
//  - A regular file (or a new one) is written to a temporary file beside it, synced and renamed
//    over it; an existing file keeps its permission bits and, where the process may set them,
//    its owner and group.
//  - A device, FIFO or socket is written through in place (`-o /dev/stdout`, `-o fifo`): renaming
//    over it would replace it with a regular file.
//  - An existing file the user may not write is refused, as is one without any write permission
//    bit even for root (a careful tool does not overwrite a file marked read-only).
//  - SIGINT, SIGTERM and SIGHUP arriving while the temporary file exists remove it before the
//    process dies of the signal.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

// Throws OutputError when `target` (symbolic links followed) is the same file as one of `inputs`
// (same device and inode), so `-o` can never overwrite what is being read. "-" is standard input
// and never matches; inputs that do not exist are skipped.
void refuse_overwriting_inputs(const std::filesystem::path& target, std::span<const std::string> inputs);

}  // namespace parley
