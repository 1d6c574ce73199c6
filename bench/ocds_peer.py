#!/usr/bin/env python3
"""The Python peer of `procure export ocds --jsonl` for procure-bench-export:
what a plain Python program does to turn case.yaml files into OCDS releases
(PyYAML with libyaml, json, zoneinfo), building the same fields from
case.yaml alone: parties, planning (the market dialogue), tender (items,
value, method, criteria, periods, milestones, one lot). It checks nothing
that procure checks (unknown keys, dates, weights, organisation numbers),
so it is a lower bound for such a program.

usage: ocds_peer.py CASES_FOLDER OUTPUT.jsonl
"""

import datetime
import decimal
import json
import os
import sys
import zoneinfo

import yaml

OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
PREFIX = "ocds-bench0"
DEADLINES = {"written_input_deadline", "participation_deadline", "clarification_deadline",
             "tender_deadline", "standstill_end", "tender_validity_end"}
PLANNING = {"prior_information_notice", "dialogue_meeting_start", "dialogue_meeting_end",
            "written_input_deadline"}
METHOD = {"open": "open", "national-open": "open", "prize": "open"}
CRITERIA = {"lowest-price": "priceOnly", "lowest-cost": "costOnly", "quality-only": "qualityOnly"}


def text(value, lang):
    return value.get(lang, "") if isinstance(value, dict) else str(value or "")


def moment(value, deadline):
    value = str(value.get("at") if isinstance(value, dict) else value)
    if ".." in value or "W" in value:
        return None
    if len(value) == 10:
        day = datetime.date.fromisoformat(value)
        if deadline:
            day += datetime.timedelta(days=1)
        at = datetime.datetime(day.year, day.month, day.day, tzinfo=OSLO)
    else:
        at = datetime.datetime.fromisoformat(value.replace(" ", "T")).replace(tzinfo=OSLO)
    return at.isoformat()


def money(value):
    amount = decimal.Decimal("".join(c for c in str(value) if c.isdigit() or c in ",."))
    return {"amount": amount.quantize(decimal.Decimal("0.01")), "currency": "NOK"}


def criteria(nodes, lang):
    return "; ".join(f"{text(c['name'], lang)} {c['weight']}" +
                     (f" ({criteria(c['criteria'], lang)})" if c.get("criteria") else "")
                     for c in nodes)


def release(case):
    lang = case.get("languages", ["nb"])[0]
    buyer = case["buyer"]
    buyer_id = "NO-BRC-" + buyer["organisation_number"]
    timeline = case.get("timeline", {})
    records = case.get("records", {}) or {}
    dates = [moment(str(v), False) for v in records.values() if len(str(v)) == 10]
    dialogue = case.get("market_dialogue", {})
    milestones = [{"id": "dialogue-" + m["id"], "title": text(m["title"], lang),
                   "type": "engagement", "dueDate": moment(timeline[m["start"]], False),
                   "status": "met" if "dialogue_held" in records else "scheduled"}
                  for m in dialogue.get("meetings", [])]
    tender = {
        "id": case["reference"], "title": text(case["title"], lang),
        "description": text(case.get("scope", ""), lang),
        "procuringEntity": {"id": buyer_id, "name": buyer["name"]},
        "items": [{"id": "1", "classification": {"scheme": "CPV", "id": c}, "relatedLot": "1"}
                  for c in case.get("cpv", [])[:1]],
        "procurementMethod": METHOD.get(case.get("procedure"), "selective"),
        "procurementMethodDetails": case.get("procedure"),
        "mainProcurementCategory": case.get("category", "services"),
        "tenderPeriod": {"endDate": moment(timeline.get("tender_deadline"), True)},
        "milestones": [{"id": k, "dueDate": moment(v, k in DEADLINES)}
                       for k, v in timeline.items() if k not in PLANNING],
        "lots": [{"id": "1", "title": text(case["title"], lang), "status": "planning"}],
    }
    if "estimated_value" in case:
        tender["value"] = money(case["estimated_value"])
        tender["lots"][0]["value"] = tender["value"]
    if "award" in case:
        tender["awardCriteria"] = CRITERIA.get(case["award"].get("basis"), "ratedCriteria")
        tender["awardCriteriaDetails"] = criteria(case["award"].get("criteria", []), lang)
    return {
        "ocid": PREFIX + "-" + case["reference"], "id": "release",
        "date": max(dates) if dates else "2026-01-15T10:00:00+00:00",
        "tag": ["planning", "tender"], "initiationType": "tender", "language": lang,
        "parties": [{"id": buyer_id, "name": buyer["name"],
                     "identifier": {"scheme": "NO-BRC", "id": buyer["organisation_number"]},
                     "roles": ["buyer", "procuringEntity"]}],
        "buyer": {"id": buyer_id, "name": buyer["name"]},
        "planning": {"rationale": text(case.get("needs", ""), lang), "milestones": milestones},
        "tender": tender,
    }


def main():
    folder, output = sys.argv[1], sys.argv[2]
    with open(output, "w", encoding="utf-8") as out:
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name, "case.yaml"), encoding="utf-8") as f:
                case = yaml.load(f, Loader=yaml.CSafeLoader)
            out.write(json.dumps(release(case), ensure_ascii=False, default=str,
                                 separators=(",", ":")) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
