#include "json_output.hpp"

#include <ostream>
#include <string>

#include "app_catalog.hpp"
#include "diagnostic_output.hpp"
#include "json_writer.hpp"

namespace procure::cli {
namespace {

std::string dump(const nlohmann::json& document) {
  return inert_json(document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace

void print_json(const ToolContext& context, const nlohmann::json& document) {
  if (context.input_warnings.empty() || !document.is_object()) {
    *context.out << dump(document) << "\n";
    return;
  }
  nlohmann::json with_warnings = document;
  nlohmann::json diagnostics =
      diagnostics_to_json(context.input_warnings, app_catalog(), context.lang);
  for (const auto& d : document.value("diagnostics", nlohmann::json::array()))
    diagnostics.push_back(d);
  with_warnings["diagnostics"] = std::move(diagnostics);
  *context.out << dump(with_warnings) << "\n";
}

}  // namespace procure::cli
