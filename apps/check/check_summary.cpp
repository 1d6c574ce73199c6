#include "check_summary.hpp"

#include <algorithm>

#include "common/count_phrase.hpp"
#include "common/table.hpp"
#include "procure/model/display_names.hpp"
#include "procure/model/lot_view.hpp"
#include "procure/text/formatting.hpp"
#include "procure/text/visible_controls.hpp"

namespace procure::cli {
namespace {

std::string result_phrase(const ToolContext& ctx, const CheckedCase& checked) {
  const auto& diagnostics = checked.load.diagnostics;
  const auto errors = static_cast<std::size_t>(diagnostics.error_count());
  const auto warnings = static_cast<std::size_t>(diagnostics.warning_count());
  const auto findings = checked.rules ? checked.rules->findings.items().size() : 0u;
  if (errors == 0 && warnings == 0 && findings == 0)
    return ctx.tr("ui.check.result-ok");
  std::string text;
  if (errors > 0)
    text = count_phrase(ctx, "ui.count.errors", errors);
  if (warnings > 0)
    text += (text.empty() ? "" : ", ") + count_phrase(ctx, "ui.count.warnings", warnings);
  if (findings > 0)
    text += (text.empty() ? "" : ", ") + count_phrase(ctx, "ui.count.rule-findings", findings);
  if (diagnostics.truncated()) {
    text +=
        " (" +
        ctx.tr("ui.check.result-truncated", {{"limit", std::to_string(Diagnostics::max_items)}}) +
        ")";
  }
  return text;
}

// The part the value implies and, when the checks applied a stricter one,
// that one too, so that no one reads part III findings as part I rules.
std::string regime_phrase(const ToolContext& ctx, const RegimeDerivation& derived,
                          std::optional<Regime> applied) {
  const MessageArgs args{{"part", std::string(name_of(derived.regime))},
                         {"value", format_money(derived.value, ctx.lang)},
                         {"threshold", format_money(derived.threshold->amount, ctx.lang)},
                         {"date", derived.on.iso()},
                         {"rule", derived.threshold->ref.rule}};
  std::string text = ctx.tr(
      derived.regime == Regime::none ? "ui.check.regime-below" : "ui.check.regime-derived", args);
  if (derived.threshold->ref.unconfirmed)
    text += " (" + ctx.tr("ui.label.unconfirmed") + ")";
  if (applied && regime_rank(*applied) > regime_rank(derived.regime))
    text += ctx.tr("ui.check.regime-applied", {{"part", std::string(name_of(*applied))}});
  return text;
}

std::string rules_phrase(const ToolContext& ctx, const RuleCheck& rules, const Timeline& timeline) {
  const auto total = rules.applied.size();
  const auto failed = static_cast<std::size_t>(rules.failed_count());
  std::string text =
      failed == 0 ? count_phrase(ctx, "ui.check.rules-passed", total)
                  : ctx.tr("ui.check.rules-failed",
                           {{"failed", std::to_string(failed)}, {"n", std::to_string(total)}});
  if (rules.notice_day) {
    const Milestone* notice = timeline.find(MilestoneKind::notice_sent);
    text += "; " + (rules.notice_is_window && notice != nullptr
                        ? ctx.tr("ui.check.rules-window",
                                 {{"day", rules.notice_day->iso()},
                                  {"window", std::get<DateWindow>(notice->when).iso()}})
                        : ctx.tr("ui.check.rules-notice", {{"day", rules.notice_day->iso()}}));
  }
  return text;
}

// One line a reason: "the regime, the time limits: the case is stated to be outside ...".
std::vector<std::string> unchecked_lines(const ToolContext& ctx,
                                         const std::vector<UncheckedRule>& unchecked) {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < unchecked.size();) {
    std::string what = ctx.tr("ui.check.unchecked." + unchecked[i].id);
    std::size_t next = i + 1;
    for (; next < unchecked.size() && unchecked[next].reason == unchecked[i].reason; ++next)
      what += ", " + ctx.tr("ui.check.unchecked." + unchecked[next].id);
    lines.push_back(what + ": " + ctx.tr(unchecked_key(unchecked[i].reason)));
    i = next;
  }
  return lines;
}

// "2019-09-01 – 2021-08-31, NOK 6 000 000, 2 options; framework agreement with
// 3 suppliers, 2 call-offs (1 by mini-competition)".
std::string contract_phrase(const ToolContext& ctx, const Contract& contract) {
  std::vector<std::string> parts;
  if (contract.start || contract.end) {
    parts.push_back((contract.start ? contract.start->iso() : "?") + " – " +
                    (contract.end ? contract.end->iso() : "?"));
  }
  if (contract.value)
    parts.push_back(format_money(*contract.value, ctx.lang));
  if (!contract.options.empty())
    parts.push_back(count_phrase(ctx, "ui.count.options", contract.options.size()));
  std::string text;
  for (const auto& part : parts)
    text += (text.empty() ? "" : ", ") + part;
  if (const auto& framework = contract.framework) {
    const auto mini =
        std::count_if(framework->call_offs.begin(), framework->call_offs.end(),
                      [](const CallOff& c) { return c.method == CallOffMethod::mini_competition; });
    text +=
        (text.empty() ? "" : "; ") +
        ctx.tr("ui.check.framework",
               {{"suppliers", count_phrase(ctx, "ui.count.suppliers", framework->suppliers.size())},
                {"call_offs", count_phrase(ctx, "ui.count.call-offs", framework->call_offs.size())},
                {"mini", std::to_string(mini)}});
  }
  return text.empty() ? ctx.tr("ui.check.none") : text;
}

std::string timeline_phrase(const ToolContext& ctx, const Timeline& timeline) {
  if (timeline.milestones.empty())
    return ctx.tr("ui.check.none");
  Date first = timeline.milestones.front().earliest_date();
  Date last = timeline.milestones.front().latest_date();
  for (const auto& m : timeline.milestones) {
    first = std::min(first, m.earliest_date());
    last = std::max(last, m.latest_date());
  }
  return count_phrase(ctx, "ui.count.milestones", timeline.milestones.size()) + ", " + first.iso() +
         " – " + last.iso();
}

std::string criteria_phrase(const ToolContext& ctx, const AwardCriteria& award) {
  std::string text = count_phrase(ctx, "ui.count.main-criteria", award.criteria.size());
  const auto total = award.all().size();
  if (total != award.criteria.size())
    text += ", " + ctx.tr("ui.check.in-all", {{"n", std::to_string(total)}});
  if (award.price_model) {
    text += "; " + ctx.tr("ui.check.price-model",
                          {{"model", ctx.tr(display_key(award.price_model->kind))}});
  }
  return text;
}

std::string stages_phrase(const ToolContext& ctx, const CheckedCase& checked) {
  const Case& c = checked.load.value;
  const Stages& stages = c.stages;
  std::string text;
  if (const auto& pq = stages.prequalification) {
    const MessageArgs args{{"qualified", std::to_string(pq->qualified.size())},
                           {"invited", std::to_string(pq->invited.size())}};
    if (checked.requests_opened) {
      auto opened = args;
      opened.emplace_back("opened",
                          count_phrase(ctx, "ui.count.requests-opened",
                                       static_cast<std::size_t>(*checked.requests_opened)));
      text = ctx.tr("ui.check.stages-prequalification-opened", opened);
    } else {
      text = ctx.tr("ui.check.stages-prequalification", args);
    }
  }
  const std::size_t rounds = stages.negotiation ? stages.negotiation->rounds.size() : 0;
  if (c.procedure == Procedure::competitive_dialogue && rounds > 1) {
    // A dialogue's rounds are on solutions; only the last one is of tenders.
    text += (text.empty() ? "" : "; ") +
            ctx.tr("ui.check.stages-dialogue",
                   {{"dialogue", count_phrase(ctx, "ui.count.dialogue-rounds", rounds - 1)},
                    {"final", std::to_string(rounds)}});
  } else if (rounds > 0) {
    text += (text.empty() ? "" : "; ") +
            ctx.tr("ui.check.stages-rounds", {{"rounds", std::to_string(rounds)}});
  }
  if (const auto& closing = stages.dialogue_closing) {
    if (const auto at = c.timeline.resolve(closing->at))
      text += (text.empty() ? "" : "; ") +
              ctx.tr("ui.check.stages-dialogue-closed", {{"at", at->iso()}});
  }
  if (const auto& partnership = stages.partnership) {
    text +=
        (text.empty() ? "" : "; ") +
        ctx.tr("ui.check.stages-partnership",
               {{"partners", count_phrase(ctx, "ui.count.partners", partnership->partners.size())},
                {"phases", count_phrase(ctx, "ui.count.rd-phases", partnership->phases.size())}});
  }
  return text;
}

}  // namespace

