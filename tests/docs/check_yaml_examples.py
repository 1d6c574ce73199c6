#!/usr/bin/env python3
"""Loads every YAML example of the documentation through procure.

Every ```yaml (or ```yml) block of the top-level *.md files and of
docs/**/*.md is written into a case folder of its own and read by one
`procure check --json` run; a YAML diagnostic (a code starting with
"yaml.") fails the test. Only the YAML is checked: a block may be a part of
a case file (a section, a tender, a dialogue file), and what the loader
says about the case it would belong to is not this test's business.

A block that is meant otherwise says so in an HTML comment on the line
before its fence, which a reader of the rendered page does not see and a
writer of the page cannot miss:

    <!-- yaml: fragment [what it is a part of] -->
        a piece of a file, indented as in the file: it is loaded with its
        common indentation removed, and must still be valid YAML;
    <!-- yaml: invalid [what is wrong with it] -->
        an example of a mistake: it must give a YAML diagnostic, so an
        example that stops being wrong fails until its marker goes.

Nothing is skipped: a marker of another kind, or one with no YAML block
after it, is an error. New pages are picked up by the glob.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

FENCE = re.compile(r"^(?P<indent>[ ]{0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>[^\s`]*)")
MARKER = re.compile(r"^\s*<!--\s*yaml:\s*(?P<kind>[a-z]+)\b(?P<why>.*?)-->\s*$")
MARKER_START = re.compile(r"^\s*<!--\s*yaml:")
KINDS = ("fragment", "invalid")


@dataclass
class Example:
    page: Path
    line: int  # the 1-based line of the page where the block's text starts
    indent: int  # the fence's indentation (in a list item), taken off every line
    kind: str  # "", "fragment" or "invalid"
    text: str


def pages(source: Path) -> list[Path]:
    found = sorted(source.glob("*.md")) + sorted((source / "docs").glob("**/*.md"))
    return [p for p in found if p.is_file()]


def examples_of(page: Path, source: Path, problems: list[str]) -> list[Example]:
    lines = page.read_text(encoding="utf-8").split("\n")
    shown = page.relative_to(source)
    found = []
    pending = None  # (line number, kind) of a marker waiting for its block
    i = 0
    while i < len(lines):
        line = lines[i]
        if MARKER_START.match(line):
            marker = MARKER.match(line)
            if not marker or marker["kind"] not in KINDS:
                problems.append(f"{shown}:{i + 1}: a yaml marker must be one of "
                                f"{', '.join('<!-- yaml: ' + k + ' ... -->' for k in KINDS)}")
            elif pending:
                problems.append(f"{shown}:{pending[0]}: this yaml marker has no YAML block after it")
            if marker and marker["kind"] in KINDS:
                pending = (i + 1, marker["kind"])
            i += 1
            continue
        fence = FENCE.match(line)
        if not fence:
            if line.strip() and pending:
                problems.append(f"{shown}:{pending[0]}: this yaml marker has no YAML block after it")
                pending = None
            i += 1
            continue
        close = i + 1
        while close < len(lines) and not lines[close].lstrip().startswith(fence["fence"]):
            close += 1
        if fence["info"].lower() in ("yaml", "yml"):
            body = [l[len(fence["indent"]):] if l.startswith(fence["indent"]) else l
                    for l in lines[i + 1:close]]
            found.append(Example(page, i + 2, len(fence["indent"]), pending[1] if pending else "",
                                 "\n".join(body) + "\n"))
        elif pending:
            problems.append(f"{shown}:{pending[0]}: this yaml marker has no YAML block after it")
        pending = None
        i = close + 1
    if pending:
        problems.append(f"{shown}:{pending[0]}: this yaml marker has no YAML block after it")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True, type=Path, help="folder with the procure tools")
    parser.add_argument("--source", required=True, type=Path, help="the source tree")
    args = parser.parse_args()
    source = args.source.resolve()

    problems: list[str] = []
    examples = [e for page in pages(source) for e in examples_of(page, source, problems)]
    if not examples:
        problems.append(f"no ```yaml blocks found under {source}: the glob is wrong")

    with tempfile.TemporaryDirectory(prefix="procure-doc-yaml-") as work:
        folders = []
        for n, example in enumerate(examples):
            folder = Path(work) / f"example-{n:03d}"
            folder.mkdir()
            text = textwrap.dedent(example.text) if example.kind == "fragment" else example.text
            (folder / "case.yaml").write_text(text, encoding="utf-8")
            folders.append(str(folder))
        results = {}
        if folders:
            run = subprocess.run([str(args.bin / "procure"), "check", "--json", *folders],
                                 capture_output=True, text=True, check=False)
            if run.returncode == 3 or not run.stdout:
                print(run.stderr, file=sys.stderr)
                print(f"FAIL procure check ended with exit {run.returncode}")
                return 1
            for case in json.loads(run.stdout)["cases"]:
                results[case["folder"]] = [d for d in case["diagnostics"]
                                           if d["code"].startswith("yaml.")]

    for example, folder in zip(examples, folders):
        yaml_problems = results.get(folder)
        where = f"{example.page.relative_to(source)}:{example.line}"
        if yaml_problems is None:
            problems.append(f"{where}: procure check did not report on this example")
        elif example.kind == "invalid" and not yaml_problems:
            problems.append(f"{where}: marked '<!-- yaml: invalid -->' but loads without a YAML "
                            "problem: remove the marker")
        elif example.kind != "invalid":
            for d in yaml_problems:
                # The block's line 1 is the page's line example.line.
                line = example.line + d.get("line", 1) - 1
                hint = f" (hint: {d['hint']})" if d.get("hint") else ""
                column = example.indent + d.get("column", 0)
                problems.append(f"{example.page.relative_to(source)}:{line}:{column}: "
                                f"{d['code']}: {d['message']}{hint}")

    counts = {kind or "whole": sum(1 for e in examples if e.kind == kind)
              for kind in ("", *KINDS)}
    print(f"{len(examples)} YAML examples in {len(pages(source))} pages: "
          + ", ".join(f"{n} {kind}" for kind, n in counts.items()))
    for problem in problems:
        print(f"FAIL {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
