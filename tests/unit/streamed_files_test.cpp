#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "common/output_file.hpp"
#include "render/streamed_files.hpp"
#include "test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;
using test::entries_in;
using test::read_text;

namespace {

// A text of `size` bytes, its lines numbered, so that a misplaced part shows.
std::string numbered_text(std::size_t size) {
  std::string text;
  for (int line = 0; text.size() < size; ++line)
    text += "Line " + std::to_string(line) + "\n";
  return text;
}

}  // namespace

TEST_CASE("a long output written a part at a time reaches its target whole") {
  const test::TempDir dir;
  const std::string text = numbered_text(3u << 20);  // past the size the disk is started at
  Diagnostics diagnostics;
  cli::OutputFile file(dir.path / "report.html", {}, diagnostics);
  REQUIRE(file.ok());
  for (std::size_t at = 0; at < text.size(); at += 700000)
    file.write(std::string_view(text).substr(at, 700000));
  CHECK(file.commit(diagnostics));
  CHECK(read_text(dir.path / "report.html") == text);
  CHECK(diagnostics.empty());
}

TEST_CASE("a document's Markdown and page go into their files as they are made") {
  const test::TempDir dir;
  // Long enough for the Markdown to be written on a thread of its own.
  const auto markdown = std::make_shared<const std::string>(numbered_text(2u << 20));
  const std::string_view whole(*markdown);
  const std::vector<std::string_view> parts{whole.substr(0, 1000), whole.substr(5000)};
  const std::vector<std::pair<std::string, fs::path>> targets{{"md", dir.path / "r.md"},
                                                              {"html", dir.path / "r.html"}};
  {
    cli::StreamedFiles files(targets, {}, [] { return std::vector<fs::path>{}; });
    CHECK(files.has("md"));
    CHECK_FALSE(files.refused("html"));
    const DocumentOutputs outputs = files.outputs();
    outputs.markdown(markdown, parts);
    outputs.html("<p>");
    outputs.html("x</p>\n");
    Diagnostics diagnostics;
    CHECK(files.finish("md", diagnostics));
    CHECK(files.finish("html", diagnostics));
    CHECK(diagnostics.empty());
  }
  CHECK(read_text(dir.path / "r.md") == std::string(parts[0]) + std::string(parts[1]));
  CHECK(read_text(dir.path / "r.html") == "<p>x</p>\n");
  CHECK(entries_in(dir.path) == 2);

  // Again without --force: the page is refused before the document is made;
  // the Markdown, found to be an input once written, is refused too; their
  // problems come in the order of the formats, and both files stay as they were.
  {
    cli::StreamedFiles files(targets, {}, [&] { return std::vector<fs::path>{dir.path / "r.md"}; });
    CHECK(files.refused("html"));
    const DocumentOutputs outputs = files.outputs();
    CHECK_FALSE(outputs.html);
    Diagnostics diagnostics;
    CHECK_FALSE(files.finish("html", diagnostics));
    CHECK_FALSE(files.finish("md", diagnostics));
    CHECK(test::codes(diagnostics) == std::vector<std::string>{"output.exists", "output.exists"});
  }
  cli::WriteRules forced;
  forced.force = true;
  {
    cli::StreamedFiles files({targets.front()}, forced,
                             [&] { return std::vector<fs::path>{dir.path / "r.md"}; });
    files.outputs().markdown(markdown, {whole});
    Diagnostics diagnostics;
    CHECK_FALSE(files.finish("md", diagnostics));
    CHECK(test::codes(diagnostics) == std::vector<std::string>{"output.is-input"});
  }
  CHECK(read_text(dir.path / "r.md") == std::string(parts[0]) + std::string(parts[1]));
  CHECK(read_text(dir.path / "r.html") == "<p>x</p>\n");
  CHECK(entries_in(dir.path) == 2);
}

TEST_CASE("a document's files are put in place only by finish: one not made leaves none") {
  const test::TempDir dir;
  const auto markdown = std::make_shared<const std::string>(numbered_text(1000));
  const std::vector<std::pair<std::string, fs::path>> targets{{"md", dir.path / "letter.md"},
                                                              {"html", dir.path / "letter.html"}};
  {
    cli::StreamedFiles files(targets, {}, [] { return std::vector<fs::path>{}; });
    const DocumentOutputs outputs = files.outputs();
    outputs.markdown(markdown, {std::string_view(*markdown)});
    outputs.html("<p>x</p>\n");
    files.sync();
    // The letter before this one could not be made: this one is never finished.
  }
  CHECK(entries_in(dir.path) == 0);
  {
    cli::StreamedFiles files(targets, {}, [] { return std::vector<fs::path>{}; });
    const DocumentOutputs outputs = files.outputs();
    outputs.markdown(markdown, {std::string_view(*markdown)});
    outputs.html("<p>x</p>\n");
    files.sync();
    Diagnostics diagnostics;
    CHECK(files.finish("md", diagnostics));
    CHECK(files.finish("html", diagnostics));
  }
  CHECK(read_text(dir.path / "letter.md") == *markdown);
  CHECK(read_text(dir.path / "letter.html") == "<p>x</p>\n");
  CHECK(entries_in(dir.path) == 2);
}
