#include "procure/core/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace procure {

void Diagnostics::add(Diagnostic diagnostic) {
  if (truncated_)
    return;
  if (items_.size() >= max_items) {
    truncated_ = true;
    items_.push_back({Severity::error,
                      "diagnostics.too-many",
                      {{"limit", std::to_string(max_items)}},
                      std::nullopt});
    return;
  }
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(std::string code, MessageArgs args, std::optional<SourceSpan> where) {
  add({Severity::error, std::move(code), std::move(args), std::move(where)});
}

void Diagnostics::warning(std::string code, MessageArgs args, std::optional<SourceSpan> where) {
  add({Severity::warning, std::move(code), std::move(args), std::move(where)});
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_)
    add(d);
}

int Diagnostics::error_count() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error;
  }));
}

int Diagnostics::warning_count() const {
  return static_cast<int>(items_.size()) - error_count();
}

void Diagnostics::sort_by_place() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    // Diagnostics without a place (whole-case findings) come last.
    const auto key = [](const Diagnostic& d) {
      return d.where ? std::make_tuple(0, d.where->file, d.where->line, d.where->column)
                     : std::make_tuple(1, std::string{}, 0, 0);
    };
    return key(a) < key(b);
  });
}

}  // namespace procure
