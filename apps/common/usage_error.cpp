#include "usage_error.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "app_catalog.hpp"
#include "procure/core/suggest.hpp"

namespace procure::cli {
namespace {

// CLI11 (2.1) says which option an error is about only in its English
// message; these are the shapes of those messages. A golden test per shape
// (tests/golden/check/usage-errors*.test) shows when a CLI11 update changes one.
bool split_at(std::string_view text, std::string_view separator, std::string& before,
              std::string& after) {
  const auto at = text.find(separator);
  if (at == std::string_view::npos)
    return false;
  before = std::string(text.substr(0, at));
  after = std::string(text.substr(at + separator.size()));
  return true;
}

// The option named `name` that was given a value, in the tool or any of
// its commands (several commands may have an option of that name).
const CLI::Option* given_option(const CLI::App& app, const std::string& name) {
  if (const auto* option = app.get_option_no_throw(name); option && !option->results().empty())
    return option;
  for (const auto* sub : app.get_subcommands({})) {
    if (const auto* option = given_option(*sub, name))
      return option;
  }
  return nullptr;
}

std::string value_given(const CLI::App& app, const std::string& option) {
  const auto* found = given_option(app, option);
  return found == nullptr ? std::string() : found->results().back();
}

// What the tool and its commands left unread, as CLI11 lists it in an
// ExtrasError: an unknown option is the first thing to say, before any
// argument it made look missing.
std::string unread_arguments(const CLI::App& app) {
  std::string words;
  for (const auto& word : app.remaining(true))
    words += (words.empty() ? "" : " ") + word;
  return words;
}

std::string command_names(const CLI::App& app) {
  std::string names;
  for (const auto* sub : app.get_subcommands({}))
    names += (names.empty() ? "" : ", ") + sub->get_name();
  return names;
}

// The long option names of the tool and its commands ("json" for --json), for "did you mean".
void collect_option_names(const CLI::App& app, std::vector<std::string>& names) {
  for (const auto* option : app.get_options()) {
    for (const auto& name : option->get_lnames())
      names.push_back(name);
  }
  for (const auto* sub : app.get_subcommands({}))
    collect_option_names(*sub, names);
}

// The option nearest to an unexpected argument that looks like a misspelt
// option (CLI11 lists the unexpected arguments in no particular order).
std::optional<std::string> nearest_option(const CLI::App& app, std::string_view arguments) {
  std::vector<std::string> names;
  collect_option_names(app, names);
  while (!arguments.empty()) {
    const std::string_view word = arguments.substr(0, arguments.find(' '));
    arguments.remove_prefix(std::min(arguments.size(), word.size() + 1));
    if (!word.starts_with("--"))
      continue;
    // Compared without the dashes, so that they do not make a far name look near.
    if (const auto name = nearest(word.substr(2, word.find('=') - 2), names))
      return "--" + *name;
  }
  return std::nullopt;
}

// By type: the error's name is not always its type's (ExtrasError takes the command's).
template <typename Kind>
bool is(const CLI::ParseError& error) {
  return dynamic_cast<const Kind*>(&error) != nullptr;
}

}  // namespace

Diagnostic usage_diagnostic(const CLI::ParseError& error, const CLI::App& app,
                            std::string_view program) {
  const std::string_view message = error.what();
  Diagnostic d;
  d.severity = Severity::error;
  d.args = {{"tool", std::string(program)}};
  std::string first;
  std::string second;
  const auto set = [&d](std::string code, MessageArgs args) {
    d.code = std::move(code);
    d.args.insert(d.args.end(), args.begin(), args.end());
  };
  const auto unexpected = [&](const std::string& arguments) {
    if (const auto option = nearest_option(app, arguments))
      set("usage.unexpected-suggest", {{"arguments", arguments}, {"suggestion", *option}});
    else
      set("usage.unexpected", {{"arguments", arguments}});
  };
  const std::string unread = is<CLI::RequiredError>(error) ? unread_arguments(app) : "";
  if (!unread.empty()) {
    unexpected(unread);
  } else if (is<CLI::RequiredError>(error) && message == "A subcommand is required") {
    set("usage.needs-command", {{"commands", command_names(app)}});
  } else if (is<CLI::RequiredError>(error) && message.ends_with(" is required")) {
    set("usage.required", {{"option", std::string(message.substr(0, message.size() - 12))}});
  } else if (is<CLI::ExtrasError>(error) && split_at(message, "expected: ", first, second)) {
    unexpected(second);
  } else if (is<CLI::ValidationError>(error) && split_at(message, ": ", first, second)) {
    // A check of ours names its catalog code; CLI11's own say the value is not valid.
    const bool ours = app_catalog().find(second) != nullptr;
    set(ours ? second : "usage.invalid-value",
        {{"option", first}, {"value", value_given(app, first)}});
  } else if (is<CLI::ConversionError>(error) &&
             split_at(message, "Could not convert: ", first, second) &&
             split_at(second, " = ", first, second)) {
    set("usage.invalid-value", {{"option", first}, {"value", second}});
  } else if (is<CLI::ArgumentMismatch>(error) && split_at(message, ": At Most ", first, second)) {
    set("usage.too-many-values",
        {{"option", first}, {"count", second.substr(0, second.find(' '))}});
  } else if (is<CLI::ArgumentMismatch>(error) &&
             split_at(message, " arguments to ", first, second)) {
    set("usage.needs-value", {{"option", second.substr(0, second.find(','))}});
  } else if (is<CLI::ArgumentMismatch>(error) && split_at(message, ": ", first, second)) {
    set("usage.needs-value", {{"option", first}});
  } else if (is<CLI::ExcludesError>(error) && split_at(message, " excludes ", first, second)) {
    set("usage.excludes", {{"option", first}, {"other", second}});
  } else {
    set("usage.invalid", {{"detail", std::string(message)}});
  }
  return d;
}

}  // namespace procure::cli
