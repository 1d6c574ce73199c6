#!/usr/bin/env python3
"""Every eForms notice the examples produce, checked by eforms-validate in one
call (the XML schema, then the eForms SDK 1.15.1 business rules; loading the
44 000 rules takes a minute or two, so the notices go in together).

Each example gives pin, cn and can in three forms:
  - eforms, English: the plain SDK CustomizationID; must pass with 0 errors;
  - doffin, Bokmål and Nynorsk: the CustomizationID with Doffin's extension,
    national notices in Norwegian. The EU's static rules refuse exactly two
    things DFØ's tailoring (eforms-nor) replaces with its own rules: the
    extension (BR-OPT-00002-0052, replaced by EFORMS-NOR-R001), a
    Norwegian notice language (BR-BT-00702-0102, replaced by
    EFORMS-NOR-R002/R900) or additional language of an EU form
    (BR-BT-00702-0103, replaced by EFORMS-NOR-R901 to -R903; DFØ asks for a
    Norwegian language in every notice, EFORMS-NOR-R006), and in a national notice DFØ's award criterion
    types for FOA § 7-9 (quality-nor-env-*: BR-BT-00539-0104, DFØ's code
    list extended in its validator). Any other error fails the test.
Besides the examples, variants of them (notice_cases.VARIANTS) give
prior information and contract notices in the same three forms. A case outside the procurement
rules (a prize) gets notice.no-regime and no notice; any other failure to
write a notice fails the test.
"""
import argparse
import pathlib
import re
import subprocess
import sys
import tempfile

from notice_cases import write_notices

REPLACED_BY_DOFFIN = {"BR-OPT-00002-0052", "BR-BT-00702-0102", "BR-BT-00702-0103", "BR-BT-00539-0104"}
FORMS = [("eforms", "en"), ("doffin", "nb"), ("doffin", "nn")]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--validator", required=True)
    args = parser.parse_args()
    procure = pathlib.Path(args.bin) / "procure"
    source = pathlib.Path(args.source)
    with tempfile.TemporaryDirectory() as tmp:
        notices, failures = write_notices(procure, source, tmp, FORMS)
        if not notices:
            failures.append("no notice was written")
        else:
            result = subprocess.run([args.validator, *notices], capture_output=True, text=True)
            report = result.stdout
            if result.returncode == 2:
                failures.append("eforms-validate could not run:\n" + result.stderr + report)
            for path, customization in notices.items():
                name = pathlib.Path(path).name
                lines = [line for line in report.splitlines() if line.startswith(path + ":")]
                if not any("XML schema ok" in line for line in lines):
                    failures.append(f"{name}: not XML-schema valid")
                if not any("business rules:" in line for line in lines):
                    failures.append(f"{name}: no report from the business rules")
                errors = re.findall(r": error: (\S+) at ", "\n".join(lines))
                allowed = REPLACED_BY_DOFFIN if customization == "doffin" else set()
                unexpected = [e for e in errors if e not in allowed]
                status = "ok" if not unexpected else "FAILED: " + ", ".join(unexpected)
                print(f"{name}: {len(errors)} errors ({len(errors) - len(unexpected)} replaced by Doffin's rules), {status}")
                if unexpected:
                    failures.append(f"{name}: {', '.join(unexpected)}")
            if failures:
                print(report)
    print(f"{len(notices)} notices validated")
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
