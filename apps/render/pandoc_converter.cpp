#include "pandoc_converter.hpp"

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <vector>

#include "procure/core/system_reason.hpp"

#include "external_program.hpp"

namespace procure::cli {
namespace fs = std::filesystem;

std::optional<std::string> run_pandoc(const PandocJob& job, Diagnostics& diagnostics) {
  const auto pandoc = find_program("PROCURE_PANDOC", "pandoc");
  if (!pandoc) {
    const char* chosen = std::getenv("PROCURE_PANDOC");
    diagnostics.error("render.no-pandoc", {{"program", chosen != nullptr ? chosen : "pandoc"}});
    return std::nullopt;
  }
  // pandoc's input, output and log, in a folder of their own that goes with
  // the run, also when it is stopped by a signal (then with pandoc's files).
  const ScratchFolder temp({"document.md", "document.docx", "pandoc.log"});
  if (temp.path().empty()) {
    diagnostics.error("output.write-failed", {{"path", fs::temp_directory_path().string()},
                                              system_reason_arg(temp.error())});
    return std::nullopt;
  }
  const fs::path input = temp.path() / "document.md";
  const fs::path output = temp.path() / "document.docx";
  const fs::path log = temp.path() / "pandoc.log";
  std::ofstream markdown(input, std::ios::binary);
  markdown << job.markdown;
  markdown.close();
  if (!markdown) {
    diagnostics.error("output.write-failed", {{"path", input.string()}, system_reason_arg(errno)});
    return std::nullopt;
  }
  const std::string lang = job.lang == Lang::en   ? "en-GB"
                           : job.lang == Lang::nb ? "nb-NO"
                                                  : "nn-NO";
  // No bare URL or e-mail address becomes a hyperlink (a template links with
  // <https://...>), and no ":rocket:" in a supplier's text becomes an emoji.
  std::vector<std::string> args{pandoc->string(),
                                "--from=gfm-autolink_bare_uris-emoji",
                                "--to=docx",
                                "--metadata=lang:" + lang,
                                "--metadata=pagetitle:" + job.title,
                                "--output=" + output.string()};
  if (!job.reference_doc.empty())
    args.push_back("--reference-doc=" + job.reference_doc.string());
  args.push_back(input.string());
  if (!convert_with(args, log, temp.path(), output, diagnostics))
    return std::nullopt;
  std::string problem;
  auto laid_out = lay_out_docx(read_file_bytes(output), job.layout, problem);
  if (!laid_out)
    diagnostics.error("render.docx-unreadable", {{"program", pandoc->string()}, {"part", problem}});
  return laid_out;
}

}  // namespace procure::cli