std::string case_summary_text(const ToolContext& ctx, const CheckedCase& checked) {
  const Case& c = checked.load.value;
  Table table;
  // A case with errors may hold defaults where values could not be read: show none of it.
  if (checked.load.ok()) {
    const Lang primary = c.primary_language();
    table.add_row({ctx.tr("ui.check.reference"), c.reference});
    table.add_row({ctx.tr("ui.check.title"), std::string(c.title.in(ctx.lang, primary))});
    std::string buyer = c.buyer.name;
    if (c.buyer.organisation_number) {
      buyer +=
          ", " + ctx.tr("ui.check.orgnr", {{"number", c.buyer.organisation_number->grouped()}});
    }
    table.add_row(
        {ctx.tr("ui.check.buyer"), buyer + " (" + ctx.tr(display_key(c.buyer.kind)) + ")"});
    const bool prize = c.procedure == Procedure::prize;
    std::string procedure = ctx.tr(display_key(c.procedure)) + "; " + ctx.tr(display_key(c.regime));
    if (!prize)
      procedure += "; " + ctx.tr(display_key(c.category));
    table.add_row({ctx.tr("ui.check.procedure"), procedure});
    if (c.estimated_value) {
      const std::string amount = format_money(*c.estimated_value, ctx.lang);
      if (prize) {
        table.add_row({ctx.tr("ui.check.prize-sum"), amount});
      } else {
        table.add_row(
            {ctx.tr("ui.check.value"), ctx.tr("ui.check.excl-vat", {{"amount", amount}})});
      }
    }
    if (!c.cpv.empty()) {
      std::string codes;
      for (const auto& code : c.cpv)
        codes += (codes.empty() ? "" : ", ") + code.code();
      table.add_row({"CPV", codes});
    }
    table.add_row({ctx.tr("ui.check.timeline"), timeline_phrase(ctx, c.timeline)});
    if (!c.market_dialogue.empty()) {
      std::string dialogue =
          count_phrase(ctx, "ui.count.meetings", c.market_dialogue.meetings.size());
      if (c.market_dialogue.written_input) {
        dialogue += ", " + count_phrase(ctx, "ui.count.questions",
                                        c.market_dialogue.written_input->questions.size());
      }
      table.add_row({ctx.tr("ui.check.dialogue"), dialogue});
    }
    if (!c.qualification.empty()) {
      table.add_row({ctx.tr("ui.check.qualification"),
                     count_phrase(ctx, "ui.count.requirements", c.qualification.size())});
    }
    if (c.award)
      table.add_row({ctx.tr("ui.check.criteria"), criteria_phrase(ctx, *c.award)});
    if (!c.evaluators.empty()) {
      table.add_row({ctx.tr("ui.check.evaluators"), std::to_string(c.evaluators.size())});
    }
    if (!c.stages.empty())
      table.add_row({ctx.tr("ui.check.stages"), stages_phrase(ctx, checked)});
    if (c.lots.divided()) {
      std::string lots;
      for (const auto& lot : c.lots.lots) {
        lots += (lots.empty() ? "" : ", ") + lot_name(c, lot, ctx.lang);
        if (lot.estimated_value)
          lots += " (" + format_money(*lot.estimated_value, ctx.lang) + ")";
      }
      table.add_row({ctx.tr("ui.check.lots"), lots});
    }
    if (c.contract)
      table.add_row({ctx.tr("ui.check.contract"), contract_phrase(ctx, *c.contract)});
    if (checked.rules && checked.rules->regime)
      table.add_row({ctx.tr("ui.check.regime"),
                     regime_phrase(ctx, *checked.rules->regime, checked.rules->applied_regime)});
    // A case with nothing the rules can check yet (no timeline) gets no row.
    if (checked.rules && !checked.rules->applied.empty())
      table.add_row({ctx.tr("ui.check.rules"), rules_phrase(ctx, *checked.rules, c.timeline)});
    // A case with no timeline has nothing to check yet: no row says so.
    if (checked.rules && !c.timeline.milestones.empty()) {
      for (const auto& line : unchecked_lines(ctx, checked.rules->unchecked))
        table.add_row({ctx.tr("ui.check.not-checked"), line});
    }
  }
  table.add_row({ctx.tr("ui.check.result"), result_phrase(ctx, checked)});
  return visible_controls(checked.location.display) + "\n" + table.render("  ");
}

}  // namespace procure::cli
