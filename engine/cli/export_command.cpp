#include "engine/cli/not_built_yet.hpp"

namespace parley::cli {

Command register_export(CLI::App& app) {
  return register_not_built_yet(app, "export", "Export a timeline to other formats");
}

}  // namespace parley::cli
