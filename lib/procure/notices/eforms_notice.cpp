#include "procure/notices/eforms_notice.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "procure/core/ascii.hpp"
#include "procure/core/message_catalog.hpp"
#include "procure/core/sha256.hpp"
#include "procure/message_tables.hpp"
#include "procure/notices/notice_identity.hpp"
#include "procure/rules/climate_rule.hpp"
#include "procure/rules/regime.hpp"
#include "procure/rules/rule_check.hpp"
#include "procure/text/formatting.hpp"
#include "procure/text/xml_writer.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {
namespace {

constexpr std::string_view sdk_customization = "eforms-sdk-1.15";
// What Doffin asks notices to add to the CustomizationID (eforms-nor README):
// EU forms go on to TED, national forms stay in Doffin.
constexpr std::string_view doffin_eu_extension = "#extended#urn:fdc:anskaffelser.no:2023:eforms:eu";
constexpr std::string_view doffin_national_extension =
    "#extended#urn:fdc:anskaffelser.no:2026:eforms:national-e";

constexpr std::string_view ns_cac =
    "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
constexpr std::string_view ns_cbc =
    "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
constexpr std::string_view ns_ext =
    "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
constexpr std::string_view ns_efac =
    "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
constexpr std::string_view ns_efext = "http://data.europa.eu/p27/eforms-ubl-extensions/1";
constexpr std::string_view ns_efbc =
    "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1";

// The Norwegian complaints board for public procurement: the review body
// every notice names (BT-500 of the review organisation).
constexpr std::string_view review_body_name = "Klagenemnda for offentlige anskaffelser (KOFA)";
constexpr std::string_view review_body_city = "Bergen";

const MessageCatalog& notice_texts() {
  static const MessageCatalog catalog({notices_messages});
  return catalog;
}

struct FormInfo {
  std::string_view root;       // the document element
  std::string_view type_list;  // the notice type's list (BT-02)
  std::string_view type;
  std::string_view eu_subtype;
  std::string_view national_subtype;
};

const FormInfo& form_info(NoticeKind kind) {
  static const std::array<FormInfo, 3> forms{{
      {"PriorInformationNotice", "planning", "pin-only", "4", "E2"},
      {"ContractNotice", "competition", "cn-standard", "16", "E3"},
      {"ContractAwardNotice", "result", "can-standard", "29", "E4"},
  }};
  return forms[static_cast<std::size_t>(kind)];
}

std::string_view procedure_code(Procedure procedure) {
  switch (procedure) {
    case Procedure::open:
    case Procedure::national_open:
      return "open";
    case Procedure::restricted:
    case Procedure::national_restricted:
      return "restricted";
    case Procedure::competitive_negotiation:
    case Procedure::national_negotiation:
      return "neg-w-call";
    case Procedure::competitive_dialogue:
      return "comp-dial";
    case Procedure::innovation_partnership:
      return "innovation";
    case Procedure::prize:
      break;
  }
  return "oth-single";
}

// DFØ's award criterion types for FOA § 7-9 (eforms-nor, award-criterion-type.no).
std::string_view climate_statement_type(ClimateMeasure measure) {
  switch (measure) {
    case ClimateMeasure::specification:
      return "quality-nor-env-spec";
    case ClimateMeasure::insignificant_footprint:
      return "quality-nor-env-exempt-insignificant";
    case ClimateMeasure::health_safety_preparedness:
      return "quality-nor-env-exempt-critical-interest";
    case ClimateMeasure::national_minimum:
      break;
  }
  return "quality-nor-env-exempt-national-minimum";
}

std::string_view contract_nature(ContractCategory category) {
  switch (category) {
    case ContractCategory::goods:
      return "supplies";
    case ContractCategory::works:
      return "works";
    case ContractCategory::services:
    case ContractCategory::special_services:
      break;
  }
  return "services";
}

// The buyer and its case: buyers number their cases alike ("2025/117"), and
// an identifier must name one procedure of one buyer (DFØ, notice
// identifiers, section 5.1). A case without an organisation number is
// refused before (BT-501).
std::string buyer_and_reference(const Case& kase) {
  const std::string buyer =
      kase.buyer.organisation_number ? kase.buyer.organisation_number->digits() : "";
  return buyer + ":" + kase.reference;
}

// BT-701: the same for every version of the notice of one kind.
std::string notice_id(const Case& kase, NoticeKind kind) {
  return derived_uuid("procure:notice:" + buyer_and_reference(kase) + ":" +
                      std::string(name_in(notice_kind_choices(), kind)));
}

// BT-04: one per case, shared by its notices.
std::string procedure_id(const Case& kase) {
  return derived_uuid("procure:procedure:" + buyer_and_reference(kase));
}

// The languages a notice is written in, the notice language first. EU forms
// are in English, the EU language TED needs (Norwegian is not one); for
// Doffin also in Norwegian, which DFØ asks of every notice (EFORMS-NOR-R006),
// as an additional language as in DFØ's own example: the one --lang names
// (Bokmål for en) where the case is written in it, else the case's own
// Norwegian. A national form is in --lang.
std::vector<Lang> notice_languages(bool eu, const NoticeRequest& request, const Case& kase) {
  if (!eu)
    return {request.lang};
  if (!request.doffin_customization)
    return {Lang::en};
  const auto& written = kase.languages;
  Lang norwegian = request.lang == Lang::nn ? Lang::nn : Lang::nb;
  if (std::find(written.begin(), written.end(), norwegian) == written.end()) {
    const auto own =
        std::find_if(written.begin(), written.end(), [](Lang lang) { return lang != Lang::en; });
    if (own != written.end())
      norwegian = *own;
  }
  return {Lang::en, norwegian};
}

// The buyer's legal type: the stated one, else a central government buyer's
// authority; nothing for another buyer that does not say (a municipality, a
// county, a health trust, a state-owned company are all "other" for the
// thresholds).
std::optional<BuyerLegalType> buyer_legal_type(const Buyer& buyer) {
  if (buyer.legal_type)
    return buyer.legal_type;
  if (buyer.kind == BuyerKind::central_government)
    return BuyerLegalType::central_government_authority;
  return std::nullopt;
}

// BT-11's code (eForms code list buyer-legal-type, the specific codes DFØ
// asks for: EFORMS-NOR-NATIONAL-LT-R002B).
std::string_view buyer_legal_type_code(BuyerLegalType type) {
  switch (type) {
    case BuyerLegalType::central_government_authority:
      return "cga";
    case BuyerLegalType::regional_authority:
      return "ra";
    case BuyerLegalType::local_authority:
      return "la";
    case BuyerLegalType::public_law_body_central:
      return "body-pl-cga";
    case BuyerLegalType::public_law_body_regional:
      return "body-pl-ra";
    case BuyerLegalType::public_law_body_local:
      return "body-pl-la";
    case BuyerLegalType::public_undertaking_central:
      return "pub-undert-cga";
    case BuyerLegalType::public_undertaking_regional:
      return "pub-undert-ra";
    case BuyerLegalType::public_undertaking_local:
      return "pub-undert-la";
    case BuyerLegalType::subsidised_organisation_central:
      return "org-sub-cga";
    case BuyerLegalType::subsidised_organisation_regional:
      return "org-sub-ra";
    case BuyerLegalType::subsidised_organisation_local:
      return "org-sub-la";
    case BuyerLegalType::group_of_public_authorities:
      break;
  }
  return "grp-p-aut";
}

// The language code eForms writes (ISO 639-3, upper case).
std::string_view eforms_language(Lang lang) {
  switch (lang) {
    case Lang::en:
      return "ENG";
    case Lang::nn:
      return "NNO";
    case Lang::nb:
      break;
  }
  return "NOR";
}

std::string offset_text(Instant at) {
  const auto minutes = oslo_offset(at).count();
  const char sign = minutes < 0 ? '-' : '+';
  const auto whole = minutes < 0 ? -minutes : minutes;
  std::string out(1, sign);
  out += (whole / 60 < 10 ? "0" : "") + std::to_string(whole / 60) + ":" +
         (whole % 60 < 10 ? "0" : "") + std::to_string(whole % 60);
  return out;
}

// "2018-05-31+02:00": eForms dates carry the zone offset of that day in Oslo.
std::string eforms_date(Date date) {
  const auto noon = oslo_instant(date, *TimeOfDay::from_hms(12, 0));
  return date.iso() + offset_text(*noon);
}

std::string eforms_time(Date date, TimeOfDay time) {
  const auto at = oslo_instant(date, time);
  // A time the clocks skip has no instant; the day's noon gives its offset.
  return time.iso().substr(0, 5) + ":" + std::string(time.second() < 10 ? "0" : "") +
         std::to_string(time.second()) + (at ? offset_text(*at) : eforms_date(date).substr(10));
}

// "Akersgata 59, 0180 Oslo": the street, and the postal code and town of
// the last part.
struct PostalAddress {
  std::string street;
  std::string postal_zone;
  std::string city;
};

PostalAddress split_address(std::string_view address) {
  PostalAddress out;
  const auto comma = address.rfind(',');
  std::string_view last = comma == std::string_view::npos ? address : address.substr(comma + 1);
  if (comma != std::string_view::npos)
    out.street = std::string(address.substr(0, comma));
  while (!last.empty() && last.front() == ' ')
    last.remove_prefix(1);
  if (last.size() > 5 && last[4] == ' ' &&
      last.substr(0, 4).find_first_not_of("0123456789") == std::string_view::npos) {
    out.postal_zone = std::string(last.substr(0, 4));
    out.city = std::string(last.substr(5));
  } else {
    out.city = std::string(last);
  }
  return out;
}

// The NUTS 3 region of a Norwegian postal code, where it is certain: Oslo's
// codes 0001-1299 are all in Oslo (NO081). Elsewhere the region is left out.
// An element that refers to another part of the notice by its id, as
// <efac:LotTender><cbc:ID schemeName="tender">TEN-0001</cbc:ID></efac:LotTender>.
void id_reference(XmlWriter& w, std::string_view element, std::string_view id,
                  std::string_view scheme) {
  w.open(element);
  w.leaf("cbc:ID", id, {{"schemeName", std::string(scheme)}});
  w.close();
}

std::string_view nuts_of(const PostalAddress& address) {
  if (address.postal_zone.size() == 4 && address.postal_zone < "1300")
    return "NO081";
  return {};
}

struct Party {
  std::string id;  // ORG-0001 ...
  std::string name;
  std::string organisation_number;
  PostalAddress address;
  bool norwegian = true;
  std::optional<CompanySize> size;  // winners (BT-165)
  // A winner's: the first tender it won with, and whether its size is the
  // case's record (records.winner_size) rather than the tender's own word.
  const Tender* won_with = nullptr;
  bool size_recorded = false;
  std::string email;
  std::string phone;
};

// A text in each of the notice's languages, in their order: the notice
// language, then the additional one (an EU notice for Doffin).
using NoticeText = std::vector<std::string>;

struct AwardCriterionLine {
  std::string_view type;  // price, quality, cost
  NoticeText name;
  NoticeText description;
  std::string weight;  // percent of the total
};

struct TimePoint {
  Date date;
  std::optional<TimeOfDay> time;
};

struct LotResult {
  int tenders_received = 0;
  // Of them, from small and medium-sized enterprises (micro, small, medium):
  // known when every tender declares its supplier's size.
  std::optional<int> sme_tenders;
  std::optional<int> requests_received;  // requests to participate, in a procedure in stages
  std::optional<std::size_t> winner;     // index into the parties
  // Index into the winners' tendering parties: one per winner, however
  // many lots it wins.
  std::size_t tendering_party = 0;
  std::optional<Money> value;  // the winning tender's price
};

// What a procurement project says: the procedure's, and each lot's.
struct ProjectFacts {
  std::string internal_id;  // BT-22, a lot's
  NoticeText title;
  NoticeText description;
  std::vector<std::string> cpv;
  std::optional<Money> estimated_value;
  // BT-06 "env-imp": the lot meets FOA § 7-9, which DFØ takes as reducing
  // environmental impact (EFORMS-NOR-NATIONAL-SP-R004).
  bool environmental_impact = false;
  // BT-536, BT-537: the contract's first and last day, before any option
  // (every lot's the same: DFØ's EFORMS-NOR-NATIONAL-DV-R004C, -R004D).
  std::optional<Date> start;
  std::optional<Date> end;
};

// One lot of the notice: the case's only lot, or one of the case's lots.
struct LotFacts {
  std::string id;  // LOT-0001 (PAR-0001 in a prior information notice)
  ProjectFacts project;
  std::vector<AwardCriterionLine> criteria;
  LotResult result;
};

// Everything the notice says, gathered from the case (diagnostics for what
// is missing) before a line of XML is written.
struct NoticeFacts {
  std::vector<Party> parties;  // the buyer first, then the review body, then winners
  std::vector<std::size_t> tendering_parties;  // the winners, once each: indexes into parties
  ProjectFacts procedure;
  NoticeText note;             // additional information (BT-300); empty: none
  std::vector<LotFacts> lots;  // in the case's order
  std::optional<TimePoint> tender_deadline;
  std::optional<TimePoint> tender_opening;
  // A procedure in stages: the deadline for requests to participate (BT-1311).
  std::optional<TimePoint> participation_deadline;
  // The last time for questions (BT-13), with a time of day.
  std::optional<TimePoint> clarification_deadline;
  // BT-765: a framework agreement, and how its contracts are awarded.
  std::string_view framework_agreement;
  std::optional<Date> planned_notice;  // pin: when the contract notice is expected
  std::optional<Date> award_decision;
  std::optional<Date> contract_concluded;
};

class NoticeWriter {
 public:
  NoticeWriter(const Case& kase, const NoticeRequest& request, Diagnostics& diagnostics)
      : kase_(kase),
        request_(request),
        diagnostics_(diagnostics),
        eu_(request.regime == Regime::part_3),
        langs_(notice_languages(eu_, request, kase)),
        form_(form_info(request.kind)) {}

