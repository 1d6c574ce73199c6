#include "shipped_template.hpp"

#include <fstream>
#include <ostream>
#include <sstream>

namespace procure::cli {

std::optional<std::string> read_shipped_template(const ToolContext& ctx,
                                                 const std::filesystem::path& relative) {
  const auto path = ctx.data_dir / "templates" / relative;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *ctx.err << "procure: " << ctx.tr("ui.severity.internal") << ": "
             << ctx.tr("ui.init.no-template", {{"path", path.string()}}) << "\n";
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace procure::cli
