#pragma once
// DOCX and PDF through pandoc, where it is installed: the document's
// Markdown goes in, the converted file's bytes come out. PDF needs a PDF
// engine as well (weasyprint, wkhtmltopdf or a LaTeX); which programs are
// there is looked up on PATH, or named by PROCURE_PANDOC and
// PROCURE_PDF_ENGINE.

#include <filesystem>
#include <optional>
#include <string>

#include "procure/core/diagnostic.hpp"
#include "procure/core/lang.hpp"

namespace procure::cli {

enum class PandocTarget { docx, pdf };

struct PandocJob {
  PandocTarget target = PandocTarget::docx;
  std::string markdown;
  Lang lang = Lang::nb;
  std::string title;
  std::filesystem::path stylesheet;  // for HTML-based PDF engines
};

// The converted file, or nullopt with a diagnostic saying what is missing or what pandoc said.
std::optional<std::string> run_pandoc(const PandocJob& job, Diagnostics& diagnostics);

}  // namespace procure::cli
