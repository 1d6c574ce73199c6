#pragma once
// "Now" for the tools that compare with it: --now TIME, or the clock. Only
// apps read the clock, and only as this default.

#include <optional>
#include <string>

#include "procure/core/diagnostic.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure::cli {

// `text` as parse_instant reads it ("2018-05-20 09:00" in Oslo,
// "2018-05-20T07:00:00Z"), or the clock when it is empty. A bad time is
// reported in `diagnostics` and gives nullopt.
std::optional<Instant> resolve_now(const std::string& text, Diagnostics& diagnostics);

// Today in Oslo: the date of `text` ("2018-05-20") or the clock's.
std::optional<Date> resolve_today(const std::string& text, Diagnostics& diagnostics);

}  // namespace procure::cli
