// The OCDS export's parts that the golden tests and the schema test do not
// pin down one by one: the JSON writer's exact numbers and layouts (and an
// array's items written apart, as procure-score rank --json does), the
// ocid prefix's form, and that a release is the same for the same case.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "procure/export/ocds_release.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/text/json_text.hpp"
#include "test_support.hpp"

using namespace procure;

TEST_CASE("JsonText writes decimals exactly, indented or on one line") {
  const auto amount = Decimal::parse("12345678901234567.05");
  REQUIRE(amount);
  std::string compact;
  JsonText line(compact, JsonLayout::one_line);
  line.begin_object();
  line.key("amount");
  line.number(*amount);
  line.field("empty", "");
  line.field("name", "A\x1b[2J\xe2\x80\xae");
  line.end_object();
  // Beyond a double's 15-17 digits, and the escape and the override made inert.
  CHECK(compact == "{\"amount\":12345678901234567.05,\"name\":\"A\\u001b[2J\\u202e\"}");

  std::string indented;
  JsonText page(indented, JsonLayout::indented);
  page.begin_array();
  page.number(7);
  page.begin_object();
  page.end_object();
  page.end_array();
  CHECK(indented == "[\n  7,\n  {}\n]");
}

TEST_CASE("An array's items written by other writers and appended read as if written in one") {
  // The items of the document's ["list"] written as one writer writes them ...
  const auto write_item = [](JsonText& w, int n) {
    w.begin_object();
    w.key("n");
    w.number(n);
    w.end_object();
  };
  for (const JsonLayout layout : {JsonLayout::indented, JsonLayout::one_line}) {
    for (const int count : {0, 1, 5}) {
      CAPTURE(count);
      std::string whole;
      JsonText one(whole, layout);
      one.begin_object();
      one.key("list");
      one.begin_array();
      for (int n = 0; n < count; ++n)
        write_item(one, n);
      one.end_array();
      one.end_object();

      // ... and each by a writer of its own, then taken up again by the first.
      std::string parts;
      JsonText first(parts, layout);
      first.begin_object();
      first.key("list");
      first.begin_array();
      const std::size_t depth = first.depth();
      for (int n = 0; n < count; ++n) {
        std::string item;
        JsonText apart(item, layout);
        apart.continue_array(depth, n > 0);
        write_item(apart, n);
        parts += item;
      }
      first.continue_array(depth, count > 0);
      first.end_array();
      first.end_object();
      CHECK(parts == whole);
    }
  }
}

TEST_CASE("A string given in parts is written as the string whole, wherever it is cut") {
  // Escapes, Norwegian letters, an emoji, and characters made inert (an
  // override, a line separator, an escape sequence), each whole in a part.
  const std::string text =
      "{\"name\": \"Bj\xc3\xb8rk \\ "
      "\xf0\x9f\x8c\xb2\"}\n\x1b[2J\xe2\x80\xae\xe2\x80\xa8\x01\tslutt";
  std::vector<std::size_t> boundaries;  // where a character begins
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      boundaries.push_back(i);
  }
  for (const JsonLayout layout : {JsonLayout::indented, JsonLayout::one_line}) {
    std::string whole;
    JsonText one(whole, layout);
    one.begin_array();
    one.number(1);
    one.string(text);
    one.end_array();
    // Cut in three at every two places a character begins, empty parts among them.
    for (const std::size_t first : boundaries) {
      for (const std::size_t second : boundaries) {
        if (second < first)
          continue;
        const std::vector<std::string> parts{
            text.substr(0, first), text.substr(first, second - first), text.substr(second)};
        std::string cut;
        JsonText apart(cut, layout);
        apart.begin_array();
        apart.number(1);
        apart.string_in_parts(parts);
        apart.end_array();
        CAPTURE(first);
        CAPTURE(second);
        REQUIRE(cut == whole);
      }
    }
  }
}

