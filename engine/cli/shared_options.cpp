#include "engine/cli/shared_options.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "engine/cli/parallel_batch.hpp"
#include "parley/atomic_file.hpp"
#include "parley/batch_answer.hpp"
#include "parley/emit.hpp"
#include "engine/cli/standard_output.hpp"

namespace parley::cli {

const CLI::Validator& dct_validator() {
  static const CLI::Validator validator(
      [](std::string& text) -> std::string {
        return parse_dct(text) ? "" : "'" + text + "' is not a date YYYY-MM-DD[THH:MM[:SS]]";
      },
      "YYYY-MM-DD[THH:MM[:SS]]");
  return validator;
}

int run_jsonl_batch(const DocumentAnswer& answer, unsigned jobs) {
  std::ios::sync_with_stdio(false);  // lines of many megabytes: no per-character sync with stdio
  const LineAnswer answer_line = [&](std::string_view line, std::size_t number, std::string& out) {
    return answer_batch_line(line, number, answer, out);
  };
  BatchRunOptions options;
  options.jobs = jobs;
  options.progress = progress_wanted();
  if (options.progress) options.input_bytes = stdin_bytes_left();
  const BatchCounts counts = answer_lines(std::cin, std::cout, answer_line, options);
  return batch_status(counts.failed, counts.lines);
}

int batch_status(std::size_t failed, std::size_t total) {
  if (failed == 0) return exit_ok;
  std::cerr << "parley: " << failed << " of " << total << " input line(s) failed (an \"error\" line each)\n";
  return exit_some_lines_failed;
}

void make_ids_distinct(std::vector<Document>& docs) {
  std::map<std::pair<dev_t, ino_t>, const Document*> files;
  for (const Document& d : docs) {
    struct stat st {};
    if (d.path == "-" || ::stat(d.path.c_str(), &st) != 0) continue;
    const auto [it, fresh] = files.emplace(std::pair(st.st_dev, st.st_ino), &d);
    if (!fresh)
      std::cerr << "parley: warning: " << d.path << ": the same file as " << it->second->path
                << ", given twice\n";
  }
  std::map<std::string, std::size_t> uses;
  for (const Document& d : docs) ++uses[d.id];
  std::set<std::string> taken;
  for (const Document& d : docs)
    if (uses[d.id] == 1) taken.insert(d.id);
  for (Document& d : docs) {
    if (uses[d.id] == 1) continue;
    std::string id = d.path == "-" ? d.id : std::filesystem::path(d.path).replace_extension().lexically_normal().string();
    for (std::size_t n = 2; !taken.insert(id).second; ++n)
      id = (d.path == "-" ? d.id : std::filesystem::path(d.path).replace_extension().lexically_normal().string()) + "-" +
           std::to_string(n);
    if (id != d.id)
      std::cerr << "parley: warning: " << d.path << ": id '" << d.id << "' is shared with another input; it is '" << id
                << "' here\n";
    d.id = std::move(id);
  }
}

CLI::Option* add_jobs_option(CLI::App& command, unsigned& jobs) {
  jobs = default_jobs();
  return command.add_option("--jobs", jobs, "With --jsonl: lines answered at once, each on its own thread; the "
                                            "output is the same whatever the number")
      ->check(CLI::Range(1u, 1024u))
      ->capture_default_str();
}

Document load_input(const std::string& file, const LoadOptions& options) {
  if (file != "-") return load_document(file, options);
  std::ostringstream bytes;
  bytes << std::cin.rdbuf();
  return parse_document(std::move(bytes).str(), "-", options);
}

int deliver(const std::string& output_path, std::string_view content, std::span<const std::string> inputs) {
  if (output_path.empty()) {
    std::cout << content;
    return exit_ok;
  }
  try {
    refuse_overwriting_inputs(output_path, inputs);
    write_file_atomically(output_path, content);
  } catch (const OutputError& e) {
    std::cerr << "parley: " << e.what() << '\n';
    return exit_bad_input;
  }
  return exit_ok;
}

}  // namespace parley::cli
