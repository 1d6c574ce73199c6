#include "procure/core/source_place.hpp"

namespace procure {

SourceSpan SourcePlace::span() const {
  if (!source)
    return {};
  return source->span_at_byte(line, byte_column, length);
}

}  // namespace procure
