#include "json_output.hpp"

#include <functional>
#include <map>
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

void print_items_json(const ToolContext& context, std::string_view tool, std::string_view items_key,
                      const std::function<void(JsonWriter&)>& write_items,
                      const Diagnostics& diagnostics, const nlohmann::json& fields) {
  std::string out;
  JsonWriter w(out);
  // By key, as nlohmann::json orders an object's keys.
  std::map<std::string, std::function<void()>, std::less<>> members;
  members.emplace(items_key, [&] {
    w.begin_array();
    write_items(w);
    w.end_array();
  });
  members.emplace("diagnostics", [&] {
    // As print_json joins them: each list cut short on its own.
    nlohmann::json shown = diagnostics_to_json(context.input_warnings, app_catalog(), context.lang);
    for (auto& d : diagnostics_to_json(diagnostics, app_catalog(), context.lang))
      shown.push_back(std::move(d));
    w.value(shown);
  });
  for (const auto& [key, value] : fields.items())
    members.emplace(key, [&w, &value = value] { w.value(value); });
  members.emplace("tool", [&] { w.value(tool); });
  w.begin_object();
  for (const auto& [key, write] : members) {
    w.key(key);
    write();
  }
  w.end_object();
  out += '\n';
  context.out->write(out.data(), static_cast<std::streamsize>(out.size()));
}

}  // namespace procure::cli
