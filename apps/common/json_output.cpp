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

void print_json_writing(const ToolContext& context, std::string_view tool, std::string_view key,
                        const std::function<void(JsonWriter&)>& write_value,
                        const Diagnostics& diagnostics, nlohmann::json fields) {
  // As print_json joins them: the input warnings first, each list cut short on its own.
  nlohmann::json shown = diagnostics_to_json(context.input_warnings, app_catalog(), context.lang);
  for (auto& d : diagnostics_to_json(diagnostics, app_catalog(), context.lang))
    shown.push_back(std::move(d));
  fields["diagnostics"] = std::move(shown);
  fields["tool"] = tool;
  std::string out;
  JsonWriter w(out);
  bool value_written = false;
  const auto write_value_here = [&] {
    w.key(key);
    write_value(w);
    value_written = true;
  };
  w.begin_object();
  // In the order of the object's keys, as print_json has them.
  for (const auto& [name, value] : fields.items()) {
    if (!value_written && name > key)
      write_value_here();
    w.key(name);
    w.value(value);
  }
  if (!value_written)
    write_value_here();
  w.end_object();
  out += '\n';
  context.out->write(out.data(), static_cast<std::streamsize>(out.size()));
}

void print_items_json(const ToolContext& context, std::string_view tool, std::string_view items_key,
                      const std::function<void(JsonWriter&)>& write_items,
                      const Diagnostics& diagnostics, nlohmann::json fields) {
  print_json_writing(
      context, tool, items_key,
      [&](JsonWriter& w) {
        w.begin_array();
        write_items(w);
        w.end_array();
      },
      diagnostics, std::move(fields));
}

}  // namespace procure::cli
