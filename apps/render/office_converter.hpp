#pragma once
// PDF from the DOCX, through LibreOffice without a window (soffice
// --headless --convert-to pdf), as PDF/A-2b for archiving. LibreOffice is
// found on PATH as soffice, or named by PROCURE_OFFICE; it runs with a
// profile of its own in a temporary folder, for at most
// PROCURE_CONVERT_TIMEOUT seconds (120 by default).

#include <optional>
#include <string>

#include "procure/core/diagnostic.hpp"

namespace procure::cli {

// The PDF's bytes, or nullopt with a diagnostic saying what is missing or what LibreOffice said.
std::optional<std::string> docx_to_pdf(const std::string& docx, Diagnostics& diagnostics);

}  // namespace procure::cli
