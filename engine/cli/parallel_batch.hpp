#pragma once
// The batch protocol on every core: N workers (the calling thread one of them) take turns
// reading runs of lines, answer them at once, and write the answers in input order. At most a
// window of lines is in flight, so memory stays bounded whatever the input's size, and the
// output is the same bytes whatever N.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

namespace parley::cli {

// Answers one input line (1-based `number`): appends exactly one output line, with its '\n', to
// `out`, which arrives empty. Returns false when that line is an error line. Called from several
// threads at once; must not throw.
using LineAnswer = std::function<bool(std::string_view line, std::size_t number, std::string& out)>;

struct BatchCounts {
  std::size_t lines = 0;   // input lines answered
  std::size_t failed = 0;  // of which error lines
};

struct BatchRunOptions {
  unsigned jobs = 1;      // worker threads; 1 answers on the calling thread, with no other thread
  bool progress = false;  // a progress line on standard error, rewritten in place
  std::uintmax_t input_bytes = 0;  // the input's size for the progress line's ETA; 0: unknown
};

// The machine's cores (at least 1): the default of --jobs.
unsigned default_jobs();

// Whether standard error is a terminal: the progress line is shown only then.
bool progress_wanted();

// The bytes left to read on standard input when it is a regular file, else 0 (a pipe).
std::uintmax_t stdin_bytes_left();

// Reads `in` to its end and writes one answer per line to `out`, in input order. The output is
// flushed whenever no further answer is ready, so each line travels through a pipe at once.
BatchCounts answer_lines(std::istream& in, std::ostream& out, const LineAnswer& answer, const BatchRunOptions&);

}  // namespace parley::cli
