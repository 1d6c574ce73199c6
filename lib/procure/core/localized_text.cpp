#include "procure/core/localized_text.hpp"

namespace procure {

std::string_view LocalizedText::in(Lang lang, Lang fallback) const {
  if (const auto it = texts_.find(lang); it != texts_.end())
    return it->second;
  if (lang == Lang::nn) {
    if (const auto it = texts_.find(Lang::nb); it != texts_.end())
      return it->second;
  }
  if (const auto it = texts_.find(fallback); it != texts_.end())
    return it->second;
  if (!texts_.empty())
    return texts_.begin()->second;
  return {};
}

}  // namespace procure
