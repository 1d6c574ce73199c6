#include "procure/model/lot_view.hpp"

#include "procure/message_tables.hpp"

namespace procure {
namespace {

// A pattern of the lots' catalog in `lang`.
std::string_view pattern(std::string_view code, Lang lang) {
  for (const MessageDef& def : lot_messages) {
    if (def.code == code)
      return def.text.in(lang);
  }
  return "{title}";
}

}  // namespace

std::string lot_name(const Case& kase, const Lot& lot, Lang lang) {
  return substitute(pattern("name.lot.name", lang),
                    {{"number", std::to_string(kase.lots.number_of(lot))},
                     {"title", std::string(lot.title.in(lang, kase.primary_language()))}});
}

Case lot_view(const Case& kase, const Lot& lot) {
  Case view = kase;
  const Lang primary = kase.primary_language();
  LocalizedText title;
  for (const Lang lang : kase.languages) {
    title.set(lang, substitute(pattern("name.lot.case-title", lang),
                               {{"case", std::string(kase.title.in(lang, primary))},
                                {"lot", lot_name(kase, lot, lang)}}));
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
    const std::string own =
        "lots.list[" + std::to_string(kase.lots.number_of(lot) - 1) + "].award.";
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
