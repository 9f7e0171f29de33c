#include "engine/cli/shared_options.hpp"

#include <iostream>
#include <sstream>
#include <string>

#include "parley/atomic_file.hpp"
#include "parley/batch_line.hpp"
#include "parley/emit.hpp"

namespace parley::cli {

const CLI::Validator& dct_validator() {
  static const CLI::Validator validator(
      [](std::string& text) -> std::string {
        return parse_dct(text) ? "" : "'" + text + "' is not a date YYYY-MM-DD[THH:MM[:SS]]";
      },
      "YYYY-MM-DD[THH:MM[:SS]]");
  return validator;
}

int run_jsonl_batch(const std::function<void(const Document&)>& answer) {
  std::ios::sync_with_stdio(false);  // lines of many megabytes: no per-character sync with stdio
  std::string line;
  for (std::size_t number = 1; std::getline(std::cin, line); ++number) {
    const BatchLine request = read_batch_line(line, number);
    if (!request.document) {
      emit_jsonl_error(std::cout, request.id, request.error);
      continue;
    }
    try {
      answer(*request.document);
    } catch (const std::exception& e) {  // one document the engine chokes on must not end the batch
      emit_jsonl_error(std::cout, request.id, "line " + std::to_string(number) + ": " + e.what());
    }
  }
  return exit_ok;
}

Document load_input(const std::string& file, const LoadOptions& options) {
  if (file != "-") return load_document(file, options);
  std::ostringstream bytes;
  bytes << std::cin.rdbuf();
  return parse_document(std::move(bytes).str(), "-", options);
}

int deliver(const std::string& output_path, std::string_view content) {
  if (output_path.empty()) {
    std::cout << content;
    return exit_ok;
  }
  try {
    write_file_atomically(output_path, content);
  } catch (const OutputError& e) {
    std::cerr << "parley: " << e.what() << '\n';
    return exit_bad_input;
  }
  return exit_ok;
}

}  // namespace parley::cli
