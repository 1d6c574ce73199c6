#include "procure/evaluation/score_sheet.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "procure/core/ascii.hpp"
#include "procure/core/sha256.hpp"
#include "procure/evaluation/assessment.hpp"
#include "procure/evaluation/csv_writer.hpp"
#include "procure/text/blank_text.hpp"

namespace procure {
namespace {

using Grid = ScoreSheetGrid;

std::string scale_text(const Scale& scale) {
  return scale.min.normalized().to_string() + "-" + scale.max.normalized().to_string();
}

const XlsxSheet* find_sheet(const std::vector<XlsxSheet>& sheets, std::string_view name) {
  for (const auto& sheet : sheets) {
    if (sheet.name == name)
      return &sheet;
  }
  return nullptr;
}

std::string cell_text(const XlsxSheet& sheet, int row, int column) {
  const XlsxCell* cell = sheet.at(row, column);
  return cell != nullptr ? cell->text : std::string();
}

// The value as the spreadsheet shows it.
std::string shown_value(const XlsxCell& cell) {
  if (cell.kind == XlsxValue::boolean)
    return cell.text == "0" ? "FALSE" : "TRUE";
  return cell.text;
}

// What an evaluator typed, as the spreadsheet shows it, without the spaces
// of any kind around it.
std::string typed_text(const XlsxSheet& sheet, int row, int column) {
  const XlsxCell* cell = sheet.at(row, column);
  return cell != nullptr ? std::string(trim_blank(shown_value(*cell))) : std::string();
}

// A formula never computed: reported at its cell (report_unread_cells),
// and the score or verdict it belongs to is not read further.
bool uncomputed(const XlsxSheet& sheet, int row, int column) {
  const XlsxCell* cell = sheet.at(row, column);
  return cell != nullptr && cell->kind == XlsxValue::uncomputed_formula;
}

// A number as a case reads it; a problem is the sheet's own code for it:
// more than nine decimals (a case refuses them anywhere), or no number.
Parsed<Decimal> sheet_decimal(std::string_view text) {
  auto parsed = Decimal::parse(text);
  if (!parsed)
    return Problem{
        parsed.problem().code == "number.too-precise" ? "sheet.too-precise" : "sheet.not-a-number",
        {}};
  return parsed;
}

// The score in a cell, or the code of the sheet's problem with it. A number
// cell holds a binary double ("7.0999999999999996" for 7.1): the shortest
// decimal that reads back as the same double gives back the number the
// evaluator typed, and shows a computed one (=20/3) whole. A text cell is
// read as case files read numbers ("7,5"). A date is named as one; TRUE,
// FALSE and errors are no number.
Parsed<Decimal> score_value(const XlsxCell& cell) {
  const Problem no_score{"sheet.not-a-number", {}};
  if (cell.kind == XlsxValue::text)
    return sheet_decimal(trim_blank(cell.text));
  if (cell.kind == XlsxValue::date)
    return Problem{"sheet.date-not-score", {}};
  if (cell.kind != XlsxValue::number)
    return no_score;
  const std::string text(trim_whitespace(cell.text));
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0' || !std::isfinite(value))
    return no_score;
  // Fixed notation, as a decimal has no exponent; wide enough for any double.
  char buffer[400];
  const auto written =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (written.ec != std::errc())
    return no_score;
  return sheet_decimal(std::string_view(buffer, static_cast<std::size_t>(written.ptr - buffer)));
}

// Reads one sheet's grid; each problem at its cell.
class SheetReader {
 public:
  SheetReader(const XlsxSheet& sheet, const std::string& path, Diagnostics& diagnostics)
      : sheet_(sheet), path_(path), diagnostics_(diagnostics) {}

  std::string place(int row, int column) const {
    return sheet_.name + "!" + cell_name(row, column);
  }

  void error(int row, int column, std::string code, MessageArgs args) {
    args.emplace(args.begin(), "cell", place(row, column));
    diagnostics_.error(std::move(code), std::move(args), workbook_place(path_));
  }

  // The ids must stand where they were written: rows sorted or moved would
  // give scores to the wrong tender.
  bool keys_in_place(const ScoreSheetLayout& layout, const std::vector<std::string>& item_ids) {
    bool ok = true;
    const auto expect = [&](int row, int column, const std::string& id) {
      const std::string found = typed_text(sheet_, row, column);
      if (found != id) {
        error(row, column, "sheet.cell-moved", {{"expected", id}, {"found", found}});
        ok = false;
      }
    };
    for (std::size_t t = 0; t < layout.tenders.size(); ++t)
      expect(Grid::first_tender_row + static_cast<int>(t), Grid::id_column, layout.tenders[t].id);
    for (std::size_t i = 0; i < item_ids.size(); ++i)
      expect(Grid::key_row, Grid::value_column(i), item_ids[i]);
    return ok;
  }

