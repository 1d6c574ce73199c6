#include "procure/core/lang.hpp"

namespace procure {

std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "en" || code == "eng")
    return Lang::en;
  if (code == "nb" || code == "no" || code == "nob")
    return Lang::nb;
  if (code == "nn" || code == "nno")
    return Lang::nn;
  return std::nullopt;
}

std::string_view lang_code(Lang lang) {
  switch (lang) {
    case Lang::en:
      return "en";
    case Lang::nb:
      return "nb";
    case Lang::nn:
      return "nn";
  }
  return "en";
}

}  // namespace procure