  std::optional<Notice> write();
  // Gathers what the notice says, with the diagnostics, and writes nothing.
  void gather_only() { gather(); }
  const std::vector<Lang>& languages() const { return langs_; }

 private:
  SourceSpan place(const std::string& key) const;
  void missing(std::string_view bt, const std::string& key);
  // `at`: where the text stands when the key is one of a list's items.
  NoticeText text(const LocalizedText& value, std::string_view bt, const std::string& key,
                  const SourceSpan* at = nullptr);
  // A sentence of the catalog in each of the notice's languages.
  NoticeText catalog_text(std::string_view code, const MessageArgs& args = {}) const;
  std::optional<TimePoint> milestone(MilestoneKind kind, std::string_view bt,
                                     const std::string& key, bool needed);
  void gather();
  void gather_buyer();
  void gather_lots();
  // Doffin takes a national notice only when the procedure's estimated value
  // is the sum of its lots' (EFORMS-NOR-NATIONAL-VA-R001B, -R001C).
  void check_lot_values_add_up();
  // A lot's duration: the case's contract period, where it states one.
  void set_contract_period(ProjectFacts& project) const;
  // BT-765: without (fa-wo-rc) or with (fa-w-rc) reopening competition, or
  // both (fa-mix); nothing, with the problem, when the case does not say.
  std::string_view framework_agreement_code(const Framework& framework);
  // `key`: where the criteria stand in case.yaml ("award.criteria").
  // `project`: the lot's, marked as reducing environmental impact when the
  // criteria meet FOA § 7-9.
  std::vector<AwardCriterionLine> gather_criteria(const std::optional<AwardCriteria>& award,
                                                  const std::string& key, ProjectFacts& project);
  // Whether the notice says how it meets FOA § 7-9 in DFØ's codes: a national
  // notice for Doffin on a day the rule is in force.
  bool climate_codes() const;
  // Reports an award (at `key`) that does not meet FOA § 7-9.
  void check_climate_rule(const std::optional<AwardCriteria>& award, const std::string& key);
  void gather_market_dialogue();
  // `lot`: the case's lot id; empty for a case not divided into lots.
  void gather_result(const Evaluation& evaluation, const std::string& lot, const SourceSpan& where,
                     LotResult& result);
  // The winner's size as its tender declares it, else as the case records
  // it; the two must agree.
  void set_winner_size(const Tender& tender, Party& winner);
  void gather_award_records();
  // Every winner's size (BT-165): one record stands for one winner only.
  void check_winner_sizes();

