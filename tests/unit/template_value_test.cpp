#include <doctest/doctest.h>

#include "procure/documents/template_value.hpp"

using namespace procure;

TEST_CASE("template values: JSON taken over and given back, numbers as the text JSON writes") {
  const auto json = nlohmann::json::parse(R"({
    "title": "Kontorrekvisita", "has_lots": false, "none": null, "count": 12, "share": 0.5,
    "lots": [{"id": "1", "names": ["a", "b"]}, {"id": "2", "names": []}]
  })");
  const TemplateValue value = TemplateValue::from_json(json);
  CHECK(value.field("title")->text() == "Kontorrekvisita");
  CHECK(*value.field("has_lots")->flag() == false);
  CHECK(value.field("none")->is_null());
  CHECK(value.field("count")->text() == "12");
  CHECK(value.field("share")->text() == "0.5");
  CHECK(value.field("missing") == nullptr);
  CHECK(value.field("lots")->field("id") == nullptr);  // a list has no fields
  REQUIRE(value.field("lots")->items()->size() == 2u);
  CHECK(value.field("lots")->items()->front().field("names")->items()->size() == 2u);
  // The record, its 6 fields, 2 lots with 2 fields each, 2 names.
  CHECK(value.count() == 1 + 6 + 2 + 4 + 2);

  nlohmann::json back = json;
  back["count"] = "12";
  back["share"] = "0.5";
  CHECK(value.to_json() == back);
}

TEST_CASE("template values: a record's field is set once by name; borrowed text reads as text") {
  const std::string reason = "Godt beskrevet <b>metode</b>";
  TemplateValue record = TemplateValue::record();
  record.set("score", "4");
  record.set("reason", TemplateValue::borrowed(reason));
  record.set("score", "5");
  REQUIRE(record.fields()->names.size() == 2u);
  CHECK(record.field("score")->text() == "5");
  CHECK(record.field("reason")->is_text());
  CHECK(record.field("reason")->text().data() == reason.data());
  CHECK(record.to_json() == nlohmann::json{{"reason", reason}, {"score", "5"}});

  TemplateValue list = TemplateValue::list();
  list.push(std::move(record)).set("flagged", true);
  CHECK(*list.items()->front().field("flagged")->flag());
  CHECK_FALSE(list.is_text());
  CHECK(list.text().empty());
  CHECK_THROWS_AS(list.set("name", "x"), std::logic_error);
  CHECK_THROWS_AS(TemplateValue("text").push(true), std::logic_error);
}
