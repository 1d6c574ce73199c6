#include "procure/core/message_catalog.hpp"

#include <algorithm>

#include "procure/core/system_reason.hpp"

namespace procure {
namespace {

// Only {lower_case_names} are placeholders; other braces (YAML examples in
// hints) are text.
bool is_placeholder_name(std::string_view name) {
  if (name.empty())
    return false;
  for (const char c : name) {
    if (!((c >= 'a' && c <= 'z') || c == '_'))
      return false;
  }
  return true;
}

}  // namespace

std::string_view Translations::in(Lang lang) const {
  switch (lang) {
    case Lang::en:
      return en;
    case Lang::nb:
      return nb;
    case Lang::nn:
      return nn.empty() ? nb : nn;
  }
  return en;
}

std::string substitute(std::string_view pattern, const MessageArgs& args) {
  std::string out;
  out.reserve(pattern.size() + 32);
  std::size_t i = 0;
  while (i < pattern.size()) {
    // The text up to the next brace as it stands, in one append.
    const std::size_t brace = std::min(pattern.find('{', i), pattern.size());
    out.append(pattern, i, brace - i);
    i = brace;
    if (i == pattern.size())
      break;
    const auto close = pattern.find('}', i + 1);
    if (close != std::string_view::npos) {
      const auto name = pattern.substr(i + 1, close - i - 1);
      const auto arg =
          std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
      if (is_placeholder_name(name) && arg != args.end()) {
        out += arg->second;
        i = close + 1;
        continue;
      }
    }
    out += '{';
    ++i;
  }
  return out;
}

std::vector<std::string> placeholders(std::string_view pattern) {
  std::vector<std::string> names;
  std::size_t i = 0;
  while ((i = pattern.find('{', i)) != std::string_view::npos) {
    const auto close = pattern.find('}', i + 1);
    if (close == std::string_view::npos)
      break;
    const auto name = pattern.substr(i + 1, close - i - 1);
    if (is_placeholder_name(name)) {
      names.emplace_back(name);
      i = close + 1;
    } else {
      ++i;
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

MessageCatalog::MessageCatalog(std::initializer_list<MessageTable> tables)
    : MessageCatalog(std::vector<MessageTable>(tables)) {}

MessageCatalog::MessageCatalog(const std::vector<MessageTable>& tables) {
  for (const auto& table : tables) {
    for (const auto& def : table)
      sorted_.push_back(&def);
  }
  std::stable_sort(sorted_.begin(), sorted_.end(),
                   [](const MessageDef* a, const MessageDef* b) { return a->code < b->code; });
  by_code_.reserve(sorted_.size());
  for (std::size_t i = 0; i < sorted_.size(); ++i) {
    if (i > 0 && sorted_[i]->code == sorted_[i - 1]->code)
      duplicates_.push_back(sorted_[i]->code);
    else
      by_code_.emplace(sorted_[i]->code, sorted_[i]);
  }
}

const MessageDef* MessageCatalog::find(std::string_view code) const {
  const auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : it->second;
}

std::string MessageCatalog::text(Lang lang, std::string_view code, const MessageArgs& args) const {
  const auto* def = find(code);
  if (def == nullptr)
    return std::string(code);
  return substitute_worded(lang, def->text.in(lang), args);
}

std::string MessageCatalog::hint(Lang lang, std::string_view code, const MessageArgs& args) const {
  const auto* def = find(code);
  if (def == nullptr)
    return {};
  return substitute_worded(lang, def->hint.in(lang), args);
}

std::string MessageCatalog::substitute_worded(Lang lang, std::string_view pattern,
                                              const MessageArgs& args) const {
  const auto reason = std::find_if(args.begin(), args.end(),
                                   [](const auto& arg) { return arg.first == system_reason_name; });
  if (reason == args.end())
    return substitute(pattern, args);
  MessageArgs worded = args;
  auto& value = worded[static_cast<std::size_t>(reason - args.begin())].second;
  const auto* words = find(system_reason_code(value));
  value = words != nullptr ? std::string(words->text.in(lang))
                           : text(lang, other_system_reason_code, {{"name", value}});
  return substitute(pattern, worded);
}

std::string_view MessageCatalog::rule(std::string_view code) const {
  const auto* def = find(code);
  return def == nullptr ? std::string_view{} : def->rule;
}

}  // namespace procure
