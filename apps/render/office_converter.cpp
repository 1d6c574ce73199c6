#include "office_converter.hpp"

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <fstream>

#include "procure/core/system_reason.hpp"

#include "external_program.hpp"

namespace procure::cli {
namespace fs = std::filesystem;
namespace {

// A path as a file: URL, every byte but letters, digits, "/", "-", "_", "." and "~"
// percent-encoded.
std::string file_url(const fs::path& path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (const char c : path.string()) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0 || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      url += c;
    } else {
      url += '%';
      url += hex[byte >> 4];
      url += hex[byte & 0xF];
    }
  }
  return url;
}

}  // namespace

std::optional<std::string> docx_to_pdf(const std::string& docx, Diagnostics& diagnostics) {
  const auto office = find_program("PROCURE_OFFICE", "soffice");
  if (!office) {
    const char* chosen = std::getenv("PROCURE_OFFICE");
    diagnostics.error("render.no-pdf-engine",
                      {{"program", chosen != nullptr && *chosen != '\0' ? chosen : "soffice"}});
    return std::nullopt;
  }
  const ScratchFolder temp({"document.docx", "document.pdf", "office.log"});
  if (temp.path().empty()) {
    diagnostics.error("output.write-failed", {{"path", fs::temp_directory_path().string()},
                                              system_reason_arg(temp.error())});
    return std::nullopt;
  }
  const fs::path input = temp.path() / "document.docx";
  const fs::path output = temp.path() / "document.pdf";
  const fs::path log = temp.path() / "office.log";
  std::ofstream file(input, std::ios::binary);
  file << docx;
  file.close();
  if (!file) {
    diagnostics.error("output.write-failed", {{"path", input.string()}, system_reason_arg(errno)});
    return std::nullopt;
  }
  // A profile of its own: no other LibreOffice running takes the job, and
  // the user's settings neither change it nor are changed.
  const std::vector<std::string> args{
      office->string(),
      "-env:UserInstallation=" + file_url(temp.path() / "profile"),
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      R"(pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}})",
      "--outdir",
      temp.path().string(),
      input.string()};
  if (!convert_with(args, log, temp.path(), output, diagnostics))
    return std::nullopt;
  return read_file_bytes(output);
}

}  // namespace procure::cli