  std::string render(int version, std::optional<int> changes, bool with_issue) const;
  void write_organisations(XmlWriter& w) const;
  void write_result(XmlWriter& w) const;
  void write_project(XmlWriter& w, const ProjectFacts& project, bool lot) const;
  void write_lot(XmlWriter& w, const LotFacts& lot) const;
  void write_lot_limits(XmlWriter& w) const;
  void text_leaf(XmlWriter& w, std::string_view name, const NoticeText& text) const;
  void party_reference(XmlWriter& w, std::string_view element, std::string_view id) const;

  const Case& kase_;
  const NoticeRequest& request_;
  Diagnostics& diagnostics_;
  bool eu_;
  std::vector<Lang> langs_;  // the notice language first
  const FormInfo& form_;
  NoticeFacts facts_;
};

SourceSpan NoticeWriter::place(const std::string& key) const {
  // The key itself, else the nearest section above it that the case has.
  for (std::string path = key; !path.empty();) {
    if (const auto* at = kase_.location(path))
      return *at;
    const auto cut = path.find_last_of(".[");
    path = cut == std::string::npos ? "" : path.substr(0, cut);
  }
  // A section the case lacks altogether: the file.
  return SourceSpan{kase_.case_file, 0, 0, 1, {}, 0};
}

void NoticeWriter::missing(std::string_view bt, const std::string& key) {
  diagnostics_.error("notice.missing-term",
                     {{"notice", std::string(name_in(notice_kind_choices(), request_.kind))},
                      {"bt", std::string(bt)},
                      {"key", key}},
                     place(key));
}

NoticeText NoticeWriter::text(const LocalizedText& value, std::string_view bt,
                              const std::string& key, const SourceSpan* at) {
  NoticeText out;
  if (value.empty()) {
    missing(bt, key);
    return NoticeText(langs_.size());
  }
  for (const Lang lang : langs_) {
    if (value.has(lang)) {
      // A folded or literal YAML block ends in a line break, which is no part
      // of the text.
      out.emplace_back(trim_whitespace(value.in(lang, lang)));
      continue;
    }
    diagnostics_.error(
        "notice.text-missing",
        {{"bt", std::string(bt)}, {"key", key}, {"language", std::string(lang_code(lang))}},
        at != nullptr ? *at : place(key));
    out.emplace_back();
  }
  return out;
}

NoticeText NoticeWriter::catalog_text(std::string_view code, const MessageArgs& args) const {
  NoticeText out;
  for (const Lang lang : langs_)
    out.push_back(notice_texts().text(lang, code, args));
  return out;
}

std::optional<TimePoint> NoticeWriter::milestone(MilestoneKind kind, std::string_view bt,
                                                 const std::string& key, bool needed) {
  const Milestone* m = kase_.timeline.find(kind);
  if (m == nullptr || m->exact() == nullptr) {
    if (needed)
      missing(bt, "timeline." + key);
    return std::nullopt;
  }
  return TimePoint{m->exact()->date, m->exact()->time};
}

void NoticeWriter::gather_buyer() {
  Party buyer;
  buyer.id = "ORG-0001";
  buyer.name = kase_.buyer.name;
  if (kase_.buyer.organisation_number)
    buyer.organisation_number = kase_.buyer.organisation_number->digits();
  else
    missing("BT-501", "buyer.organisation_number");
  if (kase_.buyer.address.empty())
    missing("BT-513", "buyer.address");
  if (!buyer_legal_type(kase_.buyer))
    missing("BT-11", "buyer.legal_type");
  buyer.address = split_address(kase_.buyer.address);
  if (kase_.contacts.empty() || kase_.contacts.front().email.empty()) {
    missing("BT-506", "contacts");
  } else {
    buyer.email = kase_.contacts.front().email;
    buyer.phone = kase_.contacts.front().phone;
  }
  facts_.parties.push_back(std::move(buyer));
  Party review;
  review.id = "ORG-0002";
  review.name = std::string(review_body_name);
  review.address.city = std::string(review_body_city);
  facts_.parties.push_back(std::move(review));
}

bool NoticeWriter::climate_codes() const {
  return !eu_ && request_.doffin_customization && climate_rule_applies(request_.issued.date);
}

std::vector<AwardCriterionLine> NoticeWriter::gather_criteria(
    const std::optional<AwardCriteria>& criteria, const std::string& key, ProjectFacts& project) {
  std::vector<AwardCriterionLine> lines;
  if (!criteria || criteria->criteria.empty()) {
    missing("BT-539", key);
    return lines;
  }
  const auto& award = *criteria;
  const auto all = award.all();
  const auto weights = award.effective_weights();
  const auto climate = award.climate_marks();
  const bool codes = climate_codes();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Criterion& c = *all[i];
    if (!c.is_leaf())
      continue;
    AwardCriterionLine line;
    line.type = c.kind == CriterionKind::price
                    ? (award.basis == AwardBasis::lowest_cost ? "cost" : "price")
                : codes && climate[i] ? "quality-nor-env-criteria"
                                      : "quality";
    line.name = text(c.name, "BT-734", key, &c.where);
    line.description = line.name;
    for (std::size_t l = 0; l < langs_.size(); ++l) {
      if (c.description.has(langs_[l]))
        line.description[l] = c.description.in(langs_[l], langs_[l]);
    }
    // The loader has checked that each level adds up to 100 % (award.weights-not-100);
    // a criterion published with a weight range has no exact weight to give.
    if (weights[i])
      line.weight = weights[i]->normalized().to_string();
    lines.push_back(std::move(line));
  }
  // An award that does not meet the rule is reported once (check_climate_rule).
  if (!codes || !meets_climate_rule(award))
    return lines;
  project.environmental_impact = true;
  if (const auto& statement = award.climate_and_environment) {
    // Another way than weighing: a criterion of weight 0 that names it and
    // gives the reason.
    AwardCriterionLine line;
    line.type = climate_statement_type(statement->measure);
    line.name = catalog_text("doc.notice.climate");
    line.description =
        text(statement->reason, "BT-540",
             key.substr(0, key.rfind('.')) + ".climate_and_environment.reason", &statement->where);
    line.weight = "0";
    lines.push_back(std::move(line));
  }
  return lines;
}

void NoticeWriter::gather_market_dialogue() {
  const auto& dialogue = kase_.market_dialogue;
  NoticeText note(langs_.size());
  const auto add = [&](const NoticeText& sentence) {
    for (std::size_t l = 0; l < langs_.size(); ++l)
      note[l] += (note[l].empty() ? "" : " ") + sentence[l];
  };
  for (const auto& meeting : dialogue.meetings) {
    const auto start = kase_.timeline.resolve(meeting.start);
    const auto end = kase_.timeline.resolve(meeting.end);
    if (!start || !start->time) {
      missing("BT-300", "market_dialogue.meetings");
      continue;
    }
    const std::string until = end && end->time ? "–" + end->time->iso().substr(0, 5) : "";
    const NoticeText title =
        text(meeting.title, "BT-300", "market_dialogue.meetings", &meeting.where);
    NoticeText sentence;
    for (std::size_t l = 0; l < langs_.size(); ++l) {
      sentence.push_back(notice_texts().text(langs_[l], "doc.notice.meeting",
                                             {{"title", title[l]},
                                              {"date", start->date.iso()},
                                              {"time", start->time->iso().substr(0, 5) + until},
                                              {"place", meeting.place}}));
    }
    add(sentence);
  }
  if (dialogue.written_input) {
    if (const auto deadline = kase_.timeline.resolve(dialogue.written_input->deadline)) {
      add(catalog_text("doc.notice.written-input",
                       {{"deadline", deadline->iso()}, {"to", dialogue.written_input->submit_to}}));
    }
  }
  if (!note.front().empty())
    facts_.note = std::move(note);
  // The contract notice the prior information notice announces (BT-127).
  // The contract notice it announces (BT-127): a day still ahead (BR-BT-00127-0100).
  const Milestone* sent = kase_.timeline.find(MilestoneKind::notice_sent);
  if (sent == nullptr) {
    missing("BT-127", "timeline.notice_sent");
  } else if (sent->earliest_date() <= request_.issued.date) {
    diagnostics_.error("notice.planned-date-passed",
                       {{"bt", "BT-127"},
                        {"date", sent->earliest_date().iso()},
                        {"issued", request_.issued.date.iso()}},
                       sent->where);
  } else {
    facts_.planned_notice = sent->earliest_date();
  }
}

