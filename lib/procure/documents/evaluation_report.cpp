// The evaluation report: the method as published, the opening, the
// qualification, the rejections, every tender's scores with the evaluators'
// reasons, the ranking, how firm it is and the result. procure-score rank
// writes the same report (--markdown, --html) from the same evaluation.
#include <algorithm>
#include <map>

#include "procure/documents/bar_chart.hpp"
#include "procure/documents/document_data.hpp"
#include "procure/documents/evaluation_texts.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"

namespace procure::documents_detail {
namespace {

// The main criteria that give points of their own: under price-quality the
// price turns into an adjusted price instead.
std::vector<int> point_columns(const Evaluation& e) {
  std::vector<int> columns;
  for (const int main : e.layout.main) {
    if (!(uses_adjusted_price(e) && e.layout.nodes[static_cast<std::size_t>(main)].price))
      columns.push_back(main);
  }
  return columns;
}

nlohmann::json opening_data(const CaseEvaluation& ce, Lang lang) {
  const Evaluation& e = ce.evaluation();
  int late = 0;
  for (const auto& r : e.tenders)
    late += r.late ? 1 : 0;
  const auto files = ce.protocol().files.size();
  return {{"deadline", format_date_time_long(oslo_local(e.deadline), lang)},
          {"opened", format_date_time_long(oslo_local(ce.protocol().opened_at), lang)},
          {"protocol", ce.protocol_shown()},
          {"files", std::to_string(files)},
          {"one_file", files == 1},
          {"received", std::to_string(e.tenders.size())},
          {"late", std::to_string(late)},
          {"has_late", late > 0},
          {"ranked", std::to_string(e.ranked)},
          {"rejected", std::to_string(e.tenders.size() - e.ranked)}};
}

// A tender received: who sent it, when, and whether it came too late.
TemplateValue received_row(const Tender& tender, const Evaluation& e, Lang lang) {
  TemplateValue row = tender_identity(tender, lang);
  row.set("late", tender.received > e.deadline);
  return row;
}

// The tenders that were not late, by id (one for each id, the last given).
std::vector<const TenderResult*> qualified_by_id(const Evaluation& e) {
  std::map<std::string_view, const TenderResult*> by_id;
  for (const auto& r : e.tenders)
    by_id[r.tender->id] = &r;
  std::vector<const TenderResult*> rows;
  for (const auto& [id, r] : by_id) {
    if (!r->late)
      rows.push_back(r);
  }
  return rows;
}

// A tender's verdict on each qualification requirement.
TemplateValue qualification_row(const TenderResult& r, const Case& c) {
  TemplateValue verdicts = TemplateValue::list(c.qualification.size());
  for (const auto& requirement : c.qualification) {
    const Verdict* verdict =
        r.assessment != nullptr ? r.assessment->verdict(requirement.id) : nullptr;
    verdicts.push(TemplateValue::record(1)).set("passed", verdict != nullptr && verdict->pass);
  }
  TemplateValue row = TemplateValue::record(3);
  row.set("id", TemplateValue::borrowed(r.tender->id));
  row.set("supplier", TemplateValue::borrowed(r.tender->supplier.name));
  row.set("verdicts", std::move(verdicts));
  return row;
}

// A ranked tender's row: its rank, points under each main criterion that
// gives its own, and its result.
TemplateValue ranking_row(const Evaluation& e, const std::vector<int>& columns,
                          const TenderResult& r, Lang lang) {
  TemplateValue points = TemplateValue::list(columns.size());
  for (const int main : columns) {
    points.push(TemplateValue::record(1))
        .set("value", shown_score(r.criteria[static_cast<std::size_t>(main)].points, lang));
  }
  TemplateValue row = TemplateValue::record(7);
  row.set("rank", rank_shown(r));
  row.set("id", TemplateValue::borrowed(r.tender->id));
  row.set("supplier", TemplateValue::borrowed(r.tender->supplier.name));
  row.set("price", r.tender->price ? format_money(*r.tender->price, lang, Spacing::no_break) : "");
  row.set("points", std::move(points));
  row.set("quality", shown_score(r.quality, lang));
  row.set("result", result_shown(e, r, lang));
  return row;
}

nlohmann::json ranking_data(const Evaluation& e, const Case& c, Lang lang) {
  const auto columns = point_columns(e);
  const auto numbers = criterion_numbers(e.layout);
  nlohmann::json headers = nlohmann::json::array();
  for (const int main : columns) {
    const auto n = static_cast<std::size_t>(main);
    const Criterion& criterion = *e.layout.nodes[n].criterion;
    headers.push_back({{"number", numbers[n]},
                       {"name", criterion_name(criterion, c, lang)},
                       {"weight", format_percent(criterion.weight, lang, Spacing::no_break)}});
  }
  nlohmann::json decided = nlohmann::json::array();
  bool ties = false;
  for (std::size_t i = 0; i < e.ranked; ++i) {
    const TenderResult& r = e.tenders[i];
    ties = ties || r.tie_unresolved;
    if (r.decided_by) {
      decided.push_back(
          {{"id", r.tender->id},
           {"above", e.tenders[i - 1].tender->id},
           {"rule", case_label(c, lang,
                               "doc.tie-break." +
                                   std::string(name_in(tie_break_choices(), *r.decided_by)))}});
    }
  }
  // The rows are a deferred list ("ranking.rows", evaluation_report_lists).
  return {{"columns", headers},
          {"has_price", !e.layout.price_leaves.empty()},
          {"adjusted_price", uses_adjusted_price(e)},
          {"decided_by", decided},
          {"has_decided_by", !decided.empty()},
          {"has_ties", ties}};
}

// A scored tender's entry in the report's scores: its criteria with the
// evaluators' reasons.
TemplateValue scores_entry(const Evaluation& e, const CriteriaShown& shown, const TenderResult& r,
                           Lang lang) {
  TemplateValue grounds = TemplateValue::list(r.rejections.size());
  for (const auto& ground : rejection_grounds(e, r, lang))
    grounds.push(TemplateValue::record(1)).set("text", ground["text"].get<std::string>());
  TemplateValue entry = tender_identity(*r.tender, lang);
  entry.set("ranked", r.scored);
  entry.set("rank", rank_shown(r));
  entry.set("result", r.scored ? result_shown(e, r, lang) : "");
  TemplateValue criteria = criterion_results(e, shown, r, lang);
  const auto& rows = *criteria.items();
  entry.set("has_reasons", std::any_of(rows.begin(), rows.end(), [](const TemplateValue& c) {
              return *c.field("has_reasons")->flag();
            }));
  entry.set("criteria", std::move(criteria));
  entry.set("rejected", r.rejected());
  entry.set("grounds", std::move(grounds));
  return entry;
}

nlohmann::json what_if_data(const Evaluation& e, Lang lang) {
  nlohmann::json headers = nlohmann::json::array();
  for (const auto& what_if : e.what_if)
    headers.push_back({{"name", what_if_heading(what_if, lang)}});
  // Each what-if ranking's entries by tender, found once rather than searched for each tender.
  std::vector<std::multimap<std::string_view, const WhatIfEntry*>> by_tender(e.what_if.size());
  for (std::size_t w = 0; w < e.what_if.size(); ++w) {
    for (const auto& entry : e.what_if[w].ranking)
      by_tender[w].emplace(entry.tender, &entry);
  }
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t i = 0; i < e.ranked; ++i) {
    const std::string& id = e.tenders[i].tender->id;
    nlohmann::json cells = nlohmann::json::array();
    for (std::size_t w = 0; w < e.what_if.size(); ++w) {
      const auto [first, last] = by_tender[w].equal_range(id);
      for (auto it = first; it != last; ++it) {
        const WhatIfEntry& entry = *it->second;
        const std::string value =
            entry.adjusted_price
                ? shown_amount(*entry.adjusted_price, e.kase->currency, lang, Spacing::no_break)
                : shown_score(entry.total, lang);
        cells.push_back({{"rank", std::to_string(entry.rank)}, {"value", value}});
      }
    }
    rows.push_back({{"id", id}, {"cells", cells}});
  }
  return {{"columns", headers}, {"rows", rows}};
}

}  // namespace

