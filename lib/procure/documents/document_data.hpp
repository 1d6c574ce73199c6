#pragma once
// Internal to the documents layer: the data builders and what they share.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "procure/core/localized_text.hpp"
#include "procure/documents/document_kind.hpp"
#include "procure/documents/template_value.hpp"

namespace procure::documents_detail {

// A text of the library catalog (display names, document labels).
std::string label(Lang lang, std::string_view key, const MessageArgs& args = {});

// The rule a catalog entry rests on ("FOA § 24-2"), or empty.
std::string rule_of(std::string_view code);

// A document label that reads differently in a prize competition ("the
// application received first") has a ".prize" variant in the catalog; the
// others read the same in both.
std::string case_label(const Case& kase, Lang lang, std::string_view key,
                       const MessageArgs& args = {});

// Free text as paragraphs (split at blank lines), for {{#x}}...{{/x}}.
nlohmann::json paragraphs(const LocalizedText& text, Lang lang, Lang primary);
nlohmann::json paragraphs(std::string_view text);
// The same as {"first": "...", "more": [...]}, for a text that follows a
// label or stands in a quote: {{#x}}> {{first}}{{#more}}...{{/more}}{{/x}}.
nlohmann::json first_and_more(std::string_view text);

// A case-level text block: `key` as paragraphs and `has_<key>`, so that a
// template gives its standard text where the case has none.
void put_text_block(nlohmann::json& data, const std::string& key, const LocalizedText& text,
                    Lang lang, Lang primary);

// Reports that a document needs a part of case.yaml the case does not have,
// at case.yaml; the data is then empty.
nlohmann::json report_missing_part(const Case& kase, const char* code, std::string_view document,
                                   Diagnostics& diagnostics);

// What every document shows: the buyer, the case, its contacts, the date.
nlohmann::json common_data(const DocumentSources& sources, Lang lang, std::string_view document);

// "Leverandør A" ("Deltaker A" in a prize's dialogue): a participant's name,
// or its anonymised label (the letter follows the order of the participants
// file, so it is the same in every document).
std::string supplier_label(const DocumentSources& sources, Lang lang, const std::string& id);

nlohmann::json build_dialogue_invitation(const DocumentSources& sources, Lang lang,
                                         Diagnostics& diagnostics);
nlohmann::json build_input_request(const DocumentSources& sources, Lang lang,
                                   Diagnostics& diagnostics);
nlohmann::json build_input_summary(const DocumentSources& sources, Lang lang,
                                   Diagnostics& diagnostics);
nlohmann::json build_qa_log(const DocumentSources& sources, Lang lang, Diagnostics& diagnostics);
// The part of the regulation the case falls under: as case.yaml states it,
// or derived from its value on the notice day (derive when it cannot be).
Regime applied_regime(const DocumentSources& sources);

nlohmann::json build_tender_documents(const DocumentSources& sources, Lang lang,
                                      Diagnostics& diagnostics);
nlohmann::json build_evaluation_report(const DocumentSources& sources, Lang lang,
                                       Diagnostics& diagnostics);
std::vector<DocumentFigure> evaluation_report_figures(const DocumentSources& sources, Lang lang);
// The report's scores, a tender at a time: the bulk of its data.
std::vector<DeferredList> evaluation_report_lists(const DocumentSources& sources, Lang lang);
nlohmann::json build_award_notice(const DocumentSources& sources, Lang lang,
                                  Diagnostics& diagnostics);
nlohmann::json build_invitation_to_tender(const DocumentSources& sources, Lang lang,
                                          Diagnostics& diagnostics);
nlohmann::json build_non_selection_notice(const DocumentSources& sources, Lang lang,
                                          Diagnostics& diagnostics);
nlohmann::json build_reduction_notice(const DocumentSources& sources, Lang lang,
                                      Diagnostics& diagnostics);
nlohmann::json build_negotiation_invitation(const DocumentSources& sources, Lang lang,
                                            Diagnostics& diagnostics);
nlohmann::json build_final_tender_invitation(const DocumentSources& sources, Lang lang,
                                             Diagnostics& diagnostics);
nlohmann::json build_negotiation_minutes(const DocumentSources& sources, Lang lang,
                                         Diagnostics& diagnostics);
nlohmann::json build_rejection_letter(const DocumentSources& sources, Lang lang,
                                      Diagnostics& diagnostics);
nlohmann::json build_procurement_record(const DocumentSources& sources, Lang lang,
                                        Diagnostics& diagnostics);

// The award method as published: basis, criteria (numbered 1, 2, 2.1 ...),
// scale, scoring, price model, tie-break rules.
nlohmann::json award_data(const AwardCriteria& award, const Case& c, Lang lang);

// What the award documents share (evaluation_data.cpp).

// The evaluation a document is built from, complete; the tool supplies it
// for every document that needs it, so its absence is a bug.
const CaseEvaluation& case_evaluation(const DocumentSources& sources);

// Problems that stop every award document: a date before the tenders were opened.
void check_award_document(const DocumentSources& sources, std::string_view document,
                          Diagnostics& diagnostics);

// The tender a letter is written to (the tool has checked the id).
const TenderResult& recipient(const DocumentSources& sources);

// A tender as the documents name it: id, supplier, organisation number,
// title, when received (to the second), price. Its texts borrow the
// tender's: the value lives no longer than the tender.
TemplateValue tender_identity(const Tender& tender, Lang lang);

// Each layout node's number as the tender documents number it: "1", "2", "2.1".
std::vector<std::string> criterion_numbers(const CriteriaLayout& layout);

// Whether quality is turned into an adjusted price (then the price criterion has no score).
bool uses_adjusted_price(const Evaluation& evaluation);

// A ranked tender's place: "3", or "3=" when it shares it after every tie-break rule.
std::string rank_shown(const TenderResult& result);

// A ranked tender's result: its total, or under price-quality its adjusted price.
std::string result_shown(const Evaluation& evaluation, const TenderResult& result, Lang lang);

// Which evaluators' reasons a document gives: all of them (the report), or
// the agreed one alone where there is one (a letter: each evaluator's own
// stays in the report).
enum class ReasonsGiven { all, agreed_alone };

// The evaluators' own scores and reasons on a criterion: the consensus first
// (under consensus), then each evaluator by name; as {who, score, reason,
// is_consensus}; the reasons and names borrowed from the scores and the case.
TemplateValue evaluator_reasons(const Case& kase, const CriterionScores* scores, Lang lang,
                                ReasonsGiven given = ReasonsGiven::all);

// A tender's result on a layout node; an empty one where it has none.
const CriterionResult& node_result(const TenderResult& result, std::size_t node);

// A tender's score and weighted points on a layout node as shown: each
// empty where it has none (not scored; the price under price-quality).
struct ShownResult {
  std::string score;
  std::string points;
};
ShownResult shown_result(const Evaluation& evaluation, std::size_t node, const TenderResult& result,
                         Lang lang);

// What every tender's criterion results share: each layout node's number,
// name and share of the total as shown.
struct CriteriaShown {
  std::vector<std::string> numbers;
  std::vector<std::string> names;
  std::vector<std::string> shares;
};
CriteriaShown criteria_shown(const Evaluation& evaluation, Lang lang);

// A row of `rows` for layout node `n`, with room for `fields`: its number,
// name, share, and whether it is a main criterion, the price, a leaf; the
// texts borrowed from `shown`.
TemplateValue& push_criterion_row(TemplateValue& rows, const CriteriaShown& shown,
                                  const CriterionNode& node, std::size_t n, std::size_t fields);

// Per node of the layout: number, name, share, the tender's score and points,
// the evaluators' spread (and whether it is flagged), their reasons. Its
// texts borrow `shown`'s and the evaluation's: it lives no longer than they.
TemplateValue criterion_results(const Evaluation& evaluation, const CriteriaShown& shown,
                                const TenderResult& result, Lang lang);

// The grounds a tender was rejected on, each with its text, the rule it
// rests on, and what the letter explains: the deadline and the time received,
// the requirement and the evaluators' reason, the criterion with its score,
// minimum and reasons.
nlohmann::json rejection_grounds(const Evaluation& evaluation, const TenderResult& result,
                                 Lang lang);

}  // namespace procure::documents_detail
