#include "procure/documents/evaluation_texts.hpp"

#include "procure/documents/document_data.hpp"
#include "procure/evaluation/ranking.hpp"
#include "procure/evaluation/score_rounding.hpp"
#include "procure/model/display_names.hpp"

namespace procure {

using documents_detail::case_label;
using documents_detail::label;

std::string shown_score(double value, Lang lang) {
  return format_decimal(displayed_score(value), lang);
}

std::string shown_amount(double value, Currency currency, Lang lang, Spacing spacing) {
  const auto money = Money::from_decimal(displayed_score(value, currency.minor_digits), currency);
  return money ? format_money(*money, lang, spacing) : shown_score(value, lang);
}

std::string criterion_name(const Criterion& criterion, const Case& kase, Lang lang) {
  const auto name = criterion.name.in(lang, kase.primary_language());
  return name.empty() ? criterion.id : std::string(name);
}

namespace {

std::string weight_swap_remark(const Evaluation& e, const WeightSwap& swap, Lang lang) {
  const MessageArgs pair{{"first", e.tenders[0].tender->id}, {"second", e.tenders[1].tender->id}};
  if (e.tenders[0].rank == e.tenders[1].rank)
    return label(lang, "doc.robustness.tied", pair);
  if (settle_score(swap.margin) == 0)
    return case_label(*e.kase, lang, "doc.robustness.level", pair);
  const auto main_name = [&](int node) {
    return criterion_name(*e.layout.nodes[static_cast<std::size_t>(node)].criterion, *e.kase, lang);
  };
  MessageArgs args = pair;
  args.emplace_back("margin", shown_score(swap.margin, lang));
  if (!swap.possible)
    return label(lang, "doc.robustness.swap-impossible", args);
  std::string moves;
  for (const auto& move : swap.moves) {
    moves += (moves.empty() ? "" : "; ") + label(lang, "doc.robustness.swap-move",
                                                 {{"amount", shown_score(move.amount, lang)},
                                                  {"from", main_name(move.from)},
                                                  {"to", main_name(move.to)}});
  }
  args.emplace_back("shift", shown_score(swap.shift, lang));
  args.emplace_back("moves", moves);
  return label(lang, "doc.robustness.swap", args);
}

}  // namespace

std::vector<std::string> robustness_remarks(const Evaluation& e, Lang lang, Spacing spacing) {
  std::vector<std::string> remarks;
  if (e.ranked < 2)
    return remarks;
  const MessageArgs pair{{"first", e.tenders[0].tender->id}, {"second", e.tenders[1].tender->id}};
  if (e.weight_swap)
    remarks.push_back(weight_swap_remark(e, *e.weight_swap, lang));
  if (e.value_swap) {
    if (e.value_swap->possible) {
      MessageArgs args = pair;
      args.emplace_back(
          "value", shown_amount(e.value_swap->value_per_point, e.kase->currency, lang, spacing));
      remarks.push_back(label(lang, "doc.robustness.value-swap", args));
    } else {
      remarks.push_back(label(lang, "doc.robustness.value-swap-impossible", pair));
    }
  }
  if (e.reversals.empty())
    remarks.push_back(case_label(*e.kase, lang, "doc.robustness.no-reversal"));
  for (const auto& reversal : e.reversals) {
    remarks.push_back(label(lang, "robustness.rank-reversal",
                            {{"removed", reversal.removed},
                             {"ahead", reversal.ahead},
                             {"behind", reversal.behind},
                             {"changes", std::to_string(reversal.changes)}}));
  }
  return remarks;
}

std::string what_if_heading(const WhatIf& what_if, Lang lang) {
  std::string text = label(lang, display_key(what_if.model.kind));
  if (what_if.model.kind == PriceModelKind::linear && what_if.model.floor_at_zero)
    text += ", " + label(lang, "doc.price-model.floored");
  if (what_if.as_applied)
    text += " (" + label(lang, "doc.what-if.applied") + ")";
  return text;
}

}  // namespace procure
