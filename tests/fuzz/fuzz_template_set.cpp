// Fuzz target for the template scanner and strict renderer: the input is a
// user's template (which may include a fixed partial, or itself). It must
// render or be refused with diagnostics inside the template, never crash or
// throw; a refusal gives no text, a success reports no error; and the text is
// bounded by the template's size (every list in the data has one item, so no
// section multiplies).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "procure/documents/escaping.hpp"
#include "procure/documents/template_set.hpp"

namespace {

using procure::fuzz::expect;

const std::filesystem::path& folder() {
  static const std::filesystem::path path = [] {
    const auto p = procure::fuzz::scratch_folder() / "templates";
    procure::fuzz::write_file(p / "nb" / "part.md.mustache", "[{{tender.id}}: {{name}}]\n");
    return p;
  }();
  return path;
}

const nlohmann::json& data() {
  static const nlohmann::json value = {
      {"name", "Fjord & Lys <AS> *1*"},
      {"flag", true},
      {"none", false},
      {"items", nlohmann::json::array({{{"x", "a_b | c"}, {"flag", false}}})},
      {"tender", {{"id", "t1"}, {"price", "NOK 1 000"}}},
  };
  return value;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data_bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data_bytes), size);
  procure::fuzz::write_file(folder() / "nb" / "fuzz.md.mustache", text);

  procure::TemplateSet templates({{folder(), "templates"}}, procure::Lang::nb);
  procure::Diagnostics diagnostics;
  const auto rendered =
      templates.render("fuzz", data(), procure::append_markdown_escaped, diagnostics);
  expect(rendered.has_value() == !diagnostics.has_errors(),
         "a template renders exactly when nothing is wrong with it");
  if (rendered)
    expect(rendered->size() <= 16 * (text.size() + 64), "the text is bounded by the template");
  procure::fuzz::expect_within(diagnostics, "templates/nb/fuzz.md.mustache", text);
  return 0;
}
