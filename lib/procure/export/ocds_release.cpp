#include "procure/export/ocds_release.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "procure/calendar/milestone_time.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"
#include "procure/text/json_text.hpp"

namespace procure {
namespace {

// The lots extension: tender.lots, items' relatedLot, awards' relatedLots.
constexpr std::string_view lots_extension =
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/"
    "extension.json";
// The scale extension: parties' details.scale, a tenderer's size as its tender declares it.
constexpr std::string_view scale_extension =
    "https://raw.githubusercontent.com/open-contracting-extensions/"
    "ocds_partyDetails_scale_extension/master/extension.json";

const MessageCatalog& library_catalog() {
  static const MessageCatalog catalog(library_message_tables());
  return catalog;
}

// A part of the procurement that can be awarded on its own: the case's
// only one, or one per lot of a case in lots.
struct Lot {
  std::string id;
  std::string title;
  std::string description;
  std::optional<Money> value;
  std::vector<const CpvCode*> cpv;
  const Evaluation* evaluation = nullptr;  // complete, with a winner, or nullptr
  std::string supplier_id;                 // its winner's party, once collected
};

// An organisation the release names, with every role it has in the case.
struct Party {
  std::string id;
  std::string name;
  const OrganisationNumber* organisation_number = nullptr;
  std::optional<CompanySize> scale;  // a tenderer's, as its first tender to declare it says
  std::vector<std::string_view> roles;
};

class Parties {
 public:
  // The party's id: its organisation number in the Brønnøysund register
  // (NO-BRC) when it has one, so one organisation is one party across tenders.
  const Party& add(std::string_view fallback_id, std::string_view name,
                   const std::optional<OrganisationNumber>& number, std::string_view role,
                   std::optional<CompanySize> scale = std::nullopt) {
    std::string id = number ? "NO-BRC-" + number->digits() : std::string(fallback_id);
    const auto [at, added] = index_.try_emplace(id, list_.size());
    if (added)
      list_.push_back({std::move(id), std::string(name), number ? &*number : nullptr, {}, {}});
    Party& party = list_[at->second];
    if (!party.scale)
      party.scale = scale;
    if (std::find(party.roles.begin(), party.roles.end(), role) == party.roles.end())
      party.roles.push_back(role);
    return party;
  }
  const std::vector<Party>& list() const { return list_; }

