#include "score_report.hpp"

#include "common/app_catalog.hpp"
#include "procure/documents/evaluation_texts.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"
#include "score_format.hpp"

namespace procure::cli {
namespace {

class SummaryBuilder {
 public:
  SummaryBuilder(const RankedCase& ranked, const ToolContext& ctx)
      : ranked_(ranked),
        e_(ranked.evaluation()),
        kase_(ranked.kase()),
        award_(*e_.award),
        ctx_(ctx),
        lang_(ctx.lang) {}

  ReportDocument build() {
    const std::string title(kase_.title.in(lang_, kase_.primary_language()));
    doc_.paragraph(ranked_.input.location.display + ": " + title + " (" + kase_.reference + ")");
    doc_.paragraph(opening_line());
    doc_.paragraph(method_line());
    ranking_section();
    result_section();
    rejected_section();
    robustness_section();
    what_if_section();
    doc_.paragraph(ctx_.tr("ui.score.rounding"));
    return std::move(doc_);
  }

 private:
  bool price_quality() const {
    return award_.price_model && award_.price_model->kind == PriceModelKind::price_quality &&
           !e_.layout.price_leaves.empty();
  }

  std::string score(double value) const { return shown_score(value, lang_); }
  std::string amount(double value) const {
    return shown_amount(value, kase_.currency, lang_, Spacing::plain);
  }

  std::string opening_line() const {
    const OpeningProtocol& protocol = ranked_.evaluated.protocol();
    const std::size_t n = protocol.files.size();
    return ctx_.tr("ui.score.opening-line",
                   {{"deadline", format_date_time_long(oslo_local(e_.deadline), lang_)},
                    {"opened", format_date_time_long(oslo_local(protocol.opened_at), lang_)},
                    {"protocol", ranked_.evaluated.protocol_shown()},
                    {"files", ctx_.tr(n == 1 ? "ui.count.files.one" : "ui.count.files.many",
                                      {{"n", std::to_string(n)}})}});
  }

  std::string method_line() const {
    std::string text = ctx_.tr(display_key(award_.basis));
    if (award_.price_model && !e_.layout.price_leaves.empty())
      text += "; " + ctx_.tr("ui.score.price-model") + ": " +
              price_model_text(*award_.price_model, ctx_);
    text += "; " + ctx_.tr(display_key(award_.quality_scoring));
    text += "; " + ctx_.tr("ui.score.evaluator-scores") + ": " +
            ctx_.tr(display_key(award_.combination));
    text += "; " + ctx_.tr("ui.score.scale") + " " +
            format_decimal(award_.scale.min.normalized(), lang_) + "–" +
            format_decimal(award_.scale.max.normalized(), lang_);
    return ctx_.tr("ui.score.method") + ": " + text;
  }

  void ranking_section() {
    doc_.heading(ctx_.tr("ui.score.ranking"));
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
      // The terminal has no room for long names: criteria are named by id.
      t.headers.push_back(node.criterion->id + " (" +
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
    for (std::size_t i = 0; i < e_.ranked; ++i) {
      const TenderResult& r = e_.tenders[i];
      std::vector<std::string> row{std::to_string(r.rank) + (r.tie_unresolved ? "=" : ""),
                                   r.tender->id, r.tender->supplier.name};
      if (has_price)
        row.push_back(r.tender->price ? format_money(*r.tender->price, lang_) : "");
      for (const int main : columns)
        row.push_back(score(r.criteria[static_cast<std::size_t>(main)].points));
      if (price_quality()) {
        row.push_back(score(r.quality));
        row.push_back(amount(*r.adjusted_price));
      } else {
        row.push_back(score(r.total));
      }
      t.rows.push_back(std::move(row));
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
  }

  void result_section() {
    if (!e_.winner) {
      doc_.paragraph(
          ctx_.tr(e_.ranked == 0 ? "ui.score.no-winner-none" : "ui.score.no-winner-tie"));
      return;
    }
    const TenderResult& w = e_.tenders[*e_.winner];
    const char* key = kase_.procedure == Procedure::prize ? "ui.score.winner-prize"
                      : price_quality()                   ? "ui.score.winner-price-quality"
                                                          : "ui.score.winner";
    doc_.paragraph(
        ctx_.tr(key, {{"id", w.tender->id},
                      {"supplier", w.tender->supplier.name},
                      {"total", price_quality() ? amount(*w.adjusted_price) : score(w.total)}}));
  }

  void rejected_section() {
    if (e_.ranked == e_.tenders.size())
      return;
    doc_.heading(ctx_.tr("ui.score.rejected"));
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

  void robustness_section() {
    auto remarks = robustness_remarks(e_, lang_, Spacing::plain);
    if (remarks.empty())
      return;
    doc_.heading(ctx_.tr("ui.score.robustness"));
    doc_.list(std::move(remarks));
  }

  void what_if_section() {
    if (e_.what_if.empty())
      return;
    doc_.heading(ctx_.tr("ui.score.what-if.title"));
    doc_.paragraph(ctx_.tr("ui.score.what-if.note"));
    ReportTable t;
    t.headers = {ctx_.tr("ui.score.tender")};
    for (const auto& what_if : e_.what_if)
      t.headers.push_back(what_if_heading(what_if, lang_));
    for (std::size_t i = 1; i < t.headers.size(); ++i)
      t.right.push_back(i);
    for (std::size_t i = 0; i < e_.ranked; ++i) {
      const std::string& id = e_.tenders[i].tender->id;
      std::vector<std::string> row{id};
      for (const auto& what_if : e_.what_if) {
        for (const auto& entry : what_if.ranking) {
          if (entry.tender != id)
            continue;
          const std::string value =
              entry.adjusted_price ? amount(*entry.adjusted_price) : score(entry.total);
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
  ReportDocument doc_;
};

}  // namespace

ReportDocument evaluation_summary(const RankedCase& ranked, const ToolContext& ctx) {
  return SummaryBuilder(ranked, ctx).build();
}

}  // namespace procure::cli
