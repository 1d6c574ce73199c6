#include "man_page.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "command_line.hpp"
#include "common/app_catalog.hpp"
#include "manual_messages.hpp"
#include "tools.hpp"

namespace procure::manual {
namespace {

// The guide's chapters that explain each tool, in the installed doc folder.
constexpr std::array<std::pair<std::string_view, std::string_view>, 11> tool_docs{{
    {"init", "case-format.md"},
    {"check", "case-format.md, calendar-and-rules.md"},
    {"status", "reminders.md"},
    {"timeline", "reminders.md"},
    {"dates", "calendar-and-rules.md"},
    {"remind", "reminders.md"},
    {"calendar", "reminders.md"},
    {"dialogue", "market-dialogue.md"},
    {"render", "documents.md"},
    {"score", "scoring.md"},
    {"notice", "notices.md"},
}};
constexpr std::string_view all_docs =
    "case-format.md, calendar-and-rules.md, reminders.md, market-dialogue.md, documents.md, "
    "scoring.md, notices.md";

std::string_view docs_of(std::string_view tool) {
  for (const auto& [name, docs] : tool_docs) {
    if (name == tool)
      return docs;
  }
  return all_docs;
}

// Text as roff: a backslash prints as one, no line starts a request, and the
// hyphens that start an option are minus signs, so that a copied option works.
std::string roff(std::string_view text) {
  std::string out;
  bool option_dashes = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool line_start = i == 0 || text[i - 1] == '\n';
    const bool word_start =
        line_start || std::string_view(" \t([|/'\"").find(text[i - 1]) != std::string_view::npos;
    if (line_start && (c == '.' || c == '\''))
      out += "\\&";
    if (c == '-' && (word_start || option_dashes)) {
      out += "\\-";
      option_dashes = true;
      continue;
    }
    option_dashes = false;
    if (c == '\\')
      out += "\\e";
    else
      out += c;
  }
  return out;
}

// A command or option name: every hyphen is part of it.
std::string roff_name(std::string_view name) {
  std::string out;
  for (const char c : name) {
    if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  return out;
}

// Section headings are upper case; the catalog's labels are not (ASCII and
// the Latin-1 letters of Norwegian, which UTF-8 writes as C3 xx).
std::string upper(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto byte = static_cast<unsigned char>(out[i]);
    if (byte >= 'a' && byte <= 'z') {
      out[i] = static_cast<char>(byte - 0x20);
    } else if (byte == 0xC3 && i + 1 < out.size()) {
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0xA0 && next <= 0xBE && next != 0xB7)
        out[i + 1] = static_cast<char>(next - 0x20);
      ++i;
    }
  }
  return out;
}

// The first letter in upper case, for a summary that starts a sentence.
std::string capitalised(std::string_view text) {
  const std::size_t first = text.starts_with('\xC3') ? 2 : 1;
  return upper(text.substr(0, first)) + std::string(text.substr(std::min(first, text.size())));
}

class Writer {
 public:
  explicit Writer(const ManualSettings& settings)
      : settings_(settings), manual_catalog_({manual_messages}) {}

  std::string tool_text(std::string_view key, const MessageArgs& args = {}) const {
    return cli::app_catalog().text(settings_.lang, key, args);
  }
  std::string manual_text(std::string_view key, const MessageArgs& args = {}) const {
    return manual_catalog_.text(settings_.lang, key, args);
  }

  void header(std::string_view page) {
    // man-db reads the encoding from the first line.
    out_ += ".\\\" -*- coding: UTF-8 -*-\n";
    out_ += ".\\\" Generated at build time from the tools' command lines; do not edit.\n";
    out_ += ".TH " + roff_name(upper(page)) + " 1 \"\" \"procure " + settings_.version + "\" \"" +
            roff(manual_text("man.title")) + "\"\n";
    // No hyphenation and a ragged right margin: option and command names stay whole.
    out_ += ".nh\n.ad l\n";
  }
  void section(std::string_view title) { out_ += ".SH \"" + roff(upper(title)) + "\"\n"; }
  void subsection(std::string_view title) { out_ += ".SS \"" + roff(title) + "\"\n"; }
  void paragraph(std::string_view text) { out_ += ".PP\n" + roff(text) + "\n"; }
  // A tagged paragraph; `tag` is roff already.
  void item(std::string_view tag, std::string_view text) {
    out_ += ".TP\n" + std::string(tag) + "\n" + roff(text) + "\n";
  }
  void raw(std::string_view text) { out_ += text; }

