#include "procure/evaluation/tender_lots.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "procure/core/suggest.hpp"

namespace procure {
namespace {

// A tenderer is the candidate its tender names, in a procedure in stages;
// else its organisation number, or its name when it has none (a foreign
// supplier). Two tender files of one tenderer count as one tenderer.
std::string tenderer_key(const Tender& tender) {
  if (!tender.candidate.empty())
    return "candidate:" + tender.candidate;
  const Supplier& supplier = tender.supplier;
  return supplier.organisation_number ? supplier.organisation_number->digits()
                                      : "name:" + supplier.name;
}

std::string quoted_ids(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids)
    out += (out.empty() ? "'" : ", '") + id + "'";
  return out;
}

// Each tenderer over `max`, with the lots it holds in the case's order.
void report_over_limit(const Case& kase,
                       const std::map<std::string, std::vector<const Tender*>>& by_tenderer,
                       int max, std::string_view code, Diagnostics& diagnostics) {
  for (const auto& [key, tenders] : by_tenderer) {
    if (static_cast<int>(tenders.size()) <= max)
      continue;
    std::vector<std::string> lots;
    for (const auto& lot : kase.lots.lots) {
      for (const Tender* tender : tenders) {
        if (tender->lot == lot.id) {
          lots.push_back(lot.id);
          break;
        }
      }
    }
    diagnostics.warning(std::string(code),
                        {{"supplier", tenders.front()->supplier.name},
                         {"count", std::to_string(lots.size())},
                         {"lots", quoted_ids(lots)},
                         {"max", std::to_string(max)}},
                        tenders.back()->where);
  }
}

}  // namespace

void check_tender_lots(const Case& kase, const TenderLoad& tenders, Diagnostics& diagnostics) {
  const auto ids = kase.lots.ids();
  std::map<std::string, std::vector<const Tender*>> by_tenderer;
  for (const auto& tender : tenders.tenders) {
    if (!kase.lots.divided()) {
      if (!tender.lot.empty()) {
        diagnostics.error("lots.case-not-divided", {{"tender", tender.id}, {"lot", tender.lot}},
                          tender.lot_where);
      }
      continue;
    }
    if (tender.lot.empty()) {
      diagnostics.error("lots.tender-without-lot",
                        {{"tender", tender.id}, {"lots", quoted_ids(ids)}}, tender.where);
      continue;
    }
    if (kase.lots.find(tender.lot) == nullptr) {
      MessageArgs args{{"tender", tender.id}, {"lot", tender.lot}, {"lots", quoted_ids(ids)}};
      const auto near = nearest(tender.lot, ids);
      if (near)
        args.emplace_back("suggestion", *near);
      diagnostics.error(near ? "lots.unknown-lot-suggest" : "lots.unknown-lot", args,
                        tender.lot_where);
      continue;
    }
    auto& held = by_tenderer[tenderer_key(tender)];
    const bool same_lot = std::any_of(held.begin(), held.end(),
                                      [&](const Tender* t) { return t->lot == tender.lot; });
    if (!same_lot)
      held.push_back(&tender);
  }
  if (kase.lots.max_per_tenderer) {
    report_over_limit(kase, by_tenderer, *kase.lots.max_per_tenderer, "lots.too-many-lots",
                      diagnostics);
  }
}

TenderLoad tenders_for_lot(const TenderLoad& all, std::string_view lot) {
  TenderLoad out;
  for (const auto& tender : all.tenders) {
    if (tender.lot != lot)
      continue;
    out.tenders.push_back(tender);
    if (const Assessment* assessment = all.assessment(tender.id))
      out.assessments.emplace(tender.id, *assessment);
  }
  return out;
}

void check_lots_awarded(const Case& kase, std::span<const LotWinner> winners,
                        Diagnostics& diagnostics) {
  if (!kase.lots.max_awarded_per_tenderer)
    return;
  std::map<std::string, std::vector<const Tender*>> by_tenderer;
  for (const auto& winner : winners) {
    if (winner.tender != nullptr)
      by_tenderer[tenderer_key(*winner.tender)].push_back(winner.tender);
  }
  report_over_limit(kase, by_tenderer, *kase.lots.max_awarded_per_tenderer, "lots.too-many-awarded",
                    diagnostics);
}

}  // namespace procure
