// What the award documents (the evaluation report, the award notices and
// the rejection letters) share: the tenders as they are named, each
// criterion's result with the evaluators' reasons, and the grounds for
// rejection, all read off the evaluation procure-score computes.
#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "procure/documents/document_data.hpp"
#include "procure/documents/evaluation_texts.hpp"
#include "procure/text/formatting.hpp"

namespace procure::documents_detail {
namespace {

std::string arg(const MessageArgs& args, std::string_view name) {
  for (const auto& [key, value] : args) {
    if (key == name)
      return value;
  }
  return {};
}

std::string when(Instant instant, Lang lang) {
  return format_date_time_long(oslo_local(instant), lang);
}

// "112 345 671" kept on one line.
std::string no_break(std::string text) {
  for (auto at = text.find(' '); at != std::string::npos; at = text.find(' ', at + 2))
    text.replace(at, 1, "\xC2\xA0");
  return text;
}

}  // namespace

const CaseEvaluation& case_evaluation(const DocumentSources& sources) {
  if (sources.evaluation == nullptr || !sources.evaluation->ok())
    throw std::logic_error("an award document was built without a complete evaluation");
  return *sources.evaluation;
}

void check_award_document(const DocumentSources& sources, std::string_view document,
                          Diagnostics& diagnostics) {
  const Date opened = oslo_local(case_evaluation(sources).protocol().opened_at).date;
  if (sources.today < opened) {
    diagnostics.error("document.before-opening", {{"document", std::string(document)},
                                                  {"date", sources.today.iso()},
                                                  {"opened", opened.iso()}});
  }
}

const TenderResult& recipient(const DocumentSources& sources) {
  for (const auto& r : case_evaluation(sources).evaluation().tenders) {
    if (r.tender->id == sources.tenderer)
      return r;
  }
  throw std::logic_error("a letter to a tender the evaluation does not have");
}

TemplateValue tender_identity(const Tender& tender, Lang lang) {
  TemplateValue identity = TemplateValue::record(10);
  identity.set("id", TemplateValue::borrowed(tender.id));
  identity.set("supplier", TemplateValue::borrowed(tender.supplier.name));
  identity.set("has_organisation_number", tender.supplier.organisation_number.has_value());
  identity.set("organisation_number", tender.supplier.organisation_number
                                          ? no_break(tender.supplier.organisation_number->grouped())
                                          : "");
  identity.set("has_title", !tender.title.empty());
  identity.set("title", TemplateValue::borrowed(tender.title));
  identity.set("received", when(tender.received, lang));
  identity.set("received_short", format_date_time_short(oslo_local(tender.received), lang));
  identity.set("has_price", tender.price.has_value());
  identity.set("price", tender.price ? format_money(*tender.price, lang, Spacing::no_break) : "");
  return identity;
}

std::vector<std::string> criterion_numbers(const CriteriaLayout& layout) {
  std::vector<std::string> numbers(layout.nodes.size());
  for (std::size_t m = 0; m < layout.main.size(); ++m)
    numbers[static_cast<std::size_t>(layout.main[m])] = std::to_string(m + 1);
  // Parents come before their children in the layout.
  for (const auto& node : layout.nodes) {
    for (std::size_t c = 0; c < node.children.size(); ++c) {
      const auto parent = static_cast<std::size_t>(&node - layout.nodes.data());
      numbers[static_cast<std::size_t>(node.children[c])] =
          numbers[parent] + "." + std::to_string(c + 1);
    }
  }
  return numbers;
}

bool uses_adjusted_price(const Evaluation& e) {
  return e.award->price_model && e.award->price_model->kind == PriceModelKind::price_quality &&
         !e.layout.price_leaves.empty();
}

std::string rank_shown(const TenderResult& result) {
  return std::to_string(result.rank) + (result.tie_unresolved ? "=" : "");
}

std::string result_shown(const Evaluation& e, const TenderResult& r, Lang lang) {
  if (uses_adjusted_price(e) && r.adjusted_price)
    return shown_amount(*r.adjusted_price, e.kase->currency, lang, Spacing::no_break);
  return shown_score(r.total, lang);
}

TemplateValue evaluator_reasons(const Case& kase, const CriterionScores* scores, Lang lang,
                                ReasonsGiven given) {
  if (scores == nullptr)
    return TemplateValue::list();
  const bool agreed_alone = given == ReasonsGiven::agreed_alone && scores->consensus;
  TemplateValue list = TemplateValue::list(agreed_alone ? 1 : scores->individual.size() + 1);
  const auto entry = [&](TemplateValue who, const EvaluatorScore& s, bool consensus) {
    TemplateValue& reason = list.push(TemplateValue::record(4));
    reason.set("who", std::move(who));
    reason.set("score", format_decimal(s.score.normalized(), lang));
    reason.set("reason", TemplateValue::borrowed(s.reason));
    reason.set("is_consensus", consensus);
  };
  if (scores->consensus)
    entry(case_label(kase, lang, "doc.consensus"), *scores->consensus, true);
  if (agreed_alone)
    return list;
  for (std::size_t k = 0; k < scores->individual.size(); ++k) {
    const EvaluatorScore& s = scores->individual[k];
    // Mostly written in the order of the case's evaluators: that one first.
    const bool in_order = k < kase.evaluators.size() && kase.evaluators[k].id == s.evaluator;
    const Evaluator* evaluator = in_order ? &kase.evaluators[k] : kase.find_evaluator(s.evaluator);
    entry(TemplateValue::borrowed(evaluator != nullptr ? evaluator->name : s.evaluator), s, false);
  }
  return list;
}

CriteriaShown criteria_shown(const Evaluation& e, Lang lang) {
  CriteriaShown shown;
  shown.numbers = criterion_numbers(e.layout);
  std::unordered_map<const Criterion*, std::optional<Decimal>> shares;
  const auto criteria = e.award->all();
  const auto weights = e.award->effective_weights();
  for (std::size_t i = 0; i < criteria.size(); ++i)
    shares.emplace(criteria[i], weights[i]);
  for (const CriterionNode& node : e.layout.nodes) {
    const auto& share = shares.at(node.criterion);
    shown.names.push_back(criterion_name(*node.criterion, *e.kase, lang));
    shown.shares.push_back(
        share ? format_percent(share->rounded(2).normalized(), lang, Spacing::no_break) : "");
  }
  return shown;
}

const CriterionResult& node_result(const TenderResult& r, std::size_t node) {
  static const CriterionResult none{};
  return node < r.criteria.size() ? r.criteria[node] : none;
}

ShownResult shown_result(const Evaluation& e, std::size_t node, const TenderResult& r, Lang lang) {
  const CriterionResult& c = node_result(r, node);
  ShownResult shown;
  if (r.scored && !(e.layout.nodes[node].price && uses_adjusted_price(e))) {
    shown.score = shown_score(c.score, lang);
    shown.points = shown_score(c.points, lang);
  } else if (c.absolute) {
    shown.score = shown_score(*c.absolute, lang);
  }
  return shown;
}

TemplateValue& push_criterion_row(TemplateValue& rows, const CriteriaShown& shown,
                                  const CriterionNode& node, std::size_t n, std::size_t fields) {
  TemplateValue& row = rows.push(TemplateValue::record(fields));
  row.set("number", TemplateValue::borrowed(shown.numbers[n]));
  row.set("name", TemplateValue::borrowed(shown.names[n]));
  row.set("is_main", node.parent < 0);
  row.set("is_price", node.price);
  row.set("is_leaf", node.leaf);
  row.set("share", TemplateValue::borrowed(shown.shares[n]));
  return row;
}

TemplateValue criterion_results(const Evaluation& e, const CriteriaShown& shown,
                                const TenderResult& r, Lang lang) {
  const Case& kase = *e.kase;
  TemplateValue rows = TemplateValue::list(e.layout.nodes.size());
  for (std::size_t n = 0; n < e.layout.nodes.size(); ++n) {
    const CriterionNode& node = e.layout.nodes[n];
    const CriterionResult& c = node_result(r, n);
    auto [score, points] = shown_result(e, n, r, lang);
    TemplateValue reasons = evaluator_reasons(kase, c.scores, lang);
    const bool has_reasons = !reasons.items()->empty();
    TemplateValue& row = push_criterion_row(rows, shown, node, n, 17);
    row.set("has_score", !score.empty());
    row.set("score", std::move(score));
    row.set("has_points", !points.empty());
    row.set("points", std::move(points));
    row.set("has_spread", c.spread.has_value());
    row.set("spread", c.spread ? format_decimal(c.spread->normalized(), lang) : "");
    row.set("flagged", c.disagreement);
    row.set("has_reasons", has_reasons);
    row.set("reasons", std::move(reasons));
  }
  return rows;
}

nlohmann::json rejection_grounds(const Evaluation& e, const TenderResult& r, Lang lang) {
  const Case& kase = *e.kase;
  const Lang primary = kase.primary_language();
  nlohmann::json grounds = nlohmann::json::array();
  for (const auto& rejection : r.rejections) {
    nlohmann::json ground{{"is_late", false},
                          {"is_qualification", false},
                          {"is_min_score", false},
                          {"rule", rule_of(rejection.code)},
                          {"has_rule", !rule_of(rejection.code).empty()}};
    if (rejection.code == "reject.late") {
      const std::string received = when(r.tender->received, lang);
      const std::string deadline = when(e.deadline, lang);
      ground["is_late"] = true;
      ground["received"] = received;
      ground["deadline"] = deadline;
      ground["text"] = case_label(kase, lang, "doc.ground.late",
                                  {{"received", received}, {"deadline", deadline}});
    } else if (rejection.code == "reject.qualification") {
      const std::string id = arg(rejection.args, "requirement");
      const auto& requirements = kase.qualification;
      const auto it = std::find_if(requirements.begin(), requirements.end(),
                                   [&](const auto& q) { return q.id == id; });
      const std::string number =
          it != requirements.end() ? std::to_string(it - requirements.begin() + 1) : id;
      const std::string reason = arg(rejection.args, "reason");
      ground["is_qualification"] = true;
      ground["requirement_number"] = number;
      ground["requirement"] =
          it != requirements.end() ? std::string(it->requirement.in(lang, primary)) : id;
      ground["reason"] = reason;
      ground["text"] = case_label(kase, lang, "doc.ground.qualification",
                                  {{"number", number}, {"reason", reason}});
    } else if (rejection.code == "reject.below-min-score") {
      const auto node = e.layout.find(arg(rejection.args, "criterion"));
      if (!node)
        throw std::logic_error("a minimum score on a criterion the layout does not have");
      const auto n = static_cast<std::size_t>(*node);
      const Criterion& criterion = *e.layout.nodes[n].criterion;
      const auto& absolute = r.criteria[n].absolute;
      const std::string score = absolute ? shown_score(*absolute, lang) : "";
      const std::string min = format_decimal(criterion.min_score->normalized(), lang);
      const std::string name = criterion_name(criterion, kase, lang);
      const std::string number = criterion_numbers(e.layout)[n];
      ground["is_min_score"] = true;
      ground["criterion_number"] = number;
      ground["criterion"] = name;
      ground["score"] = score;
      ground["min"] = min;
      ground["reasons"] =
          evaluator_reasons(kase, r.criteria[n].scores, lang, ReasonsGiven::agreed_alone).to_json();
      ground["text"] =
          case_label(kase, lang, "doc.ground.below-min-score",
                     {{"number", number}, {"criterion", name}, {"score", score}, {"min", min}});
    } else {
      ground["text"] = label(lang, rejection.code, rejection.args);
    }
    grounds.push_back(ground);
  }
  return grounds;
}

}  // namespace procure::documents_detail
