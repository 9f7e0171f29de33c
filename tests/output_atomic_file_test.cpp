#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "parley/atomic_file.hpp"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class AtomicFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("parley-atomic-" + std::to_string(::getpid()));
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }
  fs::path dir;
};

}  // namespace

TEST_F(AtomicFile, WritesAndReplacesLeavingNoTemporaryFile) {
  const fs::path target = dir / "out.yaml";
  parley::write_file_atomically(target, "first\n");
  EXPECT_EQ(read(target), "first\n");
  parley::write_file_atomically(target, "second\n");
  EXPECT_EQ(read(target), "second\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 1);
}

TEST_F(AtomicFile, FailureLeavesNothingBehind) {
  const fs::path target = dir / "missing-dir" / "out.yaml";
  try {
    parley::write_file_atomically(target, "content");
    FAIL() << "wrote into a missing directory";
  } catch (const parley::OutputError& e) {
    EXPECT_NE(std::string(e.what()).find(target.string() + ": cannot create a temporary file"), std::string::npos);
  }
  EXPECT_FALSE(fs::exists(target));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 0);
}

TEST_F(AtomicFile, RenameOntoADirectoryFailsAndCleansUp) {
  fs::create_directories(dir / "taken");
  EXPECT_THROW(parley::write_file_atomically(dir / "taken", "content"), parley::OutputError);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 1);  // only "taken"
}

// SIGTERM while the temporary file is being written: the handler removes it and the process
// still dies of the signal. The child writes a large file so the signal lands mid-write; a run
// where the write finished first proves nothing and is tried again.
TEST_F(AtomicFile, SignalRemovesTheTemporaryFile) {
  const fs::path target = dir / "big.yaml";
  for (int attempt = 0; attempt < 5; ++attempt) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      const std::string content(512u << 20, 'x');
      try {
        parley::write_file_atomically(target, content);
      } catch (...) {
        ::_exit(2);
      }
      ::_exit(0);
    }
    bool seen = false;
    for (int i = 0; i < 20000 && !seen; ++i) {
      for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().filename().string().starts_with(".big.yaml.")) seen = true;
      if (!seen) ::usleep(100);
    }
    if (seen) ::kill(child, SIGTERM);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!seen || !WIFSIGNALED(status)) {  // finished before the signal: nothing was tested
      fs::remove(target);
      continue;
    }
    EXPECT_EQ(WTERMSIG(status), SIGTERM);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 0) << "temporary file left behind";
    return;
  }
  FAIL() << "the write always finished before the signal";
}
