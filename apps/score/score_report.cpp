#include "score_report.hpp"

#include <algorithm>

#include "common/app_catalog.hpp"
#include "procure/evaluation/ranking.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"
#include "score_format.hpp"

namespace procure::cli {
namespace {

class ReportBuilder {
 public:
  ReportBuilder(const RankedCase& ranked, const ToolContext& ctx, ReportDetail detail)
      : ranked_(ranked),
        e_(ranked.evaluation),
        kase_(ranked.kase()),
        award_(*e_.award),
        ctx_(ctx),
        lang_(ctx.lang),
        full_(detail == ReportDetail::full) {}

  ReportDocument build() {
    doc_.lang = std::string(lang_code(lang_));
    const std::string title(kase_.title.in(lang_, kase_.primary_language()));
    doc_.title = ctx_.tr("ui.score.report.title", {{"title", title}});
    if (full_) {
      case_section();
      method_section();
      received_section();
    } else {
      doc_.paragraph(ranked_.input.location.display + ": " + title + " (" + kase_.reference + ")");
      doc_.paragraph(opening_line());
      doc_.paragraph(method_line());
    }
    ranking_section();
    result_section();
    rejected_section();
    if (full_) {
      scores_section();
      findings_section();
    }
    robustness_section();
    what_if_section();
    if (!full_)
      doc_.paragraph(ctx_.tr("ui.score.rounding"));
    return std::move(doc_);
  }

 private:
  bool price_quality() const {
    return award_.price_model && award_.price_model->kind == PriceModelKind::price_quality &&
           !e_.layout.price_leaves.empty();
  }

  std::string label(const TenderResult& r) const {
    return r.tender->id + " (" + r.tender->supplier.name + ")";
  }

  std::string price_text(const Tender& tender) const {
    return tender.price ? format_money(*tender.price, lang_) : "";
  }

  std::string opening_line() const {
    return ctx_.tr(
        "ui.score.opening-line",
        {{"deadline", format_date_time_long(oslo_local(e_.deadline), lang_)},
         {"opened", format_date_time_long(oslo_local(ranked_.protocol.opened_at), lang_)},
         {"protocol", ranked_.protocol_shown},
         {"files", files_phrase()}});
  }

  std::string files_phrase() const {
    const std::size_t n = ranked_.protocol.files.size();
    return ctx_.tr(n == 1 ? "ui.count.files.one" : "ui.count.files.many",
                   {{"n", std::to_string(n)}});
  }

  std::string method_line() const {
    std::string text = ctx_.tr(display_key(award_.basis));
    if (award_.price_model && !e_.layout.price_leaves.empty())
      text += "; " + ctx_.tr("ui.score.price-model") + ": " +
              price_model_text(*award_.price_model, ctx_);
    text += "; " + ctx_.tr(display_key(award_.quality_scoring));
    text += "; " + ctx_.tr("ui.score.evaluator-scores") + ": " +
            ctx_.tr(display_key(award_.combination));
    text += "; " + ctx_.tr("ui.score.scale") + " " + scale_text();
    return ctx_.tr("ui.score.method") + ": " + text;
  }

  std::string scale_text() const {
    return format_decimal(award_.scale.min.normalized(), lang_) + "–" +
           format_decimal(award_.scale.max.normalized(), lang_);
  }

  void case_section() {
    doc_.heading(2, ctx_.tr("ui.score.report.case"));
    ReportTable t;
    t.headers = {ctx_.tr("ui.score.report.fact"), ctx_.tr("ui.score.report.value")};
    t.rows.push_back({ctx_.tr("ui.check.reference"), kase_.reference});
    std::string buyer = kase_.buyer.name;
    if (kase_.buyer.organisation_number) {
      buyer += ", " +
               ctx_.tr("ui.check.orgnr", {{"number", kase_.buyer.organisation_number->grouped()}});
    }
    t.rows.push_back({ctx_.tr("ui.check.buyer"), buyer});
    t.rows.push_back({ctx_.tr("ui.check.procedure"), ctx_.tr(display_key(kase_.procedure))});
    t.rows.push_back(
        {ctx_.tr("ui.score.deadline"), format_date_time_long(oslo_local(e_.deadline), lang_)});
    t.rows.push_back({ctx_.tr("ui.score.opened-at"),
                      format_date_time_long(oslo_local(ranked_.protocol.opened_at), lang_)});
    t.rows.push_back({ctx_.tr("ui.score.report.protocol"),
                      ctx_.tr("ui.score.report.protocol-value",
                              {{"path", ranked_.protocol_shown}, {"files", files_phrase()}})});
    t.rows.push_back({ctx_.tr("ui.score.report.received"), std::to_string(e_.tenders.size())});
    t.rows.push_back({ctx_.tr("ui.score.report.ranked"), std::to_string(e_.ranked)});
    t.rows.push_back(
        {ctx_.tr("ui.score.report.rejected"), std::to_string(e_.tenders.size() - e_.ranked)});
    doc_.table(std::move(t));
  }