TEST_CASE("An ocid prefix is 'ocds-' and six lowercase letters or digits") {
  for (const char* good : {"ocds-abc123", "ocds-000000"}) {
    Diagnostics d;
    CHECK(check_ocid_prefix(good, d));
    CHECK(d.empty());
  }
  for (const char* bad :
       {"ocds-ABC123", "ocds-abc12", "ocds-abc1234", "xxxx-abc123", "ocds_abc123"}) {
    Diagnostics d;
    CHECK_FALSE(check_ocid_prefix(bad, d));
    CHECK(test::codes(d) == std::vector<std::string>{"export.ocid-prefix-invalid"});
  }
  Diagnostics d;
  CHECK_FALSE(check_ocid_prefix("", d));
  CHECK(test::codes(d) == std::vector<std::string>{"export.ocid-prefix-missing"});
}

TEST_CASE("A release is a function of the case: ids and dates from its records") {
  const auto loaded = load_case_text("case.yaml", R"(format: procure-case/1
languages: [en]
reference: "R-7"
title: Office chairs
needs: Chairs.
buyer: {name: Buyer, organisation_number: "972417858", kind: other}
estimated_value: NOK 1 000 000,50
procedure: national-open
timeline:
  tender_deadline: 2030-05-31 12:00
records:
  notice_published: 2030-04-02
)");
  REQUIRE(loaded.ok());
  const OcdsSource source{&loaded.value, nullptr};
  const OcdsSettings first{"ocds-abc123", *parse_instant("2031-01-01T00:00:00Z")};
  const OcdsSettings later{"ocds-abc123", *parse_instant("2032-06-01T00:00:00Z")};
  const std::string line = ocds_release_line(source, first);
  // The publication time does not change a release whose case records a step.
  CHECK(line == ocds_release_line(source, later));
  CHECK(line.find("\"ocid\":\"ocds-abc123-R-7\",\"id\":\"2030-04-02-tender\","
                  "\"date\":\"2030-04-02T00:00:00+02:00\"") != std::string::npos);
  CHECK(line.find("\"value\":{\"amount\":1000000.50,\"currency\":\"NOK\"}") != std::string::npos);
  CHECK(line.find("\"procurementMethod\":\"open\"") != std::string::npos);
  CHECK(line.find("\"status\":\"active\"") != std::string::npos);
  CHECK(line.back() == '\n');
  CHECK(line.find('\n') == line.size() - 1);
}

TEST_CASE("A release package written in parts holds each release as its line does, in order") {
  const auto case_text = [](const char* reference) {
    return std::string("format: procure-case/1\nlanguages: [en]\nreference: \"") + reference +
           "\"\ntitle: Office chairs\nneeds: Chairs.\n"
           "buyer: {name: Buyer, organisation_number: \"972417858\", kind: other}\n"
           "procedure: national-open\ntimeline:\n  tender_deadline: 2030-05-31 12:00\n";
  };
  const auto first = load_case_text("a/case.yaml", case_text("R-1"));
  const auto second = load_case_text("b/case.yaml", case_text("R-2"));
  const auto third = load_case_text("c/case.yaml", case_text("R-3"));
  REQUIRE((first.ok() && second.ok() && third.ok()));
  const std::vector<OcdsSource> sources{
      {&first.value, nullptr}, {&second.value, nullptr}, {&third.value, nullptr}};
  const OcdsSettings settings{"ocds-abc123", *parse_instant("2031-01-01T00:00:00Z")};
  for (std::size_t count = 0; count <= sources.size(); ++count) {
    CAPTURE(count);
    // Made apart and in another order than they are joined, as threads make them.
    std::vector<std::string> releases(count);
    for (std::size_t i = count; i-- > 0;)
      releases[i] = ocds_package_release(sources[i], settings, i);
    std::string text = ocds_package_head(settings);
    for (const auto& release : releases)
      text += release;
    text += ocds_package_end(count);

    const auto package = nlohmann::json::parse(text);
    CHECK(package["publishedDate"] == "2031-01-01T01:00:00+01:00");
    REQUIRE(package["releases"].size() == count);
    for (std::size_t i = 0; i < count; ++i)
      CHECK(package["releases"][i] ==
            nlohmann::json::parse(ocds_release_line(sources[i], settings)));
    CHECK(text.back() == '\n');
    if (count == 0)
      CHECK(text.find("\"releases\": []") != std::string::npos);
  }
}
