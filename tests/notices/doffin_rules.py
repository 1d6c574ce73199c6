#!/usr/bin/env python3
"""Every notice procure writes for Doffin, checked against DFØ's own rules:
the Norwegian tailoring of eForms (eforms-nor) that Doffin applies on top of
the EU's rules, which eforms-validate runs. DFØ publishes its rules as YAML
(src/fields/national-e.yaml for the national forms E2-E4, eu.yaml for the EU
forms): each a field or node and XPath tests. This test turns them into a
schematron with DFØ's own header (src/template/main.sch), compiles it with
SchXslt2 and runs it with Saxon-HE, as eforms-validate runs the EU's.

Left out, with the reason:
  - the rules on the dispatch date (BT-05) against today's date: the notices
    here are dated on their cases' days, years ago;
  - the fields section's presets of eu.yaml (NOR-OPT-001 mandatory): DFØ's own
    EU example has no such element, and its rule EFORMS-NOR-R006 accepts a
    Norwegian additional notice language instead.

Every ERROR fails the test; a WARN is shown. First the rules check DFØ's own
test notices (src/tests/national-e): each VALID one must pass and each
INVALID one must fail, so that rules which test nothing cannot pass.

usage: doffin_rules.py --bin DIR --source DIR --eforms-nor DIR --schxslt DIR
"""
import argparse
import html
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

import yaml

from notice_cases import write_notices

SAXON = ["java", "-Xss8m", "-Xmx2g", "-cp", "/usr/share/java/Saxon-HE.jar", "net.sf.saxon.Transform"]
SVRL = "{http://purl.oclc.org/dsdl/svrl}"
LOT = "/*/cac:ProcurementProjectLot[cbc:ID/@schemeName='Lot']"
PART = "/*/cac:ProcurementProjectLot[cbc:ID/@schemeName='Part']"
EXTENSION = "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension"
# Where each field or node DFØ's rules name stands (the eForms SDK's
# xpathAbsolute for it). A rule on a field missing here fails the test.
CONTEXTS = {
    "ND-Root": "/*",
    "OPT-002-notice": "/*/cbc:CustomizationID",
    "OPP-070-notice": f"/*/{EXTENSION}/efac:NoticeSubType/cbc:SubTypeCode",
    "BT-702(a)-notice": "/*/cbc:NoticeLanguageCode",
    "BT-702(b)-notice": "/*/cac:AdditionalNoticeLanguage/cbc:ID",
    "NOR-OPT-001-notice": f"/*/{EXTENSION}/efac:NonOfficialLanguages/cac:Language/cbc:ID",
    "BT-11-Procedure-Buyer":
        "/*/cac:ContractingParty/cac:ContractingPartyType/cbc:PartyTypeCode[@listName='buyer-legal-type']",
    "BT-137-Lot": f"{LOT}/cbc:ID",
    "BT-27-Procedure": "/*/cac:ProcurementProject/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount",
    "BT-27-Lot": f"{LOT}/cac:ProcurementProject/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount",
    "BT-27-Part": f"{PART}/cac:ProcurementProject/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount",
    "BT-271-Procedure":
        f"/*/cac:ProcurementProject/cac:RequestedTenderTotal/{EXTENSION}/efbc:FrameworkMaximumAmount",
    "BT-271-Lot": f"{LOT}/cac:ProcurementProject/cac:RequestedTenderTotal/{EXTENSION}/efbc:FrameworkMaximumAmount",
    "BT-536-Lot": f"{LOT}/cac:ProcurementProject/cac:PlannedPeriod/cbc:StartDate",
    "BT-536-Part": f"{PART}/cac:ProcurementProject/cac:PlannedPeriod/cbc:StartDate",
    "BT-537-Lot": f"{LOT}/cac:ProcurementProject/cac:PlannedPeriod/cbc:EndDate",
    "BT-537-Part": f"{PART}/cac:ProcurementProject/cac:PlannedPeriod/cbc:EndDate",
    "BT-539-Lot": f"{LOT}/cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/"
                  "cac:SubordinateAwardingCriterion/cbc:AwardingCriterionTypeCode[@listName='award-criterion-type']",
    "BT-131(d)-Lot": f"{LOT}/cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndDate",
    "BT-131(t)-Lot": f"{LOT}/cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndTime",
}
DISPATCH_DATE = "BT-05(a)-notice"
# What DFØ's test notices leave to be filled in.
PLACEHOLDERS = {"${EFORMS_MINOR}": "1.15", "${ISSUEDATE}": "2025-02-03+01:00",
                "${ISSUETIME}": "09:00:00+01:00"}


