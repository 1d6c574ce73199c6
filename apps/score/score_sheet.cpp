// procure-score sheet: writes each evaluator's scoring sheet, an Excel
// workbook (libxlsxwriter): tenders × criteria, a score and a reason each,
// the scale enforced by data validation, the structure locked (only the
// score, verdict and reason cells are open), the case's reference and the
// evaluator in the header, and a hidden marker that procure-score import
// checks. A case divided into lots gets a sheet a lot: the lot's tenders by
// the lot's criteria, the lot named in its header, file name and marker.
// Supplier text is always written as a string: it never becomes a formula,
// and its control characters are shown, never kept.
#include <xlsxwriter.h>

#include <fstream>
#include <iterator>
#include <memory>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/count_phrase.hpp"
#include "common/output_file.hpp"
#include "common/output_option.hpp"
#include "common/temporary_file.hpp"
#include "procure/core/system_reason.hpp"
#include "procure/core/utf8.hpp"
#include "procure/evaluation/assessment.hpp"
#include "procure/evaluation/score_sheet.hpp"
#include "procure/evaluation/tender_lots.hpp"
#include "procure/model/lot_view.hpp"
#include "procure/spreadsheet/xstring.hpp"
#include "procure/text/visible_controls.hpp"
#include "score_commands.hpp"
#include "score_input.hpp"
#include "sheet_command.hpp"

