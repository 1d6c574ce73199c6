#pragma once
// The three languages every user-facing text exists in.

#include <array>
#include <optional>
#include <string_view>

namespace procure {

enum class Lang { en, nb, nn };

inline constexpr std::array<Lang, 3> all_langs{Lang::en, Lang::nb, Lang::nn};

// "en", "nb", "nn"; also accepts "no" and "nob"/"nno" as used by some systems.
std::optional<Lang> parse_lang(std::string_view code);
std::string_view lang_code(Lang lang);

}  // namespace procure
