#include <doctest/doctest.h>

#include <algorithm>

#include "procure/load/case_loader.hpp"
#include "procure/notices/eforms_notice.hpp"
#include "procure/notices/notice_identity.hpp"
#include "procure/text/xml_writer.hpp"
#include "rule_test_support.hpp"
#include "test_support.hpp"

using namespace procure;

namespace {

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

constexpr std::string_view small_case = R"(format: procure-case/1
languages: [nb]
reference: "2025/9"
title:
  nb: "Vask <b>&amp;</b> \"rens\""
buyer:
  name: Testvik kommune
  organisation_number: "123456769"
  kind: other
  legal_type: local-authority
  address: Torget 2, 0150 Oslo
contacts:
  - id: innkjop
    name: Ola
    email: post@testvik.example
scope:
  nb: Vask av arbeidsklær.
estimated_value: NOK 1 500 000
cpv: [98311000-6]
procedure: national-open
submission_url: https://konkurranse.example/testvik/2025-9
timeline:
  notice_sent: 2025-02-03
  tender_deadline: 2025-03-10 12:00
award:
  basis: best-price-quality
  price_model: linear
  criteria:
    - id: pris
      kind: price
      name: {nb: Pris}
      weight: 40 %
    - id: kvalitet
      name: {nb: Kvalitet}
      weight: 60 %
      criteria:
        - {id: plan, name: {nb: Plan}, weight: 50 %, climate_and_environment: true}
        - {id: team, name: {nb: Team}, weight: 50 %}
)";

NoticeRequest contract_notice() {
  NoticeRequest request;
  request.kind = NoticeKind::cn;
  request.regime = Regime::part_2;
  request.issued = *DateTime::parse("2025-02-03 09:00");
  return request;
}

}  // namespace

TEST_CASE("xml escaping: text is character data, never markup") {
  CHECK(xml_escaped("<b>Fjord & Lys</b>") == "&lt;b&gt;Fjord &amp; Lys&lt;/b&gt;");
  CHECK(xml_escaped("\"a\" 'b'") == "&quot;a&quot; &apos;b&apos;");
  CHECK(xml_escaped("]]>") == "]]&gt;");
  CHECK(xml_escaped("æøå\ttab\nline") == "æøå\ttab\nline");
  // XML 1.0 has no way to write most control characters: they become U+FFFD.
  CHECK(xml_escaped(std::string("a\x1b[31mb\x01", 8)) == "a\xEF\xBF\xBD[31mb\xEF\xBF\xBD");
  // Nor does a winner's name reach a published notice with a control or a
  // bidirectional override that would make it read as something else.
  CHECK(xml_escaped("Fjell \u202EKON\u202C\x7F\u0085") == "Fjell \uFFFDKON\uFFFD\uFFFD\uFFFD");
  CHECK(xml_escaped("Fjord \u2013 \u00A0\u00E6") == "Fjord \u2013 \u00A0\u00E6");
}

TEST_CASE("xml writer: nested elements and attributes, all escaped") {
  XmlWriter w;
  w.open("Root", {{"xmlns", "urn:x"}});
  w.leaf("cbc:Name", "A & B", {{"languageID", "N\"O"}});
  const std::string xml = w.finish();
  CHECK(xml ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Root xmlns=\"urn:x\">\n"
        "\t<cbc:Name languageID=\"N&quot;O\">A &amp; B</cbc:Name>\n</Root>\n");
}

TEST_CASE("derived uuid: the same name gives the same version-4 UUID, another name another") {
  const auto a = derived_uuid("procure:notice:18/1234:cn");
  CHECK(a == derived_uuid("procure:notice:18/1234:cn"));
  CHECK(a != derived_uuid("procure:notice:18/1234:can"));
  REQUIRE(a.size() == 36);
  CHECK(a[14] == '4');
  CHECK(std::string_view("89ab").find(a[19]) != std::string_view::npos);
  CHECK(notice_version_text(1) == "01");
  CHECK(notice_version_text(12) == "12");
}

