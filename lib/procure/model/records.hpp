#pragma once
// What has been done in a case, as the officer records it: the facts that
// turn a planned milestone into a finished step. A phase of the procurement
// is done when its milestone has passed and its record exists.

#include <optional>
#include <string>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/model/company_size.hpp"
#include "procure/model/notice_kind.hpp"

#include "procure/time/civil_time.hpp"

namespace procure {

// A notice sent to Doffin/TED, as the officer records it (`records.notices`):
// its kind, the version sent and the content fingerprint `procure notice`
// printed for it. A case whose notice content differs from the last one
// recorded gets a change notice with the next version.
struct PublishedNotice {
  NoticeKind kind = NoticeKind::cn;
  int version = 1;
  std::optional<Date> published;
  std::string content;
  SourceSpan where;
};

struct CaseRecords {
  std::optional<Date> dialogue_held;           // the dialogue meeting(s) took place
  std::optional<int> written_inputs_received;  // written inputs received by the deadline
  std::optional<Date> notice_published;        // the contract notice was sent to Doffin/TED
  std::optional<int> tenders_received;         // tenders received by the tender deadline
  std::optional<DateTime> tenders_opened;      // the tenders were opened
  std::optional<Date> scores_agreed;           // the evaluation's scores were agreed
  std::optional<Date> award_notices_sent;      // award notices went to all tenderers
  std::optional<Date> contract_signed;         // the contract was signed
  std::optional<CompanySize> winner_size;      // the contractor's size, for the award notice
  std::vector<PublishedNotice> notices;        // eForms notices sent, oldest first

  bool empty() const {
    return !dialogue_held && !written_inputs_received && !notice_published && !tenders_received &&
           !tenders_opened && !scores_agreed && !award_notices_sent && !contract_signed &&
           !winner_size && notices.empty();
  }
};

}  // namespace procure