  // What the reading would miss, each at its cell: a formula never computed
  // (its value is not in the file), and anything outside the table (a score
  // typed below it, or beside it, would be left out without a word).
  void report_unread_cells(const ScoreSheetLayout& layout, std::size_t items) {
    const int last_row = Grid::first_tender_row + static_cast<int>(layout.tenders.size()) - 1;
    const int last_column = items == 0 ? Grid::supplier_column : Grid::reason_column(items - 1);
    for (const auto& [place, cell] : sheet_.cells) {
      const auto [row, column] = place;
      if (cell.kind == XlsxValue::uncomputed_formula) {
        error(row, column, "sheet.formula-not-computed", {});
        continue;
      }
      // Above the table stand the sheet's title and instructions.
      const bool outside = row >= Grid::header_row && (row > last_row || column > last_column);
      if (outside && (cell.kind != XlsxValue::text || !is_blank_text(cell.text))) {
        error(row, column, "sheet.outside-table",
              {{"value", shown_value(cell)},
               {"last_cell", cell_name(std::max(last_row, Grid::key_row), last_column)}});
      }
    }
  }

  const XlsxSheet& sheet() const { return sheet_; }

 private:
  const XlsxSheet& sheet_;
  const std::string& path_;
  Diagnostics& diagnostics_;
};

void read_scores(SheetReader& reader, const ScoreSheetLayout& layout, ImportedSheet& imported) {
  std::vector<std::string> ids;
  for (const Criterion* c : layout.criteria)
    ids.push_back(c->id);
  reader.report_unread_cells(layout, ids.size());
  if (!reader.keys_in_place(layout, ids))
    return;
  const std::string min = layout.scale.min.normalized().to_string();
  const std::string max = layout.scale.max.normalized().to_string();
  for (std::size_t t = 0; t < layout.tenders.size(); ++t) {
    const int row = Grid::first_tender_row + static_cast<int>(t);
    for (std::size_t c = 0; c < layout.criteria.size(); ++c) {
      const int column = Grid::value_column(c);
      if (uncomputed(reader.sheet(), row, column) ||
          uncomputed(reader.sheet(), row, Grid::reason_column(c)))
        continue;
      const XlsxCell* score_cell = reader.sheet().at(row, column);
      const std::string reason = typed_text(reader.sheet(), row, Grid::reason_column(c));
      const bool has_score = score_cell != nullptr && (score_cell->kind != XlsxValue::text ||
                                                       !is_blank_text(score_cell->text));
      const MessageArgs names{{"tender", layout.tenders[t].id}, {"criterion", ids[c]}};
      if (!has_score) {
        if (!reason.empty())
          reader.error(row, column, "sheet.no-score", names);
        continue;
      }
      const auto score = score_value(*score_cell);
      if (!score) {
        reader.error(row, column, score.problem().code, {{"value", shown_value(*score_cell)}});
        continue;
      }
      if (*score < layout.scale.min || *score > layout.scale.max) {
        reader.error(row, column, "sheet.outside-scale",
                     {{"value", score->normalized().to_string()}, {"min", min}, {"max", max}});
        continue;
      }
      if (reason.empty()) {
        reader.error(row, Grid::reason_column(c), "sheet.no-reason", names);
        continue;
      }
      imported.scores_csv += csv_data_record({layout.tenders[t].id, ids[c], layout.evaluator,
                                              score->normalized().to_string(), reason});
      imported.scored.emplace_back(layout.tenders[t].id, ids[c]);
    }
  }
}

void read_verdicts(SheetReader& reader, const ScoreSheetLayout& layout, ImportedSheet& imported) {
  std::vector<std::string> ids;
  for (const auto* r : layout.requirements)
    ids.push_back(r->id);
  reader.report_unread_cells(layout, ids.size());
  if (!reader.keys_in_place(layout, ids))
    return;
  for (std::size_t t = 0; t < layout.tenders.size(); ++t) {
    const int row = Grid::first_tender_row + static_cast<int>(t);
    for (std::size_t r = 0; r < ids.size(); ++r) {
      const int column = Grid::value_column(r);
      if (uncomputed(reader.sheet(), row, column) ||
          uncomputed(reader.sheet(), row, Grid::reason_column(r)))
        continue;
      const XlsxCell* verdict_cell = reader.sheet().at(row, column);
      const std::string verdict = typed_text(reader.sheet(), row, column);
      const std::string reason = typed_text(reader.sheet(), row, Grid::reason_column(r));
      if (verdict.empty()) {
        if (!reason.empty()) {
          reader.error(row, column, "sheet.no-verdict",
                       {{"tender", layout.tenders[t].id}, {"requirement", ids[r]}});
        }
        continue;
      }
      if (verdict_cell->kind != XlsxValue::text || (verdict != "pass" && verdict != "fail")) {
        reader.error(row, column, "sheet.bad-verdict", {{"value", verdict}});
        continue;
      }
      // A failed requirement is a ground for rejection: its reason goes into the letter.
      if (verdict == "fail" && reason.empty()) {
        reader.error(row, Grid::reason_column(r), "sheet.fail-without-reason",
                     {{"tender", layout.tenders[t].id}, {"requirement", ids[r]}});
        continue;
      }
      imported.qualification_csv +=
          csv_data_record({layout.tenders[t].id, ids[r], verdict, reason});
      imported.judged.emplace_back(layout.tenders[t].id, ids[r]);
    }
  }
}

}  // namespace

std::string ScoreSheetLayout::fingerprint() const {
  std::string text = std::string(score_sheet_format) + "\n" + case_reference + "\n" + evaluator +
                     "\n" + scale_text(scale) + "\ntenders";
  for (const auto& t : tenders)
    text += " " + t.id;
  text += "\ncriteria";
  for (const Criterion* c : criteria)
    text += " " + c->id;
  text += "\nrequirements";
  if (with_qualification) {
    for (const auto* r : requirements)
      text += " " + r->id;
  }
  // Added only for a lot: the sheets of cases without lots keep their fingerprint.
  if (!lot.empty())
    text += "\nlot " + lot;
  return sha256_hex(text);
}

std::vector<std::string> sheet_evaluators(const Case& kase, const Lot* lot) {
  std::vector<std::string> ids;
  for (const auto& e : kase.evaluators)
    ids.push_back(e.id);
  const AwardCriteria* award = lot != nullptr && lot->award ? &*lot->award
                               : kase.award                 ? &*kase.award
                                                            : nullptr;
  const bool consensus = award == nullptr || award->combination == EvaluatorCombination::consensus;
  if (consensus || ids.empty())
    ids.emplace_back(consensus_evaluator);
  return ids;
}

ScoreSheetLayout score_sheet_layout(const Case& kase, const TenderLoad& tenders, Instant deadline,
                                    std::string_view evaluator, bool with_qualification,
                                    const Lot* lot) {
  ScoreSheetLayout layout;
  layout.case_reference = kase.reference;
  layout.evaluator = std::string(evaluator);
  layout.with_qualification = with_qualification;
  if (lot != nullptr)
    layout.lot = lot->id;
  // Late tenders are rejected unread: nobody scores them.
  for (const auto& t : tenders.tenders) {
    if (t.received <= deadline && (lot == nullptr || t.lot == lot->id))
      layout.tenders.push_back({t.id, t.supplier.name});
  }
  // A lot is scored by its own criteria and requirements where it has them
  // (docs/case-format.md, lots), as score rank --lot ranks it.
  const std::optional<AwardCriteria>& award =
      lot != nullptr && lot->award ? lot->award : kase.award;
  if (award) {
    layout.scale = award->scale;
    for (const Criterion* c : award->all()) {
      if (c->is_leaf() && c->kind == CriterionKind::quality)
        layout.criteria.push_back(c);
    }
  }
  if (with_qualification) {
    const auto& requirements =
        lot != nullptr && lot->qualification ? *lot->qualification : kase.qualification;
    for (const auto& r : requirements)
      layout.requirements.push_back(&r);
  }
  return layout;
}

std::string score_sheet_file_name(const Case& kase, std::string_view evaluator, const Lot* lot) {
  if (lot == nullptr)
    return "score-sheet-" + std::string(evaluator) + ".xlsx";
  return "score-sheet-lot" + std::to_string(kase.lots.number_of(*lot)) + "-" + lot->id + "-" +
         std::string(evaluator) + ".xlsx";
}

std::vector<std::string> score_sheet_marker_cells(const ScoreSheetLayout& layout,
                                                  std::string_view scores_sheet,
                                                  std::string_view qualification_sheet) {
  std::vector<std::string> cells{
      std::string(score_sheet_format),
      layout.case_reference,
      layout.evaluator,
      layout.fingerprint(),
      std::string(scores_sheet),
      layout.with_qualification ? std::string(qualification_sheet) : std::string()};
  if (!layout.lot.empty())
    cells.push_back(layout.lot);
  return cells;
}

namespace {

std::string lot_ids(const Case& kase) {
  std::string ids;
  for (const auto& id : kase.lots.ids())
    ids += (ids.empty() ? "'" : ", '") + id + "'";
  return ids.empty() ? "-" : ids;
}

// The lot the marker names, checked against the case and against --lot
// (`chosen`): `found` is nullptr for a sheet without a lot in a case not
// divided into lots. False (reported) when the sheet cannot be imported:
// a lot the case lacks, another lot than --lot names, or no lot in a case
// divided into lots, whose tenders and criteria differ from lot to lot.
bool sheet_lot(const Case& kase, const std::string& marked, const Lot* chosen,
               const std::string& path, const Lot*& found, Diagnostics& diagnostics) {
  found = nullptr;
  if (marked.empty()) {
    if (!kase.lots.divided())
      return true;
    diagnostics.error("sheet.without-lot", {{"path", path}, {"lots", lot_ids(kase)}});
    return false;
  }
  found = kase.lots.find(marked);
  if (found == nullptr) {
    diagnostics.error("sheet.unknown-lot",
                      {{"path", path}, {"lot", marked}, {"lots", lot_ids(kase)}});
    return false;
  }
  if (chosen != nullptr && chosen != found) {
    diagnostics.error("sheet.other-lot", {{"path", path}, {"lot", marked}, {"chosen", chosen->id}});
    return false;
  }
  return true;
}

}  // namespace

std::optional<ImportedSheet> import_score_sheet(const Case& kase, const TenderLoad& tenders,
                                                Instant deadline,
                                                const std::vector<XlsxSheet>& sheets,
                                                const std::string& display_path,
                                                const Lot* chosen_lot, Diagnostics& diagnostics) {
  const XlsxSheet* marker = find_sheet(sheets, score_sheet_marker);
  if (marker == nullptr || cell_text(*marker, 0, 0) != score_sheet_format) {
    diagnostics.error("sheet.not-a-score-sheet", {{"path", display_path}});
    return std::nullopt;
  }
  const std::string reference = cell_text(*marker, 1, 0);
  const std::string evaluator = cell_text(*marker, 2, 0);
  if (reference != kase.reference) {
    diagnostics.error("sheet.other-case",
                      {{"path", display_path}, {"reference", reference}, {"case", kase.reference}});
    return std::nullopt;
  }
  const Lot* lot = nullptr;
  if (!sheet_lot(kase, cell_text(*marker, 6, 0), chosen_lot, display_path, lot, diagnostics))
    return std::nullopt;
  const auto evaluators = sheet_evaluators(kase, lot);
  if (std::find(evaluators.begin(), evaluators.end(), evaluator) == evaluators.end()) {
    diagnostics.error("sheet.unknown-evaluator",
                      {{"path", display_path}, {"evaluator", evaluator}});
    return std::nullopt;
  }
  const std::string scores_name = cell_text(*marker, 4, 0);
  const std::string qualification_name = cell_text(*marker, 5, 0);
  const ScoreSheetLayout layout =
      score_sheet_layout(kase, tenders, deadline, evaluator, !qualification_name.empty(), lot);
  const XlsxSheet* scores = find_sheet(sheets, scores_name);
  const XlsxSheet* qualification =
      layout.with_qualification ? find_sheet(sheets, qualification_name) : nullptr;
  if (layout.fingerprint() != cell_text(*marker, 3, 0)) {
    diagnostics.error("sheet.structure-changed", {{"path", display_path}});
    return std::nullopt;
  }
  // Renamed, the sheet is there still: say so, not that the case changed.
  bool sheets_found = true;
  for (const auto& [name, found] :
       {std::pair{&scores_name, scores}, std::pair{&qualification_name, qualification}}) {
    if (found != nullptr || name->empty())
      continue;
    std::string present;
    for (const auto& sheet : sheets) {
      if (sheet.name != score_sheet_marker)
        present += (present.empty() ? "" : ", ") + sheet.name;
    }
    diagnostics.error("sheet.sheet-missing",
                      {{"path", display_path}, {"sheet", *name}, {"sheets", present}});
    sheets_found = false;
  }
  if (!sheets_found)
    return std::nullopt;
  const int errors_before = diagnostics.error_count();
  ImportedSheet imported;
  imported.evaluator = evaluator;
  imported.lot = layout.lot;
  SheetReader score_reader(*scores, display_path, diagnostics);
  read_scores(score_reader, layout, imported);
  if (qualification != nullptr) {
    SheetReader verdict_reader(*qualification, display_path, diagnostics);
    read_verdicts(verdict_reader, layout, imported);
  }
  if (diagnostics.error_count() > errors_before)
    return std::nullopt;
  if (!imported.scored.empty())
    imported.scores_csv = csv_data_record({"tender", "criterion", "evaluator", "score", "reason"}) +
                          imported.scores_csv;
  if (!imported.judged.empty())
    imported.qualification_csv =
        csv_data_record({"tender", "requirement", "result", "reason"}) + imported.qualification_csv;
  return imported;
}

}  // namespace procure
