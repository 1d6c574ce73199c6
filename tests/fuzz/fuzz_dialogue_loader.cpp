// Fuzz target for the dialogue loader. The first byte of the input picks one
// of the dialogue files, the rest is its text; the other files are the
// example case's. Every diagnostic must point inside the fuzzed file; a load
// without errors must have unique participant and question ids, and every
// reference in it (a meeting, a participant, a question for written input)
// must name something that exists.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "procure/dialogue/dialogue_loader.hpp"

namespace {

using procure::fuzz::expect;

constexpr std::array<std::string_view, 4> files{"participants.yaml", "slots.yaml", "inputs.yaml",
                                                "questions.yaml"};

// The example case pointed at a scratch folder whose dialogue/ holds the
// example's files.
const procure::Case& scratch_case() {
  static const procure::Case kase = [] {
    procure::Case k = procure::fuzz::example_case();
    const auto example = k.folder / "dialogue";
    k.folder = procure::fuzz::scratch_folder() / "case";
    std::filesystem::create_directories(k.folder / "dialogue");
    for (const auto file : files) {
      if (std::filesystem::exists(example / file))
        std::filesystem::copy_file(example / file, k.folder / "dialogue" / file);
    }
    return k;
  }();
  return kase;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0)
    return 0;
  const procure::Case& kase = scratch_case();
  const auto file = files[data[0] % files.size()];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto path = kase.folder / "dialogue" / file;
  const auto example = std::filesystem::path(PROCURE_SOURCE_DIR) / "examples" /
                       "kmd-2018-prosessbistand" / "dialogue" / file;
  procure::fuzz::write_file(path, text);

  const auto load = procure::load_dialogue(kase);

  const std::string shown =
      (std::filesystem::path(kase.case_file).parent_path() / "dialogue" / file).string();
  procure::fuzz::expect_within(load.diagnostics, shown, text);
  if (load.ok()) {
    const auto& record = load.value;
    std::set<std::string> participants;
    for (const auto& p : record.participants) {
      expect(participants.insert(p.id).second, "participant ids are unique");
      for (const auto& r : p.registrations) {
        const auto& meetings = kase.market_dialogue.meetings;
        expect(std::any_of(meetings.begin(), meetings.end(),
                           [&](const auto& m) { return m.id == r.meeting; }),
               "a registration names a meeting of the case");
      }
    }
    std::set<std::string> questions;
    for (const auto& q : record.questions) {
      expect(questions.insert(q.id).second, "question ids are unique");
      expect(q.participant.empty() || participants.count(q.participant) == 1,
             "a question's asker is a participant");
      for (const auto& to : q.answered_to)
        expect(participants.count(to) == 1, "an answer goes to participants");
    }
    for (const auto& input : record.inputs)
      expect(participants.count(input.participant) == 1, "written input comes from a participant");
    std::set<std::string> planned;
    for (const auto& plan : record.slot_plans) {
      expect(planned.insert(plan.meeting).second, "a meeting has one slot plan");
      expect(plan.length.count() > 0 && plan.gap.count() >= 0, "slots have a length");
    }
  }
  // Put the example's file back, so the next input changes one file only.
  std::filesystem::remove(path);
  if (std::filesystem::exists(example))
    std::filesystem::copy_file(example, path);
  return 0;
}
