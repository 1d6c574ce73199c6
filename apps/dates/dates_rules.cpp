// procure-dates rules [DATE]: the thresholds and time limits in force on a
// day, with their rules and sources, so that an officer can see the numbers
// procure checks by.
#include <algorithm>
#include <memory>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/period_phrase.hpp"
#include "common/rule_tables_option.hpp"
#include "common/table.hpp"
#include "dates_common.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"

namespace procure::cli {
namespace {

struct RulesOptions {
  std::string day = "today";
  std::string rules;
  DayOptions days;
};

template <class E>
std::string names(const std::vector<E>& values, std::span<const Choice<E>> choices) {
  std::string out;
  for (const E v : values)
    out += (out.empty() ? "" : ", ") + std::string(name_in(choices, v));
  return out;
}

// The conditions as --json gives them: the rule tables' keys and values.
std::string conditions(const TimeLimitConditions& when) {
  std::string out;
  const auto add = [&](std::string_view key, const std::string& value) {
    out += (out.empty() ? "" : ", ") + std::string(key) + ": " + value;
  };
  for (auto [key, flag] : {std::pair{"electronic_submission", &when.electronic_submission},
                           std::pair{"prior_information_notice", &when.prior_information_notice},
                           std::pair{"urgency", &when.urgency},
                           std::pair{"award_notice_electronic", &when.award_notice_electronic}}) {
    if (*flag)
      add(key, **flag ? "true" : "false");
  }
  if (when.buyer_kind)
    add("buyer_kind", std::string(name_of(*when.buyer_kind)));
  return out;
}

// The same list as the text shows it: each value by its catalog name.
template <class E>
std::string display_names(const ToolContext& ctx, const std::vector<E>& values) {
  std::string out;
  for (const E v : values)
    out += (out.empty() ? "" : ", ") + ctx.tr(display_key(v));
  return out;
}

// The conditions as the text shows them: a phrase each, where --json keeps
// the rule tables' keys ("urgency: true").
std::string conditions_text(const ToolContext& ctx, const TimeLimitConditions& when) {
  std::vector<std::string> phrases;
  const auto add = [&](const std::optional<bool>& flag, const char* if_true, const char* if_false) {
    if (flag)
      phrases.push_back(ctx.tr(*flag ? if_true : if_false));
  };
  add(when.electronic_submission, "ui.dates.rules.when.electronic-submission",
      "ui.dates.rules.when.no-electronic-submission");
  add(when.prior_information_notice, "ui.dates.rules.when.prior-information-notice",
      "ui.dates.rules.when.no-prior-information-notice");
  add(when.urgency, "ui.dates.rules.when.urgency", "ui.dates.rules.when.no-urgency");
  add(when.award_notice_electronic, "ui.dates.rules.when.award-notice-electronic",
      "ui.dates.rules.when.award-notice-not-electronic");
  if (when.buyer_kind)
    phrases.push_back(ctx.tr(display_key(*when.buyer_kind)));
  std::string out;
  for (const auto& phrase : phrases)
    out += (out.empty() ? "" : ", ") + phrase;
  return out;
}

// Sources are long: shown once each, as numbered notes under the tables.
class Notes {
 public:
  std::string mark(const std::string& source) {
    auto it = std::find(sources_.begin(), sources_.end(), source);
    if (it == sources_.end())
      it = sources_.insert(sources_.end(), source);
    return "[" + std::to_string(it - sources_.begin() + 1) + "]";
  }
  std::string render() const {
    std::string out;
    for (std::size_t i = 0; i < sources_.size(); ++i)
      out += "  [" + std::to_string(i + 1) + "] " + sources_[i] + "\n";
    return out;
  }