void NoticeWriter::gather_result(const Evaluation& evaluation, const std::string& lot,
                                 const SourceSpan& where, LotResult& result) {
  result.tenders_received = static_cast<int>(evaluation.tenders.size());
  if (const auto* requests = request_.requests) {
    result.requests_received = static_cast<int>(std::count_if(
        requests->begin(), requests->end(),
        [&lot](const Tender& request) { return request.lot.empty() || request.lot == lot; }));
  }
  const auto declared = [](const TenderResult& t) { return t.tender->supplier.size.has_value(); };
  if (!evaluation.tenders.empty() &&
      std::all_of(evaluation.tenders.begin(), evaluation.tenders.end(), declared)) {
    result.sme_tenders = static_cast<int>(std::count_if(
        evaluation.tenders.begin(), evaluation.tenders.end(),
        [](const TenderResult& t) { return *t.tender->supplier.size != CompanySize::large; }));
  }
  if (!evaluation.winner) {
    diagnostics_.error("notice.no-winner", {{"bt", "BT-3202"}}, where);
    return;
  }
  const TenderResult& won = evaluation.tenders[*evaluation.winner];
  Party winner;
  winner.id = fmt::format("ORG-{:04}", facts_.parties.size() + 1);
  winner.name = won.tender->supplier.name;
  if (won.tender->supplier.organisation_number)
    winner.organisation_number = won.tender->supplier.organisation_number->digits();
  winner.norwegian = won.tender->supplier.organisation_number.has_value();
  set_winner_size(*won.tender, winner);
  result.value = won.tender->price;
  // A supplier that wins several lots is one organisation and one tendering party.
  for (std::size_t i = 0; i < facts_.tendering_parties.size(); ++i) {
    Party& known = facts_.parties[facts_.tendering_parties[i]];
    if (known.name == winner.name && known.organisation_number == winner.organisation_number) {
      // Two tenders' own words (a record against a tender is reported as it is read).
      if (known.size && winner.size && !known.size_recorded && !winner.size_recorded &&
          *known.size != *winner.size) {
        diagnostics_.error(
            "notice.winner-sizes-differ",
            {{"supplier", winner.name},
             {"size", std::string(name_in(company_size_choices(), *winner.size))},
             {"tender", won.tender->id},
             {"other_size", std::string(name_in(company_size_choices(), *known.size))},
             {"other_tender", known.won_with->id}},
            won.tender->supplier.size_where);
      }
      if (!known.size || known.size_recorded) {
        known.size = winner.size;
        known.size_recorded = winner.size_recorded;
      }
      result.winner = facts_.tendering_parties[i];
      result.tendering_party = i;
      return;
    }
  }
  result.winner = facts_.parties.size();
  result.tendering_party = facts_.tendering_parties.size();
  facts_.tendering_parties.push_back(facts_.parties.size());
  facts_.parties.push_back(std::move(winner));
}

void NoticeWriter::set_winner_size(const Tender& tender, Party& winner) {
  winner.won_with = &tender;
  const auto& declared = tender.supplier.size;
  const auto& recorded = kase_.records.winner_size;
  if (declared && recorded && *declared != *recorded) {
    diagnostics_.error("notice.winner-size-differs",
                       {{"supplier", winner.name},
                        {"size", std::string(name_in(company_size_choices(), *declared))},
                        {"tender", tender.id},
                        {"file", tender.file},
                        {"recorded", std::string(name_in(company_size_choices(), *recorded))}},
                       tender.supplier.size_where);
  }
  winner.size = declared ? declared : recorded;
  winner.size_recorded = !declared && recorded;
}

void NoticeWriter::check_winner_sizes() {
  const std::size_t winners = facts_.tendering_parties.size();
  bool record_reported = false;
  for (const std::size_t index : facts_.tendering_parties) {
    const Party& winner = facts_.parties[index];
    if (winner.size_recorded && winners > 1) {
      if (!record_reported) {
        diagnostics_.error("notice.winner-size-for-several", {{"count", std::to_string(winners)}},
                           place("records.winner_size"));
      }
      record_reported = true;
    } else if (!winner.size) {
      diagnostics_.error("notice.winner-size-missing",
                         {{"supplier", winner.name},
                          {"tender", winner.won_with->id},
                          {"file", winner.won_with->file}},
                         winner.won_with->where);
    }
  }
}

void NoticeWriter::gather_award_records() {
  check_winner_sizes();
  facts_.award_decision = kase_.records.award_notices_sent;
  if (!facts_.award_decision)
    missing("BT-1451", "records.award_notices_sent");
  facts_.contract_concluded = kase_.records.contract_signed;
  if (!facts_.contract_concluded)
    missing("BT-145", "records.contract_signed");
}

std::vector<std::string> cpv_codes(const std::vector<CpvCode>& codes) {
  std::vector<std::string> out;
  for (const auto& cpv : codes)
    out.push_back(cpv.code().substr(0, 8));
  return out;
}

std::string_view NoticeWriter::framework_agreement_code(const Framework& framework) {
  const auto& by = framework.call_off_by;
  const bool ranking = std::find(by.begin(), by.end(), CallOffMethod::ranking) != by.end();
  const bool competition =
      std::find(by.begin(), by.end(), CallOffMethod::mini_competition) != by.end();
  if (ranking && competition)
    return "fa-mix";
  if (ranking)
    return "fa-wo-rc";
  if (competition)
    return "fa-w-rc";
  missing("BT-765", "contract.framework.call_off_by");
  return {};
}

void NoticeWriter::set_contract_period(ProjectFacts& project) const {
  if (kase_.contract && kase_.contract->start && kase_.contract->end) {
    project.start = kase_.contract->start;
    project.end = kase_.contract->end;
  }
}

void NoticeWriter::check_lot_values_add_up() {
  if (!kase_.estimated_value)
    return;
  std::optional<Money> sum;
  for (const auto& lot : kase_.lots.lots) {
    if (!lot.estimated_value)
      return;
    sum = sum ? sum->plus(*lot.estimated_value) : lot.estimated_value;
    if (!sum)
      return;
  }
  if (sum && !(*sum == *kase_.estimated_value)) {
    diagnostics_.error("notice.lot-values-differ",
                       {{"value", format_money(*kase_.estimated_value, Lang::en)},
                        {"sum", format_money(*sum, Lang::en)}},
                       place("estimated_value"));
  }
}

