#include <algorithm>

#include "procure/documents/document_data.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"

namespace procure::documents_detail {
namespace {

const MessageCatalog& library_catalog() {
  static const MessageCatalog catalog(library_message_tables());
  return catalog;
}

// "A" ... "Z", then "AA", "AB" ...: as many letters as there are participants.
std::string letters(std::size_t index) {
  std::string out;
  ++index;
  while (index > 0) {
    --index;
    out.insert(out.begin(), static_cast<char>('A' + index % 26));
    index /= 26;
  }
  return out;
}

}  // namespace

std::string label(Lang lang, std::string_view key, const MessageArgs& args) {
  return library_catalog().text(lang, key, args);
}

std::string rule_of(std::string_view code) {
  return std::string(library_catalog().rule(code));
}

std::string case_label(const Case& kase, Lang lang, std::string_view key, const MessageArgs& args) {
  const std::string prize_key = std::string(key) + ".prize";
  if (kase.procedure == Procedure::prize && library_catalog().find(prize_key) != nullptr)
    return label(lang, prize_key, args);
  return label(lang, key, args);
}

nlohmann::json report_missing_part(const Case& kase, const char* code, std::string_view document,
                                   Diagnostics& diagnostics) {
  diagnostics.error(code, {{"document", std::string(document)}},
                    SourceSpan{kase.case_file, 0, 0, 1, ""});
  return {};
}

nlohmann::json paragraphs(std::string_view text) {
  nlohmann::json list = nlohmann::json::array();
  std::string current;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view line = text.substr(start, end - start);
    const bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (blank) {
      if (!current.empty())
        list.push_back(current);
      current.clear();
    } else {
      if (!current.empty())
        current += ' ';
      current += line;
    }
    start = end + 1;
  }
  if (!current.empty())
    list.push_back(current);
  return list;
}

nlohmann::json first_and_more(std::string_view text) {
  nlohmann::json more = paragraphs(text);
  const std::string first = more.empty() ? "" : more.front().get<std::string>();
  if (!more.empty())
    more.erase(more.begin());
  return {{"first", first}, {"more", more}};
}

nlohmann::json paragraphs(const LocalizedText& text, Lang lang, Lang primary) {
  return paragraphs(text.in(lang, primary));
}

void put_text_block(nlohmann::json& data, const std::string& key, const LocalizedText& text,
                    Lang lang, Lang primary) {
  data[key] = paragraphs(text, lang, primary);
  data["has_" + key] = !text.empty();
}

std::string supplier_label(const DocumentSources& sources, Lang lang, const std::string& id) {
  const auto& participants = sources.dialogue.participants;
  const auto it = std::find_if(participants.begin(), participants.end(),
                               [&](const Participant& p) { return p.id == id; });
  if (it == participants.end())
    return case_label(sources.kase, lang, "doc.supplier-unknown");
  if (!sources.anonymise)
    return it->name;
  return case_label(sources.kase, lang, "doc.supplier-anonymous",
                    {{"letter", letters(static_cast<std::size_t>(it - participants.begin()))}});
}

nlohmann::json common_data(const DocumentSources& sources, Lang lang, std::string_view document) {
  const Case& c = sources.kase;
  const Lang primary = c.primary_language();
  nlohmann::json data;
  data["document_title"] = case_label(c, lang, "doc.title." + std::string(document));
  data["date"] = format_date_long(sources.today, lang);
  data["generator"] = sources.generator;
  data["reference"] = c.reference;
  data["title"] = std::string(c.title.in(lang, primary));
  data["is_prize"] = c.procedure == Procedure::prize;
  data["buyer"] = {
      {"name", c.buyer.name},
      {"address", c.buyer.address},
      {"has_address", !c.buyer.address.empty()},
      {"organisation_number",
       c.buyer.organisation_number ? c.buyer.organisation_number->grouped() : ""},
      {"has_organisation_number", c.buyer.organisation_number.has_value()},
  };
  nlohmann::json contacts = nlohmann::json::array();
  for (const auto& contact : c.contacts) {
    const std::string role(contact.role.in(lang, primary));
    contacts.push_back({{"name", contact.name},
                        {"role", role},
                        {"has_role", !role.empty()},
                        {"email", contact.email},
                        {"has_email", !contact.email.empty()},
                        {"phone", contact.phone},
                        {"has_phone", !contact.phone.empty()}});
  }
  data["has_contacts"] = !contacts.empty();
  data["contacts"] = contacts;
  data["background"] = paragraphs(c.background, lang, primary);
  data["needs"] = paragraphs(c.needs, lang, primary);
  data["scope"] = paragraphs(c.scope, lang, primary);
  data["has_background"] = !c.background.empty();
  data["has_needs"] = !c.needs.empty();
  data["has_scope"] = !c.scope.empty();
  data["procedure"] = label(lang, display_key(c.procedure));
  return data;
}

}  // namespace procure::documents_detail
