// The parley command line: a thin shell that wires the subcommands (each in its own file) and
// turns command-line mistakes into one line on standard error and exit status 2.
#include <iostream>
#include <string>
#include <utility>

#include "engine/cli/commands.hpp"
#include "engine/cli/standard_output.hpp"
#include "parley/version.hpp"

namespace {

// CLI11's own message spans two lines; parley's errors are one line each.
std::string one_line_failure(const CLI::App* app, const CLI::Error& e) {
  std::string help = "parley";
  for (auto* sub : app->get_subcommands()) help += " " + sub->get_name();
  return "parley: " + std::string(e.what()) + " (see '" + help + " --help')\n";
}

int run_parley(int argc, char** argv) {
  namespace cli = parley::cli;
  CLI::App app{"parley: finds time expressions in English news, resolves them against the document "
               "creation time and builds event timelines.",
               "parley"};
  app.set_version_flag("--version", std::string("parley ") + parley::version);
  app.require_subcommand(1);
  app.failure_message(one_line_failure);

  const std::pair<const char*, cli::Command> commands[] = {
      {"tag", cli::register_tag(app)},
      {"timeline", cli::register_timeline(app)},
      {"compare", cli::register_compare(app)},
      {"export", cli::register_export(app)},
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Prints the help, the version, or the one-line failure; --help and --version give 0.
    return app.exit(e) == 0 ? cli::exit_ok : cli::exit_usage;
  }
  for (const auto& [name, run] : commands)
    if (app.got_subcommand(name)) return run();
  return cli::exit_usage;
}

}  // namespace

int main(int argc, char** argv) {
  parley::cli::check_standard_output();
  const int status = run_parley(argc, argv);
  return parley::cli::finish_standard_output(status);
}
