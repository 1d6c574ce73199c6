#pragma once
// Scoring sheets: the workbook an evaluator fills in (tenders × criteria,
// a score and a reason each; the qualification verdicts when the sheet
// carries them), and the reading of a filled one back into the evaluation
// tables. The grid is fixed here, for the writer (procure-score sheet) and
// the reader (procure-score import) alike.
//
// A hidden sheet marks the workbook: its format, the case's reference, the
// evaluator, a fingerprint of the structure (tenders, criteria,
// requirements, scale) and, in a case divided into lots, the lot: a lot's
// sheet holds that lot's tenders and criteria only. A sheet for another case, or for a structure
// that has changed since it was written, is refused, and so is a filled sheet whose tender or
// criterion ids no longer stand where they were written.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "procure/model/case.hpp"
#include "procure/spreadsheet/xlsx_reader.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

inline constexpr std::string_view score_sheet_format = "procure-score-sheet/1";
// The hidden sheet with the marker, one value a row in column A.
inline constexpr std::string_view score_sheet_marker = "procure";

// Where things stand on the scores and qualification sheets (0-based).
struct ScoreSheetGrid {
  static constexpr int reference_row = 0;
  static constexpr int evaluator_row = 1;
  static constexpr int scale_row = 2;
  static constexpr int header_row = 4;  // names, for people
  static constexpr int key_row = 5;     // ids, checked when the sheet comes back
  static constexpr int first_tender_row = 6;
  static constexpr int id_column = 0;
  static constexpr int supplier_column = 1;
  // Each criterion (requirement) takes two columns: the score (verdict), its reason.
  static constexpr int value_column(std::size_t item) { return 2 + 2 * static_cast<int>(item); }
  static constexpr int reason_column(std::size_t item) { return 3 + 2 * static_cast<int>(item); }
};

struct SheetTender {
  std::string id;
  std::string supplier;
};

struct ScoreSheetLayout {
  std::string case_reference;
  std::string evaluator;  // an evaluator's id, or consensus
  Scale scale;
  std::vector<SheetTender> tenders;                           // on time, by id
  std::vector<const Criterion*> criteria;                     // the quality leaves
  std::vector<const QualificationRequirement*> requirements;  // when with_qualification
  bool with_qualification = false;
  std::string lot;  // the lot's id in a case divided into lots; empty otherwise

  // SHA-256 of the structure: reference, evaluator, scale, every id in order
  // and the lot.
  std::string fingerprint() const;
};

// Who gets a sheet: every evaluator of the case, and the consensus when the
// case (the lot, by its own criteria) agrees on scores (or lists no evaluators).
std::vector<std::string> sheet_evaluators(const Case& kase, const Lot* lot = nullptr);

// The sheet of `evaluator` (one of sheet_evaluators) for the tenders
// received by the deadline; with `lot` (one of the case's), for the lot's
// tenders by the lot's criteria and requirements (or the case's).
ScoreSheetLayout score_sheet_layout(const Case& kase, const TenderLoad& tenders, Instant deadline,
                                    std::string_view evaluator, bool with_qualification,
                                    const Lot* lot = nullptr);

// The name procure-score sheet gives the workbook: score-sheet-<evaluator>.xlsx,
// and for a lot score-sheet-lot<number>-<lot>-<evaluator>.xlsx (lots numbered
// in the case's order, as in its documents).
std::string score_sheet_file_name(const Case& kase, std::string_view evaluator, const Lot* lot);

// The marker sheet's column A, top down: format, reference, evaluator,
// fingerprint, the names of the scores and qualification sheets, and the
// lot (only in a lot's sheet, so that other sheets stay as they were).
std::vector<std::string> score_sheet_marker_cells(const ScoreSheetLayout& layout,
                                                  std::string_view scores_sheet,
                                                  std::string_view qualification_sheet);

// What a filled sheet gives: the evaluation tables docs/scoring.md
// describes (scores.csv, qualification.csv columns), for one evaluator.
struct ImportedSheet {
  std::string evaluator;
  std::string lot;                // the lot the sheet is for; empty in a case not divided into lots
  std::string scores_csv;         // empty when no score was given
  std::string qualification_csv;  // empty when no verdict was given
  // What the sheet gives (its counts, and what to compare with what the
  // case holds already): (tender, criterion) for each score, (tender,
  // requirement) for each verdict.
  std::vector<std::pair<std::string, std::string>> scored;
  std::vector<std::pair<std::string, std::string>> judged;
};

// Reads a filled workbook (shown as `display_path`) against the case; every
// bad value is reported at its sheet and cell ("Poeng!D7") in one pass.
// In a case divided into lots the sheet must be a lot's, and `lot` (from
// --lot; nullptr for any) that lot. Nullopt when anything is wrong.
std::optional<ImportedSheet> import_score_sheet(const Case& kase, const TenderLoad& tenders,
                                                Instant deadline,
                                                const std::vector<XlsxSheet>& sheets,
                                                const std::string& display_path, const Lot* lot,
                                                Diagnostics& diagnostics);

}  // namespace procure
