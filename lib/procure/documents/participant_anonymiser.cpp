#include "procure/documents/participant_anonymiser.hpp"

#include <algorithm>
#include <array>

namespace procure {
namespace {

// Legal forms a name may end with and be written without: "Fjordprosess AS"
// is "Fjordprosess" in running text.
constexpr std::array<std::string_view, 20> legal_forms{
    "as", "asa", "ans", "da", "sa",  "ba",   "nuf", "ks",  "iks", "enk",
    "ab", "aps", "a/s", "oy", "ltd", "gmbh", "inc", "llc", "plc", "limited"};

// Mail services whose domain says nothing about who wrote.
constexpr std::array<std::string_view, 16> public_mail_domains{
    "gmail", "googlemail", "hotmail", "outlook", "live", "msn",    "yahoo",      "icloud",
    "me",    "online",     "aol",     "gmx",     "mail", "proton", "protonmail", "yandex"};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The name without a trailing legal form (with or without a comma before it).
std::string without_legal_form(std::string_view name) {
  const auto end = name.find_last_not_of(" .");
  if (end == std::string_view::npos)
    return {};
  name = name.substr(0, end + 1);
  const auto space = name.find_last_of(" ,");
  if (space == std::string_view::npos)
    return {};
  const std::string last = lower(name.substr(space + 1));
  if (std::find(legal_forms.begin(), legal_forms.end(), last) == legal_forms.end())
    return {};
  const auto kept = name.substr(0, space).find_last_not_of(" ,");
  return kept == std::string_view::npos ? std::string() : std::string(name.substr(0, kept + 1));
}

}  // namespace

std::vector<std::string> identifying_phrases(const Participant& p) {
  std::vector<std::string> phrases;
  const auto add = [&](std::string phrase) {
    if (!phrase.empty())
      phrases.push_back(std::move(phrase));
  };
  add(p.name);
  // A shorter rest ("Bygg" of "Bygg AS") is a common word more than a name.
  if (std::string bare = without_legal_form(p.name); bare.size() >= 4)
    add(std::move(bare));
  add(p.contact);
  add(p.email);
  if (const auto at = p.email.rfind('@'); at != std::string::npos) {
    const std::string domain = lower(p.email.substr(at + 1));
    const auto dot = domain.rfind('.');
    const std::string name = domain.substr(0, dot);
    const auto previous_dot = name.rfind('.');
    const std::string own =
        previous_dot == std::string::npos ? name : name.substr(previous_dot + 1);
    const bool public_service = std::find(public_mail_domains.begin(), public_mail_domains.end(),
                                          own) != public_mail_domains.end();
    if (!public_service && dot != std::string::npos) {
      add(domain);
      if (own.size() >= 3)
        add(own);
    }
  }
  if (p.organisation_number)
    add(p.organisation_number->digits());
  return phrases;
}

PhraseReplacer participant_anonymiser(const DialogueRecord& record,
                                      const std::function<std::string(const std::string&)>& label) {
  std::vector<PhraseReplacer::Phrase> phrases;
  for (const auto& p : record.participants) {
    const std::string replacement = label(p.id);
    for (auto& phrase : identifying_phrases(p))
      phrases.push_back({std::move(phrase), replacement});
  }
  return PhraseReplacer(phrases);
}

}  // namespace procure
