#pragma once
// Each subcommand registers itself on the CLI11 app and returns the function to run when it was
// chosen. main.cpp only wires them together, so each command lives in its own file.
#include <functional>

#include <CLI/CLI.hpp>

namespace parley::cli {

using Command = std::function<int()>;  // returns the process exit status

// Exit statuses shared by every command.
inline constexpr int exit_ok = 0;
inline constexpr int exit_bad_input = 1;
inline constexpr int exit_usage = 2;
inline constexpr int exit_conflicts = 3;  // `compare` found conflicts
inline constexpr int exit_some_lines_failed = 4;  // `--jsonl`: some input lines got an error line

Command register_tag(CLI::App& app);       // tag_command.cpp
Command register_timeline(CLI::App& app);  // timeline_command.cpp
Command register_compare(CLI::App& app);   // compare_command.cpp
Command register_export(CLI::App& app);    // export_command.cpp

}  // namespace parley::cli
