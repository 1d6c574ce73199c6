#include "pandoc_converter.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "common/removed_on_signal.hpp"

extern char** environ;

namespace procure::cli {
namespace fs = std::filesystem;
namespace {

// A program named by an environment variable, or found on PATH.
std::optional<fs::path> find_program(const char* variable, std::string_view name) {
  if (const char* chosen = std::getenv(variable); chosen != nullptr && *chosen != '\0') {
    const fs::path path(chosen);
    if (path.has_parent_path())
      return ::access(chosen, X_OK) == 0 ? std::optional(path) : std::nullopt;
    name = chosen;
  }
  const char* search = std::getenv("PATH");
  std::string_view rest = search == nullptr ? "/usr/bin:/bin" : search;
  while (!rest.empty()) {
    const auto colon = rest.find(':');
    const fs::path candidate = fs::path(rest.substr(0, colon)) / name;
    if (::access(candidate.c_str(), X_OK) == 0)
      return candidate;
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
  }
  return std::nullopt;
}

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs a program with its output and errors in a file; returns its exit status.
int run(const std::vector<std::string>& args, const fs::path& log) {
  std::vector<char*> argv;
  for (const auto& a : args)
    argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0)
    return -1;
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// pandoc's input, output and log, in a folder of their own that goes with
// the run, also when it is stopped by a signal (then with pandoc's files).
struct PandocFolder {
  fs::path path;
  int error = 0;
  std::optional<RemovedOnSignal> folder_registration;
  std::array<std::optional<RemovedOnSignal>, 3> file_registrations;

  PandocFolder(std::array<std::string_view, 3> file_names) {
    std::string pattern = (fs::temp_directory_path() / "procure-render-XXXXXX").string();
    const SignalsHeld held;
    if (::mkdtemp(pattern.data()) == nullptr) {
      error = errno;
      return;
    }
    path = pattern;
    folder_registration.emplace(path);
    for (std::size_t i = 0; i < file_names.size(); ++i)
      file_registrations[i].emplace(path / file_names[i]);
  }
  ~PandocFolder() {
    std::error_code ec;
    if (!path.empty())
      fs::remove_all(path, ec);
  }
  PandocFolder(const PandocFolder&) = delete;
  PandocFolder& operator=(const PandocFolder&) = delete;
};

}  // namespace

std::optional<std::string> run_pandoc(const PandocJob& job, Diagnostics& diagnostics) {
  const auto pandoc = find_program("PROCURE_PANDOC", "pandoc");
  if (!pandoc) {
    const char* chosen = std::getenv("PROCURE_PANDOC");
    diagnostics.error("render.no-pandoc", {{"program", chosen != nullptr ? chosen : "pandoc"}});
    return std::nullopt;
  }
  const bool pdf = job.target == PandocTarget::pdf;
  std::optional<fs::path> engine;
  bool html_engine = false;
  if (pdf) {
    const char* chosen = std::getenv("PROCURE_PDF_ENGINE");
    static constexpr std::array<std::string_view, 6> engines{
        "weasyprint", "wkhtmltopdf", "xelatex", "lualatex", "pdflatex", "tectonic"};
    if (chosen != nullptr && *chosen != '\0') {
      engine = find_program("PROCURE_PDF_ENGINE", chosen);
    } else {
      for (const auto name : engines) {
        if ((engine = find_program("", name)))
          break;
      }
    }
    if (!engine) {
      diagnostics.error("render.no-pdf-engine",
                        {{"engines", chosen != nullptr && *chosen != '\0'
                                         ? std::string(chosen)
                                         : "weasyprint, wkhtmltopdf, xelatex, lualatex, pdflatex, "
                                           "tectonic"}});
      return std::nullopt;
    }
    const std::string name = engine->filename().string();
    html_engine = name == "weasyprint" || name == "wkhtmltopdf";
  }
  const std::string_view output_name = pdf ? "document.pdf" : "document.docx";
  const PandocFolder temp({"document.md", output_name, "pandoc.log"});
  if (temp.path.empty()) {
    diagnostics.error("output.write-failed", {{"path", fs::temp_directory_path().string()},
                                              {"reason", std::strerror(temp.error)}});
    return std::nullopt;
  }
  const fs::path input = temp.path / "document.md";
  const fs::path output = temp.path / output_name;
  const fs::path log = temp.path / "pandoc.log";
  std::ofstream markdown(input, std::ios::binary);
  markdown << job.markdown;
  markdown.close();
  if (!markdown) {
    diagnostics.error("output.write-failed",
                      {{"path", input.string()}, {"reason", std::strerror(errno)}});
    return std::nullopt;
  }
  const std::string lang = job.lang == Lang::en   ? "en-GB"
                           : job.lang == Lang::nb ? "nb-NO"
                                                  : "nn-NO";
  // No bare URL or e-mail address becomes a hyperlink: a template links with <https://...>.
  std::vector<std::string> args{pandoc->string(), "--from=gfm-autolink_bare_uris",
                                "--metadata=lang:" + lang, "--metadata=pagetitle:" + job.title,
                                "--output=" + output.string()};
  if (pdf) {
    args.push_back("--pdf-engine=" + engine->string());
    if (html_engine && !job.stylesheet.empty())
      args.push_back("--css=" + job.stylesheet.string());
    if (!html_engine)
      args.push_back("--variable=papersize:a4");
  } else {
    args.push_back("--to=docx");
  }
  args.push_back(input.string());
  const int status = run(args, log);
  std::error_code ec;
  if (status != 0 || !fs::is_regular_file(output, ec)) {
    std::string said = read_all(log);
    while (!said.empty() && (said.back() == '\n' || said.back() == ' '))
      said.pop_back();
    diagnostics.error(
        "render.pandoc-failed",
        {{"program", pandoc->string()}, {"status", std::to_string(status)}, {"output", said}});
    return std::nullopt;
  }
  return read_all(output);
}

}  // namespace procure::cli
