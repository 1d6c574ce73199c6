// Build-time generator of the manual pages (en, nb, nn) and the bash
// completion, from the tools' own command lines and catalog, so they cannot
// say other than --help does.
//   generate_manual OUT_DIR DATADIR DOCDIR COMPLETION_TEMPLATE
// writes OUT_DIR/man/[LANG/]man1/*.1 and
// OUT_DIR/bash-completion/completions/procure (and a link to it per tool).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "completion_table.hpp"
#include "man_page.hpp"
#include "tools.hpp"

namespace {

namespace fs = std::filesystem;
using namespace procure;

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out)
    throw std::runtime_error("cannot write " + path.string());
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (!in && !in.eof())
    throw std::runtime_error("cannot read " + path.string());
  return text;
}

// Each tool's app, as its run would build it, in `lang`. The contexts own
// what the apps' options write to, so they live as long as the apps.
struct ToolApps {
  std::vector<std::unique_ptr<cli::ToolContext>> contexts;
  std::vector<std::unique_ptr<CLI::App>> apps;

  explicit ToolApps(Lang lang) {
    for (const cli::ToolInfo* tool : cli::all_tools()) {
      auto context = std::make_unique<cli::ToolContext>();
      context->name = std::string(tool->name);
      context->lang = lang;
      apps.push_back(cli::make_tool_app(*tool, *context));
      contexts.push_back(std::move(context));
    }
  }
};

void write_man_pages(const fs::path& man_dir, const manual::ManualSettings& settings) {
  const ToolApps tools(settings.lang);
  write_file(man_dir / "procure.1", manual::umbrella_man_page(cli::all_tools(), settings));
  for (std::size_t i = 0; i < tools.apps.size(); ++i) {
    const cli::ToolInfo& tool = *cli::all_tools()[i];
    write_file(man_dir / ("procure-" + std::string(tool.name) + ".1"),
               manual::tool_man_page(tool, *tools.apps[i], settings));
  }
}

void write_completion(const fs::path& folder, const fs::path& template_path) {
  const ToolApps tools(Lang::en);
  std::vector<std::pair<std::string_view, const CLI::App*>> apps;
  for (std::size_t i = 0; i < tools.apps.size(); ++i)
    apps.emplace_back(cli::all_tools()[i]->name, tools.apps[i].get());
  std::string script = read_file(template_path);
  const std::string marker = "@PROCURE_COMPLETION_TABLE@\n";
  const auto at = script.find(marker);
  if (at == std::string::npos)
    throw std::runtime_error(template_path.string() + " has no " + marker);
  script.replace(at, marker.size(), manual::completion_table(apps));
  write_file(folder / "procure", script);
  // bash-completion loads a command's completion from the file of its name.
  for (const cli::ToolInfo* tool : cli::all_tools()) {
    const fs::path link = folder / ("procure-" + std::string(tool->name));
    fs::remove(link);
    fs::create_symlink("procure", link);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: generate_manual OUT_DIR DATADIR DOCDIR COMPLETION_TEMPLATE\n";
    return 2;
  }
  try {
    const fs::path out = argv[1];
    for (const Lang lang : all_langs) {
      const manual::ManualSettings settings{lang, PROCURE_VERSION, argv[2], argv[3]};
      // English pages are the default; the others go where man looks for the user's language.
      const fs::path man_dir =
          lang == Lang::en ? out / "man" / "man1" : out / "man" / lang_code(lang) / "man1";
      write_man_pages(man_dir, settings);
    }
    write_completion(out / "bash-completion" / "completions", argv[4]);
  } catch (const std::exception& e) {
    std::cerr << "generate_manual: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
