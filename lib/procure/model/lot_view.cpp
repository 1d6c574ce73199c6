#include "procure/model/lot_view.hpp"

#include "procure/message_tables.hpp"

namespace procure {
namespace {

// The title pattern of a lot's documents, from the catalog.
std::string_view title_pattern(Lang lang) {
  for (const MessageDef& def : lot_messages) {
    if (def.code == "name.lot.case-title")
      return def.text.in(lang);
  }
  return "{case}: {title}";
}

}  // namespace

Case lot_view(const Case& kase, const Lot& lot) {
  Case view = kase;
  const Lang primary = kase.primary_language();
  std::size_t index = 0;
  while (index < kase.lots.lots.size() && kase.lots.lots[index].id != lot.id)
    ++index;
  // The lot as readers know it: its number in the case's order (LOT-0001 in
  // the notice is lot 1) and its title; the id is the case's own reference.
  LocalizedText title;
  for (const Lang lang : kase.languages) {
    title.set(lang, substitute(title_pattern(lang),
                               {{"case", std::string(kase.title.in(lang, primary))},
                                {"number", std::to_string(index + 1)},
                                {"title", std::string(lot.title.in(lang, primary))}}));
  }
  view.title = std::move(title);
  // The lot's value is shown; the case's decides the part of FOA (§ 5-4),
  // unless the lot claims a lower part by the small-lots rule, which
  // procure-check judges.
  view.threshold_value = kase.value_for_thresholds();
  view.estimated_value = lot.estimated_value;
  if (lot.regime && *lot.regime != Regime::derive)
    view.regime = *lot.regime;
  if (!lot.cpv.empty())
    view.cpv = lot.cpv;
  if (lot.award) {
    view.award = lot.award;
    // Findings about the lot's criteria point at the lot's own, not the case's.
    const std::string own = "lots.list[" + std::to_string(index) + "].award.";
    for (const char* key : {"basis", "price_model"}) {
      if (const SourceSpan* where = kase.location(own + key))
        view.locations.insert_or_assign(std::string("award.") + key, *where);
    }
  }
  if (lot.qualification)
    view.qualification = *lot.qualification;
  return view;
}

const Lot* find_lot(const Case& kase, std::string_view id, Diagnostics& diagnostics) {
  if (const Lot* lot = kase.lots.find(id))
    return lot;
  std::string ids;
  for (const auto& lot : kase.lots.lots)
    ids += (ids.empty() ? "'" : ", '") + lot.id + "'";
  diagnostics.error("lots.no-such-lot",
                    {{"lot", std::string(id)}, {"lots", ids.empty() ? "-" : ids}});
  return nullptr;
}

}  // namespace procure
