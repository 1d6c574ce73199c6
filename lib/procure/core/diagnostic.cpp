#include "procure/core/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include "procure/core/bounded_text.hpp"
#include "procure/core/utf8.hpp"

namespace procure {

void shorten_arguments(Diagnostic& diagnostic, std::size_t max_chars, std::size_t keep_chars,
                       std::initializer_list<std::string_view> whole) {
  for (auto& [name, value] : diagnostic.args) {
    if (std::find(whole.begin(), whole.end(), name) != whole.end())
      continue;
    std::string bounded = bounded_value(value, max_chars, keep_chars);
    if (bounded.size() != value.size()) {
      diagnostic.shortened.push_back({name, utf8::length(value)});
      value = std::move(bounded);
    }
  }
}

std::string SourceSpan::place() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

void Diagnostics::add(Diagnostic diagnostic) {
  const bool is_error = diagnostic.severity == Severity::error;
  if (items_.size() >= max_items) {
    omit(is_error ? 1 : 0, is_error ? 0 : 1);
    return;
  }
  ++(is_error ? errors_ : warnings_);
  shorten_arguments(diagnostic, max_argument_chars, max_argument_chars);
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::count_left_out(Severity severity) {
  const bool is_error = severity == Severity::error;
  omit(is_error ? 1 : 0, is_error ? 0 : 1);
}

void Diagnostics::omit(int errors, int warnings) {
  if (errors + warnings == 0)
    return;
  errors_ += errors;
  warnings_ += warnings;
  if (!truncated())
    items_.push_back({});
  omitted_errors_ += errors;
  omitted_warnings_ += warnings;
  // The note is an error when an error was left out, so that no one reads the rest as harmless.
  items_.back() = {omitted_errors_ > 0 ? Severity::error : Severity::warning,
                   "diagnostics.too-many",
                   {{"limit", std::to_string(max_items)},
                    {"omitted", std::to_string(omitted_count())},
                    {"errors", std::to_string(omitted_errors_)},
                    {"warnings", std::to_string(omitted_warnings_)}},
                   std::nullopt};
}

void Diagnostics::error(std::string code, MessageArgs args, std::optional<SourceSpan> where) {
  add({Severity::error, std::move(code), std::move(args), std::move(where)});
}

void Diagnostics::warning(std::string code, MessageArgs args, std::optional<SourceSpan> where) {
  add({Severity::warning, std::move(code), std::move(args), std::move(where)});
}

void Diagnostics::append(const Diagnostics& other) {
  const auto kept = other.items_.size() - (other.truncated() ? 1u : 0u);
  for (std::size_t i = 0; i < kept; ++i)
    add(other.items_[i]);
  omit(other.omitted_errors_, other.omitted_warnings_);
}

namespace {

bool same_diagnostic(const Diagnostic& a, const Diagnostic& b) {
  const auto place = [](const Diagnostic& d) {
    return d.where ? std::tuple{d.where->file, d.where->line, d.where->column}
                   : std::tuple{std::string(), 0, 0};
  };
  return a.code == b.code && a.args == b.args && place(a) == place(b);
}

}  // namespace

void Diagnostics::append_unseen(const Diagnostics& other) {
  for (const auto& d : other.items()) {
    if (std::none_of(items_.begin(), items_.end(),
                     [&](const Diagnostic& seen) { return same_diagnostic(seen, d); }))
      add(d);
  }
}

void Diagnostics::sort_by_place() {
  // The note of what was left out stays last.
  const auto end = truncated() ? items_.end() - 1 : items_.end();
  std::stable_sort(items_.begin(), end, [](const Diagnostic& a, const Diagnostic& b) {
    // Diagnostics without a place (whole-case findings) come last.
    const auto key = [](const Diagnostic& d) {
      return d.where ? std::make_tuple(0, d.where->file, d.where->line, d.where->column)
                     : std::make_tuple(1, std::string{}, 0, 0);
    };
    return key(a) < key(b);
  });
}

}  // namespace procure