nlohmann::json build_evaluation_report(const DocumentSources& sources, Lang lang,
                                       Diagnostics& diagnostics) {
  const CaseEvaluation& ce = case_evaluation(sources);
  check_award_document(sources, "evaluation-report", diagnostics);
  const Evaluation& e = ce.evaluation();
  const Case& c = sources.kase;
  const Lang primary = c.primary_language();
  nlohmann::json data;
  data["award"] = award_data(*e.award, c, lang);
  data["opening"] = opening_data(ce, lang);
  data["has_prices"] = !e.layout.price_leaves.empty();
  const auto& tenders = ce.tenders().tenders;
  data["has_titles"] =
      std::any_of(tenders.begin(), tenders.end(), [](const Tender& t) { return !t.title.empty(); });

  nlohmann::json requirements = nlohmann::json::array();
  for (std::size_t i = 0; i < c.qualification.size(); ++i) {
    requirements.push_back(
        {{"number", std::to_string(i + 1)},
         {"requirement", std::string(c.qualification[i].requirement.in(lang, primary))}});
  }
  data["requirements"] = requirements;
  data["has_requirements"] = !requirements.empty();

  nlohmann::json rejected = nlohmann::json::array();
  for (std::size_t i = e.ranked; i < e.tenders.size(); ++i) {
    const TenderResult& r = e.tenders[i];
    rejected.push_back({{"id", r.tender->id},
                        {"supplier", r.tender->supplier.name},
                        {"grounds", rejection_grounds(e, r, lang)}});
  }
  data["rejected"] = rejected;
  data["has_rejected"] = !rejected.empty();

  data["has_ranked"] = e.ranked > 0;
  data["ranking"] = ranking_data(e, c, lang);
  data["has_winner"] = e.winner.has_value();
  data["winner"] =
      e.winner ? tender_identity(*e.tenders[*e.winner].tender, lang).to_json() : nlohmann::json{};
  data["winner_result"] = e.winner ? result_shown(e, e.tenders[*e.winner], lang) : "";
  data["no_winner_tie"] = e.ranked > 0 && !e.winner;
  data["no_valid_tender"] = e.ranked == 0;
  data["adjusted_price"] = uses_adjusted_price(e);
  nlohmann::json nominees = nlohmann::json::array();
  if (c.procedure == Procedure::prize && e.award->nominees) {
    for (std::size_t i = 0; i < e.ranked && e.tenders[i].rank <= *e.award->nominees; ++i) {
      nlohmann::json nominee = tender_identity(*e.tenders[i].tender, lang).to_json();
      nominee["rank"] = rank_shown(e.tenders[i]);
      nominees.push_back(nominee);
    }
  }
  data["nominees"] = nominees;
  data["has_nominees"] = !nominees.empty();

  nlohmann::json findings = nlohmann::json::array();
  for (const auto& d : ce.diagnostics().items()) {
    if (d.severity == Severity::warning)
      findings.push_back(label(lang, d.code, d.args));
  }
  data["findings"] = findings;
  data["has_findings"] = !findings.empty();
  nlohmann::json robustness = nlohmann::json::array();
  for (const auto& remark : robustness_remarks(e, lang, Spacing::no_break))
    robustness.push_back(remark);
  data["robustness"] = robustness;
  data["has_robustness"] = !robustness.empty();
  data["has_what_if"] = !e.what_if.empty();
  data["what_if"] = what_if_data(e, lang);

  nlohmann::json evaluators = nlohmann::json::array();
  for (const auto& evaluator : c.evaluators) {
    const std::string role(evaluator.role.in(lang, primary));
    evaluators.push_back({{"name", evaluator.name}, {"role", role}, {"has_role", !role.empty()}});
  }
  data["evaluators"] = evaluators;
  data["has_evaluators"] = !evaluators.empty();
  return data;
}

