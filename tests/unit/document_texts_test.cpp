#include <doctest/doctest.h>

#include <vector>

#include "procure/load/case_loader.hpp"
#include "procure/load/unfilled_values.hpp"
#include "test_support.hpp"

using namespace procure;
using test::arg;
using test::codes;

namespace {

const char* const base = R"(format: procure-case/1
languages: [nb, en]
reference: "R-1"
title: {nb: Ny anskaffelse, en: New procurement}
buyer:
  name: Navn på oppdragsgiver
  organisation_number: "123456785"
  kind: other
procedure: open
evaluators:
  - id: a
    name: Fornavn Etternavn
)";

}  // namespace

TEST_CASE("tender_terms and procurement_record: text blocks, annexes and dated decisions") {
  const auto load = load_case_text("case.yaml", std::string(base) + R"(tender_terms:
  contract: {nb: SSA-B, en: SSA-B terms}
  annexes: [Prisskjema, {nb: Kontrakt, en: Contract}]
procurement_record:
  conflicts_of_interest: Ingen.
  decisions:
    - {date: 2018-02-15, decision: Åpen anbudskonkurranse valgt.}
    - {date: 2018-03-01, decision: Kriteriene fastsatt.}
)");
  REQUIRE(load.ok());
  const Case& c = load.value;
  CHECK(c.tender_terms.contract.in(Lang::en, Lang::nb) == "SSA-B terms");
  CHECK(c.tender_terms.language.empty());
  REQUIRE(c.tender_terms.annexes.size() == 2);
  CHECK(c.tender_terms.annexes[1].in(Lang::nb, Lang::nb) == "Kontrakt");
  CHECK(c.record_notes.conflicts_of_interest.in(Lang::nb, Lang::nb) == "Ingen.");
  REQUIRE(c.record_notes.decisions.size() == 2);
  CHECK(c.record_notes.decisions[0].date.iso() == "2018-02-15");
}

TEST_CASE("procurement_record: a decision without a valid date or text is reported, not kept") {
  const auto load = load_case_text("case.yaml", std::string(base) + R"(procurement_record:
  decisions:
    - {date: 2018-02-30, decision: Valgt.}
    - {date: 2018-03-01}
)");
  CHECK(!load.ok());
  CHECK(load.value.record_notes.decisions.empty());
  CHECK(codes(load.diagnostics) == std::vector<std::string>{"date.no-such-day", "key.missing"});
}

TEST_CASE("unfilled values: each value still as the blank has it, and none of a filled-in case") {
  const auto blank = load_case_text("blank.yaml", base);
  REQUIRE(blank.ok());
  const std::vector<Case> blanks{blank.value};
  const auto same = load_case_text("case.yaml", base);
  const Diagnostics found = find_unfilled_values(same.value, blanks);
  CHECK(codes(found) == std::vector<std::string>{"case.template-value", "case.template-value",
                                                 "case.template-value", "case.template-value"});
  CHECK(arg(found.items()[0], "key") == "title");
  CHECK(found.items()[0].where->line == 4);

  std::string filled(base);
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"Ny anskaffelse", "Rammeavtale om renhold"},
        {"New procurement", "Framework agreement for cleaning"},
        {"Navn på oppdragsgiver", "Eksempel kommune"},
        {"123456785", "972417858"},
        {"Fornavn Etternavn", "Eva Evaluator"}})
    filled.replace(filled.find(from), from.size(), to);
  const auto own = load_case_text("case.yaml", filled);
  REQUIRE(own.ok());
  CHECK(find_unfilled_values(own.value, blanks).empty());
}

TEST_CASE("unfilled values: at the value itself, not at its list item or its text map") {
  const char* const with_contact = R"(format: procure-case/1
languages: [nb, en]
reference: "R-1"
title: {nb: Rammeavtale om renhold, en: New procurement}
buyer: {name: Eksempel kommune, kind: other}
procedure: open
contacts:
  - id: innkjop
    name: Kari Innkjøp
    phone: "+47 22 00 00 00"
evaluators:
  - id: a
    name: Fornavn Etternavn
)";
  const auto blank = load_case_text("blank.yaml", base);
  REQUIRE(blank.ok());
  auto blank_with_contact = blank.value;
  blank_with_contact.contacts.push_back(
      {"x", "Navn", {}, "post@example.no", "+47 22 00 00 00", {}});
  const std::vector<Case> blanks{blank_with_contact};
  const auto load = load_case_text("case.yaml", with_contact);
  REQUIRE(load.ok());
  const Diagnostics found = find_unfilled_values(load.value, blanks);
  REQUIRE(found.items().size() == 3);
  // The English title, in its map: line 4, at "New procurement".
  CHECK(arg(found.items()[0], "key") == "title");
  CHECK(arg(found.items()[0], "value") == "New procurement");
  CHECK(found.items()[0].where->line == 4);
  CHECK(found.items()[0].where->column == 41);
  CHECK(arg(found.items()[1], "key") == "contacts[0].phone");
  CHECK(found.items()[1].where->line == 10);
  CHECK(found.items()[1].where->column == 12);
  CHECK(arg(found.items()[2], "key") == "evaluators[0].name");
  CHECK(found.items()[2].where->line == 13);
  CHECK(found.items()[2].where->column == 11);
}
