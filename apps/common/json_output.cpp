#include "json_output.hpp"

#include <ostream>

namespace procure::cli {

void print_json(const ToolContext& context, const nlohmann::json& document) {
  *context.out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace procure::cli
