// procure-record: records in case.yaml's `records:` section that a step of
// the procurement was done (the notice published, the award notices sent,
// the contract signed, ...), as an officer would write it by hand.
#include <memory>

#include <CLI/CLI.hpp>

#include "common/case_file_addition.hpp"
#include "common/now_option.hpp"
#include "common/rule_tables_option.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/model/case_files.hpp"
#include "procure/rules/rule_check.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

// What a record's value is: a moment (--at) or a number or size (--value).
enum class RecordValue { date, date_time, value };

struct RecordEvent {
  const char* key;
  RecordValue value;
};

// The records an officer adds one at a time; `notices` (a list written from
// what `procure notice` printed) is left to the file.
constexpr RecordEvent record_events[] = {
    {"dialogue_held", RecordValue::date},       {"written_inputs_received", RecordValue::value},
    {"notice_published", RecordValue::date},    {"tenders_received", RecordValue::value},
    {"tenders_opened", RecordValue::date_time}, {"scores_agreed", RecordValue::date},
    {"award_notices_sent", RecordValue::date},  {"contract_signed", RecordValue::date},
    {"winner_size", RecordValue::value},
};

// What the standstill period says of the recorded signature, as check finds
// it, told at once as record's own: the record stands, and what it may cost
// is said (rules.signed-during-standstill -> record.signed-during-standstill).
Diagnostics standstill_warnings(const std::string& shown, const std::string& text,
                                const RuleTables& tables) {
  Diagnostics warnings;
  const CaseLoad would_be = load_case_text(shown, text);
  if (!would_be.ok())
    return warnings;
  const Diagnostics findings = recorded_signature_findings(would_be.value, tables);
  for (const auto& finding : findings.items()) {
    const bool during = finding.code == "rules.signed-during-standstill";
    warnings.add({Severity::warning,
                  during ? "record.signed-during-standstill" : "record.signed-before-award-notices",
                  finding.args, finding.where});
  }
  return warnings;
}

struct RecordOptions {
  std::string event;
  std::string case_path;
  std::string at;
  std::string value;
  std::string rules;
  bool dry_run = false;
};

int run_record(const RecordOptions& options, ToolContext& ctx) {
  const RecordEvent* event = nullptr;
  for (const auto& e : record_events) {
    if (options.event == e.key)
      event = &e;
  }
  Diagnostics problems;
  const std::string tool = "procure-" + ctx.name;
  const bool takes_value = event->value == RecordValue::value;
  if (takes_value && options.value.empty())
    problems.error("usage.required", {{"option", "--value"}, {"tool", tool}});
  if (takes_value && !options.at.empty())
    problems.error("record.at-for-value", {{"event", options.event}});
  if (!takes_value && !options.value.empty())
    problems.error("record.value-for-date", {{"event", options.event}});
  std::string value = takes_value ? options.value : options.at;
  if (value.empty() && !problems.has_errors()) {
    const auto today = resolve_today("", problems);
    if (today)
      value = today->iso();
  }
  if (problems.has_errors())
    return ctx.fail(problems, exit_bad_input);

  const auto locations = find_cases({options.case_path}, problems);
  if (locations.size() != 1)
    return ctx.fail(problems, exit_bad_input);
  const auto& location = locations.front();
  const CaseLoad loaded = load_case(location.folder, location.display);
  if (!loaded.ok())
    return ctx.fail(loaded.diagnostics, exit_bad_input);
  ctx.report_input_warnings(loaded.diagnostics);

  CaseFileAddition change;
  change.file = location.folder / case_file_name;
  change.shown = loaded.value.case_file;
  change.addition.path = {yaml::key_step("records")};
  change.addition.as_item = false;
  change.addition.value = yaml::map_node({{event->key, yaml::scalar_node(value)}});
  change.what = "'" + std::string(event->key) + "'";
  change.command = event->key;
  change.dry_run = options.dry_run;
  const auto check = [shown = change.shown](const std::string& text) {
    return load_case_text(shown, text).diagnostics;
  };
  // The records the standstill is counted from and checked against.
  const std::string_view key = event->key;
  std::optional<RuleTables> tables;
  if (key == "contract_signed" || key == "award_notices_sent") {
    Diagnostics unread;
    tables = load_rules(ctx, options.rules, unread);
    if (!tables)
      return ctx.fail(unread, exit_bad_input);
    change.findings = [shown = change.shown, &tables](const std::string& text) {
      return standstill_warnings(shown, text, *tables);
    };
  }
  return add_to_case_file(std::move(change), check, ctx);
}

void setup_record(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<RecordOptions>();
  std::vector<std::string> events;
  for (const auto& e : record_events)
    events.emplace_back(e.key);
  app.add_option("EVENT", options->event, ctx.tr("ui.record.option.event"))
      ->required()
      ->check(CLI::IsMember(events));
  app.add_option("CASE", options->case_path, ctx.tr("ui.render.option.case"))->required();
  app.add_option("--at", options->at, ctx.tr("ui.record.option.at"))->type_name("TIME");
  app.add_option("--value", options->value, ctx.tr("ui.record.option.value"))->type_name("VALUE");
  add_rules_option(app, ctx, options->rules);
  add_dry_run_option(app, ctx, options->dry_run);
  app.callback([options, &ctx] { ctx.raise_exit(run_record(*options, ctx)); });
}

}  // namespace

const ToolInfo record_tool{"record", "ui.record.summary", setup_record};

}  // namespace procure::cli
