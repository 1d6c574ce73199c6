#include "common/unseen_diagnostics.hpp"

#include <algorithm>
#include <string>
#include <tuple>

namespace procure::cli {
namespace {

bool same_diagnostic(const Diagnostic& a, const Diagnostic& b) {
  const auto place = [](const Diagnostic& d) {
    return d.where ? std::tuple{d.where->file, d.where->line, d.where->column}
                   : std::tuple{std::string(), 0, 0};
  };
  return a.code == b.code && a.args == b.args && place(a) == place(b);
}

}  // namespace

void append_unseen(Diagnostics& to, const Diagnostics& from) {
  for (const auto& d : from.items()) {
    const auto& seen = to.items();
    if (std::none_of(seen.begin(), seen.end(),
                     [&](const Diagnostic& s) { return same_diagnostic(s, d); }))
      to.add(d);
  }
}

}  // namespace procure::cli