TEST_CASE("contract notice: national form, escaped title, leaf weights as shares of the total") {
  auto loaded = load_case_text("case.yaml", std::string(small_case));
  REQUIRE(loaded.ok());
  Diagnostics diagnostics;
  const auto notice = write_notice(loaded.value, contract_notice(), diagnostics);
  REQUIRE(notice);
  CHECK(notice->subtype == "E3");
  CHECK(notice->version == 1);
  CHECK_FALSE(notice->changes_version);
  CHECK(contains(notice->xml, "Vask &lt;b&gt;&amp;amp;&lt;/b&gt; &quot;rens&quot;"));
  CHECK_FALSE(contains(notice->xml, "<b>"));
  CHECK(contains(notice->xml, "<efbc:ParameterNumeric>40</efbc:ParameterNumeric>"));
  CHECK(contains(notice->xml, "<efbc:ParameterNumeric>30</efbc:ParameterNumeric>"));
  CHECK(contains(notice->xml, "<cbc:EndDate>2025-03-10+01:00</cbc:EndDate>"));
  CHECK(contains(notice->xml, "<cbc:EndTime>12:00:00+01:00</cbc:EndTime>"));
  CHECK(contains(notice->xml, "listName=\"nuts\">NO081<"));
  CHECK(contains(notice->xml, "#extended#urn:fdc:anskaffelser.no:2026:eforms:national-e<"));
  // FOA § 7-9 in DFØ's codes: the marked criterion (30 % of the total), and
  // the lot taken as reducing environmental impact.
  CHECK(contains(notice->xml, ">quality-nor-env-criteria</cbc:AwardingCriterionTypeCode>"));
  CHECK(contains(notice->xml, "listName=\"strategic-procurement\">env-imp<"));
  CHECK(contains(notice->xml, "<cbc:EndpointID>https://konkurranse.example/testvik/2025-9<"));
}

TEST_CASE(
    "contract notice: a national notice for Doffin says how it meets FOA § 7-9, or none is "
    "written") {
  auto loaded = load_case_text("case.yaml", std::string(small_case));
  REQUIRE(loaded.ok());
  auto& award = *loaded.value.award;
  award.criteria[1].children[0].climate_and_environment = false;
  Diagnostics diagnostics;
  CHECK_FALSE(write_notice(loaded.value, contract_notice(), diagnostics));
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].code == "notice.climate-rule-not-met");
  CHECK(test::arg(diagnostics.items()[0], "key") == "award.climate_and_environment");

  // Another way stated: a criterion of weight 0 with DFØ's code and the reason.
  award.climate_and_environment = ClimateStatement{ClimateMeasure::national_minimum, {}, {}};
  award.climate_and_environment->reason.set(Lang::nb, "Standardiserte minstekrav gjelder.");
  Diagnostics stated;
  const auto notice = write_notice(loaded.value, contract_notice(), stated);
  REQUIRE(notice);
  CHECK(contains(notice->xml, ">quality-nor-env-exempt-national-minimum<"));
  CHECK(contains(notice->xml, ">Standardiserte minstekrav gjelder.</cbc:Description>"));
  CHECK(contains(notice->xml, "<efbc:ParameterNumeric>0</efbc:ParameterNumeric>"));

  // The plain eForms form has no DFØ codes, and asks nothing of the rule.
  award.climate_and_environment.reset();
  auto plain = contract_notice();
  plain.doffin_customization = false;
  Diagnostics eforms;
  const auto plain_notice = write_notice(loaded.value, plain, eforms);
  REQUIRE(plain_notice);
  CHECK_FALSE(contains(plain_notice->xml, "quality-nor-env"));
  CHECK_FALSE(contains(plain_notice->xml, "env-imp"));
}