// The notice's lots: the case's lots in their order, else the case as its
// only lot. A lot's name and description are its title (case.yaml gives a
// lot no description of its own); its CPV codes and award criteria are its
// own or the case's.
void NoticeWriter::gather_lots() {
  const bool pin = request_.kind == NoticeKind::pin;
  const bool award = request_.kind != NoticeKind::pin;
  const auto lot_id = [&](std::size_t index) {
    return fmt::format("{}-{:04}", pin ? "PAR" : "LOT", index + 1);
  };
  if (!kase_.lots.divided()) {
    LotFacts lot{lot_id(0), facts_.procedure, {}, {}};
    lot.project.internal_id = kase_.reference;
    set_contract_period(lot.project);
    if (award)
      lot.criteria = gather_criteria(kase_.award, "award.criteria", lot.project);
    if (request_.evaluation != nullptr)
      gather_result(*request_.evaluation, {}, place("award"), lot.result);
    facts_.lots.push_back(std::move(lot));
    return;
  }
  const auto& lots = kase_.lots.lots;
  if (!eu_ && request_.doffin_customization)
    check_lot_values_add_up();
  // The case's criteria, gathered once for every lot without its own: a
  // problem in them is one problem at its place, however many lots share them.
  std::optional<std::vector<AwardCriterionLine>> case_criteria;
  ProjectFacts case_project;  // marked by the case's criteria (FOA § 7-9)
  const auto shared_criteria = [&](ProjectFacts& project) {
    if (!case_criteria)
      case_criteria = gather_criteria(kase_.award, "award.criteria", case_project);
    project.environmental_impact = case_project.environmental_impact;
    return *case_criteria;
  };
  for (std::size_t i = 0; i < lots.size(); ++i) {
    const Lot& source = lots[i];
    const std::string key = "lots.list[" + std::to_string(i) + "]";
    LotFacts lot{lot_id(i), {}, {}, {}};
    lot.project.internal_id = source.id;
    set_contract_period(lot.project);
    lot.project.title = text(source.title, "BT-21", key + ".title", &source.where);
    lot.project.description = lot.project.title;
    lot.project.cpv = source.cpv.empty() ? facts_.procedure.cpv : cpv_codes(source.cpv);
    lot.project.estimated_value = source.estimated_value;
    if (award) {
      lot.criteria = source.award
                         ? gather_criteria(source.award, key + ".award.criteria", lot.project)
                         : shared_criteria(lot.project);
    }
    if (request_.kind == NoticeKind::can && i < request_.lot_evaluations.size())
      gather_result(*request_.lot_evaluations[i], source.id, source.where, lot.result);
    facts_.lots.push_back(std::move(lot));
  }
}

void NoticeWriter::check_climate_rule(const std::optional<AwardCriteria>& award,
                                      const std::string& key) {
  if (!award || meets_climate_rule(*award))
    return;
  diagnostics_.error(
      "notice.climate-rule-not-met",
      {{"share", award->climate_share().to_string()}, {"key", key + ".climate_and_environment"}},
      place(key));
}

void NoticeWriter::gather() {
  if (!eu_ && request_.doffin_customization && request_.lang == Lang::en)
    diagnostics_.error("notice.national-in-english");
  // Doffin refuses a national notice that does not say how each award meets
  // FOA § 7-9 (EFORMS-NOR-NATIONAL-EC-R001B to -R001D): the case's, once,
  // and each lot's own.
  if (request_.kind != NoticeKind::pin && climate_codes()) {
    const auto& lots = kase_.lots;
    const bool case_award_used =
        !lots.divided() ||
        std::any_of(lots.lots.begin(), lots.lots.end(), [](const Lot& lot) { return !lot.award; });
    if (case_award_used)
      check_climate_rule(kase_.award, "award");
    for (std::size_t i = 0; i < lots.lots.size(); ++i)
      check_climate_rule(lots.lots[i].award, "lots.list[" + std::to_string(i) + "].award");
  }
  gather_buyer();
  facts_.procedure.title = text(kase_.title, "BT-21", "title");
  facts_.procedure.description = text(kase_.scope, "BT-24", "scope");
  if (kase_.cpv.empty())
    missing("BT-262", "cpv");
  facts_.procedure.cpv = cpv_codes(kase_.cpv);
  facts_.procedure.estimated_value = kase_.estimated_value;
  gather_lots();
  switch (request_.kind) {
    case NoticeKind::pin:
      gather_market_dialogue();
      break;
    case NoticeKind::cn:
      // BT-18: where tenders go; submitted electronically, the case must say.
      if (kase_.electronic_submission && kase_.submission_url.empty())
        missing("BT-18", "submission_url");
      facts_.tender_deadline =
          milestone(MilestoneKind::tender_deadline, "BT-131", "tender_deadline", true);
      if (facts_.tender_deadline && !facts_.tender_deadline->time)
        missing("BT-131", "timeline.tender_deadline");
      // A contract notice sent when tenders may no longer come asks for none.
      if (facts_.tender_deadline && facts_.tender_deadline->time &&
          DateTime{facts_.tender_deadline->date, facts_.tender_deadline->time} <= request_.issued) {
        const Milestone* deadline = kase_.timeline.find(MilestoneKind::tender_deadline);
        diagnostics_.error(
            "notice.deadline-passed",
            {{"deadline", deadline->exact()->iso()}, {"issued", request_.issued.iso()}},
            deadline->where);
      }
      if (kase_.contract && kase_.contract->framework)
        facts_.framework_agreement = framework_agreement_code(*kase_.contract->framework);
      facts_.clarification_deadline = milestone(MilestoneKind::clarification_deadline, "BT-13",
                                                "clarification_deadline", false);
      if (facts_.clarification_deadline && !facts_.clarification_deadline->time)
        facts_.clarification_deadline.reset();
      facts_.tender_opening =
          milestone(MilestoneKind::tender_opening, "BT-132", "tender_opening", false);
      if (facts_.tender_opening && !facts_.tender_opening->time)
        facts_.tender_opening.reset();
      if (kase_.stages.prequalification) {
        facts_.participation_deadline = milestone(MilestoneKind::participation_deadline, "BT-1311",
                                                  "participation_deadline", false);
        if (facts_.participation_deadline && !facts_.participation_deadline->time)
          missing("BT-1311", "timeline.participation_deadline");
        if (!kase_.stages.prequalification->minimum_candidates)
          missing("BT-50", "stages.prequalification.minimum_candidates");
      }
      break;
    case NoticeKind::can:
      // Without a winner (notice.no-winner) the award's records are not asked for yet.
      if (std::any_of(facts_.lots.begin(), facts_.lots.end(),
                      [](const LotFacts& lot) { return lot.result.winner.has_value(); }))
        gather_award_records();
      break;
  }
}

void NoticeWriter::text_leaf(XmlWriter& w, std::string_view name, const NoticeText& value) const {
  for (std::size_t l = 0; l < langs_.size(); ++l)
    w.leaf(name, value[l], {{"languageID", std::string(eforms_language(langs_[l]))}});
}

void NoticeWriter::party_reference(XmlWriter& w, std::string_view element,
                                   std::string_view id) const {
  w.open(element);
  id_reference(w, "cac:PartyIdentification", id, "organization");
  w.close();
}

void NoticeWriter::write_organisations(XmlWriter& w) const {
  w.open("efac:Organizations");
  for (const auto& party : facts_.parties) {
    w.open("efac:Organization");
    w.open("efac:Company");
    if (party.size) {
      w.leaf("efbc:CompanySizeCode", name_in(company_size_choices(), *party.size),
             {{"listName", "economic-operator-size"}});
    }
    w.open("cac:PartyIdentification");
    w.leaf("cbc:ID", party.id, {{"schemeName", "organization"}});
    w.close();
    // One name to a PartyName, one PartyName to a language.
    for (const Lang lang : langs_) {
      w.open("cac:PartyName");
      w.leaf("cbc:Name", party.name, {{"languageID", std::string(eforms_language(lang))}});
      w.close();
    }
    if (!party.address.city.empty() || party.norwegian) {
      w.open("cac:PostalAddress");
      if (!party.address.street.empty())
        w.leaf("cbc:StreetName", party.address.street);
      if (!party.address.city.empty())
        w.leaf("cbc:CityName", party.address.city);
      if (!party.address.postal_zone.empty())
        w.leaf("cbc:PostalZone", party.address.postal_zone);
      if (const auto nuts = nuts_of(party.address); !nuts.empty())
        w.leaf("cbc:CountrySubentityCode", nuts, {{"listName", "nuts"}});
      w.open("cac:Country");
      w.leaf("cbc:IdentificationCode", "NOR", {{"listName", "country"}});
      w.close();
      w.close();
    }
    if (!party.organisation_number.empty()) {
      w.open("cac:PartyLegalEntity");
      w.leaf("cbc:CompanyID", party.organisation_number);
      w.close();
    }
    if (!party.email.empty()) {
      w.open("cac:Contact");
      if (!party.phone.empty())
        w.leaf("cbc:Telephone", party.phone);
      w.leaf("cbc:ElectronicMail", party.email);
      w.close();
    }
    w.close();
    w.close();
  }
  w.close();
}

