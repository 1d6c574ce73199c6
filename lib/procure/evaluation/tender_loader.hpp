#pragma once
// Reading a case's tenders (bids/) and, for ranking, the buyer's assessments
// of them (evaluation/), from YAML files and CSV tables alike, with every
// problem reported at its file, line and column in one pass.
//
//   bids/<id>.yaml                  one tender
//   bids/tenders.csv                tenders, one a row
//   bids/import.yaml                how to read an e-tendering export (import_mapping.hpp)
//   bids/price-schedule.csv         price schedule lines of any tender
//   bids/answers.csv                suppliers' answers to the requirements
//   bids/<anything>/...             attachments: sealed at opening, not read
//   evaluation/<id>.yaml            the assessment of one tender
//   evaluation/qualification.csv    verdicts on requirements
//   evaluation/scores.csv           evaluators' scores with reasons
//
// Files whose names start with '.' are left alone (editors and file
// browsers leave such files).

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/task_runner.hpp"
#include "procure/evaluation/assessment.hpp"
#include "procure/evaluation/tender.hpp"
#include "procure/model/case.hpp"

namespace procure {

struct TenderLoad {
  std::vector<Tender> tenders;                    // sorted by id
  std::map<std::string, Assessment> assessments;  // by tender id
  Diagnostics diagnostics;

  const Tender* find(std::string_view id) const;
  const Assessment* assessment(std::string_view id) const;
};

// Reads the tenders of the case in `case_folder` (shown as `display_folder`),
// and the assessments too when `with_assessments`; a large score table in
// parts at once with `parallel`, with the same result as in one pass.
TenderLoad load_tenders(const Case& kase, const std::filesystem::path& case_folder,
                        const std::string& display_folder, bool with_assessments,
                        const TaskRunner& parallel = {});

// The requests to participate of a case with a prequalification, from
// requests/ (one file a candidate, written as a tender without a price);
// none, without a diagnostic, while the folder does not exist.
TenderLoad load_requests(const Case& kase, const std::filesystem::path& case_folder,
                         const std::string& display_folder);

// "kmd" + "bids/x.yaml" -> "kmd/bids/x.yaml": paths as the user will recognise them.
std::string display_join(const std::string& folder, const std::string& relative);

}  // namespace procure
