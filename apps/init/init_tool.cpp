// procure-init: writes a new case folder from the shipped template in the
// chosen language, with a plausible timeline counted from --today.
#include <chrono>
#include <fstream>
#include <memory>
#include <sstream>

#include <kainjow/mustache.hpp>

#include "common/app_catalog.hpp"
#include "common/json_output.hpp"
#include "common/output_file.hpp"
#include "procure/load/case_loader.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

struct InitOptions {
  std::string folder;
  std::string reference;
  std::string today;
  bool force = false;
};

// Moves a date off the weekend; the template's timeline only has to be a
// plausible start, which the officer then adjusts.
Date weekday_on_or_after(Date day) {
  while (day.iso_weekday() > 5)
    day = day.plus_days(1);
  return day;
}

std::string yaml_double_quoted(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out;
}

kainjow::mustache::data template_values(const InitOptions& options, Date today) {
  const Date meeting = weekday_on_or_after(today.plus_days(28));
  const Date input_deadline = weekday_on_or_after(meeting.plus_days(14));
  const IsoWeek notice_first = IsoWeek::of(input_deadline.plus_days(14));
  const IsoWeek notice_last = IsoWeek::of(notice_first.sunday().plus_days(7));
  const Date tender_deadline = weekday_on_or_after(notice_last.sunday().plus_days(35));
  const Date clarification = weekday_on_or_after(tender_deadline.plus_days(-10));
  const Date award = weekday_on_or_after(tender_deadline.plus_days(21));
  const Date standstill_end = weekday_on_or_after(award.plus_days(10));
  const Date signature = weekday_on_or_after(standstill_end.plus_days(1));

  kainjow::mustache::data data;
  data.set("reference", yaml_double_quoted(options.reference));
  data.set("meeting_date", meeting.iso());
  data.set("written_input_deadline", input_deadline.iso());
  data.set("notice_window", notice_first.iso() + ".." + notice_last.iso());
  data.set("clarification_deadline", clarification.iso());
  data.set("tender_deadline", tender_deadline.iso());
  data.set("award_notice", award.iso());
  data.set("standstill_end", standstill_end.iso());
  data.set("contract_signature", signature.iso());
  return data;
}

std::optional<std::string> read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Date clock_today() {
  const auto now = std::chrono::system_clock::now();
  return Date(std::chrono::floor<date::days>(now));
}

int run_init(InitOptions options, ToolContext& ctx) {
  Diagnostics diagnostics;
  Date today = clock_today();
  if (!options.today.empty()) {
    const auto parsed = Date::parse(options.today);
    if (!parsed) {
      diagnostics.error(parsed.problem().code, parsed.problem().args);
      return ctx.fail(diagnostics, exit_bad_input);
    }
    today = *parsed;
  }
  namespace fs = std::filesystem;
  const fs::path folder(options.folder);
  if (options.reference.empty()) {
    options.reference = fs::absolute(folder).lexically_normal().filename().string();
    if (options.reference.empty())
      options.reference = fs::absolute(folder).parent_path().filename().string();
  }
  const auto template_path =
      ctx.data_dir / "templates" / "init" / ("case." + std::string(lang_code(ctx.lang)) + ".yaml");
  const auto template_text = read_text(template_path);
  if (!template_text) {
    *ctx.err << "procure: " << ctx.tr("ui.severity.error") << ": "
             << ctx.tr("ui.init.no-template", {{"path", template_path.string()}}) << "\n";
    return exit_internal;
  }
  kainjow::mustache::mustache renderer(*template_text);
  const std::string text = renderer.render(template_values(options, today));
  // The template must always give a case that passes check; a failure here is our bug.
  const CaseLoad check = load_case_text("case.yaml", text);
  if (!check.ok()) {
    *ctx.err << "procure: " << ctx.tr("ui.severity.internal") << ": "
             << ctx.tr("ui.init.template-invalid", {{"path", template_path.string()}}) << "\n";
    ctx.print_diagnostics(check.diagnostics);
    return exit_internal;
  }
  std::error_code ec;
  fs::create_directories(folder, ec);
  const fs::path target = folder / case_file_name;
  if (!write_file_atomically(target, text, {options.force, {}}, diagnostics)) {
    return ctx.fail(diagnostics, exit_bad_input);
  }
  if (ctx.json) {
    print_json(ctx,
               {{"tool", "init"}, {"created", target.string()}, {"reference", options.reference}});
  } else {
    *ctx.out << ctx.tr("ui.init.created", {{"path", target.string()}, {"folder", options.folder}})
             << "\n";
  }
  return exit_ok;
}

void setup_init(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<InitOptions>();
  app.add_option("FOLDER", options->folder, ctx.tr("ui.init.option.folder"))->required();
  app.add_option("--reference", options->reference, ctx.tr("ui.init.option.reference"));
  app.add_option("--today", options->today, ctx.tr("ui.init.option.today"));
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  app.callback([options, &ctx] { ctx.raise_exit(run_init(*options, ctx)); });
}

}  // namespace

const ToolInfo init_tool{"init", "ui.init.summary", setup_init};

}  // namespace procure::cli
