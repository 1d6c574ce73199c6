// Fuzz target for the case loader and what reads a loaded case: any bytes
// must end in a value and diagnostics, never a crash, a hang or unbounded
// memory, and every diagnostic (the rules' findings too) must point inside
// the file. A case that loads has unique ids and a scale that is a range;
// it is checked against the shipped rules, and a rule it fails is reported;
// it is scheduled, so that dates at the ends of the calendar reach the
// counting.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "fuzz_support.hpp"
#include "procure/flow/case_status.hpp"
#include "procure/flow/reminders.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/rules/rule_check.hpp"
#include "procure/rules/rule_tables_loader.hpp"

namespace {

const procure::RuleTables& rules() {
  static const procure::RuleTables tables = [] {
    procure::Diagnostics diagnostics;
    auto t = procure::load_rule_tables(PROCURE_SOURCE_DIR "/rules", "rules", diagnostics,
                                       procure::Lang::en);
    if (!t)
      __builtin_trap();
    return *t;
  }();
  return tables;
}

using procure::fuzz::expect;

template <class Items, class Id>
void expect_unique(const Items& items, Id id, const char* what) {
  std::set<std::string> seen;
  for (const auto& item : items)
    expect(seen.insert(id(item)).second, what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto load = procure::load_case_text("fuzz.yaml", text);
  procure::fuzz::expect_within(load.diagnostics, "fuzz.yaml", text);
  if (!load.ok())
    return 0;
  const auto& kase = load.value;
  expect_unique(
      kase.evaluators, [](const auto& e) { return e.id; }, "evaluator ids are unique");
  expect_unique(
      kase.contacts, [](const auto& c) { return c.id; }, "contact ids are unique");
  expect_unique(
      kase.qualification, [](const auto& q) { return q.id; }, "requirement ids are unique");
  expect_unique(
      kase.market_dialogue.meetings, [](const auto& m) { return m.id; }, "meeting ids are unique");
  if (kase.award) {
    expect_unique(
        kase.award->all(), [](const auto* c) { return c->id; }, "criterion ids are unique");
    expect(kase.award->scale.min < kase.award->scale.max, "a scale runs from low to high");
    for (const auto* criterion : kase.award->all()) {
      if (criterion->is_leaf())
        expect(kase.award->effective_weight(criterion->id).has_value(),
               "every criterion has a share of the total");
    }
  }

  const auto check = procure::check_rules(kase, rules());
  procure::fuzz::expect_within(check.findings, "fuzz.yaml", text);
  procure::fuzz::expect_within(check.problems, "fuzz.yaml", text);
  expect(check.failed_count() == 0 || check.findings.has_errors() ||
             check.findings.warning_count() > 0,
         "a rule the case fails is reported");
  const auto now = *procure::parse_instant("2018-05-20T07:00:00Z");
  const auto schedule =
      procure::case_schedule(kase, procure::case_progress(kase, {}, now), rules());
  const auto status = procure::case_status(kase, schedule, now);
  const auto due = procure::due_items(schedule.items, now, now + std::chrono::hours{24 * 14});
  // Nine phases, and the prequalification and the negotiation of a case in stages.
  const std::size_t stage_phases =
      (kase.stages.prequalification ? 1u : 0u) +
      (kase.stages.deciding_round() != nullptr && kase.stages.deciding_round()->number > 1 ? 1u
                                                                                           : 0u);
  expect(status.phases.size() == 9 + stage_phases,
         "a case has nine phases, and its stages' phases");
  expect(due.size() <= schedule.items.size(), "what is due is scheduled");
  return 0;
}
