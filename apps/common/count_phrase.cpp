#include "count_phrase.hpp"

namespace procure::cli {

std::string count_phrase(const ToolContext& ctx, std::string_view key, std::size_t n) {
  return ctx.tr(std::string(key) + (n == 1 ? ".one" : ".many"), {{"n", std::to_string(n)}});
}

}  // namespace procure::cli
