// The letters of the award, one per tender: the award notice (to every
// tenderer at the same time: the decision, the chosen tender, the reasons per
// criterion against the tenderer's own, the end of the standstill period) and
// the rejection letter (the ground, the evaluators' reason, the rule). For a
// prize, the award notice is the jury's decision to each applicant.
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "procure/documents/document_data.hpp"
#include "procure/documents/evaluation_texts.hpp"
#include "procure/evaluation/score_rounding.hpp"
#include "procure/flow/schedule.hpp"
#include "procure/rules/rule_check.hpp"
#include "procure/text/formatting.hpp"

namespace procure::documents_detail {
namespace {

constexpr std::string_view award_notice = "award-notice";

// One side of a comparison: a tender's price, score and points (`result`, as
// shown) and reasons on a criterion. Under consensus the agreed reason is the reason given; under
// an average, each evaluator's.
TemplateValue side(const Evaluation& e, std::size_t node, const TenderResult& r, ShownResult result,
                   Lang lang) {
  auto& [score, points] = result;
  TemplateValue reasons =
      evaluator_reasons(*e.kase, node_result(r, node).scores, lang, ReasonsGiven::agreed_alone);
  const Tender& tender = *r.tender;
  TemplateValue shown = TemplateValue::record(7);
  shown.set("has_score", !score.empty());
  shown.set("score", std::move(score));
  shown.set("has_points", !points.empty());
  shown.set("points", std::move(points));
  shown.set("has_reasons", !reasons.items()->empty());
  shown.set("reasons", std::move(reasons));
  shown.set("price", tender.price ? format_money(*tender.price, lang, Spacing::no_break) : "");
  return shown;
}

// Per criterion, the chosen tender beside this one: scores, points, reasons,
// and which of the two the criterion favours. Built as the template takes
// it: a thousand letters each compare two tenders. Its texts borrow
// `criteria`'s.
TemplateValue comparison(const Evaluation& e, const CriteriaShown& criteria,
                         const TenderResult& winner, const TenderResult& own, Lang lang) {
  // A rejected tender was not scored with the others, so it is not compared.
  const bool compared = own.scored && &own != &winner;
  TemplateValue rows = TemplateValue::list(e.layout.nodes.size());
  for (std::size_t n = 0; n < e.layout.nodes.size(); ++n) {
    const CriterionNode& node = e.layout.nodes[n];
    ShownResult chosen = shown_result(e, n, winner, lang);
    const bool both = compared && !chosen.points.empty();
    const double difference = both ? winner.criteria[n].points - own.criteria[n].points : 0;
    const bool level = both && displayed_score(difference).is_zero();
    TemplateValue& row = push_criterion_row(rows, criteria, node, n, 12);
    row.set("chosen", side(e, n, winner, std::move(chosen), lang));
    row.set("yours", side(e, n, own, shown_result(e, n, own, lang), lang));
    row.set("chosen_ahead", both && !level && difference > 0);
    row.set("yours_ahead", both && !level && difference < 0);
    row.set("level", level);
    row.set("difference", both ? shown_score(std::abs(difference), lang) : "");
  }
  return rows;
}

// The day the award notices are sent: recorded, or planned in the timeline.
struct SentDay {
  Date day;
  std::string from;  // "records.award_notices_sent", or the milestone's id
};

std::optional<SentDay> award_notice_day(const Case& c) {
  if (c.records.award_notices_sent)
    return SentDay{*c.records.award_notices_sent, "records.award_notices_sent"};
  const Milestone* planned = c.timeline.find(MilestoneKind::award_notice);
  if (planned != nullptr && planned->exact() != nullptr)
    return SentDay{planned->exact()->date, planned->id};
  return std::nullopt;
}

bool same_place(const std::optional<SourceSpan>& a, const SourceSpan& b) {
  return a && a->file == b.file && a->line == b.line && a->column == b.column;
}

// The end of the standstill period from the case's schedule (counted from
// the award notice by the rules, or as the timeline plans it, checked against
// the rules), and the rule it rests on. Nullopt when it cannot be stated.
nlohmann::json standstill_data(const DocumentSources& sources, Lang lang,
                               Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  const MessageArgs document{{"document", std::string(award_notice)}};
  const auto sent = award_notice_day(c);
  if (!sent) {
    diagnostics.error("document.no-award-notice-date", document,
                      SourceSpan{c.case_file, 0, 0, 1, ""});
    return {};
  }
  if (sent->day != sources.today) {
    diagnostics.error("document.award-notice-date", {{"document", std::string(award_notice)},
                                                     {"date", sources.today.iso()},
                                                     {"sent", sent->day.iso()},
                                                     {"from", sent->from}});
    return {};
  }
  if (sources.rules == nullptr)
    throw std::logic_error("the award notice was built without the rule tables");
  // The award notice's own record (case.yaml) decides the count; the case's
  // files record nothing about it.
  const CaseSchedule schedule =
      case_schedule(c, case_progress(c, CaseEvidence{}, Instant::max()), *sources.rules);
  const ScheduleItem* end = schedule.last_of(MilestoneKind::standstill_end);
  const DateTime* at = end != nullptr ? std::get_if<DateTime>(&end->when) : nullptr;
  if (at == nullptr) {
    diagnostics.error("document.no-standstill-end", document, SourceSpan{c.case_file, 0, 0, 1, ""});
    return {};
  }
  // A planned end is stated only if the rules accept it.
  if (!end->computed) {
    const RuleCheck check = check_rules(c, *sources.rules);
    for (const auto& finding : check.findings.items()) {
      if (finding.severity == Severity::error && same_place(finding.where, end->where))
        diagnostics.add(finding);
    }
  }
  const TimeLimitRow* row = applicable_time_limit(c, *sources.rules, MilestoneKind::award_notice,
                                                  MilestoneKind::standstill_end);
  // Above the EEA thresholds a petition for an interim injunction filed within
  // the standstill suspends the signing (Directive 89/665/EEC art. 2(3)).
  const bool suspension = row != nullptr && std::find(row->regimes.begin(), row->regimes.end(),
                                                      Regime::part_3) != row->regimes.end();
  return {{"end",
           at->time ? format_date_time_long(*at, lang) : format_date_with_weekday(at->date, lang)},
          {"whole_day", !at->time.has_value()},
          {"has_rule", row != nullptr},
          {"rule", row != nullptr ? row->ref.rule : ""},
          {"suspension", suspension}};
}

}  // namespace

nlohmann::json build_award_notice(const DocumentSources& sources, Lang lang,
                                  Diagnostics& diagnostics) {
  const CaseEvaluation& ce = case_evaluation(sources);
  check_award_document(sources, award_notice, diagnostics);
  const Evaluation& e = ce.evaluation();
  const Case& c = sources.kase;
  if (!e.winner) {
    diagnostics.error(e.ranked == 0 ? "document.no-valid-tender" : "document.no-winner",
                      {{"document", std::string(award_notice)}});
    return {};
  }
  const TenderResult& own = recipient(sources);
  const TenderResult& winner = e.tenders[*e.winner];
  nlohmann::json data;
  data["recipient"] = tender_identity(*own.tender, lang).to_json();
  data["is_winner"] = &own == &winner;
  data["is_ranked"] = own.scored;
  data["is_rejected"] = own.rejected();
  data["is_other"] = own.scored && &own != &winner;
  data["rank"] = std::to_string(own.rank);
  data["rank_shared"] = own.tie_unresolved;
  data["ranked_count"] = std::to_string(e.ranked);
  data["own_result"] = own.scored ? result_shown(e, own, lang) : "";
  data["winner"] = tender_identity(*winner.tender, lang).to_json();
  data["winner_result"] = result_shown(e, winner, lang);
  data["adjusted_price"] = uses_adjusted_price(e);
  data["grounds"] = rejection_grounds(e, own, lang);
  data["criteria"] = comparison(e, criteria_shown(e, lang), winner, own, lang).to_json();
  data["award"] = award_data(*e.award, c, lang);

  nlohmann::json nominees = nlohmann::json::array();
  bool nominated = false;
  if (c.procedure == Procedure::prize && e.award->nominees) {
    for (std::size_t i = 0; i < e.ranked && e.tenders[i].rank <= *e.award->nominees; ++i) {
      nlohmann::json nominee = tender_identity(*e.tenders[i].tender, lang).to_json();
      nominee["is_winner"] = e.winner == i;
      nominees.push_back(nominee);
      nominated = nominated || &e.tenders[i] == &own;
    }
  }
  data["nominees"] = nominees;
  data["has_nominees"] = !nominees.empty();
  data["is_nominee"] = nominated;
  data["has_standstill"] = c.procedure != Procedure::prize;
  data["standstill"] = c.procedure != Procedure::prize ? standstill_data(sources, lang, diagnostics)
                                                       : nlohmann::json::object();
  return data;
}

nlohmann::json build_rejection_letter(const DocumentSources& sources, Lang lang,
                                      Diagnostics& diagnostics) {
  const CaseEvaluation& ce = case_evaluation(sources);
  check_award_document(sources, "rejection-letter", diagnostics);
  const Evaluation& e = ce.evaluation();
  const TenderResult& own = recipient(sources);
  nlohmann::json data;
  data["recipient"] = tender_identity(*own.tender, lang).to_json();
  const nlohmann::json grounds = rejection_grounds(e, own, lang);
  data["grounds"] = grounds;
  data["one_ground"] = grounds.size() == 1;
  return data;
}

}  // namespace procure::documents_detail
