// procure-export: a case's data for others' systems. `ocds`: the Open
// Contracting Data Standard (1.1.5), a release package or JSON Lines, for a
// register that hands many cases to the tools analysts already use.
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/count_phrase.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/now_option.hpp"
#include "common/output_file.hpp"
#include "common/output_option.hpp"
#include "common/task_threads.hpp"
#include "procure/dialogue/dialogue_loader.hpp"
#include "procure/evaluation/case_evaluation.hpp"
#include "procure/evaluation/stage_files.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "procure/export/ocds_release.hpp"
#include "procure/load/case_loader.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

struct OcdsOptions {
  std::vector<std::string> paths;
  std::string output;
  std::string ocid_prefix;
  std::string now;
  bool json_lines = false;
  bool force = false;
};

// The command line's prefix, else the environment's: a register sets its
// prefix once for every run.
std::string chosen_prefix(const std::string& option) {
  if (!option.empty())
    return option;
  const char* from_environment = std::getenv("PROCURE_OCID_PREFIX");
  return from_environment != nullptr ? from_environment : "";
}

// One case's release, or why it has none, as the thread that read it found.
struct ExportedCase {
  Diagnostics errors;
  Diagnostics load_warnings;  // what reading case.yaml and the dialogue warned about
  Diagnostics warnings;       // what the export leaves out
  std::string release;        // its line, or its part of the package
};

// Loads the case `index` of `locations`, evaluates it if its tenders are
// opened, and writes its release; its evaluation reads a large score table
// on `evaluation_threads`.
ExportedCase export_case(const std::vector<CaseLocation>& locations, std::size_t index,
                         const OcdsOptions& options, const OcdsSettings& settings,
                         const TaskRunner& evaluation_threads) {
  const CaseLocation& location = locations[index];
  ExportedCase exported;
  const CaseLoad loaded = load_case(location.folder, location.display);
  if (!loaded.ok()) {
    exported.errors.append(loaded.diagnostics);
    return exported;
  }
  const DialogueLoad dialogue = load_dialogue(loaded.value);
  for (const Diagnostics* from : {&loaded.diagnostics, &dialogue.diagnostics}) {
    for (const auto& d : from->items()) {
      if (d.severity != Severity::error)
        exported.load_warnings.add(d);
    }
  }
  if (!dialogue.ok()) {
    exported.errors.append(dialogue.diagnostics);
    return exported;
  }
  // A case whose tenders are not yet opened has no award to export.
  const DecidingRound deciding = deciding_round(loaded.value, location.folder, location.display);
  // The case's evaluation, or each lot's as procure score rank ranks it; one
  // without a winner is left out of the awards, with a warning.
  std::vector<std::unique_ptr<CaseEvaluation>> evaluations;
  std::error_code ec;
  if (std::filesystem::exists(deciding.folder / opening_protocol_file, ec)) {
    const EvaluationOptions evaluation_options{.parallel = evaluation_threads};
    if (loaded.value.lots.divided()) {
      evaluations = CaseEvaluation::each_lot(deciding.kase(loaded.value), deciding.folder,
                                             deciding.display_folder, evaluation_options);
    } else {
      evaluations.push_back(
          std::make_unique<CaseEvaluation>(deciding.kase(loaded.value), deciding.folder,
                                           deciding.display_folder, evaluation_options));
    }
  }
  OcdsSource source{&loaded.value, &dialogue.value};
  bool left_out = false;
  for (const auto& evaluation : evaluations) {
    const bool awarded = evaluation->ok() && evaluation->evaluation().winner;
    left_out = left_out || !awarded;
    source.evaluations.push_back(awarded ? &evaluation->evaluation() : nullptr);
  }
  // With an award to export, the rounds before the deciding one: who
  // tendered in them tendered too.
  const bool awarded = std::any_of(source.evaluations.begin(), source.evaluations.end(),
                                   [](const Evaluation* e) { return e != nullptr; });
  std::vector<TenderLoad> earlier_rounds;
  if (const auto& negotiation = loaded.value.stages.negotiation; negotiation && awarded) {
    earlier_rounds.reserve(negotiation->rounds.size());
    for (std::size_t r = 0; r + 1 < negotiation->rounds.size(); ++r) {
      const int number = negotiation->rounds[r].number;
      const auto folder = round_folder(location.folder, number);
      if (!std::filesystem::is_directory(folder / bids_folder, ec))
        continue;
      earlier_rounds.push_back(load_tenders(loaded.value, folder,
                                            round_display_folder(location.display, number), false));
      for (const auto& problem : earlier_rounds.back().diagnostics.items()) {
        if (problem.severity == Severity::error)
          exported.errors.add(problem);
      }
      for (const Tender& tender : earlier_rounds.back().tenders)
        source.earlier_tenders.push_back(&tender);
    }
  }
  if (exported.errors.has_errors())
    return exported;
  if (left_out)
    exported.warnings.warning("export.award-left-out", {{"case", location.display}});
  exported.release = options.json_lines ? ocds_release_line(source, settings)
                                        : ocds_package_release(source, settings, index);
  return exported;
}

