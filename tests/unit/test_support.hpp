#pragma once
// What the unit tests share: the codes of a run's diagnostics, and a
// temporary folder that is removed with everything in it.

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"

namespace procure::test {

inline std::vector<std::string> codes(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics.items())
    out.push_back(d.code);
  return out;
}

// A diagnostic's argument by name; empty when it has none of that name.
inline std::string arg(const Diagnostic& diagnostic, std::string_view name) {
  for (const auto& [key, value] : diagnostic.args) {
    if (key == name)
      return value;
  }
  return {};
}

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("procure-test-" + std::to_string(::getpid()) + "-" +
            std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes a file below the folder, creating the folders it needs.
  void write(const std::filesystem::path& relative, std::string_view text) const {
    std::filesystem::create_directories((path / relative).parent_path());
    std::ofstream(path / relative, std::ios::binary) << text;
  }
};

}  // namespace procure::test
