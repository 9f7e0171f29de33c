// The handler unlinks every registered path, restores the default action and raises the signal
// again, so the process still dies of it (exit status 128+N in the shell, as without parley).
#include "engine/output/temporary_files.hpp"

#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace parley::output {
namespace {

constexpr int handled_signals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr std::size_t slots = 8;  // parley writes one output at a time; a few spare

struct Slot {
  char path[PATH_MAX];
  volatile sig_atomic_t used;
};
std::array<Slot, slots> registry{};

extern "C" void remove_temporaries_and_die(int sig) {
  const int saved = errno;
  for (auto& s : registry)
    if (s.used) ::unlink(s.path);
  ::signal(sig, SIG_DFL);
  ::raise(sig);  // delivered when the handler returns (the signal is blocked while it runs)
  errno = saved;
}

void install_handlers_once() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (int sig : handled_signals) {
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    struct sigaction act {};
    act.sa_handler = remove_temporaries_and_die;
    ::sigemptyset(&act.sa_mask);
    for (int other : handled_signals) ::sigaddset(&act.sa_mask, other);
    ::sigaction(sig, &act, nullptr);
  }
}

// Blocks the handled signals for its lifetime.
class SignalsBlocked {
 public:
  SignalsBlocked() {
    sigset_t set;
    ::sigemptyset(&set);
    for (int sig : handled_signals) ::sigaddset(&set, sig);
    ::sigprocmask(SIG_BLOCK, &set, &old_);
  }
  ~SignalsBlocked() { ::sigprocmask(SIG_SETMASK, &old_, nullptr); }
  SignalsBlocked(const SignalsBlocked&) = delete;
  SignalsBlocked& operator=(const SignalsBlocked&) = delete;

 private:
  sigset_t old_;
};

void unregister(const std::string& path) {
  for (auto& s : registry)
    if (s.used && path == s.path) {
      s.used = 0;
      return;
    }
}

}  // namespace

int create_registered_temporary(std::string& pattern) {
  install_handlers_once();
  Slot* free_slot = nullptr;
  for (auto& s : registry)
    if (!s.used) { free_slot = &s; break; }
  if (free_slot == nullptr || pattern.size() >= PATH_MAX) {
    errno = free_slot == nullptr ? EMFILE : ENAMETOOLONG;
    return -1;
  }
  const SignalsBlocked blocked;
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) return -1;
  std::memcpy(free_slot->path, pattern.c_str(), pattern.size() + 1);
  free_slot->used = 1;
  return fd;
}

int rename_registered_temporary(const std::string& path, const char* target) {
  const SignalsBlocked blocked;
  const int result = std::rename(path.c_str(), target);
  if (result == 0) unregister(path);
  return result;
}

void remove_registered_temporary(const std::string& path) {
  const SignalsBlocked blocked;
  ::unlink(path.c_str());
  unregister(path);
}

}  // namespace parley::output