 private:
  std::vector<std::string> sources_;
};

int run_rules(const RulesOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto day = read_day(options.day, options.days, diagnostics);
  const auto tables = load_rules(ctx, options.rules, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  // Before the first row no table says anything: empty tables would read as
  // "no thresholds and no time limits".
  const auto first = tables->first_in_force();
  if (!first || *day < *first) {
    diagnostics.error("rules.no-table-covers-date",
                      {{"date", day->iso()}, {"first", first ? first->iso() : "-"}});
    return ctx.fail(diagnostics, exit_bad_input);
  }
  Diagnostics notes_about_tables;
  if (const ThresholdRevision* revision = tables->threshold_revision_pending(*day)) {
    notes_about_tables.warning("rules.thresholds-not-confirmed",
                               {{"date", day->iso()},
                                {"confirmed_from", tables->last_threshold_change()->iso()},
                                {"due", revision->due.iso()},
                                {"rule", revision->ref.rule},
                                {"source", revision->ref.source}});
  }
  std::vector<const ThresholdRow*> thresholds;
  for (const auto& [name, kind] : threshold_kind_choices()) {
    if (const ThresholdRow* row = tables->threshold(kind, *day))
      thresholds.push_back(row);
  }
  const auto limits = tables->time_limits_in_force(*day);
  const auto contract_periods = tables->contract_periods_in_force(*day);
  if (ctx.json) {
    const auto ref_json = [](const RuleRef& ref) {
      return nlohmann::json{{"in_force_from", ref.in_force_from.iso()},
                            {"rule", ref.rule},
                            {"source", ref.source},
                            {"unconfirmed", ref.unconfirmed},
                            {"note", ref.note}};
    };
    nlohmann::json t = nlohmann::json::array();
    for (const ThresholdRow* row : thresholds) {
      nlohmann::json j = ref_json(row->ref);
      j["kind"] = std::string(name_in(threshold_kind_choices(), row->kind));
      j["amount"] = row->amount.amount().to_string();
      j["currency"] = std::string(row->amount.currency().code);
      t.push_back(j);
    }
    nlohmann::json l = nlohmann::json::array();
    for (const TimeLimitRow* row : limits) {
      nlohmann::json j = ref_json(row->ref);
      j["id"] = row->id;
      j["procedures"] = names(row->procedures, procedure_choices());
      j["regimes"] = names(row->regimes, regime_choices());
      j["check"] = std::string(name_in(time_limit_check_choices(), row->check));
      j["from"] = std::string(name_in(standard_milestones(), row->from));
      j["to"] = std::string(name_in(standard_milestones(), row->to));
      j["days"] = row->days;
      j["when"] = conditions(row->when);
      l.push_back(j);
    }
    nlohmann::json c = nlohmann::json::array();
    for (const ContractPeriodRow* row : contract_periods) {
      nlohmann::json j = ref_json(row->ref);
      j["id"] = row->id;
      j["regimes"] = names(row->regimes, regime_choices());
      j["period"] = row->period ? nlohmann::json(row->period->text()) : nlohmann::json(nullptr);
      c.push_back(j);
    }
    print_json(ctx,
               {{"tool", "dates"},
                {"command", "rules"},
                {"date", day->iso()},
                {"thresholds", t},
                {"time_limits", l},
                {"contract_periods", c},
                {"diagnostics", diagnostics_to_json(notes_about_tables, app_catalog(), ctx.lang)}});
    return exit_ok;
  }
  ctx.print_diagnostics(notes_about_tables);
  Notes notes;
  *ctx.out << ctx.tr("ui.dates.rules.title", {{"date", day->iso()}}) << "\n\n"
           << ctx.tr("ui.dates.rules.thresholds") << "\n";
  Table t({ctx.tr("ui.dates.column.threshold"), ctx.tr("ui.dates.column.amount"),
           ctx.tr("ui.dates.column.in-force-from"), ctx.tr("ui.dates.column.rule")});
  for (const ThresholdRow* row : thresholds) {
    t.add_row(
        {ctx.tr("name.threshold." + std::string(name_in(threshold_kind_choices(), row->kind))),
         format_money(row->amount, ctx.lang), row->ref.in_force_from.iso(),
         row->ref.rule + " " + notes.mark(row->ref.source) +
             (row->ref.unconfirmed ? " (" + ctx.tr("ui.label.unconfirmed") + ")" : "")});
  }
  t.align_right(1);
  *ctx.out << t.render("  ") << "\n" << ctx.tr("ui.dates.rules.time-limits") << "\n";
  Table l({ctx.tr("ui.dates.column.id"), ctx.tr("ui.dates.column.procedures"),
           ctx.tr("ui.dates.column.between"), ctx.tr("ui.dates.column.days"),
           ctx.tr("ui.dates.column.when"), ctx.tr("ui.dates.column.rule")});
  for (const TimeLimitRow* row : limits) {
    const std::string procedures = row->procedures.empty() ? display_names(ctx, row->regimes)
                                                           : display_names(ctx, row->procedures);
    l.add_row({row->id, procedures,
               ctx.tr(display_key(row->from)) + " → " + ctx.tr(display_key(row->to)),
               row->check == TimeLimitCheck::days_before
                   ? ctx.tr("ui.dates.rules.days-before", {{"n", std::to_string(row->days)}})
                   : std::to_string(row->days),
               conditions_text(ctx, row->when), row->ref.rule + " " + notes.mark(row->ref.source)});
  }
  l.align_right(3);
  *ctx.out << l.render("  ") << "\n" << ctx.tr("ui.dates.rules.contract-periods") << "\n";
  Table c({ctx.tr("ui.dates.column.id"), ctx.tr("ui.dates.column.procedures"),
           ctx.tr("ui.dates.column.period"), ctx.tr("ui.dates.column.rule")});
  for (const ContractPeriodRow* row : contract_periods) {
    c.add_row({row->id,
               row->regimes.empty() ? std::string("FOA") : display_names(ctx, row->regimes),
               row->period ? period_phrase(ctx, *row->period)
                           : ctx.tr("ui.dates.rules.until-standstill-end"),
               row->ref.rule + " " + notes.mark(row->ref.source) +
                   (row->ref.unconfirmed ? " (" + ctx.tr("ui.label.unconfirmed") + ")" : "")});
  }
  *ctx.out << c.render("  ") << "\n" << ctx.tr("ui.dates.rules.sources") << "\n" << notes.render();
  return exit_ok;
}

}  // namespace

void setup_dates_rules(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<RulesOptions>();
  app.add_option("DATE", options->day, ctx.tr("ui.dates.option.rules-date"));
  add_rules_option(app, ctx, options->rules);
  add_day_options(app, ctx, options->days);
  app.callback([options, &ctx] { ctx.raise_exit(run_rules(*options, ctx)); });
}

}  // namespace procure::cli
