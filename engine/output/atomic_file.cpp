// The temporary file sits beside the target so the final rename stays within one file system,
// where POSIX makes it atomic.
#include "parley/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fmt/format.h>

namespace parley {
namespace {

class TemporaryFile {
 public:
  explicit TemporaryFile(const std::filesystem::path& target) {
    const auto dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    path_ = fmt::format("{}/.{}.XXXXXX", dir.string(), target.filename().string());
    fd_ = ::mkstemp(path_.data());
    if (fd_ < 0) fail(target, "cannot create a temporary file beside it");
  }
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  void write_and_sync(const std::filesystem::path& target, std::string_view content) {
    while (!content.empty()) {
      const auto n = ::write(fd_, content.data(), content.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) fail(target, "cannot write");
      content.remove_prefix(static_cast<std::size_t>(n));
    }
    // mkstemp creates the file 0600; give it the permissions a plain new file would get.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(fd_, 0666 & ~mask) != 0) fail(target, "cannot set permissions");
    if (::fsync(fd_) != 0) fail(target, "cannot sync");
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail(target, "cannot close");
  }

  void rename_to(const std::filesystem::path& target) {
    if (std::rename(path_.c_str(), target.c_str()) != 0) fail(target, "cannot rename the temporary file onto it");
    path_.clear();  // it is the target now
  }

 private:
  [[noreturn]] static void fail(const std::filesystem::path& target, std::string_view what) {
    throw OutputError(fmt::format("{}: {}: {}", target.string(), what, std::strerror(errno)));
  }

  std::string path_;
  int fd_ = -1;
};

}  // namespace

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
  TemporaryFile temporary(target);
  temporary.write_and_sync(target, content);
  temporary.rename_to(target);
}

}  // namespace parley
