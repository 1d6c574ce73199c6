// Fuzz target for the case loader: any bytes must end in a value and
// diagnostics, never a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string>

#include "procure/load/case_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  const auto load = procure::load_case_text("fuzz.yaml", std::move(text));
  // Every diagnostic must point inside the file or at no place at all.
  for (const auto& d : load.diagnostics.items()) {
    if (d.where && (d.where->line < 0 || d.where->column < 0))
      __builtin_trap();
  }
  return 0;
}
