#!/usr/bin/env python3
"""The Python peer of `procure score rank --json` for bench/score_bench.py:
what a competent Python programmer writes to rank a case whose tenders and
scores are CSV tables (bids/tenders.csv, evaluation/scores.csv): the csv
and json modules, decimal for exact money and scores, hashlib for the
opening protocol's seal, PyYAML's C loader for the two small YAML files
(case.yaml, opening-protocol.yaml). It writes the same JSON document as
procure for the cases the benchmark generates (a price criterion under the
linear, proportional or min-max model, quality criteria in groups, absolute
scoring, the evaluators' average, every tender on time and qualified): the
same scores, shown values, ranks, tie-breaks, weight swap and rank
reversals. It checks nothing that procure checks beyond the seal (keys,
dates, weights, missing or doubled scores), so it is a lower bound for such
a program.

usage: score_peer.py CASE_FOLDER > rank.json
"""

import csv
import datetime
import decimal
import hashlib
import json
import math
import os
import sys
import zoneinfo

import yaml

OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
CENT = decimal.Decimal("0.01")
TIE_BREAK = ["highest-quality", "lowest-price", "earliest-received"]


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.CSafeLoader)


def plain(value):
    """A decimal as procure writes it: no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def percent(text):
    return decimal.Decimal(str(text).replace("%", "").strip())


def shown(value):
    """procure's displayed score: settled to nine decimals, then two, half away from zero."""
    rounded = decimal.Decimal(f"{value:.9f}").quantize(CENT, rounding=decimal.ROUND_HALF_UP)
    return str(abs(rounded) if rounded == 0 else rounded)


def iso(stamp):
    return datetime.datetime.fromisoformat(stamp.replace(" ", "T")).replace(
        tzinfo=OSLO).isoformat()


def settle(value):
    """Rounds to nine decimals as C's round() does: halves away from zero."""
    scaled = value * 1e9
    whole = math.trunc(scaled)
    if abs(scaled - whole) >= 0.5:
        whole += 1 if scaled > 0 else -1
    return whole / 1e9


class Layout:
    """The criteria tree in document order, with each node's share as a fraction."""

    def __init__(self, criteria):
        self.nodes = []
        self.main = []
        self.price_leaves = []
        self.quality_leaves = []
        self.quality_weight = 0.0
        self._add(criteria, None, 1.0, decimal.Decimal(100))

    def _add(self, level, parent, parent_weight, parent_share):
        for c in level:
            index = len(self.nodes)
            weight = percent(c["weight"])
            share = parent_share * weight / 100
            local = float(weight) / 100.0
            node = {"id": str(c["id"]), "name": c["name"], "kind": c.get("kind", "quality"),
                    "parent": parent, "local": local, "weight": parent_weight * local,
                    "weight_text": plain(weight), "share": plain(share), "children": [],
                    "leaf": not c.get("criteria")}
            self.nodes.append(node)
            if parent is None:
                self.main.append(index)
            else:
                self.nodes[parent]["children"].append(index)
            if node["leaf"] and node["kind"] == "price":
                self.price_leaves.append(index)
            elif node["leaf"]:
                self.quality_leaves.append(index)
                self.quality_weight += node["weight"]
            self._add(c.get("criteria", []), index, node["weight"], share)


def price_score(model, price, lowest, highest, top):
    if model == "linear":
        return top - top * (price - lowest) / lowest
    if model == "proportional":
        return top * lowest / price
    if highest - lowest <= 0:
        return top
    return top * (highest - price) / (highest - lowest)


def score_field(layout, model, top, field):
    lowest = min(t["price_value"] for t in field)
    highest = max(t["price_value"] for t in field)
    rows = []
    for t in field:
        score = [0.0] * len(layout.nodes)
        points = [0.0] * len(layout.nodes)
        for n in layout.quality_leaves:
            score[n] = t["absolute"][n]
            points[n] = score[n] * layout.nodes[n]["weight"]
        s = price_score(model, t["price_value"], lowest, highest, top)
        for n in layout.price_leaves:
            score[n] = s
            points[n] = s * layout.nodes[n]["weight"]
        for n in range(len(layout.nodes) - 1, -1, -1):
            node = layout.nodes[n]
            if node["leaf"]:
                continue
            sc = 0.0
            pt = 0.0
            for c in node["children"]:
                sc += layout.nodes[c]["local"] * score[c]
                pt += points[c]
            score[n] = sc
            points[n] = pt
        quality = 0.0
        for n in layout.quality_leaves:
            quality += points[n]
        total = 0.0
        for n in layout.main:
            total += points[n]
        rows.append({"score": score, "points": points, "total": total,
                     "quality": quality / layout.quality_weight if layout.quality_weight > 0 else 0})
    return rows


