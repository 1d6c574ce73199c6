#!/usr/bin/env python3
"""Runs golden CLI tests: files that hold input files, commands, and the
expected stdout, stderr and exit code together (in the spirit of ledger's
test files). See tests/golden/README.md for the format.

usage: run_golden.py --bin DIR --source DIR [--update] [--jobs N] PATH...
PATH is a .test file or a folder of them (searched recursively).
"""

import argparse
import ast
import concurrent.futures
import difflib
import json
import os
import re
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile

SECTION = re.compile(r"^(<<<|>>>) ?(.*)$")


class Step:
    def __init__(self, command, line):
        self.command = command
        self.line = line
        self.expect = {}  # "stdout"/"stderr" -> text or None (ignored)
        self.exit = 0
        self.files = {}  # expected output files: path -> text
        self.writes_after = []  # (path, text) applied after this step


class GoldenTest:
    def __init__(self, path):
        self.path = path
        self.header = []
        self.setup_files = []  # (path, text)
        self.copies = []  # (source, dest)
        self.byte_files = []  # (path, bytes)
        self.fills = []  # (path, size, the line repeated or None)
        self.env = {}
        self.stdout_path = None  # commands write their stdout to this file (/dev/full) instead
        self.reproduces = []
        self.steps = []
        self.parse()

    def parse(self):
        with open(self.path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        i = 0
        current = None  # (kind, name, buffer)

        def close():
            nonlocal current
            if current is None:
                return
            kind, name, buffer = current
            text = "\n".join(buffer) + ("\n" if buffer else "")
            if kind == "input":
                if self.steps:
                    self.steps[-1].writes_after.append((name, text))
                else:
                    self.setup_files.append((name, text))
            elif kind == "stdout" or kind == "stderr":
                self.steps[-1].expect[kind] = text
            elif kind == "file":
                self.steps[-1].files[name] = text
            current = None

        while i < len(lines):
            line = lines[i]
            i += 1
            m = SECTION.match(line)
            if current is not None and not m and not line.startswith("$ "):
                current[2].append(line)
                continue
            if m:
                close()
                marker, rest = m.groups()
                if marker == "<<<":
                    current = ("input", rest.strip(), [])
                    continue
                words = rest.split(None, 1)
                if not words:
                    raise ValueError(f"{self.path}:{i}: '>>>' needs a section name")
                if not self.steps:
                    raise ValueError(f"{self.path}:{i}: expected output before any '$' command")
                name = words[0]
                arg = words[1].strip() if len(words) > 1 else ""
                if name in ("stdout", "stderr"):
                    if arg == "*":
                        self.steps[-1].expect[name] = None
                    else:
                        current = (name, "", [])
                elif name == "exit":
                    self.steps[-1].exit = int(arg)
                elif name == "file":
                    current = ("file", arg, [])
                else:
                    raise ValueError(f"{self.path}:{i}: unknown section '{name}'")
                continue
            if line.startswith("$ "):
                close()
                self.steps.append(Step(line[2:], i))
                continue
            if line.startswith("@copy "):
                source, dest = line[6:].split()
                self.copies.append((source, dest))
            elif line.startswith("@bytes "):
                name, literal = line[7:].split(None, 1)
                self.byte_files.append((name, ast.literal_eval("b" + literal)))
            elif line.startswith("@fill "):
                name, size, *repeated = line[6:].split(maxsplit=2)
                self.fills.append((name, int(size),
                                   ast.literal_eval(repeated[0]) if repeated else None))
            elif line.startswith("@stdout "):
                self.stdout_path = line[8:].strip()
            elif line.startswith("@env "):
                key, _, value = line[5:].partition("=")
                self.env[key.strip()] = value
            elif line.startswith("# reproduces:"):
                self.reproduces += line.split(":", 1)[1].split()
            elif line.startswith("#") or not line.strip():
                if not self.steps:
                    self.header.append(line)
            else:
                raise ValueError(f"{self.path}:{i}: unexpected line: {line!r}")
        close()
        if not self.steps:
            raise ValueError(f"{self.path}: no '$' command")


def write_file(root, name, text):
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path) or root, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def no_core_files():
    # A command stopped by SIGQUIT (a test of it) leaves no core file in the
    # test's folder, whatever the machine's limit.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_command(command, cwd, env, stdout_path=None):
    args = shlex.split(command)
    if stdout_path is None:
        return subprocess.run(args, cwd=cwd, env=env, capture_output=True, timeout=300,
                              preexec_fn=no_core_files)
    with open(stdout_path, "wb") as stdout:
        result = subprocess.run(args, cwd=cwd, env=env, stdout=stdout, stderr=subprocess.PIPE, timeout=300,
                                preexec_fn=no_core_files)
    result.stdout = b""
    return result


def decode(data):
    return data.decode("utf-8", errors="backslashreplace")


def diff(expected, actual, label):
    return "".join(
        difflib.unified_diff(
            expected.splitlines(True), actual.splitlines(True), f"expected {label}", f"actual {label}"
        )
    )