 private:
  std::vector<Party> list_;
  std::map<std::string, std::size_t, std::less<>> index_;
};

std::string iso(Instant instant) {
  return iso_oslo(instant);
}

std::optional<Instant> start_of(const DateTime& when) {
  const auto range = moments(when);
  return range ? std::optional(range->earliest) : std::nullopt;
}

std::optional<Instant> start_of(Date day) {
  return start_of(DateTime{day, std::nullopt});
}

// A deadline as the export shows it: at its time; given as a day, at that
// day's last second, which reads as that day (its end, the next midnight,
// reads as the day after: OCDS dates carry no "end of day").
std::optional<Instant> deadline_shown(const DateTime& when) {
  const auto due = due_instant(when);
  if (!due)
    return std::nullopt;
  return when.time ? *due : *due - std::chrono::seconds(1);
}

// A milestone's moment: a deadline's end, an event's start; none while it is a window.
std::optional<Instant> moment_of(const Milestone& milestone) {
  const DateTime* exact = milestone.exact();
  if (exact == nullptr)
    return std::nullopt;
  if (is_deadline(milestone.kind))
    return deadline_shown(*exact);
  return start_of(*exact);
}

std::optional<Instant> moment_of(const Case& kase, MilestoneKind kind) {
  const Milestone* milestone = kase.timeline.find(kind);
  return milestone != nullptr ? moment_of(*milestone) : std::nullopt;
}

bool is_planning_milestone(MilestoneKind kind) {
  return kind == MilestoneKind::prior_information_notice ||
         kind == MilestoneKind::dialogue_meeting_start ||
         kind == MilestoneKind::dialogue_meeting_end ||
         kind == MilestoneKind::written_input_deadline;
}

// OCDS milestone types: what kind of step each standard milestone is.
std::string_view milestone_type(MilestoneKind kind) {
  switch (kind) {
    case MilestoneKind::prior_information_notice:
      return "preProcurement";
    case MilestoneKind::tender_opening:
    case MilestoneKind::award_notice:
    case MilestoneKind::standstill_end:
      return "assessment";
    case MilestoneKind::contract_signature:
      return "approval";
    case MilestoneKind::custom:
      return "";
    default:
      return "engagement";
  }
}

// OCDS's procurement methods: open (anyone may tender), selective (only
// those the buyer qualifies or invites), limited (no competition published).
std::string_view procurement_method(Procedure procedure) {
  switch (procedure) {
    case Procedure::open:
    case Procedure::national_open:
    case Procedure::prize:
      return "open";
    default:
      return "selective";
  }
}

std::string_view main_category(ContractCategory category) {
  switch (category) {
    case ContractCategory::goods:
      return "goods";
    case ContractCategory::works:
      return "works";
    default:
      return "services";
  }
}

std::string_view award_criteria_code(AwardBasis basis) {
  switch (basis) {
    case AwardBasis::lowest_price:
      return "priceOnly";
    case AwardBasis::lowest_cost:
      return "costOnly";
    case AwardBasis::quality_only:
      return "qualityOnly";
    default:
      return "ratedCriteria";
  }
}

// "Pris 30 %; Kvalitet 70 % (Metode 50 %, Organisering 20 %)": the criteria
// tree with the weights as the tender documents publish them.
void append_criteria(std::string& out, const std::vector<Criterion>& criteria, Lang lang,
                     std::string_view separator) {
  bool first = true;
  for (const auto& c : criteria) {
    if (!first)
      out += separator;
    first = false;
    out += c.name.in(lang, lang);
    out += ' ';
    out += c.weight_range ? format_percent(c.weight_range->low, lang) + "–" +
                                format_percent(c.weight_range->high, lang)
                          : format_percent(c.weight, lang);
    if (!c.children.empty()) {
      out += " (";
      append_criteria(out, c.children, lang, ", ");
      out += ')';
    }
  }
}

// Free text without the line break a folded YAML block (`>`) ends with.
std::string trimmed(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
    text.remove_suffix(1);
  return std::string(text);
}

// `evaluations`: one per lot, in order (OcdsSource).
std::vector<Lot> lots_of(const Case& kase, Lang lang,
                         const std::vector<const Evaluation*>& evaluations) {
  const auto evaluation = [&](std::size_t i) {
    return i < evaluations.size() ? evaluations[i] : nullptr;
  };
  std::vector<Lot> lots;
  if (!kase.lots.divided()) {
    Lot lot{"1",
            trimmed(kase.title.in(lang, lang)),
            trimmed(kase.scope.in(lang, lang)),
            kase.estimated_value,
            {},
            evaluation(0),
            {}};
    for (const auto& code : kase.cpv)
      lot.cpv.push_back(&code);
    lots.push_back(std::move(lot));
    return lots;
  }
  for (std::size_t i = 0; i < kase.lots.lots.size(); ++i) {
    const auto& source = kase.lots.lots[i];
    const std::string title = trimmed(source.title.in(lang, lang));
    Lot lot{source.id, title, title, source.estimated_value, {}, evaluation(i), {}};
    for (const auto& code : source.cpv.empty() ? kase.cpv : source.cpv)
      lot.cpv.push_back(&code);
    lots.push_back(std::move(lot));
  }
  return lots;
}

const TenderResult* winner_of(const Lot& lot) {
  if (lot.evaluation == nullptr || !lot.evaluation->winner)
    return nullptr;
  return &lot.evaluation->tenders[*lot.evaluation->winner];
}

class ReleaseWriter {
 public:
  ReleaseWriter(JsonText& json, const OcdsSource& source, const OcdsSettings& settings)
      : j_(json),
        kase_(*source.kase),
        dialogue_(source.dialogue),
        earlier_tenders_(source.earlier_tenders),
        settings_(settings),
        lang_(kase_.primary_language()),
        lots_(lots_of(kase_, lang_, source.evaluations)) {}

