#include "tool.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>

#include "app_catalog.hpp"
#include "diagnostic_output.hpp"
#include "json_output.hpp"
#include "procure/core/system_reason.hpp"
#include "procure/core/utf8.hpp"
#include "standard_output.hpp"
#include "usage_error.hpp"

namespace procure::cli {
namespace {

std::optional<Lang> lang_from_locale(const char* value) {
  if (value == nullptr)
    return std::nullopt;
  const std::string_view locale(value);
  if (locale.starts_with("nn"))
    return Lang::nn;
  if (locale.starts_with("nb") || locale.starts_with("no"))
    return Lang::nb;
  if (locale.starts_with("en"))
    return Lang::en;
  return std::nullopt;
}

// CLI11's help with every line's description in one column, however many
// bytes a name's letters take ("PÅKREVD"): CLI11 pads by bytes.
class DisplayWidthFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* option, bool is_positional) const override {
    return line(make_option_name(option, is_positional) + make_option_opts(option),
                make_option_desc(option));
  }

  // CLI11 labels a value's type with its checks as one word ("TEXT:{en,nb,nn}",
  // "N:POSITIVE"): each part is labelled on its own, so that "TEXT" has one
  // label in the user's language whatever the checks.
  std::string make_option_opts(const CLI::Option* option) const override {
    std::string out = CLI::Formatter::make_option_opts(option);
    const std::string type = option->get_type_name();
    if (option->get_option_text().empty() && !type.empty() && out.starts_with(" " + type))
      out.replace(1, type.size(), type_label(type));
    return out;
  }

 private:
  std::string type_label(std::string_view type) const {
    std::string out;
    for (std::size_t start = 0; start <= type.size();) {
      const std::size_t end = std::min(type.find(':', start), type.size());
      out += (start == 0 ? "" : ":") + get_label(std::string(type.substr(start, end - start)));
      start = end + 1;
    }
    return out;
  }

  std::string line(const std::string& name, const std::string& description) const {
    const std::string indent(get_column_width(), ' ');
    std::string out = "  " + name;
    const std::size_t width = 2 + utf8::display_width(name);
    if (!description.empty()) {
      out +=
          width < get_column_width() ? std::string(get_column_width() - width, ' ') : "\n" + indent;
      for (const char c : description) {
        out += c;
        if (c == '\n')
          out += indent;
      }
    }
    return out + "\n";
  }
};

// The labels CLI11 gives the commands of a tool, and their help flags,
// when they are made (before the tool's own labels reach them).
void localize_commands(CLI::App& app, const ToolContext& context) {
  for (CLI::App* command : app.get_subcommands({})) {
    if (command->get_group() == "Subcommands")
      command->group(context.tr("ui.help.subcommands"));
    if (CLI::Option* help = command->get_help_ptr(); help && help->get_group() == "Options")
      help->group(context.tr("ui.help.options"));
    localize_commands(*command, context);
  }
}

void localize_help(CLI::App& app, const ToolContext& context) {
  app.formatter(std::make_shared<DisplayWidthFormatter>());
  auto formatter = app.get_formatter();
  formatter->label("Usage", context.tr("ui.help.usage"));
  formatter->label("OPTIONS", context.tr("ui.help.options-placeholder"));
  formatter->label("Positionals", context.tr("ui.help.positionals"));
  formatter->label("SUBCOMMAND", context.tr("ui.help.subcommand-placeholder"));
  formatter->label("REQUIRED", context.tr("ui.help.required"));
  formatter->label("SUBCOMMANDS", context.tr("ui.help.subcommand-placeholder"));
  formatter->label("Subcommands", context.tr("ui.help.subcommands"));
  formatter->label("Excludes", context.tr("ui.help.excludes"));
  // The types of the options' values, as the tools give them (type_name) or
  // CLI11 does (TEXT, and its checks: POSITIVE).
  for (const auto& [type, key] :
       {std::pair{"TEXT", "ui.help.type.text"}, std::pair{"FILE", "ui.help.type.file"},
        std::pair{"DIR", "ui.help.type.dir"}, std::pair{"DATE", "ui.help.type.date"},
        std::pair{"YYYY-MM-DD", "ui.help.type.iso-date"}, std::pair{"TIME", "ui.help.type.time"},
        std::pair{"STAMP", "ui.help.type.stamp"}, std::pair{"VALUE", "ui.help.type.value"},
        std::pair{"LOT", "ui.help.type.lot"}, std::pair{"PARTICIPANT", "ui.help.type.participant"},
        std::pair{"QUESTION", "ui.help.type.question"},
        std::pair{"QUESTION=TEXT", "ui.help.type.question-answer"},
        std::pair{"POSITIVE", "ui.help.type.positive"}})
    formatter->label(type, context.tr(key));
  formatter->column_width(34);
  // Option groups are names, not labels: set the default before any option exists.
  app.option_defaults()->group(context.tr("ui.help.options"));
  app.set_help_flag("-h,--help", context.tr("ui.help.help"));
  app.footer(context.tr("ui.help.exit-codes"));
}

