#include "procure/model/company_size.hpp"

#include <array>

namespace procure {

std::span<const Choice<CompanySize>> company_size_choices() {
  static constexpr std::array<Choice<CompanySize>, 4> sizes{{
      {"micro", CompanySize::micro},
      {"small", CompanySize::small},
      {"medium", CompanySize::medium},
      {"large", CompanySize::large},
  }};
  return sizes;
}

}  // namespace procure
