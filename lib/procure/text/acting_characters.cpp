#include "procure/text/acting_characters.hpp"

#include "procure/core/utf8.hpp"

namespace procure {

std::optional<ActingCharacter> acting_character_at(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80)
    return acts_instead_of_showing(byte) ? std::optional(ActingCharacter{byte, 1}) : std::nullopt;
  if (!may_start_acting_character(byte))
    return std::nullopt;
  char32_t code = 0;
  const std::size_t size = utf8::decode(text, i, code);
  if (size == 0 || !acts_instead_of_showing(code))
    return std::nullopt;
  return ActingCharacter{code, size};
}

}  // namespace procure
