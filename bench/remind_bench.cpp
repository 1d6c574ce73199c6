// How fast procure-remind answers over a folder of many cases. Writes 200
// synthetic cases (each like the seed example, its dates shifted, some
// with records) to a temporary folder, then times
//   - the library's part: load, schedule and select the due items, in process;
//   - the whole tool, as cron would run it: procure-remind DIR --within 14d.
// Then copies the two shipped examples with all their files (dialogue/,
// bids/, evaluation/, the opening protocol) COPIES times each and times the
// same over them, where every case's files are read and its evaluation run
// to find what has been done, and procure-status over them.
// Prints the figures; nothing is asserted (speed goals live here, not in tests).
//
// usage: procure-bench-remind [CASES] [RUNS] [COPIES]
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "common/case_set.hpp"
#include "common/rule_tables_option.hpp"
#include "procure/flow/reminders.hpp"
#include "procure/rules/rule_tables_loader.hpp"

namespace fs = std::filesystem;
using procure::Date;

namespace {

std::string d(Date base, int offset) {
  return base.plus_days(offset).iso();
}

// One case: an open procedure with a market dialogue, the dates of the seed
// example moved by `shift` days; every third case has records.
std::string synthetic_case(int index, Date base) {
  struct Milestone {
    const char* id;
    int offset;        // days after the case's first day
    const char* time;  // "" for a date without a time
  };
  constexpr Milestone timeline[] = {
      {"dialogue_meeting_start", 0, " 09:30"},
      {"dialogue_meeting_end", 0, " 12:00"},
      {"written_input_deadline", 15, " 12:00"},
      {"notice_sent", 25, ""},
      {"clarification_deadline", 60, " 12:00"},
      {"tender_deadline", 70, " 12:00"},
      {"tender_opening", 70, " 12:30"},
      {"award_notice", 80, ""},
      {"standstill_end", 95, ""},
      {"contract_signature", 98, ""},
      {"tender_validity_end", 160, ""},
  };
  const int shift = index * 3;
  const std::string n = std::to_string(index);
  std::string text = "format: procure-case/1\nlanguages: [nb, en]\nreference: \"B-" + n +
                     "\"\ntitle: {nb: Syntetisk sak " + n + ", en: Synthetic case " + n +
                     "}\nneeds: Behov for benchmark.\n"
                     "buyer: {name: Testdepartementet, organisation_number: \"972417858\", "
                     "kind: central-government}\n"
                     "estimated_value: NOK 2 500 000\ncpv: [79411000-8]\nprocedure: open\n"
                     "regime: derive\nclosing_days: [" +
                     d(base, 357) + "]\ntimeline:\n";
  for (const auto& m : timeline)
    text += "  " + std::string(m.id) + ": " + d(base, shift + m.offset) + m.time + "\n";
  text +=
      "market_dialogue:\n  meetings:\n    - id: moete\n      title: Leverandørdialogmøte\n"
      "      start: dialogue_meeting_start\n      end: dialogue_meeting_end\n"
      "      place: Akersgata 59, Oslo\n  written_input:\n    deadline: written_input_deadline\n"
      "    submit_to: post@example.no\n    questions:\n      - id: metode\n"
      "        text: Hva er egnet metode?\n";
  if (index % 3 == 0) {
    text += "records:\n  dialogue_held: " + d(base, shift) +
            "\n  written_inputs_received: 7\n  notice_published: " + d(base, shift + 25) + "\n";
  }
  return text;
}

double millis(std::chrono::steady_clock::duration span) {
  return std::chrono::duration<double, std::milli>(span).count();
}

// Times `run` `runs` times; false as soon as a run fails.
template <class Run>
bool time_runs(int runs, std::vector<double>& times, Run run) {
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const bool ok = run();
    times.push_back(millis(std::chrono::steady_clock::now() - start));
    if (!ok)
      return false;
  }
  return true;
}

// A tool's exit 0 or 1 (nothing or something found) is success.
bool time_tool(const std::string& command, int runs, std::vector<double>& times) {
  return time_runs(runs, times, [&] {
    const int status = std::system(command.c_str());
    if (WEXITSTATUS(status) <= 1)
      return true;
    std::cerr << "procure-bench-remind: " << command << " exited " << WEXITSTATUS(status) << "\n";
    return false;
  });
}

