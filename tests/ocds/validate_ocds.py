#!/usr/bin/env python3
"""Validates `procure export ocds` of every shipped example (examples/*)
against the OCDS 1.1.5 schemas in this folder (release-package-schema and
release-schema, as the Open Contracting Partnership publishes them) with
python3-jsonschema: all examples in one release package, and as JSON Lines
each line against the release schema. It also checks what a schema cannot:
every date is a date-time with an offset, every amount is written in whole
øre (read as a decimal, never as a float), ocids carry the prefix, release
ids are unique per ocid, a line of JSON Lines is the package's release, and
a second export gives the same bytes.

usage: validate_ocds.py --bin DIR --source DIR
"""

import argparse
import datetime
import decimal
import json
import os
import subprocess
import sys

import jsonschema

PREFIX = "ocds-t3st00"
FAILURES = []
HERE = os.path.dirname(os.path.abspath(__file__))


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def load_schema(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


def validator(package_schema, release_schema):
    """A validator of the package whose $ref to the release schema resolves
    to the local copy (never fetched), with jsonschema before and after 4.18."""
    release_url = package_schema["properties"]["releases"]["items"]["$ref"]
    cls = jsonschema.validators.validator_for(package_schema)
    try:
        import referencing
        import referencing.jsonschema

        resource = referencing.Resource.from_contents(
            release_schema, default_specification=referencing.jsonschema.DRAFT4)
        registry = referencing.Registry().with_resource(release_url, resource)
        return cls(package_schema, registry=registry)
    except ImportError:
        resolver = jsonschema.RefResolver.from_schema(package_schema,
                                                      store={release_url: release_schema})
        return cls(package_schema, resolver=resolver)


def run(bin_dir, source, arguments):
    result = subprocess.run([os.path.join(bin_dir, "procure"), "export", "ocds", *arguments,
                             "--ocid-prefix", PREFIX, "--now", "2026-01-15T10:00:00Z"],
                            cwd=source, capture_output=True, check=False)
    check(result.returncode == 0,
          f"export {' '.join(arguments)}: exit {result.returncode}: {result.stderr.decode()}")
    return result.stdout


def amounts(node, found):
    if isinstance(node, dict):
        if "amount" in node:
            found.append(node["amount"])
        for value in node.values():
            amounts(value, found)
    elif isinstance(node, list):
        for value in node:
            amounts(value, found)


DATE_KEYS = {"date", "publishedDate", "startDate", "endDate", "dueDate", "dateMet", "dateSigned",
             "dateModified", "datePublished"}


def check_dates(node, path):
    """Every date is an RFC 3339 date-time with an offset (python3-jsonschema
    checks the format only with optional packages)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in DATE_KEYS:
                try:
                    ok = datetime.datetime.fromisoformat(value).tzinfo is not None
                except (TypeError, ValueError):
                    ok = False
                check(ok, f"{path}/{key}: {value!r} is not a date-time with an offset")
            check_dates(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            check_dates(value, f"{path}/{index}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--source", required=True)
    options = parser.parse_args()

    examples = sorted(os.path.join("examples", name)
                      for name in os.listdir(os.path.join(options.source, "examples"))
                      if os.path.isfile(os.path.join(options.source, "examples", name, "case.yaml")))
    package_schema = load_schema("release-package-schema-1.1.5.json")
    release_schema = load_schema("release-schema-1.1.5.json")
    package_validator = validator(package_schema, release_schema)
    release_validator = jsonschema.validators.validator_for(release_schema)(release_schema)

    text = run(options.bin, options.source, examples)
    if FAILURES:
        print("FAIL", FAILURES[0])
        return 1
    package = json.loads(text, parse_float=decimal.Decimal)
    for error in package_validator.iter_errors(json.loads(text)):
        FAILURES.append(f"package: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    check(len(package.get("releases", [])) == len(examples),
          f"{len(package.get('releases', []))} releases for {len(examples)} examples")
    check(run(options.bin, options.source, examples) == text, "a second export differs")

    check_dates(package, "package")
    found = []
    amounts(package, found)
    check(found, "no amount in the export")
    for amount in found:
        check(isinstance(amount, (int, decimal.Decimal)), f"amount {amount!r} is not a number")
        check(isinstance(amount, int) or amount.as_tuple().exponent == -2,
              f"amount {amount} is not in whole øre")

    ids = set()
    lines = run(options.bin, options.source, ["--jsonl", *examples]).decode().splitlines()
    check(len(lines) == len(examples), f"{len(lines)} lines for {len(examples)} examples")
    for number, line in enumerate(lines, 1):
        release = json.loads(line)
        for error in release_validator.iter_errors(release):
            FAILURES.append(f"line {number}: {'/'.join(map(str, error.absolute_path))}: "
                            f"{error.message}")
        check(release["ocid"].startswith(PREFIX + "-"), f"line {number}: ocid {release['ocid']}")
        check((release["ocid"], release["id"]) not in ids, f"line {number}: a repeated id")
        ids.add((release["ocid"], release["id"]))
        check(release == json.loads(text)["releases"][number - 1],
              f"line {number} differs from the package's release")

    for failure in FAILURES:
        print("FAIL", failure)
    print(f"{len(examples)} examples, {len(lines)} releases checked against OCDS 1.1.5")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