int run_export_ocds(const OcdsOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto now = resolve_now(options.now, diagnostics);
  const OcdsSettings settings{chosen_prefix(options.ocid_prefix), now.value_or(Instant{})};
  check_ocid_prefix(settings.ocid_prefix, diagnostics);
  const auto locations = find_cases(options.paths, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);

  // With -o the export goes to its file as it is made, which takes its
  // name only if every case could be read; for standard output its parts
  // are held until then (nothing is written when a case cannot be read).
  std::optional<OutputFile> file;
  if (!options.output.empty()) {
    WriteRules rules{options.force, {}, {}};
    for (const auto& location : locations)
      rules.case_folders.push_back(location.folder);
    file.emplace(options.output, rules, diagnostics);
    if (!file->ok())
      return ctx.fail(diagnostics, exit_bad_input);
  }
  std::vector<std::string> held;
  Diagnostics errors;
  Diagnostics warnings;
  Diagnostics load_warnings;
  const auto emit = [&](std::string part) {
    if (errors.has_errors())
      return;
    if (file) {
      file->write(part);
    } else {
      // Held without the room a string grows by: over 10 000 cases, 80 MB
      // of lines took 166 MB with it, 106 MB without.
      part.shrink_to_fit();
      held.push_back(std::move(part));
    }
  };
  const std::size_t releases = locations.size();
  if (!options.json_lines)
    emit(ocds_package_head(settings));
  // The cases are read on every thread at once, each turned into its
  // release on the thread that read it and let go, and taken in their
  // order: only a few cases' releases wait at a time. One case alone lends
  // the threads to its evaluation.
  const TaskRunner threads = task_threads();
  const TaskRunner evaluation_threads = releases == 1 ? threads : TaskRunner{};
  run_in_order<ExportedCase>(
      threads, releases, std::size_t{parts_a_thread} * threads.width,
      [&](std::size_t i) {
        return export_case(locations, i, options, settings, evaluation_threads);
      },
      [&](ExportedCase& exported) {
        errors.append(exported.errors);
        warnings.append(exported.warnings);
        load_warnings.append(exported.load_warnings);
        emit(std::move(exported.release));
      });
  if (!options.json_lines)
    emit(ocds_package_end(releases));
  ctx.report_input_warnings(load_warnings);
  if (errors.has_errors())
    return ctx.fail(errors, exit_bad_input);
  if (file && !file->commit(diagnostics))
    return ctx.fail(diagnostics, exit_bad_input);
  if (ctx.json) {
    nlohmann::json fields{{"command", "ocds"},
                          {"format", options.json_lines ? "jsonl" : "release-package"},
                          {"output", options.output.empty() ? nlohmann::json(nullptr)
                                                            : nlohmann::json(options.output)},
                          {"releases", releases}};
    if (!options.output.empty()) {
      fields["diagnostics"] = diagnostics_to_json(warnings, app_catalog(), ctx.lang);
      fields["tool"] = "export";
      print_json(ctx, fields);
      return exit_ok;
    }
    // As text: parsed into a tree, an amount would pass through a double;
    // quoted a case's part at a time, never joined.
    print_json_writing(
        ctx, "export", "ocds", [&](JsonWriter& w) { w.string_in_parts(held); }, warnings,
        std::move(fields));
    return exit_ok;
  }
  ctx.print_diagnostics(warnings);
  if (options.output.empty()) {
    for (const auto& part : held)
      *ctx.out << part;
  } else {
    *ctx.out << ctx.tr("ui.export.ocds.written",
                       {{"path", options.output},
                        {"releases", count_phrase(ctx, "ui.count.releases", releases)}})
             << "\n";
  }
  return exit_ok;
}

void setup_export_ocds(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<OcdsOptions>();
  app.add_option("CASE", options->paths, ctx.tr("ui.export.option.case"))->required();
  add_output_option(app, "-o,--output", options->output, ctx.tr("ui.export.option.output"));
  app.add_flag("--jsonl", options->json_lines, ctx.tr("ui.export.ocds.option.jsonl"));
  app.add_option("--ocid-prefix", options->ocid_prefix,
                 ctx.tr("ui.export.ocds.option.ocid-prefix"));
  app.add_option("--now", options->now, ctx.tr("ui.export.option.now"));
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  app.callback([options, &ctx] {
    // "-" is standard output, as for most command-line tools, never a file named "-".
    if (options->output == "-")
      options->output.clear();
    ctx.raise_exit(run_export_ocds(*options, ctx));
  });
}

void setup_export(CLI::App& app, ToolContext& ctx) {
  app.require_subcommand(1);
  CLI::App* ocds = app.add_subcommand("ocds", ctx.tr("ui.export.ocds.summary"));
  // --json and --lang may come after the subcommand as well.
  ocds->fallthrough();
  setup_export_ocds(*ocds, ctx);
}

}  // namespace

const ToolInfo export_tool{"export", "ui.export.summary", setup_export};

}  // namespace procure::cli