  void write() {
    const auto& records = kase_.records;
    const bool planning = !kase_.market_dialogue.empty();
    const bool award = std::any_of(lots_.begin(), lots_.end(),
                                   [](const Lot& lot) { return winner_of(lot) != nullptr; });
    const bool contract = award && records.contract_signed.has_value();
    const Instant date = release_date();
    std::vector<std::string_view> tags;
    if (planning)
      tags.push_back("planning");
    tags.push_back("tender");
    if (award)
      tags.push_back("award");
    if (contract)
      tags.push_back("contract");
    const std::string buyer_id =
        parties_.add("buyer", kase_.buyer.name, kase_.buyer.organisation_number, "buyer").id;
    parties_.add("buyer", kase_.buyer.name, kase_.buyer.organisation_number, "procuringEntity");
    collect_tenderers();

    j_.begin_object();
    j_.field("ocid", ocds_ocid(settings_.ocid_prefix, kase_));
    // The day of the release and what it holds: a new step gives a new id.
    j_.field("id", oslo_local(date).date.iso() + "-" + std::string(tags.back()));
    j_.field("date", iso(date));
    j_.key("tag");
    j_.begin_array();
    for (const auto tag : tags)
      j_.string(tag);
    j_.end_array();
    j_.field("initiationType", "tender");
    j_.field("language", lang_code(lang_));
    write_parties();
    j_.key("buyer");
    write_reference(buyer_id, kase_.buyer.name);
    if (planning)
      write_planning();
    write_tender(buyer_id, award, contract);
    if (award)
      write_award_and_contract(contract);
    j_.end_object();
  }

 private:
  bool evaluated() const {
    return std::any_of(lots_.begin(), lots_.end(),
                       [](const Lot& lot) { return lot.evaluation != nullptr; });
  }

  // The latest step the case records, at the start of its day; the
  // publication time for a case that records none.
  Instant release_date() const {
    const auto& r = kase_.records;
    std::optional<Instant> latest;
    const auto consider = [&latest](std::optional<Instant> at) {
      if (at && (!latest || *at > *latest))
        latest = at;
    };
    for (const auto& day : {r.dialogue_held, r.notice_published, r.scores_agreed,
                            r.award_notices_sent, r.contract_signed}) {
      if (day)
        consider(start_of(*day));
    }
    if (r.tenders_opened)
      consider(start_of(*r.tenders_opened));
    return latest.value_or(settings_.published);
  }

  std::string label(std::string_view key, const MessageArgs& args = {}) const {
    return library_catalog().text(lang_, key, args);
  }

  std::string text(const LocalizedText& t) const { return trimmed(t.in(lang_, lang_)); }

  void collect_tenderers() {
    // A supplier may send several tenders (a municipality several projects,
    // a company one for each lot): it is one tenderer.
    std::set<std::string, std::less<>> seen;
    for (auto& lot : lots_) {
      if (lot.evaluation == nullptr)
        continue;
      for (const auto& result : lot.evaluation->tenders) {
        const Supplier& s = result.tender->supplier;
        const Party& party = parties_.add("tenderer-" + result.tender->id, s.name,
                                          s.organisation_number, "tenderer", s.size);
        if (seen.insert(party.id).second)
          tenderers_.push_back({party.id, party.name});
      }
      if (const TenderResult* w = winner_of(lot)) {
        const Supplier& s = w->tender->supplier;
        lot.supplier_id =
            parties_.add("tenderer-" + w->tender->id, s.name, s.organisation_number, "supplier").id;
      }
    }
    // A supplier left out between rounds tendered all the same.
    if (!evaluated())
      return;
    for (const Tender* tender : earlier_tenders_) {
      const Supplier& s = tender->supplier;
      const Party& party =
          parties_.add("tenderer-" + tender->id, s.name, s.organisation_number, "tenderer", s.size);
      if (seen.insert(party.id).second)
        tenderers_.push_back({party.id, party.name});
    }
  }

  void write_reference(std::string_view id, std::string_view name) {
    j_.begin_object();
    j_.field("id", id);
    j_.field("name", name);
    j_.end_object();
  }

  void write_value(const Money& money) {
    j_.begin_object();
    j_.key("amount");
    j_.number(money.amount());
    j_.field("currency", money.currency().code);
    j_.end_object();
  }

  void write_parties() {
    j_.key("parties");
    j_.begin_array();
    for (const auto& party : parties_.list()) {
      j_.begin_object();
      j_.field("id", party.id);
      j_.field("name", party.name);
      if (party.organisation_number != nullptr) {
        j_.key("identifier");
        j_.begin_object();
        j_.field("scheme", "NO-BRC");
        j_.field("id", party.organisation_number->digits());
        j_.field("legalName", party.name);
        j_.end_object();
      }
      const bool is_buyer =
          std::find(party.roles.begin(), party.roles.end(), "buyer") != party.roles.end();
      if (is_buyer)
        write_buyer_details();
      if (party.scale) {
        j_.key("details");
        j_.begin_object();
        j_.field("scale", name_in(company_size_choices(), *party.scale));
        j_.end_object();
      }
      j_.key("roles");
      j_.begin_array();
      for (const auto role : party.roles)
        j_.string(role);
      j_.end_array();
      j_.end_object();
    }
    j_.end_array();
  }

