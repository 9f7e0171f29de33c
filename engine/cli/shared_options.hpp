#pragma once
// What several subcommands share: the --dct check and the batch protocol's read loop, so `tag`
// and `timeline` accept the same DCTs and treat bad lines the same way.
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/cli/commands.hpp"
#include "parley/batch_answer.hpp"
#include "parley/document.hpp"

namespace parley::cli {

// Accepts what parse_dct accepts; the message says which form is expected.
const CLI::Validator& dct_validator();

// Reads JSON lines {"id","text","dct"} from standard input until its end, on `jobs` threads
// (engine/cli/parallel_batch.hpp). Each usable line goes to `answer`, which must append exactly
// one line, with its '\n', to `out`; a bad line, or an exception from `answer`, gets an
// {"id","error"} line instead. Lines come out in input order. Returns batch_status of the lines read.
using parley::DocumentAnswer;  // parley/batch_answer.hpp
int run_jsonl_batch(const DocumentAnswer& answer, unsigned jobs);

// Adds `--jobs N` (default: the machine's cores) for the batch protocol to `command`.
CLI::Option* add_jobs_option(CLI::App& command, unsigned& jobs);

// exit_ok when no line failed; otherwise one line on standard error with the count and
// exit_some_lines_failed (4), so a script can tell a partly failed batch from a clean one.
int batch_status(std::size_t failed, std::size_t total);

// Documents that share an id get distinct ones, each the path it was read from without its
// extension ("a/story.txt" and "b/story.txt" become "a/story" and "b/story"; "-2", "-3" are added
// when paths too are alike), and each renaming is a warning on standard error, as is a file given
// twice (same device and inode): its events would count as a second report.
void make_ids_distinct(std::vector<Document>& docs);

// A document from a file, or from standard input when `file` is "-".
Document load_input(const std::string& file, const LoadOptions& options);

// Writes a command's whole result to standard output, or atomically to `output_path` when one
// was given (never onto one of `inputs`). Returns exit_ok, or exit_bad_input after a one-line
// error when the file cannot be written.
int deliver(const std::string& output_path, std::string_view content, std::span<const std::string> inputs);

}  // namespace parley::cli
