#include "procure/text/web_address.hpp"

#include "procure/text/acting_characters.hpp"

namespace procure {

bool is_web_address(std::string_view text) {
  if (text.size() > max_web_address_length)
    return false;
  std::string_view rest;
  if (text.starts_with("https://"))
    rest = text.substr(8);
  else if (text.starts_with("http://"))
    rest = text.substr(7);
  else
    return false;
  if (rest.empty() || rest.front() == '/' || rest.front() == '.')
    return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || acting_character_at(text, i))
      return false;
  }
  return true;
}

}  // namespace procure