void NoticeWriter::write_result(XmlWriter& w) const {
  const std::string currency(kase_.currency.code);
  // Lot i's result, tender and contract are RES-, TEN- and CON-(i+1).
  const auto numbered = [](std::string_view prefix, std::size_t index) {
    return fmt::format("{}-{:04}", prefix, index + 1);
  };
  // The notice's value (BT-161): every winning tender's, else none.
  std::optional<Money> total = facts_.lots.front().result.value;
  for (std::size_t i = 1; i < facts_.lots.size(); ++i) {
    const auto& value = facts_.lots[i].result.value;
    total = total && value ? total->plus(*value) : std::nullopt;
  }
  w.open("efac:NoticeResult");
  if (total)
    w.leaf("cbc:TotalAmount", total->amount().to_string(), {{"currencyID", currency}});
  for (std::size_t i = 0; i < facts_.lots.size(); ++i) {
    const LotFacts& lot = facts_.lots[i];
    w.open("efac:LotResult");
    w.leaf("cbc:ID", numbered("RES", i), {{"schemeName", "result"}});
    w.leaf("cbc:TenderResultCode", "selec-w", {{"listName", "winner-selection-status"}});
    id_reference(w, "efac:LotTender", numbered("TEN", i), "tender");
    const auto statistic = [&w](std::string_view code, int count) {
      w.open("efac:ReceivedSubmissionsStatistics");
      w.leaf("efbc:StatisticsCode", code, {{"listName", "received-submission-type"}});
      w.leaf("efbc:StatisticsNumeric", std::to_string(count));
      w.close();
    };
    statistic("tenders", lot.result.tenders_received);
    // BR-BT-13713-0121: requests to participate in a procedure that has them.
    const auto procedure = procedure_code(kase_.procedure);
    if (lot.result.requests_received && (procedure == "restricted" || procedure == "neg-w-call" ||
                                         procedure == "comp-dial" || procedure == "innovation"))
      statistic("part-req", *lot.result.requests_received);
    // BR-BT-13713-0117, -0124: SMEs as one count, and the rest large.
    if (const auto& sme = lot.result.sme_tenders) {
      statistic("t-sme", *sme);
      statistic("t-large", lot.result.tenders_received - *sme);
    }
    id_reference(w, "efac:SettledContract", numbered("CON", i), "contract");
    id_reference(w, "efac:TenderLot", lot.id, "Lot");
    w.close();
  }
  for (std::size_t i = 0; i < facts_.lots.size(); ++i) {
    const LotFacts& lot = facts_.lots[i];
    w.open("efac:LotTender");
    w.leaf("cbc:ID", numbered("TEN", i), {{"schemeName", "tender"}});
    if (lot.result.value) {
      w.open("cac:LegalMonetaryTotal");
      w.leaf("cbc:PayableAmount", lot.result.value->amount().to_string(),
             {{"currencyID", currency}});
      w.close();
    }
    id_reference(w, "efac:TenderingParty", numbered("TPA", lot.result.tendering_party),
                 "tendering-party");
    id_reference(w, "efac:TenderLot", lot.id, "Lot");
    w.close();
  }
  for (std::size_t i = 0; i < facts_.lots.size(); ++i) {
    w.open("efac:SettledContract");
    w.leaf("cbc:ID", numbered("CON", i), {{"schemeName", "contract"}});
    w.leaf("cbc:IssueDate", eforms_date(*facts_.contract_concluded));
    id_reference(w, "efac:LotTender", numbered("TEN", i), "tender");
    w.close();
  }
  for (std::size_t i = 0; i < facts_.tendering_parties.size(); ++i) {
    w.open("efac:TenderingParty");
    w.leaf("cbc:ID", numbered("TPA", i), {{"schemeName", "tendering-party"}});
    id_reference(w, "efac:Tenderer", facts_.parties[facts_.tendering_parties[i]].id,
                 "organization");
    w.close();
  }
  w.close();
}

// BT-33, BT-31: the most lots one tenderer may be awarded and tender for,
// where the case limits them (2014/24/EU art. 46(2)).
void NoticeWriter::write_lot_limits(XmlWriter& w) const {
  const auto& lots = kase_.lots;
  if (!lots.divided() || (!lots.max_awarded_per_tenderer && !lots.max_per_tenderer))
    return;
  w.open("cac:LotDistribution");
  if (lots.max_awarded_per_tenderer)
    w.leaf("cbc:MaximumLotsAwardedNumeric", std::to_string(*lots.max_awarded_per_tenderer));
  if (lots.max_per_tenderer)
    w.leaf("cbc:MaximumLotsSubmittedNumeric", std::to_string(*lots.max_per_tenderer));
  w.close();
}

void NoticeWriter::write_project(XmlWriter& w, const ProjectFacts& project, bool lot) const {
  w.open("cac:ProcurementProject");
  if (lot)
    w.leaf("cbc:ID", project.internal_id, {{"schemeName", "InternalID"}});
  text_leaf(w, "cbc:Name", project.title);
  text_leaf(w, "cbc:Description", project.description);
  w.leaf("cbc:ProcurementTypeCode", contract_nature(kase_.category),
         {{"listName", "contract-nature"}});
  if (!lot && !facts_.note.empty())
    text_leaf(w, "cbc:Note", facts_.note);
  if (project.environmental_impact) {
    w.open("cac:ProcurementAdditionalType");
    w.leaf("cbc:ProcurementTypeCode", "env-imp", {{"listName", "strategic-procurement"}});
    w.close();
  }
  if (project.estimated_value && request_.kind != NoticeKind::can) {
    w.open("cac:RequestedTenderTotal");
    w.leaf("cbc:EstimatedOverallContractAmount", project.estimated_value->amount().to_string(),
           {{"currencyID", std::string(project.estimated_value->currency().code)}});
    w.close();
  }
  for (std::size_t i = 0; i < project.cpv.size(); ++i) {
    w.open(i == 0 ? "cac:MainCommodityClassification" : "cac:AdditionalCommodityClassification");
    w.leaf("cbc:ItemClassificationCode", project.cpv[i], {{"listName", "cpv"}});
    w.close();
  }
  w.open("cac:RealizedLocation");
  w.open("cac:Address");
  const auto& buyer_address = facts_.parties.front().address;
  if (const auto nuts = nuts_of(buyer_address); !nuts.empty())
    w.leaf("cbc:CountrySubentityCode", nuts, {{"listName", "nuts"}});
  w.open("cac:Country");
  w.leaf("cbc:IdentificationCode", "NOR", {{"listName", "country"}});
  w.close();
  w.close();
  w.close();
  if (project.start && project.end) {
    w.open("cac:PlannedPeriod");
    w.leaf("cbc:StartDate", eforms_date(*project.start));
    w.leaf("cbc:EndDate", eforms_date(*project.end));
    w.close();
  }
  w.close();
}

