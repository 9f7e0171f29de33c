#pragma once
// Standard output with every write checked. std::cout is pointed at a buffer that writes with
// write(2) and remembers the first failure; after it, nothing more is written. At the end the
// command's status becomes 1, with one line on standard error, when any write or the final
// flush or close failed (`parley tag x > /dev/full`).
//
// A broken pipe (`parley tag big.txt | head -1`) is not an error worth a line: with SIGPIPE at
// its default the kernel ends the process quietly (status 141 in the shell, like cat or grep);
// when the parent ignores SIGPIPE the write fails with EPIPE instead, and parley exits quietly
// with the same status 141.
namespace parley::cli {

inline constexpr int exit_broken_pipe = 128 + 13;  // what the shell reports for SIGPIPE

// Replaces std::cout's buffer; call once, first thing in main.
void check_standard_output();

// Whether standard output still accepts writes (false after a failed write: stop producing).
bool standard_output_ok();

// Flushes and closes standard output. Returns `status` when everything was written, otherwise
// exit_bad_input (after one line on standard error) or exit_broken_pipe (quietly).
int finish_standard_output(int status);

}  // namespace parley::cli
