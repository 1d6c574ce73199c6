#include "command_line.hpp"

#include <string_view>

#include <CLI/CLI.hpp>

namespace procure::manual {
namespace {

// Options without a group are hidden from --help, and so from the manual.
bool listed(const CLI::Option* option) {
  return !option->get_group().empty();
}

}  // namespace

std::vector<const CLI::Option*> positionals_of(const CLI::App& app) {
  return app.get_options([](const CLI::Option* o) { return o->get_positional() && listed(o); });
}

std::vector<const CLI::Option*> named_options_of(const CLI::App& app, bool with_help) {
  return app.get_options([&](const CLI::Option* o) {
    return o->nonpositional() && listed(o) && (with_help || o != app.get_help_ptr());
  });
}

std::vector<const CLI::App*> commands_of(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App*) { return true; });
}

// A flag is an option that expects no value (CLI11's add_flag: expected(0)).
bool takes_value(const CLI::Option* option) {
  return option->get_expected_max() > 0;
}

bool repeats(const CLI::Option* option) {
  return option->get_items_expected_max() > 1;
}

// CLI11 writes a checked option's type as "TEXT:{en,nb,nn}": the type, then
// each check's description.
std::string type_of(const CLI::Option* option) {
  const std::string full = option->get_type_name();
  return full.substr(0, full.find(':'));
}

std::vector<std::string> choices_of(const CLI::Option* option) {
  const std::string full = option->get_type_name();
  std::vector<std::string> choices;
  const auto open = full.find(":{");
  if (open == std::string::npos)
    return choices;
  const auto close = full.find('}', open);
  std::string_view list(full);
  list =
      list.substr(open + 2, close == std::string::npos ? std::string_view::npos : close - open - 2);
  while (!list.empty()) {
    const auto comma = list.find(',');
    choices.emplace_back(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
  }
  return choices;
}

std::vector<std::string> names_of(const CLI::Option* option) {
  std::vector<std::string> names;
  for (const auto& name : option->get_snames())
    names.push_back("-" + name);
  for (const auto& name : option->get_lnames())
    names.push_back("--" + name);
  return names;
}

}  // namespace procure::manual
