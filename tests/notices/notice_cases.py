"""The notices the notice tests check: every example's pin, cn and can, and
the prior information and contract notices of variants of the examples
(VARIANTS: procedures in stages the examples lack, lots a tender may be for
one of, a national case in lots), written by procure in the forms asked
for."""
import json
import pathlib
import shutil
import subprocess

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
     "  notice_sent: 2019-04-01\n  participation_deadline: 2019-05-03 12:00\n  invitation_sent: 2019-05-06\n"),
    # 30 days for requests to participate (2014/24/EU art. 30(1), 31(1)).
    ("  clarification_deadline: 2019-04-26 12:00\n", "  clarification_deadline: 2019-05-31 12:00\n"),
    ("tender_deadline: 2019-05-08 12:00", "tender_deadline: 2019-06-06 12:00"),
    ("tender_opening: 2019-05-08 12:30", "tender_opening: 2019-06-06 12:30"),
    ("award_notice: 2019-06-11", "award_notice: 2019-06-17"),
    ("standstill_end: 2019-06-21", "standstill_end: 2019-06-27"),
    ("contract_signature: 2019-06-24", "contract_signature: 2019-06-28")]
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
LOTS_2025 = """
lots:
  list:
    - id: radhuset
      title: {nb: Rådhuset, nn: Rådhuset, en: The town hall}
      estimated_value: NOK 1 300 000
    - id: biblioteket
      title: {nb: Biblioteket, nn: Biblioteket, en: The library}
      estimated_value: NOK 500 000
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
    # A national case in lots: their values add up to the case's (DFØ's
    # EFORMS-NOR-NATIONAL-VA-R001B, -R001C).
    "national-lots": ("solvik-2025-renhold", [], LOTS_2025),
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



def write_notices(procure, source, folder, forms):
    """Writes every notice in each (customization, lang) of `forms` into
    `folder`. Returns ({path: customization}, failures): a case outside the
    procurement rules (a prize, notice.no-regime) gets none, and any other
    failure to write a notice is one of the failures."""
    folder = pathlib.Path(folder)
    notices = {}
    failures = []
    cases = [(p, p.name, KINDS.get(p.name, ("pin", "cn", "can")))
             for p in sorted((source / "examples").iterdir()) if (p / "case.yaml").exists()]
    for name in VARIANTS:
        variant = folder / "variants" / name
        cases.append((variant, make_variant(source, variant, name), ("pin", "cn")))
    for case, example, kinds in cases:
        for kind in kinds:
            for customization, lang in forms:
                path = folder / f"{case.name}.{kind}.{customization}.{lang}.xml"
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
    return notices, failures