void NoticeWriter::write_lot(XmlWriter& w, const LotFacts& lot) const {
  const bool pin = request_.kind == NoticeKind::pin;
  w.open("cac:ProcurementProjectLot");
  // A prior information notice's lots are parts (PAR-): no competition yet.
  w.leaf("cbc:ID", lot.id, {{"schemeName", pin ? "Part" : "Lot"}});
  // A national prior information notice's part has no terms yet: no element
  // rather than an empty one.
  const bool terms = eu_ || !pin;
  if (terms)
    w.open("cac:TenderingTerms");
  if (request_.kind == NoticeKind::cn) {
    w.open("cac:TendererQualificationRequest");
    w.open("cac:SpecificTendererRequirement");
    w.leaf("cbc:TendererRequirementTypeCode", "epo-procurement-document",
           {{"listName", "selection-criteria-source"}});
    w.close();
    w.close();
  }
  if (!lot.criteria.empty()) {
    w.open("cac:AwardingTerms");
    w.open("cac:AwardingCriterion");
    for (const auto& c : lot.criteria) {
      w.open("cac:SubordinateAwardingCriterion");
      if (!c.weight.empty()) {
        w.open("ext:UBLExtensions");
        w.open("ext:UBLExtension");
        w.open("ext:ExtensionContent");
        w.open("efext:EformsExtension");
        w.open("efac:AwardCriterionParameter");
        w.leaf("efbc:ParameterCode", "per-exa", {{"listName", "number-weight"}});
        w.leaf("efbc:ParameterNumeric", c.weight);
        w.close();
        w.close();
        w.close();
        w.close();
        w.close();
      }
      w.leaf("cbc:AwardingCriterionTypeCode", c.type, {{"listName", "award-criterion-type"}});
      text_leaf(w, "cbc:Name", c.name);
      text_leaf(w, "cbc:Description", c.description);
      w.close();
    }
    w.close();
    w.close();
  }
  if (request_.kind == NoticeKind::cn && kase_.electronic_submission) {
    w.open("cac:TenderRecipientParty");
    w.leaf("cbc:EndpointID", kase_.submission_url);
    w.close();
  }
  if (eu_) {
    w.open("cac:AppealTerms");
    party_reference(w, "cac:AppealReceiverParty", "ORG-0002");
    w.close();
  }
  if (terms)
    w.close();
  if (request_.kind == NoticeKind::cn) {
    w.open("cac:TenderingProcess");
    w.leaf("cbc:SubmissionMethodCode", kase_.electronic_submission ? "required" : "not-allowed",
           {{"listName", "esubmission"}});
    const auto& prequalification = kase_.stages.prequalification;
    if (prequalification) {
      // BT-52: whether the notice reserved reducing the tenderers between rounds.
      const auto& negotiation = kase_.stages.negotiation;
      w.leaf("cbc:CandidateReductionConstraintIndicator",
             negotiation && negotiation->reduction_reserved ? "true" : "false");
    }
    const auto& deadline = *facts_.tender_deadline;
    w.open("cac:TenderSubmissionDeadlinePeriod");
    w.leaf("cbc:EndDate", eforms_date(deadline.date));
    w.leaf("cbc:EndTime", eforms_time(deadline.date, *deadline.time));
    w.close();
    if (const auto& requests = facts_.participation_deadline; requests && requests->time) {
      w.open("cac:ParticipationRequestReceptionPeriod");
      w.leaf("cbc:EndDate", eforms_date(requests->date));
      w.leaf("cbc:EndTime", eforms_time(requests->date, *requests->time));
      w.close();
    }
    if (const auto& questions = facts_.clarification_deadline) {
      w.open("cac:AdditionalInformationRequestPeriod");
      w.leaf("cbc:EndDate", eforms_date(questions->date));
      w.leaf("cbc:EndTime", eforms_time(questions->date, *questions->time));
      w.close();
    }
    if (prequalification) {
      // BT-661, BT-51, BT-50: the limits on the candidates invited.
      w.open("cac:EconomicOperatorShortList");
      w.leaf("cbc:LimitationDescription", prequalification->maximum_candidates ? "true" : "false");
      if (prequalification->maximum_candidates)
        w.leaf("cbc:MaximumQuantity", std::to_string(*prequalification->maximum_candidates));
      if (prequalification->minimum_candidates)
        w.leaf("cbc:MinimumQuantity", std::to_string(*prequalification->minimum_candidates));
      w.close();
    }
    if (facts_.tender_opening) {
      w.open("cac:OpenTenderEvent");
      w.leaf("cbc:OccurrenceDate", eforms_date(facts_.tender_opening->date));
      w.leaf("cbc:OccurrenceTime",
             eforms_time(facts_.tender_opening->date, *facts_.tender_opening->time));
      w.close();
    }
    if (!facts_.framework_agreement.empty()) {
      w.open("cac:ContractingSystem");
      w.leaf("cbc:ContractingSystemTypeCode", facts_.framework_agreement,
             {{"listName", "framework-agreement"}});
      w.close();
    }
    w.close();
  }
  write_project(w, lot.project, true);
  w.close();
}

