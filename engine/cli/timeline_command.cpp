// `parley timeline FILE...`: articles in, their joint timeline out as YAML. `--jsonl` runs the
// batch protocol: one document per input line, one timeline line per document, flushed at once.
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "engine/cli/commands.hpp"
#include "engine/cli/shared_options.hpp"
#include "parley/batch_answer.hpp"
#include "parley/document.hpp"
#include "parley/timeline.hpp"
#include "parley/timeline_output.hpp"

namespace parley::cli {
namespace {

struct TimelineSettings {
  std::vector<std::string> files;
  std::string dct;
  std::string output;
  std::string aliases;
  bool batch = false;
  unsigned jobs = 1;
  bool all = false;  // background events too
};


int timeline_files(const TimelineSettings& s, const AliasTable& aliases) {
  LoadOptions options;
  if (!s.dct.empty()) options.dct = parse_dct(s.dct);
  std::vector<std::string> files = s.files;
  if (files.empty()) files.push_back("-");
  std::vector<Document> docs;
  for (const auto& f : files) {
    try {
      docs.push_back(load_input(f, options));
    } catch (const InputError& e) {
      std::cerr << "parley: " << e.what() << '\n';
      return exit_bad_input;
    }
  }
  make_ids_distinct(docs);
  std::vector<TimelineInput> inputs;
  for (const auto& d : docs) inputs.push_back(timeline_input(d));
  TimelineOptions topt;
  topt.aliases = &aliases;
  Timeline tl = build_timeline(inputs, topt);
  if (!s.all) drop_background(tl);
  const std::string yaml = timeline_to_yaml(tl);
  return deliver(s.output, yaml, files);
}

}  // namespace

Command register_timeline(CLI::App& app) {
  auto settings = std::make_shared<TimelineSettings>();
  auto* command = app.add_subcommand("timeline", "Build the ordered event timeline of news articles, as YAML");
  auto* files = command->add_option("files", settings->files,
                                    "Articles: plain UTF-8 text, text with a YAML front matter block (dct:, "
                                    "source:), or TimeML (.tml). Standard input when none is given, or for '-'");
  auto* dct = command->add_option("--dct", settings->dct, "Document creation time, replacing the one the documents carry")
                  ->check(dct_validator());
  auto* output = command->add_option("-o,--output", settings->output, "Write the YAML to this file (atomically)");
  command->add_flag("--all", settings->all,
                    "Show background events too (clauses about the distant past, hypotheticals, fragments); "
                    "by default only the main events of the chronology are shown");
  command->add_option("--aliases", settings->aliases,
                      "A YAML file `canonical: [aliases]` adding to the built-in alias table of series and actors")
      ->check(CLI::ExistingFile);
  command
      ->add_flag("--jsonl", settings->batch,
                 "Batch protocol: JSON lines {\"id\",\"text\",\"dct\"} on standard input, one line {\"id\",\"events\","
                 "\"relations\"} per input line on standard output")
      ->excludes(files)
      ->excludes(dct)
      ->excludes(output);
  add_jobs_option(*command, settings->jobs);
  return [settings]() -> int {
    AliasTable aliases = AliasTable::builtin();
    if (!settings->aliases.empty()) {
      try {
        aliases.merge(AliasTable::load(settings->aliases));
      } catch (const std::exception& e) {
        std::cerr << "parley: " << e.what() << '\n';
        return exit_bad_input;
      }
    }
    if (!settings->batch) return timeline_files(*settings, aliases);
    TimelineOptions options;
    options.aliases = &aliases;
    return run_jsonl_batch([&](const Document& doc, std::string& out) { append_timeline_answer(doc, options, out); },
                           settings->jobs);
  };
}

}  // namespace parley::cli