void report(const char* what, std::vector<double> times) {
  std::sort(times.begin(), times.end());
  double sum = 0;
  for (const double t : times)
    sum += t;
  std::cout << what << ": best " << times.front() << " ms, median " << times[times.size() / 2]
            << " ms, mean " << sum / static_cast<double>(times.size()) << " ms over "
            << times.size() << " runs\n";
}

}  // namespace

int main(int argc, char** argv) {
  const int cases = argc > 1 ? std::atoi(argv[1]) : 200;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 10;
  const fs::path dir =
      fs::temp_directory_path() / ("procure-remind-bench-" + std::to_string(::getpid()));
  const Date base = *Date::parse("2030-01-07");
  for (int i = 0; i < cases; ++i) {
    fs::create_directories(dir / ("case-" + std::to_string(i)));
    std::ofstream(dir / ("case-" + std::to_string(i)) / "case.yaml") << synthetic_case(i, base);
  }
  const fs::path bin = fs::read_symlink("/proc/self/exe").parent_path();
  procure::Diagnostics diagnostics;
  const auto tables = procure::load_rule_tables(bin.parent_path() / "share/procure/rules", "rules",
                                                diagnostics, procure::Lang::en);
  if (!tables) {
    std::cerr << "procure-bench-remind: cannot read the rule tables next to " << bin << "\n";
    return 1;
  }
  const auto now = *procure::parse_instant("2030-06-01 08:00");
  const auto until = *procure::reminder_horizon(now, *procure::Period::parse("14d"), {});
  std::cout << "procure-remind over " << cases << " synthetic cases (" << dir.string() << ")\n";

  std::vector<double> library;
  std::size_t due = 0;
  if (!time_runs(runs, library, [&] {
        const auto set = procure::cli::load_case_set({dir.string()}, *tables, now);
        due = 0;
        for (const auto& c : set.cases)
          due += procure::due_items(c.schedule.items, now, until).size();
        return set.cases.size() == static_cast<std::size_t>(cases) && !set.errors.has_errors();
      })) {
    std::cerr << "procure-bench-remind: a synthetic case did not load\n";
    return 1;
  }
  std::cout << "items due or overdue: " << due << "\n";
  report("library (load + schedule + select)", library);

  std::vector<double> tool;
  if (!time_tool((bin / "procure-remind").string() + " " + dir.string() +
                     " --within 14d --now '2030-06-01 08:00' > /dev/null",
                 runs, tool))
    return 1;
  report("procure-remind, the whole process", tool);
  fs::remove_all(dir);

  const int copies = argc > 3 ? std::atoi(argv[3]) : 50;
  const fs::path examples = dir.string() + "-examples";
  fs::create_directories(examples);
  for (int i = 0; i < copies; ++i) {
    for (const char* name : {"kmd-2018-prosessbistand", "innovasjonspris-2018"}) {
      fs::copy(fs::path(PROCURE_SOURCE_DIR) / "examples" / name,
               examples / (std::string(name) + "-" + std::to_string(i)),
               fs::copy_options::recursive);
    }
  }
  const auto june = *procure::parse_instant("2018-06-11 08:00");
  std::cout << "\nover " << 2 * copies << " copies of the shipped examples with their files ("
            << examples.string() << ")\n";
  std::vector<double> with_files;
  if (!time_runs(runs, with_files, [&] {
        const auto set = procure::cli::load_case_set({examples.string()}, *tables, june);
        return set.cases.size() == static_cast<std::size_t>(2 * copies) && !set.errors.has_errors();
      })) {
    std::cerr << "procure-bench-remind: an example did not load\n";
    return 1;
  }
  report("library (load + records from the files + schedule)", with_files);
  std::vector<double> status;
  if (!time_tool((bin / "procure-status").string() + " " + examples.string() +
                     " --now '2018-06-11 08:00' > /dev/null",
                 runs, status))
    return 1;
  report("procure-status, the whole process", status);
  fs::remove_all(examples);
  return 0;
}
