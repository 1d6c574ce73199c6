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
Besides the examples, variants of them (VARIANTS: a procedure in stages
the examples lack, lots a tender may be for one of) give contract notices
in the same three forms. A case outside the procurement rules (a prize)
gets notice.no-regime and no notice; any other failure to write a notice
fails the test.
"""
import argparse
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

REPLACED_BY_DOFFIN = {"BR-OPT-00002-0052", "BR-BT-00702-0102", "BR-BT-00702-0103", "BR-BT-00539-0104"}
FORMS = [("eforms", "en"), ("doffin", "nb"), ("doffin", "nn")]
# When each example's notices are sent: a prior information notice before
# the contract notice it announces, the others after it. Another example uses
# the default.
NOW = {
    "kmd-2018-prosessbistand": {"pin": "2018-03-01T09:00:00Z", "cn": "2018-04-16T09:00:00Z",
                                "can": "2018-06-20T09:00:00Z"},
    "solvik-2025-renhold": {"pin": "2025-01-06T09:00:00Z", "cn": "2025-02-03T09:00:00Z",
                            "can": "2025-04-08T09:00:00Z"},
    "bergvik-2025-digital-byggesak": {"pin": "2025-01-06T09:00:00Z", "cn": "2025-03-03T09:00:00Z",
                                      "can": "2025-07-10T09:00:00Z"},
    "kmd-2019-rammeavtale": {"pin": "2019-01-07T09:00:00Z", "cn": "2019-04-01T09:00:00Z"},
}
# The notices an example can give: all three, unless it keeps no tenders of
# its own (the framework example records its contract phase; its award
# notice would need the framework's tenders, which it does not hold).
KINDS = {"kmd-2019-rammeavtale": ("pin", "cn")}
DEFAULT_NOW = {"pin": "2000-01-03T09:00:00Z", "cn": "2030-01-02T09:00:00Z", "can": "2030-01-02T09:00:00Z"}

# Contract notices of an example changed: its folder, the changes to its
# case.yaml (each text must be there once), what is added at its end.
IN_STAGES_2019 = [
    ("  notice_sent: 2019-04-01\n",
     "  notice_sent: 2019-04-01\n  participation_deadline: 2019-04-20 12:00\n  invitation_sent: 2019-04-24\n")]
STAGES_2019 = """
stages:
  prequalification:
    minimum_candidates: 3
    maximum_candidates: 5
    selection_criteria: {nb: Relevante oppdrag, en: Relevant assignments}
  negotiation:
    reduction_reserved: false
    rounds:
      - tender_deadline: tender_deadline
"""
LOTS_2019 = """
lots:
  max_per_tenderer: 1
  max_awarded_per_tenderer: 1
  list:
    - id: prosess
      title: {nb: Prosessledelse, en: Process management}
      estimated_value: NOK 4 000 000
    - id: analyse
      title: {nb: Analyse, en: Analysis}
      cpv: [73220000-0]
      estimated_value: NOK 2 000 000
"""
# BT-106 (accelerated) exists for neither procedure (BR-BT-00106-0053);
# BT-763 takes no code but "all" (BR-BT-00763-0052).
VARIANTS = {
    "competitive-dialogue": ("kmd-2019-rammeavtale",
                             [("procedure: open", "procedure: competitive-dialogue")] + IN_STAGES_2019,
                             STAGES_2019),
    "innovation-partnership": ("kmd-2019-rammeavtale",
                               [("procedure: open", "procedure: innovation-partnership")] + IN_STAGES_2019,
                               STAGES_2019),
    "one-lot-per-tender": ("kmd-2019-rammeavtale", [], LOTS_2019),
}


def make_variant(source, folder, name):
    example, changes, appended = VARIANTS[name]
    shutil.copytree(source / "examples" / example, folder)
    case = folder / "case.yaml"
    text = case.read_text(encoding="utf-8")
    for old, new in changes:
        if text.count(old) != 1:
            raise SystemExit(f"variant {name}: {old!r} is not in {example}/case.yaml once")
        text = text.replace(old, new)
    case.write_text(text + appended, encoding="utf-8")
    return example


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--validator", required=True)
    args = parser.parse_args()
    procure = pathlib.Path(args.bin) / "procure"
    source = pathlib.Path(args.source)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        notices = {}
        cases = [(p, p.name, KINDS.get(p.name, ("pin", "cn", "can")))
                 for p in sorted((source / "examples").iterdir()) if (p / "case.yaml").exists()]
        for name in VARIANTS:
            folder = pathlib.Path(tmp) / "variants" / name
            cases.append((folder, make_variant(source, folder, name), ("cn",)))
        for case, example, kinds in cases:
            for kind in kinds:
                for customization, lang in FORMS:
                    path = pathlib.Path(tmp) / f"{case.name}.{kind}.{customization}.{lang}.xml"
                    run = subprocess.run(
                        [str(procure), "notice", kind, str(case), "--rules", str(source / "rules"),
                         "--now", NOW.get(example, DEFAULT_NOW)[kind], "--customization", customization, "--lang", lang,
                         "-o", str(path), "--json"],
                        capture_output=True, text=True)
                    if run.returncode == 0:
                        notices[str(path)] = customization
                        continue
                    codes = [d.get("code") for d in json.loads(run.stdout or "{}").get("diagnostics", [])]
                    if run.returncode == 2 and codes == ["notice.no-regime"]:
                        print(f"{case.name} {kind}: outside the procurement rules, no notice")
                        continue
                    failures.append(f"{case.name} {kind} {customization} {lang}: exit {run.returncode} {codes}")
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
