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

TEST_CASE("template values: a field found by name whatever the hint, names of any length") {
  // Keys of 1 to 20 bytes, each differing from "aa...a" of its length in
  // one place (the names are compared a word or two at a time).
  nlohmann::json object = nlohmann::json::object();
  for (std::size_t size = 1; size <= 20; ++size) {
    for (std::size_t place = 0; place < size; ++place) {
      std::string key(size, 'a');
      key[place] = 'b';
      object[key] = key;
    }
  }
  const TemplateValue record = TemplateValue::from_json(object);
  const std::size_t fields = record.fields()->names.size();
  for (const auto& [key, value] : object.items()) {
    for (const std::size_t start : {std::size_t{0}, fields / 2, fields - 1, fields, fields + 7}) {
      std::size_t hint = start;
      const TemplateValue* found = record.field(key, hint);
      REQUIRE(found != nullptr);
      CHECK(found->text() == key);
      CHECK(record.fields()->names[hint] == key);
      // Found at once from where it was found.
      CHECK(record.field(key, hint) == found);
    }
  }
  for (std::size_t size = 1; size <= 20; ++size) {
    std::size_t hint = 0;
    CHECK(record.field(std::string(size, 'a'), hint) == nullptr);
    CHECK(record.field(std::string(size, 'c'), hint) == nullptr);
  }
  // A copy's names are the original's keys, kept alive with it.
  const TemplateValue copy = [&] {
    TemplateValue made = TemplateValue::from_json(object);
    return made;
  }();
  CHECK(copy.field("ab")->text() == "ab");
}
