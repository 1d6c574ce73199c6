#pragma once
// DOCX through pandoc, where it is installed: the document's Markdown goes
// in, pandoc's DOCX comes out, laid out to be sent (docx_layout.hpp). pandoc
// is looked up on PATH, or named by PROCURE_PANDOC; a reference document
// (--reference-doc) gives pandoc the user's styles, page, header and footer.

#include <filesystem>
#include <optional>
#include <string>

#include "docx_layout.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/lang.hpp"

namespace procure::cli {

struct PandocJob {
  std::string markdown;
  Lang lang = Lang::nb;
  std::string title;
  std::filesystem::path reference_doc;  // empty: pandoc's styles, procure's page
  DocxLayout layout;
};

// The DOCX's bytes, or nullopt with a diagnostic saying what is missing or what pandoc said.
std::optional<std::string> run_pandoc(const PandocJob& job, Diagnostics& diagnostics);

}  // namespace procure::cli
