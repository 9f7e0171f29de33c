// `parley export INPUT... --to FORMAT [-o OUT]`: a saved timeline (YAML, schema `parley: 1`) or
// articles in, the timeline in another format out. Articles are read exactly as `parley timeline`
// reads them, so exporting the articles equals exporting their saved timeline.
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "engine/cli/commands.hpp"
#include "engine/cli/shared_options.hpp"
#include "parley/document.hpp"
#include "parley/timeline.hpp"
#include "parley/timeline_export.hpp"
#include "parley/timeline_io.hpp"

namespace parley::cli {
namespace {

struct ExportSettings {
  std::vector<std::string> inputs;
  std::string format;
  std::string output;
  std::string dct;
  std::string aliases;
  std::string title;
};

bool is_timeline_yaml(const std::string& path) { return path.ends_with(".yaml") || path.ends_with(".yml"); }

// Throws InputError or std::runtime_error with a one-line message naming the file.
Timeline timeline_of(const ExportSettings& s) {
  if (s.inputs.size() == 1 && is_timeline_yaml(s.inputs.front())) return load_timeline_yaml(s.inputs.front());
  for (const auto& f : s.inputs)
    if (is_timeline_yaml(f)) throw std::runtime_error(f + ": a timeline YAML is exported alone, not with articles");
  LoadOptions options;
  if (!s.dct.empty()) options.dct = parse_dct(s.dct);
  std::vector<Document> docs;
  for (const auto& f : s.inputs) {
    docs.push_back(load_input(f, options));
  }
  make_ids_distinct(docs);
  std::vector<TimelineInput> inputs;
  for (const auto& d : docs) inputs.push_back({d.id, d.text, d.dct, d.source, nullptr});
  AliasTable aliases = AliasTable::builtin();
  if (!s.aliases.empty()) aliases.merge(AliasTable::load(s.aliases));
  TimelineOptions topt;
  topt.aliases = &aliases;
  return build_timeline(inputs, topt);
}

}  // namespace

Command register_export(CLI::App& app) {
  auto settings = std::make_shared<ExportSettings>();
  auto* command = app.add_subcommand(
      "export", "Export a timeline (a saved timeline YAML, or articles) to timelinejs, vis, mermaid, csv, edtf or html");
  command->add_option("inputs", settings->inputs,
                      "One timeline YAML written by `parley timeline`, or articles (text, front matter, TimeML; '-' for standard input)")
      ->required();
  command->add_option("--to", settings->format, "Format: timelinejs, vis, mermaid, csv, edtf (YAML) or html")
      ->required()
      ->check(CLI::IsMember({"timelinejs", "vis", "mermaid", "csv", "edtf", "html"}));
  command->add_option("-o,--output", settings->output, "Write to this file (atomically)");
  command->add_option("--dct", settings->dct, "Document creation time for articles, replacing theirs")
      ->check(dct_validator());
  command->add_option("--aliases", settings->aliases, "Extra alias table for articles (`canonical: [aliases]`)")
      ->check(CLI::ExistingFile);
  command->add_option("--title", settings->title, "Title of the html page, replacing the one derived from the timeline");
  return [settings]() -> int {
    const bool saved = settings->inputs.size() == 1 && is_timeline_yaml(settings->inputs.front());
    if (saved && (!settings->dct.empty() || !settings->aliases.empty())) {
      std::cerr << "parley: --dct and --aliases apply to articles, not to a saved timeline\n";
      return exit_usage;
    }
    const ExportFormat format = *export_format_from_string(settings->format);
    if (!settings->title.empty() && format != ExportFormat::Html) {
      std::cerr << "parley: --title applies to --to html\n";
      return exit_usage;
    }
    std::string text;
    try {
      const Timeline tl = timeline_of(*settings);
      text = format == ExportFormat::Html ? timeline_to_html(tl, {settings->title}) : export_timeline(tl, format);
    } catch (const std::exception& e) {
      std::cerr << "parley: " << e.what() << '\n';
      return exit_bad_input;
    }
    return deliver(settings->output, text, settings->inputs);
  };
}

}  // namespace parley::cli
