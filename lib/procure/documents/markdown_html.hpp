#pragma once
// Markdown to HTML through cmark-gfm, GitHub's CommonMark implementation,
// with its table extension. Raw HTML in the Markdown is dropped, never
// passed through: the data was escaped for Markdown, and templates are
// Markdown only. Bare URLs and e-mail addresses are not made links (no
// autolink extension): a template links with <https://...>, which escaped
// data cannot write.

#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "procure/core/task_runner.hpp"

namespace procure {

// How many sections of about 64 KB a thread may convert ahead of the
// section given last.
inline constexpr unsigned markdown_pieces_a_thread = 64;

// A long document's sections are converted as tasks of `parallel`, joined
// in order; tables of plain text are written without cmark-gfm's tree.
std::string markdown_to_html(std::string_view markdown, const TaskRunner& parallel = {});

// Takes the HTML a part at a time, in order; it may change or empty the part.
using HtmlParts = std::function<void(std::string& part)>;

// Changes a part's HTML on the thread that made it, before it is taken.
using HtmlEdit = std::function<void(std::string& part)>;

// The same HTML a section at a time, each given as soon as it and those
// before it are done: a long report's HTML need not be held whole. No tag, and
// no fenced block's HTML, is split between parts. `edit`, when given, is
// applied to every part first, on the runner's threads at once.
void markdown_to_html(std::string_view markdown, const TaskRunner& parallel, const HtmlParts& parts,
                      const HtmlEdit& edit = {});

// Whether Markdown `before` and `after` convert apart to the HTML of the two
// joined, as markdown_to_html cuts a document: `before` ends with a blank
// line and `after` starts with a heading.
bool converts_apart(std::string_view before, std::string_view after);

// The same for a text given in segments, one after another, each after the
// first starting where converts_apart allows a cut: a report's rendered
// parts, never joined into one text.
void markdown_to_html(std::span<const std::string_view> segments, const TaskRunner& parallel,
                      const HtmlParts& parts, const HtmlEdit& edit = {});

// cmark-gfm's HTML of the whole text in one pass: what markdown_to_html
// must give, however it divides the work (the tests and the fuzz target
// compare them).
std::string markdown_to_html_in_one_pass(std::string_view markdown);

}  // namespace procure
