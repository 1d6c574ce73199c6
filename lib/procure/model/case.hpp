#pragma once
// One procurement case: everything case.yaml says, typed and checked.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/lang.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/core/money.hpp"
#include "procure/model/award_criteria.hpp"
#include "procure/model/case_files.hpp"
#include "procure/model/contract.hpp"
#include "procure/model/cpv_code.hpp"
#include "procure/model/document_texts.hpp"
#include "procure/model/lot.hpp"
#include "procure/model/market_dialogue.hpp"
#include "procure/model/parties.hpp"
#include "procure/model/procedure.hpp"
#include "procure/model/qualification.hpp"
#include "procure/model/records.hpp"
#include "procure/model/stages.hpp"
#include "procure/model/timeline.hpp"
#include "procure/time/period.hpp"

namespace procure {

inline constexpr std::string_view case_format_v1 = "procure-case/1";

struct Case {
  // Where the case lives: its folder, and case.yaml as the user named it.
  std::filesystem::path folder;
  std::string case_file;

  std::string reference;
  LocalizedText title;
  std::vector<Lang> languages{Lang::nb};  // the first is the primary language
  Currency currency{"NOK", 2};
  Buyer buyer;
  std::vector<Contact> contacts;
  LocalizedText background;
  LocalizedText needs;
  LocalizedText scope;
  std::optional<Money> estimated_value;  // excluding VAT
  // The value the thresholds are compared with where it is not
  // estimated_value: a lot's view (lot_view.hpp) keeps its case's, since the
  // value of every lot counts (FOA § 5-4); unset for a case itself.
  std::optional<Money> threshold_value;
  std::vector<CpvCode> cpv;
  ContractCategory category = ContractCategory::services;
  Procedure procedure = Procedure::open;
  Regime regime = Regime::derive;
  bool electronic_submission = true;
  // Where tenders are submitted: the competition's page in the e-tendering
  // system (a contract notice's BT-18); empty when the case does not say.
  std::string submission_url;
  // Whether the award notice goes to the tenderers electronically; sent by
  // other means, the standstill is longer (rules/time-limits.yaml).
  bool award_notice_electronic = true;
  bool urgency = false;
  // A prior information notice that held all the notice's information may
  // shorten the minimum time limits (the rules also check when it was sent).
  bool prior_information_notice_qualifies = false;
  Timeline timeline;
  std::vector<Date> closing_days;  // the buyer's own closing days (Christmas Eve, say)
  MarketDialogue market_dialogue;
  std::vector<QualificationRequirement> qualification;
  std::optional<AwardCriteria> award;
  std::vector<Evaluator> evaluators;
  CaseLots lots;  // delkontrakter, when the case is divided
  // Lead times of calendar alarms before each milestone (reminders.alarms).
  std::vector<Period> alarms;
  CaseRecords records;
  // Prequalification and negotiation rounds; empty for a case of one round.
  Stages stages;
  // The contract phase, once the case describes it (the contract: section).
  std::optional<Contract> contract;
  TenderTerms tender_terms;  // tender_terms: text blocks of the tender documents
  RecordNotes record_notes;  // procurement_record: reasons the record keeps

  // Where each value stood in case.yaml, by path: "regime",
  // "timeline.tender_deadline", "award.criteria[0].weight".
  std::map<std::string, SourceSpan> locations;

  Lang primary_language() const { return languages.front(); }
  // What decides the part of FOA: threshold_value, else estimated_value.
  const std::optional<Money>& value_for_thresholds() const {
    return threshold_value ? threshold_value : estimated_value;
  }
  const SourceSpan* location(const std::string& path) const;
  const Evaluator* find_evaluator(std::string_view id) const;
};

}  // namespace procure
