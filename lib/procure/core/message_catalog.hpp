#pragma once
// Every user-facing sentence lives in a catalog under a stable code, in
// English, Bokmål and Nynorsk. Diagnostics carry the code and named
// arguments; the app picks the language when it formats them.

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "procure/core/lang.hpp"

namespace procure {

struct Translations {
  std::string_view en;
  std::string_view nb;
  std::string_view nn;

  std::string_view in(Lang lang) const;
  bool empty() const { return en.empty() && nb.empty() && nn.empty(); }
};

// One catalog entry. `rule` names the legal source a finding rests on
// (e.g. "FOA § 25-2"); it is empty for plain input errors.
struct MessageDef {
  std::string_view code;
  Translations text;
  Translations hint{};
  std::string_view rule{};
};

using MessageTable = std::span<const MessageDef>;
using MessageArgs = std::vector<std::pair<std::string, std::string>>;

// Replaces each {name} in `pattern` by its argument; an unknown name stays
// visible as {name} so a catalog mistake shows instead of vanishing.
std::string substitute(std::string_view pattern, const MessageArgs& args);

// The {name} placeholders a pattern uses, sorted and unique.
std::vector<std::string> placeholders(std::string_view pattern);

class MessageCatalog {
 public:
  MessageCatalog(std::initializer_list<MessageTable> tables);
  explicit MessageCatalog(const std::vector<MessageTable>& tables);

  const MessageDef* find(std::string_view code) const;
  // The text in `lang`; a code missing from the catalog is returned as is.
  // An argument named system_reason (an errno's name) is shown in `lang`'s
  // words (procure/core/system_reason.hpp).
  std::string text(Lang lang, std::string_view code, const MessageArgs& args = {}) const;
  std::string hint(Lang lang, std::string_view code, const MessageArgs& args = {}) const;
  std::string_view rule(std::string_view code) const;
  const std::vector<const MessageDef*>& entries() const { return sorted_; }
  // Codes defined more than once across the tables (a catalog bug).
  const std::vector<std::string_view>& duplicate_codes() const { return duplicates_; }

 private:
  std::string substitute_worded(Lang lang, std::string_view pattern, const MessageArgs& args) const;

  std::vector<const MessageDef*> sorted_;
  std::vector<std::string_view> duplicates_;
  // Each code's first entry, for finding it without comparing the codes'
  // long shared beginnings ("ui.schedule.") at every step of a search.
  std::unordered_map<std::string_view, const MessageDef*> by_code_;
};

// All message tables of the library, for apps to build their catalog from.
std::vector<MessageTable> library_message_tables();

}  // namespace procure