def rank_field(layout, model, top, field):
    """Scores and ranks a field: rows, order (best first), ranks and tie-break decisions."""
    rows = score_field(layout, model, top, field)
    keys = [(-settle(row["total"]), -settle(row["quality"]), t["price_minor"], t["received_at"])
            for t, row in zip(field, rows)]
    order = sorted(range(len(field)), key=keys.__getitem__)
    rank = [0] * len(field)
    decided = [None] * len(field)
    unresolved = [False] * len(field)
    for pos, current in enumerate(order):
        rank[current] = pos + 1
        if pos == 0:
            continue
        previous = order[pos - 1]
        if keys[previous][0] != keys[current][0]:
            continue
        differs = [i for i in range(1, 4) if keys[previous][i] != keys[current][i]]
        if differs:
            decided[current] = TIE_BREAK[differs[0] - 1]
        else:
            rank[current] = rank[previous]
            unresolved[current] = unresolved[previous] = True
    return rows, order, rank, decided, unresolved


def weight_swap(layout, first, second):
    margin = first["total"] - second["total"]
    swap = {"margin": margin, "possible": False, "shift": None, "moves": []}
    lead = margin * 100.0
    d = {n: first["score"][n] - second["score"][n] for n in layout.main}
    sink = None
    for n in layout.main:
        if sink is None or d[n] < d[sink]:
            sink = n
    if sink is None or lead <= 0 or d[sink] >= 0:
        return swap
    shift = 0.0
    sources = sorted((n for n in layout.main if n != sink), key=lambda n: -d[n])
    for source in sources:
        gain = d[source] - d[sink]
        if gain <= 0:
            break
        amount = min(layout.nodes[source]["local"] * 100.0, lead / gain)
        if amount <= 0:
            continue
        swap["moves"].append({"from": layout.nodes[source]["id"], "to": layout.nodes[sink]["id"],
                              "percentage_points": amount})
        shift += amount
        lead -= amount * gain
        if lead <= 1e-9:
            break
    if lead <= 1e-9:
        swap["possible"] = True
        swap["shift"] = shift
    else:
        swap["moves"] = []
    return swap


def rank_reversals(layout, model, top, field, order, rank):
    """Only the tender that alone has the lowest (or, for min-max, highest) price can move others."""
    pivots = []
    for highest in ([False, True] if model == "min-max" else [False]):
        prices = [t["price_minor"] for t in field]
        best = max(prices) if highest else min(prices)
        if prices.count(best) == 1:
            pivots.append(prices.index(best))
    found = []
    for removed in sorted(set(pivots)):
        rest = [pos for pos in range(len(field)) if pos != removed]
        _, _, rest_rank, _, _ = rank_field(layout, model, top, [field[pos] for pos in rest])
        new_rank = [0] * len(field)
        for i, pos in enumerate(rest):
            new_rank[pos] = rest_rank[i]
        changes = 0
        ahead = behind = None
        worst = None
        for pos in order:
            if pos == removed:
                continue
            if worst is not None and new_rank[pos] < new_rank[worst] and rank[worst] < rank[pos]:
                if changes == 0:
                    ahead, behind = worst, pos
                changes += 1
            if worst is None or new_rank[pos] > new_rank[worst]:
                worst = pos
        if changes:
            found.append({"removed": field[removed]["id"], "ahead": field[ahead]["id"],
                          "behind": field[behind]["id"], "changes": changes})
    return found


