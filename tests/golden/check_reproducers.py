#!/usr/bin/env python3
"""Checks that every diagnostic the tools can report has a reproducer: a
golden test with a '# reproduces: CODE' line (the golden runner verifies the
claim by running the test's last command with --json). Codes that cannot be
reproduced from the command line are listed with the reason in
reproducer-exemptions.txt.

usage: check_reproducers.py --bin DIR --tests DIR
"""

import argparse
import json
import os
import subprocess
import sys

# Catalog entries that are labels, names and reasons, not diagnostics.
NOT_DIAGNOSTICS = ("ui.", "name.", "doc.", "cal.", "reason.")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--tests", required=True)
    options = parser.parse_args()

    result = subprocess.run([os.path.join(options.bin, "procure"), "messages", "--json"],
                            capture_output=True, check=True)
    codes = {m["code"] for m in json.loads(result.stdout) if not m["code"].startswith(NOT_DIAGNOSTICS)}

    covered = {}
    for root, _, names in os.walk(options.tests):
        for name in names:
            if not name.endswith(".test"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("# reproduces:"):
                        for code in line.split(":", 1)[1].split():
                            covered.setdefault(code, path)

    exemptions = {}
    with open(os.path.join(options.tests, "reproducer-exemptions.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                code, _, reason = line.partition(":")
                exemptions[code.strip()] = reason.strip()

    problems = []
    for code in sorted(codes - covered.keys() - exemptions.keys()):
        problems.append(f"no reproducer for {code}")
    for code in sorted(covered.keys() - codes):
        problems.append(f"{covered[code]} claims to reproduce {code}, which is not in the catalog")
    for code in sorted(exemptions.keys() - codes):
        problems.append(f"exemption for {code}, which is not in the catalog")
    for code in sorted(exemptions.keys() & covered.keys()):
        problems.append(f"{code} is both exempted and reproduced: drop the exemption")
    for p in problems:
        print("FAIL " + p)
    print(f"{len(codes) - len(problems)} passed, {len(problems)} failed "
          f"({len(covered)} reproduced, {len(exemptions)} exempted)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