def schematron(eforms_nor, kind):
    """DFØ's rules of `kind` (national-e or eu) as a schematron's text."""
    fields = yaml.safe_load((eforms_nor / "src" / "fields" / f"{kind}.yaml").read_text(encoding="utf-8"))
    header = (eforms_nor / "src" / "template" / "main.sch").read_text(encoding="utf-8").split("<include")[0]
    out = [header.replace("${KIND}", kind).replace("${EFORMS_VERSION}", "1.15")]
    for field, rules in fields["rules"].items():
        if field == DISPATCH_DATE:
            continue
        if field not in CONTEXTS:
            raise SystemExit(f"FAIL DFØ's {kind} rules name {field}, whose place this test does not know")
        out.append(f'<pattern><rule context="{html.escape(CONTEXTS[field])}">')
        for rule in rules:
            out.append(f'<assert id="{rule["id"]}" role="{rule.get("role", "ERROR")}" '
                       f'test="{html.escape(rule["test"])}">{html.escape(rule["message"])}</assert>')
        out.append("</rule></pattern>")
    # A field the national forms must have (national-e: the buyer's legal type).
    for field, definition in (fields.get("fields") or {}).items():
        if kind == "national-e" and definition.get("xpath"):
            out.append(f'<pattern><rule context="/*"><assert id="{field}-mandatory" role="ERROR" '
                       f'test="exists({html.escape(definition["xpath"])})">{field} is mandatory</assert>'
                       "</rule></pattern>")
    out.append("</schema>")
    return "\n".join(out)


def compile_rules(eforms_nor, schxslt, kind, folder):
    sch = folder / f"{kind}.sch"
    xsl = folder / f"{kind}.xsl"
    sch.write_text(schematron(eforms_nor, kind), encoding="utf-8")
    subprocess.run(SAXON + [f"-s:{sch}", f"-xsl:{schxslt / 'transpile.xsl'}", f"-o:{xsl}"], check=True)
    return xsl


def findings(xsl, notices, folder):
    """{notice: [(role, id, message)]} for the notices, run in one Saxon call."""
    source = folder / "in"
    report = folder / "out"
    source.mkdir()
    report.mkdir()
    names = {}
    for i, notice in enumerate(notices):
        name = f"{i:04}.xml"
        (source / name).write_bytes(pathlib.Path(notice).read_bytes())
        names[name] = notice
    subprocess.run(SAXON + [f"-s:{source}", f"-xsl:{xsl}", f"-o:{report}"], check=True)
    result = {}
    for name, notice in names.items():
        tree = ElementTree.parse(report / name)
        result[notice] = [(failed.get("role") or "ERROR", failed.get("id"),
                           " ".join("".join(failed.itertext()).split())[:200])
                          for failed in tree.iter(f"{SVRL}failed-assert")]
    return result


def is_national(notice):
    tree = ElementTree.parse(notice)
    for element in tree.iter():
        if element.tag.endswith("}SubTypeCode"):
            return (element.text or "").startswith("E")
    raise SystemExit(f"FAIL {notice}: no notice subtype")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--eforms-nor", required=True, type=pathlib.Path)
    parser.add_argument("--schxslt", required=True, type=pathlib.Path)
    args = parser.parse_args()
    procure = pathlib.Path(args.bin) / "procure"
    source = pathlib.Path(args.source)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        rules = {kind: compile_rules(args.eforms_nor, args.schxslt, kind, tmp) for kind in ("national-e", "eu")}

        # DFØ's own test notices: VALID ones pass, INVALID ones fail.
        own = tmp / "dfo"
        own.mkdir()
        samples = []
        for sample in sorted((args.eforms_nor / "src" / "tests" / "national-e").glob("*.xml")):
            text = sample.read_text(encoding="utf-8")
            for placeholder, value in PLACEHOLDERS.items():
                text = text.replace(placeholder, value)
            (own / sample.name).write_text(text, encoding="utf-8")
            samples.append(str(own / sample.name))
        (tmp / "dfo-run").mkdir()
        for sample, found in findings(rules["national-e"], samples, tmp / "dfo-run").items():
            errors = [f for f in found if f[0] != "WARN"]
            name = pathlib.Path(sample).name
            if name.startswith("VALID") and errors:
                failures.append(f"DFØ's {name} should pass: {errors}")
            if name.startswith("INVALID") and not errors:
                failures.append(f"DFØ's {name} should fail, and passes")
        print(f"DFØ's own national test notices: {len(samples)} checked")

        notices, written = write_notices(procure, source, tmp / "notices",
                                         [("doffin", "nb"), ("doffin", "nn")])
        failures += written
        groups = {"national-e": [], "eu": []}
        for notice in notices:
            groups["national-e" if is_national(notice) else "eu"].append(notice)
        for kind, group in groups.items():
            if not group:
                failures.append(f"no {kind} notice was written")
                continue
            (tmp / f"run-{kind}").mkdir()
            for notice, found in findings(rules[kind], group, tmp / f"run-{kind}").items():
                name = pathlib.Path(notice).name
                errors = [f for f in found if f[0] != "WARN"]
                for role, rule, message in found:
                    print(f"{name}: {role} {rule}: {message}")
                print(f"{name}: DFØ's {kind} rules: {len(errors)} errors")
                failures += [f"{name}: {rule}: {message}" for _, rule, message in errors]
        print(f"{len(notices)} notices checked against DFØ's rules")
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
