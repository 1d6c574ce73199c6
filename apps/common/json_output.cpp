#include "json_output.hpp"

#include <ostream>

#include "app_catalog.hpp"
#include "diagnostic_output.hpp"

namespace procure::cli {

void print_json(const ToolContext& context, const nlohmann::json& document) {
  if (context.input_warnings.empty() || !document.is_object()) {
    *context.out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  nlohmann::json with_warnings = document;
  nlohmann::json diagnostics =
      diagnostics_to_json(context.input_warnings, app_catalog(), context.lang);
  for (const auto& d : document.value("diagnostics", nlohmann::json::array()))
    diagnostics.push_back(d);
  with_warnings["diagnostics"] = std::move(diagnostics);
  *context.out << with_warnings.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
               << "\n";
}

}  // namespace procure::cli
