// procure-init: writes a new case folder from the shipped template in the
// chosen language, with a plausible timeline counted from --today.
#include <fmt/format.h>

#include <memory>

#include "common/app_catalog.hpp"
#include "common/case_argument.hpp"
#include "common/json_output.hpp"
#include "common/output_file.hpp"
#include "procure/documents/template_set.hpp"
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

// The template puts the values inside YAML double quotes or as plain dates,
// wherever they stand on a line.
std::string yaml_double_quoted(std::string_view text, ValuePlace) {
  std::string out;
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out;
}

nlohmann::json template_values(const InitOptions& options, Date today) {
  const Date meeting = weekday_on_or_after(today.plus_days(28));
  const Date input_deadline = weekday_on_or_after(meeting.plus_days(14));
  const IsoWeek notice_first = IsoWeek::of(input_deadline.plus_days(14));
  const IsoWeek notice_last = IsoWeek::of(notice_first.sunday().plus_days(7));
  const Date tender_deadline = weekday_on_or_after(notice_last.sunday().plus_days(35));
  const Date clarification = weekday_on_or_after(tender_deadline.plus_days(-10));
  const Date award = weekday_on_or_after(tender_deadline.plus_days(21));
  const Date standstill_end = weekday_on_or_after(award.plus_days(10));
  const Date signature = weekday_on_or_after(standstill_end.plus_days(1));
  return {
      {"reference", options.reference},
      {"meeting_date", meeting.iso()},
      {"written_input_deadline", input_deadline.iso()},
      {"notice_window", notice_first.iso() + ".." + notice_last.iso()},
      {"clarification_deadline", clarification.iso()},
      {"tender_deadline", tender_deadline.iso()},
      {"award_notice", award.iso()},
      {"standstill_end", standstill_end.iso()},
      {"contract_signature", signature.iso()},
  };
}

// A shipped template that cannot be used is a damaged installation or our
// bug, not a problem with the user's input.
int internal_error(ToolContext& ctx, const std::string& message, const Diagnostics& problems) {
  if (!ctx.json)
    *ctx.err << "procure: " << ctx.tr("ui.severity.internal") << ": " << message << "\n";
  return ctx.fail(problems, exit_internal);
}

int run_init(InitOptions options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto today = date_option(options.today, diagnostics);
  if (!today)
    return ctx.fail(diagnostics, exit_bad_input);
  namespace fs = std::filesystem;
  const fs::path folder(options.folder);
  if (options.reference.empty()) {
    options.reference = fs::absolute(folder).lexically_normal().filename().string();
    if (options.reference.empty())
      options.reference = fs::absolute(folder).parent_path().filename().string();
  }
  TemplateSet templates(template_folders({}, ctx.data_dir, "templates/init"), ctx.lang,
                        ".yaml.mustache");
  const auto text =
      templates.render("case", template_values(options, *today), yaml_double_quoted, diagnostics);
  if (!text)
    return internal_error(ctx, ctx.tr("ui.init.template-unusable"), diagnostics);
  // The template must always give a case that passes check; a failure here is our bug.
  const CaseLoad check = load_case_text("case.yaml", *text);
  if (!check.ok()) {
    const std::string path = templates.find("case.yaml.mustache").string();
    return internal_error(ctx, ctx.tr("ui.init.template-invalid", {{"path", path}}),
                          check.diagnostics);
  }
  std::error_code ec;
  fs::create_directories(folder, ec);
  const fs::path target = folder / case_file_name;
  if (!write_file_atomically(target, *text, {options.force, {}}, diagnostics)) {
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