  void method_section() {
    doc_.heading(2, ctx_.tr("ui.score.method"));
    ReportTable t;
    t.headers = {ctx_.tr("ui.score.criterion"), ctx_.tr("ui.score.report.weight"),
                 ctx_.tr("ui.score.report.share"), ctx_.tr("ui.score.report.min-score"),
                 ctx_.tr("ui.score.report.range")};
    t.right = {1, 2, 3};
    for (const auto& node : e_.layout.nodes) {
      const Criterion& c = *node.criterion;
      std::string name = criterion_name(c, kase_, lang_);
      for (int p = node.parent; p >= 0; p = e_.layout.nodes[static_cast<std::size_t>(p)].parent)
        name = "  " + name;
      if (node.price)
        name += " (" + ctx_.tr("ui.score.report.price-criterion") + ")";
      const auto share = award_.effective_weight(c.id);
      t.rows.push_back({name, format_percent(c.weight, lang_),
                        share ? format_percent(share->rounded(2).normalized(), lang_) : "",
                        c.min_score ? format_decimal(c.min_score->normalized(), lang_) : "",
                        c.weight_range ? format_decimal(c.weight_range->low.normalized(), lang_) +
                                             "–" + format_percent(c.weight_range->high, lang_)
                                       : ""});
    }
    doc_.table(std::move(t));
    std::vector<std::string> facts;
    facts.push_back(ctx_.tr("ui.score.report.basis") + ": " + ctx_.tr(display_key(award_.basis)));
    if (award_.price_model && !e_.layout.price_leaves.empty()) {
      facts.push_back(ctx_.tr("ui.score.report.price-model") + ": " +
                      price_model_text(*award_.price_model, ctx_) + " (" +
                      price_formula(*award_.price_model, award_, ctx_) + ")");
    }
    facts.push_back(ctx_.tr("ui.score.report.quality") + ": " +
                    ctx_.tr(display_key(award_.quality_scoring)) + " (" +
                    ctx_.tr(award_.quality_scoring == QualityScoring::relative
                                ? "ui.score.formula.relative"
                                : "ui.score.formula.absolute") +
                    ")");
    facts.push_back(ctx_.tr("ui.score.report.evaluator-scores") + ": " +
                    ctx_.tr(display_key(award_.combination)) + " (" +
                    ctx_.tr("ui.score.report.threshold",
                            {{"threshold", format_percent(award_.disagreement_threshold, lang_)}}) +
                    ")");
    facts.push_back(ctx_.tr("ui.score.report.scale") + ": " + scale_text());
    std::string rules;
    for (const TieBreak rule : award_.tie_break)
      rules += (rules.empty() ? "" : ", ") + ctx_.tr(display_key(rule));
    facts.push_back(ctx_.tr("ui.score.report.tie-break") + ": " + rules);
    facts.push_back(ctx_.tr("ui.score.rounding"));
    doc_.list(std::move(facts));
  }

  void received_section() {
    doc_.heading(2, ctx_.tr("ui.score.report.received-tenders"));
    ReportTable t;
    const bool priced = !e_.layout.price_leaves.empty();
    t.headers = {ctx_.tr("ui.score.tender"), ctx_.tr("ui.score.supplier"),
                 ctx_.tr("ui.score.orgnr"), ctx_.tr("ui.score.received")};
    if (priced) {
      t.headers.push_back(ctx_.tr("ui.score.price"));
      t.right = {4};
    }
    t.headers.push_back(ctx_.tr("ui.score.status"));
    const auto& all = ranked_.tenders.tenders;
    const bool titles = std::any_of(all.begin(), all.end(),
                                    [](const Tender& tender) { return !tender.title.empty(); });
    if (titles)
      t.headers.push_back(ctx_.tr("ui.score.title"));
    for (const auto& tender : all) {
      const bool late = tender.received > e_.deadline;
      std::vector<std::string> row{
          tender.id, tender.supplier.name,
          tender.supplier.organisation_number ? tender.supplier.organisation_number->grouped() : "",
          time_text(tender.received)};
      if (priced)
        row.push_back(price_text(tender));
      row.push_back(ctx_.tr(late ? "ui.score.status.late" : "ui.score.status.on-time"));
      t.rows.push_back(std::move(row));
      if (titles)
        t.rows.back().push_back(tender.title);
    }
    doc_.table(std::move(t));
  }

