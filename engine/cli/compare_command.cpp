// `parley compare A B ...`: what the sources say about the same events. Each input is a saved
// timeline (.yaml/.yml, as `parley timeline` writes it) or an article, read as `timeline` reads
// it. Exit status 3 when the sources conflict (dates, order, attribution), so scripts can branch.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "engine/cli/commands.hpp"
#include "engine/cli/shared_options.hpp"
#include "parley/document.hpp"
#include "parley/timeline_compare.hpp"
#include "parley/timeline_io.hpp"

namespace parley::cli {
namespace {

struct CompareSettings {
  std::vector<std::string> files;
  std::string format = "yaml";
  std::string output;
  std::string aliases;
  std::string dct;
};

bool is_timeline_file(const std::string& f) { return f.ends_with(".yaml") || f.ends_with(".yml"); }

// Saved timelines are read as they are; articles are loaded first, so ids they share can be made
// distinct before their timelines are built.
std::vector<Timeline> read_inputs(const std::vector<std::string>& files, const LoadOptions& load,
                                  const TimelineOptions& options) {
  std::vector<Document> articles;
  for (const auto& f : files)
    if (!is_timeline_file(f)) articles.push_back(load_document(f, load));
  make_ids_distinct(articles);
  std::vector<Timeline> out;
  std::size_t next = 0;
  for (const auto& f : files) {
    if (is_timeline_file(f)) {
      out.push_back(load_timeline_yaml(f));
      continue;
    }
    const Document& d = articles[next++];
    TimelineInput in{d.id, d.text, d.dct, d.source, nullptr};
    out.push_back(build_timeline(std::span<const TimelineInput>(&in, 1), options));
  }
  return out;
}

int run(const CompareSettings& s) {
  AliasTable aliases = AliasTable::builtin();
  std::vector<Timeline> timelines;
  try {
    if (!s.aliases.empty()) aliases.merge(AliasTable::load(s.aliases));
    LoadOptions load;
    if (!s.dct.empty()) load.dct = parse_dct(s.dct);
    TimelineOptions options;
    options.aliases = &aliases;
    timelines = read_inputs(s.files, load, options);
  } catch (const std::exception& e) {  // InputError, TimelineReadError, a bad alias file
    std::cerr << "parley: " << e.what() << '\n';
    return exit_bad_input;
  }
  MatchOptions match;
  match.aliases = &aliases;
  const CompareReport report = compare_timelines(std::move(timelines), match);
  const std::string text = s.format == "text" ? compare_report_to_text(report) : compare_report_to_yaml(report);
  if (deliver(s.output, text, s.files) != exit_ok) return exit_bad_input;
  std::cerr << "parley: " << summary_line(report.summary) << '\n';
  return report.summary.conflicts() > 0 ? exit_conflicts : exit_ok;
}

}  // namespace

Command register_compare(CLI::App& app) {
  auto settings = std::make_shared<CompareSettings>();
  auto* command = app.add_subcommand("compare", "Compare the timelines of several reports of the same events");
  command
      ->add_option("files", settings->files,
                   "Two or more inputs: timelines written by `parley timeline` (.yaml, .yml) or articles")
      ->required()
      ->expected(2, -1);
  command->add_option("--format", settings->format, "Report format: yaml (default) or text")
      ->check(CLI::IsMember({"yaml", "text"}));
  command->add_option("-o,--output", settings->output, "Write the report to this file (atomically)");
  command->add_option("--aliases", settings->aliases,
                      "A YAML file `canonical: [aliases]` adding to the built-in alias table of series and actors")
      ->check(CLI::ExistingFile);
  command->add_option("--dct", settings->dct, "Document creation time for articles, replacing their own")
      ->check(dct_validator());
  command->footer("Exit status: 0 no conflict, 1 bad input, 2 usage, 3 the sources conflict.");
  return [settings] { return run(*settings); };
}

}  // namespace parley::cli
