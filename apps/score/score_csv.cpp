// One row a tender: the ranked ones in rank order, then the rejected ones.
// Scores are rounded as everywhere (two decimals, with the dialect's decimal
// mark, so that the spreadsheet reads them as numbers); prices are exact.
#include "common/app_catalog.hpp"
#include "procure/evaluation/csv_writer.hpp"
#include "procure/evaluation/score_rounding.hpp"
#include "score_format.hpp"
#include "score_outputs.hpp"

namespace procure::cli {
namespace {

std::string plain(double value, CsvDialect dialect) {
  return csv_number(displayed_score(value).to_string(), dialect);
}

}  // namespace

std::string evaluation_csv(const RankedCase& ranked, const ToolContext& ctx, CsvDialect dialect) {
  const Evaluation& e = ranked.evaluation();
  const CriteriaLayout& layout = e.layout;
  const bool price_quality = e.award->price_model &&
                             e.award->price_model->kind == PriceModelKind::price_quality &&
                             !layout.price_leaves.empty();
  std::vector<std::string> header{"rank",     "tender", "supplier", "organisation_number",
                                  "received", "price",  "status",   "reasons"};
  // Criterion ids are the case's own: prefixed, they cannot clash with the fixed columns.
  for (const auto& node : layout.nodes)
    header.push_back("score." + node.criterion->id);
  header.emplace_back("quality");
  header.emplace_back(price_quality ? "adjusted_price" : "total");
  std::string out(csv_preamble(dialect));
  out += csv_record(header, dialect);
  for (const auto& r : e.tenders) {
    const Tender& t = *r.tender;
    std::string reasons;
    for (const auto& rejection : r.rejections)
      reasons += (reasons.empty() ? "" : "; ") + rejection_text(rejection, ctx);
    std::vector<std::string> row{
        r.rank > 0 ? std::to_string(r.rank) : "",
        t.id,
        t.supplier.name,
        t.supplier.organisation_number ? t.supplier.organisation_number->digits() : "",
        iso_oslo(t.received),
        t.price ? csv_number(t.price->amount().to_string(), dialect) : "",
        r.rank > 0 ? "ranked" : "rejected",
        reasons};
    for (std::size_t n = 0; n < layout.nodes.size(); ++n) {
      const bool no_score = !r.scored || (layout.nodes[n].price && price_quality);
      row.push_back(no_score ? "" : plain(r.criteria[n].score, dialect));
    }
    row.push_back(r.scored ? plain(r.quality, dialect) : "");
    if (!r.scored)
      row.emplace_back("");
    else if (price_quality)
      row.push_back(csv_number(displayed_score(*r.adjusted_price).to_string(), dialect));
    else
      row.push_back(plain(r.total, dialect));
    out += csv_record(row, dialect);
  }
  return out;
}

}  // namespace procure::cli
