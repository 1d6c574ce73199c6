// Fuzz target for the case loader and what reads a loaded case: any bytes
// must end in a value and diagnostics, never a crash, a hang or unbounded
// memory. A case that loads is also checked against the shipped rules and
// scheduled, so that dates at the ends of the calendar reach the counting.
#include <cstddef>
#include <cstdint>
#include <string>

#include "procure/flow/case_status.hpp"
#include "procure/flow/reminders.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/rules/rule_check.hpp"
#include "procure/rules/rule_tables_loader.hpp"

namespace {

const procure::RuleTables& rules() {
  static const procure::RuleTables tables = [] {
    procure::Diagnostics diagnostics;
    auto t = procure::load_rule_tables(PROCURE_SOURCE_DIR "/rules", "rules", diagnostics);
    if (!t)
      __builtin_trap();
    return *t;
  }();
  return tables;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  const auto load = procure::load_case_text("fuzz.yaml", std::move(text));
  // Every diagnostic must point inside the file or at no place at all.
  for (const auto& d : load.diagnostics.items()) {
    if (d.where && (d.where->line < 0 || d.where->column < 0))
      __builtin_trap();
  }
  if (load.ok()) {
    const auto check = procure::check_rules(load.value, rules());
    const auto now = *procure::parse_instant("2018-05-20T07:00:00Z");
    const auto schedule =
        procure::case_schedule(load.value, procure::case_progress(load.value, {}, now), rules());
    const auto status = procure::case_status(load.value, schedule, now);
    const auto due = procure::due_items(schedule, now, now + std::chrono::hours{24 * 14});
    if (status.phases.size() != 9 || check.failed_count() < 0 || due.size() > schedule.items.size())
      __builtin_trap();
  }
  return 0;
}
