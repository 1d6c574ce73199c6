// procure-check: loads case folders and reports every problem, with a short
// summary of each case that could be read.
#include <algorithm>
#include <memory>
#include <ostream>

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/case_template.hpp"
#include "common/count_phrase.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/kept_to_exit.hpp"
#include "common/parallel_map.hpp"
#include "common/rule_tables_option.hpp"
#include "common/table.hpp"
#include "common/yaml_tree_cache.hpp"
#include "procure/evaluation/stage_files.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/load/unfilled_values.hpp"
#include "procure/model/display_names.hpp"
#include "procure/rules/rule_check.hpp"
#include "procure/text/formatting.hpp"
#include "procure/text/visible_controls.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string rules;
  bool no_cache = false;
};

struct CheckedCase {
  CaseLocation location;
  CaseLoad load;
  // The rule checks, run on each case that loaded without errors. Their
  // input problems (a time that does not exist in Oslo) join the load's
  // diagnostics; their findings are kept apart.
  std::optional<RuleCheck> rules;
  // A case in stages: the requests to participate its protocol opened.
  std::optional<int> requests_opened;

  bool has_errors() const { return load.diagnostics.has_errors(); }
  bool breaks_rules() const { return rules && rules->findings.has_errors(); }
};

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

std::string unchecked_key(UncheckedReason reason) {
  switch (reason) {
    case UncheckedReason::no_notice:
      return "ui.check.unchecked.no-notice";
    case UncheckedReason::no_estimated_value:
      return "ui.check.unchecked.no-estimated-value";
    case UncheckedReason::outside_rules:
      return "ui.check.unchecked.outside-rules";
    case UncheckedReason::signature_window:
      return "ui.check.unchecked.signature-window";
  }
  return "ui.check.unchecked.outside-rules";
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

void print_summary(const ToolContext& ctx, const CheckedCase& checked) {
  const Case& c = checked.load.value;
  std::ostream& out = *ctx.out;
  out << visible_controls(checked.location.display) << "\n";
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
        lots += (lots.empty() ? "" : ", ") + lot.id;
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
  out << table.render("  ");
}

nlohmann::json localized_json(const LocalizedText& text) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [lang, value] : text.all())
    j[std::string(lang_code(lang))] = value;
  return j;
}

nlohmann::json stages_json(const Stages& stages, const std::optional<int>& requests_opened) {
  if (stages.empty())
    return nullptr;
  nlohmann::json j;
  if (const auto& pq = stages.prequalification) {
    const auto count = [](const std::optional<int>& n) {
      return n ? nlohmann::json(*n) : nlohmann::json(nullptr);
    };
    j["prequalification"] = {{"minimum_candidates", count(pq->minimum_candidates)},
                             {"maximum_candidates", count(pq->maximum_candidates)},
                             {"requests_opened", count(requests_opened)},
                             {"qualified", pq->qualified},
                             {"invited", pq->invited}};
  } else {
    j["prequalification"] = nullptr;
  }
  nlohmann::json rounds = nlohmann::json::array();
  if (stages.negotiation) {
    for (const auto& round : stages.negotiation->rounds)
      rounds.push_back({{"number", round.number},
                        {"remaining", stages.remaining_before(round.number)},
                        {"dropped", round.dropped},
                        {"log_entries", round.log.size()}});
  }
  j["rounds"] = rounds;
  // Only a competitive dialogue's close, or an innovation partnership's phases, add keys.
  if (const auto& closing = stages.dialogue_closing) {
    j["dialogue_closing"] = {{"at", closing->at.at ? closing->at.at->iso() : closing->at.milestone},
                             {"invited", closing->invited_all ? nlohmann::json("all")
                                                              : nlohmann::json(closing->invited)}};
  }
  if (const auto& partnership = stages.partnership) {
    nlohmann::json phases = nlohmann::json::array();
    for (const auto& phase : partnership->phases) {
      nlohmann::json decisions = nlohmann::json::array();
      for (const auto& d : phase.decisions)
        decisions.push_back(
            {{"partner", d.partner},
             {"date", d.on.iso()},
             {"decision", std::string(name_in(phase_decision_choices(), d.decision))}});
      phases.push_back(
          {{"number", phase.number}, {"targets", phase.targets.size()}, {"decisions", decisions}});
    }
    j["partnership"] = {
        {"termination_reserved", partnership->termination_reserved},
        {"partners", partnership->partners},
        {"phases", phases},
        {"acquisition", partnership->acquisition
                            ? nlohmann::json{{"date", partnership->acquisition->on.iso()},
                                             {"partners", partnership->acquisition->partners}}
                            : nlohmann::json(nullptr)}};
  }
  return j;
}

