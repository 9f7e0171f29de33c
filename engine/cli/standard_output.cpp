#include "engine/cli/standard_output.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <streambuf>

#include "engine/cli/commands.hpp"

namespace parley::cli {
namespace {

class CheckedBuffer : public std::streambuf {
 public:
  CheckedBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n <= epptr() - pptr()) {  // fits: buffer it
      std::memcpy(pptr(), s, static_cast<std::size_t>(n));
      pbump(static_cast<int>(n));
      return n;
    }
    if (!drain() || !write_all(s, static_cast<std::size_t>(n))) return 0;  // large: straight through
    return n;
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    const auto pending = static_cast<std::size_t>(pptr() - pbase());
    setp(buffer_, buffer_ + sizeof buffer_);
    return write_all(buffer_, pending);
  }
  bool write_all(const char* s, std::size_t n) {
    if (error_ != 0) return false;  // the first failure stands; later output is dropped
    while (n > 0) {
      const auto w = ::write(STDOUT_FILENO, s, n);
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) {
        error_ = errno;
        return false;
      }
      s += w;
      n -= static_cast<std::size_t>(w);
    }
    return true;
  }

  char buffer_[1 << 16];
  int error_ = 0;
};

CheckedBuffer& buffer() {
  static auto* b = new CheckedBuffer;  // never destroyed: std::cout may flush into it at exit
  return *b;
}

}  // namespace

void check_standard_output() {
  // Leaving stdio sync later would give std::cout a new buffer and undo this one, so it is left
  // here, first (the batch loop wants it anyway: lines of many megabytes, no per-character sync).
  std::ios::sync_with_stdio(false);
  std::cout.rdbuf(&buffer());
}

bool standard_output_ok() { return buffer().error() == 0; }

int finish_standard_output(int status) {
  std::cout.flush();
  int error = buffer().error();
  if (error == 0 && ::close(STDOUT_FILENO) != 0 && errno != EBADF) error = errno;  // NFS reports late
  if (error == 0) return status;
  if (error == EPIPE) return exit_broken_pipe;
  std::cerr << "parley: standard output: cannot write: " << std::strerror(error) << '\n';
  return exit_bad_input;
}

}  // namespace parley::cli
