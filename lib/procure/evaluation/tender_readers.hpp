#pragma once
// Internal to the tender loader: the readers of each kind of file, and the
// checks they share, so that a value means the same in YAML and in CSV.

#include <filesystem>
#include <optional>
#include <set>
#include <string>

#include "procure/core/task_runner.hpp"
#include "procure/evaluation/import_mapping.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "procure/load/value_readers.hpp"
#include "procure/yaml/reader.hpp"

namespace procure::evaluation_detail {

struct Context {
  const Case& kase;
  TenderLoad& load;  // what is read goes here
  // The tenders references are looked up in: the load's own, or, for a part
  // of a score table read beside the rest, those of the load it joins.
  std::vector<Tender>& tenders;
  // In a case divided into lots, each lot as a case (lot_view.hpp), by lot id:
  // a tender's scores and verdicts refer to its lot's criteria and requirements.
  const std::map<std::string, Case, std::less<>>& lot_views;
  // Runs the parts of a large score table at once (read_scores_csv).
  const TaskRunner& parallel;
  // Where each tender and answer was first given, to point at both places
  // when one is given twice (scores and verdicts are found in their assessment).
  std::map<std::string, SourceSpan> first_seen{};
  // Tenders by id once all are read, and criteria by id: large score tables
  // look both up on every row.
  std::map<std::string, std::size_t, std::less<>> tender_index{};
  // By lot ("" for a case not divided into lots).
  std::map<std::string, std::map<std::string, const Criterion*, std::less<>>> criterion_index{};
  // Tenders whose file could not be read: references to them are not
  // reported again as unknown.
  std::set<std::string> unreadable{};
  // The tender and the assessment found last: a score table gives a
  // tender's rows one after another.
  std::size_t last_tender = 0;
  std::pair<const std::string, Assessment>* last_assessment = nullptr;
  // The criterion found last, in its lot, and the scores of one criterion
  // in one assessment added to last: each comes once an evaluator.
  const Criterion* last_criterion = nullptr;
  const std::string* last_criterion_lot = nullptr;
  const Assessment* last_scores_assessment = nullptr;
  std::pair<const std::string, CriterionScores>* last_scores = nullptr;

  // The case as the tender's lot sees it; the case itself for a tender
  // without a lot, or for a lot the case lacks (reported elsewhere).
  const Case& case_of(const Tender& tender) const;

  Tender* find_tender(std::string_view id);
  // Call once the tenders are read and sorted.
  void index_tenders();
  const Criterion* find_criterion(const Tender& tender, std::string_view id);
  Assessment& assessment(const std::string& tender, const std::string& file, const SourceSpan& at);
  // The same, the place made into a span only for a new assessment.
  Assessment& assessment(const std::string& tender, const std::string& file, const SourcePlace& at);
  // The scores given to `criterion` in `assessment` (made empty when there are none).
  CriterionScores& criterion_scores(Assessment& assessment, const std::string& criterion);
  // Records `key` as given at `where`; false (and the earlier place) if it was given before.
  bool first_time(const std::string& key, const SourceSpan& where, std::string& earlier);
};

// Values read the same way from YAML and CSV; each reports its problem at the node.
// (The organisation number: read_organisation_number, procure/load/value_readers.hpp.)
std::optional<Money> read_price(Context& ctx, yaml::Reader& reader, const yaml::Node& node);

// Adds a tender read from a file or a row; reports an id used before.
void add_tender(Context& ctx, Tender tender);

struct PriceLineNodes {
  const yaml::Node* item = nullptr;
  const yaml::Node* description = nullptr;
  const yaml::Node* unit = nullptr;
  const yaml::Node* quantity = nullptr;
  const yaml::Node* unit_price = nullptr;
};
std::optional<PriceLine> read_price_line(Context& ctx, yaml::Reader& reader,
                                         const PriceLineNodes& nodes, const SourceSpan& where);

// References by id, reported with the nearest valid id when unknown.
Tender* tender_ref(Context& ctx, yaml::Reader& reader, const yaml::Node& node);
Tender* tender_of_file(Context& ctx, yaml::Reader& reader, const std::string& id);
bool requirement_ref(const Case& kase, yaml::Reader& reader, const yaml::Node& node);

void add_answer(Context& ctx, yaml::Reader& reader, Tender& tender, const yaml::Node& requirement,
                const yaml::Node& answer);
void add_verdict(Context& ctx, yaml::Reader& reader, const Tender& tender,
                 const yaml::Node& requirement, const yaml::Node& result, const yaml::Node* reason,
                 const std::string& file);
void add_score(Context& ctx, yaml::Reader& reader, const Tender& tender,
               const yaml::Node& criterion, const yaml::Node& evaluator, const yaml::Node* score,
               const yaml::Node* reason, SourcePlace where, const std::string& file);

// One file each.
void read_tender_yaml(Context& ctx, const std::filesystem::path& path, const std::string& shown,
                      const std::string& id);
void read_assessment_yaml(Context& ctx, const std::filesystem::path& path, const std::string& shown,
                          const std::string& id);
void read_tenders_csv(Context& ctx, const std::filesystem::path& path, const std::string& shown);
// An e-tendering system's export of the tenders, read through its import
// mapping (shown as `mapping_shown`) as bids/tenders.csv is read.
void read_tender_export(Context& ctx, const ImportMapping& mapping,
                        const std::filesystem::path& path, const std::string& shown,
                        const std::string& mapping_shown);
void read_price_schedule_csv(Context& ctx, const std::filesystem::path& path,
                             const std::string& shown);
void read_answers_csv(Context& ctx, const std::filesystem::path& path, const std::string& shown);
void read_qualification_csv(Context& ctx, const std::filesystem::path& path,
                            const std::string& shown);
void read_scores_csv(Context& ctx, const std::filesystem::path& path, const std::string& shown);

}  // namespace procure::evaluation_detail
