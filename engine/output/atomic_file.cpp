// The temporary file sits beside the final target (symbolic links resolved) so the rename stays
// within one file system, where POSIX makes it atomic.
#include "parley/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "engine/output/temporary_files.hpp"

namespace fs = std::filesystem;

namespace parley {
namespace {

[[noreturn]] void fail(const fs::path& target, std::string_view what, int error) {
  throw OutputError(fmt::format("{}: {}: {}", target.string(), what, std::strerror(error)));
}

[[noreturn]] void fail(const fs::path& target, std::string_view what) {
  throw OutputError(fmt::format("{}: {}", target.string(), what));
}

// The file a chain of symbolic links ends at (which may not exist yet: `-o link` where the link
// dangles creates its target).
fs::path final_target(const fs::path& target) {
  fs::path p = target;
  for (int hops = 0; hops < 40; ++hops) {  // Linux's own limit on links followed
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return p;
    std::string link(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : PATH_MAX), '\0');
    const auto n = ::readlink(p.c_str(), link.data(), link.size());
    if (n < 0) fail(target, "cannot read the symbolic link", errno);
    link.resize(static_cast<std::size_t>(n));
    const fs::path next(link);
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  fail(target, "cannot follow", ELOOP);
}

std::optional<struct stat> existing(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return std::nullopt;
  return st;
}

// Refuses what the user may not (or should not) write. Root passes access(2) for every file, so
// a file without any write bit is refused outright: it was made read-only on purpose.
void check_writable(const fs::path& target, const struct stat& st) {
  if (S_ISDIR(st.st_mode)) fail(target, "is a directory");
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0) fail(target, "is read-only (no write permission); not replaced");
  if (::faccessat(AT_FDCWD, target.c_str(), W_OK, AT_EACCESS) != 0) fail(target, "cannot write", errno);
}

void write_all(int fd, const fs::path& target, std::string_view content) {
  while (!content.empty()) {
    const auto n = ::write(fd, content.data(), content.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(target, "cannot write", errno);
    content.remove_prefix(static_cast<std::size_t>(n));
  }
}

// A device, FIFO or socket: opened and written in place, never truncated or replaced.
void write_through(const fs::path& target, std::string_view content) {
  const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) fail(target, "cannot open", errno);
  try {
    write_all(fd, target, content);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) fail(target, "cannot close", errno);
}

class TemporaryFile {
 public:
  explicit TemporaryFile(const fs::path& target) : target_(target) {
    const auto dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    path_ = fmt::format("{}/.{}.XXXXXX", dir.string(), target.filename().string());
    fd_ = output::create_registered_temporary(path_);
    if (fd_ < 0) {
      const int error = errno;
      path_.clear();
      fail(target, "cannot create a temporary file beside it", error);
    }
  }
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!path_.empty()) output::remove_registered_temporary(path_);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  // mkstemp creates the file 0600: give it the replaced file's mode and owner, or the mode a
  // plain new file gets under the umask.
  void take_attributes(const std::optional<struct stat>& replaced) {
    if (replaced) {
      // may fail without privilege: then the group alone, then nothing (the mode still holds)
      if (::fchown(fd_, replaced->st_uid, replaced->st_gid) != 0) (void)::fchown(fd_, static_cast<uid_t>(-1), replaced->st_gid);
      if (::fchmod(fd_, replaced->st_mode & 07777) != 0) fail(target_, "cannot set permissions", errno);
      return;
    }
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(fd_, 0666 & ~mask) != 0) fail(target_, "cannot set permissions", errno);
  }

  void write_and_sync(std::string_view content) {
    write_all(fd_, target_, content);
    if (::fsync(fd_) != 0) fail(target_, "cannot sync", errno);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail(target_, "cannot close", errno);
  }

  void rename_onto_target() {
    if (output::rename_registered_temporary(path_, target_.c_str()) != 0)
      fail(target_, "cannot rename the temporary file onto it", errno);
    path_.clear();  // it is the target now
  }

 private:
  fs::path target_;
  std::string path_;
  int fd_ = -1;
};

}  // namespace

void write_file_atomically(const fs::path& requested, std::string_view content) {
  const fs::path target = final_target(requested);
  const auto st = existing(target);
  if (st) {
    check_writable(requested, *st);
    if (!S_ISREG(st->st_mode)) return write_through(requested, content);
  }
  TemporaryFile temporary(target);
  temporary.take_attributes(st);
  temporary.write_and_sync(content);
  temporary.rename_onto_target();
}

void refuse_overwriting_inputs(const fs::path& target, std::span<const std::string> inputs) {
  const auto out = existing(target);  // stat follows symbolic links
  if (!out || !S_ISREG(out->st_mode)) return;  // a new file, or a device written through
  for (const auto& input : inputs) {
    if (input == "-") continue;
    const auto in = existing(input);
    if (in && in->st_dev == out->st_dev && in->st_ino == out->st_ino)
      fail(target, fmt::format("is the input {}; not overwritten", input));
  }
}

}  // namespace parley
