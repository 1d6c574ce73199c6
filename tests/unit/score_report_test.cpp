// procure-score's summary for the terminal: aligned tables, text as it is
// (a terminal runs nothing).
#include <doctest/doctest.h>

#include "score/report_document.hpp"

using namespace procure::cli;

TEST_CASE("text: blocks a blank line apart, tables aligned, text as given") {
  ReportDocument doc;
  doc.heading("Ranking");
  ReportTable t;
  t.headers = {"Tender", "Supplier", "Total"};
  t.rows.push_back({"x", "<script>alert(1)</script>", "7.35"});
  t.rows.push_back({"long-id", "Beta", "10.00"});
  t.right = {2};
  doc.table(t);
  doc.list({"one", "two"});
  const std::string text = render_text(doc);
  CHECK(text.starts_with("Ranking\n\nTender   Supplier"));
  CHECK(text.find("<script>alert(1)</script>   7.35") != std::string::npos);
  CHECK(text.find("\n- one\n- two\n") != std::string::npos);
}
