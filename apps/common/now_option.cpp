#include "now_option.hpp"

#include <chrono>

namespace procure::cli {

std::optional<Instant> resolve_now(const std::string& text, Diagnostics& diagnostics) {
  if (text.empty())
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const auto parsed = parse_instant(text);
  if (!parsed) {
    diagnostics.error(parsed.problem().code, parsed.problem().args);
    return std::nullopt;
  }
  return *parsed;
}

std::optional<Date> resolve_today(const std::string& text, Diagnostics& diagnostics) {
  if (text.empty()) {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return oslo_local(now).date;
  }
  const auto parsed = Date::parse(text);
  if (!parsed) {
    diagnostics.error(parsed.problem().code, parsed.problem().args);
    return std::nullopt;
  }
  return *parsed;
}

}  // namespace procure::cli
