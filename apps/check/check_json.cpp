#include "check_json.hpp"

#include <algorithm>

#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "procure/model/display_names.hpp"

namespace procure::cli {
namespace {

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

}  // namespace

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
        // The id is the case's reference; the number and the title name
        // the lot as its documents do.
        lots.push_back(
            {{"id", lot.id},
             {"number", c.lots.number_of(lot)},
             {"title", localized_json(lot.title)},
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

}  // namespace procure::cli