  void name(std::string_view command, std::string_view summary) {
    section(manual_text("man.section.name"));
    out_ += roff_name(command) + " \\- " + roff(summary) + "\n";
  }

  void exit_codes() {
    // The same text as the tools' --help footer: a title line, then "  N  meaning" lines.
    const std::string text = tool_text("ui.help.exit-codes");
    std::string_view rest(text);
    const auto title_end = rest.find('\n');
    std::string_view title = rest.substr(0, title_end);
    if (title.ends_with(':'))
      title.remove_suffix(1);
    section(title);
    rest = title_end == std::string_view::npos ? std::string_view{} : rest.substr(title_end + 1);
    while (!rest.empty()) {
      const auto end = rest.find('\n');
      std::string_view line = rest.substr(0, end);
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
      while (line.starts_with(' '))
        line.remove_prefix(1);
      const auto gap = line.find(' ');
      std::string_view meaning = line.substr(gap == std::string_view::npos ? line.size() : gap);
      while (meaning.starts_with(' '))
        meaning.remove_prefix(1);
      item("\\fB" + roff(line.substr(0, gap)) + "\\fR", meaning);
    }
  }

  void environment() {
    section(manual_text("man.section.environment"));
    item("\\fBPROCURE_LANG\\fR", manual_text("man.env.procure-lang"));
    item("\\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR", manual_text("man.env.locale"));
  }

  void files() {
    section(manual_text("man.section.files"));
    item("\\fI" + roff(settings_.datadir) + "/templates\\fR", manual_text("man.files.templates"));
    item("\\fI" + roff(settings_.datadir) + "/rules\\fR", manual_text("man.files.rules"));
    paragraph(manual_text("man.files.relative"));
  }

  void see_also(std::span<const cli::ToolInfo* const> tools, std::string_view self,
                std::string_view docs) {
    section(manual_text("man.section.see-also"));
    std::vector<std::string> pages;
    if (self != "procure")
      pages.push_back("procure");
    for (const cli::ToolInfo* tool : tools) {
      const std::string page = "procure-" + std::string(tool->name);
      if (page != self)
        pages.push_back(page);
    }
    for (std::size_t i = 0; i < pages.size(); ++i)
      out_ += ".BR " + roff_name(pages[i]) + " (1)" + (i + 1 < pages.size() ? "," : "") + "\n";
    paragraph(manual_text("man.see-also.docs",
                          {{"docdir", settings_.docdir}, {"docs", std::string(docs)}}));
  }

  std::string take() { return std::move(out_); }

 private:
  const ManualSettings& settings_;
  MessageCatalog manual_catalog_;
  std::string out_;
};

// The value's type by the label --help gives it in the page's language.
std::string value_tag(const CLI::App& app, const CLI::Option* option) {
  const auto choices = choices_of(option);
  const std::string type = app.get_formatter()->get_label(type_of(option));
  std::string tag;
  if (!choices.empty()) {
    for (const auto& choice : choices)
      tag += (tag.empty() ? "\\fB" : "|\\fB") + roff(choice) + "\\fR";
  } else if (!type.empty()) {
    tag = "\\fI" + roff(type) + "\\fR";
  }
  return tag;
}

std::string option_tag(const CLI::App& app, const CLI::Option* option) {
  std::string tag;
  for (const auto& name : names_of(option))
    tag += (tag.empty() ? "\\fB" : ", \\fB") + roff_name(name) + "\\fR";
  if (takes_value(option)) {
    const std::string value = value_tag(app, option);
    if (!value.empty())
      tag += " " + value;
    if (repeats(option))
      tag += " ...";
  }
  return tag;
}

std::string positional_usage(const CLI::Option* option) {
  std::string usage = "\\fI" + roff(option->get_name()) + "\\fR";
  if (repeats(option))
    usage += "...";
  return option->get_required() ? usage : "[" + usage + "]";
}

std::string usage_line(std::string_view command, const CLI::App& app, const Writer& w) {
  std::string line = ".B " + roff_name(command) + "\n[\\fI" +
                     roff(w.tool_text("ui.help.options-placeholder")) + "\\fR]";
  for (const CLI::Option* option : positionals_of(app))
    line += " " + positional_usage(option);
  return line + "\n";
}

