#pragma once
// What the unit tests of the rules and the flow share: the shipped rule
// tables and the seed example's planned case.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "procure/rules/rule_tables_loader.hpp"

namespace procure::test {

inline const std::filesystem::path source_dir(PROCURE_SOURCE_DIR);

inline const RuleTables& shipped_rules() {
  static const RuleTables loaded = [] {
    Diagnostics diagnostics;
    auto t = load_rule_tables(source_dir / "rules", "rules", diagnostics, Lang::en);
    if (!t || !diagnostics.empty())
      throw std::runtime_error("the shipped rule tables do not load");
    return *t;
  }();
  return loaded;
}

// The example's plan: its case.yaml without the records that close it, so
// that tests of the plan see no step done unless they record it.
inline std::string kmd_text() {
  std::ifstream in(source_dir / "examples/kmd-2018-prosessbistand/case.yaml");
  std::ostringstream text;
  text << in.rdbuf();
  const std::string all = text.str();
  return all.substr(0, all.find("\nrecords:") + 1);
}

}  // namespace procure::test
