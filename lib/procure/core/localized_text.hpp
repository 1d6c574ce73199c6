#pragma once
// Free text that a case may give in several languages.

#include <map>
#include <string>
#include <string_view>

#include "procure/core/lang.hpp"

namespace procure {

class LocalizedText {
 public:
  LocalizedText() = default;
  void set(Lang lang, std::string text) { texts_[lang] = std::move(text); }
  bool has(Lang lang) const { return texts_.contains(lang); }
  bool empty() const { return texts_.empty(); }
  const std::map<Lang, std::string>& all() const { return texts_; }

  // The text in `lang`; otherwise in `fallback`; otherwise Bokmål for
  // Nynorsk; otherwise any text there is. Empty only if there is none.
  std::string_view in(Lang lang, Lang fallback) const;

  bool operator==(const LocalizedText&) const = default;

 private:
  std::map<Lang, std::string> texts_;
};

}  // namespace procure