TEST_CASE(
    "contract notice: the content fingerprint ignores the day; a recorded other content "
    "gives a change notice") {
  auto loaded = load_case_text("case.yaml", std::string(small_case));
  REQUIRE(loaded.ok());
  Diagnostics diagnostics;
  auto request = contract_notice();
  const auto first = write_notice(loaded.value, request, diagnostics);
  request.issued = *DateTime::parse("2025-02-05 10:00");
  const auto later = write_notice(loaded.value, request, diagnostics);
  REQUIRE(first);
  REQUIRE(later);
  CHECK(first->content == later->content);
  CHECK(first->id == later->id);

  loaded.value.records.notices.push_back({NoticeKind::cn, 1, std::nullopt, first->content, {}});
  const auto same = write_notice(loaded.value, request, diagnostics);
  REQUIRE(same);
  CHECK(same->version == 1);
  CHECK_FALSE(same->changes_version);

  loaded.value.records.notices.back().content = "0000000000000000";
  const auto changed = write_notice(loaded.value, request, diagnostics);
  REQUIRE(changed);
  CHECK(changed->version == 2);
  CHECK(changed->changes_version == 1);
  CHECK(changed->id == first->id);
  CHECK(contains(changed->xml, "<efbc:ChangedNoticeIdentifier>" + first->id + "-01<"));
  CHECK(contains(changed->xml, "<cbc:VersionID>02</cbc:VersionID>"));
}

TEST_CASE("contract notice: missing data is a diagnostic naming the business term, no notice") {
  auto loaded = load_case_text("case.yaml", std::string(small_case));
  REQUIRE(loaded.ok());
  loaded.value.cpv.clear();
  Diagnostics diagnostics;
  CHECK_FALSE(write_notice(loaded.value, contract_notice(), diagnostics));
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].code == "notice.missing-term");
  CHECK(test::arg(diagnostics.items()[0], "bt") == "BT-262");
  CHECK(test::arg(diagnostics.items()[0], "key") == "cpv");
}

namespace {

// The small case above the EEA threshold (part III on its notice day), in
// two lots that share its award criteria.
std::string eu_case_in_lots() {
  std::string text(small_case);
  const auto replace = [&text](std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  replace("estimated_value: NOK 1 500 000", "estimated_value: NOK 3 000 000");
  replace("procedure: national-open", "procedure: open");
  return text + R"(lots:
  list:
    - {id: a, title: {nb: Første}}
    - {id: b, title: {nb: Andre}}
)";
}

std::size_t count_with(const Diagnostics& diagnostics, std::string_view code, std::string_view bt) {
  return static_cast<std::size_t>(std::count_if(
      diagnostics.items().begin(), diagnostics.items().end(),
      [&](const Diagnostic& d) { return d.code == code && test::arg(d, "bt") == bt; }));
}

}  // namespace

TEST_CASE("contract notice in lots: the case's criteria, shared by the lots, have a problem once") {
  const auto loaded = load_case_text("case.yaml", eu_case_in_lots());
  REQUIRE(loaded.ok());
  NoticeRequest request = contract_notice();
  request.regime = Regime::part_3;  // in English, the Bokmål texts lack it
  Diagnostics diagnostics;
  CHECK_FALSE(write_notice(loaded.value, request, diagnostics));
  // Three leaf criteria, each named once; each lot's own title its own.
  CHECK(count_with(diagnostics, "notice.text-missing", "BT-734") == 3);
  CHECK(count_with(diagnostics, "notice.text-missing", "BT-21") == 3);
}

TEST_CASE("notice texts needed: what the contract notice would lack, as warnings at the texts") {
  const auto loaded = load_case_text("case.yaml", eu_case_in_lots());
  REQUIRE(loaded.ok());
  const Diagnostics needed = notice_texts_needed(loaded.value, test::shipped_rules());
  CHECK(needed.error_count() == 0);
  // title, scope, two lots' titles, three criteria: as write_notice finds them.
  CHECK(count_with(needed, "notice.text-needed", "BT-21") == 3);
  CHECK(count_with(needed, "notice.text-needed", "BT-24") == 1);
  CHECK(count_with(needed, "notice.text-needed", "BT-734") == 3);
  REQUIRE_FALSE(needed.empty());
  const Diagnostic& first = needed.items().front();
  CHECK(first.severity == Severity::warning);
  CHECK(test::arg(first, "key") == "title");
  CHECK(test::arg(first, "language") == "en");
  CHECK(test::arg(first, "languages") == "en, nb");
  CHECK(test::arg(first, "notice") == "cn");
  REQUIRE(first.where);
  CHECK(first.where->line == 5);

  // Below the threshold the national notice is in the case's Norwegian, which it has.
  const auto national = load_case_text("case.yaml", std::string(small_case));
  REQUIRE(national.ok());
  CHECK(notice_texts_needed(national.value, test::shipped_rules()).empty());
}
