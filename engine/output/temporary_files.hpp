#pragma once
// Temporary output files that a fatal signal must not leave behind. The registry is a fixed
// table of path buffers so the signal handler only reads memory and calls unlink(2), both
// async-signal-safe; registration blocks the signals so the handler never sees a half-written
// slot.
#include <string>

namespace parley::output {

// Creates a temporary file from `pattern` (mkstemp's XXXXXX form, changed in place) and
// registers it, with SIGINT, SIGTERM and SIGHUP blocked in between so no signal can leave it
// unregistered. Returns the descriptor, or -1 with errno set. The handlers are installed on the
// first call; a signal the process ignores (nohup) stays ignored.
int create_registered_temporary(std::string& pattern);

// Renames the registered temporary `path` onto `target` and unregisters it, with the signals
// blocked: the handler never unlinks the file once it has become the target. Returns rename's
// result (errno set on failure; the file stays registered).
int rename_registered_temporary(const std::string& path, const char* target);

// Unlinks the registered temporary `path` and unregisters it.
void remove_registered_temporary(const std::string& path);

}  // namespace parley::output