  void write_buyer_details() {
    if (!kase_.buyer.address.empty()) {
      j_.key("address");
      j_.begin_object();
      j_.field("streetAddress", kase_.buyer.address);
      j_.end_object();
    }
    if (kase_.contacts.empty())
      return;
    const Contact& contact = kase_.contacts.front();
    j_.key("contactPoint");
    j_.begin_object();
    j_.field("name", contact.name);
    j_.field("email", contact.email);
    j_.field("telephone", contact.phone);
    j_.end_object();
  }

  // A status only where the case records it: the market dialogue's steps.
  void write_milestone(std::string_view id, std::string_view title, std::string_view type,
                       std::optional<Instant> due, std::optional<Instant> met, bool recorded) {
    j_.begin_object();
    j_.field("id", id);
    j_.field("title", title);
    j_.field("type", type);
    if (due)
      j_.field("dueDate", iso(*due));
    if (met)
      j_.field("dateMet", iso(*met));
    if (recorded)
      j_.field("status", met ? "met" : "scheduled");
    j_.end_object();
  }

  // The market dialogue: its meetings and the written inputs asked for, as
  // milestones; the inputs received, as documents (their texts stay with
  // the buyer: a supplier's input may hold trade secrets).
  void write_planning() {
    const auto& dialogue = kase_.market_dialogue;
    const auto& records = kase_.records;
    j_.key("planning");
    j_.begin_object();
    j_.field("rationale", text(kase_.needs));
    j_.key("milestones");
    j_.begin_array();
    for (const auto& meeting : dialogue.meetings) {
      const auto start = kase_.timeline.resolve(meeting.start);
      const auto due = start ? start_of(*start) : std::nullopt;
      // Held on its day: met at its start; held another day: at that day's start.
      std::optional<Instant> met;
      if (records.dialogue_held)
        met =
            start && start->date == *records.dialogue_held ? due : start_of(*records.dialogue_held);
      write_milestone("dialogue-" + meeting.id, text(meeting.title), "engagement", due, met, true);
    }
    if (dialogue.written_input) {
      const auto deadline = kase_.timeline.resolve(dialogue.written_input->deadline);
      const auto due_at = deadline ? deadline_shown(*deadline) : std::nullopt;
      const bool received = (dialogue_ != nullptr && !dialogue_->inputs.empty()) ||
                            records.written_inputs_received.value_or(0) > 0;
      write_milestone("written-input", label(display_key(MilestoneKind::written_input_deadline)),
                      "engagement", due_at, received ? due_at : std::nullopt, true);
    }
    j_.end_array();
    if (dialogue_ != nullptr && !dialogue_->inputs.empty()) {
      j_.key("documents");
      j_.begin_array();
      // One id per input: a participant's second input is "-2".
      std::map<std::string_view, int> sent;
      for (const auto& input : dialogue_->inputs) {
        const Participant* who = dialogue_->find_participant(input.participant);
        std::string id = "written-input-" + input.participant;
        if (const int nth = ++sent[input.participant]; nth > 1) {
          id += '-';
          id += std::to_string(nth);
        }
        j_.begin_object();
        j_.field("id", id);
        j_.field("documentType", "marketStudies");
        j_.field("title", label("doc.ocds.written-input",
                                {{"supplier", who != nullptr ? who->name : input.participant}}));
        j_.field("dateModified", iso(input.received.at));
        j_.end_object();
      }
      j_.end_array();
    }
    j_.end_object();
  }

  std::string_view tender_status(bool award, bool contract) const {
    if (award || contract)
      return "complete";
    return kase_.records.notice_published ? "active" : "planning";
  }

