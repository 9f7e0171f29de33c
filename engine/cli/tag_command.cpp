// `parley tag`: documents in, time expressions out, in the format asked for. Files and standard
// input go through the document loader; `--jsonl` runs the batch protocol line by line.
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "engine/cli/commands.hpp"
#include "engine/cli/shared_options.hpp"
#include "parley/document.hpp"
#include "parley/emit.hpp"
#include "parley/tagger.hpp"

namespace parley::cli {
namespace {

struct TagSettings {
  std::vector<std::string> files;
  std::string dct;
  std::string format = "yaml";
  std::string output;
  bool batch = false;
  unsigned jobs = 1;
};


// Tags and writes one document, reporting what TimeML output had to leave out.
void tag_one(const Document& doc, OutputFormat format, std::ostream& out) {
  TimemlLinkCounts links;
  if (const auto dropped = emit(format, out, doc, tag(doc.text, doc.dct), &links))
    std::cerr << "parley: " << doc.path << ": " << dropped
              << " time expression(s) left out of the TimeML output: they cross existing markup\n";
  if (links.dropped > 0 || links.remapped > 0)
    std::cerr << "parley: " << doc.path << ": TLINKs to the file's own TIMEX3 tags: " << links.remapped
              << " pointed at parley's TIMEX3 of the same words, " << links.dropped
              << " left out (parley writes no TIMEX3 there)\n";
}

int tag_files(const TagSettings& settings) {
  const auto format = *parse_output_format(settings.format);
  std::vector<std::string> files = settings.files;
  if (files.empty()) files.push_back("-");
  if (format == OutputFormat::Timeml && files.size() > 1) {
    std::cerr << "parley: --format timeml writes one document: give one input file\n";
    return exit_usage;
  }
  LoadOptions options;
  if (!settings.dct.empty()) options.dct = parse_dct(settings.dct);

  // With -o everything is collected first, so a bad input leaves no output file at all.
  std::ostringstream collected;
  std::ostream& out = settings.output.empty() ? std::cout : collected;
  // every input is loaded (and every bad one reported) before any is tagged, so ids two inputs
  // share are made distinct first
  bool all_good = true;
  std::vector<Document> docs;
  for (const auto& file : files) {
    try {
      docs.push_back(load_input(file, options));
    } catch (const InputError& e) {
      std::cerr << "parley: " << e.what() << '\n';
      all_good = false;
    }
  }
  if (!all_good) return exit_bad_input;
  make_ids_distinct(docs);
  for (const auto& doc : docs) tag_one(doc, format, out);
  if (settings.output.empty()) return exit_ok;
  return deliver(settings.output, collected.view(), files);
}

}  // namespace

Command register_tag(CLI::App& app) {
  auto settings = std::make_shared<TagSettings>();
  auto* command = app.add_subcommand("tag", "Find and normalize time expressions (TIMEX3) in documents");
  auto* files = command->add_option("files", settings->files,
                                    "Input files: plain UTF-8 text, text with a YAML front matter block, or "
                                    "TimeML (.tml). Standard input when none is given, or for '-'");
  auto* dct = command
                  ->add_option("--dct", settings->dct,
                               "Document creation time, replacing the one the document carries")
                  ->check(dct_validator());
  auto* format = command->add_option("--format", settings->format, "Output format")
                     ->check(CLI::IsMember({"yaml", "jsonl", "timeml"}))
                     ->capture_default_str();
  auto* output = command->add_option("-o,--output", settings->output,
                                     "Write to this file (atomically: all or nothing) instead of standard output");
  command
      ->add_flag("--jsonl", settings->batch,
                 "Batch protocol: JSON lines {\"id\",\"text\",\"dct\"} on standard input, one result line "
                 "per input line on standard output")
      ->excludes(files)
      ->excludes(dct)
      ->excludes(format)
      ->excludes(output);
  add_jobs_option(*command, settings->jobs);
  return [settings] {
    if (!settings->batch) return tag_files(*settings);
    return run_jsonl_batch(append_tag_answer, settings->jobs);
  };
}

}  // namespace parley::cli