int parse_and_run(const ToolInfo& tool, ToolContext& context, int argc, const char* const* argv) {
  try {
    const auto app = make_tool_app(tool, context);
    // The manual shows no default language (it depends on the environment); --help does.
    app->get_option("--lang")->default_str(std::string(lang_code(context.lang)));
    try {
      app->parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
      *context.out << app->help();
      return exit_ok;
    } catch (const CLI::CallForAllHelp&) {
      *context.out << app->help("", CLI::AppFormatMode::All);
      return exit_ok;
    } catch (const CLI::CallForVersion&) {
      *context.out << "procure " PROCURE_VERSION "\n";
      return exit_ok;
    } catch (const CLI::ParseError& e) {
      context.json = json_requested(argc, argv);
      // The command the error is in: its --help is the one that helps.
      std::string program = "procure-" + context.name;
      for (const CLI::App* command = app.get(); !command->get_subcommands().empty();) {
        command = command->get_subcommands().front();
        program += " " + command->get_name();
      }
      Diagnostics usage;
      usage.add(usage_diagnostic(e, *app, program));
      return context.fail(usage, exit_bad_input);
    }
    return context.exit_code;
  } catch (const std::exception& e) {
    context.out->flush();
    *context.err << "procure: " << context.tr("ui.severity.internal") << ": " << e.what() << "\n"
                 << context.tr("ui.internal-error-hint") << "\n";
    return exit_internal;
  }
}

}  // namespace

std::string ToolContext::tr(std::string_view key, const MessageArgs& args) const {
  return app_catalog().text(lang, key, args);
}

void ToolContext::print_diagnostics(const Diagnostics& diagnostics) const {
  // Keep what was printed so far ahead of the diagnostics on a shared terminal.
  out->flush();
  for (const auto& d : diagnostics.items())
    *err << format_diagnostic(d, app_catalog(), lang);
}

int ToolContext::fail(const Diagnostics& diagnostics, int exit) const {
  if (json) {
    nlohmann::json document{{"tool", name},
                            {"diagnostics", diagnostics_to_json(diagnostics, app_catalog(), lang)}};
    print_json(*this, document);
  } else {
    print_diagnostics(diagnostics);
  }
  return exit;
}

void ToolContext::report_input_warnings(const Diagnostics& warnings) {
  if (json)
    input_warnings.append(warnings);
  else
    print_diagnostics(warnings);
}

void ToolContext::raise_exit(int code) {
  if (code > exit_code)
    exit_code = code;
}

bool json_requested(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg(argv[i]);
    if (arg == "--")
      return false;
    if (arg == "--json")
      return true;
  }
  return false;
}

Lang detect_language(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg(argv[i]);
    std::string_view value;
    if (arg == "--lang" && i + 1 < argc)
      value = argv[i + 1];
    if (arg.starts_with("--lang="))
      value = arg.substr(7);
    if (const auto lang = parse_lang(value))
      return *lang;
  }
  if (const char* chosen = std::getenv("PROCURE_LANG")) {
    if (const auto lang = parse_lang(chosen))
      return *lang;
  }
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0')
      continue;
    return lang_from_locale(value).value_or(Lang::en);
  }
  return Lang::en;
}

std::filesystem::path find_data_dir() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec)
    return {};
  return exe.parent_path().parent_path() / "share" / "procure";
}

int run_tool(const ToolInfo& tool, int argc, const char* const* argv) {
  ToolContext context;
  context.name = std::string(tool.name);
  context.out = &standard_output();
  context.err = &std::cerr;
  context.lang = detect_language(argc, argv);
  context.data_dir = find_data_dir();
  return check_standard_output(context.lang, parse_and_run(tool, context, argc, argv));
}

int check_standard_output(Lang lang, int exit) {
  const int reason = flush_standard_output();
  if (reason == 0)
    return exit;
  Diagnostic failed;
  failed.code = "output.stdout-failed";
  failed.args = {system_reason_arg(reason)};
  std::cerr << format_diagnostic(failed, app_catalog(), lang);
  return exit == exit_internal ? exit_internal : exit_bad_input;
}

std::unique_ptr<CLI::App> make_tool_app(const ToolInfo& tool, ToolContext& context) {
  auto app = std::make_unique<CLI::App>(context.tr(tool.summary_key), "procure-" + context.name);
  localize_help(*app, context);
  // The language is taken from the arguments before parsing (detect_language);
  // its default depends on the environment, so none is shown.
  app->add_option_function<std::string>(
         "--lang", [](const std::string&) {}, context.tr("ui.option.lang"))
      ->check(CLI::IsMember({"en", "nb", "nn"}));
  app->add_flag("--json", context.json, context.tr("ui.option.json"));
  app->set_version_flag("--version", "procure " PROCURE_VERSION, context.tr("ui.option.version"));
  tool.setup(*app, context);
  localize_commands(*app, context);
  return app;
}

}  // namespace procure::cli