  void write_items() {
    if (std::all_of(lots_.begin(), lots_.end(), [](const Lot& lot) { return lot.cpv.empty(); }))
      return;
    j_.key("items");
    j_.begin_array();
    for (const auto& lot : lots_) {
      if (lot.cpv.empty())
        continue;
      j_.begin_object();
      j_.field("id", lot.id);
      j_.field("description", lot.title);
      j_.key("classification");
      j_.begin_object();
      j_.field("scheme", "CPV");
      j_.field("id", lot.cpv.front()->code());
      j_.end_object();
      if (lot.cpv.size() > 1) {
        j_.key("additionalClassifications");
        j_.begin_array();
        for (std::size_t i = 1; i < lot.cpv.size(); ++i) {
          j_.begin_object();
          j_.field("scheme", "CPV");
          j_.field("id", lot.cpv[i]->code());
          j_.end_object();
        }
        j_.end_array();
      }
      j_.field("relatedLot", lot.id);
      j_.end_object();
    }
    j_.end_array();
  }

  void write_lots(std::string_view status) {
    j_.key("lots");
    j_.begin_array();
    for (const auto& lot : lots_) {
      j_.begin_object();
      j_.field("id", lot.id);
      j_.field("title", lot.title);
      j_.field("description", lot.description);
      if (lot.value) {
        j_.key("value");
        write_value(*lot.value);
      }
      j_.field("status", status);
      j_.end_object();
    }
    j_.end_array();
  }

  void write_period(std::string_view name, std::optional<Instant> start,
                    std::optional<Instant> end) {
    if (!start && !end)
      return;
    j_.key(name);
    j_.begin_object();
    if (start)
      j_.field("startDate", iso(*start));
    if (end)
      j_.field("endDate", iso(*end));
    j_.end_object();
  }

  void write_tender(const std::string& buyer_id, bool award, bool contract) {
    const auto& records = kase_.records;
    const std::string_view status = tender_status(award, contract);
    j_.key("tender");
    j_.begin_object();
    j_.field("id", kase_.reference);
    j_.field("title", text(kase_.title));
    j_.field("description", text(kase_.scope));
    j_.field("status", status);
    j_.key("procuringEntity");
    write_reference(buyer_id, kase_.buyer.name);
    write_items();
    if (kase_.estimated_value) {
      j_.key("value");
      write_value(*kase_.estimated_value);
    }
    j_.field("procurementMethod", procurement_method(kase_.procedure));
    j_.field("procurementMethodDetails", label(display_key(kase_.procedure)));
    j_.field("mainProcurementCategory", main_category(kase_.category));
    if (kase_.award) {
      j_.field("awardCriteria", award_criteria_code(kase_.award->basis));
      std::string details;
      append_criteria(details, kase_.award->criteria, lang_, "; ");
      j_.field("awardCriteriaDetails", details);
    }
    j_.key("submissionMethod");
    j_.begin_array();
    j_.string(kase_.electronic_submission ? "electronicSubmission" : "written");
    j_.end_array();
    std::string eligibility;
    for (const auto& q : kase_.qualification) {
      if (!eligibility.empty())
        eligibility += '\n';
      eligibility += text(q.requirement);
    }
    j_.field("eligibilityCriteria", eligibility);
    const auto published = records.notice_published ? start_of(*records.notice_published)
                                                    : moment_of(kase_, MilestoneKind::notice_sent);
    write_period("tenderPeriod", published, moment_of(kase_, MilestoneKind::tender_deadline));
    write_period("enquiryPeriod", published,
                 moment_of(kase_, MilestoneKind::clarification_deadline));
    // OCDS counts the parties who sent tenders, not the tenders.
    const std::optional<long long> tenderers =
        evaluated()                ? std::optional<long long>(tenderers_.size())
        : records.tenders_received ? std::optional<long long>(*records.tenders_received)
                                   : std::nullopt;
    if (tenderers) {
      j_.key("numberOfTenderers");
      j_.number(*tenderers);
    }
    if (!tenderers_.empty()) {
      j_.key("tenderers");
      j_.begin_array();
      for (const auto& [id, name] : tenderers_)
        write_reference(id, name);
      j_.end_array();
    }
    write_tender_milestones();
    write_lots(status);
    j_.end_object();
  }

  void write_tender_milestones() {
    j_.key("milestones");
    j_.begin_array();
    for (const auto& m : kase_.timeline.milestones) {
      const auto due = moment_of(m);
      if (is_planning_milestone(m.kind) || !due)
        continue;
      const std::string title = m.title.empty() ? label(display_key(m.kind)) : text(m.title);
      write_milestone(m.id, title, milestone_type(m.kind), due, std::nullopt, false);
    }
    j_.end_array();
  }

