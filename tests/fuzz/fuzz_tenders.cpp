// Fuzz target for the tender readers, YAML and CSV alike. The first byte of
// the input picks a file of bids/ or evaluation/, the rest is its text; the
// case is the YAML example's, with one tender of its own beside the fuzzed
// file. Every diagnostic about the file must point inside it; tender ids come
// sorted and unique; a load without errors has priced lines whose amounts
// are exact, and assessments only of tenders that exist; a score table read
// in parts of any size, last part first, gives what one pass gives.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "../shared/tender_load_lines.hpp"
#include "fuzz_support.hpp"
#include "procure/core/utf8.hpp"
#include "procure/core/windows_1252.hpp"
#include "procure/evaluation/tender_loader.hpp"

namespace {

using procure::fuzz::expect;

constexpr std::array<std::string_view, 7> files{
    "bids/fuzz.yaml",       "bids/tenders.csv",         "bids/price-schedule.csv",
    "bids/answers.csv",     "evaluation/fjordlys.yaml", "evaluation/qualification.csv",
    "evaluation/scores.csv"};

const std::filesystem::path& case_folder() {
  static const std::filesystem::path folder = [] {
    const auto f = procure::fuzz::scratch_folder() / "tenders";
    std::filesystem::create_directories(f / "bids");
    std::filesystem::create_directories(f / "evaluation");
    std::filesystem::copy_file(std::filesystem::path(PROCURE_SOURCE_DIR) / "examples" /
                                   "kmd-2018-prosessbistand" / "bids" / "fjordlys.yaml",
                               f / "bids" / "fjordlys.yaml");
    return f;
  }();
  return folder;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0)
    return 0;
  const auto file = files[data[0] % files.size()];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto path = case_folder() / file;
  procure::fuzz::write_file(path, text);

  const auto load =
      procure::load_tenders(procure::fuzz::example_case(), case_folder(), "case", true);

  // A CSV table that is not UTF-8 is read as Windows-1252: its diagnostics
  // quote the decoded text.
  std::string shown(text);
  if (file.ends_with(".csv") && !text.starts_with("\xEF\xBB\xBF") &&
      procure::utf8::first_invalid(text)) {
    if (auto decoded = procure::windows_1252_to_utf8(text))
      shown = std::move(*decoded);
  }
  procure::fuzz::expect_within(load.diagnostics, "case/" + std::string(file), shown);
  for (std::size_t i = 1; i < load.tenders.size(); ++i)
    expect(load.tenders[i - 1].id < load.tenders[i].id, "tenders come sorted by unique id");
  if (!load.diagnostics.has_errors()) {
    for (const auto& tender : load.tenders) {
      expect(!tender.id.empty(), "a tender has an id");
      for (const auto& line : tender.schedule) {
        const auto amount = line.quantity.times(line.unit_price.amount());
        expect(amount && *amount == line.amount, "a price line's amount is quantity x price");
      }
    }
    for (const auto& [id, assessment] : load.assessments)
      expect(load.find(id) != nullptr, "an assessment is of a tender that exists");
  }
  if (file == "evaluation/scores.csv") {
    const procure::TaskRunner parts{5, 1, [](std::span<const procure::Task> tasks) {
                                      for (auto it = tasks.rbegin(); it != tasks.rend(); ++it)
                                        (*it)();
                                    }};
    const auto in_parts =
        procure::load_tenders(procure::fuzz::example_case(), case_folder(), "case", true, parts);
    expect(procure::test::tender_load_lines(in_parts) == procure::test::tender_load_lines(load),
           "a score table read in parts gives what one pass gives");
  }
  std::filesystem::remove(path);
  return 0;
}
