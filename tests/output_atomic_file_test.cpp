#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

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