  // An award for each lot with a winner, and its contract once signed.
  void write_award_and_contract(bool contract) {
    const auto& records = kase_.records;
    const auto award_date = records.award_notices_sent
                                ? start_of(*records.award_notices_sent)
                                : moment_of(kase_, MilestoneKind::award_notice);
    j_.key("awards");
    j_.begin_array();
    for (const auto& lot : lots_) {
      const TenderResult* won = winner_of(lot);
      if (won == nullptr)
        continue;
      j_.begin_object();
      j_.field("id", "award-" + lot.id);
      j_.field("status", records.award_notices_sent || contract ? "active" : "pending");
      if (award_date)
        j_.field("date", iso(*award_date));
      if (won->tender->price) {
        j_.key("value");
        write_value(*won->tender->price);
      }
      j_.key("suppliers");
      j_.begin_array();
      write_reference(lot.supplier_id, won->tender->supplier.name);
      j_.end_array();
      j_.key("relatedLots");
      j_.begin_array();
      j_.string(lot.id);
      j_.end_array();
      j_.end_object();
    }
    j_.end_array();
    if (!contract)
      return;
    const auto signed_at = start_of(*records.contract_signed);
    j_.key("contracts");
    j_.begin_array();
    for (const auto& lot : lots_) {
      const TenderResult* won = winner_of(lot);
      if (won == nullptr)
        continue;
      j_.begin_object();
      j_.field("id", "contract-" + lot.id);
      j_.field("awardID", "award-" + lot.id);
      j_.field("status", "active");
      if (won->tender->price) {
        j_.key("value");
        write_value(*won->tender->price);
      }
      if (signed_at)
        j_.field("dateSigned", iso(*signed_at));
      j_.end_object();
    }
    j_.end_array();
  }

  JsonText& j_;
  const Case& kase_;
  const DialogueRecord* dialogue_;
  const std::vector<const Tender*>& earlier_tenders_;
  const OcdsSettings& settings_;
  Lang lang_;
  std::vector<Lot> lots_;
  Parties parties_;
  std::vector<std::pair<std::string, std::string>> tenderers_;  // id and name, once each
};

}  // namespace

bool check_ocid_prefix(std::string_view prefix, Diagnostics& diagnostics) {
  if (prefix.empty()) {
    diagnostics.error("export.ocid-prefix-missing");
    return false;
  }
  constexpr std::string_view start = "ocds-";
  const std::string_view rest =
      prefix.starts_with(start) ? prefix.substr(start.size()) : std::string_view();
  const bool ok = rest.size() == 6 && std::all_of(rest.begin(), rest.end(), [](char c) {
                    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
                  });
  if (!ok)
    diagnostics.error("export.ocid-prefix-invalid", {{"value", std::string(prefix)}});
  return ok;
}

std::string ocds_ocid(std::string_view prefix, const Case& kase) {
  return std::string(prefix) + "-" + kase.reference;
}

std::string ocds_release_line(const OcdsSource& source, const OcdsSettings& settings) {
  std::string out;
  JsonText json(out, JsonLayout::one_line);
  ReleaseWriter(json, source, settings).write();
  out += '\n';
  return out;
}

// The package's releases are the items of an array this deep: the
// package's object, its "releases".
constexpr std::size_t package_release_depth = 2;

std::string ocds_package_head(const OcdsSettings& settings) {
  std::string out;
  JsonText json(out, JsonLayout::indented);
  json.begin_object();
  json.field("version", "1.1");
  json.field("publishedDate", iso(settings.published));
  json.key("extensions");
  json.begin_array();
  json.string(lots_extension);
  json.string(scale_extension);
  json.end_array();
  json.key("releases");
  json.begin_array();
  return out;
}

std::string ocds_package_release(const OcdsSource& source, const OcdsSettings& settings,
                                 std::size_t index) {
  std::string out;
  JsonText json(out, JsonLayout::indented);
  json.continue_array(package_release_depth, index > 0);
  ReleaseWriter(json, source, settings).write();
  return out;
}

std::string ocds_package_end(std::size_t releases) {
  std::string out;
  JsonText json(out, JsonLayout::indented);
  json.continue_array(package_release_depth, releases > 0);
  json.end_array();
  json.end_object();
  out += '\n';
  return out;
}

}  // namespace procure
