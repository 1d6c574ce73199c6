#include "case_file_addition.hpp"

#include <cerrno>

#include <CLI/CLI.hpp>

#include "app_catalog.hpp"
#include "diagnostic_output.hpp"
#include "json_output.hpp"
#include "locked_file.hpp"
#include "output_file.hpp"
#include "procure/core/source_file.hpp"
#include "procure/core/system_reason.hpp"
#include "procure/yaml/document.hpp"

namespace procure::cli {
namespace {
namespace fs = std::filesystem;

// The inserted lines as a person reads them: CR LF and CR shown as LF.
std::string shown_lines(const std::string& lines) {
  std::string shown;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] != '\r')
      shown += lines[i];
    else if (i + 1 == lines.size() || lines[i + 1] != '\n')
      shown += '\n';
  }
  return shown;
}

int report(const CaseFileAddition& change, ToolContext& ctx, std::string_view result, int line,
           const std::string& lines, const Diagnostics& findings = {}) {
  const int exit = findings.empty() ? exit_ok : exit_found;
  if (ctx.json) {
    nlohmann::json document{{"tool", ctx.name},     {"command", change.command},
                            {"file", change.shown}, {"result", result},
                            {"line", line},         {"lines", shown_lines(lines)}};
    if (!findings.empty())
      document["diagnostics"] = diagnostics_to_json(findings, app_catalog(), ctx.lang);
    print_json(ctx, document);
    return exit;
  }
  const MessageArgs args{{"path", change.shown}, {"line", std::to_string(line)}};
  if (result == "already-recorded") {
    *ctx.out << ctx.tr("ui.append.already-recorded", args) << "\n";
    return exit_ok;
  }
  const bool dry = result == "dry-run";
  const char* key = line > 0 ? (dry ? "ui.append.would-add-after" : "ui.append.added-after")
                             : (dry ? "ui.append.would-add" : "ui.append.added");
  *ctx.out << ctx.tr(key, args) << "\n" << shown_lines(lines);
  ctx.print_diagnostics(findings);
  return exit;
}

}  // namespace

int add_to_case_file(CaseFileAddition change, const WouldBeCheck& check, ToolContext& ctx) {
  Diagnostics problems;
  std::error_code ec;
  const bool exists = fs::exists(change.file, ec);
  std::string text;
  std::optional<LockedFile> locked;
  if (exists) {
    auto read = locked.emplace(change.file).read();
    if (!read) {
      const int reason = errno;
      problems.error("output.write-failed", {{"path", change.shown}, system_reason_arg(reason)});
      return ctx.fail(problems, exit_bad_input);
    }
    text = std::move(*read);
  }
  // The same text the loaders read: its lines and columns are those of the file.
  const auto source = yaml::with_yaml_line_breaks(make_source_file(change.shown, text, problems));
  std::optional<yaml::Node> root;
  if (source)
    root = yaml::parse(*source, problems);
  if (!root || problems.has_errors())
    return ctx.fail(problems, exit_bad_input);

  if (!yaml::resolve_item_names(*root, change.addition.path)) {
    problems.error("append.layout", {{"path", change.shown}});
    return ctx.fail(problems, exit_bad_input);
  }
  const auto presence = yaml::check_presence(*root, change.addition);
  if (presence.presence == yaml::Presence::recorded)
    return report(change, ctx, "already-recorded", presence.existing->line, "");
  if (presence.presence == yaml::Presence::different) {
    const auto& at = *presence.existing;
    problems.error("append.conflict",
                   {{"what", presence.key.empty() ? change.what : "'" + presence.key + "'"},
                    {"path", change.shown}},
                   source->span_at_byte(at.line, at.byte_column));
    return ctx.fail(problems, exit_bad_input);
  }

  const auto appended = yaml::append_to_text(text, *root, change.addition);
  if (!appended) {
    auto args = appended.problem().args;
    std::optional<SourceSpan> where;
    for (const auto& [name, value] : args) {
      if (name == "line")
        where = source->span_at_byte(std::stoi(value), 0);
    }
    args.emplace_back("path", change.shown);
    problems.error(appended.problem().code, args, where);
    return ctx.fail(problems, exit_bad_input);
  }

  const Diagnostics would_be = check(appended->text);
  if (would_be.has_errors()) {
    problems.error("append.would-not-load", {{"path", change.shown}});
    for (const auto& d : would_be.items()) {
      if (d.severity == Severity::error)
        problems.add(d);
    }
    return ctx.fail(problems, exit_bad_input);
  }
  const Diagnostics findings = change.findings ? change.findings(appended->text) : Diagnostics{};
  if (change.dry_run)
    return report(change, ctx, "dry-run", appended->after_line, appended->lines, findings);

  bool written = false;
  if (exists) {
    written = replace_case_file(change.file, appended->text, problems);
  } else {
    fs::create_directories(change.file.parent_path(), ec);
    written = create_file_in_case_folder(change.file, appended->text, problems);
  }
  if (!written)
    return ctx.fail(problems, exit_bad_input);
  return report(change, ctx, "added", appended->after_line, appended->lines, findings);
}

void add_dry_run_option(CLI::App& app, const ToolContext& ctx, bool& dry_run) {
  app.add_flag("--dry-run", dry_run, ctx.tr("ui.append.option.dry-run"));
}

}  // namespace procure::cli