def run_test(test, options):
    """Returns (ok, report, updated_text_or_None)."""
    failures = []
    actual_steps = []
    # Each test has a cache folder of its own (XDG_CACHE_HOME), outside its
    # work folder: no test reads what another run kept, nor the user's cache.
    with tempfile.TemporaryDirectory(prefix="golden-") as work, \
            tempfile.TemporaryDirectory(prefix="golden-cache-") as cache:
        for source, dest in test.copies:
            source_path = os.path.join(options.source, source)
            dest_path = os.path.join(work, dest)
            if os.path.isdir(source_path):
                shutil.copytree(source_path, dest_path)
            else:
                os.makedirs(os.path.dirname(dest_path) or work, exist_ok=True)
                shutil.copy(source_path, dest_path)
        for name, text in test.setup_files:
            write_file(work, name, text)
        for name, data in test.byte_files:
            path = os.path.join(work, name)
            os.makedirs(os.path.dirname(path) or work, exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        for name, size, repeated in test.fills:
            path = os.path.join(work, name)
            os.makedirs(os.path.dirname(path) or work, exist_ok=True)
            with open(path, "wb") as f:
                line = repeated or b"# " + b"x" * 125 + b"\n"
                f.write(line * (size // len(line)))
        env = dict(os.environ)
        for key in ("PROCURE_LANG", "LC_ALL", "LC_MESSAGES"):
            env.pop(key, None)
        env["LANG"] = "C.UTF-8"
        env["PATH"] = options.bin + os.pathsep + env.get("PATH", "")
        env.setdefault("TZ", "America/St_Johns")
        env["XDG_CACHE_HOME"] = cache
        env.update(test.env)
        for step in test.steps:
            try:
                result = run_command(step.command, work, env, test.stdout_path)
            except subprocess.TimeoutExpired:
                failures.append(f"line {step.line}: '{step.command}' timed out")
                break
            stdout, stderr = decode(result.stdout), decode(result.stderr)
            actual = {"stdout": stdout, "stderr": stderr, "exit": result.returncode, "files": {}}
            for stream in ("stdout", "stderr"):
                expected = step.expect.get(stream, "")
                if expected is not None and expected != actual[stream]:
                    failures.append(f"line {step.line}: '{step.command}': {stream} differs\n"
                                    + diff(expected, actual[stream], stream))
            if result.returncode != step.exit:
                failures.append(f"line {step.line}: '{step.command}': exit {result.returncode}, expected {step.exit}")
            for name, expected in step.files.items():
                path = os.path.join(work, name)
                try:
                    with open(path, encoding="utf-8", newline="") as f:
                        content = f.read()
                except OSError as e:
                    content = f"<missing: {e.strerror}>\n"
                actual["files"][name] = content
                if content != expected:
                    failures.append(f"line {step.line}: file {name} differs\n" + diff(expected, content, name))
            actual_steps.append(actual)
            for name, text in step.writes_after:
                write_file(work, name, text)
        # A reproducer must really produce its diagnostic: ask the last command for JSON.
        if test.reproduces and not failures:
            last = test.steps[-1]
            command = last.command if "--json" in last.command else last.command + " --json"
            result = run_command(command, work, env)
            codes = set(re.findall(r'"code": "([^"]+)"', decode(result.stdout)))
            for code in test.reproduces:
                if code not in codes:
                    failures.append(f"claims to reproduce {code}, but '{command}' reports {sorted(codes) or 'no codes'}")
    updated = render_updated(test, actual_steps) if options.update and len(actual_steps) == len(test.steps) else None
    return (not failures, "\n".join(failures), updated)


def render_updated(test, actual_steps):
    with open(test.path, encoding="utf-8") as f:
        original = f.read().split("\n")
    out = []
    step_index = -1
    skipping = False
    for line in original:
        if line.startswith("$ "):
            step_index += 1
            skipping = False
            out.append(line)
            step = test.steps[step_index]
            actual = actual_steps[step_index]
            for stream in ("stdout", "stderr"):
                if step.expect.get(stream, "") is None:
                    out.append(f">>> {stream} *")
                elif actual[stream]:
                    out.append(f">>> {stream}")
                    out.extend(actual[stream][:-1].split("\n") if actual[stream].endswith("\n")
                               else actual[stream].split("\n"))
            for name, content in actual["files"].items():
                out.append(f">>> file {name}")
                out.extend(content[:-1].split("\n") if content.endswith("\n") else content.split("\n"))
            out.append(f">>> exit {actual['exit']}")
            skipping = True
            continue
        if skipping:
            if line.startswith("<<< "):
                skipping = False
                out.append(line)
            continue
        out.append(line)
    return "\n".join(out).rstrip("\n") + "\n"


def collect(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                files += [os.path.join(root, n) for n in names if n.endswith(".test")]
        else:
            files.append(path)
    return sorted(files)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True, help="folder with the procure tools")
    parser.add_argument("--source", required=True, help="the source tree (for @copy)")
    parser.add_argument("--update", action="store_true", help="rewrite expectations from actual output")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("paths", nargs="+")
    options = parser.parse_args()
    options.bin = os.path.abspath(options.bin)
    options.source = os.path.abspath(options.source)

    files = collect(options.paths)
    tests = []
    broken = 0
    for path in files:
        try:
            tests.append(GoldenTest(path))
        except (ValueError, OSError) as e:
            print(f"BROKEN {e}")
            broken += 1
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
        for test, (ok, report, updated) in zip(tests, pool.map(lambda t: run_test(t, options), tests)):
            name = os.path.relpath(test.path, options.source)
            if updated is not None and not ok:
                with open(test.path, "w", encoding="utf-8") as f:
                    f.write(updated)
                print(f"UPDATED {name}")
            if ok:
                passed += 1
            else:
                failed += 1
                print(f"FAIL {name}\n{report}\n")
    print(f"{passed} passed, {failed + broken} failed")
    return 0 if failed == 0 and broken == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