nlohmann::json contract_json(const Contract& contract) {
  const auto day = [](const std::optional<Date>& d) {
    return d ? nlohmann::json(d->iso()) : nlohmann::json(nullptr);
  };
  nlohmann::json j = {
      {"start", day(contract.start)},
      {"end", day(contract.end)},
      {"value", contract.value ? nlohmann::json(contract.value->amount().to_string())
                               : nlohmann::json(nullptr)},
      {"options", contract.options.size()},
      {"successor_lead_time", contract.successor_lead_time.text()}};
  if (const auto& framework = contract.framework) {
    nlohmann::json call_offs = nlohmann::json::array();
    for (const auto& c : framework->call_offs) {
      call_offs.push_back({{"id", c.id},
                           {"method", std::string(name_in(call_off_method_choices(), c.method))},
                           {"supplier", c.supplier},
                           {"signed", day(c.signed_on)}});
    }
    j["framework"] = {{"suppliers", framework->suppliers.size()}, {"call_offs", call_offs}};
  } else {
    j["framework"] = nullptr;
  }
  return j;
}

nlohmann::json rules_json(const RuleCheck& rules) {
  nlohmann::json j;
  j["notice_day"] = rules.notice_day ? nlohmann::json(rules.notice_day->iso()) : nullptr;
  j["notice_is_window"] = rules.notice_is_window;
  if (const auto& d = rules.regime) {
    j["regime"] = {{"derived", std::string(name_of(d->regime))},
                   {"value", d->value.amount().to_string()},
                   {"threshold", d->threshold->amount.amount().to_string()},
                   {"threshold_in_force_from", d->threshold->ref.in_force_from.iso()},
                   {"on", d->on.iso()},
                   {"rule", d->threshold->ref.rule},
                   {"source", d->threshold->ref.source}};
  } else {
    j["regime"] = nullptr;
  }
  j["applied_regime"] = rules.applied_regime
                            ? nlohmann::json(std::string(name_of(*rules.applied_regime)))
                            : nlohmann::json(nullptr);
  nlohmann::json applied = nlohmann::json::array();
  for (const auto& a : rules.applied) {
    applied.push_back({{"id", a.id}, {"rule", a.rule}, {"source", a.source}, {"passed", a.passed}});
  }
  j["applied"] = applied;
  nlohmann::json unchecked = nlohmann::json::array();
  for (const auto& u : rules.unchecked) {
    std::string reason = unchecked_key(u.reason);
    unchecked.push_back({{"id", u.id}, {"reason", reason.substr(reason.rfind('.') + 1)}});
  }
  j["not_checked"] = unchecked;
  j["failed"] = rules.failed_count();
  return j;
}

