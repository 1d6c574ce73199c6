// Import mappings for e-tendering exports: the declared formats of times and
// amounts, and the mapping file (bids/import.yaml).
#include <doctest/doctest.h>

#include <algorithm>

#include "procure/evaluation/export_formats.hpp"
#include "procure/evaluation/import_mapping.hpp"
#include "test_support.hpp"

using namespace procure;
using procure::test::codes;

namespace {

bool has(const std::vector<std::string>& all, std::string_view code) {
  return std::find(all.begin(), all.end(), code) != all.end();
}

constexpr std::string_view own_tables[] = {"tenders.csv", "price-schedule.csv", "answers.csv"};

// The mapping `text`, read as bids/import.yaml of `dir`.
ImportMapping read_mapping(const test::TempDir& dir, std::string_view text,
                           Diagnostics& diagnostics) {
  dir.write("bids/import.yaml", text);
  return read_import_mapping(dir.path / "bids/import.yaml", "bids/import.yaml", diagnostics,
                             Lang::nb, own_tables);
}

}  // namespace

TEST_CASE("time format: fields by pattern, day first, month and minute told apart by case") {
  const auto format = TimeFormat::parse("dd.mm.yyyy HH:MM");
  REQUIRE(format);
  CHECK(format->to_iso("03.06.2027 11:58") == "2027-06-03 11:58");
  CHECK(format->to_iso(" 03.06.2027 11:58 ") == "2027-06-03 11:58");
  CHECK_FALSE(format->to_iso("3.6.2027 11:58"));       // dd takes two digits
  CHECK_FALSE(format->to_iso("03.06.2027 11:58:07"));  // no seconds declared
  CHECK_FALSE(format->to_iso("2027-06-03 11:58"));
  CHECK_FALSE(format->to_iso("03.06.2027"));

  const auto loose = TimeFormat::parse("d/m/yyyy H:MM:SS");
  REQUIRE(loose);
  CHECK(loose->to_iso("3/6/2027 9:05:07") == "2027-06-03 09:05:07");
  CHECK(loose->to_iso("13/12/2027 23:05:07") == "2027-12-13 23:05:07");
  CHECK_FALSE(loose->to_iso("133/12/2027 23:05:07"));

  const auto us = TimeFormat::parse("mm/dd/yyyy HH:MM");
  REQUIRE(us);
  CHECK(us->to_iso("06/03/2027 11:58") == "2027-06-03 11:58");

  CHECK_FALSE(TimeFormat::parse("dd.mm.yyyy"));            // no time: a receipt needs it
  CHECK_FALSE(TimeFormat::parse("dd.mm.yy HH:MM"));        // yy is no field
  CHECK_FALSE(TimeFormat::parse("dd.mm.yyyy HH:mm"));      // the month twice
  CHECK_FALSE(TimeFormat::parse("dd.mm.yyyy kl. HH:MM"));  // letters are fields, not text
  CHECK_FALSE(TimeFormat::parse("dm.yyyy HH:MM"));         // d and m side by side: ambiguous
  CHECK_FALSE(TimeFormat::parse("dd.mm.yyyy\xC2\xA0HH:MM"));
}