  void ranking_section() {
    doc_.heading(2, ctx_.tr("ui.score.ranking"));
    if (e_.ranked == 0) {
      doc_.paragraph(ctx_.tr("evaluation.no-valid-tender"));
      return;
    }
    ReportTable t;
    t.headers = {ctx_.tr("ui.score.rank"), ctx_.tr("ui.score.tender"),
                 ctx_.tr("ui.score.supplier")};
    const bool has_price = !e_.layout.price_leaves.empty();
    if (has_price)
      t.headers.push_back(ctx_.tr("ui.score.price"));
    std::vector<int> columns;
    for (const int main : e_.layout.main) {
      const auto& node = e_.layout.nodes[static_cast<std::size_t>(main)];
      if (price_quality() && node.price)
        continue;
      columns.push_back(main);
      // The terminal has no room for long names: the summary names criteria by id.
      t.headers.push_back(full_ ? criterion_heading(*node.criterion, kase_, lang_)
                                : node.criterion->id + " (" +
                                      format_percent(node.criterion->weight, lang_) + ")");
    }
    if (price_quality()) {
      t.headers.push_back(ctx_.tr("ui.score.quality"));
      t.headers.push_back(ctx_.tr("ui.score.adjusted-price"));
    } else {
      t.headers.push_back(ctx_.tr("ui.score.total"));
    }
    for (std::size_t i = 0; i < t.headers.size(); ++i) {
      if (i == 0 || i >= 3)
        t.right.push_back(i);
    }
    ReportChart chart;
    chart.title = ctx_.tr("ui.score.report.chart");
    chart.scale_max = award_.scale.max.to_double();
    for (const int main : columns)
      chart.series.push_back(
          criterion_name(*e_.layout.nodes[static_cast<std::size_t>(main)].criterion, kase_, lang_));
    for (std::size_t i = 0; i < e_.ranked; ++i) {
      const TenderResult& r = e_.tenders[i];
      std::vector<std::string> row{std::to_string(r.rank) + (r.tie_unresolved ? "=" : ""),
                                   r.tender->id, r.tender->supplier.name};
      if (has_price)
        row.push_back(price_text(*r.tender));
      ReportChart::Bar bar;
      bar.label = r.tender->id;
      for (const int main : columns) {
        const double points = r.criteria[static_cast<std::size_t>(main)].points;
        row.push_back(score_text(points, lang_));
        bar.values.push_back(points);
      }
      if (price_quality()) {
        row.push_back(score_text(r.quality, lang_));
        row.push_back(amount_text(*r.adjusted_price, kase_.currency, lang_));
        bar.total = score_text(r.quality, lang_);
      } else {
        row.push_back(score_text(r.total, lang_));
        bar.total = score_text(r.total, lang_);
      }
      t.rows.push_back(std::move(row));
      chart.bars.push_back(std::move(bar));
    }
    doc_.table(std::move(t));
    std::vector<std::string> notes;
    for (std::size_t i = 0; i < e_.ranked; ++i) {
      const TenderResult& r = e_.tenders[i];
      if (r.decided_by) {
        notes.push_back(
            ctx_.tr("ui.score.decided-by",
                    {{"id", r.tender->id}, {"rule", ctx_.tr(display_key(*r.decided_by))}}));
      }
    }
    if (!notes.empty())
      doc_.list(std::move(notes));
    doc_.paragraph(
        ctx_.tr(price_quality() ? "ui.score.points-note-price-quality" : "ui.score.points-note"));
    if (full_)
      doc_.chart(std::move(chart));
  }

  void result_section() {
    if (full_)
      doc_.heading(2, ctx_.tr("ui.score.report.result"));
    if (e_.winner) {
      const TenderResult& w = e_.tenders[*e_.winner];
      const char* key = kase_.procedure == Procedure::prize ? "ui.score.winner-prize"
                        : price_quality()                   ? "ui.score.winner-price-quality"
                                                            : "ui.score.winner";
      doc_.paragraph(ctx_.tr(
          key, {{"id", w.tender->id},
                {"supplier", w.tender->supplier.name},
                {"total", price_quality() ? amount_text(*w.adjusted_price, kase_.currency, lang_)
                                          : score_text(w.total, lang_)}}));
    } else {
      doc_.paragraph(
          ctx_.tr(e_.ranked == 0 ? "ui.score.no-winner-none" : "ui.score.no-winner-tie"));
    }
  }