std::vector<DeferredList> evaluation_report_lists(const DocumentSources& sources, Lang lang) {
  const Evaluation& e = case_evaluation(sources).evaluation();
  std::vector<const TenderResult*> scored;
  for (const auto& r : e.tenders) {
    if (!r.criteria.empty())
      scored.push_back(&r);
  }
  const std::size_t count = scored.size();
  const auto& received = case_evaluation(sources).tenders().tenders;
  const Case& c = sources.kase;
  std::vector<const TenderResult*> qualified = qualified_by_id(e);
  const std::size_t qualified_count = qualified.size();
  // Each of the report's long lists (a thousand tenders: the tenders
  // received, their qualification, the ranking, their scores) is built
  // an item at a time as it renders, on every thread.
  return {{"received", received.size(),
           [&received, &e, lang](std::size_t i) { return received_row(received[i], e, lang); }},
          {"qualification", qualified_count,
           [&c, qualified = std::move(qualified)](std::size_t i) {
             return qualification_row(*qualified[i], c);
           }},
          {"ranking.rows", e.ranked,
           [&e, lang, columns = point_columns(e)](std::size_t i) {
             return ranking_row(e, columns, e.tenders[i], lang);
           }},
          {"scores", count,
           [&e, lang, scored = std::move(scored), shown = criteria_shown(e, lang)](std::size_t i) {
             return scores_entry(e, shown, *scored[i], lang);
           }}};
}

std::vector<DocumentFigure> evaluation_report_figures(const DocumentSources& sources, Lang lang) {
  const Evaluation& e = case_evaluation(sources).evaluation();
  StackedBarChart chart;
  chart.title = case_label(sources.kase, lang, "doc.chart.points");
  chart.scale_min = e.award->scale.min.to_double();
  chart.scale_max = e.award->scale.max.to_double();
  chart.lang = lang;
  chart.cut_note = case_label(sources.kase, lang, "doc.chart.cut");
  const auto columns = point_columns(e);
  for (const int main : columns) {
    chart.series.push_back(criterion_name(*e.layout.nodes[static_cast<std::size_t>(main)].criterion,
                                          sources.kase, lang));
  }
  for (std::size_t i = 0; i < e.ranked; ++i) {
    const TenderResult& r = e.tenders[i];
    StackedBarChart::Bar bar;
    bar.label = r.tender->id;
    for (const int main : columns) {
      const double points = r.criteria[static_cast<std::size_t>(main)].points;
      bar.values.push_back(points);
      bar.shown.push_back(shown_score(points, lang));
    }
    bar.total = uses_adjusted_price(e) ? shown_score(r.quality, lang) : shown_score(r.total, lang);
    chart.bars.push_back(std::move(bar));
  }
  return {{"points-chart", chart_figure_html(chart)}};
}

}  // namespace procure::documents_detail