TEST_CASE("amount format: decimal mark, thousands separator and currency text as declared") {
  AmountFormat norwegian{',', AmountFormat::Thousands::space, "kr"};
  CHECK(norwegian.to_amount("kr 1 234 567,00", "NOK") == "NOK 1234567.00");
  CHECK(norwegian.to_amount("1 234 567,00 kr", "NOK") == "NOK 1234567.00");
  CHECK(norwegian.to_amount("kr\xC2\xA0"
                            "1\xC2\xA0"
                            "234,5",
                            "NOK") == "NOK 1234.5");
  CHECK(norwegian.to_amount("1\xE2\x80\xAF"
                            "234",
                            "NOK") == "NOK 1234");
  CHECK(norwegian.to_amount("1234567,00", "NOK") == "NOK 1234567.00");
  CHECK(norwegian.to_amount("-5,00", "NOK") == "NOK -5.00");
  CHECK_FALSE(norwegian.to_amount("1.234.567,00", "NOK"));
  CHECK_FALSE(norwegian.to_amount("1 234 567.00", "NOK"));  // a point is no decimal mark here
  CHECK_FALSE(norwegian.to_amount("12 34 567,00", "NOK"));  // groups of three
  CHECK_FALSE(norwegian.to_amount("1 2345,00", "NOK"));
  CHECK_FALSE(norwegian.to_amount("NOK 1 234,00", "NOK"));  // other currency text
  CHECK_FALSE(norwegian.to_amount("kr ", "NOK"));
  CHECK_FALSE(norwegian.to_amount("1 234,", "NOK"));

  AmountFormat english{'.', AmountFormat::Thousands::comma, ""};
  CHECK(english.to_amount("1,234,567.89", "EUR") == "EUR 1234567.89");
  CHECK_FALSE(english.to_amount("1 234 567.89", "EUR"));
  CHECK(english.example() == "1,234,567.89");
  CHECK(norwegian.example() == "kr 1 234 567,89");
  CHECK(AmountFormat{',', AmountFormat::Thousands::none, ""}.example() == "1234567,89");

  AmountFormat dotted{',', AmountFormat::Thousands::dot, "NOK"};
  CHECK(dotted.to_amount("NOK 1.234.567,89", "NOK") == "NOK 1234567.89");
  CHECK_FALSE(dotted.to_amount("NOK 1,234,567.89", "NOK"));
}

TEST_CASE("import mapping: columns, formats, ignored columns") {
  test::TempDir dir;
  dir.write("bids/export.csv", "x\n");
  Diagnostics diagnostics;
  const auto mapping =
      read_mapping(dir,
                   "file: export.csv\n"
                   "columns:\n"
                   "  id: Nr.\n"
                   "  supplier: Leverandør\n"
                   "  received: {column: Levert, format: dd.mm.yyyy HH:MM}\n"
                   "  price: {column: Totalpris, decimal: comma, thousands: space, currency: kr}\n"
                   "ignore: [Status]\n",
                   diagnostics);
  CHECK(diagnostics.empty());
  CHECK(mapping.usable);
  CHECK(mapping.file == "export.csv");
  REQUIRE(mapping.supplier);
  CHECK(mapping.supplier->column == "Leverandør");
  CHECK(mapping.supplier->where.line == 4);
  REQUIRE(mapping.received);
  REQUIRE(mapping.received->time);
  CHECK(mapping.received->format_shown == "dd.mm.yyyy HH:MM");
  REQUIRE(mapping.price);
  REQUIRE(mapping.price->amount);
  CHECK(mapping.price->format_shown == "kr 1 234 567,89");
  CHECK_FALSE(mapping.organisation_number);
  CHECK(mapping.ignore == std::vector<std::string>{"Status"});
}

TEST_CASE("import mapping: every problem in one pass, at its place") {
  test::TempDir dir;
  Diagnostics diagnostics;
  const auto mapping =
      read_mapping(dir,
                   "file: tenders.csv\n"
                   "columns:\n"
                   "  supplier: Leverandør\n"
                   "  recieved: Levert\n"
                   "  price: {column: Totalpris, decimal: comma, thousands: comma}\n"
                   "ignore: [Status]\n",
                   diagnostics);
  CHECK_FALSE(mapping.usable);
  CHECK(mapping.file == "tenders.csv");  // named, so that it is not reported as unread too
  const auto found = codes(diagnostics);
  CHECK(has(found, "import.bad-export-name"));
  CHECK(has(found, "import.unmapped-field"));  // id and received
  CHECK(std::count(found.begin(), found.end(), "import.unmapped-field") == 2);
  CHECK(has(found, "import.same-separator"));
  CHECK(has(found, "key.unknown-suggest"));  // recieved: did you mean received?
}

TEST_CASE("import mapping: an export that is not there") {
  test::TempDir dir;
  Diagnostics diagnostics;
  const auto mapping = read_mapping(dir,
                                    "file: eksport.csv\n"
                                    "columns: {id: Nr., supplier: Navn, received: Levert}\n",
                                    diagnostics);
  CHECK_FALSE(mapping.usable);
  CHECK(codes(diagnostics) == std::vector<std::string>{"import.no-export"});
}