  void rejected_section() {
    if (e_.ranked == e_.tenders.size())
      return;
    doc_.heading(2, ctx_.tr("ui.score.rejected"));
    ReportTable t;
    t.headers = {ctx_.tr("ui.score.tender"), ctx_.tr("ui.score.supplier"),
                 ctx_.tr("ui.score.reason")};
    for (std::size_t i = e_.ranked; i < e_.tenders.size(); ++i) {
      const TenderResult& r = e_.tenders[i];
      std::string reasons;
      for (const auto& rejection : r.rejections)
        reasons += (reasons.empty() ? "" : "; ") + rejection_text(rejection, ctx_);
      t.rows.push_back({r.tender->id, r.tender->supplier.name, reasons});
    }
    doc_.table(std::move(t));
  }

  void scores_section() {
    doc_.heading(2, ctx_.tr("ui.score.report.scores"));
    for (const auto& r : e_.tenders) {
      if (r.criteria.empty())
        continue;
      std::string heading = (r.rank > 0 ? std::to_string(r.rank) + ". " : std::string()) + label(r);
      if (!r.tender->title.empty())
        heading += ": " + r.tender->title;
      doc_.heading(3, heading);
      ReportTable t;
      t.headers = {ctx_.tr("ui.score.criterion"), ctx_.tr("ui.score.report.share"),
                   ctx_.tr("ui.score.report.score"), ctx_.tr("ui.score.report.points"),
                   ctx_.tr("ui.score.report.spread")};
      t.right = {1, 2, 3, 4};
      ReportTable individual;
      individual.headers = {ctx_.tr("ui.score.criterion"), ctx_.tr("ui.score.report.evaluator"),
                            ctx_.tr("ui.score.report.score"), ctx_.tr("ui.score.reason")};
      individual.right = {2};
      for (std::size_t n = 0; n < e_.layout.nodes.size(); ++n) {
        const auto& node = e_.layout.nodes[n];
        const CriterionResult& c = r.criteria[n];
        const auto share = award_.effective_weight(node.criterion->id);
        std::string score;
        std::string points;
        if (r.scored && !(node.price && price_quality())) {
          score = score_text(c.score, lang_);
          points = score_text(c.points, lang_);
        } else if (c.absolute) {
          score = score_text(*c.absolute, lang_);
        }
        std::string spread;
        if (c.spread)
          spread = format_decimal(c.spread->normalized(), lang_) +
                   (c.disagreement ? " (" + ctx_.tr("ui.score.report.flagged") + ")" : "");
        t.rows.push_back({criterion_name(*node.criterion, kase_, lang_),
                          share ? format_percent(share->rounded(2).normalized(), lang_) : "", score,
                          points, spread});
        if (c.scores == nullptr)
          continue;
        for (const auto& s : c.scores->individual) {
          individual.rows.push_back({criterion_name(*node.criterion, kase_, lang_),
                                     evaluator_name(s.evaluator),
                                     format_decimal(s.score.normalized(), lang_), s.reason});
        }
        if (c.scores->consensus) {
          const auto& s = *c.scores->consensus;
          individual.rows.push_back({criterion_name(*node.criterion, kase_, lang_),
                                     ctx_.tr("ui.score.report.consensus"),
                                     format_decimal(s.score.normalized(), lang_), s.reason});
        }
      }
      doc_.table(std::move(t));
      if (!individual.rows.empty())
        doc_.table(std::move(individual));
      for (const auto& rejection : r.rejections)
        doc_.paragraph(ctx_.tr("ui.score.rejected") + ": " + rejection_text(rejection, ctx_));
    }
  }

  std::string evaluator_name(const std::string& id) const {
    const Evaluator* evaluator = kase_.find_evaluator(id);
    return evaluator != nullptr ? evaluator->name : id;
  }

  void findings_section() {
    std::vector<std::string> items;
    for (const auto& d : ranked_.diagnostics.items()) {
      if (d.severity == Severity::warning)
        items.push_back(ctx_.tr(d.code, d.args));
    }
    doc_.heading(2, ctx_.tr("ui.score.report.findings"));
    if (items.empty())
      doc_.paragraph(ctx_.tr("ui.score.report.no-findings"));
    else
      doc_.list(std::move(items));
  }

  std::string main_name(int node) const {
    return criterion_name(*e_.layout.nodes[static_cast<std::size_t>(node)].criterion, kase_, lang_);
  }

