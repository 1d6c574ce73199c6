// procure: the umbrella and every tool. `procure TOOL ARGS` runs the tool
// exactly as procure-TOOL does; procure-TOOL is a link to this program, which
// runs the tool its own name gives (one binary, so a build links once);
// `procure --help` lists the tools, and `procure` alone asks for one.
#include <algorithm>
#include <iostream>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/app_catalog.hpp"
#include "common/standard_output.hpp"
#include "common/table.hpp"
#include "procure/core/suggest.hpp"
#include "tools.hpp"

#ifdef PROCURE_MIMALLOC
#include <mimalloc.h>
#endif

namespace {

using namespace procure;
using namespace procure::cli;

int print_overview(Lang lang, std::ostream& out) {
  const auto& catalog = app_catalog();
  out << catalog.text(lang, "ui.procure.summary") << "\n\n"
      << catalog.text(lang, "ui.help.usage") << ": procure "
      << catalog.text(lang, "ui.procure.usage") << "\n\n"
      << catalog.text(lang, "ui.procure.tools") << ":\n";
  Table table;
  for (const ToolInfo* tool : all_tools()) {
    table.add_row({std::string(tool->name), catalog.text(lang, tool->summary_key)});
  }
  out << table.render("  ") << "\n"
      << catalog.text(lang, "ui.procure.more") << "\n\n"
      << catalog.text(lang, "ui.help.exit-codes") << "\n";
  return exit_ok;
}

// `procure messages [--json]`: every message of the catalog, for translators,
// documentation and the test that each diagnostic has a reproducer.
int print_messages(Lang lang, bool json, std::ostream& out) {
  const auto& catalog = app_catalog();
  if (json) {
    nlohmann::json list = nlohmann::json::array();
    for (const MessageDef* def : catalog.entries()) {
      nlohmann::json entry{{"code", std::string(def->code)},
                           {"en", std::string(def->text.en)},
                           {"nb", std::string(def->text.nb)},
                           {"nn", std::string(def->text.nn)}};
      if (!def->hint.empty()) {
        entry["hint"] = {{"en", std::string(def->hint.en)},
                         {"nb", std::string(def->hint.nb)},
                         {"nn", std::string(def->hint.nn)}};
      }
      if (!def->rule.empty())
        entry["rule"] = std::string(def->rule);
      list.push_back(entry);
    }
    out << list.dump(2) << "\n";
    return exit_ok;
  }
  Table table;
  for (const MessageDef* def : catalog.entries())
    table.add_row({std::string(def->code), std::string(def->text.in(lang))});
  out << table.render();
  return exit_ok;
}

const ToolInfo* find_tool(std::string_view name) {
  for (const ToolInfo* tool : all_tools()) {
    if (tool->name == name)
      return tool;
  }
  return nullptr;
}

// Where the tool's name stands among the arguments: past the options every
// tool takes (--lang nb, --lang=nb, --json), which may come before it.
int tool_argument(int argc, const char* const* argv) {
  int i = 1;
  while (i < argc) {
    const std::string_view arg(argv[i]);
    if (arg == "--lang")
      i += 2;
    else if (arg.starts_with("--lang=") || arg == "--json")
      ++i;
    else
      break;
  }
  return std::min(i, argc);
}

// The tool named by the program's own name: procure-check runs check.
const ToolInfo* tool_of_program(std::string_view program) {
  const auto slash = program.rfind('/');
  if (slash != std::string_view::npos)
    program.remove_prefix(slash + 1);
  constexpr std::string_view prefix = "procure-";
  if (!program.starts_with(prefix))
    return nullptr;
  return find_tool(program.substr(prefix.size()));
}

}  // namespace

int main(int argc, char** argv) {
#ifdef PROCURE_MIMALLOC
  // Freed segments go back to the system at once, not half a second later:
  // with the default, the evaluation report of 1 000 tenders (59 MB) peaked
  // at 191 MB instead of 167 MB (docs/performance.md).
  mi_option_set(mi_option_segment_decommit_delay, 0);
#endif
  if (argc > 0) {
    if (const ToolInfo* tool = tool_of_program(argv[0]))
      return run_tool(*tool, argc, argv);
  }
  const Lang lang = detect_language(argc, argv);
  const int at = tool_argument(argc, argv);
  const std::string first = at < argc ? argv[at] : "";
  if (first == "-h" || first == "--help" || first == "help")
    return check_standard_output(lang, print_overview(lang, standard_output()));
  if (first == "messages") {
    const bool json = std::find(argv + 1, argv + argc, std::string_view("--json")) != argv + argc;
    return check_standard_output(lang, print_messages(lang, json, standard_output()));
  }
  if (first == "--version") {
    standard_output() << "procure " PROCURE_VERSION "\n";
    return check_standard_output(lang, exit_ok);
  }
  if (const ToolInfo* tool = find_tool(first)) {
    // The tool sees itself as procure-TOOL, so its help and messages read
    // the same either way; options before its name are passed on.
    const std::string program = "procure-" + first;
    std::vector<const char*> args{program.c_str()};
    args.insert(args.end(), argv + 1, argv + at);
    args.insert(args.end(), argv + at + 1, argv + argc);
    return run_tool(*tool, static_cast<int>(args.size()), args.data());
  }
  std::vector<std::string_view> names;
  for (const ToolInfo* tool : all_tools())
    names.push_back(tool->name);
  ToolContext context;
  context.name = "procure";
  context.lang = lang;
  context.json = json_requested(argc, argv);
  context.out = &standard_output();
  context.err = &std::cerr;
  Diagnostics usage;
  if (first.empty()) {
    std::string tools;
    for (const std::string_view name : names)
      tools += (tools.empty() ? "" : ", ") + std::string(name);
    usage.error("usage.needs-tool", {{"tools", tools}});
  } else if (const auto suggestion = nearest(first, names)) {
    usage.error("usage.unknown-tool-suggest", {{"tool", first}, {"suggestion", *suggestion}});
  } else {
    usage.error("usage.unknown-tool", {{"tool", first}});
  }
  return check_standard_output(lang, context.fail(usage, exit_bad_input));
}
