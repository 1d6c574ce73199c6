#include "procure/model/lot.hpp"

namespace procure {

const Lot* CaseLots::find(std::string_view id) const {
  for (const auto& lot : lots) {
    if (lot.id == id)
      return &lot;
  }
  return nullptr;
}

std::size_t CaseLots::number_of(const Lot& lot) const {
  std::size_t index = 0;
  while (index < lots.size() && lots[index].id != lot.id)
    ++index;
  return index + 1;
}

std::vector<std::string> CaseLots::ids() const {
  std::vector<std::string> out;
  out.reserve(lots.size());
  for (const auto& lot : lots)
    out.push_back(lot.id);
  return out;
}

}  // namespace procure
