#pragma once
// Subcommands that later issues build. They exist so `parley --help` shows the whole tool, and
// say plainly that they do nothing yet: no fake output.
#include <iostream>
#include <string>

#include "engine/cli/commands.hpp"

namespace parley::cli {

inline Command register_not_built_yet(CLI::App& app, const std::string& name, const std::string& description) {
  auto* command = app.add_subcommand(name, description + " (not built yet)");
  command->allow_extras();  // whatever arguments it will take, the answer is the same
  return [name] {
    std::cerr << "parley: '" << name << "' is not built yet\n";
    return exit_usage;
  };
}

}  // namespace parley::cli
