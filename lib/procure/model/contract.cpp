#include "procure/model/contract.hpp"

#include <algorithm>
#include <array>

namespace procure {
namespace {

constexpr std::array<Choice<CallOffMethod>, 2> call_off_methods{{
    {"ranking", CallOffMethod::ranking},
    {"mini-competition", CallOffMethod::mini_competition},
}};

}  // namespace

std::span<const Choice<CallOffMethod>> call_off_method_choices() {
  return call_off_methods;
}

const FrameworkSupplier* Framework::find_supplier(std::string_view id) const {
  const auto it = std::find_if(suppliers.begin(), suppliers.end(),
                               [&](const FrameworkSupplier& s) { return s.id == id; });
  return it != suppliers.end() ? &*it : nullptr;
}

}  // namespace procure
