#pragma once
// Diagnostics for people (hledger style: place, message, the source line with
// a caret, a hint, the rule, its source) and for scripts (JSON objects). A
// diagnostic's arguments `rule` and `source` (rules kept as data) give the
// rule in place of the catalog's, and the source it comes from.

#include <nlohmann/json.hpp>

#include <string>

#include "procure/core/diagnostic.hpp"
#include "procure/core/message_catalog.hpp"

namespace procure::cli {

// procure: error: case.yaml:14:7: 'thirty' is not a percentage
//   14 |       weight: thirty
//      |               ^^^^^^
//   hint: write a number, with or without %: 30, 30 %, 12,5 %
std::string format_diagnostic(const Diagnostic& diagnostic, const MessageCatalog& catalog,
                              Lang lang);

nlohmann::json diagnostic_to_json(const Diagnostic& diagnostic, const MessageCatalog& catalog,
                                  Lang lang);
nlohmann::json diagnostics_to_json(const Diagnostics& diagnostics, const MessageCatalog& catalog,
                                   Lang lang);

}  // namespace procure::cli
