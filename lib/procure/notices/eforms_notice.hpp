#pragma once
// An eForms notice (UBL 2.3 with the eForms extensions, SDK 1.15) written
// from a case: the prior information notice, the contract notice and the
// contract award notice, in the EU form above the EEA threshold (for TED
// and Doffin) or in Norway's national form below it (for Doffin). Data a
// notice needs and the case lacks is a diagnostic at the case's key naming
// the business term (BT-...), never an invalid notice. A case divided into
// lots gives one lot (and, in the award notice, one lot result) per lot.
// docs/notices.md maps the case's keys to the business terms.

#include <optional>
#include <string>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/lang.hpp"
#include "procure/evaluation/evaluation.hpp"
#include "procure/model/case.hpp"
#include "procure/model/notice_kind.hpp"
#include "procure/rules/rule_tables.hpp"
#include "procure/time/civil_time.hpp"

namespace procure {

struct NoticeRequest {
  NoticeKind kind = NoticeKind::cn;
  // The language of a national notice. EU notices are in English, the EU
  // language TED needs (Norwegian is not one: BR-BT-00702-0103), and for
  // Doffin in Norwegian too: nn for nn, else Bokmål, as the case has them.
  Lang lang = Lang::nb;
  // part_3: the EU forms; part_1 and part_2: the national forms.
  Regime regime = Regime::part_3;
  // The CustomizationID with the extension Doffin asks for (eforms-nor);
  // without it, the plain SDK version that the EU's own rules accept
  // (BR-OPT-00002-0052 refuses any extension).
  bool doffin_customization = true;
  DateTime issued;  // the notice's dispatch date and time, Oslo (BT-05)
  // The contract award notice needs the complete evaluation: of the case,
  // or of each lot of a case divided into lots, in the case's order.
  const Evaluation* evaluation = nullptr;
  std::vector<const Evaluation*> lot_evaluations;
  // In a procedure in stages, the requests to participate received
  // (requests/): a request naming a lot counts for it, any other for every lot.
  const std::vector<Tender>* requests = nullptr;
};

struct Notice {
  std::string xml;
  std::string subtype;  // the eForms notice subtype: "16", "E3" ...
  std::string id;       // the notice identifier (BT-701), stable per case and kind
  int version = 1;      // the notice version (BT-757)
  // What the notice says, as a fingerprint: recorded in case.yaml
  // (records.notices) once published, so that a later change is seen.
  std::string content;
  // A change notice: the version of the published notice it changes.
  std::optional<int> changes_version;
};

// The part of the regulation a notice is written under: the case's own
// `regime`, else the one derived on `on` (the day the notice is sent) from
// the estimated value (BT-27). Nullopt, with a diagnostic, when it cannot be
// told or the case is outside the procurement rules.
std::optional<Regime> notice_regime(const Case& kase, const RuleTables& tables, Date on,
                                    Diagnostics& diagnostics);

std::optional<Notice> write_notice(const Case& kase, const NoticeRequest& request,
                                   Diagnostics& diagnostics);

// What `procure notice cn` would refuse the case for, told before the notice
// is due: each text the contract notice takes (BT-21, BT-24, BT-734 ...)
// that the case lacks in a language the notice is written in, as the notice
// itself finds it (notice.text-missing), as a warning notice.text-needed at
// the text's key. The notice as it is written for Doffin on the day the
// timeline plans it (timeline.notice_sent), in the case's Norwegian; nothing
// for a case that plans no day or gets no notice.
Diagnostics notice_texts_needed(const Case& kase, const RuleTables& tables);

// What stops a prior information or contract notice: the errors procure
// check finds in the case against the rules (a time limit too short, a
// regime too low), for once published the notice binds the buyer. An award
// notice reports what was done, and is written regardless: nothing.
Diagnostics rule_errors_stopping(const Case& kase, const RuleTables& tables, NoticeKind kind);

}  // namespace procure
