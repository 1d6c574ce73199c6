#include "procure/load/unfilled_values.hpp"

#include <algorithm>
#include <functional>
#include <optional>

namespace procure {
namespace {

// The language of `a` whose text is one of `b`'s, if any.
std::optional<Lang> same_text(const LocalizedText& a, const LocalizedText& b) {
  for (const Lang lang : all_langs) {
    const std::string_view text = a.in(lang, lang);
    if (!text.empty() && std::any_of(all_langs.begin(), all_langs.end(),
                                     [&](Lang other) { return b.in(other, other) == text; }))
      return lang;
  }
  return std::nullopt;
}

class Finder {
 public:
  Finder(const Case& kase, std::span<const Case> blanks, Diagnostics& out)
      : kase_(kase), blanks_(blanks), out_(out) {}

  // Reports `key` when `value` is not empty and equals the value `of` gives
  // for a blank case, at the value's own place, else at `where`.
  void text(const std::string& key, const std::string& value, const SourceSpan* where,
            const std::function<std::vector<std::string>(const Case&)>& of) {
    if (value.empty())
      return;
    for (const Case& blank : blanks_) {
      const auto values = of(blank);
      if (std::find(values.begin(), values.end(), value) != values.end()) {
        const SourceSpan* own = kase_.location(key);
        report(key, value, own != nullptr ? own : where);
        return;
      }
    }
  }

  void localized(const std::string& key, const LocalizedText& value,
                 const std::function<const LocalizedText&(const Case&)>& of) {
    for (const Case& blank : blanks_) {
      if (const auto lang = same_text(value, of(blank))) {
        // The text of that language where the case gives one per language.
        const SourceSpan* own = kase_.location(key + "." + std::string(lang_code(*lang)));
        report(key, std::string(value.in(*lang, *lang)),
               own != nullptr ? own : kase_.location(key));
        return;
      }
    }
  }

 private:
  void report(const std::string& key, const std::string& value, const SourceSpan* where) {
    const SourceSpan place = where != nullptr ? *where : SourceSpan{kase_.case_file, 0, 0, 1, ""};
    // A folded text ends in a line break the reader does not see.
    const auto end = value.find_last_not_of(" \n");
    out_.warning("case.template-value",
                 {{"key", key}, {"value", value.substr(0, end == std::string::npos ? 0 : end + 1)}},
                 place);
  }

  const Case& kase_;
  std::span<const Case> blanks_;
  Diagnostics& out_;
};

}  // namespace

Diagnostics find_unfilled_values(const Case& kase, std::span<const Case> blanks) {
  Diagnostics out;
  Finder find(kase, blanks, out);
  find.localized("title", kase.title,
                 [](const Case& c) -> const LocalizedText& { return c.title; });
  find.localized("background", kase.background,
                 [](const Case& c) -> const LocalizedText& { return c.background; });
  find.localized("needs", kase.needs,
                 [](const Case& c) -> const LocalizedText& { return c.needs; });
  find.localized("scope", kase.scope,
                 [](const Case& c) -> const LocalizedText& { return c.scope; });
  const Buyer& buyer = kase.buyer;
  find.text("buyer.name", buyer.name, kase.location("buyer.name"),
            [](const Case& c) { return std::vector<std::string>{c.buyer.name}; });
  find.text("buyer.address", buyer.address, kase.location("buyer.address"),
            [](const Case& c) { return std::vector<std::string>{c.buyer.address}; });
  if (buyer.organisation_number) {
    find.text("buyer.organisation_number", buyer.organisation_number->digits(),
              kase.location("buyer.organisation_number"), [](const Case& c) {
                return c.buyer.organisation_number
                           ? std::vector<std::string>{c.buyer.organisation_number->digits()}
                           : std::vector<std::string>{};
              });
  }
  for (std::size_t i = 0; i < kase.contacts.size(); ++i) {
    const Contact& contact = kase.contacts[i];
    const std::string at = "contacts[" + std::to_string(i) + "].";
    const auto names = [](const Case& c) {
      std::vector<std::string> v;
      for (const auto& x : c.contacts)
        v.push_back(x.name);
      return v;
    };
    const auto emails = [](const Case& c) {
      std::vector<std::string> v;
      for (const auto& x : c.contacts)
        v.push_back(x.email);
      return v;
    };
    const auto phones = [](const Case& c) {
      std::vector<std::string> v;
      for (const auto& x : c.contacts)
        v.push_back(x.phone);
      return v;
    };
    find.text(at + "name", contact.name, &contact.where, names);
    find.text(at + "email", contact.email, &contact.where, emails);
    find.text(at + "phone", contact.phone, &contact.where, phones);
  }
  for (std::size_t i = 0; i < kase.evaluators.size(); ++i) {
    const Evaluator& evaluator = kase.evaluators[i];
    find.text("evaluators[" + std::to_string(i) + "].name", evaluator.name, &evaluator.where,
              [](const Case& c) {
                std::vector<std::string> v;
                for (const auto& x : c.evaluators)
                  v.push_back(x.name);
                return v;
              });
  }
  return out;
}

}  // namespace procure
