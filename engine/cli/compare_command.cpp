#include "engine/cli/not_built_yet.hpp"

namespace parley::cli {

Command register_compare(CLI::App& app) {
  return register_not_built_yet(app, "compare", "Compare the timelines of several reports of the same events");
}

}  // namespace parley::cli