nlohmann::json case_json(const ToolContext& ctx, const CheckedCase& checked) {
  const Case& c = checked.load.value;
  const auto& diagnostics = checked.load.diagnostics;
  nlohmann::json j;
  j["folder"] = checked.location.display;
  j["case_file"] = c.case_file;
  const bool findings = checked.rules && !checked.rules->findings.empty();
  j["status"] = diagnostics.has_errors()          ? "errors"
                : checked.breaks_rules()          ? "rule-findings"
                : diagnostics.warning_count() > 0 ? "warnings"
                : findings                        ? "rule-warnings"
                                                  : "ok";
  j["errors"] = diagnostics.error_count();
  j["warnings"] = diagnostics.warning_count();
  if (checked.load.parsed) {
    j["reference"] = c.reference;
    j["title"] = localized_json(c.title);
    nlohmann::json languages = nlohmann::json::array();
    for (const Lang lang : c.languages)
      languages.push_back(std::string(lang_code(lang)));
    j["languages"] = languages;
    j["buyer"] = {
        {"name", c.buyer.name},
        {"organisation_number", c.buyer.organisation_number
                                    ? nlohmann::json(c.buyer.organisation_number->digits())
                                    : nullptr},
        {"kind", std::string(name_of(c.buyer.kind))}};
    j["procedure"] = std::string(name_of(c.procedure));
    j["regime"] = std::string(name_of(c.regime));
    j["category"] = std::string(name_of(c.category));
    if (c.estimated_value) {
      j["estimated_value"] = {{"currency", std::string(c.estimated_value->currency().code)},
                              {"amount", c.estimated_value->amount().to_string()}};
    }
    nlohmann::json cpv = nlohmann::json::array();
    for (const auto& code : c.cpv)
      cpv.push_back(code.code());
    j["cpv"] = cpv;
    nlohmann::json milestones = nlohmann::json::array();
    for (const auto& m : c.timeline.milestones) {
      nlohmann::json entry{{"id", m.id}, {"standard", m.kind != MilestoneKind::custom}};
      if (const auto* exact = m.exact()) {
        entry["date"] = exact->date.iso();
        entry["time"] = exact->time ? nlohmann::json(exact->time->iso()) : nullptr;
      } else {
        const auto& window = std::get<DateWindow>(m.when);
        entry["window"] = {{"first", window.first.iso()},
                           {"last", window.last.iso()},
                           {"as_written", window.iso()}};
      }
      milestones.push_back(entry);
    }
    j["milestones"] = milestones;
    j["dialogue"] = {
        {"meetings", c.market_dialogue.meetings.size()},
        {"questions",
         c.market_dialogue.written_input ? c.market_dialogue.written_input->questions.size() : 0}};
    j["qualification_requirements"] = c.qualification.size();
    if (c.award) {
      j["criteria"] = {{"main", c.award->criteria.size()}, {"total", c.award->all().size()}};
      j["price_model"] = c.award->price_model
                             ? nlohmann::json(std::string(
                                   name_in(price_model_choices(), c.award->price_model->kind)))
                             : nullptr;
    }
    j["evaluators"] = c.evaluators.size();
    j["stages"] = stages_json(c.stages, checked.requests_opened);
    if (c.lots.divided()) {
      nlohmann::json lots = nlohmann::json::array();
      for (const auto& lot : c.lots.lots) {
        lots.push_back(
            {{"id", lot.id},
             {"estimated_value", lot.estimated_value
                                     ? nlohmann::json(lot.estimated_value->amount().to_string())
                                     : nlohmann::json(nullptr)}});
      }
      j["lots"] = lots;
    }
    j["contract"] = c.contract ? contract_json(*c.contract) : nullptr;
  }
  j["rules"] = checked.rules ? rules_json(*checked.rules) : nullptr;
  Diagnostics all = diagnostics;
  if (checked.rules)
    all.append(checked.rules->findings);
  j["diagnostics"] = diagnostics_to_json(all, app_catalog(), ctx.lang);
  return j;
}

// procure-init's template in each language, as the cases it would create:
// what a case still holding one of their values has not filled in. A
// template that cannot be rendered (a damaged installation) is left out.
std::vector<Case> blank_cases(const ToolContext& ctx, const yaml::ParseMemo* trees) {
  std::vector<Case> blanks;
  const Date any_day = *Date::from_ymd(2030, 1, 7);  // the values compared do not depend on it
  for (const Lang lang : all_langs) {
    Diagnostics ignored;
    if (const auto text = render_case_template(ctx.data_dir, lang, "", any_day, ignored))
      blanks.push_back(load_case_text("case.yaml", *text, trees).value);
  }
  return blanks;
}