namespace procure::cli {
namespace {

namespace fs = std::filesystem;
using Grid = ScoreSheetGrid;

struct SheetOptions {
  std::string folder;
  std::string evaluator;
  std::string output;
  std::string out_dir;
  std::string lot;
  bool qualification = false;
  bool force = false;
  int round = 0;  // of a case in negotiation rounds; 0 for the last
};

// A cell holds at most 32 767 characters; text is shown as on a terminal
// (controls and bidi overrides as escapes), with the workbook's own escapes
// kept literal, and cut, at a character, to fit.
std::string cell_string(std::string_view text) {
  std::string shown = xstring_escaped(visible_controls(text));
  constexpr std::size_t max_bytes = 32'000;
  if (shown.size() <= max_bytes)
    return shown;
  std::size_t cut = max_bytes;
  while (cut > 0 && utf8::is_continuation(shown[cut]))
    --cut;
  return shown.substr(0, cut) + "…";
}

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* key;
  lxw_format* value;
  lxw_format* reason;
  lxw_format* text;
};

Formats make_formats(lxw_workbook* workbook) {
  Formats f{};
  f.title = workbook_add_format(workbook);
  format_set_bold(f.title);
  f.header = workbook_add_format(workbook);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  f.key = workbook_add_format(workbook);
  format_set_font_color(f.key, LXW_COLOR_GRAY);
  f.text = workbook_add_format(workbook);
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap(f.text);
  // The cells the evaluator fills in: open under the sheet's protection, shaded.
  f.value = workbook_add_format(workbook);
  format_set_unlocked(f.value);
  format_set_bg_color(f.value, 0xFFF2CC);
  format_set_border(f.value, LXW_BORDER_THIN);
  format_set_align(f.value, LXW_ALIGN_VERTICAL_TOP);
  f.reason = workbook_add_format(workbook);
  format_set_unlocked(f.reason);
  format_set_bg_color(f.reason, 0xFFF2CC);
  format_set_border(f.reason, LXW_BORDER_THIN);
  format_set_text_wrap(f.reason);
  format_set_align(f.reason, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

struct SheetTexts {
  std::string case_label, evaluator_label, evaluator_name, scale_label, scale, instructions;
  std::string tender, supplier, reason, title;
};

// The header rows and the tenders' rows; `items` are the names and ids of
// the criteria (requirements) across the columns.
void write_grid(lxw_worksheet* sheet, const ScoreSheetLayout& layout, const SheetTexts& texts,
                const std::vector<std::pair<std::string, std::string>>& items, const Formats& f) {
  worksheet_write_string(sheet, Grid::reference_row, 0, texts.case_label.c_str(), f.title);
  worksheet_write_string(sheet, Grid::reference_row, 1, cell_string(layout.case_reference).c_str(),
                         f.title);
  worksheet_write_string(sheet, Grid::reference_row, 2, cell_string(texts.title).c_str(), f.title);
  worksheet_write_string(sheet, Grid::evaluator_row, 0, texts.evaluator_label.c_str(), f.title);
  worksheet_write_string(sheet, Grid::evaluator_row, 1, cell_string(texts.evaluator_name).c_str(),
                         f.title);
  worksheet_write_string(sheet, Grid::scale_row, 0, texts.scale_label.c_str(), nullptr);
  worksheet_write_string(sheet, Grid::scale_row, 1, texts.scale.c_str(), nullptr);
  worksheet_write_string(sheet, Grid::scale_row, 2, texts.instructions.c_str(), nullptr);
  worksheet_write_string(sheet, Grid::header_row, Grid::id_column, texts.tender.c_str(), f.header);
  worksheet_write_string(sheet, Grid::header_row, Grid::supplier_column, texts.supplier.c_str(),
                         f.header);
  worksheet_set_column(sheet, Grid::id_column, Grid::id_column, 16, nullptr);
  worksheet_set_column(sheet, Grid::supplier_column, Grid::supplier_column, 32, nullptr);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto value = static_cast<lxw_col_t>(Grid::value_column(i));
    const auto reason = static_cast<lxw_col_t>(Grid::reason_column(i));
    worksheet_write_string(sheet, Grid::header_row, value, cell_string(items[i].first).c_str(),
                           f.header);
    worksheet_write_string(sheet, Grid::header_row, reason, texts.reason.c_str(), f.header);
    worksheet_write_string(sheet, Grid::key_row, value, items[i].second.c_str(), f.key);
    worksheet_set_column(sheet, value, value, 14, nullptr);
    worksheet_set_column(sheet, reason, reason, 48, nullptr);
  }
  for (std::size_t t = 0; t < layout.tenders.size(); ++t) {
    const auto row = static_cast<lxw_row_t>(Grid::first_tender_row + static_cast<int>(t));
    worksheet_write_string(sheet, row, Grid::id_column, layout.tenders[t].id.c_str(), f.text);
    worksheet_write_string(sheet, row, Grid::supplier_column,
                           cell_string(layout.tenders[t].supplier).c_str(), f.text);
    for (std::size_t i = 0; i < items.size(); ++i) {
      worksheet_write_blank(sheet, row, static_cast<lxw_col_t>(Grid::value_column(i)), f.value);
      worksheet_write_blank(sheet, row, static_cast<lxw_col_t>(Grid::reason_column(i)), f.reason);
    }
  }
  worksheet_freeze_panes(sheet, Grid::first_tender_row, Grid::supplier_column + 1);
  // Locked: only the open cells take input; columns may be widened.
  lxw_protection protection{};
  protection.format_columns = 1;
  protection.format_rows = 1;
  worksheet_protect(sheet, nullptr, &protection);
}

// The validation of one column of open cells, over every tender's row.
void validate_column(lxw_worksheet* sheet, const ScoreSheetLayout& layout, int column,
                     lxw_data_validation& validation) {
  if (layout.tenders.empty())
    return;
  const auto first = static_cast<lxw_row_t>(Grid::first_tender_row);
  const auto last =
      static_cast<lxw_row_t>(Grid::first_tender_row + static_cast<int>(layout.tenders.size()) - 1);
  worksheet_data_validation_range(sheet, first, static_cast<lxw_col_t>(column), last,
                                  static_cast<lxw_col_t>(column), &validation);
}

// The workbook's bytes: libxlsxwriter writes by name, so into a temporary
// file next to the output, read back and then written as any output is.
// `kase` is the case, or the lot's view of it (its title names the lot).
std::optional<std::string> workbook_bytes(const ScoreSheetLayout& layout, const Case& kase,
                                          const fs::path& folder, const ToolContext& ctx,
                                          Diagnostics& diagnostics) {
  TemporaryFile temporary(folder.empty() ? fs::path(".") : folder, "score-sheet.xlsx");
  if (!temporary.ok()) {
    diagnostics.error("score.sheet-not-written",
                      {{"path", folder.string()}, system_reason_arg(temporary.error())});
    return std::nullopt;
  }
  lxw_workbook* workbook = workbook_new(temporary.path().c_str());
  if (workbook == nullptr) {
    diagnostics.error("score.sheet-not-written",
                      {{"path", folder.string()}, {"reason", "libxlsxwriter"}});
    return std::nullopt;
  }
  const Formats f = make_formats(workbook);
  const Lang lang = ctx.lang;
  const std::string scores_name = ctx.tr("ui.score.sheet.scores-sheet");
  const std::string qualification_name = ctx.tr("ui.score.sheet.qualification-sheet");
  const Evaluator* evaluator = kase.find_evaluator(layout.evaluator);
  SheetTexts texts{
      ctx.tr("ui.score.sheet.case"),
      ctx.tr("ui.score.sheet.evaluator"),
      evaluator != nullptr ? evaluator->name + " (" + evaluator->id + ")"
                           : ctx.tr("ui.score.sheet.consensus"),
      ctx.tr("ui.score.sheet.scale"),
      layout.scale.min.normalized().to_string() + "–" + layout.scale.max.normalized().to_string(),
      ctx.tr("ui.score.sheet.instructions"),
      ctx.tr("ui.score.tender"),
      ctx.tr("ui.score.supplier"),
      ctx.tr("ui.score.sheet.reason"),
      std::string(kase.title.in(lang, kase.primary_language()))};

  lxw_worksheet* scores = workbook_add_worksheet(workbook, scores_name.c_str());
  std::vector<std::pair<std::string, std::string>> criteria;
  for (const Criterion* c : layout.criteria)
    criteria.emplace_back(std::string(c->name.in(lang, kase.primary_language())), c->id);
  write_grid(scores, layout, texts, criteria, f);
  const std::string score_title = ctx.tr("ui.score.sheet.score-title");
  const std::string score_message =
      ctx.tr("ui.score.sheet.score-message", {{"scale", texts.scale}});
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_DECIMAL;
    validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    validation.minimum_number = layout.scale.min.to_double();
    validation.maximum_number = layout.scale.max.to_double();
    validation.error_title = const_cast<char*>(score_title.c_str());
    validation.error_message = const_cast<char*>(score_message.c_str());
    validate_column(scores, layout, Grid::value_column(i), validation);
  }

  if (layout.with_qualification) {
    lxw_worksheet* verdicts = workbook_add_worksheet(workbook, qualification_name.c_str());
    std::vector<std::pair<std::string, std::string>> requirements;
    for (const auto* r : layout.requirements)
      requirements.emplace_back(std::string(r->requirement.in(lang, kase.primary_language())),
                                r->id);
    // Qualification is pass or fail: the sheet shows that, not the scale.
    SheetTexts verdict_texts = texts;
    verdict_texts.scale_label = ctx.tr("ui.score.sheet.verdict-title");
    verdict_texts.scale = "pass / fail";
    verdict_texts.instructions = ctx.tr("ui.score.sheet.verdict-instructions");
    write_grid(verdicts, layout, verdict_texts, requirements, f);
    // libxlsxwriter's C interface takes the list as char**; it only reads it.
    char pass[] = "pass";
    char fail[] = "fail";
    char* choices[] = {pass, fail, nullptr};
    const std::string verdict_title = ctx.tr("ui.score.sheet.verdict-title");
    const std::string verdict_message = ctx.tr("ui.score.sheet.verdict-message");
    for (std::size_t i = 0; i < requirements.size(); ++i) {
      lxw_data_validation validation{};
      validation.validate = LXW_VALIDATION_TYPE_LIST;
      validation.value_list = choices;
      validation.error_title = const_cast<char*>(verdict_title.c_str());
      validation.error_message = const_cast<char*>(verdict_message.c_str());
      validate_column(verdicts, layout, Grid::value_column(i), validation);
    }
  }

  lxw_worksheet* marker = workbook_add_worksheet(workbook, std::string(score_sheet_marker).c_str());
  const auto cells = score_sheet_marker_cells(layout, scores_name, qualification_name);
  for (std::size_t row = 0; row < cells.size(); ++row)
    worksheet_write_string(marker, static_cast<lxw_row_t>(row), 0,
                           xstring_escaped(cells[row]).c_str(), nullptr);
  lxw_protection protection{};
  worksheet_protect(marker, nullptr, &protection);
  worksheet_hide(marker);

  errno = 0;
  if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
    // Its other errors are about its arguments, which are checked before; a
    // failed write leaves errno as the write left it.
    const int reason = error == LXW_ERROR_MEMORY_MALLOC_FAILED ? ENOMEM : errno != 0 ? errno : EIO;
    diagnostics.error("score.sheet-not-written",
                      {{"path", folder.string()}, system_reason_arg(reason)});
    return std::nullopt;
  }
  std::ifstream in(temporary.path(), std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

int run_sheet(const SheetOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  // Elsewhere "-" is standard output; a workbook is no text for it.
  if (options.output == "-") {
    diagnostics.error("score.sheet-to-standard-output");
    return ctx.fail(diagnostics, exit_bad_input);
  }
  auto score_case = load_score_case(options.folder, options.round, diagnostics);
  if (!score_case)
    return ctx.fail(diagnostics, exit_bad_input);
  const Case& kase = score_case->kase();
  const auto received = tenders_as_received(*score_case, diagnostics);
  if (!received)
    return ctx.fail(diagnostics, exit_bad_input);
  const TenderLoad& tenders = *received;

  // A tender for no lot of the case would be on no lot's sheet: said, not
  // left out. Too many lots for a tenderer is score rank's to report.
  Diagnostics tender_lots;
  check_tender_lots(kase, tenders, tender_lots);
  if (tender_lots.has_errors()) {
    diagnostics.append(tender_lots);
    return ctx.fail(diagnostics, exit_bad_input);
  }
  // The lots to write sheets for: --lot's, or every lot of a case divided
  // into lots (nullptr: the case, not divided).
  std::vector<const Lot*> lots;
  if (!options.lot.empty()) {
    const Lot* lot = find_lot(kase, options.lot, diagnostics);
    if (lot == nullptr)
      return ctx.fail(diagnostics, exit_bad_input);
    lots.push_back(lot);
  } else if (kase.lots.divided()) {
    for (const Lot& lot : kase.lots.lots)
      lots.push_back(&lot);
  } else {
    lots.push_back(nullptr);
  }
  // Who scores may differ by lot: the consensus is a lot's when its own
  // criteria agree on scores.
  std::vector<std::pair<const Lot*, std::string>> sheets;
  std::vector<std::string> known;
  for (const Lot* lot : lots) {
    for (const auto& evaluator : sheet_evaluators(kase, lot)) {
      if (std::find(known.begin(), known.end(), evaluator) == known.end())
        known.push_back(evaluator);
      if (options.evaluator.empty() || options.evaluator == evaluator)
        sheets.emplace_back(lot, evaluator);
    }
  }
  if (sheets.empty()) {
    std::string ids;
    for (const auto& id : known)
      ids += (ids.empty() ? "" : ", ") + id;
    diagnostics.error("score.sheet-unknown-evaluator",
                      {{"evaluator", options.evaluator}, {"evaluators", ids}});
    return ctx.fail(diagnostics, exit_bad_input);
  }
  if (!options.output.empty() && sheets.size() > 1) {
    diagnostics.error("score.sheet-one-file", {{"count", std::to_string(sheets.size())}});
    return ctx.fail(diagnostics, exit_bad_input);
  }
  const WriteRules rules{options.force, {}, {score_case->location.folder}};
  const fs::path out_dir = options.out_dir.empty() ? fs::path(".") : fs::path(options.out_dir);
  if (options.output.empty() && !make_output_folder(out_dir, rules, diagnostics))
    return ctx.fail(diagnostics, exit_bad_input);

  nlohmann::json written = nlohmann::json::array();
  std::string summary;
  for (const auto& [lot, evaluator] : sheets) {
    const ScoreSheetLayout layout = score_sheet_layout(kase, tenders, score_case->deadline,
                                                       evaluator, options.qualification, lot);
    const fs::path target = options.output.empty()
                                ? out_dir / score_sheet_file_name(kase, evaluator, lot)
                                : fs::path(options.output);
    // The target checked first: the workbook is made next to it.
    OutputFile file(target, rules, diagnostics);
    if (!file.ok())
      return ctx.fail(diagnostics, exit_bad_input);
    const std::optional<Case> view = lot ? std::optional(lot_view(kase, *lot)) : std::nullopt;
    const auto bytes =
        workbook_bytes(layout, view ? *view : kase, target.parent_path(), ctx, diagnostics);
    if (!bytes)
      return ctx.fail(diagnostics, exit_bad_input);
    file.write(*bytes);
    if (!file.commit(diagnostics))
      return ctx.fail(diagnostics, exit_bad_input);
    nlohmann::json sheet{{"evaluator", evaluator},
                         {"path", target.string()},
                         {"tenders", layout.tenders.size()},
                         {"criteria", layout.criteria.size()},
                         {"requirements", layout.requirements.size()},
                         {"fingerprint", layout.fingerprint()}};
    MessageArgs args{
        {"path", visible_controls(target.string())},
        {"evaluator", evaluator},
        {"tenders", count_phrase(ctx, "ui.count.sheet-tenders", layout.tenders.size())},
        {"criteria", count_phrase(ctx, "ui.count.sheet-criteria", layout.criteria.size())}};
    if (lot != nullptr) {
      const auto number = static_cast<std::size_t>(lot - kase.lots.lots.data()) + 1;
      sheet["lot"] = lot->id;
      args.emplace_back("number", std::to_string(number));
      args.emplace_back("title",
                        visible_controls(lot->title.in(ctx.lang, kase.primary_language())));
    }
    written.push_back(std::move(sheet));
    summary += ctx.tr(lot ? "ui.score.sheet.written-lot" : "ui.score.sheet.written", args) + "\n";
  }
  return finish_sheet_command(ctx, "sheet", "sheets", written, summary, diagnostics);
}

}  // namespace

void setup_score_sheet(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<SheetOptions>();
  app.add_option("CASE", options->folder, ctx.tr("ui.score.option.case"))
      ->required()
      ->type_name("");
  app.add_option("--evaluator", options->evaluator, ctx.tr("ui.score.option.evaluator"))
      ->type_name("ID");
  auto* output =
      add_output_option(app, "-o,--output", options->output, ctx.tr("ui.score.option.sheet-out"))
          ->type_name("FILE");
  add_output_option(app, "--out-dir", options->out_dir, ctx.tr("ui.score.option.sheet-out-dir"))
      ->type_name("DIR")
      ->excludes(output);
  app.add_option("--lot", options->lot, ctx.tr("ui.score.option.sheet-lot"))->type_name("LOT");
  app.add_flag("--qualification", options->qualification, ctx.tr("ui.score.option.qualification"));
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  app.add_option("--round", options->round, ctx.tr("ui.score.option.round"))
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  app.callback([options, &ctx] { ctx.raise_exit(run_sheet(*options, ctx)); });
}

}  // namespace procure::cli