std::string NoticeWriter::render(int version, std::optional<int> changes, bool with_issue) const {
  const std::string id = notice_id(kase_, request_.kind);
  XmlWriter w;
  w.open(
      form_.root,
      {{"xmlns", "urn:oasis:names:specification:ubl:schema:xsd:" + std::string(form_.root) + "-2"},
       {"xmlns:cac", std::string(ns_cac)},
       {"xmlns:cbc", std::string(ns_cbc)},
       {"xmlns:ext", std::string(ns_ext)},
       {"xmlns:efac", std::string(ns_efac)},
       {"xmlns:efext", std::string(ns_efext)},
       {"xmlns:efbc", std::string(ns_efbc)}});
  w.open("ext:UBLExtensions");
  w.open("ext:UBLExtension");
  w.open("ext:ExtensionContent");
  w.open("efext:EformsExtension");
  if (changes) {
    w.open("efac:Changes");
    w.leaf("efbc:ChangedNoticeIdentifier", id + "-" + notice_version_text(*changes));
    w.open("efac:Change");
    text_leaf(w, "efbc:ChangeDescription",
              catalog_text("doc.notice.change", {{"version", notice_version_text(*changes)}}));
    w.close();
    w.open("efac:ChangeReason");
    w.leaf("cbc:ReasonCode", "update-add", {{"listName", "change-corrig-justification"}});
    w.close();
    w.close();
  }
  if (request_.kind == NoticeKind::can)
    write_result(w);
  w.open("efac:NoticeSubType");
  w.leaf("cbc:SubTypeCode", eu_ ? form_.eu_subtype : form_.national_subtype,
         {{"listName", "notice-subtype"}});
  w.close();
  write_organisations(w);
  w.close();
  w.close();
  w.close();
  w.close();
  w.leaf("cbc:UBLVersionID", "2.3");
  std::string customization(sdk_customization);
  if (request_.doffin_customization)
    customization += eu_ ? doffin_eu_extension : doffin_national_extension;
  w.leaf("cbc:CustomizationID", customization);
  w.leaf("cbc:ID", id, {{"schemeName", "notice-id"}});
  if (request_.kind != NoticeKind::pin)
    w.leaf("cbc:ContractFolderID", procedure_id(kase_));
  if (with_issue) {
    w.leaf("cbc:IssueDate", eforms_date(request_.issued.date));
    w.leaf("cbc:IssueTime", eforms_time(request_.issued.date,
                                        request_.issued.time.value_or(*TimeOfDay::from_hms(0, 0))));
  }
  w.leaf("cbc:VersionID", notice_version_text(version));
  if (facts_.planned_notice)
    w.leaf("cbc:PlannedDate", eforms_date(*facts_.planned_notice));
  w.leaf("cbc:RegulatoryDomain", eu_ ? "32014L0024" : "other");
  w.leaf("cbc:NoticeTypeCode", form_.type, {{"listName", std::string(form_.type_list)}});
  w.leaf("cbc:NoticeLanguageCode", eforms_language(langs_.front()));
  for (std::size_t l = 1; l < langs_.size(); ++l) {
    w.open("cac:AdditionalNoticeLanguage");
    w.leaf("cbc:ID", eforms_language(langs_[l]));
    w.close();
  }
  w.open("cac:ContractingParty");
  w.open("cac:ContractingPartyType");
  w.leaf("cbc:PartyTypeCode", buyer_legal_type_code(*buyer_legal_type(kase_.buyer)),
         {{"listName", "buyer-legal-type"}});
  w.close();
  if (eu_) {
    w.open("cac:ContractingActivity");
    w.leaf("cbc:ActivityTypeCode", "gen-pub", {{"listName", "authority-activity"}});
    w.close();
  }
  party_reference(w, "cac:Party", "ORG-0001");
  w.close();
  if (!eu_ || request_.kind == NoticeKind::cn) {
    w.open("cac:TenderingTerms");
    if (!eu_) {
      // The national legal basis: the procurement regulation (FOA), its part I or II.
      w.open("cac:ProcurementLegislationDocumentReference");
      w.leaf("cbc:ID", "https://lovdata.no/eli/forskrift/2016/8/12/974", {{"schemeName", "ELI"}});
      // DFØ permits only these descriptions, in Norwegian (NOR, for a
      // Nynorsk notice too) or English (EFORMS-NOR-NATIONAL-LB-R012B, -R012C,
      // -R013A): a procurement under part II is governed by parts I and II.
      const bool part_1 = request_.regime == Regime::part_1;
      if (langs_.front() == Lang::en)
        w.leaf("cbc:DocumentDescription",
               part_1 ? "NOR — Public Procurement Regulations Part 1"
                      : "NOR — Public Procurement Regulations Parts 1 and 2",
               {{"languageID", "ENG"}});
      else
        w.leaf("cbc:DocumentDescription",
               part_1 ? "NOR — Anskaffelsesforskriften Del 1"
                      : "NOR — Anskaffelsesforskriften Del 1 og 2",
               {{"languageID", "NOR"}});
      w.close();
    }
    if (request_.kind == NoticeKind::cn) {
      w.open("cac:TendererQualificationRequest");
      w.open("cac:SpecificTendererRequirement");
      w.leaf("cbc:TendererRequirementTypeCode", "epo-procurement-document",
             {{"listName", "exclusion-grounds-source"}});
      w.close();
      w.close();
      write_lot_limits(w);
    }
    w.close();
  }
  if (request_.kind != NoticeKind::pin) {
    w.open("cac:TenderingProcess");
    w.leaf("cbc:ProcedureCode", procedure_code(kase_.procedure),
           {{"listName", "procurement-procedure-type"}});
    if (kase_.lots.divided() && request_.kind == NoticeKind::cn) {
      // BT-763: tenders may be for every lot. eForms takes no other code
      // (BR-BT-00763-0052); a limit is BT-31's (write_lot_limits), 2014/24/EU
      // art. 46(2).
      const auto& most = kase_.lots.max_per_tenderer;
      if (!most || *most >= static_cast<int>(kase_.lots.lots.size()))
        w.leaf("cbc:PartPresentationCode", "all", {{"listName", "tenderlot-presentation"}});
    }
    // BT-106: the accelerated procedure exists for the open and restricted
    // procedures and the competitive procedure with negotiation alone
    // (2014/24/EU art. 27(3), 28(6), 29(1); rule BR-BT-00106-0053).
    const auto procedure = procedure_code(kase_.procedure);
    if (eu_ && request_.kind == NoticeKind::cn &&
        (procedure == "open" || procedure == "restricted" || procedure == "neg-w-call")) {
      w.open("cac:ProcessJustification");
      w.leaf("cbc:ProcessReasonCode", kase_.urgency ? "true" : "false",
             {{"listName", "accelerated-procedure"}});
      w.close();
    }
    w.close();
  }
  write_project(w, facts_.procedure, false);
  for (const auto& lot : facts_.lots)
    write_lot(w, lot);
  if (request_.kind == NoticeKind::can) {
    w.open("cac:TenderResult");
    w.leaf("cbc:AwardDate", eforms_date(*facts_.award_decision));
    w.close();
  }
  return w.finish();
}

std::optional<Notice> NoticeWriter::write() {
  gather();
  if (diagnostics_.has_errors())
    return std::nullopt;
  Notice notice;
  notice.subtype = eu_ ? form_.eu_subtype : form_.national_subtype;
  notice.id = notice_id(kase_, request_.kind);
  // What the notice says, without its date, version and change: the same
  // case gives the same fingerprint on any day.
  notice.content = sha256_hex(render(1, std::nullopt, false)).substr(0, 16);
  const PublishedNotice* last = nullptr;
  for (const auto& published : kase_.records.notices) {
    if (published.kind == request_.kind && (last == nullptr || published.version >= last->version))
      last = &published;
  }
  if (last != nullptr) {
    notice.version = last->content == notice.content ? last->version : last->version + 1;
    if (last->content != notice.content)
      notice.changes_version = last->version;
  }
  notice.xml = render(notice.version, notice.changes_version, true);
  return notice;
}

}  // namespace

Diagnostics rule_errors_stopping(const Case& kase, const RuleTables& tables, NoticeKind kind) {
  Diagnostics stopping;
  if (kind == NoticeKind::can)
    return stopping;
  const RuleCheck check = check_rules(kase, tables);
  for (const Diagnostics* found : {&check.problems, &check.findings}) {
    for (const auto& item : found->items()) {
      if (item.severity == Severity::error)
        stopping.add(item);
    }
  }
  return stopping;
}

std::optional<Regime> notice_regime(const Case& kase, const RuleTables& tables, Date on,
                                    Diagnostics& diagnostics) {
  Regime regime = kase.regime;
  if (regime == Regime::derive) {
    const auto derived = derive_regime(kase, tables, on);
    if (!derived) {
      const SourceSpan* where = kase.location("estimated_value");
      diagnostics.error("notice.missing-term",
                        {{"notice", "eForms"}, {"bt", "BT-27"}, {"key", "estimated_value"}},
                        where != nullptr ? *where : SourceSpan{kase.case_file, 0, 0, 1, {}, 0});
      return std::nullopt;
    }
    regime = derived->regime;
  }
  if (regime == Regime::none) {
    const SourceSpan* where = kase.location("regime");
    diagnostics.error("notice.no-regime", {},
                      where != nullptr ? *where : SourceSpan{kase.case_file, 0, 0, 1, {}, 0});
    return std::nullopt;
  }
  return regime;
}

std::optional<Notice> write_notice(const Case& kase, const NoticeRequest& request,
                                   Diagnostics& diagnostics) {
  return NoticeWriter(kase, request, diagnostics).write();
}

Diagnostics notice_texts_needed(const Case& kase, const RuleTables& tables) {
  Diagnostics needed;
  const Milestone* sent = kase.timeline.find(MilestoneKind::notice_sent);
  if (sent == nullptr)
    return needed;
  Diagnostics unplanned;  // no regime, or none to be told: no notice to check against
  const auto regime = notice_regime(kase, tables, sent->earliest_date(), unplanned);
  if (!regime)
    return needed;
  NoticeRequest request;
  request.kind = NoticeKind::cn;
  request.regime = *regime;
  // The Norwegian the case is written in (a national notice for Doffin must
  // be in Norwegian: EFORMS-NOR-NATIONAL-LG-R001B), whatever the officer reads.
  const auto norwegian = std::find_if(kase.languages.begin(), kase.languages.end(),
                                      [](Lang lang) { return lang != Lang::en; });
  request.lang = norwegian != kase.languages.end() ? *norwegian : Lang::nb;
  request.issued = DateTime{sent->earliest_date(), std::nullopt};
  Diagnostics found;
  NoticeWriter writer(kase, request, found);
  writer.gather_only();
  std::string languages;
  for (const Lang lang : writer.languages())
    languages += (languages.empty() ? "" : ", ") + std::string(lang_code(lang));
  for (const Diagnostic& item : found.items()) {
    if (item.code != "notice.text-missing")
      continue;
    MessageArgs args = item.args;
    args.emplace_back("notice", "cn");
    args.emplace_back("languages", languages);
    needed.warning("notice.text-needed", std::move(args), item.where);
  }
  return needed;
}

}  // namespace procure