// One case loaded and checked; cases are checked on several threads at once.
CheckedCase check_case(CaseLocation location, const RuleTables& tables,
                       const std::vector<Case>& blanks, const yaml::ParseMemo* trees) {
  CaseLoad load = load_case(location.folder, location.display, trees);
  std::optional<RuleCheck> rules;
  std::optional<int> requests_opened;
  if (load.ok()) {
    load.diagnostics.append(find_unfilled_values(load.value, blanks));
    rules = check_rules(load.value, tables);
    load.diagnostics.append(rules->problems);
    // A case in stages: its requests and each round's tenders, against the stages.
    if (!load.value.stages.empty()) {
      auto files = check_stage_files(load.value, location.folder, location.display);
      load.diagnostics.append(files.problems);
      rules->findings.append(files.findings);
      rules->applied.insert(rules->applied.end(), files.applied.begin(), files.applied.end());
      rules->findings.sort_by_place();
      requests_opened = files.requests_opened;
    }
    load.diagnostics.sort_by_place();
  }
  return {std::move(location), std::move(load), std::move(rules), requests_opened};
}

int run_check(const CheckOptions& options, ToolContext& ctx) {
  Diagnostics discovery;
  const auto cache = open_user_yaml_tree_cache(options.no_cache);
  const yaml::ParseMemo* trees = cache ? &*cache : nullptr;
  const auto tables = load_rules(ctx, options.rules, discovery, trees);
  if (!tables)
    return ctx.fail(discovery, exit_bad_input);
  const std::vector<Case> blanks = blank_cases(ctx, trees);
  std::vector<CaseLocation> locations = find_cases(options.paths, discovery);
  const std::vector<CheckedCase>& cases =
      kept_to_exit(std::make_unique<const std::vector<CheckedCase>>(
          parallel_map<CheckedCase>(locations.size(), case_workers(), [&](std::size_t i) {
            return check_case(std::move(locations[i]), *tables, blanks, trees);
          })));
  std::size_t with_errors = 0;
  std::size_t breaking_rules = 0;
  for (const auto& c : cases) {
    with_errors += c.has_errors() ? 1u : 0u;
    breaking_rules += !c.has_errors() && c.breaks_rules() ? 1u : 0u;
  }

  if (ctx.json) {
    nlohmann::json document;
    document["tool"] = "check";
    nlohmann::json list = nlohmann::json::array();
    for (const auto& c : cases)
      list.push_back(case_json(ctx, c));
    document["cases"] = list;
    document["diagnostics"] = diagnostics_to_json(discovery, app_catalog(), ctx.lang);
    document["summary"] = {{"cases", cases.size()},
                           {"ok", cases.size() - with_errors - breaking_rules},
                           {"with_errors", with_errors},
                           {"breaking_rules", breaking_rules}};
    print_json(ctx, document);
  } else {
    ctx.print_diagnostics(discovery);
    for (std::size_t i = 0; i < cases.size(); ++i) {
      if (i > 0)
        *ctx.out << "\n";
      ctx.print_diagnostics(cases[i].load.diagnostics);
      if (cases[i].rules)
        ctx.print_diagnostics(cases[i].rules->findings);
      print_summary(ctx, cases[i]);
    }
    if (cases.size() > 1) {
      *ctx.out << "\n"
               << ctx.tr("ui.check.tally",
                         {{"cases", count_phrase(ctx, "ui.count.cases", cases.size())},
                          {"ok", std::to_string(cases.size() - with_errors - breaking_rules)},
                          {"failed", std::to_string(with_errors)},
                          {"breaking", std::to_string(breaking_rules)}})
               << "\n";
    }
  }
  // Input errors first: a case that cannot be read cannot be judged by the rules.
  if (discovery.has_errors() || with_errors > 0)
    return exit_bad_input;
  return breaking_rules > 0 ? exit_found : exit_ok;
}

void setup_check(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<CheckOptions>();
  app.add_option("CASE", options->paths, ctx.tr("ui.check.option.case"))->required();
  add_rules_option(app, ctx, options->rules);
  app.add_flag("--no-cache", options->no_cache, ctx.tr("ui.option.no-cache"));
  app.callback([options, &ctx] { ctx.raise_exit(run_check(*options, ctx)); });
}

}  // namespace

const ToolInfo check_tool{"check", "ui.check.summary", setup_check};

}  // namespace procure::cli