def read_tenders(folder, display):
    tenders = []
    with open(os.path.join(folder, "bids", "tenders.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            amount = decimal.Decimal(row["price"].split()[-1]).quantize(CENT)
            tenders.append({"id": row["id"], "supplier": row["supplier"],
                            "organisation_number": row["organisation_number"] or None,
                            "received": iso(row["received"]), "price": amount,
                            "received_at": datetime.datetime.fromisoformat(iso(row["received"])),
                            "price_value": float(amount), "price_minor": int(amount * 100),
                            "file": f"{display}/bids/tenders.csv", "scores": {}})
    return tenders


def read_scores(folder, by_id):
    with open(os.path.join(folder, "evaluation", "scores.csv"), newline="",
              encoding="utf-8") as f:
        for row in csv.DictReader(f):
            scores = by_id[row["tender"]]["scores"].setdefault(row["criterion"], [])
            scores.append((row["evaluator"], decimal.Decimal(row["score"]), row["reason"]))


def check_seal(folder, protocol):
    for sealed in protocol["files"]:
        with open(os.path.join(folder, sealed["path"]), "rb") as f:
            if hashlib.file_digest(f, "sha256").hexdigest() != sealed["sha256"]:
                sys.exit(f"{sealed['path']} was changed after the opening")


def criterion_json(layout, n, tender, row, award):
    node = layout.nodes[n]
    entry = {"absolute": tender["absolute"][n] if node["kind"] != "price" else None,
             "consensus": None, "disagreement": False, "evaluators": [], "id": node["id"],
             "points": row["points"][n], "points_shown": shown(row["points"][n]),
             "score": row["score"][n], "score_shown": shown(row["score"][n]), "spread": None}
    given = tender["scores"].get(node["id"]) if node["leaf"] else None
    if given:
        entry["evaluators"] = [{"evaluator": e, "reason": reason, "score": plain(score)}
                               for e, score, reason in given]
        if len(given) >= 2:
            values = [score for _, score, _ in given]
            spread = max(values) - min(values)
            entry["spread"] = plain(spread)
            entry["disagreement"] = spread * 100 > award["threshold"] * award["range"]
    return entry


def main():
    folder = sys.argv[1]
    display = folder.rstrip("/")
    case = load_yaml(os.path.join(folder, "case.yaml"))
    protocol = load_yaml(os.path.join(folder, "opening-protocol.yaml"))
    check_seal(folder, protocol)
    award_yaml = case["award"]
    scale = [decimal.Decimal(v) for v in str(award_yaml.get("scale", "0-10")).split("-")]
    model = award_yaml.get("price_model", "linear")
    top = float(scale[1])
    award = {"threshold": percent(award_yaml.get("disagreement_threshold", "40 %")),
             "range": scale[1] - scale[0]}
    layout = Layout(award_yaml["criteria"])

    tenders = read_tenders(folder, display)
    by_id = {t["id"]: t for t in tenders}
    read_scores(folder, by_id)
    for t in tenders:
        absolute = [0.0] * len(layout.nodes)
        for n in layout.quality_leaves:
            given = t["scores"][layout.nodes[n]["id"]]
            absolute[n] = float(sum(score for _, score, _ in given)) / len(given)
        for n in range(len(layout.nodes) - 1, -1, -1):
            node = layout.nodes[n]
            if node["leaf"]:
                continue
            total = 0.0
            weight = 0.0
            for c in node["children"]:
                if layout.nodes[c]["kind"] == "price":
                    continue
                total += layout.nodes[c]["local"] * absolute[c]
                weight += layout.nodes[c]["local"]
            absolute[n] = total / weight if weight > 0 else 0
        t["absolute"] = absolute

    rows, order, rank, decided, unresolved = rank_field(layout, model, top, tenders)
    reversals = rank_reversals(layout, model, top, tenders, order, rank)
    first, second = order[0], order[1]
    swap = weight_swap(layout, rows[first], rows[second])
    swap.update({"first": tenders[first]["id"], "second": tenders[second]["id"]})

    out_tenders = []
    for pos in order:
        t, row = tenders[pos], rows[pos]
        out_tenders.append({
            "adjusted_price": None, "adjusted_price_shown": None, "answers": {},
            "criteria": [criterion_json(layout, n, t, row, award) for n in range(len(layout.nodes))],
            "decided_by": decided[pos], "file": t["file"], "id": t["id"], "late": False,
            "price": str(t["price"]), "price_schedule": [], "quality": row["quality"],
            "quality_shown": shown(row["quality"]), "rank": rank[pos], "received": t["received"],
            "rejections": [], "stated_price": str(t["price"]), "status": "ranked",
            "supplier": {"name": t["supplier"], "organisation_number": t["organisation_number"]},
            "tie_unresolved": unresolved[pos], "title": None, "total": row["total"],
            "total_shown": shown(row["total"])})

    diagnostics = [{
        "args": {k: str(v) for k, v in r.items()}, "code": "robustness.rank-reversal",
        "hint": "the price model or relative scoring depends on the other tenders; "
                "say so in the evaluation report",
        "message": f"without the tender '{r['removed']}', '{r['behind']}' would rank above "
                   f"'{r['ahead']}' (places changed: {r['changes']})",
        "rule": "DFØ, «Veileder i evaluering av tilbud»", "severity": "warning"}
        for r in reversals]
    winner = tenders[order[0]]
    document = {
        "case": {"case_file": f"{display}/case.yaml", "currency": "NOK", "folder": display,
                 "reference": str(case["reference"]), "round": None,
                 "title": {"en": case["title"]}},
        "command": "rank",
        "criteria": [{"id": n["id"], "kind": n["kind"], "min_score": None, "name": {"en": n["name"]},
                      "parent": layout.nodes[n["parent"]]["id"] if n["parent"] is not None else None,
                      "share": n["share"], "weight": n["weight_text"]} for n in layout.nodes],
        "diagnostics": diagnostics,
        "method": {"basis": award_yaml["basis"], "disagreement_threshold": plain(award["threshold"]),
                   "evaluator_scores": award_yaml.get("evaluator_scores", "average"),
                   "price_model": {"floor_at_zero": False, "model": model, "value_per_point": None},
                   "quality_scoring": "absolute",
                   "rounding": {"decimals": 2, "rule": "half-away-from-zero"},
                   "scale": {"max": plain(scale[1]), "min": plain(scale[0])},
                   "tie_break": TIE_BREAK},
        "opening": {"files_sealed": len(protocol["files"]), "opened_at": protocol["opened_at"],
                    "protocol": f"{display}/opening-protocol.yaml",
                    "tender_deadline": iso(str(case["timeline"]["tender_deadline"])),
                    "unchanged": True},
        "ranked": len(tenders),
        "robustness": {"rank_reversals": reversals, "value_swap": None, "weight_swap": swap},
        "tenders": out_tenders,
        "tool": "score",
        "winner": None if unresolved[order[0]] else {"id": winner["id"],
                                                      "supplier": winner["supplier"]},
    }
    # Without indent, json uses its C encoder; the document is the same data.
    sys.stdout.write(json.dumps(document, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
