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

void print_items_json(const ToolContext& context, std::string_view tool, std::string_view items_key,
                      const std::function<void(JsonWriter&)>& write_items,
                      const Diagnostics& diagnostics, nlohmann::json fields) {
  // As print_json joins them: the input warnings first, each list cut short on its own.
  nlohmann::json shown = diagnostics_to_json(context.input_warnings, app_catalog(), context.lang);
  for (auto& d : diagnostics_to_json(diagnostics, app_catalog(), context.lang))
    shown.push_back(std::move(d));
  fields["diagnostics"] = std::move(shown);
  fields["tool"] = tool;
  std::string out;
  JsonWriter w(out);
  bool items_written = false;
  const auto write_items_here = [&] {
    w.key(items_key);
    w.begin_array();
    write_items(w);
    w.end_array();
    items_written = true;
  };
  w.begin_object();
  // In the order of the object's keys, as print_json has them.
  for (const auto& [key, value] : fields.items()) {
    if (!items_written && key > items_key)
      write_items_here();
    w.key(key);
    w.value(value);
  }
  if (!items_written)
    write_items_here();
  w.end_object();
  out += '\n';
  context.out->write(out.data(), static_cast<std::streamsize>(out.size()));
}

}  // namespace procure::cli
