// procure-score import: reads filled scoring sheets back into the case's
// evaluation/ folder, as one evaluator's tables (scores-<evaluator>.csv,
// qualification-<evaluator>.csv) that procure-score rank reads with the
// others. Every bad value of every sheet is reported in one pass, at its
// sheet and cell; nothing is written unless all are good, nor when a sheet
// gives a score or a verdict the case's assessments hold already. The tables
// are new files, made whole: an evaluator's earlier import is never replaced.
// A lot's sheet gives the evaluator's tables of that lot
// (scores-<evaluator>-<lot>.csv), which procure-score rank --lot reads.
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <tuple>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/count_phrase.hpp"
#include "common/output_file.hpp"
#include "procure/evaluation/score_sheet.hpp"
#include "procure/model/lot_view.hpp"
#include "procure/text/visible_controls.hpp"
#include "score_commands.hpp"
#include "score_input.hpp"
#include "sheet_command.hpp"

namespace procure::cli {
namespace {

namespace fs = std::filesystem;

struct ImportOptions {
  std::string folder;
  std::vector<std::string> files;
  std::string lot;
  int round = 0;  // of a case in negotiation rounds; 0 for the last
};

struct SheetImport {
  std::string file;
  ImportedSheet imported;

  // Whose tables: the evaluator's, of the lot in a case divided into lots.
  std::string owner() const {
    return imported.lot.empty() ? imported.evaluator : imported.evaluator + "-" + imported.lot;
  }
};

// The workbook read whole, within the reader's limit on what a part inflates to.
std::optional<std::string> workbook_file(const std::string& path, Diagnostics& diagnostics) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    diagnostics.error("file.not-found", {{"path", path}});
    return std::nullopt;
  }
  const auto size = fs::file_size(path, ec);
  const XlsxLimits limits;
  if (ec || size > limits.max_part_bytes) {
    diagnostics.error("xlsx.too-large",
                      {{"path", path},
                       {"part", path},
                       {"limit", std::to_string(limits.max_part_bytes >> 20) + " MiB"}});
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error("file.unreadable", {{"path", path}});
    return std::nullopt;
  }
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A score or a verdict the case's assessments hold already, given again by
// a sheet: written, it would make the evaluation refuse both (score.twice),
// so nothing is written. The assessments' own problems are score rank's to
// report.
void report_given_already(const ScoreCase& score_case, const std::vector<SheetImport>& sheets,
                          Diagnostics& diagnostics) {
  const TenderLoad assessed = load_tenders(score_case.kase(), score_case.location.folder,
                                           score_case.location.display, true);
  for (const auto& sheet : sheets) {
    const ImportedSheet& imported = sheet.imported;
    for (const auto& [tender, criterion] : imported.scored) {
      const Assessment* assessment = assessed.assessment(tender);
      if (assessment == nullptr)
        continue;
      const auto scores = assessment->scores.find(criterion);
      if (scores == assessment->scores.end())
        continue;
      if (const EvaluatorScore* earlier = scores->second.find(imported.evaluator))
        diagnostics.error("score.import-scored-already",
                          {{"path", sheet.file},
                           {"evaluator", imported.evaluator},
                           {"tender", tender},
                           {"criterion", criterion},
                           {"first", earlier->where.span().place()}});
    }
    for (const auto& [tender, requirement] : imported.judged) {
      const Assessment* assessment = assessed.assessment(tender);
      if (const Verdict* earlier = assessment ? assessment->verdict(requirement) : nullptr)
        diagnostics.error("score.import-judged-already", {{"path", sheet.file},
                                                          {"tender", tender},
                                                          {"requirement", requirement},
                                                          {"first", earlier->where.place()}});
    }
  }
}

int run_import(const ImportOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  auto score_case = load_score_case(options.folder, options.round, diagnostics);
  if (!score_case)
    return ctx.fail(diagnostics, exit_bad_input);
  const Case& kase = score_case->kase();
  const auto received = tenders_as_received(*score_case, diagnostics);
  if (!received)
    return ctx.fail(diagnostics, exit_bad_input);
  const TenderLoad& tenders = *received;
  const Lot* lot = nullptr;
  if (!options.lot.empty()) {
    lot = find_lot(kase, options.lot, diagnostics);
    if (lot == nullptr)
      return ctx.fail(diagnostics, exit_bad_input);
  }

  std::vector<SheetImport> sheets;
  for (const auto& file : options.files) {
    if (!fs::path(file).extension().string().ends_with(".xlsx")) {
      diagnostics.error("score.import-not-a-sheet", {{"path", file}});
      continue;
    }
    const auto bytes = workbook_file(file, diagnostics);
    if (!bytes)
      continue;
    const auto workbook = read_xlsx(*bytes, file, diagnostics);
    if (!workbook)
      continue;
    if (auto imported = import_score_sheet(kase, tenders, score_case->deadline, *workbook, file,
                                           lot, diagnostics)) {
      if (imported->scored.empty() && imported->judged.empty())
        diagnostics.warning("score.import-empty", {{"path", file}});
      else
        sheets.push_back({file, std::move(*imported)});
    }
  }

  // evaluation/ is the case's own folder: made if need be, and only new files
  // go into it. Every name is checked free first, so that a run writes all
  // its tables or none (creating each is checked again, in one step).
  const fs::path evaluation = score_case->location.folder / evaluation_folder;
  std::error_code ec;
  // An evaluator's tables take the evaluator's name (and the lot's): two
  // sheets of one evaluator (for one lot) in a run would give two tables one name.
  std::map<std::string, std::string> sheet_of_owner;
  for (const auto& sheet : sheets) {
    const auto [first, new_evaluator] = sheet_of_owner.emplace(sheet.owner(), sheet.file);
    if (!new_evaluator) {
      diagnostics.error("score.import-same-evaluator", {{"path", sheet.file},
                                                        {"first", first->second},
                                                        {"evaluator", sheet.imported.evaluator}});
      continue;
    }
    for (const auto& [stem, content] :
         {std::pair{"scores-", &sheet.imported.scores_csv},
          std::pair{"qualification-", &sheet.imported.qualification_csv}}) {
      const fs::path target = evaluation / (stem + sheet.owner() + ".csv");
      if (!content->empty() && fs::exists(fs::symlink_status(target, ec)))
        diagnostics.error("output.case-file-exists", {{"path", target.string()}});
    }
  }
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  report_given_already(*score_case, sheets, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  fs::create_directory(evaluation, ec);
  nlohmann::json written = nlohmann::json::array();
  std::string summary;
  for (const auto& sheet : sheets) {
    std::vector<std::string> paths;
    const ImportedSheet& imported = sheet.imported;
    for (const auto& [stem, content, count, counted] :
         {std::tuple{"scores-", &imported.scores_csv, imported.scored.size(),
                     "ui.count.sheet-scores"},
          std::tuple{"qualification-", &imported.qualification_csv, imported.judged.size(),
                     "ui.count.sheet-verdicts"}}) {
      if (content->empty())
        continue;
      const std::string name = stem + sheet.owner() + ".csv";
      if (!create_file_in_case_folder(evaluation / name, *content, diagnostics))
        return ctx.fail(diagnostics, exit_bad_input);
      paths.push_back(
          display_join(score_case->location.display, std::string(evaluation_folder) + "/" + name));
      summary += ctx.tr("ui.score.import.wrote", {{"path", visible_controls(paths.back())},
                                                  {"file", visible_controls(sheet.file)},
                                                  {"count", count_phrase(ctx, counted, count)}}) +
                 "\n";
    }
    nlohmann::json entry{{"file", sheet.file},
                         {"evaluator", imported.evaluator},
                         {"scores", imported.scored.size()},
                         {"verdicts", imported.judged.size()},
                         {"written", paths}};
    if (!imported.lot.empty())
      entry["lot"] = imported.lot;
    written.push_back(std::move(entry));
  }
  return finish_sheet_command(ctx, "import", "imported", written, summary, diagnostics);
}

}  // namespace

void setup_score_import(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<ImportOptions>();
  app.add_option("CASE", options->folder, ctx.tr("ui.score.option.case"))
      ->required()
      ->type_name("");
  app.add_option("FILE", options->files, ctx.tr("ui.score.option.import-files"))
      ->required()
      ->type_name("");
  app.add_option("--lot", options->lot, ctx.tr("ui.score.option.import-lot"))->type_name("LOT");
  app.add_option("--round", options->round, ctx.tr("ui.score.option.round"))
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  app.callback([options, &ctx] { ctx.raise_exit(run_import(*options, ctx)); });
}

}  // namespace procure::cli
