#pragma once
// A place in a source file kept as its line and byte column, with the file
// itself kept alive, and made into a SourceSpan (the column in characters,
// the line quoted) only when a message shows it. A score table of 2 000
// tenders holds 390 000 places and shows almost none: a SourceSpan each was
// some 200 bytes and two allocations, a fifth of ranking it.

#include <memory>

#include "procure/core/diagnostic.hpp"
#include "procure/core/source_file.hpp"

namespace procure {

struct SourcePlace {
  std::shared_ptr<const SourceFile> source;  // none: no place known
  int line = 0;                              // 1-based
  int byte_column = 0;                       // 0-based, in bytes
  int length = 1;                            // in characters

  // The place as messages show it; an empty span (line 0) without a source.
  SourceSpan span() const;
};

}  // namespace procure