std::string described(const CLI::Option* option, const Writer& w) {
  std::string text = option->get_description();
  if (!option->get_default_str().empty())
    text += " (" + w.manual_text("man.default", {{"value", option->get_default_str()}}) + ")";
  return text;
}

void positional_items(Writer& w, const CLI::App& app) {
  for (const CLI::Option* option : positionals_of(app))
    w.item("\\fI" + roff(option->get_name()) + "\\fR" + (repeats(option) ? "..." : ""),
           described(option, w));
}

void option_items(Writer& w, const CLI::App& app, bool with_help) {
  for (const CLI::Option* option : named_options_of(app, with_help))
    w.item(option_tag(app, option), described(option, w));
}

}  // namespace

std::string tool_man_page(const cli::ToolInfo& tool, const CLI::App& app,
                          const ManualSettings& settings) {
  Writer w(settings);
  const std::string command = "procure-" + std::string(tool.name);
  const auto commands = commands_of(app);
  w.header(command);
  w.name(command, app.get_description());

  w.section(w.manual_text("man.section.synopsis"));
  if (commands.empty()) {
    w.raw(usage_line(command, app, w));
  } else {
    for (std::size_t i = 0; i < commands.size(); ++i) {
      if (i > 0)
        w.raw(".br\n");
      w.raw(usage_line(command + " " + commands[i]->get_name(), *commands[i], w));
    }
  }

  w.section(w.manual_text("man.section.description"));
  w.paragraph(app.get_description() + ".");
  w.paragraph(w.manual_text("man.also-run-as", {{"command", "procure " + std::string(tool.name)}}));

  if (!positionals_of(app).empty()) {
    w.section(w.tool_text("ui.help.positionals"));
    positional_items(w, app);
  }
  w.section(w.tool_text("ui.help.options"));
  option_items(w, app, true);

  if (!commands.empty()) {
    w.section(w.tool_text("ui.help.subcommands"));
    for (const CLI::App* sub : commands) {
      w.subsection(command + " " + sub->get_name());
      w.paragraph(sub->get_description() + ".");
      positional_items(w, *sub);
      option_items(w, *sub, false);
    }
  }

  w.exit_codes();
  w.environment();
  w.files();
  w.see_also(cli::all_tools(), command, docs_of(tool.name));
  return w.take();
}

std::string umbrella_man_page(std::span<const cli::ToolInfo* const> tools,
                              const ManualSettings& settings) {
  Writer w(settings);
  std::string summary = w.tool_text("ui.procure.summary");
  if (summary.starts_with("procure: "))
    summary.erase(0, 9);
  w.header("procure");
  w.name("procure", summary);

  w.section(w.manual_text("man.section.synopsis"));
  w.raw(".B procure\n\\fI" + roff(w.tool_text("ui.procure.usage")) + "\\fR\n.br\n");
  w.raw(".B procure messages\n[\\fB\\-\\-json\\fR]\n.br\n");
  w.raw(".B procure\n\\fB\\-\\-help\\fR|\\fB\\-\\-version\\fR\n");

  w.section(w.manual_text("man.section.description"));
  w.paragraph(capitalised(summary) + ".");
  w.paragraph(w.tool_text("ui.procure.more"));

  w.section(w.tool_text("ui.procure.tools"));
  for (const cli::ToolInfo* tool : tools)
    w.item("\\fB" + roff_name("procure " + std::string(tool->name)) + "\\fR, \\fB" +
               roff_name("procure-" + std::string(tool->name)) + "\\fR(1)",
           w.tool_text(tool->summary_key));
  w.item("\\fBprocure messages\\fR", w.manual_text("man.procure.messages"));

  w.section(w.tool_text("ui.help.options"));
  w.item("\\fB\\-h\\fR, \\fB\\-\\-help\\fR", w.tool_text("ui.help.help"));
  w.item("\\fB\\-\\-version\\fR", w.tool_text("ui.option.version"));
  w.item("\\fB\\-\\-lang\\fR \\fBen\\fR|\\fBnb\\fR|\\fBnn\\fR", w.tool_text("ui.option.lang"));

  w.exit_codes();
  w.environment();
  w.files();
  w.see_also(tools, "procure", all_docs);
  return w.take();
}

}  // namespace procure::manual
