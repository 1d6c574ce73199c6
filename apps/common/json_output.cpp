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

void print_cases_json(const ToolContext& context, std::string_view tool,
                      const std::function<void(JsonWriter&)>& write_cases,
                      const Diagnostics& diagnostics, const nlohmann::json& fields) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("cases");
  w.begin_array();
  write_cases(w);
  w.end_array();
  Diagnostics shown = context.input_warnings;
  shown.append(diagnostics);
  w.key("diagnostics");
  w.value(diagnostics_to_json(shown, app_catalog(), context.lang));
  for (const auto& [key, value] : fields.items()) {
    w.key(key);
    w.value(value);
  }
  w.key("tool");
  w.value(tool);
  w.end_object();
  out += '\n';
  context.out->write(out.data(), static_cast<std::streamsize>(out.size()));
}

}  // namespace procure::cli
