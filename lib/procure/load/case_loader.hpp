#pragma once
// Reading a case folder into the model, with every problem found on the way.

#include <filesystem>
#include <string>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/model/case.hpp"
#include "procure/yaml/parse_memo.hpp"

namespace procure {

struct CaseLoad {
  Case value;  // as much of the case as could be read
  Diagnostics diagnostics;
  // False when case.yaml could not be read as YAML at all; the value is then empty.
  bool parsed = false;

  bool ok() const { return parsed && !diagnostics.has_errors(); }
};

// Loads <folder>/case.yaml. `display_folder` is the folder as the user named
// it, so messages show paths the user recognises. The YAML tree is taken
// from `trees` when it holds the text's (the case is the same either way).
CaseLoad load_case(const std::filesystem::path& folder, const std::string& display_folder,
                   const yaml::ParseMemo* trees = nullptr);

// The same, from the text of <folder>/case.yaml as an earlier load_case read
// it (the SourceFile's text: the byte order mark taken off, line breaks made
// YAML's), kept by the caller so that the file is not read again.
CaseLoad load_case_as_read(const std::filesystem::path& folder, const std::string& display_folder,
                           std::string text_as_read, const yaml::ParseMemo* trees = nullptr);

// Loads case text already in memory (tests, the fuzzer, procure-init's templates).
CaseLoad load_case_text(std::string display_path, std::string text,
                        const yaml::ParseMemo* trees = nullptr);

struct CaseLocation {
  std::filesystem::path folder;
  std::string display;  // the folder as shown in messages
};

// Resolves command-line arguments to case folders: a case.yaml file, a folder
// holding one, or a folder of case folders (searched one level deep, sorted).
// Arguments that lead to no case become diagnostics.
std::vector<CaseLocation> find_cases(const std::vector<std::string>& arguments,
                                     Diagnostics& diagnostics);

}  // namespace procure
