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

// Whether `folder` holds a case.yaml: a regular file, or a link to one; or
// may hold one, as something is there that cannot be looked at (nothing_at:
// a folder that cannot be searched). Loading it then says why, where passing
// it by would leave a case out unsaid.
bool holds_case_file(const std::filesystem::path& folder);

// A folder find_cases lists if it holds a case.yaml.
struct CaseCandidate {
  CaseLocation location;
  bool known_case = false;  // named by the user, or known to hold a case.yaml
};

// Whether the candidate is a case: known to be one, or its folder holds a
// case.yaml now (holds_case_file).
bool is_case(const CaseCandidate& candidate);

// The folders find_cases would list, in its order, and the same
// diagnostics; of a folder of cases, its folders from the first that holds a
// case.yaml on, the others not yet asked (holds_case_file): a portfolio's
// thousand can be asked by the threads that read them, or learnt from what
// a cache kept, where find_cases asks each in turn before any is read.
std::vector<CaseCandidate> find_case_candidates(const std::vector<std::string>& arguments,
                                                Diagnostics& diagnostics);

}  // namespace procure