  void robustness_section() {
    if (e_.ranked < 2)
      return;
    doc_.heading(2, ctx_.tr("ui.score.robustness"));
    const std::string first = e_.tenders[0].tender->id;
    const std::string second = e_.tenders[1].tender->id;
    std::vector<std::string> items;
    if (e_.weight_swap) {
      const WeightSwap& swap = *e_.weight_swap;
      if (e_.tenders[0].rank == e_.tenders[1].rank) {
        items.push_back(ctx_.tr("ui.score.swap-tied", {{"first", first}, {"second", second}}));
      } else if (settle_score(swap.margin) == 0) {
        items.push_back(ctx_.tr("ui.score.swap-level", {{"first", first}, {"second", second}}));
      } else if (swap.possible) {
        std::string moves;
        for (const auto& move : swap.moves) {
          moves += (moves.empty() ? "" : "; ") +
                   ctx_.tr("ui.score.swap-move", {{"amount", score_text(move.amount, lang_)},
                                                  {"from", main_name(move.from)},
                                                  {"to", main_name(move.to)}});
        }
        items.push_back(ctx_.tr("ui.score.swap", {{"first", first},
                                                  {"second", second},
                                                  {"margin", score_text(swap.margin, lang_)},
                                                  {"shift", score_text(swap.shift, lang_)},
                                                  {"moves", moves}}));
      } else {
        items.push_back(ctx_.tr(
            "ui.score.swap-impossible",
            {{"first", first}, {"second", second}, {"margin", score_text(swap.margin, lang_)}}));
      }
    }
    if (e_.value_swap) {
      if (e_.value_swap->possible) {
        items.push_back(ctx_.tr(
            "ui.score.value-swap",
            {{"first", first},
             {"second", second},
             {"value", amount_text(e_.value_swap->value_per_point, kase_.currency, lang_)}}));
      } else {
        items.push_back(
            ctx_.tr("ui.score.value-swap-impossible", {{"first", first}, {"second", second}}));
      }
    }
    if (e_.reversals.empty()) {
      items.push_back(ctx_.tr("ui.score.no-reversal"));
    } else {
      for (const auto& reversal : e_.reversals) {
        items.push_back(
            ctx_.tr("robustness.rank-reversal", {{"removed", reversal.removed},
                                                 {"ahead", reversal.ahead},
                                                 {"behind", reversal.behind},
                                                 {"changes", std::to_string(reversal.changes)}}));
      }
    }
    doc_.list(std::move(items));
  }

  std::string model_heading(const WhatIf& what_if) const {
    std::string text = ctx_.tr(display_key(what_if.model.kind));
    if (what_if.model.kind == PriceModelKind::linear && what_if.model.floor_at_zero)
      text += ", " + ctx_.tr("ui.score.floored");
    if (what_if.as_applied)
      text += " (" + ctx_.tr("ui.score.what-if.applied") + ")";
    return text;
  }

  void what_if_section() {
    if (e_.what_if.empty())
      return;
    doc_.heading(2, ctx_.tr("ui.score.what-if.title"));
    doc_.paragraph(ctx_.tr("ui.score.what-if.note"));
    ReportTable t;
    t.headers = {ctx_.tr("ui.score.tender")};
    for (const auto& what_if : e_.what_if)
      t.headers.push_back(model_heading(what_if));
    for (std::size_t i = 1; i < t.headers.size(); ++i)
      t.right.push_back(i);
    for (std::size_t i = 0; i < e_.ranked; ++i) {
      const std::string& id = e_.tenders[i].tender->id;
      std::vector<std::string> row{id};
      for (const auto& what_if : e_.what_if) {
        for (const auto& entry : what_if.ranking) {
          if (entry.tender != id)
            continue;
          const std::string value = entry.adjusted_price
                                        ? amount_text(*entry.adjusted_price, kase_.currency, lang_)
                                        : score_text(entry.total, lang_);
          row.push_back(std::to_string(entry.rank) + ". (" + value + ")");
        }
      }
      t.rows.push_back(std::move(row));
    }
    doc_.table(std::move(t));
  }

  const RankedCase& ranked_;
  const Evaluation& e_;
  const Case& kase_;
  const AwardCriteria& award_;
  const ToolContext& ctx_;
  Lang lang_;
  bool full_;
  ReportDocument doc_;
};

}  // namespace

ReportDocument evaluation_report(const RankedCase& ranked, const ToolContext& ctx,
                                 ReportDetail detail) {
  return ReportBuilder(ranked, ctx, detail).build();
}

}  // namespace procure::cli
